//! Who runs the server: the provider named by the clues a diagnosis collects, and where that
//! came from.
//!
//! Clues come in two kinds. *Server* clues say who answers: the greeting, the capabilities, a
//! CNAME of the host typed to a provider's server, the host typed itself. *Account* clues say
//! where the person's mail is hosted: the e-mail domain (`gmail.com`), the MX of the e-mail
//! domain, and the MX of the host's registrable domain (`mail.example.com` → MX of
//! `example.com`). [`decide`] weighs them:
//!
//! 1. The strongest server clue wins (greeting, then capabilities, then CNAME, then host).
//!    Within a platform the more specific one wins instead: an account clue
//!    (`user@hotmail.com` on Microsoft's shared servers ⇒ Outlook.com), else a host or CNAME
//!    clue over a greeting (`imap.exmail.qq.com` greeting like QQ Mail ⇒ Tencent Exmail).
//! 2. Without a server clue, an account clue names the provider, unless the greeting names
//!    server software that anyone can run (Dovecot, Postfix, on-premises Exchange): then the
//!    person reached a server of their own, not the provider the MX points to.
//!
//! Everything here is pure; the dns and protocol stages gather the clues.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::Provider;

/// Where a clue came from, strongest first within each kind.
#[derive(
    Clone, Copy, Debug, Eq, Hash, Ord, PartialEq, PartialOrd, Deserialize, Serialize, utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// The server's greeting (or an Exchange Online host tag in it).
    Greeting,
    /// A capability only one provider advertises (`X-GM-EXT-1`).
    Capabilities,
    /// The host typed is an alias (CNAME) of a provider's server.
    Cname,
    /// The host typed is a provider's server.
    Host,
    /// The host typed is a near miss of a provider's server (`imap.gmial.com`).
    NearMiss,
    /// The e-mail address's domain is the provider's (`gmail.com`).
    EmailDomain,
    /// The MX of the e-mail address's domain points to the provider.
    EmailMx,
    /// The MX of the host's registrable domain points to the provider.
    Mx,
}

impl Source {
    /// True for clues about who answers; false for clues about where the account lives.
    pub fn is_server(self) -> bool {
        matches!(
            self,
            Source::Greeting | Source::Capabilities | Source::Cname | Source::Host | Source::NearMiss
        )
    }
}

/// One clue: a source, the provider it names, and the fact behind it.
#[derive(Clone, Debug, Eq, PartialEq, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Clue {
    /// Where it came from.
    pub source: Source,
    /// The provider it names (serialised as its id).
    #[serde(serialize_with = "provider_id", deserialize_with = "provider_by_id")]
    #[schema(value_type = String)]
    pub provider: &'static Provider,
    /// What was seen (`MX of example.com: aspmx.l.google.com`, the greeting, …).
    pub evidence: String,
}

fn provider_by_id<'de, D: Deserializer<'de>>(d: D) -> Result<&'static Provider, D::Error> {
    let id = String::deserialize(d)?;
    Provider::by_id(&id).ok_or_else(|| serde::de::Error::custom(format!("unknown provider {id:?}")))
}

fn provider_id<S: Serializer>(provider: &&'static Provider, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&provider.id)
}

impl Clue {
    /// A clue.
    pub fn new(source: Source, provider: &'static Provider, evidence: impl Into<String>) -> Self {
        Clue { source, provider, evidence: evidence.into() }
    }
}

/// Adds `clue` unless one from the same source already names a provider (the first stays).
pub fn note(clues: &mut Vec<Clue>, clue: Clue) {
    if !clues.iter().any(|c| c.source == clue.source) {
        clues.push(clue);
    }
}

/// The clue that names the provider, by the rules in the module docs. `software_named` is true
/// when the greeting names server software anyone can run.
pub fn decide(clues: &[Clue], software_named: bool) -> Option<&Clue> {
    let strongest =
        |server: bool| clues.iter().filter(|c| c.source.is_server() == server).min_by_key(|c| c.source);
    let account = strongest(false);
    let Some(server) = strongest(true) else {
        return account.filter(|_| !software_named);
    };
    if let Some(account) = account.filter(|a| a.provider.same_platform(server.provider)) {
        return Some(account);
    }
    if matches!(server.source, Source::Greeting | Source::Capabilities) {
        let named_by_host = clues
            .iter()
            .filter(|c| matches!(c.source, Source::Cname | Source::Host))
            .find(|c| c.provider.id != server.provider.id && c.provider.same_platform(server.provider));
        if let Some(host) = named_by_host {
            return Some(host);
        }
    }
    Some(server)
}

/// The registrable domain of `host` by the public suffix list (`mail.example.co.uk` →
/// `example.co.uk`), lowercase; `None` for an IP address, a bare suffix or a single label.
/// A name under a suffix the list does not know (`.test`) takes its last label as the suffix.
pub fn registrable_domain(host: &str) -> Option<String> {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    if host.parse::<std::net::IpAddr>().is_ok() || !host.contains('.') {
        return None;
    }
    psl::domain_str(&host).map(str::to_owned)
}

/// The domain of an e-mail address (`Me@Example.com` → `example.com`), when it has one.
pub fn email_domain(address: &str) -> Option<String> {
    let (_, domain) = address.trim().rsplit_once('@')?;
    let domain = domain.trim_end_matches('.').to_ascii_lowercase();
    let plausible = domain.contains('.')
        && domain.len() <= 253
        && domain.chars().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
    plausible.then_some(domain)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(id: &str) -> &'static Provider {
        Provider::by_id(id).expect("provider in the table")
    }

    fn clue(source: Source, id: &str) -> Clue {
        Clue::new(source, p(id), "seen")
    }

    fn decided(clues: &[Clue], software: bool) -> Option<(Source, &str)> {
        decide(clues, software).map(|c| (c.source, c.provider.id.as_str()))
    }

    #[test]
    fn who_answers_beats_where_the_account_lives() {
        let clues = [clue(Source::Mx, "gmail"), clue(Source::Greeting, "yandex"), clue(Source::Host, "zoho")];
        assert_eq!(decided(&clues, false), Some((Source::Greeting, "yandex")));
        let clues = [clue(Source::Host, "zoho"), clue(Source::Cname, "fastmail")];
        assert_eq!(decided(&clues, false), Some((Source::Cname, "fastmail")));
    }

    #[test]
    fn an_mx_names_the_provider_only_when_no_software_of_its_own_answers() {
        let clues = [clue(Source::Mx, "gmail")];
        assert_eq!(decided(&clues, false), Some((Source::Mx, "gmail")));
        assert_eq!(decided(&clues, true), None, "a Dovecot behind an MX at Google is not Gmail");
        let clues = [clue(Source::Mx, "gmail"), clue(Source::EmailMx, "microsoft365")];
        assert_eq!(decided(&clues, false), Some((Source::EmailMx, "microsoft365")));
    }

    #[test]
    fn on_a_shared_platform_the_account_and_then_the_host_tell_providers_apart() {
        let clues = [clue(Source::Greeting, "microsoft365"), clue(Source::EmailDomain, "outlook")];
        assert_eq!(decided(&clues, false), Some((Source::EmailDomain, "outlook")));
        let clues = [clue(Source::Greeting, "yahoo"), clue(Source::EmailDomain, "aol")];
        assert_eq!(decided(&clues, false), Some((Source::EmailDomain, "aol")));
        let clues = [clue(Source::Greeting, "qq"), clue(Source::Host, "exmail")];
        assert_eq!(decided(&clues, false), Some((Source::Host, "exmail")));
        // Another platform's account does not override who answers.
        let clues = [clue(Source::Greeting, "microsoft365"), clue(Source::EmailDomain, "gmail")];
        assert_eq!(decided(&clues, false), Some((Source::Greeting, "microsoft365")));
        assert_eq!(decided(&[], false), None);
    }

    #[test]
    fn the_first_clue_of_a_source_is_kept() {
        let mut clues = Vec::new();
        note(&mut clues, clue(Source::Mx, "gmail"));
        note(&mut clues, clue(Source::Mx, "zoho"));
        assert_eq!(clues.len(), 1);
        assert_eq!(clues[0].provider.id, "gmail");
    }

    #[test]
    fn registrable_domains_follow_the_public_suffix_list() {
        let table = [
            ("mail.example.co.uk", Some("example.co.uk")),
            ("imap.example.com.au", Some("example.com.au")),
            ("mail.example-company.test", Some("example-company.test")),
            ("a.b.example.github.io", Some("example.github.io")),
            ("IMAP.Example.COM.", Some("example.com")),
            ("example.com", Some("example.com")),
            ("co.uk", None),
            ("localhost", None),
            ("192.0.2.1", None),
        ];
        for (host, want) in table {
            assert_eq!(registrable_domain(host).as_deref(), want, "{host}");
        }
    }

    #[test]
    fn an_email_domain_is_taken_from_the_last_at_sign() {
        assert_eq!(email_domain("Me@Example.COM").as_deref(), Some("example.com"));
        assert_eq!(email_domain("\"a@b\"@example.org").as_deref(), Some("example.org"));
        assert_eq!(email_domain("user"), None);
        assert_eq!(email_domain("user@localhost"), None);
        assert_eq!(email_domain("user@exa mple.com"), None);
    }
}
