//! `process`: healthy while the supervised child is alive.

use std::time::Duration;

use super::CheckOutcome;

pub fn run(pid: Option<u32>) -> CheckOutcome {
    match pid {
        Some(pid) if crate::supervise::procstat::alive(pid) => CheckOutcome::healthy(Duration::ZERO),
        Some(pid) => CheckOutcome::failed(Duration::ZERO, format!("process {pid} is not running")),
        None => CheckOutcome::failed(Duration::ZERO, "the supervised process is not running"),
    }
}
