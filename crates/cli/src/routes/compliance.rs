//! Regions and data operations:
//!
//! - `GET /api/regions` (MONITOR_HEALTH): the six regions with jurisdiction, map position and
//!   whether each is active;
//! - `POST /api/regions/{region}/activate`, `…/deactivate` (MANAGE_COMPONENTS): the brief's
//!   `activate_region` / `deactivate_region`, kept across restarts (`region_state`) and audited;
//! - `POST /api/compliance/validate` (MONITOR_HEALTH): the brief's `validate_data_operation`,
//!   with its restriction texts in the requested language (`locales/*/compliance.ftl`); a
//!   blocked operation is audited.

use std::sync::OnceLock;

use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use guard_engine::api::{ApiError, ErrorCode};
use guard_engine::compliance::{self, DataOperation, Operation, Standard};
use guard_engine::model::Region;
use guard_engine::regions::{self, DataCategory};
use guard_engine::security::Permission;
use guard_i18n::{Lang, Localizer};
use serde::Deserialize;
use serde_json::json;

use super::secure::{Access, Caller, SecureRouter};
use crate::server::AppState;

pub fn routes() -> SecureRouter {
    use Access::*;
    SecureRouter::new()
        .get("/api/regions", Requires(Permission::MonitorHealth), list)
        .post("/api/regions/{region}/activate", Requires(Permission::ManageComponents), activate)
        .post("/api/regions/{region}/deactivate", Requires(Permission::ManageComponents), deactivate)
        .post("/api/compliance/validate", Requires(Permission::MonitorHealth), validate)
}

fn localizer() -> &'static Localizer {
    static LOC: OnceLock<Localizer> = OnceLock::new();
    LOC.get_or_init(Localizer::embedded)
}

fn bad(message: impl Into<String>) -> Response {
    (StatusCode::BAD_REQUEST, Json(ApiError { code: ErrorCode::BadRequest, message: message.into() })).into_response()
}

fn region_list(s: &AppState) -> serde_json::Value {
    let m = s.guard.regions();
    json!(regions::REGIONS
        .iter()
        .map(|r| json!({ "region": r.region, "jurisdiction": r.jurisdiction.as_str(), "lat": r.lat, "lon": r.lon, "active": m.is_active(r.region) }))
        .collect::<Vec<_>>())
}

async fn list(State(s): State<AppState>) -> Response {
    Json(region_list(&s)).into_response()
}

async fn set(s: AppState, user: &str, region: &str, active: bool) -> Response {
    let Some(r) = Region::parse(region) else {
        let all: Vec<&str> = Region::ALL.iter().map(|r| r.as_str()).collect();
        return (StatusCode::NOT_FOUND, Json(ApiError { code: ErrorCode::NotFound, message: format!("unknown region `{region}`, expected one of {}", all.join(", ")) })).into_response();
    };
    let audit = s.guard.audit().clone();
    match s.guard.regions().set_active(s.guard.history().pool(), r, active, guard_engine::clock::unix_ms(), user, &audit).await {
        Ok(changed) => Json(json!({ "region": r, "active": active, "changed": changed, "regions": region_list(&s) })).into_response(),
        Err(guard_engine::regions::RegionStoreError::Region(e)) => (StatusCode::CONFLICT, Json(ApiError { code: ErrorCode::Conflict, message: e.to_string() })).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "region change failed");
            (StatusCode::INTERNAL_SERVER_ERROR, Json(ApiError { code: ErrorCode::Internal, message: "internal error; see the server log".into() })).into_response()
        }
    }
}

async fn activate(State(s): State<AppState>, Caller(p): Caller, Path(region): Path<String>) -> Response {
    set(s, &p.user, &region, true).await
}

async fn deactivate(State(s): State<AppState>, Caller(p): Caller, Path(region): Path<String>) -> Response {
    set(s, &p.user, &region, false).await
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ValidateBody {
    operation: String,
    data_type: String,
    user_region: String,
    destination: Option<String>,
    /// Default: the config's `compliance.standards`.
    standards: Option<Vec<String>>,
    lang: Option<String>,
}

async fn validate(State(s): State<AppState>, Caller(p): Caller, body: Result<Json<ValidateBody>, JsonRejection>) -> Response {
    let b = match body {
        Ok(Json(b)) => b,
        Err(e) => return bad(e.body_text()),
    };
    let Some(operation) = Operation::parse(&b.operation) else {
        return bad(format!("operation: unknown `{}`, expected one of {}", b.operation, Operation::ALL.map(|o| o.as_str()).join(", ")));
    };
    let Some(data_type) = DataCategory::parse(&b.data_type) else {
        return bad(format!("data_type: unknown `{}`, expected one of {}", b.data_type, DataCategory::ALL.map(|c| c.as_str()).join(", ")));
    };
    let Some(user_region) = Region::parse(&b.user_region) else { return bad(format!("user_region: unknown region `{}`", b.user_region)) };
    let destination = match b.destination.as_deref().map(|d| Region::parse(d).ok_or(d)) {
        None => None,
        Some(Ok(r)) => Some(r),
        Some(Err(d)) => return bad(format!("destination: unknown region `{d}`")),
    };
    let standards = match &b.standards {
        Some(list) => match Standard::parse_list(&list.join(",")) {
            Ok(v) => v,
            Err(e) => return bad(format!("standards: {e}")),
        },
        None => s.guard.config().pipeline.compliance.standards.iter().filter_map(|x| Standard::parse(x)).collect(),
    };
    let lang = match b.lang.as_deref() {
        None => Lang::En,
        Some(l) => match l.parse::<Lang>() {
            Ok(l) => l,
            Err(_) => return bad(format!("lang: unknown language `{l}`")),
        },
    };
    let op = DataOperation { operation, data_type, user_region, destination, standards };
    let audit = s.guard.audit().clone();
    let mut v = compliance::audit::validate_and_audit(&op, &p.user, &audit).await;
    for r in &mut v.restrictions {
        r.text = localizer().translate(&r.key, lang);
    }
    Json(json!({ "allowed": v.allowed, "restrictions": v.restrictions, "articles": v.articles, "lang": lang.code() })).into_response()
}
