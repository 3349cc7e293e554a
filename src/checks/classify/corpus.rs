//! The real-world corpus and the guards on the rule table (tests only).
//!
//! Every line of the case files is a real server answer with its source, the phase it came in
//! and the classification it must get. docs/CLASSIFIER.md §5 describes the format and how to
//! add a line.

use std::collections::{BTreeMap, BTreeSet};

use proptest::prelude::*;

use super::rules::{RULES, When};
use super::server_words::TEMPORARY;
use super::words::INVALID_TEXT;
use super::*;

/// The case files, embedded: the reference rows, then the corpus by family.
const FILES: &[(&str, &str)] = &[
    ("classify_cases.txt", include_str!("../classify_cases.txt")),
    ("cases/servers.txt", include_str!("cases/servers.txt")),
    ("cases/providers.txt", include_str!("cases/providers.txt")),
    ("cases/i18n.txt", include_str!("cases/i18n.txt")),
    ("cases/variants.txt", include_str!("cases/variants.txt")),
    ("cases/send.txt", include_str!("cases/send.txt")),
    ("cases/oauth.txt", include_str!("cases/oauth.txt")),
];

/// One corpus line.
pub(super) struct Case {
    pub(super) row: String,
    pub(super) file: &'static str,
    pub(super) answer: Answer,
    pub(super) phase: Phase,
    provider: Option<String>,
    greeting: Option<String>,
    flags: Vec<String>,
    caps: Vec<String>,
    /// `None`: the answer must not be reported at all (`-` in the file).
    pub(super) primary: Option<Code>,
    secondary: Vec<Code>,
    source: String,
    /// The line held bytes that are not UTF-8 (written `\xNN`).
    raw: bool,
}

fn code(id: &str) -> Code {
    Code::from_id(id.trim()).unwrap_or_else(|| panic!("unknown code {id:?}"))
}

/// `\xNN` is one byte, `\\` a backslash; everything else is itself (UTF-8).
fn unescape(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match (bytes[i], bytes.get(i + 1)) {
            (b'\\', Some(b'\\')) => {
                out.push(b'\\');
                i += 2;
            }
            (b'\\', Some(b'x')) => {
                let hex = std::str::from_utf8(&bytes[i + 2..i + 4]).expect("two hex digits");
                out.push(u8::from_str_radix(hex, 16).expect("hex byte"));
                i += 4;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    out
}

fn phase(word: &str) -> Phase {
    match word {
        "greeting" => Phase::Greeting,
        "capability" => Phase::Capability,
        "starttls" => Phase::Starttls,
        "login" => Phase::Login,
        "after" => Phase::AfterLogin,
        "logout" => Phase::Logout,
        "send" => Phase::Send,
        other => panic!("phase {other:?}"),
    }
}

fn parse_case(file: &'static str, line: &str) -> Case {
    let cols: Vec<&str> = line.splitn(8, " | ").map(str::trim).collect();
    assert_eq!(cols.len(), 8, "eight columns in {file}: {line:?}");
    let (proto, when) = cols[1].split_once(' ').expect("protocol and phase");
    let protocol = match proto {
        "imap" => Protocol::Imap,
        "pop3" => Protocol::Pop3,
        "smtp" => Protocol::Smtp,
        other => panic!("protocol {other:?}"),
    };
    let (provider, greeting) = match cols[2] {
        "-" => (None, None),
        p => match p.strip_prefix("greeting: ") {
            Some(g) => (None, Some(g.to_owned())),
            None => (Some(p.to_owned()), None),
        },
    };
    let mut flags = Vec::new();
    let mut caps = Vec::new();
    for flag in cols[3].split(',').filter(|f| *f != "-") {
        match flag.strip_prefix("caps=") {
            Some(list) => caps.extend(list.split(';').map(str::to_owned)),
            None => flags.push(flag.to_owned()),
        }
    }
    let primary = (cols[4] != "-").then(|| code(cols[4]));
    let secondary = if cols[5] == "-" { Vec::new() } else { cols[5].split(',').map(code).collect() };
    let lines: Vec<Vec<u8>> = cols[7].split(" ⏎ ").map(unescape).collect();
    let raw = lines.iter().any(|l| std::str::from_utf8(l).is_err());
    Case {
        row: cols[0].to_owned(),
        file,
        answer: Answer::from_lines(protocol, &lines),
        phase: phase(when),
        provider,
        greeting,
        flags,
        caps,
        primary,
        secondary,
        source: cols[6].to_owned(),
        raw,
    }
}

/// Every line of every case file.
pub(super) fn cases() -> Vec<Case> {
    FILES
        .iter()
        .flat_map(|(file, text)| {
            text.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).map(|l| parse_case(file, l))
        })
        .collect()
}

/// The case's capability list, parsed the way the protocol stage parses the server's.
fn capabilities(protocol: Protocol, list: &[String]) -> Capabilities {
    match protocol {
        Protocol::Imap => imap::capability_set(list),
        Protocol::Pop3 => pop3::capa_set(list),
        Protocol::Smtp => smtp::ehlo_set(list),
    }
}

pub(super) fn run(case: &Case) -> Option<Classification> {
    let caps = capabilities(case.answer.protocol(), &case.caps);
    let mut input = Input::new(case.phase, &case.answer);
    input.provider = case.provider.as_deref();
    input.greeting = case.greeting.as_deref();
    input.capabilities = &caps;
    input.tls_active = case.flags.iter().any(|f| f == "tls");
    input.too_many_connections_seen = case.flags.iter().any(|f| f == "conn-seen");
    input.oauth = case.flags.iter().any(|f| f == "oauth");
    classify(&input)
}

fn said(c: &Classification) -> &str {
    c.evidence.iter().find(|e| e.label == SAID).map_or("", |e| e.value.as_str())
}

/// What went wrong with one case, if anything.
fn check(case: &Case) -> Option<String> {
    let got = run(case);
    let ambiguous = case.flags.iter().any(|f| f == "ambiguous");
    let ok = match (&got, case.primary) {
        (None, None) => true,
        (Some(got), Some(want)) => {
            got.primary == want
                && got.secondary == case.secondary
                && got.ambiguous.is_some() == ambiguous
                && !said(got).is_empty()
        }
        _ => false,
    };
    (!ok).then(|| {
        let got = got.map_or("nothing".to_owned(), |g| {
            format!(
                "{} + {:?} (ambiguous: {}, rule {})",
                g.primary,
                g.secondary,
                g.ambiguous.is_some(),
                g.rule
            )
        });
        let want = case.primary.map_or("nothing".to_owned(), |p| format!("{p} + {:?}", case.secondary));
        format!("{} {}: got {got}, want {want} (ambiguous: {ambiguous})", case.file, case.row)
    })
}

#[test]
fn every_corpus_line_gets_its_expected_codes() {
    let cases = cases();
    let failures: Vec<String> = cases.iter().filter_map(check).collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases wrong:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn the_corpus_is_large_cites_its_sources_and_covers_every_phase() {
    let cases = cases();
    assert!(cases.len() >= 400, "only {} corpus lines", cases.len());
    let mut rows = BTreeSet::new();
    let mut phases = BTreeMap::new();
    for case in &cases {
        assert!(rows.insert((case.file, case.row.as_str())), "duplicate row {} in {}", case.row, case.file);
        let cited = case.source.contains('#')
            || case.source.contains('@')
            || case.source.starts_with("RFC")
            || case.source.starts_with("synthetic:")
            || case.source.starts_with("observed:");
        assert!(cited, "{} {} cites no source: {:?}", case.file, case.row, case.source);
        *phases.entry(format!("{:?}", case.phase)).or_insert(0) += 1;
    }
    for phase in ["Greeting", "Capability", "Starttls", "Login", "AfterLogin", "Logout"] {
        assert!(phases.get(phase).copied().unwrap_or(0) >= 5, "few {phase} lines: {phases:?}");
    }
    let raw = cases.iter().filter(|c| c.raw).count();
    assert!(raw >= 10, "only {raw} lines in a legacy encoding");
}

#[test]
fn every_rule_is_exercised_by_a_real_server_line() {
    let used: BTreeSet<&str> = cases().iter().filter_map(run).map(|c| c.rule).collect();
    // A rule that says "nothing to report" leaves no classification; find it by its text.
    let silent = |id: &str| RULES.iter().any(|r| r.id == id && r.code.is_none());
    let unused: Vec<&str> =
        RULES.iter().map(|r| r.id).filter(|id| !used.contains(id) && !silent(id)).collect();
    assert!(unused.is_empty(), "rules without a corpus line: {unused:?}");
    let nothing = cases().iter().filter(|c| c.phase == Phase::Capability && c.primary.is_none()).count();
    assert!(nothing >= 2, "the capability 'unknown command' rule needs corpus lines");
}

#[test]
fn rule_ids_are_unique_and_patterns_are_lowercase() {
    let mut ids = BTreeSet::new();
    for rule in RULES {
        assert!(ids.insert(rule.id), "duplicate rule id {}", rule.id);
        assert!(!rule.rows.is_empty(), "{} cites no source", rule.id);
        let text: Vec<&str> = match rule.when {
            When::Text(t) | When::Both(_, t) | When::Either(_, t) => t.to_vec(),
            When::All(lists) => lists.concat(),
            When::Code(_) | When::Always => Vec::new(),
        };
        for pattern in text {
            assert!(!pattern.is_empty() && pattern == pattern.to_lowercase(), "{}: {pattern:?}", rule.id);
        }
    }
    assert_eq!(RULES.last().and_then(|r| r.code), Some(Code::AuthFailedUnclassified));
}

// Properties: credential words decide only when nothing more specific is said, and a temporary
// code without credential words never becomes "wrong password".

/// Words that belong to no meaning of the word lists.
const FILLER: &[&str] = &[
    "please",
    "check",
    "your",
    "settings",
    "and",
    "the",
    "request",
    "for",
    "this",
    "user",
    "ref",
    "id",
    "xz42",
    "session",
    "was",
    "not",
    "completed",
    "contact",
    "support",
    "mail",
    "server",
];
/// Credential phrases every server family in the corpus uses.
const CREDENTIAL: &[&str] = &[
    "invalid credentials",
    "authentication failed",
    "incorrect username or password",
    "invalid user name or password",
    "login failed",
    "incorrect authentication data",
    "bad password",
    "неверный логин или пароль",
    "用户名或密码错误",
    "benutzername oder passwort falsch",
    "mot de passe incorrect",
];

fn filler() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(FILLER), 0..6).prop_map(|w| w.join(" "))
}

fn credential_reply() -> impl Strategy<Value = (Protocol, String)> {
    let shapes = prop::sample::select(
        &[
            (Protocol::Imap, "a1 NO "),
            (Protocol::Imap, "a1 NO [AUTHENTICATIONFAILED] "),
            (Protocol::Imap, "a1 NO [ALERT] "),
            (Protocol::Pop3, "-ERR "),
            (Protocol::Pop3, "-ERR [AUTH] "),
            (Protocol::Smtp, "535 "),
            (Protocol::Smtp, "535 5.7.8 "),
            (Protocol::Smtp, "535 5.7.0 "),
            (Protocol::Smtp, "550 5.7.1 "),
        ][..],
    );
    (shapes, filler(), prop::sample::select(CREDENTIAL), filler())
        .prop_map(|((p, head), a, words, b)| (p, format!("{head}{a} {words} {b}").trim_end().to_owned()))
}

fn temporary_reply() -> impl Strategy<Value = (Protocol, String)> {
    let shapes = prop::sample::select(
        &[
            (Protocol::Imap, "a1 NO [UNAVAILABLE] "),
            (Protocol::Imap, "a1 NO [TEMPFAIL] "),
            (Protocol::Imap, "a1 NO [SERVERBUG] "),
            (Protocol::Imap, "* BYE [UNAVAILABLE] "),
            (Protocol::Pop3, "-ERR [SYS/TEMP] "),
            (Protocol::Smtp, "421 4.3.0 "),
            (Protocol::Smtp, "451 4.3.2 "),
            (Protocol::Smtp, "454 4.7.0 "),
            (Protocol::Smtp, "450 "),
            (Protocol::Smtp, "452 4.2.1 "),
        ][..],
    );
    (shapes, filler(), prop::sample::select(TEMPORARY), filler())
        .prop_map(|((p, head), a, t, b)| (p, format!("{head}{a} {t} {b}").trim_end().to_owned()))
}

fn has_credential_words(text: &str) -> bool {
    let lower = text.to_lowercase();
    INVALID_TEXT.iter().any(|w| lower.contains(w))
}

proptest! {
    #[test]
    fn a_refusal_of_filler_and_a_credential_phrase_says_wrong_password((protocol, line) in credential_reply()) {
        let answer = Answer::from_lines(protocol, &[line.as_str()]);
        let got = classify(&Input::new(Phase::Login, &answer)).map(|c| c.primary);
        prop_assert_eq!(got, Some(Code::AuthInvalidCredentials), "{}", line);
    }

    #[test]
    fn a_temporary_code_without_credential_words_is_never_wrong_password(
        (protocol, line) in temporary_reply(),
        phase in prop::sample::select(&[Phase::Greeting, Phase::Login, Phase::AfterLogin][..]),
    ) {
        prop_assume!(!has_credential_words(&line));
        let answer = Answer::from_lines(protocol, &[line.as_str()]);
        let got = classify(&Input::new(phase, &answer)).map(|c| c.primary);
        prop_assert_ne!(got, Some(Code::AuthInvalidCredentials), "{}", line);
        prop_assert!(got.is_some(), "a temporary refusal is reported: {}", line);
    }

    #[test]
    fn any_bytes_in_any_phase_are_classified_without_panic(
        lines in prop::collection::vec(prop::collection::vec(any::<u8>(), 0..300), 0..6),
        protocol in prop::sample::select(&[Protocol::Imap, Protocol::Pop3, Protocol::Smtp][..]),
        phase in prop::sample::select(&[
            Phase::Greeting, Phase::Capability, Phase::Starttls, Phase::Login, Phase::AfterLogin, Phase::Logout,
            Phase::Send,
        ][..]),
    ) {
        let answer = Answer::from_lines(protocol, &lines);
        if let Some(c) = classify(&Input::new(phase, &answer)) {
            prop_assert!(said(&c).len() <= MAX_QUOTE + '…'.len_utf8());
        }
    }
}
