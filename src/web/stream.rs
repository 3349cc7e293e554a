//! `POST /api/v1/diagnose/stream`: the diagnosis as Server-Sent Events, for live progress.
//!
//! The body is the same JSON as `POST /api/v1/diagnose` (a POST, so the password never goes
//! into a URL; the page reads the stream with `fetch`, not `EventSource`). Events, in order:
//!
//! - `stage` — one per stage as it finishes: the stage JSON (`name`, `title`, `status`,
//!   `duration_ms`, `detail`, `codes`), the same shape as the report's `stages[]`;
//! - `report` — the whole report JSON, last but one;
//! - `report_html` — a JSON string: the report rendered as the HTML fragment the no-script
//!   page shows, so the live page shows exactly the same thing.
//!
//! The diagnosis runs in its own task and sends into a channel this response drains. When the
//! client leaves, the response (and the channel's receiver) is dropped, the engine's next send
//! fails, and the runner stops at that stage boundary and closes its session politely.

use std::convert::Infallible;

use axum::Extension;
use axum::extract::State;
use axum::http::{HeaderName, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use futures_util::stream::{self, StreamExt as _};
use tokio::sync::mpsc;
use tokio_stream::wrappers::ReceiverStream;
use tracing::Instrument as _;

use super::AppState;
use super::api::DiagnoseBody;
use super::guard::Admission;
use crate::render::html;
use crate::runner::Progress;

/// How many events may wait for a slow client before the engine waits too.
const BUFFER: usize = 16;

/// Proxies (nginx) must pass the events on at once rather than buffer them.
const X_ACCEL_BUFFERING: HeaderName = HeaderName::from_static("x-accel-buffering");

/// Starts a diagnosis and streams its progress.
#[utoipa::path(
    post,
    path = "/api/v1/diagnose/stream",
    operation_id = "diagnoseStream",
    summary = "Run one diagnosis, streaming each stage as it finishes (Server-Sent Events).",
    request_body = crate::target::DiagnoseRequest,
    responses(
        (status = 200, content_type = "text/event-stream", body = String, description = "Server-Sent \
          Events, each a `StreamEvent` (`x-itemSchema`): one `stage` per stage as it finishes, then \
          `report`, then `report_html`."),
        super::openapi::DiagnoseErrors
    ),
    security((), ("bearer" = []))
)]
pub async fn diagnose_stream(
    State(state): State<AppState>,
    id: Option<Extension<crate::telemetry::RequestId>>,
    admission: Admission,
    DiagnoseBody(mut request): DiagnoseBody,
) -> Result<Response, Response> {
    let permit = admission.diagnosis(&request).await.map_err(IntoResponse::into_response)?;
    let held = permit.clone();
    request.request_id = id.map(|Extension(crate::telemetry::RequestId(id))| id);
    let (tx, rx) = mpsc::channel(BUFFER);
    let engine = state.engine.clone();
    // The task keeps the request's span, so its log lines stay with the request's.
    let task = async move {
        // The guard's slot stays taken until the diagnosis itself has ended (a client that
        // leaves mid-run must not free it while the engine still works and logs out).
        let _permit = permit;
        // The report also goes into the channel; the return value is not needed here.
        let _report = engine.diagnose_with(&request, Some(tx)).await;
    };
    tokio::spawn(task.instrument(tracing::Span::current()));
    // The finished report is saved (with its share link) before it is sent, as the API does.
    let saving = state.clone();
    let events = ReceiverStream::new(rx)
        .then(move |progress| {
            let state = saving.clone();
            async move {
                match progress {
                    Progress::Report(mut report) => {
                        let kept = super::saved::keep(&state, &mut report).await;
                        (Progress::Report(report), Some(kept))
                    }
                    other @ Progress::Stage(_) => (other, None),
                }
            }
        })
        .flat_map(|(progress, kept)| stream::iter(events(progress, kept.as_ref())))
        .map(Ok::<Event, Infallible>);
    let headers = [(header::CACHE_CONTROL, "no-store"), (X_ACCEL_BUFFERING, "no")];
    let mut resp = (headers, Sse::new(events).keep_alive(KeepAlive::default())).into_response();
    resp.extensions_mut().insert(held);
    Ok(resp)
}

/// The events for one progress message.
/// Stage reports and the report arrive already scrubbed of every password form (the runner
/// and `Report::assemble` do it), so the stream adds nothing.
/// The `report_html` fragment is followed by the share section, as on the page without the
/// script (its deletion token goes only to whoever ran the check, as there).
fn events(progress: Progress, kept: Option<&super::saved::Kept>) -> Vec<Event> {
    match progress {
        Progress::Stage(stage) => vec![json_event("stage", &stage)],
        Progress::Report(report) => {
            let mut out = vec![json_event("report", &*report)];
            // The words follow the request's language (the live page's form carries it).
            let share = kept.map(|k| html::share_section(k.view(), report.lang)).transpose();
            match (html::report_fragment(&report, report.lang), share) {
                (Ok(fragment), Ok(share)) => {
                    out.push(json_event("report_html", &format!("{fragment}{}", share.unwrap_or_default())));
                }
                (Err(e), _) | (_, Err(e)) => {
                    tracing::error!(error = %e, "report fragment failed to render");
                    out.push(json_event("error", &"the report could not be shown; try again"));
                }
            }
            out
        }
    }
}

/// An event whose data is `value` as JSON (one line: JSON never needs a raw newline).
fn json_event(name: &'static str, value: &impl serde::Serialize) -> Event {
    let data = serde_json::to_string(value).unwrap_or_else(|_| "null".to_owned());
    Event::default().event(name).data(data)
}
