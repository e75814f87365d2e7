//! The background writer (batched commits, rollups) and the retention job.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use sqlx::{Sqlite, SqliteConnection, Transaction};

use super::chunk::{ENC_GORILLA, ENC_GROUP, MAX_BYTES, ROLLUP_COLS, ROLLUP_MAX_MINUTES, should_seal_group};
use super::gorilla::{Encoder, GROUP_MAX_COLS, GroupEncoder};
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
            Err(_) => {
                backoff = Some(backoff.map_or(std::time::Duration::from_millis(250), |b| (b * 2).min(MAX_BACKOFF)))
            }
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
        Some(p) if p.is_final() || p == super::health::StoreProblem::ReadOnly => {
            Some(HistoryError::Unavailable(p.describe(&inner.path)))
        }
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
                let de = trim_front(&mut p.status_changes, inner.settings.max_pending_events)
                    + trim_front(&mut p.process_events, inner.settings.max_pending_events);
                (dp, de, p.points.len())
            };
            inner.health.count(pending, dropped_points, dropped_events);
            if dropped_points + dropped_events > 0 {
                tracing::error!(
                    dropped_points,
                    dropped_events,
                    kept = pending,
                    "history buffer full while the database refuses writes: oldest entries dropped"
                );
            }
            let now = inner.clock.now_ms();
            let current = inner.health.problem();
            let newly = match current {
                // The watcher's finding says more than the error it causes.
                Some(p) if !matches!(p, super::health::StoreProblem::WriteFailed { .. }) => false,
                _ => inner
                    .health
                    .set_problem(Some(super::health::StoreProblem::WriteFailed { error: e.to_string() }), now),
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
    let staged = write_samples(&mut tx, inner, &batch.points).await?;
    for s in &batch.status_changes {
        sqlx::query(
            "INSERT INTO status_changes (component, ts_ms, from_status, to_status, issues) VALUES (?, ?, ?, ?, ?)",
        )
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
                sqlx::query("INSERT INTO downtime (component, start_ms, cause) VALUES (?, ?, ?)")
                    .bind(component)
                    .bind(start_ms)
                    .bind(cause)
                    .execute(&mut *tx)
                    .await?;
            }
            crate::availability::DowntimeOp::Close { component, end_ms } => {
                sqlx::query("UPDATE downtime SET end_ms = ? WHERE component = ? AND end_ms IS NULL")
                    .bind(end_ms)
                    .bind(component)
                    .execute(&mut *tx)
                    .await?;
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
        let sql = if chunk.len() == CHUNK {
            full.clone()
        } else {
            values_sql("INSERT INTO samples (series_id, ts_ms, value) VALUES ", "(?,?,?)", chunk.len())
        };
        let mut q = sqlx::query(&sql).persistent(chunk.len() == CHUNK);
        for (s, ts, v) in chunk {
            q = q.bind(*s as i64).bind(*ts).bind(*v);
        }
        q.execute(&mut *conn).await?;
    }
    Ok(())
}

/// The open (newest, unsealed) chunks, raw (per group) and rollup (per series), as committed.
/// Staged copies are changed inside a write and installed here only once it commits, so a
/// failed commit (retried with the same points) starts again from what the database holds.
#[derive(Debug, Default)]
pub(crate) struct OpenChunks {
    raw: HashMap<u32, OpenRaw>,
    rollup: HashMap<u32, OpenRollup>,
}

#[derive(Debug, Clone)]
struct OpenRaw {
    rowid: Option<i64>,
    enc: GroupEncoder,
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

/// A row of a group: (time, [(series, value)]).
type Row = (i64, Vec<(u32, f64)>);

/// Rewrites of chunk rows that exist, run together at the end of a write as few
/// `UPDATE … FROM (VALUES …)` statements (one statement per row cost the writer's connection
/// and the CPU most of a flush at 5,000 series).
#[derive(Default)]
struct Updates {
    /// (rowid, group, encoder, this batch's rows, index in `Staged::raw` when left open)
    raw: Vec<(i64, u32, GroupEncoder, Vec<Row>, Option<usize>)>,
    /// (rowid, series, stream, index in `Staged::rollup` when left open)
    rollup: Vec<(i64, u32, Encoder, Option<usize>)>,
}

/// Rows per batched UPDATE (6 parameters each).
///
/// Only the full-size statement is kept in the connection's statement cache
/// (`persistent`): the last part of a write has any length from 1 to `UPDATE_ROWS`, and
/// each length is another SQL text. Cached, those filled each pooled connection's 100-entry
/// cache with prepared `VALUES` statements of up to 1,200 parameters (~0.1 MB each, their
/// registers included): tens of MB at 10,000 components, growing for half an hour as new
/// lengths came up (BENCHMARKS.md, "Memory of `serve` at 10,000 components").
const UPDATE_ROWS: usize = 200;

/// Append points to their groups' open chunks (sealing full ones and opening new ones) and
/// to their series' open rollup chunks, and write every chunk touched: one row rewritten or
/// inserted per group (raw) and per series (rollups) per batch.
async fn write_samples(
    tx: &mut Transaction<'_, Sqlite>,
    inner: &Inner,
    points: &[Point],
) -> Result<Staged, sqlx::Error> {
    let open = &inner.open;
    // (group, time, series, value), by group then time; points of one time stay in the order
    // they were recorded.
    let mut rows: Vec<(u32, i64, u32, f64)> = {
        let groups = inner.groups.read();
        points.iter().map(|p| (groups.of(p.series), p.ts_ms, p.series, p.value)).collect()
    };
    rows.sort_by_key(|r| (r.0, r.1));
    let mut by_series: Vec<(u32, i64, f64)> = points.iter().map(|p| (p.series, p.ts_ms, p.value)).collect();
    by_series.sort_by_key(|r| (r.0, r.1));
    let (mut raw_open, mut rollup_open) = {
        let open = open.lock();
        let mut raw = HashMap::new();
        let mut rollup = HashMap::new();
        for g in rows.chunk_by(|a, b| a.0 == b.0) {
            if let Some(c) = open.raw.get(&g[0].0) {
                raw.insert(g[0].0, c.clone());
            }
        }
        for g in by_series.chunk_by(|a, b| a.0 == b.0) {
            if let Some(c) = open.rollup.get(&g[0].0) {
                rollup.insert(g[0].0, c.clone());
            }
        }
        (raw, rollup)
    };
    let mut staged = Staged::default();
    let mut updates = Updates::default();
    for group in rows.chunk_by(|a, b| a.0 == b.0) {
        let g = group[0].0;
        let mut cur = raw_open.remove(&g);
        let mut fresh: Vec<Row> = Vec::new();
        let mut i = 0;
        while i < group.len() {
            // One row: the points of one time, each series once.
            let t = group[i].1;
            let mut row: Vec<(u32, f64)> = Vec::new();
            while i < group.len()
                && group[i].1 == t
                && row.len() < GROUP_MAX_COLS
                && !row.iter().any(|r| r.0 == group[i].2)
            {
                row.push((group[i].2, group[i].3));
                i += 1;
            }
            if let Some(c) = cur.take_if(|c| should_seal_group(&c.enc, t, c.enc.new_columns(row.iter().map(|r| r.0))))
                && !fresh.is_empty()
            {
                store_raw(tx, &mut updates, g, c, std::mem::take(&mut fresh), None).await?;
            }
            cur.get_or_insert_with(|| OpenRaw { rowid: None, enc: GroupEncoder::new(t) }).enc.push(t, &row);
            fresh.push((t, row));
        }
        if let Some(c) = cur {
            let at = staged.raw.len();
            staged.raw.push((g, c.clone()));
            if let Some(id) = store_raw(tx, &mut updates, g, c, fresh, Some(at)).await? {
                staged.raw[at].1.rowid = Some(id);
            }
        }
    }
    for group in by_series.chunk_by(|a, b| a.0 == b.0) {
        let series = group[0].0;
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
        // The minute still filling stays in memory (readers add it, `query.rs`); the row is
        // written when a minute completes, so a series checked every 10 s rewrites its rollup
        // row once a minute, not at every commit. What a kill -9 leaves out is rebuilt from the
        // raw chunks at the next open ([`recover_rollups`]).
        let mut cur = rollup_open.remove(&series);
        let mut changed = false;
        for (m, agg) in minutes {
            match cur.as_mut() {
                Some(c) if c.last.0 == m => merge(&mut c.last.1, &agg),
                Some(c) if m > c.last.0 => {
                    c.sealed.push(c.last.0, &c.last.1);
                    changed = true;
                    if c.sealed.len() >= ROLLUP_MAX_MINUTES || c.sealed.bytes().len() >= 3 * MAX_BYTES {
                        let done = c.sealed.clone();
                        store_rollup(tx, &mut updates, series, c.rowid, done, None).await?;
                        cur = Some(OpenRollup { rowid: None, sealed: Encoder::new(m, ROLLUP_COLS), last: (m, agg) });
                        changed = false;
                    } else {
                        c.last = (m, agg);
                    }
                }
                // A minute earlier than the newest (a late point): its own row in the stream;
                // readers add up rows of the same minute.
                Some(c) => {
                    c.sealed.push(m, &agg);
                    changed = true;
                }
                None => cur = Some(OpenRollup { rowid: None, sealed: Encoder::new(m, ROLLUP_COLS), last: (m, agg) }),
            }
        }
        let c = cur.expect("at least one minute");
        let at = staged.rollup.len();
        let (rowid, sealed) = (c.rowid, changed.then(|| c.sealed.clone()));
        staged.rollup.push((series, c));
        if let Some(sealed) = sealed
            && let Some(id) = store_rollup(tx, &mut updates, series, rowid, sealed, Some(at)).await?
        {
            staged.rollup[at].1.rowid = Some(id);
        }
    }
    run_updates(tx, updates, &mut staged).await?;
    Ok(staged)
}

fn merge(a: &mut [f64; ROLLUP_COLS], b: &[f64; ROLLUP_COLS]) {
    a[0] += b[0];
    a[1] += b[1];
    a[2] = a[2].min(b[2]);
    a[3] = a[3].max(b[3]);
}

/// Queue the rewrite of a raw chunk's row, or insert it now (returning its rowid).
async fn store_raw(
    tx: &mut Transaction<'_, Sqlite>,
    updates: &mut Updates,
    group: u32,
    c: OpenRaw,
    fresh: Vec<Row>,
    open_at: Option<usize>,
) -> Result<Option<i64>, sqlx::Error> {
    match c.rowid {
        Some(id) => {
            updates.raw.push((id, group, c.enc, fresh, open_at));
            Ok(None)
        }
        None => insert_raw(tx, group, &c.enc).await.map(Some),
    }
}

async fn insert_raw(tx: &mut Transaction<'_, Sqlite>, group: u32, enc: &GroupEncoder) -> Result<i64, sqlx::Error> {
    let (start, end) = enc.time_range();
    sqlx::query_scalar("INSERT INTO sample_chunks (series_id, start_ms, end_ms, n, enc, data) VALUES (?, ?, ?, ?, ?, ?) RETURNING rowid")
        .bind(group as i64)
        .bind(start)
        .bind(end)
        .bind(enc.samples() as i64)
        .bind(ENC_GROUP)
        .bind(enc.to_bytes())
        .fetch_one(&mut **tx)
        .await
}

async fn store_rollup(
    tx: &mut Transaction<'_, Sqlite>,
    updates: &mut Updates,
    series: u32,
    rowid: Option<i64>,
    enc: Encoder,
    open_at: Option<usize>,
) -> Result<Option<i64>, sqlx::Error> {
    match rowid {
        Some(id) => {
            updates.rollup.push((id, series, enc, open_at));
            Ok(None)
        }
        None => insert_rollup(tx, series, &enc).await.map(Some),
    }
}

async fn insert_rollup(tx: &mut Transaction<'_, Sqlite>, series: u32, enc: &Encoder) -> Result<i64, sqlx::Error> {
    let (start, end) = enc.time_range();
    sqlx::query_scalar(
        "INSERT INTO rollup_chunks (series_id, start_min, end_min, n, data) VALUES (?, ?, ?, ?, ?) RETURNING rowid",
    )
    .bind(series as i64)
    .bind(start)
    .bind(end)
    .bind(enc.len() as i64)
    .bind(enc.bytes())
    .fetch_one(&mut **tx)
    .await
}

/// Run the queued rewrites. A row that is gone (retention deleted it while it was open) is
/// not brought back: a raw chunk is started again with this batch's rows only, a rollup chunk
/// inserted whole.
async fn run_updates(
    tx: &mut Transaction<'_, Sqlite>,
    updates: Updates,
    staged: &mut Staged,
) -> Result<(), sqlx::Error> {
    for part in updates.raw.chunks(UPDATE_ROWS) {
        let sql = values_sql(
            "UPDATE sample_chunks SET start_ms = v.column2, end_ms = v.column3, n = v.column4, data = v.column5 FROM (VALUES ",
            "(?,?,?,?,?,?)",
            part.len(),
        ) + ") AS v WHERE sample_chunks.rowid = v.column1 AND sample_chunks.series_id = v.column6 AND sample_chunks.enc = 2";
        let mut q = sqlx::query(&sql).persistent(part.len() == UPDATE_ROWS);
        for (id, g, enc, _, _) in part {
            let (start, end) = enc.time_range();
            q = q.bind(*id).bind(start).bind(end).bind(enc.samples() as i64).bind(enc.to_bytes()).bind(*g as i64);
        }
        if q.execute(&mut **tx).await?.rows_affected() == part.len() as u64 {
            continue;
        }
        // Some row is gone: find which, one by one.
        for (id, g, _, fresh, open_at) in part {
            let there: Option<i64> =
                sqlx::query_scalar("SELECT 1 FROM sample_chunks WHERE rowid = ? AND series_id = ? AND enc = ?")
                    .bind(*id)
                    .bind(*g as i64)
                    .bind(ENC_GROUP)
                    .fetch_optional(&mut **tx)
                    .await?;
            if there.is_some() {
                continue;
            }
            let mut enc = GroupEncoder::new(fresh[0].0);
            for (t, row) in fresh {
                enc.push(*t, row);
            }
            let new_id = insert_raw(tx, *g, &enc).await?;
            if let Some(at) = open_at {
                staged.raw[*at].1 = OpenRaw { rowid: Some(new_id), enc };
            }
        }
    }
    for part in updates.rollup.chunks(UPDATE_ROWS) {
        let sql = values_sql(
            "UPDATE rollup_chunks SET start_min = v.column2, end_min = v.column3, n = v.column4, data = v.column5 FROM (VALUES ",
            "(?,?,?,?,?,?)",
            part.len(),
        ) + ") AS v WHERE rollup_chunks.rowid = v.column1 AND rollup_chunks.series_id = v.column6";
        let mut q = sqlx::query(&sql).persistent(part.len() == UPDATE_ROWS);
        for (id, series, enc, _) in part {
            let (start, end) = enc.time_range();
            q = q.bind(*id).bind(start).bind(end).bind(enc.len() as i64).bind(enc.bytes()).bind(*series as i64);
        }
        if q.execute(&mut **tx).await?.rows_affected() == part.len() as u64 {
            continue;
        }
        for (id, series, enc, open_at) in part {
            let there: Option<i64> =
                sqlx::query_scalar("SELECT 1 FROM rollup_chunks WHERE rowid = ? AND series_id = ?")
                    .bind(*id)
                    .bind(*series as i64)
                    .fetch_optional(&mut **tx)
                    .await?;
            if there.is_some() {
                continue;
            }
            let new_id = insert_rollup(tx, *series, enc).await?;
            if let Some(at) = open_at {
                staged.rollup[*at].1.rowid = Some(new_id);
            }
        }
    }
    Ok(())
}

/// The minute each open rollup is still filling, for readers: (minute, [n, total, min, max]).
pub(super) fn filling_minute(open: &OpenChunks, series: u32) -> Option<(i64, [f64; ROLLUP_COLS])> {
    open.rollup.get(&series).map(|c| c.last)
}

/// Write every open rollup chunk whole, the filling minute included (at close: the next open
/// starts new chunks). Points recorded after this are still written by later flushes.
pub(super) async fn write_filling_minutes(inner: &Inner) -> Result<(), HistoryError> {
    let _guard = inner.flush_lock.lock().await;
    let open: Vec<(u32, OpenRollup)> = inner.open.lock().rollup.drain().collect();
    if open.is_empty() {
        return Ok(());
    }
    let mut tx = inner.pool.begin().await?;
    let mut updates = Updates::default();
    for (series, c) in open {
        let mut whole = c.sealed.clone();
        whole.push(c.last.0, &c.last.1);
        store_rollup(&mut tx, &mut updates, series, c.rowid, whole, None).await?;
    }
    run_updates(&mut tx, updates, &mut Staged::default()).await?;
    tx.commit().await?;
    Ok(())
}

/// Rebuild the rollup minutes a kill -9 left out (the minute each series was filling, kept in
/// memory only) from the raw chunks: per series, the finite points after its newest rollup
/// minute, written as one rollup chunk. Returns the minutes written.
pub(super) async fn recover_rollups(
    pool: &sqlx::SqlitePool,
    group_of: impl Fn(u32) -> u32,
) -> Result<u64, sqlx::Error> {
    let mut newest: HashMap<u32, i64> = HashMap::new();
    for sql in [
        "SELECT series_id, MAX(end_min) FROM rollup_chunks GROUP BY series_id",
        "SELECT series_id, MAX(minute) FROM rollups_1m GROUP BY series_id",
    ] {
        let rows: Vec<(i64, i64)> = sqlx::query_as(sql).fetch_all(pool).await?;
        for (s, m) in rows {
            let e = newest.entry(s as u32).or_insert(m);
            *e = (*e).max(m);
        }
    }
    // Per chunk owner (group or one series): the earliest minute any of its series may miss.
    let series: Vec<i64> = sqlx::query_scalar("SELECT id FROM series").fetch_all(pool).await?;
    let mut from: HashMap<u32, i64> = HashMap::new();
    for s in series {
        let s = s as u32;
        let since = newest.get(&s).map_or(i64::MIN, |m| m.saturating_add(1).saturating_mul(60_000));
        for owner in [s, group_of(s)] {
            let e = from.entry(owner).or_insert(since);
            *e = (*e).min(since);
        }
    }
    let mut minutes: std::collections::BTreeMap<(u32, i64), [f64; ROLLUP_COLS]> = Default::default();
    for (owner, since) in from {
        let chunks: Vec<(i64, i64, i64, Vec<u8>)> =
            sqlx::query_as("SELECT enc, start_ms, n, data FROM sample_chunks WHERE series_id = ? AND end_ms >= ?")
                .bind(owner as i64)
                .bind(since)
                .fetch_all(pool)
                .await?;
        for (enc, start, n, data) in chunks {
            for (s, pts) in super::chunk::decode_all(enc, owner, start, n, &data) {
                let after = newest.get(&s).map_or(i64::MIN, |m| *m);
                for (t, v) in pts.into_iter().filter(|p| p.1.is_finite()) {
                    let m = t.div_euclid(60_000);
                    if m > after {
                        match minutes.get_mut(&(s, m)) {
                            Some(agg) => merge(agg, &[1.0, v, v, v]),
                            None => {
                                minutes.insert((s, m), [1.0, v, v, v]);
                            }
                        }
                    }
                }
            }
        }
    }
    if minutes.is_empty() {
        return Ok(0);
    }
    let total = minutes.len() as u64;
    let mut tx = pool.begin().await?;
    let rows: Vec<((u32, i64), [f64; ROLLUP_COLS])> = minutes.into_iter().collect();
    for part in rows.chunk_by(|a, b| a.0.0 == b.0.0) {
        let series = part[0].0.0;
        for piece in part.chunks(ROLLUP_MAX_MINUTES as usize) {
            let mut enc = Encoder::new(piece[0].0.1, ROLLUP_COLS);
            for ((_, m), agg) in piece {
                enc.push(*m, agg);
            }
            insert_rollup(&mut tx, series, &enc).await?;
        }
    }
    tx.commit().await?;
    Ok(total)
}

pub(super) async fn write_chunks(
    conn: &mut SqliteConnection,
    chunks: &[super::chunk::Chunk],
) -> Result<(), sqlx::Error> {
    const PER: usize = 400;
    for group in chunks.chunks(PER) {
        let sql = values_sql(
            "INSERT INTO sample_chunks (series_id, start_ms, end_ms, n, enc, data) VALUES ",
            "(?,?,?,?,?,?)",
            group.len(),
        );
        let mut q = sqlx::query(&sql).persistent(group.len() == PER);
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
    let rows: Vec<(i64, i64, f64)> =
        sqlx::query_as("SELECT series_id, ts_ms, value FROM samples ORDER BY series_id, ts_ms")
            .fetch_all(&mut *tx)
            .await?;
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
    let minutes: Option<i64> = sqlx::query_scalar(
        "SELECT SUM(n) FROM rollup_chunks WHERE series_id IN (SELECT id FROM series) AND end_min < ?",
    )
    .bind(rollup_cutoff)
    .fetch_one(&inner.pool)
    .await?;
    if minutes.unwrap_or(0) > 0 {
        sqlx::query("DELETE FROM rollup_chunks WHERE series_id IN (SELECT id FROM series) AND end_min < ?")
            .bind(rollup_cutoff)
            .execute(&inner.pool)
            .await?;
        total += minutes.unwrap_or(0) as u64;
    }
    Ok(total)
}
