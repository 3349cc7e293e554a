//! A report from the user's own computer: `maildoctor check … --share URL` posts the finished
//! report to `POST /api/v1/reports`, and the service keeps it marked "run from the user's
//! computer" with the CLI's version (docs/STORE.md).
//!
//! What arrives is checked strictly before anything is stored: at most [`UPLOAD_LIMIT`] bytes;
//! JSON; no field that looks like a secret anywhere (a `password`, `token`, `secret`… key, or a
//! sign-in line of the transcript whose password is not hidden) — refused with
//! `secret_in_upload` and the field's path; then the report's own schema, every object closed
//! to unknown fields and every code one this build knows (`invalid_report` with the path).
//! The page is rendered here from the typed report, so an upload shows exactly what a report
//! run by the service shows (askama escapes every text).

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::AppState;
use super::error::ApiError;
use super::guard::Admission;
use super::saved::{self, DELETE_TOKEN};
use crate::report::Report;
use crate::store::Vantage;
use crate::target::ticket_reference;

/// The largest upload taken, in bytes (a report with a full transcript is a few tens of KiB).
pub const UPLOAD_LIMIT: usize = 512 * 1024;

/// The report version this build reads.
const REPORT_VERSION: u32 = 1;

/// What `maildoctor check --share` sends.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Upload {
    /// The version of the maildoctor that ran the check (`0.9.0`).
    pub client_version: String,
    /// The finished report, as `maildoctor check --json` prints it.
    pub report: Report,
}

/// The answer to an upload.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Uploaded {
    /// The report's id.
    pub id: String,
    /// Its page, relative to the service (`/r/{id}`).
    pub link: String,
    /// Deletes it (`DELETE /api/v1/reports/{id}` with the `Maildoctor-Delete-Token` header); shown once.
    pub delete_token: String,
    /// Days it is kept.
    pub days: u32,
}

/// `POST /api/v1/reports`: keeps a report run on the user's own computer.
#[utoipa::path(
    post,
    path = "/api/v1/reports",
    operation_id = "uploadReport",
    summary = "Keeps a report run elsewhere (maildoctor check --share), marked as run from the user's computer.",
    request_body(content = Upload, description = "The CLI's version and its finished report; at most 512 KiB, no secret anywhere."),
    responses(
        (status = 201, description = "Kept; the link and a one-time deletion token.", body = Uploaded),
        (status = 400, description = "Not JSON.", body = ApiError),
        (status = 404, description = "This service does not keep reports.", body = ApiError),
        (status = 413, description = "Larger than 512 KiB.", body = ApiError),
        (status = 422, description = "A field that looks like a secret (`secret_in_upload`), or not a report (`invalid_report`).", body = ApiError),
        (status = 429, description = "Too many requests from this client.", body = ApiError),
        (status = 503, description = "The store cannot take it now.", body = ApiError),
        super::openapi::TokenErrors
    ),
    security((), ("bearer" = []))
)]
pub(super) async fn api_upload(State(state): State<AppState>, admission: Admission, body: Bytes) -> Response {
    let Some(store) = state.store().cloned() else {
        return ApiError::new(StatusCode::NOT_FOUND, "not_saving", "this service does not keep reports")
            .into_response();
    };
    let _permit = match admission.upload().await {
        Ok(permit) => permit,
        Err(refused) => return refused.into_response(),
    };
    let mut upload = match check(&body) {
        Ok(upload) => upload,
        Err(error) => {
            tracing::info!(error = error.error, "an upload was refused");
            return error.into_response();
        }
    };
    let version = upload.client_version.clone();
    let report = &mut upload.report;
    report.request.ticket = report.request.ticket.as_deref().and_then(ticket_reference);
    report.request_id = None;
    match saved::save(&state, &store, report, Vantage::UserComputer, &version).await {
        Ok((link, token)) => {
            let id = link.trim_start_matches("/r/").to_owned();
            let answer = Uploaded {
                id,
                link: link.clone(),
                delete_token: token.clone(),
                days: store.retention_days(),
            };
            let mut headers = HeaderMap::new();
            if let Ok(v) = HeaderValue::from_str(&link) {
                headers.insert(header::LOCATION, v);
            }
            if let Ok(v) = HeaderValue::from_str(&token) {
                headers.insert(DELETE_TOKEN, v);
            }
            (StatusCode::CREATED, headers, axum::Json(answer)).into_response()
        }
        Err(error) => {
            tracing::warn!(%error, "an uploaded report could not be saved");
            ApiError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "store_unavailable",
                "the report could not be saved now",
            )
            .into_response()
        }
    }
}

/// The strict checks, in order: size, JSON, secrets, schema, version.
pub fn check(body: &[u8]) -> Result<Upload, ApiError> {
    if body.len() > UPLOAD_LIMIT {
        return Err(too_large());
    }
    let value: Value = serde_json::from_slice(body)
        .map_err(|e| ApiError::malformed(format!("the upload is not JSON: {e}")))?;
    if let Some(path) = secret_field(&value, "$") {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "secret_in_upload",
            format!("refused: {path} looks like a password or other secret; a shared report never holds one"),
        ));
    }
    let upload: Upload = serde_path_to_error::deserialize(value).map_err(|e| {
        ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_report",
            format!("not a maildoctor report at $.{}: {}", e.path(), e.inner()),
        )
    })?;
    if upload.report.version != REPORT_VERSION {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_report",
            format!(
                "report version {} is not one this service reads ({REPORT_VERSION})",
                upload.report.version
            ),
        ));
    }
    let version = upload.client_version.trim();
    let plausible = !version.is_empty()
        && version.len() <= 32
        && version.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '+'));
    if !plausible {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_report",
            "client_version is not a version number",
        ));
    }
    Ok(upload)
}

/// The answer for a body over [`UPLOAD_LIMIT`].
pub fn too_large() -> ApiError {
    ApiError::new(
        StatusCode::PAYLOAD_TOO_LARGE,
        "payload_too_large",
        format!("an uploaded report may be at most {} KiB", UPLOAD_LIMIT / 1024),
    )
}

/// Words that name a secret in a field name.
const SECRET_WORDS: [&str; 12] = [
    "password",
    "passwd",
    "pass",
    "pwd",
    "passphrase",
    "secret",
    "token",
    "credential",
    "credentials",
    "authorization",
    "cookie",
    "apikey",
];

/// The path of the first field that looks like it holds a secret, if any: a key with a
/// secret word (`password`, `oauth_token`, `clientSecret`; `password_given` only as a
/// true/false), or a client line of the transcript that signs in without its password hidden.
fn secret_field(value: &Value, path: &str) -> Option<String> {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                let here = format!("{path}.{key}");
                let allowed = key == "password_given" && v.is_boolean();
                if !allowed && names_a_secret(key) {
                    return Some(here);
                }
                if key == "transcript"
                    && let Some(i) = unhidden_sign_in(v)
                {
                    return Some(format!("{here}[{i}]"));
                }
                if let Some(found) = secret_field(v, &here) {
                    return Some(found);
                }
            }
            None
        }
        Value::Array(items) => {
            items.iter().enumerate().find_map(|(i, v)| secret_field(v, &format!("{path}[{i}]")))
        }
        _ => None,
    }
}

/// True when a field name has a secret word in it (split at `_`, `-`, `.` and camelCase).
fn names_a_secret(key: &str) -> bool {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut last_lower = false;
    for c in key.chars() {
        if !c.is_alphanumeric() {
            words.push(std::mem::take(&mut word));
            last_lower = false;
            continue;
        }
        if c.is_uppercase() && last_lower {
            words.push(std::mem::take(&mut word));
        }
        last_lower = c.is_lowercase();
        word.extend(c.to_lowercase());
    }
    words.push(word);
    let joined = key.to_ascii_lowercase().replace(['_', '-', '.'], "");
    words.iter().any(|w| SECRET_WORDS.contains(&w.as_str())) || SECRET_WORDS.iter().any(|w| joined == *w)
}

/// The index of a client line that carries sign-in data without `[password hidden]`:
/// `LOGIN user pass`, `PASS x`, or `AUTH`/`AUTHENTICATE` with an initial response.
fn unhidden_sign_in(transcript: &Value) -> Option<usize> {
    let lines = transcript.as_array()?;
    lines.iter().enumerate().find_map(|(i, line)| {
        let client = line.get("dir").and_then(Value::as_str) == Some("client");
        let text = line.get("text").and_then(Value::as_str).unwrap_or_default();
        (client && !text.contains("[password hidden]") && signs_in(text)).then_some(i)
    })
}

fn signs_in(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    // IMAP lines start with a tag; the command is the first or the second word.
    [0, 1].into_iter().any(|at| {
        let Some(command) = words.get(at) else { return false };
        let args = words.len().saturating_sub(at + 1);
        match command.to_ascii_uppercase().as_str() {
            "LOGIN" => args >= 2,
            "PASS" => args >= 1,
            "AUTH" | "AUTHENTICATE" => args >= 2 && words.get(at + 2).is_some_and(|r| *r != "="),
            _ => false,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_names_that_name_a_secret_are_found_in_any_spelling() {
        for key in [
            "password",
            "Password",
            "imap_password",
            "oauthToken",
            "client-secret",
            "PASS",
            "api_key_apikey",
            "Authorization",
        ] {
            assert!(names_a_secret(key), "{key}");
        }
        for key in ["host", "passed", "username", "ticket", "compass"] {
            assert!(!names_a_secret(key), "{key}");
        }
    }

    #[test]
    fn password_given_is_allowed_only_as_true_or_false() {
        let ok = serde_json::json!({"request": {"password_given": true}});
        assert_eq!(secret_field(&ok, "$"), None);
        let bad = serde_json::json!({"request": {"password_given": "hunter2"}});
        assert_eq!(secret_field(&bad, "$").as_deref(), Some("$.request.password_given"));
    }

    #[test]
    fn sign_in_lines_must_hide_the_password() {
        let t = |text: &str| serde_json::json!({"transcript": [{"dir": "server", "text": "* OK"}, {"dir": "client", "text": text}]});
        assert_eq!(secret_field(&t("a1 LOGIN alice hunter2"), "$").as_deref(), Some("$.transcript[1]"));
        assert_eq!(secret_field(&t("PASS hunter2"), "$").as_deref(), Some("$.transcript[1]"));
        assert_eq!(
            secret_field(&t("AUTH PLAIN AGFsaWNlAGh1bnRlcjI="), "$").as_deref(),
            Some("$.transcript[1]")
        );
        assert_eq!(secret_field(&t("a1 LOGIN \"alice\" [password hidden]"), "$"), None);
        assert_eq!(secret_field(&t("a1 AUTHENTICATE PLAIN"), "$"), None);
        assert_eq!(secret_field(&t("AUTH LOGIN"), "$"), None);
        assert_eq!(secret_field(&t("a2 CAPABILITY"), "$"), None);
    }
}
