//! The security race: what a port speaks, found out at round-trip speed.
//!
//! ```text
//! connection 1 ── wait for a plain-text greeting ─────────────────────────▶ greeting: plain text
//!     │ not a byte within the head start (250 ms + the connect time)
//!     └─ connection 2, same vetted address ── TLS ClientHello ─▶ handshake done: TLS from the start
//!                                            ├─▶ ServerHello/alert: TLS from the start, broken
//!                                            ├─▶ HTTP/1.1 400 …: a web server
//!                                            └─▶ text, a close, nothing: keep waiting for the greeting
//! ```
//!
//! Whichever answers first decides, and the loser is closed. A plain-text server that greets
//! within the head start never sees the probe. On 993, 995 and 465, where a greeting is not
//! expected, there is no head start: the ClientHello goes out at once. The head start: Dovecot greets on loopback in
//! 8 ms (median; 25 ms at worst on a loaded 2-core machine) and Postfix in under 1 ms, and a
//! greeting reaches a client about one round trip after its connect returns, so 250 ms plus
//! the measured connect time lets every responsive server greet first, while an implicit-TLS
//! port (which waits for the ClientHello) is recognised within the head start plus one
//! handshake. A TLS probe that gets plain text back proves a plain-text server, so the
//! greeting is then awaited for its full time: Postfix postscreen delays its greeting on port
//! 25 by up to 6 s (its pregreet test may first send a partial `220-` line), well inside the
//! greeting time-out. A server silent to both costs one greeting time-out in total.
//!
//! What the race learned goes into [`PortFacts`] (`Facts::port`), for the report and for any
//! check that tries other settings.

use std::time::{Duration, Instant};

use super::Ctx;
use super::greeting::{self, Greeting, NoGreeting};
use super::hello::{self, Answer, Broken, Watch};
use super::tcp::{self, Connected};
use crate::net::policy::VettedAddr;
use crate::net::session::Session;
use crate::net::stream::{MailStream, Recorded, Tap, Tcp};
use crate::net::tls::Recording;
use crate::proto::sniff::{Speaks, sniff};
use crate::target::{Security, Target};

/// How long a probe may still finish after the plain connection was closed on us.
const CLOSED_GRACE: Duration = Duration::from_secs(1);

pub use crate::model::port::{PortFacts, PortSpeaks};

/// How the race ended.
#[derive(Debug)]
pub enum Raced {
    /// A plain-text greeting (or the first line of whatever answered) on connection 1.
    Plain {
        /// Connection 1.
        session: Session,
        /// The greeting.
        greeting: Greeting,
    },
    /// Connection 1 gave no usable line (bytes without a line end, a close, TLS bytes).
    NoLine {
        /// Connection 1.
        session: Session,
        /// Why.
        why: NoGreeting,
    },
    /// The probe completed a TLS handshake: the port speaks TLS from the first byte.
    Tls {
        /// The probe's TLS stream.
        stream: Box<tokio_rustls::client::TlsStream<Tcp>>,
        /// What the verifier saw.
        recording: Recording,
    },
    /// The probe's ClientHello got a TLS answer, but the handshake failed.
    Broken(Broken),
    /// The probe's ClientHello got an HTTP answer: a web server.
    Http {
        /// Connection 1.
        session: Session,
        /// The HTTP status line, as a greeting of a web server.
        greeting: Greeting,
    },
    /// No greeting within the greeting time, and no answer to the ClientHello.
    Silent {
        /// Connection 1.
        session: Session,
    },
}

/// Runs the race on the tcp stage's connection (and a second one to the same address).
pub async fn race(ctx: &Ctx, target: &Target, conn: Connected) -> Raced {
    let Connected { addr, stream } = conn;
    let seen = Tap::new(8);
    let stream = MailStream::Plain(Recorded::tapped(stream, seen.clone()));
    let mut session = Session::new(stream, ctx.transcript.clone(), ctx.timeouts.io);
    let limit = ctx.timeouts.greeting.min(ctx.remaining());
    let started = Instant::now();
    let (heard, answer) = listen(ctx, target, addr, &mut session, &seen, started + limit).await;
    let raced = decide(heard, answer, session, started);
    record(ctx, &raced, started);
    raced
}

/// What connection 1 heard (`None` when the probe decided first) and what the probe got.
type Heard = (Option<Result<Greeting, NoGreeting>>, Option<Answer>);

/// Reads the greeting on connection 1, sending the probe when the head start passes in silence.
async fn listen(
    ctx: &Ctx,
    target: &Target,
    addr: VettedAddr,
    session: &mut Session,
    seen: &Tap,
    deadline: Instant,
) -> Heard {
    let limit = deadline.saturating_duration_since(Instant::now());
    let read = greeting::read(session, limit);
    tokio::pin!(read);
    let head = head_start(ctx, target.port).min(limit);
    if let Ok(heard) = tokio::time::timeout(head, &mut read).await {
        return (Some(heard), None);
    }
    if !seen.is_empty() {
        if sniff(&seen.bytes()) == Speaks::Tls {
            // TLS bytes without being asked: a TLS port, no need to wait for a line.
            return (Some(Err(NoGreeting::Binary(Speaks::Tls))), None);
        }
        // A plain-text greeting has begun: let it finish.
        return (Some(read.await), None);
    }
    ctx.transcript
        .note(&format!("No greeting after {} ms: trying TLS on a second connection.", head.as_millis()));
    ctx.with_facts(|f| f.port.get_or_insert_default().probe_after_ms = Some(millis(head)));
    let probe = probe(ctx, target, addr, deadline);
    tokio::pin!(probe);
    tokio::select! {
        heard = &mut read => {
            let answer = match heard {
                // Closed on us: the probe may still say why (a TLS port), briefly.
                Err(NoGreeting::Closed) => tokio::time::timeout(CLOSED_GRACE, &mut probe).await.ok(),
                _ => None,
            };
            if let Some(answer) = &answer {
                heard_probe(ctx, answer);
            }
            (Some(heard), answer)
        }
        answer = &mut probe => {
            heard_probe(ctx, &answer);
            if answer.is_decisive() {
                return (None, Some(answer));
            }
            (Some(read.await), Some(answer))
        }
    }
}

/// The head start connection 1 gets before the probe (see [`head_start_for`]).
fn head_start(ctx: &Ctx, port: u16) -> Duration {
    let rtt = ctx.facts().port.and_then(|p| p.connect_ms).map_or(Duration::ZERO, Duration::from_millis);
    head_start_for(port, ctx.timeouts.head_start, rtt, ctx.timeouts.greeting)
}

/// The configured base plus the time the connect took (a greeting arrives about one round trip
/// after the connect returns), at most half the greeting time. None on the implicit-TLS ports
/// 993, 995 and 465: a greeting is not expected there, so the ClientHello goes out at once and
/// `auto` costs one extra connect, not a head start, on the most common settings.
pub fn head_start_for(port: u16, base: Duration, rtt: Duration, greeting: Duration) -> Duration {
    if Security::for_port(port) == Security::Tls {
        return Duration::ZERO;
    }
    (base + rtt).min(greeting / 2)
}

/// One TLS ClientHello on a fresh connection to the same vetted address, silent until
/// `deadline` at most.
async fn probe(ctx: &Ctx, target: &Target, addr: VettedAddr, deadline: Instant) -> Answer {
    let left = deadline.saturating_duration_since(Instant::now());
    let tcp = match tcp::connect(addr, target.port, ctx.timeouts.connect.min(left)).await {
        Ok(tcp) => tcp,
        Err(attempt) => return Answer::NoConnection(attempt),
    };
    let silence = deadline.saturating_duration_since(Instant::now());
    let total = ctx.timeouts.tls.max(silence).min(ctx.remaining());
    hello::hello(ctx, target, tcp, Watch { silence, total, keep_spare: false }).await
}

/// Turns what was heard into the race's result; decisive probe answers win.
fn decide(
    heard: Option<Result<Greeting, NoGreeting>>,
    answer: Option<Answer>,
    session: Session,
    started: Instant,
) -> Raced {
    match (heard, answer) {
        (_, Some(Answer::Done { stream, recording })) => Raced::Tls { stream, recording },
        (_, Some(Answer::Tls(broken))) => Raced::Broken(broken),
        (_, Some(Answer::Http { status, .. })) => {
            let greeting = Greeting { speaks: Speaks::Http, lines: vec![status], elapsed: started.elapsed() };
            Raced::Http { session, greeting }
        }
        (Some(Ok(greeting)), _) => Raced::Plain { session, greeting },
        (Some(Err(NoGreeting::Silent)) | None, _) => Raced::Silent { session },
        (Some(Err(why)), _) => Raced::NoLine { session, why },
    }
}

/// Writes what the race found into the port facts.
fn record(ctx: &Ctx, raced: &Raced, started: Instant) {
    let (speaks, tls_works) = match raced {
        Raced::Plain { greeting, .. } if greeting.speaks == Speaks::Http => (PortSpeaks::Http, None),
        Raced::Plain { .. } => (PortSpeaks::Plaintext, None),
        Raced::NoLine { why: NoGreeting::Binary(Speaks::Tls), .. } => (PortSpeaks::Tls, None),
        Raced::NoLine { why: NoGreeting::Closed, .. } => (PortSpeaks::Closed, None),
        Raced::NoLine { .. } => (PortSpeaks::Other, None),
        Raced::Tls { .. } => (PortSpeaks::Tls, Some(true)),
        Raced::Broken(_) => (PortSpeaks::Tls, Some(false)),
        Raced::Http { .. } => (PortSpeaks::Http, None),
        Raced::Silent { .. } => (PortSpeaks::Silent, None),
    };
    let greeting_ms = match raced {
        Raced::Plain { greeting, .. } => Some(millis(greeting.elapsed)),
        _ => None,
    };
    ctx.with_facts(|f| {
        let port = f.port.get_or_insert_default();
        port.speaks = Some(speaks);
        port.tls_works = tls_works;
        port.greeting_ms = greeting_ms;
        if let (Some(after), None) = (port.probe_after_ms, &port.probe_answer) {
            let waited = millis(started.elapsed()).saturating_sub(after);
            port.probe_answer = Some(match speaks {
                PortSpeaks::Plaintext => format!("no answer in {waited} ms, when the greeting came"),
                _ => format!("no answer in {waited} ms"),
            });
        }
    });
    tracing::debug!(?speaks, ms = millis(started.elapsed()), "security race");
}

/// Notes the probe's answer in the transcript and the port facts.
fn heard_probe(ctx: &Ctx, answer: &Answer) {
    let words = answer.describe();
    ctx.transcript.note(&format!("TLS probe: {words}"));
    ctx.with_facts(|f| f.port.get_or_insert_default().probe_answer = Some(words));
}

fn millis(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_head_start_grows_with_the_round_trip_and_is_skipped_on_implicit_tls_ports() {
        let ms = Duration::from_millis;
        let greeting = Duration::from_secs(8);
        assert_eq!(head_start_for(143, ms(250), ms(0), greeting), ms(250));
        assert_eq!(head_start_for(10993, ms(250), ms(180), greeting), ms(430));
        assert_eq!(
            head_start_for(587, ms(250), ms(9000), greeting),
            ms(4000),
            "at most half the greeting time"
        );
        for port in [993, 995, 465] {
            assert_eq!(head_start_for(port, ms(250), ms(50), greeting), Duration::ZERO, "{port}");
        }
    }
}
