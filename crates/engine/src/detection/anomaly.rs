//! Streaming anomaly detection per metric series: one `guard_detect::AnomalyDetector` each
//! (causal, O(1) time and fixed memory per point, with a learning period), and a small gate that
//! turns scores into at most one finding per excursion.
//!
//! **The detector is allocated once the series varies.** An `AnomalyDetector` is ~25 KB (a
//! 16 KiB context table, the daily profile); most series of a large deployment are constant for
//! long stretches (`error_rate` 0 on a healthy component, 1 on one that is down), and a constant
//! series cannot score as an anomaly. Until a point differs from the first one, a series keeps
//! only the run ([`ConstantRun`]: the value, the count, the first [`HEAD`] timestamps and the
//! last one, ~150 bytes). On the first different point the detector is created and the run is
//! replayed into it (the first [`HEAD`] timestamps as seen, the rest evenly spaced up to the
//! last one, at most [`REPLAY_MAX`] points), so it scores that point as a detector that saw the
//! whole run would: the same value range, learning state and daily-profile bins (exactly the
//! same for a regularly sampled run of up to `REPLAY_MAX` points, `tests.rs`).

use guard_detect::{AnomalyDetector, DetectorConfig};

/// Minimum time between two anomaly findings on one series.
pub const MIN_GAP_MS: i64 = 60_000;

/// Timestamps of a constant run kept as seen: the detector learns the sampling interval (and
/// so its daily-profile bin width) from its first points.
pub const HEAD: usize = 16;

/// Points of a constant run replayed into a new detector at most (older points of a longer run
/// are left out; by then every state the run can teach — value range, out of learning, scales
/// at zero — is reached). Bounds the one-off cost of a series that starts varying: ~0.4 ms.
pub const REPLAY_MAX: u64 = 2_048;

/// A series that has had one value so far.
#[derive(Debug, Clone)]
struct ConstantRun {
    value: f64,
    count: u64,
    /// Seconds (what the detector sees) of the first `HEAD` points.
    head: [i64; HEAD],
    last_s: i64,
}

impl ConstantRun {
    /// The timestamps to replay, oldest first: the head as seen, then evenly spaced up to the
    /// last point.
    fn replay_times(&self) -> impl Iterator<Item = i64> + '_ {
        let n = self.count.min(REPLAY_MAX);
        let h = (HEAD as u64).min(n);
        let from = self.head[h as usize - 1];
        let tail = n - h;
        (0..n).map(move |i| {
            if i < h {
                self.head[i as usize]
            } else {
                // The k-th of `tail` points after the head, the last one at `last_s`.
                let k = (i - h + 1) as i128;
                from + ((self.last_s - from) as i128 * k / tail as i128) as i64
            }
        })
    }
}

#[derive(Debug)]
enum State {
    Constant(ConstantRun),
    Live(Box<AnomalyDetector>),
}

#[derive(Debug, Default)]
pub struct SeriesAnomaly {
    /// `None` until the first point.
    state: Option<State>,
    last_finding_ms: Option<i64>,
}

/// The detector every series uses.
fn new_detector() -> AnomalyDetector {
    AnomalyDetector::new(DetectorConfig::default())
}

impl SeriesAnomaly {
    /// Score a point; `(score, true)` when it is a new anomaly worth a finding.
    pub fn update(&mut self, t_ms: i64, x: f64, threshold: f64) -> (f64, bool) {
        if !x.is_finite() {
            return (0.0, false);
        }
        let t_s = t_ms.div_euclid(1000);
        let det = match &mut self.state {
            None => {
                let mut head = [0; HEAD];
                head[0] = t_s;
                self.state = Some(State::Constant(ConstantRun { value: x, count: 1, head, last_s: t_s }));
                return (0.0, false);
            }
            Some(State::Constant(run)) if run.value.to_bits() == x.to_bits() => {
                if run.count < HEAD as u64 {
                    run.head[run.count as usize] = t_s;
                }
                run.count += 1;
                run.last_s = t_s;
                return (0.0, false);
            }
            Some(State::Constant(run)) => {
                let mut det = Box::new(new_detector());
                for t in run.replay_times() {
                    det.update(t, run.value);
                }
                self.state = Some(State::Live(det));
                let Some(State::Live(det)) = &mut self.state else { unreachable!() };
                det
            }
            Some(State::Live(det)) => det,
        };
        let score = det.update(t_s, x);
        let quiet = self.last_finding_ms.is_none_or(|t| t_ms - t >= MIN_GAP_MS);
        let fire = score >= threshold && quiet;
        if fire {
            self.last_finding_ms = Some(t_ms);
        }
        (score, fire)
    }

    /// Whether the series has varied, so a detector is allocated.
    pub fn has_detector(&self) -> bool {
        matches!(self.state, Some(State::Live(_)))
    }

    /// Points seen (counted by the detector once there is one; a replayed run counts at most
    /// `REPLAY_MAX`).
    pub fn points(&self) -> u64 {
        match &self.state {
            None => 0,
            Some(State::Constant(run)) => run.count,
            Some(State::Live(det)) => det.points(),
        }
    }
}
