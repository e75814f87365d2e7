//! Restarts the guard asks for itself are intended stops, not crashes. End to end with the real
//! `pipeline-guard` binary, real `labsvc` children, the real HTTP API and the real SQLite file:
//! an operator's `restart` of a supervised component (`POST /api/components/{name}/heal`) is one
//! restart — one new pid, no incident, no supervisor respawn, no second restart by the ladder —
//! and so is the ladder's own restart of a hung child and the guard's own shutdown; a genuine
//! crash still opens a `crash` incident and is healed.

use std::time::Duration;

use guard_e2e::*;
use serde_json::Value;

fn config(components: &str) -> String {
    // A fast check, so checks do run while the child is being stopped and started again.
    format!(
        r#"
pipeline:
  monitoring: {{ interval: 300ms, health_check_timeout: 300ms }}
  healing: {{ cooldown: 0s, verify_within: 5s, breaker: {{ failures: 5, window: 60s, open_for: 60s }} }}
components:
{components}"#
    )
}

fn labsvc(name: &str, port: u16) -> String {
    format!(
        r#"  - name: {name}
    process: {{ command: ["{{labsvc}}", "--port", "{port}", "--state-file", "{{dir}}/{name}.state"] }}
    check: {{ http: {{ url: "http://127.0.0.1:{port}/health" }} }}
    recovery: [restart, notify]
"#
    )
}

fn count(g: &Guard, sql: &str) -> i64 {
    sqlite(&g.db(), sql).parse().unwrap_or_else(|e| panic!("{sql}: {e}"))
}

fn status_of(g: &Guard, name: &str) -> String {
    g.get_json(&format!("/api/components/{name}"))["status"].as_str().unwrap_or("").to_string()
}

fn pid_of(g: &Guard, name: &str) -> Option<u64> {
    g.get_json(&format!("/api/components/{name}"))["pid"].as_u64()
}

fn incidents(g: &Guard) -> Vec<Value> {
    g.get_json("/api/incidents").as_array().unwrap().clone()
}

/// Started pids of instance 0, oldest first (from the SQLite history).
fn started_pids(g: &Guard, name: &str) -> Vec<u64> {
    let s = sqlite(
        &g.db(),
        &format!(
            "SELECT group_concat(pid, ',') FROM (SELECT pid FROM process_events WHERE component = '{name}' AND instance = 0 AND kind = 'started' ORDER BY id)"
        ),
    );
    s.split(',').filter(|p| !p.is_empty()).map(|p| p.parse().unwrap()).collect()
}

#[test]
fn a_manual_restart_of_a_supervised_child_is_one_intended_restart_not_a_crash() {
    let p = free_port();
    let mut g = Guard::serve(&config(&labsvc("svc", p)));
    wait_until(Duration::from_secs(20), || status_of(&g, "svc") == "healthy");
    let first = pid_of(&g, "svc").unwrap();

    // Several restarts in a row, each through the real HTTP API; checks run every 300 ms, so
    // some of them land while the child is stopped or still starting.
    let rounds = 3;
    let mut pids = vec![first];
    for round in 0..rounds {
        let before = *pids.last().unwrap();
        let (code, body) = post_json(g.port, "/api/components/svc/heal", r#"{"strategy":"restart"}"#).unwrap();
        assert_eq!(code, 202, "{body}");
        let id = serde_json::from_str::<Value>(&body).unwrap()["action_id"].as_i64().unwrap();
        let mut action = Value::Null;
        wait_until(Duration::from_secs(15), || {
            action = g
                .get_json("/api/healing/actions")
                .as_array()
                .unwrap()
                .iter()
                .find(|a| a["id"] == id && a["result"] != "running")
                .cloned()
                .unwrap_or(Value::Null);
            !action.is_null()
        });
        assert_eq!(
            (action["result"].as_str(), action["trigger"].as_str(), action["strategy"].as_str()),
            (Some("succeeded"), Some("manual"), Some("restart")),
            "round {round}: {action}"
        );
        wait_until(Duration::from_secs(10), || status_of(&g, "svc") == "healthy");
        let now = pid_of(&g, "svc").unwrap();
        assert_ne!(now, before, "round {round}: a new child");
        assert!(!alive(before as u32), "round {round}: the old child {before} is gone");
        pids.push(now);
    }
    // Give a (wrong) incident and its ladder time to show up.
    std::thread::sleep(Duration::from_secs(3));

    assert_eq!(incidents(&g), Vec::<Value>::new(), "an intended restart opens no incident");
    assert_eq!(count(&g, "SELECT COUNT(*) FROM incidents"), 0);
    // Exactly the operator's restarts in the history: no supervisor respawn, no ladder restart.
    let actions = sqlite(
        &g.db(),
        "SELECT group_concat(strategy || ':' || trigger || ':' || result, ' ') FROM (SELECT * FROM healing_actions ORDER BY id)",
    );
    assert_eq!(actions, vec!["restart:manual:succeeded"; rounds].join(" "));
    assert_eq!(
        count(&g, "SELECT COUNT(*) FROM audit_log WHERE action = 'heal.respawn'"),
        0,
        "no respawn on the audit chain"
    );
    assert_eq!(
        count(&g, "SELECT COUNT(*) FROM audit_log WHERE action = 'heal.restart'"),
        rounds as i64,
        "each restart audited once"
    );
    // Exactly one new pid per restart, and the last one is the one running.
    wait_until(Duration::from_secs(5), || started_pids(&g, "svc").len() == rounds + 1);
    assert_eq!(started_pids(&g, "svc"), pids);
    assert_eq!(
        count(&g, "SELECT COUNT(*) FROM process_events WHERE component = 'svc' AND kind = 'exited'"),
        rounds as i64
    );
    assert_eq!(pid_of(&g, "svc"), pids.last().copied());
    assert!(alive(*pids.last().unwrap() as u32));
    // Never reported down, and healthy now.
    assert_eq!(
        count(&g, "SELECT COUNT(*) FROM status_changes WHERE component = 'svc' AND to_status = 'failed'"),
        0,
        "{}",
        sqlite(&g.db(), "SELECT group_concat(to_status || ' ' || issues, ' | ') FROM status_changes")
    );
    assert_eq!(status_of(&g, "svc"), "healthy");
    assert_eq!(g.get_json("/api/overview")["healing"]["open_incidents"], 0);

    // The guard's own shutdown stops the child on purpose too: nothing opened, nothing down.
    g.restart(false);
    wait_until(Duration::from_secs(20), || status_of(&g, "svc") == "healthy");
    std::thread::sleep(Duration::from_secs(1));
    assert_eq!(count(&g, "SELECT COUNT(*) FROM incidents"), 0);
    assert_eq!(count(&g, "SELECT COUNT(*) FROM healing_actions"), rounds as i64);
    assert_eq!(count(&g, "SELECT COUNT(*) FROM status_changes WHERE component = 'svc' AND to_status = 'failed'"), 0);
}

#[test]
fn the_ladder_s_own_restart_is_not_a_second_crash() {
    let p = free_port();
    let g = Guard::serve(&config(&labsvc("web", p)));
    wait_until(Duration::from_secs(20), || status_of(&g, "web") == "healthy");
    let pid = pid_of(&g, "web").unwrap();
    post(p, "/fault/hang").unwrap();
    wait_until(Duration::from_secs(20), || {
        incidents(&g).iter().any(|i| i["component"] == "web" && i["status"] == "resolved")
    });
    wait_until(Duration::from_secs(10), || status_of(&g, "web") == "healthy");
    std::thread::sleep(Duration::from_secs(2));
    let all = incidents(&g);
    assert_eq!(all.len(), 1, "one incident: {all:?}");
    assert_eq!(all[0]["kind"], "down");
    // One restart by the ladder, no respawn beside it, one new child.
    assert_eq!(
        sqlite(&g.db(), "SELECT group_concat(strategy || ':' || trigger || ':' || result, ' ') FROM healing_actions"),
        "restart:ladder:succeeded"
    );
    wait_until(Duration::from_secs(5), || started_pids(&g, "web").len() == 2);
    let pids = started_pids(&g, "web");
    assert_eq!(pids[0], pid);
    assert_eq!(pid_of(&g, "web"), Some(pids[1]));
}

#[test]
fn a_genuine_crash_still_opens_a_crash_incident_and_is_healed() {
    let p = free_port();
    let g = Guard::serve(&config(&labsvc("svc", p)));
    wait_until(Duration::from_secs(20), || status_of(&g, "svc") == "healthy");
    let pid = pid_of(&g, "svc").unwrap();
    post(p, "/fault/crash").ok();
    let mut inc = Value::Null;
    wait_until(Duration::from_secs(20), || {
        inc = incidents(&g)
            .into_iter()
            .find(|i| i["component"] == "svc" && i["status"] == "resolved")
            .unwrap_or(Value::Null);
        !inc.is_null()
    });
    assert_eq!((inc["kind"].as_str(), inc["source"].as_str()), (Some("crash"), Some("supervisor")), "{inc}");
    assert!(inc["reason"].as_str().unwrap().contains(&format!("Process {pid} exited with status 1")), "{inc}");
    wait_until(Duration::from_secs(10), || status_of(&g, "svc") == "healthy");
    std::thread::sleep(Duration::from_secs(2));
    assert_eq!(incidents(&g).len(), 1);
    // The supervisor respawned it once; the ladder did not restart on top.
    assert_eq!(
        sqlite(&g.db(), "SELECT group_concat(strategy || ':' || trigger || ':' || result, ' ') FROM healing_actions"),
        "respawn:supervisor:succeeded"
    );
    assert_eq!(started_pids(&g, "svc").len(), 2);
    assert_ne!(pid_of(&g, "svc"), Some(pid));
    // A real crash is downtime: the component was reported failed.
    assert!(count(&g, "SELECT COUNT(*) FROM status_changes WHERE component = 'svc' AND to_status = 'failed'") >= 1);
}
