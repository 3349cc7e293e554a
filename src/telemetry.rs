//! Logging: human-readable lines for the CLI, JSON lines (or text, by configuration) for
//! `serve`, and the request id every request's log lines carry.
//!
//! Logs go to standard error, filtered by `RUST_LOG` (default `info` for serve, `warn` for
//! check). No credential is ever a span field or an event field: requests are logged by
//! method, path (never the query: a discovery's e-mail address travels there), status and
//! latency, diagnoses by target host and port (see `web::guard`), never by body or header.
//!
//! JSON lines are flat ([`FlatJson`]): one object per event with `timestamp`, `level`,
//! `target`, `message`, the event's fields and the fields of every span it happened in
//! (`request_id`, `trace_id`, `method`, `path`, …), so Loki or ELK take them as they are.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use axum::extract::Request;
use axum::http::{HeaderName, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;
use serde_json::{Map, Value};
use tracing::field::{Field, Visit};
use tracing::{Event, Instrument as _, Subscriber};
use tracing_subscriber::EnvFilter;
use tracing_subscriber::fmt::format::{JsonFields, Writer};
use tracing_subscriber::fmt::{FmtContext, FormatEvent, FormatFields, FormattedFields};
use tracing_subscriber::registry::LookupSpan;

/// Installs the global subscriber. Calling it twice is harmless (the second call is ignored).
pub fn init(json: bool, default_level: &str) {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default_level));
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    let _ = if json {
        builder.fmt_fields(JsonFields::new()).event_format(FlatJson).try_init()
    } else {
        builder.try_init()
    };
}

/// One flat JSON object per event (written by hand: tracing-subscriber's own JSON format
/// nests span fields under `spans`, which log collectors then need a parser for).
#[derive(Clone, Copy, Debug)]
pub struct FlatJson;

impl<S, N> FormatEvent<S, N> for FlatJson
where
    S: Subscriber + for<'a> LookupSpan<'a>,
    N: for<'a> FormatFields<'a> + 'static,
{
    fn format_event(
        &self,
        ctx: &FmtContext<'_, S, N>,
        mut writer: Writer<'_>,
        event: &Event<'_>,
    ) -> std::fmt::Result {
        let meta = event.metadata();
        let mut line = Map::new();
        line.insert("timestamp".into(), Value::String(crate::runner::rfc3339_now()));
        line.insert("level".into(), Value::String(meta.level().to_string()));
        line.insert("target".into(), Value::String(meta.target().to_owned()));
        // Outer spans first, so an inner span's field of the same name wins.
        if let Some(scope) = ctx.event_scope() {
            for span in scope.from_root() {
                let extensions = span.extensions();
                let fields = extensions.get::<FormattedFields<N>>().map(|f| f.fields.as_str());
                if let Some(Ok(Value::Object(fields))) = fields.map(serde_json::from_str::<Value>) {
                    line.extend(fields);
                }
            }
        }
        event.record(&mut Fields(&mut line));
        let text = serde_json::to_string(&line).map_err(|_| std::fmt::Error)?;
        writeln!(writer, "{text}")
    }
}

/// Collects an event's fields as JSON values (numbers stay numbers).
struct Fields<'a>(&'a mut Map<String, Value>);

impl Visit for Fields<'_> {
    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.insert(field.name().to_owned(), Value::String(value.to_owned()));
    }
    fn record_u64(&mut self, field: &Field, value: u64) {
        self.0.insert(field.name().to_owned(), Value::from(value));
    }
    fn record_i64(&mut self, field: &Field, value: i64) {
        self.0.insert(field.name().to_owned(), Value::from(value));
    }
    fn record_f64(&mut self, field: &Field, value: f64) {
        self.0.insert(field.name().to_owned(), Value::from(value));
    }
    fn record_bool(&mut self, field: &Field, value: bool) {
        self.0.insert(field.name().to_owned(), Value::Bool(value));
    }
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.0.insert(field.name().to_owned(), Value::String(format!("{value:?}")));
    }
}

/// The request id header, taken from the request when it is sane, and set on the response.
pub const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// The request id of a request, as the middleware chose it (a request extension handlers
/// read to put it into the report).
#[derive(Clone, Debug)]
pub struct RequestId(pub String);

/// Middleware: every request runs in a `request` span with a `request_id` field (the
/// `X-Request-Id` it came with, when short and plain, else the trace id of a W3C
/// `traceparent`, else a new one) and a `trace_id` field when a `traceparent` came; the
/// response carries the id back, so a help desk can find a customer's request in the logs.
pub async fn request_id(mut req: Request, next: Next) -> Response {
    let trace = req.headers().get("traceparent").and_then(|v| v.to_str().ok()).and_then(trace_id);
    let id = req
        .headers()
        .get(&REQUEST_ID)
        .and_then(|v| v.to_str().ok())
        .filter(|v| {
            !v.is_empty()
                && v.len() <= 64
                && v.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
        })
        .map(str::to_owned)
        .or_else(|| trace.clone())
        .unwrap_or_else(new_id);
    req.extensions_mut().insert(RequestId(id.clone()));
    let span = match &trace {
        Some(trace) => tracing::info_span!("request", request_id = %id, trace_id = %trace),
        None => tracing::info_span!("request", request_id = %id),
    };
    let mut resp = next.run(req).instrument(span).await;
    if let Ok(value) = HeaderValue::from_str(&id) {
        resp.headers_mut().insert(REQUEST_ID, value);
    }
    resp
}

/// The trace id of a W3C `traceparent` (`00-<32 hex>-<16 hex>-<2 hex>`), when it is one
/// (an all-zero id is invalid, https://www.w3.org/TR/trace-context/#trace-id).
pub fn trace_id(traceparent: &str) -> Option<String> {
    let mut parts = traceparent.trim().split('-');
    let (version, trace, parent, flags) = (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
    let hex = |s: &str, n: usize| {
        s.len() == n && s.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    };
    let valid = hex(version, 2)
        && version != "ff"
        && hex(trace, 32)
        && trace.bytes().any(|b| b != b'0')
        && hex(parent, 16)
        && hex(flags, 2);
    valid.then(|| trace.to_owned())
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_traceparent_gives_its_trace_id_and_a_malformed_one_nothing() {
        let good = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        assert_eq!(trace_id(good).as_deref(), Some("4bf92f3577b34da6a3ce929d0e0e4736"));
        for bad in [
            "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
            "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",
            "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            "00-4bf92f35-00f067aa0ba902b7-01",
            "garbage",
        ] {
            assert_eq!(trace_id(bad), None, "{bad}");
        }
    }
}
