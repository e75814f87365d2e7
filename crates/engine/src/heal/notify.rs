//! `notify`: records that an operator should look; changes nothing.

use super::timeline::Msg;
use super::{StepCx, StepDone, Verify};

pub(super) fn describe(cx: &StepCx<'_>) -> Msg {
    Msg::new("step-notify-plan").text("component", &cx.spec.name)
}

pub(super) async fn run(cx: &StepCx<'_>) -> Result<StepDone, Msg> {
    Ok(StepDone { detail: Msg::new("step-notify-done").text("component", &cx.spec.name), verify: Verify::Nothing })
}
