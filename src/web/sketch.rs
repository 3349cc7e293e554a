//! A sliding-window counter in fixed memory: how often each key was seen within a window.
//!
//! The per-account budget must not be resettable. A map of accounts that evicts old entries
//! when full can be flushed by a flood of made-up accounts, which hands the victim a fresh
//! budget; a map that refuses new entries when full lets the same flood stop everyone. A
//! count-min sketch (Cormode and Muthukrishnan, 2005) has neither problem: [`DEPTH`] rows of
//! `width` counters, each key adding to one counter per row (chosen by a keyed hash) and
//! read as the smallest of its counters. Memory is fixed, nothing is ever evicted, and a
//! count is never under-estimated. A flood can only push innocent counts up: with 2^16
//! counters a row and 50,000 keys counted in one step, an account nobody touched reads 3 or
//! more about once in 300,000 (each counter then holds about 0.8 on average; a count of 3
//! needs 3 in each of its 4 counters).
//!
//! The window slides in [`SLOTS`] steps: one sketch per step, summed over the last
//! `SLOTS + 1`, so an event is forgotten between one window and one window plus one step
//! after it happened, never sooner. A slot's counters are allocated when it is first used.

use std::collections::VecDeque;
use std::collections::hash_map::RandomState;
use std::hash::BuildHasher as _;
use std::time::{Duration, Instant};

/// Rows (independent hashes) of each sketch.
pub const DEPTH: usize = 4;
/// Steps per window.
pub const SLOTS: u64 = 8;

/// A key's hashes: one per row (the counter is the hash modulo the width). Made by
/// [`Hashes::digest`].
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub struct Digest {
    rows: [u64; DEPTH],
    /// A 128-bit identity of the key, for exact maps (concurrency).
    pub id: u128,
}

/// The keyed hashes: random keys per process (SipHash, std's `RandomState`), so no one can
/// pick keys that collide, and what is stored cannot be turned back into a user name.
#[derive(Debug)]
pub struct Hashes {
    rows: [RandomState; DEPTH],
    id: [RandomState; 2],
}

impl Default for Hashes {
    fn default() -> Self {
        Hashes {
            rows: std::array::from_fn(|_| RandomState::new()),
            id: [RandomState::new(), RandomState::new()],
        }
    }
}

impl Hashes {
    /// The digest of a key's text. The text is not kept.
    pub fn digest(&self, key: &str) -> Digest {
        let rows = std::array::from_fn(|row| self.rows[row].hash_one(key));
        let id = (u128::from(self.id[0].hash_one(key)) << 64) | u128::from(self.id[1].hash_one(key));
        Digest { rows, id }
    }
}

/// Counts per key over a sliding window.
#[derive(Debug)]
pub struct Sketch {
    origin: Instant,
    step: Duration,
    width: usize,
    /// (step number, counters), oldest first.
    slots: VecDeque<(u64, Box<[u16]>)>,
}

impl Sketch {
    /// A sketch over `window` (zero: counts nothing) with `width` counters a row (a power of
    /// two), its steps counted from `origin`. Each step in use takes `4 × width × 2` bytes.
    pub fn new(window: Duration, origin: Instant, width: usize) -> Self {
        let step = window / u32::try_from(SLOTS).unwrap_or(8);
        Sketch { origin, step, width: width.max(1), slots: VecDeque::new() }
    }

    /// The counter of each row for `digest`.
    fn cells(&self, digest: &Digest) -> [usize; DEPTH] {
        let width = self.width as u64;
        std::array::from_fn(|row| row * self.width + usize::try_from(digest.rows[row] % width).unwrap_or(0))
    }

    fn step_of(&self, now: Instant) -> u64 {
        let nanos = now.saturating_duration_since(self.origin).as_nanos() / self.step.as_nanos().max(1);
        u64::try_from(nanos).unwrap_or(u64::MAX)
    }

    /// Drops the steps that have left the window.
    fn expire(&mut self, now: Instant) {
        let current = self.step_of(now);
        while self.slots.front().is_some_and(|(step, _)| step + SLOTS < current) {
            self.slots.pop_front();
        }
    }

    /// How often `digest` was seen within the window (never less than the truth).
    pub fn count(&mut self, now: Instant, digest: &Digest) -> u32 {
        self.expire(now);
        let at = self.cells(digest);
        self.slots.iter().map(|(_, cells)| u32::from(min_cell(cells, &at))).sum()
    }

    /// Counts `n` more of `digest` now; returns the step it was counted in (for [`Sketch::remove`]).
    pub fn add(&mut self, now: Instant, digest: &Digest, n: u16) -> u64 {
        if self.step.is_zero() {
            return 0;
        }
        self.expire(now);
        let current = self.step_of(now);
        if self.slots.back().is_none_or(|(step, _)| *step != current) {
            self.slots.push_back((current, vec![0u16; DEPTH * self.width].into_boxed_slice()));
        }
        let at = self.cells(digest);
        if let Some((_, cells)) = self.slots.back_mut() {
            for cell in at {
                cells[cell] = cells[cell].saturating_add(n);
            }
        }
        current
    }

    /// Takes back `n` of `digest` counted in `step` (a reservation that was not used).
    pub fn remove(&mut self, step: u64, digest: &Digest, n: u16) {
        let at = self.cells(digest);
        if let Some((_, cells)) = self.slots.iter_mut().find(|(s, _)| *s == step) {
            for cell in at {
                cells[cell] = cells[cell].saturating_sub(n);
            }
        }
    }

    /// How long until the count of `digest` is below `limit` again.
    pub fn wait_until_below(&mut self, now: Instant, digest: &Digest, limit: u32) -> Duration {
        let mut count = self.count(now, digest);
        let at = self.cells(digest);
        for (step, cells) in &self.slots {
            if count < limit {
                break;
            }
            count = count.saturating_sub(u32::from(min_cell(cells, &at)));
            if count < limit {
                // This step stops counting once the current step is SLOTS past it.
                let steps = u32::try_from(step + SLOTS + 1).unwrap_or(u32::MAX);
                return (self.origin + self.step * steps).saturating_duration_since(now);
            }
        }
        Duration::ZERO
    }
}

fn min_cell(cells: &[u16], at: &[usize; DEPTH]) -> u16 {
    at.iter().map(|&c| cells.get(c).copied().unwrap_or(0)).min().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_count_is_forgotten_after_one_window_and_not_before() {
        let origin = Instant::now();
        let hashes = Hashes::default();
        let ann = hashes.digest("ann");
        let mut sketch = Sketch::new(Duration::from_secs(80), origin, 1 << 10);
        sketch.add(origin + Duration::from_secs(5), &ann, 1);
        sketch.add(origin + Duration::from_secs(25), &ann, 1);
        assert_eq!(sketch.count(origin + Duration::from_secs(25), &ann), 2);
        assert_eq!(
            sketch.count(origin + Duration::from_secs(84), &ann),
            2,
            "79 s after: still in the window"
        );
        assert_eq!(sketch.count(origin + Duration::from_secs(90), &ann), 1, "the first is forgotten");
        assert_eq!(sketch.count(origin + Duration::from_secs(110), &ann), 0);
    }

    #[test]
    fn the_wait_ends_when_enough_old_steps_have_left_the_window() {
        let origin = Instant::now();
        let ann = Hashes::default().digest("ann");
        let mut sketch = Sketch::new(Duration::from_secs(80), origin, 1 << 10);
        for at in [1, 15, 31] {
            sketch.add(origin + Duration::from_secs(at), &ann, 1);
        }
        let now = origin + Duration::from_secs(40);
        // Below 3 again when the first step (0–10 s) leaves: at 90 s.
        assert_eq!(sketch.wait_until_below(now, &ann, 3), Duration::from_secs(50));
        // Below 2 when the second step (10–20 s) leaves: at 100 s.
        assert_eq!(sketch.wait_until_below(now, &ann, 2), Duration::from_secs(60));
        assert_eq!(sketch.wait_until_below(now, &ann, 4), Duration::ZERO);
    }

    #[test]
    fn a_flood_of_other_keys_never_lowers_a_count_and_memory_stays_fixed() {
        let origin = Instant::now();
        let hashes = Hashes::default();
        let victim = hashes.digest("victim@example.com");
        let mut sketch = Sketch::new(Duration::from_secs(300), origin, 1 << 16);
        for _ in 0..3 {
            sketch.add(origin, &victim, 1);
        }
        for n in 0..50_000 {
            let at = origin + Duration::from_millis(n);
            sketch.add(at, &hashes.digest(&format!("flood-{n}@example.com")), 1);
        }
        let later = origin + Duration::from_secs(50);
        assert!(sketch.count(later, &victim) >= 3, "the victim's attempts are still counted");
        assert!(sketch.slots.len() <= usize::try_from(SLOTS).unwrap() + 1);
        let fresh = hashes.digest("someone-else@example.com");
        assert!(sketch.count(later, &fresh) < 3, "an untouched account is not locked by the flood");
    }

    #[test]
    fn a_reservation_taken_back_leaves_no_trace() {
        let origin = Instant::now();
        let ann = Hashes::default().digest("ann");
        let mut sketch = Sketch::new(Duration::from_secs(300), origin, 1 << 16);
        let step = sketch.add(origin, &ann, 1);
        sketch.remove(step, &ann, 1);
        assert_eq!(sketch.count(origin, &ann), 0);
    }
}
