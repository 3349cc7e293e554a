//! Prometheus metrics of one running service, and `GET /metrics` in the text format.
//!
//! [`Metrics`] is a small registry owned by the application state (not a process-global
//! recorder), so every router built in a test has its own figures. It counts finished
//! diagnoses by verdict and primary code, records stage and whole-diagnosis durations as
//! histograms (fed by the engine's [`ReportHook`], so the JSON, form and stream endpoints
//! are all counted), shows the diagnoses in flight and counts requests each cap refused.
//! Label values are codes, stage names and cap names only: never a host, user or secret.
//!
//! Why hand-written rather than `prometheus-client`: the exposition is ~150 lines over four
//! families, the registry is per application (tests build routers side by side), and every
//! family, label and bucket is pinned by the tests in `tests/it/ops.rs`; a crate would add a
//! dependency without removing any of that.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::{Arc, Mutex, PoisonError};

use axum::Router;
use axum::extract::State;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;

use super::AppState;
use crate::report::Report;
use crate::runner::ReportHook;

/// Histogram bucket bounds, seconds (mail servers answer in ms; tarpits take the deadline,
/// 60 s by default and at most 120 s, so the top buckets reach past it).
const BUCKETS: [f64; 14] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0];

/// Discovery outcomes (the `outcome` label of `maildoctor_discoveries_total`).
pub const DISCOVERY_OUTCOMES: [&str; 4] = ["confirmed", "suggested", "nothing", "refused"];

/// Every cap a request can be refused by (the `cap` label of `maildoctor_rejected_total`).
pub const CAPS: [&str; 15] = [
    "rate",
    "global",
    "target_concurrent",
    "target_cooldown",
    "port",
    "token",
    "origin",
    "probe_budget",
    "field_length",
    "forwarded_for",
    "connections",
    "connections_per_client",
    "body_timeout",
    "shared_store",
    "account_store",
];

/// The registry.
#[derive(Debug, Default)]
pub struct Metrics {
    inner: Mutex<Inner>,
}

#[derive(Debug, Default)]
struct Inner {
    diagnoses: BTreeMap<(&'static str, &'static str), u64>,
    stages: BTreeMap<&'static str, Histogram>,
    total: Histogram,
    rejected: BTreeMap<&'static str, u64>,
    shared_store_errors: u64,
    saved: [u64; 2],
    discoveries: BTreeMap<&'static str, u64>,
    discovery: Histogram,
}

#[derive(Debug, Default)]
struct Histogram {
    counts: [u64; BUCKETS.len()],
    count: u64,
    sum: f64,
}

impl Histogram {
    fn observe(&mut self, secs: f64) {
        for (slot, bound) in self.counts.iter_mut().zip(BUCKETS) {
            if secs <= bound {
                *slot += 1;
            }
        }
        self.count += 1;
        self.sum += secs;
    }

    fn render(&self, out: &mut String, name: &str, labels: &str) {
        let sep = if labels.is_empty() { "" } else { "," };
        for (count, bound) in self.counts.iter().zip(BUCKETS) {
            let _ = writeln!(out, "{name}_bucket{{{labels}{sep}le=\"{bound}\"}} {count}");
        }
        let _ = writeln!(out, "{name}_bucket{{{labels}{sep}le=\"+Inf\"}} {}", self.count);
        let braces = if labels.is_empty() { String::new() } else { format!("{{{labels}}}") };
        let _ = writeln!(out, "{name}_sum{braces} {}", self.sum);
        let _ = writeln!(out, "{name}_count{braces} {}", self.count);
    }
}

impl Metrics {
    /// An empty registry.
    pub fn new() -> Self {
        Metrics::default()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        // A panic while holding the lock leaves counters, never a broken invariant.
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Records a finished diagnosis.
    pub fn record(&self, report: &Report) {
        let mut inner = self.lock();
        let primary = report.primary.map_or("none", |code| code.id());
        *inner.diagnoses.entry((report.verdict.name(), primary)).or_default() += 1;
        // A skipped stage did not run: recording it as 0 s would drag every percentile down.
        for stage in report.stages.iter().filter(|s| s.status != crate::stage::StageStatus::Skip) {
            let secs = stage.duration_ms as f64 / 1000.0;
            inner.stages.entry(stage.name.name()).or_default().observe(secs);
        }
        inner.total.observe(report.duration_ms as f64 / 1000.0);
    }

    /// Records a finished discovery: its outcome (one of [`DISCOVERY_OUTCOMES`]) and time.
    pub fn discovered(&self, outcome: &'static str, secs: f64) {
        let mut inner = self.lock();
        *inner.discoveries.entry(outcome).or_default() += 1;
        inner.discovery.observe(secs);
    }

    /// Counts one request refused by `cap` (one of [`CAPS`]).
    pub fn rejected(&self, cap: &'static str) {
        *self.lock().rejected.entry(cap).or_default() += 1;
    }

    /// Counts one report saved (`true`) or not saved because the store failed (`false`).
    pub fn report_saved(&self, ok: bool) {
        self.lock().saved[usize::from(ok)] += 1;
    }

    /// Counts one call to the shared store that failed or timed out.
    pub fn shared_store_error(&self) {
        self.lock().shared_store_errors += 1;
    }

    /// The hook that feeds this registry from the engine.
    pub fn hook(self: &Arc<Self>) -> ReportHook {
        let metrics = Arc::clone(self);
        ReportHook(Arc::new(move |report: &Report| metrics.record(report)))
    }

    /// The Prometheus text exposition (format 0.0.4).
    pub fn render(&self, in_flight: usize) -> String {
        let inner = self.lock();
        let mut out = String::new();
        out.push_str("# HELP maildoctor_build_info The running build (always 1).\n");
        out.push_str("# TYPE maildoctor_build_info gauge\n");
        let _ = writeln!(
            out,
            "maildoctor_build_info{{version=\"{}\",commit=\"{}\"}} 1",
            env!("CARGO_PKG_VERSION"),
            option_env!("MAILDOCTOR_GIT_COMMIT").unwrap_or("unknown")
        );
        out.push_str(
            "# HELP maildoctor_diagnoses_total Diagnoses finished, by verdict and primary finding code.\n",
        );
        out.push_str("# TYPE maildoctor_diagnoses_total counter\n");
        for ((verdict, primary), n) in &inner.diagnoses {
            let _ = writeln!(
                out,
                "maildoctor_diagnoses_total{{verdict=\"{verdict}\",primary=\"{primary}\"}} {n}"
            );
        }
        out.push_str("# HELP maildoctor_stage_duration_seconds Time each stage of a diagnosis took.\n");
        out.push_str("# TYPE maildoctor_stage_duration_seconds histogram\n");
        for (stage, histogram) in &inner.stages {
            histogram.render(&mut out, "maildoctor_stage_duration_seconds", &format!("stage=\"{stage}\""));
        }
        out.push_str("# HELP maildoctor_diagnosis_duration_seconds Time a whole diagnosis took.\n");
        out.push_str("# TYPE maildoctor_diagnosis_duration_seconds histogram\n");
        inner.total.render(&mut out, "maildoctor_diagnosis_duration_seconds", "");
        out.push_str("# HELP maildoctor_discoveries_total Discoveries finished, by outcome.\n");
        out.push_str("# TYPE maildoctor_discoveries_total counter\n");
        for outcome in DISCOVERY_OUTCOMES {
            let n = inner.discoveries.get(outcome).copied().unwrap_or(0);
            let _ = writeln!(out, "maildoctor_discoveries_total{{outcome=\"{outcome}\"}} {n}");
        }
        out.push_str("# HELP maildoctor_discovery_duration_seconds Time a whole discovery took.\n");
        out.push_str("# TYPE maildoctor_discovery_duration_seconds histogram\n");
        inner.discovery.render(&mut out, "maildoctor_discovery_duration_seconds", "");
        out.push_str("# HELP maildoctor_in_flight Diagnoses and discoveries running now.\n");
        out.push_str("# TYPE maildoctor_in_flight gauge\n");
        let _ = writeln!(out, "maildoctor_in_flight {in_flight}");
        out.push_str("# HELP maildoctor_rejected_total Requests refused, by the cap that refused them.\n");
        out.push_str("# TYPE maildoctor_rejected_total counter\n");
        for cap in CAPS {
            let n = inner.rejected.get(cap).copied().unwrap_or(0);
            let _ = writeln!(out, "maildoctor_rejected_total{{cap=\"{cap}\"}} {n}");
        }
        out.push_str(
            "# HELP maildoctor_shared_store_errors_total Calls to the limits shared by the replicas (Redis) \
             that failed or timed out.\n",
        );
        out.push_str("# TYPE maildoctor_shared_store_errors_total counter\n");
        let _ = writeln!(out, "maildoctor_shared_store_errors_total {}", inner.shared_store_errors);
        out.push_str("# HELP maildoctor_reports_saved_total Finished reports saved, and not saved because the store failed.\n");
        out.push_str("# TYPE maildoctor_reports_saved_total counter\n");
        let _ = writeln!(out, "maildoctor_reports_saved_total{{result=\"saved\"}} {}", inner.saved[1]);
        let _ = writeln!(out, "maildoctor_reports_saved_total{{result=\"failed\"}} {}", inner.saved[0]);
        out
    }
}

/// `GET /metrics` (behind the API tokens when they are configured).
pub fn routes() -> Router<AppState> {
    Router::new().route("/metrics", get(metrics))
}

/// `GET /metrics`.
#[utoipa::path(
    get,
    path = "/metrics",
    operation_id = "metrics",
    summary = "Prometheus metrics.",
    responses(
        (status = 200, description = "The metrics, in the Prometheus text format 0.0.4.", body = String,
         content_type = "text/plain"),
        super::openapi::TokenErrors
    ),
    security((), ("bearer" = []))
)]
pub(super) async fn metrics(State(state): State<AppState>) -> impl IntoResponse {
    let guard = state.guard();
    (
        [
            (header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        guard.metrics().render(guard.in_flight()),
    )
}
