//! Errors the HTTP face answers with.
//!
//! [`ApiError`] is the one JSON error shape of the API (`{"error": "...", "detail": "..."}`),
//! used for every rejection so a client never has to parse text. [`PageError`] covers the
//! HTML side's only internal failure (a template that cannot render). Neither ever carries a
//! password: details come from serde messages that are scrubbed before they get here.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use serde::Serialize;

/// A JSON error answer.
#[derive(Debug, Serialize)]
pub struct ApiError {
    /// The HTTP status.
    #[serde(skip)]
    pub status: StatusCode,
    /// A short, stable kind (`malformed_json`, `invalid_request`, …).
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
