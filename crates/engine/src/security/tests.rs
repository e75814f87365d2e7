//! Security unit tests over a real SQLite file and a manual clock.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use serde_json::json;

use super::*;
use crate::clock::{Clock, ManualClock};
use crate::config::{Secret, SecuritySettings};

const PW: &str = "correct horse battery";

struct Fixture {
    sec: SecurityManager,
    clock: ManualClock,
    dir: tempfile::TempDir,
    pool: SqlitePool,
}

async fn fixture_with(enabled: bool, secret: Option<&str>) -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("guard.db");
    let pool = crate::history::open_pool(&db).await.unwrap();
    let clock = ManualClock::new(1_700_000_000_000);
    let settings =
        SecuritySettings { enabled, secret_key: secret.map(|s| Secret(s.into())), ..SecuritySettings::default() };
    let sec = SecurityManager::open(pool.clone(), &settings, &Keyring::default_path(&db), Arc::new(clock.clone()))
        .await
        .unwrap();
    Fixture { sec, clock, dir, pool }
}

async fn fixture() -> Fixture {
    fixture_with(true, None).await
}

#[tokio::test]
async fn first_run_requires_setup_and_the_setup_token_works_once_from_loopback() {
    let f = fixture().await;
    assert!(f.sec.setup_required().await.unwrap());
    assert_eq!(
        f.sec.authorize(None, Permission::MonitorHealth, "127.0.0.1", "GET /api/components", false).await.unwrap_err(),
        Denied::SetupRequired
    );
    assert_eq!(f.sec.authenticate("admin", PW, "127.0.0.1").await.unwrap_err(), Denied::SetupRequired);
    let tok = f.sec.setup_token().expect("a setup token while no account exists");
    assert!(matches!(
        f.sec.complete_setup(&tok, "admin", PW, false, "10.0.0.9").await,
        Err(SetupError::Denied(Denied::LoopbackOnly))
    ));
    assert!(matches!(
        f.sec.complete_setup("wrong", "admin", PW, true, "127.0.0.1").await,
        Err(SetupError::Denied(Denied::BadCredentials))
    ));
    assert!(matches!(
        f.sec.complete_setup(&tok, "admin", "short", true, "127.0.0.1").await,
        Err(SetupError::Security(SecurityError::Invalid(_)))
    ));
    f.sec.complete_setup(&tok, "admin", PW, true, "127.0.0.1").await.unwrap();
    assert!(!f.sec.setup_required().await.unwrap());
    assert!(f.sec.setup_token().is_none());
    assert!(f.sec.complete_setup(&tok, "eve", PW, true, "127.0.0.1").await.is_err(), "setup token is one-time");
    // Security disabled: no setup, everything open.
    let open = fixture_with(false, None).await;
    assert!(!open.sec.setup_required().await.unwrap());
    let p = open.sec.authorize(None, Permission::ManageUsers, "x", "any", true).await.unwrap();
    assert_eq!(p.kind, PrincipalKind::Anonymous);
}

#[tokio::test]
async fn sessions_expire_on_the_injected_clock_and_revocation_sticks() {
    let f = fixture().await;
    f.sec.create_user("ana", "viewer", PW, "test").await.unwrap();
    let s = f.sec.authenticate("ana", PW, "127.0.0.1").await.unwrap();
    let p = f.sec.authorize(Some(&s.token), Permission::ReadMetrics, "127.0.0.1", "GET x", false).await.unwrap();
    assert_eq!((p.user.as_str(), p.role.as_str(), p.kind), ("ana", "viewer", PrincipalKind::Session));
    assert_eq!(
        f.sec.authorize(Some(&s.token), Permission::TriggerHealing, "127.0.0.1", "POST heal", true).await.unwrap_err(),
        Denied::Forbidden(Permission::TriggerHealing)
    );
    f.clock.advance_ms(3_599_000);
    assert!(f.sec.authorize(Some(&s.token), Permission::ReadMetrics, "h", "GET x", false).await.is_ok());
    f.clock.advance_ms(1_000);
    assert_eq!(
        f.sec.authorize(Some(&s.token), Permission::ReadMetrics, "h", "GET x", false).await.unwrap_err(),
        Denied::Expired
    );

    let s2 = f.sec.authenticate("ana", PW, "127.0.0.1").await.unwrap();
    let p2 = f.sec.validate_session(Some(&s2.token), "h").await.unwrap();
    f.sec.logout(&p2).await.unwrap();
    assert_eq!(
        f.sec.authorize(Some(&s2.token), Permission::ReadMetrics, "h", "GET x", false).await.unwrap_err(),
        Denied::Revoked
    );
    let findings = f.sec.findings(10).await.unwrap();
    assert!(findings.iter().any(|x| x.kind == FindingKind::RevokedTokenUse), "{findings:?}");
}

#[tokio::test]
async fn failed_logins_back_off_per_name_and_source_alike_for_unknown_names_and_unlock_clears() {
    let f = fixture().await;
    f.sec.create_user("bob", "operator", PW, "test").await.unwrap();
    // The same sequence of answers for a real and an unknown name: three free failures, then a
    // back-off answered 429 without looking at the password (the right one included).
    // (Each name from its own address: one address has 10 tries, then one per 6 s.)
    for (name, source) in [("bob", "10.0.0.1"), ("nobody-here", "10.0.1.1")] {
        for i in 0..backoff::FREE_FAILURES {
            assert_eq!(
                f.sec.authenticate(name, "wrong password!", source).await.unwrap_err(),
                Denied::BadCredentials,
                "{name} attempt {i}"
            );
        }
        assert_eq!(f.sec.authenticate(name, PW, source).await.unwrap_err(), Denied::Throttled(1), "{name}");
        // Another source is not affected.
        assert_eq!(
            f.sec.authenticate(name, "wrong password!", "10.0.0.2").await.unwrap_err(),
            Denied::BadCredentials,
            "{name}"
        );
    }
    // The wait doubles with each further failure, and the throttled try was not counted.
    f.clock.advance_ms(1_000);
    assert_eq!(f.sec.authenticate("bob", "wrong password!", "10.0.0.1").await.unwrap_err(), Denied::BadCredentials);
    assert_eq!(f.sec.authenticate("bob", PW, "10.0.0.1").await.unwrap_err(), Denied::Throttled(2));
    let users = f.sec.list_users().await.unwrap();
    let bob = users.iter().find(|u| u.name == "bob").unwrap();
    assert_eq!(bob.locked_until_ms, Some(f.clock.now_ms() + 2_000), "the back-off shows in the accounts list");
    // After the wait, the right password works and resets the count.
    f.clock.advance_ms(2_000);
    f.sec.authenticate("bob", PW, "10.0.0.1").await.unwrap();
    let row = store::get_user(&f.pool, "bob").await.unwrap().unwrap();
    assert_eq!((row.failed_logins, row.locked_until_ms), (0, None));
    assert_eq!(backoff::state(&f.pool, "bob", "10.0.0.1").await.unwrap(), (0, 0));
    // `user unlock` clears every source at once.
    for _ in 0..backoff::FREE_FAILURES {
        let _ = f.sec.authenticate("bob", "wrong password!", "10.0.0.3").await;
    }
    assert!(matches!(f.sec.authenticate("bob", PW, "10.0.0.3").await, Err(Denied::Throttled(_))));
    assert_eq!(f.sec.unlock_user("bob", "cli:root").await.unwrap(), 2, "sources 10.0.0.2 and 10.0.0.3");
    f.sec.authenticate("bob", PW, "10.0.0.3").await.unwrap();
    assert!(matches!(f.sec.unlock_user("ghost", "cli:root").await, Err(SecurityError::NotFound(_))));
    let actions: Vec<String> = f.sec.audit().recent(200).await.unwrap().into_iter().map(|e| e.action).collect();
    for a in ["login.failed", "login.backoff", "login.throttled", "user.unlock"] {
        assert!(actions.iter().any(|x| x == a), "{a} not audited: {actions:?}");
    }
    let findings = f.sec.findings(10).await.unwrap();
    assert!(findings.iter().any(|x| x.kind == FindingKind::BruteForce), "{findings:?}");

    // A malformed name is refused before it reaches the audit log or any throttle table.
    let huge = "x".repeat(1 << 20);
    let rows_before = backoff::rows(&f.pool).await.unwrap();
    for bad in [huge.as_str(), "", "ana\nfake-line", "a b"] {
        assert!(matches!(f.sec.authenticate(bad, PW, "10.0.0.9").await, Err(Denied::BadRequest(_))), "{bad:.20}");
    }
    assert_eq!(backoff::rows(&f.pool).await.unwrap(), rows_before);
    let longest: i64 =
        sqlx::query_scalar("SELECT MAX(length(actor) + length(target) + length(details)) FROM audit_log")
            .fetch_one(&f.pool)
            .await
            .unwrap();
    assert!(longest < 1000, "an audit row of {longest} bytes");

    let forged = TokenSigner::new(b"not the server key, not at all!!").sign(&Claims {
        sub: "bob".into(),
        uid: "x".into(),
        role: "admin".into(),
        iat: 0,
        exp: i64::MAX / 2000,
        jti: "x".into(),
        kind: TokenKind::Session,
        scope: None,
        iss: token::ISSUER.into(),
        aud: token::AUDIENCE.into(),
    });
    assert_eq!(
        f.sec.authorize(Some(&forged), Permission::ManageUsers, "10.9.9.9", "GET x", false).await.unwrap_err(),
        Denied::Invalid
    );
    assert!(f.sec.findings(20).await.unwrap().iter().any(|x| x.kind == FindingKind::ForgedToken));
    assert_eq!(
        f.sec.authorize(None, Permission::MonitorHealth, "h", "GET x", false).await.unwrap_err(),
        Denied::Missing
    );
}

#[tokio::test]
async fn throttle_state_stays_bounded() {
    let f = fixture().await;
    // Idle rows are pruned and the table is capped, whatever names and sources come.
    for i in 0..(backoff::MAX_ROWS + 50) {
        sqlx::query("INSERT INTO login_failures (name, source, failures, last_ms, next_ms) VALUES (?, 's', 1, ?, 0)")
            .bind(format!("n{i}"))
            .bind(f.clock.now_ms())
            .execute(&f.pool)
            .await
            .unwrap();
    }
    backoff::prune(&f.pool, f.clock.now_ms()).await.unwrap();
    assert_eq!(backoff::rows(&f.pool).await.unwrap(), backoff::MAX_ROWS);
    f.clock.advance_ms(backoff::IDLE_MS + 1);
    backoff::prune(&f.pool, f.clock.now_ms()).await.unwrap();
    assert_eq!(backoff::rows(&f.pool).await.unwrap(), 0);
    // The per-source limiter drops whole quotas once it holds many sources.
    for i in 0..(LIMITER_KEYS + 10) {
        f.sec.check_rate(&format!("10.1.{}.{}", i / 256, i % 256)).unwrap();
    }
    assert!(f.sec.limiter_keys() <= LIMITER_KEYS + 1, "{}", f.sec.limiter_keys());
}

#[tokio::test]
async fn api_tokens_are_scoped_and_cannot_exceed_the_role() {
    let f = fixture().await;
    f.sec.create_user("am", "operator", PW, "test").await.unwrap();
    let t = f
        .sec
        .issue_api_token("am", Duration::from_secs(60), Some([Permission::TriggerHealing].into()), "test")
        .await
        .unwrap();
    let p =
        f.sec.authorize(Some(&t.token), Permission::TriggerHealing, "h", "POST /api/alertmanager", true).await.unwrap();
    assert_eq!(p.kind, PrincipalKind::Api);
    assert_eq!(p.permissions, vec![Permission::TriggerHealing]);
    assert_eq!(
        f.sec.authorize(Some(&t.token), Permission::ReadMetrics, "h", "GET x", false).await.unwrap_err(),
        Denied::Forbidden(Permission::ReadMetrics)
    );
    let e = f
        .sec
        .issue_api_token("am", Duration::from_secs(60), Some([Permission::ManageUsers].into()), "am")
        .await
        .unwrap_err();
    assert!(e.to_string().contains("does not hold MANAGE_USERS"), "{e}");
    assert!(f.sec.findings(10).await.unwrap().iter().any(|x| x.kind == FindingKind::PrivilegeEscalation));
    f.clock.advance_ms(60_000);
    assert_eq!(
        f.sec.authorize(Some(&t.token), Permission::TriggerHealing, "h", "x", true).await.unwrap_err(),
        Denied::Expired
    );
    // The token is stored only encrypted.
    let raw: Vec<u8> = sqlx::query_scalar("SELECT token_enc FROM api_tokens").fetch_one(&f.pool).await.unwrap();
    assert!(!raw.windows(20).any(|w| w == &t.token.as_bytes()[..20]));
    // Demotion takes effect at once, even for a live token.
    f.sec.create_role("nobody", &PermissionSet::new(), "test").await.unwrap();
    f.sec.create_user("cy", "admin", PW, "test").await.unwrap();
    let s = f.sec.authenticate("cy", PW, "h2").await.unwrap();
    sqlx::query("UPDATE users SET role = 'nobody' WHERE name = 'cy'").execute(&f.pool).await.unwrap();
    assert_eq!(
        f.sec.authorize(Some(&s.token), Permission::MonitorHealth, "h", "x", false).await.unwrap_err(),
        Denied::Forbidden(Permission::MonitorHealth)
    );
    assert!(f.sec.create_role("admin", &PermissionSet::new(), "test").await.is_err(), "built-in roles are fixed");
}

#[tokio::test]
async fn audit_chain_detects_edits_deletions_and_insertions() {
    let f = fixture().await;
    for i in 0..5 {
        f.sec.audit().append("op", "heal", &format!("api{i}"), json!({ "strategy": "restart" })).await.unwrap();
    }
    let ok = f.sec.audit().verify().await.unwrap().unwrap();
    assert_eq!(ok.rows, 5);
    // (sql that tampers, expected break)
    let cases: Vec<(&str, AuditBreak)> = vec![
        ("UPDATE audit_log SET target = 'db' WHERE id = 3", AuditBreak::Edited(3)),
        ("DELETE FROM audit_log WHERE id = 2", AuditBreak::Deleted(2, 1, 3)),
        ("DELETE FROM audit_log WHERE id = 5", AuditBreak::TailDeleted(5, 4, 5)),
        (
            "INSERT INTO audit_log (id, ts_ms, actor, action, target, details, prev_hash, hash) SELECT 6, ts_ms, actor, action, target, details, hash, hash FROM audit_log WHERE id = 5",
            AuditBreak::Inserted(6),
        ),
    ];
    for (sql, want) in cases {
        let g = fixture().await;
        for i in 0..5 {
            g.sec.audit().append("op", "heal", &format!("api{i}"), json!({})).await.unwrap();
        }
        sqlx::query(sql).execute(&g.pool).await.unwrap();
        assert_eq!(g.sec.audit().verify().await.unwrap().unwrap_err(), want, "{sql}");
    }
    drop(f.dir);
}

#[tokio::test]
async fn secrets_never_reach_audit_rows() {
    let f = fixture_with(true, Some("the-server-signing-secret-0123456789")).await;
    f.sec.create_user("ana", "admin", PW, "test").await.unwrap();
    let s = f.sec.authenticate("ana", PW, "h").await.unwrap();
    let _ = f.sec.authenticate("ana", "hunter2-wrong-pass", "h").await;
    f.sec.audit().append("ana", "config.change", "webhook", json!({ "url": "http://x", "webhook_token": "tok-abc", "nested": { "password": "p", "note": s.token.clone() } })).await.unwrap();
    f.sec.put_secret("hook", "tok-abc", "ana").await.unwrap();
    assert_eq!(f.sec.get_secret("hook").await.unwrap().as_deref(), Some("tok-abc"));
    let rows = f.sec.audit().recent(100).await.unwrap();
    let all = format!("{rows:?}");
    for secret in [PW, "hunter2-wrong-pass", "tok-abc", &s.token, "the-server-signing-secret-0123456789"] {
        assert!(!all.contains(secret), "secret `{secret:.12}` leaked into the audit log");
    }
    assert!(all.contains("[redacted]"));
    assert!(!format!("{:?}", f.sec).contains("secret-0123"));
    assert!(f.sec.audit().verify().await.unwrap().is_ok());
}

#[tokio::test]
async fn key_rotation_reencrypts_everything_and_keeps_the_chain() {
    let f = fixture().await;
    f.sec.create_user("ana", "admin", PW, "test").await.unwrap();
    f.sec.put_secret("hook", "tok-abc", "ana").await.unwrap();
    let t = f.sec.issue_api_token("ana", Duration::from_secs(600), None, "ana").await.unwrap();
    let before = std::fs::read_to_string(Keyring::default_path(&f.dir.path().join("guard.db"))).unwrap();
    let n = f.sec.rotate_encryption_key("ana").await.unwrap();
    assert!(n >= 4, "signing key, audit key, audit head, hook, api token: {n}");
    let after = std::fs::read_to_string(Keyring::default_path(&f.dir.path().join("guard.db"))).unwrap();
    assert_ne!(before, after);
    assert_eq!(after.lines().filter(|l| l.starts_with("key ")).count(), 1, "old keys retired");
    assert_eq!(f.sec.get_secret("hook").await.unwrap().as_deref(), Some("tok-abc"));
    assert!(f.sec.authorize(Some(&t.token), Permission::AdminAccess, "h", "x", false).await.is_ok());
    assert!(f.sec.audit().verify().await.unwrap().is_ok());
    // A fresh manager over the same files (the next start) still reads everything.
    let settings = SecuritySettings::default();
    let db = f.dir.path().join("guard.db");
    let again =
        SecurityManager::open(f.pool.clone(), &settings, &Keyring::default_path(&db), Arc::new(f.clock.clone()))
            .await
            .unwrap();
    assert!(
        again.authorize(Some(&t.token), Permission::AdminAccess, "h", "x", false).await.is_ok(),
        "the stored signing key survived the rotation"
    );
    assert!(again.audit().verify().await.unwrap().is_ok());
}

/// Right of access and right to erasure: the export holds everything tied to the account; the
/// erasure removes it, and the audit chain still verifies while no row names the account any
/// more (neither before nor after: rows only ever held its pseudonym).
#[tokio::test]
async fn account_export_and_erasure_keep_the_audit_chain_verifiable() {
    let f = fixture().await;
    f.sec.create_user("root", "admin", PW, "setup").await.unwrap();
    f.sec.create_user("maria", "operator", PW, "root").await.unwrap();
    f.sec.set_user_language("maria", Some("pt-BR")).await.unwrap();
    let s = f.sec.authenticate("maria", PW, "10.1.2.3").await.unwrap();
    let tok = f.sec.issue_api_token("maria", Duration::from_secs(600), None, "root").await.unwrap();
    f.sec.audit().append("maria", "heal.restart", "api", json!({ "user": "maria", "role": "admin" })).await.unwrap();
    // A denial of a sensitive permission becomes a finding naming her.
    let _ = f.sec.authorize(Some(&s.token), Permission::ManageUsers, "10.1.2.3", "POST /api/users", true).await;

    // Raw rows name her by pseudonym only; the API view reveals the name.
    let raw: String =
        sqlx::query_scalar("SELECT group_concat(actor || ' ' || target || ' ' || details, ' | ') FROM audit_log")
            .fetch_one(&f.pool)
            .await
            .unwrap();
    assert!(!raw.contains("maria"), "{raw}");
    assert!(raw.contains("\"role\":\"admin\""), "non-person fields stay as they are: {raw}");
    assert!(f.sec.audit().recent(100).await.unwrap().iter().any(|e| e.actor == "maria" && e.action == "login"));

    let export = f.sec.export_account("maria", "root").await.unwrap();
    assert_eq!(export.account.role, "operator");
    assert_eq!(export.account.language.as_deref(), Some("pt-BR"));
    assert_eq!(export.api_tokens.len(), 1);
    assert_eq!(export.api_tokens[0].jti, tok.jti);
    let actions: Vec<&str> = export.audit_entries.iter().map(|e| e.action.as_str()).collect();
    for a in ["user.create", "login", "token.issue", "heal.restart", "permission.denied", "subject.exported"] {
        assert!(actions.contains(&a), "{a} missing from {actions:?}");
    }
    assert!(!export.security_findings.is_empty());
    let json = serde_json::to_string(&export).unwrap();
    assert!(!json.contains("argon2") && !json.contains(&tok.token), "no password hash or token in the export");
    let pseudonym = export.audit_pseudonym.clone().unwrap();

    // The last account that can manage users cannot be erased.
    assert!(matches!(f.sec.erase_account("root", "root").await, Err(SecurityError::Conflict(_))));
    assert!(matches!(f.sec.erase_account("nobody", "root").await, Err(SecurityError::NotFound(_))));

    let out = f.sec.erase_account("maria", "root").await.unwrap();
    assert_eq!(out.pseudonym, pseudonym);
    assert_eq!(out.tokens_revoked, 1);
    assert!(
        out.audit_rows_unlinked >= 6 && out.findings_anonymised >= 1 && out.legacy_rows_naming_account == 0,
        "{out:?}"
    );
    // The chain verifies; nothing anywhere names her; her tokens no longer work.
    assert!(f.sec.audit().verify().await.unwrap().is_ok());
    let everything: String = sqlx::query_scalar(
        "SELECT (SELECT group_concat(actor || target || details) FROM audit_log) || (SELECT group_concat(actor || details) FROM security_findings)
              || (SELECT group_concat(subject || detail) FROM data_subject_requests) || (SELECT COUNT(*) FROM audit_subjects WHERE subject = 'maria')",
    )
    .fetch_one(&f.pool)
    .await
    .unwrap();
    assert!(!everything.contains("maria"), "{everything}");
    assert!(
        f.sec
            .audit()
            .recent(100)
            .await
            .unwrap()
            .iter()
            .all(|e| !e.actor.contains("maria") && !e.details.contains("maria"))
    );
    assert_eq!(f.sec.validate_session(Some(&tok.token), "x").await.unwrap_err(), Denied::Revoked);
    assert_eq!(f.sec.validate_session(Some(&s.token), "x").await.unwrap_err(), Denied::UnknownUser);
    let kinds: Vec<(String, String)> =
        sqlx::query_as("SELECT kind, outcome FROM data_subject_requests ORDER BY id").fetch_all(&f.pool).await.unwrap();
    assert_eq!(kinds, vec![("access".into(), "done".into()), ("erasure".into(), "done".into())]);
    // A new account of the same name is a new subject with a new pseudonym.
    f.sec.create_user("maria", "viewer", PW, "root").await.unwrap();
    let again = f.sec.export_account("maria", "root").await.unwrap();
    assert_ne!(again.audit_pseudonym.as_deref(), Some(pseudonym.as_str()));
    // The namesake inherits no session: tokens are bound to the account's random id.
    assert_eq!(f.sec.validate_session(Some(&s.token), "x").await.unwrap_err(), Denied::UnknownUser);
    assert!(again.api_tokens.is_empty());
    assert!(f.sec.audit().verify().await.unwrap().is_ok());
}

/// The two attacks of issue 16 and a restored old database, against the signed checkpoints
/// beside the database (`<db>.checkpoints`): each fails verification naming what is missing.
#[tokio::test]
async fn checkpoints_catch_truncation_rollback_and_an_old_database() {
    let f = fixture().await;
    let db = f.dir.path().join("guard.db");
    let files = KeyFiles::for_db(&db);
    for i in 0..3 {
        f.sec.audit().append("op", "heal", &format!("api{i}"), json!({})).await.unwrap();
    }
    // A copy of the database at row 3 (what the startup backup holds).
    let old = f.dir.path().join("old.db");
    sqlx::query("VACUUM INTO ?").bind(old.display().to_string()).execute(&f.pool).await.unwrap();
    for i in 3..12 {
        f.sec.audit().append("op", "heal", &format!("api{i}"), json!({})).await.unwrap();
    }
    let ok = f.sec.audit().verify().await.unwrap().unwrap();
    assert_eq!(ok.rows, 12);
    let cp = ok.checkpoint.expect("the appends were checkpointed");
    assert_eq!((cp.rows, cp.head.as_str()), (12, ok.head.as_str()));
    assert!(cp.verify(&f.sec.signer().unwrap().public()));
    // One checkpoint per append, each signed, plus the first one at creation.
    let lines = checkpoint::read_checkpoints(&files.checkpoints).unwrap().unwrap().lines;
    assert_eq!(lines.len(), 13, "{lines:?}");

    // Each attack on a fresh copy of the files.
    let snapshot = |name: &str| {
        let d = f.dir.path().join(name);
        std::fs::create_dir(&d).unwrap();
        for (from, to) in [
            (&db, "guard.db"),
            (&Keyring::default_path(&db), "guard.db.keys"),
            (&files.signing, "guard.db.signing"),
            (&files.checkpoints, "guard.db.checkpoints"),
        ] {
            std::fs::copy(from, d.join(to)).unwrap();
        }
        d.join("guard.db")
    };
    sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(&f.pool).await.unwrap();
    let verify = |copy: PathBuf| async move {
        let pool = crate::history::open_pool(&copy).await.unwrap();
        let log = AuditLog::open_for_verification(pool.clone(), &Keyring::default_path(&copy)).await.unwrap().unwrap();
        let r = log.verify().await.unwrap();
        pool.close().await;
        r
    };

    // 1. Every row and the head deleted: "intact: 0 rows" before checkpoints.
    let a = snapshot("a");
    let p = crate::history::open_pool(&a).await.unwrap();
    sqlx::query("DELETE FROM audit_log").execute(&p).await.unwrap();
    sqlx::query("DELETE FROM secrets WHERE name = 'audit.head'").execute(&p).await.unwrap();
    p.close().await;
    let b = verify(a).await.unwrap_err();
    assert_eq!(b, AuditBreak::BehindCheckpoint { rows: 0, signed: 12, at: cp.at() });
    assert!(b.to_string().contains("audit rows 1 to 12 are missing"), "{b}");

    // 2. Rows above 3 deleted and the head restored from the old copy.
    let r = snapshot("r");
    let p = crate::history::open_pool(&r).await.unwrap();
    {
        // One connection: ATTACH is per connection.
        let mut c = p.acquire().await.unwrap();
        sqlx::query("DELETE FROM audit_log WHERE id > 3").execute(&mut *c).await.unwrap();
        sqlx::query(&format!("ATTACH '{}' AS b", old.display())).execute(&mut *c).await.unwrap();
        sqlx::query("UPDATE secrets SET ciphertext = (SELECT ciphertext FROM b.secrets WHERE name = 'audit.head') WHERE name = 'audit.head'").execute(&mut *c).await.unwrap();
        sqlx::query("DETACH b").execute(&mut *c).await.unwrap();
    }
    p.close().await;
    assert_eq!(verify(r).await.unwrap_err(), AuditBreak::BehindCheckpoint { rows: 3, signed: 12, at: cp.at() });

    // 3. The old database restored beside the current checkpoint file.
    let o = snapshot("o");
    std::fs::copy(&old, &o).unwrap();
    assert_eq!(verify(o).await.unwrap_err(), AuditBreak::BehindCheckpoint { rows: 3, signed: 12, at: cp.at() });

    // A rewritten history of the same length: row 12 no longer has the signed hash. (The
    // attacker here even holds the audit key and re-chains every row.)
    let w = snapshot("w");
    let p = crate::history::open_pool(&w).await.unwrap();
    let log = AuditLog::open_for_verification(p.clone(), &Keyring::default_path(&w)).await.unwrap().unwrap();
    sqlx::query("DELETE FROM audit_log WHERE id > 3").execute(&p).await.unwrap();
    // Re-append 9 rows through a log without checkpoints (the attacker has no signing key).
    let bare = log.without_checkpoints();
    for i in 3..12 {
        bare.append("op", "heal", &format!("other{i}"), json!({})).await.unwrap();
    }
    assert_eq!(log.verify().await.unwrap().unwrap_err(), AuditBreak::CheckpointMismatch { row: 12, at: cp.at() });
    p.close().await;

    // The checkpoint file deleted while the key exists; a forged line; the key deleted.
    let m = snapshot("m");
    std::fs::remove_file(KeyFiles::for_db(&m).checkpoints).unwrap();
    assert!(matches!(verify(m).await.unwrap_err(), AuditBreak::CheckpointsMissing { .. }));
    let g = snapshot("g");
    let cps = KeyFiles::for_db(&g).checkpoints;
    let text = std::fs::read_to_string(&cps).unwrap().replace(&format!("12 {}", cp.head), &format!("2 {}", cp.head));
    std::fs::write(&cps, text).unwrap();
    assert!(matches!(verify(g).await.unwrap_err(), AuditBreak::CheckpointForged { line: 14, .. }));
    let k = snapshot("k");
    std::fs::remove_file(KeyFiles::for_db(&k).signing).unwrap();
    assert!(matches!(verify(k).await.unwrap_err(), AuditBreak::SigningKeyMissing { .. }));

    // The untouched copy verifies; a missing head with rows is named as such.
    assert_eq!(verify(snapshot("ok")).await.unwrap().rows, 12);
    let h = snapshot("h");
    let p = crate::history::open_pool(&h).await.unwrap();
    sqlx::query("DELETE FROM secrets WHERE name = 'audit.head'").execute(&p).await.unwrap();
    p.close().await;
    assert_eq!(verify(h).await.unwrap_err(), AuditBreak::HeadMissing(12));
}

#[tokio::test]
async fn rotation_keeps_the_signing_key_usable() {
    let f = fixture().await;
    let public = f.sec.signer().unwrap().public();
    f.sec.rotate_encryption_key("test").await.unwrap();
    // Reopen: the signing key decrypts with the rotated keyring and is the same key.
    let db = f.dir.path().join("guard.db");
    let settings = SecuritySettings {
        enabled: true,
        token_expiry: Duration::from_secs(3600),
        secret_key: None,
        encryption_key: None,
        rate_limiting: true,
        ..SecuritySettings::default()
    };
    let again =
        SecurityManager::open(f.pool.clone(), &settings, &Keyring::default_path(&db), Arc::new(f.clock.clone()))
            .await
            .unwrap();
    assert_eq!(again.signer().unwrap().public(), public);
    assert_eq!(again.audit().verify().await.unwrap().unwrap().rows, 1);
}

#[tokio::test]
async fn token_lifetimes_are_capped_and_claims_name_issuer_and_audience() {
    let f = fixture().await;
    f.sec.create_user("ana", "admin", PW, "test").await.unwrap();
    let max = crate::config::DEFAULT_API_TOKEN_MAX_TTL;
    // (lifetime, accepted)
    let cases = [
        (Duration::from_secs(u64::MAX), false),
        (Duration::from_secs(100 * 365 * 86_400), false),
        (max + Duration::from_secs(1), false),
        (Duration::ZERO, false),
        (max, true),
        (Duration::from_secs(1), true),
    ];
    for (ttl, ok) in cases {
        let r = f.sec.issue_api_token("ana", ttl, None, "test").await;
        match (ok, r) {
            (true, Ok(t)) => {
                assert_eq!(t.expires_at_ms, f.clock.now_ms() + ttl.as_millis() as i64, "{ttl:?}");
                let p = f.sec.validate_session(Some(&t.token), "h").await.unwrap();
                assert!(p.expires_at_ms.unwrap() > f.clock.now_ms());
            }
            (false, Err(SecurityError::Invalid(m))) => assert!(
                ttl.is_zero()
                    || (m.id == "sec-error-ttl-max"
                        && m.args.get("max")
                            == Some(&crate::heal::timeline::Arg::Duration { duration_ms: max.as_millis() as i64 })),
                "{m:?}"
            ),
            (ok, r) => panic!("{ttl:?}: wanted accepted={ok}, got {r:?}"),
        }
    }
    // Sessions live the session TTL; every token says who issued it and for whom.
    let s = f.sec.authenticate("ana", PW, "h").await.unwrap();
    assert_eq!(s.expires_at_ms, f.clock.now_ms() + 3_600_000);
    let claims = f.sec.inner.signer.verify(&s.token, f.clock.now_ms()).unwrap();
    assert_eq!((claims.iss.as_str(), claims.aud.as_str()), (token::ISSUER, token::AUDIENCE));
    assert_eq!(claims.uid, store::get_user(&f.pool, "ana").await.unwrap().unwrap().uid);
}

#[tokio::test]
async fn signing_key_rotation_keeps_old_tokens_until_they_expire() {
    let f = fixture().await;
    f.sec.create_user("ana", "admin", PW, "test").await.unwrap();
    let session = f.sec.authenticate("ana", PW, "h").await.unwrap();
    let api = f.sec.issue_api_token("ana", Duration::from_secs(10 * 86_400), None, "test").await.unwrap();
    let old_kid = f.sec.inner.signer.current_kid();
    // Another process (the CLI) opens the same database and rotates.
    let db = f.dir.path().join("guard.db");
    let cli = SecurityManager::open(
        f.pool.clone(),
        &SecuritySettings::default(),
        &Keyring::default_path(&db),
        Arc::new(f.clock.clone()),
    )
    .await
    .unwrap();
    f.sec.put_secret("hook", "tok-abc", "ana").await.unwrap();
    let until = cli.rotate_signing_key("cli:root").await.unwrap();
    // `key rotate` does both; the server follows the rewritten key file.
    cli.rotate_encryption_key("cli:root").await.unwrap();
    assert_eq!(f.sec.get_secret("hook").await.unwrap().as_deref(), Some("tok-abc"));
    f.sec.audit().append("ana", "heal", "api", json!({})).await.unwrap();
    assert!(cli.audit().verify().await.unwrap().is_ok(), "the server's audit head is under the new key");
    assert_eq!(until, f.clock.now_ms() + crate::config::DEFAULT_API_TOKEN_MAX_TTL.as_millis() as i64 + 1000);
    let fresh = cli.issue_api_token("ana", Duration::from_secs(60), None, "cli:root").await.unwrap();
    // The server has not reloaded: it learns the new key from the new token's kid...
    let p = f.sec.validate_session(Some(&fresh.token), "h").await.unwrap();
    assert_eq!(p.user, "ana");
    assert_ne!(f.sec.inner.signer.current_kid(), old_kid);
    // ...signs with it from now on, and still accepts the old tokens.
    let new_session = f.sec.authenticate("ana", PW, "h").await.unwrap();
    assert_eq!(jsonwebtoken::decode_header(&new_session.token).unwrap().kid, Some(f.sec.inner.signer.current_kid()));
    assert!(f.sec.validate_session(Some(&session.token), "h").await.is_ok());
    assert!(f.sec.validate_session(Some(&api.token), "h").await.is_ok());
    // Each old token ends at its own expiry; the old key verifies nothing after `until`.
    f.clock.advance_ms(3_600_000);
    assert_eq!(f.sec.validate_session(Some(&session.token), "h").await.unwrap_err(), Denied::Expired);
    assert!(f.sec.validate_session(Some(&api.token), "h").await.is_ok());
    f.clock.advance_ms(until - f.clock.now_ms());
    assert_eq!(f.sec.validate_session(Some(&api.token), "h").await.unwrap_err(), Denied::Invalid);
    // A configured key is not rotated here.
    let cfg = fixture_with(true, Some("configured-signing-secret-0123456789")).await;
    assert!(matches!(cfg.sec.rotate_signing_key("x").await, Err(SecurityError::Invalid(_))));
    assert!(!cfg.sec.signing_key_rotatable());
    let actions: Vec<String> = cli.audit().recent(50).await.unwrap().into_iter().map(|e| e.action).collect();
    assert!(actions.iter().any(|a| a == "key.rotate_signing"), "{actions:?}");
}

#[tokio::test]
async fn manage_users_cannot_grant_more_than_it_holds() {
    let f = fixture().await;
    f.sec.create_user("root", "admin", PW, "test").await.unwrap();
    let perms: PermissionSet = [Permission::ManageUsers, Permission::ReadMetrics, Permission::MonitorHealth].into();
    f.sec.create_role("usermgr", &perms, "root").await.unwrap();
    f.sec.create_user("mgr", "usermgr", PW, "root").await.unwrap();
    let t = f.sec.authenticate("mgr", PW, "h").await.unwrap();
    let mgr = f.sec.validate_session(Some(&t.token), "h").await.unwrap();
    let forbidden = |r: Result<(), SecurityError>| matches!(r, Err(SecurityError::Forbidden(_)));
    assert!(forbidden(f.sec.create_user_by(&mgr, "eve", "admin", PW).await));
    assert!(forbidden(f.sec.create_user_by(&mgr, "eve", "operator", PW).await), "TRIGGER_HEALING is not the manager's");
    assert!(forbidden(f.sec.set_role_by(&mgr, "mgr", "admin").await), "no self-promotion");
    assert!(forbidden(f.sec.set_disabled_by(&mgr, "root", true).await), "nor acting on a stronger account");
    assert!(forbidden(f.sec.set_role_by(&mgr, "root", "viewer").await));
    assert!(matches!(
        f.sec.issue_api_token_by(&mgr, "root", Duration::from_secs(60), Some([Permission::ReadMetrics].into())).await,
        Err(SecurityError::Forbidden(_))
    ));
    assert!(
        f.sec
            .issue_api_token_by(&mgr, "mgr", Duration::from_secs(60), Some([Permission::AdminAccess].into()))
            .await
            .is_err()
    );
    assert_eq!(store::get_user(&f.pool, "mgr").await.unwrap().unwrap().role, "usermgr");
    assert!(store::get_user(&f.pool, "eve").await.unwrap().is_none());
    // Within its own permissions it may.
    f.sec.create_user_by(&mgr, "vera", "viewer", PW).await.unwrap();
    f.sec.set_disabled_by(&mgr, "vera", true).await.unwrap();
    f.sec
        .issue_api_token_by(&mgr, "mgr", Duration::from_secs(60), Some([Permission::ReadMetrics].into()))
        .await
        .unwrap();
    let admin =
        f.sec.validate_session(Some(&f.sec.authenticate("root", PW, "h").await.unwrap().token), "h").await.unwrap();
    f.sec.set_role_by(&admin, "mgr", "admin").await.unwrap();
    let actions: Vec<String> = f.sec.audit().recent(100).await.unwrap().into_iter().map(|e| e.action).collect();
    assert!(actions.iter().any(|a| a == "user.grant_denied"), "{actions:?}");
    assert!(f.sec.findings(50).await.unwrap().iter().any(|x| x.kind == FindingKind::PrivilegeEscalation));
}

#[tokio::test]
async fn session_watch_ends_on_logout_revocation_disable_and_expiry() {
    let f = fixture().await;
    f.sec.create_user("root", "admin", PW, "test").await.unwrap();
    f.sec.create_user("ana", "viewer", PW, "test").await.unwrap();
    let within = |fut| tokio::time::timeout(Duration::from_secs(5), fut);
    // Logout.
    let s = f.sec.authenticate("ana", PW, "h").await.unwrap();
    let watch = tokio::spawn({
        let sec = f.sec.clone();
        let t = s.token.clone();
        async move { sec.session_ended(t).await }
    });
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert!(!watch.is_finished(), "a live session is watched, not ended");
    f.sec.logout(&f.sec.validate_session(Some(&s.token), "h").await.unwrap()).await.unwrap();
    within(watch).await.expect("ends at logout").unwrap();
    // Revocation of an API token.
    let t = f.sec.issue_api_token("ana", Duration::from_secs(600), None, "root").await.unwrap();
    let sec = f.sec.clone();
    let watch = tokio::spawn({
        let t = t.token.clone();
        async move { sec.session_ended(t).await }
    });
    tokio::time::sleep(Duration::from_millis(50)).await;
    f.sec.revoke(&t.jti, t.expires_at_ms, "root").await.unwrap();
    within(watch).await.expect("ends at revocation").unwrap();
    // The account disabled.
    let s = f.sec.authenticate("ana", PW, "h").await.unwrap();
    let sec = f.sec.clone();
    let watch = tokio::spawn(async move { sec.session_ended(s.token).await });
    tokio::time::sleep(Duration::from_millis(50)).await;
    f.sec.set_disabled("ana", true, "root").await.unwrap();
    within(watch).await.expect("ends when the account is disabled").unwrap();
    // Expiry (on the injected clock; seen at the next periodic check).
    f.sec.set_disabled("ana", false, "root").await.unwrap();
    let s = f.sec.authenticate("ana", PW, "h").await.unwrap();
    let sec = f.sec.clone();
    let watch = tokio::spawn(async move { sec.session_ended(s.token).await });
    tokio::time::sleep(Duration::from_millis(50)).await;
    f.clock.advance_ms(3_600_000);
    within(watch).await.expect("ends at expiry").unwrap();
}

#[tokio::test]
async fn a_sha256_passphrase_database_migrates_to_argon2id() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("guard.db");
    let keys = Keyring::default_path(&db);
    let pool = crate::history::open_pool(&db).await.unwrap();
    let pass = "a long passphrase from the config";
    // What an older version left: every secret under SHA-256(passphrase), no key file.
    let legacy = Keyring::legacy_from_passphrase(pass);
    let old_signing = get_or_create_secret(&pool, &legacy, SIGNING_KEY, 1).await.unwrap();
    get_or_create_secret(&pool, &legacy, AUDIT_KEY, 1).await.unwrap();
    let hook = legacy.encrypt_data(b"tok-abc", b"user.hook").unwrap();
    sqlx::query("INSERT INTO secrets (name, ciphertext, updated_ms) VALUES ('user.hook', ?, 1)")
        .bind(hook)
        .execute(&pool)
        .await
        .unwrap();
    assert!(!keys.exists());

    let settings = SecuritySettings { encryption_key: Some(Secret(pass.into())), ..SecuritySettings::default() };
    let clock = Arc::new(ManualClock::new(1_700_000_000_000));
    let sec = SecurityManager::open(pool.clone(), &settings, &keys, clock.clone()).await.unwrap();
    assert_eq!(sec.get_secret("hook").await.unwrap().as_deref(), Some("tok-abc"));
    assert_eq!(
        sec.inner.signer.current_kid(),
        token::key_id(&old_signing),
        "the same signing key, now under the new key"
    );
    // The key file holds the salt, private; the SHA-256 key is gone from it and from the data.
    let text = std::fs::read_to_string(&keys).unwrap();
    assert!(text.contains("pipeline-guard-keys 2") && text.contains("kdf argon2id m=19456 t=2 p=1 salt="), "{text}");
    assert!(!text.contains("legacy-passphrase"), "{text}");
    assert_eq!(std::fs::metadata(&keys).unwrap().permissions().mode() & 0o777, 0o600);
    let cts: Vec<(String, Vec<u8>)> =
        sqlx::query_as("SELECT name, ciphertext FROM secrets").fetch_all(&pool).await.unwrap();
    for (name, ct) in cts {
        assert!(
            matches!(legacy.decrypt_data(&ct, name.as_bytes()), Err(CryptoError::UnknownKey(_))),
            "{name} is still under the SHA-256 key"
        );
    }
    assert!(sec.audit().recent(10).await.unwrap().iter().any(|e| e.action == "key.passphrase_migrated"));
    // The next start derives the same key from the stored salt and migrates nothing.
    let again = SecurityManager::open(pool.clone(), &settings, &keys, clock.clone()).await.unwrap();
    assert_eq!(again.get_secret("hook").await.unwrap().as_deref(), Some("tok-abc"));
    assert!(again.audit().verify().await.unwrap().is_ok());
    assert_eq!(std::fs::read_to_string(&keys).unwrap(), text);
    // A wrong passphrase decrypts nothing.
    let wrong =
        SecuritySettings { encryption_key: Some(Secret("another passphrase".into())), ..SecuritySettings::default() };
    assert!(SecurityManager::open(pool.clone(), &wrong, &keys, clock).await.is_err());
}
