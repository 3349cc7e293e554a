//! The DNS resolver: the only file that imports hickory.
//!
//! STUB (to be replaced by the hickory-resolver implementation): resolves through the system
//! resolver with tokio and cannot tell NXDOMAIN from SERVFAIL.

use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

/// Why an A or AAAA lookup produced no addresses.
#[derive(Clone, Debug, Eq, PartialEq)]
pub enum LookupFailure {
    /// The name does not exist.
    NxDomain,
    /// The name exists but has no record of this type.
    NoRecords,
    /// SERVFAIL, REFUSED or another error rcode (its name).
    ServerFailure(String),
    /// No answer in time.
    Timeout,
    /// Anything else (its description).
    Other(String),
}

/// The answer for one name: its addresses and the CNAME chain followed.
#[derive(Clone, Debug, Default)]
pub struct AddressLookup {
    /// IPv4 addresses, or why there are none.
    pub v4: Option<Result<Vec<IpAddr>, LookupFailure>>,
    /// IPv6 addresses, or why there are none.
    pub v6: Option<Result<Vec<IpAddr>, LookupFailure>>,
    /// CNAME targets followed, in order.
    pub cnames: Vec<String>,
}

/// A resolver built once per process.
#[derive(Debug)]
pub struct Resolver {
    server: Option<SocketAddr>,
    timeout: Duration,
}

impl Resolver {
    /// A resolver asking `server`, or the system's resolvers when `None`.
    pub fn new(server: Option<SocketAddr>, timeout: Duration) -> Result<Self, std::io::Error> {
        Ok(Resolver { server, timeout })
    }

    /// Looks up A and AAAA for `name`.
    pub async fn lookup_addresses(&self, name: &str) -> AddressLookup {
        let _ = self.server;
        match tokio::time::timeout(self.timeout, tokio::net::lookup_host((name, 0))).await {
            Err(_) => AddressLookup { v4: Some(Err(LookupFailure::Timeout)), ..AddressLookup::default() },
            Ok(Err(e)) => AddressLookup {
                v4: Some(Err(LookupFailure::Other(e.to_string()))),
                ..AddressLookup::default()
            },
            Ok(Ok(addrs)) => {
                let ips: Vec<IpAddr> = addrs.map(|a| a.ip()).collect();
                AddressLookup { v4: Some(Ok(ips)), ..AddressLookup::default() }
            }
        }
    }
}
