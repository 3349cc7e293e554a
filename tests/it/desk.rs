//! The help desk's side of saved reports: a report uploaded from the user's computer (the API
//! and `maildoctor check --share`), strictly checked; two reports side by side with what their
//! difference means; and `/desk` (behind a token, filters, pages, a chart). Runs against SQLite,
//! and against PostgreSQL too when the test script provides one (see `store::store`).

use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use base64::Engine as _;
use maildoctor::config::{Access, Limits};
use maildoctor::store::Store;
use maildoctor::web::guard::Guard;
use maildoctor::web::{AppState, router};
use serde_json::{Value, json};

use super::store::{data_dir, store, stored_text};
use crate::support;
use crate::support::fake_server::{Dialect, FakeServer, send};

const TOKEN: &str = "desk-token-0123456789abcdef";

fn app(store: Arc<Store>, tokens: bool) -> axum::Router {
    let access =
        Access { api_tokens: if tokens { vec![TOKEN.to_owned()] } else { Vec::new() }, protect_form: false };
    let limits = Limits { allowed_ports: None, ..Limits::unlimited() };
    router(AppState::with_guard(support::engine(None), Guard::new(limits, access)).with_store(store))
}

async fn call(app: &axum::Router, req: Request<Body>) -> (StatusCode, String) {
    let (status, _, bytes) = support::openapi::answer(app.clone(), req).await;
    (status, String::from_utf8_lossy(&bytes).into_owned())
}

fn bearer(req: axum::http::request::Builder) -> axum::http::request::Builder {
    req.header(header::AUTHORIZATION, format!("Bearer {TOKEN}"))
}

fn basic() -> String {
    format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(format!("desk:{TOKEN}")))
}

fn closed_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// A finished report of the service for `port` (JSON), with an optional ticket.
async fn diagnose(app: &axum::Router, port: u16, ticket: Option<&str>) -> Value {
    let mut body = json!({"protocol": "imap", "host": "127.0.0.1", "port": port, "security": "none"});
    if let Some(t) = ticket {
        body["ticket"] = json!(t);
    }
    let req = bearer(Request::post("/api/v1/diagnose"))
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body.to_string()))
        .unwrap();
    let (status, text) = call(app, req).await;
    assert_eq!(status, StatusCode::OK, "{text}");
    serde_json::from_str(&text).unwrap()
}

fn upload(body: &str) -> Request<Body> {
    bearer(Request::post("/api/v1/reports"))
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body.to_owned()))
        .unwrap()
}

fn get(path: &str) -> Request<Body> {
    Request::get(path).header(header::AUTHORIZATION, basic()).body(Body::empty()).unwrap()
}

/// A report as the CLI makes it: run by an engine on "the user's computer" (here: a report of
/// the service with its share link taken off, as `check --json` prints it).
fn as_cli_report(mut report: Value) -> Value {
    report.as_object_mut().unwrap().remove("share");
    report.as_object_mut().unwrap().remove("request_id");
    report
}

#[tokio::test]
async fn an_uploaded_report_is_kept_marked_as_run_from_the_users_computer() {
    let dir = data_dir("upload");
    let app = app(store(&dir, Duration::from_secs(86_400)).await, true);
    let report = as_cli_report(diagnose(&app, closed_port(), Some("HD-4711")).await);
    let body = json!({"client_version": "0.9.0", "report": report}).to_string();
    let (status, text) = call(&app, upload(&body)).await;
    assert_eq!(status, StatusCode::CREATED, "{text}");
    let answer: Value = serde_json::from_str(&text).unwrap();
    let link = answer["link"].as_str().unwrap().to_owned();
    assert!(answer["delete_token"].as_str().is_some_and(|t| t.len() == 22));

    let (status, page) = call(&app, get(&link)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Run from the user&#39;s own computer (maildoctor 0.9.0)"), "{page}");
    assert!(page.contains("Ticket: HD-4711"), "{page}");
    assert!(page.contains("tcp.refused"), "the same diagnosis page: {page}");
    let (_, json) = call(&app, get(&format!("/api/v1/reports/{}", answer["id"].as_str().unwrap()))).await;
    let stored: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(stored["share"], json!(link), "the saved JSON carries its own link");
    assert_eq!(stored["findings"], report["findings"], "the findings as uploaded");

    let (status, desk) = call(&app, get("/desk?vantage=user_computer")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(desk.contains("user&#39;s computer") && desk.contains(&link), "{desk}");
    assert!(desk.contains(">1 report<"), "only the upload is from the user's computer: {desk}");
}

#[tokio::test]
async fn uploads_with_a_secret_too_large_or_not_a_report_are_refused_and_nothing_is_stored() {
    let dir = data_dir("refused");
    let store = store(&dir, Duration::from_secs(86_400)).await;
    let app = app(Arc::clone(&store), true);
    let report = as_cli_report(diagnose(&app, closed_port(), None).await);
    let before = store.total(&Default::default()).await.unwrap();

    let mut with_password = report.clone();
    with_password["request"]["password"] = json!("hunter2-uploaded");
    let mut with_token = report.clone();
    with_token["stages"][0]["data"]["oauthToken"] = json!("ya29.secret");
    let mut login = report.clone();
    login["transcript"] = json!([{"dir": "client", "at_ms": 1, "text": "a1 LOGIN alice hunter2-uploaded"}]);
    for (bad, path) in [
        (with_password, "$.report.request.password"),
        (with_token, "$.report.stages[0].data.oauthToken"),
        (login, "$.report.transcript[0]"),
    ] {
        let (status, text) =
            call(&app, upload(&json!({"client_version": "0.9.0", "report": bad}).to_string())).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{text}");
        let error: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(error["error"], "secret_in_upload", "{text}");
        assert!(error["detail"].as_str().unwrap().contains(path), "names the field: {text}");
        assert!(!text.contains("hunter2") && !text.contains("ya29"), "the secret is not echoed: {text}");
    }

    let mut unknown = report.clone();
    unknown["findings"][0]["code"] = json!("made.up_code");
    let mut extra = report.clone();
    extra["verdict_override"] = json!("ok");
    let mut old = report.clone();
    old["version"] = json!(99);
    for bad in [unknown, extra, old] {
        let (status, text) =
            call(&app, upload(&json!({"client_version": "0.9.0", "report": bad}).to_string())).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{text}");
        assert!(text.contains("invalid_report"), "{text}");
    }
    let (status, text) = call(&app, upload("{not json")).await;
    assert_eq!(
        (status, text.contains("malformed") || text.contains("not JSON")),
        (StatusCode::BAD_REQUEST, true),
        "{text}"
    );

    let mut huge = report.clone();
    huge["summary"] = json!("x".repeat(600 * 1024));
    let (status, text) =
        call(&app, upload(&json!({"client_version": "0.9.0", "report": huge}).to_string())).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "{text}");
    assert!(text.contains("payload_too_large"), "a JSON error: {text}");

    assert_eq!(store.total(&Default::default()).await.unwrap(), before, "nothing refused was stored");
    let text = stored_text(&dir).await;
    assert!(!text.contains("hunter2-uploaded") && !text.contains("ya29"), "no secret reached the store");
}

#[tokio::test]
async fn without_tokens_there_is_no_desk_and_with_them_it_needs_one() {
    let dir = data_dir("desk-access");
    let open = app(store(&dir, Duration::from_secs(86_400)).await, false);
    let (status, body) = call(&open, Request::get("/desk").body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "off unless configured: {body}");
    let dir = data_dir("desk-access2");
    let guarded = app(store(&dir, Duration::from_secs(86_400)).await, true);
    let (status, _) = call(&guarded, Request::get("/desk").body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _) = call(&guarded, get("/desk")).await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn the_desk_filters_pages_and_charts_the_primary_findings() {
    let dir = data_dir("desk");
    let store = store(&dir, Duration::from_secs(86_400)).await;
    let app = app(Arc::clone(&store), true);
    let refused = closed_port();
    for i in 0..53 {
        diagnose(&app, refused, Some(&format!("T-{}", i % 2))).await;
    }
    let greeting = FakeServer::plain(Dialect::Imap, vec![send("* OK [CAPABILITY IMAP4rev1] ready")]).await;
    diagnose(&app, greeting.port(), Some("T-other")).await;

    let (status, page) = call(&app, get("/desk")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains(">54 reports<"), "{page}");
    assert_eq!(page.matches("<a href=\"/r/").count(), 50, "50 a page");
    let older =
        page.split("<a href=\"").find_map(|s| s.strip_suffix_once("\" rel=\"next\"")).expect("a next page");
    let older = older.replace("&amp;", "&");
    let (_, second) = call(&app, get(&older)).await;
    assert_eq!(second.matches("<a href=\"/r/").count(), 4, "the rest: {older}");
    assert!(!second.contains("rel=\"next\""));

    // The chart: one bar this hour, tcp.refused the commonest primary finding.
    assert!(page.contains("<svg class=\"chart\""), "{page}");
    assert!(page.contains("<title>tcp.refused: 53</title>"), "{page}");
    assert!(page.contains("href=\"/desk?primary=tcp.refused&amp;lang=en\">tcp.refused</a>: 53"), "{page}");

    let (_, t1) = call(&app, get("/desk?ticket=T-1")).await;
    assert!(t1.contains(">26 reports<"), "{t1}");
    let (_, other) = call(&app, get("/desk?ticket=T-other&verdict=")).await;
    assert!(other.contains(">1 report<"), "{other}");
    let (_, none) = call(&app, get("/desk?primary=auth.invalid_credentials")).await;
    assert!(none.contains(">0 reports<") && none.contains("No saved report matches"), "{none}");
    let (_, host) = call(&app, get("/desk?host=127.0.0.1&verdict=error")).await;
    assert!(host.contains(">53 reports<"), "{host}");
}

#[tokio::test]
async fn side_by_side_works_from_the_desk_fails_from_the_user_so_their_network_blocks_the_port() {
    let dir = data_dir("compare");
    let app = app(store(&dir, Duration::from_secs(86_400)).await, true);
    // The desk reaches the server (it greets); the user's computer is refused on the same port.
    let server = FakeServer::plain(Dialect::Imap, vec![send("* OK [CAPABILITY IMAP4rev1] ready")]).await;
    let desk = diagnose(&app, server.port(), None).await;
    let desk_link = desk["share"].as_str().unwrap().to_owned();
    let mut user = diagnose(&app, closed_port(), None).await;
    // Same target as the desk's: only the network differs.
    user["request"] = desk["request"].clone();
    user["target"] = desk["target"].clone();
    let body = json!({"client_version": "0.9.0", "report": as_cli_report(user)}).to_string();
    let (status, text) = call(&app, upload(&body)).await;
    assert_eq!(status, StatusCode::CREATED, "{text}");
    let user_link = serde_json::from_str::<Value>(&text).unwrap()["link"].as_str().unwrap().to_owned();

    // Given in either order, pasted as a full URL: the desk's report is on the left.
    let (status, page) = call(
        &app,
        get(&format!(
            "/compare?a=https%3A%2F%2Fdesk.example%2F{}&b={}",
            user_link.trim_start_matches('/').replace('/', "%2F"),
            desk_link
        )),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{page}");
    let port = desk["target"]["port"].as_u64().unwrap();
    assert!(
        page.contains(&format!(
            "From the help desk&#39;s service, 127.0.0.1 answers on port {port}; from the user&#39;s computer it does not (tcp.refused)"
        )),
        "{page}"
    );
    assert!(page.contains("blocks port"), "{page}");
    let desk_col = page.find("Run from the help desk").unwrap();
    let user_col = page.find("Run from the user&#39;s own computer").unwrap();
    assert!(desk_col < user_col, "desk left, user right");
    assert!(page.contains("class=\"differs\""), "the differing stage is marked");

    // The same two reports read by a German help desk: the reading, who ran each, the stage
    // names are German; the code and the host are not translated.
    let (status, page) =
        call(&app, get(&format!("/compare?a={desk_link}&b={}&lang=de", user_link.replace('/', "%2F")))).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert!(
        page.contains(&format!(
            "Auf dem Dienst des Helpdesks antwortet 127.0.0.1 auf Port {port}, auf dem Computer der Nutzerin oder des Nutzers nicht (tcp.refused)"
        )),
        "{page}"
    );
    assert!(!page.contains("blocks port"), "{page}");

    let (status, _) = call(&app, get("/compare?a=nothing&b=")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, _) = call(&app, get(&format!("/compare?a={desk_link}&b=/r/AAAAAAAAAAAAAAAAAAAAAA"))).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, page) = call(&app, get("/compare?a=nothing&b=&lang=it")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(page.contains("Per confrontare, indica due rapporti salvati"), "in the page's language: {page}");
}

#[tokio::test]
async fn check_share_uploads_from_the_command_line_and_prints_the_link() {
    let dir = data_dir("cli-share");
    let app = app(store(&dir, Duration::from_secs(86_400)).await, true);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let served = app.clone();
    tokio::spawn(async move {
        let _ =
            axum::serve(listener, served.into_make_service_with_connect_info::<std::net::SocketAddr>()).await;
    });
    let port = closed_port().to_string();
    let run = |token: Option<&str>| {
        let mut cmd = tokio::process::Command::new(env!("CARGO_BIN_EXE_maildoctor"));
        cmd.env_remove("RUST_LOG").env("NO_COLOR", "1").kill_on_drop(true);
        cmd.args([
            "check",
            "--protocol",
            "imap",
            "--host",
            "127.0.0.1",
            "--port",
            &port,
            "--security",
            "none",
        ]);
        cmd.args(["--allow-private", "--timeout", "10", "--ticket", "HD-1", "--share", &base]);
        if let Some(t) = token {
            cmd.env("DESK_TOKEN", t).args(["--share-token-env", "DESK_TOKEN"]);
        }
        cmd.stdin(std::process::Stdio::null());
        cmd.output()
    };
    let out = tokio::time::timeout(Duration::from_secs(30), run(Some(TOKEN))).await.unwrap().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(2), "the verdict's exit code: {stdout}");
    let link = stdout
        .lines()
        .find_map(|l| l.strip_prefix("Shared with the help desk: "))
        .unwrap_or_else(|| panic!("the link is printed: {stdout}"))
        .to_owned();
    assert!(link.starts_with(&format!("{base}/r/")), "{link}");
    let path = link.trim_start_matches(&base).to_owned();
    let (_, page) = call(&app, get(&path)).await;
    assert!(
        page.contains(&format!(
            "Run from the user&#39;s own computer (maildoctor {})",
            env!("CARGO_PKG_VERSION")
        )),
        "{page}"
    );
    let (_, desk) = call(&app, get("/desk?ticket=HD-1")).await;
    assert!(desk.contains(&path) && desk.contains("user&#39;s computer"), "{desk}");

    // Without the token the service refuses: the report is still printed, exit 69.
    let out = tokio::time::timeout(Duration::from_secs(30), run(None)).await.unwrap().unwrap();
    assert_eq!(out.status.code(), Some(69), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("tcp.refused"), "the report is printed first");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("unauthorized"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

trait StripSuffixOnce {
    fn strip_suffix_once<'a>(&'a self, suffix: &str) -> Option<&'a str>;
}

impl StripSuffixOnce for str {
    /// The text before `suffix`, when `suffix` occurs in it.
    fn strip_suffix_once<'a>(&'a self, suffix: &str) -> Option<&'a str> {
        self.find(suffix).map(|i| &self[..i])
    }
}
