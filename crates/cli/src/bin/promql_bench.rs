//! PromQL checks at scale: a real Prometheus holding `--series` series (served by a real
//! node_exporter's textfile collector, scraped every 5 s) and the guard evaluating all of them
//! every `--interval` seconds through `--series / --per-check` PromQL checks (each query returns
//! `--per-check` series). Reports the guard's CPU share of one core and peak RSS, Prometheus's
//! CPU, the evaluations done, next to a baseline in the same run: a bare reqwest client issuing
//! the same query rate with no guard machinery.
//!
//! `cargo build --release --bins && target/release/promql_bench [--series 10000]
//!  [--per-check 10] [--interval 15] [--seconds 60]` (needs the Debian packages `prometheus` and
//! `prometheus-node-exporter`, which scripts/setup.sh installs).

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

mod common;
use common::{arg, cpu_seconds, free_port, peak_rss};

fn http_get(port: u16, path: &str) -> String {
    use std::io::{Read, Write};
    let Ok(mut s) = std::net::TcpStream::connect(("127.0.0.1", port)) else { return String::new() };
    let _ = write!(s, "GET {path} HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n");
    let mut b = String::new();
    let _ = s.read_to_string(&mut b);
    b.split_once("\r\n\r\n").map(|(_, b)| b.to_string()).unwrap_or_default()
}

struct Killed(Child);
impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn wait_for(what: &str, within: Duration, mut f: impl FnMut() -> bool) {
    let start = Instant::now();
    while !f() {
        assert!(start.elapsed() < within, "{what} not reached within {within:?}");
        std::thread::sleep(Duration::from_millis(200));
    }
}

fn main() {
    let series = arg("--series", 10_000);
    let per_check = arg("--per-check", 10).max(1);
    let interval = arg("--interval", 15);
    let seconds = arg("--seconds", 60);
    let checks = series.div_ceil(per_check);
    let dir = tempfile::tempdir().unwrap();
    let exe = std::env::current_exe().unwrap();

    // --- the series: node_exporter's textfile collector, scraped by Prometheus ---
    let text_dir = dir.path().join("textfile");
    std::fs::create_dir_all(&text_dir).unwrap();
    let mut prom_text =
        String::from("# HELP bench_value A value for the PromQL scale bench.\n# TYPE bench_value gauge\n");
    for i in 0..series {
        prom_text.push_str(&format!("bench_value{{check=\"c{}\",i=\"{}\"}} 0.01\n", i / per_check, i % per_check));
    }
    std::fs::write(text_dir.join("bench.prom"), prom_text).unwrap();
    let ne_port = free_port();
    let _ne = Killed(
        Command::new("/usr/bin/prometheus-node-exporter")
            .args([
                format!("--web.listen-address=127.0.0.1:{ne_port}"),
                "--collector.disable-defaults".into(),
                "--collector.textfile".into(),
                format!("--collector.textfile.directory={}", text_dir.display()),
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("prometheus-node-exporter is installed (scripts/setup.sh)"),
    );
    let prom_port = free_port();
    let pdir = dir.path().join("prometheus");
    std::fs::create_dir_all(&pdir).unwrap();
    std::fs::write(
        pdir.join("prometheus.yml"),
        format!("global: {{ scrape_interval: 5s, scrape_timeout: 4s }}\nscrape_configs:\n  - job_name: bench\n    static_configs: [{{ targets: ['127.0.0.1:{ne_port}'] }}]\n"),
    )
    .unwrap();
    let prom = Killed(
        Command::new("/usr/bin/prometheus")
            .args([
                format!("--config.file={}", pdir.join("prometheus.yml").display()),
                format!("--storage.tsdb.path={}", pdir.join("data").display()),
                format!("--web.listen-address=127.0.0.1:{prom_port}"),
                "--log.level=warn".into(),
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("prometheus is installed (scripts/setup.sh)"),
    );
    wait_for("Prometheus holding every series", Duration::from_secs(60), || {
        http_get(prom_port, "/api/v1/query?query=count(bench_value)").contains(&format!("\"{series}\""))
    });

    // --- the guard ---
    let url = format!("http://127.0.0.1:{prom_port}");
    let mut cfg = format!(
        "pipeline:\n  monitoring: {{ interval: {interval}s, health_check_timeout: 5s, max_workers: 256 }}\ncomponents:\n"
    );
    for c in 0..checks {
        cfg.push_str(&format!("  - name: c{c}\n    check: {{ promql: {{ url: \"{url}\", query: 'bench_value{{check=\"c{c}\"}}', healthy_if: \"< 0.5\" }} }}\n"));
    }
    let cfg_path = dir.path().join("promql.yaml");
    std::fs::write(&cfg_path, cfg).unwrap();
    let api = free_port();
    let guard = Killed(
        Command::new(exe.with_file_name("pipeline-guard"))
            .args(["serve", "--config"])
            .arg(&cfg_path)
            .arg("--db")
            .arg(dir.path().join("promql.db"))
            .args(["--listen", &format!("127.0.0.1:{api}")])
            .env("PIPELINE_LOG", "warn")
            .stdout(Stdio::null())
            .spawn()
            .expect("pipeline-guard built beside promql_bench"),
    );
    let pid = guard.0.id();
    let evaluated = || -> (u64, u64) {
        let v: serde_json::Value = serde_json::from_str(&http_get(api, "/api/components")).unwrap_or_default();
        let list = v.as_array().cloned().unwrap_or_default();
        let checks: u64 = list.iter().filter_map(|c| c["checks_total"].as_u64()).sum();
        let series: u64 = list.iter().filter_map(|c| c["metrics"]["promql_series"].as_f64()).sum::<f64>() as u64;
        (checks, series)
    };
    // Warm-up: one full interval, so every component has been checked once.
    wait_for("every check run once", Duration::from_secs(interval * 3 + 30), || evaluated().0 >= checks);
    let (n0, _) = evaluated();
    let (c0, p0, t0) = (cpu_seconds(pid), cpu_seconds(prom.0.id()), Instant::now());
    std::thread::sleep(Duration::from_secs(seconds));
    let span = t0.elapsed().as_secs_f64();
    let guard_share = (cpu_seconds(pid) - c0) / span;
    let prom_share = (cpu_seconds(prom.0.id()) - p0) / span;
    let (n1, seen) = evaluated();
    let peak = peak_rss(pid);
    let v: serde_json::Value = serde_json::from_str(&http_get(api, "/api/overview")).unwrap_or_default();
    let healthy = v["counts"]["healthy"].as_u64().unwrap_or(0);
    // SAFETY: plain kill(2) on our own child.
    unsafe { libc::kill(pid as i32, libc::SIGTERM) };
    drop(guard);

    // --- baseline: the same query rate from a bare client in this process ---
    let rate = checks as f64 / interval as f64;
    let base_seconds = seconds.min(30);
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let me = std::process::id();
    let (b0, bt0) = (cpu_seconds(me), Instant::now());
    rt.block_on(async {
        let client = reqwest::Client::new();
        let mut tick = tokio::time::interval(Duration::from_secs_f64(1.0 / rate));
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Burst);
        let deadline = Instant::now() + Duration::from_secs(base_seconds);
        let mut c = 0u64;
        while Instant::now() < deadline {
            tick.tick().await;
            let (client, u) = (client.clone(), format!("{url}/api/v1/query"));
            let q = format!("bench_value{{check=\"c{}\"}}", c % checks);
            c += 1;
            tokio::spawn(async move {
                if let Ok(r) = client.get(u).query(&[("query", q)]).send().await {
                    let _ = r.bytes().await;
                }
            });
        }
    });
    let base_share = (cpu_seconds(me) - b0) / bt0.elapsed().as_secs_f64();

    let done = n1 - n0;
    println!(
        "PromQL scale: {series} series in Prometheus, {checks} promql checks of {per_check} series each every {interval} s ({rate:.0} queries/s expected); \
         {done} evaluations in {span:.0} s ({:.0}/s, {:.0} series/s), {seen} series in the last answers, {healthy}/{checks} components healthy",
        done as f64 / span,
        done as f64 * per_check as f64 / span
    );
    println!("| process | CPU (share of one core) | peak RSS |");
    println!("|---|---|---|");
    println!("| pipeline-guard serve | {:.1} % | {:.0} MB |", guard_share * 100.0, peak as f64 / 1e6);
    println!("| baseline: bare reqwest client, same query rate | {:.1} % | - |", base_share * 100.0);
    println!(
        "| Prometheus answering the queries (and scraping) | {:.1} % | {:.0} MB |",
        prom_share * 100.0,
        peak_rss(prom.0.id()) as f64 / 1e6
    );
}
