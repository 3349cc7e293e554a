//! Thunderbird's ISPDB as a discovery source: its service, and a copy built into the binary.
//!
//! Thunderbird asks `https://autoconfig.thunderbird.net/v1.1/<domain>` (then the same for the
//! registrable domain of the MX host) for an autoconfig file from its database of about 160
//! providers and 960 domains. [`run`] does the same through the discovery fetcher (same address
//! policy, size cap and time limit as autoconfig); when the service cannot be reached — an
//! offline help desk, a firewall — it answers from the copy built in ([`crate::providers::ispdb`],
//! MPL-2.0 data). Each candidate says which of the two it came from. The service's answer is
//! the autoconfig format this crate already reads ([`super::autoconfig`]).

use super::autoconfig::{self, Entry, Offer};
use super::model::{Candidate, Claim, SourceKind};
use super::{Address, Found};
use crate::i18n::Text;
use crate::net::http::Fetcher;
pub use crate::providers::ispdb::{Provider, Server, commit, lookup, providers};

/// A snapshot server as an autoconfig entry, understood like a fetched file's.
fn entry(server: &Server) -> Entry {
    Entry {
        kind: server.kind.clone(),
        hostname: server.hostname.clone(),
        port: server.port.clone(),
        socket_type: server.socket_type.clone(),
        username: server.username.clone(),
    }
}

/// What the snapshot says of `domain`, for `address`.
/// `why` is the message id of the reason the snapshot was asked (`discover-why-…`).
pub fn offline(address: &Address, domain: &str, why: &str) -> Found {
    let mut found = Found::default();
    let query = format!("ISPDB snapshot {domain}");
    let Some(provider) = lookup(domain) else {
        found.report(
            SourceKind::Ispdb,
            &query,
            Text::new("discover-answer-not-in-snapshot").arg_message("why", why),
        );
        return found;
    };
    let short = commit().get(..12).unwrap_or_default();
    let detail = Claim::words(
        SourceKind::Ispdb,
        Text::new("claim-ispdb-snapshot").arg("commit", short).arg("id", &provider.id),
    );
    let offers: Vec<(Offer, bool)> = provider
        .servers
        .iter()
        .filter_map(|s| autoconfig::understand(&entry(s), address).map(|o| (o, s.oauth_only())))
        .collect();
    let result = Text::new("discover-answer-snapshot")
        .arg("provider", &provider.name)
        .count("count", offers.len() as u64)
        .arg_message("why", why);
    found.report(SourceKind::Ispdb, &query, result);
    found.provider = Some(provider.name.clone());
    // The provider table's own sign-in note, when it knows the domain, says it better.
    let table_knows = crate::providers::Provider::by_domain(domain).is_some_and(|p| p.signin.is_some());
    if !table_knows
        && offers.iter().any(|(o, _)| o.protocol.is_incoming())
        && offers.iter().all(|(_, oauth)| *oauth)
    {
        found.notes.push(Text::new("discover-note-ispdb-oauth-only").arg("provider", &provider.name));
    }
    found.candidates = offers.into_iter().map(|(offer, _)| candidate(offer, &detail)).collect();
    found
}

/// Asks the ISPDB service at `base` for `domain`, falling back to the snapshot when it cannot
/// be reached; `base` `None` asks only the snapshot.
pub async fn run(fetcher: &Fetcher, address: &Address, domain: &str, base: Option<&str>) -> Found {
    let Some(base) = base else { return offline(address, domain, "discover-why-not-asked") };
    let url = format!("{}/v1.1/{domain}", base.trim_end_matches('/'));
    let body = match fetcher.get(&url).await {
        Ok(body) => body,
        Err(e) => {
            let mut found = offline(address, domain, "discover-why-unreachable");
            found.report_as_given(SourceKind::Ispdb, &url, e);
            return found;
        }
    };
    let mut found = Found::default();
    let entries = match autoconfig::parse_entries(&body) {
        Ok(entries) => entries,
        Err(e) => {
            found.report_as_given(SourceKind::Ispdb, &url, e);
            return found;
        }
    };
    let offers: Vec<Offer> = entries.iter().filter_map(|e| autoconfig::understand(e, address)).collect();
    found.report(SourceKind::Ispdb, &url, listed(offers.len(), entries.len()));
    let detail = Claim::plain(SourceKind::Ispdb, format!("ISPDB {url}"));
    found.candidates = offers.into_iter().map(|offer| candidate(offer, &detail)).collect();
    found
}

/// "2 usable servers of 3 listed".
pub fn listed(usable: usize, listed: usize) -> Text {
    Text::new("discover-answer-listed").count("count", usable as u64).count("listed", listed as u64)
}

fn candidate(offer: Offer, detail: &Claim) -> Candidate {
    let claim = detail.clone();
    let mut c = Candidate::new(offer.protocol, &offer.host, offer.port, offer.security, claim);
    c.username = offer.username;
    c
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::discover::model::UsernameForm;
    use crate::model::{Protocol, Security};

    #[test]
    fn the_snapshot_reads_and_knows_the_big_providers() {
        assert!(providers().len() > 150, "{}", providers().len());
        assert_eq!(commit().len(), 40);
        assert_eq!(lookup("GMX.de").map(|p| p.id.as_str()), Some("gmx.net"));
        assert_eq!(lookup("hotmail.it").map(|p| p.id.as_str()), Some("hotmail.com"));
        assert!(lookup("example.invalid").is_none());
    }

    #[test]
    fn a_domain_only_the_snapshot_knows_gets_its_servers_and_user_name_forms() {
        let address = Address { local: "jean".into(), domain: "free.fr".into() };
        let found = offline(&address, "free.fr", "offline");
        let imap = found.candidates.iter().find(|c| c.protocol == Protocol::Imap).expect("imap");
        assert_eq!((imap.host.as_str(), imap.port, imap.security), ("imap.free.fr", 993, Security::Tls));
        assert_eq!(imap.username, Some(UsernameForm::LocalPart));
        assert!(imap.claims[0].detail.starts_with("ISPDB snapshot"), "{:?}", imap.claims);
    }

    #[test]
    fn outlook_es_is_outlook_com_and_said_to_take_oauth2_only_once() {
        let address = Address { local: "ann".into(), domain: "outlook.es".into() };
        let found = offline(&address, "outlook.es", "offline");
        assert!(found.candidates.iter().any(|c| c.host == "outlook.office365.com"));
        assert!(found.notes.is_empty(), "the table's note says it: {:?}", found.notes);
        let table = crate::discover::sources::table("outlook.es");
        assert_eq!(
            table.provider.as_deref(),
            Some("Outlook.com"),
            "the ISPDB files outlook.es with hotmail.com"
        );
        assert!(
            table.notes.iter().any(|n| n.in_lang(crate::i18n::Lang::En).contains("only OAuth2")),
            "{:?}",
            table.notes
        );
    }

    #[test]
    fn the_provider_table_agrees_with_the_snapshot_or_says_why_not() {
        use crate::discover::sources::username_form;
        let mut unexplained = Vec::new();
        for provider in crate::providers::Provider::all() {
            let mut differences = Vec::new();
            for domain in &provider.domains {
                let Some(isp) = lookup(domain) else { continue };
                for protocol in [Protocol::Imap, Protocol::Pop3, Protocol::Smtp] {
                    let Some(ours) = provider.server(protocol) else { continue };
                    let theirs: Vec<&Server> =
                        isp.servers.iter().filter(|s| s.kind == protocol.name()).collect();
                    let address = Address { local: "someone".into(), domain: domain.clone() };
                    let offers: Vec<Offer> =
                        theirs.iter().filter_map(|s| autoconfig::understand(&entry(s), &address)).collect();
                    let same = offers
                        .iter()
                        .find(|o| o.host == ours.host && o.port == ours.port && o.security == ours.security);
                    let form = username_form(ours.username.as_deref().unwrap_or(&provider.username));
                    match same {
                        None => differences.push(format!(
                            "{domain} {protocol}: table {}:{} {}, ISPDB {:?}",
                            ours.host,
                            ours.port,
                            ours.security.name(),
                            offers.iter().map(|o| format!("{}:{}", o.host, o.port)).collect::<Vec<_>>()
                        )),
                        Some(o) if o.username.as_ref().is_some_and(|u| *u != form) => differences
                            .push(format!("{domain} {protocol}: user name {form:?}, ISPDB {:?}", o.username)),
                        Some(_) => {}
                    }
                }
            }
            match (&provider.ispdb_differs, differences.is_empty()) {
                (None, false) => unexplained.push(format!("{}: {}", provider.id, differences.join("; "))),
                (Some(why), true) => {
                    unexplained.push(format!("{}: says {why:?} but agrees now", provider.id))
                }
                _ => {}
            }
        }
        assert!(unexplained.is_empty(), "table vs ISPDB snapshot:\n{}", unexplained.join("\n"));
    }
}
