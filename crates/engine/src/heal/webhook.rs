//! `webhook`: POST the incident as JSON, retrying (3 attempts, 250 ms then 500 ms apart) on
//! connection errors and 5xx answers. A 2xx answer is success; the component is then verified
//! like after any other step (the receiver is expected to act).

use std::time::Duration;

use super::timeline::Msg;
use super::{StepCx, StepDone, Verify};

pub(super) fn describe(url: &str) -> Msg {
    Msg::new("step-webhook-plan").text("url", url)
}

pub(super) async fn run(cx: &StepCx<'_>, url: &str) -> Result<StepDone, Msg> {
    let body = serde_json::json!({
        "source": "pipeline-guard",
        "component": cx.spec.name,
        "region": cx.spec.region,
        "critical": cx.spec.critical,
        "incident_id": cx.incident_id,
        "reason": cx.reason,
        "status": cx.inner.states.read().get(&cx.spec.name).map(|s| s.status),
    });
    let mut last = Msg::verbatim("");
    for attempt in 0..3u32 {
        if attempt > 0 {
            tokio::time::sleep(Duration::from_millis(250 << (attempt - 1))).await;
        }
        match cx.inner.healing.http.post(url).timeout(Duration::from_secs(3)).json(&body).send().await {
            Ok(r) if r.status().is_success() => {
                return Ok(StepDone {
                    detail: Msg::new("step-webhook-answered-attempt")
                        .text("url", url)
                        .text("status", r.status().as_u16())
                        .num("attempt", (attempt + 1) as f64),
                    verify: Verify::Component,
                });
            }
            Ok(r) if r.status().is_client_error() => {
                return Err(Msg::new("step-webhook-answered").text("url", url).text("status", r.status().as_u16()));
            }
            Ok(r) => last = Msg::new("step-webhook-answered").text("url", url).text("status", r.status().as_u16()),
            Err(e) => last = Msg::new("step-webhook-error").text("url", url).text("error", e),
        }
    }
    Err(Msg::new("step-webhook-gave-up").msg("last", last).num("attempts", 3.0))
}
