//! The pure part of the auto-scaler: what the rules want for the current samples and
//! forecasts, and what holds it back (pause, maintenance, cooldown, limits). No I/O, no clock:
//! every decision takes `now` (Unix ms), so it is tested table-driven without sleeping.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::spec::{AutoscaleMode, AutoscaleSpec};
pub use crate::heal::hold::{Gate, Held, Hold};

/// Why the auto-scaler wants a change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum ScalingReason {
    /// The measured value is at or above `threshold_up`.
    AboveThreshold { metric: String, value: f64, threshold: f64 },
    /// Hybrid: the forecast reaches `threshold_up` within the horizon (the value is still under).
    Forecast {
        metric: String,
        value: f64,
        /// The forecast value at the end of the horizon.
        predicted: f64,
        threshold: f64,
        /// When the forecast crosses the threshold, from now.
        #[ts(type = "number")]
        eta_ms: i64,
    },
    /// Every rule's metric is at or below its `threshold_down` (this one is the first rule's).
    BelowThreshold { metric: String, value: f64, threshold: f64 },
    /// Fewer instances run than `min_instances`.
    BelowMinimum { instances: u32, min: u32 },
    /// More instances run than `max_instances`.
    AboveMaximum { instances: u32, max: u32 },
}

impl ScalingReason {
    pub fn message_id(&self) -> &'static str {
        match self {
            ScalingReason::AboveThreshold { .. } => "autoscale-reason-above",
            ScalingReason::Forecast { .. } => "autoscale-reason-forecast",
            ScalingReason::BelowThreshold { .. } => "autoscale-reason-below",
            ScalingReason::BelowMinimum { .. } => "autoscale-reason-below-min",
            ScalingReason::AboveMaximum { .. } => "autoscale-reason-above-max",
        }
    }
}

/// What keeps the auto-scaler from acting now: the one [`Hold`] type.
pub type ScalingHold = Hold;

/// A forecast of one rule's metric (hybrid mode), as of now.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Forecast {
    /// The fitted line's value at now + horizon.
    pub predicted: f64,
    /// When the line reaches `threshold_up`, from now (`None`: not within any time, or no
    /// significant rise).
    pub eta_ms: Option<i64>,
}

/// What the rules want.
#[derive(Debug, Clone, PartialEq)]
pub enum Want {
    Up {
        to: u32,
        reason: ScalingReason,
    },
    Down {
        to: u32,
        reason: ScalingReason,
    },
    /// A change the limits forbid (`AtMaximum`, `AtMinimum`) or no data (`NoSamples`).
    Blocked(ScalingHold),
    Steady,
}

/// What the rules want for `instances` running, the latest `values` and (hybrid) `forecasts`.
/// Up wins: one rule at or over its `threshold_up` (or forecast to reach it within the horizon)
/// is enough; down needs every rule at or under its `threshold_down`. The target is the count
/// times the largest `scale_factor` of the rules that want up (divided by the smallest of all
/// rules for down), at least one step, within `min_instances..=max_instances`.
pub fn want(
    spec: &AutoscaleSpec,
    instances: u32,
    values: &BTreeMap<String, f64>,
    forecasts: &BTreeMap<String, Forecast>,
) -> Want {
    let (min, max) = (spec.min_instances, spec.max_instances);
    if instances < min {
        return Want::Up { to: min, reason: ScalingReason::BelowMinimum { instances, min } };
    }
    if instances > max {
        return Want::Down { to: max, reason: ScalingReason::AboveMaximum { instances, max } };
    }
    let mut up: Option<(f64, ScalingReason)> = None;
    let mut all_down = true;
    let mut first_down: Option<ScalingReason> = None;
    for r in &spec.rules {
        let Some(&v) = values.get(&r.metric) else {
            return Want::Blocked(ScalingHold::NoSamples { metric: r.metric.clone() });
        };
        let reason = if v >= r.threshold_up {
            Some(ScalingReason::AboveThreshold { metric: r.metric.clone(), value: v, threshold: r.threshold_up })
        } else if spec.mode == AutoscaleMode::Hybrid {
            let horizon = spec.horizon.as_millis() as i64;
            forecasts.get(&r.metric).and_then(|f| match f.eta_ms {
                Some(eta) if eta <= horizon => Some(ScalingReason::Forecast {
                    metric: r.metric.clone(),
                    value: v,
                    predicted: f.predicted,
                    threshold: r.threshold_up,
                    eta_ms: eta.max(0),
                }),
                _ => None,
            })
        } else {
            None
        };
        if let Some(reason) = reason
            && up.as_ref().is_none_or(|(f, _)| r.scale_factor > *f)
        {
            up = Some((r.scale_factor, reason));
        }
        if v <= r.threshold_down {
            first_down.get_or_insert(ScalingReason::BelowThreshold {
                metric: r.metric.clone(),
                value: v,
                threshold: r.threshold_down,
            });
        } else {
            all_down = false;
        }
    }
    if let Some((factor, reason)) = up {
        if instances >= max {
            return Want::Blocked(ScalingHold::AtMaximum { max });
        }
        let to = ((instances as f64 * factor).ceil() as u32).max(instances + 1).min(max);
        return Want::Up { to, reason };
    }
    if all_down && !spec.rules.is_empty() {
        if instances <= min {
            return Want::Blocked(ScalingHold::AtMinimum { min });
        }
        let factor = spec.rules.iter().map(|r| r.scale_factor).fold(f64::INFINITY, f64::min);
        let to = ((instances as f64 / factor).floor() as u32).min(instances - 1).max(min);
        return Want::Down { to, reason: first_down.expect("every rule is down") };
    }
    Want::Steady
}

/// A wanted change must persist for `sustain` (`for:`) before it is acted on: the direction
/// and since when it has been wanted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Pending {
    pub up: Option<i64>,
    pub down: Option<i64>,
}

impl Pending {
    /// Note what is wanted at `now`; true when it has been wanted for `sustain_ms` already.
    pub fn ripe(&mut self, want: &Want, now_ms: i64, sustain_ms: i64) -> bool {
        let slot = match want {
            Want::Up { .. } => {
                self.down = None;
                &mut self.up
            }
            Want::Down { .. } => {
                self.up = None;
                &mut self.down
            }
            _ => {
                *self = Pending::default();
                return false;
            }
        };
        let since = *slot.get_or_insert(now_ms);
        now_ms - since >= sustain_ms
    }
}
