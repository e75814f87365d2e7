//! Reading history back: bucketed samples from raw rows or 1-minute rollups.

use serde::Serialize;
use ts_rs::TS;

use super::{HistoryError, Inner, SeriesId};

/// One bucket of a series: `ts` is the bucket start (Unix seconds).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Bucket {
    #[ts(type = "number")]
    pub ts: i64,
    pub mean: f64,
    pub min: f64,
    pub max: f64,
    #[ts(type = "number")]
    pub count: i64,
}

pub(super) async fn samples(inner: &Inner, id: SeriesId, from_ms: i64, to_ms: i64, step_ms: i64) -> Result<Vec<Bucket>, HistoryError> {
    let step = step_ms.max(1);
    let raw_horizon = inner.clock.now_ms() - inner.settings.metrics_retention.as_millis() as i64;
    let use_rollups = step >= 60_000 || from_ms < raw_horizon;
    let rows: Vec<(i64, f64, f64, f64, i64)> = if use_rollups {
        sqlx::query_as(
            "SELECT ((minute * 60000) / ?1) * ?1 AS b, SUM(total) / SUM(n), MIN(vmin), MAX(vmax), SUM(n) \
             FROM rollups_1m WHERE series_id = ?2 AND minute >= ?3 AND minute < ?4 GROUP BY b ORDER BY b",
        )
        .bind(step)
        .bind(id.0 as i64)
        .bind(from_ms.div_euclid(60_000))
        .bind((to_ms + 59_999).div_euclid(60_000))
        .fetch_all(&inner.pool)
        .await?
    } else {
        sqlx::query_as(
            "SELECT (ts_ms / ?1) * ?1 AS b, AVG(value), MIN(value), MAX(value), COUNT(*) \
             FROM samples WHERE series_id = ?2 AND ts_ms >= ?3 AND ts_ms < ?4 GROUP BY b ORDER BY b",
        )
        .bind(step)
        .bind(id.0 as i64)
        .bind(from_ms)
        .bind(to_ms)
        .fetch_all(&inner.pool)
        .await?
    };
    Ok(rows
        .into_iter()
        .map(|(b, mean, min, max, count)| Bucket { ts: b.div_euclid(1000), mean, min, max, count })
        .collect())
}
