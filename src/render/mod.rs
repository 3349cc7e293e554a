//! Renderers: turn a finished [`crate::report::Report`] into text or HTML. They only read it.
//!
//! The few phrasings both faces share (how a settings row reads) live here, so the terminal
//! and the web page say the same thing.

pub mod desk;
pub mod html;
pub mod settings;
pub mod text;

use crate::i18n::Lang;
use crate::model::Security;
use crate::report::{RowStatus, SettingsRow};
use crate::target::Protocol;

/// "Requires SSL" as the settings table says it (the words of provider help pages).
pub fn requires_ssl(security: Security, lang: Lang) -> String {
    match security {
        Security::None => lang.t("settings-no"),
        secure => lang.t_with("settings-yes-with", &[("security", secure.label())]),
    }
}

/// The message id of a settings row's role ("Incoming mail (IMAP) server").
pub const fn role_id(protocol: Protocol) -> &'static str {
    protocol.role_id()
}

/// The user-name form of a settings row in plain words (`full address` → "Your full e-mail
/// address"); `None` means the row does not change it. Other forms are a provider's own words
/// (`local part`, an example address) and are shown as they are.
pub fn username_form(form: Option<&str>, lang: Lang) -> String {
    match form {
        Some("full address") => lang.t("username-full-address"),
        Some(other) => other.to_owned(),
        None => lang.t("username-unchanged"),
    }
}

/// The user name of a row in plain words: its form when known; for a verified row without one,
/// that sign-in was not tried there (maildoctor signs in only with the settings given).
pub fn row_username(row: &SettingsRow, lang: Lang) -> String {
    match (row.status, row.username.as_deref()) {
        (RowStatus::Verified, None) => lang.t("username-not-tried"),
        (_, form) => username_form(form, lang),
    }
}

/// Where a row comes from, in plain words ("SRV record, standard port").
pub fn found_from(row: &SettingsRow, lang: Lang) -> String {
    origin_words(&row.sources, lang)
}

/// Origins in plain words, each once ("SRV record, standard port").
pub fn origin_words(sources: &[crate::alternatives::Provenance], lang: Lang) -> String {
    let mut ids: Vec<&str> = sources.iter().map(|p| p.source.message_id()).collect();
    ids.dedup();
    ids.into_iter().map(|id| lang.t(id)).collect::<Vec<_>>().join(", ")
}

/// "Verified: answered in 42 ms" or "Not verified".
pub fn checked_words(row: &SettingsRow, lang: Lang) -> String {
    match (row.status, row.duration_ms) {
        (RowStatus::Verified, Some(ms)) => lang.t_with("checked-verified-in", &[("ms", &ms.to_string())]),
        (RowStatus::Verified, None) => lang.t("checked-verified"),
        (RowStatus::Suggested, _) => lang.t("checked-not-verified"),
    }
}

/// "4 alternatives tried in 120 ms, 2 verified working."
pub fn alternatives_summary(alternatives: &crate::alternatives::Alternatives, lang: Lang) -> String {
    let tried = i64::try_from(alternatives.tried.len()).unwrap_or(i64::MAX);
    let verified = alternatives.verified().count().to_string();
    let ms = alternatives.duration_ms.to_string();
    lang.t_count_with("alternatives-summary", tried, &[("ms", &ms), ("verified", &verified)])
}

/// A report with hostile server text in every place a server can put text, for the renderers'
/// tests.
#[cfg(test)]
pub(crate) fn hostile_report() -> crate::report::Report {
    use crate::diagnosis::{Code, Finding};
    use crate::facts::Facts;
    use crate::model::tls::{CertSummary, ChainEntry, TlsInfo};
    use crate::report::{Parts, Report};
    use crate::stage::{Stage, StageOutcome};
    use crate::target::{DiagnoseRequest, Protocol, RequestEcho};
    use crate::transcript::{Direction, Line};

    let request = DiagnoseRequest::new(Protocol::Imap, "mail.example.com");
    let outcomes = vec![
        StageOutcome::from_findings(
            Stage::Tls,
            "Secured \x1b[2J",
            vec![
                Finding::new(Code::TlsCertNameMismatch)
                    .with("certificate covers", "<b>other.example.com</b>"),
            ],
        ),
        StageOutcome::from_findings(
            Stage::Protocol,
            "greeted: \x1b]0;owned\x07<script>x</script>",
            vec![Finding::new(Code::ServerSlowResponse).with("server said", "\x1b[31m\"quoted\"")],
        ),
    ];
    let certificate = CertSummary {
        subject: "CN=<img src=x onerror=alert(1)>".into(),
        names: vec!["other.example.com".into(), "*.example.net".into()],
        issuer: "CN=Test CA".into(),
        chain: vec![ChainEntry {
            subject: "CN=leaf".into(),
            issuer: "CN=Test CA".into(),
            not_after: "2030".into(),
        }],
        ..CertSummary::default()
    };
    let facts = Facts {
        certificate: Some(certificate),
        tls: Some(TlsInfo {
            version: "TLSv1.3".into(),
            cipher: "TLS13_AES_128_GCM_SHA256".into(),
            mode: "implicit".into(),
            verified: false,
        }),
        provider: None,
        software: None,
        ..Facts::default()
    };
    Report::assemble(Parts {
        request: RequestEcho::from(&request),
        target: None,
        outcomes,
        facts,
        transcript: vec![Line {
            dir: Direction::Server,
            at_ms: 12,
            text: "* OK <script>alert(1)</script>".into(),
        }],
        started_at: String::new(),
        duration_ms: 0,
        secrets: Vec::new(),
        alternatives: None,
        request_id: None,
        lang: crate::i18n::Lang::En,
    })
}
