//! The `auth` stage: sign in once, the way a mail app would, and say why it failed.
//!
//! It refuses to send a password where a person would not want it sent: over a connection that
//! is not encrypted (unless the request says `allow_insecure_auth`) and over TLS whose
//! certificate failed verification (unless the request says `trust_certificate` or brings the
//! CA), because someone could be intercepting. Then it picks the mechanism from the
//! capabilities (`mechanism.rs`), signs in through the protocol client (`net::client`), and
//! runs one harmless command (IMAP `EXAMINE INBOX`, POP3 `STAT`) because some providers
//! refuse only there (`after.rs`). Every answer goes to the classifier (`checks::answers`):
//! a refusal at sign-in, a refusal or `* BYE` after it, and the untagged `[ALERT]`s a
//! successful sign-in carries (handed on to the mailbox stage as notices). The password goes
//! on the wire only through `Session::write_secret_line`, so the transcript holds a
//! placeholder.

mod after;
mod mechanism;

use std::time::{Duration, Instant};

use serde_json::json;

pub use self::mechanism::{
    Mechanism, choose_mechanism, choose_oauth, oauth_only, plaintext_refused_by_capabilities,
    refusal_from_capabilities,
};
use super::answers::{self, About};
use super::classify::{Answer, Phase};
use super::protocol::Ready;
use super::{Checked, Ctx};
use crate::diagnosis::{Code, Finding, Fix};
use crate::i18n::Text;
use crate::net::client::Client;
use crate::net::client::imap::{Answer as ImapAnswer, ImapError};
use crate::net::client::pop3::{Pop3Error, Reply as Pop3Reply};
use crate::net::client::smtp::SmtpError;
use crate::net::session::SessionError;
use crate::proto::{Capabilities, smtp};
use crate::stage::{Stage, StageOutcome, StageStatus};
use crate::target::{Credentials, Protocol, Security, Target};

/// Longest server text quoted when the classifier has nothing to say.
const QUOTE: usize = 600;

/// What a successful sign-in hands to the mailbox stage.
#[derive(Debug)]
pub struct SignedIn {
    /// Capabilities after sign-in (IMAP servers often list more, e.g. `QUOTA`).
    pub capabilities: Capabilities,
    /// The mechanism used.
    pub mechanism: Mechanism,
    /// What the server said besides "yes" (an over-quota `[ALERT]`, `[THROTTLED]`), as the
    /// classifier reads it: reported by the mailbox stage.
    pub notices: Vec<Finding>,
}

/// How a sign-in attempt ended.
enum Attempt {
    /// Signed in: capabilities in the answer (IMAP `[CAPABILITY …]`), and the answer to ask
    /// the classifier about (it may carry alerts).
    Accepted { atoms: Option<Vec<String>>, answer: Answer },
    /// Refused: the answer.
    Refused(Answer),
    /// The answer did not end normally.
    Broken(Broken),
}

/// An answer that did not end normally: what came, and why.
pub(super) struct Broken {
    answer: Answer,
    heard: bool,
    failure: Failure,
}

/// Why an answer did not end, in the terms a finding needs.
enum Failure {
    Timeout(Duration),
    Closed,
    Other(String),
}

impl Broken {
    fn new(answer: Answer, heard: bool, session: Option<&SessionError>, error: String) -> Broken {
        let failure = match session {
            Some(SessionError::Timeout(limit)) => Failure::Timeout(*limit),
            Some(SessionError::Closed) => Failure::Closed,
            _ => Failure::Other(error),
        };
        Broken { answer, heard, failure }
    }

    pub(super) fn imap(error: &ImapError) -> Broken {
        let heard = !error.answer.untagged.is_empty() || !error.answer.done.is_empty();
        Broken::new(answers::imap_error(error), heard, error.session(), error.to_string())
    }

    pub(super) fn pop3(error: &Pop3Error) -> Broken {
        Broken::new(answers::pop3_error(error), !error.lines.is_empty(), error.session(), error.to_string())
    }

    fn smtp(error: &SmtpError) -> Broken {
        Broken::new(answers::smtp_error(error), !error.lines.is_empty(), error.session(), error.to_string())
    }
}

/// Runs the stage over the session the protocol stage greeted.
#[tracing::instrument(skip_all, fields(stage = "auth", protocol = target.protocol.name()))]
pub async fn run(ctx: &Ctx, target: &Target, ready: &mut Ready) -> Checked<SignedIn> {
    // What the server advertised already decides some sign-ins, before any password: a mail
    // app with these settings cannot sign in at all, whether or not a password was given here.
    // With a token, "only OAuth is offered" is what is wanted; whether an OAuth mechanism is
    // offered at all is decided by [`pick`].
    let token = target.credentials.as_ref().is_some_and(|c| c.oauth);
    if let Some(outcome) = refused_by_capabilities(target, ready).filter(|_| !token) {
        return Checked::stop(outcome);
    }
    let Some(credentials) = &target.credentials else {
        let finding = Finding::new(Code::AuthSkippedNoCredentials);
        let detail = Text::new("detail-auth-no-password");
        let outcome = StageOutcome::from_findings(Stage::Auth, detail, vec![finding]);
        return Checked::stop(outcome.with_status(StageStatus::Skip));
    };
    if let Some(outcome) = refuse_to_send(ctx, target, ready) {
        return Checked::stop(outcome);
    }
    let mechanism = match pick(target, ready, credentials) {
        Ok(mechanism) => mechanism,
        Err(outcome) => return Checked::stop(outcome),
    };
    let started = Instant::now();
    // RFC 7888: LITERAL+ (or LITERAL- for small literals) needs no `+` round trip.
    let literal_plus = ready.caps.has("LITERAL+") || ready.caps.has("LITERAL-");
    let attempt = login(&mut ready.client, mechanism, literal_plus, target, credentials).await;
    let ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
    let data = json!({ "mechanism": mechanism.name(), "user": credentials.username, "ms": ms });
    let (findings, detail) = match attempt {
        Attempt::Accepted { atoms, answer } => {
            return after::signed_in(ctx, target, ready, mechanism, credentials, (atoms, answer), data).await;
        }
        Attempt::Refused(answer) => {
            let findings = refusal_of(ctx, ready, Phase::Login, &answer, credentials.oauth);
            let who = &credentials.username;
            (findings, Text::new("detail-auth-refused").arg("user", who).arg("mechanism", mechanism.name()))
        }
        Attempt::Broken(broken) => {
            let detail = match &broken.failure {
                Failure::Timeout(limit) => {
                    Text::new("detail-auth-timeout").arg("limit", format!("{} s", limit.as_secs_f32()))
                }
                Failure::Closed => Text::new("detail-auth-closed"),
                Failure::Other(error) => Text::new("detail-auth-broken").arg("error", error),
            };
            (broken_findings_of(ctx, ready, Phase::Login, &broken, credentials.oauth), detail)
        }
    };
    Checked::stop(StageOutcome::from_findings(Stage::Auth, detail, findings).with_data(data))
}

/// The mechanism, or the outcome that says why none can carry this password.
fn pick(target: &Target, ready: &Ready, credentials: &Credentials) -> Result<Mechanism, StageOutcome> {
    if credentials.oauth {
        return mechanism::choose_oauth(&ready.caps).ok_or_else(|| {
            let offered =
                if ready.caps.auth.is_empty() { "none".to_owned() } else { ready.caps.auth.join(" ") };
            let finding = Finding::new(Code::AuthMechanismUnsupported)
                .with("sign-in methods offered", offered)
                .with_words(
                    "needed for a token",
                    Text::new("value-either").arg("first", "XOAUTH2").arg("second", "OAUTHBEARER"),
                );
            let detail = Text::new("detail-auth-no-oauth");
            StageOutcome::from_findings(Stage::Auth, detail, vec![finding])
        });
    }
    let unsendable = credentials.password.expose().contains(['\r', '\n', '\0']);
    let chosen = choose_mechanism(target.protocol, &ready.caps)
        .filter(|m| !(unsendable && *m == Mechanism::Pop3UserPass));
    if let Some(mechanism) = chosen {
        return Ok(mechanism);
    }
    let (finding, detail) = if unsendable {
        let finding = Finding::new(Code::AuthMechanismUnsupported)
            .with_words("password", Text::new("value-password-unsendable"));
        (finding, Text::new("detail-auth-unsendable"))
    } else {
        (Finding::new(Code::AuthMechanismUnsupported), Text::new("detail-auth-no-method"))
    };
    Err(StageOutcome::from_findings(Stage::Auth, detail, vec![finding]))
}

/// The sign-in the capabilities already refuse, decided before any password (and also when
/// none was given): `auth.plaintext_disallowed` when the unencrypted connection refuses
/// passwords (IMAP `LOGINDISABLED`, POP3 `STLS` without `USER`/SASL, SMTP `STARTTLS` without
/// `AUTH`), `auth.basic_auth_disabled` when only OAuth is offered, and
/// `auth.mechanism_unsupported` when no password method is offered at all (an SMTP relay port
/// such as 25: the submission ports are named).
fn refused_by_capabilities(target: &Target, ready: &Ready) -> Option<StageOutcome> {
    let code = refusal_from_capabilities(target.protocol, &ready.caps, ready.client.is_tls())?;
    let offered = if ready.caps.auth.is_empty() { "none".to_owned() } else { ready.caps.auth.join(" ") };
    let mut finding = Finding::new(code).with("sign-in methods offered", offered);
    if ready.caps.login_disabled {
        finding = finding.with_words("LOGINDISABLED", Text::new("value-login-disabled"));
    }
    let tls_port = target.protocol.default_port(Security::Tls);
    match code {
        Code::AuthPlaintextDisallowed if ready.caps.starttls => {
            finding = finding
                .with_words("STARTTLS", Text::new("value-starttls-offered"))
                .with_fix(Fix { security: Some(Security::Starttls), ..Fix::default() });
        }
        Code::AuthPlaintextDisallowed => {
            let port = (target.port != tls_port).then_some(tls_port);
            finding = finding.with_fix(Fix { port, security: Some(Security::Tls), ..Fix::default() });
        }
        Code::AuthMechanismUnsupported if target.protocol == Protocol::Smtp => {
            finding = finding.with_words("submission ports", Text::new("value-submission-ports"));
            if !matches!(target.port, 465 | 587) {
                let fix = Fix { port: Some(587), security: Some(Security::Starttls), ..Fix::default() };
                finding = finding.with_fix(fix);
            }
        }
        _ => {}
    }
    let detail = Text::new(match (code, target.credentials.is_some()) {
        (Code::AuthPlaintextDisallowed, true) => "detail-auth-plaintext-not-sent",
        (Code::AuthPlaintextDisallowed, false) => "detail-auth-plaintext-cannot",
        (_, true) => "detail-auth-no-sign-in-not-sent",
        (_, false) => "detail-auth-no-sign-in-cannot",
    });
    Some(StageOutcome::from_findings(Stage::Auth, detail, vec![finding]))
}

/// `auth.skipped_insecure` before anything is sent.
fn refuse_to_send(ctx: &Ctx, target: &Target, ready: &Ready) -> Option<StageOutcome> {
    let encrypted = ready.client.is_tls();
    let verified = ctx.facts().tls.is_some_and(|t| t.verified);
    let (why, detail) = if !encrypted && !target.options.allow_insecure_auth {
        ("value-not-sent-unencrypted", Text::new("detail-auth-not-sent-unencrypted"))
    } else if encrypted && !verified && !target.options.trust_certificate {
        ("value-not-sent-certificate", Text::new("detail-auth-not-sent-certificate"))
    } else {
        return None;
    };
    let finding = Finding::new(Code::AuthSkippedInsecure).with_words("why", Text::new(why));
    Some(StageOutcome::from_findings(Stage::Auth, detail, vec![finding]).with_status(StageStatus::Skip))
}

/// Signs in with `mechanism` through the protocol client.
async fn login(
    client: &mut Client,
    mechanism: Mechanism,
    literal_plus: bool,
    target: &Target,
    c: &Credentials,
) -> Attempt {
    let (user, password) = (c.username.as_str(), c.password.expose());
    match mechanism {
        Mechanism::ImapAuthenticatePlain { sasl_ir } => {
            imap_attempt(client.imap().authenticate_plain(user, password, sasl_ir).await)
        }
        Mechanism::ImapLogin => imap_attempt(client.imap().login(user, password, literal_plus).await),
        Mechanism::Pop3AuthPlain => pop3_attempt(client.pop3().auth_plain(user, password).await),
        Mechanism::Pop3UserPass => pop3_attempt(client.pop3().user_pass(user, password).await),
        Mechanism::SmtpAuthPlain => smtp_attempt(client.smtp().auth_plain(user, password).await),
        Mechanism::SmtpAuthLogin => smtp_attempt(client.smtp().auth_login(user, password).await),
        Mechanism::Oauth { bearer, sasl_ir } => oauth_login(client, (bearer, sasl_ir), target, c).await,
    }
}

/// Signs in with an OAuth2 access token (`mechanism` is [`Mechanism::Oauth`]); an error
/// challenge is answered so the server's final answer comes, and both go to the classifier.
async fn oauth_login(
    client: &mut Client,
    (bearer, sasl_ir): (bool, bool),
    target: &Target,
    c: &Credentials,
) -> Attempt {
    let mechanism = Mechanism::Oauth { bearer, sasl_ir };
    let (user, token) = (c.username.as_str(), c.password.expose());
    let payload = if bearer {
        crate::proto::sasl::oauthbearer(user, token, &target.host.as_text(), target.port)
    } else {
        crate::proto::sasl::xoauth2(user, token)
    };
    let abort = crate::proto::sasl::oauth_abort(bearer);
    let name = mechanism.name();
    match target.protocol {
        Protocol::Imap => imap_attempt(client.imap().authenticate_oauth(name, payload, sasl_ir, abort).await),
        Protocol::Pop3 => match client.pop3().auth_oauth(name, &payload, abort).await {
            Ok((reply, None)) => pop3_attempt(Ok(reply)),
            Ok((reply, Some(challenge))) if !reply.is_ok() => {
                Attempt::Refused(Answer::Pop3 { status: Some(reply.status.clone()), other: vec![challenge] })
            }
            Ok((reply, Some(_))) => pop3_attempt(Ok(reply)),
            Err(error) => pop3_attempt(Err(error)),
        },
        Protocol::Smtp => match client.smtp().auth_oauth(name, &payload, abort).await {
            Ok((reply, Some(challenge))) if reply.code.get() != 235 => {
                Attempt::Refused(Answer::Smtp { reply: Some(reply), other: vec![challenge] })
            }
            Ok((reply, _)) => smtp_attempt(Ok(reply)),
            Err(error) => smtp_attempt(Err(error)),
        },
    }
}

fn imap_attempt(result: Result<ImapAnswer, ImapError>) -> Attempt {
    match result {
        Ok(answer) if answer.is_ok() => Attempt::Accepted {
            atoms: answer.capabilities(),
            answer: answers::imap_conditions(&answer, answer.status()),
        },
        Ok(answer) => Attempt::Refused(answers::imap(&answer)),
        Err(error) => Attempt::Broken(Broken::imap(&error)),
    }
}

fn pop3_attempt(result: Result<Pop3Reply, Pop3Error>) -> Attempt {
    match result {
        Ok(reply) if reply.is_ok() => Attempt::Accepted { atoms: None, answer: answers::pop3(&reply) },
        Ok(reply) => Attempt::Refused(answers::pop3(&reply)),
        Err(error) => Attempt::Broken(Broken::pop3(&error)),
    }
}

fn smtp_attempt(result: Result<smtp::Reply, SmtpError>) -> Attempt {
    match result {
        // RFC 4954 §6: 235 is the one answer that means "signed in".
        Ok(reply) if reply.code.get() == 235 => {
            Attempt::Accepted { atoms: None, answer: answers::smtp(&reply) }
        }
        Ok(reply) => Attempt::Refused(answers::smtp(&reply)),
        Err(error) => Attempt::Broken(Broken::smtp(&error)),
    }
}

/// What the classifier says about an answer heard on this session.
fn about(ready: &Ready) -> About<'_> {
    About {
        caps: &ready.caps,
        greeting: Some(ready.greeting.first()),
        tls_active: ready.client.is_tls(),
        oauth: false,
    }
}

/// The findings for a refusal: the classifier's, or the server's words when it has none.
fn refusal(ctx: &Ctx, ready: &Ready, phase: Phase, answer: &Answer) -> Vec<Finding> {
    refusal_of(ctx, ready, phase, answer, false)
}

/// [`refusal`] of a sign-in made with a password or (`oauth`) a token.
fn refusal_of(ctx: &Ctx, ready: &Ready, phase: Phase, answer: &Answer, oauth: bool) -> Vec<Finding> {
    let verdict = answers::verdict(ctx, phase, answer, About { oauth, ..about(ready) });
    let said = crate::proto::printable(&answer.lines().join(" "), QUOTE);
    answers::findings_or(verdict, Code::AuthFailedUnclassified, &said)
}

/// An answer that broke off: classify what was said, else describe the break.
fn broken_findings(ctx: &Ctx, ready: &Ready, phase: Phase, broken: &Broken) -> Vec<Finding> {
    broken_findings_of(ctx, ready, phase, broken, false)
}

/// [`broken_findings`] of a sign-in made with a password or (`oauth`) a token.
fn broken_findings_of(ctx: &Ctx, ready: &Ready, phase: Phase, broken: &Broken, oauth: bool) -> Vec<Finding> {
    if broken.heard {
        return refusal_of(ctx, ready, phase, &broken.answer, oauth);
    }
    vec![match &broken.failure {
        Failure::Timeout(limit) => {
            Finding::new(Code::AuthServerError).with("no answer within", format!("{} s", limit.as_secs_f32()))
        }
        Failure::Closed => Finding::new(Code::AuthFailedUnclassified).with(
            "server",
            "closed the connection without an answer (some servers do this to blocked addresses)",
        ),
        Failure::Other(error) => Finding::new(Code::AuthFailedUnclassified).with("error", error.clone()),
    }]
}
