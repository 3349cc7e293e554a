//! `GET /static/style.css` and `GET /static/app.js`: the two assets, compiled in.
//!
//! Pages link them as `?v=<hash of their bytes>`; a request carrying the current hash may be
//! cached for a year (`immutable`), anything else must be revalidated. Both carry an `ETag`
//! (the hash) and answer `304` to a matching `If-None-Match`. Compression is the router's
//! `CompressionLayer` (gzip when asked).

use axum::extract::Query;
use axum::extract::rejection::QueryRejection;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use crate::render::html::{APP_JS, STYLE_CSS, asset_version};

/// The `?v=` of an asset URL.
#[derive(Debug, Default, Deserialize)]
pub struct Version {
    #[serde(default)]
    v: String,
}

/// `GET /static/style.css`.
pub async fn style(query: Result<Query<Version>, QueryRejection>, headers: HeaderMap) -> Response {
    asset("text/css; charset=utf-8", STYLE_CSS, query, &headers)
}

/// `GET /static/app.js`.
pub async fn script(query: Result<Query<Version>, QueryRejection>, headers: HeaderMap) -> Response {
    asset("text/javascript; charset=utf-8", APP_JS, query, &headers)
}

fn asset(
    content_type: &'static str,
    body: &'static str,
    query: Result<Query<Version>, QueryRejection>,
    headers: &HeaderMap,
) -> Response {
    let version = asset_version();
    let current = query.is_ok_and(|Query(q)| q.v == version);
    let cache = if current { "public, max-age=31536000, immutable" } else { "public, no-cache" };
    let etag = HeaderValue::from_str(&format!("\"{version}\"")).unwrap_or(HeaderValue::from_static("\"0\""));
    let fresh = headers.get(header::IF_NONE_MATCH).is_some_and(|v| v.as_bytes() == etag.as_bytes());
    let head = [(header::CACHE_CONTROL, HeaderValue::from_static(cache)), (header::ETAG, etag)];
    if fresh {
        return (StatusCode::NOT_MODIFIED, head).into_response();
    }
    let mut response = (head, body).into_response();
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
}
