//! IMAP responses (RFC 9051 §7, RFC 3501 §7) and response codes (RFC 5530).
//!
//! ```text
//! response-tagged = tag SP resp-cond-state CRLF
//! resp-cond-state = ("OK" / "NO" / "BAD") SP resp-text
//! resp-text       = ["[" resp-text-code "]" SP] [text]
//! capability-data = "CAPABILITY" *(SP capability) SP "IMAP4rev2" *(SP capability)
//! ```
//!
//! Capabilities come either in the greeting's `[CAPABILITY …]` code or from the `CAPABILITY`
//! command (RFC 9051 §6.1.1), whose answer [`CapabilityReader`] consumes line by line.

use super::{Capabilities, Fed, ListEnd, Listed, MAX_KEYWORDS, MAX_LIST_LINES};

/// The state of a tagged or untagged condition.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub enum Cond {
    /// `OK`.
    Ok,
    /// `NO`.
    No,
    /// `BAD`.
    Bad,
    /// `BYE` (untagged only).
    Bye,
    /// `PREAUTH` (greeting only).
    Preauth,
}

/// A parsed status line.
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct Status {
    /// `*` or the tag.
    pub tag: String,
    /// The condition.
    pub cond: Cond,
    /// The response code inside `[…]`, upper-cased atom first (`AUTHENTICATIONFAILED`,
    /// `CAPABILITY IMAP4rev1 …`).
    pub code: Option<String>,
    /// The human text after the code.
    pub text: String,
}

impl Status {
    /// The first word of the response code (`ALERT`, `LIMIT`, …), upper-cased.
    pub fn code_atom(&self) -> Option<String> {
        self.code.as_deref().and_then(|c| c.split_whitespace().next()).map(str::to_ascii_uppercase)
    }
}

/// Parses `tag OK/NO/BAD/BYE/PREAUTH [code] text`; `None` for anything else.
pub fn parse_status(line: &str) -> Option<Status> {
    let (tag, rest) = line.split_once(' ')?;
    let (word, rest) = rest.split_once(' ').unwrap_or((rest, ""));
    let cond = match word.to_ascii_uppercase().as_str() {
        "OK" => Cond::Ok,
        "NO" => Cond::No,
        "BAD" => Cond::Bad,
        "BYE" => Cond::Bye,
        "PREAUTH" => Cond::Preauth,
        _ => return None,
    };
    let (code, text) = match rest.strip_prefix('[') {
        Some(inner) => match inner.split_once(']') {
            Some((code, text)) => (Some(code.to_owned()), text.trim_start().to_owned()),
            None => (None, rest.to_owned()),
        },
        None => (None, rest.to_owned()),
    };
    Some(Status { tag: tag.to_owned(), cond, code, text })
}

/// Capabilities from `* CAPABILITY …` or a `[CAPABILITY …]` response code, upper-cased.
pub fn capabilities(line: &str) -> Option<Vec<String>> {
    let list = match strip_prefix_ci(line, "* CAPABILITY ") {
        Some(rest) => rest.to_owned(),
        None => {
            let code = parse_status(line)?.code?;
            strip_prefix_ci(&code, "CAPABILITY ")?.to_owned()
        }
    };
    Some(list.split_whitespace().map(str::to_ascii_uppercase).collect())
}

/// The capability command with its tag (`a1 CAPABILITY`).
pub fn capability_command(tag: &str) -> String {
    format!("{tag} CAPABILITY")
}

/// True when `line` is an IMAP greeting (RFC 9051 §7.1.1: untagged `OK`, `PREAUTH` or `BYE`),
/// as opposed to an answer to a command.
pub fn is_greeting(line: &str) -> bool {
    parse_status(line).is_some_and(|s| s.tag == "*" && matches!(s.cond, Cond::Ok | Cond::Preauth | Cond::Bye))
}

/// Reads the answer to `{tag} CAPABILITY`: untagged `* CAPABILITY` lines, then the tagged
/// status (which may carry a `[CAPABILITY …]` code too). Finishes within
/// [`MAX_LIST_LINES`] lines.
#[derive(Debug)]
pub struct CapabilityReader {
    tag: String,
    atoms: Vec<String>,
    seen: usize,
}

impl CapabilityReader {
    /// A reader for the answer to the command sent with `tag`.
    pub fn new(tag: &str) -> Self {
        CapabilityReader { tag: tag.to_owned(), atoms: Vec::new(), seen: 0 }
    }

    /// Feeds one line.
    pub fn push(&mut self, line: &str) -> Fed {
        self.seen += 1;
        let status = parse_status(line);
        if let Some(s) = status.as_ref().filter(|s| s.tag.eq_ignore_ascii_case(&self.tag)) {
            if s.cond != Cond::Ok {
                return self.done(ListEnd::Refused(line.to_owned()), None);
            }
            self.add(capabilities(line).unwrap_or_default());
            return self.done(ListEnd::Complete, Some(s.text.clone()));
        }
        if status.as_ref().is_some_and(|s| s.tag == "*" && s.cond == Cond::Bye) {
            return self.done(ListEnd::Refused(line.to_owned()), None);
        }
        if line.starts_with('*') {
            self.add(capabilities(line).unwrap_or_default());
        }
        if self.seen >= MAX_LIST_LINES {
            return self.done(ListEnd::Truncated, None);
        }
        Fed::More
    }

    fn add(&mut self, atoms: Vec<String>) {
        for atom in atoms {
            if self.atoms.len() < MAX_KEYWORDS && !self.atoms.contains(&atom) {
                self.atoms.push(atom);
            }
        }
    }

    fn done(&mut self, end: ListEnd, closing: Option<String>) -> Fed {
        Fed::Done(Listed { lines: std::mem::take(&mut self.atoms), end, closing })
    }
}

/// What a list of capability atoms says: `AUTH=` mechanisms, `STARTTLS`, `LOGINDISABLED`.
pub fn capability_set(atoms: &[String]) -> Capabilities {
    let mut caps = Capabilities::default();
    for atom in atoms {
        caps.add_keyword(atom);
        let upper = atom.to_ascii_uppercase();
        if let Some(mechanism) = upper.strip_prefix("AUTH=") {
            caps.add_auth(mechanism);
        }
        caps.starttls |= upper == "STARTTLS";
        caps.login_disabled |= upper == "LOGINDISABLED";
    }
    caps
}

fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix).then(|| &s[prefix.len()..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_lines_parse_with_codes() {
        let s = parse_status("a1 NO [AUTHENTICATIONFAILED] Authentication failed.").expect("status");
        assert_eq!((s.tag.as_str(), s.cond), ("a1", Cond::No));
        assert_eq!(s.code_atom().as_deref(), Some("AUTHENTICATIONFAILED"));
        assert_eq!(s.text, "Authentication failed.");
        let g = parse_status("* OK Gimap ready for requests from 192.0.2.1").expect("greeting");
        assert_eq!((g.cond, g.code), (Cond::Ok, None));
        assert_eq!(parse_status("+OK pop3"), None);
        assert_eq!(parse_status("garbage"), None);
    }

    #[test]
    fn greetings_are_told_from_answers() {
        assert!(is_greeting("* OK [CAPABILITY IMAP4rev1 STARTTLS] Dovecot ready."));
        assert!(is_greeting("* PREAUTH IMAP4rev2 server logged in as Smith"));
        assert!(is_greeting("* BYE Zimbra IMAP4rev1 server closing connection; service busy"));
        assert!(!is_greeting("* CAPABILITY IMAP4rev1"));
        assert!(!is_greeting("a1 OK done"));
        assert!(!is_greeting("+OK Dovecot ready."));
    }

    #[test]
    fn the_rfc_9051_capability_example_is_read() {
        // RFC 9051 §6.1.1.
        let mut r = CapabilityReader::new("abcd");
        assert_eq!(r.push("* CAPABILITY IMAP4rev2 STARTTLS AUTH=GSSAPI LOGINDISABLED"), Fed::More);
        let Fed::Done(listed) = r.push("abcd OK CAPABILITY completed") else { panic!("not done") };
        assert_eq!(listed.end, ListEnd::Complete);
        assert_eq!(listed.closing.as_deref(), Some("CAPABILITY completed"));
        let caps = capability_set(&listed.lines);
        assert_eq!(caps.keywords, ["IMAP4REV2", "STARTTLS", "AUTH=GSSAPI", "LOGINDISABLED"]);
        assert_eq!(caps.auth, ["GSSAPI"]);
        assert!(caps.starttls && caps.login_disabled);
    }

    #[test]
    fn gmail_and_dovecot_answers_are_read() {
        // K01 (Gmail) and K15 (Dovecot's closing text).
        let mut r = CapabilityReader::new("a1");
        r.push("* CAPABILITY IMAP4rev1 UNSELECT IDLE NAMESPACE QUOTA ID XLIST CHILDREN X-GM-EXT-1 XYZZY SASL-IR AUTH=XOAUTH2 AUTH=PLAIN AUTH=PLAIN-CLIENTTOKEN AUTH=OAUTHBEARER AUTH=XOAUTH");
        let Fed::Done(gmail) = r.push("a1 OK Thats all she wrote! x1mb12345") else { panic!("not done") };
        assert_eq!(
            capability_set(&gmail.lines).auth,
            ["XOAUTH2", "PLAIN", "PLAIN-CLIENTTOKEN", "OAUTHBEARER", "XOAUTH"]
        );
        let mut r = CapabilityReader::new("a1");
        let line = "a1 OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS AUTH=PLAIN] Pre-login capabilities listed, post-login capabilities have more.";
        let Fed::Done(dovecot) = r.push(line) else { panic!("not done") };
        assert!(capability_set(&dovecot.lines).starttls);
        assert!(dovecot.closing.is_some_and(|c| c.starts_with("Pre-login")));
    }

    #[test]
    fn refusals_and_floods_end_the_answer() {
        let mut r = CapabilityReader::new("a1");
        assert_eq!(
            r.push("a1 BAD Error in IMAP command"),
            Fed::Done(Listed {
                lines: vec![],
                end: ListEnd::Refused("a1 BAD Error in IMAP command".into()),
                closing: None
            })
        );
        let mut r = CapabilityReader::new("a1");
        let mut fed = Fed::More;
        let mut lines = 0;
        while fed == Fed::More {
            fed = r.push(&format!("* CAPABILITY X{lines}"));
            lines += 1;
            assert!(lines <= MAX_LIST_LINES);
        }
        assert!(matches!(fed, Fed::Done(Listed { end: ListEnd::Truncated, .. })));
        assert_eq!(capabilities("* CAPABILITY"), None);
        assert_eq!(capabilities("a1 OK [CAPABILITY"), None);
    }
}

/// How one `astring` argument goes on the wire (RFC 9051 §4.3).
///
/// ```text
/// astring = 1*ASTRING-CHAR / string
/// string  = quoted / literal
/// quoted  = DQUOTE *QUOTED-CHAR DQUOTE      ; 7-bit, no CR/LF; " and \ escaped
/// literal = "{" number64 ["+"] "}" CRLF *CHAR8
/// ```
#[derive(Clone, Debug, Eq, PartialEq)]
pub enum Astring {
    /// A quoted string, ready to send (with the quotes).
    Quoted(String),
    /// A literal: its bytes (sent after `{n}` / `{n+}` and, when synchronising, a `+`).
    Literal(String),
}

impl Astring {
    /// Quoted when every byte is 7-bit and not CR, LF or NUL; a literal otherwise (8-bit
    /// passwords such as `hunter2-Ω` need a literal unless the server accepts UTF-8).
    pub fn encode(value: &str) -> Astring {
        let quotable = value.bytes().all(|b| b.is_ascii() && !matches!(b, b'\r' | b'\n' | 0));
        if quotable {
            let mut out = String::with_capacity(value.len() + 2);
            out.push('"');
            for c in value.chars() {
                if c == '"' || c == '\\' {
                    out.push('\\');
                }
                out.push(c);
            }
            out.push('"');
            Astring::Quoted(out)
        } else {
            Astring::Literal(value.to_owned())
        }
    }

    /// The literal prefix `{n}` or, with LITERAL+ (RFC 7888), `{n+}`.
    pub fn literal_prefix(value: &str, non_synchronising: bool) -> String {
        if non_synchronising { format!("{{{}+}}", value.len()) } else { format!("{{{}}}", value.len()) }
    }
}

#[cfg(test)]
mod astring_tests {
    use super::*;

    #[test]
    fn astrings_are_quoted_or_literal_as_rfc_9051_requires() {
        assert_eq!(Astring::encode("alice"), Astring::Quoted("\"alice\"".into()));
        assert_eq!(Astring::encode(r#"pa"ss\word"#), Astring::Quoted(r#""pa\"ss\\word""#.into()));
        assert_eq!(Astring::encode("hunter2-Ω"), Astring::Literal("hunter2-Ω".into()));
        assert_eq!(Astring::encode("line\r\nbreak"), Astring::Literal("line\r\nbreak".into()));
        assert_eq!(Astring::literal_prefix("hunter2-Ω", false), "{10}");
        assert_eq!(Astring::literal_prefix("hunter2-Ω", true), "{10+}");
    }
}
