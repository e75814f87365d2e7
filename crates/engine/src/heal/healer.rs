//! The healer: turns engine events into incidents and runs each component's recovery ladder.
//!
//! - A check that finds a component `failed` opens a `down` incident (unless a dependency is
//!   already down: then the failure is folded into the root cause's incident).
//! - A supervised child's exit opens a `crash` incident; the supervisor respawns it with its
//!   own back-off and the healer only verifies. Every further exit during the incident is a
//!   failed heal for the breaker, so a crash loop escalates instead of becoming a restart storm.
//! - Resident memory over `limits.memory` (or forecast to cross it soon) opens a memory incident.
//! - An instance ejected by the component's front (passive outlier detection) opens an
//!   `outlier` incident, or is noted in the open one ([`on_outlier`]).
//! - The ladder: wait for admission (pause, maintenance, breaker, cooldown), take a slot of
//!   `max_concurrent`, act, verify within `verify_within`, escalate to the next step.

use std::collections::{BTreeSet, VecDeque};
use std::time::{Duration, Instant};

use tokio::sync::broadcast;

use super::Healer;
use super::policy::{Refusal, admit};
use super::timeline::Msg;
use super::views::ActionView;
use super::{IncidentKind, OpenIncident, StepCx, Verify, describe, execute};
use crate::config::{ComponentSpec, RecoveryStep};
use crate::events::{EngineEvent, StepPhase};
use crate::incident::{NewIncident, TimelineEvent};
use crate::model::{Status, metric};

/// The healer's event loop; spawned by `PipelineGuard::start`.
pub async fn run(inner: Healer, mut rx: broadcast::Receiver<EngineEvent>) {
    loop {
        let ev = match rx.recv().await {
            Ok(ev) => ev,
            Err(broadcast::error::RecvError::Lagged(n)) => {
                tracing::warn!(missed = n, "healer lagged behind the event bus");
                continue;
            }
            Err(_) => return,
        };
        if inner.is_shutting_down() {
            return;
        }
        match ev {
            EngineEvent::ProcessExited {
                component,
                instance: 0,
                pid,
                code,
                signal,
                uptime_ms,
                restart_in_ms,
                requested,
                at_ms,
            } => on_exit(&inner, &component, pid, code, signal, uptime_ms, restart_in_ms, requested, at_ms).await,
            EngineEvent::ProcessExited {
                component,
                instance,
                pid,
                code,
                signal,
                uptime_ms,
                requested: false,
                at_ms,
                ..
            } => {
                // An extra instance (scale-out, front) the supervisor respawns on its own.
                let how = exit_words(pid, code, signal, uptime_ms);
                respawn_pending(&inner, &component, instance, at_ms, how).await
            }
            EngineEvent::ProcessStarted { component, instance, pid, at_ms } => {
                respawn_done(&inner, &component, instance, pid, at_ms).await
            }
            EngineEvent::StatusChanged { component, to, at_ms, .. } => on_status(&inner, &component, to, at_ms).await,
            EngineEvent::Sample { component, at_ms, status, metrics, .. } => {
                on_sample(&inner, &component, status, metrics.get(metric::MEMORY).copied(), at_ms).await
            }
            _ => {}
        }
    }
}

fn is_up(s: Status) -> bool {
    matches!(s, Status::Healthy | Status::Degraded)
}

pub(crate) fn log_err<T>(what: &str, r: Result<T, crate::history::HistoryError>) -> Option<T> {
    r.map_err(|e| tracing::error!(error = %e, "{what}")).ok()
}

fn exit_words(pid: u32, code: Option<i32>, signal: Option<i32>, uptime_ms: i64) -> Msg {
    match (code, signal) {
        (Some(c), _) => Msg::new("incident-reason-exit-status").text("code", c),
        (None, Some(s)) => Msg::new("incident-reason-exit-signal").text("signal", s),
        _ => Msg::new("incident-reason-exit"),
    }
    .text("pid", pid)
    .duration_ms("uptime", uptime_ms)
}

/// Publish a respawn's step event, so the audit recorder and notifications see it like any
/// other healing step (`heal.respawn` in the audit log).
#[allow(clippy::too_many_arguments)]
fn respawn_step(
    inner: &Healer,
    incident: Option<i64>,
    action: i64,
    name: &str,
    phase: StepPhase,
    at_ms: i64,
    duration_ms: Option<i64>,
    detail: &Msg,
) {
    inner.bus.publish(EngineEvent::HealingStep {
        incident_id: incident,
        action_id: action,
        component: name.into(),
        strategy: "respawn".into(),
        phase,
        at_ms,
        duration_ms,
        detail: detail.english(),
        message: Some(detail.clone()),
        actor: "system:supervisor".into(),
    });
}

/// The supervisor respawns a child that exited on its own outside an incident (an extra
/// instance, a maintenance window, a failure folded into its root cause): a healing action of
/// its own, recorded now and finished when the child has started again.
async fn respawn_pending(inner: &Healer, name: &str, instance: u32, at_ms: i64, how: Msg) {
    if inner.is_shutting_down() {
        return;
    }
    let h = &inner.healing;
    let Some(id) =
        log_err("recording an action", h.store.start_action(name, None, "respawn", "supervisor", at_ms).await)
    else {
        return;
    };
    let detail = Msg::new("step-respawn-pending").msg("exit", how.clone());
    h.state.lock().respawns.insert((name.to_string(), instance), (id, at_ms, how));
    h.remember(ActionView::said(id, name, None, "respawn", "supervisor", at_ms, None, "running", &detail));
    respawn_step(inner, None, id, name, StepPhase::Started, at_ms, None, &detail);
}

async fn respawn_done(inner: &Healer, name: &str, instance: u32, pid: u32, at_ms: i64) {
    let h = &inner.healing;
    let Some((id, t0, how)) = h.state.lock().respawns.remove(&(name.to_string(), instance)) else { return };
    let detail = Msg::new("step-respawn-started").msg("exit", how).text("pid", pid);
    log_err("recording an action", h.store.finish_action(id, "succeeded", at_ms, &detail).await);
    h.remember(ActionView::said(id, name, None, "respawn", "supervisor", t0, Some(at_ms), "succeeded", &detail));
    respawn_step(inner, None, id, name, StepPhase::Succeeded, at_ms, Some(at_ms - t0), &detail);
}

#[allow(clippy::too_many_arguments)]
async fn on_exit(
    inner: &Healer,
    name: &str,
    pid: u32,
    code: Option<i32>,
    signal: Option<i32>,
    uptime_ms: i64,
    restart_in_ms: Option<i64>,
    requested: bool,
    at_ms: i64,
) {
    let h = &inner.healing;
    // A stop the guard asked for (a restart step, a scale-down, the shutdown) is intended: the
    // supervisor says so on the event itself, so no flag can go stale and swallow a real crash.
    if requested || inner.is_shutting_down() {
        return;
    }
    let Some(incident) = h.state.lock().comps.get(name).map(|c| c.incident.clone()) else { return };
    let how = exit_words(pid, code, signal, uptime_ms);
    match incident {
        Some(inc) => {
            // The respawn did not stick: a failed heal.
            let now = h.now_ms();
            let msg =
                Msg::new("incident-respawn-failed").msg("exit", how).duration_ms("delay", restart_in_ms.unwrap_or(0));
            if let Some(id) = log_err(
                "recording an action",
                h.store.start_action(name, Some(inc.id), "respawn", "supervisor", at_ms).await,
            ) {
                log_err("recording an action", h.store.finish_action(id, "failed", now, &msg).await);
                respawn_step(inner, Some(inc.id), id, name, StepPhase::Failed, now, Some(uptime_ms), &msg);
                h.remember(ActionView::said(
                    id,
                    name,
                    Some(inc.id),
                    "respawn",
                    "supervisor",
                    at_ms,
                    Some(now),
                    "failed",
                    &msg,
                ));
                log_err(
                    "recording a timeline event",
                    h.store.event(inc.id, now, &TimelineEvent::action(id, "respawn", "failed", uptime_ms, msg)).await,
                );
            }
            breaker_failure(inner, name, inc.id).await;
        }
        None => {
            if open_incident(inner, name, IncidentKind::Crash, "supervisor", how.clone(), at_ms, at_ms, None)
                .await
                .is_none()
            {
                // No incident of its own (maintenance, folded into a root cause): the respawn
                // is still a healing action.
                respawn_pending(inner, name, 0, at_ms, how).await;
            }
        }
    }
}

async fn on_status(inner: &Healer, name: &str, to: Status, at_ms: i64) {
    let h = &inner.healing;
    if is_up(to) {
        let (closable, folded) = {
            let mut st = h.state.lock();
            let Some(c) = st.comps.get_mut(name) else { return };
            c.last_up_ms = at_ms;
            let folded = c.folded_into.take();
            let closable = c
                .incident
                .as_ref()
                .filter(|i| !i.ladder_running && !matches!(i.kind, IncidentKind::Alert))
                .map(|i| i.id);
            (closable, folded)
        };
        if let Some((root_inc, _)) = folded {
            let msg = Msg::new("incident-dependent-up").text("component", name);
            log_err("recording a timeline event", h.store.event(root_inc, h.now_ms(), &TimelineEvent::note(msg)).await);
        }
        if let Some(id) = closable {
            resolve(inner, name, id, &Msg::new("incident-closed-check")).await;
        }
        return;
    }
    if to != Status::Failed {
        return;
    }
    let onset = h.state.lock().comps.get(name).map(|c| c.last_up_ms).unwrap_or(at_ms);
    let reason = check_reason(inner, name).unwrap_or_else(|| Msg::new("incident-reason-check-plain"));
    open_incident(inner, name, IncidentKind::Down, "check", reason, onset, at_ms, None).await;
}

/// The check's own words on why `name` is down, if it gave any.
fn check_reason(inner: &Healer, name: &str) -> Option<Msg> {
    let issues = inner.states.read().get(name).map(|s| s.issues.clone()).filter(|i| !i.is_empty())?;
    Some(Msg::new("incident-reason-check").list("issues", issues))
}

/// Resident memory over `limits.memory` opens a `memory_limit` incident. The *forecast* of a
/// leak is detection's (`detection::forecast`, one trend per series): its `memory_forecast`
/// finding opens the incident through [`open_incident`], so a leak is acted on once.
async fn on_sample(inner: &Healer, name: &str, status: Status, memory: Option<f64>, at_ms: i64) {
    let h = &inner.healing;
    let config_now = inner.config();
    let Some(spec) = config_now.component(name) else { return };
    let over = {
        let mut st = h.state.lock();
        let Some(c) = st.comps.get_mut(name) else { return };
        if is_up(status) {
            c.last_up_ms = at_ms;
        }
        let free = c.incident.is_none() && c.folded_into.is_none();
        match (spec.limits.memory_bytes, memory, &spec.process) {
            (Some(limit), Some(mem), Some(_)) if free && mem >= limit as f64 => Some((mem, limit)),
            _ => None,
        }
    };
    if let Some((mem, limit)) = over {
        let reason = Msg::new("incident-reason-memory")
            .num("used", (mem / 1e6).round())
            .num("limit", (limit as f64 / 1e6).round());
        open_incident(inner, name, IncidentKind::MemoryLimit, "check", reason, at_ms, at_ms, None).await;
    }
}

/// Components `name` depends on (transitively) that are down now, deepest first.
pub(crate) fn failed_roots(inner: &Healer, name: &str) -> Vec<String> {
    let states = inner.states.read();
    let hs = inner.healing.state.lock();
    let down = |n: &str| {
        states.get(n).is_some_and(|s| s.status == Status::Failed)
            || hs.comps.get(n).is_some_and(|c| {
                c.incident.is_some() && !matches!(c.incident.as_ref().map(|i| i.kind), Some(IncidentKind::Alert))
            })
    };
    let mut seen = BTreeSet::new();
    let mut queue: VecDeque<(String, usize)> = inner
        .config()
        .component(name)
        .map(|c| c.depends_on.iter().map(|d| (d.clone(), 1)).collect())
        .unwrap_or_default();
    let mut found: Vec<(usize, String)> = Vec::new();
    while let Some((d, depth)) = queue.pop_front() {
        if !seen.insert(d.clone()) {
            continue;
        }
        if down(&d) {
            found.push((depth, d.clone()));
        }
        if let Some(spec) = inner.config().component(&d) {
            queue.extend(spec.depends_on.iter().map(|x| (x.clone(), depth + 1)));
        }
    }
    found.sort_by_key(|a| std::cmp::Reverse(a.0));
    found.into_iter().map(|(_, n)| n).collect()
}

/// Open an incident for `name` (or fold it into a failed dependency's) and start its ladder.
#[allow(clippy::too_many_arguments)]
pub(crate) async fn open_incident(
    inner: &Healer,
    name: &str,
    kind: IncidentKind,
    source: &str,
    reason: Msg,
    onset_ms: i64,
    detected_ms: i64,
    fingerprint: Option<&str>,
) -> Option<i64> {
    let h = &inner.healing;
    {
        let st = h.state.lock();
        let c = st.comps.get(name)?;
        if c.incident.is_some() || c.folded_into.is_some() {
            return None;
        }
        if st.windows.iter().any(|w| w.covers(name, h.now_ms())) {
            return None; // maintenance: no healing, no incidents
        }
    }
    if kind != IncidentKind::Alert
        && let Some(root) = failed_roots(inner, name).into_iter().next()
    {
        fold(inner, name, &root).await;
        return None;
    }
    // Healing never waits for the database: when the incident cannot be stored (disk full,
    // database gone — the guard's own `history` incident says so) the ladder runs on an
    // incident kept in memory only, with a negative id (issue 21).
    let id = match h
        .store
        .open(&NewIncident {
            component: name,
            root_cause: name,
            kind: kind.as_str(),
            source,
            reason: &reason,
            onset_ms,
            detected_ms,
            fingerprint,
        })
        .await
    {
        Ok(id) => id,
        Err(e) => {
            static MEMORY_ONLY: std::sync::atomic::AtomicI64 = std::sync::atomic::AtomicI64::new(0);
            let id = MEMORY_ONLY.fetch_sub(1, std::sync::atomic::Ordering::Relaxed) - 1;
            tracing::error!(error = %e, component = name, incident = id, "cannot store the incident; healing goes on with it in memory only");
            id
        }
    };
    let other = {
        let mut st = h.state.lock();
        let c = st.comps.get_mut(name)?;
        match &c.incident {
            Some(i) => Some(i.id),
            None => {
                c.incident = Some(OpenIncident {
                    id,
                    kind,
                    ladder_running: true,
                    escalated: false,
                    fingerprint: fingerprint.map(str::to_string),
                });
                None
            }
        }
    };
    if let Some(other) = other {
        // Someone else opened one meanwhile: fold this record into it.
        log_err("merging", h.store.merge(id, other, detected_ms, &Msg::new("incident-merged-duplicate")).await);
        return Some(other);
    }
    let reason_msg = reason;
    let reason = reason_msg.english();
    tracing::warn!(component = name, incident = id, kind = kind.as_str(), reason = %reason, "incident opened");
    inner.bus.publish(EngineEvent::IncidentOpened {
        incident_id: id,
        component: name.into(),
        root_cause: name.into(),
        kind: kind.as_str().into(),
        reason: reason.clone(),
        at_ms: detected_ms,
        message: Some(reason_msg),
    });
    let respawn = if kind == IncidentKind::Crash {
        let action = log_err(
            "recording an action",
            h.store.start_action(name, Some(id), "respawn", "supervisor", detected_ms).await,
        );
        if let Some(a) = action {
            respawn_step(
                inner,
                Some(id),
                a,
                name,
                StepPhase::Started,
                detected_ms,
                None,
                &Msg::new("step-respawn-plan"),
            );
        }
        action
    } else {
        None
    };
    tokio::spawn(ladder(inner.clone(), name.to_string(), id, kind, reason, respawn));
    Some(id)
}

/// The front of `name` ejected `instance` after `failures` failed answers in a row: an
/// `outlier` incident whose ladder runs as for a failed check, or a note in the incident
/// already open (or the one it is folded into).
pub(crate) async fn on_outlier(inner: &Healer, name: &str, instance: u32, failures: u32, last: Msg, at_ms: i64) {
    let reason = Msg::new("incident-reason-outlier")
        .text("instance", instance)
        .num("failures", failures as f64)
        .msg("last", last);
    on_front_trouble(inner, name, reason, at_ms).await;
}

/// The front took an instance out of rotation (`reason` says why): an `outlier` incident, or a
/// note in the open one.
pub(crate) async fn on_front_trouble(inner: &Healer, name: &str, reason: Msg, at_ms: i64) {
    let open = open_incident_id(inner, name);
    match open {
        Some(id) => {
            let msg = Msg::new("incident-outlier-noted").msg("reason", reason);
            log_err("timeline", inner.healing.store.event(id, at_ms, &TimelineEvent::note(msg)).await);
        }
        None => {
            open_incident(inner, name, IncidentKind::Outlier, "front", reason, at_ms, at_ms, None).await;
        }
    }
}

/// The incident `name` is in: its own, or the one it was folded into.
fn open_incident_id(inner: &Healer, name: &str) -> Option<i64> {
    inner
        .healing
        .state
        .lock()
        .comps
        .get(name)
        .and_then(|c| c.incident.as_ref().map(|i| i.id).or(c.folded_into.as_ref().map(|f| f.0)))
}

/// Something the front did (its retry budget ran out) goes into the component's open incident's
/// timeline; with no incident open it is only counted (`/metrics`, the front panel).
pub(crate) async fn on_front_note(inner: &Healer, name: &str, note: Msg, at_ms: i64) {
    let open = open_incident_id(inner, name);
    if let Some(id) = open {
        log_err("timeline", inner.healing.store.event(id, at_ms, &TimelineEvent::note(note)).await);
    }
}

/// Every instance behind the front of `name` serves again: an `outlier` incident whose ladder
/// is done (exhausted, escalated) closes; one whose ladder runs sees it itself.
pub(crate) async fn on_outlier_back(inner: &Healer, name: &str) {
    let id = {
        let st = inner.healing.state.lock();
        st.comps
            .get(name)
            .and_then(|c| c.incident.as_ref())
            .filter(|i| i.kind == IncidentKind::Outlier && !i.ladder_running)
            .map(|i| i.id)
    };
    if let Some(id) = id {
        resolve(inner, name, id, &Msg::new("incident-closed-outlier-back")).await;
    }
}

/// `open_incident` for a `down` component, boxed for the recursion through `fold`/`resolve`.
fn open_boxed<'a>(
    inner: &'a Healer,
    name: &'a str,
    reason: Msg,
    onset_ms: i64,
    now: i64,
) -> std::pin::Pin<Box<dyn std::future::Future<Output = Option<i64>> + Send + 'a>> {
    Box::pin(open_incident(inner, name, IncidentKind::Down, "check", reason, onset_ms, now, None))
}

/// Fold `name`'s failure into `root`'s incident (opening that one if needed).
async fn fold(inner: &Healer, name: &str, root: &str) {
    let h = &inner.healing;
    let mut root_inc = h
        .state
        .lock()
        .comps
        .get(root)
        .and_then(|c| c.incident.as_ref().map(|i| i.id).or(c.folded_into.as_ref().map(|f| f.0)));
    if root_inc.is_none() {
        let now = h.now_ms();
        let onset = h.state.lock().comps.get(root).map(|c| c.last_up_ms).unwrap_or(now);
        let reason =
            check_reason(inner, root).unwrap_or_else(|| Msg::new("incident-reason-root-down").text("root", root));
        root_inc = open_boxed(inner, root, reason, onset, now).await;
    }
    let Some(root_inc) = root_inc else { return };
    let own = {
        let mut st = h.state.lock();
        let Some(c) = st.comps.get_mut(name) else { return };
        c.folded_into = Some((root_inc, root.to_string()));
        c.incident.take()
    };
    let now = h.now_ms();
    log_err("folding", h.store.add_affected(root_inc, name, now).await);
    if let Some(own) = own {
        let msg = Msg::new("incident-merged-into").text("incident", root_inc).text("root", root);
        log_err("merging", h.store.merge(own.id, root_inc, now, &msg).await);
        // The notifier tells a fold from a recovery by these words (`notifications/mod.rs`).
        inner.bus.publish(EngineEvent::IncidentClosed {
            incident_id: own.id,
            component: name.into(),
            at_ms: now,
            resolution: format!("folded into incident {root_inc}: root cause `{root}`"),
            message: Some(msg),
        });
    }
}

/// Close an incident as recovered; dependents folded into it get their own look.
pub(crate) async fn resolve(inner: &Healer, name: &str, id: i64, msg: &Msg) {
    let h = &inner.healing;
    let now = h.now_ms();
    let dependents: Vec<String> = {
        let mut st = h.state.lock();
        match st.comps.get_mut(name) {
            Some(c) if c.incident.as_ref().is_some_and(|i| i.id == id) => c.incident = None,
            _ => return,
        }
        st.unhealable.remove(name);
        st.comps
            .iter_mut()
            .filter(|(_, c)| c.folded_into.as_ref().is_some_and(|f| f.0 == id))
            .map(|(n, c)| {
                c.folded_into = None;
                n.clone()
            })
            .collect()
    };
    log_err("resolving an incident", h.store.resolve(id, now, msg).await);
    let detail = msg.english();
    tracing::info!(component = name, incident = id, "incident closed: {detail}");
    inner.bus.publish(EngineEvent::IncidentClosed {
        incident_id: id,
        component: name.into(),
        at_ms: now,
        resolution: detail,
        message: Some(msg.clone()),
    });
    for d in dependents {
        // Give the dependent a fresh check before deciding it has a problem of its own.
        let inner = inner.clone();
        let root = name.to_string();
        tokio::spawn(async move {
            let t0 = crate::clock::unix_ms();
            inner.nudge(&d);
            let wait = inner
                .config()
                .component(&d)
                .map_or(Duration::from_secs(1), |s| s.check.timeout * 2 + Duration::from_millis(500));
            let end = Instant::now() + wait;
            while Instant::now() < end
                && inner.states.read().get(&d).is_none_or(|s| s.last_check_ms.is_none_or(|t| t <= t0))
            {
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
            let still_down = inner.states.read().get(&d).is_some_and(|s| s.status == Status::Failed);
            if still_down {
                let now = inner.healing.now_ms();
                let reason = Msg::new("incident-reason-still-down").text("root", &root);
                open_boxed(&inner, &d, reason, now, now).await;
            }
        });
    }
}

async fn escalate(inner: &Healer, name: &str, id: i64, reason: Msg) {
    let h = &inner.healing;
    let critical = inner.config().component(name).is_some_and(|c| c.critical);
    let first = {
        let mut st = h.state.lock();
        let Some(inc) = st.comps.get_mut(name).and_then(|c| c.incident.as_mut()).filter(|i| i.id == id) else { return };
        let first = !inc.escalated;
        inc.escalated = true;
        if critical {
            st.unhealable.insert(name.to_string());
        }
        first
    };
    if !first {
        let msg = Msg::new("incident-still-escalated").msg("reason", reason);
        log_err("timeline", h.store.event(id, h.now_ms(), &TimelineEvent::note(msg)).await);
        return;
    }
    let now = h.now_ms();
    log_err("escalating", h.store.escalate(id, now, &reason).await);
    let reason_msg = reason;
    let reason = reason_msg.english();
    tracing::error!(component = name, incident = id, "incident escalated: {reason}");
    let notice = Msg::new("notice-needs-operator").text("component", name).msg("reason", reason_msg.clone());
    inner.bus.publish(EngineEvent::IncidentEscalated {
        incident_id: id,
        component: name.into(),
        at_ms: now,
        reason: reason.clone(),
        message: Some(reason_msg),
    });
    inner.bus.publish(EngineEvent::Notice {
        at_ms: now,
        component: Some(name.into()),
        message: notice.english(),
        msg: Some(notice),
    });
}

/// Count a failed heal; escalate when it opens the breaker.
async fn breaker_failure(inner: &Healer, name: &str, incident: i64) {
    let h = &inner.healing;
    let now = h.now_ms();
    let opened =
        h.state.lock().comps.get_mut(name).map(|c| (c.gate.breaker.record_failure(now), c.gate.breaker.state(now)));
    if let Some((true, state)) = opened {
        let b = h.settings.breaker;
        tracing::debug!(component = name, ?state, "breaker opened");
        let reason =
            Msg::new("incident-escalated-breaker").num("failures", b.failures as f64).duration("window", b.window);
        escalate(inner, name, incident, reason).await;
    }
}

fn current(inner: &Healer, name: &str, id: i64) -> bool {
    inner.healing.state.lock().comps.get(name).and_then(|c| c.incident.as_ref()).is_some_and(|i| i.id == id)
}

/// Up with a check newer than `since_ms` (and, for memory incidents, back under the limit).
fn recovered(inner: &Healer, spec: &ComponentSpec, kind: IncidentKind, since_ms: i64) -> bool {
    let states = inner.states.read();
    let Some(st) = states.get(&spec.name) else { return false };
    let fresh = st.last_check_ms.is_some_and(|t| t > since_ms) && is_up(st.status);
    let mem_ok = match (kind, spec.limits.memory_bytes, st.metrics.get(metric::MEMORY)) {
        (IncidentKind::MemoryLimit | IncidentKind::MemoryForecast, Some(limit), Some(m)) => *m < limit as f64 * 0.8,
        _ => true,
    };
    // An ejected instance is fixed when every instance behind the front serves again.
    let front_ok = kind != IncidentKind::Outlier || inner.fronts.get(&spec.name).is_none_or(|f| f.all_serving());
    fresh && mem_ok && front_ok
}

/// Wait up to `deadline` for `how` to hold.
pub(crate) async fn verify(
    inner: &Healer,
    spec: &ComponentSpec,
    how: &Verify,
    kind: IncidentKind,
    since_ms: i64,
    deadline: Duration,
) -> bool {
    let end = Instant::now() + deadline;
    let mut nudged = false;
    loop {
        let ok = match how {
            Verify::Nothing => return true,
            Verify::Component => recovered(inner, spec, kind, since_ms),
            Verify::Peer(p) => inner.states.read().get(p).is_some_and(|s| is_up(s.status)),
            Verify::Port(port) => tokio::net::TcpStream::connect(("127.0.0.1", *port)).await.is_ok(),
        };
        if ok {
            return true;
        }
        if Instant::now() >= end || inner.is_shutting_down() {
            return false;
        }
        if !nudged && *how == Verify::Component {
            nudged = true;
            inner.nudge(&spec.name);
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

fn trigger_of(kind: IncidentKind) -> &'static str {
    match kind {
        IncidentKind::Down | IncidentKind::Crash => "ladder",
        IncidentKind::MemoryLimit | IncidentKind::MemoryForecast => "memory",
        IncidentKind::Alert => "alert",
        IncidentKind::Outlier => "front",
    }
}

/// The ladder a component uses now (`set_component_preferences` overrides the config).
pub(crate) fn ladder_of(inner: &Healer, spec: &ComponentSpec) -> Vec<RecoveryStep> {
    inner
        .healing
        .state
        .lock()
        .comps
        .get(&spec.name)
        .and_then(|c| c.preferences.clone())
        .unwrap_or_else(|| spec.recovery.clone())
}

async fn ladder(inner: Healer, name: String, id: i64, kind: IncidentKind, reason: String, respawn: Option<i64>) {
    let h = &inner.healing;
    let config_now = inner.config();
    let Some(spec) = config_now.component(&name).cloned() else { return };
    let deadline = h.settings.verify_within;
    let mut crash_looping = false;

    if let Some(action) = respawn {
        // The supervisor respawns the child with its back-off; verify that it comes back.
        let t0 = h.now_ms();
        let ok = verify(&inner, &spec, &Verify::Component, kind, t0, deadline).await;
        let now = h.now_ms();
        let msg = if ok {
            Msg::new("incident-respawn-up")
        } else {
            Msg::new("incident-respawn-not-up").duration("within", deadline)
        };
        let result = if ok { "succeeded" } else { "failed" };
        log_err("recording an action", h.store.finish_action(action, result, now, &msg).await);
        respawn_step(
            &inner,
            Some(id),
            action,
            &name,
            if ok { StepPhase::Succeeded } else { StepPhase::Failed },
            now,
            Some(now - t0),
            &msg,
        );
        h.remember(ActionView::said(action, &name, Some(id), "respawn", "supervisor", t0, Some(now), result, &msg));
        log_err(
            "timeline",
            h.store.event(id, now, &TimelineEvent::action(action, "respawn", result, now - t0, msg)).await,
        );
        if ok {
            succeed(&inner, &name, id, Msg::new("incident-closed-respawn")).await;
            return;
        }
        if !current(&inner, &name, id) {
            return;
        }
        crash_looping = true;
    }

    if matches!(kind, IncidentKind::Down | IncidentKind::Crash) {
        confirm_dependencies(&inner, &spec).await;
    }
    let steps = ladder_of(&inner, &spec);
    let mut notes_said: BTreeSet<String> = BTreeSet::new();
    let detected = h.now_ms();
    for (i, step) in steps.iter().enumerate() {
        if crash_looping && *step == RecoveryStep::Restart {
            let msg = Msg::new("incident-restart-skipped");
            log_err(
                "timeline",
                h.store
                    .event(
                        id,
                        h.now_ms(),
                        &TimelineEvent {
                            kind: "action",
                            strategy: Some("restart"),
                            result: Some("skipped"),
                            msg,
                            ..Default::default()
                        },
                    )
                    .await,
            );
            continue;
        }
        // Wait until the gate admits a step (or the incident ends on its own).
        loop {
            if !current(&inner, &name, id) {
                return;
            }
            if matches!(kind, IncidentKind::Down | IncidentKind::Crash | IncidentKind::Outlier)
                && recovered(&inner, &spec, kind, detected)
            {
                succeed(&inner, &name, id, Msg::new("incident-closed-alone")).await;
                return;
            }
            if kind != IncidentKind::Alert
                && let Some(root) = failed_roots(&inner, &name).into_iter().next()
            {
                fold(&inner, &name, &root).await;
                return;
            }
            let verdict = {
                let mut st = h.state.lock();
                let paused = st.paused;
                let windows = st.windows.clone();
                let now = h.now_ms();
                match st.comps.get_mut(&name) {
                    Some(c) => admit(h.settings.enabled, paused, &windows, &name, &mut c.gate, now),
                    None => return,
                }
            };
            match verdict {
                Ok(()) => break,
                Err(refusal) => {
                    let key = std::mem::discriminant(&refusal);
                    if notes_said.insert(format!("{key:?}")) {
                        let msg = Msg::new("incident-waiting")
                            .text("step", i + 1)
                            .text("strategy", step.name())
                            .msg("refusal", super::timeline::refusal(&refusal));
                        log_err("timeline", h.store.event(id, h.now_ms(), &TimelineEvent::note(msg)).await);
                        if matches!(refusal, Refusal::BreakerOpen { .. } | Refusal::Disabled) {
                            escalate(&inner, &name, id, super::timeline::refusal(&refusal)).await;
                        }
                    }
                    tokio::time::sleep(Duration::from_millis(200)).await;
                }
            }
        }
        // When more components wait than there are slots, the plan picks who goes next.
        let _permit = h.slots.acquire(&name, super::plan_order::criticality(&inner.config(), &name)).await;
        if !current(&inner, &name, id) {
            return;
        }
        let ok = act(&inner, &spec, step, Some(id), kind, trigger_of(kind), &reason).await;
        match ok {
            Some(true) => {
                succeed(&inner, &name, id, Msg::new("incident-closed-step").text("step", step.name())).await;
                return;
            }
            Some(false) => breaker_failure(&inner, &name, id).await,
            None => {} // notify: nothing to verify, go on
        }
    }
    // The ladder is exhausted: an operator is needed; the incident closes when it recovers.
    let still = {
        let mut st = h.state.lock();
        match st.comps.get_mut(&name).and_then(|c| c.incident.as_mut()).filter(|i| i.id == id) {
            Some(inc) => {
                inc.ladder_running = false;
                true
            }
            None => false,
        }
    };
    if !still {
        return;
    }
    if recovered(&inner, &spec, kind, detected) {
        succeed(&inner, &name, id, Msg::new("incident-closed-verified")).await;
        return;
    }
    escalate(
        &inner,
        &name,
        id,
        Msg::new("incident-escalated-ladder").num("steps", steps.len() as f64).text("component", &name),
    )
    .await;
}

/// Heal the root cause first: before acting on a component with dependencies, check them
/// now (not at their next interval) so a down dependency is found and this failure folded.
async fn confirm_dependencies(inner: &Healer, spec: &ComponentSpec) {
    let mut deps: BTreeSet<String> = BTreeSet::new();
    let mut stack = spec.depends_on.clone();
    while let Some(d) = stack.pop() {
        if deps.insert(d.clone())
            && let Some(s) = inner.config().component(&d)
        {
            stack.extend(s.depends_on.iter().cloned());
        }
    }
    if deps.is_empty() {
        return;
    }
    let t0 = crate::clock::unix_ms();
    let mut wait = Duration::ZERO;
    for d in &deps {
        if let Some(s) = inner.config().component(d)
            && inner.nudge(d)
        {
            wait = wait.max(s.check.timeout + Duration::from_millis(200));
        }
    }
    let end = Instant::now() + wait;
    while Instant::now() < end {
        let fresh = {
            let states = inner.states.read();
            deps.iter().all(|d| states.get(d).is_some_and(|s| s.last_check_ms.is_some_and(|t| t >= t0)))
        };
        if fresh {
            return;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Run one step for real and verify it: `Some(true)` helped, `Some(false)` did not, `None`
/// nothing to verify. Records the action, the timeline entry and the events.
pub(crate) async fn act(
    inner: &Healer,
    spec: &ComponentSpec,
    step: &RecoveryStep,
    incident: Option<i64>,
    kind: IncidentKind,
    trigger: &str,
    reason: &str,
) -> Option<bool> {
    let h = &inner.healing;
    let t0 = h.now_ms();
    let action =
        log_err("recording an action", h.store.start_action(&spec.name, incident, step.name(), trigger, t0).await)?;
    run_action(inner, spec, step, incident, kind, trigger, reason, action, t0, "system:healer").await
}

/// Run a recorded action; `actor` is who the audit log names for it (an operator for a manual
/// heal, else the `system:*` job that started it).
#[allow(clippy::too_many_arguments)]
pub(crate) async fn run_action(
    inner: &Healer,
    spec: &ComponentSpec,
    step: &RecoveryStep,
    incident: Option<i64>,
    kind: IncidentKind,
    trigger: &str,
    reason: &str,
    action: i64,
    t0: i64,
    actor: &str,
) -> Option<bool> {
    let h = &inner.healing;
    let name = spec.name.clone();
    h.state.lock().active += 1;
    let cx = StepCx { inner, spec, incident_id: incident, reason: reason.to_string() };
    let plan = describe(&cx, step);
    h.remember(ActionView::said(action, &name, incident, step.name(), trigger, t0, None, "running", &plan));
    inner.bus.publish(EngineEvent::HealingStep {
        incident_id: incident,
        action_id: action,
        component: name.clone(),
        strategy: step.name().into(),
        phase: StepPhase::Started,
        at_ms: t0,
        duration_ms: None,
        detail: plan.english(),
        message: Some(plan),
        actor: actor.to_string(),
    });
    tracing::info!(component = %name, strategy = step.name(), action, "healing step");
    let res = execute(&cx, step).await;
    let (verdict, msg) = match res {
        Ok(done) => {
            // Only a check that ran after the step finished says whether it helped (a check of
            // the old child just before a restart proves nothing about the new one).
            let done_ms = h.now_ms();
            let ok = verify(inner, spec, &done.verify, kind, done_ms, h.settings.verify_within).await;
            match (&done.verify, ok) {
                (Verify::Nothing, _) => (None, Msg::new("incident-step-result").msg("detail", done.detail)),
                (_, true) => (Some(true), Msg::new("incident-step-verified").msg("detail", done.detail)),
                (_, false) => (
                    Some(false),
                    Msg::new("incident-step-not-healthy")
                        .msg("detail", done.detail)
                        .duration("within", h.settings.verify_within),
                ),
            }
        }
        Err(e) => (Some(false), Msg::new("incident-step-result").msg("detail", e)),
    };
    h.state.lock().active -= 1;
    let now = h.now_ms();
    let result = match verdict {
        Some(false) => "failed",
        _ => "succeeded",
    };
    log_err("recording an action", h.store.finish_action(action, result, now, &msg).await);
    if let Some(id) = incident {
        log_err(
            "timeline",
            h.store.event(id, now, &TimelineEvent::action(action, step.name(), result, now - t0, msg.clone())).await,
        );
    }
    let phase = if result == "failed" { StepPhase::Failed } else { StepPhase::Succeeded };
    h.remember(ActionView::said(action, &name, incident, step.name(), trigger, t0, Some(now), result, &msg));
    inner.bus.publish(EngineEvent::HealingStep {
        incident_id: incident,
        action_id: action,
        component: name,
        strategy: step.name().into(),
        phase,
        at_ms: now,
        duration_ms: Some(now - t0),
        detail: msg.english(),
        message: Some(msg),
        actor: actor.to_string(),
    });
    verdict
}

async fn succeed(inner: &Healer, name: &str, id: i64, msg: Msg) {
    let h = &inner.healing;
    let now = h.now_ms();
    let cooldown = h.settings.cooldown.as_millis() as i64;
    if let Some(c) = h.state.lock().comps.get_mut(name) {
        c.gate.breaker.record_success(now);
        c.gate.cool_down(now, cooldown);
    }
    if !current(inner, name, id) {
        return; // closed meanwhile (a resolved alert): nothing more to say on it
    }
    log_err(
        "timeline",
        h.store.event(id, now, &TimelineEvent { kind: "verified", msg: msg.clone(), ..Default::default() }).await,
    );
    resolve(inner, name, id, &msg).await;
}
