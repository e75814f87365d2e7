//! `command`: run an argv (never a shell string) with a timeout; exit 0 is healthy. Output is
//! captured and truncated so a chatty command cannot blow up memory.

use std::process::Stdio;
use std::time::Instant;

use tokio::process::Command;

use super::{CheckOutcome, Msg};
use crate::config::CommandCheckSpec;
use crate::model::metric;

/// Longest output kept in an issue.
const MAX_OUTPUT: usize = 2048;

pub fn truncate(s: &str, max: usize) -> String {
    let t = s.trim();
    if t.len() <= max {
        return t.to_string();
    }
    let mut end = max;
    while !t.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}… ({} bytes truncated)", &t[..end], t.len() - end)
}

pub async fn run(spec: &CommandCheckSpec) -> CheckOutcome {
    let started = Instant::now();
    let Some((prog, args)) = spec.argv.split_first() else {
        return CheckOutcome::failed(started.elapsed(), Msg::new("check-command-empty"));
    };
    let child = Command::new(prog)
        .args(args)
        .current_dir(&spec.cwd)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn();
    let child = match child {
        Ok(c) => c,
        Err(e) => {
            return CheckOutcome::failed(
                started.elapsed(),
                Msg::new("check-command-cannot-run").text("program", prog).text("detail", e),
            );
        }
    };
    match child.wait_with_output().await {
        Ok(out) => {
            let l = started.elapsed();
            let code = out.status.code();
            if out.status.success() {
                CheckOutcome::healthy(l).with_metric(metric::RESPONSE_TIME, l.as_secs_f64())
            } else {
                let mut text = String::from_utf8_lossy(&out.stderr).into_owned();
                if text.trim().is_empty() {
                    text = String::from_utf8_lossy(&out.stdout).into_owned();
                }
                // A command that failed in silence is said without a dangling "…: ".
                let silent = text.trim().is_empty();
                let how = match (code, silent) {
                    (Some(c), false) => Msg::new("check-command-exited").text("code", c),
                    (Some(c), true) => Msg::new("check-command-exited-silent").text("code", c),
                    (None, false) => Msg::new("check-command-killed"),
                    (None, true) => Msg::new("check-command-killed-silent"),
                };
                let how = how.text("program", prog);
                CheckOutcome::failed(l, if silent { how } else { how.text("output", truncate(&text, MAX_OUTPUT)) })
            }
        }
        Err(e) => CheckOutcome::failed(
            started.elapsed(),
            Msg::new("check-command-wait-failed").text("program", prog).text("detail", e),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::CheckSpec;
    use crate::model::Status;
    use std::time::Duration;

    fn spec(argv: &[&str]) -> CommandCheckSpec {
        CommandCheckSpec { argv: argv.iter().map(|s| s.to_string()).collect(), cwd: ".".into() }
    }

    #[tokio::test]
    async fn exit_codes_and_output() {
        assert_eq!(run(&spec(&["true"])).await.status, Status::Healthy);
        let bad = run(&spec(&["sh", "-c", "echo broken >&2; exit 3"])).await;
        assert_eq!(bad.status, Status::Failed);
        assert!(bad.english()[0].contains("exited with status 3: broken"), "{:?}", bad.issues);
        let silent = run(&spec(&["sh", "-c", "exit 1"])).await;
        assert_eq!(silent.english(), vec!["`sh` exited with status 1".to_string()]);
        let killed = run(&spec(&["sh", "-c", "kill -9 $$"])).await;
        assert_eq!(killed.english(), vec!["`sh` was killed by a signal".to_string()]);
        let missing = run(&spec(&["/nonexistent/binary"])).await;
        assert!(missing.english()[0].contains("cannot run"));
    }

    #[tokio::test]
    async fn arguments_are_not_interpreted_by_a_shell() {
        let out = run(&spec(&["test", "$(false)", "=", "$(false)"])).await;
        assert_eq!(out.status, Status::Healthy);
    }

    #[tokio::test]
    async fn timeout_kills_the_command() {
        let s = CheckSpec {
            kind: crate::config::CheckKind::Command(spec(&["sleep", "5"])),
            interval: Duration::from_secs(1),
            timeout: Duration::from_millis(200),
        };
        let started = Instant::now();
        let out = crate::check::run(&s, &crate::check::CheckContext::new()).await;
        assert_eq!(out.status, Status::Failed);
        assert!(out.english()[0].contains("timed out"));
        assert!(started.elapsed() < Duration::from_secs(2));
    }

    #[test]
    fn truncation_keeps_char_boundaries() {
        let s = "é".repeat(3000);
        let t = truncate(&s, 2049);
        assert!(t.contains("truncated"));
    }
}
