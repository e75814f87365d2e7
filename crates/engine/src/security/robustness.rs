//! Stable-toolchain stand-in for `cargo fuzz` (cargo-fuzz is not installed here): seeded random
//! and mutated inputs through the untrusted-input entry points (config parser, token parser,
//! ciphertext parser, audit redaction). Each must answer an error, never panic.

use std::collections::BTreeMap;
use std::path::Path;

use super::crypto::Keyring;
use super::token::TokenSigner;

const SEEDS: &[&str] = &[
    "pipeline:\n  monitoring: { interval: 1s }\n  security: { enabled: true, token_expiry: 1h }\ncomponents:\n  - name: api\n    check: { tcp: { addr: \"127.0.0.1:9\" } }\n",
    "components:\n  - name: a\n    process: { command: [\"x\", \"--p\", \"1\"] }\n    check: { http: { url: \"http://127.0.0.1:1/\", expect_status: 200 } }\n    limits: { memory: 300MB }\n    recovery: [restart, {run: [a]}]\n",
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhIiwiZXhwIjoxfQ.c2ln",
];

fn mutate(rng: &mut fastrand::Rng, seed: &str) -> Vec<u8> {
    let mut b = seed.as_bytes().to_vec();
    for _ in 0..rng.usize(1..8) {
        match rng.u8(0..4) {
            0 if !b.is_empty() => {
                let i = rng.usize(0..b.len());
                b[i] = rng.u8(..);
            }
            1 => {
                let i = rng.usize(0..=b.len());
                b.insert(i, *rng.choice(b"{}[]:,-\n \"'&*!|>%@`\t0123456789.".iter()).unwrap());
            }
            2 if !b.is_empty() => {
                let i = rng.usize(0..b.len());
                b.truncate(i);
            }
            _ => {
                let i = rng.usize(0..=b.len());
                let j = rng.usize(0..=b.len());
                let (lo, hi) = (i.min(j), i.max(j));
                let dup = b[lo..hi].to_vec();
                b.splice(lo..lo, dup);
            }
        }
    }
    b
}

#[test]
fn untrusted_input_parsers_never_panic() {
    let mut rng = fastrand::Rng::with_seed(0x5ec0_11e6);
    let signer = TokenSigner::new(b"fuzz-key-fuzz-key-fuzz-key-fuzz!");
    let ring = Keyring::generate().unwrap();
    let env = BTreeMap::new();
    for round in 0..3000 {
        let seed = SEEDS[round % SEEDS.len()];
        let bytes =
            if round % 5 == 0 { (0..rng.usize(0..200)).map(|_| rng.u8(..)).collect() } else { mutate(&mut rng, seed) };
        let text = String::from_utf8_lossy(&bytes);
        let _ = crate::config::load_str(&text, "fuzz.yaml", Path::new("."), &env);
        let _ = signer.verify(&text, 0);
        let _ = ring.decrypt_data(&bytes, b"aad");
        if let Ok(mut v) = serde_json::from_str::<serde_json::Value>(&text) {
            super::audit::redact(&mut v);
        }
    }
}
