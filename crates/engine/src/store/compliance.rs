//! Compliance records (migration 0004 and later): retention runs, backups, data-subject
//! requests, region activation.

use sqlx::SqlitePool;

/// The retention runs of one data kind in a period.
#[derive(Debug, Clone, PartialEq)]
pub struct RetentionByKind {
    pub data_kind: String,
    pub last_run_ms: i64,
    /// Rows removed or anonymised in the period.
    pub rows: u64,
    pub action: String,
    /// The period in force at the last run (its time minus its cutoff).
    pub period_ms: i64,
}

/// Retention runs in `[from_ms, to_ms)`, one entry per data kind.
pub async fn retention_by_kind_in(
    pool: &SqlitePool,
    from_ms: i64,
    to_ms: i64,
) -> Result<Vec<RetentionByKind>, sqlx::Error> {
    let rows: Vec<(String, i64, i64, String, i64)> = sqlx::query_as(
        "SELECT data_kind, MAX(ts_ms), SUM(rows), MAX(action), MAX(ts_ms - cutoff_ms) FROM retention_runs WHERE ts_ms >= ? AND ts_ms < ? GROUP BY data_kind",
    )
    .bind(from_ms)
    .bind(to_ms)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(data_kind, last_run_ms, rows, action, period_ms)| RetentionByKind {
            data_kind,
            last_run_ms,
            rows: rows.max(0) as u64,
            action,
            period_ms,
        })
        .collect())
}

/// The time of the last retention run before `to_ms`.
pub async fn last_retention_run_before(pool: &SqlitePool, to_ms: i64) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT MAX(ts_ms) FROM retention_runs WHERE ts_ms < ?").bind(to_ms).fetch_one(pool).await
}

/// One backup, as recorded (`path` may be relative to the database's directory).
#[derive(Debug, Clone, PartialEq)]
pub struct BackupRow {
    pub ts_ms: i64,
    pub bytes: i64,
    pub path: String,
    pub sha256: String,
}

/// The newest backup recorded before `to_ms`.
pub async fn newest_backup_before(pool: &SqlitePool, to_ms: i64) -> Result<Option<BackupRow>, sqlx::Error> {
    let row: Option<(i64, i64, String, String)> = sqlx::query_as(
        "SELECT ts_ms, bytes, path, sha256 FROM backups WHERE ts_ms < ? ORDER BY ts_ms DESC, id DESC LIMIT 1",
    )
    .bind(to_ms)
    .fetch_optional(pool)
    .await?;
    Ok(row.map(|(ts_ms, bytes, path, sha256)| BackupRow { ts_ms, bytes, path, sha256 }))
}

/// Backups taken in `[from_ms, to_ms)`.
pub async fn backups_in(pool: &SqlitePool, from_ms: i64, to_ms: i64) -> Result<u64, sqlx::Error> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM backups WHERE ts_ms >= ? AND ts_ms < ?")
        .bind(from_ms)
        .bind(to_ms)
        .fetch_one(pool)
        .await?;
    Ok(n.max(0) as u64)
}

/// Data-subject requests received in a period and how many were carried out.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SubjectRequests {
    pub received: u64,
    pub done: u64,
    /// Erasure requests carried out.
    pub erasures_done: u64,
}

/// Data-subject requests in `[from_ms, to_ms)`.
pub async fn subject_requests_in(pool: &SqlitePool, from_ms: i64, to_ms: i64) -> Result<SubjectRequests, sqlx::Error> {
    let (received, done, erasures_done): (i64, i64, i64) = sqlx::query_as(
        "SELECT COUNT(*), COALESCE(SUM(outcome = 'done'), 0), COALESCE(SUM(kind = 'erasure' AND outcome = 'done'), 0)
         FROM data_subject_requests WHERE ts_ms >= ? AND ts_ms < ?",
    )
    .bind(from_ms)
    .bind(to_ms)
    .fetch_one(pool)
    .await?;
    Ok(SubjectRequests {
        received: received.max(0) as u64,
        done: done.max(0) as u64,
        erasures_done: erasures_done.max(0) as u64,
    })
}

/// Regions an operator activated or deactivated (`region_state`): (region id, active).
pub async fn region_states(pool: &SqlitePool) -> Result<Vec<(String, bool)>, sqlx::Error> {
    sqlx::query_as("SELECT region, active FROM region_state").fetch_all(pool).await
}
