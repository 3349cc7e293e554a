//! The address policy: which resolved addresses maildoctor may connect to.
//!
//! By default loopback, private, link-local, CGNAT, multicast, unspecified, documentation and
//! cloud-metadata addresses are refused (docs/CONTRACT.md §5), so a public instance cannot be used to
//! probe the network it runs in. [`VettedAddr`] can only be built by [`AddressPolicy::vet`], and
//! sockets open only to a `VettedAddr`: the address checked is the address connected to.

use std::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::str::FromStr;

/// An address that passed the policy. No other constructor exists.
#[derive(Clone, Copy, Debug, Eq, Hash, PartialEq)]
pub struct VettedAddr(IpAddr);

impl VettedAddr {
    /// The address.
    pub fn ip(self) -> IpAddr {
        self.0
    }
}

impl fmt::Display for VettedAddr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// Why an address was refused.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub enum BlockReason {
    /// 127.0.0.0/8, ::1.
    Loopback,
    /// 10/8, 172.16/12, 192.168/16, fc00::/7.
    Private,
    /// 169.254/16, fe80::/10.
    LinkLocal,
    /// 100.64/10 (carrier-grade NAT).
    SharedCgnat,
    /// 224/4, ff00::/8.
    Multicast,
    /// 0.0.0.0, ::, 0/8.
    Unspecified,
    /// 169.254.169.254, fd00:ec2::254 and friends.
    CloudMetadata,
    /// 192.0.2/24, 198.51.100/24, 203.0.113/24, 2001:db8::/32, 240/4, broadcast, benchmarking.
    Reserved,
}

impl BlockReason {
    /// The message id of the evidence's words.
    pub const fn message_id(self) -> &'static str {
        match self {
            BlockReason::Loopback => "value-address-loopback",
            BlockReason::Private => "value-address-private",
            BlockReason::LinkLocal => "value-address-link-local",
            BlockReason::SharedCgnat => "value-address-cgnat",
            BlockReason::Multicast => "value-address-multicast",
            BlockReason::Unspecified => "value-address-unspecified",
            BlockReason::CloudMetadata => "value-address-metadata",
            BlockReason::Reserved => "value-address-reserved",
        }
    }

    /// Plain words, in English (logs, the transcript, the stage's data).
    pub const fn describe(self) -> &'static str {
        match self {
            BlockReason::Loopback => "a loopback address (this machine itself)",
            BlockReason::Private => "a private network address",
            BlockReason::LinkLocal => "a link-local address",
            BlockReason::SharedCgnat => "a carrier-grade NAT address",
            BlockReason::Multicast => "a multicast address",
            BlockReason::Unspecified => "an unspecified address",
            BlockReason::CloudMetadata => "a cloud metadata address",
            BlockReason::Reserved => "a reserved or documentation address",
        }
    }
}

/// An IP network in CIDR form, for the allow-list.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub struct Cidr {
    addr: IpAddr,
    prefix: u8,
}

impl Cidr {
    /// True when `ip` is inside this network.
    pub fn contains(&self, ip: IpAddr) -> bool {
        match (self.addr, ip) {
            (IpAddr::V4(net), IpAddr::V4(ip)) => {
                let mask = u32::MAX.checked_shl(32 - u32::from(self.prefix)).unwrap_or(0);
                u32::from(net) & mask == u32::from(ip) & mask
            }
            (IpAddr::V6(net), IpAddr::V6(ip)) => {
                let mask = u128::MAX.checked_shl(128 - u32::from(self.prefix)).unwrap_or(0);
                u128::from(net) & mask == u128::from(ip) & mask
            }
            _ => false,
        }
    }
}

impl FromStr for Cidr {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (addr, prefix) = match s.split_once('/') {
            Some((a, p)) => (a, Some(p)),
            None => (s, None),
        };
        let addr: IpAddr = addr.trim().parse().map_err(|_| format!("{s}: not an IP network"))?;
        let max = if addr.is_ipv4() { 32 } else { 128 };
        let prefix = match prefix {
            Some(p) => p.trim().parse::<u8>().map_err(|_| format!("{s}: bad prefix length"))?,
            None => max,
        };
        if prefix > max {
            return Err(format!("{s}: prefix longer than {max}"));
        }
        Ok(Cidr { addr, prefix })
    }
}

/// Which addresses may be connected to.
#[derive(Clone, Debug, Default)]
pub struct AddressPolicy {
    /// Lift the policy entirely (`--allow-private`).
    pub allow_private: bool,
    /// Networks allowed even though the policy would refuse them.
    pub allow: Vec<Cidr>,
}

impl AddressPolicy {
    /// The default, refusing policy.
    pub fn strict() -> Self {
        AddressPolicy::default()
    }

    /// A policy that allows everything (tests, self-hosted help desks).
    pub fn permissive() -> Self {
        AddressPolicy { allow_private: true, allow: Vec::new() }
    }

    /// Vets one address.
    pub fn vet(&self, ip: IpAddr) -> Result<VettedAddr, BlockReason> {
        let ip = canonical(ip);
        if self.allow_private || self.allow.iter().any(|net| net.contains(ip)) {
            return Ok(VettedAddr(ip));
        }
        match classify(ip) {
            Some(reason) => Err(reason),
            None => Ok(VettedAddr(ip)),
        }
    }
}

/// Maps IPv4-mapped IPv6 (`::ffff:10.0.0.1`) to IPv4, so the v4 rules apply to it.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        IpAddr::V4(_) => ip,
    }
}

fn classify(ip: IpAddr) -> Option<BlockReason> {
    match ip {
        IpAddr::V4(v4) => classify_v4(v4),
        IpAddr::V6(v6) => classify_v6(v6),
    }
}

fn classify_v4(ip: Ipv4Addr) -> Option<BlockReason> {
    let [a, b, c, _] = ip.octets();
    // AWS/GCP/Azure IMDS, Alibaba, Azure's platform address (wire server).
    if ip == Ipv4Addr::new(169, 254, 169, 254)
        || ip == Ipv4Addr::new(100, 100, 100, 200)
        || ip == Ipv4Addr::new(168, 63, 129, 16)
    {
        return Some(BlockReason::CloudMetadata);
    }
    Some(match (a, b, c) {
        (127, _, _) => BlockReason::Loopback,
        (10, _, _) | (172, 16..=31, _) | (192, 168, _) => BlockReason::Private,
        (169, 254, _) => BlockReason::LinkLocal,
        (100, 64..=127, _) => BlockReason::SharedCgnat,
        (224..=239, _, _) => BlockReason::Multicast,
        (0, _, _) => BlockReason::Unspecified,
        (192, 0, 0)
        | (192, 0, 2)
        | (198, 51, 100)
        | (203, 0, 113)
        | (198, 18..=19, _)
        | (240..=255, _, _) => BlockReason::Reserved,
        _ => return None,
    })
}

fn classify_v6(ip: Ipv6Addr) -> Option<BlockReason> {
    let seg = ip.segments();
    if ip.is_loopback() {
        return Some(BlockReason::Loopback);
    }
    if ip.is_unspecified() {
        return Some(BlockReason::Unspecified);
    }
    // AWS IMDS over IPv6.
    if seg == [0xfd00, 0x0ec2, 0, 0, 0, 0, 0, 0x0254] {
        return Some(BlockReason::CloudMetadata);
    }
    let low_v4 = Ipv4Addr::new((seg[6] >> 8) as u8, seg[6] as u8, (seg[7] >> 8) as u8, seg[7] as u8);
    // Forms that carry an IPv4 address, which a translator or tunnel may reach: judge that
    // address. IPv4-compatible ::a.b.c.d (deprecated) and SIIT ::ffff:0:a.b.c.d …
    if seg[..6] == [0; 6] || seg[..6] == [0, 0, 0, 0, 0xffff, 0] {
        return Some(classify_v4(low_v4).unwrap_or(BlockReason::Reserved));
    }
    // … local-use NAT64 64:ff9b:1::/48 …
    if seg[0] == 0x0064 && seg[1] == 0xff9b && seg[2] == 0x0001 {
        return classify_v4(low_v4);
    }
    // … 6to4 2002:a.b.c.d::/48 …
    if seg[0] == 0x2002 {
        let v4 = Ipv4Addr::new((seg[1] >> 8) as u8, seg[1] as u8, (seg[2] >> 8) as u8, seg[2] as u8);
        return classify_v4(v4);
    }
    // … and Teredo 2001:0::/32, whose client address is obfuscated: refuse it outright.
    if seg[0] == 0x2001 && seg[1] == 0 {
        return Some(BlockReason::Reserved);
    }
    Some(match seg[0] {
        s if s & 0xfe00 == 0xfc00 => BlockReason::Private,
        s if s & 0xffc0 == 0xfe80 => BlockReason::LinkLocal,
        s if s & 0xff00 == 0xff00 => BlockReason::Multicast,
        0x2001 if seg[1] == 0x0db8 => BlockReason::Reserved,
        // NAT64 with an embedded IPv4 (64:ff9b::/96): judge the IPv4 inside.
        0x0064 if seg[1] == 0xff9b => {
            let v4 = Ipv4Addr::new((seg[6] >> 8) as u8, seg[6] as u8, (seg[7] >> 8) as u8, seg[7] as u8);
            return classify_v4(v4);
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vet(s: &str) -> Result<VettedAddr, BlockReason> {
        AddressPolicy::strict().vet(s.parse().expect("ip"))
    }

    #[test]
    fn the_default_policy_refuses_loopback_private_and_metadata() {
        assert_eq!(vet("127.0.0.1"), Err(BlockReason::Loopback));
        assert_eq!(vet("10.0.0.1"), Err(BlockReason::Private));
        assert_eq!(vet("172.20.1.1"), Err(BlockReason::Private));
        assert_eq!(vet("192.168.1.1"), Err(BlockReason::Private));
        assert_eq!(vet("169.254.169.254"), Err(BlockReason::CloudMetadata));
        assert_eq!(vet("169.254.1.1"), Err(BlockReason::LinkLocal));
        assert_eq!(vet("100.64.0.1"), Err(BlockReason::SharedCgnat));
        assert_eq!(vet("224.0.0.1"), Err(BlockReason::Multicast));
        assert_eq!(vet("0.0.0.0"), Err(BlockReason::Unspecified));
        assert_eq!(vet("::1"), Err(BlockReason::Loopback));
        assert_eq!(vet("fd12::1"), Err(BlockReason::Private));
        assert_eq!(vet("fe80::1"), Err(BlockReason::LinkLocal));
        assert_eq!(vet("::ffff:10.0.0.1"), Err(BlockReason::Private));
        assert_eq!(vet("64:ff9b::7f00:1"), Err(BlockReason::Loopback));
        assert_eq!(vet("fd00:ec2::254"), Err(BlockReason::CloudMetadata));
        assert_eq!(vet("168.63.129.16"), Err(BlockReason::CloudMetadata));
        assert_eq!(vet("::10.0.0.1"), Err(BlockReason::Private));
        assert_eq!(vet("::ffff:0:127.0.0.1"), Err(BlockReason::Loopback));
        assert_eq!(vet("64:ff9b:1::a00:1"), Err(BlockReason::Private));
        assert_eq!(vet("2002:c0a8:101::1"), Err(BlockReason::Private));
        assert_eq!(vet("2001:0:4136:e378:8000:63bf:3fff:fdd2"), Err(BlockReason::Reserved));
    }

    #[test]
    fn public_addresses_pass_and_the_allow_list_lifts_the_policy() {
        assert!(vet("142.250.1.108").is_ok());
        assert!(vet("2a00:1450:400c:c00::6c").is_ok());
        let policy =
            AddressPolicy { allow_private: false, allow: vec!["127.0.0.0/8".parse().expect("cidr")] };
        assert!(policy.vet("127.0.0.2".parse().expect("ip")).is_ok());
        assert!(policy.vet("10.0.0.1".parse().expect("ip")).is_err());
        assert!(AddressPolicy::permissive().vet("10.0.0.1".parse().expect("ip")).is_ok());
    }

    #[test]
    fn cidr_parsing_rejects_nonsense() {
        assert!("10.0.0.0/33".parse::<Cidr>().is_err());
        assert!("banana".parse::<Cidr>().is_err());
        assert!("::1".parse::<Cidr>().is_ok());
    }
}
