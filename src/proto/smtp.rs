//! SMTP replies (RFC 5321 §4.2) and enhanced status codes (RFC 3463).
//!
//! ```text
//! reply-line    = *( Reply-code "-" [ textstring ] CRLF ) Reply-code [ SP textstring ] CRLF
//! Reply-code    = %x32-35 %x30-35 %x30-39                      ; 2yz-5yz, y 0-5 (§4.2)
//! status-code   = class "." subject "." detail                 ; RFC 3463 §2
//! class         = "2" / "4" / "5"
//! subject       = 1*3digit
//! detail        = 1*3digit
//! ```
//! A multi-line reply repeats the code with `-` on every line but the last. The `EHLO`
//! reply (RFC 5321 §4.1.1.1) lists one extension keyword per line after the first. A line
//! that is not a reply line is not a reply: [`ReplyBuilder`] says so instead of inventing a
//! code. Sans-IO; the reading is in `net::client::smtp`.

use std::fmt;

use super::Capabilities;

/// The EHLO/HELO name maildoctor uses: a reserved name (RFC 2606) that names nobody.
pub const CLIENT_NAME: &str = "maildoctor.invalid";

/// A basic reply code, validated: `2yz` to `5yz` with `y` from 0 to 5 (RFC 5321 §4.2).
#[derive(Clone, Copy, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
pub struct ReplyCode(u16);

/// What the first digit of a reply code says (RFC 5321 §4.2.1).
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub enum Severity {
    /// `2yz`: done.
    PositiveCompletion,
    /// `3yz`: go on (a SASL challenge, `354` for DATA).
    PositiveIntermediate,
    /// `4yz`: not now; try again later.
    TransientNegative,
    /// `5yz`: no.
    PermanentNegative,
}

impl ReplyCode {
    /// The code, when `code` is a valid reply code.
    pub const fn new(code: u16) -> Option<ReplyCode> {
        let (first, second) = (code / 100, code / 10 % 10);
        if first >= 2 && first <= 5 && second <= 5 { Some(ReplyCode(code)) } else { None }
    }

    /// The number (`535`).
    pub const fn get(self) -> u16 {
        self.0
    }

    /// What the first digit says.
    pub const fn severity(self) -> Severity {
        match self.0 / 100 {
            2 => Severity::PositiveCompletion,
            3 => Severity::PositiveIntermediate,
            4 => Severity::TransientNegative,
            _ => Severity::PermanentNegative,
        }
    }

    /// True for 2xx.
    pub const fn is_positive(self) -> bool {
        matches!(self.severity(), Severity::PositiveCompletion)
    }

    /// True for 4xx and 5xx: a refusal.
    pub const fn is_negative(self) -> bool {
        matches!(self.severity(), Severity::TransientNegative | Severity::PermanentNegative)
    }
}

impl PartialEq<u16> for ReplyCode {
    fn eq(&self, other: &u16) -> bool {
        self.0 == *other
    }
}

impl fmt::Display for ReplyCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// An enhanced status code (RFC 3463): `5.7.8`.
#[derive(Clone, Copy, Debug, Eq, Hash, PartialEq)]
pub struct EnhancedCode {
    /// 2, 4 or 5.
    pub class: u8,
    /// The subject (0-999): 7 is security or policy.
    pub subject: u16,
    /// The detail (0-999).
    pub detail: u16,
}

impl EnhancedCode {
    /// Parses `class.subject.detail` (the whole of `word`).
    pub fn parse(word: &str) -> Option<EnhancedCode> {
        let mut parts = word.split('.');
        let (class, subject, detail) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() {
            return None;
        }
        let number = |p: &str| {
            (!p.is_empty() && p.len() <= 3 && p.bytes().all(|b| b.is_ascii_digit()))
                .then(|| p.parse().ok())
                .flatten()
        };
        let class = match class {
            "2" => 2,
            "4" => 4,
            "5" => 5,
            _ => return None,
        };
        Some(EnhancedCode { class, subject: number(subject)?, detail: number(detail)? })
    }
}

impl fmt::Display for EnhancedCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.class, self.subject, self.detail)
    }
}

/// One line of a reply: its code, whether more lines follow, and its text.
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct ReplyLine<'a> {
    /// The reply code.
    pub code: ReplyCode,
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
    let code = ReplyCode::new(line[..3].parse().ok()?)?;
    match bytes.get(3) {
        None => Some(ReplyLine { code, more: false, text: "" }),
        Some(b'-') => Some(ReplyLine { code, more: true, text: &line[4..] }),
        Some(b' ') => Some(ReplyLine { code, more: false, text: &line[4..] }),
        Some(_) => None,
    }
}

/// A complete (possibly multi-line) reply.
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct Reply {
    /// The code of the last line.
    pub code: ReplyCode,
    /// The enhanced status code at the start of the first line's text, when there is one.
    pub enhanced: Option<EnhancedCode>,
    /// The text of every line (after the code and separator), in order.
    pub lines: Vec<String>,
}

impl Reply {
    /// All lines joined with a space (for matching and for quoting).
    pub fn text(&self) -> String {
        self.lines.join(" ")
    }

    /// True for 2xx.
    pub fn is_positive(&self) -> bool {
        self.code.is_positive()
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

impl fmt::Display for Reply {
    /// The reply on one line: `535 5.7.8 Authentication failed.` (lines joined by spaces).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.code)?;
        for line in &self.lines {
            write!(f, " {line}")?;
        }
        Ok(())
    }
}

/// Why lines did not make a reply.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub enum NotAReply {
    /// A line is not a reply line (no valid code, or another protocol).
    Garbled,
    /// The reply went on past [`ReplyBuilder::MAX_LINES`] lines.
    TooLong,
}

/// Accumulates reply lines until the reply is complete.
#[derive(Debug, Default)]
pub struct ReplyBuilder {
    lines: Vec<String>,
    enhanced: Option<EnhancedCode>,
}

impl ReplyBuilder {
    /// Most lines accepted in one reply (EHLO answers have ~15; this stops a flood).
    pub const MAX_LINES: usize = 64;

    /// Feeds one line. `Ok(Some(reply))` when complete, `Ok(None)` when more lines follow.
    pub fn push(&mut self, line: &str) -> Result<Option<Reply>, NotAReply> {
        let parsed = parse_line(line).ok_or(NotAReply::Garbled)?;
        if self.lines.len() >= Self::MAX_LINES {
            return Err(NotAReply::TooLong);
        }
        if self.lines.is_empty() {
            self.enhanced = parsed.text.split_whitespace().next().and_then(EnhancedCode::parse);
        }
        self.lines.push(parsed.text.to_owned());
        if parsed.more {
            return Ok(None);
        }
        let lines = std::mem::take(&mut self.lines);
        Ok(Some(Reply { code: parsed.code, enhanced: self.enhanced.take(), lines }))
    }
}

/// True when `line` can be an SMTP greeting: `220` (ready), `421` (not available) or `554`
/// (no service here), RFC 5321 §3.1 and §4.3.2.
pub fn is_greeting(line: &str) -> bool {
    parse_line(line).is_some_and(|l| matches!(l.code.get(), 220 | 421 | 554))
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
            words.by_ref().for_each(|m| caps.add_auth(m));
        }
        caps.starttls |= upper == "STARTTLS";
        if upper == "SIZE" {
            caps.size_limit = words.next().and_then(|n| n.parse::<u64>().ok()).filter(|n| *n > 0);
        }
    }
    caps
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A line and what it parses to: (code, more, text), or nothing.
    type LineCase<'a> = (&'a str, Option<(u16, bool, &'a str)>);
    /// A word and the enhanced code it is: (class, subject, detail), or none.
    type EnhancedCase<'a> = (&'a str, Option<(u8, u16, u16)>);

    fn build(lines: &[&str]) -> Result<Option<Reply>, NotAReply> {
        let mut b = ReplyBuilder::default();
        let mut last = Ok(None);
        for line in lines {
            last = b.push(line);
            if !matches!(last, Ok(None)) {
                break;
            }
        }
        last
    }

    #[test]
    fn reply_codes_are_validated() {
        // (line, code, more, text); RFC 5321 §4.2 allows 2yz-5yz with y 0-5.
        let table: &[LineCase<'_>] = &[
            ("220", Some((220, false, ""))),
            ("250-SIZE 35882577", Some((250, true, "SIZE 35882577"))),
            ("535 5.7.8 Error", Some((535, false, "5.7.8 Error"))),
            ("334 VXNlcm5hbWU6", Some((334, false, "VXNlcm5hbWU6"))),
            ("421 4.7.0 bye", Some((421, false, "4.7.0 bye"))),
            ("554 ", Some((554, false, ""))),
            ("199 too small", None),
            ("600 too big", None),
            ("260 bad second digit", None),
            ("2200 x", None),
            ("22", None),
            ("* OK imap", None),
            ("+OK pop", None),
            ("250_x", None),
        ];
        for (line, want) in table {
            let got = parse_line(line).map(|l| (l.code.get(), l.more, l.text));
            assert_eq!(got, *want, "{line}");
        }
        let code = ReplyCode::new(452).expect("code");
        assert_eq!(
            (code.severity(), code.is_negative(), code.is_positive()),
            (Severity::TransientNegative, true, false)
        );
        assert_eq!(ReplyCode::new(354).map(ReplyCode::severity), Some(Severity::PositiveIntermediate));
    }

    #[test]
    fn enhanced_codes_follow_rfc_3463() {
        let table: &[EnhancedCase<'_>] = &[
            ("5.7.8", Some((5, 7, 8))),
            ("4.7.0", Some((4, 7, 0))),
            ("2.0.0", Some((2, 0, 0))),
            ("5.7.139", Some((5, 7, 139))),
            ("5.1.10", Some((5, 1, 10))),
            ("3.0.0", None),
            ("5.7", None),
            ("5.7.8.1", None),
            ("5.7.1000", None),
            ("5..8", None),
            ("5.7.8,", None),
            ("", None),
        ];
        for (word, want) in table {
            let got = EnhancedCode::parse(word).map(|e| (e.class, e.subject, e.detail));
            assert_eq!(got, *want, "{word}");
        }
        assert_eq!(EnhancedCode::parse("5.7.139").map(|e| e.to_string()).as_deref(), Some("5.7.139"));
    }

    #[test]
    fn multi_line_replies_keep_every_line_and_the_first_enhanced_code() {
        // K03 (Gmail EHLO), B03 (Gmail's 534-5.7.9).
        let reply = build(&[
            "250-smtp.gmail.com at your service, [192.0.2.1]",
            "250-SIZE 35882577",
            "250-starttls",
            "250 AUTH LOGIN PLAIN",
        ])
        .expect("valid")
        .expect("complete");
        assert_eq!((reply.code.get(), reply.enhanced), (250, None));
        assert!(reply.has_keyword("STARTTLS") && reply.has_keyword("auth") && !reply.has_keyword("8BITMIME"));
        let b03 = build(&[
            "534-5.7.9 Application-specific password required. Learn more at",
            "534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor x - gsmtp",
        ])
        .expect("valid")
        .expect("complete");
        assert_eq!(b03.enhanced.map(|e| e.to_string()).as_deref(), Some("5.7.9"));
        assert_eq!(b03.lines.len(), 2);
        assert!(b03.to_string().starts_with("534 5.7.9 Application-specific"));
    }

    #[test]
    fn garbage_and_floods_are_not_replies() {
        assert_eq!(build(&["+OK pop3"]), Err(NotAReply::Garbled));
        assert_eq!(build(&["250-first", "garbage"]), Err(NotAReply::Garbled));
        let flood: Vec<String> = (0..1000).map(|i| format!("250-X{i}")).collect();
        let refs: Vec<&str> = flood.iter().map(String::as_str).collect();
        assert_eq!(build(&refs), Err(NotAReply::TooLong));
    }

    #[test]
    fn the_rfc_5321_ehlo_example_and_gmail_are_read() {
        // RFC 5321 §4.1.1.1 shape; K03 (Gmail) and K11 (Yahoo) lines.
        let reply = build(&[
            "250-smtp.gmail.com at your service, [192.0.2.1]",
            "250-SIZE 35882577",
            "250-8BITMIME",
            "250-AUTH LOGIN PLAIN XOAUTH2 PLAIN-CLIENTTOKEN OAUTHBEARER XOAUTH",
            "250-ENHANCEDSTATUSCODES",
            "250-PIPELINING",
            "250 SMTPUTF8",
        ])
        .expect("valid")
        .expect("complete");
        let caps = ehlo_set(&reply.lines[1..]);
        assert_eq!(caps.keywords[..3], ["SIZE", "8BITMIME", "AUTH"]);
        assert_eq!(caps.auth, ["LOGIN", "PLAIN", "XOAUTH2", "PLAIN-CLIENTTOKEN", "OAUTHBEARER", "XOAUTH"]);
        assert!(!caps.starttls);
        let old = ehlo_set(&["AUTH=LOGIN PLAIN".to_owned(), "STARTTLS".to_owned()]);
        assert_eq!((old.auth.len(), old.starttls, old.has("AUTH")), (2, true, true));
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
