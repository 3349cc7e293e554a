//! The IMAP client: tagged commands out, whole answers in (RFC 9051 §2.2, §7).
//!
//! [`Imap::run`] is the one routine that reads an answer. It sends one command or several
//! (pipelined, RFC 9051 §5.5), then reads until every tag has its tagged status:
//!
//! - untagged lines (`* …`) and lines that carry another tag are kept, in order;
//! - a `+` continuation releases the next part of a command that waits for one (a
//!   synchronising literal, a SASL response); an unexpected one during `AUTHENTICATE` is
//!   answered `*` (cancel, RFC 9051 §6.2.2), so the server ends the command;
//! - a server literal (`{n}` at the end of a line) is read as exactly `n` bytes (at most
//!   [`MAX_LITERAL`]) and folded into the line as a quoted string;
//! - `* BYE` ends the answer (the server is closing), except after `LOGOUT`, where it is
//!   the normal first half of the answer;
//! - at most `max_lines` lines, all within one time budget: a flood, silence or a close
//!   ends the answer with an [`ImapError`] that keeps every line read.

mod answer;
mod command;

use std::collections::VecDeque;
use std::time::{Duration, Instant};

pub use self::answer::{Answer, Done, ImapCut, ImapError, Line};
pub use self::command::Command;
use self::command::{Segment, authenticate_command, login_command};
use super::{Broke, Clock, Cut, Tags, Upgrade, read_line};
use crate::net::session::{Session, SessionError};
use crate::proto::MAX_LIST_LINES;
use crate::proto::imap::{self, Cond, Response, Status};

/// Most lines of one answer, unless the command says otherwise (`EXAMINE` sends about ten,
/// a sign-in a few; a server that sends more is flooding).
pub const MAX_ANSWER_LINES: usize = 256;
/// The largest literal read from a server (mailbox names and the like are short).
pub const MAX_LITERAL: usize = 64 * 1024;
/// Most bytes of a literal kept as text.
const KEEP_LITERAL: usize = 8 * 1024;

/// The IMAP view of a [`super::Client`].
#[derive(Debug)]
pub struct Imap<'c> {
    session: &'c mut Session,
    tags: &'c mut Tags,
    deadline: Option<Instant>,
}

impl<'c> Imap<'c> {
    /// A view over `session`, numbering commands with `tags`; answers must end by `deadline`.
    pub fn new(session: &'c mut Session, tags: &'c mut Tags, deadline: Option<Instant>) -> Imap<'c> {
        Imap { session, tags, deadline }
    }

    /// A fresh tag for a command built by the caller.
    pub fn tag(&mut self) -> String {
        self.tags.next_tag()
    }

    /// Sends `{tag} {rest}` and reads its answer (at most [`MAX_ANSWER_LINES`] lines).
    pub async fn command(&mut self, rest: &str) -> Result<Answer, ImapError> {
        let command = Command::new(self.tag(), rest);
        self.run(vec![command], MAX_ANSWER_LINES, None).await
    }

    /// `CAPABILITY` (RFC 9051 §6.1.1), at most [`MAX_LIST_LINES`] lines.
    pub async fn capability(&mut self) -> Result<Answer, ImapError> {
        let command = Command::new(self.tag(), "CAPABILITY");
        self.run(vec![command], MAX_LIST_LINES, None).await
    }

    /// Reads the answer to `sent`, a command already written outside the client (the
    /// protocol stage's probe), at most `max_lines` lines.
    pub async fn answer_to(&mut self, sent: &str, max_lines: usize) -> Result<Answer, ImapError> {
        let tag = sent.split(' ').next().unwrap_or_default().to_owned();
        self.tags.used(&tag);
        self.run(vec![Command::sent(tag)], max_lines, None).await
    }

    /// `LOGIN user password`, each argument quoted or sent as a literal (8-bit, CR/LF);
    /// without LITERAL+ each literal waits for the server's `+`. The password is recorded as
    /// a placeholder.
    pub async fn login(
        &mut self,
        user: &str,
        password: &str,
        literal_plus: bool,
    ) -> Result<Answer, ImapError> {
        let tag = self.tag();
        let command = login_command(tag, user, password, literal_plus);
        self.run(vec![command], MAX_ANSWER_LINES, None).await
    }

    /// `AUTHENTICATE PLAIN` (RFC 4616), the response on the command line with SASL-IR
    /// (RFC 4959), else after the server's `+`.
    pub async fn authenticate_plain(
        &mut self,
        user: &str,
        password: &str,
        sasl_ir: bool,
    ) -> Result<Answer, ImapError> {
        let command = authenticate_command(self.tag(), user, password, sasl_ir);
        self.run(vec![command], MAX_ANSWER_LINES, None).await
    }

    /// `AUTHENTICATE XOAUTH2` or `OAUTHBEARER` with an access token; an error challenge
    /// (`+ <base64 JSON>`) is kept in the answer and answered with the mechanism's abort
    /// response, so the tagged `NO` follows.
    pub async fn authenticate_oauth(
        &mut self,
        mechanism: &str,
        payload: String,
        sasl_ir: bool,
        abort: &'static str,
    ) -> Result<Answer, ImapError> {
        let command = command::authenticate_oauth_command(self.tag(), mechanism, payload, sasl_ir, abort);
        self.run(vec![command], MAX_ANSWER_LINES, None).await
    }

    /// The STARTTLS negotiation (RFC 9051 §6.2.1): `CAPABILITY`, then `STARTTLS` when it is
    /// offered.
    pub async fn starttls(&mut self) -> Result<Upgrade<Answer, Answer>, Broke<ImapError>> {
        let caps = self.capability().await.map_err(|error| Broke { step: "CAPABILITY", error })?;
        if !caps.is_ok() {
            return Ok(Upgrade::CapabilityRefused(caps));
        }
        if !caps.capabilities().is_some_and(|atoms| atoms.iter().any(|a| a == "STARTTLS")) {
            return Ok(Upgrade::NotOffered(caps));
        }
        let answer = self.command("STARTTLS").await.map_err(|error| Broke { step: "STARTTLS", error })?;
        Ok(if answer.is_ok() { Upgrade::Go } else { Upgrade::Refused(answer) })
    }

    /// `LOGOUT`: `* BYE` then the tagged `OK` (a close after the `BYE` is normal too).
    pub async fn logout(&mut self) -> Result<Answer, ImapError> {
        let command = Command::logout(self.tag());
        self.run(vec![command], MAX_LIST_LINES, None).await
    }

    /// Sends `commands` (pipelined) and reads until each has its tagged status: at most
    /// `max_lines` lines within `budget` (default: the session's I/O timeout), and never
    /// past the client's deadline.
    pub async fn run(
        &mut self,
        commands: Vec<Command>,
        max_lines: usize,
        budget: Option<Duration>,
    ) -> Result<Answer, ImapError> {
        let clock = Clock::start(budget.unwrap_or(self.session.io_timeout()), self.deadline);
        let mut exchange = Exchange::new(&commands);
        let result = self.exchange(&commands, &mut exchange, max_lines, &clock).await;
        match result {
            Ok(()) => Ok(exchange.answer),
            Err(cut) => Err(ImapError { cut, answer: exchange.answer }),
        }
    }

    async fn exchange(
        &mut self,
        commands: &[Command],
        ex: &mut Exchange,
        max_lines: usize,
        clock: &Clock,
    ) -> Result<(), ImapCut> {
        for command in commands {
            for segment in &command.segments {
                ex.queue.push_back((command.tag.clone(), segment.clone()));
            }
        }
        self.release(ex, false).await?;
        let mut read = 0;
        while !ex.waiting.is_empty() {
            let text = self.read_response(clock, &mut read, max_lines).await?;
            match imap::parse_response(&text) {
                Response::Continuation => self.continuation(ex, text).await?,
                Response::Tagged(status) if ex.waiting(&status.tag) => {
                    ex.finish(status, text);
                    self.release(ex, false).await?;
                }
                Response::Condition(status) if status.cond == Cond::Bye && !ex.logout => {
                    ex.answer.untagged.push(Line { text, response: Response::Condition(status.clone()) });
                    return Err(ImapCut::Bye(status));
                }
                response => ex.answer.untagged.push(Line { text, response }),
            }
        }
        Ok(())
    }

    /// A `+`: the next waiting part goes out; an unexpected one during AUTHENTICATE is
    /// cancelled with `*` so the server ends the command.
    async fn continuation(&mut self, ex: &mut Exchange, text: String) -> Result<(), ImapCut> {
        ex.answer.untagged.push(Line { text, response: Response::Continuation });
        if ex.queue.front().is_some_and(|(_, s)| s.wait) {
            return self.release(ex, true).await;
        }
        if ex.sasl && !ex.cancelled {
            ex.cancelled = true;
            self.session.write_line(ex.abort).await.map_err(Cut::Session)?;
        }
        Ok(())
    }

    /// Sends queued parts up to the next one that waits for a `+` (`plus`: a `+` came, so
    /// the first waiting part goes too).
    async fn release(&mut self, ex: &mut Exchange, mut plus: bool) -> Result<(), ImapCut> {
        while let Some((_, segment)) = ex.queue.front() {
            if segment.wait && !plus {
                break;
            }
            plus = false;
            if let Some((_, segment)) = ex.queue.pop_front() {
                let sent = match &segment.shown {
                    Some(shown) => self.session.write_secret_line(&segment.text, shown).await,
                    None => self.session.write_line(&segment.text).await,
                };
                sent.map_err(Cut::Session)?;
            }
        }
        Ok(())
    }

    /// Reads one response: a line, and for each literal it announces the literal's bytes
    /// and the rest of the line.
    async fn read_response(
        &mut self,
        clock: &Clock,
        read: &mut usize,
        max_lines: usize,
    ) -> Result<String, ImapCut> {
        let mut text = self.read_counted(clock, read, max_lines).await?;
        while let Some(marker) = imap::literal_marker(&text) {
            let len = usize::try_from(marker.len).ok().filter(|&n| n <= MAX_LITERAL);
            let Some(len) = len else { return Err(ImapCut::LiteralTooLarge(marker.len)) };
            let limit = clock.next_read()?;
            let literal = match self.session.read_literal(len, KEEP_LITERAL, limit).await {
                Ok(literal) => literal,
                Err(SessionError::Timeout(_)) => return Err(clock.timed_out().into()),
                Err(e) => return Err(Cut::Session(e).into()),
            };
            text.truncate(marker.at);
            text.push_str(&imap::quoted(&literal));
            let rest = self.read_counted(clock, read, max_lines).await?;
            text.push_str(&rest);
        }
        Ok(text)
    }

    async fn read_counted(
        &mut self,
        clock: &Clock,
        read: &mut usize,
        max_lines: usize,
    ) -> Result<String, ImapCut> {
        if *read >= max_lines {
            return Err(Cut::Flood(max_lines).into());
        }
        *read += 1;
        Ok(read_line(self.session, clock).await?)
    }
}

/// The state of one exchange: parts not yet sent, tags not yet answered, what came.
#[derive(Debug)]
struct Exchange {
    queue: VecDeque<(String, Segment)>,
    waiting: Vec<String>,
    sasl: bool,
    abort: &'static str,
    logout: bool,
    cancelled: bool,
    answer: Answer,
}

impl Exchange {
    fn new(commands: &[Command]) -> Exchange {
        Exchange {
            queue: VecDeque::new(),
            waiting: commands.iter().map(|c| c.tag.clone()).collect(),
            sasl: commands.iter().any(|c| c.sasl),
            abort: commands.iter().find(|c| c.sasl).map_or("*", |c| c.abort),
            logout: commands.iter().any(|c| c.logout),
            cancelled: false,
            answer: Answer::default(),
        }
    }

    fn waiting(&self, tag: &str) -> bool {
        self.waiting.iter().any(|t| t.eq_ignore_ascii_case(tag))
    }

    /// The command with `status.tag` is answered: parts of it still queued are dropped (the
    /// server refused instead of saying `+`).
    fn finish(&mut self, status: Status, line: String) {
        self.waiting.retain(|t| !t.eq_ignore_ascii_case(&status.tag));
        self.queue.retain(|(tag, _)| !tag.eq_ignore_ascii_case(&status.tag));
        self.answer.done.push(Done { status, line });
    }
}
