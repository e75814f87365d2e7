//! Streaming anomaly likelihood: turns a raw anomaly score into "how unusual
//! is this raw score for this series", in O(1) memory and time per point.
//!
//! The idea follows Numenta's anomaly likelihood (Ahmad et al. 2017): the raw
//! score is smoothed by a short moving average, the distribution of that
//! average is modelled as a Gaussian whose mean and variance are tracked over
//! a long history, and the likelihood is `1 - Q(z)` (the Gaussian tail
//! probability of the current average). A run of consecutive "red" values
//! keeps only the first one red, so a sustained change raises one alarm.
//! Unlike the reference implementation, the history is an exponentially
//! weighted mean/variance (no stored window, no periodic re-estimation).

/// Length of the short moving average of the raw score (fixed memory).
pub const MAX_WINDOW: usize = 32;

/// Standard normal upper tail `Q(z) = P(Z > z)`, accurate to a relative
/// error of about 1e-7 over the whole range (Numerical Recipes `erfcc`).
pub fn normal_tail(z: f64) -> f64 {
    0.5 * erfc(z / std::f64::consts::SQRT_2)
}

/// Complementary error function, fractional error < 1.2e-7 everywhere.
pub fn erfc(x: f64) -> f64 {
    let z = x.abs();
    let t = 1.0 / (1.0 + 0.5 * z);
    let poly = -z * z - 1.265_512_23
        + t * (1.000_023_68
            + t * (0.374_091_96
                + t * (0.096_784_18
                    + t * (-0.186_288_06
                        + t * (0.278_868_07
                            + t * (-1.135_203_98 + t * (1.488_515_87 + t * (-0.822_152_23 + t * 0.170_872_77))))))));
    let ans = t * poly.exp();
    if x >= 0.0 { ans } else { 2.0 - ans }
}

/// Log-scaled likelihood in `[0, 1]`: `ln(tail + 1e-10) / ln(1e-10)`, so a
/// tail probability of 1e-5 maps to 0.5 and 1e-10 or less to 1 (Numenta's
/// `computeLogLikelihood`, written on the tail probability to keep precision).
pub fn log_likelihood(tail: f64) -> f64 {
    ((tail.max(0.0) + 1e-10).ln() / (1e-10f64).ln()).clamp(0.0, 1.0)
}

/// Streaming anomaly likelihood of one raw-score series.
#[derive(Debug, Clone)]
pub struct Likelihood {
    window: usize,
    alpha: f64,
    min_std: f64,
    ring: [f64; MAX_WINDOW],
    pos: usize,
    sum: f64,
    n: u64,
    mean: f64,
    var: f64,
    prev_red: bool,
}

impl Likelihood {
    /// `window`: moving-average length (1..=32); `alpha`: EW weight of the
    /// long-run mean/variance of the average (count-based until `1/alpha`
    /// points); `min_std`: floor of its standard deviation.
    pub fn new(window: usize, alpha: f64, min_std: f64) -> Self {
        Self {
            window: window.clamp(1, MAX_WINDOW),
            alpha,
            min_std,
            ring: [0.0; MAX_WINDOW],
            pos: 0,
            sum: 0.0,
            n: 0,
            mean: 0.0,
            var: 0.0,
            prev_red: false,
        }
    }

    /// Feeds one raw score and returns the upper tail probability of its
    /// moving average under the long-run distribution (small = unusual), with
    /// repeated red values (tail <= 1e-5) after the first raised to 1e-3.
    /// Returns 0.5 until two averages have been seen.
    pub fn update(&mut self, raw: f64) -> f64 {
        let raw = if raw.is_finite() { raw } else { 0.0 };
        self.sum += raw - self.ring[self.pos];
        self.ring[self.pos] = raw;
        self.pos = (self.pos + 1) % self.window;
        let k = (self.n + 1).min(self.window as u64) as f64;
        let avg = self.sum / k;
        let tail = if self.n < 2 {
            0.5
        } else {
            let sd = self.var.sqrt().max(self.min_std);
            normal_tail((avg - self.mean) / sd)
        };
        // Long-run distribution, updated after scoring (causal).
        self.n += 1;
        let a = self.alpha.max(1.0 / self.n as f64);
        let d = avg - self.mean;
        self.mean += a * d;
        self.var = (1.0 - a) * (self.var + a * d * d);
        let red = tail <= 1e-5;
        let out = if red && self.prev_red { 1e-3 } else { tail };
        self.prev_red = red;
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tail_matches_known_values() {
        for (z, q) in [
            (0.0, 0.5),
            (1.0, 0.158_655_25),
            (2.0, 0.022_750_13),
            (3.0, 1.349_898e-3),
            (5.0, 2.866_516e-7),
            (-1.0, 0.841_344_75),
        ] {
            let got = normal_tail(z);
            assert!(((got - q) / q).abs() < 1e-6, "Q({z}) = {got}, want {q}");
        }
        // Deep tail keeps relative precision (needed by the log scale).
        let q8 = normal_tail(8.0);
        assert!((q8 / 6.220_960_5e-16 - 1.0).abs() < 1e-5, "{q8}");
    }

    #[test]
    fn log_scale() {
        assert!((log_likelihood(1e-5) - 0.5).abs() < 1e-6);
        assert_eq!(log_likelihood(0.0), 1.0);
        assert!(log_likelihood(0.5) < 0.04);
        assert!(log_likelihood(1e-3) < log_likelihood(1e-4));
    }

    #[test]
    fn unusual_average_is_unlikely_and_red_runs_are_filtered() {
        let mut l = Likelihood::new(10, 0.001, 1e-3);
        // Raw scores alternating 0.1/0.3: average 0.2, small spread.
        let mut tails = Vec::new();
        for i in 0..3000 {
            tails.push(l.update(if i % 2 == 0 { 0.1 } else { 0.3 }));
        }
        assert!(tails[100..].iter().all(|&t| t > 1e-3), "quiet series must not look unusual");
        // A sustained jump of the raw score: the first red stays red, the
        // following reds are raised to 1e-3 (one alarm per event).
        let jump: Vec<f64> = (0..20).map(|_| l.update(0.9)).collect();
        let first_red = jump.iter().position(|&t| t <= 1e-5).expect("jump must be red");
        assert!(first_red < 3, "{jump:?}");
        assert!(jump[first_red + 1..].iter().all(|&t| t >= 1e-3 || t > 1e-5), "{jump:?}");
        // A lower-than-usual raw score is not anomalous.
        let mut l = Likelihood::new(10, 0.001, 1e-3);
        for i in 0..1000 {
            l.update(if i % 2 == 0 { 0.4 } else { 0.6 });
        }
        assert!(l.update(0.0) > 0.5);
    }
}
