//! OpenSMTPD 6.8.0p2 on Debian 12, whose TLS is broken: every handshake, implicit or after
//! STARTTLS, ends with alert 80 (internal_error) right after the server sent its ServerHello and
//! a valid certificate. Connected to by name, so the certificate itself is no fault.

use super::families::*;
use super::*;

/// True when `text` names the server's TLS alert (rustls says `InternalError`, OpenSSL
/// `internal error`, the registry `internal_error`).
fn names_the_alert(text: &str) -> bool {
    let text = text.to_lowercase().replace(['_', ' '], "");
    text.contains("internalerror")
}

/// `check --protocol smtp` by name on `port` with `security`, no credentials.
fn check_by_name(real: &Real, port: u16, security: &str) -> Checked {
    let names = Names::start();
    real.cmd("smtp", MAIL_NAME, port, security).dns(&names).run()
}

/// On the implicit-TLS port, when the client waited for a plaintext greeting (STARTTLS or
/// auto): the report says both that the port speaks TLS from the start and that its TLS fails,
/// with the server's alert, and keeps the certificate the server sent before the alert.
fn assert_tls_port_whose_tls_fails(checked: &Checked) {
    let ctx = checked.context();
    assert_eq!(checked.report["verdict"], "error", "{ctx}");
    let primary = checked.report["primary"].as_str().unwrap_or_default();
    assert!(
        ["tls.tls_on_plaintext_port", "tls.handshake_failed"].contains(&primary),
        "primary {primary}\n{ctx}"
    );
    // "This port uses SSL/TLS from the start" …
    assert!(checked.codes().contains(&"tls.tls_on_plaintext_port"), "{ctx}");
    // … "and its TLS fails", in the server's terms.
    assert!(names_the_alert(&all_evidence(checked)), "the alert is in no evidence\n{ctx}");
    let covered = &checked.report["certificate"]["names"];
    assert!(
        covered.as_array().is_some_and(|n| n.iter().any(|x| x == MAIL_NAME)),
        "no certificate recorded\n{ctx}"
    );
}

#[test]
fn starttls_on_opensmtpds_implicit_tls_port_says_the_port_wants_tls_and_its_tls_fails() {
    let Some(real) = Real::get() else { return };
    let checked = check_by_name(&real, real.port("OPENSMTPD_SMTPS"), "starttls");
    assert_tls_port_whose_tls_fails(&checked);
}

#[test]
fn auto_security_on_opensmtpds_implicit_tls_port_finds_tls_and_reports_that_it_fails() {
    let Some(real) = Real::get() else { return };
    let checked = check_by_name(&real, real.port("OPENSMTPD_SMTPS"), "auto");
    let ctx = checked.context();
    // No mode was wrong: the detected one (SSL/TLS) is reported, and its handshake fails.
    checked.assert_primary("tls.handshake_failed");
    assert_eq!(checked.report["target"]["security"], "tls", "the detected security\n{ctx}");
    assert!(names_the_alert(&all_evidence(&checked)), "the alert is in no evidence\n{ctx}");
    let covered = &checked.report["certificate"]["names"];
    assert!(
        covered.as_array().is_some_and(|n| n.iter().any(|x| x == MAIL_NAME)),
        "no certificate recorded\n{ctx}"
    );
}

#[test]
fn ssl_tls_on_opensmtpds_implicit_tls_port_is_a_handshake_failure_with_the_servers_alert() {
    let Some(real) = Real::get() else { return };
    let checked = check_by_name(&real, real.port("OPENSMTPD_SMTPS"), "tls");
    checked.assert_primary("tls.handshake_failed");
    let evidence = checked.evidence_text("tls.handshake_failed");
    assert!(names_the_alert(&evidence), "{evidence}\n{}", checked.context());
    assert_eq!(checked.stage_status("tls"), "fail", "{}", checked.context());
}

#[test]
fn starttls_at_opensmtpd_fails_after_the_servers_go_ahead_with_its_alert() {
    let Some(real) = Real::get() else { return };
    for security in ["starttls", "auto"] {
        let checked = check_by_name(&real, real.port("OPENSMTPD_SUBMISSION"), security);
        checked.assert_primary("tls.starttls_failed");
        // The server agreed to STARTTLS, then broke the handshake.
        let heard = checked.transcript("server");
        assert!(heard.iter().any(|l| l.starts_with("220 ") && l.contains("TLS")), "{heard:?}");
        let evidence = checked.evidence_text("tls.starttls_failed");
        assert!(names_the_alert(&evidence), "{evidence}\n{}", checked.context());
    }
}
