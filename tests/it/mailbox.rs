//! The `mailbox` stage over a session to a scripted fake server (as if signed in already):
//! large folders, a full quota, POP3 maildrops, locked mailboxes, floods, a healthy mailbox.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use maildoctor::checks::Ctx;
use maildoctor::checks::auth::{Mechanism, SignedIn};
use maildoctor::checks::classify::{self, Answer, Input, Phase};
use maildoctor::checks::mailbox;
use maildoctor::net::client::Client;
use maildoctor::net::session::Session;
use maildoctor::net::stream::{MailStream, Recorded};
use maildoctor::proto::imap;
use maildoctor::stage::{StageOutcome, StageStatus};
use maildoctor::target::{Protocol, SecurityChoice, Target};
use maildoctor::transcript::{Direction, Transcript};
use serde_json::Value;
use tokio::net::TcpStream;

use crate::support::fake_server::{Dialect, FakeServer, Step, send};
use crate::support::{self};

fn target(protocol: Protocol, port: u16) -> Target {
    let request = support::request(protocol, "127.0.0.1", port, SecurityChoice::None);
    maildoctor::target::parse(&request).0.expect("target")
}

async fn client(ctx: &Ctx, server: &FakeServer) -> Client {
    let tcp = TcpStream::connect(server.addr).await.expect("connect");
    Client::new(Session::new(
        MailStream::Plain(Recorded::new(tcp)),
        ctx.transcript.clone(),
        Duration::from_secs(2),
    ))
}

/// What a sign-in with `caps` (IMAP capability atoms) hands on.
fn signed_in(caps: &[&str]) -> SignedIn {
    let atoms: Vec<String> = caps.iter().map(|c| (*c).to_owned()).collect();
    SignedIn {
        capabilities: imap::capability_set(&atoms),
        mechanism: Mechanism::ImapLogin,
        notices: Vec::new(),
    }
}

/// Runs the stage against `script` as an already signed-in session with `caps`.
async fn stage(protocol: Protocol, caps: &[&str], script: Vec<Step>) -> (StageOutcome, Ctx) {
    let dialect = if protocol == Protocol::Pop3 { Dialect::Pop3 } else { Dialect::Imap };
    let server = FakeServer::plain(dialect, script).await;
    let ctx = support::ctx();
    let mut client = client(&ctx, &server).await;
    let outcome = mailbox::run(&ctx, &target(protocol, server.port()), &mut client, &signed_in(caps)).await;
    (outcome, ctx)
}

/// The codes the classifier gives `line` after sign-in, as ids: what the stage must report.
fn classified(protocol: Protocol, lines: &[&str]) -> Vec<&'static str> {
    let answer = Answer::from_lines(protocol, lines);
    let verdict = classify::classify(&Input::new(Phase::AfterLogin, &answer)).expect("classified");
    verdict.findings().iter().map(|f| f.code.id()).collect()
}

fn codes(outcome: &StageOutcome) -> Vec<&'static str> {
    outcome.findings.iter().map(|f| f.code.id()).collect()
}

/// The evidence `label` of every finding `code`.
fn evidence(outcome: &StageOutcome, code: &str, label: &str) -> Vec<String> {
    let found = outcome.findings.iter().filter(|f| f.code.id() == code);
    found.flat_map(|f| f.evidence.iter().filter(|e| e.label == label).map(|e| e.value.clone())).collect()
}

fn sent(ctx: &Ctx) -> Vec<String> {
    ctx.transcript.lines().into_iter().filter(|l| l.dir == Direction::Client).map(|l| l.text).collect()
}

fn folder<'a>(data: &'a Value, name: &str) -> &'a Value {
    let folders = data["folders"].as_array().expect("folders");
    folders.iter().find(|f| f["name"] == name).unwrap_or_else(|| panic!("no folder {name} in {data}"))
}

/// `LIST` answered with `lines`, then `OK`.
fn list(lines: &[&str]) -> Vec<Step> {
    let mut steps = vec![Step::Recv];
    steps.extend(lines.iter().map(|l| send(l)));
    steps.push(send("{tag} OK List completed."));
    steps
}

#[tokio::test]
async fn a_folder_over_ten_thousand_messages_is_flagged_by_name() {
    let mut script = list(&[
        r#"* LIST (\HasNoChildren) "/" INBOX"#,
        r#"* LIST (\HasNoChildren \Archive) "/" "Archive 2019""#,
        r#"* LIST (\HasChildren \Noselect) "/" "[Gmail]""#,
    ]);
    script.extend([
        Step::Recv,
        send(r#"* STATUS INBOX (MESSAGES 17208 UNSEEN 4)"#),
        send("{tag} OK Status completed."),
        Step::Recv,
        send(r#"* STATUS "Archive 2019" (MESSAGES 31002 UNSEEN 0)"#),
        send("{tag} OK Status completed."),
    ]);
    let (outcome, ctx) = stage(Protocol::Imap, &["IMAP4REV1", "IDLE"], script).await;

    assert_eq!(codes(&outcome), ["mailbox.folder_too_large", "mailbox.folder_too_large"]);
    // The largest first, with its name and count as a person reads them.
    assert_eq!(evidence(&outcome, "mailbox.folder_too_large", "folder"), ["Archive 2019", "INBOX"]);
    assert_eq!(evidence(&outcome, "mailbox.folder_too_large", "messages"), ["31,002", "17,208"]);
    assert_eq!(outcome.status, StageStatus::Warn);
    assert_eq!(outcome.detail, "3 folders, 48,210 messages. Archive 2019 holds 31,002 messages.");
    // The \Noselect folder was listed but never asked about; nothing was selected.
    let sent = sent(&ctx);
    assert!(sent.iter().all(|l| !l.contains("[Gmail]\"") && !l.contains("SELECT")), "{sent:?}");
    assert_eq!(folder(&outcome.data, "Archive 2019")["messages"], 31002);
    assert_eq!(folder(&outcome.data, "[Gmail]")["selectable"], false);
}

#[tokio::test]
async fn a_quota_at_its_limit_is_over_quota() {
    let mut script = list(&[r#"* LIST (\HasNoChildren) "." INBOX"#]);
    script.extend([
        Step::Recv,
        send("* STATUS INBOX (MESSAGES 812 UNSEEN 2)"),
        send("{tag} OK Status completed."),
        Step::Recv,
        send(r#"* QUOTAROOT INBOX "User quota""#),
        send(r#"* QUOTA "User quota" (STORAGE 2048000 2048000 MESSAGE 812 0)"#),
        send("{tag} OK Getquotaroot completed."),
    ]);
    let (outcome, ctx) = stage(Protocol::Imap, &["IMAP4REV1", "QUOTA"], script).await;

    assert_eq!(codes(&outcome), ["mailbox.over_quota"]);
    assert_eq!(outcome.status, StageStatus::Fail);
    assert_eq!(evidence(&outcome, "mailbox.over_quota", "used"), ["2.0 GB (2,048,000 KiB)"]);
    assert!(outcome.detail.contains("the mailbox is full"), "{}", outcome.detail);
    let quota = &outcome.data["quota"];
    assert_eq!((quota["used_kib"].as_u64(), quota["limit_kib"].as_u64()), (Some(2_048_000), Some(2_048_000)));
    assert_eq!(quota["percent"].as_f64(), Some(100.0));
    assert!(sent(&ctx).iter().any(|l| l.ends_with("GETQUOTAROOT INBOX")));
}

#[tokio::test]
async fn a_pop3_maildrop_of_twelve_thousand_messages_is_too_large() {
    let script = vec![Step::Recv, send("+OK 12000 2100000000")];
    let (outcome, ctx) = stage(Protocol::Pop3, &["USER", "UIDL"], script).await;

    assert_eq!(codes(&outcome), ["mailbox.folder_too_large"]);
    assert_eq!(evidence(&outcome, "mailbox.folder_too_large", "folder"), ["INBOX (POP)"]);
    assert_eq!(outcome.detail, "12,000 messages, 2.0 GB.");
    assert_eq!(outcome.data["counts"]["messages"], 12000);
    assert_eq!(sent(&ctx), ["STAT"]);
}

#[tokio::test]
async fn a_small_pop3_maildrop_passes_with_its_size() {
    let (outcome, _) = stage(Protocol::Pop3, &[], vec![Step::Recv, send("+OK 2 320")]).await;
    assert_eq!((outcome.status, outcome.detail.as_str()), (StageStatus::Pass, "2 messages, 320 bytes."));
}

#[tokio::test]
async fn a_pop3_maildrop_locked_by_another_session_is_in_use() {
    // F13 (Dovecot).
    let script = vec![Step::Recv, send("-ERR [IN-USE] Mailbox is locked by another POP3 session.")];
    let (outcome, _) = stage(Protocol::Pop3, &[], script).await;

    assert_eq!(codes(&outcome), ["mailbox.in_use"]);
    assert_eq!(
        evidence(&outcome, "mailbox.in_use", "server said"),
        ["-ERR [IN-USE] Mailbox is locked by another POP3 session."]
    );
    assert_eq!(outcome.status, StageStatus::Fail);
}

#[tokio::test]
async fn a_pop3_in_use_answer_about_connections_is_a_connection_limit() {
    // E04 (Dovecot 2.4): [IN-USE] with the connection-limit text.
    let line =
        "-ERR [IN-USE] Maximum number of connections from user+IP exceeded (mail_max_userip_connections=10)";
    let (outcome, _) = stage(Protocol::Pop3, &[], vec![Step::Recv, send(line)]).await;
    assert_eq!(codes(&outcome), ["limits.too_many_connections"]);
}

/// A server that answers each line with `answer(line)` and records every line it receives.
struct Recorder {
    addr: std::net::SocketAddr,
    received: Arc<Mutex<Vec<String>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Recorder {
    async fn start(answer: fn(&str) -> Vec<u8>) -> Recorder {
        use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        let received = Arc::new(Mutex::new(Vec::new()));
        let log = received.clone();
        let task = tokio::spawn(async move {
            let Ok((tcp, _)) = listener.accept().await else { return };
            let mut stream = BufReader::new(tcp);
            let mut line = String::new();
            while stream.read_line(&mut line).await.unwrap_or(0) > 0 {
                let text = line.trim_end().to_owned();
                log.lock().expect("log").push(text.clone());
                if stream.get_mut().write_all(&answer(&text)).await.is_err() {
                    return;
                }
                line.clear();
            }
        });
        Recorder { addr, received, task }
    }

    /// Runs the IMAP stage against it and returns the outcome and every line it received.
    async fn run(self, caps: &[&str]) -> (StageOutcome, Vec<String>) {
        let ctx = support::ctx();
        let tcp = TcpStream::connect(self.addr).await.expect("connect");
        let session =
            Session::new(MailStream::Plain(Recorded::new(tcp)), Transcript::default(), ctx.timeouts.io);
        let mut client = Client::new(session);
        let outcome =
            mailbox::run(&ctx, &target(Protocol::Imap, self.addr.port()), &mut client, &signed_in(caps))
                .await;
        drop(client);
        let _ = tokio::time::timeout(Duration::from_secs(2), self.task).await;
        let received = self.received.lock().expect("log").clone();
        (outcome, received)
    }
}

fn tag(line: &str) -> &str {
    line.split(' ').next().unwrap_or("*")
}

#[tokio::test]
async fn a_server_that_floods_list_lines_is_read_only_so_far() {
    fn flood(line: &str) -> Vec<u8> {
        let mut out = Vec::new();
        if line.contains(" LIST ") {
            for i in 0..6_000 {
                out.extend_from_slice(
                    format!("* LIST (\\HasNoChildren) \"/\" \"Folder {i}\"\r\n").as_bytes(),
                );
            }
        }
        out
    }
    let started = Instant::now();
    let (outcome, received) = Recorder::start(flood).await.run(&["LIST-STATUS", "QUOTA"]).await;

    assert!(started.elapsed() < Duration::from_secs(5), "took {:?}", started.elapsed());
    assert_eq!(outcome.data["counts"]["listed"], mailbox::MAX_FOLDERS);
    assert_eq!(outcome.data["folders"].as_array().map(Vec::len), Some(mailbox::FOLDERS_SHOWN));
    assert_eq!(outcome.data["truncated"], true);
    assert!(outcome.detail.starts_with("The folder list could not be read"), "{}", outcome.detail);
    // Once the session is out of step, nothing more is sent (no STATUS, no GETQUOTAROOT).
    assert_eq!(received.len(), 1, "{received:?}");
}

#[tokio::test]
async fn many_folders_are_kept_and_counted_only_up_to_the_limits() {
    fn answer(line: &str) -> Vec<u8> {
        let mut out = String::new();
        if line.contains(" LIST ") {
            for i in 0..1_500 {
                out.push_str(&format!("* LIST () \"/\" \"F{i}\"\r\n"));
            }
        }
        out.push_str(&format!("{} OK done\r\n", tag(line)));
        out.into_bytes()
    }
    let (outcome, received) = Recorder::start(answer).await.run(&["IMAP4REV1"]).await;

    let counts = &outcome.data["counts"];
    assert_eq!((counts["folders"].as_u64(), counts["listed"].as_u64()), (Some(1_500), Some(1_000)));
    let status_commands = received.iter().filter(|l| l.contains(" STATUS ")).count();
    assert_eq!(status_commands, mailbox::MAX_STATUS);
    assert_eq!(outcome.data["truncated"], true);
    assert_eq!(outcome.status, StageStatus::Pass);
    assert_eq!(outcome.detail, "1,500 folders; the server gave no message counts.");
}

#[tokio::test]
async fn literal_and_utf7_names_are_counted_and_an_inuse_folder_is_reported() {
    let mut script = list(&[
        r#"* LIST (\HasNoChildren) "/" INBOX"#,
        r#"* LIST (\HasNoChildren \Drafts) "/" "Entw&APw-rfe""#,
        r#"* LIST (\HasNoChildren) "/" {5}"#,
        "Späm",
    ]);
    script.extend([
        Step::Recv,
        Step::Recv,
        send("* STATUS INBOX (MESSAGES 3 UNSEEN 0)"),
        send(r#"* STATUS "Entw&APw-rfe" (MESSAGES 20000 UNSEEN 0)"#),
        send("a2 OK Status completed."),
        send("a3 OK Status completed."),
        // A name with 8-bit bytes goes as a synchronising literal: wait for "+".
        Step::Recv,
        send("+ OK"),
        Step::Recv,
        send("a4 NO [INUSE] Mailbox is locked by another session"),
    ]);
    let (outcome, ctx) = stage(Protocol::Imap, &["IMAP4REV1"], script).await;

    assert_eq!(codes(&outcome), ["mailbox.folder_too_large", "mailbox.in_use"]);
    assert_eq!(evidence(&outcome, "mailbox.folder_too_large", "folder"), ["Entwürfe"]);
    assert_eq!(evidence(&outcome, "mailbox.in_use", "folder"), ["Späm"]);
    let sent = sent(&ctx);
    assert!(sent.contains(&"a4 STATUS {5}".to_owned()), "{sent:?}");
    assert!(sent.contains(&"Späm (MESSAGES UNSEEN)".to_owned()), "{sent:?}");
    assert_eq!(outcome.data["refused"][0]["command"], "STATUS Späm");
}

#[tokio::test]
async fn a_healthy_mailbox_passes_with_counts_and_quota_in_the_data() {
    let mut script = list(&[
        r#"* LIST (\HasNoChildren) "." INBOX"#,
        "* STATUS INBOX (MESSAGES 12 UNSEEN 3)",
        r#"* LIST (\HasNoChildren \Sent) "." Sent"#,
        "* STATUS Sent (MESSAGES 40 UNSEEN 0)",
    ]);
    script.extend([
        Step::Recv,
        send(r#"* QUOTAROOT INBOX """#),
        send(r#"* QUOTA "" (STORAGE 1024 2048)"#),
        send("{tag} OK Getquotaroot completed."),
    ]);
    let (outcome, ctx) = stage(Protocol::Imap, &["IMAP4REV1", "LIST-STATUS", "QUOTA"], script).await;

    assert!(outcome.findings.is_empty(), "{:?}", outcome.findings);
    assert_eq!(outcome.status, StageStatus::Pass);
    assert_eq!(outcome.detail, "2 folders, 52 messages. 1.0 MB of 2.0 MB storage used (50%).");
    let data = &outcome.data;
    assert_eq!((data["counts"]["messages"].as_u64(), data["counts"]["unseen"].as_u64()), (Some(52), Some(3)));
    assert_eq!(folder(data, "Sent")["special_use"], "sent");
    assert_eq!(data["quota"]["percent"].as_f64(), Some(50.0));
    assert_eq!(data["list_status"], true);
    // One LIST with RETURN (STATUS …), one GETQUOTAROOT, and no STATUS commands.
    assert_eq!(sent(&ctx), ["a1 LIST \"\" \"*\" RETURN (STATUS (MESSAGES UNSEEN))", "a2 GETQUOTAROOT INBOX"]);
}

#[tokio::test]
async fn a_refused_list_is_recorded_and_judged_by_the_classifier() {
    let line = "a1 NO [SERVERBUG] Internal error";
    let script = vec![Step::Recv, send(line)];
    let (outcome, _) = stage(Protocol::Imap, &["IMAP4REV1"], script).await;
    // [SERVERBUG] is a fault on the server's side, not the settings'.
    assert_eq!(codes(&outcome), classified(Protocol::Imap, &[line]));
    assert_eq!(codes(&outcome), ["auth.server_error"]);
    assert_eq!(evidence(&outcome, codes(&outcome)[0], "server said"), [line]);
    assert_eq!(outcome.data["refused"][0]["answer"], line);
    assert!(outcome.detail.contains("NO [SERVERBUG]"), "{}", outcome.detail);
}

#[tokio::test]
async fn a_refused_status_the_classifier_cannot_place_is_recorded_without_a_finding() {
    let mut script = list(&[r#"* LIST (\HasNoChildren) "/" Junk"#]);
    script.extend([Step::Recv, send("{tag} NO [NONEXISTENT] Mailbox doesn't exist: Junk")]);
    let (outcome, _) = stage(Protocol::Imap, &["IMAP4REV1"], script).await;
    assert!(outcome.findings.is_empty(), "{:?}", outcome.findings);
    assert_eq!(outcome.data["refused"][0]["command"], "STATUS Junk");
    assert_eq!(folder(&outcome.data, "Junk")["refused"], "a2 NO [NONEXISTENT] Mailbox doesn't exist: Junk");
}

#[tokio::test]
async fn an_over_quota_alert_inside_an_answer_is_reported_as_the_classifier_reads_it() {
    // E17's alert, untagged, inside the STATUS answer that still succeeds.
    let alert = "* NO [OVERQUOTA] Quota exceeded (mailbox for user is full)";
    let mut script = list(&[r#"* LIST (\HasNoChildren) "/" INBOX"#]);
    script.extend([
        Step::Recv,
        send(alert),
        send("* STATUS INBOX (MESSAGES 3 UNSEEN 0)"),
        send("{tag} OK done"),
    ]);
    let (outcome, _) = stage(Protocol::Imap, &["IMAP4REV1"], script).await;
    let expected = classified(Protocol::Imap, &[alert, "a2 OK done"]);
    assert_eq!(expected, ["mailbox.over_quota"]);
    assert_eq!(codes(&outcome), expected);
    assert!(evidence(&outcome, expected[0], "server said")[0].contains("Quota exceeded"));
    assert_eq!(outcome.data["alerts"][0], alert);
}

#[tokio::test]
async fn what_the_sign_in_answer_said_is_reported_by_the_mailbox_stage() {
    let server = FakeServer::plain(Dialect::Pop3, vec![Step::Recv, send("+OK 2 320")]).await;
    let ctx = support::ctx();
    let mut client = client(&ctx, &server).await;
    let mut signed_in = signed_in(&[]);
    let notice = maildoctor::diagnosis::Finding::new(maildoctor::diagnosis::Code::LimitsThrottled);
    signed_in.notices.push(notice.clone());
    let outcome = mailbox::run(&ctx, &target(Protocol::Pop3, server.port()), &mut client, &signed_in).await;
    assert_eq!(codes(&outcome), ["limits.throttled"]);
    assert_eq!(outcome.status, StageStatus::Warn);
}

#[tokio::test]
async fn smtp_has_no_mailbox_stage() {
    let (outcome, ctx) = stage(Protocol::Smtp, &[], vec![Step::Hang]).await;
    assert_eq!(outcome.status, StageStatus::Skip);
    assert!(sent(&ctx).is_empty());
}

#[tokio::test]
async fn a_server_that_dribbles_answers_is_cut_off_by_the_time_budget() {
    let mut script = list(&[r#"* LIST () "/" INBOX"#]);
    script.push(Step::Recv);
    for _ in 0..40 {
        script.extend([Step::Sleep(Duration::from_millis(200)), send("* OK [ALERT] still thinking")]);
    }
    let server = FakeServer::plain(Dialect::Imap, script).await;
    let mut ctx = support::ctx();
    // Three seconds left: the stage keeps some back for LOGOUT and stops after about one.
    ctx.deadline = Instant::now() + Duration::from_secs(3);
    let mut client = client(&ctx, &server).await;
    let started = Instant::now();
    let outcome =
        mailbox::run(&ctx, &target(Protocol::Imap, server.port()), &mut client, &signed_in(&[])).await;

    assert!(started.elapsed() < Duration::from_millis(2_500), "took {:?}", started.elapsed());
    assert!(outcome.detail.contains("time budget"), "{}", outcome.detail);
    assert_eq!(outcome.data["stopped"], "the time budget for this stage ran out");
    assert_eq!(outcome.data["alerts"][0], "* OK [ALERT] still thinking");
}

#[tokio::test]
async fn folders_that_list_status_left_uncounted_are_asked_one_by_one() {
    let mut script = list(&[
        r#"* LIST (\HasNoChildren) "/" INBOX"#,
        "* STATUS INBOX (MESSAGES 5 UNSEEN 1)",
        r#"* LIST (\HasNoChildren) "/" Later"#,
    ]);
    script.extend([Step::Recv, send("* STATUS Later (MESSAGES 10001 UNSEEN 0)"), send("{tag} OK done")]);
    let (outcome, ctx) = stage(Protocol::Imap, &["LIST-STATUS"], script).await;

    assert_eq!(evidence(&outcome, "mailbox.folder_too_large", "folder"), ["Later"]);
    assert_eq!(sent(&ctx)[1], "a2 STATUS \"Later\" (MESSAGES UNSEEN)");
    assert_eq!(outcome.data["counts"]["messages"], 10006);
}
