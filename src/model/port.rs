//! What a port speaks, as the security race found it.

use serde::Serialize;

use super::mail::Security;

/// What a port speaks, as far as the race could tell.
#[derive(Clone, Copy, Debug, Eq, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PortSpeaks {
    /// TLS from the first byte (implicit TLS, "SSL/TLS").
    Tls,
    /// A plain-text greeting first (STARTTLS or no encryption).
    Plaintext,
    /// HTTP: a web server.
    Http,
    /// Nothing: no greeting, and no answer to a ClientHello.
    Silent,
    /// The server closed the connection without a word.
    Closed,
    /// Something else (bytes, but no usable greeting).
    Other,
}

/// What the race learned about the port (and, later, whether STARTTLS was offered).
#[derive(Clone, Debug, Default, Serialize)]
pub struct PortFacts {
    /// How long the TCP connect took, ms (about one round trip).
    pub connect_ms: Option<u64>,
    /// What the port speaks.
    pub speaks: Option<PortSpeaks>,
    /// For a TLS port: whether its handshake completed.
    pub tls_works: Option<bool>,
    /// For a plain-text port: whether it offered STARTTLS (unknown until asked).
    pub starttls: Option<bool>,
    /// Milliseconds until the plain-text greeting.
    pub greeting_ms: Option<u64>,
    /// Milliseconds after connecting when a TLS probe went out (none: the greeting came first).
    pub probe_after_ms: Option<u64>,
    /// What answered the probe's ClientHello, in words.
    pub probe_answer: Option<String>,
    /// With security `auto`: the mode the diagnosis went on with.
    pub detected: Option<Security>,
}
