//! Renderers: turn a finished [`crate::report::Report`] into text or HTML. They only read it.
//!
//! The few phrasings both faces share (how a settings row reads) live here, so the terminal
//! and the web page say the same thing.

pub mod desk;
pub mod html;
pub mod settings;
pub mod text;

use crate::model::Security;
use crate::report::{RowStatus, SettingsRow};

/// "Requires SSL" as the settings table says it (the words of provider help pages).
pub const fn requires_ssl(security: Security) -> &'static str {
    match security {
        Security::Tls => "Yes (SSL/TLS)",
        Security::Starttls => "Yes (STARTTLS)",
        Security::None => "No",
    }
}

/// The user-name form of a settings row in plain words (`full address` → "Your full e-mail
/// address"); `None` means the row does not change it.
pub fn username_form(form: Option<&str>) -> String {
    match form {
        Some("full address") => "Your full e-mail address".to_owned(),
        Some(other) => other.to_owned(),
        None => "unchanged (the one you use now)".to_owned(),
    }
}

/// The user name of a row in plain words: its form when known; for a verified row without one,
/// that sign-in was not tried there (maildoctor signs in only with the settings given).
pub fn row_username(row: &SettingsRow) -> String {
    match (row.status, row.username.as_deref()) {
        (RowStatus::Verified, None) => "unchanged (sign-in was not tried here)".to_owned(),
        (_, form) => username_form(form),
    }
}

/// Where a row comes from, in plain words ("SRV record, standard port").
pub fn found_from(row: &SettingsRow) -> String {
    let mut labels: Vec<&str> = row.sources.iter().map(|p| p.source.label()).collect();
    labels.dedup();
    labels.join(", ")
}

/// "Verified: answered in 42 ms" or "Not verified".
pub fn checked_words(row: &SettingsRow) -> String {
    match (row.status, row.duration_ms) {
        (RowStatus::Verified, Some(ms)) => format!("Verified: answered in {ms} ms"),
        (RowStatus::Verified, None) => "Verified".to_owned(),
        (RowStatus::Suggested, _) => "Not verified".to_owned(),
    }
}

/// "4 alternatives tried in 120 ms, 2 verified working."
pub fn alternatives_summary(alternatives: &crate::alternatives::Alternatives) -> String {
    let tried = alternatives.tried.len();
    let verified = alternatives.verified().count();
    let plural = if tried == 1 { "" } else { "s" };
    format!(
        "{tried} alternative{plural} tried in {} ms (without signing in), {verified} verified working.",
        alternatives.duration_ms
    )
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
    })
}
