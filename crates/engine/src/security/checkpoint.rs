//! Signed audit checkpoints outside the database (issue 16), in the spirit of CloudTrail's
//! digest files and Certificate Transparency's signed tree heads.
//!
//! The guard keeps an Ed25519 signing key beside the database (`<db>.signing`, mode 0600: the
//! public key in clear, the secret key encrypted with the data-encryption keyring like every
//! other key) and, after every audit append (and at least every minute while the head moved),
//! appends a signed checkpoint `{rows, head hash, time}` to `<db>.checkpoints` (mode 0600,
//! opened append-only). The database can be rewritten, truncated or restored from a backup;
//! the checkpoint file still says how many rows there were and what the head was, and only the
//! holder of the secret key can sign a new one. `AuditLog::verify` compares the chain with the
//! newest checkpoint; reports cite one and are signed with the same key, so an auditor needs
//! only the public key (`pipeline-guard key export`).
//!
//! Formats (one line each, ASCII):
//! - signing file: `public ed25519:<64 hex>` and `secret <hex of the PGE1 ciphertext>`;
//! - checkpoint line: `<rows> <head hex> <ts_ms> <128 hex signature>`, the signature over
//!   `pipeline-guard audit checkpoint v1\n<rows>\n<head>\n<ts_ms>`;
//! - compact form (cited by reports): `<rows>.<head>.<ts_ms>.<signature>`.

use std::io::Write;
use std::path::{Path, PathBuf};

use ed25519_dalek::{Signature, Signer as _, SigningKey, VerifyingKey};
use serde::Serialize;
use ts_rs::TS;

use super::SecurityError;
use super::crypto::{CryptoError, Keyring, random_bytes};
use crate::clock::SharedClock;
use crate::heal::timeline::Msg;

const CHECKPOINT_DOMAIN: &str = "pipeline-guard audit checkpoint v1\n";
/// AAD of the encrypted secret key in the signing file.
const SIGNING_AAD: &[u8] = b"ed25519.signing_key";
/// The chain head of an empty log.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// One signed checkpoint of the audit chain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export, rename = "AuditCheckpoint")]
pub struct Checkpoint {
    /// Rows in the chain (= id of its newest row).
    #[ts(type = "number")]
    pub rows: i64,
    /// Hash of row `rows` (all zeros for an empty log).
    pub head: String,
    #[ts(type = "number")]
    pub ts_ms: i64,
    /// Ed25519 signature, 128 hex digits.
    pub signature: String,
}

fn message(rows: i64, head: &str, ts_ms: i64) -> Vec<u8> {
    format!("{CHECKPOINT_DOMAIN}{rows}\n{head}\n{ts_ms}").into_bytes()
}

fn is_hex(s: &str, len: usize) -> bool {
    s.len() == len && s.bytes().all(|b| b.is_ascii_hexdigit())
}

impl Checkpoint {
    fn from_parts(parts: &[&str]) -> Option<Checkpoint> {
        let [rows, head, ts, sig] = parts else { return None };
        let rows: i64 = rows.parse().ok().filter(|r| *r >= 0)?;
        let ts_ms: i64 = ts.parse().ok()?;
        (is_hex(head, 64) && is_hex(sig, 128)).then(|| Checkpoint {
            rows,
            head: head.to_ascii_lowercase(),
            ts_ms,
            signature: sig.to_ascii_lowercase(),
        })
    }

    /// The line in the checkpoint file.
    pub fn line(&self) -> String {
        format!("{} {} {} {}", self.rows, self.head, self.ts_ms, self.signature)
    }

    pub fn parse_line(s: &str) -> Option<Checkpoint> {
        Checkpoint::from_parts(&s.split_whitespace().collect::<Vec<_>>())
    }

    /// The form reports cite (no spaces).
    pub fn compact(&self) -> String {
        format!("{}.{}.{}.{}", self.rows, self.head, self.ts_ms, self.signature)
    }

    pub fn parse_compact(s: &str) -> Option<Checkpoint> {
        Checkpoint::from_parts(&s.split('.').collect::<Vec<_>>())
    }

    /// Whether `key` signed this checkpoint.
    pub fn verify(&self, key: &PublicKey) -> bool {
        key.verify(&message(self.rows, &self.head, self.ts_ms), &self.signature)
    }

    /// When it was signed, `YYYY-MM-DDTHH:MM:SSZ`.
    pub fn at(&self) -> String {
        iso_utc(self.ts_ms)
    }
}

/// `YYYY-MM-DDTHH:MM:SSZ` of a Unix time in milliseconds.
pub fn iso_utc(ms: i64) -> String {
    let secs = ms.div_euclid(1000);
    let (y, m, d) = guard_i18n::civil_from_days(secs.div_euclid(86_400));
    let s = secs.rem_euclid(86_400);
    format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z", s / 3600, s / 60 % 60, s % 60)
}

/// An Ed25519 public key, written `ed25519:<64 hex>`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct PublicKey(VerifyingKey);

impl std::fmt::Display for PublicKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ed25519:{}", hex::encode(self.0.to_bytes()))
    }
}

impl std::fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self, f)
    }
}

impl std::str::FromStr for PublicKey {
    type Err = String;

    /// `ed25519:<64 hex>` (what `pipeline-guard key export` prints) or the 64 hex digits alone.
    fn from_str(s: &str) -> Result<PublicKey, String> {
        let t = s.trim();
        let h = t.strip_prefix("ed25519:").unwrap_or(t);
        let bytes: [u8; 32] = hex::decode(h)
            .ok()
            .and_then(|b| b.try_into().ok())
            .ok_or_else(|| format!("`{t}` is not an Ed25519 public key: expected ed25519:<64 hex digits>"))?;
        VerifyingKey::from_bytes(&bytes).map(PublicKey).map_err(|_| format!("`{t}` is not a valid Ed25519 public key"))
    }
}

impl PublicKey {
    /// Whether `signature_hex` is this key's signature of `msg` (strict verification: no
    /// malleable or small-order forms).
    pub fn verify(&self, msg: &[u8], signature_hex: &str) -> bool {
        let Some(bytes) = hex::decode(signature_hex).ok().and_then(|b| <[u8; 64]>::try_from(b).ok()) else {
            return false;
        };
        self.0.verify_strict(msg, &Signature::from_bytes(&bytes)).is_ok()
    }

    /// The 64 hex digits.
    pub fn hex(&self) -> String {
        hex::encode(self.0.to_bytes())
    }
}

/// The guard's Ed25519 secret key (never printed).
#[derive(Clone)]
pub struct Signer {
    key: SigningKey,
}

impl std::fmt::Debug for Signer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Signer").field("public", &self.public()).finish_non_exhaustive()
    }
}

impl Signer {
    pub fn generate() -> Result<Signer, CryptoError> {
        Ok(Signer { key: SigningKey::from_bytes(&random_bytes::<32>()?) })
    }

    /// A key from its 32 secret bytes (tests and benchmarks use a fixed one for stable output).
    pub fn from_secret(bytes: [u8; 32]) -> Signer {
        Signer { key: SigningKey::from_bytes(&bytes) }
    }

    pub fn public(&self) -> PublicKey {
        PublicKey(self.key.verifying_key())
    }

    /// The signature of `msg`, 128 hex digits.
    pub fn sign(&self, msg: &[u8]) -> String {
        hex::encode(self.key.sign(msg).to_bytes())
    }

    /// A checkpoint of `rows` / `head` at `ts_ms`.
    pub fn checkpoint(&self, rows: i64, head: &str, ts_ms: i64) -> Checkpoint {
        Checkpoint { rows, head: head.to_string(), ts_ms, signature: self.sign(&message(rows, head, ts_ms)) }
    }
}

/// The files beside a database: `<db>.signing` and `<db>.checkpoints`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyFiles {
    pub signing: PathBuf,
    pub checkpoints: PathBuf,
}

fn with_suffix(base: &Path, suffix: &str) -> PathBuf {
    let mut p = base.as_os_str().to_owned();
    p.push(suffix);
    PathBuf::from(p)
}

impl KeyFiles {
    pub fn for_db(db: &Path) -> KeyFiles {
        KeyFiles { signing: with_suffix(db, ".signing"), checkpoints: with_suffix(db, ".checkpoints") }
    }

    /// Beside the keyring file `<db>.keys` (what `SecurityManager::open` is given).
    pub fn beside_keyring(key_file: &Path) -> KeyFiles {
        let s = key_file.as_os_str().to_string_lossy();
        match s.strip_suffix(".keys") {
            Some(db) => KeyFiles::for_db(Path::new(db)),
            None => KeyFiles::for_db(key_file),
        }
    }
}

fn file_err(path: &Path, reason: impl std::fmt::Display) -> SecurityError {
    SecurityError::Crypto(CryptoError::KeyFile { path: path.to_path_buf(), reason: reason.to_string() })
}

/// The public key in a signing file; `Ok(None)` when the file does not exist.
pub fn read_public_key(path: &Path) -> Result<Option<PublicKey>, SecurityError> {
    Ok(read_signing_file(path)?.map(|(p, _)| p))
}

fn read_signing_file(path: &Path) -> Result<Option<(PublicKey, Vec<u8>)>, SecurityError> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(file_err(path, e)),
    };
    let (mut public, mut secret) = (None, None);
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        match line.split_once(' ') {
            Some(("public", v)) => public = Some(v.parse::<PublicKey>().map_err(|e| file_err(path, e))?),
            Some(("secret", v)) => {
                secret = Some(hex::decode(v.trim()).map_err(|_| file_err(path, "the secret line is not hex"))?)
            }
            _ => {
                return Err(file_err(path, format!("unexpected line `{}`", line.chars().take(40).collect::<String>())));
            }
        }
    }
    match (public, secret) {
        (Some(p), Some(s)) => Ok(Some((p, s))),
        _ => Err(file_err(path, "expected a `public` and a `secret` line")),
    }
}

/// Write the signing file atomically, mode 0600, the secret key encrypted with `ring`.
fn write_signing_file(path: &Path, signer: &Signer, ring: &Keyring) -> Result<(), SecurityError> {
    let ct = ring.encrypt_data(&signer.key.to_bytes(), SIGNING_AAD)?;
    let text = format!(
        "# Pipeline Guard Ed25519 signing key: signs the audit checkpoints and every report.\n\
         # The public key is what auditors need (`pipeline-guard key export`). The secret is encrypted\n\
         # with the data-encryption key. Keep this file private; back it up with the database.\n\
         public {}\nsecret {}\n",
        signer.public(),
        hex::encode(ct)
    );
    let tmp = with_suffix(path, ".tmp");
    {
        use std::os::unix::fs::OpenOptionsExt;
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(0o600)
            .open(&tmp)
            .map_err(|e| file_err(&tmp, e))?;
        f.write_all(text.as_bytes()).map_err(|e| file_err(&tmp, e))?;
        f.sync_all().map_err(|e| file_err(&tmp, e))?;
    }
    std::fs::rename(&tmp, path).map_err(|e| file_err(path, e))
}

/// What a checkpoint file holds: the parsed lines with their line numbers (1-based), and the
/// numbers of lines that are not checkpoints at all.
#[derive(Debug, Clone, Default)]
pub struct CheckpointFile {
    pub lines: Vec<(usize, Checkpoint)>,
    pub malformed: Vec<usize>,
}

/// Read a checkpoint file; `Ok(None)` when it does not exist.
pub fn read_checkpoints(path: &Path) -> Result<Option<CheckpointFile>, SecurityError> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(file_err(path, e)),
    };
    let mut f = CheckpointFile::default();
    for (i, line) in text.lines().enumerate() {
        let l = line.trim();
        if l.is_empty() || l.starts_with('#') {
            continue;
        }
        match Checkpoint::parse_line(l) {
            Some(c) => f.lines.push((i + 1, c)),
            None => f.malformed.push(i + 1),
        }
    }
    Ok(Some(f))
}

/// The last `max` bytes of a file from the start of a line (empty when it does not exist).
fn read_tail(path: &Path, max: u64) -> Result<String, SecurityError> {
    use std::io::{Read, Seek, SeekFrom};
    let mut f = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(String::new()),
        Err(e) => return Err(file_err(path, e)),
    };
    let len = f.metadata().map_err(|e| file_err(path, e))?.len();
    let from = len.saturating_sub(max);
    f.seek(SeekFrom::Start(from)).map_err(|e| file_err(path, e))?;
    let mut buf = Vec::new();
    f.read_to_end(&mut buf).map_err(|e| file_err(path, e))?;
    let text = String::from_utf8_lossy(&buf).into_owned();
    Ok(if from > 0 { text.split_once('\n').map(|(_, rest)| rest.to_string()).unwrap_or_default() } else { text })
}

/// Append one line to the checkpoint file (created 0600; opened `O_APPEND`, so the guard only
/// ever adds to it). Durable like the database commit it follows (WAL, `synchronous=NORMAL`):
/// it survives the process being killed; the first line, written with the key, is synced.
fn append_line(path: &Path, line: &str, header: Option<&str>, sync: bool) -> Result<(), SecurityError> {
    use std::os::unix::fs::OpenOptionsExt;
    let mut f =
        std::fs::OpenOptions::new().append(true).create(true).mode(0o600).open(path).map_err(|e| file_err(path, e))?;
    let mut text = String::new();
    if let Some(h) = header {
        text.push_str(h);
    }
    text.push_str(line);
    text.push('\n');
    // One write call: lines from several processes never interleave.
    f.write_all(text.as_bytes()).map_err(|e| file_err(path, e))?;
    if sync {
        f.sync_all().map_err(|e| file_err(path, e))?;
    }
    Ok(())
}

/// Why the audit chain does not agree with its checkpoints.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckpointProblem {
    /// The signing key exists but the checkpoint file is missing or holds no checkpoint.
    FileMissing { file: PathBuf, key: PathBuf },
    /// Checkpoints exist but the signing key (its public half) does not.
    KeyMissing { file: PathBuf, key: PathBuf },
    /// Neither exists, yet the log has rows.
    NoCheckpoints { file: PathBuf, key: PathBuf },
    /// A line that is not a checkpoint signed by the key.
    Forged { file: PathBuf, line: usize },
}

/// The checkpoints of one database, and — in the guard — the key to sign new ones.
pub struct Checkpoints {
    files: KeyFiles,
    public: Option<PublicKey>,
    signer: Option<Signer>,
    /// The newest checkpoint this process wrote or found at start.
    last: parking_lot::Mutex<Option<Checkpoint>>,
    /// Serializes signing and appending within the process.
    write: tokio::sync::Mutex<()>,
    clock: SharedClock,
}

impl std::fmt::Debug for Checkpoints {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Checkpoints").field("files", &self.files).field("public", &self.public).finish_non_exhaustive()
    }
}

const FILE_HEADER: &str =
    "# Pipeline Guard audit checkpoints: rows, head hash, time (Unix ms), Ed25519 signature. Append-only.\n";

impl Checkpoints {
    /// The guard's checkpoints: load the signing key (decrypting it with `ring`), or create it
    /// with a first checkpoint of `head` when neither the key nor any checkpoint exists. A
    /// checkpoint file without its key is refused: a new key would make every earlier
    /// checkpoint unverifiable.
    pub fn open_for_signing(
        files: KeyFiles,
        ring: &Keyring,
        clock: SharedClock,
        head: (i64, &str),
    ) -> Result<Checkpoints, SecurityError> {
        let existing = read_checkpoints(&files.checkpoints)?;
        let signer = match read_signing_file(&files.signing)? {
            Some(_) if existing.as_ref().is_none_or(|f| f.lines.is_empty()) => {
                return Err(SecurityError::Invalid(
                    Msg::new("sec-error-checkpoints-missing")
                        .text("file", files.checkpoints.display())
                        .text("key", files.signing.display()),
                ));
            }
            Some((public, ct)) => {
                let bytes: [u8; 32] = ring
                    .decrypt_data(&ct, SIGNING_AAD)?
                    .try_into()
                    .map_err(|_| SecurityError::Corrupt("signing key"))?;
                let s = Signer { key: SigningKey::from_bytes(&bytes) };
                if s.public() != public {
                    return Err(file_err(&files.signing, "the public key does not belong to the secret key"));
                }
                s
            }
            None if existing.as_ref().is_some_and(|f| !f.lines.is_empty()) => {
                return Err(SecurityError::Invalid(
                    Msg::new("sec-error-signing-key-missing")
                        .text("key", files.signing.display())
                        .text("file", files.checkpoints.display()),
                ));
            }
            None => {
                let s = Signer::generate()?;
                // The first checkpoint goes out before the key: a key never exists without one.
                let first = s.checkpoint(head.0, head.1, clock.now_ms());
                append_line(&files.checkpoints, &first.line(), existing.is_none().then_some(FILE_HEADER), true)?;
                write_signing_file(&files.signing, &s, ring)?;
                s
            }
        };
        let public = signer.public();
        // The newest checkpoint is near the end: read the tail only, so opening stays fast
        // however long the history grows (`verify` reads it all).
        let mut tail: Vec<Checkpoint> =
            read_tail(&files.checkpoints, 64 * 1024)?.lines().filter_map(Checkpoint::parse_line).collect();
        tail.sort_by_key(|c| std::cmp::Reverse((c.rows, c.ts_ms)));
        let last = tail.into_iter().find(|c| c.verify(&public));
        Ok(Checkpoints {
            files,
            public: Some(public),
            signer: Some(signer),
            last: parking_lot::Mutex::new(last),
            write: tokio::sync::Mutex::new(()),
            clock,
        })
    }

    /// Checkpoints to verify against, never creating or signing anything.
    pub fn open_for_verification(files: KeyFiles) -> Result<Checkpoints, SecurityError> {
        let public = read_public_key(&files.signing)?;
        Ok(Checkpoints {
            files,
            public,
            signer: None,
            last: parking_lot::Mutex::new(None),
            write: tokio::sync::Mutex::new(()),
            clock: std::sync::Arc::new(crate::clock::SystemClock),
        })
    }

    pub fn files(&self) -> &KeyFiles {
        &self.files
    }

    pub fn public_key(&self) -> Option<PublicKey> {
        self.public
    }

    pub fn signer(&self) -> Option<&Signer> {
        self.signer.as_ref()
    }

    /// Sign and append a checkpoint of `rows` / `head`, unless one of this row or a newer one
    /// was already written by this process (a burst of appends gives one checkpoint per row
    /// at most). Returns the newest checkpoint.
    pub async fn record(&self, rows: i64, head: &str) -> Result<Option<Checkpoint>, SecurityError> {
        let Some(signer) = &self.signer else { return Ok(None) };
        let _w = self.write.lock().await;
        if let Some(last) = self.last.lock().clone()
            && (last.rows > rows || (last.rows == rows && last.head == head))
        {
            return Ok(Some(last));
        }
        let cp = signer.checkpoint(rows, head, self.clock.now_ms());
        append_line(&self.files.checkpoints, &cp.line(), None, false)?;
        *self.last.lock() = Some(cp.clone());
        Ok(Some(cp))
    }

    /// The newest checkpoint this process knows.
    pub fn last(&self) -> Option<Checkpoint> {
        self.last.lock().clone()
    }

    /// Re-encrypt the secret key with the current key of `ring` (after a keyring rotation).
    pub fn reencrypt(&self, ring: &Keyring) -> Result<(), SecurityError> {
        match &self.signer {
            Some(s) => write_signing_file(&self.files.signing, s, ring),
            None => Ok(()),
        }
    }

    /// Every checkpoint in the file, each checked against the key: the newest (most rows) if
    /// all are signed, `Ok(None)` when there is nothing to check yet, or what is wrong.
    /// `log_has_rows` tells whether the database holds audit rows.
    pub fn newest_verified(
        &self,
        log_has_rows: bool,
    ) -> Result<Result<Option<Checkpoint>, CheckpointProblem>, SecurityError> {
        let file = read_checkpoints(&self.files.checkpoints)?;
        let (f, k) = (self.files.checkpoints.clone(), self.files.signing.clone());
        let has_lines = file.as_ref().is_some_and(|x| !x.lines.is_empty() || !x.malformed.is_empty());
        let public = match (self.public, has_lines) {
            (Some(p), true) => p,
            (Some(_), false) => return Ok(Err(CheckpointProblem::FileMissing { file: f, key: k })),
            (None, true) => return Ok(Err(CheckpointProblem::KeyMissing { file: f, key: k })),
            (None, false) if log_has_rows => return Ok(Err(CheckpointProblem::NoCheckpoints { file: f, key: k })),
            (None, false) => return Ok(Ok(None)),
        };
        let file = file.unwrap_or_default();
        if let Some(line) = file.malformed.first() {
            return Ok(Err(CheckpointProblem::Forged { file: f, line: *line }));
        }
        let mut newest: Option<Checkpoint> = None;
        for (line, c) in file.lines {
            if !c.verify(&public) {
                return Ok(Err(CheckpointProblem::Forged { file: f, line }));
            }
            if newest.as_ref().is_none_or(|n| (c.rows, c.ts_ms) > (n.rows, n.ts_ms)) {
                newest = Some(c);
            }
        }
        Ok(Ok(newest))
    }

    /// Whether `cp` is a line of the checkpoint file.
    pub fn contains(&self, cp: &Checkpoint) -> Result<bool, SecurityError> {
        Ok(read_checkpoints(&self.files.checkpoints)?.is_some_and(|f| f.lines.iter().any(|(_, c)| c == cp)))
    }
}

/// Whether a checkpoint a report cites belongs to the database at `db`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InHistory {
    /// It is a line of `<db>.checkpoints` and row `rows` of the audit log still has its hash.
    Yes,
    /// It is not a line of the checkpoint file.
    NotInFile { file: PathBuf },
    /// The file has it, but the audit row it names is gone or has another hash now.
    RowChanged,
}

/// Check `cp` against the checkpoint history of `db` and its audit log (opened read-only:
/// an auditor's copy is never migrated or written).
pub async fn in_history(db: &Path, cp: &Checkpoint) -> Result<InHistory, SecurityError> {
    let files = KeyFiles::for_db(db);
    let listed = read_checkpoints(&files.checkpoints)?.is_some_and(|f| f.lines.iter().any(|(_, c)| c == cp));
    if !listed {
        return Ok(InHistory::NotInFile { file: files.checkpoints });
    }
    if cp.rows == 0 {
        return Ok(if cp.head == GENESIS { InHistory::Yes } else { InHistory::RowChanged });
    }
    let opts = sqlx::sqlite::SqliteConnectOptions::new().filename(db).read_only(true);
    let mut conn = <sqlx::SqliteConnection as sqlx::Connection>::connect_with(&opts).await?;
    let hash: Option<String> =
        sqlx::query_scalar("SELECT hash FROM audit_log WHERE id = ?").bind(cp.rows).fetch_optional(&mut conn).await?;
    let _ = sqlx::Connection::close(conn).await;
    Ok(if hash.as_deref() == Some(cp.head.as_str()) { InHistory::Yes } else { InHistory::RowChanged })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checkpoints_sign_round_trip_and_reject_edits() {
        let s = Signer::generate().unwrap();
        let cp = s.checkpoint(142, &"ab".repeat(32), 1_700_000_000_000);
        assert!(cp.verify(&s.public()));
        assert_eq!(Checkpoint::parse_line(&cp.line()), Some(cp.clone()));
        assert_eq!(Checkpoint::parse_compact(&cp.compact()), Some(cp.clone()));
        for edited in [
            Checkpoint { rows: 141, ..cp.clone() },
            Checkpoint { ts_ms: cp.ts_ms + 1, ..cp.clone() },
            Checkpoint { head: "cd".repeat(32), ..cp.clone() },
        ] {
            assert!(!edited.verify(&s.public()), "{edited:?}");
        }
        let other = Signer::generate().unwrap();
        assert!(!cp.verify(&other.public()));
        let k: PublicKey = s.public().to_string().parse().unwrap();
        assert_eq!(k, s.public());
        assert!("ed25519:zz".parse::<PublicKey>().is_err());
        assert_eq!(iso_utc(1_700_000_000_000), "2023-11-14T22:13:20Z");
    }

    #[test]
    fn key_file_is_private_encrypted_and_never_replaced_while_checkpoints_exist() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let files = KeyFiles::beside_keyring(&dir.path().join("guard.db.keys"));
        assert_eq!(files, KeyFiles::for_db(&dir.path().join("guard.db")));
        let ring = Keyring::generate().unwrap();
        let clock: SharedClock = std::sync::Arc::new(crate::clock::ManualClock::new(1_000));
        let a = Checkpoints::open_for_signing(files.clone(), &ring, clock.clone(), (0, GENESIS)).unwrap();
        for p in [&files.signing, &files.checkpoints] {
            assert_eq!(std::fs::metadata(p).unwrap().permissions().mode() & 0o777, 0o600, "{}", p.display());
        }
        let text = std::fs::read_to_string(&files.signing).unwrap();
        assert!(!text.contains(&hex::encode(a.signer().unwrap().key.to_bytes())), "secret key in clear");
        let b = Checkpoints::open_for_signing(files.clone(), &ring, clock.clone(), (0, GENESIS)).unwrap();
        assert_eq!(a.public_key(), b.public_key());
        assert_eq!(b.last().unwrap().rows, 0);
        // A wrong keyring cannot open it.
        assert!(
            Checkpoints::open_for_signing(files.clone(), &Keyring::generate().unwrap(), clock.clone(), (0, GENESIS))
                .is_err()
        );
        // Without its checkpoints, the key does not silently start a new history…
        let saved = std::fs::read(&files.checkpoints).unwrap();
        std::fs::remove_file(&files.checkpoints).unwrap();
        let e =
            Checkpoints::open_for_signing(files.clone(), &ring, clock.clone(), (0, GENESIS)).unwrap_err().to_string();
        assert!(e.contains("is missing or empty") && e.contains("restore"), "{e}");
        std::fs::write(&files.checkpoints, saved).unwrap();
        // …and without its key, the checkpoints are not silently re-keyed.
        std::fs::remove_file(&files.signing).unwrap();
        let e = Checkpoints::open_for_signing(files.clone(), &ring, clock, (0, GENESIS)).unwrap_err().to_string();
        assert!(e.contains("is missing") && e.contains("restore"), "{e}");
    }
}
