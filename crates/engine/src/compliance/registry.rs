//! Which component lives in which region, with which SLA and data categories, kept in the
//! database (`component_registry`, migration 0004) so a report built from `--db` alone knows.

use sqlx::SqlitePool;

use crate::config::ComponentSpec;
use crate::model::Region;
use crate::regions::DataCategory;

/// One registered component.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct RegisteredComponent {
    pub name: String,
    pub region: Region,
    pub sla: f64,
    pub critical: bool,
    pub data_categories: Vec<DataCategory>,
    /// Where the people whose data it holds live (`data_origin` tag; `None`: its own region).
    pub data_origin: Option<Region>,
}

/// Data categories a component holds: its `data` tag (comma-separated, e.g.
/// `personal_data,operational_metrics`), else operational metrics only.
pub fn data_categories(spec: &ComponentSpec) -> Vec<DataCategory> {
    let mut v: Vec<DataCategory> =
        spec.tags.get("data").map(|t| t.split(',').filter_map(DataCategory::parse).collect()).unwrap_or_default();
    if v.is_empty() {
        v.push(DataCategory::OperationalMetrics);
    }
    v
}

impl RegisteredComponent {
    pub fn from_spec(spec: &ComponentSpec) -> Self {
        RegisteredComponent {
            name: spec.name.clone(),
            region: spec.region,
            sla: spec.sla,
            critical: spec.critical,
            data_categories: data_categories(spec),
            data_origin: spec.tags.get("data_origin").and_then(|o| Region::parse(o)),
        }
    }

    /// Where the people whose data it holds live: its `data_origin`, else its own region.
    pub fn origin(&self) -> Region {
        self.data_origin.unwrap_or(self.region)
    }
}

/// Insert or update the components (first_seen is kept).
pub async fn record_components(
    pool: &SqlitePool,
    components: &[RegisteredComponent],
    now_ms: i64,
) -> Result<(), sqlx::Error> {
    let mut tx = pool.begin().await?;
    for c in components {
        let cats = serde_json::to_string(&c.data_categories).unwrap_or_else(|_| "[]".into());
        sqlx::query(
            "INSERT INTO component_registry (name, region, sla, critical, data_categories, first_seen_ms, updated_ms, data_origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
             ON CONFLICT(name) DO UPDATE SET region = excluded.region, sla = excluded.sla, critical = excluded.critical,
               data_categories = excluded.data_categories, updated_ms = excluded.updated_ms, data_origin = excluded.data_origin",
        )
        .bind(&c.name)
        .bind(c.region.as_str())
        .bind(c.sla)
        .bind(c.critical)
        .bind(cats)
        .bind(now_ms)
        .bind(now_ms)
        .bind(c.data_origin.map(|r| r.as_str()))
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await
}

/// Every registered component, by name.
pub async fn load_components(pool: &SqlitePool) -> Result<Vec<RegisteredComponent>, sqlx::Error> {
    let rows: Vec<(String, String, f64, bool, String, Option<String>)> = sqlx::query_as(
        "SELECT name, region, sla, critical, data_categories, data_origin FROM component_registry ORDER BY name",
    )
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(name, region, sla, critical, cats, origin)| RegisteredComponent {
            name,
            region: Region::parse(&region).unwrap_or(Region::UsEast),
            sla,
            critical,
            data_categories: serde_json::from_str(&cats).unwrap_or_else(|_| vec![DataCategory::OperationalMetrics]),
            data_origin: origin.as_deref().and_then(Region::parse),
        })
        .collect())
}
