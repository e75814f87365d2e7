//! What the UI's auto-scaling panels and optimal-region lookup ask the server, end to end:
//! a real `pipeline-guard serve` on 127.0.0.1 with a real SQLite file and real `labsvc`
//! children. A rule changed at run time over `PUT /api/components/{name}/autoscale` is what the
//! running scaler uses (bounds, thresholds), every bad field is named, the change is audited
//! and `reset` restores the config; `GET /api/regions/optimal` picks the nearest active region
//! residency allows, says why in the asked language, and answers typed 4xx errors.

use std::time::Duration;

use guard_e2e::*;
use serde_json::Value;

fn put(g: &Guard, body: &str) -> (u16, Value) {
    let (status, text) = http(g.port, "PUT", "/api/components/api/autoscale", None, Some(body));
    (status, serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}")))
}

#[test]
fn a_rule_changed_at_run_time_is_validated_applied_audited_and_reset() {
    let g = Guard::serve(
        &r#"
pipeline:
  monitoring: { interval: 300ms }
components:
  - name: api
    process: { command: ["{labsvc}", "--port", "{port}", "--state-file", "{dir}/api.state"] }
    scale: { port: PORT, max_instances: 3 }
    check: { http: { url: "http://127.0.0.1:{port}/health" } }
    autoscale: { metric: response_time_seconds, threshold_up: 0.000000001, threshold_down: 0, cooldown: 1s, interval: 250ms, dry_run: true }
"#
        .replace("PORT", &free_port().to_string()),
    );
    // As configured: a dry-run scaler that wants up (any response time is over 1 ns).
    wait_until(Duration::from_secs(20), || {
        g.get_json("/api/components/api/autoscale")["decisions"].as_array().is_some_and(|d| !d.is_empty())
    });
    let v = g.get_json("/api/components/api/autoscale");
    assert_eq!(
        (
            v["overridden"].as_bool(),
            v["scale_min_instances"].as_u64(),
            v["scale_max_instances"].as_u64(),
            v["max_instances"].as_u64()
        ),
        (Some(false), Some(1), Some(3), Some(3)),
        "{v:#}"
    );

    // Every bad field is named, nothing changes.
    let bad: &[(&str, &[&str])] = &[
        (
            r#"{"min_instances": 3, "max_instances": 2}"#,
            &["`max_instances`: expected min_instances (3) ≤ max_instances (2)"],
        ),
        (r#"{"max_instances": 9}"#, &["`max_instances`: 9 is above `scale.max_instances` (3)"]),
        (r#"{"cooldown_ms": -5}"#, &["`cooldown_ms`: expected 0 to 86,400,000 ms"]),
        (
            r#"{"rules": [{"metric": "response_time_seconds", "threshold_up": 0.1, "threshold_down": 0.5, "scale_factor": 1}]}"#,
            &[
                "`rules[0].threshold_down`: expected threshold_down (0.5) below threshold_up (0.1)",
                "`rules[0].scale_factor`: expected a scale_factor greater than 1",
            ],
        ),
        (
            r#"{"rules": [{"metric": "cpu_usage", "threshold_up": 0.9, "threshold_down": 0.1, "scale_factor": 2}]}"#,
            &["`rules[0].metric`: `cpu_usage` is not a metric of this auto-scaler's config"],
        ),
        (
            r#"{"rules": [{"metric": "response_time_seconds", "threshold_up": 0.9}]}"#,
            &["missing field `threshold_down`"],
        ),
    ];
    for (body, wants) in bad {
        let (status, e) = put(&g, body);
        assert_eq!((status, e["code"].as_str()), (400, Some("bad_request")), "{body}: {e}");
        for w in *wants {
            assert!(e["message"].as_str().unwrap().contains(w), "{body}: `{w}` not in {e}");
        }
    }
    assert_eq!(g.get_json("/api/components/api/autoscale")["overridden"], false, "a refused change changes nothing");

    // A maximum of one, dry run off: the running scaler now holds at its (new) maximum and
    // starts nothing, though its rule still wants up.
    let (status, v) =
        put(&g, r#"{"paused": null, "dry_run": false, "min_instances": 1, "max_instances": 1, "cooldown_ms": 2000}"#);
    assert_eq!(status, 200, "{v}");
    assert_eq!(
        (v["overridden"].as_bool(), v["max_instances"].as_u64(), v["cooldown_ms"].as_i64(), v["dry_run"].as_bool()),
        (Some(true), Some(1), Some(2000), Some(false)),
        "{v:#}"
    );
    wait_until(Duration::from_secs(20), || {
        g.get_json("/api/autoscale/decisions?component=api")
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["hold"]["kind"] == "at_maximum" && d["hold"]["max"] == 1)
    });
    assert_eq!(g.get_json("/api/components/api/autoscale")["instances"], 1);
    // New thresholds are in force and shown with the values.
    let (status, v) = put(
        &g,
        r#"{"paused": null, "dry_run": null, "rules": [{"metric": "response_time_seconds", "threshold_up": 5.0, "threshold_down": 1.0, "scale_factor": 2.0}]}"#,
    );
    assert_eq!(status, 200, "{v}");
    assert_eq!(
        (v["rules"][0]["threshold_up"].as_f64(), v["rules"][0]["scale_factor"].as_f64()),
        (Some(5.0), Some(2.0)),
        "{v:#}"
    );
    assert_eq!(g.get_json("/api/autoscale")[0]["rules"][0]["threshold_up"], 5.0, "the list shows the rule in force");

    // Audited with what changed.
    let audit = g.get_json("/api/audit?limit=50");
    let changes: Vec<&Value> = audit.as_array().unwrap().iter().filter(|r| r["action"] == "autoscale.change").collect();
    assert_eq!(changes.len(), 2, "{audit:#}");
    assert!(changes.iter().any(|r| r.to_string().contains("max_instances")), "{changes:#?}");

    // Back to the config.
    let (status, v) = put(&g, r#"{"paused": null, "dry_run": true, "reset": true}"#);
    assert_eq!(status, 200, "{v}");
    assert_eq!(
        (
            v["overridden"].as_bool(),
            v["max_instances"].as_u64(),
            v["cooldown_ms"].as_i64(),
            v["rules"][0]["threshold_up"].as_f64()
        ),
        (Some(false), Some(3), Some(1000), Some(0.000000001)),
        "{v:#}"
    );
}

#[test]
fn the_optimal_region_follows_distance_and_residency_with_typed_errors() {
    let g = Guard::serve(
        r#"
pipeline:
  compliance: { standards: [gdpr, lgpd] }
components:
  - name: api
    region: us-east
    check: { tcp: { addr: "127.0.0.1:9" } }
  - name: db
    region: eu-west
    check: { tcp: { addr: "127.0.0.1:9" } }
"#,
    );
    // Active: us-east and eu-west (where components are). Germany: the nearest, eu-west.
    let o = g.get_json("/api/regions/optimal?location=Germany");
    assert_eq!(
        (o["region"].as_str(), o["country"].as_str(), o["jurisdiction"].as_str(), o["rule"].as_str()),
        (Some("eu-west"), Some("DE"), Some("eu"), Some("GDPR Art. 44")),
        "{o:#}"
    );
    assert!(o["excluded"].as_array().unwrap().is_empty(), "{o}");
    assert_eq!(o["active_regions"], serde_json::json!(["us-east", "eu-west"]));
    // Brazil: us-east is nearer, LGPD rules it out; the reason says so, in the asked language.
    let o = g.get_json("/api/regions/optimal?location=br&lang=de");
    assert_eq!((o["region"].as_str(), o["rule"].as_str()), (Some("eu-west"), Some("LGPD Art. 33")), "{o:#}");
    assert_eq!(o["excluded"], serde_json::json!(["us-east"]));
    let reason = o["reason"].as_str().unwrap();
    assert!(
        reason.contains("Westeuropa") && reason.contains("LGPD Art. 33") && reason.contains("ausgeschlossen"),
        "{reason}"
    );
    assert!(o["distance_km"].as_f64().unwrap() > 5000.0, "{o}");
    // The places it knows, for the UI's picker.
    let places = g.get_json("/api/regions/locations");
    assert!(
        places.as_array().unwrap().len() > 50 && places.as_array().unwrap().iter().any(|p| p["code"] == "US-CA"),
        "{places}"
    );

    // Typed errors with a message in the asked language.
    let cases: &[(&str, u16, &str, &str)] = &[
        ("/api/regions/optimal?location=Atlantis", 400, "unknown_location", "Unknown location “Atlantis”"),
        (
            "/api/regions/optimal?location=Atlantis&lang=fr",
            400,
            "unknown_location",
            "Localisation inconnue «\u{a0}Atlantis\u{a0}»",
        ),
        ("/api/regions/optimal", 400, "unknown_location", "Enter a location"),
        ("/api/regions/optimal?location=DE&lang=xx", 400, "bad_request", "unknown language `xx`"),
    ];
    for (path, status, code, text) in cases {
        let (s, body) = get(g.port, path).unwrap();
        let e: Value = serde_json::from_str(&body).unwrap_or_else(|_| panic!("{path}: {body}"));
        assert_eq!((s, e["code"].as_str()), (*status, Some(*code)), "{path}: {body}");
        assert!(e["message"].as_str().unwrap().contains(text), "{path}: {body}");
    }
    // Without an EU region, nothing may hold a German user's personal data under GDPR.
    let (s, body) = post(g.port, "/api/regions/eu-west/deactivate").unwrap();
    assert_eq!(s, 200, "{body}");
    let (s, body) = get(g.port, "/api/regions/optimal?location=DE&lang=es").unwrap();
    let e: Value = serde_json::from_str(&body).unwrap();
    assert_eq!((s, e["code"].as_str()), (409, Some("no_eligible_region")), "{body}");
    let m = e["message"].as_str().unwrap();
    assert!(m.contains("Ninguna región activa") && m.contains("Germany") && m.contains("Este de EE. UU."), "{body}");
    // A US user still gets us-east.
    assert_eq!(g.get_json("/api/regions/optimal?location=US")["region"], "us-east");
}

const PERSIST_CONFIG: &str = r#"
pipeline:
  monitoring: { interval: 300ms }
components:
  - name: api
    process: { command: ["{labsvc}", "--port", "{port}", "--state-file", "{dir}/api.state"] }
    scale: { port: PORT, max_instances: MAX }
    check: { http: { url: "http://127.0.0.1:{port}/health" } }
    autoscale: { metric: response_time_seconds, threshold_up: 0.000000001, threshold_down: 0, cooldown: 1s, interval: 250ms, dry_run: true }
"#;

/// The scaler's in-memory decisions (they start empty at each start), waited for until one
/// matches `f`.
fn wait_decision(g: &Guard, what: &str, f: impl Fn(&Value) -> bool) {
    let start = std::time::Instant::now();
    loop {
        let v = g.get_json("/api/components/api/autoscale");
        if v["decisions"].as_array().unwrap().iter().any(&f) {
            return;
        }
        assert!(start.elapsed() < Duration::from_secs(20), "no decision {what} in {v:#}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn a_rule_changed_at_run_time_survives_a_restart_until_reset_and_an_invalid_one_is_reported() {
    let port = free_port().to_string();
    let config = |max: u32| PERSIST_CONFIG.replace("PORT", &port).replace("MAX", &max.to_string());
    let mut g = Guard::serve(&config(3));
    let yaml = g.dir.path().join("guard.yaml");
    let rewrite = |g: &Guard, max: u32| {
        let text = config(max)
            .replace("{dir}", &g.dir.path().display().to_string())
            .replace("{labsvc}", &bin("labsvc").display().to_string());
        std::fs::write(&yaml, text).unwrap();
    };

    // Changed at run time: live (not dry run), at most one instance, a new rule and cooldown.
    let change = r#"{"paused": null, "dry_run": false, "max_instances": 1, "cooldown_ms": 2000,
        "rules": [{"metric": "response_time_seconds", "threshold_up": 0.000000002, "threshold_down": 0, "scale_factor": 2.0}]}"#;
    let (status, v) = put(&g, change);
    assert_eq!(status, 200, "{v}");
    assert_eq!(sqlite(&g.db(), "SELECT component FROM autoscale_overrides"), "api", "stored when accepted");

    // Restarted on the same database: the change is still in force and the scaler acts by it
    // (its rule wants up, its maximum of one holds it, live: no dry run).
    g.restart(false);
    let v = g.get_json("/api/components/api/autoscale");
    let shown = (
        v["overridden"].as_bool(),
        v["max_instances"].as_u64(),
        v["cooldown_ms"].as_i64(),
        v["dry_run"].as_bool(),
        v["rules"][0]["threshold_up"].as_f64(),
        v["rules"][0]["scale_factor"].as_f64(),
    );
    assert_eq!(shown, (Some(true), Some(1), Some(2000), Some(false), Some(0.000000002), Some(2.0)), "{v:#}");
    assert!(v.get("override_not_applied").is_none_or(Value::is_null), "{v:#}");
    wait_decision(&g, "held at the stored maximum of 1", |d| {
        d["hold"]["kind"] == "at_maximum" && d["hold"]["max"] == 1 && d["dry_run"] == false
    });
    assert_eq!(g.get_json("/api/components/api/autoscale")["instances"], 1);

    // Reset: the row is gone, and after a restart the config is back (dry run, up to 3).
    let (status, v) = put(&g, r#"{"paused": null, "dry_run": null, "reset": true}"#);
    assert_eq!(status, 200, "{v}");
    assert_eq!(
        (v["overridden"].as_bool(), v["dry_run"].as_bool(), v["max_instances"].as_u64()),
        (Some(false), Some(true), Some(3)),
        "{v:#}"
    );
    assert_eq!(sqlite(&g.db(), "SELECT count(*) FROM autoscale_overrides"), "0", "deleted on reset");
    g.restart(false);
    let v = g.get_json("/api/components/api/autoscale");
    let shown = (
        v["overridden"].as_bool(),
        v["max_instances"].as_u64(),
        v["cooldown_ms"].as_i64(),
        v["dry_run"].as_bool(),
        v["rules"][0]["threshold_up"].as_f64(),
    );
    assert_eq!(shown, (Some(false), Some(3), Some(1000), Some(true), Some(0.000000001)), "{v:#}");
    wait_decision(&g, "a dry-run step up by the config", |d| d["result"] == "dry_run" && d["direction"] == "up");

    // A maximum of 3 stored, then the config's `scale.max_instances` shrinks to 2: the stored
    // change no longer fits, so the config's values run, the row is kept and the view says why.
    let (status, v) =
        put(&g, r#"{"paused": null, "dry_run": null, "min_instances": 1, "max_instances": 3, "cooldown_ms": 3000}"#);
    assert_eq!(status, 200, "{v}");
    rewrite(&g, 2);
    g.restart(false);
    let v = g.get_json("/api/components/api/autoscale");
    assert_eq!(
        (v["overridden"].as_bool(), v["max_instances"].as_u64(), v["cooldown_ms"].as_i64()),
        (Some(false), Some(2), Some(1000)),
        "{v:#}"
    );
    // Reported as a message (the UI says it in its language): the field and what is wrong.
    let why = &v["override_not_applied"];
    assert_eq!(
        (why["id"].as_str(), why["args"]["field"].as_str(), why["args"]["problem"]["id"].as_str()),
        (Some("api-error-field"), Some("max_instances"), Some("config-x-autoscale-above-scale-max")),
        "not reported: {v:#}"
    );
    assert_eq!(sqlite(&g.db(), "SELECT count(*) FROM autoscale_overrides"), "1", "kept");

    // The config grows back: the kept change applies again.
    rewrite(&g, 3);
    g.restart(false);
    let v = g.get_json("/api/components/api/autoscale");
    assert_eq!(
        (v["overridden"].as_bool(), v["max_instances"].as_u64(), v["cooldown_ms"].as_i64()),
        (Some(true), Some(3), Some(3000)),
        "{v:#}"
    );
    assert!(v.get("override_not_applied").is_none_or(Value::is_null), "{v:#}");
}
