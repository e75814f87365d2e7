//! DTOs of the detection API and the `PipelineGuard` methods behind
//! `GET /api/findings`, `GET /api/components/{name}/forecast` and the rules endpoints.

use std::time::Duration;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::rules::{op_name, parse_op};
use super::{LimitKind, Severity, ThresholdRule};
use crate::units::parse_duration;

/// Forecast of one series towards its limit.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SeriesForecast {
    pub metric: String,
    pub kind: LimitKind,
    pub limit: f64,
    pub current: Option<f64>,
    pub slope_per_s: Option<f64>,
    pub slope_se: Option<f64>,
    pub points: u32,
    /// Best estimate of the time from now until the limit; `null` without a rising trend.
    #[ts(type = "number | null")]
    pub eta_ms: Option<i64>,
    /// Uncertainty band (slope ± 2 standard errors); `eta_high_ms` is `null` when the band
    /// includes a flat line.
    #[ts(type = "number | null")]
    pub eta_low_ms: Option<i64>,
    #[ts(type = "number | null")]
    pub eta_high_ms: Option<i64>,
    pub within_horizon: bool,
}

/// `GET /api/components/{name}/forecast`.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ForecastView {
    pub component: String,
    #[ts(type = "number")]
    pub at_ms: i64,
    #[ts(type = "number")]
    pub horizon_ms: i64,
    #[ts(type = "number")]
    pub window_ms: i64,
    pub series: Vec<SeriesForecast>,
}

/// A threshold rule as the API shows and accepts it.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RuleView {
    pub metric: String,
    /// `gt`, `ge`, `lt`, `le`, `eq` or `ne`.
    pub op: String,
    pub value: f64,
    pub severity: Severity,
    /// How long the condition must hold, e.g. `30s` (absent: at once).
    #[serde(rename = "for", default)]
    #[ts(rename = "for")]
    pub hold_for: Option<String>,
    #[serde(default)]
    pub hysteresis: f64,
    /// Firing now (answers only).
    #[serde(default)]
    pub firing: bool,
}

impl RuleView {
    pub fn from_rule(r: &ThresholdRule, firing: bool) -> Self {
        RuleView {
            metric: r.metric.clone(),
            op: op_name(r.cmp.op).into(),
            value: r.cmp.value,
            severity: r.severity,
            hold_for: (!r.hold_for.is_zero()).then(|| crate::units::format_duration(r.hold_for)),
            hysteresis: r.hysteresis,
            firing,
        }
    }

    pub fn to_rule(&self) -> Result<ThresholdRule, String> {
        if self.metric.trim().is_empty() {
            return Err("`metric` must not be empty".into());
        }
        let op = parse_op(&self.op)
            .ok_or_else(|| format!("unknown operator `{}`, expected gt, ge, lt, le, eq or ne", self.op))?;
        if !self.value.is_finite() {
            return Err("`value` must be a finite number".into());
        }
        if !(self.hysteresis.is_finite() && self.hysteresis >= 0.0) {
            return Err("`hysteresis` must be a number ≥ 0".into());
        }
        let hold = match &self.hold_for {
            None => Duration::ZERO,
            Some(s) => parse_duration(s).map_err(|e| format!("`for`: {e}"))?,
        };
        Ok(ThresholdRule::new(&self.metric, self.value, op, self.severity).hold_for(hold).hysteresis(self.hysteresis))
    }
}
