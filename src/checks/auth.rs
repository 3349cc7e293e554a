//! The `auth` stage: sign in once, the way a mail app would, and say why it failed.
//!
//! It refuses to send a password where a person would not want it sent: over a connection that
//! is not encrypted (unless the request says `allow_insecure_auth`) and over TLS whose
//! certificate failed verification (unless the request says `trust_certificate` or brings the
//! CA), because someone could be intercepting. Then it picks the mechanism from the
//! capabilities (IMAP `AUTHENTICATE PLAIN` with SASL-IR when offered, else `LOGIN` with correct
//! quoting or literals, never when `LOGINDISABLED`; POP3 `AUTH PLAIN` or `USER`/`PASS`; SMTP
//! `AUTH PLAIN` or `AUTH LOGIN`), signs in, and runs one harmless command (IMAP `EXAMINE
//! INBOX`, POP3 `STAT`) because some providers refuse only there. Refusals go to
//! [`super::classify`]. The password goes on the wire only through
//! `Session::write_secret_line`, so the transcript holds a placeholder.

use std::time::Instant;

use serde_json::json;

use super::classify::{self, Answer, Mechanism, Phase};
use super::protocol::Ready;
use super::{Checked, Ctx};
use crate::diagnosis::{Code, Finding, Fix};
use crate::net::session::{Session, SessionError};
use crate::proto::imap::{self, Astring, Cond};
use crate::proto::{Capabilities, pop3, sasl, smtp};
use crate::stage::{Stage, StageOutcome, StageStatus};
use crate::target::{Credentials, Protocol, Security, Target};

/// Most lines read for one answer (an IMAP `EXAMINE` answer has about ten untagged lines).
const MAX_ANSWER_LINES: usize = 64;
/// What the transcript shows instead of a password.
const HIDDEN: &str = "[password hidden]";
/// IMAP tags used by this stage (the protocol stage uses a1/a2, `close` uses z).
const LOGIN_TAG: &str = "a3";
const CAPA_TAG: &str = "a4";
const EXAMINE_TAG: &str = "a5";

/// What a successful sign-in hands to the mailbox stage.
#[derive(Debug)]
pub struct SignedIn {
    /// Capabilities after sign-in (IMAP servers often list more, e.g. `QUOTA`).
    pub capabilities: Vec<String>,
    /// The mechanism used.
    pub mechanism: Mechanism,
}

/// The capabilities in the shape the classifier reads: every keyword, plus the SASL list as
/// the server wrote it (POP3 `SASL PLAIN LOGIN`, SMTP `AUTH PLAIN LOGIN`).
fn classifier_caps(protocol: Protocol, caps: &Capabilities) -> Vec<String> {
    let mut list = caps.keywords.clone();
    match protocol {
        Protocol::Imap => list.extend(caps.auth.iter().map(|m| format!("AUTH={m}"))),
        Protocol::Pop3 if !caps.auth.is_empty() => list.push(format!("SASL {}", caps.auth.join(" "))),
        Protocol::Smtp if !caps.auth.is_empty() => list.push(format!("AUTH {}", caps.auth.join(" "))),
        Protocol::Pop3 | Protocol::Smtp => {}
    }
    list
}

/// The name people see for a mechanism.
const fn mechanism_name(mechanism: Mechanism) -> &'static str {
    match mechanism {
        Mechanism::ImapAuthenticatePlain { .. } => "AUTHENTICATE PLAIN",
        Mechanism::ImapLogin => "LOGIN",
        Mechanism::Pop3AuthPlain | Mechanism::SmtpAuthPlain => "AUTH PLAIN",
        Mechanism::Pop3UserPass => "USER/PASS",
        Mechanism::SmtpAuthLogin => "AUTH LOGIN",
    }
}

/// How a sign-in attempt ended.
enum Attempt {
    /// Signed in; the lines of the final answer (IMAP may carry `[CAPABILITY …]`).
    Accepted(Vec<String>),
    /// Refused; the answer's lines.
    Refused(Vec<String>),
    /// The connection failed mid-way.
    Broken(SessionError, Vec<String>),
}

/// Runs the stage over the session the protocol stage greeted.
#[tracing::instrument(skip_all, fields(stage = "auth", protocol = target.protocol.name()))]
pub async fn run(ctx: &Ctx, target: &Target, ready: &mut Ready) -> Checked<SignedIn> {
    // What the server advertised already decides some sign-ins, before any password: a mail
    // app with these settings cannot sign in at all, whether or not a password was given here.
    if let Some(outcome) = refused_by_capabilities(target, ready) {
        return Checked::stop(outcome);
    }
    let Some(credentials) = &target.credentials else {
        let finding = Finding::new(Code::AuthSkippedNoCredentials);
        let outcome = StageOutcome::from_findings(
            Stage::Auth,
            "Sign-in was not tested: no password was given.",
            vec![finding],
        );
        return Checked::stop(outcome.with_status(StageStatus::Skip));
    };
    if let Some(outcome) = refuse_to_send(ctx, target, ready) {
        return Checked::stop(outcome);
    }
    let caps = classifier_caps(target.protocol, &ready.caps);
    let unsendable = credentials.password.expose().contains(['\r', '\n', '\0']);
    let Some(mechanism) = classify::choose_mechanism(target.protocol, &caps)
        .filter(|m| !(unsendable && *m == Mechanism::Pop3UserPass))
    else {
        if unsendable {
            let finding = Finding::new(Code::AuthMechanismUnsupported).with(
                "password",
                "contains a line break or a NUL character, which POP3 USER/PASS cannot carry",
            );
            let detail =
                "The password was not sent: it cannot be carried by the only sign-in method offered.";
            return Checked::stop(StageOutcome::from_findings(Stage::Auth, detail, vec![finding]));
        }
        let finding = Finding::new(Code::AuthMechanismUnsupported);
        let detail = "The server offers no password sign-in method maildoctor can use.";
        return Checked::stop(StageOutcome::from_findings(Stage::Auth, detail, vec![finding]));
    };

    let started = Instant::now();
    // RFC 7888: LITERAL+ (or LITERAL- for small literals) needs no `+` round trip.
    let literal_plus = ready.caps.has("LITERAL+") || ready.caps.has("LITERAL-");
    let attempt = login(&mut ready.session, mechanism, literal_plus, credentials).await;
    let took = started.elapsed();
    let data = json!({ "mechanism": mechanism_name(mechanism), "user": credentials.username, "ms": took.as_millis() as u64 });
    match attempt {
        Attempt::Accepted(lines) => {
            after_login(ctx, target, ready, mechanism, credentials, lines, data).await
        }
        Attempt::Refused(lines) => {
            let findings = classified(ctx, target, ready, Phase::Login, &lines);
            let detail = format!(
                "The server refused the sign-in for {} ({}).",
                credentials.username,
                mechanism_name(mechanism)
            );
            Checked::stop(StageOutcome::from_findings(Stage::Auth, detail, findings).with_data(data))
        }
        Attempt::Broken(error, lines) => {
            let findings = broken(ctx, target, ready, &error, &lines);
            let detail = format!("The connection failed during sign-in: {error}.");
            Checked::stop(StageOutcome::from_findings(Stage::Auth, detail, findings).with_data(data))
        }
    }
}

/// The sign-in the capabilities already refuse, decided before any password (and also when
/// none was given): `auth.plaintext_disallowed` when the unencrypted connection refuses
/// passwords (IMAP `LOGINDISABLED`, POP3 `STLS` without `USER`/SASL, SMTP `STARTTLS` without
/// `AUTH`), `auth.basic_auth_disabled` when only OAuth is offered, and
/// `auth.mechanism_unsupported` when no password method is offered at all (an SMTP relay port
/// such as 25: the submission ports are named).
fn refused_by_capabilities(target: &Target, ready: &Ready) -> Option<StageOutcome> {
    let caps = classifier_caps(target.protocol, &ready.caps);
    let tls_active = ready.session.is_tls();
    let code = classify::refusal_from_capabilities(target.protocol, &caps, tls_active)?;
    let offered = if ready.caps.auth.is_empty() { "none".to_owned() } else { ready.caps.auth.join(" ") };
    let mut finding = Finding::new(code).with("sign-in methods offered", offered);
    if ready.caps.login_disabled {
        finding = finding.with("LOGINDISABLED", "the server refuses the LOGIN command on this connection");
    }
    let tls_port = target.protocol.default_port(Security::Tls);
    match code {
        Code::AuthPlaintextDisallowed if ready.caps.starttls => {
            finding = finding
                .with("STARTTLS", "offered: sign-in becomes possible once the connection is encrypted")
                .with_fix(Fix { security: Some(Security::Starttls), ..Fix::default() });
        }
        Code::AuthPlaintextDisallowed => {
            let port = (target.port != tls_port).then_some(tls_port);
            finding = finding.with_fix(Fix { port, security: Some(Security::Tls), ..Fix::default() });
        }
        Code::AuthMechanismUnsupported if target.protocol == Protocol::Smtp => {
            finding = finding.with("submission ports", "587 with STARTTLS, or 465 with SSL/TLS");
            if !matches!(target.port, 465 | 587) {
                let fix = Fix { port: Some(587), security: Some(Security::Starttls), ..Fix::default() };
                finding = finding.with_fix(fix);
            }
        }
        _ => {}
    }
    let detail = match (code, target.credentials.is_some()) {
        (Code::AuthPlaintextDisallowed, true) => {
            "The password was not sent: the server refuses passwords on this unencrypted connection."
        }
        (Code::AuthPlaintextDisallowed, false) => {
            "A mail app cannot sign in with these settings: the server refuses passwords on this unencrypted connection."
        }
        (_, true) => {
            "The password was not sent: the server offers no password sign-in maildoctor can use here."
        }
        (_, false) => {
            "A mail app cannot sign in with these settings: the server offers no password sign-in here."
        }
    };
    Some(StageOutcome::from_findings(Stage::Auth, detail, vec![finding]))
}

/// `auth.skipped_insecure` before anything is sent.
fn refuse_to_send(ctx: &Ctx, target: &Target, ready: &Ready) -> Option<StageOutcome> {
    let encrypted = ready.session.is_tls();
    let verified = ctx.facts().tls.is_some_and(|t| t.verified);
    if !encrypted && !target.options.allow_insecure_auth {
        let finding = Finding::new(Code::AuthSkippedInsecure).with(
            "why",
            "the connection is not encrypted, so the password would cross the network in clear text",
        );
        let detail = "The password was not sent: the connection is not encrypted.";
        return Some(
            StageOutcome::from_findings(Stage::Auth, detail, vec![finding]).with_status(StageStatus::Skip),
        );
    }
    if encrypted && !verified && !target.options.trust_certificate {
        let finding = Finding::new(Code::AuthSkippedInsecure).with(
            "why",
            "the server's certificate failed verification, so someone could be intercepting the connection",
        );
        let detail = "The password was not sent: the certificate could not be verified.";
        return Some(
            StageOutcome::from_findings(Stage::Auth, detail, vec![finding]).with_status(StageStatus::Skip),
        );
    }
    None
}

/// Sends the credentials with `mechanism` and reads the answer.
async fn login(session: &mut Session, mechanism: Mechanism, literal_plus: bool, c: &Credentials) -> Attempt {
    let result = match mechanism {
        Mechanism::ImapAuthenticatePlain { sasl_ir } => imap_authenticate(session, sasl_ir, c).await,
        Mechanism::ImapLogin => imap_login(session, literal_plus, c).await,
        Mechanism::Pop3AuthPlain => pop3_auth_plain(session, c).await,
        Mechanism::Pop3UserPass => pop3_user_pass(session, c).await,
        Mechanism::SmtpAuthPlain => smtp_auth_plain(session, c).await,
        Mechanism::SmtpAuthLogin => smtp_auth_login(session, c).await,
    };
    match result {
        Ok(attempt) => attempt,
        Err((error, lines)) => Attempt::Broken(error, lines),
    }
}

type Io<T> = Result<T, (SessionError, Vec<String>)>;

/// Reads lines until the tagged answer for `tag` (or a `+` continuation when `stop_at_plus`).
async fn imap_answer(session: &mut Session, tag: &str, stop_at_plus: bool) -> Io<Vec<String>> {
    let mut lines = Vec::new();
    for _ in 0..MAX_ANSWER_LINES {
        match session.read_line().await {
            Ok(line) => {
                let done = (stop_at_plus && line.starts_with('+'))
                    || imap::parse_status(&line).is_some_and(|s| s.tag.eq_ignore_ascii_case(tag))
                    || imap::parse_status(&line).is_some_and(|s| s.tag == "*" && s.cond == Cond::Bye);
                lines.push(line);
                if done {
                    return Ok(lines);
                }
            }
            Err(e) => return Err((e, lines)),
        }
    }
    Ok(lines)
}

fn imap_verdict(lines: Vec<String>) -> Attempt {
    let ok = lines
        .last()
        .and_then(|l| imap::parse_status(l))
        .is_some_and(|s| s.tag == LOGIN_TAG && s.cond == Cond::Ok);
    if ok { Attempt::Accepted(lines) } else { Attempt::Refused(lines) }
}

async fn imap_authenticate(session: &mut Session, sasl_ir: bool, c: &Credentials) -> Io<Attempt> {
    let payload = sasl::plain(&c.username, c.password.expose());
    let shown = format!("{LOGIN_TAG} AUTHENTICATE PLAIN {HIDDEN}");
    if sasl_ir {
        let line = format!("{LOGIN_TAG} AUTHENTICATE PLAIN {payload}");
        session.write_secret_line(&line, &shown).await.map_err(|e| (e, Vec::new()))?;
        return Ok(imap_verdict(imap_answer(session, LOGIN_TAG, false).await?));
    }
    session.write_line(&format!("{LOGIN_TAG} AUTHENTICATE PLAIN")).await.map_err(|e| (e, Vec::new()))?;
    let first = imap_answer(session, LOGIN_TAG, true).await?;
    if !first.last().is_some_and(|l| l.starts_with('+')) {
        // A tagged answer instead of a continuation: normally NO/BAD.
        return Ok(imap_verdict(first));
    }
    session.write_secret_line(&payload, HIDDEN).await.map_err(|e| (e, first.clone()))?;
    Ok(imap_verdict(imap_answer(session, LOGIN_TAG, false).await?))
}

/// `LOGIN` with each argument quoted, or sent as a literal when it has 8-bit or CR/LF bytes.
///
/// The command goes out in segments: each literal ends a segment, and (without LITERAL+) the
/// server must answer `+` before the literal's bytes follow. A segment that carries the
/// password is sent with `write_secret_line`, so the transcript shows a placeholder.
async fn imap_login(session: &mut Session, literal_plus: bool, c: &Credentials) -> Io<Attempt> {
    let mut line = format!("{LOGIN_TAG} LOGIN ");
    let mut shown = line.clone();
    let mut secret_in_line = false;
    for (arg, secret) in [(c.username.as_str(), false), (c.password.expose(), true)] {
        if secret {
            line.push(' ');
            shown.push(' ');
        }
        match Astring::encode(arg) {
            Astring::Quoted(quoted) => {
                line.push_str(&quoted);
                shown.push_str(if secret { HIDDEN } else { &quoted });
                secret_in_line |= secret;
            }
            Astring::Literal(value) => {
                let prefix = Astring::literal_prefix(&value, literal_plus);
                line.push_str(&prefix);
                shown.push_str(&prefix);
                write_segment(session, &line, &shown, secret_in_line).await?;
                if !literal_plus {
                    let answer = imap_answer(session, LOGIN_TAG, true).await?;
                    if !answer.last().is_some_and(|l| l.starts_with('+')) {
                        return Ok(Attempt::Refused(answer));
                    }
                }
                shown = if secret { HIDDEN.to_owned() } else { value.clone() };
                line = value;
                secret_in_line = secret;
            }
        }
    }
    write_segment(session, &line, &shown, secret_in_line).await?;
    Ok(imap_verdict(imap_answer(session, LOGIN_TAG, false).await?))
}

async fn write_segment(session: &mut Session, line: &str, shown: &str, secret: bool) -> Io<()> {
    let sent =
        if secret { session.write_secret_line(line, shown).await } else { session.write_line(line).await };
    sent.map_err(|e| (e, Vec::new()))
}

async fn pop3_line(session: &mut Session) -> Io<(bool, String)> {
    let line = session.read_line().await.map_err(|e| (e, Vec::new()))?;
    Ok((pop3::parse_status(&line).is_some_and(|s| s.ok), line))
}

async fn pop3_user_pass(session: &mut Session, c: &Credentials) -> Io<Attempt> {
    session.write_line(&format!("USER {}", c.username)).await.map_err(|e| (e, Vec::new()))?;
    let (ok, line) = pop3_line(session).await?;
    if !ok {
        return Ok(Attempt::Refused(vec![line]));
    }
    let pass = format!("PASS {}", c.password.expose());
    session.write_secret_line(&pass, &format!("PASS {HIDDEN}")).await.map_err(|e| (e, Vec::new()))?;
    let (ok, line) = pop3_line(session).await?;
    Ok(if ok { Attempt::Accepted(vec![line]) } else { Attempt::Refused(vec![line]) })
}

async fn pop3_auth_plain(session: &mut Session, c: &Credentials) -> Io<Attempt> {
    let payload = sasl::plain(&c.username, c.password.expose());
    let line = format!("AUTH PLAIN {payload}");
    session.write_secret_line(&line, &format!("AUTH PLAIN {HIDDEN}")).await.map_err(|e| (e, Vec::new()))?;
    let mut answer = session.read_line().await.map_err(|e| (e, Vec::new()))?;
    if answer.starts_with('+') && !answer.to_ascii_uppercase().starts_with("+OK") {
        // A server without initial-response support asks again with an empty challenge.
        session.write_secret_line(&payload, HIDDEN).await.map_err(|e| (e, vec![answer.clone()]))?;
        answer = session.read_line().await.map_err(|e| (e, Vec::new()))?;
    }
    let ok = pop3::parse_status(&answer).is_some_and(|s| s.ok);
    Ok(if ok { Attempt::Accepted(vec![answer]) } else { Attempt::Refused(vec![answer]) })
}

/// Reads one (possibly multi-line) SMTP reply, keeping the raw lines.
async fn smtp_reply(session: &mut Session) -> Io<(u16, Vec<String>)> {
    let mut builder = smtp::ReplyBuilder::default();
    let mut lines = Vec::new();
    loop {
        let line = session.read_line().await.map_err(|e| (e, lines.clone()))?;
        lines.push(line.clone());
        match builder.push(&line) {
            Ok(Some(reply)) => return Ok((reply.code, lines)),
            Ok(None) => {}
            Err(_) => return Ok((0, lines)),
        }
    }
}

async fn smtp_auth_plain(session: &mut Session, c: &Credentials) -> Io<Attempt> {
    let payload = sasl::plain(&c.username, c.password.expose());
    let line = format!("AUTH PLAIN {payload}");
    session.write_secret_line(&line, &format!("AUTH PLAIN {HIDDEN}")).await.map_err(|e| (e, Vec::new()))?;
    let (mut code, mut lines) = smtp_reply(session).await?;
    if code == 334 {
        session.write_secret_line(&payload, HIDDEN).await.map_err(|e| (e, lines.clone()))?;
        (code, lines) = smtp_reply(session).await?;
    }
    Ok(if code == 235 { Attempt::Accepted(lines) } else { Attempt::Refused(lines) })
}

async fn smtp_auth_login(session: &mut Session, c: &Credentials) -> Io<Attempt> {
    session.write_line("AUTH LOGIN").await.map_err(|e| (e, Vec::new()))?;
    let (code, lines) = smtp_reply(session).await?;
    if code != 334 {
        return Ok(Attempt::Refused(lines));
    }
    session.write_line(&sasl::login_step(&c.username)).await.map_err(|e| (e, Vec::new()))?;
    let (code, lines) = smtp_reply(session).await?;
    if code != 334 {
        return Ok(Attempt::Refused(lines));
    }
    session
        .write_secret_line(&sasl::login_step(c.password.expose()), HIDDEN)
        .await
        .map_err(|e| (e, Vec::new()))?;
    let (code, lines) = smtp_reply(session).await?;
    Ok(if code == 235 { Attempt::Accepted(lines) } else { Attempt::Refused(lines) })
}

/// Signed in: read post-login capabilities and run the one harmless command.
async fn after_login(
    ctx: &Ctx,
    target: &Target,
    ready: &mut Ready,
    mechanism: Mechanism,
    credentials: &Credentials,
    login_answer: Vec<String>,
    mut data: serde_json::Value,
) -> Checked<SignedIn> {
    let mut capabilities = ready.capabilities.clone();
    let harmless = match target.protocol {
        Protocol::Imap => {
            if let Some(caps) = login_answer.last().and_then(|l| imap::capabilities(l)) {
                capabilities = caps;
            } else if ready.session.write_line(&format!("{CAPA_TAG} CAPABILITY")).await.is_ok()
                && let Ok(lines) = imap_answer(&mut ready.session, CAPA_TAG, false).await
                && let Some(caps) = lines.iter().find_map(|l| imap::capabilities(l))
            {
                capabilities = caps;
            }
            imap_examine(&mut ready.session).await
        }
        Protocol::Pop3 => pop3_stat(&mut ready.session).await,
        Protocol::Smtp => Ok(None),
    };
    data["post_login_capabilities"] = json!(capabilities);
    let refused = match harmless {
        Ok(None) => None,
        Ok(Some(lines)) => Some(classified(ctx, target, ready, Phase::AfterLogin, &lines)),
        Err((error, lines)) => Some(broken(ctx, target, ready, &error, &lines)),
    };
    if let Some(findings) = refused {
        let detail = format!(
            "Signed in as {}, but the server refused the first command after sign-in.",
            credentials.username
        );
        return Checked::stop(StageOutcome::from_findings(Stage::Auth, detail, findings).with_data(data));
    }
    let detail = format!("Signed in as {} with {}.", credentials.username, mechanism_name(mechanism));
    let outcome = StageOutcome::from_findings(Stage::Auth, detail, Vec::new()).with_data(data);
    Checked::next(outcome, SignedIn { capabilities, mechanism })
}

/// `EXAMINE INBOX` (read-only): `Ok(None)` when accepted, `Ok(Some(lines))` when refused.
async fn imap_examine(session: &mut Session) -> Io<Option<Vec<String>>> {
    session.write_line(&format!("{EXAMINE_TAG} EXAMINE INBOX")).await.map_err(|e| (e, Vec::new()))?;
    let lines = imap_answer(session, EXAMINE_TAG, false).await?;
    let ok = lines
        .last()
        .and_then(|l| imap::parse_status(l))
        .is_some_and(|s| s.tag == EXAMINE_TAG && s.cond == Cond::Ok);
    Ok(if ok { None } else { Some(lines) })
}

/// POP3 `STAT`: `Ok(None)` when accepted.
async fn pop3_stat(session: &mut Session) -> Io<Option<Vec<String>>> {
    session.write_line("STAT").await.map_err(|e| (e, Vec::new()))?;
    let (ok, line) = pop3_line(session).await?;
    Ok(if ok { None } else { Some(vec![line]) })
}

/// Classifies a refusal; an answer the classifier cannot place quotes the server.
fn classified(ctx: &Ctx, target: &Target, ready: &Ready, phase: Phase, lines: &[String]) -> Vec<Finding> {
    let answer = Answer::from_lines(target.protocol, lines);
    let provider = ctx.facts().provider.map(|p| p.id.as_str());
    let caps = classifier_caps(target.protocol, &ready.caps);
    let mut input = classify::Input::new(phase, &answer);
    input.capabilities = &caps;
    input.provider = provider;
    input.greeting = Some(ready.greeting.first());
    input.tls_active = ready.session.is_tls();
    match classify::classify(&input) {
        Some(classification) => classification.findings(),
        None => {
            let said = crate::proto::printable(&lines.join(" "), 600);
            vec![Finding::new(Code::AuthFailedUnclassified).with("server said", said)]
        }
    }
}

/// The connection broke during sign-in: classify what was said, else describe the break.
fn broken(ctx: &Ctx, target: &Target, ready: &Ready, error: &SessionError, lines: &[String]) -> Vec<Finding> {
    if !lines.is_empty() {
        return classified(ctx, target, ready, Phase::Login, lines);
    }
    match error {
        SessionError::Timeout(limit) => {
            vec![
                Finding::new(Code::AuthServerError)
                    .with("no answer within", format!("{} s", limit.as_secs_f32())),
            ]
        }
        SessionError::Closed => vec![Finding::new(Code::AuthFailedUnclassified).with(
            "server",
            "closed the connection without an answer (some servers do this to blocked addresses)",
        )],
        other => vec![Finding::new(Code::AuthFailedUnclassified).with("error", other.to_string())],
    }
}
