//! The HTML rendering of the form and of a report (askama templates in `templates/`).
//!
//! This module owns the view models: small structs that say what each page shows, built from a
//! [`Report`] (which it only reads) or from what was typed into the form. Every string from a
//! server or a person goes through askama's HTML escaping; the one text marked safe is the
//! report fragment, which is askama's own escaped output placed into the layout.
//! The password is never part of a view model, so it cannot be echoed back.
//!
//! The report is rendered once as a fragment ([`report_fragment`]): the no-JavaScript page
//! wraps it in the layout, and the live page receives the very same fragment over SSE, so
//! both show exactly the same thing. The static assets (one stylesheet, one script) are
//! compiled in here too, with a content hash as their cache-busting version.

use std::sync::OnceLock;

use askama::Template;

use crate::i18n::Lang;

use super::settings::{self, AlternativeView, SettingsRowView};
use crate::diagnosis::Verdict;
use crate::model::tls::CertSummary;
use crate::model::tls::TlsInfo;
use crate::model::{Protocol, SecurityChoice};
use crate::providers::Provider;
use crate::report::{FindingReport, Report, StageReport};
use crate::stage::StageStatus;
use crate::transcript::Direction;

/// The one stylesheet (light and dark).
pub const STYLE_CSS: &str = include_str!("../../static/style.css");

/// The one script: live progress, provider shortcuts, port/security following the protocol,
/// copy and download. The pages work without it.
pub const APP_JS: &str = include_str!("../../static/app.js");

/// The assets' version: a hash of their bytes, appended to their URLs (`?v=`), so they can be
/// cached for a year and a changed file is never served stale.
pub fn asset_version() -> &'static str {
    static VERSION: OnceLock<String> = OnceLock::new();
    VERSION.get_or_init(|| {
        // FNV-1a, 64 bits: stable across builds and platforms (unlike std's hasher).
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for byte in STYLE_CSS.bytes().chain(APP_JS.bytes()) {
            hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
        format!("{hash:016x}")
    })
}

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
    /// Ticket reference (help desks).
    pub ticket: String,
    /// SMTP send check ticked.
    pub send_test: bool,
    /// Its sender.
    pub send_from: String,
    /// Its recipient.
    pub send_to: String,
    /// "Test the connection limit" was ticked.
    pub test_limits: bool,
    /// "Send my password even without encryption" was ticked.
    pub allow_insecure_auth: bool,
    /// "Send my password even if the certificate is not trusted" was ticked.
    pub trust_certificate: bool,
    /// The provider whose settings were filled in (`gmail`), if any.
    pub provider: String,
    /// Problems to show.
    pub errors: Vec<FieldError>,
}

/// A "I use Gmail" shortcut: the provider's servers, carried in `data-` attributes so the
/// script can fill the form in place; without the script the link reloads the form filled.
#[derive(Clone, Debug)]
pub struct Shortcut {
    /// Provider id (`gmail`).
    pub id: &'static str,
    /// Provider name (`Gmail`).
    pub name: &'static str,
    /// `host port security` for IMAP, POP and SMTP (empty when the provider has none).
    pub imap: String,
    /// As `imap`, for POP.
    pub pop3: String,
    /// As `imap`, for SMTP.
    pub smtp: String,
}

/// The providers offered as shortcuts, in this order.
const SHORTCUTS: [&str; 8] =
    ["gmail", "outlook", "microsoft365", "yahoo", "icloud", "aol", "fastmail", "gmx"];

/// The shortcut buttons under the form's first question.
pub fn shortcuts() -> Vec<Shortcut> {
    let server = |p: &Provider, protocol: Protocol| {
        p.server(protocol).map(|s| format!("{} {} {}", s.host, s.port, s.security.name())).unwrap_or_default()
    };
    SHORTCUTS
        .iter()
        .filter_map(|id| Provider::by_id(id))
        .map(|p| Shortcut {
            id: p.id.as_str(),
            name: p.name.as_str(),
            imap: server(p, Protocol::Imap),
            pop3: server(p, Protocol::Pop3),
            smtp: server(p, Protocol::Smtp),
        })
        .collect()
}

impl FormView {
    /// The form with `provider`'s server for `protocol` filled in (the no-script shortcut).
    /// Unknown providers leave the form empty.
    pub fn for_provider(provider: &str, protocol: &str) -> FormView {
        let protocol_value = match protocol {
            "pop3" | "pop" => Protocol::Pop3,
            "smtp" => Protocol::Smtp,
            _ => Protocol::Imap,
        };
        let mut view = FormView { protocol: protocol_value.name().to_owned(), ..FormView::default() };
        let Some(p) = Provider::by_id(provider).filter(|p| SHORTCUTS.contains(&p.id.as_str())) else {
            return view;
        };
        if let Some(server) = p.server(protocol_value) {
            view.host = server.host.clone();
            view.port = server.port.to_string();
            view.security = server.security.name().to_owned();
        }
        view.provider = p.id.clone();
        view
    }

    /// The error message for `field`, if any.
    pub fn error_for(&self, field: &str) -> Option<&str> {
        self.errors.iter().find(|e| e.field == field).map(|e| e.message.as_str())
    }

    /// True for the field that gets the focus: the first one with an error.
    pub fn focus(&self, field: &str) -> bool {
        self.errors.first().is_some_and(|e| e.field == field)
    }

    /// True for the protocol radio that gets the focus when the protocol is the first error:
    /// the checked one, or the first when none is.
    pub fn focus_protocol(&self, value: &str) -> bool {
        let checked = self.protocols().into_iter().find(|c| c.checked).map_or("imap", |c| c.value);
        self.focus("protocol") && value == checked
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
    /// The provider shortcuts.
    pub shortcuts: Vec<Shortcut>,
    /// Asset version.
    pub version: &'static str,
    /// The page's language.
    pub lang: Lang,
}

impl IndexPage<'_> {
    /// A protocol or security choice's label in the page's language.
    pub fn choice(&self, value: &str) -> String {
        self.lang.t(&format!("choice-{value}"))
    }
}

/// One transcript line as shown.
#[derive(Clone, Debug)]
pub struct LineView<'a> {
    /// `C`, `S` or `·`.
    pub who: &'static str,
    /// Spelled out for screen readers: the message id of "maildoctor sent".
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
    /// What, in the page's language.
    pub label: String,
    /// The value as given.
    pub value: String,
}

/// The report itself, without the layout: what the no-script page wraps and what the live
/// page receives over SSE.
#[derive(Debug, Template)]
#[template(path = "_report.html")]
pub struct ReportFragment<'a> {
    /// The report.
    pub report: &'a Report,
    /// `ok`, `warning` or `error` (the banner's class).
    pub verdict_class: &'static str,
    /// The banner heading.
    pub verdict_heading: String,
    /// The first thing to fix.
    pub primary: Option<&'a FindingReport>,
    /// Every other finding.
    pub others: Vec<&'a FindingReport>,
    /// Stages in order.
    pub stages: &'a [StageReport],
    /// The settings verified working (empty when none).
    pub verified: Vec<SettingsRowView<'a>>,
    /// The settings only suggested (empty when none).
    pub suggested: Vec<SettingsRowView<'a>>,
    /// How the verified ones were verified (never by signing in).
    pub settings_note: Option<String>,
    /// Every alternative tried, and the line that sums them up.
    pub alternatives: Vec<AlternativeView<'a>>,
    /// "4 alternatives tried in 120 ms (no sign-in), 2 verified."
    pub alternatives_summary: String,
    /// The certificate.
    pub certificate: Option<&'a CertSummary>,
    /// TLS version and cipher.
    pub tls: Option<&'a TlsInfo>,
    /// The transcript.
    pub transcript: Vec<LineView<'a>>,
    /// The request as given (no password).
    pub request: Vec<EchoRow>,
    /// The plain-text summary for a help-desk ticket.
    pub ticket: String,
    /// The report JSON as a `data:` URL, so "Download JSON" works without the script.
    pub json_href: String,
    /// The language of the words (the report's own texts are already in it).
    pub lang: Lang,
}

impl<'a> ReportFragment<'a> {
    /// The fragment for `report`, whose texts are in `lang` ([`Report::in_lang`]).
    pub fn new(report: &'a Report, lang: Lang) -> Self {
        let (verdict_class, heading_id) = verdict_words(report);
        ReportFragment {
            report,
            verdict_class,
            verdict_heading: lang.t(heading_id),
            primary: report.primary_finding(),
            others: report.findings.iter().filter(|f| Some(f.code) != report.primary).collect(),
            stages: &report.stages,
            verified: settings::rows(report, true, lang),
            suggested: settings::rows(report, false, lang),
            settings_note: report
                .suggested_settings
                .as_ref()
                .and_then(|s| s.note)
                .map(|_| lang.t("settings-sign-in-note")),
            alternatives: report
                .alternatives
                .as_ref()
                .map(|a| settings::alternatives(a, lang))
                .unwrap_or_default(),
            alternatives_summary: report
                .alternatives
                .as_ref()
                .map(|a| super::alternatives_summary(a, lang))
                .unwrap_or_default(),
            certificate: report.certificate.as_ref(),
            tls: report.tls.as_ref(),
            transcript: report.transcript.iter().map(line_view).collect(),
            request: echo_rows(report, lang),
            ticket: ticket_text(report, lang),
            json_href: json_href(report),
            lang,
        }
    }

    /// The message id of a finding's severity badge.
    pub fn severity_id(&self, finding: &FindingReport) -> &'static str {
        match finding.severity {
            crate::diagnosis::Severity::Error => "severity-error",
            crate::diagnosis::Severity::Warning => "severity-warning",
            crate::diagnosis::Severity::Info => "severity-info",
        }
    }

    /// The message id of a stage's status, for screen readers.
    pub fn status_id(&self, stage: &StageReport) -> &'static str {
        match stage.status {
            StageStatus::Pass => "status-pass",
            StageStatus::Warn => "status-warn",
            StageStatus::Fail => "status-fail",
            StageStatus::Skip => "status-skip",
        }
    }

    /// The message id of a stage's title ("Looking up the server name").
    pub fn stage_id(&self, stage: &StageReport) -> &'static str {
        stage_title_id(stage.name)
    }
}

/// The report page: the layout around an already rendered (and escaped) [`ReportFragment`].
#[derive(Debug, Template)]
#[template(path = "report.html")]
pub struct ReportPage<'a> {
    /// The banner heading, for the title.
    pub verdict_heading: &'a str,
    /// The fragment's HTML (askama's escaped output; inserted as is).
    pub fragment: &'a str,
    /// Asset version.
    pub version: &'static str,
    /// The saved report's link, its deletion token (only for the person who ran it, right
    /// after the run) and whether saving failed.
    pub saved: SavedView<'a>,
    /// The page's language.
    pub lang: Lang,
}

/// The share section alone (`_share.html`, which the report page includes): the live page
/// gets it after the streamed report, so it offers the same link, copy button, comparison
/// box and deletion button as the page without the script.
#[derive(Debug, Template)]
#[template(path = "_share.html")]
pub struct ShareSection<'a> {
    /// What is known about saving.
    pub saved: SavedView<'a>,
    /// The page's language.
    pub lang: Lang,
}

/// The share section's HTML for `saved` (empty when the service does not save reports).
pub fn share_section(saved: SavedView<'_>, lang: Lang) -> Result<String, askama::Error> {
    ShareSection { saved, lang }.render()
}

/// What the report page says about saving.
#[derive(Debug, Default)]
pub struct SavedView<'a> {
    /// `/r/{id}`.
    pub link: Option<&'a str>,
    /// The one-time deletion token, shown to the person who ran the check.
    pub delete_token: Option<&'a str>,
    /// Days the report is kept.
    pub days: u32,
    /// "Run from the help desk's service" or "Run from the user's own computer (maildoctor 0.9.0)".
    pub vantage: Option<String>,
    /// The ticket reference it was saved with.
    pub ticket: Option<&'a str>,
    /// The store could not take it.
    pub failed: bool,
}

/// The message id of a stage's title ("Looking up the server name").
pub const fn stage_title_id(stage: crate::stage::Stage) -> &'static str {
    use crate::stage::Stage;
    match stage {
        Stage::Input => "stage-input",
        Stage::Dns => "stage-dns",
        Stage::Tcp => "stage-tcp",
        Stage::Tls => "stage-tls",
        Stage::Protocol => "stage-protocol",
        Stage::Auth => "stage-auth",
        Stage::Mailbox => "stage-mailbox",
        Stage::Limits => "stage-limits",
    }
}

/// The banner's class and the message id of its heading.
fn verdict_words(report: &Report) -> (&'static str, &'static str) {
    match report.verdict {
        Verdict::Ok => ("ok", "verdict-ok"),
        Verdict::Warning => ("warning", "verdict-warning"),
        Verdict::Error => ("error", "verdict-error"),
    }
}

/// The summary a person pastes into a help-desk ticket: what was checked, then the terminal
/// rendering (plain, no colour, control characters removed).
fn ticket_text(report: &Report, lang: Lang) -> String {
    let r = &report.request;
    let port = r.port.as_ref().map_or_else(|| lang.t("ticket-standard-port"), ToString::to_string);
    let mut lines = vec![
        lang.t_with("ticket-heading", &[("started", &report.started_at)]),
        lang.t_with(
            "ticket-checked",
            &[("protocol", r.protocol.map_or("?", |p| p.label())), ("host", &r.host), ("port", &port)],
        ),
    ];
    if let Some(id) = &report.request_id {
        // Leads from the ticket to the service's log lines for this diagnosis.
        lines.push(lang.t_with("ticket-request-id", &[("id", id)]));
    }
    if let Some(link) = &report.share {
        lines.push(lang.t_with("ticket-saved", &[("link", link)]));
    }
    if let Some(ticket) = &r.ticket {
        lines.push(lang.t_with("report-ticket", &[("ticket", ticket)]));
    }
    let mut text = lines.join("\n");
    text.push_str("\n\n");
    text.push_str(&super::text::render(report, super::text::Style { colour: false, lang }));
    text
}

fn json_href(report: &Report) -> String {
    use base64::Engine as _;
    let json = serde_json::to_vec_pretty(report).unwrap_or_default();
    format!("data:application/json;base64,{}", base64::engine::general_purpose::STANDARD.encode(json))
}

fn line_view(line: &crate::transcript::Line) -> LineView<'_> {
    let (who, who_long, class) = match line.dir {
        Direction::Client => ("C", "who-client", "client"),
        Direction::Server => ("S", "who-server", "server"),
        Direction::Note => ("·", "who-note", "note"),
    };
    LineView { who, who_long, class, at_ms: line.at_ms, text: &line.text }
}

fn echo_rows(report: &Report, lang: Lang) -> Vec<EchoRow> {
    let r = &report.request;
    let security = match r.security {
        None | Some(SecurityChoice::Auto) => lang.t("request-automatic"),
        Some(SecurityChoice::Tls) => "SSL/TLS".to_owned(),
        Some(SecurityChoice::Starttls) => "STARTTLS".to_owned(),
        Some(SecurityChoice::None) => lang.t("request-no-security"),
    };
    let none = || lang.t("request-none");
    let or_none = |v: &Option<String>| v.clone().filter(|s| !s.is_empty()).unwrap_or_else(none);
    let row = |id: &str, value: String| EchoRow { label: lang.t(id), value };
    vec![
        row("request-protocol", r.protocol.map_or_else(none, |p| p.label().to_owned())),
        row("request-server", r.host.clone()),
        row(
            "request-port",
            r.port.as_ref().map_or_else(|| lang.t("request-standard-port"), ToString::to_string),
        ),
        row("request-security", security),
        row("request-username", or_none(&r.username)),
        row(
            "request-password",
            lang.t(if r.password_given { "request-password-given" } else { "request-password-not-given" }),
        ),
        row("request-email", or_none(&r.email)),
        row("request-options", options_text(&r.options, lang)),
    ]
}

fn options_text(o: &crate::target::Options, lang: Lang) -> String {
    let ticked: Vec<String> = [
        (o.test_limits, "option-test-limits"),
        (o.allow_insecure_auth, "option-insecure-auth"),
        (o.trust_certificate, "option-trust-certificate"),
    ]
    .into_iter()
    .filter(|(on, _)| *on)
    .map(|(_, id)| lang.t(id))
    .collect();
    if ticked.is_empty() { lang.t("request-none") } else { ticked.join(", ") }
}

/// Renders the form page.
pub fn index_page(form: &FormView, lang: Lang) -> Result<String, askama::Error> {
    IndexPage { form, shortcuts: shortcuts(), version: asset_version(), lang }.render()
}

/// Renders the report without the layout (the live page's fragment), in `lang`: the report's
/// own texts are re-worded from its codes ([`Report::in_lang`]), whatever language it was
/// made in.
pub fn report_fragment(report: &Report, lang: Lang) -> Result<String, askama::Error> {
    let report = report.in_lang(lang);
    ReportFragment::new(&report, lang).render()
}

/// Renders the report page.
pub fn report_page(report: &Report, lang: Lang) -> Result<String, askama::Error> {
    let fragment = report_fragment(report, lang)?;
    let verdict_heading = heading(report, lang);
    ReportPage {
        verdict_heading: &verdict_heading,
        fragment: &fragment,
        version: asset_version(),
        saved: SavedView::default(),
        lang,
    }
    .render()
}

/// The report page around a stored fragment, with what is known about saving.
pub fn saved_page(
    verdict_heading: &str,
    fragment: &str,
    saved: SavedView<'_>,
    lang: Lang,
) -> Result<String, askama::Error> {
    ReportPage { verdict_heading, fragment, version: asset_version(), saved, lang }.render()
}

/// The banner heading of a report (the page title), in `lang`.
pub fn heading(report: &Report, lang: Lang) -> String {
    lang.t(verdict_words(report).1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_certificate_section_shows_names_issuer_and_chain_all_escaped() {
        let report = crate::render::hostile_report();
        let html = report_fragment(&report, Lang::En).expect("renders");
        assert!(!html.contains("<img") && !html.contains("<script") && !html.contains("<b>"), "{html}");
        let page = report_page(&report, Lang::En).expect("renders");
        assert!(page.contains(&html), "the page wraps exactly the fragment");
        assert_eq!(page.matches("<script").count(), 1, "only the page's own script");
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
        let html = index_page(&form, Lang::En).expect("renders");
        assert!(!html.contains("\"><script>"));
        assert!(html.contains(r#"value="pop3" aria-describedby="protocol-hint" checked"#));
        assert!(html.contains(r#"aria-describedby="port-hint port-error" aria-invalid="true""#), "{html}");
        assert!(html.contains(r##"<li><a href="#port">Type a number</a></li>"##));
    }
}
