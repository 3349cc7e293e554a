//! The per-account sign-in budget through the HTTP face: what a mail server behind the
//! service sees (how many sign-ins reach it), and what the person is told, in JSON, on the
//! form and in the live stream. Fake servers on loopback only.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Request, StatusCode, header};
use maildoctor::config::{Access, Limits};
use maildoctor::web::guard::Guard;
use maildoctor::web::{AppState, router};
use serde_json::Value;
use tokio::io::{AsyncBufReadExt as _, AsyncWriteExt as _, BufReader};
use tokio::net::TcpListener;

use crate::support;

/// A plain IMAP server on every loopback address (`[::]`, dual-stack) that counts the
/// sign-ins it receives: each `LOGIN` is refused, or accepted with `accept`.
struct CountingServer {
    port: u16,
    sign_ins: Arc<AtomicUsize>,
}

async fn counting_server(accept: bool) -> CountingServer {
    let listener = TcpListener::bind("[::]:0").await.expect("bind dual-stack");
    let port = listener.local_addr().expect("addr").port();
    let sign_ins = Arc::new(AtomicUsize::new(0));
    let seen = sign_ins.clone();
    tokio::spawn(async move {
        while let Ok((tcp, _)) = listener.accept().await {
            let seen = seen.clone();
            tokio::spawn(async move {
                let mut stream = BufReader::new(tcp);
                let greeting = b"* OK [CAPABILITY IMAP4rev1] ready.\r\n";
                if stream.get_mut().write_all(greeting).await.is_err() {
                    return;
                }
                let mut line = String::new();
                while matches!(stream.read_line(&mut line).await, Ok(n) if n > 0) {
                    let tag = line.split_whitespace().next().unwrap_or("*").to_owned();
                    let upper = line.to_ascii_uppercase();
                    let reply = if upper.contains(" LOGIN ") {
                        seen.fetch_add(1, Ordering::SeqCst);
                        if accept {
                            format!("{tag} OK Logged in\r\n")
                        } else {
                            format!("{tag} NO [AUTHENTICATIONFAILED] Authentication failed.\r\n")
                        }
                    } else if upper.contains(" LOGOUT") {
                        format!("* BYE\r\n{tag} OK Logout completed.\r\n")
                    } else if upper.contains(" CAPABILITY") {
                        format!("* CAPABILITY IMAP4rev1\r\n{tag} OK done\r\n")
                    } else if upper.contains(" EXAMINE ") || upper.contains(" SELECT ") {
                        format!("* 0 EXISTS\r\n{tag} OK [READ-ONLY] done\r\n")
                    } else {
                        format!("{tag} OK done\r\n")
                    };
                    if stream.get_mut().write_all(reply.as_bytes()).await.is_err() {
                        return;
                    }
                    line.clear();
                }
            });
        }
    });
    CountingServer { port, sign_ins }
}

fn app(limits: Limits) -> Router {
    router(AppState::with_guard(support::engine(None), Guard::new(limits, Access::default())))
}

/// Limits with only the per-account budget in the way.
fn account_limits(attempts: u32) -> Limits {
    Limits {
        target_attempts: attempts,
        target_cooldown: std::time::Duration::from_secs(300),
        ..Limits::unlimited()
    }
}

fn json_request(path: &str, body: &Value, client: u8) -> Request<Body> {
    let mut req = Request::post(path)
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body.to_string()))
        .unwrap();
    req.extensions_mut().insert(ConnectInfo(SocketAddr::from(([198, 51, 100, client], 40000))));
    req
}

fn diagnosis(host: &str, port: u16, user: &str, password: &str) -> Value {
    serde_json::json!({
        "protocol": "imap", "host": host, "port": port, "security": "none",
        "username": user, "password": password,
        "options": { "allow_insecure_auth": true }
    })
}

/// One request through the router; every API answer is checked against the OpenAPI document.
async fn send(app: &Router, req: Request<Body>) -> (StatusCode, String) {
    let (status, _, body) = crate::support::openapi::answer(app.clone(), req).await;
    (status, String::from_utf8_lossy(&body).into_owned())
}

/// Runs one JSON diagnosis; returns its report's finding codes.
async fn codes_of(app: &Router, body: &Value, client: u8) -> Vec<String> {
    let (status, text) = send(app, json_request("/api/v1/diagnose", body, client)).await;
    assert_eq!(status, StatusCode::OK, "{text}");
    let report: Value = serde_json::from_str(&text).expect("a report");
    report["findings"].as_array().unwrap().iter().map(|f| f["code"].as_str().unwrap().to_owned()).collect()
}

#[tokio::test]
async fn a_password_of_only_spaces_counts_against_the_account_like_any_other() {
    let server = counting_server(false).await;
    let app = app(account_limits(2));
    for client in 1..=4 {
        codes_of(&app, &diagnosis("127.0.0.1", server.port, "ann@example.test", "   "), client).await;
    }
    assert_eq!(server.sign_ins.load(Ordering::SeqCst), 2, "only the account's budget reaches the server");
}

#[tokio::test]
async fn every_spelling_of_one_server_shares_the_accounts_budget() {
    let server = counting_server(false).await;
    let app = app(account_limits(3));
    let hosts =
        ["127.0.0.1", "::ffff:127.0.0.1", "127.0.0.2", "[::1]", "0:0:0:0:0:ffff:7f00:3", "127.0.0.1:143"];
    let mut held_back = 0;
    for (n, host) in hosts.iter().enumerate() {
        for user in ["Ann@Example.test", " ann@example.test "] {
            let codes = codes_of(&app, &diagnosis(host, server.port, user, "wrong"), n as u8).await;
            held_back += usize::from(codes.iter().any(|c| c == "auth.skipped_cooldown"));
        }
    }
    assert_eq!(server.sign_ins.load(Ordering::SeqCst), 3, "12 checks of one account, 3 sign-ins");
    assert_eq!(held_back, 9);
}

#[tokio::test]
async fn a_held_back_sign_in_is_said_in_json_on_the_form_and_in_the_stream() {
    let server = counting_server(false).await;
    let app = app(account_limits(1));
    codes_of(&app, &diagnosis("127.0.0.1", server.port, "ann@example.test", "pw"), 1).await;

    let (status, text) = send(
        &app,
        json_request("/api/v1/diagnose", &diagnosis("127.0.0.1", server.port, "ann@example.test", "pw"), 2),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let report: Value = serde_json::from_str(&text).unwrap();
    let codes: Vec<&str> =
        report["findings"].as_array().unwrap().iter().map(|f| f["code"].as_str().unwrap()).collect();
    assert!(codes.contains(&"auth.skipped_cooldown"), "{text}");
    assert_eq!(report["verdict"], "warning", "not an all-clear: the sign-in was not tested");
    let auth = report["stages"].as_array().unwrap().iter().find(|s| s["name"] == "auth").unwrap();
    assert_eq!(auth["data"]["held_back"], "cooldown");
    assert!(auth["data"]["retry_after"].as_u64().unwrap() > 200, "{auth}");
    assert_eq!(
        report["stages"].as_array().unwrap().iter().find(|s| s["name"] == "protocol").unwrap()["status"],
        "pass",
        "the server is still checked up to the sign-in"
    );

    let form = format!(
        "protocol=imap&host=127.0.0.1&port={}&security=none&username=ann%40example.test&password=pw&allow_insecure_auth=on",
        server.port
    );
    let mut req = Request::post("/diagnose")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header("sec-fetch-site", "same-origin")
        .body(Body::from(form))
        .unwrap();
    req.extensions_mut().insert(ConnectInfo(SocketAddr::from(([198, 51, 100, 3], 40000))));
    let (status, page) = send(&app, req).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("checked too often"), "the page says why: {page}");

    let body = diagnosis("127.0.0.1", server.port, "ann@example.test", "pw");
    let (status, events) = send(&app, json_request("/api/v1/diagnose/stream", &body, 4)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(events.contains("auth.skipped_cooldown"), "{events}");
    assert_eq!(server.sign_ins.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn an_over_long_user_name_is_refused_with_422_before_anything_is_contacted() {
    let server = counting_server(false).await;
    let app = app(account_limits(100));
    let long = format!("{}@example.test", "a".repeat(60_000));
    let (status, text) =
        send(&app, json_request("/api/v1/diagnose", &diagnosis("127.0.0.1", server.port, &long, "pw"), 1))
            .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{text}");
    assert!(text.contains("field_too_long") && text.contains("username"), "{text}");
    let fits = format!("{}@example.test", "a".repeat(300));
    let (status, _) =
        send(&app, json_request("/api/v1/diagnose", &diagnosis("127.0.0.1", server.port, &fits, "pw"), 2))
            .await;
    assert_eq!(status, StatusCode::OK, "a long but real user name still runs");
    assert_eq!(server.sign_ins.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn the_connection_limit_test_counts_its_sessions_against_the_accounts_budget() {
    let server = counting_server(true).await;
    let limits = Limits { probe_sessions_per_account: 5, ..account_limits(10) };
    let app = app(limits);
    let probe = |host: &str| {
        let mut body = diagnosis(host, server.port, "ann@example.test", "pw");
        body["options"]["test_limits"] = Value::Bool(true);
        body["options"]["connection_limit_cap"] = Value::from(20);
        body
    };
    let (_, first) = send(&app, json_request("/api/v1/diagnose", &probe("127.0.0.1"), 1)).await;
    let first: Value = serde_json::from_str(&first).unwrap();
    let limits_stage =
        |r: &Value| r["stages"].as_array().unwrap().iter().find(|s| s["name"] == "limits").cloned().unwrap();
    assert_eq!(limits_stage(&first)["data"]["cap"], 6, "1 + the 5 sessions the account may open");
    let (_, second) = send(&app, json_request("/api/v1/diagnose", &probe("::ffff:127.0.0.1"), 2)).await;
    let second: Value = serde_json::from_str(&second).unwrap();
    let stage = limits_stage(&second);
    assert_eq!(stage["status"], "skip", "{stage}");
    assert!(stage["detail"].as_str().unwrap().contains("budget"), "{stage}");
    assert_eq!(server.sign_ins.load(Ordering::SeqCst), 2 + 5, "two diagnoses and five test sessions");
}
