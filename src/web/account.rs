//! The per-account sign-in budget of the service: at most `target_attempts` sign-ins of one
//! account per `target_cooldown`, at most `target_concurrent` at once, and a budget of
//! connection-limit test sessions per account and for the whole service.
//!
//! "One account" is a user name at a server, however either was typed. [`AccountGuard`] is
//! the engine's [`Admission`]: it is asked after the DNS lookup, so it sees the vetted
//! addresses the diagnosis will connect to. A sign-in counts against every place it reaches
//! the account, and is refused when any of them is spent:
//!
//! - the user name (when it is an e-mail address) on its own;
//! - the user name with the registrable domain of the server typed (`mail.example.com`,
//!   `imap.example.com` and `example.com` are one);
//! - the user name with the provider, for a known provider's server names;
//! - the user name with the network of each vetted address (IPv4 /24, IPv6 /48; an
//!   IPv4-mapped IPv6 address is its IPv4 address), so a CNAME, an IP literal or another
//!   name for the same servers is the same account.
//!
//! The user name is trimmed and case-folded, and its domain part is put in IDNA (ASCII) form.
//! Keys are stored only as keyed hashes ([`super::sketch`]), in fixed memory, so a flood of
//! made-up accounts can neither fill memory nor push a victim's count out.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use futures_util::future::BoxFuture;

use super::guard::SHARED_LEASE;
use super::metrics::Metrics;
use super::policy::{Clock, SystemClock};
use super::shared::{AccountLease, AccountVerdict, SharedLimits};
use super::sketch::{Digest, Hashes, Sketch};
use crate::admission::{Admission, Admitted, ProbeGrant, Refusal, Ticket};
use crate::config::Limits;
use crate::net::policy::VettedAddr;
use crate::providers::Provider;
use crate::providers::identify::registrable_domain;
use crate::target::{Host, Target};

/// Counters a row of the sign-in sketch (each step in use takes 512 KiB).
const ATTEMPT_WIDTH: usize = 1 << 16;
/// Counters a row of the probe-session sketch (probes only follow admitted sign-ins).
const PROBE_WIDTH: usize = 1 << 12;
/// Addresses of one lookup that count (a name with hundreds of addresses adds no more work).
const MAX_ADDRESSES: usize = 8;
/// Seconds a refusal for a busy account or a spent service-wide probe budget asks to wait.
const BUSY_RETRY: u64 = 30;

/// The per-account budget; the engine's [`Admission`].
#[derive(Debug)]
pub struct AccountGuard {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    attempts: u32,
    cooldown: Duration,
    concurrent: u32,
    probe_per_account: u32,
    probe_total: u32,
    clock: Arc<dyn Clock>,
    hashes: Hashes,
    state: Mutex<State>,
    probes_open: AtomicU32,
    metrics: Arc<Metrics>,
}

#[derive(Debug)]
struct State {
    attempts: Sketch,
    probes: Sketch,
    /// Sign-ins running now, by key identity (bounded by the diagnoses in flight).
    running: HashMap<u128, u32>,
}

impl AccountGuard {
    /// A guard with `limits`, reading time from the system clock.
    pub fn new(limits: &Limits, metrics: Arc<Metrics>) -> Self {
        AccountGuard::with_clock(limits, metrics, Arc::new(SystemClock))
    }

    /// A guard reading time from `clock` (tests move it by hand).
    pub fn with_clock(limits: &Limits, metrics: Arc<Metrics>, clock: Arc<dyn Clock>) -> Self {
        let now = clock.now();
        let state = State {
            attempts: Sketch::new(limits.target_cooldown, now, ATTEMPT_WIDTH),
            probes: Sketch::new(limits.target_cooldown, now, PROBE_WIDTH),
            running: HashMap::new(),
        };
        let inner = Inner {
            attempts: limits.target_attempts,
            cooldown: limits.target_cooldown,
            concurrent: limits.target_concurrent,
            probe_per_account: limits.probe_sessions_per_account,
            probe_total: limits.probe_sessions_total,
            clock,
            hashes: Hashes::default(),
            state: Mutex::new(state),
            probes_open: AtomicU32::new(0),
            metrics,
        };
        AccountGuard { inner: Arc::new(inner) }
    }

    /// Connection-limit test sessions open now, service-wide.
    pub fn probe_sessions_open(&self) -> u32 {
        self.inner.probes_open.load(Ordering::SeqCst)
    }
}

fn lock(state: &Mutex<State>) -> MutexGuard<'_, State> {
    // Counters only: a panic elsewhere leaves them usable.
    state.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The user name as one account is known by: trimmed, case-folded, the domain in IDNA form.
pub fn normalise_user(user: &str) -> String {
    let user = user.trim();
    match user.rsplit_once('@') {
        Some((local, domain)) => {
            let domain = domain.trim().trim_end_matches('.');
            let ascii = idna::domain_to_ascii(domain).unwrap_or_else(|_| domain.to_lowercase());
            format!("{}@{ascii}", local.to_lowercase())
        }
        None => user.to_lowercase(),
    }
}

/// The network an address counts under: IPv4 /24, IPv6 /48 (mapped IPv4 as IPv4).
fn network(ip: IpAddr) -> String {
    let ip = match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        IpAddr::V4(_) => ip,
    };
    match ip {
        IpAddr::V4(v4) => format!("{}/24", std::net::Ipv4Addr::from(u32::from(v4) & 0xffff_ff00)),
        IpAddr::V6(v6) => format!("{}/48", std::net::Ipv6Addr::from(u128::from(v6) & (u128::MAX << 80))),
    }
}

/// Every key one sign-in counts under (texts; hashed at once by the caller).
pub fn account_keys(target: &Target, addrs: &[VettedAddr]) -> Vec<String> {
    let Some(credentials) = &target.credentials else { return Vec::new() };
    let user = normalise_user(&credentials.username);
    let mut keys = Vec::new();
    if user.contains('@') {
        keys.push(format!("user\0{user}"));
    }
    if let Host::Name(name) = &target.host {
        if let Some(domain) = registrable_domain(name) {
            keys.push(format!("domain\0{domain}\0{user}"));
        }
        if let Some(provider) = Provider::by_server_host(name) {
            keys.push(format!("provider\0{}\0{user}", provider.id));
        }
    }
    for addr in addrs.iter().take(MAX_ADDRESSES) {
        keys.push(format!("net\0{}\0{user}", network(addr.ip())));
    }
    keys.sort_unstable();
    keys.dedup();
    keys
}

impl Admission for AccountGuard {
    fn admit<'a>(&'a self, target: &'a Target, addrs: &'a [VettedAddr]) -> BoxFuture<'a, Admitted> {
        Box::pin(std::future::ready(self.admit_now(target, addrs)))
    }
}

impl AccountGuard {
    /// [`Admission::admit`], decided at once from this replica's memory.
    pub fn admit_now(&self, target: &Target, addrs: &[VettedAddr]) -> Admitted {
        let inner = &self.inner;
        let digests: Vec<Digest> =
            account_keys(target, addrs).iter().map(|k| inner.hashes.digest(k)).collect();
        let now = inner.clock.now();
        let mut state = lock(&inner.state);
        let running =
            digests.iter().map(|d| state.running.get(&d.id).copied().unwrap_or(0)).max().unwrap_or(0);
        if running >= inner.concurrent {
            inner.metrics.rejected("target_concurrent");
            return Err(Refusal::Busy { running, retry_after: BUSY_RETRY });
        }
        let counting = !inner.cooldown.is_zero() && inner.attempts < u32::from(u16::MAX);
        if counting {
            let spent = digests.iter().map(|d| state.attempts.count(now, d)).max().unwrap_or(0);
            if spent >= inner.attempts {
                let wait = digests
                    .iter()
                    .map(|d| state.attempts.wait_until_below(now, d, inner.attempts))
                    .max()
                    .unwrap_or_default();
                inner.metrics.rejected("target_cooldown");
                return Err(Refusal::Cooldown {
                    attempts: inner.attempts,
                    window_secs: inner.cooldown.as_secs(),
                    retry_after: ceil_secs(wait),
                });
            }
        }
        let step = counting.then(|| digests.iter().map(|d| state.attempts.add(now, d, 1)).max().unwrap_or(0));
        for d in &digests {
            *state.running.entry(d.id).or_default() += 1;
        }
        drop(state);
        Ok(Box::new(AccountTicket { inner: Arc::clone(inner), digests, reserved: step, spent: false }))
    }
}

/// The per-account budget kept in the store the replicas share ([`super::shared`]): every
/// replica counts the same sign-ins of an account. The connection-limit test's session budget
/// stays with this replica's [`AccountGuard`] (the sign-ins it follows are the shared ones).
#[derive(Debug)]
pub struct SharedAccounts {
    local: Arc<AccountGuard>,
    shared: Arc<SharedLimits>,
    metrics: Arc<Metrics>,
    attempts: u32,
    cooldown: Duration,
    concurrent: u32,
}

impl SharedAccounts {
    /// The budget of `limits`, kept in `shared`, with `local` for the probe sessions.
    pub fn new(
        local: Arc<AccountGuard>,
        shared: Arc<SharedLimits>,
        limits: &Limits,
        metrics: Arc<Metrics>,
    ) -> Self {
        SharedAccounts {
            local,
            shared,
            metrics,
            attempts: limits.target_attempts,
            cooldown: limits.target_cooldown,
            concurrent: limits.target_concurrent,
        }
    }
}

impl Admission for SharedAccounts {
    fn admit<'a>(&'a self, target: &'a Target, addrs: &'a [VettedAddr]) -> BoxFuture<'a, Admitted> {
        Box::pin(async move {
            let keys = account_keys(target, addrs);
            let counted = if self.attempts < u32::from(u16::MAX) { self.attempts } else { 0 };
            let asked =
                self.shared.admit_account(&keys, self.concurrent, counted, self.cooldown, SHARED_LEASE);
            match asked.await {
                Ok(AccountVerdict::Admitted(lease)) => {
                    // This replica's own count follows (it holds the probe sessions).
                    let local = self.local.admit_now(target, addrs)?;
                    Ok(Box::new(SharedTicket { local, lease }) as Box<dyn Ticket>)
                }
                Ok(AccountVerdict::Busy { running }) => {
                    self.metrics.rejected("target_concurrent");
                    Err(Refusal::Busy { running, retry_after: BUSY_RETRY })
                }
                Ok(AccountVerdict::Cooldown { wait }) => {
                    self.metrics.rejected("target_cooldown");
                    Err(Refusal::Cooldown {
                        attempts: self.attempts,
                        window_secs: self.cooldown.as_secs(),
                        retry_after: ceil_secs(wait).max(1),
                    })
                }
                Err(error) => {
                    tracing::warn!(%error, "shared account budget unreachable: the password is not sent");
                    self.metrics.shared_store_error();
                    self.metrics.rejected("account_store");
                    Err(Refusal::Unavailable { retry_after: BUSY_RETRY })
                }
            }
        })
    }
}

/// A sign-in admitted by the shared budget.
struct SharedTicket {
    local: Box<dyn Ticket>,
    lease: AccountLease,
}

impl Ticket for SharedTicket {
    fn spend(&mut self) {
        self.local.spend();
        self.lease.spend();
    }

    fn probe_sessions(&mut self, wanted: u16) -> ProbeGrant {
        self.local.probe_sessions(wanted)
    }
}

fn ceil_secs(wait: Duration) -> u64 {
    wait.as_secs() + u64::from(wait.subsec_nanos() > 0)
}

/// An admitted sign-in: holds the account's running slot; gives its attempt back unless spent.
struct AccountTicket {
    inner: Arc<Inner>,
    digests: Vec<Digest>,
    /// The sketch step the attempt was counted in (`None`: not counted).
    reserved: Option<u64>,
    spent: bool,
}

impl Ticket for AccountTicket {
    fn spend(&mut self) {
        self.spent = true;
    }

    fn probe_sessions(&mut self, wanted: u16) -> ProbeGrant {
        let inner = &self.inner;
        let now = inner.clock.now();
        let mut state = lock(&inner.state);
        let used = self.digests.iter().map(|d| state.probes.count(now, d)).max().unwrap_or(0);
        let account_left = inner.probe_per_account.saturating_sub(used);
        let taken = inner.probes_open.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |open| {
            let n = u32::from(wanted).min(account_left).min(inner.probe_total.saturating_sub(open));
            Some(open + n)
        });
        let open_before = taken.unwrap_or_else(|open| open);
        let sessions = u32::from(wanted).min(account_left).min(inner.probe_total.saturating_sub(open_before));
        let sessions = u16::try_from(sessions).unwrap_or(u16::MAX);
        let retry_after = if sessions > 0 {
            0
        } else if account_left == 0 {
            let wait =
                self.digests.iter().map(|d| state.probes.wait_until_below(now, d, inner.probe_per_account));
            ceil_secs(wait.max().unwrap_or_default())
        } else {
            BUSY_RETRY
        };
        if sessions > 0 && !inner.cooldown.is_zero() {
            for d in &self.digests {
                state.probes.add(now, d, sessions);
            }
        }
        if sessions == 0 {
            inner.metrics.rejected("probe_budget");
        }
        let hold = ProbeHold { inner: Arc::clone(inner), sessions: u32::from(sessions) };
        ProbeGrant { sessions, retry_after, hold: Some(Box::new(hold)) }
    }
}

impl Drop for AccountTicket {
    fn drop(&mut self) {
        let mut state = lock(&self.inner.state);
        for d in &self.digests {
            if let Some(n) = state.running.get_mut(&d.id) {
                *n = n.saturating_sub(1);
                if *n == 0 {
                    state.running.remove(&d.id);
                }
            }
            if let (Some(step), false) = (self.reserved, self.spent) {
                state.attempts.remove(step, d, 1);
            }
        }
    }
}

/// Gives the service-wide probe sessions back when the test is over.
struct ProbeHold {
    inner: Arc<Inner>,
    sessions: u32,
}

impl Drop for ProbeHold {
    fn drop(&mut self) {
        let n = self.sessions;
        let _ = self
            .inner
            .probes_open
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |open| Some(open.saturating_sub(n)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::admission::Refusal;
    use crate::net::policy::AddressPolicy;
    use crate::secret::Password;
    use crate::target::{self, DiagnoseRequest, Protocol};
    use crate::web::policy::ManualClock;

    fn limits() -> Limits {
        Limits { target_attempts: 3, target_cooldown: Duration::from_secs(300), ..Limits::default() }
    }

    fn guard(limits: &Limits) -> (AccountGuard, Arc<ManualClock>) {
        let clock = Arc::new(ManualClock::new());
        (AccountGuard::with_clock(limits, Arc::new(Metrics::new()), clock.clone()), clock)
    }

    fn target(host: &str, user: &str, password: &str) -> Target {
        let request = DiagnoseRequest {
            username: Some(user.to_owned()),
            password: Some(Password::new(password)),
            ..DiagnoseRequest::new(Protocol::Imap, host)
        };
        target::parse(&request).0.expect("a usable target")
    }

    fn at(ips: &[&str]) -> Vec<VettedAddr> {
        let policy = AddressPolicy::permissive();
        ips.iter().map(|ip| policy.vet(ip.parse().unwrap()).unwrap()).collect()
    }

    /// Admits and signs in (the attempt is spent), dropping the ticket at once.
    fn sign_in(guard: &AccountGuard, target: &Target, addrs: &[VettedAddr]) -> Result<(), Refusal> {
        guard.admit_now(target, addrs).map(|mut ticket| ticket.spend())
    }

    #[test]
    fn the_fourth_sign_in_within_the_cooldown_waits_and_the_cooldown_then_expires() {
        let (guard, clock) = guard(&limits());
        let (t, addrs) = (target("imap.example.com", "ann@example.com", "pw"), at(&["192.0.2.10"]));
        for _ in 0..3 {
            sign_in(&guard, &t, &addrs).unwrap();
            clock.advance(Duration::from_secs(10));
        }
        let Err(Refusal::Cooldown { retry_after, .. }) = sign_in(&guard, &t, &addrs) else {
            panic!("the fourth sign-in in 30 s must wait")
        };
        // The first attempt (at 0 s) leaves the window between 300 s and 337.5 s.
        assert!((270..=308).contains(&retry_after), "{retry_after}");
        clock.advance(Duration::from_secs(200));
        assert!(sign_in(&guard, &t, &addrs).is_err(), "230 s after the first: still cooling down");
        clock.advance(Duration::from_secs(retry_after - 200));
        assert!(sign_in(&guard, &t, &addrs).is_ok(), "after the wait it said, one more is allowed");
    }

    #[test]
    fn every_spelling_of_the_server_shares_one_budget() {
        let (guard, _) = guard(&limits());
        for _ in 0..3 {
            sign_in(&guard, &target("mail.example.com", "Ann", "pw"), &at(&["192.0.2.10"])).unwrap();
        }
        let spellings = [
            ("imap.example.com", " ann ", at(&["198.51.100.1"])),
            ("example.com", "ANN", at(&["203.0.113.9"])),
            ("192.0.2.10", "ann", at(&["192.0.2.10"])),
            ("::ffff:192.0.2.10", "ann", at(&["::ffff:192.0.2.10"])),
            ("cname-to-the-same-servers.test", "ann", at(&["2001:db8::1", "192.0.2.200"])),
        ];
        for (host, user, addrs) in spellings {
            let refused = sign_in(&guard, &target(host, user, "pw"), &addrs);
            assert!(matches!(refused, Err(Refusal::Cooldown { .. })), "{host} / {user}: {refused:?}");
        }
        let bob = sign_in(&guard, &target("mail.example.com", "bob", "pw"), &at(&["192.0.2.10"]));
        assert!(bob.is_ok(), "another account at the same server has its own budget");
        let elsewhere =
            sign_in(&guard, &target("mail.unrelated.test", "ann", "pw"), &at(&["198.51.100.200"]));
        assert!(elsewhere.is_ok(), "the same user name at an unrelated server is another account");
    }

    #[test]
    fn an_e_mail_address_as_user_name_is_one_account_wherever_it_is_tried() {
        let (guard, _) = guard(&limits());
        for _ in 0..3 {
            sign_in(&guard, &target("imap.example.com", "ann@example.com", "pw"), &at(&["192.0.2.10"]))
                .unwrap();
        }
        let elsewhere =
            sign_in(&guard, &target("other.test", "ANN@EXAMPLE.COM.", "pw"), &at(&["203.0.113.5"]));
        assert!(matches!(elsewhere, Err(Refusal::Cooldown { .. })), "{elsewhere:?}");
    }

    #[test]
    fn a_user_names_domain_counts_in_its_ascii_form() {
        assert_eq!(normalise_user(" Ann@Bücher.Example. "), "ann@xn--bcher-kva.example");
        assert_eq!(normalise_user("ANN@xn--bcher-kva.example"), "ann@xn--bcher-kva.example");
    }

    #[test]
    fn a_password_of_spaces_is_a_password_and_counts() {
        let (guard, _) = guard(&limits());
        let t = target("imap.example.com", "ann@example.com", "   ");
        assert!(t.credentials.is_some(), "the diagnosis sends it");
        for _ in 0..3 {
            sign_in(&guard, &t, &at(&["192.0.2.10"])).unwrap();
        }
        assert!(sign_in(&guard, &t, &at(&["192.0.2.10"])).is_err(), "so the guard counts it");
    }

    #[test]
    fn a_diagnosis_that_never_reached_the_sign_in_gives_its_attempt_back() {
        let (guard, _) = guard(&limits());
        let (t, addrs) = (target("imap.example.com", "ann@example.com", "pw"), at(&["192.0.2.10"]));
        for _ in 0..5 {
            drop(guard.admit_now(&t, &addrs).unwrap()); // e.g. the TLS stage failed
        }
        assert!(sign_in(&guard, &t, &addrs).is_ok());
    }

    #[test]
    fn sign_ins_running_at_once_are_capped_and_the_slot_comes_back() {
        let (guard, _) = guard(&Limits { target_concurrent: 2, ..limits() });
        let (t, addrs) = (target("imap.example.com", "ann@example.com", "pw"), at(&["192.0.2.10"]));
        let first = guard.admit_now(&t, &addrs).unwrap();
        let _second = guard.admit_now(&t, &addrs).unwrap();
        let alias = target("example.com", "ann@example.com", "pw");
        assert!(matches!(guard.admit_now(&alias, &addrs).err(), Some(Refusal::Busy { running: 2, .. })));
        drop(first);
        assert!(guard.admit_now(&alias, &addrs).is_ok());
    }

    #[test]
    fn probe_sessions_count_per_account_and_against_the_service_wide_budget() {
        let limits = Limits { probe_sessions_per_account: 50, probe_sessions_total: 60, ..limits() };
        let (guard, clock) = guard(&limits);
        let addrs = at(&["192.0.2.10"]);
        let mut ann = guard.admit_now(&target("imap.example.com", "ann@example.com", "pw"), &addrs).unwrap();
        let first = ann.probe_sessions(49);
        assert_eq!(first.sessions, 49);
        let mut alias = guard.admit_now(&target("example.com", "ann@example.com", "pw"), &addrs).unwrap();
        let alias_grant = alias.probe_sessions(49);
        assert_eq!(alias_grant.sessions, 1, "the same account through an alias: 1 left");
        let mut bob = guard.admit_now(&target("imap.example.com", "bob@example.com", "pw"), &addrs).unwrap();
        let bobs = bob.probe_sessions(49);
        assert_eq!(bobs.sessions, 10, "49 + 1 open, 60 in all");
        assert_eq!(guard.probe_sessions_open(), 60);
        drop((first, bobs));
        assert_eq!(guard.probe_sessions_open(), 1, "the sessions of finished tests are given back");
        let none = ann.probe_sessions(49);
        assert_eq!(none.sessions, 0, "ann's account has used its 50 for this window");
        assert!(none.retry_after > 0);
        clock.advance(Duration::from_secs(340));
        assert_eq!(ann.probe_sessions(49).sessions, 49, "a window later the budget is back");
    }
}
