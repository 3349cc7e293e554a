//! One TLS ClientHello and what answered it, read off the wire.
//!
//! rustls only says that a handshake failed. The server's own bytes (tapped from the socket,
//! so they survive a handshake abandoned on a time-out) say what is really there:
//!
//! | the ClientHello got                            | [`Answer`]                          |
//! |------------------------------------------------|-------------------------------------|
//! | a whole handshake                               | `Done`: TLS from the first byte      |
//! | a ServerHello (and perhaps a certificate), then an alert, or a TLS alert at once | `Tls`: a TLS port whose TLS fails |
//! | `HTTP/1.1 400 …`                                | `Http`: a web server                 |
//! | `* OK`, `+OK`, `220`, `501 …` (plain text)      | `Text`: a plain-text server          |
//! | nothing at all                                  | `Silent`: the waits are the evidence |
//!
//! Used on the tcp stage's connection when SSL/TLS was chosen, and on a second connection by
//! the security race ([`super::race`]). When a server fails right after its ServerHello over
//! TLS 1.3 (its certificate was encrypted), [`certificate_over_tls12`] asks once more over
//! TLS 1.2, where the Certificate message travels in the clear.

use std::io;
use std::time::{Duration, Instant};

use rustls::client::Resumption;
use rustls::pki_types::CertificateDer;
use tokio::net::TcpStream;
use tokio_rustls::TlsConnector;
use tokio_rustls::client::TlsStream;

use super::{Ctx, tcp};
use crate::net::policy::VettedAddr;
use crate::net::stream::{Recorded, Tap, Tcp};
use crate::net::tls::{Recording, RecordingVerifier, client_config, server_name};
use crate::proto::sniff::{Speaks, sniff};
use crate::proto::{self, tls_records};
use crate::target::Target;

/// Most answer bytes kept from one ClientHello: a certificate chain fits comfortably.
const TAP_BYTES: usize = 32 * 1024;
/// The time the TLS 1.2 follow-up gets: a server answers a ClientHello at once.
const FOLLOW_UP: Duration = Duration::from_secs(2);
/// Longest server text quoted.
const QUOTE: usize = 200;

/// How long to wait: for a first answer byte (`silence`), and for the whole handshake.
#[derive(Clone, Copy, Debug)]
pub struct Watch {
    /// No byte at all within this: the server is silent.
    pub silence: Duration,
    /// The handshake must complete within this (from the start).
    pub total: Duration,
    /// Keep a second handle on the socket, so a silent connection can still be handed on.
    pub keep_spare: bool,
}

/// What answered one ClientHello.
#[derive(Debug)]
pub enum Answer {
    /// The handshake completed: the port speaks TLS from the first byte.
    Done {
        /// The TLS stream.
        stream: Box<TlsStream<Tcp>>,
        /// What the certificate verifier saw.
        recording: Recording,
    },
    /// The server speaks TLS, but the handshake failed or stalled.
    Tls(Broken),
    /// A web server answered with HTTP.
    Http {
        /// Its first line (`HTTP/1.1 400 Bad Request`).
        status: String,
        /// The connection (its bytes were read by the handshake).
        tcp: Tcp,
    },
    /// Plain text that is not HTTP: a mail greeting or an error line.
    Text {
        /// The bytes.
        first: Vec<u8>,
    },
    /// Bytes that are neither TLS nor text.
    Binary {
        /// rustls' error.
        error: io::Error,
        /// The bytes.
        first: Vec<u8>,
    },
    /// Closed or reset without a byte.
    Closed(io::Error),
    /// Not a single byte came back.
    Silent {
        /// How long it waited.
        waited: Duration,
        /// The same connection, when [`Watch::keep_spare`] asked for it.
        spare: Option<TcpStream>,
    },
    /// No second connection could be opened (probes only).
    NoConnection(tcp::Attempt),
    /// The handshake could not even start (the host cannot be a TLS server name).
    Setup(String),
}

/// A TLS answer that did not become a session.
#[derive(Debug)]
pub struct Broken {
    /// rustls' error; `None` when the handshake stalled past the limit.
    pub error: Option<io::Error>,
    /// The limit it stalled past.
    pub stalled: Option<Duration>,
    /// What the plaintext records said.
    pub wire: tls_records::Answer,
}

impl Broken {
    /// The error in words (`received fatal alert: InternalError`, `no TLS answer within 8000 ms`).
    pub fn describe(&self) -> String {
        match (&self.error, self.stalled) {
            (Some(error), _) => error.to_string(),
            (None, Some(limit)) => format!("no TLS answer within {} ms", limit.as_millis()),
            (None, None) => "the handshake failed".to_owned(),
        }
    }

    /// How far the handshake got, as the message id of the evidence's words.
    pub fn progress_id(&self) -> &'static str {
        match (self.wire.server_hello, self.wire.certificates.is_empty()) {
            (true, false) => "value-tls-failed-after-certificate",
            (true, true) => "value-tls-failed-after-hello",
            (false, _) => "value-tls-no-server-hello",
        }
    }

    /// How far the handshake got, in English (the transcript).
    pub fn progress(&self) -> String {
        crate::i18n::Lang::En.t(self.progress_id())
    }
}

impl Answer {
    /// True when the answer proves what the port speaks (TLS, or a web server); text, silence
    /// and closes leave the plain greeting to decide.
    pub fn is_decisive(&self) -> bool {
        matches!(self, Answer::Done { .. } | Answer::Tls(_) | Answer::Http { .. })
    }

    /// The answer in words, for the transcript and the port facts.
    pub fn describe(&self) -> String {
        match self {
            Answer::Done { stream, .. } => {
                let version = stream.get_ref().1.protocol_version().map(|v| format!("{v:?}"));
                format!("TLS handshake completed ({})", version.unwrap_or_default().replace('_', "."))
            }
            Answer::Tls(broken) => format!("{}: {}", broken.progress(), broken.describe()),
            Answer::Http { status, .. } => format!("HTTP answer: {status}"),
            Answer::Text { first } => format!("plain text: {}", first_line(first)),
            Answer::Binary { first, .. } => format!("other bytes: {}", proto::printable_bytes(first, 40)),
            Answer::Closed(_) => "closed without a byte".to_owned(),
            Answer::Silent { waited, .. } => format!("no answer in {} ms", waited.as_millis()),
            Answer::NoConnection(attempt) => format!("no second connection ({attempt:?})"),
            Answer::Setup(why) => why.clone(),
        }
    }
}

/// Sends a ClientHello on `tcp` and reads what answers, under `watch`.
pub async fn hello(ctx: &Ctx, target: &Target, tcp: TcpStream, watch: Watch) -> Answer {
    let verifier = RecordingVerifier::new(ctx.roots.clone(), Some(ctx.now));
    let config = match client_config(verifier.clone()) {
        Ok(config) => config,
        Err(e) => return Answer::Setup(e.to_string()),
    };
    let name = match server_name(&target.host) {
        Ok(name) => name,
        Err(e) => return Answer::Setup(e.to_string()),
    };
    let (tcp, spare) = match watch.keep_spare {
        true => match with_spare(tcp) {
            Ok(pair) => pair,
            Err(e) => return Answer::Setup(format!("the connection could not be kept: {e}")),
        },
        false => (tcp, None),
    };
    let tap = Tap::new(TAP_BYTES);
    let started = Instant::now();
    let mut connect =
        TlsConnector::from(config).connect(name, Recorded::tapped(tcp, tap.clone())).into_fallible();
    let silence = watch.silence.min(watch.total);
    let done = match tokio::time::timeout(silence, &mut connect).await {
        Ok(done) => done,
        Err(_) if tap.is_empty() => {
            drop(connect);
            let spare = spare.and_then(|s| TcpStream::from_std(s).ok());
            return Answer::Silent { waited: started.elapsed(), spare };
        }
        Err(_) => {
            let left = watch.total.saturating_sub(started.elapsed());
            match tokio::time::timeout(left, &mut connect).await {
                Ok(done) => done,
                Err(_) => return stalled(tap.bytes(), watch.total),
            }
        }
    };
    match done {
        Ok(stream) => Answer::Done { stream: Box::new(stream), recording: verifier.recording() },
        Err((error, tcp)) => judge(error, tcp, tap.bytes()),
    }
}

/// The handshake neither completed nor failed within `limit`: judged by the bytes so far (a
/// few plain-text bytes without a line end stall rustls as much as half a ServerHello).
fn stalled(first: Vec<u8>, limit: Duration) -> Answer {
    let wire = tls_records::read(&first);
    if wire.is_tls {
        return Answer::Tls(Broken { error: None, stalled: Some(limit), wire });
    }
    let error =
        io::Error::new(io::ErrorKind::TimedOut, format!("no TLS answer within {} ms", limit.as_millis()));
    if is_text(&first) { Answer::Text { first } } else { Answer::Binary { error, first } }
}

/// Judges a failed handshake by the bytes that came back.
fn judge(error: io::Error, tcp: Tcp, first: Vec<u8>) -> Answer {
    if first.is_empty() {
        return Answer::Closed(error);
    }
    let wire = tls_records::read(&first);
    if wire.is_tls {
        return Answer::Tls(Broken { error: Some(error), stalled: None, wire });
    }
    match sniff(&first) {
        Speaks::Http => Answer::Http { status: first_line(&first), tcp },
        Speaks::Imap | Speaks::Pop3 | Speaks::Smtp | Speaks::Ssh => Answer::Text { first },
        Speaks::Tls | Speaks::Unknown if is_text(&first) => Answer::Text { first },
        Speaks::Tls | Speaks::Unknown => Answer::Binary { error, first },
    }
}

/// A second handle on the same socket, so that the connection outlives a handshake future
/// dropped on a time-out (nothing was read from it, so nothing is lost). Fails only when the
/// socket cannot be taken off the runtime's reactor, which leaves no stream at all.
fn with_spare(tcp: TcpStream) -> io::Result<(TcpStream, Option<std::net::TcpStream>)> {
    let std = tcp.into_std()?;
    let spare = std.try_clone().ok();
    Ok((TcpStream::from_std(std)?, spare))
}

/// Asks once more over TLS 1.2 only, for a server whose handshake failed after its ServerHello
/// with an encrypted (TLS 1.3) certificate: over TLS 1.2 the certificate is sent in the clear
/// before the step that fails. The chain, leaf first, or empty.
pub async fn certificate_over_tls12(
    ctx: &Ctx,
    target: &Target,
    addr: VettedAddr,
) -> Vec<CertificateDer<'static>> {
    let limit = FOLLOW_UP.min(ctx.remaining());
    let Ok(tcp) = tcp::connect(addr, target.port, ctx.timeouts.connect.min(limit)).await else {
        return Vec::new();
    };
    let Ok(name) = server_name(&target.host) else { return Vec::new() };
    let verifier = RecordingVerifier::new(ctx.roots.clone(), Some(ctx.now));
    let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_protocol_versions(&[&rustls::version::TLS12])
        .map(|b| b.dangerous().with_custom_certificate_verifier(verifier).with_no_client_auth());
    let Ok(mut config) = config else { return Vec::new() };
    config.resumption = Resumption::disabled();
    let tap = Tap::new(TAP_BYTES);
    let connect =
        TlsConnector::from(std::sync::Arc::new(config)).connect(name, Recorded::tapped(tcp, tap.clone()));
    let _ = tokio::time::timeout(limit, connect).await;
    let wire = tls_records::read(&tap.bytes());
    ctx.transcript
        .note(&format!("TLS 1.2 follow-up: {} certificate(s) read in the clear", wire.certificates.len()));
    wire.certificates.into_iter().map(CertificateDer::from).collect()
}

/// Text (nine characters in ten printable once decoded as UTF-8), as opposed to binary noise.
fn is_text(bytes: &[u8]) -> bool {
    let text = String::from_utf8_lossy(bytes);
    let total = text.chars().count();
    let noise = text
        .chars()
        .filter(|&c| c == char::REPLACEMENT_CHARACTER || (c.is_control() && !matches!(c, '\t' | '\r' | '\n')))
        .count();
    noise * 10 <= total
}

/// The first line of the server's bytes, printable.
pub fn first_line(bytes: &[u8]) -> String {
    let line = bytes.split(|&b| b == b'\n').next().unwrap_or_default();
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    proto::printable(&String::from_utf8_lossy(line), QUOTE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_told_from_binary_noise() {
        assert!(is_text(b"501 5.5.2 NUL characters are not allowed\r\n"));
        assert!(is_text("* OK Grüße\r\n".as_bytes()));
        assert!(!is_text(b"\x00\x01\x02\x03garbage\xff"));
        assert!(!is_text(&[0xa5; 64]), "high bytes that are not UTF-8 are noise");
    }

    #[test]
    fn a_stall_is_judged_by_the_bytes_so_far() {
        let limit = Duration::from_millis(700);
        assert!(matches!(stalled(b"* ".to_vec(), limit), Answer::Text { .. }));
        assert!(matches!(stalled(vec![0x16, 0x03, 0x03, 0x00, 0x7a, 0x02], limit), Answer::Tls(_)));
        assert!(matches!(stalled(vec![0x00, 0x01, 0xff], limit), Answer::Binary { .. }));
    }

    #[test]
    fn the_first_line_is_quoted_without_its_line_break_or_control_bytes() {
        assert_eq!(first_line(b"HTTP/1.1 400 Bad Request\r\nServer: nginx\r\n"), "HTTP/1.1 400 Bad Request");
        assert_eq!(first_line(b"\x1b[31m+OK"), "\\x1b[31m+OK");
    }

    #[test]
    fn a_broken_answer_says_how_far_the_handshake_got() {
        let wire = |server_hello, certificates: Vec<Vec<u8>>| tls_records::Answer {
            is_tls: true,
            server_hello,
            certificates,
            alert: Some(80),
        };
        let broken = |w| Broken { error: None, stalled: None, wire: w };
        assert!(broken(wire(true, vec![vec![1]])).progress().contains("certificate"));
        assert!(broken(wire(true, vec![])).progress().contains("ServerHello (TLS started)"));
        assert!(broken(wire(false, vec![])).progress().contains("no ServerHello"));
        let stalled =
            Broken { error: None, stalled: Some(Duration::from_millis(700)), wire: wire(true, vec![]) };
        assert_eq!(stalled.describe(), "no TLS answer within 700 ms");
    }
}
