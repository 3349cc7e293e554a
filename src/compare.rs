//! Two reports of the same server side by side — typically one run by the help desk's service
//! and one run on the user's own computer (`maildoctor check --share`) — and what their
//! difference means: "works from here, fails from the user's network: their network blocks
//! port 993" is a diagnosis neither report can make alone (docs/STORE.md).
//!
//! The reading is stage by stage: the first stage that passes on one side and fails on the
//! other names where the two networks differ; a different certificate seen from one side is
//! something on that network intercepting encrypted connections.

use crate::diagnosis::Verdict;
use crate::i18n::{Lang, Text};
use crate::model::Stage;
use crate::report::Report;
use crate::stage::StageStatus;

/// One side of the comparison.
#[derive(Clone, Copy, Debug)]
pub struct Side<'a> {
    /// The report.
    pub report: &'a Report,
    /// Who ran it, in words that fit a sentence in the reading's language ("the help desk's
    /// service", "the user's computer": `compare-who-desk`, `compare-who-user`).
    pub who: &'a str,
}

/// One stage on both sides.
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct StageRow {
    /// The stage.
    pub stage: Stage,
    /// Its status on the left (`None`: not in that report).
    pub left: Option<StageStatus>,
    /// Its status on the right.
    pub right: Option<StageStatus>,
}

impl StageRow {
    /// True when the two sides ended this stage differently.
    pub fn differs(&self) -> bool {
        self.left != self.right
    }
}

/// What the two reports say together.
#[derive(Clone, Debug)]
pub struct Comparison {
    /// The settings that differ between the two requests ("port: 993 / 143"); empty when
    /// both checked the same thing.
    pub settings_differ: Vec<String>,
    /// Every stage, both sides.
    pub stages: Vec<StageRow>,
    /// The reading, in plain sentences, most important first.
    pub reading: Vec<String>,
}

/// Compares `left` and `right`; the reading is in `lang`.
pub fn compare(left: Side<'_>, right: Side<'_>, lang: Lang) -> Comparison {
    let differences = settings_differ(left.report, right.report);
    let stages = Stage::ALL
        .into_iter()
        .map(|stage| StageRow { stage, left: status(left.report, stage), right: status(right.report, stage) })
        .filter(|row| row.left.is_some() || row.right.is_some())
        .collect::<Vec<_>>();
    let settings_differ: Vec<String> = differences.iter().map(|t| t.in_lang(lang)).collect();
    let mut reading = Vec::new();
    if !settings_differ.is_empty() {
        reading.push(lang.t_with(
            "compare-settings-differ",
            &[("differences", &settings_differ.join("; ")), ("left", left.who), ("right", right.who)],
        ));
    }
    if let Some(intercepted) = interception(left, right, lang) {
        reading.push(intercepted);
    }
    match stages.iter().find(|row| works(row.left) != works(row.right)) {
        Some(row) => {
            let (good, bad) = if works(row.left) { (left, right) } else { (right, left) };
            reading.push(explain(row.stage, good, bad, lang));
        }
        None if left.report.verdict == right.report.verdict => reading.push(
            Text::new("compare-same-ending")
                .arg_message("verdict", verdict_id(left.report.verdict))
                .arg("who", right.who)
                .in_lang(lang),
        ),
        None => {}
    }
    Comparison { settings_differ, stages, reading }
}

const fn verdict_id(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Ok => "verdict-ok",
        Verdict::Warning => "verdict-warning",
        Verdict::Error => "verdict-error",
    }
}

fn status(report: &Report, stage: Stage) -> Option<StageStatus> {
    report.stages.iter().find(|s| s.name == stage).map(|s| s.status)
}

/// Passed (perhaps with a warning) — the stage did its job.
fn works(status: Option<StageStatus>) -> bool {
    matches!(status, Some(StageStatus::Pass | StageStatus::Warn))
}

/// The settings the two requests differ in ("port: 993 / 143").
fn settings_differ(a: &Report, b: &Report) -> Vec<Text> {
    let mut out = Vec::new();
    let (ta, tb) = (a.target.as_ref(), b.target.as_ref());
    let pair = |id: &str, x: String, y: String, out: &mut Vec<Text>| {
        if x != y {
            out.push(Text::new(id).arg("left", x).arg("right", y));
        }
    };
    match (ta, tb) {
        (Some(x), Some(y)) => {
            pair(
                "compare-differ-protocol",
                x.protocol.label().to_owned(),
                y.protocol.label().to_owned(),
                &mut out,
            );
            pair("compare-differ-server", x.host.to_ascii_lowercase(), y.host.to_ascii_lowercase(), &mut out);
            pair("compare-differ-port", x.port.to_string(), y.port.to_string(), &mut out);
            pair(
                "compare-differ-security",
                x.security.label().to_owned(),
                y.security.label().to_owned(),
                &mut out,
            );
        }
        _ => pair(
            "compare-differ-server",
            a.request.host.to_ascii_lowercase(),
            b.request.host.to_ascii_lowercase(),
            &mut out,
        ),
    }
    if a.request.username != b.request.username {
        out.push(Text::new("compare-differ-username"));
    }
    out
}

/// One side saw another certificate than the other, and that one is not trusted: something on
/// that side's network re-encrypts the connection.
fn interception(left: Side<'_>, right: Side<'_>, lang: Lang) -> Option<String> {
    let (a, b) = (left.report.certificate.as_ref()?, right.report.certificate.as_ref()?);
    if a.serial == b.serial && a.issuer == b.issuer {
        return None;
    }
    let trusted = |s: Side<'_>| s.report.tls.as_ref().is_some_and(|t| t.verified);
    let (seen_by, other_side, cert, other) = match (trusted(left), trusted(right)) {
        (true, false) => (right, left, b, a),
        (false, true) => (left, right, a, b),
        _ => return None,
    };
    Some(lang.t_with(
        "compare-interception",
        &[
            ("seen", seen_by.who),
            ("issuer", &cert.issuer),
            ("other", other_side.who),
            ("other_issuer", &other.issuer),
        ],
    ))
}

fn explain(stage: Stage, good: Side<'_>, bad: Side<'_>, lang: Lang) -> String {
    let host = good.report.target.as_ref().map_or(good.report.request.host.as_str(), |t| t.host.as_str());
    let port = good.report.target.as_ref().map(|t| t.port).unwrap_or_default();
    let why = bad.report.primary.map(|c| format!(" ({c})")).unwrap_or_default();
    let id = match stage {
        Stage::Input => "compare-input",
        Stage::Dns => "compare-dns",
        Stage::Tcp => "compare-tcp",
        Stage::Tls => "compare-tls",
        Stage::Protocol => "compare-protocol",
        Stage::Auth => "compare-auth",
        Stage::Mailbox | Stage::Limits => "compare-later",
    };
    lang.t_with(
        id,
        &[("good", good.who), ("bad", bad.who), ("host", host), ("port", &port.to_string()), ("why", &why)],
    )
}
