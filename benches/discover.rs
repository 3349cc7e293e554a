//! Benchmark: discovery costs about its slowest probe, not the sum of its probes.
//!
//! Run with `cargo bench --bench discover`. Everything is on 127.0.0.1: an in-process DNS
//! answering SRV records (IMAP, POP3 and SMTP submission on fake TLS servers) and A records for
//! the usual guessed names, so about twenty candidates are probed; the SMTP fake waits ~1 s
//! before its greeting. Each run prints the total discovery time, the slowest probe and the
//! sum of all probe times; the figure for README is the median total.

#![allow(missing_docs, dead_code, unreachable_pub, clippy::unwrap_used, clippy::expect_used)]

#[path = "../tests/it/support/certs.rs"]
mod certs;
#[path = "../tests/it/support/dns.rs"]
mod dns;
#[path = "../tests/it/support/fake_server.rs"]
mod fake_server;

/// Installs the ring provider (the support modules call `super::crypto()`).
fn crypto() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}

use std::time::{Duration, Instant};

use certs::TestCa;
use dns::Zone;
use fake_server::{Dialect, FakeServer, Step, send};
use maildoctor::config::{Settings, Timeouts};
use maildoctor::discover::{self, DiscoverOptions};
use maildoctor::net::policy::AddressPolicy;

const SLOW: Duration = Duration::from_millis(1000);
const RUNS: usize = 7;

#[tokio::main]
async fn main() {
    crypto();
    let ca = TestCa::new("Bench CA");
    let names = ["mail.bench.test", "pop.bench.test", "smtp.bench.test"];
    let id = ca.leaf(names[0], &names, (-1, 30));
    let imap = FakeServer::tls(
        Dialect::Imap,
        vec![send("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready")],
        id.server_config(),
    )
    .await;
    let pop = FakeServer::tls(Dialect::Pop3, vec![send("+OK ready")], id.server_config()).await;
    let smtp = FakeServer::tls(
        Dialect::Smtp,
        vec![Step::Sleep(SLOW), send("220 smtp.bench.test ESMTP")],
        id.server_config(),
    )
    .await;
    let mut zone = Zone::new()
        .srv("_imaps._tcp.bench.test", 0, 1, imap.port(), "mail.bench.test")
        .srv("_pop3s._tcp.bench.test", 0, 1, pop.port(), "pop.bench.test")
        .srv("_submissions._tcp.bench.test", 0, 1, smtp.port(), "smtp.bench.test");
    for name in [
        "bench.test",
        "imap.bench.test",
        "mail.bench.test",
        "pop.bench.test",
        "pop3.bench.test",
        "smtp.bench.test",
    ] {
        zone = zone.addr(name, "127.0.0.1");
    }
    let dns = zone.start().await;
    let settings = Settings {
        dns_server: Some(dns.addr),
        extra_ca_pem: Some(ca.pem.clone()),
        policy: AddressPolicy::permissive(),
        timeouts: Timeouts::default(),
        no_public_roots: true,
        ispdb_url: None,
    };
    let mut totals = Vec::new();
    let mut probed = 0;
    for run in 0..RUNS {
        let started = Instant::now();
        let found =
            discover::discover(&settings, "jo@bench.test", DiscoverOptions::default()).await.expect("runs");
        let total = started.elapsed();
        let slowest = found.tried.iter().map(|t| t.duration_ms).max().unwrap_or(0);
        let sum: u64 = found.tried.iter().map(|t| t.duration_ms).sum();
        let confirmed = found.rows.iter().filter(|r| r.status == discover::RowStatus::Confirmed).count();
        println!(
            "run {run}: total {:>5} ms | {} candidates probed, slowest probe {slowest} ms, sum of probes {sum} ms | {confirmed} rows confirmed",
            total.as_millis(),
            found.tried.len()
        );
        probed = found.tried.len();
        totals.push(total);
    }
    totals.sort();
    println!(
        "discovery with one {} ms greeting among {} candidates: median total {:?} (min {:?}, max {:?})",
        SLOW.as_millis(),
        probed,
        totals[RUNS / 2],
        totals[0],
        totals[RUNS - 1]
    );
}
