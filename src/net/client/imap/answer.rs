//! What the IMAP client hands back: a whole answer (the other lines, then one tagged status
//! per command), or an error that keeps everything read before the answer broke off.

use crate::net::client::Cut;
use crate::net::session::SessionError;
use crate::proto::imap::{self, Cond, Response, Status};

/// One line of an answer other than a tagged status of a command sent: untagged data or
/// conditions, continuations, tagged lines for other tags, and lines that are not IMAP.
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct Line {
    /// The line as received, literals folded in as quoted strings.
    pub text: String,
    /// What it is.
    pub response: Response,
}

/// The tagged status that ended one command.
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct Done {
    /// The parsed status.
    pub status: Status,
    /// The line as received.
    pub line: String,
}

/// A whole answer: the other lines, then one tagged status per command, in arrival order.
#[derive(Clone, Debug, Default, Eq, PartialEq)]
pub struct Answer {
    /// Untagged and other lines, in order.
    pub untagged: Vec<Line>,
    /// The tagged statuses.
    pub done: Vec<Done>,
}

impl Answer {
    /// The tagged status of the first command.
    pub fn status(&self) -> Option<&Status> {
        self.done.first().map(|d| &d.status)
    }

    /// True when every command was answered `OK`.
    pub fn is_ok(&self) -> bool {
        !self.done.is_empty() && self.done.iter().all(|d| d.status.cond == Cond::Ok)
    }

    /// The tagged status of the command sent with `tag`.
    pub fn for_tag(&self, tag: &str) -> Option<&Done> {
        self.done.iter().find(|d| d.status.tag.eq_ignore_ascii_case(tag))
    }

    /// Capability atoms, upper-cased, from `* CAPABILITY` lines and `[CAPABILITY …]` codes;
    /// `None` when the answer lists none.
    pub fn capabilities(&self) -> Option<Vec<String>> {
        let lines =
            self.untagged.iter().map(|l| l.text.as_str()).chain(self.done.iter().map(|d| d.line.as_str()));
        let mut atoms: Vec<String> = Vec::new();
        for found in lines.filter_map(imap::capabilities) {
            for atom in found {
                if !atoms.contains(&atom) {
                    atoms.push(atom);
                }
            }
        }
        (!atoms.is_empty()).then_some(atoms)
    }

    /// The untagged data lines (`* LIST …`, `* STATUS …`), literals folded in.
    pub fn data(&self) -> impl Iterator<Item = &str> {
        self.untagged.iter().filter(|l| l.response == Response::Data).map(|l| l.text.as_str())
    }

    /// The untagged conditions (`* OK [ALERT] …`, `* NO …`, `* BAD …`, `* BYE …`).
    pub fn conditions(&self) -> impl Iterator<Item = &Line> {
        self.untagged.iter().filter(|l| matches!(l.response, Response::Condition(_)))
    }

    /// Every line received, as received: the other lines, then the tagged statuses.
    pub fn lines(&self) -> Vec<String> {
        self.untagged.iter().map(|l| l.text.clone()).chain(self.done.iter().map(|d| d.line.clone())).collect()
    }
}

/// Why an answer ended before every command had its tagged status.
#[derive(Debug, thiserror::Error)]
pub enum ImapCut {
    /// The server said `* BYE`: it is closing the session.
    #[error("the server ended the session: {0}")]
    Bye(Status),
    /// The server announced a literal larger than [`super::MAX_LITERAL`].
    #[error("the server announced a literal of {0} bytes")]
    LiteralTooLarge(u64),
    /// The session failed, the answer flooded, or the time ran out.
    #[error(transparent)]
    Cut(#[from] Cut),
}

/// An answer that did not end normally, with everything read before it ended (the `* BYE`
/// line included), for evidence and for the classifier.
#[derive(Debug, thiserror::Error)]
#[error("{cut}")]
pub struct ImapError {
    /// Why it ended.
    pub cut: ImapCut,
    /// What was read.
    pub answer: Answer,
}

impl ImapError {
    /// The session error underneath, if that is what ended the answer.
    pub fn session(&self) -> Option<&SessionError> {
        match &self.cut {
            ImapCut::Cut(Cut::Session(e)) => Some(e),
            _ => None,
        }
    }

    /// True when the server said `* BYE`.
    pub fn is_bye(&self) -> bool {
        matches!(self.cut, ImapCut::Bye(_))
    }
}
