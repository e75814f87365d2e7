//! Front benchmark (issue 22): does the front absorb every fault?
//!
//! Two supervised `labsvc` instances behind the guard's front (`scale: { min_instances: 2 }`,
//! HTTP check every 1 s, front probes every 1 s, `outlier:` and `retry:` at their defaults), the
//! guard in process. `wrk -t2 -c4 --timeout 5s` sends GET `/health` through the front for 25 s
//! while, in turn: instance 0 crashes (t = 5 s), instance 1 answers 500 (t = 10 s), instance 0
//! hangs (t = 15 s), an operator asks for a restart (rolling, t = 20 s). Prints requests and
//! failed requests (non-2xx answers and client time-outs/errors, as wrk counts them) per run,
//! with outlier detection on (`--runs N`, default 3) and once off; then the front's added
//! latency: wrk for 10 s through the front and straight at instance 0, same lab, no fault.
//!
//! Usage: `cargo build --release -p labsvc -p guard-bench && target/release/front_bench [--runs N]`
//! (needs `wrk` on PATH: `apt-get install wrk`).

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

use guard_engine::heal::DryRun;
use guard_engine::{GuardOptions, PipelineGuard};

fn labsvc() -> PathBuf {
    let exe = std::env::current_exe().expect("own path");
    let p = exe.parent().expect("bin dir").join("labsvc");
    assert!(p.is_file(), "{} not built: cargo build -p labsvc (same profile)", p.display());
    p
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

struct Lab {
    guard: PipelineGuard,
    front: u16,
    _dir: tempfile::TempDir,
}

async fn lab(outlier: bool) -> Lab {
    let dir = tempfile::tempdir().unwrap();
    let (base, front) = (free_port(), free_port());
    let yaml = format!(
        r#"
pipeline:
  monitoring: {{ interval: 1s, health_check_timeout: 1s, jitter: 0 }}
  healing: {{ cooldown: 0s, verify_within: 10s }}
components:
  - name: svc
    process: {{ command: ["{labsvc}", "--port", "{{port}}", "--state-file", "{dir}/svc-{{port}}.state"] }}
    scale: {{ port: {base}, min_instances: 2 }}
    check: {{ http: {{ url: "http://127.0.0.1:{{port}}/health" }} }}
    recovery: [restart]
    front: {{ listen: "127.0.0.1:{front}", health_interval: 1s, outlier: {{ enabled: {outlier} }} }}
"#,
        labsvc = labsvc().display(),
        dir = dir.path().display(),
    );
    let cfg =
        guard_engine::config::load_str(&yaml, "bench.yaml", dir.path(), &Default::default()).expect("bench config");
    let guard = PipelineGuard::start(cfg, GuardOptions { db_path: Some(dir.path().join("bench.db")), log_dir: None })
        .await
        .expect("guard starts");
    let l = Lab { guard, front, _dir: dir };
    let end = Instant::now() + Duration::from_secs(30);
    loop {
        let up = l.guard.state("svc").is_some_and(|s| s.status == guard_engine::model::Status::Healthy);
        let quiet = l.guard.healing_overview().open_incidents == 0;
        let serving = l.guard.front("svc").is_some_and(|f| {
            f.instances.len() == 2 && f.instances.iter().all(|i| i.healthy && !i.ejected && !i.draining)
        });
        if up && quiet && serving {
            return l;
        }
        assert!(Instant::now() < end, "svc not up behind its front: {:#?}", l.guard.front("svc"));
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

impl Lab {
    fn port_of(&self, instance: u32) -> u16 {
        self.guard
            .front("svc")
            .and_then(|f| f.instances.iter().find(|i| i.instance == instance).map(|i| i.port))
            .expect("instance")
    }
}

/// What wrk counted.
#[derive(Debug, Default)]
struct Wrk {
    requests: u64,
    non_2xx: u64,
    socket_errors: u64,
    timeouts: u64,
    p50_us: f64,
    p99_us: f64,
}

impl Wrk {
    fn failed(&self) -> u64 {
        self.non_2xx + self.socket_errors
    }
}

/// `1.23ms`, `456.00us`, `2.01s` → microseconds.
fn micros(s: &str) -> f64 {
    let (num, unit) = s.split_at(s.find(|c: char| c.is_ascii_alphabetic()).unwrap_or(s.len()));
    let n: f64 = num.parse().unwrap_or(f64::NAN);
    match unit {
        "us" => n,
        "ms" => n * 1e3,
        "s" => n * 1e6,
        "m" => n * 60e6,
        _ => f64::NAN,
    }
}

fn parse_wrk(out: &str) -> Wrk {
    let mut w = Wrk::default();
    for line in out.lines().map(str::trim) {
        let words: Vec<&str> = line.split_whitespace().collect();
        match words.as_slice() {
            [n, "requests", "in", ..] => w.requests = n.parse().unwrap_or(0),
            ["Non-2xx", "or", "3xx", "responses:", n] => w.non_2xx = n.parse().unwrap_or(0),
            ["50%", v] => w.p50_us = micros(v),
            ["99%", v] => w.p99_us = micros(v),
            ["Socket", "errors:", rest @ ..] => {
                // connect 0, read 0, write 0, timeout 12
                let nums: Vec<u64> = rest.iter().filter_map(|x| x.trim_end_matches(',').parse().ok()).collect();
                w.socket_errors = nums.iter().sum();
                w.timeouts = nums.last().copied().unwrap_or(0);
            }
            _ => {}
        }
    }
    w
}

/// Run wrk against `port` for `secs`; blocks a thread.
fn wrk(port: u16, secs: u64) -> Wrk {
    let out = Command::new("wrk")
        .args(["-t2", "-c4", "--timeout", "5s", "--latency", "-d"])
        .arg(format!("{secs}s"))
        .arg(format!("http://127.0.0.1:{port}/health"))
        .output()
        .expect("wrk on PATH (apt-get install wrk)");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "wrk failed: {}\n{text}", String::from_utf8_lossy(&out.stderr));
    parse_wrk(&text)
}

async fn fault(port: u16, what: &'static str) {
    tokio::task::spawn_blocking(move || {
        let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).ok()?;
        s.set_read_timeout(Some(Duration::from_secs(2))).ok()?;
        std::io::Write::write_all(
            &mut s,
            format!("POST {what} HTTP/1.1\r\nhost: x\r\ncontent-length: 0\r\nconnection: close\r\n\r\n").as_bytes(),
        )
        .ok()?;
        // Read the answer: a client gone before it may cancel the fault.
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut s, &mut buf).ok()
    })
    .await
    .unwrap();
}

/// The issue's 25 s: crash, 500s, hang, rolling restart under wrk.
async fn scenario(outlier: bool) -> (Wrk, guard_engine::front::FrontView, Vec<String>) {
    let l = lab(outlier).await;
    let front = l.front;
    let load = tokio::task::spawn_blocking(move || wrk(front, 25));
    let t0 = Instant::now();
    let at = |s: u64| tokio::time::sleep_until((t0 + Duration::from_secs(s)).into());
    at(5).await;
    fault(l.port_of(0), "/fault/crash").await;
    at(10).await;
    fault(l.port_of(1), "/fault/http500").await;
    at(15).await;
    fault(l.port_of(0), "/fault/hang").await;
    at(20).await;
    let g = l.guard.clone();
    tokio::spawn(async move { g.heal("svc", "restart", DryRun::No, "bench").await });
    let w = load.await.unwrap();
    let v = l.guard.front("svc").expect("front");
    let kinds = l.guard.incidents(0, i64::MAX, Some("svc")).await.unwrap().into_iter().map(|i| i.kind).collect();
    l.guard.shutdown().await.unwrap();
    (w, v, kinds)
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let runs: usize =
        args.iter().position(|a| a == "--runs").and_then(|i| args.get(i + 1)).and_then(|n| n.parse().ok()).unwrap_or(3);
    println!(
        "Issue 22 scenario: wrk -t2 -c4 --timeout 5s, GET /health through the front for 25 s; crash of 0 at 5 s, 500s from 1 at 10 s, hang of 0 at 15 s, rolling restart at 20 s\n"
    );
    println!(
        "| run | outlier detection | requests | failed | non-2xx | client errors (time-outs) | front retries | ejections | budget exhausted | incidents |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|");
    let plan: Vec<bool> = std::iter::repeat_n(true, runs).chain([false]).collect();
    for (i, outlier) in plan.into_iter().enumerate() {
        let (w, v, kinds) = scenario(outlier).await;
        println!(
            "| {} | {} | {} | {} | {} | {} ({}) | {} | {} | {} | {} |",
            i + 1,
            if outlier { "on" } else { "off" },
            w.requests,
            w.failed(),
            w.non_2xx,
            w.socket_errors,
            w.timeouts,
            v.retries,
            v.ejections,
            v.budget_exhausted,
            kinds.join(", ")
        );
    }

    println!("\nAdded latency (no fault, same lab, wrk -t2 -c4 for 10 s each)\n");
    let l = lab(true).await;
    let (front, direct) = (l.front, l.port_of(0));
    let via = tokio::task::spawn_blocking(move || wrk(front, 10)).await.unwrap();
    let straight = tokio::task::spawn_blocking(move || wrk(direct, 10)).await.unwrap();
    println!("| target | requests | p50 | p99 |");
    println!("|---|---|---|---|");
    for (what, w) in [("through the front", &via), ("instance 0 directly", &straight)] {
        println!("| {what} | {} | {:.0} µs | {:.0} µs |", w.requests, w.p50_us, w.p99_us);
    }
    l.guard.shutdown().await.unwrap();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrk_output_is_read() {
        let out = "Running 25s test @ http://127.0.0.1:1/health\n  2 threads and 4 connections\n  Latency Distribution\n     50%  318.00us\n     99%    2.01ms\n  12345 requests in 25.00s, 1.20MB read\n  Socket errors: connect 0, read 3, write 0, timeout 12\n  Non-2xx or 3xx responses: 530\nRequests/sec:    493.80\n";
        let w = parse_wrk(out);
        assert_eq!((w.requests, w.non_2xx, w.socket_errors, w.timeouts, w.failed()), (12345, 530, 15, 12, 545));
        assert_eq!((w.p50_us.round(), w.p99_us.round()), (318.0, 2010.0));
    }
}
