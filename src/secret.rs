//! The password type: deserialisable, never serialised, never displayed.
//!
//! A [`Password`] has no `Serialize` and no `Display`, and its `Debug` always prints
//! `[redacted]` (also in debug builds, unlike imap-types' `Secret`). The only way to the bytes
//! is [`Password::expose`], used where the password goes onto the wire. [`Password::forms`]
//! lists the shapes it can take in a transcript (raw, base64 of itself, base64 of SASL PLAIN),
//! so the report can scrub them as a second line of defence.

use std::fmt;

use serde::{Deserialize, Deserializer};

/// A password supplied by a person. Never logged, never serialised.
#[derive(Clone, Default, Eq, PartialEq)]
pub struct Password(String);

impl Password {
    /// Wraps a password.
    pub fn new(value: impl Into<String>) -> Self {
        Password(value.into())
    }

    /// The password itself, for the one place that sends it.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// True when nothing was typed.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether this counts as "a password was given": the one definition the diagnosis (which
    /// sends it) and the service's per-account guard (which counts it) both use. Any
    /// non-empty text counts, spaces included: a password is sent exactly as typed, never
    /// trimmed, so a password of spaces is sent and must be counted like any other.
    pub fn is_given(&self) -> bool {
        !self.0.is_empty()
    }

    /// [`Password::is_given`] for an optional password (`None`: not given).
    pub fn given(password: Option<&Password>) -> bool {
        password.is_some_and(Password::is_given)
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

impl<'de> Deserialize<'de> for Password {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(Password)
    }
}

impl Password {
    /// Every form this password can take on the wire, for scrubbing: itself, its base64 (AUTH
    /// LOGIN), SASL PLAIN's base64 of `authzid NUL user NUL password` with and without an
    /// authzid (RFC 4616), and the IMAP quoted string when quoting changes it.
    pub fn forms(&self, username: &str) -> Vec<String> {
        use base64::Engine as _;
        use base64::engine::general_purpose::STANDARD;
        if self.0.is_empty() {
            return Vec::new();
        }
        let mut forms = vec![
            self.0.clone(),
            STANDARD.encode(self.0.as_bytes()),
            STANDARD.encode(format!("\0{username}\0{}", self.0)),
            STANDARD.encode(format!("{username}\0{username}\0{}", self.0)),
        ];
        // The IMAP quoted string the client itself sends (`LOGIN "user" "Tr0ub4dor\"&\\3"`,
        // RFC 9051 §4.3): a server that echoes the command echoes this form.
        let quoted = self.0.replace('\\', "\\\\").replace('"', "\\\"");
        if quoted != self.0 {
            forms.push(quoted);
        }
        forms
    }
}
