//! An in-process DNS responder on 127.0.0.1:0, UDP and TCP on the same port, built on
//! hickory-proto messages (no hickory-server).
//!
//! A zone maps names to A, AAAA and CNAME records; a name can instead be given a [`Mode`]:
//! NXDOMAIN, NODATA (exists, no address), SERVFAIL, REFUSED, silence (never answers), or
//! "truncated over UDP" (forces the resolver onto TCP). Names not in the zone get the
//! fallback mode, NXDOMAIN unless set otherwise (dnsmasq with `local=/zone/` does the same;
//! out-of-zone names there get REFUSED). CNAMEs inside the zone are chased in one answer, like
//! a recursive resolver does. Every query is logged so tests can see what was asked and how.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::{Arc, Mutex};

use hickory_proto::op::{Message, MessageType, ResponseCode};
use hickory_proto::rr::rdata::{A, AAAA, CNAME, MX, SRV};
use hickory_proto::rr::{Name, RData, Record, RecordType};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream, UdpSocket};
use tokio::task::JoinHandle;

/// How a name is answered when it has no records of its own.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub enum Mode {
    /// RCODE NXDOMAIN: the name does not exist.
    NxDomain,
    /// NOERROR with an empty answer: the name exists without an address.
    NoData,
    /// RCODE SERVFAIL.
    ServFail,
    /// RCODE REFUSED.
    Refused,
    /// Never answers (over UDP or TCP).
    Silence,
}

/// What the zone holds for one name.
#[derive(Clone, Debug)]
enum Entry {
    Records { records: Vec<RData>, truncate_udp: bool },
    Mode(Mode),
}

/// One query the responder received.
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct Seen {
    /// The name asked, lowercase, without the trailing dot.
    pub name: String,
    /// `A`, `AAAA`, …
    pub rtype: RecordType,
    /// True over TCP.
    pub tcp: bool,
}

/// Builds a zone, then [`Zone::start`]s the responder.
#[derive(Clone, Debug)]
pub struct Zone {
    names: HashMap<String, Entry>,
    by_type: HashMap<(String, RecordType), Mode>,
    fallback: Mode,
    chase: bool,
}

impl Default for Zone {
    fn default() -> Self {
        Zone { names: HashMap::new(), by_type: HashMap::new(), fallback: Mode::NxDomain, chase: true }
    }
}

fn key(name: &str) -> String {
    name.trim_end_matches('.').to_ascii_lowercase()
}

fn fqdn(name: &str) -> Name {
    Name::from_ascii(format!("{}.", key(name))).expect("test zone names are valid")
}

impl Zone {
    /// An empty zone: every name is NXDOMAIN.
    pub fn new() -> Self {
        Zone::default()
    }

    fn push(mut self, name: &str, rdata: RData) -> Self {
        let entry = self
            .names
            .entry(key(name))
            .or_insert(Entry::Records { records: Vec::new(), truncate_udp: false });
        match entry {
            Entry::Records { records, .. } => records.push(rdata),
            Entry::Mode(_) => *entry = Entry::Records { records: vec![rdata], truncate_udp: false },
        }
        self
    }

    /// Adds an A or AAAA record (by the address family).
    pub fn addr(self, name: &str, ip: &str) -> Self {
        let rdata = match ip.parse::<IpAddr>().expect("test address") {
            IpAddr::V4(v4) => RData::A(A(v4)),
            IpAddr::V6(v6) => RData::AAAA(AAAA(v6)),
        };
        self.push(name, rdata)
    }

    /// Adds an A record.
    pub fn a(self, name: &str, ip: Ipv4Addr) -> Self {
        self.push(name, RData::A(A(ip)))
    }

    /// Adds an AAAA record.
    pub fn aaaa(self, name: &str, ip: Ipv6Addr) -> Self {
        self.push(name, RData::AAAA(AAAA(ip)))
    }

    /// Makes `name` an alias of `target`.
    pub fn cname(self, name: &str, target: &str) -> Self {
        self.push(name, RData::CNAME(CNAME(fqdn(target))))
    }

    /// Adds an MX record (`exchange` "." for a null MX).
    pub fn mx(self, name: &str, preference: u16, exchange: &str) -> Self {
        let exchange = if exchange == "." { Name::root() } else { fqdn(exchange) };
        self.push(name, RData::MX(MX::new(preference, exchange)))
    }

    /// Adds an SRV record (`target` "." for "service not offered").
    pub fn srv(self, name: &str, priority: u16, weight: u16, port: u16, target: &str) -> Self {
        let target = if target == "." { Name::root() } else { fqdn(target) };
        self.push(name, RData::SRV(SRV::new(priority, weight, port, target)))
    }

    /// Answers `name` with `mode` instead of records.
    pub fn mode(mut self, name: &str, mode: Mode) -> Self {
        self.names.insert(key(name), Entry::Mode(mode));
        self
    }

    /// Answers only `rtype` queries for `name` with `mode` (say, AAAA SERVFAIL while A works).
    pub fn mode_for(mut self, name: &str, rtype: RecordType, mode: Mode) -> Self {
        self.by_type.insert((key(name), rtype), mode);
        self
    }

    /// Over UDP, answers `name` with an empty truncated (TC) reply, so only TCP gets records.
    pub fn truncate_udp(mut self, name: &str) -> Self {
        if let Some(Entry::Records { truncate_udp, .. }) = self.names.get_mut(&key(name)) {
            *truncate_udp = true;
        }
        self
    }

    /// How names outside the zone are answered (NXDOMAIN by default).
    pub fn otherwise(mut self, mode: Mode) -> Self {
        self.fallback = mode;
        self
    }

    /// Answers a CNAME alone, without chasing it (an authoritative server for another zone
    /// does this), so the resolver must ask for the target itself.
    pub fn no_chase(mut self) -> Self {
        self.chase = false;
        self
    }

    /// Starts answering on 127.0.0.1, UDP and TCP on one free port.
    pub async fn start(self) -> FakeDns {
        let zone = Arc::new(self);
        let seen: Arc<Mutex<Vec<Seen>>> = Arc::default();
        // The UDP port is free, but the same TCP port may not be: try a few times.
        for _ in 0..20 {
            let udp = UdpSocket::bind("127.0.0.1:0").await.expect("bind udp");
            let addr = udp.local_addr().expect("udp addr");
            let Ok(tcp) = TcpListener::bind(addr).await else { continue };
            let tasks = vec![
                tokio::spawn(serve_udp(udp, zone.clone(), seen.clone())),
                tokio::spawn(serve_tcp(tcp, zone.clone(), seen.clone())),
            ];
            return FakeDns { addr, seen, tasks };
        }
        panic!("no port free for both UDP and TCP on 127.0.0.1");
    }

    /// The reply to `query`, or `None` to stay silent.
    fn answer(&self, query: &Message, tcp: bool) -> Option<Message> {
        let q = query.queries.first()?;
        let name = key(&q.name().to_ascii());
        let mut reply = Message::response(query.metadata.id, query.metadata.op_code);
        reply.metadata.message_type = MessageType::Response;
        reply.metadata.recursion_desired = query.metadata.recursion_desired;
        reply.metadata.recursion_available = true;
        reply.metadata.authoritative = true;
        reply.add_query(q.clone());

        if let Some(mode) = self.by_type.get(&(name.clone(), q.query_type())) {
            return apply(*mode, reply);
        }
        let mut current = name;
        for _hop in 0..8 {
            let entry = self.names.get(&current).cloned().unwrap_or(Entry::Mode(self.fallback));
            match entry {
                // A mode on the first name decides the reply; on a CNAME target, the chain so
                // far is sent and the resolver asks the target itself.
                Entry::Mode(mode) if reply.answers.is_empty() => return apply(mode, reply),
                Entry::Mode(_) => return Some(reply),
                Entry::Records { truncate_udp: true, .. } if !tcp => {
                    reply.metadata.truncation = true;
                    return Some(reply);
                }
                Entry::Records { records, .. } => {
                    let owner = fqdn(&current);
                    if let Some(RData::CNAME(target)) = records.iter().find(|r| matches!(r, RData::CNAME(_)))
                    {
                        reply.add_answer(Record::from_rdata(owner, 60, RData::CNAME(target.clone())));
                        if !self.chase {
                            return Some(reply);
                        }
                        current = key(&target.0.to_ascii());
                        continue;
                    }
                    for rdata in records.into_iter().filter(|r| r.record_type() == q.query_type()) {
                        reply.add_answer(Record::from_rdata(owner.clone(), 60, rdata));
                    }
                    return Some(reply);
                }
            }
        }
        Some(reply)
    }
}

fn apply(mode: Mode, mut reply: Message) -> Option<Message> {
    reply.metadata.response_code = match mode {
        Mode::Silence => return None,
        Mode::NoData => ResponseCode::NoError,
        Mode::NxDomain => ResponseCode::NXDomain,
        Mode::ServFail => ResponseCode::ServFail,
        Mode::Refused => ResponseCode::Refused,
    };
    Some(reply)
}

fn handle(zone: &Zone, seen: &Mutex<Vec<Seen>>, bytes: &[u8], tcp: bool) -> Option<Vec<u8>> {
    let query = Message::from_vec(bytes).ok()?;
    if let Some(q) = query.queries.first() {
        let entry = Seen { name: key(&q.name().to_ascii()), rtype: q.query_type(), tcp };
        seen.lock().expect("log").push(entry);
    }
    zone.answer(&query, tcp)?.to_vec().ok()
}

async fn serve_udp(socket: UdpSocket, zone: Arc<Zone>, seen: Arc<Mutex<Vec<Seen>>>) {
    let mut buf = vec![0u8; 4096];
    loop {
        let Ok((n, peer)) = socket.recv_from(&mut buf).await else { continue };
        if let Some(reply) = handle(&zone, &seen, &buf[..n], false) {
            let _ = socket.send_to(&reply, peer).await;
        }
    }
}

async fn serve_tcp(listener: TcpListener, zone: Arc<Zone>, seen: Arc<Mutex<Vec<Seen>>>) {
    loop {
        let Ok((stream, _)) = listener.accept().await else { continue };
        tokio::spawn(serve_tcp_conn(stream, zone.clone(), seen.clone()));
    }
}

/// RFC 1035 §4.2.2: each message is prefixed by its two-byte length.
async fn serve_tcp_conn(mut stream: TcpStream, zone: Arc<Zone>, seen: Arc<Mutex<Vec<Seen>>>) {
    loop {
        let Ok(len) = stream.read_u16().await else { return };
        let mut buf = vec![0u8; usize::from(len)];
        if stream.read_exact(&mut buf).await.is_err() {
            return;
        }
        // Silence keeps the connection open and unanswered until the client leaves.
        let Some(reply) = handle(&zone, &seen, &buf, true) else { continue };
        let Ok(len) = u16::try_from(reply.len()) else { return };
        if stream.write_u16(len).await.is_err() || stream.write_all(&reply).await.is_err() {
            return;
        }
    }
}

/// A running responder; stops when dropped.
pub struct FakeDns {
    /// Where it answers (UDP and TCP).
    pub addr: SocketAddr,
    seen: Arc<Mutex<Vec<Seen>>>,
    tasks: Vec<JoinHandle<()>>,
}

impl FakeDns {
    /// Every query received so far.
    pub fn seen(&self) -> Vec<Seen> {
        self.seen.lock().expect("log").clone()
    }
}

impl Drop for FakeDns {
    fn drop(&mut self) {
        for task in &self.tasks {
            task.abort();
        }
    }
}
