//! Security end to end with the real binary: first run, accounts from the CLI (password on
//! stdin), login, wrong password, expired/revoked/forged/scoped tokens, 403 for a viewer,
//! findings in the API and /metrics, audit verify catching an edited row, login throttling,
//! and no secret in the server's log.

use std::io::Read;
use std::time::Duration;

use guard_e2e::*;

const ADMIN_PW: &str = "admin-pass-0123456789";
const VIEWER_PW: &str = "viewer-pass-0123456789";

fn config(port: u16) -> String {
    format!(
        "pipeline:\n  monitoring: {{ interval: 1s }}\n  security: {{ enabled: true, token_expiry: 1h }}\ncomponents:\n  - name: api\n    check: {{ tcp: {{ addr: \"127.0.0.1:{port}\" }} }}\n"
    )
}

fn login(port: u16, user: &str, pw: &str) -> (u16, String) {
    http(port, "POST", "/api/login", None, Some(&serde_json::json!({ "username": user, "password": pw }).to_string()))
}

fn token_of(body: &str) -> String {
    let v: serde_json::Value = serde_json::from_str(body).unwrap_or_else(|e| panic!("{e}: {body}"));
    v["token"].as_str().unwrap().to_string()
}

#[test]
fn accounts_tokens_authorization_findings_audit_and_throttling() {
    let mut g = Guard::serve(&config(free_port()));
    let port = g.port;
    let db = g.db();
    let dbs = db.display().to_string();

    // First run: no account, the API says to create the admin first.
    let (s, body) = http(port, "GET", "/api/components", None, None);
    assert_eq!(s, 503, "{body}");
    assert!(body.contains("create the admin first"), "{body}");
    let (s, body) = http(port, "GET", "/api/session", None, None);
    assert_eq!(s, 200);
    assert!(body.contains("\"setup_required\":true"), "{body}");

    // Accounts from the CLI; the password comes from stdin.
    let (code, _, err) = cli(&["user", "add", "admin", "--role", "admin", "--db", &dbs], &format!("{ADMIN_PW}\n"));
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = cli(&["user", "add", "vera", "--role", "viewer", "--db", &dbs], &format!("{VIEWER_PW}\n"));
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = cli(&["user", "add", "weak", "--role", "viewer", "--db", &dbs], "short\n");
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("too short"), "{err}");
    let (code, _, err) = cli(&["user", "add", "x", "--role", "root", "--db", &dbs], &format!("{ADMIN_PW}\n"));
    assert_eq!(code, 2);
    assert!(err.contains("unknown role"), "{err}");

    // Login.
    let (s, body) = login(port, "admin", ADMIN_PW);
    assert_eq!(s, 200, "{body}");
    let admin = token_of(&body);
    let (s, _) = login(port, "admin", "wrong-password-123");
    assert_eq!(s, 401);
    let (s, body) = login(port, "vera", VIEWER_PW);
    assert_eq!(s, 200, "{body}");
    let viewer = token_of(&body);

    // Authorization.
    assert_eq!(http(port, "GET", "/api/components", None, None).0, 401);
    assert_eq!(http(port, "GET", "/api/components", Some(&admin), None).0, 200);
    assert_eq!(http(port, "GET", "/api/components", Some(&viewer), None).0, 200);
    let (s, body) = http(port, "GET", "/api/session", Some(&viewer), None);
    assert_eq!(s, 200);
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["principal"]["role"], "viewer");
    assert_eq!(v["principal"]["permissions"], serde_json::json!(["READ_METRICS", "MONITOR_HEALTH"]));
    // A viewer may not manage users or read the audit log (nor heal, once that route exists).
    let (s, body) = http(
        port,
        "POST",
        "/api/users",
        Some(&viewer),
        Some(r#"{"name":"eve","role":"admin","password":"eve-pass-0123456"}"#),
    );
    assert_eq!(s, 403, "{body}");
    assert!(body.contains("MANAGE_USERS"), "{body}");
    assert_eq!(http(port, "GET", "/api/audit", Some(&viewer), None).0, 403);
    let (s, _) = http(port, "POST", "/api/components/api/heal", Some(&viewer), Some(r#"{"strategy":"restart"}"#));
    assert!(s == 403 || s == 404, "viewer heal: {s}");
    // Forged: a valid-looking token signed with another key.
    let forged = {
        let mut parts: Vec<String> = viewer.split('.').map(String::from).collect();
        parts[2] = "c2lnbmF0dXJlLWZyb20tc29tZXdoZXJlLWVsc2UtMDEyMzQ1Njc4OWFiY2RlZg".into();
        parts.join(".")
    };
    assert_eq!(http(port, "GET", "/api/components", Some(&forged), None).0, 401);

    // API tokens: scoped, expiring, revocable.
    let (code, out, err) =
        cli(&["token", "issue", "--db", &dbs, "--user", "admin", "--ttl", "1h", "--permissions", "monitor_health"], "");
    assert_eq!(code, 0, "{err}");
    let scoped = out.trim().to_string();
    assert_eq!(http(port, "GET", "/api/components", Some(&scoped), None).0, 200);
    assert_eq!(http(port, "GET", "/api/components/api/samples", Some(&scoped), None).0, 403);
    let (code, _, err) = cli(&["token", "issue", "--db", &dbs, "--user", "vera", "--permissions", "MANAGE_USERS"], "");
    assert_eq!(code, 2, "a token beyond the user's role is refused: {err}");
    let (code, out, _) = cli(&["token", "issue", "--db", &dbs, "--user", "vera", "--ttl", "1s"], "");
    assert_eq!(code, 0);
    let short = out.trim().to_string();
    std::thread::sleep(Duration::from_millis(2100));
    let (s, body) = http(port, "GET", "/api/components", Some(&short), None);
    assert_eq!(s, 401, "expired token: {body}");
    assert!(body.contains("expired"), "{body}");

    // Logout revokes; using the token again is a finding.
    assert_eq!(http(port, "POST", "/api/logout", Some(&viewer), None).0, 204);
    assert_eq!(http(port, "GET", "/api/components", Some(&viewer), None).0, 401);

    // Throttling: a burst of wrong logins from one address gets 429.
    let statuses: Vec<u16> = (0..14).map(|_| login(port, "mallory", "guess-guess-guess").0).collect();
    assert!(statuses.contains(&429), "{statuses:?}");
    assert!(statuses.iter().all(|s| *s == 401 || *s == 429), "{statuses:?}");

    // Findings in the API and in /metrics.
    let (s, body) = http(port, "GET", "/api/security/findings", Some(&admin), None);
    assert_eq!(s, 200, "{body}");
    for kind in ["revoked_token_use", "brute_force", "forged_token", "privilege_escalation"] {
        assert!(body.contains(kind), "finding {kind} missing: {body}");
    }
    let (s, metrics) = http(port, "GET", "/metrics", None, None);
    assert_eq!(s, 200);
    assert!(metrics.contains("pipeline_guard_security_findings_total{kind=\"brute_force\"}"), "{metrics}");

    // The audit log verifies, then catches an edited row.
    let (code, out, err) = cli(&["audit", "verify", "--db", &dbs], "");
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("Audit log intact") && out.contains("matches the newest signed checkpoint"), "{out}");
    let (s, body) = http(port, "GET", "/api/audit?limit=1000", Some(&admin), None);
    assert_eq!(s, 200);
    assert!(
        body.contains("permission.denied") && body.contains("login.failed") && body.contains("\"login\""),
        "{body}"
    );
    // Accounts made at the terminal name the real uid's account (not `$USER`) as their maker.
    let rows: Vec<serde_json::Value> = serde_json::from_str(&body).unwrap();
    let made = rows
        .iter()
        .find(|r| r["action"] == "user.create" && r["target"] == "vera")
        .expect("vera's creation is audited");
    let me = format!("cli:{}", guard_engine::security::os_user_name());
    assert!(made["actor"].as_str().is_some_and(|a| a.starts_with(&me)), "{made}");

    // Stop the server, then check its log for secrets.
    g.signal(libc::SIGTERM);
    let _ = g.child.wait();
    let mut log = String::new();
    g.child.stderr.take().unwrap().read_to_string(&mut log).unwrap();
    let audit_rows = sqlite(&db, "SELECT group_concat(actor || action || target || details, '|') FROM audit_log");
    for secret in [ADMIN_PW, VIEWER_PW, "wrong-password-123", "guess-guess-guess", admin.as_str(), scoped.as_str()] {
        assert!(!log.contains(secret), "secret in the server log");
        assert!(!audit_rows.contains(secret), "secret in the audit log");
    }

    sqlite(&db, "UPDATE audit_log SET target = 'someone-else' WHERE id = 3");
    let (code, out, err) = cli(&["audit", "verify", "--db", &dbs], "");
    assert_eq!(code, 1, "{out}{err}");
    assert!(err.contains("audit row 3 was edited"), "{err}");
    sqlite(&db, "DELETE FROM audit_log WHERE id = 2");
    let (code, _, err) = cli(&["audit", "verify", "--db", &dbs], "");
    assert_eq!(code, 1);
    assert!(err.contains("audit row 2 was deleted"), "{err}");
}

#[test]
fn setup_token_creates_the_first_admin_from_loopback_once() {
    let mut g = Guard::serve(&config(free_port()));
    let port = g.port;
    // The token is printed to the terminal (stderr) at startup.
    let mut stderr = g.child.stderr.take().unwrap();
    let mut text = String::new();
    let mut buf = [0u8; 4096];
    while !text.contains("\"setup_token\":\"") {
        let n = stderr.read(&mut buf).unwrap();
        assert!(n > 0, "no setup token printed: {text}");
        text.push_str(&String::from_utf8_lossy(&buf[..n]));
    }
    let token = text.split("\"setup_token\":\"").nth(1).unwrap().split('"').next().unwrap().to_string();
    let bad = serde_json::json!({ "setup_token": "nope", "username": "root", "password": ADMIN_PW }).to_string();
    assert_eq!(http(port, "POST", "/api/setup", None, Some(&bad)).0, 401);
    let good = serde_json::json!({ "setup_token": token, "username": "root", "password": ADMIN_PW }).to_string();
    let (s, body) = http(port, "POST", "/api/setup", None, Some(&good));
    assert_eq!(s, 201, "{body}");
    assert_eq!(http(port, "POST", "/api/setup", None, Some(&good)).0, 409, "one-time");
    let (s, body) = login(port, "root", ADMIN_PW);
    assert_eq!(s, 200, "{body}");
    assert_eq!(http(port, "GET", "/api/users", Some(&token_of(&body)), None).0, 200);
}
