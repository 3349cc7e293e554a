//! Scripted fake mail servers on 127.0.0.1:0, plain or TLS, for every failure mode.
//!
//! A server runs its [`Step`] script on every connection it accepts. After the script it
//! answers any further line like a permissive server of its [`Dialect`] (so LOGOUT/QUIT close
//! cleanly), or stays silent with [`Dialect::Silent`].

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncWrite, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;
use tokio_rustls::TlsAcceptor;

/// One scripted action.
#[derive(Clone, Debug)]
pub enum Step {
    /// Send a line (CR LF added). `{tag}` becomes the tag of the last line received.
    Send(String),
    /// Send raw bytes.
    Raw(Vec<u8>),
    /// Read one line from the client.
    Recv,
    /// Upgrade to TLS (after a STARTTLS answer); needs the server's TLS config.
    StartTls,
    /// Wait.
    Sleep(Duration),
    /// Say nothing, forever (until the client leaves).
    Hang,
    /// Close the connection.
    Close,
    /// Send `n` bytes without a newline.
    Flood(usize),
}

/// How the server answers after its script.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub enum Dialect {
    /// `{tag} OK`, `* BYE` on LOGOUT.
    Imap,
    /// `+OK`.
    Pop3,
    /// `250 ok`, `221` on QUIT.
    Smtp,
    /// Nothing.
    Silent,
}

/// A running fake server; stops when dropped.
pub struct FakeServer {
    /// Where it listens.
    pub addr: SocketAddr,
    task: JoinHandle<()>,
}

impl Drop for FakeServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl FakeServer {
    /// The port.
    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    /// A plain-text server.
    pub async fn plain(dialect: Dialect, script: Vec<Step>) -> FakeServer {
        FakeServer::start(dialect, script, None, false).await
    }

    /// A plain-text server that can upgrade with [`Step::StartTls`].
    pub async fn starttls(dialect: Dialect, script: Vec<Step>, tls: Arc<rustls::ServerConfig>) -> FakeServer {
        FakeServer::start(dialect, script, Some(tls), false).await
    }

    /// An implicit-TLS server.
    pub async fn tls(dialect: Dialect, script: Vec<Step>, tls: Arc<rustls::ServerConfig>) -> FakeServer {
        FakeServer::start(dialect, script, Some(tls), true).await
    }

    async fn start(
        dialect: Dialect,
        script: Vec<Step>,
        tls: Option<Arc<rustls::ServerConfig>>,
        implicit: bool,
    ) -> FakeServer {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        let task = tokio::spawn(async move {
            loop {
                let Ok((tcp, _)) = listener.accept().await else { return };
                let script = script.clone();
                let tls = tls.clone();
                tokio::spawn(async move {
                    let _ = serve(tcp, dialect, script, tls, implicit).await;
                });
            }
        });
        FakeServer { addr, task }
    }
}

trait Io: AsyncRead + AsyncWrite + Unpin + Send {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send> Io for T {}

async fn serve(
    tcp: TcpStream,
    dialect: Dialect,
    script: Vec<Step>,
    tls: Option<Arc<rustls::ServerConfig>>,
    implicit: bool,
) -> std::io::Result<()> {
    // Like real mail servers: no Nagle delay on small writes (TLS records, greeting lines).
    let _ = tcp.set_nodelay(true);
    let mut stream: BufReader<Box<dyn Io>> = if implicit {
        let acceptor = TlsAcceptor::from(tls.clone().expect("tls config"));
        BufReader::new(Box::new(acceptor.accept(tcp).await?))
    } else {
        BufReader::new(Box::new(tcp))
    };
    let mut tag = String::from("*");
    for step in script {
        match step {
            Step::Send(line) => {
                let line = line.replace("{tag}", &tag);
                stream.get_mut().write_all(format!("{line}\r\n").as_bytes()).await?;
                stream.get_mut().flush().await?;
            }
            Step::Raw(bytes) => {
                let bytes = replace_tag(&bytes, &tag);
                stream.get_mut().write_all(&bytes).await?;
                stream.get_mut().flush().await?;
            }
            Step::Recv => {
                let mut line = String::new();
                if stream.read_line(&mut line).await? == 0 {
                    return Ok(());
                }
                // A tagged command has a tag and a command; a bare SASL response ("", "AQ==")
                // keeps the tag of the command it answers.
                let mut words = line.split_whitespace();
                if let (Some(t), Some(_)) = (words.next(), words.next()) {
                    tag = t.to_owned();
                }
            }
            Step::StartTls => {
                let acceptor = TlsAcceptor::from(tls.clone().expect("tls config"));
                let inner = stream.into_inner();
                stream = BufReader::new(Box::new(acceptor.accept(inner).await?));
            }
            Step::Sleep(d) => tokio::time::sleep(d).await,
            Step::Hang => {
                // Read and ignore until the client leaves.
                let mut sink = Vec::new();
                loop {
                    sink.clear();
                    if stream.read_until(b'\n', &mut sink).await? == 0 {
                        return Ok(());
                    }
                }
            }
            Step::Close => return Ok(()),
            Step::Flood(n) => {
                let chunk = vec![b'x'; 8192];
                let mut sent = 0;
                while sent < n {
                    stream.get_mut().write_all(&chunk).await?;
                    sent += chunk.len();
                }
            }
        }
    }
    respond(stream, dialect).await
}

async fn respond(mut stream: BufReader<Box<dyn Io>>, dialect: Dialect) -> std::io::Result<()> {
    loop {
        let mut line = String::new();
        if stream.read_line(&mut line).await? == 0 {
            return Ok(());
        }
        let tag = line.split_whitespace().next().unwrap_or("*").to_owned();
        let upper = line.to_ascii_uppercase();
        let (reply, close) = match dialect {
            Dialect::Imap if upper.contains("LOGOUT") => {
                (format!("* BYE bye\r\n{tag} OK LOGOUT completed\r\n"), true)
            }
            Dialect::Imap if upper.contains("CAPABILITY") => {
                (format!("* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n{tag} OK CAPABILITY completed\r\n"), false)
            }
            Dialect::Imap => (format!("{tag} OK done\r\n"), false),
            Dialect::Pop3 if upper.starts_with("QUIT") => ("+OK bye\r\n".to_owned(), true),
            Dialect::Pop3 if upper.starts_with("CAPA") => {
                ("+OK\r\nUSER\r\nSASL PLAIN\r\n.\r\n".to_owned(), false)
            }
            Dialect::Pop3 => ("+OK\r\n".to_owned(), false),
            Dialect::Smtp if upper.starts_with("QUIT") => ("221 2.0.0 bye\r\n".to_owned(), true),
            Dialect::Smtp if upper.starts_with("EHLO") => {
                ("250-fake.test\r\n250 AUTH PLAIN LOGIN\r\n".to_owned(), false)
            }
            Dialect::Smtp => ("250 ok\r\n".to_owned(), false),
            Dialect::Silent => continue,
        };
        stream.get_mut().write_all(reply.as_bytes()).await?;
        stream.get_mut().flush().await?;
        if close {
            return Ok(());
        }
    }
}

/// Shorthand for a `Send` step.
/// `bytes` with every `{tag}` replaced by `tag` (raw lines may hold bytes that are not UTF-8).
fn replace_tag(bytes: &[u8], tag: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut rest = bytes;
    while let Some(at) = rest.windows(5).position(|w| w == b"{tag}") {
        out.extend_from_slice(&rest[..at]);
        out.extend_from_slice(tag.as_bytes());
        rest = &rest[at + 5..];
    }
    out.extend_from_slice(rest);
    out
}

pub fn send(line: &str) -> Step {
    Step::Send(line.to_owned())
}
