//! `restart`: stop and respawn a supervised child (SIGTERM, SIGKILL after the grace period).
//! An external service is restarted with a `run:` step instead.

use super::{StepCx, StepDone, Verify};

pub(super) fn describe(cx: &StepCx<'_>) -> String {
    if let Some(f) = cx.inner.fronts.get(&cx.spec.name) {
        return format!("rolling restart of `{}` behind its front on {}: drain, restart and re-check each instance in turn", cx.spec.name, f.spec.listen);
    }
    match (&cx.spec.process, cx.inner.supervisor.pid(&cx.spec.name, 0)) {
        (Some(p), Some(pid)) => format!("restart `{}` (stop pid {pid}, start {:?})", cx.spec.name, p.command),
        (Some(p), None) => format!("start `{}` again ({:?})", cx.spec.name, p.command),
        (None, _) => format!("cannot restart `{}`: not supervised (add a `run:` step with its restart command)", cx.spec.name),
    }
}

pub(super) async fn run(cx: &StepCx<'_>) -> Result<StepDone, String> {
    if cx.spec.process.is_none() {
        return Err(format!("`{}` is not supervised by the guard; restart it with a `run:` step", cx.spec.name));
    }
    if cx.inner.fronts.serves(&cx.spec.name) {
        // Behind a front: drain and restart the instances one at a time (`front/rolling.rs`).
        let detail = crate::front::rolling_restart(cx.inner, &cx.spec.name).await?;
        return Ok(StepDone { detail, verify: Verify::Component });
    }
    let old = cx.inner.supervisor.pid(&cx.spec.name, 0);
    cx.inner.healing.expect_exit(&cx.spec.name);
    cx.inner.supervisor.restart(&cx.spec.name, 0).await.map_err(|e| e.to_string())?;
    let new = cx.inner.supervisor.pid(&cx.spec.name, 0);
    if let Some(n) = cx.inner.check_now.get(&cx.spec.name) {
        n.notify_one();
    }
    Ok(StepDone {
        detail: match (old, new) {
            (Some(o), Some(n)) => format!("restarted: pid {o} → {n}"),
            (_, Some(n)) => format!("started pid {n}"),
            _ => "restart requested; the child has not started yet".into(),
        },
        verify: Verify::Component,
    })
}
