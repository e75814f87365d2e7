//! The validated `autoscale:` block of a component (see `config/autoscale.rs` for the YAML
//! side): `AutoScaler` with its `ScalingRule`s.

use std::time::Duration;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// How the auto-scaler decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum AutoscaleMode {
    /// On the measured value only.
    Reactive,
    /// Also on the predicted value: scale up when detection's trend forecast reaches
    /// `threshold_up` within `horizon`, before the measured value does.
    Hybrid,
}

impl AutoscaleMode {
    pub fn as_str(self) -> &'static str {
        match self {
            AutoscaleMode::Reactive => "reactive",
            AutoscaleMode::Hybrid => "hybrid",
        }
    }
}

/// One scaling rule (`ScalingRule`): scale up when `metric` is at or above
/// `threshold_up`, down when every rule's metric is at or below its `threshold_down`; the
/// target is the instance count times (or divided by) `scale_factor`, at least one step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct ScalingRule {
    /// A metric of the component's samples (`cpu_usage`, `memory_bytes`,
    /// `response_time_seconds`, a Prometheus/PromQL check's metric, …).
    pub metric: String,
    pub threshold_up: f64,
    pub threshold_down: f64,
    pub scale_factor: f64,
}

/// `autoscale:` on a component.
#[derive(Debug, Clone, PartialEq)]
pub struct AutoscaleSpec {
    pub mode: AutoscaleMode,
    pub rules: Vec<ScalingRule>,
    pub min_instances: u32,
    pub max_instances: u32,
    /// No scaling action within this long after the previous one ended.
    pub cooldown: Duration,
    /// How often the rules are evaluated (default: the component's check interval).
    pub interval: Duration,
    /// How long a condition must hold before it is acted on (`for:`; 0 = at once).
    pub sustain: Duration,
    /// Hybrid mode: how far ahead a forecast crossing counts.
    pub horizon: Duration,
    /// Decide and record, change nothing.
    pub dry_run: bool,
}
