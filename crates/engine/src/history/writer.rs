//! The background writer (batched commits, rollups) and the retention job.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use sqlx::{Sqlite, SqliteConnection, Transaction};

use super::chunk::{ENC_GORILLA, MAX_BYTES, ROLLUP_COLS, ROLLUP_MAX_MINUTES, should_seal};
use super::gorilla::Encoder;
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
    let staged = write_samples(&mut tx, &inner.open, &batch.points).await?;
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
    staged.install(&mut inner.open.lock());
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

/// The open (newest, unsealed) chunks of each series, raw and rollup, as committed. Staged
/// copies are changed inside a write and installed here only once it commits, so a failed
/// commit (retried with the same points) starts again from what the database holds.
#[derive(Debug, Default)]
pub(crate) struct OpenChunks {
    raw: HashMap<u32, OpenRaw>,
    rollup: HashMap<u32, OpenRollup>,
}

#[derive(Debug, Clone)]
struct OpenRaw {
    rowid: Option<i64>,
    enc: Encoder,
}

#[derive(Debug, Clone)]
struct OpenRollup {
    rowid: Option<i64>,
    /// Minutes already complete (a later minute was seen).
    sealed: Encoder,
    /// The newest minute, still filling: (minute, [n, total, min, max]).
    last: (i64, [f64; ROLLUP_COLS]),
}

/// What a write leaves open, installed into [`OpenChunks`] after the commit.
#[derive(Debug, Default)]
pub(super) struct Staged {
    raw: Vec<(u32, OpenRaw)>,
    rollup: Vec<(u32, OpenRollup)>,
}

impl Staged {
    pub(super) fn install(self, open: &mut OpenChunks) {
        for (s, c) in self.raw {
            open.raw.insert(s, c);
        }
        for (s, c) in self.rollup {
            open.rollup.insert(s, c);
        }
    }
}

/// Append points to their series' open chunks (sealing full ones and opening new ones) and
/// write every chunk touched: one row rewritten or inserted per series per batch.
async fn write_samples(tx: &mut Transaction<'_, Sqlite>, open: &parking_lot::Mutex<OpenChunks>, points: &[Point]) -> Result<Staged, sqlx::Error> {
    let mut rows: Vec<(u32, i64, f64)> = points.iter().map(|p| (p.series, p.ts_ms, p.value)).collect();
    rows.sort_by_key(|r| (r.0, r.1));
    let (mut raw_open, mut rollup_open) = {
        let open = open.lock();
        let mut raw = HashMap::new();
        let mut rollup = HashMap::new();
        for g in rows.chunk_by(|a, b| a.0 == b.0) {
            if let Some(c) = open.raw.get(&g[0].0) {
                raw.insert(g[0].0, c.clone());
            }
            if let Some(c) = open.rollup.get(&g[0].0) {
                rollup.insert(g[0].0, c.clone());
            }
        }
        (raw, rollup)
    };
    let mut staged = Staged::default();
    for group in rows.chunk_by(|a, b| a.0 == b.0) {
        let series = group[0].0;
        // Raw points.
        let mut cur = raw_open.remove(&series);
        let mut fresh: Vec<(i64, f64)> = Vec::new();
        for &(_, ts, v) in group {
            if let Some(c) = cur.as_mut().filter(|c| should_seal(&c.enc, ts)) {
                if !fresh.is_empty() {
                    store_raw(tx, series, c, &fresh).await?;
                }
                cur = None;
                fresh.clear();
            }
            cur.get_or_insert_with(|| OpenRaw { rowid: None, enc: Encoder::new(ts, 1) }).enc.push(ts, &[v]);
            fresh.push((ts, v));
        }
        if let Some(mut c) = cur {
            store_raw(tx, series, &mut c, &fresh).await?;
            staged.raw.push((series, c));
        }
        // Rollups: (minute, [n, total, min, max]) of the finite values.
        let mut minutes: Vec<(i64, [f64; ROLLUP_COLS])> = Vec::new();
        for &(_, ts, v) in group.iter().filter(|p| p.2.is_finite()) {
            let m = ts.div_euclid(60_000);
            match minutes.last_mut() {
                Some((lm, agg)) if *lm == m => merge(agg, &[1.0, v, v, v]),
                _ => minutes.push((m, [1.0, v, v, v])),
            }
        }
        if minutes.is_empty() {
            continue;
        }
        let mut cur = rollup_open.remove(&series);
        for (m, agg) in minutes {
            match cur.as_mut() {
                Some(c) if c.last.0 == m => merge(&mut c.last.1, &agg),
                Some(c) if m > c.last.0 => {
                    c.sealed.push(c.last.0, &c.last.1);
                    if c.sealed.len() >= ROLLUP_MAX_MINUTES || c.sealed.bytes().len() >= 3 * MAX_BYTES {
                        let done = c.sealed.clone();
                        store_rollup(tx, series, &mut c.rowid, &done).await?;
                        cur = Some(OpenRollup { rowid: None, sealed: Encoder::new(m, ROLLUP_COLS), last: (m, agg) });
                    } else {
                        c.last = (m, agg);
                    }
                }
                // A minute earlier than the newest (a late point): its own row in the stream;
                // readers add up rows of the same minute.
                Some(c) => c.sealed.push(m, &agg),
                None => cur = Some(OpenRollup { rowid: None, sealed: Encoder::new(m, ROLLUP_COLS), last: (m, agg) }),
            }
        }
        let mut c = cur.expect("at least one minute");
        let mut whole = c.sealed.clone();
        whole.push(c.last.0, &c.last.1);
        store_rollup(tx, series, &mut c.rowid, &whole).await?;
        staged.rollup.push((series, c));
    }
    Ok(staged)
}

fn merge(a: &mut [f64; ROLLUP_COLS], b: &[f64; ROLLUP_COLS]) {
    a[0] += b[0];
    a[1] += b[1];
    a[2] = a[2].min(b[2]);
    a[3] = a[3].max(b[3]);
}

/// Rewrite an open raw chunk's row, or insert it. A row that is gone (retention deleted it
/// while it was open) is not brought back: a new chunk holds this batch's points only.
async fn store_raw(tx: &mut Transaction<'_, Sqlite>, series: u32, c: &mut OpenRaw, fresh: &[(i64, f64)]) -> Result<(), sqlx::Error> {
    if let Some(id) = c.rowid {
        let (start, end) = c.enc.time_range();
        let done = sqlx::query("UPDATE sample_chunks SET start_ms = ?, end_ms = ?, n = ?, data = ? WHERE rowid = ? AND series_id = ? AND enc = ?")
            .bind(start)
            .bind(end)
            .bind(c.enc.len() as i64)
            .bind(c.enc.bytes())
            .bind(id)
            .bind(series as i64)
            .bind(ENC_GORILLA)
            .execute(&mut **tx)
            .await?
            .rows_affected();
        if done == 1 {
            return Ok(());
        }
        c.enc = Encoder::new(fresh[0].0, 1);
        for (t, v) in fresh {
            c.enc.push(*t, &[*v]);
        }
    }
    let (start, end) = c.enc.time_range();
    let id: i64 = sqlx::query_scalar("INSERT INTO sample_chunks (series_id, start_ms, end_ms, n, enc, data) VALUES (?, ?, ?, ?, ?, ?) RETURNING rowid")
        .bind(series as i64)
        .bind(start)
        .bind(end)
        .bind(c.enc.len() as i64)
        .bind(ENC_GORILLA)
        .bind(c.enc.bytes())
        .fetch_one(&mut **tx)
        .await?;
    c.rowid = Some(id);
    Ok(())
}

async fn store_rollup(tx: &mut Transaction<'_, Sqlite>, series: u32, rowid: &mut Option<i64>, enc: &Encoder) -> Result<(), sqlx::Error> {
    let (start, end) = enc.time_range();
    if let Some(id) = *rowid {
        let done = sqlx::query("UPDATE rollup_chunks SET start_min = ?, end_min = ?, n = ?, data = ? WHERE rowid = ? AND series_id = ?")
            .bind(start)
            .bind(end)
            .bind(enc.len() as i64)
            .bind(enc.bytes())
            .bind(id)
            .bind(series as i64)
            .execute(&mut **tx)
            .await?
            .rows_affected();
        if done == 1 {
            return Ok(());
        }
    }
    let id: i64 = sqlx::query_scalar("INSERT INTO rollup_chunks (series_id, start_min, end_min, n, data) VALUES (?, ?, ?, ?, ?) RETURNING rowid")
        .bind(series as i64)
        .bind(start)
        .bind(end)
        .bind(enc.len() as i64)
        .bind(enc.bytes())
        .fetch_one(&mut **tx)
        .await?;
    *rowid = Some(id);
    Ok(())
}

pub(super) async fn write_chunks(conn: &mut SqliteConnection, chunks: &[super::chunk::Chunk]) -> Result<(), sqlx::Error> {
    const PER: usize = 400;
    for group in chunks.chunks(PER) {
        let sql = values_sql("INSERT INTO sample_chunks (series_id, start_ms, end_ms, n, enc, data) VALUES ", "(?,?,?,?,?,?)", group.len());
        let mut q = sqlx::query(&sql);
        for c in group {
            q = q.bind(c.series as i64).bind(c.start_ms).bind(c.end_ms).bind(c.n).bind(ENC_GORILLA).bind(&c.data[..]);
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
    // Whole rollup chunks whose newest minute is past retention; counts minutes.
    let minutes: Option<i64> = sqlx::query_scalar("SELECT SUM(n) FROM rollup_chunks WHERE series_id IN (SELECT id FROM series) AND end_min < ?")
        .bind(rollup_cutoff)
        .fetch_one(&inner.pool)
        .await?;
    if minutes.unwrap_or(0) > 0 {
        sqlx::query("DELETE FROM rollup_chunks WHERE series_id IN (SELECT id FROM series) AND end_min < ?").bind(rollup_cutoff).execute(&inner.pool).await?;
        total += minutes.unwrap_or(0) as u64;
    }
    Ok(total)
}
