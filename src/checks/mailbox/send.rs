//! The send check (SMTP, opt-in), reported in the mailbox stage: after a sign-in that worked,
//! may this account send from this address?
//!
//! ```text
//! MAIL FROM:<sender> [SIZE=n]   the sender; SIZE only when the server advertises SIZE
//! RCPT TO:<recipient>           the recipient (default: the sender itself)
//! RSET                          always, whatever was answered
//! ```
//!
//! `DATA` is never sent, so nothing is ever delivered: the check asks only whether the server
//! would take this envelope from this account. Every refusal goes through the one classifier
//! ([`Phase::Send`]): sender not permitted, relay denied, sending limit, account blocked,
//! message size, recipient refused, temporary trouble, or the server's own words. The
//! advertised `SIZE` limit is reported, with a warning when it is smaller than common
//! attachments need. Some servers (Microsoft 365) check "send as" only once the message is
//! sent: the accepted finding says so for them.

use std::time::Instant;

use serde_json::{Value, json};

use super::Budget;
use crate::checks::Ctx;
use crate::checks::answers::{self, About};
use crate::checks::auth::SignedIn;
use crate::checks::classify::Phase;
use crate::diagnosis::{Code, Finding};
use crate::i18n::Text;
use crate::net::client::smtp::SmtpCut;
use crate::net::client::{Client, Cut};
use crate::proto;
use crate::proto::smtp::Reply;
use crate::stage::{Stage, StageOutcome};
use crate::target::Target;

/// The size declared with `MAIL FROM` when the server advertises `SIZE`: a short message, so
/// the check asks about the sender, not about a size limit.
pub const DECLARED_SIZE: u64 = 1_024;

/// A `SIZE` limit under this many bytes gets `send.size_limit_small` (photos and documents
/// often make a message larger; providers take 20–35 MB).
pub const SMALL_LIMIT: u64 = 10_000_000;

/// Longest address accepted for the check (RFC 5321 §4.5.3.1: 254 in practice).
const MAX_ADDRESS: usize = 254;

/// Longest server text quoted.
const QUOTE: usize = 300;

/// The sender and recipient of the check, or why there is none.
fn envelope(target: &Target) -> Result<(String, String), Finding> {
    let from_user = target.credentials.as_ref().map(|c| c.username.clone()).filter(|u| u.contains('@'));
    let Some(sender) = target.options.send_from.clone().or(from_user) else {
        return Err(Finding::new(Code::SendNoSender));
    };
    let recipient = target.options.send_to.clone().unwrap_or_else(|| sender.clone());
    for (what, address) in [("sender", &sender), ("recipient", &recipient)] {
        if !usable(address) {
            return Err(Finding::new(Code::SendNoSender).with(what, proto::printable(address, QUOTE)));
        }
    }
    Ok((sender.trim().to_owned(), recipient.trim().to_owned()))
}

/// An address that can go between `<` and `>` on one command line.
fn usable(address: &str) -> bool {
    let a = address.trim();
    !a.is_empty()
        && a.len() <= MAX_ADDRESS
        && a.contains('@')
        && !a.chars().any(|c| c.is_control() || c.is_whitespace() || matches!(c, '<' | '>'))
}

/// Runs the send check over a signed-in SMTP session.
#[tracing::instrument(skip_all, fields(stage = "mailbox", check = "send"))]
pub async fn run(ctx: &Ctx, target: &Target, client: &mut Client, signed_in: &SignedIn) -> StageOutcome {
    let started = Instant::now();
    let mut findings = signed_in.notices.clone();
    let size_limit = signed_in.capabilities.size_limit;
    if let Some(limit) = size_limit.filter(|l| *l < SMALL_LIMIT) {
        findings.push(
            Finding::new(Code::SendSizeLimitSmall).with("largest message the server takes", megabytes(limit)),
        );
    }
    let (sender, recipient) = match envelope(target) {
        Ok(pair) => pair,
        Err(finding) => {
            findings.push(finding);
            let detail = Text::new("detail-send-no-sender");
            return outcome(started, detail, findings, json!({ "size_limit": size_limit }));
        }
    };
    let budget = Budget::new(ctx);
    client.set_deadline(Some(budget.deadline));
    let about =
        About { caps: &signed_in.capabilities, greeting: None, tls_active: client.is_tls(), oauth: false };
    let mail = match size_limit {
        Some(_) => format!("MAIL FROM:<{sender}> SIZE={DECLARED_SIZE}"),
        None => format!("MAIL FROM:<{sender}>"),
    };
    let mut said = Vec::new();
    let mut refused = None;
    for (command, line) in [("MAIL FROM", mail), ("RCPT TO", format!("RCPT TO:<{recipient}>"))] {
        match client.smtp().command(&line).await {
            Ok(reply) if reply.code.get() / 100 == 2 => said.push(quote(command, &reply)),
            Ok(reply) => {
                said.push(quote(command, &reply));
                let classified = answers::verdict(ctx, Phase::Send, &answers::smtp(&reply), about);
                refused = Some((
                    command,
                    answers::findings_or(classified, Code::SendRefusedUnclassified, &reply.text()),
                ));
                break;
            }
            Err(e) => {
                let answer = answers::smtp_error(&e);
                said.push(json!({ "command": command, "error": e.to_string() }));
                let classified = answers::verdict(ctx, Phase::Send, &answer, about);
                let fallback = if matches!(e.cut, SmtpCut::Cut(Cut::Deadline)) {
                    Code::ServerSlowResponse
                } else {
                    Code::SendRefusedUnclassified
                };
                refused = Some((command, answers::findings_or(classified, fallback, &e.lines.join(" "))));
                break;
            }
        }
    }
    // Always cancel the transaction; nothing was sent either way.
    let reset = client.smtp().command("RSET").await.map(|r| r.code.get()).ok();
    client.set_deadline(None);
    let data = json!({
        "sender": sender,
        "recipient": recipient,
        "size_limit": size_limit,
        "declared_size": size_limit.map(|_| DECLARED_SIZE),
        "answers": said,
        "reset": reset,
        "data_sent": false,
    });
    let detail = match &refused {
        None => {
            let mut accepted = Finding::new(Code::SendAccepted)
                .with("sender", sender.clone())
                .with("recipient", recipient.clone());
            if let Some(limit) = size_limit {
                accepted = accepted.with("largest message the server takes", megabytes(limit));
            }
            findings.push(accepted);
            Text::new("detail-send-accepted").arg("sender", &sender).arg("recipient", &recipient)
        }
        Some((command, refusal)) => {
            findings.extend(refusal.iter().cloned());
            Text::new("detail-send-refused")
                .arg("command", command)
                .arg("sender", &sender)
                .arg("recipient", &recipient)
        }
    };
    outcome(started, detail, findings, data)
}

fn outcome(started: Instant, detail: Text, findings: Vec<Finding>, data: Value) -> StageOutcome {
    let mut outcome = StageOutcome::from_findings(Stage::Mailbox, detail, findings).with_data(data);
    outcome.duration = started.elapsed();
    outcome
}

fn quote(command: &str, reply: &Reply) -> Value {
    json!({ "command": command, "code": reply.code.get(), "answer": proto::printable(&reply.text(), QUOTE) })
}

/// "35.0 MB (35,882,577 bytes)".
fn megabytes(bytes: u64) -> String {
    #[allow(clippy::cast_precision_loss)]
    let mb = bytes as f64 / 1_000_000.0;
    format!("{mb:.1} MB ({bytes} bytes)")
}

/// The mailbox stage for SMTP without a sign-in: the check was asked for, but a submission
/// port passes mail on only after sign-in, so a refusal would prove nothing.
pub fn needs_sign_in(target: &Target) -> StageOutcome {
    if target.credentials.is_some() {
        return StageOutcome::skipped(Stage::Mailbox, Text::new("detail-send-signin-failed"));
    }
    let detail = Text::new("detail-send-needs-signin");
    StageOutcome::from_findings(Stage::Mailbox, detail, vec![Finding::new(Code::SendNeedsSignin)])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_addresses_go_on_the_command_line() {
        assert!(usable("alice@example.test"));
        for bad in
            ["", "alice", "a@b>\r\nDATA", "a b@example.test", "<a@b>", &format!("{}@x", "a".repeat(260))]
        {
            assert!(!usable(bad), "{bad:?}");
        }
    }

    #[test]
    fn sizes_read_in_megabytes_and_bytes() {
        assert_eq!(megabytes(35_882_577), "35.9 MB (35882577 bytes)");
        assert_eq!(megabytes(10_240_000), "10.2 MB (10240000 bytes)");
    }
}
