//! The config parser (YAML with positions → raw serde structs → validated config): any input
//! must give a config or a list of errors with positions, never a panic.
#![no_main]

use std::collections::BTreeMap;
use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let env = BTreeMap::new();
    if let Err(errors) = guard_engine::config::load_str(text, "fuzz.yaml", Path::new("/nonexistent"), &env) {
        // Every error renders (positions inside the text).
        let _ = errors.to_string();
    }
});
