//! Every descendant of a supervised child is stopped with it (issue 21).
//!
//! Killing the child's process group is not enough: a helper started with `setsid` (or a
//! double-forked daemon) leaves the group and, once the child dies, is re-parented away and
//! lives on. The guard therefore
//!
//! * becomes a **child subreaper** (`PR_SET_CHILD_SUBREAPER`, once per process), so orphaned
//!   descendants are re-parented to the guard instead of PID 1 and stay visible and reapable;
//! * gives each supervised instance a **scope**, `PIPELINE_GUARD_SCOPE=<token>.<n>` in the
//!   child's environment, which every descendant inherits (the token is random per guard
//!   process, so a guard supervised by another guard has its own);
//! * on every exit, restart and stop of the instance, **sweeps** `/proc`: every process whose
//!   environment carries the scope, or that is in the child's process group, or that descends
//!   from one of those (a grandchild that cleared its environment while its parent lived), is
//!   sent SIGKILL, and those that end up as the guard's zombies are reaped (`waitpid` on their
//!   own pid, never `waitpid(-1)`), round after round until none is left;
//! * where the machine allows it, also puts each instance in a cgroup v2 of its own
//!   (`cgroup.rs`): its members are swept too, which closes the gaps below;
//! * runs a small `guard-reaper` thread that, once a second, notes the guard's adopted children
//!   that carry one of its scopes and reaps them when they exit on their own.
//!
//! What it never touches: processes without one of the guard's scopes that are not below a
//! scoped process, i.e. check commands, recovery `run:` steps, the ssh client, whatever else
//! the guard (or a test harness sharing its process) starts; the supervised children
//! themselves, which tokio reaps (they are registered in `live` before the reaper thread can
//! see them, under the same lock). Known gaps without a cgroup, documented in ARCHITECTURE.md:
//! a descendant that clears its environment *and* is orphaned before the sweep (its parent
//! already dead) carries no mark; and, with or without, a daemon started by a recovery step is adopted by the guard and, when it
//! exits, stays a zombie until the guard exits, since it cannot be told apart from a child
//! tokio waits for.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use parking_lot::Mutex;

use super::cgroup::InstanceCgroup;

/// The environment variable that marks a supervised instance and all its descendants.
pub const SCOPE_VAR: &str = "PIPELINE_GUARD_SCOPE";

/// One process as `/proc/<pid>/stat` describes it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Proc {
    pub pid: i32,
    pub ppid: i32,
    pub state: char,
    pub pgrp: i32,
    /// Start time in clock ticks since boot: with the pid, identifies a process (pids recycle).
    pub start: u64,
}

impl Proc {
    fn alive(&self) -> bool {
        self.state != 'Z' && self.state != 'X'
    }
}

pub(crate) fn parse_stat(pid: i32, stat: &str) -> Option<Proc> {
    // The command name is in parentheses and may contain anything: split after the last ')'.
    let f: Vec<&str> = stat[stat.rfind(')')? + 1..].split_whitespace().collect();
    Some(Proc {
        pid,
        state: f.first()?.chars().next()?,
        ppid: f.get(1)?.parse().ok()?,
        pgrp: f.get(2)?.parse().ok()?,
        start: f.get(19)?.parse().ok()?,
    })
}

pub(crate) fn stat(pid: i32) -> Option<Proc> {
    parse_stat(pid, &std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?)
}

/// Every process in `/proc`.
pub(crate) fn all() -> Vec<Proc> {
    let Ok(dir) = std::fs::read_dir("/proc") else { return Vec::new() };
    dir.filter_map(|e| e.ok()?.file_name().to_str()?.parse::<i32>().ok()).filter_map(stat).collect()
}

/// Does the process's environment hold `needle` (`\0NAME=value…`) as the start of an entry?
fn environ_has(pid: i32, needle: &[u8]) -> bool {
    let Ok(env) = std::fs::read(format!("/proc/{pid}/environ")) else { return false };
    // Entries are NUL-terminated; a leading NUL lets the first entry match too.
    let mut buf = Vec::with_capacity(env.len() + 1);
    buf.push(0);
    buf.extend_from_slice(&env);
    buf.windows(needle.len()).any(|w| w == needle)
}

/// The guard's own children, from `/proc/self/task/*/children` (adopted orphans land on one of
/// the guard's threads), or from a full scan where that file does not exist.
fn my_children(me: i32) -> Vec<i32> {
    let mut kids = Vec::new();
    let mut found_any_file = false;
    if let Ok(tasks) = std::fs::read_dir("/proc/self/task") {
        for t in tasks.flatten() {
            if let Ok(text) = std::fs::read_to_string(t.path().join("children")) {
                found_any_file = true;
                kids.extend(text.split_whitespace().filter_map(|p| p.parse::<i32>().ok()));
            }
        }
    }
    if !found_any_file {
        kids = all().into_iter().filter(|p| p.ppid == me).map(|p| p.pid).collect();
    }
    kids
}

fn reap(pid: i32) {
    let mut status = 0;
    // SAFETY: waitpid on one pid with WNOHANG; only called for pids that are provably ours and
    // that nobody else waits for (killed or adopted descendants, never a spawned child).
    unsafe {
        libc::waitpid(pid, &mut status, libc::WNOHANG);
    }
}

fn signal(pid: i32, sig: i32) {
    // SAFETY: kill(2) has no memory-safety preconditions; pid > 1 is checked by callers.
    unsafe {
        libc::kill(pid, sig);
    }
}

/// The process-wide state: one subreaper per process, shared by every `Supervisor` in it.
pub(crate) struct Tracker {
    me: i32,
    token: String,
    next_scope: AtomicU64,
    /// Pids of the supervised children themselves, which tokio reaps: never adopted.
    pub live: Mutex<HashSet<i32>>,
    /// Adopted descendants seen alive with one of our scopes: pid → start time.
    adopted: Mutex<HashMap<i32, u64>>,
}

pub(crate) fn tracker() -> &'static Tracker {
    static T: OnceLock<Tracker> = OnceLock::new();
    T.get_or_init(|| {
        // SAFETY: prctl with an integer argument; affects only this process.
        let subreaper = unsafe { libc::prctl(libc::PR_SET_CHILD_SUBREAPER, 1 as libc::c_ulong, 0, 0, 0) } == 0;
        if !subreaper {
            tracing::warn!("PR_SET_CHILD_SUBREAPER failed: orphans of supervised children go to PID 1 (they are still found and killed)");
        }
        let me = std::process::id() as i32;
        let token = format!("{me:x}{:016x}", fastrand::u64(..));
        std::thread::Builder::new()
            .name("guard-reaper".into())
            .spawn(|| {
                loop {
                    std::thread::sleep(Duration::from_secs(1));
                    tracker().poll();
                }
            })
            .ok();
        Tracker {
            me,
            token,
            next_scope: AtomicU64::new(1),
            live: Mutex::new(HashSet::new()),
            adopted: Mutex::new(HashMap::new()),
        }
    })
}

impl Tracker {
    /// A new scope for one supervised instance (all its restarts share it).
    pub fn new_scope(&self) -> String {
        format!("{}.{}", self.token, self.next_scope.fetch_add(1, Ordering::Relaxed))
    }

    fn needle(scope: &str) -> Vec<u8> {
        format!("\0{SCOPE_VAR}={scope}\0").into_bytes()
    }

    /// The processes of `scope`: marked, in group `pgid`, in the instance's cgroup, or below
    /// one of those; never the guard itself or a live supervised child (another instance's).
    fn members(&self, procs: &[Proc], scope: &str, pgid: i32, cgroup: Option<&InstanceCgroup>) -> HashSet<i32> {
        let needle = Self::needle(scope);
        let live = self.live.lock().clone();
        let in_cgroup: HashSet<i32> = cgroup.map(|c| c.members().into_iter().collect()).unwrap_or_default();
        let eligible = |p: &Proc| p.alive() && p.pid > 1 && p.pid != self.me && !live.contains(&p.pid);
        let mut set: HashSet<i32> = procs
            .iter()
            .filter(|p| {
                eligible(p)
                    && ((pgid > 1 && p.pgrp == pgid) || in_cgroup.contains(&p.pid) || environ_has(p.pid, &needle))
            })
            .map(|p| p.pid)
            .collect();
        loop {
            let before = set.len();
            for p in procs {
                if eligible(p) && set.contains(&p.ppid) {
                    set.insert(p.pid);
                }
            }
            if set.len() == before {
                return set;
            }
        }
    }

    /// Send `sig` once to every process of `scope` (a polite SIGTERM before a stop's grace).
    /// Returns them (pid → start time), for the sweep to reap if they die of it.
    pub fn signal_scope(&self, scope: &str, pgid: i32, cgroup: Option<&InstanceCgroup>, sig: i32) -> HashMap<i32, u64> {
        let procs = all();
        let members = self.members(&procs, scope, pgid, cgroup);
        let recorded: HashMap<i32, u64> =
            procs.iter().filter(|p| members.contains(&p.pid)).map(|p| (p.pid, p.start)).collect();
        for &pid in recorded.keys() {
            signal(pid, sig);
        }
        recorded
    }

    /// SIGKILL every process of `scope`, round after round, and reap the ones that become our
    /// zombies, until none is left or `limit` passes. `killed` holds processes already
    /// signalled (see [`Tracker::signal_scope`]). Blocking (reads `/proc`). Returns how many
    /// processes were killed.
    ///
    /// Each process is recorded (pid and start time) *before* it is signalled, so its zombie is
    /// known to be ours; zombies of the child's group are recorded too (a group member that
    /// died first). A zombie whose parent is dying is waited for: it is about to be
    /// re-parented to the guard.
    pub fn sweep(
        &self,
        scope: &str,
        pgid: i32,
        cgroup: Option<&InstanceCgroup>,
        mut killed: HashMap<i32, u64>,
        limit: Duration,
    ) -> usize {
        let deadline = Instant::now() + limit;
        let mut rounds = 0u32;
        loop {
            rounds += 1;
            let procs = all();
            let by_pid: HashMap<i32, &Proc> = procs.iter().map(|p| (p.pid, p)).collect();
            let members = self.members(&procs, scope, pgid, cgroup);
            for p in &procs {
                let group_zombie = pgid > 1 && p.pgrp == pgid && !p.alive() && p.ppid == self.me;
                if group_zombie || members.contains(&p.pid) {
                    killed.insert(p.pid, p.start);
                }
            }
            for &pid in &members {
                signal(pid, libc::SIGKILL);
            }
            if pgid > 1 {
                // Members of the group forked since the scan.
                signal(-pgid, libc::SIGKILL);
            }
            if rounds > 20 {
                // Something keeps forking faster than the rounds: the kernel kills the cgroup
                // at once (their zombies then go unrecorded; this is the pathological case).
                if let Some(c) = cgroup {
                    c.kill();
                }
            }
            let adopted = self.adopted.lock().clone();
            let mut pending = !members.is_empty();
            for p in &procs {
                if members.contains(&p.pid) {
                    continue;
                }
                let was_killed = killed.get(&p.pid) == Some(&p.start);
                let was_adopted = adopted.get(&p.pid) == Some(&p.start);
                if p.state == 'Z' && p.ppid == self.me && (was_killed || was_adopted) {
                    reap(p.pid);
                } else if was_killed {
                    let parent_dying = by_pid.get(&p.ppid).is_none_or(|pp| killed.get(&pp.pid) == Some(&pp.start));
                    // Still dying, or a zombie about to be handed to the guard.
                    if p.alive() || parent_dying {
                        pending = true;
                    }
                }
            }
            if !pending {
                break;
            }
            if Instant::now() >= deadline {
                tracing::warn!(
                    scope,
                    left = members.len(),
                    "descendants of a supervised child still alive after the sweep"
                );
                break;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        let mut adopted = self.adopted.lock();
        adopted.retain(|pid, start| killed.get(pid) != Some(start));
        killed.len()
    }

    /// Once a second: note adopted children that carry one of our scopes; reap those that
    /// have exited.
    fn poll(&self) {
        let prefix = format!("\0{SCOPE_VAR}={}.", self.token).into_bytes();
        let kids = my_children(self.me);
        let live = self.live.lock();
        let mut adopted = self.adopted.lock();
        for pid in kids {
            if live.contains(&pid) {
                continue;
            }
            let Some(p) = stat(pid) else { continue };
            if !p.alive() {
                if adopted.get(&pid) == Some(&p.start) {
                    reap(pid);
                    adopted.remove(&pid);
                }
            } else if !adopted.contains_key(&pid) && environ_has(pid, &prefix) {
                adopted.insert(pid, p.start);
            }
        }
        adopted.retain(|pid, start| stat(*pid).is_some_and(|p| p.start == *start));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stat_lines_parse_with_odd_command_names() {
        let line =
            "4242 (a) b (c)) S 1 4242 4242 0 -1 4194560 100 0 0 0 1 2 0 0 20 0 1 0 987654 1000 10 18446744073709551615";
        let p = parse_stat(4242, line).unwrap();
        assert_eq!((p.state, p.ppid, p.pgrp, p.start), ('S', 1, 4242, 987654));
        let me = stat(std::process::id() as i32).unwrap();
        assert!(me.alive());
        assert_eq!(me.ppid as u32, std::os::unix::process::parent_id());
    }
}
