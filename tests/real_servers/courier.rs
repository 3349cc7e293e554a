//! Courier-IMAP 5.0 and Courier POP3 (authdaemond with a userdb): STARTTLS ports with
//! IMAP_TLS_REQUIRED / POP3_TLS_REQUIRED, implicit-TLS ports, and a port with a low MAXPERIP,
//! past which couriertcpd accepts a connection and closes it before any greeting.

use super::families::*;
use super::*;

#[test]
fn courier_imap_with_starttls_signs_in_and_the_verdict_is_ok() {
    let Some(real) = Real::get() else { return };
    let target = ("imap", IMAP_NAME, real.port("COURIER_IMAP"));
    assert_signs_in(&real, target, "starttls", "starttls", Some("courier"));
}

#[test]
fn courier_imap_over_implicit_tls_signs_in_and_the_verdict_is_ok() {
    let Some(real) = Real::get() else { return };
    let target = ("imap", IMAP_NAME, real.port("COURIER_IMAPS"));
    let checked = assert_signs_in(&real, target, "tls", "implicit", Some("courier"));
    assert!(
        checked.transcript("client").iter().any(|l| l.ends_with("EXAMINE INBOX")),
        "{}",
        checked.context()
    );
}

#[test]
fn courier_pop3_with_stls_signs_in_and_the_verdict_is_ok() {
    let Some(real) = Real::get() else { return };
    let target = ("pop3", MAIL_NAME, real.port("COURIER_POP3"));
    assert_signs_in(&real, target, "starttls", "starttls", Some("courier"));
}

#[test]
fn courier_pop3_over_implicit_tls_signs_in_and_the_verdict_is_ok() {
    let Some(real) = Real::get() else { return };
    let target = ("pop3", MAIL_NAME, real.port("COURIER_POP3S"));
    let checked = assert_signs_in(&real, target, "tls", "implicit", Some("courier"));
    assert!(checked.transcript("client").contains(&"STAT"), "{}", checked.context());
}

#[test]
fn a_wrong_imap_password_at_courier_is_invalid_credentials_in_couriers_words() {
    let Some(real) = Real::get() else { return };
    let words = assert_wrong_password_in_servers_words(&real, "imap", IMAP_NAME, real.port("COURIER_IMAPS"));
    assert!(words.starts_with("NO "), "{words}");
}

#[test]
fn a_wrong_pop3_password_at_courier_is_invalid_credentials_in_couriers_words() {
    let Some(real) = Real::get() else { return };
    let words = assert_wrong_password_in_servers_words(&real, "pop3", MAIL_NAME, real.port("COURIER_POP3S"));
    assert!(words.starts_with("-ERR"), "{words}");
}

#[test]
fn auto_security_on_couriers_implicit_tls_ports_finds_tls_and_signs_in() {
    let Some(real) = Real::get() else { return };
    for (protocol, host, key) in [("imap", IMAP_NAME, "COURIER_IMAPS"), ("pop3", MAIL_NAME, "COURIER_POP3S")]
    {
        assert_signs_in(&real, (protocol, host, real.port(key)), "auto", "implicit", Some("courier"));
    }
}

#[test]
fn auto_security_on_couriers_starttls_ports_finds_starttls_and_signs_in() {
    let Some(real) = Real::get() else { return };
    for (protocol, host, key) in [("imap", IMAP_NAME, "COURIER_IMAP"), ("pop3", MAIL_NAME, "COURIER_POP3")] {
        assert_signs_in(&real, (protocol, host, real.port(key)), "auto", "starttls", Some("courier"));
    }
}

#[test]
fn past_couriers_maxperip_the_connection_closes_before_a_greeting_and_says_a_limit_can_do_that() {
    let Some(real) = Real::get() else { return };
    let port = real.port("COURIER_LIMITED");
    let limit: usize = real.var("COURIER_MAXPERIP").parse().expect("a number");
    // Up to MAXPERIP, every connection is greeted; closed when dropped.
    let held = hold(port, limit, "* OK");
    // The premise: the next one is accepted, then closed without a byte.
    let refused = Held::open(port);
    assert_eq!(refused.greeting, "", "connection {} past MAXPERIP was greeted", limit + 1);
    let checked = real.check("imap", real.var("HOST"), port, "starttls");
    drop(held);
    checked.assert_primary("protocol.no_greeting");
    // The only trace is the server's log, so the report can only name the possibility.
    let advice = advice(&checked, "protocol.no_greeting").to_lowercase();
    assert!(advice.contains("connection limit") || advice.contains("limit connections"), "{advice}");
}
