//! SQL for the security tables (runtime queries; the schema is `migrations/0003_security.sql`).

use sqlx::{Row, SqliteConnection, SqlitePool};

use super::permission::{PermissionSet, parse_set};
use super::SecurityError;

/// A stored account (the hash never leaves this module but for verification).
#[derive(Clone)]
pub struct UserRow {
    pub name: String,
    pub role: String,
    pub password_hash: String,
    pub disabled: bool,
    pub failed_logins: i64,
    pub locked_until_ms: Option<i64>,
}

impl std::fmt::Debug for UserRow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UserRow").field("name", &self.name).field("role", &self.role).field("disabled", &self.disabled).finish_non_exhaustive()
    }
}

pub async fn put_secret_raw(conn: &mut SqliteConnection, name: &str, ciphertext: &[u8], now_ms: i64) -> Result<(), SecurityError> {
    sqlx::query("INSERT INTO secrets (name, ciphertext, updated_ms) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET ciphertext = excluded.ciphertext, updated_ms = excluded.updated_ms")
        .bind(name)
        .bind(ciphertext)
        .bind(now_ms)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn get_secret_raw(pool: &SqlitePool, name: &str) -> Result<Option<Vec<u8>>, SecurityError> {
    Ok(sqlx::query("SELECT ciphertext FROM secrets WHERE name = ?").bind(name).fetch_optional(pool).await?.map(|r| r.get(0)))
}

pub async fn user_count(pool: &SqlitePool) -> Result<i64, SecurityError> {
    Ok(sqlx::query("SELECT COUNT(*) FROM users").fetch_one(pool).await?.get(0))
}

pub async fn get_user(pool: &SqlitePool, name: &str) -> Result<Option<UserRow>, SecurityError> {
    let r = sqlx::query("SELECT name, role, password_hash, disabled, failed_logins, locked_until_ms FROM users WHERE name = ?").bind(name).fetch_optional(pool).await?;
    Ok(r.map(|r| UserRow { name: r.get(0), role: r.get(1), password_hash: r.get(2), disabled: r.get::<i64, _>(3) != 0, failed_logins: r.get(4), locked_until_ms: r.get(5) }))
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

pub async fn record_login_result(pool: &SqlitePool, name: &str, failed: bool, locked_until_ms: Option<i64>) -> Result<i64, SecurityError> {
    let r = if failed {
        sqlx::query("UPDATE users SET failed_logins = failed_logins + 1, locked_until_ms = COALESCE(?, locked_until_ms) WHERE name = ? RETURNING failed_logins")
            .bind(locked_until_ms)
            .bind(name)
            .fetch_optional(pool)
            .await?
    } else {
        sqlx::query("UPDATE users SET failed_logins = 0, locked_until_ms = NULL WHERE name = ? RETURNING failed_logins").bind(name).fetch_optional(pool).await?
    };
    Ok(r.map(|r| r.get(0)).unwrap_or(0))
}
