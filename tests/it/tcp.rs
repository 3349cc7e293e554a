//! The `tcp` stage through the engine: refused, timed out, and some-but-not-all addresses.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use maildoctor::diagnosis::Code;
use maildoctor::report::Report;
use maildoctor::runner::Engine;
use maildoctor::stage::{Stage, StageStatus};
use maildoctor::target::{Protocol, SecurityChoice};
use tokio::net::{TcpListener, TcpSocket, TcpStream};

use crate::support::dns::Zone;
use crate::support::fake_server::{Dialect, FakeServer, send};
use crate::support::{self, assert_code, codes};

async fn diagnose(engine: &Engine, host: &str, port: u16) -> Report {
    engine.diagnose(&support::request(Protocol::Imap, host, port, SecurityChoice::None)).await
}

fn status(report: &Report, stage: Stage) -> Option<StageStatus> {
    report.stage(stage).map(|s| s.status)
}

fn evidence(report: &Report, code: Code, label: &str) -> Option<String> {
    let finding = report.finding(code)?;
    finding.evidence.iter().find(|e| e.label == label).map(|e| e.value.clone())
}

/// A loopback port nothing listens on (bound, then closed).
async fn closed_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    listener.local_addr().expect("addr").port()
}

/// A listener that never accepts, with its accept queue full: the kernel drops further SYNs,
/// so a new connection attempt gets no answer at all (the client sees a timeout, not a
/// refusal). Returns the listener and the connections that fill it (both must stay alive).
async fn black_hole() -> (tokio::net::TcpListener, Vec<TcpStream>, SocketAddr) {
    let socket = TcpSocket::new_v4().expect("socket");
    socket.bind("127.0.0.1:0".parse().expect("addr")).expect("bind");
    let listener = socket.listen(1).expect("listen");
    let addr = listener.local_addr().expect("addr");
    let mut fillers = Vec::new();
    for _ in 0..8 {
        match tokio::time::timeout(Duration::from_millis(300), TcpStream::connect(addr)).await {
            Ok(Ok(stream)) => fillers.push(stream),
            Ok(Err(e)) => panic!("filling the accept queue failed: {e}"),
            // The queue is full: this SYN was dropped.
            Err(_) => return (listener, fillers, addr),
        }
    }
    panic!("the accept queue of a backlog-1 listener never filled ({} connections)", fillers.len());
}

#[tokio::test]
async fn a_port_with_no_listener_is_refused() {
    let port = closed_port().await;
    let report = diagnose(&support::engine(None), "127.0.0.1", port).await;
    assert_code(&report, "tcp.refused");
    assert_eq!(evidence(&report, Code::TcpRefused, "127.0.0.1").as_deref(), Some("refused"));
    assert_eq!(status(&report, Stage::Tls), Some(StageStatus::Skip));
}

#[tokio::test]
async fn a_server_that_drops_the_connection_attempt_is_a_timeout_within_the_connect_limit() {
    let (_listener, _fillers, addr) = black_hole().await;
    let engine = support::engine(None);
    let limit = engine.settings().timeouts.connect;
    let started = Instant::now();
    let report = diagnose(&engine, "127.0.0.1", addr.port()).await;
    let took = started.elapsed();

    assert_code(&report, "tcp.timeout");
    assert!(!report.has(Code::TcpRefused), "{:?}", codes(&report));
    assert_eq!(evidence(&report, Code::TcpTimeout, "127.0.0.1").as_deref(), Some("timed out"));
    assert!(took >= limit && took < limit * 3, "took {took:?} for a {limit:?} connect limit");
}

#[tokio::test]
async fn when_one_address_refuses_and_another_answers_the_check_goes_on_with_a_warning() {
    let server =
        FakeServer::plain(Dialect::Imap, vec![send("* OK [CAPABILITY IMAP4rev1] Dovecot ready.")]).await;
    // The fake listens on 127.0.0.1 only, so 127.0.0.2 on the same port refuses.
    let dns =
        Zone::new().addr("two.example.test", "127.0.0.1").addr("two.example.test", "127.0.0.2").start().await;
    let mut settings = support::settings(None);
    settings.dns_server = Some(dns.addr);
    let engine = Engine::new(settings).expect("engine");
    let report = diagnose(&engine, "two.example.test", server.port()).await;

    assert_code(&report, "tcp.partial");
    assert_eq!(status(&report, Stage::Tcp), Some(StageStatus::Warn));
    assert_eq!(evidence(&report, Code::TcpPartial, "worked").as_deref(), Some("127.0.0.1"));
    assert_eq!(evidence(&report, Code::TcpPartial, "127.0.0.2").as_deref(), Some("refused"));
    assert_eq!(status(&report, Stage::Protocol), Some(StageStatus::Pass), "{:?}", codes(&report));
    assert!(!report.has(Code::TcpRefused), "one working address is not a refusal: {:?}", codes(&report));
}
