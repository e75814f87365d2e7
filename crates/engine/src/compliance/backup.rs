//! Database backups (the evidence of GDPR Art. 32(1)(c), SOC 2 A1.2, ISO 27001 A.8.13, HIPAA
//! §164.308(a)(7)): a consistent copy of the live database with SQLite's `VACUUM INTO`
//! (readers and the WAL writer carry on meanwhile), written to a backups directory
//! (`<db>.backups/` by default, mode 0700), its SHA-256 and size recorded in `backups`
//! (migration 0004), the oldest copies beyond `keep` deleted. Every backup and every pruned copy
//! is audited.
//!
//! The copy holds secrets only encrypted; the data-encryption key file (`<db>.keys`) is not in
//! the database and must be backed up separately (on purpose: the key never sits beside the
//! data it protects).
//!
//! Config: `compliance.backup: { enabled: true, interval: 24h, keep: 7, dir: PATH }`.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;
use sha2::{Digest, Sha256};
use sqlx::SqlitePool;

use super::audit::{AuditRecord, AuditSink};

/// When and where to back up.
#[derive(Debug, Clone, PartialEq)]
pub struct BackupPolicy {
    pub dir: PathBuf,
    pub every: Duration,
    /// Copies kept; older ones are deleted.
    pub keep: usize,
}

impl BackupPolicy {
    /// The default directory for a database: `<db>.backups`.
    pub fn default_dir(db: &Path) -> PathBuf {
        let mut p = db.as_os_str().to_owned();
        p.push(".backups");
        PathBuf::from(p)
    }
}

/// One backup taken.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BackupOutcome {
    pub ts_ms: i64,
    pub path: String,
    pub bytes: u64,
    pub sha256: String,
    /// Older copies deleted to keep `keep`.
    pub pruned: Vec<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("backup directory {path}: {reason}")]
    Dir { path: PathBuf, reason: String },
    #[error("cannot copy the database: {0}")]
    Db(#[from] sqlx::Error),
    #[error("cannot read the backup {path}: {reason}")]
    Read { path: PathBuf, reason: String },
}

/// `YYYYMMDDTHHMMSSmmmZ` for Unix milliseconds (proleptic Gregorian, UTC).
fn stamp(ms: i64) -> String {
    let secs = ms.div_euclid(1000);
    let (days, sod) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let (y, m, d) = guard_i18n::civil_from_days(days);
    format!("{y:04}{m:02}{d:02}T{:02}{:02}{:02}{:03}Z", sod / 3600, sod % 3600 / 60, sod % 60, ms.rem_euclid(1000))
}

fn sha256_file(path: &Path) -> Result<(u64, String), BackupError> {
    use std::io::Read;
    let err = |e: std::io::Error| BackupError::Read { path: path.to_path_buf(), reason: e.to_string() };
    let mut f = std::fs::File::open(path).map_err(err)?;
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    let mut n = 0u64;
    loop {
        let k = f.read(&mut buf).map_err(err)?;
        if k == 0 {
            break;
        }
        n += k as u64;
        h.update(&buf[..k]);
    }
    Ok((n, hex::encode(h.finalize())))
}

/// Check a recorded backup: the file exists and has the recorded SHA-256.
pub fn verify_file(path: &Path, sha256: &str) -> Result<bool, BackupError> {
    Ok(sha256_file(path)?.1 == sha256)
}

/// Take one backup now into `policy.dir`, record it, prune beyond `policy.keep`, audit both.
pub async fn backup_now(
    pool: &SqlitePool,
    policy: &BackupPolicy,
    now_ms: i64,
    actor: &str,
    audit: &dyn AuditSink,
) -> Result<BackupOutcome, BackupError> {
    let dir = &policy.dir;
    let dir_err = |reason: String| BackupError::Dir { path: dir.clone(), reason };
    {
        use std::os::unix::fs::DirBuilderExt;
        std::fs::DirBuilder::new().recursive(true).mode(0o700).create(dir).map_err(|e| dir_err(e.to_string()))?;
    }
    let path = dir.join(format!("guard-{}.db", stamp(now_ms)));
    if path.exists() {
        return Err(dir_err(format!("{} already exists", path.display())));
    }
    let tmp = path.with_extension("db.partial");
    let _ = std::fs::remove_file(&tmp);
    // A copy of the database is as secret as the database: create it 0600 (VACUUM INTO fills an
    // empty file; left to SQLite it would be 0644 less the umask).
    {
        use std::os::unix::fs::OpenOptionsExt;
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&tmp)
            .map_err(|e| dir_err(e.to_string()))?;
    }
    sqlx::query("VACUUM INTO ?").bind(tmp.to_string_lossy().as_ref()).execute(pool).await?;
    std::fs::rename(&tmp, &path).map_err(|e| dir_err(e.to_string()))?;
    let (bytes, sha256) = sha256_file(&path)?;
    let path_text = path.to_string_lossy().to_string();
    sqlx::query("INSERT INTO backups (ts_ms, path, bytes, sha256) VALUES (?, ?, ?, ?)")
        .bind(now_ms)
        .bind(&path_text)
        .bind(bytes as i64)
        .bind(&sha256)
        .execute(pool)
        .await?;

    // Keep the newest `keep` copies of this directory.
    let rows: Vec<(i64, String)> =
        sqlx::query_as("SELECT id, path FROM backups ORDER BY ts_ms DESC, id DESC").fetch_all(pool).await?;
    let mut pruned = Vec::new();
    for (id, p) in
        rows.into_iter().filter(|(_, p)| Path::new(p).parent() == Some(dir.as_path())).skip(policy.keep.max(1))
    {
        match std::fs::remove_file(&p) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                tracing::warn!(path = %p, error = %e, "cannot delete an old backup");
                continue;
            }
        }
        sqlx::query("DELETE FROM backups WHERE id = ?").bind(id).execute(pool).await?;
        pruned.push(p);
    }
    let out = BackupOutcome { ts_ms: now_ms, path: path_text.clone(), bytes, sha256, pruned };
    let rec = AuditRecord {
        actor: actor.to_string(),
        action: "backup.created".into(),
        target: path_text,
        detail: serde_json::to_value(&out).unwrap_or_default(),
    };
    if let Err(e) = audit.record(rec).await {
        tracing::error!(error = %e, "cannot audit the backup");
    }
    Ok(out)
}

/// Back up every `policy.every`, the first time as soon as the newest recorded backup is older
/// than that (or there is none). Stops when the pool closes.
pub fn spawn_job(pool: SqlitePool, policy: BackupPolicy, audit: Arc<dyn AuditSink>) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let every_ms = policy.every.as_millis().min(i64::MAX as u128) as i64;
        loop {
            if pool.is_closed() {
                return;
            }
            let now = crate::clock::unix_ms();
            let last: Option<i64> = match sqlx::query_scalar("SELECT MAX(ts_ms) FROM backups").fetch_one(&pool).await {
                Ok(v) => v,
                Err(_) if pool.is_closed() => return,
                Err(e) => {
                    tracing::warn!(error = %e, "cannot read the backup history; will retry");
                    None
                }
            };
            let due = last.map_or(0, |t| (t + every_ms - now).max(0));
            if due > 0 {
                tokio::time::sleep(Duration::from_millis(due as u64)).await;
                continue;
            }
            match backup_now(&pool, &policy, now, "system:backup", audit.as_ref()).await {
                Ok(b) => tracing::info!(path = %b.path, bytes = b.bytes, "database backed up"),
                Err(_) if pool.is_closed() => return,
                Err(e) => {
                    tracing::warn!(error = %e, "backup failed; will retry in a minute");
                    tokio::time::sleep(Duration::from_secs(60)).await;
                }
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps_are_utc_calendar_times() {
        for (ms, want) in [
            (0, "19700101T000000000Z"),
            (1_772_323_200_123, "20260301T000000123Z"),
            (951_782_400_000, "20000229T000000000Z"),
            (4_102_444_799_999, "20991231T235959999Z"),
        ] {
            assert_eq!(stamp(ms), want, "{ms}");
        }
    }
}
