//! Auto-scaling: `AutoScaler` (rules with `metric`, `threshold_up`,
//! `threshold_down`, `scale_factor`, min/max instances, cooldown) acting through the
//! `scale_up` / `scale_down` strategies.
//!
//! - `spec.rs` — the validated `autoscale:` block (`config/autoscale.rs` reads the YAML).
//! - `decide.rs` — pure: what the rules want for the latest samples (and, in `hybrid` mode,
//!   detection's trend forecast reaching `threshold_up` within the horizon), and what holds it
//!   back (disabled, paused, maintenance, cooldown, `min`/`max_instances`, `for:`).
//! - here — one loop per component with `autoscale:` (every `interval`): read the samples and
//!   forecasts, decide, act one instance at a time through the healer's `act` (so each step
//!   is a recorded healing action with trigger `autoscale`, a `HealingStep` event and an audit
//!   row), and record the decision: kept in memory (the last 50 per component), published as
//!   `EngineEvent::Scaling`, counted for `/metrics`, and stored in `autoscale_decisions`
//!   (`store.rs`, migration 0010). `dry_run` decides and records, changing nothing. Texts come
//!   from Fluent (`locales/<lang>/autoscale.ftl`).
//! - a change made at run time (`change.rs`) is kept in `autoscale_overrides` (`store.rs`,
//!   migration 0013) and applied on top of the config at start (`load_overrides`), unless the
//!   config no longer allows it: then it is logged, kept and reported (`override_not_applied`).

pub mod change;
mod decide;
pub mod spec;
mod store;
#[cfg(test)]
mod tests;

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::sync::Arc;

use parking_lot::Mutex;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use decide::{Forecast, Gate, Held, Hold, Pending, ScalingHold, ScalingReason, Want, want};
pub use spec::{AutoscaleMode, AutoscaleSpec, ScalingRule};
pub use store::{DecisionStore, OverrideStore};

use crate::config::{ComponentSpec, RecoveryStep};
use crate::events::EngineEvent;
use crate::heal::Healer;
use crate::heal::IncidentKind;
use crate::model::Status;

/// Decisions kept per component.
const KEEP: usize = 50;

/// Which way a decision goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ScalingDirection {
    Up,
    Down,
    /// A change was wanted but held back.
    Hold,
}

impl ScalingDirection {
    pub fn as_str(self) -> &'static str {
        match self {
            ScalingDirection::Up => "up",
            ScalingDirection::Down => "down",
            ScalingDirection::Hold => "hold",
        }
    }
}

/// What became of a decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ScalingResult {
    /// Every step ran and was verified.
    Succeeded,
    /// A step failed (the count reached is in `reached`).
    Failed,
    /// Held back (see `hold`).
    Held,
    /// Dry run: decided and recorded, nothing changed.
    DryRun,
}

impl ScalingResult {
    pub fn as_str(self) -> &'static str {
        match self {
            ScalingResult::Succeeded => "succeeded",
            ScalingResult::Failed => "failed",
            ScalingResult::Held => "held",
            ScalingResult::DryRun => "dry_run",
        }
    }
}

/// One scaling decision, as recorded and published (`EngineEvent::Scaling`).
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ScalingDecision {
    #[ts(type = "number")]
    pub id: u64,
    pub component: String,
    #[ts(type = "number")]
    pub at_ms: i64,
    pub direction: ScalingDirection,
    /// Instances before.
    pub from: u32,
    /// Instances the decision aimed at (equal to `from` when held).
    pub to: u32,
    /// Instances after the steps ran.
    pub reached: u32,
    pub reason: Option<ScalingReason>,
    pub hold: Option<ScalingHold>,
    pub result: ScalingResult,
    pub dry_run: bool,
    /// The healing actions that carried it out (`GET /api/healing/actions`).
    #[ts(type = "number[]")]
    pub action_ids: Vec<i64>,
    /// The decision in words (English in events; the API's `?lang=` says it in that language).
    pub message: String,
}

/// One rule with its latest value and forecast.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct RuleStatus {
    #[serde(flatten)]
    #[ts(flatten)]
    pub rule: ScalingRule,
    pub value: Option<f64>,
    /// Hybrid: the forecast value at the end of the horizon.
    pub predicted: Option<f64>,
    /// Hybrid: when the forecast reaches `threshold_up`, from now.
    #[ts(type = "number | null")]
    pub eta_ms: Option<i64>,
}

/// Decisions counted by direction and result since start.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ScalingCount {
    pub direction: ScalingDirection,
    pub result: ScalingResult,
    #[ts(type = "number")]
    pub count: u64,
}

/// A component's auto-scaler (`GET /api/components/{name}/autoscale`).
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct AutoscaleView {
    pub component: String,
    pub mode: AutoscaleMode,
    pub instances: u32,
    pub min_instances: u32,
    pub max_instances: u32,
    #[ts(type = "number")]
    pub cooldown_ms: i64,
    #[ts(type = "number | null")]
    pub cooldown_until_ms: Option<i64>,
    #[ts(type = "number")]
    pub interval_ms: i64,
    /// `for:` — how long a condition must hold before it is acted on.
    #[ts(type = "number")]
    pub sustain_ms: i64,
    /// Hybrid: how far ahead a forecast crossing counts.
    #[ts(type = "number | null")]
    pub horizon_ms: Option<i64>,
    pub dry_run: bool,
    /// Auto-scaling paused for this component (healing pauses hold it too, see `hold`).
    pub paused: bool,
    /// The rule, bounds or cooldown were changed at run time (stored, so still in force after
    /// a restart; the config's return with `{"reset": true}`).
    pub overridden: bool,
    /// A change stored by an earlier run that the config no longer allows (a bound beyond
    /// `scale:`, a metric gone, …): why it was not applied. The stored row is kept; the next
    /// accepted change or `reset` replaces it. A message: the UI says it in its language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub override_not_applied: Option<crate::heal::timeline::Msg>,
    /// What `min_instances`/`max_instances` may be set to: the component's `scale:` bounds.
    pub scale_min_instances: u32,
    pub scale_max_instances: u32,
    pub rules: Vec<RuleStatus>,
    /// What would hold a change back now, if anything.
    pub hold: Option<ScalingHold>,
    pub hold_message: Option<String>,
    /// Newest first.
    pub decisions: Vec<ScalingDecision>,
    pub counts: Vec<ScalingCount>,
}

/// A change of a component's auto-scaler at run time (`PUT /api/components/{name}/autoscale`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct AutoscaleChange {
    pub paused: Option<bool>,
    /// `null`/absent keeps it; `true`/`false` overrides the config's `dry_run`.
    pub dry_run: Option<bool>,
    /// New bounds, within the component's `scale:` (absent keeps them).
    #[serde(default)]
    #[ts(optional)]
    pub min_instances: Option<u32>,
    #[serde(default)]
    #[ts(optional)]
    pub max_instances: Option<u32>,
    #[serde(default)]
    #[ts(optional, type = "number")]
    pub cooldown_ms: Option<i64>,
    /// New thresholds and factors for the configured metrics (all rules, in any order).
    #[serde(default)]
    #[ts(optional)]
    pub rules: Option<Vec<ScalingRule>>,
    /// Back to the config first — rule, bounds, cooldown, not paused, its `dry_run` — (then
    /// the other fields apply); the stored override is deleted.
    #[serde(default)]
    #[ts(optional)]
    pub reset: Option<bool>,
}

#[derive(Debug, Default)]
pub(crate) struct ScalerState {
    pub(crate) paused: bool,
    pub(crate) dry_run: Option<bool>,
    pub(crate) cooldown_until_ms: i64,
    pub(crate) pending: Pending,
    pub(crate) decisions: VecDeque<ScalingDecision>,
    pub(crate) counts: HashMap<(ScalingDirection, ScalingResult), u64>,
    /// The last hold recorded, so a lasting hold is recorded once.
    pub(crate) last_hold: Option<ScalingHold>,
    /// A step is running.
    pub(crate) busy: bool,
    /// The rule as changed at run time (`None`: the config's).
    pub(crate) spec: Option<AutoscaleSpec>,
    /// The stored override was not applied at start: why.
    pub(crate) not_applied: Option<crate::heal::timeline::Msg>,
}

impl ScalerState {
    /// What differs from the config now, as the change that recreates it from the config
    /// (`None`: nothing differs); this is what `autoscale_overrides` keeps.
    pub(crate) fn as_change(&self) -> Option<AutoscaleChange> {
        if self.spec.is_none() && !self.paused && self.dry_run.is_none() {
            return None;
        }
        let mut c =
            AutoscaleChange { paused: self.paused.then_some(true), dry_run: self.dry_run, ..Default::default() };
        if let Some(s) = &self.spec {
            c.min_instances = Some(s.min_instances);
            c.max_instances = Some(s.max_instances);
            c.cooldown_ms = Some(s.cooldown.as_millis() as i64);
            c.rules = Some(s.rules.clone());
        }
        Some(c)
    }
}

/// The auto-scalers of a guard; lives in `Healing`.
#[derive(Debug, Default)]
pub struct Autoscalers {
    pub(crate) state: Mutex<HashMap<String, ScalerState>>,
    next_id: std::sync::atomic::AtomicU64,
    store: Option<DecisionStore>,
    pub(crate) overrides: Option<OverrideStore>,
}

impl Autoscalers {
    /// The scalers of `components`; decisions are stored in `pool` when given.
    pub fn new(components: &[ComponentSpec], pool: Option<sqlx::SqlitePool>) -> Autoscalers {
        let state = components
            .iter()
            .filter(|c| c.autoscale.is_some())
            .map(|c| (c.name.clone(), ScalerState::default()))
            .collect();
        Autoscalers {
            state: Mutex::new(state),
            next_id: std::sync::atomic::AtomicU64::new(1),
            store: pool.clone().map(DecisionStore::new),
            overrides: pool.map(OverrideStore::new),
        }
    }

    /// A component added or changed at run time: a fresh scaler when it has `autoscale:`.
    pub(crate) fn set_component(&self, spec: &ComponentSpec) {
        let mut st = self.state.lock();
        st.remove(&spec.name);
        if spec.autoscale.is_some() {
            st.insert(spec.name.clone(), ScalerState::default());
        }
    }

    pub(crate) fn remove_component(&self, name: &str) {
        self.state.lock().remove(name);
    }

    /// Apply the stored run-time changes on top of `config` (at start, before the loops run).
    /// One the config no longer allows (its component or `autoscale:` gone, a bound beyond
    /// `scale:`, a metric gone) is not applied: warned about with the reason, kept in the
    /// table, and shown as `override_not_applied` in the component's view.
    pub async fn load_overrides(&self, config: &crate::config::Config) {
        let Some(store) = &self.overrides else { return };
        let rows = match store.load().await {
            Ok(r) => r,
            Err(e) => {
                tracing::error!(error = %e, "cannot read the stored auto-scaling changes; the config's rules run");
                return;
            }
        };
        for (component, json, updated_ms, actor) in rows {
            use crate::heal::timeline::Msg;
            let why = match config.component(&component) {
                None => Err(Msg::new("api-error-unknown-component").text("name", &component)),
                Some(spec) => match spec.autoscale.as_ref() {
                    None => Err(Msg::new("api-error-no-autoscale").text("name", &component)),
                    Some(configured) => match serde_json::from_str::<AutoscaleChange>(&json) {
                        // What the JSON reader said stays its words.
                        Err(e) => Err(Msg::new("api-error-stored-change").text("detail", e)),
                        Ok(change) => change::apply(
                            configured,
                            configured,
                            spec.scale.min_instances,
                            spec.scale.max_instances,
                            &change,
                        )
                        .map(|next| ((next != *configured).then_some(next), change, configured.dry_run))
                        .map_err(crate::api::problems),
                    },
                },
            };
            let mut sc = self.state.lock();
            match why {
                Ok((next, change, configured_dry_run)) => {
                    if let Some(s) = sc.get_mut(&component) {
                        s.spec = next;
                        s.paused = change.paused == Some(true);
                        s.dry_run = change.dry_run.filter(|d| *d != configured_dry_run);
                        s.not_applied = None;
                    }
                    tracing::info!(component = %component, actor = %actor, updated_ms, "auto-scaling: the change stored at run time applies on top of the config");
                }
                Err(why) => {
                    tracing::warn!(component = %component, actor = %actor, updated_ms, "auto-scaling: the change stored at run time is NOT applied, the config's rules run: {} (the stored change is kept; a new change or `reset` replaces it)", why.english());
                    if let Some(s) = sc.get_mut(&component) {
                        s.not_applied = Some(why);
                    }
                }
            }
        }
    }
}

/// What the auto-scaler works with: the healing side (it acts through the `scale_up` /
/// `scale_down` steps) and detection's trends (hybrid mode). Built by the guard.
#[derive(Debug, Clone)]
pub struct Scaler {
    pub healer: Healer,
    pub detection: Arc<crate::detection::Detection>,
}

impl std::ops::Deref for Scaler {
    type Target = Healer;
    fn deref(&self) -> &Healer {
        &self.healer
    }
}

/// One loop per component with `autoscale:`; spawned by `PipelineGuard::start`.
pub async fn run(inner: Scaler) {
    for spec in inner.config().components.iter().filter(|c| c.autoscale.is_some()).cloned() {
        tokio::spawn(component_loop(inner.clone(), spec));
    }
}

async fn component_loop(inner: Scaler, spec: ComponentSpec) {
    let a = spec.autoscale.clone().expect("filtered");
    let mut tick = tokio::time::interval(a.interval);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    // Give the first checks a chance before judging.
    tokio::time::sleep(spec.check.interval).await;
    loop {
        tokio::select! {
            _ = tick.tick() => {}
            _ = inner.life.notified() => return,
        }
        if inner.is_shutting_down() {
            return;
        }
        let now = effective(&inner, &spec.name, &a);
        evaluate(&inner, &spec, &now).await;
    }
}

/// The rule in force: as changed at run time, else as configured.
pub(crate) fn effective(inner: &Scaler, name: &str, configured: &AutoscaleSpec) -> AutoscaleSpec {
    inner.healing.autoscale.state.lock().get(name).and_then(|s| s.spec.clone()).unwrap_or_else(|| configured.clone())
}

/// Instances running now: supervised children, or the replicas an external command set.
pub(crate) fn instances(inner: &Scaler, spec: &ComponentSpec) -> u32 {
    if spec.scale.external_command.is_some() && spec.scale.command_template.is_none() {
        inner.healing.replicas(&spec.name, spec.scale.min_instances)
    } else {
        inner.supervisor.instances(&spec.name).len() as u32
    }
}

/// The latest value of each rule's metric, if fresh (a check within three intervals that found
/// the component up).
pub(crate) fn values(inner: &Scaler, spec: &ComponentSpec, a: &AutoscaleSpec, now_ms: i64) -> BTreeMap<String, f64> {
    let states = inner.states.read();
    let Some(st) = states.get(&spec.name) else { return BTreeMap::new() };
    let fresh = st.last_check_ms.is_some_and(|t| now_ms - t <= 3 * spec.check.interval.as_millis() as i64 + 1000)
        && matches!(st.status, Status::Healthy | Status::Degraded);
    if !fresh {
        return BTreeMap::new();
    }
    a.rules.iter().filter_map(|r| st.metrics.get(&r.metric).map(|v| (r.metric.clone(), *v))).collect()
}

/// Hybrid: detection's trend of each rule's metric, as of now.
pub(crate) fn forecasts(
    inner: &Scaler,
    spec: &ComponentSpec,
    a: &AutoscaleSpec,
    now_ms: i64,
) -> BTreeMap<String, Forecast> {
    if a.mode != AutoscaleMode::Hybrid {
        return BTreeMap::new();
    }
    let horizon_s = a.horizon.as_secs_f64();
    a.rules
        .iter()
        .filter_map(|r| {
            let fit = inner.detection.fit(&spec.name, &r.metric)?;
            let since_s = (now_ms - fit.at_ms).max(0) as f64 / 1000.0;
            let predicted = fit.level + fit.slope_per_s * (since_s + horizon_s);
            let eta_ms = fit.eta(r.threshold_up).map(|e| e.ms - (now_ms - fit.at_ms).max(0));
            Some((r.metric.clone(), Forecast { predicted, eta_ms }))
        })
        .collect()
}

pub(crate) fn gate(inner: &Scaler, spec: &ComponentSpec, now_ms: i64) -> Gate {
    let h = &inner.healing;
    let (paused, maintenance_until_ms) = {
        let st = h.state.lock();
        let comp_paused = st.comps.get(&spec.name).is_some_and(|c| c.gate.paused);
        let until = st.windows.iter().filter(|w| w.covers(&spec.name, now_ms)).map(|w| w.to_ms).max();
        (st.paused || comp_paused, until)
    };
    let sc = h.autoscale.state.lock();
    let own = sc.get(&spec.name);
    Gate {
        disabled: !h.settings.enabled,
        paused: paused || own.is_some_and(|s| s.paused),
        maintenance_until_ms,
        // The breaker counts failed heals; it does not hold scaling.
        breaker_open_until_ms: None,
        cooldown_until_ms: own.map_or(0, |s| s.cooldown_until_ms),
    }
}

/// One evaluation: decide, act (or hold, or dry-run), record.
pub(crate) async fn evaluate(inner: &Scaler, spec: &ComponentSpec, a: &AutoscaleSpec) {
    let h = &inner.healing;
    let now = h.now_ms();
    if h.autoscale.state.lock().get(&spec.name).is_none_or(|s| s.busy) {
        return;
    }
    let from = instances(inner, spec);
    let wanted = want(a, from, &values(inner, spec, a, now), &forecasts(inner, spec, a, now));
    let ripe = {
        let mut sc = h.autoscale.state.lock();
        let s = sc.get_mut(&spec.name).expect("known");
        s.pending.ripe(&wanted, now, a.sustain.as_millis() as i64)
    };
    let (to, reason, direction) = match wanted {
        Want::Steady => {
            h.autoscale.state.lock().get_mut(&spec.name).expect("known").last_hold = None;
            return;
        }
        Want::Blocked(hold) => {
            record_hold(inner, spec, from, None, hold, now);
            return;
        }
        Want::Up { to, reason } => (to, reason, ScalingDirection::Up),
        Want::Down { to, reason } => (to, reason, ScalingDirection::Down),
    };
    if !ripe {
        return;
    }
    if let Some(hold) = gate(inner, spec, now).hold(now) {
        record_hold(inner, spec, from, Some(reason), hold, now);
        return;
    }
    let dry_run = h.autoscale.state.lock().get(&spec.name).and_then(|s| s.dry_run).unwrap_or(a.dry_run);
    let cooldown = a.cooldown.as_millis() as i64;
    if dry_run {
        let d = decision(
            inner,
            spec,
            now,
            direction,
            from,
            to,
            from,
            Some(reason),
            None,
            ScalingResult::DryRun,
            true,
            vec![],
        );
        let mut sc = h.autoscale.state.lock();
        let s = sc.get_mut(&spec.name).expect("known");
        s.cooldown_until_ms = now + cooldown;
        s.pending = Pending::default();
        drop(sc);
        record(inner, d);
        return;
    }
    h.autoscale.state.lock().get_mut(&spec.name).expect("known").busy = true;
    let step = if direction == ScalingDirection::Up { RecoveryStep::ScaleUp } else { RecoveryStep::ScaleDown };
    let text = reason_text(&reason, guard_i18n::Lang::En);
    let mut action_ids = Vec::new();
    let mut ok = true;
    let mut reached = from;
    while reached != to && !inner.is_shutting_down() {
        let t0 = h.now_ms();
        let Some(action) = crate::heal::healer::log_err(
            "recording an action",
            h.store.start_action(&spec.name, None, step.name(), "autoscale", t0).await,
        ) else {
            ok = false;
            break;
        };
        action_ids.push(action);
        let verdict = crate::heal::healer::run_action(
            inner,
            spec,
            &step,
            None,
            IncidentKind::Down,
            "autoscale",
            &text,
            action,
            t0,
            "system:autoscaler",
        )
        .await;
        reached = instances(inner, spec);
        if verdict == Some(false) {
            ok = false;
            break;
        }
    }
    let end = h.now_ms();
    {
        let mut sc = h.autoscale.state.lock();
        let s = sc.get_mut(&spec.name).expect("known");
        s.busy = false;
        s.cooldown_until_ms = end + cooldown;
        s.pending = Pending::default();
        s.last_hold = None;
    }
    let result = if ok { ScalingResult::Succeeded } else { ScalingResult::Failed };
    let d = decision(inner, spec, now, direction, from, to, reached, Some(reason), None, result, false, action_ids);
    record(inner, d);
}

/// Record a hold once while it lasts (a new kind of hold is recorded again).
fn record_hold(
    inner: &Scaler,
    spec: &ComponentSpec,
    from: u32,
    reason: Option<ScalingReason>,
    hold: ScalingHold,
    now: i64,
) {
    {
        let mut sc = inner.healing.autoscale.state.lock();
        let s = sc.get_mut(&spec.name).expect("known");
        if s.last_hold.as_ref().is_some_and(|h| std::mem::discriminant(h) == std::mem::discriminant(&hold)) {
            return;
        }
        s.last_hold = Some(hold.clone());
    }
    let d = decision(
        inner,
        spec,
        now,
        ScalingDirection::Hold,
        from,
        from,
        from,
        reason,
        Some(hold),
        ScalingResult::Held,
        false,
        vec![],
    );
    record(inner, d);
}

#[allow(clippy::too_many_arguments)]
fn decision(
    inner: &Scaler,
    spec: &ComponentSpec,
    at_ms: i64,
    direction: ScalingDirection,
    from: u32,
    to: u32,
    reached: u32,
    reason: Option<ScalingReason>,
    hold: Option<ScalingHold>,
    result: ScalingResult,
    dry_run: bool,
    action_ids: Vec<i64>,
) -> ScalingDecision {
    let id = inner.healing.autoscale.next_id.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let mut d = ScalingDecision {
        id,
        component: spec.name.clone(),
        at_ms,
        direction,
        from,
        to,
        reached,
        reason,
        hold,
        result,
        dry_run,
        action_ids,
        message: String::new(),
    };
    d.message = decision_text(&d, guard_i18n::Lang::En);
    d
}

/// Keep, count, log and publish a decision.
fn record(inner: &Scaler, d: ScalingDecision) {
    {
        let mut sc = inner.healing.autoscale.state.lock();
        let s = sc.entry(d.component.clone()).or_default();
        *s.counts.entry((d.direction, d.result)).or_default() += 1;
        s.decisions.push_front(d.clone());
        s.decisions.truncate(KEEP);
    }
    tracing::info!(component = %d.component, direction = d.direction.as_str(), from = d.from, to = d.to, reached = d.reached, result = d.result.as_str(), "autoscale: {}", d.message);
    if let Some(store) = inner.healing.autoscale.store.clone() {
        let row = d.clone();
        tokio::spawn(async move {
            if let Err(e) = store.insert(&row).await {
                tracing::error!(error = %e, component = %row.component, "cannot store a scaling decision");
            }
        });
    }
    inner.bus.publish(EngineEvent::Scaling { decision: d });
}

// ---------------------------------------------------------------------------------------------
// Words (Fluent, `locales/<lang>/autoscale.ftl`).

/// A metric's value as a person reads it, with its unit, in `lang`: bytes as KB/MB/GB,
/// seconds as ms or s, ratios (`cpu_usage`, `error_rate`) as percentages, anything else as a
/// plain localized number (never `4.186e6`, never `-0`).
pub fn quantity(metric: &str, x: f64, lang: guard_i18n::Lang) -> String {
    let loc = crate::heal::localizer();
    let x = if x == 0.0 { 0.0 } else { x }; // no "-0"
    let unit = |id: &str, v: String| loc.translate_with(id, lang, &[("value", v.into())]);
    match metric {
        "memory_bytes" => {
            const K: f64 = 1024.0;
            if x.abs() >= K * K * K {
                unit("unit-size-gigabytes", guard_i18n::format_decimal(lang, x / (K * K * K), 2))
            } else if x.abs() >= K * K {
                unit("unit-size-megabytes", guard_i18n::format_decimal(lang, x / (K * K), 1))
            } else {
                unit("unit-size-kilobytes", guard_i18n::format_decimal(lang, x / K, 0))
            }
        }
        m if m.ends_with("_seconds") => {
            if x.abs() >= 1.0 {
                unit("unit-duration-seconds", guard_i18n::format_decimal(lang, x, 2))
            } else {
                unit("unit-duration-milliseconds", guard_i18n::format_number(lang, (x * 1000.0 * 10.0).round() / 10.0))
            }
        }
        "cpu_usage" | "error_rate" => guard_i18n::format_percent(lang, x, 1),
        _ => guard_i18n::format_number(lang, x),
    }
}

fn when(lang: guard_i18n::Lang, ms: i64) -> String {
    guard_i18n::format_datetime(lang, ms.div_euclid(1000), 0)
}

/// The reason in `lang`.
pub fn reason_text(r: &ScalingReason, lang: guard_i18n::Lang) -> String {
    let loc = crate::heal::localizer();
    let id = r.message_id();
    match r {
        ScalingReason::AboveThreshold { metric, value, threshold }
        | ScalingReason::BelowThreshold { metric, value, threshold } => loc.translate_with(
            id,
            lang,
            &[
                ("metric", metric.as_str().into()),
                ("value", quantity(metric, *value, lang).into()),
                ("threshold", quantity(metric, *threshold, lang).into()),
            ],
        ),
        ScalingReason::Forecast { metric, value, predicted, threshold, eta_ms } => loc.translate_with(
            id,
            lang,
            &[
                ("metric", metric.as_str().into()),
                ("value", quantity(metric, *value, lang).into()),
                ("predicted", quantity(metric, *predicted, lang).into()),
                ("threshold", quantity(metric, *threshold, lang).into()),
                ("seconds", guard_i18n::format_number(lang, (*eta_ms as f64 / 100.0).round() / 10.0).into()),
            ],
        ),
        ScalingReason::BelowMinimum { instances, min } => {
            loc.translate_with(id, lang, &[("instances", (*instances as f64).into()), ("min", (*min as f64).into())])
        }
        ScalingReason::AboveMaximum { instances, max } => {
            loc.translate_with(id, lang, &[("instances", (*instances as f64).into()), ("max", (*max as f64).into())])
        }
    }
}

/// The hold in `lang`.
pub fn hold_text(hold: &ScalingHold, lang: guard_i18n::Lang) -> String {
    let loc = crate::heal::localizer();
    let id = hold.message_id(Held::Scale);
    match hold {
        ScalingHold::Disabled | ScalingHold::Paused => loc.translate(id, lang),
        ScalingHold::Maintenance { until_ms }
        | ScalingHold::CoolingDown { until_ms }
        | ScalingHold::BreakerOpen { until_ms } => {
            loc.translate_with(id, lang, &[("until", when(lang, *until_ms).into())])
        }
        ScalingHold::AtMaximum { max } => loc.translate_with(id, lang, &[("max", (*max as f64).into())]),
        ScalingHold::AtMinimum { min } => loc.translate_with(id, lang, &[("min", (*min as f64).into())]),
        ScalingHold::NoSamples { metric } => loc.translate_with(id, lang, &[("metric", metric.as_str().into())]),
    }
}

/// The whole decision in `lang`.
pub fn decision_text(d: &ScalingDecision, lang: guard_i18n::Lang) -> String {
    let loc = crate::heal::localizer();
    let reason = d.reason.as_ref().map(|r| reason_text(r, lang)).unwrap_or_default();
    let nums = |id: &str, extra: Vec<(&'static str, fluent_value::V)>| {
        let mut args: Vec<(&str, fluent_value::V)> = vec![
            ("from", (d.from as f64).into()),
            ("to", (d.to as f64).into()),
            ("reached", (d.reached as f64).into()),
            ("reason", reason.clone().into()),
        ];
        args.extend(extra);
        loc.translate_with(id, lang, &args)
    };
    let text = match (d.direction, d.result) {
        (ScalingDirection::Hold, _) => {
            let hold = d.hold.as_ref().map(|x| hold_text(x, lang)).unwrap_or_default();
            nums(
                if d.reason.is_some() { "autoscale-decision-held" } else { "autoscale-decision-blocked" },
                vec![("hold", hold.into())],
            )
        }
        (ScalingDirection::Up, ScalingResult::Failed) | (ScalingDirection::Down, ScalingResult::Failed) => {
            nums("autoscale-decision-failed", vec![])
        }
        (ScalingDirection::Up, _) => nums("autoscale-decision-up", vec![]),
        (ScalingDirection::Down, _) => nums("autoscale-decision-down", vec![]),
    };
    if d.dry_run { format!("{text} {}", loc.translate("autoscale-dry-run", lang)) } else { text }
}

mod fluent_value {
    pub type V = guard_i18n::FluentValue<'static>;
}

// ---------------------------------------------------------------------------------------------
// The API.
