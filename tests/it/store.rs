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

fn data_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("maildoctor-store-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

async fn store(dir: &std::path::Path, retention: Duration) -> Arc<Store> {
    Store::open(&StoreConfig { data_dir: dir.to_path_buf(), database_url: None, retention })
        .await
        .expect("opens")
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
    let app2 = app(store(&dir, Duration::from_secs(86_400)).await);
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
    assert!(page.body.contains("Saved for 1 days at <a href=\"/r/"), "{}", page.body);
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
    let mut bytes = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        bytes.extend(std::fs::read(entry.unwrap().path()).unwrap());
    }
    let text = String::from_utf8_lossy(&bytes);
    assert!(text.contains("auth.invalid_credentials"), "the report is in the file");
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
    assert!(
        html["data"].as_str().unwrap().contains(&format!("Saved report: {link}")),
        "the ticket summary has it"
    );
    assert_eq!(call(&app, get(&link)).await.status, StatusCode::OK);
}
