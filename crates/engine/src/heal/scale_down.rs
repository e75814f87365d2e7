//! `scale_down`: one instance fewer (the highest-numbered extra child, or `scale.command` with
//! `{replicas}`), never below `scale.min_instances`. Behind a front the instance is drained
//! through the front first (`front/retire.rs`), so no request through the front fails.

use super::timeline::Msg;
use super::{StepCx, StepDone, Verify};

pub(super) fn describe(cx: &StepCx<'_>) -> Msg {
    let name = &cx.spec.name;
    let running = cx.inner.supervisor.instances(name);
    match running.iter().copied().filter(|i| *i > 0).max() {
        Some(i) if cx.inner.fronts.serves(name) => {
            Msg::new("step-scale-down-drain-plan").text("instance", i).text("component", name)
        }
        Some(i) => Msg::new("step-scale-down-plan").text("instance", i).text("component", name),
        None if cx.spec.scale.external_command.is_some() => {
            let n = cx.inner.healing.replicas(name, cx.spec.scale.min_instances).saturating_sub(1);
            Msg::new("step-command-plan").text(
                "argv",
                format!("{:?}", super::fill_replicas(cx.spec.scale.external_command.as_ref().expect("checked"), n)),
            )
        }
        None => Msg::new("step-scale-down-nothing-plan").text("component", name),
    }
}

pub(super) async fn run(cx: &StepCx<'_>) -> Result<StepDone, Msg> {
    let name = &cx.spec.name;
    let s = &cx.spec.scale;
    let running = cx.inner.supervisor.instances(name);
    if let Some(i) = running.iter().copied().filter(|i| *i > 0).max() {
        if (running.len() as u32) <= s.min_instances {
            return Err(Msg::new("step-scale-down-min-instances").num("min", s.min_instances as f64));
        }
        if cx.inner.fronts.serves(name) {
            let detail = crate::front::drain_and_stop(cx.inner, name, i).await?;
            return Ok(StepDone { detail, verify: Verify::Component });
        }
        cx.inner.supervisor.stop(name, i).await.map_err(Msg::verbatim)?;
        cx.inner.healing.remove_instance_port(name, i);
        return Ok(StepDone {
            detail: Msg::new("step-scale-down-stopped").text("instance", i),
            verify: Verify::Component,
        });
    }
    if let Some(c) = &s.external_command {
        let cur = cx.inner.healing.replicas(name, s.min_instances);
        if cur <= s.min_instances {
            return Err(Msg::new("step-scale-down-min-replicas").num("min", s.min_instances as f64));
        }
        let argv = super::fill_replicas(c, cur - 1);
        let done = super::run::run(cx, &argv, std::time::Duration::from_secs(30)).await?;
        cx.inner.healing.set_replicas(name, cur - 1);
        return Ok(StepDone {
            detail: Msg::new("step-scale-replicas").num("replicas", (cur - 1) as f64).msg("detail", done.detail),
            verify: Verify::Component,
        });
    }
    Err(Msg::new("step-scale-down-no-extra").text("component", name))
}
