//! `GET /api/v1/openapi.json`: the OpenAPI 3.1 document of the REST API, served by the app.
//!
//! Written out by hand (no derive macros on the handlers, which live in other modules): the
//! paths, the request and the outline of the report (PRODUCT.md §3–4), the error shape, and
//! the statuses the guard adds (401, 403, 413, 422, 429, 503). A test checks that every API
//! route is listed.

use std::sync::OnceLock;

use axum::Router;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;
use serde_json::{Value, json};

use super::AppState;

/// The route.
pub fn routes() -> Router<AppState> {
    Router::new().route("/api/v1/openapi.json", get(openapi))
}

async fn openapi() -> impl IntoResponse {
    static DOC: OnceLock<String> = OnceLock::new();
    let body = DOC.get_or_init(|| document().to_string()).clone();
    ([(header::CONTENT_TYPE, "application/json")], body)
}

fn error(description: &str) -> Value {
    json!({ "description": description, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } })
}

fn limited(description: &str) -> Value {
    let mut e = error(description);
    e["headers"] =
        json!({ "Retry-After": { "description": "Seconds to wait.", "schema": { "type": "integer" } } });
    e
}

fn diagnose_responses(ok: Value) -> Value {
    json!({
        "200": ok,
        "400": error("The body is not JSON, or a trusted proxy sent an unreadable `X-Forwarded-For` (`bad_forwarded_for`)."),
        "401": error("A bearer token is configured and was not given."),
        "408": error("The body did not arrive within the service's body time limit (`request_timeout`); the connection is closed."),
        "413": error("The body is larger than 64 KiB."),
        "415": error("The body is not sent as application/json."),
        "422": error("Not a valid request, a port outside the mail ports (`port_not_allowed`), or a host, user name, e-mail address or password longer than any real one (`field_too_long`)."),
        "429": limited("Too many from this client (`rate_limited`). An account signed in to too often is not refused here: the report says so (`auth.skipped_cooldown`)."),
        "503": limited("The service runs as many diagnoses as it may (`busy`), or the diagnosis took too long.")
    })
}

/// The document.
pub fn document() -> Value {
    let report = json!({ "description": "The report (also when the diagnosis found problems).",
        "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Report" } } } });
    let stream = json!({ "description": "Server-sent events: one `stage` event per finished stage, then `report`.",
        "content": { "text/event-stream": { "schema": { "type": "string" } } } });
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "maildoctor",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "Finds out why a mail app cannot reach or sign in to its mail server. The password is never stored, logged or echoed."
        },
        "components": {
            "securitySchemes": { "bearer": { "type": "http", "scheme": "bearer", "description": "Only when the service is configured with api_tokens." } },
            "schemas": schemas()
        },
        "security": [ {}, { "bearer": [] } ],
        "paths": {
            "/api/v1/diagnose": { "post": {
                "operationId": "diagnose", "summary": "Run one diagnosis.",
                "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/DiagnoseRequest" } } } },
                "responses": diagnose_responses(report)
            } },
            "/api/v1/diagnose/stream": { "post": {
                "operationId": "diagnoseStream", "summary": "Run one diagnosis, streaming each stage as it finishes.",
                "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/DiagnoseRequest" } } } },
                "responses": diagnose_responses(stream)
            } },
            "/api/v1/discover": { "get": {
                "operationId": "discover", "summary": "Find the mail server settings for an e-mail address.",
                "parameters": [ { "name": "email", "in": "query", "required": true, "schema": { "type": "string", "format": "email" } } ],
                "responses": {
                    "200": { "description": "What was found, confirmed or suggested.", "content": { "application/json": { "schema": { "type": "object" } } } },
                    "401": error("A bearer token is configured and was not given."),
                    "422": error("Not an e-mail address."),
                    "429": limited("Too many from this client."),
                    "503": limited("The service is busy.")
                }
            } },
            "/api/v1/openapi.json": { "get": { "operationId": "openapi", "summary": "This document.", "security": [ {} ],
                "responses": { "200": { "description": "OpenAPI 3.1", "content": { "application/json": {} } } } } },
            "/healthz": { "get": { "operationId": "health", "summary": "Liveness: `ok` while the process serves.", "security": [ {} ],
                "responses": { "200": { "description": "ok", "content": { "text/plain": {} } } } } },
            "/metrics": { "get": { "operationId": "metrics", "summary": "Prometheus metrics (text format 0.0.4).",
                "responses": { "200": { "description": "Metrics", "content": { "text/plain": {} } }, "401": error("A bearer token is configured and was not given.") } } }
        }
    })
}

fn schemas() -> Value {
    json!({
        "Error": { "type": "object", "required": ["error", "detail"], "properties": {
            "error": { "type": "string", "description": "Stable kind: malformed_json, invalid_request, unauthorized, port_not_allowed, rate_limited, busy, payload_too_large, field_too_long, bad_forwarded_for, request_timeout, …" },
            "detail": { "type": "string" } } },
        "DiagnoseRequest": { "type": "object", "required": ["protocol", "host"], "additionalProperties": false, "properties": {
            "protocol": { "enum": ["imap", "pop3", "smtp"] },
            "host": { "type": "string", "description": "The server as typed (`host` or `host:port`)." },
            "port": { "type": ["integer", "string"], "description": "Omitted: the standard port. The service accepts mail ports (25, 110, 143, 465, 587, 993, 995, 2525) and configured extras." },
            "security": { "enum": ["tls", "ssl", "starttls", "none", "auto"] },
            "username": { "type": "string" },
            "password": { "type": "string", "writeOnly": true, "description": "Never stored or echoed. Password-bearing diagnoses of one server and user name are limited per cooldown." },
            "email": { "type": "string" },
            "ca_pem": { "type": "string", "description": "Extra trusted CA certificates, PEM." },
            "options": { "type": "object", "additionalProperties": false, "properties": {
                "allow_insecure_auth": { "type": "boolean" },
                "trust_certificate": { "type": "boolean" },
                "test_limits": { "type": "boolean" },
                "connection_limit_cap": { "type": "integer", "minimum": 1, "maximum": 50 },
                "timeout_secs": { "type": "integer", "minimum": 1 } } } } },
        "Stage": { "type": "object", "properties": {
            "name": { "enum": ["input", "dns", "tcp", "tls", "protocol", "auth", "mailbox", "limits"] },
            "title": { "type": "string" }, "status": { "enum": ["pass", "warn", "fail", "skip"] },
            "duration_ms": { "type": "integer" }, "detail": { "type": "string" }, "data": {},
            "codes": { "type": "array", "items": { "type": "string" } } } },
        "Finding": { "type": "object", "properties": {
            "code": { "type": "string" }, "severity": { "enum": ["error", "warning", "info"] }, "stage": { "type": "string" },
            "title": { "type": "string" }, "explanation": { "type": "string" },
            "remedy": { "type": "array", "items": { "type": "string" } },
            "evidence": { "type": "array", "items": { "type": "object" } }, "fix": { "type": "object" } } },
        "Report": { "type": "object", "required": ["version", "verdict", "summary", "stages", "findings"], "properties": {
            "version": { "type": "integer" }, "started_at": { "type": "string", "format": "date-time" },
            "duration_ms": { "type": "integer" }, "request": { "type": "object" }, "target": { "type": ["object", "null"] },
            "verdict": { "enum": ["ok", "warning", "error"] }, "summary": { "type": "string" },
            "primary": { "type": ["string", "null"] }, "provider": { "type": ["object", "null"] },
            "server_software": { "type": ["string", "null"] },
            "stages": { "type": "array", "items": { "$ref": "#/components/schemas/Stage" } },
            "findings": { "type": "array", "items": { "$ref": "#/components/schemas/Finding" } },
            "certificate": { "type": ["object", "null"] }, "tls": { "type": ["object", "null"] },
            "suggested_settings": { "type": ["object", "null"] },
            "transcript": { "type": "array", "items": { "type": "object" } } } }
    })
}
