//! Zero-downtime front: a small reverse proxy the guard runs before a component's instances.
//!
//! A component that declares `front: { listen: 127.0.0.1:PORT, balance: weighted | least_conn }`
//! gets `scale.min_instances` supervised instances (instance 0 on `scale.port`, the others on
//! the next free ports, like `scale_up`) and one listener on `listen`:
//!
//! - `balance.rs` — the pure routing decision (smooth weighted round robin with
//!   `LoadBalancer` weights, or least connections), over healthy, undrained instances only.
//! - `health.rs` — each instance is probed with the component's own check (its `{port}`
//!   filled in) every `health_interval`; an exit of an instance takes it out of rotation at
//!   once, until a probe passes again.
//! - `outlier.rs` — passive outlier detection (Envoy's `consecutive_5xx` /
//!   `consecutive_gateway_failure`): every proxied answer is a health signal; consecutive
//!   5xx, resets, refused connections or per-try time-outs eject an instance at once, for a
//!   back-off that grows with each ejection in a row, and it returns only once its active check
//!   passes after that. Never more than `max_ejection_percent` of the instances, never the last
//!   one that can serve. Each ejection, and each instance its own probe took out, is handed to
//!   the healer (an `outlier` incident, or a note in the component's open one). Also the retry
//!   budget.
//! - `proxy.rs` — HTTP/1.1 forwarding with hyper. A request whose connection to an instance
//!   fails before it was sent (any method), and an idempotent request (GET, HEAD, OPTIONS and
//!   `retry.idempotent_methods`) whose instance fails, passes the per-try time-out or answers
//!   5xx, is retried on another instance, each instance at most once, within the retry
//!   budget: that is what makes the crash, the 500s or the hang of one instance invisible.
//! - `rolling.rs` — `restart` of a fronted component: one instance at a time, each drained
//!   first (no new requests; in-flight ones may finish, bounded by `drain_timeout`), restarted,
//!   and put back only once its probe passes.
//!
//! Counters (requests, failures, retries, ejections, exhausted retry budget, per-instance
//! routing counts) are in [`FrontView`].

mod balance;
mod health;
mod outlier;
mod proxy;
mod retire;
mod rolling;
mod spec;

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::Full;
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use parking_lot::Mutex;
use serde::Serialize;
use ts_rs::TS;

pub use balance::{Balancer, Slot};
pub use outlier::{EjectionView, Failure, RetryBudgetView};
pub(crate) use retire::drain_and_stop;
pub(crate) use rolling::rolling_restart;
pub use spec::{Balance, FrontSpec, OutlierSpec, RetrySpec};

use crate::heal::Healer;

/// The fronts of a guard, by component name.
#[derive(Debug, Default)]
pub struct Fronts {
    map: HashMap<String, Arc<Front>>,
}

impl Fronts {
    /// A front for each component that declares one (not started yet).
    pub fn new(config: &crate::config::Config) -> Fronts {
        let map = config
            .components
            .iter()
            .filter_map(|c| c.front.as_ref().map(|f| (c.name.clone(), Arc::new(Front::new(&c.name, f.clone())))))
            .collect();
        Fronts { map }
    }

    pub fn get(&self, component: &str) -> Option<&Arc<Front>> {
        self.map.get(component)
    }

    /// Whether `component` is served through a front.
    pub fn serves(&self, component: &str) -> bool {
        self.map.contains_key(component)
    }

    pub fn views(&self) -> Vec<FrontView> {
        let mut v: Vec<FrontView> = self.map.values().map(|f| f.view()).collect();
        v.sort_by(|a, b| a.component.cmp(&b.component));
        v
    }
}

/// Errors starting a front.
#[derive(Debug, thiserror::Error)]
pub enum FrontError {
    #[error("the front of `{component}` cannot listen on {addr}: {source}")]
    Listen { component: String, addr: std::net::SocketAddr, source: std::io::Error },
    #[error("the front of `{component}` cannot start instance {instance}: {message}")]
    Instance { component: String, instance: u32, message: String },
}

/// Start the extra instances and the listener of every front. Called once by
/// `PipelineGuard::start`, after instance 0 of each component was started.
pub(crate) async fn start_all(inner: &Healer) -> Result<(), FrontError> {
    for (name, front) in &inner.fronts.map {
        let config_now = inner.config();
        let spec = config_now.component(name).expect("a front belongs to a configured component");
        start_instances(inner, spec)?;
        let listener = bind(front)?;
        tokio::spawn(proxy::serve(inner.clone(), front.clone(), listener));
        tokio::spawn(health::probe_loop(inner.clone(), front.clone()));
        tokio::spawn(health::watch_exits(inner.clone(), front.clone(), inner.bus.subscribe()));
        if let Some(rx) = front.ejected_rx.lock().take() {
            tokio::spawn(outlier::tell_the_healer(inner.clone(), front.clone(), rx));
        }
    }
    Ok(())
}

fn bind(front: &Front) -> Result<tokio::net::TcpListener, FrontError> {
    let err = |source| FrontError::Listen { component: front.component.clone(), addr: front.spec.listen, source };
    let std = std::net::TcpListener::bind(front.spec.listen).map_err(err)?;
    std.set_nonblocking(true).map_err(err)?;
    tokio::net::TcpListener::from_std(std).map_err(err)
}

/// Instances 1.. up to `scale.min_instances`, each on the next free port after the base port.
fn start_instances(inner: &Healer, spec: &crate::config::ComponentSpec) -> Result<(), FrontError> {
    let (Some(template), Some(process), Some(base)) = (&spec.scale.command_template, &spec.process, spec.scale.port)
    else {
        return Ok(());
    };
    for instance in 1..spec.scale.min_instances {
        let taken: Vec<u16> = inner.healing.ports(&spec.name).into_values().collect();
        let port = crate::supervise::next_free_port(base, &taken).ok_or_else(|| FrontError::Instance {
            component: spec.name.clone(),
            instance,
            message: "no free port after the base port".into(),
        })?;
        let mut p = process.clone();
        p.command = template.iter().map(|a| a.replace("{port}", &port.to_string())).collect();
        inner.supervisor.start(&spec.name, instance, p).map_err(|e| FrontError::Instance {
            component: spec.name.clone(),
            instance,
            message: e.to_string(),
        })?;
        inner.healing.set_instance_port(&spec.name, instance, port);
    }
    Ok(())
}

/// Per-instance counters.
#[derive(Debug, Default, Clone)]
struct InstanceStats {
    port: u16,
    routed: u64,
    /// Attempts on this instance that failed and were retried on another one.
    retried: u64,
    errors: u64,
    last_error: Option<String>,
    outlier: outlier::OutlierState,
}

#[derive(Debug)]
struct FrontState {
    balancer: Balancer,
    stats: BTreeMap<u32, InstanceStats>,
    drains: VecDeque<DrainView>,
    ejections: VecDeque<EjectionView>,
    budget: outlier::RetryWindow,
}

/// One component's front.
#[derive(Debug)]
pub struct Front {
    pub component: String,
    pub spec: FrontSpec,
    state: Mutex<FrontState>,
    requests: AtomicU64,
    failures: AtomicU64,
    retries: AtomicU64,
    ejections: AtomicU64,
    ejections_refused: AtomicU64,
    budget_exhausted: AtomicU64,
    /// Ejections on their way to the healer (taken by `start_all`).
    ejected_tx: tokio::sync::mpsc::UnboundedSender<outlier::Ejected>,
    ejected_rx: Mutex<Option<tokio::sync::mpsc::UnboundedReceiver<outlier::Ejected>>>,
    client: Client<HttpConnector, Full<Bytes>>,
    /// One rolling restart at a time.
    restarting: tokio::sync::Mutex<()>,
}

impl Front {
    pub fn new(component: &str, spec: FrontSpec) -> Front {
        let mut http = HttpConnector::new();
        http.set_connect_timeout(Some(spec.try_timeout));
        http.set_nodelay(true);
        let client = Client::builder(hyper_util::rt::TokioExecutor::new())
            .pool_idle_timeout(Duration::from_secs(30))
            .pool_max_idle_per_host(64)
            .build(http);
        let (ejected_tx, ejected_rx) = tokio::sync::mpsc::unbounded_channel();
        Front {
            component: component.to_string(),
            state: Mutex::new(FrontState {
                balancer: Balancer::new(spec.balance),
                stats: BTreeMap::new(),
                drains: VecDeque::new(),
                ejections: VecDeque::new(),
                budget: outlier::RetryWindow::default(),
            }),
            spec,
            requests: AtomicU64::new(0),
            failures: AtomicU64::new(0),
            retries: AtomicU64::new(0),
            ejections: AtomicU64::new(0),
            ejections_refused: AtomicU64::new(0),
            budget_exhausted: AtomicU64::new(0),
            ejected_tx,
            ejected_rx: Mutex::new(Some(ejected_rx)),
            client,
            restarting: tokio::sync::Mutex::new(()),
        }
    }

    /// Make the instance set match `ports` (instance → port): new instances start unhealthy
    /// until a probe passes; removed ones leave the rotation.
    fn sync_instances(&self, ports: &BTreeMap<u32, u16>) {
        let mut st = self.state.lock();
        let st = &mut *st;
        st.balancer.slots.retain(|i, _| ports.contains_key(i));
        for (i, port) in ports {
            st.balancer.slots.entry(*i).or_insert_with(|| Slot::new(self.spec.weight(*i)));
            let s = st.stats.entry(*i).or_default();
            if s.port != *port {
                s.port = *port;
            }
        }
    }

    /// Take an instance out of the front for good (scaled down).
    fn remove_instance(&self, instance: u32) {
        let mut st = self.state.lock();
        st.balancer.slots.remove(&instance);
        st.stats.remove(&instance);
    }

    fn set_healthy(&self, instance: u32, healthy: bool, why: Option<String>) {
        let mut st = self.state.lock();
        if let Some(s) = st.balancer.slots.get_mut(&instance) {
            s.healthy = healthy;
        }
        if let (Some(why), Some(s)) = (why, st.stats.get_mut(&instance)) {
            s.errors += 1;
            s.last_error = Some(why);
        }
    }

    fn set_draining(&self, instance: u32, draining: bool) {
        if let Some(s) = self.state.lock().balancer.slots.get_mut(&instance) {
            s.draining = draining;
        }
    }

    /// Mark `instance` draining (nothing new is routed to it) and wait, up to `drain_timeout`,
    /// for its requests in flight to finish. The drain is recorded in the front's view and
    /// returned; the instance stays marked draining.
    async fn drain(&self, instance: u32, purpose: DrainPurpose) -> DrainView {
        self.set_draining(instance, true);
        let t0 = Instant::now();
        let in_flight = |b: &Balancer| b.slots.get(&instance).map_or(0, |s| s.in_flight);
        let at_start = in_flight(&self.state.lock().balancer);
        let drained = self.wait_until(self.spec.drain_timeout, |b| in_flight(b) == 0).await;
        let left = in_flight(&self.state.lock().balancer);
        let waited = t0.elapsed();
        let d = DrainView {
            instance,
            started_ms: crate::clock::unix_ms() - waited.as_millis() as i64,
            in_flight_at_start: at_start,
            waited_ms: waited.as_millis() as i64,
            in_flight_left: left,
            timed_out: !drained,
            purpose,
        };
        self.record_drain(d.clone());
        d
    }

    fn record_drain(&self, d: DrainView) {
        let mut st = self.state.lock();
        st.drains.push_front(d);
        st.drains.truncate(20);
    }

    /// Pick an instance for a request, waiting up to `wait` for one to become eligible. The
    /// request counts in flight from the moment it is picked (under the same lock), so a
    /// drain that sees zero in flight never misses a request about to be sent.
    /// With no eligible instance, a retry (or a first try after half the wait) goes to the
    /// least bad instance left ([`Balancer::untried_fallback`]).
    async fn choose(self: &Arc<Self>, tried: &[u32], wait: Duration) -> Option<(u32, u16, InFlight)> {
        let t0 = Instant::now();
        let end = t0 + wait;
        loop {
            {
                let mut st = self.state.lock();
                let picked = match st.balancer.pick(tried) {
                    Some(i) => Some(i),
                    None if !tried.is_empty() || t0.elapsed() >= wait / 2 => st.balancer.untried_fallback(tried),
                    None => None,
                };
                if let Some(i) = picked {
                    let port = st.stats.get(&i).map(|s| s.port).unwrap_or(0);
                    let flight = InFlight::counted(&mut st, self.clone(), i);
                    return Some((i, port, flight));
                }
                // Every instance was tried: no point waiting.
                if !tried.is_empty() && st.balancer.slots.keys().all(|i| tried.contains(i)) {
                    return None;
                }
            }
            if Instant::now() >= end {
                return None;
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    }

    /// Wait up to `within` until `cond` holds over the balancer; whether it did.
    async fn wait_until(&self, within: Duration, cond: impl Fn(&Balancer) -> bool) -> bool {
        let end = Instant::now() + within;
        loop {
            if cond(&self.state.lock().balancer) {
                return true;
            }
            if Instant::now() >= end {
                return false;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    /// A failed attempt on `from` is retried on another instance.
    fn note_retry(&self, from: u32) {
        self.retries.fetch_add(1, Ordering::Relaxed);
        if let Some(s) = self.state.lock().stats.get_mut(&from) {
            s.retried += 1;
        }
    }

    /// Counters and instance states, for the API and `/metrics`.
    pub fn view(&self) -> FrontView {
        let mut st = self.state.lock();
        let retry_budget = Front::budget_view(&mut st, &self.spec.retry);
        let o = &self.spec.outlier;
        let r = &self.spec.retry;
        FrontView {
            component: self.component.clone(),
            listen: self.spec.listen.to_string(),
            balance: self.spec.balance,
            requests: self.requests.load(Ordering::Relaxed),
            failures: self.failures.load(Ordering::Relaxed),
            retries: self.retries.load(Ordering::Relaxed),
            ejections: self.ejections.load(Ordering::Relaxed),
            ejections_refused: self.ejections_refused.load(Ordering::Relaxed),
            budget_exhausted: self.budget_exhausted.load(Ordering::Relaxed),
            outlier_detection: self.spec.outlier.enabled,
            try_timeout_ms: self.spec.try_timeout.as_millis() as i64,
            health_interval_ms: self.spec.health_interval.as_millis() as i64,
            drain_timeout_ms: self.spec.drain_timeout.as_millis() as i64,
            outlier: OutlierConfigView {
                consecutive_5xx: o.consecutive_5xx,
                consecutive_gateway_failure: o.consecutive_gateway_failure,
                base_ejection_ms: o.base_ejection_time.as_millis() as i64,
                max_ejection_ms: o.max_ejection_time.as_millis() as i64,
                max_ejection_percent: o.max_ejection_percent,
            },
            retry: RetryConfigView {
                budget_percent: r.budget_percent,
                min_retries: r.min_retries,
                idempotent_methods: idempotent_methods(&r.idempotent_methods),
            },
            retry_budget,
            instances: st
                .balancer
                .slots
                .iter()
                .map(|(i, s)| {
                    let stats = st.stats.get(i).cloned().unwrap_or_default();
                    FrontInstanceView {
                        state: InstanceState::of(s),
                        ejection: stats.outlier.current.clone().filter(|_| s.ejected),
                        retried: stats.retried,
                        instance: *i,
                        port: stats.port,
                        weight: s.weight,
                        healthy: s.healthy,
                        draining: s.draining,
                        ejected: s.ejected,
                        ejected_until_ms: stats.outlier.ejected_until_ms(),
                        ejections: stats.outlier.ejections,
                        consecutive_failures: stats.outlier.consecutive_5xx,
                        in_flight: s.in_flight,
                        routed: stats.routed,
                        errors: stats.errors,
                        last_error: stats.last_error,
                    }
                })
                .collect(),
            drains: st.drains.iter().cloned().collect(),
            recent_ejections: st.ejections.iter().cloned().collect(),
        }
    }
}

/// A request routed to an instance: counted in flight until its response body is done.
struct InFlight {
    front: Arc<Front>,
    instance: u32,
}

impl InFlight {
    /// Count a request in flight on `instance`; the caller holds the front's state lock.
    fn counted(st: &mut FrontState, front: Arc<Front>, instance: u32) -> InFlight {
        if let Some(s) = st.balancer.slots.get_mut(&instance) {
            s.in_flight += 1;
        }
        if let Some(s) = st.stats.get_mut(&instance) {
            s.routed += 1;
        }
        InFlight { front, instance }
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        if let Some(s) = self.front.state.lock().balancer.slots.get_mut(&self.instance) {
            s.in_flight = s.in_flight.saturating_sub(1);
        }
    }
}

/// Every method the front retries after it was sent: GET, HEAD, OPTIONS and the declared ones.
fn idempotent_methods(declared: &[String]) -> Vec<String> {
    let mut v: Vec<String> = ["GET", "HEAD", "OPTIONS"].iter().map(|m| m.to_string()).collect();
    v.extend(declared.iter().filter(|d| !v.contains(d)).cloned().collect::<Vec<_>>());
    v
}

/// Whether the front routes to an instance, and if not, why (the front panel's state column).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum InstanceState {
    /// Takes requests.
    Serving,
    /// Out of rotation before a restart or a scale-down; requests in flight may finish.
    Draining,
    /// Ejected by passive outlier detection (see `FrontInstanceView::ejection`).
    Ejected,
    /// Out of rotation: its process exited or its active check fails.
    Down,
}

impl InstanceState {
    fn of(s: &Slot) -> InstanceState {
        match (s.draining, s.ejected, s.healthy) {
            (true, _, _) => InstanceState::Draining,
            (_, true, _) => InstanceState::Ejected,
            (_, _, false) => InstanceState::Down,
            _ => InstanceState::Serving,
        }
    }
}

/// `front: { outlier: {...} }` in force (`FrontView::outlier`).
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct OutlierConfigView {
    pub consecutive_5xx: u32,
    pub consecutive_gateway_failure: u32,
    #[ts(type = "number")]
    pub base_ejection_ms: i64,
    #[ts(type = "number")]
    pub max_ejection_ms: i64,
    pub max_ejection_percent: u32,
}

/// `front: { retry: {...} }` in force (`FrontView::retry`).
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct RetryConfigView {
    pub budget_percent: u32,
    pub min_retries: u32,
    /// Every method retried after it was sent (GET, HEAD, OPTIONS and the declared ones).
    pub idempotent_methods: Vec<String>,
}

/// A front's counters and instances (`GET /api/fronts`).
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct FrontView {
    pub component: String,
    pub listen: String,
    pub balance: Balance,
    /// Requests received.
    #[ts(type = "number")]
    pub requests: u64,
    /// Requests answered with an error: no instance could serve them (502/503/504 from the
    /// front) or every instance tried answered 5xx.
    #[ts(type = "number")]
    pub failures: u64,
    /// Attempts repeated on another instance.
    #[ts(type = "number")]
    pub retries: u64,
    /// Instances ejected by passive outlier detection.
    #[ts(type = "number")]
    pub ejections: u64,
    /// Ejections not made because `max_ejection_percent` or the last serving instance
    /// forbade them.
    #[ts(type = "number")]
    pub ejections_refused: u64,
    /// Retries not made because the retry budget was spent.
    #[ts(type = "number")]
    pub budget_exhausted: u64,
    /// Whether passive outlier detection is on (`outlier.enabled`).
    pub outlier_detection: bool,
    /// The per-try time-out in force.
    #[ts(type = "number")]
    pub try_timeout_ms: i64,
    /// How often each instance is probed with the component's check.
    #[ts(type = "number")]
    pub health_interval_ms: i64,
    #[ts(type = "number")]
    pub drain_timeout_ms: i64,
    /// Outlier detection thresholds and back-off in force.
    pub outlier: OutlierConfigView,
    /// Retry policy in force.
    pub retry: RetryConfigView,
    /// The retry budget's use now.
    pub retry_budget: RetryBudgetView,
    pub instances: Vec<FrontInstanceView>,
    /// The last drains before restarts and scale-downs, newest first.
    pub drains: Vec<DrainView>,
    /// The last ejections, newest first.
    pub recent_ejections: Vec<EjectionView>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct FrontInstanceView {
    pub instance: u32,
    /// Routed to or not, and why.
    pub state: InstanceState,
    /// The ejection in force while `state` is `ejected`: since when, why, the back-off.
    pub ejection: Option<EjectionView>,
    /// Failed attempts on this instance retried on another one.
    #[ts(type = "number")]
    pub retried: u64,
    pub port: u16,
    pub weight: f64,
    pub healthy: bool,
    pub draining: bool,
    /// Out of rotation by outlier detection.
    pub ejected: bool,
    /// When the current ejection's back-off ends (the instance then returns once its active
    /// check passes).
    #[ts(type = "number | null")]
    pub ejected_until_ms: Option<i64>,
    /// Times ejected.
    #[ts(type = "number")]
    pub ejections: u64,
    /// Failed answers in a row (5xx, resets, refused connections, per-try time-outs).
    pub consecutive_failures: u32,
    pub in_flight: u32,
    /// Requests routed to this instance (attempts, including retried ones).
    #[ts(type = "number")]
    pub routed: u64,
    /// Failed attempts and failed probes.
    #[ts(type = "number")]
    pub errors: u64,
    pub last_error: Option<String>,
}

/// One drain before a restart or a scale-down.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct DrainView {
    pub instance: u32,
    #[ts(type = "number")]
    pub started_ms: i64,
    /// Requests in flight when the drain began.
    pub in_flight_at_start: u32,
    /// How long the drain waited for them.
    #[ts(type = "number")]
    pub waited_ms: i64,
    /// Requests still in flight when the instance was restarted (0 unless `timed_out`).
    pub in_flight_left: u32,
    pub timed_out: bool,
    /// What the drain was for.
    pub purpose: DrainPurpose,
}

/// Why an instance was drained.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum DrainPurpose {
    /// Restarted afterwards (rolling restart).
    Restart,
    /// Stopped for good afterwards (`scale_down`).
    ScaleDown,
}
