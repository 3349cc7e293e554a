//! Abuse protection for the service: tokens, same-origin forms, allowed ports, rate limits,
//! the per-target cap and the global cap.
//!
//! A service that opens connections to any host a stranger types is a port scanner and a
//! password-guessing tool unless it is built not to be. [`Guard`] holds the limits
//! ([`Limits`]) and the live counts; [`protect`] is the middleware that applies them to every
//! request, so handlers stay unaware of it:
//!
//! - `/api/…` (except the OpenAPI document) and `/metrics` need a bearer token when tokens are
//!   configured (`401`); with `protect_form`, the pages need one as the HTTP Basic password.
//! - A `POST` outside `/api/` from another site is refused (`403`): `Sec-Fetch-Site` must be
//!   `same-origin` (or, without fetch metadata, `Origin`/`Referer` must name this host), so
//!   another site cannot make a visitor's browser run diagnoses.
//! - Diagnoses (`/api/v1/diagnose…` with any method, including the stream, and `POST
//!   /diagnose`) and discoveries (`/api/v1/discover`, `/discover?email=`) pass
//!   [`Guard::admit`]: per-client token bucket (`429`), service-wide in-flight cap (`503`), and
//!   for diagnoses the per-target cap on the same server + user name (`429`: at most
//!   `target_concurrent` at once, at most `target_attempts` password-bearing ones per
//!   `target_cooldown`), and a port outside the mail ports and configured extras (`422`).
//!   Every refusal of a cap carries `Retry-After`. The [`Permit`] is held until the response
//!   body has been sent, so a streamed diagnosis counts until its stream ends.
//!
//! A handler that takes its input some other way can call [`Guard::admit`] itself.

use std::collections::{HashMap, VecDeque};
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use axum::Json;
use axum::body::{Body, Bytes};
use axum::extract::{ConnectInfo, FromRequest, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use base64::Engine as _;
use futures_util::StreamExt as _;
use serde_json::{Value, json};

use super::{AppState, BODY_LIMIT};
use crate::config::{Access, Limits};
use crate::runner::Engine;
use crate::target::{self, DiagnoseRequest, Protocol, RawPort, SecurityChoice};

use super::metrics::Metrics;

/// Entries kept per map before stale ones are swept (bounds memory under a flood of clients).
const SWEEP_AT: usize = 4096;

/// What a diagnosis targets, for the per-target cap: server + user name, and whether a
/// password is sent (only those count towards the cooldown).
#[derive(Clone, Debug)]
pub struct TargetKey {
    key: String,
    sends_secret: bool,
}

impl TargetKey {
    /// The key for `host` (normalised) and `user` (case-folded; empty when none).
    /// A known provider's hosts share one key (imap.gmail.com, smtp.gmail.com and
    /// pop.gmail.com reach the same account), so aliases cannot spread the cooldown.
    pub fn new(host: &str, user: &str, password: bool) -> Self {
        let host = host.trim().trim_end_matches('.').to_lowercase();
        let server = crate::providers::Provider::by_server_host(&host)
            .map_or(host, |provider| format!("provider:{}", provider.id));
        let key = format!("{server}\u{0}{}", user.trim().to_lowercase());
        TargetKey { key, sends_secret: password }
    }
}

/// Why a request is refused. Renders as the API's JSON error or as a small page.
#[derive(Clone, Debug, Eq, PartialEq)]
pub enum Rejection {
    /// The client started too many recently (`429`).
    Rate {
        /// Seconds until the next one is allowed.
        retry_after: u64,
    },
    /// The service is running as many as it may (`503`).
    Busy {
        /// Seconds to wait.
        retry_after: u64,
    },
    /// The same server and user name is being diagnosed too often at once (`429`).
    TargetBusy {
        /// Seconds to wait.
        retry_after: u64,
    },
    /// Too many password-bearing diagnoses of this server and user name recently (`429`).
    TargetCooldown {
        /// Seconds until the cooldown allows another.
        retry_after: u64,
    },
    /// The port is not a mail port nor a configured extra (`422`).
    Port {
        /// The port asked for.
        port: u16,
        /// The ports allowed.
        allowed: Vec<u16>,
    },
    /// A token is needed and none (or a wrong one) was given (`401`).
    Token {
        /// Ask for HTTP Basic (pages) rather than Bearer (API).
        basic: bool,
    },
    /// A form posted from another site (`403`).
    Origin,
}

impl Rejection {
    /// The cap's name in metrics (`maildoctor_rejected_total{cap=…}`).
    pub fn cap(&self) -> &'static str {
        match self {
            Rejection::Rate { .. } => "rate",
            Rejection::Busy { .. } => "global",
            Rejection::TargetBusy { .. } => "target_concurrent",
            Rejection::TargetCooldown { .. } => "target_cooldown",
            Rejection::Port { .. } => "port",
            Rejection::Token { .. } => "token",
            Rejection::Origin => "origin",
        }
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        match self {
            Rejection::Rate { .. } | Rejection::TargetBusy { .. } | Rejection::TargetCooldown { .. } => {
                StatusCode::TOO_MANY_REQUESTS
            }
            Rejection::Busy { .. } => StatusCode::SERVICE_UNAVAILABLE,
            Rejection::Port { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            Rejection::Token { .. } => StatusCode::UNAUTHORIZED,
            Rejection::Origin => StatusCode::FORBIDDEN,
        }
    }

    /// The stable error kind of the JSON answer.
    pub fn kind(&self) -> &'static str {
        match self {
            Rejection::Rate { .. } => "rate_limited",
            Rejection::Busy { .. } => "busy",
            Rejection::TargetBusy { .. } => "target_busy",
            Rejection::TargetCooldown { .. } => "target_cooldown",
            Rejection::Port { .. } => "port_not_allowed",
            Rejection::Token { .. } => "unauthorized",
            Rejection::Origin => "cross_origin",
        }
    }

    /// What to tell the person, in a sentence or two.
    pub fn message(&self) -> String {
        match self {
            Rejection::Rate { retry_after } => format!(
                "Too many checks from your address in a short time. Please wait {retry_after} seconds and try again."
            ),
            Rejection::Busy { retry_after } => format!(
                "maildoctor is running as many checks as it can right now. Please try again in {retry_after} seconds."
            ),
            Rejection::TargetBusy { retry_after } => format!(
                "This server and user name are already being checked. Wait for that check to finish \
                 (about {retry_after} seconds) and try again."
            ),
            Rejection::TargetCooldown { retry_after } => format!(
                "This server and user name were checked with a password several times just now. To keep \
                 the provider from locking the account (and to stop password guessing), the next check \
                 with a password is possible in {retry_after} seconds."
            ),
            Rejection::Port { port, allowed } => {
                let list: Vec<String> = allowed.iter().map(u16::to_string).collect();
                format!(
                    "This service only checks mail ports ({}). Port {port} is not one of them; \
                     run `maildoctor check` on your own computer to test other ports.",
                    list.join(", ")
                )
            }
            Rejection::Token { .. } => "This service needs an access token.".to_owned(),
            Rejection::Origin => "The form was sent from another web site, so it was not run.".to_owned(),
        }
    }

    fn retry_after(&self) -> Option<u64> {
        match self {
            Rejection::Rate { retry_after }
            | Rejection::Busy { retry_after }
            | Rejection::TargetBusy { retry_after }
            | Rejection::TargetCooldown { retry_after } => Some(*retry_after),
            Rejection::Port { .. } | Rejection::Token { .. } | Rejection::Origin => None,
        }
    }

    /// The answer: JSON for API clients, a page for browsers.
    pub fn respond(&self, api: bool) -> Response {
        let mut resp = if api {
            let body = json!({ "error": self.kind(), "detail": self.message() });
            (self.status(), Json(body)).into_response()
        } else {
            (self.status(), Html(page(self.status(), &self.message()))).into_response()
        };
        let headers = resp.headers_mut();
        if let Some(secs) = self.retry_after() {
            headers.insert(header::RETRY_AFTER, HeaderValue::from(secs.max(1)));
        }
        if let Rejection::Token { basic } = self {
            let challenge = if *basic { "Basic realm=\"maildoctor\"" } else { "Bearer realm=\"maildoctor\"" };
            headers.insert(header::WWW_AUTHENTICATE, HeaderValue::from_static(challenge));
        }
        resp
    }
}

/// A small page for a refused form (escaped: the message holds only our own words and numbers).
fn page(status: StatusCode, message: &str) -> String {
    let title = status.canonical_reason().unwrap_or("Refused");
    let message = message.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title} — maildoctor</title>\
         <link rel=\"stylesheet\" href=\"/static/style.css\"></head><body><main><h1>{title}</h1>\
         <p role=\"alert\">{message}</p><p><a href=\"/\">Back to the form</a></p></main></body></html>"
    )
}

/// The limits and live counts of one service.
#[derive(Debug)]
pub struct Guard {
    limits: Limits,
    access: Access,
    metrics: Arc<Metrics>,
    clients: Mutex<HashMap<IpAddr, Bucket>>,
    targets: Mutex<HashMap<String, TargetState>>,
    in_flight: Arc<AtomicUsize>,
}

#[derive(Debug)]
struct Bucket {
    tokens: f64,
    at: Instant,
}

#[derive(Debug, Default)]
struct TargetState {
    running: u32,
    attempts: VecDeque<Instant>,
}

/// Holds one slot of the global cap (and of its target's cap) until dropped.
#[derive(Debug)]
pub struct Permit {
    in_flight: Arc<AtomicUsize>,
    target: Option<(Arc<Guard>, String)>,
}

impl Drop for Permit {
    fn drop(&mut self) {
        self.in_flight.fetch_sub(1, Ordering::SeqCst);
        if let Some((guard, key)) = self.target.take() {
            let mut targets = lock(&guard.targets);
            if let Some(state) = targets.get_mut(&key) {
                state.running = state.running.saturating_sub(1);
                if state.running == 0 && state.attempts.is_empty() {
                    targets.remove(&key);
                }
            }
        }
    }
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    // The maps hold counters only; a panic elsewhere leaves them usable.
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

fn secs_until(from: Instant, wait: Duration) -> u64 {
    let left = wait.saturating_sub(from.elapsed());
    left.as_secs() + u64::from(left.subsec_nanos() > 0)
}

impl Guard {
    /// A guard with these limits and tokens, and its own metrics.
    pub fn new(limits: Limits, access: Access) -> Self {
        Guard {
            limits,
            access,
            metrics: Arc::new(Metrics::new()),
            clients: Mutex::new(HashMap::new()),
            targets: Mutex::new(HashMap::new()),
            in_flight: Arc::new(AtomicUsize::new(0)),
        }
    }

    /// No limits and no tokens (what [`AppState::new`] uses; `serve` always configures one).
    pub fn unlimited() -> Self {
        Guard::new(Limits::unlimited(), Access::default())
    }

    /// The metrics registry (rejections here; diagnoses via the engine hook).
    pub fn metrics(&self) -> &Arc<Metrics> {
        &self.metrics
    }

    /// Diagnoses and discoveries running now.
    pub fn in_flight(&self) -> usize {
        self.in_flight.load(Ordering::SeqCst)
    }

    /// Admits one diagnosis (with `target`) or discovery (without) from `client`, or says
    /// which cap refuses it. Keep the permit until the work is done. Counts the refusal.
    pub fn admit(self: &Arc<Self>, client: IpAddr, target: Option<&TargetKey>) -> Result<Permit, Rejection> {
        let admitted = self.try_admit(client, target);
        if let Err(rejection) = &admitted {
            self.metrics.rejected(rejection.cap());
        }
        admitted
    }

    fn try_admit(self: &Arc<Self>, client: IpAddr, target: Option<&TargetKey>) -> Result<Permit, Rejection> {
        self.take_token(client)?;
        let mut targets = lock(&self.targets);
        if let Some(t) = target {
            self.check_target(targets.get_mut(&t.key), t)?;
        }
        let max = self.limits.max_in_flight as usize;
        let taken =
            self.in_flight.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| (n < max).then_some(n + 1));
        if taken.is_err() {
            return Err(Rejection::Busy { retry_after: 5 });
        }
        let mut permit = Permit { in_flight: Arc::clone(&self.in_flight), target: None };
        if let Some(t) = target {
            if targets.len() >= SWEEP_AT {
                let cooldown = self.limits.target_cooldown;
                targets.retain(|_, s| {
                    s.attempts.retain(|at| at.elapsed() < cooldown);
                    s.running > 0 || !s.attempts.is_empty()
                });
            }
            let state = targets.entry(t.key.clone()).or_default();
            state.running += 1;
            if t.sends_secret {
                state.attempts.push_back(Instant::now());
            }
            permit.target = Some((Arc::clone(self), t.key.clone()));
        }
        Ok(permit)
    }

    fn check_target(&self, state: Option<&mut TargetState>, target: &TargetKey) -> Result<(), Rejection> {
        let Some(state) = state else { return Ok(()) };
        let cooldown = self.limits.target_cooldown;
        while state.attempts.front().is_some_and(|at| at.elapsed() >= cooldown) {
            state.attempts.pop_front();
        }
        if state.running >= self.limits.target_concurrent {
            return Err(Rejection::TargetBusy { retry_after: 10 });
        }
        if target.sends_secret && state.attempts.len() >= self.limits.target_attempts as usize {
            let oldest = state.attempts.front().copied().unwrap_or_else(Instant::now);
            return Err(Rejection::TargetCooldown { retry_after: secs_until(oldest, cooldown) });
        }
        Ok(())
    }

    /// Takes one token from the client's bucket (refilled at `rate_per_minute`).
    fn take_token(&self, client: IpAddr) -> Result<(), Rejection> {
        let client = rate_key(client);
        let burst = f64::from(self.limits.rate_burst);
        let per_sec = f64::from(self.limits.rate_per_minute) / 60.0;
        let now = Instant::now();
        let mut clients = lock(&self.clients);
        if clients.len() >= SWEEP_AT {
            // A bucket that has refilled completely is the same as no bucket.
            clients.retain(|_, b| b.tokens + now.duration_since(b.at).as_secs_f64() * per_sec < burst);
        }
        let bucket = clients.entry(client).or_insert(Bucket { tokens: burst, at: now });
        bucket.tokens = (bucket.tokens + now.duration_since(bucket.at).as_secs_f64() * per_sec).min(burst);
        bucket.at = now;
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            return Ok(());
        }
        let wait = ((1.0 - bucket.tokens) / per_sec).ceil();
        Err(Rejection::Rate { retry_after: if wait.is_finite() { wait as u64 } else { 60 } })
    }

    /// The ports diagnoses and discovery probes may target (`None`: any).
    pub fn allowed_ports(&self) -> Option<Vec<u16>> {
        self.limits.allowed_ports.clone()
    }

    /// Refuses a port outside the mail ports and configured extras (the CLI is not limited).
    pub fn check_port(&self, port: u16) -> Result<(), Rejection> {
        match &self.limits.allowed_ports {
            Some(allowed) if !allowed.contains(&port) => {
                let mut allowed = allowed.clone();
                allowed.sort_unstable();
                allowed.dedup();
                Err(Rejection::Port { port, allowed })
            }
            _ => Ok(()),
        }
    }

    /// The client's address: the peer, or the last `X-Forwarded-For` entry when trusted.
    pub fn client_ip(&self, req: &Request) -> IpAddr {
        if self.limits.trust_forwarded_for {
            let last = req
                .headers()
                .get_all("x-forwarded-for")
                .iter()
                .filter_map(|v| v.to_str().ok())
                .flat_map(|v| v.split(','))
                .filter_map(|v| v.trim().parse::<IpAddr>().ok())
                .next_back();
            if let Some(ip) = last {
                return ip;
            }
        }
        req.extensions()
            .get::<ConnectInfo<SocketAddr>>()
            .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |ConnectInfo(peer)| peer.ip())
    }

    /// Checks the token a request carries, as a bearer token or as an HTTP Basic password
    /// (a browser that signed in to a protected form sends Basic to the API it calls too),
    /// against the configured ones in constant time.
    fn authorised(&self, headers: &HeaderMap) -> bool {
        let Some(value) = headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()) else {
            return false;
        };
        let given = if let Some(token) = value.strip_prefix("Bearer ") {
            token.trim().to_owned()
        } else if let Some(encoded) = value.strip_prefix("Basic ") {
            let decoded =
                base64::engine::general_purpose::STANDARD.decode(encoded.trim()).unwrap_or_default();
            let text = String::from_utf8_lossy(&decoded).into_owned();
            text.split_once(':').map(|(_, password)| password.to_owned()).unwrap_or_default()
        } else {
            return false;
        };
        // Compare with every token, without stopping early.
        self.access
            .api_tokens
            .iter()
            .fold(false, |ok, token| ok | same_bytes(token.as_bytes(), given.as_bytes()))
    }
}

/// The rate-limit key of an address: IPv4 as is, IPv6 by its /64 (one subscriber's network
/// holds 2^64 addresses; per address, one client could mint buckets without end).
fn rate_key(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => IpAddr::V6((u128::from(v6) & (u128::MAX << 64)).into()),
        },
        IpAddr::V4(_) => ip,
    }
}

/// Equal contents, compared in time that depends only on the lengths.
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// True when a request comes from this site. Browsers say so in `Sec-Fetch-Site`
/// (`same-origin`, or `none` for a typed address); this does not depend on the referrer
/// policy, unlike `Origin`, which our own `Referrer-Policy: no-referrer` turns into `null` on
/// a form post. Without it (older browsers), `Origin` (or `Referer`) must name this host.
/// Requests with none of these (curl, scripts) pass: the check stops other sites, not tools.
fn same_origin(headers: &HeaderMap) -> bool {
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return site.eq_ignore_ascii_case("same-origin") || site.eq_ignore_ascii_case("none");
    }
    let source = headers.get(header::ORIGIN).or_else(|| headers.get(header::REFERER));
    let Some(source) = source.and_then(|v| v.to_str().ok()) else {
        return true;
    };
    let Some(host) = headers.get(header::HOST).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let rest = source.strip_prefix("https://").or_else(|| source.strip_prefix("http://"));
    let authority = rest.map(|r| r.split(['/', '?', '#']).next().unwrap_or_default());
    authority.is_some_and(|a| a.eq_ignore_ascii_case(host.trim()))
}

impl AppState {
    /// State around `engine` with this guard; the engine reports to the guard's metrics and
    /// probes alternatives only on the ports the guard allows.
    pub fn with_guard(engine: Engine, guard: Guard) -> AppState {
        let guard = Arc::new(guard);
        let engine = engine.with_report_hook(guard.metrics.hook()).with_probe_ports(guard.allowed_ports());
        let mut state = AppState::new(Arc::new(engine));
        state.guard = guard;
        state
    }

    /// The guard.
    pub fn guard(&self) -> &Arc<Guard> {
        &self.guard
    }
}

/// What kind of request this is, for the guard.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
enum Kind {
    Diagnose,
    Discover,
    Other,
}

fn kind_of(method: &Method, path: &str, query: Option<&str>) -> Kind {
    // Decoded as the handler decodes it (`%65mail=` is `email=`).
    let discover_query = query.is_some_and(|q| {
        url::form_urlencoded::parse(q.as_bytes()).any(|(k, v)| k == "email" && !v.trim().is_empty())
    });
    match (method, path) {
        (&Method::POST, "/api/v1/diagnose" | "/diagnose") => Kind::Diagnose,
        // The stream (and whatever else lives under it), with any method (EventSource GETs).
        (_, p) if p.starts_with("/api/v1/diagnose/") => Kind::Diagnose,
        (&Method::GET, "/api/v1/discover") => Kind::Discover,
        (&Method::GET, "/discover") if discover_query => Kind::Discover,
        _ => Kind::Other,
    }
}

/// The middleware: tokens, same origin, then the caps for diagnoses and discoveries.
pub async fn protect(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let guard = Arc::clone(&state.guard);
    let path = req.uri().path().to_owned();
    let api = path.starts_with("/api/") || path == "/metrics";
    if let Err(rejection) = check_access(&guard, &req, &path) {
        guard.metrics.rejected(rejection.cap());
        return rejection.respond(api);
    }
    let kind = kind_of(req.method(), &path, req.uri().query());
    if kind == Kind::Other {
        return next.run(req).await;
    }
    let client = guard.client_ip(&req);
    let (req, target) = match kind {
        Kind::Diagnose => match read_target(req).await {
            Ok(pair) => pair,
            Err(resp) => return resp,
        },
        Kind::Discover | Kind::Other => (req, None),
    };
    if let Some(probe) = &target {
        tracing::info!(target_host = %probe.host, port = probe.port, with_secret = probe.key.sends_secret, "diagnosis requested");
        if let Some(Err(rejection)) = probe.port.map(|port| guard.check_port(port)) {
            tracing::info!(cap = rejection.cap(), %client, "refused");
            guard.metrics.rejected(rejection.cap());
            return rejection.respond(api);
        }
    }
    match guard.admit(client, target.as_ref().map(|p| &p.key)) {
        Ok(permit) => {
            // The handler may start work that outlives the response (the stream's diagnosis
            // task): it takes a share of the permit, so the slot is held until both end.
            let permit = HeldPermit { _share: Arc::new(permit) };
            let mut req = req;
            req.extensions_mut().insert(permit.clone());
            hold_until_sent(next.run(req).await, permit)
        }
        Err(rejection) => {
            tracing::info!(cap = rejection.cap(), %client, "refused");
            rejection.respond(api)
        }
    }
}

fn check_access(guard: &Guard, req: &Request, path: &str) -> Result<(), Rejection> {
    let access = &guard.access;
    let tokens = !access.api_tokens.is_empty();
    let open = path == "/healthz" || path.starts_with("/static/") || path == "/api/v1/openapi.json";
    let api = path.starts_with("/api/") || path == "/metrics";
    if tokens && !open && api && !guard.authorised(req.headers()) {
        return Err(Rejection::Token { basic: false });
    }
    if access.protect_form && !open && !api && !guard.authorised(req.headers()) {
        return Err(Rejection::Token { basic: true });
    }
    if req.method() == Method::POST && !path.starts_with("/api/") && !same_origin(req.headers()) {
        return Err(Rejection::Origin);
    }
    Ok(())
}

/// The target a diagnose request names, as far as the guard needs it.
#[derive(Debug)]
struct Probe {
    host: String,
    port: Option<u16>,
    key: TargetKey,
}

/// Reads the body (JSON or form) or query, and finds the target in it. The request is rebuilt
/// with the same body for the handler. Input the handler will refuse anyway gives no target.
async fn read_target(req: Request) -> Result<(Request, Option<Probe>), Response> {
    let (parts, body) = req.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, BODY_LIMIT).await else {
        let too_large = "the request body is larger than 64 KiB";
        let resp = super::error::ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large", too_large);
        return Err(resp.into_response());
    };
    let fields = fields_of(&parts.headers, parts.uri.query(), &bytes).await;
    let req = Request::from_parts(parts, Body::from(bytes));
    Ok((req, fields.and_then(|f| probe_of(&f))))
}

/// The request's fields as text: a JSON object, a form body, or the query string.
async fn fields_of(
    headers: &HeaderMap,
    query: Option<&str>,
    body: &Bytes,
) -> Option<HashMap<String, String>> {
    // The MIME essence, judged exactly as axum's `Json` and `Form` extractors judge it: a
    // looser test here (e.g. "contains json") would let a form body slip past the caps.
    let content_type = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default();
    let essence = content_type.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    let json =
        essence == "application/json" || (essence.starts_with("application/") && essence.ends_with("+json"));
    if json {
        let Value::Object(map) = serde_json::from_slice::<Value>(body).ok()? else { return None };
        let text = |v: Value| match v {
            Value::String(s) => Some(s),
            Value::Number(n) => Some(n.to_string()),
            _ => None,
        };
        return Some(map.into_iter().filter_map(|(k, v)| text(v).map(|t| (k, t))).collect());
    }
    let encoded = if essence == "application/x-www-form-urlencoded" {
        body.clone()
    } else {
        Bytes::copy_from_slice(query.unwrap_or_default().as_bytes())
    };
    let req = Request::post("/")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(encoded))
        .ok()?;
    axum::Form::<HashMap<String, String>>::from_request(req, &()).await.ok().map(|axum::Form(f)| f)
}

fn probe_of(fields: &HashMap<String, String>) -> Option<Probe> {
    let get = |k: &str| fields.get(k).map(|v| v.trim()).filter(|v| !v.is_empty());
    let protocol = match get("protocol") {
        Some("imap") => Some(Protocol::Imap),
        Some("pop3" | "pop") => Some(Protocol::Pop3),
        Some("smtp") => Some(Protocol::Smtp),
        // Absent: the scheme of a URL-shaped host names it (or the request is refused later).
        None => None,
        Some(_) => return None,
    };
    let security = match get("security").unwrap_or("auto") {
        "tls" | "ssl" => SecurityChoice::Tls,
        "starttls" => SecurityChoice::Starttls,
        "none" => SecurityChoice::None,
        _ => SecurityChoice::Auto,
    };
    let request = DiagnoseRequest {
        protocol,
        port: get("port").map(|p| RawPort(p.to_owned())),
        security: Some(security),
        ..DiagnoseRequest::new(Protocol::Imap, get("host")?)
    };
    let user = get("username").or_else(|| get("email")).unwrap_or_default();
    let password = get("password").is_some();
    let (target, _) = target::parse(&request);
    let host = target.as_ref().map_or_else(|| request.host.clone(), |t| t.host.as_text());
    Some(Probe { key: TargetKey::new(&host, user, password), port: target.map(|t| t.port), host })
}

/// A shared hold on a [`Permit`]: the slot is given back when the last share is dropped.
#[derive(Clone, Debug)]
pub struct HeldPermit {
    /// Held only for its `Drop`.
    _share: Arc<Permit>,
}

/// Keeps `permit` alive until the response body has been sent (or dropped): a streamed
/// diagnosis keeps its slot for as long as it runs.
fn hold_until_sent(resp: Response, permit: HeldPermit) -> Response {
    let (parts, body) = resp.into_parts();
    let stream = body.into_data_stream().map(move |chunk| {
        let _held = &permit;
        chunk
    });
    Response::from_parts(parts, Body::from_stream(stream))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_of_another_length_or_content_does_not_match() {
        assert!(same_bytes(b"abcdefghijklmnop", b"abcdefghijklmnop"));
        assert!(!same_bytes(b"abcdefghijklmnop", b"abcdefghijklmnoq"));
        assert!(!same_bytes(b"abcdefghijklmnop", b"abcdefghijklmno"));
    }

    #[test]
    fn ipv6_clients_share_a_bucket_per_64_network() {
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:bbbb::2".parse().unwrap();
        let c: IpAddr = "2001:db8:1:3::1".parse().unwrap();
        assert_eq!(rate_key(a), rate_key(b));
        assert_ne!(rate_key(a), rate_key(c));
        let mapped: IpAddr = "::ffff:192.0.2.7".parse().unwrap();
        assert_eq!(rate_key(mapped), IpAddr::V4(Ipv4Addr::new(192, 0, 2, 7)));
    }

    #[test]
    fn an_origin_is_compared_with_the_host_header() {
        let mut h = HeaderMap::new();
        h.insert(header::HOST, HeaderValue::from_static("desk.example:8080"));
        assert!(same_origin(&h), "no Origin: a script, allowed");
        h.insert(header::ORIGIN, HeaderValue::from_static("http://desk.example:8080"));
        assert!(same_origin(&h));
        h.insert(header::ORIGIN, HeaderValue::from_static("https://evil.example"));
        assert!(!same_origin(&h));
        h.insert(header::ORIGIN, HeaderValue::from_static("null"));
        assert!(!same_origin(&h));
        // Chromium's own form post under `Referrer-Policy: no-referrer`: Origin null, but
        // fetch metadata says same-origin.
        h.insert("sec-fetch-site", HeaderValue::from_static("same-origin"));
        assert!(same_origin(&h));
        h.insert(header::ORIGIN, HeaderValue::from_static("http://desk.example:8080"));
        h.insert("sec-fetch-site", HeaderValue::from_static("cross-site"));
        assert!(!same_origin(&h), "fetch metadata wins over a forged-looking Origin");
    }

    #[test]
    fn the_third_password_check_of_one_account_waits_for_the_cooldown() {
        let limits = Limits { target_attempts: 2, ..Limits::default() };
        let guard = Arc::new(Guard::new(Limits { rate_burst: 100, ..limits }, Access::default()));
        let key = TargetKey::new("Imap.Example.com.", "Ann", true);
        let ip = IpAddr::V4(Ipv4Addr::LOCALHOST);
        drop(guard.admit(ip, Some(&key)).unwrap());
        drop(guard.admit(ip, Some(&TargetKey::new("imap.example.com", "ann", true))).unwrap());
        let third = guard.admit(ip, Some(&key)).unwrap_err();
        assert!(matches!(third, Rejection::TargetCooldown { retry_after } if retry_after > 290), "{third:?}");
        // Without a password the account cannot be locked out: allowed.
        assert!(guard.admit(ip, Some(&TargetKey::new("imap.example.com", "ann", false))).is_ok());
    }

    #[test]
    fn a_providers_host_aliases_share_one_cooldown() {
        let a = TargetKey::new("imap.gmail.com", "Me@Gmail.com", true);
        let b = TargetKey::new("smtp.gmail.com.", "me@gmail.com", true);
        assert_eq!(a.key, b.key);
        assert_ne!(a.key, TargetKey::new("imap.example.com", "me@gmail.com", true).key);
    }
}
