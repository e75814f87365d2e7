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
//! The database alone cannot prove it was not cut short or rolled back (an old head from a backup
//! still decrypts). So after every append the guard signs a checkpoint `{rows, head, time}` with
//! its Ed25519 key and appends it to a file beside the database ([`super::checkpoint`]);
//! [`AuditLog::verify`] fails when the chain has fewer rows than the newest checkpoint, its head
//! is missing, or the row a checkpoint names no longer has the hash it signed.
//!
//! Secrets never reach a row: `details` is scrubbed of any field whose name looks like a
//! password, token, secret or key, and of any string that looks like a JWT.
//!
//! Operator accounts are named by a pseudonym (`subj-<hex>`, table `audit_subjects`, migration
//! 0009) wherever a row would name them (actor, target, string values of `details`). Reading
//! rows maps pseudonyms back to names. Erasing an account's personal data deletes the mapping
//! ([`erase_subject`]): the rows and their hashes stay as they were, so the chain still
//! verifies, but the pseudonym no longer leads to a person.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use hmac::{Hmac, Mac};
use parking_lot::RwLock;
use serde::Serialize;
use serde_json::Value;
use sha2::Sha256;
use sqlx::{Row, SqliteConnection, SqlitePool};
use ts_rs::TS;

use super::SecurityError;
use super::checkpoint::{Checkpoint, CheckpointProblem, Checkpoints, KeyFiles};
use super::crypto::Keyring;
use super::store;
use crate::clock::SharedClock;
use crate::heal::timeline::Msg;

use super::checkpoint::GENESIS;
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
    /// The log has `rows` rows but a checkpoint signed at `at` (ISO time) counted `signed`.
    #[error("audit rows {first} to {signed} are missing: the log has {rows} rows but the checkpoint signed at {at} counted {signed} (deleted, or an older database restored)", first = .rows + 1)]
    BehindCheckpoint { rows: i64, signed: i64, at: String },
    #[error("audit row {row} no longer matches the checkpoint signed at {at}: the log was rewritten or rolled back")]
    CheckpointMismatch { row: i64, at: String },
    #[error("the audit chain head is missing from the database while the log has {0} rows")]
    HeadMissing(i64),
    #[error("the checkpoint file {file} is missing or empty, but the signing key {key} exists")]
    CheckpointsMissing { file: String, key: String },
    #[error("the signing key {key} is missing, so the checkpoints in {file} cannot be checked")]
    SigningKeyMissing { file: String, key: String },
    #[error(
        "the audit log has rows but no checkpoints: the signing key {key} and the checkpoint file {file} are missing"
    )]
    NoCheckpoints { file: String, key: String },
    #[error("line {line} of the checkpoint file {file} is not a checkpoint signed by the guard's key")]
    CheckpointForged { file: String, line: usize },
}

impl AuditBreak {
    /// Why the chain does not verify, as a message (`audit-evidence.ftl`) the CLI, the server and
    /// the window say in their reader's language.
    pub fn msg(&self) -> Msg {
        let row = |id: &str, r: i64| Msg::new(id).num("row", r as f64);
        let files = |id: &str, file: &str, key: &str| Msg::new(id).text("file", file).text("key", key);
        match self {
            AuditBreak::Edited(r) => row("audit-break-edited", *r),
            AuditBreak::Deleted(r, from, to) => {
                row("audit-break-deleted", *r).num("from", *from as f64).num("to", *to as f64)
            }
            AuditBreak::TailDeleted(r, last, appended) => {
                row("audit-break-tail-deleted", *r).num("last", *last as f64).num("appended", *appended as f64)
            }
            AuditBreak::Inserted(r) => row("audit-break-inserted", *r),
            AuditBreak::Relinked(r, prev) => {
                row("audit-break-relinked", *r).num("prev", *prev as f64).text("field", "prev_hash")
            }
            AuditBreak::BehindCheckpoint { rows, signed, at } => Msg::new("audit-break-behind")
                .num("first", (rows + 1) as f64)
                .num("signed", *signed as f64)
                .num("rows", *rows as f64)
                .text("at", at),
            AuditBreak::CheckpointMismatch { row: r, at } => row("audit-break-mismatch", *r).text("at", at),
            AuditBreak::HeadMissing(rows) => Msg::new("audit-break-head-missing").num("rows", *rows as f64),
            AuditBreak::CheckpointsMissing { file, key } => files("audit-break-checkpoints-missing", file, key),
            AuditBreak::SigningKeyMissing { file, key } => files("audit-break-key-missing", file, key),
            AuditBreak::NoCheckpoints { file, key } => files("audit-break-no-checkpoints", file, key),
            AuditBreak::CheckpointForged { file, line } => {
                Msg::new("audit-break-forged").text("file", file).num("line", *line as f64)
            }
        }
    }
}

impl From<CheckpointProblem> for AuditBreak {
    fn from(p: CheckpointProblem) -> AuditBreak {
        let d = |p: &std::path::Path| p.display().to_string();
        match p {
            CheckpointProblem::FileMissing { file, key } => {
                AuditBreak::CheckpointsMissing { file: d(&file), key: d(&key) }
            }
            CheckpointProblem::KeyMissing { file, key } => {
                AuditBreak::SigningKeyMissing { file: d(&file), key: d(&key) }
            }
            CheckpointProblem::NoCheckpoints { file, key } => {
                AuditBreak::NoCheckpoints { file: d(&file), key: d(&key) }
            }
            CheckpointProblem::Forged { file, line } => AuditBreak::CheckpointForged { file: d(&file), line },
        }
    }
}

impl AuditBreak {
    /// The first row that does not verify.
    pub fn row(&self) -> i64 {
        match self {
            AuditBreak::Edited(r)
            | AuditBreak::Deleted(r, ..)
            | AuditBreak::TailDeleted(r, ..)
            | AuditBreak::Inserted(r)
            | AuditBreak::Relinked(r, _) => *r,
            AuditBreak::BehindCheckpoint { rows, .. } => rows + 1,
            AuditBreak::CheckpointMismatch { row, .. } => *row,
            AuditBreak::HeadMissing(_) => 1,
            AuditBreak::CheckpointsMissing { .. }
            | AuditBreak::SigningKeyMissing { .. }
            | AuditBreak::NoCheckpoints { .. }
            | AuditBreak::CheckpointForged { .. } => 0,
        }
    }
}

/// Result of [`AuditLog::verify`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditVerified {
    pub rows: i64,
    pub head: String,
    /// The newest signed checkpoint the chain matches (`None` only for an empty log that was
    /// never checkpointed).
    pub checkpoint: Option<Checkpoint>,
}

/// The audit log. Cheap to clone.
#[derive(Clone)]
pub struct AuditLog {
    pool: SqlitePool,
    key: Arc<[u8; 32]>,
    keyring: Arc<RwLock<Keyring>>,
    clock: SharedClock,
    checkpoints: Option<Arc<Checkpoints>>,
}

impl std::fmt::Debug for AuditLog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AuditLog")
    }
}

type HmacSha256 = Hmac<Sha256>;

#[allow(clippy::too_many_arguments)] // the row's fields, in the order they are hashed
fn row_hash(
    key: &[u8; 32],
    prev: &str,
    id: i64,
    ts: i64,
    actor: &str,
    action: &str,
    target: &str,
    details: &str,
) -> String {
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
    ["password", "passwd", "token", "secret", "key", "authorization", "cookie", "credential"]
        .iter()
        .any(|s| n.contains(s))
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
        AuditLog { pool, key: Arc::new(key), keyring, clock, checkpoints: None }
    }

    pub(crate) fn with_checkpoints(mut self, c: Arc<Checkpoints>) -> Self {
        self.checkpoints = Some(c);
        self
    }

    /// The same log writing no checkpoints: what someone holding the keyring but not the
    /// signing key could append (tests of the rewrite attack).
    #[cfg(test)]
    pub(crate) fn without_checkpoints(&self) -> AuditLog {
        AuditLog { checkpoints: None, ..self.clone() }
    }

    /// The signed checkpoints beside the database.
    pub fn checkpoints(&self) -> Option<&Arc<Checkpoints>> {
        self.checkpoints.as_ref()
    }

    /// Sign a checkpoint of the current head now (unless this process already signed it) and
    /// return it: what reports cite, and what the guard's minute tick writes.
    pub async fn checkpoint_now(&self) -> Result<Option<Checkpoint>, SecurityError> {
        let Some(c) = &self.checkpoints else { return Ok(None) };
        let (rows, head) = self.head().await?.unwrap_or((0, GENESIS.to_string()));
        c.record(rows, &head).await
    }

    /// Append one row: who did what to which target, with details (scrubbed of secrets).
    /// Returns the new row's id.
    pub async fn append(&self, actor: &str, action: &str, target: &str, details: Value) -> Result<i64, SecurityError> {
        let mut details = details;
        redact(&mut details);
        let mut conn = self.pool.acquire().await?;
        let mut tx = sqlx::Connection::begin_with(&mut *conn, "BEGIN IMMEDIATE").await?;
        let ts = self.clock.now_ms();
        let actor_p = pseudonym_for(&mut tx, actor, ts).await?;
        let target_p = pseudonym_for(&mut tx, target, ts).await?;
        let mut named: Vec<(String, String)> = [(actor, &actor_p), (target, &target_p)]
            .into_iter()
            .filter(|(a, b)| a != b)
            .map(|(a, b)| (a.to_string(), b.clone()))
            .collect();
        pseudonymize_json(&mut tx, &mut details, ts, &mut named).await?;
        // Free text (e.g. a finding's "`ana` attempted …") names the same people: replace them too.
        replace_names_json(&mut details, &named);
        let (actor, target) = (actor_p, target_p);
        let (actor, target) = (actor.as_str(), target.as_str());
        let details = if details.is_null() { String::new() } else { details.to_string() };
        let last =
            sqlx::query("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetch_optional(&mut *tx).await?;
        let (prev_id, prev_hash) = match last {
            Some(r) => (r.get::<i64, _>(0), r.get::<String, _>(1)),
            None => (0, GENESIS.to_string()),
        };
        let id = prev_id + 1;
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
        super::crypto::refresh(&self.keyring);
        let ct = self.keyring.read().encrypt_data(head.as_bytes(), HEAD.as_bytes())?;
        store::put_secret_raw(&mut tx, HEAD, &ct, ts).await?;
        tx.commit().await?;
        if let Some(c) = &self.checkpoints {
            // The row is committed either way; a checkpoint that cannot be written now is
            // written by the next append or the guard's minute tick.
            if let Err(e) = c.record(id, &hash).await {
                tracing::error!(error = %e, "cannot write the audit checkpoint");
            }
        }
        Ok(id)
    }

    /// The newest rows first, pseudonyms shown as the account names they stand for (an erased
    /// account's pseudonym stays as it is).
    pub async fn recent(&self, limit: i64) -> Result<Vec<AuditEntry>, SecurityError> {
        let rows = sqlx::query(
            "SELECT id, ts_ms, actor, action, target, details, hash FROM audit_log ORDER BY id DESC LIMIT ?",
        )
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        let names = subject_names(&self.pool).await?;
        Ok(revealed(rows, &names))
    }

    /// Every row that names `subject` (by its pseudonym), oldest first, with pseudonyms revealed.
    pub async fn rows_of_subject(&self, subject: &str) -> Result<Vec<AuditEntry>, SecurityError> {
        let Some(p) = pseudonym_of(&self.pool, subject).await? else { return Ok(Vec::new()) };
        let like = format!("%{p}%");
        let rows = sqlx::query("SELECT id, ts_ms, actor, action, target, details, hash FROM audit_log WHERE actor = ? OR target = ? OR details LIKE ? ORDER BY id")
            .bind(&p)
            .bind(&p)
            .bind(&like)
            .fetch_all(&self.pool)
            .await?;
        let names = subject_names(&self.pool).await?;
        Ok(revealed(rows, &names))
    }

    /// Open the audit log of a database read-only, for verification outside the server (reports):
    /// the keyring file must exist (it is never created here) and hold the key the audit key was
    /// encrypted with. `Ok(None)` when the database has no audit key yet.
    pub async fn open_for_verification(pool: SqlitePool, key_file: &Path) -> Result<Option<AuditLog>, SecurityError> {
        let Some(ring) = Keyring::load(key_file)? else {
            return Err(SecurityError::Invalid(
                Msg::new("sec-error-key-file-missing").text("file", key_file.display()),
            ));
        };
        AuditLog::open_with_keyring(pool, ring, KeyFiles::beside_keyring(key_file)).await
    }

    /// [`Self::open_for_verification`] with a keyring the caller already has (from the config's
    /// passphrase or the key file); the checkpoints are read from `files`, nothing is created.
    pub async fn open_with_keyring(
        pool: SqlitePool,
        ring: Keyring,
        files: KeyFiles,
    ) -> Result<Option<AuditLog>, SecurityError> {
        let Some(ct) = store::get_secret_raw(&pool, super::AUDIT_KEY).await? else { return Ok(None) };
        let key: [u8; 32] = ring
            .decrypt_data(&ct, super::AUDIT_KEY.as_bytes())?
            .try_into()
            .map_err(|_| SecurityError::Corrupt("audit key"))?;
        let checkpoints = Arc::new(Checkpoints::open_for_verification(files)?);
        Ok(Some(
            AuditLog::new(pool, key, Arc::new(RwLock::new(ring)), Arc::new(crate::clock::SystemClock))
                .with_checkpoints(checkpoints),
        ))
    }

    /// Walk the chain. `Ok` with the row count and head hash, or the first row that breaks it.
    pub async fn verify(&self) -> Result<Result<AuditVerified, AuditBreak>, SecurityError> {
        let head = match store::get_secret_raw(&self.pool, HEAD).await? {
            Some(ct) => {
                super::crypto::refresh(&self.keyring);
                let plain = self.keyring.read().decrypt_data(&ct, HEAD.as_bytes())?;
                let text = String::from_utf8_lossy(&plain).into_owned();
                let (id, hash) = text.split_once(':').ok_or(SecurityError::Corrupt("audit head"))?;
                Some((id.parse::<i64>().map_err(|_| SecurityError::Corrupt("audit head"))?, hash.to_string()))
            }
            None => None,
        };
        let head_id = head.as_ref().map(|h| h.0).unwrap_or(0);
        let rows =
            sqlx::query("SELECT id, ts_ms, actor, action, target, details, prev_hash, hash FROM audit_log ORDER BY id")
                .fetch_all(&self.pool)
                .await?;
        if head.is_none() && !rows.is_empty() {
            return Ok(Err(AuditBreak::HeadMissing(rows.len() as i64)));
        }
        // The newest signed checkpoint, every line's signature checked.
        let newest = match &self.checkpoints {
            Some(c) => match c.newest_verified(!rows.is_empty())? {
                Ok(n) => n,
                Err(p) => return Ok(Err(p.into())),
            },
            None => None,
        };
        let mut at_checkpoint: Option<String> = None;
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
            let expect = row_hash(
                &self.key,
                &stored_prev,
                id,
                r.get(1),
                r.get::<&str, _>(2),
                r.get::<&str, _>(3),
                r.get::<&str, _>(4),
                r.get::<&str, _>(5),
            );
            if expect != stored_hash {
                return Ok(Err(AuditBreak::Edited(id)));
            }
            if stored_prev != prev_hash {
                return Ok(Err(AuditBreak::Relinked(id, prev_id)));
            }
            if newest.as_ref().is_some_and(|c| c.rows == id) {
                at_checkpoint = Some(stored_hash.clone());
            }
            prev_id = id;
            prev_hash = stored_hash;
        }
        if prev_id < head_id {
            return Ok(Err(AuditBreak::TailDeleted(prev_id + 1, prev_id, head_id)));
        }
        if let Some((_, h)) = &head
            && *h != prev_hash
        {
            return Ok(Err(AuditBreak::Edited(prev_id)));
        }
        if let Some(c) = &newest {
            if prev_id < c.rows {
                return Ok(Err(AuditBreak::BehindCheckpoint { rows: prev_id, signed: c.rows, at: c.at() }));
            }
            let expected = if c.rows == 0 { Some(GENESIS.to_string()) } else { at_checkpoint };
            if expected.as_deref() != Some(c.head.as_str()) {
                return Ok(Err(AuditBreak::CheckpointMismatch { row: c.rows, at: c.at() }));
            }
        }
        Ok(Ok(AuditVerified { rows: prev_id, head: prev_hash, checkpoint: newest }))
    }

    /// Hash of the newest row (the chain head), for reports that cite it.
    pub async fn head(&self) -> Result<Option<(i64, String)>, SecurityError> {
        let r =
            sqlx::query("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetch_optional(&self.pool).await?;
        Ok(r.map(|r| (r.get(0), r.get(1))))
    }
}

/// The pseudonym of an account name, if it has one.
pub async fn pseudonym_of(pool: &SqlitePool, subject: &str) -> Result<Option<String>, SecurityError> {
    Ok(sqlx::query_scalar("SELECT pseudonym FROM audit_subjects WHERE subject = ?")
        .bind(subject)
        .fetch_optional(pool)
        .await?)
}

/// The pseudonym to store for `s`: its existing one, a fresh one when `s` names an account,
/// else `s` itself (system actors such as `system:retention`, unknown names of failed logins).
async fn pseudonym_for(conn: &mut SqliteConnection, s: &str, now_ms: i64) -> Result<String, SecurityError> {
    if s.is_empty() || s.starts_with(PSEUDONYM_PREFIX) {
        return Ok(s.to_string());
    }
    if let Some(p) = sqlx::query_scalar::<_, String>("SELECT pseudonym FROM audit_subjects WHERE subject = ?")
        .bind(s)
        .fetch_optional(&mut *conn)
        .await?
    {
        return Ok(p);
    }
    let is_account =
        sqlx::query("SELECT 1 FROM users WHERE name = ?").bind(s).fetch_optional(&mut *conn).await?.is_some();
    if !is_account {
        return Ok(s.to_string());
    }
    let p = format!("{PSEUDONYM_PREFIX}{}", hex::encode(super::crypto::random_bytes::<8>()?));
    sqlx::query("INSERT INTO audit_subjects (subject, pseudonym, created_ms) VALUES (?, ?, ?)")
        .bind(s)
        .bind(&p)
        .bind(now_ms)
        .execute(&mut *conn)
        .await?;
    Ok(p)
}

/// Keys of `details` whose string values may name a person.
const PERSON_KEYS: &[&str] = &["actor", "user", "user_name", "username", "subject", "by", "owner"];

/// Replace the values of person fields ([`PERSON_KEYS`]) of `v` that name an account by its
/// pseudonym (other fields stay: a role called `admin` is not the account `admin`).
async fn pseudonymize_json(
    conn: &mut SqliteConnection,
    v: &mut Value,
    now_ms: i64,
    named: &mut Vec<(String, String)>,
) -> Result<(), SecurityError> {
    let mut stack: Vec<&mut Value> = vec![v];
    while let Some(v) = stack.pop() {
        match v {
            Value::Array(items) => stack.extend(items.iter_mut()),
            Value::Object(map) => {
                for (k, val) in map.iter_mut() {
                    match val {
                        Value::String(s) if PERSON_KEYS.contains(&k.as_str()) && s.len() <= 64 => {
                            let p = pseudonym_for(conn, s, now_ms).await?;
                            if p != *s {
                                named.push((std::mem::replace(s, p.clone()), p));
                            }
                        }
                        other => stack.push(other),
                    }
                }
            }
            _ => {}
        }
    }
    Ok(())
}

fn replace_names_json(v: &mut Value, named: &[(String, String)]) {
    if named.is_empty() {
        return;
    }
    match v {
        Value::String(s) => {
            for (name, p) in named {
                *s = replace_word(s, name, p);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|x| replace_names_json(x, named)),
        Value::Object(map) => map.values_mut().for_each(|x| replace_names_json(x, named)),
        _ => {}
    }
}

/// `text` with every occurrence of the account name `word` that stands alone (not inside a
/// longer name: neighbours are not letters, digits or `._-@`) replaced by `with`.
pub fn replace_word(text: &str, word: &str, with: &str) -> String {
    if word.is_empty() || !text.contains(word) {
        return text.to_string();
    }
    let is_name = |c: char| c.is_alphanumeric() || "._-@".contains(c);
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(word) {
        let before = rest[..i].chars().next_back().or_else(|| out.chars().next_back());
        // Punctuation that ends a sentence (`ana.`) is not part of the name.
        let mut next = rest[i + word.len()..].chars();
        let after = match (next.next(), next.next()) {
            (Some(c), follow) if "._-@".contains(c) && !follow.is_some_and(char::is_alphanumeric) => None,
            (c, _) => c,
        };
        out.push_str(&rest[..i]);
        if before.is_some_and(is_name) || after.is_some_and(is_name) {
            out.push_str(word);
        } else {
            out.push_str(with);
        }
        rest = &rest[i + word.len()..];
    }
    out.push_str(rest);
    out
}

/// Prefix of the pseudonyms audit rows store for operator accounts.
pub const PSEUDONYM_PREFIX: &str = "subj-";

/// Rows of `SELECT id, ts_ms, actor, action, target, details, hash` as entries, pseudonyms
/// shown as the account names they stand for.
fn revealed(rows: Vec<sqlx::sqlite::SqliteRow>, names: &HashMap<String, String>) -> Vec<AuditEntry> {
    rows.into_iter()
        .map(|r| AuditEntry {
            id: r.get(0),
            ts_ms: r.get(1),
            actor: reveal(names, r.get(2)),
            action: r.get(3),
            target: reveal(names, r.get(4)),
            details: reveal(names, r.get(5)),
            hash: r.get(6),
        })
        .collect()
}

async fn subject_names(pool: &SqlitePool) -> Result<HashMap<String, String>, SecurityError> {
    let rows: Vec<(String, String)> =
        sqlx::query_as("SELECT pseudonym, subject FROM audit_subjects").fetch_all(pool).await?;
    Ok(rows.into_iter().collect())
}

/// `text` with every known pseudonym replaced by its account name.
fn reveal(names: &HashMap<String, String>, text: String) -> String {
    if !text.contains(PSEUDONYM_PREFIX) {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(i) = rest.find(PSEUDONYM_PREFIX) {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        let end = PSEUDONYM_PREFIX.len()
            + tail[PSEUDONYM_PREFIX.len()..]
                .find(|c: char| !c.is_ascii_hexdigit())
                .unwrap_or(tail.len() - PSEUDONYM_PREFIX.len());
        let p = &tail[..end];
        out.push_str(names.get(p).map(String::as_str).unwrap_or(p));
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

/// Erase the link between an account name and its audit pseudonym (GDPR Art. 17). The audit
/// rows are untouched, so the chain still verifies. Returns the pseudonym that was unlinked.
pub async fn erase_subject(conn: &mut SqliteConnection, subject: &str) -> Result<Option<String>, SecurityError> {
    let p: Option<String> = sqlx::query_scalar("DELETE FROM audit_subjects WHERE subject = ? RETURNING pseudonym")
        .bind(subject)
        .fetch_optional(&mut *conn)
        .await?;
    Ok(p)
}

/// Compliance writes its records (blocked data operations, retention runs, exports) here.
impl crate::compliance::AuditSink for AuditLog {
    fn record<'a>(
        &'a self,
        rec: crate::compliance::AuditRecord,
    ) -> crate::compliance::audit::BoxFuture<'a, Result<(), String>> {
        Box::pin(async move {
            self.append(&rec.actor, &rec.action, &rec.target, rec.detail).await.map(|_| ()).map_err(|e| e.to_string())
        })
    }
}

#[cfg(test)]
mod word_tests {
    use super::replace_word;

    #[test]
    fn names_are_replaced_only_where_they_stand_alone() {
        for (text, want) in [
            ("`ana` attempted x", "`P` attempted x"),
            ("ana", "P"),
            ("banana ana.b ana_x ana", "banana ana.b ana_x P"),
            ("by ana, for ana.", "by P, for P."),
            ("anatomy", "anatomy"),
        ] {
            assert_eq!(replace_word(text, "ana", "P"), want, "{text}");
        }
    }
}
