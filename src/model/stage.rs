//! The eight stages' names, in the order the runner executes them.

use std::fmt;

use serde::{Deserialize, Serialize};

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
