//! History: every sample, status change and process event, kept in SQLite (WAL).
//!
//! `MetricsCollector`: `record_metric` appends to an in-memory ring per series (the
//! last `ring_span`, 5 minutes, for latest values and recent summaries) and to a pending batch that a background writer commits
//! at least once a second, inside one transaction. Each series has an open chunk, a Gorilla stream
//! (`gorilla.rs`: delta-of-delta times, XOR'd values) that each commit appends to and rewrites
//! in place until it is sealed (`chunk.rs`: 240 points, 1 KiB or 2 hours), so a point costs
//! about 1–2 bytes on disk whatever the flush rate. The writer also maintains 1-minute rollups
//! the same way (`rollup_chunks`), so long charts read rollups, not raw chunks. A retention job deletes
//! raw samples older than `metrics_retention` and rollups older than `rollup_retention`.
//!
//! **Durability:** WAL with `synchronous=NORMAL`: a committed batch survives a kill -9 of the
//! guard, so a crash loses at most the last (uncommitted) second.

mod chunk;
mod gorilla;
pub mod health;
mod query;
mod writer;

use std::collections::{HashMap, VecDeque};
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use parking_lot::{Mutex, RwLock};
use serde::Serialize;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous};
use tokio::sync::Notify;
use ts_rs::TS;

use crate::clock::{SharedClock, SystemClock};

pub use health::{StoreHealth, StoreProblem};
pub use query::Bucket;
pub use writer::insert_points_raw;

/// Identifies one series (metric name + tags) in this database.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SeriesId(pub u32);

/// A point as passed to [`MetricsCollector::record_batch`].
#[derive(Debug, Clone)]
pub struct MetricPoint {
    pub name: String,
    pub value: f64,
    pub tags: Vec<(String, String)>,
}

/// Statistics over a window of one series.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Summary {
    #[ts(type = "number")]
    pub count: u64,
    pub mean: f64,
    pub min: f64,
    pub max: f64,
    pub p50: f64,
    pub p95: f64,
    pub p99: f64,
}

#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    #[error("cannot open the history database {path}: {reason} (the file was left untouched)")]
    Open { path: PathBuf, reason: String },
    /// The file exists but the guard cannot write it (read-only file or file system,
    /// immutable file, directory without write access): refused at start.
    #[error(
        "the history database {path} cannot be written: {reason}; make it (and its directory) writable or choose another --db"
    )]
    Unwritable { path: PathBuf, reason: String },
    /// Not written on purpose: the database was deleted, replaced or made read-only.
    #[error("history not written: {0}")]
    Unavailable(String),
    #[error("history database error: {0}")]
    Db(#[from] sqlx::Error),
}

/// Tuning for the collector.
#[derive(Debug, Clone)]
pub struct HistorySettings {
    pub flush_every: Duration,
    /// Flush early when this many points are pending.
    pub flush_at: usize,
    /// Points kept in memory per series for latest values and recent summaries, at most.
    pub ring_capacity: usize,
    /// Time kept in memory per series: points older than this before a series' newest point
    /// leave its ring (summaries over longer windows read SQLite). With `ring_capacity`, a ring
    /// holds `min(ring_capacity, ring_span / interval + 1)` points, so it is full after one
    /// span instead of growing for `ring_capacity` intervals (BENCHMARKS.md, "Memory of
    /// `serve` at 10,000 components"). One minute: nothing in the product reads the ring but
    /// `latest`, `recent` and `summary` (no route, command or rule does today), and at 10,000
    /// components (~5 series each) a 5-minute span held 25 MB of it.
    pub ring_span: Duration,
    pub metrics_retention: Duration,
    pub rollup_retention: Duration,
    pub retention_every: Duration,
    /// Points held in memory while the database refuses writes; beyond it the oldest are
    /// dropped and counted ([`StoreHealth::dropped_points`]). 24 bytes each.
    pub max_pending_points: usize,
    /// The same bound for status changes and for process events, each.
    pub max_pending_events: usize,
    /// How often the database file is looked at (deleted, replaced, read-only).
    pub watch_every: Duration,
}

impl Default for HistorySettings {
    fn default() -> Self {
        HistorySettings {
            flush_every: Duration::from_millis(500),
            flush_at: 50_000,
            ring_capacity: 512,
            ring_span: Duration::from_secs(60),
            metrics_retention: Duration::from_secs(24 * 3600),
            rollup_retention: Duration::from_secs(90 * 86_400),
            retention_every: Duration::from_secs(60),
            // 2 M points = 48 MB: 1,000 components × 4 series at 10 s for 80 minutes.
            max_pending_points: 2_000_000,
            max_pending_events: 100_000,
            watch_every: Duration::from_secs(1),
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Point {
    pub series: u32,
    pub ts_ms: i64,
    pub value: f64,
}

#[derive(Debug, Clone)]
pub(crate) struct StatusChangeRow {
    pub component: String,
    pub ts_ms: i64,
    pub from: String,
    pub to: String,
    /// The check's issues as a JSON array of messages ([`crate::check::issues_json`]).
    pub issues: String,
}

#[derive(Debug, Clone)]
pub(crate) struct ProcessEventRow {
    pub component: String,
    pub instance: u32,
    pub ts_ms: i64,
    pub kind: &'static str,
    pub pid: u32,
    pub code: Option<i32>,
    pub signal: Option<i32>,
    pub uptime_ms: Option<i64>,
}

/// Everything waiting for the next commit.
#[derive(Debug, Default)]
pub(crate) struct Pending {
    pub points: Vec<Point>,
    pub new_series: Vec<(u32, String, String)>,
    pub status_changes: Vec<StatusChangeRow>,
    pub process_events: Vec<ProcessEventRow>,
    /// Outages opened and closed (`availability::Tracker`), in order.
    pub downtime: Vec<crate::availability::DowntimeOp>,
}

impl Pending {
    fn is_empty(&self) -> bool {
        self.points.is_empty()
            && self.new_series.is_empty()
            && self.status_changes.is_empty()
            && self.process_events.is_empty()
            && self.downtime.is_empty()
    }
}

#[derive(Debug, Default)]
struct Rings {
    /// Indexed by series id.
    rings: Vec<Ring>,
}

/// The recent points of one series held in memory (`HistorySettings::ring_span`, at most
/// `ring_capacity`). Nothing in the UI or the API reads it: live charts read the event stream
/// and `samples` (SQLite); it serves [`MetricsCollector::latest`], `recent` and `summary`.
#[derive(Debug, Default)]
struct Ring {
    points: VecDeque<(i64, f64)>,
    /// Points left the ring (or the series had points before this process): a window older
    /// than the first point must be read from SQLite.
    trimmed: bool,
}

impl Ring {
    /// A series that existed before this process: its earlier points are on disk only.
    fn from_disk() -> Self {
        Ring { points: VecDeque::new(), trimmed: true }
    }

    /// Old points leave before the new one comes in, so the deque's allocation never has to
    /// hold one more than a span (a 10 s series stays in 32 slots, 512 bytes).
    fn push(&mut self, ts: i64, v: f64, cap: usize, span_ms: i64) {
        while self.points.front().is_some_and(|&(t, _)| t <= ts.saturating_sub(span_ms)) || self.points.len() >= cap {
            self.points.pop_front();
            self.trimmed = true;
        }
        self.points.push_back((ts, v));
    }
}

#[derive(Debug)]
struct Inner {
    pool: SqlitePool,
    path: PathBuf,
    clock: SharedClock,
    settings: HistorySettings,
    series: RwLock<HashMap<String, u32>>,
    names: RwLock<Vec<(String, String)>>,
    pending: Mutex<Pending>,
    rings: Mutex<Rings>,
    wake: Notify,
    flushed: Notify,
    /// Serialises flushes: the writer task and explicit `flush()` calls share it.
    flush_lock: tokio::sync::Mutex<()>,
    stop: Notify,
    stopped: std::sync::atomic::AtomicBool,
    health: health::HealthCell,
    /// Each series' open raw and rollup chunk, as committed (`writer.rs`).
    open: Mutex<writer::OpenChunks>,
    /// Which group (chunk) each series is written to (`chunk::ENC_GROUP`).
    groups: RwLock<Groups>,
    /// Decoded chunks, keyed by what identifies one version of a row (`query.rs`).
    cache: query::ChunkCache,
    /// Whether `rollups_1m` held rows at open (written before migration 0020): only then do
    /// rollup reads also query it. Nothing writes there any more.
    legacy_rollups: bool,
}

/// Series → group: the first series with given tags leads a group, later series with the same
/// tags join it, up to [`chunk::GROUP_MAX_SERIES`]. Derived from the series table in id order,
/// so the same at every open; the chunks themselves name their series.
#[derive(Debug, Default)]
struct Groups {
    /// Indexed by series id.
    of: Vec<u32>,
    /// Tags → (group being filled, its size).
    filling: HashMap<String, (u32, usize)>,
}

impl Groups {
    fn assign(&mut self, id: u32, tags: &str) {
        while self.of.len() <= id as usize {
            let next = self.of.len() as u32;
            self.of.push(next);
        }
        let g = match self.filling.get_mut(tags) {
            Some((g, n)) if *n < chunk::GROUP_MAX_SERIES => {
                *n += 1;
                *g
            }
            _ => {
                self.filling.insert(tags.to_string(), (id, 1));
                id
            }
        };
        self.of[id as usize] = g;
    }

    fn of(&self, id: u32) -> u32 {
        self.of.get(id as usize).copied().unwrap_or(id)
    }
}

/// The history store and metrics collector. Cheap to clone.
#[derive(Debug, Clone)]
pub struct MetricsCollector {
    inner: Arc<Inner>,
}

/// Canonical key of a series: `name{k=v,...}` with tags sorted.
pub fn series_key(name: &str, tags: &[(&str, &str)]) -> (String, String) {
    let mut t: Vec<_> = tags.to_vec();
    t.sort_unstable();
    let tags = t.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join(",");
    let key = if tags.is_empty() { name.to_string() } else { format!("{name}{{{tags}}}") };
    (key, tags)
}

/// The SQLite pool type (for crates that do not depend on sqlx themselves).
pub type Pool = SqlitePool;

/// The database holds password hashes and the audit log: only its owner may read it. SQLite
/// creates a database with mode 0644 (less the umask) and gives its `-wal` / `-shm` files the
/// database's mode, so the file is created here first with 0600, and an existing database (and
/// its WAL/SHM) loses any group or other bits.
pub fn make_private(path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
    match std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path) {
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
        Err(e) => return Err(e),
    }
    for suffix in ["", "-wal", "-shm"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        let p = std::path::PathBuf::from(p);
        match std::fs::metadata(&p) {
            Ok(m) if m.is_file() && m.permissions().mode() & 0o077 != 0 => {
                std::fs::set_permissions(&p, std::fs::Permissions::from_mode(m.permissions().mode() & 0o700))?;
            }
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// Open (creating and migrating) an SQLite database in WAL mode.
///
/// The file is created here, once; the pool itself never creates one (`create_if_missing(false)`),
/// so a database deleted while the guard runs is never silently replaced by an empty one. An
/// existing file the guard cannot write (read-only file or mount, immutable file) is refused
/// with [`HistoryError::Unwritable`] instead of being opened read-only.
pub async fn open_pool(path: &Path) -> Result<SqlitePool, HistoryError> {
    let fail = |reason: String| HistoryError::Open { path: path.to_path_buf(), reason };
    let unwritable = |reason: String| HistoryError::Unwritable { path: path.to_path_buf(), reason };
    if let Some(dir) = path.parent()
        && !dir.as_os_str().is_empty()
    {
        std::fs::create_dir_all(dir).map_err(|e| fail(format!("cannot create its directory: {e}")))?;
    }
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    if !path.exists() && !health::writable(dir) {
        return Err(unwritable(format!("its directory {} is read-only", dir.display())));
    }
    match make_private(path) {
        Ok(()) => {}
        // An existing database on a read-only mount (or immutable) cannot lose its group/other
        // bits: reading it (reports, `verify`) still works, and writers are refused by
        // `open_pool_for_writing`.
        Err(e)
            if path.exists()
                && matches!(
                    e.kind(),
                    std::io::ErrorKind::ReadOnlyFilesystem | std::io::ErrorKind::PermissionDenied
                ) =>
        {
            tracing::warn!(path = %path.display(), error = %e, "cannot make the database private (mode 0600)");
        }
        Err(e) if matches!(e.kind(), std::io::ErrorKind::ReadOnlyFilesystem | std::io::ErrorKind::PermissionDenied) => {
            return Err(unwritable(format!("cannot create it with mode 0600: {e}")));
        }
        Err(e) => return Err(fail(format!("cannot make it private (mode 0600): {e}"))),
    }
    let opts = SqliteConnectOptions::from_str(&format!("sqlite://{}", path.display()))
        .map_err(|e| fail(e.to_string()))?
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        .busy_timeout(Duration::from_secs(10))
        .foreign_keys(true);
    {
        use sqlx::Connection;
        let first = sqlx::SqliteConnection::connect_with(&opts.clone().create_if_missing(true))
            .await
            .map_err(|e| classify(path, e))?;
        first.close().await.map_err(|e| fail(e.to_string()))?;
    }
    // Every later connection must open this very file: one opened after the database was
    // replaced (another inode at the path) is refused, so nothing is read from or written to
    // a file that is not the guard's database.
    let opened = health::FileId::of(path).map_err(|e| fail(e.to_string()))?;
    let at = path.to_path_buf();
    let pool = SqlitePoolOptions::new()
        .max_connections(4)
        .min_connections(1)
        .after_connect(move |_conn, _| {
            let at = at.clone();
            Box::pin(async move {
                match health::FileId::of(&at) {
                    Ok(id) if id == opened => Ok(()),
                    _ => Err(sqlx::Error::Configuration(
                        format!("{} is no longer the database the guard opened (deleted or replaced)", at.display())
                            .into(),
                    )),
                }
            })
        })
        .after_release(|conn, _| Box::pin(async move { Ok(clean_after_use(conn).await) }))
        .connect_with(opts.create_if_missing(false))
        .await
        .map_err(|e| classify(path, e))?;
    sqlx::migrate!("../../migrations").run(&pool).await.map_err(|e| {
        let text = e.to_string();
        if text.contains("readonly") { unwritable(text) } else { fail(text) }
    })?;
    Ok(pool)
}

/// [`open_pool`] for the guard, which writes: an existing file it cannot write (read-only
/// file or mount, immutable file, directory without write access) is refused with
/// [`HistoryError::Unwritable`] — SQLite would open it read-only without a word. Readers of a
/// database (`report`, `verify`) keep using `open_pool`, so a read-only copy still reports.
pub async fn open_pool_for_writing(path: &Path) -> Result<SqlitePool, HistoryError> {
    let unwritable = |reason: String| HistoryError::Unwritable { path: path.to_path_buf(), reason };
    if path.exists() && !health::writable(path) {
        return Err(unwritable(format!("{} (or its directory) is read-only", path.display())));
    }
    let pool = open_pool(path).await?;
    // Ask for the write lock: refused on a file SQLite could open only read-only.
    let probe = async {
        let mut conn = pool.acquire().await?;
        sqlx::raw_sql("BEGIN IMMEDIATE").execute(&mut *conn).await?;
        sqlx::raw_sql("ROLLBACK").execute(&mut *conn).await?;
        Ok::<(), sqlx::Error>(())
    };
    if let Err(e) = probe.await {
        pool.close().await;
        return Err(classify(path, e));
    }
    Ok(pool)
}

fn classify(path: &Path, e: sqlx::Error) -> HistoryError {
    let text = e.to_string();
    // SQLITE_READONLY (8) and its extended codes (8 + n·256).
    let readonly =
        e.as_database_error().and_then(|d| d.code()).and_then(|c| c.parse::<i32>().ok()).is_some_and(|c| c & 0xff == 8)
            || text.contains("readonly");
    if readonly {
        HistoryError::Unwritable { path: path.to_path_buf(), reason: text }
    } else {
        HistoryError::Open { path: path.to_path_buf(), reason: text }
    }
}

/// Run when a connection goes back to the pool: one still inside a transaction (SQLite's or
/// sqlx's count of it) is closed instead of kept.
///
/// Why: on `database or disk is full` SQLite may roll the whole transaction back by itself.
/// sqlx's `ROLLBACK` then fails ("no transaction is active") and its transaction depth stays
/// at 1, so the next `begin()` on that pooled connection issues `SAVEPOINT` (which opens a real
/// transaction) and a failed write there answers `ROLLBACK TO SAVEPOINT`, which leaves that
/// transaction — and its write lock — open. Every other connection then waited out the busy
/// timeout and failed with `database is locked`, forever, also after space was freed.
/// Closing the connection rolls back whatever it holds and releases the lock.
async fn clean_after_use(conn: &mut sqlx::SqliteConnection) -> bool {
    use sqlx::Connection;
    // `lock_handle` waits for commands queued on the connection (a dropped transaction's
    // rollback) to run first.
    let in_sqlite_tx = match conn.lock_handle().await {
        // SAFETY: the handle is locked for us; sqlite3_get_autocommit only reads its state.
        Ok(mut h) => unsafe { libsqlite3_sys::sqlite3_get_autocommit(h.as_raw_handle().as_ptr()) == 0 },
        Err(_) => true,
    };
    let sqlx_depth = conn.is_in_transaction();
    let keep = !in_sqlite_tx && !sqlx_depth;
    if !keep {
        tracing::warn!(
            sqlite_in_transaction = in_sqlite_tx,
            sqlx_in_transaction = sqlx_depth,
            "a database connection came back inside a transaction; closed it (its transaction is rolled back)"
        );
    }
    keep
}

impl MetricsCollector {
    /// Open the database at `path` and start the background writer and retention job.
    pub async fn open(path: &Path, settings: HistorySettings) -> Result<Self, HistoryError> {
        Self::open_with_clock(path, settings, Arc::new(SystemClock)).await
    }

    pub async fn open_with_clock(
        path: &Path,
        settings: HistorySettings,
        clock: SharedClock,
    ) -> Result<Self, HistoryError> {
        let pool = open_pool_for_writing(path).await?;
        let opened = health::FileId::of(path)
            .map_err(|e| HistoryError::Open { path: path.to_path_buf(), reason: e.to_string() })?;
        let converted = writer::convert_legacy_samples(&pool).await?;
        if converted > 0 {
            tracing::info!(points = converted, "converted pre-0006 samples into chunks");
        }
        let rows: Vec<(i64, String, String)> =
            sqlx::query_as("SELECT id, name, tags FROM series ORDER BY id").fetch_all(&pool).await?;
        let mut map = HashMap::new();
        let mut names = vec![(String::new(), String::new())];
        let mut rings = Rings { rings: vec![Ring::default()] };
        let mut groups = Groups::default();
        for (id, name, tags) in rows {
            let id = id as u32;
            groups.assign(id, &tags);
            while names.len() <= id as usize {
                names.push((String::new(), String::new()));
                rings.rings.push(Ring::from_disk());
            }
            let key = if tags.is_empty() { name.clone() } else { format!("{name}{{{tags}}}") };
            map.insert(key, id);
            names[id as usize] = (name, tags);
        }
        let recovered = writer::recover_rollups(&pool, |s| groups.of(s)).await?;
        if recovered > 0 {
            tracing::info!(
                minutes = recovered,
                "rebuilt the rollup minutes the last run did not write (it was killed) from the raw samples"
            );
        }
        let legacy_rollups =
            sqlx::query_scalar::<_, i64>("SELECT 1 FROM rollups_1m LIMIT 1").fetch_optional(&pool).await?.is_some();
        let inner = Arc::new(Inner {
            pool,
            path: path.to_path_buf(),
            clock,
            settings,
            series: RwLock::new(map),
            names: RwLock::new(names),
            pending: Mutex::new(Pending::default()),
            rings: Mutex::new(rings),
            wake: Notify::new(),
            flushed: Notify::new(),
            flush_lock: tokio::sync::Mutex::new(()),
            stop: Notify::new(),
            stopped: Default::default(),
            health: health::HealthCell::new(),
            open: Mutex::new(Default::default()),
            groups: RwLock::new(groups),
            cache: query::ChunkCache::new(),
            legacy_rollups,
        });
        tokio::spawn(writer::run(inner.clone()));
        tokio::spawn(writer::watch_file(inner.clone(), opened));
        tokio::spawn(writer::retention(inner.clone()));
        Ok(MetricsCollector { inner })
    }

    pub fn pool(&self) -> &SqlitePool {
        &self.inner.pool
    }

    pub fn path(&self) -> &Path {
        &self.inner.path
    }

    pub fn now_ms(&self) -> i64 {
        self.inner.clock.now_ms()
    }

    /// The id of a series, creating it (in memory now, in the database with the next batch).
    pub fn series(&self, name: &str, tags: &[(&str, &str)]) -> SeriesId {
        let (key, tag_text) = series_key(name, tags);
        if let Some(id) = self.inner.series.read().get(&key) {
            return SeriesId(*id);
        }
        let mut map = self.inner.series.write();
        if let Some(id) = map.get(&key) {
            return SeriesId(*id);
        }
        let mut names = self.inner.names.write();
        let id = names.len() as u32;
        names.push((name.to_string(), tag_text.clone()));
        self.inner.groups.write().assign(id, &tag_text);
        map.insert(key, id);
        self.inner.rings.lock().rings.push(Ring::default());
        self.inner.pending.lock().new_series.push((id, name.to_string(), tag_text));
        SeriesId(id)
    }

    /// Look a series up without creating it.
    pub fn find_series(&self, name: &str, tags: &[(&str, &str)]) -> Option<SeriesId> {
        let (key, _) = series_key(name, tags);
        self.inner.series.read().get(&key).copied().map(SeriesId)
    }

    /// Name and tags of a series.
    pub fn series_name(&self, id: SeriesId) -> Option<(String, String)> {
        self.inner.names.read().get(id.0 as usize).cloned()
    }

    /// Record one value now (`record_metric(name, value, tags)`).
    pub fn record_metric(&self, name: &str, value: f64, tags: &[(&str, &str)]) {
        let id = self.series(name, tags);
        self.record(id, self.now_ms(), value);
    }

    /// Record many values now (`record_batch`).
    pub fn record_batch(&self, batch: &[MetricPoint]) {
        let now = self.now_ms();
        let pts: Vec<(SeriesId, i64, f64)> = batch
            .iter()
            .map(|p| {
                let tags: Vec<(&str, &str)> = p.tags.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
                (self.series(&p.name, &tags), now, p.value)
            })
            .collect();
        self.record_points(&pts);
    }

    /// Record one value at a given time.
    pub fn record(&self, id: SeriesId, ts_ms: i64, value: f64) {
        self.record_points(&[(id, ts_ms, value)]);
    }

    /// Record points for known series; the hot path.
    pub fn record_points(&self, pts: &[(SeriesId, i64, f64)]) {
        if pts.is_empty() {
            return;
        }
        {
            let mut rings = self.inner.rings.lock();
            let cap = self.inner.settings.ring_capacity.max(1);
            let span_ms = self.inner.settings.ring_span.as_millis().min(i64::MAX as u128) as i64;
            for &(id, ts, v) in pts {
                if let Some(r) = rings.rings.get_mut(id.0 as usize) {
                    r.push(ts, v, cap, span_ms);
                }
            }
        }
        let len = {
            let mut p = self.inner.pending.lock();
            p.points.extend(pts.iter().map(|&(id, ts_ms, value)| Point { series: id.0, ts_ms, value }));
            p.points.len()
        };
        if len >= self.inner.settings.flush_at {
            self.inner.wake.notify_one();
        }
    }

    pub(crate) fn push_status_change(&self, row: StatusChangeRow) {
        self.inner.pending.lock().status_changes.push(row);
    }

    pub(crate) fn push_process_event(&self, row: ProcessEventRow) {
        self.inner.pending.lock().process_events.push(row);
    }

    pub(crate) fn push_downtime(&self, op: crate::availability::DowntimeOp) {
        self.inner.pending.lock().downtime.push(op);
    }

    /// The latest value of a series.
    pub fn latest(&self, id: SeriesId) -> Option<(i64, f64)> {
        self.inner.rings.lock().rings.get(id.0 as usize).and_then(|r| r.points.back().copied())
    }

    /// The last `n` points held in memory for a series (at most `ring_span` of them).
    pub fn recent(&self, id: SeriesId, n: usize) -> Vec<(i64, f64)> {
        let rings = self.inner.rings.lock();
        rings
            .rings
            .get(id.0 as usize)
            .map(|r| r.points.iter().rev().take(n).rev().copied().collect())
            .unwrap_or_default()
    }

    /// Mean, min, max and percentiles over the last `window` (
    /// `get_metric_summary`). Served from memory when the ring covers the window, else from
    /// the database.
    pub async fn summary(&self, id: SeriesId, window: Duration) -> Result<Option<Summary>, HistoryError> {
        let now = self.now_ms();
        let from = now - window.as_millis() as i64;
        let from_ring: Option<Vec<f64>> = {
            let rings = self.inner.rings.lock();
            rings.rings.get(id.0 as usize).and_then(|r| {
                let covers = r.points.front().is_some_and(|(ts, _)| *ts <= from) || !r.trimmed;
                covers.then(|| r.points.iter().filter(|(ts, _)| *ts >= from && *ts <= now).map(|(_, v)| *v).collect())
            })
        };
        let values = match from_ring {
            Some(v) => v,
            None => {
                if let Err(e) = self.flush().await {
                    tracing::debug!(error = %e, "summary read without the pending points");
                }
                query::raw_points(&self.inner, id, from, now + 1).await?.into_iter().map(|(_, v)| v).collect()
            }
        };
        Ok(summarize(values))
    }

    /// Whether the history is being written, and what was kept or dropped meanwhile.
    pub fn health(&self) -> StoreHealth {
        let mut h = self.inner.health.get();
        h.pending_points = self.inner.pending.lock().points.len() as u64;
        h
    }

    /// Woken when the kind of [`StoreHealth::problem`] changes.
    pub fn subscribe_health(&self) -> tokio::sync::watch::Receiver<StoreHealth> {
        self.inner.health.subscribe()
    }

    /// Commit everything pending now.
    pub async fn flush(&self) -> Result<(), HistoryError> {
        writer::flush(&self.inner).await
    }

    /// Flush and stop the background tasks.
    pub async fn close(&self) -> Result<(), HistoryError> {
        self.inner.stopped.store(true, std::sync::atomic::Ordering::SeqCst);
        self.inner.stop.notify_waiters();
        self.flush().await?;
        writer::write_filling_minutes(&self.inner).await
    }

    /// Run the retention job once (it also runs every `retention_every`).
    pub async fn apply_retention(&self) -> Result<u64, HistoryError> {
        writer::apply_retention(&self.inner).await
    }

    /// Samples of a series between `from_ms` (inclusive) and `to_ms` (exclusive), averaged into
    /// buckets of `step_ms`. Reads 1-minute rollups when the step is a minute or more or the
    /// range reaches past raw retention.
    pub async fn samples(
        &self,
        id: SeriesId,
        from_ms: i64,
        to_ms: i64,
        step_ms: i64,
    ) -> Result<Vec<Bucket>, HistoryError> {
        query::samples(&self.inner, id, from_ms, to_ms, step_ms).await
    }
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let rank = p * (sorted.len() - 1) as f64;
    let lo = rank.floor() as usize;
    let hi = rank.ceil() as usize;
    sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo as f64)
}

/// Summary statistics of a set of values (`None` when empty).
pub fn summarize(mut values: Vec<f64>) -> Option<Summary> {
    values.retain(|v| v.is_finite());
    if values.is_empty() {
        return None;
    }
    values.sort_unstable_by(|a, b| a.total_cmp(b));
    let n = values.len();
    Some(Summary {
        count: n as u64,
        mean: values.iter().sum::<f64>() / n as f64,
        min: values[0],
        max: values[n - 1],
        p50: percentile(&values, 0.50),
        p95: percentile(&values, 0.95),
        p99: percentile(&values, 0.99),
    })
}

#[cfg(test)]
mod tests;
