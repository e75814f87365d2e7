//! Engine events: one serde-tagged enum on one broadcast bus. The HTTP server streams them as
//! SSE and the desktop app forwards them as Tauri events, both from a single place.

use std::collections::BTreeMap;

use serde::Serialize;
use tokio::sync::broadcast;
use ts_rs::TS;

use crate::model::Status;

#[derive(Debug, Clone, Serialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
#[ts(export)]
pub enum EngineEvent {
    /// A check finished.
    Sample {
        component: String,
        #[ts(type = "number")]
        at_ms: i64,
        status: Status,
        latency_ms: f64,
        metrics: BTreeMap<String, f64>,
        /// The check's problems, said in the reader's language (`sayMsg`).
        issues: Vec<crate::heal::timeline::Msg>,
    },
    /// A component's status changed.
    StatusChanged {
        component: String,
        #[ts(type = "number")]
        at_ms: i64,
        from: Status,
        to: Status,
    },
    /// The guard started a supervised child.
    ProcessStarted {
        component: String,
        #[ts(type = "number")]
        at_ms: i64,
        pid: u32,
        instance: u32,
    },
    /// A supervised child exited; `code` or `signal` says how.
    ProcessExited {
        component: String,
        #[ts(type = "number")]
        at_ms: i64,
        pid: u32,
        instance: u32,
        code: Option<i32>,
        signal: Option<i32>,
        #[ts(type = "number")]
        uptime_ms: i64,
        /// Delay before the next start (back-off), if one is scheduled.
        #[ts(type = "number | null")]
        restart_in_ms: Option<i64>,
        /// The guard stopped or restarted the child itself (a restart step, a rolling restart,
        /// scale-down, shutdown); false when it exited on its own and the supervisor will
        /// respawn it (a healing action of its own, recorded and audited by the healer).
        requested: bool,
    },
    /// An incident opened (a check, the supervisor, a memory limit or an alert).
    IncidentOpened {
        #[ts(type = "number")]
        incident_id: i64,
        component: String,
        root_cause: String,
        kind: String,
        reason: String,
        #[ts(type = "number")]
        at_ms: i64,
        /// The same text as a Fluent message, for readers in other languages (notifications
        /// in their channel's language); not part of the streamed JSON.
        #[serde(skip)]
        #[ts(skip)]
        message: Option<crate::heal::timeline::Msg>,
    },
    /// A healing step started or finished.
    HealingStep {
        #[ts(type = "number | null")]
        incident_id: Option<i64>,
        #[ts(type = "number")]
        action_id: i64,
        component: String,
        strategy: String,
        phase: StepPhase,
        #[ts(type = "number")]
        at_ms: i64,
        #[ts(type = "number | null")]
        duration_ms: Option<i64>,
        detail: String,
        /// The same text as a Fluent message, for readers in other languages (notifications
        /// in their channel's language); not part of the streamed JSON.
        #[serde(skip)]
        #[ts(skip)]
        message: Option<crate::heal::timeline::Msg>,
        /// Who the audit log names for it: the operator who asked for a manual heal, else the
        /// `system:*` job that started it (`system:healer`, `system:supervisor`,
        /// `system:autoscaler`); not part of the streamed JSON.
        #[serde(skip)]
        #[ts(skip)]
        actor: String,
    },
    /// Healing gave up for now (ladder exhausted or breaker open): an operator is needed.
    IncidentEscalated {
        #[ts(type = "number")]
        incident_id: i64,
        component: String,
        #[ts(type = "number")]
        at_ms: i64,
        reason: String,
        /// The same text as a Fluent message, for readers in other languages (notifications
        /// in their channel's language); not part of the streamed JSON.
        #[serde(skip)]
        #[ts(skip)]
        message: Option<crate::heal::timeline::Msg>,
    },
    /// Recovery verified (or the alert resolved, or the incident was folded into its root cause).
    IncidentClosed {
        #[ts(type = "number")]
        incident_id: i64,
        component: String,
        #[ts(type = "number")]
        at_ms: i64,
        resolution: String,
        /// The same text as a Fluent message, for readers in other languages (notifications
        /// in their channel's language); not part of the streamed JSON.
        #[serde(skip)]
        #[ts(skip)]
        message: Option<crate::heal::timeline::Msg>,
    },
    /// Someone worked an incident: acknowledged it, assigned it or added a note
    /// (`incident/work.rs`). Windows refetch the incident.
    IncidentWorked {
        #[ts(type = "number")]
        incident_id: i64,
        component: String,
        #[ts(type = "number")]
        at_ms: i64,
        change: crate::incident::work::WorkChange,
        by: String,
    },
    /// Detection found something: a threshold rule, an anomaly or a prediction.
    Finding { finding: crate::detection::Finding },
    /// The auto-scaler decided: scaled up or down, held back, or (dry run) would have.
    Scaling { decision: crate::autoscale::ScalingDecision },
    /// A component added, edited, paused, resumed or deleted at run time (`manage.rs`):
    /// `action` is `add`, `edit`, `pause`, `resume` or `delete`; clients refetch the list.
    ComponentChanged {
        #[ts(type = "number")]
        at_ms: i64,
        component: String,
        action: String,
    },
    /// Operational notice (a child that cannot start, healing that needs an operator):
    /// `message` in English, `msg` the Fluent message that says it in the reader's language.
    Notice {
        #[ts(type = "number")]
        at_ms: i64,
        component: Option<String>,
        message: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[ts(optional)]
        msg: Option<crate::heal::timeline::Msg>,
    },
}

/// Where a healing step is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum StepPhase {
    Started,
    Succeeded,
    Failed,
    Skipped,
}

/// Publish/subscribe for [`EngineEvent`]s. Slow subscribers lose old events, never block.
#[derive(Debug, Clone)]
pub struct EventBus {
    tx: broadcast::Sender<EngineEvent>,
}

impl Default for EventBus {
    fn default() -> Self {
        Self::new(4096)
    }
}

impl EventBus {
    pub fn new(capacity: usize) -> Self {
        EventBus { tx: broadcast::channel(capacity).0 }
    }
    pub fn publish(&self, ev: EngineEvent) {
        let _ = self.tx.send(ev);
    }
    pub fn subscribe(&self) -> broadcast::Receiver<EngineEvent> {
        self.tx.subscribe()
    }
}
