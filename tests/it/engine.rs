//! The engine end to end over plain connections: stage order, skips, safety.

use maildoctor::runner::Engine;
use maildoctor::stage::{Stage, StageStatus};
use maildoctor::target::{Protocol, SecurityChoice};

use crate::support::fake_server::{Dialect, FakeServer, send};
use crate::support::{self, assert_code};

#[tokio::test]
async fn every_stage_is_listed_even_when_an_early_one_fails() {
    let engine = support::engine(None);
    let req = support::request(Protocol::Imap, "127.0.0.1", 1, SecurityChoice::None);
    let report = engine.diagnose(&req).await;
    assert_eq!(report.stages.len(), 8);
    assert_eq!(report.stage(Stage::Tcp).map(|s| s.status), Some(StageStatus::Fail));
    assert_eq!(report.stage(Stage::Tls).map(|s| s.status), Some(StageStatus::Skip));
    assert_code(&report, "tcp.refused");
}

#[tokio::test]
async fn the_default_policy_refuses_loopback_and_private_targets() {
    let mut settings = support::settings(None);
    settings.policy = maildoctor::net::policy::AddressPolicy::strict();
    let engine = Engine::new(settings).expect("engine");
    for host in ["127.0.0.1", "10.0.0.1"] {
        let report = engine.diagnose(&support::request(Protocol::Imap, host, 993, SecurityChoice::Tls)).await;
        assert_code(&report, "dns.blocked_address");
        assert_eq!(
            report.stage(Stage::Tcp).map(|s| s.status),
            Some(StageStatus::Skip),
            "{host} must not be contacted"
        );
    }
}

#[tokio::test]
async fn a_plain_imap_server_is_reached_and_the_unencrypted_link_is_flagged() {
    let server =
        FakeServer::plain(Dialect::Imap, vec![send("* OK [CAPABILITY IMAP4rev1] Dovecot ready.")]).await;
    let engine = support::engine(None);
    let report = engine
        .diagnose(&support::request(Protocol::Imap, "127.0.0.1", server.port(), SecurityChoice::None))
        .await;
    assert_code(&report, "tls.not_used");
    assert_eq!(report.stage(Stage::Protocol).map(|s| s.status), Some(StageStatus::Pass));
}

#[test]
fn a_diagnosis_future_is_send_so_web_handlers_and_spawned_tasks_can_run_it() {
    // Compile-time check: a non-Send future (e.g. a `dyn FnMut` held across an await) would
    // make every axum handler and `tokio::spawn` of a diagnosis fail to build.
    fn assert_send<T: Send>(_: &T) {}
    let engine = support::engine(None);
    let req = support::request(Protocol::Imap, "127.0.0.1", 1, SecurityChoice::None);
    let fut = engine.diagnose(&req);
    assert_send(&fut);
}

#[tokio::test]
async fn input_confusion_is_reported_through_the_engine_before_any_packet_is_sent() {
    use maildoctor::target::{DiagnoseRequest, RawPort};
    // Names resolve through a local responder (NXDOMAIN for everything): nothing leaves loopback.
    let dns = crate::support::dns::Zone::new().start().await;
    let mut settings = support::settings(None);
    settings.dns_server = Some(dns.addr);
    let engine = Engine::new(settings).expect("engine");
    let cases: &[(Protocol, &str, Option<&str>, SecurityChoice, &str)] = &[
        (Protocol::Imap, "imap .example.com", None, SecurityChoice::Auto, "input.invalid_host"),
        (Protocol::Imap, "127.0.0.1", Some("70000"), SecurityChoice::Auto, "input.invalid_port"),
        (Protocol::Imap, "me@gmail.com", None, SecurityChoice::Auto, "input.email_as_server"),
        (Protocol::Imap, "mail.google.com", None, SecurityChoice::Auto, "input.webmail_host"),
        (Protocol::Imap, "127.0.0.1", Some("995"), SecurityChoice::Tls, "input.protocol_port_mismatch"),
        (Protocol::Pop3, "imap.invalid", None, SecurityChoice::Auto, "input.host_protocol_mismatch"),
        (Protocol::Imap, "127.0.0.1", Some("143"), SecurityChoice::Tls, "input.security_port_mismatch"),
    ];
    for (protocol, host, port, security, code) in cases {
        let req = DiagnoseRequest {
            port: port.map(|p| RawPort(p.to_owned())),
            security: Some(*security),
            ..DiagnoseRequest::new(*protocol, *host)
        };
        let mut req = req;
        req.options.timeout_secs = Some(2);
        let report = engine.diagnose(&req).await;
        assert_code(&report, code);
        assert_eq!(report.stages[0].name, Stage::Input);
        assert!(report.stages[0].codes.iter().any(|c| c.id() == *code), "{code} belongs to the input stage");
    }
}
