//! The protocol, the security mode and the host: what every layer names.

use std::fmt;
use std::net::IpAddr;

use serde::{Deserialize, Serialize};

/// The mail protocol to test.
#[derive(Clone, Copy, Debug, Deserialize, Eq, Hash, PartialEq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Protocol {
    /// Receive mail with IMAP.
    Imap,
    /// Receive mail with POP3.
    #[serde(alias = "pop")]
    Pop3,
    /// Send mail with SMTP submission.
    Smtp,
}

impl Protocol {
    /// The message id of the server's role in a settings table ("Incoming mail (IMAP) server").
    pub const fn role_id(self) -> &'static str {
        match self {
            Protocol::Imap => "role-imap",
            Protocol::Pop3 => "role-pop3",
            Protocol::Smtp => "role-smtp",
        }
    }

    /// Lowercase public name.
    pub const fn name(self) -> &'static str {
        match self {
            Protocol::Imap => "imap",
            Protocol::Pop3 => "pop3",
            Protocol::Smtp => "smtp",
        }
    }

    /// The name people see ("IMAP").
    pub const fn label(self) -> &'static str {
        match self {
            Protocol::Imap => "IMAP",
            Protocol::Pop3 => "POP",
            Protocol::Smtp => "SMTP",
        }
    }

    /// True for IMAP and POP3 (receiving mail).
    pub const fn is_incoming(self) -> bool {
        !matches!(self, Protocol::Smtp)
    }

    /// The standard port for this protocol with this security.
    pub const fn default_port(self, security: Security) -> u16 {
        match (self, security) {
            (Protocol::Imap, Security::Tls) => 993,
            (Protocol::Imap, _) => 143,
            (Protocol::Pop3, Security::Tls) => 995,
            (Protocol::Pop3, _) => 110,
            (Protocol::Smtp, Security::Tls) => 465,
            (Protocol::Smtp, _) => 587,
        }
    }

    /// The protocol whose well-known port this is, if any.
    pub const fn of_port(port: u16) -> Option<Protocol> {
        match port {
            143 | 993 => Some(Protocol::Imap),
            110 | 995 => Some(Protocol::Pop3),
            25 | 465 | 587 => Some(Protocol::Smtp),
            _ => None,
        }
    }
}

impl fmt::Display for Protocol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// How the connection is secured, once decided.
#[derive(Clone, Copy, Debug, Deserialize, Eq, Hash, PartialEq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Security {
    /// Implicit TLS from the first byte ("SSL/TLS"; 993, 995, 465).
    #[serde(alias = "ssl")]
    Tls,
    /// A plain-text greeting, then STARTTLS (143, 110, 587).
    Starttls,
    /// Never encrypted.
    None,
}

impl Security {
    /// Lowercase public name.
    pub const fn name(self) -> &'static str {
        match self {
            Security::Tls => "tls",
            Security::Starttls => "starttls",
            Security::None => "none",
        }
    }

    /// The words mail apps use ("SSL/TLS").
    pub const fn label(self) -> &'static str {
        match self {
            Security::Tls => "SSL/TLS",
            Security::Starttls => "STARTTLS",
            Security::None => "None",
        }
    }

    /// The security a well-known port implies: implicit TLS on 993/995/465, STARTTLS elsewhere.
    pub const fn for_port(port: u16) -> Security {
        match port {
            993 | 995 | 465 => Security::Tls,
            _ => Security::Starttls,
        }
    }
}

impl fmt::Display for Security {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// The security mode as requested, including `auto`.
#[derive(Clone, Copy, Debug, Deserialize, Eq, Hash, PartialEq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum SecurityChoice {
    /// Implicit TLS.
    #[serde(alias = "ssl")]
    Tls,
    /// STARTTLS.
    Starttls,
    /// No encryption.
    None,
    /// Find out what the port speaks: TLS from the first byte, or a plain-text greeting and
    /// STARTTLS (or the security a URL-shaped host such as `imaps://` names).
    Auto,
}

/// A host: a normalised DNS name (lowercase ASCII, punycode, no trailing dot) or an IP.
#[derive(Clone, Debug, Eq, Hash, PartialEq)]
pub enum Host {
    /// A DNS name.
    Name(String),
    /// An IP literal; no DNS lookup.
    Ip(IpAddr),
}

impl Host {
    /// The host as text (`imap.example.com`, `192.0.2.1`, `2001:db8::1`).
    pub fn as_text(&self) -> String {
        match self {
            Host::Name(name) => name.clone(),
            Host::Ip(ip) => ip.to_string(),
        }
    }

    /// The DNS name, if this is one.
    pub fn name(&self) -> Option<&str> {
        match self {
            Host::Name(name) => Some(name),
            Host::Ip(_) => None,
        }
    }
}

impl fmt::Display for Host {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Host::Name(name) => f.write_str(name),
            Host::Ip(ip) => write!(f, "{ip}"),
        }
    }
}
