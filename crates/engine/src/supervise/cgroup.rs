//! A cgroup v2 per supervised instance, where the machine lets the guard make one.
//!
//! The child is moved into `<guard's cgroup>/pipeline-guard.<pid>/i<n>` between `fork` and
//! `exec` (it writes `0` to the cgroup's `cgroup.procs`), so every descendant, whatever it does
//! with sessions, groups or its environment, is in that cgroup, as with systemd's
//! `KillMode=control-group`. The sweep (`descendants.rs`) then kills the cgroup's members along
//! with the scoped ones: each listed pid is recorded, then sent SIGKILL, so its zombie is known
//! to be the guard's to reap; `cgroup.kill` (Linux 5.14+) only if something keeps forking
//! through twenty rounds.
//!
//! Used only when all of this holds, checked once per process: a cgroup2 mount in
//! `/proc/self/mountinfo`, the guard's own cgroup (`0::` in `/proc/self/cgroup`) inside it,
//! and a directory the guard may create there. Every child's membership
//! is checked after the spawn; if the move did not happen the instance falls back to the
//! scope sweep alone. A fresh CI machine (root, pure v2), this machine (hybrid, v2 at
//! `/sys/fs/cgroup/unified`) qualify; a container with a read-only `/sys/fs/cgroup` or an
//! unprivileged user under systemd without delegation do not, and use the fallback.

use std::ffi::CString;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// Where this process keeps its per-instance cgroups, or why it cannot.
pub(crate) fn root() -> Result<&'static Path, &'static str> {
    static ROOT: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    let init = || {
        let r = detect();
        match &r {
            Ok(dir) => tracing::info!(cgroup = %dir.display(), "each supervised child gets a cgroup v2 of its own"),
            Err(why) => {
                tracing::info!(why = %why, "no cgroup per supervised child; descendants are found by their scope alone")
            }
        }
        r
    };
    match ROOT.get_or_init(init) {
        Ok(p) => Ok(p.as_path()),
        Err(e) => Err(e.as_str()),
    }
}

fn detect() -> Result<PathBuf, String> {
    let mountinfo =
        std::fs::read_to_string("/proc/self/mountinfo").map_err(|e| format!("/proc/self/mountinfo: {e}"))?;
    // `36 35 0:30 / /sys/fs/cgroup rw,… - cgroup2 cgroup2 rw,…`
    let (mount_root, mount_point) = mountinfo
        .lines()
        .find_map(|l| {
            let (left, right) = l.split_once(" - ")?;
            if right.split_whitespace().next()? != "cgroup2" {
                return None;
            }
            let f: Vec<&str> = left.split_whitespace().collect();
            Some((f.get(3)?.to_string(), PathBuf::from(f.get(4)?)))
        })
        .ok_or("no cgroup2 file system is mounted")?;
    let own = std::fs::read_to_string("/proc/self/cgroup").map_err(|e| format!("/proc/self/cgroup: {e}"))?;
    let own = own.lines().find_map(|l| l.strip_prefix("0::")).ok_or("the guard is in no cgroup v2")?.trim().to_string();
    let rel = own
        .strip_prefix(mount_root.trim_end_matches('/'))
        .ok_or("the guard's cgroup is outside the mounted cgroup2 tree")?;
    let parent = mount_point.join(rel.trim_start_matches('/'));
    remove_stale(&parent);
    let dir = parent.join(format!("pipeline-guard.{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    if !dir.join("cgroup.procs").exists() {
        let _ = std::fs::remove_dir(&dir);
        return Err(format!("{} is not a cgroup", dir.display()));
    }
    Ok(dir)
}

/// Remove the empty cgroups of guards that are gone (killed before they could clean up).
fn remove_stale(parent: &Path) {
    let Ok(entries) = std::fs::read_dir(parent) else { return };
    for e in entries.flatten() {
        let name = e.file_name();
        let Some(pid) =
            name.to_str().and_then(|n| n.strip_prefix("pipeline-guard.")).and_then(|p| p.parse::<u32>().ok())
        else {
            continue;
        };
        if Path::new(&format!("/proc/{pid}")).exists() {
            continue;
        }
        if let Ok(children) = std::fs::read_dir(e.path()) {
            for c in children.flatten().filter(|c| c.path().is_dir()) {
                // Fails (and is left) while processes are inside.
                let _ = std::fs::remove_dir(c.path());
            }
        }
        let _ = std::fs::remove_dir(e.path());
    }
}

/// One instance's cgroup.
#[derive(Debug)]
pub(crate) struct InstanceCgroup {
    pub dir: PathBuf,
    /// `<dir>/cgroup.procs` for the pre-exec write.
    procs: CString,
}

impl InstanceCgroup {
    pub fn create(root: &Path, name: &str) -> Option<InstanceCgroup> {
        let dir = root.join(name);
        // The root may have just been removed by the last instance's stop: make it again.
        if std::fs::create_dir_all(&dir).is_err() {
            return None;
        }
        let procs = CString::new(dir.join("cgroup.procs").into_os_string().into_encoded_bytes()).ok()?;
        Some(InstanceCgroup { dir, procs })
    }

    /// Runs in the child between `fork` and `exec`: move the calling process into the cgroup.
    /// Only async-signal-safe calls (`open`, `write`, `close`) on a path built beforehand. A
    /// failure is not fatal: the membership check after the spawn notices it.
    pub fn enter_from_child(procs: &CString) {
        // SAFETY: open/write/close are async-signal-safe; `procs` is a valid C string that
        // outlives the call (it is owned by the closure).
        unsafe {
            let fd = libc::open(procs.as_ptr(), libc::O_WRONLY | libc::O_CLOEXEC);
            if fd >= 0 {
                libc::write(fd, b"0".as_ptr().cast(), 1);
                libc::close(fd);
            }
        }
    }

    pub fn procs_path(&self) -> CString {
        self.procs.clone()
    }

    /// Is `pid` a member (checked after the spawn)?
    pub fn contains(&self, pid: u32) -> bool {
        std::fs::read_to_string(self.dir.join("cgroup.procs"))
            .is_ok_and(|t| t.split_whitespace().any(|p| p == pid.to_string()))
    }

    /// The member pids right now.
    pub fn members(&self) -> Vec<i32> {
        std::fs::read_to_string(self.dir.join("cgroup.procs"))
            .map(|t| t.split_whitespace().filter_map(|p| p.parse().ok()).collect())
            .unwrap_or_default()
    }

    /// SIGKILL every member at once (the kernel also catches processes forking meanwhile;
    /// a no-op before Linux 5.14).
    pub fn kill(&self) {
        let _ = std::fs::write(self.dir.join("cgroup.kill"), "1");
    }

    /// Remove the (empty) cgroup, and the guard's root if it was the last one.
    pub fn remove(&self) {
        let _ = std::fs::remove_dir(&self.dir);
        if let Some(parent) = self.dir.parent() {
            let _ = std::fs::remove_dir(parent);
        }
    }
}
