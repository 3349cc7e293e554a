//! The `tcp` stage: connect to every vetted address at once, keep the first that works.
//!
//! Like happy eyeballs (RFC 8305) but diagnostic: every address is tried, IPv6 and IPv4
//! concurrently, each under the connect timeout, and each result is reported. Refused, timed
//! out and unreachable are told apart from the `io::Error`, lettre-style.

use std::io;
use std::net::SocketAddr;
use std::time::{Duration, Instant};

use futures_util::future::join_all;
use serde_json::json;
use tokio::net::TcpStream;

use super::{Checked, Ctx};
use crate::diagnosis::{Code, Finding};
use crate::i18n::Text;
use crate::net::policy::VettedAddr;
use crate::stage::{Stage, StageOutcome, StageStatus};
use crate::target::Target;

/// A connection for the next stage.
#[derive(Debug)]
pub struct Connected {
    /// The address connected to.
    pub addr: VettedAddr,
    /// The connection.
    pub stream: TcpStream,
}

/// How one connection attempt ended.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub enum Attempt {
    /// Connected.
    Connected,
    /// RST: nothing listens there.
    Refused,
    /// No answer in time.
    Timeout,
    /// No route to the network or host.
    Unreachable,
    /// Another error.
    Other,
}

impl Attempt {
    /// The message id of the evidence's words.
    const fn message_id(self) -> &'static str {
        match self {
            Attempt::Connected => "value-attempt-connected",
            Attempt::Refused => "value-attempt-refused",
            Attempt::Timeout => "value-attempt-timeout",
            Attempt::Unreachable => "value-attempt-unreachable",
            Attempt::Other => "value-attempt-failed",
        }
    }

    fn name(self) -> &'static str {
        match self {
            Attempt::Connected => "connected",
            Attempt::Refused => "refused",
            Attempt::Timeout => "timed out",
            Attempt::Unreachable => "unreachable",
            Attempt::Other => "failed",
        }
    }

    fn code(self) -> Option<Code> {
        match self {
            Attempt::Connected => None,
            Attempt::Refused => Some(Code::TcpRefused),
            Attempt::Timeout => Some(Code::TcpTimeout),
            Attempt::Unreachable | Attempt::Other => Some(Code::TcpUnreachable),
        }
    }
}

/// Connects to one vetted address under the connect timeout.
pub async fn connect(addr: VettedAddr, port: u16, limit: Duration) -> Result<TcpStream, Attempt> {
    match tokio::time::timeout(limit, TcpStream::connect(SocketAddr::new(addr.ip(), port))).await {
        Err(_) => Err(Attempt::Timeout),
        Ok(Ok(stream)) => {
            let _ = stream.set_nodelay(true);
            Ok(stream)
        }
        Ok(Err(e)) => Err(classify(&e)),
    }
}

fn classify(e: &io::Error) -> Attempt {
    match e.kind() {
        io::ErrorKind::ConnectionRefused => Attempt::Refused,
        io::ErrorKind::TimedOut => Attempt::Timeout,
        io::ErrorKind::NetworkUnreachable
        | io::ErrorKind::HostUnreachable
        | io::ErrorKind::AddrNotAvailable => Attempt::Unreachable,
        _ => Attempt::Other,
    }
}

/// Runs the stage.
#[tracing::instrument(skip_all, fields(stage = "tcp", port = target.port))]
pub async fn run(ctx: &Ctx, target: &Target, addrs: &[VettedAddr]) -> Checked<Connected> {
    let limit = ctx.timeouts.connect.min(ctx.remaining());
    let attempts = join_all(addrs.iter().map(|&addr| async move {
        let started = Instant::now();
        let result = connect(addr, target.port, limit).await;
        (addr, result, started.elapsed())
    }))
    .await;

    let mut data = Vec::new();
    let mut winner: Option<(VettedAddr, TcpStream, Duration)> = None;
    let mut failures: Vec<(VettedAddr, Attempt)> = Vec::new();
    for (addr, result, took) in attempts {
        let attempt = match &result {
            Ok(_) => Attempt::Connected,
            Err(a) => *a,
        };
        ctx.transcript.note(&format!(
            "connect {}:{} — {} in {} ms",
            addr,
            target.port,
            attempt.name(),
            took.as_millis()
        ));
        data.push(
            json!({"address": addr.to_string(), "result": attempt.name(), "ms": took.as_millis() as u64}),
        );
        match result {
            // Prefer the earliest to connect; later winners are dropped (closed) here.
            Ok(stream) if winner.as_ref().is_none_or(|(_, _, t)| took < *t) => {
                winner = Some((addr, stream, took))
            }
            Ok(_) => {}
            Err(a) => failures.push((addr, a)),
        }
    }
    let data = json!({ "port": target.port, "attempts": data });

    let Some((addr, stream, took)) = winner else {
        let code = dominant(&failures);
        let mut finding = Finding::new(code).with("port", target.port.to_string());
        for (addr, a) in &failures {
            finding = finding.with_words(addr.to_string(), crate::i18n::Text::new(a.message_id()));
        }
        let detail = Text::new("detail-tcp-failed").arg("host", &target.host).arg("port", target.port);
        return Checked::stop(StageOutcome::from_findings(Stage::Tcp, detail, vec![finding]).with_data(data));
    };

    let mut findings = Vec::new();
    if !failures.is_empty() {
        let mut finding = Finding::new(Code::TcpPartial).with("worked", addr.to_string());
        for (a, why) in &failures {
            finding = finding.with_words(a.to_string(), crate::i18n::Text::new(why.message_id()));
        }
        findings.push(finding);
    }
    // The connect time is about one round trip: the security race waits that much longer for
    // a greeting before it probes for TLS.
    let connect_ms = u64::try_from(took.as_millis()).unwrap_or(u64::MAX);
    ctx.with_facts(|f| f.port.get_or_insert_default().connect_ms = Some(connect_ms));
    let detail = Text::new("detail-tcp-connected")
        .arg("address", addr)
        .arg("port", target.port)
        .arg("ms", took.as_millis());
    let outcome = StageOutcome::from_findings(Stage::Tcp, detail, findings).with_data(data);
    debug_assert!(outcome.status != StageStatus::Fail);
    Checked::next(outcome, Connected { addr, stream })
}

/// The code for "nothing connected": refused wins if any address refused (the host is up).
fn dominant(failures: &[(VettedAddr, Attempt)]) -> Code {
    let has = |a: Attempt| failures.iter().any(|(_, f)| *f == a);
    let pick = if has(Attempt::Refused) {
        Attempt::Refused
    } else if has(Attempt::Timeout) {
        Attempt::Timeout
    } else {
        Attempt::Unreachable
    };
    pick.code().unwrap_or(Code::TcpUnreachable)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn connect_errors_map_to_refused_timeout_and_unreachable() {
        let kinds = [
            (io::ErrorKind::ConnectionRefused, Code::TcpRefused),
            (io::ErrorKind::TimedOut, Code::TcpTimeout),
            (io::ErrorKind::NetworkUnreachable, Code::TcpUnreachable),
            (io::ErrorKind::HostUnreachable, Code::TcpUnreachable),
            (io::ErrorKind::AddrNotAvailable, Code::TcpUnreachable),
        ];
        for (kind, code) in kinds {
            assert_eq!(classify(&io::Error::from(kind)).code(), Some(code), "{kind:?}");
        }
    }

    #[test]
    fn when_nothing_connects_a_refusal_wins_because_the_host_is_up() {
        let a: VettedAddr = crate::net::policy::AddressPolicy::permissive()
            .vet("127.0.0.1".parse().expect("ip"))
            .expect("vet");
        assert_eq!(dominant(&[(a, Attempt::Timeout), (a, Attempt::Refused)]), Code::TcpRefused);
        assert_eq!(dominant(&[(a, Attempt::Timeout), (a, Attempt::Unreachable)]), Code::TcpTimeout);
        assert_eq!(dominant(&[(a, Attempt::Unreachable)]), Code::TcpUnreachable);
    }
}
