//! Hostile servers: endless lines, floods, drips, garbage, TLS that never finishes, early
//! closes, never-ending SMTP replies, and sign-in answers that never end — each diagnosis must
//! end within the configured deadline, with a specific finding, and with bounded memory.
//!
//! The fake in `support::fake_server` covers scripted lines; the behaviours here (a byte a
//! second, a 100 MB greeting counted byte by byte, a TLS server that reads the ClientHello and
//! goes silent) need their own listener, [`Hostile`]. Every test checks three things a user or
//! an operator would notice: the run ends in time (measured with [`Instant`]; a bound, not a
//! benchmark), the finding names what went wrong, and the report stays small.

use std::future::Future;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use maildoctor::config::Timeouts;
use maildoctor::diagnosis::Code;
use maildoctor::report::Report;
use maildoctor::runner::Engine;
use maildoctor::secret::Password;
use maildoctor::stage::{Stage, StageStatus};
use maildoctor::target::{DiagnoseRequest, Protocol, SecurityChoice};
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;
use tokio::task::{JoinHandle, JoinSet};
use tokio_rustls::TlsAcceptor;

use crate::support::certs::TestCa;
use crate::support::{self, codes};

/// Slack on top of the configured deadline: timers on a loaded CI machine fire late.
const MARGIN: Duration = Duration::from_millis(750);
/// The serialised report must stay under this, whatever the server sent.
const MAX_REPORT_JSON: usize = 256 * 1024;
/// The transcript keeps 400 lines plus one "more lines not kept" note.
const MAX_TRANSCRIPT_LINES: usize = 401;
/// A transcript line is cut at 512 characters plus a marker.
const MAX_TRANSCRIPT_CHARS: usize = 600;
/// No piece of evidence may quote more than this many characters.
const MAX_EVIDENCE_CHARS: usize = 1024;
/// How much a flooding server may push before maildoctor hangs up: what maildoctor reads (at
/// most `session::MAX_TOTAL`, 1 MiB) plus what the loopback socket buffers hold.
const MAX_FLOOD_BYTES: usize = 16 * 1024 * 1024;

const PASSWORD: &str = "hunter2-Ω";
const USER: &str = "alice@example.test";

// ---------------------------------------------------------------------------------------------
// A hostile server: a listener whose connections run an async closure, counting bytes sent.
// ---------------------------------------------------------------------------------------------

trait Io: AsyncRead + AsyncWrite + Unpin + Send {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send> Io for T {}

/// One accepted connection, as the behaviour sees it.
struct Conn {
    io: BufReader<Box<dyn Io>>,
    sent: Arc<AtomicUsize>,
}

impl Conn {
    /// Writes `bytes`, counting what the socket accepted; false once the client is gone.
    async fn send(&mut self, bytes: &[u8]) -> bool {
        for piece in bytes.chunks(64 * 1024) {
            if self.io.get_mut().write_all(piece).await.is_err() || self.io.get_mut().flush().await.is_err() {
                return false;
            }
            self.sent.fetch_add(piece.len(), Ordering::Relaxed);
        }
        true
    }

    /// Writes a line with CR LF.
    async fn line(&mut self, text: &str) -> bool {
        self.send(format!("{text}\r\n").as_bytes()).await
    }

    /// Reads one line from the client (bounded); `None` when it left.
    async fn recv(&mut self) -> Option<String> {
        let mut buf = Vec::new();
        let n = (&mut self.io).take(64 * 1024).read_until(b'\n', &mut buf).await.ok()?;
        (n > 0).then(|| String::from_utf8_lossy(&buf).trim_end().to_owned())
    }

    /// Reads and ignores everything until the client leaves.
    async fn hang(&mut self) {
        let mut sink = [0u8; 4096];
        while matches!(self.io.read(&mut sink).await, Ok(n) if n > 0) {}
    }

    /// Sends `bytes` forever (until the client leaves).
    async fn flood(&mut self, bytes: &[u8]) {
        while self.send(bytes).await {}
    }
}

type Behaviour = Arc<dyn Fn(Conn) -> Pin<Box<dyn Future<Output = ()> + Send>> + Send + Sync>;

fn behaviour<F, Fut>(f: F) -> Behaviour
where
    F: Fn(Conn) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    Arc::new(move |conn| Box::pin(f(conn)))
}

/// A running hostile server; it and every connection it serves stop when it is dropped.
struct Hostile {
    addr: SocketAddr,
    sent: Arc<AtomicUsize>,
    task: JoinHandle<()>,
}

impl Drop for Hostile {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Hostile {
    /// Plain TCP: the behaviour gets the raw connection.
    async fn plain(f: Behaviour) -> Hostile {
        Hostile::start(f, None).await
    }

    /// Implicit TLS: the handshake completes, then the behaviour runs inside TLS.
    async fn tls(config: Arc<rustls::ServerConfig>, f: Behaviour) -> Hostile {
        Hostile::start(f, Some(config)).await
    }

    async fn start(f: Behaviour, tls: Option<Arc<rustls::ServerConfig>>) -> Hostile {
        support::crypto();
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        let sent = Arc::new(AtomicUsize::new(0));
        let counter = sent.clone();
        let task = tokio::spawn(async move {
            let mut connections = JoinSet::new();
            loop {
                let Ok((tcp, _)) = listener.accept().await else { return };
                let (f, tls, sent) = (f.clone(), tls.clone(), counter.clone());
                connections.spawn(async move {
                    let io: Box<dyn Io> = match tls {
                        Some(config) => match TlsAcceptor::from(config).accept(tcp).await {
                            Ok(stream) => Box::new(stream),
                            Err(_) => return,
                        },
                        None => Box::new(tcp),
                    };
                    f(Conn { io: BufReader::new(io), sent }).await;
                });
            }
        });
        Hostile { addr, sent, task }
    }

    fn port(&self) -> u16 {
        self.addr.port()
    }

    /// Bytes the server managed to write.
    fn sent(&self) -> usize {
        self.sent.load(Ordering::Relaxed)
    }

    /// After the run: the server could not push more than [`MAX_FLOOD_BYTES`], because
    /// maildoctor stopped reading and hung up.
    async fn assert_flood_cut(&self) {
        // Give the server a moment to notice the close.
        tokio::time::sleep(Duration::from_millis(200)).await;
        let sent = self.sent();
        eprintln!("hostile: the server pushed {sent} bytes");
        assert!(sent < MAX_FLOOD_BYTES, "the server pushed {sent} bytes before maildoctor hung up");
    }
}

// ---------------------------------------------------------------------------------------------
// Running a diagnosis and checking the bounds.
// ---------------------------------------------------------------------------------------------

/// A test PKI whose CA the engine trusts, so a password may be sent over TLS.
struct Pki {
    ca: TestCa,
    config: Arc<rustls::ServerConfig>,
}

fn pki() -> Pki {
    let ca = TestCa::new("Hostile Test CA");
    let config = ca.leaf("mail.example.test", &["127.0.0.1"], (-1, 90)).server_config();
    Pki { ca, config }
}

fn request(protocol: Protocol, port: u16, security: SecurityChoice) -> DiagnoseRequest {
    support::request(protocol, "127.0.0.1", port, security)
}

fn with_password(protocol: Protocol, port: u16) -> DiagnoseRequest {
    let mut req = request(protocol, port, SecurityChoice::Tls);
    req.username = Some(USER.into());
    req.password = Some(Password::new(PASSWORD));
    req
}

/// What one run produced, and how long it took.
struct Ran {
    report: Report,
    took: Duration,
    overall: Duration,
}

/// Runs one diagnosis with the fast timeouts and `overall` as the deadline.
async fn run(req: &DiagnoseRequest, ca: Option<&TestCa>, overall: Duration) -> Ran {
    run_with(req, ca, Timeouts { overall, ..Timeouts::fast() }).await
}

/// Runs one diagnosis with `timeouts`.
async fn run_with(req: &DiagnoseRequest, ca: Option<&TestCa>, timeouts: Timeouts) -> Ran {
    let mut settings = support::settings(ca.map(|c| c.pem.clone()));
    settings.timeouts = timeouts;
    let overall = timeouts.overall;
    let engine = Engine::new(settings).expect("engine");
    let started = Instant::now();
    // A hang in maildoctor must fail the test, not the whole suite.
    let report = tokio::time::timeout(overall * 4, engine.diagnose(req))
        .await
        .unwrap_or_else(|_| panic!("the diagnosis did not end within {:?}", overall * 4));
    let ran = Ran { report, took: started.elapsed(), overall };
    eprintln!(
        "hostile: {:?} in {} ms (deadline {} ms)",
        codes(&ran.report),
        ran.took.as_millis(),
        overall.as_millis()
    );
    ran
}

impl Ran {
    /// Ends in time, and the report is small whatever the server sent.
    #[track_caller]
    fn assert_bounded(&self) {
        self.assert_bounded_within(MAX_REPORT_JSON);
    }

    /// Ends in time, and the report is under `max_json` bytes as JSON.
    #[track_caller]
    fn assert_bounded_within(&self, max_json: usize) {
        let r = &self.report;
        assert!(
            self.took <= self.overall + MARGIN,
            "took {:?}, deadline {:?}: {:?}\n{:#?}",
            self.took,
            self.overall,
            codes(r),
            r.transcript
        );
        let json = serde_json::to_string(r).expect("json");
        assert!(json.len() < max_json, "the report is {} bytes", json.len());
        assert!(r.transcript.len() <= MAX_TRANSCRIPT_LINES, "{} transcript lines", r.transcript.len());
        for line in &r.transcript {
            let n = line.text.chars().count();
            assert!(n <= MAX_TRANSCRIPT_CHARS, "a transcript line of {n} characters");
        }
        for finding in &r.findings {
            for e in &finding.evidence {
                let n = e.value.chars().count();
                assert!(n <= MAX_EVIDENCE_CHARS, "{} evidence {:?} is {n} characters", finding.code, e.label);
            }
        }
    }

    /// The primary finding is one of `expected`.
    #[track_caller]
    fn assert_primary(&self, expected: &[&str]) {
        let primary = self.report.primary.map(|c| c.id());
        assert!(
            primary.is_some_and(|p| expected.contains(&p)),
            "primary {primary:?}, expected one of {expected:?}; all {:?}\nsummary: {}\n{:#?}",
            codes(&self.report),
            self.report.summary,
            self.report.transcript
        );
    }

    /// The evidence of `code` mentions `needle` (case-insensitive).
    #[track_caller]
    fn assert_evidence(&self, code: &str, needle: &str) {
        let finding = self
            .report
            .findings
            .iter()
            .find(|f| f.code.id() == code)
            .unwrap_or_else(|| panic!("no {code} in {:?}", codes(&self.report)));
        let needle = needle.to_lowercase();
        assert!(
            finding.evidence.iter().any(|e| e.value.to_lowercase().contains(&needle)
                || e.label.to_lowercase().contains(&needle)),
            "{code} evidence lacks {needle:?}: {:?}",
            finding.evidence
        );
    }

    fn stage(&self, stage: Stage) -> Option<StageStatus> {
        self.report.stage(stage).map(|s| s.status)
    }
}

fn secs(s: f32) -> Duration {
    Duration::from_secs_f32(s)
}

// ---------------------------------------------------------------------------------------------
// Before any greeting: endless lines, floods, drips, garbage, early closes.
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn an_endless_greeting_line_is_cut_at_the_line_cap_and_called_no_usable_greeting() {
    let server = Hostile::plain(behaviour(|mut c| async move {
        c.send(b"* OK ").await;
        c.flood(&[b'A'; 8192]).await;
    }))
    .await;
    let ran = run(&request(Protocol::Imap, server.port(), SecurityChoice::None), None, secs(4.0)).await;
    ran.assert_bounded();
    ran.assert_primary(&["protocol.no_greeting"]);
    ran.assert_evidence("protocol.no_greeting", "* OK AAAA");
    ran.assert_evidence("protocol.no_greeting", "problem");
    server.assert_flood_cut().await;
}

#[tokio::test]
async fn a_100_mb_greeting_is_abandoned_after_a_few_megabytes() {
    let server = Hostile::plain(behaviour(|mut c| async move {
        let mut greeting = b"220 ".to_vec();
        greeting.resize(100 * 1024 * 1024, b'x');
        greeting.extend_from_slice(b"\r\n");
        c.send(&greeting).await;
        c.hang().await;
    }))
    .await;
    let ran = run(&request(Protocol::Smtp, server.port(), SecurityChoice::None), None, secs(4.0)).await;
    ran.assert_bounded();
    ran.assert_primary(&["protocol.no_greeting"]);
    ran.assert_evidence("protocol.no_greeting", "220 xxx");
    // Nowhere near 100 MB got through.
    server.assert_flood_cut().await;
}

#[tokio::test]
async fn a_100_mb_greeting_inside_tls_is_abandoned_too() {
    let pki = pki();
    let server = Hostile::tls(
        pki.config.clone(),
        behaviour(|mut c| async move {
            c.send(b"* OK ").await;
            let chunk = vec![b'y'; 1024 * 1024];
            for _ in 0..100 {
                if !c.send(&chunk).await {
                    return;
                }
            }
        }),
    )
    .await;
    let ran =
        run(&request(Protocol::Imap, server.port(), SecurityChoice::Tls), Some(&pki.ca), secs(4.0)).await;
    ran.assert_bounded();
    ran.assert_primary(&["protocol.no_greeting", "protocol.unknown"]);
    server.assert_flood_cut().await;
}

/// An IMAP greeting sent one byte a second (`* OK [CAPABILITY …`).
async fn imap_drip() -> Hostile {
    Hostile::plain(behaviour(|mut c| async move {
        for &b in b"* OK [CAPABILITY IMAP4rev1] dripping\r\n" {
            if !c.send(&[b]).await {
                return;
            }
            tokio::time::sleep(Duration::from_secs(1)).await;
        }
        c.hang().await;
    }))
    .await
}

#[tokio::test]
async fn a_greeting_dripped_one_byte_a_second_ends_in_time_and_fails_the_protocol_stage() {
    let server = imap_drip().await;
    let ran = run(&request(Protocol::Imap, server.port(), SecurityChoice::None), None, secs(5.0)).await;
    ran.assert_bounded();
    assert_eq!(ran.stage(Stage::Protocol), Some(StageStatus::Fail), "{:?}", codes(&ran.report));
}

/// After the greeting wait only `*` has arrived; `sniff("*")` is `Unknown`, so the protocol
/// stage's `unusable` (src/checks/protocol.rs) calls a slow IMAP server another service.
#[tokio::test]
async fn a_greeting_dripped_one_byte_a_second_is_no_greeting_not_another_service() {
    let server = imap_drip().await;
    let ran = run(&request(Protocol::Imap, server.port(), SecurityChoice::None), None, secs(5.0)).await;
    ran.assert_bounded();
    // A slow IMAP server is not "an unknown service": the bytes so far fit an IMAP greeting.
    ran.assert_primary(&["protocol.no_greeting", "server.slow_response"]);
}

#[tokio::test]
async fn a_pop3_greeting_dripped_one_byte_a_second_ends_in_time() {
    let server = Hostile::plain(behaviour(|mut c| async move {
        for &b in b"+OK dripping POP3 server ready\r\n" {
            if !c.send(&[b]).await {
                return;
            }
            tokio::time::sleep(Duration::from_secs(1)).await;
        }
        c.hang().await;
    }))
    .await;
    let ran = run(&request(Protocol::Pop3, server.port(), SecurityChoice::None), None, secs(5.0)).await;
    ran.assert_bounded();
    assert_eq!(ran.stage(Stage::Protocol), Some(StageStatus::Fail), "{:?}", codes(&ran.report));
}

#[tokio::test]
async fn a_greeting_dripped_inside_tls_is_no_greeting_after_one_probe() {
    let pki = pki();
    let server = Hostile::tls(
        pki.config.clone(),
        behaviour(|mut c| async move {
            for &b in b"* OK [CAPABILITY IMAP4rev1] dripping\r\n" {
                if !c.send(&[b]).await {
                    return;
                }
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
            c.hang().await;
        }),
    )
    .await;
    let ran =
        run(&request(Protocol::Imap, server.port(), SecurityChoice::Tls), Some(&pki.ca), secs(5.0)).await;
    ran.assert_bounded();
    assert_eq!(ran.stage(Stage::Tls), Some(StageStatus::Pass), "{:?}", codes(&ran.report));
    ran.assert_primary(&["protocol.no_greeting", "server.slow_response"]);
}

/// A greeting that is merely slow in the middle of its line (a congested link) must not be
/// called another protocol: the first half must not be lost when a read times out.
///
/// `Session::read_line_bounded` (src/net/session.rs) collects the line in a local `Vec` and
/// consumes the bytes from the `BufReader` as it goes; when `read_line_within`'s timeout drops
/// the future, the half line is gone, and the next read returns only `ready.`.
#[tokio::test]
async fn a_greeting_split_by_a_pause_inside_tls_is_slow_not_an_unknown_service() {
    let pki = pki();
    let server = Hostile::tls(
        pki.config.clone(),
        behaviour(|mut c| async move {
            c.send(b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] Dovecot ").await;
            tokio::time::sleep(Duration::from_millis(1000)).await;
            c.line("ready.").await;
            while let Some(line) = c.recv().await {
                let tag = line.split_whitespace().next().unwrap_or("*").to_owned();
                if !c.line(&format!("{tag} OK done")).await {
                    return;
                }
            }
        }),
    )
    .await;
    let ran =
        run(&request(Protocol::Imap, server.port(), SecurityChoice::Tls), Some(&pki.ca), secs(6.0)).await;
    ran.assert_bounded();
    assert!(
        !codes(&ran.report).iter().any(|c| c == "protocol.unknown"),
        "a slow IMAP greeting was called an unknown service: {:?}\n{:#?}",
        codes(&ran.report),
        ran.report.transcript
    );
}

#[tokio::test]
async fn binary_garbage_is_an_unknown_service_quoted_safely() {
    let server = Hostile::plain(behaviour(|mut c| async move {
        // Deterministic noise with NULs, high bytes and escape sequences, but no TLS header.
        let mut x: u32 = 0x2545_f491;
        let noise: Vec<u8> = (0..64 * 1024)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                (x & 0xff) as u8
            })
            .collect();
        c.send(b"\x00\x1b[2J\xff\xfe").await;
        c.flood(&noise).await;
    }))
    .await;
    let ran = run(&request(Protocol::Imap, server.port(), SecurityChoice::None), None, secs(4.0)).await;
    ran.assert_bounded();
    ran.assert_primary(&["protocol.unknown"]);
    let json = serde_json::to_string(&ran.report).expect("json");
    assert!(!json.contains('\u{1b}') && !json.contains("\\u0000"), "raw control bytes reach the report");
    ran.assert_evidence("protocol.unknown", "\\x00");
    server.assert_flood_cut().await;
}

#[tokio::test]
async fn binary_garbage_on_a_tls_port_is_a_failed_handshake_quoting_nothing_raw() {
    let server = Hostile::plain(behaviour(|mut c| async move {
        c.send(b"\x00\x01\x02garbage\xff\xfe\x7f\r\n").await;
        c.flood(&[0xa5; 4096]).await;
    }))
    .await;
    let ran = run(&request(Protocol::Imap, server.port(), SecurityChoice::Tls), None, secs(4.0)).await;
    ran.assert_bounded();
    ran.assert_primary(&["tls.handshake_failed"]);
    let json = serde_json::to_string(&ran.report).expect("json");
    assert!(!json.contains("\\u0000") && !json.contains('\u{7f}'), "raw control bytes reach the report");
}

#[tokio::test]
async fn an_early_close_before_any_byte_is_no_greeting_for_every_protocol() {
    for protocol in [Protocol::Imap, Protocol::Pop3, Protocol::Smtp] {
        let server = Hostile::plain(behaviour(|_c| async move {})).await;
        let ran = run(&request(protocol, server.port(), SecurityChoice::None), None, secs(4.0)).await;
        ran.assert_bounded();
        ran.assert_primary(&["protocol.no_greeting"]);
        ran.assert_evidence("protocol.no_greeting", "closed");
    }
}

async fn half_greeting_then_close() -> Hostile {
    Hostile::plain(behaviour(|mut c| async move {
        c.send(b"* OK [CAPABILITY IMAP4r").await;
    }))
    .await
}

#[tokio::test]
async fn an_early_close_in_the_middle_of_the_greeting_fails_starttls_saying_the_server_closed() {
    let server = half_greeting_then_close().await;
    let ran = run(&request(Protocol::Imap, server.port(), SecurityChoice::Starttls), None, secs(4.0)).await;
    ran.assert_bounded();
    ran.assert_primary(&["protocol.no_greeting", "tls.starttls_failed"]);
    ran.assert_evidence(ran.report.primary.expect("primary").id(), "closed");
}

/// `read_line_bounded` returns the half line at EOF as if it were complete, so the greeting
/// is judged an IMAP greeting, the CAPABILITY read fails (only noted), and the protocol stage
/// passes although the server hung up before finishing its first line.
#[tokio::test]
async fn an_early_close_in_the_middle_of_the_greeting_is_no_greeting_on_a_plain_connection() {
    let server = half_greeting_then_close().await;
    let ran = run(&request(Protocol::Imap, server.port(), SecurityChoice::None), None, secs(4.0)).await;
    ran.assert_bounded();
    ran.assert_primary(&["protocol.no_greeting"]);
}

#[tokio::test]
async fn an_early_close_right_after_the_tls_handshake_is_no_greeting() {
    let pki = pki();
    let server = Hostile::tls(pki.config.clone(), behaviour(|_c| async move {})).await;
    let ran =
        run(&request(Protocol::Pop3, server.port(), SecurityChoice::Tls), Some(&pki.ca), secs(4.0)).await;
    ran.assert_bounded();
    assert_eq!(ran.stage(Stage::Tls), Some(StageStatus::Pass), "{:?}", codes(&ran.report));
    ran.assert_primary(&["protocol.no_greeting"]);
}

// ---------------------------------------------------------------------------------------------
// TLS that never finishes, and garbage after a finished handshake.
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn a_tls_server_that_reads_the_client_hello_and_stays_silent_is_a_silent_server() {
    let server = Hostile::plain(behaviour(|mut c| async move {
        let mut hello = [0u8; 5];
        let _ = c.io.read_exact(&mut hello).await;
        c.hang().await;
    }))
    .await;
    let ran = run(&request(Protocol::Imap, server.port(), SecurityChoice::Tls), None, secs(5.0)).await;
    ran.assert_bounded();
    // Not one byte back: a silent server, after one greeting time-out (not a TLS failure).
    assert!(ran.took < Timeouts::fast().greeting + secs(1.0), "took {:?}", ran.took);
    ran.assert_primary(&["protocol.no_greeting"]);
    ran.assert_evidence("protocol.no_greeting", "TLS ClientHello");
}

#[tokio::test]
async fn a_tls_server_that_sends_half_a_server_hello_is_a_handshake_timeout() {
    let server = Hostile::plain(behaviour(|mut c| async move {
        let mut hello = [0u8; 5];
        let _ = c.io.read_exact(&mut hello).await;
        // A handshake record announcing 122 bytes of ServerHello, then 6 of them, then nothing.
        c.send(&[0x16, 0x03, 0x03, 0x00, 0x7a, 0x02, 0x00, 0x00, 0x76, 0x03, 0x03]).await;
        c.hang().await;
    }))
    .await;
    let ran = run(&request(Protocol::Smtp, server.port(), SecurityChoice::Tls), None, secs(5.0)).await;
    ran.assert_bounded();
    ran.assert_primary(&["tls.handshake_failed"]);
    ran.assert_evidence("tls.handshake_failed", "no TLS answer within");
}

#[tokio::test]
async fn a_tls_server_that_drips_its_server_hello_a_byte_a_second_is_a_handshake_timeout() {
    let server = Hostile::plain(behaviour(|mut c| async move {
        let mut hello = [0u8; 5];
        let _ = c.io.read_exact(&mut hello).await;
        for &b in &[0x16u8, 0x03, 0x03, 0x00, 0x7a, 0x02, 0x00, 0x00, 0x76, 0x03, 0x03, 0x11, 0x22] {
            if !c.send(&[b]).await {
                return;
            }
            tokio::time::sleep(Duration::from_secs(1)).await;
        }
        c.hang().await;
    }))
    .await;
    let ran = run(&request(Protocol::Pop3, server.port(), SecurityChoice::Tls), None, secs(5.0)).await;
    ran.assert_bounded();
    ran.assert_primary(&["tls.handshake_failed"]);
}

#[tokio::test]
async fn a_starttls_upgrade_that_never_finishes_its_handshake_is_starttls_failed() {
    let server = Hostile::plain(behaviour(|mut c| async move {
        c.line("* OK [CAPABILITY IMAP4rev1 STARTTLS] ready").await;
        let _ = c.recv().await; // t1 CAPABILITY
        c.line("* CAPABILITY IMAP4rev1 STARTTLS").await;
        c.line("t1 OK done").await;
        let _ = c.recv().await; // t2 STARTTLS
        c.line("t2 OK Begin TLS negotiation now").await;
        c.hang().await;
    }))
    .await;
    let ran = run(&request(Protocol::Imap, server.port(), SecurityChoice::Starttls), None, secs(5.0)).await;
    ran.assert_bounded();
    ran.assert_primary(&["tls.starttls_failed"]);
    ran.assert_evidence("tls.starttls_failed", "no TLS answer within");
}

#[tokio::test]
async fn binary_garbage_after_the_tls_handshake_is_an_unknown_service() {
    let pki = pki();
    let server = Hostile::tls(
        pki.config.clone(),
        behaviour(|mut c| async move {
            c.send(b"\x00\x00\xde\xad\xbe\xef\x1b[0m garbage\r\n").await;
            c.flood(&[0x00, 0xff, 0x80, 0x0d, 0x0a, 0x07]).await;
        }),
    )
    .await;
    let ran =
        run(&request(Protocol::Imap, server.port(), SecurityChoice::Tls), Some(&pki.ca), secs(4.0)).await;
    ran.assert_bounded();
    assert_eq!(ran.stage(Stage::Tls), Some(StageStatus::Pass), "{:?}", codes(&ran.report));
    ran.assert_primary(&["protocol.unknown"]);
    ran.assert_evidence("protocol.unknown", "garbage");
    server.assert_flood_cut().await;
}

#[tokio::test]
async fn an_endless_line_after_the_tls_handshake_is_no_usable_greeting() {
    let pki = pki();
    let server = Hostile::tls(
        pki.config.clone(),
        behaviour(|mut c| async move {
            c.send(b"+OK ").await;
            c.flood(&[b'z'; 16 * 1024]).await;
        }),
    )
    .await;
    let ran =
        run(&request(Protocol::Pop3, server.port(), SecurityChoice::Tls), Some(&pki.ca), secs(4.0)).await;
    ran.assert_bounded();
    ran.assert_primary(&["protocol.no_greeting", "protocol.unknown"]);
    server.assert_flood_cut().await;
}

// ---------------------------------------------------------------------------------------------
// SMTP replies that never end.
// ---------------------------------------------------------------------------------------------

/// A greeting of `220-` lines that never reaches its last line.
async fn endless_smtp_greeting() -> Hostile {
    Hostile::plain(behaviour(|mut c| async move {
        let mut n = 0u64;
        loop {
            n += 1;
            if !c.line(&format!("220-mx.example.test still greeting, line {n}")).await {
                return;
            }
        }
    }))
    .await
}

#[tokio::test]
async fn a_never_ending_multi_line_smtp_greeting_is_cut_in_time_with_bounded_memory() {
    let server = endless_smtp_greeting().await;
    let ran = run(&request(Protocol::Smtp, server.port(), SecurityChoice::None), None, secs(5.0)).await;
    ran.assert_bounded();
    let data = &ran.report.stage(Stage::Protocol).expect("protocol stage").data;
    assert!(data["greeting"].as_array().is_some_and(|g| g.len() <= 8), "{data:#}");
    server.assert_flood_cut().await;
}

/// `greeting::read` (src/checks/greeting.rs) stops at `ReplyBuilder::MAX_LINES` with
/// `Err(_)` and treats that like a complete greeting; the EHLO answer (more `220-` lines) is
/// then only "cut", so the report says the server works.
#[tokio::test]
async fn a_never_ending_multi_line_smtp_greeting_is_reported_not_passed() {
    let server = endless_smtp_greeting().await;
    let ran = run(&request(Protocol::Smtp, server.port(), SecurityChoice::None), None, secs(5.0)).await;
    ran.assert_bounded();
    assert_eq!(ran.stage(Stage::Protocol), Some(StageStatus::Fail), "{:?}", codes(&ran.report));
    ran.assert_primary(&["protocol.no_greeting", "protocol.unknown"]);
}

#[tokio::test]
async fn a_never_ending_ehlo_reply_is_cut_and_the_capabilities_marked_incomplete() {
    let server = Hostile::plain(behaviour(|mut c| async move {
        c.line("220 mx.example.test ESMTP").await;
        let _ = c.recv().await; // EHLO
        c.line("250-mx.example.test").await;
        let mut n = 0u64;
        loop {
            n += 1;
            if !c.line(&format!("250-X-EXTENSION-{n}")).await {
                return;
            }
        }
    }))
    .await;
    let ran = run(&request(Protocol::Smtp, server.port(), SecurityChoice::None), None, secs(5.0)).await;
    ran.assert_bounded();
    let data = &ran.report.stage(Stage::Protocol).expect("protocol stage").data;
    assert_eq!(data["capabilities_complete"], serde_json::json!(false), "{data:#}");
    server.assert_flood_cut().await;
}

#[tokio::test]
async fn a_never_ending_ehlo_reply_before_starttls_fails_the_upgrade_in_time() {
    let server = Hostile::plain(behaviour(|mut c| async move {
        c.line("220 mx.example.test ESMTP").await;
        let _ = c.recv().await; // EHLO
        loop {
            if !c.line("250-STARTTLS").await {
                return;
            }
        }
    }))
    .await;
    let ran = run(&request(Protocol::Smtp, server.port(), SecurityChoice::Starttls), None, secs(5.0)).await;
    ran.assert_bounded();
    assert_eq!(ran.stage(Stage::Tls), Some(StageStatus::Fail), "{:?}", codes(&ran.report));
    ran.assert_primary(&["tls.starttls_failed", "tls.starttls_unsupported"]);
}

/// An SMTP greeting of `220-` lines, one a second: each line is in time, the whole never ends.
async fn smtp_line_drip() -> Hostile {
    Hostile::plain(behaviour(|mut c| async move {
        for n in 0.. {
            if !c.line(&format!("220-slow line {n}")).await {
                return;
            }
            tokio::time::sleep(Duration::from_millis(1000)).await;
        }
    }))
    .await
}

#[tokio::test]
async fn a_multi_line_smtp_greeting_dripped_a_line_a_second_ends_at_the_deadline() {
    let server = smtp_line_drip().await;
    let ran = run(&request(Protocol::Smtp, server.port(), SecurityChoice::None), None, secs(4.0)).await;
    ran.assert_bounded();
    ran.assert_primary(&["protocol.no_greeting"]);
    ran.assert_evidence("protocol.no_greeting", "not finished");
}

/// The `tls` stage reads the greeting on plain and STARTTLS connections; when the overall
/// deadline runs out there, `deadline_code(Stage::Tls)` (src/runner.rs) names a TLS handshake
/// that was never attempted.
#[tokio::test]
async fn a_multi_line_smtp_greeting_dripped_past_the_deadline_is_not_called_a_tls_failure() {
    let server = smtp_line_drip().await;
    let ran = run(&request(Protocol::Smtp, server.port(), SecurityChoice::None), None, secs(4.0)).await;
    ran.assert_bounded();
    ran.assert_primary(&["protocol.no_greeting", "server.slow_response"]);
}

#[tokio::test]
async fn a_pop3_capa_answer_that_never_reaches_its_dot_is_cut_and_marked_incomplete() {
    let server = Hostile::plain(behaviour(|mut c| async move {
        c.line("+OK ready").await;
        let _ = c.recv().await; // CAPA
        c.line("+OK Capability list follows").await;
        let mut n = 0u64;
        loop {
            n += 1;
            if !c.line(&format!("X-CAPABILITY-{n}")).await {
                return;
            }
        }
    }))
    .await;
    let ran = run(&request(Protocol::Pop3, server.port(), SecurityChoice::None), None, secs(4.0)).await;
    ran.assert_bounded();
    let data = &ran.report.stage(Stage::Protocol).expect("protocol stage").data;
    assert_eq!(data["capabilities_complete"], serde_json::json!(false), "{data:#}");
    server.assert_flood_cut().await;
}

#[tokio::test]
async fn garbage_instead_of_a_tls_handshake_after_smtp_starttls_is_starttls_failed() {
    let server = Hostile::plain(behaviour(|mut c| async move {
        c.line("220 mx.example.test ESMTP").await;
        let _ = c.recv().await; // EHLO
        c.send(b"250-mx.example.test\r\n250 STARTTLS\r\n").await;
        let _ = c.recv().await; // STARTTLS
        c.line("220 2.0.0 Ready to start TLS").await;
        let _ = c.io.read(&mut [0u8; 512]).await; // the ClientHello
        c.flood(b"\x00\xffnot TLS at all\r\n").await;
    }))
    .await;
    let ran = run(&request(Protocol::Smtp, server.port(), SecurityChoice::Starttls), None, secs(4.0)).await;
    ran.assert_bounded();
    ran.assert_primary(&["tls.starttls_failed"]);
    server.assert_flood_cut().await;
}

#[tokio::test]
async fn a_pop3_stls_upgrade_whose_server_goes_silent_is_starttls_failed_in_time() {
    let server = Hostile::plain(behaviour(|mut c| async move {
        c.line("+OK ready").await;
        let _ = c.recv().await; // CAPA
        c.send(b"+OK\r\nUSER\r\nSTLS\r\n.\r\n").await;
        let _ = c.recv().await; // STLS
        c.line("+OK Begin TLS negotiation").await;
        c.hang().await;
    }))
    .await;
    let ran = run(&request(Protocol::Pop3, server.port(), SecurityChoice::Starttls), None, secs(4.0)).await;
    ran.assert_bounded();
    ran.assert_primary(&["tls.starttls_failed"]);
    ran.assert_evidence("tls.starttls_failed", "no TLS answer within");
}

// ---------------------------------------------------------------------------------------------
// The sign-in stage: endless answers, silence and closes after the password.
// ---------------------------------------------------------------------------------------------

/// An IMAPS server that greets with AUTH=PLAIN and SASL-IR, then runs `after_login` once the
/// password arrived (the `a1 AUTHENTICATE PLAIN …` line).
async fn imaps_then<F, Fut>(pki: &Pki, after_login: F) -> Hostile
where
    F: Fn(Conn) -> Fut + Send + Sync + Clone + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    Hostile::tls(
        pki.config.clone(),
        behaviour(move |mut c| {
            let after_login = after_login.clone();
            async move {
                c.line("* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready").await;
                let _ = c.recv().await; // a1 AUTHENTICATE PLAIN <payload>
                after_login(c).await;
            }
        }),
    )
    .await
}

#[tokio::test]
async fn an_imap_login_answered_with_an_endless_untagged_stream_ends_with_a_sign_in_finding() {
    let pki = pki();
    let server = imaps_then(&pki, |mut c| async move {
        let mut n = 0u64;
        loop {
            n += 1;
            if !c.line(&format!("* {n} EXISTS and more untagged noise")).await {
                return;
            }
        }
    })
    .await;
    let ran = run(&with_password(Protocol::Imap, server.port()), Some(&pki.ca), secs(5.0)).await;
    ran.assert_bounded();
    assert_eq!(ran.stage(Stage::Auth), Some(StageStatus::Fail), "{:?}", codes(&ran.report));
    ran.assert_primary(&["auth.failed_unclassified", "auth.server_error"]);
    server.assert_flood_cut().await;
}

#[tokio::test]
async fn an_imap_login_answered_with_one_endless_line_ends_with_a_sign_in_finding() {
    let pki = pki();
    let server = imaps_then(&pki, |mut c| async move {
        c.send(b"a1 NO ").await;
        c.flood(&[b'n'; 8192]).await;
    })
    .await;
    let ran = run(&with_password(Protocol::Imap, server.port()), Some(&pki.ca), secs(5.0)).await;
    ran.assert_bounded();
    assert_eq!(ran.stage(Stage::Auth), Some(StageStatus::Fail), "{:?}", codes(&ran.report));
}

#[tokio::test]
async fn an_imap_server_that_never_answers_after_the_password_is_a_server_error_within_the_deadline() {
    let pki = pki();
    let server = imaps_then(&pki, |mut c| async move { c.hang().await }).await;
    let ran = run(&with_password(Protocol::Imap, server.port()), Some(&pki.ca), secs(5.0)).await;
    ran.assert_bounded();
    ran.assert_primary(&["auth.server_error"]);
    ran.assert_evidence("auth.server_error", "no answer within");
}

#[tokio::test]
async fn an_imap_server_that_closes_after_the_password_is_a_sign_in_failure_saying_so() {
    let pki = pki();
    let server = imaps_then(&pki, |_c| async move {}).await;
    let ran = run(&with_password(Protocol::Imap, server.port()), Some(&pki.ca), secs(4.0)).await;
    ran.assert_bounded();
    ran.assert_primary(&["auth.failed_unclassified"]);
}

/// A POP3S server with `USER` and no SASL, that runs `after_pass` once the password arrived.
async fn pop3s_then<F, Fut>(pki: &Pki, after_pass: F) -> Hostile
where
    F: Fn(Conn) -> Fut + Send + Sync + Clone + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    Hostile::tls(
        pki.config.clone(),
        behaviour(move |mut c| {
            let after_pass = after_pass.clone();
            async move {
                c.line("+OK ready").await;
                let _ = c.recv().await; // CAPA
                c.send(b"+OK\r\nUSER\r\n.\r\n").await;
                let _ = c.recv().await; // USER
                c.line("+OK").await;
                let _ = c.recv().await; // PASS
                after_pass(c).await;
            }
        }),
    )
    .await
}

#[tokio::test]
async fn a_pop3_server_that_never_answers_pass_is_a_server_error_within_the_deadline() {
    let pki = pki();
    let server = pop3s_then(&pki, |mut c| async move { c.hang().await }).await;
    let ran = run(&with_password(Protocol::Pop3, server.port()), Some(&pki.ca), secs(5.0)).await;
    ran.assert_bounded();
    ran.assert_primary(&["auth.server_error"]);
}

#[tokio::test]
async fn a_pop3_server_that_closes_after_pass_is_a_sign_in_failure_saying_so() {
    let pki = pki();
    let server = pop3s_then(&pki, |_c| async move {}).await;
    let ran = run(&with_password(Protocol::Pop3, server.port()), Some(&pki.ca), secs(4.0)).await;
    ran.assert_bounded();
    ran.assert_primary(&["auth.failed_unclassified"]);
}

#[tokio::test]
async fn a_pop3_pass_answered_with_an_endless_line_ends_with_a_sign_in_finding() {
    let pki = pki();
    let server = pop3s_then(&pki, |mut c| async move {
        c.send(b"-ERR ").await;
        c.flood(&[b'e'; 8192]).await;
    })
    .await;
    let ran = run(&with_password(Protocol::Pop3, server.port()), Some(&pki.ca), secs(4.0)).await;
    ran.assert_bounded();
    assert_eq!(ran.stage(Stage::Auth), Some(StageStatus::Fail), "{:?}", codes(&ran.report));
}

/// An SMTPS server offering AUTH PLAIN that runs `after_auth` once `AUTH PLAIN …` arrived.
async fn smtps_then<F, Fut>(pki: &Pki, after_auth: F) -> Hostile
where
    F: Fn(Conn) -> Fut + Send + Sync + Clone + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    Hostile::tls(
        pki.config.clone(),
        behaviour(move |mut c| {
            let after_auth = after_auth.clone();
            async move {
                c.line("220 mx.example.test ESMTP").await;
                let _ = c.recv().await; // EHLO
                c.send(b"250-mx.example.test\r\n250 AUTH PLAIN LOGIN\r\n").await;
                let _ = c.recv().await; // AUTH PLAIN <payload>
                after_auth(c).await;
            }
        }),
    )
    .await
}

#[tokio::test]
async fn an_smtp_auth_answered_with_a_never_ending_multi_line_reply_ends_with_a_sign_in_finding() {
    let pki = pki();
    let server = smtps_then(&pki, |mut c| async move {
        loop {
            if !c.line("535-5.7.8 Authentication credentials invalid, and more to come").await {
                return;
            }
        }
    })
    .await;
    let ran = run(&with_password(Protocol::Smtp, server.port()), Some(&pki.ca), secs(4.0)).await;
    ran.assert_bounded();
    assert_eq!(ran.stage(Stage::Auth), Some(StageStatus::Fail), "{:?}", codes(&ran.report));
    ran.assert_primary(&["auth.invalid_credentials", "auth.failed_unclassified"]);
    server.assert_flood_cut().await;
}

/// A "positive" never-ending reply to AUTH: long `250-` lines. The classifier has nothing to
/// say about a 2xx answer (`classify` returns `None`), and the auth stage's fallback
/// (`classified` in src/checks/auth.rs: `.with("server said", lines.join(" "))`) quotes all 64
/// lines of up to 8 KiB each: a 560 KB report.
#[tokio::test]
async fn an_smtp_auth_answered_with_endless_long_250_lines_is_bounded_in_the_report() {
    let pki = pki();
    let server = smtps_then(&pki, |mut c| async move {
        let line = format!("250-{}", "x".repeat(8000));
        while c.line(&line).await {}
    })
    .await;
    let ran = run(&with_password(Protocol::Smtp, server.port()), Some(&pki.ca), secs(4.0)).await;
    ran.assert_bounded();
    assert_eq!(ran.stage(Stage::Auth), Some(StageStatus::Fail), "{:?}", codes(&ran.report));
    server.assert_flood_cut().await;
}

/// The same flood of long lines as untagged IMAP `* OK` lines after the password.
#[tokio::test]
async fn an_imap_login_answered_with_endless_long_untagged_ok_lines_is_bounded_in_the_report() {
    let pki = pki();
    let server = imaps_then(&pki, |mut c| async move {
        let line = format!("* OK {}", "x".repeat(8000));
        while c.line(&line).await {}
    })
    .await;
    let ran = run(&with_password(Protocol::Imap, server.port()), Some(&pki.ca), secs(4.0)).await;
    ran.assert_bounded();
    assert_eq!(ran.stage(Stage::Auth), Some(StageStatus::Fail), "{:?}", codes(&ran.report));
    server.assert_flood_cut().await;
}

#[tokio::test]
async fn an_smtp_server_that_never_answers_auth_is_a_server_error_within_the_deadline() {
    let pki = pki();
    let server = smtps_then(&pki, |mut c| async move { c.hang().await }).await;
    let ran = run(&with_password(Protocol::Smtp, server.port()), Some(&pki.ca), secs(5.0)).await;
    ran.assert_bounded();
    ran.assert_primary(&["auth.server_error"]);
}

#[tokio::test]
async fn an_smtp_server_that_closes_after_auth_is_a_sign_in_failure_saying_so() {
    let pki = pki();
    let server = smtps_then(&pki, |_c| async move {}).await;
    let ran = run(&with_password(Protocol::Smtp, server.port()), Some(&pki.ca), secs(4.0)).await;
    ran.assert_bounded();
    ran.assert_primary(&["auth.failed_unclassified"]);
}

#[tokio::test]
async fn an_imap_server_that_accepts_the_password_then_floods_examine_ends_in_time() {
    let pki = pki();
    let server = imaps_then(&pki, |mut c| async move {
        c.line("a1 OK [CAPABILITY IMAP4rev1] Logged in").await;
        let _ = c.recv().await; // a2 EXAMINE INBOX
        loop {
            if !c.line("* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)").await {
                return;
            }
        }
    })
    .await;
    let ran = run(&with_password(Protocol::Imap, server.port()), Some(&pki.ca), secs(5.0)).await;
    ran.assert_bounded();
    assert_ne!(ran.stage(Stage::Auth), Some(StageStatus::Pass), "{:?}", codes(&ran.report));
    server.assert_flood_cut().await;
}

/// An IMAPS server that signs in and opens the inbox, then answers `LIST` with folders that
/// never end (long names, each with a `STATUS` line).
async fn endless_folders(pki: &Pki) -> Hostile {
    imaps_then(pki, |mut c| async move {
        c.line("a1 OK [CAPABILITY IMAP4rev1 LIST-STATUS] Logged in").await;
        let _ = c.recv().await; // a2 EXAMINE INBOX
        c.line("a2 OK [READ-ONLY] EXAMINE completed").await;
        let _ = c.recv().await; // LIST
        let long = "x".repeat(900);
        let mut n = 0u64;
        loop {
            n += 1;
            let folder = format!("* LIST (\\HasNoChildren) \"/\" \"folder-{n}-{long}\"");
            let status = format!("* STATUS \"folder-{n}-{long}\" (MESSAGES 99999 UNSEEN 9)");
            if !c.line(&folder).await || !c.line(&status).await {
                return;
            }
        }
    })
    .await
}

#[tokio::test]
async fn an_endless_list_of_long_folder_names_after_sign_in_stops_at_the_session_cap() {
    let pki = pki();
    let server = endless_folders(&pki).await;
    let ran = run(&with_password(Protocol::Imap, server.port()), Some(&pki.ca), secs(8.0)).await;
    ran.assert_bounded_within(1024 * 1024);
    assert_eq!(ran.stage(Stage::Auth), Some(StageStatus::Pass), "{:?}", codes(&ran.report));
    let mailbox = ran.report.stage(Stage::Mailbox).expect("mailbox stage");
    assert!(mailbox.detail.contains("could not be read"), "{}", mailbox.detail);
    server.assert_flood_cut().await;
}

/// The transcript (at most 96 KiB of text) and the mailbox stage's folder list (the 200
/// largest of at most 1,000 folders) together keep even a flooded LIST under 256 KB of JSON.
#[tokio::test]
async fn an_endless_list_of_long_folder_names_keeps_the_report_under_256_kb() {
    let pki = pki();
    let server = endless_folders(&pki).await;
    let ran = run(&with_password(Protocol::Imap, server.port()), Some(&pki.ca), secs(8.0)).await;
    ran.assert_bounded();
}

/// The opt-in connection-limit probe against a server whose third session goes silent after
/// the password: the probe ends within the deadline and still reports what it measured.
#[tokio::test]
async fn the_connection_limit_probe_against_a_server_that_hangs_its_third_session_ends_in_time() {
    let pki = pki();
    let sessions = Arc::new(AtomicUsize::new(0));
    let server = imaps_then(&pki, move |mut c| {
        let n = sessions.fetch_add(1, Ordering::SeqCst) + 1;
        async move {
            if n >= 3 {
                c.hang().await;
                return;
            }
            c.line("a1 OK Logged in").await;
            while let Some(line) = c.recv().await {
                let tag = line.split_whitespace().next().unwrap_or("*").to_owned();
                let ok = if line.contains("LOGOUT") {
                    c.line(&format!("* BYE\r\n{tag} OK bye")).await
                } else {
                    c.line(&format!("{tag} OK done")).await
                };
                if !ok {
                    return;
                }
            }
        }
    })
    .await;
    let mut req = with_password(Protocol::Imap, server.port());
    req.options.test_limits = true;
    req.options.connection_limit_cap = Some(5);
    let ran = run(&req, Some(&pki.ca), secs(6.0)).await;
    ran.assert_bounded();
    assert_eq!(ran.stage(Stage::Auth), Some(StageStatus::Pass), "{:?}", codes(&ran.report));
    let measured = ran.report.finding(Code::LimitsConnectionLimitMeasured).expect("a measured limit");
    let allowed = measured.evidence.iter().find(|e| e.label == "sessions allowed").expect("sessions allowed");
    // A session that hangs is not a refusal: two worked, the limit itself was not found.
    assert_eq!(allowed.value, "at least 2", "{:?}", measured.evidence);
    assert!(measured.evidence.iter().any(|e| e.label == "the test stopped"), "{:?}", measured.evidence);
}

/// The overall deadline covers the polite goodbye too: a server that stops answering during
/// sign-in, and then ignores LOGOUT, must not stretch the run past the deadline.
///
/// `Engine::stages` (src/runner.rs) calls `checks::protocol::close` outside `Run::stage`, so
/// it is not under `ctx.remaining()`: `close` waits up to `min(io, 2 s)` for the LOGOUT answer
/// (and `Session::shutdown` up to `io`) after the deadline has passed.
#[tokio::test]
async fn a_server_silent_through_sign_in_and_logout_does_not_stretch_the_run_past_the_deadline() {
    let pki = pki();
    let server = imaps_then(&pki, |mut c| async move { c.hang().await }).await;
    // Reads may take longer than the whole run: the deadline, not the read timeout, ends it.
    let timeouts = Timeouts { io: secs(10.0), overall: secs(3.0), ..Timeouts::fast() };
    let ran = run_with(&with_password(Protocol::Imap, server.port()), Some(&pki.ca), timeouts).await;
    ran.assert_primary(&["auth.server_error"]);
    ran.assert_bounded();
}

/// Most servers close TLS without a `close_notify`; rustls then reports `UnexpectedEof`, which
/// `Session::read_line_bounded` passes on as `SessionError::Io`, not `SessionError::Closed`.
/// The finding then quotes rustls ("peer closed connection without sending TLS close_notify:
/// https://docs.rs/…") instead of saying the server closed the connection.
#[tokio::test]
async fn a_tls_server_that_closes_after_the_password_is_reported_as_closed_not_as_a_rustls_error() {
    let pki = pki();
    let imap = imaps_then(&pki, |_c| async move {}).await;
    let pop3 = pop3s_then(&pki, |_c| async move {}).await;
    for (protocol, port) in [(Protocol::Imap, imap.port()), (Protocol::Pop3, pop3.port())] {
        let ran = run(&with_password(protocol, port), Some(&pki.ca), secs(4.0)).await;
        ran.assert_bounded();
        ran.assert_primary(&["auth.failed_unclassified"]);
        ran.assert_evidence("auth.failed_unclassified", "closed the connection");
        let json = serde_json::to_string(&ran.report).expect("json");
        assert!(!json.contains("docs.rs"), "library documentation links reach the report");
    }
    // The same at the greeting: a TLS server that hangs up straight after the handshake.
    let closer = Hostile::tls(pki.config.clone(), behaviour(|_c| async move {})).await;
    let ran =
        run(&request(Protocol::Pop3, closer.port(), SecurityChoice::Tls), Some(&pki.ca), secs(4.0)).await;
    ran.assert_primary(&["protocol.no_greeting"]);
    ran.assert_evidence("protocol.no_greeting", "closed the connection");
}
