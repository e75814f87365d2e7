//! NAB benchmark: scores the development subset for the three NAB profiles and
//! measures single-core throughput against a plain EWMA z-score baseline.
//!
//! ```text
//! CARGO_TARGET_DIR=/work/target-detect cargo run --release -p guard-detect --bin nab_bench -- \
//!     [--nab-dir DIR] [--repeat N] [--no-throughput] [--per-file] [--split] [--dump NAME] [--at T]
//!     [--cv [--sweeps N] [--min-gain X] [--nested-criterion] [--threshold-optimum | --threshold-plateau X
//!            | --threshold-category-mean | --threshold-category-min | --threshold-category-median]]
//!     [key=value ...]
//! ```
//! `--cv` runs the leave-one-category-out cross-validation of the
//! configuration search (`guard_detect::cv`, shipped procedure unless the
//! flags after it change it; `--threshold-*` picks the rule that chooses
//! the held-out thresholds on the training files, `cv::ThresholdChoice`)
//! from `cv::start_config()` (with `key=value`
//! overrides applied): the base configuration with only the
//! thresholds transferred, then per-fold choices and held-out scores, the
//! pooled cross-validated score and the in-sample score of the selection.
//! `--split` adds a held-out check: files alternate (sorted by name) between
//! a tuning half A and a held-out half B, each scored with its own optimised
//! threshold and with the other half's. `--dump NAME` prints row, value,
//! score, both channel scores and the window flag of matching files.
//! `--at T` scores every profile at the fixed threshold `T` instead of the
//! optimised one: what an engine alarming at `anomaly_threshold` T (0.6 by
//! default, `crates/engine/src/detection/spec.rs`) would score.
//! `key=value` pairs override [`guard_detect::DetectorConfig`] fields (for
//! experiments; the reported numbers use the defaults).

use std::hint::black_box;
use std::path::PathBuf;
use std::time::Instant;

use guard_detect::nab::{self, ScoredFile};
use guard_detect::{AnomalyDetector, DetectorConfig};

/// A plain EWMA z-score detector, the throughput (and accuracy) baseline.
struct EwmaZ {
    n: u64,
    mean: f64,
    var: f64,
}

impl EwmaZ {
    fn update(&mut self, x: f64) -> f64 {
        let a = 0.01f64.max(1.0 / (self.n as f64 + 1.0));
        let z = if self.n < 2 { 0.0 } else { (x - self.mean).abs() / (self.var.sqrt() + 1e-9) };
        let d = x - self.mean;
        self.mean += a * d;
        self.var = (1.0 - a) * (self.var + a * d * d);
        self.n += 1;
        z / (z + 3.0)
    }
}

fn main() {
    let mut nab_dir = std::env::var_os("NAB_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/nab"));
    let mut cfg = DetectorConfig::default();
    let mut cv_base = guard_detect::cv::start_config();
    let mut repeat = 5usize;
    let mut throughput = true;
    let mut per_file = false;
    let mut split = false;
    let mut dump: Option<String> = None;
    let mut at: Option<f64> = None;
    let mut art_only = false;
    let mut cv = false;
    let mut proc = guard_detect::cv::SHIPPED;
    let mut ensemble: Option<(String, Vec<String>)> = None;
    let mut space: Vec<guard_detect::cv::Param> = guard_detect::cv::SEARCH_SPACE.to_vec();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--nab-dir" => nab_dir = PathBuf::from(args.next().expect("--nab-dir DIR")),
            "--repeat" => repeat = args.next().and_then(|s| s.parse().ok()).expect("--repeat N"),
            "--no-throughput" => throughput = false,
            "--per-file" => per_file = true,
            "--split" => split = true,
            "--cv" => cv = true,
            "--min-gain" => proc.min_gain = args.next().and_then(|s| s.parse().ok()).expect("--min-gain X"),
            "--nested-criterion" => proc.criterion = guard_detect::cv::Criterion::Nested,
            "--threshold-plateau" => {
                let d = args.next().and_then(|s| s.parse().ok()).expect("--threshold-plateau X");
                proc.threshold = guard_detect::cv::ThresholdChoice::Plateau(d)
            }
            "--threshold-optimum" => proc.threshold = guard_detect::cv::ThresholdChoice::Optimum,
            "--threshold-category-mean" => proc.threshold = guard_detect::cv::ThresholdChoice::CategoryMean,
            "--threshold-category-min" => proc.threshold = guard_detect::cv::ThresholdChoice::CategoryMin,
            "--threshold-category-median" => proc.threshold = guard_detect::cv::ThresholdChoice::CategoryMedian,
            "--ensemble" => {
                // Averages the scores of configurations differing in one key (experiments).
                let spec = args.next().expect("--ensemble key=v1,v2,...");
                let (k, vs) = spec.split_once('=').expect("--ensemble key=v1,v2,...");
                ensemble = Some((k.to_string(), vs.split(',').map(str::to_string).collect()));
            }
            "--search" => {
                // Appends `key=v1,v2,...` to the searched parameters (experiments).
                let spec = args.next().expect("--search key=v1,v2,...");
                let (k, vs) = spec.split_once('=').expect("--search key=v1,v2,...");
                let key: &'static str = Box::leak(k.to_string().into_boxed_str());
                let values: Vec<&'static str> =
                    vs.split(',').map(|v| &*Box::leak(v.to_string().into_boxed_str())).collect();
                space.push(guard_detect::cv::Param { key, values: Box::leak(values.into_boxed_slice()) });
            }
            "--sweeps" => proc.sweeps = args.next().and_then(|s| s.parse().ok()).expect("--sweeps N"),
            "--dump" => dump = Some(args.next().expect("--dump NAME")),
            "--at" => at = Some(args.next().and_then(|s| s.parse().ok()).expect("--at THRESHOLD")),
            "--art-only" => art_only = true,
            kv => {
                let (k, v) = kv.split_once('=').unwrap_or_else(|| panic!("unknown argument {kv:?}"));
                if let Err(e) = cfg.set(k, v).and_then(|()| cv_base.set(k, v)) {
                    eprintln!("{e}");
                    std::process::exit(2);
                }
            }
        }
    }
    let corpus = match nab::load_corpus(&nab_dir, "combined_windows_dev.json") {
        Ok(c) => c,
        Err(e) => {
            eprintln!("cannot load NAB corpus from {}: {e}", nab_dir.display());
            std::process::exit(1);
        }
    };
    let total_points: usize = corpus.iter().map(|s| s.values.len()).sum();
    let total_windows: usize = corpus.iter().map(|s| s.windows.len()).sum();
    if cfg != DetectorConfig::default() {
        println!("config (non-default): {cfg:?}");
    }

    if cv {
        print_cv(&corpus, &cv_base, proc, &space);
        return;
    }

    let run = |cfg: &DetectorConfig| -> Vec<Vec<f64>> {
        corpus
            .iter()
            .map(|s| {
                let mut d: Box<dyn guard_detect::Detector> = if art_only {
                    Box::new(guard_detect::art::ArtDetector::new(guard_detect::art::ArtConfig {
                        probation: cfg.art_probation,
                        margin: cfg.art_margin,
                        max_categories: cfg.art_categories,
                    }))
                } else {
                    Box::new(AnomalyDetector::new(cfg.clone()))
                };
                s.timestamps.iter().zip(&s.values).map(|(&t, &x)| d.score(t, x)).collect()
            })
            .collect()
    };
    let scores = match &ensemble {
        None => run(&cfg),
        Some((k, vs)) => {
            let mut acc: Vec<Vec<f64>> = corpus.iter().map(|s| vec![0.0; s.values.len()]).collect();
            for v in vs {
                let mut c = cfg.clone();
                c.set(k, v).expect("--ensemble key");
                for (a, s) in acc.iter_mut().zip(run(&c)) {
                    for (x, y) in a.iter_mut().zip(s) {
                        *x += y / vs.len() as f64;
                    }
                }
            }
            acc
        }
    };
    if let Some(name) = &dump {
        // Row index, value, score, the two channel scores and whether the
        // row is in a window, for every file whose name contains NAME.
        for s in &corpus {
            if s.name.contains(name.as_str()) {
                let mut d = AnomalyDetector::new(cfg.clone());
                for (i, (&t, &x)) in s.timestamps.iter().zip(&s.values).enumerate() {
                    let v = d.update(t, x);
                    let [a, b] = d.last_parts();
                    let w = s.windows.iter().any(|&(l, r)| l <= i && i <= r);
                    println!("{} {i} {x} {v:.6} {a:.4} {b:.4} {}", s.name, if w { "W" } else { "-" });
                }
            }
        }
        return;
    }
    let base_scores: Vec<Vec<f64>> = corpus
        .iter()
        .map(|s| {
            let mut b = EwmaZ { n: 0, mean: 0.0, var: 0.0 };
            s.values.iter().map(|&x| b.update(x)).collect()
        })
        .collect();
    let files: Vec<ScoredFile<'_>> =
        corpus.iter().zip(&scores).map(|(s, sc)| ScoredFile { windows: &s.windows, scores: sc }).collect();
    let base_files: Vec<ScoredFile<'_>> =
        corpus.iter().zip(&base_scores).map(|(s, sc)| ScoredFile { windows: &s.windows, scores: sc }).collect();

    println!(
        "NAB v1.1 development subset: {} files, {} rows, {} windows ({})",
        corpus.len(),
        total_points,
        total_windows,
        nab_dir.display()
    );
    println!();
    println!("| detector | profile | score | threshold | TP windows | FN windows | FP rows |");
    println!("|---|---|---|---|---|---|---|");
    let mut results = Vec::new();
    for (name, fs) in [("guard-detect", &files), ("EWMA z-score baseline", &base_files)] {
        for p in nab::PROFILES {
            let r = match at {
                Some(t) => nab::score_at_threshold(fs, p, t),
                None => nab::optimize_threshold(fs, p),
            };
            println!(
                "| {name} | {} | {:.2} | {:.6} | {} | {} | {} |",
                p.name, r.normalized, r.threshold, r.true_positives, r.false_negatives, r.false_positives
            );
            if name == "guard-detect" {
                results.push((p, r));
            }
        }
    }
    println!();
    println!(
        "SUMMARY standard={:.2} low_fp={:.2} low_fn={:.2}",
        results[0].1.normalized, results[1].1.normalized, results[2].1.normalized
    );
    println!(
        "false-positive rows per 10,000 points (threshold {:.4}): {:.2}; state per series: {} bytes",
        results[0].1.threshold,
        results[0].1.false_positives as f64 * 1e4 / total_points as f64,
        AnomalyDetector::new(cfg.clone()).memory_bytes()
    );
    if cfg.art_weight > 0.0 || cfg.art_bonus > 0.0 {
        let art = guard_detect::art::ArtDetector::new(guard_detect::art::ArtConfig {
            probation: cfg.art_probation,
            margin: cfg.art_margin,
            max_categories: cfg.art_categories,
        });
        println!(
            "ARTime-style detector: {} bytes fresh, at most {} bytes (included above as it grows)",
            art.memory_bytes(),
            art.max_memory_bytes()
        );
    }

    if split {
        // Held-out check: files alternate (sorted by name) between a tuning
        // half A (even positions) and a held-out half B (odd positions).
        // Each half is scored with its own optimised threshold and with the
        // threshold optimised on the other half (no label of the scored half
        // is used then).
        let half = |k: usize| -> Vec<ScoredFile<'_>> {
            files.iter().enumerate().filter(|(i, _)| i % 2 == k).map(|(_, f)| *f).collect()
        };
        let (a, b) = (half(0), half(1));
        let nw = |h: &[ScoredFile<'_>]| h.iter().map(|f| f.windows.len()).sum::<usize>();
        println!();
        println!("held-out split: A = even files ({} windows), B = odd files ({} windows)", nw(&a), nw(&b));
        println!("| profile | A (own thr) | B (own thr) | B at A's thr | A at B's thr |");
        println!("|---|---|---|---|---|");
        let mut line = String::from("SPLIT");
        for p in nab::PROFILES {
            let ra = nab::optimize_threshold(&a, p);
            let rb = nab::optimize_threshold(&b, p);
            let ba = nab::score_at_threshold(&b, p, ra.threshold);
            let ab = nab::score_at_threshold(&a, p, rb.threshold);
            println!(
                "| {} | {:.2} | {:.2} | {:.2} | {:.2} |",
                p.name, ra.normalized, rb.normalized, ba.normalized, ab.normalized
            );
            line.push_str(&format!(
                " {}: A={:.2} B={:.2} B@A={:.2}",
                p.name, ra.normalized, rb.normalized, ba.normalized
            ));
        }
        println!("{line}");
    }

    if per_file {
        let thr = results[0].1.threshold;
        println!();
        println!("per file at the standard threshold {thr:.6}:");
        for (s, f) in corpus.iter().zip(&files) {
            let r = nab::score_at_threshold(std::slice::from_ref(f), nab::STANDARD, thr);
            let first: Vec<String> = s
                .windows
                .iter()
                .map(|&(l, rr)| match (l..=rr).find(|&i| f.scores[i] >= thr) {
                    Some(i) => format!("{:+.2}", (i as f64 - l as f64) / (rr - l + 1) as f64),
                    None => "miss".into(),
                })
                .collect();
            let fp_rows: Vec<String> = (nab::probationary_period(f.scores.len())..f.scores.len())
                .filter(|&i| f.scores[i] >= thr && !s.windows.iter().any(|&(l, r)| l <= i && i <= r))
                .map(|i| i.to_string())
                .collect();
            println!(
                "  {:60} raw {:+7.3}  TP {} FN {} FP {:3}  first-detection-pos [{}] windows {:?} FP rows {}",
                s.name,
                r.raw,
                r.true_positives,
                r.false_negatives,
                r.false_positives,
                first.join(" "),
                s.windows,
                fp_rows.join(",")
            );
        }
    }

    if throughput {
        println!();
        let mut best_det = f64::INFINITY;
        let mut best_base = f64::INFINITY;
        for _ in 0..repeat {
            let t0 = Instant::now();
            let mut acc = 0.0;
            for s in &corpus {
                let mut d = AnomalyDetector::new(cfg.clone());
                for (&t, &x) in s.timestamps.iter().zip(&s.values) {
                    acc += d.update(black_box(t), black_box(x));
                }
            }
            black_box(acc);
            best_det = best_det.min(t0.elapsed().as_secs_f64());

            let t0 = Instant::now();
            let mut acc = 0.0;
            for s in &corpus {
                let mut b = EwmaZ { n: 0, mean: 0.0, var: 0.0 };
                for (&t, &x) in s.timestamps.iter().zip(&s.values) {
                    black_box(t);
                    acc += b.update(black_box(x));
                }
            }
            black_box(acc);
            best_base = best_base.min(t0.elapsed().as_secs_f64());
        }
        let pps = total_points as f64 / best_det;
        let bps = total_points as f64 / best_base;
        println!("throughput (single thread, best of {repeat} passes over {total_points} points):");
        println!("  guard-detect          {:>12.0} points/s ({:.1} ns/point)", pps, 1e9 / pps);
        println!("  EWMA z-score baseline {:>12.0} points/s ({:.1} ns/point)", bps, 1e9 / bps);
        println!("  relative cost         {:.1}x the baseline", bps / pps);
        println!("  (release build: {})", !cfg!(debug_assertions));
    }
}

/// `--cv`: leave-one-category-out cross-validation of the parameter search
/// (`guard_detect::cv`), starting from `base`.
fn print_cv(
    corpus: &[nab::LabeledSeries],
    base: &DetectorConfig,
    proc: guard_detect::cv::Procedure,
    space: &[guard_detect::cv::Param],
) {
    use guard_detect::cv;
    let fixed = cv::cross_validate(corpus, base, &[], proc);
    println!(
        "base configuration fixed (only the thresholds chosen on the other categories): CV standard={:.2} low_fp={:.2} low_fn={:.2}",
        fixed.pooled[0], fixed.pooled[1], fixed.pooled[2]
    );
    let base_scores = cv::run_corpus(corpus, base);
    for f in &fixed.folds {
        let own: Vec<ScoredFile<'_>> = corpus
            .iter()
            .zip(&base_scores)
            .filter(|(s, _)| cv::category(&s.name) == f.held_out)
            .map(|(s, sc)| ScoredFile { windows: &s.windows, scores: sc })
            .collect();
        let o = nab::optimize_threshold(&own, nab::STANDARD);
        println!(
            "  held out {:24} standard {:>8.2} (thr {:.4}; own thr {:.4}: {:.2}) low FP {:>8.2} low FN {:>8.2} FP rows {}",
            f.held_out,
            f.held[0].normalized,
            f.held[0].threshold,
            o.threshold,
            o.normalized,
            f.held[1].normalized,
            f.held[2].normalized,
            f.held[0].false_positives
        );
    }
    let t0 = Instant::now();
    let r = cv::cross_validate(corpus, base, space, proc);
    let total_points: usize = corpus.iter().map(|s| s.values.len()).sum();
    println!(
        "leave-one-category-out cross-validation: {} folds, {} parameters, {} sweeps, criterion {:?}, min gain {}, {} configurations run ({:.0} s)",
        r.folds.len(),
        space.len(),
        proc.sweeps,
        proc.criterion,
        proc.min_gain,
        r.configs_evaluated,
        t0.elapsed().as_secs_f64()
    );
    println!();
    println!(
        "| held-out category | windows | rows | standard | low FP | low FN | FP rows (std) | TP/windows (std) | train std (own thr) | chosen on the other categories |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|");
    for f in &r.folds {
        let fmt = |s: &nab::ProfileScore| {
            if f.windows == 0 { format!("({:+.2} raw)", s.raw) } else { format!("{:.2}", s.normalized) }
        };
        println!(
            "| {} | {} | {} | {} | {} | {} | {} | {}/{} | {:.2} | {} |",
            f.held_out,
            f.windows,
            f.points,
            fmt(&f.held[0]),
            fmt(&f.held[1]),
            fmt(&f.held[2]),
            f.held[0].false_positives,
            f.held[0].true_positives,
            f.windows,
            f.train[0].normalized,
            if f.changes.is_empty() { "(base)".to_string() } else { f.changes.join(" ") }
        );
    }
    for f in &r.folds {
        println!(
            "  thresholds chosen without {} ({:?}): {:.4} / {:.4} / {:.4}",
            f.held_out, proc.threshold, f.train[0].threshold, f.train[1].threshold, f.train[2].threshold
        );
    }
    println!();
    println!("| | standard | reward_low_FP_rate | reward_low_FN_rate |");
    println!("|---|---|---|---|");
    println!(
        "| **cross-validated (pooled held-out)** | **{:.2}** | **{:.2}** | **{:.2}** |",
        r.pooled[0], r.pooled[1], r.pooled[2]
    );
    println!(
        "| in-sample (selected config, whole subset) | {:.2} | {:.2} | {:.2} |",
        r.in_sample[0].normalized, r.in_sample[1].normalized, r.in_sample[2].normalized
    );
    println!(
        "| in-sample at the rule's threshold ({:?}; thresholds {:.4} / {:.4} / {:.4}) | {:.2} | {:.2} | {:.2} |",
        proc.threshold,
        r.in_sample_rule[0].threshold,
        r.in_sample_rule[1].threshold,
        r.in_sample_rule[2].threshold,
        r.in_sample_rule[0].normalized,
        r.in_sample_rule[1].normalized,
        r.in_sample_rule[2].normalized
    );
    println!(
        "| held-out FP rows per 10,000 points | {:.2} | {:.2} | {:.2} |",
        r.pooled_false_positives[0] as f64 * 1e4 / total_points as f64,
        r.pooled_false_positives[1] as f64 * 1e4 / total_points as f64,
        r.pooled_false_positives[2] as f64 * 1e4 / total_points as f64
    );
    println!(
        "| held-out windows detected | {} | {} | {} |",
        r.pooled_true_positives[0], r.pooled_true_positives[1], r.pooled_true_positives[2]
    );
    println!(
        "| in-sample FP rows per 10,000 points | {:.2} | {:.2} | {:.2} |",
        r.in_sample[0].false_positives as f64 * 1e4 / total_points as f64,
        r.in_sample[1].false_positives as f64 * 1e4 / total_points as f64,
        r.in_sample[2].false_positives as f64 * 1e4 / total_points as f64
    );
    println!();
    println!(
        "selected on all categories: {}",
        if r.selected_changes.is_empty() { "(base, unchanged)".to_string() } else { r.selected_changes.join(" ") }
    );
    println!("selected == DetectorConfig::default(): {}", r.selected == DetectorConfig::default());
    println!(
        "CV standard={:.2} low_fp={:.2} low_fn={:.2} in_sample_standard={:.2} in_sample_at_rule={:.2} / {:.2} / {:.2}",
        r.pooled[0],
        r.pooled[1],
        r.pooled[2],
        r.in_sample[0].normalized,
        r.in_sample_rule[0].normalized,
        r.in_sample_rule[1].normalized,
        r.in_sample_rule[2].normalized
    );
}
