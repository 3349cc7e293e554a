//! An incomplete certificate chain, confirmed by fetching the missing intermediate from the
//! leaf's AIA caIssuers address: an rcgen PKI (root → intermediate → leaf), a loopback TLS
//! server that sends only the leaf, and a loopback HTTP server publishing the intermediate.

use std::time::{Duration, Instant};

use maildoctor::checks::{aia, cert};
use maildoctor::config::Settings;
use maildoctor::diagnosis::{Code, Finding};
use maildoctor::net::policy::AddressPolicy;
use maildoctor::net::tls::CertFault;
use maildoctor::report::{FindingReport, Report};
use maildoctor::target::{Host, Protocol, SecurityChoice};
use tokio::net::TcpListener;

use crate::support::certs::{Identity, TestCa};
use crate::support::fake_server::{Dialect, FakeServer, send};
use crate::support::http::HttpServer;
use crate::support::{self, codes};

const GREETING: &str = "* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] Dovecot ready.";

struct Pki {
    root: TestCa,
    intermediate: TestCa,
}

fn pki() -> Pki {
    let root = TestCa::new("AIA Test Root");
    let intermediate = root.intermediate("AIA Test Intermediate");
    Pki { root, intermediate }
}

/// An IMAPS server on 127.0.0.1 presenting `id`, and the diagnosis of it trusting `trusted`.
async fn diagnose(id: &Identity, trusted: &TestCa) -> Report {
    let server = FakeServer::tls(Dialect::Imap, vec![send(GREETING)], id.server_config()).await;
    let engine = support::engine(Some(trusted.pem.clone()));
    engine.diagnose(&support::request(Protocol::Imap, "127.0.0.1", server.port(), SecurityChoice::Tls)).await
}

fn finding(report: &Report, code: Code) -> &FindingReport {
    report.finding(code).unwrap_or_else(|| panic!("expected {code}, got {:?}", codes(report)))
}

fn evidence(f: &FindingReport, label: &str) -> Option<String> {
    f.evidence.iter().find(|e| e.label == label).map(|e| e.value.clone())
}

#[tokio::test]
async fn a_forgotten_intermediate_is_fetched_confirmed_and_named() {
    let pki = pki();
    let http = HttpServer::start_bytes(&[("127.0.0.1", "/int.der", pki.intermediate.der().to_vec())]).await;
    let url = format!("http://127.0.0.1:{}/int.der", http.port());
    let leaf = pki.intermediate.leaf_pointing_to_issuer("imap.example.test", &["127.0.0.1"], &url);
    let report = diagnose(&leaf, &pki.root).await;

    let f = finding(&report, Code::TlsCertChainIncomplete);
    assert_eq!(evidence(f, "missing issuer").as_deref(), Some("CN=AIA Test Intermediate"));
    assert_eq!(evidence(f, "missing certificate's issuer").as_deref(), Some("CN=AIA Test Root"));
    assert_eq!(evidence(f, "issuer published at").as_deref(), Some(url.as_str()));
    let confirmed = evidence(f, "confirmed").expect("confirmed");
    assert!(confirmed.contains("CN=AIA Test Root"), "{confirmed}");
    assert!(evidence(f, "not confirmed").is_none());
    assert_eq!(http.requests(), vec![("127.0.0.1".to_owned(), "/int.der".to_owned())]);
    // The fetched certificate is evidence only: the connection itself stays unverified.
    assert!(!report.tls.as_ref().expect("tls").verified);
    assert!(!report.has(Code::TlsCertUntrusted), "{:?}", codes(&report));
}

#[tokio::test]
async fn a_pem_published_intermediate_is_read_too() {
    let pki = pki();
    let pem = pki.intermediate.pem.clone().into_bytes();
    let http = HttpServer::start_bytes(&[("127.0.0.1", "/int.pem", pem)]).await;
    let url = format!("http://127.0.0.1:{}/int.pem", http.port());
    let report =
        diagnose(&pki.intermediate.leaf_pointing_to_issuer("x.test", &["127.0.0.1"], &url), &pki.root).await;
    let f = finding(&report, Code::TlsCertChainIncomplete);
    assert!(evidence(f, "confirmed").is_some(), "{:?}", f.evidence);
}

#[tokio::test]
async fn an_issuer_that_cannot_be_fetched_leaves_the_chain_likely_incomplete_with_the_reason() {
    let pki = pki();
    let http = HttpServer::start_bytes(&[]).await;
    let url = format!("http://127.0.0.1:{}/missing.der", http.port());
    let report =
        diagnose(&pki.intermediate.leaf_pointing_to_issuer("x.test", &["127.0.0.1"], &url), &pki.root).await;
    let f = finding(&report, Code::TlsCertChainIncomplete);
    let why = evidence(f, "not confirmed").expect("reason");
    assert!(why.contains("HTTP 404") && why.contains(&url), "{why}");
    assert!(evidence(f, "confirmed").is_none());
}

#[tokio::test]
async fn a_published_certificate_that_is_not_the_issuer_is_not_taken_for_it() {
    let pki = pki();
    let stranger = TestCa::new("Some Other CA");
    let http = HttpServer::start_bytes(&[("127.0.0.1", "/int.der", stranger.der().to_vec())]).await;
    let url = format!("http://127.0.0.1:{}/int.der", http.port());
    let report =
        diagnose(&pki.intermediate.leaf_pointing_to_issuer("x.test", &["127.0.0.1"], &url), &pki.root).await;
    let f = finding(&report, Code::TlsCertChainIncomplete);
    let why = evidence(f, "not confirmed").expect("reason");
    assert!(why.contains("is not the issuer"), "{why}");
}

#[tokio::test]
async fn a_fetched_issuer_from_an_untrusted_root_makes_the_certificate_untrusted() {
    let other_root = TestCa::new("Untrusted Root");
    let intermediate = other_root.intermediate("Private Intermediate");
    let trusted = TestCa::new("The Only Trusted Root");
    let http = HttpServer::start_bytes(&[("127.0.0.1", "/int.der", intermediate.der().to_vec())]).await;
    let url = format!("http://127.0.0.1:{}/int.der", http.port());
    let report =
        diagnose(&intermediate.leaf_pointing_to_issuer("x.test", &["127.0.0.1"], &url), &trusted).await;

    assert!(!report.has(Code::TlsCertChainIncomplete), "{:?}", codes(&report));
    let f = finding(&report, Code::TlsCertUntrusted);
    assert_eq!(evidence(f, "issuer").as_deref(), Some("CN=Private Intermediate"));
    let fetched = evidence(f, "issuer's certificate").expect("fetched");
    assert!(fetched.contains("CN=Private Intermediate") && fetched.contains(&url), "{fetched}");
    let said = evidence(f, "verifier said").expect("why");
    assert!(said.contains("CN=Untrusted Root"), "{said}");
}

#[tokio::test]
async fn a_silent_issuer_address_costs_no_more_than_the_short_fetch_limit() {
    let pki = pki();
    let silent = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let url = format!("http://127.0.0.1:{}/int.der", silent.local_addr().expect("addr").port());
    let hold = tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((stream, _)) = silent.accept().await {
            held.push(stream);
        }
    });
    let started = Instant::now();
    let report =
        diagnose(&pki.intermediate.leaf_pointing_to_issuer("x.test", &["127.0.0.1"], &url), &pki.root).await;
    let took = started.elapsed();
    hold.abort();

    let f = finding(&report, Code::TlsCertChainIncomplete);
    assert!(evidence(f, "not confirmed").is_some(), "{:?}", f.evidence);
    // Test timeouts: connect 800 ms, so one fetch gets at most 800 ms.
    assert!(took < Duration::from_millis(2500), "the diagnosis took {took:?}");
}

/// A context like the runner's, with `policy` instead of the tests' permissive one.
fn ctx_with(policy: AddressPolicy, trusted: &TestCa) -> maildoctor::checks::Ctx {
    let mut ctx = support::ctx();
    let settings = Settings { policy, ..support::settings(None) };
    ctx.settings = std::sync::Arc::new(settings);
    ctx.roots = maildoctor::net::tls::roots(false, &[trusted.pem.as_str()]).expect("roots");
    ctx
}

#[tokio::test]
async fn without_allow_private_an_issuer_address_on_loopback_is_not_fetched() {
    let pki = pki();
    let http = HttpServer::start_bytes(&[("127.0.0.1", "/int.der", pki.intermediate.der().to_vec())]).await;
    let url = format!("http://127.0.0.1:{}/int.der", http.port());
    let chain = pki.intermediate.leaf_pointing_to_issuer("x.test", &["x.test"], &url).chain;
    let summary = cert::summarize(&chain, std::time::SystemTime::now()).expect("summary");
    let host = Host::Name("x.test".into());
    let findings = cert::assess(&[CertFault::UnknownIssuer], &summary, &chain, &host, Protocol::Imap);

    let strict: Vec<Finding> =
        aia::complete(&ctx_with(AddressPolicy::strict(), &pki.root), &chain, findings.clone()).await;
    assert_eq!(strict.iter().map(|f| f.code).collect::<Vec<_>>(), vec![Code::TlsCertChainIncomplete]);
    let why = strict[0].evidence.iter().find(|e| e.label == "not confirmed").map(|e| e.value.clone());
    assert!(why.as_deref().is_some_and(|w| w.contains("policy refuses")), "{why:?}");
    assert!(http.requests().is_empty(), "nothing may be fetched: {:?}", http.requests());

    let allowed = aia::complete(&ctx_with(AddressPolicy::permissive(), &pki.root), &chain, findings).await;
    assert!(allowed[0].evidence.iter().any(|e| e.label == "confirmed"), "{:?}", allowed[0].evidence);
}
