//! `promql`: an instant query against a Prometheus server's HTTP API (`/api/v1/query`), every
//! returned series compared with `healthy_if`. With `for:`, a broken condition only fails the
//! component once it has held broken for that long (checked with one range query over the
//! window, so the check keeps no state between runs); until then the component is `degraded`,
//! like a Prometheus alert that is pending. An unreachable Prometheus, a query error or an
//! empty result is `unknown`: it says nothing about the component itself.
//!
//! [`instant`] and [`range`] are the two HTTP API calls, public so the guard can read series it
//! does not probe itself.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use serde_json::Value;

use super::{CheckContext, CheckOutcome, Msg};
use crate::config::{CmpOp, Comparison, PromqlCheckSpec};
use crate::model::{Status, metric};

/// One series of an instant query (a scalar result is one series without labels).
#[derive(Debug, Clone, PartialEq)]
pub struct InstantSeries {
    pub labels: BTreeMap<String, String>,
    pub value: f64,
}

/// One series of a range query: `(unix seconds, value)` points in time order.
#[derive(Debug, Clone, PartialEq)]
pub struct RangeSeries {
    pub labels: BTreeMap<String, String>,
    pub points: Vec<(f64, f64)>,
}

/// What an instant query answered: its evaluation time (Unix seconds) and the series.
#[derive(Debug, Clone, PartialEq)]
pub struct InstantResult {
    pub at: f64,
    pub series: Vec<InstantSeries>,
}

/// `GET {base}/api/v1/query?query=…` (at `time` when given, else now on the server).
pub async fn instant(
    http: &reqwest::Client,
    base: &str,
    query: &str,
    time: Option<f64>,
) -> Result<InstantResult, String> {
    let mut params = vec![("query", query.to_string())];
    if let Some(t) = time {
        params.push(("time", format!("{t:.3}")));
    }
    let data = call(http, &format!("{base}/api/v1/query"), &params).await?;
    parse_instant(&data)
}

/// `GET {base}/api/v1/query_range?query=…&start=&end=&step=` (times in Unix seconds).
pub async fn range(
    http: &reqwest::Client,
    base: &str,
    query: &str,
    start: f64,
    end: f64,
    step: Duration,
) -> Result<Vec<RangeSeries>, String> {
    let params = [
        ("query", query.to_string()),
        ("start", format!("{start:.3}")),
        ("end", format!("{end:.3}")),
        ("step", format!("{:.3}", step.as_secs_f64().max(0.001))),
    ];
    let data = call(http, &format!("{base}/api/v1/query_range"), &params).await?;
    parse_matrix(&data)
}

/// One API call; returns the `data` member of a `success` answer, else Prometheus's own error.
async fn call(http: &reqwest::Client, url: &str, params: &[(&str, String)]) -> Result<Value, String> {
    let resp = http.get(url).query(params).send().await.map_err(|e| {
        if e.is_connect() {
            format!("querying {url}: connection refused or unreachable")
        } else {
            format!("querying {url}: {e}")
        }
    })?;
    let code = resp.status().as_u16();
    let body: Value =
        resp.json().await.map_err(|e| format!("HTTP {code} from {url}: not a Prometheus API answer ({e})"))?;
    match body.get("status").and_then(Value::as_str) {
        Some("success") => body.get("data").cloned().ok_or_else(|| format!("answer from {url} has no `data`")),
        _ => {
            let kind = body.get("errorType").and_then(Value::as_str).unwrap_or("error");
            let msg = body.get("error").and_then(Value::as_str).unwrap_or("no message");
            Err(format!("Prometheus answered HTTP {code} {kind}: {msg}"))
        }
    }
}

fn sample_value(v: &Value) -> Result<(f64, f64), String> {
    let pair = v.as_array().filter(|a| a.len() == 2).ok_or("expected a [time, \"value\"] pair")?;
    let t = pair[0].as_f64().ok_or("expected a numeric sample time")?;
    let text = pair[1].as_str().ok_or("expected the sample value as a string")?;
    let x = match text {
        "+Inf" | "Inf" => f64::INFINITY,
        "-Inf" => f64::NEG_INFINITY,
        "NaN" => f64::NAN,
        s => s.parse().map_err(|_| format!("expected a number, found `{s}`"))?,
    };
    Ok((t, x))
}

fn labels_of(s: &Value) -> BTreeMap<String, String> {
    s.get("metric")
        .and_then(Value::as_object)
        .map(|m| m.iter().filter_map(|(k, v)| v.as_str().map(|v| (k.clone(), v.to_string()))).collect())
        .unwrap_or_default()
}

/// The `data` of an instant query: a vector or a scalar (matrix and string results are errors).
pub fn parse_instant(data: &Value) -> Result<InstantResult, String> {
    let kind = data.get("resultType").and_then(Value::as_str).unwrap_or("");
    let result = data.get("result").ok_or("answer has no `result`")?;
    match kind {
        "scalar" => {
            let (at, value) = sample_value(result)?;
            Ok(InstantResult { at, series: vec![InstantSeries { labels: BTreeMap::new(), value }] })
        }
        "vector" => {
            let mut at = f64::NAN;
            let mut series = Vec::new();
            for s in result.as_array().ok_or("expected `result` to be a list")? {
                let (t, value) = sample_value(s.get("value").ok_or("vector sample without `value`")?)?;
                at = t;
                series.push(InstantSeries { labels: labels_of(s), value });
            }
            Ok(InstantResult { at, series })
        }
        other => Err(format!(
            "expected the query to give an instant vector or a scalar, it gave a {}",
            if other.is_empty() { "result without a type" } else { other }
        )),
    }
}

/// The `data` of a range query (a matrix).
pub fn parse_matrix(data: &Value) -> Result<Vec<RangeSeries>, String> {
    match data.get("resultType").and_then(Value::as_str) {
        Some("matrix") => {}
        other => {
            return Err(format!("expected a matrix from a range query, found {}", other.unwrap_or("no result type")));
        }
    }
    let list = data.get("result").and_then(Value::as_array).ok_or("expected `result` to be a list")?;
    list.iter()
        .map(|s| {
            let values = s.get("values").and_then(Value::as_array).ok_or("matrix series without `values`")?;
            Ok(RangeSeries { labels: labels_of(s), points: values.iter().map(sample_value).collect::<Result<_, _>>()? })
        })
        .collect()
}

/// `{job="x",instance="y"}`, or `{}`.
pub fn format_labels(l: &BTreeMap<String, String>) -> String {
    let body: Vec<String> = l.iter().map(|(k, v)| format!("{k}={v:?}")).collect();
    format!("{{{}}}", body.join(","))
}

/// A cheap syntax check for config validation: non-empty, brackets balanced, strings closed.
/// Prometheus itself has the last word (its error is reported by the check). The problem is a
/// message (`config-x-promql-*`), positions in characters from 1.
pub fn lint_query(q: &str) -> Result<(), Msg> {
    if q.trim().is_empty() {
        return Err(Msg::new("config-x-promql-empty").text("example", "rate(http_requests_total[1m])"));
    }
    let at = |i: usize| (i + 1) as f64;
    let mut stack = Vec::new();
    let mut chars = q.char_indices();
    // Character positions (a query may hold non-ASCII label values).
    let char_pos = |byte: usize| q[..byte].chars().count();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' | '\'' | '`' => {
                let mut closed = false;
                while let Some((_, d)) = chars.next() {
                    if d == '\\' && c != '`' {
                        chars.next();
                    } else if d == c {
                        closed = true;
                        break;
                    }
                }
                if !closed {
                    return Err(Msg::new("config-x-promql-unterminated").num("at", at(char_pos(i))));
                }
            }
            '(' | '[' | '{' => stack.push((c, i)),
            ')' | ']' | '}' => {
                let want = match c {
                    ')' => '(',
                    ']' => '[',
                    _ => '{',
                };
                match stack.pop() {
                    Some((open, _)) if open == want => {}
                    Some((open, j)) => {
                        return Err(Msg::new("config-x-promql-mismatch")
                            .text("close", c)
                            .num("at", at(char_pos(i)))
                            .text("open", open)
                            .num("open_at", at(char_pos(j))));
                    }
                    None => {
                        return Err(Msg::new("config-x-promql-unmatched").text("close", c).num("at", at(char_pos(i))));
                    }
                }
            }
            _ => {}
        }
    }
    match stack.pop() {
        Some((open, j)) => Err(Msg::new("config-x-promql-unclosed").text("open", open).num("at", at(char_pos(j)))),
        None => Ok(()),
    }
}

fn op_text(c: &Comparison) -> &'static str {
    match c.op {
        CmpOp::Gt => ">",
        CmpOp::Ge => ">=",
        CmpOp::Lt => "<",
        CmpOp::Le => "<=",
        CmpOp::Eq => "==",
        CmpOp::Ne => "!=",
    }
}

/// The step of the `for:` range query: about 60 points, at least one second.
fn hold_step(hold: Duration) -> Duration {
    (hold / 60).max(Duration::from_secs(1))
}

/// Of the series whose value broke the condition, those that broke it at every point of the
/// `for` window and existed for all of it (a series that appeared later has not held long).
pub fn held_broken(
    window: &[RangeSeries],
    cond: &Comparison,
    start: f64,
    step: Duration,
) -> Vec<BTreeMap<String, String>> {
    // Range points sit at `start + k·step`: a series that covers the window has one at `start`.
    let slack = step.as_secs_f64() * 0.5;
    window
        .iter()
        .filter(|s| {
            s.points.first().is_some_and(|(t, _)| *t <= start + slack)
                && s.points.iter().all(|(_, v)| !v.is_nan() && !cond.holds(*v))
        })
        .map(|s| s.labels.clone())
        .collect()
}

pub async fn run(spec: &PromqlCheckSpec, cx: &CheckContext) -> CheckOutcome {
    let started = Instant::now();
    let unknown = |issue: Msg| CheckOutcome {
        status: Status::Unknown,
        latency: started.elapsed(),
        metrics: BTreeMap::new(),
        issues: vec![issue],
    };
    let res = match instant(&cx.http, &spec.url, &spec.query, None).await {
        Ok(r) => r,
        Err(e) => return unknown(Msg::verbatim(e)),
    };
    if res.series.is_empty() {
        return unknown(Msg::new("check-promql-no-series").text("query", &spec.query));
    }
    // NaN (0/0: a ratio over no traffic) says nothing either way: such series are not judged.
    let judged: Vec<&InstantSeries> = res.series.iter().filter(|s| !s.value.is_nan()).collect();
    if judged.is_empty() {
        return unknown(Msg::new("check-promql-all-nan").text("query", &spec.query).text("nan", "NaN"));
    }
    let cond = spec.healthy_if;
    let broken: Vec<&InstantSeries> = judged.iter().copied().filter(|s| !cond.holds(s.value)).collect();
    // The recorded value: the worst broken series, else the one closest to breaking.
    let worst = |list: &mut dyn Iterator<Item = &InstantSeries>| -> Option<f64> {
        let vals: Vec<f64> = list.map(|s| s.value).collect();
        match cond.op {
            CmpOp::Lt | CmpOp::Le => vals.into_iter().reduce(f64::max),
            CmpOp::Gt | CmpOp::Ge => vals.into_iter().reduce(f64::min),
            CmpOp::Eq | CmpOp::Ne => vals.first().copied(),
        }
    };
    let value = if broken.is_empty() { worst(&mut judged.iter().copied()) } else { worst(&mut broken.iter().copied()) };
    let mut out = CheckOutcome::healthy(started.elapsed());
    if let Some(v) = value.filter(|v| v.is_finite()) {
        out.metrics.insert(spec.metric.clone(), v);
    }
    out.metrics.insert("promql_series".into(), res.series.len() as f64);
    if broken.is_empty() {
        out.metrics.insert(metric::RESPONSE_TIME.into(), out.latency.as_secs_f64());
        return out;
    }
    // The series (query and labels) and the condition stay as written; the words around them are
    // the reader's.
    let series = |labels: &BTreeMap<String, String>| {
        format!("{}{}", spec.query, if labels.is_empty() { String::new() } else { format_labels(labels) })
    };
    let condition = format!("{} {}", op_text(&cond), cond.value);
    let describe = |id: &str, s: &InstantSeries| {
        Msg::new(id).text("series", series(&s.labels)).num("value", s.value).text("condition", &condition)
    };
    if spec.hold_for.is_zero() {
        out.status = Status::Failed;
        out.issues = broken.iter().map(|s| describe("check-promql-broken", s)).collect();
    } else {
        let step = hold_step(spec.hold_for);
        let start = res.at - spec.hold_for.as_secs_f64();
        match range(&cx.http, &spec.url, &spec.query, start, res.at, step).await {
            Ok(window) => {
                let held = held_broken(&window, &cond, start, step);
                if held.is_empty() {
                    out.status = Status::Degraded;
                    out.issues = broken
                        .iter()
                        .map(|s| describe("check-promql-pending", s).duration("for", spec.hold_for))
                        .collect();
                } else {
                    out.status = Status::Failed;
                    out.issues = broken
                        .iter()
                        .filter(|s| held.contains(&s.labels))
                        .map(|s| describe("check-promql-held", s).duration("for", spec.hold_for))
                        .collect();
                    if out.issues.is_empty() {
                        out.issues = held
                            .iter()
                            .map(|l| {
                                Msg::new("check-promql-held-labels")
                                    .text("series", series(l))
                                    .text("key", "healthy_if")
                                    .duration("for", spec.hold_for)
                            })
                            .collect();
                    }
                }
            }
            Err(e) => {
                out.status = Status::Unknown;
                out.issues = vec![Msg::new("check-promql-for-failed").text("key", "for").text("detail", e)];
            }
        }
    }
    out.latency = started.elapsed();
    out.metrics.insert(metric::RESPONSE_TIME.into(), out.latency.as_secs_f64());
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn cmp(s: &str) -> Comparison {
        Comparison::parse(s).unwrap()
    }

    #[test]
    fn parses_vector_scalar_and_matrix_answers() {
        let v = json!({"resultType": "vector", "result": [
            {"metric": {"job": "a", "instance": "127.0.0.1:1"}, "value": [1700000000.5, "0.25"]},
            {"metric": {}, "value": [1700000000.5, "NaN"]}]});
        let r = parse_instant(&v).unwrap();
        assert_eq!(r.at, 1700000000.5);
        assert_eq!(r.series.len(), 2);
        assert_eq!(r.series[0].labels["job"], "a");
        assert_eq!(r.series[0].value, 0.25);
        assert!(r.series[1].value.is_nan());
        let s = parse_instant(&json!({"resultType": "scalar", "result": [1700000001, "3"]})).unwrap();
        assert_eq!((s.at, s.series[0].value, s.series[0].labels.is_empty()), (1700000001.0, 3.0, true));
        let m = parse_matrix(
            &json!({"resultType": "matrix", "result": [{"metric": {"x": "1"}, "values": [[1, "1"], [2, "+Inf"]]}]}),
        )
        .unwrap();
        assert_eq!(m[0].points, vec![(1.0, 1.0), (2.0, f64::INFINITY)]);
        for (bad, want) in [
            (json!({"resultType": "matrix", "result": []}), "instant vector or a scalar, it gave a matrix"),
            (json!({"resultType": "vector", "result": [{"metric": {}, "value": [1, 2]}]}), "value as a string"),
            (
                json!({"resultType": "vector", "result": [{"metric": {}, "value": [1, "x"]}]}),
                "expected a number, found `x`",
            ),
        ] {
            let e = parse_instant(&bad).unwrap_err();
            assert!(e.contains(want), "{e}");
        }
    }

    #[test]
    fn lint_finds_unbalanced_brackets_and_open_strings() {
        for (q, want) in [
            ("rate(x[1m])", None),
            ("sum by (job) (rate(x{a=\"(\"}[5m])) / 2", None),
            ("", Some("expected a PromQL expression")),
            ("rate(x[1m]", Some("`(` at character 5 of the query is never closed")),
            ("x{a=\"b}", Some("unterminated string starting at character 5")),
            ("rate(x[1m)]", Some("`)` at character 10 of the query does not close `[` at character 7")),
            ("x)", Some("unmatched `)` at character 2")),
        ] {
            match (lint_query(q), want) {
                (Ok(()), None) => {}
                (Err(e), Some(w)) => assert!(e.english().contains(w), "{q}: {}", e.english()),
                (r, w) => panic!("{q}: {r:?}, wanted {w:?}"),
            }
        }
    }

    #[test]
    fn for_window_needs_every_point_broken_and_the_whole_window_covered() {
        let s = |labels: &[(&str, &str)], pts: &[(f64, f64)]| RangeSeries {
            labels: labels.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
            points: pts.to_vec(),
        };
        let c = cmp("< 0.05");
        let step = Duration::from_secs(1);
        let window = vec![
            s(&[("i", "all-bad")], &[(100.0, 0.1), (101.0, 0.2), (102.0, 0.3)]),
            s(&[("i", "one-good")], &[(100.0, 0.1), (101.0, 0.01), (102.0, 0.3)]),
            s(&[("i", "late")], &[(101.0, 0.1), (102.0, 0.3)]),
        ];
        let held = held_broken(&window, &c, 100.0, step);
        assert_eq!(held.len(), 1);
        assert_eq!(held[0]["i"], "all-bad");
        assert_eq!(hold_step(Duration::from_secs(60)), Duration::from_secs(1));
        assert_eq!(hold_step(Duration::from_secs(600)), Duration::from_secs(10));
    }

    fn load(src: &str) -> Result<crate::config::Config, Vec<String>> {
        crate::config::load_str(src, "lab.yaml", std::path::Path::new("/lab"), &BTreeMap::new())
            .map_err(|e| e.0.iter().map(|e| e.to_string()).collect())
    }

    #[test]
    fn config_reads_a_promql_check() {
        let c = load("components:\n  - name: api\n    check:\n      promql: { url: \"http://127.0.0.1:9090/\", query: 'rate(labsvc_errors_total[1m])', healthy_if: \"< 0.05\", for: 1m, metric: error_rate }\n      interval: 15s\n").unwrap();
        let crate::config::CheckKind::Promql(p) = &c.components[0].check.kind else { panic!("not a promql check") };
        assert_eq!(p.url, "http://127.0.0.1:9090");
        assert_eq!(p.query, "rate(labsvc_errors_total[1m])");
        assert_eq!(p.healthy_if, cmp("< 0.05"));
        assert_eq!(p.hold_for, Duration::from_secs(60));
        assert_eq!(p.metric, "error_rate");
        assert_eq!(c.components[0].check.interval, Duration::from_secs(15));
        let d = load("components:\n  - name: api\n    check: { promql: { url: \"http://p:9090\", query: up, healthy_if: \"== 1\" } }\n").unwrap();
        let crate::config::CheckKind::Promql(p) = &d.components[0].check.kind else { panic!() };
        assert_eq!((p.hold_for, p.metric.as_str()), (Duration::ZERO, "promql_value"));
    }

    #[test]
    fn config_errors_in_a_promql_check_are_all_located() {
        let src = "components:\n  - name: x\n    check:\n      promql:\n        url: \"127.0.0.1:9090/api/v1/query\"\n        query: \"rate(x[1m]\"\n        healthy_if: \"about 3\"\n        for: 1parsec\n        metric: \"a b\"\n  - name: y\n    check: { promql: { url: \"http://p\", query: up } }\n  - name: z\n    check: { promql: { url: \"http://p\", query: up, healthy_if: \"> 0\", step: 1s } }\n";
        let errs = load(src).unwrap_err();
        let want = [
            "lab.yaml:5:14: expected the Prometheus server's base URL such as `http://127.0.0.1:9090`, found `127.0.0.1:9090/api/v1/query`",
            "lab.yaml:6:16: `(` at character 5 of the query is never closed",
            "lab.yaml:7:21: expected a comparison like `< 0.05` or `>= 1`, found `about 3`",
            "lab.yaml:8:14: unknown duration unit",
            "lab.yaml:9:17: expected a sample name of letters, digits and `_`, found `a b`",
            "lab.yaml:11:22: missing required key “healthy_if”",
            "lab.yaml:13:71: unknown field `step`",
        ];
        assert_eq!(errs.len(), want.len(), "{errs:#?}");
        for (e, w) in errs.iter().zip(want) {
            assert!(e.starts_with(w), "{e}\n  wanted: {w}");
        }
    }
}

/// A component's PromQL query over a time range, read from its Prometheus: the history behind
/// what the check judges only at its interval, for charts and for series the guard does not
/// sample itself (`GET /api/components/{name}/promql`).
#[derive(Debug, Clone, serde::Serialize)]
pub struct PromqlRange {
    pub component: String,
    pub query: String,
    /// Unix seconds.
    pub from: f64,
    pub to: f64,
    pub step_seconds: f64,
    pub series: Vec<PromqlRangeSeries>,
    /// What Prometheus (or the way to it) said when the query failed; `series` is then empty.
    pub error: Option<String>,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct PromqlRangeSeries {
    pub labels: BTreeMap<String, String>,
    /// `[unix seconds, value]`; NaN and infinities are left out (JSON has no place for them).
    pub points: Vec<(f64, f64)>,
}

/// Most points Prometheus returns per series (its own limit is 11,000).
pub const MAX_RANGE_POINTS: f64 = 11_000.0;
