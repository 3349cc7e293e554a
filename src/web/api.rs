//! `POST /api/v1/diagnose`: a JSON [`DiagnoseRequest`] in, the report JSON out.
//!
//! The body is parsed by [`DiagnoseBody`] rather than axum's `Json`, so that every rejection
//! is an [`ApiError`] in JSON (400 for a body that is not JSON, 422 for JSON that is not a valid
//! request, 413 for one that is too large, 415 for a wrong content type), and so that the
//! password can be scrubbed from serde's messages (which quote the offending value).

use axum::body::Bytes;
use axum::extract::{FromRequest, Request, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use serde_json::Value;

use super::AppState;
use super::error::ApiError;
use super::guard::Admission;
use crate::report::{self, Report};
use crate::target::DiagnoseRequest;
use crate::telemetry::RequestId;

/// Runs one diagnosis. `200` with the report, also when the diagnosis found problems. The
/// report holds what was typed (never the password), so shared caches must not keep it.
#[utoipa::path(
    post,
    path = "/api/v1/diagnose",
    operation_id = "diagnose",
    summary = "Run one diagnosis.",
    request_body = DiagnoseRequest,
    responses(
        (status = 200, description = "The report (also when the diagnosis found problems).", body = Report),
        super::openapi::DiagnoseErrors
    ),
    security((), ("bearer" = []))
)]
pub async fn diagnose(
    State(state): State<AppState>,
    id: Option<Extension<RequestId>>,
    admission: Admission,
    DiagnoseBody(mut request): DiagnoseBody,
) -> Result<Response, Response> {
    let permit = admission.diagnosis(&request).await.map_err(IntoResponse::into_response)?;
    request.request_id = id.map(|Extension(RequestId(id))| id);
    let mut report: Report = state.engine().diagnose(&request).await;
    let kept = super::saved::keep(&state, &mut report).await;
    let mut resp = ([(header::CACHE_CONTROL, "no-store")], Json(report)).into_response();
    kept.add_header(resp.headers_mut());
    resp.extensions_mut().insert(permit);
    Ok(resp)
}

/// A diagnose request taken from a JSON body, with JSON rejections.
#[derive(Debug)]
pub struct DiagnoseBody(pub DiagnoseRequest);

impl<S: Send + Sync> FromRequest<S> for DiagnoseBody {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        if !is_json(req.headers()) {
            return Err(ApiError::new(
                axum::http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported_media_type",
                "send the request as JSON with Content-Type: application/json",
            ));
        }
        let bytes = Bytes::from_request(req, state).await.map_err(|r| match r.status() {
            StatusCode::PAYLOAD_TOO_LARGE => {
                ApiError::new(r.status(), "payload_too_large", "the request body is larger than 64 KiB")
            }
            status => ApiError::new(status, "unreadable_body", r.body_text()),
        })?;
        parse(&bytes).map(DiagnoseBody)
    }
}

/// Parses a request body: `400` when it is not JSON, `422` when it is not a valid request.
pub fn parse(body: &[u8]) -> Result<DiagnoseRequest, ApiError> {
    // serde_json's syntax errors give only a position, never the text around it.
    let value: Value = serde_json::from_slice(body).map_err(|e| ApiError::malformed(e.to_string()))?;
    let secrets = match value.get("password") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::String(p)) => vec![p.clone()],
        // Do not let serde quote a mistyped password back.
        Some(_) => return Err(ApiError::invalid("password: expected a string")),
    };
    let request: DiagnoseRequest = serde_json::from_value(value)
        .map_err(|e| ApiError::invalid(report::scrub(&e.to_string(), &secrets)))?;
    if request.resolved_protocol().is_none() {
        return Err(ApiError::invalid(
            "protocol: missing; give \"imap\", \"pop3\" or \"smtp\", or a host such as imaps://mail.example.com",
        ));
    }
    // An unusable CA in the request is the request's fault, found before anything is
    // contacted: a 422, not a TLS finding about a server that was never reached.
    if let Some(pem) = request.ca_pem.as_deref().filter(|p| !p.trim().is_empty()) {
        crate::net::tls::parse_pem(pem).map_err(|e| ApiError::invalid(format!("ca_pem: {e}")))?;
    }
    Ok(request)
}

/// True for `application/json` and `application/*+json`.
fn is_json(headers: &HeaderMap) -> bool {
    let Some(value) = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let mime = value.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    mime == "application/json" || (mime.starts_with("application/") && mime.ends_with("+json"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_ca_that_is_not_a_certificate_is_refused_before_anything_is_contacted() {
        let err = parse(br#"{"protocol":"imap","host":"h","ca_pem":"not a certificate"}"#).unwrap_err();
        assert_eq!(err.status, axum::http::StatusCode::UNPROCESSABLE_ENTITY);
        assert!(err.detail.contains("ca_pem"), "{}", err.detail);
        assert!(parse(br#"{"protocol":"imap","host":"h","ca_pem":"  "}"#).is_ok());
    }

    #[test]
    fn a_mistyped_password_is_never_quoted_back() {
        let err = parse(br#"{"protocol":"imap","host":"h","password":123456789}"#).unwrap_err();
        assert_eq!(err.status, axum::http::StatusCode::UNPROCESSABLE_ENTITY);
        assert!(!err.detail.contains("123456789"));
        let err = parse(br#"{"protocol":"imap","host":"h","password":"hunter2-x","security":"hunter2-x"}"#)
            .unwrap_err();
        assert!(!err.detail.contains("hunter2-x"), "{}", err.detail);
    }

    #[test]
    fn broken_json_is_400_and_an_unknown_protocol_is_422() {
        assert_eq!(parse(b"{\"protocol\":").unwrap_err().status, axum::http::StatusCode::BAD_REQUEST);
        let err = parse(br#"{"protocol":"imapx","host":"h"}"#).unwrap_err();
        assert_eq!(err.status, axum::http::StatusCode::UNPROCESSABLE_ENTITY);
        assert!(err.detail.contains("imapx"));
    }

    #[test]
    fn the_protocol_may_be_left_out_only_when_the_host_is_a_mail_url() {
        let request = parse(br#"{"host":"imaps://mail.example.com"}"#).expect("scheme gives the protocol");
        assert_eq!(request.resolved_protocol(), Some(crate::target::Protocol::Imap));
        let err = parse(br#"{"host":"mail.example.com"}"#).unwrap_err();
        assert_eq!(err.status, axum::http::StatusCode::UNPROCESSABLE_ENTITY);
        assert!(err.detail.starts_with("protocol: missing"), "{}", err.detail);
    }
}
