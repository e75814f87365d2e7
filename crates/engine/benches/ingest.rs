//! History ingest: points/s through `MetricsCollector` (rings + batched background writer that
//! packs one chunk per series + 1-minute rollups) against raw batched multi-row sqlx inserts of
//! the same rows, one row per point, into the indexed `samples` table, in the same run. `cargo bench -p guard-engine --bench ingest`.

use std::time::{Duration, Instant};

use guard_engine::history::{HistorySettings, MetricsCollector, SeriesId, insert_points_raw, open_pool};

const SERIES: u32 = 2_000;
const PER_SERIES: i64 = 1_000;
const T0: i64 = 1_700_000_000_000;
/// Points handed over per call, like one scheduler tick's worth of checks.
const CALL: usize = 500;

fn rows() -> Vec<(u32, i64, f64)> {
    let mut v = Vec::with_capacity((SERIES as i64 * PER_SERIES) as usize);
    for t in 0..PER_SERIES {
        for s in 1..=SERIES {
            v.push((s, T0 + t * 1000, (s as f64 * 0.37 + t as f64).sin()));
        }
    }
    v
}

async fn collector_run(dir: &std::path::Path, rows: &[(u32, i64, f64)]) -> Duration {
    let h = MetricsCollector::open(&dir.join("collector.db"), HistorySettings::default()).await.unwrap();
    let ids: Vec<SeriesId> =
        (1..=SERIES).map(|s| h.series("bench_metric", &[("component", &format!("c{s}"))])).collect();
    let pts: Vec<(SeriesId, i64, f64)> = rows.iter().map(|&(s, ts, v)| (ids[(s - 1) as usize], ts, v)).collect();
    let start = Instant::now();
    for chunk in pts.chunks(CALL) {
        h.record_points(chunk);
        // Let the writer run as it would between scheduler ticks.
        tokio::task::yield_now().await;
    }
    h.flush().await.unwrap();
    let took = start.elapsed();
    let n: i64 = sqlx::query_scalar("SELECT SUM(n) FROM sample_chunks").fetch_one(h.pool()).await.unwrap();
    assert_eq!(n as usize, rows.len());
    h.close().await.unwrap();
    took
}

async fn raw_run(dir: &std::path::Path, rows: &[(u32, i64, f64)]) -> Duration {
    let pool = open_pool(&dir.join("raw.db")).await.unwrap();
    let mut conn = pool.acquire().await.unwrap();
    let start = Instant::now();
    // Same batching as the collector's writer: one transaction per ~half second of points.
    for batch in rows.chunks(100_000) {
        sqlx::query("BEGIN").execute(&mut *conn).await.unwrap();
        insert_points_raw(&mut conn, batch).await.unwrap();
        sqlx::query("COMMIT").execute(&mut *conn).await.unwrap();
    }
    start.elapsed()
}

fn main() {
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    let rows = rows();
    let mut table = Vec::new();
    for round in 1..=3 {
        let dir = tempfile::tempdir().unwrap();
        let raw = rt.block_on(raw_run(dir.path(), &rows));
        let col = rt.block_on(collector_run(dir.path(), &rows));
        let n = rows.len() as f64;
        table.push((round, n / raw.as_secs_f64(), n / col.as_secs_f64()));
    }
    println!("History ingest, {} points ({} series x {}), WAL, synchronous=NORMAL", rows.len(), SERIES, PER_SERIES);
    println!("{:<6} {:>18} {:>22} {:>8}", "round", "raw sqlx points/s", "collector points/s", "ratio");
    for (r, raw, col) in &table {
        println!("{:<6} {:>18.0} {:>22.0} {:>8.2}", r, raw, col, col / raw);
    }
    let best = |f: fn(&(i32, f64, f64)) -> f64| table.iter().map(f).fold(0.0, f64::max);
    let (raw, col) = (best(|t| t.1), best(|t| t.2));
    println!("{:<6} {:>18.0} {:>22.0} {:>8.2}", "best", raw, col, col / raw);
}
