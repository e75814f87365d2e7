//! Cost of the one availability computation (`guard_engine::availability::compute`) over a long
//! history: what the guard pays at each refresh of the views (every 5 s, or 20× the time one
//! computation took) and a report pays once.
//!
//! `cargo run --release -p guard-engine --example availability_bench [components] [changes_per_day]`
//!
//! Builds a database of `components` (default 1000) with a status change every
//! `24 h / changes_per_day` (default 48: a flapping fleet) over 90 days and one outage per
//! two changes, then times `compute` over the default period (the last 30 days).

use std::time::Instant;

use guard_engine::availability;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let components: i64 = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(1000);
    let per_day: i64 = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(48);
    let dir = tempfile::tempdir()?;
    let pool = guard_engine::history::open_pool(&dir.path().join("bench.db")).await?;
    let day = 86_400_000i64;
    let now = 1_800_000_000_000i64;
    let start = now - 90 * day;
    let every = day / per_day;
    let t = Instant::now();
    let total = components * 90 * per_day;
    sqlx::query(
        "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ?1 - 1)
         INSERT INTO status_changes (component, ts_ms, from_status, to_status)
         SELECT 'svc-' || (i % ?2), ?3 + (i / ?2) * ?4 + (i % ?2), 'healthy', CASE WHEN (i / ?2) % 2 = 0 THEN 'failed' ELSE 'healthy' END FROM n",
    )
    .bind(total)
    .bind(components)
    .bind(start)
    .bind(every)
    .execute(&pool)
    .await?;
    // Each failure is an outage until the next change (the healthy check that closed it).
    sqlx::query(
        "INSERT INTO downtime (component, start_ms, end_ms, cause) SELECT component, ts_ms, ts_ms + ?, 'failed' FROM status_changes WHERE to_status = 'failed'",
    )
    .bind(every)
    .execute(&pool)
    .await?;
    println!(
        "history: {components} components x 90 days, {total} status changes ({:.1} s to write)",
        t.elapsed().as_secs_f64()
    );
    let (from, to) = availability::default_period(now);
    for run in 0..3 {
        let t = Instant::now();
        let all = availability::compute(&pool, from, to, now).await?;
        let took = t.elapsed().as_secs_f64();
        let overall = availability::aggregate(from, now, all.values());
        println!(
            "compute #{run}: {took:.3} s for {} components (overall {:.4})",
            all.len(),
            overall.ratio.unwrap_or(f64::NAN)
        );
    }
    pool.close().await;
    Ok(())
}
