//! One client per mail protocol over a bounded [`Session`]: commands out, typed answers in.
//!
//! The model is mini-redis' `Connection` and lettre's typed replies: a [`Client`] owns the
//! session, the IMAP tag numbering and an optional deadline, and lends a protocol view,
//! [`Imap`], [`Pop3`] or [`Smtp`], whose methods send a command and read the *whole* answer:
//!
//! - IMAP ([`imap`]): untagged lines, `+` continuations, server literals (`{n}`, bounded),
//!   lines that carry other tags, and the tagged status with a typed response code.
//! - POP3 ([`pop3`]): a status line with a typed `[CODE]`, or a dot-terminated multi-line
//!   answer.
//! - SMTP ([`smtp`]): a multi-line reply with a validated code and enhanced status code.
//!
//! One rule for every answer: it is read within one time budget (the session's I/O timeout,
//! or less when the client's deadline is nearer) and within a line bound; a server that
//! floods, goes quiet, closes, or sends something that is not an answer gives a typed error
//! that keeps every line read so far, for evidence and for the classifier. A password goes
//! on the wire only through [`Session::write_secret_line`], so the transcript shows a
//! placeholder. Nothing here judges an answer: `checks/` does.

pub mod imap;
pub mod pop3;
pub mod smtp;

use std::time::{Duration, Instant};

pub use self::imap::Imap;
pub use self::pop3::Pop3;
pub use self::smtp::Smtp;
use super::session::{Session, SessionError};

/// What the transcript shows instead of a password or a SASL payload carrying one.
pub const HIDDEN: &str = "[password hidden]";

/// IMAP tags for one connection: `a1`, `a2`, … (RFC 9051 §2.2.1: unique per command).
#[derive(Clone, Debug)]
pub struct Tags {
    prefix: char,
    last: u32,
}

impl Tags {
    /// Tags that start with `prefix` (`a` for a diagnosis, `t` for the STARTTLS exchange
    /// before TLS, so a transcript shows which conversation a line belongs to).
    pub const fn new(prefix: char) -> Tags {
        Tags { prefix, last: 0 }
    }

    /// The next unused tag.
    pub fn next_tag(&mut self) -> String {
        self.last = self.last.saturating_add(1);
        format!("{}{}", self.prefix, self.last)
    }

    /// Notes that `tag` was used by a command sent outside the client (the protocol stage's
    /// probe), so it is not handed out again.
    pub fn used(&mut self, tag: &str) {
        let number = tag.strip_prefix(self.prefix).and_then(|n| n.parse::<u32>().ok());
        if let Some(n) = number {
            self.last = self.last.max(n);
        }
    }
}

/// A connection to one mail server: the session, its IMAP tags and an optional deadline.
#[derive(Debug)]
pub struct Client {
    session: Session,
    tags: Tags,
    deadline: Option<Instant>,
}

impl Client {
    /// A client over `session`, with IMAP tags `a1`, `a2`, ….
    pub fn new(session: Session) -> Client {
        Client { session, tags: Tags::new('a'), deadline: None }
    }

    /// The session (to read TLS parameters or the transcript).
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// The session, for a command sent outside the client (the protocol stage's probe).
    pub fn session_mut(&mut self) -> &mut Session {
        &mut self.session
    }

    /// Gives the session back.
    pub fn into_session(self) -> Session {
        self.session
    }

    /// True once TLS is established.
    pub fn is_tls(&self) -> bool {
        self.session.is_tls()
    }

    /// Every answer read from now on must end by `deadline` (a stage's own time budget);
    /// `None` lifts it. A read cut by the deadline fails with [`Cut::Deadline`].
    pub fn set_deadline(&mut self, deadline: Option<Instant>) {
        self.deadline = deadline;
    }

    /// The IMAP view.
    pub fn imap(&mut self) -> Imap<'_> {
        Imap::new(&mut self.session, &mut self.tags, self.deadline)
    }

    /// The POP3 view.
    pub fn pop3(&mut self) -> Pop3<'_> {
        Pop3::new(&mut self.session, self.deadline)
    }

    /// The SMTP view.
    pub fn smtp(&mut self) -> Smtp<'_> {
        Smtp::new(&mut self.session, self.deadline)
    }

    /// Notes an IMAP tag used outside the client (see [`Tags::used`]).
    pub fn tag_used(&mut self, tag: &str) {
        self.tags.used(tag);
    }

    /// Closes the connection politely (best effort, bounded).
    pub async fn shutdown(self) {
        self.session.shutdown().await;
    }
}

/// How a STARTTLS negotiation ended when it did not break (RFC 9051 §6.2.1, RFC 2595 §4,
/// RFC 3207): `C` is the capability answer's type, `A` the upgrade command's.
#[derive(Debug)]
pub enum Upgrade<C, A> {
    /// The server agreed: the TLS handshake comes next.
    Go,
    /// The capability answer does not offer STARTTLS (POP3: `STLS`).
    NotOffered(C),
    /// The capability request itself was refused.
    CapabilityRefused(C),
    /// The STARTTLS (POP3: `STLS`) command was refused.
    Refused(A),
}

/// A STARTTLS negotiation that broke at `step` (`CAPABILITY`, `STARTTLS`, `EHLO`, …).
#[derive(Debug, thiserror::Error)]
#[error("{step}: {error}")]
pub struct Broke<E: std::error::Error + 'static> {
    /// The command being answered.
    pub step: &'static str,
    /// What went wrong, with what was read.
    #[source]
    pub error: E,
}

/// Why an answer was not read to its end.
#[derive(Debug, thiserror::Error)]
pub enum Cut {
    /// The session failed: timeout, close, a line or the session too long, I/O.
    #[error(transparent)]
    Session(#[from] SessionError),
    /// The answer went on past its line bound.
    #[error("the answer went on past {0} lines")]
    Flood(usize),
    /// The client's deadline (a stage's time budget) ran out.
    #[error("the time budget ran out")]
    Deadline,
}

/// When one answer must be complete: its own budget, and the client's deadline if nearer.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Clock {
    /// The answer's own end.
    own: Instant,
    /// Its budget (for the timeout message).
    budget: Duration,
    /// The client's deadline, when set.
    deadline: Option<Instant>,
}

impl Clock {
    pub(crate) fn start(budget: Duration, deadline: Option<Instant>) -> Clock {
        Clock { own: Instant::now() + budget, budget, deadline }
    }

    /// Time for the next read, or why there is none.
    pub(crate) fn next_read(&self) -> Result<Duration, Cut> {
        let now = Instant::now();
        if self.deadline.is_some_and(|d| d <= now) {
            return Err(Cut::Deadline);
        }
        let left = self.own.saturating_duration_since(now);
        if left.is_zero() {
            return Err(Cut::Session(SessionError::Timeout(self.budget)));
        }
        Ok(self.deadline.map_or(left, |d| left.min(d.saturating_duration_since(now))))
    }

    /// A read timed out: the answer's budget, or the deadline, ran out.
    pub(crate) fn timed_out(&self) -> Cut {
        if self.deadline.is_some_and(|d| d <= Instant::now()) {
            Cut::Deadline
        } else {
            Cut::Session(SessionError::Timeout(self.budget))
        }
    }
}

/// Reads one line under `clock`; a timeout is reported as the clock's budget or deadline.
pub(crate) async fn read_line(session: &mut Session, clock: &Clock) -> Result<String, Cut> {
    let limit = clock.next_read()?;
    match session.read_line_within(limit).await {
        Ok(line) => Ok(line),
        Err(SessionError::Timeout(_)) => Err(clock.timed_out()),
        Err(e) => Err(Cut::Session(e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_numbered_and_skip_a_tag_used_outside() {
        let mut tags = Tags::new('a');
        assert_eq!(tags.next_tag(), "a1");
        tags.used("a4");
        assert_eq!(tags.next_tag(), "a5");
        tags.used("z9");
        tags.used("a2");
        assert_eq!(tags.next_tag(), "a6");
        assert_eq!(Tags::new('t').next_tag(), "t1");
    }
}
