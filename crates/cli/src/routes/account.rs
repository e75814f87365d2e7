//! The caller's own account and the data-subject rights of operator accounts:
//!
//! - `GET /api/account` (any valid token): name, role, saved UI language;
//! - `PUT /api/account/language {"language": "pt-BR" | null}`: the UI language remembered with
//!   the account (migration 0009), applied by the UI at login;
//! - `GET /api/account/export`: the caller's own data (right of access);
//! - `GET /api/users/{name}/export` (MANAGE_USERS): any account's data;
//! - `POST /api/users/{name}/erase` (MANAGE_USERS): erase an account (right to erasure); its
//!   audit rows keep only an unlinkable pseudonym, so the chain still verifies.
//!
//! Exports and erasures are audited and counted as data-subject requests (engine:
//! `security/privacy.rs`).

use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use guard_engine::api::{ApiError, ErrorCode};
use guard_engine::boundary::security::{AccountView, LanguageChange, LanguageSaved};
use guard_engine::security::PrincipalKind;
use guard_i18n::Lang;
use serde_json::json;

use super::secure::{Caller, SecureRouter};
use super::security::security_error;
use crate::server::AppState;

pub fn routes() -> SecureRouter {
    SecureRouter::new()
        .op("account", account)
        .op("set_account_language", set_language)
        .op("export_own_data", export_own)
        .op("export_user_data", export_user)
        .op("erase_user", erase_user)
}

fn error(status: StatusCode, code: ErrorCode, message: impl Into<String>) -> Response {
    (status, Json(ApiError::new(code, message))).into_response()
}

fn no_account() -> Response {
    let err = ApiError::said(ErrorCode::NotFound, guard_engine::heal::timeline::Msg::new("api-error-no-account"));
    crate::routes::errors::answer(StatusCode::NOT_FOUND, err)
}

async fn account(State(s): State<AppState>, Caller(p): Caller) -> Response {
    if p.kind == PrincipalKind::Anonymous {
        return Json(AccountView { user: p.user, role: p.role, language: None }).into_response();
    }
    match s.guard.security().user_language(&p.user).await {
        Ok(language) => Json(AccountView { user: p.user, role: p.role, language }).into_response(),
        Err(e) => security_error(e),
    }
}

async fn set_language(
    State(s): State<AppState>,
    Caller(p): Caller,
    body: Result<Json<LanguageChange>, JsonRejection>,
) -> Response {
    let body = match body {
        Ok(Json(b)) => b,
        Err(e) => {
            let res = error(StatusCode::BAD_REQUEST, ErrorCode::BadRequest, e.body_text());
            return crate::routes::errors::said(res, crate::routes::errors::json_rejection(&e));
        }
    };
    let lang = match body.language.as_deref() {
        None => None,
        Some(code) => match code.parse::<Lang>() {
            Ok(l) => Some(l),
            Err(_) => {
                let msg = guard_engine::api::field_problem("language", guard_engine::api::unknown_language(code));
                return crate::routes::errors::answer(
                    StatusCode::BAD_REQUEST,
                    ApiError::said(ErrorCode::BadRequest, msg),
                );
            }
        },
    };
    if p.kind == PrincipalKind::Anonymous {
        return no_account();
    }
    let sec = s.guard.security();
    if let Err(e) = sec.set_user_language(&p.user, lang.map(|l| l.code())).await {
        return security_error(e);
    }
    if let Err(e) =
        sec.audit().append(&p.user, "account.language", &p.user, json!({ "language": lang.map(|l| l.code()) })).await
    {
        return security_error(e);
    }
    Json(LanguageSaved { user: p.user, language: lang.map(|l| l.code().to_string()) }).into_response()
}

fn attachment(name: &str, export: &guard_engine::security::AccountExport) -> Response {
    let mut resp = Json(export).into_response();
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"account-{name}.json\"")) {
        resp.headers_mut().insert(header::CONTENT_DISPOSITION, v);
    }
    resp
}

async fn export_own(State(s): State<AppState>, Caller(p): Caller) -> Response {
    if p.kind == PrincipalKind::Anonymous {
        return no_account();
    }
    match s.guard.security().export_account(&p.user, &p.user).await {
        Ok(x) => attachment(&p.user, &x),
        Err(e) => security_error(e),
    }
}

async fn export_user(State(s): State<AppState>, Caller(p): Caller, Path(name): Path<String>) -> Response {
    match s.guard.security().export_account(&name, &p.user).await {
        Ok(x) => attachment(&name, &x),
        Err(e) => crate::routes::errors::about_user(security_error(e), &name),
    }
}

async fn erase_user(State(s): State<AppState>, Caller(p): Caller, Path(name): Path<String>) -> Response {
    match s.guard.security().erase_account(&name, &p.user).await {
        Ok(out) => Json(out).into_response(),
        Err(e) => crate::routes::errors::about_user(security_error(e), &name),
    }
}
