//! `restart` of a component behind a front: a rolling restart, one instance at a time.
//!
//! For each instance: wait (bounded) until another instance can take the traffic, drain it
//! (the balancer stops routing new requests to it; requests in flight may finish, bounded by
//! `drain_timeout`), restart it through the supervisor, and put it back into rotation only
//! once its probe passes. If an instance does not come back, the roll stops there, so a bad
//! release never takes down the next instance too.

use std::time::{Duration, Instant};

use super::DrainPurpose;
use super::health::probe;
use crate::heal::Healer;
use crate::heal::timeline::Msg;

/// The answer says how each instance went, as messages (`healing-steps.ftl`).
pub(crate) async fn rolling_restart(inner: &Healer, name: &str) -> Result<Msg, Msg> {
    let front = inner.fronts.get(name).ok_or_else(|| Msg::new("step-front-missing").text("component", name))?.clone();
    let spec = inner
        .config()
        .component(name)
        .cloned()
        .ok_or_else(|| Msg::new("step-front-unknown-component").text("component", name))?;
    let _one_at_a_time = front.restarting.lock().await;
    let back_within = inner.healing.settings.verify_within.max(Duration::from_secs(10));
    let mut done = Vec::new();
    // Broken ones first (ejected, or failing their check): while they are away the healthy
    // ones serve, and by the time a healthy one is drained the broken one is back.
    let mut instances = inner.supervisor.instances(name);
    {
        let st = front.state.lock();
        instances.sort_by_key(|i| (st.balancer.slots.get(i).is_some_and(|s| s.healthy && !s.ejected), *i));
    }
    for instance in instances.iter().copied() {
        let Some(port) = inner.healing.ports(name).get(&instance).copied() else { continue };
        // Capacity first: someone else must be able to serve while this one is away.
        let covered = front.wait_until(front.spec.drain_timeout, |b| !b.eligible(&[instance]).is_empty()).await;
        let d = front.drain(instance, DrainPurpose::Restart).await;
        let restarted = inner.restart_child(name, instance).await;
        front.set_healthy(instance, false, None);
        front.clear_ejection(instance);
        if let Err(e) = restarted {
            front.set_draining(instance, false);
            return Err(Msg::new("step-front-instance-error").text("instance", instance).text("error", e));
        }
        // Back in rotation once its own check passes.
        let end = Instant::now() + back_within;
        let mut up = false;
        while Instant::now() < end && !inner.is_shutting_down() {
            if probe(&spec, port, &inner.check_cx).await.is_ok() {
                up = true;
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        front.set_healthy(instance, up, None);
        front.set_draining(instance, false);
        let note = match (covered, !d.timed_out) {
            (false, _) => "uncovered",
            (true, false) => "timed-out",
            _ => "none",
        };
        done.push(
            Msg::new("step-rolling-instance")
                .text("instance", instance)
                .text("waited", d.waited_ms)
                .num("in_flight", d.in_flight_at_start as f64)
                .num("left", d.in_flight_left as f64)
                .text("note", note),
        );
        if !up {
            return Err(Msg::new("step-rolling-stopped")
                .list("done", done)
                .text("instance", instance)
                .duration("within", back_within));
        }
    }
    inner.nudge(name);
    Ok(Msg::new("step-rolling-done").num("instances", instances.len() as f64).list("done", done))
}
