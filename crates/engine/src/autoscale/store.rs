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
    pub async fn list(
        &self,
        component: Option<&str>,
        from_ms: i64,
        to_ms: i64,
        limit: i64,
    ) -> Result<Vec<ScalingDecision>, sqlx::Error> {
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

/// `autoscale_overrides` (migration 0013): the run-time change in force per component, so it
/// survives a restart.
#[derive(Debug, Clone)]
pub struct OverrideStore {
    pool: SqlitePool,
}

impl OverrideStore {
    pub fn new(pool: SqlitePool) -> Self {
        OverrideStore { pool }
    }

    /// Store `component`'s override (`Some`: the change's JSON) or delete it (`None`).
    pub async fn save(
        &self,
        component: &str,
        change: Option<&str>,
        now_ms: i64,
        actor: &str,
    ) -> Result<(), sqlx::Error> {
        match change {
            Some(json) => {
                sqlx::query(
                    "INSERT INTO autoscale_overrides (component, change, updated_ms, actor) VALUES (?, ?, ?, ?) \
                     ON CONFLICT(component) DO UPDATE SET change = excluded.change, updated_ms = excluded.updated_ms, actor = excluded.actor",
                )
                .bind(component)
                .bind(json)
                .bind(now_ms)
                .bind(actor)
                .execute(&self.pool)
                .await?;
            }
            None => {
                sqlx::query("DELETE FROM autoscale_overrides WHERE component = ?")
                    .bind(component)
                    .execute(&self.pool)
                    .await?;
            }
        }
        Ok(())
    }

    /// Every stored override: (component, change JSON, updated_ms, actor).
    pub async fn load(&self) -> Result<Vec<(String, String, i64, String)>, sqlx::Error> {
        sqlx::query_as("SELECT component, change, updated_ms, actor FROM autoscale_overrides ORDER BY component")
            .fetch_all(&self.pool)
            .await
    }
}
