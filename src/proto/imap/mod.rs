//! IMAP responses (RFC 9051 §7, RFC 3501 §7) and response codes (RFC 5530, RFC 9051 §7.1).
//!
//! ```text
//! response-tagged = tag SP resp-cond-state CRLF
//! resp-cond-state = ("OK" / "NO" / "BAD") SP resp-text
//! resp-cond-bye   = "BYE" SP resp-text
//! resp-text       = ["[" resp-text-code "]" SP] [text]
//! continue-req    = "+" [SP (resp-text / base64)] CRLF
//! capability-data = "CAPABILITY" *(SP capability) SP "IMAP4rev2" *(SP capability)
//! literal         = "{" number64 ["+"] "}" CRLF *CHAR8
//! ```
//!
//! Sans-IO: [`parse_response`] says what one line is (a continuation, a tagged status, an
//! untagged condition, capabilities, other data); `net::client::imap` does the reading.
//! Capabilities come either in the greeting's `[CAPABILITY …]` code or from the `CAPABILITY`
//! command (RFC 9051 §6.1.1); [`capability_set`] says what they mean.

mod code;

use std::fmt;

pub use self::code::ResponseCode;
use super::Capabilities;

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

impl Cond {
    /// The word on the wire.
    pub const fn word(self) -> &'static str {
        match self {
            Cond::Ok => "OK",
            Cond::No => "NO",
            Cond::Bad => "BAD",
            Cond::Bye => "BYE",
            Cond::Preauth => "PREAUTH",
        }
    }
}

/// A parsed status line.
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct Status {
    /// `*` or the tag.
    pub tag: String,
    /// The condition.
    pub cond: Cond,
    /// The response code inside `[…]` before the text.
    pub code: Option<ResponseCode>,
    /// The human text after the code.
    pub text: String,
}

impl Status {
    /// The atom of the response code (`ALERT`, `LIMIT`, …), upper-cased.
    pub fn code_atom(&self) -> Option<String> {
        self.code.as_ref().map(ResponseCode::atom)
    }

    /// A code written after the text instead of before it: Gmail's `OK Success [THROTTLED]`
    /// (E13). Only a bracketed atom (letters, `-`, `/`) at the very end counts.
    pub fn trailing_code(&self) -> Option<ResponseCode> {
        let inner = self.text.trim_end().strip_suffix(']')?;
        let atom = &inner[inner.rfind('[')? + 1..];
        let ok = !atom.is_empty() && atom.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-' || b == b'/');
        ok.then(|| ResponseCode::parse(atom))
    }

    /// True for an untagged status (`* OK …`).
    pub fn is_untagged(&self) -> bool {
        self.tag == "*"
    }
}

impl fmt::Display for Status {
    /// The status line as it would be on the wire (without CR LF).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.tag, self.cond.word())?;
        if let Some(code) = &self.code {
            write!(f, " [{code}]")?;
        }
        if !self.text.is_empty() {
            write!(f, " {}", self.text)?;
        }
        Ok(())
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
            Some((code, text)) => (Some(ResponseCode::parse(code)), text.trim_start().to_owned()),
            None => (None, rest.to_owned()),
        },
        None => (None, rest.to_owned()),
    };
    Some(Status { tag: tag.to_owned(), cond, code, text })
}

/// What one response line is (RFC 9051 §7: `+` continuation, untagged `*`, or tagged).
#[derive(Clone, Debug, Eq, PartialEq)]
pub enum Response {
    /// `+ …`: the server waits for the rest of the command (a literal, a SASL response).
    Continuation,
    /// `tag OK/NO/BAD …`: the end of the command sent with that tag.
    Tagged(Status),
    /// `* OK/NO/BAD/BYE/PREAUTH …`: a condition not tied to one command (`[ALERT]`s, a
    /// warning, the server ending the session).
    Condition(Status),
    /// `* CAPABILITY …`: the capability atoms as written.
    Capability(Vec<String>),
    /// Other untagged data (`* LIST`, `* STATUS`, `* 3 EXISTS`, `* Too many logon attempts.`).
    Data,
    /// Not an IMAP response (no `*`, `+` or tag with a condition).
    Other,
}

/// Says what `line` is.
pub fn parse_response(line: &str) -> Response {
    if line.starts_with('+') {
        return Response::Continuation;
    }
    if let Some(list) = strip_prefix_ci(line, "* CAPABILITY").filter(|r| r.is_empty() || r.starts_with(' ')) {
        return Response::Capability(list.split_whitespace().map(str::to_owned).collect());
    }
    match parse_status(line) {
        Some(status) if status.is_untagged() => Response::Condition(status),
        Some(status) => Response::Tagged(status),
        None if line.starts_with("* ") => Response::Data,
        None => Response::Other,
    }
}

/// Capabilities from `* CAPABILITY …` or a `[CAPABILITY …]` response code, upper-cased.
pub fn capabilities(line: &str) -> Option<Vec<String>> {
    let atoms = match parse_response(line) {
        Response::Capability(atoms) => atoms,
        Response::Tagged(status) | Response::Condition(status) => match status.code? {
            ResponseCode::Capability(atoms) => atoms,
            _ => return None,
        },
        _ => return None,
    };
    (!atoms.is_empty()).then(|| atoms.iter().map(|a| a.to_ascii_uppercase()).collect())
}

/// True when `line` is an IMAP greeting (RFC 9051 §7.1.1: untagged `OK`, `PREAUTH` or `BYE`;
/// some servers refuse with an untagged `NO` instead of `BYE`), as opposed to an answer to a
/// command.
pub fn is_greeting(line: &str) -> bool {
    parse_status(line)
        .is_some_and(|s| s.is_untagged() && matches!(s.cond, Cond::Ok | Cond::Preauth | Cond::Bye | Cond::No))
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

/// A literal announced at the end of a line: `{n}` (synchronising) or `{n+}` (RFC 7888).
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub struct LiteralMarker {
    /// Where `{` starts in the line.
    pub at: usize,
    /// The announced length in bytes.
    pub len: u64,
}

/// The literal `line` announces at its end, if any. A status line (`a1 NO … {5}`) carries
/// free text, never a literal (RFC 9051 §7.1), so it announces none.
pub fn literal_marker(line: &str) -> Option<LiteralMarker> {
    if parse_status(line).is_some() {
        return None;
    }
    let inner = line.strip_suffix('}')?;
    let open = inner.rfind('{')?;
    let digits = &inner[open + 1..];
    let digits = digits.strip_suffix('+').unwrap_or(digits);
    if digits.is_empty() || digits.len() > 20 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(LiteralMarker { at: open, len: digits.parse().ok()? })
}

/// `text` as an IMAP quoted string (`"` and `\` escaped). Used to fold a literal the server
/// sent into the line that announced it, so parsers only meet quoted strings.
pub fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        if c == '"' || c == '\\' {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    out
}

fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix).then(|| &s[prefix.len()..])
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
        if quotable { Astring::Quoted(quoted(value)) } else { Astring::Literal(value.to_owned()) }
    }

    /// The literal prefix `{n}` or, with LITERAL+ (RFC 7888), `{n+}`.
    pub fn literal_prefix(value: &str, non_synchronising: bool) -> String {
        if non_synchronising { format!("{{{}+}}", value.len()) } else { format!("{{{}}}", value.len()) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_lines_parse_with_typed_codes() {
        // (line, tag, cond, code, text): RFC 9051 §7.1 examples, RFC 5530 codes, real servers.
        let table: &[(&str, &str, Cond, Option<ResponseCode>, &str)] = &[
            (
                "a1 NO [AUTHENTICATIONFAILED] Authentication failed.",
                "a1",
                Cond::No,
                Some(ResponseCode::AuthenticationFailed),
                "Authentication failed.",
            ),
            (
                "* OK Gimap ready for requests from 192.0.2.1",
                "*",
                Cond::Ok,
                None,
                "Gimap ready for requests from 192.0.2.1",
            ),
            (
                "* OK [ALERT] System shutdown in 10 minutes",
                "*",
                Cond::Ok,
                Some(ResponseCode::Alert),
                "System shutdown in 10 minutes",
            ),
            (
                "A142 OK [READ-WRITE] SELECT completed",
                "A142",
                Cond::Ok,
                Some(ResponseCode::ReadWrite),
                "SELECT completed",
            ),
            (
                "* OK [UIDVALIDITY 3857529045] UIDs valid",
                "*",
                Cond::Ok,
                Some(ResponseCode::UidValidity(3_857_529_045)),
                "UIDs valid",
            ),
            (
                "* OK [UIDNEXT 4392] Predicted next UID",
                "*",
                Cond::Ok,
                Some(ResponseCode::UidNext(4392)),
                "Predicted next UID",
            ),
            (
                r"* OK [PERMANENTFLAGS (\Deleted \Seen \*)] Limited",
                "*",
                Cond::Ok,
                Some(ResponseCode::PermanentFlags(r"(\Deleted \Seen \*)".into())),
                "Limited",
            ),
            (
                "a3 NO [LIMIT] Maximum number of connections",
                "a3",
                Cond::No,
                Some(ResponseCode::Limit),
                "Maximum number of connections",
            ),
            ("a1 NO [INUSE] Mailbox in use", "a1", Cond::No, Some(ResponseCode::InUse), "Mailbox in use"),
            (
                "* NO [OVERQUOTA] Quota exceeded",
                "*",
                Cond::No,
                Some(ResponseCode::OverQuota),
                "Quota exceeded",
            ),
            ("* BYE Autologout; idle for too long", "*", Cond::Bye, None, "Autologout; idle for too long"),
            (
                "* PREAUTH IMAP4rev2 server logged in as Smith",
                "*",
                Cond::Preauth,
                None,
                "IMAP4rev2 server logged in as Smith",
            ),
            (
                "a1 BAD [REFERRAL imap://h/] go",
                "a1",
                Cond::Bad,
                Some(ResponseCode::Other("REFERRAL imap://h/".into())),
                "go",
            ),
            (
                "a1 NO [ALERT extra] odd",
                "a1",
                Cond::No,
                Some(ResponseCode::Other("ALERT extra".into())),
                "odd",
            ),
            ("a1 NO [UIDNEXT x] odd", "a1", Cond::No, Some(ResponseCode::Other("UIDNEXT x".into())), "odd"),
            ("a1 NO [unclosed text", "a1", Cond::No, None, "[unclosed text"),
            ("a1 OK", "a1", Cond::Ok, None, ""),
        ];
        for (line, tag, cond, code, text) in table {
            let s = parse_status(line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!(
                (s.tag.as_str(), s.cond, &s.code, s.text.as_str()),
                (*tag, *cond, code, *text),
                "{line}"
            );
            assert_eq!(s.to_string(), *line, "a status is shown as the server wrote it");
        }
        for garbage in ["+OK pop3", "garbage", "", "a1", "* LIST () \"/\" INBOX"] {
            assert_eq!(parse_status(garbage), None, "{garbage}");
        }
        let lower = parse_status("a1 no [privacyrequired] x").expect("status");
        assert_eq!((lower.cond, lower.code), (Cond::No, Some(ResponseCode::PrivacyRequired)));
        let s = parse_status("a1 NO [AUTHENTICATIONFAILED] x").expect("status");
        assert_eq!(s.code_atom().as_deref(), Some("AUTHENTICATIONFAILED"));
        assert_eq!(ResponseCode::Other("x-vendor 1".into()).atom(), "X-VENDOR");
    }

    #[test]
    fn gmails_trailing_throttled_code_is_read() {
        // E13.
        let s = parse_status("A00000002 OK Success [THROTTLED]").expect("status");
        assert_eq!((s.code.as_ref(), s.trailing_code()), (None, Some(ResponseCode::Throttled)));
        let plain = parse_status("a1 OK [READ-ONLY] done [x y]").expect("status");
        assert_eq!(plain.trailing_code(), None);
        assert_eq!(parse_status("a1 OK ]").and_then(|s| s.trailing_code()), None);
    }

    #[test]
    fn every_line_is_told_apart() {
        let table: &[(&str, Response)] = &[
            ("+ ", Response::Continuation),
            ("+ eyJzdGF0dXMiOiI0MDAifQ==", Response::Continuation),
            ("+OK odd but a continuation", Response::Continuation),
            (
                "* CAPABILITY IMAP4rev2 STARTTLS",
                Response::Capability(vec!["IMAP4rev2".into(), "STARTTLS".into()]),
            ),
            ("* capability", Response::Capability(vec![])),
            ("* CAPABILITYX y", Response::Data),
            (r#"* LIST () "/" INBOX"#, Response::Data),
            ("* 172 EXISTS", Response::Data),
            ("* Too many invalid logon attempts.", Response::Data),
            ("garbage", Response::Other),
            ("a1 garbage", Response::Other),
        ];
        for (line, want) in table {
            assert_eq!(&parse_response(line), want, "{line}");
        }
        assert!(matches!(parse_response("* BYE bye"), Response::Condition(Status { cond: Cond::Bye, .. })));
        assert!(matches!(parse_response("a9 OK done"), Response::Tagged(Status { cond: Cond::Ok, .. })));
    }

    #[test]
    fn greetings_are_told_from_answers() {
        assert!(is_greeting("* OK [CAPABILITY IMAP4rev1 STARTTLS] Dovecot ready."));
        assert!(is_greeting("* PREAUTH IMAP4rev2 server logged in as Smith"));
        assert!(is_greeting("* BYE Zimbra IMAP4rev1 server closing connection; service busy"));
        assert!(is_greeting("* NO Service temporarily unavailable"));
        assert!(!is_greeting("* BAD garbage"));
        assert!(!is_greeting("* CAPABILITY IMAP4rev1"));
        assert!(!is_greeting("a1 OK done"));
        assert!(!is_greeting("+OK Dovecot ready."));
    }

    #[test]
    fn capabilities_come_from_the_untagged_line_or_the_code() {
        // RFC 9051 §6.1.1; K01 (Gmail); K15 (Dovecot's code in the tagged OK).
        let caps = capability_set(
            &capabilities("* CAPABILITY IMAP4rev2 STARTTLS AUTH=GSSAPI LOGINDISABLED").expect("caps"),
        );
        assert_eq!(caps.keywords, ["IMAP4REV2", "STARTTLS", "AUTH=GSSAPI", "LOGINDISABLED"]);
        assert_eq!(caps.auth, ["GSSAPI"]);
        assert!(caps.starttls && caps.login_disabled);
        let gmail = "* CAPABILITY IMAP4rev1 UNSELECT IDLE NAMESPACE QUOTA ID XLIST CHILDREN X-GM-EXT-1 XYZZY SASL-IR AUTH=XOAUTH2 AUTH=PLAIN AUTH=PLAIN-CLIENTTOKEN AUTH=OAUTHBEARER AUTH=XOAUTH";
        assert_eq!(
            capability_set(&capabilities(gmail).expect("caps")).auth,
            ["XOAUTH2", "PLAIN", "PLAIN-CLIENTTOKEN", "OAUTHBEARER", "XOAUTH"]
        );
        let dovecot = "a1 OK [CAPABILITY IMAP4rev1 SASL-IR LITERAL+ STARTTLS AUTH=PLAIN] Pre-login capabilities listed, post-login capabilities have more.";
        assert!(capability_set(&capabilities(dovecot).expect("caps")).starttls);
        assert_eq!(capabilities("* CAPABILITY"), None);
        assert_eq!(capabilities("a1 OK [CAPABILITY"), None);
        assert_eq!(capabilities("a1 OK [READ-ONLY] x"), None);
    }

    #[test]
    fn literals_are_announced_only_at_the_end_of_a_data_line() {
        assert_eq!(literal_marker(r#"* LIST () "/" {5}"#), Some(LiteralMarker { at: 14, len: 5 }));
        assert_eq!(literal_marker("* STATUS {12+}"), Some(LiteralMarker { at: 9, len: 12 }));
        assert_eq!(literal_marker("* STATUS {99999999999999999999999}"), None);
        assert_eq!(literal_marker("a1 NO text {5}"), None, "status lines carry text");
        assert_eq!(literal_marker("* OK [ALERT] {5}"), None);
        assert_eq!(literal_marker("* LIST {} x"), None);
        assert_eq!(literal_marker("* X {5} tail"), None);
        assert_eq!(literal_marker("* X {+}"), None);
        assert_eq!(quoted(r#"a"b\c"#), r#""a\"b\\c""#);
    }

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
