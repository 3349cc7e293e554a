//! The "settings that should work" table of a report: what was verified working, apart from
//! what is only suggested.
//!
//! [`suggest`] builds it from three things the run knows, best first:
//! - **verified** rows: alternatives that answered just now with the right protocol, over TLS,
//!   with a certificate valid for the name ([`crate::alternatives`]; never signed in to);
//! - **suggested** rows: the provider's published servers when the provider is known, else the
//!   request with the primary finding's fix applied — unverified, and saying so when an
//!   alternative with exactly those settings was tried and did not work.
//!
//! The JSON shape is public: fields are added, never renamed.

use serde::{Deserialize, Serialize};

use crate::alternatives::{Alternative, Alternatives, Provenance};
use crate::diagnosis::Fix;
use crate::discover::model::{ProbeOutcome, UsernameForm};
use crate::i18n::{Lang, Text};
use crate::providers::Provider;
use crate::target::{Protocol, Security, Target};

/// Whether a row was verified live.
#[derive(Clone, Copy, Debug, Eq, PartialEq, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum RowStatus {
    /// It answered just now: the right protocol, over TLS, with a valid certificate (no sign-in).
    Verified,
    /// maildoctor believes it should work, but did not verify it.
    Suggested,
}

/// One row of the "settings that should work" table.
#[derive(Clone, Debug, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SettingsRow {
    /// "Incoming mail (IMAP) server".
    pub role: String,
    /// Protocol.
    pub protocol: Protocol,
    /// Server host.
    pub host: String,
    /// Port.
    pub port: u16,
    /// Security mode.
    pub security: Security,
    /// User-name form, when known ("full address").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// Whether the server wants a password.
    pub requires_authentication: bool,
    /// `verified` (it answered just now) or `suggested` (not verified).
    pub status: RowStatus,
    /// Where the row comes from (`standard_port`, `srv`, `autoconfig`, `provider`,
    /// `certificate`, `same_port`, `finding`), best first.
    pub sources: Vec<Provenance>,
    /// For a verified row: how long its probe took, in milliseconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duration_ms: Option<u64>,
    /// A caveat (port 25 is usually blocked; this was tried and did not work), in the report's
    /// language.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The same caveat as a message, to say it in another language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note_message: Option<Text>,
}

impl SettingsRow {
    /// The caveat in `lang`, when it is a message.
    pub fn reword(&mut self, lang: Lang) {
        if let Some(message) = &self.note_message {
            self.note = Some(message.in_lang(lang));
        }
    }

    fn set_note(&mut self, note: Option<Text>, lang: Lang) {
        self.note = note.as_ref().map(|n| n.in_lang(lang));
        self.note_message = note;
    }
}

/// Settings maildoctor believes should work, and why.
#[derive(Clone, Debug, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SuggestedSettings {
    /// Where the first (best) row comes from: `verified` (an alternative that answered just
    /// now), `provider` (the provider table) or `finding` (a finding's fix).
    #[serde(deserialize_with = "source_of")]
    pub source: crate::diagnosis::statics::StaticText,
    /// The rows: verified ones first, then suggested ones.
    pub rows: Vec<SettingsRow>,
    /// How verified rows were verified (never by signing in), when alternatives were tried.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, deserialize_with = "note_of")]
    pub note: Option<crate::diagnosis::statics::StaticText>,
}

fn source_of<'de, D: serde::Deserializer<'de>>(d: D) -> Result<&'static str, D::Error> {
    crate::diagnosis::statics::known(d, "settings source", &["verified", "provider", "finding"])
}

fn note_of<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<&'static str>, D::Error> {
    crate::diagnosis::statics::known_opt(d, "settings note", &[crate::alternatives::SIGN_IN_NOTE])
}

impl SuggestedSettings {
    /// The rows verified working.
    pub fn verified(&self) -> impl Iterator<Item = &SettingsRow> {
        self.rows.iter().filter(|r| r.status == RowStatus::Verified)
    }

    /// The rows only suggested.
    pub fn suggested(&self) -> impl Iterator<Item = &SettingsRow> {
        self.rows.iter().filter(|r| r.status == RowStatus::Suggested)
    }
}

/// The settings table: verified alternatives first, then the provider's servers when the
/// provider is known, else the request with the primary finding's fix applied; `None` when
/// maildoctor knows no better.
pub fn suggest(
    target: Option<&Target>,
    fix: Option<&Fix>,
    provider: Option<&Provider>,
    alternatives: Option<&Alternatives>,
    lang: Lang,
) -> Option<SuggestedSettings> {
    let mut rows: Vec<SettingsRow> =
        alternatives.into_iter().flat_map(Alternatives::verified).map(|a| verified(a, lang)).collect();
    let (source, unverified) = match provider {
        Some(p) => ("provider", from_provider(p, target, lang)),
        None => ("finding", from_fix(target, fix, lang).into_iter().collect()),
    };
    let tried = |r: &SettingsRow| {
        alternatives.and_then(|a| a.tried.iter().find(|t| t.is(r.protocol, &r.host, r.port, r.security)))
    };
    for mut row in unverified {
        match tried(&row) {
            Some(t) if t.verified => continue,
            Some(t) if t.outcome != ProbeOutcome::NotTried => {
                let detail = t
                    .detail_message
                    .as_deref()
                    .cloned()
                    .unwrap_or_else(|| Text::new("as-given").arg("answer", &t.detail));
                let tried = Text::new("settings-note-tried").then(detail);
                let note = match row.note_message.take() {
                    Some(signin) => signin.then(tried),
                    None => tried,
                };
                row.set_note(Some(note), lang);
            }
            _ => {}
        }
        rows.push(row);
    }
    let source = match rows.first() {
        None => return None,
        Some(first) if first.status == RowStatus::Verified => "verified",
        Some(_) => source,
    };
    let note = alternatives.map(|a| a.note);
    Some(SuggestedSettings { source, rows, note })
}

/// A verified alternative as a row.
fn verified(a: &Alternative, lang: Lang) -> SettingsRow {
    let mut row =
        row(a.protocol, a.host.clone(), a.port, a.security, a.username.as_ref().map(username_words));
    row.status = RowStatus::Verified;
    row.sources = a.sources.clone();
    row.duration_ms = Some(a.duration_ms);
    row.set_note((a.port == 25).then(|| Text::new("settings-note-port-25")), lang);
    row
}

/// The provider's servers: the protocol asked about (IMAP when it was SMTP), then SMTP.
fn from_provider(provider: &Provider, target: Option<&Target>, lang: Lang) -> Vec<SettingsRow> {
    let wanted = target.map_or(Protocol::Imap, |t| t.protocol);
    let incoming = if wanted.is_incoming() { wanted } else { Protocol::Imap };
    [incoming, Protocol::Smtp]
        .into_iter()
        .filter_map(|protocol| {
            let server = provider.server(protocol)?;
            let mut r = row(
                protocol,
                server.host.clone(),
                server.port,
                server.security,
                Some(provider.username.clone()),
            );
            let words = Text::new("origin-detail-provider")
                .arg("provider", &provider.name)
                .arg("protocol", protocol.label());
            let mut origin = Provenance::words(crate::alternatives::Origin::Provider, words);
            origin.reword(lang);
            r.sources = vec![origin];
            // How this provider lets apps sign in (an OAuth2-only provider refuses passwords).
            let signin = provider
                .signin
                .map(|s| Text::new("settings-note-sign-in").arg_message("how", s.message_id()));
            r.set_note(signin, lang);
            Some(r)
        })
        .collect()
}

/// The request with the fix applied, when there is a fix and a host.
fn from_fix(target: Option<&Target>, fix: Option<&Fix>, lang: Lang) -> Option<SettingsRow> {
    let fix = fix?;
    let (base_protocol, base_host, base_port, base_security) = match target {
        Some(t) => (t.protocol, t.host.as_text(), t.port, t.security),
        None => (fix.protocol.unwrap_or(Protocol::Imap), String::new(), 0, Security::Tls),
    };
    let protocol = fix.protocol.unwrap_or(base_protocol);
    let security = fix.security.unwrap_or(base_security);
    let host = fix.host.clone().unwrap_or(base_host);
    let port = fix.port.unwrap_or(if base_port == 0 { protocol.default_port(security) } else { base_port });
    if host.is_empty() {
        return None;
    }
    let mut r = row(protocol, host, port, security, None);
    let mut origin =
        Provenance::words(crate::alternatives::Origin::Finding, Text::new("origin-detail-finding"));
    origin.reword(lang);
    r.sources = vec![origin];
    Some(r)
}

fn row(
    protocol: Protocol,
    host: String,
    port: u16,
    security: Security,
    username: Option<String>,
) -> SettingsRow {
    let role = match protocol {
        Protocol::Imap => "Incoming mail (IMAP) server",
        Protocol::Pop3 => "Incoming mail (POP) server",
        Protocol::Smtp => "Outgoing mail (SMTP) server",
    };
    SettingsRow {
        role: role.to_owned(),
        protocol,
        host,
        port,
        security,
        username,
        requires_authentication: true,
        status: RowStatus::Suggested,
        sources: Vec::new(),
        duration_ms: None,
        note: None,
        note_message: None,
    }
}

/// A user-name form in the provider table's words ("full address").
fn username_words(form: &UsernameForm) -> String {
    match form {
        UsernameForm::FullAddress => "full address".to_owned(),
        UsernameForm::LocalPart => "name part (before the @)".to_owned(),
        UsernameForm::Other(words) => words.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::alternatives::{Origin, SIGN_IN_NOTE};
    use crate::diagnosis::Code;

    fn tried(host: &str, port: u16, security: Security, outcome: ProbeOutcome) -> Alternative {
        Alternative {
            protocol: Protocol::Imap,
            host: host.to_owned(),
            port,
            security,
            username: None,
            sources: vec![Provenance {
                source: Origin::StandardPort,
                detail: "standard".into(),
                detail_message: None,
            }],
            outcome,
            verified: outcome == ProbeOutcome::Confirmed,
            detail: "Could not connect.".into(),
            detail_message: None,
            code: None,
            duration_ms: 42,
            connected_port: None,
        }
    }

    fn alternatives(tried: Vec<Alternative>) -> Alternatives {
        Alternatives {
            because: Code::TcpRefused,
            note: SIGN_IN_NOTE,
            budget_ms: 4000,
            duration_ms: 50,
            tried,
            sources: Vec::new(),
        }
    }

    #[test]
    fn verified_rows_come_first_and_a_suggestion_already_verified_is_not_repeated() {
        let gmail = Provider::by_id("gmail");
        let alts = alternatives(vec![
            tried("imap.gmail.com", 993, Security::Tls, ProbeOutcome::Confirmed),
            tried("imap.gmail.com", 143, Security::Starttls, ProbeOutcome::Failed),
        ]);
        let table = suggest(None, None, gmail, Some(&alts), Lang::En).expect("a table");
        assert_eq!(table.source, "verified");
        assert_eq!(table.note, Some(SIGN_IN_NOTE));
        let first = &table.rows[0];
        assert_eq!((first.status, first.port, first.duration_ms), (RowStatus::Verified, 993, Some(42)));
        let hosts: Vec<(&str, u16)> = table.rows.iter().map(|r| (r.host.as_str(), r.port)).collect();
        assert_eq!(hosts, [("imap.gmail.com", 993), ("smtp.gmail.com", 465)], "IMAP is not listed twice");
        assert_eq!(table.suggested().count(), 1);
    }

    #[test]
    fn a_suggestion_that_was_tried_and_failed_says_so() {
        let fix = Fix { port: Some(993), security: Some(Security::Tls), ..Fix::default() };
        let alts = alternatives(vec![tried("mail.example.com", 993, Security::Tls, ProbeOutcome::Failed)]);
        let fix = Fix { host: Some("mail.example.com".into()), ..fix };
        assert!(suggest(None, Some(&fix), None, None, Lang::En).is_some_and(|t| t.rows[0].note.is_none()));
        let table = suggest(None, Some(&fix), None, Some(&alts), Lang::En).expect("a table");
        assert_eq!(table.source, "finding");
        let row = &table.rows[0];
        assert_eq!(row.status, RowStatus::Suggested);
        assert_eq!(row.note.as_deref(), Some("Tried just now: Could not connect."));
    }

    #[test]
    fn a_verified_port_25_row_says_it_is_a_last_resort() {
        let mut smtp = tried("mail.example.com", 25, Security::Starttls, ProbeOutcome::Confirmed);
        smtp.protocol = Protocol::Smtp;
        let table = suggest(None, None, None, Some(&alternatives(vec![smtp])), Lang::En).expect("a table");
        assert!(table.rows[0].note.as_deref().unwrap_or("").contains("last resort"), "{:?}", table.rows[0]);
        // In German, and again when a saved report is re-worded.
        let mut smtp = tried("mail.example.com", 25, Security::Starttls, ProbeOutcome::Confirmed);
        smtp.protocol = Protocol::Smtp;
        let table = suggest(None, None, None, Some(&alternatives(vec![smtp])), Lang::De).expect("a table");
        let mut row = table.rows[0].clone();
        assert!(row.note.as_deref().unwrap_or("").contains("Port 25"), "{row:?}");
        assert_ne!(row.note.as_deref(), Some(Lang::En.t("settings-note-port-25").as_str()));
        row.reword(Lang::En);
        assert_eq!(row.note, Some(Lang::En.t("settings-note-port-25")));
    }
}
