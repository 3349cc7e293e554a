//! Errors the HTTP face answers with.
//!
//! [`ApiError`] is the one JSON error shape of the API (`{"error": "...", "detail": "..."}`),
//! used for every rejection so a client never has to parse text. [`PageError`] covers the
//! HTML side's only internal failure (a template that cannot render). Neither ever carries a
//! password: details come from serde messages that are scrubbed before they get here.

use axum::Json;
use axum::extract::Request;
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use serde::Serialize;

/// A JSON error answer.
#[derive(Debug, Serialize, utoipa::ToSchema)]
#[schema(as = Error)]
pub struct ApiError {
    /// The HTTP status.
    #[serde(skip)]
    pub status: StatusCode,
    /// A short, stable kind: `malformed_json`, `invalid_request`, `unsupported_media_type`,
    /// `unreadable_body`, `payload_too_large`, `request_timeout`, `field_too_long`,
    /// `port_not_allowed`, `bad_forwarded_for`, `unauthorized`, `rate_limited`, `busy`,
    /// `timeout`, `not_found`, `method_not_allowed`, `internal`.
    pub error: &'static str,
    /// What exactly is wrong, for a developer.
    pub detail: String,
}

impl ApiError {
    /// An error with this status, kind and detail.
    pub fn new(status: StatusCode, error: &'static str, detail: impl Into<String>) -> Self {
        ApiError { status, error, detail: detail.into() }
    }

    /// `400`: the body is not JSON.
    pub fn malformed(detail: impl Into<String>) -> Self {
        ApiError::new(StatusCode::BAD_REQUEST, "malformed_json", detail)
    }

    /// `422`: JSON, but not a valid diagnose request.
    pub fn invalid(detail: impl Into<String>) -> Self {
        ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid_request", detail)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.status, Json(&self)).into_response()
    }
}

/// Middleware: under `/api/`, an error answered by a layer rather than a handler (413 from
/// the body limit, 503 from the timeout, 404, 405) becomes an [`ApiError`] too, so an API
/// client only ever parses JSON.
pub async fn api_errors_as_json(req: Request, next: Next) -> Response {
    let is_api = req.uri().path().starts_with("/api/");
    let lang = super::lang::negotiate(req.uri().query(), req.headers());
    let resp = next.run(req).await;
    let status = resp.status();
    if !is_api || !(status.is_client_error() || status.is_server_error()) {
        return resp;
    }
    let is_json = resp
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if is_json {
        return resp;
    }
    let (error, detail) = match status {
        StatusCode::PAYLOAD_TOO_LARGE => ("payload_too_large", "api-error-too-large"),
        StatusCode::SERVICE_UNAVAILABLE => ("timeout", "api-error-timeout"),
        StatusCode::NOT_FOUND => ("not_found", "api-error-not-found"),
        StatusCode::METHOD_NOT_ALLOWED => ("method_not_allowed", "api-error-method"),
        _ => ("error", "api-error-other"),
    };
    ApiError::new(status, error, lang.t(detail)).into_response()
}

/// A page that could not be rendered.
#[derive(Debug, thiserror::Error)]
pub enum PageError {
    /// A template failed (a bug, not the visitor's fault).
    #[error("template: {0}")]
    Template(#[from] askama::Error),
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        tracing::error!(error = %self, "page rendering failed");
        let body = "<!doctype html><title>Error — maildoctor</title>\
                    <h1>Something went wrong</h1><p>Please try again.</p>";
        (StatusCode::INTERNAL_SERVER_ERROR, Html(body)).into_response()
    }
}
