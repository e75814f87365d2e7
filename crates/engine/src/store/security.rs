//! Security records (migrations 0003, 0009 and later) as a report reads them: the audit log's
//! size and some of its actions, accounts with their last sign-in, roles, and how stored
//! secrets are kept. Each answers "none" for a database without the table.

use std::collections::HashSet;

use sqlx::SqlitePool;

use super::table_exists;

/// Rows in the audit log (0 without one).
pub async fn audit_rows(pool: &SqlitePool) -> Result<u64, sqlx::Error> {
    if !table_exists(pool, "audit_log").await? {
        return Ok(0);
    }
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log").fetch_one(pool).await?;
    Ok(n.max(0) as u64)
}

/// Healing action ids (`healing_actions.id`) named by a `heal.<strategy>` audit row written
/// at or after `from_ms`.
pub async fn audited_healing_action_ids(pool: &SqlitePool, from_ms: i64) -> Result<HashSet<i64>, sqlx::Error> {
    if !table_exists(pool, "audit_log").await? {
        return Ok(HashSet::new());
    }
    let ids: Vec<i64> = sqlx::query_scalar(
        "SELECT DISTINCT CAST(json_extract(details, '$.action_id') AS INTEGER) FROM audit_log
         WHERE action LIKE 'heal.%' AND json_valid(details) AND json_extract(details, '$.action_id') IS NOT NULL AND ts_ms >= ?",
    )
    .bind(from_ms)
    .fetch_all(pool)
    .await?;
    Ok(ids.into_iter().collect())
}

/// Audit rows of `action` written in `[from_ms, to_ms)`.
pub async fn audit_action_count(pool: &SqlitePool, action: &str, from_ms: i64, to_ms: i64) -> Result<u64, sqlx::Error> {
    if !table_exists(pool, "audit_log").await? {
        return Ok(0);
    }
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = ? AND ts_ms >= ? AND ts_ms < ?")
        .bind(action)
        .bind(from_ms)
        .bind(to_ms)
        .fetch_one(pool)
        .await?;
    Ok(n.max(0) as u64)
}

/// One account created before a moment, with its last successful sign-in before it.
#[derive(Debug, Clone, PartialEq)]
pub struct AccountRow {
    pub name: String,
    pub role: String,
    pub disabled: bool,
    pub created_ms: i64,
    pub last_login_ms: Option<i64>,
}

/// The accounts created before `to_ms` with their last `login` audit row before it (the audit
/// log may name the account by its pseudonym, migration 0009's `audit_subjects`); `None` for a
/// database without accounts.
pub async fn accounts_with_last_login(pool: &SqlitePool, to_ms: i64) -> Result<Option<Vec<AccountRow>>, sqlx::Error> {
    if !table_exists(pool, "users").await? {
        return Ok(None);
    }
    let sql = if table_exists(pool, "audit_subjects").await? {
        "SELECT u.name, u.role, u.disabled, u.created_ms,
            (SELECT MAX(a.ts_ms) FROM audit_log a WHERE a.action = 'login' AND a.ts_ms < ?
               AND (a.actor = u.name OR a.actor = (SELECT s.pseudonym FROM audit_subjects s WHERE s.subject = u.name)))
         FROM users u WHERE u.created_ms < ? ORDER BY u.name"
    } else {
        "SELECT u.name, u.role, u.disabled, u.created_ms,
            (SELECT MAX(a.ts_ms) FROM audit_log a WHERE a.action = 'login' AND a.ts_ms < ? AND a.actor = u.name)
         FROM users u WHERE u.created_ms < ? ORDER BY u.name"
    };
    let rows: Vec<(String, String, i64, i64, Option<i64>)> =
        sqlx::query_as(sql).bind(to_ms).bind(to_ms).fetch_all(pool).await?;
    Ok(Some(
        rows.into_iter()
            .map(|(name, role, disabled, created_ms, last_login_ms)| AccountRow {
                name,
                role,
                disabled: disabled != 0,
                created_ms,
                last_login_ms,
            })
            .collect(),
    ))
}

/// Roles defined, built-in and custom (0 without the table).
pub async fn role_count(pool: &SqlitePool) -> Result<u64, sqlx::Error> {
    if !table_exists(pool, "roles").await? {
        return Ok(0);
    }
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM roles").fetch_one(pool).await?;
    Ok(n.max(0) as u64)
}

/// Stored secrets (the `secrets` table and API tokens): (in the AEAD `PGE1` envelope, all).
pub async fn secret_envelopes(pool: &SqlitePool) -> Result<(u64, u64), sqlx::Error> {
    let (mut encrypted, mut all) = (0u64, 0u64);
    for (table, col) in [("secrets", "ciphertext"), ("api_tokens", "token_enc")] {
        if !table_exists(pool, table).await? {
            continue;
        }
        // Our own table and column names, never input.
        let (enc, n): (i64, i64) = sqlx::query_as(&format!(
            "SELECT COALESCE(SUM(substr({col}, 1, 4) = CAST('PGE1' AS BLOB)), 0), COUNT(*) FROM {table}"
        ))
        .fetch_one(pool)
        .await?;
        encrypted += enc.max(0) as u64;
        all += n.max(0) as u64;
    }
    Ok((encrypted, all))
}
