//! A minimal W3C WebDriver client for chromedriver (HTTP/1.1 over a loopback socket), enough
//! to drive Debian's Chromium headless: navigate, find, click, type, run a script, screenshot.
//!
//! No crate downloads a browser here: the browser is `/usr/bin/chromium`, its driver
//! `/usr/bin/chromedriver` (override with `CHROMIUM` / `CHROMEDRIVER`).

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// The key WebDriver uses for element references.
const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

/// How a browser is started.
pub struct Options {
    /// Run page scripts.
    pub javascript: bool,
    /// Window width and height in CSS pixels.
    pub size: (u32, u32),
}

/// A running chromedriver with one Chromium session; both end on drop.
pub struct Browser {
    port: u16,
    session: String,
    driver: Child,
    profile: PathBuf,
}

/// A found element.
#[derive(Clone, Debug)]
pub struct Element(String);

impl Browser {
    /// Starts chromedriver and a headless Chromium with a fresh profile.
    pub async fn start(options: Options) -> Browser {
        let port = free_port();
        let driver_bin = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into());
        let driver = Command::new(&driver_bin)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {driver_bin} ({e}); run scripts/browser-tests"));
        let profile = std::env::temp_dir().join(format!("maildoctor-chromium-{}-{port}", std::process::id()));
        let mut browser = Browser { port, session: String::new(), driver, profile };
        browser.wait_ready().await;
        let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
        let (w, h) = options.size;
        let args = vec![
            "--headless".to_owned(),
            "--no-sandbox".into(),
            "--disable-gpu".into(),
            "--disable-quic".into(),
            "--no-first-run".into(),
            "--disable-background-networking".into(),
            "--disable-component-update".into(),
            "--disable-sync".into(),
            "--disable-dev-shm-usage".into(),
            "--hide-scrollbars".into(),
            "--force-device-scale-factor=1".into(),
            format!("--window-size={w},{h}"),
            format!("--user-data-dir={}", browser.profile.display()),
        ];
        let mut chrome = json!({ "binary": chromium, "args": args });
        if !options.javascript {
            chrome["prefs"] = json!({ "profile.managed_default_content_settings.javascript": 2 });
        }
        let caps = json!({ "capabilities": { "alwaysMatch": {
            "browserName": "chrome", "goog:chromeOptions": chrome, "pageLoadStrategy": "normal",
            "goog:loggingPrefs": { "browser": "ALL" } } } });
        let value = browser.raw("POST", "/session", Some(caps)).await;
        browser.session = value["sessionId"].as_str().expect("a session id").to_owned();
        // Headless windows are at least 500 px wide: emulate the screen instead (a phone is
        // `mobile`, so the page's viewport meta tag applies as on a real one).
        let metrics = json!({ "width": w, "height": h, "deviceScaleFactor": 1, "mobile": w < 600 });
        browser.cdp("Emulation.setDeviceMetricsOverride", metrics).await;
        browser
    }

    async fn wait_ready(&self) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if let Ok(v) = self.try_raw("GET", "/status", None).await
                && v["ready"] == true
            {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("chromedriver did not become ready");
    }

    /// One command in this session; returns its `value`.
    pub async fn cmd(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let path = format!("/session/{}{path}", self.session);
        self.raw(method, &path, body).await
    }

    async fn raw(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        match self.try_raw(method, path, body).await {
            Ok(v) => v,
            Err(e) => panic!("WebDriver {method} {path}: {e}"),
        }
    }

    async fn try_raw(&self, method: &str, path: &str, body: Option<Value>) -> Result<Value, String> {
        let body = body.map(|b| b.to_string()).unwrap_or_default();
        if std::env::var_os("WEBDRIVER_TRACE").is_some() {
            eprintln!("webdriver: {method} {path}");
        }
        let mut tcp = TcpStream::connect(("127.0.0.1", self.port)).await.map_err(|e| e.to_string())?;
        let head = format!(
            "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            self.port,
            body.len()
        );
        tcp.write_all(head.as_bytes()).await.map_err(|e| e.to_string())?;
        tcp.write_all(body.as_bytes()).await.map_err(|e| e.to_string())?;
        let limit = if path == "/status" { Duration::from_secs(2) } else { Duration::from_secs(60) };
        let (head, body) = tokio::time::timeout(limit, read_response(&mut tcp))
            .await
            .map_err(|_| format!("no answer within {limit:?}"))??;
        let json: Value = serde_json::from_str(&body).map_err(|e| format!("{e}: {body}"))?;
        let value = json.get("value").cloned().unwrap_or(Value::Null);
        if head.starts_with("HTTP/1.1 2") || head.starts_with("HTTP/1.0 2") {
            Ok(value)
        } else {
            Err(format!("{}: {}", value["error"], value["message"]))
        }
    }

    /// Opens `url` and waits for the load.
    pub async fn goto(&self, url: &str) {
        self.cmd("POST", "/url", Some(json!({ "url": url }))).await;
    }

    /// The current address.
    pub async fn url(&self) -> String {
        self.cmd("GET", "/url", None).await.as_str().unwrap_or_default().to_owned()
    }

    /// The first element matching `css`.
    pub async fn find(&self, css: &str) -> Element {
        let v = self.cmd("POST", "/element", Some(json!({ "using": "css selector", "value": css }))).await;
        Element(v[ELEMENT].as_str().unwrap_or_else(|| panic!("no element {css}")).to_owned())
    }

    /// Clicks.
    pub async fn click(&self, el: &Element) {
        self.cmd("POST", &format!("/element/{}/click", el.0), Some(json!({}))).await;
    }

    /// Types into an element (WebDriver keys: `\u{E007}` is Enter).
    pub async fn type_into(&self, el: &Element, text: &str) {
        self.cmd("POST", &format!("/element/{}/value", el.0), Some(json!({ "text": text }))).await;
    }

    /// Empties a field.
    pub async fn clear(&self, el: &Element) {
        self.cmd("POST", &format!("/element/{}/clear", el.0), Some(json!({}))).await;
    }

    /// Replaces a field's value by typing.
    pub async fn fill(&self, css: &str, text: &str) {
        let el = self.find(css).await;
        self.clear(&el).await;
        if !text.is_empty() {
            self.type_into(&el, text).await;
        }
    }

    /// Runs `script` (a function body; `return` a value) in the page.
    pub async fn js(&self, script: &str) -> Value {
        self.cmd("POST", "/execute/sync", Some(json!({ "script": script, "args": [] }))).await
    }

    /// A property of the first element matching `css`, read through the DOM.
    pub async fn prop(&self, css: &str, prop: &str) -> Value {
        let el = self.find(css).await;
        self.cmd("GET", &format!("/element/{}/property/{prop}", el.0), None).await
    }

    /// The visible text of the first element matching `css`.
    pub async fn text(&self, css: &str) -> String {
        let el = self.find(css).await;
        self.cmd("GET", &format!("/element/{}/text", el.0), None)
            .await
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    /// How many elements match `css` (none while a new page is still loading).
    pub async fn count(&self, css: &str) -> usize {
        let path = format!("/session/{}/elements", self.session);
        let body = json!({ "using": "css selector", "value": css });
        self.try_raw("POST", &path, Some(body))
            .await
            .ok()
            .and_then(|v| v.as_array().map(Vec::len))
            .unwrap_or(0)
    }

    /// Polls `count(css) >= n` every 25 ms; panics after `limit`.
    pub async fn wait_for_count(&self, css: &str, n: usize, limit: Duration) -> Duration {
        let started = Instant::now();
        loop {
            if self.count(css).await >= n {
                return started.elapsed();
            }
            assert!(started.elapsed() < limit, "waited {limit:?} for {n} × {css}");
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    /// The page's HTML as the browser has it now.
    pub async fn source(&self) -> String {
        self.cmd("GET", "/source", None).await.as_str().unwrap_or_default().to_owned()
    }

    /// Saves a PNG of the whole page (beyond the viewport) to `path`.
    pub async fn screenshot(&self, path: &Path) {
        use base64::Engine as _;
        let metrics = self.cdp("Page.getLayoutMetrics", json!({})).await;
        let size = &metrics["cssContentSize"];
        let clip = json!({ "x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1 });
        let shot = self
            .cdp(
                "Page.captureScreenshot",
                json!({ "format": "png", "captureBeyondViewport": true, "clip": clip }),
            )
            .await;
        let png = base64::engine::general_purpose::STANDARD
            .decode(shot["data"].as_str().expect("png"))
            .expect("b64");
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).expect("screenshot dir");
        }
        std::fs::write(path, png).expect("write screenshot");
    }

    /// The browser console's errors since the last call (a blocked script or style, a failed
    /// request, an exception).
    pub async fn console_errors(&self) -> Vec<String> {
        let log = self.cmd("POST", "/se/log", Some(json!({ "type": "browser" }))).await;
        log.as_array()
            .into_iter()
            .flatten()
            .filter(|e| e["level"] == "SEVERE")
            .map(|e| e["message"].as_str().unwrap_or_default().to_owned())
            .collect()
    }

    /// A Chrome DevTools Protocol command through chromedriver.
    pub async fn cdp(&self, cmd: &str, params: Value) -> Value {
        self.cmd("POST", "/goog/cdp/execute", Some(json!({ "cmd": cmd, "params": params }))).await
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // Best effort: end the session (closes Chromium), then the driver.
        if !self.session.is_empty()
            && let Ok(mut tcp) = std::net::TcpStream::connect(("127.0.0.1", self.port))
        {
            use std::io::{Read, Write};
            let _ = tcp.set_read_timeout(Some(Duration::from_secs(5)));
            let req = format!(
                "DELETE /session/{} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                self.session
            );
            let _ = tcp.write_all(req.as_bytes());
            let _ = tcp.read_to_end(&mut Vec::new());
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

/// Reads one HTTP response: up to the blank line, then `Content-Length` bytes (or chunks, or
/// to the end).
async fn read_response(tcp: &mut TcpStream) -> Result<(String, String), String> {
    let mut raw = Vec::new();
    let mut buf = [0u8; 16384];
    loop {
        let n = tcp.read(&mut buf).await.map_err(|e| e.to_string())?;
        raw.extend_from_slice(&buf[..n]);
        let Some(split) = raw.windows(4).position(|w| w == b"\r\n\r\n") else {
            if n == 0 {
                return Err("the connection closed before the header".into());
            }
            continue;
        };
        let head = String::from_utf8_lossy(&raw[..split]).into_owned();
        let lower = head.to_ascii_lowercase();
        let body = &raw[split + 4..];
        let length = lower
            .lines()
            .find_map(|l| l.strip_prefix("content-length:"))
            .and_then(|v| v.trim().parse::<usize>().ok());
        let complete = match length {
            Some(len) => body.len() >= len,
            None if lower.contains("transfer-encoding: chunked") => {
                body.windows(5).any(|w| w == b"0\r\n\r\n")
            }
            None => n == 0,
        };
        if complete || n == 0 {
            let text = if length.is_none() && lower.contains("transfer-encoding: chunked") {
                dechunk(body)
            } else {
                String::from_utf8_lossy(&body[..length.unwrap_or(body.len()).min(body.len())]).into_owned()
            };
            return Ok((head, text));
        }
    }
}

fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    listener.local_addr().expect("addr").port()
}

fn dechunk(mut rest: &[u8]) -> String {
    let mut out = Vec::new();
    while let Some(eol) = rest.windows(2).position(|w| w == b"\r\n") {
        let size = String::from_utf8_lossy(&rest[..eol]).trim().to_owned();
        let Ok(n) = usize::from_str_radix(&size, 16) else { break };
        let after = &rest[eol + 2..];
        if n == 0 || after.len() < n {
            break;
        }
        out.extend_from_slice(&after[..n]);
        rest = after[n..].strip_prefix(b"\r\n").unwrap_or(&after[n..]);
    }
    String::from_utf8_lossy(&out).into_owned()
}
