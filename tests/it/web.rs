//! The HTTP face end to end through `router(state).oneshot(...)`: JSON API, HTML pages, errors,
//! escaping, redaction and the security layers, against fake servers on 127.0.0.1.

use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode, header};
use maildoctor::web::{AppState, BODY_LIMIT, router};
use serde_json::Value;
use tower::ServiceExt as _;

use crate::support::{
    self, fake_server::Dialect, fake_server::FakeServer, fake_server::Step, fake_server::send,
};

const PASSWORD: &str = "hunter2-Ω";

fn app() -> Router {
    router(AppState::new(Arc::new(support::engine(None))))
}

struct Answer {
    status: StatusCode,
    headers: HeaderMap,
    body: String,
}

impl Answer {
    fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
}

/// One request through the router; every API answer is checked against the OpenAPI document.
async fn call(req: Request<Body>) -> Answer {
    let (status, headers, bytes) = support::openapi::answer(app(), req).await;
    Answer { status, headers, body: String::from_utf8_lossy(&bytes).into_owned() }
}

fn post_json(body: impl Into<String>) -> Request<Body> {
    Request::post("/api/v1/diagnose")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body.into()))
        .expect("request")
}

fn post_form(fields: &[(&str, &str)]) -> Request<Body> {
    let body: Vec<String> = fields.iter().map(|(k, v)| format!("{}={}", encode(k), encode(v))).collect();
    Request::post("/diagnose")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(body.join("&")))
        .expect("request")
}

/// The form for plain IMAP on 127.0.0.1:`port`, with `extra` fields.
fn plain_imap_form(port: &str, extra: &[(&str, &str)]) -> Request<Body> {
    let mut fields = vec![("protocol", "imap"), ("host", "127.0.0.1"), ("port", port), ("security", "none")];
    fields.extend_from_slice(extra);
    post_form(&fields)
}

fn get(path: &str) -> Request<Body> {
    Request::get(path).body(Body::empty()).expect("request")
}

/// application/x-www-form-urlencoded, byte by byte.
fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// A port nothing listens on: bound, then released.
fn closed_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    listener.local_addr().expect("addr").port()
}

async fn plain_imap(greeting: &str) -> FakeServer {
    FakeServer::plain(Dialect::Imap, vec![send(greeting)]).await
}

fn codes(report: &Value) -> Vec<String> {
    report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| f["code"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn the_api_diagnoses_a_plain_imap_server_as_a_warning_and_lists_every_stage() {
    let server = plain_imap("* OK [CAPABILITY IMAP4rev1] Dovecot ready.").await;
    let body =
        format!(r#"{{"protocol":"imap","host":"127.0.0.1","port":{},"security":"none"}}"#, server.port());
    let answer = call(post_json(body)).await;
    assert_eq!(answer.status, StatusCode::OK);
    assert!(answer.headers[header::CONTENT_TYPE].to_str().unwrap().starts_with("application/json"));
    assert_eq!(answer.headers[header::CACHE_CONTROL], "no-store");
    let report = answer.json();
    assert_eq!(report["verdict"], "warning");
    assert!(codes(&report).contains(&"tls.not_used".to_owned()), "{:?}", codes(&report));
    let stages: Vec<&str> =
        report["stages"].as_array().unwrap().iter().map(|s| s["name"].as_str().unwrap()).collect();
    assert_eq!(stages, ["input", "dns", "tcp", "tls", "protocol", "auth", "mailbox", "limits"]);
    let protocol = report["stages"].as_array().unwrap().iter().find(|s| s["name"] == "protocol").unwrap();
    assert_eq!(protocol["status"], "pass");
}

#[tokio::test]
async fn the_api_answers_200_with_an_error_verdict_and_steps_for_a_refused_port() {
    let body =
        format!(r#"{{"protocol":"imap","host":"127.0.0.1","port":{},"security":"none"}}"#, closed_port());
    let answer = call(post_json(body)).await;
    assert_eq!(answer.status, StatusCode::OK);
    let report = answer.json();
    assert_eq!(report["verdict"], "error");
    assert_eq!(report["primary"], "tcp.refused");
    let primary = report["findings"].as_array().unwrap().iter().find(|f| f["code"] == "tcp.refused").unwrap();
    assert!(!primary["title"].as_str().unwrap().is_empty());
    assert!(!primary["remedy"].as_array().unwrap().is_empty(), "remedy steps present");
}

#[tokio::test]
async fn the_report_echoes_a_port_sent_as_a_number_as_a_number_and_typed_text_as_typed() {
    let port = closed_port();
    let answer = call(post_json(format!(r#"{{"protocol":"imap","host":"127.0.0.1","port":{port}}}"#))).await;
    assert_eq!(answer.json()["request"]["port"], serde_json::json!(port), "an integer comes back as one");
    let answer =
        call(post_json(format!(r#"{{"protocol":"imap","host":"127.0.0.1","port":"{port}"}}"#))).await;
    assert_eq!(answer.json()["request"]["port"], serde_json::json!(port), "a whole number typed as text too");
    let answer = call(post_json(r#"{"protocol":"imap","host":"127.0.0.1","port":"imaps"}"#)).await;
    let report = answer.json();
    assert_eq!(report["request"]["port"], "imaps", "what was typed, next to the finding that explains it");
    assert_eq!(report["primary"], "input.invalid_port");
}

#[tokio::test]
async fn malformed_json_is_a_400_json_error() {
    let answer = call(post_json(r#"{"protocol": "imap", "host": "#)).await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
    let error = answer.json();
    assert_eq!(error["error"], "malformed_json");
    assert!(!error["detail"].as_str().unwrap().is_empty());
}

#[tokio::test]
async fn an_unknown_protocol_or_a_missing_host_is_a_422_json_error() {
    let answer = call(post_json(r#"{"protocol":"gopher","host":"mail.example.com"}"#)).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    let error = answer.json();
    assert_eq!(error["error"], "invalid_request");
    assert!(error["detail"].as_str().unwrap().contains("gopher"));

    let answer = call(post_json(r#"{"protocol":"imap"}"#)).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(answer.json()["detail"].as_str().unwrap().contains("host"));
}

#[tokio::test]
async fn a_body_that_is_not_declared_as_json_is_a_415_json_error() {
    let req = Request::post("/api/v1/diagnose")
        .header(header::CONTENT_TYPE, "text/plain")
        .body(Body::from(r#"{"protocol":"imap","host":"h"}"#))
        .unwrap();
    let answer = call(req).await;
    assert_eq!(answer.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert_eq!(answer.json()["error"], "unsupported_media_type");
}

#[tokio::test]
async fn the_form_has_labelled_fields_hints_and_a_password_input_that_posts() {
    let answer = call(get("/")).await;
    assert_eq!(answer.status, StatusCode::OK);
    let html = &answer.body;
    assert!(html.contains(r#"<form method="post" action="/diagnose?lang=en""#), "{html}");
    for id in [
        "host",
        "port",
        "security",
        "username",
        "password",
        "email",
        "protocol-imap",
        "protocol-pop3",
        "protocol-smtp",
    ] {
        assert!(html.contains(&format!(r#"<label for="{id}">"#)), "label for {id}");
        assert!(html.contains(&format!(r#"id="{id}""#)), "field {id}");
    }
    assert!(html.contains("Receive mail — IMAP") && html.contains("Send mail — SMTP"));
    assert!(html.contains(r#"type="password" name="password" id="password" value="""#), "{html}");
    assert!(html.contains(r#"aria-describedby="host-hint""#) && html.contains(r#"id="host-hint""#));
    assert!(html.contains(r#"<label for="test_limits">"#), "the connection-limit option");
    assert!(!html.contains("autocomplete=\"current-password\""), "the password is not offered for saving");
    // One external script, no inline script anywhere (the CSP forbids it anyway).
    assert_eq!(html.matches("<script").count(), 1, "{html}");
    assert!(html.contains(r#"<script src="/static/app.js?v="#), "{html}");
    assert!(html.contains(r#"<a href="/discover?lang=en">"#), "a way to find the server");
}

#[tokio::test]
async fn posting_the_form_renders_the_report_of_a_working_server() {
    let server = plain_imap("* OK [CAPABILITY IMAP4rev1] Dovecot ready.").await;
    let port = server.port().to_string();
    let answer = call(plain_imap_form(&port, &[("username", ""), ("password", ""), ("email", "")])).await;
    assert_eq!(answer.status, StatusCode::OK);
    let html = &answer.body;
    assert!(html.contains(r#"class="verdict warning""#), "{html}");
    assert!(html.contains("Connecting to the server") && html.contains("Talking to the mail service"));
    assert!(html.contains("<code>tls.not_used</code>"));
    assert!(html.contains("Dovecot ready."), "transcript shown");
    assert!(html.contains("The request as given"));
    assert_eq!(answer.headers[header::CACHE_CONTROL], "no-store");
}

#[tokio::test]
async fn posting_the_form_for_a_refused_port_shows_the_error_and_numbered_steps() {
    let port = closed_port().to_string();
    let answer = call(post_form(&[
        ("protocol", "imap"),
        ("host", "127.0.0.1"),
        ("port", &port),
        ("security", "none"),
    ]))
    .await;
    assert_eq!(answer.status, StatusCode::OK);
    let html = &answer.body;
    assert!(html.contains(r#"class="verdict error""#), "{html}");
    let primary = html.split(r#"<section class="primary""#).nth(1).expect("a primary section");
    let primary = primary.split("</section>").next().unwrap();
    assert!(primary.contains("<code>tcp.refused</code>"));
    assert!(primary.contains(r#"<ol class="steps">"#) && primary.contains("<li>"));
}

#[tokio::test]
async fn an_empty_server_field_returns_the_form_with_an_accessible_error() {
    let answer =
        call(post_form(&[("protocol", "smtp"), ("host", "  "), ("username", "bob"), ("password", PASSWORD)]))
            .await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    let html = &answer.body;
    assert!(html.contains(r#"role="alert""#));
    assert!(
        html.contains(r#"aria-invalid="true""#)
            && html.contains(r#"aria-describedby="host-hint host-error""#)
    );
    assert!(html.contains(r#"id="host-error""#));
    assert!(html.contains(r#"value="smtp" aria-describedby="protocol-hint" checked"#), "choice kept");
    assert!(html.contains(r#"value="bob""#), "user name kept");
    assert!(!html.contains(PASSWORD), "password never echoed back");
}

#[tokio::test]
async fn a_hostile_greeting_is_escaped_in_the_report_page() {
    let server = plain_imap("* OK <script>alert(1)</script>").await;
    let port = server.port().to_string();
    let answer = call(post_form(&[
        ("protocol", "imap"),
        ("host", "127.0.0.1"),
        ("port", &port),
        ("security", "none"),
    ]))
    .await;
    assert_eq!(answer.status, StatusCode::OK);
    assert!(answer.body.contains("alert(1)"), "the greeting is shown: {}", answer.body);
    assert!(!answer.body.contains("<script>alert"), "the greeting is escaped");
    assert_eq!(answer.body.matches("<script").count(), 1, "only the page's own script");
}

#[tokio::test]
async fn the_password_appears_in_no_response_body() {
    let server = plain_imap("* OK [CAPABILITY IMAP4rev1] ready").await;
    let port = server.port();
    let json = format!(
        r#"{{"protocol":"imap","host":"127.0.0.1","port":{port},"security":"none","username":"bob","password":"{PASSWORD}"}}"#
    );
    let api = call(post_json(json)).await;
    assert_eq!(api.status, StatusCode::OK);
    assert_eq!(api.json()["request"]["password_given"], true);

    let port = port.to_string();
    let page = call(post_form(&[
        ("protocol", "imap"),
        ("host", "127.0.0.1"),
        ("port", &port),
        ("security", "none"),
        ("username", "bob"),
        ("password", PASSWORD),
    ]))
    .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("given (not shown)"));

    // serde quotes a bad value back; the password must not come back that way either.
    let bad = format!(r#"{{"protocol":"imap","host":"h","security":"{PASSWORD}","password":"{PASSWORD}"}}"#);
    let rejected = call(post_json(bad)).await;
    assert_eq!(rejected.status, StatusCode::UNPROCESSABLE_ENTITY);

    for body in [&api.body, &page.body, &rejected.body] {
        assert!(!body.contains(PASSWORD) && !body.contains("hunter2"), "password leaked: {body}");
    }
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let requests = vec![get("/"), get("/healthz"), get("/static/style.css"), get("/nope"), post_json("{")];
    for req in requests {
        let path = req.uri().path().to_owned();
        let answer = call(req).await;
        let h = &answer.headers;
        let csp = h
            .get(header::CONTENT_SECURITY_POLICY)
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default();
        assert!(
            csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"),
            "{path}: {csp:?}"
        );
        assert!(!csp.contains("unsafe-inline"), "{path}");
        assert_eq!(h[header::X_CONTENT_TYPE_OPTIONS], "nosniff", "{path}");
        assert_eq!(h[header::REFERRER_POLICY], "no-referrer", "{path}");
        assert_eq!(h[header::X_FRAME_OPTIONS], "DENY", "{path}");
    }
}

#[tokio::test]
async fn a_body_over_the_limit_is_refused_with_413() {
    let big = format!(r#"{{"protocol":"imap","host":"{}"}}"#, "a".repeat(BODY_LIMIT + 1));
    // Declared length: refused before reading.
    let declared = Request::post("/api/v1/diagnose")
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::CONTENT_LENGTH, big.len())
        .body(Body::from(big.clone()))
        .unwrap();
    let declared = call(declared).await;
    assert_eq!(declared.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(declared.json()["error"], "payload_too_large");
    // No declared length: refused while reading, still as a JSON error.
    let streamed = call(post_json(big.clone())).await;
    assert_eq!(streamed.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(streamed.json()["error"].is_string());
    // The form is capped too.
    let form = call(post_form(&[("protocol", "imap"), ("host", &big)])).await;
    assert_eq!(form.status, StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn healthz_answers_ok() {
    let answer = call(get("/healthz")).await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(answer.body, "ok");
}

#[tokio::test]
async fn a_single_replica_with_its_limits_in_memory_is_ready() {
    let answer = call(get("/readyz")).await;
    assert_eq!((answer.status, answer.body.as_str()), (StatusCode::OK, "ready\n"));
}

#[tokio::test]
async fn the_stylesheet_is_served_as_css_with_cache_headers_and_pages_are_gzipped_on_request() {
    let version = maildoctor::render::html::asset_version();
    let css = call(get(&format!("/static/style.css?v={version}"))).await;
    assert_eq!(css.status, StatusCode::OK);
    assert!(css.headers[header::CONTENT_TYPE].to_str().unwrap().starts_with("text/css"));
    assert!(css.headers[header::CACHE_CONTROL].to_str().unwrap().contains("max-age=31536000"));
    assert!(css.body.contains("prefers-color-scheme: dark"));

    let req = Request::get("/").header(header::ACCEPT_ENCODING, "gzip").body(Body::empty()).unwrap();
    let resp = app().oneshot(req).await.unwrap();
    assert_eq!(resp.headers()[header::CONTENT_ENCODING], "gzip");
}

#[tokio::test]
async fn an_address_typed_as_the_server_shows_the_settings_that_should_work() {
    let answer = call(post_form(&[("protocol", "imap"), ("host", "bob@gmail.com")])).await;
    assert_eq!(answer.status, StatusCode::OK);
    let html = &answer.body;
    assert!(html.contains("<code>input.email_as_server</code>"), "{html}");
    let table = html
        .split(r#"<section class="settings""#)
        .nth(1)
        .expect("a settings table")
        .split("</section>")
        .next()
        .unwrap();
    assert!(table.contains("Incoming mail (IMAP) server"));
    assert!(table.contains("<code>imap.gmail.com</code>") && table.contains("<td>993</td>"));
    assert!(table.contains("Yes (SSL/TLS)"));
}

#[tokio::test]
async fn a_port_that_is_not_a_number_is_a_finding_not_a_rejection() {
    let answer = call(post_json(r#"{"protocol":"imap","host":"imap.example.com","port":"abc"}"#)).await;
    assert_eq!(answer.status, StatusCode::OK);
    let report = answer.json();
    assert_eq!(report["primary"], "input.invalid_port");
    assert_eq!(report["verdict"], "error");
}

#[tokio::test]
async fn reloading_the_report_address_leads_back_to_the_form() {
    let answer = call(get("/diagnose")).await;
    assert!(answer.status.is_redirection(), "{}", answer.status);
    assert_eq!(answer.headers[header::LOCATION], "/?lang=en");
    // The language picker of a report page links to `/diagnose?lang=…`: the choice is kept.
    let answer = call(get("/diagnose?lang=de")).await;
    assert_eq!(answer.headers[header::LOCATION], "/?lang=de");
}

#[tokio::test]
async fn api_errors_from_layers_and_routing_are_json_too() {
    let wrong_method = call(get("/api/v1/diagnose")).await;
    assert_eq!(wrong_method.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(wrong_method.json()["error"], "method_not_allowed");
    let unknown = call(get("/api/v1/nothing")).await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    assert_eq!(unknown.json()["error"], "not_found");
}

#[tokio::test]
async fn an_unknown_protocol_in_the_form_is_marked_on_the_protocol_choices() {
    let answer = call(post_form(&[("protocol", "gopher"), ("host", "mail.example.com")])).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    let html = &answer.body;
    assert!(html.contains(r#"id="protocol-error""#));
    assert!(html.contains(r#"aria-describedby="protocol-hint protocol-error""#));
    assert!(html.contains(r##"<a href="#protocol">"##) && html.contains(r#"<fieldset id="protocol">"#));
    assert!(html.contains(r#"value="mail.example.com""#));
}

// ---- the streamed diagnosis (Server-Sent Events) ----

/// One parsed SSE event: its name and its (JSON) data.
#[derive(Debug)]
struct SseEvent {
    name: String,
    data: Value,
}

/// Parses a whole `text/event-stream` body: blank-line separated blocks, `:` comments ignored.
fn parse_sse(body: &str) -> Vec<SseEvent> {
    body.split("\n\n")
        .filter_map(|block| {
            let mut name = "message".to_owned();
            let mut data = Vec::new();
            for line in block.lines() {
                if let Some(v) = line.strip_prefix("event:") {
                    name = v.trim().to_owned();
                } else if let Some(v) = line.strip_prefix("data:") {
                    data.push(v.strip_prefix(' ').unwrap_or(v));
                }
            }
            (!data.is_empty()).then(|| SseEvent {
                name,
                data: serde_json::from_str(&data.join("\n")).expect("event data is JSON"),
            })
        })
        .collect()
}

fn post_stream(body: impl Into<String>) -> Request<Body> {
    Request::post("/api/v1/diagnose/stream")
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::ACCEPT_ENCODING, "gzip")
        .body(Body::from(body.into()))
        .expect("request")
}

#[tokio::test]
async fn the_stream_sends_every_stage_in_order_then_the_report_then_its_html() {
    let server = plain_imap("* OK [CAPABILITY IMAP4rev1] Dovecot ready.").await;
    let body =
        format!(r#"{{"protocol":"imap","host":"127.0.0.1","port":{},"security":"none"}}"#, server.port());
    let answer = call(post_stream(body)).await;
    assert_eq!(answer.status, StatusCode::OK);
    assert!(answer.headers[header::CONTENT_TYPE].to_str().unwrap().starts_with("text/event-stream"));
    assert!(answer.headers.get(header::CONTENT_ENCODING).is_none(), "events are never compressed");
    assert_eq!(answer.headers[header::CACHE_CONTROL], "no-store");
    let events = parse_sse(&answer.body);
    let names: Vec<&str> = events.iter().map(|e| e.name.as_str()).collect();
    let mut expected = vec!["stage"; 8];
    expected.extend(["report", "report_html"]);
    assert_eq!(names, expected, "{}", answer.body);
    // The stages that ran arrive in order; the skipped tail may come in either order (the page
    // places each stage in its slot).
    let mut stages: Vec<&str> = events[..8].iter().map(|e| e.data["name"].as_str().unwrap()).collect();
    assert_eq!(stages[..6], ["input", "dns", "tcp", "tls", "protocol", "auth"]);
    stages.sort_unstable();
    assert_eq!(stages, ["auth", "dns", "input", "limits", "mailbox", "protocol", "tcp", "tls"]);
    let protocol = &events[4].data;
    assert_eq!(protocol["status"], "pass");
    assert_eq!(protocol["title"], "Talking to the mail service");
    assert!(protocol["duration_ms"].is_u64());
    let report = &events[8].data;
    assert_eq!(report["verdict"], "warning");
    assert!(codes(report).contains(&"tls.not_used".to_owned()));
    let html = events[9].data.as_str().expect("the fragment is a JSON string");
    assert!(html.starts_with(r#"<div class="report" id="report">"#), "{html}");
    assert!(html.contains(r#"class="verdict warning""#) && html.contains("<code>tls.not_used</code>"));
    assert!(!html.contains("<html"), "a fragment, not a page");
}

#[tokio::test]
async fn the_streamed_fragment_is_the_same_report_the_page_shows() {
    let body =
        format!(r#"{{"protocol":"imap","host":"127.0.0.1","port":{},"security":"none"}}"#, closed_port());
    let events = parse_sse(&call(post_stream(body)).await.body);
    let html = events.last().expect("events").data.as_str().expect("fragment").to_owned();
    let primary = html.split(r#"<section class="primary""#).nth(1).expect("a primary section");
    assert!(primary.contains("<code>tcp.refused</code>") && primary.contains(r#"<ol class="steps">"#));
    assert!(html.contains("Download JSON"));
    // "Download JSON" works without the script: the report itself, as a data: address.
    let href = html.split(r#"href="data:application/json;base64,"#).nth(1).expect("a data: link");
    let encoded = &href[..href.find('"').unwrap()];
    use base64::Engine as _;
    let json = base64::engine::general_purpose::STANDARD.decode(encoded).expect("base64");
    let report: Value = serde_json::from_slice(&json).expect("the download is the report JSON");
    assert_eq!(report["primary"], "tcp.refused");
    assert!(html.contains("Copy summary for a ticket") && html.contains(r#"<pre id="ticket-text""#));
}

#[tokio::test]
async fn a_hostile_greeting_is_escaped_in_the_streamed_fragment() {
    let server = plain_imap("* OK <script>alert(1)</script><img src=x onerror=alert(2)>").await;
    let body =
        format!(r#"{{"protocol":"imap","host":"127.0.0.1","port":{},"security":"none"}}"#, server.port());
    let events = parse_sse(&call(post_stream(body)).await.body);
    let html = events.iter().find(|e| e.name == "report_html").expect("fragment").data.as_str().unwrap();
    assert!(html.contains("alert(1)") && html.contains("&#60;script&#62;"), "the greeting is shown escaped");
    assert!(!html.contains("<script") && !html.contains("<img"), "{html}");
}

#[tokio::test]
async fn a_bad_stream_request_is_a_json_error_not_a_stream() {
    let mut req = post_stream(r#"{"protocol":"imap"}"#);
    req.headers_mut().remove(header::ACCEPT_ENCODING);
    let answer = call(req).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(answer.json()["error"], "invalid_request");
}

#[tokio::test]
async fn the_password_appears_in_no_stream_event_even_when_it_was_sent() {
    // Plain text with explicit consent, so the password really goes over the wire.
    let script = vec![
        send("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] ready"),
        Step::Recv,
        send("{tag} NO [AUTHENTICATIONFAILED] Authentication failed."),
    ];
    let server = FakeServer::plain(Dialect::Imap, script).await;
    let body = format!(
        r#"{{"protocol":"imap","host":"127.0.0.1","port":{},"security":"none","username":"bob","password":"{PASSWORD}","options":{{"allow_insecure_auth":true}}}}"#,
        server.port()
    );
    let answer = call(post_stream(body)).await;
    let events = parse_sse(&answer.body);
    let report = &events.iter().find(|e| e.name == "report").expect("report").data;
    assert_eq!(report["request"]["password_given"], true);
    assert!(
        report["transcript"].as_array().unwrap().iter().any(|l| l["dir"] == "client"),
        "the client spoke: {report}"
    );
    for form in maildoctor::secret::Password::new(PASSWORD).forms("bob") {
        assert!(!answer.body.contains(&form), "the stream leaks {form:?}");
    }
    assert!(!answer.body.contains("hunter2"));
}

#[tokio::test]
async fn the_form_page_with_its_assets_is_under_60_kb_transferred() {
    async fn gzipped(path: &str) -> (usize, HeaderMap) {
        let req = Request::get(path).header(header::ACCEPT_ENCODING, "gzip").body(Body::empty()).unwrap();
        let resp = app().oneshot(req).await.unwrap();
        assert_eq!(resp.status(), StatusCode::OK, "{path}");
        let headers = resp.headers().clone();
        let bytes = axum::body::to_bytes(resp.into_body(), usize::MAX).await.unwrap();
        (bytes.len(), headers)
    }
    let page = call(get("/")).await.body;
    let asset = |prefix: &str| {
        let start = page.find(prefix).unwrap_or_else(|| panic!("{prefix} linked"));
        let rest = &page[start..];
        rest[..rest.find('"').unwrap()].to_owned()
    };
    let (css_url, js_url) = (asset("/static/style.css?v="), asset("/static/app.js?v="));
    let mut total = 0;
    for path in ["/", css_url.as_str(), js_url.as_str()] {
        let (size, headers) = gzipped(path).await;
        assert_eq!(headers[header::CONTENT_ENCODING], "gzip", "{path} is compressed");
        total += size;
    }
    eprintln!("form page + assets, gzipped: {total} bytes");
    assert!(total < 60 * 1024, "{total} bytes");
    for url in [&css_url, &js_url] {
        let (_, headers) = gzipped(url).await;
        assert!(headers[header::CACHE_CONTROL].to_str().unwrap().contains("immutable"), "{url}");
    }
}

#[tokio::test]
async fn an_asset_without_the_current_version_is_revalidated_and_a_matching_etag_gets_304() {
    let js = call(get("/static/app.js")).await;
    assert_eq!(js.status, StatusCode::OK);
    assert!(js.headers[header::CONTENT_TYPE].to_str().unwrap().starts_with("text/javascript"));
    assert!(js.headers[header::CACHE_CONTROL].to_str().unwrap().contains("no-cache"));
    assert!(js.body.contains("/api/v1/diagnose/stream"));
    let etag = js.headers[header::ETAG].clone();
    let again =
        Request::get("/static/app.js").header(header::IF_NONE_MATCH, etag).body(Body::empty()).unwrap();
    let again = call(again).await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    assert!(again.body.is_empty());
}

#[tokio::test]
async fn a_provider_shortcut_fills_the_form_without_the_script() {
    let answer = call(get("/?provider=gmail&protocol=smtp")).await;
    assert_eq!(answer.status, StatusCode::OK);
    let html = &answer.body;
    assert!(html.contains(r#"value="smtp.gmail.com""#), "{html}");
    assert!(html.contains(r#"id="port" value="465""#));
    assert!(html.contains(r#"<option value="tls" selected>"#));
    assert!(html.contains(r#"value="smtp" aria-describedby="protocol-hint" checked"#));
    assert!(html.contains(r#"data-provider="gmail" data-imap="imap.gmail.com 993 tls""#));
    assert!(html.contains(r#"aria-current="true">I use Gmail</a>"#));
    // An unknown provider is just the empty form.
    let unknown = call(get("/?provider=%3Cscript%3E")).await;
    assert_eq!(unknown.status, StatusCode::OK);
    assert!(!unknown.body.contains("<script>"));
}

#[tokio::test]
async fn the_connection_limit_option_reaches_the_engine_from_the_form() {
    let port = closed_port().to_string();
    let answer = call(post_form(&[
        ("protocol", "imap"),
        ("host", "127.0.0.1"),
        ("port", &port),
        ("test_limits", "on"),
    ]))
    .await;
    assert_eq!(answer.status, StatusCode::OK);
    assert!(answer.body.contains("<dt>Options</dt><dd>test the connection limit</dd>"), "{}", answer.body);
}

#[tokio::test]
async fn the_first_field_with_an_error_gets_the_focus() {
    let answer = call(post_form(&[("protocol", "gopher"), ("host", "")])).await;
    let html = &answer.body;
    assert_eq!(html.matches(" autofocus").count(), 1, "{html}");
    let focused = html.split(" autofocus").next().unwrap();
    let tag = &focused[focused.rfind('<').unwrap()..];
    assert!(tag.starts_with(r#"<input type="radio" name="protocol""#), "{tag}");
}

/// A plain IMAP server that greets after `delay` and records every line it receives, then
/// `(closed)` when the client hangs up.
async fn recording_imap(delay: std::time::Duration) -> (u16, Arc<std::sync::Mutex<Vec<String>>>) {
    use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let lines: Arc<std::sync::Mutex<Vec<String>>> = Arc::default();
    let seen = lines.clone();
    tokio::spawn(async move {
        while let Ok((tcp, _)) = listener.accept().await {
            let seen = seen.clone();
            tokio::spawn(async move {
                let mut tcp = BufReader::new(tcp);
                tokio::time::sleep(delay).await;
                let greeting = b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] ready\r\n";
                tcp.get_mut().write_all(greeting).await?;
                let mut line = String::new();
                while tcp.read_line(&mut line).await? > 0 {
                    let tag = line.split_whitespace().next().unwrap_or("*").to_owned();
                    seen.lock().unwrap().push(line.trim_end().to_owned());
                    let reply = if line.to_ascii_uppercase().contains("LOGOUT") {
                        format!("* BYE bye\r\n{tag} OK LOGOUT completed\r\n")
                    } else {
                        format!("{tag} OK done\r\n")
                    };
                    tcp.get_mut().write_all(reply.as_bytes()).await?;
                    line.clear();
                }
                seen.lock().unwrap().push("(closed)".to_owned());
                Ok::<(), std::io::Error>(())
            });
        }
    });
    (port, lines)
}

#[tokio::test]
async fn when_the_browser_leaves_the_diagnosis_stops_before_signing_in_and_hangs_up() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let (port, lines) = recording_imap(std::time::Duration::from_millis(300)).await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let state = AppState::new(Arc::new(support::engine(None)));
    let app = tokio::spawn(maildoctor::web::serve(listener, state, std::future::pending()));

    let body = format!(
        r#"{{"protocol":"imap","host":"127.0.0.1","port":{port},"security":"none","username":"bob","password":"{PASSWORD}","options":{{"allow_insecure_auth":true}}}}"#
    );
    let mut tcp = tokio::net::TcpStream::connect(addr).await.unwrap();
    let request = format!(
        "POST /api/v1/diagnose/stream HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    tcp.write_all(request.as_bytes()).await.unwrap();
    // Read until the tcp stage has been reported, then leave (before the greeting comes).
    let mut seen = Vec::new();
    let mut buf = [0u8; 4096];
    while !String::from_utf8_lossy(&seen).contains(r#""name":"tcp""#) {
        let n = tcp.read(&mut buf).await.unwrap();
        assert!(n > 0, "stream ended early: {}", String::from_utf8_lossy(&seen));
        seen.extend_from_slice(&buf[..n]);
    }
    drop(tcp);

    // The greeting arrives after 300 ms; the engine then learns the client left and hangs up
    // at that stage boundary (a run that went on would sign in right after the greeting).
    let mut waited = 0;
    while !lines.lock().unwrap().iter().any(|l| l == "(closed)") && waited < 40 {
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        waited += 1;
    }
    let lines = lines.lock().unwrap().clone();
    assert!(lines.iter().any(|l| l == "(closed)"), "the connection to the server is closed: {lines:?}");
    assert!(
        !lines.iter().any(|l| l.contains("LOGIN") || l.contains("AUTHENTICATE")),
        "no sign-in after the person left: {lines:?}"
    );
    app.abort();
}

#[tokio::test]
async fn a_row_carried_over_from_discovery_fills_the_form() {
    let page = call(get("/?protocol=pop3&host=pop.example.test&port=995&security=tls")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains(r#"value="pop.example.test""#), "host filled");
    assert!(page.body.contains(r#"value="995""#), "port filled");
    let pop3 = page.body.find(r#"value="pop3""#).expect("pop3 choice");
    let checked = &page.body[pop3..pop3 + 80];
    assert!(checked.contains("checked"), "POP is the chosen protocol: {checked}");
    // Nothing but digits reaches the port field, whatever the link says.
    let page = call(get("/?protocol=imap&host=x.example.test&port=99%22%3E%3Cscript%3E&security=tls")).await;
    assert!(page.body.contains(r#"value="99""#) && !page.body.contains("<script>"));
}

#[tokio::test]
async fn discovery_refuses_an_address_whose_domain_is_an_ip_in_disguise() {
    // Otherwise discovery would fetch http://127.0.0.1/.well-known/… past the address policy.
    for email in ["a@127.0.0.1", "a@169.254.169.254", "a@mx.evil.0x7f.1"] {
        let answer = call(get(&format!("/api/v1/discover?email={email}"))).await;
        assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{email}: {}", answer.body);
    }
}

#[tokio::test]
async fn the_report_and_its_ticket_summary_carry_the_request_id_of_the_logs() {
    let server = FakeServer::plain(Dialect::Imap, vec![send("* OK [CAPABILITY IMAP4rev1] ready")]).await;
    let port = server.port().to_string();
    let mut req =
        post_json(format!(r#"{{"protocol":"imap","host":"127.0.0.1","port":{port},"security":"none"}}"#));
    req.headers_mut().insert("x-request-id", "ticket-4711".parse().expect("header"));
    let answer = call(req).await;
    assert_eq!(answer.headers["x-request-id"], "ticket-4711");
    assert_eq!(answer.json()["request_id"], "ticket-4711", "{}", answer.body);

    let server = FakeServer::plain(Dialect::Imap, vec![send("* OK [CAPABILITY IMAP4rev1] ready")]).await;
    let port = server.port().to_string();
    let fields = [("protocol", "imap"), ("host", "127.0.0.1"), ("port", port.as_str()), ("security", "none")];
    let mut req = post_form(&fields);
    req.headers_mut().insert("x-request-id", "ticket-4712".parse().expect("header"));
    let page = call(req).await;
    assert!(page.body.contains("Request id: ticket-4712"), "the ticket summary names it: {}", page.body);
}

/// The page in the language asked for: `?lang=` first, else `Accept-Language`; the form carries
/// it on, and its own errors come back in it (src/i18n.rs, locales/).
#[tokio::test]
async fn the_form_speaks_german_when_asked_and_keeps_the_language_through_a_post() {
    use axum::body::Body;
    use axum::http::{Request, header};
    let app = maildoctor::web::router(maildoctor::web::AppState::new(std::sync::Arc::new(
        crate::support::engine(None),
    )));
    let get = |uri: &str, accept: Option<&str>| {
        let mut req = Request::get(uri);
        if let Some(a) = accept {
            req = req.header(header::ACCEPT_LANGUAGE, a);
        }
        req.body(Body::empty()).unwrap()
    };
    let text = |bytes: Vec<u8>| String::from_utf8_lossy(&bytes).into_owned();

    let (_, _, body) =
        crate::support::openapi::answer(app.clone(), get("/", Some("de-DE,de;q=0.9,en;q=0.5"))).await;
    let page = text(body);
    assert!(page.contains("<html lang=\"de\">"), "{page}");
    assert!(
        page.contains("<h1>E-Mail-Einstellungen prüfen</h1>")
            && page.contains("Einstellungen prüfen</button>"),
        "{page}"
    );
    assert!(page.contains("E-Mails empfangen – IMAP") && page.contains(">Ich nutze Gmail</a>"), "{page}");
    assert!(page.contains("name=\"lang\" value=\"de\""), "the form carries the language on");
    assert!(
        page.contains("href=\"?lang=en\"") && page.contains("aria-current=\"true\">Deutsch</a>"),
        "the picker: {page}"
    );

    let (_, _, body) = crate::support::openapi::answer(app.clone(), get("/?lang=en", Some("de"))).await;
    let page = text(body);
    assert!(
        page.contains("<html lang=\"en\">") && page.contains("<h1>Check your mail settings</h1>"),
        "an explicit choice wins"
    );

    let (_, _, body) = crate::support::openapi::answer(app.clone(), get("/", Some("ja, ko;q=0.8"))).await;
    assert!(
        text(body).contains("<html lang=\"en\">"),
        "a language maildoctor does not speak falls back to English"
    );

    let post = form_from("/diagnose", "http://localhost", "protocol=imap&host=&security=auto&lang=de");
    let (status, _, body) = crate::support::openapi::answer(app, post).await;
    let page = text(body);
    assert_eq!(status, 422, "{page}");
    assert!(page.contains("Geben Sie den Servernamen ein, zum Beispiel imap.example.com."), "{page}");
    assert!(page.contains("Bitte prüfen Sie das Formular"), "{page}");
}

#[tokio::test]
async fn a_refusal_is_worded_in_the_language_of_the_form_or_of_accept_language() {
    // A form posted from another site, from a Polish page: refused, in Polish.
    let fields = "protocol=imap&host=imap.example.com&security=tls&lang=pl";
    let answer = call(form_from("/diagnose?lang=pl", "https://elsewhere.example", fields)).await;
    assert_eq!(answer.status, StatusCode::FORBIDDEN);
    let page = &answer.body;
    assert!(page.contains("<html lang=\"pl\">"), "{page}");
    assert!(page.contains("Formularz został wysłany z innej witryny, więc go nie uruchomiono."), "{page}");
    assert!(page.contains("href=\"/?lang=pl\">Wróć do formularza</a>"), "{page}");

    // The API with Accept-Language: French words, the same stable kind and the field's name.
    let long = "a".repeat(400);
    let body =
        serde_json::json!({"protocol": "imap", "host": "imap.example.com", "username": long}).to_string();
    let req = Request::post("/api/v1/diagnose")
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::ACCEPT_LANGUAGE, "fr-CH, fr;q=0.9, en;q=0.5")
        .body(Body::from(body))
        .unwrap();
    let answer = call(req).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", answer.body);
    let json = answer.json();
    assert_eq!(json["error"], "field_too_long");
    assert_eq!(json["detail"], "Trop long : le nom d'utilisateur (`username`, 320 caractères au maximum).");
}

/// The form posted to `path` on `localhost` from a page at `origin`.
fn form_from(path: &str, origin: &str, fields: &'static str) -> Request<Body> {
    Request::post(path)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ORIGIN, origin)
        .header(header::HOST, "localhost")
        .body(Body::from(fields))
        .expect("request")
}

/// Gmail refusing a wrong password over plain IMAP (the form's consent lets the password go).
async fn gmail_refusing_the_password() -> FakeServer {
    let script = vec![
        send("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] Gimap ready for requests from 127.0.0.1 x1"),
        Step::Recv,
        send("{tag} NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)"),
    ];
    FakeServer::plain(Dialect::Imap, script).await
}

fn german_steps() -> Vec<String> {
    use maildoctor::diagnosis::{Code, catalog::Catalog};
    Catalog::for_lang(maildoctor::i18n::Lang::De)
        .entry(Code::AuthInvalidCredentials)
        .remedy_for(Some("gmail"))
        .to_vec()
}

#[tokio::test]
async fn the_api_answers_in_the_requested_language_with_the_same_codes_and_the_quote_untouched() {
    let server = gmail_refusing_the_password().await;
    let body = |lang: &str| {
        format!(
            r#"{{"protocol":"imap","host":"127.0.0.1","port":{},"security":"none","username":"bob@gmail.com","password":"{PASSWORD}","lang":"{lang}","options":{{"allow_insecure_auth":true}}}}"#,
            server.port()
        )
    };
    let german = call(post_json(body("de"))).await.json();
    let english = call(post_json(body("xx"))).await.json();
    assert_eq!(german["lang"], "de");
    assert_eq!(english["lang"], "en", "a language maildoctor does not speak means English");
    assert_eq!(codes(&german), codes(&english), "codes are the same in every language");
    assert_eq!(german["primary"], "auth.invalid_credentials");
    let primary = german["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .find(|f| f["code"] == "auth.invalid_credentials")
        .expect("primary finding");
    assert_eq!(primary["remedy"], serde_json::json!(german_steps()), "{primary}");
    assert!(primary["remedy"].to_string().contains("App-Passwort"));
    assert!(
        primary["evidence"].to_string().contains("Invalid credentials (Failure)"),
        "{}",
        primary["evidence"]
    );
    assert_ne!(german["summary"], english["summary"]);
}

#[tokio::test]
async fn the_form_in_german_renders_the_report_page_in_german() {
    let server = gmail_refusing_the_password().await;
    let port = server.port().to_string();
    let extra = [
        ("username", "bob@gmail.com"),
        ("password", PASSWORD),
        ("allow_insecure_auth", "on"),
        ("lang", "de"),
    ];
    let answer = call(plain_imap_form(&port, &extra)).await;
    assert_eq!(answer.status, StatusCode::OK);
    let page = &answer.body;
    assert!(page.contains(r#"<html lang="de">"#), "{page}");
    let heading = maildoctor::i18n::Lang::De.t("report-fix-first");
    assert_ne!(heading, "What to fix first");
    assert!(page.contains(&heading), "{page}");
    for step in german_steps() {
        assert!(page.contains(&encode_html(&step)), "step missing: {step}\n{page}");
    }
    assert!(page.contains("Invalid credentials (Failure)"), "the quote is untouched");
    assert!(page.contains("<code>auth.invalid_credentials</code>"));
    assert!(!page.contains("What to fix first"), "no English heading left");
}

/// Text as askama escapes it.
fn encode_html(text: &str) -> String {
    text.replace('&', "&#38;")
        .replace('<', "&#60;")
        .replace('>', "&#62;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}
