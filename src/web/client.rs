//! Who the client is: the TCP peer, or, behind a configured reverse proxy, the address the
//! proxy says it forwarded for.
//!
//! `X-Forwarded-For` is written by whoever sends the request, so it is believed only when the
//! peer is one of the `trusted_proxies`, and only as far as it goes through them: read from
//! the right, each entry added by a trusted proxy is skipped, and the first one that is not a
//! trusted proxy is the client (the entries left of it are the client's own words). An entry
//! that is not a bare IP address where the walk reads it makes the request malformed (`400`):
//! skipping it would hand the choice to whatever the client put further left.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use axum::extract::ConnectInfo;
use axum::http::HeaderMap;

use crate::net::policy::Cidr;

/// Why the client address could not be worked out.
#[derive(Clone, Debug, Eq, PartialEq, thiserror::Error)]
#[error("X-Forwarded-For entry {entry:?} from a trusted proxy is not an IP address")]
pub struct BadForwardedFor {
    /// The entry, as sent (cut short).
    pub entry: String,
}

/// The client's address for a request from `peer` with `headers`.
pub fn client_ip(peer: IpAddr, headers: &HeaderMap, trusted: &[Cidr]) -> Result<IpAddr, BadForwardedFor> {
    let peer = canonical(peer);
    if !is_trusted(peer, trusted) {
        return Ok(peer);
    }
    // Every X-Forwarded-For line, in order, is one list (RFC 9110 §5.3).
    let mut entries = Vec::new();
    for value in headers.get_all("x-forwarded-for") {
        let Ok(text) = value.to_str() else {
            return Err(BadForwardedFor {
                entry: String::from_utf8_lossy(value.as_bytes()).chars().take(64).collect(),
            });
        };
        entries.extend(text.split(',').map(str::trim));
    }
    let mut client = peer;
    for entry in entries.iter().rev() {
        let ip = entry
            .parse::<IpAddr>()
            .map_err(|_| BadForwardedFor { entry: entry.chars().take(64).collect() })?;
        client = canonical(ip);
        if !is_trusted(client, trusted) {
            break;
        }
    }
    Ok(client)
}

/// The peer address axum recorded for the connection (unspecified when there is none, as in
/// a test calling the router directly).
pub fn peer_of(extensions: &axum::http::Extensions) -> IpAddr {
    extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |ConnectInfo(peer)| peer.ip())
}

/// True when `ip` is one of the trusted proxies.
pub fn is_trusted(ip: IpAddr, trusted: &[Cidr]) -> bool {
    let ip = canonical(ip);
    trusted.iter().any(|net| net.contains(ip))
}

/// IPv4-mapped IPv6 as IPv4.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        IpAddr::V4(_) => ip,
    }
}

/// The key one client is counted under: IPv4 as is, IPv6 by its /64 (one subscriber's
/// network holds 2^64 addresses; per address, one client could mint buckets without end).
pub fn rate_key(ip: IpAddr) -> IpAddr {
    match canonical(ip) {
        IpAddr::V6(v6) => IpAddr::V6((u128::from(v6) & (u128::MAX << 64)).into()),
        v4 @ IpAddr::V4(_) => v4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(lines: &[&'static str]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for line in lines {
            h.append("x-forwarded-for", HeaderValue::from_static(line));
        }
        h
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    fn proxies() -> Vec<Cidr> {
        vec!["10.0.0.0/8".parse().unwrap(), "2001:db8:ff::/48".parse().unwrap()]
    }

    #[test]
    fn without_a_trusted_proxy_the_header_is_ignored() {
        let h = headers(&["198.51.100.7"]);
        assert_eq!(client_ip(ip("203.0.113.9"), &h, &proxies()), Ok(ip("203.0.113.9")));
        assert_eq!(client_ip(ip("10.0.0.2"), &h, &[]), Ok(ip("10.0.0.2")), "no proxies configured");
    }

    #[test]
    fn the_client_is_the_right_most_entry_that_is_not_a_trusted_proxy() {
        let h = headers(&["1.1.1.1, 198.51.100.7", "10.0.0.5"]);
        assert_eq!(client_ip(ip("10.0.0.2"), &h, &proxies()), Ok(ip("198.51.100.7")));
        let mapped = headers(&["::ffff:198.51.100.8"]);
        assert_eq!(client_ip(ip("::ffff:10.0.0.2"), &mapped, &proxies()), Ok(ip("198.51.100.8")));
        assert_eq!(client_ip(ip("10.0.0.2"), &HeaderMap::new(), &proxies()), Ok(ip("10.0.0.2")));
    }

    #[test]
    fn a_malformed_entry_where_the_walk_reads_is_refused_not_skipped() {
        let last = headers(&["198.51.100.7, not-an-ip"]);
        assert!(client_ip(ip("10.0.0.2"), &last, &proxies()).is_err());
        let with_port = headers(&["198.51.100.7:4711"]);
        assert!(client_ip(ip("10.0.0.2"), &with_port, &proxies()).is_err());
        // Left of the client, the client's own words are never read.
        let left = headers(&["garbage, 198.51.100.7"]);
        assert_eq!(client_ip(ip("10.0.0.2"), &left, &proxies()), Ok(ip("198.51.100.7")));
    }

    #[test]
    fn ipv6_clients_share_a_key_per_64_network() {
        assert_eq!(rate_key(ip("2001:db8:1:2:aaaa::1")), rate_key(ip("2001:db8:1:2:bbbb::2")));
        assert_ne!(rate_key(ip("2001:db8:1:2::1")), rate_key(ip("2001:db8:1:3::1")));
        assert_eq!(rate_key(ip("::ffff:192.0.2.7")), ip("192.0.2.7"));
    }
}
