//! Reading the audit chain and the operator accounts (security's migration 0003) for the
//! evidence of a report. Until that migration is in the database both are absent, and the
//! report says so (needs attention) instead of claiming a pass.

use guard_engine::compliance::AuditVerification;
use sqlx::SqlitePool;

use crate::gather::table_exists;

/// Walk the audit chain, if this database has one.
pub async fn verify(pool: &SqlitePool) -> Result<AuditVerification, sqlx::Error> {
    if !table_exists(pool, "audit_log").await? {
        return Ok(AuditVerification::Absent);
    }
    // The verifier lives with the audit log (security); wired in when it lands.
    Ok(AuditVerification::Absent)
}

/// (operator accounts, distinct roles), if this database has accounts.
pub async fn users_and_roles(pool: &SqlitePool) -> Result<Option<(u64, u64)>, sqlx::Error> {
    if !table_exists(pool, "users").await? {
        return Ok(None);
    }
    let cols: Vec<String> = sqlx::query_scalar("SELECT name FROM pragma_table_info('users')").fetch_all(pool).await?;
    let users: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users").fetch_one(pool).await?;
    let roles: i64 = if cols.iter().any(|c| c == "role") {
        sqlx::query_scalar("SELECT COUNT(DISTINCT role) FROM users").fetch_one(pool).await?
    } else if table_exists(pool, "roles").await? {
        sqlx::query_scalar("SELECT COUNT(*) FROM roles").fetch_one(pool).await?
    } else {
        0
    };
    Ok(Some((users as u64, roles as u64)))
}
