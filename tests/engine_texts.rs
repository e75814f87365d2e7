//! What a check finds reaches an incident in the reader's language: a real guard checks a real
//! HTTP server on loopback that answers 500, and `/api/incidents?lang=…` says the reason, the
//! check's issue included, in German, Japanese and Arabic. The expected text is the catalog's
//! own rendering of the messages the engine must store (`incident-reason-check` with the
//! `check-http-status` issue), so an issue kept as English text fails.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::time::Duration;

use guard_e2e::*;
use guard_i18n::{BidiIsolation, Lang, Localizer};
use serde_json::Value;

/// A loopback server that answers every request with HTTP 500.
fn failing_server() -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = l.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for mut s in l.incoming().flatten() {
            let mut buf = [0u8; 2048];
            let _ = s.set_read_timeout(Some(Duration::from_secs(2)));
            let _ = s.read(&mut buf);
            let _ = s
                .write_all(b"HTTP/1.1 500 Internal Server Error\r\ncontent-length: 4\r\nconnection: close\r\n\r\noops");
        }
    });
    port
}

#[test]
fn a_check_issue_is_said_in_the_language_asked_for() {
    let port = failing_server();
    let url = format!("http://127.0.0.1:{port}/health");
    let g = Guard::serve(&format!(
        "pipeline:\n  monitoring: {{ interval: 300ms, health_check_timeout: 1s }}\ncomponents:\n  - name: web\n    check: {{ http: {{ url: \"{url}\" }} }}\n"
    ));
    let web = |query: &str| -> Value {
        let list = g.get_json(&format!("/api/incidents{query}"));
        list.as_array().unwrap().iter().find(|i| i["component"] == "web").cloned().unwrap_or(Value::Null)
    };
    wait_until(Duration::from_secs(20), || !web("").is_null());
    assert_eq!(web("")["reason_id"], "incident-reason-check", "{:#}", web(""));

    let loc = Localizer::embedded().with_bidi(BidiIsolation::Never);
    let plain = |s: &str| s.replace(['\u{2068}', '\u{2069}'], "");
    let expected = |lang: Lang| {
        let issue = loc.translate_with(
            "check-http-status",
            lang,
            &[("code", "500".into()), ("url", url.as_str().into()), ("expected", "200".into())],
        );
        loc.translate_with("incident-reason-check", lang, &[("issues", issue.into())])
    };
    let english = expected(Lang::En);
    assert_eq!(plain(web("")["reason"].as_str().unwrap()), english);
    assert!(english.contains(&format!("HTTP 500 from {url} (expected 200)")), "{english}");
    for lang in [Lang::De, Lang::Ja, Lang::Ar] {
        let inc = web(&format!("?lang={}", lang.code()));
        let reason = plain(inc["reason"].as_str().unwrap());
        assert_eq!(reason, expected(lang), "{lang}");
        assert!(!reason.contains(" from ") && !reason.contains("expected"), "{lang}: English left in {reason}");
        // The timeline's first entry is the same reason.
        assert_eq!(plain(inc["timeline"][0]["detail"].as_str().unwrap()), reason, "{lang}");
    }
}

/// The status history keeps a check's issues as messages, and every reader says them in its
/// own language: the row in `status_changes.issues`, the component's live view and timeline
/// (the UI says their messages with `sayMsg`; here the engine's `render` does, over the same
/// catalogs), and a compliance report in Japanese, from the healer's incidents and from the
/// status history alone. A row written before issues were messages (a JSON array of English
/// strings, put into a real SQLite file with sqlx) still reads and says its text as stored.
#[test]
fn the_status_history_keeps_issues_as_messages_for_every_reader() {
    use guard_engine::heal::timeline::{Msg, render};

    let port = failing_server();
    let url = format!("http://127.0.0.1:{port}/health");
    let mut g = Guard::serve(&format!(
        "pipeline:\n  monitoring: {{ interval: 300ms, health_check_timeout: 1s }}\ncomponents:\n  - name: web\n    check: {{ http: {{ url: \"{url}\" }} }}\n"
    ));
    let loc = Localizer::embedded().with_bidi(BidiIsolation::Never);
    let issue = |lang: Lang| {
        loc.translate_with(
            "check-http-status",
            lang,
            &[("code", "500".into()), ("url", url.as_str().into()), ("expected", "200".into())],
        )
    };
    let english = issue(Lang::En);
    assert!(english.contains(&format!("HTTP 500 from {url} (expected 200)")), "{english}");
    let msg = |v: &Value| -> Msg { serde_json::from_value(v.clone()).unwrap_or_else(|e| panic!("{e}: {v:#}")) };
    let say = |v: &Value, lang: Lang| render(&loc, lang, &msg(v)).unwrap_or_else(|| panic!("no such message: {v:#}"));
    // An issue said in `lang`: the translation, no English sentence left.
    let translated = |s: &str, lang: Lang| {
        assert!(s.contains(&issue(lang)), "{lang}: {s:?} lacks {:?}", issue(lang));
        assert!(!s.contains(" from ") && !s.contains("expected"), "{lang}: English left in {s:?}");
    };

    // The timeline (which flushes the history writer first) has the change to `failed`.
    let failed_entry = || -> Value {
        let tl = g.get_json("/api/components/web/timeline");
        tl.as_array().unwrap().iter().find(|e| e["kind"] == "status_failed").cloned().unwrap_or(Value::Null)
    };
    wait_until(Duration::from_secs(20), || !failed_entry().is_null());
    let entry = failed_entry();

    // The row: a JSON array of messages, the peer's words (the URL) an argument.
    let stored = sqlite(
        &g.db(),
        "SELECT issues FROM status_changes WHERE component = 'web' AND to_status = 'failed' ORDER BY ts_ms LIMIT 1",
    );
    let row: Value = serde_json::from_str(&stored).unwrap();
    assert_eq!(row[0]["id"], "check-http-status", "{row:#}");
    assert_eq!(row[0]["args"]["url"], url.as_str(), "{row:#}");
    assert_eq!(row[0]["args"]["code"], "500", "{row:#}");
    assert!(!stored.contains(" from "), "an English sentence stored: {stored}");

    // The timeline's entry: the issues as a list of messages, said in German and Japanese.
    assert_eq!(entry["detail"]["id"], "component-timeline-status-issues", "{entry:#}");
    assert_eq!(entry["detail"]["args"]["issues"][0], row[0], "{entry:#}");
    assert!(say(&entry["detail"], Lang::En).ends_with(&format!("→ Failed: {english}")), "{entry:#}");
    for lang in [Lang::De, Lang::Ja] {
        translated(&say(&entry["detail"], lang), lang);
    }
    // The live view and the event stream's samples carry the same messages.
    let view = g.get_json("/api/components/web");
    assert_eq!(view["issues"][0]["id"], "check-http-status", "{view:#}");
    translated(&say(&view["issues"][0], Lang::Ja), Lang::Ja);

    // A report in Japanese over the live guard (incidents from the healer): the issue in Japanese.
    let today = (std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() / 86_400) as i64;
    let (from, to) = (ymd(today - 1), ymd(today + 1));
    let report = |port: u16| -> Value {
        let (status, body) =
            get(port, &format!("/api/reports?from={from}&to={to}&standards=gdpr&lang=ja&format=json")).unwrap();
        assert_eq!(status, 200, "{body}");
        serde_json::from_str(&body).unwrap()
    };
    let json = report(g.port);
    let inc = json["incidents"].as_array().unwrap().iter().find(|i| i["component"] == "web").unwrap().clone();
    translated(&inc["summary"].as_str().unwrap().replace(['\u{2068}', '\u{2069}'], ""), Lang::Ja);
    let t_failed = entry["at_ms"].as_i64().unwrap();
    g.signal(libc::SIGTERM);
    let _ = g.child.wait();

    // A database whose history has only status changes (the healer never ran): one row as the
    // guard wrote it above, one in the old format, English text.
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("guard.db");
    let legacy = "HTTP 502 from http://legacy.example/health (expected 200)";
    let t_legacy = t_failed + 1_000;
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(async {
        let pool = guard_engine::history::open_pool(&db).await.unwrap();
        for (component, at, from_status, to_status, issues) in [
            ("web", t_failed - 60_000, "unknown", "healthy", "[]".to_string()),
            ("web", t_failed, "healthy", "failed", stored.clone()),
            ("web", t_failed + 60_000, "failed", "healthy", "[]".to_string()),
            ("legacy", t_legacy - 60_000, "unknown", "healthy", "[]".to_string()),
            ("legacy", t_legacy, "healthy", "failed", serde_json::json!([legacy]).to_string()),
            ("legacy", t_legacy + 60_000, "failed", "healthy", "[]".to_string()),
        ] {
            sqlx::query(
                "INSERT INTO status_changes (component, ts_ms, from_status, to_status, issues) VALUES (?, ?, ?, ?, ?)",
            )
            .bind(component)
            .bind(at)
            .bind(from_status)
            .bind(to_status)
            .bind(issues)
            .execute(&pool)
            .await
            .unwrap();
        }
        // The supervisor's restarts (no healing action in this database): one exit by status, one
        // by signal, each followed by the new process.
        for (at, kind, pid, code, signal) in [
            (t_legacy + 2_000, "exited", 4242, Some(3), None),
            (t_legacy + 2_500, "started", 4250, None, None),
            (t_legacy + 3_000, "exited", 4250, None, Some(9)),
            (t_legacy + 3_500, "started", 4251, None, None),
        ] {
            sqlx::query(
                "INSERT INTO process_events (component, instance, ts_ms, kind, pid, exit_code, signal) VALUES ('legacy', 0, ?, ?, ?, ?, ?)",
            )
            .bind(at)
            .bind(kind)
            .bind(pid)
            .bind(code)
            .bind(signal)
            .execute(&pool)
            .await
            .unwrap();
        }
        // The engine's typed read: a message, and the old text kept whole as `check-issue-legacy`.
        let rows = guard_engine::store::history::status_changes_in(&pool, 0, i64::MAX).await.unwrap();
        let failed =
            |c: &str| rows.iter().find(|r| r.component == c && r.to_status == "failed").unwrap().issues.clone();
        assert_eq!(failed("web")[0].id, "check-http-status");
        assert_eq!(failed("legacy"), vec![Msg::new("check-issue-legacy").text("text", legacy)]);
        pool.close().await;
    });

    // A guard on that database (its one component answers, so the healer opens no incident):
    // the timeline says the old row's text as stored, in any language.
    let old = Guard::serve_in(
        dir,
        &format!(
            "components:\n  - name: legacy\n    check: {{ tcp: {{ addr: \"127.0.0.1:{port}\" }}, interval: 1h }}\n"
        ),
    );
    let tl = old.get_json("/api/components/legacy/timeline");
    let e = tl.as_array().unwrap().iter().find(|e| e["at_ms"] == t_legacy).unwrap_or_else(|| panic!("{tl:#}")).clone();
    for lang in [Lang::De, Lang::Ja] {
        let s = say(&e["detail"], lang);
        assert!(s.ends_with(legacy), "{lang}: {s:?}");
        assert!(s.starts_with(&loc.translate("status-healthy", lang)), "{lang}: {s:?}");
    }

    // Its report in Japanese: incidents from the status history, each summary said in Japanese
    // (the old row's text as stored), in the JSON and the HTML; the JSON carries the message too.
    let fetch = |format: &str| -> String {
        let (status, body) =
            get(old.port, &format!("/api/reports?from={from}&to={to}&standards=gdpr&lang=ja&format={format}")).unwrap();
        assert_eq!(status, 200, "{body}");
        body.replace(['\u{2068}', '\u{2069}'], "")
    };
    let json: Value = serde_json::from_str(&fetch("json")).unwrap();
    let summary_of =
        |c: &str| json["incidents"].as_array().unwrap().iter().find(|i| i["component"] == c).unwrap().clone();
    let web = summary_of("web");
    assert!(web["id"].as_str().unwrap().starts_with("sc-"), "not from the status history: {web:#}");
    translated(web["summary"].as_str().unwrap(), Lang::Ja);
    assert_eq!(web["summary_message"]["id"], "check-issue-list", "{web:#}");
    assert_eq!(web["summary_message"]["args"]["issues"][0], row[0], "{web:#}");
    assert_eq!(summary_of("legacy")["summary"], legacy);
    // The supervisor's restarts say how the process ended in Japanese, the message beside it.
    let restarts: Vec<Value> = json["healing_actions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["action"] == "supervisor_restart")
        .cloned()
        .collect();
    let said = |m: Msg| guard_engine::heal::timeline::render(&loc, Lang::Ja, &m).unwrap();
    let expected = [
        said(Msg::new("process-exited-status").text("pid", 4242).text("code", 3)),
        said(Msg::new("process-killed-signal").text("pid", 4250).text("signal", 9)),
    ];
    assert_eq!(restarts.len(), 2, "{restarts:#?}");
    for (a, want) in restarts.iter().zip(&expected) {
        assert_eq!(a["detail"].as_str().unwrap().replace(['\u{2068}', '\u{2069}'], ""), *want, "{a:#}");
        assert!(!want.contains("exited") && !want.contains("signal 9"), "not Japanese: {want}");
        assert!(a["detail_message"]["id"].as_str().unwrap().starts_with("process-"), "{a:#}");
    }
    let html = fetch("html");
    assert!(html.contains("<html lang=\"ja\""));
    assert!(html.contains(&issue(Lang::Ja)), "the Japanese issue is not in the HTML report");
    assert!(!html.contains(&english), "the English issue is in the Japanese HTML report");
}
