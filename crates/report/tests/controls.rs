//! Every control can fail. Data-driven over `compliance/data/controls.json`: each control's
//! measurement has a state that passes it and one that fails it, built on the facts gathered
//! from a real fixture database. A control whose measurement has no pair here fails the suite,
//! so a new control (or a new kind of measurement) comes with both cases.
//!
//! Also end to end over SQLite: the residency check reads the real registry (`data_origin`,
//! migration 0019) and the real `migrate` actions, and the healing count matches the audit
//! log by action id.

use std::path::{Path, PathBuf};

use guard_engine::compliance::{self, AuditHead, AuditVerification, Standard};
use guard_engine::model::Region;
use guard_engine::regions::DataCategory;
use guard_i18n::{Lang, Localizer};
use guard_report::audit::{AccessFacts, AccountFacts, SecretFacts};
use guard_report::evaluate::{self, Tr};
use guard_report::fixture;
use guard_report::gather::{self, BackupFacts, Facts};
use guard_report::model::{ControlStatus, Incident};

const FROM: &str = "2026-03-01";
const TO: &str = "2026-03-04T00:00:00Z";
const DAY: i64 = 86_400_000;

async fn fixture_db(dir: &Path) -> (sqlx::SqlitePool, PathBuf) {
    let db = dir.join("guard.db");
    let pool = guard_engine::history::open_pool(&db).await.unwrap();
    let from_ms = guard_report::parse_date(FROM).unwrap();
    fixture::populate(
        &pool,
        &fixture::FixtureSpec {
            components: 12,
            from_ms,
            days: 3,
            checks_per_minute: 6,
            backup_dir: Some(dir.join("backups")),
        },
    )
    .await
    .unwrap();
    (pool, db)
}

fn period() -> (i64, i64) {
    (guard_report::parse_date(FROM).unwrap(), guard_report::parse_date(TO).unwrap())
}

/// A state of the facts that must give a control one status.
type Case = fn(&mut Facts, i64);

/// For each measurement: (a state that passes it, a state that fails it).
fn cases(measurement: &str) -> Option<(Case, Case)> {
    Some(match measurement {
        "audit_chain" => (
            |f, _| f.audit = AuditVerification::Intact(AuditHead { rows: 40, hash: "ab".repeat(32) }),
            |f, _| f.audit = AuditVerification::Broken { row: 7, reason: "entry 7 was edited".into() },
        ),
        "encryption_at_rest" => (
            |f, _| {
                f.encryption = (true, "/dev/mapper/crypt (ext4)".into());
                f.secrets = SecretFacts {
                    encrypted: 3,
                    plaintext: 0,
                    key_file: Some(("/var/lib/guard.db.keys".into(), 0o600)),
                };
            },
            |f, _| {
                f.encryption = (true, "/dev/mapper/crypt (ext4)".into());
                f.secrets = SecretFacts {
                    encrypted: 3,
                    plaintext: 1,
                    key_file: Some(("/var/lib/guard.db.keys".into(), 0o600)),
                };
            },
        ),
        "access_review" => (
            |f, to| {
                f.access = Some(AccessFacts {
                    accounts: vec![
                        account("ana", "admin", to - 400 * DAY, Some(to - DAY)),
                        account("bo", "viewer", to - 10 * DAY, None),
                    ],
                    roles: 4,
                })
            },
            // An administrator nobody has used for 100 days still holds every permission.
            |f, to| {
                f.access = Some(AccessFacts {
                    accounts: vec![
                        account("ana", "admin", to - 400 * DAY, Some(to - 100 * DAY)),
                        account("bo", "viewer", to - 10 * DAY, None),
                    ],
                    roles: 4,
                })
            },
        ),
        "retention_applied" => {
            (|f, to| f.retention_last_run_ms = Some(to - 3_600_000), |f, _| f.retention_last_run_ms = None)
        }
        "backups" => (
            |f, to| {
                f.backup_last = Some(BackupFacts {
                    ts_ms: to - 3_600_000,
                    bytes: 4096,
                    path: "guard.db.backups/b.db".into(),
                    verified: Some(true),
                })
            },
            |f, to| {
                f.backup_last = Some(BackupFacts {
                    ts_ms: to - 3_600_000,
                    bytes: 4096,
                    path: "guard.db.backups/b.db".into(),
                    verified: Some(false),
                })
            },
        ),
        "availability_sla" => (
            |f, _| f.components.iter_mut().for_each(|c| c.sla = 50.0),
            // svc-001 had a 10-hour outage; critical, it fails the control.
            |f, _| {
                f.components.iter_mut().filter(|c| c.name == "svc-001").for_each(|c| {
                    c.critical = true;
                    c.sla = 99.9;
                })
            },
        ),
        "incident_response" => (
            |f, _| {
                f.incidents.iter_mut().for_each(|i| {
                    i.recovered_ms = Some(i.recovered_ms.unwrap_or(i.started_ms + 60_000).min(i.started_ms + 60_000))
                })
            },
            // Still open four days after it was detected: past the 72 hours.
            |f, to| f.incidents.push(incident("inc-999", to - 4 * DAY)),
        ),
        "data_residency" => (
            // Personal data of people in Europe, stored in Europe.
            |f, _| {
                f.components.iter_mut().filter(|c| c.name == "svc-002").for_each(|c| {
                    c.region = Region::EuWest;
                    c.data_origin = Some(Region::EuCentral);
                    c.data_categories = vec![DataCategory::PersonalData];
                })
            },
            // The same data stored in the United States.
            |f, _| {
                f.components.iter_mut().filter(|c| c.name == "svc-002").for_each(|c| {
                    c.region = Region::UsEast;
                    c.data_origin = Some(Region::EuCentral);
                    c.data_categories = vec![DataCategory::PersonalData];
                })
            },
        ),
        "healing_audited" => (
            |f, _| {
                f.audit = AuditVerification::Intact(AuditHead { rows: 40, hash: "ab".repeat(32) });
                f.healing_audited = f.healing.len() as u64;
                f.healing_unaudited.clear();
            },
            |f, _| {
                f.audit = AuditVerification::Intact(AuditHead { rows: 40, hash: "ab".repeat(32) });
                f.healing_audited = f.healing.len() as u64 - 1;
                f.healing_unaudited = vec![f.healing[0].id.clone()];
            },
        ),
        "data_subject_rights" => (
            |f, _| {
                f.requests = (2, 2);
                f.erasures_unserved = 0;
            },
            |f, _| {
                f.requests = (2, 2);
                f.erasures_unserved = 1;
            },
        ),
        _ => return None,
    })
}

fn account(name: &str, role: &str, created_ms: i64, last_login_ms: Option<i64>) -> AccountFacts {
    AccountFacts { name: name.into(), role: role.into(), disabled: false, created_ms, last_login_ms }
}

fn incident(id: &str, detected_ms: i64) -> Incident {
    Incident {
        id: id.into(),
        component: "svc-003".into(),
        severity: Some("high".into()),
        started_ms: detected_ms - 1_000,
        detected_ms: Some(detected_ms),
        recovered_ms: None,
        time_to_detect_ms: Some(1_000),
        time_to_recover_ms: None,
        kind: Some("down".into()),
        actions: 0,
        escalated: true,
        summary: "down".into(),
        summary_message: None,
    }
}

fn status_of(facts: &Facts, control: &compliance::Control, to_ms: i64, tr: &Tr) -> (ControlStatus, String) {
    let (comps, _) = evaluate::availability(facts);
    // Every standard in force, as a report covering them all would evaluate it.
    let (results, _) = evaluate::controls(&Standard::ALL, facts, &comps, to_ms, tr);
    let r = results
        .iter()
        .find(|r| r.id == control.id)
        .unwrap_or_else(|| panic!("{} missing from the evaluation", control.id));
    (r.status, r.evidence.iter().map(|e| e.text.clone()).collect::<Vec<_>>().join(" | "))
}

#[tokio::test]
async fn every_control_has_a_state_that_passes_and_one_that_fails() {
    let dir = tempfile::tempdir().unwrap();
    let (pool, db) = fixture_db(dir.path()).await;
    let (from_ms, to_ms) = period();
    let base = gather::gather(&pool, &db, from_ms, to_ms, to_ms, None).await.unwrap();
    assert!(!base.healing.is_empty() && !base.incidents.is_empty(), "the fixture has incidents and healing actions");
    let loc = Localizer::embedded();
    let tr = Tr { loc: &loc, lang: Lang::En };

    let all = compliance::all_controls();
    assert!(all.len() >= 40, "controls.json is read: {}", all.len());
    let mut missing = Vec::new();
    for control in all {
        let m = control.measurement.as_str();
        let Some((pass, fail)) = cases(m) else {
            missing.push(format!("{} ({m})", control.id));
            continue;
        };
        let mut f = base.clone();
        pass(&mut f, to_ms);
        let (st, ev) = status_of(&f, control, to_ms, &tr);
        assert_eq!(st, ControlStatus::Pass, "{}: the passing state gave {st:?}: {ev}", control.id);
        let mut f = base.clone();
        fail(&mut f, to_ms);
        let (st, ev) = status_of(&f, control, to_ms, &tr);
        assert_eq!(st, ControlStatus::Fail, "{}: the failing state gave {st:?}: {ev}", control.id);
        // A verdict is never contradicted by its own evidence.
        if st == ControlStatus::Pass {
            assert!(!ev.contains("is not encrypted"), "{}: {ev}", control.id);
        }
    }
    assert!(missing.is_empty(), "controls without a passing and a failing case in tests/controls.rs: {missing:?}");
    pool.close().await;
}

/// "Pass" never stands beside "volume not encrypted": encrypted secrets on a clear volume need
/// attention, with the reason.
#[tokio::test]
async fn encryption_evidence_matches_its_verdict() {
    let dir = tempfile::tempdir().unwrap();
    let (pool, db) = fixture_db(dir.path()).await;
    let (from_ms, to_ms) = period();
    let mut f = gather::gather(&pool, &db, from_ms, to_ms, to_ms, None).await.unwrap();
    let loc = Localizer::embedded();
    let tr = Tr { loc: &loc, lang: Lang::En };
    let control = compliance::all_controls().iter().find(|c| c.measurement.as_str() == "encryption_at_rest").unwrap();
    f.encryption = (false, "/dev/sda1 (ext4)".into());
    f.secrets = SecretFacts { encrypted: 3, plaintext: 0, key_file: Some(("/x/guard.db.keys".into(), 0o600)) };
    let (st, ev) = status_of(&f, control, to_ms, &tr);
    assert_eq!(st, ControlStatus::NeedsAttention, "{ev}");
    assert!(
        ev.contains("/dev/sda1 (ext4) is not encrypted") && ev.contains("Only the stored secrets are encrypted"),
        "{ev}"
    );
    f.encryption = (true, "/dev/mapper/crypt (ext4)".into());
    let (st, ev) = status_of(&f, control, to_ms, &tr);
    assert_eq!(st, ControlStatus::Pass, "{ev}");
    assert!(!ev.contains("not encrypted"), "{ev}");
    pool.close().await;
}

/// The residency check reads the registry's `data_origin` and the `migrate` actions from the
/// database: a store and a migration the rules forbid both fail `data_residency`, each named.
#[tokio::test]
async fn data_residency_checks_the_real_stores_and_migrations() {
    use guard_engine::compliance::registry::{self, RegisteredComponent};
    use guard_engine::heal::timeline::Msg;
    let dir = tempfile::tempdir().unwrap();
    let (pool, db) = fixture_db(dir.path()).await;
    let (from_ms, to_ms) = period();
    let loc = Localizer::embedded();
    let standards = [Standard::Gdpr, Standard::Soc2];
    let req = guard_report::ReportRequest {
        from_ms,
        to_ms,
        standards: standards.to_vec(),
        lang: Lang::En,
        generated_at_ms: to_ms,
    };
    let residency = |r: &guard_report::Report| {
        let c = r.controls.iter().find(|c| c.measurement == "data_residency").unwrap();
        (c.status, c.evidence.iter().map(|e| e.text.clone()).collect::<Vec<_>>().join(" | "))
    };
    let comp = |name: &str, region: Region, origin: Option<Region>| RegisteredComponent {
        name: name.into(),
        region,
        sla: 99.9,
        critical: false,
        data_categories: vec![DataCategory::PersonalData],
        data_origin: origin,
    };

    // Customers in Europe, their data in Europe; a peer in the United States.
    registry::record_components(
        &pool,
        &[comp("crm-eu", Region::EuWest, Some(Region::EuCentral)), comp("crm-us", Region::UsEast, None)],
        from_ms,
    )
    .await
    .unwrap();
    let (st, ev) = residency(&guard_report::build(&pool, &db, &req, &loc, &signing()).await.unwrap());
    assert_eq!(st, ControlStatus::Pass, "{ev}");

    // A migration moved crm-eu's role to the peer in the United States.
    let done = Msg::new("incident-step-verified")
        .msg("detail", Msg::new("step-migrate-done").text("component", "crm-eu").text("target", "crm-us"));
    sqlx::query("INSERT INTO healing_actions (component, incident_id, strategy, trigger, started_ms, finished_ms, result, detail, detail_id, detail_args) VALUES ('crm-eu', NULL, 'migrate', 'manual', ?, ?, 'succeeded', 'moved', ?, ?)")
        .bind(from_ms + DAY)
        .bind(from_ms + DAY + 5_000)
        .bind(&done.id)
        .bind(done.args_json())
        .execute(&pool)
        .await
        .unwrap();
    let (st, ev) = residency(&guard_report::build(&pool, &db, &req, &loc, &signing()).await.unwrap());
    assert_eq!(st, ControlStatus::Fail, "{ev}");
    assert!(ev.contains("A migration of crm-eu") && ev.contains("crm-us") && ev.contains("GDPR Art. 44"), "{ev}");

    // Without the migration, the store itself: crm-us now holds data of people in Europe.
    sqlx::query("DELETE FROM healing_actions WHERE component = 'crm-eu'").execute(&pool).await.unwrap();
    registry::record_components(&pool, &[comp("crm-us", Region::UsEast, Some(Region::EuWest))], from_ms).await.unwrap();
    let (st, ev) = residency(&guard_report::build(&pool, &db, &req, &loc, &signing()).await.unwrap());
    assert_eq!(st, ControlStatus::Fail, "{ev}");
    assert!(ev.contains("crm-us stores Personal data of people in Europe West in US East"), "{ev}");
    pool.close().await;
}

/// One count of healing actions: the report's number is the rows of `healing_actions` in the
/// period, each matched to its `heal.<strategy>` audit row by action id; operator decisions
/// (`healing.*`) in the same period do not inflate it, and an action without its row fails.
#[tokio::test]
async fn the_healing_count_and_the_audit_log_agree() {
    use guard_engine::config::SecuritySettings;
    use guard_engine::security::{Keyring, SecurityManager};
    let dir = tempfile::tempdir().unwrap();
    let (pool, db) = fixture_db(dir.path()).await;
    let (from_ms, to_ms) = period();
    let settings = SecuritySettings {
        enabled: true,
        token_expiry: std::time::Duration::from_secs(3600),
        secret_key: None,
        encryption_key: None,
        rate_limiting: false,
        ..SecuritySettings::default()
    };
    let clock = std::sync::Arc::new(guard_engine::clock::ManualClock::new(from_ms + DAY));
    let sec = SecurityManager::open(pool.clone(), &settings, &Keyring::default_path(&db), clock).await.unwrap();
    let actions: Vec<(i64, String, String)> = sqlx::query_as("SELECT id, component, strategy FROM healing_actions WHERE started_ms >= ? AND started_ms < ? AND result != 'running'").bind(from_ms).bind(to_ms).fetch_all(&pool).await.unwrap();
    assert!(actions.len() >= 3, "{actions:?}");
    let audit = sec.audit();
    for (id, comp, strategy) in &actions {
        audit
            .append(
                "system:healer",
                &format!("heal.{strategy}"),
                comp,
                serde_json::json!({ "action_id": id, "result": "succeeded" }),
            )
            .await
            .unwrap();
    }
    // Operator decisions in the same period: audited, but not healing actions.
    audit.append("ana", "healing.pause", "*", serde_json::json!({ "changed": true })).await.unwrap();
    audit
        .append("ana", "healing.request", "svc-001", serde_json::json!({ "strategy": "restart", "action_id": 999_999 }))
        .await
        .unwrap();
    let loc = Localizer::embedded();
    let req = guard_report::ReportRequest {
        from_ms,
        to_ms,
        standards: vec![Standard::Soc2],
        lang: Lang::En,
        generated_at_ms: to_ms,
    };
    let healing = |r: &guard_report::Report| {
        let c = r.controls.iter().find(|c| c.measurement == "healing_audited").unwrap();
        (c.status, c.evidence.iter().map(|e| e.text.clone()).collect::<Vec<_>>().join(" | "))
    };
    let r = guard_report::build(&pool, &db, &req, &loc, &signing()).await.unwrap();
    let n = r.healing_actions.len();
    let running = r.healing_actions.iter().filter(|a| a.result == "running").count();
    let (st, ev) = healing(&r);
    assert_eq!(st, ControlStatus::Pass, "{ev}");
    assert!(
        ev.contains(&format!("started in this period: {n} "))
            && ev.contains(&format!("with their audit row: {}", n - running)),
        "{n} actions, {running} running: {ev}"
    );

    // One action's audit row is missing: named, and the control fails.
    let (first, _, _) = &actions[0];
    sqlx::query("DELETE FROM healing_actions WHERE id = ?").bind(first).execute(&pool).await.unwrap();
    sqlx::query("INSERT INTO healing_actions (id, component, incident_id, strategy, trigger, started_ms, finished_ms, result, detail) VALUES (?, 'svc-004', NULL, 'restart', 'manual', ?, ?, 'succeeded', 'x')")
        .bind(1_000_000)
        .bind(from_ms + 2 * DAY)
        .bind(from_ms + 2 * DAY + 100)
        .execute(&pool)
        .await
        .unwrap();
    let (st, ev) = healing(&guard_report::build(&pool, &db, &req, &loc, &signing()).await.unwrap());
    assert_eq!(st, ControlStatus::Fail, "{ev}");
    assert!(ev.contains("act-1000000"), "{ev}");
    pool.close().await;
}

/// A fixed test key and a checkpoint of an empty audit chain (what `build` cites).
fn signing() -> guard_report::ReportSigner {
    let signer = guard_engine::security::Signer::from_secret([7; 32]);
    let checkpoint = signer.checkpoint(
        0,
        guard_engine::security::checkpoint::GENESIS,
        guard_report::parse_date("2026-03-04T00:00:00Z").unwrap(),
    );
    guard_report::ReportSigner { signer, checkpoint }
}
