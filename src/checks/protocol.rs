//! The `protocol` stage: the greeting, what really answers, capabilities, and who runs it.
//!
//! ```text
//! greeting (read by `tls`, or read now) ─ none? ─▶ one harmless probe (a1 CAPABILITY | CAPA | EHLO)
//!        ▼
//! judge: another protocol? HTTP/SSH/garbage? refused at greeting? slow? ── error ─▶ stop
//!        ▼
//! capabilities: [CAPABILITY …] in the greeting, else CAPABILITY (always after STARTTLS,
//! RFC 9051 §6.2.1) | CAPA (RFC 2449) | EHLO, HELO on 5xx (RFC 5321 §4.1.4)
//!        ▼
//! provider (greeting, else the host typed) and server software → ctx.facts
//! ```
//!
//! Every read goes through [`Session`] (bounded line, bounded total, timed); after the
//! greeting the protocol client (`net::client`) reads whole answers within a line bound and
//! one I/O time budget. A greeting that refuses service (IMAP `* BYE`/`* NO`, POP3 `-ERR`,
//! SMTP 4xx/5xx) is judged by the classifier ([`Phase::Greeting`]); so are refused capability
//! requests (`checks::capabilities`) and the answer to LOGOUT/QUIT. The stage never changes
//! anything on the server: it sends no mail and [`close`] says LOGOUT/QUIT. Parsing lives in
//! `proto/` (sans-IO); this file only does I/O and judgement.

use std::time::{Duration, Instant};

use serde_json::json;

use super::answers::{self, About};
use super::capabilities::{self, Listing};
use super::classify::Phase;
use super::greeting::{self, Greeting, NoGreeting};
use super::tls::Secured;
use super::{Checked, Ctx, context};
use crate::diagnosis::{Code, Finding, Fix};
use crate::i18n::Text;
use crate::net::client::Client;
use crate::net::session::{Session, SessionError};
use crate::proto::sniff::{Speaks, sniff};
use crate::proto::{self, Capabilities, imap, pop3, smtp};
use crate::providers::identify::{self, Clue, Source};
use crate::providers::{self, Provider};
use crate::stage::{Stage, StageOutcome, StageStatus, status_for};
use crate::target::{Protocol, Security, Target};

/// Longest server text quoted in evidence, in characters.
const QUOTE: usize = 200;
/// The tag of the IMAP probe (`a1 CAPABILITY`), sent only when the server did not greet.
/// The client is told it was used, so it numbers on from there.
const PROBE_TAG: &str = "a1";

/// What the auth stage gets.
#[derive(Debug)]
pub struct Ready {
    /// The connection, greeted and with capabilities read.
    pub client: Client,
    /// The greeting.
    pub greeting: Greeting,
    /// Capabilities (IMAP CAPABILITY, POP3 CAPA, SMTP EHLO), parsed once: keywords, AUTH
    /// mechanisms, STARTTLS, LOGINDISABLED.
    pub caps: Capabilities,
}

/// Runs the stage.
#[tracing::instrument(skip_all, fields(stage = "protocol", protocol = target.protocol.name()))]
pub async fn run(ctx: &Ctx, target: &Target, secured: Secured) -> Checked<Ready> {
    let Secured { mut session, greeting, silent } = secured;
    let read_before_tls = greeting.is_some();
    let (greeting, probe) = match hear(ctx, target, &mut session, greeting, silent).await {
        Heard::Greeting { greeting, probe } => (greeting, probe),
        Heard::Failed(finding, detail) => {
            let data = json!({ "speaks": null, "greeting": [] });
            let outcome = StageOutcome::from_findings(Stage::Protocol, detail, vec![finding]);
            return Checked::stop(outcome.with_data(data));
        }
    };
    tracing::debug!(speaks = ?greeting.speaks, ms = greeting.elapsed.as_millis() as u64, "greeting");
    let provider = identify_provider(ctx, target, &greeting);
    let (findings, refused) = judge(ctx, target, &greeting, provider, session.is_tls());
    if refused || status_for(&findings) == StageStatus::Fail {
        let software = identify_software(ctx, &greeting, None);
        let detail = stop_detail(target, &greeting, refused);
        let data = stage_data(&greeting, None, probe.as_deref(), software.as_deref(), provider);
        let outcome = StageOutcome::from_findings(Stage::Protocol, detail, findings).with_data(data);
        return Checked::stop(outcome);
    }
    let after_starttls = session.is_tls()
        && ctx.facts().tls.map_or(read_before_tls, |tls| tls.mode.eq_ignore_ascii_case("starttls"));
    let mut client = Client::new(session);
    if probe.is_some() {
        client.tag_used(PROBE_TAG);
    }
    let listing =
        capabilities::read(ctx, target, &mut client, &greeting, probe.as_deref(), after_starttls).await;
    let software = identify_software(ctx, &greeting, listing.closing.as_deref());
    let provider = identify_by_capabilities(ctx, &listing.caps);
    let detail = Text::new("detail-protocol-answered")
        .arg("host", &target.host)
        .arg_message("answered", greeting.speaks.message_id())
        .arg("software", software.as_deref().map(|s| format!(" ({s})")).unwrap_or_default())
        .arg("ms", greeting.elapsed.as_millis());
    let data = stage_data(&greeting, Some(&listing), probe.as_deref(), software.as_deref(), provider);
    let mut findings = findings;
    findings.extend(listing.findings.iter().cloned());
    let outcome = StageOutcome::from_findings(Stage::Protocol, detail, findings).with_data(data);
    if listing.ended {
        return Checked::stop(outcome);
    }
    Checked::next(outcome, Ready { client, greeting, caps: listing.caps })
}

/// Ends the session politely: IMAP `LOGOUT`, POP3 `QUIT`, SMTP `QUIT` (bounded, best effort).
///
/// The answer goes through the classifier ([`Phase::Logout`]: the normal `* BYE` is no
/// fault); a cause it recognises is noted in the transcript, as no stage is left to report it.
pub async fn close(ctx: &Ctx, target: &Target, ready: Ready) {
    let Ready { mut client, greeting, caps } = ready;
    // Never past the overall deadline: a server silent at LOGOUT must not stretch the run.
    let budget = ctx.timeouts.io.min(Duration::from_secs(2)).min(ctx.remaining());
    if budget.is_zero() {
        client.shutdown().await;
        return;
    }
    client.set_deadline(Some(Instant::now() + budget));
    // The deadline bounds the reads; the timeout also bounds a write to a server that stopped
    // reading.
    let goodbye = tokio::time::timeout(budget, async {
        match target.protocol {
            Protocol::Imap => match client.imap().logout().await {
                Ok(answer) => Some(answers::imap(&answer)),
                Err(error) => (!error.answer.untagged.is_empty()).then(|| answers::imap_error(&error)),
            },
            Protocol::Pop3 => client.pop3().quit().await.ok().map(|reply| answers::pop3(&reply)),
            Protocol::Smtp => client.smtp().quit().await.ok().map(|reply| answers::smtp(&reply)),
        }
    });
    if let Ok(Some(answer)) = goodbye.await {
        let about = About {
            caps: &caps,
            greeting: Some(greeting.first()),
            tls_active: client.is_tls(),
            oauth: false,
        };
        if let Some(c) = answers::placed(answers::verdict(ctx, Phase::Logout, &answer, about)) {
            tracing::debug!(code = %c.primary, "logout answer classified");
            ctx.transcript.note(&format!("The answer to logging out reads as {}.", c.primary));
        }
    }
    client.shutdown().await;
}

/// What came of waiting for the greeting.
enum Heard {
    /// A greeting (or the first line of whatever answers). `probe` is the probe command when
    /// one was sent and its answer is still to be read.
    Greeting { greeting: Greeting, probe: Option<String> },
    /// No usable greeting: the finding and a sentence for the stage detail.
    Failed(Finding, Text),
}

/// Gets the greeting: the one the `tls` stage read, or reads it now, or probes.
async fn hear(
    ctx: &Ctx,
    target: &Target,
    session: &mut Session,
    given: Option<Greeting>,
    silent: bool,
) -> Heard {
    if let Some(greeting) = given {
        return Heard::Greeting { greeting, probe: None };
    }
    let plain = !session.is_tls();
    // On a plain connection the `tls` stage already waited a full greeting time: look once
    // more, briefly (a greeting may have arrived meanwhile, or the server may have closed).
    let (before, limit) = if plain || silent {
        (ctx.timeouts.greeting, ctx.timeouts.greeting / 4)
    } else {
        (Duration::ZERO, ctx.timeouts.greeting)
    };
    if plain && !silent && greeting::first_bytes(session).is_some_and(|b| !b.is_empty()) {
        // The `tls` stage saw bytes but no whole greeting: give the rest a short while (the
        // session keeps the half line), then judge what came.
        let started = Instant::now();
        return match greeting::read(session, limit.min(ctx.remaining())).await {
            Ok(mut greeting) => {
                greeting.elapsed += before;
                Heard::Greeting { greeting, probe: None }
            }
            Err(why) => no_line(target, session, why, before + started.elapsed()),
        };
    }
    if silent {
        // The `tls` stage waited a full greeting time, and a TLS ClientHello got no answer
        // either: waiting again would only add time.
        if target.security == Security::Tls && !target.detect {
            // That ClientHello went out on this very connection: a command after it proves
            // nothing. A server silent to a ClientHello is a silent server.
            let finding = Finding::new(Code::ProtocolNoGreeting)
                .with("waited", ms(before))
                .with_words("TLS ClientHello", Text::new("value-no-answer"));
            let detail = Text::new("detail-protocol-silent-to-tls")
                .arg("host", &target.host)
                .arg("ms", before.as_millis());
            return Heard::Failed(finding, detail);
        }
        // Probe at once, briefly; a greeting that did arrive meanwhile is read first and
        // judged as a (late) greeting.
        return probe(ctx, target, session, before).await;
    }
    let started = Instant::now();
    match greeting::read(session, limit.min(ctx.remaining())).await {
        Ok(mut greeting) => {
            greeting.elapsed += before;
            Heard::Greeting { greeting, probe: None }
        }
        Err(NoGreeting::Silent) => probe(ctx, target, session, before + started.elapsed()).await,
        Err(other) => no_line(target, session, other, before + started.elapsed()),
    }
}

/// The longest wait for the answer to the harmless command: a server that answers commands
/// does so within a round trip, and a silent server has had its greeting time already.
const PROBE_ANSWER: Duration = Duration::from_millis(750);

/// The server said nothing: send one harmless command and see what answers (briefly).
async fn probe(ctx: &Ctx, target: &Target, session: &mut Session, waited: Duration) -> Heard {
    let command = probe_command(target.protocol);
    let started = Instant::now();
    if session.write_line(&command).await.is_err() {
        return closed(target);
    }
    let limit = PROBE_ANSWER.min(ctx.timeouts.greeting / 2).min(ctx.remaining());
    match greeting::read(session, limit).await {
        Ok(mut greeting) => {
            greeting.elapsed = waited + started.elapsed();
            if greeting.speaks == speaks_for(target.protocol)
                && !is_greeting(target.protocol, greeting.first())
            {
                let finding = Finding::new(Code::ProtocolNoGreeting)
                    .with("waited", ms(waited))
                    .with("probe", command.clone())
                    .with("server said", proto::printable(greeting.first(), QUOTE));
                let detail = Text::new("detail-protocol-never-greeted")
                    .arg("host", &target.host)
                    .arg("command", &command);
                return Heard::Failed(finding, detail);
            }
            Heard::Greeting { greeting, probe: Some(command) }
        }
        Err(NoGreeting::Silent) => {
            let waited = waited + started.elapsed();
            let mut finding = Finding::new(Code::ProtocolNoGreeting)
                .with("waited", ms(waited))
                .with_words("probe", Text::new("value-probe-no-answer").arg("command", &command));
            if let Some(answer) = ctx.facts().port.and_then(|p| p.probe_answer) {
                finding = finding.with("TLS ClientHello on a second connection", answer);
            }
            let detail = Text::new("detail-protocol-silent")
                .arg("host", &target.host)
                .arg("ms", waited.as_millis())
                .arg("command", &command);
            Heard::Failed(finding, detail)
        }
        Err(other) => no_line(target, session, other, waited + started.elapsed()),
    }
}

/// The one harmless command sent to a silent server.
fn probe_command(protocol: Protocol) -> String {
    match protocol {
        Protocol::Imap => format!("{PROBE_TAG} CAPABILITY"),
        Protocol::Pop3 => "CAPA".to_owned(),
        Protocol::Smtp => format!("EHLO {}", smtp::CLIENT_NAME),
    }
}

/// A read that produced no line: closed, binary, too long, or an I/O error.
fn no_line(target: &Target, session: &Session, why: NoGreeting, waited: Duration) -> Heard {
    match why {
        NoGreeting::Closed | NoGreeting::Failed(SessionError::Closed) => closed(target),
        NoGreeting::Binary(_) => {
            unusable(target, greeting::first_bytes(session).as_deref(), Text::new("value-no-complete-line"))
        }
        NoGreeting::Failed(e @ (SessionError::LineTooLong | SessionError::TooMuchData)) => {
            let problem = Text::new("as-given").arg("answer", e);
            unusable(target, greeting::first_bytes(session).as_deref(), problem)
        }
        NoGreeting::Incomplete { bytes, closed } => {
            let problem = if closed {
                Text::new("value-greeting-cut")
            } else {
                Text::new("value-greeting-unfinished").arg("ms", waited.as_millis())
            };
            unusable(target, Some(&bytes), problem)
        }
        NoGreeting::Endless(lines) => {
            let finding = Finding::new(Code::ProtocolNoGreeting)
                .with("server sent", proto::printable(lines.first().map_or("", String::as_str), QUOTE))
                .with_words(
                    "problem",
                    Text::new("value-greeting-endless").count("count", (lines.len() - 1) as u64),
                );
            Heard::Failed(finding, Text::new("detail-protocol-greeting-endless").arg("host", &target.host))
        }
        NoGreeting::Silent => {
            let finding = Finding::new(Code::ProtocolNoGreeting).with("waited", ms(waited));
            Heard::Failed(finding, Text::new("detail-protocol-no-greeting").arg("host", &target.host))
        }
        NoGreeting::Failed(e) => {
            let finding = Finding::new(Code::ProtocolNoGreeting).with("error", e.to_string());
            Heard::Failed(
                finding,
                Text::new("detail-protocol-no-greeting-error").arg("host", &target.host).arg("error", e),
            )
        }
    }
}

fn closed(target: &Target) -> Heard {
    let finding = Finding::new(Code::ProtocolNoGreeting)
        .with_words("server", Text::new("value-closed-without-greeting"));
    let detail = Text::new("detail-protocol-closed").arg("host", &target.host);
    Heard::Failed(finding, detail)
}

/// Bytes arrived but no usable line (too long, unterminated, binary): judge the bytes.
fn unusable(target: &Target, bytes: Option<&[u8]>, problem: Text) -> Heard {
    let mut speaks = bytes.map_or(Speaks::Unknown, sniff);
    // A few bytes that are the start of the expected greeting (`*`, `+O`, `22`, a server
    // dripping it) are that greeting, unfinished — not another service.
    if speaks == Speaks::Unknown && bytes.is_some_and(|b| begins_greeting(target.protocol, b)) {
        speaks = speaks_for(target.protocol);
    }
    let quoted = bytes.map(|b| proto::printable_bytes(b, QUOTE));
    let code = bytes.and_then(|_| mismatch(target.protocol, speaks)).unwrap_or(Code::ProtocolNoGreeting);
    let mut finding = Finding::new(code);
    if let Some(quoted) = quoted {
        finding = finding.with("server sent", quoted);
    }
    finding = finding.with_words("problem", problem.clone());
    let detail = match code {
        Code::ProtocolNoGreeting => {
            Text::new("detail-protocol-unusable").arg("host", &target.host).arg_text("problem", problem)
        }
        _ => Text::new("detail-protocol-other-protocol-because")
            .arg("host", &target.host)
            .arg("port", target.port)
            .arg_message("answered", speaks.message_id())
            .arg_message("expected", speaks_for(target.protocol).message_id())
            .arg_text("problem", problem),
    };
    Heard::Failed(finding, detail)
}

/// What a greeting says is wrong: another protocol, a refusal, slowness. The flag says the
/// greeting refused service (the stage stops there).
fn judge(
    ctx: &Ctx,
    target: &Target,
    greeting: &Greeting,
    provider: Option<&Provider>,
    tls_active: bool,
) -> (Vec<Finding>, bool) {
    let said = proto::printable(greeting.first(), QUOTE);
    if let Some(code) = mismatch(target.protocol, greeting.speaks) {
        let mut finding = Finding::new(code).with("server said", said);
        if let Some(service) = service_name(greeting.speaks) {
            finding = finding.with("service", service);
        }
        if let Some(fix) = fix_for(code, target, provider) {
            finding = finding.with_fix(fix);
        }
        return (vec![finding], false);
    }
    let mut findings = refusal(ctx, target, greeting, tls_active);
    let refused = !findings.is_empty();
    if greeting.elapsed > ctx.timeouts.slow_greeting {
        findings.push(
            Finding::new(Code::ServerSlowResponse)
                .with("greeting took", ms(greeting.elapsed))
                .with("slower than", ms(ctx.timeouts.slow_greeting)),
        );
    }
    (findings, refused)
}

/// A greeting that refuses service (IMAP `* BYE`/`* NO`, POP3 `-ERR`, SMTP 4xx/5xx), as the
/// classifier reads it (`protocol.rejected`, and the cause when the words tell it); empty for
/// a greeting that does not refuse.
fn refusal(ctx: &Ctx, target: &Target, greeting: &Greeting, tls_active: bool) -> Vec<Finding> {
    let answer = answers::greeting(target.protocol, &greeting.lines);
    if !answers::refuses(&answer) {
        return Vec::new();
    }
    let none = Capabilities::default();
    let about = About { caps: &none, greeting: Some(greeting.first()), tls_active, oauth: false };
    let verdict = answers::verdict(ctx, Phase::Greeting, &answer, about);
    answers::findings_or(verdict, Code::ProtocolRejected, &greeting.text())
}

/// The finding for "`speaks` answered where `expected` was wanted", if that is wrong.
pub fn mismatch(expected: Protocol, speaks: Speaks) -> Option<Code> {
    match (expected, speaks) {
        (Protocol::Imap, Speaks::Imap) | (Protocol::Pop3, Speaks::Pop3) | (Protocol::Smtp, Speaks::Smtp) => {
            None
        }
        (Protocol::Imap, Speaks::Pop3) => Some(Code::ProtocolPop3NotImap),
        (Protocol::Pop3, Speaks::Imap) => Some(Code::ProtocolImapNotPop3),
        (Protocol::Imap | Protocol::Pop3, Speaks::Smtp) => Some(Code::ProtocolSmtpNotIncoming),
        (Protocol::Smtp, Speaks::Imap | Speaks::Pop3) => Some(Code::ProtocolIncomingNotSmtp),
        (_, Speaks::Http) => Some(Code::ProtocolHttpNotMail),
        (_, Speaks::Ssh | Speaks::Tls | Speaks::Unknown) => Some(Code::ProtocolUnknown),
    }
}

/// What to call a service that is not a mail server, for evidence.
fn service_name(speaks: Speaks) -> Option<&'static str> {
    match speaks {
        Speaks::Http => Some("web server"),
        Speaks::Ssh => Some("SSH server"),
        Speaks::Tls => Some("TLS (encrypted) service"),
        Speaks::Unknown => Some("unknown service"),
        Speaks::Imap | Speaks::Pop3 | Speaks::Smtp => None,
    }
}

/// The settings that would reach the right service after a wrong-protocol answer: the
/// provider's server when the provider is known, else the protocol's SSL/TLS port when the
/// port typed belongs to another protocol (POP3's 110 for IMAP ⇒ 993). Otherwise the host is
/// what is wrong, and maildoctor does not know the right one.
pub fn fix_for(code: Code, target: &Target, provider: Option<&Provider>) -> Option<Fix> {
    let wrong_protocol = matches!(
        code,
        Code::ProtocolPop3NotImap
            | Code::ProtocolImapNotPop3
            | Code::ProtocolSmtpNotIncoming
            | Code::ProtocolIncomingNotSmtp
    );
    if !wrong_protocol {
        return None;
    }
    let (host, port, security) = match provider.and_then(|p| p.server(target.protocol)) {
        Some(server) => (Some(server.host.clone()), server.port, server.security),
        None => {
            let owner = Protocol::of_port(target.port)?;
            if owner == target.protocol {
                return None;
            }
            (None, target.protocol.default_port(Security::Tls), Security::Tls)
        }
    };
    let fix = Fix {
        protocol: None,
        host: host.filter(|h| *h != target.host.as_text()),
        port: (port != target.port).then_some(port),
        security: (security != target.security).then_some(security),
    };
    (fix != Fix::default()).then_some(fix)
}

fn is_greeting(protocol: Protocol, line: &str) -> bool {
    match protocol {
        Protocol::Imap => imap::is_greeting(line),
        Protocol::Pop3 => pop3::is_greeting(line),
        Protocol::Smtp => smtp::is_greeting(line),
    }
}

const fn speaks_for(protocol: Protocol) -> Speaks {
    match protocol {
        Protocol::Imap => Speaks::Imap,
        Protocol::Pop3 => Speaks::Pop3,
        Protocol::Smtp => Speaks::Smtp,
    }
}

fn stop_detail(target: &Target, greeting: &Greeting, refused: bool) -> Text {
    let expected = speaks_for(target.protocol).message_id();
    if refused {
        return Text::new("detail-protocol-refused")
            .arg("host", &target.host)
            .arg_message("expected", expected);
    }
    Text::new("detail-protocol-other-protocol")
        .arg("host", &target.host)
        .arg("port", target.port)
        .arg_message("answered", greeting.speaks.message_id())
        .arg_message("expected", expected)
}

/// The provider, from the greeting (its words, or a provider's capability in an IMAP
/// `[CAPABILITY …]`) weighed with the clues the dns stage found (host, CNAME, MX); recorded
/// in the facts. A greeting that names server software anyone can run (Dovecot, Postfix)
/// overrules an MX-only guess. See [`identify::decide`].
fn identify_provider(ctx: &Ctx, target: &Target, greeting: &Greeting) -> Option<&'static Provider> {
    let text = greeting.text();
    let tokens: Vec<&str> = text.split([' ', '[', ']', '(', ')']).filter(|t| !t.is_empty()).collect();
    let mut clues = target.host.name().map(|n| context::host_clues(n, &[])).unwrap_or_default();
    clues.extend(
        Provider::by_greeting(&text)
            .map(|p| Clue::new(Source::Greeting, p, proto::printable(greeting.first(), QUOTE))),
    );
    clues.extend(Provider::by_capabilities(&tokens).map(|(p, kw)| Clue::new(Source::Capabilities, p, kw)));
    let software_named = providers::software(&greeting.lines).is_some();
    ctx.with_facts(|f| {
        clues.into_iter().for_each(|clue| identify::note(&mut f.provider_clues, clue));
        f.decide_provider(software_named);
        f.provider
    })
}

/// The provider again once the capabilities are read (`X-GM-EXT-1`, `AUTH=ATOKEN`, …).
fn identify_by_capabilities(ctx: &Ctx, caps: &Capabilities) -> Option<&'static Provider> {
    let mut keywords = caps.keywords.clone();
    keywords.extend(caps.auth.iter().map(|m| format!("AUTH={m}")));
    let clue = Provider::by_capabilities(&keywords).map(|(p, kw)| Clue::new(Source::Capabilities, p, kw));
    ctx.with_facts(|f| {
        let software_named = f.software.is_some();
        match clue {
            Some(clue) => f.clue(clue, software_named),
            None => f.decide_provider(software_named),
        }
        f.provider
    })
}

/// The server software from the greeting and the capability answer; recorded in the facts.
fn identify_software(ctx: &Ctx, greeting: &Greeting, closing: Option<&str>) -> Option<String> {
    let mut lines: Vec<&str> = greeting.lines.iter().map(String::as_str).collect();
    lines.extend(closing);
    let software = providers::software(&lines);
    if let Some(name) = &software {
        ctx.with_facts(|f| f.software = Some(name.clone()));
    }
    software
}

fn stage_data(
    greeting: &Greeting,
    listing: Option<&Listing>,
    probe: Option<&str>,
    software: Option<&str>,
    provider: Option<&Provider>,
) -> serde_json::Value {
    let lines: Vec<String> = greeting.lines.iter().take(8).map(|l| proto::printable(l, QUOTE)).collect();
    let caps = listing.map(|l| &l.caps);
    json!({
        "greeting": lines,
        "greeting_ms": u64::try_from(greeting.elapsed.as_millis()).unwrap_or(u64::MAX),
        "speaks": greeting.speaks,
        "probe": probe,
        "capabilities": caps.map(|c| c.keywords.clone()),
        "capabilities_from": listing.map(|l| l.source),
        "capabilities_complete": listing.map(|l| l.note.is_none()),
        "capabilities_note": listing.and_then(|l| l.note.clone()),
        "auth_mechanisms": caps.map(|c| c.auth.clone()),
        "starttls_advertised": caps.map(|c| c.starttls),
        "login_disabled": caps.map(|c| c.login_disabled),
        "provider": provider.map(|p| p.id.clone()),
        "software": software,
        "exchange_host": providers::exchange_host(greeting.first()),
    })
}

fn ms(d: Duration) -> String {
    format!("{} ms", d.as_millis())
}

/// True when `bytes` could be the first bytes of a greeting of `protocol`.
fn begins_greeting(protocol: Protocol, bytes: &[u8]) -> bool {
    let starts: &[&[u8]] = match protocol {
        Protocol::Imap => &[b"* OK", b"* PREAUTH", b"* BYE", b"* NO"],
        Protocol::Pop3 => &[b"+OK", b"-ERR"],
        Protocol::Smtp => &[b"220", b"421", b"554"],
    };
    let bytes = &bytes[..bytes.len().min(16)];
    starts.iter().any(|s| s.len() > bytes.len() && s.starts_with(bytes))
        || (protocol == Protocol::Smtp && bytes.len() < 3 && bytes.iter().all(u8::is_ascii_digit))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::target::{Host, Options};

    fn target(protocol: Protocol, port: u16, security: Security) -> Target {
        Target {
            protocol,
            host: Host::Name("mail.example.com".into()),
            port,
            security,
            detect: false,
            credentials: None,
            ca_pem: None,
            options: Options::default(),
        }
    }

    #[test]
    fn every_service_maps_to_the_right_wrong_protocol_code() {
        use Protocol::{Imap, Pop3, Smtp};
        let table = [
            (Imap, Speaks::Imap, None),
            (Imap, Speaks::Pop3, Some(Code::ProtocolPop3NotImap)),
            (Pop3, Speaks::Imap, Some(Code::ProtocolImapNotPop3)),
            (Imap, Speaks::Smtp, Some(Code::ProtocolSmtpNotIncoming)),
            (Pop3, Speaks::Smtp, Some(Code::ProtocolSmtpNotIncoming)),
            (Smtp, Speaks::Imap, Some(Code::ProtocolIncomingNotSmtp)),
            (Smtp, Speaks::Pop3, Some(Code::ProtocolIncomingNotSmtp)),
            (Smtp, Speaks::Http, Some(Code::ProtocolHttpNotMail)),
            (Pop3, Speaks::Ssh, Some(Code::ProtocolUnknown)),
            (Imap, Speaks::Unknown, Some(Code::ProtocolUnknown)),
            (Smtp, Speaks::Smtp, None),
        ];
        for (expected, speaks, code) in table {
            assert_eq!(mismatch(expected, speaks), code, "{expected:?} answered by {speaks:?}");
        }
    }

    #[test]
    fn a_pop3_port_typed_for_imap_is_fixed_to_993_and_an_imap_port_is_not() {
        let fix = fix_for(Code::ProtocolPop3NotImap, &target(Protocol::Imap, 110, Security::Starttls), None);
        assert_eq!(fix, Some(Fix { port: Some(993), security: Some(Security::Tls), ..Fix::default() }));
        let none = fix_for(Code::ProtocolPop3NotImap, &target(Protocol::Imap, 143, Security::Starttls), None);
        assert_eq!(none, None);
        let smtp = fix_for(Code::ProtocolIncomingNotSmtp, &target(Protocol::Smtp, 993, Security::Tls), None);
        assert_eq!(smtp, Some(Fix { port: Some(465), ..Fix::default() }));
        assert_eq!(
            fix_for(Code::ProtocolHttpNotMail, &target(Protocol::Imap, 110, Security::Tls), None),
            None
        );
    }

    #[test]
    fn a_known_provider_fixes_to_its_own_server() {
        let gmail = Provider::by_id("gmail");
        let fix = fix_for(Code::ProtocolPop3NotImap, &target(Protocol::Imap, 995, Security::Tls), gmail);
        assert_eq!(fix, Some(Fix { host: Some("imap.gmail.com".into()), port: Some(993), ..Fix::default() }));
    }

    #[test]
    fn probes_are_harmless_commands() {
        assert_eq!(probe_command(Protocol::Imap), "a1 CAPABILITY");
        assert_eq!(probe_command(Protocol::Pop3), "CAPA");
        assert_eq!(probe_command(Protocol::Smtp), "EHLO maildoctor.invalid");
    }
}
