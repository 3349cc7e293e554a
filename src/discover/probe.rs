//! Confirmation probes: dns → tcp → tls → protocol with the engine's own stages, never auth.
//!
//! Each candidate gets its own [`Ctx`] (built like `runner.rs` builds one, without
//! credentials), so the probe resolves with our resolver, connects only to addresses the
//! policy vets and judges the certificate exactly as a diagnosis would. All probes run at once
//! (at most [`super::DiscoverOptions::max_probes`]), so discovery costs about the slowest one.

use std::sync::Mutex;
use std::time::{Instant, SystemTime};

use super::Env;
use super::model::{Candidate, ProbeOutcome, Tried};
use crate::checks::{self, Checked, Ctx, Facts};
use crate::i18n::Text;
use crate::stage::StageOutcome;
use crate::target::{Host, Options, Target};
use crate::transcript::Transcript;

/// Probes every candidate at once, up to the limit; the rest are listed as not tried.
pub async fn all(env: &Env, candidates: Vec<Candidate>) -> Vec<Tried> {
    let limit = env.options.max_probes;
    let mut rest = Vec::new();
    let mut probes = Vec::new();
    let allowed = |port: u16| env.options.allowed_ports.as_ref().is_none_or(|ports| ports.contains(&port));
    let mut refused = Vec::new();
    for c in candidates {
        if !allowed(c.port) {
            refused.push(c);
        } else if probes.len() < limit {
            probes.push(c);
        } else {
            rest.push(c);
        }
    }
    let mut tried = futures_util::future::join_all(probes.into_iter().map(|c| one(env, c))).await;
    let lang = env.options.lang;
    tried.extend(
        rest.into_iter().map(|candidate| {
            untried(candidate, Text::new("discover-probe-too-many").arg("limit", limit), lang)
        }),
    );
    tried.extend(refused.into_iter().map(|candidate| {
        let why = Text::new("discover-probe-port-refused").arg("port", candidate.port);
        untried(candidate, why, lang)
    }));
    tried
}

/// A candidate that was not probed, and why (in `lang`).
pub fn untried(candidate: Candidate, why: Text, lang: crate::i18n::Lang) -> Tried {
    Tried {
        candidate,
        connected_port: None,
        outcome: ProbeOutcome::NotTried,
        detail: why.in_lang(lang),
        detail_message: Some(Box::new(why)),
        code: None,
        auth_methods: Vec::new(),
        duration_ms: 0,
    }
}

/// Probes one candidate.
#[tracing::instrument(skip_all, fields(host = %candidate.host, port = candidate.port))]
pub async fn one(env: &Env, candidate: Candidate) -> Tried {
    let started = Instant::now();
    let port = env.options.port_map.get(&candidate.port).copied().unwrap_or(candidate.port);
    let target = Target {
        protocol: candidate.protocol,
        host: candidate
            .host
            .parse::<std::net::IpAddr>()
            .map_or_else(|_| Host::Name(candidate.host.clone()), Host::Ip),
        port,
        security: candidate.security,
        detect: false,
        credentials: None,
        ca_pem: None,
        options: Options::default(),
    };
    let ctx = Ctx {
        settings: env.settings.clone(),
        timeouts: env.settings.timeouts,
        resolver: env.resolver.clone(),
        roots: env.roots.clone(),
        transcript: Transcript::new(started),
        deadline: env.deadline,
        now: SystemTime::now(),
        facts: Mutex::new(Facts::default()),
    };
    let (outcome, detail, code, auth_methods) =
        match tokio::time::timeout(ctx.remaining(), stages(&ctx, &target)).await {
            Ok(result) => result,
            Err(_) => (ProbeOutcome::Failed, Text::new("discover-probe-out-of-time"), None, Vec::new()),
        };
    Tried {
        connected_port: (port != candidate.port).then_some(port),
        candidate,
        outcome,
        detail: detail.in_lang(env.options.lang),
        detail_message: Some(Box::new(detail)),
        code,
        auth_methods,
        duration_ms: u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX),
    }
}

type Verdict = (ProbeOutcome, Text, Option<&'static str>, Vec<String>);

/// The four stages; the first that stops decides.
async fn stages(ctx: &Ctx, target: &Target) -> Verdict {
    let addrs = match handoff(checks::dns::run(ctx, target).await) {
        Ok(addrs) => addrs,
        Err(stop) => return stopped(&stop),
    };
    let conn = match handoff(checks::tcp::run(ctx, target, &addrs).await) {
        Ok(conn) => conn,
        Err(stop) => return stopped(&stop),
    };
    let tls = checks::tls::run(ctx, target, conn).await;
    // A passing TLS stage may still have warned (STARTTLS not offered, TLS not used).
    let tls_code = worst(&tls.outcome);
    let secured = match handoff(tls) {
        Ok(secured) => secured,
        Err(stop) => return stopped(&stop),
    };
    let ready = match handoff(checks::protocol::run(ctx, target, secured).await) {
        Ok(ready) => ready,
        Err(stop) => return stopped(&stop),
    };
    let auth = ready.caps.auth.clone();
    let encrypted = ready.client.is_tls();
    checks::protocol::close(ctx, target, ready).await;
    let verified = ctx.facts().tls.is_some_and(|t| t.verified);
    let speaks = target.protocol.label();
    if !encrypted {
        let detail = Text::new("discover-probe-unencrypted").arg("protocol", speaks);
        return (ProbeOutcome::Unencrypted, detail, tls_code, auth);
    }
    if verified {
        let detail = Text::new("discover-probe-confirmed")
            .arg("protocol", speaks)
            .arg("security", target.security.label());
        return (ProbeOutcome::Confirmed, detail, None, auth);
    }
    let detail =
        Text::new("discover-probe-bad-certificate").arg("protocol", speaks).arg("host", &target.host);
    (ProbeOutcome::BadCertificate, detail, None, auth)
}

fn handoff<T>(checked: Checked<T>) -> Result<T, StageOutcome> {
    match checked.handoff {
        Some(next) => Ok(next),
        None => Err(checked.outcome),
    }
}

/// The verdict of the stage that stopped the probe.
fn stopped(outcome: &StageOutcome) -> Verdict {
    let code = worst(outcome);
    let result = match code {
        Some(c) if c.starts_with("tls.cert_") => ProbeOutcome::BadCertificate,
        Some("tls.starttls_unsupported") => ProbeOutcome::Unencrypted,
        _ => ProbeOutcome::Failed,
    };
    let detail = outcome
        .words
        .as_deref()
        .cloned()
        .unwrap_or_else(|| Text::new("as-given").arg("answer", &outcome.detail));
    (result, detail, code, Vec::new())
}

/// The code of the most severe finding of a stage.
fn worst(outcome: &StageOutcome) -> Option<&'static str> {
    outcome.findings.iter().max_by_key(|f| f.code.severity()).map(|f| f.code.id())
}
