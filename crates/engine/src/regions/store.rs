//! Region activation kept across restarts: `region_state` (migration 0004) holds each region an
//! operator activated or deactivated; regions never touched default to "active when a component
//! lives there" (all six when no component names one). Changes are audited.

use sqlx::SqlitePool;

use super::{MultiRegionManager, RegionError};
use crate::compliance::{AuditRecord, AuditSink, Standard};
use crate::model::Region;

/// Why a persisted change failed.
#[derive(Debug, thiserror::Error)]
pub enum RegionStoreError {
    #[error(transparent)]
    Region(#[from] RegionError),
    #[error("cannot store the region state: {0}")]
    Db(#[from] sqlx::Error),
}

impl MultiRegionManager {
    /// The active regions as the database remembers them; regions without a stored state are
    /// active when they are in `defaults` (or when `defaults` is empty).
    pub async fn load(
        pool: &SqlitePool,
        standards: Vec<Standard>,
        defaults: &[Region],
    ) -> Result<MultiRegionManager, sqlx::Error> {
        let m = MultiRegionManager::new(standards);
        for r in Region::ALL {
            if defaults.is_empty() || defaults.contains(&r) {
                m.activate_region(r);
            }
        }
        let rows: Vec<(String, bool)> =
            sqlx::query_as("SELECT region, active FROM region_state").fetch_all(pool).await?;
        for (name, active) in rows {
            let Some(r) = Region::parse(&name) else { continue };
            if active {
                m.activate_region(r);
            } else {
                m.active.write().remove(&r);
            }
        }
        if m.active_regions().is_empty() {
            // Something must hold the data: a database that deactivated everything (by hand)
            // falls back to the defaults.
            for r in Region::ALL.into_iter().filter(|r| defaults.is_empty() || defaults.contains(r)) {
                m.activate_region(r);
            }
        }
        Ok(m)
    }

    /// `activate_region` / `deactivate_region`, stored so the choice survives a restart, and
    /// audited. Returns whether the state changed.
    pub async fn set_active(
        &self,
        pool: &SqlitePool,
        region: Region,
        active: bool,
        now_ms: i64,
        actor: &str,
        audit: &dyn AuditSink,
    ) -> Result<bool, RegionStoreError> {
        let changed = if active { self.activate_region(region) } else { self.deactivate_region(region)? };
        sqlx::query("INSERT INTO region_state (region, active, changed_ms) VALUES (?, ?, ?) ON CONFLICT (region) DO UPDATE SET active = excluded.active, changed_ms = excluded.changed_ms")
            .bind(region.as_str())
            .bind(active)
            .bind(now_ms)
            .execute(pool)
            .await?;
        if changed {
            let rec = AuditRecord {
                actor: actor.to_string(),
                action: if active { "region.activate".into() } else { "region.deactivate".into() },
                target: region.as_str().to_string(),
                detail: serde_json::json!({ "active_regions": self.active_regions() }),
            };
            if let Err(e) = audit.record(rec).await {
                tracing::error!(error = %e, "cannot audit a region change");
            }
        }
        Ok(changed)
    }
}
