//! End-to-end tests of self-healing with the real `pipeline-guard` binary and real `labsvc`
//! children: ladders (hang → restart; 500s → a failing `run` step escalates to `restart`),
//! crash-loop escalation through the circuit breaker, dependencies folded into the root
//! cause's incident, pause/resume and dry-run plans, manual heals, and Alertmanager
//! firing/resolved/stale/malformed payloads.

use std::time::Duration;

use guard_e2e::*;
use serde_json::Value;

fn config(components: &str) -> String {
    format!(
        r#"
pipeline:
  monitoring: {{ interval: 1s, health_check_timeout: 500ms }}
  healing: {{ cooldown: 0s, verify_within: 5s, breaker: {{ failures: 3, window: 60s, open_for: 60s }} }}
components:
{components}"#
    )
}

fn labsvc(name: &str, port: u16, extra: &str) -> String {
    format!(
        r#"  - name: {name}
    region: eu-west
    critical: true
    process: {{ command: ["{{labsvc}}", "--port", "{port}", "--state-file", "{{dir}}/{name}.state"] }}
    check: {{ http: {{ url: "http://127.0.0.1:{port}/health" }} }}
{extra}
"#
    )
}

fn incidents(g: &Guard) -> Vec<Value> {
    g.get_json("/api/incidents").as_array().unwrap().clone()
}

fn status_of(g: &Guard, name: &str) -> String {
    g.get_json(&format!("/api/components/{name}"))["status"].as_str().unwrap().to_string()
}

fn wait_healthy(g: &Guard, names: &[&str]) {
    wait_until(Duration::from_secs(20), || names.iter().all(|n| status_of(g, n) == "healthy"));
}

/// Wait for a resolved incident of `component` and return it.
fn resolved_incident(g: &Guard, component: &str, timeout: Duration) -> Value {
    let mut found = None;
    wait_until(timeout, || {
        found = incidents(g).into_iter().find(|i| i["component"] == component && i["status"] == "resolved");
        found.is_some()
    });
    found.unwrap()
}

fn timeline_kinds(inc: &Value) -> Vec<String> {
    inc["timeline"].as_array().unwrap().iter().map(|e| e["kind"].as_str().unwrap().to_string()).collect()
}

#[test]
fn a_hang_is_restarted_by_the_ladder_and_the_incident_closes_with_its_timeline() {
    let p = free_port();
    let g = Guard::serve(&config(&labsvc("web", p, "    recovery: [restart]")));
    wait_healthy(&g, &["web"]);
    let pid = g.get_json("/api/components/web")["pid"].as_u64().unwrap();

    // Dry run first: the plan names the restart and changes nothing.
    let plan = g.get_json("/api/components/web/plan");
    assert_eq!(plan["dry_run"], "yes");
    assert_eq!(plan["steps"][0]["strategy"], "restart");
    assert!(plan["steps"][0]["action"].as_str().unwrap().contains(&format!("stop pid {pid}")), "{plan}");
    assert!(plan["blocked"].is_null());
    assert_eq!(g.get_json("/api/components/web")["pid"].as_u64().unwrap(), pid);

    post(p, "/fault/hang").unwrap();
    let inc = resolved_incident(&g, "web", Duration::from_secs(20));
    assert_eq!(inc["kind"], "down");
    assert_eq!(inc["root_cause"], "web");
    let kinds = timeline_kinds(&inc);
    assert_eq!(kinds.first().map(String::as_str), Some("detected"), "{inc}");
    assert!(kinds.contains(&"verified".to_string()) && kinds.last().map(String::as_str) == Some("closed"), "{inc}");
    let action = inc["timeline"].as_array().unwrap().iter().find(|e| e["kind"] == "action").unwrap();
    assert_eq!((action["strategy"].as_str(), action["result"].as_str()), (Some("restart"), Some("succeeded")), "{inc}");
    assert!(action["duration_ms"].as_i64().unwrap() >= 0);
    assert!(inc["detected_ms"].as_i64() >= inc["onset_ms"].as_i64());
    assert!(inc["resolved_ms"].as_i64() > inc["detected_ms"].as_i64());
    assert_ne!(g.get_json("/api/components/web")["pid"].as_u64().unwrap(), pid, "a new child");
    assert_eq!(status_of(&g, "web"), "healthy");

    let stats = g.get_json("/api/healing/stats");
    assert_eq!(stats["overall"]["attempts"], 1, "{stats}");
    assert_eq!(stats["overall"]["success_rate"], 1.0);
    assert!(stats["overall"]["mttr_ms"].as_f64().unwrap() > 0.0);
    let ov = g.get_json("/api/overview");
    assert_eq!(ov["healing"]["open_incidents"], 0);
    assert_eq!(ov["healing"]["last_actions"][0]["strategy"], "restart");
    // The action is in the SQLite history too.
    assert_eq!(sqlite(&g.db(), "SELECT strategy || ':' || result FROM healing_actions"), "restart:succeeded");
}

#[test]
fn a_failing_step_escalates_to_the_next_one_for_500s() {
    let p = free_port();
    let g = Guard::serve(&config(&labsvc("api", p, "    recovery: [{ run: [\"false\"] }, restart]")));
    wait_healthy(&g, &["api"]);
    post(p, "/fault/http500").unwrap();
    let inc = resolved_incident(&g, "api", Duration::from_secs(20));
    let actions: Vec<(String, String)> = inc["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "action")
        .map(|e| (e["strategy"].as_str().unwrap().to_string(), e["result"].as_str().unwrap().to_string()))
        .collect();
    assert_eq!(
        actions,
        [("run".to_string(), "failed".to_string()), ("restart".to_string(), "succeeded".to_string())],
        "{inc}"
    );
    let stats = g.get_json("/api/healing/stats");
    assert_eq!(stats["overall"]["attempts"], 2);
    assert_eq!(stats["overall"]["success_rate"], 0.5);
}

#[test]
fn a_crash_loop_backs_off_escalates_through_the_breaker_and_recovers() {
    let p = free_port();
    let g = Guard::serve(&config(&labsvc("loop", p, "    recovery: [restart, notify]")));
    wait_healthy(&g, &["loop"]);
    post(p, "/fault/crashloop?n=5").unwrap();
    let inc = resolved_incident(&g, "loop", Duration::from_secs(30));
    assert_eq!(inc["kind"], "crash");
    assert_eq!(inc["escalated"], true, "{inc}");
    let kinds = timeline_kinds(&inc);
    assert!(kinds.contains(&"escalated".to_string()), "{inc}");
    let respawns_failed = inc["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["strategy"] == "respawn" && e["result"] == "failed")
        .count();
    assert_eq!(respawns_failed, 5, "{inc}");
    // No restart storm: the crash plus five failed starts plus the good one.
    let starts: i64 =
        sqlite(&g.db(), "SELECT COUNT(*) FROM process_events WHERE component = 'loop' AND kind = 'started'")
            .parse()
            .unwrap();
    assert!(starts <= 7, "{starts} starts");
    // The ladder never restarted on top of the supervisor's back-off.
    assert_eq!(sqlite(&g.db(), "SELECT COUNT(*) FROM healing_actions WHERE strategy = 'restart'"), "0");
    assert_eq!(status_of(&g, "loop"), "healthy");
}

#[test]
fn a_dependent_failure_is_folded_into_the_root_cause_incident() {
    let (pdb, papi) = (free_port(), free_port());
    // `api` is only up while `db` answers (its check goes through db's port).
    let comps = format!(
        "{}  - name: api\n    region: us-east\n    depends_on: [db]\n    process: {{ command: [\"{{labsvc}}\", \"--port\", \"{papi}\", \"--state-file\", \"{{dir}}/api.state\"] }}\n    check: {{ http: {{ url: \"http://127.0.0.1:{pdb}/health\" }} }}\n    recovery: [restart]\n",
        labsvc("db", pdb, "    recovery: [restart]")
    );
    let g = Guard::serve(&config(&comps));
    wait_healthy(&g, &["db", "api"]);
    let api_pid = g.get_json("/api/components/api")["pid"].as_u64().unwrap();
    post(pdb, "/fault/hang").unwrap();
    let inc = resolved_incident(&g, "db", Duration::from_secs(20));
    wait_healthy(&g, &["db", "api"]);
    let all = incidents(&g);
    // One incident names the root cause; api's own (if detected first) was merged into it.
    assert!(all.iter().all(|i| i["component"] != "api" || i["status"] == "merged"), "{all:?}");
    let api_in = inc["affected"].as_array().unwrap().iter().any(|a| a == "api")
        || all.iter().any(|i| i["component"] == "api" && i["merged_into"] == inc["id"]);
    assert!(api_in, "{all:?}");
    // Only the root cause was restarted.
    assert_eq!(g.get_json("/api/components/api")["pid"].as_u64().unwrap(), api_pid);
    assert_eq!(sqlite(&g.db(), "SELECT group_concat(component) FROM healing_actions WHERE strategy = 'restart'"), "db");
}

#[test]
fn pause_blocks_actions_and_resume_lets_the_ladder_run_and_manual_heals_land_in_history() {
    let p = free_port();
    let g = Guard::serve(&config(&labsvc("svc", p, "    recovery: [restart]")));
    wait_healthy(&g, &["svc"]);
    assert_eq!(post(g.port, "/api/healing/pause").unwrap().0, 200);
    assert_eq!(g.get_json("/api/overview")["mode"], "paused");
    assert!(g.get_json("/api/components/svc/plan")["blocked"].as_str().unwrap().contains("paused"));
    post(p, "/fault/http500").unwrap();
    wait_until(Duration::from_secs(10), || {
        incidents(&g).iter().any(|i| i["component"] == "svc" && i["status"] == "open")
    });
    std::thread::sleep(Duration::from_secs(2));
    assert_eq!(sqlite(&g.db(), "SELECT COUNT(*) FROM healing_actions"), "0", "nothing runs while paused");
    assert_eq!(post(g.port, "/api/healing/resume").unwrap().0, 200);
    resolved_incident(&g, "svc", Duration::from_secs(15));

    // A manual heal: 202 with an action id that lands in history.
    let (code, body) = post_json(g.port, "/api/components/svc/heal", r#"{"strategy":"restart"}"#).unwrap();
    assert_eq!(code, 202, "{body}");
    let id = serde_json::from_str::<Value>(&body).unwrap()["action_id"].as_i64().unwrap();
    wait_until(Duration::from_secs(10), || {
        g.get_json("/api/healing/actions")
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["id"] == id && a["result"] == "succeeded" && a["trigger"] == "manual")
    });
    // Dry run: 200, no id, nothing recorded.
    let before = sqlite(&g.db(), "SELECT COUNT(*) FROM healing_actions");
    let (code, body) =
        post_json(g.port, "/api/components/svc/heal", r#"{"strategy":"restart","dry_run":"yes"}"#).unwrap();
    assert_eq!(code, 200, "{body}");
    assert!(serde_json::from_str::<Value>(&body).unwrap()["action_id"].is_null());
    assert_eq!(sqlite(&g.db(), "SELECT COUNT(*) FROM healing_actions"), before);
    // Bad requests say why.
    let (code, body) = post_json(g.port, "/api/components/svc/heal", r#"{"strategy":"reboot"}"#).unwrap();
    assert_eq!(code, 400);
    assert!(body.contains("unknown strategy `reboot`"), "{body}");
    assert_eq!(post_json(g.port, "/api/components/nope/heal", r#"{"strategy":"restart"}"#).unwrap().0, 404);
    assert_eq!(post_json(g.port, "/api/components/svc/heal", r#"{"strategy":"run"}"#).unwrap().0, 400);
}

fn am(status: &str, alerts: &str) -> String {
    format!(
        r#"{{"version":"4","status":"{status}","receiver":"guard","groupKey":"g","groupLabels":{{}},"commonLabels":{{}},"commonAnnotations":{{}},"externalURL":"http://am","alerts":[{alerts}]}}"#
    )
}

#[test]
fn alertmanager_firing_opens_and_heals_resolved_closes_stale_and_malformed_change_nothing() {
    let p = free_port();
    let g = Guard::serve(&config(&labsvc("web", p, "    recovery: [restart]")));
    wait_healthy(&g, &["web"]);
    let pid = g.get_json("/api/components/web")["pid"].as_u64().unwrap();

    // Malformed payloads: 400 with the reason, nothing changes.
    for (body, want) in [
        ("{not json", "invalid JSON body"),
        (r#"{"version":"3","alerts":[]}"#, "`version`"),
        (&am("firing", r#"{"status":"burning","labels":{"component":"web"}}"#) as &str, "`alerts[0]`: `status`"),
        (
            &am(
                "firing",
                r#"{"status":"firing","labels":{"component":"web"}},{"status":"firing","labels":{"job":"web"},"startsAt":"noon"}"#,
            ),
            "`alerts[1]`: `startsAt`",
        ),
    ] {
        let (code, text) = post_json(g.port, "/api/alertmanager", body).unwrap();
        assert_eq!(code, 400, "{body}: {text}");
        assert!(text.contains(want), "{body}: {text}");
    }
    assert!(incidents(&g).is_empty());

    // Stale (endsAt passed) and unknown components are ignored.
    let stale = am(
        "firing",
        r#"{"status":"firing","labels":{"alertname":"Old","component":"web"},"startsAt":"2020-01-01T00:00:00Z","endsAt":"2020-01-01T00:05:00Z","fingerprint":"old"},{"status":"firing","labels":{"alertname":"X","component":"ghost"}}"#,
    );
    let (code, text) = post_json(g.port, "/api/alertmanager", &stale).unwrap();
    assert_eq!(code, 200, "{text}");
    let rep: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(rep["ignored"].as_array().unwrap().len(), 2, "{rep}");
    assert!(incidents(&g).is_empty());
    assert_eq!(g.get_json("/api/components/web")["pid"].as_u64().unwrap(), pid);

    // Firing: an incident opens from the alert and the ladder acts (restart).
    let firing = am(
        "firing",
        r#"{"status":"firing","labels":{"alertname":"HighErrors","job":"web"},"annotations":{"summary":"error rate 30%"},"startsAt":"2026-01-01T00:00:00Z","endsAt":"0001-01-01T00:00:00Z","fingerprint":"fp1"}"#,
    );
    let (code, text) = post_json(g.port, "/api/alertmanager", &firing).unwrap();
    assert_eq!(code, 200, "{text}");
    let id = serde_json::from_str::<Value>(&text).unwrap()["opened"][0].as_i64().unwrap();
    let inc = resolved_incident(&g, "web", Duration::from_secs(15));
    assert_eq!(
        (inc["id"].as_i64(), inc["source"].as_str(), inc["fingerprint"].as_str()),
        (Some(id), Some("alertmanager"), Some("fp1"))
    );
    assert!(inc["reason"].as_str().unwrap().contains("error rate 30%"));
    assert_eq!(sqlite(&g.db(), "SELECT strategy || ':' || trigger FROM healing_actions"), "restart:alert");

    // A second firing alert opens another; its `resolved` closes it.
    post(g.port, "/api/healing/pause?component=web").unwrap();
    let firing2 = firing.replace("fp1", "fp2");
    let (_, text) = post_json(g.port, "/api/alertmanager", &firing2).unwrap();
    let id2 = serde_json::from_str::<Value>(&text).unwrap()["opened"][0].as_i64().unwrap();
    let resolved = firing2
        .replace(r#""status":"firing","labels""#, r#""status":"resolved","labels""#)
        .replace("0001-01-01T00:00:00Z", "2026-01-01T00:10:00Z");
    let (code, text) = post_json(g.port, "/api/alertmanager", &resolved).unwrap();
    assert_eq!(code, 200, "{text}");
    assert_eq!(serde_json::from_str::<Value>(&text).unwrap()["closed"][0].as_i64(), Some(id2));
    let inc2 = incidents(&g).into_iter().find(|i| i["id"] == id2).unwrap();
    assert_eq!(inc2["status"], "resolved");
    assert_eq!(sqlite(&g.db(), "SELECT COUNT(*) FROM healing_actions"), "1", "a paused component got no action");
}
