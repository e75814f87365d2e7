//! An ARTime-style detector: adaptive resonance theory (dual-vigilance fuzzy
//! ART) over a sliding window of a downsampled, normalised series.
//!
//! Re-implemented from the description of ARTime (M. Hampton, the top
//! detector of NAB's scoreboard), with the changes streaming needs here:
//!
//! * **Causal normalisation.** ARTime normalises by the minimum and maximum
//!   of the whole file (NAB hands them to every detector). Here the range is
//!   the one of the probation points, widened by [`ArtConfig::margin`] of
//!   itself on each side; later values are clamped into it.
//! * **Bounded memory.** ARTime keeps every category it ever created. Here
//!   at most [`ArtConfig::max_categories`] are kept; a new one replaces the
//!   category that resonated least recently.
//! * **Fixed probation.** ARTime's probation is 15 % of the file (known in
//!   advance); here it is [`ArtConfig::probation`] points.
//!
//! The algorithm per downsampled point (one every `step` raw points, `step`
//! chosen so the probation holds about 13 feature windows):
//! 1. Downsample: the block's extreme (the side farther from a running
//!    average) unless it is within 10 % of the block mean, then the mean.
//! 2. Normalise to `[0, 1]`, quantise to 80 levels, snap to the running
//!    median level if within 0.075 of it.
//! 3. Features: the last 8 values, min-max scaled, their Haar wavelet
//!    coefficients (min-max scaled), and the 8 values themselves; complement
//!    coded (32 numbers).
//! 4. Fuzzy ART: match of a category `w` is `(|min(x, w)| / |w|)^3 * e^2`,
//!    `e` the match on the newest value alone ("energy"). Categories matching
//!    above the upper vigilance learn (`w = min(x, w)`); otherwise a match
//!    above the lower vigilance adds a category to a known cluster; otherwise
//!    a new cluster is made, which is an anomaly candidate.
//! 5. The vigilances adapt: initialised from an ART run over the probation
//!    windows ordered by typicality, then moved with the running mean of
//!    matches (upper) and the smallest recent match (lower), and after each
//!    anomaly. After an anomaly or a new cluster, further new clusters are
//!    masked unless they match much worse than the last anomaly.
//! 6. Score of an anomaly: how far the match falls below the two vigilances,
//!    plus the energy mismatch; 0 for every other point.
//!
//! Memory: the category table (`max_categories` rows of 32 bytes: weights
//! quantised to 8 bits, plus 8 bytes of bookkeeping), grown as categories
//! are made, the probation buffer (freed after it) and two ring buffers of
//! vigilance statistics; at most 6,848 bytes of tables with the defaults.

/// Feature window length (downsampled points).
const WIN: usize = 8;
/// Feature length before complement coding.
const DIM: usize = 2 * WIN;
/// Complement-coded feature length.
const DIMC: usize = 2 * DIM;
/// Quantisation levels of the normalised value.
const LEVELS: usize = 80;
/// Feature windows per probation.
const WINDOWS_PER_PROBATION: usize = 13;
/// Snap to the running median level within this distance.
const CHOMP: f64 = 0.075;
/// Initial vigilance of the ordering run.
const INITIAL_RHO: f64 = 0.8;

/// Configuration of [`ArtDetector`].
#[derive(Debug, Clone, PartialEq)]
pub struct ArtConfig {
    /// Raw points before any score; the value range is learned on them.
    pub probation: usize,
    /// Widening of the probation range on each side, as a fraction of it.
    pub margin: f64,
    /// Largest number of categories kept (fixed memory).
    pub max_categories: usize,
}

impl Default for ArtConfig {
    fn default() -> Self {
        Self { probation: 750, margin: 0.25, max_categories: 128 }
    }
}

#[derive(Debug, Clone, Copy)]
struct Match {
    /// Best match over all categories.
    a: f64,
    /// Energy match of that category.
    ae: f64,
    /// -1: a new cluster was made; 0: learned or added to a cluster.
    new_cluster: bool,
}

/// Category weights are stored quantised: `[0, 1]` as `0..=Q_MAX`.
type Q = u8;
const Q_MAX: f64 = Q::MAX as f64;

fn quantise(x: &[f64; DIMC]) -> [Q; DIMC] {
    let mut q = [0; DIMC];
    for (qk, &xk) in q.iter_mut().zip(x) {
        *qk = (xk.clamp(0.0, 1.0) * Q_MAX).round() as Q;
    }
    q
}

/// Dual-vigilance fuzzy ART with a bounded category table.
#[derive(Debug, Clone)]
struct Dvfa {
    rho_lb: f64,
    rho_ub: f64,
    w: Vec<[Q; DIMC]>,
    last_used: Vec<u32>,
    cap: usize,
    clock: u32,
    /// Match of each category to the current sample.
    m: Vec<f32>,
}

impl Dvfa {
    fn new(cap: usize) -> Self {
        let cap = cap.max(1);
        Self { rho_lb: 0.0, rho_ub: 0.0, w: Vec::new(), last_used: Vec::new(), cap, clock: 0, m: Vec::new() }
    }

    fn set_rho(&mut self, lb: f64, ub: f64) {
        self.rho_lb = lb;
        self.rho_ub = ub;
    }

    fn commit(&mut self, x: &[Q; DIMC]) {
        if self.w.len() < self.cap {
            if self.w.len() == self.w.capacity() {
                // Grow by doubling, never beyond the cap.
                let more = self.w.len().max(4).min(self.cap - self.w.len());
                self.w.reserve_exact(more);
                self.last_used.reserve_exact(more);
                self.m.reserve_exact(more);
            }
            self.w.push(*x);
            self.last_used.push(self.clock);
            self.m.push(0.0);
        } else {
            let j =
                (0..self.w.len()).min_by_key(|&j| u32::MAX - self.clock.wrapping_sub(self.last_used[j])).unwrap_or(0);
            self.w[j] = *x;
            self.last_used[j] = self.clock;
        }
    }

    /// Presents one complement-coded sample; learns if `learn`.
    fn train(&mut self, x: &[f64; DIMC], learn: bool) -> Match {
        let x = &quantise(x);
        self.clock = self.clock.wrapping_add(1);
        if self.w.is_empty() {
            // The first sample founds the first category (no match recorded).
            if learn {
                self.commit(x);
            }
            return Match { a: 0.0, ae: 0.0, new_cluster: false };
        }
        let (ei, ee) = (DIM - 1, DIMC - 1);
        let mut best = (-1.0f64, 0.0f64, 0usize);
        for j in 0..self.w.len() {
            let w = &self.w[j];
            let (mut num, mut den) = (0u32, 0u32);
            for k in 0..DIMC {
                num += x[k].min(w[k]) as u32;
                den += w[k] as u32;
            }
            let fs = if den == 0 { num as f64 / (0.001 * Q_MAX) } else { num as f64 / den as f64 };
            let we = w[ei] as u32 + w[ee] as u32;
            let es = if we > 0 { (x[ei].min(w[ei]) as u32 + x[ee].min(w[ee]) as u32) as f64 / we as f64 } else { 0.0 };
            let m = fs * fs * fs * es * es;
            self.m[j] = m as f32;
            if m > best.0 {
                best = (m, es, j);
            }
        }
        let (a, ae, jb) = best;
        let mut out = Match { a, ae, new_cluster: false };
        if !learn {
            return out;
        }
        let mut resonated = false;
        for j in 0..self.w.len() {
            if f64::from(self.m[j]) >= self.rho_ub {
                // Fast learning: the category shrinks to `min(x, w)`.
                for (wk, &xk) in self.w[j].iter_mut().zip(x) {
                    *wk = (*wk).min(xk);
                }
                self.last_used[j] = self.clock;
                resonated = true;
            }
        }
        if !resonated {
            if a >= self.rho_lb {
                // A new category of a known cluster.
                self.last_used[jb] = self.clock;
                self.commit(x);
            } else {
                self.commit(x);
                out.new_cluster = true;
            }
        }
        out
    }
}

/// Streaming ARTime-style detector (see the module documentation).
#[derive(Debug, Clone)]
pub struct ArtDetector {
    cfg: ArtConfig,
    /// Raw points seen.
    n: usize,
    step: usize,
    trend_window: usize,
    mask: usize,
    block: Vec<f64>,
    ds_avg: f64,
    /// Downsampled index (1-based as the points are produced).
    dsi: usize,
    /// Raw downsampled values of the probation (normalised at its end).
    pending: Vec<f64>,
    lo: f64,
    hi: f64,
    min_seen: f64,
    max_seen: f64,
    med_bins: [u32; LEVELS + 1],
    med_total: u32,
    fwin: [f64; WIN],
    art: Dvfa,
    // Adaptation state.
    last_anomaly_i: usize,
    last_anomaly_sim: f64,
    last_rho_update_i: usize,
    mask_after_cat: bool,
    no_new_cat_count: usize,
    anomaly_sim_sum: f64,
    anomaly_sim_n: usize,
    anomaly_sim_last: f64,
    rho_ub_sum: f64,
    rho_ub_n: u64,
    sim_window: Vec<f64>,
    sim_pos: usize,
    diff_window: Vec<f64>,
    diff_pos: usize,
}

impl ArtDetector {
    /// Creates a detector; the trend windows are allocated when its probation ends, the category
    /// table as it learns.
    pub fn new(cfg: ArtConfig) -> Self {
        let probation = cfg.probation.max(2 * WIN);
        let step = (probation / (WIN * WINDOWS_PER_PROBATION)).max(1);
        let trend_window = (probation / step).max(WIN + 1);
        let art = Dvfa::new(cfg.max_categories);
        Self {
            n: 0,
            step,
            trend_window,
            mask: WIN * 3 / 2,
            block: Vec::with_capacity(step),
            ds_avg: 0.0,
            dsi: 0,
            pending: Vec::new(),
            lo: 0.0,
            hi: 1.0,
            min_seen: f64::INFINITY,
            max_seen: f64::NEG_INFINITY,
            med_bins: [0; LEVELS + 1],
            med_total: 0,
            fwin: [0.0; WIN],
            art,
            last_anomaly_i: 0,
            last_anomaly_sim: 0.0,
            last_rho_update_i: 0,
            mask_after_cat: false,
            no_new_cat_count: 0,
            anomaly_sim_sum: 0.0,
            anomaly_sim_n: 0,
            anomaly_sim_last: 0.0,
            rho_ub_sum: 0.0,
            rho_ub_n: 0,
            sim_window: Vec::new(),
            sim_pos: 0,
            diff_window: Vec::new(),
            diff_pos: 0,
            cfg,
        }
    }

    /// Bytes of state (struct and its tables at full size).
    pub fn memory_bytes(&self) -> usize {
        let a = &self.art;
        std::mem::size_of::<Self>()
            + a.w.capacity() * DIMC * std::mem::size_of::<Q>()
            + a.last_used.capacity() * std::mem::size_of::<u32>()
            + a.m.capacity() * std::mem::size_of::<f32>()
            + (self.block.capacity() + self.pending.capacity() + self.sim_window.len() + self.diff_window.len()) * 8
    }

    /// Largest [`memory_bytes`](Self::memory_bytes) of this configuration
    /// (the category table full, the probation buffer held).
    pub fn max_memory_bytes(&self) -> usize {
        std::mem::size_of::<Self>()
            + self.art.cap * (DIMC * std::mem::size_of::<Q>() + 8)
            + (self.step + self.trend_window + (self.trend_window / 2 + 1) + (self.trend_window + 1)) * 8
    }

    /// Feeds one value; returns the anomaly score in `[0, 1]` (0 for most points).
    pub fn update(&mut self, x: f64) -> f64 {
        if !x.is_finite() {
            return 0.0;
        }
        self.n += 1;
        if self.dsi < self.trend_window {
            self.min_seen = self.min_seen.min(x);
            self.max_seen = self.max_seen.max(x);
        }
        self.block.push(x);
        if self.block.len() < self.step {
            return 0.0;
        }
        let len = self.block.len() as f64;
        let mean = self.block.iter().sum::<f64>() / len;
        let max = self.block.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let min = self.block.iter().copied().fold(f64::INFINITY, f64::min);
        self.block.clear();
        self.dsi += 1;
        if self.dsi == 1 {
            self.ds_avg = mean;
        }
        self.ds_avg = 0.5 * (self.ds_avg + mean);
        let mut ds = if (max - self.ds_avg).abs() < (min - self.ds_avg).abs() { min } else { max };
        if (ds - mean).abs() < 0.1 * mean.abs() {
            ds = mean;
        }
        if self.dsi < self.trend_window {
            self.pending.push(ds);
            return 0.0;
        }
        if self.dsi == self.trend_window {
            self.pending.push(ds);
            self.end_probation();
            return 0.0;
        }
        let f = self.features(ds);
        self.detect(&f, self.dsi)
    }

    fn normalise(&self, v: f64) -> f64 {
        if self.hi > self.lo { ((v - self.lo) / (self.hi - self.lo)).clamp(0.0, 1.0) } else { 0.5 }
    }

    /// Quantises, snaps to the running median, slides the window and builds
    /// the complement-coded features (zeros until the window is full).
    fn features(&mut self, raw: f64) -> [f64; DIMC] {
        let level = (self.normalise(raw) * LEVELS as f64).round() as usize;
        let level = level.min(LEVELS);
        self.med_bins[level] += 1;
        self.med_total += 1;
        let half = self.med_total.div_ceil(2);
        let (mut acc, mut med) = (0u32, 0usize);
        for (l, &c) in self.med_bins.iter().enumerate() {
            acc += c;
            if acc >= half {
                med = l;
                break;
            }
        }
        let mut ds = level as f64 / LEVELS as f64;
        let medv = med as f64 / LEVELS as f64;
        if (ds - medv).abs() < CHOMP {
            ds = medv;
        }
        self.fwin.copy_within(1.., 0);
        self.fwin[WIN - 1] = ds;
        let mut f = [0.0; DIMC];
        if self.dsi >= WIN {
            let mut dw = self.fwin;
            minmax(&mut dw);
            let mut fw = haar(&dw);
            minmax(&mut fw);
            f[..WIN].copy_from_slice(&fw);
            f[WIN..DIM].copy_from_slice(&self.fwin);
        }
        for k in 0..DIM {
            f[DIM + k] = 1.0 - f[k];
        }
        f
    }

    fn end_probation(&mut self) {
        let r = self.max_seen - self.min_seen;
        self.lo = self.min_seen - self.cfg.margin * r;
        self.hi = self.max_seen + self.cfg.margin * r;
        let pending = std::mem::take(&mut self.pending);
        // The trend windows are first read here: a series still in probation holds none.
        self.sim_window = vec![1.0; self.trend_window / 2 + 1];
        self.diff_window = vec![0.0; self.trend_window + 1];
        let saved_dsi = self.dsi;
        let mut feats = Vec::with_capacity(pending.len());
        for (i, &v) in pending.iter().enumerate() {
            self.dsi = i + 1;
            feats.push(self.features(v));
        }
        self.dsi = saved_dsi;
        // Initial vigilance: an ART run over the full windows, most typical last.
        let full = &feats[WIN - 1..];
        let sim: Vec<f64> =
            full.iter().map(|a| full.iter().map(|b| cosine(&a[..DIM], &b[..DIM])).sum::<f64>()).collect();
        let mut order: Vec<usize> = (0..full.len()).collect();
        order.sort_by(|&i, &j| sim[i].total_cmp(&sim[j]));
        let mut probe = Dvfa::new(full.len() + 1);
        probe.set_rho(INITIAL_RHO, INITIAL_RHO);
        let a: Vec<f64> = order.iter().map(|&i| probe.train(&full[i], true).a).collect();
        let tail = &a[a.len() / 2..];
        let rho = if tail.is_empty() { INITIAL_RHO } else { tail.iter().sum::<f64>() / tail.len() as f64 };
        self.art.set_rho(rho, rho);
        for (i, f) in feats.iter().enumerate() {
            self.detect(f, i + 1);
        }
        drop(pending);
    }

    fn detect(&mut self, f: &[f64; DIMC], i: usize) -> f64 {
        let since = i.saturating_sub(self.last_anomaly_i);
        let update_after_anomaly = since == self.mask;
        let update_for_trend = i.saturating_sub(self.last_rho_update_i) >= self.trend_window / 2;
        let mask_after_anomaly = since <= self.mask;
        if i > self.trend_window + self.mask && self.mask_after_cat && self.no_new_cat_count >= self.mask {
            self.mask_after_cat = false;
        }
        let m = self.art.train(f, i >= WIN);
        let new_cat = i >= WIN && m.new_cluster;
        self.no_new_cat_count = if new_cat { 0 } else { self.no_new_cat_count + 1 };
        self.rho_ub_sum += m.a;
        self.rho_ub_n += 1;
        self.sim_window[self.sim_pos] = m.a;
        self.sim_pos = (self.sim_pos + 1) % self.sim_window.len();
        self.diff_window[self.diff_pos] = self.art.rho_ub - m.a;
        self.diff_pos = (self.diff_pos + 1) % self.diff_window.len();
        if since < self.mask && self.anomaly_sim_n > 0 && m.a < self.anomaly_sim_last {
            self.anomaly_sim_sum += m.a - self.anomaly_sim_last;
            self.anomaly_sim_last = m.a;
        }
        let masking = self.mask_after_cat || mask_after_anomaly;
        let below_scale = if mask_after_anomaly { 0.9 } else { 0.7 };
        let below_last = m.a < self.last_anomaly_sim * below_scale;
        let mut score = 0.0;
        if i > self.trend_window && new_cat && (!masking || below_last) {
            score = self.confidence(m.a, m.ae);
            self.anomaly_sim_sum += m.a;
            self.anomaly_sim_n += 1;
            self.anomaly_sim_last = m.a;
            self.last_anomaly_sim = m.a;
            self.last_anomaly_i = i;
        }
        self.mask_after_cat = new_cat || self.mask_after_cat;
        if i > self.trend_window && (update_after_anomaly || update_for_trend) {
            let min_sim = self.sim_window.iter().copied().fold(f64::INFINITY, f64::min);
            let new_ub = (self.rho_ub_sum / self.rho_ub_n.max(1) as f64).min(0.97);
            let prev_lb = self.art.rho_lb;
            let mut new_lb = if prev_lb <= min_sim {
                prev_lb + (min_sim - prev_lb) * 0.19
            } else {
                let mut decr = 0.0;
                if i > 2 * self.trend_window {
                    let (mut s, mut c) = (0.0, 0usize);
                    for &d in &self.diff_window {
                        if d > 0.05 {
                            s += d.min(0.37);
                            c += 1;
                        }
                    }
                    if c > 0 {
                        decr = s / c as f64;
                    }
                }
                let mut lb = prev_lb - decr.max(0.01) / 2.0;
                if self.anomaly_sim_n > 0 {
                    lb = lb.max(self.anomaly_sim_sum / self.anomaly_sim_n as f64);
                }
                lb
            };
            new_lb = new_lb.min(new_ub);
            self.art.set_rho(new_lb, new_ub);
            self.last_rho_update_i = i;
            self.mask_after_cat = true;
        }
        score
    }

    fn confidence(&self, sim: f64, energy: f64) -> f64 {
        let s = sim.min(0.999);
        let ub = ((1.0 - s) - (1.0 - self.art.rho_ub)) / (1.0 - s);
        let lb = ((1.0 - s) - (1.0 - self.art.rho_lb)) / (1.0 - s);
        (0.35 * ub + 0.65 * lb + 1.5 * (1.0 - energy)).clamp(0.0, 1.0)
    }
}

fn minmax(v: &mut [f64; WIN]) {
    let lo = v.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = v.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    for x in v.iter_mut() {
        *x -= lo;
        if hi > lo {
            *x /= hi - lo;
        }
    }
}

/// Full orthonormal Haar decomposition of 8 values: approximation, then
/// detail coefficients from the coarsest level to the finest.
fn haar(x: &[f64; WIN]) -> [f64; WIN] {
    let r = std::f64::consts::FRAC_1_SQRT_2;
    let mut out = [0.0; WIN];
    let mut cur = *x;
    let mut n = WIN;
    while n > 1 {
        let h = n / 2;
        let mut next = [0.0; WIN];
        for k in 0..h {
            next[k] = (cur[2 * k] + cur[2 * k + 1]) * r;
            out[h + k] = (cur[2 * k] - cur[2 * k + 1]) * r;
        }
        cur = next;
        n = h;
    }
    out[0] = cur[0];
    out
}

fn cosine(a: &[f64], b: &[f64]) -> f64 {
    let na = a.iter().map(|v| v * v).sum::<f64>().sqrt();
    let nb = b.iter().map(|v| v * v).sum::<f64>().sqrt();
    if na == 0.0 {
        1.0 - nb
    } else if nb == 0.0 {
        1.0 - na
    } else {
        a.iter().zip(b).map(|(x, y)| x * y).sum::<f64>() / (na * nb)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn haar_of_a_constant_is_all_approximation() {
        let h = haar(&[1.0; WIN]);
        assert!((h[0] - 8f64.sqrt()).abs() < 1e-12);
        assert!(h[1..].iter().all(|v| v.abs() < 1e-12));
        // Energy is preserved (orthonormal).
        let x = [1.0, 3.0, -2.0, 0.5, 4.0, 4.0, 0.0, 1.0];
        let e: f64 = x.iter().map(|v| v * v).sum();
        let eh: f64 = haar(&x).iter().map(|v| v * v).sum();
        assert!((e - eh).abs() < 1e-9);
    }
}
