//! The send check (SMTP, opt-in) against in-process fakes that answer with real servers' words
//! (sources in src/checks/classify/cases/send.txt): MAIL FROM and RCPT TO after sign-in, then
//! RSET — never DATA — and every refusal classified.

use maildoctor::report::Report;
use maildoctor::secret::Password;
use maildoctor::stage::{Stage, StageStatus};
use maildoctor::target::{DiagnoseRequest, Protocol, SecurityChoice};

use crate::support::certs::TestCa;
use crate::support::fake_server::{Dialect, FakeServer, Step, send};
use crate::support::{self, codes};

const PASSWORD: &str = "send-check-secret-Ω";

struct Smtp {
    ca: TestCa,
    server: FakeServer,
}

/// An SMTP server over TLS: `greeting`, EHLO with `extensions`, AUTH accepted, then each of
/// `answers` in turn to the commands that follow (MAIL FROM, RCPT TO, RSET).
async fn smtp(greeting: &str, extensions: &[&str], answers: &[&str]) -> Smtp {
    let ca = TestCa::new("Send Test CA");
    let config = ca.leaf("smtp.example.test", &["127.0.0.1"], (-1, 90)).server_config();
    let mut script = vec![send(greeting), Step::Recv];
    let last = extensions.len().saturating_sub(1);
    script.push(send(if extensions.is_empty() { "250 smtp.example.test" } else { "250-smtp.example.test" }));
    for (i, e) in extensions.iter().enumerate() {
        script.push(send(&format!("250{}{e}", if i == last { ' ' } else { '-' })));
    }
    script.extend([Step::Recv, send("235 2.7.0 Authentication successful")]);
    for answer in answers {
        script.extend([Step::Recv, send(answer)]);
    }
    let server = FakeServer::tls(Dialect::Smtp, script, config).await;
    Smtp { ca, server }
}

fn request(port: u16, username: &str, send_from: Option<&str>) -> DiagnoseRequest {
    let mut req = support::request(Protocol::Smtp, "127.0.0.1", port, SecurityChoice::Tls);
    req.username = Some(username.to_owned());
    req.password = Some(Password::new(PASSWORD));
    req.options.send_test = true;
    req.options.send_from = send_from.map(str::to_owned);
    req
}

async fn run(t: &Smtp, req: &DiagnoseRequest) -> Report {
    support::engine(Some(t.ca.pem.clone())).diagnose(req).await
}

fn sent(report: &Report) -> Vec<String> {
    report.transcript.iter().filter(|l| format!("{:?}", l.dir) == "Client").map(|l| l.text.clone()).collect()
}

fn assert_nothing_sent_and_no_password(report: &Report) {
    let lines = sent(report);
    assert!(
        !lines.iter().any(|l| l.eq_ignore_ascii_case("DATA") || l.starts_with("BDAT")),
        "never DATA: {lines:?}"
    );
    assert!(lines.iter().any(|l| l == "RSET"), "the transaction is cancelled: {lines:?}");
    let json = serde_json::to_string(report).unwrap();
    for form in Password::new(PASSWORD).forms("alice@example.test") {
        assert!(!json.contains(&form), "a password form in the report");
    }
}

#[tokio::test]
async fn an_accepted_sender_and_recipient_are_reported_with_the_size_limit_and_nothing_is_sent() {
    let t = smtp(
        "220 smtp.example.test ESMTP Postfix",
        &["SIZE 35882577", "AUTH PLAIN LOGIN", "ENHANCEDSTATUSCODES"],
        &["250 2.1.0 Ok", "250 2.1.5 Ok", "250 2.0.0 Ok"],
    )
    .await;
    let report = run(&t, &request(t.server.port(), "alice@example.test", None)).await;
    let mailbox = report.stage(Stage::Mailbox).expect("the mailbox stage");
    assert_eq!(mailbox.status, StageStatus::Pass, "{:?} {:#?}", codes(&report), report.transcript);
    assert!(codes(&report).contains(&"send.accepted".to_owned()), "{:?}", codes(&report));
    assert_eq!(mailbox.data["size_limit"], 35_882_577);
    assert_eq!(mailbox.data["data_sent"], false);
    let lines = sent(&report);
    assert!(lines.contains(&"MAIL FROM:<alice@example.test> SIZE=1024".to_owned()), "{lines:?}");
    assert!(
        lines.contains(&"RCPT TO:<alice@example.test>".to_owned()),
        "the sender is the default recipient"
    );
    let accepted = report.findings.iter().find(|f| f.code.id() == "send.accepted").unwrap();
    assert!(accepted.evidence.iter().any(|e| e.value.contains("35.9 MB")), "{:?}", accepted.evidence);
    assert_nothing_sent_and_no_password(&report);
}

#[tokio::test]
async fn a_sender_the_account_does_not_own_is_named_as_the_problem_and_rcpt_is_never_asked() {
    let t = smtp(
        "220 mail.example.test ESMTP Postfix",
        &["SIZE 10240000", "AUTH PLAIN"],
        &[
            "553 5.7.1 <boss@example.test>: Sender address rejected: not owned by user alice@example.test",
            "250 2.0.0 Ok",
        ],
    )
    .await;
    let report = run(&t, &request(t.server.port(), "alice@example.test", Some("boss@example.test"))).await;
    assert_eq!(report.primary.map(|c| c.id()), Some("send.sender_not_permitted"), "{:?}", codes(&report));
    let finding = report.findings.iter().find(|f| f.code.id() == "send.sender_not_permitted").unwrap();
    assert!(
        finding.evidence.iter().any(|e| e.value.contains("not owned by user")),
        "the server's words are quoted"
    );
    assert!(finding.remedy.iter().any(|s| s.contains("alias")), "{:?}", finding.remedy);
    assert!(!sent(&report).iter().any(|l| l.starts_with("RCPT")), "{:?}", sent(&report));
    assert!(!codes(&report).contains(&"send.size_limit_small".to_owned()), "10.24 MB is not small");
    assert_nothing_sent_and_no_password(&report);
}

#[tokio::test]
async fn microsofts_send_as_refusal_and_gmails_daily_quota_are_recognised_by_their_codes() {
    let t = smtp(
        "220 BN0PR04CA0001.outlook.office365.com Microsoft ESMTP MAIL Service ready",
        &["SIZE 157286400", "AUTH LOGIN XOAUTH2"],
        &["550 5.7.60 SMTP; Client does not have permissions to send as this sender [BN0PR04CA0001.namprd04.prod.outlook.com]", "250 2.0.0 OK"],
    )
    .await;
    let mut req = request(t.server.port(), "alice@example.test", Some("shared@example.test"));
    req.options.allow_insecure_auth = false;
    let report = run(&t, &req).await;
    assert_eq!(report.primary.map(|c| c.id()), Some("send.sender_not_permitted"), "{:?}", codes(&report));

    let t = smtp(
        "220 smtp.gmail.com ESMTP a1sm1234567abc.12 - gsmtp",
        &["SIZE 35882577", "AUTH LOGIN PLAIN XOAUTH2"],
        &[
            "250 2.1.0 OK a1sm1234567abc.12 - gsmtp",
            "550 5.4.5 Daily user sending quota exceeded. a1sm1234567abc.12 - gsmtp",
            "250 2.1.5 Flushed",
        ],
    )
    .await;
    let report = run(&t, &request(t.server.port(), "alice@gmail.com", None)).await;
    assert_eq!(report.primary.map(|c| c.id()), Some("send.limit_reached"), "{:?}", codes(&report));
    let finding = report.findings.iter().find(|f| f.code.id() == "send.limit_reached").unwrap();
    assert_eq!(
        report.provider.as_ref().map(|p| p.id.as_str()),
        Some("gmail"),
        "from the greeting and the user name"
    );
    assert!(
        finding.remedy.iter().any(|s| s.contains("500 recipients")),
        "Gmail's own steps: {:?}",
        finding.remedy
    );
    assert_nothing_sent_and_no_password(&report);
}

#[tokio::test]
async fn a_refused_recipient_a_small_size_limit_and_a_temporary_refusal() {
    let t = smtp(
        "220 mail.example.test ESMTP",
        &["SIZE 5242880", "AUTH PLAIN"],
        &["250 2.1.0 Ok", "550 5.1.1 <nobody@example.test>: Recipient address rejected: User unknown in local recipient table", "250 2.0.0 Ok"],
    )
    .await;
    let mut req = request(t.server.port(), "alice@example.test", None);
    req.options.send_to = Some("nobody@example.test".into());
    let report = run(&t, &req).await;
    let found = codes(&report);
    assert!(found.contains(&"send.recipient_refused".to_owned()), "{found:?}");
    assert!(found.contains(&"send.size_limit_small".to_owned()), "5 MB is small: {found:?}");

    let t = smtp(
        "220 mail.example.test ESMTP",
        &["AUTH PLAIN"],
        &["451 4.3.0 Temporary lookup failure", "250 2.0.0 Ok"],
    )
    .await;
    let report = run(&t, &request(t.server.port(), "alice@example.test", None)).await;
    assert_eq!(report.primary.map(|c| c.id()), Some("send.temporary_failure"), "{:?}", codes(&report));
    assert!(
        sent(&report).contains(&"MAIL FROM:<alice@example.test>".to_owned()),
        "no SIZE= when none is advertised"
    );
}

#[tokio::test]
async fn without_an_address_or_without_a_password_the_check_says_why_it_did_not_run() {
    let t = smtp("220 mail.example.test ESMTP", &["AUTH PLAIN"], &["250 2.0.0 Ok"]).await;
    let report = run(&t, &request(t.server.port(), "alice", None)).await;
    assert!(codes(&report).contains(&"send.no_sender".to_owned()), "{:?}", codes(&report));
    assert!(!sent(&report).iter().any(|l| l.starts_with("MAIL")));

    let t = smtp("220 mail.example.test ESMTP", &["AUTH PLAIN"], &[]).await;
    let mut req = support::request(Protocol::Smtp, "127.0.0.1", t.server.port(), SecurityChoice::Tls);
    req.options.send_test = true;
    let report = run(&t, &req).await;
    assert!(codes(&report).contains(&"send.needs_signin".to_owned()), "{:?}", codes(&report));
    assert_eq!(report.verdict.name(), "ok", "expected, not a fault");
}
