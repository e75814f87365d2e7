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
    assert_eq!(
        sqlite(&g.db(), "SELECT strategy || ':' || trigger || ':' || result FROM healing_actions"),
        "restart:alert:succeeded"
    );
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
    g.restart(true);
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
    assert_eq!(
        count(&g, "SELECT COUNT(*) FROM healing_actions"),
        actions_after_restart,
        "a resolved alert triggered an action"
    );
    assert_eq!(incidents(&g).len(), 2, "a resolved alert opened an incident");
    assert_eq!(pid_of(&g, "web"), pid_after_restart);

    // 4. Resolved again (Alertmanager repeats itself): nothing changes, nothing is closed twice.
    let rep = deliver(&g, &alert("resolved", "fp-open", "web"));
    assert!(rep["closed"].as_array().unwrap().is_empty(), "{rep}");
    assert_eq!(
        count(&g, &format!("SELECT COUNT(*) FROM incident_events WHERE incident_id = {id2} AND kind = 'closed'")),
        1
    );
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
    wait_until(Duration::from_secs(20), || {
        incidents(&g).iter().any(|i| i["component"] == "web" && i["status"] == "resolved")
    });
    let inc = incidents(&g).into_iter().find(|i| i["component"] == "web").unwrap();
    assert_eq!(inc["kind"], "crash");
    let row = sqlite(
        &g.db(),
        "SELECT strategy || ':' || trigger || ':' || result || ':' || incident_id FROM healing_actions WHERE component = 'web'",
    );
    assert_eq!(row, format!("respawn:supervisor:succeeded:{}", inc["id"]));

    // A crash in a maintenance window: no incident, but the respawn is still recorded.
    let (code, body) =
        post_json(g.port, "/api/healing/maintenance", r#"{"component":"web","duration_s":120}"#).unwrap();
    assert_eq!(code, 200, "{body}");
    wait_healthy(&g, "web");
    let pid = pid_of(&g, "web").unwrap();
    post(p, "/fault/crash").ok();
    wait_until(Duration::from_secs(20), || pid_of(&g, "web").is_some_and(|x| x != pid));
    wait_until(Duration::from_secs(10), || {
        count(
            &g,
            "SELECT COUNT(*) FROM healing_actions WHERE component = 'web' AND incident_id IS NULL AND result = 'succeeded'",
        ) == 1
    });
    let detail = sqlite(&g.db(), "SELECT detail FROM healing_actions WHERE component = 'web' AND incident_id IS NULL");
    assert!(detail.contains(&format!("Process {pid}")) && detail.contains("started again as pid"), "{detail}");
    assert_eq!(incidents(&g).len(), 1, "maintenance: no incident");

    // An extra instance (scale-out) that crashes is respawned by the supervisor: recorded too.
    let (code, body) = post_json(g.port, "/api/components/pool/heal", r#"{"strategy":"scale_up"}"#).unwrap();
    assert_eq!(code, 202, "{body}");
    wait_until(Duration::from_secs(20), || {
        count(
            &g,
            "SELECT COUNT(*) FROM healing_actions WHERE component = 'pool' AND strategy = 'scale_up' AND result = 'succeeded'",
        ) == 1
    });
    let started =
        sqlite(&g.db(), "SELECT detail FROM healing_actions WHERE component = 'pool' AND strategy = 'scale_up'");
    let port: u16 = started
        .split("on port ")
        .nth(1)
        .and_then(|r| r.split(|c: char| !c.is_ascii_digit()).next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{started}"));
    wait_until(Duration::from_secs(10), || get(port, "/health").is_ok_and(|(s, _)| s == 200));
    post(port, "/fault/crash").ok();
    wait_until(Duration::from_secs(20), || {
        count(
            &g,
            "SELECT COUNT(*) FROM healing_actions WHERE component = 'pool' AND strategy = 'respawn' AND result = 'succeeded'",
        ) == 1
    });
    wait_until(Duration::from_secs(10), || get(port, "/health").is_ok_and(|(s, _)| s == 200));

    // Every finished respawn is on the audit chain, done by the supervisor, and the chain holds.
    wait_until(Duration::from_secs(10), || {
        count(&g, "SELECT COUNT(*) FROM audit_log WHERE action = 'heal.respawn'") == 3
    });
    assert_eq!(
        sqlite(&g.db(), "SELECT DISTINCT actor FROM audit_log WHERE action = 'heal.respawn'"),
        "system:supervisor"
    );
    assert_eq!(
        sqlite(
            &g.db(),
            "SELECT group_concat(target, ',') FROM (SELECT target FROM audit_log WHERE action = 'heal.respawn' ORDER BY id)"
        ),
        "web,web,pool"
    );
    let ids = sqlite(
        &g.db(),
        "SELECT group_concat(id, ',') FROM (SELECT id FROM healing_actions WHERE strategy = 'respawn' ORDER BY id)",
    );
    let audited = sqlite(
        &g.db(),
        "SELECT group_concat(json_extract(details, '$.action_id'), ',') FROM (SELECT details FROM audit_log WHERE action = 'heal.respawn' ORDER BY id)",
    );
    assert_eq!(audited, ids);
    let (code, out) = {
        let o = Command::new(bin("pipeline-guard")).args(["audit", "verify", "--db"]).arg(g.db()).output().unwrap();
        (o.status.code(), String::from_utf8_lossy(&o.stdout).to_string() + &String::from_utf8_lossy(&o.stderr))
    };
    assert_eq!(code, Some(0), "{out}");
}

#[test]
fn incident_timelines_are_said_in_the_language_asked_for_the_account_s_or_the_browser_s() {
    let p = free_port();
    let g = Guard::serve(&format!(
        "{}{}",
        CONFIG.replace("pipeline:\n", "pipeline:\n  security: { enabled: true }\n"),
        labsvc("web", p, "    recovery: [restart]")
    ));
    let db = g.db().display().to_string();
    let cli = |args: &[&str], stdin: &str| {
        use std::io::Write;
        let mut c = Command::new(bin("pipeline-guard"))
            .args(args)
            .env("PIPELINE_LOG", "warn")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        c.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
        let o = c.wait_with_output().unwrap();
        assert!(o.status.success(), "{args:?}: {}", String::from_utf8_lossy(&o.stderr));
        String::from_utf8_lossy(&o.stdout).trim().to_string()
    };
    cli(&["user", "add", "vera", "--role", "admin", "--db", &db], "vera-pass-0123456789\n");
    let token = cli(
        &[
            "token",
            "issue",
            "--db",
            &db,
            "--user",
            "vera",
            "--ttl",
            "1h",
            "--permissions",
            "MONITOR_HEALTH,TRIGGER_HEALING",
        ],
        "",
    );
    let auth = format!("Bearer {token}");
    let incidents_as = |query: &str, accept: Option<&str>| -> Value {
        let mut h = vec![("authorization", auth.as_str())];
        if let Some(a) = accept {
            h.push(("accept-language", a));
        }
        let (s, b) = http_with_headers(g.port, "GET", &format!("/api/incidents{query}"), &h, "");
        assert_eq!(s, 200, "{query}: {b}");
        serde_json::from_str::<Value>(&b)
            .unwrap()
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["component"] == "web")
            .cloned()
            .unwrap_or(Value::Null)
    };
    wait_until(Duration::from_secs(20), || {
        http_with_headers(g.port, "GET", "/api/components/web", &[("authorization", &auth)], "")
            .1
            .contains("\"healthy\"")
    });

    // A crash: the supervisor's respawn, verified, closes the incident.
    post(p, "/fault/crash").ok();
    wait_until(Duration::from_secs(20), || incidents_as("", None)["status"] == "resolved");
    // Arabic isolates its placeables (U+2068 … U+2069); compare without the marks.
    let plain = |s: &str| s.replace(['\u{2068}', '\u{2069}'], "");
    let texts = |inc: &Value| -> Vec<(String, String)> {
        inc["timeline"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| (e["message_id"].as_str().unwrap_or("-").to_string(), plain(e["detail"].as_str().unwrap())))
            .collect()
    };

    // English by default; the message ids are there for whoever wants them.
    let en = incidents_as("", None);
    assert_eq!(en["reason_id"], "incident-reason-exit-status", "{en:#}");
    assert!(
        en["reason"].as_str().unwrap().starts_with("Process ")
            && en["reason"].as_str().unwrap().contains("exited with status 1"),
        "{en:#}"
    );
    let ids: Vec<String> = texts(&en).into_iter().map(|t| t.0).collect();
    assert_eq!(
        ids,
        ["incident-reason-exit-status", "incident-respawn-up", "incident-closed-respawn", "incident-closed-respawn"],
        "{en:#}"
    );

    // `?lang=`: every entry in that language.
    let cases: &[(&str, &str, [&str; 3])] = &[
        (
            "de",
            "Prozess ",
            [
                "Der vom Supervisor neu gestartete Prozess läuft und antwortet",
                "Nach dem Neustart durch den Supervisor als gesund bestätigt",
                "mit Status 1 beendet",
            ],
        ),
        (
            "fr",
            "Le processus ",
            [
                "Le processus relancé par le superviseur fonctionne et répond",
                "Bonne santé confirmée après la relance par le superviseur",
                "s’est terminé avec le code 1",
            ],
        ),
        (
            "ja",
            "プロセス ",
            [
                "スーパーバイザーが再起動したプロセスは稼働して応答しています",
                "スーパーバイザーによる再起動の後に正常を確認しました",
                "ステータス 1 で終了しました",
            ],
        ),
        (
            "ar",
            "انتهت العملية",
            [
                "العملية التي أعاد المشرف تشغيلها تعمل وتستجيب",
                "تأكدت سلامته بعد إعادة التشغيل بواسطة المشرف",
                "بالحالة 1",
            ],
        ),
    ];
    for (lang, reason_start, want) in cases {
        let inc = incidents_as(&format!("?lang={lang}"), None);
        let reason = plain(inc["reason"].as_str().unwrap());
        assert!(reason.starts_with(reason_start) && reason.contains(want[2]), "{lang}: {reason}");
        let t = texts(&inc);
        assert_eq!(t[0].1, reason);
        assert_eq!((t[1].1.as_str(), t[2].1.as_str()), (want[0], want[1]), "{lang}: {t:?}");
    }

    // No `lang`: the browser's Accept-Language, unless the account has a language of its own.
    assert!(incidents_as("", Some("xx, ja;q=0.9, en;q=0.5"))["reason"].as_str().unwrap().starts_with("プロセス "));
    let (s, b) = http_with_headers(
        g.port,
        "PUT",
        "/api/account/language",
        &[("authorization", &auth)],
        r#"{"language":"pt-BR"}"#,
    );
    assert_eq!(s, 200, "{b}");
    let pt = incidents_as("", Some("ja"));
    assert!(pt["reason"].as_str().unwrap().starts_with("O processo "), "{pt:#}");
    assert!(incidents_as("?lang=de", Some("ja"))["reason"].as_str().unwrap().starts_with("Prozess "), "?lang= wins");
    let (s, b) = http_with_headers(g.port, "GET", "/api/incidents?lang=klingon", &[("authorization", &auth)], "");
    assert_eq!(s, 400, "{b}");
    // Said in the account's language (no valid `lang`), with its message for the UI.
    assert!(b.contains("idioma desconhecido `klingon`") && b.contains(r#""id":"api-error-unknown-language""#), "{b}");

    // A row from before migration 0011 (no message) keeps its stored English text.
    let id = en["id"].as_i64().unwrap();
    sqlite(
        &g.db(),
        &format!(
            "INSERT INTO incident_events (incident_id, ts_ms, kind, detail) VALUES ({id}, (SELECT MAX(ts_ms) FROM incident_events) + 1, 'note', 'an operator wrote this in 2025')"
        ),
    );
    let de = incidents_as("?lang=de", None);
    assert_eq!(texts(&de).last().unwrap(), &("-".to_string(), "an operator wrote this in 2025".to_string()));

    // The compliance report lists the incident in its own language.
    let today = (std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() / 86_400) as i64;
    let out = g.dir.path().join("report.json");
    cli(
        &[
            "report",
            "--db",
            &db,
            "--from",
            &ymd(today - 1),
            "--to",
            &ymd(today + 1),
            "--standard",
            "soc2",
            "--lang",
            "de",
            "--format",
            "json",
            "--out",
            out.to_str().unwrap(),
        ],
        "",
    );
    let report: Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let summary = report["incidents"][0]["summary"].as_str().unwrap();
    assert!(summary.starts_with("Prozess ") && summary.contains("mit Status 1 beendet"), "{summary}");
}
