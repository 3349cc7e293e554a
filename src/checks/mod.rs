//! The network stages: each turns I/O into facts and facts into findings.
//!
//! One file per stage. Each exposes `run(ctx, target, handoff) -> Checked<Next>`; the runner
//! (the only place that knows the order) passes hand-offs along: addresses, then a TCP
//! connection, then a session. Side facts the report shows (certificate, TLS version, the
//! identified provider) go into [`Ctx::facts`].

pub mod aia;
pub mod answers;
pub mod auth;
pub mod capabilities;
pub mod cert;
pub mod classify;
pub mod context;
pub mod dns;
pub mod greeting;
pub mod hello;
pub mod limits;
pub mod mailbox;
pub mod protocol;
pub mod race;
pub mod tcp;
pub mod tls;
pub mod wire;

use std::sync::{Arc, Mutex};
use std::time::{Instant, SystemTime};

use rustls::RootCertStore;

pub use crate::facts::Facts;
pub use crate::model::tls::TlsInfo;

use crate::config::{Settings, Timeouts};
use crate::net::resolver::Resolver;
use crate::stage::StageOutcome;
use crate::transcript::Transcript;

/// A stage's outcome plus what the next stage needs (absent when the stage failed).
#[derive(Debug)]
pub struct Checked<T> {
    /// What the stage found.
    pub outcome: StageOutcome,
    /// The hand-off to the next stage.
    pub handoff: Option<T>,
}

impl<T> Checked<T> {
    /// A stage that produced a hand-off.
    pub fn next(outcome: StageOutcome, handoff: T) -> Self {
        Checked { outcome, handoff: Some(handoff) }
    }

    /// A stage that stops the run.
    pub fn stop(outcome: StageOutcome) -> Self {
        Checked { outcome, handoff: None }
    }
}

/// Everything a stage needs, for one diagnosis.
#[derive(Debug)]
pub struct Ctx {
    /// Process-wide settings.
    pub settings: Arc<Settings>,
    /// Time limits for this diagnosis.
    pub timeouts: Timeouts,
    /// The resolver.
    pub resolver: Arc<Resolver>,
    /// Trust anchors: public roots plus any extra CA.
    pub roots: Arc<RootCertStore>,
    /// The transcript.
    pub transcript: Transcript,
    /// When the diagnosis must end.
    pub deadline: Instant,
    /// "Now" for certificate validity (fixed per diagnosis so checks agree).
    pub now: SystemTime,
    /// Side facts for the report.
    pub facts: Mutex<Facts>,
}

impl Ctx {
    /// Updates the side facts.
    pub fn with_facts<R>(&self, f: impl FnOnce(&mut Facts) -> R) -> R {
        let mut facts = self.facts.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        f(&mut facts)
    }

    /// A snapshot of the side facts.
    pub fn facts(&self) -> Facts {
        self.with_facts(|f| f.clone())
    }

    /// A context for extra sessions (the connection-limit probe): the same settings, trust,
    /// resolver and deadline, with a transcript and facts of its own so the probe's repeated
    /// sign-ins do not crowd the report's transcript.
    pub fn child(&self) -> Ctx {
        Ctx {
            settings: self.settings.clone(),
            timeouts: self.timeouts,
            resolver: self.resolver.clone(),
            roots: self.roots.clone(),
            transcript: Transcript::default(),
            deadline: self.deadline,
            now: self.now,
            facts: Mutex::new(self.facts()),
        }
    }

    /// Time left before the overall deadline.
    pub fn remaining(&self) -> std::time::Duration {
        self.deadline.saturating_duration_since(Instant::now())
    }
}
