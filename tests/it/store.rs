//! Saved reports (SQLite in a temporary directory, the default back end): a finished
//! diagnosis is kept with a share link, opens again as a page and as JSON, survives a restart,
//! is deleted by its token only, expires, never holds the password, and a store that does not
//! answer never fails the diagnosis.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use maildoctor::store::{Store, StoreConfig};
use maildoctor::web::{AppState, router};

use crate::support;
use crate::support::fake_server::{Dialect, FakeServer, Step, send};

const PASSWORD: &str = "s3cret-stored-nowhere";

/// A loopback port nobody listens on.
fn closed_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

pub fn data_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("maildoctor-store-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// The store under test: SQLite in `dir`, or — when the test script set
/// `MAILDOCTOR_TEST_PG_URL` (a throwaway PostgreSQL cluster on loopback) — a fresh database of
/// that server named after `dir`, so every test here runs against both back ends.
pub async fn store(dir: &std::path::Path, retention: Duration) -> Arc<Store> {
    let database_url = match std::env::var("MAILDOCTOR_TEST_PG_URL") {
        Ok(admin) => Some(fresh_database(&admin, dir).await),
        Err(_) => None,
    };
    Store::open(&StoreConfig { data_dir: dir.to_path_buf(), database_url, retention }).await.expect("opens")
}

/// The store of `dir` opened again (a restart): the same SQLite file or PostgreSQL database.
async fn reopen(dir: &std::path::Path, retention: Duration) -> Arc<Store> {
    let database_url = std::env::var("MAILDOCTOR_TEST_PG_URL").ok().map(|admin| database_of(&admin, dir));
    Store::open(&StoreConfig { data_dir: dir.to_path_buf(), database_url, retention }).await.expect("opens")
}

fn db_name(dir: &std::path::Path) -> String {
    dir.file_name()
        .unwrap()
        .to_string_lossy()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '_' })
        .collect()
}

fn database_of(admin: &str, dir: &std::path::Path) -> String {
    let (base, _) = admin.rsplit_once('/').expect("postgres://…/db");
    format!("{base}/{}", db_name(dir))
}

/// Creates (again) the database for `dir` on the server of `admin`; its URL.
async fn fresh_database(admin: &str, dir: &std::path::Path) -> String {
    use sqlx::Connection as _;
    let name = db_name(dir);
    let mut conn = sqlx::PgConnection::connect(admin).await.expect("the test PostgreSQL answers");
    sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).execute(&mut conn).await.unwrap();
    sqlx::query(&format!("CREATE DATABASE {name}")).execute(&mut conn).await.unwrap();
    database_of(admin, dir)
}

/// Everything the store holds for `dir`, as text: the SQLite files' bytes, or every row of
/// the PostgreSQL database (for the no-password checks).
pub async fn stored_text(dir: &std::path::Path) -> String {
    if let Ok(admin) = std::env::var("MAILDOCTOR_TEST_PG_URL") {
        use sqlx::Connection as _;
        let mut conn = sqlx::PgConnection::connect(&database_of(&admin, dir)).await.unwrap();
        let rows: Vec<(String,)> =
            sqlx::query_as("SELECT row_to_json(r)::text FROM reports r").fetch_all(&mut conn).await.unwrap();
        return rows.into_iter().map(|(r,)| r).collect::<Vec<_>>().join("\n");
    }
    let mut bytes = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        bytes.extend(std::fs::read(entry.unwrap().path()).unwrap());
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

fn app(store: Arc<Store>) -> axum::Router {
    router(AppState::new(Arc::new(support::engine(None))).with_store(store))
}

struct Answer {
    status: StatusCode,
    token: Option<String>,
    body: String,
}

async fn call(app: &axum::Router, req: Request<Body>) -> Answer {
    let (status, headers, bytes) = support::openapi::answer(app.clone(), req).await;
    let token = headers.get("maildoctor-delete-token").and_then(|v| v.to_str().ok()).map(str::to_owned);
    Answer { status, token, body: String::from_utf8_lossy(&bytes).into_owned() }
}

fn diagnose(port: u16, password: bool) -> Request<Body> {
    let secret = if password {
        format!(r#","username":"ann","password":"{PASSWORD}","options":{{"allow_insecure_auth":true}}"#)
    } else {
        String::new()
    };
    let body = format!(r#"{{"protocol":"imap","host":"127.0.0.1","port":{port},"security":"none"{secret}}}"#);
    Request::post("/api/v1/diagnose")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body))
        .unwrap()
}

fn get(path: &str) -> Request<Body> {
    Request::get(path).body(Body::empty()).unwrap()
}

fn delete(path: &str, token: &str) -> Request<Body> {
    Request::delete(path).header("maildoctor-delete-token", token).body(Body::empty()).unwrap()
}

#[tokio::test]
async fn a_saved_report_opens_by_its_link_survives_a_restart_and_is_deleted_by_its_token_only() {
    let dir = data_dir("roundtrip");
    let app1 = app(store(&dir, Duration::from_secs(86_400)).await);
    let ran = call(&app1, diagnose(closed_port(), false)).await;
    assert_eq!(ran.status, StatusCode::OK, "{}", ran.body);
    let report: serde_json::Value = serde_json::from_str(&ran.body).unwrap();
    let link = report["share"].as_str().expect("a share link").to_owned();
    let id = link.strip_prefix("/r/").expect("/r/{id}").to_owned();
    assert_eq!(id.len(), 22, "128 bits, base64url: {id}");
    let token = ran.token.expect("the deletion token, once");
    drop(app1);

    // Another process later: the same data directory.
    let app2 = app(reopen(&dir, Duration::from_secs(86_400)).await);
    let json = call(&app2, get(&format!("/api/v1/reports/{id}"))).await;
    assert_eq!(json.status, StatusCode::OK);
    assert_eq!(serde_json::from_str::<serde_json::Value>(&json.body).unwrap(), report, "the same report");
    let page = call(&app2, get(&link)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("tcp.refused") && page.body.contains("Share this report"), "{}", page.body);
    assert!(page.body.contains("Run from the help desk"), "the vantage point is shown");
    assert!(page.body.contains(&format!("Saved report: {link}")), "the ticket summary carries the link");
    assert!(!page.body.contains(&token), "the deletion token is shown only to whoever ran it");

    assert_eq!(
        call(&app2, delete(&format!("/api/v1/reports/{id}"), "not-the-token")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(call(&app2, get(&link)).await.status, StatusCode::OK, "still there");
    assert_eq!(
        call(&app2, delete(&format!("/api/v1/reports/{id}"), &token)).await.status,
        StatusCode::NO_CONTENT
    );
    let gone = call(&app2, get(&link)).await;
    assert_eq!(gone.status, StatusCode::NOT_FOUND);
    assert!(gone.body.contains("deleted, or it has expired"), "a plain page: {}", gone.body);
    let gone = call(&app2, get(&format!("/api/v1/reports/{id}"))).await;
    assert_eq!((gone.status, gone.body.contains("not_found")), (StatusCode::NOT_FOUND, true));
    assert_eq!(call(&app2, get("/r/..%2F..%2Fetc%2Fpasswd")).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_form_page_offers_the_link_and_a_delete_button() {
    let dir = data_dir("form");
    let app = app(store(&dir, Duration::from_secs(86_400)).await);
    let body = format!("protocol=imap&host=127.0.0.1&port={}&security=none", closed_port());
    let req = Request::post("/diagnose")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(body))
        .unwrap();
    let page = call(&app, req).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Saved for 1 day at <a href=\"/r/"), "{}", page.body);
    assert!(page.body.contains("Delete the saved report"), "{}", page.body);
}

#[tokio::test]
async fn an_expired_report_is_gone_and_purged() {
    let dir = data_dir("expired");
    let store = store(&dir, Duration::ZERO).await;
    let app = app(Arc::clone(&store));
    let ran = call(&app, diagnose(closed_port(), false)).await;
    let report: serde_json::Value = serde_json::from_str(&ran.body).unwrap();
    let link = report["share"].as_str().expect("saved").to_owned();
    assert_eq!(
        call(&app, get(&link)).await.status,
        StatusCode::NOT_FOUND,
        "kept for 0 days: expired at once"
    );
    assert_eq!(store.purge().await.unwrap(), 1, "the purge deletes it");
}

#[tokio::test]
async fn the_database_file_never_holds_the_password() {
    let server = FakeServer::plain(
        Dialect::Imap,
        vec![
            send("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready"),
            Step::Recv,
            send("{tag} NO [AUTHENTICATIONFAILED] Authentication failed."),
        ],
    )
    .await;
    let dir = data_dir("secret");
    let app = app(store(&dir, Duration::from_secs(86_400)).await);
    let ran = call(&app, diagnose(server.port(), true)).await;
    assert!(ran.body.contains("auth.invalid_credentials"), "{}", ran.body);
    assert!(ran.body.contains("\"share\""), "saved");
    let text = stored_text(&dir).await;
    assert!(text.contains("auth.invalid_credentials"), "the report is in the store");
    use base64::Engine as _;
    let plain = base64::engine::general_purpose::STANDARD.encode(format!("\0ann\0{PASSWORD}"));
    for form in [PASSWORD.to_owned(), plain] {
        assert!(!text.contains(&form), "a password form reached the database: {form}");
    }
}

#[tokio::test]
async fn a_store_that_does_not_answer_never_fails_the_diagnosis() {
    // PostgreSQL on a port nobody listens on: opened lazily, never set up.
    let url = format!("postgres://maildoctor@127.0.0.1:{}/maildoctor", closed_port());
    let config = StoreConfig {
        data_dir: data_dir("down"),
        database_url: Some(url),
        retention: Duration::from_secs(86_400),
    };
    let store = Store::open(&config).await.expect("opens lazily");
    let app = app(store);
    let ran = call(&app, diagnose(closed_port(), false)).await;
    assert_eq!(ran.status, StatusCode::OK);
    assert!(!ran.body.contains("\"share\""), "no link to a report that was not saved");
    let body = format!("protocol=imap&host=127.0.0.1&port={}&security=none", closed_port());
    let req = Request::post("/diagnose")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(body))
        .unwrap();
    let page = call(&app, req).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("could not be saved"), "{}", page.body);
    let ready = call(&app, get("/readyz")).await;
    assert_eq!(ready.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(ready.body.contains("report store"), "{}", ready.body);
    assert_eq!(call(&app, get("/healthz")).await.status, StatusCode::OK);
    let metrics = call(&app, get("/metrics")).await.body;
    assert!(metrics.contains("maildoctor_reports_saved_total{result=\"failed\"} 2"), "{metrics}");
}

#[tokio::test]
async fn a_streamed_diagnosis_is_saved_too_and_its_report_event_carries_the_link() {
    let dir = data_dir("stream");
    let app = app(store(&dir, Duration::from_secs(86_400)).await);
    let body =
        format!(r#"{{"protocol":"imap","host":"127.0.0.1","port":{},"security":"none"}}"#, closed_port());
    let req = Request::post("/api/v1/diagnose/stream")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body))
        .unwrap();
    let streamed = call(&app, req).await;
    assert_eq!(streamed.status, StatusCode::OK);
    let events = support::openapi::events(streamed.body.as_bytes());
    let report = events.iter().find(|e| e["event"] == "report").expect("a report event");
    let link = report["data"]["share"].as_str().expect("saved, with a link").to_owned();
    let html = events.iter().find(|e| e["event"] == "report_html").expect("its page fragment");
    let html = html["data"].as_str().unwrap();
    assert!(html.contains(&format!("Saved report: {link}")), "the ticket summary has it");
    // The live page gets the share section the page without the script has.
    assert!(html.contains("Share this report") && html.contains("data-copy=\"share-link\""), "{html}");
    assert!(html.contains("Compare side by side") && html.contains("Delete the saved report"), "{html}");
    assert_eq!(call(&app, get(&link)).await.status, StatusCode::OK);
}
