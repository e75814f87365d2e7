//! Which broken component gets the next healing slot when more components wait than
//! `max_concurrent` allows.
//!
//! **A classical optimiser.** There is no quantum hardware here, so no "quantum-enhanced"
//! optimisation is claimed: this is a classical scheduler, named for what it is.
//!
//! The problem: every waiting component `j` is down now, has a criticality weight `w_j` and an
//! expected repair time `p_j` (how long it holds a slot). Slots free up at known times. Serving
//! the components in an order (each takes the earliest free slot: list scheduling) gives each
//! one a downtime `C_j` = wait + repair; we minimise the expected weighted downtime `Σ w_j·C_j`
//! (P‖ΣwC: NP-hard with two or more slots, Smith's ratio rule is optimal only for one slot).
//!
//! - [`exact`]: branch and bound over orders (depth-first, Smith's order first, pruned by a lower
//!   bound), used up to [`EXACT_MAX`] waiting components; tested equal to brute force.
//! - [`anneal`]: simulated annealing (swap and move neighbours, geometric cooling, seeded)
//!   from Smith's order, above that.
//!
//! [`SlotQueue`] is what the healer takes slots from: when a slot frees, it plans the waiting
//! components and admits the first of the plan. Repair times are learned per component (an
//! exponential average of how long its steps held a slot), 2 s until one was seen.

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;
use std::time::{Duration, Instant};

use parking_lot::Mutex;
use serde::Serialize;
use tokio::sync::oneshot;
use ts_rs::TS;

use crate::config::Config;

/// Largest number of waiting components planned by exact search.
pub const EXACT_MAX: usize = 8;
/// Repair-time estimate for a component never healed before.
pub const DEFAULT_REPAIR_MS: f64 = 2_000.0;

/// One component waiting for a slot.
#[derive(Debug, Clone, PartialEq)]
pub struct Job {
    pub name: String,
    /// Criticality weight (see [`criticality`]).
    pub weight: f64,
    /// Expected time it will hold a slot, ms.
    pub repair_ms: f64,
}

/// How a plan was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum PlanMethod {
    /// Branch and bound: provably minimal.
    Exact,
    /// Simulated annealing: good, not proven optimal.
    Annealed,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    /// Indices into the jobs, in the order they get slots.
    pub order: Vec<usize>,
    /// Expected weighted downtime of the order, ms.
    pub cost: f64,
    pub method: PlanMethod,
}

/// Criticality weight of a component: 10 if `critical`, else 1, plus the same for every
/// component that depends on it (directly or not): their downtime lasts as long as its does.
pub fn criticality(config: &Config, name: &str) -> f64 {
    let own = |n: &str| if config.component(n).is_some_and(|c| c.critical) { 10.0 } else { 1.0 };
    let mut seen: BTreeSet<&str> = BTreeSet::new();
    let mut stack = vec![name];
    while let Some(n) = stack.pop() {
        if !seen.insert(n) {
            continue;
        }
        stack.extend(config.components.iter().filter(|c| c.depends_on.iter().any(|d| d == n)).map(|c| c.name.as_str()));
    }
    seen.into_iter().map(own).sum()
}

/// Weighted downtime of serving `order` with slots free at `free_at` (ms from now; one entry
/// per slot): each job takes the earliest free slot.
pub fn cost(jobs: &[Job], order: &[usize], free_at: &[f64]) -> f64 {
    let mut slots: Vec<f64> = if free_at.is_empty() { vec![0.0] } else { free_at.to_vec() };
    let mut total = 0.0;
    for &j in order {
        let (k, start) = earliest(&slots);
        let done = start + jobs[j].repair_ms;
        slots[k] = done;
        total += jobs[j].weight * done;
    }
    total
}

fn earliest(slots: &[f64]) -> (usize, f64) {
    slots.iter().copied().enumerate().fold((0, f64::INFINITY), |best, (k, t)| if t < best.1 { (k, t) } else { best })
}

/// Smith's rule: highest weight per ms of repair first (optimal for one slot).
pub fn smith_order(jobs: &[Job]) -> Vec<usize> {
    let mut o: Vec<usize> = (0..jobs.len()).collect();
    o.sort_by(|a, b| {
        let ra = jobs[*a].weight / jobs[*a].repair_ms.max(1e-9);
        let rb = jobs[*b].weight / jobs[*b].repair_ms.max(1e-9);
        rb.partial_cmp(&ra).unwrap_or(std::cmp::Ordering::Equal).then(a.cmp(b))
    });
    o
}

/// Every order (for tests and as the definition of "exact").
pub fn brute_force(jobs: &[Job], free_at: &[f64]) -> (Vec<usize>, f64) {
    fn permute(k: usize, v: &mut Vec<usize>, jobs: &[Job], free_at: &[f64], best: &mut (Vec<usize>, f64)) {
        if k == v.len() {
            let c = cost(jobs, v, free_at);
            if c < best.1 - 1e-9 {
                *best = (v.clone(), c);
            }
            return;
        }
        for i in k..v.len() {
            v.swap(k, i);
            permute(k + 1, v, jobs, free_at, best);
            v.swap(k, i);
        }
    }
    let mut v: Vec<usize> = (0..jobs.len()).collect();
    let mut best = (v.clone(), cost(jobs, &v, free_at));
    permute(0, &mut v, jobs, free_at, &mut best);
    best
}

/// Branch and bound over orders. A prefix's bound: its cost so far plus, for each remaining
/// job, its weight times (the earliest slot time after the prefix + its own repair time) —
/// no job can finish sooner, so the bound never overestimates and pruning keeps the optimum.
pub fn exact(jobs: &[Job], free_at: &[f64]) -> (Vec<usize>, f64) {
    struct Search<'a> {
        jobs: &'a [Job],
        order_hint: Vec<usize>,
        best: (Vec<usize>, f64),
    }
    fn go(s: &mut Search, prefix: &mut Vec<usize>, used: &mut Vec<bool>, slots: &[f64], so_far: f64) {
        if prefix.len() == s.jobs.len() {
            if so_far < s.best.1 - 1e-9 {
                s.best = (prefix.clone(), so_far);
            }
            return;
        }
        let (k, start) = earliest(slots);
        let bound: f64 = so_far
            + (0..s.jobs.len())
                .filter(|j| !used[*j])
                .map(|j| s.jobs[j].weight * (start + s.jobs[j].repair_ms))
                .sum::<f64>();
        if bound >= s.best.1 - 1e-9 {
            return;
        }
        for idx in 0..s.order_hint.len() {
            let j = s.order_hint[idx];
            if used[j] {
                continue;
            }
            let done = start + s.jobs[j].repair_ms;
            let mut next = slots.to_vec();
            next[k] = done;
            used[j] = true;
            prefix.push(j);
            go(s, prefix, used, &next, so_far + s.jobs[j].weight * done);
            prefix.pop();
            used[j] = false;
        }
    }
    let hint = smith_order(jobs);
    let slots: Vec<f64> = if free_at.is_empty() { vec![0.0] } else { free_at.to_vec() };
    let c = cost(jobs, &hint, &slots);
    let mut s = Search { jobs, order_hint: hint.clone(), best: (hint, c + 1e-6) };
    go(&mut s, &mut Vec::new(), &mut vec![false; jobs.len()], &slots, 0.0);
    let order = s.best.0;
    let c = cost(jobs, &order, &slots);
    (order, c)
}

/// Simulated annealing from Smith's order: random swap or move, accept worse with
/// probability exp(-Δ/T), T cooling geometrically; returns the best order seen.
pub fn anneal(jobs: &[Job], free_at: &[f64], seed: u64, iterations: usize) -> (Vec<usize>, f64) {
    let n = jobs.len();
    let mut cur = smith_order(jobs);
    let mut cur_cost = cost(jobs, &cur, free_at);
    let mut best = (cur.clone(), cur_cost);
    if n < 2 {
        return best;
    }
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut t = (cur_cost / n as f64).max(1.0) * 0.1;
    let cooling = (1e-4f64).powf(1.0 / iterations.max(1) as f64);
    for _ in 0..iterations {
        let mut cand = cur.clone();
        let (a, b) = (rng.usize(0..n), rng.usize(0..n));
        if rng.bool() {
            cand.swap(a, b);
        } else {
            let x = cand.remove(a);
            cand.insert(b, x);
        }
        let c = cost(jobs, &cand, free_at);
        let delta = c - cur_cost;
        if delta <= 0.0 || rng.f64() < (-delta / t).exp() {
            cur = cand;
            cur_cost = c;
            if c < best.1 - 1e-9 {
                best = (cur.clone(), c);
            }
        }
        t *= cooling;
    }
    best
}

/// The order to serve `jobs` in: exact up to [`EXACT_MAX`] jobs, annealed above.
pub fn plan(jobs: &[Job], free_at: &[f64]) -> Plan {
    if jobs.len() <= EXACT_MAX {
        let (order, cost) = exact(jobs, free_at);
        Plan { order, cost, method: PlanMethod::Exact }
    } else {
        let (order, cost) = anneal(jobs, free_at, 0x5eed ^ jobs.len() as u64, 20_000);
        Plan { order, cost, method: PlanMethod::Annealed }
    }
}

// ---------------------------------------------------------------------------------------------
// The healer's slots.

struct Waiter {
    job: Job,
    /// First come, first served would use this; the plan does not, except to break ties.
    seq: u64,
    since: Instant,
    admit: oneshot::Sender<()>,
}

struct Busy {
    name: String,
    since: Instant,
    expected_ms: f64,
}

#[derive(Default)]
struct QueueState {
    busy: HashMap<u64, Busy>,
    waiting: Vec<Waiter>,
    next_id: u64,
    /// Learned repair time per component, ms.
    repair_ms: HashMap<String, f64>,
    last_plan: Option<(Vec<String>, PlanMethod)>,
}

/// `max_concurrent` healing slots, handed out in the order that minimises expected weighted
/// downtime instead of first come, first served.
pub struct SlotQueue {
    capacity: usize,
    state: Arc<Mutex<QueueState>>,
}

impl std::fmt::Debug for SlotQueue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let st = self.state.lock();
        f.debug_struct("SlotQueue")
            .field("capacity", &self.capacity)
            .field("busy", &st.busy.len())
            .field("waiting", &st.waiting.len())
            .finish()
    }
}

/// A held slot; dropping it frees the slot and admits the next planned component.
pub struct SlotPermit {
    id: u64,
    state: Arc<Mutex<QueueState>>,
    capacity: usize,
}

impl Drop for SlotPermit {
    fn drop(&mut self) {
        let mut st = self.state.lock();
        if let Some(b) = st.busy.remove(&self.id) {
            let took = b.since.elapsed().as_secs_f64() * 1000.0;
            let e = st.repair_ms.entry(b.name).or_insert(took);
            *e = 0.7 * *e + 0.3 * took;
        }
        dispatch(&mut st, self.capacity);
    }
}

/// Admit planned waiters while slots are free.
fn dispatch(st: &mut QueueState, capacity: usize) {
    while st.busy.len() < capacity && !st.waiting.is_empty() {
        st.waiting.retain(|w| !w.admit.is_closed());
        if st.waiting.is_empty() {
            return;
        }
        st.waiting.sort_by_key(|w| w.seq);
        let jobs: Vec<Job> = st.waiting.iter().map(|w| w.job.clone()).collect();
        let now = Instant::now();
        let mut free_at: Vec<f64> = st
            .busy
            .values()
            .map(|b| (b.expected_ms - now.duration_since(b.since).as_secs_f64() * 1000.0).max(0.0))
            .collect();
        free_at.resize(capacity, 0.0);
        // The slot being filled now is free: make sure the plan starts at time 0.
        free_at.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
        free_at[0] = 0.0;
        let p = plan(&jobs, &free_at);
        st.last_plan = Some((p.order.iter().map(|i| jobs[*i].name.clone()).collect(), p.method));
        let w = st.waiting.remove(p.order[0]);
        if w.admit.send(()).is_ok() {
            // The admitted waiter builds its permit with its own `seq` as the slot's id.
            st.busy.insert(w.seq, Busy { name: w.job.name, since: now, expected_ms: w.job.repair_ms });
        }
    }
}

impl SlotQueue {
    pub fn new(capacity: usize) -> SlotQueue {
        SlotQueue { capacity: capacity.max(1), state: Arc::new(Mutex::new(QueueState::default())) }
    }

    /// Wait for a slot for `name` (criticality `weight`).
    pub async fn acquire(&self, name: &str, weight: f64) -> SlotPermit {
        let rx = {
            let mut st = self.state.lock();
            let repair_ms = st.repair_ms.get(name).copied().unwrap_or(DEFAULT_REPAIR_MS);
            let seq = st.next_id;
            st.next_id += 1;
            if st.busy.len() < self.capacity && st.waiting.is_empty() {
                st.busy.insert(seq, Busy { name: name.to_string(), since: Instant::now(), expected_ms: repair_ms });
                return SlotPermit { id: seq, state: self.state.clone(), capacity: self.capacity };
            }
            let (tx, rx) = oneshot::channel();
            st.waiting.push(Waiter {
                job: Job { name: name.to_string(), weight, repair_ms },
                seq,
                since: Instant::now(),
                admit: tx,
            });
            dispatch(&mut st, self.capacity);
            (seq, rx)
        };
        let (seq, rx) = rx;
        // Built before waiting, so a waiter cancelled right after its admission still frees
        // the slot (dropping a permit whose id is not busy only re-plans).
        let permit = SlotPermit { id: seq, state: self.state.clone(), capacity: self.capacity };
        // The sender lives in the queue until it admits us; it is never dropped unsent.
        let _ = rx.await;
        permit
    }

    /// Who holds the slots, who waits (in arrival order), and the waiting components in the
    /// order they would get slots now (`queued`, planned afresh over the current waiters).
    pub fn view(&self) -> HealingQueueView {
        let st = self.state.lock();
        let now = Instant::now();
        let mut busy: Vec<&Busy> = st.busy.values().collect();
        busy.sort_by_key(|b| b.since);
        let mut waiters: Vec<&Waiter> = st.waiting.iter().filter(|w| !w.admit.is_closed()).collect();
        waiters.sort_by_key(|w| w.seq);
        let jobs: Vec<Job> = waiters.iter().map(|w| w.job.clone()).collect();
        let mut free_at: Vec<f64> = busy
            .iter()
            .map(|b| (b.expected_ms - now.duration_since(b.since).as_secs_f64() * 1000.0).max(0.0))
            .collect();
        free_at.resize(self.capacity.max(free_at.len()), 0.0);
        free_at.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
        free_at.truncate(self.capacity);
        let planned = (!jobs.is_empty()).then(|| plan(&jobs, &free_at));
        let queued = planned
            .as_ref()
            .map(|p| {
                // Replay the plan (list scheduling) for each waiter's expected start.
                let mut slots = free_at.clone();
                p.order
                    .iter()
                    .enumerate()
                    .map(|(pos, &j)| {
                        let (k, start) = earliest(&slots);
                        slots[k] = start + jobs[j].repair_ms;
                        QueuedHealing {
                            position: pos as u32 + 1,
                            component: jobs[j].name.clone(),
                            weight: jobs[j].weight,
                            expected_repair_ms: jobs[j].repair_ms.round() as i64,
                            expected_start_in_ms: start.round() as i64,
                            waiting_ms: now.duration_since(waiters[j].since).as_millis() as i64,
                        }
                    })
                    .collect()
            })
            .unwrap_or_default();
        HealingQueueView {
            slots: self.capacity as u32,
            busy: busy.iter().map(|b| b.name.clone()).collect(),
            waiting: waiters.iter().map(|w| w.job.name.clone()).collect(),
            queued,
            queue_method: planned.map(|p| p.method),
            last_plan: st.last_plan.as_ref().map(|p| p.0.clone()).unwrap_or_default(),
            method: st.last_plan.as_ref().map(|p| p.1),
        }
    }

    /// Set the learned repair time of a component (tests, and a restore from history).
    pub fn set_repair_estimate(&self, name: &str, ms: f64) {
        self.state.lock().repair_ms.insert(name.to_string(), ms);
    }

    /// Time a healing step of `name` is expected to hold a slot.
    pub fn repair_estimate(&self, name: &str) -> Duration {
        Duration::from_secs_f64(self.state.lock().repair_ms.get(name).copied().unwrap_or(DEFAULT_REPAIR_MS) / 1000.0)
    }
}

/// The healing slots at a glance (`GET /api/healing/queue`).
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct HealingQueueView {
    pub slots: u32,
    /// Components holding a slot now, longest-held first.
    pub busy: Vec<String>,
    /// Components waiting for a slot, in arrival order.
    pub waiting: Vec<String>,
    /// The waiting components in the order they get slots (planned now over the current
    /// waiters: the order `plan` would admit them in if nothing else breaks).
    pub queued: Vec<QueuedHealing>,
    /// How `queued` was planned (none when nobody waits).
    pub queue_method: Option<PlanMethod>,
    /// The order the last admission's plan chose (first one admitted).
    pub last_plan: Vec<String>,
    pub method: Option<PlanMethod>,
}

/// One queued healing.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct QueuedHealing {
    /// 1 = next to get a slot.
    pub position: u32,
    pub component: String,
    /// Criticality weight ([`criticality`]).
    pub weight: f64,
    /// How long its step is expected to hold a slot (learned, 2 s until seen).
    #[ts(type = "number")]
    pub expected_repair_ms: i64,
    /// When it is expected to get a slot, from now.
    #[ts(type = "number")]
    pub expected_start_in_ms: i64,
    /// How long it has waited so far.
    #[ts(type = "number")]
    pub waiting_ms: i64,
}

#[cfg(test)]
mod tests;
