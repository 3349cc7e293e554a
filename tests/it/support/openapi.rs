//! Every API answer a test gets, checked against the OpenAPI document the service serves.
//!
//! [`check`] finds the operation (path and method) and the documented answer for the status,
//! then validates the body against its schema with a JSON Schema 2020-12 validator (OpenAPI
//! 3.1 schemas are JSON Schema). The document is made strict first: an object may only hold
//! the properties its schema names (`unevaluatedProperties: false`), so a field the service
//! sends but the document does not name fails the test, as does a wrong type, a missing
//! required field, an undocumented status or content type. A Server-Sent Events body is
//! split into events and each event is checked against the stream's `x-itemSchema`.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use jsonschema::Validator;
use serde_json::{Value, json};

/// The served document, made strict.
fn strict_document() -> &'static Value {
    static DOC: OnceLock<Value> = OnceLock::new();
    DOC.get_or_init(|| {
        let mut doc = maildoctor::web::openapi::document();
        let composed = composed_parts(&doc["components"]["schemas"]);
        if let Some(Value::Object(schemas)) = doc.pointer_mut("/components/schemas") {
            for (name, schema) in schemas.iter_mut() {
                // A schema that is one part of an `allOf` cannot close itself (the other parts'
                // properties would be unknown to it): the `allOf` closes over all of them.
                if !composed.contains(name) {
                    close(schema);
                }
            }
        }
        doc
    })
}

/// The component names used as parts of an `allOf`.
fn composed_parts(schemas: &Value) -> Vec<String> {
    let mut parts = Vec::new();
    let Value::Object(map) = schemas else { return parts };
    for schema in map.values() {
        for part in schema["allOf"].as_array().into_iter().flatten() {
            if let Some(name) = part["$ref"].as_str().and_then(|r| r.rsplit('/').next()) {
                parts.push(name.to_owned());
            }
        }
    }
    parts
}

/// Adds `unevaluatedProperties: false` to every object schema in `schema` that names its
/// properties (or composes them with `allOf`), leaving the parts of an `allOf` open.
fn close(schema: &mut Value) {
    let Value::Object(map) = schema else { return };
    let closes = map.contains_key("properties") || map.contains_key("allOf");
    if closes && !map.contains_key("additionalProperties") {
        map.insert("unevaluatedProperties".into(), Value::Bool(false));
    }
    for (key, value) in map.iter_mut() {
        match (key.as_str(), value) {
            ("allOf", _) => {}
            ("properties", Value::Object(props)) => props.values_mut().for_each(close),
            (_, Value::Array(items)) => items.iter_mut().for_each(close),
            (_, value @ Value::Object(_)) => close(value),
            _ => {}
        }
    }
}

/// A validator for `schema`, resolving `$ref`s against the strict document's components.
fn validate(schema: &Value, instance: &Value, what: &str) {
    static CACHE: OnceLock<Mutex<HashMap<String, Validator>>> = OnceLock::new();
    let key = schema.to_string();
    let mut cache = CACHE.get_or_init(Mutex::default).lock().unwrap_or_else(|e| e.into_inner());
    let validator = cache.entry(key).or_insert_with(|| {
        let mut root = schema.clone();
        root["components"] = strict_document()["components"].clone();
        jsonschema::draft202012::new(&root).unwrap_or_else(|e| panic!("{what}: unusable schema: {e}"))
    });
    let errors: Vec<String> = validator
        .iter_errors(instance)
        .map(|e| format!("  at {}: {e}", e.instance_path()))
        .take(10)
        .collect();
    let shown: String = instance.to_string().chars().take(2000).collect();
    assert!(
        errors.is_empty(),
        "{what} does not match the OpenAPI document:\n{}\nbody: {shown}",
        errors.join("\n")
    );
}

/// Checks one answer of the service against the document. Pages and static files (not part
/// of the API) pass unchecked; an API path or method the document does not list must be
/// answered with the JSON error. `body` is `None` when it cannot be read (compressed): then
/// only the status and the content type are checked. Returns true when the answer was checked.
#[track_caller]
pub fn check(method: &str, path: &str, status: u16, content_type: Option<&str>, body: Option<&[u8]>) -> bool {
    let doc = strict_document();
    let path = path.split('?').next().unwrap_or(path);
    let what = format!("{method} {path} → {status}");
    // An exact path, else a templated one (`/api/v1/reports/{id}`).
    let item = doc["paths"].get(path).or_else(|| {
        let parts: Vec<&str> = path.split('/').collect();
        doc["paths"].as_object()?.iter().find_map(|(template, item)| {
            let t: Vec<&str> = template.split('/').collect();
            let fits = t.len() == parts.len()
                && t.iter().zip(&parts).all(|(a, b)| a == b || (a.starts_with('{') && a.ends_with('}')));
            fits.then_some(item)
        })
    });
    let Some(operation) = item.and_then(|p| p.get(method.to_ascii_lowercase())) else {
        if path.starts_with("/api/") {
            assert!(status >= 400, "{what}: an undocumented API path answered with success");
            if let Some(body) = body {
                let error = json!({ "$ref": "#/components/schemas/Error" });
                validate(&error, &json_of(body, &what), &format!("{what} (undocumented path)"));
            }
            return true;
        }
        return false;
    };
    let responses = &operation["responses"];
    let Some(answer) = responses.get(status.to_string()).or_else(|| responses.get("default")) else {
        panic!("{what}: the document lists no answer with this status (it lists {:?})", keys(responses));
    };
    let Some(content) = answer.get("content").and_then(Value::as_object) else {
        let sent = body.map_or(0, <[u8]>::len);
        assert_eq!(sent, 0, "{what}: the document says no body, the service sent {sent} bytes");
        return true;
    };
    let media = content_type.unwrap_or_default().split(';').next().unwrap_or_default().trim();
    let Some(spec) = content.get(media) else {
        panic!("{what}: content type {media:?} is not documented ({:?})", content.keys().collect::<Vec<_>>());
    };
    let Some(body) = body else { return true };
    match media {
        "application/json" => validate(&spec["schema"], &json_of(body, &what), &what),
        "text/event-stream" => {
            let events = events(body);
            assert!(!events.is_empty(), "{what}: no events");
            for (i, event) in events.iter().enumerate() {
                validate(&spec["x-itemSchema"], event, &format!("{what}, event {i}"));
            }
        }
        _ => assert!(std::str::from_utf8(body).is_ok(), "{what}: a text body that is not UTF-8"),
    }
    true
}

fn keys(value: &Value) -> Vec<String> {
    value.as_object().map(|o| o.keys().cloned().collect()).unwrap_or_default()
}

fn json_of(body: &[u8], what: &str) -> Value {
    serde_json::from_slice(body)
        .unwrap_or_else(|e| panic!("{what}: not JSON ({e}): {}", String::from_utf8_lossy(body)))
}

/// The events of a Server-Sent Events body as `{"event": name, "data": parsed data}`.
pub fn events(body: &[u8]) -> Vec<Value> {
    let text = String::from_utf8_lossy(body);
    let mut out = Vec::new();
    for block in text.split("\n\n") {
        let mut name = "message";
        let mut data = String::new();
        for line in block.lines() {
            if let Some(value) = line.strip_prefix("event:") {
                name = value.trim_start();
            } else if let Some(value) = line.strip_prefix("data:") {
                data.push_str(value.strip_prefix(' ').unwrap_or(value));
            }
        }
        if !data.is_empty() {
            let data: Value =
                serde_json::from_str(&data).unwrap_or_else(|e| panic!("event {name}: data not JSON ({e})"));
            out.push(json!({ "event": name, "data": data }));
        }
    }
    out
}

/// A value checked against one component schema (`Report`, `Discovery`, …), strictly.
#[track_caller]
pub fn check_schema(component: &str, instance: &Value) {
    let schema = json!({ "$ref": format!("#/components/schemas/{component}") });
    validate(&schema, instance, component);
}

/// [`check`] for an answer of the router; a compressed body is checked for its status and
/// content type only.
#[track_caller]
pub fn check_http(
    method: &axum::http::Method,
    uri: &axum::http::Uri,
    status: axum::http::StatusCode,
    headers: &axum::http::HeaderMap,
    body: &[u8],
) -> bool {
    let content_type = headers.get(axum::http::header::CONTENT_TYPE).and_then(|v| v.to_str().ok());
    let compressed = headers.contains_key(axum::http::header::CONTENT_ENCODING);
    check(method.as_str(), uri.path(), status.as_u16(), content_type, (!compressed).then_some(body))
}

/// Sends `req` through `app` and checks the answer against the document ([`check_http`]).
pub async fn answer(
    app: axum::Router,
    req: axum::http::Request<axum::body::Body>,
) -> (axum::http::StatusCode, axum::http::HeaderMap, Vec<u8>) {
    use tower::ServiceExt as _;
    let (method, uri) = (req.method().clone(), req.uri().clone());
    let resp = app.oneshot(req).await.expect("router answers");
    let status = resp.status();
    let headers = resp.headers().clone();
    let body = axum::body::to_bytes(resp.into_body(), usize::MAX).await.expect("body").to_vec();
    check_http(&method, &uri, status, &headers, &body);
    (status, headers, body)
}
