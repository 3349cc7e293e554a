//! POP3 status lines (RFC 1939 §3) and extended response codes (RFC 2449 §8, RFC 3206).
//!
//! ```text
//! status = ("+OK" / "-ERR") [SP "[" resp-code "]"] [SP text]
//! ```

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
    let upper = line.get(..4).map(str::to_ascii_uppercase);
    let (ok, rest) = if upper.as_deref().is_some_and(|u| u.starts_with("+OK")) {
        (true, &line[3..])
    } else if upper.as_deref() == Some("-ERR") {
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
    }
}
