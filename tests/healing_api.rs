//! End-to-end tests of the healing API added for issue 3 with the real `pipeline-guard`
//! binary: recovery-ladder preferences (validated, audited, kept across a restart), `migrate`
//! held to data-residency rules, and notifications delivered to a real HTTP receiver.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::time::Duration;

use guard_e2e::*;
use serde_json::Value;

fn put_json(port: u16, path: &str, body: &str) -> (u16, String) {
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    write!(s, "PUT {path} HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}", body.len()).unwrap();
    let mut buf = String::new();
    s.read_to_string(&mut buf).unwrap();
    let status = buf.split_whitespace().nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
    let body = buf.split_once("\r\n\r\n").map(|(_, b)| b.to_string()).unwrap_or_default();
    (status, body)
}

#[test]
fn a_ladder_set_at_run_time_is_validated_audited_used_and_survives_a_restart() {
    let up = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = up.local_addr().unwrap().port();
    let mut g = Guard::serve(&format!(
        r#"
components:
  - name: svc
    check: {{ tcp: {{ addr: "127.0.0.1:{port}" }}, interval: 1s }}
    recovery: [restart, {{ run: ["/bin/true"] }}]
"#
    ));
    let p = g.get_json("/api/components/svc/preferences");
    assert_eq!((p["source"].as_str(), p["ladder"].clone()), (Some("config"), serde_json::json!(["restart", "run"])));

    // Every problem at once; nothing changes.
    let (code, body) =
        put_json(g.port, "/api/components/svc/preferences", r#"{"recovery":["notify","reboot","webhook"]}"#);
    assert_eq!(code, 400, "{body}");
    assert!(
        body.contains("`recovery[1]`: unknown recovery step `reboot`")
            && body.contains("`recovery[2]`: `svc` has no `webhook` step"),
        "{body}"
    );
    assert_eq!(put_json(g.port, "/api/components/svc/preferences", r#"{"recovery":[]}"#).0, 400);
    assert_eq!(
        put_json(g.port, "/api/components/svc/preferences", r#"{"ladder":["restart"]}"#).0,
        400,
        "unknown fields are refused"
    );
    assert_eq!(put_json(g.port, "/api/components/nope/preferences", r#"{"recovery":["restart"]}"#).0, 404);
    assert_eq!(g.get_json("/api/components/svc/preferences")["source"], "config");

    let (code, body) =
        put_json(g.port, "/api/components/svc/preferences", r#"{"recovery":["run","notify","restart"]}"#);
    assert_eq!(code, 200, "{body}");
    let v: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(
        (v["source"].as_str(), v["ladder"].clone()),
        (Some("preferences"), serde_json::json!(["run", "notify", "restart"]))
    );
    // The plan (what the healer would do) follows the new ladder; the run step is the config's argv.
    let plan = g.get_json("/api/components/svc/plan");
    let steps: Vec<&str> = plan["steps"].as_array().unwrap().iter().map(|s| s["strategy"].as_str().unwrap()).collect();
    assert_eq!(steps, ["run", "notify", "restart"]);
    assert!(plan["steps"][0]["action"].as_str().unwrap().contains("/bin/true"), "{plan}");
    assert_eq!(
        sqlite(&g.db(), "SELECT COUNT(*) FROM audit_log WHERE action = 'healing.preferences' AND target = 'svc'"),
        "1"
    );

    // Why healing waits, in the language asked for.
    assert_eq!(post(g.port, "/api/healing/pause").unwrap().0, 200);
    let plan = g.get_json("/api/components/svc/plan?lang=de");
    assert_eq!(
        (plan["blocked"].as_str(), plan["refusal"]["kind"].as_str()),
        (Some("Die Heilung ist pausiert"), Some("paused")),
        "{plan}"
    );
    assert_eq!(g.get_json("/api/components/svc/plan?lang=en")["blocked"], "Healing is paused");
    assert_eq!(get(g.port, "/api/components/svc/plan?lang=xx").unwrap().0, 400);
    assert_eq!(post(g.port, "/api/healing/resume").unwrap().0, 200);

    g.restart(false);
    let p = g.get_json("/api/components/svc/preferences");
    assert_eq!(
        (p["source"].as_str(), p["ladder"].clone()),
        (Some("preferences"), serde_json::json!(["run", "notify", "restart"])),
        "kept across a restart"
    );

    // null restores the config's ladder, also across a restart.
    assert_eq!(put_json(g.port, "/api/components/svc/preferences", r#"{"recovery":null}"#).0, 200);
    g.restart(false);
    assert_eq!(g.get_json("/api/components/svc/preferences")["source"], "config");
    drop(up);
}

#[test]
fn migrate_never_moves_personal_data_out_of_the_regions_residency_allows() {
    let listeners: Vec<TcpListener> = (0..3).map(|_| TcpListener::bind("127.0.0.1:0").unwrap()).collect();
    let port = |i: usize| listeners[i].local_addr().unwrap().port();
    let g = Guard::serve(&format!(
        r#"
pipeline:
  monitoring: {{ interval: 300ms, health_check_timeout: 300ms }}
  compliance: {{ standards: [gdpr] }}
components:
  - name: api-eu
    region: eu-west
    tags: {{ service: api, data: personal_data }}
    check: {{ tcp: {{ addr: "127.0.0.1:{}" }} }}
    recovery: [migrate]
  - name: api-us
    region: us-east
    tags: {{ service: api }}
    check: {{ tcp: {{ addr: "127.0.0.1:{}" }} }}
    recovery: [migrate]
  - name: api-de
    region: eu-central
    tags: {{ service: api }}
    check: {{ tcp: {{ addr: "127.0.0.1:{}" }} }}
"#,
        port(0),
        port(1),
        port(2)
    ));
    wait_until(Duration::from_secs(10), || {
        g.get_json("/api/components").as_array().unwrap().iter().all(|c| c["status"] == "healthy")
    });
    let plan =
        |c: &str| g.get_json(&format!("/api/components/{c}/plan"))["steps"][0]["action"].as_str().unwrap().to_string();
    // EU personal data may go to another EU region, never to the US.
    assert_eq!(plan("api-eu"), "move `api-eu` to `api-de`");
    // Operational data may go anywhere.
    assert!(plan("api-us").starts_with("move `api-us` to `api-"), "{}", plan("api-us"));

    // A deactivated region takes no migration.
    assert_eq!(post(g.port, "/api/regions/eu-west/deactivate").unwrap().0, 200);
    assert_eq!(plan("api-us"), "move `api-us` to `api-de`");
    assert_eq!(post(g.port, "/api/regions/eu-central/deactivate").unwrap().0, 200);
    let none = plan("api-us");
    assert!(
        none.starts_with("cannot migrate") && none.contains("api-de is in Europe Central, which is deactivated"),
        "{none}"
    );
    for r in ["eu-west", "eu-central"] {
        assert_eq!(post(g.port, &format!("/api/regions/{r}/activate")).unwrap().0, 200);
    }

    // With the EU peer down, only the US peer is healthy: the step refuses, naming the rule.
    let mut listeners = listeners;
    drop(listeners.remove(2));
    wait_until(Duration::from_secs(10), || g.get_json("/api/components/api-de")["status"] == "failed");
    let refused = plan("api-eu");
    assert!(
        refused.starts_with("cannot migrate")
            && refused.contains(
                "`api-us` is in US East: GDPR Art. 44 forbids moving this data (Personal data) out of Europe West"
            ),
        "{refused}"
    );
    // The same refusal in the caller's language: the region and the data category too.
    let de = g.get_json("/api/components/api-eu/plan?lang=de");
    let de = de["steps"].as_array().unwrap().iter().find(|s| s["strategy"] == "migrate").unwrap()["action"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        de.starts_with("Migration nicht möglich")
            && de.contains("GDPR Art. 44 verbietet, diese Daten (Personenbezogene Daten) aus Westeuropa zu verlagern"),
        "{de}"
    );
    let (code, body) = post_json(g.port, "/api/components/api-eu/heal", r#"{"strategy":"migrate"}"#).unwrap();
    assert_eq!(code, 202, "{body}");
    let id = serde_json::from_str::<Value>(&body).unwrap()["action_id"].as_i64().unwrap();
    let mut action = Value::Null;
    wait_until(Duration::from_secs(10), || {
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
    assert_eq!(action["result"], "failed", "{action}");
    assert!(action["detail"].as_str().unwrap().contains("GDPR Art. 44"), "{action}");
}

#[test]
fn a_crash_is_told_to_the_webhook_and_slack_channels_of_the_running_guard() {
    let (rp, got) = json_receiver();
    let p = free_port();
    let g = Guard::serve(&format!(
        r#"
pipeline:
  monitoring: {{ interval: 1s, health_check_timeout: 500ms }}
  healing: {{ cooldown: 0s, verify_within: 5s }}
  notifications:
    language: es
    retry: {{ attempts: 2, backoff: 100ms }}
    channels:
      - name: hook
        webhook: {{ url: "http://127.0.0.1:{rp}/hook/SECRET-TOKEN" }}
      - name: chat
        slack: {{ url: "http://127.0.0.1:{rp}/slack/T/B/SECRET" }}
        filter: {{ events: [incident_resolved] }}
components:
  - name: svc
    process: {{ command: ["{{labsvc}}", "--port", "{p}", "--state-file", "{{dir}}/svc.state"] }}
    check: {{ http: {{ url: "http://127.0.0.1:{p}/health" }} }}
"#
    ));
    wait_until(Duration::from_secs(20), || g.get_json("/api/components/svc")["status"] == "healthy");
    let _ = post(p, "/fault/crash");
    wait_until(Duration::from_secs(20), || got.lock().unwrap().iter().any(|(path, _)| path.starts_with("/slack/")));
    let posts = got.lock().unwrap().clone();
    let hook: Vec<&Value> = posts.iter().filter(|(p, _)| p.starts_with("/hook/")).map(|(_, v)| v).collect();
    assert_eq!(hook[0]["event"], "incident_opened", "{hook:?}");
    assert_eq!(hook[0]["kind"], "crash");
    assert!(hook[0]["title"].as_str().unwrap().starts_with("Incidente #"), "in Spanish: {}", hook[0]["title"]);
    let slack: Vec<&Value> = posts.iter().filter(|(p, _)| p.starts_with("/slack/")).map(|(_, v)| v).collect();
    assert_eq!(slack.len(), 1, "only the resolution: {slack:?}");
    assert!(slack[0]["text"].as_str().unwrap().contains("resuelto"), "{}", slack[0]);
    // Deliveries are listed by the API, the token nowhere in them.
    wait_until(Duration::from_secs(10), || {
        g.get_json("/api/notifications/deliveries").as_array().unwrap().iter().any(|d| d["channel"] == "chat")
    });
    let d = g.get_json("/api/notifications/deliveries");
    assert!(d.as_array().unwrap().iter().all(|d| d["status"] == "sent"), "{d}");
    assert!(!d.to_string().contains("SECRET"));
}

#[test]
fn a_leak_is_acted_on_once_by_the_one_memory_forecast() {
    let p = free_port();
    let g = Guard::serve(&format!(
        r#"
pipeline:
  healing: {{ cooldown: 0s, verify_within: 5s }}
components:
  - name: leaky
    process: {{ command: ["{{labsvc}}", "--port", "{p}", "--state-file", "{{dir}}/leaky.state"] }}
    check: {{ http: {{ url: "http://127.0.0.1:{p}/health" }}, interval: 250ms }}
    limits: {{ memory: 200MB }}
    detection: {{ anomaly: false, horizon: 30s }}
"#
    ));
    wait_until(Duration::from_secs(20), || g.get_json("/api/components/leaky")["status"] == "healthy");
    assert_eq!(post(p, "/fault/leak?mb_per_s=20").unwrap().0, 200);
    wait_until(Duration::from_secs(20), || {
        g.get_json("/api/incidents")
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["component"] == "leaky" && i["status"] == "resolved")
    });
    std::thread::sleep(Duration::from_secs(2));
    let incidents = g.get_json("/api/incidents");
    let kinds: Vec<&str> = incidents.as_array().unwrap().iter().map(|i| i["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["memory_forecast"], "one incident for one leak: {incidents}");
    assert_eq!(
        sqlite(&g.db(), "SELECT COUNT(*) FROM healing_actions WHERE component = 'leaky' AND strategy = 'restart'"),
        "1"
    );
    let findings = g.get_json("/api/findings?component=leaky");
    let acted =
        findings.as_array().unwrap().iter().filter(|f| f["kind"] == "predicted" && f["action"] == "heal").count();
    assert_eq!(acted, 1, "{findings}");
}
