//! Streaming anomaly detection for Pipeline Guard.
//!
//! [`AnomalyDetector`] scores one metric series point by point. It is causal
//! (the score at `t` uses only data up to `t`), uses bounded memory (at most
//! 24,752 bytes: 7.5 KiB of baselines, 8 KiB of context table, at most
//! 8,120 bytes of the ARTime-style detector) and bounded time
//! per point, and needs no per-series tuning: one [`DetectorConfig`] serves
//! every series.
//!
//! # Algorithm
//!
//! Two complementary channels, fused:
//!
//! **A. Novelty margins** (value-based).
//! 1. **Baselines.** An EWMA level with an EW mean-absolute-deviation scale;
//!    a daily profile in fixed time-of-day bins (no finer than the sampling
//!    interval, at most 288) holding the expected value and the expected
//!    change at each time of day; and a drift statistic, the EWMA of the
//!    standardised deviation from the daily profile.
//! 2. **Deviations.** Four standardised deviations `z`: the change against
//!    the expected change (spikes, jumps, a missing daily jump), the value
//!    against the level, the value against the daily profile, and the drift.
//! 3. **Novelty.** Each deviation's `u = ln(1 + z)` is compared with the
//!    largest value it showed recently (a peak that decays towards its mean,
//!    1.5 %/point, a memory of ~65 points) and at the same time of day on earlier days (30-min bins
//!    ± 1). The margin over that reference is the evidence: excursions that
//!    recur are not novel, a larger-than-ever excursion is.
//! 4. **Combination.** `max(change, min(level, max(seasonal, drift)))`,
//!    mapped to `[0, 1]` by a logistic.
//!
//! **B. Context novelty + anomaly likelihood** (sequence-based, in the
//! spirit of CAD OSE and Numenta HTM; [`context`], [`likelihood`]).
//! 1. Values are cut into 8 bins spanning the range of the first 150 points
//!    (bins beyond it keep counting), and the raw score is the share of the
//!    contexts "previous 1..=2 bins → current bin" never seen before
//!    (two-way LRU table of 4096 16-bit fingerprints). Periodic and flat
//!    series stop producing new contexts; a new pattern does.
//! 2. Numenta-style anomaly likelihood: the 10-point moving average of the
//!    raw score against its exponentially weighted mean and variance (~200
//!    points, std floored at 0.08), Gaussian tail probability, only the
//!    first of a run of "red" tails (≤ 1e-5) kept, log-scaled to `[0, 1]`.
//!
//! **Fusion and output.** The weighted mean `(A + 0.6 B) / 1.6`: an alarm
//! needs support from both views, which removes most single-channel false
//! alarms. Zero during a 150-point learning period. Then four rules that
//! shape alarms in time:
//! 0. *False-alarm budget*: a score `s` is lowered by `0.04 * ln(1 + c(s))`,
//!    `c(s)` the decayed count (memory ~2000 points) of the series' earlier
//!    fused scores at least about as high (a 16-bin histogram over
//!    `[0.4, 1]`, one bin of tolerance). Chosen by leave-one-category-out
//!    cross-validation ([`cv`]), the one change every fold agreed on.
//! 1. *Alarm-rate damping*: the fused score is lowered by
//!    `0.02 * ln(1 + c)`, where `c` counts earlier fused scores >= 0.55
//!    with a memory of ~2000 points (decay 0.05 %/point). A series whose
//!    excursions are routine (bursty disk writes, spiky CPU) needs a larger
//!    excursion to alarm; the first event of a series is never damped.
//! 2. *Refractory*: a score that does not exceed the recent maximum of
//!    scores (decaying 0.1 %/point) is reported at 20 %, so one event raises
//!    one alarm.
//! 3. *Spatial anomaly* (Numenta's rule, with a guard): a value beyond the
//!    range seen so far by more than 5 % of that range *and* by more than
//!    one mean absolute deviation of the level scores 1 (own refractory
//!    clock of 100 points). The guard keeps new records of plain noise from
//!    firing it ([`DetectorConfig::spatial_min_dev`]).
//!
//! **C. ARTime-style detector** ([`art`]), a separate [`Detector`]:
//! adaptive resonance theory over a sliding window of downsampled,
//! normalised values; a sample that founds a new cluster is an anomaly. Its
//! sparse score is fused by maximum after the rules above:
//! `max(out, 0.65 * art)` ([`DetectorConfig::art_weight`], chosen by
//! cross-validation: it moves true anomalies out of the score band where
//! routine excursions sit).
//!
//! Ideas borrowed from published NAB detectors: adaptive resonance (ARTime), anomaly likelihood and
//! sequence-context novelty (Numenta HTM, CAD OSE), suppression after an
//! alarm (ARTime, CAD OSE), robust scales and seasonal context (Skyline),
//! the spatial anomaly rule (Numenta's NAB detector).
//!
//! # Modules
//!
//! * [`nab`]: the NAB v1.1 scorer (windows, scaled sigmoid, three profiles,
//!   threshold sweep, normalisation) and readers for the NAB corpus.
//! * [`cv`]: leave-one-category-out cross-validation of the configuration
//!   search; the defaults are what its shipped procedure selects.
//! * [`detect_csv`] / [`detect_stream`]: `timestamp,value` CSV in,
//!   `timestamp,value,anomaly_score` CSV out.

#![forbid(unsafe_code)]

use std::fmt;
use std::io::{BufRead, Write};

pub mod art;
pub mod context;
pub mod cv;
mod detector;
pub mod likelihood;
pub mod nab;

pub use detector::{AnomalyDetector, DetectorConfig};

/// A streaming, causal per-series detector: one score in `[0, 1]` per
/// observation, from this and earlier observations only, in bounded memory.
pub trait Detector {
    /// Feeds one observation (Unix seconds, value) and returns its score.
    fn score(&mut self, timestamp_secs: i64, value: f64) -> f64;
    /// Bytes of state of this detector now.
    fn state_bytes(&self) -> usize;
}

impl Detector for AnomalyDetector {
    fn score(&mut self, timestamp_secs: i64, value: f64) -> f64 {
        self.update(timestamp_secs, value)
    }
    fn state_bytes(&self) -> usize {
        self.memory_bytes()
    }
}

impl Detector for art::ArtDetector {
    fn score(&mut self, _timestamp_secs: i64, value: f64) -> f64 {
        self.update(value)
    }
    fn state_bytes(&self) -> usize {
        self.memory_bytes()
    }
}

/// Errors from reading a `timestamp,value` CSV.
#[derive(Debug, Clone, PartialEq)]
pub enum DetectError {
    /// The input has no header row.
    Empty,
    /// The first line is not the `timestamp,value` header.
    BadHeader { line: usize, found: String },
    /// A data row does not have exactly two fields.
    FieldCount { line: usize, found: usize },
    /// The timestamp field could not be parsed.
    BadTimestamp { line: usize, found: String },
    /// The value field is not a finite number.
    BadValue { line: usize, found: String },
    /// Reading or writing failed.
    Io(String),
}

impl fmt::Display for DetectError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DetectError::Empty => write!(f, "line 1: expected the header `timestamp,value`, found end of input"),
            DetectError::BadHeader { line, found } => {
                write!(f, "line {line}: expected the header `timestamp,value`, found {found:?}")
            }
            DetectError::FieldCount { line, found } => {
                write!(f, "line {line}: expected 2 fields `timestamp,value`, found {found}")
            }
            DetectError::BadTimestamp { line, found } => {
                write!(f, "line {line}: expected a timestamp `YYYY-MM-DD HH:MM:SS` or RFC 3339, found {found:?}")
            }
            DetectError::BadValue { line, found } => {
                write!(f, "line {line}: expected a finite number as value, found {found:?}")
            }
            DetectError::Io(e) => write!(f, "I/O error: {e}"),
        }
    }
}

impl std::error::Error for DetectError {}

impl From<std::io::Error> for DetectError {
    fn from(e: std::io::Error) -> Self {
        DetectError::Io(e.to_string())
    }
}

/// Parses `YYYY-MM-DD HH:MM:SS[.frac]` (taken as UTC) or RFC 3339
/// (`YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)`) into Unix seconds (fraction dropped).
pub fn parse_timestamp(s: &str) -> Result<i64, &'static str> {
    let b = s.trim().as_bytes();
    let num = |r: std::ops::Range<usize>| -> Result<i64, &'static str> {
        let d = b.get(r).ok_or("too short")?;
        if d.is_empty() || !d.iter().all(u8::is_ascii_digit) {
            return Err("expected digits");
        }
        Ok(d.iter().fold(0i64, |a, &c| a * 10 + (c - b'0') as i64))
    };
    if b.len() < 19 || b[4] != b'-' || b[7] != b'-' || b[13] != b':' || b[16] != b':' {
        return Err("expected YYYY-MM-DD HH:MM:SS");
    }
    let rfc = matches!(b[10], b'T' | b't');
    if !rfc && b[10] != b' ' {
        return Err("expected ' ' or 'T' between date and time");
    }
    let (y, mo, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (h, mi, sec) = (num(11..13)?, num(14..16)?, num(17..19)?);
    if !(1..=12).contains(&mo) || d < 1 || d > days_in_month(y, mo) || h > 23 || mi > 59 || sec > 60 {
        return Err("date or time out of range");
    }
    let mut i = 19;
    if b.get(i) == Some(&b'.') {
        i += 1;
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return Err("expected digits after '.'");
        }
    }
    let mut offset = 0i64;
    match b.get(i) {
        None if !rfc => {}
        Some(b'Z' | b'z') if i + 1 == b.len() => {}
        Some(&c @ (b'+' | b'-')) if b.len() == i + 6 && b[i + 3] == b':' => {
            let (oh, om) = (num(i + 1..i + 3)?, num(i + 4..i + 6)?);
            if oh > 23 || om > 59 {
                return Err("offset out of range");
            }
            offset = (oh * 60 + om) * 60 * if c == b'+' { 1 } else { -1 };
        }
        _ => return Err(if rfc { "expected 'Z' or ±HH:MM offset" } else { "unexpected trailing characters" }),
    }
    Ok(days_from_civil(y, mo, d) * 86_400 + h * 3600 + mi * 60 + sec - offset)
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn unquote(s: &str) -> &str {
    let s = s.trim();
    s.strip_prefix('"').and_then(|s| s.strip_suffix('"')).unwrap_or(s)
}

/// Parses one CSV line. `Ok(None)` for the header (line 1) and blank lines.
fn parse_line(line_no: usize, line: &str) -> Result<Option<(i64, &str, f64, &str)>, DetectError> {
    let line = line.strip_suffix('\r').unwrap_or(line);
    if line_no == 1 {
        let line = line.strip_prefix('\u{feff}').unwrap_or(line);
        let f: Vec<&str> = line.split(',').map(unquote).collect();
        if f.len() == 2 && f[0].eq_ignore_ascii_case("timestamp") && f[1].eq_ignore_ascii_case("value") {
            return Ok(None);
        }
        return Err(DetectError::BadHeader { line: 1, found: line.to_string() });
    }
    if line.trim().is_empty() {
        return Ok(None);
    }
    let mut it = line.split(',');
    let (Some(ts), Some(v), None) = (it.next(), it.next(), it.next()) else {
        return Err(DetectError::FieldCount { line: line_no, found: line.split(',').count() });
    };
    let (ts, v) = (unquote(ts), unquote(v));
    let t = parse_timestamp(ts).map_err(|_| DetectError::BadTimestamp { line: line_no, found: ts.to_string() })?;
    let x: f64 = v.parse().map_err(|_| DetectError::BadValue { line: line_no, found: v.to_string() })?;
    if !x.is_finite() {
        return Err(DetectError::BadValue { line: line_no, found: v.to_string() });
    }
    Ok(Some((t, ts, x, v)))
}

/// Calls `f(line_no, timestamp, timestamp_text, value, value_text)` for every data row.
pub(crate) fn for_each_row(
    text: &str,
    mut f: impl FnMut(usize, i64, &str, f64, &str) -> Result<(), DetectError>,
) -> Result<(), DetectError> {
    let mut seen_header = false;
    for (i, line) in text.lines().enumerate() {
        seen_header = true;
        if let Some((t, ts, x, v)) = parse_line(i + 1, line)? {
            f(i + 1, t, ts, x, v)?;
        }
    }
    if seen_header { Ok(()) } else { Err(DetectError::Empty) }
}

/// Runs a fresh [`AnomalyDetector`] (default configuration) over a
/// `timestamp,value` CSV (header row, `YYYY-MM-DD HH:MM:SS` or RFC 3339
/// timestamps) and returns `timestamp,value,anomaly_score` CSV text: one row
/// per input row, in input order, timestamps and values echoed as given.
pub fn detect_csv(input: &str) -> Result<String, DetectError> {
    let mut out = String::with_capacity(input.len() + input.len() / 2);
    out.push_str("timestamp,value,anomaly_score\n");
    let mut det = AnomalyDetector::new(DetectorConfig::default());
    for_each_row(input, |_, t, ts, x, v| {
        let s = det.update(t, x);
        use std::fmt::Write as _;
        let _ = writeln!(out, "{ts},{v},{s}");
        Ok(())
    })?;
    Ok(out)
}

/// Streaming form of [`detect_csv`]: reads CSV lines from `input` and writes
/// `timestamp,value,anomaly_score` rows to `output` as it goes (constant memory).
pub fn detect_stream<R: BufRead, W: Write>(input: R, mut output: W, config: DetectorConfig) -> Result<(), DetectError> {
    let mut det = AnomalyDetector::new(config);
    let mut seen_header = false;
    writeln!(output, "timestamp,value,anomaly_score")?;
    for (i, line) in input.lines().enumerate() {
        let line = line?;
        seen_header = true;
        if let Some((t, ts, x, v)) = parse_line(i + 1, &line)? {
            let s = det.update(t, x);
            writeln!(output, "{ts},{v},{s}")?;
        }
    }
    if !seen_header {
        return Err(DetectError::Empty);
    }
    output.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps() {
        assert_eq!(parse_timestamp("1970-01-01 00:00:00"), Ok(0));
        assert_eq!(parse_timestamp("2014-07-01 00:00:00"), Ok(1_404_172_800));
        assert_eq!(parse_timestamp("2014-07-01 00:00:00.000000"), Ok(1_404_172_800));
        assert_eq!(parse_timestamp("2014-07-01T00:00:00Z"), Ok(1_404_172_800));
        assert_eq!(parse_timestamp("2014-07-01T02:00:00+02:00"), Ok(1_404_172_800));
        assert_eq!(parse_timestamp("2014-06-30T23:30:00.5-00:30"), Ok(1_404_172_800));
        assert_eq!(parse_timestamp("2000-02-29 12:00:00"), Ok(951_825_600));
        assert!(parse_timestamp("2001-02-29 12:00:00").is_err());
        assert!(parse_timestamp("2014-07-01").is_err());
        assert!(parse_timestamp("2014-07-01T00:00:00").is_err());
        assert!(parse_timestamp("2014-13-01 00:00:00").is_err());
        assert!(parse_timestamp("2014-07-01 24:00:00").is_err());
        assert!(parse_timestamp("2014-07-01 00:00:00x").is_err());
    }

    #[test]
    fn csv_round_trip_keeps_rows_and_order() {
        let mut input = String::from("timestamp,value\r\n");
        for i in 0..500 {
            // Repeated timestamps are kept in position.
            let m = (i / 2) % 60;
            input.push_str(&format!("2014-07-01 {:02}:{m:02}:00,{}\r\n", (i / 120) % 24, i % 7));
        }
        let out = detect_csv(&input).unwrap();
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines[0], "timestamp,value,anomaly_score");
        assert_eq!(lines.len(), 501);
        for (o, i) in lines[1..].iter().zip(input.lines().skip(1)) {
            assert!(o.starts_with(i), "{o} vs {i}");
            let s: f64 = o.rsplit(',').next().unwrap().parse().unwrap();
            assert!((0.0..=1.0).contains(&s));
        }
        let mut buf = Vec::new();
        detect_stream(input.as_bytes(), &mut buf, DetectorConfig::default()).unwrap();
        assert_eq!(String::from_utf8(buf).unwrap(), out);
    }

    #[test]
    fn csv_errors_name_line_and_expectation() {
        let e = detect_csv("").unwrap_err();
        assert_eq!(e, DetectError::Empty);
        let e = detect_csv("time,val\n").unwrap_err();
        assert!(matches!(e, DetectError::BadHeader { line: 1, .. }));
        let e = detect_csv("timestamp,value\n2014-07-01 00:00:00,1\n2014-07-01 00:05:00\n").unwrap_err();
        assert_eq!(e, DetectError::FieldCount { line: 3, found: 1 });
        assert!(e.to_string().starts_with("line 3: expected 2 fields"));
        let e = detect_csv("timestamp,value\n07/01/2014,1\n").unwrap_err();
        assert_eq!(e, DetectError::BadTimestamp { line: 2, found: "07/01/2014".into() });
        assert!(e.to_string().contains("line 2: expected a timestamp"));
        let e = detect_csv("timestamp,value\n2014-07-01 00:00:00,abc\n").unwrap_err();
        assert!(e.to_string().contains("line 2: expected a finite number"), "{e}");
        let e = detect_csv("timestamp,value\n2014-07-01 00:00:00,NaN\n").unwrap_err();
        assert!(matches!(e, DetectError::BadValue { line: 2, .. }));
        // Header only is valid and yields header only.
        assert_eq!(detect_csv("timestamp,value\n").unwrap(), "timestamp,value,anomaly_score\n");
    }
}
