//! The shapes discovery works with and answers in: candidates with their provenance, probe
//! outcomes, the settings rows, and the whole [`Discovery`] every face renders.

use serde::{Deserialize, Serialize};

use crate::target::{Protocol, Security};

/// Where a candidate came from.
#[derive(
    Clone, Copy, Debug, Eq, Hash, Ord, PartialEq, PartialOrd, Deserialize, Serialize, utoipa::ToSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    /// maildoctor's own provider table (by e-mail domain).
    Table,
    /// The provider's autoconfig file (Thunderbird's format).
    Autoconfig,
    /// DNS SRV records (RFC 6186, RFC 8314).
    Srv,
    /// The domain's MX records, matched against the provider table.
    Mx,
    /// A usual host name and port, tried because it often works.
    Guess,
    /// Thunderbird's ISPDB (its service, or the copy built into maildoctor).
    Ispdb,
}

impl SourceKind {
    /// The message id of its name in people's words.
    pub const fn message_id(self) -> &'static str {
        match self {
            SourceKind::Table => "discover-source-table",
            SourceKind::Autoconfig => "discover-source-autoconfig",
            SourceKind::Srv => "discover-source-srv",
            SourceKind::Mx => "discover-source-mx",
            SourceKind::Guess => "discover-source-guess",
            SourceKind::Ispdb => "discover-source-ispdb",
        }
    }

    /// The short technical name (queries, logs).
    pub const fn label(self) -> &'static str {
        match self {
            SourceKind::Table => "provider table",
            SourceKind::Autoconfig => "autoconfig",
            SourceKind::Srv => "SRV",
            SourceKind::Mx => "MX",
            SourceKind::Guess => "guess",
            SourceKind::Ispdb => "ISPDB",
        }
    }
}

/// The form of the user name a provider expects.
#[derive(Clone, Debug, Eq, PartialEq, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum UsernameForm {
    /// The whole e-mail address (`%EMAILADDRESS%`).
    FullAddress,
    /// The part before the `@` (`%EMAILLOCALPART%`).
    LocalPart,
    /// Something else, as given.
    Other(String),
}

/// One source's claim about a candidate.
#[derive(Clone, Debug, Eq, PartialEq, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    /// Which source.
    pub source: SourceKind,
    /// Where exactly (`SRV _imaps._tcp.example.com`, the autoconfig URL, …), in the answer's
    /// language.
    pub detail: String,
    /// The same as a message, when it has words of ours ("usual name", "priority").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail_message: Option<Box<crate::i18n::Text>>,
}

impl Claim {
    /// A claim whose detail is only names and addresses (a URL, an MX host).
    pub fn plain(source: SourceKind, detail: impl Into<String>) -> Claim {
        Claim { source, detail: detail.into(), detail_message: None }
    }

    /// A claim whose detail has words of ours (said in English until re-worded).
    pub fn words(source: SourceKind, words: crate::i18n::Text) -> Claim {
        Claim { source, detail: words.in_lang(crate::i18n::Lang::En), detail_message: Some(Box::new(words)) }
    }

    /// The detail in `lang`, when it is a message.
    pub fn reword(&mut self, lang: crate::i18n::Lang) {
        crate::i18n::reword(&mut self.detail, self.detail_message.as_deref(), lang);
    }
}

/// A server setting to try: protocol, host, port, security.
#[derive(Clone, Debug, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Candidate {
    /// Protocol.
    pub protocol: Protocol,
    /// Host name (lowercase, no trailing dot).
    pub host: String,
    /// Port.
    pub port: u16,
    /// Security.
    pub security: Security,
    /// The user-name form, when a source said.
    pub username: Option<UsernameForm>,
    /// Every source that proposed it.
    pub claims: Vec<Claim>,
}

impl Candidate {
    /// A candidate proposed by one source.
    pub fn new(protocol: Protocol, host: &str, port: u16, security: Security, claim: Claim) -> Self {
        Candidate {
            protocol,
            host: host.trim_end_matches('.').to_ascii_lowercase(),
            port,
            security,
            username: None,
            claims: vec![claim],
        }
    }

    /// The same server and settings (the key for merging claims).
    pub fn same_as(&self, other: &Candidate) -> bool {
        self.protocol == other.protocol
            && self.host == other.host
            && self.port == other.port
            && self.security == other.security
    }

    /// The best (lowest) source that proposed it.
    pub fn best_source(&self) -> SourceKind {
        self.claims.iter().map(|c| c.source).min().unwrap_or(SourceKind::Guess)
    }

    /// True when only guessing proposed it.
    pub fn guessed_only(&self) -> bool {
        self.claims.iter().all(|c| c.source == SourceKind::Guess)
    }

    /// "imap.example.com port 993 (SSL/TLS)" in `lang`.
    pub fn describe_in(&self, lang: crate::i18n::Lang) -> String {
        setting_words(lang, &self.host, self.port, self.security)
    }
}

/// "imap.example.com port 993 (SSL/TLS)" in `lang`.
pub fn setting_words(lang: crate::i18n::Lang, host: &str, port: u16, security: Security) -> String {
    lang.t_with(
        "discover-setting",
        &[("host", host), ("port", &port.to_string()), ("security", security.label())],
    )
}

/// How a confirmation probe ended.
#[derive(Clone, Copy, Debug, Eq, PartialEq, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ProbeOutcome {
    /// The right protocol answered over TLS with a certificate valid for the name.
    Confirmed,
    /// The right protocol answered, but without encryption.
    Unencrypted,
    /// The right protocol answered, but the certificate is not valid for this name.
    BadCertificate,
    /// It did not work (no address, refused, no TLS, another protocol, …).
    Failed,
    /// Not probed (over the probe limit, or the deadline ran out first).
    NotTried,
}

impl ProbeOutcome {
    /// The message id of its plain words.
    pub const fn message_id(self) -> &'static str {
        match self {
            ProbeOutcome::Confirmed => "outcome-confirmed",
            ProbeOutcome::Unencrypted => "outcome-unencrypted",
            ProbeOutcome::BadCertificate => "outcome-bad-certificate",
            ProbeOutcome::Failed => "outcome-failed",
            ProbeOutcome::NotTried => "outcome-not-tried",
        }
    }

    /// True when the right mail server answered there.
    pub const fn answered(self) -> bool {
        matches!(self, ProbeOutcome::Confirmed | ProbeOutcome::Unencrypted | ProbeOutcome::BadCertificate)
    }
}

/// One candidate and what its probe found.
#[derive(Clone, Debug, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Tried {
    /// The candidate.
    #[serde(flatten)]
    pub candidate: Candidate,
    /// The port actually connected to, when a test remapped it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub connected_port: Option<u16>,
    /// How it ended.
    pub outcome: ProbeOutcome,
    /// What happened, in a sentence (from the stage that ended it).
    pub detail: String,
    /// The same sentence as a message, to say it in another language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail_message: Option<Box<crate::i18n::Text>>,
    /// The finding code that ended it, if any (`dns.nxdomain`, `tls.cert_name_mismatch`).
    pub code: Option<&'static str>,
    /// SASL mechanisms offered, when the server listed them.
    pub auth_methods: Vec<String>,
    /// How long the probe took.
    pub duration_ms: u64,
}

/// Whether a row was confirmed live.
#[derive(Clone, Copy, Debug, Eq, PartialEq, Deserialize, Serialize, utoipa::ToSchema)]
#[schema(as = DiscoveryRowStatus)]
#[serde(rename_all = "lowercase")]
pub enum RowStatus {
    /// A probe answered with the right protocol and a valid certificate.
    Confirmed,
    /// Sources say so (or it answers unencrypted), but it was not confirmed.
    Suggested,
}

impl RowStatus {
    /// Lowercase name (`confirmed`, `suggested`).
    pub const fn label(self) -> &'static str {
        match self {
            RowStatus::Confirmed => "confirmed",
            RowStatus::Suggested => "suggested",
        }
    }
}

/// One line of the settings table.
#[derive(Clone, Debug, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = DiscoveryRow)]
pub struct Row {
    /// Incoming IMAP, incoming POP or outgoing SMTP.
    pub protocol: Protocol,
    /// "Incoming mail (IMAP) server", in the answer's language.
    pub role: String,
    /// Server.
    pub host: String,
    /// Port.
    pub port: u16,
    /// Security.
    pub security: Security,
    /// The user-name form.
    pub username: UsernameForm,
    /// Whether the server requires signing in (always, for these services).
    pub requires_auth: bool,
    /// SASL mechanisms offered, when a probe saw them.
    pub auth_methods: Vec<String>,
    /// Confirmed or suggested.
    pub status: RowStatus,
    /// Why it is only suggested, or a caveat.
    pub note: Option<String>,
    /// Which sources said so.
    pub sources: Vec<Claim>,
    /// The diagnosis form, filled in with this row (protocol, host, port, security only).
    pub diagnose_url: String,
}

impl Row {
    /// The host's labels, each with the dot that follows it (`imap.`, `example.`, `com`): the
    /// page may wrap a long name only between them, never inside one.
    pub fn host_labels(&self) -> Vec<String> {
        host_labels(&self.host)
    }
}

/// `host` split after each dot.
pub fn host_labels(host: &str) -> Vec<String> {
    host.split_inclusive('.').map(str::to_owned).collect()
}

/// What one source did.
#[derive(Clone, Debug, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SourceReport {
    /// Which source.
    pub source: SourceKind,
    /// What was asked (`SRV _imaps._tcp.example.com`, a URL).
    pub query: String,
    /// What came back, in the report's language.
    pub result: String,
    /// The same as a message, to re-word it in another language (absent in reports saved
    /// before it was added).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result_message: Option<crate::i18n::Text>,
}

impl SourceReport {
    /// The answer in `lang`, when it is a message.
    pub fn reword(&mut self, lang: crate::i18n::Lang) {
        crate::i18n::reword(&mut self.result, self.result_message.as_ref(), lang);
    }
}

/// The overall answer.
#[derive(Clone, Copy, Debug, Eq, PartialEq, Deserialize, Serialize, utoipa::ToSchema)]
#[schema(as = DiscoveryOutcome)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    /// At least one row was confirmed live.
    Confirmed,
    /// Only suggestions.
    Suggested,
    /// Nothing found.
    Nothing,
}

/// Everything discovery found for one address.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct Discovery {
    /// The language of the sentences (notes, advice, details, answers); codes are the same in
    /// every language.
    #[schema(value_type = String, example = "en")]
    pub lang: crate::i18n::Lang,
    /// The address asked about.
    pub email: String,
    /// Its domain (ASCII).
    pub domain: String,
    /// Confirmed, suggested, or nothing.
    pub outcome: Outcome,
    /// The provider, when the table knows it (by domain or by MX).
    pub provider: Option<String>,
    /// The settings table: incoming IMAP, incoming POP, outgoing SMTP (those found).
    pub rows: Vec<Row>,
    /// Where sources disagree.
    pub disagreements: Vec<String>,
    /// Other things worth knowing (an SRV target outside the domain, a service not offered).
    pub notes: Vec<String>,
    /// When nothing was found: what to ask the provider.
    pub advice: Option<String>,
    /// Every candidate tried and its outcome.
    pub tried: Vec<Tried>,
    /// What each source did.
    pub sources: Vec<SourceReport>,
    /// How long discovery took.
    pub duration_ms: u64,
}
