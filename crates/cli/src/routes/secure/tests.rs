//! Every route of the real router, enumerated from its table (not a hand-written list), must
//! refuse missing, expired, revoked, forged and under-privileged tokens.

use std::time::Duration;

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use guard_engine::config::load_str;
use guard_engine::security::{Claims, Permission, PermissionSet, TokenKind, TokenSigner};
use guard_engine::{GuardOptions, PipelineGuard};
use tower::ServiceExt;

use super::Access;
use crate::server::{AppState, router_with_table};

pub(crate) const SECRET: &str = "route-table-test-signing-key-0123456789";
pub(crate) const PW: &str = "correct horse battery";

pub(crate) async fn guard(dir: &std::path::Path, enabled: bool) -> PipelineGuard {
    let text = format!(
        "pipeline:\n  security: {{ enabled: {enabled}, token_expiry: 1h, secret_key: \"{SECRET}\" }}\ncomponents:\n  - name: api\n    check: {{ tcp: {{ addr: \"127.0.0.1:9\" }} }}\n"
    );
    let cfg = load_str(&text, "test.yaml", dir, &Default::default()).unwrap();
    PipelineGuard::start(cfg, GuardOptions { db_path: Some(dir.join("guard.db")), log_dir: None }).await.unwrap()
}

pub(crate) fn concrete(path: &str) -> String {
    path.split('/')
        .map(|seg| {
            if seg == "{name}" {
                "api".to_string()
            } else if seg.starts_with('{') {
                "x".to_string()
            } else {
                seg.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

async fn call(app: &axum::Router, method: &Method, path: &str, token: Option<&str>) -> StatusCode {
    let mut req = Request::builder().method(method.clone()).uri(path).header("content-type", "application/json");
    if let Some(t) = token {
        req = req.header("authorization", format!("Bearer {t}"));
    }
    let body = if *method == Method::GET { Body::empty() } else { Body::from("{}") };
    let resp = app.clone().oneshot(req.body(body).unwrap()).await.unwrap();
    resp.status()
}

fn sign(claims: Claims, key: &str) -> String {
    TokenSigner::new(key.as_bytes()).sign(&claims)
}

#[tokio::test]
async fn every_api_route_rejects_missing_expired_revoked_forged_and_underprivileged_tokens() {
    let dir = tempfile::tempdir().unwrap();
    let g = guard(dir.path(), true).await;
    let (app, table) = router_with_table(AppState { guard: g.clone() }, None);
    let sec = g.security();
    // First run: everything gated answers 503 until the admin exists.
    assert_eq!(call(&app, &Method::GET, "/api/components", None).await, StatusCode::SERVICE_UNAVAILABLE);
    sec.create_user("admin", "admin", PW, "test").await.unwrap();

    let admin = sec.authenticate("admin", PW, "127.0.0.1").await.unwrap();
    let revoked = sec.authenticate("admin", PW, "127.0.0.1").await.unwrap();
    sec.revoke(&revoked.jti, 0, "test").await.unwrap();
    let now = guard_engine::clock::unix_ms() / 1000;
    let claims = |exp: i64| Claims {
        sub: "admin".into(),
        uid: "any".into(),
        role: "admin".into(),
        iat: now - 7200,
        exp,
        jti: format!("t{exp}"),
        kind: TokenKind::Session,
        scope: None,
        iss: guard_engine::security::token::ISSUER.into(),
        aud: guard_engine::security::token::AUDIENCE.into(),
    };
    let expired = sign(claims(now - 1), SECRET);
    let forged = sign(claims(now + 3600), "some other key that is not the server's");

    let api: Vec<_> = table.specs().iter().filter(|s| s.path.starts_with("/api/")).cloned().collect();
    assert!(api.len() >= 15, "the table lists the real routes: {api:?}");
    let mut checked = 0;
    for spec in &api {
        let path = concrete(&spec.path);
        let need = match spec.access {
            Access::Public => continue,
            Access::Requires(p) | Access::LoopbackOr(p) => Some(p),
            Access::Authenticated => None,
        };
        for (what, tok) in [
            ("missing", None),
            ("expired", Some(expired.as_str())),
            ("revoked", Some(revoked.token.as_str())),
            ("forged", Some(forged.as_str())),
            ("garbage", Some("not-a-jwt")),
        ] {
            assert_eq!(
                call(&app, &spec.method, &path, tok).await,
                StatusCode::UNAUTHORIZED,
                "{} {} with a {what} token",
                spec.method,
                spec.path
            );
        }
        if let Some(p) = need {
            // A custom role holding every permission but this one.
            let role = format!("all-but-{}", p.as_str().to_lowercase());
            let perms: PermissionSet = Permission::ALL.into_iter().filter(|q| *q != p).collect();
            sec.create_role(&role, &perms, "test").await.unwrap();
            let user = format!("u-{}", p.as_str().to_lowercase());
            if sec.list_users().await.unwrap().iter().all(|u| u.name != user) {
                sec.create_user(&user, &role, PW, "test").await.unwrap();
            }
            let t = sec.issue_api_token(&user, Duration::from_secs(600), None, "test").await.unwrap();
            assert_eq!(
                call(&app, &spec.method, &path, Some(&t.token)).await,
                StatusCode::FORBIDDEN,
                "{} {} without {p}",
                spec.method,
                spec.path
            );
            // An API token scoped away from the permission is refused too, even for an admin.
            let scoped =
                sec.issue_api_token("admin", Duration::from_secs(600), Some(perms.clone()), "test").await.unwrap();
            assert_eq!(
                call(&app, &spec.method, &path, Some(&scoped.token)).await,
                StatusCode::FORBIDDEN,
                "{} {} with a token scoped without {p}",
                spec.method,
                spec.path
            );
        }
        // The admin passes the gate (the handler may still say 400/404, never 401/403).
        if spec.path != "/api/logout" {
            let s = call(&app, &spec.method, &path, Some(&admin.token)).await;
            assert!(
                s != StatusCode::UNAUTHORIZED && s != StatusCode::FORBIDDEN,
                "{} {} as admin: {s}",
                spec.method,
                spec.path
            );
        }
        checked += 1;
    }
    assert!(checked >= 12, "{checked}");
    // Loopback-or-permission routes are gated for remote callers (no ConnectInfo = not loopback).
    assert_eq!(call(&app, &Method::GET, "/metrics", None).await, StatusCode::UNAUTHORIZED);
    assert_eq!(call(&app, &Method::GET, "/health", None).await, StatusCode::OK);
    assert_eq!(call(&app, &Method::GET, "/api/no-such-route", None).await, StatusCode::NOT_FOUND);
    g.shutdown().await.unwrap();
}

#[tokio::test]
async fn a_route_added_without_a_declaration_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let g = guard(dir.path(), false).await;
    let (app, _) = super::SecureRouter::new()
        .get("/api/declared", Access::Requires(Permission::MonitorHealth), || async { "ok" })
        .finish(
            AppState { guard: g.clone() },
            crate::routes::site::SitePolicy::new(&g.config().pipeline.server, "127.0.0.1:7878".parse().unwrap()),
            |app| {
                // Someone adds a route behind the mechanism's back.
                app.route("/api/sneaky", axum::routing::post(|| async { "done" }))
            },
        );
    assert_eq!(call(&app, &Method::GET, "/api/declared", None).await, StatusCode::OK, "security disabled: open");
    assert_eq!(call(&app, &Method::POST, "/api/sneaky", None).await, StatusCode::INTERNAL_SERVER_ERROR);
    g.shutdown().await.unwrap();
}

#[tokio::test]
async fn with_security_disabled_everything_stays_open_and_session_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let g = guard(dir.path(), false).await;
    let (app, table) = router_with_table(AppState { guard: g.clone() }, None);
    for spec in table.specs().iter().filter(|s| s.method == Method::GET && s.path != "/api/events") {
        let s = call(&app, &spec.method, &concrete(&spec.path), None).await;
        assert!(s != StatusCode::UNAUTHORIZED && s != StatusCode::FORBIDDEN, "{}: {s}", spec.path);
    }
    let resp = app.clone().oneshot(Request::get("/api/session").body(Body::empty()).unwrap()).await.unwrap();
    let body = axum::body::to_bytes(resp.into_body(), 1 << 20).await.unwrap();
    let v: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(v["security_enabled"], false);
    assert_eq!(v["principal"]["kind"], "anonymous");
    assert_eq!(v["principal"]["permissions"].as_array().unwrap().len(), 8);
    g.shutdown().await.unwrap();
}

/// The router serves exactly the HTTP rows of `guard_engine::boundary::ops::OPS`, each with its
/// row's method, path and access (the table the app's commands and the UI's client come from).
#[tokio::test]
async fn the_router_serves_exactly_the_http_rows_of_the_boundary_table() {
    let dir = tempfile::tempdir().unwrap();
    let g = guard(dir.path(), true).await;
    let (_app, table) = router_with_table(AppState { guard: g.clone() }, None);
    let served: Vec<(String, String, Access)> =
        table.specs().iter().map(|s| (s.method.to_string(), s.path.clone(), s.access)).collect();
    let rows: Vec<(String, String, Access)> = guard_engine::boundary::ops::routes()
        .map(|o| (o.http.unwrap().0.to_string(), o.http.unwrap().1.to_string(), o.access))
        .collect();
    let mut a = served.clone();
    let mut b = rows.clone();
    a.sort_by(|x, y| (&x.0, &x.1).cmp(&(&y.0, &y.1)));
    b.sort_by(|x, y| (&x.0, &x.1).cmp(&(&y.0, &y.1)));
    assert_eq!(a, b);
    g.shutdown().await.unwrap();
}
