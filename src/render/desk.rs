//! The help desk's pages over saved reports: `/compare` (two reports side by side, with what
//! their difference means) and `/desk` (recent reports, filters, and a chart of primary
//! findings per hour drawn here as SVG — no chart library, nothing fetched).

use askama::Template;

use super::html::asset_version;
use crate::compare::{Comparison, StageRow};
use crate::report::Report;
use crate::stage::StageStatus;
use crate::store::{Count, Listed};

/// One column of the comparison.
#[derive(Debug)]
pub struct Column<'a> {
    /// `/r/{id}`.
    pub link: String,
    /// "Run from the user's own computer (maildoctor 0.9.0)".
    pub vantage: String,
    /// The report.
    pub report: &'a Report,
}

impl Column<'_> {
    /// "imap.example.com port 993 (SSL/TLS)", or the host as typed.
    pub fn target(&self) -> String {
        match &self.report.target {
            Some(t) => format!("{} {} port {} ({})", t.protocol.label(), t.host, t.port, t.security.label()),
            None => self.report.request.host.clone(),
        }
    }

    /// The primary finding's title, if any.
    pub fn primary_title(&self) -> Option<&str> {
        let code = self.report.primary?;
        self.report.findings.iter().find(|f| f.code == code).map(|f| f.title.as_str())
    }
}

/// `/compare`.
#[derive(Debug, Template)]
#[template(path = "compare.html")]
pub struct ComparePage<'a> {
    /// Cache-busting version of the assets.
    pub version: &'static str,
    /// Left.
    pub left: Column<'a>,
    /// Right.
    pub right: Column<'a>,
    /// The reading.
    pub comparison: &'a Comparison,
    /// The page's language (its chrome).
    pub lang: crate::i18n::Lang,
}

impl ComparePage<'_> {
    /// A stage's title in the page's language.
    pub fn stage_title(&self, stage: &crate::stage::Stage) -> String {
        self.lang.t(super::html::stage_title_id(*stage))
    }

    /// A status as a word with its glyph ("✓ Done"), in the page's language.
    pub fn word(&self, status: &Option<StageStatus>) -> String {
        let (glyph, id) = match status {
            Some(StageStatus::Pass) => ("✓", "status-pass"),
            Some(StageStatus::Warn) => ("!", "status-warn"),
            Some(StageStatus::Fail) => ("✗", "status-fail"),
            Some(StageStatus::Skip) => ("–", "status-skip"),
            None => return "—".to_owned(),
        };
        format!("{glyph} {}", self.lang.t(id))
    }

    /// The CSS class of a status.
    pub fn class(status: &Option<StageStatus>) -> &'static str {
        match status {
            Some(StageStatus::Pass) => "pass",
            Some(StageStatus::Warn) => "warn",
            Some(StageStatus::Fail) => "fail",
            Some(StageStatus::Skip) | None => "skip",
        }
    }

    /// Both columns, left first.
    pub fn columns(&self) -> [&Column<'_>; 2] {
        [&self.left, &self.right]
    }

    /// The rows.
    pub fn rows(&self) -> &[StageRow] {
        &self.comparison.stages
    }
}

/// One row of the desk's table, ready to show.
#[derive(Debug)]
pub struct DeskRow {
    /// `/r/{id}`.
    pub link: String,
    /// "2026-12-03 10:04 UTC".
    pub when: String,
    /// Verdict name.
    pub verdict: String,
    /// Primary code.
    pub primary: String,
    /// Provider id.
    pub provider: String,
    /// Host.
    pub host: String,
    /// Ticket.
    pub ticket: String,
    /// The message id of where it ran ("this service", "the user's computer").
    pub vantage: &'static str,
}

impl From<&Listed> for DeskRow {
    fn from(l: &Listed) -> Self {
        DeskRow {
            link: format!("/r/{}", l.id),
            when: utc(l.created_at),
            verdict: l.verdict.clone(),
            primary: l.primary.clone().unwrap_or_default(),
            provider: l.provider.clone().unwrap_or_default(),
            host: l.host.clone(),
            ticket: l.ticket.clone().unwrap_or_default(),
            vantage: if l.vantage == "user_computer" { "desk-user-computer" } else { "desk-this-service" },
        }
    }
}

/// The filters as typed (shown again in the form).
#[derive(Debug, Default)]
pub struct DeskFilters {
    /// Verdict.
    pub verdict: String,
    /// Primary finding code.
    pub primary: String,
    /// Provider id.
    pub provider: String,
    /// Host.
    pub host: String,
    /// Ticket.
    pub ticket: String,
    /// Vantage.
    pub vantage: String,
}

/// `/desk`.
#[derive(Debug, Template)]
#[template(path = "desk.html")]
pub struct DeskPage<'a> {
    /// Cache-busting version of the assets.
    pub version: &'static str,
    /// The filters.
    pub filters: &'a DeskFilters,
    /// How many reports match.
    pub total: i64,
    /// This page's rows.
    pub rows: Vec<DeskRow>,
    /// The next page's link, when there is one.
    pub older: Option<String>,
    /// The chart (SVG markup made by [`chart`], every text escaped).
    pub chart: String,
    /// The chart's description for screen readers and as a table.
    pub chart_summary: Vec<(String, i64)>,
    /// Hours the chart covers.
    pub hours: i64,
    /// The store could not be read.
    pub failed: bool,
    /// The page's language (its chrome).
    pub lang: crate::i18n::Lang,
}

impl DeskPage<'_> {
    /// A legend entry's name: a finding code as it is, the rest in the page's language.
    pub fn legend_name(&self, code: &str) -> String {
        if code == OTHER_FINDINGS { self.lang.t("desk-other-findings") } else { code.to_owned() }
    }
}

/// The chart's name for the findings beyond the top five.
const OTHER_FINDINGS: &str = "other findings";

/// The desk page.
pub fn desk_page(mut page: DeskPage<'_>) -> Result<String, askama::Error> {
    page.version = asset_version();
    page.render()
}

/// The comparison page.
pub fn compare_page(
    left: Column<'_>,
    right: Column<'_>,
    comparison: &Comparison,
    lang: crate::i18n::Lang,
) -> Result<String, askama::Error> {
    ComparePage { version: asset_version(), left, right, comparison, lang }.render()
}

/// "2026-12-03 10:04 UTC".
pub fn utc(unix: i64) -> String {
    let days = unix.div_euclid(86_400);
    let secs = unix.rem_euclid(86_400);
    let (y, m, d) = civil(days);
    format!("{y:04}-{m:02}-{d:02} {:02}:{:02} UTC", secs / 3600, secs % 3600 / 60)
}

/// Days since 1970-01-01 as a civil date (Howard Hinnant's algorithm; a date crate for this
/// one line of arithmetic would be more than the code it replaces).
fn civil(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// The colours of the chart's series (the five commonest primary findings, then the rest).
const PALETTE: [&str; 6] = ["#b3261e", "#e8710a", "#1a73e8", "#188038", "#9334e6", "#80868b"];

/// A stacked bar per hour of the primary findings in `counts` (from `since`, `hours` bars):
/// the five commonest findings in their own colour, the rest together, passed checks left
/// out (a chart of failures). The SVG and a summary (finding, total) for the legend.
pub fn chart(counts: &[Count], since: i64, hours: i64) -> (String, Vec<(String, i64)>) {
    use std::collections::BTreeMap;
    let mut totals: BTreeMap<&str, i64> = BTreeMap::new();
    for c in counts {
        if let Some(p) = c.primary.as_deref() {
            *totals.entry(p).or_default() += c.count;
        }
    }
    let mut order: Vec<(&str, i64)> = totals.into_iter().collect();
    order.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let top: Vec<&str> = order.iter().take(5).map(|(c, _)| *c).collect();
    let series = |code: &str| top.iter().position(|t| *t == code).unwrap_or(5);
    let hours = hours.max(1);
    let mut bars = vec![[0i64; 6]; usize::try_from(hours).unwrap_or(24)];
    for c in counts {
        let (Some(p), Ok(i)) = (c.primary.as_deref(), usize::try_from((c.bucket - since) / 3600)) else {
            continue;
        };
        if let Some(bar) = bars.get_mut(i) {
            bar[series(p)] += c.count;
        }
    }
    let peak = bars.iter().map(|b| b.iter().sum::<i64>()).max().unwrap_or(0).max(1);
    let (width, height, left, bottom) = (720i64, 200i64, 40i64, 20i64);
    let slot = (width - left) / i64::try_from(bars.len()).unwrap_or(24).max(1);
    let mut svg = format!(
        "<svg class=\"chart\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"chart-title\" xmlns=\"http://www.w3.org/2000/svg\">\
         <title id=\"chart-title\">Primary findings per hour, last {hours} hours</title>\
         <line x1=\"{left}\" y1=\"{y0}\" x2=\"{width}\" y2=\"{y0}\" class=\"axis\"/>\
         <text x=\"{lx}\" y=\"12\" class=\"label\" text-anchor=\"end\">{peak}</text>\
         <text x=\"{lx}\" y=\"{y0}\" class=\"label\" text-anchor=\"end\">0</text>",
        y0 = height - bottom,
        lx = left - 6,
    );
    let plot = height - bottom - 8;
    for (i, bar) in bars.iter().enumerate() {
        let x = left + i64::try_from(i).unwrap_or(0) * slot + 1;
        let mut y = height - bottom;
        for (s, count) in bar.iter().enumerate().filter(|(_, c)| **c > 0) {
            let h = (count * plot / peak).max(1);
            y -= h;
            let name = top.get(s).copied().unwrap_or(OTHER_FINDINGS);
            svg.push_str(&format!(
                "<rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" fill=\"{fill}\"><title>{}: {count}</title></rect>",
                escape(name),
                w = (slot - 2).max(1),
                fill = PALETTE[s],
            ));
        }
        if i % 6 == 0 {
            let at = since + i64::try_from(i).unwrap_or(0) * 3600;
            let label = utc(at);
            svg.push_str(&format!(
                "<text x=\"{x}\" y=\"{ty}\" class=\"label\">{}</text>",
                escape(label.get(11..16).unwrap_or("")),
                ty = height - 4
            ));
        }
    }
    svg.push_str("</svg>");
    let mut summary: Vec<(String, i64)> = order.iter().take(5).map(|(c, n)| ((*c).to_owned(), *n)).collect();
    let rest: i64 = order.iter().skip(5).map(|(_, n)| n).sum();
    if rest > 0 {
        summary.push((OTHER_FINDINGS.to_owned(), rest));
    }
    (svg, summary)
}

/// The colour of the `i`-th legend entry.
pub fn colour(i: &usize) -> &'static str {
    PALETTE.get(*i).copied().unwrap_or(PALETTE[5])
}

/// Text made safe for HTML text and attribute values.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_utc_civil_dates() {
        assert_eq!(utc(0), "1970-01-01 00:00 UTC");
        assert_eq!(utc(1_796_294_400), "2026-12-03 10:40 UTC");
        assert_eq!(utc(951_782_400), "2000-02-29 00:00 UTC");
    }

    #[test]
    fn the_chart_stacks_the_commonest_findings_and_escapes_their_names() {
        let since = 1_796_292_000; // 10:00 UTC, an hour's start
        let c = |h: i64, p: &str, n: i64| Count {
            bucket: since + h * 3600,
            primary: Some(p.to_owned()),
            count: n,
        };
        let counts = vec![c(0, "auth.failed", 3), c(1, "auth.failed", 7), c(1, "tcp.refused<x>", 1)];
        let (svg, summary) = chart(&counts, since, 24);
        assert_eq!(summary, vec![("auth.failed".to_owned(), 10), ("tcp.refused<x>".to_owned(), 1)]);
        assert_eq!(svg.matches("<rect").count(), 3, "{svg}");
        assert!(svg.contains("tcp.refused&lt;x&gt;: 1") && !svg.contains("<x>"), "{svg}");
        assert!(svg.contains(">8</text>"), "the scale's top is the busiest hour: {svg}");
    }
}
