//! `scale_up`: one more instance. A supervised component whose command has `{port}` gets an
//! extra child on the next free port after `scale.port`; an external one runs `scale.command`
//! with `{replicas}` replaced by the new count.

use super::{StepCx, StepDone, Verify};

pub(super) fn describe(cx: &StepCx<'_>) -> String {
    let s = &cx.spec.scale;
    if let Some(t) = &s.command_template {
        let n = cx.inner.supervisor.instances(&cx.spec.name).len() as u32;
        if n >= s.max_instances {
            return format!("cannot scale `{}` up: already {n} of at most {} instances", cx.spec.name, s.max_instances);
        }
        format!("start instance {} of `{}` ({t:?} on the next free port)", n, cx.spec.name)
    } else if let Some(c) = &s.external_command {
        let n = cx.inner.healing.replicas(&cx.spec.name, s.min_instances) + 1;
        format!("run {:?}", super::fill_replicas(c, n))
    } else {
        format!("cannot scale `{}`: no `{{port}}` in its command and no `scale.command`", cx.spec.name)
    }
}

pub(super) async fn run(cx: &StepCx<'_>) -> Result<StepDone, String> {
    let s = &cx.spec.scale;
    let name = &cx.spec.name;
    if let (Some(t), Some(p), Some(base)) = (&s.command_template, &cx.spec.process, s.port) {
        let running = cx.inner.supervisor.instances(name);
        if running.len() as u32 >= s.max_instances {
            return Err(format!("already {} of at most {} instances", running.len(), s.max_instances));
        }
        let instance = running.iter().max().map_or(1, |m| m + 1);
        let taken = cx.inner.healing.instance_ports(name);
        let port = super::next_free_port(base, &taken).ok_or("no free port after the base port")?;
        let mut spec = p.clone();
        spec.command = t.iter().map(|a| a.replace("{port}", &port.to_string())).collect();
        cx.inner.supervisor.start(name, instance, spec).map_err(|e| e.to_string())?;
        cx.inner.healing.set_instance_port(name, instance, port);
        return Ok(StepDone { detail: format!("started instance {instance} on port {port}"), verify: Verify::Port(port) });
    }
    if let Some(c) = &s.external_command {
        let n = cx.inner.healing.replicas(name, s.min_instances) + 1;
        if n > s.max_instances {
            return Err(format!("already at the maximum of {} replicas", s.max_instances));
        }
        let argv = super::fill_replicas(c, n);
        let done = super::run::run(cx, &argv, std::time::Duration::from_secs(30)).await?;
        cx.inner.healing.set_replicas(name, n);
        return Ok(StepDone { detail: format!("{} replicas: {}", n, done.detail), verify: Verify::Component });
    }
    Err(format!("`{name}` cannot scale: put `{{port}}` in its command with `scale: {{ port: N }}`, or give `scale.command`"))
}
