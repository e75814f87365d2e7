//! The status history and the supervisor's process events (migration 0001) over a period.

use sqlx::SqlitePool;

/// One status change, as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct StatusChangeRow {
    pub id: i64,
    pub component: String,
    pub ts_ms: i64,
    pub from_status: String,
    pub to_status: String,
    /// The check's issues at the change, as messages (an old row's English text as
    /// `check-issue-legacy`: [`crate::check::issues_from_json`]).
    pub issues: Vec<crate::check::Msg>,
}

/// Status changes in `[from_ms, to_ms)`, by component, then time.
pub async fn status_changes_in(
    pool: &SqlitePool,
    from_ms: i64,
    to_ms: i64,
) -> Result<Vec<StatusChangeRow>, sqlx::Error> {
    let rows: Vec<(i64, String, i64, String, String, String)> = sqlx::query_as(
        "SELECT id, component, ts_ms, from_status, to_status, issues FROM status_changes WHERE ts_ms >= ? AND ts_ms < ? ORDER BY component, ts_ms, id",
    )
    .bind(from_ms)
    .bind(to_ms)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, component, ts_ms, from_status, to_status, issues)| StatusChangeRow {
            id,
            component,
            ts_ms,
            from_status,
            to_status,
            issues: crate::check::issues_from_json(&issues),
        })
        .collect())
}

/// One supervisor event (`started`, `exited`, …), as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct ProcessEventRow {
    pub id: i64,
    pub component: String,
    pub instance: i64,
    pub ts_ms: i64,
    pub kind: String,
    pub pid: i64,
    pub exit_code: Option<i64>,
    pub signal: Option<i64>,
}

/// Process events in `[from_ms, to_ms)`, by time.
pub async fn process_events_in(
    pool: &SqlitePool,
    from_ms: i64,
    to_ms: i64,
) -> Result<Vec<ProcessEventRow>, sqlx::Error> {
    let rows: Vec<(i64, String, i64, i64, String, i64, Option<i64>, Option<i64>)> = sqlx::query_as(
        "SELECT id, component, instance, ts_ms, kind, pid, exit_code, signal FROM process_events WHERE ts_ms >= ? AND ts_ms < ? ORDER BY ts_ms, id",
    )
    .bind(from_ms)
    .bind(to_ms)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, component, instance, ts_ms, kind, pid, exit_code, signal)| ProcessEventRow {
            id,
            component,
            instance,
            ts_ms,
            kind,
            pid,
            exit_code,
            signal,
        })
        .collect())
}
