//! `PipelineGuard`'s PromQL range query (`check/promql.rs` holds the client and parsers).

use std::time::Duration;

use super::{GuardError, PipelineGuard};
use crate::check::promql::*;

impl PipelineGuard {
    /// The component's promql query from `from` to `to` (Unix seconds) every `step`.
    pub async fn promql_range(
        &self,
        name: &str,
        from: f64,
        to: f64,
        step: Duration,
    ) -> Result<PromqlRange, GuardError> {
        let config_now = self.config();
        let spec = config_now.component(name).ok_or_else(|| GuardError::UnknownComponent(name.into()))?;
        let crate::config::CheckKind::Promql(p) = &spec.check.kind else {
            return Err(GuardError::BadRequest(
                crate::heal::timeline::Msg::new("api-error-not-promql")
                    .text("name", name)
                    .text("kind", spec.check.kind.name()),
            ));
        };
        if from.partial_cmp(&to) != Some(std::cmp::Ordering::Less) || step.is_zero() {
            return Err(GuardError::BadRequest(crate::heal::timeline::Msg::new("api-error-promql-range")));
        }
        if (to - from) / step.as_secs_f64() > MAX_RANGE_POINTS {
            return Err(GuardError::BadRequest(
                crate::heal::timeline::Msg::new("api-error-too-many-points")
                    .num("count", ((to - from) / step.as_secs_f64()).ceil())
                    .num("max", MAX_RANGE_POINTS),
            ));
        }
        let mut out = PromqlRange {
            component: name.into(),
            query: p.query.clone(),
            from,
            to,
            step_seconds: step.as_secs_f64(),
            series: vec![],
            error: None,
        };
        match range(&self.inner().check_cx.http, &p.url, &p.query, from, to, step).await {
            Ok(list) => {
                out.series = list
                    .into_iter()
                    .map(|s| PromqlRangeSeries {
                        labels: s.labels,
                        points: s.points.into_iter().filter(|(_, v)| v.is_finite()).collect(),
                    })
                    .collect()
            }
            Err(e) => out.error = Some(e),
        }
        Ok(out)
    }
}
