//! `webhook`: POST the incident as JSON, retrying (3 attempts, 250 ms then 500 ms apart) on
//! connection errors and 5xx answers. A 2xx answer is success; the component is then verified
//! like after any other step (the receiver is expected to act).

use std::time::Duration;

use super::{StepCx, StepDone, Verify};

pub(super) fn describe(url: &str) -> String {
    format!("POST the incident as JSON to {url}")
}

pub(super) async fn run(cx: &StepCx<'_>, url: &str) -> Result<StepDone, String> {
    let body = serde_json::json!({
        "source": "pipeline-guard",
        "component": cx.spec.name,
        "region": cx.spec.region,
        "critical": cx.spec.critical,
        "incident_id": cx.incident_id,
        "reason": cx.reason,
        "status": cx.inner.states.read().get(&cx.spec.name).map(|s| s.status),
    });
    let mut last = String::new();
    for attempt in 0..3u32 {
        if attempt > 0 {
            tokio::time::sleep(Duration::from_millis(250 << (attempt - 1))).await;
        }
        match cx.inner.healing.http.post(url).timeout(Duration::from_secs(3)).json(&body).send().await {
            Ok(r) if r.status().is_success() => {
                return Ok(StepDone { detail: format!("{url} answered {} (attempt {})", r.status().as_u16(), attempt + 1), verify: Verify::Component });
            }
            Ok(r) if r.status().is_client_error() => return Err(format!("{url} answered {}", r.status().as_u16())),
            Ok(r) => last = format!("{url} answered {}", r.status().as_u16()),
            Err(e) => last = format!("{url}: {e}"),
        }
    }
    Err(format!("{last} (after 3 attempts)"))
}
