//! What a port speaks against what was chosen: the `tls` stage's verdicts on wire facts.
//!
//! The security race ([`super::race`]) and the implicit-TLS ClientHello ([`super::hello`]) say
//! what answered; this file turns that into the stage's outcome:
//!
//! | the port                         | auto                          | STARTTLS / none chosen          | SSL/TLS chosen |
//! |----------------------------------|-------------------------------|---------------------------------|----------------|
//! | greets in plain text             | STARTTLS (pass)               | STARTTLS / `tls.not_used`       | `tls.plaintext_on_tls_port` |
//! | speaks TLS, handshake completes  | SSL/TLS (pass)                | `tls.tls_on_plaintext_port`     | pass |
//! | speaks TLS, handshake fails      | `tls.handshake_failed`        | `tls.handshake_failed` + `tls.tls_on_plaintext_port` | `tls.handshake_failed` |
//! | answers HTTP                     | protocol stage: `protocol.http_not_mail` (all modes) |||
//! | answers nothing at all           | protocol stage: `protocol.no_greeting` (all modes)   |||
//!
//! A TLS port whose TLS fails reached with STARTTLS needs two changes: choose SSL/TLS, and the
//! server's TLS must be repaired. The handshake failure comes first (it is the one that still
//! blocks after the setting is right, and only the server's administrator can fix it), the
//! port confusion second, and no "settings that should work" are offered, since none do yet.

use std::time::Duration;

use serde_json::json;

use super::cert;
use super::greeting::{Greeting, NoGreeting};
use super::hello::{self, Answer, Broken};
use super::race::{PortSpeaks, Raced};
use super::tcp::{self, Connected};
use super::tls::{self, Mode, Secured};
use super::{Checked, Ctx};
use crate::diagnosis::{Code, Finding, Fix};
use crate::i18n::Text;
use crate::net::policy::VettedAddr;
use crate::net::session::Session;
use crate::proto::sniff::{Speaks, sniff};
use crate::stage::{Stage, StageOutcome};
use crate::target::{Security, Target};

/// The stage's outcome once the race has run (security STARTTLS, none or auto).
pub async fn after_race(ctx: &Ctx, target: &Target, addr: VettedAddr, raced: Raced) -> Checked<Secured> {
    match raced {
        Raced::Plain { session, greeting } => greeted(ctx, target, session, greeting).await,
        Raced::Tls { stream, recording } => {
            if target.detect {
                detected(ctx, Security::Tls);
                let mut checked =
                    tls::established(ctx, target, *stream, recording, Mode::Implicit, None).await;
                checked.outcome.lead(Text::new("detail-wire-tls-first"));
                return checked;
            }
            let version = tls::parameters(&stream).0;
            close_tls(*stream).await;
            let why = Text::new("value-tls-fresh-handshake").arg("version", version);
            Checked::stop(tls_on_plaintext(target, why))
        }
        Raced::Broken(failed) => broken(ctx, target, addr, failed).await,
        Raced::Http { session, greeting } => {
            let status = greeting.first().to_owned();
            web_server(ctx, session, status)
        }
        Raced::Silent { session } => silent(ctx, session, ctx.timeouts.greeting),
        Raced::NoLine { session, why } => no_line(ctx, target, addr, session, why).await,
    }
}

/// A plain-text greeting: STARTTLS (chosen, or detected with auto), or none.
async fn greeted(ctx: &Ctx, target: &Target, session: Session, greeting: Greeting) -> Checked<Secured> {
    if target.detect {
        detected(ctx, Security::Starttls);
        let mut checked = tls::starttls(ctx, target, session, greeting).await;
        let lead = match ctx.facts().port.and_then(|p| p.starttls) {
            Some(true) => "detail-wire-plain-starttls",
            _ => "detail-wire-plain",
        };
        checked.outcome.lead(Text::new(lead));
        return checked;
    }
    match target.security {
        Security::None => tls::plain(ctx, session, greeting),
        Security::Starttls | Security::Tls => tls::starttls(ctx, target, session, greeting).await,
    }
}

/// Connection 1 sent bytes but no usable line, or closed: TLS bytes mean a TLS port; anything
/// else is left to the protocol stage.
async fn no_line(
    ctx: &Ctx,
    target: &Target,
    addr: VettedAddr,
    session: Session,
    why: NoGreeting,
) -> Checked<Secured> {
    if !matches!(why, NoGreeting::Binary(Speaks::Tls)) {
        let outcome = StageOutcome::skipped(Stage::Tls, Text::new("detail-wire-no-greeting"));
        return Checked::next(outcome, Secured { session, greeting: None, silent: false });
    }
    if !target.detect {
        return Checked::stop(tls_on_plaintext(target, Text::new("value-first-bytes-tls")));
    }
    // Auto, and the server spoke TLS first: this port is TLS from the start; start over on a
    // fresh connection as SSL/TLS.
    drop(session);
    let limit = ctx.timeouts.connect.min(ctx.remaining());
    match tcp::connect(addr, target.port, limit).await {
        Ok(stream) => {
            detected(ctx, Security::Tls);
            let target = Target { security: Security::Tls, detect: false, ..target.clone() };
            tls::implicit(ctx, &target, Connected { addr, stream }).await
        }
        Err(_) => Checked::stop(tls_on_plaintext(target, Text::new("value-first-bytes-tls"))),
    }
}

/// A web server answered the ClientHello: the protocol stage judges its status line.
pub fn web_server(ctx: &Ctx, session: Session, status: String) -> Checked<Secured> {
    let detail = Text::new("detail-wire-web-server");
    let greeting = Greeting { speaks: Speaks::Http, lines: vec![status], elapsed: Duration::ZERO };
    ctx.with_facts(|f| f.port.get_or_insert_default().speaks = Some(PortSpeaks::Http));
    Checked::next(
        StageOutcome::skipped(Stage::Tls, detail),
        Secured { session, greeting: Some(greeting), silent: false },
    )
}

/// Nothing answered: the protocol stage says `protocol.no_greeting` with the waits.
pub fn silent(ctx: &Ctx, session: Session, waited: Duration) -> Checked<Secured> {
    ctx.with_facts(|f| f.port.get_or_insert_default().speaks = Some(PortSpeaks::Silent));
    let detail = Text::new("detail-wire-silent").arg("ms", waited.as_millis());
    Checked::next(
        StageOutcome::skipped(Stage::Tls, detail),
        Secured { session, greeting: None, silent: true },
    )
}

/// The port speaks TLS (it answered a ClientHello with TLS), but the handshake failed: say how
/// far it got, show the certificate when one was sent, and with STARTTLS or none chosen also
/// that the port wants SSL/TLS.
pub async fn broken(ctx: &Ctx, target: &Target, addr: VettedAddr, broken: Broken) -> Checked<Secured> {
    ctx.with_facts(|f| {
        let port = f.port.get_or_insert_default();
        port.speaks = Some(PortSpeaks::Tls);
        port.tls_works = Some(false);
    });
    if target.detect {
        detected(ctx, Security::Tls);
    }
    let mut chain: Vec<_> = broken.wire.certificates.iter().cloned().map(Into::into).collect();
    if chain.is_empty() && broken.wire.server_hello {
        chain = hello::certificate_over_tls12(ctx, target, addr).await;
    }
    let summary = cert::summarize(&chain, ctx.now);
    let code = broken.error.as_ref().map_or(Code::TlsHandshakeFailed, tls::handshake_code);
    let mut finding = Finding::new(code)
        .with("error", broken.describe())
        .with_words("how far", Text::new(broken.progress_id()));
    if let Some(summary) = &summary {
        finding = finding.with("certificate for", summary.names.join(", "));
    }
    let mut findings = vec![finding];
    let chosen_plain = !target.detect && target.security != Security::Tls;
    if chosen_plain {
        findings.push(tls_on_plaintext_finding(target, Text::new("value-tls-answered-hello")));
    }
    ctx.with_facts(|f| f.certificate = summary);
    let detail = Text::new(match (code, chosen_plain) {
        (Code::TlsProtocolOutdated, _) => "detail-wire-tls-outdated",
        (_, true) => "detail-wire-tls-fails-chosen-plain",
        (_, false) => "detail-wire-tls-fails",
    });
    let data = json!({ "mode": "implicit", "chain_length": chain.len() });
    Checked::stop(StageOutcome::from_findings(Stage::Tls, detail, findings).with_data(data))
}

/// SSL/TLS chosen and the handshake failed without a TLS answer: a plain-text greeting means
/// a STARTTLS or plain port; anything else is a failed handshake.
pub fn implicit_failure(target: &Target, answer: &Answer) -> StageOutcome {
    let (first, error) = match answer {
        Answer::Text { first } => (Some(first.as_slice()), None),
        Answer::Binary { first, error } => (Some(first.as_slice()), Some(error.to_string())),
        Answer::Closed(error) => (None, Some(error.to_string())),
        other => (None, Some(other.describe())),
    };
    if let Some(first) = first.filter(|f| matches!(sniff(f), Speaks::Imap | Speaks::Pop3 | Speaks::Smtp)) {
        let mut finding = Finding::new(Code::TlsPlaintextOnTlsPort)
            .with("server sent", hello::first_line(first))
            .with_words("expected", Text::new("value-expected-tls"));
        let tls_port = target.protocol.default_port(Security::Tls);
        if target.port != tls_port {
            finding = finding.with("usual SSL/TLS port", tls_port.to_string());
        }
        let finding = finding.with_fix(Fix { security: Some(Security::Starttls), ..Fix::default() });
        let detail = Text::new("detail-wire-plain-on-tls");
        return StageOutcome::from_findings(Stage::Tls, detail, vec![finding]);
    }
    let mut finding = match error {
        Some(error) => Finding::new(Code::TlsHandshakeFailed).with("error", error),
        None => Finding::new(Code::TlsHandshakeFailed).with_words("error", Text::new("value-no-tls-answer")),
    };
    if let Some(first) = first {
        finding = finding.with("server sent", hello::first_line(first));
    }
    StageOutcome::from_findings(Stage::Tls, Text::new("detail-wire-handshake-failed"), vec![finding])
}

/// STARTTLS or none was chosen on a port that speaks TLS from the first byte.
pub fn tls_on_plaintext(target: &Target, why: Text) -> StageOutcome {
    StageOutcome::from_findings(
        Stage::Tls,
        Text::new("detail-wire-tls-on-plain"),
        vec![tls_on_plaintext_finding(target, why)],
    )
}

fn tls_on_plaintext_finding(target: &Target, why: Text) -> Finding {
    let mut finding = Finding::new(Code::TlsTlsOnPlaintextPort)
        .with_words("expected", Text::new("value-expected-greeting"))
        .with_words("found", why);
    // Only a well-known STARTTLS port has an obvious SSL/TLS twin; the fix itself keeps the
    // port, because TLS answered on this one.
    if matches!(target.port, 143 | 110 | 587 | 25) {
        finding = finding.with("usual SSL/TLS port", target.protocol.default_port(Security::Tls).to_string());
    }
    finding.with_fix(Fix { security: Some(Security::Tls), ..Fix::default() })
}

/// Records the mode auto detected (the runner goes on with it).
fn detected(ctx: &Ctx, security: Security) {
    ctx.with_facts(|f| f.port.get_or_insert_default().detected = Some(security));
}

/// Ends a TLS session that is not used (a probe that proved the wrong mode), politely.
async fn close_tls(mut stream: tokio_rustls::client::TlsStream<crate::net::stream::Tcp>) {
    let _ = tokio::time::timeout(Duration::from_millis(200), tokio::io::AsyncWriteExt::shutdown(&mut stream))
        .await;
}
