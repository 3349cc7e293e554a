//! The view models of the "settings that should work" cards and of the alternatives tried: what
//! the diagnosis page shows of [`crate::report::SuggestedSettings`] (verified cards apart from
//! suggested ones) and of [`crate::alternatives::Alternatives`]. It only reads the report.

use crate::alternatives::Alternatives;
use crate::discover::summary::diagnose_url;
use crate::i18n::Lang;
use crate::report::{Report, SettingsRow};

/// One card of the "settings that should work" table, in the words of the table.
#[derive(Clone, Debug)]
pub struct SettingsRowView<'a> {
    /// The role's message id ("Incoming mail (IMAP) server").
    pub role_id: &'static str,
    /// Server name.
    pub host: &'a str,
    /// Port.
    pub port: u16,
    /// "Yes (SSL/TLS)", "Yes (STARTTLS)" or "No".
    pub requires_ssl: String,
    /// "Yes" or "No".
    pub requires_sign_in: String,
    /// The user-name form in plain words.
    pub username: String,
    /// True when it answered just now.
    pub verified: bool,
    /// "Verified: answered in 42 ms" or "Not verified".
    pub checked: String,
    /// Where it comes from ("SRV record, standard port").
    pub found_from: String,
    /// A caveat.
    pub note: Option<&'a str>,
    /// The form filled in with this row (no password), to check sign-in with it.
    pub diagnose_url: String,
}

/// One alternative tried, for the technical details.
#[derive(Clone, Debug)]
pub struct AlternativeView<'a> {
    /// "mail.example.com port 993 (SSL/TLS)".
    pub setting: String,
    /// "confirmed", "failed", …
    pub outcome: String,
    /// True when verified.
    pub verified: bool,
    /// What happened.
    pub detail: &'a str,
    /// Milliseconds.
    pub duration_ms: u64,
    /// Where it came from.
    pub found_from: String,
}

/// The settings table's cards: the verified ones, or the suggested ones.
pub fn rows(report: &Report, verified: bool, lang: Lang) -> Vec<SettingsRowView<'_>> {
    let Some(settings) = &report.suggested_settings else { return Vec::new() };
    let rows: Vec<&SettingsRow> =
        if verified { settings.verified().collect() } else { settings.suggested().collect() };
    rows.into_iter()
        .map(|r| SettingsRowView {
            role_id: super::role_id(r.protocol),
            host: &r.host,
            port: r.port,
            requires_ssl: super::requires_ssl(r.security, lang),
            requires_sign_in: lang.t(if r.requires_authentication { "settings-yes" } else { "settings-no" }),
            username: super::row_username(r, lang),
            verified,
            checked: super::checked_words(r, lang),
            found_from: super::found_from(r, lang),
            note: r.note.as_deref(),
            diagnose_url: diagnose_url(r.protocol, &r.host, r.port, r.security),
        })
        .collect()
}

/// Every alternative tried, for the technical details.
pub fn alternatives(alternatives: &Alternatives, lang: Lang) -> Vec<AlternativeView<'_>> {
    alternatives
        .tried
        .iter()
        .map(|a| AlternativeView {
            setting: a.describe_in(lang),
            outcome: lang.t(a.outcome.message_id()),
            verified: a.verified,
            detail: &a.detail,
            duration_ms: a.duration_ms,
            found_from: super::origin_words(&a.sources, lang),
        })
        .collect()
}
