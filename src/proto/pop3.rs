//! POP3 status lines (RFC 1939 §3) and extended response codes (RFC 2449 §8, RFC 3206).
//!
//! ```text
//! status = ("+OK" / "-ERR") [SP "[" resp-code "]"] [SP text]
//! capa   = "+OK" *(CRLF capa-line) CRLF "." CRLF          ; RFC 2449 §5
//! ```
//!
//! `CAPA` answers are multi-line: lines until a lone `.`, with a leading `.` doubled
//! (byte-stuffed). A server without `CAPA` answers `-ERR`, which is not a failure.

use super::{Capabilities, Fed, ListEnd, Listed, MAX_LIST_LINES};

/// A parsed POP3 status line.
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct Status {
    /// `+OK` (true) or `-ERR` (false).
    pub ok: bool,
    /// The extended code inside `[…]` (`AUTH`, `IN-USE`, `SYS/TEMP`), upper-cased.
    pub code: Option<String>,
    /// The text.
    pub text: String,
}

/// Parses a status line; `None` when it is neither `+OK` nor `-ERR`.
pub fn parse_status(line: &str) -> Option<Status> {
    // The status word stands alone (`+OK`) or is followed by a space: `+OKAY` is not POP3.
    let word = |w: &str| {
        line.get(..w.len()).is_some_and(|h| h.eq_ignore_ascii_case(w))
            && matches!(line.as_bytes().get(w.len()), None | Some(b' '))
    };
    let (ok, rest) = if word("+OK") {
        (true, &line[3..])
    } else if word("-ERR") {
        (false, &line[4..])
    } else {
        return None;
    };
    let rest = rest.trim_start();
    let (code, text) = match rest.strip_prefix('[') {
        Some(inner) => match inner.split_once(']') {
            Some((code, text)) => (Some(code.to_ascii_uppercase()), text.trim_start().to_owned()),
            None => (None, rest.to_owned()),
        },
        None => (None, rest.to_owned()),
    };
    Some(Status { ok, code, text })
}

/// Reads the answer to `CAPA`: `+OK`, capability lines, `.`. Finishes within
/// [`MAX_LIST_LINES`] lines.
#[derive(Debug, Default)]
pub struct CapaReader {
    started: bool,
    lines: Vec<String>,
}

impl CapaReader {
    /// Feeds one line.
    pub fn push(&mut self, line: &str) -> Fed {
        if !self.started {
            self.started = true;
            return match parse_status(line) {
                Some(s) if s.ok => Fed::More,
                _ => Fed::Done(Listed { end: ListEnd::Refused(line.to_owned()), ..Listed::default() }),
            };
        }
        if line == "." {
            return self.done(ListEnd::Complete);
        }
        // RFC 1939 §3: a line starting with "." is sent with the dot doubled.
        let item = if line.starts_with("..") { &line[1..] } else { line };
        self.lines.push(item.to_owned());
        if self.lines.len() >= MAX_LIST_LINES {
            return self.done(ListEnd::Truncated);
        }
        Fed::More
    }

    fn done(&mut self, end: ListEnd) -> Fed {
        Fed::Done(Listed { lines: std::mem::take(&mut self.lines), end, closing: None })
    }
}

/// What `CAPA` lines say: tags (first word), `SASL` mechanisms, `STLS`.
pub fn capa_set(lines: &[String]) -> Capabilities {
    let mut caps = Capabilities::default();
    for line in lines {
        let mut words = line.split_whitespace();
        let Some(tag) = words.next() else { continue };
        caps.add_keyword(tag);
        if tag.eq_ignore_ascii_case("SASL") {
            words.for_each(|m| caps.add_auth(m));
        }
        caps.starttls |= tag.eq_ignore_ascii_case("STLS");
    }
    caps
}

/// True when `line` can be a POP3 greeting (`+OK …`, or `-ERR …` refusing service).
pub fn is_greeting(line: &str) -> bool {
    parse_status(line).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_lines_parse_with_codes() {
        let s = parse_status("-ERR [IN-USE] Mailbox is locked").expect("status");
        assert_eq!((s.ok, s.code.as_deref(), s.text.as_str()), (false, Some("IN-USE"), "Mailbox is locked"));
        let s = parse_status("+OK Dovecot ready.").expect("status");
        assert!(s.ok && s.code.is_none());
        assert_eq!(parse_status("* OK imap"), None);
        assert_eq!(parse_status("+O"), None);
        assert_eq!(parse_status("+OK"), Some(Status { ok: true, code: None, text: String::new() }));
        assert_eq!(parse_status("+OKAY"), None);
    }

    fn read(lines: &[&str]) -> Listed {
        let mut r = CapaReader::default();
        for line in lines {
            if let Fed::Done(listed) = r.push(line) {
                return listed;
            }
        }
        panic!("answer did not end");
    }

    #[test]
    fn the_rfc_2449_capa_example_is_read() {
        // RFC 2449 §5, with the SASL line of Dovecot and a byte-stuffed line.
        let listed = read(&[
            "+OK Capability list follows",
            "TOP",
            "USER",
            "SASL PLAIN LOGIN",
            "RESP-CODES",
            "LOGIN-DELAY 900",
            "PIPELINING",
            "EXPIRE 60",
            "UIDL",
            "STLS",
            "IMPLEMENTATION Shlemazle-Plotz-v302",
            "..odd",
            ".",
        ]);
        assert_eq!(listed.end, ListEnd::Complete);
        assert_eq!(listed.lines.last().map(String::as_str), Some(".odd"));
        let caps = capa_set(&listed.lines);
        assert_eq!(caps.auth, ["PLAIN", "LOGIN"]);
        assert!(caps.starttls && caps.has("LOGIN-DELAY") && caps.has("USER"));
        assert!(!caps.login_disabled);
    }

    #[test]
    fn a_server_without_capa_and_a_flood_both_end() {
        let listed = read(&["-ERR Unknown command."]);
        assert_eq!(listed.end, ListEnd::Refused("-ERR Unknown command.".into()));
        let flood: Vec<String> =
            std::iter::once("+OK".to_owned()).chain((0..1000).map(|i| format!("X-{i}"))).collect();
        let refs: Vec<&str> = flood.iter().map(String::as_str).collect();
        let listed = read(&refs);
        assert_eq!((listed.end, listed.lines.len()), (ListEnd::Truncated, MAX_LIST_LINES));
        assert!(is_greeting("+OK Gpop ready for requests from 192.0.2.1 x1mb"));
        assert!(is_greeting("-ERR [SYS/TEMP] too busy"));
        assert!(!is_greeting("* OK imap"));
    }
}
