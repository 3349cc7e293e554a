//! The HTML pages: `GET /` (the form) and `POST /diagnose` (the finished report). With the
//! script, the same form streams the diagnosis from `POST /api/v1/diagnose/stream` instead
//! (see [`super::stream`]); these handlers are what works without it.
//!
//! Works without JavaScript: the form posts, the server runs the diagnosis and renders the
//! report. What the form cannot send to the engine at all (no server, an unknown protocol)
//! re-renders the form with an accessible error; everything else the engine judges itself and
//! its input findings appear on the report page. The password is read into a [`Password`] and
//! never put back into a page.

use axum::Form;
use axum::extract::rejection::{FormRejection, QueryRejection};
use axum::extract::{Query, State};
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::AppState;
use super::error::PageError;
use super::guard::Admission;
use super::lang::PageLang;
use crate::i18n::Lang;
use crate::render::html::{self, FieldError, FormView};
use crate::secret::Password;
use crate::target::{DiagnoseRequest, Options, Protocol, RawPort, SecurityChoice};

/// The form fields as posted (`application/x-www-form-urlencoded`). Missing fields are empty.
#[derive(Default, Deserialize)]
#[serde(default)]
pub struct DiagnoseForm {
    protocol: String,
    host: String,
    port: String,
    security: String,
    username: String,
    password: Password,
    oauth_token: Password,
    email: String,
    ticket: String,
    /// The page's language, carried by the form (`en`, `de`).
    lang: String,
    test_limits: String,
    send_test: String,
    send_from: String,
    send_to: String,
    allow_insecure_auth: String,
    trust_certificate: String,
}

/// The form page's query: a provider shortcut followed without the script.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct IndexQuery {
    provider: String,
    protocol: String,
    /// From discovery's "Diagnose with these settings": the server to fill in.
    host: String,
    port: String,
    security: String,
}

/// `GET /`: the form, empty or with a provider's servers filled in (`?provider=gmail`).
pub async fn index(
    PageLang(lang): PageLang,
    query: Result<Query<IndexQuery>, QueryRejection>,
) -> Result<Response, PageError> {
    // A mangled query string is not worth an error page: show the empty form.
    let query = query.map(|Query(q)| q).unwrap_or_default();
    let mut view = if query.provider.is_empty() && query.protocol.is_empty() {
        FormView::default()
    } else {
        FormView::for_provider(&query.provider, &query.protocol)
    };
    // A row carried over from discovery (never a password: the form has none to carry).
    if !query.host.is_empty() {
        view.host = query.host.chars().take(255).collect();
        view.port = query.port.chars().filter(char::is_ascii_digit).take(5).collect();
        if matches!(query.security.as_str(), "tls" | "starttls" | "none" | "auto") {
            view.security = query.security;
        }
    }
    let page = html::index_page(&view, lang)?;
    Ok(([(header::CACHE_CONTROL, "no-cache")], Html(page)).into_response())
}

/// `GET /diagnose` (a reload or a bookmark of the report page): back to the form, since a
/// report is only ever the answer to a POST.
pub async fn back_to_form(PageLang(lang): PageLang) -> Redirect {
    // The language picker on a report page links here (`/diagnose?lang=de`): keep the choice.
    Redirect::to(&format!("/?lang={}", lang.code()))
}

/// `POST /diagnose`: runs the diagnosis and renders the report, or re-renders the form.
pub async fn diagnose(
    State(state): State<AppState>,
    id: Option<axum::Extension<crate::telemetry::RequestId>>,
    admission: Admission,
    page_lang: PageLang,
    form: Result<Form<DiagnoseForm>, FormRejection>,
) -> Result<Response, PageError> {
    let lang = page_lang.with_form(form.as_ref().map_or("", |Form(f)| f.lang.as_str()));
    let form = match form {
        Ok(Form(form)) => form,
        Err(rejection) => {
            let view = FormView {
                errors: vec![FieldError { field: "host", message: lang.t("form-unreadable") }],
                ..FormView::default()
            };
            return Ok((rejection.status(), Html(html::index_page(&view, lang)?)).into_response());
        }
    };
    let mut request = match to_request(&form, lang) {
        Ok(request) => request,
        Err(errors) => {
            let view = FormView { errors, ..view_of(&form) };
            return Ok(
                (StatusCode::UNPROCESSABLE_ENTITY, Html(html::index_page(&view, lang)?)).into_response()
            );
        }
    };
    let permit = match admission.diagnosis(&request).await {
        Ok(permit) => permit,
        Err(refused) => return Ok(refused.into_response()),
    };
    request.request_id = id.map(|axum::Extension(crate::telemetry::RequestId(id))| id);
    let mut report = state.engine().diagnose(&request).await;
    let kept = super::saved::keep(&state, &mut report).await;
    let fragment = html::report_fragment(&report, lang)?;
    let page = html::saved_page(&html::heading(&report, lang), &fragment, kept.view(), lang)?;
    // The page holds what was typed (not the password): keep it out of shared caches.
    let mut resp = ([(header::CACHE_CONTROL, "no-store")], Html(page)).into_response();
    resp.extensions_mut().insert(permit);
    Ok(resp)
}

/// What the form shows again: everything typed except the password.
fn view_of(form: &DiagnoseForm) -> FormView {
    FormView {
        protocol: form.protocol.clone(),
        host: form.host.clone(),
        port: form.port.clone(),
        security: form.security.clone(),
        username: form.username.clone(),
        email: form.email.clone(),
        ticket: form.ticket.clone(),
        test_limits: ticked(&form.test_limits),
        send_test: ticked(&form.send_test),
        send_from: form.send_from.clone(),
        send_to: form.send_to.clone(),
        allow_insecure_auth: ticked(&form.allow_insecure_auth),
        trust_certificate: ticked(&form.trust_certificate),
        provider: String::new(),
        errors: Vec::new(),
    }
}

/// A checkbox's value: present (any value but `off`/`false`) means ticked.
fn ticked(value: &str) -> bool {
    !matches!(value.trim(), "" | "off" | "false" | "0")
}

/// Builds the engine's request; the errors are what the form must ask again.
fn to_request(form: &DiagnoseForm, lang: Lang) -> Result<DiagnoseRequest, Vec<FieldError>> {
    let mut errors = Vec::new();
    let protocol = match form.protocol.trim() {
        "imap" | "" => Some(Protocol::Imap),
        "pop3" | "pop" => Some(Protocol::Pop3),
        "smtp" => Some(Protocol::Smtp),
        _ => None,
    };
    if protocol.is_none() {
        errors.push(FieldError { field: "protocol", message: lang.t("field-protocol-missing") });
    }
    let security = match form.security.trim() {
        "auto" | "" => Some(SecurityChoice::Auto),
        "tls" | "ssl" => Some(SecurityChoice::Tls),
        "starttls" => Some(SecurityChoice::Starttls),
        "none" => Some(SecurityChoice::None),
        _ => None,
    };
    if security.is_none() {
        errors.push(FieldError { field: "security", message: lang.t("field-security-missing") });
    }
    if form.host.trim().is_empty() {
        errors.push(FieldError { field: "host", message: lang.t("field-host-missing") });
    }
    let (Some(protocol), Some(security), true) = (protocol, security, errors.is_empty()) else {
        return Err(errors);
    };
    let text = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
    Ok(DiagnoseRequest {
        protocol: Some(protocol),
        host: form.host.trim().to_owned(),
        port: text(&form.port).map(RawPort),
        security: Some(security),
        username: text(&form.username),
        password: Some(form.password.clone()).filter(Password::is_given),
        email: text(&form.email),
        oauth_token: Some(form.oauth_token.clone()).filter(Password::is_given),
        ca_pem: None,
        options: Options {
            test_limits: ticked(&form.test_limits),
            allow_insecure_auth: ticked(&form.allow_insecure_auth),
            trust_certificate: ticked(&form.trust_certificate),
            timeout_secs: None,
            connection_limit_cap: None,
            send_test: ticked(&form.send_test),
            send_from: text(&form.send_from),
            send_to: text(&form.send_to),
        },
        ticket: text(&form.ticket),
        lang: Some(lang.code().to_owned()),
        request_id: None,
    })
}
