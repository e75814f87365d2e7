//! Runs the detector over one `timestamp,value` CSV file and prints
//! `timestamp,value,anomaly_score` to stdout.
//!
//! `cargo run --release -p guard-detect --example detect_file -- FILE.csv`

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: detect_file FILE.csv");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    match guard_detect::detect_csv(&text) {
        Ok(out) => print!("{out}"),
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    }
}
