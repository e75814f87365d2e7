//! Detection and prediction: threshold rules, a streaming anomaly detector per metric series
//! and exhaustion forecasts, all fed from `Recorder::record_outcome` (`record.rs`) (O(1) or bounded work
//! per point) and turned into *findings*.
//!
//! - `rules.rs` — threshold rules with `for:` and hysteresis.
//! - `anomaly.rs` — one `guard_detect::AnomalyDetector` per (component, metric).
//! - `forecast.rs` — least-squares trend over a sliding window, time to a limit with a band.
//! - `spec.rs` — the typed `detection:` config block.
//! - `store.rs` — findings in SQLite (`migrations/0007_findings.sql`).
//! - `views.rs` — DTOs and the `PipelineGuard` methods the API calls.
//!
//! A finding is published as `EngineEvent::Finding` and stored; when its action is `heal`,
//! [`act`] opens an incident through the healer (`heal/`), whose ladder heals.

pub mod anomaly;
pub mod forecast;
pub mod rules;
pub mod spec;
mod store;
pub mod views;

use std::collections::HashMap;
use std::time::Duration;

use parking_lot::Mutex;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::clock::SharedClock;
use crate::config::{CmpOp, Config};
use crate::events::{EngineEvent, EventBus};
use crate::heal::Healer;
use crate::heal::IncidentKind;
use crate::heal::timeline::Msg;
use crate::model::metric;
use tokio::sync::broadcast;

pub use anomaly::SeriesAnomaly;
pub use forecast::{Eta, Fit, Trend};
pub use rules::{RuleEdge, RuleState, Severity, ThresholdRule};
pub use spec::{DetectionSpec, OnAnomaly};
pub use store::FindingStore;

/// What produced a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, rename = "DetectionFindingKind")]
pub enum FindingKind {
    /// A threshold rule fired (or, with `resolved`, cleared).
    Threshold,
    /// The streaming detector scored the series as anomalous.
    Anomaly,
    /// A trend forecast says a limit will be crossed within the horizon.
    Predicted,
}

impl FindingKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FindingKind::Threshold => "threshold",
            FindingKind::Anomaly => "anomaly",
            FindingKind::Predicted => "predicted",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "threshold" => FindingKind::Threshold,
            "anomaly" => FindingKind::Anomaly,
            "predicted" => FindingKind::Predicted,
            _ => return None,
        })
    }
}

/// One finding: something about a component's metrics worth telling an operator.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, rename = "DetectionFinding")]
pub struct Finding {
    /// Row id once stored.
    #[ts(type = "number | null")]
    pub id: Option<i64>,
    pub component: String,
    pub metric: String,
    pub kind: FindingKind,
    pub severity: Severity,
    #[ts(type = "number")]
    pub at_ms: i64,
    pub value: f64,
    /// Anomaly score in [0, 1] (anomaly findings).
    pub score: Option<f64>,
    /// Predicted time until the limit is crossed (predicted findings).
    #[ts(type = "number | null")]
    pub eta_ms: Option<i64>,
    /// The limit or threshold involved.
    pub limit: Option<f64>,
    /// `heal` when the finding also triggers healing.
    pub action: OnAnomaly,
    /// A threshold rule that stopped holding.
    pub resolved: bool,
    /// In English (the findings table, logs); `msg` says it in any language (incident reasons).
    pub message: String,
    #[serde(skip)]
    #[ts(skip)]
    pub msg: Option<Msg>,
}

/// Which way a forecast limit matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum LimitKind {
    /// Running out of something (memory, disk, connections, queue depth).
    Resource,
    /// Heading for failure (error rate, latency reaching the check timeout).
    Failure,
}

#[derive(Debug)]
struct SeriesDetect {
    /// Boxed: the per-component series map allocates room for several entries at once (with one
    /// series, 4 slots), and the state is ~170 bytes; the detector itself (~25 KB) is allocated
    /// only once the series varies (`anomaly.rs`; BENCHMARKS.md "Memory of `serve` at 10,000
    /// components").
    anomaly: Option<Box<SeriesAnomaly>>,
    trend: Trend,
    /// Cached forecast limit (recomputed when rules change).
    limit: Option<Option<(f64, LimitKind)>>,
    /// A predicted finding is out for the current trend.
    predicted: bool,
}

#[derive(Debug)]
struct ComponentDetect {
    spec: DetectionSpec,
    memory_limit: Option<f64>,
    supervised: bool,
    timeout_s: f64,
    rule_states: Vec<RuleState>,
    series: HashMap<String, SeriesDetect>,
    heal_quiet_until_ms: i64,
}

impl ComponentDetect {
    fn new(spec: DetectionSpec, memory_limit: Option<f64>, supervised: bool, timeout_s: f64) -> Self {
        let rule_states = vec![RuleState::default(); spec.rules.len()];
        ComponentDetect {
            spec,
            memory_limit,
            supervised,
            timeout_s,
            rule_states,
            series: HashMap::new(),
            heal_quiet_until_ms: 0,
        }
    }

    /// The forecast limit of a metric, if it has one.
    fn limit_of(&self, m: &str) -> Option<(f64, LimitKind)> {
        if let Some(v) = self.spec.limits.get(m) {
            return Some((*v, LimitKind::Resource));
        }
        if m == metric::MEMORY {
            return self.memory_limit.map(|v| (v, LimitKind::Resource));
        }
        if m == metric::ERROR_RATE || m == metric::RESPONSE_TIME {
            // The lowest rising threshold a rule sets, else a default failure point.
            let from_rules = self
                .spec
                .rules
                .iter()
                .filter(|r| r.metric == m && matches!(r.cmp.op, CmpOp::Gt | CmpOp::Ge))
                .map(|r| r.cmp.value)
                .min_by(f64::total_cmp);
            let default = if m == metric::ERROR_RATE { 0.5 } else { self.timeout_s };
            return Some((from_rules.unwrap_or(default), LimitKind::Failure));
        }
        None
    }
}

/// Detection state of every component. One mutex; the work under it is O(1) or bounded per
/// point.
#[derive(Debug)]
pub struct Detection {
    clock: SharedClock,
    comps: Mutex<HashMap<String, ComponentDetect>>,
    store: FindingStore,
}

/// Metrics that are state, not measurements: rules see them, the detector and forecasts do not.
fn is_state_metric(m: &str) -> bool {
    m == metric::UP || m == "status"
}

impl Detection {
    /// Detection for every component of a config.
    pub fn new(config: &Config, clock: SharedClock) -> Self {
        let comps = config
            .components
            .iter()
            .map(|c| {
                let mut spec = c.detection.clone();
                // `healing.memory_forecast: 0` turns proactive memory restarts off (this forecast
                // is the only one: the healer enforces the hard limit only).
                if config.pipeline.healing.memory_forecast.is_zero() {
                    spec.proactive_restart = false;
                }
                let cd = ComponentDetect::new(
                    spec,
                    c.limits.memory_bytes.map(|b| b as f64),
                    c.process.is_some(),
                    c.check.timeout.as_secs_f64(),
                );
                (c.name.clone(), cd)
            })
            .collect();
        Detection { clock, comps: Mutex::new(comps), store: FindingStore::default() }
    }

    /// Detection without a config (tests, benchmarks): components are added with [`Self::add_component`].
    pub fn empty(clock: SharedClock) -> Self {
        Detection { clock, comps: Mutex::new(HashMap::new()), store: FindingStore::default() }
    }

    pub fn add_component(
        &self,
        name: &str,
        spec: DetectionSpec,
        memory_limit: Option<f64>,
        supervised: bool,
        timeout: Duration,
    ) {
        self.comps
            .lock()
            .insert(name.into(), ComponentDetect::new(spec, memory_limit, supervised, timeout.as_secs_f64()));
    }

    /// A component added or changed at run time: its detectors start empty, as at start.
    pub(crate) fn set_component(&self, c: &crate::config::ComponentSpec, config: &Config) {
        let mut spec = c.detection.clone();
        if config.pipeline.healing.memory_forecast.is_zero() {
            spec.proactive_restart = false;
        }
        self.add_component(
            &c.name,
            spec,
            c.limits.memory_bytes.map(|b| b as f64),
            c.process.is_some(),
            c.check.timeout,
        );
    }

    /// A component removed at run time: its detectors are dropped.
    pub(crate) fn remove_component(&self, name: &str) {
        self.comps.lock().remove(name);
    }

    pub fn now_ms(&self) -> i64 {
        self.clock.now_ms()
    }

    pub fn store(&self) -> &FindingStore {
        &self.store
    }

    /// Keep findings in this database from now on.
    pub fn attach_store(&self, pool: sqlx::SqlitePool) {
        self.store.attach(pool);
    }

    /// Add a threshold rule to a component at runtime.
    pub fn add_rule(&self, component: &str, rule: ThresholdRule) -> Result<(), String> {
        let mut comps = self.comps.lock();
        let c = comps.get_mut(component).ok_or_else(|| format!("unknown component `{component}`"))?;
        c.spec.rules.push(rule);
        c.rule_states.push(RuleState::default());
        for s in c.series.values_mut() {
            s.limit = None;
        }
        Ok(())
    }

    /// The rules of a component with whether each is firing now.
    pub fn rules(&self, component: &str) -> Option<Vec<(ThresholdRule, bool)>> {
        let comps = self.comps.lock();
        let c = comps.get(component)?;
        Some(c.spec.rules.iter().cloned().zip(c.rule_states.iter().map(RuleState::firing)).collect())
    }

    pub fn spec(&self, component: &str) -> Option<DetectionSpec> {
        self.comps.lock().get(component).map(|c| c.spec.clone())
    }

    /// Feed one check's points of a component; returns the findings they raise.
    pub fn observe<'a>(
        &self,
        component: &str,
        now_ms: i64,
        points: impl IntoIterator<Item = (&'a str, f64)>,
    ) -> Vec<Finding> {
        let mut out = Vec::new();
        let mut comps = self.comps.lock();
        let Some(c) = comps.get_mut(component) else { return out };
        for (m, x) in points {
            if !x.is_finite() {
                continue;
            }
            observe_rules(c, component, m, now_ms, x, &mut out);
            if is_state_metric(m) {
                continue;
            }
            let limit = match c.series.get(m).and_then(|s| s.limit) {
                Some(l) => l,
                None => c.limit_of(m),
            };
            let anomaly_on = c.spec.anomaly;
            let s = c.series.entry(m.to_string()).or_insert_with(|| SeriesDetect {
                anomaly: anomaly_on.then(|| Box::new(SeriesAnomaly::default())),
                trend: Trend::new(c.spec.window),
                limit: None,
                predicted: false,
            });
            s.limit = Some(limit);
            if let Some(a) = &mut s.anomaly {
                let (score, fire) = a.update(now_ms, x, c.spec.anomaly_threshold);
                if fire {
                    out.push(
                        Finding {
                            id: None,
                            component: component.into(),
                            metric: m.into(),
                            kind: FindingKind::Anomaly,
                            severity: if score >= 0.95 { Severity::High } else { Severity::Medium },
                            at_ms: now_ms,
                            value: x,
                            score: Some(score),
                            eta_ms: None,
                            limit: None,
                            action: c.spec.on_anomaly,
                            resolved: false,
                            message: String::new(),
                            msg: Some(
                                Msg::new("finding-anomaly")
                                    .text("metric", m)
                                    .msg("value", value_msg(m, x))
                                    .num("score", (score * 100.0).round() / 100.0),
                            ),
                        }
                        .with_english(),
                    );
                }
            }
            let Some((limit, kind)) = limit else { continue };
            s.trend.push(now_ms, x);
            let Some(fit) = s.trend.fit() else { continue };
            let horizon = c.spec.horizon.as_millis() as i64;
            if m == metric::MEMORY && now_ms < c.heal_quiet_until_ms {
                // A proactive restart is under way; the fresh child starts a fresh trend.
                continue;
            }
            let eta = fit.eta(limit);
            match eta {
                Some(e) if e.ms <= horizon && !s.predicted => {
                    // A failure metric already past its threshold is the rules' business.
                    if kind == LimitKind::Failure && x >= limit {
                        continue;
                    }
                    s.predicted = true;
                    let heal = kind == LimitKind::Resource
                        && m == metric::MEMORY
                        && c.supervised
                        && c.spec.proactive_restart
                        && now_ms >= c.heal_quiet_until_ms;
                    if heal {
                        // The restarted child starts a fresh trend; stay quiet meanwhile.
                        c.heal_quiet_until_ms = now_ms + c.spec.horizon.max(Duration::from_secs(10)).as_millis() as i64;
                    }
                    let band = match e.high_ms {
                        Some(h) => Msg::new("finding-band-range").duration_ms("low", e.low_ms).duration_ms("high", h),
                        None => Msg::new("finding-band-min").duration_ms("low", e.low_ms),
                    };
                    out.push(
                        Finding {
                            id: None,
                            component: component.into(),
                            metric: m.into(),
                            kind: FindingKind::Predicted,
                            severity: if kind == LimitKind::Resource { Severity::High } else { Severity::Medium },
                            at_ms: now_ms,
                            value: x,
                            score: None,
                            eta_ms: Some(e.ms),
                            limit: Some(limit),
                            action: if heal { OnAnomaly::Heal } else { OnAnomaly::Alert },
                            resolved: false,
                            message: String::new(),
                            msg: Some(
                                Msg::new("finding-predicted")
                                    .text("metric", m)
                                    .msg("level", value_msg(m, fit.level))
                                    .msg("slope", value_msg(m, fit.slope_per_s))
                                    .msg("limit", value_msg(m, limit))
                                    .duration_ms("eta", e.ms)
                                    .msg("band", band),
                            ),
                        }
                        .with_english(),
                    );
                    if heal {
                        s.trend.clear();
                        s.predicted = false;
                    }
                }
                Some(e) if e.ms <= 2 * horizon => {}
                _ => s.predicted = false,
            }
        }
        out
    }

    /// Whether a series has an anomaly detector allocated: `None` for an unknown series or one
    /// without anomaly detection, `Some(false)` while it has been constant (`anomaly.rs`).
    pub fn has_detector(&self, component: &str, metric: &str) -> Option<bool> {
        Some(self.comps.lock().get(component)?.series.get(metric)?.anomaly.as_ref()?.has_detector())
    }

    /// The current trend fit of one series (the auto-scaler's hybrid mode), if it has one.
    pub fn fit(&self, component: &str, metric: &str) -> Option<Fit> {
        self.comps.lock().get(component)?.series.get(metric)?.trend.fit()
    }

    /// The forecast of every series of a component that has a limit, as of `now`.
    pub fn forecast(&self, component: &str) -> Option<views::ForecastView> {
        let now = self.clock.now_ms();
        let comps = self.comps.lock();
        let c = comps.get(component)?;
        let horizon = c.spec.horizon.as_millis() as i64;
        let mut series: Vec<views::SeriesForecast> = c
            .series
            .iter()
            .filter_map(|(m, s)| {
                let (limit, kind) = c.limit_of(m)?;
                let fit = s.trend.fit();
                let eta = fit.and_then(|f| f.eta(limit));
                let since = |f: &Fit| (now - f.at_ms).max(0);
                let shift = |ms: i64| (ms - fit.as_ref().map(since).unwrap_or(0)).max(0);
                Some(views::SeriesForecast {
                    metric: m.clone(),
                    kind,
                    limit,
                    current: s.trend.last().map(|(_, x)| x),
                    slope_per_s: fit.map(|f| f.slope_per_s),
                    slope_se: fit.map(|f| f.slope_se).filter(|x| x.is_finite()),
                    points: s.trend.len() as u32,
                    eta_ms: eta.map(|e| shift(e.ms)),
                    eta_low_ms: eta.map(|e| shift(e.low_ms)),
                    eta_high_ms: eta.and_then(|e| e.high_ms).map(shift),
                    within_horizon: eta.is_some_and(|e| shift(e.ms) <= horizon),
                })
            })
            .collect();
        series.sort_by(|a, b| a.metric.cmp(&b.metric));
        Some(views::ForecastView {
            component: component.into(),
            at_ms: now,
            horizon_ms: horizon,
            window_ms: c.spec.window.as_millis() as i64,
            series,
        })
    }

    /// Record and publish findings (called right after `observe`); [`act`] heals.
    pub fn dispatch(&self, findings: Vec<Finding>, bus: &EventBus) {
        for f in findings {
            if f.resolved {
                tracing::info!(component = %f.component, metric = %f.metric, "finding resolved: {}", f.message);
            } else {
                tracing::warn!(component = %f.component, metric = %f.metric, kind = f.kind.as_str(), severity = f.severity.as_str(), "finding: {}", f.message);
            }
            self.store.insert(&f);
            bus.publish(EngineEvent::Finding { finding: f });
        }
    }
}

/// Findings whose action is `heal` open an incident through the healer, whose ladder (restart
/// first for a supervised child) does the healing: a memory forecast opens a
/// `memory_forecast` incident, an anomaly with `on_anomaly: heal` a `down` one. Spawned by
/// `PipelineGuard::start`.
pub async fn act(inner: Healer, mut rx: broadcast::Receiver<EngineEvent>) {
    loop {
        let f = match rx.recv().await {
            Ok(EngineEvent::Finding { finding }) => finding,
            Ok(_) => continue,
            Err(broadcast::error::RecvError::Lagged(_)) => continue,
            Err(_) => return,
        };
        if f.action != OnAnomaly::Heal || f.resolved || inner.is_shutting_down() {
            continue;
        }
        let kind = if f.kind == FindingKind::Predicted && f.metric == metric::MEMORY {
            IncidentKind::MemoryForecast
        } else {
            IncidentKind::Down
        };
        let finding = f.msg.clone().unwrap_or_else(|| Msg::verbatim(&f.message));
        crate::heal::open_incident(
            &inner,
            &f.component,
            kind,
            "detection",
            Msg::new("incident-reason-finding").msg("finding", finding),
            f.at_ms,
            f.at_ms,
            None,
        )
        .await;
    }
}

fn observe_rules(c: &mut ComponentDetect, component: &str, m: &str, now_ms: i64, x: f64, out: &mut Vec<Finding>) {
    for (rule, st) in c.spec.rules.iter().zip(c.rule_states.iter_mut()) {
        if rule.metric != m {
            continue;
        }
        let Some(edge) = st.update(rule, now_ms, x) else { continue };
        let resolved = edge == RuleEdge::Cleared;
        out.push(
            Finding {
                id: None,
                component: component.into(),
                metric: m.into(),
                kind: FindingKind::Threshold,
                severity: rule.severity,
                at_ms: now_ms,
                value: x,
                score: None,
                eta_ms: None,
                limit: Some(rule.cmp.value),
                action: OnAnomaly::Alert,
                resolved,
                message: String::new(),
                msg: Some(
                    Msg::new(if resolved { "finding-threshold-resolved" } else { "finding-threshold" })
                        .msg("rule", rule.describe_msg())
                        .text("metric", m)
                        .msg("value", value_msg(m, x)),
                ),
            }
            .with_english(),
        );
    }
}

/// A measured value as a message: bytes in MB, seconds in ms (a tenth), the rest plain; the
/// number stays a number, formatted for the reader's language.
fn value_msg(m: &str, x: f64) -> Msg {
    let tenth = |v: f64| (v * 10.0).round() / 10.0;
    if m.ends_with("_bytes") {
        Msg::new("finding-value-mb").num("value", tenth(x / 1e6))
    } else if m.ends_with("_seconds") {
        Msg::new("finding-value-ms").num("value", tenth(x * 1000.0))
    } else {
        Msg::new("finding-value").num("value", (x * 1000.0).round() / 1000.0)
    }
}

impl Finding {
    /// Fill `message` with the English of `msg`.
    fn with_english(mut self) -> Finding {
        if let Some(m) = &self.msg {
            self.message = m.english();
        }
        self
    }
}

#[cfg(test)]
mod tests;
