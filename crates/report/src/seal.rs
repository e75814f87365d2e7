//! Sealing and verifying report files.
//!
//! Every format carries one marker line (in an HTML comment, a JSON field, the zip archive
//! comment, or a PDF comment after `%%EOF`):
//!
//! ```text
//! pipeline-guard-seal v1 sha256=<64 hex> audit-head=<hex or none>
//! ```
//!
//! The digest is the SHA-256 of the whole file with the 64 digest characters replaced by `0`.
//! The audit head is inside the hashed bytes, so changing it breaks the digest too. `verify`
//! recomputes the hash; any edited byte anywhere in the file is a mismatch.

use sha2::{Digest, Sha256};

pub const PREFIX: &str = "pipeline-guard-seal v1 sha256=";
pub const ZERO: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The marker with a zero digest, to place in the file before sealing.
pub fn placeholder(audit_head: &str) -> String {
    format!("{PREFIX}{ZERO} audit-head={audit_head}")
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SealError {
    #[error("no pipeline-guard seal found: this is not a Pipeline Guard report, or its seal was removed")]
    Missing,
    #[error("the file has more than one seal marker")]
    Duplicate,
    #[error("the seal's digest is malformed (expected 64 hex digits)")]
    Malformed,
    #[error("digest mismatch: the file's content hashes to sha256 {actual} but its seal says {expected}; the report was modified after it was built")]
    Mismatch { expected: String, actual: String },
}

fn find_all(hay: &[u8], needle: &[u8]) -> Vec<usize> {
    if needle.is_empty() || hay.len() < needle.len() {
        return vec![];
    }
    let mut out = vec![];
    let first = needle[0];
    let mut i = 0;
    while i + needle.len() <= hay.len() {
        match hay[i..hay.len() - needle.len() + 1].iter().position(|b| *b == first) {
            Some(p) => {
                let j = i + p;
                if &hay[j..j + needle.len()] == needle {
                    out.push(j);
                }
                i = j + 1;
            }
            None => break,
        }
    }
    out
}

/// Replace the placeholder digest in `bytes` by the real one. Returns the digest.
pub fn seal(bytes: &mut [u8]) -> Result<String, SealError> {
    let at = locate(bytes)?;
    if &bytes[at..at + 64] != ZERO.as_bytes() {
        return Err(SealError::Malformed);
    }
    let digest = hex::encode(Sha256::digest(&*bytes));
    bytes[at..at + 64].copy_from_slice(digest.as_bytes());
    Ok(digest)
}

fn locate(bytes: &[u8]) -> Result<usize, SealError> {
    let hits = find_all(bytes, PREFIX.as_bytes());
    match hits.len() {
        0 => Err(SealError::Missing),
        1 => {
            let at = hits[0] + PREFIX.len();
            if bytes.len() < at + 64 {
                return Err(SealError::Malformed);
            }
            Ok(at)
        }
        _ => Err(SealError::Duplicate),
    }
}

/// A verified report: its digest and the audit-chain head it was built on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    pub digest: String,
    pub audit_head: String,
}

/// Check a report file's seal.
pub fn verify(bytes: &[u8]) -> Result<Verified, SealError> {
    let at = locate(bytes)?;
    let expected = std::str::from_utf8(&bytes[at..at + 64]).map_err(|_| SealError::Malformed)?.to_string();
    if !expected.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(SealError::Malformed);
    }
    let mut copy = bytes.to_vec();
    copy[at..at + 64].copy_from_slice(ZERO.as_bytes());
    let actual = hex::encode(Sha256::digest(&copy));
    if actual != expected.to_ascii_lowercase() {
        return Err(SealError::Mismatch { expected, actual });
    }
    let rest = &bytes[at + 64..];
    let head = std::str::from_utf8(&rest[..rest.len().min(200)]).unwrap_or("");
    let audit_head = head
        .strip_prefix(" audit-head=")
        .map(|h| h.chars().take_while(|c| c.is_ascii_alphanumeric()).collect())
        .unwrap_or_else(|| "none".into());
    Ok(Verified { digest: actual, audit_head })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seal_then_verify_then_tamper() {
        let mut doc = format!("<html>hello<!-- {} -->world</html>", placeholder("abc123")).into_bytes();
        let d = seal(&mut doc).unwrap();
        let v = verify(&doc).unwrap();
        assert_eq!(v.digest, d);
        assert_eq!(v.audit_head, "abc123");
        // One changed byte anywhere breaks it: in the body, in the head, in the digest.
        for pos in [7, doc.len() - 20, doc.len() - 4] {
            let mut t = doc.clone();
            t[pos] ^= 0x01;
            assert!(matches!(verify(&t), Err(SealError::Mismatch { .. }) | Err(SealError::Malformed)), "pos {pos}");
        }
        assert_eq!(verify(b"plain file"), Err(SealError::Missing));
    }
}
