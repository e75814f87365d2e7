//! What keeps an action back: one [`Hold`] for the healer's ladder and the auto-scaler, and one
//! [`Gate`] that decides it in one order (disabled, maintenance, paused, breaker, cooldown).
//! Pure: every decision takes `now` (Unix ms).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Why an action waits (a heal: the plan's `refusal`; a scaling: the decision's `hold`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum Hold {
    /// `healing.enabled: false`.
    Disabled,
    /// Paused globally or for the component (healing, or its auto-scaling).
    Paused,
    /// Inside a maintenance window until `until_ms`.
    Maintenance {
        #[ts(type = "number")]
        until_ms: i64,
    },
    /// The previous action finished recently.
    CoolingDown {
        #[ts(type = "number")]
        until_ms: i64,
    },
    /// Too many failed heals.
    BreakerOpen {
        #[ts(type = "number")]
        until_ms: i64,
    },
    /// The rules want more instances, but `max_instances` run.
    AtMaximum { max: u32 },
    /// The rules want fewer, but `min_instances` run.
    AtMinimum { min: u32 },
    /// No fresh sample of the metric (the component is down, or the metric is not recorded).
    NoSamples { metric: String },
}

/// Which action a hold keeps back: the words differ (`healing.ftl`, `autoscale.ftl`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Held {
    Heal,
    Scale,
}

impl Hold {
    /// The Fluent message that says this hold of a `held` action.
    pub fn message_id(&self, held: Held) -> &'static str {
        match (held, self) {
            (Held::Heal, Hold::Disabled) => "heal-refusal-disabled",
            (Held::Heal, Hold::Paused) => "heal-refusal-paused",
            (Held::Heal, Hold::Maintenance { .. }) => "heal-refusal-maintenance",
            (Held::Heal, Hold::CoolingDown { .. }) => "heal-refusal-cooling-down",
            (_, Hold::BreakerOpen { .. }) => "heal-refusal-breaker-open",
            (Held::Scale, Hold::Disabled) => "autoscale-hold-disabled",
            (Held::Scale, Hold::Paused) => "autoscale-hold-paused",
            (Held::Scale, Hold::Maintenance { .. }) => "autoscale-hold-maintenance",
            (Held::Scale, Hold::CoolingDown { .. }) => "autoscale-hold-cooling-down",
            (_, Hold::AtMaximum { .. }) => "autoscale-hold-at-max",
            (_, Hold::AtMinimum { .. }) => "autoscale-hold-at-min",
            (_, Hold::NoSamples { .. }) => "autoscale-hold-no-samples",
        }
    }

    /// When the hold ends by itself, if it does.
    pub fn until_ms(&self) -> Option<i64> {
        match self {
            Hold::Maintenance { until_ms } | Hold::CoolingDown { until_ms } | Hold::BreakerOpen { until_ms } => {
                Some(*until_ms)
            }
            _ => None,
        }
    }

    /// A heal's hold in `lang`, with its time (UTC) formatted for the language.
    pub fn localized(&self, loc: &guard_i18n::Localizer, lang: guard_i18n::Lang) -> String {
        let until =
            self.until_ms().map(|t| guard_i18n::format_datetime(lang, t.div_euclid(1000), 0)).unwrap_or_default();
        loc.translate_with(self.message_id(Held::Heal), lang, &[("until", until.as_str().into())])
    }
}

impl std::fmt::Display for Hold {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Hold::Disabled => f.write_str("healing is disabled in the config"),
            Hold::Paused => f.write_str("healing is paused"),
            Hold::Maintenance { until_ms } => write!(f, "maintenance window until {until_ms}"),
            Hold::CoolingDown { until_ms } => write!(f, "cooling down until {until_ms}"),
            Hold::BreakerOpen { until_ms } => write!(f, "circuit breaker open until {until_ms}"),
            Hold::AtMaximum { max } => write!(f, "at the maximum of {max} instances"),
            Hold::AtMinimum { min } => write!(f, "at the minimum of {min} instances"),
            Hold::NoSamples { metric } => write!(f, "no fresh sample of {metric}"),
        }
    }
}

/// What stands in front of an action now; [`Gate::hold`] is the one order.
#[derive(Debug, Clone, Default)]
pub struct Gate {
    /// `healing.enabled: false`.
    pub disabled: bool,
    pub paused: bool,
    /// End of the maintenance window covering the component now, if any.
    pub maintenance_until_ms: Option<i64>,
    /// End of the open circuit breaker, if it is open (heals only).
    pub breaker_open_until_ms: Option<i64>,
    /// End of the cooldown after the previous action (0: none).
    pub cooldown_until_ms: i64,
}

impl Gate {
    /// The hold in force at `now_ms`, in order: disabled, maintenance, paused, breaker, cooldown.
    pub fn hold(&self, now_ms: i64) -> Option<Hold> {
        if self.disabled {
            return Some(Hold::Disabled);
        }
        if let Some(until_ms) = self.maintenance_until_ms {
            return Some(Hold::Maintenance { until_ms });
        }
        if self.paused {
            return Some(Hold::Paused);
        }
        if let Some(until_ms) = self.breaker_open_until_ms {
            return Some(Hold::BreakerOpen { until_ms });
        }
        if now_ms < self.cooldown_until_ms {
            return Some(Hold::CoolingDown { until_ms: self.cooldown_until_ms });
        }
        None
    }
}
