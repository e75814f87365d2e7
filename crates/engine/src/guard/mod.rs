//! `PipelineGuard`, the composition root: it owns the config, the history, the supervisor and
//! the scheduler, builds every subsystem with the handles it uses, and answers the questions the
//! API asks (components, overview, samples, timelines). Nothing below it names it
//! (`tests/architecture.rs`). Its operations by area: `healing.rs` (heal, plan, incidents,
//! pause, windows, ladders), `incidents.rs` (acknowledge, assign, notes), `autoscale.rs`,
//! `detection.rs`, `notify.rs` and `channels.rs` (notification channels), `fronts.rs`,
//! `promql.rs`.

mod autoscale;
mod channels;
mod detection;
mod fronts;
mod healing;
mod incidents;
mod notify;
mod promql;

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use parking_lot::RwLock;
use tokio::sync::{Notify, Semaphore};

use crate::api::{ComponentView, Overview, PipelineMode, RegionView, SamplesView, StatusCounts, TimelineEntry};
use crate::autoscale::Scaler;
use crate::check::CheckContext;
use crate::clock::unix_ms;
use crate::config::Config;
use crate::events::{EngineEvent, EventBus};
use crate::heal::Healer;
use crate::history::{HistoryError, HistorySettings, MetricsCollector, ProcessEventRow};
use crate::live::{Children, ComponentStates, Lifecycle, LiveConfig, Nudges};
use crate::model::{Region, Status};
use crate::record::Recorder;
use crate::scheduler::ComponentLoop;
use crate::scheduler::LoopCx;
use crate::store_watch::StoreWatch;
use crate::supervise::Supervisor;

pub use crate::error::GuardError;
pub use crate::live::{ComponentState, STARTUP_GRACE_MS};

/// The guard's parts. The guard is the composition root: it builds every subsystem and hands
/// each the handles it uses ([`Healer`], [`Scaler`], [`StoreWatch`], [`LoopCx`],
/// [`Recorder`]); no subsystem reaches back up to this type.
#[derive(Debug)]
pub(crate) struct GuardInner {
    /// The config in force; components added, changed, paused or removed at run time replace
    /// it (`manage.rs`). Read it with [`GuardInner::config`].
    live_config: LiveConfig,
    pub history: MetricsCollector,
    pub bus: EventBus,
    pub supervisor: Supervisor,
    pub check_cx: CheckContext,
    pub states: ComponentStates,
    pub check_now: Nudges,
    /// Each checked component's loop (`scheduler.rs`), aborted when it is paused or removed.
    pub(crate) loops: parking_lot::Mutex<HashMap<String, tokio::task::AbortHandle>>,
    /// The `max_workers` semaphore the loops share.
    pub(crate) workers: Arc<Semaphore>,
    /// One component change (file write + live apply, `manage.rs`) at a time.
    pub(crate) manage_lock: tokio::sync::Mutex<()>,
    pub life: Lifecycle,
    pub started_at_ms: i64,
    /// Accounts, tokens, authorization, the audit log (see `security/`).
    pub security: crate::security::SecurityManager,
    /// Active regions, kept across restarts (see `regions/store.rs`).
    pub regions: Arc<crate::regions::MultiRegionManager>,
    /// Incidents, ladders, breakers (`heal/`).
    pub healing: Arc<crate::heal::Healing>,
    pub detection: Arc<crate::detection::Detection>,
    /// Zero-downtime fronts (`front/`), by component.
    pub fronts: Arc<crate::front::Fronts>,
    /// Outages as they happen (`availability.rs`, table `downtime`).
    pub availability: Arc<crate::availability::Tracker>,
    /// Every component's availability over the default period, recomputed by
    /// `refresh_availability` (at start, then every 5 s or more) for the views.
    pub availability_now: RwLock<BTreeMap<String, crate::availability::Availability>>,
    /// The same over the last 24 hours (the components list's 24 h column), computed with it.
    pub availability_day: RwLock<BTreeMap<String, crate::availability::Availability>>,
    /// The guard's own incident while its history is not written (`store_watch.rs`).
    pub store_incident: Arc<parking_lot::Mutex<Option<crate::store_watch::StoreIncident>>>,
    /// Whether the guard's own runtime is starved (damps latency findings, `starvation.rs`).
    pub starvation: Arc<crate::starvation::Starvation>,
    starvation_stop: Arc<Notify>,
    /// The healing side's handles (healer, steps, fronts).
    pub healer: Healer,
    /// The auto-scaler's handles.
    pub scaler: Scaler,
    /// Check outcomes and forced statuses into the state, history and events.
    pub recorder: Recorder,
    /// What the check loops share.
    loop_cx: Arc<LoopCx>,
}

impl GuardInner {
    /// The config in force (a snapshot: a component change made later replaces it).
    pub fn config(&self) -> Arc<Config> {
        self.live_config.get()
    }

    pub(crate) fn set_config(&self, config: Config) {
        self.live_config.set(config);
    }

    /// Ask for a check of `name` now; false when it is not checked (unknown or paused).
    pub fn nudge(&self, name: &str) -> bool {
        self.check_now.nudge(name)
    }

    /// Start the check loop of `spec` (not for a paused one).
    pub(crate) fn spawn_loop(&self, spec: &crate::config::ComponentSpec) {
        let check_now = self.check_now.bell(&spec.name);
        let lp = ComponentLoop {
            name: spec.name.clone(),
            check: Arc::new(spec.check.clone()),
            supervised: spec.process.is_some(),
            guard: self.loop_cx.clone(),
            workers: self.workers.clone(),
            check_now,
        };
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
        self.check_now.remove(name);
    }

    pub fn is_shutting_down(&self) -> bool {
        self.life.is_shutting_down()
    }

    /// A paused component: `unknown` from now on (not watched: no data for availability), with
    /// the reason as its issue.
    pub(crate) fn mark_unwatched(&self, name: &str) {
        self.recorder.mark_unwatched(name);
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
        let healing =
            Arc::new(crate::heal::Healing::new(&config, history.pool().clone(), Arc::new(crate::clock::SystemClock)));
        let detection = Arc::new(crate::detection::Detection::new(&config, Arc::new(crate::clock::SystemClock)));
        let fronts = Arc::new(crate::front::Fronts::new(&config));
        let availability = Arc::new(
            crate::availability::Tracker::load(history.pool()).await.map_err(crate::history::HistoryError::from)?,
        );
        let live_config = LiveConfig::new(config);
        let states = ComponentStates::new(states);
        let check_now = Nudges::default();
        let life = Lifecycle::default();
        let check_cx = CheckContext::new();
        let starvation: Arc<crate::starvation::Starvation> = Default::default();
        let store_incident = Arc::new(parking_lot::Mutex::new(None));
        let healer = Healer {
            config: live_config.clone(),
            healing: healing.clone(),
            supervisor: supervisor.clone(),
            children: Children::new(supervisor.clone(), states.clone(), check_now.clone()),
            states: states.clone(),
            nudges: check_now.clone(),
            fronts: fronts.clone(),
            bus: bus.clone(),
            regions: regions.clone(),
            check_cx: check_cx.clone(),
            life: life.clone(),
        };
        let scaler = Scaler { healer: healer.clone(), detection: detection.clone() };
        let recorder = Recorder {
            states: states.clone(),
            history: history.clone(),
            bus: bus.clone(),
            detection: detection.clone(),
            availability: availability.clone(),
            starvation: starvation.clone(),
        };
        let loop_cx = Arc::new(LoopCx {
            config: live_config.clone(),
            shutdown: life.clone(),
            supervisor: supervisor.clone(),
            check_cx: check_cx.clone(),
            recorder: recorder.clone(),
        });
        let store_watch = StoreWatch {
            history: history.clone(),
            bus: bus.clone(),
            healing: healing.clone(),
            life: life.clone(),
            store_incident: store_incident.clone(),
        };
        let inner = Arc::new(GuardInner {
            live_config,
            history,
            bus,
            supervisor,
            check_cx,
            states,
            check_now,
            loops: parking_lot::Mutex::new(HashMap::new()),
            workers,
            manage_lock: tokio::sync::Mutex::new(()),
            life,
            started_at_ms: now,
            security,
            regions,
            healing,
            detection,
            fronts,
            availability,
            availability_now: RwLock::new(BTreeMap::new()),
            availability_day: RwLock::new(BTreeMap::new()),
            store_incident,
            starvation,
            starvation_stop: Default::default(),
            healer,
            scaler,
            recorder,
            loop_cx,
        });
        tokio::spawn(inner.starvation.clone().probe(inner.starvation_stop.clone()));
        inner.detection.attach_store(inner.history.pool().clone());
        inner.healing.load_preferences(&inner.config()).await;
        inner.healing.autoscale.load_overrides(&inner.config()).await;
        tokio::spawn(record_events(inner.clone(), inner.bus.subscribe()));
        tokio::spawn(crate::store_watch::run(store_watch));
        crate::compliance::audit::spawn_healing_recorder(
            inner.bus.subscribe(),
            Arc::new(inner.security.audit().clone()),
        );
        crate::notify::start(&inner.live_config, &inner.healing, inner.history.pool().clone(), &inner.bus);
        tokio::spawn(crate::heal::run(inner.healer.clone(), inner.bus.subscribe()));
        tokio::spawn(crate::detection::act(inner.healer.clone(), inner.bus.subscribe()));
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
        if let Err(e) = crate::front::start_all(&inner.healer).await {
            inner.life.mark_stopping();
            inner.supervisor.stop_all().await;
            return Err(e.into());
        }
        tokio::spawn(crate::autoscale::run(inner.scaler.clone()));
        tokio::spawn(checkpoint_every_minute(Arc::downgrade(&inner)));
        let guard = PipelineGuard { inner };
        guard.refresh_availability().await;
        tokio::spawn(refresh_availability_loop(guard.inner.clone()));
        Ok(guard)
    }

    pub(crate) fn inner(&self) -> &Arc<GuardInner> {
        &self.inner
    }

    /// The incidents, ladders' actions and their timelines in SQLite.
    pub fn incident_store(&self) -> &crate::incident::IncidentStore {
        &self.inner.healing.store
    }

    /// How many latency findings were damped because the guard itself was starved.
    pub fn starvation_damped(&self) -> u64 {
        self.inner.starvation.damped()
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
            return Err(GuardError::BadRequest(crate::api::to_before_from(to_s, from_s)));
        }
        let step_s = step_s.max(1);
        if to_s.saturating_sub(from_s) / step_s > 20_000 {
            return Err(GuardError::BadRequest(
                crate::heal::timeline::Msg::new("api-error-too-many-buckets")
                    .num("max", 20_000.0)
                    .text("param", "step"),
            ));
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
                let issues = crate::check::issues_from_json(&issues);
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
        if !self.inner.life.begin_shutdown() {
            return Ok(());
        }
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
                &[crate::check::Msg::new("check-issue-guard-stopped")],
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
            _ = guard.inner.life.notified() => return,
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
                    inner.recorder.force_status(&component, Status::Failed, how);
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
        if g.is_shutting_down() {
            return;
        }
        if let Err(e) = g.security.audit().checkpoint_now().await {
            tracing::warn!(error = %e, "cannot write the audit checkpoint");
        }
    }
}
