//! Scheduler scale: N HTTP components at a fixed interval against one local `labsvc`, for a
//! fixed time; reports the guard's CPU share of one core and peak RSS, next to a baseline in
//! the same run: a bare reqwest client issuing the same request rate with no guard machinery.
//!
//! `cargo build --release --bins && target/release/scale_bench [--components 10000]
//!  [--interval 10] [--seconds 60]`

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

mod common;
use common::{arg, cpu_seconds, free_port, peak_rss};

fn lab_requests(port: u16) -> String {
    use std::io::{Read, Write};
    let Ok(mut s) = std::net::TcpStream::connect(("127.0.0.1", port)) else { return "?".into() };
    let _ = write!(s, "GET /metrics HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n");
    let mut b = String::new();
    let _ = s.read_to_string(&mut b);
    b.lines()
        .find(|l| l.starts_with("labsvc_requests_total"))
        .and_then(|l| l.split_whitespace().last())
        .unwrap_or("?")
        .to_string()
}

fn main() {
    let n = arg("--components", 10_000);
    let interval = arg("--interval", 10);
    let seconds = arg("--seconds", 60);
    let warmup = interval.min(seconds / 3);
    let dir = tempfile::tempdir().unwrap();
    let exe = std::env::current_exe().unwrap();
    let port = free_port();
    let mut lab = Command::new(exe.with_file_name("labsvc"))
        .args(["--port", &port.to_string()])
        .stdout(Stdio::null())
        .spawn()
        .expect("labsvc built beside scale_bench");
    std::thread::sleep(Duration::from_millis(300));

    // --- the guard ---
    let mut cfg = format!(
        "pipeline:\n  monitoring: {{ interval: {interval}s, health_check_timeout: 2s, max_workers: 256 }}\ncomponents:\n"
    );
    for i in 0..n {
        cfg.push_str(&format!(
            "  - name: c{i}\n    check: {{ http: {{ url: \"http://127.0.0.1:{port}/health\" }} }}\n"
        ));
    }
    let cfg_path = dir.path().join("scale.yaml");
    std::fs::write(&cfg_path, cfg).unwrap();
    let api = free_port();
    let mut guard = Command::new(exe.with_file_name("pipeline-guard"))
        .args(["serve", "--config"])
        .arg(&cfg_path)
        .arg("--db")
        .arg(dir.path().join("scale.db"))
        .args(["--listen", &format!("127.0.0.1:{api}")])
        .env("PIPELINE_LOG", "warn")
        .stdout(Stdio::null())
        .spawn()
        .expect("pipeline-guard built beside scale_bench");
    let pid = guard.id();
    std::thread::sleep(Duration::from_secs(warmup));
    let (c0, t0) = (cpu_seconds(pid), Instant::now());
    let lab_c0 = cpu_seconds(lab.id());
    let r0: f64 = lab_requests(port).parse().unwrap_or(0.0);
    std::thread::sleep(Duration::from_secs(seconds - warmup));
    let span = t0.elapsed().as_secs_f64();
    let guard_share = (cpu_seconds(pid) - c0) / span;
    let lab_share = (cpu_seconds(lab.id()) - lab_c0) / span;
    let rate_seen = (lab_requests(port).parse().unwrap_or(0.0) - r0) / span;
    let peak = peak_rss(pid);
    // SAFETY: plain kill(2) on our own child.
    unsafe { libc::kill(pid as i32, libc::SIGTERM) };
    let _ = guard.wait();

    // --- baseline: the same request rate from a bare client in this process ---
    let rate = n as f64 / interval as f64;
    let base_seconds = (seconds - warmup).min(30);
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let me = std::process::id();
    let (b0, bt0) = (cpu_seconds(me), Instant::now());
    rt.block_on(async {
        let client = reqwest::Client::new();
        let url = format!("http://127.0.0.1:{port}/health");
        let mut tick = tokio::time::interval(Duration::from_secs_f64(1.0 / rate));
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Burst);
        let deadline = Instant::now() + Duration::from_secs(base_seconds);
        while Instant::now() < deadline {
            tick.tick().await;
            let c = client.clone();
            let u = url.clone();
            tokio::spawn(async move {
                if let Ok(r) = c.get(u).send().await {
                    let _ = r.bytes().await;
                }
            });
        }
    });
    let base_share = (cpu_seconds(me) - b0) / bt0.elapsed().as_secs_f64();
    let _ = lab.kill();
    let _ = lab.wait();

    println!(
        "Scheduler scale: {n} HTTP components, {interval} s interval ({rate:.0} checks/s expected, {rate_seen:.0}/s served), measured over {span:.0} s after {warmup} s warm-up"
    );
    println!("| process | CPU (share of one core) | peak RSS |");
    println!("|---|---|---|");
    println!("| pipeline-guard serve | {:.1} % | {:.0} MB |", guard_share * 100.0, peak as f64 / 1e6);
    println!("| baseline: bare reqwest client, same rate | {:.1} % | - |", base_share * 100.0);
    println!("| the lab server answering the guard | {:.1} % | - |", lab_share * 100.0);
}
