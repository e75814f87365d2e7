//! Memory forecast: a least-squares line over a sliding window of RSS samples says when the
//! limit will be crossed, so the child can be restarted before it is (the detection issue may
//! replace this with its own forecaster).

use std::collections::VecDeque;

/// The last `capacity` (time ms, bytes) samples of one process.
#[derive(Debug, Clone)]
pub struct MemoryTrend {
    samples: VecDeque<(i64, f64)>,
    capacity: usize,
}

impl MemoryTrend {
    pub fn new(capacity: usize) -> Self {
        MemoryTrend { samples: VecDeque::with_capacity(capacity), capacity: capacity.max(2) }
    }

    /// Add a sample; a sharp drop (a new process) restarts the window.
    pub fn push(&mut self, t_ms: i64, bytes: f64) {
        if self.samples.back().is_some_and(|(_, b)| bytes < b * 0.5) {
            self.samples.clear();
        }
        if self.samples.len() == self.capacity {
            self.samples.pop_front();
        }
        self.samples.push_back((t_ms, bytes));
    }

    pub fn clear(&mut self) {
        self.samples.clear();
    }

    /// Growth in bytes per second over the window (least squares); `None` with < 3 samples.
    pub fn slope_per_s(&self) -> Option<f64> {
        if self.samples.len() < 3 {
            return None;
        }
        let n = self.samples.len() as f64;
        let t0 = self.samples[0].0;
        let (mut sx, mut sy, mut sxx, mut sxy) = (0.0, 0.0, 0.0, 0.0);
        for (t, y) in &self.samples {
            let x = (*t - t0) as f64 / 1000.0;
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        let den = n * sxx - sx * sx;
        (den.abs() > 1e-9).then(|| (n * sxy - sx * sy) / den)
    }

    /// Milliseconds until the line crosses `limit`, if it is rising towards it.
    pub fn ms_until(&self, limit: f64) -> Option<i64> {
        let slope = self.slope_per_s()?;
        let (_, last) = *self.samples.back()?;
        if slope <= 0.0 {
            return None;
        }
        if last >= limit {
            return Some(0);
        }
        Some(((limit - last) / slope * 1000.0) as i64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_steady_leak_is_forecast_and_a_flat_line_is_not() {
        let mut t = MemoryTrend::new(8);
        for i in 0..5 {
            t.push(i * 1000, 10e6 + 20e6 * i as f64); // 20 MB/s
        }
        let s = t.slope_per_s().unwrap();
        assert!((s - 20e6).abs() < 1.0, "{s}");
        // last = 90 MB; 200 MB is 5.5 s away.
        assert_eq!(t.ms_until(200e6), Some(5500));
        let mut flat = MemoryTrend::new(8);
        for i in 0..5 {
            flat.push(i * 1000, 50e6);
        }
        assert_eq!(flat.ms_until(200e6), None);
    }

    #[test]
    fn a_restart_drop_resets_the_window() {
        let mut t = MemoryTrend::new(8);
        for i in 0..5 {
            t.push(i * 1000, 100e6 + 20e6 * i as f64);
        }
        t.push(6000, 5e6);
        assert_eq!(t.slope_per_s(), None);
    }
}
