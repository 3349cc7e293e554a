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
