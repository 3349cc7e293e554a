//! The help desk's pages over saved reports: `GET /compare?a=…&b=…` (two reports side by
//! side, open to whoever has both links, like `/r/{id}`) and `GET /desk` (every recent report,
//! filters, pages, a chart of primary findings per hour). The desk is on only when the
//! service has API tokens, and asks for one as the HTTP Basic password (docs/STORE.md).

use axum::Router;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use serde::Deserialize;

use super::AppState;
use super::lang::PageLang;
use crate::compare::{Side, compare};
use crate::i18n::Lang;
use crate::render::desk::{self, Column, DeskFilters, DeskPage, DeskRow};
use crate::report::Report;
use crate::store::{Cursor, Filter, Store, Stored, Vantage};

/// Rows per page of the desk.
pub const PAGE: u32 = 50;

/// Hours the desk's chart covers.
pub const CHART_HOURS: i64 = 24;

/// The routes.
pub fn routes() -> Router<AppState> {
    Router::new().route("/compare", get(compare_page)).route("/desk", get(desk_page))
}

/// `/compare`'s query: two links or ids.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct CompareQuery {
    a: String,
    b: String,
}

/// The id in a link as pasted (`https://desk/r/ID`, `/r/ID`, `ID`).
pub fn id_in(text: &str) -> Option<&str> {
    let last = text.trim().trim_end_matches('/').rsplit('/').next()?;
    let id = last.split(['?', '#']).next()?;
    Store::is_id(id).then_some(id)
}

/// A short page in `lang`: a title and a sentence.
fn plain(status: StatusCode, lang: Lang, title_id: &str, text_id: &str) -> Response {
    super::saved::message_page(status, lang, title_id, text_id, true)
}

async fn load(store: &Store, id: &str) -> Result<Option<(Stored, Report)>, String> {
    match store.get(id).await {
        Ok(Some(stored)) => match serde_json::from_str::<Report>(&stored.json) {
            Ok(report) => Ok(Some((stored, report))),
            Err(e) => Err(format!("a saved report could not be read: {e}")),
        },
        Ok(None) => Ok(None),
        Err(e) => Err(e.to_string()),
    }
}

/// `GET /compare?a=…&b=…`.
async fn compare_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    query: Result<Query<CompareQuery>, QueryRejection>,
) -> Response {
    let q = query.map(|Query(q)| q).unwrap_or_default();
    let Some(store) = state.store() else {
        return plain(StatusCode::NOT_FOUND, lang, "saved-not-found-title", "desk-no-store");
    };
    let (Some(a), Some(b)) = (id_in(&q.a), id_in(&q.b)) else {
        return plain(StatusCode::BAD_REQUEST, lang, "compare-error-title", "compare-need-two");
    };
    let (left, right) = match (load(store, a).await, load(store, b).await) {
        (Ok(Some(l)), Ok(Some(r))) => (l, r),
        (Ok(_), Ok(_)) => {
            return plain(StatusCode::NOT_FOUND, lang, "saved-not-found-title", "compare-missing");
        }
        (Err(e), _) | (_, Err(e)) => {
            tracing::warn!(error = %e, "reports to compare could not be read");
            return plain(
                StatusCode::SERVICE_UNAVAILABLE,
                lang,
                "saved-unavailable-title",
                "saved-unavailable",
            );
        }
    };
    // Both read in the page's language (the words come from the codes).
    let (left, right) = ((left.0, left.1.in_lang(lang)), (right.0, right.1.in_lang(lang)));
    // The desk's report on the left, the user's on the right, whatever the order given.
    let (left, right) = if Vantage::of(&left.0.vantage) == Vantage::UserComputer
        && Vantage::of(&right.0.vantage) == Vantage::Service
    {
        (right, left)
    } else {
        (left, right)
    };
    let who = |s: &Stored| match Vantage::of(&s.vantage) {
        Vantage::UserComputer => lang.t("compare-who-user"),
        Vantage::Service => lang.t("compare-who-desk"),
    };
    let (lw, rw) = (who(&left.0), who(&right.0));
    // Two reports from the same place: tell them apart by when they ran.
    let (lw, rw) = if lw == rw {
        (
            lang.t_with("compare-who-first", &[("who", &lw)]),
            lang.t_with("compare-who-second", &[("who", &rw)]),
        )
    } else {
        (lw, rw)
    };
    let comparison = compare(Side { report: &left.1, who: &lw }, Side { report: &right.1, who: &rw }, lang);
    let (lid, rid) = (id_of(&left), id_of(&right));
    match desk::compare_page(column(&left, &lid, lang), column(&right, &rid, lang), &comparison, lang) {
        Ok(body) => ([(header::CACHE_CONTROL, "no-store")], Html(body)).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "the comparison could not be rendered");
            plain(StatusCode::INTERNAL_SERVER_ERROR, lang, "compare-error-title", "compare-failed")
        }
    }
}

fn column<'a>((stored, report): &'a (Stored, Report), id: &str, lang: Lang) -> Column<'a> {
    Column {
        link: format!("/r/{id}"),
        vantage: Vantage::describe(&stored.vantage, &stored.client_version, lang),
        report,
    }
}

fn id_of((_, report): &(Stored, Report)) -> String {
    report.share.as_deref().and_then(id_in).unwrap_or_default().to_owned()
}

/// `/desk`'s query.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct DeskQuery {
    verdict: String,
    primary: String,
    provider: String,
    host: String,
    ticket: String,
    vantage: String,
    /// `created_at.id` of the last row of the previous page.
    after: String,
}

/// `GET /desk`.
async fn desk_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    query: Result<Query<DeskQuery>, QueryRejection>,
) -> Response {
    if !state.guard().desk_enabled() {
        return plain(StatusCode::NOT_FOUND, lang, "saved-not-found-title", "desk-off");
    }
    let Some(store) = state.store() else {
        return plain(StatusCode::NOT_FOUND, lang, "saved-not-found-title", "desk-no-store");
    };
    let q = query.map(|Query(q)| q).unwrap_or_default();
    let text = |s: &str| Some(s.trim().chars().take(400).collect::<String>()).filter(|s| !s.is_empty());
    let filter = Filter {
        verdict: text(&q.verdict),
        primary: text(&q.primary),
        provider: text(&q.provider),
        host: text(&q.host),
        ticket: text(&q.ticket),
        vantage: text(&q.vantage),
    };
    let after = q.after.split_once('.').and_then(|(t, id)| {
        Some(Cursor { created_at: t.parse().ok()?, id: Store::is_id(id).then(|| id.to_owned())? })
    });
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(0));
    let since = (now - (CHART_HOURS - 1) * 3600) / 3600 * 3600;
    let listed = store.list(&filter, after.as_ref(), PAGE).await;
    let counts = store.counts(&filter, since, 3600).await;
    let total = store.total(&filter).await;
    let failed = listed.is_err() || counts.is_err() || total.is_err();
    if let Some(e) = listed.as_ref().err().or(counts.as_ref().err()).or(total.as_ref().err()) {
        tracing::warn!(error = %e, "the desk could not read the store");
    }
    let (rows, more) = listed.unwrap_or_default();
    let older = more.then(|| rows.last()).flatten().map(|last| {
        let mut query = url::form_urlencoded::Serializer::new(String::new());
        for (k, v) in [
            ("verdict", &q.verdict),
            ("primary", &q.primary),
            ("provider", &q.provider),
            ("host", &q.host),
            ("ticket", &q.ticket),
            ("vantage", &q.vantage),
        ] {
            if !v.trim().is_empty() {
                query.append_pair(k, v.trim());
            }
        }
        query.append_pair("after", &format!("{}.{}", last.created_at, last.id));
        format!("/desk?{}", query.finish())
    });
    let (chart, chart_summary) = desk::chart(&counts.unwrap_or_default(), since, CHART_HOURS);
    let filters = DeskFilters {
        verdict: q.verdict.trim().to_owned(),
        primary: q.primary.trim().to_owned(),
        provider: q.provider.trim().to_owned(),
        host: q.host.trim().to_owned(),
        ticket: q.ticket.trim().to_owned(),
        vantage: q.vantage.trim().to_owned(),
    };
    let page = DeskPage {
        version: "",
        filters: &filters,
        total: total.unwrap_or(0),
        rows: rows.iter().map(DeskRow::from).collect(),
        older,
        chart,
        chart_summary,
        hours: CHART_HOURS,
        failed,
        lang,
    };
    match desk::desk_page(page) {
        Ok(body) => ([(header::CACHE_CONTROL, "no-store")], Html(body)).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "the desk could not be rendered");
            plain(StatusCode::INTERNAL_SERVER_ERROR, lang, "desk-error-title", "desk-not-shown")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_is_found_in_whatever_was_pasted() {
        let id = "AAAAAAAAAAAAAAAAAAAAAA";
        for pasted in [
            id.to_owned(),
            format!("/r/{id}"),
            format!("https://desk.example.com/r/{id}/"),
            format!(" https://x/r/{id}?utm=1 "),
        ] {
            assert_eq!(id_in(&pasted), Some(id), "{pasted}");
        }
        assert_eq!(id_in("https://desk.example.com/r/short"), None);
        assert_eq!(id_in("../../etc/passwd"), None);
    }
}
