//! DTOs of the healing API (`/api/incidents`, `/api/healing/*`, the overview's healing block).
//! TypeScript types are generated from these with ts-rs.

use serde::Serialize;
use ts_rs::TS;

use super::DryRun;
use super::policy::{BreakerState, MaintenanceWindow};

/// One entry of an incident's timeline.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct IncidentEventView {
    #[ts(type = "number")]
    pub at_ms: i64,
    /// `detected`, `action`, `verified`, `escalated`, `folded`, `note`, `closed`.
    pub kind: String,
    #[ts(type = "number | null")]
    pub action_id: Option<i64>,
    pub strategy: Option<String>,
    /// `succeeded`, `failed` or `skipped` for actions.
    pub result: Option<String>,
    #[ts(type = "number | null")]
    pub duration_ms: Option<i64>,
    /// What happened, in the language asked for (`?lang=`, the account's language or
    /// `Accept-Language`); entries written before migration 0011 keep their English text.
    pub detail: String,
    /// The Fluent message (`locales/<lang>/incidents.ftl`) that says it; `null` for old entries.
    pub message_id: Option<String>,
    /// The message with its arguments, kept for saying it in another language.
    #[serde(skip)]
    #[ts(skip)]
    pub message: Option<super::timeline::Msg>,
}

/// An incident with its timeline.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct IncidentView {
    #[ts(type = "number")]
    pub id: i64,
    pub component: String,
    /// The component whose failure explains this incident.
    pub root_cause: String,
    pub kind: String,
    pub source: String,
    /// Why it opened, in the language asked for (like the timeline's `detail`).
    pub reason: String,
    /// The Fluent message that says the reason; `null` for incidents from before migration 0011.
    pub reason_id: Option<String>,
    #[serde(skip)]
    #[ts(skip)]
    pub reason_message: Option<super::timeline::Msg>,
    /// `open`, `resolved` or `merged` (folded into another incident).
    pub status: String,
    pub escalated: bool,
    /// Dependents whose alerts were folded into this incident.
    pub affected: Vec<String>,
    #[ts(type = "number")]
    pub onset_ms: i64,
    #[ts(type = "number")]
    pub detected_ms: i64,
    #[ts(type = "number | null")]
    pub resolved_ms: Option<i64>,
    #[ts(type = "number | null")]
    pub merged_into: Option<i64>,
    pub fingerprint: Option<String>,
    pub timeline: Vec<IncidentEventView>,
    /// Who acknowledged it and when (migration 0022, `heal/work.rs`); `null` until someone does.
    pub acknowledged: Option<IncidentAck>,
    /// The account it is assigned to; `null` when nobody is.
    pub assignment: Option<IncidentAssignment>,
    /// Notes, oldest first; append-only.
    pub notes: Vec<IncidentNote>,
}

/// An acknowledgement: someone has seen the incident and is on it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct IncidentAck {
    pub by: String,
    #[ts(type = "number")]
    pub at_ms: i64,
}

/// Who an incident is assigned to, who assigned it and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct IncidentAssignment {
    pub account: String,
    pub by: String,
    #[ts(type = "number")]
    pub at_ms: i64,
}

/// A note on an incident, as written (never edited).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct IncidentNote {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub at_ms: i64,
    pub author: String,
    pub text: String,
}

/// A healing action (real or requested), newest first in lists.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ActionView {
    #[ts(type = "number")]
    pub id: i64,
    pub component: String,
    #[ts(type = "number | null")]
    pub incident_id: Option<i64>,
    pub strategy: String,
    /// `ladder`, `manual`, `supervisor`, `memory`, `alert`.
    pub trigger: String,
    #[ts(type = "number")]
    pub started_ms: i64,
    #[ts(type = "number | null")]
    pub finished_ms: Option<i64>,
    /// `running`, `succeeded` or `failed`.
    pub result: String,
    /// What the step does or did, in the language asked for (`?lang=`, the account's language
    /// or `Accept-Language`); actions recorded before migration 0012 keep their English text.
    pub detail: String,
    /// The Fluent message (`locales/<lang>/healing-steps.ftl`) that says it; `null` for old actions.
    pub detail_id: Option<String>,
    /// The message with its arguments, kept for saying it in another language.
    #[serde(skip)]
    #[ts(skip)]
    pub detail_message: Option<super::timeline::Msg>,
}

impl ActionView {
    /// The view of an action whose detail is `msg`, said in English until localized.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn said(
        id: i64,
        component: &str,
        incident_id: Option<i64>,
        strategy: &str,
        trigger: &str,
        started_ms: i64,
        finished_ms: Option<i64>,
        result: &str,
        msg: &super::timeline::Msg,
    ) -> ActionView {
        ActionView {
            id,
            component: component.into(),
            incident_id,
            strategy: strategy.into(),
            trigger: trigger.into(),
            started_ms,
            finished_ms,
            result: result.into(),
            detail: msg.english(),
            detail_id: Some(msg.id.clone()),
            detail_message: Some(msg.clone()),
        }
    }

    /// The detail said in `lang` (the stored English text when there is no message).
    pub fn localize(&mut self, loc: &guard_i18n::Localizer, lang: guard_i18n::Lang) {
        self.detail = super::timeline::say(loc, lang, self.detail_message.as_ref(), &self.detail);
    }
}

/// Attempts, success rate, MTTD and MTTR (`get_healing_stats`).
#[derive(Debug, Clone, Default, Serialize, TS)]
#[ts(export)]
pub struct StatsRow {
    #[ts(type = "number")]
    pub incidents: u64,
    #[ts(type = "number")]
    pub open_incidents: u64,
    #[ts(type = "number")]
    pub attempts: u64,
    #[ts(type = "number")]
    pub succeeded: u64,
    /// `succeeded / attempts`, 0–1; `null` before the first attempt.
    pub success_rate: Option<f64>,
    /// Mean time from the last moment seen well to detection, ms.
    pub mttd_ms: Option<f64>,
    /// Mean time from the last moment seen well to verified recovery, ms.
    pub mttr_ms: Option<f64>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ComponentStats {
    pub component: String,
    #[serde(flatten)]
    pub stats: StatsRow,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct HealingStats {
    pub overall: StatsRow,
    pub components: Vec<ComponentStats>,
}

/// One step of a plan.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct PlannedStep {
    pub index: u32,
    pub strategy: String,
    /// What it would do, in words.
    pub action: String,
}

/// What healing would do for a component now (dry run).
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct HealPlan {
    pub component: String,
    pub dry_run: DryRun,
    pub status: crate::model::Status,
    /// Why nothing would run right now (paused, maintenance, breaker, cooldown), if so; in
    /// the language asked for (`?lang=`), English by default.
    pub blocked: Option<String>,
    /// The same, structured (its Fluent id is `Hold::message_id(Held::Heal)`).
    pub refusal: Option<super::policy::Refusal>,
    pub breaker: BreakerState,
    #[ts(type = "number | null")]
    pub open_incident: Option<i64>,
    /// The component's failed dependencies, healed first.
    pub heal_first: Vec<String>,
    pub steps: Vec<PlannedStep>,
}

/// `POST /api/components/{name}/heal` answer.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct HealTicket {
    #[ts(type = "number | null")]
    pub action_id: Option<i64>,
    pub component: String,
    pub strategy: String,
    pub dry_run: DryRun,
    pub plan: String,
}

/// The overview's healing block.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct HealingOverview {
    pub enabled: bool,
    pub paused: bool,
    pub paused_components: Vec<String>,
    pub maintenance: Vec<MaintenanceWindow>,
    pub active_healings: u32,
    pub open_incidents: u32,
    pub success_rate: Option<f64>,
    /// Critical components the guard cannot heal.
    pub unhealable: Vec<String>,
    /// Those plus everything that depends on them.
    pub affected: Vec<String>,
    pub last_actions: Vec<ActionView>,
}

/// What `POST /api/alertmanager` did with each alert.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct AlertReport {
    #[ts(type = "Array<number>")]
    pub opened: Vec<i64>,
    #[ts(type = "Array<number>")]
    pub updated: Vec<i64>,
    #[ts(type = "Array<number>")]
    pub closed: Vec<i64>,
    /// Alerts that changed nothing, with why (unknown component, stale, resolved without incident).
    pub ignored: Vec<String>,
}
