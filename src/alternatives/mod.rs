//! Settings verified live: when the settings given fail before sign-in, find the ones that work.
//!
//! ```text
//! failed run (dns | tcp | tls | protocol) ─▶ proposals, deduplicated, capped ─┐
//!   same host: the same port with the other security mode, the standard pairs  │
//!   the provider's published server, the primary finding's fix                │ probes at once,
//!   the certificate's names (when it did not cover the host typed)             │ one budget
//!   SRV (RFC 6186/8314) and autoconfig, as their answers arrive ───────────────┘
//!                                                        ▼
//!          dns → tcp → tls → protocol per alternative (discover::probe), never a sign-in
//!                                                        ▼
//!          [`Alternatives`]: each one tried, verified or not, with its time and origin
//! ```
//!
//! This module owns *which* alternatives a mail administrator would try and *how long* they
//! may take. The probing itself is discovery's ([`crate::discover::probe::one`]): the engine's
//! own stages with the diagnosis's resolver, address policy and trust store, and no
//! credentials, so **sign-in is tried only on the settings the person gave, never here**. Every
//! probe runs at once under one budget, cut short a moment after the first one is verified, and
//! never past the diagnosis's own deadline; the service passes its port rule
//! ([`Options::allowed_ports`]), so a hostile SRV record or autoconfig file cannot turn it into
//! a port scanner.

pub mod candidates;
mod probes;
pub mod sources;

use std::collections::HashMap;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::checks::Ctx;
use crate::diagnosis::{Code, Fix, Severity};
use crate::discover::model::{ProbeOutcome, SourceReport, UsernameForm};
use crate::discover::{Address, DiscoverOptions, Env};
use crate::stage::{Stage, StageOutcome, StageStatus};
use crate::target::{DiagnoseRequest, Protocol, Security, Target};
pub use candidates::{Proposal, fits_protocol, standard_pairs};

/// What the report says about sign-in on alternatives.
pub const SIGN_IN_NOTE: &str = "maildoctor checked these without signing in: it connected, set up encryption, \
     checked the certificate and read the greeting. It signs in only with the settings you gave.";

/// The failures that say the port answers in the other security mode (or may: a failed
/// handshake). Only these make the same port with the other mode worth a probe: a refused or
/// silent port stays so in any mode (the TLS stage already tries TLS on a silent port).
const WRONG_MODE: [Code; 3] =
    [Code::TlsPlaintextOnTlsPort, Code::TlsTlsOnPlaintextPort, Code::TlsHandshakeFailed];

/// Below this much time left before the deadline, alternatives are not tried at all.
const MIN_TIME: Duration = Duration::from_millis(300);

/// Knobs for the alternatives of one engine.
#[derive(Clone, Debug)]
pub struct Options {
    /// Try alternatives at all.
    pub enabled: bool,
    /// The most time alternatives add to a diagnosis (never past its deadline).
    pub budget: Duration,
    /// Once one alternative is verified, how much longer the others get.
    pub grace: Duration,
    /// Most alternatives probed.
    pub max_probes: usize,
    /// Ports a probe may connect to (the service's port rule); `None` = any (the CLI).
    pub allowed_ports: Option<Vec<u16>>,
    /// Test hook: connect to the mapped port instead of an alternative's (993 → a fake's port).
    pub port_map: HashMap<u16, u16>,
    /// Test hook: fetch autoconfig files from this port instead of 443/80.
    pub http_port: Option<u16>,
}

impl Default for Options {
    /// On, 4 s at most (1 s more once one works), 12 probes, any port.
    fn default() -> Self {
        Options {
            enabled: true,
            budget: Duration::from_secs(4),
            grace: Duration::from_secs(1),
            max_probes: 12,
            allowed_ports: None,
            port_map: HashMap::new(),
            http_port: None,
        }
    }
}

/// Where an alternative came from. The order is the order of preference.
#[derive(
    Clone, Copy, Debug, Eq, Hash, Ord, PartialEq, PartialOrd, Deserialize, Serialize, utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// The provider's published servers (maildoctor's provider table).
    Provider,
    /// The domain's DNS SRV records (RFC 6186, RFC 8314).
    Srv,
    /// The domain's autoconfig file (Thunderbird's format).
    Autoconfig,
    /// The same server and port with the other security mode.
    SamePort,
    /// The protocol's standard port and security mode on the same server.
    StandardPort,
    /// A name the server's certificate covers.
    Certificate,
    /// The settings the primary finding's fix names.
    Finding,
}

impl Origin {
    /// The message id of the words people read.
    pub const fn message_id(self) -> &'static str {
        match self {
            Origin::Provider => "origin-provider",
            Origin::Srv => "origin-srv",
            Origin::Autoconfig => "origin-autoconfig",
            Origin::SamePort => "origin-same-port",
            Origin::StandardPort => "origin-standard-port",
            Origin::Certificate => "origin-certificate",
            Origin::Finding => "origin-finding",
        }
    }
}

/// One origin's claim about an alternative.
#[derive(Clone, Debug, Eq, PartialEq, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Provenance {
    /// Which origin.
    pub source: Origin,
    /// Where exactly (`SRV _imaps._tcp.example.com`, "the standard IMAP port with SSL/TLS"), in
    /// the report's language.
    pub detail: String,
    /// The same as a message, when it has words of ours, to say it in another language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail_message: Option<Box<crate::i18n::Text>>,
}

impl Provenance {
    /// An origin whose detail is words of ours (said in English until re-worded).
    pub fn words(source: Origin, words: crate::i18n::Text) -> Provenance {
        Provenance {
            source,
            detail: words.in_lang(crate::i18n::Lang::En),
            detail_message: Some(Box::new(words)),
        }
    }

    /// The detail in `lang`, when it is a message.
    pub fn reword(&mut self, lang: crate::i18n::Lang) {
        crate::i18n::reword(&mut self.detail, self.detail_message.as_deref(), lang);
    }
}

/// One alternative and what its probe found.
#[derive(Clone, Debug, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Alternative {
    /// Protocol (always the one asked about).
    pub protocol: Protocol,
    /// Server.
    pub host: String,
    /// Port.
    pub port: u16,
    /// Security mode.
    pub security: Security,
    /// The user-name form, when an origin said (provider table, autoconfig).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub username: Option<UsernameForm>,
    /// Every origin that proposed it, best first.
    pub sources: Vec<Provenance>,
    /// How its probe ended.
    pub outcome: ProbeOutcome,
    /// True when the right protocol answered over TLS with a certificate valid for the name.
    pub verified: bool,
    /// What happened, in a sentence.
    pub detail: String,
    /// The same sentence as a message, to say it in another language (absent in reports saved
    /// before it was added).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail_message: Option<Box<crate::i18n::Text>>,
    /// The finding code that stopped the probe, if any.
    #[serde(deserialize_with = "crate::diagnosis::statics::code_id")]
    pub code: Option<crate::diagnosis::statics::StaticText>,
    /// How long the probe took.
    pub duration_ms: u64,
    /// The port actually connected to, when a test remapped it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub connected_port: Option<u16>,
}

impl Alternative {
    /// The best origin.
    pub fn best_source(&self) -> Origin {
        self.sources.iter().map(|p| p.source).min().unwrap_or(Origin::Finding)
    }

    /// True when this is exactly `protocol` on `host:port` with `security`.
    pub fn is(&self, protocol: Protocol, host: &str, port: u16, security: Security) -> bool {
        self.protocol == protocol && self.host == host && self.port == port && self.security == security
    }

    /// "imap.example.com port 993 (SSL/TLS)" in `lang`.
    pub fn describe_in(&self, lang: crate::i18n::Lang) -> String {
        crate::discover::model::setting_words(lang, &self.host, self.port, self.security)
    }
}

/// The alternatives tried after a failure before sign-in.
#[derive(Clone, Debug, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Alternatives {
    /// The failure that called for them (the first error of the dns, tcp, tls or protocol stage).
    pub because: Code,
    /// Sign-in is never tried on alternatives: this says so in words.
    #[serde(deserialize_with = "sign_in_note")]
    pub note: crate::diagnosis::statics::StaticText,
    /// The time they were given.
    pub budget_ms: u64,
    /// The time they took (about the slowest probe, at most the budget).
    pub duration_ms: u64,
    /// Every alternative, verified ones first (best first), then the others in the order tried.
    pub tried: Vec<Alternative>,
    /// What was asked (SRV names, autoconfig URLs) and what came back.
    pub sources: Vec<SourceReport>,
}

fn sign_in_note<'de, D: serde::Deserializer<'de>>(d: D) -> Result<&'static str, D::Error> {
    crate::diagnosis::statics::known(d, "alternatives note", &[SIGN_IN_NOTE])
}

impl Alternatives {
    /// The alternatives verified working, best first.
    pub fn verified(&self) -> impl Iterator<Item = &Alternative> {
        self.tried.iter().filter(|a| a.verified)
    }
}

/// The code of the failure before sign-in that calls for alternatives: the first error of the
/// dns, tcp, tls or protocol stage. `None` when those stages passed or only warned (the
/// settings reached the mail service: sign-in decides, and alternatives would change nothing).
pub fn trigger(outcomes: &[StageOutcome]) -> Option<Code> {
    outcomes
        .iter()
        .filter(|o| (Stage::Dns..=Stage::Protocol).contains(&o.stage) && o.status == StageStatus::Fail)
        .find_map(|o| o.findings.iter().map(|f| f.code).find(|c| c.severity() == Severity::Error))
}

/// Tries the alternatives to `target` when `outcomes` failed before sign-in; `None` when they
/// did not (or alternatives are off, or no time is left).
#[tracing::instrument(skip_all, fields(stage = "alternatives", host = %target.host))]
pub async fn after(
    ctx: &Ctx,
    target: &Target,
    request: &DiagnoseRequest,
    outcomes: &[StageOutcome],
    options: &Options,
) -> Option<Alternatives> {
    let because = trigger(outcomes).filter(|_| options.enabled)?;
    let started = Instant::now();
    let budget = options.budget.min(ctx.remaining());
    if budget < MIN_TIME {
        return None;
    }
    let facts = ctx.facts();
    let reached = !outcomes.iter().any(|o| o.stage == Stage::Dns && o.status == StageStatus::Fail);
    let fixes: Vec<&Fix> =
        outcomes.iter().flat_map(|o| o.findings.iter()).filter_map(|f| f.fix.as_ref()).collect();
    let names = outcomes
        .iter()
        .any(|o| o.findings.iter().any(|f| f.code == Code::TlsCertNameMismatch))
        .then(|| facts.certificate.as_ref().map(|c| c.names.clone()))
        .flatten()
        .unwrap_or_default();
    let address = address(request);
    let provider = facts
        .provider
        .or_else(|| address.as_ref().and_then(|a| crate::providers::Provider::by_domain(&a.domain)));
    let wrong_mode = WRONG_MODE.contains(&because);
    let proposals =
        candidates::Plan { target, reached, wrong_mode, fixes, provider, cert_names: &names }.proposals();
    let env = Env {
        settings: ctx.settings.clone(),
        resolver: ctx.resolver.clone(),
        roots: ctx.roots.clone(),
        options: DiscoverOptions {
            deadline: budget,
            max_probes: options.max_probes,
            http_port: options.http_port,
            port_map: options.port_map.clone(),
            allowed_ports: options.allowed_ports.clone(),
            lang: request.language(),
        },
        deadline: started + budget,
    };
    let lookups = sources::Lookups {
        protocol: target.protocol,
        domains: sources::domains(target, address.as_ref()),
        address: address.filter(|_| provider.is_none()),
    };
    let (tried, mut asked) = probes::run(&env, target, proposals, lookups, options.grace).await;
    for answer in &mut asked {
        answer.reword(env.options.lang);
    }
    let verified = tried.iter().filter(|a| a.verified).count();
    tracing::info!(because = %because, tried = tried.len(), verified, ms = millis(started.elapsed()), "alternatives");
    Some(Alternatives {
        because,
        note: SIGN_IN_NOTE,
        budget_ms: millis(budget),
        duration_ms: millis(started.elapsed()),
        tried,
        sources: asked,
    })
}

/// The person's e-mail address: the one given, else a user name that is one.
fn address(request: &DiagnoseRequest) -> Option<Address> {
    [request.email.as_deref(), request.username.as_deref()]
        .into_iter()
        .flatten()
        .filter(|s| s.contains('@'))
        .find_map(|s| Address::parse(s).ok())
}

fn millis(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnosis::Finding;

    fn outcome(stage: Stage, code: Code) -> StageOutcome {
        StageOutcome::from_findings(stage, "x", vec![Finding::new(code)])
    }

    #[test]
    fn a_failure_before_sign_in_calls_for_alternatives_and_a_sign_in_failure_does_not() {
        let refused = [outcome(Stage::Dns, Code::DnsDidYouMean), outcome(Stage::Tcp, Code::TcpRefused)];
        assert_eq!(trigger(&refused), Some(Code::TcpRefused));
        let mode = [outcome(Stage::Tls, Code::TlsPlaintextOnTlsPort)];
        assert_eq!(trigger(&mode), Some(Code::TlsPlaintextOnTlsPort));
        let wrong_password = [outcome(Stage::Auth, Code::AuthInvalidCredentials)];
        assert_eq!(trigger(&wrong_password), None);
        let only_warned = [outcome(Stage::Protocol, Code::ServerSlowResponse)];
        assert_eq!(trigger(&only_warned), None);
    }

    #[test]
    fn the_address_comes_from_the_email_field_or_a_user_name_that_is_one() {
        let mut request = DiagnoseRequest::new(Protocol::Imap, "mail.example.com");
        assert_eq!(address(&request), None);
        request.username = Some("jo@Example.COM".into());
        assert_eq!(address(&request).map(|a| a.domain), Some("example.com".into()));
        request.email = Some("ann@other.example".into());
        assert_eq!(address(&request).map(|a| a.email()), Some("ann@other.example".into()));
    }
}
