//! Cyrus IMAP 3.6 (sasldb users, `allowplaintext: no`): IMAP and POP3 with STARTTLS and over
//! implicit TLS.

use super::families::*;
use super::*;

#[test]
fn cyrus_imap_with_starttls_signs_in_and_the_verdict_is_ok() {
    let Some(real) = Real::get() else { return };
    let target = ("imap", IMAP_NAME, real.port("CYRUS_IMAP"));
    assert_signs_in(&real, target, "starttls", "starttls", Some("cyrus"));
}

#[test]
fn cyrus_imap_over_implicit_tls_signs_in_and_the_verdict_is_ok() {
    let Some(real) = Real::get() else { return };
    let target = ("imap", IMAP_NAME, real.port("CYRUS_IMAPS"));
    let checked = assert_signs_in(&real, target, "tls", "implicit", Some("cyrus"));
    assert!(
        checked.transcript("client").iter().any(|l| l.ends_with("EXAMINE INBOX")),
        "{}",
        checked.context()
    );
}

#[test]
fn cyrus_pop3_with_stls_signs_in_and_the_verdict_is_ok() {
    let Some(real) = Real::get() else { return };
    let target = ("pop3", MAIL_NAME, real.port("CYRUS_POP3"));
    assert_signs_in(&real, target, "starttls", "starttls", Some("cyrus"));
}

#[test]
fn cyrus_pop3_over_implicit_tls_signs_in_and_the_verdict_is_ok() {
    let Some(real) = Real::get() else { return };
    let target = ("pop3", MAIL_NAME, real.port("CYRUS_POP3S"));
    let checked = assert_signs_in(&real, target, "tls", "implicit", Some("cyrus"));
    assert!(checked.transcript("client").contains(&"STAT"), "{}", checked.context());
}

#[test]
fn a_wrong_imap_password_at_cyrus_is_invalid_credentials_in_cyruss_words() {
    let Some(real) = Real::get() else { return };
    let words = assert_wrong_password_in_servers_words(&real, "imap", IMAP_NAME, real.port("CYRUS_IMAPS"));
    assert!(words.starts_with("NO "), "{words}");
}

#[test]
fn a_wrong_pop3_password_at_cyrus_is_invalid_credentials_in_cyruss_words() {
    let Some(real) = Real::get() else { return };
    let words = assert_wrong_password_in_servers_words(&real, "pop3", MAIL_NAME, real.port("CYRUS_POP3S"));
    assert!(words.starts_with("-ERR"), "{words}");
}

#[test]
fn auto_security_on_cyruss_implicit_tls_ports_finds_tls_and_signs_in() {
    let Some(real) = Real::get() else { return };
    for (protocol, host, key) in [("imap", IMAP_NAME, "CYRUS_IMAPS"), ("pop3", MAIL_NAME, "CYRUS_POP3S")] {
        assert_signs_in(&real, (protocol, host, real.port(key)), "auto", "implicit", Some("cyrus"));
    }
}

#[test]
fn auto_security_on_cyruss_starttls_ports_finds_starttls_and_signs_in() {
    let Some(real) = Real::get() else { return };
    for (protocol, host, key) in [("imap", IMAP_NAME, "CYRUS_IMAP"), ("pop3", MAIL_NAME, "CYRUS_POP3")] {
        assert_signs_in(&real, (protocol, host, real.port(key)), "auto", "starttls", Some("cyrus"));
    }
}
