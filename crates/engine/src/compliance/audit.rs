//! The seam between compliance and the hash-chained audit log (security's migration 0003).
//!
//! Compliance writes what it does (blocked data operations, retention runs, report exports)
//! through [`AuditSink`] (implemented by `security::AuditLog`) and reads the chain head a report
//! is built on. [`NoAuditLog`] is the stand-in for tests and tools without an audit log: it logs
//! through `tracing` only.

use std::future::Future;
use std::pin::Pin;

use serde::Serialize;

/// One audit entry as compliance describes it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AuditRecord {
    /// Who: an operator name, or `system:<job>` for background jobs.
    pub actor: String,
    /// What, dotted: `data.operation.blocked`, `retention.applied`, `report.exported`.
    pub action: String,
    /// On what: a component, a table, a report file.
    pub target: String,
    pub detail: serde_json::Value,
}

/// The head of the audit chain: how many rows and the hash of the last one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditHead {
    pub rows: u64,
    pub hash: String,
}

/// The result of walking the chain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum AuditVerification {
    /// Every row links to the previous one.
    Intact(AuditHead),
    /// The first row whose hash does not match, and why.
    Broken { row: u64, reason: String },
    /// No audit log in this database yet.
    Absent,
    /// Rows exist but cannot be checked (e.g. the key file is missing).
    Unverifiable { reason: String },
}

pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Where compliance writes its audit records.
pub trait AuditSink: Send + Sync + std::fmt::Debug {
    fn record<'a>(&'a self, rec: AuditRecord) -> BoxFuture<'a, Result<(), String>>;
}

/// Stand-in until the audit log exists: records go to the tracing log only.
#[derive(Debug, Default, Clone, Copy)]
pub struct NoAuditLog;

impl AuditSink for NoAuditLog {
    fn record<'a>(&'a self, rec: AuditRecord) -> BoxFuture<'a, Result<(), String>> {
        Box::pin(async move {
            tracing::info!(actor = %rec.actor, action = %rec.action, target = %rec.target, detail = %rec.detail, "audit (no audit log configured)");
            Ok(())
        })
    }
}

/// Validate a data operation and, when it is blocked, write that to the audit log.
pub async fn validate_and_audit(op: &super::DataOperation, actor: &str, sink: &dyn AuditSink) -> super::Validation {
    let v = super::validate(op);
    if !v.allowed {
        let rec = AuditRecord {
            actor: actor.to_string(),
            action: "data.operation.blocked".into(),
            target: format!("{}:{}", op.data_type.as_str(), op.user_region),
            detail: serde_json::json!({
                "operation": op.operation,
                "data_type": op.data_type,
                "user_region": op.user_region,
                "destination": op.destination,
                "articles": v.articles,
            }),
        };
        if let Err(e) = sink.record(rec).await {
            tracing::error!(error = %e, "cannot audit a blocked data operation");
        }
    }
    v
}

/// Write every finished healing step into the audit log (`heal.<strategy>`, target the
/// component, actor the event's: the operator who asked for a manual heal, else
/// `system:healer`, `system:supervisor` for its respawns, `system:autoscaler`), so the report's change-control evidence can show
/// each automatic action is on the hash chain. Runs until the bus closes. A subscriber that
/// falls behind loses events; that is logged (and shows in the report as unaudited actions).
pub fn spawn_healing_recorder(
    mut rx: tokio::sync::broadcast::Receiver<crate::events::EngineEvent>,
    sink: std::sync::Arc<dyn AuditSink>,
) -> tokio::task::JoinHandle<()> {
    use crate::events::{EngineEvent, StepPhase};
    use tokio::sync::broadcast::error::RecvError;
    tokio::spawn(async move {
        loop {
            match rx.recv().await {
                Ok(EngineEvent::HealingStep {
                    incident_id,
                    action_id,
                    component,
                    strategy,
                    phase,
                    at_ms,
                    duration_ms,
                    detail,
                    actor,
                    ..
                }) if phase != StepPhase::Started => {
                    let rec = AuditRecord {
                        actor: if !actor.is_empty() {
                            actor
                        } else if strategy == "respawn" {
                            "system:supervisor".into()
                        } else {
                            "system:healer".into()
                        },
                        action: format!("heal.{strategy}"),
                        target: component,
                        detail: serde_json::json!({ "action_id": action_id, "incident_id": incident_id, "result": phase, "at_ms": at_ms, "duration_ms": duration_ms, "detail": detail }),
                    };
                    if let Err(e) = sink.record(rec).await {
                        tracing::error!(error = %e, "cannot audit a healing step");
                    }
                }
                Ok(_) => {}
                Err(RecvError::Lagged(n)) => tracing::warn!(
                    missed = n,
                    "the healing audit recorder fell behind; some healing steps are not audited"
                ),
                Err(RecvError::Closed) => return,
            }
        }
    })
}
