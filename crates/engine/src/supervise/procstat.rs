//! Resident memory and CPU time of a process from `/proc` (Linux). Two small reads per sample;
//! hand-written because the `/proc/<pid>/stat` fields we need are few and a dependency such as
//! `procfs` would pull far more than it saves.

use std::time::Instant;

/// A point-in-time reading of one process.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ProcSample {
    /// User + system CPU time, in seconds.
    pub cpu_seconds: f64,
    pub rss_bytes: u64,
    /// `R`, `S`, `Z`, … from `/proc/<pid>/stat`.
    pub state: char,
}

fn clock_ticks() -> f64 {
    // SAFETY: sysconf has no preconditions.
    let t = unsafe { libc::sysconf(libc::_SC_CLK_TCK) };
    if t > 0 { t as f64 } else { 100.0 }
}

fn page_size() -> u64 {
    // SAFETY: sysconf has no preconditions.
    let p = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    if p > 0 { p as u64 } else { 4096 }
}

/// Read `/proc/<pid>/stat`; `None` if the process is gone.
pub fn read(pid: u32) -> Option<ProcSample> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    parse_stat(&stat, clock_ticks(), page_size())
}

fn parse_stat(stat: &str, ticks: f64, page: u64) -> Option<ProcSample> {
    // The command name is in parentheses and may contain spaces: split after the last ')'.
    let after = &stat[stat.rfind(')')? + 1..];
    let f: Vec<&str> = after.split_whitespace().collect();
    // f[0] = state (field 3), utime = field 14, stime = field 15, rss = field 24.
    let state = f.first()?.chars().next()?;
    let utime: f64 = f.get(11)?.parse().ok()?;
    let stime: f64 = f.get(12)?.parse().ok()?;
    let rss_pages: u64 = f.get(21)?.parse().ok()?;
    Some(ProcSample { cpu_seconds: (utime + stime) / ticks, rss_bytes: rss_pages * page, state })
}

/// Peak resident memory (`VmHWM` in `/proc/<pid>/status`), in bytes; `None` if the process is
/// gone.
pub fn peak_rss_bytes(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let kb = status.lines().find_map(|l| l.strip_prefix("VmHWM:"))?.split_whitespace().next()?.parse::<u64>().ok()?;
    Some(kb * 1024)
}

/// True while the process exists and is not a zombie.
pub fn alive(pid: u32) -> bool {
    read(pid).is_some_and(|s| s.state != 'Z' && s.state != 'X')
}

/// Turns successive CPU-time readings into a CPU share (1.0 = one full core).
#[derive(Debug, Default)]
pub struct CpuMeter {
    last: Option<(u32, f64, Instant)>,
}

impl CpuMeter {
    pub fn share(&mut self, pid: u32, sample: &ProcSample) -> Option<f64> {
        let now = Instant::now();
        let prev = self.last.replace((pid, sample.cpu_seconds, now));
        match prev {
            Some((p, cpu, at)) if p == pid => {
                let wall = now.duration_since(at).as_secs_f64();
                (wall > 0.05).then(|| ((sample.cpu_seconds - cpu) / wall).max(0.0))
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_names_with_spaces_and_parens() {
        let stat = "1234 (my (odd) proc) S 1 1234 1234 0 -1 4194560 100 0 0 0 250 50 0 0 20 0 1 0 100 12345678 2500 18446744073709551615";
        let s = parse_stat(stat, 100.0, 4096).unwrap();
        assert_eq!(s.state, 'S');
        assert!((s.cpu_seconds - 3.0).abs() < 1e-9);
        assert_eq!(s.rss_bytes, 2500 * 4096);
    }

    #[test]
    fn reads_this_process() {
        let s = read(std::process::id()).unwrap();
        assert!(s.rss_bytes > 1_000_000);
        assert!(alive(std::process::id()));
        let peak = peak_rss_bytes(std::process::id()).unwrap();
        assert!(peak >= s.rss_bytes / 2 && peak > 1_000_000, "VmHWM {peak} against RSS {}", s.rss_bytes);
        assert_eq!(peak_rss_bytes(u32::MAX - 1), None);
        assert!(!alive(u32::MAX - 1));
    }
}
