//! The byte streams a session runs over: plain TCP or TLS, both recording their first bytes.
//!
//! [`Recorded`] keeps the first bytes a server sent (up to [`FIRST_BYTES`]). When a TLS
//! handshake fails, those bytes tell a plain-text greeting (`* OK`, `+OK`, `220`) from garbage,
//! which is how `tls.plaintext_on_tls_port` is told apart from other handshake failures without
//! waiting for a greeting before every implicit-TLS handshake.

use std::io;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use tokio_rustls::client::TlsStream;

/// How many of the server's first bytes are kept.
pub const FIRST_BYTES: usize = 256;

/// A stream that remembers the first bytes read from it.
#[derive(Debug)]
pub struct Recorded<S> {
    inner: S,
    first: Vec<u8>,
    tap: Option<Tap>,
}

impl<S> Recorded<S> {
    /// Wraps a stream.
    pub fn new(inner: S) -> Self {
        Recorded { inner, first: Vec::new(), tap: None }
    }

    /// Wraps a stream and also copies what it receives into `tap` (up to the tap's own cap),
    /// which stays readable after the stream is gone.
    pub fn tapped(inner: S, tap: Tap) -> Self {
        Recorded { inner, first: Vec::new(), tap: Some(tap) }
    }

    /// The first bytes received (at most [`FIRST_BYTES`]).
    pub fn first_bytes(&self) -> &[u8] {
        &self.first
    }

    /// The wrapped stream.
    pub fn get_ref(&self) -> &S {
        &self.inner
    }
}

impl<S: AsyncRead + Unpin> AsyncRead for Recorded<S> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        let this = &mut *self;
        let poll = Pin::new(&mut this.inner).poll_read(cx, buf);
        if let Poll::Ready(Ok(())) = poll {
            let room = FIRST_BYTES.saturating_sub(this.first.len());
            let new = &buf.filled()[before..];
            this.first.extend_from_slice(&new[..new.len().min(room)]);
            if let Some(tap) = &this.tap {
                tap.push(new);
            }
        }
        poll
    }
}

/// A shared copy of the first bytes a [`Recorded`] stream receives. A TLS handshake that is
/// abandoned on a time-out drops its stream; the tap still says whether anything (and what)
/// came back, and a probe can keep more bytes than [`FIRST_BYTES`] (a certificate message).
#[derive(Clone, Debug)]
pub struct Tap {
    bytes: Arc<Mutex<Vec<u8>>>,
    cap: usize,
}

impl Tap {
    /// A tap keeping at most `cap` bytes.
    pub fn new(cap: usize) -> Self {
        Tap { bytes: Arc::new(Mutex::new(Vec::new())), cap }
    }

    /// The bytes received so far.
    pub fn bytes(&self) -> Vec<u8> {
        self.bytes.lock().map(|b| b.clone()).unwrap_or_default()
    }

    /// True while nothing has been received.
    pub fn is_empty(&self) -> bool {
        self.bytes.lock().map(|b| b.is_empty()).unwrap_or(true)
    }

    fn push(&self, new: &[u8]) {
        if let Ok(mut bytes) = self.bytes.lock() {
            let room = self.cap.saturating_sub(bytes.len());
            bytes.extend_from_slice(&new[..new.len().min(room)]);
        }
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for Recorded<S> {
    fn poll_write(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.inner).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

/// A TCP connection that records its first bytes.
pub type Tcp = Recorded<TcpStream>;

/// The stream under a session: plain, or TLS over the same TCP connection.
#[derive(Debug)]
pub enum MailStream {
    /// Not encrypted (yet).
    Plain(Tcp),
    /// Encrypted.
    Tls(Box<TlsStream<Tcp>>),
}

impl MailStream {
    /// True once TLS is established.
    pub fn is_tls(&self) -> bool {
        matches!(self, MailStream::Tls(_))
    }
}

impl AsyncRead for MailStream {
    fn poll_read(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            MailStream::Plain(s) => Pin::new(s).poll_read(cx, buf),
            MailStream::Tls(s) => Pin::new(s.as_mut()).poll_read(cx, buf),
        }
    }
}

impl AsyncWrite for MailStream {
    fn poll_write(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        match self.get_mut() {
            MailStream::Plain(s) => Pin::new(s).poll_write(cx, buf),
            MailStream::Tls(s) => Pin::new(s.as_mut()).poll_write(cx, buf),
        }
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            MailStream::Plain(s) => Pin::new(s).poll_flush(cx),
            MailStream::Tls(s) => Pin::new(s.as_mut()).poll_flush(cx),
        }
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            MailStream::Plain(s) => Pin::new(s).poll_shutdown(cx),
            MailStream::Tls(s) => Pin::new(s.as_mut()).poll_shutdown(cx),
        }
    }
}
