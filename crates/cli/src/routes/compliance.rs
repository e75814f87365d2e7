//! Regions and data operations:
//!
//! - `GET /api/regions` (MONITOR_HEALTH): the six regions with jurisdiction, map position and
//!   whether each is active;
//! - `POST /api/regions/{region}/activate`, `…/deactivate` (MANAGE_COMPONENTS):
//!   `activate_region` / `deactivate_region`, kept across restarts (`region_state`) and audited;
//! - `GET /api/regions/optimal?location=&lang=` (MONITOR_HEALTH):
//!   `get_optimal_region` (nearest active region residency allows, with the reason in `lang`;
//!   400 `unknown_location`, 409 `no_eligible_region`), and `GET /api/regions/locations`
//!   (the places it knows);
//! - `POST /api/compliance/validate` (MONITOR_HEALTH): `validate_data_operation`,
//!   with its restriction texts in the requested language (`locales/*/compliance.ftl`); a
//!   blocked operation is audited.

use std::sync::OnceLock;

use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use guard_engine::api::{ApiError, ErrorCode};
use guard_engine::boundary::compliance::{self as boundary, ValidateRequest};
use guard_i18n::{Lang, Localizer};

use super::secure::{Caller, SecureRouter};
use crate::server::{ApiQuery, AppState};

pub fn routes() -> SecureRouter {
    SecureRouter::new()
        .op("regions", list)
        .op("optimal_region", optimal)
        .op("region_locations", locations)
        .op("region_activate", activate)
        .op("region_deactivate", deactivate)
        .op("validate_data_operation", validate)
}

fn localizer() -> &'static Localizer {
    static LOC: OnceLock<Localizer> = OnceLock::new();
    LOC.get_or_init(Localizer::embedded)
}

fn reply<T: serde::Serialize>(r: Result<T, ApiError>) -> Response {
    match r {
        Ok(v) => Json(v).into_response(),
        Err(e) => {
            let status = match e.code {
                ErrorCode::BadRequest => StatusCode::BAD_REQUEST,
                ErrorCode::NotFound => StatusCode::NOT_FOUND,
                ErrorCode::Conflict => StatusCode::CONFLICT,
                ErrorCode::UnknownLocation => StatusCode::BAD_REQUEST,
                ErrorCode::NoEligibleRegion => StatusCode::CONFLICT,
                _ => StatusCode::INTERNAL_SERVER_ERROR,
            };
            crate::routes::errors::answer(status, e)
        }
    }
}

async fn list(State(s): State<AppState>) -> Response {
    Json(boundary::regions(&s.guard)).into_response()
}

#[derive(serde::Deserialize)]
struct OptimalQuery {
    location: Option<String>,
    lang: Option<String>,
}

async fn optimal(State(s): State<AppState>, ApiQuery(q): ApiQuery<OptimalQuery>) -> Response {
    let lang = match guard_engine::boundary::scaling::lang(q.lang.as_deref()) {
        Ok(l) => l,
        Err(e) => {
            let unknown = crate::routes::errors::unknown_language(q.lang.as_deref().unwrap_or_default().trim());
            return crate::routes::errors::said(reply::<()>(Err(e)), unknown);
        }
    };
    reply(boundary::optimal_region(&s.guard, q.location.as_deref().unwrap_or(""), lang))
}

async fn locations() -> Response {
    Json(boundary::locations()).into_response()
}

async fn activate(State(s): State<AppState>, Caller(p): Caller, Path(region): Path<String>) -> Response {
    crate::routes::errors::about_region(
        reply(boundary::set_region_active(&s.guard, &region, true, &p.user).await),
        &region,
    )
}

async fn deactivate(State(s): State<AppState>, Caller(p): Caller, Path(region): Path<String>) -> Response {
    crate::routes::errors::about_region(
        reply(boundary::set_region_active(&s.guard, &region, false, &p.user).await),
        &region,
    )
}

async fn validate(
    State(s): State<AppState>,
    Caller(p): Caller,
    body: Result<Json<ValidateRequest>, JsonRejection>,
) -> Response {
    let b = match body {
        Ok(Json(b)) => b,
        Err(e) => {
            return reply::<()>(Err(ApiError::said(ErrorCode::BadRequest, crate::routes::errors::json_rejection(&e))));
        }
    };
    let lang = match b.lang.as_deref() {
        None => Lang::En,
        Some(l) => match l.parse::<Lang>() {
            Ok(l) => l,
            Err(_) => {
                return reply::<()>(Err(ApiError::said(
                    ErrorCode::BadRequest,
                    guard_engine::api::field_problem("lang", crate::routes::errors::unknown_language(l)),
                )));
            }
        },
    };
    reply(boundary::validate(&s.guard, &b, lang.code(), &p.user, |key| localizer().translate(key, lang)).await)
}
