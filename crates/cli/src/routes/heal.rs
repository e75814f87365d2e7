//! Healing routes: heal now / dry-run plan, incidents, stats, pause/resume, maintenance
//! windows, recovery-ladder preferences, notification deliveries and the Alertmanager
//! webhook. One-line adapters over `PipelineGuard` methods.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use guard_engine::api::ErrorCode;
use guard_engine::boundary::heal::MaintenanceRequest;
use guard_engine::clock::unix_ms;
use guard_engine::heal::DryRun;
use guard_engine::security::{Principal, PrincipalKind};
use guard_i18n::Lang;
use serde::Deserialize;

use crate::routes::secure::{Caller, SecureRouter};
use crate::routes::site::JsonBytes;
use crate::server::{ApiQuery, AppState, HttpError};

/// Healing routes, each with the permission it needs.
pub fn routes() -> SecureRouter {
    SecureRouter::new()
        .op("heal", heal)
        .op("plan", plan)
        .op("incidents", incidents)
        .op("healing_stats", stats)
        .op("healing_actions", actions)
        .op("healing_pause", pause)
        .op("healing_resume", resume)
        .op("add_maintenance_window", maintenance)
        .op("alertmanager", alertmanager)
        .op("preferences", preferences)
        .op("set_preferences", set_preferences)
        .op("notification_deliveries", deliveries)
        .op("incident_assignees", assignees)
        .op("acknowledge_incident", acknowledge)
        .op("assign_incident", assign)
        .op("add_incident_note", add_note)
}

fn bad(msg: impl Into<String>) -> HttpError {
    HttpError::new(StatusCode::BAD_REQUEST, ErrorCode::BadRequest, msg)
}

/// Parse a JSON body ourselves so a bad one gets our `{code, message}` with the reason.
fn json_body<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, HttpError> {
    serde_json::from_slice(body)
        .map_err(|e| bad(format!("invalid JSON body: {e}")).said(crate::routes::errors::bad_json(&e)))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HealBody {
    strategy: String,
    #[serde(default)]
    dry_run: Option<DryRun>,
}

/// The ticket's plan is said in the caller's language (`?lang=`, account, `Accept-Language`).
async fn heal(
    State(s): State<AppState>,
    Caller(p): Caller,
    headers: HeaderMap,
    Path(name): Path<String>,
    ApiQuery(q): ApiQuery<LangQuery>,
    JsonBytes(body): JsonBytes,
) -> Result<Response, HttpError> {
    let b: HealBody = json_body(&body)?;
    let dry = b.dry_run.unwrap_or(DryRun::No);
    let lang = caller_lang(&s, &p, &headers, q.lang.as_deref()).await?;
    let ticket = s.guard.heal_in(&name, &b.strategy, dry, lang, &p.user).await?;
    let code = if dry == DryRun::Yes { StatusCode::OK } else { StatusCode::ACCEPTED };
    Ok((code, Json(ticket)).into_response())
}

#[derive(Deserialize)]
struct LangQuery {
    lang: Option<String>,
}

/// `?lang=de` says why healing waits, and what each step would do, in that language (any of
/// the ten); without it the caller's account language, else `Accept-Language`, else English.
async fn plan(
    State(s): State<AppState>,
    Caller(p): Caller,
    headers: HeaderMap,
    Path(name): Path<String>,
    ApiQuery(q): ApiQuery<LangQuery>,
) -> Result<impl IntoResponse, HttpError> {
    let lang = caller_lang(&s, &p, &headers, q.lang.as_deref()).await?;
    Ok(Json(s.guard.plan_in(&name, lang)?))
}

/// `?lang=` when given (one of the ten, else a bad request), else [`reader_lang`].
pub(crate) async fn caller_lang(
    s: &AppState,
    p: &Principal,
    headers: &HeaderMap,
    asked: Option<&str>,
) -> Result<Lang, HttpError> {
    let unknown = |e: guard_engine::api::ApiError| {
        bad(e.message).said(crate::routes::errors::unknown_language(asked.unwrap_or_default().trim()))
    };
    match guard_engine::boundary::lang_param(asked).map_err(unknown)? {
        None => Ok(reader_lang(s, p, headers).await),
        Some(l) => Ok(l),
    }
}

/// Reasons and timelines in `?lang=`, else the caller's account language, else the first of
/// `Accept-Language` we speak, else English.
async fn incidents(
    State(s): State<AppState>,
    Caller(p): Caller,
    headers: HeaderMap,
    ApiQuery(q): ApiQuery<guard_engine::boundary::IncidentsQuery>,
) -> Result<impl IntoResponse, HttpError> {
    // An unknown `lang` is refused in the caller's language (the engine's own check is English).
    if let Err(e) = guard_engine::boundary::lang_param(q.lang.as_deref()) {
        return Err(
            bad(e.message).said(crate::routes::errors::unknown_language(q.lang.as_deref().unwrap_or_default().trim()))
        );
    }
    let otherwise =
        if q.lang.as_deref().is_some_and(|l| !l.is_empty()) { Lang::En } else { reader_lang(&s, &p, &headers).await };
    Ok(Json(guard_engine::boundary::incidents_in(&s.guard, &q, otherwise).await?))
}

/// The language a caller reads: the one saved with their account, else `Accept-Language`.
async fn reader_lang(s: &AppState, p: &Principal, headers: &HeaderMap) -> Lang {
    if p.kind != PrincipalKind::Anonymous
        && let Ok(Some(l)) = s.guard.security().user_language(&p.user).await
        && let Ok(lang) = l.parse::<Lang>()
    {
        return lang;
    }
    headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).map(accept_language).unwrap_or(Lang::En)
}

/// `de-CH, fr;q=0.9, en;q=0.8` → the best of the ten languages by weight (English if none).
pub(crate) fn accept_language(h: &str) -> Lang {
    let mut tags: Vec<(f32, &str)> = h
        .split(',')
        .filter_map(|part| {
            let mut it = part.split(';');
            let tag = it.next()?.trim();
            let q = it.find_map(|p| p.trim().strip_prefix("q=")).map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
            (!tag.is_empty() && tag != "*" && q > 0.0).then_some((q, tag))
        })
        .collect();
    tags.sort_by(|a, b| b.0.total_cmp(&a.0));
    let tags: Vec<&str> = tags.into_iter().map(|(_, t)| t).collect();
    Lang::negotiate(&tags)
}

async fn stats(State(s): State<AppState>) -> Result<impl IntoResponse, HttpError> {
    Ok(Json(s.guard.get_healing_stats().await?))
}

#[derive(Deserialize)]
struct ActionsQuery {
    component: Option<String>,
    limit: Option<i64>,
    lang: Option<String>,
}

/// Step details in `?lang=`, else the caller's account language, else `Accept-Language`.
async fn actions(
    State(s): State<AppState>,
    Caller(p): Caller,
    headers: HeaderMap,
    ApiQuery(q): ApiQuery<ActionsQuery>,
) -> Result<impl IntoResponse, HttpError> {
    let lang = caller_lang(&s, &p, &headers, q.lang.as_deref()).await?;
    Ok(Json(s.guard.healing_actions_in(q.component.as_deref(), q.limit.unwrap_or(100).clamp(1, 5000), lang).await?))
}

#[derive(Deserialize)]
struct Scope {
    component: Option<String>,
    lang: Option<String>,
}

async fn pause(
    State(s): State<AppState>,
    Caller(p): Caller,
    headers: HeaderMap,
    ApiQuery(q): ApiQuery<Scope>,
) -> Result<impl IntoResponse, HttpError> {
    let lang = caller_lang(&s, &p, &headers, q.lang.as_deref()).await?;
    s.guard.pause_healing(q.component.as_deref(), &p.user).await?;
    Ok(Json(s.guard.healing_overview_in(lang)))
}

async fn resume(
    State(s): State<AppState>,
    Caller(p): Caller,
    headers: HeaderMap,
    ApiQuery(q): ApiQuery<Scope>,
) -> Result<impl IntoResponse, HttpError> {
    let lang = caller_lang(&s, &p, &headers, q.lang.as_deref()).await?;
    s.guard.resume_healing(q.component.as_deref(), &p.user).await?;
    Ok(Json(s.guard.healing_overview_in(lang)))
}

async fn maintenance(
    State(s): State<AppState>,
    Caller(p): Caller,
    headers: HeaderMap,
    JsonBytes(body): JsonBytes,
) -> Result<impl IntoResponse, HttpError> {
    let b: MaintenanceRequest = json_body(&body)?;
    let w = b.window(unix_ms()).map_err(|e| HttpError::api(StatusCode::BAD_REQUEST, e))?;
    let lang = reader_lang(&s, &p, &headers).await;
    s.guard.add_maintenance_window(w, &p.user).await?;
    Ok(Json(s.guard.healing_overview_in(lang)))
}

async fn alertmanager(
    State(s): State<AppState>,
    Caller(p): Caller,
    JsonBytes(body): JsonBytes,
) -> Result<impl IntoResponse, HttpError> {
    let v: serde_json::Value = json_body(&body)?;
    // A payload the engine cannot read: what it found wrong stays an argument (the engine's
    // `api-error-alertmanager-payload`).
    let answer = s.guard.alertmanager(&v, &p.user).await?;
    Ok(Json(answer))
}

async fn preferences(State(s): State<AppState>, Path(name): Path<String>) -> Result<impl IntoResponse, HttpError> {
    Ok(Json(s.guard.component_preferences(&name)?))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PreferencesBody {
    /// Step names in order; `null` restores the config's ladder.
    recovery: Option<Vec<String>>,
}

async fn set_preferences(
    State(s): State<AppState>,
    Caller(p): Caller,
    Path(name): Path<String>,
    JsonBytes(body): JsonBytes,
) -> Result<impl IntoResponse, HttpError> {
    let b: PreferencesBody = json_body(&body)?;
    Ok(Json(s.guard.set_component_preferences(&name, b.recovery, &p.user).await?))
}

#[derive(Deserialize)]
struct Limit {
    limit: Option<i64>,
}

async fn deliveries(State(s): State<AppState>, ApiQuery(q): ApiQuery<Limit>) -> Result<impl IntoResponse, HttpError> {
    Ok(Json(s.guard.notification_deliveries(q.limit.unwrap_or(100)).await?))
}

/// An incident id from the path; anything but a number is a bad request.
fn incident_id(text: &str) -> Result<i64, HttpError> {
    text.parse().map_err(|_| bad(format!("`{text}` is not an incident id (expected a number)")))
}

async fn assignees(State(s): State<AppState>) -> Result<impl IntoResponse, HttpError> {
    Ok(Json(s.guard.incident_assignees().await?))
}

async fn acknowledge(
    State(s): State<AppState>,
    Caller(p): Caller,
    headers: HeaderMap,
    Path(id): Path<String>,
    ApiQuery(q): ApiQuery<LangQuery>,
) -> Result<impl IntoResponse, HttpError> {
    let lang = caller_lang(&s, &p, &headers, q.lang.as_deref()).await?;
    Ok(Json(s.guard.acknowledge_incident(incident_id(&id)?, &p.user, lang).await?))
}

async fn assign(
    State(s): State<AppState>,
    Caller(p): Caller,
    headers: HeaderMap,
    Path(id): Path<String>,
    ApiQuery(q): ApiQuery<LangQuery>,
    JsonBytes(body): JsonBytes,
) -> Result<impl IntoResponse, HttpError> {
    let b: guard_engine::heal::work::AssignRequest = json_body(&body)?;
    let lang = caller_lang(&s, &p, &headers, q.lang.as_deref()).await?;
    Ok(Json(s.guard.assign_incident(incident_id(&id)?, b.account.as_deref(), &p.user, lang).await?))
}

async fn add_note(
    State(s): State<AppState>,
    Caller(p): Caller,
    headers: HeaderMap,
    Path(id): Path<String>,
    ApiQuery(q): ApiQuery<LangQuery>,
    JsonBytes(body): JsonBytes,
) -> Result<impl IntoResponse, HttpError> {
    let b: guard_engine::heal::work::NoteRequest = json_body(&body)?;
    let lang = caller_lang(&s, &p, &headers, q.lang.as_deref()).await?;
    Ok(Json(s.guard.add_incident_note(incident_id(&id)?, &b.text, &p.user, lang).await?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_the_best_language_we_speak() {
        let cases = [
            ("de-CH, fr;q=0.9, en;q=0.8", Lang::De),
            ("xx, fr;q=0.5, ja;q=0.7", Lang::Ja),
            ("pt-BR", Lang::PtBr),
            ("zh-CN,zh;q=0.9", Lang::ZhCn),
            ("ar;q=0, ko;q=0.1", Lang::Ko),
            ("*", Lang::En),
            ("", Lang::En),
            ("tlh", Lang::En),
        ];
        for (h, want) in cases {
            assert_eq!(accept_language(h), want, "{h}");
        }
    }
}
