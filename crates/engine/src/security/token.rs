//! Session and API tokens: JWTs (HS256 via `jsonwebtoken`) carrying `sub`, `role`, `iat`, `exp`,
//! `jti`, the token kind and, for API tokens, the permission scope.
//!
//! Expiry is checked here against the injected [`Clock`](crate::clock::Clock), not by the JWT
//! library, so tests move time instead of sleeping.

use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::permission::Permission;

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
    pub role: String,
    pub iat: i64,
    pub exp: i64,
    pub jti: String,
    pub kind: TokenKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<Vec<Permission>>,
}

/// Why a token string was refused before any database lookup.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TokenError {
    #[error("the token is malformed or its signature does not verify")]
    Invalid,
    #[error("the token expired")]
    Expired,
}

/// Signs and verifies tokens with one HMAC key. The key never prints.
#[derive(Clone)]
pub struct TokenSigner {
    enc: EncodingKey,
    dec: DecodingKey,
}

impl std::fmt::Debug for TokenSigner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TokenSigner(***)")
    }
}

impl TokenSigner {
    pub fn new(key: &[u8]) -> Self {
        // HMAC accepts keys of any length; the callers never pass an empty one.
        TokenSigner {
            enc: EncodingKey::from_secret(key).expect("an HMAC key of any length is valid"),
            dec: DecodingKey::from_secret(key).expect("an HMAC key of any length is valid"),
        }
    }

    pub fn sign(&self, claims: &Claims) -> String {
        jsonwebtoken::encode(&Header::new(Algorithm::HS256), claims, &self.enc).expect("HS256 signing of plain claims cannot fail")
    }

    /// Verify signature and algorithm (HS256 only: `none` and others are refused), then expiry
    /// against `now_ms`.
    pub fn verify(&self, token: &str, now_ms: i64) -> Result<Claims, TokenError> {
        if token.len() > 8192 {
            return Err(TokenError::Invalid);
        }
        let mut v = Validation::new(Algorithm::HS256);
        v.validate_exp = false;
        v.validate_nbf = false;
        v.leeway = 0;
        v.required_spec_claims = ["exp", "iat", "sub", "jti"].iter().map(|s| s.to_string()).collect();
        let data = jsonwebtoken::decode::<Claims>(token, &self.dec, &v).map_err(|_| TokenError::Invalid)?;
        let c = data.claims;
        if c.exp * 1000 <= now_ms {
            return Err(TokenError::Expired);
        }
        Ok(c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims(exp: i64) -> Claims {
        Claims { sub: "ana".into(), role: "viewer".into(), iat: 1000, exp, jti: "j1".into(), kind: TokenKind::Session, scope: None }
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
        let cases: Vec<(String, i64, Result<(), TokenError>)> = vec![
            (good.clone(), 1_999_999, Ok(())),
            (good.clone(), 2_000_000, Err(TokenError::Expired)),
            (other.sign(&claims(2000)), 1_000_000, Err(TokenError::Invalid)),
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
}
