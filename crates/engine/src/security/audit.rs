//! The tamper-evident audit log: every login, permission denial, config change, healing action
//! and export is one row, chained to the previous row by
//! `hash = HMAC-SHA256(audit key, prev_hash | id | ts | actor | action | target | details)`.
//!
//! The audit key lives encrypted in the `secrets` table (the data-encryption key is outside the
//! database), so someone who can only write the database cannot recompute the chain. The head
//! (last id and hash) is kept beside it, encrypted, so deleting the newest rows is detected too.
//! Appends take `BEGIN IMMEDIATE`, so several processes (the server and the CLI) can append to
//! one database without forking the chain.
//!
//! Secrets never reach a row: `details` is scrubbed of any field whose name looks like a
//! password, token, secret or key, and of any string that looks like a JWT.

use std::sync::Arc;

use hmac::{Hmac, Mac};
use parking_lot::RwLock;
use serde::Serialize;
use serde_json::Value;
use sha2::Sha256;
use sqlx::{Row, SqlitePool};
use ts_rs::TS;

use super::crypto::Keyring;
use super::store;
use super::SecurityError;
use crate::clock::SharedClock;

const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";
const HEAD: &str = "audit.head";

/// One audit row as the API and reports show it.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct AuditEntry {
    pub id: i64,
    pub ts_ms: i64,
    pub actor: String,
    pub action: String,
    pub target: String,
    pub details: String,
    pub hash: String,
}

/// Where the chain breaks.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AuditBreak {
    #[error("audit row {0} was edited: its hash does not match its contents")]
    Edited(i64),
    #[error("audit row {0} was deleted: the chain skips from row {1} to row {2}")]
    Deleted(i64, i64, i64),
    #[error("audit row {0} was deleted: the log ends at row {1} but {2} rows were appended")]
    TailDeleted(i64, i64, i64),
    #[error("audit row {0} was inserted: it was never appended through the log")]
    Inserted(i64),
    #[error("audit row {0} was edited or re-linked: its prev_hash does not match row {1}")]
    Relinked(i64, i64),
}

impl AuditBreak {
    /// The first row that does not verify.
    pub fn row(&self) -> i64 {
        match self {
            AuditBreak::Edited(r) | AuditBreak::Deleted(r, ..) | AuditBreak::TailDeleted(r, ..) | AuditBreak::Inserted(r) | AuditBreak::Relinked(r, _) => *r,
        }
    }
}

/// Result of [`AuditLog::verify`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditVerified {
    pub rows: i64,
    pub head: String,
}

/// The audit log. Cheap to clone.
#[derive(Clone)]
pub struct AuditLog {
    pool: SqlitePool,
    key: Arc<[u8; 32]>,
    keyring: Arc<RwLock<Keyring>>,
    clock: SharedClock,
}

impl std::fmt::Debug for AuditLog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AuditLog")
    }
}

type HmacSha256 = Hmac<Sha256>;

fn row_hash(key: &[u8; 32], prev: &str, id: i64, ts: i64, actor: &str, action: &str, target: &str, details: &str) -> String {
    let mut mac = <HmacSha256 as Mac>::new_from_slice(key).expect("HMAC takes any key length");
    mac.update(prev.as_bytes());
    mac.update(&id.to_le_bytes());
    mac.update(&ts.to_le_bytes());
    for f in [actor, action, target, details] {
        mac.update(&(f.len() as u64).to_le_bytes());
        mac.update(f.as_bytes());
    }
    hex::encode(mac.finalize().into_bytes())
}

/// Field names whose values are never stored.
fn is_secret_name(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    ["password", "passwd", "token", "secret", "key", "authorization", "cookie", "credential"].iter().any(|s| n.contains(s))
}

fn looks_like_jwt(s: &str) -> bool {
    s.split('.').count() == 3 && s.contains("eyJ")
}

/// Replace secrets in `v` by `"[redacted]"`.
pub fn redact(v: &mut Value) {
    match v {
        Value::Object(map) => {
            for (k, val) in map.iter_mut() {
                if is_secret_name(k) && !val.is_null() && !val.is_boolean() {
                    *val = Value::String("[redacted]".into());
                } else {
                    redact(val);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(redact),
        Value::String(s) if looks_like_jwt(s) || s.split_whitespace().any(looks_like_jwt) => *s = "[redacted]".into(),
        _ => {}
    }
}

impl AuditLog {
    pub(crate) fn new(pool: SqlitePool, key: [u8; 32], keyring: Arc<RwLock<Keyring>>, clock: SharedClock) -> Self {
        AuditLog { pool, key: Arc::new(key), keyring, clock }
    }

    /// Append one row: who did what to which target, with details (scrubbed of secrets).
    /// Returns the new row's id.
    pub async fn append(&self, actor: &str, action: &str, target: &str, details: Value) -> Result<i64, SecurityError> {
        let mut details = details;
        redact(&mut details);
        let details = if details.is_null() { String::new() } else { details.to_string() };
        let mut conn = self.pool.acquire().await?;
        let mut tx = sqlx::Connection::begin_with(&mut *conn, "BEGIN IMMEDIATE").await?;
        let last = sqlx::query("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetch_optional(&mut *tx).await?;
        let (prev_id, prev_hash) = match last {
            Some(r) => (r.get::<i64, _>(0), r.get::<String, _>(1)),
            None => (0, GENESIS.to_string()),
        };
        let id = prev_id + 1;
        let ts = self.clock.now_ms();
        let hash = row_hash(&self.key, &prev_hash, id, ts, actor, action, target, &details);
        sqlx::query("INSERT INTO audit_log (id, ts_ms, actor, action, target, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(id)
            .bind(ts)
            .bind(actor)
            .bind(action)
            .bind(target)
            .bind(&details)
            .bind(&prev_hash)
            .bind(&hash)
            .execute(&mut *tx)
            .await?;
        let head = format!("{id}:{hash}");
        let ct = self.keyring.read().encrypt_data(head.as_bytes(), HEAD.as_bytes())?;
        store::put_secret_raw(&mut tx, HEAD, &ct, ts).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// The newest rows first.
    pub async fn recent(&self, limit: i64) -> Result<Vec<AuditEntry>, SecurityError> {
        let rows = sqlx::query("SELECT id, ts_ms, actor, action, target, details, hash FROM audit_log ORDER BY id DESC LIMIT ?").bind(limit).fetch_all(&self.pool).await?;
        Ok(rows
            .into_iter()
            .map(|r| AuditEntry { id: r.get(0), ts_ms: r.get(1), actor: r.get(2), action: r.get(3), target: r.get(4), details: r.get(5), hash: r.get(6) })
            .collect())
    }

    /// Walk the chain. `Ok` with the row count and head hash, or the first row that breaks it.
    pub async fn verify(&self) -> Result<Result<AuditVerified, AuditBreak>, SecurityError> {
        let head = match store::get_secret_raw(&self.pool, HEAD).await? {
            Some(ct) => {
                let plain = self.keyring.read().decrypt_data(&ct, HEAD.as_bytes())?;
                let text = String::from_utf8_lossy(&plain).into_owned();
                let (id, hash) = text.split_once(':').ok_or(SecurityError::Corrupt("audit head"))?;
                Some((id.parse::<i64>().map_err(|_| SecurityError::Corrupt("audit head"))?, hash.to_string()))
            }
            None => None,
        };
        let head_id = head.as_ref().map(|h| h.0).unwrap_or(0);
        let rows = sqlx::query("SELECT id, ts_ms, actor, action, target, details, prev_hash, hash FROM audit_log ORDER BY id").fetch_all(&self.pool).await?;
        let mut prev_id = 0i64;
        let mut prev_hash = GENESIS.to_string();
        for r in rows {
            let id: i64 = r.get(0);
            let stored_prev: String = r.get(6);
            let stored_hash: String = r.get(7);
            if id > head_id {
                return Ok(Err(AuditBreak::Inserted(id)));
            }
            if id != prev_id + 1 {
                return Ok(Err(AuditBreak::Deleted(prev_id + 1, prev_id, id)));
            }
            let expect = row_hash(&self.key, &stored_prev, id, r.get(1), r.get::<&str, _>(2), r.get::<&str, _>(3), r.get::<&str, _>(4), r.get::<&str, _>(5));
            if expect != stored_hash {
                return Ok(Err(AuditBreak::Edited(id)));
            }
            if stored_prev != prev_hash {
                return Ok(Err(AuditBreak::Relinked(id, prev_id)));
            }
            prev_id = id;
            prev_hash = stored_hash;
        }
        if prev_id < head_id {
            return Ok(Err(AuditBreak::TailDeleted(prev_id + 1, prev_id, head_id)));
        }
        if let Some((_, h)) = &head {
            if *h != prev_hash {
                return Ok(Err(AuditBreak::Edited(prev_id)));
            }
        }
        Ok(Ok(AuditVerified { rows: prev_id, head: prev_hash }))
    }

    /// Hash of the newest row (the chain head), for reports that cite it.
    pub async fn head(&self) -> Result<Option<(i64, String)>, SecurityError> {
        let r = sqlx::query("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetch_optional(&self.pool).await?;
        Ok(r.map(|r| (r.get(0), r.get(1))))
    }
}

/// Compliance writes its records (blocked data operations, retention runs, exports) here.
impl crate::compliance::AuditSink for AuditLog {
    fn record<'a>(&'a self, rec: crate::compliance::AuditRecord) -> crate::compliance::audit::BoxFuture<'a, Result<(), String>> {
        Box::pin(async move { self.append(&rec.actor, &rec.action, &rec.target, rec.detail).await.map(|_| ()).map_err(|e| e.to_string()) })
    }
}
