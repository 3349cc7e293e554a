//! The autoconfig source: Thunderbird's `config-v1.1.xml`, fetched from the provider and parsed
//! with quick-xml.
//!
//! URLs (https first, then http, like Thunderbird's `fromISP`):
//! `autoconfig.<domain>/mail/config-v1.1.xml` and
//! `<domain>/.well-known/autoconfig/mail/config-v1.1.xml`. The file is hostile input: the
//! parser reads only `incomingServer` (imap, pop3) and `outgoingServer` (smtp) with their
//! `hostname`, `port`, `socketType` and `username`, skips anything it does not understand,
//! and never panics.

use quick_xml::XmlVersion;
use quick_xml::events::{BytesStart, Event};
use quick_xml::reader::Reader;

use super::http::Fetcher;
use super::model::{Candidate, Claim, SourceKind, UsernameForm};
use super::{Address, Found, valid_host};
use crate::i18n::Text;
use crate::target::{Protocol, Security};

/// Most servers read from one file (a real one lists a handful).
const MAX_SERVERS: usize = 32;

/// One server entry as the file gives it.
#[derive(Clone, Debug, Default, Eq, PartialEq)]
pub struct Entry {
    /// `imap`, `pop3`, `smtp` (lowercase).
    pub kind: String,
    /// `hostname`.
    pub hostname: String,
    /// `port`, as text.
    pub port: String,
    /// `socketType`: `SSL`, `STARTTLS`, `plain`.
    pub socket_type: String,
    /// `username`, with placeholders.
    pub username: String,
}

/// A server the file offers, understood.
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct Offer {
    /// Protocol.
    pub protocol: Protocol,
    /// Host (placeholders filled in).
    pub host: String,
    /// Port.
    pub port: u16,
    /// Security.
    pub security: Security,
    /// User-name form.
    pub username: Option<UsernameForm>,
}

/// The XML could not be read.
#[derive(Debug, thiserror::Error)]
#[error("not a readable autoconfig file: {0}")]
pub struct XmlError(String);

/// Reads every `incomingServer`/`outgoingServer` entry of a Thunderbird autoconfig file.
pub fn parse_entries(xml: &str) -> Result<Vec<Entry>, XmlError> {
    let mut reader = Reader::from_str(xml);
    reader.config_mut().trim_text(true);
    let mut entries = Vec::new();
    let mut current: Option<Entry> = None;
    let mut field: Option<String> = None;
    let mut saw_root = false;
    loop {
        let event = reader.read_event().map_err(|e| XmlError(e.to_string()))?;
        match event {
            Event::Start(start) => {
                let name = local(&start);
                saw_root |= name == "clientConfig";
                if name == "incomingServer" || name == "outgoingServer" {
                    current = Some(Entry { kind: server_type(&start), ..Entry::default() });
                } else if current.is_some() {
                    field = Some(name);
                }
            }
            Event::Text(text) => {
                if let (Some(entry), Some(name)) = (current.as_mut(), field.as_deref()) {
                    set_field(entry, name, &text.xml10_content());
                }
            }
            Event::End(end) => {
                let name = end.local_name().as_ref().to_owned();
                if name == "incomingServer" || name == "outgoingServer" {
                    if let Some(entry) = current.take()
                        && entries.len() < MAX_SERVERS
                    {
                        entries.push(entry);
                    }
                } else {
                    field = None;
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !saw_root {
        return Err(XmlError("no <clientConfig> element".to_owned()));
    }
    Ok(entries)
}

fn local(start: &BytesStart<'_>) -> String {
    start.local_name().as_ref().to_owned()
}

fn server_type(start: &BytesStart<'_>) -> String {
    match start.try_get_attribute("type") {
        Ok(Some(attr)) => {
            attr.normalized_value(XmlVersion::Implicit1_0).map(|v| v.to_ascii_lowercase()).unwrap_or_default()
        }
        _ => String::new(),
    }
}

fn set_field(entry: &mut Entry, name: &str, value: &str) {
    let value = value.trim().chars().take(256).collect::<String>();
    match name {
        "hostname" => entry.hostname = value,
        "port" => entry.port = value,
        "socketType" => entry.socket_type = value,
        "username" => entry.username = value,
        _ => {}
    }
}

/// Understands one entry for `address`: `None` for a type, port or socket type we do not use.
pub fn understand(entry: &Entry, address: &Address) -> Option<Offer> {
    let protocol = match entry.kind.as_str() {
        "imap" => Protocol::Imap,
        "pop3" => Protocol::Pop3,
        "smtp" => Protocol::Smtp,
        _ => return None,
    };
    let port: u16 = entry.port.parse().ok().filter(|p| *p != 0)?;
    let security = match entry.socket_type.to_ascii_uppercase().as_str() {
        "SSL" | "TLS" => Security::Tls,
        "STARTTLS" => Security::Starttls,
        "PLAIN" => Security::None,
        _ => return None,
    };
    let host = fill(&entry.hostname, address).to_ascii_lowercase();
    if !valid_host(&host) {
        return None;
    }
    let username = match entry.username.trim() {
        "" => None,
        "%EMAILADDRESS%" => Some(UsernameForm::FullAddress),
        "%EMAILLOCALPART%" => Some(UsernameForm::LocalPart),
        other => Some(UsernameForm::Other(fill(other, address))),
    };
    Some(Offer { protocol, host, port, security, username })
}

/// Replaces Thunderbird's placeholders.
fn fill(text: &str, address: &Address) -> String {
    text.replace("%EMAILADDRESS%", &address.email())
        .replace("%EMAILLOCALPART%", &address.local)
        .replace("%EMAILDOMAIN%", &address.domain)
}

/// The URLs to try for `domain`, in order; `https_only` for the MX's domain (as Thunderbird).
pub fn urls(domain: &str, port: Option<u16>, https_only: bool) -> Vec<String> {
    let port = port.map(|p| format!(":{p}")).unwrap_or_default();
    let paths = [
        format!("autoconfig.{domain}{port}/mail/config-v1.1.xml"),
        format!("{domain}{port}/.well-known/autoconfig/mail/config-v1.1.xml"),
    ];
    let schemes: &[&str] = if https_only { &["https"] } else { &["https", "http"] };
    schemes.iter().flat_map(|s| paths.iter().map(move |p| format!("{s}://{p}"))).collect()
}

/// Fetches every URL at once (as Thunderbird does) and uses the first, in URL order, that
/// parses; the others are reported too.
pub async fn run(fetcher: &Fetcher, address: &Address, domain: &str, https_only: bool) -> Found {
    let urls = urls(domain, fetcher.port(), https_only);
    let bodies = futures_util::future::join_all(urls.iter().map(|url| fetcher.get(url))).await;
    let mut found = Found::default();
    let mut used = false;
    for (url, body) in urls.iter().zip(bodies) {
        let entries = match body
            .map_err(|e| e.to_string())
            .and_then(|b| parse_entries(&b).map_err(|e| e.to_string()))
        {
            Ok(entries) => entries,
            Err(why) => {
                found.report_as_given(SourceKind::Autoconfig, url, why);
                continue;
            }
        };
        let offers: Vec<Offer> = entries.iter().filter_map(|e| understand(e, address)).collect();
        let result = super::ispdb::listed(offers.len(), entries.len());
        if used {
            found.report(SourceKind::Autoconfig, url, result.then(Text::new("discover-answer-not-used")));
            continue;
        }
        found.report(SourceKind::Autoconfig, url, result);
        used = true;
        for offer in offers {
            let claim = Claim::plain(SourceKind::Autoconfig, format!("autoconfig {url}"));
            let mut c = Candidate::new(offer.protocol, &offer.host, offer.port, offer.security, claim);
            c.username = offer.username;
            found.candidates.push(c);
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    const THUNDERBIRD: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="example.com">
    <domain>example.com</domain>
    <displayName>Example Mail</displayName>
    <incomingServer type="imap">
      <hostname>imap.%EMAILDOMAIN%</hostname>
      <port>993</port>
      <socketType>SSL</socketType>
      <authentication>password-cleartext</authentication>
      <username>%EMAILADDRESS%</username>
    </incomingServer>
    <incomingServer type="pop3">
      <hostname>pop.example.com</hostname>
      <port>110</port>
      <socketType>STARTTLS</socketType>
      <username>%EMAILLOCALPART%</username>
      <pop3><leaveMessagesOnServer>true</leaveMessagesOnServer></pop3>
    </incomingServer>
    <documentation url="https://example.com/help"><descr lang="en">Help</descr></documentation>
    <outgoingServer type="smtp">
      <hostname>smtp.example.com</hostname>
      <port>465</port>
      <socketType>SSL</socketType>
      <username>%EMAILADDRESS%</username>
    </outgoingServer>
    <incomingServer type="exchange"><hostname>ews.example.com</hostname><port>443</port><socketType>SSL</socketType></incomingServer>
  </emailProvider>
</clientConfig>"#;

    fn address() -> Address {
        Address { local: "jo".into(), domain: "example.com".into() }
    }

    #[test]
    fn a_thunderbird_file_yields_imap_pop_and_smtp_with_their_user_name_forms() {
        let entries = parse_entries(THUNDERBIRD).expect("parses");
        let offers: Vec<Offer> = entries.iter().filter_map(|e| understand(e, &address())).collect();
        assert_eq!(offers.len(), 3, "the exchange entry is skipped: {offers:?}");
        assert_eq!(offers[0].host, "imap.example.com");
        assert_eq!((offers[0].port, offers[0].security), (993, Security::Tls));
        assert_eq!(offers[0].username, Some(UsernameForm::FullAddress));
        assert_eq!((offers[1].protocol, offers[1].security), (Protocol::Pop3, Security::Starttls));
        assert_eq!(offers[1].username, Some(UsernameForm::LocalPart));
        assert_eq!((offers[2].protocol, offers[2].port), (Protocol::Smtp, 465));
    }

    #[test]
    fn hostile_or_broken_files_are_refused_without_panicking() {
        assert!(parse_entries("<html><body>not here</body></html>").is_err());
        let cut = "<clientConfig><incomingServer type=\"imap\"><hostname>a";
        assert_eq!(parse_entries(cut).map(|e| e.len()).unwrap_or(0), 0, "an unclosed entry is not used");
        let bad = r#"<clientConfig><incomingServer type="imap"><hostname>evil host/x</hostname>
            <port>99999</port><socketType>SSL</socketType></incomingServer></clientConfig>"#;
        let entries = parse_entries(bad).expect("well-formed");
        assert_eq!(entries.len(), 1);
        assert!(understand(&entries[0], &address()).is_none(), "bad port and host are dropped");
    }

    #[test]
    fn https_comes_before_http_and_the_mx_domain_is_asked_over_https_only() {
        let all = urls("example.com", None, false);
        assert_eq!(all[0], "https://autoconfig.example.com/mail/config-v1.1.xml");
        assert_eq!(all[1], "https://example.com/.well-known/autoconfig/mail/config-v1.1.xml");
        assert!(all[2].starts_with("http://"));
        assert!(
            urls("example.com", Some(8080), true)
                .iter()
                .all(|u| u.starts_with("https://") && u.contains(":8080/"))
        );
    }
}
