//! Security detection against the real Dovecot and Postfix of `scripts/real-servers/start`:
//! `maildoctor check` with no `--security` (auto) finds out what each port speaks and signs in
//! in that mode; a wrong explicit mode is recognised at round-trip speed; a mail URL as
//! `--host` gives protocol, port and security.
//!
//! Runs only when `MAILDOCTOR_REAL` names the env file the start script wrote (as
//! tests/real_servers.rs does); otherwise every test returns early after saying so. Names are
//! answered by the integration suite's DNS responder (127.0.0.1 only), so the certificate for
//! `imap.example.test` / `mail.example.test` verifies. Only loopback is ever contacted.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::collections::HashMap;
use std::io::Read;
use std::net::Ipv4Addr;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

#[allow(dead_code, unreachable_pub)]
#[path = "it/support/dns.rs"]
mod dns;

const IMAP_NAME: &str = "imap.example.test";
const MAIL_NAME: &str = "mail.example.test";
const PASSWORD_VAR: &str = "MAILDOCTOR_TEST_PASSWORD";
/// A check that hangs is a failure, not a stuck suite.
const DEADLINE: Duration = Duration::from_secs(60);

struct Real {
    vars: HashMap<String, String>,
    // The DNS responder and its runtime (declared in drop order).
    dns: dns::FakeDns,
    _runtime: tokio::runtime::Runtime,
}

impl Real {
    fn get() -> Option<Real> {
        let Some(path) = std::env::var_os("MAILDOCTOR_REAL") else {
            eprintln!("skipped: set MAILDOCTOR_REAL to the env file written by scripts/real-servers/start");
            return None;
        };
        let text = std::fs::read_to_string(&path).expect("MAILDOCTOR_REAL names a readable env file");
        let vars = text
            .lines()
            .filter(|l| !l.trim_start().starts_with('#'))
            .filter_map(|l| l.split_once('='))
            .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
            .collect();
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("runtime");
        let zone = dns::Zone::new().a(IMAP_NAME, Ipv4Addr::LOCALHOST).a(MAIL_NAME, Ipv4Addr::LOCALHOST);
        let dns = runtime.block_on(zone.start());
        Some(Real { vars, dns, _runtime: runtime })
    }

    fn var(&self, key: &str) -> &str {
        self.vars.get(&format!("MAILDOCTOR_REAL_{key}")).unwrap_or_else(|| panic!("{key} missing"))
    }

    fn port(&self, key: &str) -> String {
        self.var(&format!("{key}_PORT")).to_owned()
    }

    /// `maildoctor check --host HOST <args> --json`, trusting the test CA, names from the
    /// test's DNS responder, signed in as alice when `sign_in`.
    fn check(&self, host: &str, args: &[&str], sign_in: bool) -> Checked {
        let dns = self.dns.addr.to_string();
        let mut all = vec!["check", "--host", host, "--allow-private", "--json", "--timeout", "30"];
        all.extend(["--ca-file", self.var("CA_FILE"), "--dns-server", &dns]);
        all.extend(args);
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_maildoctor"));
        cmd.args(&all).env_remove("RUST_LOG").env_remove(PASSWORD_VAR);
        if sign_in {
            cmd.args(["--user", self.var("USER"), "--password-env", PASSWORD_VAR]);
            cmd.env(PASSWORD_VAR, self.var("PASSWORD"));
        }
        run(cmd, format!("maildoctor {}", all.join(" ")))
    }
}

struct Checked {
    report: Value,
    elapsed: Duration,
    command: String,
}

impl Checked {
    fn codes(&self) -> Vec<&str> {
        let findings = self.report["findings"].as_array().expect("findings");
        findings.iter().filter_map(|f| f["code"].as_str()).collect()
    }

    fn context(&self) -> String {
        format!(
            "{} ({} ms): {:?}\ntranscript: {:#}",
            self.command,
            self.elapsed.as_millis(),
            self.codes(),
            self.report["transcript"]
        )
    }

    fn assert_ok_signed_in(&self, security: &str, mode: &str) {
        assert_eq!(self.report["verdict"], "ok", "{}", self.context());
        assert_eq!(self.report["target"]["security"], security, "{}", self.context());
        assert_eq!(self.report["tls"]["mode"], mode, "{}", self.context());
        let auth = self.report["stages"].as_array().unwrap().iter().find(|s| s["name"] == "auth").unwrap();
        assert_eq!(auth["status"], "pass", "the password was checked: {}", self.context());
    }
}

fn run(mut cmd: Command, command: String) -> Checked {
    let mut child =
        cmd.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::null()).spawn().expect("spawn");
    let mut stdout = child.stdout.take().expect("stdout");
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stdout.read_to_string(&mut s);
        s
    });
    let started = Instant::now();
    while child.try_wait().expect("wait").is_none() {
        if started.elapsed() > DEADLINE {
            let _ = child.kill();
            panic!("{command} did not finish within {DEADLINE:?}");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let elapsed = started.elapsed();
    let out = reader.join().expect("reader");
    let report = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{command}: not JSON ({e}): {out}"));
    eprintln!("{command}: {} ms", elapsed.as_millis());
    Checked { report, elapsed, command }
}

#[test]
fn auto_on_dovecots_imaps_port_finds_ssl_tls_and_signs_in() {
    let Some(real) = Real::get() else { return };
    let checked = real.check(IMAP_NAME, &["--protocol", "imap", "--port", &real.port("IMAPS")], true);
    checked.assert_ok_signed_in("tls", "implicit");
    let tls = checked.report["stages"].as_array().unwrap().iter().find(|s| s["name"] == "tls").unwrap();
    assert!(tls["detail"].as_str().unwrap().starts_with("This port uses SSL/TLS from the start."));
}

#[test]
fn auto_on_dovecots_imap_port_finds_starttls_and_signs_in_without_a_probe() {
    let Some(real) = Real::get() else { return };
    let checked = real.check(IMAP_NAME, &["--protocol", "imap", "--port", &real.port("IMAP")], true);
    checked.assert_ok_signed_in("starttls", "starttls");
    let probed = checked.report["transcript"]
        .as_array()
        .unwrap()
        .iter()
        .any(|l| l["text"].as_str().is_some_and(|t| t.contains("trying TLS on a second connection")));
    assert!(!probed, "Dovecot greets within the head start: {}", checked.context());
}

#[test]
fn auto_finds_the_mode_of_every_pop3_and_submission_port_and_signs_in() {
    let Some(real) = Real::get() else { return };
    for (protocol, key, security, mode) in [
        ("pop3", "POP3S", "tls", "implicit"),
        ("pop3", "POP3", "starttls", "starttls"),
        ("smtp", "SMTPS", "tls", "implicit"),
        ("smtp", "SUBMISSION", "starttls", "starttls"),
    ] {
        let checked = real.check(MAIL_NAME, &["--protocol", protocol, "--port", &real.port(key)], true);
        checked.assert_ok_signed_in(security, mode);
    }
}

#[test]
fn a_mail_url_as_host_needs_no_protocol_port_or_security() {
    let Some(real) = Real::get() else { return };
    let url = format!("imaps://{IMAP_NAME}:{}", real.port("IMAPS"));
    let checked = real.check(&url, &[], true);
    checked.assert_ok_signed_in("tls", "implicit");
    let url = format!("submission://{MAIL_NAME}:{}", real.port("SUBMISSION"));
    real.check(&url, &[], true).assert_ok_signed_in("starttls", "starttls");
}

#[test]
fn starttls_chosen_on_dovecots_imaps_port_is_recognised_in_about_a_second() {
    let Some(real) = Real::get() else { return };
    let args = ["--protocol", "imap", "--port", &real.port("IMAPS"), "--security", "starttls"];
    let checked = real.check(IMAP_NAME, &args, false);
    assert_eq!(checked.report["primary"], "tls.tls_on_plaintext_port", "{}", checked.context());
    assert!(checked.elapsed < Duration::from_millis(1500), "{}", checked.context());
}

#[test]
fn ssl_tls_chosen_on_dovecots_imap_port_is_recognised_at_once() {
    let Some(real) = Real::get() else { return };
    let args = ["--protocol", "imap", "--port", &real.port("IMAP"), "--security", "tls"];
    let checked = real.check(IMAP_NAME, &args, false);
    assert_eq!(checked.report["primary"], "tls.plaintext_on_tls_port", "{}", checked.context());
    assert!(checked.elapsed < Duration::from_millis(1000), "{}", checked.context());
}

#[test]
fn a_plain_client_on_postfixs_implicit_tls_port_is_recognised_in_about_a_second() {
    let Some(real) = Real::get() else { return };
    let args = ["--protocol", "smtp", "--port", &real.port("SMTPS"), "--security", "starttls"];
    let checked = real.check(MAIL_NAME, &args, false);
    assert_eq!(checked.report["primary"], "tls.tls_on_plaintext_port", "{}", checked.context());
    assert!(checked.elapsed < Duration::from_millis(1500), "{}", checked.context());
}
