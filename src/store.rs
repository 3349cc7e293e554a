//! Saved reports: the help desk's memory (docs/STORE.md).
//!
//! One data-access module over two back ends: embedded SQLite (a file under the data
//! directory, the default: no set-up) and PostgreSQL (`database_url`, for several replicas).
//! Migrations (`migrations/sqlite`, `migrations/postgres`) are embedded at build time and
//! applied at start. sqlx: async on tokio, both back ends in one crate, queries written per
//! back end at run time (no database needed to build).
//!
//! What is stored is what the person already saw: the scrubbed report JSON (no password, no
//! password-derived form: the redaction tests read the rows; its page is rendered from it when
//! the link is opened, and `page` is empty except in rows of builds that kept a copy),
//! plus a few columns to find it by. Ids are 128 random bits (base64url, 22 characters); the
//! deletion token is another 128 and is stored only as its SHA-256. Every call has a time
//! limit; a store that does not answer makes the diagnosis say "could not be saved", never fail.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ring::rand::{SecureRandom, SystemRandom};
use sha2::{Digest as _, Sha256};
use sqlx::postgres::{PgPool, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqlitePool, SqlitePoolOptions};
use sqlx::{ConnectOptions as _, Row as _};

/// Longest one call to the store may take.
pub const CALL_TIMEOUT: Duration = Duration::from_secs(3);

/// Where and how long reports are kept.
#[derive(Clone, Debug)]
pub struct StoreConfig {
    /// SQLite: the directory of `maildoctor.db`.
    pub data_dir: PathBuf,
    /// PostgreSQL instead, when set (`postgres://…`).
    pub database_url: Option<String>,
    /// How long a report is kept.
    pub retention: Duration,
}

/// Why the store could not do something.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database said no, or could not be reached.
    #[error("the report store failed: {0}")]
    Db(#[from] sqlx::Error),
    /// Migrations failed.
    #[error("the report store could not be set up: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    /// It did not answer in time.
    #[error("the report store did not answer within {} s", CALL_TIMEOUT.as_secs())]
    Timeout,
    /// The data directory is unusable.
    #[error("the data directory {path} is unusable: {source}")]
    DataDir {
        /// The directory.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// Set-up has not finished (PostgreSQL not reachable yet).
    #[error("the report store is not set up yet")]
    NotReady,
    /// No random numbers.
    #[error("no random numbers for an id")]
    Random,
}

/// Where a report was run from.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub enum Vantage {
    /// This service (the help desk's network).
    Service,
    /// The person's own computer (`maildoctor check --share`).
    UserComputer,
}

impl Vantage {
    /// Stored name.
    pub const fn name(self) -> &'static str {
        match self {
            Vantage::Service => "service",
            Vantage::UserComputer => "user_computer",
        }
    }

    /// Its stored name read back (anything else is the service).
    pub fn of(name: &str) -> Vantage {
        if name == Vantage::UserComputer.name() { Vantage::UserComputer } else { Vantage::Service }
    }

    /// Plain words: "Run from the user's own computer (maildoctor 0.9.0)".
    pub fn describe(name: &str, version: &str, lang: crate::i18n::Lang) -> String {
        match Vantage::of(name) {
            Vantage::UserComputer => lang.t_with("vantage-user", &[("version", version)]),
            Vantage::Service => lang.t("vantage-service"),
        }
    }
}

/// One report to keep.
#[derive(Debug)]
pub struct NewReport<'a> {
    /// The scrubbed report JSON.
    pub json: &'a str,
    /// Its page fragment.
    pub page: &'a str,
    /// Its page title.
    pub heading: &'a str,
    /// Columns to find it by.
    pub verdict: &'a str,
    /// Primary finding code.
    pub primary: Option<&'a str>,
    /// Provider id.
    pub provider: Option<&'a str>,
    /// Host as typed.
    pub host: &'a str,
    /// Where it was run from.
    pub vantage: Vantage,
    /// The help desk's ticket reference, when one was given.
    pub ticket: Option<&'a str>,
    /// The version of maildoctor that ran it (this build, or the uploading CLI's).
    pub client_version: &'a str,
}

/// A kept report.
#[derive(Debug)]
pub struct Stored {
    /// The report JSON.
    pub json: String,
    /// Its page fragment.
    pub page: String,
    /// Its page title.
    pub heading: String,
    /// Where it was run from.
    pub vantage: String,
    /// The version of maildoctor that ran it.
    pub client_version: String,
    /// The ticket reference.
    pub ticket: Option<String>,
    /// When it was saved (Unix seconds).
    pub created_at: i64,
}

/// What the desk view asks for: filters (all optional, exact matches) and a page.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    /// `ok`, `warning`, `error`.
    pub verdict: Option<String>,
    /// A primary finding code.
    pub primary: Option<String>,
    /// A provider id.
    pub provider: Option<String>,
    /// A host (compared in lower case).
    pub host: Option<String>,
    /// A ticket reference.
    pub ticket: Option<String>,
    /// `service` or `user_computer`.
    pub vantage: Option<String>,
}

/// Where a page of the desk view starts: after the report saved at `created_at` with `id`
/// (newest first; a key, not an offset, so page 1,000 costs what page 1 does).
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct Cursor {
    /// Unix seconds.
    pub created_at: i64,
    /// The id (ties at the same second).
    pub id: String,
}

/// One row of the desk view.
#[derive(Clone, Debug)]
pub struct Listed {
    /// Its id.
    pub id: String,
    /// Unix seconds.
    pub created_at: i64,
    /// Verdict.
    pub verdict: String,
    /// Primary finding code.
    pub primary: Option<String>,
    /// Provider id.
    pub provider: Option<String>,
    /// Host.
    pub host: String,
    /// Ticket reference.
    pub ticket: Option<String>,
    /// Vantage.
    pub vantage: String,
}

/// How many reports had a primary finding in one time bucket.
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct Count {
    /// Start of the bucket (Unix seconds).
    pub bucket: i64,
    /// The primary finding (`None`: no finding, the check passed).
    pub primary: Option<String>,
    /// How many.
    pub count: i64,
}

/// A value bound to a query built at run time.
#[derive(Clone, Debug)]
enum Param {
    Text(String),
    Int(i64),
}

/// `sql` with each `?` numbered for PostgreSQL (`$1`, `$2`, …); the queries here never hold a
/// literal `?`.
fn numbered(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 16);
    let mut n = 0;
    for c in sql.chars() {
        if c == '?' {
            n += 1;
            out.push('$');
            out.push_str(&n.to_string());
        } else {
            out.push(c);
        }
    }
    out
}

impl Filter {
    /// ` AND …` conditions and their values.
    fn conditions(&self, params: &mut Vec<Param>) -> String {
        let mut sql = String::new();
        let mut add = |column: &str, value: &Option<String>, lower: bool| {
            if let Some(v) = value.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
                sql.push_str(&format!(" AND {column} = ?"));
                params.push(Param::Text(if lower { v.to_ascii_lowercase() } else { v.to_owned() }));
            }
        };
        add("verdict", &self.verdict, false);
        add("primary_code", &self.primary, false);
        add("provider", &self.provider, false);
        add("host", &self.host, true);
        add("ticket", &self.ticket, false);
        add("vantage", &self.vantage, false);
        sql
    }
}

#[derive(Debug)]
enum Backend {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// The report store.
#[derive(Debug)]
pub struct Store {
    backend: Backend,
    retention: Duration,
    ready: AtomicBool,
}

impl Store {
    /// Opens the store: SQLite now (creating the file and applying migrations), PostgreSQL
    /// lazily (its migrations are applied by [`Store::maintain`] once it answers, so the
    /// service starts while it is down).
    pub async fn open(config: &StoreConfig) -> Result<Arc<Store>, StoreError> {
        let retention = config.retention;
        if let Some(url) = &config.database_url {
            let pool =
                PgPoolOptions::new().max_connections(8).acquire_timeout(CALL_TIMEOUT).connect_lazy(url)?;
            let store = Store { backend: Backend::Postgres(pool), retention, ready: AtomicBool::new(false) };
            let _ = store.migrate().await;
            return Ok(Arc::new(store));
        }
        let dir = &config.data_dir;
        std::fs::create_dir_all(dir).map_err(|source| StoreError::DataDir { path: dir.clone(), source })?;
        let options = SqliteConnectOptions::new()
            .filename(dir.join("maildoctor.db"))
            .create_if_missing(true)
            .journal_mode(sqlx::sqlite::SqliteJournalMode::Wal)
            .busy_timeout(CALL_TIMEOUT)
            .disable_statement_logging();
        let pool = SqlitePoolOptions::new().max_connections(4).connect_with(options).await?;
        let store = Store { backend: Backend::Sqlite(pool), retention, ready: AtomicBool::new(false) };
        store.migrate().await?;
        Ok(Arc::new(store))
    }

    /// The SQLite file, for a given data directory.
    pub fn sqlite_file(data_dir: &Path) -> PathBuf {
        data_dir.join("maildoctor.db")
    }

    async fn migrate(&self) -> Result<(), StoreError> {
        let done = match &self.backend {
            Backend::Sqlite(pool) => {
                within(async { sqlx::migrate!("migrations/sqlite").run(pool).await }).await
            }
            Backend::Postgres(pool) => {
                within(async { sqlx::migrate!("migrations/postgres").run(pool).await }).await
            }
        };
        if let Err(e) = &done {
            tracing::warn!(error = %e, "the report store is not set up yet");
        } else {
            self.ready.store(true, Ordering::SeqCst);
        }
        done
    }

    /// Every `every`: sets the store up if it is not yet, and deletes expired reports.
    pub async fn maintain(self: Arc<Self>, every: Duration) {
        loop {
            if !self.ready.load(Ordering::SeqCst) {
                let _ = self.migrate().await;
            }
            match self.purge().await {
                Ok(0) => {}
                Ok(n) => tracing::info!(deleted = n, "expired reports deleted"),
                Err(e) => tracing::warn!(error = %e, "expired reports could not be deleted"),
            }
            // Until it is set up, try again every minute.
            let wait =
                if self.ready.load(Ordering::SeqCst) { every } else { every.min(Duration::from_secs(60)) };
            tokio::time::sleep(wait).await;
        }
    }

    /// How long reports are kept, in days.
    pub fn retention_days(&self) -> u32 {
        u32::try_from(self.retention.as_secs() / 86_400).unwrap_or(u32::MAX)
    }

    /// A new id: 128 random bits, base64url.
    pub fn new_id() -> Result<String, StoreError> {
        random_token()
    }

    /// True for text shaped like an id (checked before any query).
    pub fn is_id(text: &str) -> bool {
        text.len() == 22 && text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    }

    /// Keeps `report` under `id`; returns its deletion token.
    pub async fn save(&self, id: &str, report: &NewReport<'_>) -> Result<String, StoreError> {
        if !self.ready.load(Ordering::SeqCst) {
            return Err(StoreError::NotReady);
        }
        let token = random_token()?;
        let now = unix_now();
        let expires = now.saturating_add(i64::try_from(self.retention.as_secs()).unwrap_or(i64::MAX));
        let hash = digest(&token);
        let vantage = report.vantage.name();
        let version = report.client_version;
        let host = report.host.to_ascii_lowercase();
        match &self.backend {
            Backend::Sqlite(pool) => {
                let q = sqlx::query(
                    "INSERT INTO reports (id, created_at, expires_at, verdict, primary_code, provider, host, \
                     ticket, vantage, client_version, delete_hash, heading, page, report) \
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                )
                .bind(id)
                .bind(now)
                .bind(expires)
                .bind(report.verdict)
                .bind(report.primary)
                .bind(report.provider)
                .bind(&host)
                .bind(report.ticket)
                .bind(vantage)
                .bind(version)
                .bind(&hash)
                .bind(report.heading)
                .bind(report.page)
                .bind(report.json);
                within(q.execute(pool)).await?;
            }
            Backend::Postgres(pool) => {
                let q = sqlx::query(
                    "INSERT INTO reports (id, created_at, expires_at, verdict, primary_code, provider, host, \
                     ticket, vantage, client_version, delete_hash, heading, page, report) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::jsonb)",
                )
                .bind(id)
                .bind(now)
                .bind(expires)
                .bind(report.verdict)
                .bind(report.primary)
                .bind(report.provider)
                .bind(&host)
                .bind(report.ticket)
                .bind(vantage)
                .bind(version)
                .bind(&hash)
                .bind(report.heading)
                .bind(report.page)
                .bind(report.json);
                within(q.execute(pool)).await?;
            }
        }
        Ok(token)
    }

    /// The report kept under `id`, unless it expired or never was.
    pub async fn get(&self, id: &str) -> Result<Option<Stored>, StoreError> {
        if !Store::is_id(id) {
            return Ok(None);
        }
        // CAST: PostgreSQL keeps the report as jsonb, SQLite as text; both read it as text.
        let sql = "SELECT CAST(report AS TEXT), page, heading, vantage, client_version, ticket, created_at \
                   FROM reports WHERE id = ? AND expires_at > ?";
        let params = vec![Param::Text(id.to_owned()), Param::Int(unix_now())];
        let rows = self
            .fetch(sql, params, |r| Stored {
                json: r.text(0),
                page: r.text(1),
                heading: r.text(2),
                vantage: r.text(3),
                client_version: r.text(4),
                ticket: r.opt(5),
                created_at: r.int(6),
            })
            .await?;
        Ok(rows.into_iter().next())
    }

    /// The newest reports matching `filter`, starting after `after`: at most `limit`, and
    /// whether there are more.
    pub async fn list(
        &self,
        filter: &Filter,
        after: Option<&Cursor>,
        limit: u32,
    ) -> Result<(Vec<Listed>, bool), StoreError> {
        let mut params = vec![Param::Int(unix_now())];
        let mut sql = String::from(
            "SELECT id, created_at, verdict, primary_code, provider, host, ticket, vantage \
             FROM reports WHERE expires_at > ?",
        );
        sql.push_str(&filter.conditions(&mut params));
        if let Some(c) = after {
            sql.push_str(" AND (created_at < ? OR (created_at = ? AND id < ?))");
            params.extend([Param::Int(c.created_at), Param::Int(c.created_at), Param::Text(c.id.clone())]);
        }
        sql.push_str(" ORDER BY created_at DESC, id DESC LIMIT ?");
        params.push(Param::Int(i64::from(limit) + 1));
        let listed = |r: RowView<'_>| Listed {
            id: r.text(0),
            created_at: r.int(1),
            verdict: r.text(2),
            primary: r.opt(3),
            provider: r.opt(4),
            host: r.text(5),
            ticket: r.opt(6),
            vantage: r.text(7),
        };
        let mut rows = self.fetch(&sql, params, listed).await?;
        let more = rows.len() > limit as usize;
        rows.truncate(limit as usize);
        Ok((rows, more))
    }

    /// How many reports matching `filter` were saved since `since`, per `bucket` seconds and
    /// primary finding.
    pub async fn counts(&self, filter: &Filter, since: i64, bucket: i64) -> Result<Vec<Count>, StoreError> {
        let bucket = bucket.max(1);
        let mut params = vec![Param::Int(bucket), Param::Int(bucket), Param::Int(since)];
        let mut sql = String::from(
            "SELECT (created_at / ?) * ? AS bucket, primary_code, COUNT(*) FROM reports WHERE created_at >= ?",
        );
        sql.push_str(&filter.conditions(&mut params));
        sql.push_str(" GROUP BY bucket, primary_code ORDER BY bucket");
        self.fetch(&sql, params, |r| Count { bucket: r.int(0), primary: r.opt(1), count: r.int(2) }).await
    }

    /// How many unexpired reports match `filter`.
    pub async fn total(&self, filter: &Filter) -> Result<i64, StoreError> {
        let mut params = vec![Param::Int(unix_now())];
        let mut sql = String::from("SELECT COUNT(*) FROM reports WHERE expires_at > ?");
        sql.push_str(&filter.conditions(&mut params));
        let rows = self.fetch(&sql, params, |r| r.int(0)).await?;
        Ok(rows.first().copied().unwrap_or(0))
    }

    /// Runs a query built at run time on either back end; `row` reads each row.
    async fn fetch<T>(
        &self,
        sql: &str,
        params: Vec<Param>,
        row: impl Fn(RowView<'_>) -> T,
    ) -> Result<Vec<T>, StoreError> {
        match &self.backend {
            Backend::Sqlite(pool) => {
                let mut q = sqlx::query(sql);
                for p in params {
                    q = match p {
                        Param::Text(t) => q.bind(t),
                        Param::Int(i) => q.bind(i),
                    };
                }
                let rows = within(q.fetch_all(pool)).await?;
                Ok(rows.iter().map(|r| row(RowView::Sqlite(r))).collect())
            }
            Backend::Postgres(pool) => {
                let sql = numbered(sql);
                let mut q = sqlx::query(&sql);
                for p in params {
                    q = match p {
                        Param::Text(t) => q.bind(t),
                        Param::Int(i) => q.bind(i),
                    };
                }
                let rows = within(q.fetch_all(pool)).await?;
                Ok(rows.iter().map(|r| row(RowView::Postgres(r))).collect())
            }
        }
    }

    /// Deletes the report under `id` when `token` is its deletion token. `Ok(false)`: no such
    /// report, or another token.
    pub async fn delete(&self, id: &str, token: &str) -> Result<bool, StoreError> {
        if !Store::is_id(id) {
            return Ok(false);
        }
        let hash = digest(token.trim());
        let done = match &self.backend {
            Backend::Sqlite(pool) => {
                let q =
                    sqlx::query("DELETE FROM reports WHERE id = ? AND delete_hash = ?").bind(id).bind(&hash);
                within(q.execute(pool)).await?.rows_affected()
            }
            Backend::Postgres(pool) => {
                let q = sqlx::query("DELETE FROM reports WHERE id = $1 AND delete_hash = $2")
                    .bind(id)
                    .bind(&hash);
                within(q.execute(pool)).await?.rows_affected()
            }
        };
        Ok(done > 0)
    }

    /// Deletes every expired report; how many.
    pub async fn purge(&self) -> Result<u64, StoreError> {
        if !self.ready.load(Ordering::SeqCst) {
            return Err(StoreError::NotReady);
        }
        let now = unix_now();
        let done = match &self.backend {
            Backend::Sqlite(pool) => {
                within(sqlx::query("DELETE FROM reports WHERE expires_at <= ?").bind(now).execute(pool))
                    .await?
                    .rows_affected()
            }
            Backend::Postgres(pool) => {
                within(sqlx::query("DELETE FROM reports WHERE expires_at <= $1").bind(now).execute(pool))
                    .await?
                    .rows_affected()
            }
        };
        Ok(done)
    }

    /// Whether the store answers now (and is set up).
    pub async fn ping(&self) -> bool {
        if !self.ready.load(Ordering::SeqCst) {
            return false;
        }
        match &self.backend {
            Backend::Sqlite(pool) => within(sqlx::query("SELECT 1").execute(pool)).await.is_ok(),
            Backend::Postgres(pool) => within(sqlx::query("SELECT 1").execute(pool)).await.is_ok(),
        }
    }
}

/// One row of either back end, read by column number (a bad column reads as empty: the
/// queries here are fixed, so that would be a bug caught by the tests, never a panic).
enum RowView<'a> {
    Sqlite(&'a sqlx::sqlite::SqliteRow),
    Postgres(&'a sqlx::postgres::PgRow),
}

impl RowView<'_> {
    fn text(&self, i: usize) -> String {
        self.opt(i).unwrap_or_default()
    }

    fn opt(&self, i: usize) -> Option<String> {
        match self {
            RowView::Sqlite(r) => r.try_get(i).ok().flatten(),
            RowView::Postgres(r) => r.try_get(i).ok().flatten(),
        }
    }

    fn int(&self, i: usize) -> i64 {
        match self {
            RowView::Sqlite(r) => r.try_get(i).unwrap_or(0),
            RowView::Postgres(r) => r.try_get(i).unwrap_or(0),
        }
    }
}

fn random_token() -> Result<String, StoreError> {
    let mut bytes = [0u8; 16];
    SystemRandom::new().fill(&mut bytes).map_err(|_| StoreError::Random)?;
    Ok(URL_SAFE_NO_PAD.encode(bytes))
}

fn digest(token: &str) -> String {
    Sha256::digest(token.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

fn unix_now() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

async fn within<T, E: Into<StoreError>>(
    call: impl std::future::Future<Output = Result<T, E>>,
) -> Result<T, StoreError> {
    match tokio::time::timeout(CALL_TIMEOUT, call).await {
        Ok(answer) => answer.map_err(Into::into),
        Err(_) => Err(StoreError::Timeout),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_128_random_bits_and_nothing_else_is_taken_for_one() {
        let a = Store::new_id().unwrap();
        let b = Store::new_id().unwrap();
        assert_ne!(a, b);
        assert!(Store::is_id(&a) && Store::is_id(&b), "{a} {b}");
        assert_eq!(URL_SAFE_NO_PAD.decode(&a).unwrap().len(), 16);
        assert!(!Store::is_id("../../etc/passwd"));
        assert!(!Store::is_id("short"));
        assert!(!Store::is_id("aaaaaaaaaaaaaaaaaaaaa'"));
    }
}
