//! The alternatives that need a lookup: SRV records (RFC 6186, RFC 8314) and the autoconfig
//! file, through discovery's own sources ([`crate::discover::srv`],
//! [`crate::discover::autoconfig`]) so they are asked, bounded and vetted the same way.
//!
//! Only the protocol being diagnosed is asked about (`_imaps._tcp` and `_imap._tcp` for IMAP),
//! of the e-mail address's domain and of the host's own domain (`example.com` for
//! `mail.example.com`). Autoconfig is asked only when an address is known (its placeholders
//! need one) and the provider is not (the provider table already says).

use std::collections::HashMap;
use std::time::Duration;

use super::candidates::Proposal;
use super::{Origin, Provenance};
use crate::discover::model::{Candidate, SourceKind, SourceReport};
use crate::discover::sources::base_domain;
use crate::discover::{Address, Env, Found, autoconfig, http, ispdb, srv, valid_host};
use crate::target::{Host, Protocol, Security, Target};

/// Most records used per SRV name (a domain may list many; the first are the ones to use).
const MAX_PER_SRV_NAME: usize = 2;

/// What to look up.
#[derive(Debug)]
pub struct Lookups {
    /// The protocol diagnosed.
    pub protocol: Protocol,
    /// Domains whose SRV records to ask.
    pub domains: Vec<String>,
    /// The address whose domain's autoconfig to fetch, if any.
    pub address: Option<Address>,
}

/// What one lookup gave.
#[derive(Debug, Default)]
pub struct Gathered {
    /// Proposals, in the source's order of preference.
    pub proposals: Vec<Proposal>,
    /// What was asked and what came back.
    pub sources: Vec<SourceReport>,
}

/// The domains to ask SRV records of: the address's, then the host's registrable one.
pub fn domains(target: &Target, address: Option<&Address>) -> Vec<String> {
    let mut out: Vec<String> = address.map(|a| a.domain.clone()).into_iter().collect();
    if let Host::Name(name) = &target.host {
        let own = base_domain(name).unwrap_or_else(|| name.clone());
        if valid_host(&own) && own.contains('.') && !out.contains(&own) {
            out.push(own);
        }
    }
    out
}

/// The SRV records of every domain, for the protocol.
pub async fn srv_records(env: &Env, lookups: &Lookups) -> Gathered {
    let asked = lookups.domains.iter().map(|d| srv::run_for(&env.resolver, d, lookups.protocol));
    let mut gathered = Gathered::default();
    for found in futures_util::future::join_all(asked).await {
        gathered.absorb(found, lookups.protocol);
    }
    gathered
}

/// The autoconfig file of the address's domain and what Thunderbird's ISPDB says of it (its
/// service, or the copy built in), when there is an address.
pub async fn autoconfig_file(env: &Env, lookups: &Lookups) -> Gathered {
    let Some(address) = &lookups.address else { return Gathered::default() };
    let limit = env.settings.timeouts.connect.clamp(Duration::from_millis(500), Duration::from_secs(3));
    let fetcher = http::Fetcher::new(
        env.resolver.clone(),
        env.settings.policy.clone(),
        env.roots.clone(),
        env.options.http_port,
        limit,
    );
    let (auto, isp) = tokio::join!(
        autoconfig::run(&fetcher, address, &address.domain, false),
        ispdb::run(&fetcher, address, &address.domain, env.settings.ispdb_url.as_deref())
    );
    let mut gathered = Gathered::default();
    gathered.absorb(auto, lookups.protocol);
    gathered.absorb(isp, lookups.protocol);
    gathered
}

impl Gathered {
    /// Takes what a discovery source found: the protocol's encrypted candidates only.
    fn absorb(&mut self, found: Found, protocol: Protocol) {
        self.sources.extend(found.sources);
        let mut per_name: HashMap<String, usize> = HashMap::new();
        for c in found.candidates {
            if c.protocol != protocol || c.security == Security::None {
                continue;
            }
            let Some(claim) = c.claims.first() else { continue };
            // "SRV _imaps._tcp.example.com (priority 0, weight 1)": count per SRV name.
            let name = claim.detail.split(" (").next().unwrap_or_default().to_owned();
            let seen = per_name.entry(name).or_default();
            *seen += 1;
            if *seen <= MAX_PER_SRV_NAME || claim.source != SourceKind::Srv {
                self.proposals.push(proposal(c));
            }
        }
    }
}

/// A discovery candidate as a proposal, its claims as origins.
fn proposal(c: Candidate) -> Proposal {
    let origins: Vec<Provenance> = c
        .claims
        .iter()
        .map(|claim| Provenance {
            source: match claim.source {
                SourceKind::Srv => Origin::Srv,
                SourceKind::Autoconfig => Origin::Autoconfig,
                SourceKind::Table | SourceKind::Mx | SourceKind::Ispdb => Origin::Provider,
                SourceKind::Guess => Origin::StandardPort,
            },
            detail: claim.detail.clone(),
            detail_message: claim.detail_message.clone(),
        })
        .collect();
    Proposal { candidate: c, origins }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::target::Options;

    #[test]
    fn srv_is_asked_of_the_address_domain_then_the_hosts_own_domain() {
        let target = Target {
            protocol: Protocol::Imap,
            host: Host::Name("mail.example.com".into()),
            port: 993,
            security: Security::Tls,
            detect: false,
            credentials: None,
            ca_pem: None,
            options: Options::default(),
        };
        let address = Address::parse("jo@example.org").ok();
        assert_eq!(domains(&target, address.as_ref()), ["example.org", "example.com"]);
        assert_eq!(domains(&target, None), ["example.com"]);
        let ip = Target { host: Host::Ip([127, 0, 0, 1].into()), ..target };
        assert!(domains(&ip, None).is_empty(), "an IP address has no domain to ask");
    }
}
