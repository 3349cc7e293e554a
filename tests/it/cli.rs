//! The `maildoctor` binary end to end: `check` (JSON and text, exit codes), usage errors,
//! password handling, and `serve` + `healthcheck` + SIGTERM. Targets are fakes on 127.0.0.1.

use std::process::{Output, Stdio};
use std::time::Duration;

use serde_json::Value;
use tokio::io::{AsyncBufReadExt as _, BufReader};
use tokio::process::Command;

use crate::support::fake_server::{Dialect, FakeServer, send};

const PASSWORD: &str = "hunter2-Ω";

fn maildoctor() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_maildoctor"));
    // English unless a test asks for another language: the words follow the locale.
    cmd.env_remove("RUST_LOG")
        .env("NO_COLOR", "1")
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    cmd.kill_on_drop(true);
    cmd
}

async fn run(args: &[&str]) -> Output {
    run_with(maildoctor().args(args)).await
}

async fn run_with(cmd: &mut Command) -> Output {
    cmd.stdin(Stdio::null());
    tokio::time::timeout(Duration::from_secs(30), cmd.output())
        .await
        .expect("finishes in time")
        .expect("runs")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn closed_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    listener.local_addr().expect("addr").port()
}

fn check_args(port: u16) -> Vec<String> {
    ["check", "--protocol", "imap", "--host", "127.0.0.1", "--port", &port.to_string(), "--security", "none"]
        .into_iter()
        .map(str::to_owned)
        .chain(["--allow-private".to_owned(), "--timeout".to_owned(), "15".to_owned()])
        .collect()
}

fn codes(report: &Value) -> Vec<&str> {
    report["findings"].as_array().expect("findings").iter().map(|f| f["code"].as_str().unwrap()).collect()
}

#[tokio::test]
async fn check_json_on_a_plain_imap_server_exits_1_with_tls_not_used() {
    let server = FakeServer::plain(Dialect::Imap, vec![send("* OK [CAPABILITY IMAP4rev1] ready")]).await;
    let mut args = check_args(server.port());
    args.push("--json".into());
    let out = run_with(maildoctor().args(&args)).await;
    assert_eq!(out.status.code(), Some(1), "stderr: {}", stderr(&out));
    let report: Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    assert_eq!(report["verdict"], "warning");
    assert!(codes(&report).contains(&"tls.not_used"), "{:?}", codes(&report));
}

#[tokio::test]
async fn check_json_on_a_refused_port_exits_2_with_tcp_refused() {
    let mut args = check_args(closed_port());
    args.push("--json".into());
    let out = run_with(maildoctor().args(&args)).await;
    assert_eq!(out.status.code(), Some(2), "stderr: {}", stderr(&out));
    let report: Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    assert_eq!(report["verdict"], "error");
    assert_eq!(report["primary"], "tcp.refused");
}

#[tokio::test]
async fn check_text_shows_the_stages_and_numbered_remedy_steps() {
    let out = run_with(maildoctor().args(check_args(closed_port()))).await;
    assert_eq!(out.status.code(), Some(2));
    let text = stdout(&out);
    assert!(text.starts_with('✗'), "verdict line first: {text}");
    for stage in ["input", "dns", "tcp", "tls", "protocol", "auth"] {
        assert!(text.lines().any(|l| l.split_whitespace().nth(1) == Some(stage)), "{stage}: {text}");
    }
    let fix = text.split("What to fix first").nth(1).expect("a primary finding section");
    assert!(fix.contains("[tcp.refused, error]"));
    assert!(fix.lines().any(|l| l.trim_start().starts_with("1. ")), "numbered steps: {text}");
    assert!(!text.contains('\u{1b}'), "no colour when not on a terminal");
}

#[tokio::test]
async fn the_default_policy_of_the_cli_refuses_loopback() {
    let server = FakeServer::plain(Dialect::Imap, vec![send("* OK ready")]).await;
    let port = server.port().to_string();
    let out = run(&["check", "--protocol", "imap", "--host", "127.0.0.1", "--port", &port, "--json"]).await;
    assert_eq!(out.status.code(), Some(2));
    let report: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert!(codes(&report).contains(&"dns.blocked_address"));
}

#[tokio::test]
async fn usage_errors_exit_64() {
    for args in [
        &["check", "--protocol", "gopher", "--host", "h"][..],
        &["check", "--protocol", "imap"],
        &["check", "--protocol", "imap", "--host", "h", "--port", "99999"],
        &["check", "--protocol", "imap", "--host", "h", "--dns-server", "not-an-address"],
        &["frobnicate"],
    ] {
        let out = run(args).await;
        assert_eq!(out.status.code(), Some(64), "{args:?}: {}", stderr(&out));
        assert!(!stderr(&out).is_empty());
    }
    let out = run(&["--help"]).await;
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains("check"));
}

#[tokio::test]
async fn without_protocol_a_mail_url_as_host_is_enough_and_a_plain_name_is_a_usage_error() {
    let server = FakeServer::plain(Dialect::Imap, vec![send("* OK [CAPABILITY IMAP4rev1] ready")]).await;
    let url = format!("imap://127.0.0.1:{}", server.port());
    let out = run(&["check", "--host", &url, "--allow-private", "--json", "--timeout", "15"]).await;
    let report: Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    assert_eq!(report["target"]["protocol"], "imap");
    assert_eq!(report["target"]["port"], server.port());
    assert_eq!(report["target"]["security"], "starttls", "imap:// means STARTTLS");
    assert_eq!(report["primary"], "tls.starttls_unsupported", "{:?}", codes(&report));

    let out = run(&["check", "--host", "mail.example.com"]).await;
    assert_eq!(out.status.code(), Some(64), "{}", stderr(&out));
    assert!(stderr(&out).contains("--protocol is missing"), "{}", stderr(&out));
}

#[tokio::test]
async fn an_unreadable_or_unusable_ca_file_is_refused_with_a_clear_message() {
    let out = run(&["check", "--protocol", "imap", "--host", "h", "--ca-file", "/nonexistent/ca.pem"]).await;
    assert_eq!(out.status.code(), Some(66));
    assert!(stderr(&out).contains("--ca-file"), "{}", stderr(&out));

    let path = std::env::temp_dir().join(format!("maildoctor-bad-ca-{}.pem", std::process::id()));
    std::fs::write(&path, "not a certificate\n").unwrap();
    let out = run(&["check", "--protocol", "imap", "--host", "h", "--ca-file", path.to_str().unwrap()]).await;
    let _ = std::fs::remove_file(&path);
    assert_eq!(out.status.code(), Some(78));
    assert!(stderr(&out).contains("CA"), "{}", stderr(&out));
}

#[tokio::test]
async fn a_password_from_the_environment_is_never_printed() {
    let server = FakeServer::plain(Dialect::Imap, vec![send("* OK [CAPABILITY IMAP4rev1] ready")]).await;
    for json in [true, false] {
        let mut args = check_args(server.port());
        args.extend(["--user".into(), "bob".into(), "--password-env".into(), "MD_TEST_PASSWORD".into()]);
        if json {
            args.push("--json".into());
        }
        let out = run_with(maildoctor().args(&args).env("MD_TEST_PASSWORD", PASSWORD)).await;
        assert_eq!(out.status.code(), Some(1), "stderr: {}", stderr(&out));
        for text in [stdout(&out), stderr(&out)] {
            assert!(!text.contains(PASSWORD) && !text.contains("hunter2"), "leaked: {text}");
        }
        if json {
            let report: Value = serde_json::from_slice(&out.stdout).unwrap();
            assert_eq!(report["request"]["password_given"], true);
        }
    }
}

#[tokio::test]
async fn a_missing_password_variable_is_a_usage_error() {
    let out = run_with(
        maildoctor()
            .args([
                "check",
                "--protocol",
                "imap",
                "--host",
                "h",
                "--user",
                "bob",
                "--password-env",
                "MD_UNSET_X",
            ])
            .env_remove("MD_UNSET_X"),
    )
    .await;
    assert_eq!(out.status.code(), Some(64));
    assert!(stderr(&out).contains("MD_UNSET_X"));

    let out = run(&["check", "--protocol", "imap", "--host", "h", "--user", "bob"]).await;
    assert_eq!(out.status.code(), Some(64), "a user name without a password source");
    assert!(stderr(&out).contains("--password-stdin"), "{}", stderr(&out));
}

#[tokio::test]
async fn serve_answers_the_healthcheck_and_stops_on_sigterm() {
    let mut child = maildoctor()
        .args(["serve", "--listen", "127.0.0.1:0", "--allow-private"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("serve starts");
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let first =
        tokio::time::timeout(Duration::from_secs(20), lines.next_line()).await.expect("prints in time");
    let first = first.unwrap().expect("a first line");
    let url = first.strip_prefix("listening on ").expect("listening line").to_owned();

    let health = run(&["healthcheck", "--url", &format!("{url}/healthz")]).await;
    assert_eq!(health.status.code(), Some(0), "{}", stderr(&health));
    let wrong = run(&["healthcheck", "--url", &format!("{url}/no-such-page")]).await;
    assert_eq!(wrong.status.code(), Some(1));

    let pid = child.id().expect("pid").to_string();
    let kill = std::process::Command::new("kill").args(["-TERM", &pid]).status().expect("kill runs");
    assert!(kill.success());
    let status = tokio::time::timeout(Duration::from_secs(10), child.wait()).await.expect("stops").unwrap();
    assert_eq!(status.code(), Some(0), "a clean exit on SIGTERM");

    let gone = run(&["healthcheck", "--url", &format!("{url}/healthz")]).await;
    assert_eq!(gone.status.code(), Some(1), "nothing answers once stopped");
}

#[tokio::test]
async fn check_text_lists_the_settings_that_should_work() {
    let out = run(&["check", "--protocol", "imap", "--host", "bob@gmail.com"]).await;
    assert_eq!(out.status.code(), Some(2));
    let text = stdout(&out);
    let table = text.split("Settings that should work").nth(1).expect("a settings table");
    assert!(
        table.contains("imap.gmail.com") && table.contains("port 993") && table.contains("SSL/TLS"),
        "{text}"
    );
}

#[tokio::test]
async fn allow_cidr_lifts_the_policy_for_that_network_only() {
    let server = FakeServer::plain(Dialect::Imap, vec![send("* OK [CAPABILITY IMAP4rev1] ready")]).await;
    let port = server.port().to_string();
    let base = [
        "check",
        "--protocol",
        "imap",
        "--host",
        "127.0.0.1",
        "--port",
        &port,
        "--security",
        "none",
        "--json",
    ];
    let allowed = run(&[&base[..], &["--allow-cidr", "127.0.0.0/8"]].concat()).await;
    assert_eq!(allowed.status.code(), Some(1), "{}", stderr(&allowed));
    let report: Value = serde_json::from_slice(&allowed.stdout).unwrap();
    assert!(codes(&report).contains(&"tls.not_used"));

    let other = run(&[&base[..], &["--allow-cidr", "10.0.0.0/8"]].concat()).await;
    let report: Value = serde_json::from_slice(&other.stdout).unwrap();
    assert!(codes(&report).contains(&"dns.blocked_address"), "{:?}", codes(&report));
}

#[tokio::test]
async fn a_password_from_standard_input_is_used_and_never_printed() {
    use tokio::io::AsyncWriteExt as _;
    let server = FakeServer::plain(Dialect::Imap, vec![send("* OK [CAPABILITY IMAP4rev1] ready")]).await;
    let mut args = check_args(server.port());
    args.extend(["--user".into(), "bob".into(), "--password-stdin".into(), "--json".into()]);
    let mut child = maildoctor()
        .args(&args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(format!("{PASSWORD}\n").as_bytes()).await.unwrap();
    drop(stdin);
    let out = tokio::time::timeout(Duration::from_secs(30), child.wait_with_output()).await.unwrap().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["request"]["password_given"], true);
    for text in [stdout(&out), stderr(&out)] {
        assert!(!text.contains(PASSWORD), "leaked: {text}");
    }
}

#[tokio::test]
async fn check_help_lists_every_exit_code_check_can_end_with() {
    use maildoctor::cli::exit;
    let out = run(&["check", "--help"]).await;
    assert!(out.status.success());
    let help = stdout(&out);
    let codes =
        [exit::OK, exit::WARNING, exit::ERROR, exit::USAGE, exit::NO_INPUT, exit::SOFTWARE, exit::CONFIG];
    for code in codes {
        assert!(
            help.lines().any(|l| l.trim_start().starts_with(&format!("{code} "))),
            "exit code {code} missing from:\n{help}"
        );
    }
}

#[tokio::test]
async fn the_text_output_speaks_the_language_of_lang_or_the_locale_and_keeps_the_quote() {
    use maildoctor::diagnosis::{Code, catalog::Catalog};
    use maildoctor::i18n::Lang;

    let script = || {
        vec![
            send("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] Gimap ready for requests from 127.0.0.1 x1"),
            crate::support::fake_server::Step::Recv,
            send("{tag} NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)"),
        ]
    };
    let steps =
        Catalog::for_lang(Lang::De).entry(Code::AuthInvalidCredentials).remedy_for(Some("gmail")).to_vec();
    for how in ["--lang", "LANG"] {
        let server = FakeServer::plain(Dialect::Imap, script()).await;
        let mut args = check_args(server.port());
        args.extend(
            ["--user", "bob@gmail.com", "--password-env", "MD_TEST_PASSWORD", "--allow-insecure-auth"]
                .map(String::from),
        );
        let mut cmd = maildoctor();
        cmd.env("MD_TEST_PASSWORD", PASSWORD);
        if how == "--lang" {
            args.extend(["--lang".to_owned(), "de".to_owned()]);
        } else {
            cmd.env("LANG", "de_DE.UTF-8");
        }
        let out = run_with(cmd.args(&args)).await;
        assert_eq!(out.status.code(), Some(2), "{how}: {}", stderr(&out));
        let text = stdout(&out);
        assert!(text.contains(&Lang::De.t("report-fix-first")), "{how}: {text}");
        assert!(
            text.contains("[auth.invalid_credentials, error]"),
            "{how}: the code is not translated: {text}"
        );
        for (n, step) in steps.iter().enumerate() {
            assert!(text.contains(&format!("{}. {step}", n + 1)), "{how}: step {} missing: {text}", n + 1);
        }
        assert!(text.contains("Invalid credentials (Failure)"), "{how}: the quote is untouched: {text}");
        assert!(!text.contains(PASSWORD));
    }
}
