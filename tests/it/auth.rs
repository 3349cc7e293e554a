//! The `auth` stage through the engine: when a password is (not) sent, each mechanism, and
//! how the server's refusal is classified, against in-process fakes over verified TLS.

use maildoctor::report::Report;
use maildoctor::secret::Password;
use maildoctor::stage::{Stage, StageStatus};
use maildoctor::target::{DiagnoseRequest, Protocol, SecurityChoice};

use crate::support::certs::TestCa;
use crate::support::fake_server::{Dialect, FakeServer, Step, send};
use crate::support::{self, assert_code, codes};

const PASSWORD: &str = "hunter2-Ω";

struct Tls {
    ca: TestCa,
    config: std::sync::Arc<rustls::ServerConfig>,
}

fn tls() -> Tls {
    let ca = TestCa::new("Auth Test CA");
    let config = ca.leaf("mail.example.test", &["127.0.0.1"], (-1, 90)).server_config();
    Tls { ca, config }
}

fn with_password(protocol: Protocol, port: u16, security: SecurityChoice, password: &str) -> DiagnoseRequest {
    let mut req = support::request(protocol, "127.0.0.1", port, security);
    req.username = Some("alice@example.test".into());
    req.password = Some(Password::new(password));
    req
}

async fn run(ca: Option<&TestCa>, req: &DiagnoseRequest) -> Report {
    support::engine(ca.map(|c| c.pem.clone())).diagnose(req).await
}

fn auth_status(report: &Report) -> Option<StageStatus> {
    report.stage(Stage::Auth).map(|s| s.status)
}

/// The password in every form it can take must appear nowhere in the report.
fn assert_no_password(report: &Report) {
    let json = serde_json::to_string(report).expect("json");
    for form in Password::new(PASSWORD).forms("alice@example.test") {
        assert!(!json.contains(&form), "the report leaks a password form {form:?}");
    }
}

#[tokio::test]
async fn imap_authenticate_plain_with_sasl_ir_signs_in_and_examines_the_inbox() {
    let t = tls();
    let script = vec![send("* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] Dovecot ready.")];
    let server = FakeServer::tls(Dialect::Imap, script, t.config.clone()).await;
    let report =
        run(Some(&t.ca), &with_password(Protocol::Imap, server.port(), SecurityChoice::Tls, PASSWORD)).await;
    assert_eq!(
        auth_status(&report),
        Some(StageStatus::Pass),
        "{:?} {:#?}",
        codes(&report),
        report.transcript
    );
    let lines: Vec<&str> = report.transcript.iter().map(|l| l.text.as_str()).collect();
    assert!(lines.iter().any(|l| l.starts_with("a1 AUTHENTICATE PLAIN [password hidden]")), "{lines:#?}");
    assert!(lines.iter().any(|l| l.ends_with(" EXAMINE INBOX")), "{lines:#?}");
    assert!(lines.iter().any(|l| l.ends_with(" LOGOUT")), "the session logs out: {lines:#?}");
    // Every command has a tag of its own.
    let tags: Vec<&str> = report
        .transcript
        .iter()
        .filter(|l| l.dir == maildoctor::transcript::Direction::Client)
        .filter_map(|l| l.text.split(' ').next())
        .collect();
    let unique: std::collections::BTreeSet<&&str> = tags.iter().collect();
    assert_eq!(unique.len(), tags.len(), "{tags:?}");
    assert_no_password(&report);
}

#[tokio::test]
async fn imap_login_sends_an_8bit_password_as_a_literal_and_never_records_it() {
    let t = tls();
    let script = vec![
        send("* OK [CAPABILITY IMAP4rev1] ready."),
        Step::Recv, // a1 LOGIN "alice@example.test" {10}
        send("+ go ahead"),
        Step::Recv, // the literal
        send("a1 OK LOGIN completed"),
    ];
    let server = FakeServer::tls(Dialect::Imap, script, t.config.clone()).await;
    let report =
        run(Some(&t.ca), &with_password(Protocol::Imap, server.port(), SecurityChoice::Tls, PASSWORD)).await;
    assert_eq!(auth_status(&report), Some(StageStatus::Pass), "{:#?}", report.transcript);
    let lines: Vec<&str> = report.transcript.iter().map(|l| l.text.as_str()).collect();
    assert!(lines.contains(&"a1 LOGIN \"alice@example.test\" {10}"), "{lines:#?}");
    assert_no_password(&report);
}

#[tokio::test]
async fn a_wrong_imap_password_is_reported_as_invalid_credentials_quoting_the_server() {
    let t = tls();
    let script = vec![
        send("* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] Dovecot ready."),
        Step::Recv,
        send("{tag} NO [AUTHENTICATIONFAILED] Authentication failed."),
    ];
    let server = FakeServer::tls(Dialect::Imap, script, t.config.clone()).await;
    let report =
        run(Some(&t.ca), &with_password(Protocol::Imap, server.port(), SecurityChoice::Tls, PASSWORD)).await;
    assert_code(&report, "auth.invalid_credentials");
    assert_eq!(report.primary.map(|c| c.id()), Some("auth.invalid_credentials"));
    let finding = report.primary_finding().expect("primary");
    assert!(
        finding.evidence.iter().any(|e| e.value.contains("Authentication failed.")),
        "{:?}",
        finding.evidence
    );
    assert_no_password(&report);
}

/// A refusal whose meaning is only in words of a legacy encoding reaches the classifier
/// decoded: KOI8-R Russian from a POP3 server, GBK Chinese from an IMAP server.
#[tokio::test]
async fn a_refusal_in_koi8_r_or_gbk_is_read_by_its_words_and_quoted_as_text() {
    let t = tls();
    let koi8 = b"-ERR \xee\xc5\xd7\xc5\xd2\xce\xd9\xca \xd0\xc1\xd2\xcf\xcc\xd8\r\n".to_vec(); // Неверный пароль
    let script = vec![
        send("+OK ready."),
        Step::Recv,
        send("+OK"),
        send("USER"),
        send("."),
        Step::Recv,
        send("+OK"),
        Step::Recv,
        Step::Raw(koi8),
    ];
    let server = FakeServer::tls(Dialect::Pop3, script, t.config.clone()).await;
    let report =
        run(Some(&t.ca), &with_password(Protocol::Pop3, server.port(), SecurityChoice::Tls, PASSWORD)).await;
    assert_eq!(report.primary.map(|c| c.id()), Some("auth.invalid_credentials"), "{:?}", codes(&report));
    let finding = report.primary_finding().expect("primary");
    assert!(finding.evidence.iter().any(|e| e.value.contains("Неверный пароль")), "{:?}", finding.evidence);

    let gbk = b"{tag} NO \xd5\xca\xba\xc5\xbb\xf2\xc3\xdc\xc2\xeb\xb4\xed\xce\xf3\r\n".to_vec(); // 帐号或密码错误
    let script =
        vec![send("* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready."), Step::Recv, Step::Raw(gbk)];
    let server = FakeServer::tls(Dialect::Imap, script, t.config.clone()).await;
    let report =
        run(Some(&t.ca), &with_password(Protocol::Imap, server.port(), SecurityChoice::Tls, PASSWORD)).await;
    assert_eq!(report.primary.map(|c| c.id()), Some("auth.invalid_credentials"), "{:?}", codes(&report));
    let finding = report.primary_finding().expect("primary");
    assert!(finding.evidence.iter().any(|e| e.value.contains("帐号或密码错误")), "{:?}", finding.evidence);
}

#[tokio::test]
async fn a_server_offering_id_is_told_the_client_before_the_inbox_is_opened() {
    // NetEase (163/126) answers EXAMINE/SELECT with "Unsafe Login" to clients that send no ID.
    let t = tls();
    let script = vec![
        send("* OK [CAPABILITY IMAP4rev1 ID SASL-IR AUTH=PLAIN] Coremail System IMap Server Ready"),
        Step::Recv, // AUTHENTICATE
        send("{tag} OK [CAPABILITY IMAP4rev1 ID] Logged in"),
        Step::Recv, // ID ("name" "maildoctor" …)
        send("* ID NIL"),
        send("{tag} OK ID completed"),
        Step::Recv, // EXAMINE INBOX
        send("* 0 EXISTS"),
        send("{tag} OK [READ-ONLY] EXAMINE completed"),
    ];
    let server = FakeServer::tls(Dialect::Imap, script, t.config.clone()).await;
    let report =
        run(Some(&t.ca), &with_password(Protocol::Imap, server.port(), SecurityChoice::Tls, PASSWORD)).await;
    assert_eq!(auth_status(&report), Some(StageStatus::Pass), "{:?}", codes(&report));
    let sent: Vec<&str> = report
        .transcript
        .iter()
        .filter(|l| l.dir == maildoctor::transcript::Direction::Client)
        .map(|l| l.text.as_str())
        .collect();
    let id = sent.iter().position(|l| l.contains(r#"ID ("name" "maildoctor""#));
    let examine = sent.iter().position(|l| l.ends_with("EXAMINE INBOX"));
    assert!(id.is_some() && id < examine, "ID before EXAMINE: {sent:#?}");
}

#[tokio::test]
async fn a_server_echoing_the_quoted_login_command_leaks_no_form_of_the_password() {
    // The password needs IMAP quoting: a quote and a backslash.
    let password = r#"Tr0ub4dor"&\3"#;
    let echoed = r#"{tag} BAD Error in IMAP command LOGIN "alice@example.test" "Tr0ub4dor\"&\\3""#;
    let t = tls();
    let script = vec![send("* OK [CAPABILITY IMAP4rev1] ready."), Step::Recv, send(echoed)];
    let server = FakeServer::tls(Dialect::Imap, script, t.config.clone()).await;
    let report =
        run(Some(&t.ca), &with_password(Protocol::Imap, server.port(), SecurityChoice::Tls, password)).await;
    let json = serde_json::to_string(&report).expect("json");
    assert!(json.contains("Error in IMAP command LOGIN"), "the answer is quoted: {json}");
    assert!(!json.contains(r#"Tr0ub4dor\\\"&"#), "the quoted form leaks: {json}");
    assert!(!json.contains("Tr0ub4dor"), "no part of the password: {json}");
}

#[tokio::test]
async fn a_user_name_carrying_a_second_command_sends_nothing_at_all() {
    let t = tls();
    let server = FakeServer::tls(Dialect::Pop3, vec![send("+OK ready.")], t.config.clone()).await;
    let mut req = with_password(Protocol::Pop3, server.port(), SecurityChoice::Tls, PASSWORD);
    req.username = Some("alice\r\nPASS guess1\r\nPASS guess2".into());
    let report = run(Some(&t.ca), &req).await;
    assert_eq!(report.primary.map(|c| c.id()), Some("input.invalid_username"), "{:?}", codes(&report));
    assert!(report.transcript.is_empty(), "nothing was sent: {:#?}", report.transcript);
    assert_eq!(report.stage(Stage::Tcp).map(|s| s.status), Some(StageStatus::Skip));
}

#[tokio::test]
async fn gmail_asking_for_an_app_password_gets_the_gmail_remedy() {
    let t = tls();
    let script = vec![
        send("* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] Gimap ready for requests from 127.0.0.1 x1"),
        Step::Recv,
        send(
            "{tag} NO [ALERT] Application-specific password required: https://support.google.com/accounts/answer/185833 (Failure)",
        ),
    ];
    let server = FakeServer::tls(Dialect::Imap, script, t.config.clone()).await;
    let report =
        run(Some(&t.ca), &with_password(Protocol::Imap, server.port(), SecurityChoice::Tls, PASSWORD)).await;
    assert_eq!(report.primary.map(|c| c.id()), Some("auth.app_password_required"), "{:?}", codes(&report));
    assert_eq!(report.provider.as_ref().map(|p| p.id.as_str()), Some("gmail"));
    let steps = report.primary_finding().expect("primary").remedy.join(" ");
    assert!(steps.to_lowercase().contains("app password"), "{steps}");
    let settings = report.suggested_settings.as_ref().expect("settings");
    assert!(settings.rows.iter().any(|r| r.host == "imap.gmail.com" && r.port == 993));
}

#[tokio::test]
async fn pop3_user_pass_refusal_is_classified() {
    let t = tls();
    let script = vec![
        send("+OK Dovecot ready."),
        Step::Recv, // CAPA
        send("+OK"),
        send("USER"),
        send("."),
        Step::Recv, // USER
        send("+OK"),
        Step::Recv, // PASS
        send("-ERR [AUTH] Authentication failed."),
    ];
    let server = FakeServer::tls(Dialect::Pop3, script, t.config.clone()).await;
    let report =
        run(Some(&t.ca), &with_password(Protocol::Pop3, server.port(), SecurityChoice::Tls, PASSWORD)).await;
    assert_code(&report, "auth.invalid_credentials");
    assert!(report.transcript.iter().any(|l| l.text == "PASS [password hidden]"), "{:#?}", report.transcript);
    assert_no_password(&report);
}

#[tokio::test]
async fn smtp_auth_plain_refused_with_gmails_second_factor_reply_needs_an_app_password() {
    let t = tls();
    let script = vec![
        send("220 smtp.gmail.com ESMTP x1 - gsmtp"),
        Step::Recv, // EHLO
        send("250-smtp.gmail.com at your service"),
        send("250 AUTH LOGIN PLAIN XOAUTH2"),
        Step::Recv, // AUTH PLAIN
        send("534-5.7.9 Application-specific password required. For more information, go to"),
        send("534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor x1 - gsmtp"),
    ];
    let server = FakeServer::tls(Dialect::Smtp, script, t.config.clone()).await;
    let report =
        run(Some(&t.ca), &with_password(Protocol::Smtp, server.port(), SecurityChoice::Tls, PASSWORD)).await;
    assert_eq!(report.primary.map(|c| c.id()), Some("auth.app_password_required"), "{:?}", codes(&report));
    assert_no_password(&report);
}

#[tokio::test]
async fn smtp_auth_login_succeeds_in_two_steps() {
    let t = tls();
    let script = vec![
        send("220 mx.example.test ESMTP Postfix"),
        Step::Recv, // EHLO
        send("250-mx.example.test"),
        send("250 AUTH LOGIN"),
        Step::Recv, // AUTH LOGIN
        send("334 VXNlcm5hbWU6"),
        Step::Recv,
        send("334 UGFzc3dvcmQ6"),
        Step::Recv,
        send("235 2.7.0 Authentication successful"),
    ];
    let server = FakeServer::tls(Dialect::Smtp, script, t.config.clone()).await;
    let report =
        run(Some(&t.ca), &with_password(Protocol::Smtp, server.port(), SecurityChoice::Tls, PASSWORD)).await;
    assert_eq!(
        auth_status(&report),
        Some(StageStatus::Pass),
        "{:?} {:#?}",
        codes(&report),
        report.transcript
    );
    assert_eq!(report.stage(Stage::Mailbox).map(|s| s.status), Some(StageStatus::Skip));
    assert_no_password(&report);
}

#[tokio::test]
async fn no_password_is_sent_over_an_unencrypted_connection_unless_explicitly_allowed() {
    let script = vec![send("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready.")];
    let server = FakeServer::plain(Dialect::Imap, script).await;
    let req = with_password(Protocol::Imap, server.port(), SecurityChoice::None, PASSWORD);
    let report = run(None, &req).await;
    assert_code(&report, "auth.skipped_insecure");
    assert!(!report.transcript.iter().any(|l| l.text.contains("AUTHENTICATE") || l.text.contains("LOGIN ")));

    let mut allowed = req.clone();
    allowed.options.allow_insecure_auth = true;
    let report = run(None, &allowed).await;
    assert_eq!(auth_status(&report), Some(StageStatus::Pass), "{:?}", codes(&report));
    assert_no_password(&report);
}

#[tokio::test]
async fn no_password_is_sent_when_the_certificate_fails_unless_it_is_trusted_explicitly() {
    let t = tls();
    let script = vec![send("* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready.")];
    let server = FakeServer::tls(Dialect::Imap, script, t.config.clone()).await;
    let req = with_password(Protocol::Imap, server.port(), SecurityChoice::Tls, PASSWORD);
    let report = run(None, &req).await; // the test CA is not trusted
    assert_code(&report, "tls.cert_untrusted");
    assert_code(&report, "auth.skipped_insecure");
    let why = report.finding(maildoctor::diagnosis::Code::AuthSkippedInsecure).expect("finding");
    assert!(why.evidence.iter().any(|e| e.value.contains("intercepting")), "{:?}", why.evidence);

    let mut trusted = req.clone();
    trusted.options.trust_certificate = true;
    let report = run(None, &trusted).await;
    assert_eq!(auth_status(&report), Some(StageStatus::Pass), "{:?}", codes(&report));
}

#[tokio::test]
async fn an_oauth_only_exchange_server_is_reported_before_any_password_is_sent() {
    let t = tls();
    let script = vec![send(
        "* OK [CAPABILITY IMAP4 IMAP4rev1 AUTH=XOAUTH2 SASL-IR UIDPLUS MOVE ID UNSELECT CHILDREN IDLE NAMESPACE LITERAL+ LOGINDISABLED] The Microsoft Exchange IMAP4 service is ready.",
    )];
    let server = FakeServer::tls(Dialect::Imap, script, t.config.clone()).await;
    let report =
        run(Some(&t.ca), &with_password(Protocol::Imap, server.port(), SecurityChoice::Tls, PASSWORD)).await;
    assert_code(&report, "auth.basic_auth_disabled");
    assert!(
        !report.transcript.iter().any(|l| l.text.contains("AUTHENTICATE") || l.text.contains(" LOGIN ")),
        "nothing sent: {:#?}",
        report.transcript
    );
}

#[tokio::test]
async fn an_smtp_server_without_auth_is_mechanism_unsupported() {
    let t = tls();
    let script = vec![
        send("220 mx.example.test ESMTP"),
        Step::Recv,
        send("250-mx.example.test"),
        send("250 SIZE 10240000"),
    ];
    let server = FakeServer::tls(Dialect::Smtp, script, t.config.clone()).await;
    let report =
        run(Some(&t.ca), &with_password(Protocol::Smtp, server.port(), SecurityChoice::Tls, PASSWORD)).await;
    assert_code(&report, "auth.mechanism_unsupported");
}

#[tokio::test]
async fn an_smtp_relay_port_without_auth_names_the_submission_ports_even_without_a_password() {
    let t = tls();
    let script = vec![
        send("220 mx.example.test ESMTP"),
        Step::Recv,
        send("250-mx.example.test"),
        send("250 SIZE 10240000"),
    ];
    let server = FakeServer::tls(Dialect::Smtp, script, t.config.clone()).await;
    let req = support::request(Protocol::Smtp, "127.0.0.1", server.port(), SecurityChoice::Tls);
    let report = run(Some(&t.ca), &req).await;
    assert_eq!(report.primary.map(|c| c.id()), Some("auth.mechanism_unsupported"), "{:?}", codes(&report));
    assert_eq!(report.verdict, maildoctor::diagnosis::Verdict::Error);
    let finding = report.finding(maildoctor::diagnosis::Code::AuthMechanismUnsupported).expect("finding");
    assert!(finding.evidence.iter().any(|e| e.value.contains("587") && e.value.contains("465")));
    let settings = report.suggested_settings.as_ref().expect("settings that should work");
    assert!(settings.rows.iter().any(|r| r.port == 587), "{settings:?}");
}

#[tokio::test]
async fn logindisabled_on_a_plain_connection_is_an_error_before_any_password_and_without_one() {
    let script = vec![send("* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready.")];
    let server = FakeServer::plain(Dialect::Imap, script).await;
    let req = support::request(Protocol::Imap, "127.0.0.1", server.port(), SecurityChoice::None);
    let report = run(None, &req).await;
    // tls.not_used alone would be a warning; the app cannot sign in at all.
    assert_code(&report, "tls.not_used");
    assert_eq!(report.primary.map(|c| c.id()), Some("auth.plaintext_disallowed"), "{:?}", codes(&report));
    assert_eq!(report.verdict, maildoctor::diagnosis::Verdict::Error);
    let settings = report.suggested_settings.as_ref().expect("settings that should work");
    assert!(
        settings.rows.iter().any(|r| r.security == maildoctor::target::Security::Starttls),
        "STARTTLS is offered, so it is the fix: {settings:?}"
    );

    let server = FakeServer::plain(
        Dialect::Imap,
        vec![send("* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready.")],
    )
    .await;
    let req = with_password(Protocol::Imap, server.port(), SecurityChoice::None, PASSWORD);
    let report = run(None, &req).await;
    assert_eq!(report.primary.map(|c| c.id()), Some("auth.plaintext_disallowed"), "{:?}", codes(&report));
    assert!(!report.has(maildoctor::diagnosis::Code::AuthSkippedInsecure));
    assert!(!report.transcript.iter().any(|l| l.text.contains("LOGIN ") || l.text.contains("AUTHENTICATE")));
}

#[tokio::test]
async fn a_deadline_that_runs_out_while_listing_the_mailbox_is_slowness_not_a_sign_in_fault() {
    let t = tls();
    let script = vec![
        send("* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready."),
        Step::Recv, // a1 AUTHENTICATE PLAIN …
        send("{tag} OK [CAPABILITY IMAP4rev1 QUOTA] Logged in"),
        Step::Recv, // EXAMINE INBOX
        send("{tag} OK [READ-ONLY] Examine completed"),
        Step::Recv, // the mailbox stage's first command
        Step::Hang,
    ];
    let server = FakeServer::tls(Dialect::Imap, script, t.config.clone()).await;
    let mut req = with_password(Protocol::Imap, server.port(), SecurityChoice::Tls, PASSWORD);
    req.options.timeout_secs = Some(2);
    let report = run(Some(&t.ca), &req).await;
    assert_eq!(auth_status(&report), Some(StageStatus::Pass), "{:?}", codes(&report));
    assert!(!report.has(maildoctor::diagnosis::Code::AuthServerError), "{:?}", codes(&report));
    let mailbox = report.stage(Stage::Mailbox).expect("mailbox stage");
    assert!(mailbox.codes.contains(&maildoctor::diagnosis::Code::ServerSlowResponse), "{mailbox:#?}");
}

#[tokio::test]
async fn without_credentials_sign_in_is_skipped_and_said_so() {
    let server = FakeServer::plain(Dialect::Imap, vec![send("* OK ready.")]).await;
    let report =
        run(None, &support::request(Protocol::Imap, "127.0.0.1", server.port(), SecurityChoice::None)).await;
    assert_code(&report, "auth.skipped_no_credentials");
    assert_eq!(auth_status(&report), Some(StageStatus::Skip));
}

#[tokio::test]
async fn after_sign_in_the_mailbox_stage_flags_a_folder_over_ten_thousand_messages() {
    let t = tls();
    let script = vec![
        send("* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] Dovecot ready."),
        Step::Recv, // AUTHENTICATE
        send("{tag} OK [CAPABILITY IMAP4rev1 LIST-STATUS] Logged in"),
        Step::Recv, // EXAMINE INBOX
        send("* 5 EXISTS"),
        send("{tag} OK [READ-ONLY] Examine completed"),
        Step::Recv, // LIST "" "*" RETURN (STATUS (MESSAGES UNSEEN))
        send(r#"* LIST (\HasNoChildren) "/" INBOX"#),
        send("* STATUS INBOX (MESSAGES 5 UNSEEN 1)"),
        send(r#"* LIST (\HasNoChildren \Archive) "/" Archive"#),
        send("* STATUS Archive (MESSAGES 12000 UNSEEN 0)"),
        send("{tag} OK List completed"),
    ];
    let server = FakeServer::tls(Dialect::Imap, script, t.config.clone()).await;
    let report =
        run(Some(&t.ca), &with_password(Protocol::Imap, server.port(), SecurityChoice::Tls, PASSWORD)).await;
    assert_eq!(auth_status(&report), Some(StageStatus::Pass), "{:?}", codes(&report));
    assert_code(&report, "mailbox.folder_too_large");
    let finding = report.finding(maildoctor::diagnosis::Code::MailboxFolderTooLarge).expect("finding");
    assert!(finding.evidence.iter().any(|e| e.value.contains("Archive")), "{:?}", finding.evidence);
    assert_eq!(report.stage(Stage::Mailbox).map(|s| s.status), Some(StageStatus::Warn));
    assert_eq!(report.verdict, maildoctor::diagnosis::Verdict::Warning);
}

/// The codes the classifier gives `lines` after a sign-in: what the report must say.
fn after_login_verdict(lines: &[&str]) -> Vec<&'static str> {
    use maildoctor::checks::classify::{Answer, Input, Phase, classify};
    let answer = Answer::from_lines(Protocol::Imap, lines);
    let verdict = classify(&Input::new(Phase::AfterLogin, &answer)).expect("classified");
    verdict.findings().iter().map(|f| f.code.id()).collect()
}

#[tokio::test]
async fn a_bye_after_a_successful_sign_in_is_reported_by_the_auth_stage_as_the_classifier_reads_it() {
    // Gmail-style: the password is right, then IMAP turns out to be off for the account.
    let bye = "* BYE IMAP access is disabled for your account. Enable it in your settings.";
    let t = tls();
    let script = vec![
        send("* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready."),
        Step::Recv, // AUTHENTICATE
        send("{tag} OK [CAPABILITY IMAP4rev1] Logged in"),
        Step::Recv, // EXAMINE INBOX
        send(bye),
        Step::Close,
    ];
    let server = FakeServer::tls(Dialect::Imap, script, t.config.clone()).await;
    let report =
        run(Some(&t.ca), &with_password(Protocol::Imap, server.port(), SecurityChoice::Tls, PASSWORD)).await;
    let expected = after_login_verdict(&[bye]);
    assert_eq!(expected, ["auth.protocol_disabled"]);
    assert_eq!(report.primary.map(|c| c.id()), Some("auth.protocol_disabled"));
    let auth = report.stage(Stage::Auth).expect("auth stage");
    assert_eq!(auth.status, StageStatus::Fail, "{:?}", codes(&report));
    let got: Vec<&str> = auth.codes.iter().map(|c| c.id()).collect();
    assert_eq!(got, expected);
    let finding = report.finding(auth.codes[0]).expect("finding");
    assert!(
        finding.evidence.iter().any(|e| e.value.contains("IMAP access is disabled")),
        "{:?}",
        finding.evidence
    );
    assert!(auth.detail.contains("ended the session"), "{}", auth.detail);
    assert_eq!(report.stage(Stage::Mailbox).map(|s| s.status), Some(StageStatus::Skip));
    assert_no_password(&report);
}

#[tokio::test]
async fn an_alert_inside_examine_reaches_the_report_as_the_classifier_reads_it() {
    // E17: an over-quota alert that comes with a successful EXAMINE.
    let alert = "* OK [ALERT] account is over quota";
    let t = tls();
    let script = vec![
        send("* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready."),
        Step::Recv, // AUTHENTICATE
        send("{tag} OK [CAPABILITY IMAP4rev1] Logged in"),
        Step::Recv, // EXAMINE INBOX
        send("* 2 EXISTS"),
        send(alert),
        send("{tag} OK [READ-ONLY] Examine completed"),
        Step::Recv, // LIST
        send(r#"* LIST (\HasNoChildren) "/" INBOX"#),
        send("{tag} OK List completed"),
        Step::Recv, // STATUS INBOX
        send("* STATUS INBOX (MESSAGES 2 UNSEEN 0)"),
        send("{tag} OK done"),
    ];
    let server = FakeServer::tls(Dialect::Imap, script, t.config.clone()).await;
    let report =
        run(Some(&t.ca), &with_password(Protocol::Imap, server.port(), SecurityChoice::Tls, PASSWORD)).await;
    let expected = after_login_verdict(&[alert, "a2 OK [READ-ONLY] Examine completed"]);
    assert_eq!(expected, ["mailbox.over_quota"]);
    assert_eq!(report.primary.map(|c| c.id()), Some("mailbox.over_quota"));
    assert_eq!(auth_status(&report), Some(StageStatus::Pass), "signed in: {:?}", codes(&report));
    let mailbox = report.stage(Stage::Mailbox).expect("mailbox stage");
    let got: Vec<&str> = mailbox.codes.iter().map(|c| c.id()).collect();
    assert_eq!(got, expected, "{mailbox:#?}");
    let finding = report.finding(mailbox.codes[0]).expect("finding");
    assert!(
        finding.evidence.iter().any(|e| e.value.contains("account is over quota")),
        "{:?}",
        finding.evidence
    );
}

#[tokio::test]
async fn a_refused_examine_is_classified_after_sign_in() {
    let refusal = "{tag} NO [UNAVAILABLE] Temporary authentication failure";
    let t = tls();
    let script = vec![
        send("* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready."),
        Step::Recv,
        send("{tag} OK [CAPABILITY IMAP4rev1] Logged in"),
        Step::Recv,
        send(refusal),
    ];
    let server = FakeServer::tls(Dialect::Imap, script, t.config.clone()).await;
    let report =
        run(Some(&t.ca), &with_password(Protocol::Imap, server.port(), SecurityChoice::Tls, PASSWORD)).await;
    let expected = after_login_verdict(&["a2 NO [UNAVAILABLE] Temporary authentication failure"]);
    let auth = report.stage(Stage::Auth).expect("auth stage");
    let got: Vec<&str> = auth.codes.iter().map(|c| c.id()).collect();
    assert_eq!(got, expected);
    assert!(auth.detail.contains("refused the first command after sign-in"), "{}", auth.detail);
}

#[tokio::test]
async fn an_alert_repeated_with_every_answer_is_reported_once() {
    let alert = "* OK [ALERT] account is over quota";
    let t = tls();
    let script = vec![
        send("* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready."),
        Step::Recv, // AUTHENTICATE
        send(alert),
        send("{tag} OK [CAPABILITY IMAP4rev1] Logged in"),
        Step::Recv, // EXAMINE INBOX
        send(alert),
        send("{tag} OK [READ-ONLY] Examine completed"),
        Step::Recv, // LIST
        send(alert),
        send(r#"* LIST (\Noselect) "/" Public"#),
        send("{tag} OK List completed"),
    ];
    let server = FakeServer::tls(Dialect::Imap, script, t.config.clone()).await;
    let report =
        run(Some(&t.ca), &with_password(Protocol::Imap, server.port(), SecurityChoice::Tls, PASSWORD)).await;
    let expected = after_login_verdict(&[alert, "a1 OK Logged in"]);
    let mailbox = report.stage(Stage::Mailbox).expect("mailbox stage");
    let got: Vec<&str> = mailbox.codes.iter().map(|c| c.id()).collect();
    assert_eq!(got, expected, "once, not three times: {mailbox:#?}");
}

/// Gmail refusing a wrong password, as imap.gmail.com words it.
fn gmail_wrong_password() -> Vec<Step> {
    vec![
        send("* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] Gimap ready for requests from 127.0.0.1 x1"),
        Step::Recv,
        send("{tag} NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)"),
    ]
}

#[tokio::test]
async fn a_german_request_gets_gmails_app_password_steps_in_german_with_the_quote_and_code_untouched() {
    use maildoctor::diagnosis::catalog::Catalog;
    use maildoctor::i18n::Lang;

    let t = tls();
    let server = FakeServer::tls(Dialect::Imap, gmail_wrong_password(), t.config.clone()).await;
    let mut req = with_password(Protocol::Imap, server.port(), SecurityChoice::Tls, PASSWORD);
    req.lang = Some("de-DE".into());
    let report = run(Some(&t.ca), &req).await;

    assert_eq!(report.lang, Lang::De);
    assert_eq!(report.primary.map(|c| c.id()), Some("auth.invalid_credentials"), "{:?}", codes(&report));
    let primary = report.primary_finding().expect("primary");
    let german = Catalog::for_lang(Lang::De).entry(primary.code);
    assert_eq!(primary.title, german.title);
    assert_eq!(primary.remedy, german.remedy_for(Some("gmail")), "Gmail's own steps, in German");
    let steps = primary.remedy.join(" ");
    assert!(steps.contains("App-Passwort"), "{steps}");
    assert!(report.summary.contains(german.title), "the summary names the German title: {}", report.summary);
    assert!(
        primary
            .evidence
            .iter()
            .any(|e| e.value.contains("[AUTHENTICATIONFAILED] Invalid credentials (Failure)")),
        "the server's words are quoted as they came: {:?}",
        primary.evidence
    );

    // The same report read in English: the words change, the codes and quotes do not.
    let english = report.in_lang(Lang::En);
    let en_primary = english.primary_finding().expect("primary");
    assert_eq!(en_primary.code, primary.code);
    assert!(en_primary.remedy.join(" ").contains("app password"), "{:?}", en_primary.remedy);
    assert_eq!(en_primary.evidence.len(), primary.evidence.len());
    assert!(english.summary.contains("does not work"), "{}", english.summary);
    assert_ne!(english.summary, report.summary);
}
