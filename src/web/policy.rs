//! Pure rate policy, apart from HTTP: the clock the limits read, and the per-client token
//! bucket.
//!
//! Nothing here knows about requests or responses, so tests can drive it with a
//! [`ManualClock`] and check refill and expiry without sleeping. The middleware in
//! [`super::guard`] and the per-account budget in [`super::account`] read time only through a
//! [`Clock`].

use std::collections::HashMap;
use std::fmt;
use std::hash::Hash;
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

/// Where the limits read the time.
pub trait Clock: Send + Sync + fmt::Debug {
    /// Now.
    fn now(&self) -> Instant;
}

/// The real monotonic clock.
#[derive(Clone, Copy, Debug, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Instant {
        Instant::now()
    }
}

/// A clock that moves only when told to (tests).
#[derive(Debug)]
pub struct ManualClock {
    now: Mutex<Instant>,
}

impl ManualClock {
    /// A clock standing at the real now.
    pub fn new() -> Self {
        ManualClock { now: Mutex::new(Instant::now()) }
    }

    /// Moves the clock forward.
    pub fn advance(&self, by: Duration) {
        let mut now = self.now.lock().unwrap_or_else(PoisonError::into_inner);
        *now += by;
    }
}

impl Default for ManualClock {
    fn default() -> Self {
        ManualClock::new()
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Instant {
        *self.now.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// Entries kept before full buckets are swept (a full bucket is the same as none).
const SWEEP_AT: usize = 4096;

/// One token bucket per key: `burst` tokens, refilled at `per_minute`.
#[derive(Debug)]
pub struct TokenBuckets<K> {
    burst: f64,
    per_sec: f64,
    buckets: HashMap<K, Bucket>,
}

#[derive(Clone, Copy, Debug)]
struct Bucket {
    tokens: f64,
    at: Instant,
}

impl<K: Eq + Hash> TokenBuckets<K> {
    /// Buckets of `burst` tokens refilled at `per_minute` tokens a minute.
    pub fn new(burst: u32, per_minute: u32) -> Self {
        TokenBuckets {
            burst: f64::from(burst),
            per_sec: f64::from(per_minute) / 60.0,
            buckets: HashMap::new(),
        }
    }

    /// Takes one token from `key`'s bucket, or says how many seconds until one is there.
    pub fn take(&mut self, key: K, now: Instant) -> Result<(), u64> {
        let (burst, per_sec) = (self.burst, self.per_sec);
        let refilled =
            |b: &Bucket| (b.tokens + now.saturating_duration_since(b.at).as_secs_f64() * per_sec).min(burst);
        if self.buckets.len() >= SWEEP_AT {
            self.buckets.retain(|_, b| refilled(b) < burst);
        }
        let bucket = self.buckets.entry(key).or_insert(Bucket { tokens: burst, at: now });
        bucket.tokens = refilled(bucket);
        bucket.at = now;
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            return Ok(());
        }
        let wait = ((1.0 - bucket.tokens) / per_sec).ceil();
        Err(if wait.is_finite() && wait >= 1.0 { wait as u64 } else { 60 })
    }

    /// Clients with a bucket now.
    pub fn len(&self) -> usize {
        self.buckets.len()
    }

    /// True when no client has a bucket.
    pub fn is_empty(&self) -> bool {
        self.buckets.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_spent_bucket_refills_one_token_per_interval_and_never_beyond_the_burst() {
        let clock = ManualClock::new();
        let mut buckets = TokenBuckets::new(2, 6); // one token every 10 s
        assert!(buckets.take("ann", clock.now()).is_ok());
        assert!(buckets.take("ann", clock.now()).is_ok());
        assert_eq!(buckets.take("ann", clock.now()), Err(10), "empty: the next token is 10 s away");
        assert!(buckets.take("bob", clock.now()).is_ok(), "another client has its own bucket");

        clock.advance(Duration::from_secs(4));
        assert_eq!(buckets.take("ann", clock.now()), Err(6), "4 s of refill is not a whole token");
        clock.advance(Duration::from_secs(6));
        assert!(buckets.take("ann", clock.now()).is_ok(), "10 s later one token is back");
        assert!(buckets.take("ann", clock.now()).is_err(), "and only one");

        clock.advance(Duration::from_secs(3600));
        assert!(buckets.take("ann", clock.now()).is_ok());
        assert!(buckets.take("ann", clock.now()).is_ok());
        assert!(buckets.take("ann", clock.now()).is_err(), "an hour of refill is still only the burst");
    }
}
