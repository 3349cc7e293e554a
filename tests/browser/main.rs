//! Browser tests: the web face in real headless Chromium (Debian's `chromium` and
//! `chromium-driver`), driven over WebDriver, against the app and fake mail servers on
//! 127.0.0.1. Ignored by a plain `cargo test` (they need the browser); `scripts/browser-tests`
//! installs what is missing and runs them. With `MAILDOCTOR_SCREENSHOTS=docs/screenshots` they
//! also save the README's screenshots there.

// Test helpers may panic: a failed set-up is a failed test.
#![allow(unreachable_pub, missing_docs, clippy::expect_used, clippy::unwrap_used)]

#[path = "../it/support/mod.rs"]
mod support;
mod webdriver;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use maildoctor::config::Settings;
use maildoctor::runner::Engine;
use maildoctor::web::{self, AppState};
use tokio::net::TcpListener;

use support::certs::TestCa;
use support::dns::{FakeDns, Zone};
use support::fake_server::{Dialect, FakeServer, Step, send};
use webdriver::{Browser, Options};

const PASSWORD: &str = "hunter2-Ω";
const ENTER: &str = "\u{E007}";
const WIDE: (u32, u32) = (1280, 900);
const PHONE: (u32, u32) = (390, 844);

/// The app on 127.0.0.1:0 with a fake DNS server and the test CA trusted.
struct Site {
    url: String,
    _dns: FakeDns,
    _server: FakeServer,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Site {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Serves the app for `server`, reachable as `name` through the fake DNS.
async fn site(name: &str, ca: &TestCa, server: FakeServer) -> Site {
    let dns = Zone::new().addr(name, "127.0.0.1").start().await;
    let mut settings: Settings = support::settings(Some(ca.pem.clone()));
    settings.dns_server = Some(dns.addr);
    // The fakes pause on purpose so that progress can be watched; give them room.
    settings.timeouts.io = Duration::from_secs(6);
    let engine = Engine::new(settings).expect("engine");
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("addr"));
    let state = AppState::new(Arc::new(engine));
    let task = tokio::spawn(async move {
        let _ = web::serve(listener, state, std::future::pending()).await;
    });
    Site { url, _dns: dns, _server: server, task }
}

/// Gmail over TLS that wants an app password, answering the sign-in only after `pause`.
async fn gmail_wanting_an_app_password(ca: &TestCa, pause: Duration) -> FakeServer {
    let config = ca.leaf("imap.gmail.com", &["imap.gmail.com"], (-1, 90)).server_config();
    let script = vec![
        send("* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] Gimap ready for requests from 127.0.0.1 x1"),
        Step::Recv,
        Step::Sleep(pause),
        send(
            "{tag} NO [ALERT] Application-specific password required: https://support.google.com/accounts/answer/185833 (Failure)",
        ),
    ];
    FakeServer::tls(Dialect::Imap, script, config).await
}

/// A Dovecot over TLS that accepts the sign-in.
async fn working_dovecot(ca: &TestCa) -> FakeServer {
    let config = ca.leaf("mail.example.test", &["mail.example.test"], (-1, 365)).server_config();
    let script = vec![send("* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] Dovecot ready.")];
    FakeServer::tls(Dialect::Imap, script, config).await
}

fn screenshot(name: &str) -> Option<PathBuf> {
    std::env::var_os("MAILDOCTOR_SCREENSHOTS").map(|dir| PathBuf::from(dir).join(name))
}

async fn save(browser: &Browser, name: &str) {
    if let Some(path) = screenshot(name) {
        browser.screenshot(&path).await;
        eprintln!("saved {}", path.display());
    }
}

/// Fills the form for `host:port` with a user name and the password.
async fn fill_form(b: &Browser, host: &str, port: u16, username: &str) {
    b.fill("#host", host).await;
    b.fill("#port", &port.to_string()).await;
    b.fill("#username", username).await;
    b.fill("#password", PASSWORD).await;
}

async fn active_id(b: &Browser) -> String {
    b.js("return document.activeElement && document.activeElement.id")
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

/// Runs a test body on a runtime whose threads have room for deep debug-build futures.
fn run(body: impl std::future::Future<Output = ()> + Send + 'static) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_stack_size(32 << 20)
        .enable_all()
        .build()
        .expect("runtime");
    let task = runtime.spawn(body);
    let outcome = runtime.block_on(task);
    if let Err(e) = outcome {
        std::panic::resume_unwind(e.into_panic());
    }
}

/// How many stages of the report's timeline are really on screen (laid out, not pushed off).
async fn visible_stages(b: &Browser) -> u64 {
    let script = "return Array.from(document.querySelectorAll('.timeline li.stage')).filter(function (li) {
        var r = li.getBoundingClientRect(); return r.width > 100 && r.height > 10 && r.left >= 0; }).length";
    b.js(script).await.as_u64().unwrap_or_default()
}

#[test]
#[ignore = "needs Chromium: run scripts/browser-tests"]
fn with_the_script_each_stage_appears_live_then_the_gmail_remedy_steps() {
    run(async move {
        let ca = TestCa::new("maildoctor demo CA");
        let server = gmail_wanting_an_app_password(&ca, Duration::from_millis(1500)).await;
        let port = server.port();
        let site = site("imap.gmail.com", &ca, server).await;
        let b = Browser::start(Options { javascript: true, size: WIDE }).await;
        b.goto(&site.url).await;

        // The shortcut fills Gmail's servers; port and security follow the protocol.
        b.click(&b.find("a[data-provider=gmail]").await).await;
        assert_eq!(b.prop("#host", "value").await, "imap.gmail.com");
        assert_eq!(b.prop("#port", "value").await, "993");
        assert_eq!(b.prop("#security", "value").await, "tls");
        b.click(&b.find("label[for=protocol-smtp]").await).await;
        assert_eq!(b.prop("#host", "value").await, "smtp.gmail.com", "the provider's SMTP server");
        b.click(&b.find("label[for=protocol-imap]").await).await;
        assert_eq!(b.prop("#host", "value").await, "imap.gmail.com");
        fill_form(&b, "imap.gmail.com", port, "alice@gmail.com").await;
        save(&b, "form.png").await;
        b.click(&b.find("#submit").await).await;

        // Live: the first five stages are on the page while the server still thinks about the
        // password, and the report is not there yet.
        b.wait_for_count("#progress-stages li", 5, Duration::from_secs(10)).await;
        let shown = b.count("#progress-stages li").await;
        assert!(shown < 8, "stages arrive one by one, not all at the end ({shown} shown)");
        assert_eq!(b.count("#report").await, 0, "no report yet");
        assert_eq!(b.prop("#progress", "hidden").await, false);
        let tcp = b.text("#progress-stages li[data-stage=tcp]").await;
        assert!(
            tcp.contains('✓') && tcp.contains("Connecting to the server") && tcp.contains(" ms"),
            "{tcp}"
        );
        assert!(b.text("#progress-status").await.contains("Talking to the mail service"));
        save(&b, "progress.png").await;

        // Then the report replaces the progress, with Gmail's own steps.
        b.wait_for_count("#verdict-title", 1, Duration::from_secs(15)).await;
        assert!(b.text("#verdict-title").await.contains("does not work"));
        assert_eq!(active_id(&b).await, "verdict-title", "the focus moves to the verdict");
        let steps = b.count(".primary ol.steps li").await;
        assert!(steps >= 2, "numbered remedy steps ({steps})");
        let primary = b.text(".primary").await;
        assert!(primary.to_lowercase().contains("app password"), "{primary}");
        assert!(primary.contains("auth.app_password_required"), "{primary}");
        let settings = b.text(".settings").await;
        assert!(settings.contains("imap.gmail.com") && settings.contains("993"), "{settings}");
        assert_eq!(visible_stages(&b).await, 8, "every stage is on screen, skipped ones too");
        assert!(!b.prop("[data-copy]", "hidden").await.as_bool().unwrap(), "the copy button is offered");
        let origin = serde_json::json!({ "origin": site.url, "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"] });
        b.cdp("Browser.grantPermissions", origin).await;
        b.click(&b.find("[data-copy]").await).await;
        b.wait_for_count("#copy-status:not(:empty)", 1, Duration::from_secs(5)).await;
        assert!(b.text("#copy-status").await.starts_with("Copied."), "{}", b.text("#copy-status").await);
        assert!(!b.source().await.contains("hunter2"), "the password is nowhere in the page");
        let errors = b.console_errors().await;
        assert!(errors.is_empty(), "nothing blocked by the CSP, nothing failed: {errors:?}");
        save(&b, "report-failing.png").await;
        check_again(&b).await;
    });
}

/// "Check other settings" brings the form back as it was, ready for another try.
async fn check_again(b: &Browser) {
    b.click(&b.find("a[data-again]").await).await;
    assert_eq!(b.count("#report").await, 0);
    assert_eq!(b.prop("#form-page", "hidden").await, false);
    assert_eq!(b.prop("#host", "value").await, "imap.gmail.com");
    assert_eq!(active_id(b).await, "host");
    b.click(&b.find("#submit").await).await;
    b.wait_for_count("#progress-stages li", 1, Duration::from_secs(10)).await;
    assert!(b.count("#progress-stages li").await < 8, "the old progress was cleared");
    b.wait_for_count("#verdict-title", 1, Duration::from_secs(15)).await;
    assert_eq!(b.count("#report").await, 1, "one report at a time");
}

#[test]
#[ignore = "needs Chromium: run scripts/browser-tests"]
fn with_the_script_a_working_server_gets_the_no_problems_page() {
    run(async move {
        let ca = TestCa::new("maildoctor demo CA");
        let server = working_dovecot(&ca).await;
        let port = server.port();
        let site = site("mail.example.test", &ca, server).await;
        let b = Browser::start(Options { javascript: true, size: WIDE }).await;
        b.goto(&site.url).await;
        fill_form(&b, "mail.example.test", port, "alice@example.test").await;
        b.click(&b.find("#submit").await).await;
        b.wait_for_count("#verdict-title", 1, Duration::from_secs(15)).await;
        let verdict = b.text(".verdict").await;
        assert!(verdict.contains("No problems found"), "{verdict}");
        assert_eq!(b.count(".verdict.ok").await, 1);
        assert_eq!(visible_stages(&b).await, 8);
        let auth = b.text(".timeline li[data-stage=auth]").await;
        assert!(auth.contains('✓') && auth.contains("Signing in"), "{auth}");
        // The technical details open by keyboard-reachable summaries.
        b.click(&b.find(".technical details summary").await).await;
        assert!(b.text(".technical details").await.contains("mail.example.test"));
        assert!(!b.source().await.contains("hunter2"));
        let errors = b.console_errors().await;
        assert!(errors.is_empty(), "nothing blocked by the CSP, nothing failed: {errors:?}");
        save(&b, "report-ok.png").await;
        b.cdp(
            "Emulation.setEmulatedMedia",
            serde_json::json!({ "features": [{ "name": "prefers-color-scheme", "value": "dark" }] }),
        )
        .await;
        let background = b.js("return getComputedStyle(document.body).backgroundColor").await;
        assert_eq!(background, "rgb(13, 17, 23)", "the dark palette follows the system setting");
        save(&b, "report-ok-dark.png").await;
    });
}

#[test]
#[ignore = "needs Chromium: run scripts/browser-tests"]
fn without_the_script_the_form_posts_and_the_server_renders_the_report() {
    run(async move {
        let ca = TestCa::new("maildoctor demo CA");
        let server = gmail_wanting_an_app_password(&ca, Duration::from_millis(10)).await;
        let port = server.port();
        let site = site("imap.gmail.com", &ca, server).await;
        let b = Browser::start(Options { javascript: false, size: WIDE }).await;

        // The shortcut is a plain link that reloads the form filled in.
        b.goto(&site.url).await;
        assert_eq!(b.prop("#port", "value").await, "", "no script ran: the port did not follow the protocol");
        b.click(&b.find("a[data-provider=gmail]").await).await;
        b.wait_for_count("a[data-provider=gmail][aria-current]", 1, Duration::from_secs(10)).await;
        assert!(b.url().await.ends_with("/?provider=gmail&protocol=imap"), "{}", b.url().await);
        assert_eq!(b.prop("#host", "value").await, "imap.gmail.com");

        // An empty server comes back from the server with the error on the field, focused.
        b.fill("#host", "").await;
        b.click(&b.find("#submit").await).await;
        b.wait_for_count(".error-summary[role=alert]:not([hidden])", 1, Duration::from_secs(10)).await;
        assert!(b.text(".error-summary").await.contains("Enter the server name"));
        assert_eq!(active_id(&b).await, "host", "the first field with an error has the focus");
        assert_eq!(b.prop("#host", "ariaInvalid").await, "true");

        fill_form(&b, "imap.gmail.com", port, "alice@gmail.com").await;
        b.click(&b.find("#submit").await).await;
        b.wait_for_count("#verdict-title", 1, Duration::from_secs(15)).await;
        assert!(
            b.url().await.ends_with("/diagnose?lang=en"),
            "a real form post, its language kept: {}",
            b.url().await
        );
        assert!(b.text("#verdict-title").await.contains("does not work"));
        assert!(b.count(".primary ol.steps li").await >= 2);
        assert!(b.text(".primary").await.to_lowercase().contains("app password"));
        assert_eq!(visible_stages(&b).await, 8);
        assert!(
            b.prop("[data-copy]", "hidden").await.as_bool().unwrap(),
            "no copy button without the script"
        );
        assert!(b.text(".share").await.contains("Download JSON"));
        assert!(!b.source().await.contains("hunter2"));
    });
}

#[test]
#[ignore = "needs Chromium: run scripts/browser-tests"]
fn on_a_phone_the_form_fits_and_works_from_the_keyboard() {
    run(async move {
        let ca = TestCa::new("maildoctor demo CA");
        let server = working_dovecot(&ca).await;
        let port = server.port();
        let site = site("mail.example.test", &ca, server).await;
        let b = Browser::start(Options { javascript: true, size: PHONE }).await;
        b.goto(&site.url).await;
        let width = b.js("return window.innerWidth").await;
        assert!(width.as_u64().unwrap() <= u64::from(PHONE.0), "a phone-sized window: {width}");
        let fits = b.js("return document.documentElement.scrollWidth <= window.innerWidth").await;
        assert_eq!(fits, true, "nothing wider than the screen");
        save(&b, "form-phone.png").await;

        // The port follows the protocol until changed; security stays Automatic (detected).
        assert_eq!(b.prop("#security", "value").await, "auto");
        assert_eq!(b.prop("#port", "value").await, "993");
        b.click(&b.find("label[for=protocol-pop3]").await).await;
        assert_eq!(b.prop("#port", "value").await, "995");
        b.click(&b.find("label[for=protocol-smtp]").await).await;
        assert_eq!(b.prop("#port", "value").await, "465");
        b.fill("#port", "2525").await;
        b.click(&b.find("label[for=protocol-imap]").await).await;
        assert_eq!(b.prop("#port", "value").await, "2525", "a port typed by the person stays");

        // Enter in the empty server field: the error is announced and the focus stays on it.
        let host = b.find("#host").await;
        b.type_into(&host, ENTER).await;
        assert_eq!(b.prop("#client-errors", "hidden").await, false);
        assert_eq!(active_id(&b).await, "host");
        assert_eq!(b.prop("#host", "ariaInvalid").await, "true");
        let described = b.js("return document.getElementById('host').getAttribute('aria-describedby')").await;
        assert_eq!(described, "host-hint host-error");
        assert!(b.text("#host-error").await.contains("Enter the server name"));
        let fits = b.js("return document.documentElement.scrollWidth <= window.innerWidth").await;
        assert_eq!(fits, true, "the error fits too");

        // The whole check by keyboard: type, then Enter in the password field.
        b.fill("#host", "mail.example.test").await;
        b.fill("#port", &port.to_string()).await;
        b.fill("#username", "alice@example.test").await;
        b.fill("#password", PASSWORD).await;
        b.type_into(&b.find("#password").await, ENTER).await;
        b.wait_for_count("#verdict-title", 1, Duration::from_secs(15)).await;
        assert_eq!(b.count(".verdict.ok").await, 1);
        assert_eq!(visible_stages(&b).await, 8);
        b.click(&b.find(".technical details:nth-of-type(2) summary").await).await;
        let fits = b.js("return document.documentElement.scrollWidth <= window.innerWidth").await;
        assert_eq!(fits, true, "the report, transcript open, fits the phone too");
        save(&b, "report-phone.png").await;
    });
}

#[test]
#[ignore = "needs Chromium: run scripts/browser-tests"]
fn stop_brings_the_form_back_as_it_was() {
    run(async move {
        let ca = TestCa::new("maildoctor demo CA");
        let server = gmail_wanting_an_app_password(&ca, Duration::from_secs(2)).await;
        let port = server.port();
        let site = site("imap.gmail.com", &ca, server).await;
        let b = Browser::start(Options { javascript: true, size: WIDE }).await;
        b.goto(&site.url).await;
        fill_form(&b, "imap.gmail.com", port, "alice@gmail.com").await;
        b.click(&b.find("#submit").await).await;
        b.wait_for_count("#progress-stages li", 5, Duration::from_secs(10)).await;
        b.click(&b.find("#stop").await).await;
        assert_eq!(b.prop("#progress", "hidden").await, true);
        assert_eq!(b.prop("#form-page", "hidden").await, false);
        assert!(b.text("#fill-status").await.starts_with("Stopped."));
        assert_eq!(active_id(&b).await, "submit", "the focus is back on the button");
        assert_eq!(b.prop("#host", "value").await, "imap.gmail.com", "what was typed is still there");
        assert_eq!(b.prop("#password", "value").await, PASSWORD, "so the person can try again at once");
        // The report never arrives on this page.
        tokio::time::sleep(Duration::from_millis(2500)).await;
        assert_eq!(b.count("#report").await, 0);
    });
}

/// The layout facts of the discovery page as the browser lays it out.
async fn discovery_layout(b: &Browser) -> serde_json::Value {
    b.js(
        "const labels = [...document.querySelectorAll('code.host')].flatMap(c => [...c.childNodes].filter(n => n.nodeType === 3));
         const broken = labels.filter(t => { const r = document.createRange(); r.selectNodeContents(t);
             return [...r.getClientRects()].filter(x => x.width > 0).length !== 1; }).map(t => t.textContent);
         const links = [...document.querySelectorAll('.settings a')];
         return { fits: document.documentElement.scrollWidth <= window.innerWidth,
                  labels: labels.length, broken: broken,
                  links: links.length,
                  links_visible: links.every(a => { const r = a.getBoundingClientRect(); return r.left >= 0 && r.right <= window.innerWidth; }) };",
    )
    .await
}

#[test]
#[ignore = "needs Chromium: run scripts/browser-tests"]
fn the_discovery_page_fits_a_desktop_and_a_phone_and_never_breaks_a_host_name_inside_a_label() {
    run(async move {
        let ca = TestCa::new("maildoctor demo CA");
        let site = site("mail.example.test", &ca, working_dovecot(&ca).await).await;
        // Offline: the ISPDB copy built in answers for outlook.es (long host names, notes).
        let url = format!("{}/discover?email=someone%40outlook.es", site.url);
        for (size, shot) in [((1100, 900), "discover-desktop.png"), (PHONE, "discover-phone.png")] {
            let b = Browser::start(Options { javascript: true, size }).await;
            b.goto(&url).await;
            b.wait_for_count("#settings-title", 1, Duration::from_secs(15)).await;
            let layout = discovery_layout(&b).await;
            assert_eq!(layout["fits"], true, "at {size:?} the page is no wider than the window: {layout}");
            assert!(layout["labels"].as_u64().unwrap() >= 6, "host names are there: {layout}");
            assert_eq!(layout["broken"], serde_json::json!([]), "no label broken at {size:?}: {layout}");
            assert!(layout["links"].as_u64().unwrap() >= 2, "{layout}");
            assert_eq!(
                layout["links_visible"], true,
                "'Diagnose with these settings' is on screen: {layout}"
            );
            assert!(b.text(".settings").await.contains("outlook.office365.com"));
            save(&b, shot).await;
        }
    });
}

/// The app with a report store (SQLite in a temporary directory) and an API token, so the
/// desk view is on; `name` resolves to 127.0.0.1 through the fake DNS.
async fn desk_site(name: &str, ca: &TestCa, server: FakeServer, token: &str) -> Site {
    use maildoctor::config::{Access, Limits};
    use maildoctor::store::{Store, StoreConfig};
    let dns = Zone::new().addr(name, "127.0.0.1").start().await;
    let mut settings: Settings = support::settings(Some(ca.pem.clone()));
    settings.dns_server = Some(dns.addr);
    let engine = Engine::new(settings).expect("engine");
    let dir = std::env::temp_dir().join(format!("maildoctor-browser-desk-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let config = StoreConfig { data_dir: dir, database_url: None, retention: Duration::from_secs(86_400) };
    let store = Store::open(&config).await.expect("store");
    let access = Access { api_tokens: vec![token.to_owned()], protect_form: false };
    let limits = Limits { allowed_ports: None, ..Limits::unlimited() };
    let guard = web::guard::Guard::new(limits, access);
    let state = AppState::with_guard(engine, guard).with_store(store);
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("addr"));
    let task = tokio::spawn(async move {
        let _ = web::serve(listener, state, std::future::pending()).await;
    });
    Site { url, _dns: dns, _server: server, task }
}

/// POSTs JSON to the site's API with the token; the answer's JSON.
async fn api(url: &str, token: &str, body: serde_json::Value) -> serde_json::Value {
    let answer = reqwest::Client::new()
        .post(url)
        .bearer_auth(token)
        .json(&body)
        .send()
        .await
        .expect("the API answers");
    answer.json().await.expect("JSON")
}

#[test]
#[ignore = "needs Chromium: run scripts/browser-tests"]
fn a_shared_report_the_side_by_side_view_and_the_desk_render_and_fit() {
    run(async move {
        const TOKEN: &str = "browser-desk-token-0123456789";
        let ca = TestCa::new("maildoctor demo CA");
        let server = working_dovecot(&ca).await;
        let port = server.port();
        let site = desk_site("mail.example.test", &ca, server, TOKEN).await;

        // The desk's own check: the server answers.
        let request = serde_json::json!({"protocol": "imap", "host": "mail.example.test", "port": port,
            "security": "tls", "email": "ann@example.test", "ticket": "HD-4711"});
        let desk = api(&format!("{}/api/v1/diagnose", site.url), TOKEN, request).await;
        let desk_link = desk["share"].as_str().expect("saved").to_owned();
        // The user's computer: the same settings, but the port is blocked there (refused).
        let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let refused =
            serde_json::json!({"protocol": "imap", "host": "127.0.0.1", "port": closed, "security": "tls"});
        let mut user = api(&format!("{}/api/v1/diagnose", site.url), TOKEN, refused).await;
        for field in ["share", "request_id"] {
            user.as_object_mut().unwrap().remove(field);
        }
        user["request"] = desk["request"].clone();
        user["target"] = desk["target"].clone();
        let summary = user["summary"]
            .as_str()
            .unwrap()
            .replace(&format!("127.0.0.1 port {closed}"), &format!("mail.example.test port {port}"));
        user["summary"] = serde_json::json!(summary);
        let uploaded = api(
            &format!("{}/api/v1/reports", site.url),
            TOKEN,
            serde_json::json!({"client_version": env!("CARGO_PKG_VERSION"), "report": user}),
        )
        .await;
        let user_link = uploaded["link"].as_str().expect("uploaded").to_owned();
        // A few more for the desk's list and chart.
        for i in 0..6 {
            let other = serde_json::json!({"protocol": "imap", "host": "127.0.0.1", "port": closed,
                "security": "none", "ticket": format!("HD-{}", 4800 + i)});
            api(&format!("{}/api/v1/diagnose", site.url), TOKEN, other).await;
        }

        for (size, suffix) in [(WIDE, ""), (PHONE, "-phone")] {
            let b = Browser::start(Options { javascript: true, size }).await;
            // The share link, as the user's report.
            b.goto(&format!("{}{user_link}", site.url)).await;
            b.wait_for_count("#verdict-title", 1, Duration::from_secs(10)).await;
            assert!(b.text("#vantage").await.contains("Run from the user's own computer"));
            assert!(b.text("#vantage").await.contains("Ticket: HD-4711"));
            assert_eq!(b.text("#share-link").await, user_link);
            assert_eq!(b.prop("[data-copy=share-link]", "hidden").await, false, "copy link is offered");
            let fits = b.js("return document.documentElement.scrollWidth <= window.innerWidth").await;
            assert_eq!(fits, true, "the shared report fits at {size:?}");
            assert_eq!(b.console_errors().await, Vec::<String>::new());
            if suffix.is_empty() {
                save(&b, "shared-report.png").await;
            }

            // Side by side, started from the page's own box.
            b.fill("#compare-b", &format!("{}{desk_link}", site.url)).await;
            b.click(&b.find(".compare button").await).await;
            b.wait_for_count(".side-by-side .column", 2, Duration::from_secs(10)).await;
            let reading = b.text(".reading").await;
            assert!(reading.contains("blocks port"), "{reading}");
            let layout = b
                .js("const c = [...document.querySelectorAll('.side-by-side .column')].map(e => e.getBoundingClientRect());
                     return { side_by_side: Math.abs(c[0].top - c[1].top) < 2 && c[0].right <= c[1].left,
                              fits: document.documentElement.scrollWidth <= window.innerWidth,
                              left: document.querySelector('.side-by-side .column h2').textContent };")
                .await;
            assert_eq!(layout["fits"], true, "{layout}");
            assert_eq!(
                layout["side_by_side"],
                size == WIDE,
                "columns side by side on a desktop, stacked on a phone: {layout}"
            );
            assert!(
                layout["left"].as_str().unwrap().contains("help desk"),
                "the desk's report on the left: {layout}"
            );
            assert_eq!(
                b.count("tr.differs").await,
                3,
                "tcp, tls and protocol differ (no sign-in on either side)"
            );
            save(&b, &format!("compare{suffix}.png")).await;

            // The desk, with the token as the Basic password.
            use base64::Engine as _;
            let basic = base64::engine::general_purpose::STANDARD.encode(format!("desk:{TOKEN}"));
            b.cdp("Network.enable", serde_json::json!({})).await;
            b.cdp(
                "Network.setExtraHTTPHeaders",
                serde_json::json!({"headers": {"Authorization": format!("Basic {basic}")}}),
            )
            .await;
            b.goto(&format!("{}/desk", site.url)).await;
            b.wait_for_count("table.desk", 1, Duration::from_secs(10)).await;
            // The desk's check, the refused run the upload was made from, the upload, six more.
            assert_eq!(b.count("table.desk tbody tr").await, 9);
            assert!(b.count("svg.chart rect").await >= 1, "the chart has a bar this hour");
            assert!(b.text(".legend").await.contains("tcp.refused"));
            let fits = b.js("return document.documentElement.scrollWidth <= window.innerWidth").await;
            assert_eq!(fits, true, "the desk fits at {size:?} (the table scrolls inside its box)");
            b.fill("#f-ticket", "HD-4711").await;
            b.click(&b.find(".filters button").await).await;
            b.wait_for_count("table.desk tbody tr", 2, Duration::from_secs(10)).await;
            assert_eq!(b.console_errors().await, Vec::<String>::new());
            b.goto(&format!("{}/desk", site.url)).await;
            b.wait_for_count("table.desk", 1, Duration::from_secs(10)).await;
            save(&b, &format!("desk{suffix}.png")).await;
        }
    });
}

#[test]
#[ignore = "needs Chromium: run scripts/browser-tests"]
fn in_german_and_chinese_the_form_the_live_progress_and_the_report_speak_the_language() {
    use maildoctor::diagnosis::{Code, catalog::Catalog};
    use maildoctor::i18n::Lang;

    run(async move {
        for (lang, shot) in
            [(Lang::De, "report-de.png"), (Lang::from_tag("zh-CN").expect("Chinese"), "report-zh-CN.png")]
        {
            let ca = TestCa::new("maildoctor demo CA");
            let server = gmail_wanting_an_app_password(&ca, Duration::from_millis(300)).await;
            let port = server.port();
            let site = site("imap.gmail.com", &ca, server).await;
            let b = Browser::start(Options { javascript: true, size: WIDE }).await;
            b.goto(&format!("{}/?lang={}", site.url, lang.code())).await;
            assert_eq!(b.js("return document.documentElement.lang").await, lang.code());
            assert_eq!(b.text("h1").await, lang.t("form-title"));

            // The script's own words come from the page, in its language.
            b.click(&b.find("a[data-provider=gmail]").await).await;
            let filled = b.text("#fill-status").await;
            assert!(filled.contains("imap.gmail.com") && filled.contains("Gmail"), "{filled}");
            assert!(!filled.contains("Filled in") || lang == Lang::En, "{filled}");
            fill_form(&b, "imap.gmail.com", port, "alice@gmail.com").await;
            b.click(&b.find("#submit").await).await;
            b.wait_for_count("#verdict-title", 1, Duration::from_secs(15)).await;

            assert_eq!(b.text("#verdict-title").await, lang.t("verdict-error"));
            let primary = b.text(".primary").await;
            let words = Catalog::for_lang(lang).entry(Code::AuthAppPasswordRequired);
            assert!(primary.contains(words.title), "{primary}");
            for step in words.remedy_for(Some("gmail")) {
                assert!(primary.contains(step.as_str()), "{}: step missing: {step}\n{primary}", lang.code());
            }
            assert!(primary.contains("auth.app_password_required"), "the code is not translated");
            assert!(b.text(".timeline").await.contains(&lang.t("stage-auth")));
            let transcript = b.js("return document.querySelector('table.transcript').textContent").await;
            assert!(
                transcript.as_str().unwrap_or_default().contains("Application-specific password required"),
                "the server's words stay as they came"
            );
            let errors = b.console_errors().await;
            assert!(errors.is_empty(), "{errors:?}");
            save(&b, shot).await;
        }
    });
}
