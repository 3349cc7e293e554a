//! The HTML rendering of the form and of a report (askama templates in `templates/`).
//!
//! This module owns the view models: small structs that say what each page shows, built from a
//! [`Report`] (which it only reads) or from what was typed into the form. Every string from a
//! server or a person goes through askama's HTML escaping; nothing here marks text as safe.
//! The password is never part of a view model, so it cannot be echoed back.

use askama::Template;

use crate::checks::TlsInfo;
use crate::checks::cert::CertSummary;
use crate::diagnosis::Verdict;
use crate::report::{FindingReport, Report, StageReport, SuggestedSettings};
use crate::target::SecurityChoice;
use crate::transcript::Direction;

/// The version string appended to the stylesheet URL, so a new release is not served stale.
pub const ASSET_VERSION: &str = env!("CARGO_PKG_VERSION");

/// One radio button or select option.
#[derive(Clone, Debug)]
pub struct Choice {
    /// The submitted value.
    pub value: &'static str,
    /// What people read.
    pub label: &'static str,
    /// Whether it is selected.
    pub checked: bool,
}

/// A problem with one form field, shown next to it.
#[derive(Clone, Debug)]
pub struct FieldError {
    /// The field's `name`/`id`.
    pub field: &'static str,
    /// What to do about it, in plain words.
    pub message: String,
}

/// What the form shows: the values typed so far (never the password) and any errors.
#[derive(Clone, Debug, Default)]
pub struct FormView {
    /// `imap`, `pop3` or `smtp`.
    pub protocol: String,
    /// Server as typed.
    pub host: String,
    /// Port as typed.
    pub port: String,
    /// `auto`, `tls`, `starttls` or `none`.
    pub security: String,
    /// User name as typed.
    pub username: String,
    /// E-mail address as typed.
    pub email: String,
    /// Problems to show.
    pub errors: Vec<FieldError>,
}

impl FormView {
    /// The error message for `field`, if any.
    pub fn error_for(&self, field: &str) -> Option<&str> {
        self.errors.iter().find(|e| e.field == field).map(|e| e.message.as_str())
    }

    /// The protocol choices with the current one checked (IMAP when none is).
    pub fn protocols(&self) -> Vec<Choice> {
        let current = if self.protocol.is_empty() { "imap" } else { self.protocol.as_str() };
        [("imap", "Receive mail — IMAP"), ("pop3", "Receive mail — POP"), ("smtp", "Send mail — SMTP")]
            .into_iter()
            .map(|(value, label)| Choice { value, label, checked: value == current })
            .collect()
    }

    /// The security choices with the current one selected (Automatic when none is).
    pub fn securities(&self) -> Vec<Choice> {
        let current = if self.security.is_empty() { "auto" } else { self.security.as_str() };
        [("auto", "Automatic"), ("tls", "SSL/TLS"), ("starttls", "STARTTLS"), ("none", "None (unencrypted)")]
            .into_iter()
            .map(|(value, label)| Choice { value, label, checked: value == current })
            .collect()
    }

    /// The `aria-describedby` value for `field`: its hint, plus its error when it has one.
    pub fn described_by(&self, field: &str) -> String {
        match self.error_for(field) {
            Some(_) => format!("{field}-hint {field}-error"),
            None => format!("{field}-hint"),
        }
    }
}

/// The form page.
#[derive(Debug, Template)]
#[template(path = "index.html")]
pub struct IndexPage<'a> {
    /// The form.
    pub form: &'a FormView,
    /// Stylesheet version.
    pub version: &'static str,
}

/// One transcript line as shown.
#[derive(Clone, Debug)]
pub struct LineView<'a> {
    /// `C`, `S` or `·`.
    pub who: &'static str,
    /// Spelled out for screen readers ("maildoctor sent").
    pub who_long: &'static str,
    /// CSS class.
    pub class: &'static str,
    /// Milliseconds since the start.
    pub at_ms: u64,
    /// The text.
    pub text: &'a str,
}

/// One row of "the request as given".
#[derive(Clone, Debug)]
pub struct EchoRow {
    /// What.
    pub label: &'static str,
    /// The value as given.
    pub value: String,
}

/// One row of the "settings that should work" table, in the words of the table.
#[derive(Clone, Debug)]
pub struct SettingsRowView<'a> {
    /// "Incoming mail (IMAP) server".
    pub role: &'a str,
    /// Server name.
    pub host: &'a str,
    /// Port.
    pub port: u16,
    /// "Yes (SSL/TLS)", "Yes (STARTTLS)" or "No".
    pub requires_ssl: &'static str,
    /// "Yes" or "No".
    pub requires_sign_in: &'static str,
    /// The user-name form in plain words.
    pub username: String,
}

/// The report page.
#[derive(Debug, Template)]
#[template(path = "report.html")]
pub struct ReportPage<'a> {
    /// The report.
    pub report: &'a Report,
    /// `ok`, `warning` or `error` (the banner's class).
    pub verdict_class: &'static str,
    /// The banner heading.
    pub verdict_heading: &'static str,
    /// The first thing to fix.
    pub primary: Option<&'a FindingReport>,
    /// Every other finding.
    pub others: Vec<&'a FindingReport>,
    /// Stages in order.
    pub stages: &'a [StageReport],
    /// The settings table (empty when maildoctor knows no better settings).
    pub settings: Vec<SettingsRowView<'a>>,
    /// The certificate.
    pub certificate: Option<&'a CertSummary>,
    /// TLS version and cipher.
    pub tls: Option<&'a TlsInfo>,
    /// The transcript.
    pub transcript: Vec<LineView<'a>>,
    /// The request as given (no password).
    pub request: Vec<EchoRow>,
    /// Stylesheet version.
    pub version: &'static str,
}

impl<'a> ReportPage<'a> {
    /// The page for `report`.
    pub fn new(report: &'a Report) -> Self {
        let (verdict_class, verdict_heading) = match report.verdict {
            Verdict::Ok => ("ok", "No problems found"),
            Verdict::Warning => ("warning", "It works, but something should change"),
            Verdict::Error => ("error", "It does not work yet"),
        };
        ReportPage {
            report,
            verdict_class,
            verdict_heading,
            primary: report.primary_finding(),
            others: report.findings.iter().filter(|f| Some(f.code) != report.primary).collect(),
            stages: &report.stages,
            settings: report.suggested_settings.as_ref().map(settings_rows).unwrap_or_default(),
            certificate: report.certificate.as_ref(),
            tls: report.tls.as_ref(),
            transcript: report.transcript.iter().map(line_view).collect(),
            request: echo_rows(report),
            version: ASSET_VERSION,
        }
    }
}

fn settings_rows(settings: &SuggestedSettings) -> Vec<SettingsRowView<'_>> {
    settings
        .rows
        .iter()
        .map(|r| SettingsRowView {
            role: &r.role,
            host: &r.host,
            port: r.port,
            requires_ssl: super::requires_ssl(r.security),
            requires_sign_in: if r.requires_authentication { "Yes" } else { "No" },
            username: super::username_form(r.username.as_deref()),
        })
        .collect()
}

fn line_view(line: &crate::transcript::Line) -> LineView<'_> {
    let (who, who_long, class) = match line.dir {
        Direction::Client => ("C", "maildoctor sent", "client"),
        Direction::Server => ("S", "the server said", "server"),
        Direction::Note => ("·", "note", "note"),
    };
    LineView { who, who_long, class, at_ms: line.at_ms, text: &line.text }
}

fn echo_rows(report: &Report) -> Vec<EchoRow> {
    let r = &report.request;
    let security = match r.security {
        None | Some(SecurityChoice::Auto) => "Automatic",
        Some(SecurityChoice::Tls) => "SSL/TLS",
        Some(SecurityChoice::Starttls) => "STARTTLS",
        Some(SecurityChoice::None) => "None",
    };
    let or_none = |v: &Option<String>| v.clone().filter(|s| !s.is_empty()).unwrap_or_else(|| "(none)".into());
    vec![
        EchoRow { label: "Protocol", value: r.protocol.label().to_owned() },
        EchoRow { label: "Server", value: r.host.clone() },
        EchoRow { label: "Port", value: r.port.clone().unwrap_or_else(|| "(standard)".into()) },
        EchoRow { label: "Security", value: security.to_owned() },
        EchoRow { label: "User name", value: or_none(&r.username) },
        EchoRow {
            label: "Password",
            value: if r.password_given { "given (not shown)" } else { "not given" }.into(),
        },
        EchoRow { label: "E-mail address", value: or_none(&r.email) },
    ]
}

/// Renders the form page.
pub fn index_page(form: &FormView) -> Result<String, askama::Error> {
    IndexPage { form, version: ASSET_VERSION }.render()
}

/// Renders the report page.
pub fn report_page(report: &Report) -> Result<String, askama::Error> {
    ReportPage::new(report).render()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_certificate_section_shows_names_issuer_and_chain_all_escaped() {
        let report = crate::render::hostile_report();
        let html = report_page(&report).expect("renders");
        assert!(!html.contains("<img") && !html.contains("<script") && !html.contains("<b>"), "{html}");
        assert!(html.contains("CN=&#60;img src=x onerror=alert(1)&#62;"));
        assert!(html.contains("<summary>Certificate</summary>"));
        assert!(
            html.contains("<code>other.example.com</code>") && html.contains("<code>*.example.net</code>")
        );
        assert!(html.contains("TLSv1.3, TLS13_AES_128_GCM_SHA256"));
        assert!(html.contains("Chain as sent by the server"));
        assert!(html.contains("+12 ms"));
    }

    #[test]
    fn a_re_rendered_form_keeps_what_was_typed_and_marks_the_error() {
        let form = FormView {
            protocol: "pop3".into(),
            host: "\"><script>".into(),
            errors: vec![FieldError { field: "port", message: "Type a number".into() }],
            ..FormView::default()
        };
        let html = index_page(&form).expect("renders");
        assert!(!html.contains("\"><script>"));
        assert!(html.contains(r#"value="pop3" aria-describedby="protocol-hint" checked"#));
        assert!(html.contains(r#"aria-describedby="port-hint port-error" aria-invalid="true""#), "{html}");
        assert!(html.contains(r##"<li><a href="#port">Type a number</a></li>"##));
    }
}
