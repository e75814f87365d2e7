//! The typed `detection:` block (validated in `config/validate.rs`): per component, with the
//! pipeline-level block supplying defaults and rules shared by every component.

use std::collections::BTreeMap;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::rules::ThresholdRule;

/// What an anomaly finding leads to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum OnAnomaly {
    /// Record the finding and tell subscribers; nothing else.
    Alert,
    /// Also heal the component (its recovery ladder / a restart).
    Heal,
}

impl OnAnomaly {
    pub fn as_str(self) -> &'static str {
        match self {
            OnAnomaly::Alert => "alert",
            OnAnomaly::Heal => "heal",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct DetectionSpec {
    /// Run the streaming anomaly detector on the component's metric series.
    pub anomaly: bool,
    /// Score in [0, 1] at or above which an anomaly becomes a finding. The default 0.6 sits
    /// above what noise and seasonality score (≤ 0.57 in `tests.rs`) and below steps and
    /// spikes (≥ 0.63).
    pub anomaly_threshold: f64,
    pub on_anomaly: OnAnomaly,
    /// Forecast horizon: a crossing predicted within it is acted on now.
    pub horizon: Duration,
    /// Sliding window of the trend model.
    pub window: Duration,
    /// Heal a supervised child predicted to cross `limits.memory` within the horizon.
    pub proactive_restart: bool,
    pub rules: Vec<ThresholdRule>,
    /// Extra forecast limits per metric (disk, connections, queue depth, …).
    pub limits: BTreeMap<String, f64>,
}

impl Default for DetectionSpec {
    fn default() -> Self {
        DetectionSpec {
            anomaly: true,
            anomaly_threshold: 0.6,
            on_anomaly: OnAnomaly::Alert,
            horizon: Duration::from_secs(30),
            window: Duration::from_secs(60),
            proactive_restart: true,
            rules: Vec::new(),
            limits: BTreeMap::new(),
        }
    }
}
