//! Session and API tokens: JWTs (HS256 via `jsonwebtoken`) carrying `sub`, the account's random
//! id `uid`, `role`, `iat`, `exp`, `jti`, `iss`/`aud` ([`ISSUER`], [`AUDIENCE`]), the token kind
//! and, for API tokens, the permission scope. The header's `kid` names the signing key.
//!
//! Expiry is checked here against the injected [`Clock`](crate::clock::Clock), not by the JWT
//! library, so tests move time instead of sleeping.
//!
//! A [`TokenSigner`] holds the current key and the keys `key rotate` retired, each of those
//! accepted only until the last token it could have signed has expired.

use std::sync::Arc;

use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use parking_lot::RwLock;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

use super::permission::Permission;

/// `iss` of every token this guard issues.
pub const ISSUER: &str = "pipeline-guard";
/// `aud` of every token: the guard's API (HTTP and the desktop app's commands).
pub const AUDIENCE: &str = "pipeline-guard-api";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum TokenKind {
    /// From `POST /api/login`; carries the user's role.
    Session,
    /// From `token issue`; limited to its scope (and to the user's role).
    Api,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claims {
    pub sub: String,
    /// The account's random id (`users.uid`): a re-created account with the same name has
    /// another one, so it inherits no token.
    pub uid: String,
    pub role: String,
    pub iat: i64,
    pub exp: i64,
    pub jti: String,
    pub kind: TokenKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<Vec<Permission>>,
    pub iss: String,
    pub aud: String,
}

/// Why a token string was refused before any database lookup.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TokenError {
    #[error("the token is malformed or its signature does not verify")]
    Invalid,
    #[error("the token expired")]
    Expired,
    /// Signed with a key this signer does not know (maybe rotated by another process).
    #[error("the token names an unknown signing key")]
    UnknownKey,
}

#[derive(Clone)]
struct SignKey {
    kid: String,
    enc: EncodingKey,
    dec: DecodingKey,
    /// `None` for the current key; for a retired one, the instant after which it verifies nothing.
    until_ms: Option<i64>,
}

impl SignKey {
    fn new(bytes: &[u8], until_ms: Option<i64>) -> SignKey {
        SignKey {
            kid: key_id(bytes),
            // HMAC accepts keys of any length; the callers never pass an empty one.
            enc: EncodingKey::from_secret(bytes).expect("an HMAC key of any length is valid"),
            dec: DecodingKey::from_secret(bytes).expect("an HMAC key of any length is valid"),
            until_ms,
        }
    }
}

/// The `kid` of a signing key: a hash prefix, so the header says which key without revealing it.
pub fn key_id(key: &[u8]) -> String {
    hex::encode(&Sha256::digest([b"pipeline-guard/jwt-kid/v1\0".as_slice(), key].concat())[..8])
}

/// Signs with the current key and verifies with it or a retired one. The keys never print.
/// Cheap to clone; clones share the keys, so [`TokenSigner::replace`] reaches them all.
#[derive(Clone)]
pub struct TokenSigner {
    keys: Arc<RwLock<Vec<SignKey>>>,
}

impl std::fmt::Debug for TokenSigner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TokenSigner(***)")
    }
}

impl TokenSigner {
    /// A signer with one key.
    pub fn new(key: &[u8]) -> Self {
        TokenSigner { keys: Arc::new(RwLock::new(vec![SignKey::new(key, None)])) }
    }

    /// A signer with a current key and retired ones (`(key, accepted until ms)`).
    pub fn with_retired(current: &[u8], retired: &[(Vec<u8>, i64)]) -> Self {
        let s = TokenSigner::new(current);
        s.replace(current, retired);
        s
    }

    /// Swap in another set of keys (after a rotation, here or by another process).
    pub fn replace(&self, current: &[u8], retired: &[(Vec<u8>, i64)]) {
        let mut keys = vec![SignKey::new(current, None)];
        keys.extend(retired.iter().map(|(k, until)| SignKey::new(k, Some(*until))));
        *self.keys.write() = keys;
    }

    /// The `kid` of the current key.
    pub fn current_kid(&self) -> String {
        self.keys.read()[0].kid.clone()
    }

    pub fn sign(&self, claims: &Claims) -> String {
        let keys = self.keys.read();
        let mut header = Header::new(Algorithm::HS256);
        header.kid = Some(keys[0].kid.clone());
        jsonwebtoken::encode(&header, claims, &keys[0].enc).expect("HS256 signing of plain claims cannot fail")
    }

    /// Verify the algorithm (HS256 only: `none` and others are refused), the signature with the
    /// key the header names (a retired key only until its end), `iss` and `aud`, then expiry
    /// against `now_ms`.
    pub fn verify(&self, token: &str, now_ms: i64) -> Result<Claims, TokenError> {
        if token.len() > 8192 {
            return Err(TokenError::Invalid);
        }
        let header = jsonwebtoken::decode_header(token).map_err(|_| TokenError::Invalid)?;
        if header.alg != Algorithm::HS256 {
            return Err(TokenError::Invalid);
        }
        let dec = {
            let keys = self.keys.read();
            let key = match &header.kid {
                Some(kid) => keys.iter().find(|k| &k.kid == kid).ok_or(TokenError::UnknownKey)?,
                None => &keys[0],
            };
            if key.until_ms.is_some_and(|until| until <= now_ms) {
                return Err(TokenError::Invalid);
            }
            key.dec.clone()
        };
        let mut v = Validation::new(Algorithm::HS256);
        v.validate_exp = false;
        v.validate_nbf = false;
        v.leeway = 0;
        v.set_issuer(&[ISSUER]);
        v.set_audience(&[AUDIENCE]);
        v.required_spec_claims = ["exp", "iat", "sub", "jti", "iss", "aud"].iter().map(|s| s.to_string()).collect();
        let data = jsonwebtoken::decode::<Claims>(token, &dec, &v).map_err(|_| TokenError::Invalid)?;
        let c = data.claims;
        if c.exp.checked_mul(1000).is_none_or(|exp_ms| exp_ms <= now_ms) {
            return Err(TokenError::Expired);
        }
        Ok(c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims(exp: i64) -> Claims {
        Claims {
            sub: "ana".into(),
            uid: "u1".into(),
            role: "viewer".into(),
            iat: 1000,
            exp,
            jti: "j1".into(),
            kind: TokenKind::Session,
            scope: None,
            iss: ISSUER.into(),
            aud: AUDIENCE.into(),
        }
    }

    #[test]
    fn verify_table() {
        let s = TokenSigner::new(b"0123456789abcdef0123456789abcdef");
        let other = TokenSigner::new(b"another key another key another k");
        let good = s.sign(&claims(2000));
        // (token, now_ms, expected)
        let unsigned = {
            let mut parts: Vec<&str> = good.split('.').collect();
            parts[2] = "";
            parts.join(".")
        };
        let none_alg = format!("eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.{}.", good.split('.').nth(1).unwrap());
        let other_aud = s.sign(&Claims { aud: "someone-else".into(), ..claims(2000) });
        let other_iss = s.sign(&Claims { iss: "another-issuer".into(), ..claims(2000) });
        let cases: Vec<(String, i64, Result<(), TokenError>)> = vec![
            (good.clone(), 1_999_999, Ok(())),
            (good.clone(), 2_000_000, Err(TokenError::Expired)),
            (other.sign(&claims(2000)), 1_000_000, Err(TokenError::UnknownKey)),
            (other_aud, 1_000_000, Err(TokenError::Invalid)),
            (other_iss, 1_000_000, Err(TokenError::Invalid)),
            (unsigned, 1_000_000, Err(TokenError::Invalid)),
            (none_alg, 1_000_000, Err(TokenError::Invalid)),
            ("garbage".into(), 0, Err(TokenError::Invalid)),
            (String::new(), 0, Err(TokenError::Invalid)),
            ("a".repeat(10_000), 0, Err(TokenError::Invalid)),
        ];
        for (tok, now, want) in cases {
            let got = s.verify(&tok, now).map(|c| assert_eq!(c, claims(2000)));
            assert_eq!(got, want, "token {tok:.40}");
        }
    }

    #[test]
    fn retired_keys_verify_until_their_end_and_no_longer() {
        let old = b"the old key, 32 bytes long......".to_vec();
        let new = b"the new key, 32 bytes long......".to_vec();
        let before = TokenSigner::new(&old);
        let t_old = before.sign(&claims(10_000));
        // Rotated: the new key signs, the old one verifies until 5,000 s.
        let s = TokenSigner::with_retired(&new, &[(old.clone(), 5_000_000)]);
        assert_ne!(s.current_kid(), before.current_kid());
        let t_new = s.sign(&claims(10_000));
        assert!(s.verify(&t_old, 4_999_999).is_ok());
        assert_eq!(s.verify(&t_old, 5_000_000), Err(TokenError::Invalid));
        assert!(s.verify(&t_new, 9_000_000).is_ok());
        // The old signer does not know the new key (another process rotated): it says so.
        assert_eq!(before.verify(&t_new, 1_000_000), Err(TokenError::UnknownKey));
        // Once it reloads, it does.
        before.replace(&new, &[(old, 5_000_000)]);
        assert!(before.verify(&t_new, 1_000_000).is_ok());
        // An expiry beyond what milliseconds hold is refused, never wrapped around.
        assert_eq!(s.verify(&s.sign(&claims(i64::MAX)), 1), Err(TokenError::Expired));
    }
}
