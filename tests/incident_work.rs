//! Working incidents and the read-only status page (issue 20), against the real
//! `pipeline-guard serve` on loopback with its real SQLite file: acknowledge, assign and notes
//! with the account in the audit log and refused without TRIGGER_HEALING, the event every
//! window listens to, the time-range filter, and `/status` (off → 404; on → only the selected
//! components, their availability and open incidents as kind and time, in the visitor's
//! language, no link anywhere but itself, a foreign `Host` refused). Alertmanager's webhook
//! (played by the test on loopback) opens the incidents, so they exist at once.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use guard_e2e::*;
use serde_json::{Value, json};

const ADMIN_PW: &str = "admin-pass-0123456789";
const PW: &str = "user-pass-0123456789";

const SECURE: &str = "pipeline:
  monitoring: { interval: 1s }
  security: { enabled: true, token_expiry: 1h }
  status_page: { enabled: true, title: \"Lab status\", components: [checkout, payments] }
components:
  - name: checkout
    check: { command: { run: [\"true\"] } }
  - name: payments
    check: { command: { run: [\"true\"] } }
  - name: secret-backend
    check: { command: { run: [\"true\"] } }
";

fn add_user(g: &Guard, name: &str, role: &str, pw: &str) {
    let (code, _, err) =
        cli(&["user", "add", name, "--role", role, "--db", &g.db().display().to_string()], &format!("{pw}\n"));
    assert_eq!(code, 0, "user add {name}: {err}");
}

fn login(g: &Guard, user: &str, pw: &str) -> String {
    let (code, body) =
        http(g.port, "POST", "/api/login", None, Some(&json!({ "username": user, "password": pw }).to_string()));
    assert_eq!(code, 200, "{body}");
    serde_json::from_str::<Value>(&body).unwrap()["token"].as_str().unwrap().to_string()
}

fn call(g: &Guard, method: &str, path: &str, token: Option<&str>, body: Option<Value>) -> (u16, Value) {
    let text = body.map(|b| b.to_string());
    let (code, body) = http(g.port, method, path, token, text.as_deref());
    (code, serde_json::from_str(&body).unwrap_or(Value::String(body)))
}

/// Alertmanager's webhook (version 4) firing one alert for `component`: an open incident.
fn fire(g: &Guard, token: &str, component: &str, fingerprint: &str) -> i64 {
    let payload = json!({
        "version": "4", "status": "firing", "receiver": "guard", "groupKey": "g",
        "alerts": [{ "status": "firing", "labels": { "alertname": "HighErrors", "component": component }, "annotations": { "summary": "error rate 30% on the card vault" },
                     "startsAt": "2026-01-01T00:00:00Z", "endsAt": "0001-01-01T00:00:00Z", "fingerprint": fingerprint }]
    });
    let (code, body) = call(g, "POST", "/api/alertmanager", Some(token), Some(payload));
    assert_eq!(code, 200, "{body}");
    let (_, list) = call(g, "GET", &format!("/api/incidents?component={component}"), Some(token), None);
    list.as_array()
        .unwrap()
        .iter()
        .rev()
        .find(|i| i["fingerprint"] == fingerprint)
        .unwrap_or_else(|| panic!("no incident for {fingerprint}: {list}"))["id"]
        .as_i64()
        .unwrap()
}

/// The event stream until `needle` shows up (or `within` passes): what another window sees.
fn stream_until(port: u16, token: &str, needle: &str, within: Duration, act: impl FnOnce()) -> String {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_millis(200))).unwrap();
    write!(s, "GET /api/events?access_token={token} HTTP/1.1\r\nhost: 127.0.0.1\r\naccept: text/event-stream\r\n\r\n")
        .unwrap();
    let mut seen = String::new();
    let mut buf = [0u8; 8192];
    let mut act = Some(act);
    let end = Instant::now() + within;
    while Instant::now() < end && !seen.contains(needle) {
        if let Ok(n) = s.read(&mut buf) {
            seen.push_str(&String::from_utf8_lossy(&buf[..n]));
        }
        if seen.contains("200 OK")
            && let Some(a) = act.take()
        {
            a();
        }
    }
    seen
}

#[test]
fn incidents_are_acknowledged_assigned_and_noted_by_accounts_audited_and_filtered() {
    let g = Guard::serve(SECURE);
    add_user(&g, "root", "admin", ADMIN_PW);
    add_user(&g, "olga", "operator", PW);
    add_user(&g, "vera", "viewer", PW);
    let root = login(&g, "root", ADMIN_PW);
    let olga = login(&g, "olga", PW);
    let vera = login(&g, "vera", PW);
    let id = fire(&g, &root, "checkout", "fp-checkout");

    // Without TRIGGER_HEALING (a viewer): refused, and the refusal is audited; nothing changed.
    for (method, path, body) in [
        ("POST", format!("/api/incidents/{id}/acknowledge"), None),
        ("PUT", format!("/api/incidents/{id}/assignee"), Some(json!({ "account": "vera" }))),
        ("POST", format!("/api/incidents/{id}/notes"), Some(json!({ "text": "mine now" }))),
        ("GET", "/api/incidents/assignees".to_string(), None),
    ] {
        let (code, answer) = call(&g, method, &path, Some(&vera), body);
        assert_eq!((code, answer["code"].as_str()), (403, Some("forbidden")), "{method} {path}: {answer}");
    }
    let (_, inc) = call(&g, "GET", "/api/incidents", Some(&vera), None);
    let inc = inc.as_array().unwrap().iter().find(|i| i["id"] == id).unwrap().clone();
    assert!(inc["acknowledged"].is_null() && inc["assignment"].is_null() && inc["notes"] == json!([]), "{inc}");

    // The operator works it, and another window hears of each change on the event stream.
    let mut acked = Value::Null;
    let seen = stream_until(g.port, &root, "incident_worked", Duration::from_secs(10), || {
        let (code, body) = call(&g, "POST", &format!("/api/incidents/{id}/acknowledge?lang=de"), Some(&olga), None);
        assert_eq!(code, 200, "{body}");
        acked = body;
    });
    assert!(
        seen.contains("event: incident_worked")
            && seen.contains("\"change\":\"acknowledged\"")
            && seen.contains("\"by\":\"olga\""),
        "{seen}"
    );
    assert_eq!(acked["acknowledged"]["by"], "olga", "{acked}");
    let entry = acked["timeline"].as_array().unwrap().iter().find(|e| e["kind"] == "acknowledged").unwrap().clone();
    assert_eq!(entry["detail"], "Bestätigt von olga", "said in the language asked for: {entry}");
    let (code, again) = call(&g, "POST", &format!("/api/incidents/{id}/acknowledge"), Some(&root), None);
    assert_eq!((code, again["code"].as_str()), (400, Some("bad_request")), "{again}");
    assert!(again["message"].as_str().unwrap().contains("olga"), "{again}");

    let (code, who) = call(&g, "GET", "/api/incidents/assignees", Some(&olga), None);
    assert_eq!(code, 200);
    assert_eq!(who, json!(["olga", "root", "vera"]));
    let (code, bad) =
        call(&g, "PUT", &format!("/api/incidents/{id}/assignee"), Some(&olga), Some(json!({ "account": "mallory" })));
    assert_eq!((code, bad["code"].as_str()), (400, Some("bad_request")), "{bad}");
    assert!(bad["message"].as_str().unwrap().contains("mallory"), "{bad}");
    let (code, assigned) =
        call(&g, "PUT", &format!("/api/incidents/{id}/assignee"), Some(&olga), Some(json!({ "account": "vera" })));
    assert_eq!(code, 200, "{assigned}");
    assert_eq!(
        (assigned["assignment"]["account"].as_str(), assigned["assignment"]["by"].as_str()),
        (Some("vera"), Some("olga")),
        "{assigned}"
    );

    for (text, code) in
        [("", 400), ("   ", 400), (&"x".repeat(4001) as &str, 400), ("card vault restarted, watching", 200)]
    {
        let (got, body) =
            call(&g, "POST", &format!("/api/incidents/{id}/notes"), Some(&olga), Some(json!({ "text": text })));
        assert_eq!(got, code, "note of {} chars: {body}", text.len());
    }
    let (code, noted) = call(
        &g,
        "POST",
        &format!("/api/incidents/{id}/notes"),
        Some(&root),
        Some(json!({ "text": "vendor ticket 4411" })),
    );
    assert_eq!(code, 200, "{noted}");
    let notes: Vec<(String, String)> = noted["notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| (n["author"].as_str().unwrap().into(), n["text"].as_str().unwrap().into()))
        .collect();
    assert_eq!(
        notes,
        [
            ("olga".to_string(), "card vault restarted, watching".to_string()),
            ("root".to_string(), "vendor ticket 4411".to_string())
        ]
    );
    for (method, path, body) in [
        ("POST", "/api/incidents/99999/acknowledge", None),
        ("POST", "/api/incidents/99999/notes", Some(json!({ "text": "x" }))),
    ] {
        let (code, answer) = call(&g, method, path, Some(&olga), body);
        assert_eq!((code, answer["code"].as_str()), (404, Some("not_found")), "{answer}");
    }
    let (code, answer) = call(&g, "POST", "/api/incidents/abc/acknowledge", Some(&olga), None);
    assert_eq!((code, answer["code"].as_str()), (400, Some("bad_request")), "{answer}");

    // One audit row per change, naming the account; the note's text stays out of the log.
    let (_, audit) = call(&g, "GET", "/api/audit?limit=200", Some(&root), None);
    let rows: Vec<(String, String, String)> = audit
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["action"].as_str().unwrap().starts_with("incident."))
        .map(|r| {
            (
                r["actor"].as_str().unwrap().into(),
                r["action"].as_str().unwrap().into(),
                r["target"].as_str().unwrap().into(),
            )
        })
        .collect();
    let target = format!("incident:{id}");
    let want: Vec<(String, String, String)> = [
        ("olga", "incident.acknowledge"),
        ("olga", "incident.assign"),
        ("olga", "incident.note"),
        ("root", "incident.note"),
    ]
    .iter()
    .map(|(a, b)| (a.to_string(), b.to_string(), target.clone()))
    .collect();
    let mut got = rows.clone();
    got.sort();
    assert_eq!(got, want, "{audit}");
    assert!(!audit.to_string().contains("card vault restarted"), "the note's text is not in the audit log");
    let denied =
        audit.as_array().unwrap().iter().filter(|r| r["action"] == "permission.denied" && r["actor"] == "vera").count();
    assert!(denied >= 4, "{audit}");
    // Stored: the row in SQLite, the notes append-only.
    assert_eq!(
        sqlite(
            &g.db(),
            &format!("SELECT acknowledged_by || '|' || assignee || '|' || assigned_by FROM incidents WHERE id = {id}")
        ),
        "olga|vera|olga"
    );
    let out = std::process::Command::new("sqlite3")
        .arg(g.db())
        .arg("UPDATE incident_notes SET text = 'rewritten'")
        .output()
        .unwrap();
    assert!(!out.status.success() && String::from_utf8_lossy(&out.stderr).contains("append-only"), "{out:?}");

    // The time-range filter: the incident is in a range around now, not in one before it.
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
    let in_range = |q: &str| -> Vec<i64> {
        let (code, list) = call(&g, "GET", &format!("/api/incidents?{q}"), Some(&olga), None);
        assert_eq!(code, 200, "{q}: {list}");
        list.as_array().unwrap().iter().map(|i| i["id"].as_i64().unwrap()).collect()
    };
    assert!(in_range(&format!("from={}&to={}", now - 3600, now + 60)).contains(&id));
    assert!(!in_range(&format!("from={}&to={}", now - 7200, now - 3600)).contains(&id));
    assert!(in_range(&format!("from={}&to={}&component=checkout", now - 3600, now + 60)).contains(&id));
    assert!(!in_range(&format!("from={}&to={}&component=payments", now - 3600, now + 60)).contains(&id));
    let (code, _) = call(&g, "GET", &format!("/api/incidents?from={}&to={}", now, now - 10), Some(&olga), None);
    assert_eq!(code, 400, "a reversed range is refused");

    // Right of access: the incidents assigned to vera are in her export, olga's notes in hers.
    let (code, export) = call(&g, "GET", "/api/users/vera/export", Some(&root), None);
    assert_eq!((code, export["incidents_assigned"].clone()), (200, json!([id])), "{export}");
    let (_, export) = call(&g, "GET", "/api/account/export", Some(&olga), None);
    assert_eq!(export["incident_notes"][0]["text"], "card vault restarted, watching", "{export}");
    // Right to erasure: the incident names olga's pseudonym instead, everywhere.
    let (code, erased) = call(&g, "POST", "/api/users/olga/erase", Some(&root), None);
    assert_eq!(code, 200, "{erased}");
    let pseudonym = erased["pseudonym"].as_str().unwrap().to_string();
    let (_, list) = call(&g, "GET", "/api/incidents", Some(&root), None);
    let inc = list.as_array().unwrap().iter().find(|i| i["id"] == id).unwrap().clone();
    assert!(!inc.to_string().contains("olga"), "{inc}");
    assert_eq!(
        (inc["acknowledged"]["by"].as_str(), inc["assignment"]["by"].as_str(), inc["notes"][0]["author"].as_str()),
        (Some(pseudonym.as_str()), Some(pseudonym.as_str()), Some(pseudonym.as_str())),
        "{inc}"
    );
}

/// The page's text without tags.
fn text_of(html: &str) -> String {
    let mut out = String::new();
    let mut tag = false;
    for c in html.chars() {
        match c {
            '<' => tag = true,
            '>' => {
                tag = false;
                out.push(' ');
            }
            c if !tag => out.push(c),
            _ => {}
        }
    }
    out
}

#[test]
fn the_status_page_shows_only_the_selected_components_in_the_visitors_language() {
    let g = Guard::serve(SECURE);
    add_user(&g, "root", "admin", ADMIN_PW);
    let root = login(&g, "root", ADMIN_PW);
    let id = fire(&g, &root, "checkout", "fp-status");
    fire(&g, &root, "secret-backend", "fp-hidden");
    call(
        &g,
        "POST",
        &format!("/api/incidents/{id}/notes"),
        Some(&root),
        Some(json!({ "text": "internal: vault key rotated" })),
    );
    call(&g, "PUT", &format!("/api/incidents/{id}/assignee"), Some(&root), Some(json!({ "account": "root" })));
    // Every component checked once (so `payments` is up, not unknown).
    wait_until(Duration::from_secs(20), || get(g.port, "/ready").is_ok_and(|(s, _)| s == 200));

    // No login: the page, in English by default.
    let (code, html) = http_with_headers(g.port, "GET", "/status", &[], "");
    assert_eq!(code, 200, "{html}");
    assert!(html.starts_with("<!doctype html>") && html.contains("<html lang=\"en\" dir=\"ltr\">"), "{html}");
    let text = text_of(&html);
    for want in
        ["Lab status", "checkout", "payments", "Open incidents", "Alert firing since", "One service has a problem"]
    {
        assert!(text.contains(want), "missing `{want}`: {text}");
    }
    // Only what it may show: not the other component, not the reason, the note or the assignee.
    for never in ["secret-backend", "error rate 30%", "vault", "HighErrors", "root", "fp-status"] {
        assert!(!html.contains(never), "`{never}` leaked: {html}");
    }
    // Nothing reachable through it but itself: every link and resource is /status…, no script.
    assert!(!html.contains("<script") && !html.contains(" style="), "{html}");
    for attr in ["href=\"", "src=\"", "action=\""] {
        for part in html.split(attr).skip(1) {
            assert!(part.starts_with("/status"), "{attr}{}", &part[..part.find('"').unwrap_or(part.len())]);
        }
    }
    let (code, css) = http_with_headers(g.port, "GET", "/status/style.css", &[], "");
    assert!(code == 200 && css.contains(".status"), "{code} {css}");
    // Availability: the engine's figure, as the components API says it (one definition).
    let (_, api) = call(&g, "GET", "/api/components/payments", Some(&root), None);
    let ratio = api["availability"]["ratio"].as_f64();
    if let Some(r) = ratio {
        assert!(text.contains(&guard_i18n::format_percent(guard_i18n::Lang::En, r, 3)), "{r}: {text}");
    }

    // The visitor's language: `?lang=`, else Accept-Language; Arabic right to left.
    let (_, ar) = http_with_headers(g.port, "GET", "/status?lang=ar", &[], "");
    assert!(
        ar.contains("<html lang=\"ar\" dir=\"rtl\">") && ar.contains("الحوادث المفتوحة") && ar.contains("تنبيه نشط"),
        "{ar}"
    );
    let (_, de) = http_with_headers(g.port, "GET", "/status", &[("accept-language", "de-CH, de;q=0.9, en;q=0.5")], "");
    assert!(
        de.contains("<html lang=\"de\"") && de.contains("Offene Vorfälle") && de.contains("Alarm aktiv seit"),
        "{de}"
    );
    let (_, ja) = http_with_headers(g.port, "GET", "/status?lang=ja", &[("accept-language", "de")], "");
    assert!(ja.contains("<html lang=\"ja\"") && ja.contains("対応中のインシデント"), "{ja}");

    // The gate still checks Host; a link from another site may open it, the API stays closed.
    for host in ["evil.example", "127.0.0.1.nip.io:80", "status.evil.example"] {
        let mut s = TcpStream::connect(("127.0.0.1", g.port)).unwrap();
        write!(s, "GET /status HTTP/1.1\r\nhost: {host}\r\nconnection: close\r\n\r\n").unwrap();
        let mut answer = String::new();
        s.read_to_string(&mut answer).unwrap();
        assert!(
            answer.starts_with("HTTP/1.1 403") && answer.contains("foreign_host") && !answer.contains("checkout"),
            "Host {host}: {answer}"
        );
    }
    let (code, _) = http_with_headers(g.port, "GET", "/status", &[("sec-fetch-site", "cross-site")], "");
    assert_eq!(code, 200);
    let (code, _) = http_with_headers(g.port, "GET", "/api/components", &[("referer", "http://127.0.0.1/status")], "");
    assert_eq!(code, 401, "the API still wants a token");
    let (code, _) = http_with_headers(g.port, "POST", "/status", &[], "{}");
    assert_eq!(code, 405);
}

#[test]
fn with_security_off_the_local_operator_works_incidents_and_the_status_page_is_off() {
    let g = Guard::serve(
        "pipeline:\n  monitoring: { interval: 1s }\ncomponents:\n  - name: checkout\n    check: { command: { run: [\"true\"] } }\n",
    );
    let me = String::from_utf8(std::process::Command::new("id").arg("-un").output().unwrap().stdout)
        .unwrap()
        .trim()
        .to_string();
    for path in ["/status", "/status?lang=ar", "/status/style.css"] {
        let (code, _) = http_with_headers(g.port, "GET", path, &[], "");
        assert_eq!(code, 404, "{path}: off by default");
    }
    let (code, who) = call(&g, "GET", "/api/incidents/assignees", None, None);
    assert_eq!((code, who), (200, json!([me.clone()])));
    let id = {
        let payload = json!({ "version": "4", "status": "firing", "receiver": "guard", "groupKey": "g", "alerts": [{ "status": "firing", "labels": { "alertname": "Down", "component": "checkout" }, "annotations": {}, "startsAt": "2026-01-01T00:00:00Z", "endsAt": "0001-01-01T00:00:00Z", "fingerprint": "fp" }] });
        assert_eq!(call(&g, "POST", "/api/alertmanager", None, Some(payload)).0, 200);
        g.get_json("/api/incidents").as_array().unwrap()[0]["id"].as_i64().unwrap()
    };
    let (code, v) = call(&g, "POST", &format!("/api/incidents/{id}/acknowledge"), None, None);
    assert_eq!((code, v["acknowledged"]["by"].as_str()), (200, Some(me.as_str())), "{v}");
    let (code, v) = call(&g, "PUT", &format!("/api/incidents/{id}/assignee"), None, Some(json!({ "account": me })));
    assert_eq!((code, v["assignment"]["account"].as_str()), (200, Some(me.as_str())), "{v}");
    let (code, v) = call(&g, "PUT", &format!("/api/incidents/{id}/assignee"), None, Some(json!({ "account": null })));
    assert!(code == 200 && v["assignment"].is_null(), "{v}");
    let audit =
        sqlite(&g.db(), "SELECT count(*) FROM audit_log WHERE action IN ('incident.acknowledge', 'incident.assign')");
    assert_eq!(audit, "3");
}

#[test]
fn a_status_page_naming_unknown_components_is_a_located_config_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("guard.yaml");
    std::fs::write(&path, "pipeline:\n  status_page:\n    enabled: true\n    components: [checkout, nope]\n    colour: blue\ncomponents:\n  - name: checkout\n    check: { command: { run: [\"true\"] } }\n").unwrap();
    let (code, out, err) = cli(&["validate", &path.display().to_string()], "");
    assert_eq!(code, 2, "{out}{err}");
    let all = format!("{out}{err}");
    assert!(all.contains("guard.yaml:5:5") && all.contains("colour"), "the unknown key, located: {all}");
    std::fs::write(&path, "pipeline:\n  status_page:\n    enabled: true\n    components: [checkout, nope]\ncomponents:\n  - name: checkout\n    check: { command: { run: [\"true\"] } }\n").unwrap();
    let (code, out, err) = cli(&["validate", &path.display().to_string()], "");
    let all = format!("{out}{err}");
    assert_eq!(code, 2, "{all}");
    assert!(
        all.contains("guard.yaml:4:28") && all.contains("nope") && all.contains("pipeline.status_page.components"),
        "{all}"
    );
    std::fs::write(&path, "pipeline:\n  status_page:\n    enabled: true\ncomponents:\n  - name: checkout\n    check: { command: { run: [\"true\"] } }\n").unwrap();
    let (code, out, err) = cli(&["validate", &path.display().to_string()], "");
    let all = format!("{out}{err}");
    assert!(code == 2 && all.contains("guard.yaml:3:14") && all.contains("components"), "{all}");
}
