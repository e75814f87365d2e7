//! Which instances may take requests: active probes with the component's own check, and
//! instant removal when the supervisor reports an instance's exit.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::broadcast;

use super::Front;
use crate::check::{CheckContext, run};
use crate::config::{CheckKind, CheckSpec, ComponentSpec, HttpCheckSpec, TcpCheckSpec};
use crate::events::EngineEvent;
use crate::heal::Healer;
use crate::model::Status;

/// The component's check aimed at one instance's port: the `{port}` template of an HTTP or
/// TCP check filled in, or a TCP connect for any other kind.
pub(super) fn instance_check(spec: &ComponentSpec, port: u16, timeout: Duration) -> CheckSpec {
    let kind = match (&spec.check.kind, &spec.scale.check_template) {
        (CheckKind::Http(h), Some(t)) => {
            CheckKind::Http(HttpCheckSpec { url: t.replace("{port}", &port.to_string()), ..h.clone() })
        }
        (CheckKind::Tcp(_), Some(t)) => CheckKind::Tcp(TcpCheckSpec { addr: t.replace("{port}", &port.to_string()) }),
        _ => CheckKind::Tcp(TcpCheckSpec { addr: format!("127.0.0.1:{port}") }),
    };
    CheckSpec { kind, interval: spec.check.interval, timeout }
}

/// Probe one instance now; Ok when its check passes (healthy or degraded).
pub(super) async fn probe(spec: &ComponentSpec, port: u16, cx: &CheckContext) -> Result<(), String> {
    let check = instance_check(spec, port, spec.check.timeout);
    let out = run(&check, cx).await;
    match out.status {
        Status::Healthy | Status::Degraded => Ok(()),
        _ => Err(out.english().join("; ")),
    }
}

/// Every `health_interval`: pick up added and removed instances, probe each one.
pub(super) async fn probe_loop(inner: Healer, front: Arc<Front>) {
    let Some(spec) = inner.config().component(&front.component).cloned() else { return };
    let mut tick = tokio::time::interval(front.spec.health_interval);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        if inner.is_shutting_down() {
            return;
        }
        let ports = inner.healing.ports(&front.component);
        front.sync_instances(&ports);
        let mut set = tokio::task::JoinSet::new();
        for (instance, port) in ports {
            let (spec, cx, front) = (spec.clone(), inner.check_cx.clone(), front.clone());
            let pid = inner.supervisor.pid(&front.component, instance);
            set.spawn(async move {
                let res = probe(&spec, port, &cx).await;
                let (was, draining) = front
                    .state
                    .lock()
                    .balancer
                    .slots
                    .get(&instance)
                    .map_or((false, false), |s| (s.healthy, s.draining));
                match res {
                    Ok(()) => front.probe_passed(instance),
                    Err(e) => {
                        let why = format!("probe failed: {e}");
                        front.set_healthy(instance, false, was.then(|| why.clone()));
                        // Out of rotation by its own check, not by the guard (a drain): the
                        // healer hears of it as of an ejection.
                        if was && !draining {
                            front.note_check_failure(instance, pid, why);
                        }
                    }
                }
            });
        }
        while set.join_next().await.is_some() {}
    }
}

/// Take an instance out of rotation the moment the supervisor sees it exit.
pub(super) async fn watch_exits(inner: Healer, front: Arc<Front>, mut rx: broadcast::Receiver<EngineEvent>) {
    loop {
        match rx.recv().await {
            Ok(EngineEvent::ProcessExited { component, instance, .. }) if component == front.component => {
                front.set_healthy(instance, false, Some("the process exited".into()));
                front.clear_ejection(instance);
            }
            Ok(_) => {}
            Err(broadcast::error::RecvError::Lagged(_)) => continue,
            Err(_) => return,
        }
        if inner.is_shutting_down() {
            return;
        }
    }
}
