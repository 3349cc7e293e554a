//! Settings verified live: when the settings given fail before sign-in, the alternatives a mail
//! administrator would try are probed (never signed in to) and the settings table shows what
//! answered. Every server is a fake on 127.0.0.1; every name the test DNS knows points there.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use maildoctor::alternatives::{self, Origin};
use maildoctor::diagnosis::Code;
use maildoctor::discover::model::ProbeOutcome;
use maildoctor::report::{Report, RowStatus, SettingsRow};
use maildoctor::runner::Engine;
use maildoctor::target::{DiagnoseRequest, Protocol, Security, SecurityChoice};

use crate::support::certs::TestCa;
use crate::support::dns::{FakeDns, Zone};
use crate::support::fake_server::{Dialect, FakeServer, Step};
use crate::support::recording::RecordingImap;
use crate::support::{assert_code, request, settings};

const LOOPBACK: &str = "127.0.0.1";
const HOST: &str = "mail.example.test";
const PASSWORD: &str = "hunter2-alternatives";

/// A fake IMAP server (TLS and STARTTLS ports) with a certificate for the usual names.
async fn imap(ca: &TestCa) -> RecordingImap {
    let id = ca.leaf(HOST, &[HOST, "imap.example.test"], (-1, 90));
    RecordingImap::start(id.server_config()).await
}

/// An engine asking `dns`, trusting `ca`, trying alternatives with `options`.
fn engine(dns: &FakeDns, ca: &TestCa, options: alternatives::Options) -> Engine {
    let mut s = settings(Some(ca.pem.clone()));
    s.dns_server = Some(dns.addr);
    Engine::new(s).expect("engine").with_alternatives(options)
}

/// Default alternatives with standard ports mapped to test ports.
fn mapped(ports: &[(u16, u16)]) -> alternatives::Options {
    alternatives::Options { port_map: ports.iter().copied().collect::<HashMap<_, _>>(), ..Default::default() }
}

fn with_password(host: &str, port: u16, security: SecurityChoice) -> DiagnoseRequest {
    DiagnoseRequest {
        username: Some("jo@example.test".into()),
        password: Some(maildoctor::secret::Password::new(PASSWORD)),
        ..request(Protocol::Imap, host, port, security)
    }
}

/// A loopback port nobody listens on.
fn closed_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    listener.local_addr().expect("addr").port()
}

fn verified(report: &Report) -> Vec<&SettingsRow> {
    report.suggested_settings.as_ref().map(|s| s.verified().collect()).unwrap_or_default()
}

fn origins(row: &SettingsRow) -> Vec<Origin> {
    row.sources.iter().map(|p| p.source).collect()
}

#[tokio::test]
async fn starttls_chosen_on_the_tls_port_yields_tls_there_verified_with_its_time() {
    let ca = TestCa::new("Alternatives CA");
    let server = imap(&ca).await;
    let (tls, starttls) = (server.tls.port(), server.starttls.port());
    let dns = Zone::new()
        .addr(HOST, LOOPBACK)
        .srv("_imaps._tcp.example.test", 0, 1, tls, HOST)
        .srv("_imap._tcp.example.test", 0, 1, starttls, HOST)
        .start()
        .await;

    let report =
        engine(&dns, &ca, mapped(&[])).diagnose(&with_password(HOST, tls, SecurityChoice::Starttls)).await;

    assert_code(&report, "tls.tls_on_plaintext_port");
    let settings = report.suggested_settings.as_ref().expect("a settings table");
    assert_eq!(settings.source, "verified");
    let rows = verified(&report);
    let best = rows.first().expect("a verified row");
    assert_eq!((best.host.as_str(), best.port, best.security), (HOST, tls, Security::Tls));
    assert_eq!(best.status, RowStatus::Verified);
    assert!(best.duration_ms.is_some_and(|ms| ms < 5_000), "the probe's time is shown: {best:?}");
    let merged = origins(best);
    assert!(
        merged.contains(&Origin::SamePort) && merged.contains(&Origin::Srv),
        "one row, both origins: {merged:?}"
    );
    assert!(
        rows.iter()
            .any(|r| (r.port, r.security) == (starttls, Security::Starttls) && origins(r) == [Origin::Srv]),
        "STARTTLS on the SRV record's port also works: {rows:?}"
    );
    let tried = report.alternatives.as_ref().expect("alternatives tried");
    assert_eq!(tried.because, Code::TlsTlsOnPlaintextPort);
    assert!(tried.note.contains("without signing in"), "{}", tried.note);
    assert!(tried.sources.iter().any(|s| s.query == "_imaps._tcp.example.test"), "{:?}", tried.sources);
    assert!(server.sign_ins().is_empty(), "no sign-in on an alternative: {:?}", server.sign_ins());
}

#[tokio::test]
async fn a_refused_port_yields_the_working_standard_pairs_tls_first() {
    let ca = TestCa::new("Alternatives CA");
    let server = imap(&ca).await;
    let dns = Zone::new().addr(HOST, LOOPBACK).start().await;
    let options = mapped(&[(993, server.tls.port()), (143, server.starttls.port())]);

    let report =
        engine(&dns, &ca, options).diagnose(&with_password(HOST, closed_port(), SecurityChoice::Tls)).await;

    assert_eq!(report.primary, Some(Code::TcpRefused));
    let rows: Vec<(u16, Security)> = verified(&report).iter().map(|r| (r.port, r.security)).collect();
    assert_eq!(rows, [(993, Security::Tls), (143, Security::Starttls)]);
    assert!(verified(&report).iter().all(|r| origins(r).contains(&Origin::StandardPort)));
    assert!(server.heard_on_tls().connections > 0 && server.heard_on_starttls().connections > 0);
    // The same report read by a Dutch help desk: where each row came from and what each probe
    // found are said in Dutch; ports, modes and outcomes (codes) stay.
    let dutch = report.in_lang(maildoctor::i18n::Lang::Nl);
    let first = dutch.suggested_settings.as_ref().and_then(|s| s.rows.first()).expect("a row");
    assert_eq!(first.sources[0].detail, "de standaardpoort voor IMAP met SSL/TLS", "{first:?}");
    let tried = &dutch.alternatives.as_ref().expect("alternatives").tried;
    let ok = tried.iter().find(|a| a.port == 993).expect("993 tried");
    assert_eq!(ok.detail, "IMAP antwoordde via SSL/TLS met een geldig certificaat.");
    assert!(server.sign_ins().is_empty(), "no sign-in on an alternative: {:?}", server.sign_ins());
}

#[tokio::test]
async fn alternatives_are_never_signed_in_to_but_the_settings_given_are() {
    let ca = TestCa::new("Alternatives CA");
    let server = imap(&ca).await;
    let dns = Zone::new().addr(HOST, LOOPBACK).start().await;
    let options = mapped(&[(993, server.tls.port()), (143, server.starttls.port())]);
    let engine = engine(&dns, &ca, options);

    // Failing settings: the fakes are probed, and hear no LOGIN and no password.
    let report = engine.diagnose(&with_password(HOST, closed_port(), SecurityChoice::Starttls)).await;
    assert_eq!(verified(&report).len(), 2, "{:?}", report.suggested_settings);
    let heard = [server.heard_on_tls().lines, server.heard_on_starttls().lines].concat();
    assert!(heard.iter().any(|l| l.contains("STARTTLS")), "the probes spoke IMAP: {heard:?}");
    assert!(server.sign_ins().is_empty(), "{heard:?}");
    assert!(!heard.iter().any(|l| l.contains(PASSWORD)), "{heard:?}");

    // The settings given, working: signed in there (so the check above can fail), no alternatives.
    let own = engine.diagnose(&with_password(HOST, server.tls.port(), SecurityChoice::Tls)).await;
    assert_eq!(server.sign_ins().len(), 1, "{:?}", server.sign_ins());
    assert!(own.alternatives.is_none(), "nothing failed before sign-in");
}

#[tokio::test]
async fn a_certificate_for_other_names_yields_the_name_it_covers_verified() {
    let ca = TestCa::new("Alternatives CA");
    let server = imap(&ca).await;
    let dns = Zone::new()
        .addr("example.test", LOOPBACK)
        .addr(HOST, LOOPBACK)
        .addr("imap.example.test", LOOPBACK)
        .start()
        .await;

    let tls = server.tls.port();
    let report = engine(&dns, &ca, mapped(&[]))
        .diagnose(&with_password("example.test", tls, SecurityChoice::Tls))
        .await;

    assert_eq!(report.primary, Some(Code::TlsCertNameMismatch));
    let rows = verified(&report);
    let hosts: Vec<&str> = rows.iter().map(|r| r.host.as_str()).collect();
    assert_eq!(hosts, ["imap.example.test", HOST], "the protocol's own name first");
    assert!(rows.iter().all(|r| r.port == tls && origins(r)[0] == Origin::Certificate), "{rows:?}");
}

#[tokio::test]
async fn a_provider_only_the_ispdb_knows_gets_its_servers_verified_with_their_user_name_form() {
    // free.fr is not in the provider table; the ISPDB copy built in gives imap.free.fr, SSL/TLS,
    // port 993, user name the part before the @.
    let ca = TestCa::new("Alternatives CA");
    let id = ca.leaf("imap.free.fr", &["imap.free.fr"], (-1, 90));
    let server = RecordingImap::start(id.server_config()).await;
    let dns = Zone::new().addr("mail.free.fr", LOOPBACK).addr("imap.free.fr", LOOPBACK).start().await;
    let mut req = with_password("mail.free.fr", closed_port(), SecurityChoice::Tls);
    req.username = Some("jean@free.fr".into());
    let report = engine(&dns, &ca, mapped(&[(993, server.tls.port())])).diagnose(&req).await;

    let rows = verified(&report);
    let isp = rows.iter().find(|r| r.host == "imap.free.fr").expect("the ISPDB's server verified");
    assert_eq!(isp.port, 993);
    assert!(origins(isp).contains(&Origin::Provider), "{:?}", isp.sources);
    assert!(isp.sources.iter().any(|p| p.detail.starts_with("ISPDB snapshot")), "{:?}", isp.sources);
    assert_eq!(isp.username.as_deref(), Some("name part (before the @)"));
}

#[tokio::test]
async fn autoconfig_gives_the_user_name_form_of_a_verified_row() {
    let ca = TestCa::new("Alternatives CA");
    let server = imap(&ca).await;
    let xml = r#"<clientConfig version="1.1"><emailProvider id="example.test">
<incomingServer type="imap"><hostname>imap.%EMAILDOMAIN%</hostname><port>993</port><socketType>SSL</socketType>
<username>%EMAILLOCALPART%</username></incomingServer></emailProvider></clientConfig>"#;
    let http =
        crate::support::http::HttpServer::start(&[("autoconfig.example.test", "/mail/config-v1.1.xml", xml)])
            .await;
    let dns = Zone::new()
        .addr("autoconfig.example.test", LOOPBACK)
        .addr(HOST, LOOPBACK)
        .addr("imap.example.test", LOOPBACK)
        .start()
        .await;
    let options =
        alternatives::Options { http_port: Some(http.port()), ..mapped(&[(993, server.tls.port())]) };

    let mut req = with_password(HOST, closed_port(), SecurityChoice::Tls);
    req.email = Some("jo@example.test".into());
    let report = engine(&dns, &ca, options).diagnose(&req).await;

    let rows = verified(&report);
    let auto = rows.iter().find(|r| r.host == "imap.example.test").expect("the autoconfig server verified");
    assert_eq!((auto.port, origins(auto)), (993, vec![Origin::Autoconfig]));
    assert_eq!(auto.username.as_deref(), Some("name part (before the @)"));
    assert!(rows.iter().any(|r| r.host == HOST && r.port == 993), "the standard port too: {rows:?}");
}

#[tokio::test]
async fn a_hanging_alternative_costs_only_the_grace_after_one_works() {
    let ca = TestCa::new("Alternatives CA");
    let server = imap(&ca).await;
    // Accepts, never speaks: a TLS client waits for its handshake.
    let tarpit = FakeServer::plain(Dialect::Silent, vec![Step::Hang]).await;
    let dns = Zone::new()
        .addr(HOST, LOOPBACK)
        .srv("_imaps._tcp.example.test", 0, 1, tarpit.port(), HOST)
        .start()
        .await;
    let grace = Duration::from_millis(300);
    let options = alternatives::Options {
        grace,
        budget: Duration::from_secs(4),
        ..mapped(&[(993, server.tls.port())])
    };

    let started = Instant::now();
    let report =
        engine(&dns, &ca, options).diagnose(&with_password(HOST, closed_port(), SecurityChoice::Tls)).await;
    let took = started.elapsed();

    assert!(!verified(&report).is_empty(), "{:?}", report.suggested_settings);
    let tried = report.alternatives.as_ref().expect("alternatives");
    assert!(tried.duration_ms < 1_500, "cut a grace after the first success, not at the budget: {tried:?}");
    assert!(took < Duration::from_secs(3), "the whole diagnosis took {took:?}");
    let hung = tried.tried.iter().find(|a| a.port == tarpit.port()).expect("the tarpit was tried");
    assert_eq!(hung.outcome, ProbeOutcome::Failed);
    assert!(hung.detail.contains("already works"), "{}", hung.detail);
}

#[tokio::test]
async fn alternatives_stop_at_the_diagnosis_deadline() {
    let ca = TestCa::new("Alternatives CA");
    let tarpit = FakeServer::plain(Dialect::Silent, vec![Step::Hang]).await;
    let dns = Zone::new().addr(HOST, LOOPBACK).start().await;
    let options =
        alternatives::Options { budget: Duration::from_secs(30), ..mapped(&[(993, tarpit.port())]) };
    let mut req = with_password(HOST, closed_port(), SecurityChoice::Starttls);
    req.options.timeout_secs = Some(2);

    let started = Instant::now();
    let report = engine(&dns, &ca, options).diagnose(&req).await;
    let took = started.elapsed();

    assert!(took < Duration::from_millis(2_600), "the 2 s deadline held: {took:?}");
    let tried = report.alternatives.as_ref().expect("alternatives");
    assert!(tried.budget_ms <= 2_000, "the budget is what is left of the deadline: {}", tried.budget_ms);
    let hung = tried.tried.iter().find(|a| a.port == 993).expect("993 was tried");
    assert!(!hung.verified && hung.duration_ms <= 2_000, "{hung:?}");
}

#[tokio::test]
async fn the_services_port_rule_keeps_alternatives_to_mail_ports() {
    use axum::body::Body;
    use axum::extract::ConnectInfo;
    use axum::http::{Request, header};
    use maildoctor::config::{Access, Limits};
    use maildoctor::web::guard::Guard;
    use maildoctor::web::{AppState, router};

    let ca = TestCa::new("Alternatives CA");
    let server = imap(&ca).await;
    let dns = Zone::new()
        .addr(HOST, LOOPBACK)
        .srv("_imaps._tcp.example.test", 0, 1, server.tls.port(), HOST)
        .start()
        .await;
    // 143 is a mail port: its probe goes (to the fake's STARTTLS port); the SRV port is not one.
    let engine = engine(&dns, &ca, mapped(&[(143, server.starttls.port())]));
    let limits = Limits { allowed_ports: Some(vec![993, 143]), ..Limits::unlimited() };
    let app = router(AppState::with_guard(engine, Guard::new(limits, Access::default())));
    let body = format!(r#"{{"protocol":"imap","host":"{HOST}","port":993,"security":"tls"}}"#);
    let mut req = Request::post("/api/v1/diagnose")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body))
        .expect("request");
    req.extensions_mut().insert(ConnectInfo(std::net::SocketAddr::from(([10, 0, 0, 1], 40000))));

    // The answer is checked against the OpenAPI document too.
    let (_, _, body) = crate::support::openapi::answer(app, req).await;
    let json: serde_json::Value = serde_json::from_slice(&body).expect("json");

    assert_eq!(server.heard_on_tls().connections, 0, "the SRV record's port was never connected to");
    let tried = json["alternatives"]["tried"].as_array().expect("alternatives in the JSON");
    let srv = tried.iter().find(|a| a["port"] == server.tls.port()).expect("listed");
    assert_eq!(srv["outcome"], "not_tried");
    assert!(srv["detail"].as_str().unwrap_or("").contains("not a mail port"), "{srv}");
    let row = &json["suggested_settings"]["rows"][0];
    assert_eq!((row["port"].as_u64(), row["status"].as_str()), (Some(143), Some("verified")), "{json}");
    assert!(row["duration_ms"].is_u64() && row["sources"][0]["source"] == "standard_port", "{row}");
}

#[tokio::test]
async fn the_page_and_the_terminal_show_verified_rows_apart_from_suggested_ones() {
    let ca = TestCa::new("Alternatives CA");
    let server = imap(&ca).await;
    let dns = Zone::new().addr(HOST, LOOPBACK).start().await;
    let options = mapped(&[(993, server.tls.port())]);
    // The port typed is closed; the standard SSL/TLS port reaches the fake, 143 answers nothing.
    let report = engine(&dns, &ca, options)
        .diagnose(&with_password(HOST, closed_port(), SecurityChoice::Starttls))
        .await;

    let html =
        maildoctor::render::html::report_fragment(&report, maildoctor::i18n::Lang::En).expect("renders");
    let verified_at = html.find("Verified working just now").expect("verified heading");
    let card = &html[verified_at..];
    assert!(
        card.contains("<code>mail.example.test</code>") && card.contains("Verified: answered in "),
        "{html}"
    );
    assert!(html.contains("without signing in"), "{html}");
    assert!(html.contains("<summary>Alternatives tried</summary>"));
    let text = maildoctor::render::text::render(&report, maildoctor::render::text::Style::default());
    let at = text.find("Verified working just now:").expect("verified in the text");
    assert!(text[at..].contains("mail.example.test  port 993  SSL/TLS"), "{text}");
    assert!(text.contains("Alternatives tried"), "{text}");
    assert!(!text.contains(PASSWORD) && !html.contains(PASSWORD));
}
