//! The provider table: well-known mail services, their servers and how to recognise them.
//!
//! The data lives in `providers.toml` (embedded at build time). Lookups go by e-mail domain,
//! by a web host typed by mistake, by MX host suffix and by a greeting fingerprint; the
//! catalog keys its provider-specific remedies on [`Provider::id`].
//!
//! The same file lists server software ([`Software`]); [`software`] names it from a greeting
//! (Dovecot, Postfix, Exchange, …). Exchange Online hides its host in a base64 UTF-16LE tag at
//! the end of its greeting; [`exchange_host`] decodes it so the host can be matched too.
//!
//! [`identify`] weighs what a diagnosis saw (the host typed, its CNAMEs, the MX of its domain
//! and of the e-mail address, the greeting, the capabilities) and names the provider with
//! where that came from; docs/PROVIDERS.md describes the rules.

pub mod identify;
pub mod ispdb;

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::model::{Protocol, Security};

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
    /// The user-name form this server wants, when it differs from the provider's (iCloud's
    /// SMTP wants the full address, its IMAP the name part).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
}

/// How a provider lets mail apps sign in.
#[derive(Clone, Copy, Debug, Deserialize, Eq, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Signin {
    /// The account's password.
    Password,
    /// An app password (after two-step verification), or OAuth2 in apps that support it.
    AppPassword,
    /// OAuth2 only ("Sign in with Microsoft/Google"); passwords are refused.
    Oauth2Only,
}

impl Signin {
    /// The message id of its plain words ("app password (or OAuth2)").
    pub const fn message_id(self) -> &'static str {
        match self {
            Signin::Password => "signin-password",
            Signin::AppPassword => "signin-app-password",
            Signin::Oauth2Only => "signin-oauth2-only",
        }
    }
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
    /// Capability keywords only this provider advertises (IMAP `X-GM-EXT-1`; a SASL
    /// mechanism as `AUTH=NAME`), compared case-insensitively.
    #[serde(default)]
    pub capabilities: Vec<String>,
    /// Other official server names besides the IMAP/POP3/SMTP entries (regional or legacy).
    #[serde(default)]
    pub hosts: Vec<String>,
    /// Providers that share servers and greetings (Outlook.com and Microsoft 365, Yahoo and
    /// AOL) name the same platform; the account then tells them apart.
    #[serde(default)]
    pub platform: Option<String>,
    /// The user-name form it expects.
    pub username: String,
    /// How mail apps sign in, when the table says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signin: Option<Signin>,
    /// Since when (`YYYY-MM-DD`), where the provider changed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signin_since: Option<String>,
    /// Where the entry's facts come from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Why the entry deliberately differs from Thunderbird's ISPDB (checked by a test).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ispdb_differs: Option<String>,
    /// IMAP server.
    pub imap: Option<Server>,
    /// POP3 server.
    pub pop3: Option<Server>,
    /// SMTP submission server.
    pub smtp: Option<Server>,
}

/// Server software and how its greeting gives it away.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Software {
    /// The name people know (`Dovecot`).
    pub name: String,
    /// Case-insensitive substrings of a greeting or answer line.
    #[serde(default)]
    pub contains: Vec<String>,
    /// Whole first greeting lines, compared case-insensitively.
    #[serde(default)]
    pub exact: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Table {
    provider: Vec<Provider>,
    #[serde(default)]
    software: Vec<Software>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        // Compiled in and checked by `table_parses`; failure is a build defect.
        #[allow(clippy::expect_used)]
        toml::from_str::<Table>(SOURCE).expect("embedded providers.toml is valid (tested)")
    })
}

impl Software {
    /// Every known server software, in matching order.
    pub fn all() -> &'static [Software] {
        &table().software
    }
}

/// Names the server software from its greeting and answer lines (the first line is the
/// greeting), with the version when one follows the match (`Exim 4.89`). Sans-IO.
pub fn software<S: AsRef<str>>(lines: &[S]) -> Option<String> {
    let first = lines.first().map(|l| l.as_ref().trim())?;
    for sw in Software::all() {
        if sw.exact.iter().any(|e| e.eq_ignore_ascii_case(first)) {
            return Some(sw.name.clone());
        }
        for line in lines.iter().map(AsRef::as_ref) {
            let lower = line.to_ascii_lowercase();
            if let Some((at, pattern)) =
                sw.contains.iter().find_map(|p| lower.find(p.as_str()).map(|at| (at, p)))
            {
                // `to_ascii_lowercase` keeps byte offsets, so `at` indexes `line` too.
                let rest = line.get(at + pattern.len()..).unwrap_or_default();
                return Some(match version(rest) {
                    Some(v) => format!("{} {v}", sw.name),
                    None => sw.name.clone(),
                });
            }
        }
    }
    None
}

/// A version token at the start of `rest` (` 4.89 #1` → `4.89`, ` v3.8.1` → `3.8.1`).
fn version(rest: &str) -> Option<&str> {
    let word = rest.strip_prefix(' ')?.split_whitespace().next()?;
    let word = word.strip_prefix(['v', 'V']).unwrap_or(word);
    let word = word.trim_end_matches([',', ';', ')']);
    let ok = word.starts_with(|c: char| c.is_ascii_digit())
        && word.len() <= 32
        && word.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'));
    ok.then_some(word)
}

/// The host name Exchange Online tucks into its greeting as base64 of UTF-16LE text in the
/// last `[…]` (K04: `[TABPADQA…]` → `LO4P123CA0233.GBRP123.PROD.OUTLOOK.COM`).
pub fn exchange_host(greeting: &str) -> Option<String> {
    use base64::Engine as _;
    let open = greeting.rfind('[')?;
    let inner = greeting[open + 1..].split(']').next()?;
    if inner.len() < 8 || inner.len() > 512 || inner.contains(' ') {
        return None;
    }
    let bytes = base64::engine::general_purpose::STANDARD.decode(inner).ok()?;
    if bytes.len() % 2 != 0 {
        return None;
    }
    let units: Vec<u16> = bytes.chunks_exact(2).map(|p| u16::from_le_bytes([p[0], p[1]])).collect();
    let host = String::from_utf16(&units).ok()?;
    let plausible =
        host.contains('.') && host.chars().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
    plausible.then_some(host)
}

impl Provider {
    /// Every known provider.
    pub fn all() -> &'static [Provider] {
        &table().provider
    }

    /// By id.
    pub fn by_id(id: &str) -> Option<&'static Provider> {
        Provider::all().iter().find(|p| p.id == id)
    }

    /// By the domain of an e-mail address.
    pub fn by_domain(domain: &str) -> Option<&'static Provider> {
        let domain = domain.trim().trim_end_matches('.').to_ascii_lowercase();
        if let Some(p) = Provider::all().iter().find(|p| p.domains.contains(&domain)) {
            return Some(p);
        }
        // A domain the table does not list, that the ISPDB files with one it does: hotmail.it
        // with hotmail.com (Outlook.com), cox.net with yahoo.com, gmx.fr with gmx.com.
        let siblings = &ispdb::lookup(&domain)?.domains;
        Provider::all().iter().find(|p| p.domains.iter().any(|d| siblings.contains(d)))
    }

    /// By a web host typed where the mail server belongs (`mail.google.com`). A name that is
    /// also a mail server (`outlook.office365.com` serves web mail and IMAP) is not one.
    pub fn by_web_host(host: &str) -> Option<&'static Provider> {
        if Provider::is_server_host(host) {
            return None;
        }
        Provider::all().iter().find(|p| p.web_hosts.iter().any(|h| h == host))
    }

    /// By an MX host (`aspmx.l.google.com` ⇒ Gmail / Google Workspace).
    pub fn by_mx(mx: &str) -> Option<&'static Provider> {
        let mx = mx.trim_end_matches('.').to_ascii_lowercase();
        Provider::all()
            .iter()
            .find(|p| p.mx_suffixes.iter().any(|s| mx == *s || mx.ends_with(&format!(".{s}"))))
    }

    /// By the server's first line (greeting), including an Exchange Online host tag.
    pub fn by_greeting(greeting: &str) -> Option<&'static Provider> {
        // base64 is case-sensitive: decode the tag before lower-casing.
        let host = exchange_host(greeting);
        let mut greeting = greeting.to_ascii_lowercase();
        if let Some(host) = host {
            greeting.push(' ');
            greeting.push_str(&host.to_ascii_lowercase());
        }
        Provider::all().iter().find(|p| p.greeting.iter().any(|g| greeting.contains(g.as_str())))
    }

    /// By a mail server host name (`imap.gmail.com` ⇒ Gmail): an exact server name first,
    /// then a name under a provider's server domains.
    pub fn by_server_host(host: &str) -> Option<&'static Provider> {
        let host = host.trim_end_matches('.').to_ascii_lowercase();
        let dotted = format!(".{host}");
        let all = Provider::all();
        all.iter()
            .find(|p| p.server_hosts().any(|s| s == host))
            .or_else(|| all.iter().find(|p| p.server_names.iter().any(|s| dotted.ends_with(s.as_str()))))
    }

    /// True when `host` is exactly one of a provider's published server names
    /// (`imap.gmail.com`), not merely a name under its domain.
    pub fn is_server_host(host: &str) -> bool {
        let host = host.trim_end_matches('.').to_ascii_lowercase();
        Provider::all().iter().any(|p| p.server_hosts().any(|s| s == host))
    }

    /// By a capability only one provider advertises, with the keyword that matched.
    /// `keywords` are capability keywords; SASL mechanisms come as `AUTH=NAME`.
    pub fn by_capabilities<S: AsRef<str>>(keywords: &[S]) -> Option<(&'static Provider, String)> {
        Provider::all().iter().find_map(|p| {
            p.capabilities.iter().find_map(|want| {
                keywords
                    .iter()
                    .map(AsRef::as_ref)
                    .find(|k| k.eq_ignore_ascii_case(want))
                    .map(|k| (p, k.to_ascii_uppercase()))
            })
        })
    }

    /// True when both share servers (the same platform).
    pub fn same_platform(&self, other: &Provider) -> bool {
        self.id == other.id || (self.platform.is_some() && self.platform == other.platform)
    }

    /// The provider's server for a protocol.
    pub fn server(&self, protocol: Protocol) -> Option<&Server> {
        match protocol {
            Protocol::Imap => self.imap.as_ref(),
            Protocol::Pop3 => self.pop3.as_ref(),
            Protocol::Smtp => self.smtp.as_ref(),
        }
    }

    /// Every server host name of this provider (for "did you mean"): its IMAP, POP3 and SMTP
    /// servers, then its other official names.
    pub fn server_hosts(&self) -> impl Iterator<Item = &str> {
        [&self.imap, &self.pop3, &self.smtp]
            .into_iter()
            .flatten()
            .map(|s| s.host.as_str())
            .chain(self.hosts.iter().map(String::as_str))
    }
}

/// Providers are the same when their ids are.
impl PartialEq for Provider {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

impl Eq for Provider {}

#[cfg(test)]
mod tests {

    #[test]
    fn every_entry_says_where_its_facts_come_from_and_how_mail_apps_sign_in() {
        for p in Provider::all() {
            assert!(p.source.as_deref().is_some_and(|s| s.len() > 10), "{} has no source", p.id);
            assert!(p.signin.is_some(), "{} has no sign-in kind", p.id);
        }
    }

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
    fn no_web_host_is_also_a_mail_server() {
        for p in Provider::all() {
            for web in &p.web_hosts {
                assert!(!Provider::is_server_host(web), "{} lists mail server {web} as a web host", p.id);
            }
        }
        assert_eq!(Provider::by_web_host("outlook.office365.com"), None);
        assert_eq!(Provider::by_web_host("mail.google.com").map(|p| p.id.as_str()), Some("gmail"));
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

    const K04: &str = "* OK The Microsoft Exchange IMAP4 service is ready. [TABPADQAUAAxADIAMwBDAEEAMAAyADMAMwAuAEcAQgBSAFAAMQAyADMALgBQAFIATwBEAC4ATwBVAFQATABPAE8ASwAuAEMATwBNAA==]";

    #[test]
    fn exchange_online_is_told_from_exchange_on_premises_by_its_host_tag() {
        assert_eq!(exchange_host(K04).as_deref(), Some("LO4P123CA0233.GBRP123.PROD.OUTLOOK.COM"));
        assert_eq!(Provider::by_greeting(K04).map(|p| p.id.as_str()), Some("microsoft365"));
        // K05: on-premises Exchange has no tag and is nobody's provider.
        assert!(Provider::by_greeting("* OK The Microsoft Exchange IMAP4 service is ready.").is_none());
        // K08: Exchange Online SMTP names its host.
        let k08 = "220 AM0PR01CA0123.outlook.office365.com Microsoft ESMTP MAIL Service ready at Tue, 25 Nov 2026 10:00:00 +0000";
        assert_eq!(Provider::by_greeting(k08).map(|p| p.id.as_str()), Some("microsoft365"));
        assert_eq!(exchange_host("* OK [CAPABILITY IMAP4rev1] ready"), None);
        assert_eq!(exchange_host("* OK [////] x"), None);
        assert_eq!(exchange_host("* OK [AAAAAAAA] x"), None);
    }

    #[test]
    fn providers_are_named_from_their_greetings() {
        let table = [
            ("+OK Gpop ready for requests from 192.0.2.1 x1mb", "gmail"),
            ("220 smtp.gmail.com ESMTP x1-20020a05 - gsmtp", "gmail"),
            ("220 smtp.mail.yahoo.com ESMTP ready", "yahoo"),
            (
                "* OK [CAPABILITY IMAP4rev1 ID MOVE NAMESPACE XYMHIGHESTMODSEQ UIDPLUS LITERAL+ CHILDREN X-MSG-EXT UNSELECT OBJECTID] IMAP4rev1 Hello",
                "yahoo",
            ),
            (
                "* OK Yandex IMAP4rev1 at imap.yandex.ru:993 ready to talk with 192.0.2.1:5000, 2026-Nov-25 10:00:00, abc",
                "yandex",
            ),
            ("* OK imap.zoho.com IMAP4 Server (Zoho Mail IMAP4rev1 Server version 1.0)", "zoho"),
        ];
        for (greeting, id) in table {
            assert_eq!(Provider::by_greeting(greeting).map(|p| p.id.as_str()), Some(id), "{greeting}");
        }
    }

    #[test]
    fn more_providers_are_named_from_their_greetings_and_company_coremail_is_not_netease() {
        let id = |g: &str| Provider::by_greeting(g).map(|p| p.id.as_str());
        let table = [
            (
                "* OK [CAPABILITY IMAP4 IMAP4rev1 ID AUTH=PLAIN AUTH=LOGIN NAMESPACE] QQMail XMIMAP4Server ready",
                "qq",
            ),
            ("* OK Coremail System IMap Server Ready(163com[726cd87d72d896a1ac393507346040fa])", "netease"),
            ("220 gmx.com (mrgmx003) Nemesis ESMTP Service ready", "gmx"),
            ("220 web.de (mrweb105) Nemesis ESMTP Service ready", "webde"),
            ("* OK svwall.zoho.com IMAP4 Server (Zoho Mail IMAP4rev1 Server version 1.0)", "zoho"),
            (
                "* OK [CAPABILITY XAPPLEPUSHSERVICE IMAP4 IMAP4rev1 SASL-IR AUTH=ATOKEN AUTH=PLAIN] iCloud ready",
                "icloud",
            ),
        ];
        for (greeting, want) in table {
            assert_eq!(id(greeting), Some(want), "{greeting}");
        }
        // Coremail and Exchange are software anyone runs: a company's own server is nobody's.
        assert_eq!(id("* OK Coremail System IMap Server Ready(mail.example.cn)"), None);
        assert_eq!(id("220 mail.gmailer.example ESMTP Postfix"), None);
    }

    #[test]
    fn capabilities_only_one_provider_advertises_name_it() {
        let id = |caps: &[&str]| Provider::by_capabilities(caps).map(|(p, kw)| (p.id.as_str(), kw));
        assert_eq!(id(&["IMAP4REV1", "X-GM-EXT-1", "AUTH=XOAUTH2"]), Some(("gmail", "X-GM-EXT-1".into())));
        assert_eq!(id(&["imap4rev1", "auth=atoken"]), Some(("icloud", "AUTH=ATOKEN".into())));
        assert_eq!(id(&["AUTH=PLAIN", "AUTH=XYMCOOKIE"]), Some(("yahoo", "AUTH=XYMCOOKIE".into())));
        // Shared by iCloud, QQ and Coremail: no clue.
        assert_eq!(id(&["XAPPLEPUSHSERVICE", "IDLE", "X-GM-EXT-1-NOT"]), None);
    }

    #[test]
    fn mx_hosts_name_the_service_that_hosts_a_domain() {
        let table = [
            ("smtp.google.com", "gmail"),
            ("example-com.mail.protection.outlook.com", "microsoft365"),
            ("example-com.o-v1.mx.microsoft", "microsoft365"),
            ("hotmail-com.olc.protection.outlook.com", "outlook"),
            ("mx01.mail.icloud.com", "icloud"),
            ("in1-smtp.messagingengine.com", "fastmail"),
            ("mx.zoho.eu", "zoho"),
            ("mxbiz1.qq.com", "exmail"),
            ("mx1.qq.com", "qq"),
            ("mxs.mail.ru", "mailru"),
            ("mx.yandex.net", "yandex"),
        ];
        for (mx, want) in table {
            assert_eq!(Provider::by_mx(mx).map(|p| p.id.as_str()), Some(want), "{mx}");
        }
        assert_eq!(Provider::by_mx("mx1.example.com"), None);
        assert_eq!(Provider::by_mx("notgoogle.com"), None);
    }

    #[test]
    fn shared_servers_are_one_platform_and_exact_server_names_are_known() {
        let p = |id: &str| Provider::by_id(id).expect("provider");
        assert!(p("outlook").same_platform(p("microsoft365")));
        assert!(p("aol").same_platform(p("yahoo")));
        assert!(p("exmail").same_platform(p("qq")));
        assert!(!p("gmail").same_platform(p("yahoo")));
        assert_eq!(Provider::by_server_host("imap.exmail.qq.com").map(|p| p.id.as_str()), Some("exmail"));
        assert_eq!(Provider::by_server_host("imap-mail.outlook.com").map(|p| p.id.as_str()), Some("outlook"));
        assert!(Provider::is_server_host("IMAP.GMAIL.COM."));
        assert!(Provider::is_server_host("outlook.office365.com"));
        assert!(!Provider::is_server_host("imapp.gmail.com"));
    }

    #[test]
    fn server_software_is_named_from_the_k_rows() {
        let table: &[(&[&str], Option<&str>)] = &[
            (&[K04], Some("Microsoft Exchange")),
            (
                &["+OK Microsoft Exchange Server 2003 POP3 server version 6.5.7638.1 (example.com) ready."],
                Some("Microsoft Exchange"),
            ),
            (
                &["220 AM0PR01CA0123.outlook.office365.com Microsoft ESMTP MAIL Service ready at Tue"],
                Some("Microsoft Exchange"),
            ),
            (
                &[
                    "* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS AUTH=PLAIN] Dovecot (Ubuntu) ready.",
                ],
                Some("Dovecot"),
            ),
            (&["+OK Dovecot ready."], Some("Dovecot")),
            (&["220 mx.example Dovecot ready."], Some("Dovecot")),
            (
                &[
                    "* OK [CAPABILITY IMAP4rev1 AUTH=TOKEN] Server ready proxy6.mail.iad3a.rsapps.net",
                    "Pre-login capabilities listed, post-login capabilities have more.",
                ],
                Some("Dovecot"),
            ),
            (
                &["* OK [CAPABILITY IMAP4rev1] mail.example Cyrus IMAP v3.8.1-1.el9 server ready"],
                Some("Cyrus 3.8.1-1.el9"),
            ),
            (
                &["+OK mail.example Cyrus POP3 3.8.1 server ready <1896.697170952@mail.example>"],
                Some("Cyrus 3.8.1"),
            ),
            (
                &[
                    "* OK [CAPABILITY IMAP4rev1 UIDPLUS] Courier-IMAP ready. Copyright 1998-2022 S. Varshavchik.  See COPYING for distribution information.",
                ],
                Some("Courier"),
            ),
            (&["+OK Hello there."], Some("Courier")),
            (&["* OK [CAPABILITY IMAP4rev2] Stalwart IMAP4rev2 at your service."], Some("Stalwart")),
            (&["220 mx.example Stalwart ESMTP at your service"], Some("Stalwart")),
            (
                &["* OK mail.example Zimbra 10.0.0_GA_4583 IMAP4rev1 server ready"],
                Some("Zimbra 10.0.0_GA_4583"),
            ),
            (&["* OK IMAP4 ready"], Some("nginx mail proxy")),
            (&["+OK POP3 ready"], Some("nginx mail proxy")),
            (&["* OK IMAPrev1"], Some("hMailServer")),
            (&["220 mx.example ESMTP Postfix (Ubuntu)"], Some("Postfix")),
            (
                &[
                    "220 mx.example ESMTP Exim 4.89 #1 Tue, 25 Nov 2026 10:00:00 +0000",
                    "We do not authorize the use of this system",
                ],
                Some("Exim 4.89"),
            ),
            (&["220 mx.example ESMTP OpenSMTPD"], Some("OpenSMTPD")),
            (&["* OK Gimap ready for requests from 192.0.2.1 x1mb"], None),
            (&["\u{0}\u{1}garbage"], None),
        ];
        for (lines, expected) in table {
            assert_eq!(software(lines).as_deref(), *expected, "{lines:?}");
        }
        assert_eq!(software::<&str>(&[]), None);
    }
}
