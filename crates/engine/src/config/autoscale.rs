//! `autoscale:` validation: raw → [`AutoscaleSpec`](crate::autoscale::AutoscaleSpec),
//! every problem located.

use std::time::Duration;

use super::Ctx;
use crate::autoscale::{AutoscaleMode, AutoscaleSpec, ScalingRule};
use crate::config::raw::{RawAutoscale, RawScalingRule};
use crate::config::{CheckSpec, PipelineSettings, ProcessSpec, ScaleSpec};
use crate::detection::DetectionSpec;
use crate::model::metric;

/// Metrics that are state, not measurements: nothing to scale on.
const STATE_METRICS: &[&str] = &[metric::UP, "status"];

#[allow(clippy::too_many_arguments)]
pub(super) fn autoscale_spec(
    cx: &mut Ctx,
    ptr: &str,
    raw: &RawAutoscale,
    scale: &ScaleSpec,
    process: Option<&ProcessSpec>,
    check: &CheckSpec,
    detection: &mut DetectionSpec,
    limits_memory: Option<u64>,
    _p: &PipelineSettings,
) -> Option<AutoscaleSpec> {
    let before = cx.errors.len();
    let mode = match raw.mode.as_deref().map(str::trim) {
        None | Some("reactive") => AutoscaleMode::Reactive,
        Some("hybrid") => AutoscaleMode::Hybrid,
        Some(other) => {
            let message =
                cx.t("config-x-autoscale-mode", &[("value", other.into()), ("expected", "reactive, hybrid".into())]);
            cx.error_at(&format!("{ptr}/mode"), message);
            AutoscaleMode::Reactive
        }
    };
    // One rule inline (`metric`, `threshold_up`, …) or a list under `rules:`, not both.
    let inline = raw.metric.is_some()
        || raw.threshold_up.is_some()
        || raw.threshold_down.is_some()
        || raw.scale_factor.is_some();
    let raw_rules: Vec<(String, RawScalingRule)> = match (&raw.rules, inline) {
        (Some(_), true) => {
            let message = cx.t("config-x-autoscale-rules-both", &[]);
            cx.key_error(&format!("{ptr}/rules"), message);
            Vec::new()
        }
        (Some(rules), false) => {
            if rules.is_empty() {
                let message = cx.t(
                    "config-x-autoscale-rules-empty",
                    &[(
                        "example",
                        "- { metric: cpu_usage, threshold_up: 0.75, threshold_down: 0.25, scale_factor: 1.5 }".into(),
                    )],
                );
                cx.error_at(&format!("{ptr}/rules"), message);
            }
            rules.iter().enumerate().map(|(i, r)| (format!("{ptr}/rules/{i}"), r.clone())).collect()
        }
        (None, true) => vec![(
            ptr.to_string(),
            RawScalingRule {
                metric: raw.metric.clone().unwrap_or_default(),
                threshold_up: raw.threshold_up,
                threshold_down: raw.threshold_down,
                scale_factor: raw.scale_factor,
            },
        )],
        (None, false) => {
            let message = cx.t("config-x-autoscale-rule-missing", &[]);
            cx.key_error(ptr, message);
            Vec::new()
        }
    };
    let mut rules = Vec::new();
    for (rp, r) in &raw_rules {
        if let Some(rule) = rule(cx, rp, r, process.is_some(), check) {
            rules.push(rule);
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    for (rp, r) in &raw_rules {
        if !seen.insert(r.metric.trim().to_string()) {
            let message = cx.t("config-x-autoscale-metric-twice", &[("metric", r.metric.trim().into())]);
            cx.error_at(&format!("{rp}/metric"), message);
        }
    }

    // Instances: within what `scale_up`/`scale_down` may do.
    let min_instances = raw.min_instances.unwrap_or(scale.min_instances);
    let max_instances = raw.max_instances.unwrap_or(scale.max_instances);
    if min_instances == 0 {
        let message = cx.t("config-x-autoscale-min-zero", &[]);
        cx.error_at(&format!("{ptr}/min_instances"), message);
    }
    if min_instances > max_instances {
        let at = if raw.max_instances.is_some() { "max_instances" } else { "min_instances" };
        cx.error_at(
            &format!("{ptr}/{at}"),
            cx.t("config-x-autoscale-min-max", &[("min", min_instances.into()), ("max", max_instances.into())]),
        );
    }
    if max_instances > scale.max_instances {
        cx.error_at(
            &format!("{ptr}/max_instances"),
            cx.t(
                "config-x-autoscale-above-scale-max",
                &[("value", max_instances.into()), ("max", scale.max_instances.into())],
            ),
        );
    }
    if min_instances < scale.min_instances {
        cx.error_at(
            &format!("{ptr}/min_instances"),
            cx.t(
                "config-x-autoscale-below-scale-min",
                &[("value", min_instances.into()), ("min", scale.min_instances.into())],
            ),
        );
    }
    let scalable = (process.is_some() && scale.command_template.is_some() && scale.port.is_some())
        || scale.external_command.is_some();
    if !scalable {
        let message = cx.t("config-x-autoscale-not-scalable", &[]);
        cx.key_error(ptr, message);
    }

    let cooldown = cx.duration(&format!("{ptr}/cooldown"), &raw.cooldown, Duration::from_secs(60));
    let interval = cx.positive_duration(&format!("{ptr}/interval"), &raw.interval, check.interval);
    let sustain = cx.duration(&format!("{ptr}/for"), &raw.for_, Duration::ZERO);
    let horizon = cx.positive_duration(&format!("{ptr}/horizon"), &raw.horizon, detection.horizon);
    if mode == AutoscaleMode::Reactive && raw.horizon.is_some() {
        let message = cx.t("config-x-autoscale-horizon", &[]);
        cx.key_error(&format!("{ptr}/horizon"), message);
    }
    if cx.errors.len() != before {
        return None;
    }
    if mode == AutoscaleMode::Hybrid {
        // Detection keeps a trend only for series with a forecast limit: give the rule's metric
        // one at `threshold_up` when it has none (memory with `limits.memory`, the error rate and
        // the response time already have theirs, which stay as they are).
        for r in &rules {
            let has_limit = detection.limits.contains_key(&r.metric)
                || r.metric == metric::ERROR_RATE
                || r.metric == metric::RESPONSE_TIME
                || (r.metric == metric::MEMORY && limits_memory.is_some());
            if !has_limit {
                detection.limits.insert(r.metric.clone(), r.threshold_up);
            }
        }
    }
    Some(AutoscaleSpec {
        mode,
        rules,
        min_instances,
        max_instances,
        cooldown,
        interval,
        sustain,
        horizon,
        dry_run: raw.dry_run.unwrap_or(false),
    })
}

fn rule(cx: &mut Ctx, ptr: &str, r: &RawScalingRule, supervised: bool, check: &CheckSpec) -> Option<ScalingRule> {
    let before = cx.errors.len();
    let m = r.metric.trim();
    if m.is_empty() {
        let message = cx.t("config-x-autoscale-metric-empty", &[]);
        cx.key_error(&format!("{ptr}/metric"), message);
    } else if STATE_METRICS.contains(&m) {
        let message = cx.t("config-x-autoscale-metric-state", &[("metric", m.into())]);
        cx.error_at(&format!("{ptr}/metric"), message);
    } else if (m == metric::CPU || m == metric::MEMORY) && !supervised {
        cx.error_at(&format!("{ptr}/metric"), cx.t("config-x-autoscale-metric-unsupervised", &[("metric", m.into())]));
    }
    let _ = check;
    let num = |cx: &mut Ctx, key: &str, v: Option<f64>| -> Option<f64> {
        match v {
            None => {
                let message = cx.t("config-x-missing-key", &[("key", key.into())]);
                cx.error_at(ptr, message);
                None
            }
            Some(x) if !x.is_finite() => {
                let message = cx.t("config-x-finite-number-found", &[("value", x.to_string().into())]);
                cx.error_at(&format!("{ptr}/{key}"), message);
                None
            }
            Some(x) => Some(x),
        }
    };
    let up = num(cx, "threshold_up", r.threshold_up);
    let down = num(cx, "threshold_down", r.threshold_down);
    if let (Some(u), Some(d)) = (up, down)
        && d >= u
    {
        cx.error_at(
            &format!("{ptr}/threshold_down"),
            cx.t("config-x-autoscale-thresholds", &[("down", d.into()), ("up", u.into())]),
        );
    }
    let factor = r.scale_factor.unwrap_or(1.5);
    if !(factor.is_finite() && factor > 1.0) {
        cx.error_at(&format!("{ptr}/scale_factor"), cx.t("config-x-autoscale-factor", &[("value", factor.into())]));
    }
    (cx.errors.len() == before).then(|| ScalingRule {
        metric: m.to_string(),
        threshold_up: up.unwrap_or_default(),
        threshold_down: down.unwrap_or_default(),
        scale_factor: factor,
    })
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;
    use std::path::Path;
    use std::time::Duration;

    use crate::autoscale::AutoscaleMode;
    use crate::config::load_str;

    fn config(autoscale: &str) -> String {
        format!(
            r#"
components:
  - name: api
    process: {{ command: ["./api", "--port", "{{port}}"] }}
    scale: {{ port: 9101, min_instances: 1, max_instances: 4 }}
    check: {{ http: {{ url: "http://127.0.0.1:{{port}}/health" }} }}
    autoscale: {autoscale}
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
    fn a_valid_autoscale_block_is_typed() {
        let c = load_str(&config("{ metric: cpu_usage, threshold_up: 0.75, threshold_down: 0.25, scale_factor: 2, max_instances: 3, cooldown: 30s }"), "lab.yaml", Path::new("/lab"), &BTreeMap::new()).unwrap();
        let a = c.component("api").unwrap().autoscale.clone().unwrap();
        assert_eq!(
            (a.mode, a.min_instances, a.max_instances, a.cooldown, a.dry_run),
            (AutoscaleMode::Reactive, 1, 3, Duration::from_secs(30), false)
        );
        assert_eq!(a.rules.len(), 1);
        assert_eq!(
            (a.rules[0].metric.as_str(), a.rules[0].threshold_up, a.rules[0].threshold_down, a.rules[0].scale_factor),
            ("cpu_usage", 0.75, 0.25, 2.0)
        );
        assert_eq!(a.interval, c.component("api").unwrap().check.interval, "the check interval by default");
        // Reactive: detection is left as it was.
        assert!(!c.component("api").unwrap().detection.limits.contains_key("cpu_usage"));

        let text = config(
            "\n      mode: hybrid\n      horizon: 20s\n      for: 2s\n      dry_run: true\n      rules:\n        - { metric: cpu_usage, threshold_up: 0.75, threshold_down: 0.25 }\n        - { metric: response_time_seconds, threshold_up: 2.0, threshold_down: 0.5, scale_factor: 2.0 }",
        );
        let c =
            load_str(&text, "lab.yaml", Path::new("/lab"), &BTreeMap::new()).unwrap_or_else(|e| panic!("{e}\n{text}"));
        let spec = c.component("api").unwrap();
        let a = spec.autoscale.clone().unwrap();
        assert_eq!(
            (a.mode, a.horizon, a.sustain, a.dry_run, a.rules.len(), a.max_instances),
            (AutoscaleMode::Hybrid, Duration::from_secs(20), Duration::from_secs(2), true, 2, 4)
        );
        assert_eq!(a.rules[0].scale_factor, 1.5, "the default factor");
        // Hybrid: detection forecasts cpu_usage against threshold_up; the response time keeps
        // its own limit (the check timeout).
        assert_eq!(spec.detection.limits.get("cpu_usage"), Some(&0.75));
        assert!(!spec.detection.limits.contains_key("response_time_seconds"));
    }

    #[test]
    fn bad_autoscale_blocks_are_reported_with_their_position() {
        // (autoscale block, expected error)
        let cases: &[(&str, &str)] = &[
            (
                "{ metric: cpu_usage, threshold_up: 0.2, threshold_down: 0.5 }",
                "lab.yaml:7:72: expected threshold_down (0.5) below threshold_up (0.2)",
            ),
            (
                "{ metric: cpu_usage, threshold_up: 0.8, threshold_down: 0.2, scale_factor: 1 }",
                "lab.yaml:7:91: expected a scale_factor greater than 1",
            ),
            (
                "{ metric: cpu_usage, threshold_up: 0.8, threshold_down: 0.2, max_instances: 9 }",
                "lab.yaml:7:92: 9 is above `scale.max_instances` (4)",
            ),
            (
                "{ metric: cpu_usage, threshold_up: 0.8, threshold_down: 0.2, min_instances: 3, max_instances: 2 }",
                "lab.yaml:7:110: expected min_instances (3) ≤ max_instances (2)",
            ),
            (
                "{ metric: cpu_usage, threshold_up: 0.8, threshold_down: 0.2, mode: psychic }",
                "lab.yaml:7:83: unknown mode `psychic`, expected one of reactive, hybrid",
            ),
            (
                "{ metric: cpu_usage, threshold_up: 0.8, threshold_down: 0.2, horizon: 10s }",
                "lab.yaml:7:77: `horizon` is for `mode: hybrid`",
            ),
            ("{ metric: cpu_usage, threshold_up: 0.8, threshold_down: 0.2, cooldown: soon }", "lab.yaml:7:87:"),
            (
                "{ metric: up, threshold_up: 0.8, threshold_down: 0.2 }",
                "lab.yaml:7:26: `up` is a state, not a load measurement",
            ),
            ("{ metric: cpu_usage, threshold_up: 0.8 }", "lab.yaml:7:16: missing `threshold_down`"),
            (
                "{ metric: cpu_usage, threshold_up: 0.8, threshold_down: 0.2, target: 3 }",
                "lab.yaml:7:77: unknown field `target`",
            ),
            (
                "{ metric: cpu_usage, threshold_up: lots, threshold_down: 0.2 }",
                "lab.yaml:7:51: invalid value for “threshold_up”: invalid type: string \"lots\", expected f64",
            ),
            ("{ mode: hybrid }", "lab.yaml:7:5: expected a rule"),
            ("{ rules: [] }", "lab.yaml:7:25: expected at least one rule"),
            (
                "{ metric: cpu_usage, threshold_up: 0.8, threshold_down: 0.2, rules: [{ metric: cpu_usage, threshold_up: 0.8, threshold_down: 0.2 }] }",
                "lab.yaml:7:77: give one rule inline",
            ),
            (
                "{ rules: [{ metric: cpu_usage, threshold_up: 0.8, threshold_down: 0.2 }, { metric: cpu_usage, threshold_up: 0.9, threshold_down: 0.1 }] }",
                "lab.yaml:7:99: `cpu_usage` has two rules",
            ),
        ];
        let mut wrong = Vec::new();
        for (block, expect) in cases {
            let errs = errors(&config(block));
            if !errs.iter().any(|e| e.starts_with(expect)) {
                wrong.push(format!("{block}: expected `{expect}`, got {errs:#?}"));
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn autoscale_needs_a_component_that_can_scale_and_measures_it_has() {
        let text = r#"
components:
  - name: db
    check: { tcp: { addr: "127.0.0.1:5432" } }
    autoscale: { metric: cpu_usage, threshold_up: 0.8, threshold_down: 0.2 }
  - name: ext
    check: { tcp: { addr: "127.0.0.1:5433" } }
    scale: { command: ["kubectl", "scale", "--replicas={replicas}", "deploy/ext"], max_instances: 5 }
    autoscale: { metric: response_time_seconds, threshold_up: 0.5, threshold_down: 0.1 }
"#;
        let errs = errors(text);
        let expect = [
            "lab.yaml:5:5: autoscale needs a component that can scale",
            "lab.yaml:5:26: `cpu_usage` is measured only for a process the guard supervises",
        ];
        for e in expect {
            assert!(errs.iter().any(|x| x.starts_with(e)), "expected `{e}`, got {errs:#?}");
        }
        assert_eq!(errs.len(), 2, "the external component with `scale.command` is fine: {errs:#?}");
    }
}
