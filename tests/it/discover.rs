//! Discovery end to end on loopback: a fake DNS (MX, SRV, A, NXDOMAIN), an autoconfig HTTP
//! server and fake IMAP/POP3/SMTP servers; every name the test DNS knows points at 127.0.0.1.

use std::collections::HashMap;
use std::process::Command;
use std::time::Duration;

use maildoctor::discover::{self, DiscoverOptions, Discovery, Outcome, RowStatus, SourceKind};
use maildoctor::i18n::Lang;
use maildoctor::net::policy::AddressPolicy;
use maildoctor::target::{Protocol, Security};

use crate::support::certs::TestCa;
use crate::support::dns::{FakeDns, Zone};
use crate::support::fake_server::{Dialect, FakeServer, Step, send};
use crate::support::http::HttpServer;
use crate::support::settings;

const LOOPBACK: &str = "127.0.0.1";

/// Runs discovery against the test DNS, trusting `ca`, with the given test hooks.
async fn run(dns: &FakeDns, ca: Option<&TestCa>, http_port: Option<u16>, ports: &[(u16, u16)]) -> Discovery {
    let mut s = settings(ca.map(|c| c.pem.clone()));
    s.dns_server = Some(dns.addr);
    let options = DiscoverOptions {
        deadline: Duration::from_secs(6),
        http_port,
        port_map: ports.iter().copied().collect::<HashMap<u16, u16>>(),
        ..DiscoverOptions::default()
    };
    discover::discover(&s, "jo@example.test", options).await.expect("discovery starts")
}

async fn run_for(email: &str, dns: &FakeDns) -> Discovery {
    let mut s = settings(None);
    s.dns_server = Some(dns.addr);
    let options = DiscoverOptions { deadline: Duration::from_secs(4), ..DiscoverOptions::default() };
    discover::discover(&s, email, options).await.expect("discovery starts")
}

/// The line that says where the sources disagree about the incoming IMAP server.
fn imap_disagreement(d: &Discovery) -> &str {
    d.disagreements
        .iter()
        .find(|n| n.starts_with("Incoming mail (IMAP) server"))
        .unwrap_or_else(|| panic!("no IMAP disagreement in {:?}", d.disagreements))
}

fn row(d: &Discovery, protocol: Protocol) -> &discover::Row {
    d.rows
        .iter()
        .find(|r| r.protocol == protocol)
        .unwrap_or_else(|| panic!("no {protocol} row in {}", discover::text::render(d, Lang::En)))
}

async fn imap_tls(ca: &TestCa, names: &[&str]) -> FakeServer {
    let id = ca.leaf(names[0], names, (-1, 90));
    FakeServer::tls(
        Dialect::Imap,
        vec![send("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready")],
        id.server_config(),
    )
    .await
}

async fn smtp_starttls(ca: &TestCa, name: &str) -> FakeServer {
    let id = ca.leaf(name, &[name], (-1, 90));
    let script = vec![
        send(&format!("220 {name} ESMTP")),
        Step::Recv,
        send(&format!("250-{name}")),
        send("250-STARTTLS"),
        send("250 8BITMIME"),
        Step::Recv,
        send("220 2.0.0 Ready to start TLS"),
        Step::StartTls,
    ];
    FakeServer::starttls(Dialect::Smtp, script, id.server_config()).await
}

fn autoconfig_xml(imap_host: &str, smtp_host: &str) -> String {
    format!(
        r#"<?xml version="1.0"?>
<clientConfig version="1.1"><emailProvider id="example.test">
<incomingServer type="imap"><hostname>{imap_host}</hostname><port>993</port><socketType>SSL</socketType>
<username>%EMAILLOCALPART%</username><authentication>password-cleartext</authentication></incomingServer>
<outgoingServer type="smtp"><hostname>{smtp_host}</hostname><port>587</port><socketType>STARTTLS</socketType>
<username>%EMAILLOCALPART%</username></outgoingServer>
</emailProvider></clientConfig>"#
    )
}

#[tokio::test]
async fn a_provider_in_the_table_gives_suggested_rows_without_leaving_loopback() {
    // gmail.com's servers do not resolve in the test DNS, so the probes stop at DNS.
    let dns = Zone::new().start().await;
    let d = run_for("someone@gmail.com", &dns).await;
    assert_eq!(d.provider.as_deref(), Some("Gmail"));
    let imap = row(&d, Protocol::Imap);
    assert_eq!((imap.host.as_str(), imap.port, imap.security), ("imap.gmail.com", 993, Security::Tls));
    assert_eq!(imap.status, RowStatus::Suggested);
    assert!(imap.sources.iter().any(|c| c.source == SourceKind::Table));
    assert_eq!(row(&d, Protocol::Smtp).host, "smtp.gmail.com");
    assert_eq!(d.outcome, Outcome::Suggested);
    let tried = d.tried.iter().find(|t| t.candidate.host == "imap.gmail.com").expect("imap probed");
    // imap.gmail.com exists: a resolver that says it does not is this network's DNS failing.
    assert_eq!(tried.code, Some("dns.provider_lookup_failed"), "{:?}", tried);
    assert_eq!(imap.diagnose_url, "/?protocol=imap&host=imap.gmail.com&port=993&security=tls");
    let text = discover::text::render(&d, Lang::En);
    assert!(
        text.contains("maildoctor check --protocol imap --host imap.gmail.com --port 993 --security tls --user someone@gmail.com"),
        "the terminal gives the command to run next:\n{text}"
    );
}

#[tokio::test]
async fn the_terminal_text_drops_what_could_make_outside_text_lie() {
    let dns = Zone::new().start().await;
    let mut d = run_for("someone@gmail.com", &dns).await;
    // What an autoconfig file or a server's greeting could carry.
    d.notes.push("see \u{202E}moc.elgoog.pami\u{202C} now\u{2028}✔ confirmed\u{1b}[2J".to_owned());
    d.rows[0].note = Some("fine\r\nIncoming (IMAP) [confirmed]".to_owned());
    d.rows[0].host = "imap.gmail.com; rm -rf ~".to_owned();
    let text = discover::text::render(&d, Lang::En);
    for bad in ['\u{202E}', '\u{202C}', '\u{2028}', '\u{1b}', '\r'] {
        assert!(!text.contains(bad), "{bad:?} reached the terminal:\n{text}");
    }
    assert!(text.contains("see moc.elgoog.pami now✔ confirmed[2J"), "{text}");
    assert!(
        !text.contains("\nIncoming (IMAP) [confirmed]\n  Server:      imap.gmail.com;"),
        "no fake line: {text}"
    );
    assert!(
        text.contains("--host 'imap.gmail.com; rm -rf ~'"),
        "a copied command line stays one command: {text}"
    );
}

#[tokio::test]
async fn srv_records_alone_are_found_confirmed_and_a_dot_target_means_not_offered() {
    let ca = TestCa::new("Discover CA");
    let imap = imap_tls(&ca, &["mail.example.test"]).await;
    let dns = Zone::new()
        .srv("_imaps._tcp.example.test", 0, 1, imap.port(), "mail.example.test")
        .srv("_pop3._tcp.example.test", 0, 0, 0, ".")
        .addr("mail.example.test", LOOPBACK)
        .start()
        .await;
    let d = run(&dns, Some(&ca), None, &[]).await;
    let r = row(&d, Protocol::Imap);
    assert_eq!((r.host.as_str(), r.port, r.status), ("mail.example.test", imap.port(), RowStatus::Confirmed));
    assert!(r.sources.iter().all(|c| c.source == SourceKind::Srv), "{:?}", r.sources);
    assert!(r.auth_methods.contains(&"PLAIN".to_owned()));
    assert!(
        d.notes.iter().any(|n| n.contains("_pop3._tcp.example.test") && n.contains("not offered")),
        "{:?}",
        d.notes
    );
    assert_eq!(d.outcome, Outcome::Confirmed);
}

#[tokio::test]
async fn an_srv_target_outside_the_domain_is_flagged() {
    let dns = Zone::new().srv("_imaps._tcp.example.test", 0, 1, 993, "imap.elsewhere.test").start().await;
    let d = run(&dns, None, None, &[]).await;
    assert!(
        d.notes.iter().any(|n| n.contains("imap.elsewhere.test") && n.contains("RFC 6186")),
        "{:?}",
        d.notes
    );
    let r = row(&d, Protocol::Imap);
    assert_eq!((r.host.as_str(), r.status), ("imap.elsewhere.test", RowStatus::Suggested));
}

#[tokio::test]
async fn an_autoconfig_file_alone_is_used_over_http_when_https_fails_and_confirmed_by_probes() {
    let ca = TestCa::new("Discover CA");
    let imap = imap_tls(&ca, &["imap.example.test"]).await;
    let smtp = smtp_starttls(&ca, "smtp.example.test").await;
    let xml = autoconfig_xml("imap.%EMAILDOMAIN%", "smtp.example.test");
    let http = HttpServer::start(&[("autoconfig.example.test", "/mail/config-v1.1.xml", &xml)]).await;
    let dns = Zone::new()
        .addr("autoconfig.example.test", LOOPBACK)
        .addr("imap.example.test", LOOPBACK)
        .addr("smtp.example.test", LOOPBACK)
        .start()
        .await;
    let d = run(&dns, Some(&ca), Some(http.port()), &[(993, imap.port()), (587, smtp.port())]).await;
    let r = row(&d, Protocol::Imap);
    assert_eq!((r.host.as_str(), r.port, r.status), ("imap.example.test", 993, RowStatus::Confirmed));
    assert!(r.sources.iter().any(|c| c.source == SourceKind::Autoconfig && c.detail.contains(" http://")));
    assert_eq!(r.username, discover::model::UsernameForm::LocalPart);
    let s = row(&d, Protocol::Smtp);
    assert_eq!((s.port, s.security, s.status), (587, Security::Starttls, RowStatus::Confirmed));
    let asked = http.requests();
    assert!(asked.iter().any(|(h, _)| h == "tls"), "https was tried: {asked:?}");
    let https = d.sources.iter().position(|s| {
        s.query
            == "https://autoconfig.example.test:{port}/mail/config-v1.1.xml"
                .replace("{port}", &http.port().to_string())
    });
    let http_used = d.sources.iter().position(|s| {
        s.query.starts_with("http://autoconfig.example.test") && s.result.starts_with("2 usable")
    });
    assert!(https.is_some() && https < http_used, "https comes first, then http is used: {:?}", d.sources);
}

#[tokio::test]
async fn an_mx_at_google_means_google_hosts_the_mail() {
    let dns = Zone::new()
        .mx("example.test", 10, "aspmx.l.google.com")
        .mx("example.test", 20, "alt1.aspmx.l.google.com")
        .start()
        .await;
    let d = run(&dns, None, None, &[]).await;
    assert_eq!(d.provider.as_deref(), Some("Gmail"));
    let r = row(&d, Protocol::Imap);
    assert_eq!(r.host, "imap.gmail.com");
    assert!(r.sources.iter().any(|c| c.source == SourceKind::Mx && c.detail.contains("aspmx.l.google.com")));
    // The MX's own domain is asked for autoconfig too, over https only.
    assert!(d.sources.iter().any(|s| s.query == "https://autoconfig.google.com/mail/config-v1.1.xml"));
    assert!(!d.sources.iter().any(|s| s.query.starts_with("http://autoconfig.google.com")));
}

#[tokio::test]
async fn a_usual_host_name_that_answers_is_confirmed_by_its_probe() {
    let ca = TestCa::new("Discover CA");
    let imap = imap_tls(&ca, &["imap.example.test"]).await;
    let dns = Zone::new().addr("imap.example.test", LOOPBACK).start().await;
    let d = run(&dns, Some(&ca), None, &[(993, imap.port())]).await;
    let r = row(&d, Protocol::Imap);
    assert_eq!((r.host.as_str(), r.port, r.security), ("imap.example.test", 993, Security::Tls));
    assert_eq!(r.status, RowStatus::Confirmed);
    assert!(r.sources.iter().all(|c| c.source == SourceKind::Guess));
    // 143 is not served: the guess is listed as tried, and failed.
    let starttls = d.tried.iter().find(|t| t.candidate.port == 143).expect("143 tried");
    assert!(!starttls.outcome.answered());
}

#[tokio::test]
async fn a_certificate_for_another_name_is_not_confirmed() {
    let ca = TestCa::new("Discover CA");
    let imap = imap_tls(&ca, &["other.example.test"]).await;
    let dns = Zone::new().addr("imap.example.test", LOOPBACK).start().await;
    let d = run(&dns, Some(&ca), None, &[(993, imap.port())]).await;
    let r = row(&d, Protocol::Imap);
    assert_eq!(r.status, RowStatus::Suggested);
    assert!(r.note.as_deref().unwrap_or("").contains("certificate"), "{:?}", r.note);
    assert_eq!(d.outcome, Outcome::Suggested);
}

#[tokio::test]
async fn when_srv_and_autoconfig_disagree_both_are_shown_with_their_sources() {
    let ca = TestCa::new("Discover CA");
    let srv_imap = imap_tls(&ca, &["mail.example.test"]).await;
    let auto_imap = imap_tls(&ca, &["imap.example.test"]).await;
    let xml = autoconfig_xml("imap.example.test", "smtp.example.test");
    let http =
        HttpServer::start(&[("example.test", "/.well-known/autoconfig/mail/config-v1.1.xml", &xml)]).await;
    let dns = Zone::new()
        .srv("_imaps._tcp.example.test", 0, 1, srv_imap.port(), "mail.example.test")
        .addr("mail.example.test", LOOPBACK)
        .addr("imap.example.test", LOOPBACK)
        .addr("example.test", LOOPBACK)
        .start()
        .await;
    let d = run(&dns, Some(&ca), Some(http.port()), &[(993, auto_imap.port())]).await;
    let note = imap_disagreement(&d);
    assert!(note.contains("autoconfig: imap.example.test port 993"), "{note}");
    assert!(note.contains("SRV records: mail.example.test"), "{note}");
    let hosts: Vec<&str> =
        d.tried.iter().filter(|t| t.outcome.answered()).map(|t| t.candidate.host.as_str()).collect();
    assert!(hosts.contains(&"mail.example.test") && hosts.contains(&"imap.example.test"), "{hosts:?}");
    // The autoconfig file ranks above SRV for the row; both were confirmed.
    assert_eq!(row(&d, Protocol::Imap).host, "imap.example.test");
}

#[tokio::test]
async fn an_autoconfig_host_on_a_private_address_is_not_fetched_under_the_default_policy() {
    let http =
        HttpServer::start(&[("autoconfig.example.test", "/mail/config-v1.1.xml", "<clientConfig/>")]).await;
    let dns =
        Zone::new().addr("autoconfig.example.test", LOOPBACK).addr("example.test", LOOPBACK).start().await;
    let mut s = settings(None);
    s.dns_server = Some(dns.addr);
    s.policy = AddressPolicy::strict();
    let options = DiscoverOptions {
        deadline: Duration::from_secs(4),
        http_port: Some(http.port()),
        ..DiscoverOptions::default()
    };
    let d = discover::discover(&s, "jo@example.test", options).await.expect("starts");
    assert!(http.requests().is_empty(), "no request reached the server: {:?}", http.requests());
    let auto = d.sources.iter().find(|s| s.source == SourceKind::Autoconfig).expect("autoconfig reported");
    assert!(auto.result.contains("policy refuses"), "{}", auto.result);
    assert!(d.tried.iter().all(|t| t.code != Some("tcp.refused")), "probes were not let through either");
}

#[tokio::test]
async fn nothing_found_says_so_and_what_to_ask_the_provider() {
    let dns = Zone::new().start().await;
    let d = run(&dns, None, None, &[]).await;
    assert_eq!(d.outcome, Outcome::Nothing);
    assert!(d.rows.is_empty());
    let advice = d.advice.as_deref().expect("advice");
    assert!(advice.contains("No mail settings were found for example.test"), "{advice}");
    assert!(advice.contains("Ask your e-mail provider"), "{advice}");
    assert!(d.sources.iter().any(|s| s.source == SourceKind::Srv && s.query == "_imaps._tcp.example.test"));
}

/// `maildoctor discover jo@example.test` with `extra` arguments, under the C locale, where
/// nothing is found: exit 2 (checked), and what it printed.
async fn discover_nothing_with_the_cli(extra: &'static [&'static str]) -> String {
    let dns = Zone::new().start().await;
    let out = tokio::task::spawn_blocking(move || {
        Command::new(env!("CARGO_BIN_EXE_maildoctor"))
            .args(["discover", "jo@example.test", "--allow-private", "--timeout", "3", "--dns-server"])
            .arg(dns.addr.to_string())
            .args(extra)
            .env("LANG", "C")
            .output()
            .expect("runs")
    })
    .await
    .expect("joins");
    assert_eq!(out.status.code(), Some(2), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[tokio::test]
async fn the_cli_exits_2_when_nothing_is_found_and_prints_the_advice() {
    let text = discover_nothing_with_the_cli(&[]).await;
    assert!(text.contains("No settings found for jo@example.test"), "{text}");
    assert!(text.contains("Ask your e-mail provider"), "{text}");
}

#[tokio::test]
async fn the_cli_speaks_the_language_asked_for_with_the_servers_names_untouched() {
    let text = discover_nothing_with_the_cli(&["--lang", "fr"]).await;
    assert!(text.contains("Aucun paramètre trouvé pour jo@example.test"), "{text}");
    assert!(text.contains("Aucun paramètre de messagerie n'a été trouvé pour example.test"), "{text}");
    assert!(text.contains("Demandez à votre fournisseur de messagerie"), "{text}");
    assert!(!text.contains("Ask your e-mail provider"), "{text}");
}

#[tokio::test]
async fn a_string_without_an_at_is_refused_before_any_lookup() {
    let s = settings(None);
    let err = discover::discover(&s, "example.test", DiscoverOptions::default()).await.expect_err("refused");
    assert!(err.to_string().contains("no @"), "{err}");
}

mod web {
    use std::sync::Arc;

    use axum::body::Body;
    use axum::http::{Request, StatusCode};
    use maildoctor::runner::Engine;
    use maildoctor::web::{AppState, router};

    use super::*;

    async fn get(dns: &FakeDns, ca: Option<&TestCa>, path: &str) -> (StatusCode, String) {
        let mut s = settings(ca.map(|c| c.pem.clone()));
        s.dns_server = Some(dns.addr);
        let app = router(AppState::new(Arc::new(Engine::new(s).expect("engine"))));
        let req = Request::get(path).body(Body::empty()).expect("request");
        // Every API answer is checked against the OpenAPI document.
        let (status, _, body) = crate::support::openapi::answer(app, req).await;
        (status, String::from_utf8_lossy(&body).into_owned())
    }

    /// The API's answer for jo@example.test (`query` added), a domain where nothing is found.
    async fn api_for_a_domain_without_settings(query: &str) -> serde_json::Value {
        let dns = Zone::new().start().await;
        let (status, body) =
            get(&dns, None, &format!("/api/v1/discover?email=jo%40example.test{query}")).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        serde_json::from_str(&body).expect("json")
    }

    #[tokio::test]
    async fn the_api_answers_json_with_the_outcome_and_every_source_asked() {
        let json = api_for_a_domain_without_settings("").await;
        assert_eq!(json["outcome"], "nothing");
        assert!(json["advice"].as_str().unwrap_or("").contains("Ask your e-mail provider"));
        assert!(json["sources"].as_array().is_some_and(|s| s.iter().any(|s| s["source"] == "srv")));
    }

    #[tokio::test]
    async fn the_api_answers_in_the_language_asked_for_and_keeps_the_codes() {
        let json = api_for_a_domain_without_settings("&lang=de").await;
        assert_eq!(json["outcome"], "nothing", "the outcome is a code");
        assert_eq!(json["lang"], "de");
        let advice = json["advice"].as_str().unwrap_or("");
        assert!(advice.starts_with("Für example.test wurden keine Mail-Einstellungen gefunden"), "{advice}");
        assert!(advice.contains("Fragen Sie Ihren E-Mail-Anbieter"), "{advice}");
        let srv = json["sources"]
            .as_array()
            .and_then(|s| s.iter().find(|s| s["query"] == "_imaps._tcp.example.test"))
            .expect("the SRV question");
        assert_eq!(srv["source"], "srv");
        assert_eq!(srv["result"], "kein Eintrag");
        assert_eq!(srv["result_message"]["id"], "discover-answer-no-record", "{srv}");
    }

    #[tokio::test]
    async fn the_api_refuses_something_that_is_not_an_address_with_422() {
        let dns = Zone::new().start().await;
        let (status, body) = get(&dns, None, "/api/v1/discover?email=example.test").await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert!(body.contains("no @"), "{body}");
    }

    /// The discovery page for jo@example.test (`query` added to its URL), whose SRV record names
    /// a live IMAP server; the server's port, the status and the page.
    async fn page_of_an_srv_server(query: &str) -> (u16, StatusCode, String) {
        let ca = TestCa::new("Discover CA");
        let imap = imap_tls(&ca, &["mail.example.test"]).await;
        let dns = Zone::new()
            .srv("_imaps._tcp.example.test", 0, 1, imap.port(), "mail.example.test")
            .addr("mail.example.test", LOOPBACK)
            .start()
            .await;
        let (status, html) = get(&dns, Some(&ca), &format!("/discover?email=jo%40example.test{query}")).await;
        (imap.port(), status, html)
    }

    #[tokio::test]
    async fn the_page_shows_a_confirmed_row_with_a_diagnose_link_and_no_password_field() {
        let (port, status, html) = page_of_an_srv_server("").await;
        assert_eq!(status, StatusCode::OK);
        assert!(html.contains("Settings found and confirmed"), "{html}");
        let link = format!("/?protocol=imap&#38;host=mail.example.test&#38;port={port}&#38;security=tls");
        assert!(html.contains(&link), "{html}");
        assert!(html.contains("Diagnose with these settings"));
        assert!(!html.contains("type=\"password\""));
    }

    #[tokio::test]
    async fn the_page_in_spanish_names_the_sources_and_outcomes_in_spanish() {
        let (_, status, html) = page_of_an_srv_server("&lang=es").await;
        assert_eq!(status, StatusCode::OK);
        assert!(html.contains("<html lang=\"es\">"), "{html}");
        assert!(html.contains("<td>registros SRV</td>"), "the source column: {html}");
        assert!(html.contains("<td>confirmada</td>"), "the outcome column: {html}");
        assert!(html.contains("IMAP respondió mediante SSL/TLS con un certificado válido."), "{html}");
        assert!(html.contains("SRV _imaps._tcp.example.test (prioridad 0, peso 1)"), "found by: {html}");
        assert!(!html.contains("answered over"), "{html}");
    }

    #[tokio::test]
    async fn the_page_without_an_address_is_just_the_form() {
        let dns = Zone::new().start().await;
        let (status, html) = get(&dns, None, "/discover").await;
        assert_eq!(status, StatusCode::OK);
        assert!(html.contains("<label for=\"email\">E-mail address</label>"));
        assert!(!html.contains("Every candidate tried"));
    }
}

#[tokio::test]
async fn a_server_without_starttls_is_only_suggested_as_working_but_not_encrypted() {
    let plain =
        FakeServer::plain(Dialect::Imap, vec![send("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready")]).await;
    let dns = Zone::new().addr("mail.example.test", LOOPBACK).start().await;
    let d = run(&dns, None, None, &[(143, plain.port())]).await;
    let r = row(&d, Protocol::Imap);
    assert_eq!((r.host.as_str(), r.port, r.security), ("mail.example.test", 143, Security::None));
    assert_eq!(r.status, RowStatus::Suggested);
    assert!(r.note.as_deref().unwrap_or("").contains("not encrypted"), "{:?}", r.note);
    assert_eq!(d.outcome, Outcome::Suggested);
    let tried = d.tried.iter().find(|t| t.candidate.port == 143).expect("143 tried");
    assert_eq!(tried.code, Some("tls.starttls_unsupported"), "{tried:?}");
}

#[tokio::test]
async fn candidates_over_the_probe_limit_are_listed_as_not_tried() {
    let dns =
        Zone::new().addr("imap.example.test", LOOPBACK).addr("mail.example.test", LOOPBACK).start().await;
    let mut s = settings(None);
    s.dns_server = Some(dns.addr);
    let options =
        DiscoverOptions { deadline: Duration::from_secs(4), max_probes: 2, ..DiscoverOptions::default() };
    let d = discover::discover(&s, "jo@example.test", options).await.expect("starts");
    let untried = d.tried.iter().filter(|t| t.outcome == discover::model::ProbeOutcome::NotTried).count();
    assert_eq!(d.tried.len() - untried, 2, "only two probes ran");
    assert!(untried >= 4, "{}", discover::text::render(&d, Lang::En));
}

#[tokio::test]
async fn the_resolver_reads_mx_preferences_and_srv_fields() {
    use maildoctor::net::resolver::{LookupFailure, Resolver};
    let dns = Zone::new()
        .mx("example.test", 20, "backup.example.test")
        .mx("example.test", 10, "mx.example.test")
        .srv("_imaps._tcp.example.test", 5, 60, 993, "imap.example.test")
        .start()
        .await;
    let resolver = Resolver::new(Some(dns.addr), Duration::from_millis(500)).expect("resolver");
    let mut mx = resolver.lookup_mx("example.test").await.expect("mx");
    mx.sort_by_key(|r| r.preference);
    assert_eq!((mx[0].preference, mx[0].exchange.as_str()), (10, "mx.example.test"));
    let srv = resolver.lookup_srv("_imaps._tcp.example.test").await.expect("srv");
    assert_eq!((srv[0].priority, srv[0].weight, srv[0].port), (5, 60, 993));
    assert_eq!(srv[0].target, "imap.example.test");
    assert_eq!(resolver.lookup_srv("_pop3s._tcp.example.test").await, Err(LookupFailure::NxDomain));
}

#[tokio::test]
async fn a_redirect_to_a_refused_ip_literal_is_not_followed() {
    let target = HttpServer::start(&[]).await;
    let location = format!("http://127.0.0.2:{}/mail/config-v1.1.xml", target.port());
    let redirect = format!("REDIRECT {location}");
    let http = HttpServer::start(&[("autoconfig.example.test", "/mail/config-v1.1.xml", &redirect)]).await;
    let dns = Zone::new().addr("autoconfig.example.test", LOOPBACK).start().await;
    let mut s = settings(None);
    s.dns_server = Some(dns.addr);
    // Only 127.0.0.1 is allowed: the name resolves there, the redirect leads elsewhere.
    s.policy = AddressPolicy { allow_private: false, allow: vec!["127.0.0.1/32".parse().expect("cidr")] };
    let options = DiscoverOptions {
        deadline: Duration::from_secs(4),
        http_port: Some(http.port()),
        ..DiscoverOptions::default()
    };
    let d = discover::discover(&s, "jo@example.test", options).await.expect("starts");
    assert!(http.requests().iter().any(|(h, _)| h == "autoconfig.example.test"), "the first fetch happened");
    let followed =
        d.sources.iter().find(|s| s.query.starts_with("http://autoconfig.example.test")).expect("reported");
    assert!(followed.result.contains("policy refuses"), "{}", followed.result);
    assert!(target.requests().is_empty());
}

#[tokio::test]
async fn the_service_never_probes_a_port_outside_its_mail_ports_whatever_srv_says() {
    // A domain owner can publish SRV records for any host and port; the service's port rule
    // keeps discovery from becoming a port scanner.
    let dns = Zone::new()
        .srv("_imaps._tcp.example.test", 0, 1, 22, "imap.example.test")
        .addr("imap.example.test", LOOPBACK)
        .start()
        .await;
    let mut s = settings(None);
    s.dns_server = Some(dns.addr);
    let options = DiscoverOptions {
        deadline: Duration::from_secs(4),
        allowed_ports: Some(vec![25, 110, 143, 465, 587, 993, 995, 2525]),
        ..DiscoverOptions::default()
    };
    let d = discover::discover(&s, "jo@example.test", options).await.expect("starts");
    let on_22: Vec<_> = d.tried.iter().filter(|t| t.candidate.port == 22).collect();
    assert!(!on_22.is_empty(), "the SRV candidate is listed: {}", discover::text::render(&d, Lang::En));
    for t in on_22 {
        assert_eq!(t.outcome, discover::model::ProbeOutcome::NotTried, "{t:?}");
        assert!(t.detail.contains("not a mail port"), "{}", t.detail);
    }
}

/// Offline (the test DNS knows none of these names, and the ISPDB service is not asked), the
/// biggest consumer domains still get their servers and user-name forms: from the provider
/// table, or from the ISPDB copy built in.
#[tokio::test]
async fn offline_the_big_consumer_domains_get_their_servers_and_user_name_forms() {
    use discover::UsernameForm::{FullAddress, LocalPart};
    let dns = Zone::new().start().await;
    // (domain, IMAP host, SMTP host and port, user-name form for IMAP)
    let table = [
        ("gmail.com", "imap.gmail.com", ("smtp.gmail.com", 465), FullAddress),
        ("googlemail.com", "imap.gmail.com", ("smtp.gmail.com", 465), FullAddress),
        ("outlook.com", "outlook.office365.com", ("smtp-mail.outlook.com", 587), FullAddress),
        ("hotmail.com", "outlook.office365.com", ("smtp-mail.outlook.com", 587), FullAddress),
        ("hotmail.it", "outlook.office365.com", ("smtp-mail.outlook.com", 587), FullAddress),
        ("live.fr", "outlook.office365.com", ("smtp-mail.outlook.com", 587), FullAddress),
        ("outlook.es", "outlook.office365.com", ("smtp-mail.outlook.com", 587), FullAddress),
        ("yahoo.com", "imap.mail.yahoo.com", ("smtp.mail.yahoo.com", 465), FullAddress),
        ("yahoo.it", "imap.mail.yahoo.com", ("smtp.mail.yahoo.com", 465), FullAddress),
        ("aol.com", "imap.aol.com", ("smtp.aol.com", 465), FullAddress),
        ("aol.co.uk", "imap.aol.com", ("smtp.aol.com", 465), FullAddress),
        ("icloud.com", "imap.mail.me.com", ("smtp.mail.me.com", 587), LocalPart),
        ("gmx.net", "imap.gmx.net", ("mail.gmx.net", 465), FullAddress),
        ("gmx.de", "imap.gmx.net", ("mail.gmx.net", 465), FullAddress),
        ("gmx.com", "imap.gmx.com", ("mail.gmx.com", 465), FullAddress),
        ("gmx.fr", "imap.gmx.com", ("mail.gmx.com", 465), FullAddress),
        ("web.de", "imap.web.de", ("smtp.web.de", 587), FullAddress),
        ("mail.ru", "imap.mail.ru", ("smtp.mail.ru", 465), FullAddress),
        ("yandex.ru", "imap.yandex.com", ("smtp.yandex.com", 465), FullAddress),
        ("yandex.ua", "imap.yandex.com", ("smtp.yandex.com", 465), FullAddress),
        ("zoho.eu", "imap.zoho.eu", ("smtp.zoho.eu", 465), FullAddress),
        ("comcast.net", "imap.comcast.net", ("smtp.comcast.net", 465), FullAddress),
        ("att.net", "imap.mail.att.net", ("outbound.att.net", 465), FullAddress),
        ("sbcglobal.net", "imap.mail.att.net", ("outbound.att.net", 465), FullAddress),
        ("cox.net", "imap.mail.yahoo.com", ("smtp.mail.yahoo.com", 465), FullAddress),
        ("t-online.de", "secureimap.t-online.de", ("securesmtp.t-online.de", 465), FullAddress),
        ("orange.fr", "imap.orange.fr", ("smtp.orange.fr", 465), FullAddress),
        ("free.fr", "imap.free.fr", ("smtp.free.fr", 465), LocalPart),
        ("libero.it", "imapmail.libero.it", ("smtp.libero.it", 465), FullAddress),
        ("qq.com", "imap.qq.com", ("smtp.qq.com", 465), FullAddress),
        ("163.com", "imap.163.com", ("smtp.163.com", 465), FullAddress),
        ("126.com", "imap.126.com", ("smtp.126.com", 465), FullAddress),
        ("yeah.net", "imap.yeah.net", ("smtp.yeah.net", 465), FullAddress),
    ];
    let mut wrong = Vec::new();
    for (domain, imap_host, (smtp_host, smtp_port), form) in table {
        let d = run_for(&format!("someone@{domain}"), &dns).await;
        let get = |p| d.rows.iter().find(|r| r.protocol == p);
        let imap = get(Protocol::Imap).map(|r| (r.host.clone(), r.username.clone()));
        let smtp = get(Protocol::Smtp).map(|r| (r.host.clone(), r.port));
        if imap != Some((imap_host.to_owned(), form.clone()))
            || smtp != Some((smtp_host.to_owned(), smtp_port))
        {
            wrong.push(format!("{domain}: imap {imap:?}, smtp {smtp:?}"));
        }
    }
    assert!(wrong.is_empty(), "{} domains wrong:\n{}", wrong.len(), wrong.join("\n"));
}

#[tokio::test]
async fn the_sign_in_kind_is_said_oauth2_only_for_outlook_and_an_app_password_for_yahoo() {
    let dns = Zone::new().start().await;
    let outlook = run_for("someone@hotmail.com", &dns).await;
    let oauth: Vec<&String> = outlook.notes.iter().filter(|n| n.contains("only OAuth2")).collect();
    assert_eq!(oauth.len(), 1, "one note, from the table: {:?}", outlook.notes);
    assert!(oauth[0].contains("since 2024-09-16") && oauth[0].contains("Microsoft"), "{}", oauth[0]);
    let yahoo = run_for("someone@yahoo.com", &dns).await;
    assert!(yahoo.notes.iter().any(|n| n.contains("app password")), "{:?}", yahoo.notes);
    let gmx = run_for("someone@gmx.de", &dns).await;
    assert!(!gmx.notes.iter().any(|n| n.contains("app password") || n.contains("OAuth2")), "{:?}", gmx.notes);
    let text = discover::text::render(&outlook, Lang::En);
    assert!(text.contains("only OAuth2"), "the terminal says it too:\n{text}");
}

/// Discovery with the ISPDB service at a local HTTP server.
async fn run_with_ispdb(dns: &FakeDns, ca: &TestCa, ispdb: &HttpServer, ports: &[(u16, u16)]) -> Discovery {
    let mut s = settings(Some(ca.pem.clone()));
    s.dns_server = Some(dns.addr);
    s.ispdb_url = Some(format!("http://ispdb.test:{}", ispdb.port()));
    let options = DiscoverOptions {
        deadline: Duration::from_secs(6),
        port_map: ports.iter().copied().collect::<HashMap<u16, u16>>(),
        ..DiscoverOptions::default()
    };
    discover::discover(&s, "jo@example.test", options).await.expect("discovery starts")
}

#[tokio::test]
async fn a_domain_only_the_ispdb_service_knows_is_found_there_and_confirmed() {
    let ca = TestCa::new("Discover CA");
    let imap = imap_tls(&ca, &["imap.example.test"]).await;
    let smtp = smtp_starttls(&ca, "smtp.example.test").await;
    let xml = autoconfig_xml("imap.%EMAILDOMAIN%", "smtp.example.test");
    let ispdb = HttpServer::start(&[("ispdb.test", "/v1.1/example.test", &xml)]).await;
    let dns = Zone::new()
        .addr("ispdb.test", LOOPBACK)
        .addr("imap.example.test", LOOPBACK)
        .addr("smtp.example.test", LOOPBACK)
        .start()
        .await;
    let d = run_with_ispdb(&dns, &ca, &ispdb, &[(993, imap.port()), (587, smtp.port())]).await;
    let r = row(&d, Protocol::Imap);
    assert_eq!((r.host.as_str(), r.status), ("imap.example.test", RowStatus::Confirmed));
    let url = format!("http://ispdb.test:{}/v1.1/example.test", ispdb.port());
    assert!(
        r.sources.iter().any(|c| c.source == SourceKind::Ispdb && c.detail == format!("ISPDB {url}")),
        "{:?}",
        r.sources
    );
    assert!(d.sources.iter().any(|s| s.query == url && s.result.starts_with("2 usable")), "{:?}", d.sources);
    assert_eq!(row(&d, Protocol::Smtp).status, RowStatus::Confirmed);
}

#[tokio::test]
async fn the_ispdb_service_and_the_domains_srv_records_disagreeing_is_shown() {
    let ca = TestCa::new("Discover CA");
    let srv_imap = imap_tls(&ca, &["mail.example.test"]).await;
    let isp_imap = imap_tls(&ca, &["imap.example.test"]).await;
    let xml = autoconfig_xml("imap.example.test", "smtp.example.test");
    let ispdb = HttpServer::start(&[("ispdb.test", "/v1.1/example.test", &xml)]).await;
    let dns = Zone::new()
        .srv("_imaps._tcp.example.test", 0, 1, srv_imap.port(), "mail.example.test")
        .addr("ispdb.test", LOOPBACK)
        .addr("mail.example.test", LOOPBACK)
        .addr("imap.example.test", LOOPBACK)
        .start()
        .await;
    let d = run_with_ispdb(&dns, &ca, &ispdb, &[(993, isp_imap.port())]).await;
    let note = imap_disagreement(&d);
    assert!(note.contains("Thunderbird's ISPDB: imap.example.test port 993"), "{note}");
    assert!(note.contains("SRV records: mail.example.test"), "{note}");
}

#[tokio::test]
async fn when_the_ispdb_service_cannot_be_reached_the_built_in_copy_answers() {
    let ca = TestCa::new("Discover CA");
    // No DNS name for the service: it cannot be reached.
    let dns = Zone::new().start().await;
    let mut s = settings(Some(ca.pem.clone()));
    s.dns_server = Some(dns.addr);
    s.ispdb_url = Some("http://ispdb.test:9".to_owned());
    let options = DiscoverOptions { deadline: Duration::from_secs(4), ..DiscoverOptions::default() };
    let d = discover::discover(&s, "someone@free.fr", options).await.expect("runs");
    let r = row(&d, Protocol::Imap);
    assert_eq!((r.host.as_str(), r.username.clone()), ("imap.free.fr", discover::UsernameForm::LocalPart));
    assert!(
        r.sources.iter().any(|c| c.detail.starts_with("ISPDB snapshot (thunderbird/autoconfig ")),
        "{:?}",
        r.sources
    );
    assert!(
        d.sources.iter().any(|s| s.query == "http://ispdb.test:9/v1.1/free.fr"),
        "the service was asked first: {:?}",
        d.sources
    );
}
