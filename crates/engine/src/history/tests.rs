use super::*;
use crate::clock::ManualClock;

async fn open(dir: &Path, clock: &ManualClock) -> MetricsCollector {
    MetricsCollector::open_with_clock(&dir.join("h.db"), HistorySettings::default(), Arc::new(clock.clone()))
        .await
        .unwrap()
}

const T0: i64 = 1_700_000_000_000;

#[tokio::test]
async fn record_flush_and_read_back() {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::new(T0);
    let h = open(dir.path(), &clock).await;
    let id = h.series("response_time_seconds", &[("component", "api")]);
    assert_eq!(h.series("response_time_seconds", &[("component", "api")]), id);
    for i in 0..120 {
        h.record(id, T0 + i * 1000, i as f64);
    }
    h.flush().await.unwrap();
    let raw = h.samples(id, T0, T0 + 120_000, 10_000).await.unwrap();
    assert_eq!(raw.len(), 12);
    assert_eq!(raw[0], Bucket { ts: T0 / 1000, mean: 4.5, min: 0.0, max: 9.0, count: 10 });
    let rolled = h.samples(id, T0, T0 + 120_000, 60_000).await.unwrap();
    assert_eq!(rolled.iter().map(|b| b.count).sum::<i64>(), 120);
    assert_eq!(h.latest(id), Some((T0 + 119_000, 119.0)));
}

#[tokio::test]
async fn summaries_from_memory_and_from_disk_agree() {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::new(T0);
    let h = open(dir.path(), &clock).await;
    let id = h.series("cpu_usage", &[]);
    for i in 0..=100 {
        h.record(id, T0 - (100 - i) * 1000, i as f64);
    }
    let s = h.summary(id, Duration::from_secs(100)).await.unwrap().unwrap();
    assert_eq!(s.count, 101);
    assert_eq!((s.min, s.max, s.mean, s.p50), (0.0, 100.0, 50.0, 50.0));
    assert!((s.p95 - 95.0).abs() < 1e-9 && (s.p99 - 99.0).abs() < 1e-9);
    // A ring of 512 points cannot hold 2,000: the summary must come from SQLite.
    let id2 = h.series("big", &[]);
    for i in 0..2000 {
        h.record(id2, T0 - (1999 - i) * 10, i as f64);
    }
    let s2 = h.summary(id2, Duration::from_secs(30)).await.unwrap().unwrap();
    assert_eq!(s2.count, 2000);
    assert_eq!(s2.max, 1999.0);
}

#[tokio::test]
async fn record_metric_and_batch_use_tags() {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::new(T0);
    let h = open(dir.path(), &clock).await;
    h.record_metric("cpu_usage", 0.75, &[("host", "web-01")]);
    h.record_batch(&[
        MetricPoint { name: "requests_per_second".into(), value: 1250.0, tags: vec![] },
        MetricPoint { name: "error_rate".into(), value: 0.02, tags: vec![] },
    ]);
    let id = h.find_series("cpu_usage", &[("host", "web-01")]).unwrap();
    assert_eq!(h.latest(id), Some((T0, 0.75)));
    assert_eq!(h.latest(h.find_series("error_rate", &[]).unwrap()), Some((T0, 0.02)));
    assert!(h.find_series("cpu_usage", &[("host", "web-02")]).is_none());
}

#[tokio::test]
async fn retention_deletes_raw_rows_but_keeps_rollups() {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::new(T0);
    let h = open(dir.path(), &clock).await;
    let id = h.series("up", &[]);
    for i in 0..600 {
        h.record(id, T0 + i * 1000, 1.0);
    }
    h.flush().await.unwrap();
    clock.advance_ms(48 * 3600 * 1000);
    let deleted = h.apply_retention().await.unwrap();
    assert_eq!(deleted, 600);
    let raw: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sample_chunks").fetch_one(h.pool()).await.unwrap();
    assert_eq!(raw, 0);
    // The 30-day view still has the data, from rollups.
    let b = h.samples(id, T0 - 86_400_000, T0 + 86_400_000, 3_600_000).await.unwrap();
    assert_eq!(b.iter().map(|b| b.count).sum::<i64>(), 600);
}

#[tokio::test]
async fn reopening_keeps_series_ids() {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::new(T0);
    let h = open(dir.path(), &clock).await;
    let a = h.series("a", &[]);
    let b = h.series("b", &[("x", "1")]);
    h.record(b, T0, 2.0);
    h.close().await.unwrap();
    drop(h);
    let h2 = open(dir.path(), &clock).await;
    assert_eq!(h2.find_series("a", &[]), Some(a));
    assert_eq!(h2.find_series("b", &[("x", "1")]), Some(b));
    let c = h2.series("c", &[]);
    assert!(c.0 > b.0);
}

#[tokio::test]
async fn a_corrupted_database_is_a_clear_error_and_is_not_touched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.db");
    let junk = b"this is not an SQLite database, it is a grocery list\n".repeat(200);
    std::fs::write(&path, &junk).unwrap();
    let err = MetricsCollector::open(&path, HistorySettings::default()).await.unwrap_err();
    let msg = err.to_string();
    assert!(msg.contains("bad.db") && msg.contains("not a database") && msg.contains("left untouched"), "{msg}");
    assert_eq!(std::fs::read(&path).unwrap(), junk);
}

#[test]
fn summarize_ignores_nan() {
    let s = summarize(vec![1.0, f64::NAN, 3.0]).unwrap();
    assert_eq!((s.count, s.mean), (2, 2.0));
    assert!(summarize(vec![]).is_none());
}

#[tokio::test]
async fn legacy_row_samples_are_converted_into_chunks_on_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("h.db");
    let pool = open_pool(&path).await.unwrap();
    sqlx::query("INSERT INTO series (id, name, tags) VALUES (1, 'up', 'component=a')").execute(&pool).await.unwrap();
    for i in 0..10 {
        sqlx::query("INSERT INTO samples (series_id, ts_ms, value) VALUES (1, ?, ?)")
            .bind(T0 + i * 1000)
            .bind(i as f64)
            .execute(&pool)
            .await
            .unwrap();
    }
    pool.close().await;
    let clock = ManualClock::new(T0 + 10_000);
    let h = MetricsCollector::open_with_clock(&path, HistorySettings::default(), Arc::new(clock)).await.unwrap();
    let id = h.find_series("up", &[("component", "a")]).unwrap();
    let b = h.samples(id, T0, T0 + 10_000, 10_000).await.unwrap();
    assert_eq!(b, vec![Bucket { ts: T0 / 1000, mean: 4.5, min: 0.0, max: 9.0, count: 10 }]);
    let left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM samples").fetch_one(h.pool()).await.unwrap();
    assert_eq!(left, 0);
}

/// While the database cannot be written the pending batch is held to its bound: the oldest
/// points beyond it are dropped and counted, the newest kept; a deleted file is reported by
/// the watcher, never written and never recreated.
#[tokio::test]
async fn a_deleted_database_holds_the_batch_to_its_bound_and_counts_the_drops() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("h.db");
    let settings = HistorySettings {
        max_pending_points: 100,
        watch_every: Duration::from_millis(20),
        flush_every: Duration::from_secs(3600),
        ..Default::default()
    };
    let h = MetricsCollector::open_with_clock(&path, settings, Arc::new(ManualClock::new(T0))).await.unwrap();
    let id = h.series("up", &[]);
    h.record(id, T0, 1.0);
    h.flush().await.unwrap();
    assert!(h.health().ok());
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(dir.path().join(format!("h.db{suffix}")));
    }
    let mut rx = h.subscribe_health();
    tokio::time::timeout(Duration::from_secs(5), rx.wait_for(|s| s.problem == Some(StoreProblem::Deleted)))
        .await
        .unwrap()
        .unwrap();
    for i in 0..300 {
        h.record(id, T0 + 1 + i, i as f64);
    }
    assert!(matches!(h.flush().await, Err(HistoryError::Unavailable(_))));
    let s = h.health();
    assert_eq!((s.pending_points, s.dropped_points), (100, 200), "{s:?}");
    // The newest hundred are the ones kept.
    let kept: Vec<f64> = h.inner.pending.lock().points.iter().map(|p| p.value).collect();
    assert_eq!(kept.first(), Some(&200.0));
    assert_eq!(kept.last(), Some(&299.0));
    assert!(h.close().await.is_err(), "the shutdown flush says it could not write");
    assert!(!path.exists(), "no fresh database was created");
}

/// The series of a component, flushed many times, keep appending to their group's one open
/// chunk (its row rewritten in each commit) until it is sealed; every flush's points are
/// readable right after it.
#[tokio::test]
async fn points_are_appended_to_one_open_chunk_across_flushes() {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::new(T0);
    let h = open(dir.path(), &clock).await;
    let up = h.series("up", &[("component", "a")]);
    let rt = h.series("response_time", &[("component", "a")]);
    for i in 0..200i64 {
        let t = T0 + i * 1000 + (i * 7) % 3;
        h.record_points(&[(up, t, 1.0), (rt, t, (i % 17) as f64 * 0.25)]);
        h.flush().await.unwrap();
        let n: i64 = sqlx::query_scalar("SELECT SUM(n) FROM sample_chunks WHERE series_id = ?")
            .bind(up.0 as i64)
            .fetch_one(h.pool())
            .await
            .unwrap();
        assert_eq!(n, 2 * (i + 1), "flush {i} is durable");
    }
    let rows: Vec<(i64, i64, i64, i64)> =
        sqlx::query_as("SELECT series_id, n, enc, end_ms FROM sample_chunks ORDER BY series_id")
            .fetch_all(h.pool())
            .await
            .unwrap();
    assert_eq!(
        rows,
        vec![(up.0 as i64, 400, chunk::ENC_GROUP, T0 + 199_000 + (199 * 7) % 3)],
        "one chunk for the component for 200 flushes"
    );
    let bytes: i64 = sqlx::query_scalar("SELECT length(data) FROM sample_chunks").fetch_one(h.pool()).await.unwrap();
    assert!(bytes < 400 * 2, "{bytes} bytes for 400 samples sharing 200 times");
    // 4 minutes of rollups in one rollup chunk per series, rewritten in place.
    let rollup_rows: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM rollup_chunks").fetch_one(h.pool()).await.unwrap();
    assert_eq!(rollup_rows, 2);
    let b = h.samples(up, T0, T0 + 200_000, 60_000).await.unwrap();
    assert_eq!(b.iter().map(|b| b.count).sum::<i64>(), 200);
    let raw = h.samples(rt, T0, T0 + 200_000, 1000).await.unwrap();
    assert_eq!(raw.len(), 200);
    assert_eq!(raw[16].mean, 4.0);
    // Past 240 rows the chunk is sealed and a new one opened; `rt` stops, `code` joins.
    let code = h.series("http_status", &[("component", "a")]);
    for i in 200..500i64 {
        let t = T0 + i * 1000;
        h.record(up, t, 1.0);
        if i % 3 == 0 {
            h.record(code, t, 200.0 + (i % 2) as f64);
        }
        if i % 10 == 0 {
            h.flush().await.unwrap();
        }
    }
    h.flush().await.unwrap();
    let ns: Vec<(i64, i64)> =
        sqlx::query_as("SELECT series_id, n FROM sample_chunks ORDER BY start_ms").fetch_all(h.pool()).await.unwrap();
    let codes_in = |from: i64, to: i64| (from..to).filter(|i| i % 3 == 0).count() as i64;
    assert_eq!(
        ns,
        vec![
            (up.0 as i64, 440 + codes_in(200, 240)),
            (up.0 as i64, 240 + codes_in(240, 480)),
            (up.0 as i64, 20 + codes_in(480, 500))
        ]
    );
    assert_eq!(h.samples(up, T0, T0 + 500_000, 10_000).await.unwrap().iter().map(|b| b.count).sum::<i64>(), 500);
    assert_eq!(h.samples(rt, T0, T0 + 500_000, 1000).await.unwrap().len(), 200);
    let codes = h.samples(code, T0, T0 + 500_000, 1000).await.unwrap();
    assert_eq!(
        codes.iter().map(|b| (b.ts, b.mean)).collect::<Vec<_>>(),
        (200..500i64)
            .filter(|i| i % 3 == 0)
            .map(|i| ((T0 + i * 1000) / 1000, 200.0 + (i % 2) as f64))
            .collect::<Vec<_>>()
    );
    // Another component's series are a group of their own.
    let other = h.series("up", &[("component", "b")]);
    h.record(other, T0 + 600_000, 0.0);
    h.flush().await.unwrap();
    let own: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sample_chunks WHERE series_id = ?")
        .bind(other.0 as i64)
        .fetch_one(h.pool())
        .await
        .unwrap();
    assert_eq!(own, 1);
    assert_eq!(h.samples(up, T0 + 500_000, T0 + 700_000, 1000).await.unwrap().len(), 0);
}

/// Groups are the same after a restart (derived from the series table in id order), so reads
/// find the chunks written before it.
#[tokio::test]
async fn groups_survive_a_restart_and_cap_their_size() {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::new(T0);
    let h = open(dir.path(), &clock).await;
    let n = chunk::GROUP_MAX_SERIES + 3;
    let ids: Vec<SeriesId> = (0..n).map(|i| h.series(&format!("m{i}"), &[("component", "x")])).collect();
    for k in 0..5i64 {
        let pts: Vec<(SeriesId, i64, f64)> =
            ids.iter().enumerate().map(|(i, id)| (*id, T0 + k * 1000, (i as i64 * 10 + k) as f64)).collect();
        h.record_points(&pts);
        h.flush().await.unwrap();
    }
    let groups: Vec<(i64, i64)> =
        sqlx::query_as("SELECT series_id, n FROM sample_chunks ORDER BY series_id").fetch_all(h.pool()).await.unwrap();
    assert_eq!(
        groups,
        vec![(ids[0].0 as i64, 5 * chunk::GROUP_MAX_SERIES as i64), (ids[chunk::GROUP_MAX_SERIES].0 as i64, 15)]
    );
    h.close().await.unwrap();
    drop(h);
    let h = open(dir.path(), &clock).await;
    for (i, id) in ids.iter().enumerate() {
        let got = h.samples(*id, T0, T0 + 10_000, 1000).await.unwrap();
        assert_eq!(
            got.iter().map(|b| b.mean).collect::<Vec<_>>(),
            (0..5).map(|k| (i as i64 * 10 + k) as f64).collect::<Vec<_>>(),
            "series {i}"
        );
    }
}

/// After a restart the old open chunk stays as it is and a new one is opened; nothing is
/// lost or doubled.
#[tokio::test]
async fn reopening_starts_a_new_chunk_and_keeps_the_old_one() {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::new(T0);
    let h = open(dir.path(), &clock).await;
    let id = h.series("up", &[]);
    for i in 0..30 {
        h.record(id, T0 + i * 1000, i as f64);
        h.flush().await.unwrap();
    }
    h.close().await.unwrap();
    drop(h);
    let h = open(dir.path(), &clock).await;
    for i in 30..60 {
        h.record(id, T0 + i * 1000, i as f64);
        h.flush().await.unwrap();
    }
    let ns: Vec<i64> =
        sqlx::query_scalar("SELECT n FROM sample_chunks ORDER BY start_ms").fetch_all(h.pool()).await.unwrap();
    assert_eq!(ns, vec![30, 30]);
    let b = h.samples(id, T0, T0 + 60_000, 60_000).await.unwrap();
    assert_eq!(b.iter().map(|b| b.count).sum::<i64>(), 60);
    let raw = h.samples(id, T0, T0 + 60_000, 1000).await.unwrap();
    assert_eq!(raw.iter().map(|b| b.mean).collect::<Vec<_>>(), (0..60).map(|i| i as f64).collect::<Vec<_>>());
}

/// Migrations before 0020 only, as a database of the previous release.
async fn old_release_pool(path: &Path) -> SqlitePool {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../migrations");
    let old = tempfile::tempdir().unwrap();
    for e in std::fs::read_dir(&src).unwrap() {
        let e = e.unwrap();
        let name = e.file_name().into_string().unwrap();
        if name.as_str() < "0020" {
            std::fs::copy(e.path(), old.path().join(&name)).unwrap();
        }
    }
    std::fs::File::create(path).unwrap();
    let opts = SqliteConnectOptions::from_str(&format!("sqlite://{}", path.display()))
        .unwrap()
        .journal_mode(SqliteJournalMode::Wal);
    let pool = SqlitePoolOptions::new().max_connections(1).connect_with(opts).await.unwrap();
    sqlx::migrate::Migrator::new(old.path()).await.unwrap().run(&pool).await.unwrap();
    pool
}

/// The points of the equivalence tests: two series, irregular times, a gap, NaN and exact
/// binary fractions (so sums do not depend on the order they are added in).
fn equivalence_points() -> Vec<(u32, i64, f64)> {
    let mut pts = Vec::new();
    for s in 1..=2u32 {
        for i in 0..3000i64 {
            if (1000..1400).contains(&i) {
                continue;
            }
            let t = T0 + i * 997 + (i * 31) % 13;
            let v = if i == 77 { f64::NAN } else { ((i * s as i64) % 64) as f64 * 0.125 };
            pts.push((s, t, v));
        }
    }
    pts
}

const QUERIES: &[(i64, i64, i64)] = &[
    (0, 3_000_000, 1_000),
    (0, 3_000_000, 10_000),
    (500_000, 2_100_000, 7_000),
    (0, 3_000_000, 60_000),
    (-3_600_000, 7_200_000, 600_000),
    (1_000_000, 1_400_000, 1_000),
];

/// A database written by the previous release (0006's 12-byte chunks, `rollups_1m` rows) is
/// migrated by 0020, read the same, and appended to in the new format.
#[tokio::test]
async fn an_old_release_database_is_migrated_and_reads_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("h.db");
    let pool = old_release_pool(&path).await;
    sqlx::query("INSERT INTO series (id, name, tags) VALUES (1, 'up', ''), (2, 'rt', '')")
        .execute(&pool)
        .await
        .unwrap();
    let pts = equivalence_points();
    for c in chunk::encode_fixed(&pts) {
        sqlx::query("INSERT INTO sample_chunks (series_id, start_ms, end_ms, n, data) VALUES (?, ?, ?, ?, ?)")
            .bind(c.series as i64)
            .bind(c.start_ms)
            .bind(c.end_ms)
            .bind(c.n)
            .bind(&c.data)
            .execute(&pool)
            .await
            .unwrap();
    }
    let mut minutes: std::collections::BTreeMap<(u32, i64), (i64, f64, f64, f64)> = Default::default();
    for &(s, t, v) in pts.iter().filter(|p| p.2.is_finite()) {
        let e = minutes.entry((s, t.div_euclid(60_000))).or_insert((0, 0.0, f64::INFINITY, f64::NEG_INFINITY));
        *e = (e.0 + 1, e.1 + v, e.2.min(v), e.3.max(v));
    }
    for ((s, m), (n, total, lo, hi)) in &minutes {
        sqlx::query("INSERT INTO rollups_1m VALUES (?, ?, ?, ?, ?, ?)")
            .bind(*s as i64)
            .bind(m)
            .bind(n)
            .bind(total)
            .bind(lo)
            .bind(hi)
            .execute(&pool)
            .await
            .unwrap();
    }
    pool.close().await;

    // The same points through the new writer, in another database.
    let clock = ManualClock::new(T0 + 3_000_000);
    let new_db = tempfile::tempdir().unwrap();
    let fresh = open(new_db.path(), &clock).await;
    let ids = [fresh.series("up", &[]), fresh.series("rt", &[])];
    for batch in pts.chunks(37) {
        let b: Vec<(SeriesId, i64, f64)> = batch.iter().map(|&(s, t, v)| (ids[s as usize - 1], t, v)).collect();
        fresh.record_points(&b);
        fresh.flush().await.unwrap();
    }

    let migrated =
        MetricsCollector::open_with_clock(&path, HistorySettings::default(), Arc::new(clock.clone())).await.unwrap();
    let enc: Vec<i64> =
        sqlx::query_scalar("SELECT DISTINCT enc FROM sample_chunks").fetch_all(migrated.pool()).await.unwrap();
    assert_eq!(enc, vec![chunk::ENC_FIXED]);
    for s in [1u32, 2] {
        for &(from, to, step) in QUERIES {
            let a = migrated.samples(SeriesId(s), T0 + from, T0 + to, step).await.unwrap();
            let b = fresh.samples(ids[s as usize - 1], T0 + from, T0 + to, step).await.unwrap();
            assert!(!a.is_empty() || (from, to) == (1_000_000, 1_400_000), "series {s} {from}..{to}/{step}");
            // NaN != NaN: compare the text.
            assert_eq!(format!("{a:?}"), format!("{b:?}"), "series {s} {from}..{to} step {step}");
        }
    }
    // New points go into Gorilla chunks beside the old ones and are read together.
    migrated.record(SeriesId(1), T0 + 3_000_000, 1.0);
    migrated.flush().await.unwrap();
    let encs: Vec<i64> = sqlx::query_scalar("SELECT DISTINCT enc FROM sample_chunks ORDER BY enc")
        .fetch_all(migrated.pool())
        .await
        .unwrap();
    assert_eq!(encs, vec![chunk::ENC_FIXED, chunk::ENC_GROUP]);
    let n =
        migrated.samples(SeriesId(1), T0, T0 + 3_000_001, 60_000).await.unwrap().iter().map(|b| b.count).sum::<i64>();
    assert_eq!(n as usize, pts.iter().filter(|p| p.0 == 1 && p.2.is_finite()).count() + 1);
}

/// Old (0006 chunks + per-minute rollup rows, the previous query) and new (Gorilla chunks +
/// rollup chunks) storage answer every query alike: the expected buckets are computed here
/// from the points themselves.
#[tokio::test]
async fn queries_answer_the_same_as_a_direct_computation() {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::new(T0 + 3_000_000);
    let h = open(dir.path(), &clock).await;
    let pts = equivalence_points();
    let ids = [h.series("up", &[]), h.series("rt", &[])];
    for batch in pts.chunks(101) {
        let b: Vec<(SeriesId, i64, f64)> = batch.iter().map(|&(s, t, v)| (ids[s as usize - 1], t, v)).collect();
        h.record_points(&b);
        h.flush().await.unwrap();
    }
    for s in [1u32, 2] {
        for &(from, to, step) in QUERIES {
            let (from, to) = (T0 + from, T0 + to);
            let mut want: std::collections::BTreeMap<i64, (f64, f64, f64, i64)> = Default::default();
            let rollups = step >= 60_000;
            let (lo_t, hi_t) = if rollups {
                (from.div_euclid(60_000) * 60_000, (to + 59_999).div_euclid(60_000) * 60_000)
            } else {
                (from, to)
            };
            for &(_, t, v) in
                pts.iter().filter(|p| p.0 == s && p.1 >= lo_t && p.1 < hi_t && (!rollups || p.2.is_finite()))
            {
                let e = want.entry(t.div_euclid(step) * step).or_insert((0.0, f64::INFINITY, f64::NEG_INFINITY, 0));
                *e = (e.0 + v, e.1.min(v), e.2.max(v), e.3 + 1);
            }
            let want: Vec<Bucket> = want
                .into_iter()
                .map(|(b, (sum, lo, hi, n))| Bucket {
                    ts: b.div_euclid(1000),
                    mean: sum / n as f64,
                    min: lo,
                    max: hi,
                    count: n,
                })
                .collect();
            let got = h.samples(ids[s as usize - 1], from, to, step).await.unwrap();
            // NaN != NaN: compare the bit patterns' text.
            assert_eq!(format!("{got:?}"), format!("{want:?}"), "series {s} {from}..{to} step {step}");
        }
    }
}

/// The minute a series is filling lives in memory until it completes; a run that ends without
/// `close` (kill -9) loses it from the rollup rows, and the next open rebuilds it from the raw
/// chunks: rollup reads then answer as if nothing happened. A clean close writes it.
#[tokio::test]
async fn rollup_minutes_left_by_a_kill_are_rebuilt_at_open() {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::new(T0 + 600_000);
    let h = open(dir.path(), &clock).await;
    let a = h.series("up", &[("component", "a")]);
    let b = h.series("rt", &[("component", "a")]);
    let mut want = 0i64;
    for i in 0..150i64 {
        let t = T0 + i * 1000;
        let mut pts = vec![(a, t, 1.0)];
        if i % 4 != 0 {
            pts.push((b, t, (i % 8) as f64 * 0.5));
        }
        want += pts.len() as i64;
        h.record_points(&pts);
        if i % 7 == 0 {
            h.flush().await.unwrap();
        }
    }
    h.flush().await.unwrap();
    let count = |h: MetricsCollector| async move {
        let mut n = 0;
        let mut rows = Vec::new();
        for s in [a, b] {
            let got = h.samples(s, T0, T0 + 600_000, 60_000).await.unwrap();
            n += got.iter().map(|b| b.count).sum::<i64>();
            rows.push(format!("{got:?}"));
        }
        (n, rows)
    };
    let (n, before) = count(h.clone()).await;
    assert_eq!(n, want, "the filling minute is read from memory");
    let stored: i64 = sqlx::query_scalar("SELECT SUM(n) FROM rollup_chunks").fetch_one(h.pool()).await.unwrap();
    assert_eq!(stored, 2 * 2, "two complete minutes a series in the rows, the third in memory");
    drop(h); // no close: as after a kill -9
    let h = open(dir.path(), &clock).await;
    let (n, after) = count(h.clone()).await;
    assert_eq!(n, want);
    assert_eq!(after, before);
    // A clean close writes the filling minute; the next open has nothing to rebuild.
    for i in 150..170i64 {
        h.record(a, T0 + i * 1000, 1.0);
    }
    h.close().await.unwrap();
    drop(h);
    let rows_before: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM rollup_chunks")
        .fetch_one(&open_pool(&dir.path().join("h.db")).await.unwrap())
        .await
        .unwrap();
    let h = open(dir.path(), &clock).await;
    let rows_after: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM rollup_chunks").fetch_one(h.pool()).await.unwrap();
    assert_eq!(rows_after, rows_before);
    assert_eq!(count(h.clone()).await.0, want + 20);
}

/// The in-memory ring holds one `ring_span` of points (at most `ring_capacity`), whatever the
/// run time, so memory stops growing after one span; longer summaries read SQLite.
#[tokio::test]
async fn the_ring_holds_one_span_at_most_its_capacity_and_summaries_fall_back_to_disk() {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::new(T0);
    let h = open(dir.path(), &clock).await;
    let settings = HistorySettings::default();
    let span_ms = settings.ring_span.as_millis() as i64;
    // A 10 s check for three spans: the last span stays.
    let step = 10_000;
    let n = 3 * span_ms / step;
    let id = h.series("up", &[("component", "slow")]);
    for i in 0..n {
        h.record(id, T0 + i * step, i as f64);
    }
    let newest = T0 + (n - 1) * step;
    let ring = h.recent(id, usize::MAX);
    assert_eq!(ring.len() as i64, span_ms / step, "one span of 10 s points");
    assert_eq!(ring.last(), Some(&(newest, (n - 1) as f64)));
    assert!(ring[0].0 > newest - span_ms);
    assert_eq!(h.latest(id), Some((newest, (n - 1) as f64)));
    // Its allocation too: old points leave before a new one comes, so a span of 8 points
    // (a check every 7.5 s) fits 8 slots instead of growing to 16 for a moment.
    let jittery = h.series("up", &[("component", "jittery")]);
    let jitter_step = span_ms / 8;
    for i in 0..n {
        h.record(jittery, T0 + i * jitter_step, i as f64);
    }
    {
        let rings = h.inner.rings.lock();
        let ring = &rings.rings[jittery.0 as usize].points;
        assert_eq!(ring.len(), 8);
        assert_eq!(ring.capacity(), 8, "no slot beyond the span");
    }
    // A 100 ms check: the capacity bounds the ring first.
    let fast = h.series("up", &[("component", "fast")]);
    for i in 0..2 * settings.ring_capacity as i64 {
        h.record(fast, T0 + i * 100, i as f64);
    }
    assert_eq!(h.recent(fast, usize::MAX).len(), settings.ring_capacity);
    // A summary over more than the ring holds comes from SQLite, with every point.
    clock.set_ms(newest);
    let all = h.summary(id, Duration::from_millis((n * step) as u64)).await.unwrap().unwrap();
    assert_eq!((all.count, all.min, all.max), (n as u64, 0.0, (n - 1) as f64));
    // One within the span comes from memory and agrees.
    let half_span = h.summary(id, Duration::from_millis(span_ms as u64 / 2)).await.unwrap().unwrap();
    assert_eq!((half_span.count, half_span.max), ((span_ms / 2 / step + 1) as u64, (n - 1) as f64));
}

/// Migrations are add-only: `migrations/LOCK` records the checksum sqlx computes for every
/// migration (SHA-384 of the file), and an applied migration that changed would make every
/// existing database refuse to open (sqlx compares checksums at start). So a changed or removed
/// migration fails here, in CI, and a new migration must be added to the lock in the same commit.
#[test]
fn applied_migrations_never_change() {
    let lock_path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../migrations/LOCK");
    let lock = std::fs::read_to_string(&lock_path).expect("migrations/LOCK");
    let mut locked = std::collections::BTreeMap::new();
    for (n, line) in lock.lines().enumerate().filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty()) {
        let mut parts = line.split_whitespace();
        let (Some(version), Some(sum)) = (parts.next(), parts.next()) else {
            panic!("migrations/LOCK:{}: expected `VERSION SHA384 DESCRIPTION`", n + 1)
        };
        locked.insert(
            version.parse::<i64>().unwrap_or_else(|_| panic!("migrations/LOCK:{}: version `{version}`", n + 1)),
            sum.to_string(),
        );
    }
    let migrator = sqlx::migrate!("../../migrations");
    let mut problems = Vec::new();
    for m in migrator.iter() {
        let sum = hex::encode(&*m.checksum);
        match locked.remove(&m.version) {
            Some(expected) if expected == sum => {}
            Some(_) => problems.push(format!(
                "migration {:04} ({}) changed after it was committed: add a new migration instead",
                m.version, m.description
            )),
            None => problems.push(format!(
                "migration {:04} is not in migrations/LOCK; add the line `{:04} {sum} {}`",
                m.version, m.version, m.description
            )),
        }
    }
    for version in locked.keys() {
        problems.push(format!("migration {version:04} is in migrations/LOCK but its file is gone"));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The writer's batched `UPDATE … FROM (VALUES …)` of every length are not all kept prepared:
/// only the full-size one is cached, so the pool's statement caches do not fill with one
/// statement per batch length (~0.1 MB each at 200 rows, tens of MB at 10,000 components;
/// BENCHMARKS.md, "Memory of `serve` at 10,000 components").
#[tokio::test]
async fn batch_updates_of_every_length_are_not_kept_prepared() {
    use sqlx::Connection as _;
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::new(T0);
    let h = open(dir.path(), &clock).await;
    let ids: Vec<_> = (0..40).map(|i| h.series("up", &[("component", &format!("c{i}"))])).collect();
    let cached = || async {
        let pool = h.pool();
        let mut held = Vec::new();
        for _ in 0..pool.num_idle() {
            held.push(pool.acquire().await.unwrap());
        }
        held.iter_mut().map(|c| c.cached_statements_size()).sum::<usize>()
    };
    // Two batches first: every fixed statement of a write is prepared by then.
    let mut before = 0;
    for round in 0..ids.len() {
        // Batch `round` touches `round + 1` series: a rollup update of that many rows.
        for id in &ids[..=round] {
            h.record(*id, T0 + round as i64 * 1000, round as f64);
        }
        h.flush().await.unwrap();
        if round == 1 {
            before = cached().await;
        }
    }
    let after = cached().await;
    // Keeping every length prepared adds one statement per new length (36 after 40 batches
    // against 11). The idle connections counted are not always the same ones, and one that had
    // not written yet prepares the few fixed statements of a write: a handful more, never 25.
    assert!(after <= before + 10, "{before} statements cached after two batches, {after} after {}", ids.len());
}
