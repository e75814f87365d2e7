//! `process`: healthy while the supervised child is alive.

use std::time::Duration;

use super::{CheckOutcome, Msg};

pub fn run(pid: Option<u32>) -> CheckOutcome {
    match pid {
        Some(pid) if crate::supervise::procstat::alive(pid) => CheckOutcome::healthy(Duration::ZERO),
        Some(pid) => CheckOutcome::failed(Duration::ZERO, Msg::new("check-process-not-running").text("pid", pid)),
        None => CheckOutcome::failed(Duration::ZERO, Msg::new("check-process-none")),
    }
}
