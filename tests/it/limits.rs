//! The opt-in `limits` stage: the connection-limit probe against a server that allows three
//! signed-in sessions per user, like Dovecot's `mail_max_userip_connections = 3`.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use maildoctor::diagnosis::Code;
use maildoctor::secret::Password;
use maildoctor::stage::{Stage, StageStatus};
use maildoctor::target::{Protocol, SecurityChoice};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;
use tokio_rustls::TlsAcceptor;

use crate::support::certs::TestCa;
use crate::support::{self, assert_code, codes};

/// An IMAPS server that signs in at most `limit` sessions at once; counts what it saw.
struct LimitedServer {
    port: u16,
    signed_in: Arc<AtomicUsize>,
    peak: Arc<AtomicUsize>,
}

async fn limited_server(ca: &TestCa, limit: usize) -> LimitedServer {
    let config = ca.leaf("mail.example.test", &["127.0.0.1"], (-1, 90)).server_config();
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let signed_in = Arc::new(AtomicUsize::new(0));
    let peak = Arc::new(AtomicUsize::new(0));
    let (now, top) = (signed_in.clone(), peak.clone());
    tokio::spawn(async move {
        loop {
            let Ok((tcp, _)) = listener.accept().await else { return };
            let acceptor = TlsAcceptor::from(config.clone());
            let (now, top) = (now.clone(), top.clone());
            tokio::spawn(async move {
                let Ok(tls) = acceptor.accept(tcp).await else { return };
                let mut stream = BufReader::new(tls);
                let greeting = "* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] Dovecot ready.\r\n";
                if stream.get_mut().write_all(greeting.as_bytes()).await.is_err() {
                    return;
                }
                let mut mine = false;
                let mut line = String::new();
                while matches!(stream.read_line(&mut line).await, Ok(n) if n > 0) {
                    let tag = line.split_whitespace().next().unwrap_or("*").to_owned();
                    let upper = line.to_ascii_uppercase();
                    let reply = if upper.contains(" AUTHENTICATE ") {
                        if now.load(Ordering::SeqCst) >= limit {
                            format!(
                                "{tag} NO [LIMIT] Maximum number of connections from user+IP exceeded (mail_max_userip_connections={limit})\r\n"
                            )
                        } else {
                            mine = true;
                            let n = now.fetch_add(1, Ordering::SeqCst) + 1;
                            top.fetch_max(n, Ordering::SeqCst);
                            format!("{tag} OK Logged in\r\n")
                        }
                    } else if upper.contains(" LOGOUT") {
                        let _ =
                            stream.get_mut().write_all(format!("* BYE\r\n{tag} OK bye\r\n").as_bytes()).await;
                        break;
                    } else {
                        format!("{tag} OK done\r\n")
                    };
                    if stream.get_mut().write_all(reply.as_bytes()).await.is_err() {
                        break;
                    }
                    line.clear();
                }
                if mine {
                    now.fetch_sub(1, Ordering::SeqCst);
                }
            });
        }
    });
    LimitedServer { port, signed_in, peak }
}

#[tokio::test]
async fn the_probe_measures_the_limit_reports_the_servers_number_and_closes_every_session() {
    let ca = TestCa::new("Limits Test CA");
    let server = limited_server(&ca, 3).await;
    let mut req = support::request(Protocol::Imap, "127.0.0.1", server.port, SecurityChoice::Tls);
    req.username = Some("alice".into());
    req.password = Some(Password::new("correct-horse"));
    req.options.test_limits = true;
    let report = support::engine(Some(ca.pem.clone())).diagnose(&req).await;

    assert_code(&report, "limits.connection_limit_measured");
    let finding = report.finding(Code::LimitsConnectionLimitMeasured).expect("finding");
    let value = |label: &str| finding.evidence.iter().find(|e| e.label == label).map(|e| e.value.clone());
    assert_eq!(value("sessions allowed").as_deref(), Some("3"), "{:?}", finding.evidence);
    assert_eq!(value("server limit").as_deref(), Some("3"));
    assert_eq!(report.stage(Stage::Limits).map(|s| s.status), Some(StageStatus::Pass));
    // The measurement is information, not a fault.
    assert_eq!(report.verdict, maildoctor::diagnosis::Verdict::Ok, "{:?}", codes(&report));
    assert_eq!(server.peak.load(Ordering::SeqCst), 3);
    // Every session logged out (give the server a moment to see the closes).
    for _ in 0..50 {
        if server.signed_in.load(Ordering::SeqCst) == 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert_eq!(server.signed_in.load(Ordering::SeqCst), 0, "sessions left open");
}

#[tokio::test]
async fn the_probe_stops_at_the_cap_and_never_runs_unless_asked() {
    let ca = TestCa::new("Limits Test CA");
    let server = limited_server(&ca, 100).await;
    let mut req = support::request(Protocol::Imap, "127.0.0.1", server.port, SecurityChoice::Tls);
    req.username = Some("alice".into());
    req.password = Some(Password::new("correct-horse"));
    let engine = support::engine(Some(ca.pem.clone()));

    let report = engine.diagnose(&req).await;
    assert_eq!(report.stage(Stage::Limits).map(|s| s.status), Some(StageStatus::Skip));
    assert_eq!(server.peak.load(Ordering::SeqCst), 1, "only the diagnosis' own session");

    req.options.test_limits = true;
    req.options.connection_limit_cap = Some(4);
    let report = engine.diagnose(&req).await;
    let finding = report.finding(Code::LimitsConnectionLimitMeasured).expect("finding");
    assert!(finding.evidence.iter().any(|e| e.value.starts_with("at least 4")), "{:?}", finding.evidence);
    assert!(server.peak.load(Ordering::SeqCst) <= 4);
}
