//! The streaming detector.

/// Configuration of [`AnomalyDetector`]. One configuration serves every series.
#[derive(Debug, Clone, PartialEq)]
pub struct DetectorConfig {
    /// Points observed before any non-zero score is emitted.
    pub learning_period: usize,
    /// EWMA weight of the level baseline.
    pub alpha_level: f64,
    /// EWMA weight of the residual scales (mean absolute deviations).
    pub alpha_scale: f64,
    /// Weight of the long-term statistics of each channel's surprise.
    pub alpha_history: f64,
    /// Weight of the short-term average of each channel's surprise.
    pub alpha_short: f64,
    /// Maximum number of time-of-day bins of the daily profile (fixed memory).
    pub max_bins: usize,
    /// EWMA weight of a daily-profile bin (per visit, i.e. per day).
    pub alpha_season: f64,
    /// Per-point decay of each channel's recent peak (novelty memory).
    pub peak_decay: f64,
    /// Per-point decay of the running maximum of the final score.
    pub refractory_decay: f64,
    /// Factor applied to a channel's surprise when it does not exceed the channel's recent peak.
    pub novelty_damping: f64,
    /// Factor applied to scores that do not exceed the recent maximum.
    pub suppression: f64,
    /// Scale of the surprise-to-score map `s / (s + surprise_scale)`.
    pub surprise_scale: f64,
    /// Floor of the standard deviation used by the calibrators.
    pub sd_floor: f64,
    /// EWMA weight of the drift channel (deviation from the daily profile; 0 disables).
    pub alpha_drift: f64,
    /// How channels are combined (experimental).
    pub combine: u32,
    /// Per-visit decay of the time-of-day peak memory (negative disables).
    pub day_decay: f64,
    /// Calibration mode (experimental): 1 record novelty, 2 empirical tail.
    pub mode: u32,
}

impl Default for DetectorConfig {
    fn default() -> Self {
        Self {
            learning_period: 150,
            alpha_level: 0.05,
            alpha_scale: 0.003,
            alpha_history: 0.001,
            alpha_short: 1.0,
            max_bins: 288,
            alpha_season: 0.1,
            peak_decay: 0.998,
            refractory_decay: 0.999,
            novelty_damping: 1.0,
            suppression: 0.2,
            surprise_scale: 3.0,
            sd_floor: 0.02,
            mode: 1,
            day_decay: 0.98,
            alpha_drift: 0.05,
            combine: 3,
        }
    }
}

impl DetectorConfig {
    /// Sets a field by name from a string (for experiments and the bench CLI).
    pub fn set(&mut self, key: &str, value: &str) -> Result<(), String> {
        let f = || value.parse::<f64>().map_err(|e| format!("{key}={value}: {e}"));
        let u = || value.parse::<usize>().map_err(|e| format!("{key}={value}: {e}"));
        match key {
            "learning_period" => self.learning_period = u()?,
            "alpha_level" => self.alpha_level = f()?,
            "alpha_scale" => self.alpha_scale = f()?,
            "alpha_history" => self.alpha_history = f()?,
            "alpha_short" => self.alpha_short = f()?,
            "max_bins" => self.max_bins = u()?,
            "alpha_season" => self.alpha_season = f()?,
            "peak_decay" => self.peak_decay = f()?,
            "refractory_decay" => self.refractory_decay = f()?,
            "suppression" => self.suppression = f()?,
            "novelty_damping" => self.novelty_damping = f()?,
            "surprise_scale" => self.surprise_scale = f()?,
            "sd_floor" => self.sd_floor = f()?,
            "day_decay" => self.day_decay = f()?,
            "alpha_drift" => self.alpha_drift = f()?,
            "combine" => self.combine = value.parse().map_err(|e| format!("{key}={value}: {e}"))?,
            "mode" => self.mode = value.parse().map_err(|e| format!("{key}={value}: {e}"))?,
            _ => return Err(format!("unknown config key {key:?}")),
        }
        Ok(())
    }
}

/// `-ln Q(x)` where `Q` is the standard normal upper tail, accurate to about
/// 1e-7 relative in `Q` (Numerical Recipes' Chebyshev `erfc`), and without
/// underflow for large `x`.
pub(crate) fn neg_ln_normal_tail(x: f64) -> f64 {
    let z = x.abs() * std::f64::consts::FRAC_1_SQRT_2;
    let t = 1.0 / (1.0 + 0.5 * z);
    let p = -z * z - 1.265_512_23
        + t * (1.000_023_68
            + t * (0.374_091_96
                + t * (0.096_784_18
                    + t * (-0.186_288_06
                        + t * (0.278_868_07
                            + t * (-1.135_203_98 + t * (1.488_515_87 + t * (-0.822_152_23 + t * 0.170_872_77))))))));
    // ln(0.5 * erfc(z)) = ln 0.5 + ln t + p
    let ln_half_erfc = std::f64::consts::LN_2.mul_add(-1.0, t.ln() + p);
    if x >= 0.0 { -ln_half_erfc } else { -(-ln_half_erfc.exp()).ln_1p() }
}

/// Number of bins of a [`Calibrator`] histogram and their width in `ln(1+z)`.
const HIST_BINS: usize = 64;
const HIST_WIDTH: f64 = 0.125;

/// Turns a channel's raw deviation `u = ln(1 + z)` into a calibrated surprise
/// `-ln P(U >= u)`, with `P` the exponentially forgetting empirical tail of the
/// channel's own history (a fixed 64-bin histogram). A deviation that recurs
/// every `k` points scores about `ln k`; a deviation never seen scores the cap
/// `-ln(floor)` plus how far it exceeds the largest bin ever filled.
#[derive(Debug, Clone)]
struct Calibrator {
    n: u64,
    short: f64,
    hist: [f64; HIST_BINS],
    /// Weight of the next observation (grows to implement forgetting).
    w: f64,
    total: f64,
    max: f64,
    mean: f64,
    peak: f64,
    day_peak: [f64; DAY_PEAK_BINS],
}

/// Time-of-day bins (30 min) of the seasonal peak memory.
const DAY_PEAK_BINS: usize = 48;

impl Default for Calibrator {
    fn default() -> Self {
        Self { n: 0, short: 0.0, hist: [0.0; HIST_BINS], w: 1.0, total: 0.0, max: 0.0, mean: 0.0, peak: 0.0, day_peak: [0.0; DAY_PEAK_BINS] }
    }
}

impl Calibrator {
    #[inline]
    fn surprise(&mut self, u: f64, cfg: &DetectorConfig, day_bin: Option<usize>) -> f64 {
        if self.n == 0 {
            self.short = u;
            self.mean = u;
        } else {
            self.short += cfg.alpha_short * (u - self.short);
        }
        let v = self.short;
        if cfg.mode == 1 {
            let m = self.mean;
            let mut reference = self.peak;
            if let (Some(b), true) = (day_bin, cfg.day_decay >= 0.0) {
                let nb = DAY_PEAK_BINS;
                for k in [(b + nb - 1) % nb, b, (b + 1) % nb] {
                    reference = reference.max(self.day_peak[k]);
                }
                self.day_peak[b] = v.max(m + (self.day_peak[b] - m) * cfg.day_decay);
            }
            let s = if self.n < 2 { 0.0 } else { v - reference };
            self.n += 1;
            let a = (1.0 / self.n as f64).max(cfg.alpha_history);
            self.mean += a * (v - self.mean);
            self.peak = v.max(m + (self.peak - m) * cfg.peak_decay);
            return s;
        }
        let b = ((v / HIST_WIDTH) as usize).min(HIST_BINS - 1);
        let s = if self.n < 2 {
            0.0
        } else {
            let tail: f64 = self.hist[b..].iter().sum();
            let p = tail / self.total;
            // Interpolate inside the bin so scores stay distinct.
            let frac = v / HIST_WIDTH - b as f64;
            let p_next = if b + 1 < HIST_BINS { (tail - self.hist[b]) / self.total } else { 0.0 };
            let p = p + (p_next - p) * frac.clamp(0.0, 1.0);
            // Beyond anything in memory: extrapolate with the margin over the largest value.
            -(p + cfg.sd_floor).ln() + cfg.peak_decay * (v - self.max).max(0.0)
        };
        self.max = self.max.max(v);
        self.n += 1;
        // Exponential forgetting: newer observations weigh more.
        self.hist[b] += self.w;
        self.total += self.w;
        self.w /= 1.0 - cfg.alpha_history.max(0.0).min(0.5);
        if self.w > 1e100 {
            for h in &mut self.hist {
                *h /= self.w;
            }
            self.total /= self.w;
            self.w = 1.0;
        }
        s
    }
}

/// Points used only to initialise the baselines, scales and sampling interval.
const WARMUP: u64 = 10;
const DAY: i64 = 86_400;
const DBG: bool = false;

/// Streaming, causal anomaly detector with O(1) memory and time per point.
///
/// See the crate documentation for the algorithm.
#[derive(Debug, Clone)]
pub struct AnomalyDetector {
    cfg: DetectorConfig,
    n: u64,
    prev: f64,
    prev_ts: i64,
    min_dt: i64,
    /// Width of a daily-profile bin in seconds (0 until known / disabled).
    bin_width: i64,
    level: f64,
    level_scale: f64,
    diff_scale: f64,
    season_scale: f64,
    /// Expected change at each time of day.
    day_diff: Box<[f64]>,
    /// Expected value at each time of day.
    day_mean: Box<[f64]>,
    day_n: Box<[u32]>,
    cal_diff: Calibrator,
    cal_level: Calibrator,
    cal_season: Calibrator,
    cal_drift: Calibrator,
    /// EWMA of the standardised deviation from the daily profile.
    drift: f64,
    recent_max: f64,
}

impl AnomalyDetector {
    /// Creates a detector. Memory is fixed at construction.
    pub fn new(cfg: DetectorConfig) -> Self {
        let b = cfg.max_bins.max(1);
        Self {
            n: 0,
            prev: 0.0,
            prev_ts: 0,
            min_dt: i64::MAX,
            bin_width: 0,
            level: 0.0,
            level_scale: 0.0,
            diff_scale: 0.0,
            season_scale: 0.0,
            day_diff: vec![0.0; b].into(),
            day_mean: vec![0.0; b].into(),
            day_n: vec![0; b].into(),
            cal_diff: Calibrator::default(),
            cal_level: Calibrator::default(),
            cal_season: Calibrator::default(),
            cal_drift: Calibrator::default(),
            drift: 0.0,
            recent_max: 0.0,
            cfg,
        }
    }

    /// The configuration in use.
    pub fn config(&self) -> &DetectorConfig {
        &self.cfg
    }

    /// Points seen so far.
    pub fn points(&self) -> u64 {
        self.n
    }

    /// Feeds one observation and returns its anomaly score in `[0, 1]`.
    ///
    /// The score uses only this and earlier observations. Non-finite values
    /// are ignored (score 0, state unchanged).
    pub fn update(&mut self, timestamp_secs: i64, value: f64) -> f64 {
        if !value.is_finite() {
            return 0.0;
        }
        let cfg = &self.cfg;
        let x = value;
        if self.n == 0 {
            self.prev = x;
            self.level = x;
            self.prev_ts = timestamp_secs;
        }
        let dt = timestamp_secs - self.prev_ts;
        if dt > 0 && self.n < WARMUP {
            self.min_dt = self.min_dt.min(dt);
        }
        self.prev_ts = timestamp_secs;
        if self.n == WARMUP && self.min_dt < DAY / 2 && cfg.max_bins > 1 {
            // Bins no finer than the sampling interval.
            let bins = (DAY / self.min_dt).min(cfg.max_bins as i64).max(1);
            self.bin_width = (DAY + bins - 1) / bins;
        }
        let eps = 1e-9 * (1.0 + self.level.abs());
        // Count-based weights while warming up, so early scales are not zero.
        let warm = 1.0 / (self.n as f64 + 1.0);
        let a_level = cfg.alpha_level.max(warm);
        let a_scale = cfg.alpha_scale.max(warm);

        // Channel C: deviation from the slow level baseline.
        let r = x - self.level;
        let z_level = r.abs() / (self.level_scale + eps);
        self.level += a_level * r;
        self.level_scale += a_scale * (r.abs() - self.level_scale);

        // Channels A and B: change and value against the daily profile.
        let d = x - self.prev;
        self.prev = x;
        let (z_diff, z_season);
        if self.bin_width > 0 {
            let b = (timestamp_secs.rem_euclid(DAY) / self.bin_width) as usize;
            let k = self.day_n[b];
            let a_bin = cfg.alpha_season.max(1.0 / (k as f64 + 1.0));
            let ed = d - if k > 0 { self.day_diff[b] } else { 0.0 };
            z_diff = ed.abs() / (self.diff_scale + eps);
            self.diff_scale += a_scale * (ed.abs() - self.diff_scale);
            self.day_diff[b] += a_bin * (d - self.day_diff[b]);
            if k > 0 {
                let es = x - self.day_mean[b];
                z_season = es.abs() / (self.season_scale + eps);
                self.drift += cfg.alpha_drift * (es / (self.season_scale + eps) - self.drift);
                self.season_scale += a_scale * (es.abs() - self.season_scale);
            } else {
                z_season = z_level;
                if self.season_scale == 0.0 {
                    self.season_scale = self.level_scale;
                }
            }
            self.day_mean[b] += a_bin * (x - self.day_mean[b]);
            self.day_n[b] = k.saturating_add(1);
        } else {
            z_diff = d.abs() / (self.diff_scale + eps);
            self.diff_scale += a_scale * (d.abs() - self.diff_scale);
            z_season = z_level;
        }

        self.n += 1;
        if self.n <= WARMUP {
            return 0.0;
        }
        let day_bin = if self.bin_width > 0 {
            Some((timestamp_secs.rem_euclid(DAY) * DAY_PEAK_BINS as i64 / DAY) as usize)
        } else {
            None
        };
        let s_diff = self.cal_diff.surprise(z_diff.ln_1p(), cfg, day_bin);
        let s_level = self.cal_level.surprise(z_level.ln_1p(), cfg, day_bin);
        let s_season = self.cal_season.surprise(z_season.ln_1p(), cfg, day_bin);
        let z_drift = self.drift.abs() / (cfg.alpha_drift / (2.0 - cfg.alpha_drift)).sqrt();
        let s_drift = if cfg.alpha_drift > 0.0 { self.cal_drift.surprise(z_drift.ln_1p(), cfg, day_bin) } else { f64::NEG_INFINITY };
        // Anomalous if the change is unexpected, or if the value is explained
        // neither by the recent level nor by the daily profile.
        let s = match cfg.combine {
            0 => s_diff.max(s_level.min(s_season)),
            1 => s_diff.max(s_level.min(s_season)).max(s_drift),
            2 => s_diff.max(s_level.min(s_season).max(s_drift)),
            _ => s_diff.max(s_level.min(s_season.max(s_drift))),
        };
        if DBG { eprintln!("{} {x:.2} z {z_diff:.2} {z_level:.2} {z_season:.2} s {s_diff:.2} {s_level:.2} {s_season:.2} bw {}", self.n, self.bin_width); }
        if self.n <= cfg.learning_period as u64 {
            return 0.0;
        }
        let score = if cfg.mode == 1 {
            1.0 / (1.0 + (-cfg.surprise_scale * s).exp())
        } else {
            s / (s + cfg.surprise_scale)
        };
        let out = if score > self.recent_max { score } else { score * cfg.suppression };
        self.recent_max = (self.recent_max * cfg.refractory_decay).max(score);
        out.clamp(0.0, 1.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normal_tail() {
        // Q(0) = 0.5, Q(1.96) ~ 0.025, Q(10) ~ 7.62e-24
        assert!((neg_ln_normal_tail(0.0) - std::f64::consts::LN_2).abs() < 1e-6);
        assert!((neg_ln_normal_tail(1.959_964) - (0.025f64).ln().abs()).abs() < 1e-5);
        assert!((neg_ln_normal_tail(10.0) - (7.619_853e-24f64).ln().abs()).abs() < 1e-4);
        assert!(neg_ln_normal_tail(-3.0) < 0.01);
        assert!(neg_ln_normal_tail(1e6).is_finite());
    }
}
