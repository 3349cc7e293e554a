//! The provider table: well-known mail services, their servers and how to recognise them.
//!
//! The data lives in `providers.toml` (embedded at build time). Lookups go by e-mail domain,
//! by a web host typed by mistake, by MX host suffix and by a greeting fingerprint; the
//! catalog keys its provider-specific remedies on [`Provider::id`].

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::target::{Protocol, Security};

const SOURCE: &str = include_str!("providers.toml");

/// One server of a provider.
#[derive(Clone, Debug, Deserialize, Eq, PartialEq, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Server {
    /// Host name.
    pub host: String,
    /// Port.
    pub port: u16,
    /// Security mode.
    pub security: Security,
}

/// A mail provider.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Provider {
    /// Stable id used by the catalog (`gmail`, `outlook`, …).
    pub id: String,
    /// Name people know.
    pub name: String,
    /// E-mail domains that belong to it.
    pub domains: Vec<String>,
    /// Web hosts people type by mistake.
    pub web_hosts: Vec<String>,
    /// MX host suffixes that mean "hosted here".
    pub mx_suffixes: Vec<String>,
    /// Case-insensitive substrings of its greetings.
    pub greeting: Vec<String>,
    /// Substrings of host names that belong to its mail servers.
    pub server_names: Vec<String>,
    /// The user-name form it expects.
    pub username: String,
    /// IMAP server.
    pub imap: Option<Server>,
    /// POP3 server.
    pub pop3: Option<Server>,
    /// SMTP submission server.
    pub smtp: Option<Server>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Table {
    provider: Vec<Provider>,
}

impl Provider {
    /// Every known provider.
    pub fn all() -> &'static [Provider] {
        static TABLE: OnceLock<Vec<Provider>> = OnceLock::new();
        TABLE.get_or_init(|| {
            // Compiled in and checked by `table_parses`; failure is a build defect.
            #[allow(clippy::expect_used)]
            toml::from_str::<Table>(SOURCE).expect("embedded providers.toml is valid (tested)").provider
        })
    }

    /// By id.
    pub fn by_id(id: &str) -> Option<&'static Provider> {
        Provider::all().iter().find(|p| p.id == id)
    }

    /// By the domain of an e-mail address.
    pub fn by_domain(domain: &str) -> Option<&'static Provider> {
        let domain = domain.trim().trim_end_matches('.').to_ascii_lowercase();
        Provider::all().iter().find(|p| p.domains.contains(&domain))
    }

    /// By a web host typed where the mail server belongs (`mail.google.com`).
    pub fn by_web_host(host: &str) -> Option<&'static Provider> {
        Provider::all().iter().find(|p| p.web_hosts.iter().any(|h| h == host))
    }

    /// By an MX host (`aspmx.l.google.com` ⇒ Gmail / Google Workspace).
    pub fn by_mx(mx: &str) -> Option<&'static Provider> {
        let mx = mx.trim_end_matches('.').to_ascii_lowercase();
        Provider::all()
            .iter()
            .find(|p| p.mx_suffixes.iter().any(|s| mx == *s || mx.ends_with(&format!(".{s}"))))
    }

    /// By the server's first line (greeting) or the host it was reached at.
    pub fn by_greeting(greeting: &str) -> Option<&'static Provider> {
        let greeting = greeting.to_ascii_lowercase();
        Provider::all().iter().find(|p| p.greeting.iter().any(|g| greeting.contains(g.as_str())))
    }

    /// By a mail server host name (`imap.gmail.com` ⇒ Gmail).
    pub fn by_server_host(host: &str) -> Option<&'static Provider> {
        let host = format!(".{}", host.to_ascii_lowercase());
        Provider::all().iter().find(|p| {
            p.server_names.iter().any(|s| host.ends_with(s.as_str()))
                || [&p.imap, &p.pop3, &p.smtp].into_iter().flatten().any(|s| host == format!(".{}", s.host))
        })
    }

    /// The provider's server for a protocol.
    pub fn server(&self, protocol: Protocol) -> Option<&Server> {
        match protocol {
            Protocol::Imap => self.imap.as_ref(),
            Protocol::Pop3 => self.pop3.as_ref(),
            Protocol::Smtp => self.smtp.as_ref(),
        }
    }

    /// Every server host name of this provider (for "did you mean").
    pub fn server_hosts(&self) -> impl Iterator<Item = &str> {
        [&self.imap, &self.pop3, &self.smtp].into_iter().flatten().map(|s| s.host.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_parses_and_ids_are_unique() {
        let all = Provider::all();
        assert!(all.len() >= 10);
        let mut ids: Vec<_> = all.iter().map(|p| p.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), all.len());
    }

    #[test]
    fn lookups_find_gmail_by_domain_mx_greeting_and_host() {
        assert_eq!(Provider::by_domain("GMAIL.com").map(|p| p.id.as_str()), Some("gmail"));
        assert_eq!(Provider::by_mx("aspmx.l.google.com.").map(|p| p.id.as_str()), Some("gmail"));
        assert_eq!(
            Provider::by_greeting("* OK Gimap ready for requests from 192.0.2.1").map(|p| p.id.as_str()),
            Some("gmail")
        );
        assert_eq!(Provider::by_server_host("imap.gmail.com").map(|p| p.id.as_str()), Some("gmail"));
        assert_eq!(Provider::by_server_host("notgmail.com").map(|p| p.id.as_str()), None);
        assert_eq!(Provider::by_domain("icloud.com").and_then(|p| p.server(Protocol::Pop3)), None);
    }
}
