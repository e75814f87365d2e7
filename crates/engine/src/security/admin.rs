//! Account administration for the Settings page and the API: every API token with its owner,
//! changing an account's role, disabling and re-enabling it. Each change is audited; none may
//! leave the guard without an enabled administrator.

use serde::Serialize;
use serde_json::json;
use sqlx::Row;
use ts_rs::TS;

use super::{SecurityError, SecurityManager, store};

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
            .map(|r| ApiTokenView { jti: r.get(0), user: r.get(1), permissions: r.get(2), created_ms: r.get(3), expires_ms: r.get(4), revoked: r.get::<i64, _>(5) != 0 })
            .collect())
    }

    /// Enabled administrators other than `name`.
    async fn other_admins(&self, name: &str) -> Result<i64, SecurityError> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE role = 'admin' AND disabled = 0 AND name <> ?").bind(name).fetch_one(&self.inner.pool).await?)
    }

    async fn existing(&self, name: &str) -> Result<store::UserRow, SecurityError> {
        store::get_user(&self.inner.pool, name).await?.ok_or_else(|| SecurityError::NotFound(format!("no user `{name}`")))
    }

    /// Give `name` another role (audited `user.role`).
    pub async fn set_role(&self, name: &str, role: &str, actor: &str) -> Result<(), SecurityError> {
        let u = self.existing(name).await?;
        if store::role_permissions(&self.inner.pool, role).await?.is_none() {
            return Err(SecurityError::Invalid(format!("unknown role `{role}` (built in: admin, operator, viewer; add others with `pipeline-guard role add`)")));
        }
        if u.role == role {
            return Ok(());
        }
        if u.role == "admin" && !u.disabled && self.other_admins(name).await? == 0 {
            return Err(SecurityError::Conflict(format!("`{name}` is the last enabled admin; make another admin first")));
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
            return Err(SecurityError::Conflict(format!("`{name}` is the last enabled admin; make another admin first")));
        }
        sqlx::query("UPDATE users SET disabled = ? WHERE name = ?").bind(disabled as i64).bind(name).execute(&self.inner.pool).await?;
        self.inner.audit.append(actor, if disabled { "user.disable" } else { "user.enable" }, name, json!({})).await?;
        Ok(())
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
        let settings = SecuritySettings { enabled: true, token_expiry: Duration::from_secs(3600), secret_key: None, encryption_key: None, rate_limiting: false };
        let sec = SecurityManager::open(pool, &settings, &Keyring::default_path(&db), Arc::new(ManualClock::new(1_700_000_000_000))).await.unwrap();
        let s = &sec;
        s.create_user("root", "admin", "correct horse battery", "test").await.unwrap();
        s.create_user("vera", "viewer", "correct horse battery", "test").await.unwrap();
        // The only admin can neither be demoted nor disabled.
        assert!(matches!(s.set_role("root", "viewer", "test").await, Err(crate::security::SecurityError::Conflict(_))));
        assert!(matches!(s.set_disabled("root", true, "test").await, Err(crate::security::SecurityError::Conflict(_))));
        assert!(matches!(s.set_role("vera", "wizard", "test").await, Err(crate::security::SecurityError::Invalid(_))));
        assert!(matches!(s.set_role("nobody", "viewer", "test").await, Err(crate::security::SecurityError::NotFound(_))));
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
