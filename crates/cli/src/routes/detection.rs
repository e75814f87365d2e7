//! Detection routes: findings, forecasts and threshold rules. One-line adapters over
//! `PipelineGuard` methods.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use guard_engine::api::ErrorCode;
use guard_engine::detection::Finding;
use guard_engine::detection::views::{ForecastView, RuleView};

use crate::routes::secure::{Caller, SecureRouter};
use crate::routes::site::JsonBytes;
use crate::server::{ApiQuery, AppState, HttpError};

/// The detection routes with their access.
pub fn routes() -> SecureRouter {
    SecureRouter::new()
        .op("findings", findings)
        .op("forecast", forecast)
        .op("threshold_rules", rules)
        .op("add_rule", add_rule)
}

fn bad(msg: impl Into<String>) -> HttpError {
    HttpError::new(StatusCode::BAD_REQUEST, ErrorCode::BadRequest, msg)
}

async fn findings(
    State(s): State<AppState>,
    ApiQuery(q): ApiQuery<guard_engine::boundary::FindingsQuery>,
) -> Result<Json<Vec<Finding>>, HttpError> {
    Ok(Json(guard_engine::boundary::findings(&s.guard, &q).await?))
}

async fn forecast(State(s): State<AppState>, Path(name): Path<String>) -> Result<Json<ForecastView>, HttpError> {
    Ok(Json(s.guard.forecast(&name)?))
}

async fn rules(State(s): State<AppState>, Path(name): Path<String>) -> Result<Json<Vec<RuleView>>, HttpError> {
    Ok(Json(s.guard.threshold_rules(&name)?))
}

async fn add_rule(
    State(s): State<AppState>,
    Caller(p): Caller,
    Path(name): Path<String>,
    JsonBytes(body): JsonBytes,
) -> Result<(StatusCode, Json<Vec<RuleView>>), HttpError> {
    let view: RuleView = serde_json::from_slice(&body).map_err(|e| {
        bad(format!(
            "invalid rule: {e}; expected {{\"metric\", \"op\", \"value\", \"severity\", \"for\"?, \"hysteresis\"?}}"
        ))
        .said(crate::routes::errors::bad_json_expected(
            &e,
            "{\"metric\", \"op\", \"value\", \"severity\", \"for\"?, \"hysteresis\"?}",
        ))
    })?;
    let rule = view.to_rule().map_err(bad)?;
    s.guard.add_threshold_rule(&name, rule, &p.user).await?;
    Ok((StatusCode::CREATED, Json(s.guard.threshold_rules(&name)?)))
}
