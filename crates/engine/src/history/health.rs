//! Is the history being written? The writer reports every failed and every successful commit
//! here, and a watcher looks at the database file every second: deleted, replaced by another
//! file (device/inode changed) or made read-only. Readers (`/ready`, the guard's own
//! "history is not being written" incident, `/metrics`) read one [`StoreHealth`].
//!
//! A deleted or replaced file is final until restart: the guard never writes to a file that
//! is no longer the database it opened, and never creates a fresh one mid-run (the pool opens
//! connections with `create_if_missing(false)`); its pending batch stays in memory (bounded)
//! so a clean shutdown after the operator restored the file is still refused loudly.

use std::os::unix::fs::MetadataExt;
use std::path::Path;

use serde::Serialize;
use tokio::sync::watch;
use ts_rs::TS;

/// What keeps the history from being written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum StoreProblem {
    /// Commits fail (disk full, I/O error, locked …); retried with back-off.
    WriteFailed { error: String },
    /// The file or its file system no longer accepts writes.
    ReadOnly,
    /// The database file was deleted while the guard ran.
    Deleted,
    /// Another file now sits at the database's path (device or inode changed).
    Replaced,
}

impl StoreProblem {
    /// Only a restart gets out of these: the open file is not the database at the path.
    pub fn is_final(&self) -> bool {
        matches!(self, StoreProblem::Deleted | StoreProblem::Replaced)
    }

    /// English text for logs.
    pub fn describe(&self, path: &Path) -> String {
        match self {
            StoreProblem::WriteFailed { error } => format!("writes to {} fail: {error}", path.display()),
            StoreProblem::ReadOnly => format!("{} is read-only", path.display()),
            StoreProblem::Deleted => format!("{} was deleted", path.display()),
            StoreProblem::Replaced => format!("{} was replaced by another file", path.display()),
        }
    }
}

/// The history store's state as readers see it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct StoreHealth {
    /// `None` while commits succeed.
    pub problem: Option<StoreProblem>,
    /// When the current problem started.
    #[ts(type = "number | null")]
    pub since_ms: Option<i64>,
    /// Points waiting in memory for the next commit.
    #[ts(type = "number")]
    pub pending_points: u64,
    /// Points dropped (oldest first) because the pending batch reached its bound while the
    /// database refused writes; counted since start.
    #[ts(type = "number")]
    pub dropped_points: u64,
    /// Status changes and process events dropped the same way.
    #[ts(type = "number")]
    pub dropped_events: u64,
}

impl StoreHealth {
    pub fn ok(&self) -> bool {
        self.problem.is_none()
    }
}

/// Identity of the file the guard opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct FileId {
    dev: u64,
    ino: u64,
}

impl FileId {
    pub(crate) fn of(path: &Path) -> std::io::Result<FileId> {
        let m = std::fs::metadata(path)?;
        Ok(FileId { dev: m.dev(), ino: m.ino() })
    }
}

/// What the watcher finds at the path (`None`: all well).
pub(crate) fn inspect(path: &Path, opened: FileId) -> Option<StoreProblem> {
    match FileId::of(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Some(StoreProblem::Deleted),
        Err(_) => return Some(StoreProblem::Deleted),
        Ok(id) if id != opened => return Some(StoreProblem::Replaced),
        Ok(_) => {}
    }
    (!writable(path)).then_some(StoreProblem::ReadOnly)
}

/// Whether the file and its directory (WAL and shared-memory files live beside it) accept
/// writes. `access(2)` answers for the file system too: a read-only mount (`EROFS`) and an
/// immutable file (`EPERM`) refuse even root, which ignores permission bits.
pub(crate) fn writable(path: &Path) -> bool {
    use std::os::unix::ffi::OsStrExt;
    let ok = |p: &Path| {
        let Ok(c) = std::ffi::CString::new(p.as_os_str().as_bytes()) else { return false };
        // SAFETY: a valid NUL-terminated path; access(2) only reads it.
        unsafe { libc::access(c.as_ptr(), libc::W_OK) == 0 }
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    ok(path) && ok(dir)
}

/// The shared state: the writer and the watcher update it, readers subscribe.
#[derive(Debug)]
pub(crate) struct HealthCell {
    tx: watch::Sender<StoreHealth>,
}

impl HealthCell {
    pub(crate) fn new() -> Self {
        HealthCell { tx: watch::channel(StoreHealth::default()).0 }
    }

    pub(crate) fn get(&self) -> StoreHealth {
        self.tx.borrow().clone()
    }

    pub(crate) fn subscribe(&self) -> watch::Receiver<StoreHealth> {
        self.tx.subscribe()
    }

    pub(crate) fn problem(&self) -> Option<StoreProblem> {
        self.tx.borrow().problem.clone()
    }

    /// Set the problem (`None`: writes succeed again). A final problem is never replaced by a
    /// passing one; subscribers are woken only when the kind of problem changes.
    pub(crate) fn set_problem(&self, problem: Option<StoreProblem>, now_ms: i64) -> bool {
        self.tx.send_if_modified(|h| {
            if h.problem.as_ref().is_some_and(|p| p.is_final()) {
                return false;
            }
            let same_kind = match (&h.problem, &problem) {
                (None, None) => true,
                (Some(a), Some(b)) => std::mem::discriminant(a) == std::mem::discriminant(b),
                _ => false,
            };
            if same_kind {
                // Keep the newest error text without waking anyone.
                h.problem = problem;
                return false;
            }
            h.since_ms = problem.as_ref().map(|_| now_ms);
            h.problem = problem;
            true
        })
    }

    /// Counters (no wake-up: they change on every flush).
    pub(crate) fn count(&self, pending: usize, dropped_points: u64, dropped_events: u64) {
        self.tx.send_if_modified(|h| {
            h.pending_points = pending as u64;
            h.dropped_points += dropped_points;
            h.dropped_events += dropped_events;
            false
        });
    }
}
