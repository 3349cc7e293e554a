//! Saved reports over HTTP: a finished diagnosis (API, form, stream) is kept ([`keep`]) and can be opened again by
//! its link (`GET /r/{id}`, `GET /api/v1/reports/{id}`) and deleted by whoever ran it (the
//! deletion token is shown once, on the page and in the `Maildoctor-Delete-Token` header).
//! Expired, deleted and unknown ids get a plain 404. The store being down never fails a
//! diagnosis: the page says the report could not be saved (docs/STORE.md).

use std::sync::Arc;

use axum::Form;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use super::AppState;
use super::error::ApiError;
use super::lang::PageLang;
use crate::i18n::Lang;
use crate::render::html::{self, SavedView};
use crate::report::Report;
use crate::store::{NewReport, Store, Vantage};

/// The response header that carries the deletion token of a report just saved.
pub const DELETE_TOKEN: HeaderName = HeaderName::from_static("maildoctor-delete-token");

/// What [`keep`] did.
#[derive(Debug, Default)]
pub struct Kept {
    /// `/r/{id}`.
    pub link: Option<String>,
    /// The deletion token (shown once).
    pub token: Option<String>,
    /// The store could not take it.
    pub failed: bool,
    /// How many days it is kept.
    pub days: u32,
}

impl Kept {
    /// What the report page says about it.
    pub fn view(&self) -> SavedView<'_> {
        SavedView {
            link: self.link.as_deref(),
            delete_token: self.token.as_deref(),
            days: self.days,
            vantage: None,
            ticket: None,
            failed: self.failed,
        }
    }

    /// Adds the deletion token header to an API answer.
    pub fn add_header(&self, headers: &mut HeaderMap) {
        if let Some(value) = self.token.as_deref().and_then(|t| HeaderValue::from_str(t).ok()) {
            headers.insert(DELETE_TOKEN, value);
        }
    }
}

/// Keeps `report` when the service saves reports: sets its share link first (so the ticket
/// summary and the JSON carry it), takes it back if saving fails.
pub async fn keep(state: &AppState, report: &mut Report) -> Kept {
    let Some(store) = state.store() else { return Kept::default() };
    let saved = save(state, store, report, Vantage::Service, env!("CARGO_PKG_VERSION")).await;
    match saved {
        Ok((link, token)) => {
            Kept { link: Some(link), token: Some(token), failed: false, days: store.retention_days() }
        }
        Err(error) => {
            tracing::warn!(%error, "the report could not be saved");
            Kept { failed: true, ..Kept::default() }
        }
    }
}

/// Saves `report` (its share link set first, taken back on failure) as run from `vantage`
/// by maildoctor `version`; its link and deletion token. Counted in the metrics.
pub(super) async fn save(
    state: &AppState,
    store: &Store,
    report: &mut Report,
    vantage: Vantage,
    version: &str,
) -> Result<(String, String), String> {
    let id = Store::new_id().map_err(|e| e.to_string())?;
    let link = format!("/r/{id}");
    report.share = Some(link.clone());
    // Only the JSON is kept: the page is rendered from it when the link is opened (a fifth of
    // the bytes; rows saved by builds that kept the page still show theirs if need be).
    let saved = match serde_json::to_string(&*report) {
        Ok(json) => {
            let new = NewReport {
                json: &json,
                page: "",
                heading: &html::heading(report, crate::i18n::Lang::En),
                verdict: report.verdict.name(),
                primary: report.primary.map(|c| c.id()),
                provider: report.provider.as_ref().map(|p| p.id.as_str()),
                host: &report.request.host,
                vantage,
                ticket: report.request.ticket.as_deref(),
                client_version: version,
            };
            store.save(&id, &new).await.map_err(|e| e.to_string())
        }
        Err(e) => Err(e.to_string()),
    };
    state.guard().metrics().report_saved(saved.is_ok());
    match saved {
        Ok(token) => Ok((link, token)),
        Err(e) => {
            report.share = None;
            Err(e)
        }
    }
}

/// The saved-report routes.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/r/{id}", get(page))
        .route("/r/{id}/delete", post(delete_page))
        .route("/api/v1/reports/{id}", get(api_get).delete(api_delete))
}

fn store_of(state: &AppState) -> Option<&Arc<Store>> {
    state.store()
}

/// A short page that only says something (`title_id`, `text_id`), with a link to the form
/// when `link`.
pub(super) fn message_page(
    status: StatusCode,
    lang: Lang,
    title_id: &str,
    text_id: &str,
    link: bool,
) -> Response {
    use crate::render::desk::escape;
    let link = if link {
        format!("<p><a href=\"/?lang={}\">{}</a></p>", lang.code(), escape(&lang.t("saved-check-link")))
    } else {
        String::new()
    };
    let body = format!(
        "<!doctype html><html lang=\"{}\"><meta charset=utf-8><title>{} — maildoctor</title><p>{}</p>{link}",
        lang.code(),
        escape(&lang.t(title_id)),
        escape(&lang.t(text_id)),
    );
    (status, [(header::CACHE_CONTROL, "no-store")], Html(body)).into_response()
}

fn not_found_page(lang: Lang) -> Response {
    message_page(StatusCode::NOT_FOUND, lang, "saved-not-found-title", "saved-not-found", true)
}

fn unavailable_page(lang: Lang) -> Response {
    message_page(StatusCode::SERVICE_UNAVAILABLE, lang, "saved-unavailable-title", "saved-unavailable", false)
}

/// `GET /r/{id}`: the saved report's page.
async fn page(State(state): State<AppState>, PageLang(lang): PageLang, Path(id): Path<String>) -> Response {
    let Some(store) = store_of(&state) else { return not_found_page(lang) };
    match store.get(&id).await {
        Ok(Some(stored)) => {
            let link = format!("/r/{id}");
            let view = SavedView {
                link: Some(&link),
                delete_token: None,
                days: store.retention_days(),
                vantage: Some(Vantage::describe(&stored.vantage, &stored.client_version, lang)),
                ticket: stored.ticket.as_deref(),
                failed: false,
            };
            let rendered = serde_json::from_str::<Report>(&stored.json)
                .map(|r| html::report_fragment(&r, lang).map(|f| (html::heading(&r, lang), f)));
            let (heading, fragment) = match rendered {
                Ok(Ok(rendered)) => rendered,
                _ if !stored.page.is_empty() => (heading_of(&stored.heading).to_owned(), stored.page.clone()),
                _ => {
                    tracing::warn!("a saved report could not be rendered");
                    return unavailable_page(lang);
                }
            };
            match html::saved_page(&heading, &fragment, view, lang) {
                Ok(body) => ([(header::CACHE_CONTROL, "no-store")], Html(body)).into_response(),
                Err(_) => unavailable_page(lang),
            }
        }
        Ok(None) => not_found_page(lang),
        Err(e) => {
            tracing::warn!(error = %e, "a saved report could not be read");
            unavailable_page(lang)
        }
    }
}

/// The stored title among the few the renderer makes (a `&'static str` for the template).
fn heading_of(stored: &str) -> &'static str {
    ["No problems found", "It works, but something should change", "It does not work yet"]
        .into_iter()
        .find(|h| *h == stored)
        .unwrap_or("Saved report")
}

/// The deletion form.
#[derive(Debug, Deserialize)]
struct DeleteForm {
    token: String,
}

/// `POST /r/{id}/delete`.
async fn delete_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path(id): Path<String>,
    Form(form): Form<DeleteForm>,
) -> Response {
    let Some(store) = store_of(&state) else { return not_found_page(lang) };
    match store.delete(&id, &form.token).await {
        Ok(true) => message_page(StatusCode::OK, lang, "saved-deleted-title", "saved-deleted", true),
        Ok(false) => not_found_page(lang),
        Err(_) => unavailable_page(lang),
    }
}

/// `GET /api/v1/reports/{id}`: the saved report's JSON.
#[utoipa::path(
    get,
    path = "/api/v1/reports/{id}",
    operation_id = "getReport",
    summary = "A saved report, by the id of its share link.",
    params(("id" = String, Path, description = "The id of `/r/{id}` (22 characters).")),
    responses(
        (status = 200, description = "The report as it was saved.", body = Report),
        (status = 404, description = "Deleted, expired or never saved.", body = ApiError),
        (status = 503, description = "The store cannot be read now.", body = ApiError),
        super::openapi::TokenErrors
    ),
    security((), ("bearer" = []))
)]
pub(super) async fn api_get(State(state): State<AppState>, Path(id): Path<String>) -> Response {
    let missing = || {
        ApiError::new(StatusCode::NOT_FOUND, "not_found", "no such report: deleted, expired or never saved")
    };
    let Some(store) = store_of(&state) else { return missing().into_response() };
    match store.get(&id).await {
        Ok(Some(stored)) => {
            ([(header::CONTENT_TYPE, "application/json"), (header::CACHE_CONTROL, "no-store")], stored.json)
                .into_response()
        }
        Ok(None) => missing().into_response(),
        Err(e) => {
            ApiError::new(StatusCode::SERVICE_UNAVAILABLE, "store_unavailable", e.to_string()).into_response()
        }
    }
}

/// `DELETE /api/v1/reports/{id}` with the `Maildoctor-Delete-Token` header.
#[utoipa::path(
    delete,
    path = "/api/v1/reports/{id}",
    operation_id = "deleteReport",
    summary = "Deletes a saved report; needs the deletion token given when it was saved.",
    params(
        ("id" = String, Path, description = "The id of `/r/{id}`."),
        ("Maildoctor-Delete-Token" = String, Header, description = "The token from the diagnosis's answer header.")
    ),
    responses(
        (status = 204, description = "Deleted."),
        (status = 404, description = "No such report, or another token.", body = ApiError),
        (status = 503, description = "The store cannot be reached now.", body = ApiError),
        super::openapi::TokenErrors
    ),
    security((), ("bearer" = []))
)]
pub(super) async fn api_delete(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Response {
    let missing =
        || ApiError::new(StatusCode::NOT_FOUND, "not_found", "no such report, or another deletion token");
    let Some(store) = store_of(&state) else { return missing().into_response() };
    let token = headers.get(DELETE_TOKEN).and_then(|v| v.to_str().ok()).unwrap_or_default();
    match store.delete(&id, token).await {
        Ok(true) => StatusCode::NO_CONTENT.into_response(),
        Ok(false) => missing().into_response(),
        Err(e) => {
            ApiError::new(StatusCode::SERVICE_UNAVAILABLE, "store_unavailable", e.to_string()).into_response()
        }
    }
}
