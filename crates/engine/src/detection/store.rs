//! Findings in SQLite (`migrations/0007_findings.sql`). Inserts are queued and written by a
//! spawned task, so `record_outcome` never waits on the database; reads flush the queue first.

use std::sync::{Arc, OnceLock};

use parking_lot::Mutex;
use sqlx::SqlitePool;

use super::{Finding, FindingKind, OnAnomaly, Severity};
use crate::history::HistoryError;

#[derive(Debug, Default, Clone)]
pub struct FindingStore {
    pool: Arc<OnceLock<SqlitePool>>,
    queue: Arc<Mutex<Vec<Finding>>>,
    /// Serialises writers so a reader's flush waits for one in flight.
    writing: Arc<tokio::sync::Mutex<()>>,
}

type Row = (i64, String, String, String, String, i64, f64, Option<f64>, Option<i64>, Option<f64>, String, i64, String);

impl FindingStore {
    pub fn attach(&self, pool: SqlitePool) {
        let _ = self.pool.set(pool);
    }

    pub fn insert(&self, f: &Finding) {
        if self.pool.get().is_none() {
            return;
        }
        self.queue.lock().push(f.clone());
        if tokio::runtime::Handle::try_current().is_ok() {
            let me = self.clone();
            tokio::spawn(async move {
                if let Err(e) = me.flush().await {
                    tracing::error!(error = %e, "cannot store findings");
                }
            });
        }
    }

    /// Write every queued finding.
    pub async fn flush(&self) -> Result<(), HistoryError> {
        let Some(pool) = self.pool.get() else { return Ok(()) };
        let _w = self.writing.lock().await;
        let batch = std::mem::take(&mut *self.queue.lock());
        if batch.is_empty() {
            return Ok(());
        }
        let mut tx = pool.begin().await?;
        for f in &batch {
            sqlx::query(
                "INSERT INTO detection_findings (component, metric, kind, severity, action, ts_ms, value, score, eta_ms, limit_value, message, resolved) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            )
            .bind(&f.component)
            .bind(&f.metric)
            .bind(f.kind.as_str())
            .bind(f.severity.as_str())
            .bind(f.action.as_str())
            .bind(f.at_ms)
            .bind(f.value)
            .bind(f.score)
            .bind(f.eta_ms)
            .bind(f.limit)
            .bind(&f.message)
            .bind(f.resolved as i64)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Findings between `from_ms` and `to_ms` (inclusive), newest first.
    pub async fn list(
        &self,
        from_ms: i64,
        to_ms: i64,
        component: Option<&str>,
        limit: i64,
    ) -> Result<Vec<Finding>, HistoryError> {
        self.flush().await?;
        let Some(pool) = self.pool.get() else { return Ok(Vec::new()) };
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT id, component, metric, kind, severity, ts_ms, value, score, eta_ms, limit_value, action, resolved, message FROM detection_findings \
             WHERE ts_ms >= ? AND ts_ms <= ? AND (? IS NULL OR component = ?) ORDER BY ts_ms DESC, id DESC LIMIT ?",
        )
        .bind(from_ms)
        .bind(to_ms)
        .bind(component)
        .bind(component)
        .bind(limit)
        .fetch_all(pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(
                |(
                    id,
                    component,
                    metric,
                    kind,
                    severity,
                    at_ms,
                    value,
                    score,
                    eta_ms,
                    limit,
                    action,
                    resolved,
                    message,
                )| Finding {
                    id: Some(id),
                    component,
                    metric,
                    kind: FindingKind::parse(&kind).unwrap_or(FindingKind::Anomaly),
                    severity: Severity::parse(&severity).unwrap_or(Severity::Medium),
                    at_ms,
                    value,
                    score,
                    eta_ms,
                    limit,
                    action: if action == "heal" { OnAnomaly::Heal } else { OnAnomaly::Alert },
                    resolved: resolved != 0,
                    message,
                    msg: None,
                },
            )
            .collect())
    }
}
