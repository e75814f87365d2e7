//! The validated `front:` block of a component (see `config/front.rs` for the YAML side).

use std::net::SocketAddr;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// How the front spreads requests over the healthy instances.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Balance {
    /// Smooth weighted round robin over the healthy instances (`LoadBalancer`
    /// weights: `add_instance("api-2", url, weight=1.5)`).
    Weighted,
    /// The healthy instance with the fewest requests in flight relative to its weight.
    LeastConn,
}

impl Balance {
    pub fn as_str(self) -> &'static str {
        match self {
            Balance::Weighted => "weighted",
            Balance::LeastConn => "least_conn",
        }
    }
}

/// `front: { listen: 127.0.0.1:PORT, balance: weighted | least_conn, ... }`.
#[derive(Debug, Clone, PartialEq)]
pub struct FrontSpec {
    pub listen: SocketAddr,
    pub balance: Balance,
    /// Weight per instance number (instance `i` gets `weights[i]`, 1.0 past the end).
    pub weights: Vec<f64>,
    /// The per-try time-out: how long an attempt may wait for an instance's response headers
    /// before it counts as a failure of that instance and an idempotent request is retried on
    /// another one; also the connect timeout. `try_timeout` or `retry.per_try_timeout`;
    /// by default half the component check's `timeout`, at most 2 s.
    pub try_timeout: Duration,
    /// Upper bound on waiting for in-flight requests before an instance is restarted anyway.
    pub drain_timeout: Duration,
    /// How often each instance is probed with the component's own check.
    pub health_interval: Duration,
    /// Passive outlier detection (`outlier:`).
    pub outlier: OutlierSpec,
    /// Retry policy (`retry:`).
    pub retry: RetrySpec,
}

/// `front: { outlier: { ... } }`: every proxied answer is a health signal (Envoy's outlier
/// detection). Consecutive failures of one instance eject it from routing at once.
#[derive(Debug, Clone, PartialEq)]
pub struct OutlierSpec {
    /// Off: only the active probe and process exits take an instance out of rotation.
    pub enabled: bool,
    /// Consecutive 5xx answers, resets, connect failures or per-try time-outs that eject an
    /// instance (Envoy `consecutive_5xx`). Default 3: one instance of two answering 500
    /// costs three retried attempts, and a single stray 500 ejects nothing.
    pub consecutive_5xx: u32,
    /// Consecutive gateway failures (502/503/504, refused or broken connections, per-try
    /// time-outs) that eject an instance (Envoy `consecutive_gateway_failure`). Default 1: on
    /// loopback a refused connection or a hung answer is never a network blip.
    pub consecutive_gateway_failure: u32,
    /// The first ejection lasts this long; the n-th in a row n times as long (back-off), and
    /// the instance returns only once its active check passes after that. Default 5 s.
    pub base_ejection_time: Duration,
    /// Upper bound of the back-off. Default 60 s.
    pub max_ejection_time: Duration,
    /// At most this share of the instances is ejected at once, and never the last instance
    /// that can take requests (Envoy `max_ejection_percent`). Default 50.
    pub max_ejection_percent: u32,
}

impl Default for OutlierSpec {
    fn default() -> Self {
        OutlierSpec {
            enabled: true,
            consecutive_5xx: 3,
            consecutive_gateway_failure: 1,
            base_ejection_time: Duration::from_secs(5),
            max_ejection_time: Duration::from_secs(60),
            max_ejection_percent: 50,
        }
    }
}

/// `front: { retry: { ... } }`: which requests are tried again on another instance.
#[derive(Debug, Clone, PartialEq)]
pub struct RetrySpec {
    /// Retries of requests that reached an instance (after a 5xx, a reset or a per-try
    /// time-out) may add at most this share of the requests of the last 10 s (Envoy retry
    /// budget). Default 20. A connection that could not be made is always retried: nothing
    /// was sent, so it adds no load.
    pub budget_percent: u32,
    /// Retries always allowed per 10 s window on top of the budget, so a quiet front can still
    /// retry (Envoy `min_retry_concurrency`). Default 10.
    pub min_retries: u32,
    /// Methods retried after they were sent: GET, HEAD, OPTIONS plus `idempotent_methods`
    /// (upper case, e.g. PUT, DELETE).
    pub idempotent_methods: Vec<String>,
}

impl Default for RetrySpec {
    fn default() -> Self {
        RetrySpec { budget_percent: 20, min_retries: 10, idempotent_methods: Vec::new() }
    }
}

impl FrontSpec {
    pub fn weight(&self, instance: u32) -> f64 {
        self.weights.get(instance as usize).copied().unwrap_or(1.0)
    }
}
