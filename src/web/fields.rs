//! The fields of a diagnose or discover request as the guard needs them, read before the
//! handler runs: the body (JSON or form) or the query string, decoded exactly as the handlers
//! decode them, and the request rebuilt with the same body.

use std::collections::HashMap;

use axum::body::{Body, Bytes};
use axum::extract::{FromRequest, Request};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::Value;

use super::BODY_LIMIT;
use crate::target::{self, DiagnoseRequest, Protocol, RawPort, SecurityChoice};

/// Whether the request gives a password, by the diagnosis's own definition.
pub fn password_given(fields: &HashMap<String, String>) -> bool {
    fields.get("password").is_some_and(|p| crate::secret::Password::new(p.as_str()).is_given())
}

/// Reads the body (JSON or form) or query, and finds the fields in it. The request is rebuilt
/// with the same body for the handler. Input the handler will refuse anyway gives no fields.
pub async fn read_fields(req: Request) -> Result<(Request, Option<HashMap<String, String>>), Response> {
    let (parts, body) = req.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, BODY_LIMIT).await else {
        let too_large = "the request body is larger than 64 KiB";
        let resp = super::error::ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large", too_large);
        return Err(resp.into_response());
    };
    let fields = fields_of(&parts.headers, parts.uri.query(), &bytes).await;
    Ok((Request::from_parts(parts, Body::from(bytes)), fields))
}

/// A query string's fields, decoded as the handlers decode them.
pub fn query_fields(query: Option<&str>) -> HashMap<String, String> {
    url::form_urlencoded::parse(query.unwrap_or_default().as_bytes()).into_owned().collect()
}

/// The request's fields as text: a JSON object, a form body, or the query string.
async fn fields_of(
    headers: &HeaderMap,
    query: Option<&str>,
    body: &Bytes,
) -> Option<HashMap<String, String>> {
    // The MIME essence, judged exactly as axum's `Json` and `Form` extractors judge it: a
    // looser test here (e.g. "contains json") would let a form body slip past the caps.
    let content_type = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default();
    let essence = content_type.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    let json =
        essence == "application/json" || (essence.starts_with("application/") && essence.ends_with("+json"));
    if json {
        let Value::Object(map) = serde_json::from_slice::<Value>(body).ok()? else { return None };
        let text = |v: Value| match v {
            Value::String(s) => Some(s),
            Value::Number(n) => Some(n.to_string()),
            _ => None,
        };
        return Some(map.into_iter().filter_map(|(k, v)| text(v).map(|t| (k, t))).collect());
    }
    let encoded = if essence == "application/x-www-form-urlencoded" {
        body.clone()
    } else {
        Bytes::copy_from_slice(query.unwrap_or_default().as_bytes())
    };
    let req = Request::post("/")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(encoded))
        .ok()?;
    axum::Form::<HashMap<String, String>>::from_request(req, &()).await.ok().map(|axum::Form(f)| f)
}

/// The host and port a diagnosis would connect to, parsed as the engine parses them.
pub fn target_of(fields: &HashMap<String, String>) -> Option<(String, u16)> {
    let get = |k: &str| fields.get(k).map(|v| v.trim()).filter(|v| !v.is_empty());
    let protocol = match get("protocol") {
        Some("imap") => Some(Protocol::Imap),
        Some("pop3" | "pop") => Some(Protocol::Pop3),
        Some("smtp") => Some(Protocol::Smtp),
        // Absent: the scheme of a URL-shaped host names it (or the request is refused later).
        None => None,
        Some(_) => return None,
    };
    let security = match get("security").unwrap_or("auto") {
        "tls" | "ssl" => SecurityChoice::Tls,
        "starttls" => SecurityChoice::Starttls,
        "none" => SecurityChoice::None,
        _ => SecurityChoice::Auto,
    };
    let request = DiagnoseRequest {
        protocol,
        port: get("port").map(|p| RawPort(p.to_owned())),
        security: Some(security),
        ..DiagnoseRequest::new(Protocol::Imap, get("host")?)
    };
    let (target, _) = target::parse(&request);
    target.map(|t| (t.host.as_text(), t.port))
}
