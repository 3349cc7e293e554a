//! The discovery face on the web: `GET /api/v1/discover?email=` (JSON) and `GET /discover`
//! (the page with the settings table; without an address, just the form).
//!
//! Both run [`crate::discover::discover`] with the service's own settings (resolver, address
//! policy, trust), so a public instance discovers under the same rules it diagnoses under.

use askama::Template;
use axum::Json;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use serde::Deserialize;

use super::AppState;
use super::error::{ApiError, PageError};
use super::guard::Admission;
use crate::discover::{self, DiscoverError, DiscoverOptions, Discovery, Outcome};
use crate::i18n::Lang;
use crate::render::html::asset_version;

/// The query string: `?email=user@example.com`.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct DiscoverQuery {
    email: String,
}

/// `GET /api/v1/discover?email=`: the discovery as JSON (`422` for something not an address).
#[utoipa::path(
    get,
    path = "/api/v1/discover",
    operation_id = "discover",
    summary = "Find the mail server settings for an e-mail address.",
    params(
        ("email" = String, Query, description = "The e-mail address (never logged)."),
        ("lang" = Option<String>, Query, description = "The language of the sentences (en, de, es, fr, it, nl, pl, pt-BR, zh-CN); default: Accept-Language, else English.")
    ),
    responses(
        (status = 200, description = "What was found, confirmed or suggested.", body = Discovery),
        super::openapi::DiscoverErrors
    ),
    security((), ("bearer" = []))
)]
pub async fn api(
    State(state): State<AppState>,
    admission: Admission,
    super::lang::PageLang(lang): super::lang::PageLang,
    query: Result<Query<DiscoverQuery>, QueryRejection>,
) -> Result<Response, Response> {
    let email = query.map(|Query(q)| q.email).unwrap_or_default();
    if email.trim().is_empty() {
        return Err(ApiError::invalid("the query needs ?email=user@example.com").into_response());
    }
    let permit = admission.discovery(&email).await.map_err(IntoResponse::into_response)?;
    let mut resp = match run(&state, &email, lang).await {
        Ok(found) => ([(header::CACHE_CONTROL, "no-store")], Json(found)).into_response(),
        Err(DiscoverError::BadAddress(why)) => ApiError::invalid(why).into_response(),
        Err(e) => ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", e.to_string()).into_response(),
    };
    resp.extensions_mut().insert(permit);
    Ok(resp)
}

/// The discovery page.
#[derive(Debug, Template)]
#[template(path = "discover.html")]
pub struct DiscoverPage {
    /// What was typed.
    pub email: String,
    /// Why it cannot be used, if so.
    pub error: Option<String>,
    /// The result, when an address was given.
    pub found: Option<Discovery>,
    /// The message id of the headline for the result.
    pub heading: &'static str,
    /// `ok`, `warning` or `error` (the verdict colours).
    pub class: &'static str,
    /// Stylesheet version.
    pub version: &'static str,
    /// The page's language (its chrome).
    pub lang: Lang,
}

impl DiscoverPage {
    /// "For jo@example.com (120 ms)."
    pub fn for_line(&self, d: &Discovery) -> String {
        self.lang.t_with("discover-for", &[("email", &d.email), ("ms", &d.duration_ms.to_string())])
    }

    /// A row's role ("Incoming mail (IMAP) server") in the page's language.
    pub fn role(&self, row: &crate::discover::model::Row) -> String {
        self.lang.t(crate::render::role_id(row.protocol))
    }

    /// The message id of a row's status badge.
    pub fn status_id(&self, row: &crate::discover::model::Row) -> &'static str {
        match row.status {
            crate::discover::model::RowStatus::Confirmed => "discover-status-confirmed",
            crate::discover::model::RowStatus::Suggested => "discover-status-suggested",
        }
    }

    /// A row's user-name form in the page's language.
    pub fn username(&self, row: &crate::discover::model::Row) -> String {
        crate::discover::text::username(&row.username, self.lang)
    }
}

/// `GET /discover[?email=]`: the form, and the settings table when an address was given.
pub async fn page(
    State(state): State<AppState>,
    admission: Admission,
    super::lang::PageLang(lang): super::lang::PageLang,
    query: Result<Query<DiscoverQuery>, QueryRejection>,
) -> Result<Response, PageError> {
    let email = query.map(|Query(q)| q.email.trim().to_owned()).unwrap_or_default();
    let mut view = DiscoverPage {
        email: email.clone(),
        error: None,
        found: None,
        heading: "",
        class: "",
        version: asset_version(),
        lang,
    };
    let mut status = StatusCode::OK;
    let mut permit = None;
    if !email.is_empty() {
        permit = match admission.discovery(&email).await {
            Ok(permit) => Some(permit),
            Err(refused) => return Ok(refused.into_response()),
        };
        match run(&state, &email, lang).await {
            Ok(found) => {
                (view.heading, view.class) = match found.outcome {
                    Outcome::Confirmed => ("discover-confirmed", "ok"),
                    Outcome::Suggested => ("discover-suggested", "warning"),
                    Outcome::Nothing => ("discover-nothing", "error"),
                };
                view.found = Some(found);
            }
            Err(e) => {
                status = StatusCode::UNPROCESSABLE_ENTITY;
                view.error = Some(e.to_string());
            }
        }
    }
    let html = view.render()?;
    let mut resp = (status, [(header::CACHE_CONTROL, "no-store")], Html(html)).into_response();
    if let Some(permit) = permit {
        resp.extensions_mut().insert(permit);
    }
    Ok(resp)
}

/// Runs one discovery and records its outcome and time in the service's metrics.
async fn run(state: &AppState, email: &str, lang: Lang) -> Result<Discovery, DiscoverError> {
    let started = std::time::Instant::now();
    let found = discover::discover(state.engine().settings(), email, options(state, lang)).await;
    let outcome = match &found {
        Ok(found) => match found.outcome {
            Outcome::Confirmed => "confirmed",
            Outcome::Suggested => "suggested",
            Outcome::Nothing => "nothing",
        },
        Err(_) => "refused",
    };
    state.guard().metrics().discovered(outcome, started.elapsed().as_secs_f64());
    found
}

/// Discovery options for the service: probes only go to the ports the guard allows.
fn options(state: &AppState, lang: Lang) -> DiscoverOptions {
    DiscoverOptions { allowed_ports: state.guard().allowed_ports(), lang, ..DiscoverOptions::default() }
}
