//! The POP3 client: one command, one status line or one dot-terminated answer (RFC 1939).
//!
//! Every answer is read within one time budget and a line bound. A line that is not
//! `+OK`/`-ERR` where a status is due is a [`Pop3Cut::NotAStatus`] error that keeps the line;
//! a multi-line answer that never reaches its `.` is cut after `max_lines` lines, keeping
//! what came.

use std::time::Instant;

use super::{Broke, Clock, Cut, HIDDEN, Upgrade, read_line};
use crate::net::session::{Session, SessionError};
use crate::proto::{self, MAX_LIST_LINES, pop3, sasl};

/// The POP3 view of a [`super::Client`].
#[derive(Debug)]
pub struct Pop3<'c> {
    session: &'c mut Session,
    deadline: Option<Instant>,
}

/// A status line.
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct Reply {
    /// The parsed status.
    pub status: pop3::Status,
    /// The line as received.
    pub line: String,
}

impl Reply {
    /// True for `+OK`.
    pub fn is_ok(&self) -> bool {
        self.status.ok
    }
}

/// A multi-line answer: the status, then (after `+OK`) the lines up to the `.`, unstuffed.
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct Listing {
    /// The first line.
    pub reply: Reply,
    /// The lines between it and the `.` (none after `-ERR`).
    pub lines: Vec<String>,
}

/// Why an answer did not end normally.
#[derive(Debug, thiserror::Error)]
pub enum Pop3Cut {
    /// A line that is neither `+OK` nor `-ERR` where a status was due.
    #[error("the server answered with something that is not POP3")]
    NotAStatus,
    /// The session failed, the answer flooded, or the time ran out.
    #[error(transparent)]
    Cut(#[from] Cut),
}

/// An answer that did not end normally, with every line read (status line first).
#[derive(Debug, thiserror::Error)]
#[error("{cut}")]
pub struct Pop3Error {
    /// Why it ended.
    pub cut: Pop3Cut,
    /// The lines read, as received.
    pub lines: Vec<String>,
}

impl Pop3Error {
    /// The session error underneath, if that is what ended the answer.
    pub fn session(&self) -> Option<&SessionError> {
        match &self.cut {
            Pop3Cut::Cut(Cut::Session(e)) => Some(e),
            _ => None,
        }
    }

    fn at(cut: impl Into<Pop3Cut>, lines: Vec<String>) -> Pop3Error {
        Pop3Error { cut: cut.into(), lines }
    }
}

impl<'c> Pop3<'c> {
    /// A view over `session`; answers must end by `deadline`.
    pub fn new(session: &'c mut Session, deadline: Option<Instant>) -> Pop3<'c> {
        Pop3 { session, deadline }
    }

    /// Sends `line` and reads the status line.
    pub async fn command(&mut self, line: &str) -> Result<Reply, Pop3Error> {
        self.session.write_line(line).await.map_err(|e| Pop3Error::at(Cut::Session(e), Vec::new()))?;
        self.reply().await
    }

    async fn secret(&mut self, line: &str, shown: &str) -> Result<Reply, Pop3Error> {
        let sent = self.session.write_secret_line(line, shown).await;
        sent.map_err(|e| Pop3Error::at(Cut::Session(e), Vec::new()))?;
        self.reply().await
    }

    /// Reads one status line.
    pub async fn reply(&mut self) -> Result<Reply, Pop3Error> {
        let clock = self.clock();
        let line = read_line(self.session, &clock).await.map_err(|cut| Pop3Error::at(cut, Vec::new()))?;
        status(line)
    }

    /// Sends `line` and reads a multi-line answer of at most `max_lines` lines.
    pub async fn multiline(&mut self, line: &str, max_lines: usize) -> Result<Listing, Pop3Error> {
        self.session.write_line(line).await.map_err(|e| Pop3Error::at(Cut::Session(e), Vec::new()))?;
        self.listing(max_lines).await
    }

    /// Reads a multi-line answer to a command already sent (the protocol stage's probe).
    pub async fn listing(&mut self, max_lines: usize) -> Result<Listing, Pop3Error> {
        let clock = self.clock();
        let first = read_line(self.session, &clock).await.map_err(|cut| Pop3Error::at(cut, Vec::new()))?;
        let reply = status(first)?;
        if !reply.is_ok() {
            return Ok(Listing { reply, lines: Vec::new() });
        }
        let mut lines = Vec::new();
        loop {
            if lines.len() >= max_lines {
                return Err(Pop3Error::at(Cut::Flood(max_lines), raw(&reply, lines)));
            }
            match read_line(self.session, &clock).await {
                Ok(line) if pop3::is_terminator(&line) => return Ok(Listing { reply, lines }),
                Ok(line) => lines.push(pop3::unstuff(&line).to_owned()),
                Err(cut) => return Err(Pop3Error::at(cut, raw(&reply, lines))),
            }
        }
    }

    /// `CAPA` (RFC 2449 §5), at most [`MAX_LIST_LINES`] lines.
    pub async fn capa(&mut self) -> Result<Listing, Pop3Error> {
        self.multiline("CAPA", MAX_LIST_LINES).await
    }

    /// The STLS negotiation (RFC 2595 §4): `CAPA`, then `STLS` unless a CAPA list shows it
    /// is not offered (a server without CAPA is asked anyway).
    pub async fn stls(&mut self) -> Result<Upgrade<Listing, Reply>, Broke<Pop3Error>> {
        let capa = self.capa().await.map_err(|error| Broke { step: "CAPA", error })?;
        if capa.reply.is_ok() && !proto::pop3::capa_set(&capa.lines).starttls {
            return Ok(Upgrade::NotOffered(capa));
        }
        let answer = self.command("STLS").await.map_err(|error| Broke { step: "STLS", error })?;
        Ok(if answer.is_ok() { Upgrade::Go } else { Upgrade::Refused(answer) })
    }

    /// `USER` then `PASS`; the final answer (the `USER` answer when that is refused).
    pub async fn user_pass(&mut self, user: &str, password: &str) -> Result<Reply, Pop3Error> {
        let answer = self.command(&format!("USER {user}")).await?;
        if !answer.is_ok() {
            return Ok(answer);
        }
        self.secret(&format!("PASS {password}"), &format!("PASS {HIDDEN}")).await
    }

    /// `AUTH PLAIN` with the initial response (RFC 5034); a server that asks again with an
    /// empty `+` challenge gets the response again.
    pub async fn auth_plain(&mut self, user: &str, password: &str) -> Result<Reply, Pop3Error> {
        let payload = sasl::plain(user, password);
        let line = format!("AUTH PLAIN {payload}");
        let sent = self.session.write_secret_line(&line, &format!("AUTH PLAIN {HIDDEN}")).await;
        sent.map_err(|e| Pop3Error::at(Cut::Session(e), Vec::new()))?;
        let clock = self.clock();
        let first = read_line(self.session, &clock).await.map_err(|cut| Pop3Error::at(cut, Vec::new()))?;
        if first.starts_with('+') && pop3::parse_status(&first).is_none() {
            return self.secret(&payload, HIDDEN).await.map_err(|mut e| {
                e.lines.insert(0, first);
                e
            });
        }
        status(first)
    }

    /// `AUTH XOAUTH2` or `AUTH OAUTHBEARER` with an access token as the initial response
    /// (RFC 5034). An error challenge (`+ <base64 JSON>`) is answered with `abort`, and comes
    /// back with the final status.
    pub async fn auth_oauth(
        &mut self,
        mechanism: &str,
        payload: &str,
        abort: &str,
    ) -> Result<(Reply, Option<String>), Pop3Error> {
        let line = format!("AUTH {mechanism} {payload}");
        let sent = self.session.write_secret_line(&line, &format!("AUTH {mechanism} {HIDDEN}")).await;
        sent.map_err(|e| Pop3Error::at(Cut::Session(e), Vec::new()))?;
        let clock = self.clock();
        let first = read_line(self.session, &clock).await.map_err(|cut| Pop3Error::at(cut, Vec::new()))?;
        if !(first.starts_with('+') && pop3::parse_status(&first).is_none()) {
            return status(first).map(|reply| (reply, None));
        }
        let sent = self.session.write_line(abort).await;
        sent.map_err(|e| Pop3Error::at(Cut::Session(e), vec![first.clone()]))?;
        let clock = self.clock();
        let last =
            read_line(self.session, &clock).await.map_err(|cut| Pop3Error::at(cut, vec![first.clone()]))?;
        status(last).map(|reply| (reply, Some(first)))
    }

    /// `STAT` (RFC 1939 §5).
    pub async fn stat(&mut self) -> Result<Reply, Pop3Error> {
        self.command("STAT").await
    }

    /// `QUIT`.
    pub async fn quit(&mut self) -> Result<Reply, Pop3Error> {
        self.command("QUIT").await
    }

    fn clock(&self) -> Clock {
        Clock::start(self.session.io_timeout(), self.deadline)
    }
}

fn status(line: String) -> Result<Reply, Pop3Error> {
    match pop3::parse_status(&line) {
        Some(status) => Ok(Reply { status, line }),
        None => Err(Pop3Error::at(Pop3Cut::NotAStatus, vec![line])),
    }
}

fn raw(reply: &Reply, lines: Vec<String>) -> Vec<String> {
    std::iter::once(reply.line.clone()).chain(lines).collect()
}
