//! Raw config: serde mirrors of the YAML with `deny_unknown_fields`. Nothing here is
//! validated beyond shape; `validate.rs` turns these into the typed `Config`.

use std::collections::BTreeMap;

use serde::Deserialize;

/// A duration or size as written: a string (`250ms`) or a bare number (seconds / bytes).
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum Unit {
    Text(String),
    Number(f64),
}

impl Unit {
    pub fn text(&self) -> String {
        match self {
            Unit::Text(s) => s.clone(),
            Unit::Number(n) => format!("{n}"),
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPipeline {
    #[serde(default)]
    pub monitoring: RawMonitoring,
    #[serde(default)]
    pub healing: RawHealing,
    #[serde(default)]
    pub storage: RawStorage,
    #[serde(default)]
    pub security: RawSecurity,
    #[serde(default)]
    pub compliance: RawCompliance,
    #[serde(default)]
    pub scaling: RawScaling,
    #[serde(default)]
    pub caching: RawCaching,
    #[serde(default)]
    pub server: RawServer,
    pub region: Option<String>,
    /// Defaults and shared threshold rules for every component's `detection:`.
    pub detection: Option<RawDetection>,
    /// Notification channels for incidents and healing steps; read on its own (channel by
    /// channel) so one malformed channel does not hide the problems of the others.
    pub notifications: Option<serde_json::Value>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMonitoring {
    pub interval: Option<Unit>,
    pub health_check_timeout: Option<Unit>,
    pub metrics_retention: Option<Unit>,
    pub rollup_retention: Option<Unit>,
    pub max_workers: Option<u32>,
    pub jitter: Option<f64>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawHealing {
    pub enabled: Option<bool>,
    pub max_concurrent: Option<u32>,
    pub strategies: Option<Vec<String>>,
    pub cooldown: Option<Unit>,
    /// How long a healing step has to bring the component back before the ladder escalates.
    pub verify_within: Option<Unit>,
    /// Circuit breaker: `failures` failed heals within `window` open it for `open_for`.
    pub breaker: Option<RawBreaker>,
    /// 0 turns off restarting a supervised child before its memory crosses `limits.memory`;
    /// any other value keeps it on. The forecast itself is detection's (`detection.horizon`,
    /// `detection.proactive_restart`): one trend per series, so a leak is acted on once.
    pub memory_forecast: Option<Unit>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBreaker {
    pub failures: Option<u32>,
    pub window: Option<Unit>,
    pub open_for: Option<Unit>,
}

/// Per-component scaling: extra supervised instances on the ports after `port` (`{port}` in the
/// command and check URL), or an external argv with `{replicas}`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawScale {
    pub port: Option<u16>,
    pub command: Option<Vec<String>>,
    pub min_instances: Option<u32>,
    pub max_instances: Option<u32>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStorage {
    pub path: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSecurity {
    pub enabled: Option<bool>,
    pub token_expiry: Option<Unit>,
    pub api_token_max_ttl: Option<Unit>,
    pub secret_key: Option<String>,
    pub encryption_key: Option<String>,
    pub rate_limiting: Option<bool>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCompliance {
    pub standards: Option<Vec<String>>,
    pub data_retention: Option<Unit>,
    pub audit_logging: Option<bool>,
    /// Per data kind: `{ samples: 24h, rollups: 90d, events: 1y, incidents: 2y, audit: 7y }`.
    pub retention: Option<std::collections::BTreeMap<String, Unit>>,
    /// Database backups: `{ enabled: true, interval: 24h, keep: 7, dir: PATH }`.
    pub backup: Option<RawBackup>,
    /// The longest period one compliance report may cover (default 400d).
    pub report_max_period: Option<Unit>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBackup {
    pub enabled: Option<bool>,
    pub interval: Option<Unit>,
    pub keep: Option<u32>,
    pub dir: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawScaling {
    pub enabled: Option<bool>,
    pub min_instances: Option<u32>,
    pub max_instances: Option<u32>,
    pub cpu_threshold: Option<f64>,
    pub memory_threshold: Option<f64>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCaching {
    pub strategy: Option<String>,
    pub max_size: Option<Unit>,
    pub ttl: Option<Unit>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawServer {
    pub listen: Option<String>,
    /// HTTPS: PEM certificate chain and private key. Required to listen off loopback.
    pub tls: Option<RawTls>,
    /// Host names (or `name:port`) the server answers to besides its loopback names.
    pub allowed_hosts: Option<Vec<String>>,
    /// Timeouts and connection cap: `{ header_timeout, request_timeout, tls_handshake_timeout, max_connections }`.
    pub limits: Option<RawServerLimits>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawServerLimits {
    pub header_timeout: Option<Unit>,
    pub request_timeout: Option<Unit>,
    pub tls_handshake_timeout: Option<Unit>,
    pub max_connections: Option<u32>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTls {
    pub cert: String,
    pub key: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawComponent {
    pub name: String,
    pub region: Option<String>,
    #[serde(default)]
    pub critical: bool,
    #[serde(default)]
    pub depends_on: Vec<String>,
    pub process: Option<RawProcess>,
    pub check: Option<RawCheck>,
    #[serde(default)]
    pub limits: RawLimits,
    pub recovery: Option<Vec<serde_json::Value>>,
    /// Scaling for `scale_up` / `scale_down` steps.
    pub scale: Option<RawScale>,
    /// Availability objective in percent (e.g. 99.9), used by reports.
    pub sla: Option<f64>,
    #[serde(default)]
    pub tags: BTreeMap<String, String>,
    pub detection: Option<RawDetection>,
    /// Zero-downtime front: a reverse proxy before the component's instances.
    pub front: Option<RawFront>,
    /// Auto-scaling rules acting through `scale_up` / `scale_down`.
    pub autoscale: Option<RawAutoscale>,
    /// Checks and healing paused (set from the UI/API, `PipelineGuard::set_component_paused`).
    pub paused: Option<bool>,
}

/// `autoscale: { metric: cpu_usage, threshold_up: 0.75, threshold_down: 0.25, scale_factor: 1.5,
/// min_instances: 1, max_instances: 4, cooldown: 1m }`, or several rules under `rules:`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAutoscale {
    pub mode: Option<String>,
    pub metric: Option<String>,
    pub threshold_up: Option<f64>,
    pub threshold_down: Option<f64>,
    pub scale_factor: Option<f64>,
    pub rules: Option<Vec<RawScalingRule>>,
    pub min_instances: Option<u32>,
    pub max_instances: Option<u32>,
    pub cooldown: Option<Unit>,
    pub interval: Option<Unit>,
    #[serde(rename = "for")]
    pub for_: Option<Unit>,
    pub horizon: Option<Unit>,
    pub dry_run: Option<bool>,
}

/// One rule of `autoscale.rules`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawScalingRule {
    pub metric: String,
    pub threshold_up: Option<f64>,
    pub threshold_down: Option<f64>,
    pub scale_factor: Option<f64>,
}

/// `front: { listen: 127.0.0.1:PORT, balance: weighted | least_conn, weights: [1, 1.5] }`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFront {
    pub listen: String,
    pub balance: Option<String>,
    pub weights: Option<Vec<f64>>,
    pub try_timeout: Option<Unit>,
    pub drain_timeout: Option<Unit>,
    pub health_interval: Option<Unit>,
    pub outlier: Option<RawFrontOutlier>,
    pub retry: Option<RawFrontRetry>,
}

/// `front: { outlier: { enabled, consecutive_5xx, consecutive_gateway_failure,
/// base_ejection_time, max_ejection_time, max_ejection_percent } }`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFrontOutlier {
    pub enabled: Option<bool>,
    pub consecutive_5xx: Option<i64>,
    pub consecutive_gateway_failure: Option<i64>,
    pub base_ejection_time: Option<Unit>,
    pub max_ejection_time: Option<Unit>,
    pub max_ejection_percent: Option<i64>,
}

/// `front: { retry: { per_try_timeout, budget_percent, min_retries, idempotent_methods } }`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFrontRetry {
    pub per_try_timeout: Option<Unit>,
    pub budget_percent: Option<i64>,
    pub min_retries: Option<i64>,
    pub idempotent_methods: Option<Vec<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawProcess {
    pub command: Vec<String>,
    pub cwd: Option<String>,
    #[serde(default)]
    pub env: BTreeMap<String, String>,
    /// Cap of each captured log file (stdout, stderr) before it rotates.
    pub log_max: Option<Unit>,
    /// Time between SIGTERM and SIGKILL on stop.
    pub stop_grace: Option<Unit>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCheck {
    pub http: Option<RawHttpCheck>,
    pub tcp: Option<RawTcpCheck>,
    pub command: Option<RawCommandCheck>,
    pub process: Option<RawProcessCheck>,
    pub prometheus: Option<RawPrometheusCheck>,
    pub promql: Option<RawPromqlCheck>,
    pub node: Option<RawNodeCheck>,
    pub interval: Option<Unit>,
    pub timeout: Option<Unit>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawHttpCheck {
    pub url: String,
    pub expect_status: Option<u16>,
    pub body_contains: Option<String>,
    pub timeout: Option<Unit>,
    /// Response time above which the component is `degraded`.
    pub degraded_after: Option<Unit>,
    /// Verify TLS certificates (https URLs). Default true.
    pub tls_verify: Option<bool>,
    pub method: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTcpCheck {
    pub addr: String,
    pub timeout: Option<Unit>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCommandCheck {
    pub run: Vec<String>,
    pub timeout: Option<Unit>,
    pub cwd: Option<String>,
    /// Run it on this host from `hosts:` over SSH instead of locally.
    pub on: Option<String>,
}

/// One lab host reached over SSH (`hosts:` at the top level).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawHost {
    pub name: String,
    pub address: String,
    pub port: Option<u16>,
    pub user: String,
    pub key_file: String,
    /// The host's keys; connections to a host whose key is not in it are refused.
    pub known_hosts: String,
    pub connect_timeout: Option<Unit>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawProcessCheck {}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPrometheusCheck {
    pub url: String,
    pub metric: String,
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
    /// Healthy when the value satisfies this, e.g. `"< 0.05"`, `">= 1"`.
    pub healthy_if: Option<String>,
    pub timeout: Option<Unit>,
}

/// `node: { url: "http://10.0.0.5:9100/metrics", mountpoint: / }`: a host's node_exporter.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNodeCheck {
    pub url: String,
    pub mountpoint: Option<String>,
    pub timeout: Option<Unit>,
}

/// `promql: { url, query, healthy_if: "< 0.05", for: 1m, metric: error_ratio }`: an instant
/// query against a Prometheus server (`url` is the server's base URL).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPromqlCheck {
    pub url: String,
    pub query: String,
    pub healthy_if: String,
    /// The condition must be broken this long before the component is `failed` (`degraded`
    /// while pending), like a Prometheus alert rule's `for:`.
    #[serde(rename = "for")]
    pub hold_for: Option<Unit>,
    /// Name of the recorded sample (default `promql_value`).
    pub metric: Option<String>,
    pub timeout: Option<Unit>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLimits {
    pub memory: Option<Unit>,
    pub cpu: Option<f64>,
}

/// `detection:` (pipeline-wide defaults or per component).
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDetection {
    pub anomaly: Option<bool>,
    pub anomaly_threshold: Option<f64>,
    /// `alert` or `heal`.
    pub on_anomaly: Option<String>,
    pub horizon: Option<Unit>,
    pub window: Option<Unit>,
    pub proactive_restart: Option<bool>,
    #[serde(default)]
    pub rules: Vec<RawRule>,
    /// Forecast limits of further series, e.g. `{disk_used_bytes: 10GB, connections: 1000}`.
    #[serde(default)]
    pub limits: BTreeMap<String, Unit>,
}

/// One threshold rule: `{metric: cpu_usage, op: gt, value: 0.8, severity: high, for: 30s}`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRule {
    pub metric: String,
    pub op: String,
    pub value: Unit,
    pub severity: Option<String>,
    #[serde(rename = "for")]
    pub hold_for: Option<Unit>,
    pub hysteresis: Option<Unit>,
}

/// `notifications:` — channels for incidents and healing steps.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNotifications {
    pub enabled: Option<bool>,
    /// Default language of every channel's texts (`en`, `de`, `pt-BR`, …).
    pub language: Option<String>,
    /// Default de-duplication window of every channel.
    pub dedup_window: Option<Unit>,
    pub retry: Option<RawRetry>,
    /// Each one a [`RawChannel`].
    #[serde(default)]
    pub channels: Vec<serde_json::Value>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRetry {
    pub attempts: Option<u32>,
    pub backoff: Option<Unit>,
    pub max_backoff: Option<Unit>,
    pub timeout: Option<Unit>,
}

/// One channel: exactly one of `webhook`, `slack`, `teams`, `email`, `desktop`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawChannel {
    pub name: Option<String>,
    pub webhook: Option<RawWebhookChannel>,
    pub slack: Option<RawWebhookChannel>,
    pub teams: Option<RawWebhookChannel>,
    pub email: Option<RawEmailChannel>,
    pub desktop: Option<RawDesktopChannel>,
    pub filter: Option<RawChannelFilter>,
    pub dedup_window: Option<Unit>,
    pub language: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawWebhookChannel {
    pub url: String,
    #[serde(default)]
    pub headers: BTreeMap<String, String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEmailChannel {
    pub smtp: RawSmtp,
    pub from: String,
    pub to: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSmtp {
    pub host: String,
    pub port: Option<u16>,
    /// `tls`, `starttls` (default) or `none` (loopback only).
    pub security: Option<String>,
    pub username: Option<String>,
    pub password: Option<String>,
    pub timeout: Option<Unit>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDesktopChannel {}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawChannelFilter {
    pub min_severity: Option<String>,
    pub components: Option<Vec<String>>,
    pub events: Option<Vec<String>>,
}
