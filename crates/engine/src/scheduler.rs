//! The check scheduler: one tokio task per component, each sleeping its own interval with
//! jitter, all sharing a semaphore of `max_workers`. A check runs in its own task under a hard
//! timeout, so a slow or panicking check cannot stall or crash the others. After a failure the
//! component is re-checked at a faster cadence to confirm quickly.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{Notify, Semaphore};

use crate::check::{self, CheckContext, CheckOutcome};
use crate::config::CheckSpec;
use crate::history::SeriesId;
use crate::live::{Lifecycle, LiveConfig};
use crate::model::{Status, metric};
use crate::record::Recorder;
use crate::supervise::Supervisor;
use crate::supervise::procstat::{self, CpuMeter};

/// Re-check cadence while a freshly started child has not answered yet.
pub const STARTING_RECHECK: Duration = Duration::from_millis(100);

/// Interval used to confirm a failure: a quarter of the normal one, at least 100 ms.
pub fn confirm_interval(interval: Duration) -> Duration {
    (interval / 4).max(Duration::from_millis(100)).min(interval)
}

/// Apply ± `jitter` (a fraction) to `d`.
pub fn jittered(d: Duration, jitter: f64) -> Duration {
    if jitter <= 0.0 {
        return d;
    }
    let f = 1.0 + (fastrand::f64() * 2.0 - 1.0) * jitter;
    d.mul_f64(f)
}

/// What the check loops share; built once by the guard.
#[derive(Debug)]
pub(crate) struct LoopCx {
    pub config: LiveConfig,
    pub shutdown: Lifecycle,
    pub supervisor: Supervisor,
    pub check_cx: CheckContext,
    pub recorder: Recorder,
}

impl LoopCx {
    fn config(&self) -> Arc<crate::config::Config> {
        self.config.get()
    }

    fn is_shutting_down(&self) -> bool {
        self.shutdown.is_shutting_down()
    }

    fn record_outcome(&self, name: &str, outcome: CheckOutcome, series: &mut HashMap<String, SeriesId>) -> bool {
        self.recorder.record_outcome(name, outcome, series)
    }
}

/// One component's check loop. It keeps only what it reads of the component's spec (not a
/// copy of the whole `ComponentSpec`, which doubled what the config itself holds in memory).
pub(crate) struct ComponentLoop {
    pub name: String,
    pub check: Arc<CheckSpec>,
    /// Whether the guard supervises the component's process (its RSS and CPU are sampled).
    pub supervised: bool,
    pub guard: Arc<LoopCx>,
    pub workers: Arc<Semaphore>,
    pub check_now: Arc<Notify>,
}

impl ComponentLoop {
    pub async fn run(self) {
        let name = self.name.clone();
        let mut series: HashMap<String, SeriesId> = HashMap::new();
        let mut cpu = CpuMeter::default();
        let interval = self.check.interval;
        let jitter = self.guard.config().pipeline.monitoring.jitter;
        // Spread the first checks of many components over one interval.
        let mut delay = interval.mul_f64(fastrand::f64() * jitter.max(0.05)).min(Duration::from_millis(500));
        loop {
            tokio::select! {
                _ = tokio::time::sleep(delay) => {}
                _ = self.check_now.notified() => {}
                _ = self.guard.shutdown.notified() => return,
            }
            if self.guard.is_shutting_down() {
                return;
            }
            let outcome = {
                let Ok(_permit) = self.workers.acquire().await else { return };
                let pid = self.guard.supervisor.pid(&name, 0);
                let cx: CheckContext = self.guard.check_cx.with_pid(pid);
                let spec = self.check.clone();
                match tokio::spawn(async move { check::run(&spec, &cx).await }).await {
                    Ok(o) => o,
                    Err(e) => CheckOutcome {
                        status: Status::Unknown,
                        latency: Duration::ZERO,
                        metrics: Default::default(),
                        issues: vec![check::Msg::new("check-panicked").text("detail", e)],
                    },
                }
            };
            let mut outcome = outcome;
            if self.supervised
                && let Some(pid) = self.guard.supervisor.pid(&name, 0)
                && let Some(sample) = procstat::read(pid)
            {
                outcome.metrics.insert(metric::MEMORY.into(), sample.rss_bytes as f64);
                if let Some(share) = cpu.share(pid, &sample) {
                    outcome.metrics.insert(metric::CPU.into(), share);
                }
            }
            let failed = matches!(outcome.status, Status::Failed | Status::Unknown);
            let starting = self.guard.record_outcome(&name, outcome, &mut series);
            delay = if starting {
                STARTING_RECHECK.min(interval)
            } else if failed {
                confirm_interval(interval)
            } else {
                jittered(interval, jitter)
            };
        }
    }
}
