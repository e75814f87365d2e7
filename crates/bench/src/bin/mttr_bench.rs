//! MTTR benchmark: runs `labsvc` under the guard (the engine API, in process) and injects each
//! fault — crash, HTTP 500s, hang, slow responses (3 s), a memory leak (20 MB/s towards a
//! 200 MB `limits.memory`), a crash-loop (the next 5 starts fail) — while an outside prober
//! polls `/health` every 100 ms (500 ms timeout). Prints, per fault: time to detect (fault →
//! incident opened), time to recover (fault → incident closed, verified healthy), downtime seen
//! by the prober, and process starts. Check interval 1 s, timeout 500 ms.
//!
//! With a front and two instances (`--front`, or both tables with `--all`): the same faults
//! injected into instance 0 behind `front: { balance: least_conn }`, the prober polling the
//! front instead; the figure that matters is failed requests through the front.
//!
//! Usage: `cargo build --release -p labsvc -p guard-bench && target/release/mttr_bench [--trials N] [--front | --all]`

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use guard_engine::clock::unix_ms;
use guard_engine::events::EngineEvent;
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

/// One HTTP/1.1 request on loopback; the status code, or None on error/timeout.
fn http(port: u16, method: &str, path: &str, timeout: Duration) -> Option<u16> {
    let mut s = TcpStream::connect_timeout(&format!("127.0.0.1:{port}").parse().ok()?, timeout).ok()?;
    s.set_read_timeout(Some(timeout)).ok()?;
    s.set_write_timeout(Some(timeout)).ok()?;
    write!(s, "{method} {path} HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-length: 0\r\nconnection: close\r\n\r\n").ok()?;
    let mut buf = [0u8; 64];
    let n = s.read(&mut buf).ok()?;
    std::str::from_utf8(&buf[..n]).ok()?.split_whitespace().nth(1)?.parse().ok()
}

/// Polls /health every 100 ms from its own threads; records (sent at, ok).
struct Prober {
    results: Arc<Mutex<Vec<(i64, bool)>>>,
    stop: Arc<AtomicBool>,
}

impl Prober {
    fn start(port: u16) -> Prober {
        let results = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let (r, st) = (results.clone(), stop.clone());
        std::thread::spawn(move || {
            let start = Instant::now();
            let mut i = 0u64;
            while !st.load(Ordering::SeqCst) {
                let r = r.clone();
                std::thread::spawn(move || {
                    let t = unix_ms();
                    let ok = http(port, "GET", "/health", Duration::from_millis(500)) == Some(200);
                    r.lock().unwrap().push((t, ok));
                });
                i += 1;
                let next = start + Duration::from_millis(100 * i);
                if let Some(d) = next.checked_duration_since(Instant::now()) {
                    std::thread::sleep(d);
                }
            }
        });
        Prober { results, stop }
    }

    /// Downtime after `from`: from the first failed probe to the next good one, summed; and
    /// how many probes failed.
    fn downtime(&self, from: i64) -> (i64, usize) {
        let mut v: Vec<(i64, bool)> =
            self.results.lock().unwrap().iter().copied().filter(|(t, _)| *t >= from).collect();
        v.sort();
        let (mut total, mut down_since, mut failed) = (0, None, 0);
        for (t, ok) in v {
            match (ok, down_since) {
                (false, None) => {
                    down_since = Some(t);
                    failed += 1;
                }
                (false, Some(_)) => failed += 1,
                (true, Some(s)) => {
                    total += t - s;
                    down_since = None;
                }
                (true, None) => {}
            }
        }
        (total, failed)
    }
}

impl Drop for Prober {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
    }
}

#[derive(Debug, Default, Clone)]
struct Trial {
    detect_ms: Option<i64>,
    recover_ms: Option<i64>,
    downtime_ms: i64,
    failed_probes: usize,
    starts: u32,
    escalated: bool,
    kind: String,
    max_rss_mb: f64,
    loop_end_to_recover_ms: Option<i64>,
    probes: usize,
}

struct Lab {
    guard: PipelineGuard,
    /// Where faults are injected (instance 0).
    port: u16,
    /// Where the prober asks: the front when there is one, else the instance.
    probe_port: u16,
    _dir: tempfile::TempDir,
}

/// `svc` under the guard: one instance, or (`front`) two instances behind a front on its own
/// port, faults going to instance 0 and the prober asking the front.
async fn lab(front: bool) -> Lab {
    let dir = tempfile::tempdir().unwrap();
    let (port, front_port) = (free_port(), free_port());
    // With a front the instances take ports from `scale.port` up, so the command and check use
    // the `{port}` placeholder.
    let (at, extra) = if front {
        (
            "{port}".to_string(),
            format!(
                "    scale: {{ port: {port}, min_instances: 2 }}\n    front: {{ listen: \"127.0.0.1:{front_port}\", balance: least_conn, try_timeout: 250ms, health_interval: 200ms }}\n"
            ),
        )
    } else {
        (port.to_string(), String::new())
    };
    let yaml = format!(
        r#"
pipeline:
  monitoring: {{ interval: 1s, health_check_timeout: 500ms, jitter: 0 }}
  healing: {{ cooldown: 0s, verify_within: 10s }}
components:
  - name: svc
    region: eu-west
    critical: true
    process: {{ command: ["{}", "--port", "{at}", "--state-file", "{}/svc-{at}.state"] }}
    check: {{ http: {{ url: "http://127.0.0.1:{at}/health" }} }}
    limits: {{ memory: 200MB }}
    recovery: [restart]
{extra}"#,
        labsvc().display(),
        dir.path().display()
    );
    let cfg =
        guard_engine::config::load_str(&yaml, "bench.yaml", dir.path(), &Default::default()).expect("bench config");
    let guard = PipelineGuard::start(cfg, GuardOptions { db_path: Some(dir.path().join("bench.db")), log_dir: None })
        .await
        .expect("guard starts");
    let l = Lab { guard, port, probe_port: if front { front_port } else { port }, _dir: dir };
    wait_healthy(&l, Duration::from_secs(20)).await;
    l
}

async fn wait_healthy(l: &Lab, timeout: Duration) {
    let end = Instant::now() + timeout;
    while Instant::now() < end {
        let up = l.guard.state("svc").is_some_and(|s| s.status == guard_engine::model::Status::Healthy);
        let no_incident = l.guard.healing_overview().open_incidents == 0;
        let front_ok = l.guard.front("svc").is_none_or(|f| f.instances.iter().all(|i| i.healthy && !i.draining));
        if up && no_incident && front_ok {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!(
        "svc not healthy within {timeout:?}: state {:?}, healing {:?}, front {:#?}",
        l.guard.state("svc").map(|s| (s.status, s.issues.iter().map(|i| i.english()).collect::<Vec<_>>())),
        l.guard.healing_overview(),
        l.guard.front("svc")
    );
}

async fn trial(l: &Lab, fault: &str, settle: Duration, max_wait: Duration) -> Trial {
    let mut rx = l.guard.subscribe();
    // Inject at a random phase of the check interval.
    tokio::time::sleep(Duration::from_millis(fastrand_ms())).await;
    let prober = Prober::start(l.probe_port);
    tokio::time::sleep(Duration::from_millis(300)).await;
    let t0 = unix_ms();
    let port = l.port;
    let f = fault.to_string();
    tokio::task::spawn_blocking(move || http(port, "POST", &format!("/fault/{f}"), Duration::from_secs(2)))
        .await
        .unwrap();
    let mut t = Trial::default();
    let end = Instant::now() + max_wait;
    let mut last_failed_exit: Option<i64> = None;
    while Instant::now() < end {
        let ev = match tokio::time::timeout(Duration::from_millis(200), rx.recv()).await {
            Ok(Ok(ev)) => ev,
            Ok(Err(_)) | Err(_) => continue,
        };
        match ev {
            EngineEvent::IncidentOpened { at_ms, kind, .. } if t.detect_ms.is_none() => {
                t.detect_ms = Some(at_ms - t0);
                t.kind = kind;
            }
            EngineEvent::IncidentEscalated { .. } => t.escalated = true,
            EngineEvent::ProcessStarted { .. } => t.starts += 1,
            EngineEvent::ProcessExited { at_ms, .. } => last_failed_exit = Some(at_ms),
            EngineEvent::Sample { metrics, .. } => {
                if let Some(m) = metrics.get("memory_bytes") {
                    t.max_rss_mb = t.max_rss_mb.max(m / 1e6);
                }
            }
            EngineEvent::IncidentClosed { at_ms, .. } if t.detect_ms.is_some() => {
                t.recover_ms = Some(at_ms - t0);
                t.loop_end_to_recover_ms = last_failed_exit.map(|e| at_ms - e);
                break;
            }
            _ => {}
        }
    }
    tokio::time::sleep(settle).await;
    let (down, failed) = prober.downtime(t0);
    t.downtime_ms = down;
    t.failed_probes = failed;
    t.probes = prober.results.lock().unwrap().iter().filter(|(at, _)| *at >= t0).count();
    drop(prober);
    // Clear any fault left (slow/hang/500 die with the restarted process anyway).
    let _ = tokio::task::spawn_blocking(move || http(port, "POST", "/fault/none", Duration::from_secs(1))).await;
    wait_healthy(l, Duration::from_secs(30)).await;
    t
}

fn fastrand_ms() -> u64 {
    (unix_ms() as u64).wrapping_mul(2_654_435_761) % 1000
}

fn median(mut v: Vec<i64>) -> Option<i64> {
    if v.is_empty() {
        return None;
    }
    v.sort();
    Some(v[v.len() / 2])
}

fn fmt_s(ms: Option<i64>) -> String {
    ms.map(|m| format!("{:.2} s", m as f64 / 1000.0)).unwrap_or_else(|| "—".into())
}

#[tokio::main]
async fn main() {
    let trials: usize =
        std::env::args().skip_while(|a| a != "--trials").nth(1).and_then(|n| n.parse().ok()).unwrap_or(5);
    let front_only = std::env::args().any(|a| a == "--front");
    let all = std::env::args().any(|a| a == "--all");
    if !front_only {
        direct(trials).await;
    }
    if front_only || all {
        behind_a_front(trials).await;
    }
}

const SCENARIOS: &[(&str, &str, bool, u64)] = &[
    ("crash", "crash", false, 15),
    ("HTTP 500s", "http500", false, 15),
    ("hang", "hang", false, 15),
    ("slow (3 s)", "slow?ms=3000", false, 15),
    ("leak 20 MB/s → 200 MB limit", "leak?mb_per_s=20", true, 40),
    ("crash-loop (5 failed starts)", "crashloop?n=5", true, 70),
];

/// The same faults in instance 0 of two behind a front; the prober asks the front.
async fn behind_a_front(trials: usize) {
    println!(
        "\nWith a front and two instances (least_conn, try_timeout 250 ms, probes every 200 ms); faults injected into instance 0, the prober polls the front; {trials} trials per fault\n"
    );
    println!(
        "| fault | failed requests through the front (all trials) | prober downtime (worst) | recover (median / worst) | starts | front retries | incident |"
    );
    println!("| --- | --- | --- | --- | --- | --- | --- |");
    let only = std::env::args().skip_while(|a| a != "--only").nth(1);
    for (label, fault, long, max_wait) in
        SCENARIOS.iter().filter(|s| only.as_deref().is_none_or(|o| s.1.starts_with(o)))
    {
        let n = if *long { 1.max(trials / 2) } else { trials };
        let mut l = lab(true).await;
        let mut rs = Vec::new();
        for i in 0..n {
            if i > 0 && fault.starts_with("crashloop") {
                // The supervisor's back-off only resets after 10 s up: a fresh lab per trial.
                l.guard.shutdown().await.ok();
                l = lab(true).await;
            }
            rs.push(trial(&l, fault, Duration::from_millis(600), Duration::from_secs(*max_wait)).await);
        }
        let failed: usize = rs.iter().map(|r| r.failed_probes).sum();
        let sent: usize = rs.iter().map(|r| r.probes).sum();
        let med = median(rs.iter().filter_map(|r| r.recover_ms).collect());
        let worst = rs.iter().filter_map(|r| r.recover_ms).max();
        let f = l.guard.front("svc").expect("front");
        let mut extra = rs[0].kind.clone();
        if rs.iter().any(|r| r.escalated) {
            extra.push_str(", escalated");
        }
        println!(
            "| {label} | {failed} of {sent} | {} | {} / {} | {} | {} | {extra} |",
            fmt_s(rs.iter().map(|r| Some(r.downtime_ms)).max().flatten()),
            fmt_s(med),
            fmt_s(worst),
            rs.iter().map(|r| r.starts).max().unwrap_or(0),
            f.retries,
        );
        l.guard.shutdown().await.ok();
    }
}

async fn direct(trials: usize) {
    println!(
        "MTTR benchmark: labsvc under the guard, check interval 1 s, timeout 500 ms, prober every 100 ms (500 ms timeout), {trials} trials per fault (median, worst)\n"
    );
    println!(
        "| fault | detect (median / worst) | recover (median / worst) | prober downtime (median / worst) | failed probes (median) | starts | incident |"
    );
    println!("| --- | --- | --- | --- | --- | --- | --- |");
    let scenarios: &[(&str, &str, usize, u64)] = &[
        ("crash", "crash", trials, 15),
        ("HTTP 500s", "http500", trials, 15),
        ("hang", "hang", trials, 15),
        ("slow (3 s)", "slow?ms=3000", trials, 15),
        ("leak 20 MB/s → 200 MB limit", "leak?mb_per_s=20", 1.max(trials / 2), 40),
        ("crash-loop (5 failed starts)", "crashloop?n=5", 1.max(trials / 2), 70),
    ];
    for (label, fault, n, max_wait) in scenarios {
        let l = lab(false).await;
        let mut rs = Vec::new();
        for _ in 0..*n {
            rs.push(trial(&l, fault, Duration::from_millis(600), Duration::from_secs(*max_wait)).await);
        }
        let med = |f: &dyn Fn(&Trial) -> Option<i64>| median(rs.iter().filter_map(f).collect());
        let worst = |f: &dyn Fn(&Trial) -> Option<i64>| rs.iter().filter_map(f).max();
        let mut extra = rs[0].kind.clone();
        if rs.iter().any(|r| r.escalated) {
            extra.push_str(", escalated");
        }
        if fault.starts_with("leak") {
            extra.push_str(&format!(", max RSS seen {:.0} MB", rs.iter().map(|r| r.max_rss_mb).fold(0.0, f64::max)));
        }
        if fault.starts_with("crashloop") {
            extra.push_str(&format!(", loop end → recovered {}", fmt_s(worst(&|r| r.loop_end_to_recover_ms))));
        }
        println!(
            "| {label} | {} / {} | {} / {} | {} / {} | {} | {} | {extra} |",
            fmt_s(med(&|r| r.detect_ms)),
            fmt_s(worst(&|r| r.detect_ms)),
            fmt_s(med(&|r| r.recover_ms)),
            fmt_s(worst(&|r| r.recover_ms)),
            fmt_s(med(&|r| Some(r.downtime_ms))),
            fmt_s(worst(&|r| Some(r.downtime_ms))),
            med(&|r| Some(r.failed_probes as i64)).unwrap_or(0),
            rs.iter().map(|r| r.starts).max().unwrap_or(0),
        );
        let missing = rs.iter().filter(|r| r.recover_ms.is_none()).count();
        if missing > 0 {
            println!("|   ↳ {missing} of {n} trials did not recover within {max_wait} s | | | | | | |");
        }
        l.guard.shutdown().await.ok();
    }
}
