//! Memory of one anomaly detector as it learns a series read from stdin (one value a line,
//! taken as 10 s apart): `AnomalyDetector::memory_bytes()` at a few point counts. BENCHMARKS.md
//! ("Memory of `serve` at 10,000 components") feeds it response times a running `serve`
//! measured: `cargo run --example detector_fill < rt.txt` (with `--workspace` builds).
use std::io::Read;
fn main() {
    let mut s = String::new();
    std::io::stdin().read_to_string(&mut s).unwrap();
    let v: Vec<f64> = s.lines().filter_map(|l| l.trim().parse().ok()).collect();
    let mut d = guard_detect::AnomalyDetector::new(guard_detect::DetectorConfig::default());
    let t0 = 1_796_600_000i64;
    for (i, x) in v.iter().enumerate() {
        d.update(t0 + 10 * i as i64, *x);
        if [150, 300, 500, 1000, 2000, 4000, 8640, 13000].contains(&(i + 1)) {
            println!("{} points: {} bytes", i + 1, d.memory_bytes());
        }
    }
}
