//! The healer's incidents and healing actions (migrations 0002, 0011, 0012) over a period.

use std::collections::HashMap;

use sqlx::SqlitePool;

use crate::heal::timeline::Msg;

/// One incident row, as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct IncidentRow {
    pub id: i64,
    pub component: String,
    pub root_cause: String,
    pub kind: String,
    /// The reason in English, as stored.
    pub reason: String,
    pub escalated: bool,
    /// Other components the incident affects.
    pub affected: Vec<String>,
    pub onset_ms: i64,
    pub detected_ms: i64,
    pub resolved_ms: Option<i64>,
    /// The reason as a Fluent message (migration 0011), when it has one.
    pub reason_message: Option<Msg>,
}

/// Incidents detected in `[from_ms, to_ms)`, merged ones left out (they are folded into their
/// root cause's incident), by detection time.
pub async fn incidents_detected_in(
    pool: &SqlitePool,
    from_ms: i64,
    to_ms: i64,
) -> Result<Vec<IncidentRow>, sqlx::Error> {
    type Row =
        (i64, String, String, String, String, i64, String, i64, i64, Option<i64>, Option<String>, Option<String>);
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT id, component, root_cause, kind, reason, escalated, affected, onset_ms, detected_ms, resolved_ms, reason_id, reason_args FROM incidents
         WHERE detected_ms >= ? AND detected_ms < ? AND status != 'merged' ORDER BY detected_ms, id",
    )
    .bind(from_ms)
    .bind(to_ms)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(
            |(
                id,
                component,
                root_cause,
                kind,
                reason,
                escalated,
                affected,
                onset_ms,
                detected_ms,
                resolved_ms,
                reason_id,
                reason_args,
            )| IncidentRow {
                id,
                component,
                root_cause,
                kind,
                reason,
                escalated: escalated != 0,
                affected: serde_json::from_str(&affected).unwrap_or_default(),
                onset_ms,
                detected_ms,
                resolved_ms,
                reason_message: Msg::from_columns(reason_id, reason_args),
            },
        )
        .collect())
}

/// Healing actions per incident, for the incidents detected in `[from_ms, to_ms)`.
pub async fn action_counts_of_incidents_detected_in(
    pool: &SqlitePool,
    from_ms: i64,
    to_ms: i64,
) -> Result<HashMap<i64, u32>, sqlx::Error> {
    let counts: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT incident_id, COUNT(*) FROM healing_actions WHERE incident_id IN (SELECT id FROM incidents WHERE detected_ms >= ? AND detected_ms < ?) GROUP BY incident_id",
    )
    .bind(from_ms)
    .bind(to_ms)
    .fetch_all(pool)
    .await?;
    Ok(counts.into_iter().map(|(id, n)| (id, n.max(0) as u32)).collect())
}

/// One healing action row, as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct ActionRow {
    pub id: i64,
    pub component: String,
    pub incident_id: Option<i64>,
    pub strategy: String,
    pub trigger: String,
    pub started_ms: i64,
    pub finished_ms: Option<i64>,
    pub result: String,
    /// The detail in English, as stored.
    pub detail: String,
    /// The detail as a Fluent message (migration 0012), when it has one.
    pub detail_message: Option<Msg>,
}

/// The columns of one `healing_actions` row, in [`ACTION_COLUMNS`] order (the one reading of
/// the row, for the report and for the healer's action lists).
#[derive(Debug, Clone, sqlx::FromRow)]
pub(crate) struct ActionColumns {
    pub id: i64,
    pub component: String,
    pub incident_id: Option<i64>,
    pub strategy: String,
    pub trigger: String,
    pub started_ms: i64,
    pub finished_ms: Option<i64>,
    pub result: String,
    pub detail: String,
    pub detail_id: Option<String>,
    pub detail_args: Option<String>,
}

/// The `SELECT` list of [`ActionColumns`] (migration 0012's message columns included).
pub(crate) const ACTION_COLUMNS: &str =
    "id, component, incident_id, strategy, trigger, started_ms, finished_ms, result, detail, detail_id, detail_args";

impl From<ActionColumns> for ActionRow {
    fn from(c: ActionColumns) -> Self {
        ActionRow {
            id: c.id,
            component: c.component,
            incident_id: c.incident_id,
            strategy: c.strategy,
            trigger: c.trigger,
            started_ms: c.started_ms,
            finished_ms: c.finished_ms,
            result: c.result,
            detail: c.detail,
            detail_message: Msg::from_columns(c.detail_id, c.detail_args),
        }
    }
}

/// Every healing action started in `[from_ms, to_ms)`, supervisor respawns included.
pub async fn actions_started_in(pool: &SqlitePool, from_ms: i64, to_ms: i64) -> Result<Vec<ActionRow>, sqlx::Error> {
    // A database from before migration 0012 has no message columns.
    let messages: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM pragma_table_info('healing_actions') WHERE name = 'detail_id'")
            .fetch_one(pool)
            .await?;
    let columns = if messages > 0 {
        ACTION_COLUMNS.to_string()
    } else {
        ACTION_COLUMNS.replace("detail_id, detail_args", "NULL AS detail_id, NULL AS detail_args")
    };
    let rows: Vec<ActionColumns> = sqlx::query_as(&format!(
        "SELECT {columns} FROM healing_actions WHERE started_ms >= ? AND started_ms < ? ORDER BY started_ms, id"
    ))
    .bind(from_ms)
    .bind(to_ms)
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(ActionRow::from).collect())
}
