//! What the report shows of a TLS connection: the certificate as read and the parameters agreed.

use serde::{Deserialize, Serialize};

/// One certificate of the chain, briefly.
#[derive(Clone, Debug, Default, Eq, PartialEq, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ChainEntry {
    /// Subject DN.
    pub subject: String,
    /// Issuer DN.
    pub issuer: String,
    /// Expiry (RFC 3339).
    pub not_after: String,
}

/// What a person (or a technician) needs to know about the server's certificate.
#[derive(Clone, Debug, Default, Eq, PartialEq, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CertSummary {
    /// Subject DN (`CN=imap.example.com`).
    pub subject: String,
    /// Subject common name.
    pub common_name: Option<String>,
    /// Names covered: DNS SANs (and IP SANs as text).
    pub names: Vec<String>,
    /// Issuer DN.
    pub issuer: String,
    /// Start of validity (RFC 3339).
    pub not_before: String,
    /// End of validity (RFC 3339).
    pub not_after: String,
    /// Days until expiry (negative once expired).
    pub days_left: i64,
    /// Serial number, hex.
    pub serial: String,
    /// Key type (`ECDSA-P256`, `RSA-2048`, …).
    pub key_type: String,
    /// Issuer equals subject and the signature verifies with its own key.
    pub self_signed: bool,
    /// The chain as sent by the server, leaf first.
    pub chain: Vec<ChainEntry>,
}

/// TLS parameters of the established connection.
#[derive(Clone, Debug, Default, serde::Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TlsInfo {
    /// `TLSv1.3`, `TLSv1.2`.
    pub version: String,
    /// `TLS13_AES_256_GCM_SHA384`.
    pub cipher: String,
    /// How TLS was started: `implicit` or `starttls`.
    pub mode: String,
    /// Whether the certificate passed every check (trust, validity, name).
    pub verified: bool,
}
