//! SMTP replies (RFC 5321 §4.2) and enhanced status codes (RFC 3463).
//!
//! ```text
//! reply-line = *( Reply-code "-" [ textstring ] CRLF ) Reply-code [ SP textstring ] CRLF
//! ```
//! A multi-line reply repeats the code with `-` on every line but the last.

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
}
