//! `notify`: records that an operator should look; changes nothing.

use super::{StepCx, StepDone, Verify};

pub(super) fn describe(cx: &StepCx<'_>) -> String {
    format!("record a notification for `{}` (no change)", cx.spec.name)
}

pub(super) async fn run(cx: &StepCx<'_>) -> Result<StepDone, String> {
    Ok(StepDone { detail: format!("operator notified about `{}`", cx.spec.name), verify: Verify::Nothing })
}
