//! Connection handling for `serve`: the accept loop, the caps on open connections, and the
//! time limits on reading a request.
//!
//! `axum::serve` keeps a connection open for as long as the client likes and accepts as many
//! as the process has descriptors for, so one client sending a byte now and then could take
//! the service down. Here every accepted connection is served by hyper's HTTP/1 builder with
//! these bounds ([`Connections`], docs/CONFIGURATION.md *Connections*):
//!
//! - **Head:** a connection must send a whole request head within `header_timeout` of
//!   opening (or of its previous answer), else hyper closes it: a silent connection and a
//!   head dripped a byte at a time both end there.
//! - **Body:** a request must send its whole body within `body_timeout` of its head (`408`).
//! - **Idle:** a kept-alive connection waiting for its next request is closed after
//!   `idle_timeout` (or `header_timeout`, whichever is shorter).
//! - **Caps:** past `max_connections` open, or `max_connections_per_client` from one client
//!   address (IPv6: one /64; a trusted proxy only counts towards the total), a new
//!   connection gets a fast `503` and is closed at once. Nothing waits in a queue.
//!
//! On shutdown the listener is closed at once (new connections are refused by the kernel),
//! idle connections are closed, and requests in flight are answered before [`serve`] returns.

use std::collections::HashMap;
use std::convert::Infallible;
use std::future::Future;
use std::net::{IpAddr, SocketAddr};
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Notify, watch};
use tower::ServiceExt as _;
use tracing::Instrument as _;

use super::AppState;
use super::client::{is_trusted, rate_key};
use super::metrics::Metrics;
use crate::config::Connections;
use crate::net::policy::Cidr;

/// What a connection over a cap is told before it is closed (written once, never waited on).
const REFUSED: &[u8] = b"HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nRetry-After: 5\r\n\
Content-Type: text/plain\r\nContent-Length: 37\r\n\r\nToo many connections; try again soon.";

/// Descriptors kept free for the diagnoses' own connections and the process itself.
const RESERVED_DESCRIPTORS: usize = 256;

/// Serves `state`'s application on `listener` with the bounds in `conns` until `shutdown`
/// resolves, then lets the requests in flight finish.
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    conns: Connections,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let conns = within_descriptor_limit(conns, open_files_limit());
    let metrics = Arc::clone(state.guard().metrics());
    let trusted = state.guard().limits().trusted_proxies.clone();
    let reading = (conns.body_timeout, Arc::clone(&metrics));
    let app = super::router(state).layer(axum::middleware::from_fn_with_state(reading, read_body_within));
    let tracker = Arc::new(Tracker::new(&conns, trusted, metrics));
    let (stop_tx, stop_rx) = watch::channel(false);
    tokio::pin!(shutdown);
    loop {
        let accepted = tokio::select! {
            () = &mut shutdown => break,
            accepted = listener.accept() => accepted,
        };
        let (stream, peer) = match accepted {
            Ok(pair) => pair,
            Err(e) => {
                accept_failed(&e).await;
                continue;
            }
        };
        match tracker.open(peer.ip()) {
            Some(slot) => {
                let conn = connection(stream, peer, app.clone(), conns.clone(), stop_rx.clone());
                let span = tracing::debug_span!("connection", %peer);
                tokio::spawn(
                    async move {
                        conn.await;
                        drop(slot);
                    }
                    .instrument(span),
                );
            }
            // Not `write_all`: a client that reads nothing must not hold the loop up.
            None => drop(stream.try_write(REFUSED)),
        }
    }
    // Stop accepting at once; idle connections close, requests in flight are answered.
    drop(listener);
    let _ = stop_tx.send(true);
    tracker.all_closed().await;
    Ok(())
}

/// A failed `accept`: a connection the client already gave up on is skipped; running out of
/// descriptors (or memory) waits a moment instead of spinning, as `axum::serve` does.
async fn accept_failed(e: &std::io::Error) {
    use std::io::ErrorKind::{ConnectionAborted, ConnectionRefused, ConnectionReset, Interrupted};
    if matches!(e.kind(), ConnectionAborted | ConnectionRefused | ConnectionReset | Interrupted) {
        return;
    }
    tracing::warn!(error = %e, "accept failed; waiting before the next one");
    tokio::time::sleep(Duration::from_millis(100)).await;
}

/// Serves one connection until it ends, is idle too long, or the service stops.
async fn connection(
    stream: TcpStream,
    peer: SocketAddr,
    app: Router,
    conns: Connections,
    mut stop: watch::Receiver<bool>,
) {
    let activity = Arc::new(Activity::new());
    let requests = Arc::clone(&activity);
    let service = hyper::service::service_fn(move |mut req: hyper::Request<Incoming>| {
        let busy = requests.begin();
        req.extensions_mut().insert(ConnectInfo(peer));
        let app = app.clone();
        async move {
            let Ok(resp) = app.oneshot(req.map(Body::new)).await;
            Ok::<_, Infallible>(resp.map(|body| Tracked { body, _busy: busy }))
        }
    });
    let mut builder = hyper::server::conn::http1::Builder::new();
    builder.timer(TokioTimer::new()).header_read_timeout(conns.header_timeout);
    let conn = builder.serve_connection(TokioIo::new(stream), service);
    tokio::pin!(conn);
    let mut closing = false;
    loop {
        tokio::select! {
            served = conn.as_mut() => {
                if let Err(e) = served {
                    tracing::debug!(error = %e, %peer, "connection ended with an error");
                }
                return;
            }
            _ = stop.wait_for(|stopping| *stopping), if !closing => {
                conn.as_mut().graceful_shutdown();
                closing = true;
            }
            () = activity.idle_for(conns.idle_timeout), if !closing => {
                conn.as_mut().graceful_shutdown();
                closing = true;
            }
        }
    }
}

/// The open connections, in total and per client.
#[derive(Debug)]
struct Tracker {
    max_total: usize,
    max_per_client: usize,
    trusted: Vec<Cidr>,
    metrics: Arc<Metrics>,
    total: AtomicUsize,
    per_client: Mutex<HashMap<IpAddr, usize>>,
    closed: Notify,
}

impl Tracker {
    fn new(conns: &Connections, trusted: Vec<Cidr>, metrics: Arc<Metrics>) -> Self {
        Tracker {
            max_total: conns.max_connections,
            max_per_client: conns.max_connections_per_client,
            trusted,
            metrics,
            total: AtomicUsize::new(0),
            per_client: Mutex::new(HashMap::new()),
            closed: Notify::new(),
        }
    }

    /// A slot for one more connection from `ip`, or `None` past a cap.
    fn open(self: &Arc<Self>, ip: IpAddr) -> Option<Slot> {
        let max = self.max_total;
        if self
            .total
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| (n < max).then_some(n + 1))
            .is_err()
        {
            self.metrics.rejected("connections");
            return None;
        }
        // A trusted proxy carries every customer's connections: only the total applies.
        let client = (!is_trusted(ip, &self.trusted)).then(|| rate_key(ip));
        if let Some(client) = client {
            let mut per_client = self.per_client.lock().unwrap_or_else(PoisonError::into_inner);
            let open = per_client.entry(client).or_default();
            if *open >= self.max_per_client {
                drop(per_client);
                self.total.fetch_sub(1, Ordering::SeqCst);
                self.metrics.rejected("connections_per_client");
                return None;
            }
            *open += 1;
        }
        Some(Slot { tracker: Arc::clone(self), client })
    }

    /// Resolves when no connection is open.
    async fn all_closed(&self) {
        loop {
            let closed = self.closed.notified();
            tokio::pin!(closed);
            closed.as_mut().enable();
            if self.total.load(Ordering::SeqCst) == 0 {
                return;
            }
            closed.await;
        }
    }
}

/// One open connection's place under the caps; given back when dropped.
struct Slot {
    tracker: Arc<Tracker>,
    client: Option<IpAddr>,
}

impl Drop for Slot {
    fn drop(&mut self) {
        if let Some(client) = self.client {
            let mut per_client = self.tracker.per_client.lock().unwrap_or_else(PoisonError::into_inner);
            if let Some(open) = per_client.get_mut(&client) {
                *open = open.saturating_sub(1);
                if *open == 0 {
                    per_client.remove(&client);
                }
            }
        }
        if self.tracker.total.fetch_sub(1, Ordering::SeqCst) == 1 {
            self.tracker.closed.notify_waiters();
        }
    }
}

/// Whether a connection has a request in progress, and since when it has been idle.
#[derive(Debug)]
struct Activity {
    busy: AtomicUsize,
    idle_since: Mutex<Instant>,
}

impl Activity {
    fn new() -> Self {
        Activity { busy: AtomicUsize::new(0), idle_since: Mutex::new(Instant::now()) }
    }

    /// A request has started; it ends when the returned guard (held by the response body)
    /// is dropped.
    fn begin(self: &Arc<Self>) -> Busy {
        self.busy.fetch_add(1, Ordering::SeqCst);
        Busy(Arc::clone(self))
    }

    /// Resolves once no request has been in progress for `limit`.
    async fn idle_for(&self, limit: Duration) {
        loop {
            if self.busy.load(Ordering::SeqCst) > 0 {
                tokio::time::sleep(limit).await;
                continue;
            }
            let since = *self.idle_since.lock().unwrap_or_else(PoisonError::into_inner);
            let deadline = since + limit;
            if Instant::now() >= deadline && self.busy.load(Ordering::SeqCst) == 0 {
                return;
            }
            tokio::time::sleep_until(deadline.into()).await;
        }
    }
}

/// A request in progress.
struct Busy(Arc<Activity>);

impl Drop for Busy {
    fn drop(&mut self) {
        *self.0.idle_since.lock().unwrap_or_else(PoisonError::into_inner) = Instant::now();
        self.0.busy.fetch_sub(1, Ordering::SeqCst);
    }
}

/// A response body that marks its request finished when it has been sent (or dropped).
struct Tracked {
    body: Body,
    _busy: Busy,
}

impl http_body::Body for Tracked {
    type Data = Bytes;
    type Error = axum::Error;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<http_body::Frame<Bytes>, axum::Error>>> {
        Pin::new(&mut self.get_mut().body).poll_frame(cx)
    }

    fn is_end_stream(&self) -> bool {
        self.body.is_end_stream()
    }

    fn size_hint(&self) -> http_body::SizeHint {
        self.body.size_hint()
    }
}

/// Middleware: reads a request's whole body within `limit` of its head, or answers `408` and
/// closes the connection. Bodies here are small (at most [`super::body_limit`]), so the handler then
/// gets them in one piece.
async fn read_body_within(
    State((limit, metrics)): State<(Duration, Arc<Metrics>)>,
    req: Request,
    next: Next,
) -> Response {
    let headers = req.headers();
    let length =
        headers.get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()?.trim().parse::<u64>().ok());
    let chunked = headers.contains_key(header::TRANSFER_ENCODING);
    let limit_bytes = super::body_limit(req.uri().path());
    let too_large = length.is_some_and(|n| n > limit_bytes as u64);
    if too_large || (!chunked && length.unwrap_or(0) == 0) {
        // Nothing to wait for, or the body limit answers 413 without reading it.
        return next.run(req).await;
    }
    let api = req.uri().path().starts_with("/api/");
    let (parts, body) = req.into_parts();
    match tokio::time::timeout(limit, axum::body::to_bytes(body, limit_bytes)).await {
        Ok(Ok(bytes)) => next.run(Request::from_parts(parts, Body::from(bytes))).await,
        Ok(Err(_)) => closing(
            api,
            StatusCode::PAYLOAD_TOO_LARGE,
            "payload_too_large",
            &format!("the request body is larger than {} KiB", limit_bytes / 1024),
        ),
        Err(_) => {
            metrics.rejected("body_timeout");
            let detail = format!("the request body did not arrive within {} seconds", limit.as_secs_f64());
            closing(api, StatusCode::REQUEST_TIMEOUT, "request_timeout", &detail)
        }
    }
}

/// An error answer after which the connection is closed.
fn closing(api: bool, status: StatusCode, kind: &'static str, detail: &str) -> Response {
    let mut resp = if api {
        super::error::ApiError::new(status, kind, detail).into_response()
    } else {
        (status, format!("{detail}\n")).into_response()
    };
    resp.headers_mut().insert(header::CONNECTION, HeaderValue::from_static("close"));
    resp
}

/// The process's soft limit on open files (Linux; `None` elsewhere or when unlimited).
fn open_files_limit() -> Option<usize> {
    let limits = std::fs::read_to_string("/proc/self/limits").ok()?;
    let line = limits.lines().find(|l| l.starts_with("Max open files"))?;
    line.split_whitespace().nth(3)?.parse().ok()
}

/// `conns` with `max_connections` lowered so that the connections can never use the
/// descriptors the diagnoses need (the soft limit minus a reserve).
fn within_descriptor_limit(mut conns: Connections, soft_limit: Option<usize>) -> Connections {
    if let Some(limit) = soft_limit {
        let room = limit.saturating_sub(RESERVED_DESCRIPTORS).max(16);
        if conns.max_connections > room {
            tracing::warn!(
                max_connections = conns.max_connections,
                open_files_limit = limit,
                lowered_to = room,
                "max_connections is lowered to fit the open-files limit (ulimit -n)"
            );
            conns.max_connections = room;
        }
    }
    conns
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_connection_cap_leaves_descriptors_for_the_diagnoses() {
        let conns = Connections { max_connections: 5000, ..Connections::default() };
        assert_eq!(within_descriptor_limit(conns.clone(), Some(1024)).max_connections, 768);
        assert_eq!(within_descriptor_limit(conns.clone(), Some(100_000)).max_connections, 5000);
        assert_eq!(within_descriptor_limit(conns, None).max_connections, 5000);
    }

    #[test]
    fn the_refusal_is_a_complete_http_answer() {
        let text = std::str::from_utf8(REFUSED).unwrap();
        let (head, body) = text.split_once("\r\n\r\n").unwrap();
        assert!(head.contains(&format!("Content-Length: {}", body.len())), "{head}");
    }

    #[tokio::test]
    async fn a_client_over_its_share_is_refused_and_its_slots_come_back() {
        let conns =
            Connections { max_connections: 3, max_connections_per_client: 2, ..Connections::default() };
        let proxy: Cidr = "10.0.0.1/32".parse().unwrap();
        let tracker = Arc::new(Tracker::new(&conns, vec![proxy], Arc::new(Metrics::new())));
        let ann: IpAddr = "2001:db8:1:1::1".parse().unwrap();
        let ann_too: IpAddr = "2001:db8:1:1::2".parse().unwrap();
        let first = tracker.open(ann).unwrap();
        let _second = tracker.open(ann_too).unwrap();
        assert!(tracker.open(ann).is_none(), "the same /64 is one client");
        let proxied = tracker.open("10.0.0.1".parse().unwrap()).unwrap();
        assert!(tracker.open("10.0.0.1".parse().unwrap()).is_none(), "the total cap holds for a proxy too");
        drop((first, proxied));
        assert!(tracker.open(ann).is_some(), "a closed connection gives its slot back");
    }
}
