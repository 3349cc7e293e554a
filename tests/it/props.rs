//! Property tests for the parts that read hostile bytes: the protocol parsers (`proto::*`), the
//! sign-in classifier, and request parsing. They run on stable in CI with bounded case counts;
//! the cargo-fuzz targets in `fuzz/` explore the same functions without a bound.
//!
//! Inputs are arbitrary bytes and strings, and real server lines from
//! `docs/CLASSIFIER.md` (kept in `fuzz/seeds/server-lines.txt`, shared with
//! the fuzz corpus) cut and spliced with arbitrary text, so the cases reach the interesting
//! branches (response codes, multi-line replies, literals) instead of dying at the first byte.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use maildoctor::checks::classify::{self, Answer, Input, Phase};
use maildoctor::checks::{answers, auth, cert, dns};
use maildoctor::proto::imap::{self, Astring, Response};
use maildoctor::proto::sniff::{Speaks, sniff};
use maildoctor::proto::{self, Capabilities, MAX_KEYWORDS, mailbox, pop3, sasl, smtp};
use maildoctor::providers::{self, Provider};
use maildoctor::report::scrub;
use maildoctor::secret::Password;
use maildoctor::target::{self, DiagnoseRequest, Host, Protocol, RawPort, SecurityChoice};
use proptest::prelude::*;
use proptest::test_runner::Config;

/// Real server lines, one a line (the fuzz seed list).
const SEEDS: &str = include_str!("../../fuzz/seeds/server-lines.txt");

/// Longest evidence the classifier may quote: `MAX_QUOTE` (600 bytes, cut at a character
/// boundary) plus the `…` that marks the cut.
const MAX_CLASSIFIER_QUOTE: usize = 600 + '…'.len_utf8();

fn seeds() -> Vec<&'static str> {
    SEEDS.lines().filter(|l| !l.is_empty()).collect()
}

/// Case counts: enough to find shallow bugs on every CI run, small enough to keep the whole
/// file under a few seconds in a debug build. Failures are not persisted to files.
fn config(cases: u32) -> Config {
    Config { cases, failure_persistence: None, ..Config::default() }
}

/// Text the way a hostile server might send it: protocol punctuation, digits, CR/LF, NUL,
/// other controls, non-ASCII and the replacement character a lossy decode produces.
fn noise() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        4 => "[ -~]{0,12}",
        2 => prop::sample::select(vec![
            " ", "*", "+", "-", ".", "..", "[", "]", "(", ")", "{", "}", "\"", "\\", "=", "+OK", "-ERR",
            "* OK", "* BYE", "a3", "NO", "BAD", "OK", "250-", "250 ", "535 ", "5.7.8", "{5}", "{99999999999}",
            "{4294967296+}", "CAPABILITY", "AUTH=", "STARTTLS", "http://", "https://x.test/?plt=",
            "<https://", ">", "connections=", "limit=", "&AOQ-", "&", "-",
        ])
        .prop_map(str::to_owned),
        1 => prop::sample::select(vec!["\r", "\n", "\r\n", "\0", "\t", "\u{1b}", "\u{7f}"]).prop_map(str::to_owned),
        1 => prop::sample::select(vec!["Ω", "é", "\u{fffd}", "日本", "\u{200b}", "𝄞", "\u{301}"])
            .prop_map(str::to_owned),
    ];
    prop::collection::vec(pieces, 0..12).prop_map(|v| v.concat())
}

/// A line to feed a parser: a real line, a real line cut and spliced with noise, pure noise,
/// or arbitrary Unicode.
fn line() -> impl Strategy<Value = String> {
    let seeds = seeds();
    prop_oneof![
        2 => prop::sample::select(seeds.clone()).prop_map(str::to_owned),
        4 => (prop::sample::select(seeds), any::<prop::sample::Index>(), noise(), any::<bool>()).prop_map(
            |(seed, at, noise, keep_tail)| {
                let cut = floor(seed, at.index(seed.len() + 1));
                let tail = if keep_tail { &seed[cut..] } else { "" };
                format!("{}{noise}{tail}", &seed[..cut])
            }
        ),
        2 => noise(),
        1 => any::<String>(),
        1 => prop::collection::vec(any::<u8>(), 0..200).prop_map(|b| String::from_utf8_lossy(&b).into_owned()),
    ]
}

fn lines() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(line(), 0..80)
}

fn floor(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn any_protocol() -> impl Strategy<Value = Protocol> {
    prop::sample::select(vec![Protocol::Imap, Protocol::Pop3, Protocol::Smtp])
}

fn any_phase() -> impl Strategy<Value = Phase> {
    prop::sample::select(vec![
        Phase::Greeting,
        Phase::Capability,
        Phase::Starttls,
        Phase::Login,
        Phase::AfterLogin,
        Phase::Logout,
    ])
}

fn capability_list() -> impl Strategy<Value = Vec<String>> {
    let words = vec![
        "AUTH=PLAIN",
        "AUTH=LOGIN",
        "AUTH=XOAUTH2",
        "AUTH=OAUTHBEARER",
        "SASL-IR",
        "LOGINDISABLED",
        "STARTTLS",
        "STLS",
        "USER",
        "SASL PLAIN LOGIN",
        "SASL XOAUTH2",
        "AUTH PLAIN LOGIN",
        "AUTH XOAUTH2",
        "AUTH",
        "SASL",
        "IMAP4rev1",
        "LITERAL+",
        "",
        " ",
        "auth=plain",
    ];
    prop::collection::vec(
        prop_oneof![3 => prop::sample::select(words).prop_map(str::to_owned), 1 => line()],
        0..12,
    )
}

/// Capabilities as the protocol stage parses them from `list` (IMAP atoms, POP3 CAPA lines,
/// SMTP EHLO lines).
fn capabilities(protocol: Protocol, list: &[String]) -> Capabilities {
    match protocol {
        Protocol::Imap => {
            let atoms: Vec<String> =
                list.iter().flat_map(|l| l.split_whitespace()).map(str::to_owned).collect();
            imap::capability_set(&atoms)
        }
        Protocol::Pop3 => pop3::capa_set(list),
        Protocol::Smtp => smtp::ehlo_set(list),
    }
}

/// True when the classifier's adapter calls `line`, as a greeting, a refusal.
fn greeting_refuses(protocol: Protocol, line: &str) -> bool {
    answers::refuses(&answers::greeting(protocol, &[line.to_owned()]))
}

// ---------------------------------------------------------------------------------------------
// sniff
// ---------------------------------------------------------------------------------------------

proptest! {
    #![proptest_config(config(512))]

    #[test]
    fn sniff_never_panics_on_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..64)) {
        let _ = sniff(&bytes);
    }

    #[test]
    fn sniff_calls_every_tls_record_header_tls(
        content_type in 0x14u8..=0x17,
        minor in any::<u8>(),
        rest in prop::collection::vec(any::<u8>(), 0..32),
    ) {
        let mut bytes = vec![content_type, 0x03, minor];
        bytes.extend(rest);
        prop_assert_eq!(sniff(&bytes), Speaks::Tls);
        prop_assert_eq!(sniff(&bytes[..2]), Speaks::Tls);
    }

    #[test]
    fn sniff_knows_each_protocol_by_its_greeting_whatever_follows(tail in "[ -~]{0,40}") {
        prop_assert_eq!(sniff(format!("* OK {tail}").as_bytes()), Speaks::Imap);
        prop_assert_eq!(sniff(format!("+OK {tail}").as_bytes()), Speaks::Pop3);
        prop_assert_eq!(sniff(format!("220 {tail}").as_bytes()), Speaks::Smtp);
        prop_assert_eq!(sniff(format!("220-{tail}").as_bytes()), Speaks::Smtp);
    }

    #[test]
    fn printable_text_has_no_control_characters_and_is_bounded(text in line(), max in 0usize..300) {
        let out = proto::printable(&text, max);
        prop_assert!(!out.chars().any(char::is_control), "{out:?}");
        prop_assert!(out.chars().count() <= max * 4 + 1);
        let bytes = proto::printable_bytes(text.as_bytes(), max);
        prop_assert!(bytes.chars().all(|c| c == '…' || (' '..='~').contains(&c)), "{bytes:?}");
        prop_assert!(bytes.chars().count() <= max * 4 + 1);
    }
}

// ---------------------------------------------------------------------------------------------
// IMAP
// ---------------------------------------------------------------------------------------------

fn cond_word() -> impl Strategy<Value = (&'static str, imap::Cond)> {
    prop::sample::select(vec![
        ("OK", imap::Cond::Ok),
        ("no", imap::Cond::No),
        ("BAD", imap::Cond::Bad),
        ("BYE", imap::Cond::Bye),
        ("PreAuth", imap::Cond::Preauth),
    ])
}

proptest! {
    #![proptest_config(config(512))]

    #[test]
    fn imap_parsers_never_panic_and_agree_on_what_a_line_is(l in line()) {
        let status = imap::parse_status(&l);
        if let Some(s) = &status {
            prop_assert!(!s.tag.contains(' '));
            let _ = (s.code_atom(), s.trailing_code(), s.to_string());
        }
        let _ = imap::capabilities(&l);
        let _ = imap::is_greeting(&l);
        let _ = greeting_refuses(Protocol::Imap, &l);
        match imap::parse_response(&l) {
            Response::Continuation => prop_assert!(l.starts_with('+')),
            Response::Tagged(s) => prop_assert!(!s.is_untagged() && status.is_some() && !l.starts_with('+')),
            Response::Condition(s) => prop_assert!(s.is_untagged()),
            Response::Capability(_) | Response::Data => prop_assert!(l.starts_with("* ")),
            Response::Other => prop_assert!(status.is_none() && !l.starts_with("* ")),
        }
        if let Some(marker) = imap::literal_marker(&l) {
            prop_assert!(l[marker.at..].starts_with('{') && l.ends_with('}'), "{l:?}");
            prop_assert!(status.is_none(), "a status line announced a literal: {l:?}");
        }
    }

    #[test]
    fn imap_status_lines_round_trip(
        tag in "[A-Za-z0-9]{1,8}|\\*",
        (word, cond) in cond_word(),
        code in proptest::option::of("[A-Z][A-Z0-9 =.-]{0,30}"),
        text in "([!-Z\\\\^-~][ -Z\\\\^-~]{0,40})?",
    ) {
        let line = match &code {
            Some(code) => format!("{tag} {word} [{code}] {text}"),
            None => format!("{tag} {word} {text}"),
        };
        let parsed = imap::parse_status(&line).expect("a status line");
        prop_assert_eq!(&parsed.tag, &tag);
        prop_assert_eq!(parsed.cond, cond);
        let atom = code.as_deref().and_then(|c| c.split_whitespace().next()).map(str::to_ascii_uppercase);
        prop_assert_eq!(parsed.code_atom(), atom);
        prop_assert_eq!(&parsed.text, &text);
        // The typed code shows as it parses: reading what it shows gives it back.
        if let Some(typed) = &parsed.code {
            prop_assert_eq!(&imap::ResponseCode::parse(&typed.to_string()), typed);
        }
        prop_assert_eq!(imap::parse_status(&parsed.to_string()), Some(parsed));
    }

    /// RFC 9051 §4.3: a quoted string is 7-bit with no CR, LF or NUL, `"` and `\` escaped.
    #[test]
    fn an_encoded_astring_is_a_valid_quoted_string_that_unescapes_back_or_a_literal(value in line()) {
        match Astring::encode(&value) {
            Astring::Quoted(q) => {
                prop_assert!(q.len() >= 2 && q.starts_with('"') && q.ends_with('"'), "{q:?}");
                prop_assert!(q.is_ascii() && !q.contains(['\r', '\n', '\0']), "{q:?}");
                prop_assert_eq!(unquote(&q), Some(value));
            }
            Astring::Literal(l) => {
                prop_assert!(l.bytes().any(|b| !b.is_ascii() || matches!(b, b'\r' | b'\n' | 0)), "{l:?}");
                prop_assert_eq!(&l, &value);
                let prefix = Astring::literal_prefix(&l, false);
                prop_assert_eq!(prefix, format!("{{{}}}", value.len()));
            }
        }
    }
}

proptest! {
    // Long lists: fewer cases.
    #![proptest_config(config(128))]

    #[test]
    fn imap_capability_sets_are_bounded_and_upper_case(
        atoms in prop::collection::vec(prop_oneof![line(), "[A-Z0-9=+-]{1,6}"], 0..200),
    ) {
        let caps = imap::capability_set(&atoms);
        prop_assert!(caps.keywords.len() <= MAX_KEYWORDS && caps.auth.len() <= MAX_KEYWORDS);
        for k in caps.keywords.iter().chain(&caps.auth) {
            prop_assert_eq!(k, &k.to_ascii_uppercase());
        }
    }
}

/// Reads an IMAP quoted string back (the inverse of `Astring::encode`'s quoting).
fn unquote(quoted: &str) -> Option<String> {
    let body = quoted.strip_prefix('"')?.strip_suffix('"')?;
    let mut out = String::new();
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push(chars.next().filter(|e| *e == '"' || *e == '\\')?),
            '"' => return None,
            c => out.push(c),
        }
    }
    Some(out)
}

// ---------------------------------------------------------------------------------------------
// POP3 and SMTP
// ---------------------------------------------------------------------------------------------

proptest! {
    #![proptest_config(config(512))]

    #[test]
    fn pop3_parsers_never_panic(l in line(), lines in lines()) {
        if let Some(s) = pop3::parse_status(&l) {
            let word = if s.ok { "+OK" } else { "-ERR" };
            prop_assert!(l.to_ascii_uppercase().starts_with(word), "{l:?}");
            prop_assert_eq!(pop3::parse_status(&s.to_string()), Some(s));
        }
        let _ = pop3::is_greeting(&l);
        let _ = greeting_refuses(Protocol::Pop3, &l);
        let unstuffed = pop3::unstuff(&l);
        prop_assert!(l.ends_with(unstuffed) && l.len() - unstuffed.len() <= 1);
        let caps = pop3::capa_set(&lines);
        prop_assert!(caps.keywords.len() <= MAX_KEYWORDS && caps.auth.len() <= MAX_KEYWORDS);
    }

    #[test]
    fn pop3_status_lines_round_trip(
        ok in any::<bool>(),
        code in proptest::option::of("[A-Z][A-Z/-]{0,12}"),
        text in "([!-Z\\\\^-~][ -~]{0,40})?",
    ) {
        let word = if ok { "+OK" } else { "-ERR" };
        let line = match &code {
            Some(code) => format!("{word} [{code}] {text}"),
            None if text.starts_with('[') => return Ok(()),
            None => format!("{word} {text}"),
        };
        let parsed = pop3::parse_status(&line).expect("a status line");
        prop_assert_eq!(parsed.ok, ok);
        prop_assert_eq!(parsed.code.as_ref().map(ToString::to_string), code);
        prop_assert_eq!(parsed.text, text);
    }

    /// RFC 1939 §3: a line that starts with `.` is sent with the dot doubled.
    #[test]
    fn pop3_byte_stuffing_round_trips(l in "[ -~]{0,40}") {
        let stuffed = if l.starts_with('.') { format!(".{l}") } else { l.clone() };
        prop_assert_eq!(pop3::unstuff(&stuffed), l.as_str());
        prop_assert!(!pop3::is_terminator(&stuffed) || l.is_empty() && stuffed == ".");
    }

    #[test]
    fn smtp_parsers_never_panic_and_a_reply_ends_within_its_bound(l in line(), lines in lines()) {
        if let Some(parsed) = smtp::parse_line(&l) {
            let code = parsed.code.get();
            prop_assert!((200..600).contains(&code) && code / 10 % 10 <= 5, "{code}");
            prop_assert!(l.starts_with(&code.to_string()), "{l:?}");
        }
        let _ = smtp::is_greeting(&l);
        let _ = greeting_refuses(Protocol::Smtp, &l);
        let mut builder = smtp::ReplyBuilder::default();
        for (i, l) in lines.iter().enumerate() {
            match builder.push(l) {
                Ok(None) => prop_assert!(i < smtp::ReplyBuilder::MAX_LINES, "a reply of {} lines", i + 1),
                Ok(Some(reply)) => {
                    prop_assert!(reply.lines.len() <= smtp::ReplyBuilder::MAX_LINES);
                    let _ = (reply.ehlo_keywords(), reply.text(), reply.is_positive(), reply.to_string());
                    break;
                }
                Err(_) => break,
            }
        }
        let caps = smtp::ehlo_set(&lines);
        prop_assert!(caps.keywords.len() <= MAX_KEYWORDS && caps.auth.len() <= MAX_KEYWORDS);
    }

    /// RFC 5321 §4.2: a line parses as a reply line exactly when its code is 2yz-5yz, y 0-5.
    #[test]
    fn smtp_reply_lines_parse_only_with_a_valid_code(code in 0u16..=999, more in any::<bool>(), text in "[ -~]{0,60}") {
        let line = format!("{code:03}{}{text}", if more { '-' } else { ' ' });
        let valid = (2..=5).contains(&(code / 100)) && code / 10 % 10 <= 5;
        match smtp::parse_line(&line) {
            Some(parsed) => {
                prop_assert!(valid, "{line:?}");
                prop_assert_eq!((parsed.code.get(), parsed.more, parsed.text), (code, more, text.as_str()));
            }
            None => prop_assert!(!valid, "{line:?}"),
        }
    }

    /// RFC 3463: `class.subject.detail` shows as it parses.
    #[test]
    fn enhanced_status_codes_round_trip(class in prop::sample::select(vec![2u8, 4, 5]), subject in 0u16..1000, detail in 0u16..1000, junk in line()) {
        let code = smtp::EnhancedCode { class, subject, detail };
        prop_assert_eq!(smtp::EnhancedCode::parse(&code.to_string()), Some(code));
        if let Some(parsed) = smtp::EnhancedCode::parse(&junk) {
            prop_assert!(matches!(parsed.class, 2 | 4 | 5) && parsed.subject < 1000 && parsed.detail < 1000);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// SASL
// ---------------------------------------------------------------------------------------------

proptest! {
    #![proptest_config(config(512))]

    /// RFC 4616: `base64(NUL user NUL password)` with an empty authorisation identity.
    #[test]
    fn sasl_plain_decodes_to_nul_user_nul_password(user in "[^\\x00]{0,40}", pass in "[^\\x00]{0,40}") {
        let decoded = STANDARD.decode(sasl::plain(&user, &pass)).expect("base64");
        let text = String::from_utf8(decoded).expect("utf-8");
        let parts: Vec<&str> = text.split('\0').collect();
        prop_assert_eq!(parts, vec!["", user.as_str(), pass.as_str()]);
    }

    #[test]
    fn sasl_login_steps_decode_back_and_challenges_never_panic(text in any::<String>(), junk in line()) {
        prop_assert_eq!(sasl::decode_challenge(&sasl::login_step(&text)), text);
        let _ = sasl::decode_challenge(&junk);
    }

    /// Every wire form of a password is scrubbed from any text it appears in.
    #[test]
    fn scrubbing_removes_every_form_of_the_password(
        user in "[a-z]{1,10}@[a-z]{1,8}\\.test",
        pass in "[ -~Ω]{3,24}",
        before in "[ -~]{0,30}",
        after in "[ -~]{0,30}",
        which in 0usize..4,
    ) {
        let forms = Password::new(pass.clone()).forms(&user);
        let text = format!("{before}{}{after}", forms[which]);
        let scrubbed = scrub(&text, &forms);
        prop_assert!(!scrubbed.contains(&pass), "{scrubbed:?}");
        prop_assert!(!scrubbed.contains(&forms[which]), "{scrubbed:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// Mailbox responses (after sign-in)
// ---------------------------------------------------------------------------------------------

proptest! {
    #![proptest_config(config(384))]

    #[test]
    fn mailbox_parsers_never_panic_and_stay_bounded(lines in lines()) {
        for l in &lines {
            let _ = mailbox::parse_list(l);
            let _ = mailbox::parse_status(l);
            let _ = mailbox::parse_quota(l);
            let _ = mailbox::parse_quotaroot(l);
            let _ = mailbox::parse_stat(l);
            let _ = mailbox::decode_mutf7(l);
            let _ = mailbox::display_name(l);
            let _ = mailbox::quotable(l);
            if let Some(entry) = mailbox::parse_list(l) {
                prop_assert!(entry.flags.len() <= mailbox::MAX_ITEMS);
                let _ = (entry.selectable(), entry.special_use());
            }
            if let Some(quota) = mailbox::parse_quota(l) {
                prop_assert!(quota.resources.len() <= mailbox::MAX_ITEMS);
                for r in &quota.resources {
                    let _ = (r.percent(), r.is_full());
                }
            }
        }
    }

    #[test]
    fn numbers_format_without_panicking(n in any::<u64>()) {
        let t = mailbox::thousands(n);
        prop_assert_eq!(t.replace(',', "").parse::<u64>().ok(), Some(n));
        prop_assert!(!mailbox::human_size(n).is_empty());
    }
}

// ---------------------------------------------------------------------------------------------
// The classifier
// ---------------------------------------------------------------------------------------------

fn provider_id() -> impl Strategy<Value = Option<&'static str>> {
    let mut ids: Vec<Option<&'static str>> = Provider::all().iter().map(|p| Some(p.id.as_str())).collect();
    ids.push(None);
    ids.push(Some("no-such-provider"));
    prop::sample::select(ids)
}

proptest! {
    #![proptest_config(config(384))]

    /// Any answer, in any phase, with any capabilities and provider: a code or `None`, no
    /// panic, and evidence within the classifier's documented quote bound.
    #[test]
    fn classify_never_panics_and_its_evidence_stays_within_the_quote_bound(
        protocol in any_protocol(),
        phase in any_phase(),
        answer in prop::collection::vec(line(), 0..40),
        caps in capability_list(),
        provider in provider_id(),
        greeting in proptest::option::of(line()),
        tls_active in any::<bool>(),
        too_many in any::<bool>(),
    ) {
        let answer = Answer::from_lines(protocol, &answer);
        prop_assert_eq!(answer.protocol(), protocol);
        let caps = capabilities(protocol, &caps);
        let mut input = Input::new(phase, &answer);
        input.capabilities = &caps;
        input.provider = provider;
        input.greeting = greeting.as_deref();
        input.tls_active = tls_active;
        input.too_many_connections_seen = too_many;
        if let Some(c) = classify::classify(&input) {
            prop_assert!(!c.secondary.contains(&c.primary), "{:?}", c);
            for e in &c.evidence {
                prop_assert!(e.value.len() <= MAX_CLASSIFIER_QUOTE, "{} bytes of {:?}", e.value.len(), e.label);
            }
            let findings = c.findings();
            prop_assert_eq!(findings[0].code, c.primary);
            prop_assert_eq!(findings.len(), 1 + c.secondary.len());
        }
    }

    /// "Every refusal gets a classification": a NO/BAD, `-ERR` or 4xx/5xx sign-in answer is
    /// never `None`.
    #[test]
    fn every_refusal_is_classified(
        protocol in any_protocol(),
        text in line(),
        code in prop::sample::select(vec![421u16, 454, 500, 530, 534, 535, 550, 554]),
        no in any::<bool>(),
    ) {
        let text = text.replace(['\r', '\n'], " ");
        let refusal = match protocol {
            Protocol::Imap => format!("a3 {} {text}", if no { "NO" } else { "BAD" }),
            Protocol::Pop3 => format!("-ERR {text}"),
            Protocol::Smtp => format!("{code} {text}"),
        };
        let answer = Answer::from_lines(protocol, &[refusal.as_bytes()]);
        let input = Input::new(Phase::Login, &answer);
        prop_assert!(classify::classify(&input).is_some(), "{refusal:?} was not classified");
    }

    /// Before a password is sent: when the capabilities leave no refusal, a mechanism exists.
    #[test]
    fn a_capability_list_without_a_refusal_always_has_a_mechanism(
        protocol in any_protocol(),
        caps in capability_list(),
        tls_active in any::<bool>(),
    ) {
        let caps = capabilities(protocol, &caps);
        let refusal = auth::refusal_from_capabilities(protocol, &caps, tls_active);
        let mechanism = auth::choose_mechanism(protocol, &caps);
        if refusal.is_none() {
            prop_assert!(mechanism.is_some(), "no refusal and no mechanism for {caps:?}");
        }
        if auth::plaintext_refused_by_capabilities(protocol, &caps, tls_active) {
            prop_assert!(!tls_active);
        }
    }

    #[test]
    fn greeting_helpers_never_panic(l in line(), names in prop::collection::vec(line(), 0..6), protocol in any_protocol()) {
        let _ = providers::software(&[l.as_str()]);
        let _ = providers::exchange_host(&l);
        let _ = Provider::by_greeting(&l);
        let _ = cert::suggest_host(&names, &l, protocol);
        for n in &names {
            let _ = cert::covers(n, &l);
        }
        let _ = dns::did_you_mean(&l, protocol);
    }
}

// ---------------------------------------------------------------------------------------------
// Request parsing
// ---------------------------------------------------------------------------------------------

fn typed_host() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => "[a-zA-Z0-9.-]{0,40}",
        1 => "(imaps?|pop3?|smtps?|https?)://[a-z0-9.:\\[\\]-]{0,30}(/[ -~]{0,10})?",
        1 => "\\[?[0-9a-fA-F:.]{0,40}\\]?(:[0-9]{0,6})?",
        1 => "[a-z]{1,8}@[a-z]{1,8}\\.[a-z]{2,4}",
        1 => "[a-zäöüß日本Ω.-]{0,30}",
        1 => any::<String>(),
        1 => line(),
    ]
}

fn typed_port() -> impl Strategy<Value = Option<String>> {
    proptest::option::of(prop_oneof!["[0-9]{0,7}", "-?[0-9]{1,3}", " [0-9]{1,5} ", any::<String>()])
}

proptest! {
    #![proptest_config(config(512))]

    /// Whatever is typed: no panic; a usable target has a normalised host (lowercase ASCII
    /// letters, digits, `.`, `-`, `_`, at most 253 characters) or an IP, and a port 1–65535.
    #[test]
    fn target_parse_never_panics_and_normalises_the_host(
        protocol in any_protocol(),
        host in typed_host(),
        port in typed_port(),
        security in proptest::option::of(prop::sample::select(vec![
            SecurityChoice::None, SecurityChoice::Starttls, SecurityChoice::Tls, SecurityChoice::Auto,
        ])),
    ) {
        let req = DiagnoseRequest {
            port: port.map(RawPort),
            security,
            ..DiagnoseRequest::new(protocol, host)
        };
        let (target, findings) = target::parse(&req);
        match target {
            Some(t) => {
                prop_assert!(t.port >= 1);
                if let Host::Name(name) = &t.host {
                    prop_assert!(!name.is_empty() && name.len() <= 253, "{name:?}");
                    prop_assert!(
                        name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"-._".contains(&b)),
                        "{name:?}"
                    );
                    prop_assert!(!name.starts_with('.') && !name.ends_with('.') && !name.contains(".."), "{name:?}");
                }
                let _ = t.describe();
            }
            None => prop_assert!(!findings.is_empty(), "an unusable target without a finding"),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The transcript
// ---------------------------------------------------------------------------------------------

proptest! {
    #![proptest_config(config(64))]

    /// Whatever a server sends, the transcript keeps at most 400 lines (plus one note), each
    /// at most 512 characters plus the cut marker, with no control characters but tab.
    #[test]
    fn the_transcript_stays_bounded_and_free_of_control_characters(
        lines in prop::collection::vec(prop_oneof![line(), "[ -~]{500,700}"], 0..40),
        repeat in 1usize..16,
    ) {
        let transcript = maildoctor::transcript::Transcript::default();
        for _ in 0..repeat {
            for l in &lines {
                transcript.server(l);
            }
        }
        let kept = transcript.lines();
        prop_assert!(kept.len() <= 401, "{} lines", kept.len());
        for l in &kept {
            prop_assert!(l.text.chars().count() <= 512 + " …[cut]".chars().count(), "{:?}", l.text);
            prop_assert!(!l.text.chars().any(|c| c.is_control() && c != '\t'), "{:?}", l.text);
        }
    }
}
