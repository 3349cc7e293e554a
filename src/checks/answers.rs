//! Every server answer goes through the one classifier: the adapter from the client layer's
//! typed answers (`net::client`) to the classifier's [`Answer`], and the one way stages ask it.
//!
//! Stages call [`verdict`] with the [`Phase`] the answer came in (greeting, capability
//! request, STARTTLS, sign-in, after sign-in, logout) and what the run knows (capabilities,
//! greeting, TLS, provider). What the classifier says is what the stage reports; this module
//! holds no word lists. [`placed`] drops the classifier's catch-all
//! (`auth.failed_unclassified`) where a refusal outside the sign-in has a finding of the
//! stage's own that says it better (a refused STARTTLS, a refused `STATUS` for one folder).

use super::Ctx;
use super::classify::{self, Answer, Classification, Input, Phase};
use crate::diagnosis::{Code, Finding};
use crate::net::client::imap::{self as imap_client, ImapError};
use crate::net::client::pop3::{Pop3Error, Reply as Pop3Reply};
use crate::net::client::smtp::SmtpError;
use crate::proto::{Capabilities, imap, smtp};
use crate::target::Protocol;

/// What the run knows besides the answer.
#[derive(Clone, Copy, Debug)]
pub struct About<'a> {
    /// The capabilities read so far (none before they were read).
    pub caps: &'a Capabilities,
    /// The greeting's first line, when one was read.
    pub greeting: Option<&'a str>,
    /// The connection is encrypted.
    pub tls_active: bool,
    /// The sign-in used an OAuth2 access token, not a password.
    pub oauth: bool,
}

/// Asks the classifier about `answer`, received in `phase`.
pub fn verdict(ctx: &Ctx, phase: Phase, answer: &Answer, about: About<'_>) -> Option<Classification> {
    let provider = ctx.facts().provider.map(|p| p.id.as_str());
    let mut input = Input::new(phase, answer);
    input.capabilities = about.caps;
    input.provider = provider;
    input.greeting = about.greeting;
    input.tls_active = about.tls_active;
    input.oauth = about.oauth;
    classify::classify(&input)
}

/// The classification unless it is the catch-all, which says only "refused, for a reason not
/// recognised".
pub fn placed(classification: Option<Classification>) -> Option<Classification> {
    classification.filter(|c| c.primary != Code::AuthFailedUnclassified)
}

/// The findings of a classification, or `fallback` with the server's words when there is
/// none.
pub fn findings_or(classification: Option<Classification>, fallback: Code, said: &str) -> Vec<Finding> {
    match classification {
        Some(c) => c.findings(),
        None => vec![Finding::new(fallback).with("server said", crate::proto::printable(said, 600))],
    }
}

/// A greeting: IMAP's untagged status stands in for the tagged one (a greeting is the end of
/// the server's first "answer"), POP3's status line, SMTP's reply.
pub fn greeting(protocol: Protocol, lines: &[String]) -> Answer {
    match (protocol, lines.split_first()) {
        (Protocol::Imap, Some((first, rest))) => {
            Answer::Imap { untagged: rest.to_vec(), tagged: imap::parse_status(first) }
        }
        _ => Answer::from_lines(protocol, lines),
    }
}

/// True when `answer` refuses: IMAP not `OK`/`PREAUTH` (or ended by `* BYE`), POP3 `-ERR`,
/// SMTP 4xx/5xx, or no status at all.
pub fn refuses(answer: &Answer) -> bool {
    match answer {
        Answer::Imap { untagged, tagged } => {
            let bye =
                untagged.iter().any(|l| imap::parse_status(l).is_some_and(|s| s.cond == imap::Cond::Bye));
            bye || !tagged.as_ref().is_some_and(|s| matches!(s.cond, imap::Cond::Ok | imap::Cond::Preauth))
        }
        Answer::Pop3 { status, .. } => !status.as_ref().is_some_and(|s| s.ok),
        Answer::Smtp { reply, .. } => reply.as_ref().is_none_or(|r| r.code.is_negative()),
    }
}

/// An IMAP answer: its untagged lines and the first tagged status.
pub fn imap(answer: &imap_client::Answer) -> Answer {
    let untagged = answer.untagged.iter().map(|l| l.text.clone()).collect();
    Answer::Imap { untagged, tagged: answer.status().cloned() }
}

/// An IMAP answer with only its untagged conditions (`* OK [ALERT] …`, `* NO …`, `* BYE …`)
/// and the tagged status `done`: what a successful command also said.
pub fn imap_conditions(answer: &imap_client::Answer, done: Option<&imap::Status>) -> Answer {
    let untagged = answer.conditions().map(|l| l.text.clone()).collect();
    Answer::Imap { untagged, tagged: done.cloned() }
}

/// What an IMAP answer that ended early said (the `* BYE` line included).
pub fn imap_error(error: &ImapError) -> Answer {
    imap(&error.answer)
}

/// A POP3 status line.
pub fn pop3(reply: &Pop3Reply) -> Answer {
    Answer::Pop3 { status: Some(reply.status.clone()), other: Vec::new() }
}

/// What a POP3 answer that ended early said.
pub fn pop3_error(error: &Pop3Error) -> Answer {
    Answer::from_lines(Protocol::Pop3, &error.lines)
}

/// An SMTP reply.
pub fn smtp(reply: &smtp::Reply) -> Answer {
    Answer::Smtp { reply: Some(reply.clone()), other: Vec::new() }
}

/// What an SMTP reply that ended early said (its lines, reply lines or not).
pub fn smtp_error(error: &SmtpError) -> Answer {
    Answer::from_lines(Protocol::Smtp, &error.lines)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn greetings_refuse_by_their_status_not_by_their_words() {
        let table: &[(Protocol, &str, bool)] = &[
            (Protocol::Imap, "* OK Dovecot ready.", false),
            (Protocol::Imap, "* PREAUTH welcome", false),
            (Protocol::Imap, "* BYE Server is shutting down", true),
            (Protocol::Imap, "* NO Service unavailable", true),
            (Protocol::Pop3, "+OK ready", false),
            (Protocol::Pop3, "-ERR [SYS/TEMP] Server busy", true),
            (Protocol::Smtp, "220 mx.example ESMTP", false),
            (Protocol::Smtp, "421 4.7.0 too many connections", true),
            (Protocol::Smtp, "554 5.7.1 No SMTP service here", true),
        ];
        for (protocol, line, refusal) in table {
            assert_eq!(refuses(&greeting(*protocol, &[(*line).to_owned()])), *refusal, "{line}");
        }
    }
}
