//! `scale_down` of a component behind a front: drain the instance, then stop it for good.
//!
//! Wait (bounded) until another instance can take the traffic, mark the instance draining (the
//! balancer routes nothing new to it; a request counts in flight from the moment it is picked,
//! so none slips past), wait for the requests in flight to finish (bounded by
//! `drain_timeout`), take it out of the front and the port table, and only then stop the
//! process. A request through the front never reaches an instance that is being stopped.

use super::DrainPurpose;
use crate::heal::Healer;
use crate::heal::timeline::Msg;

/// Drain `instance` of `name` through its front and stop it. The drain is recorded in the
/// front's view; the answer says how it went.
pub(crate) async fn drain_and_stop(inner: &Healer, name: &str, instance: u32) -> Result<Msg, Msg> {
    let front = inner.fronts.get(name).ok_or_else(|| Msg::new("step-front-missing").text("component", name))?.clone();
    // Not while a rolling restart takes instances away one by one.
    let _one_at_a_time = front.restarting.lock().await;
    let covered = front.wait_until(front.spec.drain_timeout, |b| !b.eligible(&[instance]).is_empty()).await;
    if !covered {
        return Err(Msg::new("step-retire-uncovered").text("instance", instance).text("component", name));
    }
    let d = front.drain(instance, DrainPurpose::ScaleDown).await;
    // Out of the port table first, so the probe loop does not put it back.
    inner.healing.remove_instance_port(name, instance);
    front.remove_instance(instance);
    inner
        .supervisor
        .stop(name, instance)
        .await
        .map_err(|e| Msg::new("step-retire-not-stopped").text("instance", instance).text("error", e))?;
    let m = if d.timed_out {
        Msg::new("step-retire-done-timed-out").num("left", d.in_flight_left as f64)
    } else {
        Msg::new("step-retire-done")
    };
    Ok(m.text("instance", instance).text("waited", d.waited_ms).num("in_flight", d.in_flight_at_start as f64))
}
