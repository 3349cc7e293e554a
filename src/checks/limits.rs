//! The `limits` stage: the opt-in probe of how many simultaneous sessions the server allows.
//!
//! It never runs unless asked (`options.test_limits`, `--probe-connection-limit`). With the
//! first session still signed in, it opens one more authenticated session at a time — the
//! same tcp → tls → protocol → auth path, to the same vetted address — up to a safe cap
//! (default 20, at most 50), stops at the first refusal, then logs every session out. The
//! result is `limits.connection_limit_measured` (info) with the number allowed and the server's
//! own words. Limit errors met in other stages (a refusal at the greeting, a sign-in answer
//! naming the connection limit) are classified where they happen, by `protocol` and
//! [`super::classify`].

use futures_util::future::join_all;
use serde_json::json;

use super::protocol::{self, Ready};
use super::{Ctx, auth, tcp, tls};
use crate::diagnosis::{Code, Finding};
use crate::i18n::Text;
use crate::net::policy::VettedAddr;
use crate::stage::{Stage, StageOutcome};
use crate::target::Target;

/// Sessions opened when the request names no cap.
pub const DEFAULT_CAP: u16 = 20;
/// The most sessions the probe will ever open.
pub const MAX_CAP: u16 = 50;

/// How one extra session ended.
enum Extra {
    /// Signed in; kept open until the end.
    SignedIn(Box<Ready>),
    /// Refused or failed: the codes raised and the server's words.
    Stopped { codes: Vec<Code>, said: String },
}

/// Runs the probe. `addr` is the address the first session used.
#[tracing::instrument(skip_all, fields(stage = "limits"))]
pub async fn run(ctx: &Ctx, target: &Target, addr: VettedAddr) -> StageOutcome {
    let cap = target.options.connection_limit_cap.unwrap_or(DEFAULT_CAP).clamp(1, MAX_CAP);
    let child = ctx.child();
    let mut open: Vec<Ready> = Vec::new();
    // The diagnosis' own session is signed in already: it counts as the first.
    let mut stopped = None;
    while open.len() + 1 < usize::from(cap) {
        if ctx.remaining().is_zero() {
            stopped = Some((Vec::new(), "the overall time limit ran out".to_owned()));
            break;
        }
        match extra_session(&child, target, addr).await {
            Extra::SignedIn(ready) => open.push(*ready),
            Extra::Stopped { codes, said } => {
                stopped = Some((codes, said));
                break;
            }
        }
    }
    let allowed = open.len() + 1;
    ctx.transcript.note(&format!("connection-limit probe: {allowed} simultaneous sessions signed in"));
    join_all(open.into_iter().map(|ready| protocol::close(&child, target, ready))).await;

    let mut finding = Finding::new(Code::LimitsConnectionLimitMeasured);
    // Only a refusal that names the limit measures it; a timeout or a TLS failure just stops.
    let refused = stopped.as_ref().is_some_and(|(codes, said)| {
        codes.contains(&Code::LimitsTooManyConnections)
            || codes.contains(&Code::ProtocolRejected)
            || server_limit(said).is_some()
    });
    let data = match &stopped {
        Some((codes, said)) if !refused => {
            finding =
                finding.with_words("sessions allowed", Text::new("value-at-least").arg("count", allowed));
            finding = if said.is_empty() {
                finding.with_words("the test stopped", Text::new("value-other-reason"))
            } else {
                finding.with("the test stopped", said.clone())
            };
            json!({ "allowed": allowed, "cap": cap, "stopped_by": codes.iter().map(|c| c.id()).collect::<Vec<_>>(), "said": said, "measured": false })
        }
        Some((codes, said)) => {
            finding = finding.with("sessions allowed", allowed.to_string());
            finding = if said.is_empty() {
                finding.with_words("next session", Text::new("value-refused"))
            } else {
                finding.with("next session", said.clone())
            };
            if let Some(limit) = server_limit(said) {
                finding = finding.with("server limit", limit);
            }
            json!({ "allowed": allowed, "cap": cap, "stopped_by": codes.iter().map(|c| c.id()).collect::<Vec<_>>(), "said": said })
        }
        None => {
            let words = Text::new("value-at-least-cap").arg("count", allowed).arg("cap", cap);
            finding = finding.with_words("sessions allowed", words);
            json!({ "allowed": allowed, "cap": cap, "stopped_by": [] })
        }
    };
    let detail = crate::i18n::Text::new(match &stopped {
        Some(_) if refused => "detail-limits-refused",
        Some(_) => "detail-limits-stopped",
        None => "detail-limits-cap",
    })
    .arg("count", allowed);
    let mut outcome = StageOutcome::from_findings(Stage::Limits, detail, vec![finding]);
    outcome.data = data;
    outcome
}

/// Opens one more signed-in session to `addr`, or says why not.
async fn extra_session(ctx: &Ctx, target: &Target, addr: VettedAddr) -> Extra {
    let stream = match tcp::connect(addr, target.port, ctx.timeouts.connect.min(ctx.remaining())).await {
        Ok(stream) => stream,
        Err(attempt) => return Extra::Stopped { codes: Vec::new(), said: format!("connection {attempt:?}") },
    };
    let secured = tls::run(ctx, target, tcp::Connected { addr, stream }).await;
    let Some(secured) = secured.handoff else { return stopped(&secured.outcome) };
    let ready = protocol::run(ctx, target, secured).await;
    let Some(mut ready) = ready.handoff else { return stopped(&ready.outcome) };
    let signed = auth::run(ctx, target, &mut ready).await;
    if signed.handoff.is_none() {
        let stop = stopped(&signed.outcome);
        protocol::close(ctx, target, ready).await;
        return stop;
    }
    Extra::SignedIn(Box::new(ready))
}

fn stopped(outcome: &StageOutcome) -> Extra {
    let said = outcome
        .findings
        .iter()
        .flat_map(|f| f.evidence.iter())
        .find(|e| e.label == "server said")
        .map(|e| e.value.clone())
        .unwrap_or_else(|| outcome.detail.clone());
    Extra::Stopped { codes: outcome.findings.iter().map(|f| f.code).collect(), said }
}

/// The server's own number, e.g. `mail_max_userip_connections=3` → `3`.
fn server_limit(said: &str) -> Option<String> {
    let (_, after) = said.split_once('=')?;
    let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
    (!digits.is_empty()).then_some(digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_servers_own_number_is_read_from_its_words() {
        let dovecot = "a3 NO [LIMIT] Maximum number of connections from user+IP exceeded (mail_max_userip_connections=3)";
        assert_eq!(server_limit(dovecot).as_deref(), Some("3"));
        assert_eq!(server_limit("* BYE Too many connections"), None);
    }
}
