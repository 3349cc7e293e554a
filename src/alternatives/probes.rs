//! Probing the alternatives: all at once, under one budget, never signing in.
//!
//! The proposals known at once are probed at once; the SRV and autoconfig lookups run beside
//! them and their proposals are probed as they arrive (a setting already being probed only
//! gains an origin). Each probe is discovery's ([`probe::one`]): dns → tcp → tls → protocol
//! with no credentials. The whole run ends at the budget, or [`super::Options::grace`] after
//! the first alternative is verified, whichever comes first: a port that never answers (SMTP
//! 25 filtered by the network) does not hold the diagnosis up. Probes still running then are
//! dropped (their connections close) and reported as unfinished.

use std::future::Future;
use std::pin::Pin;
use std::time::{Duration, Instant};

use futures_util::StreamExt as _;
use futures_util::stream::FuturesUnordered;

use super::candidates::{Proposal, merge_into};
use super::sources::{self, Gathered, Lookups};
use super::{Alternative, millis};
use crate::discover::Env;
use crate::discover::model::{ProbeOutcome, SourceReport, Tried};
use crate::discover::probe;
use crate::i18n::{Lang, Text};
use crate::target::{Security, Target};

/// What finished.
enum Event {
    /// Proposal `index` was probed.
    Probed(usize, Tried),
    /// A lookup answered.
    Gathered(Gathered),
}

type Task<'a> = Pin<Box<dyn Future<Output = Event> + Send + 'a>>;

/// The state of one run: every proposal, and what became of it.
struct Board<'a> {
    env: &'a Env,
    target: &'a Target,
    proposals: Vec<Proposal>,
    results: Vec<Option<Tried>>,
    started: usize,
    tasks: FuturesUnordered<Task<'a>>,
}

impl<'a> Board<'a> {
    /// Adds a proposal (or its origins to the same setting) and starts its probe if allowed.
    fn add(&mut self, p: Proposal) {
        // An SRV record or autoconfig file may say exactly what already failed.
        if p.is_target(self.target) {
            return;
        }
        let before = self.proposals.len();
        merge_into(&mut self.proposals, p);
        if self.proposals.len() == before {
            return;
        }
        let index = before;
        let candidate = self.proposals[index].candidate.clone();
        let allowed =
            self.env.options.allowed_ports.as_ref().is_none_or(|ports| ports.contains(&candidate.port));
        let lang = self.env.options.lang;
        if !allowed {
            let why = Text::new("discover-probe-port-refused").arg("port", candidate.port);
            self.results.push(Some(probe::untried(candidate, why, lang)));
        } else if self.started >= self.env.options.max_probes {
            let why = Text::new("alternatives-too-many").arg("limit", self.env.options.max_probes);
            self.results.push(Some(probe::untried(candidate, why, lang)));
        } else {
            self.started += 1;
            self.results.push(None);
            let env = self.env;
            self.tasks.push(Box::pin(async move { Event::Probed(index, probe::one(env, candidate).await) }));
        }
    }
}

/// Probes `proposals` and whatever `lookups` find, until everything is done, the budget
/// (`env.deadline`) runs out, or `grace` after the first verified one.
pub(super) async fn run(
    env: &Env,
    target: &Target,
    proposals: Vec<Proposal>,
    lookups: Lookups,
    grace: Duration,
) -> (Vec<Alternative>, Vec<SourceReport>) {
    let mut board = Board {
        env,
        target,
        proposals: Vec::new(),
        results: Vec::new(),
        started: 0,
        tasks: FuturesUnordered::new(),
    };
    for p in proposals {
        board.add(p);
    }
    let lookups = &lookups;
    board.tasks.push(Box::pin(async move { Event::Gathered(sources::srv_records(env, lookups).await) }));
    board.tasks.push(Box::pin(async move { Event::Gathered(sources::autoconfig_file(env, lookups).await) }));
    let mut asked = Vec::new();
    let mut cut = env.deadline;
    loop {
        let next = tokio::time::timeout_at(cut.into(), board.tasks.next()).await;
        match next {
            Ok(Some(Event::Probed(index, tried))) => {
                if tried.outcome == ProbeOutcome::Confirmed {
                    cut = cut.min(Instant::now() + grace);
                }
                board.results[index] = Some(tried);
            }
            Ok(Some(Event::Gathered(gathered))) => {
                asked.extend(gathered.sources);
                for p in gathered.proposals {
                    board.add(p);
                }
            }
            Ok(None) | Err(_) => break,
        }
    }
    let Board { proposals, results, .. } = board;
    let budget = env.deadline.saturating_duration_since(cut).is_zero();
    let unfinished = if budget {
        Text::new("alternatives-no-answer").arg("ms", millis(env.options.deadline))
    } else {
        Text::new("alternatives-stopped")
    };
    let tried = proposals
        .into_iter()
        .zip(results)
        .map(|(p, result)| alternative(p, result, &unfinished, env.options.lang))
        .collect();
    (rank(tried), asked)
}

/// The public shape of one proposal and its probe (`None`: still running when the run ended).
fn alternative(p: Proposal, result: Option<Tried>, unfinished: &Text, lang: Lang) -> Alternative {
    let (outcome, detail, detail_message, code, duration_ms, connected_port) = match result {
        Some(t) => (t.outcome, t.detail, t.detail_message, t.code, t.duration_ms, t.connected_port),
        None => (
            ProbeOutcome::Failed,
            unfinished.in_lang(lang),
            Some(Box::new(unfinished.clone())),
            None,
            0,
            None,
        ),
    };
    let mut sources = p.origins;
    sources.sort_by_key(|o| o.source);
    let c = p.candidate;
    Alternative {
        protocol: c.protocol,
        host: c.host,
        port: c.port,
        security: c.security,
        username: c.username,
        sources,
        verified: outcome == ProbeOutcome::Confirmed,
        outcome,
        detail,
        detail_message,
        code,
        duration_ms,
        connected_port,
    }
}

/// Verified first — port 25 after the others, then by best origin, SSL/TLS before STARTTLS —
/// then the rest in the order they were proposed.
fn rank(mut tried: Vec<Alternative>) -> Vec<Alternative> {
    tried.sort_by_key(|a| {
        (!a.verified, a.verified.then(|| (a.port == 25, a.best_source(), a.security != Security::Tls)))
    });
    tried
}
