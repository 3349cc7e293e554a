//! Running at a help desk: abuse protection, metrics, the OpenAPI document, configuration and
//! graceful shutdown — through the router (`oneshot`, with `ConnectInfo` for the client
//! address) and through the `maildoctor serve` binary. Fake servers on 127.0.0.1 only.

use std::net::SocketAddr;
use std::process::Stdio;
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{HeaderMap, Request, StatusCode, header};
use maildoctor::config::{Access, Limits};
use maildoctor::web::guard::Guard;
use maildoctor::web::{AppState, router};
use serde_json::Value;
use tokio::io::{AsyncBufReadExt as _, BufReader};
use tokio::process::{Child, Command};

use crate::support::{
    self, fake_server::Dialect, fake_server::FakeServer, fake_server::Step, fake_server::send,
};

const PASSWORD: &str = "s3cret-Ω-hunter";
const TOKEN: &str = "tok-0123456789abcdef";

struct Answer {
    status: StatusCode,
    headers: HeaderMap,
    body: String,
}

impl Answer {
    fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }

    fn retry_after(&self) -> u64 {
        let value = self.headers.get(header::RETRY_AFTER).expect("a Retry-After header");
        value.to_str().unwrap().parse().expect("seconds")
    }
}

/// Test limits: nothing in the way except what a test turns on; any port.
fn open_limits() -> Limits {
    Limits { allowed_ports: None, ..Limits::unlimited() }
}

fn app(limits: Limits, access: Access) -> (Router, AppState) {
    let state = AppState::with_guard(support::engine(None), Guard::new(limits, access));
    (router(state.clone()), state)
}

/// One request through the router; every API answer is checked against the OpenAPI document.
async fn call(app: &Router, req: Request<Body>) -> Answer {
    let (status, headers, bytes) = support::openapi::answer(app.clone(), req).await;
    Answer { status, headers, body: String::from_utf8_lossy(&bytes).into_owned() }
}

fn from(mut req: Request<Body>, client: [u8; 4]) -> Request<Body> {
    req.extensions_mut().insert(ConnectInfo(SocketAddr::from((client, 40000))));
    req
}

fn diagnose_json(port: u16, user: Option<&str>) -> Request<Body> {
    let credentials = user.map_or(String::new(), |u| format!(r#","username":"{u}","password":"{PASSWORD}""#));
    let body =
        format!(r#"{{"protocol":"imap","host":"127.0.0.1","port":{port},"security":"none"{credentials}}}"#);
    Request::post("/api/v1/diagnose")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body))
        .expect("request")
}

fn diagnose_form(port: u16, user: &str, origin: Option<&str>) -> Request<Body> {
    let body =
        format!("protocol=imap&host=127.0.0.1&port={port}&security=none&username={user}&password=s3cret");
    let mut req = Request::post("/diagnose")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::HOST, "desk.example:8080");
    if let Some(origin) = origin {
        req = req.header(header::ORIGIN, origin);
    }
    req.body(Body::from(body)).expect("request")
}

/// A port nothing listens on: bound, then released (a diagnosis of it ends at once).
fn closed_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").expect("bind").local_addr().expect("addr").port()
}

#[tokio::test]
async fn a_client_over_its_rate_gets_429_with_retry_after_while_others_still_get_through() {
    let (app, _) = app(Limits { rate_burst: 2, rate_per_minute: 6, ..open_limits() }, Access::default());
    let port = closed_port();
    for _ in 0..2 {
        assert_eq!(call(&app, from(diagnose_json(port, None), [10, 0, 0, 1])).await.status, StatusCode::OK);
    }
    let third = call(&app, from(diagnose_json(port, None), [10, 0, 0, 1])).await;
    assert_eq!(third.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(third.json()["error"], "rate_limited");
    assert!((1..=10).contains(&third.retry_after()), "one token refills in 10 s: {}", third.retry_after());
    let other = call(&app, from(diagnose_json(port, None), [10, 0, 0, 2])).await;
    assert_eq!(other.status, StatusCode::OK, "another client has its own bucket");
}

#[tokio::test]
async fn discoveries_count_against_the_same_client_rate() {
    let (app, _) = app(Limits { rate_burst: 1, rate_per_minute: 1, ..open_limits() }, Access::default());
    // Not an address: the handler answers 422 without any network, but the attempt counts.
    let discover =
        || from(Request::get("/api/v1/discover?email=nobody").body(Body::empty()).unwrap(), [10, 0, 0, 9]);
    assert_eq!(call(&app, discover()).await.status, StatusCode::UNPROCESSABLE_ENTITY);
    let second = call(&app, discover()).await;
    assert_eq!(second.status, StatusCode::TOO_MANY_REQUESTS, "{}", second.body);
    assert!(second.retry_after() >= 1);
}

#[tokio::test]
async fn behind_a_trusted_proxy_each_forwarded_client_has_its_own_bucket() {
    let proxy = "172.17.0.1".parse().unwrap();
    let limits = Limits { rate_burst: 1, rate_per_minute: 1, trusted_proxies: vec![proxy], ..open_limits() };
    let (app, _) = app(limits, Access::default());
    let port = closed_port();
    let via = |peer: [u8; 4], forwarded: &str| {
        let mut req = from(diagnose_json(port, None), peer);
        req.headers_mut().insert("x-forwarded-for", forwarded.parse().unwrap());
        req
    };
    let via_proxy = |client: &str| via([172, 17, 0, 1], &format!("203.0.113.250, {client}"));
    assert_eq!(call(&app, via_proxy("198.51.100.1")).await.status, StatusCode::OK);
    assert_eq!(call(&app, via_proxy("198.51.100.2")).await.status, StatusCode::OK, "another customer");
    let again = call(&app, via_proxy("198.51.100.1")).await;
    assert_eq!(again.status, StatusCode::TOO_MANY_REQUESTS, "the proxy's last entry is the client");

    // A last entry that is not an address is refused, not skipped for the client-chosen one.
    let bad = call(&app, via([172, 17, 0, 1], "198.51.100.9, unknown")).await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST, "{}", bad.body);
    assert_eq!(bad.json()["error"], "bad_forwarded_for");
    // From anywhere else the header is only words: the peer is the client.
    assert_eq!(call(&app, via([192, 0, 2, 5], "198.51.100.7")).await.status, StatusCode::OK);
    let spoofed = call(&app, via([192, 0, 2, 5], "198.51.100.8")).await;
    assert_eq!(spoofed.status, StatusCode::TOO_MANY_REQUESTS, "a new header does not make a new client");
}

#[tokio::test]
async fn over_the_global_cap_a_diagnosis_gets_503_with_retry_after() {
    // A server that never greets keeps the first diagnosis busy for the greeting timeout.
    let silent = FakeServer::plain(Dialect::Imap, vec![Step::Sleep(Duration::from_secs(10))]).await;
    let (app, state) = app(Limits { max_in_flight: 1, ..open_limits() }, Access::default());
    let slow = tokio::spawn({
        let app = app.clone();
        let req = from(diagnose_json(silent.port(), None), [10, 0, 0, 1]);
        async move { call(&app, req).await }
    });
    let started = Instant::now();
    while state.guard().in_flight() == 0 {
        assert!(started.elapsed() < Duration::from_secs(5), "the first diagnosis never started");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let refused = call(&app, from(diagnose_json(closed_port(), None), [10, 0, 0, 2])).await;
    assert_eq!(refused.status, StatusCode::SERVICE_UNAVAILABLE, "{}", refused.body);
    assert_eq!(refused.json()["error"], "busy");
    assert!(refused.retry_after() >= 1);
    assert_eq!(slow.await.expect("join").status, StatusCode::OK);
    assert_eq!(state.guard().in_flight(), 0, "the slot is given back when the answer is sent");
}

#[tokio::test]
async fn the_live_stream_is_guarded_and_holds_its_slot_until_the_stream_ends() {
    let silent = FakeServer::plain(Dialect::Imap, vec![Step::Sleep(Duration::from_secs(10))]).await;
    let limits = Limits { max_in_flight: 1, allowed_ports: Some(vec![silent.port()]), ..Limits::unlimited() };
    let (app, state) = app(limits, Access::default());
    let stream = |port: u16| {
        let body = format!(r#"{{"protocol":"imap","host":"127.0.0.1","port":{port},"security":"none"}}"#);
        let req = Request::post("/api/v1/diagnose/stream").header(header::CONTENT_TYPE, "application/json");
        from(req.body(Body::from(body)).unwrap(), [10, 0, 0, 1])
    };
    let scan = call(&app, stream(22)).await;
    assert_eq!(scan.status, StatusCode::UNPROCESSABLE_ENTITY, "the stream has the port rule too");
    assert_eq!(scan.json()["error"], "port_not_allowed");

    let live = tokio::spawn({
        let app = app.clone();
        let req = stream(silent.port());
        async move { call(&app, req).await }
    });
    let started = Instant::now();
    while state.guard().in_flight() == 0 {
        assert!(started.elapsed() < Duration::from_secs(5), "the stream never started");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let refused = call(&app, from(diagnose_json(silent.port(), None), [10, 0, 0, 2])).await;
    assert_eq!(refused.status, StatusCode::SERVICE_UNAVAILABLE, "the running stream holds the only slot");
    let events = live.await.expect("join");
    assert!(events.body.contains("event: report"), "{}", events.body);
    assert_eq!(state.guard().in_flight(), 0, "the slot is given back when the stream ends");
}

#[tokio::test]
async fn with_tokens_configured_the_api_needs_a_bearer_token_and_health_does_not() {
    let access = Access { api_tokens: vec![TOKEN.to_owned()], protect_form: false };
    let (app, _) = app(open_limits(), access);
    let port = closed_port();
    let without = call(&app, diagnose_json(port, None)).await;
    assert_eq!(without.status, StatusCode::UNAUTHORIZED);
    assert_eq!(without.json()["error"], "unauthorized");
    assert!(without.headers.get(header::WWW_AUTHENTICATE).is_some());

    let mut wrong = diagnose_json(port, None);
    wrong.headers_mut().insert(header::AUTHORIZATION, "Bearer tok-0123456789abcdeX".parse().unwrap());
    assert_eq!(call(&app, wrong).await.status, StatusCode::UNAUTHORIZED);

    let mut right = diagnose_json(port, None);
    right.headers_mut().insert(header::AUTHORIZATION, format!("Bearer {TOKEN}").parse().unwrap());
    assert_eq!(call(&app, right).await.status, StatusCode::OK);
    let mut lower = diagnose_json(port, None);
    lower.headers_mut().insert(header::AUTHORIZATION, format!("bearer {TOKEN}").parse().unwrap());
    assert_eq!(call(&app, lower).await.status, StatusCode::OK, "the scheme is case-insensitive");

    let get = |path: &str| Request::get(path).body(Body::empty()).unwrap();
    assert_eq!(call(&app, get("/metrics")).await.status, StatusCode::UNAUTHORIZED);
    assert_eq!(call(&app, get("/healthz")).await.status, StatusCode::OK);
    assert_eq!(call(&app, get("/")).await.status, StatusCode::OK, "the form is open unless protect_form");
}

#[tokio::test]
async fn a_protected_form_asks_for_the_token_as_a_basic_password() {
    let access = Access { api_tokens: vec![TOKEN.to_owned()], protect_form: true };
    let (app, _) = app(open_limits(), access);
    let page = call(&app, Request::get("/").body(Body::empty()).unwrap()).await;
    assert_eq!(page.status, StatusCode::UNAUTHORIZED);
    assert!(page.headers[header::WWW_AUTHENTICATE].to_str().unwrap().starts_with("Basic"));
    use base64::Engine as _;
    let basic = base64::engine::general_purpose::STANDARD.encode(format!("desk:{TOKEN}"));
    let req = Request::get("/")
        .header(header::AUTHORIZATION, format!("Basic {basic}"))
        .body(Body::empty())
        .unwrap();
    assert_eq!(call(&app, req).await.status, StatusCode::OK);
    // The page's script calls the stream with the browser's Basic credentials: accepted too.
    let body =
        format!(r#"{{"protocol":"imap","host":"127.0.0.1","port":{},"security":"none"}}"#, closed_port());
    let stream = Request::post("/api/v1/diagnose/stream")
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::AUTHORIZATION, format!("Basic {basic}"))
        .body(Body::from(body))
        .unwrap();
    assert_eq!(call(&app, stream).await.status, StatusCode::OK);
}

#[tokio::test]
async fn a_form_posted_from_another_site_is_refused_and_one_from_this_site_runs() {
    let (app, _) = app(open_limits(), Access::default());
    let port = closed_port();
    let cross = call(&app, diagnose_form(port, "a", Some("https://evil.example"))).await;
    assert_eq!(cross.status, StatusCode::FORBIDDEN);
    assert!(cross.body.contains("another web site"), "{}", cross.body);
    let same = call(&app, diagnose_form(port, "b", Some("http://desk.example:8080"))).await;
    assert_eq!(same.status, StatusCode::OK, "{}", same.body);
    let mut referred = diagnose_form(port, "c", None);
    referred.headers_mut().insert(header::REFERER, "https://evil.example/page".parse().unwrap());
    assert_eq!(
        call(&app, referred).await.status,
        StatusCode::FORBIDDEN,
        "the Referer counts without an Origin"
    );
    // What Chromium sends for our own form under `Referrer-Policy: no-referrer`.
    let mut own = diagnose_form(port, "d", Some("null"));
    own.headers_mut().insert("sec-fetch-site", "same-origin".parse().unwrap());
    assert_eq!(call(&app, own).await.status, StatusCode::OK);
    let mut framed = diagnose_form(port, "e", Some("null"));
    framed.headers_mut().insert("sec-fetch-site", "cross-site".parse().unwrap());
    assert_eq!(call(&app, framed).await.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn the_service_refuses_ports_that_are_not_mail_ports_with_422() {
    let extra = closed_port();
    let limits = Limits { allowed_ports: Some(vec![993, extra]), ..Limits::default() };
    let (app, _) = app(limits, Access::default());
    let scan = call(&app, from(diagnose_json(22, None), [10, 0, 0, 1])).await;
    assert_eq!(scan.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(scan.json()["error"], "port_not_allowed");
    assert!(scan.json()["detail"].as_str().unwrap().contains("Port 22 is not one of them"), "{}", scan.body);

    let body = "protocol=imap&host=127.0.0.1%3A8080&security=none";
    let form = Request::post("/diagnose")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(body))
        .unwrap();
    let page = call(&app, from(form, [10, 0, 0, 2])).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "a port typed into the host field counts too");
    assert!(page.body.contains("only checks mail ports"), "{}", page.body);

    let allowed = call(&app, from(diagnose_json(extra, None), [10, 0, 0, 3])).await;
    assert_eq!(allowed.status, StatusCode::OK, "a configured extra port is allowed: {}", allowed.body);
}

#[tokio::test]
async fn metrics_count_the_diagnosis_its_stages_and_the_refusals() {
    let (app, _) = app(Limits { rate_burst: 1, rate_per_minute: 1, ..open_limits() }, Access::default());
    let report = call(&app, from(diagnose_json(closed_port(), None), [10, 0, 0, 1])).await.json();
    let primary = report["primary"].as_str().expect("a primary code for a refused connection").to_owned();
    let refused = call(&app, from(diagnose_json(closed_port(), None), [10, 0, 0, 1])).await;
    assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);

    let metrics = call(&app, Request::get("/metrics").body(Body::empty()).unwrap()).await;
    assert_eq!(metrics.status, StatusCode::OK);
    assert!(metrics.headers[header::CONTENT_TYPE].to_str().unwrap().starts_with("text/plain; version=0.0.4"));
    let text = metrics.body;
    let line = format!("maildoctor_diagnoses_total{{verdict=\"error\",primary=\"{primary}\"}} 1");
    assert!(text.contains(&line), "{line} missing:\n{text}");
    assert!(text.contains("maildoctor_stage_duration_seconds_count{stage=\"tcp\"} 1"), "{text}");
    assert!(text.contains("maildoctor_stage_duration_seconds_bucket{stage=\"dns\",le=\"+Inf\"} 1"), "{text}");
    assert!(text.contains("maildoctor_rejected_total{cap=\"rate\"} 1"), "{text}");
    assert!(text.contains("maildoctor_in_flight 0"), "{text}");
    // The connection was refused, so TLS and the stages after it were skipped: not 0 s samples.
    assert!(!text.contains("stage=\"tls\""), "a skipped stage is not a duration: {text}");
    assert!(text.contains("maildoctor_diagnosis_duration_seconds_bucket{le=\"60\"} 1"), "{text}");
    assert!(text.contains("maildoctor_build_info{version=\""), "{text}");
}

#[tokio::test]
async fn metrics_count_discoveries_by_outcome() {
    let (app, _) = app(open_limits(), Access::default());
    let bad =
        call(&app, Request::get("/api/v1/discover?email=not-an-address").body(Body::empty()).unwrap()).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    let text = call(&app, Request::get("/metrics").body(Body::empty()).unwrap()).await.body;
    assert!(text.contains("maildoctor_discoveries_total{outcome=\"refused\"} 1"), "{text}");
    assert!(text.contains("maildoctor_discovery_duration_seconds_count 1"), "{text}");
}

#[tokio::test]
async fn the_openapi_document_lists_every_api_endpoint() {
    let (app, _) = app(open_limits(), Access::default());
    let doc = call(&app, Request::get("/api/v1/openapi.json").body(Body::empty()).unwrap()).await;
    assert_eq!(doc.status, StatusCode::OK);
    let doc = doc.json();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    for path in ["/api/v1/diagnose", "/api/v1/diagnose/stream", "/api/v1/discover", "/healthz", "/metrics"] {
        assert!(doc["paths"][path].is_object(), "{path} is not documented");
    }
    assert!(doc["paths"]["/api/v1/diagnose"]["post"]["responses"]["429"].is_object());
    let request = &doc["components"]["schemas"]["DiagnoseRequest"]["properties"];
    assert!(request["password"]["writeOnly"].as_bool().unwrap());
}

// ----- the binary ---------------------------------------------------------------------------

fn maildoctor() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_maildoctor"));
    cmd.env_remove("RUST_LOG").kill_on_drop(true).stdin(Stdio::null());
    cmd
}

/// Starts `serve` and returns it with the address from its first line.
async fn serve(cmd: &mut Command) -> (Child, String) {
    let mut child = cmd.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("serve starts");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let first = tokio::time::timeout(Duration::from_secs(20), lines.next_line()).await.expect("in time");
    let first = first.expect("read").expect("a first line");
    (child, first.trim_start_matches("listening on http://").to_owned())
}

fn free_port() -> u16 {
    closed_port()
}

fn config_file(text: &str) -> std::path::PathBuf {
    let path =
        std::env::temp_dir().join(format!("maildoctor-ops-{}-{}.toml", std::process::id(), free_port()));
    std::fs::write(&path, text).expect("write config");
    path
}

#[tokio::test]
async fn a_flag_beats_the_environment_which_beats_the_file() {
    let (file_port, env_port, flag_port) = (free_port(), free_port(), free_port());
    let path = config_file(&format!("listen = \"127.0.0.1:{file_port}\"\nrate_per_minute = 5\n"));
    let listens_on = |env: bool, flag: bool| {
        let mut cmd = maildoctor();
        cmd.arg("serve").arg("--config").arg(&path);
        if env {
            cmd.env("MAILDOCTOR_LISTEN", format!("127.0.0.1:{env_port}"));
        }
        if flag {
            cmd.arg("--listen").arg(format!("127.0.0.1:{flag_port}"));
        }
        cmd
    };
    for (env, flag, expected) in [(false, false, file_port), (true, false, env_port), (true, true, flag_port)]
    {
        let (mut child, addr) = serve(&mut listens_on(env, flag)).await;
        assert_eq!(addr, format!("127.0.0.1:{expected}"), "env {env}, flag {flag}");
        // The container's HEALTHCHECK finds the port through the same variable.
        let health = maildoctor()
            .arg("healthcheck")
            .env("MAILDOCTOR_LISTEN", format!("0.0.0.0:{expected}"))
            .output()
            .await
            .expect("healthcheck runs");
        assert_eq!(health.status.code(), Some(0), "{}", String::from_utf8_lossy(&health.stderr));
        child.kill().await.expect("kill");
    }
    let _ = std::fs::remove_file(path);
}

#[tokio::test]
async fn an_invalid_configuration_stops_serve_at_start_with_exit_78_and_says_what_is_wrong() {
    let cases = [
        ("rate_per_minute = 0\n", "rate_per_minute"),
        ("listen_address = \"127.0.0.1:1\"\n", "listen_address"),
        ("allow_cidr = [\"10.0.0.0/33\"]\n", "allow_cidr"),
        ("api_tokens = [\"short\"]\n", "api_tokens"),
        // The old yes/no cannot say which peer is the proxy: refused, naming its replacement.
        ("trust_forwarded_for = true\n", "trusted_proxies"),
        ("trusted_proxies = [\"proxy.example\"]\n", "trusted_proxies"),
        ("header_timeout = 0\n", "header_timeout"),
        ("max_connections_per_client = 0\n", "max_connections_per_client"),
    ];
    for (text, key) in cases {
        let path = config_file(text);
        let out = tokio::time::timeout(
            Duration::from_secs(20),
            maildoctor().arg("serve").arg("--config").arg(&path).stdout(Stdio::null()).output(),
        )
        .await
        .expect("exits at once")
        .expect("runs");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(78), "{text}: {stderr}");
        assert!(stderr.contains(key) && stderr.contains("configuration"), "{text}: {stderr}");
        let _ = std::fs::remove_file(path);
    }
    let out = maildoctor().arg("serve").env("MAILDOCTOR_RATE_BURST", "many").output().await.expect("runs");
    assert_eq!(out.status.code(), Some(64), "a malformed variable is a usage error");
    assert!(String::from_utf8_lossy(&out.stderr).contains("many"));
}

/// One blocking HTTP/1.1 exchange; the whole answer as text (or the error).
fn http(addr: &str, request: &str) -> std::io::Result<String> {
    use std::io::{Read as _, Write as _};
    let mut stream = std::net::TcpStream::connect(addr)?;
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    stream.write_all(request.as_bytes())?;
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer)?;
    Ok(String::from_utf8_lossy(&answer).into_owned())
}

#[tokio::test]
async fn on_sigterm_serve_refuses_new_connections_finishes_the_diagnosis_in_flight_and_exits_0() {
    // The greeting comes after 2 s: the diagnosis is still running when SIGTERM arrives.
    let slow = FakeServer::plain(
        Dialect::Imap,
        vec![Step::Sleep(Duration::from_secs(2)), send("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready")],
    )
    .await;
    let port = slow.port();
    let (mut child, addr) = serve(
        maildoctor()
            .args(["serve", "--listen", "127.0.0.1:0", "--allow-private", "--shutdown-grace", "15"])
            .env("MAILDOCTOR_EXTRA_PORTS", port.to_string())
            .env("MAILDOCTOR_LOG_FORMAT", "json"),
    )
    .await;
    let json = format!(
        r#"{{"protocol":"imap","host":"127.0.0.1","port":{port},"security":"none","username":"ann","password":"{PASSWORD}","options":{{"allow_insecure_auth":true}}}}"#
    );
    let request = format!(
        "POST /api/v1/diagnose HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{json}",
        json.len()
    );
    let a = addr.clone();
    let in_flight = tokio::task::spawn_blocking(move || http(&a, &request));
    // Wait until the service counts it, then stop the service.
    let metrics = format!("GET /metrics HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    let started = Instant::now();
    loop {
        let a = addr.clone();
        let m = metrics.clone();
        let text = tokio::task::spawn_blocking(move || http(&a, &m)).await.expect("join").expect("metrics");
        if text.contains("maildoctor_in_flight 1") {
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(5), "the diagnosis never started: {text}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let pid = child.id().expect("pid").to_string();
    assert!(std::process::Command::new("kill").args(["-TERM", &pid]).status().expect("kill").success());
    tokio::time::sleep(Duration::from_millis(300)).await;
    let a = addr.clone();
    let refused = tokio::task::spawn_blocking(move || std::net::TcpStream::connect(a)).await.expect("join");
    assert!(refused.is_err(), "no new connection is accepted after SIGTERM");

    let answer = in_flight.await.expect("join").expect("the request in flight is answered");
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(answer.contains("\"verdict\""), "{answer}");
    let status =
        tokio::time::timeout(Duration::from_secs(15), child.wait()).await.expect("stops").expect("status");
    assert_eq!(status.code(), Some(0));

    let mut logs = String::new();
    use tokio::io::AsyncReadExt as _;
    child.stderr.take().expect("stderr").read_to_string(&mut logs).await.expect("logs");
    assert!(!logs.contains(PASSWORD) && !logs.contains("s3cret"), "a password in the logs:\n{logs}");
    let admitted =
        logs.lines().find(|l| l.contains("diagnosis requested")).unwrap_or_else(|| panic!("{logs}"));
    // Flat JSON lines: the event's fields and its spans' fields side by side.
    let line: Value = serde_json::from_str(admitted).expect("JSON log lines");
    assert_eq!(line["target_host"], "127.0.0.1", "{admitted}");
    let request_id = line["request_id"].as_str().unwrap_or_default().to_owned();
    assert_eq!(request_id.len(), 16, "the line carries the request id: {admitted}");
    let finished =
        logs.lines().find(|l| l.contains("diagnosis finished")).unwrap_or_else(|| panic!("{logs}"));
    let finished: Value = serde_json::from_str(finished).expect("JSON");
    assert_eq!(finished["request_id"], request_id.as_str(), "{finished}");
    assert!(finished["duration_ms"].is_u64(), "a number of milliseconds: {finished}");
    assert!(finished["verdict"].is_string() && finished["primary"].is_string(), "{finished}");
    let request = logs.lines().find(|l| l.contains("request finished")).unwrap_or_else(|| panic!("{logs}"));
    let request: Value = serde_json::from_str(request).expect("JSON");
    assert!(request["duration_ms"].is_u64() && request["status"].is_u64(), "{request}");
}

#[tokio::test]
async fn a_traceparent_names_the_request_and_a_discovery_address_is_never_logged() {
    let (mut child, addr) =
        serve(maildoctor().args(["serve", "--listen", "127.0.0.1:0"]).env("MAILDOCTOR_LOG_FORMAT", "json"))
            .await;
    let trace = "4bf92f3577b34da6a3ce929d0e0e4736";
    // A numeric "domain" is refused before any lookup: nothing leaves loopback.
    let request = format!(
        "GET /api/v1/discover?email=secret.person%40127.0.0.1 HTTP/1.1\r\nHost: {addr}\r\ntraceparent: 00-{trace}-00f067aa0ba902b7-01\r\nConnection: close\r\n\r\n"
    );
    let a = addr.clone();
    let answer =
        tokio::task::spawn_blocking(move || http(&a, &request)).await.expect("join").expect("answer");
    assert!(answer.to_ascii_lowercase().contains(&format!("x-request-id: {trace}")), "{answer}");
    let pid = child.id().expect("pid").to_string();
    assert!(std::process::Command::new("kill").args(["-TERM", &pid]).status().expect("kill").success());
    let _ = tokio::time::timeout(Duration::from_secs(15), child.wait()).await;
    let mut logs = String::new();
    use tokio::io::AsyncReadExt as _;
    child.stderr.take().expect("stderr").read_to_string(&mut logs).await.expect("logs");
    assert!(!logs.contains("secret.person"), "the address is in the logs:\n{logs}");
    let line = logs.lines().find(|l| l.contains("request finished")).unwrap_or_else(|| panic!("{logs}"));
    let line: Value = serde_json::from_str(line).expect("JSON");
    assert_eq!(line["trace_id"], trace, "{line}");
    assert_eq!(line["path"], "/api/v1/discover", "{line}");
}

#[tokio::test]
async fn a_diagnosis_longer_than_the_grace_period_does_not_hold_up_the_stop() {
    // The greeting never comes within the service's own 8 s greeting limit.
    let silent = FakeServer::plain(Dialect::Imap, vec![Step::Sleep(Duration::from_secs(30))]).await;
    let port = silent.port();
    let (mut child, addr) = serve(
        maildoctor()
            .args(["serve", "--listen", "127.0.0.1:0", "--allow-private=true", "--shutdown-grace", "1"])
            .arg(format!("--extra-port={port}")),
    )
    .await;
    let json = format!(r#"{{"protocol":"imap","host":"127.0.0.1","port":{port},"security":"none"}}"#);
    let request = format!(
        "POST /api/v1/diagnose HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{json}",
        json.len()
    );
    let a = addr.clone();
    let _in_flight = tokio::task::spawn_blocking(move || http(&a, &request));
    tokio::time::sleep(Duration::from_millis(500)).await;
    let pid = child.id().expect("pid").to_string();
    let stopping = Instant::now();
    assert!(std::process::Command::new("kill").args(["-TERM", &pid]).status().expect("kill").success());
    let status =
        tokio::time::timeout(Duration::from_secs(6), child.wait()).await.expect("stops").expect("status");
    assert_eq!(status.code(), Some(0));
    let took = stopping.elapsed();
    assert!(took >= Duration::from_millis(900) && took < Duration::from_secs(4), "stopped after {took:?}");
}

#[tokio::test]
async fn a_form_body_with_a_json_looking_content_type_still_meets_the_port_rule() {
    let limits = Limits { allowed_ports: Some(vec![993]), ..Limits::default() };
    let (app, _) = app(limits, Access::default());
    let form = Request::post("/diagnose")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded; x=json")
        .header("sec-fetch-site", "same-origin")
        .body(Body::from("protocol=imap&host=127.0.0.1&port=22&security=none"))
        .unwrap();
    let page = call(&app, from(form, [10, 0, 0, 4])).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", page.body);
    assert!(page.body.contains("only checks mail ports"), "{}", page.body);
}

#[tokio::test]
async fn a_percent_encoded_email_key_on_the_discovery_page_still_counts_against_the_rate() {
    let (app, _) = app(Limits { rate_burst: 1, rate_per_minute: 1, ..open_limits() }, Access::default());
    let page = || from(Request::get("/discover?%65mail=nobody").body(Body::empty()).unwrap(), [10, 0, 0, 8]);
    call(&app, page()).await;
    let second = call(&app, page()).await;
    assert_eq!(second.status, StatusCode::TOO_MANY_REQUESTS, "{}", second.body);
}

#[tokio::test]
async fn a_client_that_leaves_the_stream_does_not_free_the_slot_before_the_diagnosis_ends() {
    use tower::ServiceExt as _;
    let silent = FakeServer::plain(Dialect::Imap, vec![Step::Sleep(Duration::from_secs(10))]).await;
    let limits = Limits { max_in_flight: 1, allowed_ports: Some(vec![silent.port()]), ..Limits::unlimited() };
    let (app, state) = app(limits, Access::default());
    let body =
        format!(r#"{{"protocol":"imap","host":"127.0.0.1","port":{},"security":"none"}}"#, silent.port());
    let req = Request::post("/api/v1/diagnose/stream").header(header::CONTENT_TYPE, "application/json");
    let resp = app.clone().oneshot(from(req.body(Body::from(body)).unwrap(), [10, 0, 0, 1])).await.unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    drop(resp); // the client leaves before the first event
    assert_eq!(
        state.guard().in_flight(),
        1,
        "the diagnosis still runs (and will log out): its slot is taken"
    );
    let started = Instant::now();
    while state.guard().in_flight() > 0 {
        assert!(started.elapsed() < Duration::from_secs(10), "the abandoned diagnosis never ended");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}
