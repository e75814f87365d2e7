//! Account administration at the boundary: request bodies with their defaults and the answers
//! of `/api/users`, `/api/tokens`, `/api/audit*` and `/api/security/findings`, shared with the
//! app's `users`, `add_user`, `issue_token`, `audit_verify`, … commands.

use std::time::Duration;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::api::{ApiError, ErrorCode};
use crate::security::{Permission, PermissionSet, SecurityError, SecurityManager};

/// `POST /api/users` / `add_user`: a new account.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct NewUser {
    pub name: String,
    pub role: String,
    pub password: String,
}

/// `POST /api/tokens` / `issue_token`: an API token for `user`, valid `ttl_s` seconds (default
/// 3,600; at most `security.api_token_max_ttl`, else 400), scoped to `permissions` (default: the
/// account's role; never more than the caller holds, else 403).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct TokenRequest {
    pub user: String,
    #[ts(optional, type = "number")]
    pub ttl_s: Option<u64>,
    #[ts(optional)]
    pub permissions: Option<Vec<Permission>>,
}

impl TokenRequest {
    pub fn ttl(&self) -> Duration {
        Duration::from_secs(self.ttl_s.unwrap_or(3600))
    }
    pub fn scope(&self) -> Option<PermissionSet> {
        self.permissions.clone().map(|v| v.into_iter().collect())
    }
}

/// Rows of the audit log or of security findings to list (default 200, at most 5,000).
pub fn list_limit(limit: Option<i64>) -> i64 {
    limit.unwrap_or(200).clamp(1, 5000)
}

/// The answer of `GET /api/audit/verify`: `ok` with the rows and head, or the first broken row.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct AuditCheck {
    pub ok: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional, type = "number")]
    pub rows: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub head: Option<String>,
    /// The first row that was edited, deleted, inserted or relinked.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional, type = "number")]
    pub row: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub message: Option<String>,
    /// `message` as a message (`audit-evidence.ftl`), for the UI to say in its language.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub msg: Option<crate::heal::timeline::Msg>,
}

/// Verify the hash chain of the audit log.
pub async fn audit_check(sec: &SecurityManager) -> Result<AuditCheck, SecurityError> {
    Ok(match sec.audit().verify().await? {
        Ok(v) => AuditCheck { ok: true, rows: Some(v.rows), head: Some(v.head), row: None, message: None, msg: None },
        Err(b) => AuditCheck {
            ok: false,
            rows: None,
            head: None,
            row: Some(b.row()),
            message: Some(b.to_string()),
            msg: Some(b.msg()),
        },
    })
}

/// The `{code, message, msg}` a security error becomes (internal ones logged, answered generically).
pub fn security_error(e: &SecurityError) -> ApiError {
    match e {
        SecurityError::Invalid(m) => ApiError::said(ErrorCode::BadRequest, m.clone()),
        SecurityError::Conflict(m) => ApiError::said(ErrorCode::Conflict, m.clone()),
        SecurityError::Forbidden(m) => ApiError::said(ErrorCode::Forbidden, m.clone()),
        SecurityError::NotFound(m) => ApiError::said(ErrorCode::NotFound, m.clone()),
        _ => {
            tracing::error!(error = %e, "security request failed");
            ApiError::internal()
        }
    }
}

/// `POST /api/login`: a password sign-in (the browser only; the app acts as the OS user).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct LoginRequest {
    pub username: String,
    pub password: String,
}

/// The answer to a sign-in: the session token, when it expires, and the UI language saved with
/// the account (the UI switches to it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct LoginAnswer {
    pub token: String,
    #[ts(type = "number")]
    pub expires_at_ms: i64,
    pub language: Option<String>,
}

/// `GET /api/account`: the signed-in account and its saved UI language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct AccountView {
    pub user: String,
    pub role: String,
    pub language: Option<String>,
}

/// `PUT /api/account/language`: the UI language to save (`null` forgets it).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct LanguageChange {
    pub language: Option<String>,
}

/// The answer to a [`LanguageChange`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct LanguageSaved {
    pub user: String,
    pub language: Option<String>,
}
