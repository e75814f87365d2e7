//! Routes of the outside-systems area: a PromQL component's history read from its Prometheus
//! (`GET /api/components/{name}/promql?from=&to=&step=`, Unix seconds). `POST /api/alertmanager`
//! lives with healing (`heal.rs`).

use std::time::Duration;

use axum::Json;
use axum::extract::{Path, State};
use guard_engine::check::promql::PromqlRange;
use guard_engine::clock::unix_ms;
use serde::Deserialize;

use crate::routes::secure::SecureRouter;
use crate::server::{ApiQuery, AppState, HttpError};

pub fn routes() -> SecureRouter {
    SecureRouter::new().op("promql_range", promql_range).op("pseudo_locales", pseudo_locales)
}

/// The pseudo-locales the UI may offer: `en-XA` (accented, lengthened English between ⟦ ⟧)
/// and `ar-XB` (the same, mirrored, right to left) when a development build runs with
/// `PG_PSEUDO=1` (`crate::i18n::pseudo_from_env`); none otherwise. The UI's e2e suite
/// `ui/e2e/pseudo.mjs` reads every page in them and fails on text outside the markers.
async fn pseudo_locales() -> Json<Vec<&'static str>> {
    Json(if guard_i18n::pseudo_english() { vec!["en-XA", "ar-XB"] } else { Vec::new() })
}

#[derive(Debug, Deserialize)]
struct RangeQuery {
    /// Unix seconds; default: the last 15 minutes.
    from: Option<f64>,
    to: Option<f64>,
    /// Seconds; default: about 300 points.
    step: Option<f64>,
}

async fn promql_range(
    State(s): State<AppState>,
    Path(name): Path<String>,
    ApiQuery(q): ApiQuery<RangeQuery>,
) -> Result<Json<PromqlRange>, HttpError> {
    let to = q.to.unwrap_or(unix_ms() as f64 / 1000.0);
    let from = q.from.unwrap_or(to - 900.0);
    let step = q.step.unwrap_or(((to - from) / 300.0).max(1.0));
    let step = Duration::try_from_secs_f64(step).unwrap_or(Duration::ZERO);
    Ok(Json(s.guard.promql_range(&name, from, to, step).await?))
}
