//! `maildoctor serve` against hostile HTTP clients on loopback: thousands of connections that
//! send a byte and then nothing, a connection that sends nothing, a head or a body dripped a
//! byte at a time, an idle kept-alive connection. Each test runs the real binary and measures
//! what an operator would see: `/healthz` still answers in time, the process's descriptors
//! stay under the cap, and a stalled connection is closed when its time limit says.
//!
//! Clients connect from other loopback addresses (127.0.0.2, 127.0.1.x), so the health probe
//! from 127.0.0.1 is another client, as it would be in production.

use std::net::{Ipv4Addr, SocketAddr};
use std::process::Stdio;
use std::time::{Duration, Instant};

use tokio::io::{AsyncBufReadExt as _, AsyncReadExt as _, AsyncWriteExt as _, BufReader};
use tokio::net::{TcpSocket, TcpStream};
use tokio::process::{Child, Command};

/// Starts `serve` on a free loopback port with `args`; returns it and its address.
async fn start(args: &[&str]) -> (Child, SocketAddr) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_maildoctor"))
        .args(["serve", "--listen", "127.0.0.1:0", "--log-format", "text"])
        .args(args)
        .env("RUST_LOG", "error")
        .kill_on_drop(true)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("serve starts");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let first = tokio::time::timeout(Duration::from_secs(20), lines.next_line()).await.expect("in time");
    let first = first.expect("read").expect("a first line");
    let addr = first.trim_start_matches("listening on http://").parse().expect("an address");
    (child, addr)
}

/// Open descriptors of the process.
fn descriptors(child: &Child) -> usize {
    let pid = child.id().expect("running");
    std::fs::read_dir(format!("/proc/{pid}/fd")).expect("procfs").count()
}

async fn connect_from(source: Ipv4Addr, addr: SocketAddr) -> std::io::Result<TcpStream> {
    let socket = TcpSocket::new_v4()?;
    socket.bind(SocketAddr::from((source, 0)))?;
    socket.connect(addr).await
}

/// `GET /healthz` on a fresh connection; how long the whole answer took.
async fn health(addr: SocketAddr) -> Duration {
    let started = Instant::now();
    let exchange = async {
        let mut stream = TcpStream::connect(addr).await?;
        stream.write_all(b"GET /healthz HTTP/1.1\r\nHost: desk\r\nConnection: close\r\n\r\n").await?;
        let mut answer = String::new();
        stream.read_to_string(&mut answer).await?;
        Ok::<_, std::io::Error>(answer)
    };
    let answer =
        tokio::time::timeout(Duration::from_secs(5), exchange).await.expect("health answers").expect("io");
    assert!(answer.starts_with("HTTP/1.1 200") && answer.ends_with("ok"), "{answer}");
    started.elapsed()
}

/// Waits for the server to close `stream`; how long that took. Fails after `limit`.
async fn closed_within(stream: &mut TcpStream, limit: Duration) -> Duration {
    let started = Instant::now();
    let mut sink = Vec::new();
    let read = tokio::time::timeout(limit, stream.read_to_end(&mut sink)).await;
    assert!(read.is_ok(), "still open after {limit:?}");
    started.elapsed()
}

/// Opens `n` connections from `source` that each send one byte; keeps them.
async fn one_byte_each(source: Ipv4Addr, addr: SocketAddr, n: usize, into: &mut Vec<TcpStream>) {
    for _ in 0..n {
        // A refused connection may be reset before or after the byte: that is the point.
        if let Ok(mut stream) = connect_from(source, addr).await {
            let _ = stream.write_all(b"G").await;
            into.push(stream);
        }
    }
}

#[tokio::test]
async fn thousands_of_stalled_connections_leave_health_answering_and_descriptors_under_the_cap() {
    let (child, addr) = start(&[
        "--max-connections=200",
        "--max-connections-per-client=20",
        "--header-timeout=3",
        "--idle-timeout=1",
    ])
    .await;
    health(addr).await;
    let baseline = descriptors(&child);
    let started = Instant::now();

    // One client: 3,000 connections of one byte each. It gets 20.
    let mut held = Vec::new();
    one_byte_each(Ipv4Addr::new(127, 0, 0, 2), addr, 3000, &mut held).await;
    for _ in 0..5 {
        let took = health(addr).await;
        assert!(took < Duration::from_secs(1), "/healthz took {took:?} under the flood");
    }
    let open = descriptors(&child);
    assert!(open <= baseline + 20 + 4, "{open} descriptors open (baseline {baseline}, cap 20 per client)");

    // A hundred clients, 20 each: the total cap holds.
    for n in 1..=100 {
        one_byte_each(Ipv4Addr::new(127, 0, 1, n), addr, 20, &mut held).await;
    }
    let open = descriptors(&child);
    assert!(open <= baseline + 200 + 4, "{open} descriptors open (baseline {baseline}, cap 200)");

    // Each has had one byte in and nothing more: the head time limit closes them all.
    tokio::time::sleep(Duration::from_millis(4500)).await;
    let open = descriptors(&child);
    assert!(
        open <= baseline + 4,
        "{open} descriptors still open after the head time limit (baseline {baseline})"
    );
    let took = health(addr).await;
    assert!(took < Duration::from_secs(1), "/healthz took {took:?} after the flood");
    assert!(started.elapsed() < Duration::from_secs(40), "the test itself took {:?}", started.elapsed());
}

#[tokio::test]
async fn a_connection_that_sends_nothing_is_closed_after_the_header_timeout() {
    // The idle limit (longer here) would close a connection that never started a request too.
    let (_child, addr) = start(&["--header-timeout=1.5", "--idle-timeout=30"]).await;
    let mut silent = connect_from(Ipv4Addr::new(127, 0, 0, 3), addr).await.expect("connects");
    let took = closed_within(&mut silent, Duration::from_secs(6)).await;
    assert!(took >= Duration::from_millis(1300) && took < Duration::from_secs(4), "closed after {took:?}");
}

#[tokio::test]
async fn a_header_dripped_a_byte_at_a_time_is_cut_off() {
    let (_child, addr) = start(&["--header-timeout=1.5"]).await;
    let mut stream = connect_from(Ipv4Addr::new(127, 0, 0, 4), addr).await.expect("connects");
    stream.write_all(b"GET /healthz HTTP/1.1\r\nHost: desk\r\nX-Drip: ").await.expect("head starts");
    let started = Instant::now();
    let mut answer = Vec::new();
    loop {
        assert!(started.elapsed() < Duration::from_secs(6), "a dripping head was never cut off");
        if stream.write_all(b"a").await.is_err() {
            break;
        }
        let mut buf = [0u8; 512];
        match tokio::time::timeout(Duration::from_millis(200), stream.read(&mut buf)).await {
            Ok(Ok(0) | Err(_)) => break,
            Ok(Ok(n)) => answer.extend_from_slice(&buf[..n]),
            Err(_) => {}
        }
    }
    let took = started.elapsed();
    assert!(took < Duration::from_secs(4), "cut off after {took:?}");
    let answer = String::from_utf8_lossy(&answer);
    assert!(!answer.contains("200"), "the dripped request was served: {answer}");
}

#[tokio::test]
async fn an_idle_kept_alive_connection_is_closed_after_the_idle_timeout() {
    let (_child, addr) = start(&["--idle-timeout=0.5", "--header-timeout=10"]).await;
    let mut stream = connect_from(Ipv4Addr::new(127, 0, 0, 5), addr).await.expect("connects");
    stream.write_all(b"GET /healthz HTTP/1.1\r\nHost: desk\r\n\r\n").await.expect("request");
    let mut buf = [0u8; 4096];
    let mut answer = String::new();
    while !answer.ends_with("ok") {
        let n = tokio::time::timeout(Duration::from_secs(5), stream.read(&mut buf))
            .await
            .expect("answer")
            .expect("io");
        assert!(n > 0, "closed before answering: {answer}");
        answer.push_str(&String::from_utf8_lossy(&buf[..n]));
    }
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    let took = closed_within(&mut stream, Duration::from_secs(5)).await;
    assert!(took < Duration::from_secs(2), "idle for {took:?} before it was closed (idle limit 0.5 s)");
}

#[tokio::test]
async fn a_body_sent_a_byte_at_a_time_gets_408_after_the_body_timeout() {
    let (_child, addr) = start(&["--body-timeout=1", "--header-timeout=10"]).await;
    let mut stream = connect_from(Ipv4Addr::new(127, 0, 0, 6), addr).await.expect("connects");
    let head = "POST /api/v1/diagnose HTTP/1.1\r\nHost: desk\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"protocol\"";
    stream.write_all(head.as_bytes()).await.expect("head");
    let started = Instant::now();
    let mut answer = Vec::new();
    let mut buf = [0u8; 1024];
    while started.elapsed() < Duration::from_secs(6) {
        let _ = stream.write_all(b" ").await;
        match tokio::time::timeout(Duration::from_millis(250), stream.read(&mut buf)).await {
            Ok(Ok(0) | Err(_)) => break,
            Ok(Ok(n)) => answer.extend_from_slice(&buf[..n]),
            Err(_) => {}
        }
    }
    let took = started.elapsed();
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains("request_timeout"), "{answer}");
    assert!(took < Duration::from_secs(3), "answered after {took:?}");
}
