//! Passive outlier detection and the retry budget.
//!
//! Every attempt the proxy makes ends in an [`Outcome`] for its instance. Failed answers in a
//! row — any 5xx, a reset, a refused connection, the per-try time-out — count toward
//! `consecutive_5xx`; the gateway kind (502/503/504, no answer at all) also toward
//! `consecutive_gateway_failure`. Either threshold ejects the instance at once:
//!
//! - for `base_ejection_time × n`, n the ejections in a row (an ejection within
//!   `max_ejection_time` of the last return counts as "in a row"), at most `max_ejection_time`;
//!   after that the instance returns as soon as its active check passes — not before, so an
//!   instance whose check fails stays out until the healer has fixed it;
//! - never beyond `max_ejection_percent` of the instances and never the last instance that can
//!   take requests (that one keeps serving: a worse answer beats none);
//! - a new process (an exit, a restart) starts with a clean record.
//!
//! Each ejection goes to the healer ([`tell_the_healer`]): it opens an `outlier` incident, whose
//! ladder runs as for a failed check, or is noted in the component's open incident.
//!
//! The retry budget: retries of requests that reached an instance may add at most
//! `budget_percent` of the requests of the last 10 s, plus `min_retries`, so an outage of every
//! instance cannot multiply the load on them.

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use serde::Serialize;
use ts_rs::TS;

use super::Front;
use crate::heal::Healer;

/// What one attempt on an instance came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Outcome {
    /// An answer below 500.
    Success,
    /// A 5xx answer, or no answer at all.
    Failed(Failure),
}

/// Why an attempt on an instance failed: what the front panel and the incident timeline say
/// (through Fluent: `front-failure-*` in `ui-front.ftl`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum Failure {
    /// The instance answered with this 5xx status.
    Status { code: u16 },
    /// The connection could not be made (refused, connect time-out).
    Connect,
    /// The instance broke the connection before its answer was complete.
    Reset,
    /// No response headers within the per-try time-out.
    Timeout {
        #[ts(type = "number")]
        ms: i64,
    },
}

impl Failure {
    /// 502/503/504 or no answer at all (Envoy's gateway failures).
    fn is_gateway(self) -> bool {
        match self {
            Failure::Status { code } => matches!(code, 502..=504),
            _ => true,
        }
    }

    /// The failure as a Fluent message (the incident timeline's `$last`).
    pub fn msg(self) -> crate::heal::timeline::Msg {
        use crate::heal::timeline::Msg;
        match self {
            Failure::Status { code } => Msg::new("front-failure-status").text("code", code),
            Failure::Connect => Msg::new("front-failure-connect"),
            Failure::Reset => Msg::new("front-failure-reset"),
            Failure::Timeout { ms } => Msg::new("front-failure-timeout").duration_ms("timeout", ms),
        }
    }
}

/// One instance's record.
#[derive(Debug, Default, Clone)]
pub(super) struct OutlierState {
    pub consecutive_5xx: u32,
    pub consecutive_gateway: u32,
    pub ejections: u64,
    /// Ejections in a row (the back-off multiplier).
    streak: u32,
    ejected_until: Option<Instant>,
    last_return: Option<Instant>,
    /// The ejection in force (until the instance returns or is replaced).
    pub current: Option<EjectionView>,
}

impl OutlierState {
    pub fn ejected_until_ms(&self) -> Option<i64> {
        self.ejected_until
            .map(|t| crate::clock::unix_ms() + t.saturating_duration_since(Instant::now()).as_millis() as i64)
    }
}

/// One ejection (`FrontView::recent_ejections`).
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct EjectionView {
    pub instance: u32,
    #[ts(type = "number")]
    pub at_ms: i64,
    /// The back-off: how long before the active check may bring the instance back.
    #[ts(type = "number")]
    pub for_ms: i64,
    /// Failed answers in a row that tripped it.
    pub failures: u32,
    /// The last of them, e.g. `answered 500 Internal Server Error` (the diagnostic text).
    pub last_error: String,
    /// The last of them, for people (Fluent `front-failure-*`).
    pub cause: Failure,
}

/// The retry budget now: retries spent against those allowed over the last 10 s.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct RetryBudgetView {
    /// The window the budget is counted over.
    #[ts(type = "number")]
    pub window_ms: i64,
    /// Requests received in the window.
    #[ts(type = "number")]
    pub requests: u64,
    /// Retries of requests that reached an instance, made in the window.
    #[ts(type = "number")]
    pub retries: u64,
    /// Retries the budget allows in the window: `min_retries + requests × budget_percent / 100`.
    #[ts(type = "number")]
    pub allowed: u64,
}

/// News for the healer.
#[derive(Debug)]
pub(super) enum Ejected {
    /// An instance was ejected.
    Out(EjectionView),
    /// An instance's own check failed (its process was `pid` then).
    CheckFailed { instance: u32, pid: Option<u32>, why: String, at_ms: i64 },
    /// An ejected instance is back in rotation.
    Back,
    /// The retry budget ran out (at most once per window): retries and requests of the window.
    BudgetSpent { retries: u64, requests: u64, at_ms: i64 },
}

/// Requests and retries per second over the last 10 s.
#[derive(Debug, Default)]
pub(super) struct RetryWindow {
    origin: Option<Instant>,
    /// (second since origin, requests, retries)
    buckets: [(u64, u32, u32); 10],
    /// The second the healer was last told the budget ran out.
    told: Option<u64>,
}

/// The retry budget's window.
pub(super) const WINDOW: Duration = Duration::from_secs(10);

impl RetryWindow {
    fn bucket(&mut self) -> &mut (u64, u32, u32) {
        let sec = self.origin.get_or_insert_with(Instant::now).elapsed().as_secs();
        let b = &mut self.buckets[(sec % 10) as usize];
        if b.0 != sec {
            *b = (sec, 0, 0);
        }
        b
    }

    fn note_request(&mut self) {
        self.bucket().1 += 1;
    }

    /// (requests, retries, retries allowed) over the window now.
    fn usage(&mut self, percent: u32, min: u32) -> (u64, u64, u64) {
        let sec = self.bucket().0;
        let live = self.buckets.iter().filter(|b| b.0 + 10 > sec);
        let (req, ret) = live.fold((0u64, 0u64), |(a, b), x| (a + x.1 as u64, b + x.2 as u64));
        (req, ret, min as u64 + req * percent as u64 / 100)
    }

    /// Whether the healer should hear that the budget ran out now (once per window).
    fn tell_exhausted(&mut self) -> bool {
        let sec = self.bucket().0;
        if self.told.is_some_and(|t| t + WINDOW.as_secs() > sec) {
            return false;
        }
        self.told = Some(sec);
        true
    }

    /// Take a retry from the budget if there is one left.
    fn try_retry(&mut self, percent: u32, min: u32) -> bool {
        let (_, ret, allowed) = self.usage(percent, min);
        if ret < allowed {
            self.bucket().2 += 1;
            true
        } else {
            false
        }
    }
}

impl Front {
    /// A request arrived (the retry budget's base).
    pub(super) fn note_request(&self) {
        self.state.lock().budget.note_request();
    }

    /// Whether a request that reached an instance may be retried now.
    pub(super) fn take_retry(&self) -> bool {
        let r = &self.spec.retry;
        let (ok, tell) = {
            let mut st = self.state.lock();
            let ok = st.budget.try_retry(r.budget_percent, r.min_retries);
            let tell = (!ok && st.budget.tell_exhausted()).then(|| st.budget.usage(r.budget_percent, r.min_retries));
            (ok, tell)
        };
        if !ok {
            self.budget_exhausted.fetch_add(1, Ordering::Relaxed);
        }
        if let Some((requests, retries, _)) = tell {
            let _ = self.ejected_tx.send(Ejected::BudgetSpent { retries, requests, at_ms: crate::clock::unix_ms() });
        }
        ok
    }

    /// The retry budget now (`FrontView::retry_budget`).
    pub(super) fn budget_view(st: &mut super::FrontState, spec: &super::RetrySpec) -> RetryBudgetView {
        let (requests, retries, allowed) = st.budget.usage(spec.budget_percent, spec.min_retries);
        RetryBudgetView { window_ms: WINDOW.as_millis() as i64, requests, retries, allowed }
    }

    /// Count one attempt's outcome toward `instance`'s record; eject it when a threshold is
    /// reached and the limits allow.
    pub(super) fn observe(&self, instance: u32, outcome: Outcome, why: &str) {
        let failure = match outcome {
            Outcome::Success => None,
            Outcome::Failed(f) => Some(f),
        };
        let spec = &self.spec.outlier;
        let ejected = {
            let mut st = self.state.lock();
            let st = &mut *st;
            let Some(stats) = st.stats.get_mut(&instance) else { return };
            let o = &mut stats.outlier;
            let Some(failure) = failure else {
                o.consecutive_5xx = 0;
                o.consecutive_gateway = 0;
                return;
            };
            o.consecutive_5xx += 1;
            o.consecutive_gateway = if failure.is_gateway() { o.consecutive_gateway + 1 } else { 0 };
            stats.errors += 1;
            stats.last_error = Some(why.to_string());
            let tripped =
                o.consecutive_5xx >= spec.consecutive_5xx || o.consecutive_gateway >= spec.consecutive_gateway_failure;
            let Some(slot) = st.balancer.slots.get(&instance) else { return };
            // Already out (ejected, or its process or check failed): nothing to add.
            if !spec.enabled || !tripped || slot.ejected || !slot.healthy {
                return;
            }
            let n = st.balancer.slots.len() as u32;
            let out_now = st.balancer.slots.values().filter(|s| s.ejected).count() as u32;
            let cap = (n * spec.max_ejection_percent / 100).max(u32::from(spec.max_ejection_percent > 0));
            let others = !st.balancer.eligible(&[instance]).is_empty();
            if !others || out_now + 1 > cap {
                self.ejections_refused.fetch_add(1, Ordering::Relaxed);
                return;
            }
            let now = Instant::now();
            o.streak = if o.last_return.is_some_and(|t| now.duration_since(t) < spec.max_ejection_time) {
                o.streak + 1
            } else {
                1
            };
            let backoff = (spec.base_ejection_time * o.streak).min(spec.max_ejection_time);
            o.ejected_until = Some(now + backoff);
            o.ejections += 1;
            let failures = o.consecutive_5xx.max(o.consecutive_gateway);
            o.consecutive_5xx = 0;
            o.consecutive_gateway = 0;
            if let Some(slot) = st.balancer.slots.get_mut(&instance) {
                slot.ejected = true;
            }
            let v = EjectionView {
                instance,
                at_ms: crate::clock::unix_ms(),
                for_ms: backoff.as_millis() as i64,
                failures,
                last_error: why.to_string(),
                cause: failure,
            };
            if let Some(s) = st.stats.get_mut(&instance) {
                s.outlier.current = Some(v.clone());
            }
            st.ejections.push_front(v.clone());
            st.ejections.truncate(20);
            v
        };
        self.ejections.fetch_add(1, Ordering::Relaxed);
        tracing::warn!(component = %self.component, instance, failures = ejected.failures, for_ms = ejected.for_ms, last = %ejected.last_error, "front: instance ejected");
        let _ = self.ejected_tx.send(Ejected::Out(ejected));
    }

    /// The active check passed: the instance may take requests again, unless it is ejected
    /// and its back-off has not ended.
    pub(super) fn probe_passed(&self, instance: u32) {
        let mut st = self.state.lock();
        let st = &mut *st;
        let Some(slot) = st.balancer.slots.get_mut(&instance) else { return };
        slot.healthy = true;
        if !slot.ejected {
            return;
        }
        let Some(o) = st.stats.get_mut(&instance).map(|s| &mut s.outlier) else { return };
        let now = Instant::now();
        if o.ejected_until.is_none_or(|t| now >= t) {
            slot.ejected = false;
            o.ejected_until = None;
            o.current = None;
            o.last_return = Some(now);
            o.consecutive_5xx = 0;
            o.consecutive_gateway = 0;
            let _ = self.ejected_tx.send(Ejected::Back);
        }
    }

    /// A new process for `instance` (it exited, or was restarted): a clean record.
    pub(super) fn clear_ejection(&self, instance: u32) {
        let mut st = self.state.lock();
        if let Some(slot) = st.balancer.slots.get_mut(&instance) {
            slot.ejected = false;
        }
        if let Some(s) = st.stats.get_mut(&instance) {
            s.outlier = OutlierState { ejections: s.outlier.ejections, ..OutlierState::default() };
        }
    }

    /// The active check took `instance` out of rotation: the healer hears of it too, so an
    /// instance other than the one the component's check watches is healed as well.
    pub(super) fn note_check_failure(&self, instance: u32, pid: Option<u32>, why: String) {
        if self.spec.outlier.enabled {
            let _ = self.ejected_tx.send(Ejected::CheckFailed { instance, pid, why, at_ms: crate::clock::unix_ms() });
        }
    }

    fn is_serving(&self, instance: u32) -> bool {
        self.state.lock().balancer.slots.get(&instance).is_some_and(|s| s.healthy && !s.ejected)
    }

    fn is_ejected(&self, instance: u32) -> bool {
        self.state.lock().balancer.slots.get(&instance).is_some_and(|s| s.ejected)
    }

    /// Every instance serves: healthy, not ejected (an `outlier` incident's recovery).
    pub(crate) fn all_serving(&self) -> bool {
        self.state.lock().balancer.slots.values().all(|s| s.healthy && !s.ejected)
    }
}

/// Hand each ejection to the healer. An instance whose process exits meanwhile is the
/// supervisor's (a `crash` incident), so an ejection is passed on only if it still stands a
/// moment later. A return is passed on too: an `outlier` incident whose ladder is done closes
/// when every instance serves again.
pub(super) async fn tell_the_healer(
    inner: Healer,
    front: Arc<Front>,
    mut rx: tokio::sync::mpsc::UnboundedReceiver<Ejected>,
) {
    while let Some(news) = rx.recv().await {
        let e = match news {
            Ejected::Out(e) => e,
            Ejected::Back => {
                if front.all_serving() {
                    crate::heal::healer::on_outlier_back(&inner, &front.component).await;
                }
                continue;
            }
            Ejected::BudgetSpent { retries, requests, at_ms } => {
                let note = crate::heal::timeline::Msg::new("front-budget-spent")
                    .num("retries", retries as f64)
                    .num("requests", requests as f64)
                    .duration_ms("window", WINDOW.as_millis() as i64);
                crate::heal::healer::on_front_note(&inner, &front.component, note, at_ms).await;
                continue;
            }
            Ejected::CheckFailed { instance, pid, why, at_ms } => {
                tokio::time::sleep(Duration::from_millis(300)).await;
                // Still the same process (not a crash or restart the supervisor handles) and
                // still out.
                if inner.supervisor.pid(&front.component, instance) == pid
                    && !front.is_serving(instance)
                    && !inner.is_shutting_down()
                {
                    let reason = crate::heal::timeline::Msg::new("incident-reason-instance-check")
                        .text("instance", instance)
                        .text("why", why);
                    crate::heal::healer::on_front_trouble(&inner, &front.component, reason, at_ms).await;
                }
                continue;
            }
        };
        tokio::time::sleep(Duration::from_millis(300)).await;
        if inner.is_shutting_down() {
            return;
        }
        if !front.is_ejected(e.instance) {
            continue;
        }
        crate::heal::healer::on_outlier(&inner, &front.component, e.instance, e.failures, e.cause.msg(), e.at_ms).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_budget_allows_min_retries_plus_a_share_of_the_requests() {
        // (requests, budget percent, min retries, retries granted)
        let cases: &[(u32, u32, u32, u32)] =
            &[(0, 20, 10, 10), (100, 20, 10, 30), (100, 20, 0, 20), (1000, 0, 5, 5), (50, 100, 0, 50)];
        for (requests, percent, min, expect) in cases {
            let mut w = RetryWindow::default();
            for _ in 0..*requests {
                w.note_request();
            }
            let granted = (0..10_000).take_while(|_| w.try_retry(*percent, *min)).count() as u32;
            assert_eq!(granted, *expect, "{requests} requests, {percent} %, min {min}");
        }
    }
}
