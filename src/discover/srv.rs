//! The SRV source: RFC 6186 (`_imaps`, `_imap`, `_pop3s`, `_pop3`, `_submission`) and
//! RFC 8314 (`_submissions`) records.
//!
//! Records are ordered by priority (lowest first), then weight (highest first: the record
//! RFC 2782's weighted choice favours). A single record whose target is "." says the service is
//! explicitly not offered. A target outside the queried domain is kept but flagged: without
//! DNSSEC, RFC 6186 §6 asks clients to check it is inside the domain or to ask the user.

use super::model::{Candidate, Claim, SourceKind};
use super::{Found, in_domain, valid_host};
use crate::i18n::Text;
use crate::net::resolver::{LookupFailure, Resolver, SrvRecord};
use crate::target::{Protocol, Security};

/// The services asked, with what each means.
pub const SERVICES: [(&str, Protocol, Security); 6] = [
    ("_imaps._tcp", Protocol::Imap, Security::Tls),
    ("_imap._tcp", Protocol::Imap, Security::Starttls),
    ("_pop3s._tcp", Protocol::Pop3, Security::Tls),
    ("_pop3._tcp", Protocol::Pop3, Security::Starttls),
    ("_submissions._tcp", Protocol::Smtp, Security::Tls),
    ("_submission._tcp", Protocol::Smtp, Security::Starttls),
];

/// Records in the order a client should try them: priority ascending, then weight descending.
pub fn order(mut records: Vec<SrvRecord>) -> Vec<SrvRecord> {
    records.sort_by(|a, b| a.priority.cmp(&b.priority).then(b.weight.cmp(&a.weight)));
    records
}

/// True when the records say "this service is not offered here" (one record, target ".").
pub fn not_offered(records: &[SrvRecord]) -> bool {
    records.len() == 1 && records[0].target.is_empty()
}

/// Asks every service for `domain` at once.
pub async fn run(resolver: &Resolver, domain: &str) -> Found {
    ask(resolver, domain, SERVICES.iter()).await
}

/// Asks only `protocol`'s services for `domain` (`_imaps` and `_imap` for IMAP, …): what the
/// alternatives to a failed diagnosis need.
pub async fn run_for(resolver: &Resolver, domain: &str, protocol: Protocol) -> Found {
    ask(resolver, domain, SERVICES.iter().filter(|(_, p, _)| *p == protocol)).await
}

async fn ask(
    resolver: &Resolver,
    domain: &str,
    services: impl Iterator<Item = &'static (&'static str, Protocol, Security)>,
) -> Found {
    let lookups = services.map(|(service, protocol, security)| async move {
        let name = format!("{service}.{domain}");
        (name.clone(), *protocol, *security, resolver.lookup_srv(&name).await)
    });
    let mut found = Found::default();
    for (name, protocol, security, answer) in futures_util::future::join_all(lookups).await {
        match answer {
            Ok(records) => add(&mut found, domain, &name, protocol, security, records),
            Err(LookupFailure::NxDomain | LookupFailure::NoRecords) => {
                found.report(SourceKind::Srv, &name, Text::new("discover-answer-no-record"));
            }
            Err(e) => found.report_as_given(SourceKind::Srv, &name, e),
        }
    }
    found
}

fn add(
    found: &mut Found,
    domain: &str,
    name: &str,
    protocol: Protocol,
    security: Security,
    records: Vec<SrvRecord>,
) {
    if not_offered(&records) {
        found.report(SourceKind::Srv, name, Text::new("discover-answer-not-offered"));
        found.notes.push(
            Text::new("discover-note-srv-not-offered")
                .arg("name", name)
                .arg("protocol", protocol.label())
                .arg("security", security.label()),
        );
        return;
    }
    let listed: Vec<String> =
        records.iter().map(|r| format!("{} {} {} {}", r.priority, r.weight, r.port, r.target)).collect();
    found.report_as_given(SourceKind::Srv, name, listed.join(", "));
    for record in order(records) {
        if record.target.is_empty() || record.port == 0 || !valid_host(&record.target) {
            continue;
        }
        let outside = !in_domain(&record.target, domain);
        let id = if outside { "claim-srv-outside" } else { "claim-srv" };
        let detail =
            Text::new(id).arg("name", name).arg("priority", record.priority).arg("weight", record.weight);
        if outside {
            found.notes.push(
                Text::new("discover-note-srv-outside")
                    .arg("name", name)
                    .arg("target", &record.target)
                    .arg("domain", domain),
            );
        }
        let claim = Claim::words(SourceKind::Srv, detail);
        found.candidates.push(Candidate::new(protocol, &record.target, record.port, security, claim));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(priority: u16, weight: u16, target: &str) -> SrvRecord {
        SrvRecord { priority, weight, port: 993, target: target.to_owned() }
    }

    #[test]
    fn lower_priority_comes_first_then_the_heavier_weight() {
        let ordered = order(vec![rec(20, 100, "c"), rec(10, 1, "b"), rec(10, 60, "a"), rec(0, 0, "first")]);
        let targets: Vec<&str> = ordered.iter().map(|r| r.target.as_str()).collect();
        assert_eq!(targets, ["first", "a", "b", "c"]);
    }

    #[test]
    fn a_lone_dot_target_means_not_offered() {
        assert!(not_offered(&[rec(0, 0, "")]));
        assert!(!not_offered(&[rec(0, 0, "imap.example.com")]));
        assert!(!not_offered(&[]));
    }
}
