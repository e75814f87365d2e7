//! Streaming anomaly detection per metric series: one `guard_detect::AnomalyDetector` each
//! (causal, O(1) time and fixed memory per point, with a learning period), and a small gate that
//! turns scores into at most one finding per excursion.

use guard_detect::{AnomalyDetector, DetectorConfig};

/// Minimum time between two anomaly findings on one series.
pub const MIN_GAP_MS: i64 = 60_000;

#[derive(Debug)]
pub struct SeriesAnomaly {
    detector: AnomalyDetector,
    last_finding_ms: Option<i64>,
}

impl Default for SeriesAnomaly {
    fn default() -> Self {
        SeriesAnomaly { detector: AnomalyDetector::new(DetectorConfig::default()), last_finding_ms: None }
    }
}

impl SeriesAnomaly {
    /// Score a point; `Some(score)` when it is a new anomaly worth a finding.
    pub fn update(&mut self, t_ms: i64, x: f64, threshold: f64) -> (f64, bool) {
        if !x.is_finite() {
            return (0.0, false);
        }
        let score = self.detector.update(t_ms.div_euclid(1000), x);
        let quiet = self.last_finding_ms.is_none_or(|t| t_ms - t >= MIN_GAP_MS);
        let fire = score >= threshold && quiet;
        if fire {
            self.last_finding_ms = Some(t_ms);
        }
        (score, fire)
    }

    pub fn points(&self) -> u64 {
        self.detector.points()
    }
}
