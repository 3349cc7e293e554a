//! The `tls` stage through the engine: certificates, port confusion and STARTTLS, against
//! in-process fakes on loopback that trust only the test CA.

use std::time::Duration;

use maildoctor::report::{FindingReport, Report};
use maildoctor::stage::{Stage, StageStatus};
use maildoctor::target::{Protocol, Security, SecurityChoice};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

use crate::support::certs::{Identity, TestCa, self_signed, self_signed_ca};
use crate::support::fake_server::{Dialect, FakeServer, Step, send};
use crate::support::{self, assert_code, codes};

const IMAP_GREETING: &str = "* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] Dovecot ready.";

/// Runs `protocol` against 127.0.0.1:`port`, trusting only `ca`.
async fn diagnose(ca: Option<&TestCa>, protocol: Protocol, port: u16, security: SecurityChoice) -> Report {
    let engine = support::engine(ca.map(|c| c.pem.clone()));
    engine.diagnose(&support::request(protocol, "127.0.0.1", port, security)).await
}

/// An implicit-TLS IMAP server presenting `id`.
async fn imaps(id: &Identity) -> FakeServer {
    FakeServer::tls(Dialect::Imap, vec![send(IMAP_GREETING)], id.server_config()).await
}

fn finding<'a>(report: &'a Report, code: &str) -> &'a FindingReport {
    report.findings.iter().find(|f| f.code.id() == code).unwrap_or_else(|| {
        panic!("expected {code}, got {:?}\ntranscript: {:#?}", codes(report), report.transcript)
    })
}

fn evidence(f: &FindingReport, label: &str) -> String {
    f.evidence
        .iter()
        .find(|e| e.label == label)
        .map(|e| e.value.clone())
        .unwrap_or_else(|| panic!("no evidence {label:?} in {:?}", f.evidence))
}

fn tls_status(report: &Report) -> Option<StageStatus> {
    report.stage(Stage::Tls).map(|s| s.status)
}

fn tls_codes(report: &Report) -> Vec<String> {
    codes(report).into_iter().filter(|c| c.starts_with("tls.")).collect()
}

#[tokio::test]
async fn a_valid_chain_passes_and_the_report_shows_version_cipher_and_certificate() {
    let ca = TestCa::new("Maildoctor Test CA");
    let server = imaps(&ca.leaf("imap.example.test", &["imap.example.test", "127.0.0.1"], (-1, 90))).await;
    let report = diagnose(Some(&ca), Protocol::Imap, server.port(), SecurityChoice::Tls).await;

    assert_eq!(tls_codes(&report), Vec::<String>::new(), "{:#?}", report.transcript);
    assert_eq!(tls_status(&report), Some(StageStatus::Pass));
    let tls = report.tls.as_ref().expect("tls info");
    assert_eq!(tls.version, "TLSv1.3");
    assert!(tls.cipher.starts_with("TLS13_"), "{}", tls.cipher);
    assert_eq!(tls.mode, "implicit");
    assert!(tls.verified);
    let cert = report.certificate.as_ref().expect("certificate");
    assert_eq!(cert.names, vec!["imap.example.test", "127.0.0.1"]);
    assert_eq!(cert.issuer, "CN=Maildoctor Test CA");
    assert_eq!(cert.key_type, "ECDSA-P256");
    assert_eq!(report.stage(Stage::Protocol).map(|s| s.status), Some(StageStatus::Pass));
}

#[tokio::test]
async fn a_tls12_only_server_is_reported_with_its_version_and_cipher() {
    let ca = TestCa::new("Maildoctor Test CA");
    let id = ca.leaf("imap.example.test", &["127.0.0.1"], (-1, 90));
    let server = FakeServer::tls(Dialect::Imap, vec![send(IMAP_GREETING)], id.server_config_tls12()).await;
    let report = diagnose(Some(&ca), Protocol::Imap, server.port(), SecurityChoice::Tls).await;
    let tls = report.tls.as_ref().expect("tls info");
    assert_eq!(tls.version, "TLSv1.2");
    assert!(tls.cipher.starts_with("TLS_ECDHE_ECDSA_WITH_"), "{}", tls.cipher);
    assert_eq!(tls_status(&report), Some(StageStatus::Pass));
}

#[tokio::test]
async fn a_certificate_for_other_names_lists_them_and_suggests_the_imap_host() {
    let ca = TestCa::new("Maildoctor Test CA");
    let id = ca.leaf("mx.gmail.test", &["smtp.gmail.com", "imap.gmail.com", "pop.gmail.com"], (-1, 90));
    let server = imaps(&id).await;
    let report = diagnose(Some(&ca), Protocol::Imap, server.port(), SecurityChoice::Tls).await;

    let f = finding(&report, "tls.cert_name_mismatch");
    assert_eq!(evidence(f, "host typed"), "127.0.0.1");
    assert_eq!(evidence(f, "certificate covers"), "smtp.gmail.com, imap.gmail.com, pop.gmail.com");
    assert_eq!(evidence(f, "suggested host"), "imap.gmail.com");
    assert_eq!(f.fix.as_ref().and_then(|x| x.host.as_deref()), Some("imap.gmail.com"));
    assert_eq!(tls_codes(&report), vec!["tls.cert_name_mismatch"]);
    // The session is still usable for the protocol checks, but the stage fails.
    assert_eq!(tls_status(&report), Some(StageStatus::Fail));
    assert_eq!(report.stage(Stage::Protocol).map(|s| s.status), Some(StageStatus::Pass));
    assert!(!report.tls.as_ref().expect("tls").verified);
}

#[tokio::test]
async fn an_expired_certificate_is_reported_with_its_end_date() {
    let ca = TestCa::new("Maildoctor Test CA");
    let server = imaps(&ca.leaf("imap.example.test", &["127.0.0.1"], (-60, -2))).await;
    let report = diagnose(Some(&ca), Protocol::Imap, server.port(), SecurityChoice::Tls).await;
    let f = finding(&report, "tls.cert_expired");
    let cert = report.certificate.as_ref().expect("certificate");
    assert_eq!(evidence(f, "expired on"), cert.not_after);
    assert!(cert.days_left < 0);
    // Expired hides nothing else: the chain is trusted and the name fits.
    assert_eq!(tls_codes(&report), vec!["tls.cert_expired"]);
}

#[tokio::test]
async fn a_certificate_that_is_not_valid_yet_is_reported() {
    let ca = TestCa::new("Maildoctor Test CA");
    let server = imaps(&ca.leaf("imap.example.test", &["127.0.0.1"], (3, 90))).await;
    let report = diagnose(Some(&ca), Protocol::Imap, server.port(), SecurityChoice::Tls).await;
    let f = finding(&report, "tls.cert_not_yet_valid");
    assert_eq!(evidence(f, "valid from"), report.certificate.as_ref().expect("certificate").not_before);
    assert_eq!(tls_codes(&report), vec!["tls.cert_not_yet_valid"]);
}

#[tokio::test]
async fn a_certificate_ending_within_two_weeks_is_a_warning() {
    let ca = TestCa::new("Maildoctor Test CA");
    let server = imaps(&ca.leaf("imap.example.test", &["127.0.0.1"], (-80, 5))).await;
    let report = diagnose(Some(&ca), Protocol::Imap, server.port(), SecurityChoice::Tls).await;
    let f = finding(&report, "tls.cert_expiring_soon");
    assert!(["4", "5"].contains(&evidence(f, "days left").as_str()));
    assert_eq!(tls_status(&report), Some(StageStatus::Warn));
    assert!(report.tls.as_ref().expect("tls").verified);
}

#[tokio::test]
async fn a_self_signed_certificate_is_called_self_signed_not_untrusted() {
    let ca = TestCa::new("Maildoctor Test CA");
    let server = imaps(&self_signed("imap.example.test", &["127.0.0.1"])).await;
    let report = diagnose(Some(&ca), Protocol::Imap, server.port(), SecurityChoice::Tls).await;
    assert_code(&report, "tls.cert_self_signed");
    assert_eq!(tls_codes(&report), vec!["tls.cert_self_signed"]);
    assert!(report.certificate.as_ref().expect("certificate").self_signed);
}

#[tokio::test]
async fn a_self_signed_ca_certificate_like_openssl_makes_is_self_signed_and_other_names_are_listed() {
    let (id, _) = self_signed_ca("localhost", &["localhost"]);
    let server = imaps(&id).await;
    let report = diagnose(None, Protocol::Imap, server.port(), SecurityChoice::Tls).await;
    assert_eq!(tls_codes(&report), vec!["tls.cert_name_mismatch", "tls.cert_self_signed"]);
    assert_eq!(evidence(finding(&report, "tls.cert_name_mismatch"), "certificate covers"), "localhost");
}

#[tokio::test]
async fn a_self_signed_certificate_the_person_chose_to_trust_passes() {
    let (id, pem) = self_signed_ca("imap.example.test", &["127.0.0.1"]);
    let server = imaps(&id).await;
    let engine = support::engine(Some(pem));
    let report = engine
        .diagnose(&support::request(Protocol::Imap, "127.0.0.1", server.port(), SecurityChoice::Tls))
        .await;
    assert_eq!(tls_codes(&report), Vec::<String>::new(), "{:#?}", report.transcript);
    assert!(report.tls.as_ref().expect("tls").verified);
}

#[tokio::test]
async fn a_certificate_from_an_authority_that_is_not_trusted_is_untrusted() {
    let trusted = TestCa::new("Maildoctor Test CA");
    let other = TestCa::new("Some Private Corp CA");
    let server = imaps(&other.leaf("imap.example.test", &["127.0.0.1"], (-1, 90))).await;
    let report = diagnose(Some(&trusted), Protocol::Imap, server.port(), SecurityChoice::Tls).await;
    let f = finding(&report, "tls.cert_untrusted");
    assert_eq!(evidence(f, "issuer"), "CN=Some Private Corp CA");
    assert_eq!(tls_codes(&report), vec!["tls.cert_untrusted"]);
}

#[tokio::test]
async fn a_server_that_omits_its_intermediate_has_an_incomplete_chain() {
    let root = TestCa::new("Maildoctor Test Root");
    let intermediate = root.intermediate("Maildoctor Test Intermediate");
    // Nothing listens on the discard port: the issuer cannot be fetched, so the chain stays
    // "likely incomplete" (tests/it/aia.rs fetches it).
    let url = "http://127.0.0.1:9/intermediate.der";
    let server = imaps(&intermediate.leaf_pointing_to_issuer("imap.example.test", &["127.0.0.1"], url)).await;
    let report = diagnose(Some(&root), Protocol::Imap, server.port(), SecurityChoice::Tls).await;
    let f = finding(&report, "tls.cert_chain_incomplete");
    assert_eq!(evidence(f, "missing issuer"), "CN=Maildoctor Test Intermediate");
    assert_eq!(evidence(f, "issuer published at"), url);
    assert_eq!(evidence(f, "certificates sent"), "1");
    assert!(evidence(f, "not confirmed").contains(url), "{:?}", f.evidence);
    assert_eq!(tls_codes(&report), vec!["tls.cert_chain_incomplete"]);
}

#[tokio::test]
async fn a_server_that_sends_its_intermediate_passes() {
    let root = TestCa::new("Maildoctor Test Root");
    let intermediate = root.intermediate("Maildoctor Test Intermediate");
    let server = imaps(&intermediate.leaf_with_chain("imap.example.test", &["127.0.0.1"], true)).await;
    let report = diagnose(Some(&root), Protocol::Imap, server.port(), SecurityChoice::Tls).await;
    assert_eq!(tls_codes(&report), Vec::<String>::new());
    assert_eq!(report.certificate.as_ref().expect("certificate").chain.len(), 2);
}

#[tokio::test]
async fn an_expired_certificate_for_another_name_records_both_faults() {
    let ca = TestCa::new("Maildoctor Test CA");
    let server = imaps(&ca.leaf("old.example.test", &["old.example.test"], (-400, -10))).await;
    let report = diagnose(Some(&ca), Protocol::Imap, server.port(), SecurityChoice::Tls).await;
    assert_eq!(tls_codes(&report), vec!["tls.cert_expired", "tls.cert_name_mismatch"]);
    let f = finding(&report, "tls.cert_name_mismatch");
    assert_eq!(evidence(f, "certificate covers"), "old.example.test");
}

#[tokio::test]
async fn an_expired_certificate_from_an_unknown_authority_for_another_name_records_all_three_faults() {
    let ca = TestCa::new("Maildoctor Test CA");
    let other = TestCa::new("Unknown CA");
    let server = imaps(&other.leaf("old.example.test", &["old.example.test"], (-400, -10))).await;
    let report = diagnose(Some(&ca), Protocol::Imap, server.port(), SecurityChoice::Tls).await;
    assert_eq!(tls_codes(&report), vec!["tls.cert_expired", "tls.cert_name_mismatch", "tls.cert_untrusted"]);
}

#[tokio::test]
async fn a_plain_imap_greeting_on_a_tls_port_says_to_choose_starttls() {
    let server = FakeServer::plain(Dialect::Imap, vec![send(IMAP_GREETING)]).await;
    let report = diagnose(None, Protocol::Imap, server.port(), SecurityChoice::Tls).await;
    let f = finding(&report, "tls.plaintext_on_tls_port");
    assert_eq!(evidence(f, "server sent"), IMAP_GREETING);
    assert_eq!(evidence(f, "usual SSL/TLS port"), "993");
    assert_eq!(f.fix.as_ref().and_then(|x| x.security), Some(Security::Starttls));
    assert_eq!(tls_status(&report), Some(StageStatus::Fail));
}

#[tokio::test]
async fn a_silent_port_that_completes_a_tls_handshake_is_a_tls_port() {
    let ca = TestCa::new("Maildoctor Test CA");
    let server = imaps(&ca.leaf("imap.example.test", &["127.0.0.1"], (-1, 90))).await;
    let report = diagnose(Some(&ca), Protocol::Imap, server.port(), SecurityChoice::Starttls).await;
    let f = finding(&report, "tls.tls_on_plaintext_port");
    assert!(evidence(f, "found").contains("TLS handshake on a fresh connection succeeded"));
    assert_eq!(f.fix.as_ref().and_then(|x| x.security), Some(Security::Tls));
    assert!(!codes(&report).contains(&"protocol.no_greeting".to_owned()));
}

#[tokio::test]
async fn tls_bytes_where_a_greeting_was_expected_mean_a_tls_port() {
    // A TLS alert record (fatal, protocol_version), as some servers send at once.
    let alert = vec![0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x46];
    let server = FakeServer::plain(Dialect::Silent, vec![Step::Raw(alert), Step::Hang]).await;
    let report = diagnose(None, Protocol::Pop3, server.port(), SecurityChoice::None).await;
    let f = finding(&report, "tls.tls_on_plaintext_port");
    assert!(evidence(f, "found").contains("TLS record"));
}

#[tokio::test]
async fn a_silent_port_that_is_not_tls_either_is_left_to_the_protocol_stage() {
    let server = FakeServer::plain(Dialect::Silent, vec![Step::Hang]).await;
    let report = diagnose(None, Protocol::Imap, server.port(), SecurityChoice::Starttls).await;
    assert_eq!(tls_codes(&report), Vec::<String>::new());
    assert_eq!(tls_status(&report), Some(StageStatus::Skip));
    assert_eq!(report.stage(Stage::Protocol).map(|s| s.status), Some(StageStatus::Fail));
}

#[tokio::test]
async fn imap_without_starttls_in_its_capabilities_is_unsupported() {
    // The fake's generic CAPABILITY answer does not list STARTTLS.
    let server = FakeServer::plain(Dialect::Imap, vec![send(IMAP_GREETING)]).await;
    let report = diagnose(None, Protocol::Imap, server.port(), SecurityChoice::Starttls).await;
    let f = finding(&report, "tls.starttls_unsupported");
    assert_eq!(evidence(f, "server said"), "CAPABILITY IMAP4REV1 AUTH=PLAIN");
    assert_eq!(tls_status(&report), Some(StageStatus::Fail));
    assert!(report.tls.is_none());
}

#[tokio::test]
async fn imap_that_advertises_starttls_but_refuses_it_is_unsupported() {
    let script = vec![
        send("* OK [CAPABILITY IMAP4rev1 STARTTLS] ready"),
        Step::Recv,
        send("* CAPABILITY IMAP4rev1 STARTTLS"),
        send("{tag} OK CAPABILITY completed"),
        Step::Recv,
        send("{tag} NO TLS support is not enabled"),
    ];
    let server = FakeServer::plain(Dialect::Imap, script).await;
    let report = diagnose(None, Protocol::Imap, server.port(), SecurityChoice::Starttls).await;
    let f = finding(&report, "tls.starttls_unsupported");
    assert!(evidence(f, "server said").ends_with("NO TLS support is not enabled"));
}

#[tokio::test]
async fn pop3_without_stls_in_capa_is_unsupported() {
    let server = FakeServer::plain(Dialect::Pop3, vec![send("+OK Dovecot ready.")]).await;
    let report = diagnose(None, Protocol::Pop3, server.port(), SecurityChoice::Starttls).await;
    let f = finding(&report, "tls.starttls_unsupported");
    assert_eq!(evidence(f, "server said"), "CAPA: USER SASL");
}

#[tokio::test]
async fn smtp_without_starttls_in_ehlo_is_unsupported() {
    let server = FakeServer::plain(Dialect::Smtp, vec![send("220 mx.example.test ESMTP Postfix")]).await;
    let report = diagnose(None, Protocol::Smtp, server.port(), SecurityChoice::Starttls).await;
    let f = finding(&report, "tls.starttls_unsupported");
    assert_eq!(evidence(f, "server said"), "EHLO: AUTH");
}

#[tokio::test]
async fn smtp_that_refuses_starttls_is_judged_by_the_classifier_with_its_reply() {
    let refusal = "454 4.7.0 TLS not available due to local problem";
    let script = vec![
        send("220 mx.example.test ESMTP Postfix"),
        Step::Recv,
        send("250-mx.example.test"),
        send("250-STARTTLS"),
        send("250 AUTH PLAIN"),
        Step::Recv,
        send(refusal),
    ];
    let server = FakeServer::plain(Dialect::Smtp, script).await;
    let report = diagnose(None, Protocol::Smtp, server.port(), SecurityChoice::Starttls).await;
    // W17: a temporary refusal — the server's TLS is broken for now — is a failed STARTTLS.
    use maildoctor::checks::classify::{Answer, Input, Phase, classify};
    let answer = Answer::from_lines(Protocol::Smtp, &[refusal]);
    let verdict = classify(&Input::new(Phase::Starttls, &answer)).expect("classified");
    assert_eq!(verdict.primary.id(), "tls.starttls_failed");
    let f = finding(&report, verdict.primary.id());
    assert_eq!(evidence(f, "server said"), refusal);
    assert_eq!(tls_status(&report), Some(StageStatus::Fail));
    assert!(report.tls.is_none(), "the connection stayed unencrypted");
}

#[tokio::test]
async fn a_starttls_refusal_the_classifier_cannot_place_is_unsupported_quoting_the_server() {
    let script = vec![
        send("+OK ready"),
        Step::Recv,
        send("+OK"),
        send("STLS"),
        send("."),
        Step::Recv,
        send("-ERR Command not permitted now"),
    ];
    let server = FakeServer::plain(Dialect::Pop3, script).await;
    let report = diagnose(None, Protocol::Pop3, server.port(), SecurityChoice::Starttls).await;
    let f = finding(&report, "tls.starttls_unsupported");
    assert_eq!(evidence(f, "server said"), "-ERR Command not permitted now");
}

fn imap_starttls_script(after_ok: Vec<Step>) -> Vec<Step> {
    let mut script = vec![
        send("* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready"),
        Step::Recv,
        send("* CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED"),
        send("{tag} OK CAPABILITY completed"),
        Step::Recv,
    ];
    script.extend(after_ok);
    script
}

#[tokio::test]
async fn garbage_instead_of_a_handshake_after_starttls_ok_is_a_failed_upgrade() {
    let script = imap_starttls_script(vec![
        send("{tag} OK Begin TLS negotiation now"),
        Step::Sleep(Duration::from_millis(150)),
        Step::Raw(b"this is not a TLS handshake\r\n".to_vec()),
        Step::Hang,
    ]);
    let server = FakeServer::plain(Dialect::Imap, script).await;
    let report = diagnose(None, Protocol::Imap, server.port(), SecurityChoice::Starttls).await;
    let f = finding(&report, "tls.starttls_failed");
    assert!(evidence(f, "server sent").starts_with("this is not a TLS handshake"), "{:?}", f.evidence);
    assert_eq!(tls_status(&report), Some(StageStatus::Fail));
    assert_eq!(report.stage(Stage::Protocol).map(|s| s.status), Some(StageStatus::Skip));
}

#[tokio::test]
async fn bytes_pipelined_after_the_starttls_ok_stop_the_upgrade() {
    let ca = TestCa::new("Maildoctor Test CA");
    let id = ca.leaf("imap.example.test", &["127.0.0.1"], (-1, 90));
    let script = imap_starttls_script(vec![
        // One write: the OK and an injected line the attacker wants processed after TLS.
        Step::Raw(b"t2 OK Begin TLS negotiation now\r\n* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n".to_vec()),
        Step::StartTls,
    ]);
    let server = FakeServer::starttls(Dialect::Imap, script, id.server_config()).await;
    let report = diagnose(Some(&ca), Protocol::Imap, server.port(), SecurityChoice::Starttls).await;
    let f = finding(&report, "tls.starttls_failed");
    assert!(evidence(f, "error").contains("after agreeing to STARTTLS"), "{:?}", f.evidence);
    assert!(report.tls.is_none());
}

#[tokio::test]
async fn a_server_that_drops_the_handshake_is_a_handshake_failure() {
    let server = FakeServer::plain(Dialect::Silent, vec![Step::Close]).await;
    let report = diagnose(None, Protocol::Imap, server.port(), SecurityChoice::Tls).await;
    let f = finding(&report, "tls.handshake_failed");
    assert!(!evidence(f, "error").is_empty());
    assert_eq!(tls_status(&report), Some(StageStatus::Fail));
}

/// A server that answers any ClientHello like a TLS 1.0-only server: a ServerHello choosing
/// version 3.1 (TLS 1.0) and TLS_RSA_WITH_AES_128_CBC_SHA. rustls cannot act as such a server,
/// so these are the bytes an OpenSSL server limited to TLS 1.0 sends.
async fn tls10_server() -> (u16, tokio::task::JoinHandle<()>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let task = tokio::spawn(async move {
        while let Ok((mut tcp, _)) = listener.accept().await {
            tokio::spawn(async move {
                let mut hello = [0u8; 1024];
                let _ = tcp.read(&mut hello).await;
                let mut body = vec![0x03, 0x01];
                body.extend_from_slice(&[0x42; 32]);
                body.extend_from_slice(&[0x00, 0x00, 0x2f, 0x00]);
                let mut record = vec![0x16, 0x03, 0x01, 0x00, (body.len() + 4) as u8, 0x02, 0x00, 0x00];
                record.push(body.len() as u8);
                record.extend_from_slice(&body);
                let _ = tcp.write_all(&record).await;
                let _ = tcp.read(&mut hello).await;
            });
        }
    });
    (port, task)
}

#[tokio::test]
async fn a_server_that_only_speaks_tls_1_0_is_outdated() {
    let (port, task) = tls10_server().await;
    let report = diagnose(None, Protocol::Imap, port, SecurityChoice::Tls).await;
    task.abort();
    assert_code(&report, "tls.protocol_outdated");
    assert_eq!(tls_codes(&report), vec!["tls.protocol_outdated"]);
}

#[tokio::test]
async fn a_plain_connection_is_flagged_as_not_encrypted() {
    let server = FakeServer::plain(Dialect::Pop3, vec![send("+OK Dovecot ready.")]).await;
    let report = diagnose(None, Protocol::Pop3, server.port(), SecurityChoice::None).await;
    assert_eq!(tls_codes(&report), vec!["tls.not_used"]);
    assert_eq!(tls_status(&report), Some(StageStatus::Warn));
    assert!(report.tls.is_none() && report.certificate.is_none());
}

async fn assert_starttls_works(protocol: Protocol, dialect: Dialect, script: Vec<Step>) {
    let ca = TestCa::new("Maildoctor Test CA");
    let id = ca.leaf("mail.example.test", &["127.0.0.1"], (-1, 90));
    let server = FakeServer::starttls(dialect, script, id.server_config()).await;
    let report = diagnose(Some(&ca), protocol, server.port(), SecurityChoice::Starttls).await;
    assert_eq!(tls_codes(&report), Vec::<String>::new(), "{:#?}", report.transcript);
    assert_eq!(tls_status(&report), Some(StageStatus::Pass));
    let tls = report.tls.as_ref().expect("tls info");
    assert_eq!((tls.mode.as_str(), tls.version.as_str(), tls.verified), ("starttls", "TLSv1.3", true));
    assert!(report.certificate.is_some());
    assert_eq!(report.stage(Stage::Protocol).map(|s| s.status), Some(StageStatus::Pass));
}

#[tokio::test]
async fn imap_starttls_upgrades_and_verifies_the_certificate() {
    let script = imap_starttls_script(vec![send("{tag} OK Begin TLS negotiation now"), Step::StartTls]);
    assert_starttls_works(Protocol::Imap, Dialect::Imap, script).await;
}

#[tokio::test]
async fn pop3_stls_upgrades_and_verifies_the_certificate() {
    let script = vec![
        send("+OK Dovecot ready."),
        Step::Recv,
        send("+OK"),
        send("STLS"),
        send("USER"),
        send("."),
        Step::Recv,
        send("+OK Begin TLS negotiation"),
        Step::StartTls,
    ];
    assert_starttls_works(Protocol::Pop3, Dialect::Pop3, script).await;
}

#[tokio::test]
async fn smtp_starttls_upgrades_and_verifies_the_certificate() {
    let script = vec![
        send("220-mx.example.test ESMTP"),
        send("220 Postfix"),
        Step::Recv,
        send("250-mx.example.test"),
        send("250-PIPELINING"),
        send("250-STARTTLS"),
        send("250 8BITMIME"),
        Step::Recv,
        send("220 2.0.0 Ready to start TLS"),
        Step::StartTls,
    ];
    assert_starttls_works(Protocol::Smtp, Dialect::Smtp, script).await;
}

#[tokio::test]
async fn a_pop3_greeting_on_an_imap_starttls_port_is_left_to_the_protocol_stage() {
    let server = FakeServer::plain(Dialect::Pop3, vec![send("+OK Dovecot ready.")]).await;
    let report = diagnose(None, Protocol::Imap, server.port(), SecurityChoice::Starttls).await;
    assert_eq!(tls_codes(&report), Vec::<String>::new());
    assert_eq!(tls_status(&report), Some(StageStatus::Skip));
    let detail = &report.stage(Stage::Tls).expect("tls").detail;
    assert!(detail.contains("a POP3 server answered"), "{detail}");
}

#[tokio::test]
async fn a_greeting_that_refuses_service_is_not_asked_for_starttls() {
    let server =
        FakeServer::plain(Dialect::Imap, vec![send("* BYE Too many connections from your IP")]).await;
    let report = diagnose(None, Protocol::Imap, server.port(), SecurityChoice::Starttls).await;
    assert_eq!(tls_codes(&report), Vec::<String>::new());
    assert_eq!(tls_status(&report), Some(StageStatus::Skip));
    let detail = &report.stage(Stage::Tls).expect("tls").detail;
    assert!(detail.contains("refused service at the greeting"), "{detail}");
    assert!(!report.transcript.iter().any(|l| l.text.contains("STARTTLS")), "{:#?}", report.transcript);
}

#[tokio::test]
async fn a_greeting_that_refuses_with_no_is_not_asked_for_starttls_and_says_why() {
    // `* NO` refuses service as surely as `* BYE`: no STARTTLS is sent into a refusal.
    let line = "* NO [UNAVAILABLE] Server is busy, try again later";
    let server = FakeServer::plain(Dialect::Silent, vec![send(line), Step::Close]).await;
    let report = diagnose(None, Protocol::Imap, server.port(), SecurityChoice::Starttls).await;
    assert!(
        !report.transcript.iter().any(|l| l.text.contains("STARTTLS") || l.text.contains("CAPABILITY")),
        "nothing asked of a refusing server: {:#?}",
        report.transcript
    );
    assert_eq!(report.primary.map(|c| c.id()), Some("auth.server_error"), "{:?}", report.primary);
}
