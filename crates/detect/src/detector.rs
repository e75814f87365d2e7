//! The streaming detector. See the crate documentation for the algorithm.

use crate::art::{ArtConfig, ArtDetector};
use crate::context::ContextNovelty;
use crate::likelihood::{Likelihood, log_likelihood};

/// Configuration of [`AnomalyDetector`]. One configuration serves every
/// series; the defaults are the benchmarked configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct DetectorConfig {
    /// Points observed before any non-zero score is emitted.
    pub learning_period: usize,
    /// EWMA weight of the level baseline.
    pub alpha_level: f64,
    /// EWMA weight of the residual scales (mean absolute deviations).
    pub alpha_scale: f64,
    /// Maximum number of time-of-day bins of the daily profile (fixed memory).
    pub max_bins: usize,
    /// EWMA weight of a daily-profile bin, per visit.
    pub alpha_season: f64,
    /// EWMA weight of the drift channel (deviation from the daily profile).
    pub alpha_drift: f64,
    /// EWMA weight of each channel's mean deviation (the target peaks decay to).
    pub alpha_history: f64,
    /// Per-point decay of a channel's recent peak towards its mean.
    pub peak_decay: f64,
    /// Per-visit decay of a channel's time-of-day peaks (negative disables them).
    pub day_decay: f64,
    /// Slope of the logistic map from novelty margin to score.
    pub score_slope: f64,
    /// Per-point decay of the running maximum of the output score.
    pub refractory_decay: f64,
    /// Alarm-rate damping: per-point decay of the count of earlier high
    /// scores (negative disables it).
    pub event_decay: f64,
    /// Alarm-rate damping: fused score that counts as an event.
    pub event_level: f64,
    /// Alarm-rate damping: score subtracted per `ln(1 + count)`.
    pub event_penalty: f64,
    /// Factor applied to a score that does not exceed that running maximum.
    pub suppression: f64,
    /// Context channel: longest context (previous bins); 0 disables the channel.
    pub ctx_order: usize,
    /// Context channel: bins across the value range of its learning points.
    pub ctx_bins: usize,
    /// Context channel: log2 of the number of remembered contexts (fixed memory).
    pub ctx_bits: u32,
    /// Ensemble: bins of a second context channel at another resolution,
    /// with its own likelihood; the two log-likelihoods are averaged
    /// (0 disables it).
    pub ctx_bins2: usize,
    /// Points used to learn the context channel's value range.
    pub ctx_learn: usize,
    /// Likelihood of the context channel: moving-average length of its raw novelty.
    pub lik_window: usize,
    /// Likelihood of the context channel: EW weight of the long-run mean/variance.
    pub lik_alpha: f64,
    /// Likelihood of the context channel: floor of the long-run standard deviation.
    pub lik_min_std: f64,
    /// Weight of the novelty-margin score in the fused score.
    pub novelty_weight: f64,
    /// Weight of the context channel's log-likelihood in the fused score.
    pub ctx_weight: f64,
    /// Spatial anomaly (as in Numenta's NAB detector): a value beyond the
    /// range seen so far by more than this fraction of the range scores at
    /// least [`spatial_score`](Self::spatial_score). Negative disables it.
    /// 0.05 (the default) is Numenta's value; on its own it also fires on new
    /// records of Gaussian noise, which [`spatial_min_dev`](Self::spatial_min_dev) prevents.
    pub spatial_tolerance: f64,
    /// Spatial anomaly: the excess beyond the range must also be at least
    /// this many mean absolute deviations of the level (so new records of
    /// plain noise do not count).
    pub spatial_min_dev: f64,
    /// False-alarm budget by level: the fused score `s` is lowered by
    /// `budget_penalty * ln(1 + c(s))`, `c(s)` the decayed count of earlier
    /// fused scores at least about as high as `s` (a histogram of 16 bins
    /// over `[0.4, 1]`, one bin of tolerance). A series that often scored
    /// this high needs more to alarm; a score higher than any before is not
    /// lowered. 0 disables it.
    pub budget_penalty: f64,
    /// Per-point decay of the false-alarm budget's histogram.
    pub budget_decay: f64,
    /// Minimum score of a spatial anomaly.
    pub spatial_score: f64,
    /// Points after a spatial anomaly during which further ones are not reported.
    pub spatial_gap: u64,
    /// False-alarm budget of the spatial rule: its score is lowered by
    /// `spatial_damping * ln(1 + c)`, `c` the alarm-rate damping's decayed
    /// count of earlier high scores (0 leaves the rule undamped).
    pub spatial_damping: f64,
    /// ARTime-style detector ([`crate::art`]) fused by maximum: the output
    /// is at least `art_weight` times its score (0 disables it).
    pub art_weight: f64,
    /// ARTime-style detector added to the fused score before the
    /// false-alarm budget and refractory rules: `+ art_bonus * score`
    /// (0 disables it).
    pub art_bonus: f64,
    /// ARTime-style detector: probation points (value range learned on them).
    pub art_probation: usize,
    /// ARTime-style detector: widening of the probation range per side.
    pub art_margin: f64,
    /// ARTime-style detector: largest number of categories kept.
    pub art_categories: usize,
    /// ARTime-style detector: where the maximum is taken: 0 on the output
    /// (after the false-alarm rules), 1 on the fused score before the
    /// false-alarm budget (so its alarms are budgeted too), 2 after the
    /// budget and before the refractory rule.
    pub art_stage: usize,
    /// ARTime-style detector: its score counts only when the fused score
    /// (before the false-alarm rules) reached at least this level within the
    /// last few points (a decayed maximum, 0.9 per point): both detectors must
    /// see something (0 disables the gate).
    pub art_gate: f64,
    /// A second ARTime-style detector with this probation (so another
    /// downsampling step: probation / 104 points), fused by the same
    /// maximum (0 disables it).
    pub art2_probation: usize,
    /// Time-of-day alarm budget (experiment, not searched: see
    /// BENCHMARKS.md): the fused score is lowered by
    /// `day_budget_penalty * ln(1 + c)`, `c` the decayed count of earlier
    /// fused scores >= [`event_level`](Self::event_level) in the same 30-min
    /// bin of the day and its two neighbours, less
    /// [`day_budget_excess`](Self::day_budget_excess) times the share of all
    /// such scores three bins would hold if they were spread evenly over the
    /// day (0 disables it). Alarms that recur at one time of day are damped.
    pub day_budget_penalty: f64,
    /// Time-of-day alarm budget: per-point decay of the counts.
    pub day_budget_decay: f64,
    /// Time-of-day alarm budget: multiple of the even share not counted
    /// (0 counts every earlier high score of the bins).
    pub day_budget_excess: f64,
    /// Refractory on the final output, after the ARTime-style and spatial
    /// parts are fused: an output not above the decayed maximum (this decay
    /// per point) of the earlier outputs is reported at
    /// [`suppression`](Self::suppression), so one event raises one alarm row
    /// whichever part reports it (0 disables it).
    pub out_refractory: f64,
}

impl Default for DetectorConfig {
    fn default() -> Self {
        Self {
            learning_period: 150,
            alpha_level: 0.05,
            alpha_scale: 0.003,
            max_bins: 288,
            alpha_season: 0.1,
            alpha_drift: 0.05,
            alpha_history: 0.001,
            peak_decay: 0.985,
            day_decay: 0.98,
            score_slope: 3.0,
            refractory_decay: 0.999,
            suppression: 0.2,
            event_decay: 0.9995,
            event_level: 0.55,
            event_penalty: 0.02,
            ctx_order: 2,
            ctx_bins: 8,
            ctx_bits: 12,
            ctx_bins2: 0,
            ctx_learn: 150,
            lik_window: 10,
            lik_alpha: 0.005,
            lik_min_std: 0.08,
            novelty_weight: 1.0,
            ctx_weight: 0.6,
            spatial_tolerance: 0.05,
            spatial_min_dev: 1.0,
            budget_penalty: 0.04,
            budget_decay: 0.9995,
            spatial_score: 1.0,
            spatial_gap: 100,
            spatial_damping: 0.0,
            art_weight: 0.65,
            art_bonus: 0.0,
            art_probation: 750,
            art_margin: 0.25,
            art_categories: 128,
            art_stage: 0,
            art_gate: 0.0,
            art2_probation: 0,
            day_budget_penalty: 0.0,
            day_budget_decay: 0.9995,
            day_budget_excess: 0.0,
            out_refractory: 0.0,
        }
    }
}

impl DetectorConfig {
    /// Sets a field by name from a string (used by the benchmark for ablations).
    pub fn set(&mut self, key: &str, value: &str) -> Result<(), String> {
        let f = || value.parse::<f64>().map_err(|e| format!("{key}={value}: {e}"));
        let u = || value.parse::<usize>().map_err(|e| format!("{key}={value}: {e}"));
        match key {
            "learning_period" => self.learning_period = u()?,
            "alpha_level" => self.alpha_level = f()?,
            "alpha_scale" => self.alpha_scale = f()?,
            "max_bins" => self.max_bins = u()?,
            "alpha_season" => self.alpha_season = f()?,
            "alpha_drift" => self.alpha_drift = f()?,
            "alpha_history" => self.alpha_history = f()?,
            "peak_decay" => self.peak_decay = f()?,
            "day_decay" => self.day_decay = f()?,
            "score_slope" => self.score_slope = f()?,
            "refractory_decay" => self.refractory_decay = f()?,
            "event_decay" => self.event_decay = f()?,
            "event_level" => self.event_level = f()?,
            "event_penalty" => self.event_penalty = f()?,
            "suppression" => self.suppression = f()?,
            "ctx_order" => self.ctx_order = u()?,
            "ctx_bins" => self.ctx_bins = u()?,
            "ctx_bits" => self.ctx_bits = u()? as u32,
            "ctx_bins2" => self.ctx_bins2 = u()?,
            "ctx_learn" => self.ctx_learn = u()?,
            "lik_window" => self.lik_window = u()?,
            "lik_alpha" => self.lik_alpha = f()?,
            "lik_min_std" => self.lik_min_std = f()?,
            "novelty_weight" => self.novelty_weight = f()?,
            "ctx_weight" => self.ctx_weight = f()?,
            "spatial_tolerance" => self.spatial_tolerance = f()?,
            "spatial_min_dev" => self.spatial_min_dev = f()?,
            "budget_penalty" => self.budget_penalty = f()?,
            "budget_decay" => self.budget_decay = f()?,
            "spatial_score" => self.spatial_score = f()?,
            "spatial_gap" => self.spatial_gap = u()? as u64,
            "spatial_damping" => self.spatial_damping = f()?,
            "art_weight" => self.art_weight = f()?,
            "art_bonus" => self.art_bonus = f()?,
            "art_probation" => self.art_probation = u()?,
            "art_margin" => self.art_margin = f()?,
            "art_categories" => self.art_categories = u()?,
            "art_stage" => self.art_stage = u()?,
            "art_gate" => self.art_gate = f()?,
            "art2_probation" => self.art2_probation = u()?,
            "day_budget_penalty" => self.day_budget_penalty = f()?,
            "day_budget_decay" => self.day_budget_decay = f()?,
            "day_budget_excess" => self.day_budget_excess = f()?,
            "out_refractory" => self.out_refractory = f()?,
            _ => return Err(format!("unknown config key {key:?}")),
        }
        Ok(())
    }
}

/// Bins of the false-alarm budget's score histogram, over `[BUDGET_LO, 1]`.
const BUDGET_BINS: usize = 16;
const BUDGET_LO: f64 = 0.4;

/// Decayed histogram of a series' earlier fused scores (lazy decay: counts
/// are stored multiplied by a growing weight).
#[derive(Debug, Clone)]
struct Budget {
    bins: [f64; BUDGET_BINS],
    weight: f64,
}

impl Budget {
    fn bin(s: f64) -> Option<usize> {
        (s >= BUDGET_LO)
            .then(|| (((s - BUDGET_LO) / (1.0 - BUDGET_LO) * BUDGET_BINS as f64) as usize).min(BUDGET_BINS - 1))
    }

    /// Decayed count of earlier scores in the bin of `s` or above, or one bin below.
    fn count_at_least(&self, s: f64) -> f64 {
        match Self::bin(s) {
            Some(b) => self.bins[b.saturating_sub(1)..].iter().sum::<f64>() / self.weight,
            None => 0.0,
        }
    }

    fn push(&mut self, s: f64, decay: f64) {
        self.weight /= decay;
        if self.weight > 1e100 {
            for b in &mut self.bins {
                *b /= self.weight;
            }
            self.weight = 1.0;
        }
        if let Some(b) = Self::bin(s) {
            self.bins[b] += self.weight;
        }
    }
}

/// Decayed counts of high fused scores per time-of-day bin (the
/// time-of-day alarm budget); each bin decays lazily from the point it was
/// last read.
#[derive(Debug, Clone)]
struct DayBudget {
    bins: [(f32, u32); DAY_PEAK_BINS],
    /// Decayed count over all bins.
    total: f64,
}

impl DayBudget {
    /// Penalty of a fused score `raw` in day bin `b` at point `now`, then
    /// counts it if it is high.
    fn apply(&mut self, b: usize, now: u32, raw: f64, cfg: &DetectorConfig) -> f64 {
        let nb = DAY_PEAK_BINS;
        let mut c = 0.0;
        for j in [(b + nb - 1) % nb, b, (b + 1) % nb] {
            let (v, at) = &mut self.bins[j];
            *v *= (cfg.day_budget_decay as f32).powi(now.wrapping_sub(*at).min(i32::MAX as u32) as i32);
            *at = now;
            c += f64::from(*v);
        }
        let even = self.total * 3.0 / nb as f64;
        let c = (c - cfg.day_budget_excess * even).max(0.0);
        self.total *= cfg.day_budget_decay;
        if raw >= cfg.event_level {
            self.bins[b].0 += 1.0;
            self.total += 1.0;
        }
        cfg.day_budget_penalty * c.ln_1p()
    }
}

/// Time-of-day bins (30 min) of the peak memory.
const DAY_PEAK_BINS: usize = 48;
/// Points used only to initialise the baselines, scales and sampling interval.
const WARMUP: u64 = 10;
const DAY: i64 = 86_400;

/// Record-novelty calibration of one channel: the channel's deviation
/// `u = ln(1 + z)` is compared with the largest deviation it showed recently
/// (a peak that decays towards the channel's mean) and at the same time of
/// day on earlier days (30-min bins, the bin and its neighbours). The margin
/// `u - reference` is the evidence: deviations that recur (every day, or
/// every few hundred points) are not novel; an excursion larger than anything
/// in memory is.
#[derive(Debug, Clone)]
struct Novelty {
    n: u64,
    mean: f64,
    peak: f64,
    day_peak: [f64; DAY_PEAK_BINS],
}

impl Default for Novelty {
    fn default() -> Self {
        Self { n: 0, mean: 0.0, peak: 0.0, day_peak: [0.0; DAY_PEAK_BINS] }
    }
}

impl Novelty {
    #[inline]
    fn margin(&mut self, u: f64, cfg: &DetectorConfig, day_bin: Option<usize>) -> f64 {
        if self.n == 0 {
            self.mean = u;
            self.peak = u;
        }
        let m = self.mean;
        let mut reference = self.peak;
        if let (Some(b), true) = (day_bin, cfg.day_decay >= 0.0) {
            let nb = DAY_PEAK_BINS;
            reference =
                reference.max(self.day_peak[(b + nb - 1) % nb]).max(self.day_peak[b]).max(self.day_peak[(b + 1) % nb]);
            self.day_peak[b] = u.max(m + (self.day_peak[b] - m) * cfg.day_decay);
        }
        let s = if self.n < 2 { 0.0 } else { u - reference };
        self.n += 1;
        self.mean += (1.0 / self.n as f64).max(cfg.alpha_history) * (u - m);
        self.peak = u.max(m + (self.peak - m) * cfg.peak_decay);
        s
    }
}

/// Streaming, causal anomaly detector with O(1) memory and time per point.
///
/// Memory is bounded (24,752 bytes at most with the default 288 profile bins,
/// 4096-entry context table, which fills as contexts are seen, and 128 ART
/// categories, made as needed); each [`update`](Self::update) does a bounded
/// amount of work. See the crate documentation for the algorithm.
#[derive(Debug, Clone)]
pub struct AnomalyDetector {
    cfg: DetectorConfig,
    n: u64,
    prev: f64,
    prev_ts: i64,
    min_dt: i64,
    /// Width of a daily-profile bin in seconds (0 until known, or disabled).
    bin_width: i64,
    level: f64,
    level_scale: f64,
    diff_scale: f64,
    season_scale: f64,
    /// EWMA of the standardised deviation from the daily profile.
    drift: f64,
    /// Expected change at each time of day.
    day_diff: Box<[f64]>,
    /// Expected value at each time of day.
    day_mean: Box<[f64]>,
    day_n: Box<[u16]>,
    nov_diff: Novelty,
    nov_level: Novelty,
    nov_season: Novelty,
    nov_drift: Novelty,
    recent_max: f64,
    /// Decayed count of earlier high fused scores.
    events: f64,
    budget: Budget,
    /// Smallest and largest value seen so far (spatial anomaly).
    min_seen: f64,
    max_seen: f64,
    since_spatial: u64,
    ctx: ContextNovelty,
    ctx_lik: Likelihood,
    ctx2: ContextNovelty,
    ctx2_lik: Likelihood,
    /// The ARTime-style detector, when fused (`art_weight` or `art_bonus` > 0).
    art: Option<Box<ArtDetector>>,
    /// The second ARTime-style detector (`art2_probation` > 0).
    art2: Option<Box<ArtDetector>>,
    /// Decayed recent maximum of the fused score (the ART gate).
    fused_hold: f64,
    /// Last novelty-margin score and context log-likelihood (diagnostics).
    parts: [f64; 2],
    /// The time-of-day alarm budget (`day_budget_penalty` > 0).
    day_budget: Option<Box<DayBudget>>,
    /// Decayed maximum of earlier outputs (`out_refractory`).
    out_max: f64,
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
            drift: 0.0,
            day_diff: vec![0.0; b].into(),
            day_mean: vec![0.0; b].into(),
            day_n: vec![0; b].into(),
            nov_diff: Novelty::default(),
            nov_level: Novelty::default(),
            nov_season: Novelty::default(),
            nov_drift: Novelty::default(),
            recent_max: 0.0,
            events: 0.0,
            budget: Budget { bins: [0.0; BUDGET_BINS], weight: 1.0 },
            min_seen: f64::INFINITY,
            max_seen: f64::NEG_INFINITY,
            since_spatial: u64::MAX,
            ctx: ContextNovelty::new(cfg.ctx_order, cfg.ctx_bins, cfg.ctx_learn as u64, cfg.ctx_bits),
            ctx_lik: Likelihood::new(cfg.lik_window, cfg.lik_alpha, cfg.lik_min_std),
            ctx2: ContextNovelty::new(
                cfg.ctx_order,
                cfg.ctx_bins2.max(1),
                cfg.ctx_learn as u64,
                if cfg.ctx_bins2 > 0 { cfg.ctx_bits } else { 4 },
            ),
            ctx2_lik: Likelihood::new(cfg.lik_window, cfg.lik_alpha, cfg.lik_min_std),
            parts: [0.0; 2],
            day_budget: (cfg.day_budget_penalty > 0.0)
                .then(|| Box::new(DayBudget { bins: [(0.0, 0); DAY_PEAK_BINS], total: 0.0 })),
            out_max: 0.0,
            fused_hold: 0.0,
            art2: (cfg.art2_probation > 0 && (cfg.art_weight > 0.0 || cfg.art_bonus > 0.0)).then(|| {
                Box::new(ArtDetector::new(ArtConfig {
                    probation: cfg.art2_probation,
                    margin: cfg.art_margin,
                    max_categories: cfg.art_categories,
                }))
            }),
            art: (cfg.art_weight > 0.0 || cfg.art_bonus > 0.0).then(|| {
                Box::new(ArtDetector::new(ArtConfig {
                    probation: cfg.art_probation,
                    margin: cfg.art_margin,
                    max_categories: cfg.art_categories,
                }))
            }),
            cfg,
        }
    }

    /// The configuration in use.
    pub fn config(&self) -> &DetectorConfig {
        &self.cfg
    }

    /// The two channel scores behind the last output, both in `[0, 1]`:
    /// the novelty-margin score and the context channel's log-likelihood
    /// (for diagnostics; zero while learning).
    pub fn last_parts(&self) -> [f64; 2] {
        self.parts
    }

    /// Bytes of state of one detector now: the struct itself plus its
    /// tables (daily profile, context table: sparse until it fills).
    pub fn memory_bytes(&self) -> usize {
        std::mem::size_of::<Self>()
            + self.day_diff.len() * std::mem::size_of::<f64>()
            + self.day_mean.len() * std::mem::size_of::<f64>()
            + self.day_n.len() * std::mem::size_of::<u16>()
            + self.ctx.table_bytes()
            + self.ctx2.table_bytes()
            + self.art.as_ref().map_or(0, |a| a.memory_bytes())
            + self.art2.as_ref().map_or(0, |a| a.memory_bytes())
            + self.day_budget.as_ref().map_or(0, |d| std::mem::size_of_val(&**d))
    }

    /// Points seen so far (non-finite values are not counted).
    pub fn points(&self) -> u64 {
        self.n
    }

    /// Feeds one observation and returns its anomaly score in `[0, 1]`.
    ///
    /// The score uses only this and earlier observations. It is 0 during the
    /// learning period. Non-finite values are ignored (score 0, state
    /// unchanged). Timestamps may repeat or go backwards; they only select
    /// the time-of-day bin.
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
            // Profile bins no finer than the sampling interval.
            let bins = (DAY / self.min_dt).min(cfg.max_bins as i64).max(1);
            self.bin_width = (DAY + bins - 1) / bins;
        }
        // Spatial anomaly: outside the range seen so far by a margin.
        let spatial = cfg.spatial_tolerance >= 0.0 && self.max_seen > self.min_seen && {
            let tol =
                ((self.max_seen - self.min_seen) * cfg.spatial_tolerance).max(cfg.spatial_min_dev * self.level_scale);
            x > self.max_seen + tol || x < self.min_seen - tol
        };
        self.min_seen = self.min_seen.min(x);
        self.max_seen = self.max_seen.max(x);
        let eps = 1e-9 * (1.0 + self.level.abs());
        // Count-based weights while warming up, so early scales are not zero.
        let warm = 1.0 / (self.n as f64 + 1.0);
        let a_level = cfg.alpha_level.max(warm);
        let a_scale = cfg.alpha_scale.max(warm);

        // Level channel: deviation from the EWMA baseline.
        let r = x - self.level;
        let z_level = r.abs() / (self.level_scale + eps);
        self.level += a_level * r;
        self.level_scale += a_scale * (r.abs() - self.level_scale);

        // Change, seasonal and drift channels: against the daily profile.
        let d = x - self.prev;
        self.prev = x;
        let (z_diff, z_season);
        let mut day_bin = None;
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
            day_bin = Some((timestamp_secs.rem_euclid(DAY) * DAY_PEAK_BINS as i64 / DAY) as usize);
        } else {
            z_diff = d.abs() / (self.diff_scale + eps);
            self.diff_scale += a_scale * (d.abs() - self.diff_scale);
            z_season = z_level;
        }

        // Context channel: novelty of the recent bin sequence, turned into a
        // likelihood (how unusual is this much novelty for this series).
        let art = self.art.as_mut().map_or(0.0, |a| a.update(x));
        let art = art.max(self.art2.as_mut().map_or(0.0, |a| a.update(x)));
        let ctx_tail = if cfg.ctx_order > 0 { self.ctx_lik.update(self.ctx.update(x)) } else { 0.5 };
        let ctx2_tail =
            if cfg.ctx_order > 0 && cfg.ctx_bins2 > 0 { Some(self.ctx2_lik.update(self.ctx2.update(x))) } else { None };
        self.n += 1;
        if self.n <= WARMUP {
            return 0.0;
        }
        // EWMA of N(0,1) noise has standard deviation sqrt(a / (2 - a)).
        let z_drift = self.drift.abs() / (cfg.alpha_drift / (2.0 - cfg.alpha_drift)).sqrt().max(1e-12);
        let s_diff = self.nov_diff.margin(z_diff.ln_1p(), cfg, day_bin);
        let s_level = self.nov_level.margin(z_level.ln_1p(), cfg, day_bin);
        let s_season = self.nov_season.margin(z_season.ln_1p(), cfg, day_bin);
        let s_drift = self.nov_drift.margin(z_drift.ln_1p(), cfg, day_bin);
        // Anomalous if the change is novel, or if the value is novel both
        // against the recent level and against the daily profile.
        let s = s_diff.max(s_level.min(s_season.max(s_drift)));
        let score = 1.0 / (1.0 + (-cfg.score_slope * s).exp());
        if self.n <= cfg.learning_period as u64 {
            return 0.0;
        }
        // Fusion: weighted mean of the novelty score and the context
        // channel's log-likelihood (both in [0, 1]).
        let (wn, wc) = if cfg.ctx_order > 0 { (cfg.novelty_weight, cfg.ctx_weight) } else { (1.0, 0.0) };
        let ll = match ctx2_tail {
            Some(t2) => 0.5 * (log_likelihood(ctx_tail) + log_likelihood(t2)),
            None => log_likelihood(ctx_tail),
        };
        self.parts = [score, ll];
        let mut score = (wn * score + wc * ll) / (wn + wc).max(1e-12);
        self.fused_hold = score.max(0.9 * self.fused_hold);
        let art = if self.fused_hold >= cfg.art_gate { art } else { 0.0 };
        score += cfg.art_bonus * art;
        if cfg.art_stage == 1 {
            score = score.max(cfg.art_weight * art);
        }
        // Alarm-rate damping: the more high scores this series produced
        // recently (~2000 points), the less a new one of the same size says.
        let events_before = self.events;
        let raw = score;
        if cfg.budget_penalty > 0.0 {
            score -= cfg.budget_penalty * self.budget.count_at_least(raw).ln_1p();
            self.budget.push(raw, cfg.budget_decay);
        }
        if cfg.event_decay >= 0.0 {
            score -= cfg.event_penalty * self.events.ln_1p();
            self.events *= cfg.event_decay;
            if raw >= cfg.event_level {
                self.events += 1.0;
            }
        }
        if let (Some(days), Some(b)) = (self.day_budget.as_mut(), day_bin) {
            score -= days.apply(b, self.n as u32, raw, cfg);
        }
        if cfg.art_stage == 2 {
            score = score.max(cfg.art_weight * art);
        }
        // Refractory: only a score above the recent maximum is reported in full.
        let mut out = if score > self.recent_max { score } else { score * cfg.suppression };
        self.recent_max = (self.recent_max * cfg.refractory_decay).max(score);
        // A spatial anomaly is reported on its own refractory clock.
        self.since_spatial = self.since_spatial.saturating_add(1);
        if spatial {
            if self.since_spatial > cfg.spatial_gap {
                out = out.max(cfg.spatial_score - cfg.spatial_damping * events_before.ln_1p());
            }
            self.since_spatial = 0;
        }
        if cfg.art_stage == 0 {
            out = out.max(cfg.art_weight * art);
        }
        if cfg.out_refractory > 0.0 {
            let held = self.out_max;
            self.out_max = (self.out_max * cfg.out_refractory).max(out);
            if out <= held {
                out *= cfg.suppression;
            }
        }
        if out.is_nan() { 0.0 } else { out.clamp(0.0, 1.0) }
    }
}
