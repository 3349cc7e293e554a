//! Abuse protection for the service: tokens, same-origin forms, allowed ports, field lengths,
//! the per-client rate and the global cap, and the wiring of the per-account budget.
//!
//! A service that opens connections to any host a stranger types is a port scanner and a
//! password-guessing tool unless it is built not to be. [`Guard`] holds the limits
//! ([`Limits`]) and the live counts; [`protect`] is the middleware that applies the access rules
//! to every request, and the handlers of costly work ask [`Admission`] once they have parsed it:
//!
//! - `/api/…` (except the OpenAPI document) and `/metrics` need a bearer token when tokens are
//!   configured (`401`; the scheme is case-insensitive); with `protect_form`, the pages need
//!   one as the HTTP Basic password.
//! - A `POST` outside `/api/` from another site is refused (`403`): `Sec-Fetch-Site` must be
//!   `same-origin` (or, without fetch metadata, `Origin`/`Referer` must name this host), so
//!   another site cannot make a visitor's browser run diagnoses.
//! - Diagnoses (`/api/v1/diagnose`, the stream, `POST /diagnose`) and discoveries
//!   (`/api/v1/discover`, `/discover?email=`): the middleware reads who the client is; the
//!   handler parses the request once, with its own extractor, and asks [`Admission`]: the host,
//!   user name, e-mail address and password must be of a length real ones have and the port
//!   a mail port or a configured extra (`422`), then the per-client token bucket (`429`) and
//!   the service-wide in-flight cap (`503`), both with `Retry-After`. The [`HeldPermit`] goes
//!   back in the response's extensions and is held until the response body has been sent, so
//!   a streamed diagnosis counts until its stream ends. There is no second request parser.
//! - The per-account budget (sign-ins of one account, however its server is spelled) cannot be
//!   judged here, before the name is resolved: the engine asks [`AccountGuard`] after its dns
//!   stage, and a refusal is the `auth.skipped_cooldown` finding in the report.
//!
//! The client is the TCP peer, or what a configured trusted proxy says ([`super::client`]).
//! The pure policy (token bucket, clock) lives in [`super::policy`].

use std::net::IpAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use axum::body::Body;
use axum::extract::{FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use futures_util::StreamExt as _;

use super::AppState;
use super::account::AccountGuard;
use super::client::{self, rate_key};
use super::metrics::Metrics;
use super::policy::{Clock, SystemClock, TokenBuckets};
pub use super::rejection::Rejection;
use super::shared::{ClientVerdict, Lease, SharedLimits};
use crate::config::{Access, Limits};
use crate::i18n::Lang;
use crate::runner::Engine;
use crate::secret::Password;
use crate::target::{self, DiagnoseRequest};

/// The longest value of each free-text field (bytes). A host name is at most 253 characters,
/// plus what people paste around it (`imaps://`, `:993`); an e-mail address at most 254
/// (RFC 5321) and a user name a little more; a password of a kilobyte is no one's.
pub const FIELD_LIMITS: [(&str, usize); 7] = [
    ("host", 300),
    ("username", 320),
    ("email", 320),
    ("password", 1024),
    ("oauth_token", 16384),
    ("ticket", 400),
    ("lang", 100),
];

/// The limits and live counts of one service.
#[derive(Debug)]
pub struct Guard {
    limits: Limits,
    access: Access,
    metrics: Arc<Metrics>,
    clock: Arc<dyn Clock>,
    clients: Mutex<TokenBuckets<IpAddr>>,
    in_flight: Arc<AtomicUsize>,
    accounts: Arc<AccountGuard>,
    shared: Option<Arc<SharedLimits>>,
}

/// How long a shared in-flight or running slot outlives a replica that died holding it: past
/// the longest diagnosis (its deadline is at most 120 s).
pub const SHARED_LEASE: Duration = Duration::from_secs(150);

/// Holds one slot of the global cap until dropped (and, with shared limits, the shared slot).
#[derive(Debug)]
pub struct Permit {
    in_flight: Arc<AtomicUsize>,
    _lease: Option<Lease>,
}

impl Drop for Permit {
    fn drop(&mut self) {
        self.in_flight.fetch_sub(1, Ordering::SeqCst);
    }
}

impl Guard {
    /// A guard with these limits and tokens, and its own metrics.
    pub fn new(limits: Limits, access: Access) -> Self {
        Guard::with_clock(limits, access, Arc::new(SystemClock))
    }

    /// The same, reading time from `clock` (tests move it by hand).
    pub fn with_clock(limits: Limits, access: Access, clock: Arc<dyn Clock>) -> Self {
        let metrics = Arc::new(Metrics::new());
        let accounts = Arc::new(AccountGuard::with_clock(&limits, Arc::clone(&metrics), Arc::clone(&clock)));
        Guard {
            clients: Mutex::new(TokenBuckets::new(limits.rate_burst, limits.rate_per_minute)),
            limits,
            access,
            metrics,
            clock,
            in_flight: Arc::new(AtomicUsize::new(0)),
            accounts,
            shared: None,
        }
    }

    /// The same guard, keeping the per-client rate, the in-flight count and the per-account
    /// budget in `shared` so every replica using it shares them ([`super::shared`]).
    pub fn with_shared(mut self, shared: Arc<SharedLimits>) -> Self {
        self.shared = Some(shared);
        self
    }

    /// The shared store, when one is configured.
    pub fn shared(&self) -> Option<&Arc<SharedLimits>> {
        self.shared.as_ref()
    }

    /// No limits and no tokens (what [`AppState::new`] uses; `serve` always configures one).
    pub fn unlimited() -> Self {
        Guard::new(Limits::unlimited(), Access::default())
    }

    /// The metrics registry (rejections here; diagnoses via the engine hook).
    pub fn metrics(&self) -> &Arc<Metrics> {
        &self.metrics
    }

    /// The per-account budget (the engine's admission hook).
    pub fn accounts(&self) -> &Arc<AccountGuard> {
        &self.accounts
    }

    /// The limits.
    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// Diagnoses and discoveries running now.
    pub fn in_flight(&self) -> usize {
        self.in_flight.load(Ordering::SeqCst)
    }

    /// Admits one diagnosis or discovery from `client`, or says which cap refuses it. Keep
    /// the permit until the work is done. Counts the refusal.
    pub fn admit(&self, client: IpAddr) -> Result<Permit, Rejection> {
        let admitted = self.try_admit(client);
        if let Err(rejection) = &admitted {
            self.metrics.rejected(rejection.cap());
        }
        admitted
    }

    fn try_admit(&self, client: IpAddr) -> Result<Permit, Rejection> {
        let now = self.clock.now();
        let taken = self.clients.lock().unwrap_or_else(PoisonError::into_inner).take(rate_key(client), now);
        taken.map_err(|retry_after| Rejection::Rate { retry_after })?;
        let max = self.limits.max_in_flight as usize;
        let taken =
            self.in_flight.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| (n < max).then_some(n + 1));
        if taken.is_err() {
            return Err(Rejection::Busy { retry_after: 5 });
        }
        Ok(Permit { in_flight: Arc::clone(&self.in_flight), _lease: None })
    }

    /// [`Guard::admit`], against the shared store when one is configured. When the store
    /// cannot answer, a diagnosis that carries a password (`secret`) is refused
    /// ([`Rejection::SharedDown`]) and anything else goes on under this replica's limits.
    pub async fn admit_shared(&self, client: IpAddr, secret: bool) -> Result<Permit, Rejection> {
        let Some(shared) = &self.shared else { return self.admit(client) };
        let l = &self.limits;
        let key = rate_key(client).to_string();
        let asked = shared.admit_client(&key, l.rate_burst, l.rate_per_minute, l.max_in_flight, SHARED_LEASE);
        let verdict = match asked.await {
            Ok(verdict) => verdict,
            Err(error) => {
                self.metrics.shared_store_error();
                tracing::warn!(%error, secret, "shared limits unreachable: failing safe");
                if secret {
                    self.metrics.rejected(Rejection::SharedDown.cap());
                    return Err(Rejection::SharedDown);
                }
                return self.admit(client);
            }
        };
        let refused = match verdict {
            ClientVerdict::Admitted(lease) => {
                // This replica's own count follows the shared one (it never refuses first:
                // its work is part of the shared count).
                self.in_flight.fetch_add(1, Ordering::SeqCst);
                return Ok(Permit { in_flight: Arc::clone(&self.in_flight), _lease: Some(lease) });
            }
            ClientVerdict::Rate(wait) => Rejection::Rate { retry_after: wait.as_secs() + 1 },
            ClientVerdict::Busy => Rejection::Busy { retry_after: 5 },
        };
        self.metrics.rejected(refused.cap());
        Err(refused)
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

    /// The client's address: the peer, or what a trusted proxy forwarded for.
    pub fn client_ip(&self, req: &Request) -> Result<IpAddr, Rejection> {
        let peer = client::peer_of(req.extensions());
        client::client_ip(peer, req.headers(), &self.limits.trusted_proxies)
            .map_err(|_| Rejection::ForwardedFor)
    }

    /// Checks the token a request carries, as a bearer token or as an HTTP Basic password
    /// (a browser that signed in to a protected form sends Basic to the API it calls too),
    /// against the configured ones in constant time.
    /// Whether the desk view is on: only when tokens are configured (it lists every report).
    pub fn desk_enabled(&self) -> bool {
        !self.access.api_tokens.is_empty()
    }

    fn authorised(&self, headers: &HeaderMap) -> bool {
        let Some(given) =
            headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).and_then(presented_token)
        else {
            return false;
        };
        // Compare with every token, without stopping early.
        self.access
            .api_tokens
            .iter()
            .fold(false, |ok, token| ok | same_bytes(token.as_bytes(), given.as_bytes()))
    }
}

/// The token in an `Authorization` value: `Bearer TOKEN`, or the password of `Basic …`. The
/// scheme is case-insensitive (RFC 9110 §11.1).
fn presented_token(value: &str) -> Option<String> {
    let (scheme, credentials) = value.trim().split_once([' ', '\t'])?;
    let credentials = credentials.trim();
    if scheme.eq_ignore_ascii_case("bearer") {
        return Some(credentials.to_owned());
    }
    if scheme.eq_ignore_ascii_case("basic") {
        let decoded = base64::engine::general_purpose::STANDARD.decode(credentials).ok()?;
        let text = String::from_utf8_lossy(&decoded).into_owned();
        return text.split_once(':').map(|(_, password)| password.to_owned());
    }
    None
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
    /// asks its per-account budget before every sign-in and
    /// probes alternatives only on the ports the guard allows.
    pub fn with_guard(engine: Engine, guard: Guard) -> AppState {
        let guard = Arc::new(guard);
        let accounts: Arc<dyn crate::admission::Admission> = match &guard.shared {
            Some(shared) => Arc::new(super::account::SharedAccounts::new(
                Arc::clone(&guard.accounts),
                Arc::clone(shared),
                &guard.limits,
                Arc::clone(&guard.metrics),
            )),
            None => guard.accounts.clone(),
        };
        let engine = engine
            .with_report_hook(guard.metrics.hook())
            .with_admission(accounts)
            .with_probe_ports(guard.allowed_ports());
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
    Upload,
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
        (&Method::POST, "/api/v1/reports") => Kind::Upload,
        (&Method::GET, "/discover") if discover_query => Kind::Discover,
        _ => Kind::Other,
    }
}

/// The middleware: tokens, same origin, then the caps for diagnoses and discoveries.
pub async fn protect(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let guard = Arc::clone(&state.guard);
    let path = req.uri().path().to_owned();
    let api = path.starts_with("/api/") || path == "/metrics";
    let lang = super::lang::negotiate(req.uri().query(), req.headers());
    let refuse = |rejection: Rejection| {
        tracing::info!(cap = rejection.cap(), "refused");
        guard.metrics.rejected(rejection.cap());
        rejection.respond(api, lang)
    };
    if let Err(rejection) = check_access(&guard, &req, &path) {
        return refuse(rejection);
    }
    let kind = kind_of(req.method(), &path, req.uri().query());
    if kind == Kind::Other {
        return next.run(req).await;
    }
    let client = match guard.client_ip(&req) {
        Ok(client) => client,
        Err(rejection) => return refuse(rejection),
    };
    // The handler parses the request once, then asks [`Admission`] for a permit; the permit
    // comes back in the response's extensions and is held until the body has been sent.
    let mut req = req;
    req.extensions_mut().insert(ClientAddr(client));
    let mut resp = next.run(req).await;
    match resp.extensions_mut().remove::<HeldPermit>() {
        Some(permit) => hold_until_sent(resp, permit),
        None => resp,
    }
}

/// The client the middleware read (the TCP peer, or what a trusted proxy says), for
/// [`Admission`].
#[derive(Clone, Copy, Debug)]
struct ClientAddr(IpAddr);

/// The admission of one diagnosis or discovery, asked for by its handler once the request has
/// been parsed (once, by the handler's own extractor): field lengths, the port it would
/// connect to, then the per-client rate and the service-wide cap ([`Guard::admit`]).
#[derive(Debug)]
pub struct Admission {
    guard: Arc<Guard>,
    client: Option<IpAddr>,
    api: bool,
    /// The language of a refusal (`?lang=`, else `Accept-Language`); a diagnosis request's
    /// own `lang` comes first.
    lang: Lang,
}

impl FromRequestParts<AppState> for Admission {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let client = parts.extensions.get::<ClientAddr>().map(|c| c.0);
        let api = parts.uri.path().starts_with("/api/");
        let lang = super::lang::negotiate(parts.uri.query(), &parts.headers);
        Ok(Admission { guard: Arc::clone(&state.guard), client, api, lang })
    }
}

impl Admission {
    /// Admits the diagnosis of `request`, or answers with the refusal (`422`, `429`, `503`).
    /// Keep the permit until the diagnosis has ended; put it in the response's extensions
    /// so it is held until the body has been sent.
    pub async fn diagnosis(&self, request: &DiagnoseRequest) -> Result<HeldPermit, Refused> {
        let password = request.password.as_ref().map_or(0, |p| p.expose().len());
        let token = request.oauth_token.as_ref().map_or(0, |p| p.expose().len());
        let fields = [
            ("host", request.host.len()),
            ("username", request.username.as_ref().map_or(0, String::len)),
            ("email", request.email.as_ref().map_or(0, String::len)),
            ("password", password),
            ("oauth_token", token),
            ("ticket", request.ticket.as_ref().map_or(0, String::len)),
            ("lang", request.lang.as_ref().map_or(0, String::len)),
        ];
        let lang = request.lang.as_deref().and_then(Lang::from_tag).unwrap_or(self.lang);
        self.lengths(&fields, lang)?;
        // Parsed as the engine parses it: the port it would really connect to.
        if let (Some(target), _) = target::parse(request) {
            let given =
                Password::given(request.password.as_ref()) || Password::given(request.oauth_token.as_ref());
            tracing::info!(target_host = %target.host, port = target.port, with_secret = given, "diagnosis requested");
            self.guard.check_port(target.port).map_err(|r| self.refuse(r, lang))?;
        }
        self.admit(
            Password::given(request.password.as_ref()) || Password::given(request.oauth_token.as_ref()),
            lang,
        )
        .await
    }

    /// Admits the discovery for `email`, or answers with the refusal.
    pub async fn discovery(&self, email: &str) -> Result<HeldPermit, Refused> {
        self.lengths(&[("email", email.len())], self.lang)?;
        self.admit(false, self.lang).await
    }

    /// Admits the upload of a report from the user's computer: one request of the client's
    /// budget, like a discovery (it connects nowhere).
    pub async fn upload(&self) -> Result<HeldPermit, Refused> {
        self.admit(false, self.lang).await
    }

    fn lengths(&self, fields: &[(&'static str, usize)], lang: Lang) -> Result<(), Refused> {
        for (field, len) in fields {
            if let Some((_, max)) = FIELD_LIMITS.iter().find(|(f, _)| f == field).filter(|(_, max)| len > max)
            {
                return Err(self.refuse(Rejection::TooLong { field, max: *max }, lang));
            }
        }
        Ok(())
    }

    async fn admit(&self, secret: bool, lang: Lang) -> Result<HeldPermit, Refused> {
        // The middleware reads the client of every diagnose and discover route; a handler
        // reached without it is a wiring fault: refuse rather than run unlimited.
        let Some(client) = self.client else {
            tracing::error!("admission asked for without the guard's client address");
            return Err(Refused::Unwired);
        };
        match self.guard.admit_shared(client, secret).await {
            Ok(permit) => Ok(HeldPermit { _share: Arc::new(permit) }),
            Err(rejection) => {
                tracing::info!(cap = rejection.cap(), %client, "refused");
                Err(Refused::Rejected { rejection, api: self.api, lang })
            }
        }
    }

    fn refuse(&self, rejection: Rejection, lang: Lang) -> Refused {
        tracing::info!(cap = rejection.cap(), "refused");
        self.guard.metrics.rejected(rejection.cap());
        Refused::Rejected { rejection, api: self.api, lang }
    }
}

/// Why [`Admission`] refused: the answer is the refusal's page or JSON error.
#[derive(Debug)]
pub enum Refused {
    /// A limit refused it.
    Rejected {
        /// Which, and why.
        rejection: Rejection,
        /// Answer in JSON (the API) rather than a page.
        api: bool,
        /// The language of the words.
        lang: Lang,
    },
    /// The handler was reached without the middleware's client address (a wiring fault).
    Unwired,
}

impl IntoResponse for Refused {
    fn into_response(self) -> Response {
        match self {
            Refused::Rejected { rejection, api, lang } => rejection.respond(api, lang),
            Refused::Unwired => {
                let why = "the request could not be admitted";
                super::error::ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", why)
                    .into_response()
            }
        }
    }
}

fn check_access(guard: &Guard, req: &Request, path: &str) -> Result<(), Rejection> {
    let access = &guard.access;
    let tokens = !access.api_tokens.is_empty();
    let open = path == "/healthz"
        || path == "/readyz"
        || path.starts_with("/static/")
        || path == "/api/v1/openapi.json";
    let api = path.starts_with("/api/") || path == "/metrics";
    if tokens && !open && api && !guard.authorised(req.headers()) {
        return Err(Rejection::Token { basic: false });
    }
    // The desk lists every saved report: always behind a token (as the HTTP Basic password).
    let desk = path == "/desk" || path.starts_with("/desk/");
    if tokens && desk && !guard.authorised(req.headers()) {
        return Err(Rejection::Token { basic: true });
    }
    if access.protect_form && !open && !api && !guard.authorised(req.headers()) {
        return Err(Rejection::Token { basic: true });
    }
    if req.method() == Method::POST && !path.starts_with("/api/") && !same_origin(req.headers()) {
        return Err(Rejection::Origin);
    }
    Ok(())
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
    use crate::web::policy::ManualClock;
    use std::net::Ipv4Addr;

    #[test]
    fn a_token_of_another_length_or_content_does_not_match() {
        assert!(same_bytes(b"abcdefghijklmnop", b"abcdefghijklmnop"));
        assert!(!same_bytes(b"abcdefghijklmnop", b"abcdefghijklmnoq"));
        assert!(!same_bytes(b"abcdefghijklmnop", b"abcdefghijklmno"));
    }

    #[test]
    fn the_authorization_scheme_is_read_in_any_case() {
        assert_eq!(presented_token("Bearer tok").as_deref(), Some("tok"));
        assert_eq!(presented_token("bearer tok").as_deref(), Some("tok"));
        assert_eq!(presented_token("BEARER   tok ").as_deref(), Some("tok"));
        let basic = base64::engine::general_purpose::STANDARD.encode("desk:tok");
        assert_eq!(presented_token(&format!("basic {basic}")).as_deref(), Some("tok"));
        assert_eq!(presented_token("Token tok"), None);
        assert_eq!(presented_token("Bearertok"), None);
    }

    #[test]
    fn an_origin_is_compared_with_the_host_header() {
        use axum::http::HeaderValue;
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
    fn a_clients_rate_refills_with_time() {
        let clock = Arc::new(ManualClock::new());
        let limits = Limits { rate_burst: 1, rate_per_minute: 2, ..Limits::unlimited() };
        let guard = Guard::with_clock(limits, Access::default(), clock.clone());
        let ann = IpAddr::V4(Ipv4Addr::new(198, 51, 100, 7));
        drop(guard.admit(ann).unwrap());
        assert_eq!(guard.admit(ann).unwrap_err(), Rejection::Rate { retry_after: 30 });
        clock.advance(Duration::from_secs(30));
        assert!(guard.admit(ann).is_ok(), "30 s later the bucket holds a token again");
    }

    #[tokio::test]
    async fn an_over_long_field_is_refused_before_the_rate_is_spent() {
        let limits = Limits {
            rate_burst: 1,
            rate_per_minute: 1,
            allowed_ports: Some(vec![993]),
            ..Limits::unlimited()
        };
        let admission = |client| Admission {
            guard: Arc::new(Guard::new(limits.clone(), Access::default())),
            client,
            api: true,
            lang: Lang::En,
        };
        let ann = Some(IpAddr::V4(Ipv4Addr::new(198, 51, 100, 7)));
        let mut request = DiagnoseRequest::new(crate::model::Protocol::Imap, "imap.example.com");
        request.username = Some("a".repeat(321));
        let one = admission(ann);
        let refused = one.diagnosis(&request).await.unwrap_err().into_response();
        assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
        request.username = Some("ann".into());
        assert!(one.diagnosis(&request).await.is_ok(), "the refusal spent no token");
        assert_eq!(
            one.diagnosis(&request).await.unwrap_err().into_response().status(),
            StatusCode::TOO_MANY_REQUESTS
        );
        request.port = Some(crate::target::RawPort("22".into()));
        let other = admission(ann);
        assert_eq!(
            other.diagnosis(&request).await.unwrap_err().into_response().status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "port 22"
        );
        let unwired = admission(None);
        request.port = None;
        assert_eq!(
            unwired.diagnosis(&request).await.unwrap_err().into_response().status(),
            StatusCode::INTERNAL_SERVER_ERROR
        );
    }
}
