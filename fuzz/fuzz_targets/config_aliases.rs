//! The config loader on documents full of anchors and aliases (issue 21): the bytes choose
//! anchors, fan-outs and nesting (`guard_engine::config::aliasgen`), from plain reuse to
//! many-level alias bombs. Any input must give a config or located errors, never a panic, and
//! the parsed tree never holds more than the literal nodes plus the alias-expansion bound
//! (libFuzzer's `-rss_limit_mb` in `run.sh` catches a bound that does not hold in memory).
#![no_main]

use std::collections::BTreeMap;
use std::path::Path;

use guard_engine::config::{aliasgen, load_str, yaml};
use libfuzzer_sys::fuzz_target;

fn nodes(v: &serde_json::Value) -> usize {
    1 + match v {
        serde_json::Value::Array(a) => a.iter().map(nodes).sum(),
        serde_json::Value::Object(m) => m.values().map(nodes).sum(),
        _ => 0,
    }
}

fuzz_target!(|data: &[u8]| {
    let text = aliasgen::alias_document(data);
    match yaml::load(&text) {
        Ok(l) => assert!(nodes(&l.value) <= text.len() + yaml::LIMITS.max_alias_nodes),
        Err(e) => assert!(e.pos.line <= text.split(['\n', '\r']).count() + 1),
    }
    if let Err(errors) = load_str(&text, "fuzz.yaml", Path::new("/nonexistent"), &BTreeMap::new()) {
        let _ = errors.to_string();
    }
});
