//! Exim 4.96 (Debian's exim4-daemon-light): submission with STARTTLS and over implicit TLS,
//! AUTH only after TLS, and a second daemon with `smtp_accept_max_per_host` whose next
//! connection is refused in the greeting itself (`421 Too many concurrent SMTP connections …`).

use super::families::*;
use super::*;

#[test]
fn exim_submission_with_starttls_signs_in_and_the_verdict_is_ok() {
    let Some(real) = Real::get() else { return };
    let target = ("smtp", MAIL_NAME, real.port("EXIM_SUBMISSION"));
    let checked = assert_signs_in(&real, target, "starttls", "starttls", Some("exim"));
    assert!(checked.transcript("server").iter().any(|l| l.starts_with("235 ")), "{}", checked.context());
}

#[test]
fn exim_submission_over_implicit_tls_signs_in_and_the_verdict_is_ok() {
    let Some(real) = Real::get() else { return };
    let target = ("smtp", MAIL_NAME, real.port("EXIM_SMTPS"));
    let checked = assert_signs_in(&real, target, "tls", "implicit", Some("exim"));
    assert!(checked.transcript("server").iter().any(|l| l.starts_with("235 ")), "{}", checked.context());
}

#[test]
fn a_wrong_password_at_exim_is_invalid_credentials_in_exims_words() {
    let Some(real) = Real::get() else { return };
    let words = assert_wrong_password_in_servers_words(&real, "smtp", MAIL_NAME, real.port("EXIM_SMTPS"));
    assert!(words.starts_with("535"), "{words}");
}

#[test]
fn auto_security_on_exims_implicit_tls_port_finds_tls_and_signs_in() {
    let Some(real) = Real::get() else { return };
    assert_signs_in(&real, ("smtp", MAIL_NAME, real.port("EXIM_SMTPS")), "auto", "implicit", Some("exim"));
}

#[test]
fn auto_security_on_exims_starttls_port_finds_starttls_and_signs_in() {
    let Some(real) = Real::get() else { return };
    assert_signs_in(
        &real,
        ("smtp", MAIL_NAME, real.port("EXIM_SUBMISSION")),
        "auto",
        "starttls",
        Some("exim"),
    );
}

#[test]
fn exims_greeting_refusal_for_too_many_connections_is_too_many_connections_in_its_words() {
    let Some(real) = Real::get() else { return };
    let port = real.port("EXIM_LIMITED");
    let limit: usize = real.var("EXIM_CONNECTION_LIMIT").parse().expect("a number");
    // Up to smtp_accept_max_per_host, every connection is greeted; closed when dropped.
    let held = hold(port, limit, "220 ");
    // The next one is refused in the greeting: the server's words, read here, not assumed.
    let refused = Held::open(port).greeting;
    assert!(refused.starts_with("421 "), "connection {} past the limit: {refused:?}", limit + 1);
    let names = Names::start();
    let checked = alice(&real, &names, "smtp", MAIL_NAME, port, "starttls");
    drop(held);
    checked.assert_primary("limits.too_many_connections");
    let said = checked.evidence("limits.too_many_connections", "server said");
    assert!(
        said.contains(&refused),
        "server said {said:?}, the server sent {refused:?}\n{}",
        checked.context()
    );
    // Refused before anything was asked of it: no sign-in was attempted.
    assert_ne!(checked.stage_status("auth"), "pass", "{}", checked.context());
    assert_nothing_sent(&real, &checked);
}
