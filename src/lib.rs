//! maildoctor: finds out why a mail app cannot reach or sign in to its mail server, and says
//! exactly what to change.
//!
//! # Architecture
//!
//! ```text
//! form | JSON | argv ─▶ target::parse ─▶ Target ─▶ runner::Engine ─┬─▶ Progress ─▶ SSE / CLI
//!  (input findings)                                                 │  dns→tcp→tls→protocol→auth→…
//!                                                                   ▼  (checks/*: I/O → facts → findings)
//!                            failed before sign-in? alternatives::after (probed, never signed in)
//!                                                                   ▼
//!                                              report::Report::assemble (catalog prose, verdict)
//!                                                                   ▼
//!                              JSON | render::html (askama) | render::text + exit code
//! ```
//!
//! # Invariants
//!
//! - **Boundaries.** `checks/`, `net/` and `proto/` never import `web/` or `render/`. Only
//!   `runner.rs` knows the stage order; only `net/resolver.rs` touches hickory. Sockets open
//!   only to a [`net::policy::VettedAddr`], with no second lookup.
//! - **One report.** Renderers only read [`report::Report`]; `Report::assemble` attaches the
//!   words, picks `primary` and the verdict, so every face says the same thing.
//! - **Secrets.** A [`secret::Password`] has no `Serialize` or `Display`; transcripts record
//!   placeholders; the report scrubs every encoded form of the password as a second defence.
//! - **Bounded.** Every read goes through [`net::session::Session`] (line and total caps, a
//!   timeout), every answer through one protocol client ([`net::client`]: line bound, one time
//!   budget per answer), and every stage runs under the overall deadline.
//! - **One classifier.** Every answer a server gives (greeting, capabilities, STARTTLS,
//!   sign-in, after sign-in, logout) is judged by `checks::classify` through
//!   `checks::answers`; no stage keeps a word list of its own.

#![forbid(unsafe_code)]

pub mod admission;
pub mod alternatives;
pub mod checks;
pub mod cli;
pub mod compare;
pub mod config;
pub mod diagnosis;
pub mod discover;
pub mod facts;
pub mod i18n;
pub mod model;
pub mod net;
pub mod proto;
pub mod providers;
pub mod render;
pub mod report;
pub mod runner;
pub mod secret;
pub mod share;
pub mod stage;
pub mod store;
pub mod suggest;
pub mod target;
pub mod telemetry;
pub mod transcript;
pub mod web;
