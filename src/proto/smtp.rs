//! SMTP replies (RFC 5321 §4.2) and enhanced status codes (RFC 3463).
//!
//! ```text
//! reply-line = *( Reply-code "-" [ textstring ] CRLF ) Reply-code [ SP textstring ] CRLF
//! ```
//! A multi-line reply repeats the code with `-` on every line but the last. The `EHLO`
//! reply (RFC 5321 §4.1.1.1) lists one extension keyword per line after the first.

use super::{Capabilities, Fed, ListEnd, Listed};

/// The EHLO/HELO name maildoctor uses: a reserved name (RFC 2606) that names nobody.
pub const CLIENT_NAME: &str = "maildoctor.invalid";

/// One line of a reply: its code, whether more lines follow, and its text.
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct ReplyLine<'a> {
    /// The three-digit code.
    pub code: u16,
    /// True for `250-`, false for `250 ` (the last line).
    pub more: bool,
    /// The text after the separator.
    pub text: &'a str,
}

/// Parses one reply line; `None` when it is not an SMTP reply line.
pub fn parse_line(line: &str) -> Option<ReplyLine<'_>> {
    let bytes = line.as_bytes();
    if bytes.len() < 3 || !bytes[..3].iter().all(u8::is_ascii_digit) {
        return None;
    }
    let code = line[..3].parse().ok()?;
    match bytes.get(3) {
        None => Some(ReplyLine { code, more: false, text: "" }),
        Some(b'-') => Some(ReplyLine { code, more: true, text: &line[4..] }),
        Some(b' ') => Some(ReplyLine { code, more: false, text: &line[4..] }),
        Some(_) => None,
    }
}

/// A complete (possibly multi-line) reply.
#[derive(Clone, Debug, Default, Eq, PartialEq)]
pub struct Reply {
    /// The code of the last line.
    pub code: u16,
    /// The text of every line, in order.
    pub lines: Vec<String>,
}

impl Reply {
    /// All lines joined with a space (for matching and for quoting).
    pub fn text(&self) -> String {
        self.lines.join(" ")
    }

    /// The enhanced status code (`5.7.8`) of the first line, if present.
    pub fn enhanced(&self) -> Option<&str> {
        let first = self.lines.first()?;
        let word = first.split_whitespace().next()?;
        let parts: Vec<&str> = word.split('.').collect();
        let ok = parts.len() == 3
            && matches!(parts[0], "2" | "4" | "5")
            && parts[1..]
                .iter()
                .all(|p| !p.is_empty() && p.len() <= 3 && p.bytes().all(|b| b.is_ascii_digit()));
        ok.then_some(word)
    }

    /// True for 2xx.
    pub fn is_positive(&self) -> bool {
        (200..300).contains(&self.code)
    }

    /// EHLO keywords (the first word of every line after the first), upper-cased.
    pub fn ehlo_keywords(&self) -> Vec<String> {
        self.lines
            .iter()
            .skip(1)
            .filter_map(|l| l.split_whitespace().next())
            .map(str::to_ascii_uppercase)
            .collect()
    }

    /// True when an EHLO reply advertises `keyword` (case-insensitive).
    pub fn has_keyword(&self, keyword: &str) -> bool {
        self.ehlo_keywords().iter().any(|k| k.eq_ignore_ascii_case(keyword))
    }
}

/// Accumulates reply lines until the reply is complete.
#[derive(Debug, Default)]
pub struct ReplyBuilder {
    reply: Reply,
}

impl ReplyBuilder {
    /// Most lines accepted in one reply (EHLO answers have ~15; this stops a flood).
    pub const MAX_LINES: usize = 64;

    /// Feeds one line. `Ok(Some(reply))` when complete, `Ok(None)` when more lines follow,
    /// `Err(line)` when the line is not an SMTP reply (or the reply is too long).
    pub fn push(&mut self, line: &str) -> Result<Option<Reply>, String> {
        let parsed = parse_line(line).ok_or_else(|| line.to_owned())?;
        if self.reply.lines.len() >= Self::MAX_LINES {
            return Err(line.to_owned());
        }
        self.reply.code = parsed.code;
        self.reply.lines.push(parsed.text.to_owned());
        if parsed.more { Ok(None) } else { Ok(Some(std::mem::take(&mut self.reply))) }
    }
}

/// True when `line` can be an SMTP greeting: `220` (ready), `421` (not available) or `554`
/// (no service here), RFC 5321 §3.1 and §4.3.2.
pub fn is_greeting(line: &str) -> bool {
    parse_line(line).is_some_and(|l| matches!(l.code, 220 | 421 | 554))
}

/// Reads the answer to `EHLO` (or `HELO`) through a [`ReplyBuilder`]; finishes within
/// [`ReplyBuilder::MAX_LINES`] lines. A complete positive reply lists every line's text (the
/// first is the server's name); a 4xx/5xx reply is `Refused` with its first line.
#[derive(Debug, Default)]
pub struct EhloReader {
    builder: ReplyBuilder,
}

impl EhloReader {
    /// Feeds one line.
    pub fn push(&mut self, line: &str) -> Fed {
        match self.builder.push(line) {
            Ok(None) => Fed::More,
            Ok(Some(reply)) if reply.is_positive() => {
                Fed::Done(Listed { lines: reply.lines, end: ListEnd::Complete, closing: None })
            }
            Ok(Some(reply)) => {
                let first = reply.lines.first().map_or("", String::as_str);
                let refused = format!("{} {first}", reply.code);
                Fed::Done(Listed { end: ListEnd::Refused(refused), ..Listed::default() })
            }
            Err(_) if parse_line(line).is_some() => {
                Fed::Done(Listed { end: ListEnd::Truncated, ..Listed::default() })
            }
            Err(other) => Fed::Done(Listed { end: ListEnd::Refused(other), ..Listed::default() }),
        }
    }
}

/// What the lines of an EHLO reply after the first say: keywords, `AUTH` mechanisms
/// (also the old `AUTH=LOGIN` form), `STARTTLS`.
pub fn ehlo_set(extension_lines: &[String]) -> Capabilities {
    let mut caps = Capabilities::default();
    for line in extension_lines {
        let mut words = line.split_whitespace();
        let Some(keyword) = words.next() else { continue };
        let upper = keyword.to_ascii_uppercase();
        if let Some(first) = upper.strip_prefix("AUTH=") {
            caps.add_keyword("AUTH");
            caps.add_auth(first);
            words.for_each(|m| caps.add_auth(m));
            continue;
        }
        caps.add_keyword(&upper);
        if upper == "AUTH" {
            words.for_each(|m| caps.add_auth(m));
        }
        caps.starttls |= upper == "STARTTLS";
    }
    caps
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multi_line_replies_are_joined_and_keywords_read() {
        let mut b = ReplyBuilder::default();
        assert_eq!(b.push("250-smtp.gmail.com at your service, [192.0.2.1]"), Ok(None));
        assert_eq!(b.push("250-SIZE 35882577"), Ok(None));
        assert_eq!(b.push("250-starttls"), Ok(None));
        let reply = b.push("250 AUTH LOGIN PLAIN").expect("valid").expect("complete");
        assert_eq!(reply.code, 250);
        assert!(reply.has_keyword("STARTTLS"));
        assert!(reply.has_keyword("auth"));
        assert!(!reply.has_keyword("8BITMIME"));
    }

    #[test]
    fn enhanced_codes_are_found_and_garbage_is_refused() {
        let mut b = ReplyBuilder::default();
        let r = b.push("535 5.7.8 Error: authentication failed").expect("ok").expect("done");
        assert_eq!(r.enhanced(), Some("5.7.8"));
        assert_eq!(parse_line("220"), Some(ReplyLine { code: 220, more: false, text: "" }));
        assert_eq!(parse_line("* OK imap"), None);
        assert_eq!(parse_line("2200 x"), None);
        assert!(ReplyBuilder::default().push("+OK pop").is_err());
    }

    fn ehlo(lines: &[&str]) -> Listed {
        let mut r = EhloReader::default();
        for line in lines {
            if let Fed::Done(listed) = r.push(line) {
                return listed;
            }
        }
        panic!("reply did not end");
    }

    #[test]
    fn the_rfc_5321_ehlo_example_and_gmail_are_read() {
        // RFC 5321 §4.1.1.1 shape; K03 (Gmail) and K11 (Yahoo) lines.
        let listed = ehlo(&[
            "250-smtp.gmail.com at your service, [192.0.2.1]",
            "250-SIZE 35882577",
            "250-8BITMIME",
            "250-AUTH LOGIN PLAIN XOAUTH2 PLAIN-CLIENTTOKEN OAUTHBEARER XOAUTH",
            "250-ENHANCEDSTATUSCODES",
            "250-PIPELINING",
            "250 SMTPUTF8",
        ]);
        assert_eq!(listed.end, ListEnd::Complete);
        let caps = ehlo_set(&listed.lines[1..]);
        assert_eq!(caps.keywords[..3], ["SIZE", "8BITMIME", "AUTH"]);
        assert_eq!(caps.auth, ["LOGIN", "PLAIN", "XOAUTH2", "PLAIN-CLIENTTOKEN", "OAUTHBEARER", "XOAUTH"]);
        assert!(!caps.starttls);
        let old = ehlo_set(&["AUTH=LOGIN PLAIN".to_owned(), "STARTTLS".to_owned()]);
        assert_eq!((old.auth.len(), old.starttls, old.has("AUTH")), (2, true, true));
    }

    #[test]
    fn a_refused_ehlo_a_flood_and_garbage_end_the_reply() {
        assert_eq!(
            ehlo(&["502 5.5.2 Error: command not recognized"]).end,
            ListEnd::Refused("502 5.5.2 Error: command not recognized".into())
        );
        assert!(matches!(ehlo(&["+OK pop3"]).end, ListEnd::Refused(_)));
        let flood: Vec<String> = (0..1000).map(|i| format!("250-X{i}")).collect();
        let refs: Vec<&str> = flood.iter().map(String::as_str).collect();
        assert_eq!(ehlo(&refs).end, ListEnd::Truncated);
    }

    #[test]
    fn greetings_are_told_from_other_replies() {
        // K23 Postfix, E08 Postfix anvil, W20.
        assert!(is_greeting("220 mx.example ESMTP Postfix (Ubuntu)"));
        assert!(is_greeting("220-mx.example ESMTP Exim 4.89 #1 Tue, 25 Nov 2026 10:00:00 +0000"));
        assert!(is_greeting("421 4.7.0 mx.example Error: too many connections from 192.0.2.1"));
        assert!(is_greeting("554 5.7.1 No SMTP service here"));
        assert!(!is_greeting("250-mx.example"));
        assert!(!is_greeting("500 5.5.2 Error: bad syntax"));
    }
}
