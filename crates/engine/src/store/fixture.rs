//! Deterministic lab histories for tests and the benchmark: components spread over the six
//! regions with SLAs, one `up` check per minute (as 1-minute rollups), some outages (status
//! changes, the healer's incidents and healing actions, supervisor restarts), retention runs and
//! backups (the last one a real `VACUUM INTO` copy when `backup_dir` is set).

use crate::compliance::registry::{self, RegisteredComponent};
use crate::model::Region;
use crate::regions::DataCategory;
use sqlx::SqlitePool;

/// Shape of a generated history.
#[derive(Debug, Clone)]
pub struct FixtureSpec {
    pub components: usize,
    pub from_ms: i64,
    pub days: usize,
    /// Checks per rollup minute (n of each rollup row).
    pub checks_per_minute: i64,
    /// Take a real backup into this directory at the end of the last day.
    pub backup_dir: Option<std::path::PathBuf>,
}

fn lcg(seed: &mut u64) -> u64 {
    *seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    *seed >> 33
}

/// Fill `pool` (a fresh, migrated database). Returns the component names.
pub async fn populate(pool: &SqlitePool, spec: &FixtureSpec) -> Result<Vec<String>, sqlx::Error> {
    let mut seed = 42u64;
    let comps: Vec<RegisteredComponent> = (0..spec.components)
        .map(|i| {
            let region = Region::ALL[i % 6];
            let personal = i % 5 == 0;
            RegisteredComponent {
                name: format!("svc-{i:03}"),
                region,
                sla: if i % 3 == 0 { 99.9 } else { 99.5 },
                critical: i % 4 == 0,
                data_categories: if personal {
                    vec![DataCategory::PersonalData, DataCategory::OperationalMetrics]
                } else {
                    vec![DataCategory::OperationalMetrics]
                },
                data_origin: None,
            }
        })
        .collect();
    registry::record_components(pool, &comps, spec.from_ms).await?;
    let minutes = spec.days as i64 * 1440;
    let from_min = spec.from_ms.div_euclid(60_000);
    let n = spec.checks_per_minute;
    let mut tx = pool.begin().await?;
    for (i, c) in comps.iter().enumerate() {
        let sid = i as i64 + 1;
        sqlx::query("INSERT INTO series (id, name, tags) VALUES (?, 'up', ?)")
            .bind(sid)
            .bind(format!("component={}", c.name))
            .execute(&mut *tx)
            .await?;
        // Watched from the start: the first check found it healthy.
        sqlx::query("INSERT INTO status_changes (component, ts_ms, from_status, to_status, issues) VALUES (?, ?, 'unknown', 'healthy', '[]')").bind(&c.name).bind(spec.from_ms).execute(&mut *tx).await?;
        // Outages: every fourth component has one or two; svc-001 misses its SLA badly.
        let mut outages: Vec<(i64, i64)> = Vec::new();
        if i % 4 == 1 {
            let start = (lcg(&mut seed) % (minutes as u64 - 200)) as i64;
            let len = if i == 1 { 600 } else { 3 + (lcg(&mut seed) % 20) as i64 };
            outages.push((start, len));
        }
        if i % 8 == 1 && spec.days > 2 {
            let start = (lcg(&mut seed) % (minutes as u64 - 100)) as i64;
            outages.push((start, 5));
        }
        for (start, len) in &outages {
            let t0 = (from_min + start) * 60_000 + 7_000;
            let t1 = (from_min + start + len) * 60_000 + 9_000;
            sqlx::query("INSERT INTO status_changes (component, ts_ms, from_status, to_status, issues) VALUES (?, ?, 'healthy', 'failed', ?), (?, ?, 'failed', 'healthy', '[]')")
                .bind(&c.name)
                .bind(t0)
                // As the guard stores a check's issues: messages (`check::issues_json`).
                .bind(crate::check::issues_json(&[crate::check::Msg::new("check-http-unreachable")
                    .text("method", "GET")
                    .text("url", format!("http://{}.lab:8080/health", c.name))]))
                .bind(&c.name)
                .bind(t1)
                .execute(&mut *tx)
                .await?;
            sqlx::query("INSERT INTO process_events (component, instance, ts_ms, kind, pid, exit_code, signal, uptime_ms) VALUES (?, 0, ?, 'exited', 4242, 1, NULL, 3600000), (?, 0, ?, 'started', 4243, NULL, NULL, NULL)")
                .bind(&c.name)
                .bind(t0 - 2_000)
                .bind(&c.name)
                .bind(t0 + 1_000)
                .execute(&mut *tx)
                .await?;
            // The outage as the guard records it (migration 0017): from the exit until the check
            // that found it healthy again.
            sqlx::query("INSERT INTO downtime (component, start_ms, end_ms, cause) VALUES (?, ?, ?, 'exit')")
                .bind(&c.name)
                .bind(t0 - 2_000)
                .bind(t1)
                .execute(&mut *tx)
                .await?;
            // The healer's view: an incident from the crash (onset = exit, detected 1.5 s later),
            // the supervisor's respawn, then a ladder restart that brought it back.
            let inc: i64 = sqlx::query_scalar(
                "INSERT INTO incidents (component, root_cause, kind, source, reason, status, onset_ms, detected_ms, resolved_ms)
                 VALUES (?, ?, 'crash', 'supervisor', 'exited with code 1', 'resolved', ?, ?, ?) RETURNING id",
            )
            .bind(&c.name)
            .bind(&c.name)
            .bind(t0 - 2_000)
            .bind(t0 - 500)
            .bind(t1)
            .fetch_one(&mut *tx)
            .await?;
            sqlx::query(
                "INSERT INTO healing_actions (component, incident_id, strategy, trigger, started_ms, finished_ms, result, detail)
                 VALUES (?, ?, 'respawn', 'supervisor', ?, ?, 'failed', 'still down after the respawn'), (?, ?, 'restart', 'ladder', ?, ?, 'succeeded', 'healthy again')",
            )
            .bind(&c.name)
            .bind(inc)
            .bind(t0 + 1_000)
            .bind(t0 + 6_000)
            .bind(&c.name)
            .bind(inc)
            .bind(t1 - 4_000)
            .bind(t1)
            .execute(&mut *tx)
            .await?;
        }
        let mut m = 0i64;
        const CHUNK: i64 = 5000;
        while m < minutes {
            let end = (m + CHUNK).min(minutes);
            let mut sql = String::from("INSERT INTO rollups_1m (series_id, minute, n, total, vmin, vmax) VALUES ");
            let mut first = true;
            for k in m..end {
                let down = outages.iter().any(|(s, l)| k >= *s && k < s + l);
                let total = if down { 0 } else { n };
                if !first {
                    sql.push(',');
                }
                first = false;
                use std::fmt::Write;
                let _ = write!(sql, "({sid},{},{n},{total},{},1)", from_min + k, if down { 0 } else { 1 });
            }
            sqlx::query(&sql).execute(&mut *tx).await?;
            m = end;
        }
    }
    // Hourly retention runs and a nightly backup.
    for d in 0..spec.days as i64 {
        let day = spec.from_ms + d * 86_400_000;
        for h in [0i64, 12] {
            let ts = day + h * 3_600_000 + 120_000;
            for (kind, period_d, action) in [
                ("samples", 1, "deleted"),
                ("rollups", 90, "deleted"),
                ("events", 365, "deleted"),
                ("audit", 2555, "kept"),
            ] {
                sqlx::query(
                    "INSERT INTO retention_runs (ts_ms, data_kind, action, cutoff_ms, rows) VALUES (?, ?, ?, ?, ?)",
                )
                .bind(ts)
                .bind(kind)
                .bind(action)
                .bind(ts - period_d * 86_400_000)
                .bind(if kind == "samples" { 86_400 } else { 0 })
                .execute(&mut *tx)
                .await?;
            }
        }
        sqlx::query("INSERT INTO backups (ts_ms, path, bytes, sha256) VALUES (?, ?, ?, ?)")
            .bind(day + 3 * 3_600_000)
            .bind(format!("backups/guard-{d}.db"))
            .bind(52_428_800i64)
            .bind("0".repeat(64))
            .execute(&mut *tx)
            .await?;
    }
    sqlx::query(
        "INSERT INTO data_subject_requests (ts_ms, subject, kind, outcome) VALUES (?, 'operator-7', 'access', 'done')",
    )
    .bind(spec.from_ms + 86_400_000)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    if let Some(dir) = &spec.backup_dir {
        let policy = crate::compliance::backup::BackupPolicy {
            dir: dir.clone(),
            every: std::time::Duration::from_secs(86_400),
            keep: 3,
        };
        let at = spec.from_ms + (spec.days as i64 - 1) * 86_400_000 + 4 * 3_600_000;
        crate::compliance::backup::backup_now(pool, &policy, at, "system:backup", &crate::compliance::NoAuditLog)
            .await
            .map_err(|e| sqlx::Error::Protocol(e.to_string()))?;
    }
    Ok(comps.into_iter().map(|c| c.name).collect())
}
