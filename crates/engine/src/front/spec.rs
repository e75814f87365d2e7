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
    /// Smooth weighted round robin over the healthy instances (the brief's `LoadBalancer`
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
    /// How long an idempotent request may wait for an instance's response headers before it
    /// is retried on another instance; also the connect timeout.
    pub try_timeout: Duration,
    /// Upper bound on waiting for in-flight requests before an instance is restarted anyway.
    pub drain_timeout: Duration,
    /// How often each instance is probed with the component's own check.
    pub health_interval: Duration,
}

impl FrontSpec {
    pub fn weight(&self, instance: u32) -> f64 {
        self.weights.get(instance as usize).copied().unwrap_or(1.0)
    }
}
