//! `prometheus`: scrape a target's text exposition and read one metric, selected by name and
//! label matchers; `healthy_if` decides the status.

use std::collections::BTreeMap;
use std::time::Instant;

use super::{CheckContext, CheckOutcome, Msg};
use crate::config::PrometheusCheckSpec;
use crate::model::{Status, metric};

/// One sample line of the text exposition format.
#[derive(Debug, Clone, PartialEq)]
pub struct ExpositionSample {
    pub name: String,
    pub labels: BTreeMap<String, String>,
    pub value: f64,
}

/// Parse the Prometheus text exposition format (comments and `# TYPE` lines are skipped).
pub fn parse_exposition(text: &str) -> Vec<ExpositionSample> {
    text.lines().filter_map(parse_line).collect()
}

fn parse_line(line: &str) -> Option<ExpositionSample> {
    let line = line.trim();
    if line.is_empty() || line.starts_with('#') {
        return None;
    }
    let (name, rest) = match line.find(['{', ' ']) {
        Some(i) => line.split_at(i),
        None => return None,
    };
    let mut labels = BTreeMap::new();
    let rest = if let Some(body) = rest.strip_prefix('{') {
        let mut chars = body.char_indices().peekable();
        let mut key = String::new();
        loop {
            let (_, c) = chars.next()?;
            match c {
                '}' => break,
                ',' | ' ' => continue,
                '=' => {
                    if chars.next()?.1 != '"' {
                        return None;
                    }
                    let mut val = String::new();
                    loop {
                        let (_, c) = chars.next()?;
                        match c {
                            '\\' => match chars.next()?.1 {
                                'n' => val.push('\n'),
                                other => val.push(other),
                            },
                            '"' => break,
                            c => val.push(c),
                        }
                    }
                    labels.insert(std::mem::take(&mut key), val);
                }
                c => key.push(c),
            }
        }
        let consumed = chars.peek().map(|(i, _)| *i).unwrap_or(body.len());
        &body[consumed..]
    } else {
        rest
    };
    let value_text = rest.split_whitespace().next()?;
    let value = match value_text {
        "+Inf" => f64::INFINITY,
        "-Inf" => f64::NEG_INFINITY,
        "NaN" => f64::NAN,
        v => v.parse().ok()?,
    };
    Some(ExpositionSample { name: name.to_string(), labels, value })
}

/// GET an exposition page: its text, or the failed outcome that says why not.
pub(super) async fn scrape(cx: &CheckContext, url: &str, started: Instant) -> Result<String, CheckOutcome> {
    match cx.http.get(url).send().await {
        Ok(r) if r.status().is_success() => match r.text().await {
            Ok(t) => Ok(t),
            Err(e) => Err(CheckOutcome::failed(
                started.elapsed(),
                Msg::new("check-scrape-read-failed").text("url", url).text("detail", e),
            )),
        },
        Ok(r) => Err(CheckOutcome::failed(
            started.elapsed(),
            Msg::new("check-scrape-status").text("code", r.status().as_u16()).text("url", url),
        )),
        Err(e) => Err(CheckOutcome::failed(
            started.elapsed(),
            Msg::new("check-scrape-failed").text("url", url).text("detail", e),
        )),
    }
}

pub async fn run(spec: &PrometheusCheckSpec, cx: &CheckContext) -> CheckOutcome {
    let started = Instant::now();
    let text = match scrape(cx, &spec.url, started).await {
        Ok(t) => t,
        Err(failed) => return failed,
    };
    let latency = started.elapsed();
    let found = parse_exposition(&text)
        .into_iter()
        .find(|s| s.name == spec.metric && spec.labels.iter().all(|(k, v)| s.labels.get(k) == Some(v)));
    let Some(sample) = found else {
        return CheckOutcome {
            status: Status::Unknown,
            latency,
            metrics: BTreeMap::new(),
            issues: vec![
                Msg::new("check-metric-not-found")
                    .text("metric", &spec.metric)
                    .text("labels", format!("{:?}", spec.labels))
                    .text("url", &spec.url),
            ],
        };
    };
    let mut out = CheckOutcome::healthy(latency).with_metric(metric::RESPONSE_TIME, latency.as_secs_f64());
    out.metrics.insert(spec.metric.clone(), sample.value);
    if let Some(c) = spec.healthy_if
        && !c.holds(sample.value)
    {
        out.status = Status::Failed;
        out.issues.push(
            Msg::new("check-metric-unhealthy")
                .text("metric", &spec.metric)
                .num("value", sample.value)
                .text("condition", format!("{:?} {}", c.op, c.value)),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_exposition() {
        let text = "# HELP x y\n# TYPE http_requests_total counter\nhttp_requests_total{code=\"200\",path=\"/a\"} 1027 1395066363000\nhttp_requests_total{code=\"500\", path=\"/a\"} 3\nup 1\nweird{l=\"a\\\"b\"} +Inf\n";
        let s = parse_exposition(text);
        assert_eq!(s.len(), 4);
        assert_eq!(s[0].name, "http_requests_total");
        assert_eq!(s[0].labels["code"], "200");
        assert_eq!(s[0].value, 1027.0);
        assert_eq!(s[1].labels["path"], "/a");
        assert_eq!(s[2], ExpositionSample { name: "up".into(), labels: BTreeMap::new(), value: 1.0 });
        assert_eq!(s[3].labels["l"], "a\"b");
        assert!(s[3].value.is_infinite());
    }
}
