//! Logging: human-readable lines for the CLI, JSON lines (or text, by configuration) for
//! `serve`, and the request id every request's log lines carry.
//!
//! Logs go to standard error, filtered by `RUST_LOG` (default `info` for serve, `warn` for
//! check). No credential is ever a span field or an event field: requests are logged by
//! method, path, status and latency, diagnoses by target host and port (see
//! `web::guard`), never by body or header.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use axum::extract::Request;
use axum::http::{HeaderName, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;
use tracing::Instrument as _;
use tracing_subscriber::EnvFilter;

/// Installs the global subscriber. Calling it twice is harmless (the second call is ignored).
pub fn init(json: bool, default_level: &str) {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default_level));
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    let _ = if json { builder.json().try_init() } else { builder.try_init() };
}

/// The request id header, taken from the request when it is sane, and set on the response.
pub const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// Middleware: every request runs in a `request` span with a `request_id` field (the
/// `X-Request-Id` it came with, when short and plain, else a new one), and the response
/// carries it back, so a help desk can find a customer's request in the logs.
pub async fn request_id(req: Request, next: Next) -> Response {
    let id = req
        .headers()
        .get(&REQUEST_ID)
        .and_then(|v| v.to_str().ok())
        .filter(|v| {
            !v.is_empty()
                && v.len() <= 64
                && v.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
        })
        .map_or_else(new_id, str::to_owned);
    let span = tracing::info_span!("request", request_id = %id);
    let mut resp = next.run(req).instrument(span).await;
    if let Ok(value) = HeaderValue::from_str(&id) {
        resp.headers_mut().insert(REQUEST_ID, value);
    }
    resp
}

/// A new id: 8 hex digits from the process start, 8 from a counter.
fn new_id() -> String {
    static START: OnceLock<u32> = OnceLock::new();
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let start = *START.get_or_init(|| {
        let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
        (now.as_nanos() as u32) ^ std::process::id().rotate_left(16)
    });
    format!("{start:08x}{:08x}", NEXT.fetch_add(1, Ordering::Relaxed) as u32)
}
