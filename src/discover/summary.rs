//! From candidates and probe outcomes to the settings table: one row per service (incoming
//! IMAP, incoming POP, outgoing SMTP), confirmed or suggested, with provenance, plus the
//! disagreements between sources.

use super::model::{Claim, ProbeOutcome, Row, RowStatus, SourceKind, Tried, UsernameForm};
use crate::i18n::{Lang, Text};
use crate::target::{Protocol, Security};

/// The services, in table order.
pub const SERVICES: [Protocol; 3] = [Protocol::Imap, Protocol::Pop3, Protocol::Smtp];

/// The row for `protocol`, if any candidate deserves one.
pub fn row(protocol: Protocol, tried: &[Tried], lang: Lang) -> Option<Row> {
    let mine: Vec<&Tried> = tried.iter().filter(|t| t.candidate.protocol == protocol).collect();
    let rank = |t: &&&Tried| (t.candidate.best_source(), security_rank(t.candidate.security));
    let confirmed = mine.iter().filter(|t| t.outcome == ProbeOutcome::Confirmed).min_by_key(rank);
    let sourced = mine.iter().filter(|t| !t.candidate.guessed_only()).min_by_key(rank);
    let answering = mine.iter().filter(|t| t.outcome.answered()).min_by_key(rank);
    let (best, status) = match (confirmed, sourced, answering) {
        (Some(t), _, _) => (*t, RowStatus::Confirmed),
        (None, Some(t), _) => (*t, RowStatus::Suggested),
        (None, None, Some(t)) => (*t, RowStatus::Suggested),
        (None, None, None) => return None,
    };
    let c = &best.candidate;
    let note = match best.outcome {
        ProbeOutcome::Confirmed => None,
        ProbeOutcome::Unencrypted => Some(lang.t("discover-note-unencrypted")),
        other => Some(
            Text::new("discover-note-not-confirmed")
                .arg_message("outcome", other.message_id())
                .arg("detail", &best.detail)
                .in_lang(lang),
        ),
    };
    let security = if best.outcome == ProbeOutcome::Unencrypted { Security::None } else { c.security };
    Some(Row {
        protocol,
        role: lang.t(protocol.role_id()),
        host: c.host.clone(),
        port: c.port,
        security,
        username: username(&mine, best),
        requires_auth: true,
        auth_methods: best.auth_methods.clone(),
        status,
        note,
        sources: c.claims.clone(),
        diagnose_url: diagnose_url(protocol, &c.host, c.port, security),
    })
}

const fn security_rank(security: Security) -> u8 {
    match security {
        Security::Tls => 0,
        Security::Starttls => 1,
        Security::None => 2,
    }
}

/// The row's user-name form: the candidate's, else any other source's for this service, else
/// the full address (what most providers expect).
fn username(mine: &[&Tried], best: &Tried) -> UsernameForm {
    best.candidate
        .username
        .clone()
        .or_else(|| mine.iter().find_map(|t| t.candidate.username.clone()))
        .unwrap_or(UsernameForm::FullAddress)
}

/// The diagnosis form with this row filled in: protocol, host, port and security only.
pub fn diagnose_url(protocol: Protocol, host: &str, port: u16, security: Security) -> String {
    let host: String =
        host.chars().filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':')).collect();
    format!("/?protocol={}&host={host}&port={port}&security={}", protocol.name(), security.name())
}

/// Where sources disagree: each source's first choice for a service, when they differ.
pub fn disagreements(tried: &[Tried], lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    for protocol in SERVICES {
        let mut firsts: Vec<(SourceKind, String)> = Vec::new();
        for t in tried.iter().filter(|t| t.candidate.protocol == protocol) {
            for Claim { source, .. } in &t.candidate.claims {
                if *source != SourceKind::Guess && !firsts.iter().any(|(s, _)| s == source) {
                    firsts.push((*source, t.candidate.describe_in(lang)));
                }
            }
        }
        firsts.sort();
        let differ = firsts.windows(2).any(|w| w[0].1 != w[1].1);
        if differ {
            let said: Vec<String> = firsts
                .iter()
                .map(|(s, d)| {
                    Text::new("discover-source-says").arg_message("source", s.message_id()).arg("setting", d)
                })
                .map(|t| t.in_lang(lang))
                .collect();
            let role = lang.t(protocol.role_id());
            out.push(lang.t_with("discover-disagreement", &[("role", &role), ("said", &said.join("; "))]));
        }
    }
    out
}
