//! Real-server tests: the built `maildoctor check --json` against the mail servers that
//! `scripts/real-servers/start` runs on loopback, used the way a help desk would use it. This
//! file holds the Dovecot and Postfix tests and the shared harness; the submodules under
//! `real_servers/` hold Exim, Courier, Cyrus and OpenSMTPD, and the verdicts decided before a
//! password is sent (`prepassword`).
//!
//! The servers present a certificate for `mail.example.test` / `imap.example.test`.
//!
//! - Connected to as 127.0.0.1, every TLS check must report `tls.cert_name_mismatch` with the
//!   names the certificate does cover. Port confusion (plaintext client on the implicit-TLS port
//!   and the reverse), a POP3 server asked for IMAP and a closed port are checked against the
//!   real daemons, not fakes.
//! - Connected to by name, through a DNS responder inside this test binary ([`Names`]) that
//!   answers those names with 127.0.0.1 and nothing else, sign-in is diagnosed: a good login
//!   (IMAP, POP3, SMTP submission; implicit TLS and STARTTLS) is `ok` and the password appears
//!   in no form in the output; a wrong password is `auth.invalid_credentials` in Dovecot's and
//!   Postfix's own words; a password over an unencrypted connection is not sent, or is refused
//!   by the server's capabilities; Dovecot's `mail_max_userip_connections` is both measured
//!   (`--probe-connection-limit`) and met (three sessions held open by this test); a folder of
//!   12,000 messages is `mailbox.folder_too_large`.
//!
//! Users (see `scripts/real-servers/start`): alice for good and wrong logins, carol owns the
//! large folder, dave is probed for the connection limit, erin's sessions are held open, frank
//! has a non-ASCII password with a quote and a backslash, gina's quota is full. Dovecot
//! counts sessions per user, client IP and protocol, so tests of different users (or of IMAP and
//! POP3) can run in parallel without touching each other's count.
//!
//! Runs only when `MAILDOCTOR_REAL` names the env file the start script wrote (`scripts/test`
//! does this); otherwise every test returns early after printing "skipped: set MAILDOCTOR_REAL".
//! Only loopback addresses are ever contacted, and every step has a deadline.

// A failed expectation in a test helper is a test failure with a message: that is what we want.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use hickory_proto::rr::RecordType;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName};
use serde_json::Value;

// The in-process DNS responder of the integration suite, shared by path.
#[allow(dead_code, unreachable_pub)]
#[path = "it/support/dns.rs"]
mod dns;

// The other server families, and the verdicts decided before a password is sent.
#[path = "real_servers/confusion.rs"]
mod confusion;
#[path = "real_servers/courier.rs"]
mod courier;
#[path = "real_servers/cyrus.rs"]
mod cyrus;
#[path = "real_servers/exim.rs"]
mod exim;
#[path = "real_servers/families.rs"]
mod families;
#[path = "real_servers/opensmtpd.rs"]
mod opensmtpd;
#[path = "real_servers/prepassword.rs"]
mod prepassword;

/// Longest a single `maildoctor check` may take before the test calls it hung.
const CHECK_DEADLINE: Duration = Duration::from_secs(60);
/// `--timeout` for every check: the diagnosis gives up well before [`CHECK_DEADLINE`].
const CHECK_TIMEOUT_SECS: &str = "30";
/// Read/write deadline for the sessions a test holds open itself.
const HELD_IO: Duration = Duration::from_secs(10);
/// The environment variable that carries the password to `maildoctor check --password-env`.
const PASSWORD_VAR: &str = "MAILDOCTOR_TEST_PASSWORD";
/// The only address the test DNS responder hands out.
const LOOPBACK: Ipv4Addr = Ipv4Addr::LOCALHOST;
/// The name used for IMAP (on the certificate).
const IMAP_NAME: &str = "imap.example.test";
/// The name used for POP3 and SMTP submission (on the certificate).
const MAIL_NAME: &str = "mail.example.test";

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
    /// --ca-file <test CA> --timeout 30 --json`, as a help desk would type it.
    fn check(&self, protocol: &str, host: &str, port: u16, security: &str) -> Checked {
        self.cmd(protocol, host, port, security).run()
    }

    /// The same command line, to add a user, a DNS server or flags to before running it.
    fn cmd(&self, protocol: &str, host: &str, port: u16, security: &str) -> CheckCmd {
        let args = [
            "check",
            "--protocol",
            protocol,
            "--host",
            host,
            "--port",
            &port.to_string(),
            "--security",
            security,
            "--allow-private",
            "--ca-file",
            self.var("CA_FILE"),
            "--timeout",
            CHECK_TIMEOUT_SECS,
            "--json",
        ]
        .map(str::to_owned)
        .to_vec();
        CheckCmd { args, password: None, rust_log: None }
    }
}

/// A `maildoctor check` command line being put together.
struct CheckCmd {
    args: Vec<String>,
    password: Option<String>,
    rust_log: Option<String>,
}

impl CheckCmd {
    /// `--user U --password-env MAILDOCTOR_TEST_PASSWORD`, the variable set for the child only.
    fn user(mut self, user: &str, password: &str) -> Self {
        self.args.extend(["--user", user, "--password-env", PASSWORD_VAR].map(str::to_owned));
        self.password = Some(password.to_owned());
        self
    }

    /// `--user USER --oauth-token-env VAR`, the token in that variable.
    fn token(mut self, user: &str, token: &str) -> Self {
        self.args.extend(["--user", user, "--oauth-token-env", PASSWORD_VAR].map(str::to_owned));
        self.password = Some(token.to_owned());
        self
    }

    /// `--dns-server` pointing at the test's own DNS responder.
    fn dns(mut self, names: &Names) -> Self {
        self.args.extend(["--dns-server".to_owned(), names.dns.addr.to_string()]);
        self
    }

    /// A flag such as `--allow-insecure-auth`.
    fn flag(mut self, flag: &str) -> Self {
        self.args.push(flag.to_owned());
        self
    }

    /// `RUST_LOG` for the child (the CLI logs to stderr).
    fn log(mut self, filter: &str) -> Self {
        self.rust_log = Some(filter.to_owned());
        self
    }

    fn run(self) -> Checked {
        let args: Vec<&str> = self.args.iter().map(String::as_str).collect();
        run_maildoctor(&args, self.password.as_deref(), self.rust_log.as_deref())
    }

    /// Runs without `--json`: the text a person reads (and, on stderr, any log lines).
    fn run_text(self) -> Ran {
        let args: Vec<&str> = self.args.iter().map(String::as_str).filter(|a| *a != "--json").collect();
        run_process(&args, self.password.as_deref(), self.rust_log.as_deref())
    }
}

/// A DNS responder on 127.0.0.1 (UDP and TCP) that answers the certificate's names with
/// 127.0.0.1 only: no AAAA (the servers listen on IPv4 loopback only), nothing else in the
/// zone. Stops when dropped.
struct Names {
    dns: dns::FakeDns,
    // Declared last so the responder's tasks are aborted before their runtime goes.
    _runtime: tokio::runtime::Runtime,
}

impl Names {
    fn start() -> Names {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("a runtime for the DNS responder");
        let zone = dns::Zone::new().a(IMAP_NAME, LOOPBACK).a(MAIL_NAME, LOOPBACK);
        let dns = runtime.block_on(zone.start());
        Names { dns, _runtime: runtime }
    }

    /// True when the responder was asked for `name`'s IPv4 address.
    fn asked_for(&self, name: &str) -> bool {
        self.dns.seen().iter().any(|q| q.name == name && q.rtype == RecordType::A)
    }
}

/// One finished `maildoctor check --json`.
struct Checked {
    exit: i32,
    report: Value,
    elapsed: Duration,
    command: String,
    /// Everything the process printed (stdout and stderr), for the password scan.
    output: String,
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

    fn stage(&self, stage: &str) -> &Value {
        self.report["stages"]
            .as_array()
            .and_then(|s| s.iter().find(|x| x["name"] == stage))
            .unwrap_or_else(|| panic!("no stage {stage}\n{}", self.context()))
    }

    fn stage_status(&self, stage: &str) -> &str {
        self.stage(stage)["status"].as_str().unwrap_or_else(|| panic!("stage {stage} has no status"))
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

    /// One line on stderr per check (shown with `--nocapture`, as `scripts/test` runs the
    /// suite): the command, the verdict, every finding and the server's words it quoted.
    fn record(&self) {
        let findings: Vec<String> = self.report["findings"]
            .as_array()
            .map(|f| {
                f.iter()
                    .map(|x| {
                        let said = x["evidence"]
                            .as_array()
                            .and_then(|e| {
                                e.iter().find(|e| e["label"] == "server said" || e["label"] == "next session")
                            })
                            .and_then(|e| e["value"].as_str())
                            .map(|v| format!(" quoting {v:?}"))
                            .unwrap_or_default();
                        format!(
                            "{} ({}){said}",
                            x["code"].as_str().unwrap_or("?"),
                            x["severity"].as_str().unwrap_or("?")
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        eprintln!(
            "[real] {} => verdict {}, primary {}, findings [{}], {} ms",
            self.command.replace(" --json", ""),
            self.report["verdict"],
            self.report["primary"],
            findings.join("; "),
            self.elapsed.as_millis()
        );
    }

    /// The value of the evidence `label` of `code`.
    fn evidence(&self, code: &str, label: &str) -> String {
        self.finding(code)["evidence"]
            .as_array()
            .and_then(|e| e.iter().find(|x| x["label"] == label))
            .and_then(|x| x["value"].as_str())
            .unwrap_or_else(|| panic!("{code} has no evidence {label:?}\n{}", self.context()))
            .to_owned()
    }

    /// The primary finding is `code`, the verdict `error`, the exit code 2.
    fn assert_primary(&self, code: &str) {
        self.assert_error_with(code);
        assert_eq!(self.report["primary"], code, "{}", self.context());
    }

    /// Transcript lines from `dir` (`client`, `server`, `note`).
    fn transcript(&self, dir: &str) -> Vec<&str> {
        self.report["transcript"]
            .as_array()
            .map(|t| t.iter().filter(|l| l["dir"] == dir).filter_map(|l| l["text"].as_str()).collect())
            .unwrap_or_default()
    }

    /// Codes of the findings with `severity`.
    fn codes_of(&self, severity: &str) -> Vec<&str> {
        self.report["findings"]
            .as_array()
            .map(|f| {
                f.iter().filter(|x| x["severity"] == severity).filter_map(|x| x["code"].as_str()).collect()
            })
            .unwrap_or_default()
    }

    /// Neither the password nor any of its encodings appears anywhere the process printed.
    fn assert_no_password_form(&self, user: &str, password: &str) {
        if let Some(form) = password_form_in(&self.output, user, password) {
            panic!("the output contains {form:?}\n{}", self.context());
        }
    }
}

/// The first form of the password found in `text`: as typed, escaped (as IMAP quotes it and
/// JSON escapes it), its part before any quote or backslash (when that part is 8 characters or
/// more), base64, or SASL PLAIN (`\0user\0pass`, and with the user as authzid).
fn password_form_in(text: &str, user: &str, password: &str) -> Option<String> {
    let escaped = password.replace('\\', "\\\\").replace('"', "\\\"");
    let head = password.split(['"', '\\']).next().filter(|h| h.chars().count() >= 8);
    let forms = [
        Some(password.to_owned()),
        Some(escaped),
        head.map(str::to_owned),
        Some(BASE64.encode(password)),
        Some(BASE64.encode(format!("\0{user}\0{password}"))),
        Some(BASE64.encode(format!("{user}\0{user}\0{password}"))),
    ];
    forms.into_iter().flatten().find(|form| text.contains(form.as_str()))
}

/// Asserts a good sign-in by name: verdict `ok` (exit 0, no primary, no error or warning
/// finding), every stage up to `auth` passed, `mailbox` passed (IMAP, POP3) or was skipped
/// (SMTP), the responder was asked for the name, the certificate was verified for it, the
/// transcript shows the placeholder where the password went and no form of the password is in
/// the output.
fn assert_good_login(checked: &Checked, names: &Names, host: &str, user: &str, password: &str) {
    let ctx = checked.context();
    assert_eq!(checked.report["verdict"], "ok", "{ctx}");
    assert_eq!(checked.exit, 0, "exit code for an ok verdict\n{ctx}");
    assert!(checked.report["primary"].is_null(), "{ctx}");
    assert!(checked.codes_of("error").is_empty() && checked.codes_of("warning").is_empty(), "{ctx}");
    for stage in ["input", "dns", "tcp", "tls", "protocol", "auth"] {
        assert_eq!(checked.stage_status(stage), "pass", "stage {stage}\n{ctx}");
    }
    let smtp = checked.report["target"]["protocol"] == "smtp";
    assert_eq!(checked.stage_status("mailbox"), if smtp { "skip" } else { "pass" }, "{ctx}");
    assert!(names.asked_for(host), "the DNS responder was not asked for {host}: {:?}", names.dns.seen());
    assert_eq!(checked.report["tls"]["verified"], true, "{ctx}");
    let covered = &checked.report["certificate"]["names"];
    assert!(covered.as_array().is_some_and(|n| n.iter().any(|x| x == host)), "{ctx}");
    assert!(
        checked.transcript("client").iter().any(|l| l.contains("[password hidden]")),
        "no redacted sign-in line in the transcript\n{ctx}"
    );
    checked.assert_no_password_form(user, password);
    assert!(checked.elapsed < CHECK_DEADLINE, "took {:?}", checked.elapsed);
}

/// What a finished `maildoctor` process left behind.
struct Ran {
    exit: i32,
    stdout: String,
    stderr: String,
    elapsed: Duration,
    command: String,
}

/// Runs the built binary with a hard deadline. `password`, when given, is handed over in
/// [`PASSWORD_VAR`] (never on the command line); `rust_log` sets `RUST_LOG` (unset otherwise).
fn run_process(args: &[&str], password: Option<&str>, rust_log: Option<&str>) -> Ran {
    let command = format!("maildoctor {}", args.join(" "));
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_maildoctor"));
    cmd.args(args).env_remove("RUST_LOG").env_remove(PASSWORD_VAR);
    if let Some(password) = password {
        cmd.env(PASSWORD_VAR, password);
    }
    if let Some(filter) = rust_log {
        cmd.env("RUST_LOG", filter);
    }
    let mut child = cmd
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
    Ran { exit: status.code().unwrap_or(-1), stdout, stderr, elapsed, command }
}

/// Runs the built binary (see [`run_process`]) and parses its stdout as the JSON report.
fn run_maildoctor(args: &[&str], password: Option<&str>, rust_log: Option<&str>) -> Checked {
    let Ran { exit, stdout, stderr, elapsed, command } = run_process(args, password, rust_log);
    let report: Value = serde_json::from_str(&stdout).unwrap_or_else(|e| {
        panic!(
            "{command}: stdout is not a JSON report ({e}); exit {exit}\nstdout:\n{stdout}\nstderr:\n{stderr}"
        )
    });
    let output = format!("{stdout}\n{stderr}");
    let checked = Checked { exit, report, elapsed, command, output };
    checked.record();
    checked
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
fn no_encryption_on_a_real_dovecot_is_refused_before_any_password_and_names_dovecot() {
    let Some(real) = Real::get() else { return };
    // 127.0.0.2: Dovecot treats client IP == server IP as secure; the other address does not,
    // and advertises LOGINDISABLED there: no mail app can sign in with these settings, so the
    // verdict is an error even though no password was given.
    let checked = real.check("imap", real.var("OTHER_HOST"), real.port("IMAP"), "none");
    assert!(checked.codes().contains(&"tls.not_used"), "{}", checked.context());
    checked.assert_primary("auth.plaintext_disallowed");
    assert!(!checked.evidence("auth.plaintext_disallowed", "LOGINDISABLED").is_empty());
    assert_eq!(checked.report["verdict"], "error", "{}", checked.context());
    assert_eq!(checked.exit, 2, "exit code for an error verdict\n{}", checked.context());
    let software = checked.report["server_software"].as_str().unwrap_or_default();
    assert!(
        software.to_lowercase().contains("dovecot"),
        "server_software {software:?}\n{}",
        checked.context()
    );
}

// ---------------------------------------------------------------------------------------------
// Sessions the test holds open itself (to use up the connection limit).
// ---------------------------------------------------------------------------------------------

type TlsStream = rustls::StreamOwned<rustls::ClientConnection, TcpStream>;

/// A signed-in session over implicit TLS, held open by the test: IMAPS (`LOGIN`) or POP3S
/// (`USER`/`PASS`), verified against the test CA for `host` and connected to 127.0.0.1.
/// Dropping it logs out and closes the connection, also while a failed test unwinds.
struct HeldSession {
    stream: BufReader<TlsStream>,
    logout: &'static str,
}

impl HeldSession {
    fn open(real: &Real, protocol: &str, host: &str, user: &str, password: &str) -> HeldSession {
        let (port, login, logout): (u16, Vec<String>, _) = match protocol {
            "imap" => (real.port("IMAPS"), vec![format!("h1 LOGIN {user} {password}")], "h2 LOGOUT"),
            "pop3" => (real.port("POP3S"), vec![format!("USER {user}"), format!("PASS {password}")], "QUIT"),
            other => panic!("no held sessions for {other}"),
        };
        let mut roots = rustls::RootCertStore::empty();
        for cert in CertificateDer::pem_file_iter(real.var("CA_FILE")).expect("read the test CA") {
            roots.add(cert.expect("a CA certificate")).expect("add the test CA");
        }
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let config = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .expect("TLS versions")
            .with_root_certificates(roots)
            .with_no_client_auth();
        let name = ServerName::try_from(host.to_owned()).expect("a server name");
        let conn = rustls::ClientConnection::new(Arc::new(config), name).expect("a TLS client");
        let addr = SocketAddr::from((LOOPBACK, port));
        let tcp = TcpStream::connect_timeout(&addr, HELD_IO).expect("connect for a held session");
        tcp.set_read_timeout(Some(HELD_IO)).expect("read timeout");
        tcp.set_write_timeout(Some(HELD_IO)).expect("write timeout");
        let mut held = HeldSession { stream: BufReader::new(rustls::StreamOwned::new(conn, tcp)), logout };
        let greeting = held.read_line();
        assert!(greeting.starts_with("* OK") || greeting.starts_with("+OK"), "greeting {greeting:?}");
        for line in login {
            held.send(&line);
            let answer = held.answer();
            assert!(
                answer.starts_with("h1 OK") || answer.starts_with("+OK"),
                "{user} could not sign in for a held session: {answer:?}"
            );
        }
        held
    }

    fn send(&mut self, line: &str) {
        let stream = self.stream.get_mut();
        stream.write_all(format!("{line}\r\n").as_bytes()).expect("write to a held session");
        stream.flush().expect("flush a held session");
    }

    fn read_line(&mut self) -> String {
        let mut line = String::new();
        self.stream.read_line(&mut line).expect("read from a held session");
        line.trim_end().to_owned()
    }

    /// The final line of an answer: skips IMAP's untagged `*` lines (at most a few dozen).
    fn answer(&mut self) -> String {
        for _ in 0..64 {
            let line = self.read_line();
            if !line.starts_with("* ") {
                return line;
            }
        }
        panic!("a held session's answer never ended");
    }
}

impl Drop for HeldSession {
    fn drop(&mut self) {
        // Best effort: the server ends the session on close anyway.
        let stream = self.stream.get_mut();
        let _ = stream.write_all(format!("{}\r\n", self.logout).as_bytes());
        let _ = stream.flush();
        stream.conn.send_close_notify();
        let _ = stream.flush();
        let _ = stream.sock.shutdown(std::net::Shutdown::Both);
    }
}

// ---------------------------------------------------------------------------------------------
// Sign-in by name: good logins.
// ---------------------------------------------------------------------------------------------

/// `check` as alice, by name, through the test DNS responder.
fn alice(real: &Real, names: &Names, protocol: &str, host: &str, port: u16, security: &str) -> Checked {
    real.cmd(protocol, host, port, security).dns(names).user(real.var("USER"), real.var("PASSWORD")).run()
}

#[test]
fn imaps_by_name_signs_in_and_the_verdict_is_ok() {
    let Some(real) = Real::get() else { return };
    let names = Names::start();
    let checked = alice(&real, &names, "imap", IMAP_NAME, real.port("IMAPS"), "tls");
    assert_good_login(&checked, &names, IMAP_NAME, real.var("USER"), real.var("PASSWORD"));
    assert_eq!(checked.report["tls"]["mode"], "implicit", "{}", checked.context());
    // The one harmless command after sign-in, and the folder listing.
    assert!(
        checked.transcript("client").iter().any(|l| l.ends_with("EXAMINE INBOX")),
        "{}",
        checked.context()
    );
}

#[test]
fn imap_starttls_by_name_signs_in_and_the_verdict_is_ok() {
    let Some(real) = Real::get() else { return };
    let names = Names::start();
    let checked = alice(&real, &names, "imap", IMAP_NAME, real.port("IMAP"), "starttls");
    assert_good_login(&checked, &names, IMAP_NAME, real.var("USER"), real.var("PASSWORD"));
    assert_eq!(checked.report["tls"]["mode"], "starttls", "{}", checked.context());
}

#[test]
fn pop3s_by_name_signs_in_and_the_verdict_is_ok() {
    let Some(real) = Real::get() else { return };
    let names = Names::start();
    let checked = alice(&real, &names, "pop3", MAIL_NAME, real.port("POP3S"), "tls");
    assert_good_login(&checked, &names, MAIL_NAME, real.var("USER"), real.var("PASSWORD"));
    assert_eq!(checked.report["tls"]["mode"], "implicit", "{}", checked.context());
    assert!(checked.transcript("client").contains(&"STAT"), "{}", checked.context());
}

#[test]
fn pop3_stls_by_name_signs_in_and_the_verdict_is_ok() {
    let Some(real) = Real::get() else { return };
    let names = Names::start();
    let checked = alice(&real, &names, "pop3", MAIL_NAME, real.port("POP3"), "starttls");
    assert_good_login(&checked, &names, MAIL_NAME, real.var("USER"), real.var("PASSWORD"));
    assert_eq!(checked.report["tls"]["mode"], "starttls", "{}", checked.context());
}

#[test]
fn smtp_submission_over_implicit_tls_by_name_signs_in_and_the_verdict_is_ok() {
    let Some(real) = Real::get() else { return };
    let names = Names::start();
    let checked = alice(&real, &names, "smtp", MAIL_NAME, real.port("SMTPS"), "tls");
    assert_good_login(&checked, &names, MAIL_NAME, real.var("USER"), real.var("PASSWORD"));
    assert_eq!(checked.report["tls"]["mode"], "implicit", "{}", checked.context());
    assert!(checked.transcript("server").iter().any(|l| l.starts_with("235 ")), "{}", checked.context());
}

#[test]
fn smtp_submission_with_starttls_by_name_signs_in_and_the_verdict_is_ok() {
    let Some(real) = Real::get() else { return };
    let names = Names::start();
    let checked = alice(&real, &names, "smtp", MAIL_NAME, real.port("SUBMISSION"), "starttls");
    assert_good_login(&checked, &names, MAIL_NAME, real.var("USER"), real.var("PASSWORD"));
    assert_eq!(checked.report["tls"]["mode"], "starttls", "{}", checked.context());
    assert!(checked.transcript("server").iter().any(|l| l.starts_with("235 ")), "{}", checked.context());
}

#[test]
fn a_non_ascii_password_signs_in_everywhere_and_is_in_no_output_and_no_log() {
    let Some(real) = Real::get() else { return };
    let names = Names::start();
    let (user, password) = (real.var("UNICODE_USER"), real.var("UNICODE_PASSWORD"));
    assert!(!password.is_ascii() && password.contains('"') && password.contains('\\'), "{password:?}");
    for (protocol, host, port, security) in [
        ("imap", IMAP_NAME, real.port("IMAPS"), "tls"),
        ("imap", IMAP_NAME, real.port("IMAP"), "starttls"),
        ("pop3", MAIL_NAME, real.port("POP3S"), "tls"),
        ("smtp", MAIL_NAME, real.port("SUBMISSION"), "starttls"),
    ] {
        // The JSON report, with every log line maildoctor and its libraries can write.
        let cmd = || real.cmd(protocol, host, port, security).dns(&names).user(user, password).log("trace");
        let checked = cmd().run();
        assert_good_login(&checked, &names, host, user, password);
        // The text a person reads, with the same logging.
        let text = cmd().run_text();
        assert_eq!(text.exit, 0, "{}\n{}\n{}", text.command, text.stdout, text.stderr);
        let printed = format!("{}\n{}", text.stdout, text.stderr);
        if let Some(form) = password_form_in(&printed, user, password) {
            panic!("{} printed {form:?}:\n{printed}", text.command);
        }
        assert!(text.stderr.contains("TRACE") || text.stderr.contains("DEBUG"), "no log lines were written");
    }
}

#[test]
fn submission_offering_only_auth_login_signs_in_with_it_and_hides_both_answers() {
    let Some(real) = Real::get() else { return };
    let names = Names::start();
    let (user, password) = (real.var("UNICODE_USER"), real.var("UNICODE_PASSWORD"));
    let port = real.port("SUBMISSION_LOGIN");
    let checked = real.cmd("smtp", MAIL_NAME, port, "starttls").dns(&names).user(user, password).run();
    assert_good_login(&checked, &names, MAIL_NAME, user, password);
    assert_eq!(checked.stage("auth")["data"]["mechanism"], "AUTH LOGIN", "{}", checked.context());
    // The server's two `334` prompts, the user name step in base64, the password step hidden.
    let heard = checked.transcript("server");
    assert_eq!(heard.iter().filter(|l| l.starts_with("334 ")).count(), 2, "{heard:?}");
    let sent = checked.transcript("client");
    assert!(sent.contains(&BASE64.encode(user).as_str()), "{sent:?}");
    assert!(sent.contains(&"[password hidden]"), "{sent:?}");
}

#[test]
fn a_wrong_password_over_auth_login_is_postfixs_535() {
    let Some(real) = Real::get() else { return };
    let names = Names::start();
    let port = real.port("SUBMISSION_LOGIN");
    let checked = real
        .cmd("smtp", MAIL_NAME, port, "starttls")
        .dns(&names)
        .user(real.var("USER"), WRONG_PASSWORD)
        .run();
    checked.assert_primary("auth.invalid_credentials");
    let said = checked.evidence("auth.invalid_credentials", "server said");
    assert!(said.contains("535 5.7.8 Error: authentication failed"), "{said}");
    checked.assert_no_password_form(real.var("USER"), WRONG_PASSWORD);
}

// ---------------------------------------------------------------------------------------------
// A wrong password, in each server's own words.
// ---------------------------------------------------------------------------------------------

/// A password Dovecot's passwd-file does not have for alice.
const WRONG_PASSWORD: &str = "wrong-horse-battery";

/// `check` as alice with [`WRONG_PASSWORD`]; asserts `auth.invalid_credentials` is the
/// primary finding and quotes `server_words`, and that the password is nowhere in the output.
fn assert_wrong_password(real: &Real, protocol: &str, host: &str, port: u16, server_words: &str) {
    let names = Names::start();
    let checked =
        real.cmd(protocol, host, port, "tls").dns(&names).user(real.var("USER"), WRONG_PASSWORD).run();
    checked.assert_primary("auth.invalid_credentials");
    assert_eq!(checked.stage_status("auth"), "fail", "{}", checked.context());
    let said = checked.evidence("auth.invalid_credentials", "server said");
    assert!(
        said.contains(server_words),
        "server said {said:?}, wanted {server_words:?}\n{}",
        checked.context()
    );
    assert!(checked.transcript("server").iter().any(|l| l.contains(server_words)), "{}", checked.context());
    checked.assert_no_password_form(real.var("USER"), WRONG_PASSWORD);
}

#[test]
fn a_wrong_imap_password_is_invalid_credentials_in_dovecots_words() {
    let Some(real) = Real::get() else { return };
    assert_wrong_password(
        &real,
        "imap",
        IMAP_NAME,
        real.port("IMAPS"),
        "NO [AUTHENTICATIONFAILED] Authentication failed.",
    );
}

#[test]
fn a_wrong_pop3_password_is_invalid_credentials_in_dovecots_words() {
    let Some(real) = Real::get() else { return };
    assert_wrong_password(&real, "pop3", MAIL_NAME, real.port("POP3S"), "-ERR [AUTH] Authentication failed.");
}

#[test]
fn a_wrong_submission_password_is_invalid_credentials_in_postfixs_535() {
    let Some(real) = Real::get() else { return };
    assert_wrong_password(
        &real,
        "smtp",
        MAIL_NAME,
        real.port("SMTPS"),
        "535 5.7.8 Error: authentication failed",
    );
}

// ---------------------------------------------------------------------------------------------
// A password over an unencrypted connection (127.0.0.2: see the same-IP rule in the docs).
// ---------------------------------------------------------------------------------------------

/// `check --security none` as alice on 127.0.0.2, with extra flags.
fn plaintext(real: &Real, protocol: &str, port: u16, flags: &[&str]) -> Checked {
    let mut cmd =
        real.cmd(protocol, real.var("OTHER_HOST"), port, "none").user(real.var("USER"), real.var("PASSWORD"));
    for flag in flags {
        cmd = cmd.flag(flag);
    }
    cmd.run()
}

/// No client line of the transcript carries a sign-in command, and no form of alice's
/// password is in the output.
fn assert_nothing_sent(real: &Real, checked: &Checked) {
    let sent = checked.transcript("client");
    for word in ["LOGIN", "AUTHENTICATE", "AUTH ", "USER ", "PASS "] {
        assert!(!sent.iter().any(|l| l.contains(word)), "{word} was sent: {sent:?}\n{}", checked.context());
    }
    checked.assert_no_password_form(real.var("USER"), real.var("PASSWORD"));
}

#[test]
fn imap_without_encryption_gets_no_password_unless_allowed() {
    let Some(real) = Real::get() else { return };
    // 127.0.0.1: Dovecot's same-IP rule takes passwords in clear text there (no
    // LOGINDISABLED), so it is maildoctor itself that must hold the password back.
    let checked = real
        .cmd("imap", real.var("HOST"), real.port("IMAP"), "none")
        .user(real.var("USER"), real.var("PASSWORD"))
        .run();
    assert!(!checked.transcript("server").iter().any(|l| l.contains("LOGINDISABLED")));
    assert!(checked.codes().contains(&"auth.skipped_insecure"), "{}", checked.context());
    assert_eq!(checked.stage_status("auth"), "skip", "{}", checked.context());
    let why = checked.evidence("auth.skipped_insecure", "why");
    assert!(why.contains("not encrypted"), "{why}");
    assert_nothing_sent(&real, &checked);
}

#[test]
fn imap_without_encryption_is_refused_by_logindisabled_before_anything_is_sent() {
    let Some(real) = Real::get() else { return };
    let checked = plaintext(&real, "imap", real.port("IMAP"), &[]);
    checked.assert_primary("auth.plaintext_disallowed");
    assert_eq!(checked.report["verdict"], "error", "{}", checked.context());
    assert!(!checked.codes().contains(&"auth.skipped_insecure"), "{}", checked.context());
    assert_nothing_sent(&real, &checked);
}

#[test]
fn imap_without_encryption_allowed_is_refused_by_logindisabled_before_anything_is_sent() {
    let Some(real) = Real::get() else { return };
    let checked = plaintext(&real, "imap", real.port("IMAP"), &["--allow-insecure-auth"]);
    checked.assert_primary("auth.plaintext_disallowed");
    assert!(!checked.evidence("auth.plaintext_disallowed", "LOGINDISABLED").is_empty());
    // The server's refusal is its capability list.
    let said = checked.transcript("server");
    assert!(said.iter().any(|l| l.contains("LOGINDISABLED")), "{said:?}");
    assert_nothing_sent(&real, &checked);
}

#[test]
fn pop3_without_encryption_allowed_is_refused_by_the_capability_list_before_anything_is_sent() {
    let Some(real) = Real::get() else { return };
    let checked = plaintext(&real, "pop3", real.port("POP3"), &["--allow-insecure-auth"]);
    checked.assert_primary("auth.plaintext_disallowed");
    // Dovecot's CAPA on a non-secure connection: STLS, an empty SASL list and no USER.
    let said = checked.transcript("server");
    assert!(said.contains(&"STLS") && said.contains(&"SASL"), "{said:?}");
    assert!(!said.contains(&"USER"), "{said:?}");
    assert_eq!(checked.evidence("auth.plaintext_disallowed", "sign-in methods offered"), "none");
    assert_nothing_sent(&real, &checked);
    // The capability list tells the truth: Dovecot refuses USER itself on this connection.
    let addr = SocketAddr::new(real.var("OTHER_HOST").parse().expect("an IP"), real.port("POP3"));
    let answer = first_answer(addr, &format!("USER {}", real.var("USER")));
    assert!(answer.starts_with("-ERR [AUTH] Plaintext authentication disallowed"), "{answer:?}");
}

/// Sends `command` after the greeting over plain TCP and returns the server's first answer.
fn first_answer(addr: SocketAddr, command: &str) -> String {
    let stream = TcpStream::connect_timeout(&addr, HELD_IO).expect("connect");
    stream.set_read_timeout(Some(HELD_IO)).expect("read timeout");
    stream.set_write_timeout(Some(HELD_IO)).expect("write timeout");
    let mut reader = BufReader::new(stream.try_clone().expect("clone the stream"));
    let mut line = String::new();
    reader.read_line(&mut line).expect("greeting");
    (&stream).write_all(format!("{command}\r\nQUIT\r\n").as_bytes()).expect("send");
    line.clear();
    reader.read_line(&mut line).expect("answer");
    line.trim_end().to_owned()
}

#[test]
fn submission_without_starttls_allowed_is_refused_because_postfix_offers_no_auth_before_it() {
    let Some(real) = Real::get() else { return };
    // Postfix has no same-IP rule: 127.0.0.1 shows the refusal (smtpd_tls_auth_only = yes).
    let checked = real
        .cmd("smtp", real.var("HOST"), real.port("SUBMISSION"), "none")
        .user(real.var("USER"), real.var("PASSWORD"))
        .flag("--allow-insecure-auth")
        .run();
    checked.assert_primary("auth.plaintext_disallowed");
    let said = checked.transcript("server");
    assert!(said.iter().any(|l| l.contains("STARTTLS")), "{said:?}");
    assert!(!said.iter().any(|l| l.contains("AUTH")), "{said:?}");
    assert_nothing_sent(&real, &checked);
}

// ---------------------------------------------------------------------------------------------
// Dovecot's mail_max_userip_connections.
// ---------------------------------------------------------------------------------------------

/// `check --probe-connection-limit` as dave; asserts the measured limit is the configured one.
fn assert_limit_measured(real: &Real, protocol: &str, host: &str, port: u16) {
    let names = Names::start();
    let checked = real
        .cmd(protocol, host, port, "tls")
        .dns(&names)
        .user(real.var("LIMIT_USER"), real.var("LIMIT_PASSWORD"))
        .flag("--probe-connection-limit")
        .run();
    let limit = real.var("CONNECTION_LIMIT");
    let code = "limits.connection_limit_measured";
    assert!(checked.codes().contains(&code), "{}", checked.context());
    assert_eq!(checked.evidence(code, "sessions allowed"), limit, "{}", checked.context());
    assert_eq!(checked.evidence(code, "server limit"), limit, "{}", checked.context());
    let next = checked.evidence(code, "next session");
    assert!(next.contains(&format!("mail_max_userip_connections={limit}")), "{next}");
    assert_eq!(checked.stage_status("limits"), "pass", "{}", checked.context());
    // Measuring is information, not a problem.
    assert_eq!(checked.report["verdict"], "ok", "{}", checked.context());
    checked.assert_no_password_form(real.var("LIMIT_USER"), real.var("LIMIT_PASSWORD"));
}

#[test]
fn the_connection_limit_probe_measures_dovecots_imap_limit() {
    let Some(real) = Real::get() else { return };
    assert_limit_measured(&real, "imap", IMAP_NAME, real.port("IMAPS"));
}

#[test]
fn the_connection_limit_probe_measures_dovecots_pop3_limit() {
    let Some(real) = Real::get() else { return };
    assert_limit_measured(&real, "pop3", MAIL_NAME, real.port("POP3S"));
}

/// Holds the limit's worth of erin's sessions open, then runs `check` as erin: the sign-in is
/// refused for too many connections, with the server's number in the evidence.
fn assert_limit_reached(real: &Real, protocol: &str, host: &str, port: u16, server_words: &str) {
    let names = Names::start();
    let (user, password) = (real.var("HELD_USER"), real.var("HELD_PASSWORD"));
    let limit: usize = real.var("CONNECTION_LIMIT").parse().expect("a number");
    // Dropped (logged out, closed) when this function returns or unwinds.
    let held: Vec<HeldSession> =
        (0..limit).map(|_| HeldSession::open(real, protocol, host, user, password)).collect();
    let checked = real.cmd(protocol, host, port, "tls").dns(&names).user(user, password).run();
    drop(held);
    checked.assert_primary("limits.too_many_connections");
    assert_eq!(checked.stage_status("auth"), "fail", "{}", checked.context());
    let code = "limits.too_many_connections";
    assert_eq!(checked.evidence(code, "server limit"), limit.to_string(), "{}", checked.context());
    let said = checked.evidence(code, "server said");
    assert!(said.contains(server_words), "server said {said:?}\n{}", checked.context());
    assert!(said.contains(&format!("mail_max_userip_connections={limit}")), "{said}");
    checked.assert_no_password_form(user, password);
}

#[test]
fn with_the_imap_limit_used_up_the_sign_in_is_too_many_connections_with_the_servers_number() {
    let Some(real) = Real::get() else { return };
    assert_limit_reached(
        &real,
        "imap",
        IMAP_NAME,
        real.port("IMAPS"),
        "NO [LIMIT] Maximum number of connections",
    );
}

#[test]
fn with_the_pop3_limit_used_up_the_sign_in_is_too_many_connections_with_the_servers_number() {
    let Some(real) = Real::get() else { return };
    assert_limit_reached(
        &real,
        "pop3",
        MAIL_NAME,
        real.port("POP3S"),
        "-ERR [IN-USE] Maximum number of connections",
    );
}

// ---------------------------------------------------------------------------------------------
// A folder of more than 10,000 messages.
// ---------------------------------------------------------------------------------------------

#[test]
fn a_folder_of_12000_messages_is_reported_as_too_large_by_name() {
    let Some(real) = Real::get() else { return };
    let names = Names::start();
    let checked = real
        .cmd("imap", IMAP_NAME, real.port("IMAPS"), "tls")
        .dns(&names)
        .user(real.var("LARGE_USER"), real.var("LARGE_PASSWORD"))
        .run();
    let code = "mailbox.folder_too_large";
    assert_eq!(checked.report["primary"], code, "{}", checked.context());
    assert_eq!(checked.report["verdict"], "warning", "{}", checked.context());
    assert_eq!(checked.exit, 1, "exit code for a warning verdict\n{}", checked.context());
    assert_eq!(checked.evidence(code, "folder"), real.var("LARGE_FOLDER"), "{}", checked.context());
    let count: u64 = real.var("LARGE_COUNT").parse().expect("a number");
    let shown = checked.evidence(code, "messages").replace(',', "");
    assert_eq!(shown, count.to_string(), "{}", checked.context());
    assert_eq!(checked.stage_status("auth"), "pass", "{}", checked.context());
    assert_eq!(checked.stage_status("mailbox"), "warn", "{}", checked.context());
    // Only the large folder is flagged, not INBOX.
    let flagged =
        checked.report["findings"].as_array().map_or(0, |f| f.iter().filter(|x| x["code"] == code).count());
    assert_eq!(flagged, 1, "{}", checked.context());
}

// ---------------------------------------------------------------------------------------------
// A full quota (Dovecot's quota plugin, GETQUOTAROOT).
// ---------------------------------------------------------------------------------------------

#[test]
fn a_full_message_quota_is_reported_with_dovecots_figures() {
    let Some(real) = Real::get() else { return };
    let names = Names::start();
    let checked = real
        .cmd("imap", IMAP_NAME, real.port("IMAPS"), "tls")
        .dns(&names)
        .user(real.var("QUOTA_USER"), real.var("QUOTA_PASSWORD"))
        .run();
    let code = "mailbox.over_quota";
    checked.assert_primary(code);
    assert_eq!(checked.evidence(code, "quota root"), "User quota", "{}", checked.context());
    assert_eq!(checked.evidence(code, "used"), "2 messages", "{}", checked.context());
    assert_eq!(checked.evidence(code, "limit"), "2 messages", "{}", checked.context());
    assert_eq!(checked.stage_status("auth"), "pass", "{}", checked.context());
    assert_eq!(checked.stage_status("mailbox"), "fail", "{}", checked.context());
    let heard = checked.transcript("server");
    assert!(heard.contains(&"* QUOTA \"User quota\" (MESSAGE 2 2)"), "{heard:?}");
}

// ---------------------------------------------------------------------------------------------
// The send check against real Postfix (reject_sender_login_mismatch; alice owns only
// alice@example.test): MAIL FROM and RCPT TO after sign-in, never DATA.
// ---------------------------------------------------------------------------------------------

/// Every file in Postfix's queue directories: a message that reached Postfix would be here.
fn queued_files(real: &Real) -> Vec<String> {
    let queue = std::path::Path::new(real.var("POSTFIX_QUEUE"));
    let mut found = Vec::new();
    for dir in ["maildrop", "incoming", "active", "deferred", "hold", "corrupt"] {
        let mut stack = vec![queue.join(dir)];
        while let Some(d) = stack.pop() {
            for entry in std::fs::read_dir(&d).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() { stack.push(path) } else { found.push(path.display().to_string()) }
            }
        }
    }
    found
}

#[test]
fn the_send_check_on_real_postfix_passes_alices_own_address_and_refuses_bobs_with_nothing_queued() {
    let Some(real) = Real::get() else { return };
    let names = Names::start();
    let before = queued_files(&real);
    let send = |from: &str| {
        real.cmd("smtp", MAIL_NAME, real.port("SUBMISSION"), "starttls")
            .dns(&names)
            .user(real.var("USER"), real.var("PASSWORD"))
            .flag("--send-test")
            .flag("--send-from")
            .flag(from)
            .run()
    };
    let own = send("alice@example.test");
    assert_eq!(own.report["verdict"], "ok", "{}", own.context());
    assert!(own.codes().contains(&"send.accepted"), "{}", own.context());
    let client = own.transcript("client");
    assert!(
        client.iter().any(|l| l.starts_with("MAIL FROM:<alice@example.test> SIZE=")),
        "Postfix advertises SIZE: {}",
        own.context()
    );
    assert!(
        client.contains(&"RSET") && !client.iter().any(|l| l.eq_ignore_ascii_case("DATA")),
        "{}",
        own.context()
    );
    let mailbox =
        own.report["stages"].as_array().unwrap().iter().find(|s| s["name"] == "mailbox").unwrap().clone();
    assert_eq!(mailbox["data"]["size_limit"], 10_240_000, "Postfix's default message_size_limit: {mailbox}");

    let other = send("bob@example.test");
    assert_eq!(other.report["primary"], "send.sender_not_permitted", "{}", other.context());
    assert!(
        other
            .transcript("server")
            .iter()
            .any(|l| l.contains("Sender address rejected: not owned by user alice")),
        "Postfix's own words: {}",
        other.context()
    );
    assert_eq!(queued_files(&real), before, "nothing reached Postfix's queue");
}

// ---------------------------------------------------------------------------------------------
// OAuth2 sign-in against real Dovecot: its oauth2 passdb validates HS256 JWTs locally with the
// key the start script made (MAILDOCTOR_REAL_OAUTH_KEY); the user is the `sub` claim.
// ---------------------------------------------------------------------------------------------

/// An HS256 JWT for `sub`, valid from now for `valid_for` seconds (negative: already expired).
fn jwt(key_b64: &str, sub: &str, valid_for: i64) -> String {
    use base64::Engine as _;
    use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
    let header = URL_SAFE_NO_PAD.encode(r#"{"alg":"HS256","typ":"JWT"}"#);
    let iat = if valid_for < 0 { now + valid_for - 60 } else { now };
    let claims = serde_json::json!({ "sub": sub, "iat": iat, "exp": now + valid_for });
    let body = URL_SAFE_NO_PAD.encode(claims.to_string());
    let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, &STANDARD.decode(key_b64).expect("base64 key"));
    let signature = URL_SAFE_NO_PAD.encode(ring::hmac::sign(&key, format!("{header}.{body}").as_bytes()));
    format!("{header}.{body}.{signature}")
}

#[test]
fn real_dovecot_accepts_a_valid_oauth_token_and_refuses_an_expired_or_forged_one() {
    let Some(real) = Real::get() else { return };
    let names = Names::start();
    let key = real.var("OAUTH_KEY").to_owned();
    let user = real.var("USER");
    let check = |token: &str| {
        real.cmd("imap", IMAP_NAME, real.port("IMAPS"), "tls").dns(&names).token(user, token).run()
    };

    let good = jwt(&key, user, 600);
    let ok = check(&good);
    assert_eq!(ok.report["verdict"], "ok", "{}", ok.context());
    let auth = ok.report["stages"].as_array().unwrap().iter().find(|s| s["name"] == "auth").unwrap().clone();
    assert_eq!(auth["data"]["mechanism"], "OAUTHBEARER", "Dovecot offers it, so it is used: {auth}");
    assert!(
        ok.transcript("client").iter().any(|l| l.ends_with("EXAMINE INBOX")),
        "signed in: {}",
        ok.context()
    );
    assert!(
        !ok.output.contains(&good) && !ok.output.contains(&good[good.len() - 20..]),
        "the token is in no output"
    );

    let expired = check(&jwt(&key, user, -600));
    assert_eq!(expired.report["primary"], "auth.oauth_token_invalid", "{}", expired.context());
    let forged = check(&jwt("Zm9yZ2VkLWtleS0wMTIzNDU2Nzg5YWJjZGVmMDEyMzQ1Ng==", user, 600));
    assert_eq!(forged.report["primary"], "auth.oauth_token_invalid", "{}", forged.context());
    // Dovecot's answer: the error challenge, then the tagged NO (cases/oauth.txt, oauth/dovecot).
    let said = forged.transcript("server").join(" ⏎ ");
    assert!(said.contains("AUTHENTICATIONFAILED"), "{said}");
    let finding = forged.report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "auth.oauth_token_invalid")
        .unwrap()
        .clone();
    assert!(finding.to_string().contains("invalid_token"), "RFC 7628's error status, decoded: {finding}");
}
