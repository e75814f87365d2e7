//! Account administration for the Settings page and the API: every API token with its owner,
//! changing an account's role, disabling and re-enabling it, clearing a sign-in back-off. Each
//! change is audited; none may leave the guard without an enabled administrator.
//!
//! The `*_by` forms are what the API and the desktop app call: the caller may not grant, or act
//! on an account holding, a permission it does not hold itself (so MANAGE_USERS alone cannot
//! make anyone — itself included — an admin). The plain forms are for the terminal, whose user
//! owns the database file anyway.

use serde::Serialize;
use serde_json::json;
use sqlx::Row;
use ts_rs::TS;

use super::permission::{PermissionSet, format_set};
use super::{Principal, PrincipalKind, SecurityError, SecurityManager, backoff, store};
use crate::heal::timeline::Msg;

/// An API token as listed to administrators (never the token itself).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ApiTokenView {
    pub jti: String,
    pub user: String,
    /// Comma-separated permissions of its scope (empty: the account's role).
    pub permissions: String,
    #[ts(type = "number")]
    pub created_ms: i64,
    #[ts(type = "number")]
    pub expires_ms: i64,
    pub revoked: bool,
}

impl SecurityManager {
    /// Every API token, newest first.
    pub async fn list_tokens(&self) -> Result<Vec<ApiTokenView>, SecurityError> {
        let rows = sqlx::query(
            "SELECT t.jti, t.user_name, t.permissions, t.created_ms, t.expires_ms, r.jti IS NOT NULL FROM api_tokens t LEFT JOIN revoked_tokens r ON r.jti = t.jti ORDER BY t.created_ms DESC, t.jti",
        )
        .fetch_all(&self.inner.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|r| ApiTokenView {
                jti: r.get(0),
                user: r.get(1),
                permissions: r.get(2),
                created_ms: r.get(3),
                expires_ms: r.get(4),
                revoked: r.get::<i64, _>(5) != 0,
            })
            .collect())
    }

    /// Enabled administrators other than `name`.
    async fn other_admins(&self, name: &str) -> Result<i64, SecurityError> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE role = 'admin' AND disabled = 0 AND name <> ?")
            .bind(name)
            .fetch_one(&self.inner.pool)
            .await?)
    }

    async fn existing(&self, name: &str) -> Result<store::UserRow, SecurityError> {
        store::get_user(&self.inner.pool, name).await?.ok_or_else(|| SecurityError::NotFound(super::no_user(name)))
    }

    /// Give `name` another role (audited `user.role`).
    pub async fn set_role(&self, name: &str, role: &str, actor: &str) -> Result<(), SecurityError> {
        let u = self.existing(name).await?;
        if store::role_permissions(&self.inner.pool, role).await?.is_none() {
            return Err(SecurityError::Invalid(super::unknown_role(role)));
        }
        if u.role == role {
            return Ok(());
        }
        if u.role == "admin" && !u.disabled && self.other_admins(name).await? == 0 {
            return Err(SecurityError::Conflict(Msg::new("sec-error-last-admin").text("name", name)));
        }
        sqlx::query("UPDATE users SET role = ? WHERE name = ?").bind(role).bind(name).execute(&self.inner.pool).await?;
        self.inner.audit.append(actor, "user.role", name, json!({ "from": u.role, "to": role })).await?;
        Ok(())
    }

    /// Disable `name` (its sessions and tokens stop working at once) or enable it again
    /// (audited `user.disable` / `user.enable`).
    pub async fn set_disabled(&self, name: &str, disabled: bool, actor: &str) -> Result<(), SecurityError> {
        let u = self.existing(name).await?;
        if u.disabled == disabled {
            return Ok(());
        }
        if disabled && u.role == "admin" && self.other_admins(name).await? == 0 {
            return Err(SecurityError::Conflict(Msg::new("sec-error-last-admin").text("name", name)));
        }
        sqlx::query("UPDATE users SET disabled = ? WHERE name = ?")
            .bind(disabled as i64)
            .bind(name)
            .execute(&self.inner.pool)
            .await?;
        self.inner.audit.append(actor, if disabled { "user.disable" } else { "user.enable" }, name, json!({})).await?;
        self.session_changed();
        Ok(())
    }

    async fn role_set(&self, role: &str) -> Result<PermissionSet, SecurityError> {
        store::role_permissions(&self.inner.pool, role)
            .await?
            .ok_or_else(|| SecurityError::Invalid(super::unknown_role(role)))
    }

    /// Refuse (403, audited `user.grant_denied`, a privilege-escalation finding) when `wanted`
    /// holds a permission `caller` does not.
    async fn within_caller(
        &self,
        caller: &Principal,
        wanted: &PermissionSet,
        what: &str,
        action: Msg,
    ) -> Result<(), SecurityError> {
        if caller.kind == PrincipalKind::Anonymous {
            return Ok(());
        }
        let held: PermissionSet = caller.permissions.iter().copied().collect();
        let beyond: PermissionSet = wanted.difference(&held).copied().collect();
        if beyond.is_empty() {
            return Ok(());
        }
        let beyond = format_set(&beyond);
        self.finding(self.inner.threats.escalation(&caller.user, &format!("{what} with {beyond}"), "api")).await;
        self.inner.audit.append(&caller.user, "user.grant_denied", what, json!({ "beyond_caller": beyond })).await?;
        Err(SecurityError::Forbidden(
            Msg::new("sec-error-beyond-caller").text("permissions", beyond).msg("action", action),
        ))
    }

    /// [`SecurityManager::create_user`] for a caller that may not grant more than it holds.
    pub async fn create_user_by(
        &self,
        caller: &Principal,
        name: &str,
        role: &str,
        password: &str,
    ) -> Result<(), SecurityError> {
        let perms = self.role_set(role).await?;
        let action = Msg::new("sec-do-create-user").text("role", role);
        self.within_caller(caller, &perms, &format!("create an account with role {role}"), action).await?;
        self.create_user(name, role, password, &caller.user).await
    }

    /// [`SecurityManager::set_role`] for a caller that may neither grant more than it holds nor
    /// change an account that holds more (itself included).
    pub async fn set_role_by(&self, caller: &Principal, name: &str, role: &str) -> Result<(), SecurityError> {
        let u = self.existing(name).await?;
        let perms = self.role_set(role).await?;
        let action = Msg::new("sec-do-give-role").text("name", name).text("role", role);
        self.within_caller(caller, &perms, &format!("give `{name}` the role {role}"), action).await?;
        let current = self.role_set(&u.role).await.unwrap_or_default();
        let action = Msg::new("sec-do-change-role").text("name", name).text("role", &u.role);
        self.within_caller(caller, &current, &format!("change the role of `{name}` ({})", u.role), action).await?;
        self.set_role(name, role, &caller.user).await
    }

    /// [`SecurityManager::set_disabled`] for a caller that may not act on an account holding more.
    pub async fn set_disabled_by(&self, caller: &Principal, name: &str, disabled: bool) -> Result<(), SecurityError> {
        let u = self.existing(name).await?;
        let current = self.role_set(&u.role).await.unwrap_or_default();
        let action = Msg::new(if disabled { "sec-do-disable" } else { "sec-do-enable" })
            .text("name", name)
            .text("role", &u.role);
        self.within_caller(
            caller,
            &current,
            &format!("{} `{name}` ({})", if disabled { "disable" } else { "enable" }, u.role),
            action,
        )
        .await?;
        self.set_disabled(name, disabled, &caller.user).await
    }

    /// [`SecurityManager::issue_api_token`] for a caller: the token's scope and the account it
    /// acts as must both be within what the caller holds.
    pub async fn issue_api_token_by(
        &self,
        caller: &Principal,
        user: &str,
        ttl: std::time::Duration,
        scope: Option<PermissionSet>,
    ) -> Result<super::IssuedToken, SecurityError> {
        let u = self.existing(user).await?;
        let role = self.role_set(&u.role).await.unwrap_or_default();
        let action = Msg::new("sec-do-issue-token-role").text("name", user).text("role", &u.role);
        self.within_caller(caller, &role, &format!("issue a token for `{user}` ({})", u.role), action).await?;
        if let Some(scope) = &scope {
            let action = Msg::new("sec-do-issue-token").text("name", user);
            self.within_caller(caller, scope, &format!("issue a token for `{user}`"), action).await?;
        }
        self.issue_api_token(user, ttl, scope, &caller.user).await
    }

    /// `pipeline-guard user unlock NAME`: clear the sign-in back-off of every source and the
    /// failure count (audited `user.unlock`). Returns how many sources were backed off.
    pub async fn unlock_user(&self, name: &str, actor: &str) -> Result<u64, SecurityError> {
        super::validate_user_name(name)?;
        self.existing(name).await?;
        let sources = backoff::clear_name(&self.inner.pool, name).await?;
        store::reset_failed_logins(&self.inner.pool, name).await?;
        self.inner.audit.append(actor, "user.unlock", name, json!({ "sources": sources })).await?;
        Ok(sources)
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::time::Duration;

    use crate::clock::ManualClock;
    use crate::config::SecuritySettings;
    use crate::security::SecurityManager;
    use crate::security::crypto::Keyring;

    #[tokio::test]
    async fn roles_change_accounts_disable_and_the_last_admin_stays() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("guard.db");
        let pool = crate::history::open_pool(&db).await.unwrap();
        let settings = SecuritySettings {
            enabled: true,
            token_expiry: Duration::from_secs(3600),
            rate_limiting: false,
            ..SecuritySettings::default()
        };
        let sec = SecurityManager::open(
            pool,
            &settings,
            &Keyring::default_path(&db),
            Arc::new(ManualClock::new(1_700_000_000_000)),
        )
        .await
        .unwrap();
        let s = &sec;
        s.create_user("root", "admin", "correct horse battery", "test").await.unwrap();
        s.create_user("vera", "viewer", "correct horse battery", "test").await.unwrap();
        // The only admin can neither be demoted nor disabled.
        assert!(matches!(s.set_role("root", "viewer", "test").await, Err(crate::security::SecurityError::Conflict(_))));
        assert!(matches!(s.set_disabled("root", true, "test").await, Err(crate::security::SecurityError::Conflict(_))));
        assert!(matches!(s.set_role("vera", "wizard", "test").await, Err(crate::security::SecurityError::Invalid(_))));
        assert!(matches!(
            s.set_role("nobody", "viewer", "test").await,
            Err(crate::security::SecurityError::NotFound(_))
        ));
        s.set_role("vera", "admin", "root").await.unwrap();
        s.set_role("root", "operator", "vera").await.unwrap();
        let users = s.list_users().await.unwrap();
        let role = |n: &str| users.iter().find(|u| u.name == n).unwrap().role.clone();
        assert_eq!((role("root"), role("vera")), ("operator".to_string(), "admin".to_string()));
        // A disabled account cannot sign in; enabled again, it can.
        s.set_disabled("root", true, "vera").await.unwrap();
        assert!(s.authenticate("root", "correct horse battery", "t").await.is_err());
        s.set_disabled("root", false, "vera").await.unwrap();
        assert!(s.authenticate("root", "correct horse battery", "t").await.is_ok());
        // Tokens are listed with their owner and revocation.
        let t = s.issue_api_token("root", Duration::from_secs(60), None, "vera").await.unwrap();
        s.revoke(&t.jti, 0, "vera").await.unwrap();
        let list = s.list_tokens().await.unwrap();
        assert!(list.iter().any(|x| x.jti == t.jti && x.user == "root" && x.revoked), "{list:?}");
        let actions: Vec<String> = s.audit().recent(50).await.unwrap().into_iter().map(|r| r.action).collect();
        for a in ["user.role", "user.disable", "user.enable", "token.revoke"] {
            assert!(actions.iter().any(|x| x == a), "{a} not audited: {actions:?}");
        }
    }
}
