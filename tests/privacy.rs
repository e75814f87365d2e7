//! Data-subject rights, regions and data operations end to end with the real binary: an
//! operator's language saved with the account, export and erasure over HTTP (permission-checked)
//! and from the CLI, the audit chain still verifying after the erasure with no row naming the
//! account, region activation surviving a restart, restriction texts in the requested language,
//! and `pipeline-guard backup`.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use guard_e2e::*;

const PW: &str = "admin-pass-0123456789";

fn serve(dir: &Path, port: u16) -> Child {
    let cfg = dir.join("guard.yaml");
    std::fs::write(
        &cfg,
        "pipeline:\n  monitoring: { interval: 1s }\n  security: { enabled: true, token_expiry: 1h }\n  compliance: { standards: [gdpr, soc2] }\ncomponents:\n  - name: api\n    region: eu-west\n    check: { tcp: { addr: \"127.0.0.1:9\" } }\n  - name: db\n    region: us-east\n    check: { tcp: { addr: \"127.0.0.1:9\" } }\n",
    )
    .unwrap();
    let child = Command::new(bin("pipeline-guard"))
        .args(["serve", "--config"])
        .arg(&cfg)
        .arg("--db")
        .arg(dir.join("guard.db"))
        .args(["--listen", &format!("127.0.0.1:{port}")])
        .env("PIPELINE_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    wait_until(Duration::from_secs(20), || get(port, "/health").is_ok_and(|(s, _)| s == 200));
    child
}

fn stop(mut c: Child) {
    // SAFETY: plain kill(2) on our own child.
    unsafe { libc::kill(c.id() as i32, libc::SIGTERM) };
    let _ = c.wait();
}

fn login(port: u16, user: &str) -> String {
    let (s, body) = http(
        port,
        "POST",
        "/api/login",
        None,
        Some(&serde_json::json!({ "username": user, "password": PW }).to_string()),
    );
    assert_eq!(s, 200, "{body}");
    serde_json::from_str::<serde_json::Value>(&body).unwrap()["token"].as_str().unwrap().to_string()
}

#[test]
fn language_export_erasure_regions_and_restrictions() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("guard.db");
    let dbs = db.display().to_string();
    let port = free_port();
    let g = serve(dir.path(), port);
    for (name, role) in [("admin", "admin"), ("maria", "operator"), ("vera", "viewer")] {
        let (code, _, err) = cli(&["user", "add", name, "--role", role, "--db", &dbs], &format!("{PW}\n"));
        assert_eq!(code, 0, "{err}");
    }
    let admin = login(port, "admin");
    let maria = login(port, "maria");
    let vera = login(port, "vera");

    // The UI language is saved with the account and comes back in the session.
    let (s, body) = http(port, "PUT", "/api/account/language", Some(&maria), Some(r#"{"language":"pt-BR"}"#));
    assert_eq!(s, 200, "{body}");
    let (s, body) = http(port, "PUT", "/api/account/language", Some(&maria), Some(r#"{"language":"pt-PT"}"#));
    assert_eq!(s, 400, "strict codes: {body}");
    assert!(body.contains("pt-BR"), "{body}");
    let (_, body) = http(port, "GET", "/api/session", Some(&maria), None);
    assert!(body.contains("\"language\":\"pt-BR\""), "{body}");
    let (_, body) = http(port, "GET", "/api/account", Some(&maria), None);
    assert!(body.contains("\"language\":\"pt-BR\""), "{body}");
    let (s, _) = http(port, "PUT", "/api/account/language", None, Some(r#"{"language":"de"}"#));
    assert_eq!(s, 401);

    // Right of access: one's own data, or anyone's with MANAGE_USERS; a viewer may not.
    let (s, body) = http(port, "GET", "/api/account/export", Some(&maria), None);
    assert_eq!(s, 200, "{body}");
    assert!(
        body.contains("\"role\":\"operator\"") && body.contains("\"action\":\"login\"") && body.contains("pt-BR"),
        "{body}"
    );
    assert!(!body.contains("argon2"), "no password hash in an export");
    let (s, _) = http(port, "GET", "/api/users/maria/export", Some(&vera), None);
    assert_eq!(s, 403);
    let (s, body) = http(port, "GET", "/api/users/maria/export", Some(&admin), None);
    assert_eq!(s, 200, "{body}");

    // Regions: deactivate us-east, validate an operation in Japanese.
    let (s, body) = http(port, "POST", "/api/regions/us-east/deactivate", Some(&maria), None);
    assert_eq!(s, 403, "operators do not manage components: {body}");
    let (s, body) = http(port, "POST", "/api/regions/us-east/deactivate", Some(&admin), None);
    assert_eq!(s, 200, "{body}");
    let (s, body) = http(port, "POST", "/api/regions/mars/activate", Some(&admin), None);
    assert_eq!(s, 404, "{body}");
    let (s, body) = http(
        port,
        "POST",
        "/api/compliance/validate",
        Some(&vera),
        Some(
            r#"{"operation":"transfer","data_type":"personal_data","user_region":"eu-west","destination":"us-east","standards":["gdpr"],"lang":"ja"}"#,
        ),
    );
    assert_eq!(s, 200, "{body}");
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["allowed"], false);
    assert!(
        v["restrictions"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["key"] == "restriction-gdpr-transfer" && r["text"].as_str().unwrap().contains("十分性認定")),
        "{body}"
    );
    assert!(v["articles"].as_array().unwrap().iter().any(|a| a == "GDPR Art. 44"));

    // Right to erasure: permission-checked, then the account is gone and its tokens with it.
    let (s, _) = http(port, "POST", "/api/users/maria/erase", Some(&vera), None);
    assert_eq!(s, 403);
    let (s, body) = http(port, "POST", "/api/users/maria/erase", Some(&admin), None);
    assert_eq!(s, 200, "{body}");
    let out: serde_json::Value = serde_json::from_str(&body).unwrap();
    let pseudonym = out["pseudonym"].as_str().unwrap().to_string();
    let (s, _) = http(port, "GET", "/api/account", Some(&maria), None);
    assert_eq!(s, 401);
    let (s, _) = http(port, "POST", "/api/users/nobody/erase", Some(&admin), None);
    assert_eq!(s, 404);
    stop(g);

    // The chain verifies; no row, finding or request names her; her pseudonym is in the rows.
    let (code, outp, err) = cli(&["audit", "verify", "--db", &dbs], "");
    assert_eq!(code, 0, "{outp}{err}");
    let rows = sqlite(&db, "SELECT group_concat(actor || ' ' || target || ' ' || details, ' | ') FROM audit_log");
    assert!(!rows.contains("maria"), "{rows}");
    assert!(rows.contains(&pseudonym));
    assert_eq!(
        sqlite(&db, "SELECT COUNT(*) FROM security_findings WHERE actor = 'maria' OR details LIKE '%maria%'"),
        "0"
    );
    assert_eq!(
        sqlite(&db, "SELECT group_concat(kind || ':' || outcome) FROM data_subject_requests"),
        "access:done,access:done,erasure:done"
    );

    // Region state survives a restart.
    let port2 = free_port();
    let g = serve(dir.path(), port2);
    let admin = login(port2, "admin");
    let (_, body) = http(port2, "GET", "/api/regions", Some(&admin), None);
    let regions: serde_json::Value = serde_json::from_str(&body).unwrap();
    let state = |r: &str| regions.as_array().unwrap().iter().find(|x| x["region"] == r).unwrap()["active"].clone();
    assert_eq!(state("us-east"), false, "{body}");
    assert_eq!(state("eu-west"), true, "{body}");
    assert_eq!(state("asia-pacific"), false, "no component there: {body}");
    stop(g);

    // The CLI: export to a private file, erase with confirmation, regions, a backup.
    let file = dir.path().join("vera.json");
    let (code, _, err) =
        cli(&["--lang", "de", "user", "export", "vera", "--db", &dbs, "--out", file.to_str().unwrap()], "");
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("Daten des Kontos vera"), "{err}");
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(std::fs::metadata(&file).unwrap().permissions().mode() & 0o777, 0o600);
    let export: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(export["account"]["name"], "vera");
    let (code, _, err) = cli(&["user", "erase", "vera", "--db", &dbs], "");
    assert_eq!(code, 2, "needs --yes: {err}");
    let (code, outp, err) = cli(&["user", "erase", "vera", "--yes", "--db", &dbs], "");
    assert_eq!(code, 0, "{err}");
    assert!(outp.contains("Erased account vera"), "{outp}");
    let (code, _, err) = cli(&["user", "erase", "admin", "--yes", "--db", &dbs], "");
    assert_eq!(code, 2, "the last administrator stays: {err}");
    let (code, outp, _) = cli(&["region", "activate", "asia-pacific", "--db", &dbs], "");
    assert_eq!(code, 0);
    assert!(outp.contains("asia-pacific is active"), "{outp}");
    let (code, outp, _) = cli(&["--lang", "fr", "region", "list", "--db", &dbs], "");
    assert_eq!(code, 0);
    assert!(
        outp.contains("La région asia-pacific est active") && outp.contains("La région us-east est inactive"),
        "{outp}"
    );
    // `--lang` falls back within a language (pt-PT → pt-BR, zh-TW → zh-CN) and refuses others.
    let (_, outp, _) = cli(&["--lang", "pt-PT", "region", "list", "--db", &dbs], "");
    assert!(outp.contains("A região eu-west está ativa"), "{outp}");
    let (_, outp, _) = cli(&["--lang", "zh-TW", "region", "list", "--db", &dbs], "");
    assert!(outp.contains("区域 eu-west 已启用"), "{outp}");
    let (code, _, err) = cli(&["--lang", "sv-SE", "region", "list", "--db", &dbs], "");
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("unknown language “sv-SE”"), "{err}");
    let (code, _, err) = cli(&["region", "deactivate", "atlantis", "--db", &dbs], "");
    assert_eq!(code, 2);
    assert!(err.contains("unknown region"), "{err}");
    let (code, outp, err) = cli(&["backup", "--db", &dbs, "--keep", "2"], "");
    assert_eq!(code, 0, "{err}");
    assert!(outp.contains("Backup written to"), "{outp}");
    let (code, outp, err) = cli(&["audit", "verify", "--db", &dbs], "");
    assert_eq!(code, 0, "{outp}{err}");
    let actions = sqlite(&db, "SELECT group_concat(action) FROM audit_log");
    for a in [
        "subject.exported",
        "subject.erased",
        "region.deactivate",
        "region.activate",
        "backup.created",
        "data.operation.blocked",
        "account.language",
    ] {
        assert!(actions.contains(a), "{a} not audited: {actions}");
    }
}
