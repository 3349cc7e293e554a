//! A line-oriented session over a [`MailStream`]: bounded reads, timed operations, transcript.
//!
//! Every read goes through [`Session::read_line`], which caps the line length
//! ([`MAX_LINE`]) and the total bytes of the session ([`MAX_TOTAL`]) and runs under a timeout,
//! so a hostile server that sends an endless line, floods, or says nothing cannot hang or
//! exhaust maildoctor. Every line in or out is recorded in the [`Transcript`]; lines carrying
//! a secret are recorded only in their redacted form.

use std::time::Duration;

use thiserror::Error;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

use super::stream::{MailStream, Tcp};
use crate::transcript::Transcript;

/// Longest line accepted from a server (RFC 5321 allows 512 for SMTP replies, IMAP lines can
/// be longer with capability lists; 8 KiB covers every real greeting with room to spare).
pub const MAX_LINE: usize = 8 * 1024;
/// Most bytes read from one server in one session.
pub const MAX_TOTAL: usize = 1024 * 1024;

/// What went wrong reading or writing.
#[derive(Debug, Error)]
pub enum SessionError {
    /// Nothing (or no full line) arrived in time.
    #[error("no answer within {0:?}")]
    Timeout(Duration),
    /// The line exceeded [`MAX_LINE`] bytes.
    #[error("the server sent a line longer than {MAX_LINE} bytes")]
    LineTooLong,
    /// The session exceeded [`MAX_TOTAL`] bytes.
    #[error("the server sent more than {MAX_TOTAL} bytes")]
    TooMuchData,
    /// The server closed the connection.
    #[error("the server closed the connection")]
    Closed,
    /// The server sent bytes right after agreeing to STARTTLS, before the TLS handshake: they
    /// would be injected into the encrypted session (CVE-2011-0411 class), so the upgrade stops.
    #[error("the server sent data after agreeing to STARTTLS ({0} bytes)")]
    PipelinedAfterStarttls(usize),
    /// A command line to send holds CR, LF or NUL: it would split into more commands than the
    /// one maildoctor means to send (a user name `alice\r\nPASS guess` is two POP3 commands),
    /// so nothing is sent.
    #[error("a command may not contain a line break or a NUL character")]
    Unsendable,
    /// Any other I/O error.
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

/// Turns the bytes of one received line (or literal) into text: the one place where server
/// bytes become a `String`. UTF-8 stays as it is; a line in a legacy encoding (GBK from QQ or
/// NetEase, KOI8-R, windows-1251, Latin-1) is decoded by the encoding it is most likely in
/// ([`crate::proto::text::decode`]), so the classifier can read its words; what still does
/// not fit becomes U+FFFD, never dropped silently. Longer non-UTF-8 text (a large literal) is
/// decoded lossily as UTF-8, whole, so nothing is cut.
fn decode(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) if bytes.len() <= crate::proto::text::MAX_BYTES => crate::proto::text::decode(bytes),
        Err(_) => String::from_utf8_lossy(bytes).into_owned(),
    }
}

/// A session with one server.
#[derive(Debug)]
pub struct Session {
    reader: BufReader<MailStream>,
    transcript: Transcript,
    io_timeout: Duration,
    total: usize,
    partial: Vec<u8>,
}

impl Session {
    /// Starts a session; `io_timeout` bounds each read and write.
    pub fn new(stream: MailStream, transcript: Transcript, io_timeout: Duration) -> Self {
        Session { reader: BufReader::new(stream), transcript, io_timeout, total: 0, partial: Vec::new() }
    }

    /// The transcript this session records into.
    pub fn transcript(&self) -> &Transcript {
        &self.transcript
    }

    /// The per-operation timeout.
    pub fn io_timeout(&self) -> Duration {
        self.io_timeout
    }

    /// The underlying stream (to read TLS parameters).
    pub fn stream(&self) -> &MailStream {
        self.reader.get_ref()
    }

    /// True once TLS is established.
    pub fn is_tls(&self) -> bool {
        self.reader.get_ref().is_tls()
    }

    /// Reads one line (without CR LF) within the session's timeout.
    pub async fn read_line(&mut self) -> Result<String, SessionError> {
        self.read_line_within(self.io_timeout).await
    }

    /// Reads one line within `limit`. Non-UTF-8 bytes are decoded lossily.
    pub async fn read_line_within(&mut self, limit: Duration) -> Result<String, SessionError> {
        let line = tokio::time::timeout(limit, self.read_line_bounded())
            .await
            .map_err(|_| SessionError::Timeout(limit))??;
        self.transcript.server(&line);
        Ok(line)
    }

    /// Reads one line into `self.partial`. Cancel-safe: the line under construction lives in
    /// the session, not in this future, so a timeout in the middle of a line (a server that
    /// pauses inside its greeting) loses nothing, and the next read continues the same line.
    async fn read_line_bounded(&mut self) -> Result<String, SessionError> {
        loop {
            let chunk = match self.reader.fill_buf().await {
                Ok(chunk) => chunk,
                // rustls reports a peer that closed without close_notify as UnexpectedEof:
                // that is a closed connection (most servers do it), not an I/O fault.
                Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => return Err(SessionError::Closed),
                Err(e) => return Err(e.into()),
            };
            if chunk.is_empty() {
                // Closed, possibly in the middle of a line: that half line is not a line
                // (it stays readable through `partial_line` for evidence).
                return Err(SessionError::Closed);
            }
            let (take, done) = match chunk.iter().position(|&b| b == b'\n') {
                Some(i) => (i + 1, true),
                None => (chunk.len(), false),
            };
            let room = MAX_LINE - self.partial.len();
            self.partial.extend_from_slice(&chunk[..take.min(room)]);
            self.reader.consume(take);
            self.total += take;
            if self.total > MAX_TOTAL {
                return Err(SessionError::TooMuchData);
            }
            if take > room {
                return Err(SessionError::LineTooLong);
            }
            if done {
                break;
            }
        }
        let mut line = std::mem::take(&mut self.partial);
        while matches!(line.last(), Some(b'\n' | b'\r')) {
            line.pop();
        }
        Ok(decode(&line))
    }

    /// Reads exactly `len` raw bytes (an IMAP literal, RFC 9051 §4.3) within `limit`, keeping
    /// at most `keep` of them as text and recording that text in the transcript.
    ///
    /// The bytes count towards [`MAX_TOTAL`] like lines do. Unlike [`Session::read_line`]
    /// this read is not cancel-safe: a timeout in the middle of a literal leaves the
    /// conversation out of step, and callers stop talking to the server after any error.
    pub async fn read_literal(
        &mut self,
        len: usize,
        keep: usize,
        limit: Duration,
    ) -> Result<String, SessionError> {
        let text = tokio::time::timeout(limit, self.read_exact_bounded(len, keep))
            .await
            .map_err(|_| SessionError::Timeout(limit))??;
        self.transcript.server(&text);
        Ok(text)
    }

    async fn read_exact_bounded(&mut self, len: usize, keep: usize) -> Result<String, SessionError> {
        if !self.partial.is_empty() {
            // A literal follows a complete line; a half line here means the caller is out of step.
            return Err(SessionError::Io(std::io::Error::other("a literal inside an unfinished line")));
        }
        let mut kept = Vec::with_capacity(keep.min(len).min(MAX_LINE));
        let mut left = len;
        while left > 0 {
            let chunk = match self.reader.fill_buf().await {
                Ok(chunk) => chunk,
                Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => return Err(SessionError::Closed),
                Err(e) => return Err(e.into()),
            };
            if chunk.is_empty() {
                return Err(SessionError::Closed);
            }
            let take = chunk.len().min(left);
            let room = keep.saturating_sub(kept.len());
            kept.extend_from_slice(&chunk[..take.min(room)]);
            self.reader.consume(take);
            self.total += take;
            left -= take;
            if self.total > MAX_TOTAL {
                return Err(SessionError::TooMuchData);
            }
        }
        Ok(decode(&kept))
    }

    /// The bytes of a line that has begun but not ended (after a timeout or a close).
    pub fn partial_line(&self) -> &[u8] {
        &self.partial
    }

    /// Sends one line (CR LF added) and records it. It must not carry a secret.
    pub async fn write_line(&mut self, line: &str) -> Result<(), SessionError> {
        // The one place every command goes through: a line break inside it would be a second
        // command (and the transcript would misstate what was sent).
        if line.contains(['\r', '\n', '\0']) {
            return Err(SessionError::Unsendable);
        }
        self.transcript.client(line);
        self.write_raw(line).await
    }

    /// Sends a line that carries a secret; only `shown` is recorded.
    pub async fn write_secret_line(&mut self, line: &str, shown: &str) -> Result<(), SessionError> {
        self.transcript.client_redacted(shown);
        self.write_raw(line).await
    }

    async fn write_raw(&mut self, line: &str) -> Result<(), SessionError> {
        let mut bytes = Vec::with_capacity(line.len() + 2);
        bytes.extend_from_slice(line.as_bytes());
        bytes.extend_from_slice(b"\r\n");
        let limit = self.io_timeout;
        let stream = self.reader.get_mut();
        tokio::time::timeout(limit, async {
            stream.write_all(&bytes).await?;
            stream.flush().await
        })
        .await
        .map_err(|_| SessionError::Timeout(limit))??;
        Ok(())
    }

    /// Gives back the plain TCP connection for a STARTTLS upgrade.
    ///
    /// Refuses when the server already sent bytes past the STARTTLS answer: those would be
    /// processed as if they came through TLS. Returns the session unchanged if it is already
    /// TLS (nothing to upgrade).
    pub fn into_plain(self) -> Result<Tcp, Box<(Self, SessionError)>> {
        let pipelined = self.reader.buffer().len() + self.partial.len();
        if pipelined > 0 {
            return Err(Box::new((self, SessionError::PipelinedAfterStarttls(pipelined))));
        }
        let transcript = self.transcript;
        let io_timeout = self.io_timeout;
        let total = self.total;
        let partial = self.partial;
        match self.reader.into_inner() {
            MailStream::Plain(tcp) => Ok(tcp),
            stream @ MailStream::Tls(_) => Err(Box::new((
                Session { reader: BufReader::new(stream), transcript, io_timeout, total, partial },
                SessionError::Io(std::io::Error::other("already encrypted")),
            ))),
        }
    }

    /// Closes the connection politely (best effort, bounded by the timeout).
    pub async fn shutdown(mut self) {
        // A TLS close_notify is one small write; a server that stops reading must not hold it.
        let limit = self.io_timeout.min(Duration::from_millis(500));
        let _ = tokio::time::timeout(limit, self.reader.get_mut().shutdown()).await;
    }
}

#[cfg(test)]
mod tests {
    use tokio::io::AsyncWriteExt;
    use tokio::net::{TcpListener, TcpStream};

    use super::*;
    use crate::net::stream::Recorded;

    async fn pair() -> (Session, TcpStream) {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        let client = TcpStream::connect(addr).await.expect("connect");
        let (server, _) = listener.accept().await.expect("accept");
        let stream = MailStream::Plain(Recorded::new(client));
        (Session::new(stream, Transcript::default(), Duration::from_millis(300)), server)
    }

    #[tokio::test]
    async fn lines_are_read_without_crlf_and_recorded() {
        let (mut s, mut server) = pair().await;
        // The second line is KOI8-R ("Привет"): decoded by its encoding, not replaced.
        server.write_all(b"* OK ready\r\n+OK \xf0\xd2\xc9\xd7\xc5\xd4\r\n").await.expect("write");
        assert_eq!(s.read_line().await.expect("line"), "* OK ready");
        assert_eq!(s.read_line().await.expect("line"), "+OK Привет");
        assert_eq!(s.transcript().lines().len(), 2);
    }

    #[tokio::test]
    async fn a_command_with_a_line_break_or_nul_is_never_sent() {
        let (mut s, mut server) = pair().await;
        for line in ["USER alice\r\nPASS guess", "USER alice\nPASS guess", "USER a\0b"] {
            assert!(matches!(s.write_line(line).await, Err(SessionError::Unsendable)), "{line:?}");
        }
        s.write_line("NOOP").await.expect("a plain line goes out");
        let mut got = vec![0u8; 64];
        let n = tokio::io::AsyncReadExt::read(&mut server, &mut got).await.expect("read");
        assert_eq!(&got[..n], b"NOOP\r\n", "only the plain line reached the server");
        assert_eq!(s.transcript().lines().len(), 1, "nothing unsent is recorded");
    }

    #[tokio::test]
    async fn an_endless_line_stops_at_the_cap() {
        let (mut s, mut server) = pair().await;
        tokio::spawn(async move {
            let chunk = vec![b'x'; 4096];
            for _ in 0..64 {
                if server.write_all(&chunk).await.is_err() {
                    break;
                }
            }
        });
        assert!(matches!(s.read_line().await, Err(SessionError::LineTooLong)));
    }

    #[tokio::test]
    async fn silence_times_out_and_close_is_reported() {
        let (mut s, server) = pair().await;
        assert!(matches!(s.read_line().await, Err(SessionError::Timeout(_))));
        drop(server);
        assert!(matches!(s.read_line().await, Err(SessionError::Closed)));
    }

    #[tokio::test]
    async fn bytes_pipelined_after_starttls_refuse_the_upgrade() {
        let (mut s, mut server) = pair().await;
        server.write_all(b"a OK Begin TLS\r\n* injected\r\n").await.expect("write");
        s.read_line().await.expect("line");
        let err = s.into_plain().map(|_| ()).map_err(|b| b.1);
        assert!(matches!(err, Err(SessionError::PipelinedAfterStarttls(_))));
    }

    #[tokio::test]
    async fn a_line_split_by_a_timeout_is_completed_by_the_next_read() {
        let (mut s, mut server) = pair().await;
        server.write_all(b"* OK hal").await.expect("write");
        assert!(matches!(s.read_line().await, Err(SessionError::Timeout(_))));
        assert_eq!(s.partial_line(), b"* OK hal");
        server.write_all(b"f a greeting\r\n").await.expect("write");
        assert_eq!(s.read_line().await.expect("line"), "* OK half a greeting");
    }

    #[tokio::test]
    async fn a_close_in_the_middle_of_a_line_is_closed_not_a_line() {
        let (mut s, mut server) = pair().await;
        server.write_all(b"+OK Dove").await.expect("write");
        drop(server);
        assert!(matches!(s.read_line().await, Err(SessionError::Closed)));
        assert_eq!(s.partial_line(), b"+OK Dove");
    }

    #[tokio::test]
    async fn a_literal_is_read_to_its_exact_length_keeping_at_most_what_is_asked() {
        let (mut s, mut server) = pair().await;
        server.write_all(b"Gr\xc3\xbc\xc3\x9fe (MESSAGES 3)\r\n").await.expect("write");
        let literal = s.read_literal(7, 64, Duration::from_millis(300)).await.expect("literal");
        assert_eq!(literal, "Grüße");
        assert_eq!(s.read_line().await.expect("rest"), " (MESSAGES 3)");
        server.write_all(&[b'x'; 100]).await.expect("write");
        let kept = s.read_literal(100, 10, Duration::from_millis(300)).await.expect("literal");
        assert_eq!(kept, "x".repeat(10), "the rest is read but not kept");
        assert_eq!(s.transcript().lines().iter().filter(|l| l.text == "Grüße").count(), 1);
    }

    #[tokio::test]
    async fn a_literal_counts_towards_the_session_total_and_a_short_one_is_a_close() {
        let (mut s, mut server) = pair().await;
        tokio::spawn(async move {
            let chunk = vec![b'y'; 64 * 1024];
            for _ in 0..20 {
                if server.write_all(&chunk).await.is_err() {
                    break;
                }
            }
        });
        let result = s.read_literal(MAX_TOTAL + 1, 16, Duration::from_secs(2)).await;
        assert!(matches!(result, Err(SessionError::TooMuchData)), "{result:?}");

        let (mut s, mut server) = pair().await;
        server.write_all(b"abc").await.expect("write");
        drop(server);
        let result = s.read_literal(10, 16, Duration::from_millis(300)).await;
        assert!(matches!(result, Err(SessionError::Closed)), "{result:?}");
    }
}
