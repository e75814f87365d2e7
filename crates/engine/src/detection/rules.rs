//! Threshold rules: `add_threshold_rule(metric, value, op, severity)` with an optional `for:`
//! (the condition must hold that long before the rule fires) and hysteresis (once firing, the
//! rule clears only when the value is back past the threshold by the hysteresis margin).

use std::time::Duration;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::config::{CmpOp, Comparison};

/// How bad a finding is (`Severity.LOW … CRITICAL`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Severity {
    Low,
    Medium,
    High,
    Critical,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
            Severity::Critical => "critical",
        }
    }

    pub fn parse(s: &str) -> Option<Severity> {
        Some(match s.trim().to_ascii_lowercase().as_str() {
            "low" | "info" => Severity::Low,
            "medium" | "warning" | "warn" => Severity::Medium,
            "high" | "error" => Severity::High,
            "critical" => Severity::Critical,
            _ => return None,
        })
    }
}

/// Parse an operator: `gt ge lt le eq ne` or `> >= < <= == !=`.
pub fn parse_op(s: &str) -> Option<CmpOp> {
    Some(match s.trim().to_ascii_lowercase().as_str() {
        "gt" | ">" => CmpOp::Gt,
        "ge" | ">=" => CmpOp::Ge,
        "lt" | "<" => CmpOp::Lt,
        "le" | "<=" => CmpOp::Le,
        "eq" | "==" | "=" => CmpOp::Eq,
        "ne" | "!=" => CmpOp::Ne,
        _ => return None,
    })
}

pub fn op_name(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Gt => "gt",
        CmpOp::Ge => "ge",
        CmpOp::Lt => "lt",
        CmpOp::Le => "le",
        CmpOp::Eq => "eq",
        CmpOp::Ne => "ne",
    }
}

fn op_symbol(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Gt => ">",
        CmpOp::Ge => ">=",
        CmpOp::Lt => "<",
        CmpOp::Le => "<=",
        CmpOp::Eq => "==",
        CmpOp::Ne => "!=",
    }
}

/// One threshold rule on one metric of a component.
#[derive(Debug, Clone, PartialEq)]
pub struct ThresholdRule {
    pub metric: String,
    pub cmp: Comparison,
    pub severity: Severity,
    /// The condition must hold continuously this long before the rule fires.
    pub hold_for: Duration,
    /// Once firing, clear only when the value is this far back on the good side.
    pub hysteresis: f64,
}

impl ThresholdRule {
    /// `add_threshold_rule("cpu_usage", 0.8, "gt", Severity.HIGH)`.
    pub fn new(metric: &str, value: f64, op: CmpOp, severity: Severity) -> Self {
        ThresholdRule {
            metric: metric.into(),
            cmp: Comparison { op, value },
            severity,
            hold_for: Duration::ZERO,
            hysteresis: 0.0,
        }
    }

    pub fn hold_for(mut self, d: Duration) -> Self {
        self.hold_for = d;
        self
    }

    pub fn hysteresis(mut self, h: f64) -> Self {
        self.hysteresis = h.abs();
        self
    }

    /// The rule as a message: `cpu_usage > 0.8`, held `for` a duration said in the language.
    pub fn describe_msg(&self) -> crate::heal::timeline::Msg {
        let expr = format!("{} {} {}", self.metric, op_symbol(self.cmp.op), self.cmp.value);
        let m =
            crate::heal::timeline::Msg::new(if self.hold_for.is_zero() { "finding-rule" } else { "finding-rule-held" })
                .text("expr", expr);
        if self.hold_for.is_zero() { m } else { m.duration("for", self.hold_for) }
    }

    /// `cpu_usage > 0.8 for 30s`
    pub fn describe(&self) -> String {
        let mut s = format!("{} {} {}", self.metric, op_symbol(self.cmp.op), self.cmp.value);
        if !self.hold_for.is_zero() {
            s.push_str(&format!(" for {}", crate::units::format_duration(self.hold_for)));
        }
        s
    }

    /// While firing: is the value still bad, allowing for hysteresis?
    fn still_bad(&self, x: f64) -> bool {
        let (v, h) = (self.cmp.value, self.hysteresis);
        match self.cmp.op {
            CmpOp::Gt => x > v - h,
            CmpOp::Ge => x >= v - h,
            CmpOp::Lt => x < v + h,
            CmpOp::Le => x <= v + h,
            CmpOp::Eq => (x - v).abs() <= h,
            CmpOp::Ne => (x - v).abs() > h,
        }
    }
}

/// What a rule did with one point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleEdge {
    Fired,
    Cleared,
}

/// Evaluation state of one rule: O(1) per point.
#[derive(Debug, Clone, Default)]
pub struct RuleState {
    /// Since when the condition has held (not yet firing).
    pending_since_ms: Option<i64>,
    firing: bool,
}

impl RuleState {
    pub fn firing(&self) -> bool {
        self.firing
    }

    pub fn update(&mut self, rule: &ThresholdRule, now_ms: i64, x: f64) -> Option<RuleEdge> {
        if !x.is_finite() {
            return None;
        }
        if self.firing {
            if rule.still_bad(x) {
                return None;
            }
            self.firing = false;
            self.pending_since_ms = None;
            return Some(RuleEdge::Cleared);
        }
        if !rule.cmp.holds(x) {
            self.pending_since_ms = None;
            return None;
        }
        let since = *self.pending_since_ms.get_or_insert(now_ms);
        if now_ms - since >= rule.hold_for.as_millis() as i64 {
            self.firing = true;
            return Some(RuleEdge::Fired);
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (rule, points (t ms, value), expected edges (t ms, edge))
    fn check(rule: ThresholdRule, points: &[(i64, f64)], expect: &[(i64, RuleEdge)]) {
        let mut st = RuleState::default();
        let got: Vec<(i64, RuleEdge)> =
            points.iter().filter_map(|&(t, x)| st.update(&rule, t, x).map(|e| (t, e))).collect();
        assert_eq!(got, expect, "rule {}", rule.describe());
    }

    #[test]
    fn table() {
        use RuleEdge::*;
        let gt = ThresholdRule::new("cpu_usage", 0.8, CmpOp::Gt, Severity::High);
        // Fires at once without `for`, clears on the first good point.
        check(gt.clone(), &[(0, 0.5), (1000, 0.9), (2000, 0.95), (3000, 0.7)], &[(1000, Fired), (3000, Cleared)]);
        // `for: 30s`: a 20 s excursion never fires; a 30 s one fires exactly at 30 s.
        let held = gt.clone().hold_for(Duration::from_secs(30));
        let mut pts: Vec<(i64, f64)> = (0..=20).map(|s| (s * 1000, 0.9)).collect();
        pts.push((21_000, 0.1));
        pts.extend((22..=60).map(|s| (s * 1000, 0.9)));
        check(held, &pts, &[(52_000, Fired)]);
        // Hysteresis: once firing, 0.75 is still bad (0.8 - 0.1); 0.65 clears.
        let hyst = gt.clone().hysteresis(0.1);
        check(
            hyst,
            &[(0, 0.9), (1, 0.75), (2, 0.79), (3, 0.65), (4, 0.75), (5, 0.85)],
            &[(0, Fired), (3, Cleared), (5, Fired)],
        );
        // Every operator.
        for (op, x, fires) in [
            (CmpOp::Ge, 0.8, true),
            (CmpOp::Gt, 0.8, false),
            (CmpOp::Lt, 0.1, true),
            (CmpOp::Le, 0.8, true),
            (CmpOp::Le, 0.81, false),
            (CmpOp::Eq, 0.8, true),
            (CmpOp::Ne, 0.8, false),
            (CmpOp::Ne, 0.2, true),
        ] {
            let r = ThresholdRule::new("m", 0.8, op, Severity::Low);
            check(r, &[(0, x)], if fires { &[(0, Fired)] } else { &[] });
        }
        // NaN is ignored, not a clear.
        check(gt, &[(0, 0.9), (1, f64::NAN), (2, 0.9)], &[(0, Fired)]);
    }

    #[test]
    fn names_parse() {
        for (s, op) in [
            ("gt", CmpOp::Gt),
            (">=", CmpOp::Ge),
            ("LT", CmpOp::Lt),
            ("le", CmpOp::Le),
            ("eq", CmpOp::Eq),
            ("!=", CmpOp::Ne),
        ] {
            assert_eq!(parse_op(s), Some(op));
        }
        assert_eq!(parse_op("over"), None);
        assert_eq!(Severity::parse("HIGH"), Some(Severity::High));
        assert_eq!(Severity::parse("sev1"), None);
    }
}
