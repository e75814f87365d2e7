//! Accounts, tokens and files against the real server on 127.0.0.1 and its real SQLite file
//! (issue 15): sign-in back-off per (name, source) and `user unlock`, the same answers and
//! similar timing for unknown and real names, malformed names refused before they are stored,
//! token lifetime caps and `iss`/`aud`, `key rotate` with old tokens still valid, a re-created
//! account inheriting nothing, MANAGE_USERS unable to grant more than it holds, event streams
//! closed by logout and revocation, and the modes of every file the server and CLI create.
//!
//! Each test has its own server: the per-source quota (10 attempts, then one per 6 s) is
//! shared by every sign-in and token request from 127.0.0.1, so each test stays within it.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::time::{Duration, Instant};

use guard_e2e::*;

const ADMIN_PW: &str = "admin-pass-0123456789";
const PW: &str = "user-pass-0123456789";

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
    v["token"].as_str().unwrap_or_else(|| panic!("no token: {body}")).to_string()
}

fn add_user(db: &str, name: &str, role: &str, pw: &str) {
    let (code, _, err) = cli(&["user", "add", name, "--role", role, "--db", db], &format!("{pw}\n"));
    assert_eq!(code, 0, "user add {name}: {err}");
}

fn mode(p: &Path) -> u32 {
    std::fs::metadata(p).unwrap_or_else(|e| panic!("{}: {e}", p.display())).permissions().mode() & 0o777
}

/// The JSON payload of a JWT (base64url without padding), decoded by hand.
fn jwt_payload(token: &str) -> serde_json::Value {
    let part = token.split('.').nth(1).expect("a JWT has three parts");
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut bits = 0u32;
    let mut n = 0;
    let mut out = Vec::new();
    for c in part.bytes() {
        let v = alphabet.iter().position(|a| *a == c).expect("base64url") as u32;
        bits = (bits << 6) | v;
        n += 6;
        if n >= 8 {
            n -= 8;
            out.push((bits >> n) as u8);
            bits &= (1 << n) - 1;
        }
    }
    serde_json::from_slice(&out).unwrap()
}

/// An open event stream: the response head has been read.
struct EventStream(TcpStream);

impl EventStream {
    fn open(port: u16, token: &str) -> EventStream {
        let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
        write!(s, "GET /api/events HTTP/1.1\r\nhost: 127.0.0.1:{port}\r\nauthorization: Bearer {token}\r\naccept: text/event-stream\r\nconnection: close\r\n\r\n").unwrap();
        s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        let mut head = Vec::new();
        let mut b = [0u8; 1];
        while !head.ends_with(b"\r\n\r\n") {
            assert_eq!(
                s.read(&mut b).unwrap(),
                1,
                "the stream closed before its head: {}",
                String::from_utf8_lossy(&head)
            );
            head.push(b[0]);
        }
        let head = String::from_utf8_lossy(&head);
        assert!(head.starts_with("HTTP/1.1 200"), "{head}");
        EventStream(s)
    }

    /// Read until the server ends the stream; panics if it is still open after `within`.
    /// Returns how long that took.
    fn closes_within(mut self, within: Duration) -> Duration {
        let start = Instant::now();
        let mut buf = [0u8; 4096];
        loop {
            self.0
                .set_read_timeout(Some(within.saturating_sub(start.elapsed()).max(Duration::from_millis(10))))
                .unwrap();
            match self.0.read(&mut buf) {
                Ok(0) => return start.elapsed(),
                Ok(_) => assert!(start.elapsed() < within, "the event stream is still open after {within:?}"),
                Err(e) if matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut) => {
                    panic!("the event stream is still open after {within:?}")
                }
                Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => return start.elapsed(),
                Err(e) => panic!("{e}"),
            }
        }
    }

    /// Some bytes arrive (the stream is live).
    fn is_live(&mut self) -> bool {
        let mut buf = [0u8; 256];
        self.0.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
        matches!(self.0.read(&mut buf), Ok(n) if n > 0)
    }
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// `POST /api/login` from the loopback address `127.0.0.{host}` (each address has its own
/// quota and back-off); (status, body, time to the answer).
fn login_from(port: u16, host: u8, user: &str, pw: &str) -> (u16, String, Duration) {
    use socket2::{Domain, Socket, Type};
    let sock = Socket::new(Domain::IPV4, Type::STREAM, None).unwrap();
    sock.bind(&std::net::SocketAddr::from(([127, 0, 0, host], 0)).into()).unwrap();
    sock.connect(&std::net::SocketAddr::from(([127, 0, 0, 1], port)).into()).unwrap();
    let mut s: TcpStream = sock.into();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let body = serde_json::json!({ "username": user, "password": pw }).to_string();
    let start = Instant::now();
    write!(s, "POST /api/login HTTP/1.1\r\nhost: 127.0.0.1:{port}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}", body.len()).unwrap();
    let mut buf = Vec::new();
    s.read_to_end(&mut buf).unwrap();
    let took = start.elapsed();
    let text = String::from_utf8_lossy(&buf).into_owned();
    let status = text.split_whitespace().nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
    (status, text.split_once("\r\n\r\n").map(|(_, b)| b.to_string()).unwrap_or_default(), took)
}

#[test]
fn unknown_and_real_names_get_the_same_answer_in_similar_time() {
    let _serial = serial();
    let g = Guard::serve(&config(free_port()));
    let db = g.db().display().to_string();
    add_user(&db, "admin", "admin", ADMIN_PW);
    // Each pair of tries from its own address (no quota, no back-off in the way), the order
    // alternating so drift hits both alike; the first pair warms up.
    let (mut t_real, mut t_unknown) = (Vec::new(), Vec::new());
    for i in 0..13u8 {
        let tries: [(&str, bool); 2] =
            if i % 2 == 0 { [("admin", true), ("ghost", false)] } else { [("ghost", false), ("admin", true)] };
        for (name, is_real) in tries {
            let (s, body, t) = login_from(g.port, 10 + i, name, "not-the-password-1");
            assert_eq!(
                (s, body.as_str()),
                (
                    401,
                    r#"{"code":"unauthorized","message":"wrong user name or password","msg":{"id":"api-denied-bad-credentials"}}"#
                ),
                "{name}"
            );
            if i > 0 {
                if is_real { t_real.push(t) } else { t_unknown.push(t) }
            }
        }
    }
    let (r, u) = (median(t_real.clone()), median(t_unknown.clone()));
    eprintln!("wrong-password sign-in, median of 12: real name {r:?}, unknown name {u:?} ({t_real:?} / {t_unknown:?})");
    let ratio = r.as_secs_f64() / u.as_secs_f64();
    assert!((0.5..2.0).contains(&ratio), "real {r:?} vs unknown {u:?}: the time tells which names exist");
    // A backed-off real name and a backed-off unknown name answer alike too.
    for name in ["admin", "ghost"] {
        for _ in 0..3 {
            assert_eq!(login_from(g.port, 40, name, "not-the-password-1").0, 401);
        }
        let (s, body, _) = login_from(g.port, 40, name, "not-the-password-1");
        assert_eq!(
            (s, body.as_str()),
            (
                429,
                r#"{"code":"rate_limited","message":"too many attempts; retry in 1s","msg":{"args":{"seconds":1.0},"id":"api-denied-throttled"}}"#
            ),
            "{name}"
        );
    }
}

/// The tests of this file one at a time: the timing one compares durations.
fn serial() -> std::sync::MutexGuard<'static, ()> {
    static LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());
    LOCK.lock().unwrap_or_else(|e| e.into_inner())
}

#[test]
fn back_off_lets_the_right_password_in_after_the_wait_and_unlock_clears_it() {
    let _serial = serial();
    let g = Guard::serve(&config(free_port()));
    let port = g.port;
    let db_path = g.db();
    let db = db_path.display().to_string();
    add_user(&db, "admin", "admin", ADMIN_PW);
    // Three free failures, then a 1 s wait during which even the right password gets 429.
    for _ in 0..3 {
        assert_eq!(login(port, "admin", "wrong-password-1").0, 401);
    }
    let (s, body) = http(
        port,
        "POST",
        "/api/login",
        None,
        Some(&serde_json::json!({ "username": "admin", "password": ADMIN_PW }).to_string()),
    );
    assert_eq!(s, 429, "{body}");
    assert_eq!(sqlite(&db_path, "SELECT failed_logins FROM users WHERE name = 'admin'"), "3");
    std::thread::sleep(Duration::from_millis(1100));
    let (s, body) = login(port, "admin", ADMIN_PW);
    assert_eq!(s, 200, "the right password after the wait: {body}");
    assert_eq!(
        sqlite(
            &db_path,
            "SELECT failed_logins || '/' || ifnull(locked_until_ms, 'none') FROM users WHERE name = 'admin'"
        ),
        "0/none"
    );
    assert_eq!(sqlite(&db_path, "SELECT COUNT(*) FROM login_failures"), "0");
    // Backed off again; `user unlock` (audited) lets the right password in at once.
    for _ in 0..3 {
        assert_eq!(login(port, "admin", "wrong-password-1").0, 401);
    }
    let (code, out, err) = cli(&["user", "unlock", "admin", "--db", &db, "--lang", "en"], "");
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("admin") && out.contains("one source"), "{out}");
    let (s, body) = login(port, "admin", ADMIN_PW);
    assert_eq!(s, 200, "after unlock: {body}");
    let (code, _, err) = cli(&["user", "unlock", "nobody", "--db", &db], "");
    assert_eq!(code, 2, "{err}");
    // A 1 MB name is refused as malformed: no audit row, no throttle row carries it.
    let huge = "n".repeat(1 << 20);
    let (s, body) = login(port, &huge, "whatever-password");
    assert_eq!(s, 400, "{}", &body[..body.len().min(200)]);
    assert!(body.len() < 300, "the answer does not echo the name");
    let longest = sqlite(&db_path, "SELECT MAX(length(actor) + length(target) + length(details)) FROM audit_log");
    assert!(longest.parse::<usize>().unwrap() < 1000, "audit row of {longest} bytes");
    assert_eq!(sqlite(&db_path, "SELECT COUNT(*) FROM login_failures WHERE length(name) > 64"), "0");
    let actions = sqlite(&db_path, "SELECT group_concat(DISTINCT action) FROM audit_log");
    for a in ["login.failed", "login.backoff", "login.throttled", "user.unlock", "login"] {
        assert!(actions.split(',').any(|x| x == a), "{a} not audited: {actions}");
    }
}

#[test]
fn tokens_are_capped_bound_to_the_account_rotated_and_streams_close() {
    let _serial = serial();
    let g = Guard::serve(&config(free_port()));
    let port = g.port;
    let db_path = g.db();
    let db = db_path.display().to_string();
    add_user(&db, "admin", "admin", ADMIN_PW);
    let admin = token_of(&login(port, "admin", ADMIN_PW).1);

    // Lifetimes: u64::MAX seconds and 31 days are refused with the limit named; 30 days is fine.
    let issue = |ttl: u64| {
        http(port, "POST", "/api/tokens", Some(&admin), Some(&format!(r#"{{"user":"admin","ttl_s":{ttl}}}"#)))
    };
    let (s, body) = issue(u64::MAX);
    assert_eq!(s, 400, "{body}");
    assert!(body.contains("at most 30 d (`security.api_token_max_ttl`)"), "{body}");
    assert!(body.contains(r#""id":"sec-error-ttl-max""#), "the answer carries its message: {body}");
    assert_eq!(issue(31 * 86_400).0, 400);
    let before = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_millis() as i64;
    let (s, body) = issue(30 * 86_400);
    assert_eq!(s, 201, "{body}");
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    let exp = v["expires_at_ms"].as_i64().unwrap();
    assert!(exp >= before + 30 * 86_400_000 - 2000 && exp <= before + 30 * 86_400_000 + 60_000, "{exp}");
    // Every token names its issuer, audience and account id.
    for t in [admin.as_str(), v["token"].as_str().unwrap()] {
        let claims = jwt_payload(t);
        assert_eq!(
            (claims["iss"].as_str(), claims["aud"].as_str()),
            (Some("pipeline-guard"), Some("pipeline-guard-api")),
            "{claims}"
        );
        assert_eq!(claims["uid"].as_str().unwrap(), sqlite(&db_path, "SELECT uid FROM users WHERE name = 'admin'"));
    }

    // `key rotate` (another process): the old session still works, and a token the CLI signs
    // with the new key is accepted by the running server.
    let (code, out, err) = cli(&["key", "rotate", "--db", &db, "--lang", "en"], "");
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Rotated the JWT signing key") && out.contains("Rotated the data-encryption key"), "{out}");
    assert_eq!(
        http(port, "GET", "/api/components", Some(&admin), None).0,
        200,
        "the old key verifies until its tokens expire"
    );
    let (code, fresh, err) = cli(&["token", "issue", "--db", &db, "--user", "admin", "--ttl", "1h"], "");
    assert_eq!(code, 0, "{err}");
    let fresh = fresh.trim().to_string();
    assert_ne!(jwt_payload(&fresh)["jti"], jwt_payload(&admin)["jti"]);
    assert_eq!(http(port, "GET", "/api/components", Some(&fresh), None).0, 200);
    let (code, _, err) = cli(&["token", "issue", "--db", &db, "--user", "admin", "--ttl", "400d"], "");
    assert_eq!(code, 2, "{err}");

    // A re-created account of the same name inherits no session.
    add_user(&db, "maria", "viewer", PW);
    let maria = token_of(&login(port, "maria", PW).1);
    assert_eq!(http(port, "GET", "/api/components", Some(&maria), None).0, 200);
    let (code, _, err) = cli(&["user", "erase", "maria", "--yes", "--db", &db], "");
    assert_eq!(code, 0, "{err}");
    add_user(&db, "maria", "viewer", PW);
    assert_eq!(http(port, "GET", "/api/components", Some(&maria), None).0, 401);

    // MANAGE_USERS without the rest grants nothing beyond what it holds, itself included.
    let (code, _, err) =
        cli(&["role", "add", "usermgr", "--permissions", "MANAGE_USERS,READ_METRICS,MONITOR_HEALTH", "--db", &db], "");
    assert_eq!(code, 0, "{err}");
    add_user(&db, "mgr", "usermgr", PW);
    let mgr = token_of(&login(port, "mgr", PW).1);
    let (s, body) = http(port, "PUT", "/api/users/mgr/role", Some(&mgr), Some(r#"{"role":"admin"}"#));
    assert_eq!(s, 403, "self-promotion: {body}");
    let (s, body) = http(
        port,
        "POST",
        "/api/users",
        Some(&mgr),
        Some(&format!(r#"{{"name":"eve","role":"admin","password":"{PW}"}}"#)),
    );
    assert_eq!(s, 403, "{body}");
    assert_eq!(http(port, "POST", "/api/users/admin/disable", Some(&mgr), None).0, 403);
    assert_eq!(sqlite(&db_path, "SELECT role FROM users WHERE name = 'mgr'"), "usermgr");
    assert_eq!(sqlite(&db_path, "SELECT COUNT(*) FROM users WHERE name = 'eve'"), "0");
    let (s, body) = http(
        port,
        "POST",
        "/api/users",
        Some(&mgr),
        Some(&format!(r#"{{"name":"vera","role":"viewer","password":"{PW}"}}"#)),
    );
    assert_eq!(s, 201, "within its own permissions: {body}");

    // Event streams end at logout, and at a revocation by another process.
    let mut stream = EventStream::open(port, &mgr);
    assert!(stream.is_live());
    assert_eq!(http(port, "POST", "/api/logout", Some(&mgr), None).0, 204);
    let took = stream.closes_within(Duration::from_secs(3));
    eprintln!("event stream closed {took:?} after logout");
    let (code, api, err) =
        cli(&["token", "issue", "--db", &db, "--user", "admin", "--ttl", "1h", "--permissions", "MONITOR_HEALTH"], "");
    assert_eq!(code, 0, "{err}");
    let jti = err.split_whitespace().nth(1).unwrap().to_string();
    let mut stream = EventStream::open(port, api.trim());
    assert!(stream.is_live());
    let (code, _, err) = cli(&["token", "revoke", &jti, "--db", &db], "");
    assert_eq!(code, 0, "{err}");
    let took = stream.closes_within(Duration::from_secs(6));
    eprintln!("event stream closed {took:?} after a revocation by the CLI");
    // The admin's stream is untouched by all this.
    let mut stream = EventStream::open(port, &admin);
    assert!(stream.is_live());
}

#[test]
fn every_file_the_server_and_cli_create_is_private() {
    let _serial = serial();
    let mut g = Guard::serve(&config(free_port()));
    let port = g.port;
    let db_path = g.db();
    let db = db_path.display().to_string();
    add_user(&db, "admin", "admin", ADMIN_PW);
    assert_eq!(login(port, "admin", ADMIN_PW).0, 200);
    let dir = g.dir.path().to_path_buf();
    let (code, out, err) = cli(&["backup", "--db", &db], "");
    assert_eq!(code, 0, "{out}{err}");
    let export = dir.join("admin.json");
    let (code, _, err) = cli(&["user", "export", "admin", "--out", export.to_str().unwrap(), "--db", &db], "");
    assert_eq!(code, 0, "{err}");
    let today = (std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() / 86_400) as i64;
    let report = dir.join("report.json");
    let (code, out, err) = cli(
        &[
            "report",
            "--db",
            &db,
            "--from",
            &ymd(today - 1),
            "--to",
            &ymd(today + 1),
            "--format",
            "json",
            "--out",
            report.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(code, 0, "{out}{err}");
    let backups: Vec<_> = std::fs::read_dir(dir.join("guard.db.backups")).unwrap().map(|e| e.unwrap().path()).collect();
    assert!(!backups.is_empty());
    let mut files = vec![
        db_path.clone(),
        dir.join("guard.db-wal"),
        dir.join("guard.db-shm"),
        dir.join("guard.db.keys"),
        export,
        report,
    ];
    files.extend(backups);
    for f in &files {
        assert_eq!(mode(f), 0o600, "{} is {:o}", f.display(), mode(f));
    }
    assert_eq!(mode(&dir.join("guard.db.backups")), 0o700);
    // A database left readable by an older version is made private at the next start.
    for f in [&db_path, &dir.join("guard.db.keys")] {
        std::fs::set_permissions(f, std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    g.restart(false);
    assert_eq!(mode(&db_path), 0o600);
    assert_eq!(mode(&dir.join("guard.db.keys")), 0o600, "the key file is rewritten private");
}
