//! Auto-scaling at the boundary: the parameters of the app's `autoscale_decisions` command
//! (the same as `GET /api/autoscale/decisions`) and the language of scaling texts.

use serde::Deserialize;
use ts_rs::TS;

use crate::api::ApiError;
use crate::autoscale::ScalingDecision;
use crate::guard::{GuardError, PipelineGuard};

/// `?component=&from=&to=&limit=&lang=` of the stored decisions; times in Unix seconds.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, TS)]
#[ts(export)]
pub struct DecisionsQuery {
    #[ts(optional)]
    pub component: Option<String>,
    #[ts(optional, type = "number")]
    pub from: Option<i64>,
    #[ts(optional, type = "number")]
    pub to: Option<i64>,
    #[ts(optional, type = "number")]
    pub limit: Option<i64>,
    #[ts(optional)]
    pub lang: Option<String>,
}

/// A language code (`de`, `pt-BR`, …; default English) or a `bad_request` naming the ten.
pub fn lang(code: Option<&str>) -> Result<guard_i18n::Lang, ApiError> {
    Ok(super::lang_param(code)?.unwrap_or(guard_i18n::Lang::En))
}

/// Stored decisions, newest first (defaults: all time, 100 rows).
pub async fn decisions(g: &PipelineGuard, q: &DecisionsQuery) -> Result<Vec<ScalingDecision>, GuardError> {
    let l = lang(q.lang.as_deref())
        .map_err(|e| GuardError::BadRequest(e.msg.unwrap_or_else(|| crate::api::unknown_language(""))))?;
    let from = q.from.map_or(0, |x| x.saturating_mul(1000));
    let to = q.to.map_or(i64::MAX, |x| x.saturating_mul(1000));
    g.autoscale_decisions(q.component.as_deref(), from, to, q.limit.unwrap_or(100), l).await
}
