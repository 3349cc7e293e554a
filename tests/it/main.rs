//! The integration suite: one binary, in-process fakes on 127.0.0.1:0, no network beyond loopback.

// Test helpers may panic: a failed set-up is a failed test.
#![allow(unreachable_pub, missing_docs, clippy::expect_used, clippy::unwrap_used)]

mod support;

mod account;
mod aia;
mod alternatives;
mod architecture;
mod auth;
mod cli;
mod client;
mod desk;
mod discover;
mod dns;
mod engine;
mod hostile;
mod i18n;
mod limits;
mod mailbox;
mod oauth;
mod ops;
mod props;
mod protocol;
mod provider;
mod race;
mod redaction;
mod send;
mod slow_clients;
mod store;
mod tcp;
mod tls;
mod web;
