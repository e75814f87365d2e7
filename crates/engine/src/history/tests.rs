use super::*;
use crate::clock::ManualClock;

async fn open(dir: &Path, clock: &ManualClock) -> MetricsCollector {
    MetricsCollector::open_with_clock(&dir.join("h.db"), HistorySettings::default(), Arc::new(clock.clone())).await.unwrap()
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
        sqlx::query("INSERT INTO samples (series_id, ts_ms, value) VALUES (1, ?, ?)").bind(T0 + i * 1000).bind(i as f64).execute(&pool).await.unwrap();
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
    let settings = HistorySettings { max_pending_points: 100, watch_every: Duration::from_millis(20), flush_every: Duration::from_secs(3600), ..Default::default() };
    let h = MetricsCollector::open_with_clock(&path, settings, Arc::new(ManualClock::new(T0))).await.unwrap();
    let id = h.series("up", &[]);
    h.record(id, T0, 1.0);
    h.flush().await.unwrap();
    assert!(h.health().ok());
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(dir.path().join(format!("h.db{suffix}")));
    }
    let mut rx = h.subscribe_health();
    tokio::time::timeout(Duration::from_secs(5), rx.wait_for(|s| s.problem == Some(StoreProblem::Deleted))).await.unwrap().unwrap();
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
    // Its allocation too: old points leave before a new one comes, so a span of 32 points
    // (a check every 9.5 s) fits 32 slots instead of growing to 64 for a moment.
    let jittery = h.series("up", &[("component", "jittery")]);
    for i in 0..n {
        h.record(jittery, T0 + i * 9_500, i as f64);
    }
    let rings = h.inner.rings.lock();
    let ring = &rings.rings[jittery.0 as usize].points;
    assert_eq!(ring.len(), 32);
    assert_eq!(ring.capacity(), 32, "no slot beyond the span");
    drop(rings);
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
    let last_minute = h.summary(id, Duration::from_secs(60)).await.unwrap().unwrap();
    assert_eq!((last_minute.count, last_minute.max), (7, (n - 1) as f64));
}
