//! Two reports of the same server side by side — typically one run by the help desk's service
//! and one run on the user's own computer (`maildoctor check --share`) — and what their
//! difference means: "works from here, fails from the user's network: their network blocks
//! port 993" is a diagnosis neither report can make alone (docs/STORE.md).
//!
//! The reading is stage by stage: the first stage that passes on one side and fails on the
//! other names where the two networks differ; a different certificate seen from one side is
//! something on that network intercepting encrypted connections.

use crate::model::Stage;
use crate::report::Report;
use crate::stage::StageStatus;

/// One side of the comparison.
#[derive(Clone, Copy, Debug)]
pub struct Side<'a> {
    /// The report.
    pub report: &'a Report,
    /// Who ran it, in words that fit a sentence ("the help desk's service", "the user's computer").
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

/// Compares `left` and `right`.
pub fn compare(left: Side<'_>, right: Side<'_>) -> Comparison {
    let settings_differ = settings_differ(left.report, right.report);
    let stages = Stage::ALL
        .into_iter()
        .map(|stage| StageRow { stage, left: status(left.report, stage), right: status(right.report, stage) })
        .filter(|row| row.left.is_some() || row.right.is_some())
        .collect::<Vec<_>>();
    let mut reading = Vec::new();
    if !settings_differ.is_empty() {
        reading.push(format!(
            "These two reports did not check the same settings ({}). Compare the settings first: the app on {} may simply be set up differently from {}.",
            settings_differ.join("; "),
            right.who,
            left.who
        ));
    }
    if let Some(intercepted) = interception(left, right) {
        reading.push(intercepted);
    }
    match stages.iter().find(|row| works(row.left) != works(row.right)) {
        Some(row) => {
            let (good, bad) = if works(row.left) { (left, right) } else { (right, left) };
            reading.push(explain(row.stage, good, bad));
        }
        None if left.report.verdict == right.report.verdict => reading.push(format!(
            "Both reports end the same way ({}): the network {} is on makes no difference here.",
            left.report.verdict.name(),
            right.who
        )),
        None => {}
    }
    Comparison { settings_differ, stages, reading }
}

fn status(report: &Report, stage: Stage) -> Option<StageStatus> {
    report.stages.iter().find(|s| s.name == stage).map(|s| s.status)
}

/// Passed (perhaps with a warning) — the stage did its job.
fn works(status: Option<StageStatus>) -> bool {
    matches!(status, Some(StageStatus::Pass | StageStatus::Warn))
}

fn settings_differ(a: &Report, b: &Report) -> Vec<String> {
    let mut out = Vec::new();
    let (ta, tb) = (a.target.as_ref(), b.target.as_ref());
    let pair = |name: &str, x: String, y: String, out: &mut Vec<String>| {
        if x != y {
            out.push(format!("{name}: {x} / {y}"));
        }
    };
    match (ta, tb) {
        (Some(x), Some(y)) => {
            pair("protocol", x.protocol.label().to_owned(), y.protocol.label().to_owned(), &mut out);
            pair("server", x.host.to_ascii_lowercase(), y.host.to_ascii_lowercase(), &mut out);
            pair("port", x.port.to_string(), y.port.to_string(), &mut out);
            pair("security", x.security.label().to_owned(), y.security.label().to_owned(), &mut out);
        }
        _ => {
            pair("server", a.request.host.to_ascii_lowercase(), b.request.host.to_ascii_lowercase(), &mut out)
        }
    }
    if a.request.username != b.request.username {
        out.push("user name differs".to_owned());
    }
    out
}

/// One side saw another certificate than the other, and that one is not trusted: something on
/// that side's network re-encrypts the connection.
fn interception(left: Side<'_>, right: Side<'_>) -> Option<String> {
    let (a, b) = (left.report.certificate.as_ref()?, right.report.certificate.as_ref()?);
    if a.serial == b.serial && a.issuer == b.issuer {
        return None;
    }
    let trusted = |s: Side<'_>| s.report.tls.as_ref().is_some_and(|t| t.verified);
    let (seen_by, cert, other) = match (trusted(left), trusted(right)) {
        (true, false) => (right, b, a),
        (false, true) => (left, a, b),
        _ => return None,
    };
    Some(format!(
        "{} was shown a different certificate (issued by {}) than {} (issued by {}), and it is not trusted: something on that network intercepts encrypted connections — usually an antivirus or security program that \"scans encrypted connections\", or a company proxy. Turn that scanning off for mail, or add the mail server to its exceptions.",
        capitalise(seen_by.who),
        cert.issuer,
        if seen_by.who == left.who { right.who } else { left.who },
        other.issuer
    ))
}

fn explain(stage: Stage, good: Side<'_>, bad: Side<'_>) -> String {
    let host = good.report.target.as_ref().map_or(good.report.request.host.as_str(), |t| t.host.as_str());
    let port =
        good.report.target.as_ref().map_or_else(|| "its port".to_owned(), |t| format!("port {}", t.port));
    let why = bad.report.primary.map(|c| format!(" ({c})")).unwrap_or_default();
    let (g, b) = (good.who, bad.who);
    match stage {
        Stage::Input => format!("The request from {b} could not be checked{why}; the one from {g} could."),
        Stage::Dns => format!(
            "{} can look up {host}; {b} cannot{why}. The DNS server {b} uses (its router, a VPN or a company network) does not answer for this name: restart the router, turn the VPN off, or try another network to confirm.",
            capitalise(g)
        ),
        Stage::Tcp => format!(
            "{} reaches {host} on {port}; {b} does not{why}. Something on the network of {b} blocks {port}: a firewall, an antivirus or security program, or the internet provider. Try another network (a phone's hotspot) to confirm, then allow {port} for the mail app — or use another port from the settings table.",
            capitalise(g)
        ),
        Stage::Tls => format!(
            "{} sets up encryption with {host}; from {b} it fails{why}. Something on that network interferes with encrypted connections (an antivirus that scans them, a company proxy, or a captive portal).",
            capitalise(g)
        ),
        Stage::Protocol => format!(
            "{} gets a mail server's answer on {port}; {b} gets something else{why}. A device or program on that network answers in the server's place (a proxy, a firewall that inspects mail, or a captive portal).",
            capitalise(g)
        ),
        Stage::Auth => format!(
            "Both reach the server, but sign-in works only from {g}{why}. The user name or password typed on {b} is not the same, or the provider refuses sign-ins from that network or place (check the provider's security alerts)."
        ),
        Stage::Mailbox | Stage::Limits => format!(
            "Sign-in works from both; {b} then runs into a problem {g} does not{why}. The report from {b} says what to change."
        ),
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
