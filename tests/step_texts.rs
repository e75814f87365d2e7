//! Healing step details in the reader's language, end to end with the real `pipeline-guard`
//! binary, a real `labsvc` child and the real SQLite file: after a real restart by the ladder,
//! a German and a Japanese caller read the step's detail in their language from the API (the
//! actions list, the incident's timeline, the plan); an action recorded before migration 0012
//! shows its stored English text; notifications reach a real loopback webhook in the configured
//! notification language (`pipeline.notifications.language`, and a channel's own `language`).

use std::time::Duration;

use guard_e2e::*;
use serde_json::Value;

fn json(port: u16, path: &str, headers: &[(&str, &str)]) -> Value {
    let (code, body) = http_with_headers(port, "GET", path, headers, "");
    assert_eq!(code, 200, "{path}: {body}");
    serde_json::from_str(&body).unwrap_or_else(|e| panic!("{path}: {e}: {body}"))
}

fn status_of(g: &Guard, name: &str) -> String {
    g.get_json(&format!("/api/components/{name}"))["status"].as_str().unwrap_or("").to_string()
}

fn pid_of(g: &Guard, name: &str) -> u64 {
    g.get_json(&format!("/api/components/{name}"))["pid"].as_u64().unwrap_or_else(|| panic!("{name} has no pid"))
}

/// The ladder's restart of `web`, as `GET /api/healing/actions` says it in `headers`' language.
fn restart_detail(g: &Guard, headers: &[(&str, &str)], query: &str) -> (String, Value) {
    let list = json(g.port, &format!("/api/healing/actions?component=web{query}"), headers);
    let a = list
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["strategy"] == "restart" && a["result"] == "succeeded")
        .cloned()
        .unwrap_or_else(|| panic!("no restart: {list}"));
    (a["detail"].as_str().unwrap().to_string(), a["detail_id"].clone())
}

#[test]
fn a_german_and_a_japanese_caller_read_the_details_of_a_real_restart_in_their_language() {
    let p = free_port();
    let g = Guard::serve(&format!(
        r#"
pipeline:
  monitoring: {{ interval: 500ms, health_check_timeout: 500ms }}
  healing: {{ cooldown: 0s, verify_within: 10s }}
components:
  - name: web
    process: {{ command: ["{{labsvc}}", "--port", "{p}", "--state-file", "{{dir}}/web.state"] }}
    check: {{ http: {{ url: "http://127.0.0.1:{p}/health" }} }}
    recovery: [restart]
"#
    ));
    wait_until(Duration::from_secs(20), || status_of(&g, "web") == "healthy");
    let old = pid_of(&g, "web");

    // The plan, before anything happened: what the restart would do, in German.
    let plan = json(g.port, "/api/components/web/plan", &[("accept-language", "de-CH, de;q=0.9, en;q=0.5")]);
    let step = plan["steps"][0]["action"].as_str().unwrap();
    assert!(step.starts_with("`web` neu starten (PID ") && step.contains(&old.to_string()), "{plan}");

    // A real fault: the check fails, the incident opens, the ladder restarts the child.
    assert_eq!(post(p, "/fault/http500").unwrap().0, 200);
    wait_until(Duration::from_secs(30), || {
        g.get_json("/api/incidents")
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["component"] == "web" && i["status"] == "resolved")
    });
    let new = pid_of(&g, "web");
    assert_ne!(new, old);

    let cases: &[(&[(&str, &str)], &str, String)] = &[
        (&[], "", format!("restarted: pid {old} → {new}; verified")),
        (&[("accept-language", "de-DE,de;q=0.9")], "", format!("neu gestartet: PID {old} → {new}; geprüft")),
        (&[("accept-language", "ja")], "", format!("再起動しました: PID {old} → {new}。確認済み")),
        // `?lang=` wins over the header.
        (&[("accept-language", "ja")], "&lang=fr", format!("redémarré\u{a0}: pid {old} → {new}\u{202f}; vérifié")),
    ];
    for (headers, query, want) in cases {
        let (detail, id) = restart_detail(&g, headers, query);
        assert_eq!(&detail, want, "{headers:?}{query}");
        assert_eq!(id, "incident-step-verified");
    }
    // The database keeps the English text beside the message.
    let stored = sqlite(
        &g.db(),
        "SELECT detail || '|' || detail_id FROM healing_actions WHERE component = 'web' AND strategy = 'restart'",
    );
    assert_eq!(stored, format!("restarted: pid {old} → {new}; verified|incident-step-verified"));

    // The incident's timeline says the same step in the caller's language.
    let incidents = json(g.port, "/api/incidents", &[("accept-language", "ja")]);
    let inc = incidents.as_array().unwrap().iter().find(|i| i["component"] == "web").unwrap();
    let entry = inc["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "action" && e["strategy"] == "restart")
        .unwrap_or_else(|| panic!("{inc:#}"));
    assert_eq!(entry["detail"], format!("再起動しました: PID {old} → {new}。確認済み"), "{inc:#}");

    // An action from before migration 0012 (no message) keeps its English text in any language.
    sqlite(
        &g.db(),
        "INSERT INTO healing_actions (component, strategy, trigger, started_ms, finished_ms, result, detail) VALUES ('web', 'run', 'manual', 1000, 2000, 'succeeded', 'an old English detail')",
    );
    let list = json(g.port, "/api/healing/actions?component=web", &[("accept-language", "de")]);
    let old_row = list.as_array().unwrap().iter().find(|a| a["strategy"] == "run").unwrap();
    assert_eq!(
        (old_row["detail"].as_str(), old_row["detail_id"].as_str()),
        (Some("an old English detail"), None),
        "{list}"
    );

    // A language we do not speak is a bad request, not English in disguise.
    let (code, body) = http_with_headers(g.port, "GET", "/api/healing/actions?lang=tlh", &[], "");
    assert_eq!(code, 400, "{body}");
}

#[test]
fn notifications_reach_a_real_webhook_in_the_configured_notification_language() {
    let (rp, got) = json_receiver();
    let p = free_port();
    let g = Guard::serve(&format!(
        r#"
pipeline:
  monitoring: {{ interval: 500ms, health_check_timeout: 500ms }}
  healing: {{ cooldown: 0s, verify_within: 10s }}
  notifications:
    language: de
    retry: {{ attempts: 2, backoff: 100ms }}
    channels:
      - name: german
        webhook: {{ url: "http://127.0.0.1:{rp}/de" }}
        filter: {{ events: [step_succeeded] }}
      - name: korean
        webhook: {{ url: "http://127.0.0.1:{rp}/ko" }}
        filter: {{ events: [step_succeeded] }}
        language: ko
components:
  - name: web
    process: {{ command: ["{{labsvc}}", "--port", "{p}", "--state-file", "{{dir}}/web.state"] }}
    check: {{ http: {{ url: "http://127.0.0.1:{p}/health" }} }}
    recovery: [restart]
"#
    ));
    wait_until(Duration::from_secs(20), || status_of(&g, "web") == "healthy");
    let (code, body) = post_json(g.port, "/api/components/web/heal", r#"{"strategy":"restart"}"#).unwrap();
    assert_eq!(code, 202, "{body}");
    // Each channel's news of a restart that stopped one pid and started another; the English
    // record (`detail`, machine-readable) says which pids, the body says it in the language.
    let restart = |path: &str| {
        got.lock().unwrap().iter().filter(|(p, v)| p == path && v["strategy"] == "restart").find_map(|(_, v)| {
            let d = v["detail"].as_str()?.strip_prefix("restarted: pid ")?.strip_suffix("; verified")?;
            let (old, new) = d.split_once(" → ")?;
            Some((old.to_string(), new.to_string(), v.clone()))
        })
    };
    wait_until(Duration::from_secs(30), || restart("/de").is_some() && restart("/ko").is_some());
    let (old, new, de) = restart("/de").unwrap();
    assert_eq!((de["event"].as_str(), de["lang"].as_str()), (Some("step_succeeded"), Some("de")), "{de}");
    let body = de["body"].as_str().unwrap();
    assert!(
        body.starts_with("Fertig nach ") && body.ends_with(&format!(": neu gestartet: PID {old} → {new}; geprüft")),
        "{de}"
    );
    let (old, new, ko) = restart("/ko").unwrap();
    assert_eq!(ko["lang"], "ko", "{ko}");
    assert!(ko["body"].as_str().unwrap().ends_with(&format!("재시작함: PID {old} → {new}; 확인됨")), "{ko}");
}
