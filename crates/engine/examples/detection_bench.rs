//! Throughput of the engine's detection path against recording alone, in the same run.
//!
//! `cargo run --release -p guard-engine --example detection_bench [checks]`
//!
//! Each "check" is what `record_outcome` handles: 6 points (up, status, response time, error
//! rate, cpu, memory) of one of 100 components. We time `MetricsCollector::record_points`
//! alone, then `record_points` + `Detection::observe` (anomaly detector per series, two
//! threshold rules, forecasts on memory/latency/error rate) with each part switched on in turn.

use std::sync::Arc;
use std::time::{Duration, Instant};

use guard_engine::clock::SystemClock;
use guard_engine::config::CmpOp;
use guard_engine::detection::{Detection, DetectionSpec, Severity, ThresholdRule};
use guard_engine::history::{HistorySettings, MetricsCollector, SeriesId};

const COMPONENTS: usize = 100;
const METRICS: [&str; 6] = ["up", "status", "response_time_seconds", "error_rate", "cpu_usage", "memory_bytes"];

fn value(c: usize, m: usize, i: usize) -> f64 {
    let h = ((c * 31 + m * 7 + i) as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40;
    let noise = h as f64 / (1u64 << 24) as f64;
    match m {
        0 => 1.0,
        1 => 0.0,
        2 => 0.05 + 0.01 * noise,
        3 => 0.0,
        4 => 0.3 + 0.05 * noise,
        _ => 100e6 + 1e6 * noise + i as f64 * 1e3,
    }
}

fn spec(anomaly: bool, rules: bool) -> DetectionSpec {
    let mut s = DetectionSpec { anomaly, ..Default::default() };
    if rules {
        s.rules.push(ThresholdRule::new("cpu_usage", 0.9, CmpOp::Gt, Severity::High).hold_for(Duration::from_secs(30)));
        s.rules.push(ThresholdRule::new("response_time_seconds", 0.5, CmpOp::Gt, Severity::Medium).hysteresis(0.05));
    }
    s
}

async fn run(
    label: &str,
    checks: usize,
    detection: Option<&Detection>,
    history: &MetricsCollector,
    ids: &[[SeriesId; 6]],
) -> f64 {
    let start = Instant::now();
    let mut findings = 0usize;
    for i in 0..checks {
        let c = i % COMPONENTS;
        let t = 1_700_000_000_000 + (i / COMPONENTS) as i64 * 1000;
        let pts: [(SeriesId, i64, f64); 6] = std::array::from_fn(|m| (ids[c][m], t, value(c, m, i / COMPONENTS)));
        history.record_points(&pts);
        if let Some(d) = detection {
            let names = &COMPONENT_NAMES.get().unwrap()[c];
            findings += d.observe(names, t, METRICS.iter().zip(pts.iter()).map(|(m, p)| (*m, p.2))).len();
        }
        if i % 20_000 == 0 {
            // Let the background writer run, as in the engine.
            tokio::task::yield_now().await;
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let pps = (checks * METRICS.len()) as f64 / secs;
    println!("{label:<44} {:>12.0} points/s  ({findings} findings)", pps);
    pps
}

static COMPONENT_NAMES: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let checks: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(200_000);
    COMPONENT_NAMES.set((0..COMPONENTS).map(|c| format!("svc{c}")).collect()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let history = MetricsCollector::open(&dir.path().join("bench.db"), HistorySettings::default()).await.unwrap();
    let ids: Vec<[SeriesId; 6]> = (0..COMPONENTS)
        .map(|c| std::array::from_fn(|m| history.series(METRICS[m], &[("component", &format!("svc{c}"))])))
        .collect();
    let make = |anomaly: bool, rules: bool, memory: bool| {
        let d = Detection::empty(Arc::new(SystemClock));
        for c in 0..COMPONENTS {
            d.add_component(
                &format!("svc{c}"),
                spec(anomaly, rules),
                memory.then_some(500e6),
                false,
                Duration::from_secs(2),
            );
        }
        d
    };
    println!("{checks} checks × {} points, {COMPONENTS} components", METRICS.len());
    let base = run("recording alone (record_points)", checks, None, &history, &ids).await;
    let rules = run("recording + threshold rules", checks, Some(&make(false, true, false)), &history, &ids).await;
    let fc = run("recording + forecasts", checks, Some(&make(false, false, true)), &history, &ids).await;
    let an = run("recording + anomaly detector", checks, Some(&make(true, false, false)), &history, &ids).await;
    let all =
        run("recording + detector + rules + forecasts", checks, Some(&make(true, true, true)), &history, &ids).await;
    let base2 = run("recording alone (again)", checks, None, &history, &ids).await;
    println!();
    println!("| path | points/s | vs recording alone |");
    println!("|---|---:|---:|");
    let b = (base + base2) / 2.0;
    for (l, v) in [
        ("recording alone", b),
        ("+ threshold rules", rules),
        ("+ forecasts", fc),
        ("+ anomaly detector", an),
        ("+ detector + rules + forecasts", all),
    ] {
        println!("| {l} | {v:.0} | {:.2}× |", v / b);
    }
    history.close().await.unwrap();
}
