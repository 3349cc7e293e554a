//! Discovery: "How do I find my incoming mail server?" — settings from an e-mail address.
//!
//! ```text
//! address ─▶ sources, all at once, under one deadline ───────────────┐
//!            table (domain) | SRV (RFC 6186/8314) | autoconfig (https, http)
//!            MX ─▶ table by MX suffix + autoconfig of the MX's domain | guesses (names that resolve)
//!                                                                    ▼
//!            merge (same server ⇒ one candidate, every source kept as provenance)
//!                                                                    ▼
//!            probes, all at once (capped): dns → tcp → tls → protocol, never a password
//!                                                                    ▼
//!            settings table (confirmed | suggested), disagreements, every candidate tried
//! ```
//!
//! One module, three faces: `maildoctor discover` ([`text`]), `GET /api/v1/discover` and the
//! `/discover` page render the same [`Discovery`]. Every connection — autoconfig fetches
//! included — resolves with our resolver and connects only to addresses the policy vets.

pub mod autoconfig;
pub use crate::net::http;
pub mod ispdb;
pub mod model;
pub mod probe;
pub mod sources;
pub mod srv;
pub mod summary;
pub mod text;

use std::collections::HashMap;
use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, Instant};

use rustls::RootCertStore;

use crate::config::Settings;
use crate::i18n::{Lang, Text};
use crate::net::resolver::Resolver;
use crate::net::tls::{self, TrustError};
pub use model::{
    Candidate, Claim, Discovery, Outcome, Row, RowStatus, SourceKind, SourceReport, Tried, UsernameForm,
};

/// The default time for a whole discovery.
pub const DEFAULT_DEADLINE: Duration = Duration::from_secs(8);

/// The default number of candidates probed.
pub const DEFAULT_MAX_PROBES: usize = 24;

/// Longest e-mail address accepted (RFC 5321 §4.5.3.1.3 path limit).
const MAX_ADDRESS: usize = 254;

/// Knobs for one discovery.
#[derive(Clone, Debug)]
pub struct DiscoverOptions {
    /// The whole discovery's time limit.
    pub deadline: Duration,
    /// Most candidates probed.
    pub max_probes: usize,
    /// Test hook: fetch autoconfig files from this port (both schemes) instead of 443/80.
    pub http_port: Option<u16>,
    /// Test hook: connect to the mapped port instead of a candidate's (993 → a fake's port).
    pub port_map: HashMap<u16, u16>,
    /// Ports a probe may connect to (the service's mail-port rule); `None` = any (the CLI).
    /// Autoconfig files and SRV records are written by whoever owns the domain: without this,
    /// a hostile domain could make the service probe any port of any host.
    pub allowed_ports: Option<Vec<u16>>,
    /// The language of the answer's sentences.
    pub lang: Lang,
}

impl Default for DiscoverOptions {
    fn default() -> Self {
        DiscoverOptions {
            deadline: DEFAULT_DEADLINE,
            max_probes: DEFAULT_MAX_PROBES,
            http_port: None,
            port_map: HashMap::new(),
            allowed_ports: None,
            lang: Lang::En,
        }
    }
}

/// Why discovery could not start.
#[derive(Debug, thiserror::Error)]
pub enum DiscoverError {
    /// Not an e-mail address.
    #[error("{0}")]
    BadAddress(String),
    /// The resolver could not be built.
    #[error("DNS resolver: {0}")]
    Resolver(#[from] std::io::Error),
    /// The trust store could not be built.
    #[error("trusted CA: {0}")]
    Trust(#[from] TrustError),
}

/// An e-mail address, split and normalised (the domain in ASCII, lowercase).
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct Address {
    /// The part before the `@`.
    pub local: String,
    /// The domain.
    pub domain: String,
}

impl Address {
    /// Parses `user@example.com` (an IDN domain becomes punycode).
    pub fn parse(text: &str) -> Result<Address, DiscoverError> {
        let text = text.trim();
        let bad = |why: &str| {
            DiscoverError::BadAddress(format!("\"{}\" {why}", text.chars().take(80).collect::<String>()))
        };
        if text.len() > MAX_ADDRESS {
            return Err(bad("is too long for an e-mail address"));
        }
        let Some((local, domain)) = text.rsplit_once('@') else {
            return Err(bad("is not an e-mail address (no @)"));
        };
        if local.is_empty() || local.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(bad("has no usable name before the @"));
        }
        let domain = idna::domain_to_ascii(domain.trim_end_matches('.'))
            .map_err(|_| bad("has a domain that is not a valid name"))?;
        if !valid_host(&domain) || !domain.contains('.') {
            return Err(bad("has a domain that is not a valid name"));
        }
        Ok(Address { local: local.to_owned(), domain })
    }

    /// `local@domain`.
    pub fn email(&self) -> String {
        format!("{}@{}", self.local, self.domain)
    }
}

/// True for a plausible DNS host name: ASCII letters, digits, `-` and `.`, labels of 1–63.
pub fn valid_host(host: &str) -> bool {
    // A numeric last label is an IP address in disguise (`127.0.0.1`, `0x7f.1`): not a domain.
    let last = host.rsplit('.').next().unwrap_or_default();
    let numeric_tld =
        !last.is_empty() && (last.bytes().all(|b| b.is_ascii_digit()) || last.starts_with("0x"));
    !numeric_tld
        && !host.is_empty()
        && host.len() <= 253
        && host.split('.').all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        })
}

/// True when `host` is `domain` or below it.
pub fn in_domain(host: &str, domain: &str) -> bool {
    host == domain || host.ends_with(&format!(".{domain}"))
}

/// What one source found.
#[derive(Clone, Debug, Default)]
pub struct Found {
    /// Candidates, in the source's own order of preference.
    pub candidates: Vec<Candidate>,
    /// What was asked and what came back.
    pub sources: Vec<SourceReport>,
    /// Things worth telling.
    pub notes: Vec<Text>,
    /// The provider recognised, if any.
    pub provider: Option<String>,
    /// The MX lookup said the domain does not exist.
    pub nxdomain: bool,
}

impl Found {
    /// Records what one query gave (in English; the faces re-word it).
    pub fn report(&mut self, source: SourceKind, query: &str, result: Text) {
        self.sources.push(SourceReport {
            source,
            query: query.to_owned(),
            result: result.in_lang(Lang::En),
            result_message: Some(result),
        });
    }

    /// Records a source's own answer (records, an error), as it came.
    pub fn report_as_given(&mut self, source: SourceKind, query: &str, answer: impl std::fmt::Display) {
        self.report(source, query, Text::new("as-given").arg("answer", answer));
    }

    fn absorb(&mut self, other: Found) {
        self.candidates.extend(other.candidates);
        self.sources.extend(other.sources);
        self.notes.extend(other.notes);
        self.provider = self.provider.take().or(other.provider);
        self.nxdomain |= other.nxdomain;
    }
}

/// What every source and probe of one discovery shares.
#[derive(Debug)]
pub struct Env {
    /// Settings (policy, timeouts, trust).
    pub settings: Arc<Settings>,
    /// The resolver.
    pub resolver: Arc<Resolver>,
    /// Trust anchors.
    pub roots: Arc<RootCertStore>,
    /// Options.
    pub options: DiscoverOptions,
    /// When everything must be done.
    pub deadline: Instant,
}

/// Discovers the mail settings for `email`.
#[tracing::instrument(skip_all)]
pub async fn discover(
    settings: &Settings,
    email: &str,
    options: DiscoverOptions,
) -> Result<Discovery, DiscoverError> {
    let address = Address::parse(email)?;
    let started = Instant::now();
    let resolver = Arc::new(Resolver::new(settings.dns_server, settings.timeouts.dns)?);
    let extra: Vec<&str> = settings.extra_ca_pem.as_deref().into_iter().collect();
    let roots = tls::roots(!settings.no_public_roots, &extra)?;
    let deadline = started + options.deadline;
    let env = Env { settings: Arc::new(settings.clone()), resolver, roots, options, deadline };
    let found = gather(&env, &address).await;
    let candidates = merge(found.candidates.clone());
    let tried = probe::all(&env, candidates).await;
    Ok(assemble(&address, found, tried, started, env.options.lang))
}

/// Runs every source at once under the deadline (a source that runs out reports so).
async fn gather(env: &Env, address: &Address) -> Found {
    let domain = address.domain.as_str();
    // Sources get most of the time; the probes need some too.
    let until = env.deadline - (env.deadline.saturating_duration_since(Instant::now()) / 3);
    let fetch_limit = env.settings.timeouts.connect.max(Duration::from_secs(1));
    let fetcher = http::Fetcher::new(
        env.resolver.clone(),
        env.settings.policy.clone(),
        env.roots.clone(),
        env.options.http_port,
        fetch_limit,
    );
    let ispdb_url = env.settings.ispdb_url.as_deref();
    let mx_chain = async {
        let (mut found, base) = sources::mx(&env.resolver, domain).await;
        if let Some(base) = base {
            // As Thunderbird: the MX's own domain in the ISPDB and its autoconfig (https only).
            let (isp, auto) = tokio::join!(
                ispdb::run(&fetcher, address, &base, ispdb_url),
                autoconfig::run(&fetcher, address, &base, true)
            );
            found.absorb(isp);
            found.absorb(auto);
        }
        found
    };
    let (table, isp, srv, auto, mx, guess) = tokio::join!(
        within(until, SourceKind::Table, async { sources::table(domain) }),
        within(until, SourceKind::Ispdb, ispdb::run(&fetcher, address, domain, ispdb_url)),
        within(until, SourceKind::Srv, srv::run(&env.resolver, domain)),
        within(until, SourceKind::Autoconfig, autoconfig::run(&fetcher, address, domain, false)),
        within(until, SourceKind::Mx, mx_chain),
        within(until, SourceKind::Guess, sources::guess(&env.resolver, domain)),
    );
    let mut all = Found::default();
    for found in [table, isp, auto, srv, mx, guess] {
        all.absorb(found);
    }
    all
}

/// Runs a source until `until`; a late one reports that it ran out of time.
async fn within(until: Instant, source: SourceKind, fut: impl Future<Output = Found>) -> Found {
    let limit = until.saturating_duration_since(Instant::now());
    match tokio::time::timeout(limit, fut).await {
        Ok(found) => found,
        Err(_) => {
            let mut found = Found::default();
            found.report(source, source.label(), Text::new("discover-answer-timeout"));
            found
        }
    }
}

/// One candidate per server setting, every claim kept; sourced ones before guesses.
pub fn merge(candidates: Vec<Candidate>) -> Vec<Candidate> {
    let mut merged: Vec<Candidate> = Vec::new();
    for c in candidates {
        match merged.iter_mut().find(|m| m.same_as(&c)) {
            Some(m) => {
                for claim in c.claims {
                    if !m.claims.contains(&claim) {
                        m.claims.push(claim);
                    }
                }
                if m.username.is_none() {
                    m.username = c.username;
                }
            }
            None => merged.push(c),
        }
    }
    merged.sort_by_key(Candidate::guessed_only);
    merged
}

/// The answer: rows, disagreements, advice.
fn assemble(address: &Address, found: Found, tried: Vec<Tried>, started: Instant, lang: Lang) -> Discovery {
    let mut tried = tried;
    for claim in tried.iter_mut().flat_map(|t| t.candidate.claims.iter_mut()) {
        claim.reword(lang);
    }
    let rows: Vec<Row> = summary::SERVICES.iter().filter_map(|p| summary::row(*p, &tried, lang)).collect();
    let outcome = if rows.iter().any(|r| r.status == RowStatus::Confirmed) {
        Outcome::Confirmed
    } else if rows.is_empty() {
        Outcome::Nothing
    } else {
        Outcome::Suggested
    };
    let mut notes: Vec<String> = found.notes.iter().map(|n| n.in_lang(lang)).collect();
    if found.nxdomain {
        notes.push(Text::new("discover-note-nxdomain").arg("domain", &address.domain).in_lang(lang));
    }
    let advice = (outcome == Outcome::Nothing).then(|| {
        Text::new("discover-advice-nothing")
            .arg("domain", &address.domain)
            .then(Text::new("discover-ask-provider"))
            .in_lang(lang)
    });
    let mut sources = found.sources;
    for s in &mut sources {
        s.reword(lang);
    }
    Discovery {
        lang,
        email: address.email(),
        domain: address.domain.clone(),
        outcome,
        provider: found.provider,
        disagreements: summary::disagreements(&tried, lang),
        rows,
        notes,
        advice,
        tried,
        sources,
        duration_ms: u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX),
    }
}
