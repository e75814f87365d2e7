//! Channels in the window, on a real guard: the list masks every secret, a test message reaches
//! a real webhook receiver on loopback in the channel's language, a failing receiver's error
//! comes back (secrets scrubbed), every test lands in the channel's paged delivery history and
//! in the audit log; the operator's desktop-notification choice is kept and applied.

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use guard_i18n::Localizer;
use parking_lot::Mutex;
use serde_json::Value;
use tokio::net::TcpListener;

use super::*;
use crate::config::load_str;
use crate::events::EngineEvent;
use crate::guard::{GuardError, GuardOptions, PipelineGuard};

const TOKEN: &str = "T000SECRET/B000/XyZsecretTokenValue";
const HEADER_SECRET: &str = "Bearer header-secret-4711";

#[derive(Clone, Default)]
struct Inbox {
    posts: Arc<Mutex<Vec<(String, HeaderMap, Value)>>>,
}

async fn receive(State(inbox): State<Inbox>, Path(path): Path<String>, headers: HeaderMap, body: String) -> StatusCode {
    inbox.posts.lock().push((path.clone(), headers, serde_json::from_str(&body).unwrap_or(Value::Null)));
    if path.starts_with("broken") { StatusCode::INTERNAL_SERVER_ERROR } else { StatusCode::OK }
}

async fn receiver() -> (u16, Inbox) {
    let inbox = Inbox::default();
    let app = axum::Router::new().route("/{*path}", post(receive)).with_state(inbox.clone());
    let l = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = l.local_addr().unwrap().port();
    tokio::spawn(async move { axum::serve(l, app).await.unwrap() });
    (port, inbox)
}

/// A loopback port nothing listens on.
fn closed_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

async fn guard(dir: &std::path::Path, port: u16) -> PipelineGuard {
    let text = format!(
        r#"pipeline:
  notifications:
    channels:
      - name: ops-hook
        language: de
        webhook:
          url: "http://127.0.0.1:{port}/hooks/{TOKEN}"
          headers: {{ Authorization: "{HEADER_SECRET}" }}
        filter: {{ min_severity: warning, components: [db], events: [incident_opened, step_failed] }}
      - name: slack-broken
        slack: {{ url: "http://127.0.0.1:{port}/broken/{TOKEN}" }}
      - name: nobody-home
        teams: {{ url: "http://127.0.0.1:{closed}/teams/{TOKEN}" }}
      - name: desk
        desktop: {{}}
components:
  # Healthy: no incident sends anything (every POST the receiver gets is a test), and no worker
  # logs a failure while the log-capturing test in tests.rs runs beside this one.
  - name: db
    critical: true
    check: {{ command: {{ run: ["true"] }} }}
  - name: web
    check: {{ command: {{ run: ["true"] }} }}
"#,
        closed = closed_port()
    );
    let cfg = load_str(&text, "test.yaml", dir, &Default::default()).unwrap();
    PipelineGuard::start(cfg, GuardOptions { db_path: Some(dir.join("guard.db")), log_dir: None }).await.unwrap()
}

#[tokio::test]
async fn channels_are_listed_masked_tested_for_real_and_their_history_is_paged() {
    let dir = tempfile::tempdir().unwrap();
    let (port, inbox) = receiver().await;
    let g = guard(dir.path(), port).await;

    // The list: every channel, nothing secret in it.
    let list = g.notification_channels();
    let json = serde_json::to_string(&list).unwrap();
    for secret in [TOKEN, "XyZsecretTokenValue", HEADER_SECRET, "header-secret-4711"] {
        assert!(!json.contains(secret), "the channel list leaks {secret}: {json}");
    }
    assert_eq!(
        list.iter().map(|c| (c.name.as_str(), c.kind.as_str())).collect::<Vec<_>>(),
        [("ops-hook", "webhook"), ("slack-broken", "slack"), ("nobody-home", "teams"), ("desk", "desktop")]
    );
    let hook = &list[0];
    assert_eq!(hook.target, format!("http://127.0.0.1:{port}/…"));
    assert_eq!(
        (hook.header_names.clone(), hook.secret_set, hook.language.as_str()),
        (vec!["Authorization".to_string()], true, "de")
    );
    assert_eq!(
        (hook.min_severity.as_str(), hook.components.clone(), hook.events.clone()),
        ("warning", vec!["db".to_string()], vec!["incident_opened".to_string(), "step_failed".to_string()])
    );
    assert!(!list[3].secret_set && list[3].target.is_empty());

    // A test message reaches the receiver, in German, with the header, whatever the filter says.
    let r = g.test_notification_channel("ops-hook", "olga").await.unwrap();
    assert!(r.delivered && r.error.is_none(), "{r:?}");
    assert!(r.latency_ms >= 0 && r.latency_ms < 10_000, "{r:?}");
    {
        let posts = inbox.posts.lock();
        assert_eq!(posts.len(), 1);
        let (path, headers, body) = &posts[0];
        assert_eq!(path, &format!("hooks/{TOKEN}"));
        assert_eq!(headers.get("authorization").unwrap(), HEADER_SECRET);
        assert_eq!(
            (body["event"].as_str(), body["lang"].as_str(), body["component"].as_str()),
            (Some("test"), Some("de"), Some("pipeline-guard"))
        );
        assert_eq!(body["title"].as_str(), Some("Testnachricht von Pipeline Guard"));
    }

    // A receiver that answers 500: not delivered, one attempt, the answer as the error.
    let r = g.test_notification_channel("slack-broken", "olga").await.unwrap();
    assert_eq!((r.delivered, r.error.as_deref()), (false, Some("the receiver answered 500")));
    assert_eq!(inbox.posts.lock().len(), 2, "a test is one attempt, never retried");
    // Nobody listening: the connection error, with no trace of the URL's token.
    let r = g.test_notification_channel("nobody-home", "olga").await.unwrap();
    let e = r.error.clone().unwrap();
    assert!(!r.delivered && !e.contains("XyZsecretTokenValue") && !e.is_empty(), "{e}");
    // The desktop channel with no app listening says so.
    let r = g.test_notification_channel("desk", "olga").await.unwrap();
    assert_eq!(r.error.as_deref(), Some("no desktop app is listening"));
    // With one listening, it gets the test message in the channel's language.
    let mut rx = g.desktop_notifications();
    let r = g.test_notification_channel("desk", "olga").await.unwrap();
    assert!(r.delivered, "{r:?}");
    assert_eq!(rx.try_recv().unwrap().title, "Test message from Pipeline Guard");

    // Unknown channels are `not_found`, nothing recorded.
    assert!(matches!(g.test_notification_channel("nope", "olga").await, Err(GuardError::UnknownChannel(_))));
    assert!(matches!(g.channel_deliveries("nope", &Default::default()).await, Err(GuardError::UnknownChannel(_))));

    // History: five more tests of ops-hook, paged newest first, three at a time.
    for _ in 0..5 {
        assert!(g.test_notification_channel("ops-hook", "olga").await.unwrap().delivered);
    }
    let q = |offset, limit| DeliveriesPageQuery { offset: Some(offset), limit: Some(limit) };
    let p1 = g.channel_deliveries("ops-hook", &q(0, 3)).await.unwrap();
    let p2 = g.channel_deliveries("ops-hook", &q(3, 3)).await.unwrap();
    assert_eq!((p1.total, p1.rows.len(), p2.rows.len()), (6, 3, 3));
    assert!(
        p1.rows
            .iter()
            .chain(&p2.rows)
            .all(|r| r.status == "sent" && r.event == "test" && r.channel == "ops-hook" && r.attempts == 1)
    );
    assert!(p1.rows[0].finished_ms >= p2.rows[2].finished_ms, "newest first");
    let broken = g.channel_deliveries("slack-broken", &Default::default()).await.unwrap();
    assert_eq!(
        (broken.total, broken.rows[0].status.as_str(), broken.rows[0].error.as_deref()),
        (1, "failed", Some("the receiver answered 500"))
    );
    let far = g.channel_deliveries("ops-hook", &q(100, 3)).await.unwrap();
    assert_eq!((far.total, far.rows.len()), (6, 0));
    for bad in [q(-1, 3), q(0, 0), q(0, 201)] {
        assert!(matches!(g.channel_deliveries("ops-hook", &bad).await, Err(GuardError::BadRequest(_))), "{bad:?}");
    }
    // Nothing secret reached the stored errors either.
    let all = serde_json::to_string(&g.notification_deliveries(100).await.unwrap()).unwrap();
    assert!(!all.contains("XyZsecretTokenValue"), "{all}");

    // Every test is audited with the operator, the channel and the outcome.
    let rows = g.audit().recent(50).await.unwrap();
    let tests: Vec<_> = rows.iter().filter(|r| r.action == "notification.test").collect();
    assert_eq!(tests.len(), 10, "{rows:?}");
    assert!(tests.iter().all(|r| r.actor == "olga"));
    assert!(tests.iter().any(|r| r.target == "slack-broken" && r.details.contains("\"delivered\":false")), "{tests:?}");
    g.shutdown().await.unwrap();
}

#[tokio::test]
async fn the_desktop_choice_is_kept_per_account_and_picks_what_notifies_in_its_language() {
    let dir = tempfile::tempdir().unwrap();
    let (port, _inbox) = receiver().await;
    let g = guard(dir.path(), port).await;
    assert_eq!(g.desktop_notify_prefs("maria").await.unwrap(), None);
    let only_failed = DesktopNotifyPrefs { critical_incidents: false, failed_healing: true, language: "pt-BR".into() };
    assert_eq!(g.set_desktop_notify_prefs("maria", &only_failed, "maria").await.unwrap(), only_failed);
    assert_eq!(g.desktop_notify_prefs("maria").await.unwrap(), Some(only_failed.clone()));
    assert_eq!(g.desktop_notify_prefs("olga").await.unwrap(), None, "per account");
    let bad = DesktopNotifyPrefs { language: "xx".into(), ..only_failed.clone() };
    assert!(matches!(g.set_desktop_notify_prefs("maria", &bad, "maria").await, Err(GuardError::BadRequest(_))));
    assert_eq!(
        g.desktop_notify_prefs("maria").await.unwrap(),
        Some(only_failed.clone()),
        "a refused change changes nothing"
    );
    let audit = g.audit().recent(10).await.unwrap();
    assert_eq!(audit.iter().filter(|r| r.action == "notification.desktop" && r.target == "maria").count(), 1);

    let loc = Localizer::embedded();
    let alerts = g.desktop_alerts();
    let opened = |component: &str| EngineEvent::IncidentOpened {
        incident_id: 7,
        component: component.into(),
        root_cause: component.into(),
        kind: "down".into(),
        reason: "connection refused".into(),
        at_ms: 1,
        message: None,
    };
    let failed = EngineEvent::HealingStep {
        incident_id: Some(7),
        action_id: 1,
        component: "web".into(),
        strategy: "restart".into(),
        phase: crate::events::StepPhase::Failed,
        at_ms: 2,
        duration_ms: Some(1200),
        detail: "still down".into(),
        message: None,
        actor: "system:healer".into(),
    };
    let escalated = EngineEvent::IncidentEscalated {
        incident_id: 7,
        component: "web".into(),
        at_ms: 3,
        reason: "ladder exhausted".into(),
        message: None,
    };
    let succeeded = EngineEvent::HealingStep {
        incident_id: Some(7),
        action_id: 1,
        component: "web".into(),
        strategy: "restart".into(),
        phase: crate::events::StepPhase::Succeeded,
        at_ms: 2,
        duration_ms: Some(1200),
        detail: "ok".into(),
        message: None,
        actor: "system:healer".into(),
    };
    let both = DesktopNotifyPrefs { critical_incidents: true, failed_healing: true, language: "de".into() };
    let none = DesktopNotifyPrefs { critical_incidents: false, failed_healing: false, language: "de".into() };
    // (event, prefs, expected title)
    let (db, web) = (opened("db"), opened("web"));
    let cases: Vec<(&EngineEvent, &DesktopNotifyPrefs, Option<&str>)> = vec![
        (&db, &both, Some("Vorfall #7: db hat ein Problem")),
        (&web, &both, None), // not a critical component
        (&db, &only_failed, None),
        (&failed, &only_failed, Some("Heilung von web: Neu starten fehlgeschlagen")),
        (&escalated, &both, Some("Vorfall #7: web braucht einen Operator")),
        (&succeeded, &both, None),
        (&db, &none, None),
        (&failed, &none, None),
    ];
    for (i, (ev, prefs, want)) in cases.into_iter().enumerate() {
        let got = alerts.alert(&loc, ev, prefs).map(|n| n.title);
        match (got.as_deref(), want) {
            (Some(g), Some(w)) if prefs.language == "de" => assert_eq!(g, w, "case {i}"),
            (Some(g), Some(_)) => assert!(g.contains("web"), "case {i}: {g}"),
            (g, w) => assert_eq!(g, w, "case {i}"),
        }
    }
    g.shutdown().await.unwrap();
}

#[tokio::test]
async fn channels_added_edited_and_removed_are_written_to_the_file_and_delivered_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let (port, inbox) = receiver().await;
    let path = dir.path().join("guard.yaml");
    // `desk` takes no incident_opened: with no app listening its worker would log failures while
    // the log-capturing test in tests.rs runs beside this one.
    let text = "# the lab's config\npipeline:\n  notifications:\n    # where the team hears about it\n    channels:\n      - name: desk\n        desktop: {}\n        filter: { events: [incident_resolved] }\ncomponents:\n  - name: db # the database\n    critical: true\n    check: { command: { run: [\"true\"] } }\n  - name: web\n    check: { command: { run: [\"true\"] } }\n";
    std::fs::write(&path, text).unwrap();
    let g = PipelineGuard::start(
        crate::config::load_file(&path).unwrap(),
        GuardOptions { db_path: Some(dir.path().join("guard.db")), log_dir: None },
    )
    .await
    .unwrap();
    let url = format!("http://127.0.0.1:{port}/live/{TOKEN}");
    let lang = guard_i18n::Lang::En;
    let posts_to = |p: &str| {
        inbox
            .posts
            .lock()
            .iter()
            .filter(|(path, _, b)| path.starts_with(p) && b["event"] == "incident_opened")
            .map(|(_, _, b)| b.clone())
            .collect::<Vec<_>>()
    };
    let mut id = 100;
    let mut incident_of = |c: &str| {
        id += 1;
        g.inner().bus.publish(EngineEvent::IncidentOpened {
            incident_id: id,
            component: c.into(),
            root_cause: c.into(),
            kind: "down".into(),
            reason: "refused".into(),
            at_ms: 1,
            message: None,
        });
    };

    // Add: in the file (comments kept), in the list, and delivering without a restart.
    let add = ChannelChange {
        config: serde_json::json!({ "name": "live-hook", "language": "de", "webhook": { "url": url, "headers": { "X-Token": HEADER_SECRET } } }),
    };
    let r = g.add_notification_channel(add, lang, "olga").await.unwrap();
    assert!(r.applied && r.problems.is_empty(), "{r:?}");
    assert_eq!(r.channel.as_ref().map(|c| c.name.as_str()), Some("live-hook"));
    let file = std::fs::read_to_string(&path).unwrap();
    for kept in
        ["# the lab's config", "# where the team hears about it", "- name: db # the database", "name: live-hook", TOKEN]
    {
        assert!(file.contains(kept), "`{kept}` missing from\n{file}");
    }
    incident_of("db");
    wait_for(|| posts_to("live/").len() == 1).await;
    assert_eq!(posts_to("live/")[0]["lang"], "de");

    // Edit without the secrets: they stay in the file and in force; the new language applies.
    let edit = ChannelChange {
        config: serde_json::json!({ "name": "live-hook", "language": "fr", "webhook": { "headers": { "X-Token": null } }, "filter": { "min_severity": "critical" } }),
    };
    let r = g.replace_notification_channel("live-hook", edit, lang, "olga").await.unwrap();
    assert!(r.applied, "{r:?}");
    let file = std::fs::read_to_string(&path).unwrap();
    assert!(file.contains(TOKEN) && file.contains(HEADER_SECRET) && file.contains("language: fr"), "{file}");
    incident_of("db");
    wait_for(|| posts_to("live/").len() == 2).await;
    assert_eq!(posts_to("live/")[1]["lang"], "fr");
    assert_eq!(inbox.posts.lock().last().unwrap().1.get("x-token").unwrap(), HEADER_SECRET);

    // Severity follows the components in force: `web` becomes critical at run time (comp's
    // live component edit) and its next incident passes the channel's `critical` filter.
    incident_of("web");
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(posts_to("live/").len(), 2, "a warning passed a critical-only filter");
    let web = crate::manage::ComponentChange {
        config: serde_json::json!({ "name": "web", "critical": true, "check": { "command": { "run": ["true"] } } }),
    };
    assert!(g.replace_component("web", web, lang, "olga").await.unwrap().applied);
    incident_of("web");
    wait_for(|| posts_to("live/").len() == 3).await;
    assert_eq!(
        (posts_to("live/")[2]["component"].as_str(), posts_to("live/")[2]["severity"].as_str()),
        (Some("web"), Some("critical"))
    );

    // A change the validator refuses: its problem beside the field, the file untouched.
    let before = std::fs::read_to_string(&path).unwrap();
    let bad = ChannelChange {
        config: serde_json::json!({ "name": "live-hook", "webhook": { "url": "ftp://example.com/x" } }),
    };
    let r = g.replace_notification_channel("live-hook", bad, lang, "olga").await.unwrap();
    assert!(!r.applied && !r.problems.is_empty(), "{r:?}");
    assert!(r.problems.iter().all(|p| p.message.contains("guard.yaml:")), "{:?}", r.problems);
    let dup = ChannelChange { config: serde_json::json!({ "name": "desk", "desktop": {} }) };
    let r = g.add_notification_channel(dup, lang, "olga").await.unwrap();
    assert!(!r.applied && r.problems.iter().any(|p| p.message.contains("duplicate channel name `desk`")), "{r:?}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), before);
    assert!(matches!(g.remove_notification_channel("nope", lang, "olga").await, Err(GuardError::UnknownChannel(_))));

    // Remove: gone from the file and the list; nothing more reaches it.
    let r = g.remove_notification_channel("live-hook", lang, "olga").await.unwrap();
    assert!(r.applied && r.channel.is_none());
    assert!(!std::fs::read_to_string(&path).unwrap().contains("live-hook"));
    assert_eq!(g.notification_channels().iter().map(|c| c.name.as_str()).collect::<Vec<_>>(), ["desk"]);
    incident_of("db");
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(posts_to("live/").len(), 3, "a removed channel still delivers");

    // Audited with the account, secrets masked in the row.
    let rows = g.audit().recent(20).await.unwrap();
    let actions: Vec<_> = rows
        .iter()
        .filter(|r| r.action.starts_with("notification.channel."))
        .map(|r| (r.action.as_str(), r.target.as_str(), r.actor.as_str()))
        .collect();
    assert_eq!(
        actions,
        [
            ("notification.channel.remove", "live-hook", "olga"),
            ("notification.channel.edit", "live-hook", "olga"),
            ("notification.channel.add", "live-hook", "olga")
        ]
    );
    assert!(
        rows.iter().all(|r| !r.details.contains("XyZsecretTokenValue") && !r.details.contains("header-secret-4711")),
        "{rows:?}"
    );
    g.shutdown().await.unwrap();
}

async fn wait_for(mut done: impl FnMut() -> bool) {
    let end = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while !done() {
        assert!(std::time::Instant::now() < end, "timed out");
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}
