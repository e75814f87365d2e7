//! `autoscale_decisions` (migration 0010): every scaling decision, kept across restarts.

use sqlx::{Row, SqlitePool};

use super::{ScalingDecision, ScalingDirection, ScalingResult};

#[derive(Debug, Clone)]
pub struct DecisionStore {
    pool: SqlitePool,
}

fn direction(s: &str) -> ScalingDirection {
    match s {
        "up" => ScalingDirection::Up,
        "down" => ScalingDirection::Down,
        _ => ScalingDirection::Hold,
    }
}

fn result(s: &str) -> ScalingResult {
    match s {
        "succeeded" => ScalingResult::Succeeded,
        "failed" => ScalingResult::Failed,
        "dry_run" => ScalingResult::DryRun,
        _ => ScalingResult::Held,
    }
}

impl DecisionStore {
    pub fn new(pool: SqlitePool) -> Self {
        DecisionStore { pool }
    }

    /// Insert one decision; its row id.
    pub async fn insert(&self, d: &ScalingDecision) -> Result<i64, sqlx::Error> {
        let json = |v: &Option<serde_json::Value>| v.as_ref().map(|x| x.to_string());
        let reason = d.reason.as_ref().map(|r| serde_json::to_value(r).unwrap_or_default());
        let hold = d.hold.as_ref().map(|h| serde_json::to_value(h).unwrap_or_default());
        let r = sqlx::query(
            "INSERT INTO autoscale_decisions (component, at_ms, direction, from_instances, to_instances, reached, result, dry_run, reason, hold, action_ids, message) \
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(&d.component)
        .bind(d.at_ms)
        .bind(d.direction.as_str())
        .bind(d.from as i64)
        .bind(d.to as i64)
        .bind(d.reached as i64)
        .bind(d.result.as_str())
        .bind(d.dry_run)
        .bind(json(&reason))
        .bind(json(&hold))
        .bind(serde_json::to_string(&d.action_ids).unwrap_or_else(|_| "[]".into()))
        .bind(&d.message)
        .execute(&self.pool)
        .await?;
        Ok(r.last_insert_rowid())
    }

    /// Decisions in `[from_ms, to_ms)`, newest first, at most `limit`.
    pub async fn list(&self, component: Option<&str>, from_ms: i64, to_ms: i64, limit: i64) -> Result<Vec<ScalingDecision>, sqlx::Error> {
        let rows = sqlx::query(
            "SELECT id, component, at_ms, direction, from_instances, to_instances, reached, result, dry_run, reason, hold, action_ids, message \
             FROM autoscale_decisions WHERE (?1 IS NULL OR component = ?1) AND at_ms >= ?2 AND at_ms < ?3 ORDER BY at_ms DESC, id DESC LIMIT ?4",
        )
        .bind(component)
        .bind(from_ms)
        .bind(to_ms)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|r| {
                let reason: Option<String> = r.get("reason");
                let hold: Option<String> = r.get("hold");
                let ids: String = r.get("action_ids");
                ScalingDecision {
                    id: r.get::<i64, _>("id") as u64,
                    component: r.get("component"),
                    at_ms: r.get("at_ms"),
                    direction: direction(r.get::<String, _>("direction").as_str()),
                    from: r.get::<i64, _>("from_instances") as u32,
                    to: r.get::<i64, _>("to_instances") as u32,
                    reached: r.get::<i64, _>("reached") as u32,
                    reason: reason.and_then(|s| serde_json::from_str(&s).ok()),
                    hold: hold.and_then(|s| serde_json::from_str(&s).ok()),
                    result: result(r.get::<String, _>("result").as_str()),
                    dry_run: r.get::<bool, _>("dry_run"),
                    action_ids: serde_json::from_str(&ids).unwrap_or_default(),
                    message: r.get("message"),
                }
            })
            .collect())
    }
}
