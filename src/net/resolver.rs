//! The DNS resolver: the only file that imports hickory-resolver.
//!
//! [`Resolver`] asks one configured server (`--dns-server IP:PORT`, over UDP with TCP for
//! truncated answers) or the system's name servers, and answers one question: which A and AAAA
//! addresses does this name have, through which CNAMEs, and if none, why not. It is built for
//! diagnosis, not for speed:
//!
//! * names are always fully qualified (a trailing dot), so no search domain from
//!   `resolv.conf` is ever appended to what the person typed;
//! * nothing is cached, so a second check sees the live answer, not a remembered NXDOMAIN;
//! * hickory's retries are off and each query has one timeout; A and AAAA are asked at the same
//!   time, so one lookup takes at most about one timeout (hickory's default is 5 s × 3);
//! * NXDOMAIN, "exists but no address" (NODATA), SERVFAIL/REFUSED and silence stay apart.
//!
//! For discovery it also reads MX and SRV records ([`Resolver::lookup_mx`],
//! [`Resolver::lookup_srv`]) under the same rules: one try, one timeout, no cache.

use std::fmt;
use std::io;
use std::net::{IpAddr, SocketAddr};
use std::time::{Duration, Instant};

use hickory_resolver::TokioResolver;
use hickory_resolver::config::{
    ConnectionConfig, NameServerConfig, ResolveHosts, ResolverConfig, ResolverOpts,
};
use hickory_resolver::lookup::Lookup;
use hickory_resolver::net::runtime::TokioRuntimeProvider;
use hickory_resolver::net::{DnsError, NetError, NoRecords};
use hickory_resolver::proto::op::ResponseCode;
use hickory_resolver::proto::rr::{Name, RData, RecordType};

/// Extra time allowed over the per-query timeout before a family counts as timed out, so that
/// hickory's own (more precise) verdict normally arrives first.
const GRACE: Duration = Duration::from_millis(250);

/// More CNAME hops than this are a loop, not a chain.
const MAX_CNAME_HOPS: usize = 16;

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

impl fmt::Display for LookupFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LookupFailure::NxDomain => f.write_str("NXDOMAIN (no such name)"),
            LookupFailure::NoRecords => f.write_str("no record of this type"),
            LookupFailure::ServerFailure(rcode) => write!(f, "{rcode} from the DNS server"),
            LookupFailure::Timeout => f.write_str("no answer in time"),
            LookupFailure::Other(why) => f.write_str(why),
        }
    }
}

/// The answer for one name: its addresses and the CNAME chain followed.
#[derive(Clone, Debug, Default)]
pub struct AddressLookup {
    /// IPv4 addresses, or why there are none.
    pub v4: Option<Result<Vec<IpAddr>, LookupFailure>>,
    /// IPv6 addresses, or why there are none.
    pub v6: Option<Result<Vec<IpAddr>, LookupFailure>>,
    /// CNAME targets followed, in order (without the trailing dot).
    pub cnames: Vec<String>,
    /// How long the A query took.
    pub v4_took: Duration,
    /// How long the AAAA query took.
    pub v6_took: Duration,
}

impl AddressLookup {
    /// Every address found, IPv6 first (the order happy eyeballs prefers), without duplicates.
    pub fn addresses(&self) -> Vec<IpAddr> {
        let mut all: Vec<IpAddr> = Vec::new();
        for found in [&self.v6, &self.v4].into_iter().flatten().flatten() {
            for ip in found {
                if !all.contains(ip) {
                    all.push(*ip);
                }
            }
        }
        all
    }
}

/// A resolver built once per process.
pub struct Resolver {
    inner: TokioResolver,
    timeout: Duration,
    servers: Vec<SocketAddr>,
    custom: bool,
}

impl fmt::Debug for Resolver {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Resolver")
            .field("servers", &self.servers)
            .field("custom", &self.custom)
            .field("timeout", &self.timeout)
            .finish_non_exhaustive()
    }
}

impl Resolver {
    /// A resolver asking `server` (UDP, and TCP for truncated answers), or the system's
    /// resolvers when `None`. `timeout` bounds each query; there are no retries.
    ///
    /// Fails when the system configuration cannot be read or names no server.
    pub fn new(server: Option<SocketAddr>, timeout: Duration) -> Result<Self, io::Error> {
        let (config, hosts) = match server {
            Some(addr) => (custom_config(addr), ResolveHosts::Never),
            None => (system_config()?, ResolveHosts::Auto),
        };
        let servers = server_addrs(&config);
        let mut builder = TokioResolver::builder_with_config(config, TokioRuntimeProvider::default());
        *builder.options_mut() = options(timeout, hosts);
        let inner = builder.build().map_err(|e| io::Error::other(format!("building the resolver: {e}")))?;
        Ok(Resolver { inner, timeout, servers, custom: server.is_some() })
    }

    /// The servers asked, for the report ("127.0.0.1:5353", or the system's).
    pub fn servers(&self) -> &[SocketAddr] {
        &self.servers
    }

    /// True when the servers were given (`--dns-server`) rather than read from the system.
    pub fn is_custom(&self) -> bool {
        self.custom
    }

    /// The per-query timeout.
    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// Looks up A and AAAA for `name` at the same time, following CNAMEs.
    ///
    /// `name` is a host name without a trailing dot; it is looked up as typed, fully qualified.
    pub async fn lookup_addresses(&self, name: &str) -> AddressLookup {
        let fqdn = match Name::from_ascii(format!("{}.", name.trim_end_matches('.'))) {
            Ok(n) => n,
            Err(e) => {
                let why = LookupFailure::Other(format!("not a valid DNS name: {e}"));
                return AddressLookup {
                    v4: Some(Err(why.clone())),
                    v6: Some(Err(why)),
                    ..Default::default()
                };
            }
        };
        let (v4, v6) = tokio::join!(self.family(&fqdn, RecordType::A), self.family(&fqdn, RecordType::AAAA));
        // Both families follow the same chain; keep the longer one in case one answer was cut.
        let cnames = if v6.chain.len() > v4.chain.len() { v6.chain } else { v4.chain };
        AddressLookup { v4: Some(v4.result), v6: Some(v6.result), cnames, v4_took: v4.took, v6_took: v6.took }
    }

    /// One query type, under the timeout.
    async fn family(&self, fqdn: &Name, rtype: RecordType) -> Family {
        let started = Instant::now();
        let answer = tokio::time::timeout(self.timeout + GRACE, self.inner.lookup(fqdn.clone(), rtype)).await;
        let took = started.elapsed();
        match answer {
            Err(_) => Family { result: Err(LookupFailure::Timeout), chain: Vec::new(), took },
            Ok(Err(e)) => {
                tracing::debug!(%fqdn, ?rtype, error = %e, "lookup failed");
                Family { result: Err(classify(&e)), chain: Vec::new(), took }
            }
            Ok(Ok(lookup)) => {
                let chain = cname_chain(fqdn, &lookup);
                let ips = addresses(&lookup, rtype);
                let result = if ips.is_empty() { Err(LookupFailure::NoRecords) } else { Ok(ips) };
                Family { result, chain, took }
            }
        }
    }
}

/// One MX record: a mail exchanger and its preference (lower is preferred).
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct MxRecord {
    /// Preference.
    pub preference: u16,
    /// The exchanger's host name (lowercase, no trailing dot).
    pub exchange: String,
}

/// One SRV record (RFC 2782): where a service is offered.
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct SrvRecord {
    /// Priority (lower is tried first).
    pub priority: u16,
    /// Weight among records of the same priority.
    pub weight: u16,
    /// Port.
    pub port: u16,
    /// The target host (lowercase, no trailing dot; empty for "." = service not offered).
    pub target: String,
}

impl Resolver {
    /// Looks up the MX records of `name` (unordered, as the server sent them).
    pub async fn lookup_mx(&self, name: &str) -> Result<Vec<MxRecord>, LookupFailure> {
        let answers = self.records(name, RecordType::MX).await?;
        Ok(answers
            .into_iter()
            .filter_map(|data| match data {
                RData::MX(mx) => {
                    Some(MxRecord { preference: mx.preference, exchange: display_name(&mx.exchange) })
                }
                _ => None,
            })
            .collect())
    }

    /// Looks up the SRV records of `name` (`_imaps._tcp.example.com`), unordered.
    pub async fn lookup_srv(&self, name: &str) -> Result<Vec<SrvRecord>, LookupFailure> {
        let answers = self.records(name, RecordType::SRV).await?;
        Ok(answers
            .into_iter()
            .filter_map(|data| match data {
                RData::SRV(srv) => Some(SrvRecord {
                    priority: srv.priority,
                    weight: srv.weight,
                    port: srv.port,
                    target: display_name(&srv.target),
                }),
                _ => None,
            })
            .collect())
    }

    /// The answers of one type for `name`, under the timeout; empty answers are `NoRecords`.
    async fn records(&self, name: &str, rtype: RecordType) -> Result<Vec<RData>, LookupFailure> {
        let fqdn = Name::from_ascii(format!("{}.", name.trim_end_matches('.')))
            .map_err(|e| LookupFailure::Other(format!("not a valid DNS name: {e}")))?;
        let answer = tokio::time::timeout(self.timeout + GRACE, self.inner.lookup(fqdn.clone(), rtype)).await;
        match answer {
            Err(_) => Err(LookupFailure::Timeout),
            Ok(Err(e)) => {
                tracing::debug!(%fqdn, ?rtype, error = %e, "lookup failed");
                Err(classify(&e))
            }
            Ok(Ok(lookup)) => {
                let found: Vec<RData> = lookup
                    .answers()
                    .iter()
                    .filter(|r| r.record_type() == rtype)
                    .map(|r| r.data.clone())
                    .collect();
                if found.is_empty() { Err(LookupFailure::NoRecords) } else { Ok(found) }
            }
        }
    }
}

/// The outcome of one query type.
struct Family {
    result: Result<Vec<IpAddr>, LookupFailure>,
    chain: Vec<String>,
    took: Duration,
}

/// One server, UDP first and TCP when an answer is truncated, on the given port.
fn custom_config(addr: SocketAddr) -> ResolverConfig {
    let mut udp = ConnectionConfig::udp();
    udp.port = addr.port();
    let mut tcp = ConnectionConfig::tcp();
    tcp.port = addr.port();
    ResolverConfig::from_name_servers(vec![NameServerConfig::new(addr.ip(), true, vec![udp, tcp])])
}

/// The system's name servers, without its search list (names are looked up as typed).
fn system_config() -> Result<ResolverConfig, io::Error> {
    let (config, _system_opts) = hickory_resolver::system_conf::read_system_conf()
        .map_err(|e| io::Error::other(format!("reading the system DNS configuration: {e}")))?;
    let (_domain, _search, servers) = config.into_parts();
    if servers.is_empty() {
        return Err(io::Error::other("the system DNS configuration names no server"));
    }
    Ok(ResolverConfig::from_name_servers(servers))
}

fn server_addrs(config: &ResolverConfig) -> Vec<SocketAddr> {
    let mut addrs = Vec::new();
    for ns in config.name_servers() {
        let port = ns.connections.first().map_or(53, |c| c.port);
        let addr = SocketAddr::new(ns.ip, port);
        if !addrs.contains(&addr) {
            addrs.push(addr);
        }
    }
    addrs
}

/// Options for diagnosis: one try per query, no cache, no search domains.
fn options(timeout: Duration, hosts: ResolveHosts) -> ResolverOpts {
    let mut opts = ResolverOpts::default();
    opts.timeout = timeout;
    opts.attempts = 0;
    opts.cache_size = 0;
    opts.ndots = 0;
    opts.use_hosts_file = hosts;
    opts.preserve_intermediates = true;
    opts
}

/// Maps hickory's error to the distinctions the report makes.
fn classify(e: &NetError) -> LookupFailure {
    match e {
        NetError::Dns(DnsError::NoRecordsFound(NoRecords { response_code, .. })) => match *response_code {
            ResponseCode::NXDomain => LookupFailure::NxDomain,
            ResponseCode::NoError => LookupFailure::NoRecords,
            other => LookupFailure::ServerFailure(rcode_name(other)),
        },
        NetError::Dns(DnsError::ResponseCode(rcode)) => LookupFailure::ServerFailure(rcode_name(*rcode)),
        NetError::Timeout => LookupFailure::Timeout,
        NetError::Io(io) if io.kind() == io::ErrorKind::TimedOut => LookupFailure::Timeout,
        NetError::Io(io) => LookupFailure::Other(format!("the DNS server could not be reached: {io}")),
        NetError::NoConnections => LookupFailure::Other("the DNS server could not be reached".to_owned()),
        other => LookupFailure::Other(other.to_string()),
    }
}

/// The mnemonic people search for (`SERVFAIL`, `REFUSED`), else hickory's words.
fn rcode_name(rcode: ResponseCode) -> String {
    match rcode {
        ResponseCode::ServFail => "SERVFAIL".to_owned(),
        ResponseCode::Refused => "REFUSED".to_owned(),
        ResponseCode::FormErr => "FORMERR".to_owned(),
        ResponseCode::NotImp => "NOTIMP".to_owned(),
        other => other.to_str().to_owned(),
    }
}

/// The CNAME chain from `fqdn`, in order, following owner names (answers may come unordered).
fn cname_chain(fqdn: &Name, lookup: &Lookup) -> Vec<String> {
    let mut chain = Vec::new();
    let mut current = fqdn.clone();
    while chain.len() < MAX_CNAME_HOPS {
        let next = lookup.answers().iter().find_map(|r| match &r.data {
            RData::CNAME(target) if r.name == current => Some(target.0.clone()),
            _ => None,
        });
        let Some(next) = next else { break };
        chain.push(display_name(&next));
        current = next;
    }
    chain
}

/// The A or AAAA addresses in the answer (CNAME records are skipped), without duplicates.
fn addresses(lookup: &Lookup, rtype: RecordType) -> Vec<IpAddr> {
    let mut ips = Vec::new();
    for record in lookup.answers() {
        let ip = match (&record.data, rtype) {
            (RData::A(a), RecordType::A) => IpAddr::V4(a.0),
            (RData::AAAA(aaaa), RecordType::AAAA) => IpAddr::V6(aaaa.0),
            _ => continue,
        };
        if !ips.contains(&ip) {
            ips.push(ip);
        }
    }
    ips
}

/// A name as people write it: lowercase, no trailing dot.
fn display_name(name: &Name) -> String {
    name.to_ascii().trim_end_matches('.').to_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn response_codes_are_named_the_way_dig_names_them() {
        let servfail = NetError::Dns(DnsError::ResponseCode(ResponseCode::ServFail));
        let refused = NetError::Dns(DnsError::ResponseCode(ResponseCode::Refused));
        assert_eq!(classify(&servfail), LookupFailure::ServerFailure("SERVFAIL".into()));
        assert_eq!(classify(&refused), LookupFailure::ServerFailure("REFUSED".into()));
        assert_eq!(classify(&NetError::Timeout), LookupFailure::Timeout);
    }

    #[test]
    fn nxdomain_and_nodata_are_told_apart() {
        let q = hickory_resolver::proto::op::Query::query(Name::root(), RecordType::A);
        let nx = NetError::from(NoRecords::new(q.clone(), ResponseCode::NXDomain));
        let nodata = NetError::from(NoRecords::new(q, ResponseCode::NoError));
        assert_eq!(classify(&nx), LookupFailure::NxDomain);
        assert_eq!(classify(&nodata), LookupFailure::NoRecords);
    }

    #[tokio::test]
    async fn a_resolver_can_be_pointed_at_any_port() {
        let resolver = Resolver::new(Some("127.0.0.1:1".parse().expect("addr")), Duration::from_millis(200))
            .expect("resolver");
        assert_eq!(resolver.servers(), &["127.0.0.1:1".parse::<SocketAddr>().expect("addr")]);
        assert!(resolver.is_custom());
    }

    #[test]
    fn without_a_server_the_system_configuration_is_used() {
        // Builds only: no query leaves the machine.
        let resolver = Resolver::new(None, Duration::from_millis(200)).expect("system resolver");
        assert!(!resolver.is_custom());
        assert!(!resolver.servers().is_empty());
    }
}
