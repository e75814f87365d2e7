//! Every command, enumerated from [`COMMANDS`] and invoked through the real IPC handler on
//! Tauri's mock runtime, must refuse missing, expired, revoked, forged and under-privileged
//! tokens; the table, the handler, the build-time command list and the window's capability
//! must name the same commands.

use std::collections::BTreeSet;
use std::time::Duration;

use guard_engine::config::load_file;
use guard_engine::security::{Claims, Permission, PermissionSet, TokenKind, TokenSigner};
use guard_engine::{GuardOptions, PipelineGuard};
use serde_json::{Value, json};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{INVOKE_KEY, MockRuntime, get_ipc_response, mock_builder, mock_context, noop_assets};
use tauri::webview::InvokeRequest;
use tauri::{Manager, WebviewWindow, WebviewWindowBuilder};

use super::*;

fn rt<F: std::future::Future>(f: F) -> F::Output {
    tauri::async_runtime::block_on(f)
}

const SECRET: &str = "app-command-test-signing-key-0123456789";
const PW: &str = "correct horse battery";

/// A loopback port nothing listens on now (the test component's front takes it).
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn start_guard(dir: &std::path::Path, enabled: bool) -> PipelineGuard {
    let text = format!(
        "pipeline:\n  security: {{ enabled: {enabled}, token_expiry: 1h, secret_key: \"{SECRET}\" }}\n  notifications:\n    channels:\n      - name: ops-hook\n        webhook: {{ url: \"http://127.0.0.1:9/hook\" }}\ncomponents:\n  - name: api\n    process: {{ command: [\"sleep\", \"3600\", \"{{port}}\"] }}\n    scale: {{ port: {base}, min_instances: 2, max_instances: 2 }}\n    check: {{ tcp: {{ addr: \"127.0.0.1:9\" }} }}\n    front: {{ listen: \"127.0.0.1:{front}\" }}\n  - name: web\n    scale: {{ command: [\"true\", \"{{replicas}}\"], max_instances: 3 }}\n    check: {{ tcp: {{ addr: \"127.0.0.1:9\" }} }}\n    autoscale: {{ metric: response_time_seconds, threshold_up: 1.0, threshold_down: 0.1, max_instances: 3, dry_run: true }}\n",
        front = free_port(),
        base = free_port()
    );
    // A real file: component changes are written back to it.
    let path = dir.join("test.yaml");
    std::fs::write(&path, &text).unwrap();
    let cfg = load_file(&path).unwrap();
    tauri::async_runtime::block_on(PipelineGuard::start(
        cfg,
        GuardOptions { db_path: Some(dir.join("guard.db")), log_dir: None },
    ))
    .unwrap()
}

/// An open incident (id 1 in a fresh database) in the real store, for the incident commands.
/// Opens an incident for `api` and makes sure incident 1 is open: ours, or — when the healer was
/// quicker (api's check fails from the first second, so under load its own incident can come
/// first) — the healer's. The commands that work an incident name incident 1.
fn open_incident(g: &PipelineGuard) {
    let reason = guard_engine::heal::timeline::Msg::new("incident-reason-check").text("issues", "timed out");
    let n = guard_engine::heal::incidents::NewIncident {
        component: "api",
        root_cause: "api",
        kind: "down",
        source: "check",
        reason: &reason,
        onset_ms: 1_000,
        detected_ms: 1_000,
        fingerprint: None,
    };
    rt(g.incident_store().open(&n)).unwrap();
}

/// What every command can act on, security off: the guard, its window, an open incident and two
/// accounts (`admin`, and `victim`, a viewer to change and erase).
fn every_command_lab(dir: &std::path::Path) -> (PipelineGuard, tauri::App<MockRuntime>, WebviewWindow<MockRuntime>) {
    let g = start_guard(dir, false);
    let (app, w) = window(&g, None);
    open_incident(&g);
    for (name, role) in [("admin", "admin"), ("victim", "viewer")] {
        rt(g.security().create_user(name, role, PW, "test")).unwrap();
    }
    (g, app, w)
}

fn window(guard: &PipelineGuard, token: Option<String>) -> (tauri::App<MockRuntime>, WebviewWindow<MockRuntime>) {
    let app = mock_builder()
        .manage(AppState::new(guard.clone(), Operator::with_token(token)).with_downloads(test_downloads()))
        .manage(crate::welcome::Welcome::running(guard_i18n::Lang::En))
        .invoke_handler(handler())
        .build(mock_context(noop_assets()))
        .unwrap();
    let w = WebviewWindowBuilder::new(&app, "main", Default::default()).build().unwrap();
    (app, w)
}

/// A downloads folder of this test process only (saved reports never reach the real one).
fn test_downloads() -> std::path::PathBuf {
    std::env::temp_dir().join(format!("pg-app-test-downloads-{}", std::process::id()))
}

/// Arguments that make each command do real work (a known component, a valid strategy).
fn args(cmd: &str) -> Value {
    match cmd {
        "component" | "plan" | "forecast" | "threshold_rules" => json!({ "name": "api" }),
        "findings" => json!({ "query": { "limit": 10 } }),
        "samples" => json!({ "name": "api", "query": { "metric": "response_time_seconds" } }),
        "timeline" => json!({ "name": "api", "limit": 10 }),
        "incidents" => json!({ "query": { "from": 0 } }),
        "heal" => json!({ "name": "api", "strategy": "restart", "dryRun": "yes" }),
        "set_healing_paused" => json!({ "paused": false }),
        "set_region_active" => json!({ "region": "eu-west", "active": true }),
        "validate_data_operation" => {
            json!({ "request": { "operation": "transfer", "data_type": "personal_data", "user_region": "eu-central", "destination": "us-east", "standards": ["gdpr"], "lang": "de" } })
        }
        "add_user" => json!({ "user": { "name": "newbie", "role": "viewer", "password": PW } }),
        "set_user_role" => json!({ "name": "victim", "role": "operator" }),
        "set_user_disabled" => json!({ "name": "victim", "disabled": true }),
        "erase_user" => json!({ "name": "victim" }),
        "issue_token" => json!({ "request": { "user": "admin", "ttl_s": 60, "permissions": ["MONITOR_HEALTH"] } }),
        "revoke_token" => json!({ "jti": "no-such-token" }),
        "audit_log" | "security_findings" | "notification_deliveries" => json!({ "limit": 10 }),
        "add_maintenance_window" => json!({ "request": { "component": "api", "duration_s": 60 } }),
        "component_autoscale" => json!({ "name": "web", "lang": "de" }),
        "front" => json!({ "name": "api" }),
        "acknowledge_incident" => json!({ "id": 1 }),
        "assign_incident" => json!({ "id": 1, "request": { "account": null } }),
        "add_incident_note" => json!({ "id": 1, "request": { "text": "on it" } }),
        "component_config" => json!({ "name": "web" }),
        "add_component" => {
            json!({ "change": { "config": { "name": "extra", "check": { "command": { "run": ["true"] } } } } })
        }
        "replace_component" => {
            json!({ "name": "extra", "change": { "config": { "name": "extra", "critical": true, "check": { "command": { "run": ["true"] } } } } })
        }
        "set_component_paused" => json!({ "name": "extra", "paused": true }),
        "delete_component" => json!({ "name": "extra", "delete": { "purge": true } }),
        "test_notification_channel" => json!({ "name": "ops-hook" }),
        "add_notification_channel" => {
            json!({ "change": { "config": { "name": "extra-hook", "webhook": { "url": "http://127.0.0.1:9/extra" } } } })
        }
        "replace_notification_channel" => {
            json!({ "name": "extra-hook", "change": { "config": { "name": "extra-hook", "webhook": {}, "filter": { "min_severity": "critical" } } } })
        }
        "remove_notification_channel" => json!({ "name": "extra-hook" }),
        "channel_deliveries" => json!({ "name": "ops-hook", "query": { "offset": 0, "limit": 5 } }),
        "set_desktop_notify" => {
            json!({ "prefs": { "critical_incidents": true, "failed_healing": false, "language": "de" } })
        }
        "set_component_autoscale" => {
            json!({ "name": "web", "change": { "paused": null, "dry_run": true, "max_instances": 2 } })
        }
        "autoscale" => json!({ "lang": "ar" }),
        "autoscale_decisions" => json!({ "query": { "component": "web", "limit": 10 } }),
        "optimal_region" => json!({ "location": "DE", "lang": "fr" }),
        "compliance_report" | "save_report" => {
            json!({ "query": { "from": "2026-01-01", "to": "2026-01-08", "standards": ["gdpr", "soc2"], "format": "json" } })
        }
        "welcome_choose" => json!({ "choice": "create" }),
        _ => json!({}),
    }
}

/// `cmd` with `body` through the real IPC handler: the response body, or the `{code, message}` error.
fn ipc(w: &WebviewWindow<MockRuntime>, cmd: &str, body: Value) -> Result<tauri::ipc::InvokeResponseBody, Value> {
    let req = InvokeRequest {
        cmd: cmd.into(),
        callback: CallbackFn(0),
        error: CallbackFn(1),
        url: "tauri://localhost".parse().unwrap(),
        body: InvokeBody::Json(body),
        headers: Default::default(),
        invoke_key: INVOKE_KEY.to_string(),
    };
    get_ipc_response(w, req)
}

/// `cmd` with its working arguments ([`args`]), answered as JSON.
fn invoke(w: &WebviewWindow<MockRuntime>, cmd: &str) -> Result<Value, Value> {
    ipc(w, cmd, args(cmd)).map(|b| b.deserialize::<Value>().unwrap())
}

fn code(r: &Result<Value, Value>) -> &str {
    match r {
        Ok(_) => "ok",
        Err(e) => e["code"].as_str().unwrap_or("not a {code, message} error"),
    }
}

#[test]
fn every_command_refuses_missing_expired_revoked_forged_and_underprivileged_tokens() {
    let dir = tempfile::tempdir().unwrap();
    let g = start_guard(dir.path(), true);
    let sec = g.security().clone();
    let (_app, w) = window(&g, None);
    open_incident(&g);
    // First run: every gated command says the admin must be created first.
    assert_eq!(code(&invoke(&w, "overview")), "setup_required");
    rt(sec.create_user("admin", "admin", PW, "test")).unwrap();
    // The account the user-administration commands change and finally erase.
    rt(sec.create_user("victim", "viewer", PW, "test")).unwrap();
    let admin = rt(sec.authenticate("admin", PW, "test")).unwrap();
    let revoked = rt(sec.authenticate("admin", PW, "test")).unwrap();
    rt(sec.revoke(&revoked.jti, 0, "test")).unwrap();
    let now = guard_engine::clock::unix_ms() / 1000;
    let claims = |exp: i64| Claims {
        sub: "admin".into(),
        uid: "any".into(),
        role: "admin".into(),
        iat: now - 7200,
        exp,
        jti: format!("t{exp}"),
        kind: TokenKind::Session,
        scope: None,
        iss: guard_engine::security::token::ISSUER.into(),
        aud: guard_engine::security::token::AUDIENCE.into(),
    };
    let expired = TokenSigner::new(SECRET.as_bytes()).sign(&claims(now - 1));
    let forged = TokenSigner::new(b"some other key that is not the app's").sign(&claims(now + 3600));
    let op = &w.state::<AppState>().inner().operator;

    let mut checked = 0;
    for spec in COMMANDS.iter() {
        let Access::Requires(need) = spec.access else {
            rt(op.set_token(None));
            match spec.name {
                // The welcome screen's: with the engine running there is nothing to choose.
                "welcome" => assert_eq!(invoke(&w, "welcome").unwrap()["needed"], false),
                "welcome_choose" => assert_eq!(code(&invoke(&w, "welcome_choose")), "conflict"),
                // `session` answers for anyone, and says who they are.
                _ => {
                    let v = invoke(&w, spec.name).unwrap();
                    assert_eq!(
                        (v["security_enabled"].as_bool(), v["authenticated"].as_bool()),
                        (Some(true), Some(false)),
                        "{v}"
                    );
                }
            }
            continue;
        };
        for (what, tok) in [
            ("missing", None),
            ("expired", Some(&expired)),
            ("revoked", Some(&revoked.token)),
            ("forged", Some(&forged)),
            ("garbage", Some(&"not-a-jwt".to_string())),
        ] {
            rt(op.set_token(tok.cloned()));
            assert_eq!(code(&invoke(&w, spec.name)), "unauthorized", "{} with a {what} token", spec.name);
        }
        // A custom role holding every permission but this one, and an admin token scoped away from it.
        let role = format!("all-but-{}", need.as_str().to_lowercase());
        let perms: PermissionSet = Permission::ALL.into_iter().filter(|q| *q != need).collect();
        let user = format!("u-{}", need.as_str().to_lowercase());
        if rt(sec.list_users()).unwrap().iter().all(|u| u.name != user) {
            rt(sec.create_role(&role, &perms, "test")).unwrap();
            rt(sec.create_user(&user, &role, PW, "test")).unwrap();
        }
        let t = rt(sec.issue_api_token(&user, Duration::from_secs(600), None, "test")).unwrap();
        rt(op.set_token(Some(t.token)));
        assert_eq!(code(&invoke(&w, spec.name)), "forbidden", "{} without {need}", spec.name);
        let scoped = rt(sec.issue_api_token("admin", Duration::from_secs(600), Some(perms), "test")).unwrap();
        rt(op.set_token(Some(scoped.token)));
        assert_eq!(code(&invoke(&w, spec.name)), "forbidden", "{} with a token scoped without {need}", spec.name);
        // The admin gets a real answer.
        rt(op.set_token(Some(admin.token.clone())));
        let r = invoke(&w, spec.name);
        assert!(r.is_ok(), "{} as admin: {r:?}", spec.name);
        checked += 1;
    }
    assert!(checked >= 39, "{checked}");
    // Denials are in the audit log, attributed to the app.
    let rows = rt(g.audit().recent(500)).unwrap();
    assert!(
        rows.iter().any(|r| r.action == "permission.denied" && r.target == "app heal"),
        "no audited denial of `app heal`"
    );
    // A viewer sees the lab but cannot heal it.
    rt(sec.create_user("vera", "viewer", PW, "test")).unwrap();
    rt(op.set_token(Some(rt(sec.authenticate("vera", PW, "test")).unwrap().token)));
    assert_eq!(code(&invoke(&w, "overview")), "ok");
    assert_eq!(code(&invoke(&w, "heal")), "forbidden");
    let v = invoke(&w, "session").unwrap();
    assert_eq!(v["principal"]["role"], "viewer");
    assert!(!v["principal"]["permissions"].as_array().unwrap().contains(&json!("TRIGGER_HEALING")), "{v}");
    rt(g.shutdown()).unwrap();
}

#[test]
fn with_security_disabled_every_command_answers() {
    let dir = tempfile::tempdir().unwrap();
    let (g, _app, w) = every_command_lab(dir.path());
    for spec in COMMANDS.iter() {
        let r = invoke(&w, spec.name);
        // Choosing a start once the engine runs is the one refusal (`welcome::welcome_choose`).
        match spec.name {
            "welcome_choose" => assert_eq!(code(&r), "conflict"),
            _ => assert!(r.is_ok(), "{}: {r:?}", spec.name),
        }
    }
    let v = invoke(&w, "session").unwrap();
    assert_eq!((v["security_enabled"].as_bool(), v["principal"]["kind"].as_str()), (Some(false), Some("anonymous")));
    // Errors keep their typed code.
    let r = invoke(&w, "overview").unwrap();
    assert_eq!(r["components"], 2, "{r}");
    let e = ipc(&w, "component", json!({ "name": "nope" })).unwrap_err();
    assert_eq!((e["code"].as_str(), e["message"].as_str()), (Some("not_found"), Some("unknown component `nope`")));
    let e = ipc(&w, "heal", json!({ "name": "api", "strategy": "teleport" })).unwrap_err();
    assert_eq!(e["code"], "bad_request", "{e}");
    // The front panel's command: the config in force; a component without a front is not_found.
    let f = invoke(&w, "front").unwrap();
    assert_eq!(
        (f["component"].as_str(), f["outlier"]["consecutive_5xx"].as_u64(), f["retry_budget"]["window_ms"].as_u64()),
        (Some("api"), Some(3), Some(10_000)),
        "{f}"
    );
    assert_eq!(ipc(&w, "front", json!({ "name": "web" })).unwrap_err()["code"], "not_found");
    // `components` with a query answers just the named ones (the UI's refresh between events).
    let some: Value = ipc(&w, "components", json!({ "query": { "names": "web" } })).unwrap().deserialize().unwrap();
    assert_eq!(
        some.as_array().map(|a| a.iter().map(|c| c["name"].clone()).collect::<Vec<_>>()),
        Some(vec![json!("web")]),
        "{some}"
    );
    assert_eq!(invoke(&w, "components").unwrap().as_array().map(Vec::len), Some(2));
    let e = ipc(&w, "components", json!({ "query": { "names": "web,nope" } })).unwrap_err();
    assert_eq!(e["code"], "not_found", "{e}");
    rt(g.shutdown()).unwrap();
}

#[test]
fn the_os_user_gets_a_local_session_for_the_account_named_like_them() {
    let dir = tempfile::tempdir().unwrap();
    let g = start_guard(dir.path(), true);
    let sec = g.security().clone();
    rt(sec.create_user("admin", "admin", PW, "test")).unwrap();
    let op = Operator::from_os();
    let state = AppState::new(g.clone(), op);
    // No account named like the OS user: refused, and the message says which account to create.
    let e = rt(state.gate("overview")).unwrap_err();
    assert_eq!(e.0.code, ErrorCode::Unauthorized);
    assert!(e.0.message.contains("pipeline-guard user add"), "{}", e.0.message);
    // Once the administrator creates it (as a viewer), the app acts with that role.
    let me = crate::operator::os_user_name();
    rt(sec.create_user(&me, "viewer", PW, "admin")).unwrap();
    let p = rt(state.gate("overview")).unwrap().expect("a principal");
    assert_eq!((p.user.as_str(), p.role.as_str()), (me.as_str(), "viewer"));
    assert_eq!(rt(state.gate("heal")).unwrap_err().0.code, ErrorCode::Forbidden);
    assert!(rt(g.audit().recent(100)).unwrap().iter().any(|r| r.action == "login.local" && r.actor == me));
    rt(g.shutdown()).unwrap();
}

#[test]
fn the_table_the_handler_the_manifest_and_the_capability_agree() {
    let table: BTreeSet<&str> = COMMANDS.iter().map(|c| c.name).collect();
    assert_eq!(table.len(), COMMANDS.len(), "a command is declared twice");
    let manifest: BTreeSet<&str> = COMMAND_NAMES.iter().copied().collect();
    assert_eq!(table, manifest, "commands::COMMANDS and src/command_names.rs differ");
    // Every `#[tauri::command]` in this file is in the table (and so goes through the gate).
    let src = [include_str!("../commands.rs"), include_str!("../welcome.rs")].concat();
    let defined: BTreeSet<&str> = src
        .split("#[tauri::command]")
        .skip(1)
        .map(|rest| {
            let after = &rest[rest.find("fn ").expect("fn after #[tauri::command]") + 3..];
            &after[..after.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap()]
        })
        .collect();
    assert_eq!(defined, table, "#[tauri::command] functions and commands::COMMANDS differ");
    for name in &defined {
        assert!(
            src.contains(&format!("s.gate(\"{name}\").await?;")),
            "command `{name}` does not call the gate with its own name"
        );
    }
    let cap: Value = serde_json::from_str(include_str!("../../capabilities/default.json")).unwrap();
    let granted: BTreeSet<String> = cap["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p.as_str()?.strip_prefix("allow-").map(str::to_string))
        .collect();
    let want: BTreeSet<String> = table.iter().map(|n| n.replace('_', "-")).collect();
    assert_eq!(granted, want, "capabilities/default.json grants other commands than the table");
    let others: Vec<&str> = cap["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p.as_str())
        .filter(|p| !p.starts_with("allow-"))
        .collect();
    assert_eq!(
        others,
        ["core:event:allow-listen", "core:event:allow-unlisten"],
        "the window gets nothing beyond events"
    );
    let conf: Value = serde_json::from_str(include_str!("../../tauri.conf.json")).unwrap();
    let csp = &conf["app"]["security"]["csp"];
    assert_eq!(csp["default-src"], "'self'");
    assert_eq!(csp["script-src"], "'self'");
    assert_eq!(csp["object-src"], "'none'");
}

#[test]
fn compliance_commands_answer_like_the_http_routes() {
    let dir = tempfile::tempdir().unwrap();
    let g = start_guard(dir.path(), false);
    let (_app, w) = window(&g, None);
    let call = |cmd: &str, body: Value| ipc(&w, cmd, body);
    // Six regions; a deactivation is kept and answered with every region after it, then undone.
    let r = call("regions", json!({})).unwrap().deserialize::<Value>().unwrap();
    assert_eq!(r.as_array().unwrap().len(), 6, "{r}");
    // Only regions with components start active (here us-east): activate one, deactivate it again.
    let active = |ch: &Value, r: &str| {
        ch["regions"].as_array().unwrap().iter().find(|x| x["region"] == r).unwrap()["active"].as_bool()
    };
    let ch = call("set_region_active", json!({ "region": "sa-east", "active": true }))
        .unwrap()
        .deserialize::<Value>()
        .unwrap();
    assert_eq!((ch["changed"].as_bool(), active(&ch, "sa-east")), (Some(true), Some(true)), "{ch}");
    let ch = call("set_region_active", json!({ "region": "sa-east", "active": false }))
        .unwrap()
        .deserialize::<Value>()
        .unwrap();
    assert_eq!((ch["changed"].as_bool(), active(&ch, "sa-east")), (Some(true), Some(false)), "{ch}");
    // The last active region stays.
    let e = call("set_region_active", json!({ "region": "us-east", "active": false })).unwrap_err();
    assert_eq!(e["code"], "conflict", "{e}");
    let e = call("set_region_active", json!({ "region": "moon", "active": true })).unwrap_err();
    assert_eq!(e["code"], "not_found", "{e}");
    // EU personal data to the US under GDPR: blocked, with the article, in the asked language.
    let v = call("validate_data_operation", args("validate_data_operation")).unwrap().deserialize::<Value>().unwrap();
    assert_eq!(v["allowed"], false, "{v}");
    assert!(v["articles"].to_string().contains("Art."), "{v}");
    assert_eq!(v["lang"], "de");
    let e = call(
        "validate_data_operation",
        json!({ "request": { "operation": "teleport", "data_type": "personal_data", "user_region": "eu-central" } }),
    )
    .unwrap_err();
    assert_eq!(e["code"], "bad_request", "{e}");
    // The report: JSON with one result per control and the seal; a PDF is raw bytes.
    let rep: Value = match call("compliance_report", args("compliance_report")).unwrap() {
        tauri::ipc::InvokeResponseBody::Raw(b) => serde_json::from_slice(&b).unwrap(),
        other => panic!("the report as JSON text instead of raw bytes: {other:?}"),
    };
    assert!(!rep["controls"].as_array().unwrap().is_empty(), "{rep}");
    assert_eq!(rep["integrity"]["content_digest"].as_str().map(str::len), Some(64), "{}", rep["integrity"]);
    let pdf =
        call("compliance_report", json!({ "query": { "from": "2026-01-01", "to": "2026-01-02", "format": "pdf" } }))
            .unwrap();
    match pdf {
        tauri::ipc::InvokeResponseBody::Raw(b) => assert!(b.starts_with(b"%PDF"), "not a PDF"),
        other => panic!("a PDF as JSON: {other:?}"),
    }
    // Saved in the downloads folder, sealed like the export, never over an earlier file.
    let q = json!({ "query": { "from": "2026-01-01", "to": "2026-01-02", "format": "pdf" } });
    let first = call("save_report", q.clone()).unwrap().deserialize::<Value>().unwrap();
    let second = call("save_report", q).unwrap().deserialize::<Value>().unwrap();
    let dl = test_downloads();
    assert_eq!(
        first["path"].as_str(),
        Some(dl.join("compliance-report-2026-01-01-2026-01-02.pdf").to_str().unwrap()),
        "{first}"
    );
    assert_eq!(
        second["path"].as_str(),
        Some(dl.join("compliance-report-2026-01-01-2026-01-02 (2).pdf").to_str().unwrap()),
        "{second}"
    );
    for saved in [&first, &second] {
        let bytes = std::fs::read(saved["path"].as_str().unwrap()).unwrap();
        assert!(bytes.starts_with(b"%PDF"), "not a PDF");
        assert_eq!(saved["bytes"].as_u64(), Some(bytes.len() as u64));
        assert_eq!(saved["digest"].as_str().map(str::len), Some(64), "{saved}");
    }
    std::fs::remove_dir_all(&dl).ok();
    assert!(rt(g.audit().recent(50)).unwrap().iter().any(|r| r.action == "report.exported"));
    rt(g.shutdown()).unwrap();
}

#[test]
fn a_saved_file_never_replaces_another() {
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("made/on/demand");
    let names: Vec<_> =
        (0..3).map(|i| super::write_new_file(&sub, "r.csv", format!("{i}").as_bytes()).unwrap()).collect();
    assert_eq!(names, vec![sub.join("r.csv"), sub.join("r (2).csv"), sub.join("r (3).csv")]);
    assert_eq!(std::fs::read_to_string(sub.join("r (2).csv")).unwrap(), "1");
    assert_eq!(super::write_new_file(&sub, "noext", b"x").unwrap(), sub.join("noext"));
    assert_eq!(super::write_new_file(&sub, "noext", b"y").unwrap(), sub.join("noext (2)"));
}

#[test]
fn scaling_and_region_commands_answer_like_the_http_routes() {
    let dir = tempfile::tempdir().unwrap();
    let g = start_guard(dir.path(), false);
    let (_app, w) = window(&g, None);
    let call = |cmd: &str, body: Value| ipc(&w, cmd, body).map(|b| b.deserialize::<Value>().unwrap());
    // One auto-scaler (`web`), with its rule and bounds.
    let all = call("autoscale", json!({})).unwrap();
    assert_eq!(all.as_array().unwrap().len(), 1, "{all}");
    assert_eq!(
        (all[0]["component"].as_str(), all[0]["max_instances"].as_u64(), all[0]["rules"][0]["metric"].as_str()),
        (Some("web"), Some(3), Some("response_time_seconds"))
    );
    // `api` has none: not found, with a typed code.
    assert_eq!(call("component_autoscale", json!({ "name": "api" })).unwrap_err()["code"], "not_found");
    // A change within bounds is applied and says it overrides the config; a bad one names the field.
    let v = call("set_component_autoscale", json!({ "name": "web", "change": { "paused": true, "dry_run": null, "cooldown_ms": 5000, "rules": [{ "metric": "response_time_seconds", "threshold_up": 2.0, "threshold_down": 0.2, "scale_factor": 2.0 }] } })).unwrap();
    assert_eq!(
        (
            v["paused"].as_bool(),
            v["cooldown_ms"].as_i64(),
            v["overridden"].as_bool(),
            v["rules"][0]["threshold_up"].as_f64()
        ),
        (Some(true), Some(5000), Some(true), Some(2.0)),
        "{v}"
    );
    let e = call(
        "set_component_autoscale",
        json!({ "name": "web", "change": { "paused": null, "dry_run": null, "min_instances": 3, "max_instances": 2 } }),
    )
    .unwrap_err();
    assert_eq!(e["code"], "bad_request", "{e}");
    assert!(e["message"].as_str().unwrap().contains("max_instances"), "{e}");
    let v = call(
        "set_component_autoscale",
        json!({ "name": "web", "change": { "paused": false, "dry_run": null, "reset": true } }),
    )
    .unwrap();
    assert_eq!((v["overridden"].as_bool(), v["cooldown_ms"].as_i64()), (Some(false), Some(60_000)), "{v}");
    // The queue and the stored decisions answer (nothing waits here).
    let q = call("healing_queue", json!({})).unwrap();
    assert!(q["queued"].as_array().unwrap().is_empty(), "{q}");
    assert!(call("autoscale_decisions", json!({ "query": { "component": "web" } })).unwrap().is_array());
    assert_eq!(
        call("autoscale_decisions", json!({ "query": { "component": "nope" } })).unwrap_err()["code"],
        "not_found"
    );
    // Optimal region: the only active region here is us-east; a German user gets it (no
    // standards in force), reason in the asked language; unknown places get a typed code.
    let o = call("optimal_region", json!({ "location": "Germany", "lang": "de" })).unwrap();
    assert_eq!((o["region"].as_str(), o["country"].as_str()), (Some("us-east"), Some("DE")), "{o}");
    assert!(o["reason"].as_str().unwrap().contains("km"), "{o}");
    let e = call("optimal_region", json!({ "location": "Atlantis" })).unwrap_err();
    assert_eq!(e["code"], "unknown_location", "{e}");
    assert!(e["message"].as_str().unwrap().contains("Atlantis"), "{e}");
    assert!(call("region_locations", json!({})).unwrap().as_array().unwrap().iter().any(|l| l["code"] == "DE"));
    rt(g.shutdown()).unwrap();
}

/// Every command that changes state, enumerated from [`COMMANDS`] (its `audit` action), called
/// through the real IPC handler as a named operator, leaves exactly one audit row naming the
/// operator, the action and the target; every other command leaves none. A manual heal's result
/// is recorded as the operator's too (`heal.<strategy>`), never as `system:healer`.
#[test]
fn every_state_changing_command_is_audited_with_the_operator() {
    let dir = tempfile::tempdir().unwrap();
    let g = start_guard(dir.path(), true);
    let sec = g.security().clone();
    rt(sec.create_user("olga", "admin", PW, "test")).unwrap();
    open_incident(&g);
    rt(sec.create_user("victim", "viewer", PW, "test")).unwrap();
    let spare = rt(sec.issue_api_token("olga", Duration::from_secs(600), None, "test")).unwrap();
    let olga = rt(sec.authenticate("olga", PW, "test")).unwrap();
    let (_app, w) = window(&g, Some(olga.token.clone()));
    let report =
        json!({ "query": { "from": "2026-01-01", "to": "2026-01-02", "standards": ["gdpr"], "format": "json" } });
    // Arguments that change something, and the target the row must name.
    let case = |cmd: &str| -> (Value, &'static str) {
        match cmd {
            "heal" => (json!({ "name": "api", "strategy": "notify", "dryRun": "no" }), "api"),
            "set_healing_paused" => (json!({ "paused": true, "component": "api" }), "api"),
            "set_region_active" => (json!({ "region": "sa-east", "active": true }), "sa-east"),
            "validate_data_operation" => (args(cmd), "personal_data:eu-central"),
            "compliance_report" | "save_report" => (report.clone(), "report.json"),
            "add_user" => (args(cmd), "newbie"),
            "set_user_role" | "set_user_disabled" => (args(cmd), "victim"),
            "erase_user" => (args(cmd), ""), // the pseudonym, from the answer
            "issue_token" => (json!({ "request": { "user": "olga", "ttl_s": 60 } }), "olga"),
            "revoke_token" => (json!({ "jti": spare.jti }), ""), // the token's id
            "add_maintenance_window" => (args(cmd), "api"),
            "set_component_autoscale" => (args(cmd), "web"),
            "acknowledge_incident" | "assign_incident" | "add_incident_note" => (args(cmd), "incident:1"),
            "add_component" | "replace_component" | "set_component_paused" | "delete_component" => (args(cmd), "extra"),
            "test_notification_channel" => (args(cmd), "ops-hook"),
            "add_notification_channel" | "replace_notification_channel" | "remove_notification_channel" => {
                (args(cmd), "extra-hook")
            }
            // The operator's own setting, kept under their account (the test operator's source).
            "set_desktop_notify" => (args(cmd), "app:test"),
            _ => (args(cmd), ""),
        }
    };
    let newest = || rt(g.audit().recent(1)).unwrap().first().map_or(0, |r| r.id);
    let mut audited = 0;
    for spec in COMMANDS.iter() {
        let before = newest();
        let (body, target) = case(spec.name);
        if spec.name == "welcome_choose" {
            // Refused once an engine runs (welcome.rs), and so writes nothing.
            assert_eq!(ipc(&w, spec.name, body).unwrap_err()["code"], "conflict");
            assert_eq!(newest(), before);
            continue;
        }
        let answer = ipc(&w, spec.name, body).unwrap_or_else(|e| panic!("{} as olga: {e}", spec.name));
        let rows: Vec<_> =
            rt(g.audit().recent(200)).unwrap().into_iter().filter(|r| r.id > before && r.actor == "olga").collect();
        let Some(action) = spec.audit else {
            assert!(rows.is_empty(), "`{}` changes nothing, yet wrote {rows:?}", spec.name);
            continue;
        };
        let target = match spec.name {
            "erase_user" => answer.deserialize::<Value>().unwrap()["pseudonym"].as_str().unwrap().to_string(),
            "revoke_token" => spare.jti.clone(),
            _ => target.to_string(),
        };
        let hits: Vec<_> = rows.iter().filter(|r| r.action == action && r.target == target).collect();
        assert_eq!(hits.len(), 1, "`{}`: want one `{action}` row by olga on `{target}`, got {rows:?}", spec.name);
        if spec.name == "heal" {
            // The step runs in the background; its result is olga's, not the healer's.
            let end = std::time::Instant::now() + Duration::from_secs(20);
            while !rt(g.audit().recent(200))
                .unwrap()
                .iter()
                .any(|r| r.id > before && r.action == "heal.notify" && r.target == "api" && r.actor == "olga")
            {
                assert!(
                    std::time::Instant::now() < end,
                    "no `heal.notify` row by olga: {:?}",
                    rt(g.audit().recent(20)).unwrap()
                );
                std::thread::sleep(Duration::from_millis(50));
            }
        }
        audited += 1;
    }
    assert!(audited >= 14, "{audited}");
    rt(g.shutdown()).unwrap();
}

/// The welcome screen through the real IPC handler: no engine at first (the dashboard's commands
/// answer an error, not a panic), a broken remembered config shown with FILE:LINE:COL, then
/// "create": the starter config is written in the XDG config folder, the engine starts, the
/// dashboard's commands answer and the choice is remembered for the next start.
#[test]
fn the_welcome_screen_starts_the_engine_on_the_chosen_config_and_remembers_it() {
    let dir = tempfile::tempdir().unwrap();
    let paths = crate::first_run::DefaultPaths {
        config: dir.path().join("cfg/pipeline-guard/config.yaml"),
        data_dir: dir.path().join("data/pipeline-guard"),
    };
    let bad = dir.path().join("bad.yaml");
    std::fs::write(&bad, "components:\n  - name: api\n    chek: {}\n").unwrap();
    let broken = rt(crate::welcome::start(
        &crate::welcome::Remembered::Config { path: bad.clone() },
        &paths,
        None,
        guard_i18n::Lang::Ar,
    ))
    .err()
    .unwrap();
    let welcome = crate::welcome::Welcome::waiting(
        paths.clone(),
        Some(dir.path().join("guard.db")),
        guard_i18n::Lang::Ar,
        Some(broken),
    );
    let app = mock_builder().manage(welcome).invoke_handler(handler()).build(mock_context(noop_assets())).unwrap();
    let w = WebviewWindowBuilder::new(&app, "main", Default::default()).build().unwrap();
    let v = invoke(&w, "welcome").unwrap();
    assert_eq!((v["needed"].as_bool(), v["lang"].as_str()), (Some(true), Some("ar")), "{v}");
    assert_eq!(v["template_path"], paths.config.display().to_string());
    assert_eq!(v["error"]["file"], bad.display().to_string());
    assert!(v["error"]["message"].as_str().unwrap().contains(&format!("{}:3:5", bad.display())), "{v}");
    // No engine yet: a dashboard command is refused, the app stays up.
    assert!(ipc(&w, "overview", json!({})).is_err());
    let v = invoke(&w, "welcome_choose").unwrap();
    assert_eq!((v["needed"].as_bool(), &v["error"]), (Some(false), &Value::Null), "{v}");
    assert!(std::fs::read_to_string(&paths.config).unwrap().contains("name: this-computer"));
    assert_eq!(
        crate::welcome::remembered(&paths),
        Some(crate::welcome::Remembered::Config { path: paths.config.clone() })
    );
    assert!(
        std::fs::read_to_string(crate::welcome::remembered_path(&paths)).unwrap().contains("\"start\": \"config\"")
    );
    assert_eq!(invoke(&w, "overview").unwrap()["components"], 1);
    assert_eq!(invoke(&w, "welcome").unwrap()["needed"], false);
    assert_eq!(code(&invoke(&w, "welcome_choose")), "conflict");
    rt(app.state::<AppState>().guard.shutdown()).unwrap();
}

/// Every id of `m` and of the messages among its arguments.
fn msg_ids(m: &Value, out: &mut Vec<String>) {
    if let Some(id) = m["id"].as_str() {
        out.push(id.to_string());
    }
    if let Some(args) = m["args"].as_object() {
        for a in args.values() {
            match a {
                Value::Object(o) if o.contains_key("id") => msg_ids(a, out),
                Value::Array(items) => items.iter().for_each(|i| msg_ids(i, out)),
                _ => {}
            }
        }
    }
}

/// The working arguments of `cmd` ([`args`]) with one value at a time replaced by one the
/// engine refuses (an unknown name, id, region, language or standard; an empty text; the other
/// component; a negative or a huge number; an empty list), and with an unknown `lang` added.
fn bad_bodies(cmd: &str) -> Vec<Value> {
    fn leaves(v: &Value, at: &mut Vec<String>, out: &mut Vec<(Vec<String>, Value)>) {
        match v {
            Value::Object(o) => {
                for (k, x) in o {
                    at.push(k.clone());
                    leaves(x, at, out);
                    at.pop();
                }
            }
            Value::String(_) => {
                // Unknown, empty, a number; and the other component (`web` has no front, `api`
                // no auto-scaler).
                for bad in ["nope-nope", "", "0", "web", "api"] {
                    out.push((at.clone(), json!(bad)));
                }
            }
            Value::Number(_) => {
                for bad in [json!(-1), json!(999_999_999_999_i64), json!(0)] {
                    out.push((at.clone(), bad));
                }
            }
            Value::Array(items) => {
                out.push((at.clone(), json!([])));
                out.push((at.clone(), json!(["nope-nope"])));
                if let Some(first) = items.first() {
                    at.push("0".into());
                    leaves(first, at, out);
                    at.pop();
                }
            }
            _ => {}
        }
    }
    let base = args(cmd);
    let mut changes = Vec::new();
    leaves(&base, &mut Vec::new(), &mut changes);
    let mut out: Vec<Value> = changes
        .into_iter()
        .map(|(at, bad)| {
            let mut body = base.clone();
            let mut slot = &mut body;
            for k in &at {
                slot = match slot {
                    Value::Array(a) => &mut a[k.parse::<usize>().unwrap()],
                    v => &mut v[k.as_str()],
                };
            }
            *slot = bad;
            body
        })
        .collect();
    let mut with_lang = if base.is_object() { base.clone() } else { json!({}) };
    with_lang["lang"] = json!("tlh");
    out.push(with_lang);
    out
}

/// No English reaches the window: every `{code, message}` error any command returns — for the
/// bad input [`bad_bodies`] makes for every command of [`COMMANDS`], the refusals of the gate
/// with security on (no account yet, then no token) and the missing OS account — carries its
/// Fluent message (`msg`), whose id and nested ids every one of the ten catalogs has, so the
/// window says it in its own language (`BackendError` in `ui/src/lib/backend/types.ts`).
#[test]
fn every_error_of_every_command_carries_a_message_every_language_has() {
    let loc = guard_i18n::Localizer::embedded();
    let mut errors: Vec<(String, Value)> = Vec::new();
    let dir = tempfile::tempdir().unwrap();
    let (g, _app, w) = every_command_lab(dir.path());
    let mut bodies = 0;
    for spec in COMMANDS.iter() {
        for body in bad_bodies(spec.name) {
            bodies += 1;
            // Arguments Tauri cannot read are its own string error (the UI wraps those in
            // `app-error-invoke`); every `{code, …}` error is ours.
            if let Err(e) = ipc(&w, spec.name, body.clone())
                && e.get("code").is_some()
            {
                errors.push((format!("{} {body}", spec.name), e));
            }
        }
    }
    rt(g.shutdown()).unwrap();
    std::fs::remove_dir_all(test_downloads()).ok();
    // Security on: first no account at all, then an account but no token.
    let dir2 = tempfile::tempdir().unwrap();
    let g = start_guard(dir2.path(), true);
    let (_app2, w) = window(&g, None);
    for spec in COMMANDS.iter().filter(|s| matches!(s.access, Access::Requires(_))) {
        errors.push((format!("{} (no account)", spec.name), invoke(&w, spec.name).unwrap_err()));
    }
    rt(g.security().create_user("admin", "admin", PW, "test")).unwrap();
    for spec in COMMANDS.iter().filter(|s| matches!(s.access, Access::Requires(_))) {
        errors.push((format!("{} (no token)", spec.name), invoke(&w, spec.name).unwrap_err()));
    }
    // The OS user without an account of that name.
    let state = AppState::new(g.clone(), Operator::from_os());
    let e = rt(state.gate("overview")).unwrap_err();
    errors.push(("overview (no account for the OS user)".into(), serde_json::to_value(&e).unwrap()));
    rt(g.shutdown()).unwrap();

    let mut ids = std::collections::BTreeSet::new();
    let mut bare = Vec::new();
    for (call, e) in &errors {
        let mut these = Vec::new();
        msg_ids(&e["msg"], &mut these);
        if these.is_empty() {
            bare.push(format!("{call}: {e}"));
        }
        for id in these {
            for lang in guard_i18n::Lang::ALL {
                assert!(loc.has(&id, lang), "{call}: `{id}` is not in the {lang} catalog ({e})");
            }
            ids.insert(id);
        }
    }
    assert!(bare.is_empty(), "errors without a message (English would reach the window):\n{}", bare.join("\n"));
    // The walk reached the commands' checks, not only the gate.
    assert!(bodies > 300 && errors.len() > 150, "{bodies} bodies, {} errors", errors.len());
    for id in [
        "api-error-unknown-component",
        "api-error-unknown-language",
        "api-error-unknown-incident",
        "api-error-unknown-channel",
        "api-error-field",
        "api-denied-setup-required",
        "api-denied-missing",
        "app-error-no-account",
        "api-error-no-user",
        "api-error-unknown-region",
    ] {
        assert!(ids.contains(id), "no error said `{id}`; said: {ids:?}");
    }
    assert!(ids.len() >= 25, "{} distinct messages: {ids:?}", ids.len());
}
