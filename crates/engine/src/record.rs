//! Check outcomes into the guard's state: each outcome updates the component's live state,
//! writes its samples, feeds detection, records availability and publishes events. The check
//! loops (`scheduler.rs`) and the guard's event recorder (`guard/mod.rs`) use one [`Recorder`].

use std::collections::HashMap;
use std::sync::Arc;

use crate::check::CheckOutcome;
use crate::clock::unix_ms;
use crate::events::{EngineEvent, EventBus};
use crate::history::{MetricsCollector, SeriesId};
use crate::live::{ComponentState, ComponentStates, STARTUP_GRACE_MS};
use crate::model::{Status, metric};

/// What recording an outcome touches.
#[derive(Debug, Clone)]
pub struct Recorder {
    pub states: ComponentStates,
    pub history: MetricsCollector,
    pub bus: EventBus,
    pub detection: Arc<crate::detection::Detection>,
    pub availability: Arc<crate::availability::Tracker>,
    /// Whether the guard's own runtime is starved (damps latency findings, `starvation.rs`).
    pub starvation: Arc<crate::starvation::Starvation>,
}

impl Recorder {
    /// Record a check outcome: live state, samples, a status change if any, and an event.
    /// Returns true while the component is still starting (the scheduler re-checks sooner).
    pub(crate) fn record_outcome(
        &self,
        name: &str,
        mut outcome: CheckOutcome,
        series: &mut HashMap<String, SeriesId>,
    ) -> bool {
        let now = unix_ms();
        // A child that has just started and does not answer yet is `unknown` (starting), not
        // failed, for up to the startup grace.
        let (starting, restarting) = {
            let mut states = self.states.write();
            let starting = match states.get_mut(name) {
                Some(st) => match st.starting_since_ms {
                    Some(_) if outcome.status == Status::Healthy || outcome.status == Status::Degraded => {
                        st.starting_since_ms = None;
                        false
                    }
                    Some(t) if now - t < STARTUP_GRACE_MS => true,
                    Some(_) => {
                        st.starting_since_ms = None;
                        false
                    }
                    None => false,
                },
                None => false,
            };
            (starting, states.get(name).is_some_and(|st| st.restarting > 0))
        };
        // The same while the guard restarts the child on purpose: its old child is going away
        // or the new one is not up yet; that is not an outage.
        if (starting || restarting) && outcome.status == Status::Failed {
            let id = if restarting { "check-issue-restarting" } else { "check-issue-starting" };
            outcome.status = Status::Unknown;
            outcome.issues = outcome.issues.into_iter().map(|i| crate::check::Msg::new(id).msg("issue", i)).collect();
        }
        let starting = starting || restarting;
        let mut sid = |m: &str| -> SeriesId {
            if let Some(id) = series.get(m) {
                return *id;
            }
            let id = self.history.series(m, &[("component", name)]);
            series.insert(m.to_string(), id);
            id
        };
        let up = matches!(outcome.status, Status::Healthy | Status::Degraded);
        let mut points = vec![
            (sid(metric::UP), now, if up { 1.0 } else { 0.0 }),
            (sid("status"), now, outcome.status.badness() as f64),
        ];
        for (k, v) in &outcome.metrics {
            points.push((sid(k), now, *v));
        }
        self.history.record_points(&points);
        let names = [metric::UP, "status"].into_iter().chain(outcome.metrics.keys().map(String::as_str));
        // A latency measured while the guard itself was starved is the guard's delay: kept in
        // the history, not given to detection (`starvation.rs`).
        let starved =
            outcome.metrics.contains_key(metric::RESPONSE_TIME) && self.starvation.starved_during(now, outcome.latency);
        if starved {
            self.starvation.note_damped();
        }
        let observed = names.zip(points.iter().map(|p| p.2)).filter(|(m, _)| !(starved && *m == metric::RESPONSE_TIME));
        let findings = self.detection.observe(name, now, observed);
        self.detection.dispatch(findings, &self.bus);

        let latency_ms = outcome.latency.as_secs_f64() * 1000.0;
        let change = {
            let mut states = self.states.write();
            let st = states.entry(name.to_string()).or_insert_with(|| ComponentState::new(now));
            st.last_check_ms = Some(now);
            st.latency_ms = Some(latency_ms);
            st.checks_total += 1;
            if st.beats.len() >= crate::api::HEARTBEAT_LEN {
                st.beats.pop_front();
            }
            st.beats.push_back(crate::api::Beat { at_ms: now, status: outcome.status, latency_ms: latency_ms as f32 });
            st.checks_down += (outcome.status == Status::Failed) as u64;
            st.metrics.extend(outcome.metrics.iter().map(|(k, v)| (k.clone(), *v)));
            st.issues = outcome.issues.clone();
            (st.status != outcome.status).then(|| {
                let from = st.status;
                st.status = outcome.status;
                st.since_ms = now;
                from
            })
        };
        if let Some(from) = change {
            self.status_changed(name, from, outcome.status, &outcome.issues, now);
        }
        self.availability.checked(&self.history, name, outcome.status, now);
        self.bus.publish(EngineEvent::Sample {
            component: name.to_string(),
            at_ms: now,
            status: outcome.status,
            latency_ms,
            metrics: outcome.metrics,
            issues: outcome.issues,
        });
        starting
    }

    fn status_changed(&self, name: &str, from: Status, to: Status, issues: &[crate::check::Msg], now: i64) {
        tracing::info!(component = name, from = from.as_str(), to = to.as_str(), "status changed");
        self.availability.status_changed(&self.history, name, from, to, issues, now);
        self.bus.publish(EngineEvent::StatusChanged { component: name.to_string(), at_ms: now, from, to });
    }

    /// A paused component: `unknown` from now on (not watched: no data for availability), with
    /// the reason as its issue.
    pub(crate) fn mark_unwatched(&self, name: &str) {
        self.force_status(name, Status::Unknown, crate::check::Msg::new("comp-paused-issue"));
    }

    /// Mark a component failed at once (e.g. its child exited), without waiting for a check.
    pub(crate) fn force_status(&self, name: &str, to: Status, issue: crate::check::Msg) {
        let now = unix_ms();
        let from = {
            let mut states = self.states.write();
            let st = states.entry(name.to_string()).or_insert_with(|| ComponentState::new(now));
            st.issues = vec![issue.clone()];
            if st.status == to {
                return;
            }
            let from = st.status;
            st.status = to;
            st.since_ms = now;
            from
        };
        self.status_changed(name, from, to, &[issue], now);
    }
}
