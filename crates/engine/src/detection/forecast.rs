//! Exhaustion forecasts: a least-squares line over a sliding window (the last `window` of
//! time, at most [`MAX_POINTS`] points, so each update is bounded) says when a series will
//! cross a limit, with an uncertainty band from the slope's standard error.
//!
//! The fit is recomputed on demand over at most `MAX_POINTS` points with a local time origin,
//! so there is no catastrophic cancellation from large Unix timestamps.

use std::collections::VecDeque;
use std::time::Duration;

/// Points kept per series at most, whatever the window.
pub const MAX_POINTS: usize = 256;
/// Points needed before a forecast is made.
pub const MIN_POINTS: usize = 5;
/// The slope must be this many standard errors above zero to count as a trend.
pub const MIN_T: f64 = 3.0;

/// A fitted line over the window.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fit {
    /// Growth per second.
    pub slope_per_s: f64,
    /// Standard error of the slope.
    pub slope_se: f64,
    /// Fitted value at the newest point.
    pub level: f64,
    /// Time of the newest point (ms).
    pub at_ms: i64,
    pub points: usize,
    pub span_ms: i64,
}

/// When the fitted line crosses a limit, measured from the newest point.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Eta {
    /// Best estimate (ms after `Fit::at_ms`); 0 when already at or over the limit.
    pub ms: i64,
    /// Earliest plausible crossing (slope + 2 standard errors).
    pub low_ms: i64,
    /// Latest plausible crossing (slope − 2 standard errors); `None` when the band includes a
    /// flat or falling line.
    pub high_ms: Option<i64>,
}

impl Fit {
    /// A rising trend, `MIN_T` standard errors above flat.
    pub fn significant(&self) -> bool {
        self.slope_per_s > 0.0 && self.slope_per_s > MIN_T * self.slope_se
    }

    /// Time until the line reaches `limit` from below (only for a significant rise).
    pub fn eta(&self, limit: f64) -> Option<Eta> {
        if !self.significant() {
            return None;
        }
        let gap = limit - self.level;
        if gap <= 0.0 {
            return Some(Eta { ms: 0, low_ms: 0, high_ms: Some(0) });
        }
        let ms = |slope: f64| (gap / slope * 1000.0).min(1e15) as i64;
        let hi_slope = self.slope_per_s - 2.0 * self.slope_se;
        Some(Eta {
            ms: ms(self.slope_per_s),
            low_ms: ms(self.slope_per_s + 2.0 * self.slope_se),
            high_ms: (hi_slope > 0.0).then(|| ms(hi_slope)),
        })
    }
}

/// The sliding window of one series.
#[derive(Debug, Clone)]
pub struct Trend {
    window_ms: i64,
    points: VecDeque<(i64, f64)>,
}

impl Trend {
    pub fn new(window: Duration) -> Self {
        Trend { window_ms: window.as_millis().max(1) as i64, points: VecDeque::with_capacity(16) }
    }

    /// Add a point; a fall to under half of the previous value (a restarted process) starts
    /// the window afresh.
    pub fn push(&mut self, t_ms: i64, x: f64) {
        if !x.is_finite() {
            return;
        }
        if self.points.back().is_some_and(|&(_, prev)| prev > 0.0 && x < prev * 0.5) {
            self.points.clear();
        }
        if self.points.len() == MAX_POINTS {
            self.points.pop_front();
        }
        self.points.push_back((t_ms, x));
        while self.points.front().is_some_and(|&(t, _)| t_ms - t > self.window_ms) {
            self.points.pop_front();
        }
    }

    pub fn clear(&mut self) {
        self.points.clear();
    }

    pub fn len(&self) -> usize {
        self.points.len()
    }

    pub fn is_empty(&self) -> bool {
        self.points.is_empty()
    }

    pub fn last(&self) -> Option<(i64, f64)> {
        self.points.back().copied()
    }

    /// Least-squares fit; `None` with fewer than `MIN_POINTS` points or no time spread.
    pub fn fit(&self) -> Option<Fit> {
        let n = self.points.len();
        if n < MIN_POINTS {
            return None;
        }
        let (t0, _) = self.points[0];
        let (t_last, _) = *self.points.back()?;
        let nf = n as f64;
        let (mut sx, mut sy) = (0.0, 0.0);
        for &(t, y) in &self.points {
            sx += (t - t0) as f64 / 1000.0;
            sy += y;
        }
        let (mx, my) = (sx / nf, sy / nf);
        let (mut sxx, mut sxy) = (0.0, 0.0);
        for &(t, y) in &self.points {
            let dx = (t - t0) as f64 / 1000.0 - mx;
            sxx += dx * dx;
            sxy += dx * (y - my);
        }
        if sxx <= 1e-12 {
            return None;
        }
        let slope = sxy / sxx;
        let icept = my - slope * mx;
        let mut sse = 0.0;
        for &(t, y) in &self.points {
            let r = y - (icept + slope * (t - t0) as f64 / 1000.0);
            sse += r * r;
        }
        let slope_se = if n > 2 { (sse / (nf - 2.0) / sxx).sqrt() } else { f64::INFINITY };
        let x_last = (t_last - t0) as f64 / 1000.0;
        Some(Fit {
            slope_per_s: slope,
            slope_se,
            level: icept + slope * x_last,
            at_ms: t_last,
            points: n,
            span_ms: t_last - t0,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trend(points: impl IntoIterator<Item = (i64, f64)>) -> Trend {
        let mut t = Trend::new(Duration::from_secs(60));
        for (ts, x) in points {
            t.push(ts, x);
        }
        t
    }

    #[test]
    fn a_steady_leak_gives_an_eta_with_a_band() {
        // 20 MB/s from 10 MB, one point every 250 ms, a little noise.
        let t = trend((0..12).map(|i| (i * 250, 10e6 + 20e6 * i as f64 * 0.25 + if i % 2 == 0 { 3e5 } else { -3e5 })));
        let f = t.fit().unwrap();
        assert!((f.slope_per_s - 20e6).abs() < 0.5e6, "{f:?}");
        let e = f.eta(200e6).unwrap();
        // level ≈ 65 MB at 2.75 s → 135 MB away at 20 MB/s ≈ 6.75 s
        assert!((e.ms - 6_750).abs() < 300, "{e:?}");
        assert!(e.low_ms <= e.ms && e.ms <= e.high_ms.unwrap(), "{e:?}");
    }

    #[test]
    fn flat_noise_and_falling_lines_have_no_eta() {
        let mut seed = 7u64;
        let mut noise = || {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) as f64 / (1u64 << 31) as f64 - 0.5
        };
        let flat = trend((0..200).map(|i| (i * 1000, 100e6 + 5e6 * noise())));
        assert_eq!(flat.fit().and_then(|f| f.eta(200e6)), None);
        let falling = trend((0..20).map(|i| (i * 1000, 150e6 - 1e6 * i as f64)));
        assert_eq!(falling.fit().unwrap().eta(200e6), None);
        assert!(trend([(0, 1.0), (1000, 2.0)]).fit().is_none(), "too few points");
    }

    #[test]
    fn the_window_is_bounded_in_time_and_points_and_resets_on_a_drop() {
        let mut t = Trend::new(Duration::from_secs(10));
        for i in 0..1000 {
            t.push(i * 10, i as f64 + 100.0);
        }
        assert_eq!(t.len(), MAX_POINTS);
        let mut t = Trend::new(Duration::from_secs(2));
        for i in 0..10 {
            t.push(i * 1000, 100.0 + i as f64);
        }
        assert_eq!(t.len(), 3, "points older than the window fall out");
        t.push(11_000, 10.0);
        assert_eq!(t.len(), 1, "a sharp drop restarts the window");
    }

    #[test]
    fn over_the_limit_is_eta_zero() {
        let t = trend((0..10).map(|i| (i * 1000, 100.0 + 10.0 * i as f64)));
        assert_eq!(t.fit().unwrap().eta(150.0).unwrap().ms, 0);
    }
}
