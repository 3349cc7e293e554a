//! Who runs the server, seen from DNS and from the server itself: a custom host that is an
//! alias (CNAME) of a provider's server, a domain whose MX is at a provider, an e-mail domain's
//! MX, a provider's capability, and a well-known server name that this network's DNS cannot
//! look up. Everything runs against the loopback DNS responder and loopback fake servers.

use hickory_proto::rr::RecordType;
use maildoctor::diagnosis::Code;
use maildoctor::diagnosis::catalog::Catalog;
use maildoctor::net::policy::AddressPolicy;
use maildoctor::providers::identify::Source;
use maildoctor::report::Report;
use maildoctor::runner::Engine;
use maildoctor::secret::Password;
use maildoctor::stage::Stage;
use maildoctor::target::{DiagnoseRequest, Protocol, SecurityChoice};

use crate::support::certs::TestCa;
use crate::support::dns::{FakeDns, Mode, Zone};
use crate::support::fake_server::{Dialect, FakeServer, Step, send};
use crate::support::{self, codes};

const HOST: &str = "mail.example-company.test";

fn engine(dns: &FakeDns, ca: &TestCa, policy: AddressPolicy) -> Engine {
    let mut settings = support::settings(Some(ca.pem.clone()));
    settings.dns_server = Some(dns.addr);
    settings.policy = policy;
    Engine::new(settings).expect("engine")
}

fn sign_in(host: &str, port: u16, user: &str) -> DiagnoseRequest {
    let mut req = support::request(Protocol::Imap, host, port, SecurityChoice::Tls);
    req.username = Some(user.into());
    req.password = Some(Password::new("correct horse"));
    req
}

/// An IMAPS server on 127.0.0.1 for `HOST` that greets with `greeting` and refuses the sign-in
/// with `refusal`.
async fn refusing(ca: &TestCa, greeting: &str, refusal: &str) -> FakeServer {
    let id = ca.leaf(HOST, &[HOST], (-1, 90));
    let script = vec![send(greeting), Step::Recv, send(refusal)];
    FakeServer::tls(Dialect::Imap, script, id.server_config()).await
}

fn provider(report: &Report) -> Option<(&str, Option<Source>)> {
    report.provider.as_ref().map(|p| (p.id.as_str(), p.identified_from))
}

fn steps_for(code: Code, provider: Option<&str>) -> Vec<String> {
    Catalog::embedded().entry(code).remedy_for(provider).to_vec()
}

const EXCHANGE_ON_PREMISES: &str =
    "* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] The Microsoft Exchange IMAP4 service is ready.";

#[tokio::test]
async fn a_custom_host_that_is_an_alias_of_microsoft_365_gets_microsofts_remedy_for_a_failed_login() {
    let ca = TestCa::new("Provider Test CA");
    let server = refusing(&ca, EXCHANGE_ON_PREMISES, "{tag} NO LOGIN failed.").await;
    let dns = Zone::new()
        .cname(HOST, "outlook.office365.com")
        .addr("outlook.office365.com", "127.0.0.1")
        .start()
        .await;
    let report = engine(&dns, &ca, AddressPolicy::permissive())
        .diagnose(&sign_in(HOST, server.port(), "ann@example-company.test"))
        .await;

    assert_eq!(provider(&report), Some(("microsoft365", Some(Source::Cname))), "{:?}", codes(&report));
    let via = report.provider.as_ref().and_then(|p| p.evidence.clone()).unwrap_or_default();
    assert!(via.contains("outlook.office365.com"), "{via}");
    assert_eq!(report.primary, Some(Code::AuthBasicAuthDisabled), "{:?}", codes(&report));
    let primary = report.primary_finding().expect("primary");
    assert_eq!(primary.remedy, steps_for(Code::AuthBasicAuthDisabled, Some("microsoft365")));
}

#[tokio::test]
async fn a_hotmail_it_account_on_microsofts_servers_is_outlook_com_through_the_ispdb() {
    // The table lists some of Microsoft's consumer domains; the ISPDB copy files hotmail.it with
    // hotmail.com, so the account is Outlook.com's and gets its OAuth2-only remedy.
    let ca = TestCa::new("Provider Test CA");
    let server = refusing(&ca, EXCHANGE_ON_PREMISES, "{tag} NO LOGIN failed.").await;
    let dns = Zone::new()
        .cname(HOST, "outlook.office365.com")
        .addr("outlook.office365.com", "127.0.0.1")
        .start()
        .await;
    let report = engine(&dns, &ca, AddressPolicy::permissive())
        .diagnose(&sign_in(HOST, server.port(), "ann@hotmail.it"))
        .await;
    let id = report.provider.as_ref().map(|p| p.id.as_str());
    assert_eq!(id, Some("outlook"), "{:?}", report.provider);
    let primary = report.primary_finding().expect("primary");
    assert_eq!(primary.remedy, steps_for(primary.code, Some("outlook")), "{:?}", codes(&report));
    // The settings table says how Outlook.com lets apps sign in.
    let rows = &report.suggested_settings.as_ref().expect("Outlook.com's settings").rows;
    let outlook: Vec<_> =
        rows.iter().filter(|r| r.sources.iter().any(|p| p.detail.contains("Outlook"))).collect();
    assert!(!outlook.is_empty(), "{rows:?}");
    for row in outlook {
        assert!(row.note.as_deref().is_some_and(|n| n.starts_with("Sign-in: OAuth2 only")), "{row:?}");
    }
}

#[tokio::test]
async fn the_same_server_without_the_alias_is_nobodys_and_gets_the_plain_remedy() {
    let ca = TestCa::new("Provider Test CA");
    let server = refusing(&ca, EXCHANGE_ON_PREMISES, "{tag} NO LOGIN failed.").await;
    let dns = Zone::new().addr(HOST, "127.0.0.1").start().await;
    let report = engine(&dns, &ca, AddressPolicy::permissive())
        .diagnose(&sign_in(HOST, server.port(), "ann@example-company.test"))
        .await;

    assert_eq!(provider(&report), None, "{:?}", report.provider);
    assert_eq!(report.primary, Some(Code::AuthInvalidCredentials), "{:?}", codes(&report));
}

#[tokio::test]
async fn an_mx_at_google_gives_a_custom_domain_gmails_remedy() {
    let ca = TestCa::new("Provider Test CA");
    let refusal = "{tag} NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)";
    let server = refusing(&ca, "* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] ready", refusal).await;
    let dns = Zone::new()
        .addr(HOST, "127.0.0.1")
        .mx("example-company.test", 1, "aspmx.l.google.com")
        .mx("example-company.test", 5, "alt1.aspmx.l.google.com")
        .start()
        .await;
    let report = engine(&dns, &ca, AddressPolicy::permissive())
        .diagnose(&sign_in(HOST, server.port(), "ann@example-company.test"))
        .await;

    assert_eq!(provider(&report), Some(("gmail", Some(Source::EmailMx))), "{:?}", report.provider);
    let via = report.provider.as_ref().and_then(|p| p.evidence.clone()).unwrap_or_default();
    assert_eq!(via, "MX of example-company.test: aspmx.l.google.com");
    assert!(report.has(Code::AuthAppPasswordRequired), "{:?}", codes(&report));
    let primary = report.primary_finding().expect("primary");
    assert_eq!(primary.remedy, steps_for(primary.code, Some("gmail")));
    assert_ne!(primary.remedy, steps_for(primary.code, None), "Gmail has steps of its own here");
    assert!(
        dns.seen().iter().any(|q| q.name == "example-company.test" && q.rtype == RecordType::MX),
        "{:?}",
        dns.seen()
    );
}

#[tokio::test]
async fn a_server_of_ones_own_behind_an_mx_at_google_is_not_taken_for_gmail() {
    let ca = TestCa::new("Provider Test CA");
    let dovecot = "* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] Dovecot ready.";
    let server = refusing(&ca, dovecot, "{tag} NO [AUTHENTICATIONFAILED] Authentication failed.").await;
    let dns =
        Zone::new().addr(HOST, "127.0.0.1").mx("example-company.test", 1, "aspmx.l.google.com").start().await;
    let report = engine(&dns, &ca, AddressPolicy::permissive())
        .diagnose(&sign_in(HOST, server.port(), "ann@example-company.test"))
        .await;

    assert_eq!(provider(&report), None, "Dovecot answered, not Google: {:?}", report.provider);
    assert_eq!(report.primary, Some(Code::AuthInvalidCredentials));
    assert_eq!(
        report.primary_finding().expect("primary").remedy,
        steps_for(Code::AuthInvalidCredentials, None)
    );
}

#[tokio::test]
async fn the_mx_of_the_host_domain_counts_when_the_user_name_is_not_an_address() {
    let ca = TestCa::new("Provider Test CA");
    let refusal = "{tag} NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)";
    let server = refusing(&ca, "* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] ready", refusal).await;
    let dns = Zone::new()
        .addr(HOST, "127.0.0.1")
        .mx("example-company.test", 10, "example-company-test.mail.protection.outlook.com")
        .start()
        .await;
    let report =
        engine(&dns, &ca, AddressPolicy::permissive()).diagnose(&sign_in(HOST, server.port(), "ann")).await;

    assert_eq!(provider(&report), Some(("microsoft365", Some(Source::Mx))), "{:?}", report.provider);
    let clues = &report.provider.as_ref().expect("provider").clues;
    assert!(clues.iter().any(|c| c.source == Source::Mx && c.provider.id == "microsoft365"), "{clues:?}");
}

#[tokio::test]
async fn a_capability_only_gmail_advertises_names_gmail_behind_any_host_name() {
    let ca = TestCa::new("Provider Test CA");
    let id = ca.leaf(HOST, &[HOST], (-1, 90));
    let script = vec![
        send("* OK ready for requests"),
        Step::Recv,
        send("* CAPABILITY IMAP4rev1 UNSELECT IDLE X-GM-EXT-1 SASL-IR AUTH=PLAIN"),
        send("{tag} OK done"),
    ];
    let server = FakeServer::tls(Dialect::Imap, script, id.server_config()).await;
    let dns = Zone::new().addr(HOST, "127.0.0.1").start().await;
    let report = engine(&dns, &ca, AddressPolicy::permissive())
        .diagnose(&support::request(Protocol::Imap, HOST, server.port(), SecurityChoice::Tls))
        .await;

    assert_eq!(provider(&report), Some(("gmail", Some(Source::Capabilities))), "{:?}", codes(&report));
    assert_eq!(report.provider.as_ref().and_then(|p| p.evidence.as_deref()), Some("X-GM-EXT-1"));
}

#[tokio::test]
async fn a_silent_mx_answer_holds_the_dns_stage_up_only_briefly() {
    let ca = TestCa::new("Provider Test CA");
    let dns = Zone::new()
        .addr(HOST, "127.0.0.1")
        .mode_for("example-company.test", RecordType::MX, Mode::Silence)
        .start()
        .await;
    let report = engine(&dns, &ca, AddressPolicy::permissive()).diagnose(&sign_in(HOST, 1, "ann")).await;

    let dns_ms = report.stage(Stage::Dns).expect("dns stage").duration_ms;
    // The MX gets 300 ms after the address answer; waiting for the resolver's own limit
    // (500 ms plus its grace) would take 750 ms.
    assert!(dns_ms < 650, "the dns stage took {dns_ms} ms");
    assert!(
        report.transcript.iter().any(|l| l.text.contains("dns MX example-company.test: not waited for")),
        "{:#?}",
        report.transcript
    );
    assert_eq!(provider(&report), None);
}

async fn lookup_of(zone: Zone, host: &str, policy: AddressPolicy) -> Report {
    let dns = zone.start().await;
    let mut settings = support::settings(None);
    settings.dns_server = Some(dns.addr);
    settings.policy = policy;
    let engine = Engine::new(settings).expect("engine");
    engine.diagnose(&support::request(Protocol::Imap, host, 993, SecurityChoice::Tls)).await
}

fn evidence(report: &Report, label: &str) -> Option<String> {
    let finding = report.finding(Code::DnsProviderLookupFailed)?;
    finding.evidence.iter().find(|e| e.label == label).map(|e| e.value.clone())
}

#[tokio::test]
async fn a_well_known_server_that_does_not_resolve_blames_this_networks_dns_not_a_typo() {
    let report = lookup_of(
        Zone::new().mode("imap.gmail.com", Mode::NxDomain),
        "imap.gmail.com",
        AddressPolicy::permissive(),
    )
    .await;
    assert_eq!(report.primary, Some(Code::DnsProviderLookupFailed), "{:?}", codes(&report));
    assert!(!report.has(Code::DnsNxdomain) && !report.has(Code::DnsDidYouMean), "{:?}", codes(&report));
    assert_eq!(evidence(&report, "DNS answer").as_deref(), Some("NXDOMAIN (no such name)"));
    assert_eq!(evidence(&report, "belongs to").as_deref(), Some("Gmail"));
    let steps = report.primary_finding().expect("primary").remedy.join(" ");
    assert!(steps.contains("another network") && !steps.contains("typing"), "{steps}");
}

#[tokio::test]
async fn servfail_for_a_well_known_server_blames_the_network_too() {
    let zone = Zone::new().mode("outlook.office365.com", Mode::ServFail);
    let report = lookup_of(zone, "outlook.office365.com", AddressPolicy::permissive()).await;
    assert_eq!(report.primary, Some(Code::DnsProviderLookupFailed), "{:?}", codes(&report));
    assert_eq!(evidence(&report, "DNS answer").as_deref(), Some("SERVFAIL"));
    assert!(!report.has(Code::DnsServfail));
}

#[tokio::test]
async fn a_well_known_server_sinkholed_to_0_0_0_0_is_a_dns_filter_not_a_blocked_address() {
    let zone = Zone::new().addr("imap.gmail.com", "0.0.0.0");
    let report = lookup_of(zone, "imap.gmail.com", AddressPolicy::strict()).await;
    assert_eq!(report.primary, Some(Code::DnsProviderLookupFailed), "{:?}", codes(&report));
    assert!(!report.has(Code::DnsBlockedAddress));
    assert!(evidence(&report, "DNS answer").is_some_and(|a| a.contains("0.0.0.0")));
}

#[tokio::test]
async fn a_made_up_name_under_a_providers_domain_is_still_nxdomain() {
    let report = lookup_of(Zone::new(), "imapp.gmail.com", AddressPolicy::permissive()).await;
    assert_eq!(report.primary, Some(Code::DnsNxdomain), "{:?}", codes(&report));
    assert!(!report.has(Code::DnsProviderLookupFailed));
}
