//! The `tls` stage: implicit TLS or STARTTLS, the certificate, and port confusion.
//!
//! - `security=tls`: a ClientHello straight away ([`hello`]). A finished handshake hands on a
//!   TLS session. Otherwise the server's own bytes decide ([`wire`]): a plain-text greeting is
//!   `tls.plaintext_on_tls_port`, an HTTP answer goes to the protocol stage as a web server,
//!   not one byte within the greeting time is a silent server (`protocol.no_greeting`), and a
//!   TLS answer that fails is `tls.protocol_outdated` or `tls.handshake_failed`, saying how far
//!   the handshake got.
//! - `security=starttls`, `none` and `auto`: the security race ([`race`]) listens for a
//!   plain-text greeting and, after a short head start in silence, sends a ClientHello on a
//!   second connection; the first answer decides, at round-trip speed. A plain greeting goes
//!   on to STARTTLS (IMAP `STARTTLS`, POP3 `STLS`, SMTP `EHLO` + `STARTTLS`, refusing bytes
//!   pipelined after the OK, then the handshake) or, with `none`, to `tls.not_used`. A port
//!   that speaks TLS from the first byte is `tls.tls_on_plaintext_port` when STARTTLS or none
//!   was chosen, and simply the mode with `auto`, which goes on over the probe's TLS session.
//!
//! Every completed handshake records the chain and every certificate fault
//! ([`RecordingVerifier`]); a certificate with faults still hands the session on (the protocol
//! can be checked) but the stage fails, and the auth stage will not send a password over it.

use std::io;
use std::time::Duration;

use serde_json::json;
use tokio_rustls::TlsConnector;
use tokio_rustls::client::TlsStream;

use super::answers::{self, About};
use super::cert;
use super::classify::{Answer as Said, Phase};
use super::greeting::Greeting;
use super::hello::{self, Answer, Watch};
use super::race::{self, PortSpeaks};
use super::tcp::Connected;
use super::wire;
use super::{Checked, Ctx, TlsInfo};
use crate::diagnosis::{Code, Finding};
use crate::i18n::Text;
use crate::net::client::imap::Answer as ImapAnswer;
use crate::net::client::{Broke, Imap, Pop3, Smtp, Tags, Upgrade};
use crate::net::session::Session;
use crate::net::stream::{MailStream, Tcp};
use crate::net::tls::{CertFault, Recording, RecordingVerifier, client_config, server_name};
use crate::proto::sniff::{Speaks, sniff};
use crate::proto::{self, Capabilities};
use crate::stage::{Stage, StageOutcome};
use crate::target::{Protocol, Security, Target};

/// What the protocol stage gets: a session (TLS or not) and the greeting if already read.
#[derive(Debug)]
pub struct Secured {
    /// The session.
    pub session: Session,
    /// The greeting, when it was read before TLS (STARTTLS, none).
    pub greeting: Option<Greeting>,
    /// True when nothing answered: no plain-text greeting within the greeting time and no
    /// answer to a TLS ClientHello either. The protocol stage decides between
    /// `protocol.no_greeting` and what answers one harmless command.
    pub silent: bool,
}

/// How TLS was started.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub(super) enum Mode {
    Implicit,
    Starttls,
}

impl Mode {
    fn name(self) -> &'static str {
        match self {
            Mode::Implicit => "implicit",
            Mode::Starttls => "starttls",
        }
    }
}

/// Why a handshake after STARTTLS did not complete.
#[derive(Debug)]
enum Failure {
    /// No usable answer within the limit.
    Timeout(Duration),
    /// rustls (or the socket) gave up; `first` holds the server's first bytes.
    Rejected { error: io::Error, first: Vec<u8> },
    /// The host cannot be a TLS server name, or the config could not be built.
    Setup(String),
}

impl Failure {
    fn code(&self) -> Code {
        match self {
            Failure::Rejected { error, .. } => handshake_code(error),
            Failure::Timeout(_) | Failure::Setup(_) => Code::TlsHandshakeFailed,
        }
    }

    fn describe(&self) -> String {
        match self {
            Failure::Timeout(limit) => format!("no TLS answer within {} ms", limit.as_millis()),
            Failure::Rejected { error, .. } => error.to_string(),
            Failure::Setup(why) => why.clone(),
        }
    }

    /// Evidence: the error, and what the server sent when it was readable text.
    fn evidence(&self, finding: Finding) -> Finding {
        let finding = finding.with("error", self.describe());
        match self {
            Failure::Rejected { first, .. } if !first.is_empty() && sniff(first) != Speaks::Tls => {
                finding.with("server sent", first_line(first))
            }
            _ => finding,
        }
    }
}

/// Runs the stage.
#[tracing::instrument(skip_all, fields(stage = "tls", security = target.security.name(), auto = target.detect))]
pub async fn run(ctx: &Ctx, target: &Target, conn: Connected) -> Checked<Secured> {
    let mut checked = if target.security == Security::Tls && !target.detect {
        implicit(ctx, target, conn).await
    } else {
        let addr = conn.addr;
        let raced = race::race(ctx, target, conn).await;
        wire::after_race(ctx, target, addr, raced).await
    };
    // What the port speaks, for the report and for checks that try other settings.
    let port = serde_json::to_value(ctx.facts().port).unwrap_or_default();
    match &mut checked.outcome.data {
        serde_json::Value::Object(data) => {
            data.insert("port".to_owned(), port);
        }
        data => *data = json!({ "port": port }),
    }
    checked
}

/// The code for a failed handshake: an outdated server (it only speaks TLS 1.0/1.1, or says
/// "protocol version") or a plain failure.
pub fn handshake_code(error: &io::Error) -> Code {
    use rustls::{AlertDescription, Error, PeerIncompatible};
    match error.get_ref().and_then(|e| e.downcast_ref::<Error>()) {
        Some(Error::AlertReceived(AlertDescription::ProtocolVersion))
        | Some(Error::PeerIncompatible(PeerIncompatible::ServerDoesNotSupportTls12Or13)) => {
            Code::TlsProtocolOutdated
        }
        _ => Code::TlsHandshakeFailed,
    }
}

/// SSL/TLS chosen: a ClientHello on the tcp stage's connection, judged by what answers.
pub(super) async fn implicit(ctx: &Ctx, target: &Target, conn: Connected) -> Checked<Secured> {
    let Connected { addr, stream } = conn;
    let silence = ctx.timeouts.greeting.min(ctx.remaining());
    let watch =
        Watch { silence, total: ctx.timeouts.tls.max(silence).min(ctx.remaining()), keep_spare: true };
    let answer = hello::hello(ctx, target, stream, watch).await;
    if !matches!(answer, Answer::Done { .. }) {
        ctx.transcript.note(&format!("TLS handshake failed: {}", answer.describe()));
    }
    match answer {
        Answer::Done { stream, recording } => {
            ctx.with_facts(|f| {
                let port = f.port.get_or_insert_default();
                port.speaks = Some(PortSpeaks::Tls);
                port.tls_works = Some(true);
            });
            established(ctx, target, *stream, recording, Mode::Implicit, None).await
        }
        Answer::Tls(broken) => wire::broken(ctx, target, addr, broken).await,
        Answer::Http { status, tcp } => wire::web_server(ctx, plain_session(ctx, tcp), status),
        Answer::Silent { waited, spare: Some(spare) } => {
            let session = plain_session(ctx, crate::net::stream::Recorded::new(spare));
            wire::silent(ctx, session, waited)
        }
        other => Checked::stop(wire::implicit_failure(target, &other)),
    }
}

/// TLS is up: record version, cipher and certificate, assess the certificate, hand off. (Async
/// so that assessing the certificate may fetch what it needs, e.g. a missing intermediate.)
pub(super) async fn established(
    ctx: &Ctx,
    target: &Target,
    stream: TlsStream<Tcp>,
    recording: Recording,
    mode: Mode,
    greeting: Option<Greeting>,
) -> Checked<Secured> {
    let (version, cipher) = parameters(&stream);
    ctx.transcript.note(&format!("TLS established: {version} {cipher} ({})", mode.name()));
    let summary = cert::summarize(&recording.chain, ctx.now);
    let findings = certificate_findings(&recording, summary.as_ref(), target);
    let findings = super::aia::complete(ctx, &recording.chain, findings).await;
    let faults: Vec<&str> = recording.faults.iter().map(CertFault::name).collect();
    let data = json!({
        "mode": mode.name(),
        "version": version,
        "cipher": cipher,
        "faults": faults,
        "chain_length": recording.chain.len(),
    });
    let detail = if findings.is_empty() {
        Text::new("detail-tls-valid").arg("version", &version).arg("host", &target.host)
    } else {
        Text::new("detail-tls-problems").arg("version", &version).arg("count", findings.len())
    };
    let info =
        TlsInfo { version, cipher, mode: mode.name().to_owned(), verified: recording.faults.is_empty() };
    ctx.with_facts(|facts| {
        facts.certificate = summary;
        facts.tls = Some(info);
    });
    let session = Session::new(MailStream::Tls(Box::new(stream)), ctx.transcript.clone(), ctx.timeouts.io);
    let outcome = StageOutcome::from_findings(Stage::Tls, detail, findings).with_data(data);
    Checked::next(outcome, Secured { session, greeting, silent: false })
}

fn certificate_findings(
    recording: &Recording,
    summary: Option<&cert::CertSummary>,
    target: &Target,
) -> Vec<Finding> {
    match summary {
        Some(summary) => {
            cert::assess(&recording.faults, summary, &recording.chain, &target.host, target.protocol)
        }
        None if recording.faults.is_empty() => Vec::new(),
        None => {
            let mut finding = Finding::new(Code::TlsCertUntrusted);
            for fault in &recording.faults {
                finding = finding.with("verifier said", format!("{fault:?}"));
            }
            vec![finding]
        }
    }
}

/// `TLSv1.3` and `TLS13_AES_256_GCM_SHA384`.
pub(super) fn parameters(stream: &TlsStream<Tcp>) -> (String, String) {
    let conn = stream.get_ref().1;
    let version = conn
        .protocol_version()
        .map(|v| v.as_str().map_or_else(|| format!("{v:?}"), |s| s.replace('_', ".")))
        .unwrap_or_default();
    let cipher = conn
        .negotiated_cipher_suite()
        .map(|s| s.suite().as_str().map_or_else(|| format!("{:?}", s.suite()), str::to_owned))
        .unwrap_or_default();
    (version, cipher)
}

/// A plain-text greeting was read: ask for STARTTLS and upgrade.
pub(super) async fn starttls(
    ctx: &Ctx,
    target: &Target,
    mut session: Session,
    greeting: Greeting,
) -> Checked<Secured> {
    if let Some(why) = not_for_starttls(&greeting, target.protocol) {
        let outcome = StageOutcome::skipped(Stage::Tls, why);
        return Checked::next(outcome, Secured { session, greeting: Some(greeting), silent: false });
    }
    let offered = negotiate(ctx, &mut session, target.protocol, &greeting).await;
    ctx.with_facts(|f| {
        f.port.get_or_insert_default().starttls = Some(!matches!(offered, Err(Refusal::Refused(_))))
    });
    match offered {
        Ok(()) => {}
        Err(Refusal::Refused(findings)) => {
            let detail = Text::new("detail-tls-starttls-refused");
            let outcome = StageOutcome::from_findings(Stage::Tls, detail, findings);
            return Checked::next(outcome, Secured { session, greeting: Some(greeting), silent: false });
        }
        Err(Refusal::Broken(finding)) => return Checked::stop(starttls_failed(finding)),
    }
    let tcp = match session.into_plain() {
        Ok(tcp) => tcp,
        Err(refused) => {
            let (_, error) = *refused;
            ctx.transcript.note(&format!("STARTTLS stopped: {error}"));
            let finding = Finding::new(Code::TlsStarttlsFailed).with("error", error.to_string());
            return Checked::stop(starttls_failed(finding));
        }
    };
    match handshake(ctx, target, tcp).await {
        Ok((stream, recording)) => {
            established(ctx, target, stream, recording, Mode::Starttls, Some(greeting)).await
        }
        Err(failure) => {
            ctx.transcript.note(&format!("TLS handshake after STARTTLS failed: {}", failure.describe()));
            let code = match failure.code() {
                Code::TlsProtocolOutdated => Code::TlsProtocolOutdated,
                _ => Code::TlsStarttlsFailed,
            };
            Checked::stop(starttls_failed(failure.evidence(Finding::new(code))))
        }
    }
}

/// One TLS handshake after STARTTLS, with a fresh verifier and config (no resumption), under
/// the TLS limit.
async fn handshake(ctx: &Ctx, target: &Target, tcp: Tcp) -> Result<(TlsStream<Tcp>, Recording), Failure> {
    let verifier = RecordingVerifier::new(ctx.roots.clone(), Some(ctx.now));
    let config = client_config(verifier.clone()).map_err(|e| Failure::Setup(e.to_string()))?;
    let name = server_name(&target.host).map_err(|e| Failure::Setup(e.to_string()))?;
    let limit = ctx.timeouts.tls.min(ctx.remaining());
    // Bytes already recorded (a greeting before STARTTLS) are not what answered the handshake.
    let before = tcp.first_bytes().len();
    let connect = TlsConnector::from(config).connect(name, tcp).into_fallible();
    match tokio::time::timeout(limit, connect).await {
        Err(_) => Err(Failure::Timeout(limit)),
        Ok(Ok(stream)) => Ok((stream, verifier.recording())),
        Ok(Err((error, tcp))) => {
            let first = tcp.first_bytes().get(before..).unwrap_or_default().to_vec();
            Err(Failure::Rejected { error, first })
        }
    }
}

fn starttls_failed(finding: Finding) -> StageOutcome {
    StageOutcome::from_findings(Stage::Tls, Text::new("detail-tls-starttls-failed"), vec![finding])
}

pub(super) fn plain_session(ctx: &Ctx, tcp: Tcp) -> Session {
    Session::new(MailStream::Plain(tcp), ctx.transcript.clone(), ctx.timeouts.io)
}

/// Why STARTTLS is not even tried: the greeting is another protocol's, or a refusal.
fn not_for_starttls(greeting: &Greeting, protocol: Protocol) -> Option<Text> {
    let expected = match protocol {
        Protocol::Imap => Speaks::Imap,
        Protocol::Pop3 => Speaks::Pop3,
        Protocol::Smtp => Speaks::Smtp,
    };
    if greeting.speaks != expected {
        return Some(
            Text::new("detail-tls-starttls-other-protocol")
                .arg_message("answered", greeting.speaks.message_id())
                .arg("expected", protocol.label()),
        );
    }
    // One rule for "the greeting refuses service", the protocol stage's (IMAP `* BYE`/`* NO`,
    // POP3 `-ERR`, SMTP 4xx/5xx); that stage classifies what it says.
    let refused = answers::refuses(&answers::greeting(protocol, &greeting.lines));
    refused.then(|| Text::new("detail-tls-starttls-greeting-refused"))
}

/// Security none: the plain-text greeting was read; say the connection is not encrypted.
pub(super) fn plain(ctx: &Ctx, session: Session, greeting: Greeting) -> Checked<Secured> {
    ctx.transcript.note("No encryption: security is set to none.");
    let outcome = StageOutcome::from_findings(
        Stage::Tls,
        Text::new("detail-tls-none"),
        vec![Finding::new(Code::TlsNotUsed).with("security", Security::None.label())],
    );
    Checked::next(outcome, Secured { session, greeting: Some(greeting), silent: false })
}

/// How STARTTLS negotiation ended when it did not end in "go ahead".
#[derive(Debug)]
enum Refusal {
    /// Not offered, or refused: the plain session is still usable.
    Refused(Vec<Finding>),
    /// The conversation broke (timeout, close, nonsense): the session is not usable.
    Broken(Finding),
}

/// The STARTTLS exchange through the protocol client (IMAP tags `t1`, `t2`, … so the
/// transcript shows it apart from the session after TLS). A refused capability request or
/// upgrade is judged by the classifier.
async fn negotiate(
    ctx: &Ctx,
    session: &mut Session,
    protocol: Protocol,
    greeting: &Greeting,
) -> Result<(), Refusal> {
    let about = Heard { ctx, greeting, tls_active: session.is_tls() };
    match protocol {
        Protocol::Imap => {
            let mut tags = Tags::new('t');
            match Imap::new(session, &mut tags, None).starttls().await {
                Ok(upgrade) => about.judge(upgrade, |a| (answers::imap(a), imap_said(a))),
                Err(Broke { step, error }) if error.is_bye() => {
                    let phase = if step == "STARTTLS" { Phase::Starttls } else { Phase::Capability };
                    Err(about.refused(phase, &answers::imap_error(&error), &error.answer.lines().join(" ")))
                }
                Err(broke) => Err(broken(broke.step, &broke.error)),
            }
        }
        Protocol::Pop3 => match Pop3::new(session, None).stls().await {
            Ok(Upgrade::NotOffered(capa)) => Err(not_offered(format!("CAPA: {}", capa_words(&capa.lines)))),
            Ok(Upgrade::Refused(reply)) => {
                Err(about.refused(Phase::Starttls, &answers::pop3(&reply), &reply.line))
            }
            Ok(Upgrade::CapabilityRefused(capa)) => {
                Err(about.refused(Phase::Capability, &answers::pop3(&capa.reply), &capa.reply.line))
            }
            Ok(Upgrade::Go) => Ok(()),
            Err(broke) => Err(broken(broke.step, &broke.error)),
        },
        Protocol::Smtp => match Smtp::new(session, None).starttls().await {
            Ok(Upgrade::NotOffered(ehlo)) => {
                Err(not_offered(format!("EHLO: {}", ehlo.ehlo_keywords().join(" "))))
            }
            Ok(upgrade) => about.judge(upgrade, |r| (answers::smtp(r), r.to_string())),
            Err(broke) => Err(broken(broke.step, &broke.error)),
        },
    }
}

/// What the negotiation needs to ask the classifier.
struct Heard<'a> {
    ctx: &'a Ctx,
    greeting: &'a Greeting,
    tls_active: bool,
}

impl Heard<'_> {
    /// The end of a negotiation whose capability and upgrade answers have the same type.
    fn judge<A>(&self, upgrade: Upgrade<A, A>, heard: impl Fn(&A) -> (Said, String)) -> Result<(), Refusal> {
        let (phase, answer) = match upgrade {
            Upgrade::Go => return Ok(()),
            Upgrade::NotOffered(caps) => {
                let (_, said) = heard(&caps);
                return Err(not_offered(said));
            }
            Upgrade::CapabilityRefused(caps) => (Phase::Capability, caps),
            Upgrade::Refused(answer) => (Phase::Starttls, answer),
        };
        let (answer, said) = heard(&answer);
        Err(self.refused(phase, &answer, &said))
    }

    /// A refusal: what the classifier recognises, else `tls.starttls_unsupported` quoting
    /// the server.
    fn refused(&self, phase: Phase, answer: &Said, said: &str) -> Refusal {
        let none = Capabilities::default();
        let about = About {
            caps: &none,
            greeting: Some(self.greeting.first()),
            tls_active: self.tls_active,
            oauth: false,
        };
        match answers::placed(answers::verdict(self.ctx, phase, answer, about)) {
            Some(c) => Refusal::Refused(c.findings()),
            None => not_offered(proto::printable(said, 200)),
        }
    }
}

fn not_offered(said: impl Into<String>) -> Refusal {
    Refusal::Refused(vec![Finding::new(Code::TlsStarttlsUnsupported).with("server said", said)])
}

fn broken(step: &str, error: &dyn std::error::Error) -> Refusal {
    Refusal::Broken(
        Finding::new(Code::TlsStarttlsFailed).with("during", step).with("error", error.to_string()),
    )
}

/// What an IMAP answer without STARTTLS says: its capabilities, else its tagged line.
fn imap_said(answer: &ImapAnswer) -> String {
    match answer.capabilities() {
        Some(atoms) => format!("CAPABILITY {}", atoms.join(" ")),
        None => answer.done.first().map(|d| d.line.clone()).unwrap_or_default(),
    }
}

/// The tags of CAPA lines (first words), upper-cased.
fn capa_words(lines: &[String]) -> String {
    let words: Vec<String> =
        lines.iter().filter_map(|l| l.split_whitespace().next()).map(str::to_ascii_uppercase).collect();
    words.join(" ")
}

/// The first line of the server's bytes, as text (for evidence).
fn first_line(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let line = text.lines().next().unwrap_or_default();
    line.chars().filter(|c| !c.is_control()).take(200).collect()
}

#[cfg(test)]
mod tests {
    use rustls::{AlertDescription, Error, InvalidMessage, PeerIncompatible};

    use super::*;

    fn io(error: Error) -> io::Error {
        io::Error::new(io::ErrorKind::InvalidData, error)
    }

    #[test]
    fn an_old_server_is_outdated_and_other_handshake_errors_are_failures() {
        let outdated = [
            Error::AlertReceived(AlertDescription::ProtocolVersion),
            Error::PeerIncompatible(PeerIncompatible::ServerDoesNotSupportTls12Or13),
        ];
        for e in outdated {
            assert_eq!(handshake_code(&io(e)), Code::TlsProtocolOutdated);
        }
        let failed = [
            Error::AlertReceived(AlertDescription::HandshakeFailure),
            Error::InvalidMessage(InvalidMessage::InvalidContentType),
        ];
        for e in failed {
            assert_eq!(handshake_code(&io(e)), Code::TlsHandshakeFailed);
        }
        assert_eq!(
            handshake_code(&io::Error::from(io::ErrorKind::ConnectionReset)),
            Code::TlsHandshakeFailed
        );
    }

    #[test]
    fn the_first_line_of_server_bytes_is_quoted_without_control_characters() {
        assert_eq!(
            first_line(b"* OK [CAPABILITY IMAP4rev1] ready\r\n* more"),
            "* OK [CAPABILITY IMAP4rev1] ready"
        );
        assert_eq!(first_line(b"\x1b[31m+OK\r\n"), "[31m+OK");
        assert_eq!(first_line(b""), "");
    }
}
