//! The protocol transcript: every line sent and received, with its time offset.
//!
//! Secrets never enter: commands that carry a password are recorded through
//! [`Transcript::client_redacted`] with a placeholder. The transcript is bounded (line count
//! and line length) so a flooding server cannot grow a report without limit.

use std::sync::{Arc, Mutex};
use std::time::Instant;

use serde::{Deserialize, Serialize};

/// Most lines kept; later lines are counted but dropped.
const MAX_LINES: usize = 400;
/// Longest line kept, in characters; longer lines are cut with a marker.
const MAX_LINE_CHARS: usize = 512;
/// Most text kept in all, in bytes: a flood of long lines cannot make a report large.
const MAX_BYTES: usize = 96 * 1024;

/// Who a line is from.
#[derive(Clone, Copy, Debug, Eq, PartialEq, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// Sent by maildoctor.
    Client,
    /// Received from the server.
    Server,
    /// A note by maildoctor (connect, TLS established, …).
    Note,
}

/// One transcript line.
#[derive(Clone, Debug, Eq, PartialEq, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Line {
    /// Who.
    pub dir: Direction,
    /// Milliseconds since the diagnosis started.
    pub at_ms: u64,
    /// The text (redacted where it carried a secret).
    pub text: String,
}

#[derive(Debug, Default)]
struct Inner {
    lines: Vec<Line>,
    bytes: usize,
    dropped: usize,
}

/// A shared, bounded transcript. Cloning shares the same lines.
#[derive(Clone, Debug)]
pub struct Transcript {
    start: Instant,
    inner: Arc<Mutex<Inner>>,
}

impl Default for Transcript {
    fn default() -> Self {
        Transcript::new(Instant::now())
    }
}

impl Transcript {
    /// A transcript whose offsets count from `start`.
    pub fn new(start: Instant) -> Self {
        Transcript { start, inner: Arc::default() }
    }

    /// Records a line received from the server.
    pub fn server(&self, text: &str) {
        self.push(Direction::Server, text);
    }

    /// Records a line sent to the server (it must not carry a secret).
    pub fn client(&self, text: &str) {
        self.push(Direction::Client, text);
    }

    /// Records a line that carried a secret, as its redacted form.
    pub fn client_redacted(&self, shown: &str) {
        self.push(Direction::Client, shown);
    }

    /// Records a note.
    pub fn note(&self, text: &str) {
        self.push(Direction::Note, text);
    }

    /// The lines so far, plus a note if some were dropped.
    pub fn lines(&self) -> Vec<Line> {
        let inner = self.inner.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let mut lines = inner.lines.clone();
        if inner.dropped > 0 {
            lines.push(Line {
                dir: Direction::Note,
                at_ms: lines.last().map_or(0, |l| l.at_ms),
                text: format!("… {} more lines not kept", inner.dropped),
            });
        }
        lines
    }

    fn push(&self, dir: Direction, text: &str) {
        let at_ms = u64::try_from(self.start.elapsed().as_millis()).unwrap_or(u64::MAX);
        let mut text: String = text.chars().filter(|c| !c.is_control() || *c == '\t').collect();
        if text.chars().count() > MAX_LINE_CHARS {
            text = text.chars().take(MAX_LINE_CHARS).collect();
            text.push_str(" …[cut]");
        }
        let mut inner = self.inner.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if inner.lines.len() < MAX_LINES && inner.bytes + text.len() <= MAX_BYTES {
            inner.bytes += text.len();
            inner.lines.push(Line { dir, at_ms, text });
        } else {
            inner.dropped += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_bounded_in_count_and_length() {
        let t = Transcript::default();
        t.server(&"x".repeat(5000));
        for _ in 0..MAX_LINES + 10 {
            t.client("a NOOP");
        }
        let lines = t.lines();
        assert!(lines[0].text.ends_with("…[cut]"));
        assert!(lines[0].text.len() < 600);
        assert_eq!(lines.len(), MAX_LINES + 1);
        assert!(lines.last().is_some_and(|l| l.text.contains("11 more lines")));
    }
}
