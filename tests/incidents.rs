//! Incidents end to end, with the real `pipeline-guard` binary, real `labsvc` children and the
//! real SQLite file: Alertmanager's `resolved` closes the incident its alert opened (also after
//! the guard restarted) and triggers nothing; the supervisor's own respawns are healing actions
//! in the history and the audit log; timelines are said in the language asked for.
//! Alertmanager is played by the test itself (its webhook payload on loopback); `tests/ops.rs`
//! has the run with the real Alertmanager.

use std::process::{Command, Stdio};
use std::time::Duration;

use guard_e2e::*;
use serde_json::Value;

const CONFIG: &str = r#"
pipeline:
  monitoring: { interval: 500ms, health_check_timeout: 500ms }
  healing: { cooldown: 0s, verify_within: 5s, breaker: { failures: 5, window: 60s, open_for: 60s } }
components:
"#;

fn labsvc(name: &str, port: u16, extra: &str) -> String {
    format!(
        "  - name: {name}\n    process: {{ command: [\"{{labsvc}}\", \"--port\", \"{port}\", \"--state-file\", \"{{dir}}/{name}.state\"] }}\n    check: {{ http: {{ url: \"http://127.0.0.1:{port}/health\" }} }}\n{extra}\n"
    )
}

fn incidents(g: &Guard) -> Vec<Value> {
    g.get_json("/api/incidents").as_array().unwrap().clone()
}

fn incident(g: &Guard, id: i64) -> Value {
    incidents(g).into_iter().find(|i| i["id"] == id).unwrap_or_else(|| panic!("no incident {id}"))
}

fn status_of(g: &Guard, name: &str) -> String {
    g.get_json(&format!("/api/components/{name}"))["status"].as_str().unwrap_or("").to_string()
}

fn pid_of(g: &Guard, name: &str) -> Option<u64> {
    g.get_json(&format!("/api/components/{name}"))["pid"].as_u64()
}

fn wait_healthy(g: &Guard, name: &str) {
    wait_until(Duration::from_secs(20), || status_of(g, name) == "healthy");
}

/// Alertmanager's webhook payload (version 4) with one alert.
fn alert(status: &str, fingerprint: &str, component: &str) -> String {
    let ends = if status == "firing" { "0001-01-01T00:00:00Z" } else { "2026-01-01T00:10:00Z" };
    format!(
        r#"{{"version":"4","status":"{status}","receiver":"guard","groupKey":"g","groupLabels":{{}},"commonLabels":{{}},"commonAnnotations":{{}},"externalURL":"http://am","alerts":[{{"status":"{status}","labels":{{"alertname":"HighErrors","component":"{component}"}},"annotations":{{"summary":"error rate 30%"}},"startsAt":"2026-01-01T00:00:00Z","endsAt":"{ends}","fingerprint":"{fingerprint}"}}]}}"#
    )
}

fn deliver(g: &Guard, body: &str) -> Value {
    let (code, text) = post_json(g.port, "/api/alertmanager", body).unwrap();
    assert_eq!(code, 200, "{text}");
    serde_json::from_str(&text).unwrap()
}

fn count(g: &Guard, sql: &str) -> i64 {
    sqlite(&g.db(), sql).parse().unwrap()
}

/// Kill the guard (no clean shutdown: its memory of open incidents is gone) and start it again
/// on the same config and database.
fn restart_hard(g: &mut Guard) {
    g.child.kill().unwrap();
    g.child.wait().unwrap();
    let port = free_port();
    g.child = Command::new(bin("pipeline-guard"))
        .args(["serve", "--config"])
        .arg(g.dir.path().join("guard.yaml"))
        .arg("--db")
        .arg(g.db())
        .args(["--listen", &format!("127.0.0.1:{port}")])
        .env("PIPELINE_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    g.port = port;
    wait_until(Duration::from_secs(20), || get(port, "/health").is_ok_and(|(s, _)| s == 200));
}

#[test]
fn a_resolved_alert_closes_the_incident_it_opened_even_after_a_restart_and_triggers_nothing() {
    let p = free_port();
    let mut g = Guard::serve(&format!("{CONFIG}{}", labsvc("web", p, "    recovery: [restart]")));
    wait_healthy(&g, "web");

    // 1. Healing closes the alert's incident first (a verified restart); the later `resolved`
    //    only notes the end of the alert on the closed incident and does nothing else.
    let id = deliver(&g, &alert("firing", "fp-healed", "web"))["opened"][0].as_i64().unwrap();
    wait_until(Duration::from_secs(20), || incident(&g, id)["status"] == "resolved");
    wait_healthy(&g, "web");
    let pid = pid_of(&g, "web");
    let resolved_ms = incident(&g, id)["resolved_ms"].as_i64();
    let actions = count(&g, "SELECT COUNT(*) FROM healing_actions");
    assert_eq!(sqlite(&g.db(), "SELECT strategy || ':' || trigger || ':' || result FROM healing_actions"), "restart:alert:succeeded");
    let rep = deliver(&g, &alert("resolved", "fp-healed", "web"));
    assert_eq!((rep["closed"].as_array().unwrap().len(), rep["updated"][0].as_i64()), (0, Some(id)), "{rep}");
    let inc = incident(&g, id);
    let kinds: Vec<&str> = inc["timeline"].as_array().unwrap().iter().map(|e| e["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds.iter().filter(|k| **k == "closed").count(), 1, "{inc:#}");
    assert_eq!(kinds.last(), Some(&"note"), "{inc:#}");
    assert_eq!(inc["resolved_ms"].as_i64(), resolved_ms);
    assert_eq!(pid_of(&g, "web"), pid, "a resolved alert restarted the child");
    assert_eq!(count(&g, "SELECT COUNT(*) FROM healing_actions"), actions);

    // 2. Healing paused: the alert's incident stays open, no action runs.
    post(g.port, "/api/healing/pause?component=web").unwrap();
    let id2 = deliver(&g, &alert("firing", "fp-open", "web"))["opened"][0].as_i64().unwrap();
    std::thread::sleep(Duration::from_millis(1500));
    assert_eq!(incident(&g, id2)["status"], "open");
    assert_eq!(count(&g, "SELECT COUNT(*) FROM healing_actions"), actions);

    // 3. The guard dies and comes back: only the database knows the open incident. The
    //    `resolved` still closes it, and nothing is triggered.
    restart_hard(&mut g);
    wait_healthy(&g, "web");
    assert_eq!(incident(&g, id2)["status"], "open");
    let pid_after_restart = pid_of(&g, "web");
    let actions_after_restart = count(&g, "SELECT COUNT(*) FROM healing_actions");
    let rep = deliver(&g, &alert("resolved", "fp-open", "web"));
    assert_eq!(rep["closed"][0].as_i64(), Some(id2), "{rep}");
    let inc2 = incident(&g, id2);
    assert_eq!(inc2["status"], "resolved", "{inc2:#}");
    assert_eq!(inc2["timeline"].as_array().unwrap().last().unwrap()["kind"], "closed", "{inc2:#}");
    std::thread::sleep(Duration::from_millis(1500));
    assert_eq!(count(&g, "SELECT COUNT(*) FROM healing_actions"), actions_after_restart, "a resolved alert triggered an action");
    assert_eq!(incidents(&g).len(), 2, "a resolved alert opened an incident");
    assert_eq!(pid_of(&g, "web"), pid_after_restart);

    // 4. Resolved again (Alertmanager repeats itself): nothing changes, nothing is closed twice.
    let rep = deliver(&g, &alert("resolved", "fp-open", "web"));
    assert!(rep["closed"].as_array().unwrap().is_empty(), "{rep}");
    assert_eq!(count(&g, &format!("SELECT COUNT(*) FROM incident_events WHERE incident_id = {id2} AND kind = 'closed'")), 1);
}

#[test]
fn supervisor_respawns_are_healing_actions_in_the_history_and_the_audit_log() {
    let p = free_port();
    let scaled = free_port();
    let g = Guard::serve(&format!(
        "{CONFIG}{}  - name: pool\n    process: {{ command: [\"{{labsvc}}\", \"--port\", \"{{port}}\"] }}\n    scale: {{ port: {scaled}, max_instances: 3 }}\n    check: {{ tcp: {{ addr: \"127.0.0.1:{scaled}\" }} }}\n",
        labsvc("web", p, "    recovery: [restart]")
    ));
    wait_healthy(&g, "web");
    wait_healthy(&g, "pool");

    // A crash inside an incident: the supervisor's respawn is the incident's action.
    post(p, "/fault/crash").ok();
    wait_until(Duration::from_secs(20), || incidents(&g).iter().any(|i| i["component"] == "web" && i["status"] == "resolved"));
    let inc = incidents(&g).into_iter().find(|i| i["component"] == "web").unwrap();
    assert_eq!(inc["kind"], "crash");
    let row = sqlite(&g.db(), "SELECT strategy || ':' || trigger || ':' || result || ':' || incident_id FROM healing_actions WHERE component = 'web'");
    assert_eq!(row, format!("respawn:supervisor:succeeded:{}", inc["id"]));

    // A crash in a maintenance window: no incident, but the respawn is still recorded.
    let (code, body) = post_json(g.port, "/api/healing/maintenance", r#"{"component":"web","duration_s":120}"#).unwrap();
    assert_eq!(code, 200, "{body}");
    wait_healthy(&g, "web");
    let pid = pid_of(&g, "web").unwrap();
    post(p, "/fault/crash").ok();
    wait_until(Duration::from_secs(20), || pid_of(&g, "web").is_some_and(|x| x != pid));
    wait_until(Duration::from_secs(10), || count(&g, "SELECT COUNT(*) FROM healing_actions WHERE component = 'web' AND incident_id IS NULL AND result = 'succeeded'") == 1);
    let detail = sqlite(&g.db(), "SELECT detail FROM healing_actions WHERE component = 'web' AND incident_id IS NULL");
    assert!(detail.contains(&format!("process {pid}")) && detail.contains("started again as pid"), "{detail}");
    assert_eq!(incidents(&g).len(), 1, "maintenance: no incident");

    // An extra instance (scale-out) that crashes is respawned by the supervisor: recorded too.
    let (code, body) = post_json(g.port, "/api/components/pool/heal", r#"{"strategy":"scale_up"}"#).unwrap();
    assert_eq!(code, 202, "{body}");
    wait_until(Duration::from_secs(20), || count(&g, "SELECT COUNT(*) FROM healing_actions WHERE component = 'pool' AND strategy = 'scale_up' AND result = 'succeeded'") == 1);
    let started = sqlite(&g.db(), "SELECT detail FROM healing_actions WHERE component = 'pool' AND strategy = 'scale_up'");
    let port: u16 = started.split("on port ").nth(1).and_then(|r| r.split(|c: char| !c.is_ascii_digit()).next()).and_then(|n| n.parse().ok()).unwrap_or_else(|| panic!("{started}"));
    wait_until(Duration::from_secs(10), || get(port, "/health").is_ok_and(|(s, _)| s == 200));
    post(port, "/fault/crash").ok();
    wait_until(Duration::from_secs(20), || count(&g, "SELECT COUNT(*) FROM healing_actions WHERE component = 'pool' AND strategy = 'respawn' AND result = 'succeeded'") == 1);
    wait_until(Duration::from_secs(10), || get(port, "/health").is_ok_and(|(s, _)| s == 200));

    // Every finished respawn is on the audit chain, done by the supervisor, and the chain holds.
    wait_until(Duration::from_secs(10), || count(&g, "SELECT COUNT(*) FROM audit_log WHERE action = 'heal.respawn'") == 3);
    assert_eq!(sqlite(&g.db(), "SELECT DISTINCT actor FROM audit_log WHERE action = 'heal.respawn'"), "system:supervisor");
    assert_eq!(sqlite(&g.db(), "SELECT group_concat(target, ',') FROM (SELECT target FROM audit_log WHERE action = 'heal.respawn' ORDER BY id)"), "web,web,pool");
    let ids = sqlite(&g.db(), "SELECT group_concat(id, ',') FROM (SELECT id FROM healing_actions WHERE strategy = 'respawn' ORDER BY id)");
    let audited = sqlite(&g.db(), "SELECT group_concat(json_extract(details, '$.action_id'), ',') FROM (SELECT details FROM audit_log WHERE action = 'heal.respawn' ORDER BY id)");
    assert_eq!(audited, ids);
    let (code, out) = {
        let o = Command::new(bin("pipeline-guard")).args(["audit", "verify", "--db"]).arg(g.db()).output().unwrap();
        (o.status.code(), String::from_utf8_lossy(&o.stdout).to_string() + &String::from_utf8_lossy(&o.stderr))
    };
    assert_eq!(code, Some(0), "{out}");
}
