//! Real-server tests: the built `maildoctor check --json` against the Dovecot and Postfix that
//! `scripts/real-servers/start` runs on loopback, used the way a help desk would use it.
//!
//! The servers present a certificate for `mail.example.test` / `imap.example.test` while we
//! connect to 127.0.0.1, so every TLS check must report `tls.cert_name_mismatch` with the names
//! the certificate does cover. Port confusion (plaintext client on the implicit-TLS port and the
//! reverse), a POP3 server asked for IMAP and a closed port are checked against the real
//! daemons, not fakes.
//!
//! Runs only when `MAILDOCTOR_REAL` names the env file the start script wrote (`scripts/test`
//! does this); otherwise every test returns early after printing "skipped: set MAILDOCTOR_REAL".
//! Only loopback addresses are ever contacted.

// A failed expectation in a test helper is a test failure with a message: that is what we want.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::collections::HashMap;
use std::io::Read;
use std::net::TcpListener;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

/// Longest a single `maildoctor check` may take before the test calls it hung.
const CHECK_DEADLINE: Duration = Duration::from_secs(60);

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

    fn cert_names(&self) -> Vec<String> {
        self.var("CERT_NAMES").split(',').map(str::to_owned).collect()
    }

    /// `maildoctor check --protocol P --host H --port N --security S --allow-private
    /// --ca-file <test CA> --json`, as a help desk would type it.
    fn check(&self, protocol: &str, host: &str, port: u16, security: &str) -> Checked {
        let port = port.to_string();
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
            "--json",
        ];
        run_maildoctor(&args)
    }
}

/// One finished `maildoctor check --json`.
struct Checked {
    exit: i32,
    report: Value,
    elapsed: Duration,
    command: String,
}

impl Checked {
    fn codes(&self) -> Vec<&str> {
        self.report["findings"]
            .as_array()
            .map(|f| f.iter().filter_map(|x| x["code"].as_str()).collect())
            .unwrap_or_default()
    }

    fn finding(&self, code: &str) -> &Value {
        self.report["findings"]
            .as_array()
            .and_then(|f| f.iter().find(|x| x["code"] == code))
            .unwrap_or_else(|| panic!("{code} not raised; got {:?}\n{}", self.codes(), self.context()))
    }

    /// Every evidence value of `code`, joined, for "does the evidence mention X" checks.
    fn evidence_text(&self, code: &str) -> String {
        self.finding(code)["evidence"]
            .as_array()
            .map(|e| e.iter().map(|x| format!("{}: {}", x["label"], x["value"])).collect::<Vec<_>>())
            .unwrap_or_default()
            .join("\n")
    }

    fn stage_status(&self, stage: &str) -> &str {
        self.report["stages"]
            .as_array()
            .and_then(|s| s.iter().find(|x| x["name"] == stage))
            .and_then(|s| s["status"].as_str())
            .unwrap_or_else(|| panic!("no stage {stage}\n{}", self.context()))
    }

    fn context(&self) -> String {
        format!(
            "command: {}\nexit: {}\nreport: {}",
            self.command,
            self.exit,
            serde_json::to_string_pretty(&self.report).unwrap_or_default()
        )
    }

    /// The verdict is `error`, the exit code 2, and `code` is among the findings.
    fn assert_error_with(&self, code: &str) {
        assert!(
            self.codes().contains(&code),
            "{code} not raised; got {:?}\n{}",
            self.codes(),
            self.context()
        );
        assert_eq!(self.report["verdict"], "error", "{}", self.context());
        assert_eq!(self.exit, 2, "exit code for an error verdict\n{}", self.context());
        assert!(self.elapsed < CHECK_DEADLINE, "took {:?}", self.elapsed);
    }
}

/// Runs the built binary with a hard deadline and parses its stdout as the JSON report.
fn run_maildoctor(args: &[&str]) -> Checked {
    let command = format!("maildoctor {}", args.join(" "));
    let mut child = Command::new(env!("CARGO_BIN_EXE_maildoctor"))
        .args(args)
        .env_remove("RUST_LOG")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start maildoctor");
    let mut stdout = child.stdout.take().expect("stdout");
    let mut stderr = child.stderr.take().expect("stderr");
    let out_reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stdout.read_to_string(&mut s);
        s
    });
    let err_reader = std::thread::spawn(move || {
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
            panic!("{command} did not finish within {CHECK_DEADLINE:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let elapsed = started.elapsed();
    let stdout = out_reader.join().expect("stdout reader");
    let stderr = err_reader.join().expect("stderr reader");
    let exit = status.code().unwrap_or(-1);
    let report: Value = serde_json::from_str(&stdout).unwrap_or_else(|e| {
        panic!(
            "{command}: stdout is not a JSON report ({e}); exit {exit}\nstdout:\n{stdout}\nstderr:\n{stderr}"
        )
    });
    Checked { exit, report, elapsed, command }
}

/// Asserts the name-mismatch finding names every name the test certificate covers, and that
/// the report's certificate section lists them too.
fn assert_names_the_certificate_covers(real: &Real, checked: &Checked) {
    checked.assert_error_with("tls.cert_name_mismatch");
    let evidence = checked.evidence_text("tls.cert_name_mismatch");
    let names = &checked.report["certificate"]["names"];
    for name in real.cert_names() {
        assert!(evidence.contains(&name), "evidence lacks {name}:\n{evidence}\n{}", checked.context());
        assert!(
            names.as_array().is_some_and(|n| n.iter().any(|x| x == name.as_str())),
            "certificate.names lacks {name}\n{}",
            checked.context()
        );
    }
    assert_eq!(checked.stage_status("tls"), "fail", "{}", checked.context());
}

#[test]
fn imaps_with_a_certificate_for_other_names_reports_the_names_it_covers() {
    let Some(real) = Real::get() else { return };
    let checked = real.check("imap", real.var("HOST"), real.port("IMAPS"), "tls");
    assert_names_the_certificate_covers(&real, &checked);
    assert_eq!(checked.report["tls"]["mode"], "implicit", "{}", checked.context());
}

#[test]
fn imap_starttls_with_a_certificate_for_other_names_reports_the_names_it_covers() {
    let Some(real) = Real::get() else { return };
    let checked = real.check("imap", real.var("HOST"), real.port("IMAP"), "starttls");
    assert_names_the_certificate_covers(&real, &checked);
    assert_eq!(checked.report["tls"]["mode"], "starttls", "{}", checked.context());
}

#[test]
fn pop3s_with_a_certificate_for_other_names_reports_the_names_it_covers() {
    let Some(real) = Real::get() else { return };
    let checked = real.check("pop3", real.var("HOST"), real.port("POP3S"), "tls");
    assert_names_the_certificate_covers(&real, &checked);
}

#[test]
fn smtp_submission_starttls_with_a_certificate_for_other_names_reports_the_names_it_covers() {
    let Some(real) = Real::get() else { return };
    let checked = real.check("smtp", real.var("HOST"), real.port("SUBMISSION"), "starttls");
    assert_names_the_certificate_covers(&real, &checked);
    assert_eq!(checked.report["tls"]["mode"], "starttls", "{}", checked.context());
}

#[test]
fn imap_pointed_at_the_pop3_port_is_told_a_pop3_server_answered() {
    let Some(real) = Real::get() else { return };
    let checked = real.check("imap", real.var("HOST"), real.port("POP3"), "starttls");
    checked.assert_error_with("protocol.pop3_not_imap");
}

#[test]
fn a_plaintext_client_on_the_implicit_tls_port_is_told_the_port_wants_tls() {
    let Some(real) = Real::get() else { return };
    let checked = real.check("imap", real.var("HOST"), real.port("IMAPS"), "starttls");
    checked.assert_error_with("tls.tls_on_plaintext_port");
}

#[test]
fn ssl_tls_on_the_starttls_port_is_told_the_port_speaks_plaintext_first() {
    let Some(real) = Real::get() else { return };
    let checked = real.check("imap", real.var("HOST"), real.port("IMAP"), "tls");
    checked.assert_error_with("tls.plaintext_on_tls_port");
}

#[test]
fn a_closed_port_is_reported_as_refused() {
    let Some(real) = Real::get() else { return };
    // A port that was just free on loopback: bind, note the number, close.
    let port = TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("free port").port();
    let checked = real.check("imap", real.var("HOST"), port, "tls");
    checked.assert_error_with("tcp.refused");
    assert_eq!(checked.report["primary"], "tcp.refused", "{}", checked.context());
    assert_eq!(checked.stage_status("tcp"), "fail", "{}", checked.context());
}

#[test]
fn no_encryption_on_a_real_dovecot_is_a_warning_that_names_dovecot() {
    let Some(real) = Real::get() else { return };
    // 127.0.0.2: Dovecot treats client IP == server IP as secure; the other address does not.
    let checked = real.check("imap", real.var("OTHER_HOST"), real.port("IMAP"), "none");
    assert!(checked.codes().contains(&"tls.not_used"), "{}", checked.context());
    assert_eq!(checked.report["verdict"], "warning", "{}", checked.context());
    assert_eq!(checked.exit, 1, "exit code for a warning verdict\n{}", checked.context());
    let software = checked.report["server_software"].as_str().unwrap_or_default();
    assert!(
        software.to_lowercase().contains("dovecot"),
        "server_software {software:?}\n{}",
        checked.context()
    );
}
