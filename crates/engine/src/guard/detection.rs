//! `PipelineGuard`'s detection views: findings, forecasts, rules (`detection/views.rs` holds the DTOs).

use super::{GuardError, PipelineGuard};
use crate::detection::views::*;
use crate::detection::{Finding, ThresholdRule};

impl PipelineGuard {
    /// Findings between `from_ms` and `to_ms`, newest first (`GET /api/findings`).
    pub async fn findings(
        &self,
        from_ms: i64,
        to_ms: i64,
        component: Option<&str>,
        limit: i64,
    ) -> Result<Vec<Finding>, GuardError> {
        if let Some(c) = component
            && self.config().component(c).is_none()
        {
            return Err(GuardError::UnknownComponent(c.into()));
        }
        if to_ms < from_ms {
            return Err(GuardError::BadRequest(
                crate::heal::timeline::Msg::new("api-error-to-not-before-from").text("to", to_ms).text("from", from_ms),
            ));
        }
        Ok(self.inner().detection.store().list(from_ms, to_ms, component, limit.clamp(1, 10_000)).await?)
    }

    /// Exhaustion and failure forecasts of a component (`GET /api/components/{name}/forecast`).
    pub fn forecast(&self, name: &str) -> Result<ForecastView, GuardError> {
        self.inner().detection.forecast(name).ok_or_else(|| GuardError::UnknownComponent(name.into()))
    }

    /// `add_threshold_rule(metric, value, op, severity)`, at runtime, as `actor`
    /// (audited as `detection.rule.add`, target the component).
    pub async fn add_threshold_rule(
        &self,
        component: &str,
        rule: ThresholdRule,
        actor: &str,
    ) -> Result<(), GuardError> {
        let view = RuleView::from_rule(&rule, false);
        self.inner().detection.add_rule(component, rule).map_err(|_| GuardError::UnknownComponent(component.into()))?;
        self.audit()
            .append(actor, "detection.rule.add", component, serde_json::to_value(&view).unwrap_or_default())
            .await?;
        Ok(())
    }

    /// Threshold rules of a component (config and runtime), with their state.
    pub fn threshold_rules(&self, component: &str) -> Result<Vec<RuleView>, GuardError> {
        let rules =
            self.inner().detection.rules(component).ok_or_else(|| GuardError::UnknownComponent(component.into()))?;
        Ok(rules.iter().map(|(r, f)| RuleView::from_rule(r, *f)).collect())
    }
}
