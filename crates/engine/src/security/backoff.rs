//! Login throttling per (user name, source address) with exponential back-off, kept in the
//! database (`login_failures`, migration 0014) so `pipeline-guard user unlock` works on a
//! running server and a restart forgets nothing.
//!
//! No account is ever locked: after [`FREE_FAILURES`] failures in a row from one source, that
//! source must wait [`backoff_ms`] before its next try for that name (1 s, doubling up to
//! [`MAX_BACKOFF_MS`]); the right password after the wait signs in and clears the row. A try
//! during the wait is answered 429 without checking the password (and is not counted). Known and
//! unknown names are throttled by the same rows, so the answers cannot tell them apart.
//! Only well-formed names reach this table (see [`super::validate_user_name`]); rows idle for
//! [`IDLE_MS`] are pruned and the table holds at most [`MAX_ROWS`].

use sqlx::{Row, SqlitePool};

use super::SecurityError;

/// Failures in a row from one source that cost nothing.
pub const FREE_FAILURES: i64 = 3;
/// The first wait, doubled with every further failure.
pub const BASE_MS: i64 = 1_000;
/// The longest wait.
pub const MAX_BACKOFF_MS: i64 = 15 * 60 * 1000;
/// Rows untouched this long are deleted.
pub const IDLE_MS: i64 = 24 * 3600 * 1000;
/// At most this many rows; the oldest go first.
pub const MAX_ROWS: i64 = 10_000;

/// The wait after `failures` failures in a row.
pub fn backoff_ms(failures: i64) -> i64 {
    if failures < FREE_FAILURES {
        return 0;
    }
    let doublings = (failures - FREE_FAILURES).min(30) as u32;
    BASE_MS.saturating_mul(1i64 << doublings).min(MAX_BACKOFF_MS)
}

/// The failures so far and the instant before which no try is allowed, for `(name, source)`.
pub async fn state(pool: &SqlitePool, name: &str, source: &str) -> Result<(i64, i64), SecurityError> {
    let r = sqlx::query("SELECT failures, next_ms FROM login_failures WHERE name = ? AND source = ?")
        .bind(name)
        .bind(source)
        .fetch_optional(pool)
        .await?;
    Ok(r.map(|r| (r.get(0), r.get(1))).unwrap_or((0, 0)))
}

/// Count a failure (atomically, so concurrent tries all count); returns the failures in a row
/// and when the next try is allowed.
pub async fn record_failure(
    pool: &SqlitePool,
    name: &str,
    source: &str,
    now_ms: i64,
) -> Result<(i64, i64), SecurityError> {
    let failures: i64 = sqlx::query_scalar(
        "INSERT INTO login_failures (name, source, failures, last_ms, next_ms) VALUES (?, ?, 1, ?, ?) \
         ON CONFLICT (name, source) DO UPDATE SET failures = failures + 1, last_ms = excluded.last_ms RETURNING failures",
    )
    .bind(name)
    .bind(source)
    .bind(now_ms)
    .bind(now_ms)
    .fetch_one(pool)
    .await?;
    let next_ms = now_ms + backoff_ms(failures);
    sqlx::query("UPDATE login_failures SET next_ms = MAX(next_ms, ?) WHERE name = ? AND source = ?")
        .bind(next_ms)
        .bind(name)
        .bind(source)
        .execute(pool)
        .await?;
    prune(pool, now_ms).await?;
    Ok((failures, next_ms))
}

/// Delete idle rows and keep at most [`MAX_ROWS`].
pub async fn prune(pool: &SqlitePool, now_ms: i64) -> Result<(), SecurityError> {
    sqlx::query("DELETE FROM login_failures WHERE last_ms < ?").bind(now_ms - IDLE_MS).execute(pool).await?;
    sqlx::query("DELETE FROM login_failures WHERE rowid IN (SELECT rowid FROM login_failures ORDER BY last_ms DESC LIMIT -1 OFFSET ?)").bind(MAX_ROWS).execute(pool).await?;
    Ok(())
}

/// A successful sign-in from `source` clears its row.
pub async fn clear_source(pool: &SqlitePool, name: &str, source: &str) -> Result<(), SecurityError> {
    sqlx::query("DELETE FROM login_failures WHERE name = ? AND source = ?")
        .bind(name)
        .bind(source)
        .execute(pool)
        .await?;
    Ok(())
}

/// `user unlock`: clear every source's row for `name`; returns how many there were.
pub async fn clear_name(pool: &SqlitePool, name: &str) -> Result<u64, SecurityError> {
    Ok(sqlx::query("DELETE FROM login_failures WHERE name = ?").bind(name).execute(pool).await?.rows_affected())
}

/// Rows held (tests and the bounded-memory check).
pub async fn rows(pool: &SqlitePool) -> Result<i64, SecurityError> {
    Ok(sqlx::query_scalar("SELECT COUNT(*) FROM login_failures").fetch_one(pool).await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_double_from_the_fourth_failure_up_to_the_cap() {
        let table = [
            (0, 0),
            (1, 0),
            (2, 0),
            (3, 1_000),
            (4, 2_000),
            (5, 4_000),
            (12, 512_000),
            (13, MAX_BACKOFF_MS),
            (1_000, MAX_BACKOFF_MS),
            (i64::MAX, MAX_BACKOFF_MS),
        ];
        for (failures, want) in table {
            assert_eq!(backoff_ms(failures), want, "{failures} failures");
        }
    }
}
