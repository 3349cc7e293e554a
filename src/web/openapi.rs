//! `GET /api/v1/openapi.json`: the OpenAPI 3.1 document of the REST API, served by the app.
//!
//! Written out by hand (no derive macros on the handlers, which live in other modules): the
//! paths, the request and the outline of the report (docs/CONTRACT.md §3–4) with its settings table
//! and the alternatives tried in full (docs/ALTERNATIVES.md), the error shape, and
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
        "DiagnoseRequest": { "type": "object", "required": ["host"], "additionalProperties": false, "properties": {
            "protocol": { "enum": ["imap", "pop3", "smtp"], "description": "Required unless `host` is a mail URL (`imaps://…`), whose scheme names it (422 otherwise)." },
            "host": { "type": "string", "description": "The server as typed (`host` or `host:port`), or a mail URL (`imaps://`, `imap://`, `pop3s://`, `pop3://`, `smtps://`, `submissions://`, `submission://`, `smtp://`) that also gives the protocol, the port and the security unless the request gives its own." },
            "port": { "type": ["integer", "string"], "description": "Omitted: the standard port. The service accepts mail ports (25, 110, 143, 465, 587, 993, 995, 2525) and configured extras." },
            "security": { "enum": ["tls", "ssl", "starttls", "none", "auto"], "description": "Omitted or `auto`: maildoctor finds out what the port speaks (TLS from the first byte, or a plain-text greeting and STARTTLS) and goes on in that mode; a mail URL's scheme, when given, decides instead." },
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
            "request_id": { "type": "string", "description": "The service's request id (X-Request-Id, log lines); only over HTTP." },
            "duration_ms": { "type": "integer" }, "request": { "type": "object" }, "target": { "type": ["object", "null"] },
            "verdict": { "enum": ["ok", "warning", "error"] }, "summary": { "type": "string" },
            "primary": { "type": ["string", "null"] }, "provider": { "type": ["object", "null"] },
            "server_software": { "type": ["string", "null"] },
            "stages": { "type": "array", "items": { "$ref": "#/components/schemas/Stage" } },
            "findings": { "type": "array", "items": { "$ref": "#/components/schemas/Finding" } },
            "certificate": { "type": ["object", "null"] }, "tls": { "type": ["object", "null"] },
            "suggested_settings": { "oneOf": [ { "$ref": "#/components/schemas/SuggestedSettings" }, { "type": "null" } ] },
            "alternatives": { "oneOf": [ { "$ref": "#/components/schemas/Alternatives" }, { "type": "null" } ] },
            "transcript": { "type": "array", "items": { "type": "object" } } } },
        "SuggestedSettings": settings_schema(),
        "SettingsRow": settings_row_schema(),
        "Provenance": provenance_schema(),
        "Alternatives": alternatives_schema(),
        "Alternative": alternative_schema()
    })
}

const SECURITY: [&str; 3] = ["tls", "starttls", "none"];
const PROTOCOLS: [&str; 3] = ["imap", "pop3", "smtp"];

fn settings_schema() -> Value {
    json!({ "type": "object", "required": ["source", "rows"],
        "description": "The \"settings that should work\" table: rows verified just now first, then suggested ones.",
        "properties": {
            "source": { "enum": ["verified", "provider", "finding"], "description": "Where the first (best) row comes from." },
            "rows": { "type": "array", "items": { "$ref": "#/components/schemas/SettingsRow" } },
            "note": { "type": "string", "description": "How the verified rows were verified: never by signing in." } } })
}

fn settings_row_schema() -> Value {
    json!({ "type": "object", "required": ["role", "protocol", "host", "port", "security", "requires_authentication", "status", "sources"],
        "properties": {
            "role": { "type": "string" }, "protocol": { "enum": PROTOCOLS }, "host": { "type": "string" },
            "port": { "type": "integer" }, "security": { "enum": SECURITY },
            "username": { "type": "string", "description": "The user-name form, when known (`full address`)." },
            "requires_authentication": { "type": "boolean" },
            "status": { "enum": ["verified", "suggested"], "description": "`verified`: the right protocol answered just now over TLS with a valid certificate (no sign-in). `suggested`: not verified." },
            "sources": { "type": "array", "items": { "$ref": "#/components/schemas/Provenance" } },
            "duration_ms": { "type": "integer", "description": "Verified rows: how long the probe took." },
            "note": { "type": "string", "description": "A caveat: port 25 is usually blocked; a suggestion tried just now without success." } } })
}

fn provenance_schema() -> Value {
    json!({ "type": "object", "required": ["source", "detail"], "properties": {
        "source": { "enum": ["provider", "srv", "autoconfig", "same_port", "standard_port", "certificate", "finding"] },
        "detail": { "type": "string", "description": "Where exactly (`SRV _imaps._tcp.example.com (priority 0, weight 1)`)." } } })
}

fn alternatives_schema() -> Value {
    json!({ "type": "object", "required": ["because", "note", "budget_ms", "duration_ms", "tried", "sources"],
        "description": "When the settings given failed before sign-in: the alternatives probed (DNS, TCP, TLS, greeting; never a sign-in) at once under one time budget.",
        "properties": {
            "because": { "type": "string", "description": "The finding code of the failure that called for them." },
            "note": { "type": "string" }, "budget_ms": { "type": "integer" }, "duration_ms": { "type": "integer" },
            "tried": { "type": "array", "items": { "$ref": "#/components/schemas/Alternative" } },
            "sources": { "type": "array", "description": "SRV names and autoconfig URLs asked, and what came back.",
                "items": { "type": "object", "properties": { "source": { "type": "string" }, "query": { "type": "string" }, "result": { "type": "string" } } } } } })
}

fn alternative_schema() -> Value {
    json!({ "type": "object", "required": ["protocol", "host", "port", "security", "sources", "outcome", "verified", "detail", "duration_ms"],
        "properties": {
            "protocol": { "enum": PROTOCOLS }, "host": { "type": "string" }, "port": { "type": "integer" },
            "security": { "enum": SECURITY },
            "username": { "description": "`full_address`, `local_part` or `{\"other\": \"…\"}`, when an origin said." },
            "sources": { "type": "array", "items": { "$ref": "#/components/schemas/Provenance" } },
            "outcome": { "enum": ["confirmed", "unencrypted", "bad_certificate", "failed", "not_tried"] },
            "verified": { "type": "boolean" }, "detail": { "type": "string" },
            "code": { "type": ["string", "null"] }, "duration_ms": { "type": "integer" },
            "connected_port": { "type": "integer", "description": "Test hook only: the port actually connected to." } } })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::alternatives::{Alternative, Alternatives, Origin, Provenance, SIGN_IN_NOTE};
    use crate::diagnosis::{Code, Fix};
    use crate::discover::model::{ProbeOutcome, UsernameForm};
    use crate::target::{Protocol, Security};

    fn keys(value: &Value) -> Vec<String> {
        value.as_object().map(|o| o.keys().cloned().collect()).unwrap_or_default()
    }

    fn assert_documented(doc: &Value, schema: &str, instance: &Value) {
        let documented = keys(&doc["components"]["schemas"][schema]["properties"]);
        for key in keys(instance) {
            assert!(documented.contains(&key), "{schema}.{key} is not in the OpenAPI document");
        }
    }

    #[test]
    fn every_field_of_the_report_its_settings_and_its_alternatives_is_documented() {
        let doc = document();
        let tried = Alternative {
            protocol: Protocol::Imap,
            host: "mail.example.com".into(),
            port: 993,
            security: Security::Tls,
            username: Some(UsernameForm::FullAddress),
            sources: vec![Provenance { source: Origin::Srv, detail: "SRV _imaps._tcp.example.com".into() }],
            outcome: ProbeOutcome::Confirmed,
            verified: true,
            detail: "IMAP answered.".into(),
            code: None,
            duration_ms: 12,
            connected_port: Some(10993),
        };
        let alternatives = Alternatives {
            because: Code::TcpRefused,
            note: SIGN_IN_NOTE,
            budget_ms: 4000,
            duration_ms: 12,
            tried: vec![tried],
            sources: Vec::new(),
        };
        let fix = Fix { host: Some("imap.example.com".into()), ..Fix::default() };
        let mut settings =
            crate::suggest::suggest(None, Some(&fix), None, Some(&alternatives)).expect("rows");
        settings.rows[1].note = Some("a caveat".into());
        let settings = serde_json::to_value(&settings).expect("json");
        let alternatives = serde_json::to_value(&alternatives).expect("json");
        let report = serde_json::to_value(crate::render::hostile_report()).expect("json");

        assert_documented(&doc, "Report", &report);
        assert_documented(&doc, "SuggestedSettings", &settings);
        assert_documented(&doc, "SettingsRow", &settings["rows"][0]);
        assert_documented(&doc, "SettingsRow", &settings["rows"][1]);
        assert_documented(&doc, "Provenance", &settings["rows"][0]["sources"][0]);
        assert_documented(&doc, "Alternatives", &alternatives);
        assert_documented(&doc, "Alternative", &alternatives["tried"][0]);
        assert!(keys(&report).contains(&"alternatives".to_owned()), "the report always has the field");
    }
}
