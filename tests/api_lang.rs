//! The HTTP API's error answers say their words through Fluent (issue 17). A development
//! server started with `PG_PSEUDO=1` says English as the pseudo-locale `en-XA` (each message
//! between ⟦ ⟧). Every route of the boundary table (`guard_engine::boundary::ops::OPS`, so a
//! new route is walked too) is called with what makes it fail: an unknown component, incident,
//! channel, region or account, a query that does not parse, bodies that are not what it expects,
//! an unknown `lang`. A `{code, message}` answer whose message has words outside the markers
//! (other than the names the test sent) bypassed Fluent. What a parser said (serde's
//! "missing field `config`") stays an argument, inside the markers.

use std::process::{Child, Command, Stdio};
use std::time::Duration;

use guard_e2e::{bin, free_port, get, http_with_headers, wait_until};

/// What the test sends that an answer may show back as it is.
const SENT: &[&str] = &["nosuch", "999999", "atlantis", "nope", "tlh", "bad"];

/// The child, its port, and the directory of its config and database (removed after it).
struct Server(Child, u16, #[allow(dead_code)] tempfile::TempDir);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn serve_pseudo(config: &str) -> Server {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("guard.yaml");
    std::fs::write(&cfg, config).unwrap();
    let port = free_port();
    let child = Command::new(bin("pipeline-guard"))
        .args(["serve", "--config"])
        .arg(&cfg)
        .arg("--db")
        .arg(dir.path().join("guard.db"))
        .args(["--listen", &format!("127.0.0.1:{port}")])
        .env("PIPELINE_LOG", "warn")
        .env("PG_PSEUDO", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let s = Server(child, port, dir);
    wait_until(Duration::from_secs(20), || get(port, "/health").is_ok_and(|(st, _)| st == 200));
    s
}

/// The words of `text` outside the pseudo-locale's markers, other than what the test sent.
fn leaks(text: &str) -> Vec<String> {
    let mut rest = text.to_string();
    while let Some(close) = rest.find(guard_i18n::PSEUDO_CLOSE) {
        let Some(open) = rest[..close].rfind(guard_i18n::PSEUDO_OPEN) else { break };
        rest.replace_range(open..close + guard_i18n::PSEUDO_CLOSE.len_utf8(), " ");
    }
    rest.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| w.chars().any(|c| c.is_ascii_alphabetic()) && !SENT.contains(w))
        .map(str::to_string)
        .collect()
}

const LAB: &str = "components:\n  - name: web\n    check: { tcp: { addr: \"127.0.0.1:9\" } }\n";

/// Every route of the table called so that it fails; (operation, message) of each `{code,
/// message}` answer with English outside the markers, and how many error answers there were.
fn walk(port: u16) -> (Vec<(String, String)>, usize) {
    let mut english: Vec<(String, String)> = Vec::new();
    let mut errors = 0;
    for op in guard_engine::boundary::ops::OPS {
        let Some((method, path)) = op.http else { continue };
        if path.ends_with("/events") {
            continue; // the event stream never ends
        }
        let path = path
            .replace("{name}", "nosuch")
            .replace("{id}", "999999")
            .replace("{region}", "atlantis")
            .replace("{jti}", "nope");
        let queries = ["?lang=en-XA", "?lang=en-XA&from=x&to=x&limit=x&step=0", "?lang=tlh"];
        let bodies: &[&str] = if method == "GET" { &[""] } else { &["{}", "{\"bad\":", "[]", "{\"bad\": 1}"] };
        for q in queries {
            for body in bodies {
                let (status, answer) =
                    http_with_headers(port, method, &format!("{path}{q}"), &[("accept-language", "en-XA")], body);
                let Ok(v) = serde_json::from_str::<serde_json::Value>(&answer) else { continue };
                let Some(message) = v.get("message").and_then(|m| m.as_str()) else { continue };
                assert!(status >= 400, "{} {path}{q}: {status} with a message: {answer}", op.name);
                errors += 1;
                if !leaks(message).is_empty() {
                    english.push((op.name.to_string(), message.to_string()));
                }
            }
        }
    }
    (english, errors)
}

#[test]
fn every_error_answer_of_every_route_is_said_through_fluent() {
    let s = serve_pseudo(LAB);
    let offered = get(s.1, "/api/dev/pseudo-locales").unwrap();
    assert_eq!(offered, (200, "[\"en-XA\",\"ar-XB\"]".to_string()), "a debug build with PG_PSEUDO=1 offers them");
    let (english, errors) = walk(s.1);
    assert!(errors > 100, "only {errors} error answers: the walk did not reach the routes");
    assert!(english.is_empty(), "error answers said in English:\n{english:#?}");
    // With security on and no account yet, the gate refuses: its refusals too.
    let secure = serve_pseudo(&format!("pipeline:\n  security: {{ enabled: true }}\n{LAB}"));
    let (english, errors) = walk(secure.1);
    assert!(errors > 100, "only {errors} refusals with security on");
    assert!(english.is_empty(), "refusals said in English:\n{english:#?}");
    // The check itself sees an English word, and none in a marked message with what was sent.
    assert_eq!(leaks("unknown component `nosuch`"), ["unknown", "component"]);
    assert!(leaks("⟦ŭŭƞķƞǿǿẇƞ ƈǿǿḿƥǿǿƞḗḗƞŧ `nosuch`⟧").is_empty());
}

/// An error is said in the signed-in account's saved UI language when the request names no
/// `lang`: `?lang=` first, then the account's language, then `Accept-Language`, then English.
/// The answer carries the message itself too (`msg`), for the UI to say in its own language.
#[test]
fn errors_are_said_in_the_accounts_saved_language() {
    let s = serve_pseudo(&format!("pipeline:\n  security: {{ enabled: true }}\n{LAB}"));
    let db = s.2.path().join("guard.db").display().to_string();
    for name in ["maria", "kenji"] {
        let (code, _, err) =
            guard_e2e::cli(&["user", "add", name, "--role", "admin", "--db", &db], "correct horse battery\n");
        assert_eq!(code, 0, "{err}");
    }
    let login = |user: &str| {
        let body = serde_json::json!({ "username": user, "password": "correct horse battery" }).to_string();
        let (st, answer) = guard_e2e::http(s.1, "POST", "/api/login", None, Some(&body));
        assert_eq!(st, 200, "{answer}");
        serde_json::from_str::<serde_json::Value>(&answer).unwrap()["token"].as_str().unwrap().to_string()
    };
    let (maria, kenji) = (login("maria"), login("kenji"));
    let (st, answer) = guard_e2e::http(s.1, "PUT", "/api/account/language", Some(&maria), Some(r#"{"language":"de"}"#));
    assert_eq!(st, 200, "{answer}");
    // (status, message, msg id) of an unknown component asked for by `token` with `headers`.
    let ask = |token: &str, query: &str, accept: Option<&str>| {
        let auth = format!("Bearer {token}");
        let mut headers = vec![("authorization", auth.as_str())];
        if let Some(a) = accept {
            headers.push(("accept-language", a));
        }
        let (st, answer) = http_with_headers(s.1, "GET", &format!("/api/components/nosuch{query}"), &headers, "");
        let v: serde_json::Value = serde_json::from_str(&answer).unwrap_or_else(|_| panic!("{answer}"));
        (st, v["message"].as_str().unwrap_or_default().to_string(), v["msg"]["id"].as_str().map(str::to_string))
    };
    let (st, message, id) = ask(&maria, "", Some("ja"));
    assert_eq!(st, 404);
    assert_eq!(message, "unbekannte Komponente `nosuch`", "the saved language before Accept-Language");
    assert_eq!(id.as_deref(), Some("api-error-unknown-component"), "the answer carries its message");
    assert_eq!(ask(&maria, "", None).1, "unbekannte Komponente `nosuch`");
    assert_eq!(ask(&maria, "?lang=fr", Some("ja")).1, "composant inconnu `nosuch`", "?lang= first");
    // An account without a saved language: Accept-Language, else English (said as en-XA here).
    assert_eq!(ask(&kenji, "", Some("ja")).1, "不明なコンポーネント `nosuch`");
    let (_, message, _) = ask(&kenji, "", None);
    assert!(message.starts_with(guard_i18n::PSEUDO_OPEN), "{message}");
    // Cleared, maria's errors follow the request again.
    let (st, _) = guard_e2e::http(s.1, "PUT", "/api/account/language", Some(&maria), Some(r#"{"language":null}"#));
    assert_eq!(st, 200);
    assert_eq!(ask(&maria, "", Some("ja")).1, "不明なコンポーネント `nosuch`");
}
