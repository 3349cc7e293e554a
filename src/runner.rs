//! The runner: the only place that knows stage order.
//!
//! [`Engine`] is built once per process from [`Settings`]; [`Engine::diagnose`] runs one
//! diagnosis: input → dns → tcp → tls → protocol → auth → mailbox → limits. A failed stage
//! skips the ones after it, but every stage is always listed. Every stage runs under the
//! overall deadline. Progress (each stage as it finishes) can be streamed to a channel; when
//! the receiver goes away, the run stops at the next stage boundary. A run that failed before
//! sign-in then tries the alternatives ([`alternatives::after`]) before the report is built.

use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use thiserror::Error;
use tokio::sync::mpsc;

use crate::admission::{Admission, Gate};
use crate::alternatives::{self, Alternatives};
use crate::checks::{self, Checked, Ctx, Facts};
use crate::config::Settings;
use crate::diagnosis::{Code, Finding};
use crate::i18n::{Lang, Text};
use crate::net::resolver::Resolver;
use crate::net::tls::{self, TrustError};
use crate::report::{Parts, Report, StageReport};
use crate::stage::{Stage, StageOutcome, StageStatus};
use crate::target::{self, DiagnoseRequest, RequestEcho, Target};
use crate::transcript::Transcript;

/// What a streaming client receives.
#[derive(Clone, Debug)]
pub enum Progress {
    /// A stage finished (its findings' words are in the final report).
    Stage(StageReport),
    /// The whole report, last.
    Report(Box<Report>),
}

/// Failure to build the engine (bad configuration), reported at start-up.
#[derive(Debug, Error)]
pub enum EngineError {
    /// The resolver could not be built.
    #[error("DNS resolver: {0}")]
    Resolver(#[from] std::io::Error),
    /// The extra CA file is unusable.
    #[error("trusted CA: {0}")]
    Trust(#[from] TrustError),
}

/// Runs diagnoses. Cheap to share (`Arc`).
#[derive(Debug)]
pub struct Engine {
    settings: Arc<Settings>,
    resolver: Arc<Resolver>,
    on_report: Option<ReportHook>,
    alternatives: alternatives::Options,
    /// Asked after the dns stage whether the sign-in may go ahead (`serve`'s account guard).
    admission: Option<Arc<dyn Admission>>,
}

/// Called with every finished report (the service's metrics count verdicts and stage times
/// here, whichever endpoint ran the diagnosis: JSON, form or stream).
#[derive(Clone)]
pub struct ReportHook(pub Arc<dyn Fn(&Report) + Send + Sync>);

impl std::fmt::Debug for ReportHook {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ReportHook")
    }
}

impl Engine {
    /// Builds an engine; fails on unusable configuration.
    pub fn new(settings: Settings) -> Result<Self, EngineError> {
        let resolver = Resolver::new(settings.dns_server, settings.timeouts.dns)?;
        // Validate the extra CA once at start-up so a bad --ca-file fails fast.
        let extra: Vec<&str> = settings.extra_ca_pem.as_deref().into_iter().collect();
        tls::roots(!settings.no_public_roots, &extra)?;
        let alternatives = alternatives::Options::default();
        Ok(Engine {
            settings: Arc::new(settings),
            resolver: Arc::new(resolver),
            on_report: None,
            alternatives,
            admission: None,
        })
    }

    /// The same engine, asking `admission` before every sign-in (see [`crate::admission`]).
    pub fn with_admission(mut self, admission: Arc<dyn Admission>) -> Self {
        self.admission = Some(admission);
        self
    }

    /// The same engine, calling `hook` with every finished report.
    pub fn with_report_hook(mut self, hook: ReportHook) -> Self {
        self.on_report = Some(hook);
        self
    }

    /// The same engine, trying alternatives with `options` when settings fail before sign-in.
    pub fn with_alternatives(mut self, options: alternatives::Options) -> Self {
        self.alternatives = options;
        self
    }

    /// The same engine, probing alternatives only on `ports` (the service's port rule).
    pub fn with_probe_ports(mut self, ports: Option<Vec<u16>>) -> Self {
        self.alternatives.allowed_ports = ports;
        self
    }

    /// The settings.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Runs one diagnosis.
    pub async fn diagnose(&self, request: &DiagnoseRequest) -> Report {
        self.diagnose_with(request, None).await
    }

    /// Runs one diagnosis, sending each stage to `progress` as it finishes.
    #[tracing::instrument(skip_all, fields(protocol = request.resolved_protocol().map_or("", |p| p.name()), host = %request.host))]
    pub async fn diagnose_with(
        &self,
        request: &DiagnoseRequest,
        progress: Option<mpsc::Sender<Progress>>,
    ) -> Report {
        let started = Instant::now();
        let started_at = rfc3339_now();
        let transcript = Transcript::new(started);
        let mut run = Run {
            outcomes: Vec::new(),
            progress,
            abandoned: false,
            secrets: Vec::new(),
            lang: request.language(),
        };

        let input_started = Instant::now();
        let (target, input_findings) = target::parse(request);
        run.secrets = target
            .as_ref()
            .and_then(|t| t.credentials.as_ref().map(|c| c.secret_forms(&t.host.as_text(), t.port)))
            .unwrap_or_default();
        let detail = match &target {
            Some(t) => Text::new("detail-input-target")
                .arg("protocol", t.protocol.label())
                .arg("host", t.host.as_text())
                .arg("port", t.port)
                .arg(
                    "security",
                    match t.security {
                        _ if t.detect => "auto",
                        crate::model::Security::None => "none",
                        other => other.label(),
                    },
                ),
            None => Text::new("detail-input-unusable"),
        };
        let mut input = StageOutcome::from_findings(Stage::Input, detail, input_findings);
        input.duration = input_started.elapsed();
        // An input error (a web-mail host, an address typed as server) means the target is
        // not what the person meant: testing it would only add noise and traffic.
        let proceed = input.status != StageStatus::Fail;
        run.push(input).await;

        let mut facts = Facts::default();
        let mut alternatives: Option<Alternatives> = None;
        if let Some(target) = target.as_ref().filter(|_| proceed) {
            let ctx = self.context(target, request, transcript.clone(), started);
            match ctx {
                Ok(ctx) => {
                    self.stages(&ctx, target, &mut run).await;
                    if !run.abandoned {
                        run.skip_until_end(Text::new(EARLIER_FAILED)).await;
                        let options = &self.alternatives;
                        // Alternatives start from the mode `auto` detected, when it did.
                        let tried = with_detected(target.clone(), &ctx.facts());
                        alternatives =
                            alternatives::after(&ctx, &tried, request, &run.outcomes, options).await;
                    }
                    facts = ctx.facts();
                }
                Err(e) => {
                    let detail = Text::new("detail-tls-ca-unusable").arg("error", e);
                    let outcome = StageOutcome::from_findings(
                        Stage::Tls,
                        detail,
                        vec![Finding::new(Code::TlsHandshakeFailed)],
                    );
                    run.skip_until(Stage::Tls, Text::new("detail-skip-ca-unusable")).await;
                    run.push(outcome).await;
                }
            }
        }
        run.skip_until_end(Text::new(EARLIER_FAILED)).await;
        // With security `auto`, the report (and its settings table) shows the mode detected.
        let target = target.map(|t| with_detected(t, &facts));

        let report = Report::assemble(Parts {
            request: RequestEcho::from(request),
            target: target.as_ref(),
            outcomes: run.outcomes,
            facts,
            transcript: transcript.lines(),
            started_at,
            duration_ms: u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX),
            secrets: std::mem::take(&mut run.secrets),
            alternatives,
            request_id: request.request_id.clone(),
            lang: request.language(),
        });
        tracing::info!(
            verdict = report.verdict.name(),
            primary = report.primary.map_or("none", |c| c.id()),
            duration_ms = report.duration_ms,
            "diagnosis finished"
        );
        if let Some(hook) = &self.on_report {
            (hook.0)(&report);
        }
        if let Some(tx) = &run.progress {
            let _ = tx.send(Progress::Report(Box::new(report.clone()))).await;
        }
        report
    }

    fn context(
        &self,
        target: &Target,
        request: &DiagnoseRequest,
        transcript: Transcript,
        started: Instant,
    ) -> Result<Ctx, TrustError> {
        let mut extra: Vec<&str> = self.settings.extra_ca_pem.as_deref().into_iter().collect();
        extra.extend(target.ca_pem.as_deref());
        let roots = tls::roots(!self.settings.no_public_roots, &extra)?;
        let timeouts = match request.options.timeout_secs {
            Some(secs) if secs > 0 => self.settings.timeouts.capped(Duration::from_secs(secs)),
            _ => self.settings.timeouts,
        };
        Ok(Ctx {
            settings: self.settings.clone(),
            timeouts,
            resolver: self.resolver.clone(),
            roots,
            transcript,
            deadline: started + timeouts.overall,
            now: SystemTime::now(),
            facts: Mutex::new(Facts::default()),
        })
    }

    /// dns → tcp → tls → protocol, then the sign-in stages; always logs out at the end.
    async fn stages(&self, ctx: &Ctx, target: &Target, run: &mut Run) {
        let Some(addrs) = run.stage(ctx, Stage::Dns, checks::dns::run(ctx, target)).await else { return };
        // Held until the end: the account's slot, and the limits test's sessions.
        let mut gate = Gate::new(self.admission.as_deref(), target, &addrs).await;
        let Some(conn) = run.stage(ctx, Stage::Tcp, checks::tcp::run(ctx, target, &addrs)).await else {
            return;
        };
        let addr = conn.addr;
        let Some(secured) = run.stage(ctx, Stage::Tls, checks::tls::run(ctx, target, conn)).await else {
            return;
        };
        // With security `auto`, the stages after tls go on in the mode it detected.
        let target = &with_detected(target.clone(), &ctx.facts());
        let Some(mut ready) =
            run.stage(ctx, Stage::Protocol, checks::protocol::run(ctx, target, secured)).await
        else {
            return;
        };
        let signed_in = match gate.sign_in() {
            Ok(()) => run.stage(ctx, Stage::Auth, checks::auth::run(ctx, target, &mut ready)).await,
            Err(held_back) => {
                run.push(held_back).await;
                None
            }
        };
        // Mailbox, then limits, each run or skipped in order so streamed stages stay in order.
        match &signed_in {
            Some(signed_in) if target.protocol.is_incoming() => {
                let client = &mut ready.client;
                let mailbox =
                    async { Checked::next(checks::mailbox::run(ctx, target, client, signed_in).await, ()) };
                run.stage(ctx, Stage::Mailbox, mailbox).await;
            }
            Some(signed_in) if target.options.send_test => {
                let client = &mut ready.client;
                let send = async {
                    Checked::next(checks::mailbox::send::run(ctx, target, client, signed_in).await, ())
                };
                run.stage(ctx, Stage::Mailbox, send).await;
            }
            Some(_) => {
                run.push(StageOutcome::skipped(Stage::Mailbox, Text::new("detail-skip-smtp-mailbox"))).await;
            }
            None if target.protocol == crate::target::Protocol::Smtp && target.options.send_test => {
                run.push(checks::mailbox::send::needs_sign_in(target)).await;
            }
            None => run.push(StageOutcome::skipped(Stage::Mailbox, Text::new(NEEDS_SIGN_IN))).await,
        }
        if !target.options.test_limits {
            run.push(StageOutcome::skipped(Stage::Limits, Text::new("detail-skip-limits-opt-in"))).await;
        } else if signed_in.is_some() {
            match gate.probe(target, checks::limits::DEFAULT_CAP, checks::limits::MAX_CAP) {
                Ok(target) => {
                    let probe = async { Checked::next(checks::limits::run(ctx, &target, addr).await, ()) };
                    run.stage(ctx, Stage::Limits, probe).await;
                }
                Err(why) => run.push(StageOutcome::skipped(Stage::Limits, why)).await,
            }
        } else {
            run.push(StageOutcome::skipped(Stage::Limits, Text::new(NEEDS_SIGN_IN))).await;
        }
        checks::protocol::close(ctx, target, ready).await;
    }
}

/// Why a stage did not run after a failed one (the message id).
const EARLIER_FAILED: &str = "detail-skip-earlier-failed";

/// Why mailbox and limits did not run after a sign-in that did not happen (the message id).
const NEEDS_SIGN_IN: &str = "detail-skip-needs-sign-in";

/// The state of one run: outcomes so far and the progress channel.
struct Run {
    outcomes: Vec<StageOutcome>,
    progress: Option<mpsc::Sender<Progress>>,
    abandoned: bool,
    /// Every form of the password, scrubbed from what is streamed and reported.
    secrets: Vec<String>,
    /// The language of the streamed stages' sentences.
    lang: Lang,
}

impl Run {
    /// Runs one stage under the deadline, times it, records it; returns its hand-off.
    async fn stage<T>(
        &mut self,
        ctx: &Ctx,
        stage: Stage,
        fut: impl Future<Output = Checked<T>>,
    ) -> Option<T> {
        if self.abandoned {
            return None;
        }
        let started = Instant::now();
        let checked = match tokio::time::timeout(ctx.remaining(), fut).await {
            Ok(checked) => checked,
            Err(_) => Checked::stop(StageOutcome::from_findings(
                stage,
                Text::new("detail-deadline"),
                vec![
                    Finding::new(deadline_code(stage))
                        .with("limit", format!("{} s", ctx.timeouts.overall.as_secs())),
                ],
            )),
        };
        let mut outcome = checked.outcome;
        outcome.duration = started.elapsed();
        self.push(outcome).await;
        if self.abandoned { None } else { checked.handoff }
    }

    async fn push(&mut self, outcome: StageOutcome) {
        if let Some(tx) = &self.progress {
            // Streamed stages stay small: their structured data is in the final report.
            let report = StageReport {
                data: serde_json::Value::Null,
                ..StageReport::of(&outcome, &self.secrets, self.lang)
            };
            if tx.send(Progress::Stage(report)).await.is_err() {
                // The client left: stop at this boundary (the hand-off is dropped, which
                // closes the connection).
                self.abandoned = true;
            }
        }
        self.outcomes.push(outcome);
    }

    async fn skip_until(&mut self, stop: Stage, why: Text) {
        for stage in Stage::ALL {
            if stage >= stop {
                break;
            }
            if !self.outcomes.iter().any(|o| o.stage == stage) {
                self.push(StageOutcome::skipped(stage, why.clone())).await;
            }
        }
    }

    async fn skip_until_end(&mut self, why: Text) {
        for stage in Stage::ALL {
            if !self.outcomes.iter().any(|o| o.stage == stage) {
                let why = match stage {
                    Stage::Auth | Stage::Mailbox | Stage::Limits
                        if self.outcomes.iter().any(|o| o.stage == Stage::Auth) =>
                    {
                        Text::new(NEEDS_SIGN_IN)
                    }
                    _ => why.clone(),
                };
                self.push(StageOutcome::skipped(stage, why)).await;
            }
        }
        self.outcomes.sort_by_key(|o| o.stage);
    }
}

/// The target with the security `auto` detected, when it did.
fn with_detected(target: Target, facts: &Facts) -> Target {
    match facts.port.as_ref().and_then(|p| p.detected) {
        Some(security) if target.detect => target.detected(security),
        _ => target,
    }
}

/// The code for "the overall deadline ran out during this stage": what the stage was waiting
/// for, never a cause it did not see.
fn deadline_code(stage: Stage) -> Code {
    match stage {
        Stage::Input | Stage::Dns => Code::DnsTimeout,
        Stage::Tcp => Code::TcpTimeout,
        Stage::Tls => Code::TlsHandshakeFailed,
        Stage::Protocol => Code::ProtocolNoGreeting,
        Stage::Auth => Code::AuthServerError,
        // Signed in already: the server is slow to list the mailbox or to accept more
        // sessions, which is not a sign-in fault.
        Stage::Mailbox | Stage::Limits => Code::ServerSlowResponse,
    }
}

/// The current time as RFC 3339 (UTC, seconds).
pub fn rfc3339_now() -> String {
    let now = time::OffsetDateTime::now_utc();
    now.format(&time::format_description::well_known::Rfc3339).unwrap_or_default()
}
