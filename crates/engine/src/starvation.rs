//! Is the guard itself starved of CPU? (issue 21)
//!
//! A check's latency is measured inside the guard: from sending the request to the task being
//! polled with the answer. When the guard's own runtime is starved (API load on a two-core
//! machine, a busy host), that delay is the guard's, not the component's, and a latency
//! forecast fed with it predicts an outage that is not there ("predicted to reach 500 ms").
//! Measuring the check apart from the server does not fix that — a second runtime competes
//! for the same cores — so findings are **damped** instead: a probe task sleeps 50 ms in a
//! loop and notes when it woke more than [`STARVED_LAG`] late; a latency point recorded while
//! the runtime was starved (during the check or the second before it) is kept in the history
//! but not given to detection. Every other metric (up, status, memory, CPU) still is.

use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// The probe's period.
pub const PROBE_EVERY: Duration = Duration::from_millis(50);
/// A wake-up this much later than asked means the runtime is starved.
pub const STARVED_LAG: Duration = Duration::from_millis(25);

#[derive(Debug, Default)]
pub struct Starvation {
    /// When the probe last woke late (`clock::unix_ms`), 0 if never.
    last_starved_ms: AtomicI64,
    /// Latency points kept from detection since start (for `/metrics` and tests).
    damped: AtomicU64,
}

impl Starvation {
    /// Run the probe until the guard stops.
    pub async fn probe(self: std::sync::Arc<Self>, stop: std::sync::Arc<tokio::sync::Notify>) {
        loop {
            let t = Instant::now();
            tokio::select! {
                _ = tokio::time::sleep(PROBE_EVERY) => {}
                _ = stop.notified() => return,
            }
            if t.elapsed().saturating_sub(PROBE_EVERY) > STARVED_LAG {
                self.last_starved_ms.store(crate::clock::unix_ms(), Ordering::Relaxed);
            }
        }
    }

    /// Was the runtime starved while a check that took `latency` and ended at `now_ms` ran,
    /// or in the second before it?
    pub fn starved_during(&self, now_ms: i64, latency: Duration) -> bool {
        let last = self.last_starved_ms.load(Ordering::Relaxed);
        last > 0 && now_ms - last <= latency.as_millis() as i64 + 1000
    }

    pub(crate) fn note_damped(&self) {
        self.damped.fetch_add(1, Ordering::Relaxed);
    }

    /// Latency points kept from detection because the guard was starved.
    pub fn damped(&self) -> u64 {
        self.damped.load(Ordering::Relaxed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    /// The probe notices when the runtime it shares with everything else is blocked, and only
    /// for the checks that ran then (or in the second before).
    #[tokio::test(flavor = "current_thread")]
    async fn a_blocked_runtime_is_noticed_and_forgotten() {
        let s = Arc::new(Starvation::default());
        let stop = Arc::new(tokio::sync::Notify::new());
        assert!(!s.starved_during(crate::clock::unix_ms(), Duration::from_millis(10)), "never starved yet");
        tokio::spawn(s.clone().probe(stop.clone()));
        tokio::time::sleep(Duration::from_millis(100)).await;
        // Hold the only worker thread for 200 ms, as a burst of API work would.
        std::thread::sleep(Duration::from_millis(200));
        tokio::time::sleep(Duration::from_millis(120)).await;
        let now = crate::clock::unix_ms();
        assert!(s.starved_during(now, Duration::from_millis(10)));
        // A check that ends two seconds later and took 10 ms ran on a free runtime.
        assert!(!s.starved_during(now + 2_000, Duration::from_millis(10)));
        stop.notify_waiters();
    }
}
