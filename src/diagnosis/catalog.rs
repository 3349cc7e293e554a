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
    /// The public reference for mail admins, checked against the registry.
    const FINDINGS_MD: &str = include_str!("../../docs/FINDINGS.md");

    /// Every piece of prose in the catalog with a label saying where it is.
    fn all_prose(catalog: &Catalog) -> Vec<(String, &str)> {
        let mut out = Vec::new();
        for (id, entry) in &catalog.codes {
            out.push((format!("{id} title"), entry.title.as_str()));
            out.push((format!("{id} explanation"), entry.explanation.as_str()));
            for (n, step) in entry.remedy.iter().enumerate() {
                out.push((format!("{id} step {}", n + 1), step.as_str()));
            }
            for (provider, words) in &entry.provider {
                if let Some(explanation) = &words.explanation {
                    out.push((format!("{id}/{provider} explanation"), explanation.as_str()));
                }
                for (n, step) in words.remedy.iter().enumerate() {
                    out.push((format!("{id}/{provider} step {}", n + 1), step.as_str()));
                }
            }
        }
        out
    }

    /// Every list of steps: the generic one and each provider's.
    fn all_step_lists(catalog: &Catalog) -> Vec<(String, &[String])> {
        let mut out = Vec::new();
        for (id, entry) in &catalog.codes {
            out.push((id.clone(), entry.remedy.as_slice()));
            for (provider, words) in &entry.provider {
                out.push((format!("{id}/{provider}"), words.remedy.as_slice()));
            }
        }
        out
    }

    /// The stage tables of FINDINGS.md: (stage name from the `## stage: …` heading, row).
    fn findings_rows() -> Vec<(&'static str, &'static str)> {
        let stages: Vec<&str> = Code::ALL.iter().map(|c| c.stage().name()).collect();
        let mut rows = Vec::new();
        for section in FINDINGS_MD.split("\n## ").skip(1) {
            let Some((stage, _)) = section.split_once(':') else { continue };
            if !stages.contains(&stage) {
                continue;
            }
            rows.extend(section.lines().filter(|l| l.starts_with("| `")).map(|l| (stage, l)));
        }
        rows
    }

    #[test]
    fn every_code_is_documented_in_findings_md_under_its_stage_with_its_severity() {
        let rows = findings_rows();
        for code in Code::ALL {
            let row_start = format!("| `{}` |", code.id());
            let found: Vec<_> = rows.iter().filter(|(_, row)| row.starts_with(&row_start)).collect();
            assert_eq!(
                found.len(),
                1,
                "docs/FINDINGS.md should list {} exactly once in a stage table",
                code.id()
            );
            let (stage, row) = found[0];
            assert_eq!(*stage, code.stage().name(), "FINDINGS.md lists {} under the wrong stage", code.id());
            let severity = format!("{row_start} {} |", code.severity().name());
            assert!(row.starts_with(&severity), "FINDINGS.md gives {} the wrong severity", code.id());
        }
    }

    #[test]
    fn findings_md_documents_no_code_the_registry_lacks() {
        for (_, row) in findings_rows() {
            let id = row.trim_start_matches("| `").split('`').next().unwrap_or_default();
            assert!(Code::from_id(id).is_some(), "FINDINGS.md documents unknown code {id}");
        }
    }

    #[test]
    fn no_step_is_numbered_because_the_renderers_number_them() {
        for (place, steps) in all_step_lists(Catalog::embedded()) {
            for step in steps {
                let lower = step.trim_start().to_lowercase();
                let numbered = lower.starts_with("step ")
                    || lower.split_once(['.', ')', ':']).is_some_and(|(head, _)| {
                        !head.is_empty() && head.chars().all(|c| c.is_ascii_digit())
                    });
                assert!(!numbered, "{place} numbers its own step: {step:?}");
            }
        }
    }

    #[test]
    fn every_step_is_a_full_sentence() {
        for (place, steps) in all_step_lists(Catalog::embedded()) {
            for step in steps {
                let first = step.chars().next().unwrap_or(' ');
                assert!(first.is_uppercase(), "{place} has a step not starting with a capital: {step:?}");
                assert!(step.ends_with('.'), "{place} has a step not ending with a period: {step:?}");
            }
        }
    }

    #[test]
    fn every_remedy_has_two_to_five_steps() {
        for (place, steps) in all_step_lists(Catalog::embedded()) {
            assert!((2..=5).contains(&steps.len()), "{place} has {} steps", steps.len());
        }
    }

    #[test]
    fn no_placeholder_prose_is_left() {
        for (place, text) in all_prose(Catalog::embedded()) {
            assert!(!text.contains("TODO"), "{place} still says TODO: {text:?}");
            assert!(!text.trim().is_empty(), "{place} is empty");
        }
    }

    #[test]
    fn titles_are_one_line_without_a_trailing_period() {
        for (id, entry) in &Catalog::embedded().codes {
            let title = entry.title.as_str();
            assert!(!title.ends_with('.'), "{id} title ends with a period: {title:?}");
            assert_eq!(title, title.trim(), "{id} title has surrounding spaces");
            assert!(!title.contains('\n'), "{id} title spans several lines");
        }
    }

    #[test]
    fn prose_has_no_template_markers_because_dynamic_facts_travel_as_evidence() {
        for (place, text) in all_prose(Catalog::embedded()) {
            for marker in ["{", "}", "$", "%s", "<", ">"] {
                assert!(!text.contains(marker), "{place} contains template marker {marker:?}: {text:?}");
            }
        }
    }

    #[test]
    fn explanations_are_one_to_three_sentences() {
        for (place, text) in all_prose(Catalog::embedded()) {
            if !place.ends_with("explanation") {
                continue;
            }
            let sentences = text.matches(". ").count() + 1;
            assert!(sentences <= 3, "{place} has {sentences} sentences: {text:?}");
            assert!(text.ends_with('.'), "{place} does not end with a period");
        }
    }

    #[test]
    fn known_providers_get_their_own_steps_where_the_provider_changes_the_fix() {
        let required: &[(&str, &[&str])] = &[
            (
                "auth.invalid_credentials",
                &["gmail", "yahoo", "aol", "icloud", "qq", "netease", "outlook", "microsoft365"],
            ),
            ("auth.app_password_required", &["gmail", "yahoo", "aol", "icloud", "qq", "netease"]),
            ("auth.web_login_required", &["gmail", "yahoo", "aol", "icloud", "qq", "netease"]),
            ("auth.basic_auth_disabled", &["outlook", "microsoft365"]),
            ("auth.protocol_disabled", &["gmail", "gmx", "webde"]),
            ("limits.too_many_connections", &["gmail"]),
            ("limits.bandwidth_exceeded", &["gmail"]),
            ("input.webmail_host", &["gmail", "outlook", "yahoo", "icloud"]),
            ("input.email_as_server", &["gmail", "outlook", "yahoo", "icloud"]),
            ("protocol.imap_not_pop3", &["icloud"]),
        ];
        let catalog = Catalog::embedded();
        for (id, providers) in required {
            let code = Code::from_id(id).expect("listed code exists");
            let words = catalog.entry(code);
            for provider in *providers {
                assert_ne!(
                    words.remedy_for(Some(provider)),
                    words.remedy_for(None),
                    "{id} has no steps of its own for {provider}"
                );
            }
        }
    }

    #[test]
    fn dated_policy_facts_are_stated_for_the_providers_they_concern() {
        let catalog = Catalog::embedded();
        let words = |id: &str| catalog.entry(Code::from_id(id).expect("code exists"));
        let outlook = words("auth.basic_auth_disabled").explanation_for(Some("outlook"));
        assert!(outlook.contains("16 September 2024"), "{outlook}");
        let m365 = words("auth.basic_auth_disabled").explanation_for(Some("microsoft365"));
        assert!(m365.contains("late 2022") && m365.contains("end of December 2026"), "{m365}");
        let gmail_imap = words("auth.protocol_disabled").explanation_for(Some("gmail"));
        assert!(gmail_imap.contains("January 2025"), "{gmail_imap}");
        let gmail_limit = words("limits.too_many_connections").explanation_for(Some("gmail"));
        assert!(gmail_limit.contains("15"), "{gmail_limit}");
        let gmail_bytes = words("limits.bandwidth_exceeded").explanation_for(Some("gmail"));
        assert!(gmail_bytes.contains("2,500 MB"), "{gmail_bytes}");
    }

    #[test]
    fn port_confusion_remedies_name_the_setting_to_change_in_the_right_direction() {
        let catalog = Catalog::embedded();
        let steps =
            |id: &str| catalog.entry(Code::from_id(id).expect("code exists")).remedy_for(None).join(" ");
        let plaintext = steps("tls.plaintext_on_tls_port");
        assert!(plaintext.contains("choose STARTTLS") && plaintext.contains("993"), "{plaintext}");
        let tls = steps("tls.tls_on_plaintext_port");
        assert!(tls.starts_with("In your mail app, choose SSL/TLS"), "{tls}");
    }
}
