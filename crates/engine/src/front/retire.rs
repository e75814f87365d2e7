//! `scale_down` of a component behind a front: drain the instance, then stop it for good.
//!
//! Wait (bounded) until another instance can take the traffic, mark the instance draining (the
//! balancer routes nothing new to it; a request counts in flight from the moment it is picked,
//! so none slips past), wait for the requests in flight to finish (bounded by
//! `drain_timeout`), take it out of the front and the port table, and only then stop the
//! process. A request through the front never reaches an instance that is being stopped.

use std::sync::Arc;
use super::DrainPurpose;
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
    let d = front.drain(instance, DrainPurpose::ScaleDown).await;
    // Out of the port table first, so the probe loop does not put it back.
    inner.healing.remove_instance_port(name, instance);
    front.remove_instance(instance);
    inner.supervisor.stop(name, instance).await.map_err(|e| format!("instance {instance} drained but not stopped: {e}"))?;
    let note = if d.timed_out { format!(" (drain timed out with {} in flight)", d.in_flight_left) } else { String::new() };
    Ok(format!("instance {instance} drained in {} ms ({} in flight){note}, stopped", d.waited_ms, d.in_flight_at_start))
}
