//! Languages: the messages people read, one Fluent file per language and area
//! (`locales/<lang>/*.ftl`, embedded at build time), and the choice of language for a request
//! (docs/I18N.md).
//!
//! A language is offered only when it has every message English has, with the same
//! placeholders (the tests below fail otherwise), so a page is never half translated. Fluent
//! (the `fluent-bundle` crate) gives plural rules and placeholders; its Unicode isolation marks
//! are off because the texts go into HTML and plain text, never into bidirectional layouts
//! that need them. Server quotes, codes and host names are never messages: they are shown as
//! they came.
//!
//! What is localised so far: the page chrome and the check form. The remedy catalog, stage
//! sentences, the report page and the CLI are English only for now.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

/// A language maildoctor speaks.
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq, Hash)]
pub enum Lang {
    /// English (the default and the fallback).
    #[default]
    En,
    /// German.
    De,
}

/// The Fluent sources of one language, in the order they are loaded.
const SOURCES: [(Lang, &[&str]); 2] = [
    (Lang::En, &[include_str!("../locales/en/ui.ftl")]),
    (Lang::De, &[include_str!("../locales/de/ui.ftl")]),
];

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::De];

    /// The BCP 47 tag (`en`, `de`), for `lang=` and `<html lang>`.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
        }
    }

    /// The language's own name, for the picker.
    pub const fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
        }
    }

    /// The language for a tag (`de`, `de-AT`, `DE_de`), by its primary subtag.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The language for a request: `lang=` when it names one, else the best of
    /// `Accept-Language` (RFC 9110 §12.5.4: highest `q` first, in order), else English.
    pub fn negotiate(explicit: Option<&str>, accept_language: Option<&str>) -> Lang {
        if let Some(lang) = explicit.and_then(Lang::from_tag) {
            return lang;
        }
        let Some(header) = accept_language else { return Lang::En };
        let mut ranges: Vec<(f32, usize, &str)> = header
            .split(',')
            .enumerate()
            .filter_map(|(i, part)| {
                let mut pieces = part.split(';');
                let tag = pieces.next()?.trim();
                let q = pieces
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
                (q > 0.0 && !tag.is_empty()).then_some((q, i, tag))
            })
            .collect();
        ranges.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        ranges.into_iter().find_map(|(_, _, tag)| Lang::from_tag(tag)).unwrap_or(Lang::En)
    }

    /// The message `id` in this language (English when this language lacks it, the id itself
    /// when English does too — the tests make both impossible).
    pub fn t(self, id: &str) -> String {
        self.t_with(id, &[])
    }

    /// The message `id` with its placeholders filled (`$provider` → `args`).
    pub fn t_with(self, id: &str, args: &[(&str, &str)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (k, v) in args {
            fluent_args.set(*k, (*v).to_owned());
        }
        let fluent_args = (!args.is_empty()).then_some(&fluent_args);
        [self, Lang::En]
            .into_iter()
            .find_map(|lang| {
                let bundle = bundle(lang);
                let pattern = bundle.get_message(id)?.value()?;
                let mut errors = Vec::new();
                Some(bundle.format_pattern(pattern, fluent_args, &mut errors).into_owned())
            })
            .unwrap_or_else(|| id.to_owned())
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [Bundle; 2] {
    static BUNDLES: OnceLock<[Bundle; 2]> = OnceLock::new();
    BUNDLES.get_or_init(|| SOURCES.map(|(lang, sources)| load(lang, sources)))
}

fn bundle(lang: Lang) -> &'static Bundle {
    let all = bundles();
    match lang {
        Lang::En => &all[0],
        Lang::De => &all[1],
    }
}

/// A bundle from embedded sources; a source that does not parse loses only its broken
/// entries (the tests fail on any).
fn load(lang: Lang, sources: &[&str]) -> Bundle {
    let id: LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    for source in sources {
        let resource = FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(partial, _)| partial);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use super::*;

    /// Message id → the placeholders it uses, for one language's sources.
    fn messages(sources: &[&str]) -> BTreeMap<String, BTreeSet<String>> {
        let mut out = BTreeMap::new();
        for source in sources {
            let resource = FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(_, errors)| {
                panic!("a Fluent source does not parse: {errors:?}");
            });
            for line in source.lines() {
                let Some((id, value)) = line.split_once(" = ") else { continue };
                if id.starts_with('#') || id.starts_with(' ') {
                    continue;
                }
                let placeholders = value
                    .split("{ $")
                    .skip(1)
                    .filter_map(|rest| rest.split([' ', '}']).next())
                    .map(str::to_owned)
                    .collect();
                assert!(out.insert(id.to_owned(), placeholders).is_none(), "{id} twice");
            }
            drop(resource);
        }
        out
    }

    #[test]
    fn every_language_has_every_message_with_the_same_placeholders() {
        let english = messages(SOURCES[0].1);
        assert!(english.len() > 40, "{}", english.len());
        for (lang, sources) in &SOURCES[1..] {
            let other = messages(sources);
            let missing: Vec<_> = english.keys().filter(|id| !other.contains_key(*id)).collect();
            let extra: Vec<_> = other.keys().filter(|id| !english.contains_key(*id)).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{}: missing {missing:?}, extra {extra:?}",
                lang.code()
            );
            for (id, placeholders) in &english {
                assert_eq!(&other[id], placeholders, "{}: {id} has other placeholders", lang.code());
            }
        }
    }

    #[test]
    fn every_message_resolves_in_every_language_without_falling_back() {
        for lang in Lang::ALL {
            for id in messages(SOURCES[0].1).keys() {
                let text = lang.t_with(id, &[("provider", "Gmail")]);
                assert_ne!(&text, id, "{}: {id} does not resolve", lang.code());
                assert!(!text.contains('{'), "{}: {id} left a placeholder: {text}", lang.code());
            }
        }
        assert_eq!(Lang::De.t_with("shortcut-use", &[("provider", "Gmail")]), "Ich nutze Gmail");
        assert_eq!(Lang::En.t("submit"), "Check my settings");
    }

    #[test]
    fn the_language_is_the_explicit_one_else_the_best_accepted_one_else_english() {
        assert_eq!(Lang::negotiate(Some("de"), Some("en")), Lang::De);
        assert_eq!(Lang::negotiate(Some("xx"), Some("de-DE,de;q=0.9,en;q=0.8")), Lang::De);
        assert_eq!(
            Lang::negotiate(None, Some("fr-FR, en;q=0.5, de;q=0.7")),
            Lang::De,
            "q decides, not order"
        );
        assert_eq!(Lang::negotiate(None, Some("de;q=0, en")), Lang::En, "q=0 means not acceptable");
        assert_eq!(Lang::negotiate(None, Some("ja")), Lang::En);
        assert_eq!(Lang::negotiate(None, None), Lang::En);
        assert_eq!(Lang::from_tag("DE_at"), Some(Lang::De));
    }
}
