//! The eight stages of a diagnosis and their outcomes.
//!
//! This module owns the vocabulary shared by every check: which stage ran, how it ended, how
//! long it took and what it found. It holds no I/O and knows nothing of stage order beyond the
//! declaration order of [`Stage`] (which is the spec's order, so `Ord` means "later stage").

use std::time::Duration;

use serde::{Deserialize, Serialize};

pub use crate::model::Stage;

use crate::diagnosis::Finding;
use crate::i18n::{Lang, Text};

/// How a stage ended.
#[derive(Clone, Copy, Debug, Deserialize, Eq, Hash, PartialEq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum StageStatus {
    /// Everything this stage checks is fine.
    Pass,
    /// It worked, with something worth fixing.
    Warn,
    /// It failed; later stages that depend on it are skipped.
    Fail,
    /// It did not run (an earlier stage failed, or it does not apply).
    Skip,
}

impl StageStatus {
    /// The glyph used by the text and HTML renderers.
    pub const fn glyph(self) -> &'static str {
        match self {
            StageStatus::Pass => "✓",
            StageStatus::Warn => "⚠",
            StageStatus::Fail => "✗",
            StageStatus::Skip => "–",
        }
    }

    /// The lowercase public name.
    pub const fn name(self) -> &'static str {
        match self {
            StageStatus::Pass => "pass",
            StageStatus::Warn => "warn",
            StageStatus::Fail => "fail",
            StageStatus::Skip => "skip",
        }
    }
}

/// What one stage produced: its status, time, human detail, structured data and findings.
#[derive(Clone, Debug)]
pub struct StageOutcome {
    /// Which stage this is.
    pub stage: Stage,
    /// How it ended.
    pub status: StageStatus,
    /// Wall-clock time the stage took.
    pub duration: Duration,
    /// One or two plain sentences on what happened, in English.
    pub detail: String,
    /// The same sentence as a message, when it is one, to be said in any language.
    pub words: Option<Box<Text>>,
    /// Structured facts (addresses, timings, capabilities); shown as technical detail.
    pub data: serde_json::Value,
    /// What the stage found.
    pub findings: Vec<Finding>,
}

impl StageOutcome {
    /// An outcome with the status derived from the findings: `fail` if any error, `warn` if
    /// any warning, else `pass`.
    pub fn from_findings(stage: Stage, detail: impl Into<Detail>, findings: Vec<Finding>) -> Self {
        let status = status_for(&findings);
        let Detail { text, words } = detail.into();
        StageOutcome {
            stage,
            status,
            duration: Duration::ZERO,
            detail: text,
            words: words.map(Box::new),
            data: serde_json::Value::Null,
            findings,
        }
    }

    /// A skipped stage with the reason.
    pub fn skipped(stage: Stage, detail: impl Into<Detail>) -> Self {
        let Detail { text, words } = detail.into();
        StageOutcome {
            stage,
            status: StageStatus::Skip,
            duration: Duration::ZERO,
            detail: text,
            words: words.map(Box::new),
            data: serde_json::Value::Null,
            findings: Vec::new(),
        }
    }

    /// Attaches structured data.
    pub fn with_data(mut self, data: serde_json::Value) -> Self {
        self.data = data;
        self
    }

    /// Puts `lead` before the sentence ("This port uses SSL/TLS from the start. …").
    pub fn lead(&mut self, lead: Text) {
        self.detail = format!("{} {}", lead.in_lang(Lang::En), self.detail);
        self.words = self.words.take().map(|words| Box::new(lead.then(*words)));
    }

    /// Overrides the status (for example `fail` without an error finding of its own).
    pub fn with_status(mut self, status: StageStatus) -> Self {
        self.status = status;
        self
    }
}

/// A stage's sentence: English text, and the message it came from when it is one (a sentence
/// not yet made a message stays English in every language; docs/I18N.md).
#[derive(Clone, Debug)]
pub struct Detail {
    /// In English.
    pub text: String,
    /// The message.
    pub words: Option<Text>,
}

impl From<Text> for Detail {
    fn from(words: Text) -> Detail {
        Detail { text: words.in_lang(Lang::En), words: Some(words) }
    }
}

impl From<String> for Detail {
    fn from(text: String) -> Detail {
        Detail { text, words: None }
    }
}

impl From<&str> for Detail {
    fn from(text: &str) -> Detail {
        Detail { text: text.to_owned(), words: None }
    }
}

/// `fail` if any finding is an error, `warn` if any is a warning, otherwise `pass`.
pub fn status_for(findings: &[Finding]) -> StageStatus {
    use crate::diagnosis::Severity;
    match findings.iter().map(|f| f.code.severity()).max() {
        Some(Severity::Error) => StageStatus::Fail,
        Some(Severity::Warning) => StageStatus::Warn,
        Some(Severity::Info) | None => StageStatus::Pass,
    }
}
