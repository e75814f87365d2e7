//! The Alertmanager webhook receiver (payload version 4): JSON bytes → parsed alerts or a
//! message naming the bad field, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(body) = serde_json::from_slice::<serde_json::Value>(data) else { return };
    if let Ok(alerts) = guard_engine::heal::alertmanager::parse(&body) {
        for a in &alerts {
            let _ = a.is_stale(0);
        }
    }
});
