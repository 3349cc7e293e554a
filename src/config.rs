//! Settings shared by every diagnosis a process runs: resolver, trust, policy, timeouts.
//!
//! Built once from the CLI (`check` or `serve`) and shared read-only. Per-request options
//! (a CA in the request, a shorter timeout) narrow these; they never widen them.

use std::net::SocketAddr;
use std::time::Duration;

use crate::net::policy::AddressPolicy;

/// Time limits for each step. Every network await runs under one of these.
#[derive(Clone, Copy, Debug)]
pub struct Timeouts {
    /// One DNS query (each of A and AAAA); hickory retries are switched off.
    pub dns: Duration,
    /// One TCP connect attempt.
    pub connect: Duration,
    /// One TLS handshake.
    pub tls: Duration,
    /// Waiting for a greeting before calling the server silent.
    pub greeting: Duration,
    /// One read or write after the greeting.
    pub io: Duration,
    /// A greeting slower than this raises `server.slow_response`.
    pub slow_greeting: Duration,
    /// The whole diagnosis.
    pub overall: Duration,
}

impl Default for Timeouts {
    fn default() -> Self {
        Timeouts {
            dns: Duration::from_secs(3),
            connect: Duration::from_secs(6),
            tls: Duration::from_secs(8),
            greeting: Duration::from_secs(8),
            io: Duration::from_secs(10),
            slow_greeting: Duration::from_secs(3),
            overall: Duration::from_secs(60),
        }
    }
}

impl Timeouts {
    /// Short limits for tests against loopback fakes.
    pub fn fast() -> Self {
        Timeouts {
            dns: Duration::from_millis(500),
            connect: Duration::from_millis(800),
            tls: Duration::from_secs(2),
            greeting: Duration::from_millis(700),
            io: Duration::from_secs(2),
            slow_greeting: Duration::from_millis(400),
            overall: Duration::from_secs(15),
        }
    }

    /// Caps every limit at `overall` seconds (a request's own shorter budget).
    pub fn capped(mut self, overall: Duration) -> Self {
        self.overall = self.overall.min(overall);
        self
    }
}

/// Process-wide settings.
#[derive(Clone, Debug, Default)]
pub struct Settings {
    /// DNS server to ask instead of the system's (`--dns-server 127.0.0.1:10053`).
    pub dns_server: Option<SocketAddr>,
    /// Extra trusted CA certificates, PEM text (`--ca-file`).
    pub extra_ca_pem: Option<String>,
    /// Which addresses may be connected to.
    pub policy: AddressPolicy,
    /// Time limits.
    pub timeouts: Timeouts,
    /// Trust only `extra_ca_pem`, not the public roots (tests use this to get a deterministic
    /// "untrusted" for certificates from their own CA when it is not given).
    pub no_public_roots: bool,
}
