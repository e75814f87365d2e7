//! Encryption at rest: `encrypt_data` / `decrypt_data` with XChaCha20-Poly1305 (an AEAD with
//! 192-bit random nonces, so random nonces never collide in practice), under a keyring that
//! supports rotation.
//!
//! Ciphertext layout: `PGE1` | key id (4 bytes) | nonce (24 bytes) | ciphertext+tag. The key id
//! picks the key from the ring, so data written under an older key still decrypts after a
//! rotation until it is re-encrypted.
//!
//! The keyring comes from `security.encryption_key` (a passphrase, stretched with SHA-256 under
//! a domain label) or from a key file beside the database (`<db>.keys`, mode 0600, created on
//! first run), never from the database itself.

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

/// Data-encryption keys; the first is current (used to encrypt), the rest only decrypt.
#[derive(Clone)]
pub struct Keyring {
    keys: Vec<Key>,
    /// Where the ring lives, when it came from a key file (rotation rewrites it).
    file: Option<PathBuf>,
}

impl std::fmt::Debug for Keyring {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Keyring").field("keys", &self.keys.iter().map(|k| hex::encode(k.id)).collect::<Vec<_>>()).field("file", &self.file).finish()
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
        Ok(Keyring { keys: vec![Key::from_bytes(random_bytes()?)], file: None })
    }

    /// A ring whose only key is derived from a configured passphrase.
    pub fn from_passphrase(passphrase: &str) -> Keyring {
        let d = Sha256::digest([b"pipeline-guard/encryption-key/v1\0".as_slice(), passphrase.as_bytes()].concat());
        Keyring { keys: vec![Key::from_bytes(d.into())], file: None }
    }

    /// The key file beside a database: `guard.db` → `guard.db.keys`.
    pub fn default_path(db: &Path) -> PathBuf {
        let mut p = db.as_os_str().to_owned();
        p.push(".keys");
        PathBuf::from(p)
    }

    /// Load the ring from `path`, creating it (mode 0600) with one fresh key if missing.
    pub fn load_or_create(path: &Path) -> Result<Keyring, CryptoError> {
        match Keyring::load(path)? {
            Some(ring) => Ok(ring),
            None => {
                let mut ring = Keyring::generate()?;
                ring.file = Some(path.to_path_buf());
                ring.save()?;
                Ok(ring)
            }
        }
    }

    /// Load the ring from `path`; `Ok(None)` when the file does not exist (nothing is created).
    pub fn load(path: &Path) -> Result<Option<Keyring>, CryptoError> {
        let err = |reason: String| CryptoError::KeyFile { path: path.to_path_buf(), reason };
        match std::fs::read_to_string(path) {
            Ok(text) => {
                let mut keys = Vec::new();
                for (i, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#')) {
                    let bytes = hex::decode(line.trim()).map_err(|_| err(format!("line {}: expected 64 hex digits", i + 1)))?;
                    let arr: [u8; 32] = bytes.try_into().map_err(|_| err(format!("line {}: expected 64 hex digits", i + 1)))?;
                    keys.push(Key::from_bytes(arr));
                }
                if keys.is_empty() {
                    return Err(err("holds no key".into()));
                }
                Ok(Some(Keyring { keys, file: Some(path.to_path_buf()) }))
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(err(e.to_string())),
        }
    }

    /// Write the ring to its file atomically with mode 0600.
    pub fn save(&self) -> Result<(), CryptoError> {
        let Some(path) = &self.file else { return Ok(()) };
        let err = |reason: String| CryptoError::KeyFile { path: path.clone(), reason };
        let tmp = path.with_extension("keys.tmp");
        let mut text = String::from("# Pipeline Guard data-encryption keys (first = current). Keep secret; back up with the database.\n");
        for k in &self.keys {
            text.push_str(&hex::encode(k.bytes));
            text.push('\n');
        }
        {
            use std::os::unix::fs::OpenOptionsExt;
            let mut f = std::fs::OpenOptions::new().write(true).create(true).truncate(true).mode(0o600).open(&tmp).map_err(|e| err(e.to_string()))?;
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
        Ok(Keyring { keys, file: self.file.clone() })
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
        let ct = cipher.encrypt(XNonce::from_slice(&nonce), Payload { msg: plaintext, aad }).map_err(|_| CryptoError::Malformed)?;
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
        cipher.decrypt(XNonce::from_slice(&data[8..HEADER]), Payload { msg: &data[HEADER..], aad }).map_err(|_| CryptoError::Tampered)
    }

    /// Whether `data` was encrypted under the current key (rotation skips those).
    pub fn is_current(&self, data: &[u8]) -> bool {
        data.len() >= 8 && data[4..8] == self.keys[0].id
    }
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
        // Passphrase keys are stable.
        assert_eq!(Keyring::from_passphrase("p").current_id(), Keyring::from_passphrase("p").current_id());
        assert!(!format!("{:?}", a).contains(&hex::encode(a.keys[0].bytes)));
    }
}
