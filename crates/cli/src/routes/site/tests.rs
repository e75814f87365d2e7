//! Every route of the real router's table (the very table and router `serve` uses), with the
//! default config (security off): what a web page can make a browser send is refused, on every
//! route, before the handler runs; undeclared methods answer 405; `?access_token=` works only on
//! the event stream.

use std::net::SocketAddr;

use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use guard_engine::config::ServerSettings;
use tower::ServiceExt;

use super::SitePolicy;
use crate::routes::secure::tests::{PW, concrete, guard};
use crate::server::{AppState, router_for};

const LOCAL: &str = "127.0.0.1:7878";

struct Answer {
    status: StatusCode,
    code: Option<String>,
    message: String,
    headers: axum::http::HeaderMap,
}

async fn send(app: &axum::Router, method: &Method, path: &str, headers: &[(&str, &str)], body: &str) -> Answer {
    let mut req = Request::builder().method(method.clone()).uri(path);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    if !body.is_empty() {
        req = req.header(header::CONTENT_LENGTH, body.len());
    }
    let resp = app.clone().oneshot(req.body(Body::from(body.to_string())).unwrap()).await.unwrap();
    let status = resp.status();
    let headers = resp.headers().clone();
    let is_json = headers.get(header::CONTENT_TYPE).is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    let (code, message) = if is_json {
        let bytes = axum::body::to_bytes(resp.into_body(), 1 << 20).await.unwrap();
        let v: serde_json::Value = serde_json::from_slice(&bytes).unwrap_or_default();
        (v["code"].as_str().map(String::from), v["message"].as_str().unwrap_or_default().to_string())
    } else {
        (None, String::new())
    };
    Answer { status, code, message, headers }
}

fn body_for(method: &Method) -> &'static str {
    if *method == Method::GET { "" } else { "{\"strategy\":\"run\",\"duration_s\":600}" }
}

#[tokio::test]
async fn every_route_refuses_foreign_hosts_cross_site_requests_and_non_json_bodies() {
    let dir = tempfile::tempdir().unwrap();
    let g = guard(dir.path(), false).await;
    let ui = tempfile::tempdir().unwrap();
    std::fs::write(ui.path().join("index.html"), "<!doctype html><title>ui</title>").unwrap();
    let (app, table) = router_for(AppState { guard: g.clone() }, Some(ui.path().to_path_buf()), LOCAL.parse().unwrap());
    let host = ("host", LOCAL);
    let mut checked = 0;
    for spec in table.specs() {
        let path = concrete(&spec.path);
        let m = &spec.method;
        let body = body_for(m);
        let json = ("content-type", "application/json");
        let what = format!("{m} {}", spec.path);
        // DNS rebinding: the browser sends the attacker's name.
        for foreign in ["evil.example:7878", "evil.example", "127.0.0.1.nip.io:7878", "localhost.evil.example:7878"] {
            let a = send(&app, m, &path, &[("host", foreign), json], body).await;
            assert_eq!(
                (a.status, a.code.as_deref()),
                (StatusCode::FORBIDDEN, Some("foreign_host")),
                "{what} with Host {foreign}"
            );
            assert!(
                a.message.contains(foreign) && a.message.contains("pipeline.server.allowed_hosts"),
                "{what}: {}",
                a.message
            );
        }
        if super::CROSS_SITE_PAGES.contains(&spec.path.as_str()) {
            // A read-only public page: a link from another site opens it (Host still checked).
            for h in [("origin", "http://evil.example"), ("sec-fetch-site", "cross-site")] {
                let a = send(&app, m, &path, &[host, h], "").await;
                assert!(!matches!(a.code.as_deref(), Some("cross_site")), "{what} with {h:?}");
            }
            checked += 1;
            continue;
        }
        // Another origin, another loopback port (same site, other origin), `null` (sandboxed frames).
        for origin in
            ["http://evil.example", "http://127.0.0.1:9999", "http://localhost:7878", "https://127.0.0.1:7878", "null"]
        {
            let a = send(&app, m, &path, &[host, ("origin", origin), json], body).await;
            assert_eq!(
                (a.status, a.code.as_deref()),
                (StatusCode::FORBIDDEN, Some("cross_site")),
                "{what} from Origin {origin}"
            );
        }
        for site in ["cross-site", "same-site"] {
            let a = send(&app, m, &path, &[host, ("sec-fetch-site", site), json], body).await;
            assert_eq!(
                (a.status, a.code.as_deref()),
                (StatusCode::FORBIDDEN, Some("cross_site")),
                "{what} with Sec-Fetch-Site {site}"
            );
        }
        // What an HTML form can send, with no Origin at all (as if a browser left it out).
        for ct in ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"] {
            let a = send(&app, m, &path, &[host, ("content-type", ct)], "{\"strategy\":\"run\"}").await;
            assert_eq!(
                (a.status, a.code.as_deref()),
                (StatusCode::UNSUPPORTED_MEDIA_TYPE, Some("unsupported_media_type")),
                "{what} with a {ct} body"
            );
        }
        let a = send(&app, m, &path, &[host], "{\"strategy\":\"run\"}").await;
        assert_eq!(a.status, StatusCode::UNSUPPORTED_MEDIA_TYPE, "{what} with a body and no Content-Type");
        if *m != Method::GET {
            let a = send(&app, m, &path, &[host, ("content-type", "text/plain")], "").await;
            assert_eq!(a.status, StatusCode::UNSUPPORTED_MEDIA_TYPE, "{what}: an empty text/plain form");
        }
        checked += 1;
    }
    assert!(checked >= 40, "the table lists the real routes: {checked}");
    // None of it reached a handler: nothing paused, no window, no incident, no action.
    let h = g.healing_overview();
    assert!(
        !h.paused
            && h.paused_components.is_empty()
            && h.maintenance.is_empty()
            && h.open_incidents == 0
            && h.last_actions.is_empty(),
        "{h:?}"
    );
    assert!(
        g.get_healing_stats().await.unwrap().components.iter().all(|c| c.stats.incidents == 0 && c.stats.attempts == 0)
    );

    // The same requests from the guard's own page, and from a client that is no browser, pass
    // the checks (whatever the handler then says).
    for spec in table.specs().iter().filter(|s| s.path != "/api/events") {
        let path = concrete(&spec.path);
        for headers in [
            vec![
                ("host", LOCAL),
                ("origin", "http://127.0.0.1:7878"),
                ("sec-fetch-site", "same-origin"),
                ("content-type", "application/json"),
            ],
            vec![("host", "localhost:7878"), ("origin", "http://localhost:7878"), ("content-type", "application/json")],
            vec![("host", "127.0.0.1"), ("content-type", "application/json")],
            vec![("content-type", "application/json")],
            vec![
                ("host", "[::1]:7878"),
                ("sec-fetch-site", "none"),
                ("content-type", "application/json; charset=utf-8"),
            ],
        ] {
            let a = send(&app, &spec.method, &path, &headers, body_for(&spec.method)).await;
            let refused = matches!(
                a.code.as_deref(),
                Some("foreign_host" | "cross_site" | "unsupported_media_type" | "method_not_allowed")
            );
            assert!(!refused, "{} {} with {headers:?}: {:?} {}", spec.method, spec.path, a.code, a.message);
        }
    }

    // The static UI: a foreign Host is refused too; the page carries the security headers.
    let a = send(&app, &Method::GET, "/", &[("host", "evil.example:7878")], "").await;
    assert_eq!(a.status, StatusCode::FORBIDDEN);
    let a = send(&app, &Method::GET, "/", &[host], "").await;
    assert_eq!(a.status, StatusCode::OK);
    let csp = a.headers.get("content-security-policy").and_then(|v| v.to_str().ok()).unwrap_or_default();
    assert!(csp.contains("frame-ancestors 'none'") && csp.contains("connect-src 'self'"), "{csp}");
    assert_eq!(a.headers.get("x-frame-options").map(|v| v.as_bytes()), Some(&b"DENY"[..]));
    assert_eq!(a.headers.get("referrer-policy").map(|v| v.as_bytes()), Some(&b"no-referrer"[..]));
    assert_eq!(a.headers.get("x-content-type-options").map(|v| v.as_bytes()), Some(&b"nosniff"[..]));
    // Refusals carry them as well, and speak the reader's language.
    let a = send(
        &app,
        &Method::POST,
        "/api/healing/pause",
        &[host, ("origin", "http://evil.example"), ("accept-language", "de-CH, de;q=0.9")],
        "",
    )
    .await;
    assert!(a.headers.contains_key("content-security-policy"));
    assert!(a.message.starts_with("Abgelehnt"), "{}", a.message);
    g.shutdown().await.unwrap();
}

#[tokio::test]
async fn undeclared_methods_answer_405_with_the_declared_ones() {
    let dir = tempfile::tempdir().unwrap();
    let g = guard(dir.path(), false).await;
    let (app, table) = router_for(AppState { guard: g.clone() }, None, LOCAL.parse().unwrap());
    let mut paths: Vec<&str> = table.specs().iter().map(|s| s.path.as_str()).collect();
    paths.dedup();
    let mut checked = 0;
    for path in paths {
        let declared = table.methods(path);
        for m in [Method::GET, Method::HEAD, Method::POST, Method::PUT, Method::DELETE, Method::PATCH, Method::OPTIONS]
        {
            if declared.contains(&m) {
                continue;
            }
            let a = send(&app, &m, &concrete(path), &[("host", LOCAL)], "").await;
            assert_eq!(a.status, StatusCode::METHOD_NOT_ALLOWED, "{m} {path}");
            let allow = a.headers.get(header::ALLOW).and_then(|v| v.to_str().ok()).unwrap_or_default().to_string();
            for d in &declared {
                assert!(allow.contains(d.as_str()), "{m} {path}: Allow {allow}");
            }
            if m != Method::HEAD {
                assert_eq!(a.code.as_deref(), Some("method_not_allowed"), "{m} {path}");
                assert!(a.message.contains(m.as_str()), "{}", a.message);
            }
            checked += 1;
        }
    }
    assert!(checked > 100, "{checked}");
    g.shutdown().await.unwrap();
}

#[tokio::test]
async fn a_token_in_the_query_is_taken_only_on_the_event_stream() {
    let dir = tempfile::tempdir().unwrap();
    let g = guard(dir.path(), true).await;
    let (app, table) = router_for(AppState { guard: g.clone() }, None, LOCAL.parse().unwrap());
    let sec = g.security();
    sec.create_user("admin", "admin", PW, "test").await.unwrap();
    let t = sec.authenticate("admin", PW, "127.0.0.1").await.unwrap().token;
    let q = format!("access_token={t}");
    let mut checked = 0;
    for spec in table.specs().iter().filter(|s| {
        s.method == Method::GET && s.path.starts_with("/api/") && s.path != super::super::secure::QUERY_TOKEN_PATH
    }) {
        let path = concrete(&spec.path);
        let access = table.access(&spec.method, &spec.path).unwrap();
        if access == crate::routes::secure::Access::Public {
            continue;
        }
        let a = send(&app, &Method::GET, &format!("{path}?{q}"), &[("host", LOCAL)], "").await;
        assert_eq!(a.status, StatusCode::UNAUTHORIZED, "{path}?access_token=");
        let auth = format!("Bearer {t}");
        let a = send(&app, &Method::GET, &path, &[("host", LOCAL), ("authorization", &auth)], "").await;
        assert!(a.status != StatusCode::UNAUTHORIZED, "{path} with the header");
        checked += 1;
    }
    assert!(checked >= 20, "{checked}");
    let a = send(&app, &Method::GET, &format!("/api/events?{q}"), &[("host", LOCAL)], "").await;
    assert_eq!(a.status, StatusCode::OK, "the event stream takes the query token");
    g.shutdown().await.unwrap();
}

#[test]
fn host_names_the_server_answers_to() {
    let server = |hosts: &[&str]| ServerSettings {
        listen: LOCAL.parse().unwrap(),
        tls: None,
        allowed_hosts: hosts.iter().map(|h| h.to_string()).collect(),
        limits: Default::default(),
    };
    let local: SocketAddr = LOCAL.parse().unwrap();
    let p = SitePolicy::new(&server(&["guard.lab.example", "10.0.0.5:9000"]), local);
    for (host, ok) in [
        ("127.0.0.1:7878", true),
        ("localhost:7878", true),
        ("LOCALHOST:7878", true),
        ("[::1]:7878", true),
        ("127.0.0.1", true),
        ("127.0.0.1:7879", false),
        ("localhost:80", false),
        ("evil.example:7878", false),
        ("localhost.evil.example:7878", false),
        ("127.0.0.2:7878", false),
        ("guard.lab.example", true),
        ("guard.lab.example:443", true),
        ("10.0.0.5:9000", true),
        ("10.0.0.5:7878", false),
        ("127.0.0.1:notaport", false),
        ("", false),
    ] {
        assert_eq!(p.allows_host(host), ok, "{host}");
    }
    // A specific address is one of the names; the unspecified one is not.
    let p = SitePolicy::new(&server(&[]), "127.0.0.3:7000".parse().unwrap());
    assert!(p.allows_host("127.0.0.3:7000") && p.allows_host("localhost:7000") && !p.allows_host("127.0.0.3:7001"));
    let p = SitePolicy::new(&server(&[]), "0.0.0.0:7000".parse().unwrap());
    assert!(!p.allows_host("0.0.0.0:7000") && p.allows_host("127.0.0.1:7000"));
}

#[tokio::test]
async fn a_report_period_longer_than_the_cap_is_a_clear_400() {
    let dir = tempfile::tempdir().unwrap();
    let g = guard(dir.path(), false).await;
    let (app, _) = router_for(AppState { guard: g.clone() }, None, LOCAL.parse().unwrap());
    let host = ("host", LOCAL);
    // The period that took 830 MB, and one day over the default 400.
    for (from, to, days) in [("0001-01-01", "50000-01-01", None), ("2025-01-01", "2026-02-06", Some("401"))] {
        for (method, path, body) in [
            (Method::GET, format!("/api/reports?from={from}&to={to}"), String::new()),
            (Method::POST, "/api/reports".to_string(), format!("{{\"from\":\"{from}\",\"to\":\"{to}\"}}")),
        ] {
            let a = send(&app, &method, &path, &[host, ("content-type", "application/json")], &body).await;
            if from == "0001-01-01" && a.status == StatusCode::BAD_REQUEST && a.message.contains("invalid date") {
                continue; // a five-digit year is not a date either: refused before any work
            }
            assert_eq!(
                (a.status, a.code.as_deref()),
                (StatusCode::BAD_REQUEST, Some("bad_request")),
                "{method} {path}: {}",
                a.message
            );
            assert!(
                a.message.contains("pipeline.compliance.report_max_period") && a.message.contains("400"),
                "{}",
                a.message
            );
            if let Some(d) = days {
                assert!(a.message.contains(d), "{}", a.message);
            }
        }
    }
    let a = send(&app, &Method::GET, "/api/reports?from=0001-01-01&to=4000-01-01", &[host], "").await;
    assert_eq!(a.status, StatusCode::BAD_REQUEST);
    assert!(a.message.contains("report_max_period"), "{}", a.message);
    // In the report's language.
    let a = send(&app, &Method::GET, "/api/reports?from=2020-01-01&to=2022-01-01&lang=de", &[host], "").await;
    assert!(a.message.contains("Tage") && a.message.contains("report_max_period"), "{}", a.message);
    // Within the cap, a report is built.
    let a = send(&app, &Method::GET, "/api/reports?from=2025-01-01&to=2026-01-01", &[host], "").await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.message);
    g.shutdown().await.unwrap();
}
