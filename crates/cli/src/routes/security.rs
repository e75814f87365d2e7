//! Security routes: login/logout/session, first-run setup, users, API tokens, the audit log and
//! security findings.

use std::time::Duration;

use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use guard_engine::api::{ApiError, ErrorCode};
use guard_engine::security::{Permission, PermissionSet, SecurityError, SetupError};
use serde::Deserialize;
use serde_json::json;

use super::secure::{Access, Bearer, Caller, Peer, SecureRouter, denied_response};
use crate::server::AppState;

pub fn routes() -> SecureRouter {
    use Access::*;
    SecureRouter::new()
        .post("/api/login", Public, login)
        .post("/api/logout", Authenticated, logout)
        .get("/api/session", Public, session)
        .post("/api/setup", Public, setup)
        .get("/api/users", Requires(Permission::ManageUsers), users)
        .post("/api/users", Requires(Permission::ManageUsers), add_user)
        .post("/api/tokens", Requires(Permission::ManageUsers), issue_token)
        .delete("/api/tokens/{jti}", Requires(Permission::ManageUsers), revoke_token)
        .get("/api/audit", Requires(Permission::ViewAudit), audit_recent)
        .get("/api/audit/verify", Requires(Permission::ViewAudit), audit_verify)
        .get("/api/security/findings", Requires(Permission::ViewAudit), findings)
}

pub fn security_error(e: SecurityError) -> Response {
    let (status, code, msg) = match &e {
        SecurityError::Invalid(m) => (StatusCode::BAD_REQUEST, ErrorCode::BadRequest, m.clone()),
        SecurityError::Conflict(m) => (StatusCode::CONFLICT, ErrorCode::Conflict, m.clone()),
        SecurityError::NotFound(m) => (StatusCode::NOT_FOUND, ErrorCode::NotFound, m.clone()),
        _ => {
            tracing::error!(error = %e, "security request failed");
            (StatusCode::INTERNAL_SERVER_ERROR, ErrorCode::Internal, "internal error; see the server log".to_string())
        }
    };
    (status, Json(ApiError { code, message: msg })).into_response()
}

fn bad_json(e: JsonRejection) -> Response {
    (StatusCode::BAD_REQUEST, Json(ApiError { code: ErrorCode::BadRequest, message: e.body_text() })).into_response()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LoginBody {
    username: String,
    password: String,
}

/// `POST /api/login {"username","password"}` → `{"token","expires_at_ms"}`; 401, 429, 503.
async fn login(State(s): State<AppState>, peer: Peer, body: Result<Json<LoginBody>, JsonRejection>) -> Response {
    let body = match body {
        Ok(Json(b)) => b,
        Err(e) => return bad_json(e),
    };
    match s.guard.security().authenticate(&body.username, &body.password, &peer.source).await {
        Ok(t) => {
            // The account's saved UI language, so the UI can switch to it at login.
            let language = s.guard.security().user_language(&body.username).await.ok().flatten();
            Json(json!({ "token": t.token, "expires_at_ms": t.expires_at_ms, "language": language })).into_response()
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
    match s.guard.security().complete_setup(&body.setup_token, &body.username, &body.password, peer.loopback, &peer.source).await {
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

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AddUserBody {
    name: String,
    role: String,
    password: String,
}

async fn add_user(State(s): State<AppState>, Caller(p): Caller, body: Result<Json<AddUserBody>, JsonRejection>) -> Response {
    let Json(b) = match body {
        Ok(b) => b,
        Err(e) => return bad_json(e),
    };
    match s.guard.security().create_user(&b.name, &b.role, &b.password, &p.user).await {
        Ok(()) => (StatusCode::CREATED, Json(json!({ "user": b.name, "role": b.role }))).into_response(),
        Err(e) => security_error(e),
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TokenBody {
    user: String,
    /// Lifetime in seconds (default 3600).
    ttl_s: Option<u64>,
    permissions: Option<Vec<Permission>>,
}

/// `POST /api/tokens {"user","ttl_s","permissions"}`: an API token for scripts/Alertmanager.
async fn issue_token(State(s): State<AppState>, Caller(p): Caller, peer: Peer, body: Result<Json<TokenBody>, JsonRejection>) -> Response {
    if let Err(d) = s.guard.security().check_rate(&peer.source) {
        return denied_response(&d);
    }
    let b = match body {
        Ok(Json(b)) => b,
        Err(e) => return bad_json(e),
    };
    let scope = b.permissions.map(|v| v.into_iter().collect::<PermissionSet>());
    match s.guard.security().issue_api_token(&b.user, Duration::from_secs(b.ttl_s.unwrap_or(3600)), scope, &p.user).await {
        Ok(t) => (StatusCode::CREATED, Json(t)).into_response(),
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

async fn audit_recent(State(s): State<AppState>, Query(q): Query<LimitQuery>) -> Response {
    match s.guard.audit().recent(q.limit.unwrap_or(200).clamp(1, 5000)).await {
        Ok(rows) => Json(rows).into_response(),
        Err(e) => security_error(e),
    }
}

async fn audit_verify(State(s): State<AppState>) -> Response {
    match s.guard.audit().verify().await {
        Ok(Ok(v)) => Json(json!({ "ok": true, "rows": v.rows, "head": v.head })).into_response(),
        Ok(Err(b)) => Json(json!({ "ok": false, "row": b.row(), "message": b.to_string() })).into_response(),
        Err(e) => security_error(e),
    }
}

async fn findings(State(s): State<AppState>, Query(q): Query<LimitQuery>) -> Response {
    match s.guard.security().findings(q.limit.unwrap_or(200).clamp(1, 5000)).await {
        Ok(f) => Json(f).into_response(),
        Err(e) => security_error(e),
    }
}

