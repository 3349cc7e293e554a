//! The remedy catalog: title, explanation and numbered steps for every finding code.
//!
//! The prose lives in `catalog.toml` (embedded at build time) so support staff can edit the
//! words without reading Rust. Provider-specific steps live under `[codes."id".provider.NAME]`
//! and replace the generic ones when the provider is known. No logic and no templating lives in
//! the prose: dynamic facts travel as [`super::Evidence`] and are shown next to the steps.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

use super::Code;

/// The embedded catalog source.
const SOURCE: &str = include_str!("catalog.toml");

/// The whole catalog, keyed by code id.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalog {
    /// One entry per code id.
    pub codes: BTreeMap<String, Entry>,
}

/// The words for one code.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// One line, in plain words ("The server name doesn't exist").
    pub title: String,
    /// A short paragraph saying what this means for the person.
    pub explanation: String,
    /// Ordered steps, Gmail-help style.
    pub remedy: Vec<String>,
    /// A retired code stays listed but is no longer raised.
    #[serde(default)]
    pub retired: bool,
    /// Per-provider replacements, keyed by provider id (`gmail`, `outlook`, …).
    #[serde(default)]
    pub provider: BTreeMap<String, ProviderEntry>,
}

/// Provider-specific words for one code.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProviderEntry {
    /// Replaces the generic explanation when present.
    pub explanation: Option<String>,
    /// Replaces the generic steps.
    pub remedy: Vec<String>,
}

impl Catalog {
    /// Parses a catalog from TOML text.
    pub fn parse(text: &str) -> Result<Catalog, toml::de::Error> {
        toml::from_str(text)
    }

    /// The catalog embedded in the binary, parsed once.
    pub fn embedded() -> &'static Catalog {
        static CATALOG: OnceLock<Catalog> = OnceLock::new();
        CATALOG.get_or_init(|| {
            // The file is compiled in and `catalog_parses_and_matches_the_registry` checks it,
            // so a parse failure here is a build defect, not a runtime condition.
            #[allow(clippy::expect_used)]
            Catalog::parse(SOURCE).expect("embedded catalog.toml is valid (tested)")
        })
    }

    /// The entry for a code. Every code has one (tested), so the fallback never shows.
    pub fn entry(&self, code: Code) -> Words<'_> {
        match self.codes.get(code.id()) {
            Some(entry) => Words { title: &entry.title, explanation: &entry.explanation, entry: Some(entry) },
            None => Words { title: code.id(), explanation: "", entry: None },
        }
    }
}

/// The words for one code, ready to pick provider-specific steps.
#[derive(Clone, Copy, Debug)]
pub struct Words<'a> {
    /// The title.
    pub title: &'a str,
    /// The generic explanation.
    pub explanation: &'a str,
    entry: Option<&'a Entry>,
}

impl<'a> Words<'a> {
    /// The explanation, provider-specific when the provider has its own.
    pub fn explanation_for(&self, provider: Option<&str>) -> &'a str {
        self.provider_entry(provider).and_then(|p| p.explanation.as_deref()).unwrap_or(self.explanation)
    }

    /// The remedy steps, provider-specific when the provider has its own.
    pub fn remedy_for(&self, provider: Option<&str>) -> &'a [String] {
        match (self.provider_entry(provider), self.entry) {
            (Some(p), _) => &p.remedy,
            (None, Some(entry)) => &entry.remedy,
            (None, None) => &[],
        }
    }

    fn provider_entry(&self, provider: Option<&str>) -> Option<&'a ProviderEntry> {
        let entry = self.entry?;
        entry.provider.get(provider?)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    #[test]
    fn catalog_parses_and_matches_the_registry() {
        let catalog = Catalog::parse(SOURCE).expect("catalog.toml parses");
        let registry: BTreeSet<&str> = Code::ALL.iter().map(|c| c.id()).collect();
        let listed: BTreeSet<&str> = catalog.codes.keys().map(String::as_str).collect();
        let missing: Vec<_> = registry.difference(&listed).collect();
        let unknown: Vec<_> = listed.difference(&registry).collect();
        assert!(missing.is_empty(), "codes without catalog prose: {missing:?}");
        assert!(unknown.is_empty(), "catalog entries for unknown codes: {unknown:?}");
    }

    #[test]
    fn every_entry_has_a_title_an_explanation_and_steps() {
        let catalog = Catalog::embedded();
        for (id, entry) in &catalog.codes {
            assert!(!entry.title.trim().is_empty(), "{id} has no title");
            assert!(!entry.explanation.trim().is_empty(), "{id} has no explanation");
            assert!(!entry.remedy.is_empty(), "{id} has no remedy steps");
            for (provider, words) in &entry.provider {
                assert!(
                    crate::providers::Provider::by_id(provider).is_some(),
                    "{id} has steps for unknown provider {provider}"
                );
                assert!(!words.remedy.is_empty(), "{id}/{provider} has no steps");
            }
        }
    }
}
