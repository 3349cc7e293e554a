//! Reading a server's greeting: the first line(s) it sends, and what they say it speaks.
//!
//! Shared by the `tls` stage (STARTTLS and plain connections read the greeting before any
//! TLS) and the `protocol` stage (implicit TLS reads it after the handshake).

use std::time::{Duration, Instant};

use crate::net::session::{Session, SessionError};
use crate::net::stream::MailStream;
use crate::proto::smtp::ReplyBuilder;
use crate::proto::sniff::{Speaks, sniff};

/// A greeting as received.
#[derive(Clone, Debug)]
pub struct Greeting {
    /// What the first bytes say the server speaks.
    pub speaks: Speaks,
    /// The greeting line(s) (an SMTP greeting may have several).
    pub lines: Vec<String>,
    /// How long the server took to greet.
    pub elapsed: Duration,
}

impl Greeting {
    /// The first line.
    pub fn first(&self) -> &str {
        self.lines.first().map_or("", String::as_str)
    }

    /// Every line joined with a space (for matching and for quoting).
    pub fn text(&self) -> String {
        self.lines.join(" ")
    }
}

/// Why no greeting was read.
#[derive(Debug)]
pub enum NoGreeting {
    /// Nothing arrived in time.
    Silent,
    /// Bytes arrived but no line: the first bytes were TLS (or other binary) data.
    Binary(Speaks),
    /// Text arrived but the greeting never ended (a server that drips its greeting, or closes
    /// in the middle of it).
    Incomplete {
        /// The bytes received.
        bytes: Vec<u8>,
        /// The server closed the connection (rather than going quiet).
        closed: bool,
    },
    /// A multi-line SMTP greeting went past [`ReplyBuilder::MAX_LINES`] lines.
    Endless(Vec<String>),
    /// The server closed the connection without a word.
    Closed,
    /// Another session error (line too long, I/O).
    Failed(SessionError),
}

/// Reads the greeting; `limit` bounds all of it, every line of a multi-line SMTP greeting
/// included.
pub async fn read(session: &mut Session, limit: Duration) -> Result<Greeting, NoGreeting> {
    let started = Instant::now();
    let deadline = started + limit;
    let first = match session.read_line_within(limit).await {
        Ok(line) => line,
        Err(SessionError::Timeout(_)) => return Err(what_came(session, NoGreeting::Silent)),
        Err(SessionError::Closed) => return Err(what_came(session, NoGreeting::Closed)),
        Err(e) => return Err(NoGreeting::Failed(e)),
    };
    let speaks = sniff(first.as_bytes());
    let mut lines = vec![first];
    if speaks == Speaks::Smtp {
        let mut builder = ReplyBuilder::default();
        let mut pushed = builder.push(&lines[0]);
        while let Ok(None) = pushed {
            let left = deadline.saturating_duration_since(Instant::now());
            let line = match session.read_line_within(left).await {
                Ok(line) => line,
                Err(e @ (SessionError::Timeout(_) | SessionError::Closed)) => {
                    let mut bytes = lines.join("\r\n").into_bytes();
                    bytes.extend_from_slice(session.partial_line());
                    return Err(NoGreeting::Incomplete { bytes, closed: matches!(e, SessionError::Closed) });
                }
                Err(e) => return Err(NoGreeting::Failed(e)),
            };
            pushed = builder.push(&line);
            lines.push(line);
        }
        // `Err` is a line that is not an SMTP reply line, or one line too many.
        if pushed.is_err() && lines.len() > ReplyBuilder::MAX_LINES {
            return Err(NoGreeting::Endless(lines));
        }
    }
    Ok(Greeting { speaks, lines, elapsed: started.elapsed() })
}

/// What arrived before a timeout or a close that ended the first line: nothing, TLS or binary
/// bytes, or the beginning of a text line.
fn what_came(session: &Session, nothing: NoGreeting) -> NoGreeting {
    let bytes = match first_bytes(session) {
        Some(bytes) if !bytes.is_empty() => bytes,
        _ => session.partial_line().to_vec(),
    };
    if bytes.is_empty() {
        return nothing;
    }
    let text =
        bytes.iter().all(|&b| b.is_ascii_graphic() || matches!(b, b' ' | b'\t' | b'\r' | b'\n') || b >= 0x80);
    match sniff(&bytes) {
        Speaks::Tls => NoGreeting::Binary(Speaks::Tls),
        _ if text => NoGreeting::Incomplete { bytes, closed: matches!(nothing, NoGreeting::Closed) },
        speaks => NoGreeting::Binary(speaks),
    }
}

/// The first bytes the server sent on a plain connection (`None` once TLS is up: those bytes
/// were TLS records).
pub fn first_bytes(session: &Session) -> Option<Vec<u8>> {
    match session.stream() {
        MailStream::Plain(tcp) => Some(tcp.first_bytes().to_vec()),
        MailStream::Tls(_) => None,
    }
}
