//! `notification_deliveries` (migration 0008): the outcome of every notification per channel.

use serde::Serialize;
use sqlx::SqlitePool;
use ts_rs::TS;

use super::{ChannelSettings, Notification};

/// One delivery outcome.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct DeliveryRow {
    pub channel: String,
    pub channel_kind: String,
    pub event: String,
    pub severity: String,
    pub component: String,
    #[ts(type = "number | null")]
    pub incident_id: Option<i64>,
    pub dedup_key: String,
    #[ts(type = "number")]
    pub created_ms: i64,
    #[ts(type = "number")]
    pub finished_ms: i64,
    /// `sent`, `failed` or `dropped`.
    pub status: String,
    pub attempts: u32,
    /// The last error, secrets scrubbed.
    pub error: Option<String>,
}

impl DeliveryRow {
    pub(super) fn new(
        ch: &ChannelSettings,
        n: &Notification,
        key: &str,
        now: i64,
        status: &str,
        attempts: u32,
        error: Option<String>,
    ) -> Self {
        DeliveryRow {
            channel: ch.name.clone(),
            channel_kind: ch.kind.name().into(),
            event: n.event.as_str().into(),
            severity: n.severity.as_str().into(),
            component: n.component.clone(),
            incident_id: n.incident_id,
            dedup_key: key.into(),
            created_ms: n.at_ms,
            finished_ms: now,
            status: status.into(),
            attempts,
            error,
        }
    }
}

#[derive(Debug, Clone)]
pub struct DeliveryStore {
    pool: SqlitePool,
}

type Row = (String, String, String, String, String, Option<i64>, String, i64, i64, String, i64, Option<String>);

impl DeliveryStore {
    pub fn new(pool: SqlitePool) -> Self {
        DeliveryStore { pool }
    }

    /// Record one outcome; a failure to record is logged, never raised (delivery went on).
    pub async fn record(&self, r: &DeliveryRow) {
        let res = sqlx::query(
            "INSERT INTO notification_deliveries (channel, channel_kind, event, severity, component, incident_id, dedup_key, created_ms, finished_ms, status, attempts, error)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(&r.channel)
        .bind(&r.channel_kind)
        .bind(&r.event)
        .bind(&r.severity)
        .bind(&r.component)
        .bind(r.incident_id)
        .bind(&r.dedup_key)
        .bind(r.created_ms)
        .bind(r.finished_ms)
        .bind(&r.status)
        .bind(r.attempts as i64)
        .bind(&r.error)
        .execute(&self.pool)
        .await;
        if let Err(e) = res {
            tracing::error!(error = %e, channel = %r.channel, "cannot record a notification delivery");
        }
    }

    /// The newest deliveries first.
    pub async fn list(&self, limit: i64) -> Result<Vec<DeliveryRow>, sqlx::Error> {
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT channel, channel_kind, event, severity, component, incident_id, dedup_key, created_ms, finished_ms, status, attempts, error
             FROM notification_deliveries ORDER BY id DESC LIMIT ?",
        )
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(from_row).collect())
    }

    /// One channel's deliveries, newest first: `limit` rows after skipping `offset`, and how
    /// many there are in all.
    pub async fn page(&self, channel: &str, limit: i64, offset: i64) -> Result<(Vec<DeliveryRow>, i64), sqlx::Error> {
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT channel, channel_kind, event, severity, component, incident_id, dedup_key, created_ms, finished_ms, status, attempts, error
             FROM notification_deliveries WHERE channel = ? ORDER BY id DESC LIMIT ? OFFSET ?",
        )
        .bind(channel)
        .bind(limit)
        .bind(offset)
        .fetch_all(&self.pool)
        .await?;
        let total: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM notification_deliveries WHERE channel = ?")
            .bind(channel)
            .fetch_one(&self.pool)
            .await?;
        Ok((rows.into_iter().map(from_row).collect(), total))
    }
}

fn from_row(
    (
        channel,
        channel_kind,
        event,
        severity,
        component,
        incident_id,
        dedup_key,
        created_ms,
        finished_ms,
        status,
        attempts,
        error,
    ): Row,
) -> DeliveryRow {
    DeliveryRow {
        channel,
        channel_kind,
        event,
        severity,
        component,
        incident_id,
        dedup_key,
        created_ms,
        finished_ms,
        status,
        attempts: attempts as u32,
        error,
    }
}
