//! Second stage: raw structs → typed `Config`, collecting every problem with its position.

use std::collections::{BTreeMap, BTreeSet};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::raw::*;
use super::yaml::Located;
use super::*;
use crate::units::{parse_duration, parse_size};

#[path = "autoscale.rs"]
mod autoscale;
#[path = "front.rs"]
mod front;
mod notifications;

struct Ctx<'a> {
    located: &'a Located,
    env: &'a BTreeMap<String, String>,
    file: &'a str,
    errors: Vec<ConfigError>,
    /// `hosts:` by name (remote checks and steps, `crate::remote`).
    hosts: BTreeMap<String, crate::remote::HostSpec>,
    /// The reader's language (messages from `cli.ftl` `cli-config-*` and `config-errors.ftl`).
    lang: guard_i18n::Lang,
}

impl Ctx<'_> {
    /// A config message in the reader's language.
    fn t(&self, key: &str, args: &[(&str, guard_i18n::FluentValue<'_>)]) -> String {
        super::input::tr(self.lang, key, args)
    }

    /// A message (id and arguments, `heal::timeline::Msg`) in the reader's language.
    fn say(&self, msg: &crate::heal::timeline::Msg) -> String {
        crate::heal::timeline::render(super::input::localizer(), self.lang, msg).unwrap_or_else(|| msg.id.clone())
    }

    fn error_at(&mut self, pointer: &str, message: impl Into<String>) {
        let env = self
            .env
            .iter()
            .find(|(p, _)| pointer == p.as_str() || pointer.starts_with(&format!("{p}/")))
            .map(|(_, var)| var.clone());
        let message = message.into();
        // A value from the environment: say which variable (there is no line to point at).
        let message = match &env {
            Some(var) => self.t("cli-config-env-override", &[("var", var.as_str().into()), ("detail", message.into())]),
            None => message,
        };
        self.errors.push(ConfigError {
            file: self.file.to_string(),
            pos: if env.is_some() { None } else { Some(self.located.pos_of(pointer)) },
            env,
            message,
            pointer: Some(pointer.to_string()),
        });
    }

    fn key_error(&mut self, pointer: &str, message: impl Into<String>) {
        match self.located.key_pos(pointer) {
            Some(pos) => self.errors.push(ConfigError {
                file: self.file.to_string(),
                pos: Some(pos),
                env: None,
                message: message.into(),
                pointer: Some(pointer.to_string()),
            }),
            None => self.error_at(pointer, message),
        }
    }

    /// Deserialize the value at `pointer` into a raw struct; on failure record a located error.
    fn raw<T: DeserializeOwned>(&mut self, pointer: &str, v: &Value) -> Option<T> {
        match serde_path_to_error::deserialize::<_, T>(v) {
            Ok(t) => Some(t),
            Err(e) => {
                let mut at = pointer.to_string();
                for seg in e.path().iter() {
                    match seg {
                        serde_path_to_error::Segment::Seq { index } => at.push_str(&format!("/{index}")),
                        serde_path_to_error::Segment::Map { key } => at.push_str(&format!("/{key}")),
                        serde_path_to_error::Segment::Enum { variant } => at.push_str(&format!("/{variant}")),
                        serde_path_to_error::Segment::Unknown => {}
                    }
                }
                let msg = e.inner().to_string();
                if let Some((field, expected)) = unknown_field(&msg) {
                    let key_ptr = if at.ends_with(&format!("/{field}")) { at.clone() } else { format!("{at}/{field}") };
                    let message = self.unknown_key(field, &expected);
                    self.key_error(&key_ptr, message);
                } else if let Some(field) = msg.strip_prefix("missing field `").and_then(|r| r.split('`').next()) {
                    let message = self.t("cli-config-missing-key", &[("key", field.into())]);
                    // Located at the mapping that lacks it (there is no key to point at), about the key.
                    let pos = self.located.pos_of(&at);
                    self.error_at(&at, message);
                    if let Some(last) = self.errors.last_mut().filter(|e| e.pos == Some(pos)) {
                        last.pointer = Some(format!("{at}/{field}"));
                    }
                } else if msg.contains("data did not match any variant of untagged enum Unit") {
                    let message = self.t("config-expected-unit", &[]);
                    self.error_at(&at, message);
                } else {
                    // serde's own words (what was found, what was expected) stay the detail.
                    let key = at.rsplit('/').next().unwrap_or_default().to_string();
                    let message = self.t("cli-config-invalid-value", &[("key", key.into()), ("detail", msg.into())]);
                    self.error_at(&at, message);
                }
                None
            }
        }
    }

    fn duration(&mut self, pointer: &str, v: &Option<Unit>, default: Duration) -> Duration {
        match v {
            None => default,
            Some(u) => match parse_duration(&u.text()) {
                Ok(d) => d,
                Err(m) => {
                    let message =
                        self.unit_error("cli-config-invalid-duration", "config-unknown-duration-unit", &u.text(), &m);
                    self.error_at(pointer, message);
                    default
                }
            },
        }
    }

    fn positive_duration(&mut self, pointer: &str, v: &Option<Unit>, default: Duration) -> Duration {
        let d = self.duration(pointer, v, default);
        if d.is_zero() {
            let message = self.t("config-duration-zero", &[]);
            self.error_at(pointer, message);
            return default;
        }
        d
    }

    fn size(&mut self, pointer: &str, v: &Option<Unit>) -> Option<u64> {
        let u = v.as_ref()?;
        match parse_size(&u.text()) {
            Ok(s) => Some(s),
            Err(m) => {
                let message = self.unit_error("cli-config-invalid-size", "config-unknown-size-unit", &u.text(), &m);
                self.error_at(pointer, message);
                None
            }
        }
    }

    /// `units::parse_duration` / `parse_size`'s English error `m` about `text`, as a message in
    /// the reader's language: an unknown unit, a value too large, or not a duration/size at all.
    fn unit_error(&self, invalid: &str, unknown_unit: &str, text: &str, m: &str) -> String {
        let value = text.trim();
        if m.starts_with("unknown ") {
            let unit = m.split('`').nth(1).unwrap_or_default();
            let units = if unknown_unit == "config-unknown-duration-unit" {
                "ms, s, m, h, d, w, y"
            } else {
                "B, KB, MB, GB, TB, KiB, MiB, GiB"
            };
            self.t(unknown_unit, &[("unit", unit.into()), ("value", value.into()), ("units", units.into())])
        } else if m.ends_with("is too large") {
            self.t("config-value-too-large", &[("value", value.into())])
        } else {
            self.t(invalid, &[("value", value.into())])
        }
    }

    /// "unknown field `x`", with the keys that are allowed there when there are any.
    fn unknown_key(&self, key: &str, expected: &[String]) -> String {
        if expected.is_empty() {
            self.t("cli-config-unknown-key", &[("key", key.into())])
        } else {
            self.t("config-unknown-key-expected", &[("key", key.into()), ("expected", expected.join(", ").into())])
        }
    }

    /// "unknown value `x` for `key`, expected one of …".
    fn unknown_value(&self, value: &str, key: &str, expected: &str) -> String {
        self.t("config-unknown-value", &[("value", value.into()), ("key", key.into()), ("expected", expected.into())])
    }

    /// "unknown region `x`, expected one of …".
    fn region_error(&self, r: &str) -> String {
        let all: Vec<&str> = Region::ALL.iter().map(|r| r.as_str()).collect();
        self.t("cli-config-unknown-region", &[("value", r.into()), ("expected", all.join(", ").into())])
    }
}

/// serde's "unknown field `x`, expected one of `a`, `b`" (or "expected `a`", "expected `a` or
/// `b`", "there are no fields") as the field and the backquoted names it expects.
fn unknown_field(msg: &str) -> Option<(&str, Vec<String>)> {
    let rest = msg.strip_prefix("unknown field `")?;
    let (field, tail) = rest.split_once('`')?;
    let expected = tail.split('`').skip(1).step_by(2).map(|n| format!("`{n}`")).collect();
    Some((field, expected))
}

const KNOWN_STANDARDS: &[&str] = &["gdpr", "ccpa", "soc2", "iso27001", "lgpd", "pdpa", "hipaa"];

/// Validate a located document (after environment overrides).
pub fn validate_value(
    located: &Located,
    env_pointers: &BTreeMap<String, String>,
    file: &str,
    base_dir: &Path,
) -> Result<Config, ConfigErrors> {
    validate_value_in(located, env_pointers, file, base_dir, guard_i18n::Lang::En)
}

/// [`validate_value`] with the messages in `lang`.
pub fn validate_value_in(
    located: &Located,
    env_pointers: &BTreeMap<String, String>,
    file: &str,
    base_dir: &Path,
    lang: guard_i18n::Lang,
) -> Result<Config, ConfigErrors> {
    let mut cx = Ctx { located, env: env_pointers, file, errors: Vec::new(), hosts: BTreeMap::new(), lang };
    let doc = &located.value;
    let Some(top) = doc.as_object() else {
        let message = cx.t("config-expected-top-mapping", &[("keys", "`pipeline:`, `components:`".into())]);
        cx.error_at("", message);
        return Err(ConfigErrors(cx.errors));
    };
    for key in top.keys() {
        if key != "pipeline" && key != "components" && key != "hosts" {
            let message = cx.unknown_key(key, &["`pipeline`".into(), "`components`".into(), "`hosts`".into()]);
            cx.key_error(&format!("/{key}"), message);
        }
    }
    if let Some(h) = top.get("hosts") {
        hosts(&mut cx, h, base_dir);
    }

    let null = Value::Null;
    let pipeline_v = top.get("pipeline").unwrap_or(&null);
    let raw_pipeline: RawPipeline =
        if pipeline_v.is_null() { RawPipeline::default() } else { cx.raw("/pipeline", pipeline_v).unwrap_or_default() };
    let names_written: BTreeSet<String> = match top.get("components") {
        Some(Value::Array(items)) => {
            items.iter().filter_map(|v| v.get("name").and_then(Value::as_str).map(str::to_string)).collect()
        }
        _ => BTreeSet::new(),
    };
    let pipeline = pipeline_settings(&mut cx, raw_pipeline, base_dir, &names_written);

    let mut components = Vec::new();
    match top.get("components") {
        None | Some(Value::Null) => {}
        Some(Value::Array(items)) => {
            let mut seen: BTreeMap<String, usize> = BTreeMap::new();
            for (i, item) in items.iter().enumerate() {
                let ptr = format!("/components/{i}");
                let Some(raw) = cx.raw::<RawComponent>(&ptr, item) else { continue };
                if let Some(prev) = seen.insert(raw.name.clone(), i) {
                    let message = cx.t(
                        "cli-config-duplicate-component",
                        &[("name", raw.name.as_str().into()), ("first", (prev + 1).into())],
                    );
                    cx.error_at(&format!("{ptr}/name"), message);
                }
                if let Some(c) = component(&mut cx, &ptr, raw, &pipeline, base_dir) {
                    components.push(c);
                }
            }
        }
        Some(_) => {
            let message = cx.t("config-expected-component-list", &[]);
            cx.error_at("/components", message)
        }
    }

    // Cross-component checks, over every component written (valid or not), so a bad
    // dependency is reported even when its component had other problems.
    if let Some(Value::Array(items)) = top.get("components") {
        let names: BTreeSet<&str> = items.iter().filter_map(|v| v.get("name").and_then(Value::as_str)).collect();
        for (i, item) in items.iter().enumerate() {
            let own = item.get("name").and_then(Value::as_str).unwrap_or_default();
            let deps = item.get("depends_on").and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default();
            for (j, dep) in deps.iter().enumerate() {
                let Some(dep) = dep.as_str() else { continue };
                if !names.contains(dep) {
                    let message =
                        cx.t("config-unknown-dependency", &[("name", dep.into()), ("key", "depends_on".into())]);
                    cx.error_at(&format!("/components/{i}/depends_on/{j}"), message);
                } else if dep == own {
                    let message = cx.t("config-self-dependency", &[]);
                    cx.error_at(&format!("/components/{i}/depends_on/{j}"), message);
                }
            }
        }
        front::cross_checks(&mut cx, items, &pipeline);
        if let Some(cycle) = find_cycle(&components) {
            let idx = items
                .iter()
                .position(|v| v.get("name").and_then(Value::as_str) == Some(cycle[0].as_str()))
                .unwrap_or(0);
            let message = cx.t("config-dependency-cycle", &[("cycle", cycle.join(" → ").into())]);
            cx.error_at(&format!("/components/{idx}/depends_on"), message);
        }
    }

    if cx.errors.is_empty() {
        Ok(Config { pipeline, components, base_dir: base_dir.to_path_buf(), source: None })
    } else {
        // In the file's order (line, then column), as a reader goes through it; problems at the
        // same place, and those from the environment (no position, last), keep the order found.
        let mut errors = cx.errors;
        errors.sort_by_key(|e| e.pos.map_or((1, 0, 0), |p| (0, p.line, p.col)));
        Err(ConfigErrors(errors))
    }
}

fn find_cycle(components: &[ComponentSpec]) -> Option<Vec<String>> {
    let deps: BTreeMap<&str, &Vec<String>> = components.iter().map(|c| (c.name.as_str(), &c.depends_on)).collect();
    // 0 = unvisited, 1 = on stack, 2 = done
    fn visit<'a>(
        n: &'a str,
        deps: &BTreeMap<&'a str, &'a Vec<String>>,
        state: &mut BTreeMap<&'a str, u8>,
        stack: &mut Vec<&'a str>,
    ) -> Option<Vec<String>> {
        match state.get(n) {
            Some(1) => {
                let start = stack.iter().position(|s| *s == n).unwrap_or(0);
                let mut cyc: Vec<String> = stack[start..].iter().map(|s| s.to_string()).collect();
                cyc.push(n.to_string());
                return Some(cyc);
            }
            Some(2) => return None,
            _ => {}
        }
        state.insert(n, 1);
        stack.push(n);
        for d in deps.get(n).map(|v| v.iter()).into_iter().flatten() {
            if d != n
                && deps.contains_key(d.as_str())
                && let Some(c) = visit(d.as_str(), deps, state, stack)
            {
                return Some(c);
            }
        }
        stack.pop();
        state.insert(n, 2);
        None
    }
    let mut state = BTreeMap::new();
    for c in components {
        if let Some(cyc) = visit(&c.name, &deps, &mut state, &mut Vec::new()) {
            return Some(cyc);
        }
    }
    None
}

fn pipeline_settings(
    cx: &mut Ctx,
    raw: RawPipeline,
    base_dir: &Path,
    component_names: &BTreeSet<String>,
) -> PipelineSettings {
    let m = &raw.monitoring;
    let interval = cx.positive_duration("/pipeline/monitoring/interval", &m.interval, Duration::from_secs(30));
    let health_check_timeout = cx.positive_duration(
        "/pipeline/monitoring/health_check_timeout",
        &m.health_check_timeout,
        Duration::from_secs(10),
    );
    let metrics_retention = cx.positive_duration(
        "/pipeline/monitoring/metrics_retention",
        &m.metrics_retention,
        Duration::from_secs(24 * 3600),
    );
    let rollup_retention = cx.positive_duration(
        "/pipeline/monitoring/rollup_retention",
        &m.rollup_retention,
        Duration::from_secs(90 * 86_400),
    );
    let max_workers = m.max_workers.unwrap_or(256) as usize;
    if max_workers == 0 {
        let message = cx.t("config-expected-at-least", &[("min", 1.into())]);
        cx.error_at("/pipeline/monitoring/max_workers", message);
    }
    let jitter = m.jitter.unwrap_or(0.1);
    if !(0.0..=0.5).contains(&jitter) {
        let message = cx.t("config-expected-between", &[("min", 0.into()), ("max", 0.5.into())]);
        cx.error_at("/pipeline/monitoring/jitter", message);
    }

    let h = &raw.healing;
    let strategies = h.strategies.clone().unwrap_or_else(|| vec!["restart".into()]);
    for (i, s) in strategies.iter().enumerate() {
        if !RecoveryStep::names().any(|n| n == s) {
            let message = cx.t(
                "cli-config-unknown-strategy",
                &[
                    ("value", s.as_str().into()),
                    ("expected", RecoveryStep::names().collect::<Vec<_>>().join(", ").into()),
                ],
            );
            cx.error_at(&format!("/pipeline/healing/strategies/{i}"), message);
        }
    }
    let healing = HealingSettings {
        enabled: h.enabled.unwrap_or(true),
        max_concurrent: h.max_concurrent.unwrap_or(3).max(1) as usize,
        strategies,
        cooldown: cx.duration("/pipeline/healing/cooldown", &h.cooldown, Duration::from_secs(10)),
        verify_within: cx.positive_duration(
            "/pipeline/healing/verify_within",
            &h.verify_within,
            Duration::from_secs(10),
        ),
        breaker: {
            let b = h.breaker.as_ref();
            let failures = b.and_then(|b| b.failures).unwrap_or(3);
            if failures == 0 {
                let message = cx.t("config-expected-at-least", &[("min", 1.into())]);
                cx.error_at("/pipeline/healing/breaker/failures", message);
            }
            BreakerSettings {
                failures: failures.max(1),
                window: cx.positive_duration(
                    "/pipeline/healing/breaker/window",
                    &b.and_then(|b| b.window.clone()),
                    Duration::from_secs(300),
                ),
                open_for: cx.positive_duration(
                    "/pipeline/healing/breaker/open_for",
                    &b.and_then(|b| b.open_for.clone()),
                    Duration::from_secs(120),
                ),
            }
        },
        memory_forecast: cx.duration("/pipeline/healing/memory_forecast", &h.memory_forecast, Duration::from_secs(3)),
    };

    let storage = StorageSettings {
        path: {
            let p = PathBuf::from(raw.storage.path.clone().unwrap_or_else(|| "pipeline-guard.db".into()));
            if p.is_absolute() { p } else { base_dir.join(p) }
        },
    };

    let s = &raw.security;
    let security = SecuritySettings {
        enabled: s.enabled.unwrap_or(false),
        token_expiry: cx.positive_duration(
            "/pipeline/security/token_expiry",
            &s.token_expiry,
            Duration::from_secs(3600),
        ),
        api_token_max_ttl: cx.positive_duration(
            "/pipeline/security/api_token_max_ttl",
            &s.api_token_max_ttl,
            super::DEFAULT_API_TOKEN_MAX_TTL,
        ),
        secret_key: s.secret_key.clone().map(Secret),
        encryption_key: s.encryption_key.clone().map(Secret),
        rate_limiting: s.rate_limiting.unwrap_or(true),
    };
    if security.token_expiry > security.api_token_max_ttl {
        // Tokens are capped at `api_token_max_ttl`; a session may not outlive that cap either.
        cx.error_at(
            "/pipeline/security/token_expiry",
            cx.t(
                "config-x-session-longer-than-ttl",
                &[("max", crate::units::format_duration(security.api_token_max_ttl).into())],
            ),
        );
    }

    let c = &raw.compliance;
    let standards: Vec<String> = c
        .standards
        .clone()
        .unwrap_or_default()
        .into_iter()
        .map(|s| s.to_ascii_lowercase().replace([' ', '_', '-'], ""))
        .collect();
    for (i, s) in standards.iter().enumerate() {
        if !KNOWN_STANDARDS.contains(&s.as_str()) {
            let message = cx.t(
                "config-unknown-standard",
                &[("value", s.as_str().into()), ("expected", KNOWN_STANDARDS.join(", ").into())],
            );
            cx.error_at(&format!("/pipeline/compliance/standards/{i}"), message);
        }
    }
    let compliance = ComplianceSettings {
        standards,
        data_retention: cx.positive_duration(
            "/pipeline/compliance/data_retention",
            &c.data_retention,
            Duration::from_secs(7 * 365 * 86_400),
        ),
        audit_logging: c.audit_logging.unwrap_or(true),
        retention: {
            let mut m = BTreeMap::new();
            for (k, v) in c.retention.clone().unwrap_or_default() {
                let ptr = format!("/pipeline/compliance/retention/{k}");
                if !crate::compliance::retention::KINDS.contains(&k.as_str()) {
                    let message = cx.unknown_value(&k, "retention", &crate::compliance::retention::KINDS.join(", "));
                    cx.error_at(&ptr, message);
                    continue;
                }
                m.insert(k, cx.positive_duration(&ptr, &Some(v), Duration::from_secs(86_400)));
            }
            m
        },
        backup: {
            let b = c.backup.as_ref();
            let keep = b.and_then(|b| b.keep).unwrap_or(7);
            if keep == 0 {
                let message = cx.t("config-expected-at-least", &[("min", 1.into())]);
                cx.error_at("/pipeline/compliance/backup/keep", message);
            }
            BackupSettings {
                enabled: b.and_then(|b| b.enabled).unwrap_or(true),
                interval: cx.positive_duration(
                    "/pipeline/compliance/backup/interval",
                    &b.and_then(|b| b.interval.clone()),
                    Duration::from_secs(86_400),
                ),
                keep: keep.max(1),
                dir: b.and_then(|b| b.dir.as_ref()).map(PathBuf::from),
            }
        },
        report_max_period: cx.positive_duration(
            "/pipeline/compliance/report_max_period",
            &c.report_max_period,
            Duration::from_secs(400 * 86_400),
        ),
    };

    let sc = &raw.scaling;
    let scaling = ScalingSettings {
        enabled: sc.enabled.unwrap_or(false),
        min_instances: sc.min_instances.unwrap_or(1),
        max_instances: sc.max_instances.unwrap_or(10),
        cpu_threshold: sc.cpu_threshold.unwrap_or(0.8),
        memory_threshold: sc.memory_threshold.unwrap_or(0.85),
    };
    if scaling.min_instances > scaling.max_instances {
        let message = cx.t("config-x-min-above-max", &[]);
        cx.error_at("/pipeline/scaling/min_instances", message);
    }

    let ca = &raw.caching;
    let strategy = ca.strategy.clone().unwrap_or_else(|| "adaptive".into());
    if !["lru", "lfu", "ttl", "adaptive"].contains(&strategy.as_str()) {
        let message = cx.unknown_value(&strategy, "strategy", "lru, lfu, ttl, adaptive");
        cx.error_at("/pipeline/caching/strategy", message);
    }
    let caching = CachingSettings {
        strategy,
        max_size_bytes: cx.size("/pipeline/caching/max_size", &ca.max_size).unwrap_or(100_000_000),
        ttl: cx.duration("/pipeline/caching/ttl", &ca.ttl, Duration::from_secs(3600)),
    };

    let listen_text = raw.server.listen.clone().unwrap_or_else(|| "127.0.0.1:7878".into());
    let listen = match listen_text.parse::<SocketAddr>() {
        Ok(a) => a,
        Err(_) => {
            let message = cx.t(
                "config-expected-listen",
                &[("example", "`127.0.0.1:7878`".into()), ("found", listen_text.as_str().into())],
            );
            cx.error_at("/pipeline/server/listen", message);
            "127.0.0.1:7878".parse().expect("literal address")
        }
    };

    let tls = raw.server.tls.as_ref().map(|t| {
        let mut file = |key: &str, text: &str| {
            let p = PathBuf::from(text);
            let p = if p.is_absolute() { p } else { base_dir.join(p) };
            if let Some(message) = file_problem(cx, &p) {
                cx.error_at(&format!("/pipeline/server/tls/{key}"), message);
            }
            p
        };
        TlsFiles { cert: file("cert", &t.cert), key: file("key", &t.key) }
    });
    if !listen.ip().is_loopback() && !security.enabled {
        cx.error_at(
            "/pipeline/server/listen",
            cx.t(
                "config-x-listen-needs-security",
                &[("listen", listen.to_string().into()), ("setting", "pipeline.security.enabled: true".into())],
            ),
        );
    } else if tls.is_none() && !listen.ip().is_loopback() {
        cx.error_at(
            "/pipeline/server/listen",
            cx.t(
                "config-x-listen-needs-tls",
                &[("listen", listen.to_string().into()), ("setting", "tls: { cert, key }".into())],
            ),
        );
    }
    let allowed_hosts = server_hosts(cx, raw.server.allowed_hosts.as_deref().unwrap_or_default());
    let limits = {
        let l = raw.server.limits.as_ref();
        let d = ServerLimits::default();
        let max_connections = l.and_then(|l| l.max_connections).unwrap_or(d.max_connections);
        if !(1..=65_536).contains(&max_connections) {
            let message = cx.t(
                "cli-config-out-of-range",
                &[
                    ("key", "max_connections".into()),
                    ("min", 1.into()),
                    ("max", 65_536.into()),
                    ("value", (max_connections as i64).into()),
                ],
            );
            cx.error_at("/pipeline/server/limits/max_connections", message);
        }
        ServerLimits {
            header_timeout: cx.positive_duration(
                "/pipeline/server/limits/header_timeout",
                &l.and_then(|l| l.header_timeout.clone()),
                d.header_timeout,
            ),
            request_timeout: cx.positive_duration(
                "/pipeline/server/limits/request_timeout",
                &l.and_then(|l| l.request_timeout.clone()),
                d.request_timeout,
            ),
            tls_handshake_timeout: cx.positive_duration(
                "/pipeline/server/limits/tls_handshake_timeout",
                &l.and_then(|l| l.tls_handshake_timeout.clone()),
                d.tls_handshake_timeout,
            ),
            max_connections: max_connections.clamp(1, 65_536),
        }
    };

    let region = raw.region.as_ref().and_then(|r| {
        let parsed = Region::parse(r);
        if parsed.is_none() {
            let message = cx.region_error(r);
            cx.error_at("/pipeline/region", message);
        }
        parsed
    });

    let detection =
        detection_spec(cx, "/pipeline/detection", raw.detection.as_ref(), &crate::detection::DetectionSpec::default());
    let notifications = notifications::notifications(cx, raw.notifications.as_ref(), component_names);
    let status_page = status_page(cx, raw.status_page.as_ref(), component_names);
    PipelineSettings {
        monitoring: MonitoringSettings {
            interval,
            health_check_timeout,
            metrics_retention,
            rollup_retention,
            max_workers: max_workers.max(1),
            jitter,
        },
        healing,
        storage,
        security,
        compliance,
        scaling,
        caching,
        server: ServerSettings { listen, tls, allowed_hosts, limits },
        region,
        detection,
        notifications,
        status_page,
    }
}

/// `pipeline.status_page`: every listed name must be a configured component (once); enabling it
/// without components, or with an empty title, is an error (a page that shows nothing).
fn status_page(
    cx: &mut Ctx,
    raw: Option<&crate::config::raw::RawStatusPage>,
    component_names: &BTreeSet<String>,
) -> crate::config::StatusPageSettings {
    let Some(raw) = raw else { return Default::default() };
    let enabled = raw.enabled.unwrap_or(false);
    let mut components = Vec::new();
    for (i, c) in raw.components.iter().flatten().enumerate() {
        let ptr = format!("/pipeline/status_page/components/{i}");
        if !component_names.contains(c) {
            let message = cx.t(
                "config-unknown-dependency",
                &[("name", c.as_str().into()), ("key", "pipeline.status_page.components".into())],
            );
            cx.error_at(&ptr, message);
        } else if components.contains(c) {
            let message = cx.t("config-x-listed-twice", &[("value", c.as_str().into())]);
            cx.error_at(&ptr, message);
        } else {
            components.push(c.clone());
        }
    }
    if enabled && raw.components.as_ref().is_none_or(|c| c.is_empty()) {
        let message = cx.t("config-x-status-page-empty", &[]);
        cx.error_at("/pipeline/status_page/enabled", message);
    }
    let title = raw.title.as_ref().map(|t| t.trim().to_string());
    if title.as_ref().is_some_and(|t| t.is_empty() || t.chars().count() > 200) {
        let message = cx.t("config-x-status-page-title", &[("min", 1.into()), ("max", 200.into())]);
        cx.error_at("/pipeline/status_page/title", message);
    }
    crate::config::StatusPageSettings { enabled, title: title.filter(|t| !t.is_empty()), components }
}

/// `pipeline.server.allowed_hosts`: each a DNS name or IP literal (IPv6 in brackets), with an
/// optional `:port`; lowercased. A pattern (`*`) is refused: the list exists to name hosts.
fn server_hosts(cx: &mut Ctx, entries: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        let text = e.trim().to_ascii_lowercase();
        let (name, port) = split_host_port(&text);
        let name_ok = if let Some(v6) = name.strip_prefix('[').and_then(|n| n.strip_suffix(']')) {
            v6.parse::<std::net::Ipv6Addr>().is_ok()
        } else {
            !name.is_empty()
                && name.len() <= 253
                && name
                    .split('.')
                    .all(|l| !l.is_empty() && l.len() <= 63 && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        };
        let port_ok = port.is_none_or(|p| p.parse::<u16>().is_ok_and(|p| p > 0));
        if name_ok && port_ok {
            out.push(text);
        } else {
            let message = cx.t(
                "config-x-allowed-host",
                &[
                    ("examples", "`guard.lab.example`, `10.0.0.5:7878`, `[fd00::5]`".into()),
                    ("value", e.to_string().into()),
                ],
            );
            cx.error_at(&format!("/pipeline/server/allowed_hosts/{i}"), message);
        }
    }
    out
}

/// `name:port` → (`name`, Some(`port`)); `[v6]:port` and a bare `[v6]` or `name` too.
pub fn split_host_port(text: &str) -> (&str, Option<&str>) {
    if text.starts_with('[') {
        return match text.find(']') {
            Some(end) => (&text[..=end], text[end + 1..].strip_prefix(':')),
            None => (text, None),
        };
    }
    match text.rsplit_once(':') {
        Some((n, p)) if !n.contains(':') => (n, Some(p)),
        _ => (text, None),
    }
}

fn component(
    cx: &mut Ctx,
    ptr: &str,
    raw: RawComponent,
    p: &PipelineSettings,
    base_dir: &Path,
) -> Option<ComponentSpec> {
    let before = cx.errors.len();
    if raw.name.is_empty() || !raw.name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.') {
        let message = cx.t("config-component-name", &[("name", raw.name.as_str().into())]);
        cx.error_at(&format!("{ptr}/name"), message);
    }
    let region = match raw.region.as_deref() {
        None => p.region.unwrap_or(Region::UsEast),
        Some(r) => Region::parse(r).unwrap_or_else(|| {
            let message = cx.region_error(r);
            cx.error_at(&format!("{ptr}/region"), message);
            Region::UsEast
        }),
    };

    let mut raw = raw;
    let raw_scale = raw.scale.take().unwrap_or_default();
    let base_port = raw_scale.port;
    let mut command_template = None;
    let mut check_template = None;
    if let Some(rp) = raw.process.as_mut()
        && rp.command.iter().any(|a| a.contains("{port}"))
    {
        match base_port {
            Some(port) => {
                command_template = Some(rp.command.clone());
                rp.command = rp.command.iter().map(|a| a.replace("{port}", &port.to_string())).collect();
            }
            None => {
                let message = cx.t(
                    "config-x-port-needs-scale-command",
                    &[("placeholder", "{port}".into()), ("setting", "scale: { port: N }".into())],
                );
                cx.error_at(&format!("{ptr}/process/command"), message)
            }
        }
    }
    if let Some(rc) = raw.check.as_mut() {
        let target = rc.http.as_mut().map(|h| &mut h.url).or(rc.tcp.as_mut().map(|t| &mut t.addr));
        if let Some(t) = target.filter(|t| t.contains("{port}")) {
            match base_port {
                Some(port) => {
                    check_template = Some(t.clone());
                    *t = t.replace("{port}", &port.to_string());
                }
                None => {
                    let message = cx.t(
                        "config-x-port-needs-scale-check",
                        &[("placeholder", "{port}".into()), ("setting", "scale: { port: N }".into())],
                    );
                    cx.error_at(&format!("{ptr}/check"), message)
                }
            }
        }
    }
    let scale = ScaleSpec {
        port: base_port,
        command_template,
        check_template,
        external_command: raw_scale.command.clone(),
        min_instances: raw_scale.min_instances.unwrap_or(1),
        max_instances: raw_scale.max_instances.unwrap_or(p.scaling.max_instances),
    };
    if scale.min_instances > scale.max_instances || scale.max_instances == 0 {
        let message = cx.t("config-x-scale-bounds", &[]);
        cx.error_at(&format!("{ptr}/scale"), message);
    }
    if let Some(c) = &scale.external_command
        && c.is_empty()
    {
        let message = cx.t("config-x-scale-command", &[("placeholder", "{replicas}".into())]);
        cx.error_at(&format!("{ptr}/scale/command"), message);
    }

    let process = raw.process.map(|rp| {
        if rp.command.is_empty() {
            let message = cx.t("config-expected-argv", &[]);
            cx.error_at(&format!("{ptr}/process/command"), message);
        }
        let cwd = rp.cwd.map(PathBuf::from).unwrap_or_else(|| PathBuf::from("."));
        ProcessSpec {
            command: rp.command,
            cwd: if cwd.is_absolute() { cwd } else { base_dir.join(cwd) },
            env: rp.env,
            log_max_bytes: cx.size(&format!("{ptr}/process/log_max"), &rp.log_max).unwrap_or(1_000_000),
            stop_grace: cx.duration(&format!("{ptr}/process/stop_grace"), &rp.stop_grace, Duration::from_secs(5)),
        }
    });

    let check = match raw.check {
        None if process.is_some() => CheckSpec {
            kind: CheckKind::Process,
            interval: p.monitoring.interval,
            timeout: p.monitoring.health_check_timeout,
        },
        None => {
            let message =
                cx.t("config-component-needs-check", &[("check", "`check:`".into()), ("process", "`process:`".into())]);
            cx.key_error(&format!("{ptr}/name"), message);
            return None;
        }
        Some(rc) => check_spec(cx, &format!("{ptr}/check"), rc, p, base_dir, process.is_some())?,
    };

    let limits =
        Limits { memory_bytes: cx.size(&format!("{ptr}/limits/memory"), &raw.limits.memory), cpu: raw.limits.cpu };

    let recovery = match raw.recovery {
        None => {
            if process.is_some() {
                vec![RecoveryStep::Restart]
            } else {
                vec![RecoveryStep::Notify]
            }
        }
        Some(steps) => {
            steps.iter().enumerate().filter_map(|(i, v)| recovery_step(cx, &format!("{ptr}/recovery/{i}"), v)).collect()
        }
    };

    let (tags, labels) = tags(cx, &format!("{ptr}/tags"), raw.tags.as_ref());
    // Where the people whose data the component holds live (residency checks in reports).
    if let Some(o) = tags.get("data_origin")
        && Region::parse(o).is_none()
    {
        let message = cx.region_error(o);
        cx.error_at(&format!("{ptr}/tags/data_origin"), message);
    }
    let sla = raw.sla.unwrap_or(99.9);
    if !(0.0..=100.0).contains(&sla) {
        let message = cx.t("config-expected-sla", &[("min", 0.into()), ("max", 100.into())]);
        cx.error_at(&format!("{ptr}/sla"), message);
    }

    let mut detection = detection_spec(cx, &format!("{ptr}/detection"), raw.detection.as_ref(), &p.detection);
    if matches!(check.kind, CheckKind::Node(_)) {
        // A host source: forecast the disk filling up and memory running out unless the config
        // says otherwise.
        for m in [crate::check::node::DISK_USED_RATIO, crate::check::node::MEMORY_USED_RATIO] {
            detection.limits.entry(m.to_string()).or_insert(1.0);
        }
    }
    let front = raw
        .front
        .as_ref()
        .and_then(|f| front::front_spec(cx, &format!("{ptr}/front"), f, &scale, process.is_some(), check.timeout, p));
    let autoscale = raw.autoscale.as_ref().and_then(|a| {
        autoscale::autoscale_spec(
            cx,
            &format!("{ptr}/autoscale"),
            a,
            &scale,
            process.as_ref(),
            &check,
            &mut detection,
            limits.memory_bytes,
            p,
        )
    });

    (cx.errors.len() == before).then_some(ComponentSpec {
        name: raw.name,
        region,
        critical: raw.critical,
        depends_on: raw.depends_on,
        process,
        check,
        limits,
        recovery,
        scale,
        sla,
        tags,
        labels,
        detection,
        front,
        autoscale,
        paused: raw.paused.unwrap_or(false),
    })
}

/// The longest tag label, in characters.
pub(crate) const TAG_MAX_CHARS: usize = 40;

/// `tags:` — a list of labels (`[payments, eu]`: letters, digits, `-`, `_`, `.`, `/`, `:`,
/// at most [`TAG_MAX_CHARS`], each once) or a map of keyed tags with string values
/// (`{ service: api }`, as before labels existed). Returns the keyed tags and the labels.
fn tags(cx: &mut Ctx, ptr: &str, v: Option<&Value>) -> (BTreeMap<String, String>, Vec<String>) {
    let (mut keyed, mut labels) = (BTreeMap::new(), Vec::new());
    match v {
        None | Some(Value::Null) => {}
        Some(Value::Array(items)) => {
            for (i, item) in items.iter().enumerate() {
                let at = format!("{ptr}/{i}");
                let Some(label) = item.as_str() else {
                    let message = cx.t("config-tag-not-text", &[]);
                    cx.error_at(&at, message);
                    continue;
                };
                let ok = !label.is_empty()
                    && label.chars().count() <= TAG_MAX_CHARS
                    && label.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '/' | ':'));
                if !ok {
                    let message =
                        cx.t("config-tag-invalid", &[("tag", label.into()), ("max", (TAG_MAX_CHARS as i64).into())]);
                    cx.error_at(&at, message);
                } else if labels.iter().any(|l| l == label) {
                    let message = cx.t("config-tag-duplicate", &[("tag", label.into())]);
                    cx.error_at(&at, message);
                } else {
                    labels.push(label.to_string());
                }
            }
        }
        Some(Value::Object(map)) => {
            for (k, val) in map {
                match val.as_str() {
                    Some(s) => {
                        keyed.insert(k.clone(), s.to_string());
                    }
                    None => {
                        let message = cx.t("config-tag-not-text", &[]);
                        cx.error_at(&format!("{ptr}/{k}"), message);
                    }
                }
            }
        }
        Some(_) => {
            let message = cx.t(
                "config-tags-shape",
                &[("key", "`tags:`".into()), ("list", "`[payments, eu]`".into()), ("map", "`service: api`".into())],
            );
            cx.error_at(ptr, message);
        }
    }
    (keyed, labels)
}

fn check_spec(
    cx: &mut Ctx,
    ptr: &str,
    rc: RawCheck,
    p: &PipelineSettings,
    base_dir: &Path,
    supervised: bool,
) -> Option<CheckSpec> {
    let interval = cx.positive_duration(&format!("{ptr}/interval"), &rc.interval, p.monitoring.interval);
    let mut timeout = cx.positive_duration(&format!("{ptr}/timeout"), &rc.timeout, p.monitoring.health_check_timeout);
    let mut kinds: Vec<(&str, CheckKind)> = Vec::new();
    if let Some(h) = rc.http {
        if let Some(t) = &h.timeout {
            timeout = cx.positive_duration(&format!("{ptr}/http/timeout"), &Some(t.clone()), timeout);
        }
        if !(h.url.starts_with("http://") || h.url.starts_with("https://")) {
            let message = cx.t("config-expected-url", &[("found", h.url.as_str().into())]);
            cx.error_at(&format!("{ptr}/http/url"), message);
        }
        let method = h.method.unwrap_or_else(|| "GET".into()).to_ascii_uppercase();
        if !["GET", "HEAD", "POST"].contains(&method.as_str()) {
            let message = cx.t("config-x-http-method", &[("expected", "GET, HEAD, POST".into())]);
            cx.error_at(&format!("{ptr}/http/method"), message);
        }
        let degraded_after = h
            .degraded_after
            .as_ref()
            .map(|d| cx.duration(&format!("{ptr}/http/degraded_after"), &Some(d.clone()), timeout));
        kinds.push((
            "http",
            CheckKind::Http(HttpCheckSpec {
                url: h.url,
                method,
                expect_status: h.expect_status.unwrap_or(200),
                body_contains: h.body_contains,
                degraded_after,
                tls_verify: h.tls_verify.unwrap_or(true),
            }),
        ));
    }
    if let Some(t) = rc.tcp {
        if let Some(to) = &t.timeout {
            timeout = cx.positive_duration(&format!("{ptr}/tcp/timeout"), &Some(to.clone()), timeout);
        }
        if !t.addr.contains(':') {
            let message =
                cx.t("config-expected-host-port", &[("form", "HOST:PORT".into()), ("found", t.addr.as_str().into())]);
            cx.error_at(&format!("{ptr}/tcp/addr"), message);
        }
        kinds.push(("tcp", CheckKind::Tcp(TcpCheckSpec { addr: t.addr })));
    }
    if let Some(c) = rc.command {
        if let Some(to) = &c.timeout {
            timeout = cx.positive_duration(&format!("{ptr}/command/timeout"), &Some(to.clone()), timeout);
        }
        if c.run.is_empty() {
            let message = cx.t("config-expected-argv", &[]);
            cx.error_at(&format!("{ptr}/command/run"), message);
        }
        let cwd = c.cwd.map(PathBuf::from).unwrap_or_else(|| PathBuf::from("."));
        let argv = match &c.on {
            None => c.run,
            Some(h) => match cx.hosts.get(h) {
                Some(host) => crate::remote::ssh_argv(host, &c.run),
                None => {
                    let m = unknown_host(cx, h);
                    cx.error_at(&format!("{ptr}/command/on"), m);
                    c.run
                }
            },
        };
        kinds.push((
            "command",
            CheckKind::Command(CommandCheckSpec {
                argv,
                cwd: if cwd.is_absolute() { cwd } else { base_dir.join(cwd) },
            }),
        ));
    }
    if rc.process.is_some() {
        if !supervised {
            let message = cx.t("config-x-process-check-needs-block", &[]);
            cx.error_at(&format!("{ptr}/process"), message);
        }
        kinds.push(("process", CheckKind::Process));
    }
    if let Some(pr) = rc.prometheus {
        if let Some(to) = &pr.timeout {
            timeout = cx.positive_duration(&format!("{ptr}/prometheus/timeout"), &Some(to.clone()), timeout);
        }
        let healthy_if = pr.healthy_if.as_deref().and_then(|s| match Comparison::parse(s) {
            Ok(c) => Some(c),
            Err(_) => {
                let message = cx.t("config-x-comparison", &[("value", s.trim().into())]);
                cx.error_at(&format!("{ptr}/prometheus/healthy_if"), message);
                None
            }
        });
        kinds.push((
            "prometheus",
            CheckKind::Prometheus(PrometheusCheckSpec {
                url: pr.url,
                metric: pr.metric,
                labels: pr.labels,
                healthy_if,
            }),
        ));
    }
    if let Some(pq) = rc.promql {
        if let Some(to) = &pq.timeout {
            timeout = cx.positive_duration(&format!("{ptr}/promql/timeout"), &Some(to.clone()), timeout);
        }
        match promql_spec(cx, &format!("{ptr}/promql"), pq) {
            Some(spec) => kinds.push(("promql", CheckKind::Promql(spec))),
            None => return None, // its problems are reported
        }
    }
    if let Some(n) = rc.node {
        if let Some(to) = &n.timeout {
            timeout = cx.positive_duration(&format!("{ptr}/node/timeout"), &Some(to.clone()), timeout);
        }
        if !(n.url.starts_with("http://") || n.url.starts_with("https://")) {
            cx.error_at(
                &format!("{ptr}/node/url"),
                cx.t(
                    "config-x-node-url",
                    &[("example", "http://10.0.0.5:9100/metrics".into()), ("value", n.url.as_str().into())],
                ),
            );
        }
        let mountpoint = n.mountpoint.unwrap_or_else(|| "/".into());
        if !mountpoint.starts_with('/') {
            cx.error_at(
                &format!("{ptr}/node/mountpoint"),
                cx.t("config-x-node-mountpoint", &[("value", mountpoint.as_str().into())]),
            );
        }
        kinds.push(("node", CheckKind::Node(NodeCheckSpec { url: n.url, mountpoint })));
    }
    match kinds.len() {
        0 => {
            let message = cx.t(
                "config-check-kind-missing",
                &[("kinds", "http, tcp, command, process, prometheus, promql, node".into())],
            );
            cx.error_at(ptr, message);
            None
        }
        1 => Some(CheckSpec { kind: kinds.pop().expect("one kind").1, interval, timeout }),
        _ => {
            let names: Vec<&str> = kinds.iter().map(|k| k.0).collect();
            let message = cx.t("config-check-kind-many", &[("found", names.join(", ").into())]);
            cx.error_at(ptr, message);
            None
        }
    }
}

fn promql_spec(cx: &mut Ctx, ptr: &str, pq: RawPromqlCheck) -> Option<PromqlCheckSpec> {
    let before = cx.errors.len();
    let url = pq.url.trim_end_matches('/').to_string();
    if !(url.starts_with("http://") || url.starts_with("https://")) || url.contains("/api/v1") {
        cx.error_at(
            &format!("{ptr}/url"),
            cx.t(
                "config-x-promql-url",
                &[("example", "http://127.0.0.1:9090".into()), ("value", pq.url.as_str().into())],
            ),
        );
    }
    if let Err(m) = crate::check::promql::lint_query(&pq.query) {
        let message = cx.say(&m);
        cx.error_at(&format!("{ptr}/query"), message);
    }
    let healthy_if = Comparison::parse(&pq.healthy_if)
        .map_err(|_| {
            let message = cx.t("config-x-comparison", &[("value", pq.healthy_if.trim().into())]);
            cx.error_at(&format!("{ptr}/healthy_if"), message)
        })
        .ok();
    let hold_for = cx.duration(&format!("{ptr}/for"), &pq.hold_for, Duration::ZERO);
    let metric = pq.metric.unwrap_or_else(|| "promql_value".into());
    if metric.is_empty() || !metric.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        cx.error_at(&format!("{ptr}/metric"), cx.t("config-x-sample-name", &[("value", metric.as_str().into())]));
    }
    let healthy_if = healthy_if?;
    (cx.errors.len() == before).then_some(PromqlCheckSpec {
        url,
        query: pq.query.trim().to_string(),
        healthy_if,
        hold_for,
        metric,
    })
}

/// Why a file the config names (a TLS certificate or key, an SSH key, a known_hosts file) cannot
/// be used, in the reader's language; the OS's reason stays as it said it. The key it was
/// written under says which file it is.
fn file_problem(cx: &Ctx, p: &Path) -> Option<String> {
    match std::fs::metadata(p) {
        Ok(m) if m.is_file() && m.len() > 0 => None,
        Ok(_) => Some(cx.t("config-x-file-empty", &[("path", p.display().to_string().into())])),
        Err(e) => Some(cx.t(
            "config-x-file-unreadable",
            &[("path", p.display().to_string().into()), ("detail", e.to_string().into())],
        )),
    }
}

fn unknown_host(cx: &Ctx, name: &str) -> String {
    let known: Vec<&str> = cx.hosts.keys().map(String::as_str).collect();
    if known.is_empty() {
        cx.t("config-x-unknown-host-none", &[("name", name.into())])
    } else {
        cx.t("config-x-unknown-host", &[("name", name.into()), ("expected", known.join(", ").into())])
    }
}

/// `hosts:`: each with a unique name, an SSH key and a known_hosts file that exist. A missing
/// known_hosts file is an error, never a reason to accept whatever key the host presents.
fn hosts(cx: &mut Ctx, v: &Value, base_dir: &Path) {
    let Some(items) = v.as_array() else {
        let message = cx.t("config-x-hosts-list", &[]);
        cx.error_at("/hosts", message);
        return;
    };
    for (i, item) in items.iter().enumerate() {
        let ptr = format!("/hosts/{i}");
        let Some(raw) = cx.raw::<RawHost>(&ptr, item) else { continue };
        if raw.name.is_empty()
            || !raw.name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.')
        {
            cx.error_at(&format!("{ptr}/name"), cx.t("config-x-host-name", &[("value", raw.name.as_str().into())]));
        }
        if cx.hosts.contains_key(&raw.name) {
            let message = cx.t("config-x-host-duplicate", &[("name", raw.name.as_str().into())]);
            cx.error_at(&format!("{ptr}/name"), message);
        }
        if raw.address.is_empty() || raw.address.starts_with('-') || raw.address.contains(char::is_whitespace) {
            cx.error_at(
                &format!("{ptr}/address"),
                cx.t("config-x-host-address", &[("value", raw.address.as_str().into())]),
            );
        }
        if raw.user.is_empty()
            || raw.user.starts_with('-')
            || !raw.user.chars().all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
        {
            let message = cx.t("config-x-host-user", &[("value", raw.user.as_str().into())]);
            cx.error_at(&format!("{ptr}/user"), message);
        }
        let mut file = |key: &str, text: &str| {
            let p = PathBuf::from(text);
            let p = if p.is_absolute() { p } else { base_dir.join(p) };
            if let Some(message) = file_problem(cx, &p) {
                cx.error_at(&format!("{ptr}/{key}"), message);
            }
            p
        };
        let key_file = file("key_file", &raw.key_file);
        let known_hosts = file("known_hosts", &raw.known_hosts);
        let connect_timeout =
            cx.positive_duration(&format!("{ptr}/connect_timeout"), &raw.connect_timeout, Duration::from_secs(5));
        if raw.port == Some(0) {
            let message = cx.t("config-expected-port", &[("min", "1".into()), ("max", "65535".into())]);
            cx.error_at(&format!("{ptr}/port"), message);
        }
        // Kept even with problems, so steps naming it do not add an `unknown host` error.
        let h = crate::remote::HostSpec {
            name: raw.name.clone(),
            address: raw.address,
            port: raw.port.unwrap_or(22),
            user: raw.user,
            key_file,
            known_hosts,
            connect_timeout,
        };
        cx.hosts.entry(raw.name).or_insert(h);
    }
}

fn recovery_step(cx: &mut Ctx, ptr: &str, v: &Value) -> Option<RecoveryStep> {
    let expected =
        "restart, scale_up, scale_down, migrate, notify, {run: [argv...], timeout: 30s, on: HOST}, {webhook: URL}";
    match v {
        Value::String(s) => RecoveryStep::from_plain_name(s).or_else(|| {
            let message =
                cx.t("config-unknown-recovery-step", &[("value", s.as_str().into()), ("expected", expected.into())]);
            cx.error_at(ptr, message);
            None
        }),
        Value::Object(m)
            if m.contains_key("run")
                && m.contains_key("on")
                && m.keys().all(|k| ["run", "timeout", "on"].contains(&k.as_str())) =>
        {
            // The local step first (argv, timeout), then wrapped in `ssh` for its host.
            let step = recovery_step(
                cx,
                ptr,
                &Value::Object(m.iter().filter(|(k, _)| *k != "on").map(|(k, v)| (k.clone(), v.clone())).collect()),
            )?;
            let on = &m["on"];
            let host = match on.as_str() {
                Some(h) => match cx.hosts.get(h) {
                    Some(host) => host.clone(),
                    None => {
                        let msg = unknown_host(cx, h);
                        cx.error_at(&format!("{ptr}/on"), msg);
                        return None;
                    }
                },
                None => {
                    let message = cx.t("config-x-step-host", &[]);
                    cx.error_at(&format!("{ptr}/on"), message);
                    return None;
                }
            };
            match step {
                RecoveryStep::Run { argv, timeout } => {
                    Some(RecoveryStep::Run { argv: crate::remote::ssh_argv(&host, &argv), timeout })
                }
                other => Some(other),
            }
        }
        Value::Object(m) if m.len() == 1 || (m.len() == 2 && m.contains_key("timeout")) => {
            if let Some(run) = m.get("run") {
                let argv: Option<Vec<String>> =
                    run.as_array().map(|a| a.iter().filter_map(|x| x.as_str().map(str::to_string)).collect());
                let timeout = match m.get("timeout") {
                    Some(t) => {
                        let u = match t {
                            Value::String(s) => Some(Unit::Text(s.clone())),
                            Value::Number(n) => n.as_f64().map(Unit::Number),
                            _ => None,
                        };
                        cx.duration(&format!("{ptr}/timeout"), &u, Duration::from_secs(30))
                    }
                    None => Duration::from_secs(30),
                };
                match argv {
                    Some(a) if !a.is_empty() && a.len() == run.as_array().map_or(0, Vec::len) => {
                        Some(RecoveryStep::Run { argv: a, timeout })
                    }
                    _ => {
                        let message = cx.t("config-x-step-run-argv", &[]);
                        cx.error_at(&format!("{ptr}/run"), message);
                        None
                    }
                }
            } else if let Some(url) = m.get("webhook") {
                match url.as_str() {
                    Some(u) if u.starts_with("http://") || u.starts_with("https://") => {
                        Some(RecoveryStep::Webhook { url: u.to_string() })
                    }
                    _ => {
                        let message =
                            cx.t("config-expected-url", &[("found", url.as_str().unwrap_or_default().into())]);
                        cx.error_at(&format!("{ptr}/webhook"), message);
                        None
                    }
                }
            } else {
                let k = m.keys().next().cloned().unwrap_or_default();
                let message = cx
                    .t("config-unknown-recovery-step", &[("value", k.as_str().into()), ("expected", expected.into())]);
                cx.key_error(&format!("{ptr}/{k}"), message);
                None
            }
        }
        _ => {
            cx.error_at(ptr, expected);
            None
        }
    }
}

/// A number as written in a rule or limit: plain, a size (`200MB`) or a duration (`500ms`,
/// in seconds).
fn rule_number(lang: guard_i18n::Lang, u: &Unit) -> Result<f64, String> {
    match u {
        Unit::Number(n) if n.is_finite() => Ok(*n),
        Unit::Number(_) => Err(super::input::tr(lang, "config-x-finite-number", &[])),
        Unit::Text(t) => t
            .trim()
            .parse::<f64>()
            .ok()
            .filter(|x| x.is_finite())
            .or_else(|| parse_size(t).ok().map(|b| b as f64))
            .or_else(|| parse_duration(t).ok().map(|d| d.as_secs_f64()))
            .ok_or_else(|| super::input::tr(lang, "config-x-rule-number", &[("value", t.as_str().into())])),
    }
}

/// `detection:` over `base` (the pipeline block, or the defaults for the pipeline itself):
/// settings override, rules and limits add up.
fn detection_spec(
    cx: &mut Ctx,
    ptr: &str,
    raw: Option<&RawDetection>,
    base: &crate::detection::DetectionSpec,
) -> crate::detection::DetectionSpec {
    use crate::detection::{OnAnomaly, Severity, ThresholdRule, rules::parse_op};
    let mut d = base.clone();
    let Some(raw) = raw else { return d };
    if let Some(a) = raw.anomaly {
        d.anomaly = a;
    }
    if let Some(t) = raw.anomaly_threshold {
        if t > 0.0 && t <= 1.0 {
            d.anomaly_threshold = t;
        } else {
            let message = cx.t("config-expected-score", &[]);
            cx.error_at(&format!("{ptr}/anomaly_threshold"), message);
        }
    }
    match raw.on_anomaly.as_deref() {
        None => {}
        Some("alert") => d.on_anomaly = OnAnomaly::Alert,
        Some("heal") => d.on_anomaly = OnAnomaly::Heal,
        Some(other) => {
            let message = cx.unknown_value(other, "on_anomaly", "alert, heal");
            cx.error_at(&format!("{ptr}/on_anomaly"), message)
        }
    }
    d.horizon = cx.positive_duration(&format!("{ptr}/horizon"), &raw.horizon, d.horizon);
    d.window = cx.positive_duration(&format!("{ptr}/window"), &raw.window, d.window);
    if let Some(p) = raw.proactive_restart {
        d.proactive_restart = p;
    }
    for (i, r) in raw.rules.iter().enumerate() {
        let rp = format!("{ptr}/rules/{i}");
        let mut ok = true;
        if r.metric.trim().is_empty() {
            let message = cx.t("config-x-rule-metric", &[("example", "cpu_usage".into())]);
            cx.error_at(&format!("{rp}/metric"), message);
            ok = false;
        }
        let op = parse_op(&r.op);
        if op.is_none() {
            let message = cx.unknown_value(&r.op, "op", "gt, ge, lt, le, eq, ne");
            cx.error_at(&format!("{rp}/op"), message);
            ok = false;
        }
        let value = rule_number(cx.lang, &r.value).map_err(|m| cx.error_at(&format!("{rp}/value"), m)).ok();
        let severity = match r.severity.as_deref() {
            None => Some(Severity::Medium),
            Some(s) => Severity::parse(s).or_else(|| {
                let message = cx.unknown_value(s, "severity", "low, medium, high, critical");
                cx.error_at(&format!("{rp}/severity"), message);
                None
            }),
        };
        let hold = cx.duration(&format!("{rp}/for"), &r.hold_for, Duration::ZERO);
        let hysteresis = match &r.hysteresis {
            None => Some(0.0),
            Some(u) => match rule_number(cx.lang, u) {
                Ok(h) if h >= 0.0 => Some(h),
                Ok(_) => {
                    let message = cx.t("config-expected-hysteresis", &[]);
                    cx.error_at(&format!("{rp}/hysteresis"), message);
                    None
                }
                Err(m) => {
                    cx.error_at(&format!("{rp}/hysteresis"), m);
                    None
                }
            },
        };
        if let (true, Some(op), Some(value), Some(severity), Some(h)) = (ok, op, value, severity, hysteresis) {
            d.rules.push(ThresholdRule::new(r.metric.trim(), value, op, severity).hold_for(hold).hysteresis(h));
        }
    }
    for (m, u) in &raw.limits {
        match rule_number(cx.lang, u) {
            Ok(v) => {
                d.limits.insert(m.clone(), v);
            }
            Err(msg) => cx.error_at(&format!("{ptr}/limits/{m}"), msg),
        }
    }
    d
}
