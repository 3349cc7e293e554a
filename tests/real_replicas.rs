//! Two `maildoctor serve` processes sharing their limits in one real Redis server (Debian's
//! `redis-server`, which `scripts/real-servers/start` installs; each test starts its own
//! instance on a loopback port): a client alternating between the replicas gets one budget,
//! one account's sign-ins are counted once across both, and when Redis stops the service fails
//! safe — password-bearing checks are refused, connection-only checks go on, `/readyz` says so —
//! and recovers when it is back.
//!
//! The mail server is a small IMAP responder inside this test that refuses every password and
//! counts the sign-ins it saw, so "the cooldown held" is what the server itself observed.
//!
//! Runs when `MAILDOCTOR_REAL` is set (`scripts/test` does this, after installing the
//! packages); otherwise every test returns early after printing "skipped". Only loopback
//! addresses are contacted, and every wait has a deadline.

// A failed expectation in a test helper is a test failure with a message: that is what we want.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use serde_json::Value;

const PASSWORD: &str = "not-the-password";

fn enabled() -> bool {
    if std::env::var_os("MAILDOCTOR_REAL").is_some() {
        return true;
    }
    eprintln!("skipped: set MAILDOCTOR_REAL (scripts/test does) to run the two-replica tests");
    false
}

/// A port nothing listens on right now.
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// A Redis server of its own on a loopback port; killed when dropped.
struct Redis {
    port: u16,
    child: Option<Child>,
}

impl Redis {
    fn start() -> Redis {
        let mut redis = Redis { port: free_port(), child: None };
        redis.restart();
        redis
    }

    /// Starts (again) on the same port, and waits until it answers.
    fn restart(&mut self) {
        let child = Command::new("redis-server")
            .args([
                "--bind",
                "127.0.0.1",
                "--port",
                &self.port.to_string(),
                "--save",
                "",
                "--appendonly",
                "no",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("redis-server runs (scripts/real-servers/start installs it)");
        self.child = Some(child);
        let started = Instant::now();
        while !self.answers() {
            assert!(started.elapsed() < Duration::from_secs(10), "redis-server did not answer in 10 s");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn answers(&self) -> bool {
        let Ok(mut s) = TcpStream::connect(("127.0.0.1", self.port)) else { return false };
        s.set_read_timeout(Some(Duration::from_secs(1))).unwrap();
        let mut buf = [0u8; 16];
        s.write_all(b"PING\r\n").is_ok() && s.read(&mut buf).is_ok_and(|n| buf[..n].starts_with(b"+PONG"))
    }

    fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    fn url(&self) -> String {
        format!("redis://127.0.0.1:{}/0", self.port)
    }
}

impl Drop for Redis {
    fn drop(&mut self) {
        self.stop();
    }
}

/// One `maildoctor serve` on a loopback port; killed when dropped.
struct Replica {
    addr: String,
    child: Child,
}

impl Replica {
    fn start(redis: &Redis, mail_port: u16, env: &[(&str, &str)]) -> Replica {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_maildoctor"));
        cmd.args(["serve", "--listen", "127.0.0.1:0", "--allow-private"])
            .env_remove("RUST_LOG")
            .env("MAILDOCTOR_REDIS_URL", redis.url())
            .env("MAILDOCTOR_EXTRA_PORTS", mail_port.to_string())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        for (k, v) in env {
            cmd.env(k, v);
        }
        let mut child = cmd.spawn().expect("maildoctor serve starts");
        let mut first = String::new();
        BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).expect("a first line");
        let addr = first.trim().trim_start_matches("listening on http://").to_owned();
        assert!(addr.starts_with("127.0.0.1:"), "unexpected first line {first:?}");
        Replica { addr, child }
    }

    /// `(status, body)` of one request.
    fn request(&self, method: &str, path: &str, body: Option<&str>) -> (u16, String) {
        let mut s = TcpStream::connect(&self.addr).expect("the replica accepts");
        s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
        let body = body.unwrap_or_default();
        let head = format!(
            "{method} {path} HTTP/1.0\r\nHost: {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            self.addr,
            body.len()
        );
        s.write_all(head.as_bytes()).unwrap();
        s.write_all(body.as_bytes()).unwrap();
        let mut answer = String::new();
        s.read_to_string(&mut answer).expect("an answer");
        let status = answer.get(9..12).and_then(|c| c.parse().ok()).unwrap_or(0);
        let body = answer.split_once("\r\n\r\n").map(|(_, b)| b.to_owned()).unwrap_or_default();
        (status, body)
    }

    /// Diagnoses the test's IMAP server, with or without a password.
    fn diagnose(&self, port: u16, password: bool) -> (u16, String) {
        let secret = if password {
            format!(
                r#","username":"ann@example.test","password":"{PASSWORD}","options":{{"allow_insecure_auth":true}}"#
            )
        } else {
            String::new()
        };
        let json =
            format!(r#"{{"protocol":"imap","host":"127.0.0.1","port":{port},"security":"none"{secret}}}"#);
        self.request("POST", "/api/v1/diagnose", Some(&json))
    }
}

impl Drop for Replica {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A plain-text IMAP server that refuses every password and counts the LOGINs it saw.
struct Imap {
    port: u16,
    logins: Arc<AtomicUsize>,
}

impl Imap {
    fn start() -> Imap {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let logins = Arc::new(AtomicUsize::new(0));
        let counted = Arc::clone(&logins);
        std::thread::spawn(move || {
            for conn in listener.incoming().flatten() {
                let counted = Arc::clone(&counted);
                std::thread::spawn(move || serve_imap(conn, &counted));
            }
        });
        Imap { port, logins }
    }
}

fn serve_imap(conn: TcpStream, logins: &AtomicUsize) {
    conn.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    let mut out = conn.try_clone().unwrap();
    let _ = out.write_all(b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] test server ready\r\n");
    for line in BufReader::new(conn).lines() {
        let Ok(line) = line else { return };
        let mut words = line.splitn(3, ' ');
        let (tag, command) = (words.next().unwrap_or("*"), words.next().unwrap_or("").to_ascii_uppercase());
        let answer = match command.as_str() {
            "CAPABILITY" => format!("* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n{tag} OK done\r\n"),
            "LOGIN" | "AUTHENTICATE" => {
                logins.fetch_add(1, Ordering::SeqCst);
                format!("{tag} NO [AUTHENTICATIONFAILED] Authentication failed.\r\n")
            }
            "LOGOUT" => format!("* BYE bye\r\n{tag} OK done\r\n"),
            _ => format!("{tag} BAD unknown\r\n"),
        };
        if out.write_all(answer.as_bytes()).is_err() || command == "LOGOUT" {
            return;
        }
    }
}

fn json(body: &str) -> Value {
    serde_json::from_str(body).unwrap_or_else(|e| panic!("not JSON ({e}): {body}"))
}

#[test]
fn a_client_alternating_between_two_replicas_gets_one_budget() {
    if !enabled() {
        return;
    }
    let redis = Redis::start();
    let imap = Imap::start();
    // Three at once, then one a minute: the fourth is refused whichever replica gets it.
    let env = [("MAILDOCTOR_RATE_BURST", "3"), ("MAILDOCTOR_RATE_PER_MINUTE", "1")];
    let replicas = [Replica::start(&redis, imap.port, &env), Replica::start(&redis, imap.port, &env)];
    let statuses: Vec<u16> = (0..6).map(|i| replicas[i % 2].diagnose(imap.port, false).0).collect();
    assert_eq!(statuses, [200, 200, 200, 429, 429, 429], "one budget across both replicas");
    let (_, body) = replicas[1].diagnose(imap.port, false);
    assert_eq!(json(&body)["error"], "rate_limited", "{body}");
}

#[test]
fn one_accounts_sign_ins_are_counted_once_across_both_replicas() {
    if !enabled() {
        return;
    }
    let redis = Redis::start();
    let imap = Imap::start();
    let env = [("MAILDOCTOR_TARGET_ATTEMPTS", "2"), ("MAILDOCTOR_TARGET_COOLDOWN", "300")];
    let replicas = [Replica::start(&redis, imap.port, &env), Replica::start(&redis, imap.port, &env)];
    let mut sign_ins = Vec::new();
    for i in 0..4 {
        let (status, body) = replicas[i % 2].diagnose(imap.port, true);
        assert_eq!(status, 200, "{body}");
        assert!(!body.contains(PASSWORD), "the password is never echoed");
        let report = json(&body);
        assert_eq!(report["stages"][5]["name"], "auth");
        sign_ins.push(report["stages"][5]["codes"][0].as_str().unwrap_or_default().to_owned());
    }
    assert_eq!(
        sign_ins,
        [
            "auth.invalid_credentials",
            "auth.invalid_credentials",
            "auth.skipped_cooldown",
            "auth.skipped_cooldown"
        ],
        "two sign-ins per cooldown for the account, whichever replica is asked"
    );
    assert_eq!(imap.logins.load(Ordering::SeqCst), 2, "the server saw exactly two sign-ins");
}

#[test]
fn without_redis_passwords_wait_connection_checks_go_on_and_it_recovers() {
    if !enabled() {
        return;
    }
    let mut redis = Redis::start();
    let imap = Imap::start();
    let replica = Replica::start(&redis, imap.port, &[]);
    assert_eq!(replica.request("GET", "/readyz", None).0, 200);
    assert_eq!(replica.diagnose(imap.port, true).0, 200, "with Redis up a sign-in is checked");

    redis.stop();
    let (status, body) = replica.diagnose(imap.port, true);
    assert_eq!(status, 503, "no password goes out while the shared limits cannot be kept: {body}");
    assert_eq!(json(&body)["error"], "shared_limits_unavailable", "{body}");
    assert!(!body.contains(PASSWORD));
    let (status, body) = replica.diagnose(imap.port, false);
    assert_eq!(status, 200, "a connection-only check goes on under the replica's own limits: {body}");
    assert_eq!(json(&body)["stages"][5]["name"], "auth");
    let (status, body) = replica.request("GET", "/readyz", None);
    assert_eq!(status, 503, "{body}");
    assert!(body.contains("Redis"), "{body}");
    assert_eq!(replica.request("GET", "/healthz", None).0, 200, "alive all the same");
    let (_, metrics) = replica.request("GET", "/metrics", None);
    let errors = metrics
        .lines()
        .find_map(|l| l.strip_prefix("maildoctor_shared_store_errors_total "))
        .and_then(|n| n.trim().parse::<u64>().ok())
        .expect("the metric is exported");
    assert!(errors >= 1, "{metrics}");
    assert!(metrics.contains("maildoctor_rejected_total{cap=\"shared_store\"} 1"), "{metrics}");

    redis.restart();
    let started = Instant::now();
    while replica.request("GET", "/readyz", None).0 != 200 {
        assert!(started.elapsed() < Duration::from_secs(15), "the replica never saw Redis come back");
        std::thread::sleep(Duration::from_millis(200));
    }
    let (status, body) = replica.diagnose(imap.port, true);
    assert_eq!(status, 200, "{body}");
    assert_eq!(json(&body)["primary"], "auth.invalid_credentials", "{body}");
}

/// A throwaway PostgreSQL cluster on a loopback port (Debian's `postgresql`, installed by
/// `scripts/real-servers/start`), run as the `postgres` user; stopped and removed when dropped.
struct Postgres {
    dir: std::path::PathBuf,
    port: u16,
    bin: std::path::PathBuf,
}

impl Postgres {
    fn start() -> Postgres {
        let bin = std::fs::read_dir("/usr/lib/postgresql")
            .expect("postgresql is installed (scripts/real-servers/start)")
            .flatten()
            .map(|e| e.path().join("bin"))
            .max()
            .expect("a PostgreSQL version");
        // One cluster per test: tests run in parallel.
        let port = free_port();
        let dir = std::env::temp_dir().join(format!("maildoctor-pg-{}-{port}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let owned =
            Command::new("chown").args(["postgres:postgres", dir.to_str().unwrap()]).status().unwrap();
        assert!(owned.success());
        let pg = Postgres { dir, port, bin };
        pg.run("initdb", &["-D", &pg.data(), "-A", "trust", "-U", "postgres", "--no-sync"]);
        pg.ctl("start");
        pg.run("createdb", &["-h", "127.0.0.1", "-p", &pg.port.to_string(), "-U", "postgres", "maildoctor"]);
        pg
    }

    fn data(&self) -> String {
        self.dir.join("data").to_string_lossy().into_owned()
    }

    fn run(&self, tool: &str, args: &[&str]) {
        let status = Command::new("runuser")
            .args(["-u", "postgres", "--"])
            .arg(self.bin.join(tool))
            .args(args)
            .stdout(Stdio::null())
            .status()
            .expect("runuser runs");
        assert!(status.success(), "{tool} {args:?} failed");
    }

    fn ctl(&self, what: &str) {
        let options = format!("-p {} -k {} -c listen_addresses=127.0.0.1", self.port, self.dir.display());
        let log = self.dir.join("log").to_string_lossy().into_owned();
        self.run("pg_ctl", &["-D", &self.data(), "-o", &options, "-l", &log, "-w", "-t", "30", what]);
    }

    fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/maildoctor", self.port)
    }
}

impl Drop for Postgres {
    fn drop(&mut self) {
        let _ = Command::new("runuser")
            .args(["-u", "postgres", "--"])
            .arg(self.bin.join("pg_ctl"))
            .args(["-D", &self.data(), "-m", "immediate", "stop"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Two replicas with `env`, once both answer `/readyz` (with a database they apply its
/// migrations first).
fn two_ready_replicas(redis: &Redis, mail_port: u16, env: &[(&str, &str)]) -> (Replica, Replica) {
    let (a, b) = (Replica::start(redis, mail_port, env), Replica::start(redis, mail_port, env));
    let started = Instant::now();
    while a.request("GET", "/readyz", None).0 != 200 || b.request("GET", "/readyz", None).0 != 200 {
        assert!(started.elapsed() < Duration::from_secs(20), "the replicas never got ready");
        std::thread::sleep(Duration::from_millis(200));
    }
    (a, b)
}

#[test]
fn a_report_saved_by_one_replica_opens_on_the_other_from_one_postgresql() {
    if !enabled() {
        return;
    }
    let redis = Redis::start();
    let pg = Postgres::start();
    let imap = Imap::start();
    let url = pg.url();
    let env = [("MAILDOCTOR_DATABASE_URL", url.as_str())];
    let (a, b) = two_ready_replicas(&redis, imap.port, &env);
    let (status, body) = a.diagnose(imap.port, true);
    assert_eq!(status, 200, "{body}");
    let report = json(&body);
    let link = report["share"].as_str().expect("saved, with a link").to_owned();
    let id = link.trim_start_matches("/r/");
    let (status, page) = b.request("GET", &link, None);
    assert_eq!(status, 200, "the other replica opens the link: {page}");
    assert!(page.contains("auth.invalid_credentials") && page.contains("Share this report"));
    let (status, stored) = b.request("GET", &format!("/api/v1/reports/{id}"), None);
    assert_eq!(status, 200);
    assert_eq!(json(&stored), report, "the same report");
    // No password form in the database.
    let dump = Command::new("runuser")
        .args(["-u", "postgres", "--"])
        .arg(pg.bin.join("pg_dump"))
        .args(["-h", "127.0.0.1", "-p", &pg.port.to_string(), "-U", "postgres", "maildoctor"])
        .output()
        .expect("pg_dump runs");
    let dump = String::from_utf8_lossy(&dump.stdout);
    assert!(dump.contains(id), "the dump holds the report");
    assert!(!dump.contains(PASSWORD), "no password in PostgreSQL");

    // The database stops: diagnoses still answer, unsaved; /readyz says so.
    pg.ctl("stop");
    let (status, body) = b.diagnose(imap.port, false);
    assert_eq!(status, 200, "{body}");
    assert!(json(&body).get("share").is_none(), "not saved, so no link: {body}");
    let (status, ready) = b.request("GET", "/readyz", None);
    assert_eq!(status, 503, "{ready}");
    assert!(ready.contains("report store"), "{ready}");
    pg.ctl("start");
    let started = Instant::now();
    while b.request("GET", "/readyz", None).0 != 200 {
        assert!(started.elapsed() < Duration::from_secs(20), "the replica never saw PostgreSQL come back");
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// Caddy (Debian's package) running deploy/Caddyfile — the compose file's proxy — on a loopback
/// port in front of `upstreams`; killed when dropped.
struct Caddy {
    port: u16,
    child: Child,
    dir: std::path::PathBuf,
}

impl Caddy {
    fn start(upstreams: &[&Replica]) -> Caddy {
        let port = free_port();
        let dir = std::env::temp_dir().join(format!("maildoctor-caddy-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let upstreams: Vec<&str> = upstreams.iter().map(|r| r.addr.as_str()).collect();
        let child = Command::new("caddy")
            .args(["run", "--adapter", "caddyfile", "--config"])
            .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/deploy/Caddyfile"))
            .env("MAILDOCTOR_SITE", format!("http://127.0.0.1:{port}"))
            .env("MAILDOCTOR_UPSTREAMS", upstreams.join(" "))
            .env("HOME", &dir)
            .env("XDG_DATA_HOME", dir.join("data"))
            .env("XDG_CONFIG_HOME", dir.join("config"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("caddy runs (scripts/real-servers/start installs it)");
        let caddy = Caddy { port, child, dir };
        let started = Instant::now();
        while caddy.request_from("127.0.0.1", "GET", "/healthz", None).0 != 200 {
            assert!(started.elapsed() < Duration::from_secs(15), "caddy did not answer in 15 s");
            std::thread::sleep(Duration::from_millis(100));
        }
        caddy
    }

    /// `(status, body)` of one request through the proxy, sent from the loopback address `from`
    /// (127.0.0.2 and 127.0.0.3 are two different clients).
    fn request_from(&self, from: &str, method: &str, path: &str, body: Option<&str>) -> (u16, String) {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        runtime.block_on(async {
            use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
            let socket = tokio::net::TcpSocket::new_v4().unwrap();
            socket.bind(format!("{from}:0").parse().unwrap()).unwrap();
            let Ok(mut s) = socket.connect(format!("127.0.0.1:{}", self.port).parse().unwrap()).await else {
                return (0, String::new());
            };
            let body = body.unwrap_or_default();
            let head = format!(
                "{method} {path} HTTP/1.0\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            s.write_all(head.as_bytes()).await.unwrap();
            s.write_all(body.as_bytes()).await.unwrap();
            let mut answer = Vec::new();
            let read = tokio::time::timeout(Duration::from_secs(30), s.read_to_end(&mut answer)).await;
            assert!(read.is_ok(), "an answer through the proxy in time");
            let answer = String::from_utf8_lossy(&answer).into_owned();
            let status = answer.get(9..12).and_then(|c| c.parse().ok()).unwrap_or(0);
            let body = answer.split_once("\r\n\r\n").map(|(_, b)| b.to_owned()).unwrap_or_default();
            (status, body)
        })
    }

    fn diagnose_from(&self, from: &str, port: u16) -> (u16, String) {
        let json = format!(r#"{{"protocol":"imap","host":"127.0.0.1","port":{port},"security":"none"}}"#);
        self.request_from(from, "POST", "/api/v1/diagnose", Some(&json))
    }
}

impl Drop for Caddy {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

#[test]
fn the_compose_fleet_on_loopback_caddy_forwards_each_clients_address_and_both_replicas_share_reports() {
    if !enabled() {
        return;
    }
    // What deploy/compose.fleet.yaml runs: Redis (Valkey there), PostgreSQL, two replicas that
    // trust only the proxy's address, and Caddy with deploy/Caddyfile in front.
    let redis = Redis::start();
    let pg = Postgres::start();
    let imap = Imap::start();
    let url = pg.url();
    let env = [
        ("MAILDOCTOR_DATABASE_URL", url.as_str()),
        ("MAILDOCTOR_TRUSTED_PROXIES", "127.0.0.1/32"),
        ("MAILDOCTOR_RATE_BURST", "3"),
        ("MAILDOCTOR_RATE_PER_MINUTE", "1"),
    ];
    let (a, b) = two_ready_replicas(&redis, imap.port, &env);
    let caddy = Caddy::start(&[&a, &b]);

    // One client through the proxy: its own budget of three, whichever replica answers.
    let first: Vec<(u16, String)> = (0..4).map(|_| caddy.diagnose_from("127.0.0.2", imap.port)).collect();
    let statuses: Vec<u16> = first.iter().map(|(s, _)| *s).collect();
    assert_eq!(statuses, [200, 200, 200, 429], "the proxy's address is not the client");
    // Another client behind the same proxy still has its whole budget: the limit keys on the
    // address Caddy forwarded, not on Caddy's.
    let (status, body) = caddy.diagnose_from("127.0.0.3", imap.port);
    assert_eq!(status, 200, "{body}");

    // A report saved through the proxy opens on both replicas (round robin: two requests, one each).
    let link = json(&first[0].1)["share"].as_str().expect("saved, with a link").to_owned();
    for _ in 0..2 {
        let (status, page) = caddy.request_from("127.0.0.3", "GET", &link, None);
        assert_eq!(status, 200, "{page}");
        assert!(page.contains("tcp") || page.contains("Share this report"), "{page}");
    }
    let id = link.trim_start_matches("/r/");
    for replica in [&a, &b] {
        assert_eq!(replica.request("GET", &format!("/api/v1/reports/{id}"), None).0, 200, "one PostgreSQL");
    }
}
