//! Detection end to end: a real `pipeline-guard serve`, real `labsvc` children, real SQLite.
//!
//! - A child leaking 20 MB/s under `limits.memory: 200MB` is restarted on a forecast *before*
//!   it reaches the limit; an outside prober polls `/health` every 100 ms and sees at most the
//!   restart gap (zero failed probes needs an overlapping restart: not done yet).
//! - A threshold rule with `for: 2s` fires only after the condition held that long; a rule
//!   added through the API fires too.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use guard_e2e::{Guard, free_port, get, post, wait_until};

fn rss_bytes(pid: u64) -> Option<u64> {
    let s = std::fs::read_to_string(format!("/proc/{pid}/statm")).ok()?;
    let pages: u64 = s.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * 4096)
}

fn child_pid(g: &Guard, name: &str) -> Option<u64> {
    g.get_json(&format!("/api/components/{name}"))["pid"].as_u64()
}

fn post_json(port: u16, path: &str, body: &str) -> (u16, String) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    write!(s, "POST {path} HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}", body.len()).unwrap();
    let mut buf = String::new();
    s.read_to_string(&mut buf).unwrap();
    let status = buf.split_whitespace().nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
    (status, buf.split_once("\r\n\r\n").map(|(_, b)| b.to_string()).unwrap_or_default())
}

#[test]
fn a_leaking_child_is_restarted_before_it_reaches_its_memory_limit() {
    let p = free_port();
    let cfg = format!(
        "pipeline:\n  storage: {{ path: guard.db }}\ncomponents:\n  - name: leaky\n    process: {{ command: [\"{{labsvc}}\", \"--port\", \"{p}\", \"--state-file\", \"{{dir}}/leaky.state\"] }}\n    check: {{ http: {{ url: \"http://127.0.0.1:{p}/health\" }}, interval: 250ms }}\n    limits: {{ memory: 200MB }}\n    detection: {{ anomaly: false, horizon: 30s }}\n"
    );
    let g = Guard::serve(&cfg);
    wait_until(Duration::from_secs(20), || g.get_json("/api/components/leaky")["status"] == "healthy");
    let pid = child_pid(&g, "leaky").expect("a pid");

    // The outside prober: GET /health every 100 ms, counting anything but a 200.
    let stop = Arc::new(AtomicBool::new(false));
    let (probes, failed) = (Arc::new(AtomicU64::new(0)), Arc::new(AtomicU64::new(0)));
    let prober = {
        let (stop, probes, failed) = (stop.clone(), probes.clone(), failed.clone());
        std::thread::spawn(move || {
            let mut failures = Vec::new();
            while !stop.load(Ordering::SeqCst) {
                let t = Instant::now();
                probes.fetch_add(1, Ordering::SeqCst);
                match get(p, "/health") {
                    Ok((200, _)) => {}
                    other => {
                        failed.fetch_add(1, Ordering::SeqCst);
                        failures.push(format!("{other:?}"));
                    }
                }
                std::thread::sleep(Duration::from_millis(100).saturating_sub(t.elapsed()));
            }
            failures
        })
    };

    let (st, _) = post(p, "/fault/leak?mb_per_s=20").unwrap();
    assert_eq!(st, 200);
    // Watch the leaking child's memory until the guard replaces it.
    let mut peak = 0u64;
    let start = Instant::now();
    let new_pid = loop {
        if let Some(r) = rss_bytes(pid) {
            peak = peak.max(r);
        }
        if let Some(n) = child_pid(&g, "leaky").filter(|n| *n != pid) {
            break n;
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "no proactive restart within 20 s (peak RSS {} MB)",
            peak / 1_000_000
        );
        std::thread::sleep(Duration::from_millis(20));
    };
    let acted_after = start.elapsed();
    // Keep probing the new child for a while.
    wait_until(Duration::from_secs(10), || g.get_json("/api/components/leaky")["status"] == "healthy");
    std::thread::sleep(Duration::from_secs(2));
    stop.store(true, Ordering::SeqCst);
    let failures = prober.join().unwrap();

    assert!(peak < 200_000_000, "the child reached {} MB before the restart", peak / 1_000_000);
    assert_ne!(new_pid, pid);
    let findings = g.get_json("/api/findings?component=leaky");
    let predicted: Vec<&serde_json::Value> = findings
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "predicted" && f["metric"] == "memory_bytes")
        .collect();
    assert!(!predicted.is_empty(), "a predicted finding is recorded: {findings}");
    assert_eq!(predicted[0]["action"], "heal");
    assert!(predicted[0]["eta_ms"].as_i64().unwrap() <= 30_000);
    eprintln!(
        "leak: restarted after {:.1} s at peak RSS {} MB; {} probes, {} failed; finding: {}",
        acted_after.as_secs_f64(),
        peak / 1_000_000,
        probes.load(Ordering::SeqCst),
        failed.load(Ordering::SeqCst),
        predicted[0]["message"]
    );
    assert!(probes.load(Ordering::SeqCst) > 20);
    // NOT YET zero: the restart is stop-then-start (SIGTERM, respawn, bind), so a probe that
    // lands in that gap of a few milliseconds fails. Zero failed probes needs an overlapping
    // restart (new child on the same port via SO_REUSEPORT, then stop the old one) — open.
    // What is asserted: at most the probes of one restart gap fail.
    assert!(failures.len() <= 3, "the outside prober saw more failures than one restart gap: {failures:?}");
    // Only one restart for one leak.
    let restarts = g.get_json("/api/components/leaky")["restarts"].as_u64().unwrap();
    assert_eq!(restarts, 1);
    // The forecast endpoint answers for the fresh child.
    let fc = g.get_json("/api/components/leaky/forecast");
    assert_eq!(fc["horizon_ms"], 30_000);
    assert!(fc["series"].as_array().unwrap().iter().any(|s| s["metric"] == "memory_bytes" && s["limit"] == 200e6));
}

#[test]
fn a_threshold_rule_with_for_fires_only_after_the_duration() {
    let p = free_port();
    let cfg = format!(
        "components:\n  - name: slowpoke\n    process: {{ command: [\"{{labsvc}}\", \"--port\", \"{p}\", \"--state-file\", \"{{dir}}/s.state\"] }}\n    check: {{ http: {{ url: \"http://127.0.0.1:{p}/health\", timeout: 3s }}, interval: 200ms }}\n    detection:\n      anomaly: false\n      rules:\n        - {{ metric: response_time_seconds, op: gt, value: 250ms, severity: high, for: 2s, hysteresis: 50ms }}\n"
    );
    let g = Guard::serve(&cfg);
    wait_until(Duration::from_secs(20), || g.get_json("/api/components/slowpoke")["status"] == "healthy");
    // A second rule through the API.
    let (st, body) = post_json(
        g.port,
        "/api/components/slowpoke/rules",
        r#"{"metric":"response_time_seconds","op":"ge","value":0.25,"severity":"low","for":"4s"}"#,
    );
    assert_eq!(st, 201, "{body}");
    let rules = g.get_json("/api/components/slowpoke/rules");
    assert_eq!(rules.as_array().unwrap().len(), 2, "{rules}");
    let (st, body) =
        post_json(g.port, "/api/components/slowpoke/rules", r#"{"metric":"x","op":"over","value":1,"severity":"low"}"#);
    assert_eq!(st, 400, "{body}");
    assert!(body.contains("unknown operator `over`"), "{body}");

    let t0 = guard_engine_now_ms();
    assert_eq!(post(p, "/fault/slow?ms=400").unwrap().0, 200);
    // Nothing fires within the first 1.5 s of slowness.
    std::thread::sleep(Duration::from_millis(1500));
    let early = g.get_json("/api/findings?component=slowpoke");
    assert_eq!(early.as_array().unwrap().iter().filter(|f| f["kind"] == "threshold").count(), 0, "{early}");
    let mut fired = serde_json::Value::Null;
    wait_until(Duration::from_secs(15), || {
        fired = g.get_json("/api/findings?component=slowpoke");
        fired.as_array().unwrap().iter().filter(|f| f["kind"] == "threshold" && f["resolved"] == false).count() >= 2
    });
    let list = fired.as_array().unwrap();
    let high = list.iter().find(|f| f["severity"] == "high").unwrap();
    let low = list.iter().find(|f| f["severity"] == "low").unwrap();
    let (t_high, t_low) = (high["at_ms"].as_i64().unwrap(), low["at_ms"].as_i64().unwrap());
    assert!(t_high - t0 >= 2000, "the `for: 2s` rule fired {} ms after the slowness began", t_high - t0);
    assert!(t_low - t0 >= 4000, "the `for: 4s` rule fired {} ms after the slowness began", t_low - t0);
    assert!(t_low > t_high);
    // Clearing the fault resolves both rules.
    assert_eq!(post(p, "/fault/none").unwrap().0, 200);
    wait_until(Duration::from_secs(10), || {
        g.get_json("/api/findings?component=slowpoke")
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["resolved"] == true)
            .count()
            == 2
    });
    // Stored in SQLite.
    let n: i64 = guard_e2e::sqlite(
        &g.db(),
        "SELECT COUNT(*) FROM detection_findings WHERE component='slowpoke' AND kind='threshold';",
    )
    .parse()
    .unwrap();
    assert_eq!(n, 4);
    assert_eq!(get(g.port, "/api/findings?component=nope").unwrap().0, 404);
}

fn guard_engine_now_ms() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_millis() as i64
}
