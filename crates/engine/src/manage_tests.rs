//! Component changes on a real guard: a real SQLite file, a real config file, TCP checks
//! against listeners on 127.0.0.1 and command checks that run real processes.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use serde_json::json;

use super::*;
use crate::guard::GuardOptions;

const HEAD: &str = "# Lab config: comments must survive.\npipeline:\n  security: { enabled: false }\n  monitoring:\n    interval: 100ms # fast for tests\n\ncomponents:\n  # the first one\n  - name: base\n    check: { command: { run: [\"true\"] }, interval: 100ms }\n# after the list\n";

/// A loopback listener that counts the connections it accepts.
async fn listener() -> (String, Arc<AtomicU64>) {
    let l = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = l.local_addr().unwrap().to_string();
    let n = Arc::new(AtomicU64::new(0));
    let n2 = n.clone();
    tokio::spawn(async move {
        while let Ok((s, _)) = l.accept().await {
            n2.fetch_add(1, Ordering::SeqCst);
            drop(s);
        }
    });
    (addr, n)
}

async fn start(dir: &Path) -> (PipelineGuard, PathBuf) {
    let path = dir.join("lab.yaml");
    if !path.exists() {
        std::fs::write(&path, HEAD).unwrap();
    }
    let cfg = config::load_file(&path).unwrap();
    let g =
        PipelineGuard::start(cfg, GuardOptions { db_path: Some(dir.join("guard.db")), log_dir: None }).await.unwrap();
    (g, path)
}

fn tcp(name: &str, addr: &str) -> ComponentChange {
    ComponentChange { config: json!({ "name": name, "check": { "tcp": { "addr": addr }, "interval": "100ms" } }) }
}

async fn wait_for(what: &str, mut f: impl FnMut() -> bool) {
    for _ in 0..100 {
        if f() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("timed out waiting for {what}");
}

fn checks(g: &PipelineGuard, name: &str) -> u64 {
    g.state(name).map_or(0, |s| s.checks_total)
}

const EN: guard_i18n::Lang = guard_i18n::Lang::En;

#[tokio::test]
async fn add_edit_pause_resume_delete_live_and_in_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let (g, path) = start(dir.path()).await;
    let (a1, hits1) = listener().await;
    let (a2, hits2) = listener().await;

    // Add: checked at once, written after the last entry, the rest of the file unchanged.
    let r = g.add_component(tcp("svc", &a1), EN, "olga").await.unwrap();
    assert!(r.applied, "{r:?}");
    assert_eq!(r.component.as_ref().unwrap().name, "svc");
    wait_for("the new component's checks", || hits1.load(Ordering::SeqCst) >= 2 && checks(&g, "svc") >= 2).await;
    assert_eq!(g.component("svc").unwrap().status, Status::Healthy);
    let text = std::fs::read_to_string(&path).unwrap();
    let (before, after) = HEAD.split_once("# after the list\n").unwrap();
    assert!(text.starts_with(before) && text.ends_with(&format!("# after the list\n{after}")), "{text}");
    assert!(
        text.contains(&format!(
            "  - name: svc\n    check:\n      interval: 100ms\n      tcp:\n        addr: \"{a2_}\"\n",
            a2_ = a1
        )),
        "{text}"
    );

    // Edit: the new address is the one checked.
    let r = g.replace_component("svc", tcp("svc", &a2), EN, "olga").await.unwrap();
    assert!(r.applied, "{r:?}");
    let old_hits = hits1.load(Ordering::SeqCst);
    wait_for("checks of the new address", || hits2.load(Ordering::SeqCst) >= 2).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(hits1.load(Ordering::SeqCst) <= old_hits + 1, "the old address is no longer checked");
    assert_eq!(g.config().component("svc").unwrap().check.interval, Duration::from_millis(100));

    // Pause: no checks, view says paused, `paused: true` in the file; healing refuses.
    let r = g.set_component_paused("svc", true, EN, "olga").await.unwrap();
    assert!(r.applied && r.component.as_ref().unwrap().paused, "{r:?}");
    let n = checks(&g, "svc");
    let h = hits2.load(Ordering::SeqCst);
    tokio::time::sleep(Duration::from_millis(600)).await;
    assert!(checks(&g, "svc") <= n + 1 && hits2.load(Ordering::SeqCst) <= h + 1, "a paused component is not checked");
    let v = g.component("svc").unwrap();
    assert!(v.paused);
    assert_eq!(v.status, Status::Unknown);
    assert!(std::fs::read_to_string(&path).unwrap().contains("\n    paused: true\n"));
    assert!(g.plan("svc").unwrap().refusal.is_some(), "healing is paused with it");

    // Resume: checked again, the `paused` line gone.
    let r = g.set_component_paused("svc", false, EN, "olga").await.unwrap();
    assert!(r.applied);
    wait_for("checks after resume", || checks(&g, "svc") > n + 2).await;
    assert!(!std::fs::read_to_string(&path).unwrap().contains("paused"));
    wait_for("healthy again", || g.component("svc").unwrap().status == Status::Healthy).await;

    // Each change is one audit row naming the operator.
    let rows = g.audit().recent(20).await.unwrap();
    let mine: Vec<(String, String)> =
        rows.iter().filter(|r| r.target == "svc").map(|r| (r.actor.clone(), r.action.clone())).collect();
    for action in ["component.add", "component.edit", "component.pause", "component.resume"] {
        assert_eq!(mine.iter().filter(|(a, x)| x == action && a == "olga").count(), 1, "{action}: {mine:?}");
    }
    // The rows name the keys, never the values (an address here; a token in a webhook URL elsewhere).
    assert!(
        rows.iter().filter(|r| r.target == "svc").all(|r| !r.details.contains(&a2) && !r.details.contains(&a1)),
        "{rows:?}"
    );

    // Delete, keeping the history: the status changes stay.
    g.history().flush().await.unwrap();
    let r = g.delete_component("svc", ComponentDelete { purge: false }, EN, "olga").await.unwrap();
    assert!(r.applied && r.component.is_none());
    assert!(g.component("svc").is_err());
    let kept: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM status_changes WHERE component = 'svc'")
        .fetch_one(g.history().pool())
        .await
        .unwrap();
    assert!(kept >= 1);
    let n = hits2.load(Ordering::SeqCst);
    tokio::time::sleep(Duration::from_millis(400)).await;
    assert!(hits2.load(Ordering::SeqCst) <= n + 1, "a deleted component is not checked");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), HEAD, "the file is as before the add");
    g.shutdown().await.unwrap();
}

#[tokio::test]
async fn purge_deletes_the_history_but_never_the_audit_log() {
    let dir = tempfile::tempdir().unwrap();
    let (g, _) = start(dir.path()).await;
    // A component that fails: status changes, samples, downtime.
    let r = g.add_component(ComponentChange { config: json!({ "name": "bad", "check": { "command": { "run": ["false"] }, "interval": "100ms" }, "recovery": ["notify"] }) }, EN, "olga").await.unwrap();
    assert!(r.applied, "{r:?}");
    wait_for("failed", || g.component("bad").is_ok_and(|c| c.status == Status::Failed)).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    g.history().flush().await.unwrap();
    let pool = g.history().pool().clone();
    let count = |sql: &'static str| {
        let pool = pool.clone();
        async move { sqlx::query_scalar::<_, i64>(sql).fetch_one(&pool).await.unwrap() }
    };
    assert!(count("SELECT COUNT(*) FROM status_changes WHERE component = 'bad'").await >= 1);
    let audit_before = count("SELECT COUNT(*) FROM audit_log").await;
    let r = g.delete_component("bad", ComponentDelete { purge: true }, EN, "olga").await.unwrap();
    assert!(r.applied && r.purged_rows > 0, "{r:?}");
    for sql in [
        "SELECT COUNT(*) FROM status_changes WHERE component = 'bad'",
        "SELECT COUNT(*) FROM incidents WHERE component = 'bad'",
        "SELECT COUNT(*) FROM downtime WHERE component = 'bad'",
        "SELECT COUNT(*) FROM sample_chunks WHERE series_id IN (SELECT id FROM series WHERE tags = 'component=bad')",
    ] {
        assert_eq!(count(sql).await, 0, "{sql}");
    }
    // Audit rows are only ever added: the delete itself is one more, the chain verifies.
    assert_eq!(count("SELECT COUNT(*) FROM audit_log").await, audit_before + 1);
    assert!(g.audit().verify().await.unwrap().is_ok());
    // The other component's history is untouched.
    assert!(count("SELECT COUNT(*) FROM series WHERE tags = 'component=base'").await >= 1);
    g.shutdown().await.unwrap();
}

#[tokio::test]
async fn bad_input_is_refused_field_by_field_and_the_file_is_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let (g, path) = start(dir.path()).await;
    let before = std::fs::read(&path).unwrap();
    let cases = [
        (json!({ "name": "x", "check": { "tcp": { "addr": "127.0.0.1:1" }, "interval": "soon" } }), "/check/interval"),
        (json!({ "name": "x", "check": { "tcp": { "addr": "127.0.0.1:1" } }, "colour": "red" }), "/colour"),
        (json!({ "name": "bad name!", "check": { "tcp": { "addr": "127.0.0.1:1" } } }), "/name"),
        (
            json!({ "name": "x", "check": { "tcp": { "addr": "127.0.0.1:1" } }, "depends_on": ["nobody"] }),
            "/depends_on/0",
        ),
        (json!({ "name": "x", "check": { "tcp": { "addr": "127.0.0.1:1" } }, "paused": "yes" }), "/paused"),
        // Adding never replaces: a duplicate name is the validator's error, on the new entry.
        (json!({ "name": "base", "check": { "tcp": { "addr": "127.0.0.1:1" } } }), "/name"),
        (
            json!({ "name": "x", "check": { "tcp": { "addr": "127.0.0.1:1" } }, "front": { "listen": "127.0.0.1:1" } }),
            "/front",
        ),
    ];
    for (v, field) in cases {
        let r = g.add_component(ComponentChange { config: v.clone() }, EN, "olga").await.unwrap();
        assert!(!r.applied, "{v}: {r:?}");
        assert!(
            r.problems.iter().any(|p| p.field.as_deref() == Some(field)),
            "{v}: expected a problem at {field}: {:?}",
            r.problems
        );
        for p in &r.problems {
            if field != "/front" {
                assert!(
                    p.message.starts_with(&format!("{}:", path.display()))
                        && p.message.split(':').nth(1).unwrap().parse::<u32>().is_ok(),
                    "FILE:LINE:COL: {p:?}"
                );
            }
        }
        assert_eq!(std::fs::read(&path).unwrap(), before, "{v}: the file is unchanged");
        assert!(g.component("x").is_err());
    }
    // In another language.
    let r = g
        .add_component(
            ComponentChange { config: json!({ "name": "bad name!", "check": { "tcp": { "addr": "127.0.0.1:1" } } }) },
            guard_i18n::Lang::De,
            "olga",
        )
        .await
        .unwrap();
    assert!(!r.applied);
    let en = g
        .add_component(
            ComponentChange { config: json!({ "name": "bad name!", "check": { "tcp": { "addr": "127.0.0.1:1" } } }) },
            EN,
            "olga",
        )
        .await
        .unwrap();
    assert_ne!(r.problems[0].message, en.problems[0].message);
    // Unknown component.
    assert!(matches!(g.set_component_paused("nope", true, EN, "olga").await, Err(GuardError::UnknownComponent(_))));
    // Deleting what another one depends on is refused by the validator.
    let r = g
        .add_component(
            ComponentChange {
                config: json!({ "name": "dep", "depends_on": ["base"], "check": { "command": { "run": ["true"] } } }),
            },
            EN,
            "olga",
        )
        .await
        .unwrap();
    assert!(r.applied, "{r:?}");
    let mid = std::fs::read(&path).unwrap();
    let r = g.delete_component("base", ComponentDelete { purge: false }, EN, "olga").await.unwrap();
    assert!(!r.applied && !r.problems.is_empty(), "{r:?}");
    assert_eq!(std::fs::read(&path).unwrap(), mid);
    assert!(g.component("base").is_ok());
    g.shutdown().await.unwrap();
}

#[tokio::test]
async fn a_restart_picks_up_added_and_paused_components() {
    let dir = tempfile::tempdir().unwrap();
    let (g, path) = start(dir.path()).await;
    let (a1, hits) = listener().await;
    assert!(g.add_component(tcp("kept", &a1), EN, "olga").await.unwrap().applied);
    assert!(
        g.add_component(
            ComponentChange { config: json!({ "name": "sleepy", "check": { "command": { "run": ["true"] } } }) },
            EN,
            "olga"
        )
        .await
        .unwrap()
        .applied
    );
    assert!(g.set_component_paused("sleepy", true, EN, "olga").await.unwrap().applied);
    assert_eq!(
        g.component_config("kept").unwrap().config,
        json!({ "name": "kept", "check": { "tcp": { "addr": a1 }, "interval": "100ms" } })
    );
    g.shutdown().await.unwrap();
    drop(g);

    let (g, _) = start(dir.path()).await;
    assert!(std::fs::read_to_string(&path).unwrap().starts_with("# Lab config: comments must survive.\n"));
    let n = hits.load(Ordering::SeqCst);
    wait_for("the added component checked after the restart", || {
        hits.load(Ordering::SeqCst) > n && checks(&g, "kept") >= 1
    })
    .await;
    let sleepy = g.component("sleepy").unwrap();
    assert!(sleepy.paused);
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(checks(&g, "sleepy"), 0, "still paused after the restart");
    assert!(g.set_component_paused("sleepy", false, EN, "olga").await.unwrap().applied);
    wait_for("resumed after the restart", || checks(&g, "sleepy") >= 1).await;
    g.shutdown().await.unwrap();
}

#[tokio::test]
async fn a_supervised_component_added_live_is_started_and_stopped_on_delete() {
    let dir = tempfile::tempdir().unwrap();
    let (g, _) = start(dir.path()).await;
    let change = ComponentChange {
        config: json!({ "name": "child", "process": { "command": ["sleep", "30"] }, "check": { "process": {}, "interval": "100ms" } }),
    };
    let r = g.add_component(change, EN, "olga").await.unwrap();
    assert!(r.applied, "{r:?}");
    wait_for("the child running", || g.supervisor().pid("child", 0).is_some()).await;
    let pid = g.supervisor().pid("child", 0).unwrap();
    wait_for("healthy", || g.component("child").unwrap().status == Status::Healthy).await;
    // Pausing keeps the child (only checks and healing stop).
    assert!(g.set_component_paused("child", true, EN, "olga").await.unwrap().applied);
    assert_eq!(g.supervisor().pid("child", 0), Some(pid));
    let r = g.delete_component("child", ComponentDelete { purge: false }, EN, "olga").await.unwrap();
    assert!(r.applied);
    assert!(g.supervisor().instances("child").is_empty());
    assert!(
        !Path::new(&format!("/proc/{pid}")).exists()
            || std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default().contains(" Z "),
        "the child is gone"
    );
    g.shutdown().await.unwrap();
}

#[tokio::test]
async fn concurrent_changes_all_land_in_the_file_and_the_guard() {
    let dir = tempfile::tempdir().unwrap();
    let (g, path) = start(dir.path()).await;
    let adds: Vec<_> = (0..8)
        .map(|i| {
            let g = g.clone();
            tokio::spawn(async move {
                g.add_component(
                    ComponentChange {
                        config: json!({ "name": format!("c{i}"), "check": { "command": { "run": ["true"] } } }),
                    },
                    EN,
                    "olga",
                )
                .await
                .unwrap()
            })
        })
        .collect();
    let mut results = Vec::new();
    for a in adds {
        results.push(a.await.unwrap());
    }
    assert!(results.iter().all(|r| r.applied), "{results:?}");
    let cfg = config::load_file(&path).unwrap();
    for i in 0..8 {
        let name = format!("c{i}");
        assert!(cfg.component(&name).is_some(), "{name} in the file");
        assert!(g.config().component(&name).is_some(), "{name} in the guard");
    }
    assert!(std::fs::read_to_string(&path).unwrap().starts_with("# Lab config: comments must survive.\n"));
    g.shutdown().await.unwrap();
}
