//! The eight stages of a diagnosis and their outcomes.
//!
//! This module owns the vocabulary shared by every check: which stage ran, how it ended, how
//! long it took and what it found. It holds no I/O and knows nothing of stage order beyond the
//! declaration order of [`Stage`] (which is the spec's order, so `Ord` means "later stage").

use std::fmt;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::diagnosis::Finding;

/// A stage of the diagnosis, in the order the runner executes them (docs/CONTRACT.md §1).
#[derive(
    Clone, Copy, Debug, Deserialize, Eq, Hash, Ord, PartialEq, PartialOrd, Serialize, utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Validates and normalises what was typed.
    Input,
    /// Resolves the host name.
    Dns,
    /// Connects to the resolved addresses.
    Tcp,
    /// Implicit TLS or STARTTLS, and the certificate.
    Tls,
    /// Greeting, capabilities and what really answers.
    Protocol,
    /// Signs in (only with credentials).
    Auth,
    /// Folder list, counts and quota after sign-in.
    Mailbox,
    /// Opt-in measurement of simultaneous connections.
    Limits,
}

impl Stage {
    /// Every stage in order.
    pub const ALL: [Stage; 8] = [
        Stage::Input,
        Stage::Dns,
        Stage::Tcp,
        Stage::Tls,
        Stage::Protocol,
        Stage::Auth,
        Stage::Mailbox,
        Stage::Limits,
    ];

    /// The stage's public name (`dns`, `tcp`, …).
    pub const fn name(self) -> &'static str {
        match self {
            Stage::Input => "input",
            Stage::Dns => "dns",
            Stage::Tcp => "tcp",
            Stage::Tls => "tls",
            Stage::Protocol => "protocol",
            Stage::Auth => "auth",
            Stage::Mailbox => "mailbox",
            Stage::Limits => "limits",
        }
    }

    /// A short title a person reads in a timeline ("Looking up the server name").
    pub const fn title(self) -> &'static str {
        match self {
            Stage::Input => "Checking what was typed",
            Stage::Dns => "Looking up the server name",
            Stage::Tcp => "Connecting to the server",
            Stage::Tls => "Securing the connection",
            Stage::Protocol => "Talking to the mail service",
            Stage::Auth => "Signing in",
            Stage::Mailbox => "Looking at the mailbox",
            Stage::Limits => "Testing connection limits",
        }
    }
}

impl fmt::Display for Stage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// How a stage ended.
#[derive(Clone, Copy, Debug, Deserialize, Eq, Hash, PartialEq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum StageStatus {
    /// Everything this stage checks is fine.
    Pass,
    /// It worked, with something worth fixing.
    Warn,
    /// It failed; later stages that depend on it are skipped.
    Fail,
    /// It did not run (an earlier stage failed, or it does not apply).
    Skip,
}

impl StageStatus {
    /// The glyph used by the text and HTML renderers.
    pub const fn glyph(self) -> &'static str {
        match self {
            StageStatus::Pass => "✓",
            StageStatus::Warn => "⚠",
            StageStatus::Fail => "✗",
            StageStatus::Skip => "–",
        }
    }

    /// The lowercase public name.
    pub const fn name(self) -> &'static str {
        match self {
            StageStatus::Pass => "pass",
            StageStatus::Warn => "warn",
            StageStatus::Fail => "fail",
            StageStatus::Skip => "skip",
        }
    }
}

/// What one stage produced: its status, time, human detail, structured data and findings.
#[derive(Clone, Debug)]
pub struct StageOutcome {
    /// Which stage this is.
    pub stage: Stage,
    /// How it ended.
    pub status: StageStatus,
    /// Wall-clock time the stage took.
    pub duration: Duration,
    /// One or two plain sentences on what happened.
    pub detail: String,
    /// Structured facts (addresses, timings, capabilities); shown as technical detail.
    pub data: serde_json::Value,
    /// What the stage found.
    pub findings: Vec<Finding>,
}

impl StageOutcome {
    /// An outcome with the status derived from the findings: `fail` if any error, `warn` if
    /// any warning, else `pass`.
    pub fn from_findings(stage: Stage, detail: impl Into<String>, findings: Vec<Finding>) -> Self {
        let status = status_for(&findings);
        StageOutcome {
            stage,
            status,
            duration: Duration::ZERO,
            detail: detail.into(),
            data: serde_json::Value::Null,
            findings,
        }
    }

    /// A skipped stage with the reason.
    pub fn skipped(stage: Stage, detail: impl Into<String>) -> Self {
        StageOutcome {
            stage,
            status: StageStatus::Skip,
            duration: Duration::ZERO,
            detail: detail.into(),
            data: serde_json::Value::Null,
            findings: Vec::new(),
        }
    }

    /// Attaches structured data.
    pub fn with_data(mut self, data: serde_json::Value) -> Self {
        self.data = data;
        self
    }

    /// Overrides the status (for example `fail` without an error finding of its own).
    pub fn with_status(mut self, status: StageStatus) -> Self {
        self.status = status;
        self
    }
}

/// `fail` if any finding is an error, `warn` if any is a warning, otherwise `pass`.
pub fn status_for(findings: &[Finding]) -> StageStatus {
    use crate::diagnosis::Severity;
    match findings.iter().map(|f| f.code.severity()).max() {
        Some(Severity::Error) => StageStatus::Fail,
        Some(Severity::Warning) => StageStatus::Warn,
        Some(Severity::Info) | None => StageStatus::Pass,
    }
}
