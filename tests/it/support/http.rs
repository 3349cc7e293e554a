//! A tiny HTTP/1.1 server on 127.0.0.1:0 serving fixed files by (host, path), for autoconfig.
//!
//! It answers `200` with the file for a known `Host` (port stripped) and path (`302` to the
//! rest of the body when it starts with `REDIRECT `), `404` otherwise,
//! and closes at once on a TLS ClientHello (so an `https://` try fails fast, as against a
//! server without HTTPS). Every request is logged: `(host, path)`, or `("tls", "")` for a TLS
//! attempt.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

type Files = Arc<HashMap<(String, String), Vec<u8>>>;
type Log = Arc<Mutex<Vec<(String, String)>>>;

/// A running server; stops when dropped.
pub struct HttpServer {
    /// Where it listens.
    pub addr: SocketAddr,
    log: Log,
    task: JoinHandle<()>,
}

impl Drop for HttpServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl HttpServer {
    /// Serves `files`: `(host, path, body)`.
    pub async fn start(files: &[(&str, &str, &str)]) -> HttpServer {
        let files: Vec<(&str, &str, Vec<u8>)> =
            files.iter().map(|(h, p, b)| (*h, *p, b.as_bytes().to_vec())).collect();
        HttpServer::start_bytes(&files).await
    }

    /// Serves binary `files` (a DER certificate): `(host, path, body)`.
    pub async fn start_bytes(files: &[(&str, &str, Vec<u8>)]) -> HttpServer {
        let map: HashMap<(String, String), Vec<u8>> =
            files.iter().map(|(h, p, b)| ((h.to_string(), p.to_string()), b.clone())).collect();
        let files: Files = Arc::new(map);
        let log: Log = Arc::default();
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind http");
        let addr = listener.local_addr().expect("http addr");
        let (f, l) = (files.clone(), log.clone());
        let task = tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else { return };
                tokio::spawn(serve(stream, f.clone(), l.clone()));
            }
        });
        HttpServer { addr, log, task }
    }

    /// The port.
    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    /// Every request so far: `(host, path)`; a TLS attempt is `("tls", "")`.
    pub fn requests(&self) -> Vec<(String, String)> {
        self.log.lock().expect("log").clone()
    }
}

async fn serve(mut stream: TcpStream, files: Files, log: Log) {
    let mut head = Vec::new();
    let mut buf = [0u8; 1024];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") && head.len() < 16 * 1024 {
        let Ok(n) = stream.read(&mut buf).await else { return };
        if n == 0 {
            return;
        }
        if head.is_empty() && buf[0] == 0x16 {
            log.lock().expect("log").push(("tls".into(), String::new()));
            return;
        }
        head.extend_from_slice(&buf[..n]);
    }
    let text = String::from_utf8_lossy(&head);
    let path = text.split_whitespace().nth(1).unwrap_or("/").to_owned();
    let host = text
        .lines()
        .find_map(|l| l.strip_prefix("host: ").or_else(|| l.strip_prefix("Host: ")))
        .unwrap_or("")
        .split(':')
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    log.lock().expect("log").push((host.clone(), path.clone()));
    let reply: Vec<u8> = match files.get(&(host, path)) {
        Some(body) if body.starts_with(b"REDIRECT ") => format!(
            "HTTP/1.1 302 Found\r\nLocation: {}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
            String::from_utf8_lossy(&body[b"REDIRECT ".len()..])
        )
        .into_bytes(),
        Some(body) => {
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            [head.as_bytes(), body].concat()
        }
        None => b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_vec(),
    };
    let _ = stream.write_all(&reply).await;
    let _ = stream.shutdown().await;
}
