//! Self-healing: recovery ladders, circuit breakers, incidents.
//!
//! One file per strategy behind the closed [`RecoveryStep`] enum (`restart.rs`, `scale_up.rs`,
//! `scale_down.rs`, `migrate.rs`, `run.rs`, `webhook.rs`, `notify.rs`); `policy.rs` holds the
//! pure admission rules (breaker, cooldown, pause, maintenance) tested with a `ManualClock`;
//! `healer.rs` turns engine events into incidents (stored by `crate::incident`) and runs each
//! component's ladder (act → verify within a deadline → escalate); `alertmanager.rs` reads
//! Alertmanager's webhook payload; `views.rs` holds the DTOs (the operations the API calls are
//! in `guard/healing.rs`). Beside it: `crate::autoscale` (acting through `scale_up` /
//! `scale_down`) and `crate::notify` (notification channels).
//!
//! Supervised children that exit are respawned by the [`Supervisor`](crate::supervise) with its
//! own back-off; the healer records those respawns and counts failed ones against the breaker
//! instead of restarting on top of them, so a crash loop never becomes a restart storm.

pub mod alertmanager;
// Beside healing, re-exported here under their former paths.
pub use crate::autoscale;
pub use crate::incident as incidents;
pub use crate::notify as notifications;
pub(crate) mod healer;
pub mod hold;
mod migrate;
mod notify;
pub mod plan_order;
pub mod policy;
pub mod preferences;
mod restart;
mod run;
mod scale_down;
mod scale_up;
pub mod timeline;
pub mod views;
mod webhook;
pub use crate::incident::work;

use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};
use std::sync::Arc;

use parking_lot::Mutex;
use serde::{Deserialize, Serialize};
use sqlx::SqlitePool;
use ts_rs::TS;

use crate::clock::SharedClock;
use crate::config::{ComponentSpec, Config, HealingSettings, RecoveryStep};
use crate::events::EventBus;
use crate::live::{Children, ComponentStates, Lifecycle, LiveConfig, Nudges};
use crate::supervise::Supervisor;

use crate::incident::IncidentStore;
/// For detection: findings with `action: heal` open incidents through the healer.
pub(crate) use healer::open_incident;
pub use healer::run;
pub use migrate::{AnyOtherRegion, PlacementRule, ResidencyPlacement};
use policy::{ComponentGate, MaintenanceWindow};
use views::ActionView;

/// Whether an operation only reports what it would do. A type, not a bool, so call sites read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum DryRun {
    /// Change nothing; answer with the plan.
    Yes,
    /// Act.
    No,
}

/// What the healing side (the healer, its steps, the fronts and the auto-scaler) works with;
/// built once by the guard (`guard/mod.rs`), cheap to clone.
#[derive(Debug, Clone)]
pub struct Healer {
    pub config: LiveConfig,
    pub healing: Arc<Healing>,
    pub supervisor: Supervisor,
    pub children: Children,
    pub states: ComponentStates,
    pub nudges: Nudges,
    pub fronts: Arc<crate::front::Fronts>,
    pub bus: EventBus,
    pub regions: Arc<crate::regions::MultiRegionManager>,
    pub check_cx: crate::check::CheckContext,
    pub life: Lifecycle,
}

impl Healer {
    /// The config in force (a snapshot).
    pub fn config(&self) -> Arc<Config> {
        self.config.get()
    }

    /// Ask for a check of `name` now.
    pub fn nudge(&self, name: &str) -> bool {
        self.nudges.nudge(name)
    }

    pub fn is_shutting_down(&self) -> bool {
        self.life.is_shutting_down()
    }

    /// Restart an instance on purpose (see [`Children::restart_child`]).
    pub(crate) async fn restart_child(
        &self,
        name: &str,
        instance: u32,
    ) -> Result<(), crate::supervise::SuperviseError> {
        self.children.restart_child(name, instance).await
    }
}

/// What a step needs to act.
pub(crate) struct StepCx<'a> {
    pub inner: &'a Healer,
    pub spec: &'a ComponentSpec,
    pub incident_id: Option<i64>,
    pub reason: String,
}

/// How to tell that a step helped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Verify {
    /// A fresh check of the component finds it up (and under its memory limit).
    Component,
    /// The named peer is up (after a migration).
    Peer(String),
    /// Something listens on this loopback port (a new instance).
    Port(u16),
    /// Nothing to verify (a notification).
    Nothing,
}

pub(crate) struct StepDone {
    /// What the step did, as a message (`locales/<lang>/healing-steps.ftl`).
    pub detail: timeline::Msg,
    pub verify: Verify,
}

/// One line of what `step` would do for `cx`'s component, changing nothing.
pub(crate) fn describe(cx: &StepCx<'_>, step: &RecoveryStep) -> timeline::Msg {
    match step {
        RecoveryStep::Restart => restart::describe(cx),
        RecoveryStep::ScaleUp => scale_up::describe(cx),
        RecoveryStep::ScaleDown => scale_down::describe(cx),
        RecoveryStep::Migrate => migrate::describe(cx),
        RecoveryStep::Notify => notify::describe(cx),
        RecoveryStep::Run { argv, timeout } => run::describe(argv, *timeout),
        RecoveryStep::Webhook { url } => webhook::describe(url),
    }
}

/// Carry out one step for real.
pub(crate) async fn execute(cx: &StepCx<'_>, step: &RecoveryStep) -> Result<StepDone, timeline::Msg> {
    match step {
        RecoveryStep::Restart => restart::run(cx).await,
        RecoveryStep::ScaleUp => scale_up::run(cx).await,
        RecoveryStep::ScaleDown => scale_down::run(cx).await,
        RecoveryStep::Migrate => migrate::run(cx).await,
        RecoveryStep::Notify => notify::run(cx).await,
        RecoveryStep::Run { argv, timeout } => run::run(cx, argv, *timeout).await,
        RecoveryStep::Webhook { url } => webhook::run(cx, url).await,
    }
}

/// The Fluent catalogue for healing texts, built once.
pub(crate) fn localizer() -> &'static guard_i18n::Localizer {
    static L: std::sync::OnceLock<guard_i18n::Localizer> = std::sync::OnceLock::new();
    L.get_or_init(guard_i18n::Localizer::embedded)
}

fn fill_replicas(template: &[String], n: u32) -> Vec<String> {
    template.iter().map(|a| a.replace("{replicas}", &n.to_string())).collect()
}

/// What kind of trouble opened an incident.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum IncidentKind {
    /// A check found the component down.
    Down,
    /// The supervised child exited.
    Crash,
    /// Resident memory crossed `limits.memory`.
    MemoryLimit,
    /// The memory trend will cross `limits.memory` soon.
    MemoryForecast,
    /// An Alertmanager alert fired.
    Alert,
    /// The component's front ejected an instance for failed answers in a row (passive outlier
    /// detection); recovered when every instance serves again.
    Outlier,
}

impl IncidentKind {
    pub fn as_str(self) -> &'static str {
        match self {
            IncidentKind::Down => "down",
            IncidentKind::Crash => "crash",
            IncidentKind::MemoryLimit => "memory_limit",
            IncidentKind::MemoryForecast => "memory_forecast",
            IncidentKind::Alert => "alert",
            IncidentKind::Outlier => "outlier",
        }
    }
}

/// The open incident of a component, as the healer tracks it.
#[derive(Debug, Clone)]
pub(crate) struct OpenIncident {
    pub id: i64,
    pub kind: IncidentKind,
    pub ladder_running: bool,
    pub escalated: bool,
    pub fingerprint: Option<String>,
}

#[derive(Debug)]
pub(crate) struct Comp {
    pub gate: ComponentGate,
    pub incident: Option<OpenIncident>,
    /// The root cause's incident this component's failure was folded into.
    pub folded_into: Option<(i64, String)>,
    pub last_up_ms: i64,
    pub instance_ports: BTreeMap<u32, u16>,
    pub replicas: Option<u32>,
    pub migrated_to: Option<String>,
    /// `set_component_preferences`: a ladder that replaces the config's.
    pub preferences: Option<Vec<RecoveryStep>>,
}

impl Comp {
    fn new(c: &crate::config::ComponentSpec, settings: &HealingSettings, now_ms: i64) -> Comp {
        let mut gate = ComponentGate::new(settings.breaker);
        gate.paused = c.paused;
        Comp {
            gate,
            incident: None,
            folded_into: None,
            last_up_ms: now_ms,
            instance_ports: c.scale.port.map(|p| BTreeMap::from([(0, p)])).unwrap_or_default(),
            replicas: None,
            migrated_to: None,
            preferences: None,
        }
    }
}

#[derive(Debug, Default)]
pub(crate) struct HealState {
    pub paused: bool,
    pub windows: Vec<MaintenanceWindow>,
    pub comps: HashMap<String, Comp>,
    pub recent: VecDeque<ActionView>,
    /// Steps running right now.
    pub active: u32,
    /// Critical components whose ladder ran out or whose breaker is open while down.
    pub unhealable: BTreeSet<String>,
    /// Supervisor respawns outside an incident, waiting for the child's start:
    /// (component, instance) → (action id, exit time, how it exited).
    pub respawns: HashMap<(String, u32), (i64, i64, timeline::Msg)>,
}

/// The healing part of the guard's state (incidents, ladders, breakers, auto-scalers).
#[derive(Debug)]
pub struct Healing {
    pub clock: SharedClock,
    pub settings: HealingSettings,
    pub http: reqwest::Client,
    pub placement: Box<dyn PlacementRule>,
    pub store: IncidentStore,
    pub(crate) prefs: preferences::PreferenceStore,
    /// `max_concurrent` slots, handed out in the planned order (`plan_order.rs`).
    pub(crate) slots: plan_order::SlotQueue,
    pub(crate) state: Mutex<HealState>,
    /// The auto-scalers of components with `autoscale:` (`autoscale/`).
    pub(crate) autoscale: autoscale::Autoscalers,
    /// Notifications for the desktop app (`PipelineGuard::desktop_notifications`).
    pub desktop: tokio::sync::broadcast::Sender<crate::notify::DesktopNotification>,
    /// The running notifier (`notify::start`), reloaded when channels change at run time.
    pub notifier: parking_lot::Mutex<Option<crate::notify::Notifier>>,
}

impl Healing {
    /// Healing for `config`: its settings, components and the residency rules of its
    /// compliance standards (which `migrate` must respect).
    pub fn new(config: &Config, pool: SqlitePool, clock: SharedClock) -> Self {
        let settings = config.pipeline.healing.clone();
        let components = &config.components;
        let comps = components.iter().map(|c| (c.name.clone(), Comp::new(c, &settings, clock.now_ms()))).collect();
        Healing {
            slots: plan_order::SlotQueue::new(settings.max_concurrent),
            autoscale: autoscale::Autoscalers::new(components, Some(pool.clone())),
            http: reqwest::Client::builder()
                .user_agent(concat!("pipeline-guard/", env!("CARGO_PKG_VERSION")))
                .build()
                .expect("the TLS backend initialises"),
            placement: Box::new(ResidencyPlacement::from_config(config)),
            desktop: tokio::sync::broadcast::channel(64).0,
            notifier: parking_lot::Mutex::new(None),
            store: IncidentStore::new(pool.clone()),
            prefs: preferences::PreferenceStore::new(pool),
            state: Mutex::new(HealState { comps, ..Default::default() }),
            clock,
            settings,
        }
    }

    pub fn now_ms(&self) -> i64 {
        self.clock.now_ms()
    }

    /// A component added or changed at run time (`manage.rs`): fresh healing state (gate,
    /// breaker, ports), paused like its config says; a stored ladder preference stays in the
    /// database and applies again at the next start.
    pub(crate) fn add_component(&self, spec: &crate::config::ComponentSpec) {
        let comp = Comp::new(spec, &self.settings, self.clock.now_ms());
        self.state.lock().comps.insert(spec.name.clone(), comp);
        self.autoscale.set_component(spec);
    }

    /// A component removed, or about to be replaced, at run time: its state is dropped.
    pub(crate) fn remove_component(&self, name: &str) {
        let mut st = self.state.lock();
        st.comps.remove(name);
        st.unhealable.remove(name);
        st.respawns.retain(|(c, _), _| c != name);
        drop(st);
        self.autoscale.remove_component(name);
    }

    pub(crate) fn replicas(&self, name: &str, default: u32) -> u32 {
        self.state.lock().comps.get(name).and_then(|c| c.replicas).unwrap_or(default.max(1))
    }

    pub(crate) fn set_replicas(&self, name: &str, n: u32) {
        if let Some(c) = self.state.lock().comps.get_mut(name) {
            c.replicas = Some(n);
        }
    }

    pub(crate) fn instance_ports(&self, name: &str) -> Vec<u16> {
        self.state.lock().comps.get(name).map(|c| c.instance_ports.values().copied().collect()).unwrap_or_default()
    }

    /// Ports of the running instances of a component (instance → port).
    pub fn ports(&self, name: &str) -> BTreeMap<u32, u16> {
        self.state.lock().comps.get(name).map(|c| c.instance_ports.clone()).unwrap_or_default()
    }

    pub(crate) fn set_instance_port(&self, name: &str, instance: u32, port: u16) {
        if let Some(c) = self.state.lock().comps.get_mut(name) {
            c.instance_ports.insert(instance, port);
        }
    }

    pub(crate) fn remove_instance_port(&self, name: &str, instance: u32) {
        if let Some(c) = self.state.lock().comps.get_mut(name) {
            c.instance_ports.remove(&instance);
        }
    }

    pub(crate) fn set_migrated(&self, name: &str, to: Option<String>) {
        if let Some(c) = self.state.lock().comps.get_mut(name) {
            c.migrated_to = to;
        }
    }

    /// Where a migrated component's traffic goes now.
    pub fn migrated_to(&self, name: &str) -> Option<String> {
        self.state.lock().comps.get(name).and_then(|c| c.migrated_to.clone())
    }

    pub(crate) fn remember(&self, a: ActionView) {
        let mut st = self.state.lock();
        if let Some(x) = st.recent.iter_mut().find(|x| x.id == a.id) {
            *x = a;
            return;
        }
        st.recent.push_front(a);
        st.recent.truncate(20);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replicas_are_filled_into_the_argv() {
        let t = vec!["scale".to_string(), "--replicas={replicas}".to_string()];
        assert_eq!(fill_replicas(&t, 3), vec!["scale", "--replicas=3"]);
    }

    #[test]
    fn the_next_free_port_skips_taken_and_bound_ones() {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let bound = l.local_addr().unwrap().port();
        let base = bound - 1;
        let p = crate::supervise::next_free_port(base, &[]).unwrap();
        assert_ne!(p, bound);
        assert!(p > base);
        let q = crate::supervise::next_free_port(base, &[p]).unwrap();
        assert!(q != p && q != bound);
    }
}
