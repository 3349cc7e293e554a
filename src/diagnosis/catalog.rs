//! The remedy catalog: title, explanation and numbered steps for every finding code, in every
//! language maildoctor speaks.
//!
//! The prose lives in `locales/<lang>/remedies.ftl` (Fluent, embedded at build time; one
//! message per code: `finding-auth-app_password_required` with `.explanation`, `.step-1`, …
//! and, where a known provider changes the fix, `.gmail-step-1`, … and `.gmail-explanation`),
//! so support staff and translators edit words without reading Rust (docs/I18N.md). No logic
//! and no templating lives in the prose: dynamic facts travel as [`super::Evidence`] and are
//! shown next to the steps.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use super::Code;
use crate::i18n::Lang;

/// The whole catalog of one language, keyed by code id.
#[derive(Debug)]
pub struct Catalog {
    /// One entry per code id.
    pub codes: BTreeMap<&'static str, Entry>,
}

/// The words for one code.
#[derive(Debug, Default)]
pub struct Entry {
    /// One line, in plain words ("The server name doesn't exist").
    pub title: String,
    /// A short paragraph saying what this means for the person.
    pub explanation: String,
    /// Ordered steps, Gmail-help style.
    pub remedy: Vec<String>,
    /// Per-provider replacements, keyed by provider id (`gmail`, `outlook`, …).
    pub provider: BTreeMap<String, ProviderEntry>,
}

/// Provider-specific words for one code.
#[derive(Debug, Default)]
pub struct ProviderEntry {
    /// Replaces the generic explanation when present.
    pub explanation: Option<String>,
    /// Replaces the generic steps.
    pub remedy: Vec<String>,
}

/// The Fluent message id of a code's words: `finding-` and the code with its dot as a dash.
pub fn message_id(code: Code) -> String {
    format!("finding-{}", code.id().replace('.', "-"))
}

impl Catalog {
    /// The catalog of a language, built once from its Fluent messages. A code whose message
    /// the language lacks takes the English one whole (the i18n tests make that impossible).
    pub fn for_lang(lang: Lang) -> &'static Catalog {
        static CATALOGS: OnceLock<Vec<Catalog>> = OnceLock::new();
        let all = CATALOGS.get_or_init(|| Lang::ALL.into_iter().map(Catalog::build).collect());
        let index = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
        &all[index]
    }

    /// The English catalog.
    pub fn embedded() -> &'static Catalog {
        Catalog::for_lang(Lang::En)
    }

    fn build(lang: Lang) -> Catalog {
        let codes = Code::ALL
            .iter()
            .filter_map(|code| {
                let id = message_id(*code);
                let (value, attributes) = lang.message(&id).or_else(|| Lang::En.message(&id))?;
                Some((code.id(), Entry::from_message(value.unwrap_or_default(), attributes)))
            })
            .collect();
        Catalog { codes }
    }

    /// The entry for a code. Every code has one (tested), so the fallback never shows.
    pub fn entry(&self, code: Code) -> Words<'_> {
        match self.codes.get(code.id()) {
            Some(entry) => Words { title: &entry.title, explanation: &entry.explanation, entry: Some(entry) },
            None => Words { title: code.id(), explanation: "", entry: None },
        }
    }
}

impl Entry {
    /// An entry from its message: `explanation`, `step-N`, `PROVIDER-explanation` and
    /// `PROVIDER-step-N` attributes, the steps in the order written (the i18n tests check
    /// that the numbers run 1, 2, 3… in that order).
    fn from_message(title: String, attributes: Vec<(String, String)>) -> Entry {
        let mut entry = Entry { title, ..Entry::default() };
        for (name, text) in attributes {
            let (provider, field) = match name.split_once('-') {
                Some((provider, field)) if provider != "step" => (Some(provider), field),
                _ => (None, name.as_str()),
            };
            let is_step = field.starts_with("step-");
            match provider {
                None if is_step => entry.remedy.push(text),
                None => entry.explanation = text,
                Some(p) => {
                    let words = entry.provider.entry(p.to_owned()).or_default();
                    if is_step {
                        words.remedy.push(text);
                    } else {
                        words.explanation = Some(text);
                    }
                }
            }
        }
        entry
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
            (Some(p), _) if !p.remedy.is_empty() => &p.remedy,
            (_, Some(entry)) => &entry.remedy,
            (_, None) => &[],
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

    /// The English remedy messages' ids.
    fn english_finding_ids() -> BTreeSet<String> {
        let source = include_str!("../../locales/en/remedies.ftl");
        let resource = fluent_syntax::parser::parse(source).expect("remedies.ftl parses");
        resource
            .body
            .iter()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn every_code_has_a_remedy_message_and_every_remedy_message_a_code() {
        let registry: BTreeSet<String> = Code::ALL.iter().map(|c| message_id(*c)).collect();
        let listed = english_finding_ids();
        let missing: Vec<_> = registry.difference(&listed).collect();
        let unknown: Vec<_> = listed.difference(&registry).collect();
        assert!(missing.is_empty(), "codes without remedy prose: {missing:?}");
        assert!(unknown.is_empty(), "remedy messages for unknown codes: {unknown:?}");
    }

    #[test]
    fn every_entry_has_a_title_an_explanation_and_steps_in_every_language() {
        for lang in Lang::ALL {
            let catalog = Catalog::for_lang(lang);
            assert_eq!(catalog.codes.len(), Code::ALL.len(), "{lang}");
            for (id, entry) in &catalog.codes {
                assert!(!entry.title.trim().is_empty(), "{lang}: {id} has no title");
                assert!(!entry.explanation.trim().is_empty(), "{lang}: {id} has no explanation");
                assert!(!entry.remedy.is_empty(), "{lang}: {id} has no remedy steps");
                for (provider, words) in &entry.provider {
                    assert!(
                        crate::providers::Provider::by_id(provider).is_some(),
                        "{lang}: {id} has steps for unknown provider {provider}"
                    );
                    assert!(!words.remedy.is_empty(), "{lang}: {id}/{provider} has no steps");
                }
            }
        }
    }

    #[test]
    fn a_translation_changes_the_words_but_not_the_steps_count_nor_the_english_of_other_languages() {
        let english = Catalog::for_lang(Lang::En);
        for lang in Lang::ALL.into_iter().skip(1) {
            let other = Catalog::for_lang(lang);
            for code in Code::ALL {
                let (en, tr) = (english.entry(*code), other.entry(*code));
                assert_ne!(en.title, tr.title, "{lang}: {} title is not translated", code.id());
                for provider in [None, Some("gmail"), Some("outlook"), Some("icloud"), Some("qq")] {
                    assert_eq!(
                        en.remedy_for(provider).len(),
                        tr.remedy_for(provider).len(),
                        "{lang}: {} {provider:?} has another number of steps",
                        code.id()
                    );
                }
            }
        }
    }

    /// The public reference for mail admins, checked against the registry.
    const FINDINGS_MD: &str = include_str!("../../docs/FINDINGS.md");

    /// Every piece of prose in the catalog with a label saying where it is.
    fn all_prose(lang: Lang) -> Vec<(String, &'static str)> {
        let catalog = Catalog::for_lang(lang);
        let mut out = Vec::new();
        for (id, entry) in &catalog.codes {
            out.push((format!("{lang}: {id} title"), entry.title.as_str()));
            out.push((format!("{lang}: {id} explanation"), entry.explanation.as_str()));
            for (n, step) in entry.remedy.iter().enumerate() {
                out.push((format!("{lang}: {id} step {}", n + 1), step.as_str()));
            }
            for (provider, words) in &entry.provider {
                if let Some(explanation) = &words.explanation {
                    out.push((format!("{lang}: {id}/{provider} explanation"), explanation.as_str()));
                }
                for (n, step) in words.remedy.iter().enumerate() {
                    out.push((format!("{lang}: {id}/{provider} step {}", n + 1), step.as_str()));
                }
            }
        }
        out
    }

    /// Every list of steps: the generic one and each provider's.
    fn all_step_lists(lang: Lang) -> Vec<(String, &'static [String])> {
        let catalog = Catalog::for_lang(lang);
        let mut out = Vec::new();
        for (id, entry) in &catalog.codes {
            out.push((format!("{lang}: {id}"), entry.remedy.as_slice()));
            for (provider, words) in &entry.provider {
                out.push((format!("{lang}: {id}/{provider}"), words.remedy.as_slice()));
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

    /// A full stop in the languages maildoctor speaks (the Chinese one too).
    fn ends_a_sentence(text: &str) -> bool {
        text.ends_with(['.', '。'])
    }

    #[test]
    fn no_step_is_numbered_because_the_renderers_number_them() {
        for (place, steps) in Lang::ALL.into_iter().flat_map(all_step_lists) {
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
        for (place, steps) in Lang::ALL.into_iter().flat_map(all_step_lists) {
            for step in steps {
                let first = step.chars().next().unwrap_or(' ');
                assert!(!first.is_lowercase(), "{place} has a step not starting with a capital: {step:?}");
                assert!(ends_a_sentence(step), "{place} has a step not ending with a full stop: {step:?}");
            }
        }
    }

    #[test]
    fn every_remedy_has_two_to_five_steps() {
        for (place, steps) in Lang::ALL.into_iter().flat_map(all_step_lists) {
            assert!((2..=5).contains(&steps.len()), "{place} has {} steps", steps.len());
        }
    }

    #[test]
    fn no_placeholder_prose_is_left() {
        for (place, text) in Lang::ALL.into_iter().flat_map(all_prose) {
            assert!(!text.contains("TODO"), "{place} still says TODO: {text:?}");
            assert!(!text.trim().is_empty(), "{place} is empty");
        }
    }

    #[test]
    fn titles_are_one_line_without_a_trailing_period() {
        for (id, entry) in Lang::ALL.into_iter().flat_map(|l| Catalog::for_lang(l).codes.iter()) {
            let title = entry.title.as_str();
            assert!(!ends_a_sentence(title), "{id} title ends with a full stop: {title:?}");
            assert_eq!(title, title.trim(), "{id} title has surrounding spaces");
            assert!(!title.contains('\n'), "{id} title spans several lines");
        }
    }

    #[test]
    fn prose_has_no_template_markers_because_dynamic_facts_travel_as_evidence() {
        for (place, text) in Lang::ALL.into_iter().flat_map(all_prose) {
            for marker in ["{", "}", "$", "%s", "<", ">"] {
                assert!(!text.contains(marker), "{place} contains template marker {marker:?}: {text:?}");
            }
        }
    }

    #[test]
    fn explanations_are_one_to_three_sentences() {
        for (place, text) in Lang::ALL.into_iter().flat_map(all_prose) {
            if !place.ends_with("explanation") {
                continue;
            }
            assert!(ends_a_sentence(text), "{place} does not end with a full stop");
            // Sentences are counted in English, the source; translations keep its sentences
            // but may need abbreviations ("z. B.") that a simple count would take for ends.
            if !place.starts_with("en:") {
                continue;
            }
            let sentences = text.matches(". ").count() + 1;
            assert!(sentences <= 3, "{place} has {sentences} sentences: {text:?}");
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
        for lang in Lang::ALL {
            let words = |id: &str| Catalog::for_lang(lang).entry(Code::from_id(id).expect("code exists"));
            let outlook = words("auth.basic_auth_disabled").explanation_for(Some("outlook"));
            assert!(outlook.contains("2024") && outlook.contains("16"), "{lang}: {outlook}");
            let m365 = words("auth.basic_auth_disabled").explanation_for(Some("microsoft365"));
            assert!(m365.contains("2022") && m365.contains("2026"), "{lang}: {m365}");
            let gmail_imap = words("auth.protocol_disabled").explanation_for(Some("gmail"));
            assert!(gmail_imap.contains("2025"), "{lang}: {gmail_imap}");
        }
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
