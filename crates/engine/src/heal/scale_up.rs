//! `scale_up`: one more instance. A supervised component whose command has `{port}` gets an
//! extra child on the next free port after `scale.port`; an external one runs `scale.command`
//! with `{replicas}` replaced by the new count.

use super::timeline::Msg;
use super::{StepCx, StepDone, Verify};

pub(super) fn describe(cx: &StepCx<'_>) -> Msg {
    let s = &cx.spec.scale;
    let name = &cx.spec.name;
    if let Some(t) = &s.command_template {
        let n = cx.inner.supervisor.instances(name).len() as u32;
        if n >= s.max_instances {
            return Msg::new("step-scale-up-full-plan")
                .text("component", name)
                .num("running", n as f64)
                .num("max", s.max_instances as f64);
        }
        Msg::new("step-scale-up-plan").text("instance", n).text("component", name).text("command", format!("{t:?}"))
    } else if let Some(c) = &s.external_command {
        let n = cx.inner.healing.replicas(name, s.min_instances) + 1;
        Msg::new("step-command-plan").text("argv", format!("{:?}", super::fill_replicas(c, n)))
    } else {
        Msg::new("step-scale-up-impossible-plan").text("component", name)
    }
}

pub(super) async fn run(cx: &StepCx<'_>) -> Result<StepDone, Msg> {
    let s = &cx.spec.scale;
    let name = &cx.spec.name;
    if let (Some(t), Some(p), Some(base)) = (&s.command_template, &cx.spec.process, s.port) {
        let running = cx.inner.supervisor.instances(name);
        if running.len() as u32 >= s.max_instances {
            return Err(Msg::new("step-scale-up-full")
                .num("running", running.len() as f64)
                .num("max", s.max_instances as f64));
        }
        let instance = running.iter().max().map_or(1, |m| m + 1);
        let taken = cx.inner.healing.instance_ports(name);
        let port = crate::supervise::next_free_port(base, &taken)
            .ok_or_else(|| Msg::new("step-scale-up-no-port").text("port", base))?;
        let mut spec = p.clone();
        spec.command = t.iter().map(|a| a.replace("{port}", &port.to_string())).collect();
        cx.inner.supervisor.start(name, instance, spec).map_err(Msg::verbatim)?;
        cx.inner.healing.set_instance_port(name, instance, port);
        return Ok(StepDone {
            detail: Msg::new("step-scale-up-started").text("instance", instance).text("port", port),
            verify: Verify::Port(port),
        });
    }
    if let Some(c) = &s.external_command {
        let n = cx.inner.healing.replicas(name, s.min_instances) + 1;
        if n > s.max_instances {
            return Err(Msg::new("step-scale-up-max-replicas").num("max", s.max_instances as f64));
        }
        let argv = super::fill_replicas(c, n);
        let done = super::run::run(cx, &argv, std::time::Duration::from_secs(30)).await?;
        cx.inner.healing.set_replicas(name, n);
        return Ok(StepDone {
            detail: Msg::new("step-scale-replicas").num("replicas", n as f64).msg("detail", done.detail),
            verify: Verify::Component,
        });
    }
    Err(Msg::new("step-scale-up-impossible").text("component", name))
}
