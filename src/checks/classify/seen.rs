//! What the rules look at in one answer (`Seen`): refusal or not, the response codes and their
//! class (temporary, permanent), the joined text as quoted and as matched, the provider.

use super::rules::TEMPORARY_CODES;
use super::{Answer, Input, MAX_LINE, Phase, Read, clip, imap_facts, join_bounded, pop3_facts, smtp_facts};
use crate::providers::Provider;

/// What the rules look at, computed once per answer.
#[derive(Debug)]
pub(super) struct Seen<'a> {
    pub(super) input: &'a Input<'a>,
    /// The answer is a refusal (IMAP NO/BAD/BYE or no tagged line, POP3 -ERR, SMTP 4xx/5xx);
    /// at logout a `BYE` is the normal goodbye, not a refusal.
    pub(super) refusal: bool,
    /// Only warnings beside a command that succeeded (IMAP untagged `NO` + tagged `OK`): they
    /// are read for a meaning, but an unknown warning is not reported as a failure.
    pub(super) warning_only: bool,
    /// Upper-case response codes: IMAP/POP3 code atoms, SMTP reply code and enhanced code.
    pub(super) codes: Vec<String>,
    /// A code says "temporary trouble": SMTP 4xx or enhanced 4.x.x, IMAP `[UNAVAILABLE]`,
    /// `[TEMPFAIL]`, `[SERVERBUG]`, POP3 `[SYS/TEMP]`.
    pub(super) temporary_code: bool,
    /// A code says "permanent refusal": SMTP 5xx or enhanced 5.x.x (at the greeting, the
    /// server refuses service for good, whatever words follow).
    pub(super) permanent_code: bool,
    /// The reply as one line, as the server wrote it (bounded).
    pub(super) quote: String,
    /// `quote` lowercased (Unicode), for matching.
    pub(super) hay: String,
    /// The provider id, given or found from the greeting.
    pub(super) provider: Option<&'a str>,
    /// A decoded XOAUTH2 error continuation (`{"status":"400",…}`).
    pub(super) xoauth2: Option<String>,
}

impl<'a> Seen<'a> {
    pub(super) fn new(input: &'a Input<'a>) -> Seen<'a> {
        let Read { refusal, codes, lines, xoauth2, bye_only, warning_only } = match input.answer {
            Answer::Imap { untagged, tagged } => imap_facts(untagged, tagged.as_ref()),
            Answer::Pop3 { status, other } => pop3_facts(status.as_ref(), other),
            Answer::Smtp { reply, other } => smtp_facts(reply.as_ref(), other),
        };
        let refusal = refusal && !(input.phase == Phase::Logout && bye_only);
        let temporary_code = codes.iter().any(|c| is_temporary_code(c));
        let permanent_code =
            codes.iter().any(|c| c.starts_with('5') && c.bytes().all(|b| b.is_ascii_digit() || b == b'.'));
        let quote = join_bounded(&lines);
        let hay = quote.to_lowercase();
        let provider = input.provider.or_else(|| {
            input.greeting.and_then(|g| Provider::by_greeting(clip(g, MAX_LINE))).map(|p| p.id.as_str())
        });
        Seen {
            input,
            refusal,
            warning_only,
            codes,
            temporary_code,
            permanent_code,
            quote,
            hay,
            provider,
            xoauth2,
        }
    }

    pub(super) fn has_code(&self, wanted: &[&str]) -> bool {
        self.codes.iter().any(|c| wanted.contains(&c.as_str()))
    }

    pub(super) fn has_text(&self, wanted: &[&str]) -> bool {
        wanted.iter().any(|w| self.hay.contains(w))
    }
}

/// SMTP 4xx (`421`, `454`), enhanced 4.x.x (`4.3.0`), or a temporary IMAP/POP3 code.
fn is_temporary_code(code: &str) -> bool {
    let smtp = code.len() == 3 && code.starts_with('4') && code.bytes().all(|b| b.is_ascii_digit());
    let enhanced = code.starts_with("4.") && code.bytes().all(|b| b.is_ascii_digit() || b == b'.');
    smtp || enhanced || TEMPORARY_CODES.contains(&code)
}
