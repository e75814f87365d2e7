//! SQL for the security tables (runtime queries; the schema is `migrations/0003_security.sql`).

use sqlx::{Row, SqliteConnection, SqlitePool};

use super::SecurityError;
use super::permission::{PermissionSet, parse_set};

/// A stored account (the hash never leaves this module but for verification).
#[derive(Clone)]
pub struct UserRow {
    pub name: String,
    /// Random account id (migration 0014), carried by its tokens as `uid`.
    pub uid: String,
    pub role: String,
    pub password_hash: String,
    pub disabled: bool,
    #[cfg_attr(not(test), allow(dead_code))] // shown by the tests; the account export reads the column itself
    pub failed_logins: i64,
    #[cfg_attr(not(test), allow(dead_code))]
    pub locked_until_ms: Option<i64>,
}

impl std::fmt::Debug for UserRow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UserRow")
            .field("name", &self.name)
            .field("role", &self.role)
            .field("disabled", &self.disabled)
            .finish_non_exhaustive()
    }
}

pub async fn put_secret_raw(
    conn: &mut SqliteConnection,
    name: &str,
    ciphertext: &[u8],
    now_ms: i64,
) -> Result<(), SecurityError> {
    sqlx::query("INSERT INTO secrets (name, ciphertext, updated_ms) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET ciphertext = excluded.ciphertext, updated_ms = excluded.updated_ms")
        .bind(name)
        .bind(ciphertext)
        .bind(now_ms)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn get_secret_raw(pool: &SqlitePool, name: &str) -> Result<Option<Vec<u8>>, SecurityError> {
    Ok(sqlx::query("SELECT ciphertext FROM secrets WHERE name = ?")
        .bind(name)
        .fetch_optional(pool)
        .await?
        .map(|r| r.get(0)))
}

pub async fn user_count(pool: &SqlitePool) -> Result<i64, SecurityError> {
    Ok(sqlx::query("SELECT COUNT(*) FROM users").fetch_one(pool).await?.get(0))
}

pub async fn get_user(pool: &SqlitePool, name: &str) -> Result<Option<UserRow>, SecurityError> {
    let r = sqlx::query("SELECT name, role, password_hash, disabled, failed_logins, locked_until_ms, COALESCE(uid, '') FROM users WHERE name = ?").bind(name).fetch_optional(pool).await?;
    Ok(r.map(|r| UserRow {
        name: r.get(0),
        role: r.get(1),
        password_hash: r.get(2),
        disabled: r.get::<i64, _>(3) != 0,
        failed_logins: r.get(4),
        locked_until_ms: r.get(5),
        uid: r.get(6),
    }))
}

pub async fn role_permissions(pool: &SqlitePool, role: &str) -> Result<Option<PermissionSet>, SecurityError> {
    let r = sqlx::query("SELECT permissions FROM roles WHERE name = ?").bind(role).fetch_optional(pool).await?;
    match r {
        Some(r) => Ok(Some(parse_set(r.get::<&str, _>(0)).map_err(|_| SecurityError::Corrupt("role permissions"))?)),
        None => Ok(None),
    }
}

pub async fn is_revoked(pool: &SqlitePool, jti: &str) -> Result<bool, SecurityError> {
    Ok(sqlx::query("SELECT 1 FROM revoked_tokens WHERE jti = ?").bind(jti).fetch_optional(pool).await?.is_some())
}

/// A failed sign-in of `name` (a no-op for an unknown name, run anyway so both take the same
/// time): one more failure in a row, and the end of the longest back-off in `locked_until_ms`
/// (what the accounts list shows), `None` while no back-off applies.
pub async fn record_failed_login(
    pool: &SqlitePool,
    name: &str,
    backoff_until_ms: Option<i64>,
) -> Result<(), SecurityError> {
    sqlx::query("UPDATE users SET failed_logins = failed_logins + 1, locked_until_ms = CASE WHEN ?1 IS NULL THEN locked_until_ms ELSE MAX(COALESCE(locked_until_ms, 0), ?1) END WHERE name = ?2")
        .bind(backoff_until_ms)
        .bind(name)
        .execute(pool)
        .await?;
    Ok(())
}

/// A successful sign-in or `user unlock`: no failures in a row, no back-off shown.
pub async fn reset_failed_logins(pool: &SqlitePool, name: &str) -> Result<bool, SecurityError> {
    Ok(sqlx::query("UPDATE users SET failed_logins = 0, locked_until_ms = NULL WHERE name = ?")
        .bind(name)
        .execute(pool)
        .await?
        .rows_affected()
        > 0)
}
