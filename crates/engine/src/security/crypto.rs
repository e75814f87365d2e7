//! Encryption at rest: `encrypt_data` / `decrypt_data` with XChaCha20-Poly1305 (an AEAD with
//! 192-bit random nonces, so random nonces never collide in practice), under a keyring that
//! supports rotation.
//!
//! Ciphertext layout: `PGE1` | key id (4 bytes) | nonce (24 bytes) | ciphertext+tag. The key id
//! picks the key from the ring, so data written under an older key still decrypts after a
//! rotation until it is re-encrypted.
//!
//! The keyring comes from a key file beside the database (`<db>.keys`, mode 0600, created on
//! first run) or from `security.encryption_key`, a passphrase stretched with Argon2id
//! (m = 19 MiB, t = 2, p = 1) under a random salt kept in that same file; never from the
//! database itself.
//!
//! Key file format 2 (written since issue 15): a `pipeline-guard-keys 2` line, then `key <hex>`
//! lines (first = current), a `kdf argon2id m=… t=… p=… salt=<hex>` line for the passphrase, and
//! `legacy-passphrase sha256` while data may still be encrypted under the old passphrase key
//! (one SHA-256 of the passphrase). Format 1 (bare hex lines) is still read and is rewritten as
//! format 2 by the server and CLI; a passphrase without a `kdf` line is migrated: the Argon2id
//! key becomes current, the SHA-256 key only decrypts until every value was re-encrypted
//! ([`crate::security::SecurityManager::open`]), then it is dropped.

use std::io::Write;
use std::path::{Path, PathBuf};

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use sha2::{Digest, Sha256};

const MAGIC: &[u8; 4] = b"PGE1";
const HEADER: usize = 4 + 4 + 24;

#[derive(Debug, thiserror::Error)]
pub enum CryptoError {
    #[error("ciphertext is malformed or truncated")]
    Malformed,
    #[error("ciphertext was made with key {0}, which is not in the keyring")]
    UnknownKey(String),
    #[error("ciphertext failed authentication (wrong key or tampered data)")]
    Tampered,
    #[error("key file {path}: {reason}")]
    KeyFile { path: PathBuf, reason: String },
    #[error("the system random generator failed: {0}")]
    Random(String),
    #[error("key derivation failed: {0}")]
    Kdf(String),
}

#[derive(Clone)]
struct Key {
    id: [u8; 4],
    bytes: [u8; 32],
}

impl Key {
    fn from_bytes(bytes: [u8; 32]) -> Key {
        let d = Sha256::digest([b"pipeline-guard/key-id/v1".as_slice(), &bytes].concat());
        Key { id: [d[0], d[1], d[2], d[3]], bytes }
    }
}

/// Argon2id parameters and salt of the passphrase key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kdf {
    pub m_kib: u32,
    pub t: u32,
    pub p: u32,
    pub salt: [u8; 16],
}

impl Kdf {
    fn fresh() -> Result<Kdf, CryptoError> {
        Ok(Kdf {
            m_kib: argon2::Params::DEFAULT_M_COST,
            t: argon2::Params::DEFAULT_T_COST,
            p: argon2::Params::DEFAULT_P_COST,
            salt: random_bytes()?,
        })
    }

    fn line(&self) -> String {
        format!("kdf argon2id m={} t={} p={} salt={}", self.m_kib, self.t, self.p, hex::encode(self.salt))
    }

    fn parse(rest: &str) -> Option<Kdf> {
        let mut words = rest.split_whitespace();
        if words.next()? != "argon2id" {
            return None;
        }
        let (mut m, mut t, mut p, mut salt) = (None, None, None, None);
        for w in words {
            let (k, v) = w.split_once('=')?;
            match k {
                "m" => m = v.parse().ok(),
                "t" => t = v.parse().ok(),
                "p" => p = v.parse().ok(),
                "salt" => salt = hex::decode(v).ok()?.try_into().ok(),
                _ => return None,
            }
        }
        Some(Kdf { m_kib: m?, t: t?, p: p?, salt: salt? })
    }

    /// The 32-byte key for `passphrase`.
    pub fn derive(&self, passphrase: &str) -> Result<[u8; 32], CryptoError> {
        let params =
            argon2::Params::new(self.m_kib, self.t, self.p, Some(32)).map_err(|e| CryptoError::Kdf(e.to_string()))?;
        let a = argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
        let mut out = [0u8; 32];
        a.hash_password_into(passphrase.as_bytes(), &self.salt, &mut out)
            .map_err(|e| CryptoError::Kdf(e.to_string()))?;
        Ok(out)
    }
}

/// What a key file holds.
#[derive(Clone, Default)]
struct FileContents {
    format: u8,
    keys: Vec<[u8; 32]>,
    kdf: Option<Kdf>,
    legacy_sha256: bool,
}

/// Data-encryption keys; the first is current (used to encrypt), the rest only decrypt.
#[derive(Clone)]
pub struct Keyring {
    keys: Vec<Key>,
    /// Where the ring lives, when it came from a key file (rotation rewrites it).
    file: Option<PathBuf>,
    /// Whether the keys come from `security.encryption_key`.
    passphrase: bool,
    /// What the file keeps besides the ring's keys.
    stored: Stored,
    /// The key file's modification time when it was read or written (see [`refresh`]).
    stamp: Option<std::time::SystemTime>,
}

fn mtime(path: &Path) -> Option<std::time::SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

/// Re-read the ring from its key file when another process (`pipeline-guard key rotate`)
/// rewrote it, so a running server encrypts and decrypts with the current keys. One `stat`
/// when nothing changed; a passphrase ring is left alone.
pub fn refresh(lock: &parking_lot::RwLock<Keyring>) {
    let (path, stamp) = {
        let r = lock.read();
        match (&r.file, r.passphrase) {
            (Some(p), false) => (p.clone(), r.stamp),
            _ => return,
        }
    };
    let now = mtime(&path);
    if now.is_none() || now == stamp {
        return;
    }
    match Keyring::load(&path) {
        Ok(Some(ring)) => *lock.write() = ring,
        Ok(None) => {}
        Err(e) => tracing::warn!(error = %e, "the key file changed but cannot be read; keeping the keys in memory"),
    }
}

#[derive(Clone, Default)]
struct Stored {
    /// The passphrase's salt and parameters (kept in key-file mode too, should the passphrase
    /// come back).
    kdf: Option<Kdf>,
    /// The SHA-256 passphrase key is still in the ring (decrypt only) until the migration ends.
    legacy_sha256: bool,
    /// In passphrase mode: the file's own raw keys, kept as they were.
    file_keys: Vec<[u8; 32]>,
}

impl std::fmt::Debug for Keyring {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Keyring")
            .field("keys", &self.keys.iter().map(|k| hex::encode(k.id)).collect::<Vec<_>>())
            .field("file", &self.file)
            .finish()
    }
}

pub fn random_bytes<const N: usize>() -> Result<[u8; N], CryptoError> {
    let mut b = [0u8; N];
    getrandom::fill(&mut b).map_err(|e| CryptoError::Random(e.to_string()))?;
    Ok(b)
}

impl Keyring {
    /// A fresh ring with one random key.
    pub fn generate() -> Result<Keyring, CryptoError> {
        Ok(Keyring {
            keys: vec![Key::from_bytes(random_bytes()?)],
            file: None,
            passphrase: false,
            stored: Stored::default(),
            stamp: None,
        })
    }

    /// The key a passphrase gave before format 2: one SHA-256 under a domain label. Only ever
    /// used to decrypt data written by older versions.
    fn legacy_passphrase_key(passphrase: &str) -> [u8; 32] {
        Sha256::digest([b"pipeline-guard/encryption-key/v1\0".as_slice(), passphrase.as_bytes()].concat()).into()
    }

    /// A ring holding only the pre-format-2 passphrase key (tests build old databases with it).
    #[cfg(test)]
    pub(crate) fn legacy_from_passphrase(passphrase: &str) -> Keyring {
        Keyring {
            keys: vec![Key::from_bytes(Keyring::legacy_passphrase_key(passphrase))],
            file: None,
            passphrase: false,
            stored: Stored::default(),
            stamp: None,
        }
    }

    /// The ring for a configured passphrase: its Argon2id key under the salt in `path` (created
    /// with a fresh salt, mode 0600, when missing). When the file had no salt yet, data may be
    /// under the old SHA-256 key: it stays in the ring to decrypt until
    /// [`Keyring::finish_passphrase_migration`] ([`Keyring::migrating`] says so).
    pub fn from_passphrase(passphrase: &str, path: &Path) -> Result<Keyring, CryptoError> {
        make_private(path)?;
        let contents = read_file(path)?.unwrap_or_default();
        let (kdf, legacy, fresh) = match contents.kdf.clone() {
            Some(kdf) => (kdf, contents.legacy_sha256, false),
            None => (Kdf::fresh()?, true, true),
        };
        let mut keys = vec![Key::from_bytes(kdf.derive(passphrase)?)];
        if legacy {
            keys.push(Key::from_bytes(Keyring::legacy_passphrase_key(passphrase)));
        }
        let ring = Keyring {
            keys,
            file: Some(path.to_path_buf()),
            passphrase: true,
            stored: Stored { kdf: Some(kdf), legacy_sha256: legacy, file_keys: contents.keys },
            stamp: None,
        };
        if fresh || contents.format < 2 {
            ring.save()?;
        }
        Ok(ring)
    }

    /// Whether the old SHA-256 passphrase key is still in the ring (see [`Keyring::from_passphrase`]).
    pub fn migrating(&self) -> bool {
        self.passphrase && self.stored.legacy_sha256
    }

    /// After every value was re-encrypted under the Argon2id key: drop the SHA-256 key and
    /// rewrite the file without the `legacy-passphrase` line.
    pub fn finish_passphrase_migration(&mut self) -> Result<(), CryptoError> {
        if self.migrating() {
            self.stored.legacy_sha256 = false;
            self.keys.truncate(1);
            self.save()?;
        }
        Ok(())
    }

    /// Whether the keys come from the configured passphrase (rotation is then done by
    /// changing the passphrase).
    pub fn from_config(&self) -> bool {
        self.passphrase
    }

    /// The key file beside a database: `guard.db` → `guard.db.keys`.
    pub fn default_path(db: &Path) -> PathBuf {
        let mut p = db.as_os_str().to_owned();
        p.push(".keys");
        PathBuf::from(p)
    }

    /// Load the ring from `path`, creating it (mode 0600) with one fresh key if missing.
    pub fn load_or_create(path: &Path) -> Result<Keyring, CryptoError> {
        make_private(path)?;
        match read_file(path)? {
            Some(contents) => {
                let ring = Keyring::from_contents(path, contents.clone())?;
                if contents.format < 2 {
                    // Format 1 is still read; write it back as format 2.
                    ring.save()?;
                }
                Ok(ring)
            }
            None => {
                let mut ring = Keyring::generate()?;
                ring.file = Some(path.to_path_buf());
                ring.save()?;
                Ok(ring)
            }
        }
    }

    /// Load the ring from `path`; `Ok(None)` when the file does not exist (nothing is created,
    /// nothing rewritten).
    pub fn load(path: &Path) -> Result<Option<Keyring>, CryptoError> {
        match read_file(path)? {
            Some(contents) => Ok(Some(Keyring::from_contents(path, contents)?)),
            None => Ok(None),
        }
    }

    fn from_contents(path: &Path, contents: FileContents) -> Result<Keyring, CryptoError> {
        if contents.keys.is_empty() {
            let reason = if contents.kdf.is_some() {
                "holds no key (the keys come from the passphrase security.encryption_key)"
            } else {
                "holds no key"
            };
            return Err(CryptoError::KeyFile { path: path.to_path_buf(), reason: reason.into() });
        }
        // A salt written in a passphrase era stays in the file.
        let stored = Stored { kdf: contents.kdf, legacy_sha256: contents.legacy_sha256, file_keys: Vec::new() };
        Ok(Keyring {
            keys: contents.keys.iter().map(|k| Key::from_bytes(*k)).collect(),
            file: Some(path.to_path_buf()),
            passphrase: false,
            stored,
            stamp: mtime(path),
        })
    }

    /// Write the ring to its file atomically with mode 0600.
    pub fn save(&self) -> Result<(), CryptoError> {
        let Some(path) = &self.file else { return Ok(()) };
        let err = |reason: String| CryptoError::KeyFile { path: path.clone(), reason };
        let tmp = path.with_extension("keys.tmp");
        let mut text = String::from(
            "# Pipeline Guard data-encryption keys (first = current). Keep secret; back up with the database.\npipeline-guard-keys 2\n",
        );
        let raw: Vec<[u8; 32]> =
            if self.passphrase { self.stored.file_keys.clone() } else { self.keys.iter().map(|k| k.bytes).collect() };
        for k in raw {
            text.push_str(&format!("key {}\n", hex::encode(k)));
        }
        if let Some(kdf) = &self.stored.kdf {
            text.push_str(&kdf.line());
            text.push('\n');
        }
        if self.stored.legacy_sha256 {
            text.push_str("legacy-passphrase sha256\n");
        }
        {
            use std::os::unix::fs::OpenOptionsExt;
            let mut f = std::fs::OpenOptions::new()
                .write(true)
                .create(true)
                .truncate(true)
                .mode(0o600)
                .open(&tmp)
                .map_err(|e| err(e.to_string()))?;
            f.write_all(text.as_bytes()).map_err(|e| err(e.to_string()))?;
            f.sync_all().map_err(|e| err(e.to_string()))?;
        }
        std::fs::rename(&tmp, path).map_err(|e| err(e.to_string()))
    }

    pub fn file(&self) -> Option<&Path> {
        self.file.as_deref()
    }

    /// Id of the current key, in hex.
    pub fn current_id(&self) -> String {
        hex::encode(self.keys[0].id)
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// A new ring whose current key is fresh; the old keys stay for decryption.
    pub fn rotated(&self) -> Result<Keyring, CryptoError> {
        let mut keys = vec![Key::from_bytes(random_bytes()?)];
        keys.extend(self.keys.iter().cloned());
        Ok(Keyring {
            keys,
            file: self.file.clone(),
            passphrase: self.passphrase,
            stored: self.stored.clone(),
            stamp: self.stamp,
        })
    }

    /// Drop every key but the current one (after everything was re-encrypted).
    pub fn retire_old_keys(&mut self) {
        self.keys.truncate(1);
    }

    /// Encrypt with the current key. `aad` binds the ciphertext to its place (e.g. the row name),
    /// so a ciphertext copied to another row fails to decrypt.
    pub fn encrypt_data(&self, plaintext: &[u8], aad: &[u8]) -> Result<Vec<u8>, CryptoError> {
        let key = &self.keys[0];
        let nonce: [u8; 24] = random_bytes()?;
        let cipher = XChaCha20Poly1305::new(&key.bytes.into());
        let ct = cipher
            .encrypt(XNonce::from_slice(&nonce), Payload { msg: plaintext, aad })
            .map_err(|_| CryptoError::Malformed)?;
        let mut out = Vec::with_capacity(HEADER + ct.len());
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&key.id);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&ct);
        Ok(out)
    }

    pub fn decrypt_data(&self, data: &[u8], aad: &[u8]) -> Result<Vec<u8>, CryptoError> {
        if data.len() < HEADER + 16 || &data[..4] != MAGIC {
            return Err(CryptoError::Malformed);
        }
        let id = &data[4..8];
        let key = self.keys.iter().find(|k| k.id == id).ok_or_else(|| CryptoError::UnknownKey(hex::encode(id)))?;
        let cipher = XChaCha20Poly1305::new(&key.bytes.into());
        cipher
            .decrypt(XNonce::from_slice(&data[8..HEADER]), Payload { msg: &data[HEADER..], aad })
            .map_err(|_| CryptoError::Tampered)
    }

    /// Whether `data` was encrypted under the current key (rotation skips those).
    pub fn is_current(&self, data: &[u8]) -> bool {
        data.len() >= 8 && data[4..8] == self.keys[0].id
    }
}

/// Drop any group or other permission bits of an existing key file (an older version or a
/// restore may have left it readable).
fn make_private(path: &Path) -> Result<(), CryptoError> {
    use std::os::unix::fs::PermissionsExt;
    let err = |reason: String| CryptoError::KeyFile { path: path.to_path_buf(), reason };
    match std::fs::metadata(path) {
        Ok(m) if m.permissions().mode() & 0o077 != 0 => {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(m.permissions().mode() & 0o700))
                .map_err(|e| err(e.to_string()))
        }
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(err(e.to_string())),
    }
}

/// Parse a key file (format 1: bare hex lines; format 2: see the module docs); `Ok(None)` when
/// it does not exist.
fn read_file(path: &Path) -> Result<Option<FileContents>, CryptoError> {
    let err = |reason: String| CryptoError::KeyFile { path: path.to_path_buf(), reason };
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(err(e.to_string())),
    };
    let mut c = FileContents { format: 1, ..FileContents::default() };
    let hex_key = |i: usize, h: &str| -> Result<[u8; 32], CryptoError> {
        hex::decode(h.trim())
            .ok()
            .and_then(|b| b.try_into().ok())
            .ok_or_else(|| err(format!("line {}: expected 64 hex digits", i + 1)))
    };
    for (i, line) in
        text.lines().enumerate().map(|(i, l)| (i, l.trim())).filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
    {
        match line.split_once(' ') {
            Some(("pipeline-guard-keys", v)) => {
                c.format = v
                    .trim()
                    .parse()
                    .ok()
                    .filter(|v| *v == 2)
                    .ok_or_else(|| err(format!("line {}: unknown key file format `{}`", i + 1, v.trim())))?;
            }
            Some(("key", h)) if c.format == 2 => c.keys.push(hex_key(i, h)?),
            Some(("kdf", rest)) if c.format == 2 => {
                c.kdf = Some(
                    Kdf::parse(rest)
                        .ok_or_else(|| err(format!("line {}: expected `kdf argon2id m=… t=… p=… salt=…`", i + 1)))?,
                )
            }
            Some(("legacy-passphrase", "sha256")) if c.format == 2 => c.legacy_sha256 = true,
            _ if c.format == 1 => c.keys.push(hex_key(i, line)?),
            _ => return Err(err(format!("line {}: not understood", i + 1))),
        }
    }
    if c.keys.is_empty() && c.kdf.is_none() {
        return Err(err("holds no key".into()));
    }
    Ok(Some(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_tamper_wrong_aad_and_rotation() {
        let ring = Keyring::generate().unwrap();
        let ct = ring.encrypt_data(b"webhook-token-123", b"secret:hook").unwrap();
        assert!(!ct.windows(17).any(|w| w == b"webhook-token-123"), "plaintext visible in ciphertext");
        assert_eq!(ring.decrypt_data(&ct, b"secret:hook").unwrap(), b"webhook-token-123");
        assert!(matches!(ring.decrypt_data(&ct, b"secret:other"), Err(CryptoError::Tampered)));
        let mut bad = ct.clone();
        *bad.last_mut().unwrap() ^= 1;
        assert!(matches!(ring.decrypt_data(&bad, b"secret:hook"), Err(CryptoError::Tampered)));
        assert!(matches!(ring.decrypt_data(&ct[..10], b"secret:hook"), Err(CryptoError::Malformed)));
        // Two encryptions of the same text differ (random nonces).
        assert_ne!(ct, ring.encrypt_data(b"webhook-token-123", b"secret:hook").unwrap());

        let rotated = ring.rotated().unwrap();
        assert_ne!(rotated.current_id(), ring.current_id());
        assert!(!rotated.is_current(&ct));
        assert_eq!(rotated.decrypt_data(&ct, b"secret:hook").unwrap(), b"webhook-token-123");
        let re = rotated.encrypt_data(b"x", b"a").unwrap();
        assert!(matches!(ring.decrypt_data(&re, b"a"), Err(CryptoError::UnknownKey(_))));
        let mut retired = rotated.clone();
        retired.retire_old_keys();
        assert!(matches!(retired.decrypt_data(&ct, b"secret:hook"), Err(CryptoError::UnknownKey(_))));
    }

    #[test]
    fn key_file_is_created_private_and_reloads() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = Keyring::default_path(&dir.path().join("guard.db"));
        assert!(path.ends_with("guard.db.keys"));
        let a = Keyring::load_or_create(&path).unwrap();
        assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        let b = Keyring::load_or_create(&path).unwrap();
        assert_eq!(a.current_id(), b.current_id());
        let ct = a.encrypt_data(b"x", b"").unwrap();
        assert_eq!(b.decrypt_data(&ct, b"").unwrap(), b"x");
        std::fs::write(&path, "zz\n").unwrap();
        let e = Keyring::load_or_create(&path).unwrap_err().to_string();
        assert!(e.contains("line 1: expected 64 hex digits"), "{e}");
        assert!(!format!("{:?}", a).contains(&hex::encode(a.keys[0].bytes)));
    }

    #[test]
    fn format_1_key_files_are_read_and_rewritten_as_format_2() {
        let dir = tempfile::tempdir().unwrap();
        let path = Keyring::default_path(&dir.path().join("guard.db"));
        let (k1, k2) = ([7u8; 32], [9u8; 32]);
        std::fs::write(&path, format!("# old\n{}\n{}\n", hex::encode(k1), hex::encode(k2))).unwrap();
        let old = Keyring::load(&path).unwrap().unwrap();
        assert_eq!(old.len(), 2);
        assert!(std::fs::read_to_string(&path).unwrap().starts_with("# old"), "load alone rewrites nothing");
        let ring = Keyring::load_or_create(&path).unwrap();
        assert_eq!((ring.current_id(), ring.len()), (old.current_id(), 2));
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            text.contains(&format!("pipeline-guard-keys 2\nkey {}\nkey {}\n", hex::encode(k1), hex::encode(k2))),
            "{text}"
        );
        assert_eq!(Keyring::load_or_create(&path).unwrap().current_id(), old.current_id());
        // Bad lines are named.
        for (bad, want) in [
            ("pipeline-guard-keys 3\n", "unknown key file format `3`"),
            ("pipeline-guard-keys 2\nkdf scrypt\n", "line 2: expected `kdf argon2id"),
            ("pipeline-guard-keys 2\nwhat\n", "line 2: not understood"),
        ] {
            std::fs::write(&path, bad).unwrap();
            let e = Keyring::load(&path).unwrap_err().to_string();
            assert!(e.contains(want), "{bad:?}: {e}");
        }
    }

    #[test]
    fn passphrase_keys_come_from_argon2id_under_a_stored_salt() {
        let dir = tempfile::tempdir().unwrap();
        let path = Keyring::default_path(&dir.path().join("guard.db"));
        let a = Keyring::from_passphrase("p", &path).unwrap();
        assert!(a.migrating() && a.from_config() && a.len() == 2, "the SHA-256 key decrypts until the migration ends");
        let ct = a.encrypt_data(b"x", b"").unwrap();
        let mut a2 = a.clone();
        a2.finish_passphrase_migration().unwrap();
        let b = Keyring::from_passphrase("p", &path).unwrap();
        assert!(!b.migrating());
        assert_eq!((b.current_id(), b.len()), (a.current_id(), 1));
        assert_eq!(b.decrypt_data(&ct, b"").unwrap(), b"x");
        assert_ne!(b.current_id(), Keyring::legacy_from_passphrase("p").current_id(), "not the SHA-256 key");
        assert_ne!(Keyring::from_passphrase("q", &path).unwrap().current_id(), b.current_id());
        // Another database, another salt: the same passphrase gives another key.
        let other = Keyring::from_passphrase("p", &dir.path().join("other.keys")).unwrap();
        assert_ne!(other.current_id(), b.current_id());
        // The file keeps only the salt; reading it as a key file says where the keys come from.
        let e = Keyring::load_or_create(&path).unwrap_err().to_string();
        assert!(e.contains("the keys come from the passphrase"), "{e}");
    }
}
