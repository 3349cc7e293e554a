//! Findings and their verdict: what the checks saw, reduced to codes plus evidence.
//!
//! Checks produce [`Finding`]s (a [`Code`] plus evidence and, optionally, a settings
//! [`Fix`]); they never write prose. The catalog ([`catalog`]) supplies the words, and
//! [`crate::report::Report::assemble`] joins the two, so every face shows the same text.

pub mod catalog;
pub mod code;
pub mod statics;

use serde::{Deserialize, Serialize};

pub use self::code::Code;
use crate::model::{Protocol, Security};

/// How serious a finding is. Ordered: `Info < Warning < Error`.
#[derive(
    Clone, Copy, Debug, Eq, Hash, Ord, PartialEq, PartialOrd, Deserialize, Serialize, utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Worth knowing; nothing to fix.
    Info,
    /// It works, but something should change.
    Warning,
    /// It does not work until this is fixed.
    Error,
}

impl Severity {
    /// The lowercase public name.
    pub const fn name(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// The overall result of a diagnosis: the highest severity seen.
#[derive(
    Clone, Copy, Debug, Eq, Hash, Ord, PartialEq, PartialOrd, Deserialize, Serialize, utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Nothing to fix.
    Ok,
    /// Works, with warnings.
    Warning,
    /// Does not work.
    Error,
}

impl Verdict {
    /// The verdict for a set of findings.
    pub fn of<'a>(findings: impl IntoIterator<Item = &'a Finding>) -> Verdict {
        match findings.into_iter().map(|f| f.code.severity()).max() {
            Some(Severity::Error) => Verdict::Error,
            Some(Severity::Warning) => Verdict::Warning,
            Some(Severity::Info) | None => Verdict::Ok,
        }
    }

    /// The lowercase public name.
    pub const fn name(self) -> &'static str {
        match self {
            Verdict::Ok => "ok",
            Verdict::Warning => "warning",
            Verdict::Error => "error",
        }
    }
}

/// One fact behind a finding: a server line, certificate names, a timing. Never a password.
#[derive(Clone, Debug, Eq, PartialEq, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    /// What the value is ("server said", "certificate covers", "suggested host").
    pub label: String,
    /// The value itself (in the report's language when it is words of ours).
    pub value: String,
    /// The value as a message, when it is maildoctor's own words ("no answer"), to say it in
    /// another language; a server's quote, a name or a number is never one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_message: Option<crate::i18n::Text>,
}

impl Evidence {
    /// A label and a value as they are.
    pub fn new(label: impl Into<String>, value: impl Into<String>) -> Evidence {
        Evidence { label: label.into(), value: value.into(), value_message: None }
    }

    /// The value in `lang`, when it is a message.
    pub fn reword(&mut self, lang: crate::i18n::Lang) {
        crate::i18n::reword(&mut self.value, self.value_message.as_ref(), lang);
    }
}

/// Settings a finding says should be used instead (the fields that differ from the request).
#[derive(Clone, Debug, Default, Eq, PartialEq, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Fix {
    /// Use this protocol.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub protocol: Option<Protocol>,
    /// Use this host.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    /// Use this port.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub port: Option<u16>,
    /// Use this security mode.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub security: Option<Security>,
}

/// What a check saw: a code, the evidence, and possibly the settings that would fix it.
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct Finding {
    /// The stable code.
    pub code: Code,
    /// Facts shown next to the remedy steps.
    pub evidence: Vec<Evidence>,
    /// Better settings, when the check knows them.
    pub fix: Option<Fix>,
}

impl Finding {
    /// A finding with no evidence yet.
    pub fn new(code: Code) -> Self {
        Finding { code, evidence: Vec::new(), fix: None }
    }

    /// Adds one piece of evidence.
    pub fn with(mut self, label: impl Into<String>, value: impl Into<String>) -> Self {
        self.evidence.push(Evidence::new(label, value));
        self
    }

    /// Attaches evidence whose value is maildoctor's own words ("no answer"): a message, so
    /// the report says it in its reader's language.
    pub fn with_words(mut self, label: impl Into<String>, words: crate::i18n::Text) -> Self {
        self.evidence.push(Evidence {
            label: label.into(),
            value: words.in_lang(crate::i18n::Lang::En),
            value_message: Some(words),
        });
        self
    }

    /// Attaches the settings that would fix it.
    pub fn with_fix(mut self, fix: Fix) -> Self {
        self.fix = Some(fix);
        self
    }
}

/// The first thing to fix: the first error in stage order, else the first warning.
///
/// Findings arrive in stage order because the runner appends them stage by stage, so "first"
/// is simply the earliest in the slice.
pub fn primary(findings: &[Finding]) -> Option<&Finding> {
    findings
        .iter()
        .find(|f| f.code.severity() == Severity::Error)
        .or_else(|| findings.iter().find(|f| f.code.severity() == Severity::Warning))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn primary_is_the_first_error_even_after_a_warning() {
        let findings = vec![
            Finding::new(Code::InputSecurityPortMismatch),
            Finding::new(Code::TlsCertExpiringSoon),
            Finding::new(Code::TlsCertNameMismatch),
            Finding::new(Code::TlsCertExpired),
        ];
        assert_eq!(primary(&findings).map(|f| f.code), Some(Code::TlsCertNameMismatch));
        assert_eq!(Verdict::of(&findings), Verdict::Error);
    }

    #[test]
    fn primary_falls_back_to_the_first_warning_and_info_alone_is_ok() {
        let findings = vec![Finding::new(Code::AuthSkippedNoCredentials), Finding::new(Code::TlsNotUsed)];
        assert_eq!(primary(&findings).map(|f| f.code), Some(Code::TlsNotUsed));
        assert_eq!(Verdict::of(&findings), Verdict::Warning);
        let info = vec![Finding::new(Code::AuthSkippedNoCredentials)];
        assert_eq!(primary(&info), None);
        assert_eq!(Verdict::of(&info), Verdict::Ok);
    }
}
