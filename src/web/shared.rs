//! Guard state shared by every replica, in a Redis-compatible server (Redis, Valkey).
//!
//! With one replica the guard's counts live in its memory ([`super::guard`],
//! [`super::account`]). With several behind a load balancer that would multiply every budget
//! by the number of replicas — for the per-account cooldown that is a safety property lost
//! (the guard that keeps maildoctor from locking accounts), not only a performance one. When
//! `redis_url` is configured, these are kept in Redis instead, each decided by one Lua script
//! so that reading and updating is one atomic step whichever replica asks:
//!
//! - the per-client token bucket and the service-wide in-flight count ([`SharedLimits::admit_client`]);
//! - the per-account running cap and sign-in cooldown ([`SharedLimits::admit_account`]).
//!
//! Time is the Redis server's (`TIME`), so replicas with skewed clocks agree. Every key
//! expires (a bucket when it would be full again, a lease when its diagnosis's deadline has
//! passed, an attempt when it leaves the cooldown window), so a replica that crashes leaks
//! nothing for longer than that. Keys are SHA-256 digests of what they count (client network,
//! account key): Redis never holds a user name or an address in clear.
//!
//! When the server cannot be reached in [`CALL_TIMEOUT`], the caller fails safe: a
//! password-bearing diagnosis is refused (`503`), a connection-only one goes on under this
//! replica's own limits, `/readyz` says so and `maildoctor_shared_store_errors_total` counts it.
//!
//! The connection-limit test's session budgets stay per replica (they only follow sign-ins
//! admitted here, which are shared); address-policy decisions are per request and need no
//! sharing.

use std::collections::hash_map::RandomState;
use std::hash::BuildHasher;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use redis::aio::{ConnectionManager, ConnectionManagerConfig};
use sha2::{Digest as _, Sha256};
use tokio::sync::Mutex;

/// Longest one call to the shared store may take before the guard fails safe.
pub const CALL_TIMEOUT: Duration = Duration::from_secs(1);
/// Prefix of every key maildoctor writes.
const PREFIX: &str = "maildoctor:v1:";

/// Why the shared store could not answer.
#[derive(Debug, thiserror::Error)]
pub enum SharedError {
    /// The URL is not a Redis URL.
    #[error("redis_url is not usable: {0}")]
    Url(String),
    /// The server did not answer in time.
    #[error("the shared store did not answer within {} ms", CALL_TIMEOUT.as_millis())]
    Timeout,
    /// The server answered with an error, or the connection failed.
    #[error("the shared store failed: {0}")]
    Redis(#[from] redis::RedisError),
}

/// Token bucket and in-flight lease in one step. KEYS: bucket, in-flight set. ARGV: burst,
/// ms per token, max in flight, lease ms, member. Returns {0, 0} admitted, {1, ms} rate
/// (wait ms), {2, 0} busy.
const ADMIT_CLIENT: &str = r"
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local burst = tonumber(ARGV[1])
local interval = tonumber(ARGV[2])
local b = redis.call('HMGET', KEYS[1], 'tokens', 'ts')
local tokens = tonumber(b[1])
local ts = tonumber(b[2])
if tokens == nil or ts == nil then tokens = burst; ts = now end
local refill = math.floor((now - ts) / interval)
if refill > 0 then tokens = math.min(burst, tokens + refill); ts = ts + refill * interval end
if tokens >= burst then ts = now end
if tokens < 1 then
  return {1, interval - (now - ts)}
end
tokens = tokens - 1
redis.call('HSET', KEYS[1], 'tokens', tokens, 'ts', ts)
redis.call('PEXPIRE', KEYS[1], (burst - tokens) * interval + interval)
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[3]) then
  return {2, 0}
end
redis.call('ZADD', KEYS[2], now + tonumber(ARGV[4]), ARGV[5])
redis.call('PEXPIRE', KEYS[2], tonumber(ARGV[4]))
return {0, 0}
";

/// The per-account cap and cooldown. KEYS: per account key, its running set then its
/// attempts set. ARGV: concurrent, attempts (0: not counted), window ms, lease ms, member.
/// Returns {0, 0, 0} admitted, {1, running, 0} busy, {2, spent, wait ms} cooldown.
const ADMIT_ACCOUNT: &str = r"
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local concurrent = tonumber(ARGV[1])
local attempts = tonumber(ARGV[2])
local window = tonumber(ARGV[3])
local lease = tonumber(ARGV[4])
local n = #KEYS / 2
local running = 0
for i = 1, n do
  local r = KEYS[2 * i - 1]
  redis.call('ZREMRANGEBYSCORE', r, '-inf', now)
  running = math.max(running, redis.call('ZCARD', r))
end
if running >= concurrent then return {1, running, 0} end
if attempts > 0 then
  local spent = 0
  local wait = 0
  for i = 1, n do
    local a = KEYS[2 * i]
    redis.call('ZREMRANGEBYSCORE', a, '-inf', now - window)
    local c = redis.call('ZCARD', a)
    spent = math.max(spent, c)
    if c >= attempts then
      local oldest = redis.call('ZRANGE', a, c - attempts, c - attempts, 'WITHSCORES')
      wait = math.max(wait, tonumber(oldest[2]) + window - now)
    end
  end
  if spent >= attempts then return {2, spent, wait} end
end
for i = 1, n do
  redis.call('ZADD', KEYS[2 * i - 1], now + lease, ARGV[5])
  redis.call('PEXPIRE', KEYS[2 * i - 1], lease)
  if attempts > 0 then
    redis.call('ZADD', KEYS[2 * i], now, ARGV[5])
    redis.call('PEXPIRE', KEYS[2 * i], window)
  end
end
return {0, 0, 0}
";

/// Ends leases: removes ARGV[1] from every key given (running sets, and the attempts sets of
/// an attempt given back).
const RELEASE: &str = r"
for i = 1, #KEYS do redis.call('ZREM', KEYS[i], ARGV[1]) end
return 0
";

/// What the shared store said about a client.
#[derive(Debug)]
pub enum ClientVerdict {
    /// Admitted; the lease holds the in-flight slot until dropped.
    Admitted(Lease),
    /// The client's bucket is empty: wait this long.
    Rate(Duration),
    /// The service-wide in-flight cap is reached.
    Busy,
}

/// What the shared store said about an account.
#[derive(Debug)]
pub enum AccountVerdict {
    /// Admitted; the lease holds the running slot (and the attempt, unless given back).
    Admitted(AccountLease),
    /// As many sign-ins of the account are running as allowed.
    Busy {
        /// How many.
        running: u32,
    },
    /// The account's sign-ins in the window are spent.
    Cooldown {
        /// Until the oldest leaves the window.
        wait: Duration,
    },
}

/// The connection to the shared store, made on first use (so a replica starts while the
/// store is down) and re-made by the connection manager after that.
pub struct SharedLimits {
    client: redis::Client,
    conn: Mutex<Option<ConnectionManager>>,
    admit_client: redis::Script,
    admit_account: redis::Script,
    release: redis::Script,
    /// Makes lease members unique across replicas and restarts.
    seed: u64,
    counter: AtomicU64,
}

impl std::fmt::Debug for SharedLimits {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The URL may carry the store's password: never printed.
        f.debug_struct("SharedLimits").finish_non_exhaustive()
    }
}

impl SharedLimits {
    /// A store at `url` (`redis://[:password@]host[:port][/db]`, `rediss://` is not built in,
    /// `redis+unix:///path`). Nothing is contacted yet.
    pub fn new(url: &str) -> Result<Arc<SharedLimits>, SharedError> {
        // The parser's message may quote the URL, password included: say only what is wrong.
        let scheme_ok = ["redis://", "redis+unix://", "unix://"].iter().any(|s| url.starts_with(s));
        if !scheme_ok {
            return Err(SharedError::Url(
                "give redis://[:password@]host[:port][/db] or redis+unix:///path".into(),
            ));
        }
        let client = redis::Client::open(url).map_err(|e| SharedError::Url(format!("{:?}", e.kind())))?;
        Ok(Arc::new(SharedLimits {
            client,
            conn: Mutex::new(None),
            admit_client: redis::Script::new(ADMIT_CLIENT),
            admit_account: redis::Script::new(ADMIT_ACCOUNT),
            release: redis::Script::new(RELEASE),
            seed: RandomState::new().hash_one(std::process::id()),
            counter: AtomicU64::new(0),
        }))
    }

    /// The connection, made now if there is none.
    async fn conn(&self) -> Result<ConnectionManager, SharedError> {
        let mut slot = self.conn.lock().await;
        if let Some(conn) = slot.as_ref() {
            return Ok(conn.clone());
        }
        let config = ConnectionManagerConfig::new()
            .set_connection_timeout(Some(CALL_TIMEOUT))
            .set_response_timeout(Some(CALL_TIMEOUT))
            .set_number_of_retries(1);
        let conn = within(self.client.get_connection_manager_with_config(config)).await?;
        *slot = Some(conn.clone());
        Ok(conn)
    }

    /// Whether the store answers a `PING` now.
    pub async fn ping(&self) -> bool {
        let Ok(mut conn) = self.conn().await else { return false };
        let answer: Result<String, SharedError> = within(redis::cmd("PING").query_async(&mut conn)).await;
        answer.is_ok()
    }

    fn member(&self) -> String {
        format!("{:016x}-{}", self.seed, self.counter.fetch_add(1, Ordering::Relaxed))
    }

    /// Takes a token from `client`'s bucket (`burst` deep, one back every `60 / per_minute`
    /// seconds) and a service-wide in-flight slot (at most `max_in_flight`, held until the
    /// lease is dropped or `lease` has passed).
    pub async fn admit_client(
        self: &Arc<Self>,
        client: &str,
        burst: u32,
        per_minute: u32,
        max_in_flight: u32,
        lease: Duration,
    ) -> Result<ClientVerdict, SharedError> {
        let mut conn = self.conn().await?;
        let interval_ms = 60_000 / u64::from(per_minute.max(1));
        let member = self.member();
        let in_flight = key("inflight", "all");
        let mut call = self.admit_client.key(key("rate", client));
        call.key(&in_flight).arg(burst.max(1)).arg(interval_ms.max(1)).arg(max_in_flight).arg(millis(lease));
        call.arg(&member);
        let (status, wait): (u8, i64) = within(call.invoke_async(&mut conn)).await?;
        Ok(match status {
            0 => ClientVerdict::Admitted(Lease { store: Arc::clone(self), keys: vec![in_flight], member }),
            1 => ClientVerdict::Rate(Duration::from_millis(u64::try_from(wait).unwrap_or(0))),
            _ => ClientVerdict::Busy,
        })
    }

    /// Admits one sign-in of the account known by `account_keys` (every spelling of it):
    /// refused while `concurrent` of them run or `attempts` were made in the last `window`.
    pub async fn admit_account(
        self: &Arc<Self>,
        account_keys: &[String],
        concurrent: u32,
        attempts: u32,
        window: Duration,
        lease: Duration,
    ) -> Result<AccountVerdict, SharedError> {
        let mut conn = self.conn().await?;
        let member = self.member();
        let counted = attempts > 0 && !window.is_zero();
        let mut call = self.admit_account.prepare_invoke();
        let mut running = Vec::new();
        let mut spent = Vec::new();
        for account in account_keys {
            let (run, tried) = (key("running", account), key("attempts", account));
            call.key(&run).key(&tried);
            running.push(run);
            spent.push(tried);
        }
        call.arg(concurrent.max(1)).arg(if counted { attempts } else { 0 }).arg(millis(window).max(1));
        call.arg(millis(lease)).arg(&member);
        let (status, _count, wait): (u8, u32, i64) = within(call.invoke_async(&mut conn)).await?;
        Ok(match status {
            0 => AccountVerdict::Admitted(AccountLease {
                lease: Lease { store: Arc::clone(self), keys: running, member },
                attempts: if counted { spent } else { Vec::new() },
                spent: false,
            }),
            1 => AccountVerdict::Busy { running: _count },
            _ => AccountVerdict::Cooldown { wait: Duration::from_millis(u64::try_from(wait).unwrap_or(0)) },
        })
    }

    /// Removes `member` from `keys`, in the background (a drop cannot wait); a failure only
    /// means the entries live until they expire.
    fn release_later(self: &Arc<Self>, keys: Vec<String>, member: String) {
        if keys.is_empty() {
            return;
        }
        let Ok(runtime) = tokio::runtime::Handle::try_current() else { return };
        let store = Arc::clone(self);
        runtime.spawn(async move {
            let Ok(mut conn) = store.conn().await else { return };
            let mut call = store.release.prepare_invoke();
            for k in &keys {
                call.key(k);
            }
            call.arg(&member);
            let done: Result<i64, SharedError> = within(call.invoke_async(&mut conn)).await;
            if let Err(e) = done {
                tracing::debug!(error = %e, "a shared lease is left to expire");
            }
        });
    }
}

/// A slot in shared sets, given back when dropped (or when it expires).
#[derive(Debug)]
pub struct Lease {
    store: Arc<SharedLimits>,
    keys: Vec<String>,
    member: String,
}

impl Drop for Lease {
    fn drop(&mut self) {
        self.store.release_later(std::mem::take(&mut self.keys), std::mem::take(&mut self.member));
    }
}

/// An admitted sign-in: its running slot, and its attempt, given back unless spent.
#[derive(Debug)]
pub struct AccountLease {
    lease: Lease,
    attempts: Vec<String>,
    spent: bool,
}

impl AccountLease {
    /// The sign-in went ahead: its attempt stays counted.
    pub fn spend(&mut self) {
        self.spent = true;
    }
}

impl Drop for AccountLease {
    fn drop(&mut self) {
        if !self.spent {
            self.lease.keys.append(&mut self.attempts);
        }
    }
}

/// `PREFIX` + kind + the SHA-256 of what is counted.
fn key(kind: &str, what: &str) -> String {
    let digest = Sha256::digest(what.as_bytes());
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    format!("{PREFIX}{kind}:{hex}")
}

fn millis(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

/// `call`, or [`SharedError::Timeout`] after [`CALL_TIMEOUT`].
async fn within<T, E: Into<SharedError>>(
    call: impl std::future::Future<Output = Result<T, E>>,
) -> Result<T, SharedError> {
    match tokio::time::timeout(CALL_TIMEOUT, call).await {
        Ok(answer) => answer.map_err(Into::into),
        Err(_) => Err(SharedError::Timeout),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_hold_digests_never_what_they_count() {
        let k = key("attempts", "ann@example.com|example.com");
        assert!(k.starts_with("maildoctor:v1:attempts:"));
        assert!(!k.contains("ann") && !k.contains("example"), "{k}");
        assert_eq!(k, key("attempts", "ann@example.com|example.com"), "every replica computes the same key");
        assert_ne!(k, key("running", "ann@example.com|example.com"));
    }

    #[test]
    fn a_url_that_is_not_redis_is_refused_without_repeating_it() {
        let err = SharedLimits::new("http://user:s3cret@example.com").unwrap_err();
        assert!(!err.to_string().contains("s3cret"), "{err}");
        assert!(SharedLimits::new("redis://:s3cret@127.0.0.1:6379/0").is_ok());
        let debug = format!("{:?}", SharedLimits::new("redis://:s3cret@127.0.0.1:6379/0").unwrap());
        assert!(!debug.contains("s3cret"), "{debug}");
    }
}
