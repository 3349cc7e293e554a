//! The provider-table, MX and guessing sources.
//!
//! * table: the e-mail domain in [`Provider::by_domain`];
//! * MX: the lowest-preference exchanger, matched with [`Provider::by_mx`] (MX at
//!   `aspmx.l.google.com` ⇒ Google), and its base domain, which the autoconfig source is then
//!   asked about too (Thunderbird's `forMX`);
//! * guesses: `imap.`, `pop.`, `pop3.`, `mail.`, `smtp.` and the bare domain on the standard
//!   ports, kept only when the name has an address; they are candidates to confirm, nothing
//!   more.

use super::model::{Candidate, Claim, SourceKind, UsernameForm};
use super::{Found, valid_host};
use crate::i18n::Text;
use crate::net::resolver::{LookupFailure, MxRecord, Resolver};
use crate::providers::{Provider, Signin};
use crate::target::{Protocol, Security};

/// The candidates a provider-table entry gives, each claimed by `source` with `detail`.
pub fn from_provider(provider: &Provider, source: SourceKind, detail: &Claim) -> Vec<Candidate> {
    [Protocol::Imap, Protocol::Pop3, Protocol::Smtp]
        .into_iter()
        .filter_map(|protocol| {
            let server = provider.server(protocol)?;
            let claim = Claim { source, ..detail.clone() };
            let mut c = Candidate::new(protocol, &server.host, server.port, server.security, claim);
            c.username = Some(username_form(server.username.as_deref().unwrap_or(&provider.username)));
            Some(c)
        })
        .collect()
}

/// The table's words for the user name ("full address", "name part …") as a form.
pub fn username_form(words: &str) -> UsernameForm {
    let lower = words.to_ascii_lowercase();
    if lower.starts_with("full address") {
        UsernameForm::FullAddress
    } else if lower.starts_with("name part") || lower.starts_with("local part") {
        UsernameForm::LocalPart
    } else {
        UsernameForm::Other(words.to_owned())
    }
}

/// The table source: the e-mail domain.
pub fn table(domain: &str) -> Found {
    let mut found = Found::default();
    match Provider::by_domain(domain) {
        Some(p) => {
            found.report(
                SourceKind::Table,
                domain,
                Text::new("discover-answer-known").arg("provider", &p.name),
            );
            found.provider = Some(p.name.clone());
            let claim = Claim::words(SourceKind::Table, Text::new("claim-table").arg("provider", &p.name));
            found.candidates = from_provider(p, SourceKind::Table, &claim);
            found.notes.extend(signin_note(p));
        }
        None => found.report(SourceKind::Table, domain, Text::new("discover-answer-not-in-table")),
    }
    found
}

/// What the person must know about signing in to `provider` from a mail app, when the table says.
pub fn signin_note(provider: &Provider) -> Option<Text> {
    let id = match provider.signin? {
        Signin::Password => return None,
        Signin::AppPassword => "discover-note-app-password",
        Signin::Oauth2Only if provider.platform.as_deref() == Some("microsoft") => {
            "discover-note-oauth-only-microsoft"
        }
        Signin::Oauth2Only => "discover-note-oauth-only",
    };
    let note = Text::new(id).arg("provider", &provider.name);
    Some(match provider.signin_since.as_deref() {
        Some(since) => note.then(Text::new("discover-note-since").arg("since", since)),
        None => note,
    })
}

/// What the MX lookup gave: the candidates (by MX suffix) and the base domain to ask next.
pub async fn mx(resolver: &Resolver, domain: &str) -> (Found, Option<String>) {
    let mut found = Found::default();
    let query = format!("MX {domain}");
    let records = match resolver.lookup_mx(domain).await {
        Ok(records) => records,
        Err(LookupFailure::NxDomain) => {
            found.report(SourceKind::Mx, &query, Text::new("discover-answer-nxdomain"));
            found.nxdomain = true;
            return (found, None);
        }
        Err(e) => {
            found.report_as_given(SourceKind::Mx, &query, e);
            return (found, None);
        }
    };
    let Some(best) = lowest(&records) else {
        found.report(SourceKind::Mx, &query, Text::new("discover-answer-no-mx"));
        return (found, None);
    };
    let listed: Vec<String> = records.iter().map(|r| format!("{} {}", r.preference, r.exchange)).collect();
    found.report_as_given(SourceKind::Mx, &query, listed.join(", "));
    if let Some(p) = Provider::by_mx(&best.exchange) {
        found.provider = Some(p.name.clone());
        let claim = Claim::plain(SourceKind::Mx, format!("MX {} ⇒ {}", best.exchange, p.name));
        found.candidates = from_provider(p, SourceKind::Mx, &claim);
    }
    let base = base_domain(&best.exchange).filter(|b| b != domain && !domain.ends_with(&format!(".{b}")));
    (found, base)
}

/// The lowest-preference exchanger with a usable name (a "." null MX is skipped).
fn lowest(records: &[MxRecord]) -> Option<&MxRecord> {
    records.iter().filter(|r| valid_host(&r.exchange)).min_by_key(|r| r.preference)
}

/// The registrable domain of a host (`mx00.web.de` ⇒ `web.de`, `mx1.mail.ovh.ca` ⇒ `ovh.ca`,
/// `mx.example.co.uk` ⇒ `example.co.uk`): the public suffix list, the one rule the whole crate
/// uses (provider identification, typo correction and discovery alike).
pub use crate::providers::identify::registrable_domain as base_domain;

/// One service's guessed host names and (port, security) pairs.
type Plan = (Protocol, Vec<String>, [(u16, Security); 2]);

/// Guessed settings, in Thunderbird's order: encrypted first, IMAP before POP, SSL/TLS before
/// STARTTLS.
pub fn guesses(domain: &str) -> Vec<Candidate> {
    let bare = domain.to_owned();
    let names = |prefixes: &[&str]| -> Vec<String> {
        prefixes.iter().map(|p| format!("{p}.{domain}")).chain(std::iter::once(bare.clone())).collect()
    };
    let plan: [Plan; 3] = [
        (Protocol::Imap, names(&["imap", "mail"]), [(993, Security::Tls), (143, Security::Starttls)]),
        (Protocol::Pop3, names(&["pop", "pop3", "mail"]), [(995, Security::Tls), (110, Security::Starttls)]),
        (Protocol::Smtp, names(&["smtp", "mail"]), [(465, Security::Tls), (587, Security::Starttls)]),
    ];
    let mut out = Vec::new();
    for (protocol, hosts, ports) in plan {
        for (port, security) in ports {
            for host in &hosts {
                let claim = Claim::words(SourceKind::Guess, Text::new("claim-guess").arg("host", host));
                out.push(Candidate::new(protocol, host, port, security, claim));
            }
        }
    }
    out
}

/// The guesses whose host names have an address (each name is looked up once).
pub async fn guess(resolver: &Resolver, domain: &str) -> Found {
    let all = guesses(domain);
    let mut names: Vec<String> = all.iter().map(|c| c.host.clone()).collect();
    names.sort();
    names.dedup();
    let lookups = names.iter().map(|n| async move { (n.clone(), resolver.lookup_addresses(n).await) });
    let mut found = Found::default();
    let mut alive = Vec::new();
    for (name, lookup) in futures_util::future::join_all(lookups).await {
        if lookup.addresses().is_empty() {
            found.report(SourceKind::Guess, &name, Text::new("discover-answer-no-address"));
        } else {
            found.report(SourceKind::Guess, &name, Text::new("discover-answer-has-address"));
            alive.push(name);
        }
    }
    found.candidates = all.into_iter().filter(|c| alive.contains(&c.host)).collect();
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_base_domain_of_an_mx_drops_its_host_labels() {
        assert_eq!(base_domain("aspmx.l.google.com").as_deref(), Some("google.com"));
        assert_eq!(base_domain("mx1.mail.example.co.uk").as_deref(), Some("example.co.uk"));
        assert_eq!(base_domain("localhost"), None);
        // Provider MX hosts whose second-level label is short: a "last two or three labels"
        // rule looked up autoconfig under mx00.web.de and mail.ovh.ca.
        assert_eq!(base_domain("mx00.web.de").as_deref(), Some("web.de"));
        assert_eq!(base_domain("mx.gmx.de").as_deref(), Some("gmx.de"));
        assert_eq!(base_domain("mx1.mail.ovh.ca").as_deref(), Some("ovh.ca"));
        assert_eq!(base_domain("mx01.mail.icloud.com.").as_deref(), Some("icloud.com"));
        assert_eq!(base_domain("127.0.0.1"), None, "an address has no domain");
    }

    #[test]
    fn guesses_try_encrypted_ports_first_and_imap_before_pop() {
        let g = guesses("example.com");
        assert_eq!(g[0].describe_in(crate::i18n::Lang::En), "imap.example.com port 993 (SSL/TLS)");
        assert!(g.iter().position(|c| c.port == 143) < g.iter().position(|c| c.port == 995));
        assert!(g.iter().any(|c| c.host == "example.com" && c.protocol == Protocol::Smtp && c.port == 587));
    }
}
