//! The HTTP face: JSON API, HTML pages, health check, stylesheet, and the layers around them.
//!
//! [`router`] builds the whole application from an [`AppState`] (so tests can call it with
//! `oneshot`); [`serve`] runs it on a listener until the shutdown future resolves, with the
//! connection time limits and caps of [`conn`]. Every
//! response carries the security headers (docs/CONTRACT.md §5), every request body is capped at
//! [`BODY_LIMIT`], and every request runs under a timeout a little longer than a diagnosis.
//! Handlers live in [`api`] (JSON), [`stream`] (the same diagnosis as Server-Sent Events),
//! [`pages`] (HTML) and [`assets`] (stylesheet and script); their errors in [`error`]. Abuse
//! protection: [`guard`] (the middleware), [`client`] (who the client is), [`policy`] and
//! [`account`] (rate and per-account budgets, apart from HTTP), [`rejection`] (the answers).

pub mod account;
pub mod api;
pub mod assets;
pub mod client;
pub mod conn;
pub mod desk;
pub mod discover;
pub mod error;
pub mod guard;
pub mod lang;
pub mod metrics;
pub mod openapi;
pub mod pages;
pub mod policy;
pub mod rejection;
pub mod saved;
pub mod shared;
pub mod sketch;
pub mod stream;
pub mod upload;

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::http::StatusCode;
use axum::http::header::{self, HeaderName, HeaderValue};
use axum::response::IntoResponse;
use axum::routing::{get, post};
use tokio::net::TcpListener;
use tower::ServiceBuilder;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

use crate::config::Connections;
use crate::runner::Engine;

/// Largest request body accepted (form or JSON); larger bodies get `413`.
pub const BODY_LIMIT: usize = 64 * 1024;

/// The largest body taken on `path`: [`BODY_LIMIT`], or [`upload::UPLOAD_LIMIT`] for
/// uploaded reports.
pub fn body_limit(path: &str) -> usize {
    if path == "/api/v1/reports" { upload::UPLOAD_LIMIT } else { BODY_LIMIT }
}

/// The Content-Security-Policy on every response: same-origin only, no inline script or style.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
     img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/// How much longer than a diagnosis's own deadline a request may take before `503`.
const REQUEST_SLACK: Duration = Duration::from_secs(10);

/// What every handler shares: the engine, and the guard (limits, tokens, metrics).
#[derive(Clone, Debug)]
pub struct AppState {
    engine: Arc<Engine>,
    guard: Arc<guard::Guard>,
    store: Option<Arc<crate::store::Store>>,
}

impl AppState {
    /// State around an engine.
    pub fn new(engine: Arc<Engine>) -> Self {
        // No limits here: `serve` builds its state with `AppState::with_guard` (web::guard).
        AppState { engine, guard: Arc::new(guard::Guard::unlimited()), store: None }
    }

    /// The same state, saving finished reports in `store` ([`saved`]).
    pub fn with_store(mut self, store: Arc<crate::store::Store>) -> Self {
        self.store = Some(store);
        self
    }

    /// The report store, when reports are saved.
    pub fn store(&self) -> Option<&Arc<crate::store::Store>> {
        self.store.as_ref()
    }

    /// The engine.
    pub fn engine(&self) -> &Engine {
        &self.engine
    }
}

/// The whole application: routes plus layers.
pub fn router(state: AppState) -> Router {
    let timeout = state.engine.settings().timeouts.overall + REQUEST_SLACK;
    let header = |name: HeaderName, value: &'static str| {
        SetResponseHeaderLayer::overriding(name, HeaderValue::from_static(value))
    };
    let layers = ServiceBuilder::new()
        // One span and one line per request at INFO: method, path, status, latency. Never a
        // body (passwords travel only in bodies) and never a header.
        .layer(
            TraceLayer::new_for_http()
                // The path, never the query: a discovery's e-mail address travels there.
                .make_span_with(|req: &axum::http::Request<axum::body::Body>| {
                    tracing::info_span!("http", method = %req.method(), path = %req.uri().path())
                })
                .on_response(
                    |resp: &axum::http::Response<_>, latency: Duration, _: &tracing::Span| {
                        let duration_ms = u64::try_from(latency.as_millis()).unwrap_or(u64::MAX);
                        tracing::info!(status = resp.status().as_u16(), duration_ms, "request finished");
                    },
                ),
        )
        .layer(header(header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY))
        .layer(header(header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .layer(header(header::REFERRER_POLICY, "no-referrer"))
        .layer(header(header::X_FRAME_OPTIONS, "DENY"))
        .layer(CompressionLayer::new())
        .layer(axum::middleware::from_fn(error::api_errors_as_json))
        .layer(TimeoutLayer::with_status_code(StatusCode::SERVICE_UNAVAILABLE, timeout));
    // Uploaded reports may be larger than any other request body.
    let uploads = Router::new()
        .route("/api/v1/reports", post(upload::api_upload))
        .layer(RequestBodyLimitLayer::new(upload::UPLOAD_LIMIT));
    Router::new()
        .route("/", get(pages::index))
        .route("/diagnose", get(pages::back_to_form).post(pages::diagnose))
        .route("/api/v1/diagnose", post(api::diagnose))
        .route("/api/v1/diagnose/stream", post(stream::diagnose_stream))
        .route("/api/v1/discover", get(discover::api))
        .route("/discover", get(discover::page))
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .merge(saved::routes())
        .merge(desk::routes())
        .route("/static/style.css", get(assets::style))
        .route("/static/app.js", get(assets::script))
        .merge(metrics::routes())
        .merge(openapi::routes())
        .layer(RequestBodyLimitLayer::new(BODY_LIMIT))
        .merge(uploads)
        .fallback(not_found)
        .layer(axum::middleware::from_fn_with_state(state.clone(), guard::protect))
        .layer(layers)
        .layer(axum::middleware::from_fn(crate::telemetry::request_id))
        .with_state(state)
}

/// Serves the application on `listener` until `shutdown` resolves, then lets requests in
/// flight finish; connections get the default time limits and caps.
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    conn::serve(listener, state, Connections::default(), shutdown).await
}

/// [`serve`] with these connection time limits and caps.
pub async fn serve_with(
    listener: TcpListener,
    state: AppState,
    connections: Connections,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    conn::serve(listener, state, connections, shutdown).await
}

/// `GET /healthz`: the process is up and serving.
#[utoipa::path(
    get,
    path = "/healthz",
    operation_id = "health",
    summary = "Liveness: `ok` while the process serves.",
    responses((status = 200, description = "The process serves.", body = String, content_type = "text/plain")),
    security(())
)]
async fn healthz() -> &'static str {
    "ok"
}

/// `GET /readyz`: whether this replica should get traffic. Not ready while the store the
/// replicas share their limits in does not answer (password-bearing diagnoses are refused
/// then; connection-only ones still run under this replica's limits).
#[utoipa::path(
    get,
    path = "/readyz",
    operation_id = "ready",
    summary = "Readiness: `ready`, or 503 with what is missing.",
    responses(
        (status = 200, description = "Ready.", body = String, content_type = "text/plain"),
        (status = 503, description = "Not ready, and why.", body = String, content_type = "text/plain")
    ),
    security(())
)]
async fn readyz(axum::extract::State(state): axum::extract::State<AppState>) -> (StatusCode, &'static str) {
    if let Some(shared) = state.guard().shared()
        && !shared.ping().await
    {
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            "not ready: the shared limits store (Redis) does not answer; password-bearing diagnoses are refused\n",
        );
    }
    if let Some(store) = state.store()
        && !store.ping().await
    {
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            "not ready: the report store (database) does not answer; diagnoses run but are not saved\n",
        );
    }
    (StatusCode::OK, "ready\n")
}

async fn not_found() -> impl IntoResponse {
    (StatusCode::NOT_FOUND, "not found\n")
}
