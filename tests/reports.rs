//! Compliance reports end to end: the guard's `POST/GET /api/reports` over a real supervised
//! child, then `pipeline-guard report` on the same database and `pipeline-guard verify` on
//! the files, including a tampered one and bad input.

use std::process::Command;
use std::time::Duration;

use guard_e2e::*;

fn today() -> i64 {
    (std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() / 86_400) as i64
}

#[test]
fn api_and_cli_reports_over_a_live_guard_verify_and_detect_tampering() {
    let p1 = free_port();
    let cfg = format!(
        r#"pipeline:
  compliance: {{ standards: [gdpr, soc2], data_retention: 7y }}
components:
  - name: web
    region: eu-west
    sla: 99.0
    tags: {{ data: "personal_data,operational_metrics" }}
    process: {{ command: ["{{labsvc}}", "--port", "{p1}"] }}
    check: {{ http: {{ url: "http://127.0.0.1:{p1}/health" }}, interval: 200ms }}
"#
    );
    let mut g = Guard::serve(&cfg);
    wait_until(Duration::from_secs(15), || g.get_json("/api/components/web")["status"] == "healthy");
    std::thread::sleep(Duration::from_millis(1500));
    let (from, to) = (ymd(today() - 1), ymd(today() + 1));

    let (status, body) =
        get(g.port, &format!("/api/reports?from={from}&to={to}&standards=gdpr,soc2&lang=fr&format=json")).unwrap();
    assert_eq!(status, 200, "{body}");
    let json: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(json["lang"], "fr");
    let web = json["availability"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["component"] == "web")
        .expect("web in the report")
        .clone();
    assert_eq!(web["region"], "eu-west");
    assert!(web["up_ms"].as_i64().unwrap() > 0 && web["availability"].as_f64().is_some(), "{web}");
    let eu = json["data_locations"].as_array().unwrap().iter().find(|l| l["region"] == "eu-west").unwrap().clone();
    assert_eq!(eu["components"], serde_json::json!(["web"]));
    assert!(eu["data_categories"].as_array().unwrap().iter().any(|c| c == "personal_data"));
    assert!(json["controls"].as_array().unwrap().iter().any(|c| c["title"] == "Localisation des données"));
    // The evidence is the guard's own: the backup job ran at start (a real copy, checksum
    // verified), the audit chain verifies (the backup is in it), incidents and actions come
    // from the healer's tables.
    let control =
        |m: &str| json["controls"].as_array().unwrap().iter().find(|c| c["measurement"] == m).unwrap().clone();
    assert_eq!(control("backups")["status"], "pass", "{}", control("backups"));
    assert_eq!(control("audit_chain")["status"], "pass", "{}", control("audit_chain"));
    assert!(json["integrity"]["audit_head"].as_str().unwrap().len() == 64);
    let backups: Vec<_> =
        std::fs::read_dir(g.dir.path().join("guard.db.backups")).unwrap().filter_map(|e| e.ok()).collect();
    assert_eq!(backups.len(), 1, "one backup at start");
    let api_file = g.dir.path().join("api.json");
    std::fs::write(&api_file, &body).unwrap();
    // The export itself is audited.
    let audit = g.get_json("/api/audit?limit=100");
    assert!(audit.as_array().unwrap().iter().any(|e| e["action"] == "report.exported"), "{audit}");
    assert!(audit.as_array().unwrap().iter().any(|e| e["action"] == "backup.created"), "{audit}");

    let (status, body) = get(g.port, "/api/reports?from=yesterday&to=2026-01-01").unwrap();
    assert_eq!(status, 400, "{body}");
    assert!(body.contains("`from`: invalid date “yesterday”"), "{body}");

    g.signal(libc::SIGTERM);
    let _ = g.child.wait();
    let db = g.dir.path().join("guard.db");

    let run =
        |args: &[&str]| Command::new(bin("pipeline-guard")).args(args).env("PIPELINE_LOG", "warn").output().unwrap();
    let out_file = g.dir.path().join("report.html");
    let o = run(&[
        "report",
        "--db",
        db.to_str().unwrap(),
        "--from",
        &from,
        "--to",
        &to,
        "--standard",
        "gdpr,iso27001",
        "--lang",
        "ja",
        "--format",
        "html",
        "--out",
        out_file.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let html = std::fs::read_to_string(&out_file).unwrap();
    assert!(html.contains("<html lang=\"ja\"") && html.contains("コンプライアンスレポート"));

    for f in [&out_file, &api_file] {
        let o = run(&["verify", f.to_str().unwrap(), "--db", db.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
        let out = String::from_utf8_lossy(&o.stdout).to_string();
        assert!(out.contains("cites the audit checkpoint") && out.contains("is in the checkpoint history"), "{out}");
    }
    // Tamper: the availability of `web` becomes 100%.
    let tampered = html.replacen("web</td>", "web </td>", 1);
    assert_ne!(tampered, html);
    let bad = g.dir.path().join("tampered.html");
    std::fs::write(&bad, tampered).unwrap();
    let o = run(&["verify", bad.to_str().unwrap(), "--db", db.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("forged"), "{}", String::from_utf8_lossy(&o.stderr));

    // Bad input: exit 2, naming the flag.
    let o = run(&[
        "report",
        "--db",
        db.to_str().unwrap(),
        "--from",
        "31/01/2026",
        "--to",
        &to,
        "--format",
        "json",
        "--out",
        "/dev/null",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--from"));
    let o = run(&[
        "report",
        "--db",
        db.to_str().unwrap(),
        "--from",
        &from,
        "--to",
        &to,
        "--standard",
        "gdpr,pci",
        "--format",
        "json",
        "--out",
        "/dev/null",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("--standard: unknown compliance standard “pci”"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}
