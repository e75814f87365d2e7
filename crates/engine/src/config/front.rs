//! `front:` validation: raw → [`FrontSpec`](crate::front::FrontSpec), every problem located.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::time::Duration;

use serde_json::Value;

use super::Ctx;
use crate::config::raw::{RawFront, RawFrontOutlier, RawFrontRetry};
use crate::config::{PipelineSettings, ScaleSpec};
use crate::front::{Balance, FrontSpec, OutlierSpec, RetrySpec};

/// The per-try time-out when the config gives none: half the check's `timeout` (a healthy
/// instance answers its own check well within it), between 100 ms and 2 s, so a hung
/// instance costs a caller at most 2 s and never the caller's own time-out.
pub(crate) fn default_try_timeout(check_timeout: Duration) -> Duration {
    (check_timeout / 2).clamp(Duration::from_millis(100), Duration::from_secs(2))
}

#[allow(clippy::too_many_arguments)]
pub(super) fn front_spec(
    cx: &mut Ctx,
    ptr: &str,
    raw: &RawFront,
    scale: &ScaleSpec,
    supervised: bool,
    check_timeout: Duration,
    p: &PipelineSettings,
) -> Option<FrontSpec> {
    let before = cx.errors.len();
    let listen = match raw.listen.trim().parse::<SocketAddr>() {
        Ok(a) => Some(a),
        Err(_) => {
            let message = cx.t(
                "config-x-front-listen",
                &[("example", "127.0.0.1:9100".into()), ("value", raw.listen.as_str().into())],
            );
            cx.error_at(&format!("{ptr}/listen"), message);
            None
        }
    };
    if let Some(a) = listen {
        if !a.ip().is_loopback() && !p.security.enabled {
            let message = cx.t(
                "config-x-front-loopback",
                &[("setting", "pipeline.security.enabled".into()), ("value", a.to_string().into())],
            );
            cx.error_at(&format!("{ptr}/listen"), message);
        }
        if a.port() == 0 {
            let message = cx.t("config-x-front-port-zero", &[]);
            cx.error_at(&format!("{ptr}/listen"), message);
        }
        if scale.port == Some(a.port()) {
            // A port is a name, not a count: said as written (no digit grouping).
            let message = cx.t("config-x-front-port-taken", &[("port", a.port().to_string().into())]);
            cx.error_at(&format!("{ptr}/listen"), message);
        }
    }
    let balance = match raw.balance.as_deref().map(str::trim) {
        None | Some("weighted") => Balance::Weighted,
        Some("least_conn") => Balance::LeastConn,
        Some(other) => {
            let message =
                cx.t("config-x-front-balance", &[("value", other.into()), ("expected", "weighted, least_conn".into())]);
            cx.error_at(&format!("{ptr}/balance"), message);
            Balance::Weighted
        }
    };
    let weights = raw.weights.clone().unwrap_or_default();
    for (i, w) in weights.iter().enumerate() {
        if !(w.is_finite() && *w > 0.0) {
            let found: guard_i18n::FluentValue = if w.is_finite() { (*w).into() } else { w.to_string().into() };
            let message = cx.t("config-x-front-weight", &[("value", found)]);
            cx.error_at(&format!("{ptr}/weights/{i}"), message);
        }
    }
    if weights.len() > scale.max_instances as usize {
        let message = cx
            .t("config-x-front-weights-count", &[("count", weights.len().into()), ("max", scale.max_instances.into())]);
        cx.error_at(&format!("{ptr}/weights"), message);
    }
    if !supervised || scale.command_template.is_none() || scale.port.is_none() {
        let message = cx.t(
            "config-x-front-needs-instances",
            &[("placeholder", "{port}".into()), ("example", "scale: { port: N, min_instances: 2 }".into())],
        );
        cx.key_error(ptr, message);
    }
    let per_try = raw.retry.as_ref().and_then(|r| r.per_try_timeout.as_ref());
    let try_timeout = match (&raw.try_timeout, per_try) {
        (Some(_), Some(_)) => {
            let message = cx.t("config-x-front-try-timeout-twice", &[]);
            cx.error_at(&format!("{ptr}/retry/per_try_timeout"), message);
            Duration::from_secs(1)
        }
        (Some(_), None) => {
            cx.positive_duration(&format!("{ptr}/try_timeout"), &raw.try_timeout, Duration::from_secs(1))
        }
        (None, Some(u)) => {
            cx.positive_duration(&format!("{ptr}/retry/per_try_timeout"), &Some(u.clone()), Duration::from_secs(1))
        }
        (None, None) => default_try_timeout(check_timeout),
    };
    let drain_timeout =
        cx.positive_duration(&format!("{ptr}/drain_timeout"), &raw.drain_timeout, Duration::from_secs(10));
    let health_interval =
        cx.positive_duration(&format!("{ptr}/health_interval"), &raw.health_interval, Duration::from_millis(500));
    let outlier = outlier_spec(cx, &format!("{ptr}/outlier"), raw.outlier.as_ref());
    let retry = retry_spec(cx, &format!("{ptr}/retry"), raw.retry.as_ref());
    let listen = listen?;
    (cx.errors.len() == before).then_some(FrontSpec {
        listen,
        balance,
        weights,
        try_timeout,
        drain_timeout,
        health_interval,
        outlier,
        retry,
    })
}

/// What a bounded whole number counts, and the message that says it is out of bounds.
#[derive(Clone, Copy)]
enum Counted {
    Failures,
    Percent,
    Retries,
}

/// A whole number in `range`, or the default; an error at `ptr` otherwise.
fn count(
    cx: &mut Ctx,
    ptr: &str,
    v: Option<i64>,
    range: std::ops::RangeInclusive<i64>,
    default: u32,
    what: Counted,
) -> u32 {
    match v {
        None => default,
        Some(n) if range.contains(&n) => n as u32,
        Some(n) => {
            let id = match what {
                Counted::Failures => "config-x-front-failures-range",
                Counted::Percent => "config-x-front-percent-range",
                Counted::Retries => "config-x-front-retries-range",
            };
            let message = cx.t(
                id,
                &[("min", (*range.start()).into()), ("max", (*range.end()).into()), ("value", (n as f64).into())],
            );
            cx.error_at(ptr, message);
            default
        }
    }
}

fn outlier_spec(cx: &mut Ctx, ptr: &str, raw: Option<&RawFrontOutlier>) -> OutlierSpec {
    let d = OutlierSpec::default();
    let Some(raw) = raw else { return d };
    let spec = OutlierSpec {
        enabled: raw.enabled.unwrap_or(true),
        consecutive_5xx: count(
            cx,
            &format!("{ptr}/consecutive_5xx"),
            raw.consecutive_5xx,
            1..=1000,
            d.consecutive_5xx,
            Counted::Failures,
        ),
        consecutive_gateway_failure: count(
            cx,
            &format!("{ptr}/consecutive_gateway_failure"),
            raw.consecutive_gateway_failure,
            1..=1000,
            d.consecutive_gateway_failure,
            Counted::Failures,
        ),
        base_ejection_time: cx.positive_duration(
            &format!("{ptr}/base_ejection_time"),
            &raw.base_ejection_time,
            d.base_ejection_time,
        ),
        max_ejection_time: cx.positive_duration(
            &format!("{ptr}/max_ejection_time"),
            &raw.max_ejection_time,
            d.max_ejection_time,
        ),
        max_ejection_percent: count(
            cx,
            &format!("{ptr}/max_ejection_percent"),
            raw.max_ejection_percent,
            0..=100,
            d.max_ejection_percent,
            Counted::Percent,
        ),
    };
    if spec.max_ejection_time < spec.base_ejection_time {
        let message = cx.t("config-x-front-ejection-times", &[]);
        cx.error_at(&format!("{ptr}/max_ejection_time"), message);
    }
    spec
}

/// Methods a request line may carry (RFC 9110 token characters), upper case.
fn method_ok(m: &str) -> bool {
    !m.is_empty() && m.bytes().all(|b| b.is_ascii_uppercase() || b == b'-' || b == b'_')
}

fn retry_spec(cx: &mut Ctx, ptr: &str, raw: Option<&RawFrontRetry>) -> RetrySpec {
    let d = RetrySpec::default();
    let Some(raw) = raw else { return d };
    let mut methods = Vec::new();
    for (i, m) in raw.idempotent_methods.iter().flatten().enumerate() {
        let m = m.trim();
        if !method_ok(m) {
            let message = cx.t("config-x-front-method", &[("value", m.into())]);
            cx.error_at(&format!("{ptr}/idempotent_methods/{i}"), message);
        } else {
            methods.push(m.to_string());
        }
    }
    RetrySpec {
        budget_percent: count(
            cx,
            &format!("{ptr}/budget_percent"),
            raw.budget_percent,
            0..=100,
            d.budget_percent,
            Counted::Percent,
        ),
        min_retries: count(
            cx,
            &format!("{ptr}/min_retries"),
            raw.min_retries,
            0..=10_000,
            d.min_retries,
            Counted::Retries,
        ),
        idempotent_methods: methods,
    }
}

/// Across components: two fronts on one address, or a front on the guard's own address.
pub(super) fn cross_checks(cx: &mut Ctx, items: &[Value], p: &PipelineSettings) {
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    for (i, item) in items.iter().enumerate() {
        let Some(listen) = item.get("front").and_then(|f| f.get("listen")).and_then(Value::as_str) else { continue };
        let Ok(addr) = listen.trim().parse::<SocketAddr>() else { continue };
        let ptr = format!("/components/{i}/front/listen");
        if addr == p.server.listen {
            let message = cx.t(
                "config-x-front-guard-address",
                &[("listen", addr.to_string().into()), ("setting", "pipeline.server.listen".into())],
            );
            cx.error_at(&ptr, message);
        }
        let name = item.get("name").and_then(Value::as_str).unwrap_or("?").to_string();
        if let Some(prev) = seen.insert(addr.to_string(), name) {
            let message = cx
                .t("config-x-front-address-taken", &[("component", prev.into()), ("listen", addr.to_string().into())]);
            cx.error_at(&ptr, message);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;
    use std::path::Path;
    use std::time::Duration;

    use crate::config::load_str;
    use crate::front::{Balance, OutlierSpec, RetrySpec};

    fn config(front: &str, security: bool) -> String {
        format!(
            r#"
pipeline:
  security: {{ enabled: {security} }}
components:
  - name: api
    process: {{ command: ["./api", "--port", "{{port}}"] }}
    scale: {{ port: 9101, min_instances: 2 }}
    check: {{ http: {{ url: "http://127.0.0.1:{{port}}/health" }} }}
    front: {front}
"#
        )
    }

    fn errors(text: &str) -> Vec<String> {
        match load_str(text, "lab.yaml", Path::new("/lab"), &BTreeMap::new()) {
            Ok(_) => Vec::new(),
            Err(e) => e.0.iter().map(|e| e.to_string()).collect(),
        }
    }

    #[test]
    fn a_valid_front_is_typed() {
        let c = load_str(
            &config("{ listen: 127.0.0.1:9100, balance: least_conn, weights: [1, 1.5], try_timeout: 250ms }", false),
            "lab.yaml",
            Path::new("/lab"),
            &BTreeMap::new(),
        )
        .unwrap();
        let f = c.component("api").unwrap().front.clone().unwrap();
        assert_eq!(f.listen.to_string(), "127.0.0.1:9100");
        assert_eq!(f.balance, Balance::LeastConn);
        assert_eq!((f.weight(0), f.weight(1), f.weight(2)), (1.0, 1.5, 1.0));
        assert_eq!(f.try_timeout, Duration::from_millis(250));
        assert_eq!(f.drain_timeout, Duration::from_secs(10));
        let f = load_str(&config("{ listen: \"[::1]:9100\" }", false), "lab.yaml", Path::new("/lab"), &BTreeMap::new())
            .unwrap()
            .components[0]
            .front
            .clone()
            .unwrap();
        assert_eq!(f.balance, Balance::Weighted);
        assert_eq!((f.outlier.clone(), f.retry.clone()), (OutlierSpec::default(), RetrySpec::default()), "defaults");
        // No per-try time-out given: half the check's (here the default 5 s, capped at 2 s).
        assert_eq!(f.try_timeout, super::default_try_timeout(c.component("api").unwrap().check.timeout));
        assert_eq!(f.try_timeout, Duration::from_secs(2));
        let f = load_str(
            &config("{ listen: 127.0.0.1:9100, outlier: { enabled: false, consecutive_5xx: 5, consecutive_gateway_failure: 2, base_ejection_time: 1s, max_ejection_time: 9s, max_ejection_percent: 100 }, retry: { per_try_timeout: 700ms, budget_percent: 50, min_retries: 0, idempotent_methods: [PUT, DELETE] } }", false),
            "lab.yaml",
            Path::new("/lab"),
            &BTreeMap::new(),
        )
        .unwrap()
        .components[0]
        .front
        .clone()
        .unwrap();
        let o = OutlierSpec {
            enabled: false,
            consecutive_5xx: 5,
            consecutive_gateway_failure: 2,
            base_ejection_time: Duration::from_secs(1),
            max_ejection_time: Duration::from_secs(9),
            max_ejection_percent: 100,
        };
        assert_eq!(f.outlier, o);
        assert_eq!(
            f.retry,
            RetrySpec { budget_percent: 50, min_retries: 0, idempotent_methods: vec!["PUT".into(), "DELETE".into()] }
        );
        assert_eq!(f.try_timeout, Duration::from_millis(700));
    }

    #[test]
    fn bad_fronts_are_reported_with_their_position() {
        // (front block, security enabled, expected error)
        let cases: &[(&str, bool, &str)] = &[
            ("{ listen: 0.0.0.0:9100 }", false, "lab.yaml:9:22: a front listens on loopback only"),
            ("{ listen: nowhere }", false, "lab.yaml:9:22: expected an address like `127.0.0.1:9100`, found `nowhere`"),
            (
                "{ listen: 127.0.0.1:9100, balance: random }",
                false,
                "lab.yaml:9:47: unknown balance `random`, expected one of weighted, least_conn",
            ),
            (
                "{ listen: 127.0.0.1:9100, weights: [1, 0] }",
                false,
                "lab.yaml:9:51: expected a weight greater than 0, found 0",
            ),
            ("{ listen: 127.0.0.1:9101 }", false, "lab.yaml:9:22: the front's port 9101 is the instances' base port"),
            (
                "{ listen: 127.0.0.1:9100, drain_timeout: 0s }",
                false,
                "lab.yaml:9:53: expected a duration greater than zero",
            ),
            ("{ listen: 127.0.0.1:9100, sticky: true }", false, "lab.yaml:9:38: unknown field `sticky`"),
            (
                "{ listen: 127.0.0.1:9100, outlier: { consecutive_5xx: 0 } }",
                false,
                "lab.yaml:9:66: expected a number of failures from 1 to 1,000, found 0",
            ),
            (
                "{ listen: 127.0.0.1:9100, outlier: { max_ejection_percent: 150 } }",
                false,
                "lab.yaml:9:71: expected a percentage from 0 to 100, found 150",
            ),
            (
                "{ listen: 127.0.0.1:9100, outlier: { base_ejection_time: 10s, max_ejection_time: 5s } }",
                false,
                "lab.yaml:9:93: `max_ejection_time` is shorter than `base_ejection_time`",
            ),
            ("{ listen: 127.0.0.1:9100, outlier: { eject: yes } }", false, "lab.yaml:9:49: unknown field `eject`"),
            (
                "{ listen: 127.0.0.1:9100, retry: { budget_percent: -5 } }",
                false,
                "lab.yaml:9:63: expected a percentage from 0 to 100, found -5",
            ),
            (
                "{ listen: 127.0.0.1:9100, retry: { per_try_timeout: 0s } }",
                false,
                "lab.yaml:9:64: expected a duration greater than zero",
            ),
            (
                "{ listen: 127.0.0.1:9100, try_timeout: 1s, retry: { per_try_timeout: 2s } }",
                false,
                "lab.yaml:9:81: give the per-try time-out once",
            ),
            (
                "{ listen: 127.0.0.1:9100, retry: { idempotent_methods: [PUT, \"get it\"] } }",
                false,
                "lab.yaml:9:73: expected an HTTP method in upper case like `PUT` or `DELETE`, found `get it`",
            ),
        ];
        for (front, security, expect) in cases {
            let errs = errors(&config(front, *security));
            assert!(errs.iter().any(|e| e.starts_with(expect)), "{front}: expected `{expect}`, got {errs:#?}");
        }
        assert!(
            errors(&config("{ listen: 0.0.0.0:9100 }", true)).is_empty(),
            "security on allows a non-loopback front"
        );
    }

    #[test]
    fn a_front_needs_supervised_instances_and_its_own_address() {
        let text = r#"
pipeline:
  server: { listen: 127.0.0.1:7878 }
components:
  - name: ext
    check: { tcp: { addr: "127.0.0.1:5432" } }
    front: { listen: 127.0.0.1:9200 }
  - name: a
    process: { command: ["./a", "--port", "{port}"] }
    scale: { port: 9300 }
    front: { listen: 127.0.0.1:9200 }
  - name: b
    process: { command: ["./b", "--port", "{port}"] }
    scale: { port: 9400 }
    front: { listen: 127.0.0.1:7878 }
"#;
        let errs = errors(text);
        let expect = [
            "lab.yaml:7:5: a front needs instances the guard supervises",
            "lab.yaml:11:22: the front of `ext` already listens on `127.0.0.1:9200`",
            "lab.yaml:15:22: `127.0.0.1:7878` is the guard's own HTTP address",
        ];
        for e in expect {
            assert!(errs.iter().any(|x| x.starts_with(e)), "expected `{e}`, got {errs:#?}");
        }
    }
}
