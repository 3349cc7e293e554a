//! The CLI's text rendering of a report: verdict, stage timeline, findings with numbered
//! steps and evidence, and the settings that should work.
//!
//! It only reads the [`Report`]. Colour (ANSI) is used only when the caller says so (the CLI
//! asks for it on a terminal without `NO_COLOR`); server-provided text is stripped of control
//! characters so a hostile greeting cannot drive the terminal.

use std::fmt::Write as _;

use crate::alternatives::Alternatives;
use crate::diagnosis::{Severity, Verdict};
use crate::i18n::Lang;
use crate::report::{FindingReport, Report, SettingsRow, SuggestedSettings};
use crate::stage::StageStatus;

/// How to draw.
#[derive(Clone, Copy, Debug, Default)]
pub struct Style {
    /// Use ANSI colours.
    pub colour: bool,
    /// The language of the words (the report's own texts are re-worded in it).
    pub lang: Lang,
}

impl Style {
    fn paint(self, ansi: &str, text: &str) -> String {
        if self.colour { format!("\x1b[{ansi}m{text}\x1b[0m") } else { text.to_owned() }
    }

    fn bold(self, text: &str) -> String {
        self.paint("1", text)
    }

    fn for_verdict(self, verdict: Verdict, text: &str) -> String {
        let ansi = match verdict {
            Verdict::Ok => "1;32",
            Verdict::Warning => "1;33",
            Verdict::Error => "1;31",
        };
        self.paint(ansi, text)
    }

    fn for_status(self, status: StageStatus, text: &str) -> String {
        let ansi = match status {
            StageStatus::Pass => "32",
            StageStatus::Warn => "33",
            StageStatus::Fail => "31",
            StageStatus::Skip => "2",
        };
        self.paint(ansi, text)
    }
}

/// The glyph for a verdict.
pub const fn verdict_glyph(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Ok => "✓",
        Verdict::Warning => "⚠",
        Verdict::Error => "✗",
    }
}

/// The glyph for a finding's severity.
pub const fn severity_glyph(severity: Severity) -> &'static str {
    match severity {
        Severity::Info => "ℹ",
        Severity::Warning => "⚠",
        Severity::Error => "✗",
    }
}

/// Renders a report for a terminal.
pub fn render(report: &Report, style: Style) -> String {
    let localised = report.in_lang(style.lang);
    let report = &localised;
    let mut out = String::new();
    let verdict = format!("{} {}", verdict_glyph(report.verdict), clean(&report.summary));
    let _ = writeln!(out, "{}\n", style.for_verdict(report.verdict, &verdict));
    stages(&mut out, report, style);
    findings(&mut out, report, style);
    if let Some(settings) = &report.suggested_settings {
        suggested(&mut out, settings, style);
    }
    if let Some(tried) = &report.alternatives {
        alternatives(&mut out, tried, style);
    }
    out
}

fn stages(out: &mut String, report: &Report, style: Style) {
    let _ = writeln!(out, "{}", style.bold(&style.lang.t("report-stages")));
    for s in &report.stages {
        let glyph = style.for_status(s.status, s.status.glyph());
        let time =
            if s.status == StageStatus::Skip { String::new() } else { format!("{} ms", s.duration_ms) };
        let _ = writeln!(out, "  {glyph} {:<9} {:>8}  {}", s.name.name(), time, clean(&s.detail));
    }
    out.push('\n');
}

fn findings(out: &mut String, report: &Report, style: Style) {
    let primary = report.primary_finding();
    if let Some(f) = primary {
        let _ = writeln!(out, "{}", style.bold(&style.lang.t("report-fix-first")));
        finding(out, f, style);
    }
    let others: Vec<&FindingReport> =
        report.findings.iter().filter(|f| Some(f.code) != report.primary).collect();
    if !others.is_empty() {
        let heading = if primary.is_some() { "report-other-findings" } else { "report-findings" };
        let _ = writeln!(out, "{}", style.bold(&style.lang.t(heading)));
        for f in others {
            finding(out, f, style);
        }
    }
}

fn finding(out: &mut String, f: &FindingReport, style: Style) {
    let glyph = severity_glyph(f.severity);
    let _ =
        writeln!(out, "  {glyph} {}  [{}, {}]", style.bold(&clean(&f.title)), f.code.id(), f.severity.name());
    if !f.explanation.trim().is_empty() {
        let _ = writeln!(out, "    {}", clean(&f.explanation));
    }
    for (i, step) in f.remedy.iter().enumerate() {
        let _ = writeln!(out, "    {}. {}", i + 1, clean(step));
    }
    if !f.evidence.is_empty() {
        let _ = writeln!(out, "    {}", style.lang.t("report-evidence"));
        for e in &f.evidence {
            let _ =
                writeln!(out, "      {}: {}", clean(&style.lang.evidence_label(&e.label)), clean(&e.value));
        }
    }
    out.push('\n');
}

fn suggested(out: &mut String, settings: &SuggestedSettings, style: Style) {
    let lang = style.lang;
    let _ = writeln!(out, "{}", style.bold(&lang.t("settings-title")));
    let width =
        settings.rows.iter().map(|r| lang.t(super::role_id(r.protocol)).chars().count()).max().unwrap_or(0);
    let verified: Vec<&SettingsRow> = settings.verified().collect();
    let suggested: Vec<&SettingsRow> = settings.suggested().collect();
    if !verified.is_empty() {
        let _ = writeln!(out, "  {}:", lang.t("settings-verified"));
        if settings.note.is_some() {
            let _ = writeln!(out, "    {}", lang.t("settings-sign-in-note"));
        }
        for r in verified {
            settings_row(out, r, width, lang);
        }
    }
    if !suggested.is_empty() {
        let heading = if settings.verified().next().is_some() {
            "settings-also-suggested"
        } else {
            "settings-suggested"
        };
        let _ = writeln!(out, "  {}:", lang.t(heading));
        for r in suggested {
            settings_row(out, r, width, lang);
        }
    }
}

fn settings_row(out: &mut String, r: &SettingsRow, width: usize, lang: Lang) {
    let _ = writeln!(
        out,
        "    {:<width$}  {}  {}  {}  {}",
        lang.t(super::role_id(r.protocol)),
        clean(&r.host),
        lang.t_with("cli-port", &[("port", &r.port.to_string())]),
        r.security.label(),
        lang.t_with("cli-username", &[("username", &clean(&super::row_username(r, lang)))]),
        width = width
    );
    let from = super::found_from(r, lang);
    let checked = super::checked_words(r, lang);
    let from = if from.is_empty() {
        String::new()
    } else {
        format!(" · {}", lang.t_with("cli-found-from", &[("from", &from)]))
    };
    let _ = writeln!(out, "    {:<width$}  {checked}{from}", "", width = width);
    if let Some(note) = &r.note {
        let _ = writeln!(out, "    {:<width$}  {}", "", clean(note), width = width);
    }
}

fn alternatives(out: &mut String, alternatives: &Alternatives, style: Style) {
    let _ = writeln!(out, "\n{}", style.bold(&style.lang.t("alternatives-title")));
    let _ = writeln!(out, "  {}", super::alternatives_summary(alternatives, style.lang));
    for a in &alternatives.tried {
        let glyph = if a.verified { style.paint("32", "✓") } else { style.paint("2", "·") };
        let _ = writeln!(
            out,
            "  {glyph} {}  {} ms  {}: {}",
            clean(&a.describe_in(style.lang)),
            a.duration_ms,
            style.lang.t(a.outcome.message_id()),
            clean(&a.detail)
        );
    }
}

pub use crate::proto::text::clean;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn server_text_cannot_reorder_or_break_the_terminal_line() {
        // "* OK mail.example.com" shown reversed by a right-to-left override, a fake second line.
        let hostile = "* OK \u{202E}moc.elpmaxe.liam\u{202C} ready\u{2028}✔ verdict: ok\u{1b}[2J";
        let shown = clean(hostile);
        assert_eq!(shown, "* OK moc.elpmaxe.liam ready✔ verdict: ok[2J");
        assert!(clean("Grüße 你好 ✔").contains("你好"), "ordinary text is kept");
    }

    #[test]
    fn server_text_cannot_drive_the_terminal_and_the_primary_comes_first_with_numbered_steps() {
        let report = crate::render::hostile_report();
        let out = render(&report, Style { colour: false, lang: Lang::En });
        assert!(!out.contains('\u{1b}') && !out.contains('\u{7}'), "{out:?}");
        let heading_at = out.find("What to fix first").expect("primary section");
        let primary_at = out.find("[tls.cert_name_mismatch, error]").expect("primary shown");
        let other_at = out.find("[server.slow_response").expect("other finding shown");
        assert!(heading_at < primary_at && primary_at < other_at, "{out}");
        let fix = &out[primary_at..other_at];
        assert!(fix.contains("    1. "), "{out}");
        assert!(
            out.contains("certificate covers: <b>other.example.com</b>"),
            "evidence shown as is on a terminal"
        );
    }

    #[test]
    fn colour_is_added_only_when_asked() {
        let report = crate::render::hostile_report();
        assert!(render(&report, Style { colour: true, lang: Lang::En }).contains("\u{1b}[1;31m"));
    }
}
