//! Thunderbird's ISPDB, as a copy built into the binary: about 160 providers and 960 domains
//! from the `thunderbird/autoconfig` repository, turned into `ispdb-snapshot.json` by
//! `scripts/ispdb/refresh` and kept under that repository's licence (MPL-2.0,
//! `ISPDB-LICENSE.txt` beside it). Discovery asks it when the ISPDB service cannot be reached
//! (`crate::discover::ispdb`); [`super::Provider::by_domain`] uses it to know that `hotmail.it`
//! is an Outlook.com address although the table lists only some of Microsoft's domains.

use std::collections::HashMap;
use std::sync::LazyLock;

use serde::Deserialize;

/// The snapshot, as `scripts/ispdb/refresh` writes it.
const SNAPSHOT_JSON: &str = include_str!("ispdb-snapshot.json");

/// The snapshot file.
#[derive(Debug, Deserialize)]
struct Snapshot {
    /// The `thunderbird/autoconfig` commit it was made from.
    commit: String,
    providers: Vec<Provider>,
}

/// One provider of the ISPDB.
#[derive(Debug, Deserialize)]
pub struct Provider {
    /// The ISPDB's id (its file name).
    pub id: String,
    /// The name people see.
    pub name: String,
    /// Every e-mail domain it serves.
    pub domains: Vec<String>,
    /// Its servers, in the file's order of preference.
    pub servers: Vec<Server>,
}

/// One server entry.
#[derive(Debug, Deserialize)]
pub struct Server {
    /// `imap`, `pop3`, `smtp`.
    pub kind: String,
    /// Host name (may hold `%EMAILDOMAIN%`).
    pub hostname: String,
    /// Port, as text.
    pub port: String,
    /// `SSL`, `STARTTLS`, `plain`.
    pub socket_type: String,
    /// User-name form with placeholders.
    pub username: String,
    /// Sign-in methods (`password-cleartext`, `OAuth2`, …).
    pub auth: Vec<String>,
}

impl Server {
    /// True when the only sign-in the ISPDB lists is OAuth2.
    pub fn oauth_only(&self) -> bool {
        !self.auth.is_empty() && self.auth.iter().all(|a| a.eq_ignore_ascii_case("OAuth2"))
    }
}

static SNAPSHOT: LazyLock<Option<Snapshot>> = LazyLock::new(|| match serde_json::from_str(SNAPSHOT_JSON) {
    Ok(snapshot) => Some(snapshot),
    Err(e) => {
        tracing::error!(error = %e, "the built-in ISPDB snapshot is unreadable");
        None
    }
});

static BY_DOMAIN: LazyLock<HashMap<&'static str, &'static Provider>> = LazyLock::new(|| {
    let providers = SNAPSHOT.as_ref().map(|s| s.providers.as_slice()).unwrap_or_default();
    providers.iter().flat_map(|p| p.domains.iter().map(move |d| (d.as_str(), p))).collect()
});

/// The snapshot's provider for an e-mail domain.
pub fn lookup(domain: &str) -> Option<&'static Provider> {
    BY_DOMAIN.get(domain.trim_end_matches('.').to_ascii_lowercase().as_str()).copied()
}

/// Every provider of the snapshot.
pub fn providers() -> &'static [Provider] {
    SNAPSHOT.as_ref().map(|s| s.providers.as_slice()).unwrap_or_default()
}

/// The `thunderbird/autoconfig` commit the snapshot was made from.
pub fn commit() -> &'static str {
    SNAPSHOT.as_ref().map_or("", |s| s.commit.as_str())
}
