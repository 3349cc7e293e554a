//! POP3 status lines (RFC 1939 §3) and extended response codes (RFC 2449 §8, RFC 3206).
//!
//! ```text
//! status     = ("+OK" / "-ERR") [SP "[" resp-code "]"] [SP text]
//! resp-code  = resp-level *("/" resp-level)                    ; RFC 2449 §8
//! multi-line = status *(CRLF line) CRLF "." CRLF               ; RFC 1939 §3
//! ```
//!
//! Multi-line answers (`CAPA`, RFC 2449 §5) end with a lone `.`, and a line that starts with
//! `.` is sent with the dot doubled (byte-stuffed): [`unstuff`] and [`is_terminator`]. A
//! server without `CAPA` answers `-ERR`, which is not a failure. Sans-IO; the reading is in
//! `net::client::pop3`.

use std::fmt;

use super::Capabilities;

/// An extended response code (RFC 2449 §8 and its registry, RFC 3206).
#[derive(Clone, Debug, Eq, PartialEq)]
pub enum ResponseCode {
    /// `IN-USE`: another session holds the maildrop (RFC 2449).
    InUse,
    /// `LOGIN-DELAY`: signed in too soon after the last session (RFC 2449).
    LoginDelay,
    /// `SYS/TEMP`: a temporary fault on the server's side (RFC 3206).
    SysTemp,
    /// `SYS/PERM`: a permanent fault on the server's side (RFC 3206).
    SysPerm,
    /// `AUTH`: the credentials were refused (RFC 3206).
    Auth,
    /// `UTF8`: the command needs UTF-8 mode (RFC 6856).
    Utf8,
    /// Any other code, upper-cased as written.
    Other(String),
}

impl ResponseCode {
    /// Parses the text between `[` and `]` (case-insensitive).
    pub fn parse(inner: &str) -> ResponseCode {
        let upper = inner.trim().to_ascii_uppercase();
        match upper.as_str() {
            "IN-USE" => ResponseCode::InUse,
            "LOGIN-DELAY" => ResponseCode::LoginDelay,
            "SYS/TEMP" => ResponseCode::SysTemp,
            "SYS/PERM" => ResponseCode::SysPerm,
            "AUTH" => ResponseCode::Auth,
            "UTF8" => ResponseCode::Utf8,
            _ => ResponseCode::Other(upper),
        }
    }
}

impl fmt::Display for ResponseCode {
    /// The code as it goes between `[` and `]`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ResponseCode::InUse => "IN-USE",
            ResponseCode::LoginDelay => "LOGIN-DELAY",
            ResponseCode::SysTemp => "SYS/TEMP",
            ResponseCode::SysPerm => "SYS/PERM",
            ResponseCode::Auth => "AUTH",
            ResponseCode::Utf8 => "UTF8",
            ResponseCode::Other(code) => code,
        })
    }
}

/// A parsed POP3 status line.
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct Status {
    /// `+OK` (true) or `-ERR` (false).
    pub ok: bool,
    /// The extended code inside `[…]`.
    pub code: Option<ResponseCode>,
    /// The text.
    pub text: String,
}

impl fmt::Display for Status {
    /// The status line as it would be on the wire (without CR LF).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(if self.ok { "+OK" } else { "-ERR" })?;
        if let Some(code) = &self.code {
            write!(f, " [{code}]")?;
        }
        if !self.text.is_empty() {
            write!(f, " {}", self.text)?;
        }
        Ok(())
    }
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
            Some((code, text)) => (Some(ResponseCode::parse(code)), text.trim_start().to_owned()),
            None => (None, rest.to_owned()),
        },
        None => (None, rest.to_owned()),
    };
    Some(Status { ok, code, text })
}

/// True for the lone `.` that ends a multi-line answer.
pub fn is_terminator(line: &str) -> bool {
    line == "."
}

/// A line of a multi-line answer with its byte-stuffing undone (RFC 1939 §3: `..x` → `.x`).
pub fn unstuff(line: &str) -> &str {
    if line.starts_with("..") { &line[1..] } else { line }
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
    fn status_lines_parse_with_typed_codes() {
        // RFC 2449 §8 and RFC 3206 examples, and real servers (F13, F17, A03).
        let table: &[(&str, bool, Option<ResponseCode>, &str)] = &[
            ("-ERR [IN-USE] Mailbox is locked", false, Some(ResponseCode::InUse), "Mailbox is locked"),
            (
                "-ERR [LOGIN-DELAY] wait 900 seconds",
                false,
                Some(ResponseCode::LoginDelay),
                "wait 900 seconds",
            ),
            ("-ERR [SYS/TEMP] Server busy", false, Some(ResponseCode::SysTemp), "Server busy"),
            ("-ERR [SYS/PERM] Mailbox corrupt", false, Some(ResponseCode::SysPerm), "Mailbox corrupt"),
            ("-ERR [AUTH] Authentication failed.", false, Some(ResponseCode::Auth), "Authentication failed."),
            ("-ERR [UTF8] UTF8 mode required", false, Some(ResponseCode::Utf8), "UTF8 mode required"),
            ("-ERR [X-VENDOR/ODD] no", false, Some(ResponseCode::Other("X-VENDOR/ODD".into())), "no"),
            ("+OK Dovecot ready.", true, None, "Dovecot ready."),
            ("+OK", true, None, ""),
            ("-ERR [unclosed", false, None, "[unclosed"),
        ];
        for (line, ok, code, text) in table {
            let s = parse_status(line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!((s.ok, &s.code, s.text.as_str()), (*ok, code, *text), "{line}");
            assert_eq!(s.to_string(), *line);
        }
        assert_eq!(parse_status("-err [in-use] x").and_then(|s| s.code), Some(ResponseCode::InUse));
        for other in ["* OK imap", "+O", "+OKAY", "", "-ERRx"] {
            assert_eq!(parse_status(other), None, "{other}");
        }
    }

    #[test]
    fn the_rfc_2449_capa_example_is_read() {
        // RFC 2449 §5, with the SASL line of Dovecot and a byte-stuffed line.
        let lines: Vec<String> = [
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
        ]
        .iter()
        .map(|l| unstuff(l).to_owned())
        .collect();
        assert_eq!(lines.last().map(String::as_str), Some(".odd"));
        let caps = capa_set(&lines);
        assert_eq!(caps.auth, ["PLAIN", "LOGIN"]);
        assert!(caps.starttls && caps.has("LOGIN-DELAY") && caps.has("USER"));
        assert!(!caps.login_disabled);
        assert!(is_terminator(".") && !is_terminator("..") && !is_terminator(". "));
        assert_eq!(unstuff("."), ".");
    }

    #[test]
    fn greetings_are_told_from_other_lines() {
        assert!(is_greeting("+OK Gpop ready for requests from 192.0.2.1 x1mb"));
        assert!(is_greeting("-ERR [SYS/TEMP] too busy"));
        assert!(!is_greeting("* OK imap"));
    }
}
