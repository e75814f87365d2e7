//! Is the guard itself starved of CPU? (issue 21)
//!
//! A check's latency is measured inside the guard: from sending the request to the task being
//! polled with the answer. When the guard's own runtime is starved (API load on a two-core
//! machine, a busy host), that delay is the guard's, not the component's, and a latency
//! forecast fed with it predicts an outage that is not there ("predicted to reach 500 ms").
//! Measuring the check apart from the server does not fix that — a second runtime competes
//! for the same cores — so findings are **damped** instead: a probe task sleeps 50 ms in a
//! loop and notes when it woke more than [`STARVED_LAG`] late, and by how much; a latency point
//! measured while the runtime was late by at least a quarter of that latency (during the check
//! or the second before it) is kept in the history but not given to detection. A slow
//! component (400 ms) on a busy host (30 ms late) is still seen; a 120 ms "latency" that is
//! 60 ms of the guard's own delay is not. Every other metric (up, status, memory, CPU) still is.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// The probe's period.
pub const PROBE_EVERY: Duration = Duration::from_millis(50);
/// A wake-up this much later than asked is noted; a latency point is damped when the runtime
/// was late by this much and by a quarter of that latency. (At 25 ms, API load that raised
/// check latencies from ~5 to ~20 ms went unnoticed and produced "predicted to reach 500 ms"
/// findings; BENCHMARKS.md.)
pub const STARVED_LAG: Duration = Duration::from_millis(5);

/// Late wake-ups kept (the newest), enough for any check window.
const KEPT: usize = 256;

#[derive(Debug, Default)]
pub struct Starvation {
    /// `(unix_ms, ms late)` of the probe's late wake-ups, newest last.
    late: parking_lot::Mutex<VecDeque<(i64, i64)>>,
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
            let lag = t.elapsed().saturating_sub(PROBE_EVERY);
            if lag > STARVED_LAG {
                let mut late = self.late.lock();
                if late.len() == KEPT {
                    late.pop_front();
                }
                late.push_back((crate::clock::unix_ms(), lag.as_millis() as i64));
            }
        }
    }

    /// Was the runtime late by a quarter of `latency` or more while a check that took
    /// `latency` and ended at `now_ms` ran, or in the second before it?
    pub fn starved_during(&self, now_ms: i64, latency: Duration) -> bool {
        let latency_ms = latency.as_millis() as i64;
        let since = now_ms - latency_ms - 1000;
        let enough = (STARVED_LAG.as_millis() as i64).max(latency_ms / 4);
        self.late
            .lock()
            .iter()
            .rev()
            .take_while(|(at, _)| *at >= since)
            .any(|(at, lag)| *at <= now_ms && *lag >= enough)
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
        assert!(s.starved_during(now, Duration::from_millis(400)), "150 ms late is a quarter of 400 ms");
        // A 2 s latency is the component's: the guard was not that late.
        assert!(!s.starved_during(now, Duration::from_millis(2_000)));
        // A check that ends two seconds later and took 10 ms ran on a free runtime.
        assert!(!s.starved_during(now + 2_000, Duration::from_millis(10)));
        stop.notify_waiters();
    }
}
