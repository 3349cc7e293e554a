//! What the person asked for, parsed once: the `input` stage.
//!
//! [`DiagnoseRequest`] is the public request shape (docs/CONTRACT.md §3), as typed into a form, a
//! JSON body or the CLI. [`parse`] turns it into a [`Target`] (an IDNA-normalised [`Host`], a
//! real port, a resolved [`Security`]) plus the input findings: confusion that is visible before
//! a single packet is sent. Nothing downstream takes a `&str` host or a raw port.

use std::fmt;
use std::net::IpAddr;

use serde::{Deserialize, Deserializer, Serialize};

pub use crate::model::{Host, Protocol, Security, SecurityChoice};

use crate::diagnosis::{Code, Finding, Fix};
use crate::providers::Provider;
use crate::secret::Password;

/// A user name and a secret: a password, or an OAuth2 access token.
#[derive(Clone, Debug)]
pub struct Credentials {
    /// The user name as typed (often the full e-mail address).
    pub username: String,
    /// The password, or the access token when `oauth`; never logged or serialised.
    pub password: Password,
    /// The secret is an OAuth2 access token (sign-in with XOAUTH2 or OAUTHBEARER).
    pub oauth: bool,
}

impl Credentials {
    /// Every form the secret can take on the wire or in an echo, for scrubbing: the password's
    /// forms, and for a token also the XOAUTH2 and OAUTHBEARER payloads sent to `host:port`.
    pub fn secret_forms(&self, host: &str, port: u16) -> Vec<String> {
        let mut forms = self.password.forms(&self.username);
        if self.oauth {
            let token = self.password.expose();
            forms.push(crate::proto::sasl::xoauth2(&self.username, token));
            forms.push(crate::proto::sasl::oauthbearer(&self.username, token, host, port));
        }
        forms
    }
}

/// Per-request options.
#[derive(Clone, Debug, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    /// Send the password even over an unencrypted connection (explicit consent).
    pub allow_insecure_auth: bool,
    /// Send the password even when the certificate failed verification (explicit consent).
    pub trust_certificate: bool,
    /// Measure the simultaneous-connection limit (opt-in).
    pub test_limits: bool,
    /// The most sessions the connection-limit probe opens (default 20, at most 50).
    pub connection_limit_cap: Option<u16>,
    /// Overall time budget for this diagnosis, in seconds (capped by the server's setting).
    pub timeout_secs: Option<u64>,
    /// SMTP: after signing in, check that this account may send — `MAIL FROM` and `RCPT TO`,
    /// then `RSET`: no `DATA`, so nothing is ever sent (opt-in).
    pub send_test: bool,
    /// The send check's sender (default: the user name when it is an address).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub send_from: Option<String>,
    /// The send check's recipient (default: the sender itself).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub send_to: Option<String>,
}

/// A port as given: a number or a string, checked by [`parse`], not by serde, so that
/// `"port": 99999` or `port=abc` becomes a clear `input.invalid_port` finding, not a 422.
#[derive(Clone, Debug, Eq, PartialEq, Serialize)]
pub struct RawPort(pub String);

impl<'de> Deserialize<'de> for RawPort {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Either {
            Number(i64),
            Text(String),
        }
        Ok(match Either::deserialize(d)? {
            Either::Number(n) => RawPort(n.to_string()),
            Either::Text(s) => RawPort(s),
        })
    }
}

/// A port as the report echoes it: the number when a whole number was given (`993`, also when
/// a form or a JSON string sent it as text), else the text exactly as typed (`"imap"`,
/// `"0993"`), so the person sees what they typed next to `input.invalid_port`.
#[derive(Clone, Debug, Eq, PartialEq, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(untagged)]
#[schema(as = Port)]
pub enum PortEcho {
    /// A whole number, as given (`99999` too: the input stage says why it is not a port).
    Number(i64),
    /// Anything else, as typed.
    Text(String),
}

impl From<&RawPort> for PortEcho {
    fn from(raw: &RawPort) -> Self {
        match raw.0.parse::<i64>() {
            Ok(n) if n.to_string() == raw.0 => PortEcho::Number(n),
            _ => PortEcho::Text(raw.0.clone()),
        }
    }
}

impl fmt::Display for PortEcho {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PortEcho::Number(n) => write!(f, "{n}"),
            PortEcho::Text(text) => f.write_str(text),
        }
    }
}

/// The public request (docs/CONTRACT.md §3). Deserialised from JSON, form fields or CLI flags.
#[derive(Clone, Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DiagnoseRequest {
    /// `imap`, `pop3` or `smtp`; may be omitted only when the host is URL-shaped
    /// (`imaps://mail.example.com`), whose scheme names it.
    #[serde(default)]
    pub protocol: Option<Protocol>,
    /// The server as typed.
    pub host: String,
    /// The port; omitted means the protocol's default for the security mode.
    #[serde(default)]
    #[schema(value_type = Option<PortEcho>)]
    pub port: Option<RawPort>,
    /// The security mode; omitted means `auto` (or the URL scheme's).
    #[serde(default)]
    pub security: Option<SecurityChoice>,
    /// The user name.
    #[serde(default)]
    pub username: Option<String>,
    /// The password. Never stored, logged or echoed.
    #[serde(default)]
    #[schema(value_type = Option<String>, write_only)]
    pub password: Option<Password>,
    /// The person's e-mail address (used as user name when none is given).
    #[serde(default)]
    pub email: Option<String>,
    /// An OAuth2 access token to sign in with instead of a password (XOAUTH2 or OAUTHBEARER,
    /// whichever the server offers). A secret like the password: never stored, logged or echoed.
    #[serde(default)]
    #[schema(value_type = Option<String>, write_only)]
    pub oauth_token: Option<Password>,
    /// Extra trusted CA certificates, PEM.
    #[serde(default)]
    pub ca_pem: Option<String>,
    /// Options.
    #[serde(default)]
    pub options: Options,
    /// The help desk's ticket reference (free text, at most 100 characters), kept with the
    /// saved report so the desk view can find it.
    #[serde(default)]
    pub ticket: Option<String>,
    /// The language of the report's texts (`de`, `pt-BR`, … as in `Accept-Language`); a
    /// language maildoctor does not speak, or none, means English. Codes are the same in all.
    #[serde(default)]
    #[schema(example = "de")]
    pub lang: Option<String>,
    /// The service's id for the HTTP request that asked for this diagnosis (never read from
    /// the body: the service sets it), carried into the report so a ticket leads to the logs.
    #[serde(skip)]
    pub request_id: Option<String>,
}

impl DiagnoseRequest {
    /// The language of the report's texts.
    pub fn language(&self) -> crate::i18n::Lang {
        self.lang.as_deref().and_then(crate::i18n::Lang::from_tag).unwrap_or_default()
    }

    /// A request with only protocol and host (the rest defaulted).
    pub fn new(protocol: Protocol, host: impl Into<String>) -> Self {
        DiagnoseRequest {
            protocol: Some(protocol),
            host: host.into(),
            port: None,
            security: None,
            username: None,
            password: None,
            email: None,
            oauth_token: None,
            ca_pem: None,
            options: Options::default(),
            ticket: None,
            lang: None,
            request_id: None,
        }
    }

    /// The protocol asked for: the `protocol` field, else the scheme of a URL-shaped host
    /// (`imaps://…`). `None` when neither says one: the request cannot be run.
    pub fn resolved_protocol(&self) -> Option<Protocol> {
        self.protocol.or_else(|| Scheme::of(&self.host).map(|s| s.protocol))
    }
}

/// What a URL scheme typed before the host says (RFC 8314 §7 for the TLS ones): protocol,
/// security and port, each used unless the request gives its own.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub struct Scheme {
    /// The protocol (`imaps` ⇒ IMAP).
    pub protocol: Protocol,
    /// The security (`imaps` ⇒ SSL/TLS, `imap` ⇒ STARTTLS).
    pub security: Security,
    /// The scheme's default port.
    pub port: u16,
}

impl Scheme {
    /// The scheme of `typed`, when it is a mail URL (`imaps://mail.example.com:993/`).
    pub fn of(typed: &str) -> Option<Scheme> {
        let (scheme, _) = typed.trim().split_once("://")?;
        let (protocol, security, port) = match scheme.to_ascii_lowercase().as_str() {
            "imaps" => (Protocol::Imap, Security::Tls, 993),
            "imap" => (Protocol::Imap, Security::Starttls, 143),
            "pop3s" | "pops" => (Protocol::Pop3, Security::Tls, 995),
            "pop3" | "pop" => (Protocol::Pop3, Security::Starttls, 110),
            "smtps" | "submissions" => (Protocol::Smtp, Security::Tls, 465),
            "submission" => (Protocol::Smtp, Security::Starttls, 587),
            "smtp" => (Protocol::Smtp, Security::Starttls, 25),
            _ => return None,
        };
        Some(Scheme { protocol, security, port })
    }
}

/// The request as echoed in a report: everything but the password.
#[derive(Clone, Debug, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RequestEcho {
    /// Protocol (from the request, or the scheme of a URL-shaped host; `null` when neither).
    pub protocol: Option<Protocol>,
    /// Host as typed.
    pub host: String,
    /// Port as given: a number when a whole number was given, else the text as typed.
    pub port: Option<PortEcho>,
    /// Security as requested.
    pub security: Option<SecurityChoice>,
    /// User name.
    pub username: Option<String>,
    /// Whether a password was given (never the password).
    pub password_given: bool,
    /// Whether an OAuth2 access token was given (never the token).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub oauth_given: bool,
    /// E-mail address.
    pub email: Option<String>,
    /// Options.
    pub options: Options,
    /// The ticket reference, tidied ([`ticket_reference`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ticket: Option<String>,
}

/// The longest ticket reference kept, in characters.
pub const TICKET_MAX: usize = 100;

/// A ticket reference as kept: control characters dropped, spaces collapsed, at most
/// [`TICKET_MAX`] characters; `None` when nothing is left.
pub fn ticket_reference(text: &str) -> Option<String> {
    let kept: String = text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    let tidy = kept.split_whitespace().collect::<Vec<_>>().join(" ");
    Some(tidy.chars().take(TICKET_MAX).collect::<String>()).filter(|t| !t.is_empty())
}

impl From<&DiagnoseRequest> for RequestEcho {
    fn from(r: &DiagnoseRequest) -> Self {
        RequestEcho {
            protocol: r.resolved_protocol(),
            host: r.host.clone(),
            port: r.port.as_ref().map(PortEcho::from),
            security: r.security,
            username: r.username.clone(),
            password_given: Password::given(r.password.as_ref()),
            oauth_given: Password::given(r.oauth_token.as_ref()),
            email: r.email.clone(),
            options: r.options.clone(),
            ticket: r.ticket.as_deref().and_then(ticket_reference),
        }
    }
}

/// A validated target: everything the network stages need.
#[derive(Clone, Debug)]
pub struct Target {
    /// Protocol.
    pub protocol: Protocol,
    /// Normalised host.
    pub host: Host,
    /// Port.
    pub port: u16,
    /// Security: as chosen, or with `auto` the port's usual one until the `tls` stage has
    /// found out what the port speaks.
    pub security: Security,
    /// The security was `auto`: the `tls` stage finds out what the port speaks.
    pub detect: bool,
    /// Credentials, when both a user name and a password were given.
    pub credentials: Option<Credentials>,
    /// Extra trusted CA certificates, PEM.
    pub ca_pem: Option<String>,
    /// Options.
    pub options: Options,
}

impl Target {
    /// "IMAP on imap.example.com port 993 with SSL/TLS".
    pub fn describe(&self) -> String {
        let security = match self.security {
            _ if self.detect => "with automatic security".to_owned(),
            Security::None => "without encryption".to_owned(),
            other => format!("with {}", other.label()),
        };
        format!("{} on {} port {} {security}", self.protocol, self.host, self.port)
    }

    /// The same target once `auto` has found the port's security.
    pub fn detected(&self, security: Security) -> Target {
        Target { security, detect: false, ..self.clone() }
    }
}

/// Parses a request into a target plus input findings. `None` when the target is unusable
/// (the findings then hold at least one error saying why).
pub fn parse(req: &DiagnoseRequest) -> (Option<Target>, Vec<Finding>) {
    let mut findings = Vec::new();
    let (host_text, port_in_host) = split_host(&req.host);
    let Some(protocol) = req.resolved_protocol() else {
        let problem = "no protocol was chosen, and the server name does not say one (like imaps://…)";
        findings.push(Finding::new(Code::InputInvalidHost).with("typed", &req.host).with("problem", problem));
        return (None, findings);
    };

    if let Some(at) = host_text.rfind('@') {
        let domain = &host_text[at + 1..];
        let mut finding = Finding::new(Code::InputEmailAsServer).with("typed", host_text);
        if let Some(fix) = provider_fix(domain, protocol) {
            finding = finding.with_fix(fix);
        }
        findings.push(finding);
        return (None, findings);
    }

    let host = match normalise_host(host_text) {
        Ok(host) => host,
        Err(why) => {
            findings.push(Finding::new(Code::InputInvalidHost).with("typed", &req.host).with("problem", why));
            return (None, findings);
        }
    };

    let (port, security, detect) = match port_and_security(req, protocol, port_in_host) {
        Ok(settings) => settings,
        Err(finding) => {
            findings.push(finding);
            return (None, findings);
        }
    };

    if let Host::Name(name) = &host {
        findings.extend(webmail_host(name, protocol));
        findings.extend(host_protocol_mismatch(name, protocol));
    }
    findings.extend(protocol_port_mismatch(protocol, port, security));
    findings.extend(security_port_mismatch(protocol, port, security));

    let username = req.username.as_deref().map(str::trim).filter(|u| !u.is_empty()).or(req
        .email
        .as_deref()
        .map(str::trim)
        .filter(|e| !e.is_empty()));
    // A line break or NUL in the user name would reach a protocol line as a second command
    // (`USER alice\r\nPASS guess`): refused before anything is sent, never stripped silently.
    if let Some(name) = username.filter(|u| u.chars().any(char::is_control)) {
        let shown = crate::proto::printable(name, 120);
        findings.push(Finding::new(Code::InputInvalidUsername).with("typed", shown));
        return (None, findings);
    }
    // A token, when given, is what signs in (a password given too is not used).
    let token = req.oauth_token.as_ref().filter(|t| t.is_given());
    let credentials = match (username, token, &req.password) {
        (Some(username), Some(token), _) => {
            Some(Credentials { username: username.to_owned(), password: token.clone(), oauth: true })
        }
        (Some(username), None, Some(password)) if password.is_given() => {
            Some(Credentials { username: username.to_owned(), password: password.clone(), oauth: false })
        }
        _ => None,
    };

    let target = Target {
        protocol,
        host,
        port,
        security,
        detect,
        credentials,
        ca_pem: req.ca_pem.clone().filter(|p| !p.trim().is_empty()),
        options: req.options.clone(),
    };
    (Some(target), findings)
}

/// The port and security: what the request says, else what a URL scheme says, else the
/// protocol's defaults; `auto` (no choice anywhere) means the `tls` stage detects it.
fn port_and_security(
    req: &DiagnoseRequest,
    protocol: Protocol,
    port_in_host: Option<&str>,
) -> Result<(u16, Security, bool), Finding> {
    let scheme = Scheme::of(&req.host);
    let chosen = match req.security {
        Some(SecurityChoice::Tls) => Some(Security::Tls),
        Some(SecurityChoice::Starttls) => Some(Security::Starttls),
        Some(SecurityChoice::None) => Some(Security::None),
        Some(SecurityChoice::Auto) | None => scheme.map(|s| s.security),
    };
    let raw_port = req.port.as_ref().map(|p| p.0.trim().to_owned()).filter(|p| !p.is_empty());
    let port = match raw_port.or(port_in_host.map(str::to_owned)) {
        Some(text) => match text.parse::<u32>() {
            Ok(p) if (1..=65535).contains(&p) => p as u16,
            _ => {
                return Err(Finding::new(Code::InputInvalidPort)
                    .with("typed", text)
                    .with_words("expected", crate::i18n::Text::new("value-port-range")));
            }
        },
        None => match (scheme, chosen) {
            (Some(s), Some(security)) if s.protocol == protocol && s.security == security => s.port,
            // Auto without a port: the SSL/TLS port, which RFC 8314 prefers.
            (_, security) => protocol.default_port(security.unwrap_or(Security::Tls)),
        },
    };
    Ok(match chosen {
        Some(security) => (port, security, false),
        None => (port, Security::for_port(port), true),
    })
}

/// Strips what people paste around a host name (`imaps://`, a path, `[…]`, a trailing dot)
/// and splits off a `:port` suffix.
fn split_host(typed: &str) -> (&str, Option<&str>) {
    let mut host = typed.trim();
    if let Some((_, rest)) = host.split_once("://") {
        host = rest;
    }
    if let Some((before, _)) = host.split_once('/') {
        host = before;
    }
    if let Some(rest) = host.strip_prefix('[') {
        // "[2001:db8::1]:993" or "[2001:db8::1]"
        return match rest.split_once(']') {
            Some((ip, tail)) => (ip, tail.strip_prefix(':')),
            None => (host, None),
        };
    }
    // One colon means host:port; more than one is a bare IPv6 literal.
    if host.matches(':').count() == 1
        && let Some((h, p)) = host.split_once(':')
    {
        return (h, Some(p));
    }
    (host, None)
}

/// IDNA-normalises a host name, or parses an IP literal.
fn normalise_host(typed: &str) -> Result<Host, String> {
    let typed = typed.trim().trim_end_matches('.');
    if typed.is_empty() {
        return Err("the server name is empty".into());
    }
    if let Ok(ip) = typed.parse::<IpAddr>() {
        return Ok(Host::Ip(ip));
    }
    if typed.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err("a server name cannot contain spaces".into());
    }
    let ascii = idna::domain_to_ascii(typed).map_err(|_| "this is not a valid server name".to_owned())?;
    if ascii.len() > 253 {
        return Err("the server name is longer than 253 characters".into());
    }
    for label in ascii.split('.') {
        if label.is_empty() {
            return Err("the server name has an empty part (two dots in a row)".into());
        }
        if label.len() > 63 {
            return Err("one part of the server name is longer than 63 characters".into());
        }
        if !label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_') {
            return Err(format!("\"{label}\" has characters a server name cannot have"));
        }
        if label.starts_with('-') || label.ends_with('-') {
            return Err(format!("\"{label}\" starts or ends with a hyphen"));
        }
    }
    if ascii.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return Err("this looks like an IP address but is not a valid one".into());
    }
    Ok(Host::Name(ascii))
}

/// A fix pointing at the provider's server for this protocol, when the domain is known.
fn provider_fix(domain: &str, protocol: Protocol) -> Option<Fix> {
    let provider = Provider::by_domain(domain)?;
    let server = provider.server(protocol)?;
    Some(Fix {
        protocol: None,
        host: Some(server.host.clone()),
        port: Some(server.port),
        security: Some(server.security),
    })
}

/// `input.webmail_host`: gmail.com, outlook.com, mail.google.com … typed as the mail server.
fn webmail_host(name: &str, protocol: Protocol) -> Option<Finding> {
    let provider = Provider::by_web_host(name)?;
    let mut finding =
        Finding::new(Code::InputWebmailHost).with("typed", name).with("provider", &provider.name);
    if let Some(server) = provider.server(protocol) {
        finding = finding.with("mail server", &server.host).with_fix(Fix {
            protocol: None,
            host: Some(server.host.clone()),
            port: Some(server.port),
            security: Some(server.security),
        });
    }
    Some(finding)
}

/// `input.host_protocol_mismatch`: `pop.` with IMAP, `imap.` with POP3, `smtp.` for incoming.
fn host_protocol_mismatch(name: &str, protocol: Protocol) -> Option<Finding> {
    let (first, rest) = name.split_once('.')?;
    let says = match first {
        "imap" | "imap4" | "imaps" => Protocol::Imap,
        "pop" | "pop3" | "pops" | "pop3s" => Protocol::Pop3,
        "smtp" | "smtps" | "smtp-mail" | "smtpout" | "submission" => Protocol::Smtp,
        _ => return None,
    };
    let mismatch = match protocol {
        Protocol::Imap | Protocol::Pop3 => says != protocol,
        Protocol::Smtp => says.is_incoming(),
    };
    if !mismatch {
        return None;
    }
    let suggested = match protocol {
        Protocol::Imap => format!("imap.{rest}"),
        Protocol::Pop3 => format!("pop.{rest}"),
        Protocol::Smtp => format!("smtp.{rest}"),
    };
    let suggested = Provider::by_domain(rest)
        .and_then(|p| p.server(protocol))
        .map(|s| s.host.clone())
        .unwrap_or(suggested);
    Some(
        Finding::new(Code::InputHostProtocolMismatch)
            .with("typed", name)
            .with("host is for", says.label())
            .with("testing", protocol.label())
            .with("suggested host", &suggested)
            .with_fix(Fix { host: Some(suggested), ..Fix::default() }),
    )
}

/// `input.protocol_port_mismatch`: IMAP on a POP3/SMTP port and so on.
fn protocol_port_mismatch(protocol: Protocol, port: u16, security: Security) -> Option<Finding> {
    let owner = Protocol::of_port(port)?;
    if owner == protocol {
        return None;
    }
    let better = protocol.default_port(Security::for_port(port));
    let better_security = if security == Security::None { Security::for_port(better) } else { security };
    Some(
        Finding::new(Code::InputProtocolPortMismatch)
            .with("port", port.to_string())
            .with("port is for", owner.label())
            .with("testing", protocol.label())
            .with("usual port", better.to_string())
            .with_fix(Fix { port: Some(better), security: Some(better_security), ..Fix::default() }),
    )
}

/// `input.security_port_mismatch`: SSL/TLS on 143/110/587/25, STARTTLS on 993/995/465.
fn security_port_mismatch(protocol: Protocol, port: u16, security: Security) -> Option<Finding> {
    let expected = Protocol::of_port(port).map(|_| Security::for_port(port))?;
    let fix = match (security, expected) {
        // SSL/TLS chosen on a STARTTLS port: keep SSL/TLS and move to the implicit-TLS port
        // (RFC 8314 prefers implicit TLS), which is also what the remedy says.
        (Security::Tls, Security::Starttls) => {
            Fix { port: Some(protocol.default_port(Security::Tls)), ..Fix::default() }
        }
        // STARTTLS or none on an implicit-TLS port: keep the port, choose SSL/TLS.
        (Security::Starttls | Security::None, Security::Tls) => {
            Fix { security: Some(Security::Tls), ..Fix::default() }
        }
        _ => return None,
    };
    Some(
        Finding::new(Code::InputSecurityPortMismatch)
            .with("port", port.to_string())
            .with("chosen", security.label())
            .with("port expects", expected.label())
            .with_fix(fix),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(req: &DiagnoseRequest) -> Vec<Code> {
        parse(req).1.iter().map(|f| f.code).collect()
    }

    fn req(
        protocol: Protocol,
        host: &str,
        port: Option<&str>,
        security: Option<SecurityChoice>,
    ) -> DiagnoseRequest {
        DiagnoseRequest {
            port: port.map(|p| RawPort(p.into())),
            security,
            ..DiagnoseRequest::new(protocol, host)
        }
    }

    #[test]
    fn defaults_follow_the_protocol_and_auto_picks_tls_on_tls_ports() {
        let (t, f) = parse(&req(Protocol::Imap, "imap.example.com", None, None));
        let t = t.expect("target");
        assert!(f.is_empty());
        assert_eq!((t.port, t.security), (993, Security::Tls));
        let (t, _) = parse(&req(Protocol::Smtp, "smtp.example.com", Some("587"), Some(SecurityChoice::Auto)));
        assert_eq!(t.map(|t| t.security), Some(Security::Starttls));
        let (t, _) = parse(&req(Protocol::Pop3, "pop.example.com", None, Some(SecurityChoice::Starttls)));
        assert_eq!(t.map(|t| t.port), Some(110));
    }

    #[test]
    fn idna_hosts_are_normalised_to_punycode_and_lowercase() {
        let (t, _) = parse(&req(Protocol::Imap, "  IMAP.Bücher.Example. ", None, None));
        assert_eq!(t.map(|t| t.host), Some(Host::Name("imap.xn--bcher-kva.example".into())));
    }

    #[test]
    fn garbage_hosts_and_ports_are_rejected_with_clear_codes() {
        for host in ["", "imap .example.com", "exa_mple..com", "-bad-.com", "999.1.1.1"] {
            assert_eq!(
                codes(&req(Protocol::Imap, host, None, None)),
                vec![Code::InputInvalidHost],
                "{host:?}"
            );
        }
        for port in ["0", "65536", "abc", "-1"] {
            assert_eq!(
                codes(&req(Protocol::Imap, "imap.example.com", Some(port), None)),
                vec![Code::InputInvalidPort]
            );
        }
    }

    #[test]
    fn an_email_address_typed_as_server_is_flagged_with_the_providers_server() {
        let (t, f) = parse(&req(Protocol::Imap, "someone@gmail.com", None, None));
        assert!(t.is_none());
        assert_eq!(f[0].code, Code::InputEmailAsServer);
        assert_eq!(f[0].fix.as_ref().and_then(|x| x.host.as_deref()), Some("imap.gmail.com"));
    }

    #[test]
    fn webmail_hosts_are_flagged() {
        for host in ["gmail.com", "mail.google.com", "outlook.com"] {
            assert!(
                codes(&req(Protocol::Imap, host, None, None)).contains(&Code::InputWebmailHost),
                "{host}"
            );
        }
    }

    #[test]
    fn port_and_host_confusion_is_flagged() {
        let c = codes(&req(Protocol::Imap, "mail.example.com", Some("995"), None));
        assert_eq!(c, vec![Code::InputProtocolPortMismatch]);
        let c = codes(&req(Protocol::Pop3, "mail.example.com", Some("143"), None));
        assert_eq!(c, vec![Code::InputProtocolPortMismatch]);
        let c = codes(&req(Protocol::Smtp, "mail.example.com", Some("110"), None));
        assert_eq!(c, vec![Code::InputProtocolPortMismatch]);
        assert!(
            codes(&req(Protocol::Imap, "pop.example.com", None, None))
                .contains(&Code::InputHostProtocolMismatch)
        );
        assert!(
            codes(&req(Protocol::Pop3, "imap.example.com", None, None))
                .contains(&Code::InputHostProtocolMismatch)
        );
        assert!(
            codes(&req(Protocol::Imap, "smtp.example.com", None, None))
                .contains(&Code::InputHostProtocolMismatch)
        );
        assert!(codes(&req(Protocol::Smtp, "smtp.example.com", None, None)).is_empty());
    }

    #[test]
    fn security_that_does_not_fit_the_port_is_flagged_with_the_setting_to_change() {
        let (_, f) = parse(&req(Protocol::Imap, "mail.example.com", Some("143"), Some(SecurityChoice::Tls)));
        assert_eq!(f[0].code, Code::InputSecurityPortMismatch);
        assert_eq!(f[0].fix.as_ref().and_then(|x| x.port), Some(993));
        let (_, f) =
            parse(&req(Protocol::Imap, "mail.example.com", Some("993"), Some(SecurityChoice::Starttls)));
        assert_eq!(f[0].fix.as_ref().and_then(|x| x.security), Some(Security::Tls));
        assert!(
            codes(&req(Protocol::Smtp, "mail.example.com", Some("587"), Some(SecurityChoice::Starttls)))
                .is_empty()
        );
    }

    #[test]
    fn host_with_port_suffix_and_url_decoration_is_understood() {
        let (t, _) = parse(&req(Protocol::Imap, "imaps://mail.example.com:10993/", None, None));
        let t = t.expect("target");
        assert_eq!((t.host.as_text().as_str(), t.port), ("mail.example.com", 10993));
        let (t, _) = parse(&req(Protocol::Imap, "[::1]:1143", None, Some(SecurityChoice::None)));
        assert_eq!(t.map(|t| t.host), Some(Host::Ip("::1".parse().expect("ip"))));
    }

    #[test]
    fn auto_is_detected_later_and_an_explicit_mode_is_not() {
        let (t, _) = parse(&req(Protocol::Imap, "imap.example.com", Some("10993"), None));
        let t = t.expect("target");
        assert!(t.detect);
        assert_eq!(t.describe(), "IMAP on imap.example.com port 10993 with automatic security");
        let detected = t.detected(Security::Tls);
        assert!(!detected.detect);
        assert_eq!(detected.describe(), "IMAP on imap.example.com port 10993 with SSL/TLS");
        let (t, _) = parse(&req(Protocol::Imap, "imap.example.com", None, Some(SecurityChoice::Starttls)));
        assert!(!t.expect("target").detect);
    }

    #[test]
    fn a_mail_url_gives_protocol_port_and_security_unless_the_request_says_otherwise() {
        let url =
            |host: &str| DiagnoseRequest { protocol: None, ..DiagnoseRequest::new(Protocol::Imap, host) };
        let cases = [
            ("imaps://mail.example.com", Protocol::Imap, 993, Security::Tls),
            ("IMAP://mail.example.com/", Protocol::Imap, 143, Security::Starttls),
            ("pop3s://mail.example.com", Protocol::Pop3, 995, Security::Tls),
            ("pop3://mail.example.com", Protocol::Pop3, 110, Security::Starttls),
            ("smtps://mail.example.com", Protocol::Smtp, 465, Security::Tls),
            ("submissions://mail.example.com", Protocol::Smtp, 465, Security::Tls),
            ("submission://mail.example.com", Protocol::Smtp, 587, Security::Starttls),
            ("smtp://mail.example.com", Protocol::Smtp, 25, Security::Starttls),
            ("imaps://mail.example.com:10993", Protocol::Imap, 10993, Security::Tls),
        ];
        for (host, protocol, port, security) in cases {
            let (t, f) = parse(&url(host));
            let t = t.unwrap_or_else(|| panic!("{host}: {f:?}"));
            assert_eq!(
                (t.protocol, t.port, t.security, t.detect),
                (protocol, port, security, false),
                "{host}"
            );
        }
        // The request's own choices win; `auto` does not override the scheme.
        let mut r = url("imaps://mail.example.com");
        r.security = Some(SecurityChoice::Starttls);
        let t = parse(&r).0.expect("target");
        assert_eq!((t.port, t.security), (143, Security::Starttls));
        r.security = Some(SecurityChoice::Auto);
        r.port = Some(RawPort("10993".into()));
        let t = parse(&r).0.expect("target");
        assert_eq!((t.port, t.security, t.detect), (10993, Security::Tls, false));
        r.protocol = Some(Protocol::Pop3);
        assert_eq!(parse(&r).0.map(|t| t.protocol), Some(Protocol::Pop3));
    }

    #[test]
    fn without_a_protocol_or_a_mail_url_the_request_cannot_be_run() {
        let r =
            DiagnoseRequest { protocol: None, ..DiagnoseRequest::new(Protocol::Imap, "mail.example.com") };
        assert_eq!(r.resolved_protocol(), None);
        let (t, f) = parse(&r);
        assert!(t.is_none());
        assert_eq!(f[0].code, Code::InputInvalidHost);
        assert_eq!(RequestEcho::from(&r).protocol, None);
        let r = DiagnoseRequest {
            protocol: None,
            ..DiagnoseRequest::new(Protocol::Imap, "https://mail.example.com")
        };
        assert_eq!(r.resolved_protocol(), None, "a web URL names no mail protocol");
    }

    #[test]
    fn a_user_name_with_a_line_break_or_nul_is_refused_before_anything_is_sent() {
        for name in ["alice\r\nPASS guess1", "alice\nUSER bob", "ali\0ce"] {
            let mut r = req(Protocol::Pop3, "pop.example.com", None, None);
            r.username = Some(name.to_owned());
            r.password = Some(crate::secret::Password::new("pw"));
            let (target, findings) = parse(&r);
            assert!(target.is_none(), "{name:?} must not reach a protocol line");
            let codes: Vec<Code> = findings.iter().map(|f| f.code).collect();
            assert_eq!(codes, [Code::InputInvalidUsername], "{name:?}");
            let typed = &findings[0].evidence[0].value;
            assert!(!typed.contains('\n') && !typed.contains('\r'), "shown escaped: {typed:?}");
        }
        let mut r = req(Protocol::Pop3, "pop.example.com", None, None);
        r.email = Some("alice@example.com\r\n".to_owned());
        r.password = Some(crate::secret::Password::new("pw"));
        assert!(parse(&r).0.is_some(), "a trailing line break of a pasted address is trimmed, like spaces");
    }

    #[test]
    fn username_defaults_to_the_email_address_and_password_is_never_debug_printed() {
        let mut r = req(Protocol::Imap, "imap.example.com", None, None);
        r.email = Some("me@example.com".into());
        r.password = Some(Password::new("hunter2"));
        let (t, _) = parse(&r);
        let t = t.expect("target");
        assert_eq!(t.credentials.as_ref().map(|c| c.username.as_str()), Some("me@example.com"));
        assert!(!format!("{t:?}").contains("hunter2"));
    }
}
