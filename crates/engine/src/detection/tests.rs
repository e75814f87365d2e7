//! Table-driven tests on synthetic series through `Detection::observe` (the function
//! `record_outcome` calls for every check), and forecasts under a manual clock.

use std::sync::Arc;
use std::time::Duration;

use super::*;
use crate::clock::ManualClock;
use crate::config::CmpOp;

const T0: i64 = 1_700_000_000_000;

/// Deterministic noise in [-0.5, 0.5).
struct Noise(u64);
impl Noise {
    fn next(&mut self) -> f64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64 - 0.5
    }
    /// Roughly normal (sum of four uniforms), unit-ish scale.
    fn gauss(&mut self) -> f64 {
        (self.next() + self.next() + self.next() + self.next()) * 1.7
    }
}

fn detection(spec: DetectionSpec, memory_limit: Option<f64>, supervised: bool) -> (Detection, ManualClock) {
    let clock = ManualClock::new(T0);
    let d = Detection::empty(Arc::new(clock.clone()));
    d.add_component("svc", spec, memory_limit, supervised, Duration::from_secs(2));
    (d, clock)
}

/// Feed one point per `step_ms` of `metric`; returns (index of the point, finding).
fn run(d: &Detection, clock: &ManualClock, metric: &str, step_ms: i64, values: &[f64]) -> Vec<(usize, Finding)> {
    let mut out = Vec::new();
    for (i, x) in values.iter().enumerate() {
        let t = T0 + i as i64 * step_ms;
        clock.set_ms(t);
        for f in d.observe("svc", t, [(metric, *x)]) {
            out.push((i, f));
        }
    }
    out
}

#[derive(Debug, Clone, Copy)]
enum Shape {
    Noise,
    Step,
    Spike,
    Drift,
    Seasonal,
}

fn series(shape: Shape, n: usize, seed: u64) -> Vec<f64> {
    let mut r = Noise(seed);
    (0..n)
        .map(|i| {
            let base = 100.0 + 2.0 * r.gauss();
            match shape {
                Shape::Noise => base,
                Shape::Step => base + if i >= 1000 { 60.0 } else { 0.0 },
                Shape::Spike => base + if i == 1000 { 80.0 } else { 0.0 },
                Shape::Drift => base + if i >= 1000 { (i - 1000) as f64 * 0.5 } else { 0.0 },
                Shape::Seasonal => base + 20.0 * (i as f64 * std::f64::consts::TAU / 60.0).sin(),
            }
        })
        .collect()
}

#[test]
fn synthetic_series_table() {
    // (shape, metric limit for a forecast, expected findings: (kind, first point, last point))
    let cases: &[(Shape, Option<f64>, &[(FindingKind, usize, usize)])] = &[
        (Shape::Noise, None, &[]),
        (Shape::Noise, Some(1000.0), &[]),
        (Shape::Seasonal, None, &[]),
        (Shape::Seasonal, Some(1000.0), &[]),
        (Shape::Step, None, &[(FindingKind::Anomaly, 1000, 1010)]),
        (Shape::Spike, None, &[(FindingKind::Anomaly, 1000, 1001)]),
        // 0.5/s from 100 towards 200: crossing at i = 1200; a 30 s horizon predicts it
        // once the trend is clear, at least 10 s before. The drift also leaves the
        // range of everything seen before, which the detector's spatial rule reports
        // as an anomaly within seconds.
        (Shape::Drift, Some(200.0), &[(FindingKind::Anomaly, 1000, 1030), (FindingKind::Predicted, 1000, 1190)]),
    ];
    for (shape, limit, expect) in cases {
        for seed in [1u64, 2, 3] {
            let mut spec = DetectionSpec::default();
            if let Some(l) = limit {
                spec.limits.insert("queue_depth".into(), *l);
            }
            let (d, clock) = detection(spec, None, false);
            let got = run(&d, &clock, "queue_depth", 1000, &series(*shape, 1300, seed));
            let what: Vec<(FindingKind, usize)> = got.iter().map(|(i, f)| (f.kind, *i)).collect();
            for (kind, lo, hi) in *expect {
                assert!(
                    got.iter().any(|(i, f)| f.kind == *kind && (*lo..=*hi).contains(i)),
                    "{shape:?} seed {seed}: expected a {kind:?} finding in {lo}..={hi}, got {what:?}"
                );
            }
            // Nothing outside the expected windows: no false alarms.
            for (i, f) in &got {
                assert!(
                    expect.iter().any(|(k, lo, hi)| *k == f.kind && (*lo..=*hi).contains(i)),
                    "{shape:?} seed {seed}: unexpected {:?} at {i}: {}",
                    f.kind,
                    f.message
                );
            }
        }
    }
}

#[test]
fn threshold_rules_through_observe_hold_for_and_hysteresis() {
    let mut spec = DetectionSpec { anomaly: false, ..Default::default() };
    spec.rules.push(
        ThresholdRule::new("cpu_usage", 0.8, CmpOp::Gt, Severity::High)
            .hold_for(Duration::from_secs(30))
            .hysteresis(0.1),
    );
    let (d, clock) = detection(spec, None, false);
    // 10 s low, 40 s high, 5 s at 0.75 (inside the hysteresis), then low.
    let mut v = vec![0.2; 10];
    v.extend(vec![0.9; 40]);
    v.extend(vec![0.75; 5]);
    v.extend(vec![0.2; 5]);
    let got = run(&d, &clock, "cpu_usage", 1000, &v);
    let edges: Vec<(usize, bool)> = got.iter().map(|(i, f)| (*i, f.resolved)).collect();
    assert_eq!(edges, vec![(40, false), (55, true)], "fires after 30 s held, clears past the hysteresis");
    assert!(got.iter().all(|(_, f)| f.kind == FindingKind::Threshold && f.severity == Severity::High));
    // A rule added at runtime applies to the next point.
    d.add_rule("svc", ThresholdRule::new("cpu_usage", 0.1, CmpOp::Gt, Severity::Low)).unwrap();
    assert_eq!(d.observe("svc", T0 + 100_000, [("cpu_usage", 0.2)]).len(), 1);
    assert!(d.add_rule("nope", ThresholdRule::new("x", 1.0, CmpOp::Gt, Severity::Low)).is_err());
}

#[test]
fn a_memory_leak_is_predicted_and_healed_once_before_the_limit() {
    let spec = DetectionSpec { anomaly: false, ..Default::default() };
    let (d, clock) = detection(spec, Some(200e6), true);
    // 20 MB/s from 10 MB, sampled every 250 ms.
    let v: Vec<f64> = (0..40).map(|i| 10e6 + 20e6 * i as f64 * 0.25).collect();
    let got = run(&d, &clock, metric::MEMORY, 250, &v);
    assert_eq!(got.len(), 1, "{got:?}");
    let (i, f) = &got[0];
    assert_eq!(f.kind, FindingKind::Predicted);
    assert_eq!(f.action, OnAnomaly::Heal);
    assert!(v[*i] < 200e6 * 0.5, "acted early, at {} MB", v[*i] / 1e6);
    assert!(f.eta_ms.unwrap() <= 30_000);
    // Unsupervised: the same trend only alerts.
    let (d, clock) = detection(DetectionSpec { anomaly: false, ..Default::default() }, Some(200e6), false);
    let got = run(&d, &clock, metric::MEMORY, 250, &v);
    assert_eq!(got.iter().map(|(_, f)| f.action).collect::<Vec<_>>(), vec![OnAnomaly::Alert]);
}

#[test]
fn rising_error_rate_and_latency_are_predicted_before_failing() {
    for (m, limit_expected) in [(metric::ERROR_RATE, 0.5), (metric::RESPONSE_TIME, 2.0)] {
        let (d, clock) = detection(DetectionSpec { anomaly: false, ..Default::default() }, None, false);
        // Rising 1 % of the limit per second from 5 %.
        let v: Vec<f64> = (0..120).map(|i| limit_expected * (0.05 + 0.01 * i as f64)).collect();
        let got = run(&d, &clock, m, 1000, &v);
        assert_eq!(got.len(), 1, "{m}: {got:?}");
        let (i, f) = &got[0];
        assert_eq!((f.kind, f.action, f.limit), (FindingKind::Predicted, OnAnomaly::Alert, Some(limit_expected)));
        assert!(v[*i] < limit_expected, "{m}: predicted before the limit");
    }
}

#[test]
fn forecast_counts_down_with_the_clock() {
    let (d, clock) = detection(
        DetectionSpec { anomaly: false, horizon: Duration::from_secs(5), ..Default::default() },
        Some(200e6),
        false,
    );
    // 1 MB/s from 100 MB: 100 s to the limit, outside the 5 s horizon.
    let v: Vec<f64> = (0..20).map(|i| 100e6 + 1e6 * i as f64).collect();
    run(&d, &clock, metric::MEMORY, 1000, &v);
    let f1 = d.forecast("svc").unwrap();
    let s = &f1.series[0];
    assert_eq!((s.metric.as_str(), s.kind, s.limit), (metric::MEMORY, LimitKind::Resource, 200e6));
    let eta = s.eta_ms.unwrap();
    assert!((eta - 81_000).abs() < 100, "{eta}");
    assert!(s.eta_low_ms.unwrap() <= eta && eta <= s.eta_high_ms.unwrap());
    assert!(!s.within_horizon);
    clock.advance_ms(10_000);
    let f2 = d.forecast("svc").unwrap();
    assert_eq!(f2.series[0].eta_ms.unwrap(), eta - 10_000, "time passes without new points");
    clock.advance_ms(200_000);
    assert_eq!(d.forecast("svc").unwrap().series[0].eta_ms, Some(0));
    assert!(d.forecast("nope").is_none());
}

/// A varying tail after a constant prefix: a step to 1, then flapping (error_rate-like).
fn flapping(n: usize, seed: u64) -> Vec<f64> {
    let mut r = Noise(seed);
    (0..n).map(|i| if i < 20 || r.next() > 0.3 { 1.0 } else { 0.0 }).collect()
}

#[test]
fn a_constant_series_allocates_no_detector_and_a_varying_one_does() {
    let (d, clock) = detection(DetectionSpec::default(), None, false);
    // A day of a healthy 10 s check: error_rate 0 throughout, response time varying.
    let mut r = Noise(7);
    for i in 0..8_640 {
        let t = T0 + i * 10_000;
        clock.set_ms(t);
        let f = d.observe("svc", t, [(metric::ERROR_RATE, 0.0), (metric::RESPONSE_TIME, 0.002 + 0.0005 * r.next())]);
        assert!(f.iter().all(|f| f.metric != metric::ERROR_RATE), "{f:?}");
    }
    assert_eq!(d.has_detector("svc", metric::ERROR_RATE), Some(false), "a constant series needs no detector");
    assert_eq!(d.has_detector("svc", metric::RESPONSE_TIME), Some(true), "a varying one has one");
    // The service fails: the first varying point allocates the detector, which knows the
    // series was flat and reports the step at once.
    let t = T0 + 8_640 * 10_000;
    clock.set_ms(t);
    let f = d.observe("svc", t, [(metric::ERROR_RATE, 1.0)]);
    assert_eq!(d.has_detector("svc", metric::ERROR_RATE), Some(true));
    assert!(f.iter().any(|f| f.kind == FindingKind::Anomaly && f.metric == metric::ERROR_RATE), "{f:?}");
    // Without anomaly detection nothing is allocated at all.
    let (d, _) = detection(DetectionSpec { anomaly: false, ..Default::default() }, None, false);
    d.observe("svc", T0, [(metric::ERROR_RATE, 0.0)]);
    d.observe("svc", T0 + 1000, [(metric::ERROR_RATE, 1.0)]);
    assert_eq!(d.has_detector("svc", metric::ERROR_RATE), None);
}

/// The lazily allocated detector scores like one that saw every point: exactly for a run of
/// up to `REPLAY_MAX` regularly sampled points (with jitter in the head it keeps as seen), and
/// with the same findings for a longer run. A constant series never scores high enough for a
/// finding, which is what makes skipping it safe.
#[test]
fn the_lazy_detector_scores_like_an_eager_one() {
    use super::anomaly::{HEAD, REPLAY_MAX};
    use guard_detect::{AnomalyDetector, DetectorConfig};
    let threshold = DetectionSpec::default().anomaly_threshold;
    let step = 10_000i64;
    let time = |i: usize| T0 + i as i64 * step + if i < HEAD { (i as i64 * 37) % 900 } else { 0 };
    for (prefix, value, exact) in [
        (1usize, 0.0, true),
        (5, 1.0, true),
        (HEAD - 1, 0.0, true),
        (HEAD, 0.0, true),
        (HEAD + 1, 3.5, true),
        (300, 0.0, true),
        (REPLAY_MAX as usize, 1.0, true),
        (3 * REPLAY_MAX as usize, 0.0, false),
    ] {
        let mut eager = AnomalyDetector::new(DetectorConfig::default());
        let mut lazy = SeriesAnomaly::default();
        for i in 0..prefix {
            let e = eager.update(time(i).div_euclid(1000), value);
            assert!(e < threshold, "a constant series scored {e} at {i}");
            assert_eq!(lazy.update(time(i), value, threshold), (0.0, false));
        }
        assert!(!lazy.has_detector());
        let tail: Vec<f64> = flapping(600, prefix as u64).iter().map(|x| x + value).collect();
        let (mut fired_eager, mut fired_lazy) = (Vec::new(), Vec::new());
        let mut last_eager: Option<i64> = None;
        for (j, x) in tail.iter().enumerate() {
            let t = time(prefix + j);
            let e = eager.update(t.div_euclid(1000), *x);
            let (l, fire) = lazy.update(t, *x, threshold);
            if exact {
                assert_eq!(e.to_bits(), l.to_bits(), "prefix {prefix}: point {j}: eager {e}, lazy {l}");
            }
            if e >= threshold && last_eager.is_none_or(|p| t - p >= super::anomaly::MIN_GAP_MS) {
                last_eager = Some(t);
                fired_eager.push(j);
            }
            if fire {
                fired_lazy.push(j);
            }
        }
        assert!(lazy.has_detector());
        assert_eq!(fired_lazy, fired_eager, "prefix {prefix}: the same findings");
        assert!(
            fired_lazy.first() == Some(&0) || prefix < 200,
            "prefix {prefix}: the step is found at once: {fired_lazy:?}"
        );
    }
}

#[test]
#[ignore]
/// Calibration aid: `cargo test -p guard-engine print_scores -- --ignored --nocapture`.
fn print_scores() {
    for shape in [Shape::Noise, Shape::Seasonal, Shape::Step, Shape::Spike, Shape::Drift] {
        for seed in [1u64, 2, 3] {
            let mut a = SeriesAnomaly::default();
            let v = series(shape, 1300, seed);
            let mut top: Vec<(f64, usize)> =
                v.iter().enumerate().map(|(i, x)| (a.update(T0 + i as i64 * 1000, *x, 2.0).0, i)).collect();
            top.sort_by(|a, b| b.0.total_cmp(&a.0));
            println!("{shape:?} {seed}: {:?}", &top[..4]);
        }
    }
}

/// A finding's words are a message: measures stay numbers with their unit, formatted for the
/// reader (125,7 MB in German), durations with the language's unit words; the English text
/// stored in `message` is the same message in English.
#[test]
fn findings_are_said_in_the_reader_s_language() {
    use crate::heal::timeline::{Msg, render};
    use guard_i18n::Lang;
    let loc = crate::heal::localizer();
    let band = Msg::new("finding-band-range").duration_ms("low", 20_000).duration_ms("high", 35_000);
    let m = Msg::new("finding-predicted")
        .text("metric", "memory_bytes")
        .msg("level", value_msg("memory_bytes", 125.71e6))
        .msg("slope", value_msg("memory_bytes", 2.68e6))
        .msg("limit", value_msg("memory_bytes", 200e6))
        .duration_ms("eta", 27_000)
        .msg("band", band);
    let plain = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
    let en = plain(m.english());
    assert!(en.starts_with("memory_bytes at 125.7 MB rising 2.7 MB/s is predicted to reach 200 MB in 27"), "{en}");
    let de = plain(render(loc, Lang::De, &m).unwrap());
    assert!(
        de.contains("125,7 MB") && de.contains("2,7 MB/s") && de.contains("erreicht voraussichtlich 200 MB"),
        "{de}"
    );
    assert!(!de.contains("rising") && !de.contains("predicted"), "{de}");
    let rule =
        ThresholdRule::new("cpu_usage", 0.9, CmpOp::Gt, Severity::High).hold_for(std::time::Duration::from_secs(30));
    let t = Msg::new("finding-threshold")
        .msg("rule", rule.describe_msg())
        .text("metric", "cpu_usage")
        .msg("value", value_msg("cpu_usage", 0.9512));
    assert_eq!(plain(t.english()), "cpu_usage > 0.9 for 30 s (cpu_usage = 0.951)");
    assert_eq!(plain(render(loc, Lang::De, &t).unwrap()), "cpu_usage > 0.9 seit 30 Sek. (cpu_usage = 0,951)");
}
