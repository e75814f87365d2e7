//! A run-time change of an auto-scaler's rule (`PUT /api/components/{name}/autoscale`, the
//! app's `set_component_autoscale`): pure validation of the new minimum/maximum, cooldown and
//! thresholds against the config, every problem named with its field, so the UI can show
//! it next to the input. The change in force is stored (`autoscale_overrides`) and, at start,
//! applied again with this same validation against the config of that run; `reset` goes back
//! to the config's values.

use std::time::Duration;

use super::{AutoscaleChange, AutoscaleSpec, ScalingRule};
use crate::api::field_problem;
use crate::heal::timeline::Msg;

/// The longest cooldown accepted at run time (a day): longer is a pause, say so.
pub const MAX_COOLDOWN_MS: i64 = 86_400_000;

/// `spec` with `change` applied, or every problem as `field: what was expected`.
///
/// `config` is the component's `autoscale:` block as configured (the bounds come from it:
/// `max_instances` may not exceed what `scale:` allows, which validation already tied to the
/// configured maximum; rule metrics are the configured ones), `scale_max` the component's
/// `scale.max_instances`, `scale_min` its `scale.min_instances`.
pub fn apply(
    config: &AutoscaleSpec,
    current: &AutoscaleSpec,
    scale_min: u32,
    scale_max: u32,
    change: &AutoscaleChange,
) -> Result<AutoscaleSpec, Vec<Msg>> {
    let mut next = if change.reset == Some(true) { config.clone() } else { current.clone() };
    let mut errors = Vec::new();
    if let Some(min) = change.min_instances {
        next.min_instances = min;
    }
    if let Some(max) = change.max_instances {
        next.max_instances = max;
    }
    if change.min_instances.is_some() || change.max_instances.is_some() {
        if next.min_instances == 0 {
            errors.push(field_problem("min_instances", Msg::new("config-x-autoscale-min-zero")));
        }
        if next.min_instances < scale_min {
            errors.push(field_problem(
                "min_instances",
                Msg::new("config-x-autoscale-below-scale-min")
                    .num("value", next.min_instances.into())
                    .num("min", scale_min.into()),
            ));
        }
        if next.max_instances > scale_max {
            errors.push(field_problem(
                "max_instances",
                Msg::new("config-x-autoscale-above-scale-max")
                    .num("value", next.max_instances.into())
                    .num("max", scale_max.into()),
            ));
        }
        if next.min_instances > next.max_instances {
            errors.push(field_problem(
                "max_instances",
                Msg::new("config-x-autoscale-min-max")
                    .num("min", next.min_instances.into())
                    .num("max", next.max_instances.into()),
            ));
        }
    }
    if let Some(ms) = change.cooldown_ms {
        if !(0..=MAX_COOLDOWN_MS).contains(&ms) {
            errors.push(field_problem(
                "cooldown_ms",
                Msg::new("api-error-cooldown-range").num("max", MAX_COOLDOWN_MS as f64).num("value", ms as f64),
            ));
        } else {
            next.cooldown = Duration::from_millis(ms as u64);
        }
    }
    if let Some(rules) = &change.rules {
        if rules.is_empty() {
            errors.push(field_problem("rules", Msg::new("api-error-rules-empty")));
        }
        let mut seen = std::collections::BTreeSet::new();
        for (i, r) in rules.iter().enumerate() {
            errors.extend(rule_errors(i, r, config));
            if !seen.insert(r.metric.as_str()) {
                errors.push(field_problem(
                    format!("rules[{i}].metric"),
                    Msg::new("config-x-autoscale-metric-twice").text("metric", &r.metric),
                ));
            }
        }
        next.rules = rules.clone();
    }
    if errors.is_empty() { Ok(next) } else { Err(errors) }
}

fn rule_errors(i: usize, r: &ScalingRule, config: &AutoscaleSpec) -> Vec<Msg> {
    let mut errors = Vec::new();
    if !config.rules.iter().any(|c| c.metric == r.metric) {
        let known: Vec<&str> = config.rules.iter().map(|c| c.metric.as_str()).collect();
        errors.push(field_problem(
            format!("rules[{i}].metric"),
            Msg::new("api-error-rule-metric").text("metric", &r.metric).text("expected", known.join(", ")),
        ));
    }
    for (key, v) in
        [("threshold_up", r.threshold_up), ("threshold_down", r.threshold_down), ("scale_factor", r.scale_factor)]
    {
        if !v.is_finite() {
            errors.push(field_problem(
                format!("rules[{i}].{key}"),
                Msg::new("config-x-finite-number-found").text("value", v),
            ));
        }
    }
    if r.threshold_down >= r.threshold_up {
        errors.push(field_problem(
            format!("rules[{i}].threshold_down"),
            Msg::new("config-x-autoscale-thresholds").num("down", r.threshold_down).num("up", r.threshold_up),
        ));
    }
    if r.threshold_down < 0.0 {
        errors.push(field_problem(
            format!("rules[{i}].threshold_down"),
            Msg::new("api-error-not-negative").num("value", r.threshold_down),
        ));
    }
    if r.scale_factor.partial_cmp(&1.0) != Some(std::cmp::Ordering::Greater) {
        errors.push(field_problem(
            format!("rules[{i}].scale_factor"),
            Msg::new("config-x-autoscale-factor").num("value", r.scale_factor),
        ));
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::autoscale::AutoscaleMode;

    fn config() -> AutoscaleSpec {
        AutoscaleSpec {
            mode: AutoscaleMode::Reactive,
            rules: vec![ScalingRule {
                metric: "cpu_usage".into(),
                threshold_up: 0.75,
                threshold_down: 0.25,
                scale_factor: 1.5,
            }],
            min_instances: 1,
            max_instances: 3,
            cooldown: Duration::from_secs(60),
            interval: Duration::from_secs(1),
            sustain: Duration::ZERO,
            horizon: Duration::from_secs(30),
            dry_run: false,
        }
    }

    fn rule(metric: &str, up: f64, down: f64, f: f64) -> ScalingRule {
        ScalingRule { metric: metric.into(), threshold_up: up, threshold_down: down, scale_factor: f }
    }

    /// (change, expected: Ok(min, max, cooldown s, threshold_up) or the fields in error)
    #[test]
    fn changes_are_applied_or_refused_with_every_field_named() {
        type Want = Result<(u32, u32, u64, f64), Vec<&'static str>>;
        let cases: Vec<(AutoscaleChange, Want)> = vec![
            (AutoscaleChange::default(), Ok((1, 3, 60, 0.75))),
            (
                AutoscaleChange { min_instances: Some(2), max_instances: Some(4), ..Default::default() },
                Ok((2, 4, 60, 0.75)),
            ),
            (AutoscaleChange { cooldown_ms: Some(5_000), ..Default::default() }, Ok((1, 3, 5, 0.75))),
            (
                AutoscaleChange { rules: Some(vec![rule("cpu_usage", 0.9, 0.1, 2.0)]), ..Default::default() },
                Ok((1, 3, 60, 0.9)),
            ),
            (
                AutoscaleChange { min_instances: Some(0), ..Default::default() },
                Err(vec!["min_instances", "min_instances"]),
            ),
            (
                AutoscaleChange { min_instances: Some(4), max_instances: Some(2), ..Default::default() },
                Err(vec!["max_instances"]),
            ),
            (AutoscaleChange { max_instances: Some(9), ..Default::default() }, Err(vec!["max_instances"])),
            (AutoscaleChange { cooldown_ms: Some(-1), ..Default::default() }, Err(vec!["cooldown_ms"])),
            (AutoscaleChange { rules: Some(vec![]), ..Default::default() }, Err(vec!["rules"])),
            (
                AutoscaleChange { rules: Some(vec![rule("cpu_usage", 0.2, 0.5, 1.0)]), ..Default::default() },
                Err(vec!["rules[0].threshold_down", "rules[0].scale_factor"]),
            ),
            (
                AutoscaleChange { rules: Some(vec![rule("disk", 0.9, 0.1, 2.0)]), ..Default::default() },
                Err(vec!["rules[0].metric"]),
            ),
            (
                AutoscaleChange {
                    rules: Some(vec![rule("cpu_usage", 0.9, 0.1, 2.0), rule("cpu_usage", 0.8, 0.1, 2.0)]),
                    ..Default::default()
                },
                Err(vec!["rules[1].metric"]),
            ),
            (
                AutoscaleChange { rules: Some(vec![rule("cpu_usage", f64::NAN, 0.1, 2.0)]), ..Default::default() },
                Err(vec!["rules[0].threshold_up"]),
            ),
        ];
        let cfg = config();
        for (change, want) in cases {
            let got = apply(&cfg, &cfg, 1, 4, &change)
                .map(|s| (s.min_instances, s.max_instances, s.cooldown.as_secs(), s.rules[0].threshold_up));
            match (&got, &want) {
                (Ok(g), Ok(w)) => assert_eq!(g, w, "{change:?}"),
                (Err(errs), Err(fields)) => {
                    let got_fields: Vec<String> = errs
                        .iter()
                        .map(|e| match e.args.get("field") {
                            Some(crate::heal::timeline::Arg::Text(f)) => f.clone(),
                            _ => panic!("a problem without its field: {e:?}"),
                        })
                        .collect();
                    let got_fields: Vec<&str> = got_fields.iter().map(String::as_str).collect();
                    for f in fields {
                        assert!(got_fields.contains(f), "{change:?}: expected an error on {f}, got {errs:?}");
                    }
                }
                _ => panic!("{change:?}: got {got:?}, want {want:?}"),
            }
        }
    }

    #[test]
    fn reset_goes_back_to_the_config() {
        let cfg = config();
        let changed = apply(
            &cfg,
            &cfg,
            1,
            4,
            &AutoscaleChange { max_instances: Some(4), cooldown_ms: Some(1000), ..Default::default() },
        )
        .unwrap();
        let back = apply(&cfg, &changed, 1, 4, &AutoscaleChange { reset: Some(true), ..Default::default() }).unwrap();
        assert_eq!(back, cfg);
    }
}
