//! Supervised child processes: the guard starts each component's `process:` itself, in its own
//! process group, captures its output to capped logs, notices its exit at once (it awaits the
//! child, it does not poll) and starts it again with exponential back-off that resets once the
//! child has stayed up for a while. Stopping sends SIGTERM to the group, then SIGKILL after the
//! grace period; children also get SIGTERM if the guard itself dies (`PR_SET_PDEATHSIG`).
//! Descendants that left the group (`setsid` helpers, double-forked daemons) are found and
//! killed on every exit, restart and stop too: see `descendants.rs`.

mod cgroup;
pub(crate) mod descendants;
mod logs;
pub mod procstat;

use std::collections::HashMap;
use std::os::unix::process::ExitStatusExt;
use std::path::PathBuf;
use std::process::Stdio;
use std::sync::Arc;
use std::time::{Duration, Instant};

use nix::sys::signal::{Signal, killpg};
use nix::unistd::Pid;
use parking_lot::Mutex;
use tokio::process::{Child, Command};
use tokio::sync::{mpsc, oneshot};

use crate::clock::unix_ms;
use crate::config::ProcessSpec;
use crate::events::{EngineEvent, EventBus};

/// Restart back-off: immediate first restart, then doubling up to a cap; reset after the child
/// has run for `stable_after`.
#[derive(Debug, Clone, Copy)]
pub struct Backoff {
    pub initial: Duration,
    pub max: Duration,
    pub stable_after: Duration,
}

impl Default for Backoff {
    fn default() -> Self {
        Backoff {
            initial: Duration::from_millis(100),
            max: Duration::from_secs(30),
            stable_after: Duration::from_secs(10),
        }
    }
}

impl Backoff {
    /// Delay before restart number `failures` (1 = the first quick failure in a row).
    pub fn delay(&self, failures: u32) -> Duration {
        if failures <= 1 {
            return Duration::ZERO;
        }
        let exp = (failures - 2).min(20);
        self.initial.saturating_mul(1u32 << exp).min(self.max)
    }
}

#[derive(Debug)]
enum Ctl {
    Restart(oneshot::Sender<()>),
    Stop(oneshot::Sender<()>),
}

#[derive(Debug)]
struct Instance {
    ctl: mpsc::UnboundedSender<Ctl>,
    pid: Arc<Mutex<Option<u32>>>,
    starts: Arc<std::sync::atomic::AtomicU32>,
}

/// Starts, watches and stops the guard's child processes.
#[derive(Debug, Clone)]
pub struct Supervisor {
    bus: EventBus,
    log_dir: PathBuf,
    backoff: Backoff,
    instances: Arc<Mutex<HashMap<(String, u32), Instance>>>,
    /// Put each instance in a cgroup v2 of its own where the machine allows it.
    cgroups: bool,
}

/// Errors controlling a child.
#[derive(Debug, thiserror::Error)]
pub enum SuperviseError {
    #[error("component `{0}` has no supervised process")]
    NotSupervised(String),
    #[error("instance {1} of `{0}` is already running")]
    AlreadyRunning(String, u32),
}

impl Supervisor {
    pub fn new(bus: EventBus, log_dir: PathBuf) -> Self {
        Supervisor { bus, log_dir, backoff: Backoff::default(), instances: Default::default(), cgroups: true }
    }

    /// Whether to contain instances in cgroups (default: yes, where the machine allows it);
    /// `false` leaves the scope sweep alone (tests of the fallback).
    pub fn with_cgroups(mut self, on: bool) -> Self {
        self.cgroups = on;
        self
    }

    /// How this supervisor's instances are contained: `cgroup` (with the scope sweep) or
    /// `scope` (the sweep alone), and why not a cgroup.
    pub fn containment(&self) -> (&'static str, Option<&'static str>) {
        if !self.cgroups {
            return ("scope", Some("cgroups turned off for this supervisor"));
        }
        match cgroup::root() {
            Ok(_) => ("cgroup", None),
            Err(why) => ("scope", Some(why)),
        }
    }

    pub fn with_backoff(mut self, backoff: Backoff) -> Self {
        self.backoff = backoff;
        self
    }

    /// Start supervising instance `instance` of `component`. Extra environment (e.g. a port for
    /// a scaled-out instance) is added to the spec's own.
    pub fn start(&self, component: &str, instance: u32, spec: ProcessSpec) -> Result<(), SuperviseError> {
        let key = (component.to_string(), instance);
        let mut map = self.instances.lock();
        if map.contains_key(&key) {
            return Err(SuperviseError::AlreadyRunning(component.into(), instance));
        }
        let (tx, rx) = mpsc::unbounded_channel();
        let pid = Arc::new(Mutex::new(None));
        let starts = Arc::new(std::sync::atomic::AtomicU32::new(0));
        let scope = descendants::tracker().new_scope();
        map.insert(key, Instance { ctl: tx, pid: pid.clone(), starts: starts.clone() });
        let task = Watch {
            component: component.to_string(),
            instance,
            spec,
            bus: self.bus.clone(),
            log_dir: self.log_dir.clone(),
            backoff: self.backoff,
            pid,
            starts,
            cgroup: if self.cgroups {
                cgroup::root().ok().and_then(|root| cgroup::InstanceCgroup::create(root, &scope)).map(Arc::new)
            } else {
                None
            },
            in_cgroup: std::sync::atomic::AtomicBool::new(true),
            scope,
        };
        tokio::spawn(task.run(rx));
        Ok(())
    }

    /// Pid of a running instance.
    pub fn pid(&self, component: &str, instance: u32) -> Option<u32> {
        self.instances.lock().get(&(component.to_string(), instance)).and_then(|i| *i.pid.lock())
    }

    /// How many times an instance has been started.
    pub fn starts(&self, component: &str, instance: u32) -> u32 {
        self.instances
            .lock()
            .get(&(component.to_string(), instance))
            .map(|i| i.starts.load(std::sync::atomic::Ordering::SeqCst))
            .unwrap_or(0)
    }

    /// Instance numbers currently supervised for a component.
    pub fn instances(&self, component: &str) -> Vec<u32> {
        let mut v: Vec<u32> = self.instances.lock().keys().filter(|(c, _)| c == component).map(|(_, i)| *i).collect();
        v.sort_unstable();
        v
    }

    /// Stop and start an instance again (the `restart` step). Resolves once the new child is
    /// spawned.
    pub async fn restart(&self, component: &str, instance: u32) -> Result<(), SuperviseError> {
        let (tx, rx) = oneshot::channel();
        self.send(component, instance, Ctl::Restart(tx))?;
        let _ = rx.await;
        Ok(())
    }

    /// Stop an instance for good (SIGTERM, then SIGKILL after the grace period).
    pub async fn stop(&self, component: &str, instance: u32) -> Result<(), SuperviseError> {
        let (tx, rx) = oneshot::channel();
        self.send(component, instance, Ctl::Stop(tx))?;
        let _ = rx.await;
        self.instances.lock().remove(&(component.to_string(), instance));
        Ok(())
    }

    /// Stop every child, in parallel; used on shutdown.
    pub async fn stop_all(&self) {
        let acks: Vec<oneshot::Receiver<()>> = {
            let map = self.instances.lock();
            map.values()
                .filter_map(|inst| {
                    let (tx, rx) = oneshot::channel();
                    inst.ctl.send(Ctl::Stop(tx)).ok().map(|_| rx)
                })
                .collect()
        };
        for rx in acks {
            let _ = rx.await;
        }
        self.instances.lock().clear();
    }

    fn send(&self, component: &str, instance: u32, ctl: Ctl) -> Result<(), SuperviseError> {
        let map = self.instances.lock();
        let inst = map
            .get(&(component.to_string(), instance))
            .ok_or_else(|| SuperviseError::NotSupervised(component.into()))?;
        inst.ctl.send(ctl).map_err(|_| SuperviseError::NotSupervised(component.into()))
    }
}

/// The task that owns one instance's child.
struct Watch {
    component: String,
    instance: u32,
    spec: ProcessSpec,
    bus: EventBus,
    log_dir: PathBuf,
    backoff: Backoff,
    pid: Arc<Mutex<Option<u32>>>,
    starts: Arc<std::sync::atomic::AtomicU32>,
    /// `PIPELINE_GUARD_SCOPE` of this instance: inherited by every descendant.
    scope: String,
    /// The instance's cgroup, if the machine allows one.
    cgroup: Option<Arc<cgroup::InstanceCgroup>>,
    /// The last child did land in `cgroup` (checked after each spawn; a miss is logged once).
    in_cgroup: std::sync::atomic::AtomicBool,
}

impl Drop for Watch {
    fn drop(&mut self) {
        if let Some(c) = &self.cgroup {
            c.remove();
        }
    }
}

/// How long a sweep for leftover descendants may take (they get SIGKILL; this only bounds a
/// process stuck in uninterruptible sleep).
const SWEEP_LIMIT: Duration = Duration::from_secs(3);

enum Woke {
    Exited(std::io::Result<std::process::ExitStatus>),
    Ctl(Option<Ctl>),
}

impl Watch {
    fn spawn(&self) -> std::io::Result<Child> {
        let (prog, args) = self.spec.command.split_first().ok_or_else(|| std::io::Error::other("empty command"))?;
        let mut cmd = Command::new(prog);
        cmd.args(args)
            .current_dir(&self.spec.cwd)
            .envs(&self.spec.env)
            .env("PIPELINE_GUARD_COMPONENT", &self.component)
            .env("PIPELINE_GUARD_INSTANCE", self.instance.to_string())
            .env(descendants::SCOPE_VAR, &self.scope)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .process_group(0)
            .kill_on_drop(false);
        let cgroup_procs = self.cgroup.as_ref().map(|c| c.procs_path());
        // SAFETY: prctl, open, write and close are async-signal-safe; nothing else runs between
        // fork and exec, and nothing is allocated (the cgroup path was built beforehand).
        unsafe {
            cmd.pre_exec(move || {
                libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGTERM as libc::c_ulong);
                if let Some(p) = &cgroup_procs {
                    cgroup::InstanceCgroup::enter_from_child(p);
                }
                Ok(())
            });
        }
        let tracker = descendants::tracker();
        // Registered under the lock the reaper thread classifies with, so the new child is
        // never mistaken for an adopted descendant (and never reaped behind tokio's back).
        let mut child = {
            let mut live = tracker.live.lock();
            let child = cmd.spawn()?;
            if let Some(pid) = child.id() {
                live.insert(pid as i32);
            }
            child
        };
        if let (Some(c), Some(pid)) = (&self.cgroup, child.id()) {
            let inside = c.contains(pid);
            let was = self.in_cgroup.swap(inside, std::sync::atomic::Ordering::Relaxed);
            if !inside && was {
                tracing::warn!(component = %self.component, cgroup = %c.dir.display(), "the child did not enter its cgroup; relying on the scope sweep");
            }
        }
        if let Some(out) = child.stdout.take() {
            tokio::spawn(logs::pump(
                out,
                logs::log_path(&self.log_dir, &self.component, self.instance, "stdout"),
                self.spec.log_max_bytes,
            ));
        }
        if let Some(err) = child.stderr.take() {
            tokio::spawn(logs::pump(
                err,
                logs::log_path(&self.log_dir, &self.component, self.instance, "stderr"),
                self.spec.log_max_bytes,
            ));
        }
        Ok(child)
    }

    /// Send SIGTERM to the child's group and every other descendant, SIGKILL after the grace
    /// period, and reap it; then sweep whatever descendant is left.
    async fn terminate(&self, child: &mut Child, pid: u32) {
        let pg = Pid::from_raw(pid as i32);
        // The descendants first (recorded before they are signalled), then the group.
        let (scope, cg) = (self.scope.clone(), self.cgroup.clone());
        let signalled = tokio::task::spawn_blocking(move || {
            descendants::tracker().signal_scope(&scope, pid as i32, cg.as_deref(), libc::SIGTERM)
        })
        .await
        .unwrap_or_default();
        let _ = killpg(pg, Signal::SIGTERM);
        if tokio::time::timeout(self.spec.stop_grace, child.wait()).await.is_err() {
            let _ = killpg(pg, Signal::SIGKILL);
            let _ = child.wait().await;
        }
        self.reaped(pid, signalled).await;
    }

    /// The child `pid` has been waited for: forget it and kill every descendant it left
    /// (its group and anything else carrying the instance's scope).
    async fn reaped(&self, pid: u32, signalled: HashMap<i32, u64>) {
        let tracker = descendants::tracker();
        tracker.live.lock().remove(&(pid as i32));
        let (scope, cg) = (self.scope.clone(), self.cgroup.clone());
        let killed = tokio::task::spawn_blocking(move || {
            tracker.sweep(&scope, pid as i32, cg.as_deref(), signalled, SWEEP_LIMIT)
        })
        .await
        .unwrap_or(0);
        if killed > 0 {
            tracing::info!(component = %self.component, instance = self.instance, killed, "stopped descendants the child left behind");
        }
    }

    async fn run(self, mut rx: mpsc::UnboundedReceiver<Ctl>) {
        let mut quick_failures: u32 = 0;
        let mut pending_ack: Option<oneshot::Sender<()>> = None;
        loop {
            let started_at = Instant::now();
            let mut child = match self.spawn() {
                Ok(c) => c,
                Err(e) => {
                    quick_failures += 1;
                    let delay = self.backoff.delay(quick_failures).max(Duration::from_millis(500));
                    let notice = crate::heal::timeline::Msg::new("notice-cannot-start")
                        .text("program", &self.spec.command[0])
                        .text("detail", &e)
                        .duration("delay", delay);
                    self.bus.publish(EngineEvent::Notice {
                        at_ms: unix_ms(),
                        component: Some(self.component.clone()),
                        message: notice.english(),
                        msg: Some(notice),
                    });
                    if let Some(ack) = pending_ack.take() {
                        let _ = ack.send(());
                    }
                    match tokio::time::timeout(delay, rx.recv()).await {
                        Ok(Some(Ctl::Stop(ack))) => {
                            let _ = ack.send(());
                            return;
                        }
                        Ok(Some(Ctl::Restart(ack))) => {
                            pending_ack = Some(ack);
                            continue;
                        }
                        Ok(None) => return,
                        Err(_) => continue,
                    }
                }
            };
            let pid = child.id().unwrap_or(0);
            *self.pid.lock() = Some(pid);
            self.starts.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            self.bus.publish(EngineEvent::ProcessStarted {
                component: self.component.clone(),
                at_ms: unix_ms(),
                pid,
                instance: self.instance,
            });
            if let Some(ack) = pending_ack.take() {
                let _ = ack.send(());
            }

            let woke = tokio::select! {
                st = child.wait() => Woke::Exited(st),
                ctl = rx.recv() => Woke::Ctl(ctl),
            };
            match woke {
                Woke::Exited(st) => {
                    *self.pid.lock() = None;
                    let uptime = started_at.elapsed();
                    // Make sure nothing the child left lingers: its group, and descendants that
                    // left the group (`setsid` helpers, daemons). The sweep kills the group.
                    self.reaped(pid, HashMap::new()).await;
                    if uptime >= self.backoff.stable_after {
                        quick_failures = 0;
                    }
                    quick_failures += 1;
                    let delay = self.backoff.delay(quick_failures);
                    let (code, signal) = match &st {
                        Ok(s) => (s.code(), s.signal()),
                        Err(_) => (None, None),
                    };
                    self.bus.publish(EngineEvent::ProcessExited {
                        component: self.component.clone(),
                        at_ms: unix_ms(),
                        pid,
                        instance: self.instance,
                        code,
                        signal,
                        uptime_ms: uptime.as_millis() as i64,
                        restart_in_ms: Some(delay.as_millis() as i64),
                        requested: false,
                    });
                    if !delay.is_zero() {
                        // Wait out the back-off, but obey a stop or an explicit restart at once.
                        match tokio::time::timeout(delay, rx.recv()).await {
                            Err(_) => {}
                            Ok(Some(Ctl::Restart(ack))) => pending_ack = Some(ack),
                            Ok(Some(Ctl::Stop(ack))) => {
                                let _ = ack.send(());
                                return;
                            }
                            Ok(None) => return,
                        }
                    }
                }
                Woke::Ctl(ctl) => {
                    self.terminate(&mut child, pid).await;
                    *self.pid.lock() = None;
                    let uptime = started_at.elapsed();
                    self.bus.publish(EngineEvent::ProcessExited {
                        component: self.component.clone(),
                        at_ms: unix_ms(),
                        pid,
                        instance: self.instance,
                        code: None,
                        signal: Some(libc::SIGTERM),
                        uptime_ms: uptime.as_millis() as i64,
                        restart_in_ms: matches!(ctl, Some(Ctl::Restart(_))).then_some(0),
                        requested: true,
                    });
                    match ctl {
                        Some(Ctl::Restart(ack)) => {
                            // A deliberate restart is not a failure.
                            quick_failures = 0;
                            pending_ack = Some(ack);
                        }
                        Some(Ctl::Stop(ack)) => {
                            let _ = ack.send(());
                            return;
                        }
                        None => return,
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests;

/// The first port after `base` that is not `taken` and can be bound on loopback now (a new
/// instance's port, for scaling up and for a front's extra instances).
pub(crate) fn next_free_port(base: u16, taken: &[u16]) -> Option<u16> {
    (base.checked_add(1)?..=u16::MAX)
        .take(1000)
        .find(|p| !taken.contains(p) && std::net::TcpListener::bind(("127.0.0.1", *p)).is_ok())
}
