//! What really answers on a port, judged from the first bytes it sends.
//!
//! A TLS record starts `0x16 0x03` (handshake) or `0x15 0x03` (alert). Plain-text mail
//! servers start with ASCII: `* OK` / `* PREAUTH` / `* BYE` (IMAP, RFC 9051 §7.1; some
//! servers refuse with `* NO`),
//! `+OK` / `-ERR` (POP3, RFC 1939 §3), a three-digit code (SMTP, RFC 5321 §4.2), and other
//! services with `HTTP/` or `SSH-`.

use serde::Serialize;

/// What the first bytes say the server speaks.
#[derive(Clone, Copy, Debug, Eq, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Speaks {
    /// `* OK`, `* PREAUTH`, `* BYE` (or a refusing `* NO`).
    Imap,
    /// `+OK`, `-ERR`.
    Pop3,
    /// `220`, `421`, `554`, … (three digits, then space or hyphen).
    Smtp,
    /// `HTTP/1.1 400 Bad Request`, or an HTML page.
    Http,
    /// `SSH-2.0-OpenSSH_9.2`.
    Ssh,
    /// A TLS record: the server expects (or started) TLS.
    Tls,
    /// Anything else.
    Unknown,
}

impl Speaks {
    /// The id of the message that names it in any language (`speaks-imap`; src/i18n.rs).
    pub const fn message_id(self) -> &'static str {
        match self {
            Speaks::Imap => "speaks-imap",
            Speaks::Pop3 => "speaks-pop3",
            Speaks::Smtp => "speaks-smtp",
            Speaks::Http => "speaks-http",
            Speaks::Ssh => "speaks-ssh",
            Speaks::Tls => "speaks-tls",
            Speaks::Unknown => "speaks-unknown",
        }
    }

    /// In plain words ("an IMAP server").
    pub const fn describe(self) -> &'static str {
        match self {
            Speaks::Imap => "an IMAP server",
            Speaks::Pop3 => "a POP3 server",
            Speaks::Smtp => "an SMTP server",
            Speaks::Http => "a web server",
            Speaks::Ssh => "an SSH server",
            Speaks::Tls => "a TLS (encrypted) service",
            Speaks::Unknown => "an unknown service",
        }
    }
}

/// Classifies the first bytes a server sent.
pub fn sniff(first: &[u8]) -> Speaks {
    if first.len() >= 2 && matches!(first[0], 0x14..=0x17) && first[1] == 0x03 {
        return Speaks::Tls;
    }
    let upper: Vec<u8> = first.iter().take(16).map(u8::to_ascii_uppercase).collect();
    let starts = |p: &[u8]| upper.starts_with(p);
    if starts(b"* OK")
        || starts(b"* PREAUTH")
        || starts(b"* BYE")
        || starts(b"* NO ")
        || starts(b"* CAPABILITY")
    {
        Speaks::Imap
    } else if starts(b"+OK") || starts(b"-ERR") {
        Speaks::Pop3
    } else if starts(b"HTTP/") || starts(b"<!DOCTYPE") || starts(b"<HTML") {
        Speaks::Http
    } else if starts(b"SSH-") {
        Speaks::Ssh
    } else if first.len() >= 4
        && first[..3].iter().all(u8::is_ascii_digit)
        && matches!(first[3], b' ' | b'-' | b'\r' | b'\n')
    {
        Speaks::Smtp
    } else {
        Speaks::Unknown
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_bytes_identify_the_service() {
        let table: &[(&[u8], Speaks)] = &[
            (b"* OK [CAPABILITY IMAP4rev1] Dovecot ready.\r\n", Speaks::Imap),
            (b"* BYE Too many connections\r\n", Speaks::Imap),
            (b"* NO Service unavailable\r\n", Speaks::Imap),
            (b"* NOTHING\r\n", Speaks::Unknown),
            (b"+OK Dovecot ready.\r\n", Speaks::Pop3),
            (b"-ERR [IN-USE] locked\r\n", Speaks::Pop3),
            (b"220 smtp.gmail.com ESMTP x - gsmtp\r\n", Speaks::Smtp),
            (b"220-mx.example ESMTP Exim\r\n", Speaks::Smtp),
            (b"554 5.7.1 go away\r\n", Speaks::Smtp),
            (b"HTTP/1.1 400 Bad Request\r\n", Speaks::Http),
            (b"SSH-2.0-OpenSSH_9.2p1\r\n", Speaks::Ssh),
            (&[0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x46], Speaks::Tls),
            (&[0x16, 0x03, 0x01, 0x00, 0x80], Speaks::Tls),
            (b"\x00\x01garbage", Speaks::Unknown),
            (b"", Speaks::Unknown),
            (b"12", Speaks::Unknown),
        ];
        for (bytes, expected) in table {
            assert_eq!(sniff(bytes), *expected, "{:?}", String::from_utf8_lossy(bytes));
        }
    }
}
