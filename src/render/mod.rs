//! Renderers: turn a finished [`crate::report::Report`] into text or HTML. They only read it.
//!
//! The few phrasings both faces share (how a settings row reads) live here, so the terminal
//! and the web page say the same thing.

pub mod html;
pub mod text;

use crate::target::Security;

/// "Requires SSL" as the settings table says it (the words of provider help pages).
pub const fn requires_ssl(security: Security) -> &'static str {
    match security {
        Security::Tls => "Yes (SSL/TLS)",
        Security::Starttls => "Yes (STARTTLS)",
        Security::None => "No",
    }
}

/// The user-name form of a settings row in plain words (`full address` → "Your full e-mail
/// address"); `None` means the row does not change it.
pub fn username_form(form: Option<&str>) -> String {
    match form {
        Some("full address") => "Your full e-mail address".to_owned(),
        Some(other) => other.to_owned(),
        None => "Unchanged".to_owned(),
    }
}
