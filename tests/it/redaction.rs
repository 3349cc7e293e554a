//! A real sign-in with a distinctive password (non-ASCII): neither it nor any encoded form of
//! it may appear in the CLI's JSON or text output, the service's JSON and HTML answers, or the
//! logs at the most verbose level.

use std::io::{Read, Write};
use std::process::Stdio;
use std::time::Duration;

use maildoctor::secret::Password;
use tokio::io::{AsyncBufReadExt as _, BufReader};
use tokio::process::Command;

use crate::support::certs::TestCa;
use crate::support::fake_server::{Dialect, FakeServer, Step, send};

const PASSWORD: &str = "hunter2-Ω";
const USER: &str = "alice@example.test";

/// Every shape the password could leak in: raw, base64 (AUTH LOGIN), SASL PLAIN base64, and
/// URL-encoded (a form body echoed into a log).
fn forms() -> Vec<String> {
    let mut forms = Password::new(PASSWORD).forms(USER);
    forms.push("hunter2-%CE%A9".to_owned());
    forms
}

#[track_caller]
fn assert_clean(what: &str, text: &str) {
    for form in forms() {
        assert!(!text.contains(&form), "{what} leaks the password as {form:?}:\n{text}");
    }
}

/// An IMAPS fake that really takes a LOGIN with a literal password, then refuses EXAMINE.
async fn imaps(ca: &TestCa) -> FakeServer {
    let config = ca.leaf("mail.example.test", &["127.0.0.1"], (-1, 90)).server_config();
    let script = vec![
        send("* OK [CAPABILITY IMAP4rev1] Dovecot ready."),
        Step::Recv,
        send("+ go ahead"),
        Step::Recv,
        send("a1 NO [AUTHENTICATIONFAILED] Authentication failed."),
    ];
    FakeServer::tls(Dialect::Imap, script, config).await
}

fn ca_file(ca: &TestCa) -> std::path::PathBuf {
    let path = std::env::temp_dir().join(format!(
        "maildoctor-redaction-{}-{}.pem",
        std::process::id(),
        rand_suffix()
    ));
    std::fs::write(&path, &ca.pem).expect("write CA");
    path
}

fn rand_suffix() -> u64 {
    use std::time::{SystemTime, UNIX_EPOCH};
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(0)
}

fn maildoctor() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_maildoctor"));
    cmd.env("RUST_LOG", "trace").env("NO_COLOR", "1").kill_on_drop(true);
    cmd
}

#[tokio::test]
async fn the_cli_never_prints_or_logs_the_password_in_json_or_text() {
    let ca = TestCa::new("Redaction CA");
    let server = imaps(&ca).await;
    let ca_path = ca_file(&ca);
    for json in [true, false] {
        let mut cmd = maildoctor();
        cmd.args([
            "check",
            "--protocol",
            "imap",
            "--host",
            "127.0.0.1",
            "--security",
            "tls",
            "--allow-private",
        ])
        .args(["--port", &server.port().to_string(), "--user", USER, "--password-env", "MD_SECRET"])
        .arg("--ca-file")
        .arg(&ca_path)
        .env("MD_SECRET", PASSWORD)
        .stdin(Stdio::null());
        if json {
            cmd.arg("--json");
        }
        let out = tokio::time::timeout(Duration::from_secs(30), cmd.output())
            .await
            .expect("in time")
            .expect("runs");
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stdout.contains("auth.invalid_credentials") || stdout.contains("user name or password"),
            "{stdout}"
        );
        assert!(
            stderr.contains("TRACE") || stderr.contains("DEBUG") || !stderr.is_empty(),
            "logs were captured"
        );
        if json {
            assert!(
                stdout.contains("a1 LOGIN \\\"alice@example.test\\\" {10}"),
                "the literal was sent: {stdout}"
            );
        }
        assert_clean("CLI stdout", &stdout);
        assert_clean("CLI logs", &stderr);
    }
    let _ = std::fs::remove_file(ca_path);
}

/// Sends one HTTP/1.1 request to the service and returns the whole answer.
fn http(addr: &str, request: &str) -> String {
    let mut stream = std::net::TcpStream::connect(addr).expect("connect to the service");
    stream.set_read_timeout(Some(Duration::from_secs(30))).expect("timeout");
    stream.write_all(request.as_bytes()).expect("send");
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    String::from_utf8_lossy(&answer).into_owned()
}

#[tokio::test]
async fn the_service_never_answers_or_logs_the_password() {
    let ca = TestCa::new("Redaction CA");
    let server = imaps(&ca).await;
    let ca_path = ca_file(&ca);
    let mut child = maildoctor()
        .args(["serve", "--listen", "127.0.0.1:0", "--allow-private"])
        .arg("--ca-file")
        .arg(&ca_path)
        .arg(format!("--extra-port={}", server.port()))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("serve starts");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let first = tokio::time::timeout(Duration::from_secs(20), lines.next_line()).await.expect("in time");
    let url = first.expect("read").expect("line");
    let addr = url.trim_start_matches("listening on http://").to_owned();

    let port = server.port();
    let json = format!(
        r#"{{"protocol":"imap","host":"127.0.0.1","port":{port},"security":"tls","username":"{USER}","password":"{PASSWORD}"}}"#
    );
    let request = format!(
        "POST /api/v1/diagnose HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{json}",
        json.len()
    );
    let a = addr.clone();
    let api = tokio::task::spawn_blocking(move || http(&a, &request)).await.expect("join");
    assert!(api.contains("auth.invalid_credentials"), "{api}");
    assert_clean("API answer", &api);

    let form = format!(
        "protocol=imap&host=127.0.0.1&port={port}&security=tls&username=alice%40example.test&password=hunter2-%CE%A9"
    );
    let request = format!(
        "POST /diagnose HTTP/1.1\r\nHost: {addr}\r\nOrigin: http://{addr}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{form}",
        form.len()
    );
    let a = addr.clone();
    let page = tokio::task::spawn_blocking(move || http(&a, &request)).await.expect("join");
    assert!(page.contains("200 OK"), "{page}");
    assert_clean("HTML page", &page);

    let pid = child.id().expect("pid").to_string();
    let _ = std::process::Command::new("kill").args(["-TERM", &pid]).status();
    let out = tokio::time::timeout(Duration::from_secs(10), child.wait_with_output())
        .await
        .expect("stops")
        .expect("output");
    let logs = String::from_utf8_lossy(&out.stderr);
    assert!(logs.contains("diagnose"), "request logs were captured: {logs}");
    assert_clean("service logs", &logs);
    let _ = std::fs::remove_file(ca_path);
}
