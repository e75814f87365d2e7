use std::time::Duration;

use super::*;

fn job(name: &str, weight: f64, repair_ms: f64) -> Job {
    Job { name: name.into(), weight, repair_ms }
}

/// First come, first served: the order the components broke in.
fn fcfs(jobs: &[Job]) -> Vec<usize> {
    (0..jobs.len()).collect()
}

#[test]
fn the_plan_beats_first_come_first_served_on_a_constructed_case() {
    // One slot. A batch job broke first and takes 10 s to restart; then the critical API
    // (a 1 s restart, two critical dependents: weight 30) and a cache (2 s, weight 1).
    let jobs = [job("batch", 1.0, 10_000.0), job("api", 30.0, 1_000.0), job("cache", 1.0, 2_000.0)];
    let fifo = cost(&jobs, &fcfs(&jobs), &[0.0]);
    let p = plan(&jobs, &[0.0]);
    assert_eq!(p.method, PlanMethod::Exact);
    assert_eq!(p.order, vec![1, 2, 0], "api first, then the quick cache, the long batch last");
    // FCFS: batch 10 s, api 11 s ×30, cache 13 s = 10 + 330 + 13 = 353 s·weight.
    assert_eq!(fifo, 353_000.0);
    // Plan: api 1 s ×30, cache 3 s, batch 13 s = 30 + 3 + 13 = 46 s·weight.
    assert_eq!(p.cost, 46_000.0);

    // Two slots, one busy for another 5 s: the critical component must take the free one.
    let jobs = [job("batch", 1.0, 8_000.0), job("reports", 1.0, 8_000.0), job("api", 10.0, 1_000.0)];
    let p = plan(&jobs, &[0.0, 5_000.0]);
    let fifo = cost(&jobs, &fcfs(&jobs), &[0.0, 5_000.0]);
    assert_eq!(p.order[0], 2);
    assert!(p.cost < fifo, "plan {} vs FCFS {fifo}", p.cost);
}

#[test]
fn exact_search_equals_brute_force_on_random_small_cases() {
    // Property-style: 300 random instances, 1–7 jobs, 1–3 slots with random busy times.
    let mut rng = fastrand::Rng::with_seed(7);
    for case in 0..300 {
        let n = rng.usize(1..=7);
        let slots = rng.usize(1..=3);
        let jobs: Vec<Job> = (0..n)
            .map(|i| job(&format!("c{i}"), [1.0, 1.0, 2.0, 10.0][rng.usize(0..4)], rng.u32(1..20) as f64 * 250.0))
            .collect();
        let mut free_at: Vec<f64> = (0..slots).map(|_| rng.u32(0..8) as f64 * 500.0).collect();
        free_at[0] = 0.0;
        let (order, c) = exact(&jobs, &free_at);
        let (_, best) = brute_force(&jobs, &free_at);
        assert!((c - best).abs() < 1e-6, "case {case}: exact {c} vs brute force {best} for {jobs:?} on {free_at:?}");
        assert!((cost(&jobs, &order, &free_at) - c).abs() < 1e-6, "case {case}: the order's cost is the reported cost");
        let mut sorted = order.clone();
        sorted.sort();
        assert_eq!(sorted, (0..n).collect::<Vec<_>>(), "case {case}: a permutation");
    }
}

#[test]
fn annealing_is_used_above_the_exact_limit_and_is_never_worse_than_smith_or_fcfs() {
    let mut rng = fastrand::Rng::with_seed(11);
    for _ in 0..10 {
        let n = EXACT_MAX + 1 + rng.usize(0..10);
        let jobs: Vec<Job> = (0..n)
            .map(|i| job(&format!("c{i}"), [1.0, 2.0, 10.0][rng.usize(0..3)], rng.u32(1..20) as f64 * 250.0))
            .collect();
        let free = [0.0, 1_000.0, 3_000.0];
        let p = plan(&jobs, &free);
        assert_eq!(p.method, PlanMethod::Annealed);
        assert!(p.cost <= cost(&jobs, &smith_order(&jobs), &free) + 1e-6);
        assert!(p.cost <= cost(&jobs, &fcfs(&jobs), &free) + 1e-6);
    }
    // On instances small enough to check, annealing finds the optimum here.
    let jobs: Vec<Job> = (0..7).map(|i| job(&format!("c{i}"), (i % 3 + 1) as f64, (7 - i) as f64 * 300.0)).collect();
    let (_, best) = brute_force(&jobs, &[0.0, 0.0]);
    let (_, annealed) = anneal(&jobs, &[0.0, 0.0], 1, 20_000);
    assert!((annealed - best).abs() < 1e-6, "annealed {annealed} vs optimum {best}");
}

#[test]
fn criticality_counts_the_component_and_everything_that_depends_on_it() {
    let cfg = crate::config::load_str(
        r#"
components:
  - { name: db, check: { tcp: { addr: "127.0.0.1:1" } } }
  - { name: api, critical: true, depends_on: [db], check: { tcp: { addr: "127.0.0.1:2" } } }
  - { name: web, depends_on: [api], check: { tcp: { addr: "127.0.0.1:3" } } }
  - { name: batch, check: { tcp: { addr: "127.0.0.1:4" } } }
"#,
        "lab.yaml",
        std::path::Path::new("/lab"),
        &Default::default(),
    )
    .unwrap();
    let cases = [("db", 12.0), ("api", 11.0), ("web", 1.0), ("batch", 1.0)];
    for (name, w) in cases {
        assert_eq!(criticality(&cfg, name), w, "{name}");
    }
}

#[tokio::test]
async fn the_slot_queue_admits_the_planned_component_not_the_first_waiter() {
    let q = Arc::new(SlotQueue::new(1));
    q.set_repair_estimate("batch", 10_000.0);
    q.set_repair_estimate("api", 1_000.0);
    let held = q.acquire("db", 1.0).await;
    let admitted = Arc::new(Mutex::new(Vec::new()));
    let mut tasks = Vec::new();
    for (name, weight) in [("batch", 1.0), ("api", 30.0)] {
        let (q, admitted) = (q.clone(), admitted.clone());
        tasks.push(tokio::spawn(async move {
            let p = q.acquire(name, weight).await;
            admitted.lock().push(name.to_string());
            tokio::time::sleep(Duration::from_millis(20)).await;
            drop(p);
        }));
        // batch is queued strictly before api.
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let v = q.view();
    assert_eq!(v.waiting, vec!["batch", "api"]);
    // The queue as users see it: in the order slots will go, with expected starts.
    let queued: Vec<(u32, &str, i64)> =
        v.queued.iter().map(|j| (j.position, j.component.as_str(), j.expected_repair_ms)).collect();
    assert_eq!(queued, vec![(1, "api", 1_000), (2, "batch", 10_000)]);
    assert_eq!(v.queue_method, Some(PlanMethod::Exact));
    assert!(v.queued[1].expected_start_in_ms >= v.queued[0].expected_start_in_ms + 1_000, "{v:?}");
    assert!(v.queued.iter().all(|j| j.waiting_ms >= 15), "{v:?}");
    assert_eq!(v.busy, vec!["db"]);
    drop(held);
    for t in tasks {
        t.await.unwrap();
    }
    assert_eq!(*admitted.lock(), vec!["api", "batch"], "first come, first served would have been batch first");
    let v = q.view();
    assert_eq!(v.method, Some(PlanMethod::Exact));
    assert!(v.busy.is_empty() && v.waiting.is_empty() && v.queued.is_empty());
}

#[tokio::test]
async fn a_cancelled_waiter_does_not_keep_a_slot() {
    let q = Arc::new(SlotQueue::new(1));
    let held = q.acquire("a", 1.0).await;
    let q2 = q.clone();
    let waiting = tokio::spawn(async move { q2.acquire("b", 1.0).await });
    tokio::time::sleep(Duration::from_millis(20)).await;
    waiting.abort();
    let _ = waiting.await;
    drop(held);
    // The slot is free again: this must not wait.
    let p = tokio::time::timeout(Duration::from_secs(1), q.acquire("c", 1.0)).await.expect("slot free");
    drop(p);
    assert!(q.view().busy.is_empty());
}
