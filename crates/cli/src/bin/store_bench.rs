//! History storage on the real `serve` path: bytes per sample on disk, bytes per day, disk
//! writes per sample (write amplification) and the samples endpoint's latency under `wrk`.
//!
//! `cargo build --release --workspace --bins && target/release/store_bench --lab 1000 --interval 10 --seconds 600`
//! (N generated components checked every `--interval` s against one local `labsvc`), or
//! `store_bench --demo --seconds 300` (the embedded demo lab, `pipeline-guard demo --headless`).
//! `--bin-dir DIR` takes `pipeline-guard` and `labsvc` from DIR (e.g. an older build to compare);
//! `--keep PATH` keeps a copy of the database; `--full N` (240) is the points of a sealed chunk
//! for the steady-state projection (a short run leaves chunks part-filled); `--wrk S` runs
//! `wrk -t2 -c16 -d S` on two sample queries at the end (0 skips). Needs the `sqlite3` shell (its `dbstat` table gives each table's and index's pages).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[allow(dead_code)]
mod common;
use common::{arg, free_port};

fn flag(name: &str) -> bool {
    std::env::args().any(|a| a == name)
}

fn text_arg(name: &str) -> Option<String> {
    let args: Vec<String> = std::env::args().collect();
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned()
}

fn http_get(port: u16, path: &str) -> Option<(u16, String)> {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(10))).ok()?;
    write!(s, "GET {path} HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: close\r\n\r\n").ok()?;
    let mut b = String::new();
    s.read_to_string(&mut b).ok()?;
    let status = b.split_whitespace().nth(1)?.parse().ok()?;
    Some((status, b.split_once("\r\n\r\n").map(|x| x.1.to_string()).unwrap_or_default()))
}

fn sqlite(db: &Path, sql: &str) -> String {
    let out = Command::new("sqlite3").arg(db).arg(sql).output().expect("the sqlite3 shell");
    assert!(out.status.success(), "{sql}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

fn num(db: &Path, sql: &str) -> f64 {
    sqlite(db, sql).parse().unwrap_or(0.0)
}

fn has_table(db: &Path, t: &str) -> bool {
    num(db, &format!("SELECT COUNT(*) FROM sqlite_master WHERE name = '{t}'")) > 0.0
}

/// Bytes the process has caused to be written to storage (`/proc/PID/io`).
fn write_bytes(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/io"))
        .ok()
        .and_then(|t| {
            t.lines().find(|l| l.starts_with("write_bytes:")).and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

fn raw_samples(db: &Path) -> f64 {
    num(db, "SELECT COALESCE(SUM(n), 0) FROM sample_chunks")
}

/// `wrk` on one URL; returns (requests/s, p50 ms, p99 ms).
fn wrk(url: &str, seconds: u64) -> (f64, f64, f64) {
    let out = Command::new("wrk")
        .args(["-t2", "-c16", &format!("-d{seconds}s"), "--latency", url])
        .output()
        .expect("wrk (apt-get install wrk)");
    let text = String::from_utf8_lossy(&out.stdout);
    let ms = |label: &str| {
        text.lines().find(|l| l.trim_start().starts_with(label)).and_then(|l| l.split_whitespace().nth(1)).map_or(
            f64::NAN,
            |v| {
                let (n, unit) = v.split_at(v.find(|c: char| c.is_alphabetic()).unwrap_or(v.len()));
                let n: f64 = n.parse().unwrap_or(f64::NAN);
                match unit {
                    "us" => n / 1000.0,
                    "s" => n * 1000.0,
                    _ => n,
                }
            },
        )
    };
    let rps = text
        .lines()
        .find(|l| l.starts_with("Requests/sec:"))
        .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        .unwrap_or(f64::NAN);
    if text.contains("Non-2xx") {
        eprintln!("wrk saw non-2xx answers:\n{text}");
    }
    (rps, ms("50%"), ms("99%"))
}

fn main() {
    let seconds = arg("--seconds", 300);
    let wrk_s = arg("--wrk", 20);
    let demo = flag("--demo");
    let n = arg("--lab", 1000);
    let interval = arg("--interval", 10);
    let bin_dir = text_arg("--bin-dir")
        .map(PathBuf::from)
        .unwrap_or_else(|| std::env::current_exe().unwrap().parent().unwrap().to_path_buf());
    let (guard_bin, labsvc) = (bin_dir.join("pipeline-guard"), bin_dir.join("labsvc"));
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("store.db");
    let api = free_port();
    let mut lab = None;
    let mut guard = if demo {
        let port_base = 20_000 + (std::process::id() % 20_000) as u16;
        Command::new(&guard_bin)
            .args([
                "demo",
                "--headless",
                "--listen",
                &format!("127.0.0.1:{api}"),
                "--port-base",
                &port_base.to_string(),
                "--db",
            ])
            .arg(&db)
            .env("PIPELINE_LOG", "warn")
            .stdout(Stdio::null())
            .spawn()
            .expect("pipeline-guard in --bin-dir")
    } else {
        let port = free_port();
        lab = Some(
            Command::new(&labsvc)
                .args(["--port", &port.to_string()])
                .stdout(Stdio::null())
                .spawn()
                .expect("labsvc in --bin-dir"),
        );
        let mut cfg = format!(
            "pipeline:\n  monitoring: {{ interval: {interval}s, health_check_timeout: 2s, max_workers: 256 }}\ncomponents:\n"
        );
        for i in 0..n {
            cfg.push_str(&format!(
                "  - name: c{i}\n    check: {{ http: {{ url: \"http://127.0.0.1:{port}/health\" }} }}\n"
            ));
        }
        let cfg_path = dir.path().join("lab.yaml");
        std::fs::write(&cfg_path, cfg).unwrap();
        Command::new(&guard_bin)
            .args(["serve", "--config"])
            .arg(&cfg_path)
            .arg("--db")
            .arg(&db)
            .args(["--listen", &format!("127.0.0.1:{api}")])
            .env("PIPELINE_LOG", "warn")
            .stdout(Stdio::null())
            .spawn()
            .expect("pipeline-guard in --bin-dir")
    };
    let pid = guard.id();
    let start = Instant::now();
    while http_get(api, "/ready").is_none_or(|(s, _)| s != 200) {
        assert!(start.elapsed() < Duration::from_secs(60), "the guard did not become ready");
        std::thread::sleep(Duration::from_millis(200));
    }
    // One interval to settle, then measure.
    std::thread::sleep(Duration::from_secs(if demo { 2 } else { interval }));
    let (w0, s0, t0) = (write_bytes(pid), raw_samples(&db), Instant::now());
    std::thread::sleep(Duration::from_secs(seconds));
    let (w1, s1, took) = (write_bytes(pid), raw_samples(&db), t0.elapsed().as_secs_f64());
    let component = if demo { "checkout-api" } else { "c0" };
    let mut lat = Vec::new();
    if wrk_s > 0 {
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
        for (label, q) in [
            ("raw, last 10 min, step 10 s", format!("from={}&to={now}&step=10", now - 600)),
            ("rollups, last 24 h, step 5 min", format!("from={}&to={now}&step=300", now - 86_400)),
        ] {
            let path = format!("/api/components/{component}/samples?metric=up&{q}");
            let (st, body) = http_get(api, &path).unwrap_or((0, String::new()));
            assert_eq!(st, 200, "{path}: {body}");
            lat.push((label, wrk(&format!("http://127.0.0.1:{api}{path}"), wrk_s)));
        }
    }
    // SAFETY: kill(2) on our own child.
    unsafe { libc::kill(pid as i32, libc::SIGTERM) };
    let _ = guard.wait();
    if let Some(mut l) = lab {
        let _ = l.kill();
        let _ = l.wait();
    }

    if let Some(keep) = text_arg("--keep") {
        std::fs::copy(&db, &keep).expect("--keep PATH");
    }
    let samples = raw_samples(&db);
    let chunks = num(&db, "SELECT COUNT(*) FROM sample_chunks");
    let data = num(&db, "SELECT COALESCE(SUM(length(data)), 0) FROM sample_chunks");
    // Chunks hold a group (a component's series, `enc` 2) or, before, one series.
    let series = num(&db, "SELECT COUNT(*) FROM series");
    let groups = num(&db, "SELECT COUNT(DISTINCT series_id) FROM sample_chunks");
    let pages = |names: &str| num(&db, &format!("SELECT COALESCE(SUM(pgsize), 0) FROM dbstat WHERE name IN ({names})"));
    let raw_disk = pages("'sample_chunks', 'sample_chunks_by_series_end'");
    let mut minutes = num(&db, "SELECT COUNT(*) FROM rollups_1m");
    if has_table(&db, "rollup_chunks") {
        minutes += num(&db, "SELECT COALESCE(SUM(n), 0) FROM rollup_chunks");
    }
    let rollup_disk =
        pages("'rollups_1m', 'sqlite_autoindex_rollups_1m_1', 'rollup_chunks', 'rollup_chunks_by_series_end'");
    let file = std::fs::metadata(&db).map(|m| m.len()).unwrap_or(0);
    let rate = (s1 - s0) / took;
    let per_sample = raw_disk / samples;
    let per_minute_row = rollup_disk / minutes.max(1.0);
    let gib = |b: f64| b / (1u64 << 30) as f64;
    println!(
        "store_bench: {} for {seconds} s, binaries from {}",
        if demo { "demo lab".to_string() } else { format!("{n} components at {interval} s") },
        bin_dir.display()
    );
    println!(
        "raw samples {samples}, series {series}, chunk owners (groups or series) {groups}, chunks {chunks} ({:.1} samples/chunk)",
        samples / chunks.max(1.0)
    );
    println!("raw: chunk data {:.2} B/sample; on disk (table + index pages) {per_sample:.2} B/sample", data / samples);
    // A short run leaves every chunk open and part-filled; a long one fills them. Project the
    // row, index and page cost per chunk measured here onto full chunks.
    let per_chunk = (raw_disk - data) / chunks.max(1.0);
    // A group chunk (`enc` 2) holds several values a row: its row count is the blob's first
    // varint. A full chunk is `--full` rows.
    let has_enc = num(&db, "SELECT COUNT(*) FROM pragma_table_info('sample_chunks') WHERE name = 'enc'") > 0.0;
    let group_rows: f64 = if has_enc {
        sqlite(&db, "SELECT hex(substr(data, 1, 3)) FROM sample_chunks WHERE enc = 2")
            .lines()
            .map(|h| {
                let bytes: Vec<u8> =
                    (0..h.len() / 2).filter_map(|i| u8::from_str_radix(&h[2 * i..2 * i + 2], 16).ok()).collect();
                let (mut v, mut shift) = (0u64, 0);
                for b in bytes {
                    v |= ((b & 0x7f) as u64) << shift;
                    shift += 7;
                    if b & 0x80 == 0 {
                        break;
                    }
                }
                v as f64
            })
            .sum()
    } else {
        0.0
    };
    let group_samples =
        if has_enc { num(&db, "SELECT COALESCE(SUM(n), 0) FROM sample_chunks WHERE enc = 2") } else { 0.0 };
    let per_row = if group_rows > 0.0 { group_samples / group_rows } else { 1.0 };
    let full = arg("--full", 240) as f64;
    println!(
        "  per chunk {per_chunk:.0} B besides its data, {per_row:.2} samples a row → with {full} rows a chunk: {:.2} B/sample",
        data / samples + per_chunk / (full * per_row)
    );
    // Per metric only for one-series chunks (`enc` < 2: the binaries before groups).
    let one_series = if num(&db, "SELECT COUNT(*) FROM pragma_table_info('sample_chunks') WHERE name = 'enc'") > 0.0 {
        "WHERE c.enc < 2"
    } else {
        ""
    };
    for line in sqlite(&db, &format!("SELECT s.name, SUM(c.n), SUM(length(c.data)) FROM sample_chunks c JOIN series s ON s.id = c.series_id {one_series} GROUP BY s.name ORDER BY s.name")).lines() {
        let f: Vec<&str> = line.split('|').collect();
        if let [name, n, bytes] = f[..] {
            let (n, bytes): (f64, f64) = (n.parse().unwrap_or(0.0), bytes.parse().unwrap_or(0.0));
            println!("  {name}: {n} samples, chunk data {:.2} B/sample", bytes / n.max(1.0));
        }
    }
    println!("rollups: {minutes} series-minutes, {per_minute_row:.2} B each on disk");
    println!("database file {:.2} MiB", file as f64 / (1 << 20) as f64);
    println!(
        "ingest {rate:.1} samples/s → raw {:.3} GiB/day, rollups {:.3} GiB/day (at {series} series)",
        gib(rate * 86_400.0 * per_sample),
        gib(series * 1440.0 * per_minute_row)
    );
    println!(
        "disk writes while measured: {:.0} B per sample ({:.1} MiB in {took:.0} s)",
        (w1 - w0) as f64 / (s1 - s0).max(1.0),
        (w1 - w0) as f64 / (1 << 20) as f64
    );
    for (label, (rps, p50, p99)) in lat {
        println!("GET samples ({label}), wrk -t2 -c16 -d{wrk_s}s: {rps:.0} req/s, p50 {p50:.2} ms, p99 {p99:.2} ms");
    }
}
