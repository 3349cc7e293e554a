//! Byte-level fakes for what a port may answer to a TLS ClientHello: a web server's `400`, a
//! TLS server whose TLS is broken (ServerHello, perhaps its certificate, then alert 80, as
//! OpenSMTPD 6.8 on Debian 12 does), and a plain-text server that greets late.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use rustls::pki_types::CertificateDer;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

/// A listener running one behaviour per connection; stops when dropped.
pub struct Listener {
    pub port: u16,
    /// Connections accepted so far.
    pub accepted: Arc<AtomicUsize>,
    task: JoinHandle<()>,
}

impl Drop for Listener {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Listener {
    async fn start<F, Fut>(f: F) -> Listener
    where
        F: Fn(TcpStream) -> Fut + Send + Sync + 'static,
        Fut: std::future::Future<Output = ()> + Send + 'static,
    {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let port = listener.local_addr().expect("addr").port();
        let accepted = Arc::new(AtomicUsize::new(0));
        let count = accepted.clone();
        let f = Arc::new(f);
        let task = tokio::spawn(async move {
            while let Ok((tcp, _)) = listener.accept().await {
                count.fetch_add(1, Ordering::SeqCst);
                let _ = tcp.set_nodelay(true);
                tokio::spawn(f(tcp));
            }
        });
        Listener { port, accepted, task }
    }

    /// Connections accepted so far.
    pub fn connections(&self) -> usize {
        self.accepted.load(Ordering::SeqCst)
    }
}

/// A web server: says nothing until it gets bytes, then answers `400 Bad Request` (as nginx
/// and Apache answer a TLS ClientHello or a mail command) and closes.
pub async fn web_server() -> Listener {
    Listener::start(|mut tcp| async move {
        let mut buf = [0u8; 4096];
        if matches!(tcp.read(&mut buf).await, Ok(n) if n > 0) {
            let page = "HTTP/1.1 400 Bad Request\r\nServer: nginx\r\nContent-Type: text/html\r\n\
                        Content-Length: 0\r\nConnection: close\r\n\r\n";
            let _ = tcp.write_all(page.as_bytes()).await;
        }
    })
    .await
}

/// A server that accepts and never says a word, whatever it is sent.
pub async fn silent_server() -> Listener {
    Listener::start(|mut tcp| async move {
        let mut buf = [0u8; 4096];
        while matches!(tcp.read(&mut buf).await, Ok(n) if n > 0) {}
    })
    .await
}

/// A plain-text SMTP server that greets only after `delay` (Postfix postscreen's deliberate
/// delay), first sending `teaser` (postscreen's `220-` pregreet line) when given.
pub async fn late_greeter(delay: Duration, teaser: Option<&'static str>) -> Listener {
    Listener::start(move |mut tcp| async move {
        if let Some(teaser) = teaser {
            let _ = tcp.write_all(format!("{teaser}\r\n").as_bytes()).await;
        }
        tokio::time::sleep(delay).await;
        if tcp.write_all(b"220 mx.example.test ESMTP Postfix\r\n").await.is_err() {
            return;
        }
        let mut buf = [0u8; 4096];
        while let Ok(n) = tcp.read(&mut buf).await {
            if n == 0 {
                return;
            }
            let said = String::from_utf8_lossy(&buf[..n]).to_ascii_uppercase();
            let reply: &[u8] = if said.starts_with("EHLO") {
                b"250-mx.example.test\r\n250 AUTH PLAIN\r\n"
            } else if said.starts_with("QUIT") {
                b"221 2.0.0 Bye\r\n"
            } else {
                b"502 5.5.2 Error: command not recognized\r\n"
            };
            if tcp.write_all(reply).await.is_err() {
                return;
            }
        }
    })
    .await
}

/// A TLS port whose TLS is broken like OpenSMTPD 6.8 with OpenSSL 3: it answers every
/// ClientHello with a ServerHello and then alert 80 (internal_error). Offered TLS 1.3, the
/// certificate would be encrypted, so none is readable; offered only TLS 1.2, it sends its
/// certificate in the clear first.
pub async fn broken_tls_server(chain: Vec<CertificateDer<'static>>) -> Listener {
    let chain = Arc::new(chain);
    Listener::start(move |mut tcp| {
        let chain = chain.clone();
        async move {
            let Some(hello) = read_record(&mut tcp).await else { return };
            let reply = match client_hello(&hello) {
                Some((session_id, true)) => tls13_hello_then_alert(&session_id),
                Some((_, false)) => tls12_hello_certificate_then_alert(&chain),
                None => return,
            };
            let _ = tcp.write_all(&reply).await;
            let mut sink = [0u8; 1024];
            let _ = tokio::time::timeout(Duration::from_secs(2), tcp.read(&mut sink)).await;
        }
    })
    .await
}

async fn read_record(tcp: &mut TcpStream) -> Option<Vec<u8>> {
    let mut header = [0u8; 5];
    tcp.read_exact(&mut header).await.ok()?;
    let len = usize::from(u16::from_be_bytes([header[3], header[4]]));
    let mut body = vec![0u8; len];
    tcp.read_exact(&mut body).await.ok()?;
    Some(body)
}

/// The session id of a ClientHello handshake message and whether it offers TLS 1.3.
fn client_hello(msg: &[u8]) -> Option<(Vec<u8>, bool)> {
    let mut at = 4 + 2 + 32; // type + length, version, random
    let sid_len = usize::from(*msg.get(at)?);
    let session_id = msg.get(at + 1..at + 1 + sid_len)?.to_vec();
    at += 1 + sid_len;
    let suites = usize::from(u16::from_be_bytes([*msg.get(at)?, *msg.get(at + 1)?]));
    at += 2 + suites;
    at += 1 + usize::from(*msg.get(at)?);
    let ext_end = at + 2 + usize::from(u16::from_be_bytes([*msg.get(at)?, *msg.get(at + 1)?]));
    at += 2;
    let mut tls13 = false;
    while at + 4 <= ext_end.min(msg.len()) {
        let typ = u16::from_be_bytes([msg[at], msg[at + 1]]);
        let len = usize::from(u16::from_be_bytes([msg[at + 2], msg[at + 3]]));
        let body = msg.get(at + 4..at + 4 + len)?;
        if typ == 0x002b {
            tls13 |= body.get(1..).is_some_and(|v| v.chunks(2).any(|c| c == [0x03, 0x04]));
        }
        at += 4 + len;
    }
    Some((session_id, tls13))
}

fn record(typ: u8, body: &[u8]) -> Vec<u8> {
    let mut out = vec![typ, 0x03, 0x03];
    out.extend_from_slice(&(body.len() as u16).to_be_bytes());
    out.extend_from_slice(body);
    out
}

fn handshake(typ: u8, body: &[u8]) -> Vec<u8> {
    let len = body.len();
    let mut out = vec![typ, (len >> 16) as u8, (len >> 8) as u8, len as u8];
    out.extend_from_slice(body);
    out
}

const ALERT_INTERNAL_ERROR: [u8; 2] = [0x02, 80];

fn tls13_hello_then_alert(session_id: &[u8]) -> Vec<u8> {
    let mut hello = vec![0x03, 0x03];
    hello.extend_from_slice(&[0x42; 32]);
    hello.push(session_id.len() as u8);
    hello.extend_from_slice(session_id);
    hello.extend_from_slice(&[0x13, 0x01, 0x00]); // TLS_AES_128_GCM_SHA256, no compression
    let mut key = vec![0x09];
    key.extend_from_slice(&[0u8; 31]); // the X25519 base point: a valid public key
    let mut exts = vec![0x00, 0x2b, 0x00, 0x02, 0x03, 0x04]; // supported_versions: TLS 1.3
    exts.extend_from_slice(&[0x00, 0x33, 0x00, 0x24, 0x00, 0x1d, 0x00, 0x20]); // key_share X25519
    exts.extend_from_slice(&key);
    hello.extend_from_slice(&(exts.len() as u16).to_be_bytes());
    hello.extend_from_slice(&exts);
    let mut out = record(0x16, &handshake(0x02, &hello));
    out.extend(record(0x14, &[0x01]));
    out.extend(record(0x15, &ALERT_INTERNAL_ERROR));
    out
}

fn tls12_hello_certificate_then_alert(chain: &[CertificateDer<'static>]) -> Vec<u8> {
    let mut hello = vec![0x03, 0x03];
    hello.extend_from_slice(&[0x42; 32]);
    hello.extend_from_slice(&[0x00, 0xc0, 0x2b, 0x00]); // no session id, ECDHE-ECDSA-AES128-GCM
    let mut list = Vec::new();
    for cert in chain {
        let len = cert.len();
        list.extend_from_slice(&[(len >> 16) as u8, (len >> 8) as u8, len as u8]);
        list.extend_from_slice(cert);
    }
    let len = list.len();
    let mut body = vec![(len >> 16) as u8, (len >> 8) as u8, len as u8];
    body.extend_from_slice(&list);
    let mut flight = handshake(0x02, &hello);
    flight.extend(handshake(0x0b, &body));
    let mut out = record(0x16, &flight);
    out.extend(record(0x15, &ALERT_INTERNAL_ERROR));
    out
}
