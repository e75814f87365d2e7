//! The running components' shared state, as small handles the guard (`guard/mod.rs`) creates once
//! and gives to each subsystem that needs them: the config in force ([`LiveConfig`]), each
//! component's live state ([`ComponentStates`]), the "check now" bells ([`Nudges`]), the
//! guard's shutdown ([`Lifecycle`]) and intended restarts of supervised children
//! ([`Children`]). Every handle is cheap to clone and shares one state.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use parking_lot::RwLock;
use tokio::sync::Notify;

use crate::clock::unix_ms;
use crate::config::Config;
use crate::model::Status;
use crate::supervise::Supervisor;

/// Live state of one component.
#[derive(Debug, Clone)]
pub struct ComponentState {
    pub status: Status,
    pub since_ms: i64,
    pub last_check_ms: Option<i64>,
    pub latency_ms: Option<f64>,
    /// The check's problems as messages (the live view, incident reasons), said in the
    /// reader's language where they are shown.
    pub issues: Vec<crate::check::Msg>,
    pub metrics: BTreeMap<String, f64>,
    pub checks_total: u64,
    /// Checks that found the component failed (a child still starting is `unknown`, not down).
    pub checks_down: u64,
    pub restarts: u32,
    /// When the supervised child last started, until a check confirms it up.
    pub starting_since_ms: Option<i64>,
    /// Restarts of instance 0 the guard itself is doing right now ([`Children::restart_child`]):
    /// while one runs, a check that finds the child gone says `unknown` (restarting), not failed.
    pub restarting: u32,
    /// The last [`crate::api::HEARTBEAT_LEN`] checks, oldest first (the list's heartbeat strip).
    pub beats: VecDeque<crate::api::Beat>,
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
            metrics: BTreeMap::new(),
            checks_total: 0,
            checks_down: 0,
            restarts: 0,
            starting_since_ms: None,
            restarting: 0,
            beats: VecDeque::new(),
        }
    }
}

/// The config in force; components added, changed, paused or removed at run time replace it
/// (`manage.rs`).
#[derive(Debug, Clone)]
pub struct LiveConfig(Arc<RwLock<Arc<Config>>>);

impl LiveConfig {
    pub fn new(config: Config) -> Self {
        LiveConfig(Arc::new(RwLock::new(Arc::new(config))))
    }

    /// A snapshot: a component change made later replaces it.
    pub fn get(&self) -> Arc<Config> {
        self.0.read().clone()
    }

    pub(crate) fn set(&self, config: Config) {
        *self.0.write() = Arc::new(config);
    }
}

/// Every component's live state, by name.
#[derive(Debug, Clone, Default)]
pub struct ComponentStates(Arc<RwLock<HashMap<String, ComponentState>>>);

impl ComponentStates {
    pub fn new(states: HashMap<String, ComponentState>) -> Self {
        ComponentStates(Arc::new(RwLock::new(states)))
    }
}

impl std::ops::Deref for ComponentStates {
    type Target = RwLock<HashMap<String, ComponentState>>;
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

/// One bell per checked component: ringing it runs the component's check now.
#[derive(Debug, Clone, Default)]
pub struct Nudges(Arc<RwLock<HashMap<String, Arc<Notify>>>>);

impl Nudges {
    /// Ask for a check of `name` now; false when it is not checked (unknown or paused).
    pub fn nudge(&self, name: &str) -> bool {
        match self.0.read().get(name) {
            Some(n) => {
                n.notify_one();
                true
            }
            None => false,
        }
    }

    /// The bell of `name`, made on first use.
    pub(crate) fn bell(&self, name: &str) -> Arc<Notify> {
        self.0.write().entry(name.to_string()).or_insert_with(|| Arc::new(Notify::new())).clone()
    }

    pub(crate) fn remove(&self, name: &str) {
        self.0.write().remove(name);
    }
}

/// Whether the guard is shutting down, and a bell its background tasks wait on.
#[derive(Debug, Clone, Default)]
pub struct Lifecycle(Arc<LifecycleInner>);

#[derive(Debug, Default)]
struct LifecycleInner {
    bell: Notify,
    shutting_down: AtomicBool,
}

impl Lifecycle {
    pub fn is_shutting_down(&self) -> bool {
        self.0.shutting_down.load(Ordering::SeqCst)
    }

    /// Resolves when the shutdown begins (for a task waiting at that moment).
    pub fn notified(&self) -> tokio::sync::futures::Notified<'_> {
        self.0.bell.notified()
    }

    /// Begin the shutdown and wake the waiting tasks; false if it had begun already.
    pub(crate) fn begin_shutdown(&self) -> bool {
        if self.0.shutting_down.swap(true, Ordering::SeqCst) {
            return false;
        }
        self.0.bell.notify_waiters();
        true
    }

    /// Mark the guard stopping without waking anyone (a start that failed half way).
    pub(crate) fn mark_stopping(&self) {
        self.0.shutting_down.store(true, Ordering::SeqCst);
    }
}

/// Intended restarts of supervised children: the supervisor, plus the marks that tell checks
/// a child is away on purpose.
#[derive(Debug, Clone)]
pub struct Children {
    pub supervisor: Supervisor,
    states: ComponentStates,
    nudges: Nudges,
}

impl Children {
    pub fn new(supervisor: Supervisor, states: ComponentStates, nudges: Nudges) -> Self {
        Children { supervisor, states, nudges }
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
        let mark = Restarting::begin(&self.states, name);
        let res = self.supervisor.restart(name, 0).await;
        let spawned = self.supervisor.pid(name, 0).is_some();
        mark.end(spawned);
        self.nudges.nudge(name);
        res
    }
}

/// A restart of instance 0 in progress (see [`Children::restart_child`]); ends on drop, so a
/// cancelled restart does not hide later failures.
struct Restarting<'a> {
    states: &'a ComponentStates,
    name: &'a str,
    ended: bool,
}

impl<'a> Restarting<'a> {
    fn begin(states: &'a ComponentStates, name: &'a str) -> Self {
        if let Some(st) = states.write().get_mut(name) {
            st.restarting += 1;
        }
        Restarting { states, name, ended: false }
    }

    /// The restart is over; a spawned child is `starting` from now (the startup grace).
    fn end(mut self, spawned: bool) {
        self.ended = true;
        if let Some(st) = self.states.write().get_mut(self.name) {
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
            && let Some(st) = self.states.write().get_mut(self.name)
        {
            st.restarting = st.restarting.saturating_sub(1);
        }
    }
}
