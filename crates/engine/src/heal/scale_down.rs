//! `scale_down`: one instance fewer (the highest-numbered extra child, or `scale.command` with
//! `{replicas}`), never below `scale.min_instances`. Behind a front the instance is drained
//! through the front first (`front/retire.rs`), so no request through the front fails.

use super::{StepCx, StepDone, Verify};

pub(super) fn describe(cx: &StepCx<'_>) -> String {
    let running = cx.inner.supervisor.instances(&cx.spec.name);
    match running.iter().copied().filter(|i| *i > 0).max() {
        Some(i) if cx.inner.fronts.serves(&cx.spec.name) => format!("drain instance {i} of `{}` through its front, then stop it", cx.spec.name),
        Some(i) => format!("stop instance {i} of `{}`", cx.spec.name),
        None if cx.spec.scale.external_command.is_some() => {
            let n = cx.inner.healing.replicas(&cx.spec.name, cx.spec.scale.min_instances).saturating_sub(1);
            format!("run {:?}", super::fill_replicas(cx.spec.scale.external_command.as_ref().expect("checked"), n))
        }
        None => format!("nothing to scale down for `{}`", cx.spec.name),
    }
}

pub(super) async fn run(cx: &StepCx<'_>) -> Result<StepDone, String> {
    let name = &cx.spec.name;
    let s = &cx.spec.scale;
    let running = cx.inner.supervisor.instances(name);
    if let Some(i) = running.iter().copied().filter(|i| *i > 0).max() {
        if (running.len() as u32) <= s.min_instances {
            return Err(format!("already at the minimum of {} instances", s.min_instances));
        }
        if cx.inner.fronts.serves(name) {
            let detail = crate::front::drain_and_stop(cx.inner, name, i).await?;
            return Ok(StepDone { detail, verify: Verify::Component });
        }
        cx.inner.supervisor.stop(name, i).await.map_err(|e| e.to_string())?;
        cx.inner.healing.remove_instance_port(name, i);
        return Ok(StepDone { detail: format!("stopped instance {i}"), verify: Verify::Component });
    }
    if let Some(c) = &s.external_command {
        let cur = cx.inner.healing.replicas(name, s.min_instances);
        if cur <= s.min_instances {
            return Err(format!("already at the minimum of {} replicas", s.min_instances));
        }
        let argv = super::fill_replicas(c, cur - 1);
        let done = super::run::run(cx, &argv, std::time::Duration::from_secs(30)).await?;
        cx.inner.healing.set_replicas(name, cur - 1);
        return Ok(StepDone { detail: format!("{} replicas: {}", cur - 1, done.detail), verify: Verify::Component });
    }
    Err(format!("`{name}` has no extra instance to stop"))
}
