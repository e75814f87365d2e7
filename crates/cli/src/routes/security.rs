//! Security routes: login/logout/session, first-run setup, users, API tokens, the audit log and
//! security findings.

use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use guard_engine::api::{ApiError, ErrorCode};
use guard_engine::boundary::security::{self as boundary, LoginAnswer, LoginRequest, NewUser, TokenRequest};
use guard_engine::security::{SecurityError, SetupError};
use serde::Deserialize;
use serde_json::json;

use super::secure::{Bearer, Caller, Peer, SecureRouter, denied_response};
use crate::server::{ApiQuery, AppState};

pub fn routes() -> SecureRouter {
    SecureRouter::new()
        .op("login", login)
        .op("logout", logout)
        .op("session", session)
        .op("setup", setup)
        .op("users", users)
        .op("add_user", add_user)
        .op("set_user_role", set_role)
        .op("disable_user", disable_user)
        .op("enable_user", enable_user)
        .op("api_tokens", list_tokens)
        .op("issue_token", issue_token)
        .op("revoke_token", revoke_token)
        .op("audit_log", audit_recent)
        .op("audit_verify", audit_verify)
        .op("security_findings", findings)
}

pub fn security_error(e: SecurityError) -> Response {
    let err = boundary::security_error(&e);
    let status = match err.code {
        ErrorCode::BadRequest => StatusCode::BAD_REQUEST,
        ErrorCode::Conflict => StatusCode::CONFLICT,
        ErrorCode::NotFound => StatusCode::NOT_FOUND,
        ErrorCode::Forbidden => StatusCode::FORBIDDEN,
        _ => StatusCode::INTERNAL_SERVER_ERROR,
    };
    crate::routes::errors::answer(status, err)
}

fn bad_json(e: JsonRejection) -> Response {
    let err = ApiError::said(ErrorCode::BadRequest, crate::routes::errors::json_rejection(&e));
    crate::routes::errors::answer(StatusCode::BAD_REQUEST, err)
}

/// `POST /api/login` ([`LoginRequest`]) → [`LoginAnswer`]; 401, 429, 503.
async fn login(State(s): State<AppState>, peer: Peer, body: Result<Json<LoginRequest>, JsonRejection>) -> Response {
    let body = match body {
        Ok(Json(b)) => b,
        Err(e) => return bad_json(e),
    };
    match s.guard.security().authenticate(&body.username, &body.password, &peer.source).await {
        Ok(t) => {
            // The account's saved UI language, so the UI can switch to it at login.
            let language = s.guard.security().user_language(&body.username).await.ok().flatten();
            Json(LoginAnswer { token: t.token, expires_at_ms: t.expires_at_ms, language }).into_response()
        }
        Err(d) => denied_response(&d),
    }
}

async fn logout(State(s): State<AppState>, Caller(p): Caller) -> Response {
    match s.guard.security().logout(&p).await {
        Ok(()) => StatusCode::NO_CONTENT.into_response(),
        Err(e) => security_error(e),
    }
}

/// `GET /api/session`: who the caller is and what they may do (the UI hides the rest).
async fn session(State(s): State<AppState>, peer: Peer, Bearer(token): Bearer) -> Response {
    match s.guard.security().session_view(token.as_deref(), &peer.source).await {
        Ok(v) => Json(v).into_response(),
        Err(d) => denied_response(&d),
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SetupBody {
    setup_token: String,
    username: String,
    password: String,
}

/// `POST /api/setup`: create the first admin with the one-time token printed at startup;
/// loopback clients only.
async fn setup(State(s): State<AppState>, peer: Peer, body: Result<Json<SetupBody>, JsonRejection>) -> Response {
    let body = match body {
        Ok(Json(b)) => b,
        Err(e) => return bad_json(e),
    };
    match s
        .guard
        .security()
        .complete_setup(&body.setup_token, &body.username, &body.password, peer.loopback, &peer.source)
        .await
    {
        Ok(()) => (StatusCode::CREATED, Json(json!({ "user": body.username, "role": "admin" }))).into_response(),
        Err(SetupError::Denied(d)) => denied_response(&d),
        Err(SetupError::Security(e)) => security_error(e),
    }
}

async fn users(State(s): State<AppState>) -> Response {
    match s.guard.security().list_users().await {
        Ok(u) => Json(u).into_response(),
        Err(e) => security_error(e),
    }
}

async fn add_user(
    State(s): State<AppState>,
    Caller(p): Caller,
    body: Result<Json<NewUser>, JsonRejection>,
) -> Response {
    let Json(b) = match body {
        Ok(b) => b,
        Err(e) => return bad_json(e),
    };
    match s.guard.security().create_user_by(&p, &b.name, &b.role, &b.password).await {
        Ok(()) => (StatusCode::CREATED, Json(json!({ "user": b.name, "role": b.role }))).into_response(),
        Err(e) => security_error(e),
    }
}

/// `POST /api/tokens {"user","ttl_s","permissions"}`: an API token for scripts/Alertmanager.
async fn issue_token(
    State(s): State<AppState>,
    Caller(p): Caller,
    peer: Peer,
    body: Result<Json<TokenRequest>, JsonRejection>,
) -> Response {
    if let Err(d) = s.guard.security().check_rate(&peer.source) {
        return denied_response(&d);
    }
    let b = match body {
        Ok(Json(b)) => b,
        Err(e) => return bad_json(e),
    };
    match s.guard.security().issue_api_token_by(&p, &b.user, b.ttl(), b.scope()).await {
        Ok(t) => (StatusCode::CREATED, Json(t)).into_response(),
        Err(e) => security_error(e),
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleBody {
    role: String,
}

/// `PUT /api/users/{name}/role {"role"}`: 409 when it would leave no enabled admin.
async fn set_role(
    State(s): State<AppState>,
    Caller(p): Caller,
    Path(name): Path<String>,
    body: Result<Json<RoleBody>, JsonRejection>,
) -> Response {
    let b = match body {
        Ok(Json(b)) => b,
        Err(e) => return bad_json(e),
    };
    match s.guard.security().set_role_by(&p, &name, &b.role).await {
        Ok(()) => Json(json!({ "user": name, "role": b.role })).into_response(),
        Err(e) => security_error(e),
    }
}

async fn set_disabled(
    s: AppState,
    caller: &guard_engine::security::Principal,
    name: String,
    disabled: bool,
) -> Response {
    match s.guard.security().set_disabled_by(caller, &name, disabled).await {
        Ok(()) => Json(json!({ "user": name, "disabled": disabled })).into_response(),
        Err(e) => crate::routes::errors::about_user(security_error(e), &name),
    }
}

async fn disable_user(State(s): State<AppState>, Caller(p): Caller, Path(name): Path<String>) -> Response {
    set_disabled(s, &p, name, true).await
}

async fn enable_user(State(s): State<AppState>, Caller(p): Caller, Path(name): Path<String>) -> Response {
    set_disabled(s, &p, name, false).await
}

/// `GET /api/tokens`: every API token with its owner (never the token itself).
async fn list_tokens(State(s): State<AppState>) -> Response {
    match s.guard.security().list_tokens().await {
        Ok(t) => Json(t).into_response(),
        Err(e) => security_error(e),
    }
}

async fn revoke_token(State(s): State<AppState>, Caller(p): Caller, Path(jti): Path<String>) -> Response {
    match s.guard.security().revoke(&jti, 0, &p.user).await {
        Ok(()) => StatusCode::NO_CONTENT.into_response(),
        Err(e) => security_error(e),
    }
}

#[derive(Deserialize)]
pub struct LimitQuery {
    limit: Option<i64>,
}

async fn audit_recent(State(s): State<AppState>, ApiQuery(q): ApiQuery<LimitQuery>) -> Response {
    match s.guard.audit().recent(boundary::list_limit(q.limit)).await {
        Ok(rows) => Json(rows).into_response(),
        Err(e) => security_error(e),
    }
}

async fn audit_verify(State(s): State<AppState>) -> Response {
    match boundary::audit_check(s.guard.security()).await {
        Ok(v) => Json(v).into_response(),
        Err(e) => security_error(e),
    }
}

async fn findings(State(s): State<AppState>, ApiQuery(q): ApiQuery<LimitQuery>) -> Response {
    match s.guard.security().findings(boundary::list_limit(q.limit)).await {
        Ok(f) => Json(f).into_response(),
        Err(e) => security_error(e),
    }
}
