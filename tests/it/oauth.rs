//! Sign-in with an OAuth2 access token (XOAUTH2, OAUTHBEARER) against in-process fakes that
//! answer with the providers' real words (Gmail's base64 JSON challenge, jstedfast/MailKit#377;
//! Microsoft's 535 5.7.3 and 5.7.139, docs/CLASSIFIER.md rows B11, B12, C06): the mechanism the
//! server offers is used, a refusal is about the token (not a password), and the token is in no
//! form in the report.

use maildoctor::report::Report;
use maildoctor::secret::Password;
use maildoctor::stage::{Stage, StageStatus};
use maildoctor::target::{DiagnoseRequest, Protocol, SecurityChoice};

use crate::support::certs::TestCa;
use crate::support::fake_server::{Dialect, FakeServer, Step, send};
use crate::support::{self, codes};

const TOKEN: &str = "ya29.a0-test-access-token-Zm9vYmFy-0123456789";
/// Gmail's challenge after a refused token: {"status":"400","schemes":"Bearer","scope":"https://mail.google.com/"}.
const GMAIL_CHALLENGE: &str =
    "eyJzdGF0dXMiOiI0MDAiLCJzY2hlbWVzIjoiQmVhcmVyIiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xlLmNvbS8ifQ==";

struct Tls {
    ca: TestCa,
    config: std::sync::Arc<rustls::ServerConfig>,
}

fn tls() -> Tls {
    let ca = TestCa::new("OAuth Test CA");
    let config = ca.leaf("mail.example.test", &["127.0.0.1"], (-1, 90)).server_config();
    Tls { ca, config }
}

fn with_token(protocol: Protocol, port: u16, user: &str) -> DiagnoseRequest {
    let mut req = support::request(protocol, "127.0.0.1", port, SecurityChoice::Tls);
    req.username = Some(user.to_owned());
    req.oauth_token = Some(Password::new(TOKEN));
    req
}

async fn run(t: &Tls, req: &DiagnoseRequest) -> Report {
    support::engine(Some(t.ca.pem.clone())).diagnose(req).await
}

fn client_lines(report: &Report) -> Vec<String> {
    report.transcript.iter().filter(|l| format!("{:?}", l.dir) == "Client").map(|l| l.text.clone()).collect()
}

/// The token in no form: itself, base64, the XOAUTH2 and OAUTHBEARER payloads.
fn assert_no_token(report: &Report, user: &str) {
    let json = serde_json::to_string(report).unwrap();
    let mut forms = Password::new(TOKEN).forms(user);
    forms.push(maildoctor::proto::sasl::xoauth2(user, TOKEN));
    forms.push(maildoctor::proto::sasl::oauthbearer(user, TOKEN, "127.0.0.1", 0));
    for form in forms {
        assert!(!json.contains(&form), "the report holds a form of the token");
    }
    assert!(!json.contains("Zm9vYmFy-0123456789"), "not even a piece of it");
    assert!(!report.request.password_given, "a token is not a password");
}

#[tokio::test]
async fn gmail_refusing_a_token_names_the_scope_it_wants_not_the_password() {
    let t = tls();
    let script = vec![
        send("* OK Gimap ready for requests from 127.0.0.1 a1mb123456abc"),
        Step::Recv,
        send(
            "* CAPABILITY IMAP4rev1 UNSELECT IDLE NAMESPACE QUOTA ID XLIST CHILDREN X-GM-EXT-1 UIDPLUS COMPRESS=DEFLATE ENABLE MOVE CONDSTORE ESEARCH UTF8=ACCEPT LIST-EXTENDED LIST-STATUS LITERAL- SPECIAL-USE APPENDLIMIT=35651584 SASL-IR AUTH=XOAUTH2 AUTH=PLAIN AUTH=PLAIN-CLIENTTOKEN AUTH=OAUTHBEARER",
        ),
        send("{tag} OK Thats all she wrote! a1mb123456abc"),
        Step::Recv,
        send(&format!("+ {GMAIL_CHALLENGE}")),
        Step::Recv,
        send("{tag} NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)"),
    ];
    let server = FakeServer::tls(Dialect::Imap, script, t.config.clone()).await;
    let report = run(&t, &with_token(Protocol::Imap, server.port(), "alice@gmail.com")).await;
    assert_eq!(
        report.primary.map(|c| c.id()),
        Some("auth.oauth_token_invalid"),
        "{:?} {:#?}",
        codes(&report),
        report.transcript
    );
    let finding = report.findings.iter().find(|f| f.code.id() == "auth.oauth_token_invalid").unwrap();
    assert!(
        finding.evidence.iter().any(|e| e.value.contains("https://mail.google.com/")),
        "the decoded challenge is shown: {:?}",
        finding.evidence
    );
    assert!(!codes(&report).contains(&"auth.invalid_credentials".to_owned()), "not a password problem");
    let sent = client_lines(&report);
    assert!(
        sent.iter().any(|l| l.ends_with("AUTHENTICATE OAUTHBEARER [password hidden]")),
        "OAUTHBEARER is preferred when offered: {sent:?}"
    );
    assert!(sent.iter().any(|l| l.is_empty() || l == "AQ=="), "the error challenge is answered: {sent:?}");
    assert_no_token(&report, "alice@gmail.com");
}

#[tokio::test]
async fn a_token_accepted_over_smtp_xoauth2_signs_in() {
    let t = tls();
    let script = vec![
        send("220 smtp.example.test ESMTP"),
        Step::Recv,
        send("250-smtp.example.test"),
        send("250 AUTH LOGIN PLAIN XOAUTH2"),
        Step::Recv,
        send("235 2.7.0 Accepted"),
    ];
    let server = FakeServer::tls(Dialect::Smtp, script, t.config.clone()).await;
    let report = run(&t, &with_token(Protocol::Smtp, server.port(), "alice@example.test")).await;
    let auth = report.stage(Stage::Auth).unwrap();
    assert_eq!(auth.status, StageStatus::Pass, "{:?} {:#?}", codes(&report), report.transcript);
    assert_eq!(auth.data["mechanism"], "XOAUTH2");
    assert!(client_lines(&report).contains(&"AUTH XOAUTH2 [password hidden]".to_owned()));
    assert!(report.request.oauth_given);
    assert_no_token(&report, "alice@example.test");
}

#[tokio::test]
async fn microsoft_refusing_a_token_is_the_token_and_smtp_auth_switched_off_is_said_as_such() {
    let t = tls();
    let greeting = "220 BN0PR04CA0001.outlook.office365.com Microsoft ESMTP MAIL Service ready";
    let refused = |answer: &'static str| {
        vec![
            send(greeting),
            Step::Recv,
            send("250-BN0PR04CA0001.outlook.office365.com Hello [192.0.2.1]"),
            send("250 AUTH LOGIN XOAUTH2"),
            Step::Recv,
            send(answer),
        ]
    };
    let server = FakeServer::tls(
        Dialect::Smtp,
        refused("535 5.7.3 Authentication unsuccessful [BN0PR04CA0001.namprd04.prod.outlook.com]"),
        t.config.clone(),
    )
    .await;
    let report = run(&t, &with_token(Protocol::Smtp, server.port(), "alice@contoso.example")).await;
    assert_eq!(report.primary.map(|c| c.id()), Some("auth.oauth_token_invalid"), "{:?}", codes(&report));

    let server = FakeServer::tls(
        Dialect::Smtp,
        refused("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [BN0PR04CA0001.namprd04.prod.outlook.com]"),
        t.config.clone(),
    )
    .await;
    let report = run(&t, &with_token(Protocol::Smtp, server.port(), "alice@contoso.example")).await;
    assert_ne!(
        report.primary.map(|c| c.id()),
        Some("auth.oauth_token_invalid"),
        "a switched-off SMTP AUTH refuses tokens too, and says so: {:?}",
        codes(&report)
    );
    assert_no_token(&report, "alice@contoso.example");
}

#[tokio::test]
async fn a_server_without_oauth_gets_no_token_and_says_which_methods_it_has() {
    let t = tls();
    let script = vec![send("* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] Dovecot ready.")];
    let server = FakeServer::tls(Dialect::Imap, script, t.config.clone()).await;
    let report = run(&t, &with_token(Protocol::Imap, server.port(), "alice@example.test")).await;
    assert_eq!(report.primary.map(|c| c.id()), Some("auth.mechanism_unsupported"), "{:?}", codes(&report));
    let finding = report.findings.iter().find(|f| f.code.id() == "auth.mechanism_unsupported").unwrap();
    assert!(
        finding.evidence.iter().any(|e| e.value.contains("XOAUTH2 or OAUTHBEARER")),
        "{:?}",
        finding.evidence
    );
    assert!(!client_lines(&report).iter().any(|l| l.contains("AUTHENTICATE")), "nothing was sent");
}

#[tokio::test]
async fn through_the_api_the_token_is_in_no_answer_no_saved_report_and_no_echo() {
    use axum::body::Body;
    use axum::http::{Request, header};
    use std::sync::Arc;
    let t = tls();
    let script = vec![
        send("220 smtp.example.test ESMTP"),
        Step::Recv,
        send("250-smtp.example.test"),
        send("250 AUTH XOAUTH2"),
        Step::Recv,
        send("334 eyJzdGF0dXMiOiI0MDEiLCJzY2hlbWVzIjoiQmVhcmVyIn0="),
        Step::Recv,
        send("535 5.7.8 Username and Password not accepted."),
    ];
    let server = FakeServer::tls(Dialect::Smtp, script, t.config.clone()).await;
    let dir = super::store::data_dir("oauth-api");
    let store = super::store::store(&dir, std::time::Duration::from_secs(3600)).await;
    let engine = support::engine(Some(t.ca.pem.clone()));
    let app = maildoctor::web::router(maildoctor::web::AppState::new(Arc::new(engine)).with_store(store));
    let body = serde_json::json!({"protocol": "smtp", "host": "127.0.0.1", "port": server.port(), "security": "tls",
        "username": "alice@example.test", "oauth_token": TOKEN});
    let req = Request::post("/api/v1/diagnose")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body.to_string()))
        .unwrap();
    let (status, _, bytes) = support::openapi::answer(app, req).await;
    let text = String::from_utf8_lossy(&bytes);
    assert_eq!(status, 200, "{text}");
    let report: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(report["primary"], "auth.oauth_token_invalid", "{text}");
    assert_eq!(report["request"]["oauth_given"], true);
    assert!(report["request"].get("oauth_token").is_none(), "never echoed");
    let stored = super::store::stored_text(&dir).await;
    for haystack in [text.as_ref(), stored.as_str()] {
        assert!(!haystack.contains("Zm9vYmFy-0123456789"), "no piece of the token");
        assert!(!haystack.contains(&maildoctor::proto::sasl::xoauth2("alice@example.test", TOKEN)));
    }
}

#[tokio::test]
async fn pop3_xoauth2_and_imap_without_sasl_ir_carry_the_token_too() {
    let t = tls();
    let script = vec![
        send("+OK Gpop ready for requests from 127.0.0.1 a1mb123456abc"),
        Step::Recv, // CAPA
        send("+OK Capability list follows"),
        send("USER"),
        send("SASL PLAIN XOAUTH2"),
        send("."),
        Step::Recv, // AUTH XOAUTH2 <token>
        send(&format!("+ {GMAIL_CHALLENGE}")),
        Step::Recv, // the empty response
        send("-ERR [AUTH] Invalid credentials"),
    ];
    let server = FakeServer::tls(Dialect::Pop3, script, t.config.clone()).await;
    let report = run(&t, &with_token(Protocol::Pop3, server.port(), "alice@gmail.com")).await;
    assert_eq!(
        report.primary.map(|c| c.id()),
        Some("auth.oauth_token_invalid"),
        "{:?} {:#?}",
        codes(&report),
        report.transcript
    );
    let finding = report.findings.iter().find(|f| f.code.id() == "auth.oauth_token_invalid").unwrap();
    assert!(
        finding.evidence.iter().any(|e| e.value.contains("https://mail.google.com/")),
        "{:?}",
        finding.evidence
    );
    assert!(
        client_lines(&report).contains(&"AUTH XOAUTH2 [password hidden]".to_owned()),
        "{:?}",
        client_lines(&report)
    );
    assert_no_token(&report, "alice@gmail.com");

    // IMAP without SASL-IR: the token goes after the server's empty `+`.
    let script = vec![
        send("* OK [CAPABILITY IMAP4rev1 AUTH=XOAUTH2] ready"),
        Step::Recv, // AUTHENTICATE XOAUTH2
        send("+ "),
        Step::Recv, // the token
        send("{tag} OK [CAPABILITY IMAP4rev1] Authenticated"),
    ];
    let server = FakeServer::tls(Dialect::Imap, script, t.config.clone()).await;
    let report = run(&t, &with_token(Protocol::Imap, server.port(), "alice@example.test")).await;
    let auth = report.stage(Stage::Auth).unwrap();
    assert_eq!(auth.status, StageStatus::Pass, "{:?} {:#?}", codes(&report), report.transcript);
    assert_eq!(auth.data["mechanism"], "XOAUTH2");
    let sent = client_lines(&report);
    assert!(
        sent.iter().any(|l| l.ends_with("AUTHENTICATE XOAUTH2"))
            && sent.contains(&"[password hidden]".to_owned()),
        "{sent:?}"
    );
    assert_no_token(&report, "alice@example.test");
}
