//! Port confusion on the other families: SSL/TLS chosen on a port that greets in plain text
//! is told so at once, quoting the greeting the server really sends.

use super::families::*;
use super::*;

/// The first `n` words of `line` (greetings end in dates, session ids and challenges that
/// differ from one connection to the next).
fn first_words(line: &str, n: usize) -> String {
    line.split_whitespace().take(n).collect::<Vec<_>>().join(" ")
}

#[test]
fn ssl_tls_on_each_familys_starttls_port_is_told_the_port_greets_in_plain_text() {
    let Some(real) = Real::get() else { return };
    for (protocol, key) in [
        ("imap", "COURIER_IMAP"),
        ("pop3", "COURIER_POP3"),
        ("imap", "CYRUS_IMAP"),
        ("pop3", "CYRUS_POP3"),
        ("smtp", "EXIM_SUBMISSION"),
        ("smtp", "OPENSMTPD_SUBMISSION"),
    ] {
        let port = real.port(key);
        // What the server greets with, read here.
        let greeting = Held::open(port).greeting;
        assert!(!greeting.is_empty(), "{key}: no plaintext greeting");
        let checked = real.check(protocol, real.var("HOST"), port, "tls");
        checked.assert_primary("tls.plaintext_on_tls_port");
        let sent = checked.evidence("tls.plaintext_on_tls_port", "server sent");
        let words = first_words(&greeting, 3);
        assert!(
            sent.starts_with(&words),
            "{key}: evidence {sent:?}, greeting {greeting:?}\n{}",
            checked.context()
        );
    }
}
