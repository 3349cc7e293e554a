//! The sign-in classifier: a server's refusal (IMAP, POP3, SMTP) → finding codes. Sans-IO.
//!
//! This module owns the answer to "why did the server say no?". It takes what the auth stage
//! saw (an [`Answer`] plus the capabilities, the provider and a few run facts, bundled as an
//! [`Input`]) and returns a [`Classification`]: the likely cause as `primary`, other plausible
//! causes as `secondary`, the server's own words as evidence, and, when the server uses one
//! answer for several causes, the reason it is `ambiguous`. It does no I/O, never panics on
//! server bytes, does bounded work on any input, and writes no remedy prose (the catalog does).
//!
//! # The rule table
//!
//! `RULES` is one static, ordered slice (like ripgrep's `FLAGS`); the first rule that matches
//! wins. The order is `shared/reference/server-responses.md` §12: greeting refusals, then
//! plaintext refused (row 7), basic auth off (8), app password (9), web sign-in (10), protocol
//! off (11), mechanism (12), connections (13), bandwidth (14), throttling (15), failed-login ban
//! (16), locked (17), expired (18), OAuth (21), server fault (22), mailbox in use (23), login
//! delay (24), storage quota (25), then provider fallbacks, wrong password (26) and the
//! unclassified catch-all (27). Inside a row the response-code rule comes before the text rule.
//!
//! * **Codes** are RFC 5530 IMAP codes, RFC 2449/3206 POP3 codes, SMTP reply codes (`535`)
//!   and enhanced status codes (`5.7.8`). A code never decides alone where the reference says
//!   it lies (§11): Gmail's `[OVERQUOTA]` is its bandwidth cap, Dovecot 2.3's `[UNAVAILABLE]`
//!   and `[SYS/TEMP]` also carry the connection limit (the connection text is matched first),
//!   and `[ALERT]` only means "show this to the user", so it matches nothing by itself.
//!   `NOPERM`, `NONEXISTENT`, `ALREADYEXISTS`, `EXPUNGEISSUED`, `CLIENTBUG` and `CANNOT` are
//!   left to the unclassified catch-all, which quotes the server.
//! * **Text** patterns are lowercase substrings of the joined, lossily decoded reply. They key
//!   on the stable part of a message (`application-specific password`, `5.7.9`) so that
//!   wording drift ("Learn more at" → "For more information, go to") does not break them.
//! * **Provider fallbacks** are keyed on the provider id (given, or found from the greeting).
//!
//! Use: every stage that hears an answer (greeting, capability request, STARTTLS, sign-in,
//! after sign-in, logout) builds an [`Answer`] from the client's typed answer (`checks::answers`)
//! or raw lines ([`Answer::from_lines`]), wraps it in an [`Input`] and calls [`classify`].
//! Which mechanism to sign in with is decided before, from the capabilities
//! (`checks::auth::choose_mechanism`).
//!
//! Evidence quotes the reply with every URL's query cut off, because Gmail's `534-5.7.14`
//! sign-in links carry a sign-in token (`plt=…`).

use base64::Engine as _;

use super::auth::oauth_only;
use crate::diagnosis::{Code, Evidence, Finding};
use crate::proto::{Capabilities, imap, pop3, smtp};
use crate::providers::Provider;
use crate::target::Protocol;

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
/// Rules without a phase of their own apply to every phase but [`Phase::Greeting`].
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
    /// UTF-8 lossily. Lines that do not parse are kept as text, so nothing is lost or panics.
    pub fn from_lines<B: AsRef<[u8]>>(protocol: Protocol, lines: &[B]) -> Answer {
        let lines: Vec<String> = lines
            .iter()
            .take(MAX_LINES)
            .map(|l| clip(&String::from_utf8_lossy(l.as_ref()), MAX_LINE).to_owned())
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
        }
    }
}

/// The capabilities of an [`Input`] that has none.
static NO_CAPABILITIES: Capabilities =
    Capabilities { keywords: Vec::new(), auth: Vec::new(), starttls: false, login_disabled: false };

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
            primary = primary.with("ambiguous", why);
        }
        let said: Vec<Evidence> = self.evidence.iter().filter(|e| e.label == SAID).cloned().collect();
        let rest = self.secondary.iter().map(|&code| Finding { code, evidence: said.clone(), fix: None });
        std::iter::once(primary).chain(rest).collect()
    }
}

const SAID: &str = "server said";
const LIMIT: &str = "server limit";

/// How a rule looks at the answer.
#[derive(Clone, Copy, Debug)]
enum When {
    /// Any of these response codes (IMAP/POP3 code atom, SMTP reply or enhanced code).
    Code(&'static [&'static str]),
    /// Any of these lowercase substrings of the joined text.
    Text(&'static [&'static str]),
    /// One of the codes and one of the substrings.
    Both(&'static [&'static str], &'static [&'static str]),
    /// One of the codes or one of the substrings.
    Either(&'static [&'static str], &'static [&'static str]),
    /// Always (the guard and the provider filter decide).
    Always,
}

/// One classification rule. Built with `const` helpers so the table reads one rule a line.
#[derive(Clone, Copy, Debug)]
struct Rule {
    /// Stable id, `row.what` after server-responses.md §12.
    id: &'static str,
    /// The reference rows the rule was written from.
    rows: &'static str,
    when: When,
    code: Code,
    secondary: &'static [Code],
    ambiguous: Option<&'static str>,
    /// Only for this protocol (`None`: all).
    protocol: Option<Protocol>,
    /// Only in this phase (`None`: sign-in and after, not the greeting).
    phase: Option<Phase>,
    /// In every phase, the greeting included (overrides `phase`).
    any_phase: bool,
    /// Only for these provider ids (empty: any).
    providers: &'static [&'static str],
    /// An extra condition on the run facts.
    guard: Option<fn(&Seen<'_>) -> bool>,
    /// Also applies to an answer that is not a refusal (`OK … [THROTTLED]`, over-quota alerts).
    on_success: bool,
}

type Words = &'static [&'static str];

impl Rule {
    const fn code(id: &'static str, rows: &'static str, codes: Words, code: Code) -> Rule {
        Rule::new(id, rows, When::Code(codes), code)
    }
    const fn text(id: &'static str, rows: &'static str, text: Words, code: Code) -> Rule {
        Rule::new(id, rows, When::Text(text), code)
    }
    const fn both(id: &'static str, rows: &'static str, codes: Words, text: Words, code: Code) -> Rule {
        Rule::new(id, rows, When::Both(codes, text), code)
    }
    const fn either(id: &'static str, rows: &'static str, codes: Words, text: Words, code: Code) -> Rule {
        Rule::new(id, rows, When::Either(codes, text), code)
    }
    const fn always(id: &'static str, rows: &'static str, code: Code) -> Rule {
        Rule::new(id, rows, When::Always, code)
    }
    const fn new(id: &'static str, rows: &'static str, when: When, code: Code) -> Rule {
        Rule {
            id,
            rows,
            when,
            code,
            secondary: &[],
            ambiguous: None,
            protocol: None,
            phase: None,
            any_phase: false,
            providers: &[],
            guard: None,
            on_success: false,
        }
    }
    const fn also(self, secondary: &'static [Code]) -> Rule {
        Rule { secondary, ..self }
    }
    const fn ambiguous(self, why: &'static str) -> Rule {
        Rule { ambiguous: Some(why), ..self }
    }
    const fn only(self, protocol: Protocol) -> Rule {
        Rule { protocol: Some(protocol), ..self }
    }
    const fn at(self, phase: Phase) -> Rule {
        Rule { phase: Some(phase), ..self }
    }
    const fn any_phase(self) -> Rule {
        Rule { any_phase: true, ..self }
    }
    const fn providers(self, providers: &'static [&'static str]) -> Rule {
        Rule { providers, ..self }
    }
    const fn guard(self, guard: fn(&Seen<'_>) -> bool) -> Rule {
        Rule { guard: Some(guard), ..self }
    }
    const fn on_success(self) -> Rule {
        Rule { on_success: true, ..self }
    }
}

// Pattern lists used by more than one rule.

/// Too many parallel sessions (E01-E11; M365's SMTP sender-thread limit).
const CONNECTIONS: &[&str] = &[
    "simultaneous connections",
    "concurrent connections",
    "number of connections",
    "too many connections",
    "connections exceeded",
    "connection limit",
    "userip_connections",
    "concurrent smtp connections",
    "service busy",
    "sender thread limit",
    "too many sessions",
];
/// Codes that say "wrong user or password" once nothing more specific matched (row 26).
const INVALID_CODES: &[&str] =
    &["AUTHENTICATIONFAILED", "AUTHORIZATIONFAILED", "AUTH", "535", "5.7.8", "5.7.3", "5.7.139"];
/// Words that say "wrong user or password" (A01-A37).
const INVALID_TEXT: &[&str] = &[
    "invalid credentials",
    "credentials invalid",
    "credentials were incorrect",
    "incorrect credentials",
    "bad credentials",
    "badcredentials",
    "authentication fail",
    "authenticate failed",
    "login fail",
    "logon fail",
    "incorrect username or password",
    "invalid user name or password",
    "invalid username or password",
    "username and password not accepted",
    "incorrect authentication data",
    "unknown user name or bad password",
    "invalid login",
    "authentication unsuccessful",
    "bad password",
    "wrong password",
    "incorrect password",
    "invalid password",
    "login incorrect",
];

const MICROSOFT: &[&str] = &["microsoft365", "outlook"];

/// The table. First match wins; see the module docs for the order.
const RULES: &[Rule] = &[
    // §12 step 1, connection-level facts: STARTTLS refused or TLS failed at a proxy (W17, W18).
    Rule::text("1.starttls-failed", "W17", STARTTLS_BROKEN, Code::TlsStarttlsFailed).any_phase(),
    Rule::text("1.starttls-unsupported", "W17", STARTTLS_OFF, Code::TlsStarttlsUnsupported).any_phase(),
    Rule::text("1.proxy-certificate", "W18", PROXY_CERT, Code::TlsHandshakeFailed).any_phase(),
    // §12 row 5: refusals at the greeting.
    Rule::text("5.greeting-connections", "E07 E08 E09", CONNECTIONS, Code::ProtocolRejected)
        .at(Phase::Greeting)
        .also(&[Code::LimitsTooManyConnections]),
    Rule::always("5.greeting", "E16 W20", Code::ProtocolRejected).at(Phase::Greeting),
    // Row 7: a password in clear text is refused.
    Rule::code("7.code", "G01 G04", &["PRIVACYREQUIRED", "5.7.10", "5.7.11"], Code::AuthPlaintextDisallowed),
    Rule::text("7.text", "G03 G05 G08-G16", PLAINTEXT, Code::AuthPlaintextDisallowed),
    Rule::text("7.exchange-invalid-state", "G07", &["invalid state"], Code::AuthPlaintextDisallowed)
        .only(Protocol::Imap)
        .guard(|s| !s.input.tls_active && has_cap(s.input.capabilities, "LOGINDISABLED")),
    // Row 8: password sign-in (basic auth) switched off.
    Rule::either("8.code-text", "C06-C11", &["5.7.30"], BASIC_OFF, Code::AuthBasicAuthDisabled),
    Rule::always("8.oauth-only", "C12", Code::AuthBasicAuthDisabled)
        .providers(MICROSOFT)
        .guard(|s| s.input.tls_active && oauth_only(Protocol::Imap, s.input.capabilities))
        .only(Protocol::Imap),
    // Row 9: an app password (Gmail, QQ "authorization code") is needed.
    Rule::both("9.code", "B03 B04", &["5.7.9"], &["invalidsecondfactor"], Code::AuthAppPasswordRequired),
    Rule::text("9.text", "B01-B05", APP_PASSWORD, Code::AuthAppPasswordRequired),
    // Row 10: sign in on the provider's web site first.
    Rule::code("10.code", "C04", &["5.7.14"], Code::AuthWebLoginRequired),
    Rule::text("10.text", "C02-C05", WEB_LOGIN, Code::AuthWebLoginRequired),
    // Row 11: IMAP/POP (or SMTP AUTH) not enabled for the account.
    Rule::text("11.either", "A35 D07", PROTOCOL_OR_PASSWORD, Code::AuthProtocolDisabled)
        .also(&[Code::AuthInvalidCredentials])
        .ambiguous(WHY_EITHER),
    Rule::text("11.text", "D01-D06 D12", PROTOCOL_OFF, Code::AuthProtocolDisabled),
    // Row 12: no sign-in mechanism in common.
    Rule::code("12.code", "C15", &["5.7.4", "504"], Code::AuthMechanismUnsupported),
    Rule::text("12.text", "D09-D11 D13", MECHANISM, Code::AuthMechanismUnsupported),
    // Row 13: too many parallel connections ([UNAVAILABLE]/[SYS/TEMP]/[IN-USE] only with the text).
    Rule::code("13.code", "E03 E11", &["LIMIT"], Code::LimitsTooManyConnections),
    Rule::text("13.text", "E01 E02 E04 E05", CONNECTIONS, Code::LimitsTooManyConnections),
    // Row 14: download/command quota. Gmail's [OVERQUOTA] is bandwidth, not storage (E12).
    Rule::text("14.text", "E12", BANDWIDTH, Code::LimitsBandwidthExceeded).on_success(),
    Rule::code("14.gmail-overquota", "E12", &["OVERQUOTA"], Code::LimitsBandwidthExceeded)
        .providers(&["gmail"])
        .on_success(),
    // Row 15: throttled but working.
    Rule::code("15.code", "E13", &["THROTTLED"], Code::LimitsThrottled).on_success(),
    Rule::text("15.exchange", "E14", &["server unavailable. 15"], Code::LimitsThrottled)
        .also(&[Code::LimitsTooManyConnections])
        .ambiguous(WHY_EXCHANGE_15),
    Rule::text("15.text", "E13", &["throttl"], Code::LimitsThrottled).on_success(),
    // Row 16: too many failed sign-ins; Yahoo's #AUTH005 also comes first for a missing app password.
    Rule::text("16.yahoo", "H03 B09", &["#auth005"], Code::AuthTooManyFailures)
        .also(&[Code::AuthAppPasswordRequired])
        .ambiguous(WHY_AUTH005),
    Rule::text("16.text", "H01-H07", FAILURES, Code::AuthTooManyFailures),
    // Row 17: account locked, disabled or suspended.
    Rule::code("17.code", "F03", &["CONTACTADMIN", "5.7.13"], Code::AuthAccountLocked),
    Rule::text("17.text", "F02 F03 F09 F10", LOCKED, Code::AuthAccountLocked),
    // Row 18: password expired.
    Rule::code("18.code", "F05", &["EXPIRED"], Code::AuthPasswordExpired),
    Rule::text("18.text", "F05 F06 F08", EXPIRED, Code::AuthPasswordExpired),
    // Row 21: OAuth token refused (an XOAUTH2 error continuation, or the words).
    Rule::always("21.xoauth2", "B11", Code::AuthOauthTokenInvalid).guard(|s| s.xoauth2.is_some()),
    Rule::text("21.exchange-not-connected", "C13", NOT_CONNECTED, Code::AuthOauthTokenInvalid)
        .also(&[Code::AuthProtocolDisabled])
        .ambiguous(WHY_NOT_CONNECTED),
    Rule::text("21.text", "B12", OAUTH, Code::AuthOauthTokenInvalid),
    // Row 22: a temporary fault on the server's side.
    Rule::code("22.code", "F11 F18 E15", SERVER_CODES, Code::AuthServerError),
    Rule::text("22.text", "F12 W18", SERVER_TEXT, Code::AuthServerError),
    // Row 23: another session holds the mailbox.
    Rule::code("23.code", "F13-F15", &["IN-USE", "INUSE"], Code::MailboxInUse),
    Rule::text("23.text", "F16", IN_USE, Code::MailboxInUse),
    // Row 24: POP3 login delay.
    Rule::code("24.code", "F17", &["LOGIN-DELAY"], Code::MailboxLoginDelay),
    Rule::text("24.text", "F17", LOGIN_DELAY, Code::MailboxLoginDelay),
    // Row 25: storage quota.
    Rule::code("25.code", "E17", &["OVERQUOTA", "5.2.2"], Code::MailboxOverQuota).on_success(),
    Rule::text("25.text", "E17", QUOTA, Code::MailboxOverQuota).on_success(),
    // H10: after a connection-limit refusal, Gmail calls every sign-in "Invalid credentials".
    Rule::either("13.h10", "H10 E01", INVALID_CODES, INVALID_TEXT, Code::LimitsTooManyConnections)
        .guard(|s| s.input.too_many_connections_seen)
        .ambiguous(WHY_CONNECTIONS_SEEN),
    // Provider fallbacks for a "wrong password" answer (rows 8, 9 and 26).
    Rule::text("26.gmail-badcredentials", "A23", GMAIL_BAD_CREDENTIALS, Code::AuthInvalidCredentials)
        .also(&[Code::AuthAppPasswordRequired])
        .ambiguous(WHY_GMAIL),
    Rule::text("8.microsoft", "A05 A06", MICROSOFT_FAILED, Code::AuthBasicAuthDisabled)
        .providers(MICROSOFT)
        .also(&[Code::AuthInvalidCredentials])
        .ambiguous(WHY_MICROSOFT),
    Rule::either("26.gmx", "A34 D08", INVALID_CODES, INVALID_TEXT, Code::AuthInvalidCredentials)
        .providers(&["gmx", "webde"])
        .also(&[Code::AuthAppPasswordRequired, Code::AuthProtocolDisabled])
        .ambiguous(WHY_GMX),
    Rule::either(
        "26.app-password-providers",
        "A01 A07-A10 A26 A36 B08-B10",
        INVALID_CODES,
        INVALID_TEXT,
        Code::AuthInvalidCredentials,
    )
    .providers(&["yahoo", "aol", "icloud", "yandex", "gmail", "qq", "netease"])
    .also(&[Code::AuthAppPasswordRequired])
    .ambiguous(WHY_APP_PASSWORD),
    // Row 26: wrong user name or password.
    Rule::code("26.code", "A01-A37", INVALID_CODES, Code::AuthInvalidCredentials),
    Rule::text("26.text", "A05 A06 A11-A20 A30-A32", INVALID_TEXT, Code::AuthInvalidCredentials),
    // Row 27: anything else; the server's words are the evidence.
    Rule::always("27.unclassified", "F04", Code::AuthFailedUnclassified),
];

// Short lists and ambiguity reasons named so the table reads one rule a line.
const WHY_EITHER: &str = "the server says: wrong password, or this protocol is switched off for the account";
const WHY_EXCHANGE_15: &str =
    "Exchange sends this when it throttles the account, often for too many sessions";
const WHY_AUTH005: &str = "Yahoo sends this after failed sign-ins and also when an app password is required";
const WHY_NOT_CONNECTED: &str =
    "Microsoft sends this for a token of another mailbox and for a mailbox without IMAP/POP";
const WHY_CONNECTIONS_SEEN: &str =
    "after a connection-limit refusal every sign-in is refused, even a right password";
const WHY_GMAIL: &str = "Gmail refuses an account password this way when an app password is required";
const WHY_MICROSOFT: &str =
    "Microsoft answers the same for a wrong password and for password sign-in switched off";
const WHY_GMX: &str = "GMX answers the same for a wrong password, a missing app password and POP3/IMAP off";
const WHY_APP_PASSWORD: &str =
    "this provider answers the same for a wrong password and for a missing app password";
const STARTTLS_BROKEN: Words = &["tls not available due to local problem"];
const STARTTLS_OFF: Words = &["tls not available", "tls support is not enabled"];
const PROXY_CERT: Words = &["ssl certificate error", "required ssl certificate"];
const NOT_CONNECTED: Words = &["authenticated but not connected"];
const LOGIN_DELAY: Words = &["logins must be at least", "login delay", "login-delay"];
const GMAIL_BAD_CREDENTIALS: Words = &["badcredentials", "answer/14257"];
const MICROSOFT_FAILED: Words = &["login failed", "authenticate failed"];

const PLAINTEXT: &[&str] = &[
    "plaintext authentication disallowed",
    "plaintext authentication not allowed",
    "cleartext authentication disallowed",
    "cleartext authentication not allowed",
    "disallowed on non-secure",
    "authentication not allowed until ssl/tls",
    "must issue a starttls",
    "must issue starttls",
    "starttls is required",
    "starttls required",
    "stls is required",
    "tls required to log in",
    "cleartext logins disabled",
    "plaintext logins disabled",
    "only available under a layer",
    "ssl/tls-connection is required",
    "encryption required for requested authentication",
];
const BASIC_OFF: &[&str] = &[
    "basic authentication is disabled",
    "basic authentication is not supported",
    "basic auth is disabled",
    "smtpclientauthentication is disabled",
    "smtp_auth_disabled",
    "did not meet the criteria to be authenticated",
    "security defaults policy",
];
const APP_PASSWORD: &[&str] = &[
    "application-specific password",
    "app-specific password",
    "app password",
    "authorization code",
    "no=1001256",
    "multi-factor authentication",
];
const WEB_LOGIN: &[&str] = &[
    "via your web browser",
    "with your web browser",
    "via a web browser",
    "in your web browser",
    "web login required",
    "webloginrequired",
    "accounts.google.com/signin/continue",
    "continuesignin",
    "displayunlockcaptcha",
];
const PROTOCOL_OR_PASSWORD: &[&str] =
    &["or imap is disabled", "or pop is disabled", "or pop3 is disabled", "or imap access is disabled"];
const PROTOCOL_OFF: &[&str] = &[
    "not enabled for imap",
    "not enabled for pop",
    "imap access is disabled",
    "pop access is disabled",
    "imap is disabled",
    "pop3 is disabled",
    "pop access not enabled",
    "imap access not enabled",
    "does not have imap access",
    "does not have pop access",
    "yet to enable imap",
    "yet to enable pop",
    "auth not allowed",
    "not authorized to use this service",
];
const MECHANISM: &[&str] = &[
    "unrecognized authentication type",
    "mechanism not supported",
    "unsupported authentication mechanism",
    "unsupported mechanism",
    "unknown authentication mechanism",
    "authentication not enabled",
    "authenticate is not enabled",
    "used when not advertised",
    "command not supported",
];
const BANDWIDTH: &[&str] = &["bandwidth", "download quota", "exceeded command"];
const FAILURES: &[&str] = &[
    "too many login attempts",
    "too many bad auth",
    "too many invalid logon",
    "too many invalid login",
    "too many authentication",
    "too many failed",
    "too many errors",
    "too many login failures",
];
const LOCKED: &[&str] = &[
    "account locked",
    "account is locked",
    "account has been locked",
    "account disabled",
    "account is disabled",
    "account has been disabled",
    "login disabled for this user",
    "user is locked",
    "suspended",
];
const EXPIRED: &[&str] = &[
    "password expired",
    "password has expired",
    "password is expired",
    "password must be changed",
    "credential expired",
    "credentials expired",
    "credentials have expired",
];
const OAUTH: &[&str] = &["oauth token", "token expired", "invalid token", "token is invalid"];
const SERVER_CODES: &[&str] =
    &["UNAVAILABLE", "SERVERBUG", "CORRUPTION", "SYS/TEMP", "421", "432", "435", "451", "454"];
const SERVER_TEXT: &[&str] = &[
    "temporary authentication failure",
    "waiting for authentication",
    "internal login failure",
    "internal error",
    "internal server error",
    "undergoing maintenance",
    "temporary system problem",
    "backend error",
    "connection lost to authentication",
    "temporary failure",
    "temporarily unavailable",
];
const IN_USE: &[&str] = &[
    "mailbox is locked",
    "maildrop is locked",
    "unable to lock maildrop",
    "already in use",
    "already locked",
    "mailbox in use",
    "mailbox is in use",
];
const QUOTA: &[&str] =
    &["over quota", "quota exceeded", "storage has been exceeded", "mailbox is full", "mailbox full"];

/// What the rules look at, computed once per answer.
#[derive(Debug)]
struct Seen<'a> {
    input: &'a Input<'a>,
    /// The answer is a refusal (IMAP NO/BAD/BYE or no tagged line, POP3 -ERR, SMTP 4xx/5xx).
    refusal: bool,
    /// Upper-case response codes: IMAP/POP3 code atoms, SMTP reply code and enhanced code.
    codes: Vec<String>,
    /// The reply as one line, as the server wrote it (bounded).
    quote: String,
    /// `quote` in ASCII lowercase, for matching.
    hay: String,
    /// The provider id, given or found from the greeting.
    provider: Option<&'a str>,
    /// A decoded XOAUTH2 error continuation (`{"status":"400",…}`).
    xoauth2: Option<String>,
}

impl<'a> Seen<'a> {
    fn new(input: &'a Input<'a>) -> Seen<'a> {
        let Read { refusal, codes, lines, xoauth2 } = match input.answer {
            Answer::Imap { untagged, tagged } => imap_facts(untagged, tagged.as_ref(), input.phase),
            Answer::Pop3 { status, other } => pop3_facts(status.as_ref(), other),
            Answer::Smtp { reply, other } => smtp_facts(reply.as_ref(), other),
        };
        let quote = join_bounded(&lines);
        let hay = quote.to_ascii_lowercase();
        let provider = input.provider.or_else(|| {
            input.greeting.and_then(|g| Provider::by_greeting(clip(g, MAX_LINE))).map(|p| p.id.as_str())
        });
        Seen { input, refusal, codes, quote, hay, provider, xoauth2 }
    }

    fn has_code(&self, wanted: &[&str]) -> bool {
        self.codes.iter().any(|c| wanted.contains(&c.as_str()))
    }

    fn has_text(&self, wanted: &[&str]) -> bool {
        wanted.iter().any(|w| self.hay.contains(w))
    }

    fn matches(&self, rule: &Rule) -> bool {
        let phase_ok = rule.any_phase
            || match rule.phase {
                Some(phase) => phase == self.input.phase,
                None => self.input.phase != Phase::Greeting,
            };
        phase_ok
            && (self.refusal || rule.on_success)
            && rule.protocol.is_none_or(|p| p == self.input.answer.protocol())
            && (rule.providers.is_empty() || self.provider.is_some_and(|p| rule.providers.contains(&p)))
            && rule.guard.is_none_or(|guard| guard(self))
            && match rule.when {
                When::Code(codes) => self.has_code(codes),
                When::Text(text) => self.has_text(text),
                When::Both(codes, text) => self.has_code(codes) && self.has_text(text),
                When::Either(codes, text) => self.has_code(codes) || self.has_text(text),
                When::Always => true,
            }
    }
}

/// What one answer says, before it is joined into one line.
struct Read {
    refusal: bool,
    codes: Vec<String>,
    lines: Vec<String>,
    xoauth2: Option<String>,
}

/// What an IMAP answer says. A `* BYE` ends a session early, so it is a refusal, except in
/// the answer to `LOGOUT`, where it is the normal goodbye.
fn imap_facts(untagged: &[String], tagged: Option<&imap::Status>, phase: Phase) -> Read {
    let mut codes = Vec::new();
    let mut lines = Vec::new();
    let mut xoauth2 = None;
    let mut bye = false;
    for line in untagged.iter().take(MAX_LINES) {
        let line = clip(line, MAX_LINE);
        if is_capability_line(line) {
            continue;
        }
        if let Some(status) = imap::parse_status(line) {
            bye |= status.cond == imap::Cond::Bye && phase != Phase::Logout;
            codes.extend(status.code_atom());
        }
        if let Some(payload) = line.strip_prefix('+') {
            xoauth2 = xoauth2.or_else(|| decode_xoauth2(payload.trim()));
        }
        lines.push(line.to_owned());
    }
    let refusal = match tagged {
        Some(status) => bye || !matches!(status.cond, imap::Cond::Ok | imap::Cond::Preauth),
        None => phase != Phase::Logout || untagged.is_empty(),
    };
    if let Some(status) = tagged {
        codes.extend(status.code_atom());
        codes.extend(status.trailing_code().map(|c| c.atom()));
        lines.push(clip(&status.to_string(), MAX_LINE).to_owned());
    }
    Read { refusal, codes, lines, xoauth2 }
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
    compact.contains("\"status\":\"4").then_some(json)
}

/// What a POP3 answer says; no status line at all is a refusal (the server said something
/// else), quoted as it came.
fn pop3_facts(status: Option<&pop3::Status>, other: &[String]) -> Read {
    let codes = status
        .and_then(|s| s.code.as_ref())
        .map(|c| clip(&c.to_string(), 64).to_owned())
        .into_iter()
        .collect();
    let mut lines: Vec<String> = other.iter().take(MAX_LINES).map(|l| clip(l, MAX_LINE).to_owned()).collect();
    if let Some(status) = status {
        lines.push(clip(&status.to_string(), MAX_LINE).to_owned());
    }
    Read { refusal: !status.is_some_and(|s| s.ok), codes, lines, xoauth2: None }
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
    Read { refusal: reply.is_none_or(|r| r.code.is_negative()), codes, lines, xoauth2: None }
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
    let rule = RULES.iter().find(|rule| seen.matches(rule))?;
    tracing::debug!(rule = rule.id, rows = rule.rows, code = %rule.code, "classified server answer");
    let mut evidence = Vec::new();
    if !seen.quote.is_empty() {
        evidence.push(Evidence { label: SAID.into(), value: quote(&seen.quote) });
    }
    if let Some(json) = &seen.xoauth2 {
        evidence.push(Evidence { label: "server said (decoded)".into(), value: quote(json) });
    }
    let connections = rule.code == Code::LimitsTooManyConnections
        || rule.secondary.contains(&Code::LimitsTooManyConnections);
    if let Some(limit) = connections.then(|| server_limit(&seen.hay)).flatten() {
        evidence.push(Evidence { label: LIMIT.into(), value: limit });
    }
    Some(Classification {
        primary: rule.code,
        secondary: rule.secondary.to_vec(),
        evidence,
        ambiguous: rule.ambiguous,
        rule: rule.id,
    })
}

/// The server's own connection limit: the number after `connections=` or `limit=`
/// (`mail_max_userip_connections=10`, a proxy's `connection_limit=5`).
fn server_limit(hay: &str) -> Option<String> {
    let at = ["connections=", "limit="].iter().find_map(|key| hay.find(key).map(|i| i + key.len()))?;
    let digits: String = hay[at..].chars().take_while(char::is_ascii_digit).take(9).collect();
    (!digits.is_empty()).then_some(digits)
}

/// The reply as evidence: URL queries cut (sign-in tokens), then shortened.
fn quote(text: &str) -> String {
    let cut = cut_url_queries(text);
    let short = clip(&cut, MAX_QUOTE);
    if short.len() < cut.len() { format!("{short}…") } else { cut }
}

/// Cuts the query and fragment off every URL, keeping scheme, host and path.
///
/// Gmail's `<https://accounts.google.com/signin/continue?…&plt=TOKEN>` spreads the token over
/// several reply lines (C04), so inside `<…>` the cut runs to the closing `>`, across spaces.
fn cut_url_queries(text: &str) -> String {
    let lower = text.to_ascii_lowercase();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    while let Some(found) = lower[at..].find("http") {
        let start = at + found;
        if !(lower[start..].starts_with("http://") || lower[start..].starts_with("https://")) {
            out.push_str(&text[at..start + 4]);
            at = start + 4;
            continue;
        }
        let rest = &text[start..];
        let url_end = rest.find(|c: char| c.is_whitespace() || "<>\"')".contains(c)).unwrap_or(rest.len());
        let Some(query) = rest[..url_end].find(['?', '#']) else {
            out.push_str(&text[at..start + url_end]);
            at = start + url_end;
            continue;
        };
        out.push_str(&text[at..start + query]);
        out.push_str("?…");
        let bracketed = text[..start].ends_with('<');
        let skip = if bracketed { rest.find('>').unwrap_or(url_end) } else { url_end };
        at = start + skip;
    }
    out.push_str(&text[at..]);
    out
}

/// True when `wanted` is advertised (for rules that depend on a capability).
fn has_cap(caps: &Capabilities, wanted: &str) -> bool {
    caps.has(wanted)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    /// Real server lines and the classification each must get; format in the file's header.
    const CASES: &str = include_str!("classify_cases.txt");

    struct Case {
        row: String,
        answer: Answer,
        phase: Phase,
        provider: Option<String>,
        greeting: Option<String>,
        flags: Vec<String>,
        caps: Vec<String>,
        primary: Code,
        secondary: Vec<Code>,
    }

    fn code(id: &str) -> Code {
        Code::from_id(id.trim()).unwrap_or_else(|| panic!("unknown code {id:?}"))
    }

    fn parse_case(line: &str) -> Case {
        let cols: Vec<&str> = line.splitn(7, " | ").map(str::trim).collect();
        assert_eq!(cols.len(), 7, "seven columns in {line:?}");
        let (proto, phase) = cols[1].split_once(' ').expect("protocol and phase");
        let protocol = match proto {
            "imap" => Protocol::Imap,
            "pop3" => Protocol::Pop3,
            "smtp" => Protocol::Smtp,
            other => panic!("protocol {other:?}"),
        };
        let phase = match phase {
            "greeting" => Phase::Greeting,
            "login" => Phase::Login,
            "after" => Phase::AfterLogin,
            other => panic!("phase {other:?}"),
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
        let secondary = if cols[5] == "-" { Vec::new() } else { cols[5].split(',').map(code).collect() };
        let lines: Vec<&str> = cols[6].split(" ⏎ ").collect();
        Case {
            row: cols[0].to_owned(),
            answer: Answer::from_lines(protocol, &lines),
            phase,
            provider,
            greeting,
            flags,
            caps,
            primary: code(cols[4]),
            secondary,
        }
    }

    fn cases() -> Vec<Case> {
        CASES.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).map(parse_case).collect()
    }

    /// The capabilities a case lists, parsed the way the protocol stage parses them.
    fn capabilities(protocol: Protocol, list: &[String]) -> Capabilities {
        match protocol {
            Protocol::Imap => imap::capability_set(list),
            Protocol::Pop3 => pop3::capa_set(list),
            Protocol::Smtp => smtp::ehlo_set(list),
        }
    }

    fn run(case: &Case) -> Option<Classification> {
        let caps = capabilities(case.answer.protocol(), &case.caps);
        let mut input = Input::new(case.phase, &case.answer);
        input.provider = case.provider.as_deref();
        input.greeting = case.greeting.as_deref();
        input.capabilities = &caps;
        input.tls_active = case.flags.iter().any(|f| f == "tls");
        input.too_many_connections_seen = case.flags.iter().any(|f| f == "conn-seen");
        classify(&input)
    }

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
    fn every_reference_line_gets_its_expected_codes() {
        let cases = cases();
        assert!(cases.len() >= 60, "only {} cases", cases.len());
        let mut failures = Vec::new();
        for case in &cases {
            let Some(got) = run(case) else {
                failures.push(format!("{}: not classified", case.row));
                continue;
            };
            let ambiguous = case.flags.iter().any(|f| f == "ambiguous");
            if got.primary != case.primary
                || got.secondary != case.secondary
                || got.ambiguous.is_some() != ambiguous
            {
                failures.push(format!(
                    "{}: got {} + {:?} (ambiguous: {:?}, rule {}), want {} + {:?} (ambiguous: {ambiguous})",
                    case.row,
                    got.primary,
                    got.secondary,
                    got.ambiguous,
                    got.rule,
                    case.primary,
                    case.secondary
                ));
            }
            if said(&got).is_empty() {
                failures.push(format!("{}: the server's words are not quoted", case.row));
            }
        }
        assert!(
            failures.is_empty(),
            "{} of {} cases wrong:\n{}",
            failures.len(),
            cases.len(),
            failures.join("\n")
        );
    }

    #[test]
    fn every_rule_is_exercised_by_a_real_server_line() {
        let used: BTreeSet<&str> = cases().iter().filter_map(run).map(|c| c.rule).collect();
        let unused: Vec<&str> = RULES.iter().map(|r| r.id).filter(|id| !used.contains(id)).collect();
        assert!(unused.is_empty(), "rules without a case in classify_cases.txt: {unused:?}");
    }

    #[test]
    fn rule_ids_are_unique_and_patterns_are_lowercase() {
        let mut ids = BTreeSet::new();
        for rule in RULES {
            assert!(ids.insert(rule.id), "duplicate rule id {}", rule.id);
            assert!(!rule.rows.is_empty(), "{} cites no reference row", rule.id);
            let text: &[&str] = match rule.when {
                When::Text(t) | When::Both(_, t) | When::Either(_, t) => t,
                When::Code(_) | When::Always => &[],
            };
            for pattern in text {
                assert!(
                    !pattern.is_empty() && *pattern == pattern.to_ascii_lowercase(),
                    "{}: {pattern:?}",
                    rule.id
                );
            }
        }
        assert_eq!(RULES.last().map(|r| r.code), Some(Code::AuthFailedUnclassified));
    }

    #[test]
    fn bytes_that_are_not_utf8_are_decoded_lossily_and_still_classified() {
        let raw: &[&[u8]] = &[b"a1 NO [AUTHENTICATIONFAILED] Anmeldung fehlgeschlagen \xff\xfe\xc3"];
        let c = classify_login(&Answer::from_lines(Protocol::Imap, raw));
        assert_eq!(c.primary, Code::AuthInvalidCredentials);
        assert!(said(&c).contains('\u{fffd}'));

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
        assert_eq!((c.primary, c.rule), (Code::AuthFailedUnclassified, "27.unclassified"));
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

    #[test]
    fn a_bye_is_a_refusal_except_in_the_answer_to_logout() {
        let goodbye = Answer::from_lines(Protocol::Imap, &["* BYE Logging out", "a5 OK Logout completed."]);
        assert_eq!(classify(&Input::new(Phase::Logout, &goodbye)), None);
        let closed = Answer::from_lines(Protocol::Imap, &["* BYE Logging out"]);
        assert_eq!(classify(&Input::new(Phase::Logout, &closed)), None);
        assert!(classify(&Input::new(Phase::AfterLogin, &closed)).is_some(), "a BYE mid-session ends it");
    }

    #[test]
    fn garbage_instead_of_a_reply_is_a_refusal_quoted_as_it_came() {
        for protocol in [Protocol::Pop3, Protocol::Smtp] {
            let answer = Answer::from_lines(protocol, &["HTTP/1.1 400 Bad Request"]);
            let c = classify_login(&answer);
            assert_eq!(said(&c), "HTTP/1.1 400 Bad Request", "{protocol:?}");
        }
        assert!(matches!(smtp(&["garbage"]), Answer::Smtp { reply: None, .. }));
    }
}
