//! Signing and verifying report files (issue 16: a plain SHA-256 seal is forgeable — anyone who
//! edits a report can recompute it).
//!
//! Every format carries one marker line (in an HTML comment, a JSON field, the zip archive
//! comment, or a PDF comment after `%%EOF`):
//!
//! ```text
//! pipeline-guard-seal v2 sha256=<64 hex> ed25519=<128 hex> key=ed25519:<64 hex> checkpoint=<rows>.<head>.<ts_ms>.<sig>
//! ```
//!
//! `sha256` is the SHA-256 of the whole file with the 64 digest and 128 signature characters
//! replaced by `0`; `ed25519` is the guard's Ed25519 signature of
//! `pipeline-guard report v2\n<sha256>`. The key and the cited audit checkpoint (itself signed
//! by the same key, see `guard_engine::security::checkpoint`) are inside the hashed bytes, so
//! the signature covers the content and the checkpoint. `verify` needs a trusted public key
//! (`pipeline-guard key export`): the key written in the file only says which key the guard
//! used, and a forger would write their own.

use guard_engine::security::{Checkpoint, PublicKey, Signer};
use sha2::{Digest, Sha256};

/// Start of every seal marker (any version).
pub const MARK: &str = "pipeline-guard-seal v";
/// Start of a version-2 (signed) marker; the digest follows.
pub const PREFIX: &str = "pipeline-guard-seal v2 sha256=";
const SIG_FIELD: &str = " ed25519=";
const ZERO64: &str = "0000000000000000000000000000000000000000000000000000000000000000";
const SIGNED_DOMAIN: &str = "pipeline-guard report v2\n";

/// What a report is signed with: the guard's key and the audit checkpoint the report cites.
#[derive(Debug, Clone)]
pub struct ReportSigner {
    pub signer: Signer,
    pub checkpoint: Checkpoint,
}

/// The marker with zero digest and signature, to place in the file before signing.
pub fn placeholder(key: &str, checkpoint: &Checkpoint) -> String {
    format!("{PREFIX}{ZERO64}{SIG_FIELD}{ZERO64}{ZERO64} key={key} checkpoint={}", checkpoint.compact())
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SealError {
    #[error("no pipeline-guard seal found: this is not a Pipeline Guard report, or its seal was removed")]
    Missing,
    #[error("the file has more than one seal marker")]
    Duplicate,
    #[error("the seal is malformed")]
    Malformed,
    #[error(
        "unsigned: this report carries only the old SHA-256 seal (v1), which anyone who edits the file can recompute; export it again to get a signed report"
    )]
    Unsigned,
    #[error(
        "forged: the file's content hashes to sha256 {actual} but its seal says {expected}; the report was changed after it was signed"
    )]
    Mismatch { expected: String, actual: String },
    #[error(
        "forged: the signature does not verify with the trusted key {key}; the report was changed or signed by someone else"
    )]
    Forged { key: String },
    #[error("forged: the audit checkpoint the report cites is not signed by the trusted key {key}")]
    CheckpointForged { key: String },
}

/// The parsed marker: where the digest and signature sit, and what the marker says.
struct Marker {
    digest_at: usize,
    sig_at: usize,
    digest: String,
    signature: String,
    key: String,
    checkpoint: Option<Checkpoint>,
}

fn find_all(hay: &[u8], needle: &[u8]) -> Vec<usize> {
    if needle.is_empty() || hay.len() < needle.len() {
        return vec![];
    }
    hay.windows(needle.len()).enumerate().filter(|(_, w)| *w == needle).map(|(i, _)| i).collect()
}

fn token(bytes: &[u8], at: usize) -> String {
    bytes[at.min(bytes.len())..]
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || **b == b'.' || **b == b':')
        .map(|b| *b as char)
        .collect()
}

fn locate(bytes: &[u8]) -> Result<Marker, SealError> {
    let hits = find_all(bytes, MARK.as_bytes());
    let at = match hits.as_slice() {
        [] => return Err(SealError::Missing),
        [one] => *one,
        _ => return Err(SealError::Duplicate),
    };
    if !bytes[at..].starts_with(PREFIX.as_bytes()) {
        return Err(if bytes[at..].starts_with(b"pipeline-guard-seal v1 ") {
            SealError::Unsigned
        } else {
            SealError::Malformed
        });
    }
    let digest_at = at + PREFIX.len();
    let sig_at = digest_at + 64 + SIG_FIELD.len();
    if bytes.len() < sig_at + 128 || &bytes[digest_at + 64..sig_at] != SIG_FIELD.as_bytes() {
        return Err(SealError::Malformed);
    }
    let digest = std::str::from_utf8(&bytes[digest_at..digest_at + 64]).map_err(|_| SealError::Malformed)?.to_string();
    let signature = std::str::from_utf8(&bytes[sig_at..sig_at + 128]).map_err(|_| SealError::Malformed)?.to_string();
    let rest = &bytes[sig_at + 128..];
    let key = if rest.starts_with(b" key=") { token(rest, 5) } else { return Err(SealError::Malformed) };
    let after_key = 5 + key.len();
    let checkpoint = if rest[after_key..].starts_with(b" checkpoint=") {
        Checkpoint::parse_compact(&token(rest, after_key + 12))
    } else {
        None
    };
    Ok(Marker { digest_at, sig_at, digest, signature, key, checkpoint })
}

fn digest_of(bytes: &[u8], m: &Marker) -> String {
    let mut copy = bytes.to_vec();
    copy[m.digest_at..m.digest_at + 64].copy_from_slice(ZERO64.as_bytes());
    copy[m.sig_at..m.sig_at + 128].fill(b'0');
    hex::encode(Sha256::digest(&copy))
}

fn signed_message(digest: &str) -> Vec<u8> {
    format!("{SIGNED_DOMAIN}{digest}").into_bytes()
}

/// Fill in the placeholder's digest and signature. Returns the digest.
pub fn seal(bytes: &mut [u8], signer: &Signer) -> Result<String, SealError> {
    let m = locate(bytes)?;
    if m.digest != ZERO64 || m.signature.bytes().any(|b| b != b'0') || m.key != signer.public().to_string() {
        return Err(SealError::Malformed);
    }
    let digest = digest_of(bytes, &m);
    let sig = signer.sign(&signed_message(&digest));
    bytes[m.digest_at..m.digest_at + 64].copy_from_slice(digest.as_bytes());
    bytes[m.sig_at..m.sig_at + 128].copy_from_slice(sig.as_bytes());
    Ok(digest)
}

/// A verified report: its digest, the key that signed it and the audit checkpoint it cites.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    pub digest: String,
    pub key: PublicKey,
    pub checkpoint: Checkpoint,
}

/// The key and checkpoint a report says it was signed with, unverified (to pick the trusted key
/// from a database, or to tell an auditor which key to ask for).
pub fn claimed(bytes: &[u8]) -> Result<(String, Option<Checkpoint>), SealError> {
    let m = locate(bytes)?;
    Ok((m.key, m.checkpoint))
}

/// Check a report file against a trusted public key: the content matches its digest, the
/// digest is signed by `key`, and the cited checkpoint is signed by `key` too.
pub fn verify(bytes: &[u8], key: &PublicKey) -> Result<Verified, SealError> {
    let m = locate(bytes)?;
    if !m.digest.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(SealError::Malformed);
    }
    let actual = digest_of(bytes, &m);
    if actual != m.digest.to_ascii_lowercase() {
        return Err(SealError::Mismatch { expected: m.digest, actual });
    }
    if !key.verify(&signed_message(&actual), &m.signature) {
        return Err(SealError::Forged { key: key.to_string() });
    }
    let checkpoint = m.checkpoint.ok_or(SealError::Malformed)?;
    if !checkpoint.verify(key) {
        return Err(SealError::CheckpointForged { key: key.to_string() });
    }
    Ok(Verified { digest: actual, key: *key, checkpoint })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sign_then_verify_then_tamper_and_forge() {
        let s = Signer::generate().unwrap();
        let cp = s.checkpoint(3, &"ab".repeat(32), 1_700_000_000_000);
        let mut doc =
            format!("<html>hello<!-- {} -->world</html>", placeholder(&s.public().to_string(), &cp)).into_bytes();
        let d = seal(&mut doc, &s).unwrap();
        let v = verify(&doc, &s.public()).unwrap();
        assert_eq!(v.digest, d);
        assert_eq!(v.checkpoint, cp);
        // One changed byte anywhere breaks it: in the body, in the checkpoint, in the digest.
        for pos in [7, doc.len() - 20, doc.len() - 4, 30] {
            let mut t = doc.clone();
            t[pos] ^= 0x01;
            assert!(verify(&t, &s.public()).is_err(), "pos {pos}");
        }
        // Another key does not verify it.
        let other = Signer::generate().unwrap();
        assert!(matches!(verify(&doc, &other.public()), Err(SealError::Forged { .. })));
        // Edit, then recompute the digest the way the v1 seal did: still forged.
        let text = String::from_utf8(doc.clone()).unwrap().replace("hello", "HELLO");
        let mut t = text.into_bytes();
        let m = locate(&t).unwrap();
        let digest = digest_of(&t, &m);
        t[m.digest_at..m.digest_at + 64].copy_from_slice(digest.as_bytes());
        assert!(matches!(verify(&t, &s.public()), Err(SealError::Forged { .. })));
        assert_eq!(verify(b"plain file", &s.public()), Err(SealError::Missing));
        let v1 = format!("x pipeline-guard-seal v1 sha256={ZERO64} audit-head=none");
        assert_eq!(verify(v1.as_bytes(), &s.public()), Err(SealError::Unsigned));
    }
}
