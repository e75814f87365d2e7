//! Component management routes: the entry as written in the config file, add, replace,
//! pause/resume, delete (`guard_engine::manage`). A change the validator refuses answers 422
//! with the problems beside their fields (`ComponentChangeResult`), nothing written.
//! One-line adapters over `PipelineGuard`.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use guard_engine::manage::{ComponentChangeResult, ComponentConfigView, ComponentDelete};
use serde::Deserialize;

use crate::routes::heal::caller_lang;
use crate::routes::secure::{Caller, SecureRouter};
use crate::routes::site::JsonBytes;
use crate::server::{ApiQuery, AppState, HttpError};

pub fn routes() -> SecureRouter {
    SecureRouter::new()
        .op("component_config", config)
        .op("add_component", add)
        .op("replace_component", replace)
        .op("pause_component", pause)
        .op("resume_component", resume)
        .op("delete_component", delete)
}

#[derive(Deserialize)]
struct LangQuery {
    lang: Option<String>,
}

#[derive(Deserialize)]
struct DeleteQuery {
    lang: Option<String>,
    #[serde(default)]
    purge: bool,
}

/// 200 with the component when applied, 422 with the problems when refused.
fn answer(r: ComponentChangeResult) -> Response {
    super::change_answer(r.applied, r)
}

async fn config(State(s): State<AppState>, Path(name): Path<String>) -> Result<Json<ComponentConfigView>, HttpError> {
    Ok(Json(s.guard.component_config(&name)?))
}

async fn add(
    State(s): State<AppState>,
    Caller(p): Caller,
    headers: HeaderMap,
    ApiQuery(q): ApiQuery<LangQuery>,
    JsonBytes(b): JsonBytes,
) -> Result<Response, HttpError> {
    let lang = caller_lang(&s, &p, &headers, q.lang.as_deref()).await?;
    Ok(answer(s.guard.add_component(super::change_body(&b)?, lang, &p.user).await?))
}

async fn replace(
    State(s): State<AppState>,
    Caller(p): Caller,
    headers: HeaderMap,
    Path(name): Path<String>,
    ApiQuery(q): ApiQuery<LangQuery>,
    JsonBytes(b): JsonBytes,
) -> Result<Response, HttpError> {
    let lang = caller_lang(&s, &p, &headers, q.lang.as_deref()).await?;
    Ok(answer(s.guard.replace_component(&name, super::change_body(&b)?, lang, &p.user).await?))
}

async fn pause(
    State(s): State<AppState>,
    Caller(p): Caller,
    headers: HeaderMap,
    Path(name): Path<String>,
    ApiQuery(q): ApiQuery<LangQuery>,
) -> Result<Response, HttpError> {
    let lang = caller_lang(&s, &p, &headers, q.lang.as_deref()).await?;
    Ok(answer(s.guard.set_component_paused(&name, true, lang, &p.user).await?))
}

async fn resume(
    State(s): State<AppState>,
    Caller(p): Caller,
    headers: HeaderMap,
    Path(name): Path<String>,
    ApiQuery(q): ApiQuery<LangQuery>,
) -> Result<Response, HttpError> {
    let lang = caller_lang(&s, &p, &headers, q.lang.as_deref()).await?;
    Ok(answer(s.guard.set_component_paused(&name, false, lang, &p.user).await?))
}

/// `DELETE /api/components/{name}?purge=true` deletes its history too (never the audit log).
async fn delete(
    State(s): State<AppState>,
    Caller(p): Caller,
    headers: HeaderMap,
    Path(name): Path<String>,
    ApiQuery(q): ApiQuery<DeleteQuery>,
) -> Result<Response, HttpError> {
    let lang = caller_lang(&s, &p, &headers, q.lang.as_deref()).await?;
    Ok(answer(s.guard.delete_component(&name, ComponentDelete { purge: q.purge }, lang, &p.user).await?))
}
