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
    /// with the peer's or the OS's own words as arguments, said in the reader's language where
    /// they are shown (incident reasons); [`CheckOutcome::english`] for logs and the live API.
    pub issues: Vec<Msg>,
}

impl CheckOutcome {
    pub fn healthy(latency: Duration) -> Self {
        CheckOutcome { status: Status::Healthy, latency, metrics: BTreeMap::new(), issues: Vec::new() }
    }
    pub fn failed(latency: Duration, issue: Msg) -> Self {
        CheckOutcome { status: Status::Failed, latency, metrics: BTreeMap::new(), issues: vec![issue] }
    }
    /// The issues in English (history rows, logs, the live component view).
    pub fn english(&self) -> Vec<String> {
        self.issues.iter().map(Msg::english).collect()
    }
    pub fn with_metric(mut self, name: &str, v: f64) -> Self {
        self.metrics.insert(name.to_string(), v);
        self
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
