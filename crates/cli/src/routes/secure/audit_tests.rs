//! Every state-changing route of the real router, enumerated from its table (every method but
//! GET), called as a named operator, leaves exactly one audit row naming the caller, the action
//! and the target. A route without a case here fails the test, so a new one comes with its row.
//! Requests carry `Content-Type: application/json` with their bodies, no `Origin`, from a
//! loopback address.

use std::net::SocketAddr;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Method, Request, StatusCode};
use guard_engine::config::load_file;
use guard_engine::{GuardOptions, PipelineGuard};
use serde_json::{Value, json};
use tower::ServiceExt;

use crate::server::{AppState, router_with_table};

const SECRET: &str = "route-audit-test-signing-key-0123456789";
const PW: &str = "correct horse battery";

async fn guard(dir: &std::path::Path) -> PipelineGuard {
    let text = format!(
        "pipeline:\n  security: {{ enabled: true, token_expiry: 1h, secret_key: \"{SECRET}\" }}\n  notifications:\n    channels:\n      - name: ops-hook\n        webhook: {{ url: \"http://127.0.0.1:9/hook\" }}\ncomponents:\n  - name: api\n    check: {{ tcp: {{ addr: \"127.0.0.1:9\" }} }}\n  - name: web\n    scale: {{ command: [\"true\", \"{{replicas}}\"], max_instances: 3 }}\n    check: {{ tcp: {{ addr: \"127.0.0.1:9\" }} }}\n    autoscale: {{ metric: response_time_seconds, threshold_up: 1.0, threshold_down: 0.1, max_instances: 3, dry_run: true }}\n"
    );
    // A real file: component changes are written back to it.
    let path = dir.join("test.yaml");
    std::fs::write(&path, &text).unwrap();
    let cfg = load_file(&path).unwrap();
    PipelineGuard::start(cfg, GuardOptions { db_path: Some(dir.join("guard.db")), log_dir: None }).await.unwrap()
}

async fn call(
    app: &axum::Router,
    method: &Method,
    path: &str,
    token: Option<&str>,
    body: Option<&Value>,
) -> (StatusCode, Value) {
    let mut req = Request::builder().method(method.clone()).uri(path);
    if let Some(t) = token {
        req = req.header("authorization", format!("Bearer {t}"));
    }
    let body = match body {
        Some(b) => {
            req = req.header("content-type", "application/json");
            Body::from(b.to_string())
        }
        None => Body::empty(),
    };
    let mut req = req.body(body).unwrap();
    req.extensions_mut().insert(ConnectInfo(SocketAddr::from(([127, 0, 0, 1], 50_000))));
    let resp = app.clone().oneshot(req).await.unwrap();
    let status = resp.status();
    let bytes = axum::body::to_bytes(resp.into_body(), 1 << 24).await.unwrap();
    (status, serde_json::from_slice(&bytes).unwrap_or(Value::Null))
}

/// One state-changing call: the concrete path, its body, the audit action and target it must
/// leave, and who must be named (the caller, unless the route makes someone else).
struct Case {
    path: String,
    body: Option<Value>,
    action: &'static str,
    target: String,
    actor: &'static str,
}

fn case(path: &str, body: Option<Value>, action: &'static str, target: &str) -> Case {
    Case { path: path.into(), body, action, target: target.into(), actor: "olga" }
}

#[tokio::test]
async fn every_state_changing_route_is_audited_with_the_caller() {
    let dir = tempfile::tempdir().unwrap();
    let g = guard(dir.path()).await;
    let (app, table) = router_with_table(AppState { guard: g.clone() }, None);
    let sec = g.security().clone();
    let newest = || async { g.audit().recent(1).await.unwrap().first().map_or(0, |r| r.id) };

    // Setup first: it creates the first admin, who is named for it (a person did it).
    let setup_token = sec.setup_token().expect("a fresh guard waits for setup");
    let mut cases: Vec<(Method, &str, Case)> = vec![(
        Method::POST,
        "/api/setup",
        Case {
            path: "/api/setup".into(),
            body: Some(json!({ "setup_token": setup_token, "username": "olga", "password": PW })),
            action: "user.create",
            target: "olga".into(),
            actor: "olga",
        },
    )];
    let alert = json!({
        "version": "4", "status": "firing", "receiver": "guard", "groupKey": "{}:{alertname=\"ApiDown\"}",
        "alerts": [{ "status": "firing", "labels": { "alertname": "ApiDown", "component": "api" }, "annotations": { "summary": "api is down" },
                     "startsAt": "2026-01-01T00:00:00Z", "endsAt": "0001-01-01T00:00:00Z", "fingerprint": "abc123" }]
    });
    let rule = json!({ "metric": "response_time_seconds", "op": "gt", "value": 2.0, "severity": "high" });
    let blocked = json!({ "operation": "transfer", "data_type": "personal_data", "user_region": "eu-central", "destination": "us-east", "standards": ["gdpr"] });
    let report = json!({ "from": "2026-01-01", "to": "2026-01-02", "standards": ["gdpr"], "format": "json" });
    // An incident to work (opened in the real store, as the healer does).
    let reason = guard_engine::heal::timeline::Msg::new("incident-reason-check").text("issues", "timed out");
    let incident = g
        .incident_store()
        .open(&guard_engine::heal::incidents::NewIncident {
            component: "api",
            root_cause: "api",
            kind: "down",
            source: "check",
            reason: &reason,
            onset_ms: 1_000,
            detected_ms: 1_000,
            fingerprint: None,
        })
        .await
        .unwrap();
    let (inc_path, inc_target) = (format!("/api/incidents/{incident}"), format!("incident:{incident}"));
    for (m, p, c) in [
        (
            Method::POST,
            "/api/login",
            Case {
                path: "/api/login".into(),
                body: Some(json!({ "username": "olga", "password": PW })),
                action: "login",
                target: "127.0.0.1".into(),
                actor: "olga",
            },
        ),
        (
            Method::POST,
            "/api/users",
            case(
                "/api/users",
                Some(json!({ "name": "nina", "role": "viewer", "password": PW })),
                "user.create",
                "nina",
            ),
        ),
        (
            Method::PUT,
            "/api/users/{name}/role",
            case("/api/users/nina/role", Some(json!({ "role": "operator" })), "user.role", "nina"),
        ),
        (Method::POST, "/api/users/{name}/disable", case("/api/users/nina/disable", None, "user.disable", "nina")),
        (Method::POST, "/api/users/{name}/enable", case("/api/users/nina/enable", None, "user.enable", "nina")),
        (
            Method::POST,
            "/api/tokens",
            case("/api/tokens", Some(json!({ "user": "nina", "ttl_s": 600 })), "token.issue", "nina"),
        ),
        (
            Method::POST,
            "/api/regions/{region}/activate",
            case("/api/regions/sa-east/activate", None, "region.activate", "sa-east"),
        ),
        (
            Method::POST,
            "/api/regions/{region}/deactivate",
            case("/api/regions/sa-east/deactivate", None, "region.deactivate", "sa-east"),
        ),
        (
            Method::POST,
            "/api/compliance/validate",
            case("/api/compliance/validate", Some(blocked), "data.operation.blocked", "personal_data:eu-central"),
        ),
        (
            Method::PUT,
            "/api/account/language",
            case("/api/account/language", Some(json!({ "language": "de" })), "account.language", "olga"),
        ),
        (
            Method::PUT,
            "/api/components/{name}/autoscale",
            case(
                "/api/components/web/autoscale",
                Some(json!({ "paused": null, "dry_run": true, "max_instances": 2 })),
                "autoscale.change",
                "web",
            ),
        ),
        (
            Method::POST,
            "/api/components/{name}/rules",
            case("/api/components/api/rules", Some(rule), "detection.rule.add", "api"),
        ),
        (
            Method::PUT,
            "/api/components/{name}/preferences",
            case(
                "/api/components/api/preferences",
                Some(json!({ "recovery": ["notify"] })),
                "healing.preferences",
                "api",
            ),
        ),
        (
            Method::POST,
            "/api/components/{name}/heal",
            case("/api/components/api/heal", Some(json!({ "strategy": "notify" })), "healing.request", "api"),
        ),
        (
            Method::POST,
            "/api/components",
            case(
                "/api/components",
                Some(json!({ "config": { "name": "extra", "check": { "command": { "run": ["true"] } } } })),
                "component.add",
                "extra",
            ),
        ),
        (
            Method::PUT,
            "/api/components/{name}",
            case(
                "/api/components/extra",
                Some(
                    json!({ "config": { "name": "extra", "critical": true, "check": { "command": { "run": ["true"] } } } }),
                ),
                "component.edit",
                "extra",
            ),
        ),
        (
            Method::POST,
            "/api/components/{name}/pause",
            case("/api/components/extra/pause", None, "component.pause", "extra"),
        ),
        (
            Method::POST,
            "/api/components/{name}/resume",
            case("/api/components/extra/resume", None, "component.resume", "extra"),
        ),
        (
            Method::DELETE,
            "/api/components/{name}",
            case("/api/components/extra?purge=true", None, "component.delete", "extra"),
        ),
        (Method::POST, "/api/healing/pause", case("/api/healing/pause?component=api", None, "healing.pause", "api")),
        (Method::POST, "/api/healing/resume", case("/api/healing/resume?component=api", None, "healing.resume", "api")),
        (
            Method::POST,
            "/api/healing/maintenance",
            case(
                "/api/healing/maintenance",
                Some(json!({ "component": "api", "duration_s": 60 })),
                "healing.maintenance",
                "api",
            ),
        ),
        (
            Method::POST,
            "/api/alertmanager",
            case("/api/alertmanager", Some(alert), "alertmanager.receive", "alertmanager"),
        ),
        (Method::POST, "/api/reports", case("/api/reports", Some(report), "report.exported", "report.json")),
        (
            Method::POST,
            "/api/incidents/{id}/acknowledge",
            case(&format!("{inc_path}/acknowledge"), None, "incident.acknowledge", &inc_target),
        ),
        (
            Method::PUT,
            "/api/incidents/{id}/assignee",
            case(&format!("{inc_path}/assignee"), Some(json!({ "account": "olga" })), "incident.assign", &inc_target),
        ),
        (
            Method::POST,
            "/api/incidents/{id}/notes",
            case(&format!("{inc_path}/notes"), Some(json!({ "text": "on it" })), "incident.note", &inc_target),
        ),
        (
            Method::POST,
            "/api/notifications/channels/{name}/test",
            case("/api/notifications/channels/ops-hook/test", None, "notification.test", "ops-hook"),
        ),
        (
            Method::POST,
            "/api/notifications/channels",
            case(
                "/api/notifications/channels",
                Some(json!({ "config": { "name": "extra-hook", "webhook": { "url": "http://127.0.0.1:9/extra" } } })),
                "notification.channel.add",
                "extra-hook",
            ),
        ),
        (
            Method::PUT,
            "/api/notifications/channels/{name}",
            case(
                "/api/notifications/channels/extra-hook",
                Some(
                    json!({ "config": { "name": "extra-hook", "webhook": {}, "filter": { "min_severity": "critical" } } }),
                ),
                "notification.channel.edit",
                "extra-hook",
            ),
        ),
        (
            Method::DELETE,
            "/api/notifications/channels/{name}",
            case("/api/notifications/channels/extra-hook", None, "notification.channel.remove", "extra-hook"),
        ),
        // Last for nina and for olga's session: erasure names the pseudonym (the name is gone),
        // a token revocation its id, a logout the session's id.
        (Method::POST, "/api/users/{name}/erase", case("/api/users/nina/erase", None, "subject.erased", "")),
        (Method::DELETE, "/api/tokens/{jti}", case("/api/tokens/JTI", None, "token.revoke", "")),
        (Method::POST, "/api/logout", case("/api/logout", None, "token.revoke", "")),
    ] {
        cases.push((m, p, c));
    }

    // Every non-GET route of the table has a case, and every case is a route.
    let mutating: std::collections::BTreeSet<(String, String)> = table
        .specs()
        .iter()
        .filter(|s| s.method != Method::GET)
        .map(|s| (s.method.to_string(), s.path.clone()))
        .collect();
    let covered: std::collections::BTreeSet<(String, String)> =
        cases.iter().map(|(m, p, _)| (m.to_string(), p.to_string())).collect();
    assert_eq!(mutating, covered, "state-changing routes and their audit cases differ (add a case for a new route)");

    let mut session: Option<(String, String)> = None; // olga's token and its id
    for (method, pattern, mut c) in cases {
        let token = match pattern {
            "/api/setup" | "/api/login" => None,
            _ => Some(session.as_ref().expect("logged in").0.clone()),
        };
        if pattern == "/api/tokens/{jti}" {
            let t = sec.issue_api_token("olga", std::time::Duration::from_secs(60), None, "test").await.unwrap();
            c.path = c.path.replace("JTI", &t.jti);
            c.target = t.jti;
        }
        if pattern == "/api/logout" {
            c.target = session.as_ref().unwrap().1.clone();
        }
        let before = newest().await;
        let (status, answer) = call(&app, &method, &c.path, token.as_deref(), c.body.as_ref()).await;
        assert!(status.is_success(), "{method} {}: {status} {answer}", c.path);
        if pattern == "/api/login" {
            let t = answer["token"].as_str().unwrap().to_string();
            let jti = sec.validate_session(Some(&t), "127.0.0.1").await.unwrap().jti.unwrap();
            session = Some((t, jti));
        }
        if pattern == "/api/users/{name}/erase" {
            c.target = answer["pseudonym"].as_str().unwrap().to_string();
        }
        let rows: Vec<_> = g.audit().recent(500).await.unwrap().into_iter().filter(|r| r.id > before).collect();
        let hits: Vec<_> =
            rows.iter().filter(|r| r.actor == c.actor && r.action == c.action && r.target == c.target).collect();
        assert_eq!(
            hits.len(),
            1,
            "{method} {}: want one `{}` row by {} on `{}`, got {rows:#?}",
            c.path,
            c.action,
            c.actor,
            c.target
        );
        assert!(
            !rows.iter().any(|r| r.actor.starts_with("system:") && r.target == c.target && r.action == c.action),
            "{method} {}: a person's action named a system actor: {rows:#?}",
            c.path
        );
        if pattern == "/api/components/{name}/heal" {
            // The step runs in the background; its result is recorded as olga's too.
            let end = std::time::Instant::now() + std::time::Duration::from_secs(20);
            while !g
                .audit()
                .recent(500)
                .await
                .unwrap()
                .iter()
                .any(|r| r.id > before && r.action == "heal.notify" && r.actor == "olga" && r.target == "api")
            {
                assert!(
                    std::time::Instant::now() < end,
                    "the manual heal's result is not olga's: {:#?}",
                    g.audit().recent(20).await.unwrap()
                );
                tokio::time::sleep(std::time::Duration::from_millis(50)).await;
            }
        }
    }
    g.shutdown().await.unwrap();
}
