//! Reading history back: bucketed samples from raw rows or 1-minute rollups.
//!
//! Decoded chunks are kept in a bounded cache ([`ChunkCache`], moka) keyed by what identifies
//! one version of a row: its rowid, series, time range and count. A chunk still open is
//! rewritten with more points by the writer, which changes its count, so a read never sees a
//! stale decode; a sealed chunk keeps its key and is decoded once. One query per read, on a
//! pooled connection (WAL: readers never wait for the writer's transaction).

use std::sync::Arc;

use moka::sync::Cache;
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

/// (rowid, series_id, start, end, n) of a chunk row: one version of its content.
type ChunkKey = (i64, i64, i64, i64, i64);

/// Decoded raw and rollup chunks, bounded by their decoded size.
#[derive(Debug)]
pub(super) struct ChunkCache {
    raw: Cache<ChunkKey, Arc<super::chunk::Decoded>>,
    rollup: Cache<ChunkKey, Arc<Vec<(i64, [f64; super::chunk::ROLLUP_COLS])>>>,
}

/// Bytes of decoded chunks kept: 48 MiB raw (3 M points), 16 MiB rollups.
const RAW_CACHE_BYTES: u64 = 48 << 20;
const ROLLUP_CACHE_BYTES: u64 = 16 << 20;

impl ChunkCache {
    pub(super) fn new() -> ChunkCache {
        ChunkCache {
            raw: Cache::builder()
                .max_capacity(RAW_CACHE_BYTES)
                .weigher(|_, v: &Arc<super::chunk::Decoded>| {
                    v.iter().map(|(_, p)| 24 + p.len() * 16).sum::<usize>().min(u32::MAX as usize) as u32 + 64
                })
                .build(),
            rollup: Cache::builder()
                .max_capacity(ROLLUP_CACHE_BYTES)
                .weigher(|_, v: &Arc<Vec<(i64, [f64; super::chunk::ROLLUP_COLS])>>| {
                    (v.len() * 40).min(u32::MAX as usize) as u32 + 64
                })
                .build(),
        }
    }
}

pub(super) async fn samples(
    inner: &Inner,
    id: SeriesId,
    from_ms: i64,
    to_ms: i64,
    step_ms: i64,
) -> Result<Vec<Bucket>, HistoryError> {
    let step = step_ms.max(1);
    let raw_horizon = inner.clock.now_ms() - inner.settings.metrics_retention.as_millis() as i64;
    let use_rollups = step >= 60_000 || from_ms < raw_horizon;
    // bucket start (ms) -> (sum, min, max, count)
    let mut buckets: std::collections::BTreeMap<i64, (f64, f64, f64, i64)> = Default::default();
    let mut add = |b: i64, sum: f64, lo: f64, hi: f64, n: i64| {
        let e = buckets.entry(b).or_insert((0.0, f64::INFINITY, f64::NEG_INFINITY, 0));
        e.0 += sum;
        e.1 = e.1.min(lo);
        e.2 = e.2.max(hi);
        e.3 += n;
    };
    if use_rollups {
        let (from_min, to_min) = (from_ms.div_euclid(60_000), (to_ms + 59_999).div_euclid(60_000));
        // Rollups written before migration 0020, one row per minute.
        let legacy: Vec<(i64, f64, f64, f64, i64)> = if !inner.legacy_rollups {
            Vec::new()
        } else {
            sqlx::query_as(
                "SELECT ((minute * 60000) / ?1) * ?1 AS b, SUM(total), MIN(vmin), MAX(vmax), SUM(n) \
                 FROM rollups_1m WHERE series_id = ?2 AND minute >= ?3 AND minute < ?4 GROUP BY b ORDER BY b",
            )
            .bind(step)
            .bind(id.0 as i64)
            .bind(from_min)
            .bind(to_min)
            .fetch_all(&inner.pool)
            .await?
        };
        for (b, sum, lo, hi, n) in legacy {
            add(b, sum, lo, hi, n);
        }
        let chunks: Vec<(i64, i64, i64, i64, Vec<u8>)> =
            sqlx::query_as("SELECT rowid, start_min, end_min, n, data FROM rollup_chunks WHERE series_id = ? AND end_min >= ? AND start_min < ?")
                .bind(id.0 as i64)
                .bind(from_min)
                .bind(to_min)
                .fetch_all(&inner.pool)
                .await?;
        // The minute each series is filling is kept in memory until it completes (`writer.rs`);
        // read after the rows, so a minute completing meanwhile is missed once, never counted twice.
        let filling = super::writer::filling_minute(&inner.open.lock(), id.0);
        if let Some((m, r)) = filling.filter(|(m, _)| (from_min..to_min).contains(m)) {
            add((m * 60_000).div_euclid(step) * step, r[1], r[2], r[3], r[0] as i64);
        }
        for (rowid, start, end, n, data) in chunks {
            let rows = inner.cache.rollup.get_with((rowid, id.0 as i64, start, end, n), || {
                let mut rows = Vec::with_capacity(n.clamp(0, 4096) as usize);
                super::gorilla::decode(&data, n.max(0) as usize, super::chunk::ROLLUP_COLS, |m, r| {
                    rows.push((m, [r[0], r[1], r[2], r[3]]))
                });
                Arc::new(rows)
            });
            for (m, r) in rows.iter() {
                if (from_min..to_min).contains(m) {
                    add((m * 60_000).div_euclid(step) * step, r[1], r[2], r[3], r[0] as i64);
                }
            }
        }
    } else {
        for (ts, v) in raw_points(inner, id, from_ms, to_ms).await? {
            add(ts.div_euclid(step) * step, v, v, v, 1);
        }
    }
    let rows = buckets.into_iter().map(|(b, (sum, lo, hi, n))| (b, sum / n as f64, lo, hi, n));
    Ok(rows
        .into_iter()
        .map(|(b, mean, min, max, count)| Bucket { ts: b.div_euclid(1000), mean, min, max, count })
        .collect())
}

/// Raw points of a series with `from_ms <= ts < to_ms`, in time order: from its group's chunks
/// (`chunk::ENC_GROUP`, the row's `series_id` is the group) and from one-series chunks written
/// before them (its own `series_id`).
pub(super) async fn raw_points(
    inner: &Inner,
    id: SeriesId,
    from_ms: i64,
    to_ms: i64,
) -> Result<Vec<(i64, f64)>, HistoryError> {
    let group = inner.groups.read().of(id.0);
    let chunks: Vec<(i64, i64, i64, i64, i64, i64, Vec<u8>)> = sqlx::query_as(
        "SELECT rowid, series_id, enc, start_ms, end_ms, n, data FROM sample_chunks WHERE series_id IN (?1, ?2) AND end_ms >= ?3 AND start_ms < ?4",
    )
    .bind(id.0 as i64)
    .bind(group as i64)
    .bind(from_ms)
    .bind(to_ms)
    .fetch_all(&inner.pool)
    .await?;
    let mut pts: Vec<(i64, f64)> = Vec::new();
    for (rowid, series, enc, start, end, n, data) in chunks {
        let mine = if enc == super::chunk::ENC_GROUP { series == group as i64 } else { series == id.0 as i64 };
        if !mine {
            continue;
        }
        let decoded = inner.cache.raw.get_with((rowid, series, start, end, n), || {
            Arc::new(super::chunk::decode_all(enc, series as u32, start, n, &data))
        });
        if let Some((_, p)) = decoded.iter().find(|(s, _)| *s == id.0) {
            pts.extend(p.iter().filter(|(ts, _)| *ts >= from_ms && *ts < to_ms));
        }
    }
    pts.sort_by_key(|p| p.0);
    Ok(pts)
}
