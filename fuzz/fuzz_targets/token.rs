//! The bearer-token parser (JWT, HS256): any string must verify or be refused, never panic.
//! Round trip: claims built from the input, signed, verify back to the same claims; flipping a
//! byte of the signed token makes it fail.
#![no_main]

use libfuzzer_sys::fuzz_target;

use guard_engine::security::{Claims, TokenKind, TokenSigner};

const NOW_MS: i64 = 1_700_000_000_000;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let signer = TokenSigner::new(b"fuzzing-key-0123456789abcdef0123");
    let _ = signer.verify(text, NOW_MS);

    let claims = Claims {
        sub: text.chars().take(64).collect(),
        role: "viewer".into(),
        iat: NOW_MS / 1000,
        exp: NOW_MS / 1000 + 60,
        jti: format!("{:x}", data.len()),
        kind: if data.first().is_some_and(|b| b & 1 == 1) { TokenKind::Api } else { TokenKind::Session },
        scope: None,
        uid: "fuzz".into(),
        iss: guard_engine::security::token::ISSUER.into(),
        aud: guard_engine::security::token::AUDIENCE.into(),
    };
    let token = signer.sign(&claims);
    assert_eq!(signer.verify(&token, NOW_MS).as_ref(), Ok(&claims), "a signed token must verify to its claims");
    if let Some(&b) = data.get(1) {
        let mut bytes = token.into_bytes();
        let i = b as usize % bytes.len();
        bytes[i] ^= 0x01;
        if let Ok(t) = String::from_utf8(bytes) {
            // Base64url may decode a flipped low bit of the last character to the same bytes.
            if let Ok(c) = signer.verify(&t, NOW_MS) {
                assert_eq!(c, claims);
            }
        }
    }
});
