//! IMAP commands as the client sends them: one line, or parts around literals, each part
//! that carries the password recorded with the password replaced.

use crate::net::client::HIDDEN;
use crate::proto::imap::Astring;
use crate::proto::{mailbox, sasl};

/// One part of a command: a line to send, and whether it waits for a `+` first.
#[derive(Clone, Debug)]
pub(super) struct Segment {
    pub(super) text: String,
    /// What the transcript shows, when the line carries a secret.
    pub(super) shown: Option<String>,
    pub(super) wait: bool,
}

/// A command: its tag and the lines that make it up (more than one around literals).
#[derive(Clone, Debug)]
pub struct Command {
    pub(super) tag: String,
    pub(super) segments: Vec<Segment>,
    /// `AUTHENTICATE`: an unexpected `+` is answered with [`Command::abort`].
    pub(super) sasl: bool,
    /// What an unexpected `+` during `AUTHENTICATE` is answered with: `*` (cancel), or for
    /// OAuth the response that asks the server for its final answer after an error challenge.
    pub(super) abort: &'static str,
    /// `LOGOUT`: `* BYE` is part of the answer.
    pub(super) logout: bool,
}

impl Command {
    /// `{tag} {rest}` on one line.
    pub fn new(tag: String, rest: &str) -> Command {
        let text = format!("{tag} {rest}");
        Command {
            tag,
            segments: vec![Segment { text, shown: None, wait: false }],
            sasl: false,
            logout: false,
            abort: "*",
        }
    }

    /// A command built by `proto::mailbox` (its lines, synchronising literals or not).
    pub fn from_lines(tag: String, command: mailbox::Command) -> Command {
        let segments = command
            .lines
            .into_iter()
            .enumerate()
            .map(|(i, text)| Segment { text, shown: None, wait: i > 0 && command.sync })
            .collect();
        Command { tag, segments, sasl: false, logout: false, abort: "*" }
    }

    /// The tag.
    pub fn tag(&self) -> &str {
        &self.tag
    }

    /// A command already written outside the client (the protocol stage's probe): only its
    /// answer is to be read.
    pub(super) fn sent(tag: String) -> Command {
        Command { tag, segments: Vec::new(), sasl: false, logout: false, abort: "*" }
    }

    /// `{tag} LOGOUT`, whose answer starts with `* BYE`.
    pub(super) fn logout(tag: String) -> Command {
        Command { logout: true, ..Command::new(tag, "LOGOUT") }
    }
}

/// `{tag} AUTHENTICATE PLAIN`: the response on the command line with SASL-IR (RFC 4959),
/// else after the server's `+`; recorded with the response replaced.
pub(super) fn authenticate_command(tag: String, user: &str, password: &str, sasl_ir: bool) -> Command {
    let payload = sasl::plain(user, password);
    let shown = format!("{tag} AUTHENTICATE PLAIN {HIDDEN}");
    let segments = if sasl_ir {
        let text = format!("{tag} AUTHENTICATE PLAIN {payload}");
        vec![Segment { text, shown: Some(shown), wait: false }]
    } else {
        vec![
            Segment { text: format!("{tag} AUTHENTICATE PLAIN"), shown: None, wait: false },
            Segment { text: payload, shown: Some(HIDDEN.to_owned()), wait: true },
        ]
    };
    Command { tag, segments, sasl: true, logout: false, abort: "*" }
}

/// `{tag} AUTHENTICATE <mechanism>` for an OAuth2 token (`XOAUTH2`, `OAUTHBEARER`) with its
/// initial response inline (`SASL-IR`) or after the `+`; an error challenge is answered with
/// `abort` so the server sends its tagged answer.
pub(super) fn authenticate_oauth_command(
    tag: String,
    mechanism: &str,
    payload: String,
    sasl_ir: bool,
    abort: &'static str,
) -> Command {
    let shown = format!("{tag} AUTHENTICATE {mechanism} {HIDDEN}");
    let segments = if sasl_ir {
        let text = format!("{tag} AUTHENTICATE {mechanism} {payload}");
        vec![Segment { text, shown: Some(shown), wait: false }]
    } else {
        vec![
            Segment { text: format!("{tag} AUTHENTICATE {mechanism}"), shown: None, wait: false },
            Segment { text: payload, shown: Some(HIDDEN.to_owned()), wait: true },
        ]
    };
    Command { tag, segments, sasl: true, logout: false, abort }
}

/// `{tag} LOGIN user password` as parts: each literal ends a part, and the part after it
/// waits for `+` unless LITERAL+ (RFC 7888). A part that carries the password is recorded
/// with the password replaced.
pub(super) fn login_command(tag: String, user: &str, password: &str, literal_plus: bool) -> Command {
    let mut segments = Vec::new();
    let mut text = format!("{tag} LOGIN ");
    let mut shown = text.clone();
    let mut secret_in_part = false;
    let mut wait = false;
    for (arg, secret) in [(user, false), (password, true)] {
        if secret {
            text.push(' ');
            shown.push(' ');
        }
        match Astring::encode(arg) {
            Astring::Quoted(quoted) => {
                text.push_str(&quoted);
                shown.push_str(if secret { HIDDEN } else { &quoted });
                secret_in_part |= secret;
            }
            Astring::Literal(value) => {
                let prefix = Astring::literal_prefix(&value, literal_plus);
                text.push_str(&prefix);
                shown.push_str(&prefix);
                segments.push(Segment { text, shown: secret_in_part.then_some(shown), wait });
                wait = !literal_plus;
                shown = if secret { HIDDEN.to_owned() } else { value.clone() };
                text = value;
                secret_in_part = secret;
            }
        }
    }
    segments.push(Segment { text, shown: secret_in_part.then_some(shown), wait });
    Command { tag, segments, sasl: false, logout: false, abort: "*" }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(c: &Command) -> Vec<(&str, Option<&str>, bool)> {
        c.segments.iter().map(|s| (s.text.as_str(), s.shown.as_deref(), s.wait)).collect()
    }

    #[test]
    fn authenticate_carries_the_response_inline_or_after_the_continuation() {
        let inline = authenticate_command("a1".into(), "tim", "tanstaaftanstaaf", true);
        assert_eq!(
            parts(&inline),
            [(
                "a1 AUTHENTICATE PLAIN AHRpbQB0YW5zdGFhZnRhbnN0YWFm",
                Some("a1 AUTHENTICATE PLAIN [password hidden]"),
                false
            )]
        );
        let after = authenticate_command("a2".into(), "tim", "tanstaaftanstaaf", false);
        assert_eq!(
            parts(&after),
            [
                ("a2 AUTHENTICATE PLAIN", None, false),
                ("AHRpbQB0YW5zdGFhZnRhbnN0YWFm", Some("[password hidden]"), true)
            ]
        );
        assert!(inline.sasl && after.sasl);
    }

    #[test]
    fn login_quotes_or_sends_literals_and_never_shows_the_password() {
        let c = login_command("a1".into(), "alice", "s3cret", false);
        assert_eq!(
            parts(&c),
            [(r#"a1 LOGIN "alice" "s3cret""#, Some(r#"a1 LOGIN "alice" [password hidden]"#), false)]
        );
        let c = login_command("a2".into(), "alice@example.test", "hunter2-Ω", false);
        assert_eq!(
            parts(&c),
            [
                (r#"a2 LOGIN "alice@example.test" {10}"#, None, false),
                ("hunter2-Ω", Some("[password hidden]"), true),
            ]
        );
        let c = login_command("a3".into(), "jürgen", "pw", true);
        assert_eq!(
            parts(&c),
            [("a3 LOGIN {7+}", None, false), (r#"jürgen "pw""#, Some("jürgen [password hidden]"), false)]
        );
    }
}
