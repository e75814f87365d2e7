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
    /// Time-of-day bins of the daily seasonal model (0 disables it).
    pub daily_bins: usize,
    /// EWMA weight of a seasonal bin.
    pub alpha_season: f64,
    /// Per-point decay of the running maximum used for alarm suppression.
    pub refractory_decay: f64,
    /// Factor applied to scores that do not exceed the recent maximum.
    pub suppression: f64,
    /// Scale of the surprise-to-score map `s / (s + surprise_scale)`.
    pub surprise_scale: f64,
}

impl Default for DetectorConfig {
    fn default() -> Self {
        Self {
            learning_period: 150,
            alpha_level: 0.05,
            alpha_scale: 0.01,
            alpha_history: 0.001,
            alpha_short: 0.2,
            daily_bins: 48,
            alpha_season: 0.1,
            refractory_decay: 0.99,
            suppression: 0.5,
            surprise_scale: 20.0,
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
            "daily_bins" => self.daily_bins = u()?,
            "alpha_season" => self.alpha_season = f()?,
            "refractory_decay" => self.refractory_decay = f()?,
            "suppression" => self.suppression = f()?,
            "surprise_scale" => self.surprise_scale = f()?,
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

/// Turns a channel's raw deviation into a calibrated surprise `-ln P`, in the
/// manner of Numenta's anomaly likelihood: a short-term average of the raw
/// value is compared with the long-term (exponentially weighted) normal fit of
/// that average.
#[derive(Debug, Clone, Default)]
struct Calibrator {
    n: u64,
    short: f64,
    mean: f64,
    var: f64,
}

impl Calibrator {
    #[inline]
    fn surprise(&mut self, z: f64, cfg: &DetectorConfig) -> f64 {
        if self.n == 0 {
            self.short = z;
        } else {
            self.short += cfg.alpha_short * (z - self.short);
        }
        let sd = self.var.sqrt().max(1e-3 * self.mean.abs()).max(1e-9);
        let s = if self.n < 2 { 0.0 } else { neg_ln_normal_tail((self.short - self.mean) / sd) };
        self.n += 1;
        let a = (1.0 / self.n as f64).max(cfg.alpha_history);
        let d = self.short - self.mean;
        self.mean += a * d;
        self.var = (1.0 - a) * (self.var + a * d * d);
        s
    }
}

/// Points used only to initialise the baselines and scales.
const WARMUP: u64 = 10;

/// Streaming, causal anomaly detector with O(1) memory and time per point.
///
/// See the crate documentation for the algorithm.
#[derive(Debug, Clone)]
pub struct AnomalyDetector {
    cfg: DetectorConfig,
    n: u64,
    prev: f64,
    level: f64,
    level_scale: f64,
    diff_scale: f64,
    season_mean: Vec<f64>,
    season_scale: Vec<f64>,
    season_n: Vec<u32>,
    cal_level: Calibrator,
    cal_diff: Calibrator,
    cal_season: Calibrator,
    recent_max: f64,
}

impl AnomalyDetector {
    /// Creates a detector. Memory is fixed at construction.
    pub fn new(cfg: DetectorConfig) -> Self {
        let b = cfg.daily_bins;
        Self {
            n: 0,
            prev: 0.0,
            level: 0.0,
            level_scale: 0.0,
            diff_scale: 0.0,
            season_mean: vec![0.0; b],
            season_scale: vec![0.0; b],
            season_n: vec![0; b],
            cal_level: Calibrator::default(),
            cal_diff: Calibrator::default(),
            cal_season: Calibrator::default(),
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
        }
        let eps = 1e-9 * (1.0 + self.level.abs());
        // Count-based weights while warming up, so early scales are not zero.
        let warm = 1.0 / (self.n as f64 + 1.0);
        let a_level = cfg.alpha_level.max(warm);
        let a_scale = cfg.alpha_scale.max(warm);

        // Channel 1: deviation from the slow level baseline.
        let r = x - self.level;
        let z_level = r.abs() / (self.level_scale + eps);
        self.level += a_level * r;
        self.level_scale += a_scale * (r.abs() - self.level_scale);

        // Channel 2: point-to-point change.
        let d = x - self.prev;
        let z_diff = d.abs() / (self.diff_scale + eps);
        self.diff_scale += a_scale * (d.abs() - self.diff_scale);
        self.prev = x;

        // Channel 3: deviation from the same time of day.
        let mut z_season = z_level;
        if cfg.daily_bins > 0 {
            let bins = cfg.daily_bins as i64;
            let b = (timestamp_secs.rem_euclid(86_400) * bins / 86_400) as usize;
            if self.season_n[b] >= 2 {
                let rs = x - self.season_mean[b];
                z_season = rs.abs() / (self.season_scale[b] + eps);
                self.season_mean[b] += cfg.alpha_season * rs;
                self.season_scale[b] += cfg.alpha_season * (rs.abs() - self.season_scale[b]);
            } else if self.season_n[b] == 0 {
                self.season_mean[b] = x;
                self.season_scale[b] = self.level_scale;
            } else {
                let rs = x - self.season_mean[b];
                self.season_mean[b] += 0.5 * rs;
                self.season_scale[b] = 0.5 * (self.season_scale[b] + rs.abs());
            }
            self.season_n[b] = self.season_n[b].saturating_add(1);
        }

        self.n += 1;
        if self.n <= WARMUP {
            return 0.0;
        }
        let s1 = self.cal_level.surprise(z_level.ln_1p(), cfg);
        let s2 = self.cal_diff.surprise(z_diff.ln_1p(), cfg);
        let s3 = self.cal_season.surprise(z_season.ln_1p(), cfg);
        let s = s1.max(s2).max(s3);
        if self.n <= cfg.learning_period as u64 {
            return 0.0;
        }
        let score = s / (s + cfg.surprise_scale);
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
