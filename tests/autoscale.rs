//! Scaling end to end with real `labsvc` children on loopback: `scale_down` behind a front
//! drains the instance first (a client hammering the front with slow, non-idempotent requests
//! sees no failure), the healing queue is visible over HTTP when components outnumber slots,
//! and the auto-scaler follows a load rise up to its maximum and back down after its cooldown.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use guard_e2e::*;
use guard_engine::front::{DrainPurpose, FrontView};
use guard_engine::heal::DryRun;
use guard_engine::{GuardOptions, PipelineGuard};

struct Lab {
    guard: PipelineGuard,
    front: u16,
    _dir: tempfile::TempDir,
}

/// A guard (in process) over one component `api` of labsvc instances behind a front.
async fn lab(scale: &str, component_extra: &str) -> Lab {
    let dir = tempfile::tempdir().unwrap();
    let base = free_port();
    let front = free_port();
    let yaml = format!(
        r#"
pipeline:
  monitoring: {{ interval: 500ms, health_check_timeout: 1s, jitter: 0 }}
  healing: {{ cooldown: 0s, verify_within: 10s }}
components:
  - name: api
    process: {{ command: ["{labsvc}", "--port", "{{port}}", "--state-file", "{dir}/api-{{port}}.state"] }}
    scale: {{ port: {base}, {scale} }}
    check: {{ http: {{ url: "http://127.0.0.1:{{port}}/health" }} }}
    front: {{ listen: "127.0.0.1:{front}", balance: least_conn, try_timeout: 5s, health_interval: 200ms }}
{component_extra}"#,
        labsvc = bin("labsvc").display(),
        dir = dir.path().display(),
    );
    let cfg = guard_engine::config::load_str(&yaml, "autoscale.yaml", dir.path(), &Default::default()).unwrap_or_else(|e| panic!("{e}\n{yaml}"));
    let guard = PipelineGuard::start(cfg, GuardOptions { db_path: Some(dir.path().join("guard.db")), log_dir: None }).await.expect("guard starts");
    let l = Lab { guard, front, _dir: dir };
    l.wait(Duration::from_secs(20), "the first instances healthy behind the front", |f| !f.instances.is_empty() && f.instances.iter().all(|i| i.healthy)).await;
    l
}

impl Lab {
    fn view(&self) -> FrontView {
        self.guard.front("api").expect("api has a front")
    }

    async fn wait(&self, within: Duration, what: &str, cond: impl Fn(&FrontView) -> bool) {
        let end = Instant::now() + within;
        loop {
            let v = self.view();
            if cond(&v) {
                return;
            }
            assert!(Instant::now() < end, "{what}: not within {within:?}; front: {v:#?}");
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    fn instances(&self) -> usize {
        self.guard.supervisor().instances("api").len()
    }
}

/// Clients sending requests through the front back to back until stopped; any answer but 200
/// (or no answer) is a failure.
struct Hammer {
    stop: Arc<AtomicBool>,
    ok: Arc<AtomicU64>,
    failed: Arc<std::sync::Mutex<Vec<String>>>,
    threads: Vec<JoinHandle<()>>,
}

impl Hammer {
    fn start(port: u16, clients: usize, method: &'static str, path: &'static str) -> Hammer {
        let stop = Arc::new(AtomicBool::new(false));
        let ok = Arc::new(AtomicU64::new(0));
        let failed = Arc::new(std::sync::Mutex::new(Vec::new()));
        let threads = (0..clients)
            .map(|_| {
                let (stop, ok, failed) = (stop.clone(), ok.clone(), failed.clone());
                std::thread::spawn(move || {
                    while !stop.load(Ordering::SeqCst) {
                        let r = if method == "POST" { post(port, path) } else { get(port, path) };
                        match r {
                            Ok((200, _)) => {
                                ok.fetch_add(1, Ordering::Relaxed);
                            }
                            Ok((s, body)) => failed.lock().unwrap().push(format!("{s}: {body}")),
                            Err(e) => failed.lock().unwrap().push(e.to_string()),
                        }
                        std::thread::sleep(Duration::from_millis(2));
                    }
                })
            })
            .collect();
        Hammer { stop, ok, failed, threads }
    }

    fn finish(self) -> (u64, Vec<String>) {
        self.stop.store(true, Ordering::SeqCst);
        for t in self.threads {
            t.join().unwrap();
        }
        (self.ok.load(Ordering::SeqCst), self.failed.lock().unwrap().clone())
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn scale_down_behind_a_front_drains_first_and_fails_no_request() {
    let l = lab("min_instances: 1, max_instances: 3", "").await;
    // Two more instances through the `scale_up` strategy; the front picks them up.
    for n in [2, 3] {
        l.guard.heal("api", "scale_up", DryRun::No).await.unwrap();
        l.wait(Duration::from_secs(20), "the new instance in rotation", |f| f.instances.len() == n && f.instances.iter().all(|i| i.healthy)).await;
    }
    // Slow POSTs (never retried by the front once sent) and GETs, all the time.
    let posts = Hammer::start(l.front, 4, "POST", "/work?ms=150");
    let gets = Hammer::start(l.front, 2, "GET", "/health");
    tokio::time::sleep(Duration::from_millis(800)).await;

    let plan = l.guard.heal("api", "scale_down", DryRun::Yes).await.unwrap().plan;
    assert!(plan.contains("drain instance 2"), "{plan}");
    for n in [2usize, 1] {
        l.guard.heal("api", "scale_down", DryRun::No).await.unwrap();
        l.wait(Duration::from_secs(20), "the instance drained and gone", |f| f.instances.len() == n).await;
        let end = Instant::now() + Duration::from_secs(10);
        while l.instances() != n {
            assert!(Instant::now() < end, "instance process not stopped: {:?}", l.guard.supervisor().instances("api"));
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    let (post_ok, post_failed) = posts.finish();
    let (get_ok, get_failed) = gets.finish();
    let v = l.view();
    let failed: Vec<String> = post_failed.iter().chain(&get_failed).cloned().collect();
    assert!(failed.is_empty(), "{} requests through the front failed: {:?}\n{v:#?}", failed.len(), &failed[..failed.len().min(10)]);
    assert!(post_ok > 40 && get_ok > 40, "the hammer sent only {post_ok} POSTs and {get_ok} GETs");
    assert_eq!(v.failures, 0, "{v:#?}");
    let drains: Vec<_> = v.drains.iter().filter(|d| d.purpose == DrainPurpose::ScaleDown).collect();
    assert_eq!(drains.iter().map(|d| d.instance).collect::<Vec<_>>(), vec![1, 2], "newest first: instance 2, then 1 drained");
    assert!(drains.iter().all(|d| !d.timed_out && d.in_flight_left == 0), "{drains:#?}");
    assert!(drains.iter().any(|d| d.in_flight_at_start > 0), "requests were in flight when a drain began (so the drain had work to do): {drains:#?}");
    let actions = l.guard.healing_actions(Some("api"), 20).await.unwrap();
    let downs: Vec<_> = actions.iter().filter(|a| a.strategy == "scale_down").collect();
    assert_eq!(downs.len(), 2, "{actions:#?}");
    assert!(downs.iter().all(|a| a.result == "succeeded" && a.detail.contains("drained")), "{downs:#?}");
    l.guard.shutdown().await.unwrap();
}

#[test]
fn the_healing_queue_is_visible_when_components_outnumber_slots() {
    // One slot; three components down at once whose only step holds the slot for 3 s. The
    // critical one (with a dependent) is planned first among the waiting.
    let dead = [free_port(), free_port(), free_port(), free_port()];
    let g = Guard::serve(&format!(
        r#"
pipeline:
  monitoring: {{ interval: 300ms }}
  healing: {{ max_concurrent: 1, cooldown: 0s, verify_within: 1s }}
components:
  - name: batch
    check: {{ tcp: {{ addr: "127.0.0.1:{}" }} }}
    recovery: [{{ run: ["/bin/sleep", "3"], timeout: 10s }}]
  - name: cache
    check: {{ tcp: {{ addr: "127.0.0.1:{}" }} }}
    recovery: [{{ run: ["/bin/sleep", "3"], timeout: 10s }}]
  - name: db
    critical: true
    check: {{ tcp: {{ addr: "127.0.0.1:{}" }} }}
    recovery: [{{ run: ["/bin/sleep", "3"], timeout: 10s }}]
  - name: web
    check: {{ tcp: {{ addr: "127.0.0.1:{}" }} }}
    recovery: [{{ run: ["/bin/sleep", "3"], timeout: 10s }}]
"#,
        dead[0], dead[1], dead[2], dead[3]
    ));
    let mut seen = serde_json::Value::Null;
    wait_until(Duration::from_secs(20), || {
        seen = g.get_json("/api/healing/queue");
        seen["busy"].as_array().is_some_and(|b| b.len() == 1) && seen["queued"].as_array().is_some_and(|q| q.len() == 3)
    });
    let q = &seen;
    assert_eq!(q["slots"], 1, "{q:#}");
    assert_eq!(q["queue_method"], "exact", "{q:#}");
    let queued = q["queued"].as_array().unwrap();
    let positions: Vec<u64> = queued.iter().map(|j| j["position"].as_u64().unwrap()).collect();
    assert_eq!(positions, vec![1, 2, 3]);
    let busy = q["busy"][0].as_str().unwrap();
    if busy != "db" {
        assert_eq!(queued[0]["component"], "db", "the critical component goes first among the waiting: {q:#}");
        assert!(queued[0]["weight"].as_f64().unwrap() >= 10.0, "{q:#}");
    }
    let starts: Vec<i64> = queued.iter().map(|j| j["expected_start_in_ms"].as_i64().unwrap()).collect();
    assert!(starts.windows(2).all(|w| w[0] <= w[1]), "expected starts follow the order: {starts:?}");
}
