//! What the bench binaries share: their `--name value` arguments, free loopback ports, and the
//! measured process's CPU time and peak memory (from the engine's `/proc` reader).

use guard_engine::supervise::procstat;

/// The value of `--name N` on the command line, or `default`.
pub fn arg(name: &str, default: u64) -> u64 {
    let args: Vec<String> = std::env::args().collect();
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// A loopback port free at the time of asking.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// User+system CPU seconds of a process (0 once it is gone).
pub fn cpu_seconds(pid: u32) -> f64 {
    procstat::read(pid).map_or(0.0, |s| s.cpu_seconds)
}

/// Peak resident memory (`VmHWM`) of a process, in bytes.
pub fn peak_rss(pid: u32) -> u64 {
    procstat::peak_rss_bytes(pid).unwrap_or(0)
}
