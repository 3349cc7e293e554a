//! Security `auto` and the security race through the engine: what a port speaks is found out
//! at round-trip speed, not after a greeting time-out; wire facts (an HTTP page, a TLS port
//! whose TLS breaks, silence) get their own verdicts. Fakes on loopback; the greeting
//! time-out here is 5 s, so a result in well under 2 s proves nothing waited for it.

use std::time::{Duration, Instant};

use maildoctor::config::Timeouts;
use maildoctor::report::{FindingReport, Report};
use maildoctor::runner::Engine;
use maildoctor::secret::Password;
use maildoctor::stage::{Stage, StageStatus};
use maildoctor::target::{DiagnoseRequest, Protocol, Security, SecurityChoice};

use crate::support::certs::TestCa;
use crate::support::fake_server::{Dialect, FakeServer, Step, send};
use crate::support::{self, codes, wire};

const GREETING: Duration = Duration::from_secs(5);
/// Far below the greeting time-out: the head start (250 ms) plus a handshake, with room for a
/// loaded machine.
const FAST: Duration = Duration::from_millis(1500);
const IMAP_GREETING: &str = "* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] Dovecot ready.";

fn timeouts() -> Timeouts {
    Timeouts {
        greeting: GREETING,
        tls: GREETING,
        head_start: Timeouts::default().head_start,
        overall: Duration::from_secs(20),
        ..Timeouts::fast()
    }
}

fn engine(ca: Option<&TestCa>, timeouts: Timeouts) -> Engine {
    let mut settings = support::settings(ca.map(|c| c.pem.clone()));
    settings.timeouts = timeouts;
    Engine::new(settings).expect("engine")
}

async fn run_with(ca: Option<&TestCa>, req: &DiagnoseRequest, timeouts: Timeouts) -> (Report, Duration) {
    let started = Instant::now();
    let report = engine(ca, timeouts).diagnose(req).await;
    let took = started.elapsed();
    eprintln!("race: {:?} in {} ms", codes(&report), took.as_millis());
    (report, took)
}

async fn run(ca: Option<&TestCa>, req: &DiagnoseRequest) -> (Report, Duration) {
    run_with(ca, req, timeouts()).await
}

fn request(protocol: Protocol, port: u16, security: SecurityChoice) -> DiagnoseRequest {
    support::request(protocol, "127.0.0.1", port, security)
}

fn pki() -> (TestCa, std::sync::Arc<rustls::ServerConfig>) {
    let ca = TestCa::new("Race Test CA");
    let config = ca.leaf("mail.example.test", &["127.0.0.1"], (-1, 90)).server_config();
    (ca, config)
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

fn primary(report: &Report) -> &str {
    report.primary.map_or("none", |c| c.id())
}

fn target_security(report: &Report) -> Option<Security> {
    report.target.as_ref().map(|t| t.security)
}

fn tls_detail(report: &Report) -> String {
    report.stage(Stage::Tls).map(|s| s.detail.clone()).unwrap_or_default()
}

fn probed(report: &Report) -> bool {
    report.transcript.iter().any(|l| l.text.contains("trying TLS on a second connection"))
}

// ---- auto: find out, then go on in that mode ----

#[tokio::test]
async fn auto_on_an_implicit_tls_port_detects_ssl_tls_and_signs_in_over_it() {
    let (ca, config) = pki();
    let server = FakeServer::tls(Dialect::Imap, vec![send(IMAP_GREETING)], config).await;
    let mut req = request(Protocol::Imap, server.port(), SecurityChoice::Auto);
    req.username = Some("alice@example.test".into());
    req.password = Some(Password::new("hunter2-Ω"));
    let (report, took) = run(Some(&ca), &req).await;

    assert!(took < FAST, "took {took:?}");
    assert_eq!(report.stage(Stage::Tls).map(|s| s.status), Some(StageStatus::Pass), "{:?}", codes(&report));
    assert!(
        tls_detail(&report).starts_with("This port uses SSL/TLS from the start."),
        "{}",
        tls_detail(&report)
    );
    assert_eq!(report.tls.as_ref().map(|t| t.mode.as_str()), Some("implicit"));
    assert_eq!(target_security(&report), Some(Security::Tls));
    assert_eq!(report.stage(Stage::Auth).map(|s| s.status), Some(StageStatus::Pass), "{:?}", codes(&report));
    let data = &report.stage(Stage::Tls).expect("tls").data;
    assert_eq!(data["port"]["speaks"], "tls", "{data:#}");
    assert_eq!(data["port"]["detected"], "tls", "{data:#}");
}

fn imap_starttls_script() -> Vec<Step> {
    vec![
        send("* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready"),
        Step::Recv,
        send("* CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED"),
        send("{tag} OK CAPABILITY completed"),
        Step::Recv,
        send("{tag} OK Begin TLS negotiation now"),
        Step::StartTls,
    ]
}

#[tokio::test]
async fn auto_on_a_starttls_port_greets_in_plain_text_and_upgrades_without_a_probe() {
    let (ca, config) = pki();
    let server = FakeServer::starttls(Dialect::Imap, imap_starttls_script(), config).await;
    let (report, took) = run(Some(&ca), &request(Protocol::Imap, server.port(), SecurityChoice::Auto)).await;

    assert!(took < FAST, "took {took:?}");
    assert_eq!(report.verdict, maildoctor::diagnosis::Verdict::Ok, "{:?}", codes(&report));
    assert!(
        tls_detail(&report).starts_with("This port greets in plain text and offers STARTTLS."),
        "{}",
        tls_detail(&report)
    );
    assert_eq!(report.tls.as_ref().map(|t| t.mode.as_str()), Some("starttls"));
    assert_eq!(target_security(&report), Some(Security::Starttls));
    assert!(!probed(&report), "a server that greets at once gets no TLS probe");
}

#[tokio::test]
async fn auto_on_a_plain_port_without_starttls_says_starttls_is_not_offered() {
    let server = FakeServer::plain(Dialect::Imap, vec![send(IMAP_GREETING)]).await;
    let (report, _) = run(None, &request(Protocol::Imap, server.port(), SecurityChoice::Auto)).await;
    assert_eq!(primary(&report), "tls.starttls_unsupported", "{:?}", codes(&report));
    assert_eq!(target_security(&report), Some(Security::Starttls));
    assert!(tls_detail(&report).starts_with("This port greets in plain text. "), "{}", tls_detail(&report));
}

#[tokio::test]
async fn a_mail_url_as_host_sets_protocol_port_and_security() {
    let (ca, config) = pki();
    let server = FakeServer::tls(Dialect::Imap, vec![send(IMAP_GREETING)], config).await;
    let req = DiagnoseRequest {
        protocol: None,
        ..DiagnoseRequest::new(Protocol::Pop3, format!("imaps://127.0.0.1:{}/", server.port()))
    };
    let (report, _) = run(Some(&ca), &req).await;
    let target = report.target.as_ref().expect("target");
    assert_eq!((target.protocol, target.security), (Protocol::Imap, Security::Tls));
    assert_eq!(report.verdict, maildoctor::diagnosis::Verdict::Ok, "{:?}", codes(&report));
    assert!(!probed(&report), "the scheme said SSL/TLS: nothing to detect");

    // The request's own security wins over the scheme's.
    let mut req = req.clone();
    req.security = Some(SecurityChoice::Starttls);
    let (report, _) = run(Some(&ca), &req).await;
    assert_eq!(primary(&report), "tls.tls_on_plaintext_port", "{:?}", codes(&report));
}

// ---- an explicit but wrong mode, at round-trip speed ----

#[tokio::test]
async fn starttls_or_none_chosen_on_an_implicit_tls_port_is_recognised_within_a_handshake() {
    let (ca, config) = pki();
    let server = FakeServer::tls(Dialect::Imap, vec![send(IMAP_GREETING)], config).await;
    for security in [SecurityChoice::Starttls, SecurityChoice::None] {
        let (report, took) = run(Some(&ca), &request(Protocol::Imap, server.port(), security)).await;
        assert!(took < FAST, "{security:?} took {took:?}");
        assert_eq!(primary(&report), "tls.tls_on_plaintext_port", "{:?}", codes(&report));
        let f = finding(&report, "tls.tls_on_plaintext_port");
        assert!(evidence(f, "found").contains("TLS handshake on a fresh connection succeeded"));
        assert_eq!(f.fix.as_ref().and_then(|x| x.security), Some(Security::Tls));
    }
}

#[tokio::test]
async fn ssl_tls_chosen_on_a_plain_port_fails_at_the_greeting_at_once() {
    let server = FakeServer::plain(Dialect::Imap, vec![send(IMAP_GREETING)]).await;
    let (report, took) = run(None, &request(Protocol::Imap, server.port(), SecurityChoice::Tls)).await;
    assert!(took < Duration::from_millis(500), "took {took:?}");
    assert_eq!(primary(&report), "tls.plaintext_on_tls_port");
}

// ---- wire facts ----

#[tokio::test]
async fn a_web_server_answering_the_client_hello_is_http_not_mail_quoting_its_status_line() {
    let server = wire::web_server().await;
    for security in
        [SecurityChoice::Tls, SecurityChoice::Starttls, SecurityChoice::None, SecurityChoice::Auto]
    {
        let (report, took) = run(None, &request(Protocol::Imap, server.port, security)).await;
        assert!(took < FAST, "{security:?} took {took:?}");
        assert_eq!(primary(&report), "protocol.http_not_mail", "{security:?}: {:?}", codes(&report));
        let f = finding(&report, "protocol.http_not_mail");
        assert_eq!(evidence(f, "server said"), "HTTP/1.1 400 Bad Request");
        assert!(!report.has(maildoctor::diagnosis::Code::TlsHandshakeFailed));
    }
}

#[tokio::test]
async fn a_tls_port_whose_tls_breaks_reached_with_starttls_says_choose_ssl_tls_and_the_tls_is_broken() {
    let ca = TestCa::new("Race Test CA");
    let chain = ca.leaf("mail.example.test", &["mail.example.test"], (-1, 90)).chain;
    let server = wire::broken_tls_server(chain).await;
    let (report, took) =
        run(Some(&ca), &request(Protocol::Smtp, server.port, SecurityChoice::Starttls)).await;

    assert!(took < FAST, "took {took:?}");
    let tls: Vec<String> = codes(&report).into_iter().filter(|c| c.starts_with("tls.")).collect();
    assert_eq!(tls, ["tls.handshake_failed", "tls.tls_on_plaintext_port"], "{:#?}", report.transcript);
    let broken = finding(&report, "tls.handshake_failed");
    assert!(evidence(broken, "error").contains("InternalError"), "{:?}", broken.evidence);
    assert!(evidence(broken, "how far").contains("ServerHello"));
    assert_eq!(evidence(broken, "certificate for"), "mail.example.test");
    let cert = report.certificate.as_ref().expect("the certificate, read over TLS 1.2");
    assert_eq!(cert.names, ["mail.example.test"]);
    assert!(report.tls.is_none(), "no TLS session was established");
    assert!(report.suggested_settings.is_none(), "no settings work until the server is fixed");
    assert!(!report.has(maildoctor::diagnosis::Code::ProtocolNoGreeting));
}

#[tokio::test]
async fn the_broken_tls_port_with_ssl_tls_or_auto_is_a_handshake_failure_with_its_certificate() {
    let ca = TestCa::new("Race Test CA");
    let chain = ca.leaf("mail.example.test", &["mail.example.test"], (-1, 90)).chain;
    let server = wire::broken_tls_server(chain).await;
    for security in [SecurityChoice::Tls, SecurityChoice::Auto] {
        let (report, took) = run(Some(&ca), &request(Protocol::Smtp, server.port, security)).await;
        assert!(took < FAST, "{security:?} took {took:?}");
        let tls: Vec<String> = codes(&report).into_iter().filter(|c| c.starts_with("tls.")).collect();
        assert_eq!(tls, ["tls.handshake_failed"], "{security:?}");
        assert_eq!(
            report.certificate.as_ref().map(|c| c.names.clone()),
            Some(vec!["mail.example.test".into()])
        );
        assert_eq!(target_security(&report), Some(Security::Tls), "{security:?}");
        assert!(
            tls_detail(&report).starts_with("This port uses SSL/TLS from the start"),
            "{}",
            tls_detail(&report)
        );
    }
}

#[tokio::test]
async fn a_silent_port_costs_one_greeting_time_and_names_both_waits() {
    let server = wire::silent_server().await;
    let greeting = Duration::from_secs(2);
    let timeouts = Timeouts { greeting, tls: greeting, ..timeouts() };
    for security in [SecurityChoice::Starttls, SecurityChoice::Auto] {
        let (report, took) = run_with(None, &request(Protocol::Imap, server.port, security), timeouts).await;
        assert!(took >= greeting, "{security:?} took {took:?}");
        assert!(took <= greeting + Duration::from_secs(1), "{security:?} took {took:?}");
        assert_eq!(primary(&report), "protocol.no_greeting", "{:?}", codes(&report));
        let f = finding(&report, "protocol.no_greeting");
        assert!(evidence(f, "waited").ends_with(" ms"));
        assert!(
            evidence(f, "TLS ClientHello on a second connection").starts_with("no answer"),
            "{:?}",
            f.evidence
        );
        assert!(!report.has(maildoctor::diagnosis::Code::TlsHandshakeFailed));
    }
}

#[tokio::test]
async fn a_tls_port_that_never_answers_the_client_hello_is_a_silent_server() {
    let server = wire::silent_server().await;
    let greeting = Duration::from_secs(2);
    let timeouts = Timeouts { greeting, tls: greeting, ..timeouts() };
    let (report, took) =
        run_with(None, &request(Protocol::Imap, server.port, SecurityChoice::Tls), timeouts).await;
    assert!(took <= greeting + Duration::from_secs(1), "took {took:?}");
    assert_eq!(primary(&report), "protocol.no_greeting", "{:?}", codes(&report));
    assert_eq!(evidence(finding(&report, "protocol.no_greeting"), "TLS ClientHello"), "no answer");
    assert_eq!(report.stage(Stage::Tls).map(|s| s.status), Some(StageStatus::Skip));
}

// ---- slow plain-text greetings are waited for ----

#[tokio::test]
async fn a_greeting_delayed_like_postscreen_is_waited_for_and_not_taken_for_tls() {
    let delay = Duration::from_millis(1500);
    let server = wire::late_greeter(delay, None).await;
    let (report, took) = run(None, &request(Protocol::Smtp, server.port, SecurityChoice::Starttls)).await;
    assert!(took >= delay, "took {took:?}");
    assert!(probed(&report), "silence past the head start sends a probe");
    assert!(!report.has(maildoctor::diagnosis::Code::TlsTlsOnPlaintextPort), "{:?}", codes(&report));
    // The greeting came, EHLO offers no STARTTLS.
    assert_eq!(primary(&report), "tls.starttls_unsupported", "{:?}", codes(&report));
    let port = &report.stage(Stage::Tls).expect("tls").data["port"];
    assert_eq!(port["speaks"], "plaintext", "{port:#}");
    assert_eq!(port["starttls"], false, "{port:#}");
    // The probe's ClientHello got the same greeting back, or nothing yet when the greeting won.
    let answer = port["probe_answer"].as_str().expect("the probe is accounted for");
    assert!(answer.starts_with("plain text: 220") || answer.ends_with("when the greeting came"), "{answer}");
}

#[tokio::test]
async fn a_postscreen_teaser_line_counts_as_a_greeting_beginning_so_no_probe_is_sent() {
    let delay = Duration::from_millis(800);
    let server = wire::late_greeter(delay, Some("220-mx.example.test ESMTP")).await;
    let (report, took) = run(None, &request(Protocol::Smtp, server.port, SecurityChoice::Auto)).await;
    assert!(took >= delay, "took {took:?}");
    assert!(!probed(&report), "{:#?}", report.transcript);
    assert_eq!(server.connections(), 1);
    assert_eq!(target_security(&report), Some(Security::Starttls));
    assert_eq!(primary(&report), "tls.starttls_unsupported", "{:?}", codes(&report));
}
