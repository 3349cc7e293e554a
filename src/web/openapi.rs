//! `GET /api/v1/openapi.json`: the OpenAPI 3.1 document of the REST API, generated from the types.
//!
//! Every schema comes from the Rust type the handler really serialises (`#[derive(ToSchema)]`
//! next to serde's derive on [`Report`], [`DiagnoseRequest`], [`Discovery`], [`ApiError`], …),
//! so a field added to a report is documented by construction; each handler carries its own
//! `#[utoipa::path]`. This module gathers them ([`ApiDoc`]), holds the answers several
//! endpoints share ([`DiagnoseErrors`], [`DiscoverErrors`], [`TokenErrors`]), the schemas of
//! types whose serde form is written by hand ([`Code`]), and [`StreamEvent`], the shape of one
//! Server-Sent Event of the stream. The integration tests validate every API answer they get
//! against this document (tests/it/support/openapi.rs).

use std::sync::OnceLock;

use axum::Router;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;
use serde::Serialize;
use serde_json::{Value, json};
use utoipa::openapi::schema::{ObjectBuilder, Schema, Type};
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::openapi::{OpenApi as Document, RefOr};
use utoipa::{IntoResponses, Modify, OpenApi, PartialSchema, ToSchema};

use super::AppState;
use super::error::ApiError;
use crate::diagnosis::Code;
use crate::report::{Report, StageReport};

/// The route.
pub fn routes() -> Router<AppState> {
    Router::new().route("/api/v1/openapi.json", get(openapi))
}

/// The whole API, gathered from the handlers' `#[utoipa::path]` attributes.
#[derive(Debug, OpenApi)]
#[openapi(
    info(
        title = "maildoctor",
        description = "Finds out why a mail app cannot reach or sign in to its mail server, and says \
                       what to change. The password is never stored, logged or echoed."
    ),
    paths(
        super::api::diagnose,
        super::stream::diagnose_stream,
        super::discover::api,
        super::healthz,
        super::readyz,
        super::metrics::metrics,
        super::saved::api_get,
        super::saved::api_delete,
        super::upload::api_upload,
        openapi
    ),
    components(schemas(StreamEvent, ApiError)),
    modifiers(&Bearer)
)]
pub struct ApiDoc;

/// Adds the bearer scheme the `security` lists name.
struct Bearer;

impl Modify for Bearer {
    fn modify(&self, doc: &mut Document) {
        let mut scheme = Http::new(HttpAuthScheme::Bearer);
        scheme.description = Some("Only when the service is configured with api_tokens.".to_owned());
        if let Some(components) = doc.components.as_mut() {
            components.add_security_scheme("bearer", SecurityScheme::Http(scheme));
        }
    }
}

/// The document as JSON.
///
/// OpenAPI 3.1 cannot say what each event of a `text/event-stream` is (3.2's `itemSchema`
/// can, and few tools read 3.2 yet): the stream's answer names [`StreamEvent`] in the
/// extension `x-itemSchema`, which becomes `itemSchema` when the document moves to 3.2.
pub fn document() -> Value {
    let mut doc = serde_json::to_value(ApiDoc::openapi()).unwrap_or(Value::Null);
    let stream = &mut doc["paths"]["/api/v1/diagnose/stream"]["post"]["responses"]["200"]["content"]["text/event-stream"];
    if let Value::Object(media) = stream {
        media.insert("x-itemSchema".to_owned(), json!({ "$ref": "#/components/schemas/StreamEvent" }));
    }
    doc
}

/// This document.
#[utoipa::path(
    get,
    path = "/api/v1/openapi.json",
    operation_id = "openapi",
    summary = "This document (OpenAPI 3.1).",
    responses((status = 200, description = "The OpenAPI document.", body = Object)),
    security(())
)]
async fn openapi() -> impl IntoResponse {
    static DOC: OnceLock<String> = OnceLock::new();
    let body = DOC.get_or_init(|| document().to_string()).clone();
    ([(header::CONTENT_TYPE, "application/json")], body)
}

/// One Server-Sent Event of `POST /api/v1/diagnose/stream`: the `event:` name and the
/// `data:` line parsed as JSON. In order: one `stage` per stage as it finishes, then `report`,
/// then `report_html` (or `error` when the page fragment could not be rendered).
#[derive(Debug, Serialize, ToSchema)]
#[serde(tag = "event", content = "data", rename_all = "snake_case")]
pub enum StreamEvent {
    /// One stage as it finished: the shape of the report's `stages[]`, with `data` null (the
    /// structured facts are in the report).
    Stage(StageReport),
    /// The whole report, the same as `POST /api/v1/diagnose` answers.
    Report(Box<Report>),
    /// The report as the HTML fragment the page shows (a JSON string).
    ReportHtml(String),
    /// The report could not be shown; a sentence for the person (a JSON string).
    Error(String),
}

/// What a diagnosis (JSON or stream) answers besides `200`. Every body is the JSON [`ApiError`].
#[derive(Debug, IntoResponses)]
pub enum DiagnoseErrors {
    /// The body is not JSON (`malformed_json`), or a trusted proxy sent an unreadable
    /// `X-Forwarded-For` (`bad_forwarded_for`).
    #[response(status = 400)]
    BadRequest(ApiError),
    /// A bearer token is configured and was not given (`unauthorized`).
    #[response(status = 401, headers(("WWW-Authenticate" = String, description = "`Bearer realm=\"maildoctor\"`")))]
    Unauthorized(ApiError),
    /// The body did not arrive within the service's body time limit (`request_timeout`); the
    /// connection is closed.
    #[response(status = 408)]
    Timeout(ApiError),
    /// The body is larger than 64 KiB (`payload_too_large`).
    #[response(status = 413)]
    TooLarge(ApiError),
    /// The body is not sent as `application/json` (`unsupported_media_type`).
    #[response(status = 415)]
    NotJson(ApiError),
    /// Not a valid request (`invalid_request`), a port outside the mail ports
    /// (`port_not_allowed`), or a field longer than any real one (`field_too_long`).
    #[response(status = 422)]
    Invalid(ApiError),
    /// Too many from this client (`rate_limited`). An account signed in to too often is not
    /// refused here: the report says so (`auth.skipped_cooldown`).
    #[response(status = 429, headers(("Retry-After" = u64, description = "Seconds to wait.")))]
    Rate(ApiError),
    /// The service runs as many diagnoses as it may (`busy`, with `Retry-After`), or the
    /// diagnosis took too long (`timeout`).
    #[response(status = 503, headers(("Retry-After" = u64, description = "Seconds to wait (`busy`).")))]
    Busy(ApiError),
}

/// What a discovery answers besides `200`.
#[derive(Debug, IntoResponses)]
pub enum DiscoverErrors {
    /// A trusted proxy sent an unreadable `X-Forwarded-For` (`bad_forwarded_for`).
    #[response(status = 400)]
    BadRequest(ApiError),
    /// A bearer token is configured and was not given (`unauthorized`).
    #[response(status = 401, headers(("WWW-Authenticate" = String, description = "`Bearer realm=\"maildoctor\"`")))]
    Unauthorized(ApiError),
    /// Not an e-mail address, or none given (`invalid_request`), or too long (`field_too_long`).
    #[response(status = 422)]
    Invalid(ApiError),
    /// Too many from this client (`rate_limited`).
    #[response(status = 429, headers(("Retry-After" = u64, description = "Seconds to wait.")))]
    Rate(ApiError),
    /// Discovery itself failed (`internal`).
    #[response(status = 500)]
    Internal(ApiError),
    /// The service is busy (`busy`), or discovery took too long (`timeout`).
    #[response(status = 503, headers(("Retry-After" = u64, description = "Seconds to wait (`busy`).")))]
    Busy(ApiError),
}

/// What an endpoint behind the API tokens answers without one.
#[derive(Debug, IntoResponses)]
pub enum TokenErrors {
    /// A bearer token is configured and was not given (`unauthorized`).
    #[response(status = 401, headers(("WWW-Authenticate" = String, description = "`Bearer realm=\"maildoctor\"`")))]
    Unauthorized(ApiError),
}

impl PartialSchema for Code {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .description(Some(
                "A finding code (docs/FINDINGS.md). Codes are only ever added, never renamed or reused.",
            ))
            .enum_values(Some(Code::ALL.iter().map(|code| code.id())))
            .into()
    }
}

impl ToSchema for Code {}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every `$ref` in `value`.
    fn refs(value: &Value, out: &mut Vec<String>) {
        match value {
            Value::Object(map) => {
                if let Some(Value::String(target)) = map.get("$ref") {
                    out.push(target.clone());
                }
                map.values().for_each(|v| refs(v, out));
            }
            Value::Array(items) => items.iter().for_each(|v| refs(v, out)),
            _ => {}
        }
    }

    #[test]
    fn every_reference_in_the_document_names_a_schema_it_holds() {
        let doc = document();
        let mut targets = Vec::new();
        refs(&doc, &mut targets);
        assert!(targets.len() > 20, "the document is built from references: {}", targets.len());
        for target in targets {
            let pointer = target.strip_prefix('#').expect("a reference inside the document");
            assert!(doc.pointer(pointer).is_some(), "{target} does not resolve");
        }
    }

    #[test]
    fn every_finding_code_is_listed_and_the_stream_names_its_events() {
        let doc = document();
        let codes = doc["components"]["schemas"]["Code"]["enum"].as_array().expect("an enum");
        assert_eq!(codes.len(), Code::ALL.len());
        assert!(codes.contains(&json!("tcp.refused")));
        let events = &doc["components"]["schemas"]["StreamEvent"].to_string();
        for event in ["\"stage\"", "\"report\"", "\"report_html\"", "\"error\""] {
            assert!(events.contains(event), "the stream event {event} is not documented");
        }
    }
}
