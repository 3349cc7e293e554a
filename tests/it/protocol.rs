//! The `protocol` stage through the engine, against plain fake servers (security none): what
//! really answers, refusals, silence, slowness, identification, capabilities, hostile servers.

use std::sync::Arc;
use std::time::{Duration, Instant};

use maildoctor::checks::Ctx;
use maildoctor::checks::greeting::Greeting;
use maildoctor::checks::protocol;
use maildoctor::checks::tls::Secured;
use maildoctor::config::Timeouts;
use maildoctor::net::session::Session;
use maildoctor::net::stream::{MailStream, Recorded};
use maildoctor::proto::sniff::Speaks;
use maildoctor::report::Report;
use maildoctor::stage::{Stage, StageStatus};
use maildoctor::target::{Protocol, SecurityChoice};
use serde_json::Value;
use tokio::net::TcpStream;

use crate::support::certs::TestCa;
use crate::support::fake_server::{Dialect, FakeServer, Step, send};
use crate::support::{self, assert_code, codes};

async fn diagnose(protocol: Protocol, server: &FakeServer) -> Report {
    let request = support::request(protocol, "127.0.0.1", server.port(), SecurityChoice::None);
    support::engine(None).diagnose(&request).await
}

fn protocol_data(report: &Report) -> &Value {
    &report.stage(Stage::Protocol).expect("protocol stage").data
}

fn protocol_status(report: &Report) -> StageStatus {
    report.stage(Stage::Protocol).expect("protocol stage").status
}

/// The evidence value labelled `label` of the finding `code`.
fn evidence(report: &Report, code: &str, label: &str) -> String {
    let finding = report.findings.iter().find(|f| f.code.id() == code).expect("finding");
    let found = finding.evidence.iter().find(|e| e.label == label);
    found.map(|e| e.value.clone()).unwrap_or_else(|| panic!("{code} has no {label}: {:?}", finding.evidence))
}

fn strings(value: &Value) -> Vec<String> {
    value.as_array().expect("array").iter().map(|v| v.as_str().expect("string").to_owned()).collect()
}

// ---- what really answers ----

#[tokio::test]
async fn a_pop3_greeting_on_an_imap_check_is_pop3_not_imap_quoting_the_server() {
    let server = FakeServer::plain(Dialect::Pop3, vec![send("+OK Dovecot ready.")]).await;
    let report = diagnose(Protocol::Imap, &server).await;
    assert_code(&report, "protocol.pop3_not_imap");
    assert_eq!(evidence(&report, "protocol.pop3_not_imap", "server said"), "+OK Dovecot ready.");
    assert_eq!(protocol_status(&report), StageStatus::Fail);
    assert_eq!(report.primary.map(|c| c.id()), Some("protocol.pop3_not_imap"));
    // Not a POP3 port: maildoctor cannot know the right IMAP port, so it suggests none.
    assert!(report.finding(maildoctor::diagnosis::Code::ProtocolPop3NotImap).expect("finding").fix.is_none());
}

#[tokio::test]
async fn an_imap_greeting_on_a_pop3_check_is_imap_not_pop3() {
    let server =
        FakeServer::plain(Dialect::Imap, vec![send("* OK [CAPABILITY IMAP4rev1] Dovecot ready.")]).await;
    let report = diagnose(Protocol::Pop3, &server).await;
    assert_code(&report, "protocol.imap_not_pop3");
    assert!(report.stage(Stage::Protocol).expect("stage").detail.contains("answered as an IMAP server"));
}

#[tokio::test]
async fn an_smtp_greeting_on_an_incoming_check_is_smtp_not_incoming() {
    let server = FakeServer::plain(Dialect::Smtp, vec![send("220 mx.test ESMTP Postfix")]).await;
    for protocol in [Protocol::Imap, Protocol::Pop3] {
        let report = diagnose(protocol, &server).await;
        assert_code(&report, "protocol.smtp_not_incoming");
        assert_eq!(
            evidence(&report, "protocol.smtp_not_incoming", "server said"),
            "220 mx.test ESMTP Postfix"
        );
    }
}

#[tokio::test]
async fn an_imap_or_pop3_greeting_on_an_smtp_check_is_incoming_not_smtp() {
    let imap = FakeServer::plain(Dialect::Imap, vec![send("* OK IMAP4 ready")]).await;
    let pop3 = FakeServer::plain(Dialect::Pop3, vec![send("+OK POP3 ready")]).await;
    for server in [&imap, &pop3] {
        let report = diagnose(Protocol::Smtp, server).await;
        assert_code(&report, "protocol.incoming_not_smtp");
    }
}

#[tokio::test]
async fn a_web_server_that_waits_and_then_answers_the_probe_is_http_not_mail() {
    let script = vec![Step::Recv, send("HTTP/1.1 400 Bad Request"), send(""), Step::Close];
    let server = FakeServer::plain(Dialect::Silent, script).await;
    let report = diagnose(Protocol::Imap, &server).await;
    assert_code(&report, "protocol.http_not_mail");
    assert_eq!(evidence(&report, "protocol.http_not_mail", "server said"), "HTTP/1.1 400 Bad Request");
    assert_eq!(protocol_data(&report)["probe"], "a1 CAPABILITY");
    assert!(report.transcript.iter().any(|l| l.text == "a1 CAPABILITY"), "the probe is in the transcript");
}

#[tokio::test]
async fn a_web_server_that_speaks_first_is_http_not_mail() {
    let server =
        FakeServer::plain(Dialect::Silent, vec![send("HTTP/1.1 400 Bad Request"), Step::Close]).await;
    let report = diagnose(Protocol::Smtp, &server).await;
    assert_code(&report, "protocol.http_not_mail");
    assert_eq!(evidence(&report, "protocol.http_not_mail", "service"), "web server");
}

#[tokio::test]
async fn an_ssh_server_is_unknown_and_named_as_ssh() {
    let server =
        FakeServer::plain(Dialect::Silent, vec![send("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3")]).await;
    let report = diagnose(Protocol::Imap, &server).await;
    assert_code(&report, "protocol.unknown");
    assert_eq!(evidence(&report, "protocol.unknown", "service"), "SSH server");
    assert_eq!(
        evidence(&report, "protocol.unknown", "server said"),
        "SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3"
    );
}

#[tokio::test]
async fn binary_garbage_is_unknown_and_quoted_safely() {
    let server =
        FakeServer::plain(Dialect::Silent, vec![Step::Raw(b"\x00\x01\x02garbage\xff\r\n".to_vec())]).await;
    let report = diagnose(Protocol::Pop3, &server).await;
    assert_code(&report, "protocol.unknown");
    let said = evidence(&report, "protocol.unknown", "server said");
    assert!(said.starts_with("\\x00\\x01\\x02garbage"), "{said}");
    assert!(!said.chars().any(char::is_control));
}

#[tokio::test]
async fn a_silent_server_that_answers_the_probe_with_another_protocol_is_judged_by_that_answer() {
    let script = vec![Step::Recv, send("* OK IMAP4rev1 ready"), Step::Hang];
    let server = FakeServer::plain(Dialect::Silent, script).await;
    let report = diagnose(Protocol::Pop3, &server).await;
    assert_code(&report, "protocol.imap_not_pop3");
    assert_eq!(protocol_data(&report)["probe"], "CAPA");
}

// ---- no greeting ----

#[tokio::test]
async fn a_silent_server_ends_in_bounded_time_with_no_greeting_and_the_wait() {
    let server = FakeServer::plain(Dialect::Silent, vec![Step::Hang]).await;
    let started = Instant::now();
    let report = diagnose(Protocol::Imap, &server).await;
    assert!(started.elapsed() < Duration::from_secs(6), "took {:?}", started.elapsed());
    assert_code(&report, "protocol.no_greeting");
    let waited = evidence(&report, "protocol.no_greeting", "waited");
    let ms: u64 = waited.trim_end_matches(" ms").parse().expect("milliseconds");
    assert!(ms >= Timeouts::fast().greeting.as_millis() as u64, "{waited}");
    assert_eq!(evidence(&report, "protocol.no_greeting", "probe"), "a1 CAPABILITY (no answer)");
}

#[tokio::test]
async fn a_server_that_closes_at_once_is_no_greeting_closed_without_a_greeting() {
    let server = FakeServer::plain(Dialect::Silent, vec![Step::Close]).await;
    let started = Instant::now();
    let report = diagnose(Protocol::Pop3, &server).await;
    assert!(started.elapsed() < Duration::from_secs(3), "took {:?}", started.elapsed());
    assert_code(&report, "protocol.no_greeting");
    assert_eq!(
        evidence(&report, "protocol.no_greeting", "server"),
        "closed the connection without a greeting"
    );
}

#[tokio::test]
async fn evidence_in_maildoctors_own_words_follows_the_readers_language_and_quotes_do_not() {
    use maildoctor::i18n::Lang;

    let server = FakeServer::plain(Dialect::Silent, vec![Step::Hang]).await;
    let mut request = support::request(Protocol::Imap, "127.0.0.1", server.port(), SecurityChoice::None);
    request.lang = Some("nl".into());
    let report = support::engine(None).diagnose(&request).await;
    assert_code(&report, "protocol.no_greeting");
    // The probe command is the protocol's own word; what happened to it is ours.
    assert_eq!(evidence(&report, "protocol.no_greeting", "probe"), "a1 CAPABILITY (geen antwoord)");
    // Saved and read again in English (a help desk's page), and in Chinese.
    let english = report.in_lang(Lang::En);
    assert_eq!(evidence(&english, "protocol.no_greeting", "probe"), "a1 CAPABILITY (no answer)");
    let chinese = report.in_lang(Lang::ZhCn);
    assert_eq!(evidence(&chinese, "protocol.no_greeting", "probe"), "a1 CAPABILITY（没有应答）");
    let json = serde_json::to_value(&report).expect("json");
    let probe = json["findings"][0]["evidence"]
        .as_array()
        .and_then(|e| e.iter().find(|e| e["label"] == "probe"))
        .expect("the probe's evidence");
    assert_eq!(probe["value_message"]["id"], "value-probe-no-answer", "{probe}");
    assert_eq!(probe["value_message"]["args"]["command"], "a1 CAPABILITY");
}

// ---- refusals ----

#[tokio::test]
async fn refusals_at_greeting_are_rejected_quoting_the_line() {
    let cases = [
        (Protocol::Imap, "* BYE Server is shutting down for maintenance"),
        (Protocol::Pop3, "-ERR [SYS/TEMP] Server unavailable"),
        (Protocol::Smtp, "554 5.7.1 No SMTP service here"),
    ];
    for (protocol, line) in cases {
        let server = FakeServer::plain(Dialect::Silent, vec![send(line), Step::Close]).await;
        let report = diagnose(protocol, &server).await;
        assert_code(&report, "protocol.rejected");
        assert_eq!(evidence(&report, "protocol.rejected", "server said"), line);
        assert!(!codes(&report).contains(&"limits.too_many_connections".to_owned()), "{line}");
        assert_eq!(protocol_status(&report), StageStatus::Fail);
    }
}

#[tokio::test]
async fn a_421_too_many_connections_is_rejected_and_a_connection_limit() {
    let line = "421 4.7.0 mx.test Error: too many connections from 127.0.0.1";
    let server = FakeServer::plain(Dialect::Silent, vec![send(line), Step::Close]).await;
    let report = diagnose(Protocol::Smtp, &server).await;
    assert_code(&report, "protocol.rejected");
    assert_code(&report, "limits.too_many_connections");
    assert_eq!(evidence(&report, "limits.too_many_connections", "server said"), line);
}

#[tokio::test]
async fn a_zimbra_service_busy_bye_is_also_a_connection_limit() {
    let line = "* BYE mail.test Zimbra 9.0.0_GA IMAP4rev1 server closing connection; service busy";
    let server = FakeServer::plain(Dialect::Silent, vec![send(line), Step::Close]).await;
    let report = diagnose(Protocol::Imap, &server).await;
    assert_code(&report, "protocol.rejected");
    assert_code(&report, "limits.too_many_connections");
    assert_eq!(report.server_software.as_deref(), Some("Zimbra 9.0.0_GA"));
}

/// The codes the protocol stage reported, in order.
fn stage_codes(report: &Report) -> Vec<String> {
    let stage = report.stage(Stage::Protocol).expect("protocol stage");
    stage.codes.iter().map(|c| c.id().to_owned()).collect()
}

/// The codes and evidence the classifier gives `line` as a greeting: what the report must say.
fn greeting_verdict(protocol: Protocol, line: &str) -> maildoctor::checks::classify::Classification {
    use maildoctor::checks::classify::{Answer, Input, Phase, classify};
    let answer = if protocol == Protocol::Imap {
        Answer::Imap { untagged: Vec::new(), tagged: maildoctor::proto::imap::parse_status(line) }
    } else {
        Answer::from_lines(protocol, &[line])
    };
    classify(&Input::new(Phase::Greeting, &answer)).expect("a refusing greeting is classified")
}

#[tokio::test]
async fn an_imap_bye_greeting_about_too_many_connections_reaches_the_report_as_the_classifier_reads_it() {
    let line = "* BYE Too many connections from your IP (mail_max_userip_connections=10)";
    let server = FakeServer::plain(Dialect::Silent, vec![send(line), Step::Close]).await;
    let report = diagnose(Protocol::Imap, &server).await;
    let verdict = greeting_verdict(Protocol::Imap, line);
    // What it says comes first: the connection limit, with the refusal beside it.
    assert_eq!(report.primary.map(|c| c.id()), Some("limits.too_many_connections"));
    let expected: Vec<String> = verdict.findings().iter().map(|f| f.code.id().to_owned()).collect();
    assert_eq!(stage_codes(&report), expected);
    assert_eq!(expected, ["limits.too_many_connections", "protocol.rejected"]);
    assert_eq!(evidence(&report, verdict.primary.id(), "server said"), line);
    let limit = verdict.evidence.iter().find(|e| e.label == "server limit").map(|e| e.value.clone());
    assert_eq!(limit.as_deref(), Some("10"), "the classifier reads the server's number");
    assert_eq!(evidence(&report, verdict.primary.id(), "server limit"), "10");
    assert_eq!(protocol_status(&report), StageStatus::Fail);
    assert!(report.stage(Stage::Auth).is_some_and(|s| s.status == StageStatus::Skip));
}

#[tokio::test]
async fn an_smtp_421_about_too_many_connections_reaches_the_report_as_the_classifier_reads_it() {
    let line = "421 4.7.0 mx.test Error: too many connections from 127.0.0.1";
    let server = FakeServer::plain(Dialect::Silent, vec![send(line), Step::Close]).await;
    let report = diagnose(Protocol::Smtp, &server).await;
    let verdict = greeting_verdict(Protocol::Smtp, line);
    assert_eq!(report.primary.map(|c| c.id()), Some("limits.too_many_connections"));
    let expected: Vec<String> = verdict.findings().iter().map(|f| f.code.id().to_owned()).collect();
    assert_eq!(stage_codes(&report), expected);
    assert!(expected.contains(&"protocol.rejected".to_owned()), "{expected:?}");
    assert_eq!(protocol_status(&report), StageStatus::Fail);
}

#[tokio::test]
async fn an_imap_no_greeting_is_a_refusal_too() {
    let line = "* NO Service temporarily unavailable";
    let server = FakeServer::plain(Dialect::Silent, vec![send(line), Step::Close]).await;
    let report = diagnose(Protocol::Imap, &server).await;
    assert_eq!(protocol_status(&report), StageStatus::Fail);
    let verdict = greeting_verdict(Protocol::Imap, line);
    // A temporary refusal is the server's trouble, not the settings'.
    assert_eq!(report.primary.map(|c| c.id()), Some("auth.server_error"));
    assert_code(&report, verdict.primary.id());
    assert_eq!(evidence(&report, verdict.primary.id(), "server said"), line);
    let detail = &report.stage(Stage::Protocol).expect("stage").detail;
    assert!(detail.contains("refused the session at its greeting"), "{detail}");
}

#[tokio::test]
async fn a_bye_to_capability_ends_the_stage_with_the_classifiers_findings() {
    let line = "* BYE Too many connections, try again later";
    let script = vec![send("* OK ready"), Step::Recv, send(line), Step::Close];
    let server = FakeServer::plain(Dialect::Silent, script).await;
    let report = diagnose(Protocol::Imap, &server).await;
    use maildoctor::checks::classify::{Answer, Input, Phase, classify};
    let answer = Answer::from_lines(Protocol::Imap, &[line]);
    let verdict = classify(&Input::new(Phase::Capability, &answer)).expect("classified");
    assert_eq!(verdict.primary.id(), "limits.too_many_connections");
    assert_code(&report, verdict.primary.id());
    assert_eq!(protocol_status(&report), StageStatus::Fail);
    assert!(report.stage(Stage::Auth).is_some_and(|s| s.status == StageStatus::Skip), "nothing after a BYE");
}

#[tokio::test]
async fn a_normal_goodbye_says_nothing_and_a_refused_logout_is_noted_as_the_classifier_reads_it() {
    let greeting = "* OK [CAPABILITY IMAP4rev1] ready";
    let server = FakeServer::plain(Dialect::Imap, vec![send(greeting)]).await;
    let report = diagnose(Protocol::Imap, &server).await;
    assert!(report.transcript.iter().any(|l| l.text == "* BYE bye"), "{:#?}", report.transcript);
    assert!(!report.transcript.iter().any(|l| l.text.contains("logging out")), "a BYE to LOGOUT is no fault");

    let refusal = "a1 NO [UNAVAILABLE] Temporary failure, try later";
    let server = FakeServer::plain(Dialect::Silent, vec![send(greeting), Step::Recv, send(refusal)]).await;
    let report = diagnose(Protocol::Imap, &server).await;
    use maildoctor::checks::classify::{Answer, Input, Phase, classify};
    let answer = Answer::from_lines(Protocol::Imap, &[refusal]);
    let verdict = classify(&Input::new(Phase::Logout, &answer)).expect("classified");
    let note = format!("The answer to logging out reads as {}.", verdict.primary);
    assert!(report.transcript.iter().any(|l| l.text == note), "{note}: {:#?}", report.transcript);
}

// ---- slowness ----

#[tokio::test]
async fn a_greeting_slower_than_the_threshold_is_a_slow_response_warning() {
    let script = vec![Step::Sleep(Duration::from_millis(550)), send("* OK [CAPABILITY IMAP4rev1] ready")];
    let server = FakeServer::plain(Dialect::Imap, script).await;
    let report = diagnose(Protocol::Imap, &server).await;
    assert_code(&report, "server.slow_response");
    assert_eq!(protocol_status(&report), StageStatus::Warn);
    let took = evidence(&report, "server.slow_response", "greeting took");
    let ms: u64 = took.trim_end_matches(" ms").parse().expect("milliseconds");
    assert!(ms >= 500, "{took}");
}

#[tokio::test]
async fn a_prompt_greeting_is_not_slow_and_the_detail_says_who_answered() {
    let server =
        FakeServer::plain(Dialect::Imap, vec![send("* OK [CAPABILITY IMAP4rev1] Dovecot ready.")]).await;
    let report = diagnose(Protocol::Imap, &server).await;
    assert!(!codes(&report).contains(&"server.slow_response".to_owned()));
    let detail = &report.stage(Stage::Protocol).expect("stage").detail;
    assert!(detail.starts_with("127.0.0.1 answered as an IMAP server (Dovecot) in "), "{detail}");
}

// ---- identification ----

#[tokio::test]
async fn a_gimap_greeting_identifies_gmail() {
    let server =
        FakeServer::plain(Dialect::Imap, vec![send("* OK Gimap ready for requests from 127.0.0.1 x1mb123")])
            .await;
    let report = diagnose(Protocol::Imap, &server).await;
    assert_eq!(report.provider.as_ref().map(|p| p.id.as_str()), Some("gmail"));
    assert_eq!(protocol_data(&report)["provider"], "gmail");
}

#[tokio::test]
async fn a_dovecot_greeting_names_the_server_software() {
    let greeting = "* OK [CAPABILITY IMAP4rev1 SASL-IR ID IDLE STARTTLS AUTH=PLAIN LOGINDISABLED] Dovecot (Debian) ready.";
    let server = FakeServer::plain(Dialect::Imap, vec![send(greeting)]).await;
    let report = diagnose(Protocol::Imap, &server).await;
    assert_eq!(report.server_software.as_deref(), Some("Dovecot"));
    let data = protocol_data(&report);
    assert_eq!(data["capabilities_from"], "greeting");
    assert_eq!(data["starttls_advertised"], true);
    assert_eq!(data["login_disabled"], true);
    assert_eq!(strings(&data["auth_mechanisms"]), ["PLAIN"]);
}

// ---- capabilities ----

#[tokio::test]
async fn imap_capabilities_are_asked_for_when_the_greeting_has_none() {
    let server = FakeServer::plain(Dialect::Imap, vec![send("* OK IMAP4 ready")]).await;
    let report = diagnose(Protocol::Imap, &server).await;
    let data = protocol_data(&report);
    assert_eq!(data["capabilities_from"], "CAPABILITY");
    assert_eq!(strings(&data["capabilities"]), ["IMAP4REV1", "AUTH=PLAIN"]);
    assert_eq!(strings(&data["auth_mechanisms"]), ["PLAIN"]);
    assert_eq!(report.server_software.as_deref(), Some("nginx mail proxy"));
    assert!(
        report.transcript.iter().any(|l| l.text.ends_with(" LOGOUT")),
        "the session is closed with LOGOUT"
    );
}

#[tokio::test]
async fn pop3_capabilities_come_from_capa() {
    let server = FakeServer::plain(Dialect::Pop3, vec![send("+OK Dovecot ready.")]).await;
    let report = diagnose(Protocol::Pop3, &server).await;
    let data = protocol_data(&report);
    assert_eq!(data["capabilities_from"], "CAPA");
    assert_eq!(strings(&data["capabilities"]), ["USER", "SASL"]);
    assert_eq!(strings(&data["auth_mechanisms"]), ["PLAIN"]);
    assert_eq!(data["capabilities_complete"], true);
    assert_eq!(protocol_status(&report), StageStatus::Pass);
}

#[tokio::test]
async fn a_pop3_server_without_capa_is_not_a_failure() {
    let script = vec![send("+OK POP3 server ready"), Step::Recv, send("-ERR Unknown command.")];
    let server = FakeServer::plain(Dialect::Pop3, script).await;
    let report = diagnose(Protocol::Pop3, &server).await;
    assert_eq!(protocol_status(&report), StageStatus::Pass);
    assert_eq!(protocol_data(&report)["capabilities_complete"], false);
}

#[tokio::test]
async fn smtp_capabilities_come_from_ehlo() {
    let server = FakeServer::plain(Dialect::Smtp, vec![send("220 mx.test ESMTP Postfix (Debian/GNU)")]).await;
    let report = diagnose(Protocol::Smtp, &server).await;
    let data = protocol_data(&report);
    assert_eq!(data["capabilities_from"], "EHLO");
    assert_eq!(strings(&data["capabilities"]), ["AUTH"]);
    assert_eq!(strings(&data["auth_mechanisms"]), ["PLAIN", "LOGIN"]);
    assert_eq!(report.server_software.as_deref(), Some("Postfix"));
    assert!(report.transcript.iter().any(|l| l.text == "EHLO maildoctor.invalid"));
    assert!(report.transcript.iter().any(|l| l.text == "QUIT"));
}

#[tokio::test]
async fn an_smtp_server_that_refuses_ehlo_is_greeted_with_helo() {
    let script = vec![
        send("220 mx.test ESMTP"),
        Step::Recv,
        send("502 5.5.2 Error: command not recognized"),
        Step::Recv,
        send("250 mx.test"),
    ];
    let server = FakeServer::plain(Dialect::Smtp, script).await;
    let report = diagnose(Protocol::Smtp, &server).await;
    assert_eq!(protocol_data(&report)["capabilities_from"], "HELO");
    assert!(report.transcript.iter().any(|l| l.text == "HELO maildoctor.invalid"));
    assert_eq!(protocol_status(&report), StageStatus::Pass);
}

// ---- hostile servers ----

#[tokio::test]
async fn an_endless_greeting_line_ends_in_bounded_time_with_a_finding() {
    let server = FakeServer::plain(Dialect::Silent, vec![Step::Flood(4 * 1024 * 1024)]).await;
    let started = Instant::now();
    let report = diagnose(Protocol::Imap, &server).await;
    assert!(started.elapsed() < Duration::from_secs(5), "took {:?}", started.elapsed());
    assert_code(&report, "protocol.unknown");
    assert!(evidence(&report, "protocol.unknown", "server sent").starts_with("xxxxxxxx"));
    assert_eq!(protocol_status(&report), StageStatus::Fail);
}

#[tokio::test]
async fn an_endless_line_that_starts_like_imap_is_no_usable_greeting() {
    let script = vec![Step::Raw(b"* OK ".to_vec()), Step::Flood(4 * 1024 * 1024)];
    let server = FakeServer::plain(Dialect::Silent, script).await;
    let report = diagnose(Protocol::Imap, &server).await;
    assert_code(&report, "protocol.no_greeting");
    assert!(evidence(&report, "protocol.no_greeting", "server sent").starts_with("* OK xxx"));
}

#[tokio::test]
async fn a_server_that_floods_capability_lines_is_cut_off() {
    let flood = "* CAPABILITY IMAP4rev1 X-FLOOD\r\n".repeat(20_000).into_bytes();
    let script = vec![send("* OK ready"), Step::Recv, Step::Raw(flood), Step::Hang];
    let server = FakeServer::plain(Dialect::Silent, script).await;
    let started = Instant::now();
    let report = diagnose(Protocol::Imap, &server).await;
    assert!(started.elapsed() < Duration::from_secs(8), "took {:?}", started.elapsed());
    let data = protocol_data(&report);
    assert_eq!(data["capabilities_complete"], false);
    assert!(data["capabilities_note"].as_str().expect("note").contains("cut after 64 lines"));
    assert_eq!(strings(&data["capabilities"]), ["IMAP4REV1", "X-FLOOD"]);
    assert!(report.transcript.len() < 200, "{} transcript lines", report.transcript.len());
}

// ---- the `silent` hand-off of the tls stage, without the engine ----

async fn silent_handoff(ctx: &Ctx, server: &FakeServer) -> Secured {
    let tcp = TcpStream::connect(server.addr).await.expect("connect");
    let session =
        Session::new(MailStream::Plain(Recorded::new(tcp)), ctx.transcript.clone(), ctx.timeouts.io);
    Secured { session, greeting: None, silent: true }
}

fn target(protocol: Protocol, port: u16) -> maildoctor::target::Target {
    let request = support::request(protocol, "127.0.0.1", port, SecurityChoice::None);
    maildoctor::target::parse(&request).0.expect("target")
}

#[tokio::test]
async fn a_silent_handoff_is_probed_once_and_a_web_answer_is_http_not_mail() {
    let server = FakeServer::plain(Dialect::Silent, vec![Step::Recv, send("HTTP/1.1 400 Bad Request")]).await;
    let ctx = support::ctx();
    let secured = silent_handoff(&ctx, &server).await;
    let checked = protocol::run(&ctx, &target(Protocol::Smtp, server.port()), secured).await;
    let found: Vec<&str> = checked.outcome.findings.iter().map(|f| f.code.id()).collect();
    assert_eq!(found, ["protocol.http_not_mail"]);
    assert!(checked.handoff.is_none());
    let sent: Vec<_> = ctx.transcript.lines().into_iter().filter(|l| l.text.starts_with("EHLO")).collect();
    assert_eq!(sent.len(), 1, "exactly one probe");
}

#[tokio::test]
async fn a_late_greeting_after_the_probe_is_slow_and_the_probe_answer_gives_the_capabilities() {
    let script = vec![
        Step::Recv,
        send("* OK late hello"),
        send("* CAPABILITY IMAP4rev1 IDLE AUTH=PLAIN"),
        send("{tag} OK CAPABILITY completed"),
    ];
    let server = FakeServer::plain(Dialect::Imap, script).await;
    let ctx = support::ctx();
    let secured = silent_handoff(&ctx, &server).await;
    let target = target(Protocol::Imap, server.port());
    let checked = protocol::run(&ctx, &target, secured).await;
    let found: Vec<&str> = checked.outcome.findings.iter().map(|f| f.code.id()).collect();
    assert_eq!(found, ["server.slow_response"]);
    let ready = checked.handoff.expect("ready");
    assert_eq!(ready.caps.keywords, ["IMAP4REV1", "IDLE", "AUTH=PLAIN"]);
    assert_eq!(ready.caps.auth, ["PLAIN"]);
    protocol::close(&ctx, &target, ready).await;
    let sent: Vec<String> = ctx
        .transcript
        .lines()
        .into_iter()
        .filter(|l| l.text.contains("CAPABILITY"))
        .map(|l| l.text)
        .collect();
    assert_eq!(sent.iter().filter(|t| t.as_str() == "a1 CAPABILITY").count(), 1, "{sent:?}");
    assert!(!sent.iter().any(|t| t == "a2 CAPABILITY"), "the probe's answer is reused: {sent:?}");
}

// ---- after TLS: implicit TLS reads the greeting here; STARTTLS asks for capabilities again ----

async fn tls_handoff(ctx: &Ctx, server: &FakeServer, ca: &TestCa, greeting: Option<Greeting>) -> Secured {
    let roots = maildoctor::net::tls::roots(false, &[ca.pem.as_str()]).expect("roots");
    let config = rustls::ClientConfig::builder().with_root_certificates(roots).with_no_client_auth();
    let connector = tokio_rustls::TlsConnector::from(Arc::new(config));
    let tcp = TcpStream::connect(server.addr).await.expect("connect");
    let name = rustls::pki_types::ServerName::try_from("mail.test").expect("name");
    let tls = connector.connect(name, Recorded::new(tcp)).await.expect("handshake");
    let stream = MailStream::Tls(Box::new(tls));
    let session = Session::new(stream, ctx.transcript.clone(), ctx.timeouts.io);
    Secured { session, greeting, silent: false }
}

#[tokio::test]
async fn with_implicit_tls_the_greeting_is_read_after_the_handshake() {
    let ca = TestCa::new("maildoctor test CA");
    let identity = ca.leaf("mail.test", &["mail.test"], (-1, 90));
    let greeting = "* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] Dovecot ready.";
    let server = FakeServer::tls(Dialect::Imap, vec![send(greeting)], identity.server_config()).await;
    let ctx = support::ctx();
    let secured = tls_handoff(&ctx, &server, &ca, None).await;
    let checked = protocol::run(&ctx, &target(Protocol::Imap, server.port()), secured).await;
    assert_eq!(checked.outcome.status, StageStatus::Pass, "{:?}", checked.outcome.findings);
    assert_eq!(checked.outcome.data["capabilities_from"], "greeting");
    assert_eq!(checked.outcome.data["greeting"][0], greeting);
    assert_eq!(ctx.facts().software.as_deref(), Some("Dovecot"));
}

#[tokio::test]
async fn after_starttls_imap_capabilities_are_asked_for_again() {
    // The greeting was read before TLS and advertised STARTTLS and LOGINDISABLED; after the
    // upgrade those no longer hold (RFC 9051 §6.2.1), so CAPABILITY is issued again.
    let ca = TestCa::new("maildoctor test CA");
    let identity = ca.leaf("mail.test", &["mail.test"], (-1, 90));
    let server = FakeServer::tls(Dialect::Imap, vec![], identity.server_config()).await;
    let ctx = support::ctx();
    let before_tls = Greeting {
        speaks: Speaks::Imap,
        lines: vec!["* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready".to_owned()],
        elapsed: Duration::from_millis(5),
    };
    let secured = tls_handoff(&ctx, &server, &ca, Some(before_tls)).await;
    let checked = protocol::run(&ctx, &target(Protocol::Imap, server.port()), secured).await;
    let ready = checked.handoff.expect("ready");
    assert_eq!(ready.caps.keywords, ["IMAP4REV1", "AUTH=PLAIN"]);
    assert!(!ready.caps.login_disabled && !ready.caps.starttls);
    assert_eq!(checked.outcome.data["capabilities_from"], "CAPABILITY");
}
