//! `PipelineGuard`: owns the config, the history, the supervisor and the scheduler, and answers
//! the questions the API asks (components, overview, samples, timelines).

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use parking_lot::RwLock;
use tokio::sync::{Notify, Semaphore};

use crate::api::{ComponentView, Overview, PipelineMode, RegionView, SamplesView, StatusCounts, TimelineEntry};
use crate::check::{CheckContext, CheckOutcome};
use crate::clock::unix_ms;
use crate::config::Config;
use crate::events::{EngineEvent, EventBus};
use crate::history::{HistoryError, HistorySettings, MetricsCollector, ProcessEventRow, SeriesId};
use crate::model::{Region, Status, metric};
use crate::scheduler::ComponentLoop;
use crate::supervise::Supervisor;

/// Live state of one component.
#[derive(Debug, Clone)]
pub struct ComponentState {
    pub status: Status,
    pub since_ms: i64,
    pub last_check_ms: Option<i64>,
    pub latency_ms: Option<f64>,
    /// The check's problems in English (the live view, logs); `issue_messages` says them in
    /// any language (incident reasons).
    pub issues: Vec<String>,
    pub issue_messages: Vec<crate::check::Msg>,
    pub metrics: BTreeMap<String, f64>,
    pub checks_total: u64,
    /// Checks that found the component failed (a child still starting is `unknown`, not down).
    pub checks_down: u64,
    pub restarts: u32,
    /// When the supervised child last started, until a check confirms it up.
    pub starting_since_ms: Option<i64>,
    /// Restarts of instance 0 the guard itself is doing right now ([`GuardInner::restart_child`]):
    /// while one runs, a check that finds the child gone says `unknown` (restarting), not failed.
    pub restarting: u32,
    /// The last [`crate::api::HEARTBEAT_LEN`] checks, oldest first (the list's heartbeat strip).
    pub beats: std::collections::VecDeque<crate::api::Beat>,
}

/// How long a freshly started child may refuse checks before it counts as failed.
pub const STARTUP_GRACE_MS: i64 = 5_000;

impl ComponentState {
    pub(crate) fn new(now: i64) -> Self {
        ComponentState {
            status: Status::Unknown,
            since_ms: now,
            last_check_ms: None,
            latency_ms: None,
            issues: Vec::new(),
            issue_messages: Vec::new(),
            metrics: BTreeMap::new(),
            checks_total: 0,
            checks_down: 0,
            restarts: 0,
            starting_since_ms: None,
            restarting: 0,
            beats: std::collections::VecDeque::new(),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum GuardError {
    #[error(transparent)]
    History(#[from] HistoryError),
    #[error("unknown component `{0}`")]
    UnknownComponent(String),
    #[error("unknown incident {0}")]
    UnknownIncident(i64),
    #[error("unknown notification channel `{0}`")]
    UnknownChannel(String),
    #[error("{0}")]
    BadRequest(String),
    #[error(transparent)]
    Security(#[from] crate::security::SecurityError),
    #[error(transparent)]
    Front(#[from] crate::front::FrontError),
}

/// Shared internals; the scheduler and the event recorder hold an `Arc` of it.
#[derive(Debug)]
pub struct GuardInner {
    /// The config in force; components added, changed, paused or removed at run time replace
    /// it (`manage.rs`). Read it with [`GuardInner::config`].
    live_config: RwLock<Arc<Config>>,
    pub history: MetricsCollector,
    pub bus: EventBus,
    pub supervisor: Supervisor,
    pub check_cx: CheckContext,
    pub states: RwLock<HashMap<String, ComponentState>>,
    pub check_now: RwLock<HashMap<String, Arc<Notify>>>,
    /// Each checked component's loop (`scheduler.rs`), aborted when it is paused or removed.
    pub(crate) loops: parking_lot::Mutex<HashMap<String, tokio::task::AbortHandle>>,
    /// The `max_workers` semaphore the loops share.
    pub(crate) workers: Arc<Semaphore>,
    /// One component change (file write + live apply, `manage.rs`) at a time.
    pub(crate) manage_lock: tokio::sync::Mutex<()>,
    pub shutdown: Notify,
    shutting_down: AtomicBool,
    pub started_at_ms: i64,
    /// Accounts, tokens, authorization, the audit log (see `security/`).
    pub security: crate::security::SecurityManager,
    /// Active regions, kept across restarts (see `regions/store.rs`).
    pub regions: Arc<crate::regions::MultiRegionManager>,
    /// Incidents, ladders, breakers (`heal/`).
    pub healing: crate::heal::Healing,
    pub detection: crate::detection::Detection,
    /// Zero-downtime fronts (`front/`), by component.
    pub fronts: crate::front::Fronts,
    /// Outages as they happen (`availability.rs`, table `downtime`).
    pub availability: crate::availability::Tracker,
    /// Every component's availability over the default period, recomputed by
    /// `refresh_availability` (at start, then every 5 s or more) for the views.
    pub availability_now: RwLock<BTreeMap<String, crate::availability::Availability>>,
    /// The same over the last 24 hours (the components list's 24 h column), computed with it.
    pub availability_day: RwLock<BTreeMap<String, crate::availability::Availability>>,
    /// The guard's own incident while its history is not written (`store_watch.rs`).
    pub store_incident: parking_lot::Mutex<Option<crate::store_watch::StoreIncident>>,
    /// Whether the guard's own runtime is starved (damps latency findings, `starvation.rs`).
    pub starvation: Arc<crate::starvation::Starvation>,
    starvation_stop: Arc<Notify>,
}

impl GuardInner {
    /// The config in force (a snapshot: a component change made later replaces it).
    pub fn config(&self) -> Arc<Config> {
        self.live_config.read().clone()
    }

    pub(crate) fn set_config(&self, config: Config) {
        *self.live_config.write() = Arc::new(config);
    }

    /// Ask for a check of `name` now; false when it is not checked (unknown or paused).
    pub fn nudge(&self, name: &str) -> bool {
        match self.check_now.read().get(name) {
            Some(n) => {
                n.notify_one();
                true
            }
            None => false,
        }
    }

    /// Start the check loop of `spec` (not for a paused one).
    pub(crate) fn spawn_loop(self: &Arc<Self>, spec: &crate::config::ComponentSpec) {
        let check_now =
            self.check_now.write().entry(spec.name.clone()).or_insert_with(|| Arc::new(Notify::new())).clone();
        let lp = ComponentLoop { spec: spec.clone(), guard: self.clone(), workers: self.workers.clone(), check_now };
        let handle = tokio::spawn(lp.run()).abort_handle();
        if let Some(old) = self.loops.lock().insert(spec.name.clone(), handle) {
            old.abort();
        }
    }

    /// Stop the check loop of `name`, if it runs.
    pub(crate) fn stop_loop(&self, name: &str) {
        if let Some(h) = self.loops.lock().remove(name) {
            h.abort();
        }
        self.check_now.write().remove(name);
    }

    pub fn is_shutting_down(&self) -> bool {
        self.shutting_down.load(Ordering::SeqCst)
    }

    /// Restart instance `instance` of a supervised component on purpose (an operator's or the
    /// ladder's `restart`, a rolling restart behind a front). The stop is intended: the
    /// supervisor reports the exit as `requested`, so neither the event recorder nor the healer
    /// takes it for a crash, and checks that run meanwhile and find the child away say
    /// `unknown` (restarting) instead of opening an incident. Once the new child is spawned it
    /// gets the startup grace and is checked at once; only if it then really stays down does
    /// the normal detection → incident → ladder path run.
    pub(crate) async fn restart_child(
        &self,
        name: &str,
        instance: u32,
    ) -> Result<(), crate::supervise::SuperviseError> {
        if instance != 0 {
            // Extra instances are not what the component's status is about.
            return self.supervisor.restart(name, instance).await;
        }
        let mark = Restarting::begin(self, name);
        let res = self.supervisor.restart(name, 0).await;
        let spawned = self.supervisor.pid(name, 0).is_some();
        mark.end(spawned);
        self.nudge(name);
        res
    }

    /// Record a check outcome: live state, samples, a status change if any, and an event.
    /// Returns true while the component is still starting (the scheduler re-checks sooner).
    pub(crate) fn record_outcome(
        &self,
        name: &str,
        mut outcome: CheckOutcome,
        series: &mut HashMap<String, SeriesId>,
    ) -> bool {
        let now = unix_ms();
        // A child that has just started and does not answer yet is `unknown` (starting), not
        // failed, for up to the startup grace.
        let (starting, restarting) = {
            let mut states = self.states.write();
            let starting = match states.get_mut(name) {
                Some(st) => match st.starting_since_ms {
                    Some(_) if outcome.status == Status::Healthy || outcome.status == Status::Degraded => {
                        st.starting_since_ms = None;
                        false
                    }
                    Some(t) if now - t < STARTUP_GRACE_MS => true,
                    Some(_) => {
                        st.starting_since_ms = None;
                        false
                    }
                    None => false,
                },
                None => false,
            };
            (starting, states.get(name).is_some_and(|st| st.restarting > 0))
        };
        // The same while the guard restarts the child on purpose: its old child is going away
        // or the new one is not up yet; that is not an outage.
        if (starting || restarting) && outcome.status == Status::Failed {
            let id = if restarting { "check-issue-restarting" } else { "check-issue-starting" };
            outcome.status = Status::Unknown;
            outcome.issues = outcome.issues.into_iter().map(|i| crate::check::Msg::new(id).msg("issue", i)).collect();
        }
        let starting = starting || restarting;
        let mut sid = |m: &str| -> SeriesId {
            if let Some(id) = series.get(m) {
                return *id;
            }
            let id = self.history.series(m, &[("component", name)]);
            series.insert(m.to_string(), id);
            id
        };
        let up = matches!(outcome.status, Status::Healthy | Status::Degraded);
        let mut points = vec![
            (sid(metric::UP), now, if up { 1.0 } else { 0.0 }),
            (sid("status"), now, outcome.status.badness() as f64),
        ];
        for (k, v) in &outcome.metrics {
            points.push((sid(k), now, *v));
        }
        self.history.record_points(&points);
        let names = [metric::UP, "status"].into_iter().chain(outcome.metrics.keys().map(String::as_str));
        // A latency measured while the guard itself was starved is the guard's delay: kept in
        // the history, not given to detection (`starvation.rs`).
        let starved =
            outcome.metrics.contains_key(metric::RESPONSE_TIME) && self.starvation.starved_during(now, outcome.latency);
        if starved {
            self.starvation.note_damped();
        }
        let observed = names.zip(points.iter().map(|p| p.2)).filter(|(m, _)| !(starved && *m == metric::RESPONSE_TIME));
        let findings = self.detection.observe(name, now, observed);
        self.detection.dispatch(findings, &self.bus);

        let latency_ms = outcome.latency.as_secs_f64() * 1000.0;
        let issues = outcome.english();
        let change = {
            let mut states = self.states.write();
            let st = states.entry(name.to_string()).or_insert_with(|| ComponentState::new(now));
            st.last_check_ms = Some(now);
            st.latency_ms = Some(latency_ms);
            st.checks_total += 1;
            if st.beats.len() >= crate::api::HEARTBEAT_LEN {
                st.beats.pop_front();
            }
            st.beats.push_back(crate::api::Beat { at_ms: now, status: outcome.status, latency_ms: latency_ms as f32 });
            st.checks_down += (outcome.status == Status::Failed) as u64;
            st.metrics.extend(outcome.metrics.iter().map(|(k, v)| (k.clone(), *v)));
            st.issues = issues.clone();
            st.issue_messages = outcome.issues.clone();
            (st.status != outcome.status).then(|| {
                let from = st.status;
                st.status = outcome.status;
                st.since_ms = now;
                from
            })
        };
        if let Some(from) = change {
            self.status_changed(name, from, outcome.status, &issues, now);
        }
        self.availability.checked(&self.history, name, outcome.status, now);
        self.bus.publish(EngineEvent::Sample {
            component: name.to_string(),
            at_ms: now,
            status: outcome.status,
            latency_ms,
            metrics: outcome.metrics,
            issues,
        });
        starting
    }

    fn status_changed(&self, name: &str, from: Status, to: Status, issues: &[String], now: i64) {
        tracing::info!(component = name, from = from.as_str(), to = to.as_str(), "status changed");
        self.availability.status_changed(&self.history, name, from, to, issues, now);
        self.bus.publish(EngineEvent::StatusChanged { component: name.to_string(), at_ms: now, from, to });
    }

    /// A paused component: `unknown` from now on (not watched: no data for availability), with
    /// the reason as its issue.
    pub(crate) fn mark_unwatched(&self, name: &str) {
        self.force_status(name, Status::Unknown, crate::check::Msg::new("comp-paused-issue"));
    }

    /// Mark a component failed at once (e.g. its child exited), without waiting for a check.
    fn force_status(&self, name: &str, to: Status, issue: crate::check::Msg) {
        let now = unix_ms();
        let english = issue.english();
        let from = {
            let mut states = self.states.write();
            let st = states.entry(name.to_string()).or_insert_with(|| ComponentState::new(now));
            st.issues = vec![english.clone()];
            st.issue_messages = vec![issue];
            if st.status == to {
                return;
            }
            let from = st.status;
            st.status = to;
            st.since_ms = now;
            from
        };
        self.status_changed(name, from, to, &[english], now);
    }
}

/// A restart of instance 0 in progress (see [`GuardInner::restart_child`]); ends on drop, so a
/// cancelled restart does not hide later failures.
struct Restarting<'a> {
    inner: &'a GuardInner,
    name: &'a str,
    ended: bool,
}

impl<'a> Restarting<'a> {
    fn begin(inner: &'a GuardInner, name: &'a str) -> Self {
        if let Some(st) = inner.states.write().get_mut(name) {
            st.restarting += 1;
        }
        Restarting { inner, name, ended: false }
    }

    /// The restart is over; a spawned child is `starting` from now (the startup grace).
    fn end(mut self, spawned: bool) {
        self.ended = true;
        if let Some(st) = self.inner.states.write().get_mut(self.name) {
            st.restarting = st.restarting.saturating_sub(1);
            if spawned {
                st.starting_since_ms = Some(unix_ms());
            }
        }
    }
}

impl Drop for Restarting<'_> {
    fn drop(&mut self) {
        if !self.ended
            && let Some(st) = self.inner.states.write().get_mut(self.name)
        {
            st.restarting = st.restarting.saturating_sub(1);
        }
    }
}

/// The guard: start it on a config, ask it questions, shut it down.
#[derive(Debug, Clone)]
pub struct PipelineGuard {
    inner: Arc<GuardInner>,
}

/// Where the guard keeps its files.
#[derive(Debug, Clone)]
pub struct GuardOptions {
    /// SQLite file; defaults to the config's `storage.path`.
    pub db_path: Option<PathBuf>,
    /// Directory for captured child output; defaults to `<db>.logs/` beside the database.
    pub log_dir: Option<PathBuf>,
}

impl PipelineGuard {
    /// Open the history, start supervised children and the check loops.
    pub async fn start(config: Config, opts: GuardOptions) -> Result<PipelineGuard, GuardError> {
        let db_path = opts.db_path.clone().unwrap_or_else(|| config.pipeline.storage.path.clone());
        let log_dir = opts.log_dir.clone().unwrap_or_else(|| default_log_dir(&db_path));
        let m = &config.pipeline.monitoring;
        let history = MetricsCollector::open(
            &db_path,
            HistorySettings {
                metrics_retention: m.metrics_retention,
                rollup_retention: m.rollup_retention,
                ..Default::default()
            },
        )
        .await?;
        let security = crate::security::SecurityManager::open(
            history.pool().clone(),
            &config.pipeline.security,
            &crate::security::Keyring::default_path(&db_path),
            Arc::new(crate::clock::SystemClock),
        )
        .await?;
        crate::compliance::attach(&config, &history, Arc::new(security.audit().clone()));
        let regions = Arc::new(
            crate::regions::MultiRegionManager::load(
                history.pool(),
                crate::compliance::standards_of(&config),
                &config.components.iter().map(|c| c.region).collect::<Vec<_>>(),
            )
            .await
            .map_err(crate::history::HistoryError::from)?,
        );
        let bus = EventBus::default();
        let supervisor = Supervisor::new(bus.clone(), log_dir);
        let now = unix_ms();
        // A supervised child is `starting` from the outset: the first check may run before the
        // supervisor's ProcessStarted event is recorded, and must not count as a failure.
        let states = config
            .components
            .iter()
            .map(|c| {
                (
                    c.name.clone(),
                    ComponentState {
                        starting_since_ms: c.process.is_some().then_some(now),
                        ..ComponentState::new(now)
                    },
                )
            })
            .collect();
        let workers = Arc::new(Semaphore::new(m.max_workers));
        let healing = crate::heal::Healing::new(&config, history.pool().clone(), Arc::new(crate::clock::SystemClock));
        let detection = crate::detection::Detection::new(&config, Arc::new(crate::clock::SystemClock));
        let fronts = crate::front::Fronts::new(&config);
        let availability =
            crate::availability::Tracker::load(history.pool()).await.map_err(crate::history::HistoryError::from)?;
        let inner = Arc::new(GuardInner {
            live_config: RwLock::new(Arc::new(config)),
            history,
            bus,
            supervisor,
            check_cx: CheckContext::new(),
            states: RwLock::new(states),
            check_now: RwLock::new(HashMap::new()),
            loops: parking_lot::Mutex::new(HashMap::new()),
            workers,
            manage_lock: tokio::sync::Mutex::new(()),
            shutdown: Notify::new(),
            shutting_down: AtomicBool::new(false),
            started_at_ms: now,
            security,
            regions,
            healing,
            detection,
            fronts,
            availability,
            availability_now: RwLock::new(BTreeMap::new()),
            availability_day: RwLock::new(BTreeMap::new()),
            store_incident: parking_lot::Mutex::new(None),
            starvation: Default::default(),
            starvation_stop: Default::default(),
        });
        tokio::spawn(inner.starvation.clone().probe(inner.starvation_stop.clone()));
        inner.detection.attach_store(inner.history.pool().clone());
        inner.healing.load_preferences(&inner.config()).await;
        inner.healing.autoscale.load_overrides(&inner.config()).await;
        tokio::spawn(record_events(inner.clone(), inner.bus.subscribe()));
        tokio::spawn(crate::store_watch::run(inner.clone()));
        crate::compliance::audit::spawn_healing_recorder(
            inner.bus.subscribe(),
            Arc::new(inner.security.audit().clone()),
        );
        tokio::spawn(crate::heal::run(inner.clone(), inner.bus.subscribe()));
        tokio::spawn(crate::detection::act(inner.clone(), inner.bus.subscribe()));
        for c in &inner.config().components {
            if let Some(p) = &c.process
                && let Err(e) = inner.supervisor.start(&c.name, 0, p.clone())
            {
                tracing::error!(component = %c.name, error = %e, "cannot supervise");
            }
            if !c.paused {
                inner.spawn_loop(c);
            }
        }
        if let Err(e) = crate::front::start_all(&inner).await {
            inner.shutting_down.store(true, Ordering::SeqCst);
            inner.supervisor.stop_all().await;
            return Err(e.into());
        }
        tokio::spawn(crate::heal::autoscale::run(inner.clone()));
        tokio::spawn(checkpoint_every_minute(Arc::downgrade(&inner)));
        let guard = PipelineGuard { inner };
        guard.refresh_availability().await;
        tokio::spawn(refresh_availability_loop(guard.inner.clone()));
        Ok(guard)
    }

    pub fn inner(&self) -> &Arc<GuardInner> {
        &self.inner
    }

    /// The config in force (components changed at run time included).
    pub fn config(&self) -> Arc<Config> {
        self.inner.config()
    }

    pub fn history(&self) -> &MetricsCollector {
        &self.inner.history
    }

    /// Accounts, sessions, authorization and encryption at rest.
    pub fn security(&self) -> &crate::security::SecurityManager {
        &self.inner.security
    }

    /// Active regions (`activate_region` / `deactivate_region`, persisted).
    pub fn regions(&self) -> &Arc<crate::regions::MultiRegionManager> {
        &self.inner.regions
    }

    /// The hash-chained audit log: `guard.audit().append(actor, action, target, details)`.
    pub fn audit(&self) -> &crate::security::AuditLog {
        self.inner.security.audit()
    }

    pub fn supervisor(&self) -> &Supervisor {
        &self.inner.supervisor
    }

    pub fn bus(&self) -> &EventBus {
        &self.inner.bus
    }

    pub fn subscribe(&self) -> tokio::sync::broadcast::Receiver<EngineEvent> {
        self.inner.bus.subscribe()
    }

    /// Ask for a check of `name` now instead of at its next interval.
    pub fn check_now(&self, name: &str) {
        self.inner.nudge(name);
    }

    pub fn state(&self, name: &str) -> Option<ComponentState> {
        self.inner.states.read().get(name).cloned()
    }

    /// Every component with its current status (`GET /api/components`).
    pub fn components(&self) -> Vec<ComponentView> {
        self.component_views(true)
    }

    /// The views, with or without their heartbeat (the overview and the UI's refetches need
    /// none: at 10,000 components it is 300,000 checks to copy).
    pub fn component_views(&self, heartbeat: bool) -> Vec<ComponentView> {
        let avail = self.inner.availability_now.read();
        let avail_day = self.inner.availability_day.read();
        let now = unix_ms();
        let period = current_period(now);
        let day = crate::availability::last_day(now);
        let states = self.inner.states.read();
        let config = self.inner.config();
        config
            .components
            .iter()
            .map(|c| {
                let st = states.get(&c.name).cloned().unwrap_or_else(|| ComponentState::new(self.inner.started_at_ms));
                let instances = self.inner.supervisor.instances(&c.name);
                ComponentView {
                    name: c.name.clone(),
                    region: c.region,
                    critical: c.critical,
                    status: st.status,
                    since_ms: st.since_ms,
                    last_check_ms: st.last_check_ms,
                    latency_ms: st.latency_ms,
                    issues: st.issues,
                    metrics: st.metrics,
                    check_kind: c.check.kind.name().into(),
                    check_interval_ms: c.check.interval.as_millis() as i64,
                    supervised: c.process.is_some(),
                    pid: self.inner.supervisor.pid(&c.name, 0),
                    instances: instances.len() as u32,
                    restarts: st.restarts,
                    checks_total: st.checks_total,
                    checks_failed: st.checks_down,
                    availability: avail
                        .get(&c.name)
                        .copied()
                        .unwrap_or_else(|| crate::availability::Availability::empty(period.0, period.1)),
                    availability_24h: avail_day
                        .get(&c.name)
                        .copied()
                        .unwrap_or_else(|| crate::availability::Availability::empty(day.0, day.1)),
                    tags: c.tag_labels(),
                    heartbeat: heartbeat.then(|| crate::api::Heartbeat::of(&st.beats)),
                    depends_on: c.depends_on.clone(),
                    sla: c.sla,
                    memory_limit_bytes: c.limits.memory_bytes,
                    paused: c.paused,
                }
            })
            .collect()
    }

    /// Recompute every component's availability over the default period (the views read it;
    /// `availability::compute` is the one computation).
    pub async fn refresh_availability(&self) {
        let now = unix_ms();
        let periods = [crate::availability::default_period(now), crate::availability::last_day(now)];
        match crate::availability::compute_periods(self.inner.history.pool(), &periods, now).await {
            Ok(mut maps) => {
                *self.inner.availability_day.write() = maps.pop().unwrap_or_default();
                *self.inner.availability_now.write() = maps.pop().unwrap_or_default();
            }
            Err(e) => tracing::warn!(error = %e, "cannot compute availability"),
        }
    }

    pub fn component(&self, name: &str) -> Result<ComponentView, GuardError> {
        self.components().into_iter().find(|c| c.name == name).ok_or_else(|| GuardError::UnknownComponent(name.into()))
    }

    /// The pipeline at a glance (`get_pipeline_status`).
    pub fn overview(&self) -> Overview {
        let comps = self.component_views(false);
        let period = comps
            .first()
            .map(|c| (c.availability.from_ms, c.availability.to_ms))
            .unwrap_or_else(|| current_period(unix_ms()));
        let mut counts = StatusCounts::default();
        let mut regions: BTreeMap<Region, RegionView> = BTreeMap::new();
        let mut restarts = 0u32;
        let mut critical_failed = Vec::new();
        for c in &comps {
            counts.add(c.status);
            let r = regions.entry(c.region).or_insert(RegionView {
                region: c.region,
                worst: Status::Healthy,
                components: 0,
                counts: StatusCounts::default(),
                availability: Default::default(),
            });
            r.components += 1;
            r.counts.add(c.status);
            if c.status.badness() > r.worst.badness() {
                r.worst = c.status;
            }
            restarts += c.restarts;
            if c.critical && c.status == Status::Failed {
                critical_failed.push(c.name.clone());
            }
        }
        for r in regions.values_mut() {
            let members = comps.iter().filter(|c| c.region == r.region).map(|c| &c.availability);
            r.availability = crate::availability::aggregate(period.0, period.1, members);
        }
        let healing = self.healing_overview();
        let mode = if healing.paused {
            PipelineMode::Paused
        } else if healing.active_healings > 0 {
            PipelineMode::Healing
        } else if counts.failed + counts.degraded > 0 || !healing.unhealable.is_empty() {
            PipelineMode::Degraded
        } else {
            PipelineMode::Healthy
        };
        Overview {
            healing,
            mode,
            counts,
            components: comps.len() as u32,
            regions: regions.into_values().collect(),
            availability: crate::availability::aggregate(period.0, period.1, comps.iter().map(|c| &c.availability)),
            started_at_ms: self.inner.started_at_ms,
            now_ms: unix_ms(),
            restarts,
            critical_failed,
        }
    }

    /// History of one metric of a component, bucketed (`GET /api/components/{name}/samples`).
    /// Times are Unix seconds.
    pub async fn samples(
        &self,
        name: &str,
        metric_name: &str,
        from_s: i64,
        to_s: i64,
        step_s: i64,
    ) -> Result<SamplesView, GuardError> {
        if self.inner.config().component(name).is_none() {
            return Err(GuardError::UnknownComponent(name.into()));
        }
        if to_s <= from_s {
            return Err(GuardError::BadRequest(format!("`to` ({to_s}) must be after `from` ({from_s})")));
        }
        let step_s = step_s.max(1);
        if to_s.saturating_sub(from_s) / step_s > 20_000 {
            return Err(GuardError::BadRequest("too many buckets: raise `step`".into()));
        }
        let buckets = match self.inner.history.find_series(metric_name, &[("component", name)]) {
            Some(id) => {
                self.inner
                    .history
                    .samples(id, from_s.saturating_mul(1000), to_s.saturating_mul(1000), step_s.saturating_mul(1000))
                    .await?
            }
            None => Vec::new(),
        };
        Ok(SamplesView {
            component: name.into(),
            metric: metric_name.into(),
            from: from_s,
            to: to_s,
            step: step_s,
            buckets,
        })
    }

    /// Status changes and process events of a component, newest first.
    pub async fn timeline(&self, name: &str, limit: i64) -> Result<Vec<TimelineEntry>, GuardError> {
        if self.inner.config().component(name).is_none() {
            return Err(GuardError::UnknownComponent(name.into()));
        }
        // What is stored; while the database refuses writes the pending rows stay pending
        // (`StoreHealth`), and the timeline still answers.
        if let Err(e) = self.inner.history.flush().await {
            tracing::debug!(error = %e, "timeline read without the pending rows");
        }
        let pool = self.inner.history.pool();
        let changes: Vec<(i64, String, String, String)> = sqlx::query_as(
            "SELECT ts_ms, from_status, to_status, issues FROM status_changes WHERE component = ? ORDER BY ts_ms DESC LIMIT ?",
        )
        .bind(name)
        .bind(limit)
        .fetch_all(pool)
        .await
        .map_err(HistoryError::from)?;
        let procs: Vec<(i64, String, i64, Option<i64>, Option<i64>)> = sqlx::query_as(
            "SELECT ts_ms, kind, pid, exit_code, signal FROM process_events WHERE component = ? ORDER BY ts_ms DESC LIMIT ?",
        )
        .bind(name)
        .bind(limit)
        .fetch_all(pool)
        .await
        .map_err(HistoryError::from)?;
        let mut out: Vec<TimelineEntry> = changes
            .into_iter()
            .map(|(ts, from, to, issues)| {
                let issues: Vec<String> = serde_json::from_str(&issues).unwrap_or_default();
                TimelineEntry {
                    at_ms: ts,
                    kind: format!("status_{to}"),
                    detail: TimelineEntry::status_change(&from, &to, &issues),
                }
            })
            .chain(procs.into_iter().map(|(ts, kind, pid, code, sig)| TimelineEntry {
                at_ms: ts,
                kind: format!("process_{kind}"),
                detail: TimelineEntry::process_event(&kind, pid, code, sig),
            }))
            .collect();
        out.sort_by_key(|a| std::cmp::Reverse(a.at_ms));
        out.truncate(limit.max(0) as usize);
        Ok(out)
    }

    /// Stop checks and children, flush history. Safe to call twice.
    pub async fn shutdown(&self) -> Result<(), GuardError> {
        if self.inner.shutting_down.swap(true, Ordering::SeqCst) {
            return Ok(());
        }
        self.inner.shutdown.notify_waiters();
        self.inner.starvation_stop.notify_waiters();
        self.inner.supervisor.stop_all().await;
        // Let the recorder see the last process events before the final flush.
        tokio::time::sleep(Duration::from_millis(50)).await;
        // From now on nobody watches: the time until the next start is no data (availability.rs).
        let now = unix_ms();
        let watched: Vec<(String, Status)> = self
            .inner
            .states
            .read()
            .iter()
            .filter(|(_, st)| st.status != Status::Unknown)
            .map(|(n, st)| (n.clone(), st.status))
            .collect();
        for (name, from) in watched {
            self.inner.availability.status_changed(
                &self.inner.history,
                &name,
                from,
                Status::Unknown,
                &["guard stopped".to_string()],
                now,
            );
        }
        self.inner.history.close().await?;
        Ok(())
    }
}

/// The default availability period as the views state it: its end capped at now.
fn current_period(now: i64) -> (i64, i64) {
    let (from, to) = crate::availability::default_period(now);
    (from, to.min(now))
}

/// How often the views' availability is recomputed, at most.
const AVAILABILITY_EVERY: Duration = Duration::from_secs(5);

async fn refresh_availability_loop(inner: Arc<GuardInner>) {
    let guard = PipelineGuard { inner };
    let mut took = Duration::ZERO;
    loop {
        // At most ~5 % of the time computing, however long the history is.
        tokio::select! {
            _ = tokio::time::sleep(AVAILABILITY_EVERY.max(took * 20)) => {}
            _ = guard.inner.shutdown.notified() => return,
        }
        if guard.inner.is_shutting_down() {
            return;
        }
        let t = std::time::Instant::now();
        guard.refresh_availability().await;
        took = t.elapsed();
    }
}

fn default_log_dir(db: &Path) -> PathBuf {
    let mut p = db.as_os_str().to_owned();
    p.push(".logs");
    PathBuf::from(p)
}

/// Turns supervisor events into history rows and immediate status changes.
async fn record_events(inner: Arc<GuardInner>, mut rx: tokio::sync::broadcast::Receiver<EngineEvent>) {
    loop {
        let ev = match rx.recv().await {
            Ok(ev) => ev,
            Err(tokio::sync::broadcast::error::RecvError::Lagged(n)) => {
                tracing::warn!(missed = n, "event recorder lagged");
                continue;
            }
            Err(_) => return,
        };
        match ev {
            EngineEvent::ProcessStarted { component, at_ms, pid, instance } => {
                inner.history.push_process_event(ProcessEventRow {
                    component: component.clone(),
                    instance,
                    ts_ms: at_ms,
                    kind: "started",
                    pid,
                    code: None,
                    signal: None,
                    uptime_ms: None,
                });
                if instance == 0
                    && let Some(st) = inner.states.write().get_mut(&component)
                {
                    st.starting_since_ms = Some(at_ms);
                }
                // Confirm the new child quickly.
                inner.nudge(&component);
            }
            EngineEvent::ProcessExited {
                component, at_ms, pid, instance, code, signal, uptime_ms, requested, ..
            } => {
                inner.history.push_process_event(ProcessEventRow {
                    component: component.clone(),
                    instance,
                    ts_ms: at_ms,
                    kind: "exited",
                    pid,
                    code,
                    signal,
                    uptime_ms: Some(uptime_ms),
                });
                if let Some(st) = inner.states.write().get_mut(&component) {
                    st.restarts += 1;
                }
                // Instance 0 gone: an outage (a restart window too) until a check verifies it up.
                if !inner.is_shutting_down() && instance == 0 && !inner.fronts.serves(&component) {
                    inner.availability.exited(&inner.history, &component, requested, at_ms);
                }
                // Behind a front, one instance's exit is not an outage (the front routes around it).
                // A stop the guard asked for (a restart, a scale-down, the shutdown) is not one
                // either: the restarted child is checked as soon as it is up, and only a check
                // that then finds it down reports a failure.
                if !requested && !inner.is_shutting_down() && instance == 0 && !inner.fronts.serves(&component) {
                    let how = match (code, signal) {
                        (Some(c), _) => crate::check::Msg::new("process-exited-status").text("code", c),
                        (None, Some(s)) => crate::check::Msg::new("process-killed-signal").text("signal", s),
                        _ => crate::check::Msg::new("process-exited"),
                    }
                    .text("pid", pid);
                    inner.force_status(&component, Status::Failed, how);
                }
            }
            _ => {}
        }
    }
}

/// At least every minute, a signed audit checkpoint of the current head (appends write one
/// each; this catches rows another process appended and a checkpoint that failed to write).
async fn checkpoint_every_minute(inner: std::sync::Weak<GuardInner>) {
    loop {
        tokio::time::sleep(Duration::from_secs(60)).await;
        let Some(g) = inner.upgrade() else { return };
        if g.shutting_down.load(Ordering::SeqCst) {
            return;
        }
        if let Err(e) = g.security.audit().checkpoint_now().await {
            tracing::warn!(error = %e, "cannot write the audit checkpoint");
        }
    }
}
