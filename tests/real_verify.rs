//! Settings verified live against the real Dovecot and Postfix that `scripts/real-servers/start`
//! runs on loopback: the built `maildoctor check --json`, given settings that fail before
//! sign-in, must find and verify the settings that work.
//!
//! The servers' names (`imap.example.test`, `mail.example.test`, on their certificate) and the
//! domain's SRV records (RFC 6186/8314, pointing at the servers' real high ports) are served
//! by a DNS responder inside this test binary, so SRV-to-loopback is exercised end to end with
//! the CLI, which probes any port (only the service is held to mail ports).
//!
//! Runs only when `MAILDOCTOR_REAL` names the env file the start script wrote (`scripts/test`
//! does this); otherwise every test returns early after printing "skipped: set MAILDOCTOR_REAL".
//! Only loopback addresses are ever contacted, and every check has a deadline.

// A failed expectation in a test helper is a test failure with a message: that is what we want.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::collections::HashMap;
use std::io::Read;
use std::net::Ipv4Addr;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

// The in-process DNS responder of the integration suite, shared by path.
#[allow(dead_code, unreachable_pub)]
#[path = "it/support/dns.rs"]
mod dns;

/// Longest a single `maildoctor check` may take before the test calls it hung.
const CHECK_DEADLINE: Duration = Duration::from_secs(60);
/// The environment variable that carries the password to `maildoctor check --password-env`.
const PASSWORD_VAR: &str = "MAILDOCTOR_TEST_PASSWORD";
const IMAP_NAME: &str = "imap.example.test";
const MAIL_NAME: &str = "mail.example.test";
const DOMAIN: &str = "example.test";

/// The servers, as described by the env file of `scripts/real-servers/start`.
struct Real {
    vars: HashMap<String, String>,
}

impl Real {
    /// The servers, or `None` (after saying so) when `MAILDOCTOR_REAL` is not set. A set but
    /// unreadable env file is a failure, not a skip: CI must not pass by accident.
    fn get() -> Option<Real> {
        let Some(path) = std::env::var_os("MAILDOCTOR_REAL") else {
            eprintln!("skipped: set MAILDOCTOR_REAL to the env file written by scripts/real-servers/start");
            return None;
        };
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("MAILDOCTOR_REAL={}: {e}", path.to_string_lossy()));
        let vars = text
            .lines()
            .filter(|l| !l.trim_start().starts_with('#'))
            .filter_map(|l| l.split_once('='))
            .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
            .collect();
        Some(Real { vars })
    }

    fn var(&self, key: &str) -> &str {
        self.vars
            .get(&format!("MAILDOCTOR_REAL_{key}"))
            .unwrap_or_else(|| panic!("MAILDOCTOR_REAL_{key} missing from the env file"))
    }

    fn port(&self, key: &str) -> u16 {
        self.var(&format!("{key}_PORT")).parse().expect("a port number")
    }

    /// `maildoctor check … --json` with the test CA, the test DNS and alice's password.
    fn check(&self, names: &Names, protocol: &str, host: &str, port: u16, security: &str) -> Value {
        let port = port.to_string();
        let dns = names.dns.addr.to_string();
        let args = [
            "check",
            "--protocol",
            protocol,
            "--host",
            host,
            "--port",
            &port,
            "--security",
            security,
            "--allow-private",
            "--ca-file",
            self.var("CA_FILE"),
            "--dns-server",
            &dns,
            "--timeout",
            "30",
            "--user",
            self.var("USER"),
            "--password-env",
            PASSWORD_VAR,
            "--json",
        ];
        let (exit, stdout, stderr) = run(&args, self.var("PASSWORD"));
        assert!(!stdout.contains(self.var("PASSWORD")) && !stderr.contains(self.var("PASSWORD")));
        assert_eq!(exit, 2, "a failing diagnosis exits 2: {stdout}\n{stderr}");
        serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {stdout}\n{stderr}"))
    }
}

/// The DNS responder: the servers' names at 127.0.0.1 and the domain's SRV records.
struct Names {
    dns: dns::FakeDns,
    // Declared last so the responder's tasks are aborted before their runtime goes.
    _runtime: tokio::runtime::Runtime,
}

impl Names {
    fn start(real: &Real) -> Names {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("a runtime for the DNS responder");
        let srv = |name: &str| format!("{name}.{DOMAIN}");
        let zone = dns::Zone::new()
            .a(IMAP_NAME, Ipv4Addr::LOCALHOST)
            .a(MAIL_NAME, Ipv4Addr::LOCALHOST)
            .srv(&srv("_imaps._tcp"), 0, 1, real.port("IMAPS"), IMAP_NAME)
            .srv(&srv("_imap._tcp"), 0, 1, real.port("IMAP"), IMAP_NAME)
            .srv(&srv("_submissions._tcp"), 0, 1, real.port("SMTPS"), MAIL_NAME)
            .srv(&srv("_submission._tcp"), 0, 1, real.port("SUBMISSION"), MAIL_NAME);
        let dns = runtime.block_on(zone.start());
        Names { dns, _runtime: runtime }
    }
}

/// Runs the built binary with the password in its environment only.
fn run(args: &[&str], password: &str) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_maildoctor"))
        .args(args)
        .env_remove("RUST_LOG")
        .env(PASSWORD_VAR, password)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start maildoctor");
    let mut stdout = child.stdout.take().expect("stdout");
    let mut stderr = child.stderr.take().expect("stderr");
    let out = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stdout.read_to_string(&mut s);
        s
    });
    let err = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stderr.read_to_string(&mut s);
        s
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for maildoctor") {
            break status;
        }
        if started.elapsed() > CHECK_DEADLINE {
            let _ = child.kill();
            let _ = child.wait();
            panic!("maildoctor {} did not finish within {CHECK_DEADLINE:?}", args.join(" "));
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    (status.code().unwrap_or(-1), out.join().expect("stdout"), err.join().expect("stderr"))
}

/// The verified rows of the settings table.
fn verified(report: &Value) -> Vec<&Value> {
    let rows = report["suggested_settings"]["rows"].as_array();
    rows.map(|r| r.iter().filter(|r| r["status"] == "verified").collect()).unwrap_or_default()
}

/// The verified row for `host:port` with `security`, with its origins.
fn row<'a>(report: &'a Value, host: &str, port: u16, security: &str) -> (&'a Value, Vec<String>) {
    let found = verified(report)
        .into_iter()
        .find(|r| r["host"] == host && r["port"] == port && r["security"] == security)
        .unwrap_or_else(|| {
            panic!("{host}:{port} {security} not verified: {}", serde_json::to_string_pretty(report).unwrap())
        });
    let origins =
        found["sources"].as_array().unwrap().iter().map(|s| s["source"].as_str().unwrap().to_owned());
    (found, origins.collect())
}

/// A loopback port nobody listens on.
fn closed_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    listener.local_addr().expect("addr").port()
}

#[test]
fn starttls_chosen_on_the_real_imaps_port_yields_ssl_tls_there_verified_and_no_sign_in() {
    let Some(real) = Real::get() else { return };
    let names = Names::start(&real);
    let imaps = real.port("IMAPS");

    let report = real.check(&names, "imap", IMAP_NAME, imaps, "starttls");

    assert_eq!(report["suggested_settings"]["source"], "verified", "{report}");
    let (best, origins) = row(&report, IMAP_NAME, imaps, "tls");
    assert_eq!(verified(&report)[0], best, "SSL/TLS on the port typed comes first");
    assert!(origins.contains(&"same_port".into()) && origins.contains(&"srv".into()), "{origins:?}");
    assert!(best["duration_ms"].as_u64().is_some_and(|ms| ms < 5_000), "{best}");
    let (_, origins) = row(&report, IMAP_NAME, real.port("IMAP"), "starttls");
    assert_eq!(origins, ["srv"]);
    let auth = report["stages"].as_array().unwrap().iter().find(|s| s["name"] == "auth").unwrap();
    assert_eq!(auth["status"], "skip", "the settings typed never reached sign-in");
    assert!(report["alternatives"]["note"].as_str().unwrap().contains("without signing in"));
}

#[test]
fn a_refused_port_yields_the_real_servers_from_the_srv_records() {
    let Some(real) = Real::get() else { return };
    let names = Names::start(&real);

    let report = real.check(&names, "imap", IMAP_NAME, closed_port(), "tls");

    assert_eq!(report["primary"], "tcp.refused", "{report}");
    assert_eq!(row(&report, IMAP_NAME, real.port("IMAPS"), "tls").1, ["srv"]);
    assert_eq!(row(&report, IMAP_NAME, real.port("IMAP"), "starttls").1, ["srv"]);
    let tried = report["alternatives"]["tried"].as_array().unwrap();
    assert!(
        tried.iter().any(|a| a["port"] == 993 && a["outcome"] == "failed"),
        "the standard port was tried too, and nothing listens there: {tried:?}"
    );
}

#[test]
fn the_real_certificates_names_are_verified_when_the_address_was_typed() {
    let Some(real) = Real::get() else { return };
    let names = Names::start(&real);
    let imaps = real.port("IMAPS");

    let report = real.check(&names, "imap", real.var("HOST"), imaps, "tls");

    assert_eq!(report["primary"], "tls.cert_name_mismatch", "{report}");
    for name in [IMAP_NAME, MAIL_NAME] {
        let (_, origins) = row(&report, name, imaps, "tls");
        assert_eq!(origins[0], "certificate", "{name}: {origins:?}");
    }
}

#[test]
fn ssl_tls_chosen_on_the_real_submission_port_yields_starttls_there_verified() {
    let Some(real) = Real::get() else { return };
    let names = Names::start(&real);
    let submission = real.port("SUBMISSION");

    let report = real.check(&names, "smtp", MAIL_NAME, submission, "tls");

    let (_, origins) = row(&report, MAIL_NAME, submission, "starttls");
    assert!(origins.contains(&"same_port".into()) && origins.contains(&"srv".into()), "{origins:?}");
    row(&report, MAIL_NAME, real.port("SMTPS"), "tls");
}
