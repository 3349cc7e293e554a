//! A fake IMAP server that writes down everything it hears: implicit TLS on one loopback port,
//! STARTTLS on another, the same certificate on both.
//!
//! It accepts any sign-in (`LOGIN` and `AUTHENTICATE` both get `OK`), so the only way to know
//! whether a client signed in is [`RecordingImap::sign_ins`]: the lines it received, after TLS
//! too, are logged per port with the number of connections each port accepted.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncWrite, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;
use tokio_rustls::TlsAcceptor;

/// What one port heard.
#[derive(Clone, Debug, Default)]
pub struct Heard {
    /// Connections accepted.
    pub connections: usize,
    /// Every line received, in order (CR LF removed).
    pub lines: Vec<String>,
}

type Log = Arc<Mutex<Heard>>;

/// The two listeners; both stop when this is dropped.
pub struct RecordingImap {
    /// The implicit-TLS port (like 993).
    pub tls: SocketAddr,
    /// The STARTTLS port (like 143).
    pub starttls: SocketAddr,
    tls_log: Log,
    starttls_log: Log,
    tasks: Vec<JoinHandle<()>>,
}

impl Drop for RecordingImap {
    fn drop(&mut self) {
        for task in &self.tasks {
            task.abort();
        }
    }
}

impl RecordingImap {
    /// Starts both listeners on 127.0.0.1 with `config`'s certificate.
    pub async fn start(config: Arc<rustls::ServerConfig>) -> RecordingImap {
        let (tls, tls_log, a) = listen(config.clone(), true).await;
        let (starttls, starttls_log, b) = listen(config, false).await;
        RecordingImap { tls, starttls, tls_log, starttls_log, tasks: vec![a, b] }
    }

    /// What the implicit-TLS port heard.
    pub fn heard_on_tls(&self) -> Heard {
        self.tls_log.lock().expect("log").clone()
    }

    /// What the STARTTLS port heard.
    pub fn heard_on_starttls(&self) -> Heard {
        self.starttls_log.lock().expect("log").clone()
    }

    /// Every sign-in attempt either port received (`LOGIN` or `AUTHENTICATE` commands).
    pub fn sign_ins(&self) -> Vec<String> {
        let mut lines = self.heard_on_tls().lines;
        lines.extend(self.heard_on_starttls().lines);
        lines
            .into_iter()
            .filter(|l| {
                let command = l.split_whitespace().nth(1).unwrap_or_default().to_ascii_uppercase();
                command == "LOGIN" || command == "AUTHENTICATE"
            })
            .collect()
    }
}

async fn listen(config: Arc<rustls::ServerConfig>, implicit: bool) -> (SocketAddr, Log, JoinHandle<()>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    let log: Log = Arc::default();
    let task_log = log.clone();
    let task = tokio::spawn(async move {
        loop {
            let Ok((tcp, _)) = listener.accept().await else { return };
            task_log.lock().expect("log").connections += 1;
            let (config, log) = (config.clone(), task_log.clone());
            tokio::spawn(async move {
                let _ = serve(tcp, config, implicit, log).await;
            });
        }
    });
    (addr, log, task)
}

trait Io: AsyncRead + AsyncWrite + Unpin + Send {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send> Io for T {}

async fn serve(
    tcp: TcpStream,
    config: Arc<rustls::ServerConfig>,
    implicit: bool,
    log: Log,
) -> std::io::Result<()> {
    let _ = tcp.set_nodelay(true);
    let acceptor = TlsAcceptor::from(config);
    let mut stream: BufReader<Box<dyn Io>> = if implicit {
        BufReader::new(Box::new(acceptor.accept(tcp).await?))
    } else {
        BufReader::new(Box::new(tcp))
    };
    let mut secure = implicit;
    let greeting = if secure {
        "* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\r\n"
    } else {
        "* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready\r\n"
    };
    stream.get_mut().write_all(greeting.as_bytes()).await?;
    loop {
        let mut line = String::new();
        if stream.read_line(&mut line).await? == 0 {
            return Ok(());
        }
        let line = line.trim_end().to_owned();
        log.lock().expect("log").lines.push(line.clone());
        let tag = line.split_whitespace().next().unwrap_or("*").to_owned();
        let command = line.split_whitespace().nth(1).unwrap_or_default().to_ascii_uppercase();
        let reply = match command.as_str() {
            "CAPABILITY" if secure => format!("* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n{tag} OK done\r\n"),
            "CAPABILITY" => format!("* CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED\r\n{tag} OK done\r\n"),
            "LOGOUT" => {
                stream
                    .get_mut()
                    .write_all(format!("* BYE bye\r\n{tag} OK LOGOUT done\r\n").as_bytes())
                    .await?;
                return Ok(());
            }
            "STARTTLS" if !secure => {
                stream.get_mut().write_all(format!("{tag} OK Begin TLS now\r\n").as_bytes()).await?;
                let inner = stream.into_inner();
                stream = BufReader::new(Box::new(acceptor.accept(inner).await?));
                secure = true;
                continue;
            }
            _ => format!("{tag} OK done\r\n"),
        };
        stream.get_mut().write_all(reply.as_bytes()).await?;
    }
}
