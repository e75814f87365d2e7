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
