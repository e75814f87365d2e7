//! The auto-scaler's decisions, table-driven: no clock, no sleeping.

use std::collections::BTreeMap;
use std::time::Duration;

use super::*;

fn spec(mode: AutoscaleMode, rules: &[(&str, f64, f64, f64)], min: u32, max: u32) -> AutoscaleSpec {
    AutoscaleSpec {
        mode,
        rules: rules
            .iter()
            .map(|(m, up, down, f)| ScalingRule {
                metric: m.to_string(),
                threshold_up: *up,
                threshold_down: *down,
                scale_factor: *f,
            })
            .collect(),
        min_instances: min,
        max_instances: max,
        cooldown: Duration::from_secs(30),
        interval: Duration::from_secs(1),
        sustain: Duration::ZERO,
        horizon: Duration::from_secs(20),
        dry_run: false,
    }
}

fn vals(v: &[(&str, f64)]) -> BTreeMap<String, f64> {
    v.iter().map(|(k, x)| (k.to_string(), *x)).collect()
}

/// `Up 3`, `Down 1`, `Steady`, `AtMax`, `AtMin`, `NoSamples` — a short form to compare.
fn short(w: &Want) -> String {
    match w {
        Want::Up { to, reason } => format!("Up {to} {}", reason.message_id().trim_start_matches("autoscale-reason-")),
        Want::Down { to, reason } => {
            format!("Down {to} {}", reason.message_id().trim_start_matches("autoscale-reason-"))
        }
        Want::Blocked(h) => h.message_id(Held::Scale).trim_start_matches("autoscale-hold-").to_string(),
        Want::Steady => "Steady".into(),
    }
}

#[test]
fn the_rules_want_up_down_or_nothing_within_min_and_max() {
    let cpu_rt = [("cpu_usage", 0.75, 0.25, 1.5), ("response_time_seconds", 2.0, 0.5, 2.0)];
    // (instances, values, expected)
    let cases: &[(u32, &[(&str, f64)], &str)] = &[
        (2, &[("cpu_usage", 0.8), ("response_time_seconds", 0.1)], "Up 3 above"), // 2 × 1.5
        (2, &[("cpu_usage", 0.1), ("response_time_seconds", 2.5)], "Up 4 above"), // 2 × 2.0
        (2, &[("cpu_usage", 0.9), ("response_time_seconds", 2.5)], "Up 4 above"), // the larger factor
        (3, &[("cpu_usage", 0.9), ("response_time_seconds", 0.1)], "Up 5 above"), // ceil(4.5)
        (4, &[("cpu_usage", 0.9), ("response_time_seconds", 0.1)], "Up 5 above"), // capped at max
        (5, &[("cpu_usage", 0.9), ("response_time_seconds", 0.1)], "at-max"),
        (1, &[("cpu_usage", 0.75), ("response_time_seconds", 0.1)], "Up 2 above"), // at the threshold counts
        (4, &[("cpu_usage", 0.1), ("response_time_seconds", 0.2)], "Down 2 below"), // 4 / 1.5, floor
        (2, &[("cpu_usage", 0.1), ("response_time_seconds", 0.2)], "Down 1 below"),
        (1, &[("cpu_usage", 0.1), ("response_time_seconds", 0.2)], "at-min"),
        (3, &[("cpu_usage", 0.1), ("response_time_seconds", 1.0)], "Steady"), // down needs every rule
        (3, &[("cpu_usage", 0.5), ("response_time_seconds", 1.0)], "Steady"),
        (3, &[("cpu_usage", 0.5)], "no-samples"),
        (0, &[("cpu_usage", 0.1), ("response_time_seconds", 0.2)], "Up 1 below-min"),
        (7, &[("cpu_usage", 0.9), ("response_time_seconds", 3.0)], "Down 5 above-max"),
    ];
    let s = spec(AutoscaleMode::Reactive, &cpu_rt, 1, 5);
    for (n, v, expect) in cases {
        let got = short(&want(&s, *n, &vals(v), &BTreeMap::new()));
        assert_eq!(got, *expect, "{n} instances, {v:?}");
    }
}

#[test]
fn hybrid_scales_up_on_a_forecast_before_the_threshold_is_crossed() {
    let rules = [("response_time_seconds", 0.5, 0.1, 2.0)];
    let v = vals(&[("response_time_seconds", 0.3)]);
    let fc = |eta: Option<i64>| {
        BTreeMap::from([("response_time_seconds".to_string(), Forecast { predicted: 0.7, eta_ms: eta })])
    };
    let hybrid = spec(AutoscaleMode::Hybrid, &rules, 1, 4);
    let reactive = spec(AutoscaleMode::Reactive, &rules, 1, 4);
    // (spec, forecast eta, expected)
    let cases: &[(&AutoscaleSpec, Option<i64>, &str)] = &[
        (&hybrid, Some(8_000), "Up 2 forecast"),
        (&hybrid, Some(20_000), "Up 2 forecast"), // at the horizon
        (&hybrid, Some(20_001), "Steady"),
        (&hybrid, None, "Steady"),
        (&reactive, Some(1_000), "Steady"), // reactive ignores forecasts
    ];
    for (s, eta, expect) in cases {
        assert_eq!(short(&want(s, 1, &v, &fc(*eta))), *expect, "{:?} eta {eta:?}", s.mode);
    }
    match want(&hybrid, 1, &v, &fc(Some(8_000))) {
        Want::Up { reason: ScalingReason::Forecast { value, threshold, eta_ms, .. }, .. } => {
            assert_eq!((value, threshold, eta_ms), (0.3, 0.5, 8_000))
        }
        w => panic!("{w:?}"),
    }
}

#[test]
fn the_gate_holds_for_disabled_maintenance_paused_and_cooldown_in_that_order() {
    let now = 1_000_000;
    let cases: &[(Gate, Option<&str>)] = &[
        (Gate::default(), None),
        (Gate { cooldown_until_ms: now, ..Default::default() }, None),
        (Gate { cooldown_until_ms: now + 1, ..Default::default() }, Some("autoscale-hold-cooling-down")),
        (
            Gate { maintenance_until_ms: Some(now + 10), cooldown_until_ms: now + 1, ..Default::default() },
            Some("autoscale-hold-maintenance"),
        ),
        // One order with the healer's gate (`heal/hold.rs`): a maintenance window says when
        // it ends, so it is named before a pause.
        (
            Gate { paused: true, maintenance_until_ms: Some(now + 10), ..Default::default() },
            Some("autoscale-hold-maintenance"),
        ),
        (Gate { paused: true, cooldown_until_ms: now + 1, ..Default::default() }, Some("autoscale-hold-paused")),
        (Gate { disabled: true, paused: true, ..Default::default() }, Some("autoscale-hold-disabled")),
    ];
    for (g, expect) in cases {
        assert_eq!(g.hold(now).map(|h| h.message_id(Held::Scale)), *expect, "{g:?}");
    }
}

#[test]
fn a_change_must_be_wanted_for_the_sustain_time_and_a_reversal_starts_over() {
    let up = Want::Up { to: 2, reason: ScalingReason::BelowMinimum { instances: 1, min: 2 } };
    let down = Want::Down { to: 1, reason: ScalingReason::AboveMaximum { instances: 2, max: 1 } };
    let mut p = Pending::default();
    assert!(!p.ripe(&up, 0, 3_000));
    assert!(!p.ripe(&up, 2_999, 3_000));
    assert!(p.ripe(&up, 3_000, 3_000));
    assert!(!p.ripe(&down, 3_500, 3_000), "a reversal starts its own clock");
    assert!(!p.ripe(&Want::Steady, 4_000, 3_000));
    assert!(!p.ripe(&down, 5_000, 3_000), "steady in between resets it");
    assert!(p.ripe(&down, 8_000, 3_000));
    assert!(Pending::default().ripe(&up, 0, 0), "no `for:` acts at once");
}

#[test]
fn reasons_and_holds_are_said_in_every_language() {
    let d = ScalingDecision {
        id: 1,
        component: "api".into(),
        at_ms: 0,
        direction: ScalingDirection::Up,
        from: 1,
        to: 2,
        reached: 2,
        reason: Some(ScalingReason::Forecast {
            metric: "response_time_seconds".into(),
            value: 0.3,
            predicted: 0.7,
            threshold: 0.5,
            eta_ms: 8_000,
        }),
        hold: None,
        result: ScalingResult::Succeeded,
        dry_run: true,
        action_ids: vec![],
        message: String::new(),
    };
    let en = guard_i18n::strip_bidi_isolates(&decision_text(&d, guard_i18n::Lang::En));
    assert!(
        en.contains("response_time_seconds") && en.contains("500 ms") && en.contains('8') && en.contains("dry run"),
        "{en}"
    );
    for lang in guard_i18n::Lang::ALL {
        let loc = crate::heal::localizer();
        for id in [
            "autoscale-decision-up",
            "autoscale-decision-down",
            "autoscale-decision-held",
            "autoscale-decision-blocked",
            "autoscale-decision-failed",
            "autoscale-dry-run",
            "autoscale-reason-above",
            "autoscale-reason-forecast",
            "autoscale-reason-below",
            "autoscale-reason-below-min",
            "autoscale-reason-above-max",
            "autoscale-hold-disabled",
            "autoscale-hold-paused",
            "autoscale-hold-maintenance",
            "autoscale-hold-cooling-down",
            "autoscale-hold-at-max",
            "autoscale-hold-at-min",
            "autoscale-hold-no-samples",
        ] {
            assert!(loc.has(id, lang), "{id} missing in {}", lang.code());
        }
        let text = decision_text(&d, lang);
        assert!(!text.contains("autoscale-"), "{}: {text}", lang.code());
        let held = ScalingDecision {
            direction: ScalingDirection::Hold,
            result: ScalingResult::Held,
            hold: Some(ScalingHold::CoolingDown { until_ms: 1_700_000_000_000 }),
            dry_run: false,
            ..d.clone()
        };
        assert!(!decision_text(&held, lang).contains("autoscale-"), "{}", lang.code());
    }
}

#[test]
fn values_in_reasons_carry_their_unit_and_never_an_exponent() {
    use guard_i18n::Lang;
    let q = |m: &str, x: f64, l: Lang| guard_i18n::strip_bidi_isolates(&quantity(m, x, l));
    // The figures of the report in issue 14: 4.186e6 bytes against 6.000e7.
    assert_eq!(q("memory_bytes", 4.186e6, Lang::En), "4.0 MB");
    assert_eq!(q("memory_bytes", 6.0e7, Lang::En), "57.2 MB");
    assert_eq!(q("memory_bytes", 6.0e7, Lang::De), "57,2 MB");
    assert_eq!(q("memory_bytes", 3.0e9, Lang::En), "2.79 GB");
    assert_eq!(q("response_time_seconds", 0.5, Lang::En), "500 ms");
    assert_eq!(q("response_time_seconds", 2.5, Lang::En), "2.50 s");
    assert_eq!(q("cpu_usage", 0.256, Lang::En), "25.6%");
    assert_eq!(q("error_rate", -0.0, Lang::En), "0%");
    assert_eq!(q("requests", 1234.5, Lang::En), "1,234.5");
    for lang in Lang::ALL {
        for (m, x) in [
            ("memory_bytes", 4.186e6),
            ("memory_bytes", 6.0e7),
            ("response_time_seconds", -0.0),
            ("cpu_usage", 1e-9),
            ("queue_depth", 1.5e12),
        ] {
            let s = q(m, x, lang);
            assert!(
                !s.contains("e6")
                    && !s.contains("e7")
                    && !s.contains("e12")
                    && !s.starts_with("-0")
                    && !s.contains("unit-"),
                "{}: {m} {x} → {s}",
                lang.code()
            );
        }
    }
}
