//! The background writer (batched commits, rollups) and the retention job.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use sqlx::{Sqlite, SqliteConnection, Transaction};

use super::{HistoryError, Inner, Pending, Point};

/// Rows per multi-row INSERT (3 parameters each; SQLite allows 32,766).
pub const CHUNK: usize = 1000;

/// Longest wait between two attempts while the database refuses writes.
pub const MAX_BACKOFF: std::time::Duration = std::time::Duration::from_secs(2);

pub(super) async fn run(inner: Arc<Inner>) {
    let mut backoff: Option<std::time::Duration> = None;
    loop {
        let wait = backoff.unwrap_or(inner.settings.flush_every);
        tokio::select! {
            _ = tokio::time::sleep(wait) => {}
            _ = inner.wake.notified(), if backoff.is_none() => {}
            _ = inner.stop.notified() => {}
        }
        match flush(&inner).await {
            Ok(()) => backoff = None,
            // Retry with back-off: 250 ms, 500 ms, 1 s, then every 2 s, so writes resume within
            // about two seconds of the database accepting them again.
            Err(_) => backoff = Some(backoff.map_or(std::time::Duration::from_millis(250), |b| (b * 2).min(MAX_BACKOFF))),
        }
        if inner.stopped.load(Ordering::SeqCst) {
            return;
        }
    }
}

pub(super) async fn flush(inner: &Inner) -> Result<(), HistoryError> {
    let _guard = inner.flush_lock.lock().await;
    let batch = std::mem::take(&mut *inner.pending.lock());
    if batch.is_empty() {
        return Ok(());
    }
    // A deleted or replaced database is never written: the open file is no longer the one at
    // the path, and what went into it would vanish with the guard.
    let refused = match inner.health.problem() {
        Some(p) if p.is_final() || p == super::health::StoreProblem::ReadOnly => Some(HistoryError::Unavailable(p.describe(&inner.path))),
        _ => None,
    };
    let result = match refused {
        Some(e) => Err(e),
        None => write_batch(inner, &batch).await,
    };
    match result {
        Ok(()) => {
            let n = batch.points.len();
            inner.health.count(inner.pending.lock().points.len(), 0, 0);
            if inner.health.set_problem(None, inner.clock.now_ms()) {
                tracing::warn!(points = n, "history writes resumed; the points kept in memory meanwhile are written");
            }
            inner.flushed.notify_waiters();
            Ok(())
        }
        Err(e) => {
            // Put the batch back in front of anything recorded meanwhile, then hold it to its
            // bound: beyond it the oldest entries go, and are counted.
            let (dropped_points, dropped_events, pending) = {
                let mut p = inner.pending.lock();
                let mut restored = batch;
                restored.points.append(&mut p.points);
                restored.new_series.append(&mut p.new_series);
                restored.status_changes.append(&mut p.status_changes);
                restored.process_events.append(&mut p.process_events);
                restored.downtime.append(&mut p.downtime);
                *p = restored;
                let dp = trim_front(&mut p.points, inner.settings.max_pending_points);
                let de = trim_front(&mut p.status_changes, inner.settings.max_pending_events) + trim_front(&mut p.process_events, inner.settings.max_pending_events);
                (dp, de, p.points.len())
            };
            inner.health.count(pending, dropped_points, dropped_events);
            if dropped_points + dropped_events > 0 {
                tracing::error!(dropped_points, dropped_events, kept = pending, "history buffer full while the database refuses writes: oldest entries dropped");
            }
            let now = inner.clock.now_ms();
            let current = inner.health.problem();
            let newly = match current {
                // The watcher's finding says more than the error it causes.
                Some(p) if !matches!(p, super::health::StoreProblem::WriteFailed { .. }) => false,
                _ => inner.health.set_problem(Some(super::health::StoreProblem::WriteFailed { error: e.to_string() }), now),
            };
            if newly {
                tracing::error!(error = %e, pending, "history is not being written; the batch is kept in memory and retried");
            } else {
                tracing::debug!(error = %e, pending, "history write retry failed");
            }
            Err(e)
        }
    }
}

/// Drop the oldest entries beyond `bound`; returns how many went.
fn trim_front<T>(v: &mut Vec<T>, bound: usize) -> u64 {
    if v.len() <= bound {
        return 0;
    }
    let n = v.len() - bound;
    v.drain(..n);
    n as u64
}

async fn write_batch(inner: &Inner, batch: &Pending) -> Result<(), HistoryError> {
    let mut tx = inner.pool.begin().await?;
    for (id, name, tags) in &batch.new_series {
        sqlx::query("INSERT OR IGNORE INTO series (id, name, tags) VALUES (?, ?, ?)")
            .bind(*id as i64)
            .bind(name)
            .bind(tags)
            .execute(&mut *tx)
            .await?;
    }
    insert_chunks(&mut tx, &batch.points).await?;
    upsert_rollups(&mut tx, &batch.points).await?;
    for s in &batch.status_changes {
        sqlx::query("INSERT INTO status_changes (component, ts_ms, from_status, to_status, issues) VALUES (?, ?, ?, ?, ?)")
            .bind(&s.component)
            .bind(s.ts_ms)
            .bind(&s.from)
            .bind(&s.to)
            .bind(&s.issues)
            .execute(&mut *tx)
            .await?;
    }
    for e in &batch.process_events {
        sqlx::query("INSERT INTO process_events (component, instance, ts_ms, kind, pid, exit_code, signal, uptime_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(&e.component)
            .bind(e.instance as i64)
            .bind(e.ts_ms)
            .bind(e.kind)
            .bind(e.pid as i64)
            .bind(e.code)
            .bind(e.signal)
            .bind(e.uptime_ms)
            .execute(&mut *tx)
            .await?;
    }
    for op in &batch.downtime {
        match op {
            crate::availability::DowntimeOp::Open { component, start_ms, cause } => {
                sqlx::query("INSERT INTO downtime (component, start_ms, cause) VALUES (?, ?, ?)").bind(component).bind(start_ms).bind(cause).execute(&mut *tx).await?;
            }
            crate::availability::DowntimeOp::Close { component, end_ms } => {
                sqlx::query("UPDATE downtime SET end_ms = ? WHERE component = ? AND end_ms IS NULL").bind(end_ms).bind(component).execute(&mut *tx).await?;
            }
        }
    }
    tx.commit().await?;
    Ok(())
}

fn values_sql(prefix: &str, row: &str, n: usize) -> String {
    let mut sql = String::with_capacity(prefix.len() + n * (row.len() + 1));
    sql.push_str(prefix);
    for i in 0..n {
        if i > 0 {
            sql.push(',');
        }
        sql.push_str(row);
    }
    sql
}

/// Insert one row per point into the 0001 `samples` table with multi-row statements: the
/// ingest benchmark's baseline ("raw batched inserts of the same rows").
pub async fn insert_points_raw(conn: &mut SqliteConnection, rows: &[(u32, i64, f64)]) -> Result<(), sqlx::Error> {
    let full = values_sql("INSERT INTO samples (series_id, ts_ms, value) VALUES ", "(?,?,?)", CHUNK);
    for chunk in rows.chunks(CHUNK) {
        let sql = if chunk.len() == CHUNK { full.clone() } else { values_sql("INSERT INTO samples (series_id, ts_ms, value) VALUES ", "(?,?,?)", chunk.len()) };
        let mut q = sqlx::query(&sql);
        for (s, ts, v) in chunk {
            q = q.bind(*s as i64).bind(*ts).bind(*v);
        }
        q.execute(&mut *conn).await?;
    }
    Ok(())
}

/// Write points as one chunk per series (see `chunk.rs`).
async fn insert_chunks(tx: &mut Transaction<'_, Sqlite>, points: &[Point]) -> Result<(), sqlx::Error> {
    let mut rows: Vec<(u32, i64, f64)> = points.iter().map(|p| (p.series, p.ts_ms, p.value)).collect();
    rows.sort_by_key(|r| (r.0, r.1));
    write_chunks(&mut **tx, &super::chunk::encode(&rows)).await
}

pub(super) async fn write_chunks(conn: &mut SqliteConnection, chunks: &[super::chunk::Chunk]) -> Result<(), sqlx::Error> {
    const PER: usize = 400;
    for group in chunks.chunks(PER) {
        let sql = values_sql("INSERT INTO sample_chunks (series_id, start_ms, end_ms, n, data) VALUES ", "(?,?,?,?,?)", group.len());
        let mut q = sqlx::query(&sql);
        for c in group {
            q = q.bind(c.series as i64).bind(c.start_ms).bind(c.end_ms).bind(c.n).bind(&c.data[..]);
        }
        q.execute(&mut *conn).await?;
    }
    Ok(())
}

/// Convert rows left in the pre-chunk `samples` table (migration 0001) into chunks, once.
pub(super) async fn convert_legacy_samples(pool: &sqlx::SqlitePool) -> Result<u64, sqlx::Error> {
    let any: Option<i64> = sqlx::query_scalar("SELECT 1 FROM samples LIMIT 1").fetch_optional(pool).await?;
    if any.is_none() {
        return Ok(0);
    }
    let mut tx = pool.begin().await?;
    let rows: Vec<(i64, i64, f64)> = sqlx::query_as("SELECT series_id, ts_ms, value FROM samples ORDER BY series_id, ts_ms").fetch_all(&mut *tx).await?;
    let rows: Vec<(u32, i64, f64)> = rows.into_iter().map(|(s, t, v)| (s as u32, t, v)).collect();
    write_chunks(&mut tx, &super::chunk::encode(&rows)).await?;
    sqlx::query("DELETE FROM samples").execute(&mut *tx).await?;
    tx.commit().await?;
    Ok(rows.len() as u64)
}

async fn upsert_rollups(tx: &mut Transaction<'_, Sqlite>, points: &[Point]) -> Result<(), sqlx::Error> {
    // (series, minute) -> (n, total, min, max)
    let mut agg: HashMap<(u32, i64), (i64, f64, f64, f64)> = HashMap::new();
    for p in points.iter().filter(|p| p.value.is_finite()) {
        let e = agg.entry((p.series, p.ts_ms.div_euclid(60_000))).or_insert((0, 0.0, f64::INFINITY, f64::NEG_INFINITY));
        e.0 += 1;
        e.1 += p.value;
        e.2 = e.2.min(p.value);
        e.3 = e.3.max(p.value);
    }
    let rows: Vec<_> = agg.into_iter().collect();
    const PER: usize = 500;
    for chunk in rows.chunks(PER) {
        let sql = values_sql("INSERT INTO rollups_1m (series_id, minute, n, total, vmin, vmax) VALUES ", "(?,?,?,?,?,?)", chunk.len())
            + " ON CONFLICT (series_id, minute) DO UPDATE SET n = n + excluded.n, total = total + excluded.total, \
               vmin = min(vmin, excluded.vmin), vmax = max(vmax, excluded.vmax)";
        let mut q = sqlx::query(&sql);
        for ((s, m), (n, t, lo, hi)) in chunk {
            q = q.bind(*s as i64).bind(*m).bind(*n).bind(*t).bind(*lo).bind(*hi);
        }
        q.execute(&mut **tx).await?;
    }
    Ok(())
}

/// Look at the database file every `watch_every`: deleted, replaced, read-only. An ERROR log
/// when it goes wrong (the guard's incident and `/ready` follow from [`super::StoreHealth`]).
pub(super) async fn watch_file(inner: Arc<Inner>, opened: super::health::FileId) {
    use super::health::StoreProblem;
    loop {
        tokio::select! {
            _ = tokio::time::sleep(inner.settings.watch_every) => {}
            _ = inner.stop.notified() => return,
        }
        if inner.stopped.load(Ordering::SeqCst) {
            return;
        }
        let found = super::health::inspect(&inner.path, opened);
        let now = inner.clock.now_ms();
        match (found, inner.health.problem()) {
            (Some(p), current) if current.as_ref() != Some(&p) => {
                if current.as_ref().is_some_and(|c| c.is_final()) {
                    continue;
                }
                if inner.health.set_problem(Some(p.clone()), now) {
                    let what = p.describe(&inner.path);
                    if p.is_final() {
                        tracing::error!(problem = %what, "the history database is gone; nothing more is written until the guard restarts (a new database is never created mid-run)");
                    } else {
                        tracing::error!(problem = %what, "the history database cannot be written; samples are kept in memory until it can");
                    }
                }
            }
            // Writable again: let the writer prove it with its next commit.
            (None, Some(StoreProblem::ReadOnly)) => {
                inner.health.set_problem(None, now);
                inner.wake.notify_one();
            }
            _ => {}
        }
    }
}

pub(super) async fn retention(inner: Arc<Inner>) {
    loop {
        tokio::select! {
            _ = tokio::time::sleep(inner.settings.retention_every) => {}
            _ = inner.stop.notified() => return,
        }
        if inner.stopped.load(Ordering::SeqCst) {
            return;
        }
        match apply_retention(&inner).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(rows = n, "retention deleted old history"),
            Err(e) => tracing::warn!(error = %e, "retention failed"),
        }
    }
}

/// Delete raw samples and rollups past their retention, in chunks so the writer is never
/// blocked for long. Returns the number of rows deleted.
pub(super) async fn apply_retention(inner: &Inner) -> Result<u64, HistoryError> {
    let now = inner.clock.now_ms();
    let raw_cutoff = now - inner.settings.metrics_retention.as_millis() as i64;
    let rollup_cutoff = (now - inner.settings.rollup_retention.as_millis() as i64).div_euclid(60_000);
    let mut total = 0;
    loop {
        // Whole chunks whose newest point is past retention; deleted in slices so the writer
        // never waits long. Counts points, not chunks.
        let (chunks, points): (i64, Option<i64>) = sqlx::query_as(
            "SELECT COUNT(*), SUM(n) FROM (SELECT n FROM sample_chunks WHERE series_id IN (SELECT id FROM series) AND end_ms < ? LIMIT 5000)",
        )
        .bind(raw_cutoff)
        .fetch_one(&inner.pool)
        .await?;
        if chunks == 0 {
            break;
        }
        sqlx::query(
            "DELETE FROM sample_chunks WHERE rowid IN (SELECT rowid FROM sample_chunks WHERE series_id IN (SELECT id FROM series) AND end_ms < ? LIMIT 5000)",
        )
        .bind(raw_cutoff)
        .execute(&inner.pool)
        .await?;
        total += points.unwrap_or(0) as u64;
        if chunks < 5000 {
            break;
        }
    }
    total += sqlx::query("DELETE FROM rollups_1m WHERE series_id IN (SELECT id FROM series) AND minute < ?")
        .bind(rollup_cutoff)
        .execute(&inner.pool)
        .await?
        .rows_affected();
    Ok(total)
}
