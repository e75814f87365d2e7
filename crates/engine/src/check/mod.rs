//! Health checks: one module per kind behind the closed [`CheckKind`] enum. A check returns a
//! [`CheckOutcome`] value and never touches shared state; the scheduler records it.

mod command;
mod http;
pub mod node;
mod process;
pub mod prometheus;
pub mod promql;
mod tcp;

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use crate::config::{CheckKind, CheckSpec};
pub use crate::heal::timeline::Msg;
use crate::model::Status;

/// What one run of a check saw.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckOutcome {
    pub status: Status,
    pub latency: Duration,
    /// Named measurements (`response_time_seconds`, `cpu_usage`, `memory_bytes`, …).
    pub metrics: BTreeMap<String, f64>,
    /// Problems found, empty when healthy: Fluent messages (`locales/<lang>/engine-texts.ftl`)
    /// with the peer's or the OS's own words as arguments, kept as messages wherever they go
    /// (the live view, the status history, incident reasons) and said in the reader's language
    /// where they are shown; [`CheckOutcome::english`] for logs and tests.
    pub issues: Vec<Msg>,
}

impl CheckOutcome {
    pub fn healthy(latency: Duration) -> Self {
        CheckOutcome { status: Status::Healthy, latency, metrics: BTreeMap::new(), issues: Vec::new() }
    }
    pub fn failed(latency: Duration, issue: Msg) -> Self {
        CheckOutcome { status: Status::Failed, latency, metrics: BTreeMap::new(), issues: vec![issue] }
    }
    /// The issues in English (logs, tests).
    pub fn english(&self) -> Vec<String> {
        self.issues.iter().map(Msg::english).collect()
    }
    pub fn with_metric(mut self, name: &str, v: f64) -> Self {
        self.metrics.insert(name.to_string(), v);
        self
    }
}

/// Issues as stored in `status_changes.issues` (migration 0001, a JSON TEXT column): an array
/// of messages, `[{"id": "check-http-status", "args": {…}}]`.
pub fn issues_json(issues: &[Msg]) -> String {
    serde_json::to_string(issues).unwrap_or_else(|_| "[]".into())
}

/// One stored issue: a message, or the English text rows written before issues were stored as
/// messages held (`["HTTP 500 from … (expected 200)"]`).
#[derive(serde::Deserialize)]
#[serde(untagged)]
enum StoredIssue {
    Msg(Msg),
    Text(String),
}

/// The issues of a stored `status_changes.issues` value. An old row's English text is kept
/// whole as the message `check-issue-legacy` (said as it is, in every language); a value that
/// is not a JSON array at all (never written by the guard) is kept the same way, so nothing
/// stored is lost.
pub fn issues_from_json(stored: &str) -> Vec<Msg> {
    let legacy = |text: String| Msg::new("check-issue-legacy").text("text", text);
    match serde_json::from_str::<Vec<StoredIssue>>(stored) {
        Ok(list) => list
            .into_iter()
            .map(|i| match i {
                StoredIssue::Msg(m) => m,
                StoredIssue::Text(t) => legacy(t),
            })
            .collect(),
        Err(_) if stored.trim().is_empty() => Vec::new(),
        Err(_) => vec![legacy(stored.to_string())],
    }
}

/// What a check may read: shared HTTP clients and the supervised child's pid.
#[derive(Debug, Clone)]
pub struct CheckContext {
    pub http: reqwest::Client,
    pub http_insecure: reqwest::Client,
    /// Pid of the supervised child, if the component has one and it is running.
    pub pid: Option<u32>,
}

impl CheckContext {
    pub fn new() -> Self {
        let build = |verify: bool| {
            reqwest::Client::builder()
                .danger_accept_invalid_certs(!verify)
                .pool_idle_timeout(Duration::from_secs(30))
                .pool_max_idle_per_host(64)
                .redirect(reqwest::redirect::Policy::limited(3))
                .user_agent(concat!("pipeline-guard/", env!("CARGO_PKG_VERSION")))
                .build()
                .expect("the TLS backend initialises")
        };
        CheckContext { http: build(true), http_insecure: build(false), pid: None }
    }

    pub fn with_pid(&self, pid: Option<u32>) -> Self {
        CheckContext { pid, ..self.clone() }
    }
}

impl Default for CheckContext {
    fn default() -> Self {
        Self::new()
    }
}

/// Run one check with its hard timeout. A check that overruns is `failed` with a timeout issue.
pub async fn run(spec: &CheckSpec, cx: &CheckContext) -> CheckOutcome {
    let started = Instant::now();
    let fut = async {
        match &spec.kind {
            CheckKind::Http(h) => http::run(h, cx, spec.timeout).await,
            CheckKind::Tcp(t) => tcp::run(t).await,
            CheckKind::Command(c) => command::run(c).await,
            CheckKind::Process => process::run(cx.pid),
            CheckKind::Prometheus(p) => prometheus::run(p, cx).await,
            CheckKind::Promql(p) => promql::run(p, cx).await,
            CheckKind::Node(n) => node::run(n, cx).await,
        }
    };
    match tokio::time::timeout(spec.timeout, fut).await {
        Ok(outcome) => outcome,
        Err(_) => CheckOutcome::failed(
            started.elapsed(),
            Msg::new("check-timed-out").text("kind", spec.kind.name()).duration("after", spec.timeout),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use guard_i18n::Lang;

    fn http_500() -> Msg {
        Msg::new("check-http-status").text("code", 500).text("url", "http://127.0.0.1:9/health").text("expected", 200)
    }

    /// Issues are stored as messages and read back as they were; rows of the old format (English
    /// strings) keep their text whole and say it as stored in every language.
    #[test]
    fn stored_issues_round_trip_and_old_rows_keep_their_text() {
        let issues = vec![http_500(), Msg::new("check-issue-starting").msg("issue", Msg::verbatim("refused"))];
        let json = issues_json(&issues);
        assert!(json.starts_with(r#"[{"id":"check-http-status","args":{"#), "{json}");
        assert_eq!(issues_from_json(&json), issues);
        assert_eq!(issues_from_json("[]"), Vec::<Msg>::new());
        assert_eq!(issues_from_json(""), Vec::<Msg>::new());

        let old = r#"["HTTP 500 from http://127.0.0.1:9/health (expected 200)","timed out"]"#;
        let read = issues_from_json(old);
        assert_eq!(
            read,
            vec![
                Msg::new("check-issue-legacy").text("text", "HTTP 500 from http://127.0.0.1:9/health (expected 200)"),
                Msg::new("check-issue-legacy").text("text", "timed out"),
            ]
        );
        // A mix (never written, but each element stands alone), and a value that is not JSON.
        let mixed = format!(r#"[{}, "timed out"]"#, serde_json::to_string(&http_500()).unwrap());
        assert_eq!(
            issues_from_json(&mixed),
            vec![http_500(), Msg::new("check-issue-legacy").text("text", "timed out")]
        );
        assert_eq!(issues_from_json("not json"), vec![Msg::new("check-issue-legacy").text("text", "not json")]);

        let loc = guard_i18n::Localizer::embedded().with_bidi(guard_i18n::BidiIsolation::Never);
        for lang in [Lang::En, Lang::De, Lang::Ja, Lang::Ar] {
            assert_eq!(crate::heal::timeline::render(&loc, lang, &read[1]).as_deref(), Some("timed out"), "{lang}");
        }
        let say = |lang| crate::heal::timeline::render(&loc, lang, &issues[0]).unwrap();
        assert_eq!(say(Lang::En), "HTTP 500 from http://127.0.0.1:9/health (expected 200)");
        assert_eq!(say(Lang::De), "HTTP 500 von http://127.0.0.1:9/health (erwartet: 200)");
    }

    /// A status change's timeline entry carries the issues as messages, said in the language.
    #[test]
    fn a_status_change_says_its_issues_in_the_language() {
        let loc = guard_i18n::Localizer::embedded().with_bidi(guard_i18n::BidiIsolation::Never);
        let legacy = Msg::new("check-issue-legacy").text("text", "HTTP 502 from http://old/ (expected 200)");
        let entry = crate::api::TimelineEntry::status_change("healthy", "failed", &[http_500(), legacy]);
        let say = |lang| crate::heal::timeline::render(&loc, lang, &entry).unwrap();
        assert_eq!(
            say(Lang::En),
            "Healthy → Failed: HTTP 500 from http://127.0.0.1:9/health (expected 200); HTTP 502 from http://old/ (expected 200)"
        );
        assert_eq!(
            say(Lang::De),
            "Fehlerfrei → Ausgefallen: HTTP 500 von http://127.0.0.1:9/health (erwartet: 200); HTTP 502 from http://old/ (expected 200)"
        );
        assert!(
            say(Lang::Ja).starts_with("正常 → 障害：http://127.0.0.1:9/health から HTTP 500（期待値 200）"),
            "{}",
            say(Lang::Ja)
        );
        let none = crate::api::TimelineEntry::status_change("failed", "healthy", &[]);
        assert_eq!(none.id, "component-timeline-status");
    }
}
