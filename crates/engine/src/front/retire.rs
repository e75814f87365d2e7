//! `scale_down` of a component behind a front: drain the instance, then stop it for good.
//!
//! Wait (bounded) until another instance can take the traffic, mark the instance draining (the
//! balancer routes nothing new to it; a request counts in flight from the moment it is picked,
//! so none slips past), wait for the requests in flight to finish (bounded by
//! `drain_timeout`), take it out of the front and the port table, and only then stop the
//! process. A request through the front never reaches an instance that is being stopped.

use std::sync::Arc;
use std::time::Instant;

use super::{DrainPurpose, DrainView};
use crate::clock::unix_ms;
use crate::guard::GuardInner;

/// Drain `instance` of `name` through its front and stop it. The drain is recorded in the
/// front's view; the answer says how it went.
pub(crate) async fn drain_and_stop(inner: &Arc<GuardInner>, name: &str, instance: u32) -> Result<String, String> {
    let front = inner.fronts.get(name).ok_or_else(|| format!("`{name}` has no front"))?.clone();
    // Not while a rolling restart takes instances away one by one.
    let _one_at_a_time = front.restarting.lock().await;
    let covered = front.wait_until(front.spec.drain_timeout, |b| !b.eligible(&[instance]).is_empty()).await;
    if !covered {
        return Err(format!("instance {instance} not stopped: no other instance of `{name}` is healthy to take its requests"));
    }
    front.set_draining(instance, true);
    let t0 = Instant::now();
    let at_start = front.state.lock().balancer.slots.get(&instance).map_or(0, |s| s.in_flight);
    let drained = front.wait_until(front.spec.drain_timeout, |b| b.slots.get(&instance).is_none_or(|s| s.in_flight == 0)).await;
    let left = front.state.lock().balancer.slots.get(&instance).map_or(0, |s| s.in_flight);
    let waited = t0.elapsed();
    // Out of the port table first, so the probe loop does not put it back.
    inner.healing.remove_instance_port(name, instance);
    front.remove_instance(instance);
    front.record_drain(DrainView {
        instance,
        started_ms: unix_ms() - waited.as_millis() as i64,
        in_flight_at_start: at_start,
        waited_ms: waited.as_millis() as i64,
        in_flight_left: left,
        timed_out: !drained,
        purpose: DrainPurpose::ScaleDown,
    });
    inner.supervisor.stop(name, instance).await.map_err(|e| format!("instance {instance} drained but not stopped: {e}"))?;
    let note = if drained { String::new() } else { format!(" (drain timed out with {left} in flight)") };
    Ok(format!("instance {instance} drained in {} ms ({at_start} in flight){note}, stopped", waited.as_millis()))
}
