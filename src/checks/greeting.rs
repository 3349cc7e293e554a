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
    /// The server closed the connection without a word.
    Closed,
    /// Another session error (line too long, I/O).
    Failed(SessionError),
}

/// Reads the greeting within `limit`.
pub async fn read(session: &mut Session, limit: Duration) -> Result<Greeting, NoGreeting> {
    let started = Instant::now();
    let first = match session.read_line_within(limit).await {
        Ok(line) => line,
        Err(SessionError::Timeout(_)) => {
            return Err(match first_bytes(session) {
                Some(bytes) if !bytes.is_empty() => NoGreeting::Binary(sniff(&bytes)),
                _ => NoGreeting::Silent,
            });
        }
        Err(SessionError::Closed) => {
            return Err(match first_bytes(session) {
                Some(bytes) if !bytes.is_empty() => NoGreeting::Binary(sniff(&bytes)),
                _ => NoGreeting::Closed,
            });
        }
        Err(e) => return Err(NoGreeting::Failed(e)),
    };
    let speaks = sniff(first.as_bytes());
    let mut lines = vec![first];
    if speaks == Speaks::Smtp {
        let mut builder = ReplyBuilder::default();
        // Bounded: the builder answers `Err` past `ReplyBuilder::MAX_LINES` lines.
        let mut done = matches!(builder.push(&lines[0]), Ok(Some(_)) | Err(_));
        while !done {
            let line = session.read_line().await.map_err(NoGreeting::Failed)?;
            done = matches!(builder.push(&line), Ok(Some(_)) | Err(_));
            lines.push(line);
        }
    }
    Ok(Greeting { speaks, lines, elapsed: started.elapsed() })
}

/// The first bytes the server sent on a plain connection (`None` once TLS is up: those bytes
/// were TLS records).
pub fn first_bytes(session: &Session) -> Option<Vec<u8>> {
    match session.stream() {
        MailStream::Plain(tcp) => Some(tcp.first_bytes().to_vec()),
        MailStream::Tls(_) => None,
    }
}
