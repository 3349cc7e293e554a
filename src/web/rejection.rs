//! Why the service refuses a request before running it, and how the refusal is answered:
//! the API's JSON error (with `Retry-After` for the caps) or a small page for the form.

use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use serde_json::json;

use crate::i18n::Lang;

/// Why a request is refused. Renders as the API's JSON error or as a small page.
#[derive(Clone, Debug, Eq, PartialEq)]
pub enum Rejection {
    /// The client started too many recently (`429`).
    Rate {
        /// Seconds until the next one is allowed.
        retry_after: u64,
    },
    /// The service is running as many as it may (`503`).
    Busy {
        /// Seconds to wait.
        retry_after: u64,
    },
    /// The port is not a mail port nor a configured extra (`422`).
    Port {
        /// The port asked for.
        port: u16,
        /// The ports allowed.
        allowed: Vec<u16>,
    },
    /// A field is longer than any real value of it (`422`).
    TooLong {
        /// The field.
        field: &'static str,
        /// Its most bytes.
        max: usize,
    },
    /// A trusted proxy sent an `X-Forwarded-For` the client cannot be read from (`400`).
    ForwardedFor,
    /// A token is needed and none (or a wrong one) was given (`401`).
    Token {
        /// Ask for HTTP Basic (pages) rather than Bearer (API).
        basic: bool,
    },
    /// A form posted from another site (`403`).
    Origin,
    /// The limits shared by the replicas cannot be read, and the request carries a password
    /// (`503`): without them the per-account budget cannot be kept.
    SharedDown,
}

impl Rejection {
    /// The cap's name in metrics (`maildoctor_rejected_total{cap=…}`).
    pub fn cap(&self) -> &'static str {
        match self {
            Rejection::Rate { .. } => "rate",
            Rejection::Busy { .. } => "global",
            Rejection::Port { .. } => "port",
            Rejection::TooLong { .. } => "field_length",
            Rejection::ForwardedFor => "forwarded_for",
            Rejection::Token { .. } => "token",
            Rejection::Origin => "origin",
            Rejection::SharedDown => "shared_store",
        }
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        match self {
            Rejection::Rate { .. } => StatusCode::TOO_MANY_REQUESTS,
            Rejection::Busy { .. } | Rejection::SharedDown => StatusCode::SERVICE_UNAVAILABLE,
            Rejection::Port { .. } | Rejection::TooLong { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            Rejection::ForwardedFor => StatusCode::BAD_REQUEST,
            Rejection::Token { .. } => StatusCode::UNAUTHORIZED,
            Rejection::Origin => StatusCode::FORBIDDEN,
        }
    }

    /// The stable error kind of the JSON answer.
    pub fn kind(&self) -> &'static str {
        match self {
            Rejection::Rate { .. } => "rate_limited",
            Rejection::Busy { .. } => "busy",
            Rejection::Port { .. } => "port_not_allowed",
            Rejection::TooLong { .. } => "field_too_long",
            Rejection::ForwardedFor => "bad_forwarded_for",
            Rejection::Token { .. } => "unauthorized",
            Rejection::Origin => "cross_origin",
            Rejection::SharedDown => "shared_limits_unavailable",
        }
    }

    /// What to tell the person, in a sentence or two, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Rejection::Rate { retry_after } => lang.t_count("refused-rate", saturating(*retry_after)),
            Rejection::Busy { retry_after } => lang.t_count("refused-busy", saturating(*retry_after)),
            Rejection::Port { port, allowed } => {
                let list: Vec<String> = allowed.iter().map(u16::to_string).collect();
                lang.t_with("refused-port", &[("ports", &list.join(", ")), ("port", &port.to_string())])
            }
            Rejection::TooLong { field: field_name, max } => {
                let field = lang.t(&format!("refused-field-{}", field_name.replace('_', "-")));
                lang.t_with(
                    "refused-too-long",
                    &[("field", &field), ("name", field_name), ("max", &max.to_string())],
                )
            }
            Rejection::ForwardedFor => lang.t("refused-forwarded-for"),
            Rejection::Token { .. } => lang.t("refused-token"),
            Rejection::Origin => lang.t("refused-origin"),
            Rejection::SharedDown => lang.t("refused-shared-down"),
        }
    }

    fn retry_after(&self) -> Option<u64> {
        match self {
            Rejection::Rate { retry_after } | Rejection::Busy { retry_after } => Some(*retry_after),
            Rejection::SharedDown => Some(30),
            _ => None,
        }
    }

    /// The answer: JSON for API clients, a page for browsers; the words in `lang`.
    pub fn respond(&self, api: bool, lang: Lang) -> Response {
        let mut resp = if api {
            let body = json!({ "error": self.kind(), "detail": self.message(lang) });
            (self.status(), Json(body)).into_response()
        } else {
            (self.status(), Html(page(&self.message(lang), lang))).into_response()
        };
        let headers = resp.headers_mut();
        if let Some(secs) = self.retry_after() {
            headers.insert(header::RETRY_AFTER, HeaderValue::from(secs.max(1)));
        }
        if let Rejection::Token { basic } = self {
            let challenge = if *basic { "Basic realm=\"maildoctor\"" } else { "Bearer realm=\"maildoctor\"" };
            headers.insert(header::WWW_AUTHENTICATE, HeaderValue::from_static(challenge));
        }
        resp
    }
}

/// A small page for a refused form (escaped: the message holds only our own words and numbers).
fn page(message: &str, lang: Lang) -> String {
    use crate::render::desk::escape;
    let (title, back) = (escape(&lang.t("refused-title")), escape(&lang.t("refused-back")));
    let message = escape(message);
    let code = lang.code();
    format!(
        "<!doctype html><html lang=\"{code}\"><head><meta charset=\"utf-8\"><title>{title} — maildoctor</title>\
         <link rel=\"stylesheet\" href=\"/static/style.css\"></head><body><main><h1>{title}</h1>\
         <p role=\"alert\">{message}</p><p><a href=\"/?lang={code}\">{back}</a></p></main></body></html>"
    )
}

/// Seconds as a count for a message's plural form.
fn saturating(secs: u64) -> i64 {
    i64::try_from(secs).unwrap_or(i64::MAX)
}
