//! IMAP responses (RFC 9051 §7, RFC 3501 §7) and response codes (RFC 5530).
//!
//! ```text
//! response-tagged = tag SP resp-cond-state CRLF
//! resp-cond-state = ("OK" / "NO" / "BAD") SP resp-text
//! resp-text       = ["[" resp-text-code "]" SP] [text]
//! ```

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
}
