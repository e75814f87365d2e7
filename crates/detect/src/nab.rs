//! NAB v1.1 scorer, written from the rules in the data README
//! (`shared/data/nab/README.md`).
//!
//! * Rows are scored **by position**; the first
//!   [`probationary_period`]`(N)` rows of a file are ignored.
//! * A row is a detection when `score >= threshold`.
//! * Inside a window `[L, R]` of `W` rows a detection at row `i` earns
//!   `A_TP * sigma(-(R-i+1)/W) / sigma(-1)`; only the best (earliest)
//!   detection per window counts. A window without detection costs `-A_FN`.
//! * Outside windows every detection costs `A_FP * sigma(|i - R_prev| / (W_prev - 1))`
//!   (measured from the previous window's right edge) or `-A_FP` before the
//!   file's first window.
//! * One threshold per profile is shared by the whole corpus and chosen to
//!   maximise the summed raw score over every distinct score value, by sorting
//!   all candidate detections once and sweeping.
//! * The normalised score is `100 * (raw - null) / (perfect - null)`.
//!
//! The module also has the small readers the benchmark needs: a NAB CSV
//! reader and a reader for `combined_windows*.json` (a tiny JSON parser, so
//! the crate stays dependency-free).

use std::collections::HashMap;
use std::path::Path;

use crate::{DetectError, parse_timestamp};

/// Weights of a NAB application profile.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Profile {
    /// Profile name as NAB spells it.
    pub name: &'static str,
    /// Weight of a true positive.
    pub a_tp: f64,
    /// Weight of a false positive.
    pub a_fp: f64,
    /// Weight of a false negative (missed window).
    pub a_fn: f64,
}

/// NAB's `standard` profile.
pub const STANDARD: Profile = Profile { name: "standard", a_tp: 1.0, a_fp: 0.11, a_fn: 1.0 };
/// NAB's `reward_low_FP_rate` profile.
pub const REWARD_LOW_FP: Profile = Profile { name: "reward_low_FP_rate", a_tp: 1.0, a_fp: 0.22, a_fn: 1.0 };
/// NAB's `reward_low_FN_rate` profile.
pub const REWARD_LOW_FN: Profile = Profile { name: "reward_low_FN_rate", a_tp: 1.0, a_fp: 0.11, a_fn: 2.0 };
/// The three profiles in the order NAB reports them.
pub const PROFILES: [Profile; 3] = [STANDARD, REWARD_LOW_FP, REWARD_LOW_FN];

/// Rows at the start of a file of `n` rows that are not scored:
/// `min(floor(0.15 * n), 750)`.
pub fn probationary_period(n: usize) -> usize {
    ((0.15 * n as f64).floor() as usize).min(750)
}

/// NAB's scaled sigmoid: `2 / (1 + exp(5y)) - 1`, and `-1` when `y > 3`.
pub fn scaled_sigmoid(y: f64) -> f64 {
    if y > 3.0 { -1.0 } else { 2.0 / (1.0 + (5.0 * y).exp()) - 1.0 }
}

/// One file's labels and detector output, as the scorer sees it.
#[derive(Debug, Clone, Copy)]
pub struct ScoredFile<'a> {
    /// Anomaly windows as inclusive row ranges `(L, R)`, sorted, disjoint.
    pub windows: &'a [(usize, usize)],
    /// One anomaly score per row.
    pub scores: &'a [f64],
}

/// Result of scoring a corpus for one profile.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ProfileScore {
    /// The chosen threshold (detection when `score >= threshold`);
    /// `f64::INFINITY` when never firing is best.
    pub threshold: f64,
    /// Summed raw score at that threshold.
    pub raw: f64,
    /// Raw score of the detector that never fires (`-A_FN * windows`).
    pub null: f64,
    /// Raw score of the perfect detector (`A_TP * windows`).
    pub perfect: f64,
    /// `100 * (raw - null) / (perfect - null)`.
    pub normalized: f64,
    /// Windows with at least one detection.
    pub true_positives: usize,
    /// Detections outside every window (after the probationary period).
    pub false_positives: usize,
    /// Windows without detection.
    pub false_negatives: usize,
}

/// What a detection on one row would contribute.
#[derive(Debug, Clone, Copy)]
enum Contribution {
    /// A row inside a window: global window id and unweighted `sigma(y)/sigma(-1)`.
    Tp(usize, f64),
    /// A row outside windows: unweighted `sigma(y)` (negative).
    Fp(f64),
}

/// Per-row contributions of one file (scored rows only).
fn contributions(file: &ScoredFile<'_>, window_base: usize, out: &mut Vec<(f64, Contribution)>) {
    let n = file.scores.len();
    let probation = probationary_period(n);
    let sig_m1 = scaled_sigmoid(-1.0);
    let mut next = 0usize; // next window not yet passed
    let mut prev: Option<(usize, usize)> = None; // (R_prev, W_prev)
    for i in 0..n {
        while next < file.windows.len() && file.windows[next].1 < i {
            let (l, r) = file.windows[next];
            prev = Some((r, r - l + 1));
            next += 1;
        }
        let c = match file.windows.get(next) {
            Some(&(l, r)) if i >= l => {
                let w = (r - l + 1) as f64;
                let y = -((r - i + 1) as f64) / w;
                Contribution::Tp(window_base + next, scaled_sigmoid(y) / sig_m1)
            }
            _ => match prev {
                None => Contribution::Fp(-1.0),
                Some((rp, wp)) => {
                    let denom = (wp as f64 - 1.0).max(1.0);
                    Contribution::Fp(scaled_sigmoid(i.abs_diff(rp) as f64 / denom))
                }
            },
        };
        if i >= probation {
            out.push((file.scores[i], c));
        }
    }
}

/// Scores the corpus at a fixed `threshold` (detection when `score >= threshold`).
pub fn score_at_threshold(files: &[ScoredFile<'_>], profile: Profile, threshold: f64) -> ProfileScore {
    let mut rows = Vec::new();
    let mut base = 0;
    for f in files {
        contributions(f, base, &mut rows);
        base += f.windows.len();
    }
    let mut best = vec![f64::NEG_INFINITY; base];
    let mut raw = 0.0;
    let mut fps = 0;
    for &(s, c) in &rows {
        if s >= threshold {
            match c {
                Contribution::Tp(w, v) => best[w] = best[w].max(v * profile.a_tp),
                Contribution::Fp(v) => {
                    raw += v * profile.a_fp;
                    fps += 1;
                }
            }
        }
    }
    let mut tps = 0;
    for b in &best {
        if b.is_finite() {
            raw += b;
            tps += 1;
        } else {
            raw -= profile.a_fn;
        }
    }
    finish(profile, base, threshold, raw, tps, fps)
}

fn finish(profile: Profile, windows: usize, threshold: f64, raw: f64, tps: usize, fps: usize) -> ProfileScore {
    let null = -profile.a_fn * windows as f64;
    let perfect = profile.a_tp * windows as f64;
    let normalized = if perfect > null { 100.0 * (raw - null) / (perfect - null) } else { 0.0 };
    ProfileScore {
        threshold,
        raw,
        null,
        perfect,
        normalized,
        true_positives: tps,
        false_positives: fps,
        false_negatives: windows - tps,
    }
}

/// Finds the threshold that maximises the summed raw score for `profile`,
/// trying every distinct score value (and "never fire"). `O(n log n)`: all
/// scored rows are sorted by score once and swept from high to low.
/// Ties in raw score go to the highest threshold.
pub fn optimize_threshold(files: &[ScoredFile<'_>], profile: Profile) -> ProfileScore {
    ScoreCurve::new(files, profile).best()
}

/// The training score as a function of the threshold: the corpus swept
/// once from the highest score to the lowest ([`ScoreCurve::new`]), so the
/// score at any threshold is a binary search.
#[derive(Debug, Clone)]
pub struct ScoreCurve {
    profile: Profile,
    windows: usize,
    /// `(threshold, raw, true positives, false positives)` after each
    /// distinct score, thresholds decreasing; the first is "never fire".
    points: Vec<(f64, f64, usize, usize)>,
}

impl ScoreCurve {
    /// Sweeps `files` for `profile` (`O(n log n)`, like [`optimize_threshold`]).
    pub fn new(files: &[ScoredFile<'_>], profile: Profile) -> ScoreCurve {
        let mut rows = Vec::new();
        let mut base = 0;
        for f in files {
            contributions(f, base, &mut rows);
            base += f.windows.len();
        }
        rows.retain(|r| !r.0.is_nan());
        rows.sort_by(|a, b| b.0.total_cmp(&a.0));
        let mut best_tp = vec![f64::NEG_INFINITY; base];
        let mut raw = -profile.a_fn * base as f64;
        let (mut tps, mut fps) = (0usize, 0usize);
        let mut points: Vec<(f64, f64, usize, usize)> = vec![(f64::INFINITY, raw, 0, 0)];
        let mut i = 0;
        while i < rows.len() {
            let s = rows[i].0;
            while i < rows.len() && rows[i].0 == s {
                match rows[i].1 {
                    Contribution::Tp(w, v) => {
                        let v = v * profile.a_tp;
                        if best_tp[w].is_finite() {
                            if v > best_tp[w] {
                                raw += v - best_tp[w];
                                best_tp[w] = v;
                            }
                        } else {
                            raw += v + profile.a_fn;
                            best_tp[w] = v;
                            tps += 1;
                        }
                    }
                    Contribution::Fp(v) => {
                        raw += v * profile.a_fp;
                        fps += 1;
                    }
                }
                i += 1;
            }
            points.push((s, raw, tps, fps));
        }
        ScoreCurve { profile, windows: base, points }
    }

    /// The threshold with the highest raw score ([`optimize_threshold`]):
    /// swept from "never fire" down, a point wins only by more than 1e-12,
    /// so ties go to the highest threshold.
    pub fn best(&self) -> ProfileScore {
        let mut best = self.points[0];
        for &p in &self.points[1..] {
            if p.1 > best.1 + 1e-12 {
                best = p;
            }
        }
        let (t, raw, tp, fp) = best;
        finish(self.profile, self.windows, t, raw, tp, fp)
    }

    /// Windows in the swept files.
    pub fn windows(&self) -> usize {
        self.windows
    }

    /// Every distinct score of the swept files (decreasing), after
    /// `f64::INFINITY` ("never fire"): the thresholds worth trying.
    pub fn thresholds(&self) -> impl Iterator<Item = f64> + '_ {
        self.points.iter().map(|p| p.0)
    }

    fn index(&self, t: f64) -> usize {
        self.points.partition_point(|c| c.0 >= t).saturating_sub(1)
    }

    /// Raw score at threshold `t` (detection when `score >= t`).
    pub fn raw_at(&self, t: f64) -> f64 {
        self.points[self.index(t)].1
    }

    /// The full score at threshold `t` (equal to [`score_at_threshold`]).
    pub fn at(&self, t: f64) -> ProfileScore {
        let (_, raw, tp, fp) = self.points[self.index(t)];
        finish(self.profile, self.windows, t, raw, tp, fp)
    }
}

/// Like [`optimize_threshold`], but the threshold is chosen on a plateau:
/// each candidate threshold `t` (every distinct score value) is rated by
/// the mean raw score at the nine thresholds `t + k * delta / 4`,
/// `k = -4..=4`, and the best-rated candidate wins (ties to the highest).
/// The returned score is the plain score at that threshold. A threshold on
/// a narrow peak of the training score (a band of window maxima and false
/// alarms within a hundredth of each other) loses to one whose
/// neighbourhood scores well, which is what carries over to other series.
/// `delta <= 0` is [`optimize_threshold`].
pub fn optimize_threshold_smoothed(files: &[ScoredFile<'_>], profile: Profile, delta: f64) -> ProfileScore {
    if delta <= 0.0 {
        return optimize_threshold(files, profile);
    }
    let curve = ScoreCurve::new(files, profile);
    let mut best = (f64::NEG_INFINITY, f64::INFINITY);
    for t in curve.thresholds() {
        let rated = if t.is_finite() {
            (-4..=4).map(|k| curve.raw_at(t + k as f64 * delta / 4.0)).sum::<f64>() / 9.0
        } else {
            curve.raw_at(t)
        };
        if rated > best.0 + 1e-12 {
            best = (rated, t);
        }
    }
    curve.at(best.1)
}

/// One labelled NAB data file.
#[derive(Debug, Clone)]
pub struct LabeledSeries {
    /// Path relative to the corpus root, e.g. `realKnownCause/nyc_taxi.csv`.
    pub name: String,
    /// Unix timestamps (seconds), one per row.
    pub timestamps: Vec<i64>,
    /// Values, one per row.
    pub values: Vec<f64>,
    /// Anomaly windows as inclusive row ranges.
    pub windows: Vec<(usize, usize)>,
}

/// Reads a `timestamp,value` CSV (header row first) into timestamps and values.
pub fn read_series(text: &str) -> Result<(Vec<i64>, Vec<f64>), DetectError> {
    let mut ts = Vec::new();
    let mut vs = Vec::new();
    crate::for_each_row(text, |_, t, _, v, _| {
        ts.push(t);
        vs.push(v);
        Ok(())
    })?;
    Ok((ts, vs))
}

/// Loads every file listed in `<dir>/combined_windows_dev.json` (or the given
/// label file name) with its windows mapped to row ranges. Files are sorted
/// by name.
pub fn load_corpus(dir: &Path, labels_file: &str) -> Result<Vec<LabeledSeries>, String> {
    let labels_path = dir.join(labels_file);
    let text = std::fs::read_to_string(&labels_path).map_err(|e| format!("{}: {e}", labels_path.display()))?;
    let labels = parse_labels(&text).map_err(|e| format!("{}: {e}", labels_path.display()))?;
    let mut names: Vec<_> = labels.keys().cloned().collect();
    names.sort();
    let mut out = Vec::new();
    for name in names {
        let path = dir.join(&name);
        let csv = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let (timestamps, values) = read_series(&csv).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut windows = Vec::new();
        for (a, b) in &labels[&name] {
            let ta = parse_timestamp(a).map_err(|e| format!("{name}: window start {a:?}: {e}"))?;
            let tb = parse_timestamp(b).map_err(|e| format!("{name}: window end {b:?}: {e}"))?;
            let l = timestamps.iter().position(|&t| t == ta);
            let r = timestamps.iter().rposition(|&t| t == tb);
            match (l, r) {
                (Some(l), Some(r)) if l <= r => windows.push((l, r)),
                _ => return Err(format!("{name}: window [{a}, {b}] does not match rows")),
            }
        }
        windows.sort();
        out.push(LabeledSeries { name, timestamps, values, windows });
    }
    Ok(out)
}

/// Parses NAB's label JSON: an object mapping file names to lists of
/// `[start, end]` timestamp-string pairs.
pub fn parse_labels(text: &str) -> Result<HashMap<String, Vec<(String, String)>>, String> {
    let mut p = Json { s: text.as_bytes(), i: 0 };
    let v = p.value()?;
    p.ws();
    if p.i != p.s.len() {
        return Err(format!("trailing characters at byte {}", p.i));
    }
    let JsonValue::Object(obj) = v else { return Err("expected a JSON object".into()) };
    let mut out = HashMap::new();
    for (k, v) in obj {
        let JsonValue::Array(ws) = v else { return Err(format!("{k}: expected an array")) };
        let mut pairs = Vec::new();
        for w in ws {
            match w {
                JsonValue::Array(pair) => match pair.as_slice() {
                    [JsonValue::Str(a), JsonValue::Str(b)] => pairs.push((a.clone(), b.clone())),
                    _ => return Err(format!("{k}: expected [start, end] strings")),
                },
                _ => return Err(format!("{k}: expected [start, end]")),
            }
        }
        out.insert(k, pairs);
    }
    Ok(out)
}

#[derive(Debug)]
enum JsonValue {
    Object(Vec<(String, JsonValue)>),
    Array(Vec<JsonValue>),
    Str(String),
    Other,
}

/// Minimal JSON reader (objects, arrays, strings; numbers and literals are
/// skipped). Enough for NAB label files.
struct Json<'a> {
    s: &'a [u8],
    i: usize,
}

impl Json<'_> {
    fn ws(&mut self) {
        while self.i < self.s.len() && self.s[self.i].is_ascii_whitespace() {
            self.i += 1;
        }
    }
    fn expect(&mut self, c: u8) -> Result<(), String> {
        self.ws();
        if self.s.get(self.i) == Some(&c) {
            self.i += 1;
            Ok(())
        } else {
            Err(format!("expected '{}' at byte {}", c as char, self.i))
        }
    }
    fn value(&mut self) -> Result<JsonValue, String> {
        self.ws();
        match self.s.get(self.i) {
            Some(b'{') => {
                self.i += 1;
                let mut items = Vec::new();
                self.ws();
                if self.s.get(self.i) == Some(&b'}') {
                    self.i += 1;
                    return Ok(JsonValue::Object(items));
                }
                loop {
                    self.ws();
                    let k = self.string()?;
                    self.expect(b':')?;
                    items.push((k, self.value()?));
                    self.ws();
                    match self.s.get(self.i) {
                        Some(b',') => self.i += 1,
                        Some(b'}') => {
                            self.i += 1;
                            return Ok(JsonValue::Object(items));
                        }
                        _ => return Err(format!("expected ',' or '}}' at byte {}", self.i)),
                    }
                }
            }
            Some(b'[') => {
                self.i += 1;
                let mut items = Vec::new();
                self.ws();
                if self.s.get(self.i) == Some(&b']') {
                    self.i += 1;
                    return Ok(JsonValue::Array(items));
                }
                loop {
                    items.push(self.value()?);
                    self.ws();
                    match self.s.get(self.i) {
                        Some(b',') => self.i += 1,
                        Some(b']') => {
                            self.i += 1;
                            return Ok(JsonValue::Array(items));
                        }
                        _ => return Err(format!("expected ',' or ']' at byte {}", self.i)),
                    }
                }
            }
            Some(b'"') => Ok(JsonValue::Str(self.string()?)),
            Some(_) => {
                let start = self.i;
                while self.i < self.s.len() && !b",]} \t\r\n".contains(&self.s[self.i]) {
                    self.i += 1;
                }
                if self.i == start {
                    return Err(format!("unexpected character at byte {}", self.i));
                }
                Ok(JsonValue::Other)
            }
            None => Err("unexpected end of input".into()),
        }
    }
    fn string(&mut self) -> Result<String, String> {
        if self.s.get(self.i) != Some(&b'"') {
            return Err(format!("expected a string at byte {}", self.i));
        }
        self.i += 1;
        let mut out = Vec::new();
        while let Some(&c) = self.s.get(self.i) {
            self.i += 1;
            match c {
                b'"' => return String::from_utf8(out).map_err(|e| e.to_string()),
                b'\\' => {
                    let e = *self.s.get(self.i).ok_or("unterminated escape")?;
                    self.i += 1;
                    match e {
                        b'n' => out.push(b'\n'),
                        b't' => out.push(b'\t'),
                        b'r' => out.push(b'\r'),
                        b'b' => out.push(8),
                        b'f' => out.push(12),
                        b'u' => {
                            let hex = self.s.get(self.i..self.i + 4).ok_or("short \\u escape")?;
                            let code = u32::from_str_radix(std::str::from_utf8(hex).map_err(|e| e.to_string())?, 16)
                                .map_err(|e| e.to_string())?;
                            self.i += 4;
                            let ch = char::from_u32(code).unwrap_or('\u{fffd}');
                            let mut buf = [0u8; 4];
                            out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                        }
                        other => out.push(other),
                    }
                }
                _ => out.push(c),
            }
        }
        Err("unterminated string".into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EPS: f64 = 1e-9;

    /// A file of `n` rows with all scores zero except `hits` (set to 1).
    fn scores(n: usize, hits: &[usize]) -> Vec<f64> {
        let mut s = vec![0.0; n];
        for &h in hits {
            s[h] = 1.0;
        }
        s
    }

    #[test]
    fn sigmoid_values() {
        assert!((scaled_sigmoid(0.0) - 0.0).abs() < EPS);
        assert!((scaled_sigmoid(-1.0) - (2.0 / (1.0 + (-5.0f64).exp()) - 1.0)).abs() < EPS);
        assert!(scaled_sigmoid(-1.0) > 0.98 && scaled_sigmoid(-1.0) < 0.99);
        assert_eq!(scaled_sigmoid(3.5), -1.0);
        assert!((scaled_sigmoid(3.0) - (2.0 / (1.0 + 15f64.exp()) - 1.0)).abs() < EPS);
    }

    #[test]
    fn probation() {
        assert_eq!(probationary_period(4032), 604);
        assert_eq!(probationary_period(1243), 186);
        assert_eq!(probationary_period(22695), 750);
        assert_eq!(probationary_period(5000), 750);
        assert_eq!(probationary_period(10), 1);
    }

    // Files of 100 rows: probation = 15 rows.
    const WIN: [(usize, usize); 1] = [(40, 49)]; // W = 10

    #[test]
    fn detection_at_window_start_earns_full_tp() {
        let s = scores(100, &[40]);
        let f = [ScoredFile { windows: &WIN, scores: &s }];
        let r = score_at_threshold(&f, STANDARD, 0.5);
        assert!((r.raw - 1.0).abs() < EPS, "{r:?}");
        assert!((r.normalized - 100.0).abs() < EPS);
        assert_eq!((r.true_positives, r.false_positives, r.false_negatives), (1, 0, 0));
    }

    #[test]
    fn missed_window_scores_minus_a_fn() {
        let s = scores(100, &[]);
        let f = [ScoredFile { windows: &WIN, scores: &s }];
        assert!((score_at_threshold(&f, STANDARD, 0.5).raw + 1.0).abs() < EPS);
        let r = score_at_threshold(&f, REWARD_LOW_FN, 0.5);
        assert!((r.raw + 2.0).abs() < EPS);
        assert!(r.normalized.abs() < EPS);
    }

    #[test]
    fn fp_before_first_window_scores_minus_a_fp() {
        let s = scores(100, &[20, 40]);
        let f = [ScoredFile { windows: &WIN, scores: &s }];
        let r = score_at_threshold(&f, STANDARD, 0.5);
        assert!((r.raw - (1.0 - 0.11)).abs() < EPS, "{r:?}");
        let r = score_at_threshold(&f, REWARD_LOW_FP, 0.5);
        assert!((r.raw - (1.0 - 0.22)).abs() < EPS, "{r:?}");
        assert_eq!(r.false_positives, 1);
    }

    #[test]
    fn fp_in_probation_is_ignored() {
        let s = scores(100, &[14, 40]);
        let f = [ScoredFile { windows: &WIN, scores: &s }];
        let r = score_at_threshold(&f, STANDARD, 0.5);
        assert!((r.raw - 1.0).abs() < EPS, "{r:?}");
    }

    #[test]
    fn late_detection_earns_less_and_only_best_counts() {
        // Last row of the window: y = -1/10.
        let s = scores(100, &[49]);
        let f = [ScoredFile { windows: &WIN, scores: &s }];
        let want = scaled_sigmoid(-0.1) / scaled_sigmoid(-1.0);
        assert!((score_at_threshold(&f, STANDARD, 0.5).raw - want).abs() < EPS);
        // Middle row 45: y = -(49-45+1)/10 = -0.5; with a later one too, only the best counts.
        let s = scores(100, &[45, 48]);
        let f = [ScoredFile { windows: &WIN, scores: &s }];
        let want = scaled_sigmoid(-0.5) / scaled_sigmoid(-1.0);
        let r = score_at_threshold(&f, STANDARD, 0.5);
        assert!((r.raw - want).abs() < EPS, "{r:?}");
        assert_eq!(r.false_positives, 0);
    }

    #[test]
    fn fp_after_window_uses_distance_from_right_edge() {
        // R_prev = 49, W_prev = 10: row 52 has y = 3/9; row 90 has y = 41/9 > 3 -> -1.
        let s = scores(100, &[52, 90]);
        let f = [ScoredFile { windows: &WIN, scores: &s }];
        let want = -1.0 + 0.11 * scaled_sigmoid(3.0 / 9.0) + -0.11;
        let r = score_at_threshold(&f, STANDARD, 0.5);
        assert!((r.raw - want).abs() < EPS, "{r:?} want {want}");
        assert_eq!(r.false_positives, 2);
        assert_eq!(r.false_negatives, 1);
    }

    #[test]
    fn no_windows_file_counts_all_detections_as_fp() {
        let s = scores(100, &[20, 30, 99]);
        let f = [ScoredFile { windows: &[], scores: &s }];
        let r = score_at_threshold(&f, STANDARD, 0.5);
        assert!((r.raw + 0.33).abs() < EPS);
        assert_eq!(r.perfect, 0.0);
    }

    #[test]
    fn threshold_sweep_picks_best_distinct_value() {
        // Scores: window start 0.6, FP (before window) 0.9, FP 0.7.
        // thr 0.9: -1 - .11 ; thr 0.7: -1 - .22 ; thr 0.6: 1 - .22 = 0.78 ; never: -1.
        let mut s = vec![0.0; 100];
        s[40] = 0.6;
        s[20] = 0.9;
        s[25] = 0.7;
        let f = [ScoredFile { windows: &WIN, scores: &s }];
        let r = optimize_threshold(&f, STANDARD);
        assert_eq!(r.threshold, 0.6);
        assert!((r.raw - 0.78).abs() < EPS, "{r:?}");
        assert!((r.normalized - 100.0 * 1.78 / 2.0).abs() < EPS);
        // The sweep must agree with direct scoring at every distinct value.
        for thr in [0.9, 0.7, 0.6, 0.0] {
            let direct = score_at_threshold(&f, STANDARD, thr).raw;
            assert!(direct <= r.raw + EPS);
        }
        // With a huge FP weight never firing wins.
        let p = Profile { name: "x", a_tp: 1.0, a_fp: 10.0, a_fn: 1.0 };
        let r = optimize_threshold(&f, p);
        assert_eq!(r.threshold, f64::INFINITY);
        assert!((r.raw + 1.0).abs() < EPS);
    }

    #[test]
    fn sweep_matches_direct_scoring_on_random_data() {
        // Deterministic pseudo-random scores over two files.
        let mut x = 12345u64;
        let mut rnd = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x % 1000) as f64 / 1000.0
        };
        let a: Vec<f64> = (0..300).map(|_| rnd()).collect();
        let b: Vec<f64> = (0..200).map(|_| rnd()).collect();
        let wa = [(100, 130), (200, 230)];
        let wb = [(60, 80)];
        let files = [ScoredFile { windows: &wa, scores: &a }, ScoredFile { windows: &wb, scores: &b }];
        for p in PROFILES {
            let best = optimize_threshold(&files, p);
            let direct = score_at_threshold(&files, p, best.threshold);
            assert!((best.raw - direct.raw).abs() < 1e-9, "{best:?} {direct:?}");
            let mut max = -1e9f64;
            let mut vals: Vec<f64> = a.iter().chain(&b).copied().collect();
            vals.push(f64::INFINITY);
            for t in vals {
                max = max.max(score_at_threshold(&files, p, t).raw);
            }
            assert!((max - best.raw).abs() < 1e-9, "{} {max} {}", p.name, best.raw);
        }
    }

    #[test]
    fn plateau_threshold_matches_brute_force() {
        let mut x = 987_654_321u64;
        let mut rnd = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x % 200) as f64 / 200.0
        };
        let a: Vec<f64> = (0..300).map(|_| rnd()).collect();
        let b: Vec<f64> = (0..200).map(|_| rnd()).collect();
        let wa = [(100, 130), (200, 230)];
        let wb = [(60, 80)];
        let files = [ScoredFile { windows: &wa, scores: &a }, ScoredFile { windows: &wb, scores: &b }];
        for p in PROFILES {
            assert_eq!(optimize_threshold_smoothed(&files, p, 0.0), optimize_threshold(&files, p));
            let delta = 0.1;
            let got = optimize_threshold_smoothed(&files, p, delta);
            let direct = score_at_threshold(&files, p, got.threshold);
            assert!((got.raw - direct.raw).abs() < 1e-9, "{got:?} {direct:?}");
            // The rating of every candidate, by direct scoring.
            let rating = |t: f64| -> f64 {
                (-4..=4).map(|k| score_at_threshold(&files, p, t + k as f64 * delta / 4.0).raw).sum::<f64>() / 9.0
            };
            let mut vals: Vec<f64> = a.iter().chain(&b).copied().collect();
            vals.sort_by(|x, y| y.total_cmp(x));
            vals.dedup();
            let best = vals.iter().map(|&t| rating(t)).fold(f64::NEG_INFINITY, f64::max);
            assert!((rating(got.threshold) - best).abs() < 1e-9, "{}: {} vs {best}", p.name, rating(got.threshold));
        }
    }

    #[test]
    fn labels_parse() {
        let j = r#"{"a/x.csv": [["2014-01-01 00:00:00.000000", "2014-01-01 00:10:00.000000"]],
                    "b.csv": [] }"#;
        let l = parse_labels(j).unwrap();
        assert_eq!(l["a/x.csv"], vec![("2014-01-01 00:00:00.000000".into(), "2014-01-01 00:10:00.000000".into())]);
        assert!(l["b.csv"].is_empty());
        assert!(parse_labels("{\"a\": [1,]").is_err());
    }
}
