//! Retention per data kind, enforced by a background job that deletes or anonymises what is
//! past its period and records what it did (`retention_runs`, migration 0004) and in the audit
//! log.
//!
//! | kind | table(s) | default period | action |
//! | --- | --- | --- | --- |
//! | `samples` | samples | `monitoring.metrics_retention` | deleted |
//! | `rollups` | rollups_1m, rollup_chunks | `monitoring.rollup_retention` | deleted |
//! | `events` | status_changes, process_events, downtime (closed) | `compliance.data_retention` | deleted |
//! | `incidents` | incidents (migration 0002, when present) | `compliance.data_retention` | deleted |
//! | `healing_actions` | healing actions (migration 0002, when present) | `compliance.data_retention` | deleted |
//! | `autoscale_decisions` | autoscale_decisions (migration 0010, when present) | `compliance.data_retention` (like the healing actions its decisions name) | deleted |
//! | `data_subject_requests` | data_subject_requests | `compliance.data_retention` | anonymised (subject replaced) |
//! | `audit` | audit log (migration 0003) | max(`data_retention`, 7y) | kept: the hash chain is pruned only by the audit log itself |
//!
//! `compliance.retention: { kind: period }` overrides any period.

use std::time::Duration;

use serde::Serialize;
use sqlx::SqlitePool;

use crate::config::Config;

use super::audit::{AuditRecord, AuditSink};

/// The data kinds retention knows, in the order the job handles them.
pub const KINDS: &[&str] = &[
    "samples",
    "rollups",
    "events",
    "incidents",
    "healing_actions",
    "autoscale_decisions",
    "data_subject_requests",
    "audit",
];

const SEVEN_YEARS: Duration = Duration::from_secs(7 * 365 * 86_400);

/// Retention period of each data kind.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RetentionPolicy {
    pub periods: Vec<(String, Duration)>,
}

impl RetentionPolicy {
    pub fn from_config(cfg: &Config) -> Self {
        let m = &cfg.pipeline.monitoring;
        let c = &cfg.pipeline.compliance;
        let default = |k: &str| match k {
            "samples" => m.metrics_retention,
            "rollups" => m.rollup_retention,
            "audit" => c.data_retention.max(SEVEN_YEARS),
            _ => c.data_retention,
        };
        RetentionPolicy {
            periods: KINDS
                .iter()
                .map(|k| (k.to_string(), c.retention.get(*k).copied().unwrap_or_else(|| default(k))))
                .collect(),
        }
    }

    pub fn period(&self, kind: &str) -> Option<Duration> {
        self.periods.iter().find(|(k, _)| k == kind).map(|(_, d)| *d)
    }
}

/// What one run did to one data kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RetentionOutcome {
    pub kind: String,
    /// `deleted`, `anonymised`, `kept` (audit) or `absent` (the table does not exist yet).
    pub action: &'static str,
    pub cutoff_ms: i64,
    pub rows: u64,
}

async fn table_exists(pool: &SqlitePool, table: &str) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?")
        .bind(table)
        .fetch_one(pool)
        .await?;
    Ok(n > 0)
}

/// The first of `candidates` that is a column of `table`.
async fn time_column(pool: &SqlitePool, table: &str, candidates: &[&str]) -> Result<Option<String>, sqlx::Error> {
    let cols: Vec<String> =
        sqlx::query_scalar("SELECT name FROM pragma_table_info(?)").bind(table).fetch_all(pool).await?;
    Ok(candidates.iter().find(|c| cols.iter().any(|x| x == *c)).map(|c| c.to_string()))
}

/// Delete rows with `col < cutoff` in chunks so writers are never blocked for long.
async fn delete_before(pool: &SqlitePool, table: &str, col: &str, cutoff: i64) -> Result<u64, sqlx::Error> {
    let sql = format!("DELETE FROM {table} WHERE rowid IN (SELECT rowid FROM {table} WHERE {col} < ? LIMIT 20000)");
    let mut total = 0;
    loop {
        let n = sqlx::query(&sql).bind(cutoff).execute(pool).await?.rows_affected();
        total += n;
        if n < 20000 {
            return Ok(total);
        }
    }
}

/// Tables of the incidents/healing migration (0002) and the time column that ages them.
const INCIDENT_TABLES: &[&str] = &["incidents"];
const HEALING_TABLES: &[&str] = &["healing_actions", "actions"];
const TIME_COLUMNS: &[&str] =
    &["ended_ms", "resolved_ms", "finished_ms", "started_ms", "opened_ms", "created_ms", "ts_ms"];

/// Delete raw-sample chunks (migration 0006) whose newest point is older than `cutoff`;
/// returns the number of points deleted.
async fn delete_sample_chunks_before(pool: &SqlitePool, cutoff: i64) -> Result<u64, sqlx::Error> {
    // IMMEDIATE: a deferred transaction that reads, then writes, fails with SQLITE_BUSY_SNAPSHOT
    // (517, which the busy timeout does not wait out) whenever the history writer commits
    // between the two statements, as it does every second.
    let mut conn = pool.acquire().await?;
    let mut tx = sqlx::Connection::begin_with(&mut *conn, "BEGIN IMMEDIATE").await?;
    let points: Option<i64> = sqlx::query_scalar("SELECT SUM(n) FROM sample_chunks WHERE end_ms < ?")
        .bind(cutoff)
        .fetch_one(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM sample_chunks WHERE end_ms < ?").bind(cutoff).execute(&mut *tx).await?;
    tx.commit().await?;
    Ok(points.unwrap_or(0) as u64)
}

/// Delete 1-minute rollups older than `cutoff_min`: rows of `rollups_1m` (before migration
/// 0020) and whole rollup chunks whose newest minute is older; returns the minutes deleted.
async fn delete_rollups_before(pool: &SqlitePool, cutoff_min: i64) -> Result<u64, sqlx::Error> {
    let mut conn = pool.acquire().await?;
    let mut tx = sqlx::Connection::begin_with(&mut *conn, "BEGIN IMMEDIATE").await?;
    // WITHOUT ROWID table: one statement (one row per series-minute).
    let rows = sqlx::query("DELETE FROM rollups_1m WHERE minute < ?")
        .bind(cutoff_min)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    let minutes: Option<i64> = sqlx::query_scalar("SELECT SUM(n) FROM rollup_chunks WHERE end_min < ?")
        .bind(cutoff_min)
        .fetch_one(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM rollup_chunks WHERE end_min < ?").bind(cutoff_min).execute(&mut *tx).await?;
    tx.commit().await?;
    Ok(rows + minutes.unwrap_or(0) as u64)
}

/// Apply the policy once at `now_ms`: delete or anonymise, record each kind in
/// `retention_runs`, and write one audit record for the run.
pub async fn apply(
    pool: &SqlitePool,
    policy: &RetentionPolicy,
    now_ms: i64,
    audit: &dyn AuditSink,
) -> Result<Vec<RetentionOutcome>, sqlx::Error> {
    let mut out = Vec::new();
    for (kind, period) in &policy.periods {
        let cutoff = now_ms - period.as_millis().min(i64::MAX as u128) as i64;
        let (action, rows) = match kind.as_str() {
            "samples" => (
                "deleted",
                delete_sample_chunks_before(pool, cutoff).await?
                    + delete_before(pool, "samples", "ts_ms", cutoff).await?,
            ),
            // WITHOUT ROWID table: one statement (rollups are small: one row per series-minute).
            "rollups" => ("deleted", delete_rollups_before(pool, cutoff.div_euclid(60_000)).await?),
            "events" => (
                "deleted",
                delete_before(pool, "status_changes", "ts_ms", cutoff).await?
                    + delete_before(pool, "process_events", "ts_ms", cutoff).await?
                    + delete_before(pool, "downtime", "end_ms", cutoff).await?,
            ),
            "incidents" | "healing_actions" => {
                let tables = if kind == "incidents" { INCIDENT_TABLES } else { HEALING_TABLES };
                let mut found = None;
                for t in tables {
                    if table_exists(pool, t).await?
                        && let Some(col) = time_column(pool, t, TIME_COLUMNS).await?
                    {
                        found = Some((*t, col));
                        break;
                    }
                }
                match found {
                    Some((t, col)) => ("deleted", delete_before(pool, t, &col, cutoff).await?),
                    None => ("absent", 0),
                }
            }
            // Every decision of the auto-scaler (migration 0010), by the time it was taken.
            "autoscale_decisions" => match table_exists(pool, "autoscale_decisions").await? {
                true => ("deleted", delete_before(pool, "autoscale_decisions", "at_ms", cutoff).await?),
                false => ("absent", 0),
            },
            "data_subject_requests" => {
                let n = sqlx::query(
                    "UPDATE data_subject_requests SET subject = 'anonymised-' || id, detail = '' WHERE ts_ms < ? AND subject NOT LIKE 'anonymised-%'",
                )
                .bind(cutoff)
                .execute(pool)
                .await?
                .rows_affected();
                ("anonymised", n)
            }
            // The audit chain is append-only; pruning it is the audit log's own business.
            "audit" => ("kept", 0),
            _ => continue,
        };
        sqlx::query("INSERT INTO retention_runs (ts_ms, data_kind, action, cutoff_ms, rows) VALUES (?, ?, ?, ?, ?)")
            .bind(now_ms)
            .bind(kind)
            .bind(action)
            .bind(cutoff)
            .bind(rows as i64)
            .execute(pool)
            .await?;
        out.push(RetentionOutcome { kind: kind.clone(), action, cutoff_ms: cutoff, rows });
    }
    let rec = AuditRecord {
        actor: "system:retention".into(),
        action: "retention.applied".into(),
        target: "database".into(),
        detail: serde_json::to_value(&out).unwrap_or_default(),
    };
    if let Err(e) = audit.record(rec).await {
        tracing::error!(error = %e, "cannot audit the retention run");
    }
    Ok(out)
}

/// Run [`apply`] every `every` until the pool closes.
pub fn spawn_job(
    pool: SqlitePool,
    policy: RetentionPolicy,
    every: Duration,
    audit: std::sync::Arc<dyn AuditSink>,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            if pool.is_closed() {
                return;
            }
            match apply(&pool, &policy, crate::clock::unix_ms(), audit.as_ref()).await {
                Ok(out) => {
                    let rows: u64 = out.iter().map(|o| o.rows).sum();
                    if rows > 0 {
                        tracing::info!(rows, "retention applied");
                    }
                }
                Err(e) if pool.is_closed() => {
                    tracing::debug!(error = %e, "retention stopped: database closed");
                    return;
                }
                Err(e) => tracing::warn!(error = %e, "retention run failed; will retry"),
            }
            tokio::time::sleep(every).await;
        }
    })
}
