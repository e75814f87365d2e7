use super::*;
use crate::regions::DataCategory::*;
use Operation::*;
use Region::*;
use Standard::*;

#[test]
fn data_tables_parse_and_cover_every_standard() {
    let controls = all_controls();
    for st in Standard::ALL {
        assert!(controls.iter().filter(|c| c.standard == st).count() >= 4, "{st} has too few controls");
    }
    let mut ids = std::collections::HashSet::new();
    for c in controls {
        assert!(ids.insert(&c.id), "duplicate control id {}", c.id);
        assert!(!c.evidence.is_empty(), "{} lists no evidence", c.id);
    }
    assert!(!restriction_keys().is_empty());
}

#[test]
fn validate_data_operation_table() {
    // (operation, data type, user region, destination, standards, allowed, an article that must be cited)
    let cases: &[(Operation, DataCategory, Region, Option<Region>, &[Standard], bool, Option<&str>)] = &[
        (Export, PersonalData, EuWest, None, &[Gdpr], true, Some("GDPR Art. 6")),
        (Transfer, PersonalData, EuWest, Some(UsEast), &[Gdpr], false, Some("GDPR Art. 44")),
        (Transfer, PersonalData, EuWest, Some(EuCentral), &[Gdpr], true, Some("GDPR Art. 30")),
        (Migrate, PersonalData, EuCentral, Some(AsiaPacific), &[Gdpr, Soc2], false, Some("GDPR Art. 44")),
        (Migrate, OperationalMetrics, EuCentral, Some(AsiaPacific), &[Gdpr], true, None),
        (Export, HealthData, EuWest, None, &[Gdpr], false, Some("GDPR Art. 9")),
        (Export, PersonalData, UsEast, None, &[Gdpr], true, None),
        (Sell, PersonalData, UsWest, None, &[Ccpa], true, Some("CCPA §1798.120")),
        (Export, PersonalData, UsWest, None, &[Ccpa], true, Some("CCPA §1798.110")),
        (Delete, AuditLog, UsEast, None, &[Soc2], false, Some("SOC 2 CC7.2")),
        (Delete, AuditLog, UsEast, None, &[Iso27001], false, Some("ISO 27001 A.8.15")),
        (Delete, AuditLog, UsEast, None, &[Gdpr], true, None),
        (Export, Credentials, EuWest, None, &[Soc2], false, Some("SOC 2 CC6.1")),
        (Transfer, PersonalData, SaEast, Some(UsEast), &[Lgpd], false, Some("LGPD Art. 33")),
        (Transfer, PersonalData, SaEast, Some(EuWest), &[Lgpd], true, Some("LGPD Art. 7").filter(|_| false)),
        (Transfer, PersonalData, AsiaPacific, Some(UsWest), &[Pdpa], false, Some("PDPA s. 26")),
        (Share, HealthData, UsEast, None, &[Hipaa], true, Some("HIPAA §164.502(b)")),
    ];
    for (op, dt, user, dest, standards, allowed, article) in cases {
        let v = validate(&DataOperation {
            operation: *op,
            data_type: *dt,
            user_region: *user,
            destination: *dest,
            standards: standards.to_vec(),
        });
        assert_eq!(v.allowed, *allowed, "{op:?} {dt:?} from {user} to {dest:?} under {standards:?}: {v:?}");
        if let Some(a) = article {
            assert!(v.articles.iter().any(|x| x == a), "{op:?} {dt:?}: expected {a} in {:?}", v.articles);
        }
        if !v.allowed {
            assert!(v.restrictions.iter().any(|r| r.blocking));
        }
    }
}

#[test]
fn brief_signature_blocks_nothing_without_standards() {
    let v = validate_data_operation(Export, PersonalData, EuWest, &[]);
    assert!(v.allowed && v.restrictions.is_empty() && v.articles.is_empty());
    let v = validate_data_operation(Export, PersonalData, EuWest, &[Gdpr]);
    assert!(v.allowed);
    assert!(v.restrictions.iter().any(|r| r.key == "restriction-gdpr-lawful-basis"));
}

#[test]
fn standard_names_parse() {
    for (s, want) in [
        ("gdpr", Some(Gdpr)),
        ("SOC 2", Some(Soc2)),
        ("iso_27001", Some(Iso27001)),
        ("ISO/IEC 27001", Some(Iso27001)),
        ("pci", None),
    ] {
        assert_eq!(Standard::parse(s), want, "{s}");
    }
    assert_eq!(Standard::parse_list("gdpr, soc2,gdpr").unwrap(), vec![Gdpr, Soc2]);
    assert!(Standard::parse_list("gdpr,pci").unwrap_err().english().contains("`pci`"));
}

#[derive(Debug, Default)]
struct Recorder(parking_lot::Mutex<Vec<AuditRecord>>);
impl AuditSink for Recorder {
    fn record<'a>(&'a self, rec: AuditRecord) -> audit::BoxFuture<'a, Result<(), String>> {
        self.0.lock().push(rec);
        Box::pin(async { Ok(()) })
    }
}

#[tokio::test]
async fn blocked_operations_are_audited_and_allowed_ones_are_not() {
    let sink = Recorder::default();
    let blocked = DataOperation {
        operation: Transfer,
        data_type: PersonalData,
        user_region: EuWest,
        destination: Some(UsEast),
        standards: vec![Gdpr],
    };
    let v = audit::validate_and_audit(&blocked, "alice", &sink).await;
    assert!(!v.allowed);
    let ok = DataOperation { destination: Some(EuCentral), ..blocked };
    assert!(audit::validate_and_audit(&ok, "alice", &sink).await.allowed);
    let recs = sink.0.lock();
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0].action, "data.operation.blocked");
    assert_eq!(recs[0].actor, "alice");
}

#[tokio::test]
async fn retention_deletes_anonymises_and_records() {
    let dir = tempfile::tempdir().unwrap();
    let pool = crate::history::open_pool(&dir.path().join("r.db")).await.unwrap();
    let day = 86_400_000i64;
    let now = 1_000 * day;
    sqlx::query("INSERT INTO series (id, name, tags) VALUES (1, 'up', 'component=a')").execute(&pool).await.unwrap();
    for (ts, v) in [(now - 3 * day, 1.0), (now - 2 * 3_600_000, 0.0), (now - 1000, 1.0)] {
        sqlx::query("INSERT INTO samples VALUES (1, ?, ?)").bind(ts).bind(v).execute(&pool).await.unwrap();
    }
    // Chunked samples (migration 0006): one expired chunk of 3 points, one recent chunk.
    for (start, end, n) in [(now - 4 * day, now - 3 * day, 3), (now - 60_000, now - 1000, 2)] {
        sqlx::query("INSERT INTO sample_chunks (series_id, start_ms, end_ms, n, data) VALUES (1, ?, ?, ?, x'')")
            .bind(start)
            .bind(end)
            .bind(n)
            .execute(&pool)
            .await
            .unwrap();
    }
    for m in [(now - 100 * day) / 60_000, (now - day) / 60_000] {
        sqlx::query("INSERT INTO rollups_1m VALUES (1, ?, 1, 1, 1, 1)").bind(m).execute(&pool).await.unwrap();
    }
    sqlx::query("INSERT INTO status_changes (component, ts_ms, from_status, to_status) VALUES ('a', ?, 'healthy', 'failed'), ('a', ?, 'failed', 'healthy')")
        .bind(now - 400 * day)
        .bind(now - day)
        .execute(&pool)
        .await
        .unwrap();
    sqlx::query("INSERT INTO data_subject_requests (ts_ms, subject, kind, outcome, detail) VALUES (?, 'bob', 'access', 'done', 'x'), (?, 'carol', 'erasure', 'done', '')")
        .bind(now - 400 * day)
        .bind(now - day)
        .execute(&pool)
        .await
        .unwrap();
    let h = |n: u64| Duration::from_secs(n * 3600);
    let policy = RetentionPolicy {
        periods: vec![
            ("samples".into(), h(24)),
            ("rollups".into(), h(90 * 24)),
            ("events".into(), h(365 * 24)),
            ("incidents".into(), h(365 * 24)),
            ("data_subject_requests".into(), h(365 * 24)),
            ("audit".into(), h(7 * 365 * 24)),
        ],
    };
    let sink = Recorder::default();
    let out = retention::apply(&pool, &policy, now, &sink).await.unwrap();
    let got: Vec<(&str, &str, u64)> = out.iter().map(|o| (o.kind.as_str(), o.action, o.rows)).collect();
    assert_eq!(
        got,
        vec![
            ("samples", "deleted", 4),
            ("rollups", "deleted", 1),
            ("events", "deleted", 1),
            ("incidents", "deleted", 0),
            ("data_subject_requests", "anonymised", 1),
            ("audit", "kept", 0)
        ]
    );
    let samples: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM samples").fetch_one(&pool).await.unwrap();
    assert_eq!(samples, 2);
    let chunks: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sample_chunks").fetch_one(&pool).await.unwrap();
    assert_eq!(chunks, 1);
    let subjects: Vec<String> =
        sqlx::query_scalar("SELECT subject FROM data_subject_requests ORDER BY id").fetch_all(&pool).await.unwrap();
    assert_eq!(subjects, vec!["anonymised-1".to_string(), "carol".into()]);
    let runs: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM retention_runs WHERE ts_ms = ?")
        .bind(now)
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(runs, 6);
    assert_eq!(sink.0.lock()[0].action, "retention.applied");
}

use retention::RetentionPolicy;
use std::time::Duration;

/// Auto-scaling decisions (migration 0010) age out with the history: by default after
/// `compliance.data_retention` (like the healing actions they name), or after their own
/// `compliance.retention.autoscale_decisions`; newer ones stay, on a real SQLite file.
#[tokio::test]
async fn retention_prunes_old_autoscaling_decisions() {
    let dir = tempfile::tempdir().unwrap();
    let pool = crate::history::open_pool(&dir.path().join("r.db")).await.unwrap();
    let day = 86_400_000i64;
    let now = 1_000 * day;
    for (component, age_days) in [("api", 400), ("api", 40), ("api", 10), ("web", 2), ("web", 0)] {
        sqlx::query(
            "INSERT INTO autoscale_decisions (component, at_ms, direction, from_instances, to_instances, reached, result, dry_run, action_ids, message) \
             VALUES (?, ?, 'up', 1, 2, 2, 'succeeded', 0, '[]', 'scaled up')",
        )
        .bind(component)
        .bind(now - age_days * day)
        .execute(&pool)
        .await
        .unwrap();
    }
    let config = |compliance: &str| {
        let yaml = format!(
            "pipeline:\n  compliance: {compliance}\ncomponents:\n  - name: api\n    check: {{ tcp: {{ addr: \"127.0.0.1:9\" }} }}\n"
        );
        crate::config::load_str(&yaml, "t.yaml", std::path::Path::new("."), &Default::default()).unwrap()
    };
    let left = || async {
        sqlx::query_scalar::<_, i64>("SELECT at_ms FROM autoscale_decisions ORDER BY at_ms")
            .fetch_all(&pool)
            .await
            .unwrap()
            .into_iter()
            .map(|t| (now - t) / day)
            .collect::<Vec<_>>()
    };
    // (compliance section, decisions deleted, ages left in days)
    let cases: &[(&str, u64, &[i64])] = &[
        ("{ data_retention: 365d }", 1, &[40, 10, 2, 0]),
        ("{ data_retention: 365d, retention: { autoscale_decisions: 7d } }", 2, &[2, 0]),
        ("{ data_retention: 30d }", 0, &[2, 0]),
        ("{ data_retention: 7y, retention: { autoscale_decisions: 1d } }", 1, &[0]),
    ];
    let sink = Recorder::default();
    for (compliance, deleted, ages) in cases {
        let policy = RetentionPolicy::from_config(&config(compliance));
        let out = retention::apply(&pool, &policy, now, &sink).await.unwrap();
        let o = out.iter().find(|o| o.kind == "autoscale_decisions").unwrap_or_else(|| panic!("{out:?}"));
        assert_eq!((o.action, o.rows), ("deleted", *deleted), "{compliance}");
        assert_eq!(left().await, *ages, "{compliance}");
    }
    let recorded: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM retention_runs WHERE data_kind = 'autoscale_decisions'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(recorded, cases.len() as i64);
    // A database without the table (a guard that never scaled): nothing to prune.
    let bare = crate::history::open_pool(&dir.path().join("bare.db")).await.unwrap();
    sqlx::query("DROP TABLE autoscale_decisions").execute(&bare).await.unwrap();
    let out = retention::apply(&bare, &RetentionPolicy::from_config(&config("{ data_retention: 1d }")), now, &sink)
        .await
        .unwrap();
    assert!(out.iter().any(|o| o.kind == "autoscale_decisions" && o.action == "absent"), "{out:?}");
}

/// Retention deletes expired sample chunks while the history writer keeps committing (as it does
/// every second): a read-then-write transaction must not fail with SQLITE_BUSY_SNAPSHOT.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn retention_runs_while_the_history_writer_commits() {
    let dir = tempfile::tempdir().unwrap();
    let pool = crate::history::open_pool(&dir.path().join("busy.db")).await.unwrap();
    sqlx::query("INSERT INTO series (id, name, tags) VALUES (1, 'up', 'component=a')").execute(&pool).await.unwrap();
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let writer = {
        let (pool, stop) = (pool.clone(), stop.clone());
        tokio::spawn(async move {
            let mut i = 0i64;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                i += 1;
                let mut tx = pool.begin().await.unwrap();
                sqlx::query(
                    "INSERT INTO sample_chunks (series_id, start_ms, end_ms, n, data) VALUES (1, ?, ?, 1, x'')",
                )
                .bind(i)
                .bind(i)
                .execute(&mut *tx)
                .await
                .unwrap();
                tx.commit().await.unwrap();
            }
            i
        })
    };
    let policy = RetentionPolicy { periods: vec![("samples".into(), Duration::from_millis(1))] };
    for run in 0..200 {
        // Everything the writer wrote so far is expired (its timestamps are tiny).
        if let Err(e) = retention::apply(&pool, &policy, 1_000_000_000, &Recorder::default()).await {
            panic!("retention run {run} failed while the writer committed: {e}");
        }
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    assert!(writer.await.unwrap() > 0, "the writer committed");
}

/// A backup is a real, consistent copy (it opens and holds the data), recorded with its SHA-256,
/// pruned to `keep` copies, and audited.
#[tokio::test]
async fn backups_copy_the_database_record_prune_and_audit() {
    #[derive(Debug, Default)]
    struct Sink(parking_lot::Mutex<Vec<AuditRecord>>);
    impl AuditSink for Sink {
        fn record<'a>(&'a self, rec: AuditRecord) -> audit::BoxFuture<'a, Result<(), String>> {
            self.0.lock().push(rec);
            Box::pin(async { Ok(()) })
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let pool = crate::history::open_pool(&dir.path().join("guard.db")).await.unwrap();
    sqlx::query(
        "INSERT INTO status_changes (component, ts_ms, from_status, to_status) VALUES ('api', 1, 'healthy', 'failed')",
    )
    .execute(&pool)
    .await
    .unwrap();
    let policy =
        backup::BackupPolicy { dir: dir.path().join("bk"), every: std::time::Duration::from_secs(3600), keep: 2 };
    let sink = Sink::default();
    let mut paths = Vec::new();
    for i in 0..3 {
        let b = backup::backup_now(&pool, &policy, 1_772_323_200_000 + i * 3_600_000, "system:backup", &sink)
            .await
            .unwrap();
        assert!(backup::verify_file(std::path::Path::new(&b.path), &b.sha256).unwrap());
        paths.push(b);
    }
    // The oldest was pruned: file and row.
    assert!(!std::path::Path::new(&paths[0].path).exists());
    assert_eq!(paths[2].pruned, vec![paths[0].path.clone()]);
    let rows: Vec<String> =
        sqlx::query_scalar("SELECT path FROM backups ORDER BY ts_ms").fetch_all(&pool).await.unwrap();
    assert_eq!(rows, vec![paths[1].path.clone(), paths[2].path.clone()]);
    assert!(paths[2].path.ends_with("guard-20260301T020000000Z.db"), "{}", paths[2].path);
    // The copy is a working database with the data.
    let copy = crate::history::open_pool(std::path::Path::new(&paths[2].path)).await.unwrap();
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM status_changes").fetch_one(&copy).await.unwrap();
    assert_eq!(n, 1);
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(std::fs::metadata(&policy.dir).unwrap().permissions().mode() & 0o777, 0o700);
    let recs = sink.0.lock();
    assert_eq!(recs.len(), 3);
    assert!(recs.iter().all(|r| r.action == "backup.created" && r.actor == "system:backup"));
    assert_eq!(recs[2].detail["pruned"][0], serde_json::json!(paths[0].path));
}

/// Finished healing steps reach the audit log; starts and other events do not.
#[tokio::test]
async fn finished_healing_steps_are_audited() {
    use crate::events::{EngineEvent, EventBus, StepPhase};
    #[derive(Debug, Default)]
    struct Sink(parking_lot::Mutex<Vec<AuditRecord>>);
    impl AuditSink for Sink {
        fn record<'a>(&'a self, rec: AuditRecord) -> audit::BoxFuture<'a, Result<(), String>> {
            self.0.lock().push(rec);
            Box::pin(async { Ok(()) })
        }
    }
    let bus = EventBus::default();
    let sink = std::sync::Arc::new(Sink::default());
    let task = audit::spawn_healing_recorder(bus.subscribe(), sink.clone());
    let step = |phase, action_id| EngineEvent::HealingStep {
        incident_id: Some(7),
        action_id,
        component: "api".into(),
        strategy: "restart".into(),
        phase,
        at_ms: 1_000,
        duration_ms: None,
        detail: "x".into(),
        message: None,
        actor: "system:healer".into(),
    };
    bus.publish(step(StepPhase::Started, 1));
    bus.publish(step(StepPhase::Succeeded, 1));
    bus.publish(EngineEvent::IncidentClosed {
        incident_id: 7,
        component: "api".into(),
        at_ms: 2_000,
        resolution: "ok".into(),
        message: None,
    });
    bus.publish(step(StepPhase::Failed, 2));
    // The supervisor's own respawn is a healing step too, done by the supervisor.
    bus.publish(EngineEvent::HealingStep {
        incident_id: None,
        action_id: 3,
        component: "api".into(),
        strategy: "respawn".into(),
        phase: StepPhase::Succeeded,
        at_ms: 3_000,
        duration_ms: Some(5),
        detail: "started again".into(),
        message: None,
        actor: "system:supervisor".into(),
    });
    drop(bus);
    task.await.unwrap();
    let recs = sink.0.lock();
    assert_eq!(
        recs.iter()
            .map(|r| (r.action.as_str(), r.target.as_str(), r.detail["action_id"].as_i64().unwrap()))
            .collect::<Vec<_>>(),
        vec![("heal.restart", "api", 1), ("heal.restart", "api", 2), ("heal.respawn", "api", 3)]
    );
    assert_eq!(recs[1].detail["result"], "failed");
    assert_eq!(
        recs.iter().map(|r| r.actor.as_str()).collect::<Vec<_>>(),
        ["system:healer", "system:healer", "system:supervisor"]
    );
}
