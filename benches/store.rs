//! Benchmark: saved reports at help-desk scale — save latency and the desk view's queries with
//! 100,000 reports stored.
//!
//! Run with `cargo bench --bench store` (SQLite in a temporary directory), or with
//! `MAILDOCTOR_BENCH_PG_URL=postgres://…/db` for PostgreSQL (a database it may fill; the
//! test script's `scripts/real-servers/postgres start` gives one on loopback). The seed is
//! 100,000 copies of a real report (a refused IMAP port diagnosed on 127.0.0.1, its JSON and
//! page) spread over 30 days with a realistic mix of verdicts, findings, providers, hosts and
//! tickets, inserted in bulk; then it measures `Store::save` one by one (what a diagnosis
//! pays) and `GET /desk` through the router (queries and rendering), newest page, filtered,
//! deep in the pages, and the chart's counts.

#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::http::{Request, header};
use base64::Engine as _;
use maildoctor::config::{Access, Limits, Settings, Timeouts};
use maildoctor::net::policy::AddressPolicy;
use maildoctor::runner::Engine;
use maildoctor::store::{Filter, NewReport, Store, StoreConfig, Vantage};
use maildoctor::web::guard::Guard;
use maildoctor::web::{AppState, router};
use tower::ServiceExt as _;

const REPORTS: usize = 100_000;
const SAVES: usize = 500;
const QUERIES: usize = 50;
const TOKEN: &str = "bench-token-0123456789abcdef";

const PRIMARIES: [Option<&str>; 8] = [
    None,
    Some("auth.invalid_credentials"),
    Some("auth.app_password_required"),
    Some("tcp.refused"),
    Some("tcp.timeout"),
    Some("tls.cert_name_mismatch"),
    Some("protocol.tls_expected"),
    Some("auth.web_login_required"),
];
const PROVIDERS: [Option<&str>; 5] = [Some("gmail"), Some("microsoft"), Some("yahoo"), None, Some("icloud")];

fn engine() -> Engine {
    let _ = rustls::crypto::ring::default_provider().install_default();
    Engine::new(Settings {
        dns_server: None,
        extra_ca_pem: None,
        policy: AddressPolicy::permissive(),
        timeouts: Timeouts::fast(),
        no_public_roots: true,
        ispdb_url: None,
    })
    .expect("engine")
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn show(what: &str, mut times: Vec<Duration>) {
    times.sort();
    println!(
        "{what:<48} p50 {:>8.2} ms   p95 {:>8.2} ms",
        percentile(&times, 0.5).as_secs_f64() * 1000.0,
        percentile(&times, 0.95).as_secs_f64() * 1000.0
    );
}

#[tokio::main]
async fn main() {
    let dir = std::env::temp_dir().join(format!("maildoctor-bench-store-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let pg = std::env::var("MAILDOCTOR_BENCH_PG_URL").ok();
    let config = StoreConfig {
        data_dir: dir.clone(),
        database_url: pg.clone(),
        retention: Duration::from_secs(30 * 86_400),
    };
    let store = Store::open(&config).await.expect("the store opens");
    let access = Access { api_tokens: vec![TOKEN.to_owned()], protect_form: false };
    let limits = Limits { allowed_ports: None, ..Limits::unlimited() };
    let app =
        router(AppState::with_guard(engine(), Guard::new(limits, access)).with_store(Arc::clone(&store)));

    // One real report, saved through the API, is the seed's payload.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let body = format!(r#"{{"protocol":"imap","host":"127.0.0.1","port":{closed},"security":"none"}}"#);
    let req = Request::post("/api/v1/diagnose")
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::AUTHORIZATION, format!("Bearer {TOKEN}"))
        .body(Body::from(body))
        .unwrap();
    let answer = app.clone().oneshot(req).await.unwrap();
    let bytes = axum::body::to_bytes(answer.into_body(), usize::MAX).await.unwrap();
    let report: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    let id = report["share"].as_str().expect("saved").trim_start_matches("/r/").to_owned();
    let stored = store.get(&id).await.unwrap().expect("kept");
    println!(
        "back end: {}; payload: report {} B + page {} B",
        if pg.is_some() { "PostgreSQL" } else { "SQLite" },
        stored.json.len(),
        stored.page.len()
    );

    let started = Instant::now();
    seed(&store, &stored.json, &stored.page, pg.as_deref(), &dir).await;
    println!("seeded {REPORTS} reports in {:.1} s", started.elapsed().as_secs_f64());

    // Saving: what each diagnosis pays.
    let mut times = Vec::with_capacity(SAVES);
    for i in 0..SAVES {
        let new = NewReport {
            json: &stored.json,
            page: &stored.page,
            heading: &stored.heading,
            verdict: "error",
            primary: PRIMARIES[i % PRIMARIES.len()],
            provider: PROVIDERS[i % PROVIDERS.len()],
            host: "imap.example.com",
            vantage: Vantage::Service,
            ticket: None,
            client_version: "bench",
        };
        let id = Store::new_id().unwrap();
        let t = Instant::now();
        store.save(&id, &new).await.expect("saved");
        times.push(t.elapsed());
    }
    show("save one report", times);

    // The desk: query + render through the router.
    let basic =
        format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(format!("desk:{TOKEN}")));
    let desk = |path: String| {
        let app = app.clone();
        let basic = basic.clone();
        async move {
            let req = Request::get(path).header(header::AUTHORIZATION, basic).body(Body::empty()).unwrap();
            let t = Instant::now();
            let resp = app.oneshot(req).await.unwrap();
            let status = resp.status();
            let body = axum::body::to_bytes(resp.into_body(), usize::MAX).await.unwrap();
            assert!(status.is_success(), "{status}: {}", String::from_utf8_lossy(&body));
            (t.elapsed(), String::from_utf8_lossy(&body).into_owned())
        }
    };
    for (what, path) in [
        ("GET /desk (newest 50, chart, total)", "/desk".to_owned()),
        ("GET /desk?provider=gmail&verdict=error", "/desk?provider=gmail&verdict=error".to_owned()),
        ("GET /desk?primary=tcp.timeout", "/desk?primary=tcp.timeout".to_owned()),
        ("GET /desk?ticket=HD-12345", "/desk?ticket=HD-12345".to_owned()),
        ("GET /desk?host=imap.example.com", "/desk?host=imap.example.com".to_owned()),
    ] {
        let mut times = Vec::with_capacity(QUERIES);
        for _ in 0..QUERIES {
            times.push(desk(path.clone()).await.0);
        }
        show(what, times);
    }
    // Deep in the pages: follow "older" 100 times (page 100 costs what page 1 does).
    let mut path = "/desk".to_owned();
    let mut times = Vec::new();
    for _ in 0..100 {
        let (t, body) = desk(path.clone()).await;
        times.push(t);
        let Some(next) =
            body.split("<a href=\"").find_map(|s| s.find("\" rel=\"next\"").map(|i| s[..i].to_owned()))
        else {
            break;
        };
        path = next.replace("&amp;", "&");
    }
    println!("followed {} pages", times.len());
    show("GET /desk, pages 1 to 100", times);
    let mut times = Vec::new();
    for _ in 0..QUERIES {
        let t = Instant::now();
        store.counts(&Filter::default(), 0, 3600).await.unwrap();
        times.push(t.elapsed());
    }
    show("counts per hour over all 100,000 (no filter)", times);
    if pg.is_none() {
        let size: u64 = std::fs::read_dir(&dir).unwrap().flatten().map(|e| e.metadata().unwrap().len()).sum();
        println!("SQLite files: {:.0} MB", size as f64 / 1e6);
        let _ = std::fs::remove_dir_all(&dir);
    }
}

/// Inserts [`REPORTS`] rows in bulk (one transaction per 5,000), spread over 30 days.
async fn seed(store: &Store, json: &str, page: &str, pg: Option<&str>, dir: &std::path::Path) {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
    let row = |i: usize| {
        let created = now - (i as i64 * 30 * 86_400 / REPORTS as i64);
        let primary = PRIMARIES[(i * 7 + i / 13) % PRIMARIES.len()];
        let verdict = if primary.is_none() { "ok" } else { "error" };
        (
            Store::new_id().unwrap(),
            created,
            verdict,
            primary,
            PROVIDERS[i % PROVIDERS.len()],
            format!("imap.host{}.example", i % 500),
            i.is_multiple_of(20).then(|| format!("HD-{}", 10_000 + i % 5_000)),
            if i.is_multiple_of(4) { "user_computer" } else { "service" },
        )
    };
    let _ = store;
    if let Some(url) = pg {
        let pool = sqlx::postgres::PgPoolOptions::new().max_connections(2).connect(url).await.unwrap();
        for chunk in (0..REPORTS).collect::<Vec<_>>().chunks(5_000) {
            let mut tx = pool.begin().await.unwrap();
            for &i in chunk {
                let (id, created, verdict, primary, provider, host, ticket, vantage) = row(i);
                sqlx::query(
                    "INSERT INTO reports (id, created_at, expires_at, verdict, primary_code, provider, host, ticket, \
                     vantage, client_version, delete_hash, heading, page, report) \
                     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,'bench','x','It does not work yet',$10,$11::jsonb)",
                )
                .bind(id).bind(created).bind(created + 30 * 86_400).bind(verdict).bind(primary).bind(provider)
                .bind(host).bind(ticket).bind(vantage).bind(page).bind(json)
                .execute(&mut *tx).await.unwrap();
            }
            tx.commit().await.unwrap();
        }
        sqlx::query("ANALYZE reports").execute(&pool).await.unwrap();
    } else {
        let options = sqlx::sqlite::SqliteConnectOptions::new()
            .filename(Store::sqlite_file(dir))
            .journal_mode(sqlx::sqlite::SqliteJournalMode::Wal);
        let pool =
            sqlx::sqlite::SqlitePoolOptions::new().max_connections(1).connect_with(options).await.unwrap();
        for chunk in (0..REPORTS).collect::<Vec<_>>().chunks(5_000) {
            let mut tx = pool.begin().await.unwrap();
            for &i in chunk {
                let (id, created, verdict, primary, provider, host, ticket, vantage) = row(i);
                sqlx::query(
                    "INSERT INTO reports (id, created_at, expires_at, verdict, primary_code, provider, host, ticket, \
                     vantage, client_version, delete_hash, heading, page, report) \
                     VALUES (?,?,?,?,?,?,?,?,?,'bench','x','It does not work yet',?,?)",
                )
                .bind(id).bind(created).bind(created + 30 * 86_400).bind(verdict).bind(primary).bind(provider)
                .bind(host).bind(ticket).bind(vantage).bind(page).bind(json)
                .execute(&mut *tx).await.unwrap();
            }
            tx.commit().await.unwrap();
        }
        sqlx::query("ANALYZE").execute(&pool).await.unwrap();
    }
}
