//! Verdicts decided before any password is sent, on all three protocols and several server
//! families: with `--security none`, a server whose capabilities already refuse a plaintext
//! sign-in is `auth.plaintext_disallowed` (an error: the mail app cannot sign in like this),
//! with or without credentials and without `--allow-insecure-auth`; nothing that could carry a
//! password goes out. A port that offers no sign-in at all is `auth.mechanism_unsupported`.

use super::families::*;
use super::*;

#[test]
fn dovecot_imap_without_tls_is_refused_by_logindisabled_before_any_password() {
    let Some(real) = Real::get() else { return };
    // 127.0.0.2: Dovecot exempts a client on the server's own address (see the docs).
    assert_refused_before_any_password(
        &real,
        "imap",
        real.var("OTHER_HOST"),
        real.port("IMAP"),
        "LOGINDISABLED",
    );
}

#[test]
fn dovecot_pop3_without_tls_is_refused_by_its_capabilities_before_any_password() {
    let Some(real) = Real::get() else { return };
    // Dovecot's CAPA on 127.0.0.2: STLS, an empty SASL list and no USER.
    assert_refused_before_any_password(&real, "pop3", real.var("OTHER_HOST"), real.port("POP3"), "STLS");
}

#[test]
fn courier_imap_with_tls_required_is_refused_by_logindisabled_before_any_password() {
    let Some(real) = Real::get() else { return };
    // IMAP_TLS_REQUIRED=1, and no same-address exemption: 127.0.0.1 shows it.
    let port = real.port("COURIER_IMAP");
    assert_refused_before_any_password(&real, "imap", real.var("HOST"), port, "LOGINDISABLED");
}

#[test]
fn cyrus_imap_without_plaintext_sign_in_is_refused_by_logindisabled_before_any_password() {
    let Some(real) = Real::get() else { return };
    let port = real.port("CYRUS_IMAP");
    assert_refused_before_any_password(&real, "imap", real.var("HOST"), port, "LOGINDISABLED");
}

#[test]
fn postfix_submission_without_starttls_is_refused_before_any_password_as_ehlo_lists_no_auth() {
    let Some(real) = Real::get() else { return };
    let port = real.port("SUBMISSION");
    assert_refused_before_any_password(&real, "smtp", real.var("HOST"), port, "STARTTLS");
}

#[test]
fn exim_submission_without_starttls_is_refused_before_any_password_as_ehlo_lists_no_auth() {
    let Some(real) = Real::get() else { return };
    let port = real.port("EXIM_SUBMISSION");
    assert_refused_before_any_password(&real, "smtp", real.var("HOST"), port, "STARTTLS");
}

#[test]
fn an_smtp_port_that_offers_no_auth_at_all_is_mechanism_unsupported_pointing_at_587_and_465() {
    let Some(real) = Real::get() else { return };
    let names = Names::start();
    // Exim's MX-like port: STARTTLS, but no AUTH before or after it.
    let checked = alice(&real, &names, "smtp", MAIL_NAME, real.port("EXIM_MX"), "starttls");
    checked.assert_primary("auth.mechanism_unsupported");
    assert_eq!(checked.report["tls"]["verified"], true, "{}", checked.context());
    // The premise, after STARTTLS: EHLO lists no AUTH.
    let heard = checked.transcript("server");
    assert!(heard.iter().any(|l| l.starts_with("220 ") && l.contains("TLS")), "{heard:?}");
    assert!(!heard.iter().any(|l| l.contains("AUTH")), "{heard:?}");
    let advice = advice(&checked, "auth.mechanism_unsupported");
    assert!(advice.contains("587") && advice.contains("465"), "no 587/465 in the advice:\n{advice}");
    assert_nothing_sent(&real, &checked);
}

#[test]
fn courier_pop3_refuses_user_before_stls_so_the_password_is_never_sent() {
    let Some(real) = Real::get() else { return };
    // Courier's CAPA lists USER even before STLS (POP3_TLS_REQUIRED=1): only USER tells. Even
    // when allowed to, maildoctor must not send PASS after USER was refused.
    let port = real.port("COURIER_POP3");
    let checked = real
        .cmd("pop3", real.var("HOST"), port, "none")
        .user(real.var("USER"), real.var("PASSWORD"))
        .flag("--allow-insecure-auth")
        .run();
    checked.assert_primary("auth.plaintext_disallowed");
    let refusal = checked
        .transcript("server")
        .into_iter()
        .find(|l| l.starts_with("-ERR"))
        .unwrap_or_else(|| panic!("no -ERR from the server\n{}", checked.context()))
        .to_owned();
    let said = checked.evidence("auth.plaintext_disallowed", "server said");
    assert!(said.contains(&refusal), "server said {said:?}, the server sent {refusal:?}");
    let sent = checked.transcript("client");
    assert!(!sent.iter().any(|l| l.starts_with("PASS")), "{sent:?}");
    checked.assert_no_password_form(real.var("USER"), real.var("PASSWORD"));
}
