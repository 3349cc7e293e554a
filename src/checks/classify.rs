//! The sign-in classifier: a server's refusal (IMAP, POP3, SMTP) → finding codes. Sans-IO.
//!
//! This module owns the answer to "why did the server say no?". It takes what the auth stage
//! saw (an [`Answer`] plus the capabilities, the provider and a few run facts, bundled as an
//! [`Input`]) and returns a [`Classification`]: the likely cause as `primary`, other plausible
//! causes as `secondary`, the server's own words as evidence, and, when the server uses one
//! answer for several causes, the reason it is `ambiguous`. It does no I/O, never panics on
//! server bytes, does bounded work on any input, and writes no remedy prose (the catalog does).
//!
//! # How an answer is judged
//!
//! docs/CLASSIFIER.md is the reference: the order of judgement, the code families, the answer
//! families the corpus covers and how to add a line. In short, the rule table
//! (`rules::RULES`, one static ordered slice like ripgrep's `FLAGS`, first match wins) reads
//! **response codes first** (RFC 5530 IMAP codes and vendor codes such as `[TEMPFAIL]`,
//! `[WEBALERT]`, `[THROTTLED]`; RFC 2449/3206 POP3 codes; SMTP reply codes and RFC 3463
//! enhanced codes by class, so a 4xx or 4.x.x is temporary and never "wrong password"), **then
//! meaning** (one word list per meaning in `words`, with the non-English phrasings, read from
//! the reply decoded by [`text::decode`] and lowercased), **then the provider** (fallbacks keyed
//! on the provider id, given or found from the greeting). Each phase of [`Phase`] has its
//! rules and its catch-all: a greeting refusal gets what it says with `protocol.rejected`
//! beside it, a STARTTLS refusal is `tls.starttls_failed`/`unsupported` by its code, a
//! capability "unknown command" and a logout `BYE` are not reported.
//!
//! * A code never decides alone where its meaning is shared: Gmail's `[OVERQUOTA]` is its
//!   bandwidth cap, Dovecot 2.3's `[UNAVAILABLE]` and `[SYS/TEMP]` also carry the connection
//!   limit (the connection text is matched first), and `[ALERT]` only means "show this to the
//!   user", so it matches nothing by itself.
//! * Text patterns key on the stable part of a message (`application-specific password`,
//!   `5.7.9`) so that wording drift ("Learn more at" → "For more information, go to") does not
//!   break them; some meanings are read in two parts (a protocol named and "disabled").
//! * Every rule is exercised by a line of the corpus (`classify_cases.txt` and `classify/cases/`),
//!   each line citing its source; tests hold every line to its expected codes.
//!
//! Use: the auth stage builds an [`Answer`] (from the parsed reply, or raw lines with
//! [`Answer::from_lines`]), wraps it in an [`Input`] and calls [`classify`]; before sending a
//! password it asks [`refusal_from_capabilities`] and [`choose_mechanism`].
//!
//! Evidence quotes the reply with every URL's query cut off, because Gmail's `534-5.7.14`
//! sign-in links carry a sign-in token (`plt=…`).
//!
//! The module is split by concern: this file holds the public API, the protocol adapters and
//! what is read from an answer (`Seen`); `rules.rs` the table; `words.rs` the word lists;
//! `corpus.rs` (tests) the corpus and its guards.

use base64::Engine as _;

use crate::diagnosis::{Code, Evidence, Finding};
use crate::proto::{Capabilities, imap, pop3, smtp, text};
use crate::target::Protocol;

#[cfg(test)]
use self::evidence::cut_url_queries;
use self::evidence::{quote, server_limit};
use self::rules::RULES;
use self::seen::Seen;

#[cfg(test)]
mod corpus;
mod evidence;
mod rules;
mod seen;
mod server_words;
mod words;

/// Most reply lines looked at; a longer reply is cut (an SMTP reply has at most 64 anyway).
const MAX_LINES: usize = 32;
/// Most bytes of one line looked at; a longer line is cut at a character boundary.
const MAX_LINE: usize = 2048;
/// Most bytes of the joined reply that rules read (real replies are under 2 KiB).
const MAX_TEXT: usize = 8192;
/// Most bytes of the reply quoted in evidence (cut at a character boundary).
const MAX_QUOTE: usize = 600;

/// When in the session the answer came.
///
/// Each rule names the phases it applies in; each phase has its own catch-all
/// (docs/CLASSIFIER.md §2).
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub enum Phase {
    /// The server refused at the greeting (IMAP `* BYE`/`* NO`, POP3 `-ERR`, SMTP `421`/`554`).
    Greeting,
    /// The answer to the capability request (IMAP `CAPABILITY`, POP3 `CAPA`, SMTP `EHLO`).
    Capability,
    /// The answer to the STARTTLS request (IMAP `STARTTLS`, POP3 `STLS`, SMTP `STARTTLS`).
    Starttls,
    /// The answer to the sign-in (`LOGIN`, `AUTHENTICATE`, `USER`/`PASS`, `AUTH`).
    Login,
    /// An answer after a sign-in that succeeded: untagged `NO`/`BYE`/`[ALERT]` lines, the
    /// answer to the first harmless command (`EXAMINE INBOX`, `NOOP`, `STAT`) where some
    /// providers refuse instead, and the mailbox stage's `LIST`/`STATUS`/`GETQUOTAROOT`.
    AfterLogin,
    /// The answer to `LOGOUT`/`QUIT`.
    Logout,
    /// The send check (SMTP, after sign-in): the answer to `MAIL FROM` or `RCPT TO`.
    Send,
}

/// What the server answered, per protocol.
#[derive(Clone, Debug, Eq, PartialEq)]
pub enum Answer {
    /// IMAP: the untagged lines seen before the tagged status (`* BAD [ALERT] …`,
    /// `* Too many invalid logon attempts.`, a `+ …` continuation), raw and in order, then the
    /// tagged status (`None` when the server closed the connection instead).
    Imap {
        /// Untagged and continuation lines, as received.
        untagged: Vec<String>,
        /// The tagged status.
        tagged: Option<imap::Status>,
    },
    /// POP3: the status line (`None` when none came), and lines that were not one.
    Pop3 {
        /// The status line.
        status: Option<pop3::Status>,
        /// Lines that are not a status line, as received.
        other: Vec<String>,
    },
    /// SMTP: the (possibly multi-line, possibly unfinished) reply (`None` when no reply line
    /// came), and lines that were not reply lines.
    Smtp {
        /// The reply lines read, with the code of the last one.
        reply: Option<smtp::Reply>,
        /// Lines that are not reply lines, as received.
        other: Vec<String>,
    },
}

impl Answer {
    /// Builds an answer from raw server lines (without CRLF), decoding bytes that are not
    /// UTF-8 by the legacy encoding they are most likely in ([`text::decode`]: GBK, KOI8-R,
    /// windows-1251, ISO-8859-1, …). Lines that do not parse are kept as text, so nothing is lost or panics.
    pub fn from_lines<B: AsRef<[u8]>>(protocol: Protocol, lines: &[B]) -> Answer {
        let lines: Vec<String> = lines
            .iter()
            .take(MAX_LINES)
            .map(|l| clip(&text::decode(l.as_ref()), MAX_LINE).to_owned())
            .collect();
        match protocol {
            Protocol::Imap => imap_answer(lines),
            Protocol::Pop3 => pop3_answer(lines),
            Protocol::Smtp => smtp_answer(lines),
        }
    }

    /// The answer's lines as the server wrote them (statuses re-rendered from their parts),
    /// for quoting when the classifier has nothing to say.
    pub fn lines(&self) -> Vec<String> {
        match self {
            Answer::Imap { untagged, tagged } => {
                untagged.iter().cloned().chain(tagged.iter().map(ToString::to_string)).collect()
            }
            Answer::Pop3 { status, other } => {
                other.iter().cloned().chain(status.iter().map(ToString::to_string)).collect()
            }
            Answer::Smtp { reply, other } => {
                reply.iter().map(ToString::to_string).chain(other.iter().cloned()).collect()
            }
        }
    }

    /// The protocol the answer is in.
    pub fn protocol(&self) -> Protocol {
        match self {
            Answer::Imap { .. } => Protocol::Imap,
            Answer::Pop3 { .. } => Protocol::Pop3,
            Answer::Smtp { .. } => Protocol::Smtp,
        }
    }
}

fn imap_answer(mut lines: Vec<String>) -> Answer {
    let tagged_at = lines.iter().rposition(|l| {
        imap::parse_status(l).is_some_and(|s| s.tag != "*" && s.tag != "+" && s.cond != imap::Cond::Bye)
    });
    let tagged = tagged_at.and_then(|i| imap::parse_status(&lines.remove(i)));
    Answer::Imap { untagged: lines, tagged }
}

fn pop3_answer(lines: Vec<String>) -> Answer {
    let at = lines.iter().rposition(|l| pop3::parse_status(l).is_some());
    let mut other = lines;
    let status = at.and_then(|i| pop3::parse_status(&other.remove(i)));
    Answer::Pop3 { status, other }
}

/// Reads reply lines up to the last one (`535 …` after `535-…`). A reply cut short keeps the
/// lines it has, with the code of the last one; lines that are not reply lines are kept apart
/// (no made-up code). Lines after the last one are not part of the answer.
fn smtp_answer(lines: Vec<String>) -> Answer {
    let mut reply: Option<smtp::Reply> = None;
    let mut other = Vec::new();
    for line in lines {
        let Some(parsed) = smtp::parse_line(&line) else {
            other.push(line);
            continue;
        };
        let enhanced = || parsed.text.split_whitespace().next().and_then(smtp::EnhancedCode::parse);
        let reply = reply.get_or_insert_with(|| smtp::Reply {
            code: parsed.code,
            enhanced: enhanced(),
            lines: Vec::new(),
        });
        reply.code = parsed.code;
        reply.lines.push(parsed.text.to_owned());
        if !parsed.more {
            break;
        }
    }
    Answer::Smtp { reply, other }
}

/// Everything the classifier looks at.
#[derive(Clone, Copy, Debug)]
pub struct Input<'a> {
    /// When the answer came.
    pub phase: Phase,
    /// The answer.
    pub answer: &'a Answer,
    /// The capabilities, parsed once by the protocol stage (keywords, SASL mechanisms,
    /// STARTTLS, LOGINDISABLED); empty before they were read.
    pub capabilities: &'a Capabilities,
    /// The provider id (`gmail`, `microsoft365`, …) when it is known.
    pub provider: Option<&'a str>,
    /// The greeting line; used to find the provider when `provider` is `None`.
    pub greeting: Option<&'a str>,
    /// The connection is encrypted (implicit TLS or after STARTTLS).
    pub tls_active: bool,
    /// Earlier in this run the server refused for too many connections (Gmail then answers
    /// every sign-in with "Invalid credentials", reference H10).
    pub too_many_connections_seen: bool,
    /// The sign-in answered was made with an OAuth2 access token: a "wrong credentials"
    /// answer is about the token, not a password.
    pub oauth: bool,
}

impl<'a> Input<'a> {
    /// An input with no capabilities, no provider, no TLS and no earlier connection refusal.
    pub fn new(phase: Phase, answer: &'a Answer) -> Self {
        Input {
            phase,
            answer,
            capabilities: &NO_CAPABILITIES,
            provider: None,
            greeting: None,
            tls_active: false,
            too_many_connections_seen: false,
            oauth: false,
        }
    }
}

/// The capabilities of an [`Input`] that has none.
static NO_CAPABILITIES: Capabilities = Capabilities {
    keywords: Vec::new(),
    auth: Vec::new(),
    starttls: false,
    login_disabled: false,
    size_limit: None,
};

/// The classifier's verdict on one answer.
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct Classification {
    /// The likely cause.
    pub primary: Code,
    /// Other causes the same answer is known to mean, most likely first.
    pub secondary: Vec<Code>,
    /// The server's words (URL queries cut), and the server's own limit where it gave one.
    pub evidence: Vec<Evidence>,
    /// Why the answer is ambiguous, when it is.
    pub ambiguous: Option<&'static str>,
    /// The id of the rule that matched (for logs and tests).
    pub rule: &'static str,
}

impl Classification {
    /// The findings to report: the primary first (with all the evidence), then one per
    /// secondary cause (with the server's words).
    pub fn findings(&self) -> Vec<Finding> {
        let mut primary = Finding::new(self.primary);
        primary.evidence = self.evidence.clone();
        if let Some(why) = self.ambiguous {
            primary = primary.with_words("ambiguous", crate::i18n::Text::new(why));
        }
        let said: Vec<Evidence> = self.evidence.iter().filter(|e| e.label == SAID).cloned().collect();
        let rest = self.secondary.iter().map(|&code| Finding { code, evidence: said.clone(), fix: None });
        std::iter::once(primary).chain(rest).collect()
    }
}

const SAID: &str = "server said";
const LIMIT: &str = "server limit";

/// What one answer says, before it is joined into one line.
struct Read {
    refusal: bool,
    codes: Vec<String>,
    lines: Vec<String>,
    xoauth2: Option<String>,
    /// IMAP: the only refusal is a `BYE` (the tagged status, if any, is OK).
    bye_only: bool,
    /// IMAP: the command succeeded and only untagged `NO` lines warn (a near-quota alert).
    warning_only: bool,
}

fn imap_facts(untagged: &[String], tagged: Option<&imap::Status>) -> Read {
    let mut codes = Vec::new();
    let mut lines = Vec::new();
    let mut xoauth2 = None;
    let (mut bye, mut no, mut ok) = (false, false, false);
    for line in untagged.iter().take(MAX_LINES) {
        let line = clip(line, MAX_LINE);
        if let Some(status) = imap::parse_status(line) {
            bye |= status.cond == imap::Cond::Bye;
            no |= matches!(status.cond, imap::Cond::No | imap::Cond::Bad);
            ok |= matches!(status.cond, imap::Cond::Ok | imap::Cond::Preauth);
            if !is_capability_line(line) {
                codes.extend(status.code_atom());
            }
        }
        if is_capability_line(line) {
            continue;
        }
        if let Some(payload) = line.strip_prefix('+') {
            xoauth2 = xoauth2.or_else(|| decode_xoauth2(payload.trim()));
        }
        lines.push(line.to_owned());
    }
    // Untagged NO/BAD/BYE lines carry meaning even beside a tagged OK (an alert after sign-in);
    // an answer of untagged OK lines only (a greeting) is no refusal.
    let tagged_ok = tagged.is_some_and(|s| matches!(s.cond, imap::Cond::Ok | imap::Cond::Preauth));
    let refusal = match tagged {
        Some(_) => bye || no || !tagged_ok,
        None => bye || no || !ok,
    };
    let bye_only = bye && !no && (tagged_ok || tagged.is_none());
    let warning_only = no && !bye && tagged_ok;
    if let Some(status) = tagged {
        codes.extend(status.code_atom());
        codes.extend(status.trailing_code().map(|c| c.atom()));
        lines.push(clip(&status.to_string(), MAX_LINE).to_owned());
    }
    Read { refusal, codes, lines, xoauth2, bye_only, warning_only }
}

fn is_capability_line(line: &str) -> bool {
    let upper = clip(line, 20).to_ascii_uppercase();
    upper.starts_with("* CAPABILITY") || upper.starts_with("* OK [CAPABILITY")
}

/// A base64 XOAUTH2 error (`+ eyJzdGF0dXMiOiI0MDAi…`, B11) decoded, when it is one.
fn decode_xoauth2(payload: &str) -> Option<String> {
    if payload.is_empty() || payload.len() > MAX_LINE {
        return None;
    }
    let bytes = base64::engine::general_purpose::STANDARD.decode(payload).ok()?;
    let json = String::from_utf8(bytes).ok()?;
    let compact: String = json.chars().filter(|c| !c.is_whitespace()).collect();
    // XOAUTH2 says an HTTP-like "400"/"401"; OAUTHBEARER (RFC 7628 §3.2.2) a word such as
    // "invalid_token" or "insufficient_scope".
    compact.contains("\"status\":\"").then_some(json)
}

/// What a POP3 answer says; no status line at all is a refusal (the server said something
/// else), quoted as it came.
fn pop3_facts(status: Option<&pop3::Status>, other: &[String]) -> Read {
    let codes = status
        .and_then(|s| s.code.as_ref())
        .map(|c| clip(&c.to_string(), 64).to_ascii_uppercase())
        .into_iter()
        .collect();
    let mut lines: Vec<String> = other.iter().take(MAX_LINES).map(|l| clip(l, MAX_LINE).to_owned()).collect();
    if let Some(status) = status {
        lines.push(clip(&status.to_string(), MAX_LINE).to_owned());
    }
    Read {
        refusal: !status.is_some_and(|s| s.ok),
        codes,
        lines,
        xoauth2: other.iter().find_map(|l| decode_xoauth2(l.strip_prefix('+').unwrap_or(l).trim())),
        bye_only: false,
        warning_only: false,
    }
}

/// What an SMTP answer says; no reply line at all is a refusal, quoted as it came.
fn smtp_facts(reply: Option<&smtp::Reply>, other: &[String]) -> Read {
    let mut codes = Vec::new();
    let mut lines = Vec::new();
    if let Some(reply) = reply {
        codes.push(reply.code.to_string());
        let enhanced = reply.enhanced.map(|e| e.to_string());
        codes.extend(enhanced.clone());
        // One line: "534 5.7.14 first … rest", the enhanced code repeated on every line dropped.
        for (i, line) in reply.lines.iter().take(MAX_LINES).enumerate() {
            let line = clip(line, MAX_LINE);
            let body = match &enhanced {
                Some(e) if i > 0 => line.strip_prefix(e.as_str()).unwrap_or(line).trim_start(),
                _ => line,
            };
            lines.push(if i == 0 { format!("{} {body}", reply.code) } else { body.to_owned() });
        }
    }
    lines.extend(other.iter().take(MAX_LINES).map(|l| clip(l, MAX_LINE).to_owned()));
    Read {
        refusal: reply.is_none_or(|r| r.code.is_negative()),
        codes,
        lines,
        xoauth2: other.iter().find_map(|l| decode_xoauth2(l.strip_prefix("334").unwrap_or(l).trim())),
        bye_only: false,
        warning_only: false,
    }
}

fn join_bounded(lines: &[String]) -> String {
    let mut out = String::new();
    for line in lines.iter().map(|l| l.trim()).filter(|l| !l.is_empty()) {
        if out.len() >= MAX_TEXT {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(line);
    }
    let end = clip(&out, MAX_TEXT).len();
    out.truncate(end);
    out
}

/// The longest prefix of `s` of at most `max` bytes that ends on a character boundary.
fn clip(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// Classifies a server's answer.
///
/// Returns `None` only for an answer that is not a refusal and carries nothing worth
/// reporting (a plain `OK`, `+OK` or `235`); every refusal gets a classification, at worst
/// `auth.failed_unclassified` with the server's words.
pub fn classify(input: &Input<'_>) -> Option<Classification> {
    let seen = Seen::new(input);
    let rule = RULES.iter().find(|rule| rule.matches(&seen))?;
    let primary = rule.code?;
    tracing::debug!(rule = rule.id, rows = rule.rows, code = %primary, "classified server answer");
    let mut evidence = Vec::new();
    if !seen.quote.is_empty() {
        evidence.push(Evidence::new(SAID, quote(&seen.quote)));
    }
    if let Some(json) = &seen.xoauth2 {
        evidence.push(Evidence::new("server said (decoded)", quote(json)));
    }
    let connections =
        primary == Code::LimitsTooManyConnections || rule.secondary.contains(&Code::LimitsTooManyConnections);
    if let Some(limit) = connections.then(|| server_limit(&seen.hay)).flatten() {
        evidence.push(Evidence::new(LIMIT, limit));
    }
    let mut secondary = rule.secondary.to_vec();
    // A refusal at the greeting (or of the capability request) says what it is about, and the
    // server also refused service.
    let opening = matches!(input.phase, Phase::Greeting | Phase::Capability);
    let refused_service = opening && seen.refusal && primary.stage() != crate::stage::Stage::Tls;
    if refused_service && primary != Code::ProtocolRejected && !secondary.contains(&Code::ProtocolRejected) {
        secondary.push(Code::ProtocolRejected);
    }
    Some(Classification { primary, secondary, evidence, ambiguous: rule.ambiguous, rule: rule.id })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn smtp(lines: &[&str]) -> Answer {
        Answer::from_lines(Protocol::Smtp, lines)
    }

    fn classify_login(answer: &Answer) -> Classification {
        classify(&Input::new(Phase::Login, answer)).expect("a refusal is always classified")
    }

    fn said(c: &Classification) -> &str {
        c.evidence.iter().find(|e| e.label == SAID).map_or("", |e| e.value.as_str())
    }

    #[test]
    fn bytes_that_are_not_utf8_are_decoded_and_still_classified() {
        let raw: &[&[u8]] = &[b"a1 NO [AUTHENTICATIONFAILED] Anmeldung f\xfcr Benutzer fehlgeschlagen"];
        let c = classify_login(&Answer::from_lines(Protocol::Imap, raw));
        assert_eq!(c.primary, Code::AuthInvalidCredentials);
        assert!(said(&c).contains("Anmeldung für Benutzer"), "{}", said(&c));

        // Hostile shapes: every byte after every prefix; none may panic, every one is classified.
        let prefixes: [&[u8]; 9] = [
            b"a1 NO [",
            b"-ERR [",
            b"535-5.7.",
            b"535 ",
            b"* ",
            b"+ ",
            b"",
            b"a1 NO <https://h/p?t=",
            b"http",
        ];
        for protocol in [Protocol::Imap, Protocol::Pop3, Protocol::Smtp] {
            for prefix in prefixes {
                for byte in 0..=255u8 {
                    let line = [prefix, &[byte, b']', 0xe2, 0x82]].concat();
                    let answer = Answer::from_lines(protocol, &[line.as_slice(), b"\xf0\x9f"]);
                    assert!(classify(&Input::new(Phase::Login, &answer)).is_some());
                }
            }
        }
    }

    #[test]
    fn a_100_kb_line_is_cut_and_quoted_briefly() {
        let huge = format!("a1 NO [AUTHENTICATIONFAILED] {}é{}", "x".repeat(2045), "y".repeat(100_000));
        let answer = Answer::from_lines(Protocol::Imap, &[huge.as_bytes()]);
        let c = classify_login(&answer);
        assert_eq!(c.primary, Code::AuthInvalidCredentials);
        assert!(said(&c).len() <= MAX_QUOTE + '…'.len_utf8(), "quote of {} bytes", said(&c).len());

        // Built directly (not through from_lines), with the telling words far beyond the cut.
        let reply = smtp::Reply {
            code: smtp::ReplyCode::new(535).expect("a reply code"),
            enhanced: None,
            lines: vec![format!("{} Too many bad auth attempts", "z".repeat(100_000))],
        };
        let c = classify_login(&Answer::Smtp { reply: Some(reply), other: Vec::new() });
        assert_eq!(c.primary, Code::AuthInvalidCredentials, "words past the cut are not read");
    }

    #[test]
    fn gmail_web_login_reply_is_joined_and_its_sign_in_token_is_not_quoted() {
        let answer = smtp(&[
            "534-5.7.14 <https://accounts.google.com/signin/continue?sarp=1&scc=1&plt=AKgnsbsmSECRETPART1",
            "534-5.7.14 SECRETPART2_xyz> Please log in via your web browser and",
            "534-5.7.14 then try again.",
            "534-5.7.14  Learn more at",
            "534 5.7.14  https://support.google.com/mail/answer/78754 t9sm1234567wra.53 - gsmtp",
        ]);
        let c = classify_login(&answer);
        assert_eq!(c.primary, Code::AuthWebLoginRequired);
        let quoted = said(&c);
        for secret in ["plt=", "AKgnsbsm", "SECRETPART", "sarp=1"] {
            assert!(!quoted.contains(secret), "{secret} leaked in {quoted:?}");
        }
        assert!(quoted.starts_with("534 5.7.14 <https://accounts.google.com/signin/continue?…>"), "{quoted}");
        assert!(quoted.contains("Please log in via your web browser and then try again."), "{quoted}");
        assert!(quoted.contains("https://support.google.com/mail/answer/78754"), "{quoted}");
        for finding in c.findings() {
            assert!(finding.evidence.iter().all(|e| !e.value.contains("SECRETPART")));
        }
    }

    #[test]
    fn url_queries_are_cut_but_the_rest_of_the_line_stays() {
        assert_eq!(cut_url_queries("see HTTPS://x.example/a?b=1 now"), "see HTTPS://x.example/a?… now");
        assert_eq!(cut_url_queries("<http://h/p?t=1 2 3> after"), "<http://h/p?…> after");
        assert_eq!(
            cut_url_queries("https://aka.ms/smtp_auth_disabled for"),
            "https://aka.ms/smtp_auth_disabled for"
        );
        assert_eq!(cut_url_queries("a http://h/#frag b https://k/?q"), "a http://h/?… b https://k/?…");
        assert_eq!(cut_url_queries("<https://h/p?unterminated token"), "<https://h/p?… token");
        assert_eq!(cut_url_queries("no links é"), "no links é");
        assert_eq!(cut_url_queries("httpd said http:x https://h/?t"), "httpd said http:x https://h/?…");
        assert_eq!(cut_url_queries("http"), "http");
    }

    #[test]
    fn gmail_wording_drift_keeps_the_classification() {
        let learn = smtp(&[
            "534-5.7.9 Application-specific password required. Learn more at",
            "534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor x - gsmtp",
        ]);
        let go_to = smtp(&[
            "534-5.7.9 Application-specific password required. For more information, go to",
            "534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor x - gsmtp",
        ]);
        let reworded = smtp(&[
            "534-5.7.9 Sign-in with this password needs a second step. Details:",
            "534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor x - gsmtp",
        ]);
        for answer in [&learn, &go_to, &reworded] {
            assert_eq!(classify_login(answer).primary, Code::AuthAppPasswordRequired);
        }
    }

    #[test]
    fn an_alert_with_unrelated_words_is_unclassified_and_quotes_the_server() {
        let answer = Answer::from_lines(Protocol::Imap, &["A0002 NO [ALERT] country blocked"]);
        let c = classify_login(&answer);
        assert_eq!(c.primary, Code::AuthFailedUnclassified);
        assert_eq!(said(&c), "A0002 NO [ALERT] country blocked");
        let unknown = smtp(&["550 5.7.999 Computer says no"]);
        assert_eq!(said(&classify_login(&unknown)), "550 5.7.999 Computer says no");
    }

    #[test]
    fn invalid_credentials_after_a_connection_limit_refusal_blames_the_limit() {
        let answer = Answer::from_lines(
            Protocol::Imap,
            &["R00000002 NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)"],
        );
        let mut input = Input::new(Phase::Login, &answer);
        input.provider = Some("gmail");
        let before = classify(&input).expect("classified");
        assert_eq!(before.primary, Code::AuthInvalidCredentials);
        input.too_many_connections_seen = true;
        let after = classify(&input).expect("classified");
        assert_eq!(after.primary, Code::LimitsTooManyConnections);
        assert!(!after.secondary.contains(&Code::AuthInvalidCredentials));
        assert!(after.ambiguous.is_some());
        // A real refusal of another kind is still reported as itself.
        let plaintext = Answer::from_lines(
            Protocol::Imap,
            &["a1 NO [PRIVACYREQUIRED] Plaintext authentication disallowed"],
        );
        input.answer = &plaintext;
        assert_eq!(classify(&input).map(|c| c.primary), Some(Code::AuthPlaintextDisallowed));
    }

    #[test]
    fn the_servers_connection_limit_goes_into_the_evidence() {
        let answer = Answer::from_lines(
            Protocol::Imap,
            &[
                "a1 NO [UNAVAILABLE] Maximum number of connections from user+IP exceeded (mail_max_userip_connections=16)",
            ],
        );
        let c = classify_login(&answer);
        assert_eq!(c.primary, Code::LimitsTooManyConnections);
        let limit = c.evidence.iter().find(|e| e.label == LIMIT).map(|e| e.value.as_str());
        assert_eq!(limit, Some("16"));
        let proxy = smtp(&["421 4.7.0 Too many connections (connection_limit=5), see https://h/x?id=77"]);
        let c = classify(&Input::new(Phase::Greeting, &proxy)).expect("classified");
        assert_eq!(c.evidence.iter().find(|e| e.label == LIMIT).map(|e| e.value.as_str()), Some("5"));
        let gmail = Answer::from_lines(
            Protocol::Imap,
            &["a NO [ALERT] Too many simultaneous connections. (Failure)"],
        );
        assert!(classify_login(&gmail).evidence.iter().all(|e| e.label != LIMIT), "Gmail states no number");
    }

    #[test]
    fn a_successful_answer_is_not_a_refusal_unless_it_carries_a_warning() {
        let ok =
            Answer::from_lines(Protocol::Imap, &["* CAPABILITY IMAP4rev1 AUTH=PLAIN", "a1 OK Logged in"]);
        assert_eq!(classify(&Input::new(Phase::Login, &ok)), None);
        let smtp_ok = smtp(&["235 2.7.0 Authentication successful"]);
        assert_eq!(classify(&Input::new(Phase::Login, &smtp_ok)), None);
        let pop_ok = Answer::from_lines(Protocol::Pop3, &["+OK Logged in."]);
        assert_eq!(classify(&Input::new(Phase::Login, &pop_ok)), None);
        let throttled = Answer::from_lines(Protocol::Imap, &["A00000002 OK Success [THROTTLED]"]);
        assert_eq!(
            classify(&Input::new(Phase::AfterLogin, &throttled)).map(|c| c.primary),
            Some(Code::LimitsThrottled)
        );
    }

    #[test]
    fn findings_put_the_likely_cause_first_and_say_why_it_is_ambiguous() {
        let answer = Answer::from_lines(Protocol::Imap, &["a1 NO LOGIN failed."]);
        let mut input = Input::new(Phase::Login, &answer);
        input.provider = Some("microsoft365");
        let findings = classify(&input).expect("classified").findings();
        let codes: Vec<Code> = findings.iter().map(|f| f.code).collect();
        assert_eq!(codes, [Code::AuthBasicAuthDisabled, Code::AuthInvalidCredentials]);
        assert!(findings[0].evidence.iter().any(|e| e.label == "ambiguous"));
        assert!(
            findings
                .iter()
                .all(|f| f.evidence.iter().any(|e| e.label == SAID && e.value == "a1 NO LOGIN failed."))
        );
    }

    #[test]
    fn untagged_lines_and_a_closed_connection_are_read() {
        let answer = Answer::from_lines(Protocol::Imap, &["* Too many invalid logon attempts."]);
        assert!(matches!(&answer, Answer::Imap { tagged: None, .. }));
        assert_eq!(classify_login(&answer).primary, Code::AuthTooManyFailures);
        let empty = Answer::from_lines::<&[u8]>(Protocol::Smtp, &[]);
        let c = classify_login(&empty);
        assert_eq!(c.primary, Code::AuthFailedUnclassified);
        assert!(c.evidence.is_empty(), "nothing to quote");
    }

    #[test]
    fn a_reply_cut_short_keeps_its_code_and_words() {
        let cut = smtp(&["535-5.7.8 Something the server never finished"]);
        assert!(matches!(&cut, Answer::Smtp { reply: Some(r), .. } if r.code.get() == 535));
        assert_eq!(classify_login(&cut).primary, Code::AuthInvalidCredentials);
        let mixed = smtp(&["454-4.7.0 Too many login attempts", "garbage \u{1} line"]);
        let c = classify_login(&mixed);
        assert_eq!(c.primary, Code::AuthTooManyFailures);
        assert!(said(&c).contains("garbage"), "{}", said(&c));
    }
}
