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
        let mut buckets: std::collections::BTreeMap<i64, (f64, f64, f64, i64)> = Default::default();
        for (ts, v) in raw_points(inner, id, from_ms, to_ms).await? {
            let b = buckets.entry(ts.div_euclid(step) * step).or_insert((0.0, f64::INFINITY, f64::NEG_INFINITY, 0));
            b.0 += v;
            b.1 = b.1.min(v);
            b.2 = b.2.max(v);
            b.3 += 1;
        }
        buckets.into_iter().map(|(b, (sum, lo, hi, n))| (b, sum / n as f64, lo, hi, n)).collect()
    };
    Ok(rows
        .into_iter()
        .map(|(b, mean, min, max, count)| Bucket { ts: b.div_euclid(1000), mean, min, max, count })
        .collect())
}

/// Raw points of a series with `from_ms <= ts < to_ms`, in time order.
pub(super) async fn raw_points(inner: &Inner, id: SeriesId, from_ms: i64, to_ms: i64) -> Result<Vec<(i64, f64)>, HistoryError> {
    let chunks: Vec<(i64, Vec<u8>)> = sqlx::query_as(
        "SELECT start_ms, data FROM sample_chunks WHERE series_id = ? AND end_ms >= ? AND start_ms < ?",
    )
    .bind(id.0 as i64)
    .bind(from_ms)
    .bind(to_ms)
    .fetch_all(&inner.pool)
    .await?;
    let mut pts: Vec<(i64, f64)> = chunks
        .iter()
        .flat_map(|(start, data)| super::chunk::decode(*start, data))
        .filter(|(ts, _)| *ts >= from_ms && *ts < to_ms)
        .collect();
    pts.sort_by_key(|p| p.0);
    Ok(pts)
}
