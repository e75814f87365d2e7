//! `restart`: stop and respawn a supervised child (SIGTERM, SIGKILL after the grace period).
//! An external service is restarted with a `run:` step instead.

use super::timeline::Msg;
use super::{StepCx, StepDone, Verify};

pub(super) fn describe(cx: &StepCx<'_>) -> Msg {
    let name = &cx.spec.name;
    if let Some(f) = cx.inner.fronts.get(name) {
        return Msg::new("step-restart-rolling-plan").text("component", name).text("listen", f.spec.listen);
    }
    match (&cx.spec.process, cx.inner.supervisor.pid(name, 0)) {
        (Some(p), Some(pid)) => Msg::new("step-restart-plan")
            .text("component", name)
            .text("pid", pid)
            .text("command", format!("{:?}", p.command)),
        (Some(p), None) => {
            Msg::new("step-restart-start-plan").text("component", name).text("command", format!("{:?}", p.command))
        }
        (None, _) => Msg::new("step-restart-unsupervised-plan").text("component", name),
    }
}

pub(super) async fn run(cx: &StepCx<'_>) -> Result<StepDone, Msg> {
    if cx.spec.process.is_none() {
        return Err(Msg::new("step-restart-unsupervised").text("component", &cx.spec.name));
    }
    if cx.inner.fronts.serves(&cx.spec.name) {
        // Behind a front: drain and restart the instances one at a time (`front/rolling.rs`).
        let detail = crate::front::rolling_restart(cx.inner, &cx.spec.name).await?;
        return Ok(StepDone { detail, verify: Verify::Component });
    }
    let old = cx.inner.supervisor.pid(&cx.spec.name, 0);
    // An intended stop: no crash, no incident, no respawn; the new child is checked at once.
    cx.inner.restart_child(&cx.spec.name, 0).await.map_err(|e| e.to_string())?;
    let new = cx.inner.supervisor.pid(&cx.spec.name, 0);
    Ok(StepDone {
        detail: match (old, new) {
            (Some(o), Some(n)) => Msg::new("step-restart-done").text("old", o).text("new", n),
            (_, Some(n)) => Msg::new("step-restart-started").text("pid", n),
            _ => Msg::new("step-restart-pending"),
        },
        verify: Verify::Component,
    })
}
