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
//! Every page, the remedy catalog, stage sentences, evidence labels, the ticket summary and the
//! CLI's text are messages; what is still English is listed in docs/I18N.md.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use intl_memoizer::concurrent::IntlLangMemoizer;
use unic_langid::LanguageIdentifier;

/// A language maildoctor speaks.
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// English (the default and the fallback).
    #[default]
    En,
    /// German.
    De,
    /// Spanish.
    Es,
    /// French.
    Fr,
    /// Italian.
    It,
    /// Dutch.
    Nl,
    /// Polish.
    Pl,
    /// Portuguese (Brazil).
    PtBr,
    /// Simplified Chinese (mainland China).
    ZhCn,
}

/// The Fluent sources of one language, in the order they are loaded: the page chrome and the
/// form, the report's labels and sentences, the remedy catalog.
macro_rules! sources {
    ($tag:literal) => {
        &[
            include_str!(concat!("../locales/", $tag, "/ui.ftl")),
            include_str!(concat!("../locales/", $tag, "/report.ftl")),
            include_str!(concat!("../locales/", $tag, "/evidence.ftl")),
            include_str!(concat!("../locales/", $tag, "/pages.ftl")),
            include_str!(concat!("../locales/", $tag, "/stages.ftl")),
            include_str!(concat!("../locales/", $tag, "/desk.ftl")),
            include_str!(concat!("../locales/", $tag, "/remedies.ftl")),
        ]
    };
}

/// Every language with its tag, its own name and its sources, in [`Lang`] order.
const LANGUAGES: [(Lang, &str, &str, &[&str]); 9] = [
    (Lang::En, "en", "English", sources!("en")),
    (Lang::De, "de", "Deutsch", sources!("de")),
    (Lang::Es, "es", "Español", sources!("es")),
    (Lang::Fr, "fr", "Français", sources!("fr")),
    (Lang::It, "it", "Italiano", sources!("it")),
    (Lang::Nl, "nl", "Nederlands", sources!("nl")),
    (Lang::Pl, "pl", "Polski", sources!("pl")),
    (Lang::PtBr, "pt-BR", "Português (Brasil)", sources!("pt-BR")),
    (Lang::ZhCn, "zh-CN", "简体中文", sources!("zh-CN")),
];

// Each language sits at its own index (`Lang::index`), checked when the crate compiles.
const _: () = {
    let mut i = 0;
    while i < LANGUAGES.len() {
        assert!(LANGUAGES[i].0 as usize == i, "LANGUAGES must list the languages in Lang order");
        i += 1;
    }
};

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; LANGUAGES.len()] = {
        let mut all = [Lang::En; LANGUAGES.len()];
        let mut i = 0;
        while i < all.len() {
            all[i] = LANGUAGES[i].0;
            i += 1;
        }
        all
    };

    const fn index(self) -> usize {
        self as usize
    }

    /// The BCP 47 tag (`en`, `de`, `pt-BR`, `zh-CN`), for `lang=` and `<html lang>`.
    pub const fn code(self) -> &'static str {
        LANGUAGES[self.index()].1
    }

    /// The language's own name, for the picker.
    pub const fn name(self) -> &'static str {
        LANGUAGES[self.index()].2
    }

    /// The language for a tag (`de`, `de-AT`, `DE_de`, `pt-PT`, `zh-Hans-CN`), by its primary
    /// subtag; Chinese only when the tag does not ask for Traditional characters (`zh-TW`,
    /// `zh-Hant` are not Simplified Chinese, so they fall through to the next choice).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim().replace('_', "-").to_ascii_lowercase();
        let mut subtags = tag.split('-');
        let primary = subtags.next()?;
        if primary == "zh" && subtags.any(|s| matches!(s, "hant" | "tw" | "hk" | "mo")) {
            return None;
        }
        Lang::ALL
            .into_iter()
            .find(|l| l.code().split('-').next().is_some_and(|p| p.eq_ignore_ascii_case(primary)))
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

    /// The language of the process's locale (`LC_ALL`, then `LC_MESSAGES`, then `LANG`, as
    /// POSIX orders them; `C` and `POSIX` mean English), for the CLI.
    pub fn from_env(get: impl Fn(&str) -> Option<String>) -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .find_map(|var| get(var).filter(|v| !v.is_empty()))
            .and_then(|locale| {
                let tag = locale.split(['.', '@']).next().unwrap_or_default().to_owned();
                Lang::from_tag(&tag)
            })
            .unwrap_or(Lang::En)
    }

    /// The message `id` in this language (English when this language lacks it, the id itself
    /// when English does too — the tests make both impossible).
    pub fn t(self, id: &str) -> String {
        self.t_with(id, &[])
    }

    /// The message `id` with its placeholders filled (`$provider` → `args`).
    pub fn t_with(self, id: &str, args: &[(&str, &str)]) -> String {
        let fluent_args = fluent_args(args);
        self.format(id, (!args.is_empty()).then_some(&fluent_args)).unwrap_or_else(|| id.to_owned())
    }

    /// The message `id` in this language, else in English; `None` when English lacks it too.
    fn format(self, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        [self, Lang::En].into_iter().find_map(|lang| {
            let bundle = bundle(lang);
            let pattern = bundle.get_message(id)?.value()?;
            let mut errors = Vec::new();
            Some(bundle.format_pattern(pattern, args, &mut errors).into_owned())
        })
    }

    /// The message `id` with a number `$count`: Fluent picks the plural form (`{ $count ->
    /// [one] … *[other] … }`) by this language's rules.
    pub fn t_count(self, id: &str, count: impl std::borrow::Borrow<i64>) -> String {
        self.t_count_with(id, *count.borrow(), &[])
    }

    /// An evidence label ("server said") in this language: the message `evidence-` and the
    /// label's words joined by dashes; a label that is not a message (an address used as a
    /// label) is shown as it is.
    pub fn evidence_label(self, label: &str) -> String {
        self.format(&evidence_id(label), None).unwrap_or_else(|| label.to_owned())
    }

    /// True when English has the message `id` (for the tests that tie code to messages).
    pub fn has_message(id: &str) -> bool {
        bundle(Lang::En).has_message(id)
    }

    /// The message `id` for the page's script: each placeholder is left as `%name` for the
    /// script to fill (static/app.js).
    pub fn for_script(self, id: &str) -> String {
        let names = ["provider", "protocol", "host", "port", "status"];
        let args: Vec<(&str, String)> = names.iter().map(|n| (*n, format!("%{n}"))).collect();
        let args: Vec<(&str, &str)> = args.iter().map(|(n, v)| (*n, v.as_str())).collect();
        self.t_with(id, &args)
    }

    /// The words the page's script shows, as `data-` attributes (name, text): the stage
    /// titles and statuses, and the `js-` messages.
    pub fn script_words(self) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = ["pass", "warn", "fail", "skip"]
            .into_iter()
            .map(|s| (format!("status-{s}"), self.t(&format!("status-{s}"))))
            .collect();
        for stage in ["input", "dns", "tcp", "tls", "protocol", "auth", "mailbox", "limits"] {
            out.push((format!("stage-{stage}"), self.t(&format!("stage-{stage}"))));
        }
        for id in [
            "copied",
            "copy-failed",
            "no-server",
            "filled",
            "progress",
            "next",
            "start-failed",
            "ended-early",
            "not-finished",
        ] {
            out.push((id.to_owned(), self.for_script(&format!("js-{id}"))));
        }
        out.push(("host-missing".to_owned(), self.t("field-host-missing")));
        out
    }

    /// The message `id` with one placeholder (`name` → `value`), for templates.
    pub fn t1(self, id: &str, name: &str, value: impl std::fmt::Display) -> String {
        self.t_with(id, &[(name, &value.to_string())])
    }

    /// [`Lang::t_count`] with more placeholders.
    pub fn t_count_with(self, id: &str, count: i64, args: &[(&str, &str)]) -> String {
        let mut fluent_args = fluent_args(args);
        fluent_args.set("count", count_value(u64::try_from(count).unwrap_or(0)));
        self.format(id, Some(&fluent_args)).unwrap_or_else(|| id.to_owned())
    }

    /// A message of this language without placeholders, whole: its value and its attributes
    /// in the order written (`None` when this language lacks it). For the remedy catalog,
    /// whose entries are one message each (src/diagnosis/catalog.rs).
    pub fn message(self, id: &str) -> Option<Message> {
        let bundle = bundle(self);
        let message = bundle.get_message(id)?;
        let mut errors = Vec::new();
        let value = message.value().map(|p| bundle.format_pattern(p, None, &mut errors).into_owned());
        let attributes = message
            .attributes()
            .map(|a| (a.id().to_owned(), bundle.format_pattern(a.value(), None, &mut errors).into_owned()))
            .collect();
        Some((value, attributes))
    }
}

/// Fluent arguments from name–value pairs: a whole number goes in as a number, so plural and
/// exact-number variants (`[one]`, `[0]`) can select on it; it prints as it came (ungrouped: a
/// port, a year or a time in milliseconds is not a count — counts go in through
/// [`Text::count`] and [`Lang::t_count`], and are grouped the language's way).
fn fluent_args<'a>(args: &[(&'a str, &str)]) -> FluentArgs<'a> {
    let mut fluent_args = FluentArgs::new();
    for (k, v) in args {
        match v.parse::<i64>() {
            Ok(n) if n.to_string() == *v => fluent_args.set(*k, n),
            _ => fluent_args.set(*k, (*v).to_owned()),
        }
    }
    fluent_args
}

/// A count: a number the bundle's formatter groups the language's way. The mark is
/// `minimumIntegerDigits: 1`, which changes nothing else; the options of plain numbers stay
/// Fluent's defaults, so exact variants (`[0]`) still match them (Fluent compares numbers with
/// their options).
fn count_value(n: u64) -> FluentValue<'static> {
    // An f64 holds every count below 2^53 exactly; above, a hostile server's number is shown
    // to 15 digits (the formatter saturates at u64::MAX).
    let mut number = FluentNumber::from(n as f64);
    number.options.minimum_integer_digits = Some(1);
    FluentValue::Number(number)
}

/// How a language writes numbers, from CLDR: the thousands separator, from how many digits on
/// it groups (`minimumGroupingDigits`: Spanish and Polish write "4500" but "45 000"), the
/// decimal sign and the byte units (French counts in octets: "Go").
struct Numbers {
    group: &'static str,
    min_digits: usize,
    decimal: &'static str,
    bytes: &'static str,
    units: [&'static str; 5],
}

const UNITS: [&str; 5] = ["KB", "MB", "GB", "TB", "PB"];

impl Lang {
    // fluent-bundle has no locale number formatting of its own (no Intl.NumberFormat), and
    // ICU4X would be several crates for nine pairs of separators: the CLDR values are written
    // here.
    const fn numbers(self) -> Numbers {
        let (group, min_digits, decimal) = match self {
            Lang::En | Lang::ZhCn => (",", 4, "."),
            Lang::De | Lang::It | Lang::Nl | Lang::PtBr => (".", 4, ","),
            Lang::Es => (".", 5, ","),
            Lang::Fr => ("\u{202f}", 4, ","),
            Lang::Pl => ("\u{a0}", 5, ","),
        };
        let (bytes, units) = match self {
            Lang::En => ("bytes", UNITS),
            Lang::De => ("Byte", UNITS),
            Lang::Es | Lang::It | Lang::PtBr => ("bytes", UNITS),
            Lang::Fr => ("octets", ["Ko", "Mo", "Go", "To", "Po"]),
            Lang::Nl => ("bytes", UNITS),
            Lang::Pl => ("B", UNITS),
            Lang::ZhCn => ("字节", UNITS),
        };
        Numbers { group, min_digits, decimal, bytes, units }
    }

    /// A count the way this language writes it: `48210` → `48,210`, `48.210`, `48 210`.
    pub fn number(self, n: u64) -> String {
        let numbers = self.numbers();
        let digits = n.to_string();
        if digits.len() < numbers.min_digits {
            return digits;
        }
        let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3);
        for (i, d) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(numbers.group);
            }
            out.push(d);
        }
        out
    }

    /// A size for people, in the binary units mail apps and quotas use (1 KB = 1,024 bytes),
    /// with this language's decimal sign and units: `2_100_000_000` → `2.0 GB`, `2,0 Go`.
    pub fn size(self, octets: u64) -> String {
        let numbers = self.numbers();
        if octets < 1024 {
            return format!("{} {}", self.number(octets), numbers.bytes);
        }
        // One decimal place is all that is shown: f64 precision is plenty.
        let mut value = octets as f64 / 1024.0;
        let mut unit = 0;
        while value >= 1023.95 && unit + 1 < numbers.units.len() {
            value /= 1024.0;
            unit += 1;
        }
        // Kilobytes read best whole ("393 KB"); larger units keep one decimal ("2.1 GB").
        let text = if unit == 0 {
            // Rounded to the nearest whole kilobyte, below 1,024: the cast cannot lose anything.
            self.number(value.round() as u64)
        } else {
            format!("{value:.1}").replace('.', numbers.decimal)
        };
        format!("{text} {}", numbers.units[unit])
    }
}

/// The bundle's number formatter for the language at `L`: counts (numbers that group) the
/// language's way; plain numbers as Fluent prints them.
fn count_formatter<const L: usize>(value: &FluentValue<'_>, _: &IntlLangMemoizer) -> Option<String> {
    match value {
        FluentValue::Number(n)
            if n.options.minimum_integer_digits == Some(1) && n.value >= 0.0 && n.value.fract() == 0.0 =>
        {
            // A whole, non-negative f64 made from a u64 count (`count_value`).
            Some(Lang::ALL[L].number(n.value as u64))
        }
        _ => None,
    }
}

type Formatter = fn(&FluentValue<'_>, &IntlLangMemoizer) -> Option<String>;

/// Each language's number formatter, in [`Lang`] order.
const FORMATTERS: [Formatter; LANGUAGES.len()] = [
    count_formatter::<0>,
    count_formatter::<1>,
    count_formatter::<2>,
    count_formatter::<3>,
    count_formatter::<4>,
    count_formatter::<5>,
    count_formatter::<6>,
    count_formatter::<7>,
    count_formatter::<8>,
];

/// The message id of an evidence label: `evidence-` and the label in lower case with every run
/// of other characters as one dash (`server said (decoded)` → `evidence-server-said-decoded`).
pub fn evidence_id(label: &str) -> String {
    let mut id = String::from("evidence");
    for word in label.to_lowercase().split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()) {
        id.push('-');
        id.push_str(word);
    }
    id
}

/// A sentence that can be said in any language: a message id and its arguments (values as
/// they came: host names, times, the server's words). Stage `detail` sentences travel as one,
/// so a report can be re-worded in the language of whoever reads it.
#[derive(Clone, Debug, Default, Eq, PartialEq, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// The message id (`stage-detail-tcp-connected`).
    pub id: String,
    /// The placeholders' values.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub args: std::collections::BTreeMap<String, String>,
    /// Placeholders filled with another message in the same language (`answered` →
    /// `speaks-imap`: "an IMAP server").
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub refs: std::collections::BTreeMap<String, String>,
    /// Placeholders that are counts (messages, folders): grouped the reader's way ("48,210",
    /// "48.210") and chosen among plural forms by.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub counts: std::collections::BTreeMap<String, u64>,
    /// Placeholders that are sizes in bytes, shown in the reader's units ("2.0 GB", "2,0 Go").
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub sizes: std::collections::BTreeMap<String, u64>,
    /// Placeholders filled with another sentence with values of its own ("the greeting was
    /// not finished after 700 ms"), said in the same language.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    #[schema(no_recursion)]
    pub texts: std::collections::BTreeMap<String, Text>,
    /// A sentence that follows this one ("This port uses SSL/TLS from the start." and then
    /// what the TLS stage found).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(no_recursion)]
    pub then: Option<Box<Text>>,
}

impl Text {
    /// The message `id` without arguments.
    pub fn new(id: &str) -> Text {
        Text { id: id.to_owned(), ..Text::default() }
    }

    /// With the placeholder `name` set to the message `id` in the sentence's language.
    #[must_use]
    pub fn arg_message(mut self, name: &str, id: &str) -> Text {
        self.refs.insert(name.to_owned(), id.to_owned());
        self
    }

    /// This sentence followed by `next`.
    #[must_use]
    pub fn then(mut self, next: Text) -> Text {
        self.then = Some(Box::new(next));
        self
    }

    /// Every value, this sentence's and the following ones', changed by `f` (scrubbing).
    pub fn map_values(&mut self, f: &impl Fn(&str) -> String) {
        for value in self.args.values_mut() {
            *value = f(value);
        }
        for text in self.texts.values_mut() {
            text.map_values(f);
        }
        if let Some(next) = &mut self.then {
            next.map_values(f);
        }
    }

    /// With the placeholder `name` set to `value`.
    #[must_use]
    pub fn arg(mut self, name: &str, value: impl std::fmt::Display) -> Text {
        self.args.insert(name.to_owned(), value.to_string());
        self
    }

    /// With the placeholder `name` set to the sentence `text`, in the same language.
    #[must_use]
    pub fn arg_text(mut self, name: &str, text: Text) -> Text {
        self.texts.insert(name.to_owned(), text);
        self
    }

    /// With the placeholder `name` set to a count.
    #[must_use]
    pub fn count(mut self, name: &str, n: u64) -> Text {
        self.counts.insert(name.to_owned(), n);
        self
    }

    /// With the placeholder `name` set to a size in bytes.
    #[must_use]
    pub fn size(mut self, name: &str, octets: u64) -> Text {
        self.sizes.insert(name.to_owned(), octets);
        self
    }

    /// The sentence in `lang`.
    pub fn in_lang(&self, lang: Lang) -> String {
        let args: Vec<(&str, &str)> = self.args.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let mut fluent_args = fluent_args(&args);
        for (name, id) in &self.refs {
            fluent_args.set(name.as_str(), lang.t(id));
        }
        for (name, n) in &self.counts {
            fluent_args.set(name.as_str(), count_value(*n));
        }
        for (name, octets) in &self.sizes {
            fluent_args.set(name.as_str(), lang.size(*octets));
        }
        for (name, text) in &self.texts {
            fluent_args.set(name.as_str(), text.in_lang(lang));
        }
        let text = lang.format(&self.id, Some(&fluent_args)).unwrap_or_else(|| self.id.clone());
        match &self.then {
            Some(next) => format!("{text} {}", next.in_lang(lang)),
            None => text,
        }
    }
}

/// Says `words` again in `lang` when they were made from `message` (a sentence kept beside its
/// words in a report: a stage's detail, an evidence value, a source's answer); words that are
/// not a message (a server's, a name) stay as they are.
pub fn reword(words: &mut String, message: Option<&Text>, lang: Lang) {
    if let Some(message) = message {
        *words = message.in_lang(lang);
    }
}

/// A message whole: its value and its attributes (name, text) in the order written.
pub type Message = (Option<String>, Vec<(String, String)>);

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl serde::Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

/// A report's `lang` reads back only as a language maildoctor speaks (an uploaded report in
/// an unknown language is refused as invalid, not shown in English under a wrong label).
impl<'de> serde::Deserialize<'de> for Lang {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let tag = String::deserialize(d)?;
        Lang::ALL
            .into_iter()
            .find(|l| l.code() == tag)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown language {tag:?}")))
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [Bundle; LANGUAGES.len()] {
    static BUNDLES: OnceLock<[Bundle; LANGUAGES.len()]> = OnceLock::new();
    BUNDLES.get_or_init(|| LANGUAGES.map(|(lang, code, _, sources)| load(lang, code, sources)))
}

fn bundle(lang: Lang) -> &'static Bundle {
    &bundles()[lang.index()]
}

/// A bundle from embedded sources; a source that does not parse loses only its broken
/// entries (the tests fail on any).
fn load(lang: Lang, code: &str, sources: &[&str]) -> Bundle {
    let id: LanguageIdentifier = code.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(FORMATTERS[lang.index()]));
    for source in sources {
        let resource = FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(partial, _)| partial);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use fluent_syntax::ast;

    use super::*;

    /// One message as written: its placeholders, and its attributes in order with theirs.
    #[derive(Debug, PartialEq)]
    struct Shape {
        value: Option<BTreeSet<String>>,
        attributes: Vec<(String, BTreeSet<String>)>,
    }

    fn placeholders(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                expression_placeholders(expression, out);
            }
        }
    }

    fn expression_placeholders(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
        match expression {
            ast::Expression::Select { selector, variants } => {
                inline_placeholders(selector, out);
                for variant in variants {
                    placeholders(&variant.value, out);
                }
            }
            ast::Expression::Inline(inline) => inline_placeholders(inline, out),
        }
    }

    fn inline_placeholders(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match inline {
            ast::InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_owned());
            }
            ast::InlineExpression::Placeable { expression } => expression_placeholders(expression, out),
            ast::InlineExpression::TermReference { arguments: Some(arguments), .. } => {
                for argument in &arguments.positional {
                    inline_placeholders(argument, out);
                }
                for argument in &arguments.named {
                    inline_placeholders(&argument.value, out);
                }
            }
            _ => {}
        }
    }

    /// Message id → its shape, for one language's sources; a source that does not parse fails.
    fn shapes(code: &str, sources: &[&str]) -> BTreeMap<String, Shape> {
        let mut out = BTreeMap::new();
        for source in sources {
            let resource = fluent_syntax::parser::parse(*source)
                .unwrap_or_else(|(_, errors)| panic!("{code}: a Fluent source does not parse: {errors:?}"));
            for entry in &resource.body {
                // Terms (`-speaks`) are checked like messages, under their `-` name.
                let (id, value, attributes) = match entry {
                    ast::Entry::Message(m) => (m.id.name.to_owned(), m.value.as_ref(), &m.attributes),
                    ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
                    _ => continue,
                };
                let value = value.map(|p| {
                    let mut set = BTreeSet::new();
                    placeholders(p, &mut set);
                    set
                });
                let attributes = attributes
                    .iter()
                    .map(|a| {
                        let mut set = BTreeSet::new();
                        placeholders(&a.value, &mut set);
                        (a.id.name.to_owned(), set)
                    })
                    .collect();
                assert!(out.insert(id.clone(), Shape { value, attributes }).is_none(), "{code}: {id} twice");
            }
        }
        out
    }

    #[test]
    fn counts_and_sizes_are_written_the_way_each_language_writes_them() {
        assert_eq!(Lang::En.number(1_234_567), "1,234,567");
        assert_eq!(Lang::En.number(999), "999");
        assert_eq!(Lang::De.number(48_210), "48.210");
        assert_eq!(Lang::Fr.number(48_210), "48\u{202f}210");
        // Spanish and Polish group only from five digits on (CLDR minimumGroupingDigits 2).
        assert_eq!(Lang::Es.number(4_500), "4500");
        assert_eq!(Lang::Es.number(45_000), "45.000");
        assert_eq!(Lang::Pl.number(4_500), "4500");
        assert_eq!(Lang::Pl.number(45_000), "45\u{a0}000");
        assert_eq!(Lang::ZhCn.number(48_210), "48,210");
        assert_eq!(Lang::En.size(2_100_000_000), "2.0 GB");
        assert_eq!(Lang::De.size(2_100_000_000), "2,0 GB");
        assert_eq!(Lang::Fr.size(1_288_490_189), "1,2 Go");
        assert_eq!(Lang::En.size(402_000), "393 KB");
        assert_eq!(Lang::De.size(512), "512 Byte");
        // A port is not a count: it prints as typed in every language.
        let port =
            Text::new("detail-tcp-connected").arg("port", 10143).arg("address", "127.0.0.1").arg("ms", 2);
        assert!(port.in_lang(Lang::De).contains("10143"), "{}", port.in_lang(Lang::De));
    }

    #[test]
    fn every_language_has_every_message_and_attribute_with_the_same_placeholders() {
        let (_, _, _, english_sources) = LANGUAGES[0];
        let english = shapes("en", english_sources);
        assert!(english.len() > 100, "{}", english.len());
        for (_, code, _, sources) in &LANGUAGES[1..] {
            let other = shapes(code, sources);
            let missing: Vec<_> = english.keys().filter(|id| !other.contains_key(*id)).collect();
            let extra: Vec<_> = other.keys().filter(|id| !english.contains_key(*id)).collect();
            assert!(missing.is_empty() && extra.is_empty(), "{code}: missing {missing:?}, extra {extra:?}");
            for (id, shape) in &english {
                assert_eq!(
                    &other[id], shape,
                    "{code}: {id} differs from English in attributes or placeholders"
                );
            }
        }
    }

    #[test]
    fn every_step_list_is_numbered_from_one_in_order_in_every_language() {
        for (_, code, _, sources) in LANGUAGES {
            for (id, shape) in shapes(code, sources) {
                let mut next: BTreeMap<&str, usize> = BTreeMap::new();
                for (attribute, _) in &shape.attributes {
                    let Some((list, n)) = attribute.rsplit_once("step-") else { continue };
                    let expected = next.entry(list).or_insert(1);
                    assert_eq!(
                        n.parse::<usize>().ok(),
                        Some(*expected),
                        "{code}: {id}.{attribute} is out of order"
                    );
                    *expected += 1;
                }
            }
        }
    }

    #[test]
    fn every_message_resolves_in_every_language_without_falling_back() {
        let (_, _, _, english_sources) = LANGUAGES[0];
        let english = shapes("en", english_sources);
        for lang in Lang::ALL {
            for (id, shape) in english.iter().filter(|(id, _)| !id.starts_with('-')) {
                let names: Vec<&String> = shape.value.iter().flatten().collect();
                let args: Vec<(&str, &str)> =
                    names.iter().filter(|n| n.as_str() != "count").map(|n| (n.as_str(), "x")).collect();
                let (value, attributes) = lang.message(id).unwrap_or_else(|| panic!("{lang}: {id} missing"));
                assert_eq!(value.is_some(), shape.value.is_some(), "{lang}: {id}");
                assert_eq!(attributes.len(), shape.attributes.len(), "{lang}: {id}");
                if shape.value.is_some() {
                    let text = lang.t_count_with(id, 2, &args);
                    assert!(
                        !text.contains('{') && !text.trim().is_empty(),
                        "{lang}: {id} renders as {text:?}"
                    );
                }
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
            Lang::negotiate(None, Some("en;q=0.5, de;q=0.7, fr-FR;q=0.6")),
            Lang::De,
            "q decides, not order"
        );
        assert_eq!(Lang::negotiate(None, Some("de;q=0, en")), Lang::En, "q=0 means not acceptable");
        assert_eq!(Lang::negotiate(None, Some("ja")), Lang::En);
        assert_eq!(Lang::negotiate(None, Some("ja, fr;q=0.8")), Lang::Fr, "the first one it speaks");
        assert_eq!(Lang::negotiate(None, None), Lang::En);
        assert_eq!(Lang::from_tag("DE_at"), Some(Lang::De));
        assert_eq!(Lang::from_tag("pl-PL"), Some(Lang::Pl));
        assert_eq!(Lang::from_tag("fr-CA"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("es-419"), Some(Lang::Es));
        assert_eq!(Lang::from_tag("nl-BE"), Some(Lang::Nl));
        assert_eq!(Lang::from_tag("pt-PT"), Some(Lang::PtBr), "the Portuguese maildoctor speaks");
        assert_eq!(Lang::from_tag("it_IT.UTF-8".split('.').next().unwrap_or_default()), Some(Lang::It));
        assert_eq!(Lang::from_tag("zh-CN"), Some(Lang::ZhCn));
        assert_eq!(Lang::from_tag("zh-Hans-CN"), Some(Lang::ZhCn));
        assert_eq!(Lang::from_tag("zh"), Some(Lang::ZhCn));
        assert_eq!(Lang::from_tag("zh-TW"), None, "Traditional Chinese readers are not given Simplified");
        assert_eq!(Lang::negotiate(None, Some("zh-Hant-TW, zh;q=0.5, en;q=0.4")), Lang::ZhCn);
        assert_eq!(Lang::negotiate(None, Some("zh-TW, en;q=0.8")), Lang::En);
    }

    #[test]
    fn a_sentence_made_of_a_message_reads_in_each_language_with_its_numbers_and_references() {
        let resolved = |more: usize, refused: usize| {
            Text::new("detail-dns-resolved")
                .arg("name", "mail.example.com")
                .arg("addresses", "192.0.2.1")
                .arg("more", more)
                .arg("ms", 12)
                .arg("refused", refused)
        };
        assert_eq!(resolved(0, 0).in_lang(Lang::En), "mail.example.com resolved to 192.0.2.1 in 12 ms.");
        assert_eq!(
            resolved(2, 1).in_lang(Lang::En),
            "mail.example.com resolved to 192.0.2.1 and 2 more in 12 ms, but 1 of them is refused by the address policy."
        );
        assert_eq!(
            resolved(0, 3).in_lang(Lang::En),
            "mail.example.com resolved to 192.0.2.1 in 12 ms, but 3 of them are refused by the address policy."
        );
        assert_eq!(
            resolved(0, 0).in_lang(Lang::De),
            "mail.example.com wurde in 12 ms zu 192.0.2.1 aufgelöst."
        );
        let answered = Text::new("detail-protocol-answered")
            .arg("host", "mail.example.com")
            .arg_message("answered", "speaks-imap")
            .arg("software", " (Dovecot)")
            .arg("ms", 40);
        assert_eq!(
            answered.in_lang(Lang::En),
            "mail.example.com answered as an IMAP server (Dovecot) in 40 ms."
        );
        assert!(
            answered.in_lang(Lang::De).contains("IMAP-Server (Dovecot)"),
            "{}",
            answered.in_lang(Lang::De)
        );
        let led = Text::new("detail-wire-tls-first").then(Text::new("detail-tls-none"));
        assert_eq!(
            led.in_lang(Lang::En),
            "This port uses SSL/TLS from the start. The connection is not encrypted."
        );
        // A port is a number Fluent could format; it prints exactly as given.
        let tcp =
            Text::new("detail-tcp-connected").arg("address", "192.0.2.1").arg("port", 10993).arg("ms", 1);
        assert_eq!(tcp.in_lang(Lang::En), "Connected to 192.0.2.1 port 10993 in 1 ms.");
    }

    #[test]
    fn the_cli_language_comes_from_the_locale_in_posix_order() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| pairs.iter().find(|(n, _)| *n == k).map(|(_, v)| (*v).to_owned())
        };
        assert_eq!(Lang::from_env(env(&[("LANG", "de_DE.UTF-8")])), Lang::De);
        assert_eq!(Lang::from_env(env(&[("LANG", "de_DE.UTF-8"), ("LC_ALL", "C")])), Lang::En, "LC_ALL wins");
        assert_eq!(Lang::from_env(env(&[("LANG", "C.UTF-8"), ("LC_MESSAGES", "de_CH")])), Lang::De);
        assert_eq!(Lang::from_env(env(&[("LC_ALL", ""), ("LANG", "de_AT@euro")])), Lang::De);
        assert_eq!(Lang::from_env(env(&[])), Lang::En);
    }
}
