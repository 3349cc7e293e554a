//! The `dns` stage through the engine, against the in-process DNS responder.

use std::time::{Duration, Instant};

use maildoctor::diagnosis::Code;
use maildoctor::net::policy::AddressPolicy;
use maildoctor::report::Report;
use maildoctor::runner::Engine;
use maildoctor::stage::{Stage, StageStatus};
use maildoctor::target::{Protocol, SecurityChoice};
use tokio::net::TcpListener;

use hickory_proto::rr::RecordType;

use crate::support::dns::{FakeDns, Mode, Zone};
use crate::support::fake_server::{Dialect, FakeServer, send};
use crate::support::{self, assert_code, codes};

/// An engine whose resolver asks `dns`.
fn engine_for(dns: &FakeDns) -> Engine {
    engine_with(dns, AddressPolicy::permissive())
}

fn engine_with(dns: &FakeDns, policy: AddressPolicy) -> Engine {
    let mut settings = support::settings(None);
    settings.dns_server = Some(dns.addr);
    settings.policy = policy;
    Engine::new(settings).expect("engine")
}

async fn diagnose(engine: &Engine, host: &str, port: u16) -> Report {
    engine.diagnose(&support::request(Protocol::Imap, host, port, SecurityChoice::None)).await
}

fn status(report: &Report, stage: Stage) -> Option<StageStatus> {
    report.stage(stage).map(|s| s.status)
}

fn evidence(report: &Report, code: Code, label: &str) -> Option<String> {
    let finding = report.finding(code)?;
    finding.evidence.iter().find(|e| e.label == label).map(|e| e.value.clone())
}

fn imap_server() -> impl std::future::Future<Output = FakeServer> {
    FakeServer::plain(Dialect::Imap, vec![send("* OK [CAPABILITY IMAP4rev1] Dovecot ready.")])
}

#[tokio::test]
async fn a_name_that_does_not_exist_is_reported_as_nxdomain_and_nothing_is_contacted() {
    let dns = Zone::new().start().await;
    let report = diagnose(&engine_for(&dns), "nosuch.example.test", 143).await;
    assert_code(&report, "dns.nxdomain");
    assert_eq!(report.primary, Some(Code::DnsNxdomain));
    assert_eq!(status(&report, Stage::Dns), Some(StageStatus::Fail));
    assert_eq!(status(&report, Stage::Tcp), Some(StageStatus::Skip));
    assert!(
        !report.has(Code::DnsDidYouMean),
        "no provider is near nosuch.example.test: {:?}",
        codes(&report)
    );
}

#[tokio::test]
async fn a_name_without_any_address_is_reported_as_no_address_not_as_nxdomain() {
    let dns = Zone::new().mode("mx-only.example.test", Mode::NoData).start().await;
    let report = diagnose(&engine_for(&dns), "mx-only.example.test", 143).await;
    assert_code(&report, "dns.no_address");
    assert!(!report.has(Code::DnsNxdomain));
    assert_eq!(status(&report, Stage::Tcp), Some(StageStatus::Skip));
}

#[tokio::test]
async fn a_servfail_answer_is_reported_as_servfail_with_the_response_code() {
    let dns = Zone::new().mode("broken.example.test", Mode::ServFail).start().await;
    let report = diagnose(&engine_for(&dns), "broken.example.test", 143).await;
    assert_code(&report, "dns.servfail");
    assert_eq!(evidence(&report, Code::DnsServfail, "response").as_deref(), Some("SERVFAIL"));
    assert!(!report.has(Code::DnsTimeout) && !report.has(Code::DnsNxdomain));
}

#[tokio::test]
async fn a_refusing_dns_server_is_reported_as_servfail_with_refused() {
    // dnsmasq with `local=/example.test/` answers REFUSED for names outside its zone.
    let dns = Zone::new().otherwise(Mode::Refused).start().await;
    let report = diagnose(&engine_for(&dns), "imap.elsewhere.example", 143).await;
    assert_code(&report, "dns.servfail");
    assert_eq!(evidence(&report, Code::DnsServfail, "response").as_deref(), Some("REFUSED"));
}

#[tokio::test]
async fn a_silent_dns_server_is_a_timeout_within_bounded_time() {
    let dns = Zone::new().mode("slow.example.test", Mode::Silence).start().await;
    let engine = engine_for(&dns);
    let limit = engine.settings().timeouts.dns;
    let started = Instant::now();
    let report = diagnose(&engine, "slow.example.test", 143).await;
    let took = started.elapsed();
    assert_code(&report, "dns.timeout");
    let stage_ms = report.stage(Stage::Dns).map(|s| s.duration_ms).expect("dns stage");
    assert!(
        stage_ms >= u64::try_from(limit.as_millis()).expect("ms") / 2,
        "gave up too early: {stage_ms} ms"
    );
    assert!(Duration::from_millis(stage_ms) < limit * 3, "dns stage took {stage_ms} ms, limit {limit:?}");
    assert!(took < limit * 3, "the whole diagnosis took {took:?}");
    assert_eq!(status(&report, Stage::Tcp), Some(StageStatus::Skip));
}

#[tokio::test]
async fn when_every_address_is_refused_by_the_policy_nothing_is_contacted() {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let dns = Zone::new()
        .addr("inside.example.test", "127.0.0.1")
        .addr("inside.example.test", "10.0.0.1")
        .start()
        .await;
    let report = diagnose(&engine_with(&dns, AddressPolicy::strict()), "inside.example.test", port).await;

    assert_code(&report, "dns.blocked_address");
    assert_eq!(status(&report, Stage::Tcp), Some(StageStatus::Skip));
    let loopback = evidence(&report, Code::DnsBlockedAddress, "127.0.0.1").expect("127.0.0.1 listed");
    assert!(loopback.contains("loopback"), "{loopback}");
    let private = evidence(&report, Code::DnsBlockedAddress, "10.0.0.1").expect("10.0.0.1 listed");
    assert!(private.contains("private"), "{private}");
    let contacted = tokio::time::timeout(Duration::from_millis(200), listener.accept()).await;
    assert!(contacted.is_err(), "the blocked address was contacted anyway");
}

#[tokio::test]
async fn when_only_some_addresses_are_refused_the_others_are_used_and_the_refused_noted() {
    let server = imap_server().await;
    let dns = Zone::new()
        .addr("mixed.example.test", "127.0.0.1")
        .addr("mixed.example.test", "10.0.0.1")
        .start()
        .await;
    let policy = AddressPolicy { allow_private: false, allow: vec!["127.0.0.0/8".parse().expect("cidr")] };
    let report = diagnose(&engine_with(&dns, policy), "mixed.example.test", server.port()).await;

    assert!(!report.has(Code::DnsBlockedAddress), "{:?}", codes(&report));
    assert_eq!(status(&report, Stage::Tcp), Some(StageStatus::Pass));
    let data = &report.stage(Stage::Dns).expect("dns").data;
    assert_eq!(data["vetted"], serde_json::json!(["127.0.0.1"]));
    assert_eq!(data["blocked"][0]["address"], "10.0.0.1");
}

#[tokio::test]
async fn a_cname_is_followed_to_the_mail_server_and_the_chain_is_recorded() {
    let server = imap_server().await;
    let dns = Zone::new()
        .cname("mail.example.test", "hosted.example.test")
        .cname("hosted.example.test", "box.provider.test")
        .addr("box.provider.test", "127.0.0.1")
        .start()
        .await;
    let report = diagnose(&engine_for(&dns), "mail.example.test", server.port()).await;

    assert_eq!(status(&report, Stage::Dns), Some(StageStatus::Pass), "{:?}", codes(&report));
    assert_eq!(status(&report, Stage::Protocol), Some(StageStatus::Pass), "{:?}", codes(&report));
    let data = &report.stage(Stage::Dns).expect("dns").data;
    assert_eq!(data["cnames"], serde_json::json!(["hosted.example.test", "box.provider.test"]));
    assert_eq!(data["a"]["addresses"], serde_json::json!(["127.0.0.1"]));
}

#[tokio::test]
async fn a_cname_whose_target_is_outside_the_answer_is_still_followed() {
    let server = imap_server().await;
    let dns = Zone::new()
        .cname("alias.example.test", "real.example.test")
        .addr("real.example.test", "127.0.0.1")
        .no_chase()
        .start()
        .await;
    let report = diagnose(&engine_for(&dns), "alias.example.test", server.port()).await;
    assert_eq!(status(&report, Stage::Tcp), Some(StageStatus::Pass), "{:?}", codes(&report));
    let data = &report.stage(Stage::Dns).expect("dns").data;
    assert_eq!(data["cnames"], serde_json::json!(["real.example.test"]));
    assert!(
        dns.seen().iter().any(|q| q.name == "real.example.test"),
        "the target was asked: {:?}",
        dns.seen()
    );
}

#[tokio::test]
async fn a_typo_of_a_provider_host_gets_did_you_mean_next_to_nxdomain() {
    let dns = Zone::new().start().await;
    let report = diagnose(&engine_for(&dns), "imap.gmial.com", 993).await;

    assert_code(&report, "dns.nxdomain");
    assert_code(&report, "dns.did_you_mean");
    assert_eq!(report.primary, Some(Code::DnsNxdomain), "the failure stays the first thing to fix");
    assert_eq!(evidence(&report, Code::DnsDidYouMean, "did you mean").as_deref(), Some("imap.gmail.com"));
    let fix = report.finding(Code::DnsDidYouMean).and_then(|f| f.fix.clone()).expect("a fix");
    assert_eq!(fix.host.as_deref(), Some("imap.gmail.com"));
    let settings = report.suggested_settings.as_ref().expect("suggested settings");
    assert!(settings.rows.iter().any(|r| r.host == "imap.gmail.com"), "{settings:?}");
}

#[tokio::test]
async fn a_typo_of_a_provider_host_that_resolves_is_a_warning_and_the_check_goes_on() {
    let server = imap_server().await;
    let dns = Zone::new().addr("imap.gmial.com", "127.0.0.1").start().await;
    let report = diagnose(&engine_for(&dns), "imap.gmial.com", server.port()).await;

    assert_code(&report, "dns.did_you_mean");
    assert_eq!(status(&report, Stage::Dns), Some(StageStatus::Warn));
    assert_eq!(status(&report, Stage::Tcp), Some(StageStatus::Pass));
    let resolved = evidence(&report, Code::DnsDidYouMean, "typed name resolves to");
    assert_eq!(resolved.as_deref(), Some("127.0.0.1"));
}

#[tokio::test]
async fn a_truncated_udp_answer_is_retried_over_tcp_on_the_same_port() {
    let server = imap_server().await;
    let dns =
        Zone::new().addr("big.example.test", "127.0.0.1").truncate_udp("big.example.test").start().await;
    let report = diagnose(&engine_for(&dns), "big.example.test", server.port()).await;
    assert_eq!(status(&report, Stage::Tcp), Some(StageStatus::Pass), "{:?}", codes(&report));
    assert!(dns.seen().iter().any(|q| q.tcp && q.name == "big.example.test"), "{:?}", dns.seen());
}

#[tokio::test]
async fn answers_are_not_cached_so_a_fixed_record_shows_at_once() {
    let dns = Zone::new().start().await;
    let engine = engine_for(&dns);
    diagnose(&engine, "again.example.test", 143).await;
    diagnose(&engine, "again.example.test", 143).await;
    let a_queries =
        dns.seen().iter().filter(|q| q.name == "again.example.test" && q.rtype == RecordType::A).count();
    assert_eq!(a_queries, 2, "the second check must ask again: {:?}", dns.seen());
}

#[tokio::test]
async fn an_ip_literal_needs_no_lookup() {
    let server = imap_server().await;
    let dns = Zone::new().start().await;
    let report = diagnose(&engine_for(&dns), "127.0.0.1", server.port()).await;
    assert_eq!(status(&report, Stage::Dns), Some(StageStatus::Pass));
    assert!(dns.seen().is_empty(), "{:?}", dns.seen());
}

#[tokio::test]
async fn when_only_the_ipv6_lookup_fails_the_check_goes_on_with_ipv4() {
    let server = imap_server().await;
    let dns = Zone::new()
        .addr("half.example.test", "127.0.0.1")
        .mode_for("half.example.test", RecordType::AAAA, Mode::ServFail)
        .start()
        .await;
    let report = diagnose(&engine_for(&dns), "half.example.test", server.port()).await;

    assert!(!report.has(Code::DnsServfail), "one family working is enough: {:?}", codes(&report));
    assert_eq!(status(&report, Stage::Tcp), Some(StageStatus::Pass));
    let data = &report.stage(Stage::Dns).expect("dns").data;
    assert!(data["aaaa"]["error"].as_str().is_some_and(|e| e.contains("SERVFAIL")), "{data}");
}

#[tokio::test]
async fn a_timeout_on_one_family_and_no_address_on_the_other_is_a_timeout() {
    let dns = Zone::new()
        .mode("mostly.example.test", Mode::NoData)
        .mode_for("mostly.example.test", RecordType::A, Mode::Silence)
        .start()
        .await;
    let report = diagnose(&engine_for(&dns), "mostly.example.test", 143).await;
    assert_code(&report, "dns.timeout");
    assert!(!report.has(Code::DnsNoAddress), "the IPv4 answer is unknown, not absent: {:?}", codes(&report));
}

#[tokio::test]
async fn a_name_with_many_addresses_is_tried_on_a_few_of_them_only() {
    let mut zone = Zone::new();
    for i in 1..=12 {
        zone = zone.addr("many.example.test", &format!("127.0.0.{i}"));
    }
    let dns = zone.start().await;
    let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("bind").local_addr().expect("addr").port();
    let report = diagnose(&engine_for(&dns), "many.example.test", closed).await;
    let dns_data = &report.stage(Stage::Dns).expect("dns stage").data;
    assert_eq!(dns_data["vetted"].as_array().map(Vec::len), Some(4), "{dns_data:#}");
    assert_eq!(dns_data["not_tried"], 8);
    let tcp_data = &report.stage(Stage::Tcp).expect("tcp stage").data;
    assert_eq!(tcp_data["attempts"].as_array().map(Vec::len), Some(4), "{tcp_data:#}");
}
