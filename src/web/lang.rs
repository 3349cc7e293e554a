//! The language of a page request ([`PageLang`]): `?lang=` when it names a language maildoctor
//! speaks, else the best of `Accept-Language`, else English (src/i18n.rs). The form carries
//! the choice on as a hidden `lang` field and the links as `?lang=`, so it holds without
//! JavaScript or cookies.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};

use crate::i18n::Lang;

/// The negotiated language of a page request.
#[derive(Clone, Copy, Debug)]
pub struct PageLang(pub Lang);

impl<S: Send + Sync> FromRequestParts<S> for PageLang {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(PageLang(negotiate(parts.uri.query(), &parts.headers)))
    }
}

/// The language of a request from its query (`lang=`) and headers (`Accept-Language`), for
/// the extractor and for the middleware that answers before any handler (refusals, API errors).
pub fn negotiate(query: Option<&str>, headers: &HeaderMap) -> Lang {
    let explicit = query.and_then(|q| {
        url::form_urlencoded::parse(q.as_bytes()).find(|(k, _)| k == "lang").map(|(_, v)| v.into_owned())
    });
    let accept = headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    Lang::negotiate(explicit.as_deref(), accept)
}

impl PageLang {
    /// The language, with a form's own `lang` field (a POST carries it in the body) first.
    pub fn with_form(self, field: &str) -> Lang {
        Lang::from_tag(field).unwrap_or(self.0)
    }
}
