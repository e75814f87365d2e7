//! Typed reads of the schema for readers outside the engine. The report crate reads the
//! history, the healer's tables, compliance and security facts only through these functions:
//! each owns its SQL, returns named fields instead of tuples, and answers for databases from
//! before the migration that added its table (an absent table reads as empty). `fixture.rs`
//! writes deterministic lab histories for the report's tests and benchmark.
//!
//! `tests/foundation.rs::the_report_crate_reads_through_the_store` keeps SQL out of the report
//! crate.

pub mod compliance;
pub mod fixture;
pub mod healing;
pub mod history;
pub mod security;

use sqlx::SqlitePool;

/// Whether the database has `table` (older databases lack the later migrations' tables).
pub async fn table_exists(pool: &SqlitePool, table: &str) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?")
        .bind(table)
        .fetch_one(pool)
        .await?;
    Ok(n > 0)
}

/// Whether `table` exists and holds at least one row.
pub async fn has_rows(pool: &SqlitePool, table: &str) -> Result<bool, sqlx::Error> {
    if !table_exists(pool, table).await? {
        return Ok(false);
    }
    // `table` is one of our own table names, never input: checked against sqlite_master above.
    let n: i64 =
        sqlx::query_scalar(&format!("SELECT COUNT(*) FROM (SELECT 1 FROM {table} LIMIT 1)")).fetch_one(pool).await?;
    Ok(n > 0)
}
