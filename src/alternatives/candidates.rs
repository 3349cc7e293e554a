//! Which alternatives to try, before any I/O: the ones a mail administrator would try first.
//!
//! From what the failed run already knows — the target, whether its name resolved, the fixes
//! findings name, the provider, the names on the certificate — [`Plan::proposals`] lists, for
//! the same protocol, in order of preference: the provider's published server, the findings'
//! fixes, the same port with the other security mode, the standard port/security pairs, the
//! certificate's names that fit the protocol, and SMTP port 25 last (a last resort: usually
//! blocked for sending from home networks). The same setting proposed twice is one proposal
//! with both origins. SRV and autoconfig proposals arrive later ([`super::sources`]) and are
//! merged the same way.

use super::{Origin, Provenance};
use crate::diagnosis::Fix;
use crate::discover::model::{Candidate, Claim, SourceKind, UsernameForm};
use crate::discover::valid_host;
use crate::i18n::Text;
use crate::providers::Provider;
use crate::target::{Host, Protocol, Security, Target};

/// Most certificate names tried.
const MAX_CERT_NAMES: usize = 3;

/// Most fixes (from findings) tried.
const MAX_FIXES: usize = 2;

/// One setting to try, with every origin that proposed it.
#[derive(Clone, Debug)]
pub struct Proposal {
    /// The setting, as discovery's probe takes it.
    pub candidate: Candidate,
    /// Every origin that proposed it, in the order they did.
    pub origins: Vec<Provenance>,
}

impl Proposal {
    /// A proposal from one origin.
    pub fn new(protocol: Protocol, host: &str, port: u16, security: Security, origin: Provenance) -> Self {
        // Discovery's claim is not used here; the origins are ours.
        let claim = Claim::plain(SourceKind::Guess, origin.detail.clone());
        Proposal { candidate: Candidate::new(protocol, host, port, security, claim), origins: vec![origin] }
    }

    /// The same with a user-name form.
    pub fn with_username(mut self, username: Option<UsernameForm>) -> Self {
        self.candidate.username = username;
        self
    }

    /// True when this is exactly the setting the person tried.
    pub fn is_target(&self, target: &Target) -> bool {
        let c = &self.candidate;
        c.protocol == target.protocol
            && c.host == target.host.as_text()
            && c.port == target.port
            && c.security == target.security
    }
}

/// What the failed run knows that points at alternatives.
#[derive(Debug)]
pub struct Plan<'a> {
    /// The settings that failed.
    pub target: &'a Target,
    /// Whether the host typed resolved (else nothing on it is worth trying).
    pub reached: bool,
    /// Whether the port answered in the other security mode (TLS where STARTTLS was chosen,
    /// or the reverse): only then is the same port with the other mode worth a probe.
    pub wrong_mode: bool,
    /// The settings the findings' fixes name, in finding order.
    pub fixes: Vec<&'a Fix>,
    /// The provider, when known.
    pub provider: Option<&'static Provider>,
    /// The names on the certificate, when it did not cover the host typed.
    pub cert_names: &'a [String],
}

impl Plan<'_> {
    /// Every proposal, deduplicated, in order of preference; never the target itself.
    pub fn proposals(&self) -> Vec<Proposal> {
        let protocol = self.target.protocol;
        let mut all = Vec::new();
        if let Some(server) = self.provider.and_then(|p| p.server(protocol)) {
            let p = self.provider.map_or("", |p| p.name.as_str());
            let words =
                Text::new("origin-detail-provider").arg("provider", p).arg("protocol", protocol.label());
            let origin = Provenance::words(Origin::Provider, words);
            let username = self.provider.map(|p| username_form(&p.username));
            all.push(
                Proposal::new(protocol, &server.host, server.port, server.security, origin)
                    .with_username(username),
            );
        }
        all.extend(self.fixes.iter().take(MAX_FIXES).filter_map(|fix| self.fixed(fix)));
        if self.reached {
            all.extend(same_host(self.target, self.wrong_mode));
            all.extend(self.certificate_names());
        }
        // Port 25 last: it rarely works for a mail app (the settings table says so: `settings-note-port-25`).
        all.sort_by_key(|p| p.candidate.port == 25);
        let mut merged = Vec::new();
        for p in all {
            merge_into(&mut merged, p);
        }
        merged.retain(|p| !p.is_target(self.target));
        merged
    }

    /// The target with a finding's fix applied, for the same protocol only.
    fn fixed(&self, fix: &Fix) -> Option<Proposal> {
        let t = self.target;
        if fix.protocol.is_some_and(|p| p != t.protocol) {
            return None;
        }
        let host = fix.host.clone().unwrap_or_else(|| t.host.as_text());
        if !self.reached && fix.host.is_none() {
            return None;
        }
        let security = fix.security.unwrap_or(t.security);
        let port = fix.port.unwrap_or(t.port);
        let origin = Provenance::words(Origin::Finding, Text::new("origin-detail-finding"));
        Some(Proposal::new(t.protocol, &host, port, security, origin))
    }

    /// The certificate's names that fit the protocol, on the port and mode that reached TLS.
    fn certificate_names(&self) -> Vec<Proposal> {
        let t = self.target;
        let typed = t.host.as_text();
        let mut names: Vec<&String> = self
            .cert_names
            .iter()
            .filter(|n| **n != typed && valid_host(n) && fits_protocol(n, t.protocol))
            .collect();
        // Names that say the protocol (imap.) before the general ones (mail.).
        names.sort_by_key(|n| !names_protocol(n, t.protocol));
        names
            .into_iter()
            .take(MAX_CERT_NAMES)
            .map(|name| {
                let words = Text::new("origin-detail-certificate").arg("name", name);
                let origin = Provenance::words(Origin::Certificate, words);
                Proposal::new(t.protocol, name, t.port, t.security, origin)
            })
            .collect()
    }
}

/// Adds `p` to `list`, or its origins to the proposal of the same setting already there.
pub fn merge_into(list: &mut Vec<Proposal>, p: Proposal) {
    match list.iter_mut().find(|m| m.candidate.same_as(&p.candidate)) {
        Some(m) => {
            for origin in p.origins {
                if !m.origins.iter().any(|o| o.source == origin.source) {
                    m.origins.push(origin);
                }
            }
            if m.candidate.username.is_none() {
                m.candidate.username = p.candidate.username;
            }
        }
        None => list.push(p),
    }
}

/// The same host: the same port with the other security mode when the mode was wrong, then the
/// protocol's standard pairs (SSL/TLS first, then STARTTLS; SMTP 25 last).
fn same_host(target: &Target, wrong_mode: bool) -> Vec<Proposal> {
    let host = match &target.host {
        Host::Name(name) => name.clone(),
        Host::Ip(ip) => ip.to_string(),
    };
    let protocol = target.protocol;
    let mut out = Vec::new();
    let other_modes =
        [Security::Tls, Security::Starttls].into_iter().filter(|s| wrong_mode && *s != target.security);
    for security in other_modes {
        let words =
            Text::new("origin-detail-same-port").arg("port", target.port).arg("security", security.label());
        let origin = Provenance::words(Origin::SamePort, words);
        out.push(Proposal::new(protocol, &host, target.port, security, origin));
    }
    for (port, security) in standard_pairs(protocol) {
        let words = if *port == 25 {
            Text::new("origin-detail-port-25")
        } else {
            Text::new("origin-detail-standard-port")
                .arg("protocol", protocol.label())
                .arg("security", security.label())
        };
        let origin = Provenance::words(Origin::StandardPort, words);
        out.push(Proposal::new(protocol, &host, *port, *security, origin));
    }
    out
}

/// The standard port/security pairs of a protocol, in the order to prefer them (RFC 8314:
/// implicit TLS first).
pub const fn standard_pairs(protocol: Protocol) -> &'static [(u16, Security)] {
    match protocol {
        Protocol::Imap => &[(993, Security::Tls), (143, Security::Starttls)],
        Protocol::Pop3 => &[(995, Security::Tls), (110, Security::Starttls)],
        Protocol::Smtp => &[(465, Security::Tls), (587, Security::Starttls), (25, Security::Starttls)],
    }
}

/// Labels that name a service other than mail, or a mail protocol's own name.
const NOT_MAIL: [&str; 14] = [
    "www",
    "webmail",
    "web",
    "autodiscover",
    "autoconfig",
    "cpanel",
    "whm",
    "webdisk",
    "ftp",
    "cpcalendars",
    "cpcontacts",
    "api",
    "owa",
    "calendar",
];

/// The first-label words that name each protocol.
fn protocol_words(protocol: Protocol) -> &'static [&'static str] {
    match protocol {
        Protocol::Imap => &["imap", "imaps", "imap4"],
        Protocol::Pop3 => &["pop", "pop3", "pops", "pop3s"],
        Protocol::Smtp => &["smtp", "smtps", "submission", "mta", "relay"],
    }
}

/// The first label of `name` without digits and dashes (`imap2` → `imap`, `mail-1` → `mail`).
fn first_word(name: &str) -> String {
    let label = name.split('.').next().unwrap_or_default().to_ascii_lowercase();
    label.chars().filter(|c| c.is_ascii_alphabetic()).collect()
}

/// True when the name's first label names `protocol` (`imap.example.com` for IMAP).
fn names_protocol(name: &str, protocol: Protocol) -> bool {
    protocol_words(protocol).contains(&first_word(name).as_str())
}

/// True when a certificate name could serve `protocol`: not a wildcard, not a name for another
/// protocol (`smtp.` for IMAP) or a non-mail service (`www.`, `autodiscover.`, …). A neutral
/// name (`mail.`, a shared host's own name) fits: on shared hosting that is often the answer.
pub fn fits_protocol(name: &str, protocol: Protocol) -> bool {
    if name.starts_with('*') || !name.contains('.') {
        return false;
    }
    let word = first_word(name);
    let other = [Protocol::Imap, Protocol::Pop3, Protocol::Smtp]
        .into_iter()
        .filter(|p| *p != protocol)
        .any(|p| protocol_words(p).contains(&word.as_str()));
    !other && !NOT_MAIL.contains(&word.as_str())
}

/// The provider table's words for the user name as a form.
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::target::Options;

    fn target(protocol: Protocol, host: &str, port: u16, security: Security) -> Target {
        Target {
            protocol,
            host: Host::Name(host.into()),
            port,
            security,
            detect: false,
            credentials: None,
            ca_pem: None,
            options: Options::default(),
        }
    }

    fn plan(target: &Target, names: &[String]) -> Vec<Proposal> {
        Plan { target, reached: true, wrong_mode: true, fixes: Vec::new(), provider: None, cert_names: names }
            .proposals()
    }

    fn settings(p: &[Proposal]) -> Vec<(String, u16, Security)> {
        p.iter().map(|p| (p.candidate.host.clone(), p.candidate.port, p.candidate.security)).collect()
    }

    #[test]
    fn starttls_on_the_imaps_port_tries_tls_there_and_never_the_setting_that_failed() {
        let t = target(Protocol::Imap, "mail.example.com", 993, Security::Starttls);
        let got = settings(&plan(&t, &[]));
        let host = "mail.example.com".to_owned();
        assert_eq!(got, [(host.clone(), 993, Security::Tls), (host, 143, Security::Starttls)]);
        let p = plan(&t, &[]);
        let origins: Vec<Origin> = p[0].origins.iter().map(|o| o.source).collect();
        assert_eq!(origins, [Origin::SamePort, Origin::StandardPort], "one proposal, both origins");
    }

    #[test]
    fn a_port_that_refused_or_stayed_silent_is_not_tried_again_in_the_other_mode() {
        let t = target(Protocol::Imap, "mail.example.com", 10993, Security::Tls);
        let p = Plan {
            target: &t,
            reached: true,
            wrong_mode: false,
            fixes: Vec::new(),
            provider: None,
            cert_names: &[],
        };
        let ports: Vec<u16> = p.proposals().iter().map(|p| p.candidate.port).collect();
        assert_eq!(ports, [993, 143]);
    }

    #[test]
    fn smtp_tries_465_and_587_before_25_and_says_why_25_is_last() {
        let t = target(Protocol::Smtp, "smtp.example.com", 2525, Security::Starttls);
        let ports: Vec<u16> = plan(&t, &[]).iter().map(|p| p.candidate.port).collect();
        assert_eq!(ports, [2525, 465, 587, 25]);
        let last = plan(&t, &[]).pop().expect("25");
        assert!(last.origins[0].detail.contains("last resort"), "{:?}", last.origins);
    }

    #[test]
    fn certificate_names_that_fit_the_protocol_are_tried_on_the_port_that_reached_tls() {
        let t = target(Protocol::Imap, "example.com", 993, Security::Tls);
        let names: Vec<String> =
            ["*.example.com", "www.example.com", "smtp.example.com", "mail.example.com", "imap.example.com"]
                .map(String::from)
                .to_vec();
        let cert: Vec<(String, u16, Security)> = plan(&t, &names)
            .into_iter()
            .filter(|p| p.origins.iter().any(|o| o.source == Origin::Certificate))
            .map(|p| (p.candidate.host, p.candidate.port, p.candidate.security))
            .collect();
        assert_eq!(
            cert,
            [
                ("imap.example.com".to_owned(), 993, Security::Tls),
                ("mail.example.com".to_owned(), 993, Security::Tls)
            ]
        );
    }

    #[test]
    fn a_shared_hosts_own_name_fits_but_another_protocols_name_does_not() {
        assert!(fits_protocol("server12.hosting.example", Protocol::Imap));
        assert!(fits_protocol("mail.example.com", Protocol::Smtp));
        assert!(!fits_protocol("pop3.example.com", Protocol::Imap));
        assert!(!fits_protocol("imap.example.com", Protocol::Smtp));
        assert!(!fits_protocol("autodiscover.example.com", Protocol::Imap));
        assert!(!fits_protocol("*.example.com", Protocol::Imap));
    }

    #[test]
    fn a_name_that_did_not_resolve_gets_only_other_hosts() {
        let t = target(Protocol::Imap, "imap.gmial.com", 993, Security::Tls);
        let fix = Fix { host: Some("imap.gmail.com".into()), ..Fix::default() };
        let same_port = Fix { port: Some(143), ..Fix::default() };
        let provider = Provider::by_id("gmail");
        let fixes = vec![&fix, &same_port];
        let p = Plan { target: &t, reached: false, wrong_mode: false, fixes, provider, cert_names: &[] }
            .proposals();
        assert_eq!(settings(&p), [("imap.gmail.com".to_owned(), 993, Security::Tls)]);
        let origins: Vec<Origin> = p[0].origins.iter().map(|o| o.source).collect();
        assert_eq!(origins, [Origin::Provider, Origin::Finding]);
        assert_eq!(p[0].candidate.username, Some(UsernameForm::FullAddress));
    }

    #[test]
    fn a_fix_for_another_protocol_is_not_an_alternative() {
        let t = target(Protocol::Imap, "mail.example.com", 995, Security::Tls);
        let pop = Fix { protocol: Some(Protocol::Pop3), ..Fix::default() };
        let fixes = vec![&pop];
        let p = Plan { target: &t, reached: true, wrong_mode: false, fixes, provider: None, cert_names: &[] }
            .proposals();
        assert!(p.iter().all(|p| p.candidate.protocol == Protocol::Imap));
        assert!(p.iter().all(|p| p.origins.iter().all(|o| o.source != Origin::Finding)), "{p:?}");
    }
}
