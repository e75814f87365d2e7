//! `run`: any argv (never a shell string) with a timeout; exit 0 is success. The child gets
//! `PIPELINE_GUARD_COMPONENT` and `PIPELINE_GUARD_INCIDENT` in its environment and is killed
//! (its whole process group) when the timeout passes.

use std::process::Stdio;
use std::time::Duration;

use super::timeline::Msg;
use super::{StepCx, StepDone, Verify};

pub(super) fn describe(argv: &[String], timeout: Duration) -> Msg {
    Msg::new("step-run-plan").text("argv", format!("{argv:?}")).duration("timeout", timeout)
}

/// Run `argv`; its own words (the tail of stderr, the exit status) stay verbatim arguments.
pub(super) async fn run(cx: &StepCx<'_>, argv: &[String], timeout: Duration) -> Result<StepDone, Msg> {
    let (prog, args) = argv.split_first().ok_or_else(|| Msg::new("step-run-empty"))?;
    let mut cmd = tokio::process::Command::new(prog);
    cmd.args(args)
        .current_dir(&cx.inner.config().base_dir)
        .env("PIPELINE_GUARD_COMPONENT", &cx.spec.name)
        .env("PIPELINE_GUARD_INCIDENT", cx.incident_id.map(|i| i.to_string()).unwrap_or_default())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .process_group(0)
        .kill_on_drop(true);
    let child = cmd.spawn().map_err(|e| Msg::new("step-run-cannot-start").text("program", prog).text("error", e))?;
    let pid = child.id();
    match tokio::time::timeout(timeout, child.wait_with_output()).await {
        Ok(Ok(out)) if out.status.success() => {
            Ok(StepDone { detail: Msg::new("step-run-exited-ok").text("program", prog), verify: Verify::Component })
        }
        Ok(Ok(out)) => {
            let err = String::from_utf8_lossy(&out.stderr);
            let tail: String = err.chars().rev().take(300).collect::<Vec<_>>().into_iter().rev().collect();
            Err(Msg::new("step-run-exited")
                .text("program", prog)
                .text("status", out.status)
                .text("output", tail.trim()))
        }
        Ok(Err(e)) => Err(Msg::new("step-run-error").text("program", prog).text("error", e)),
        Err(_) => {
            if let Some(pid) = pid {
                let _ =
                    nix::sys::signal::killpg(nix::unistd::Pid::from_raw(pid as i32), nix::sys::signal::Signal::SIGKILL);
            }
            Err(Msg::new("step-run-timeout").text("program", prog).duration("timeout", timeout))
        }
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    #[test]
    fn describe_names_the_argv_and_timeout() {
        let d = super::describe(&["/bin/true".into()], Duration::from_secs(2)).english();
        assert!(d.contains("/bin/true") && d.contains("2 s"), "{d}");
    }
}
