//! Benchmark harness: how long a diagnosis takes end to end, and the hot pure functions.
//!
//! Run with `cargo bench --bench diagnose` (release profile). It starts in-process fake
//! servers on 127.0.0.1 only (plain IMAP, implicit-TLS IMAP with an rcgen certificate) and
//! measures full diagnoses through the public `Engine`, sequentially and with concurrency, plus
//! input parsing, first-byte sniffing and report assembly + JSON. Figures are printed as
//! median / p95 / max and go into README.md with the machine they ran on.
//!
//! A hand-written harness (not criterion) on purpose: the interesting numbers are latency
//! distributions of whole network diagnoses, which criterion's per-iteration model handles
//! poorly, and it keeps the dependency tree small.

#![allow(missing_docs, dead_code, unreachable_pub, clippy::unwrap_used, clippy::expect_used)]

#[path = "../tests/it/support/certs.rs"]
mod certs;
#[path = "../tests/it/support/fake_server.rs"]
mod fake_server;

/// Installs the ring provider (the support modules call `super::crypto()`).
fn crypto() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}

use std::hint::black_box;
use std::sync::Arc;
use std::time::{Duration, Instant};

use fake_server::{Dialect, FakeServer, send};
use maildoctor::config::{Settings, Timeouts};
use maildoctor::net::policy::AddressPolicy;
use maildoctor::runner::Engine;
use maildoctor::target::{DiagnoseRequest, Protocol, RawPort, SecurityChoice};

fn stats(name: &str, mut samples: Vec<Duration>) {
    samples.sort();
    let pick = |q: f64| samples[((samples.len() as f64 - 1.0) * q).round() as usize];
    let total: Duration = samples.iter().sum();
    println!(
        "{name:<48} n={:<6} median={:>9.3?} p95={:>9.3?} max={:>9.3?} mean={:>9.3?}",
        samples.len(),
        pick(0.5),
        pick(0.95),
        samples[samples.len() - 1],
        total / samples.len() as u32
    );
}

fn request(port: u16, security: SecurityChoice) -> DiagnoseRequest {
    DiagnoseRequest {
        port: Some(RawPort(port.to_string())),
        security: Some(security),
        ..DiagnoseRequest::new(Protocol::Imap, "127.0.0.1")
    }
}

fn engine(ca_pem: Option<String>) -> Arc<Engine> {
    crypto();
    let settings = Settings {
        dns_server: None,
        extra_ca_pem: ca_pem,
        policy: AddressPolicy::permissive(),
        timeouts: Timeouts::default(),
        no_public_roots: true,
        ispdb_url: None,
    };
    Arc::new(Engine::new(settings).expect("engine"))
}

async fn sequential(name: &str, engine: &Engine, req: &DiagnoseRequest, n: usize) {
    let mut samples = Vec::with_capacity(n);
    for _ in 0..n {
        let started = Instant::now();
        black_box(engine.diagnose(req).await);
        samples.push(started.elapsed());
    }
    stats(name, samples);
}

async fn concurrent(name: &str, engine: Arc<Engine>, req: DiagnoseRequest, total: usize, width: usize) {
    let started = Instant::now();
    let mut handles = Vec::new();
    for _ in 0..width {
        let engine = engine.clone();
        let req = req.clone();
        handles.push(tokio::spawn(async move {
            let mut samples = Vec::new();
            for _ in 0..total / width {
                let t = Instant::now();
                black_box(engine.diagnose(&req).await);
                samples.push(t.elapsed());
            }
            samples
        }));
    }
    let mut samples = Vec::new();
    for h in handles {
        samples.extend(h.await.expect("join"));
    }
    let wall = started.elapsed();
    stats(name, samples.clone());
    println!("{:<48} {:.0} diagnoses/s over {:?}", "", samples.len() as f64 / wall.as_secs_f64(), wall);
}

fn micro<T>(name: &str, n: usize, mut f: impl FnMut() -> T) {
    let mut samples = Vec::with_capacity(n);
    for _ in 0..n {
        let started = Instant::now();
        black_box(f());
        samples.push(started.elapsed());
    }
    stats(name, samples);
}

#[tokio::main(flavor = "multi_thread")]
async fn main() {
    let greeting = "* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ AUTH=PLAIN] Dovecot ready.";
    let plain = FakeServer::plain(Dialect::Imap, vec![send(greeting)]).await;
    let ca = certs::TestCa::new("Bench CA");
    let id = ca.leaf("imap.bench.test", &["127.0.0.1", "imap.bench.test"], (-1, 90));
    let tls = FakeServer::tls(Dialect::Imap, vec![send(greeting)], id.server_config()).await;
    let refused = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        l.local_addr().expect("addr").port()
    };

    let plain_engine = engine(None);
    let tls_engine = engine(Some(ca.pem.clone()));

    println!("== end-to-end diagnoses against in-process fakes on 127.0.0.1 ==");
    sequential(
        "imap plain (security none), sequential",
        &plain_engine,
        &request(plain.port(), SecurityChoice::None),
        300,
    )
    .await;
    sequential("imap implicit TLS, sequential", &tls_engine, &request(tls.port(), SecurityChoice::Tls), 300)
        .await;
    sequential("tcp refused, sequential", &plain_engine, &request(refused, SecurityChoice::Tls), 300).await;
    concurrent(
        "imap implicit TLS, 8 concurrent",
        tls_engine.clone(),
        request(tls.port(), SecurityChoice::Tls),
        800,
        8,
    )
    .await;

    println!("== pure functions ==");
    let req = DiagnoseRequest {
        port: Some(RawPort("995".into())),
        ..DiagnoseRequest::new(Protocol::Imap, "Pop.Bücher.example")
    };
    micro("target::parse (IDNA + input findings)", 20_000, || maildoctor::target::parse(&req));
    micro("proto::sniff::sniff", 100_000, || maildoctor::proto::sniff::sniff(greeting.as_bytes()));
    let report = tls_engine.diagnose(&request(tls.port(), SecurityChoice::Tls)).await;
    micro("serde_json::to_string(report)", 20_000, || serde_json::to_string(&report).expect("json"));
}
