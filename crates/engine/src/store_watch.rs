//! The guard's own incident while its history is not written (issue 21).
//!
//! [`crate::history::StoreHealth`] says whether commits succeed and whether the database file
//! is still the one the guard opened. When a problem starts, this task opens an incident of
//! the guard itself (component [`GUARD_COMPONENT`], kind `history`, reason
//! `incident-history-not-written` of `locales/<lang>/history-health.ftl`) and publishes
//! `IncidentOpened`; when writes resume it stores the incident — opened at the moment the
//! problem started, closed now, with how many samples were dropped meanwhile — and publishes
//! `IncidentClosed`. While the database refuses writes the incident lives in memory only (it
//! cannot be stored), and [`open_incident_view`] puts it into incident listings.

use std::sync::Arc;
use std::time::Duration;

use crate::events::EngineEvent;
use crate::heal::timeline::Msg;
use crate::heal::views::{IncidentEventView, IncidentView};
use crate::history::{StoreHealth, StoreProblem};
use crate::incident::NewIncident;

/// The component name the guard's own incidents carry.
pub const GUARD_COMPONENT: &str = "pipeline-guard";

/// The open incident, in memory until it can be stored.
#[derive(Debug, Clone)]
pub struct StoreIncident {
    pub detected_ms: i64,
    pub reason: Msg,
    /// Points dropped before the incident opened (so the closing note counts this episode).
    pub dropped_before: u64,
}

/// The Fluent message naming the problem (`history-health.ftl`).
pub fn problem_msg(p: &StoreProblem, path: &std::path::Path) -> Msg {
    let path = path.display().to_string();
    match p {
        StoreProblem::WriteFailed { error } => Msg::new("history-problem-write-failed").text("error", error),
        StoreProblem::ReadOnly => Msg::new("history-problem-read-only").text("path", path),
        StoreProblem::Deleted => Msg::new("history-problem-deleted").text("path", path),
        StoreProblem::Replaced => Msg::new("history-problem-replaced").text("path", path),
    }
}

/// What the watch works with; built by the guard.
#[derive(Debug, Clone)]
pub struct StoreWatch {
    pub history: crate::history::MetricsCollector,
    pub bus: crate::events::EventBus,
    pub healing: Arc<crate::heal::Healing>,
    pub life: crate::live::Lifecycle,
    /// The open incident, shared with the guard's incident listings ([`open_incident_view`]).
    pub store_incident: Arc<parking_lot::Mutex<Option<StoreIncident>>>,
}

pub(crate) async fn run(inner: StoreWatch) {
    let mut rx = inner.history.subscribe_health();
    // Also on a timer: storing the incident after the database came back may itself fail once.
    let mut tick = tokio::time::interval(Duration::from_secs(2));
    loop {
        tokio::select! {
            r = rx.changed() => if r.is_err() { return },
            _ = tick.tick() => {}
            _ = inner.life.notified() => return,
        }
        let h = rx.borrow_and_update().clone();
        step(&inner, &h).await;
    }
}

async fn step(inner: &StoreWatch, h: &StoreHealth) {
    let open = inner.store_incident.lock().clone();
    match (&h.problem, open) {
        (Some(p), None) => {
            let at = h.since_ms.unwrap_or_else(crate::clock::unix_ms);
            let reason = Msg::new("incident-history-not-written").msg("problem", problem_msg(p, inner.history.path()));
            let english = reason.english();
            tracing::error!(reason = %english, "incident opened");
            *inner.store_incident.lock() =
                Some(StoreIncident { detected_ms: at, reason: reason.clone(), dropped_before: h.dropped_points });
            inner.bus.publish(EngineEvent::IncidentOpened {
                incident_id: 0,
                component: GUARD_COMPONENT.into(),
                root_cause: GUARD_COMPONENT.into(),
                kind: "history".into(),
                reason: english,
                at_ms: at,
                message: Some(reason),
            });
        }
        // Deleted or replaced while writes were already failing: say the worse news.
        (Some(p), Some(si))
            if p.is_final()
                && !si.reason.args_json().contains(&format!(
                    "history-problem-{}",
                    if *p == StoreProblem::Deleted { "deleted" } else { "replaced" }
                )) =>
        {
            let reason = Msg::new("incident-history-not-written").msg("problem", problem_msg(p, inner.history.path()));
            if let Some(open) = inner.store_incident.lock().as_mut() {
                open.reason = reason;
            }
        }
        (None, Some(si)) => {
            let now = crate::clock::unix_ms();
            let dropped = inner.history.health().dropped_points.saturating_sub(si.dropped_before);
            let closing = Msg::new("incident-history-resumed").num("dropped", dropped as f64);
            let store = &inner.healing.store;
            let stored = async {
                let id = store
                    .open(&NewIncident {
                        component: GUARD_COMPONENT,
                        root_cause: GUARD_COMPONENT,
                        kind: "history",
                        source: "guard",
                        reason: &si.reason,
                        onset_ms: si.detected_ms,
                        detected_ms: si.detected_ms,
                        fingerprint: None,
                    })
                    .await?;
                store.resolve(id, now, &closing).await?;
                Ok::<i64, crate::history::HistoryError>(id)
            }
            .await;
            match stored {
                Ok(id) => {
                    *inner.store_incident.lock() = None;
                    tracing::warn!(incident = id, dropped, "history is written again; incident closed");
                    inner.bus.publish(EngineEvent::IncidentClosed {
                        incident_id: id,
                        component: GUARD_COMPONENT.into(),
                        at_ms: now,
                        resolution: closing.english(),
                        message: Some(closing),
                    });
                }
                Err(e) => tracing::warn!(error = %e, "cannot store the history incident yet; retrying"),
            }
        }
        _ => {}
    }
}

/// The open incident as listings show it (id 0: not stored yet), when it falls in
/// `[from_ms, to_ms)` and matches `component`.
pub fn open_incident_view(
    open: &parking_lot::Mutex<Option<StoreIncident>>,
    from_ms: i64,
    to_ms: i64,
    component: Option<&str>,
) -> Option<IncidentView> {
    let si = open.lock().clone()?;
    if si.detected_ms < from_ms || si.detected_ms >= to_ms || component.is_some_and(|c| c != GUARD_COMPONENT) {
        return None;
    }
    let english = si.reason.english();
    Some(IncidentView {
        id: 0,
        component: GUARD_COMPONENT.into(),
        root_cause: GUARD_COMPONENT.into(),
        kind: "history".into(),
        source: "guard".into(),
        reason: english.clone(),
        reason_id: Some(si.reason.id.clone()),
        reason_message: Some(si.reason.clone()),
        status: "open".into(),
        escalated: false,
        affected: Vec::new(),
        onset_ms: si.detected_ms,
        detected_ms: si.detected_ms,
        resolved_ms: None,
        merged_into: None,
        fingerprint: None,
        acknowledged: None,
        assignment: None,
        notes: Vec::new(),
        timeline: vec![IncidentEventView {
            at_ms: si.detected_ms,
            kind: "detected".into(),
            action_id: None,
            strategy: None,
            result: None,
            duration_ms: None,
            detail: english,
            message_id: Some(si.reason.id.clone()),
            message: Some(si.reason),
        }],
    })
}
