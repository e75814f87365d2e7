//! Notifications: filters, de-duplication, back-off, texts in every language, and delivery to
//! a real HTTP server and a real SMTP sink on loopback, with one broken channel beside them.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use std::time::Duration;

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use guard_i18n::{Lang, Localizer};
use parking_lot::Mutex;
use serde_json::Value;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

use super::settings::*;
use super::*;
use crate::clock::SystemClock;
use crate::config::Secret;
use crate::events::{EngineEvent, EventBus, StepPhase};

fn opened(id: i64, component: &str) -> EngineEvent {
    EngineEvent::IncidentOpened {
        incident_id: id,
        component: component.into(),
        root_cause: component.into(),
        kind: "crash".into(),
        reason: "process 42 exited with status 1".into(),
        at_ms: 1_000,
        message: None,
    }
}

fn step(id: Option<i64>, component: &str, phase: StepPhase) -> EngineEvent {
    EngineEvent::HealingStep {
        incident_id: id,
        action_id: 7,
        component: component.into(),
        strategy: "restart".into(),
        phase,
        at_ms: 2_000,
        duration_ms: Some(1_500),
        detail: "stopped and respawned".into(),
        message: None,
        actor: "system:healer".into(),
    }
}

#[test]
fn events_map_to_notifications_with_severity() {
    let critical: BTreeSet<String> = ["db".to_string()].into();
    let cases: Vec<(EngineEvent, Option<(NotifyEvent, NotifySeverity)>)> = vec![
        (opened(1, "api"), Some((NotifyEvent::IncidentOpened, NotifySeverity::Warning))),
        (opened(2, "db"), Some((NotifyEvent::IncidentOpened, NotifySeverity::Critical))),
        (step(Some(1), "api", StepPhase::Started), Some((NotifyEvent::StepStarted, NotifySeverity::Info))),
        (step(Some(1), "api", StepPhase::Succeeded), Some((NotifyEvent::StepSucceeded, NotifySeverity::Info))),
        (step(Some(1), "api", StepPhase::Failed), Some((NotifyEvent::StepFailed, NotifySeverity::Warning))),
        (step(Some(1), "api", StepPhase::Skipped), None),
        (
            EngineEvent::IncidentEscalated {
                incident_id: 1,
                component: "api".into(),
                at_ms: 3,
                reason: "breaker open".into(),
                message: None,
            },
            Some((NotifyEvent::IncidentEscalated, NotifySeverity::Critical)),
        ),
        (
            EngineEvent::IncidentClosed {
                incident_id: 1,
                component: "api".into(),
                at_ms: 4,
                resolution: "verified healthy".into(),
                message: None,
            },
            Some((NotifyEvent::IncidentResolved, NotifySeverity::Info)),
        ),
        (
            EngineEvent::IncidentClosed {
                incident_id: 3,
                component: "web".into(),
                at_ms: 4,
                resolution: "folded into incident 1: root cause `db`".into(),
                message: None,
            },
            None,
        ),
        (EngineEvent::Notice { at_ms: 1, component: None, message: "x".into(), msg: None }, None),
    ];
    for (i, (ev, want)) in cases.into_iter().enumerate() {
        let got = Notification::from_event(&ev, &critical).map(|n| (n.event, n.severity));
        assert_eq!(got, want, "case {i}");
    }
}

#[test]
fn filters_admit_by_severity_component_and_event() {
    let f = ChannelFilter {
        min_severity: NotifySeverity::Warning,
        components: ["api".to_string()].into(),
        events: [NotifyEvent::IncidentOpened, NotifyEvent::IncidentEscalated, NotifyEvent::StepStarted].into(),
    };
    // (severity, component, event, admitted)
    let cases = [
        (NotifySeverity::Critical, "api", NotifyEvent::IncidentEscalated, true),
        (NotifySeverity::Warning, "api", NotifyEvent::IncidentOpened, true),
        (NotifySeverity::Info, "api", NotifyEvent::StepStarted, false),
        (NotifySeverity::Critical, "db", NotifyEvent::IncidentOpened, false),
        (NotifySeverity::Warning, "api", NotifyEvent::StepFailed, false),
    ];
    for (i, (sev, comp, ev, want)) in cases.into_iter().enumerate() {
        assert_eq!(f.admits(sev, comp, ev), want, "case {i}");
    }
    assert!(ChannelFilter::default().admits(NotifySeverity::Info, "anything", NotifyEvent::StepStarted));
}

#[test]
fn the_same_news_is_sent_once_per_window_and_again_after_it() {
    let mut d = Dedup::default();
    // (channel, key, now, window, first)
    let cases = [
        (0, "incident:1:step_failed:restart", 0, 1000, true),
        (0, "incident:1:step_failed:restart", 500, 1000, false),
        (1, "incident:1:step_failed:restart", 500, 1000, true),
        (0, "incident:2:step_failed:restart", 600, 1000, true),
        (0, "incident:1:step_failed:restart", 1000, 1000, true),
        (0, "incident:1:step_failed:restart", 1001, 0, true),
        (0, "incident:1:step_failed:restart", 1002, 0, true),
    ];
    for (i, (ch, key, now, window, want)) in cases.into_iter().enumerate() {
        assert_eq!(d.first(ch, key, now, window), want, "case {i}");
    }
    let a = Notification::from_event(&step(Some(1), "api", StepPhase::Failed), &BTreeSet::new()).unwrap();
    let b = Notification { at_ms: 99_999, detail: "other words".into(), ..a.clone() };
    assert_eq!(a.dedup_key(), b.dedup_key(), "same incident + event + step");
    let c = Notification::from_event(&step(None, "api", StepPhase::Failed), &BTreeSet::new()).unwrap();
    assert_eq!(c.dedup_key(), "component:api:step_failed:restart");
}

#[test]
fn back_off_doubles_up_to_the_cap() {
    let r = RetrySettings {
        attempts: 6,
        backoff: Duration::from_millis(100),
        max_backoff: Duration::from_millis(350),
        timeout: Duration::from_secs(1),
    };
    let got: Vec<u128> = (1..=6).map(|n| r.delay_before(n).as_millis()).collect();
    assert_eq!(got, vec![0, 100, 200, 350, 350, 350]);
}

#[test]
fn secrets_are_scrubbed_from_error_texts() {
    let s = scrub(
        "POST https://hooks.example/T0/B0/abc123 failed; password hunter2",
        &["https://hooks.example/T0/B0/abc123".into(), "hunter2".into(), String::new()],
    );
    assert_eq!(s, "POST *** failed; password ***");
}

#[test]
fn every_language_puts_every_event_into_its_own_words() {
    let loc = Localizer::embedded();
    let critical = BTreeSet::new();
    let events = [
        opened(5, "api"),
        step(Some(5), "api", StepPhase::Started),
        step(Some(5), "api", StepPhase::Succeeded),
        step(Some(5), "api", StepPhase::Failed),
        EngineEvent::IncidentEscalated {
            incident_id: 5,
            component: "api".into(),
            at_ms: 3,
            reason: "breaker open".into(),
            message: None,
        },
        EngineEvent::IncidentClosed {
            incident_id: 5,
            component: "api".into(),
            at_ms: 4,
            resolution: "verified healthy".into(),
            message: None,
        },
    ];
    for ev in &events {
        let n = Notification::from_event(ev, &critical).unwrap();
        let en = message::render(&loc, Lang::En, &n);
        for lang in Lang::ALL {
            let t = message::render(&loc, lang, &n);
            for text in [&t.title, &t.body, &t.severity, &t.footer, &t.subject] {
                assert!(!text.contains('{') && !text.is_empty(), "{lang:?} {:?}: {text}", n.event);
            }
            assert!(t.title.contains("api"), "{lang:?}: {}", t.title);
            if lang != Lang::En {
                assert_ne!(t.title, en.title, "{lang:?} is not translated");
            }
        }
    }
    let n = Notification::from_event(&opened(5, "api"), &critical).unwrap();
    assert_eq!(message::render(&loc, Lang::De, &n).title, "Vorfall #5: api hat ein Problem");
    assert_eq!(message::render(&loc, Lang::En, &n).body, "api is crashed: process 42 exited with status 1");

    // A step's strategy by its name in the language (never the raw id), its seconds as a
    // number the language formats.
    let n = Notification::from_event(&step(Some(5), "api", StepPhase::Succeeded), &critical).unwrap();
    for lang in Lang::ALL {
        let t = message::render(&loc, lang, &n);
        let name = loc.translate("ui-strategy-restart", lang);
        assert!(t.title.contains(&name) && t.strategy == name, "{lang:?}: {}", t.title);
        if lang != Lang::En {
            assert!(!t.title.contains("restart"), "{lang:?}: raw strategy id in {}", t.title);
        }
        let seconds = guard_i18n::format_decimal(lang, 1.5, 1);
        assert!(t.body.contains(&seconds), "{lang:?}: {} lacks {seconds}", t.body);
    }
    let de = message::render(&loc, Lang::De, &n);
    assert!(de.title.contains("Neu starten") && de.body.contains("1,5"), "{de:?}");
}

#[test]
fn slack_and_teams_payloads_have_their_shapes() {
    let loc = Localizer::embedded();
    let n = Notification::from_event(&step(Some(9), "a<b>", StepPhase::Failed), &BTreeSet::new()).unwrap();
    let t = message::render(&loc, Lang::En, &n);
    let s = payload::slack(&n, &t);
    assert!(s["text"].as_str().unwrap().starts_with(":warning: Healing a&lt;b&gt;: Restart failed"), "{s}");
    assert_eq!(s["blocks"][0]["type"], "header");
    let fields = s["blocks"][2]["fields"].as_array().unwrap();
    assert!(fields.iter().any(|f| f["text"] == "*Incident:* #9"), "{s}");
    let m = payload::teams(&n, &t);
    assert_eq!(m["type"], "message");
    let card = &m["attachments"][0];
    assert_eq!(card["contentType"], "application/vnd.microsoft.card.adaptive");
    assert_eq!(card["content"]["type"], "AdaptiveCard");
    assert_eq!(card["content"]["body"][0]["color"], "Warning");
    let facts = card["content"]["body"][2]["facts"].as_array().unwrap();
    assert!(facts.iter().any(|f| f["title"] == "Healing step" && f["value"] == "Restart"), "{m}");
    let g = payload::generic(&n, &t, Lang::En);
    assert_eq!(
        (g["event"].as_str(), g["severity"].as_str(), g["incident_id"].as_i64()),
        (Some("step_failed"), Some("warning"), Some(9))
    );
}

// ---- real receivers on loopback -------------------------------------------------------------

#[derive(Clone, Default)]
struct Inbox {
    posts: Arc<Mutex<Vec<(String, HeaderMap, Value)>>>,
}

async fn receive(State(inbox): State<Inbox>, Path(path): Path<String>, headers: HeaderMap, body: String) -> StatusCode {
    let v: Value = serde_json::from_str(&body).unwrap_or(Value::Null);
    inbox.posts.lock().push((path.clone(), headers, v));
    if path.starts_with("broken") { StatusCode::SERVICE_UNAVAILABLE } else { StatusCode::OK }
}

async fn http_receiver() -> (u16, Inbox) {
    let inbox = Inbox::default();
    let app = axum::Router::new().route("/{*path}", post(receive)).with_state(inbox.clone());
    let l = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = l.local_addr().unwrap().port();
    tokio::spawn(async move { axum::serve(l, app).await.unwrap() });
    (port, inbox)
}

/// A tiny SMTP server: enough of RFC 5321 for one client (EHLO, AUTH PLAIN/LOGIN, MAIL, RCPT,
/// DATA, RSET, NOOP, QUIT). Keeps each message's envelope and data.
#[derive(Clone, Default)]
struct SmtpSink {
    mails: Arc<Mutex<Vec<(String, Vec<String>, String)>>>,
    auths: Arc<Mutex<Vec<String>>>,
}

async fn smtp_sink() -> (u16, SmtpSink) {
    let sink = SmtpSink::default();
    let l = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = l.local_addr().unwrap().port();
    let s = sink.clone();
    tokio::spawn(async move {
        loop {
            let Ok((sock, _)) = l.accept().await else { return };
            let s = s.clone();
            tokio::spawn(async move {
                let (r, mut w) = sock.into_split();
                let mut r = BufReader::new(r);
                w.write_all(b"220 sink.test ESMTP\r\n").await.unwrap();
                let (mut from, mut to) = (String::new(), Vec::new());
                let mut line = String::new();
                loop {
                    line.clear();
                    if r.read_line(&mut line).await.unwrap_or(0) == 0 {
                        return;
                    }
                    let cmd = line.trim_end().to_string();
                    let upper = cmd.to_ascii_uppercase();
                    let reply: &[u8] = if upper.starts_with("EHLO") || upper.starts_with("HELO") {
                        b"250-sink.test\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME\r\n"
                    } else if upper.starts_with("AUTH PLAIN") {
                        s.auths.lock().push(cmd.clone());
                        b"235 2.7.0 ok\r\n"
                    } else if upper.starts_with("MAIL FROM:") {
                        from = cmd[10..].trim().to_string();
                        b"250 ok\r\n"
                    } else if upper.starts_with("RCPT TO:") {
                        to.push(cmd[8..].trim().to_string());
                        b"250 ok\r\n"
                    } else if upper == "DATA" {
                        w.write_all(b"354 go on\r\n").await.unwrap();
                        let mut data = String::new();
                        loop {
                            line.clear();
                            if r.read_line(&mut line).await.unwrap_or(0) == 0 {
                                return;
                            }
                            if line == ".\r\n" {
                                break;
                            }
                            data.push_str(&line);
                        }
                        s.mails.lock().push((std::mem::take(&mut from), std::mem::take(&mut to), data));
                        b"250 queued\r\n"
                    } else if upper == "QUIT" {
                        let _ = w.write_all(b"221 bye\r\n").await;
                        return;
                    } else if upper == "RSET" || upper == "NOOP" {
                        b"250 ok\r\n"
                    } else {
                        b"502 not implemented\r\n"
                    };
                    w.write_all(reply).await.unwrap();
                }
            });
        }
    });
    (port, sink)
}

fn channel(name: &str, kind: ChannelKind, filter: ChannelFilter, language: Lang) -> ChannelSettings {
    ChannelSettings { name: name.into(), kind, filter, dedup_window: Duration::from_secs(60), language }
}

async fn wait_for(what: &str, mut done: impl FnMut() -> bool) {
    let end = std::time::Instant::now() + Duration::from_secs(15);
    while !done() {
        assert!(std::time::Instant::now() < end, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// A `tracing` writer into a buffer, to prove secrets never reach the logs.
#[derive(Clone, Default)]
struct LogBuf(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for LogBuf {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.lock().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn every_channel_delivers_a_broken_one_retries_alone_and_duplicates_are_sent_once() {
    let logs = LogBuf::default();
    let w = logs.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::DEBUG)
        .with_writer(move || w.clone())
        .with_ansi(false)
        .finish();
    let _log = tracing::subscriber::set_default(subscriber);

    let (hp, inbox) = http_receiver().await;
    let (sp, sink) = smtp_sink().await;
    let refused = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let dir = tempfile::tempdir().unwrap();
    let pool = sqlx::sqlite::SqlitePoolOptions::new()
        .connect_with(
            sqlx::sqlite::SqliteConnectOptions::new().filename(dir.path().join("n.db")).create_if_missing(true),
        )
        .await
        .unwrap();
    sqlx::migrate!("../../migrations").run(&pool).await.unwrap();

    let url = |p: &str| Secret(format!("http://127.0.0.1:{hp}/{p}"));
    let all = ChannelFilter::default();
    let settings = NotificationSettings {
        enabled: true,
        retry: RetrySettings {
            attempts: 3,
            backoff: Duration::from_millis(20),
            max_backoff: Duration::from_millis(50),
            timeout: Duration::from_secs(2),
        },
        channels: vec![
            channel(
                "broken",
                ChannelKind::Webhook { url: url("broken/TOKEN-BROKEN-123"), headers: BTreeMap::new() },
                all.clone(),
                Lang::En,
            ),
            channel(
                "nobody",
                ChannelKind::Slack { url: Secret(format!("http://127.0.0.1:{refused}/services/TOKEN-REFUSED-456")) },
                all.clone(),
                Lang::En,
            ),
            channel(
                "hook",
                ChannelKind::Webhook {
                    url: url("hook/TOKEN-HOOK-789"),
                    headers: [("X-Guard-Token".to_string(), Secret("HEADER-SECRET-000".into()))].into(),
                },
                all.clone(),
                Lang::En,
            ),
            channel(
                "slack",
                ChannelKind::Slack { url: url("slack/T000/B000/TOKEN-SLACK") },
                ChannelFilter { min_severity: NotifySeverity::Warning, ..all.clone() },
                Lang::En,
            ),
            channel(
                "teams",
                ChannelKind::Teams { url: url("teams/TOKEN-TEAMS") },
                ChannelFilter {
                    events: [NotifyEvent::IncidentOpened, NotifyEvent::IncidentResolved].into(),
                    ..all.clone()
                },
                Lang::De,
            ),
            channel(
                "mail",
                ChannelKind::Email(EmailSettings {
                    smtp: SmtpSettings {
                        host: "127.0.0.1".into(),
                        port: sp,
                        security: SmtpSecurity::None,
                        username: Some("guard".into()),
                        password: Some(Secret("SMTP-PASSWORD-xyz".into())),
                        timeout: Duration::from_secs(5),
                    },
                    from: "Pipeline Guard <guard@lab.test>".into(),
                    to: vec!["ops@lab.test".into()],
                }),
                ChannelFilter { events: [NotifyEvent::IncidentEscalated].into(), ..all.clone() },
                Lang::Fr,
            ),
            channel(
                "desktop",
                ChannelKind::Desktop,
                ChannelFilter { components: ["db".to_string()].into(), ..all.clone() },
                Lang::Ja,
            ),
        ],
    };
    let (desktop, mut desktop_rx) = tokio::sync::broadcast::channel(16);
    let bus = EventBus::new(64);
    let cx = NotifyContext {
        clock: Arc::new(SystemClock),
        http: reqwest::Client::new(),
        localizer: Arc::new(Localizer::embedded()),
        desktop,
        store: Some(DeliveryStore::new(pool.clone())),
        retry: settings.retry,
    };
    spawn(&settings, bus.subscribe(), ["db".to_string()].into(), cx);

    bus.publish(opened(11, "api"));
    bus.publish(step(Some(11), "api", StepPhase::Started));
    bus.publish(step(Some(11), "api", StepPhase::Failed));
    bus.publish(step(Some(11), "api", StepPhase::Failed)); // the same news again: de-duplicated
    bus.publish(EngineEvent::IncidentEscalated {
        incident_id: 11,
        component: "api".into(),
        at_ms: 5_000,
        reason: "the circuit breaker is open".into(),
        message: None,
    });
    bus.publish(EngineEvent::IncidentClosed {
        incident_id: 11,
        component: "api".into(),
        at_ms: 6_000,
        resolution: "verified healthy after `restart`".into(),
        message: None,
    });
    bus.publish(opened(12, "db"));

    let posts = |p: &str| inbox.posts.lock().iter().filter(|x| x.0.starts_with(p)).count();
    // hook: every event, the duplicate once: opened, started, failed, escalated, resolved, opened(db).
    wait_for("the generic webhook", || posts("hook/") == 6).await;
    // slack: warning and up: opened, failed, escalated, opened(db).
    wait_for("slack", || posts("slack/") == 4).await;
    // teams: opened and resolved events only: opened(api), resolved, opened(db).
    wait_for("teams", || posts("teams/") == 3).await;
    wait_for("the mail", || sink.mails.lock().len() == 1).await;
    let d = tokio::time::timeout(Duration::from_secs(10), desktop_rx.recv()).await.unwrap().unwrap();
    // The broken channel gets every event, three attempts each.
    wait_for("the broken channel's retries", || posts("broken/") == 6 * 3).await;

    // Generic webhook: JSON with the header, nothing lost, no duplicate.
    let hook: Vec<(HeaderMap, Value)> =
        inbox.posts.lock().iter().filter(|x| x.0.starts_with("hook/")).map(|x| (x.1.clone(), x.2.clone())).collect();
    assert!(hook.iter().all(|(h, _)| h.get("x-guard-token").is_some_and(|v| v == "HEADER-SECRET-000")));
    let events: Vec<&str> = hook.iter().map(|(_, v)| v["event"].as_str().unwrap()).collect();
    assert_eq!(
        events,
        [
            "incident_opened",
            "step_started",
            "step_failed",
            "incident_escalated",
            "incident_resolved",
            "incident_opened"
        ]
    );
    assert_eq!(hook[5].1["severity"], "critical", "db is critical");
    assert_eq!(hook[0].1["title"], "Incident #11: api has a problem");

    let teams: Vec<Value> =
        inbox.posts.lock().iter().filter(|x| x.0.starts_with("teams/")).map(|x| x.2.clone()).collect();
    assert_eq!(teams[0]["attachments"][0]["content"]["body"][0]["text"], "Vorfall #11: api hat ein Problem");
    let slack: Vec<Value> =
        inbox.posts.lock().iter().filter(|x| x.0.starts_with("slack/")).map(|x| x.2.clone()).collect();
    assert!(slack.iter().all(|s| s["blocks"].is_array() && s["text"].is_string()));

    // The mail went through the sink: envelope, subject, French text.
    let (from, to, data) = sink.mails.lock()[0].clone();
    assert_eq!((from.as_str(), to.as_slice()), ("<guard@lab.test>", &["<ops@lab.test>".to_string()][..]));
    assert!(data.contains("Subject: [Pipeline Guard] Incident"), "{data}");
    assert!(data.contains("api a besoin d") || data.contains("=E2=80=99"), "{data}");
    assert_eq!(sink.auths.lock().len(), 1, "it authenticated");

    // Desktop: only db's notification, in Japanese.
    assert_eq!(
        (d.component.as_str(), d.event, d.severity),
        ("db", NotifyEvent::IncidentOpened, NotifySeverity::Critical)
    );
    assert!(d.title.contains("インシデント #12"), "{}", d.title);

    // Deliveries are recorded, with scrubbed errors.
    let store = DeliveryStore::new(pool.clone());
    let end = std::time::Instant::now() + Duration::from_secs(15);
    let rows = loop {
        let rows = store.list(100).await.unwrap();
        let n = |ch: &str| rows.iter().filter(|r| r.channel == ch).count();
        if n("broken") == 6 && n("nobody") == 6 && n("hook") == 6 && n("mail") == 1 && n("desktop") == 1 {
            break rows;
        }
        assert!(std::time::Instant::now() < end, "deliveries not all recorded: {rows:?}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    let count = |ch: &str, status: &str| rows.iter().filter(|r| r.channel == ch && r.status == status).count();
    assert_eq!(count("hook", "sent"), 6);
    assert_eq!(count("broken", "failed"), 6);
    assert!(
        rows.iter()
            .filter(|r| r.channel == "broken")
            .all(|r| r.attempts == 3 && r.error.as_deref() == Some("the receiver answered 503"))
    );
    let nobody: Vec<&DeliveryRow> = rows.iter().filter(|r| r.channel == "nobody").collect();
    assert!(nobody.iter().all(|r| r.status == "failed" && r.attempts == 3), "{nobody:?}");
    assert_eq!(count("mail", "sent"), 1);
    assert_eq!(count("desktop", "sent"), 1);

    // Secrets never reach the logs or the database.
    let text = String::from_utf8(logs.0.lock().clone()).unwrap();
    assert!(text.contains("notification delivery failed"), "the failures were logged:\n{text}");
    let stored = format!("{rows:?}");
    for secret in [
        "TOKEN-BROKEN-123",
        "TOKEN-REFUSED-456",
        "TOKEN-HOOK-789",
        "HEADER-SECRET-000",
        "TOKEN-SLACK",
        "TOKEN-TEAMS",
        "SMTP-PASSWORD-xyz",
    ] {
        assert!(!text.contains(secret), "{secret} was logged:\n{text}");
        assert!(!stored.contains(secret), "{secret} was stored");
    }
}
