//! Scaling end to end with real `labsvc` children on loopback: `scale_down` behind a front
//! drains the instance first (a client hammering the front with slow, non-idempotent requests
//! sees no failure), the healing queue is visible over HTTP when components outnumber slots,
//! and the auto-scaler follows a load rise up to its maximum and back down after its cooldown.

use std::time::{Duration, Instant};

use guard_e2e::*;
use guard_engine::front::{DrainPurpose, FrontView};
use guard_engine::heal::DryRun;
use guard_engine::heal::autoscale::{
    AutoscaleChange, ScalingDecision, ScalingDirection, ScalingHold, ScalingReason, ScalingResult,
};
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
    let cfg = guard_engine::config::load_str(&yaml, "autoscale.yaml", dir.path(), &Default::default())
        .unwrap_or_else(|e| panic!("{e}\n{yaml}"));
    let guard = PipelineGuard::start(cfg, GuardOptions { db_path: Some(dir.path().join("guard.db")), log_dir: None })
        .await
        .expect("guard starts");
    let l = Lab { guard, front, _dir: dir };
    l.wait(Duration::from_secs(20), "the first instances healthy behind the front", |f| {
        !f.instances.is_empty() && f.instances.iter().all(|i| i.healthy)
    })
    .await;
    l
}

impl Lab {
    fn view(&self) -> FrontView {
        self.guard.front("api").expect("api has a front")
    }

    async fn wait(&self, within: Duration, what: &str, cond: impl Fn(&FrontView) -> bool) {
        wait_front(&self.guard, "api", within, what, cond).await
    }

    fn instances(&self) -> usize {
        self.guard.supervisor().instances("api").len()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn scale_down_behind_a_front_drains_first_and_fails_no_request() {
    let l = lab("min_instances: 1, max_instances: 3", "").await;
    // Two more instances through the `scale_up` strategy; the front picks them up.
    for n in [2, 3] {
        l.guard.heal("api", "scale_up", DryRun::No, "tester").await.unwrap();
        l.wait(Duration::from_secs(20), "the new instance in rotation", |f| {
            f.instances.len() == n && f.instances.iter().all(|i| i.healthy)
        })
        .await;
    }
    // Slow POSTs (never retried by the front once sent) and GETs, all the time.
    let posts = Hammer::start(l.front, 4, "POST", "/work?ms=150", Duration::from_millis(2));
    let gets = Hammer::start(l.front, 2, "GET", "/health", Duration::from_millis(2));
    tokio::time::sleep(Duration::from_millis(800)).await;

    let plan = l.guard.heal("api", "scale_down", DryRun::Yes, "tester").await.unwrap().plan;
    assert!(plan.contains("drain instance 2"), "{plan}");
    for n in [2usize, 1] {
        l.guard.heal("api", "scale_down", DryRun::No, "tester").await.unwrap();
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
    assert!(
        failed.is_empty(),
        "{} requests through the front failed: {:?}\n{v:#?}",
        failed.len(),
        &failed[..failed.len().min(10)]
    );
    assert!(post_ok > 40 && get_ok > 40, "the hammer sent only {post_ok} POSTs and {get_ok} GETs");
    eprintln!(
        "figures: scale-down behind the front: {post_ok} POSTs + {get_ok} GETs, {} failed; drains: {:?}",
        failed.len(),
        v.drains
            .iter()
            .filter(|d| d.purpose == DrainPurpose::ScaleDown)
            .map(|d| (d.instance, d.in_flight_at_start, d.waited_ms))
            .collect::<Vec<_>>()
    );
    assert_eq!(v.failures, 0, "{v:#?}");
    let drains: Vec<_> = v.drains.iter().filter(|d| d.purpose == DrainPurpose::ScaleDown).collect();
    assert_eq!(
        drains.iter().map(|d| d.instance).collect::<Vec<_>>(),
        vec![1, 2],
        "newest first: instance 2, then 1 drained"
    );
    assert!(drains.iter().all(|d| !d.timed_out && d.in_flight_left == 0), "{drains:#?}");
    assert!(
        drains.iter().any(|d| d.in_flight_at_start > 0),
        "requests were in flight when a drain began (so the drain had work to do): {drains:#?}"
    );
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

/// Decisions of `api`'s auto-scaler, oldest first.
fn decisions(g: &PipelineGuard) -> Vec<ScalingDecision> {
    let mut d = g.autoscale_of("api", guard_i18n_en()).expect("api autoscales").decisions;
    d.reverse();
    d
}

fn guard_i18n_en() -> guard_i18n::Lang {
    guard_i18n::Lang::En
}

fn acted(d: &[ScalingDecision]) -> Vec<&ScalingDecision> {
    d.iter().filter(|d| d.direction != ScalingDirection::Hold && !d.dry_run).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_load_rise_scales_up_to_the_maximum_and_back_down_after_the_cooldown() {
    let l = lab(
        "min_instances: 1, max_instances: 4",
        "    autoscale: { metric: response_time_seconds, threshold_up: 0.2, threshold_down: 0.06, scale_factor: 2, max_instances: 3, cooldown: 2s, interval: 250ms }\n",
    )
    .await;
    let mut events = l.guard.subscribe();
    let hammer = Hammer::start(l.front, 2, "GET", "/health", Duration::from_millis(2));
    // The load rise: instance 0 (the one the component's check measures) answers in 300 ms.
    let port0 = l.view().instances[0].port;
    let t_rise = Instant::now();
    tokio::task::spawn_blocking(move || post(port0, "/fault/slow?ms=300")).await.unwrap().unwrap();
    let mut most = 0;
    let end = Instant::now() + Duration::from_secs(60);
    while !decisions(&l.guard).iter().any(|d| matches!(d.hold, Some(ScalingHold::AtMaximum { .. }))) {
        most = most.max(l.instances());
        assert!(Instant::now() < end, "never reached the maximum: {:#?}", decisions(&l.guard));
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(l.instances(), 3);
    let to_max = t_rise.elapsed();
    let t_fall = Instant::now();
    // The load is gone: back down to the minimum, after the cooldown.
    tokio::task::spawn_blocking(move || post(port0, "/fault/none")).await.unwrap().unwrap();
    let end = Instant::now() + Duration::from_secs(60);
    while l.instances() != 1
        || !acted(&decisions(&l.guard))
            .iter()
            .any(|d| d.direction == ScalingDirection::Down && d.result == ScalingResult::Succeeded)
    {
        most = most.max(l.instances());
        assert!(Instant::now() < end, "never scaled back down: {:#?}", decisions(&l.guard));
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let to_min = t_fall.elapsed();
    let (ok, failed) = hammer.finish();
    eprintln!(
        "figures: load rise → 3 instances (max) in {to_max:?}; load gone → 1 instance in {to_min:?} (cooldown 2 s); {ok} requests through the front, {} failed",
        failed.len()
    );
    assert!(
        failed.is_empty(),
        "{} requests through the front failed while scaling: {:?}",
        failed.len(),
        &failed[..failed.len().min(5)]
    );
    assert!(ok > 20, "{ok}");
    assert_eq!(most, 3, "never above max_instances");

    let all = decisions(&l.guard);
    let acts = acted(&all);
    let shape: Vec<(ScalingDirection, u32, u32, u32, ScalingResult)> =
        acts.iter().map(|d| (d.direction, d.from, d.to, d.reached, d.result)).collect();
    assert_eq!(
        shape,
        vec![
            (ScalingDirection::Up, 1, 2, 2, ScalingResult::Succeeded), // 1 × 2
            (ScalingDirection::Up, 2, 3, 3, ScalingResult::Succeeded), // 2 × 2 = 4, capped at 3
            (ScalingDirection::Down, 3, 1, 1, ScalingResult::Succeeded), // 3 / 2, floor
        ],
        "{all:#?}"
    );
    // Cooldown: each action starts at least 2 s after the previous one began.
    for w in acts.windows(2) {
        assert!(w[1].at_ms - w[0].at_ms >= 2_000, "cooldown not respected: {w:#?}");
    }
    assert!(
        matches!(&acts[0].reason, Some(ScalingReason::AboveThreshold { metric, value, .. }) if metric == "response_time_seconds" && *value >= 0.2),
        "{:?}",
        acts[0].reason
    );
    assert!(matches!(&acts[2].reason, Some(ScalingReason::BelowThreshold { .. })), "{:?}", acts[2].reason);
    assert!(acts[0].message.contains("Scale up from 1 to 2"), "{}", acts[0].message);
    // Each step is a recorded healing action with trigger `autoscale`.
    let actions = l.guard.healing_actions(Some("api"), 50).await.unwrap();
    let ids: Vec<i64> = acts.iter().flat_map(|d| d.action_ids.clone()).collect();
    assert_eq!(ids.len(), 4, "two scale_up and two scale_down steps: {acts:#?}");
    for id in ids {
        let a = actions.iter().find(|a| a.id == id).unwrap_or_else(|| panic!("action {id} recorded: {actions:#?}"));
        assert_eq!((a.trigger.as_str(), a.result.as_str()), ("autoscale", "succeeded"), "{a:#?}");
    }
    // The scale-down drained through the front.
    assert_eq!(l.view().drains.iter().filter(|d| d.purpose == DrainPurpose::ScaleDown).count(), 2);
    // Events for the UI.
    let mut seen = Vec::new();
    while let Ok(ev) = events.try_recv() {
        if let guard_engine::events::EngineEvent::Scaling { decision } = ev {
            seen.push((decision.direction, decision.result));
        }
    }
    assert!(
        seen.contains(&(ScalingDirection::Up, ScalingResult::Succeeded))
            && seen.contains(&(ScalingDirection::Down, ScalingResult::Succeeded)),
        "{seen:?}"
    );
    // Stored: the same decisions come back from the database.
    let stored = l.guard.autoscale_decisions(Some("api"), 0, i64::MAX, 100, guard_i18n_en()).await.unwrap();
    let stored_acts: Vec<(ScalingDirection, u32, u32, u32, ScalingResult)> = stored
        .iter()
        .rev()
        .filter(|d| d.direction != ScalingDirection::Hold)
        .map(|d| (d.direction, d.from, d.to, d.reached, d.result))
        .collect();
    assert_eq!(stored_acts, shape, "{stored:#?}");
    assert!(stored.iter().any(|d| matches!(d.hold, Some(ScalingHold::AtMaximum { max: 3 }))), "{stored:#?}");
    let v = l.guard.autoscale_of("api", guard_i18n_en()).unwrap();
    assert!(
        v.counts
            .iter()
            .any(|c| c.direction == ScalingDirection::Up && c.result == ScalingResult::Succeeded && c.count == 2),
        "{:?}",
        v.counts
    );
    l.guard.shutdown().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hybrid_scales_up_on_the_forecast_before_the_threshold_is_crossed() {
    let l = lab(
        "min_instances: 1, max_instances: 2",
        "    autoscale: { mode: hybrid, metric: response_time_seconds, threshold_up: 0.5, threshold_down: 0.001, scale_factor: 2, cooldown: 60s, horizon: 15s, interval: 250ms }\n",
    )
    .await;
    // Latency rising from 0 to 1 s over 20 s: 0.5 s is reached after 10 s.
    let port0 = l.view().instances[0].port;
    let t0 = Instant::now();
    tokio::task::spawn_blocking(move || post(port0, "/fault/ramp?ms=1000&over=20")).await.unwrap().unwrap();
    let end = Instant::now() + Duration::from_secs(15);
    let up = loop {
        if let Some(d) = acted(&decisions(&l.guard)).into_iter().find(|d| d.direction == ScalingDirection::Up).cloned()
        {
            break d;
        }
        assert!(
            Instant::now() < end,
            "no scale-up on the forecast: {:#?}\n{:#?}",
            decisions(&l.guard),
            l.guard.autoscale_of("api", guard_i18n_en())
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    let when = t0.elapsed();
    eprintln!("figures: hybrid scale-up {when:?} after the ramp began (threshold reached at 10 s): {:?}", up.reason);
    match &up.reason {
        Some(ScalingReason::Forecast { metric, value, threshold, eta_ms, .. }) => {
            assert_eq!(metric, "response_time_seconds");
            assert!(
                *value < *threshold,
                "decided on the forecast while the value ({value}) was still under {threshold}"
            );
            assert!(*eta_ms <= 15_000, "{eta_ms}");
        }
        r => panic!("expected a forecast reason, got {r:?}"),
    }
    assert!(when < Duration::from_secs(10), "scaled up after {when:?}, before the ramp reached the threshold (10 s)");
    assert_eq!((up.from, up.to, up.result), (1, 2, ScalingResult::Succeeded), "{up:#?}");
    assert!(up.message.contains("forecast"), "{}", up.message);
    let _ = tokio::task::spawn_blocking(move || post(port0, "/fault/none")).await;
    l.guard.shutdown().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn paused_maintenance_and_dry_run_hold_the_scaler_and_say_why() {
    // A rule that always wants up (any response time is over 1 ns).
    let l = lab(
        "min_instances: 1, max_instances: 3",
        "    autoscale: { metric: response_time_seconds, threshold_up: 0.000000001, threshold_down: 0, cooldown: 1s, interval: 250ms, dry_run: true }\n",
    )
    .await;
    // Dry run: decided and recorded, nothing started.
    let end = Instant::now() + Duration::from_secs(10);
    while !decisions(&l.guard).iter().any(|d| d.dry_run) {
        assert!(Instant::now() < end, "no dry-run decision: {:#?}", decisions(&l.guard));
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let d = decisions(&l.guard).into_iter().find(|d| d.dry_run).unwrap();
    assert_eq!(
        (d.direction, d.from, d.to, d.reached, d.result),
        (ScalingDirection::Up, 1, 2, 1, ScalingResult::DryRun),
        "{d:#?}"
    );
    assert!(d.message.contains("dry run"), "{}", d.message);
    assert_eq!(l.instances(), 1, "a dry run changes nothing");

    // Paused: held, said once.
    l.guard
        .set_autoscale(
            "api",
            AutoscaleChange { paused: Some(true), dry_run: Some(false), ..Default::default() },
            "tester",
        )
        .await
        .unwrap();
    let end = Instant::now() + Duration::from_secs(10);
    while !decisions(&l.guard).iter().any(|d| d.hold == Some(ScalingHold::Paused)) {
        assert!(Instant::now() < end, "no paused hold: {:#?}", decisions(&l.guard));
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(
        decisions(&l.guard).iter().filter(|d| d.hold == Some(ScalingHold::Paused)).count(),
        1,
        "a lasting hold is recorded once"
    );
    assert_eq!(l.instances(), 1);
    let de = l.guard.autoscale_of("api", guard_i18n::Lang::De).unwrap();
    assert!(de.hold_message.as_deref().is_some_and(|m| m.contains("pausiert")), "{:?}", de.hold_message);

    // A maintenance window holds it too; resumed, it scales for real.
    let now = guard_engine::clock::unix_ms();
    l.guard
        .add_maintenance_window(
            guard_engine::heal::policy::MaintenanceWindow {
                component: Some("api".into()),
                from_ms: now,
                to_ms: now + 2_000,
            },
            "tester",
        )
        .await
        .unwrap();
    l.guard
        .set_autoscale("api", AutoscaleChange { paused: Some(false), dry_run: None, ..Default::default() }, "tester")
        .await
        .unwrap();
    let end = Instant::now() + Duration::from_secs(10);
    while !decisions(&l.guard).iter().any(|d| matches!(d.hold, Some(ScalingHold::Maintenance { .. }))) {
        assert!(Instant::now() < end, "no maintenance hold: {:#?}", decisions(&l.guard));
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(l.instances(), 1, "nothing during maintenance");
    let end = Instant::now() + Duration::from_secs(30);
    while l.instances() < 2 {
        assert!(Instant::now() < end, "never scaled after maintenance: {:#?}", decisions(&l.guard));
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(acted(&decisions(&l.guard)).iter().all(|d| d.at_ms >= now + 2_000), "nothing acted inside the window");
    // The change was audited with its actor.
    let audit = l.guard.audit().recent(50).await.unwrap();
    assert!(audit.iter().filter(|e| e.action == "autoscale.change").count() >= 2, "{audit:#?}");
    l.guard.shutdown().await.unwrap();
}

#[test]
fn autoscale_over_http_with_metrics_and_a_bad_config_refused_with_its_position() {
    let g = Guard::serve(
        r#"
pipeline:
  monitoring: { interval: 300ms }
components:
  - name: api
    process: { command: ["{labsvc}", "--port", "{port}", "--state-file", "{dir}/api.state"] }
    scale: { port: PORT, max_instances: 3 }
    check: { http: { url: "http://127.0.0.1:{port}/health" } }
    autoscale: { metric: response_time_seconds, threshold_up: 0.000000001, threshold_down: 0, cooldown: 1h, interval: 250ms, dry_run: true }
"#
        .replace("PORT", &free_port().to_string())
        .as_str(),
    );
    let mut v = serde_json::Value::Null;
    wait_until(Duration::from_secs(20), || {
        v = g.get_json("/api/components/api/autoscale?lang=de");
        v["decisions"].as_array().is_some_and(|d| !d.is_empty())
    });
    assert_eq!(
        (v["mode"].as_str(), v["instances"].as_u64(), v["dry_run"].as_bool()),
        (Some("reactive"), Some(1), Some(true)),
        "{v:#}"
    );
    let msg = v["decisions"][0]["message"].as_str().unwrap();
    assert!(msg.contains("Probelauf") && msg.contains("Hochskalieren"), "{msg}");
    assert_eq!(v["rules"][0]["metric"], "response_time_seconds");
    assert_eq!(g.get_json("/api/autoscale").as_array().map(Vec::len), Some(1));
    let (status, body) = get(g.port, "/api/components/api/autoscale?lang=xx").unwrap();
    assert_eq!(status, 400, "{body}");
    let (status, body) =
        http(g.port, "PUT", "/api/components/api/autoscale", None, Some(r#"{"paused": true, "speed": 3}"#));
    assert_eq!(status, 400, "{body}");
    assert!(body.contains("unknown field `speed`"), "{body}");
    let (status, body) = http(g.port, "PUT", "/api/components/api/autoscale", None, Some(r#"{"paused": true}"#));
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("\"paused\":true"), "{body}");
    let stored = g.get_json("/api/autoscale/decisions?component=api&lang=fr");
    assert!(
        stored.as_array().is_some_and(|d| d
            .iter()
            .any(|x| x["result"] == "dry_run" && x["message"].as_str().is_some_and(|m| m.contains("simulation")))),
        "{stored:#}"
    );
    let (status, body) = get(g.port, "/api/autoscale/decisions?component=nope").unwrap();
    assert_eq!(status, 404, "{body}");
    assert!(sqlite(&g.db(), "SELECT COUNT(*) FROM autoscale_decisions WHERE component = 'api' AND result = 'dry_run' AND direction = 'up'").parse::<u32>().unwrap() >= 1);
    let (_, metrics) = get(g.port, "/metrics").unwrap();
    for line in [
        "pipeline_guard_autoscale_decisions_total{component=\"api\",direction=\"up\",result=\"dry_run\"} 1",
        "pipeline_guard_autoscale_instances{component=\"api\"} 1",
        "pipeline_guard_autoscale_max_instances{component=\"api\"} 3",
        "pipeline_guard_healing_queue_waiting 0",
    ] {
        assert!(
            metrics.lines().any(|l| l == line),
            "`{line}` in /metrics:\n{}",
            metrics.lines().filter(|l| l.contains("autoscale") || l.contains("queue")).collect::<Vec<_>>().join("\n")
        );
    }

    // `validate` names every problem with its position.
    let bad = g.dir.path().join("bad.yaml");
    std::fs::write(&bad, "components:\n  - name: api\n    process: { command: [\"x\", \"{port}\"] }\n    scale: { port: 9000 }\n    autoscale: { metric: cpu_usage, threshold_up: 0.2, threshold_down: 0.5, scale_factor: 0.5 }\n").unwrap();
    let out = std::process::Command::new(bin("pipeline-guard")).arg("validate").arg(&bad).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("bad.yaml:5:72: expected threshold_down (0.5) below threshold_up (0.2)"), "{err}");
    assert!(err.contains("bad.yaml:5:91: expected a scale_factor greater than 1"), "{err}");
}
