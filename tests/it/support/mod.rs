//! Shared test support: fake mail servers, a test PKI, an engine on loopback.

#![allow(dead_code)]

pub mod certs;
pub mod dns;
pub mod fake_server;
pub mod http;
pub mod openapi;
pub mod recording;
pub mod wire;

use maildoctor::config::{Settings, Timeouts};
use maildoctor::net::policy::AddressPolicy;
use maildoctor::report::Report;
use maildoctor::runner::Engine;
use maildoctor::target::{DiagnoseRequest, Protocol, RawPort, SecurityChoice};

/// Installs the ring provider once per test binary (rustls needs one process default).
pub fn crypto() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}

/// Settings for tests: loopback allowed, short timeouts, only the given CA trusted.
pub fn settings(ca_pem: Option<String>) -> Settings {
    crypto();
    Settings {
        dns_server: None,
        extra_ca_pem: ca_pem,
        policy: AddressPolicy::permissive(),
        timeouts: Timeouts::fast(),
        no_public_roots: true,
        ispdb_url: None,
    }
}

/// An engine for tests.
pub fn engine(ca_pem: Option<String>) -> Engine {
    Engine::new(settings(ca_pem)).expect("engine")
}

/// A request for `protocol` at `host:port` with `security`.
pub fn request(protocol: Protocol, host: &str, port: u16, security: SecurityChoice) -> DiagnoseRequest {
    DiagnoseRequest {
        port: Some(RawPort(port.to_string())),
        security: Some(security),
        ..DiagnoseRequest::new(protocol, host)
    }
}

/// The codes of a report, in order.
pub fn codes(report: &Report) -> Vec<String> {
    report.findings.iter().map(|f| f.code.id().to_owned()).collect()
}

/// Asserts `code` was raised, printing the report's codes and transcript otherwise.
#[track_caller]
pub fn assert_code(report: &Report, code: &str) {
    assert!(
        codes(report).iter().any(|c| c == code),
        "expected {code}, got {:?}\nsummary: {}\ntranscript: {:#?}",
        codes(report),
        report.summary,
        report.transcript
    );
}

/// A stage context like the runner's, for calling one stage directly (no engine).
pub fn ctx() -> maildoctor::checks::Ctx {
    use std::sync::{Arc, Mutex};
    use std::time::{Instant, SystemTime};

    let settings = Arc::new(settings(None));
    let timeouts = settings.timeouts;
    maildoctor::checks::Ctx {
        resolver: Arc::new(maildoctor::net::resolver::Resolver::new(None, timeouts.dns).expect("resolver")),
        roots: maildoctor::net::tls::roots(false, &[]).expect("roots"),
        transcript: maildoctor::transcript::Transcript::default(),
        deadline: Instant::now() + timeouts.overall,
        now: SystemTime::now(),
        facts: Mutex::new(maildoctor::checks::Facts::default()),
        settings,
        timeouts,
    }
}
