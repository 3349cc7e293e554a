//! Sans-IO protocol pieces: what bytes mean, with no sockets.
//!
//! Each file parses one protocol's lines into types (status lines with typed response codes,
//! SMTP replies with enhanced status codes, capabilities) and builds its commands; the
//! reading and writing is `net::client`, one client per protocol, over a bounded
//! `net::session::Session`. Parsers take hostile input: they never panic and never allocate
//! without bound.

pub mod imap;
pub mod mailbox;
pub mod pop3;
pub mod sasl;
pub mod smtp;
pub mod sniff;
pub mod text;
pub mod tls_records;

use serde::Serialize;

/// Most lines a capability answer (IMAP `CAPABILITY`, POP3 `CAPA`, SMTP `EHLO`) may have
/// before the client stops reading it.
pub const MAX_LIST_LINES: usize = 64;
/// Most capability keywords or mechanisms kept.
pub const MAX_KEYWORDS: usize = 128;

/// What a server advertises before sign-in, in one shape for IMAP, POP3 and SMTP.
#[derive(Clone, Debug, Default, Eq, PartialEq, Serialize)]
pub struct Capabilities {
    /// Keywords, upper-cased, without parameters: IMAP atoms (`IDLE`, `AUTH=PLAIN`), POP3 CAPA
    /// tags (`USER`, `SASL`, `STLS`), SMTP EHLO keywords (`AUTH`, `SIZE`, `STARTTLS`).
    pub keywords: Vec<String>,
    /// SASL mechanisms offered, upper-cased (`PLAIN`, `LOGIN`, `XOAUTH2`).
    pub auth: Vec<String>,
    /// Whether STARTTLS (POP3: `STLS`) is advertised.
    pub starttls: bool,
    /// IMAP `LOGINDISABLED`: the `LOGIN` command is refused on this connection.
    pub login_disabled: bool,
    /// SMTP `SIZE n`: the largest message the server takes, in bytes (`None`: not said, or
    /// `SIZE 0`, no fixed limit).
    pub size_limit: Option<u64>,
}

impl Capabilities {
    /// True when `keyword` is advertised (case-insensitive).
    pub fn has(&self, keyword: &str) -> bool {
        self.keywords.iter().any(|k| k.eq_ignore_ascii_case(keyword))
    }

    /// Adds a keyword once (bounded).
    pub(crate) fn add_keyword(&mut self, keyword: &str) {
        push_unique(&mut self.keywords, keyword);
    }

    /// Adds a SASL mechanism once (bounded).
    pub(crate) fn add_auth(&mut self, mechanism: &str) {
        push_unique(&mut self.auth, mechanism);
    }
}

fn push_unique(list: &mut Vec<String>, item: &str) {
    let item = item.trim().to_ascii_uppercase();
    if !item.is_empty() && list.len() < MAX_KEYWORDS && !list.contains(&item) {
        list.push(item);
    }
}

/// A server line made safe to quote: control characters escaped (`\x00`), at most `max`
/// characters (then `…`). Server bytes are hostile; evidence must stay readable and short.
pub fn printable(text: &str, max: usize) -> String {
    let mut out = String::new();
    for (count, c) in text.chars().enumerate() {
        if count >= max {
            out.push('…');
            break;
        }
        if c.is_control() {
            out.push_str(&format!("\\x{:02x}", u32::from(c) & 0xff));
        } else {
            out.push(c);
        }
    }
    out
}

/// Raw bytes made safe to quote: printable ASCII kept, everything else as `\xNN`.
pub fn printable_bytes(bytes: &[u8], max: usize) -> String {
    let mut out = String::new();
    for (count, &b) in bytes.iter().enumerate() {
        if count >= max {
            out.push('…');
            break;
        }
        match b {
            b'\r' => out.push_str("\\r"),
            b'\n' => out.push_str("\\n"),
            0x20..=0x7e => out.push(char::from(b)),
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_text_is_quoted_readably_and_short() {
        assert_eq!(printable("\u{0}\u{1}garbage\u{fffd}", 80), "\\x00\\x01garbage\u{fffd}");
        assert_eq!(printable(&"x".repeat(500), 5), "xxxxx…");
        assert_eq!(printable_bytes(b"\x16\x03\x01ab\r\n", 80), "\\x16\\x03\\x01ab\\r\\n");
        assert_eq!(printable_bytes(b"abcdef", 3), "abc…");
    }

    #[test]
    fn keywords_are_deduplicated_upper_cased_and_bounded() {
        let mut caps = Capabilities::default();
        for i in 0..1000 {
            caps.add_keyword(&format!("x{i}"));
            caps.add_keyword("idle");
        }
        assert_eq!(caps.keywords.len(), MAX_KEYWORDS);
        assert!(caps.has("IDLE") && caps.has("idle"));
    }
}
