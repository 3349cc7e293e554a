//! The SMTP client: one command, one (possibly multi-line) reply (RFC 5321 §4.2).
//!
//! Every reply is read within one time budget and at most [`ReplyBuilder::MAX_LINES`] lines.
//! A line that is not a reply line is a [`SmtpCut::NotAReply`] error that keeps every line
//! read (no made-up code): the caller quotes them and the classifier reads them.

use std::net::IpAddr;
use std::time::Instant;

use super::{Broke, Clock, Cut, HIDDEN, Upgrade, read_line};
use crate::net::session::{Session, SessionError};
use crate::net::stream::MailStream;
use crate::proto::sasl;
use crate::proto::smtp::{CLIENT_NAME, NotAReply, Reply, ReplyBuilder};

/// The SMTP view of a [`super::Client`].
#[derive(Debug)]
pub struct Smtp<'c> {
    session: &'c mut Session,
    deadline: Option<Instant>,
}

/// Why a reply did not end normally.
#[derive(Debug, thiserror::Error)]
pub enum SmtpCut {
    /// A line that is not an SMTP reply line (no valid `2yz`–`5yz` code).
    #[error("the server answered with something that is not an SMTP reply")]
    NotAReply,
    /// The session failed, the reply went on past its line bound, or the time ran out.
    #[error(transparent)]
    Cut(#[from] Cut),
}

/// A reply that did not end normally, with every line read, as received.
#[derive(Debug, thiserror::Error)]
#[error("{cut}")]
pub struct SmtpError {
    /// Why it ended.
    pub cut: SmtpCut,
    /// The lines read.
    pub lines: Vec<String>,
}

impl SmtpError {
    /// The session error underneath, if that is what ended the reply.
    pub fn session(&self) -> Option<&SessionError> {
        match &self.cut {
            SmtpCut::Cut(Cut::Session(e)) => Some(e),
            _ => None,
        }
    }

    fn at(cut: impl Into<SmtpCut>, lines: Vec<String>) -> SmtpError {
        SmtpError { cut: cut.into(), lines }
    }
}

impl<'c> Smtp<'c> {
    /// A view over `session`; replies must end by `deadline`.
    pub fn new(session: &'c mut Session, deadline: Option<Instant>) -> Smtp<'c> {
        Smtp { session, deadline }
    }

    /// Sends `line` and reads the reply.
    pub async fn command(&mut self, line: &str) -> Result<Reply, SmtpError> {
        self.session.write_line(line).await.map_err(|e| SmtpError::at(Cut::Session(e), Vec::new()))?;
        self.reply().await
    }

    async fn secret(&mut self, line: &str, shown: &str) -> Result<Reply, SmtpError> {
        let sent = self.session.write_secret_line(line, shown).await;
        sent.map_err(|e| SmtpError::at(Cut::Session(e), Vec::new()))?;
        self.reply().await
    }

    /// Reads one reply (to a command already sent, or the next one).
    pub async fn reply(&mut self) -> Result<Reply, SmtpError> {
        let clock = Clock::start(self.session.io_timeout(), self.deadline);
        let mut builder = ReplyBuilder::default();
        let mut lines = Vec::new();
        loop {
            let line = match read_line(self.session, &clock).await {
                Ok(line) => line,
                Err(cut) => return Err(SmtpError::at(cut, lines)),
            };
            let pushed = builder.push(&line);
            lines.push(line);
            match pushed {
                Ok(Some(reply)) => return Ok(reply),
                Ok(None) => {}
                Err(NotAReply::Garbled) => return Err(SmtpError::at(SmtpCut::NotAReply, lines)),
                Err(NotAReply::TooLong) => {
                    return Err(SmtpError::at(Cut::Flood(ReplyBuilder::MAX_LINES), lines));
                }
            }
        }
    }

    /// `EHLO name` (RFC 5321 §4.1.1.1).
    pub async fn ehlo(&mut self, name: &str) -> Result<Reply, SmtpError> {
        self.command(&format!("EHLO {name}")).await
    }

    /// The STARTTLS negotiation (RFC 3207): `EHLO` with this side's address, then
    /// `STARTTLS` when it is offered.
    pub async fn starttls(&mut self) -> Result<Upgrade<Reply, Reply>, Broke<SmtpError>> {
        let name = helo_name(self.session);
        let ehlo = self.ehlo(&name).await.map_err(|error| Broke { step: "EHLO", error })?;
        if !ehlo.is_positive() {
            return Ok(Upgrade::CapabilityRefused(ehlo));
        }
        if !ehlo.has_keyword("STARTTLS") {
            return Ok(Upgrade::NotOffered(ehlo));
        }
        let answer = self.command("STARTTLS").await.map_err(|error| Broke { step: "STARTTLS", error })?;
        Ok(if answer.code.get() == 220 { Upgrade::Go } else { Upgrade::Refused(answer) })
    }

    /// `AUTH PLAIN` with the initial response (RFC 4954); a `334` asks for it again.
    pub async fn auth_plain(&mut self, user: &str, password: &str) -> Result<Reply, SmtpError> {
        let payload = sasl::plain(user, password);
        let line = format!("AUTH PLAIN {payload}");
        let reply = self.secret(&line, &format!("AUTH PLAIN {HIDDEN}")).await?;
        if reply.code.get() != 334 {
            return Ok(reply);
        }
        self.secret(&payload, HIDDEN).await
    }

    /// `AUTH XOAUTH2` or `AUTH OAUTHBEARER` with an access token as the initial response
    /// (RFC 4954, RFC 7628). An error challenge (`334 <base64 JSON>`) is answered with `abort`,
    /// and comes back with the final reply, so the classifier reads both.
    pub async fn auth_oauth(
        &mut self,
        mechanism: &str,
        payload: &str,
        abort: &str,
    ) -> Result<(Reply, Option<String>), SmtpError> {
        let line = format!("AUTH {mechanism} {payload}");
        let reply = self.secret(&line, &format!("AUTH {mechanism} {HIDDEN}")).await?;
        if reply.code.get() != 334 {
            return Ok((reply, None));
        }
        let challenge = format!("334 {}", reply.text());
        let last = self.command(abort).await.map_err(|mut e| {
            e.lines.insert(0, challenge.clone());
            e
        })?;
        Ok((last, Some(challenge)))
    }

    /// `AUTH LOGIN`: the user name and the password as two base64 answers to `334`s.
    pub async fn auth_login(&mut self, user: &str, password: &str) -> Result<Reply, SmtpError> {
        let reply = self.command("AUTH LOGIN").await?;
        if reply.code.get() != 334 {
            return Ok(reply);
        }
        let reply = self.command(&sasl::login_step(user)).await?;
        if reply.code.get() != 334 {
            return Ok(reply);
        }
        self.secret(&sasl::login_step(password), HIDDEN).await
    }

    /// `QUIT`.
    pub async fn quit(&mut self) -> Result<Reply, SmtpError> {
        self.command("QUIT").await
    }
}

/// The EHLO argument for the STARTTLS exchange: this side's address as an RFC 5321 address
/// literal (`[192.0.2.1]`, `[IPv6:…]`), else the reserved client name.
fn helo_name(session: &Session) -> String {
    let local = match session.stream() {
        MailStream::Plain(tcp) => tcp.get_ref().local_addr().ok(),
        MailStream::Tls(_) => None,
    };
    match local.map(|a| a.ip()) {
        Some(IpAddr::V4(ip)) => format!("[{ip}]"),
        Some(IpAddr::V6(ip)) => format!("[IPv6:{ip}]"),
        None => CLIENT_NAME.to_owned(),
    }
}
