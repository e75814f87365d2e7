//! Configuration: YAML → raw serde structs → validated, typed [`Config`].
//!
//! Loading reports *every* problem it finds, each with the file, line and column, so an
//! operator fixes a config in one pass. `PIPELINE_*` environment variables override file
//! values before validation; problems in them are reported against the variable's name.

#[doc(hidden)]
pub mod aliasgen;
pub mod edit;
mod input;
mod raw;
mod validate;
pub mod yaml;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde_json::Value;

use crate::model::Region;

pub use input::MAX_CONFIG_BYTES;
pub(crate) use input::tr;
pub use validate::{split_host_port, validate_value};
pub use yaml::Pos;

/// The validated configuration.
#[derive(Debug, Clone)]
pub struct Config {
    pub pipeline: PipelineSettings,
    pub components: Vec<ComponentSpec>,
    /// Directory relative paths in the config are resolved against.
    pub base_dir: PathBuf,
    /// The file it was read from (`load_file*`): where component changes are written back
    /// (`config::edit`, `PipelineGuard::add_component` …). `None` for text loaded from memory.
    pub source: Option<PathBuf>,
}

#[derive(Debug, Clone)]
pub struct PipelineSettings {
    pub monitoring: MonitoringSettings,
    pub healing: HealingSettings,
    pub storage: StorageSettings,
    pub security: SecuritySettings,
    pub compliance: ComplianceSettings,
    pub scaling: ScalingSettings,
    pub caching: CachingSettings,
    pub server: ServerSettings,
    pub region: Option<Region>,
    pub detection: crate::detection::DetectionSpec,
    /// Channels for incidents and healing steps (`notify/`).
    pub notifications: crate::notify::NotificationSettings,
    /// The read-only status page (`pipeline.status_page`, served at `/status`).
    pub status_page: StatusPageSettings,
}

/// `pipeline.status_page`: off by default; when on, `/status` shows `components` (names of
/// configured components, in this order) under `title`, to anyone who can reach the server.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StatusPageSettings {
    pub enabled: bool,
    /// `None`: the page's default title (Fluent `status-page-title`) in the visitor's language.
    pub title: Option<String>,
    pub components: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct MonitoringSettings {
    pub interval: Duration,
    pub health_check_timeout: Duration,
    pub metrics_retention: Duration,
    pub rollup_retention: Duration,
    pub max_workers: usize,
    /// Fraction of the interval used as random jitter (0.0–0.5).
    pub jitter: f64,
}

#[derive(Debug, Clone)]
pub struct HealingSettings {
    pub enabled: bool,
    pub max_concurrent: usize,
    pub strategies: Vec<String>,
    pub cooldown: Duration,
    pub verify_within: Duration,
    pub breaker: BreakerSettings,
    /// Zero disables the forecast-based memory restart.
    pub memory_forecast: Duration,
}

/// Circuit breaker per component: `failures` failed heals within `window` open it for `open_for`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BreakerSettings {
    pub failures: u32,
    pub window: Duration,
    pub open_for: Duration,
}

/// How `scale_up` / `scale_down` add and remove capacity for one component.
#[derive(Debug, Clone, Default)]
pub struct ScaleSpec {
    /// Base port: instance 0 listens on it; `{port}` in `process.command` and the check target
    /// is replaced by it (and by the next free port for extra instances).
    pub port: Option<u16>,
    /// `process.command` before `{port}` was replaced.
    pub command_template: Option<Vec<String>>,
    /// Check URL or address before `{port}` was replaced.
    pub check_template: Option<String>,
    /// External component: argv run with `{replicas}` replaced by the new count.
    pub external_command: Option<Vec<String>>,
    pub min_instances: u32,
    pub max_instances: u32,
}

#[derive(Debug, Clone)]
pub struct StorageSettings {
    pub path: PathBuf,
}

/// A secret value: never printed by `Debug`.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(pub String);

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

#[derive(Debug, Clone)]
pub struct SecuritySettings {
    pub enabled: bool,
    /// Session lifetime (`token_expiry`, default 1 h).
    pub token_expiry: Duration,
    /// The longest lifetime an API token may be issued for (`api_token_max_ttl`, default 30 days).
    pub api_token_max_ttl: Duration,
    pub secret_key: Option<Secret>,
    pub encryption_key: Option<Secret>,
    pub rate_limiting: bool,
}

/// Default of `security.api_token_max_ttl`.
pub const DEFAULT_API_TOKEN_MAX_TTL: Duration = Duration::from_secs(30 * 86_400);

impl Default for SecuritySettings {
    /// Security on, 1 h sessions, 30-day API tokens at most, generated keys, rate limits on.
    fn default() -> Self {
        SecuritySettings {
            enabled: true,
            token_expiry: Duration::from_secs(3600),
            api_token_max_ttl: DEFAULT_API_TOKEN_MAX_TTL,
            secret_key: None,
            encryption_key: None,
            rate_limiting: true,
        }
    }
}

#[derive(Debug, Clone)]
pub struct ComplianceSettings {
    pub standards: Vec<String>,
    pub data_retention: Duration,
    pub audit_logging: bool,
    /// Per-kind overrides from `compliance.retention` (keys: `crate::compliance::retention::KINDS`).
    pub retention: BTreeMap<String, Duration>,
    pub backup: BackupSettings,
    /// The longest period one compliance report may cover (`report_max_period`, default 400 days).
    pub report_max_period: Duration,
}

/// `compliance.backup`: database backups (see `compliance::backup`).
#[derive(Debug, Clone)]
pub struct BackupSettings {
    pub enabled: bool,
    pub interval: Duration,
    pub keep: u32,
    /// Default: `<db>.backups` beside the database.
    pub dir: Option<PathBuf>,
}

#[derive(Debug, Clone)]
pub struct ScalingSettings {
    pub enabled: bool,
    pub min_instances: u32,
    pub max_instances: u32,
    pub cpu_threshold: f64,
    pub memory_threshold: f64,
}

#[derive(Debug, Clone)]
pub struct CachingSettings {
    pub strategy: String,
    pub max_size_bytes: u64,
    pub ttl: Duration,
}

#[derive(Debug, Clone)]
pub struct ServerSettings {
    pub listen: SocketAddr,
    /// Serve HTTPS with these PEM files; without it the server binds loopback only.
    pub tls: Option<TlsFiles>,
    /// Host names the server answers to besides its loopback names (lowercase; `name` or
    /// `name:port`), checked against every request's `Host` (DNS rebinding).
    pub allowed_hosts: Vec<String>,
    pub limits: ServerLimits,
}

/// `pipeline.server.limits`: what a slow or greedy client may hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerLimits {
    /// A request's headers must arrive within this; also how long a kept-alive connection may
    /// sit idle before its next request (hyper restarts the same timer). Default 10 s.
    pub header_timeout: Duration,
    /// Reading the body and answering (up to the response headers). Default 60 s.
    pub request_timeout: Duration,
    /// A TLS client must finish its handshake within this. Default 10 s.
    pub tls_handshake_timeout: Duration,
    /// Open connections at once (handshakes included); more wait in the kernel's backlog. Default 256.
    pub max_connections: u32,
}

impl Default for ServerLimits {
    fn default() -> Self {
        ServerLimits {
            header_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(60),
            tls_handshake_timeout: Duration::from_secs(10),
            max_connections: 256,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TlsFiles {
    pub cert: PathBuf,
    pub key: PathBuf,
}

#[derive(Debug, Clone)]
pub struct ComponentSpec {
    pub name: String,
    pub region: Region,
    pub critical: bool,
    pub depends_on: Vec<String>,
    pub process: Option<ProcessSpec>,
    pub check: CheckSpec,
    pub limits: Limits,
    pub recovery: Vec<RecoveryStep>,
    pub scale: ScaleSpec,
    pub sla: f64,
    /// Keyed tags (`tags: { service: api }`: compliance, migration peers).
    pub tags: BTreeMap<String, String>,
    /// Labels (`tags: [payments, eu]`: the components list's pills, filter and groups).
    pub labels: Vec<String>,
    pub detection: crate::detection::DetectionSpec,
    /// Zero-downtime front before the instances (`front:`), if any.
    pub front: Option<crate::front::FrontSpec>,
    /// Auto-scaling rules (`autoscale:`), if any.
    pub autoscale: Option<crate::autoscale::AutoscaleSpec>,
    /// `paused: true`: not checked, not healed (kept in the YAML by the UI's pause/resume).
    pub paused: bool,
}

impl ComponentSpec {
    /// The tags as the components list shows them: the labels, then `key:value` for each keyed tag.
    pub fn tag_labels(&self) -> Vec<String> {
        self.labels.iter().cloned().chain(self.tags.iter().map(|(k, v)| format!("{k}:{v}"))).collect()
    }
}

#[derive(Debug, Clone)]
pub struct ProcessSpec {
    pub command: Vec<String>,
    pub cwd: PathBuf,
    pub env: BTreeMap<String, String>,
    pub log_max_bytes: u64,
    pub stop_grace: Duration,
}

#[derive(Debug, Clone)]
pub struct CheckSpec {
    pub kind: CheckKind,
    pub interval: Duration,
    pub timeout: Duration,
}

/// The closed set of check kinds; one module per kind under `check/`.
#[derive(Debug, Clone)]
pub enum CheckKind {
    Http(HttpCheckSpec),
    Tcp(TcpCheckSpec),
    Command(CommandCheckSpec),
    Process,
    Prometheus(PrometheusCheckSpec),
    Promql(PromqlCheckSpec),
    Node(NodeCheckSpec),
}

impl CheckKind {
    pub fn name(&self) -> &'static str {
        match self {
            CheckKind::Http(_) => "http",
            CheckKind::Tcp(_) => "tcp",
            CheckKind::Command(_) => "command",
            CheckKind::Process => "process",
            CheckKind::Prometheus(_) => "prometheus",
            CheckKind::Promql(_) => "promql",
            CheckKind::Node(_) => "node",
        }
    }
}

#[derive(Debug, Clone)]
pub struct HttpCheckSpec {
    pub url: String,
    pub method: String,
    pub expect_status: u16,
    pub body_contains: Option<String>,
    pub degraded_after: Option<Duration>,
    pub tls_verify: bool,
}

#[derive(Debug, Clone)]
pub struct TcpCheckSpec {
    pub addr: String,
}

#[derive(Debug, Clone)]
pub struct CommandCheckSpec {
    pub argv: Vec<String>,
    pub cwd: PathBuf,
}

#[derive(Debug, Clone)]
pub struct PrometheusCheckSpec {
    pub url: String,
    pub metric: String,
    pub labels: BTreeMap<String, String>,
    pub healthy_if: Option<Comparison>,
}

/// A host read from its node_exporter (`check/node.rs`).
#[derive(Debug, Clone)]
pub struct NodeCheckSpec {
    /// The exporter's metrics URL (`http://10.0.0.5:9100/metrics`).
    pub url: String,
    /// The filesystem whose use is recorded (default `/`).
    pub mountpoint: String,
}

/// An instant PromQL query against a Prometheus server (`check/promql.rs`).
#[derive(Debug, Clone)]
pub struct PromqlCheckSpec {
    /// Base URL of the Prometheus server, without a trailing slash (`http://127.0.0.1:9090`).
    pub url: String,
    pub query: String,
    pub healthy_if: Comparison,
    /// Zero: a broken condition fails at once; else it must hold broken this long.
    pub hold_for: Duration,
    /// Name of the recorded sample.
    pub metric: String,
}

/// `< 0.05`, `>= 1`, … as used by `healthy_if` and threshold rules.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Comparison {
    pub op: CmpOp,
    pub value: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Gt,
    Ge,
    Lt,
    Le,
    Eq,
    Ne,
}

impl Comparison {
    pub fn parse(s: &str) -> Result<Comparison, String> {
        let t = s.trim();
        let (op, rest) = [
            ("<=", CmpOp::Le),
            (">=", CmpOp::Ge),
            ("!=", CmpOp::Ne),
            ("==", CmpOp::Eq),
            ("<", CmpOp::Lt),
            (">", CmpOp::Gt),
            ("=", CmpOp::Eq),
        ]
        .into_iter()
        .find_map(|(p, op)| t.strip_prefix(p).map(|r| (op, r)))
        .ok_or_else(|| format!("expected a comparison like `< 0.05` or `>= 1`, found `{t}`"))?;
        let value = rest.trim().parse().map_err(|_| format!("expected a number after the operator in `{t}`"))?;
        Ok(Comparison { op, value })
    }

    pub fn holds(&self, x: f64) -> bool {
        match self.op {
            CmpOp::Gt => x > self.value,
            CmpOp::Ge => x >= self.value,
            CmpOp::Lt => x < self.value,
            CmpOp::Le => x <= self.value,
            CmpOp::Eq => x == self.value,
            CmpOp::Ne => x != self.value,
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct Limits {
    pub memory_bytes: Option<u64>,
    pub cpu: Option<f64>,
}

/// One step of a component's recovery ladder.
#[derive(Debug, Clone, PartialEq)]
pub enum RecoveryStep {
    Restart,
    ScaleUp,
    ScaleDown,
    Migrate,
    Notify,
    Run { argv: Vec<String>, timeout: Duration },
    Webhook { url: String },
}

impl RecoveryStep {
    /// One step of each strategy (the argument-taking ones with empty arguments), in the order
    /// the validator lists them: the one table the strategy names come from.
    const ALL: [RecoveryStep; 7] = [
        RecoveryStep::Restart,
        RecoveryStep::ScaleUp,
        RecoveryStep::ScaleDown,
        RecoveryStep::Migrate,
        RecoveryStep::Run { argv: Vec::new(), timeout: Duration::ZERO },
        RecoveryStep::Webhook { url: String::new() },
        RecoveryStep::Notify,
    ];

    /// The strategy's name as written in the config and the API.
    pub fn name(&self) -> &'static str {
        match self {
            RecoveryStep::Restart => "restart",
            RecoveryStep::ScaleUp => "scale_up",
            RecoveryStep::ScaleDown => "scale_down",
            RecoveryStep::Migrate => "migrate",
            RecoveryStep::Notify => "notify",
            RecoveryStep::Run { .. } => "run",
            RecoveryStep::Webhook { .. } => "webhook",
        }
    }

    /// Whether the bare name is the whole step (`run` and `webhook` need their argument).
    fn is_plain(&self) -> bool {
        match self {
            RecoveryStep::Restart
            | RecoveryStep::ScaleUp
            | RecoveryStep::ScaleDown
            | RecoveryStep::Migrate
            | RecoveryStep::Notify => true,
            RecoveryStep::Run { .. } | RecoveryStep::Webhook { .. } => false,
        }
    }

    /// Every strategy name, in the validator's order.
    pub fn names() -> impl Iterator<Item = &'static str> {
        Self::ALL.into_iter().map(|s| s.name())
    }

    /// The step a bare name stands for (`restart`, `scale_up`, `scale_down`, `migrate`,
    /// `notify`); `run` and `webhook` need their argument and are not plain names.
    pub fn from_plain_name(name: &str) -> Option<RecoveryStep> {
        Self::ALL.into_iter().find(|s| s.is_plain() && s.name() == name)
    }
}

/// One problem in a config, located.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub file: String,
    /// `None` when the value came from an environment variable.
    pub pos: Option<Pos>,
    /// The environment variable the value came from, if any.
    pub env: Option<String>,
    /// In the reader's language (`load_*_in`); names `env` when it is set.
    pub message: String,
    /// The JSON pointer of the value or key the problem is about (`/components/2/check/http/url`),
    /// when the validator knows it (a missing key: the key's own pointer); `config::edit` maps it
    /// to a form's field.
    pub pointer: Option<String>,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.env, self.pos) {
            // The message names the variable (`cli-config-env-override`), in the reader's language.
            (Some(_), _) => write!(f, "{}: {}", self.file, self.message),
            (None, Some(p)) => write!(f, "{}:{}:{}: {}", self.file, p.line, p.col, self.message),
            (None, None) => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// Every problem found in a config.
#[derive(Debug, Clone)]
pub struct ConfigErrors(pub Vec<ConfigError>);

impl fmt::Display for ConfigErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ConfigErrors {}

/// Where `PIPELINE_*` variables land in the document.
pub const ENV_OVERRIDES: &[(&str, &str)] = &[
    ("PIPELINE_MONITORING_INTERVAL", "/pipeline/monitoring/interval"),
    ("PIPELINE_HEALTH_CHECK_TIMEOUT", "/pipeline/monitoring/health_check_timeout"),
    ("PIPELINE_METRICS_RETENTION", "/pipeline/monitoring/metrics_retention"),
    ("PIPELINE_MAX_WORKERS", "/pipeline/monitoring/max_workers"),
    ("PIPELINE_HEALING_ENABLED", "/pipeline/healing/enabled"),
    ("PIPELINE_MAX_CONCURRENT_HEALINGS", "/pipeline/healing/max_concurrent"),
    ("PIPELINE_HEALING_COOLDOWN", "/pipeline/healing/cooldown"),
    ("PIPELINE_SECURITY_ENABLED", "/pipeline/security/enabled"),
    ("PIPELINE_SECRET_KEY", "/pipeline/security/secret_key"),
    ("PIPELINE_TOKEN_EXPIRY", "/pipeline/security/token_expiry"),
    ("PIPELINE_API_TOKEN_MAX_TTL", "/pipeline/security/api_token_max_ttl"),
    ("PIPELINE_CACHE_SIZE_MB", "/pipeline/caching/max_size"),
    ("PIPELINE_REGION", "/pipeline/region"),
    ("PIPELINE_COMPLIANCE_STANDARDS", "/pipeline/compliance/standards"),
    ("PIPELINE_STORAGE_PATH", "/pipeline/storage/path"),
];

/// Read and validate a config file, applying `PIPELINE_*` overrides from the process
/// environment; messages in English. See [`load_file_in`].
pub fn load_file(path: &Path) -> Result<Config, ConfigErrors> {
    load_file_in(path, guard_i18n::Lang::En)
}

/// Read and validate a config file, with the input-bound messages (size, text, YAML limits,
/// empty file) in `lang`. The one loader of `serve`, `validate` and the desktop app.
pub fn load_file_in(path: &Path, lang: guard_i18n::Lang) -> Result<Config, ConfigErrors> {
    let name = path.display().to_string();
    let src = input::read(path, &name, lang)?;
    let base = path.parent().map(Path::to_path_buf).unwrap_or_default();
    let base = if base.as_os_str().is_empty() { PathBuf::from(".") } else { base };
    let mut config = load_str_in(&src, &name, &base, &std::env::vars().collect(), lang)?;
    config.source = Some(path.to_path_buf());
    Ok(config)
}

/// Parse and validate config text. `env` supplies `PIPELINE_*` overrides.
pub fn load_str(
    src: &str,
    file: &str,
    base_dir: &Path,
    env: &BTreeMap<String, String>,
) -> Result<Config, ConfigErrors> {
    load_str_in(src, file, base_dir, env, guard_i18n::Lang::En)
}

/// [`load_str`] with the input-bound messages in `lang` (see `input.rs` for the checks).
pub fn load_str_in(
    src: &str,
    file: &str,
    base_dir: &Path,
    env: &BTreeMap<String, String>,
    lang: guard_i18n::Lang,
) -> Result<Config, ConfigErrors> {
    input::check_text(src, file, lang)?;
    let mut located = yaml::load(src).map_err(|e| input::yaml_error(e, file, lang))?;
    input::check_document(&located, file, lang)?;
    let overridden = apply_env(&mut located.value, env);
    validate::validate_value_in(&located, &overridden, file, base_dir, lang)
}

/// Write `PIPELINE_*` values into the document; returns pointer → variable name.
fn apply_env(doc: &mut Value, env: &BTreeMap<String, String>) -> BTreeMap<String, String> {
    let mut applied = BTreeMap::new();
    for (var, pointer) in ENV_OVERRIDES {
        let Some(raw) = env.get(*var) else { continue };
        let value = match *var {
            "PIPELINE_COMPLIANCE_STANDARDS" => Value::Array(
                raw.split(',')
                    .map(|s| s.trim())
                    .filter(|s| !s.is_empty())
                    .map(|s| Value::String(s.to_string()))
                    .collect(),
            ),
            "PIPELINE_CACHE_SIZE_MB" => Value::String(format!("{}MB", raw.trim())),
            _ => env_scalar(raw),
        };
        set_pointer(doc, pointer, value);
        applied.insert(pointer.to_string(), var.to_string());
    }
    applied
}

fn env_scalar(raw: &str) -> Value {
    let t = raw.trim();
    match t {
        "true" | "TRUE" | "True" | "yes" | "on" => Value::Bool(true),
        "false" | "FALSE" | "False" | "no" | "off" => Value::Bool(false),
        _ => t.parse::<i64>().map(|i| Value::Number(i.into())).unwrap_or_else(|_| Value::String(t.to_string())),
    }
}

fn set_pointer(doc: &mut Value, pointer: &str, value: Value) {
    let mut cur = doc;
    let segs: Vec<&str> = pointer.trim_start_matches('/').split('/').collect();
    for (i, seg) in segs.iter().enumerate() {
        if !cur.is_object() {
            *cur = Value::Object(Default::default());
        }
        let obj = cur.as_object_mut().expect("just made an object");
        if i + 1 == segs.len() {
            obj.insert((*seg).to_string(), value);
            return;
        }
        cur = obj.entry((*seg).to_string()).or_insert_with(|| Value::Object(Default::default()));
    }
}

impl Config {
    /// One-line summary printed by `pipeline-guard validate`.
    pub fn summary(&self) -> (usize, usize, usize) {
        let regions: BTreeSet<Region> = self.components.iter().map(|c| c.region).collect();
        let supervised = self.components.iter().filter(|c| c.process.is_some()).count();
        (self.components.len(), regions.len(), supervised)
    }

    pub fn component(&self, name: &str) -> Option<&ComponentSpec> {
        self.components.iter().find(|c| c.name == name)
    }
}

#[cfg(test)]
mod tests;
