//! `report_bench`: builds a 30-day compliance report over 200 components and times each
//! stage, against a baseline measured in the same run (one full scan of the period's rollups;
//! the report itself reads availability from the status changes and outages, not the rollups).
//! Figures go to BENCHMARKS.md.
//!
//! `cargo run --release -p guard-report --bin report_bench [-- COMPONENTS DAYS]`

use std::time::Instant;

use guard_engine::compliance::Standard;
use guard_i18n::{Lang, Localizer};
use guard_report::{Format, ReportRequest, fixture};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let components: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(200);
    let days: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(30);
    let dir = tempfile::tempdir()?;
    let db = dir.path().join("bench.db");
    let pool = guard_engine::history::open_pool(&db).await?;
    let from_ms = guard_report::parse_date("2026-01-01")?;
    let to_ms = from_ms + days as i64 * 86_400_000;
    let t = Instant::now();
    fixture::populate(
        &pool,
        &fixture::FixtureSpec {
            components,
            from_ms,
            days,
            checks_per_minute: 60,
            backup_dir: Some(dir.path().join("backups")),
        },
    )
    .await?;
    let rows: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM rollups_1m").fetch_one(&pool).await?;
    println!(
        "fixture: {components} components x {days} days = {rows} rollup rows ({:.1} s to write)",
        t.elapsed().as_secs_f64()
    );

    let t = Instant::now();
    let (_sum, n): (f64, i64) =
        sqlx::query_as("SELECT SUM(total), SUM(n) FROM rollups_1m WHERE minute >= ? AND minute < ?")
            .bind(from_ms / 60_000)
            .bind(to_ms / 60_000)
            .fetch_one(&pool)
            .await?;
    let baseline = t.elapsed().as_secs_f64();
    println!("baseline: one full scan of the rollups ({n} checks): {baseline:.3} s");

    let loc = Localizer::embedded();
    let req = ReportRequest {
        from_ms,
        to_ms,
        standards: vec![Standard::Gdpr, Standard::Soc2, Standard::Iso27001, Standard::Ccpa],
        lang: Lang::En,
        generated_at_ms: to_ms,
    };
    let t = Instant::now();
    // A throw-away key: the bench measures building and rendering, signing included.
    let signer = guard_engine::security::Signer::generate()?;
    let signing = guard_report::ReportSigner {
        checkpoint: signer.checkpoint(0, guard_engine::security::checkpoint::GENESIS, to_ms),
        signer,
    };
    let report = guard_report::build(&pool, &db, &req, &loc, &signing).await?;
    let build = t.elapsed().as_secs_f64();
    println!(
        "build (gather + evaluate): {build:.3} s = {:.2}x baseline; {} controls, {} incidents, {} healing actions",
        build / baseline,
        report.controls.len(),
        report.incidents.len(),
        report.healing_actions.len()
    );
    let mut total = build;
    for f in [Format::Json, Format::Html, Format::Csv, Format::Pdf] {
        if f == Format::Pdf && guard_report::pdf::chromium().is_none() {
            println!("pdf: skipped (no Chromium)");
            continue;
        }
        let t = Instant::now();
        let bytes = guard_report::render(&report, f, &loc, &signing.signer).await?;
        let s = t.elapsed().as_secs_f64();
        guard_report::verify(&bytes, &signing.signer.public())?;
        println!("render {:<4}: {s:.3} s, {} bytes; build + render = {:.3} s", f.extension(), bytes.len(), build + s);
        total = total.max(build + s);
    }
    println!("slowest end-to-end (build + render): {total:.3} s (target < 10 s)");
    pool.close().await;
    Ok(())
}
