//! The rule table: one static, ordered slice; the first rule that matches wins.
//!
//! The order is the order of judgement of docs/CLASSIFIER.md §2: connection-level facts
//! (STARTTLS, a proxy's TLS), then the specific meanings (plaintext refused, basic auth off, app
//! password, web sign-in, protocol off, mechanism, connections, bandwidth, throttling, failed
//! sign-ins, locked, banned, expired, OAuth, server fault, in use, login delay, storage quota),
//! each with its response-code rule before its text rule; then the temporary codes (SMTP 4xx and
//! enhanced 4.x.x, IMAP `[UNAVAILABLE]`/`[TEMPFAIL]`/`[SERVERBUG]`, POP3 `[SYS/TEMP]`), the
//! provider fallbacks, the credential codes and words, the weaker temporary words, and last a
//! catch-all per phase. Rule ids are `row.what`, after the rows of docs/CLASSIFIER.md.

use super::server_words::*;
use super::words::*;
use super::{Phase, Seen};
use crate::diagnosis::Code;
use crate::target::Protocol;

/// How a rule looks at the answer.
#[derive(Clone, Copy, Debug)]
pub(super) enum When {
    /// Any of these response codes (IMAP/POP3 code atom, SMTP reply or enhanced code).
    Code(Words),
    /// Any of these lowercase substrings of the joined text.
    Text(Words),
    /// One of the codes and one of the substrings.
    Both(Words, Words),
    /// One of the codes or one of the substrings.
    Either(Words, Words),
    /// One substring of every list (a meaning said in two parts: a protocol and "disabled").
    All(&'static [Words]),
    /// Always (the guard, the phase and the provider filter decide).
    Always,
}

/// Phases a rule applies in, as a bit set of [`Phase`]s.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub(super) struct Phases(u8);

impl Phases {
    const fn of(phase: Phase) -> u8 {
        match phase {
            Phase::Greeting => 1,
            Phase::Capability => 2,
            Phase::Starttls => 4,
            Phase::Login => 8,
            Phase::AfterLogin => 16,
            Phase::Logout => 32,
            Phase::Send => 64,
        }
    }
    /// Sign-in and after: what only an account can be told.
    pub(super) const ACCOUNT: Phases = Phases(8 | 16);
    /// Every phase where the server talks about the connection or itself.
    pub(super) const SESSION: Phases = Phases(1 | 2 | 4 | 8 | 16 | 32);
    /// Before sign-in: greeting and capability.
    pub(super) const OPENING: Phases = Phases(1 | 2);
    pub(super) const fn only(phase: Phase) -> Phases {
        Phases(Phases::of(phase))
    }
    pub(super) const fn contains(self, phase: Phase) -> bool {
        self.0 & Phases::of(phase) != 0
    }
}

/// One classification rule. Built with `const` helpers so the table reads one rule a line.
#[derive(Clone, Copy, Debug)]
pub(super) struct Rule {
    /// Stable id, `row.what` after docs/CLASSIFIER.md.
    pub(super) id: &'static str,
    /// The corpus families or reference rows the rule was written from.
    pub(super) rows: &'static str,
    pub(super) when: When,
    /// The finding; `None` means "nothing to report" (a POP3 server without `CAPA`).
    pub(super) code: Option<Code>,
    pub(super) secondary: &'static [Code],
    /// Why the answer is ambiguous: the message id of the evidence's words.
    pub(super) ambiguous: Option<&'static str>,
    /// Only for this protocol (`None`: all).
    protocol: Option<Protocol>,
    phases: Phases,
    /// Only for these provider ids (empty: any).
    providers: &'static [&'static str],
    /// An extra condition on the run facts.
    guard: Option<fn(&Seen<'_>) -> bool>,
    /// Also applies to an answer that is not a refusal (`OK … [THROTTLED]`, over-quota alerts).
    on_success: bool,
}

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
    const fn all(id: &'static str, rows: &'static str, lists: &'static [Words], code: Code) -> Rule {
        Rule::new(id, rows, When::All(lists), code)
    }
    const fn always(id: &'static str, rows: &'static str, code: Code) -> Rule {
        Rule::new(id, rows, When::Always, code)
    }
    const fn new(id: &'static str, rows: &'static str, when: When, code: Code) -> Rule {
        Rule {
            id,
            rows,
            when,
            code: Some(code),
            secondary: &[],
            ambiguous: None,
            protocol: None,
            phases: Phases::ACCOUNT,
            providers: &[],
            guard: None,
            on_success: false,
        }
    }
    const fn nothing(self) -> Rule {
        Rule { code: None, ..self }
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
    const fn at(self, phases: Phases) -> Rule {
        Rule { phases, ..self }
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

    /// True when the rule applies to what was seen.
    pub(super) fn matches(&self, seen: &Seen<'_>) -> bool {
        self.phases.contains(seen.input.phase)
            && (seen.refusal || self.on_success)
            && self.protocol.is_none_or(|p| p == seen.input.answer.protocol())
            && (self.providers.is_empty() || seen.provider.is_some_and(|p| self.providers.contains(&p)))
            && self.guard.is_none_or(|guard| guard(seen))
            && match self.when {
                When::Code(codes) => seen.has_code(codes),
                When::Text(text) => seen.has_text(text),
                When::Both(codes, text) => seen.has_code(codes) && seen.has_text(text),
                When::Either(codes, text) => seen.has_code(codes) || seen.has_text(text),
                When::All(lists) => lists.iter().all(|words| seen.has_text(words)),
                When::Always => true,
            }
    }
}

const MICROSOFT: &[&str] = &["microsoft365", "outlook"];
const OPENING: Phases = Phases::OPENING;
const SEND: Phases = Phases::only(Phase::Send);
const SESSION: Phases = Phases::SESSION;

/// RFC 5530 IMAP codes and RFC 3206 POP3 codes that say "temporary trouble on the server".
pub(super) const TEMPORARY_CODES: Words =
    &["UNAVAILABLE", "TEMPFAIL", "SERVERBUG", "CORRUPTION", "SYS/TEMP", "TRYLATER", "TEMP"];

/// The table. First match wins; see the module docs for the order.
pub(super) const RULES: &[Rule] = &[
    // The send check (`MAIL FROM`, `RCPT TO` after sign-in; docs/CLASSIFIER.md §5), first: its
    // answers are about the message, never about the password.
    // 552 alone is not "too large": at RCPT it also means the recipient's mailbox is full (5.2.2).
    Rule::either(
        "S1.too-large",
        "S01 postfix exim gmail",
        &["5.3.4", "5.2.3"],
        SEND_TOO_LARGE,
        Code::SendMessageTooLarge,
    )
    .at(SEND),
    Rule::code("S6.recipient-full", "S06 postfix dovecot", &["5.2.2", "4.2.2"], Code::SendRecipientRefused)
        .at(SEND),
    Rule::either("S2.limit", "S02 gmail microsoft365", &["5.4.5"], SEND_LIMIT, Code::SendLimitReached)
        .at(SEND),
    Rule::either(
        "S3.blocked",
        "S03 microsoft365 outlook",
        &["5.1.8", "5.7.501", "5.7.502", "5.7.503"],
        SEND_BLOCKED,
        Code::SendAccountBlocked,
    )
    .at(SEND),
    Rule::either(
        "S4.sender",
        "S04 postfix microsoft365 netease qq zoho wildduck stalwart",
        &["5.7.60"],
        SEND_SENDER,
        Code::SendSenderNotPermitted,
    )
    .at(SEND),
    // The sender named and "unknown": the server knows no such sender (before the recipient words).
    Rule::all(
        "S4.sender-unknown",
        "S04 postfix",
        &[SEND_SENDER_NAMED, SEND_UNKNOWN],
        Code::SendSenderNotPermitted,
    )
    .at(SEND),
    Rule::either("S5.relay", "S05 postfix exim microsoft365", &["5.7.57"], SEND_RELAY, Code::SendRelayDenied)
        .at(SEND),
    Rule::either(
        "S6.recipient",
        "S06 postfix exim",
        &["5.1.1", "5.1.10"],
        SEND_RECIPIENT,
        Code::SendRecipientRefused,
    )
    .at(SEND),
    Rule::always("S7.temporary", "S07", Code::SendTemporaryFailure).at(SEND).guard(|s| s.temporary_code),
    Rule::always("S8.unclassified", "S08", Code::SendRefusedUnclassified).at(SEND),
    // Connection-level facts: the client's TLS version refused, STARTTLS refused or broken, a
    // proxy's TLS failure (W15-W18).
    Rule::text("3.tls-version", "W15 W16 microsoft365", TLS_VERSION, Code::TlsProtocolOutdated).at(SESSION),
    // At STARTTLS, codes first: a temporary refusal (`454`, `[UNAVAILABLE]`) is a failed upgrade.
    Rule::always("1.starttls-temporary", "W17 exim", Code::TlsStarttlsFailed)
        .at(Phases::only(Phase::Starttls))
        .guard(|s| s.temporary_code),
    Rule::text("1.starttls-failed", "W17 postfix dovecot", STARTTLS_BROKEN, Code::TlsStarttlsFailed)
        .at(SESSION),
    Rule::text("1.starttls-unsupported", "W17 exim stalwart", STARTTLS_OFF, Code::TlsStarttlsUnsupported)
        .at(SESSION),
    Rule::text("1.proxy-certificate", "W18 nginx", PROXY_CERT, Code::TlsHandshakeFailed).at(SESSION),
    // Capability: a server without CAPA (or EHLO) answers "unknown command"; nothing is wrong.
    Rule::text("2.capability-unknown", "W14 cyrus courier", UNKNOWN_COMMAND, Code::ProtocolRejected)
        .at(Phases::only(Phase::Capability))
        .nothing(),
    // Row 7: a password in clear text is refused.
    Rule::code("7.code", "G01 G04", &["PRIVACYREQUIRED", "5.7.10", "5.7.11"], Code::AuthPlaintextDisallowed),
    Rule::text("7.text", "G03 G05 G08-G16", PLAINTEXT, Code::AuthPlaintextDisallowed),
    Rule::text("7.exchange-invalid-state", "G07", &["invalid state"], Code::AuthPlaintextDisallowed)
        .only(Protocol::Imap)
        .guard(|s| !s.input.tls_active && s.input.capabilities.login_disabled),
    // Row 8: password sign-in (basic auth) switched off.
    Rule::either("8.code-text", "C06-C11", &["5.7.30"], BASIC_OFF, Code::AuthBasicAuthDisabled),
    Rule::always("8.oauth-only", "C12", Code::AuthBasicAuthDisabled)
        .providers(MICROSOFT)
        .guard(|s| {
            s.input.tls_active && crate::checks::auth::oauth_only(Protocol::Imap, s.input.capabilities)
        })
        .only(Protocol::Imap),
    // Row 9: an app password (Gmail, QQ "authorization code", Mail.ru) is needed.
    Rule::both("9.code", "B03 B04", &["5.7.9"], &["invalidsecondfactor"], Code::AuthAppPasswordRequired),
    Rule::text("9.text", "B01-B05 mailru qq", APP_PASSWORD, Code::AuthAppPasswordRequired),
    // Row 10: sign in on the provider's web site first (Gmail [WEBALERT], NetEase "Unsafe Login").
    Rule::code("10.code", "C04 gmail", &["5.7.14", "WEBALERT"], Code::AuthWebLoginRequired),
    Rule::text("10.text", "C02-C05 netease", WEB_LOGIN, Code::AuthWebLoginRequired),
    // Row 11: IMAP/POP (or SMTP AUTH) not enabled for the account.
    Rule::text("11.either", "A35 D07", PROTOCOL_OR_PASSWORD, Code::AuthProtocolDisabled)
        .also(&[Code::AuthInvalidCredentials])
        .ambiguous(WHY_EITHER),
    Rule::text("11.text", "D01-D06 D12 courier qq interia", PROTOCOL_OFF, Code::AuthProtocolDisabled)
        .on_success(),
    // Row 12: no sign-in mechanism in common.
    Rule::code("12.code", "C15", &["5.7.4", "504"], Code::AuthMechanismUnsupported),
    Rule::text("12.text", "D09-D11 D13", MECHANISM, Code::AuthMechanismUnsupported),
    // Row 11 in two parts: a protocol named and said to be off ("POP3 access disabled …").
    Rule::all(
        "11.protocol-off",
        "courier cyrus gmx",
        &[PROTOCOL_NAMES, OFF_WORDS],
        Code::AuthProtocolDisabled,
    ),
    // Row 13: too many parallel connections ([UNAVAILABLE]/[SYS/TEMP]/[IN-USE] only with the text).
    Rule::code("13.code", "E03 E11", &["LIMIT"], Code::LimitsTooManyConnections).at(SESSION),
    Rule::text("13.text", "E01-E09 exim cyrus", CONNECTIONS, Code::LimitsTooManyConnections).at(SESSION),
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
    // Row 21 for a token: a "wrong credentials" answer to XOAUTH2/OAUTHBEARER is about the token
    // (Dovecot's oauth2 passdb, Microsoft's "AUTHENTICATE failed", Gmail after its JSON challenge).
    Rule::either(
        "21.oauth-attempt",
        "B11 B12 dovecot microsoft365",
        INVALID_CODES,
        INVALID_TEXT,
        Code::AuthOauthTokenInvalid,
    )
    .guard(|s| s.input.oauth),
    // Row 16: too many failed sign-ins; Yahoo's #AUTH005 also comes first for a missing app password.
    Rule::text("16.yahoo", "H03 B09", &["#auth005"], Code::AuthTooManyFailures)
        .also(&[Code::AuthAppPasswordRequired])
        .ambiguous(WHY_AUTH005),
    Rule::text("16.text", "H01-H07 hmailserver fail2ban", FAILURES, Code::AuthTooManyFailures).at(SESSION),
    // Row 16 in two parts: "too many" and a sign-in word ("too many login tries").
    Rule::all(
        "16.too-many-sign-ins",
        "H01-H06 james stalwart",
        &[TOO_MANY, SIGN_IN_WORDS],
        Code::AuthTooManyFailures,
    )
    .at(SESSION),
    // Row 17: account locked, disabled or suspended.
    Rule::code("17.code", "F03", &["CONTACTADMIN", "5.7.13"], Code::AuthAccountLocked),
    Rule::text("17.text", "F02 F03 F09 F10", LOCKED, Code::AuthAccountLocked),
    // Row 16b: the address is banned or blocked (after the account words).
    Rule::text("16.banned", "H09 fail2ban", BANNED, Code::AuthTooManyFailures).at(SESSION),
    // Row 18: password expired (RFC 4954 4.7.12: a password transition is needed).
    Rule::code("18.code", "F05", &["EXPIRED", "4.7.12"], Code::AuthPasswordExpired),
    Rule::text("18.text", "F05 F06 F08", EXPIRED, Code::AuthPasswordExpired),
    // Row 21: OAuth token refused (an XOAUTH2 error continuation, or the words).
    Rule::always("21.xoauth2", "B11", Code::AuthOauthTokenInvalid).guard(|s| s.xoauth2.is_some()),
    Rule::text("21.exchange-not-connected", "C13", NOT_CONNECTED, Code::AuthOauthTokenInvalid)
        .also(&[Code::AuthProtocolDisabled])
        .ambiguous(WHY_NOT_CONNECTED),
    Rule::text("21.text", "B12", OAUTH, Code::AuthOauthTokenInvalid),
    // Row 25 (first for alerts): storage quota, also on an answer that succeeded.
    Rule::code("25.code", "E17 dovecot cyrus", &["OVERQUOTA", "5.2.2", "4.2.2"], Code::MailboxOverQuota)
        .on_success(),
    Rule::text("25.text", "E17", QUOTA, Code::MailboxOverQuota).on_success(),
    // Row 23: another session holds the mailbox.
    Rule::code("23.code", "F13-F15", &["IN-USE", "INUSE"], Code::MailboxInUse),
    Rule::text("23.text", "F16", IN_USE, Code::MailboxInUse),
    // Row 24: POP3 login delay.
    Rule::code("24.code", "F17", &["LOGIN-DELAY"], Code::MailboxLoginDelay),
    Rule::text("24.text", "F17", LOGIN_DELAY, Code::MailboxLoginDelay),
    // Row 17 in two parts: the account named and a condition of it ("account … frozen"), after "in use".
    Rule::all(
        "17.account-condition",
        "james i18n",
        &[ACCOUNT_NAMES, CONDITION_WORDS],
        Code::AuthAccountLocked,
    ),
    // Row 22: a temporary fault on the server's side, said in so many words.
    Rule::text("22.text", "F11 F12 W18 yahoo exim", SERVER_TEXT, Code::AuthServerError)
        .at(SESSION)
        .guard(|s| !(s.permanent_code && Phases::OPENING.contains(s.input.phase))),
    // A policy (country, region, restriction) refuses: quote it, whatever code it came with.
    Rule::text("27.policy", "F04 dovecot", POLICY, Code::AuthFailedUnclassified),
    // Row 22: temporary by its code (SMTP 4xx, enhanced 4.x.x, [UNAVAILABLE], [SYS/TEMP], …).
    Rule::always("22.temporary-code", "F18 E15 E16", Code::AuthServerError)
        .at(SESSION)
        .guard(|s| s.temporary_code),
    // Greeting and capability: a block list or an access policy refuses the address.
    Rule::text("5.blocklist", "W20 postfix exim", BLOCKLIST, Code::ProtocolRejected).at(OPENING),
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
    .providers(&["yahoo", "aol", "icloud", "yandex", "gmail", "qq", "netease", "mailru"])
    .also(&[Code::AuthAppPasswordRequired])
    .ambiguous(WHY_APP_PASSWORD),
    // Row 26: wrong user name or password.
    Rule::code("26.code", "A01-A37", INVALID_CODES, Code::AuthInvalidCredentials),
    Rule::text("26.text", "A05 A06 A11-A20 A30-A32", INVALID_TEXT, Code::AuthInvalidCredentials),
    // Row 26 in two parts: the user named and "not found" (a wrong user name).
    Rule::all("26.user-not-found", "proton cyrus", &[USER_NAMES, NOT_FOUND], Code::AuthInvalidCredentials)
        .at(Phases::only(Phase::Login)),
    // Row 26 in two parts, in any language: a secret named and "wrong" ("Passwort falsch",
    // "пароль неверен", "密码不正确"), after every more specific meaning found nothing.
    Rule::all("26.credential-wrong", "i18n", &[CREDENTIAL_NOUNS, WRONG_WORDS], Code::AuthInvalidCredentials)
        .at(Phases::only(Phase::Login)),
    // Row 22, weaker words: temporary, read only after the credential words found nothing.
    Rule::text("22.temporary-text", "E16 yahoo", TEMPORARY, Code::AuthServerError)
        .at(SESSION)
        .guard(|s| !s.warning_only),
    // Catch-alls, one per phase.
    Rule::always("5.greeting", "W20", Code::ProtocolRejected).at(OPENING),
    Rule::always("1.starttls-refused", "W17", Code::TlsStarttlsUnsupported).at(Phases::only(Phase::Starttls)),
    // Row 27: anything else at sign-in; the server's words are the evidence.
    Rule::always("27.unclassified", "F04", Code::AuthFailedUnclassified).guard(|s| !s.warning_only),
];

// Ambiguity reasons, named so the table reads one rule a line.
// Why an answer is ambiguous: message ids of the evidence's words (locales/*/evidence.ftl).
const WHY_EITHER: &str = "value-ambiguous-either";
const WHY_EXCHANGE_15: &str = "value-ambiguous-exchange-throttled";
const WHY_AUTH005: &str = "value-ambiguous-yahoo-auth005";
const WHY_NOT_CONNECTED: &str = "value-ambiguous-microsoft-not-connected";
const WHY_CONNECTIONS_SEEN: &str = "value-ambiguous-after-connection-limit";
const WHY_GMAIL: &str = "value-ambiguous-gmail";
const WHY_MICROSOFT: &str = "value-ambiguous-microsoft";
const WHY_GMX: &str = "value-ambiguous-gmx";
const WHY_APP_PASSWORD: &str = "value-ambiguous-app-password";
