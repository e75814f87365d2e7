//! Alertmanager's webhook payload (version 4), read strictly: a malformed payload is rejected
//! as a whole with the reason, before anything changes. Alerts map to components by the
//! `component` label, else `job`, else `instance` (a component name, or the `host:port` its
//! check targets).

use std::collections::BTreeMap;

use serde_json::Value;

use crate::config::{CheckKind, ComponentSpec};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AlertStatus {
    Firing,
    Resolved,
}

/// One alert, validated.
#[derive(Debug, Clone, PartialEq)]
pub struct Alert {
    pub status: AlertStatus,
    pub name: String,
    pub labels: BTreeMap<String, String>,
    pub summary: Option<String>,
    pub starts_at_ms: Option<i64>,
    /// `None` when absent or Alertmanager's zero time (still firing).
    pub ends_at_ms: Option<i64>,
    pub fingerprint: String,
}

impl Alert {
    /// A firing alert whose `endsAt` has passed: Alertmanager would have resolved it already.
    pub fn is_stale(&self, now_ms: i64) -> bool {
        self.status == AlertStatus::Firing && self.ends_at_ms.is_some_and(|e| e <= now_ms)
    }
}

/// Parse and validate a whole payload.
pub fn parse(body: &Value) -> Result<Vec<Alert>, String> {
    let obj = body.as_object().ok_or("expected a JSON object (Alertmanager webhook payload)")?;
    match obj.get("version") {
        Some(Value::String(v)) if v == "4" => {}
        Some(v) => return Err(format!("`version`: expected \"4\", found {v}")),
        None => return Err("`version`: missing (expected \"4\")".into()),
    }
    let alerts = obj.get("alerts").and_then(Value::as_array).ok_or("`alerts`: expected an array")?;
    alerts.iter().enumerate().map(|(i, a)| alert(a).map_err(|e| format!("`alerts[{i}]`: {e}"))).collect()
}

fn alert(a: &Value) -> Result<Alert, String> {
    let o = a.as_object().ok_or("expected an object")?;
    let status = match o.get("status").and_then(Value::as_str) {
        Some("firing") => AlertStatus::Firing,
        Some("resolved") => AlertStatus::Resolved,
        Some(s) => return Err(format!("`status`: expected \"firing\" or \"resolved\", found \"{s}\"")),
        None => return Err("`status`: missing".into()),
    };
    let labels_v = o.get("labels").and_then(Value::as_object).ok_or("`labels`: expected an object")?;
    let mut labels = BTreeMap::new();
    for (k, v) in labels_v {
        let s = v.as_str().ok_or_else(|| format!("`labels.{k}`: expected a string"))?;
        labels.insert(k.clone(), s.to_string());
    }
    let time = |key: &str| -> Result<Option<i64>, String> {
        match o.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => {
                parse_rfc3339(s).map_err(|e| format!("`{key}`: {e}")).map(|t| t.filter(|ms| *ms > 0))
            }
            Some(v) => Err(format!("`{key}`: expected an RFC 3339 time, found {v}")),
        }
    };
    let starts_at_ms = time("startsAt")?;
    let ends_at_ms = time("endsAt")?;
    let fingerprint = match o.get("fingerprint").and_then(Value::as_str) {
        Some(f) if !f.is_empty() => f.to_string(),
        _ => labels.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join(","),
    };
    let summary = o
        .get("annotations")
        .and_then(|a| a.get("summary").or(a.get("description")))
        .and_then(Value::as_str)
        .map(str::to_string);
    Ok(Alert {
        status,
        name: labels.get("alertname").cloned().unwrap_or_else(|| "alert".into()),
        labels,
        summary,
        starts_at_ms,
        ends_at_ms,
        fingerprint,
    })
}

/// The component an alert is about, if any.
pub fn component_of<'a>(
    labels: &BTreeMap<String, String>,
    components: &'a [ComponentSpec],
) -> Option<&'a ComponentSpec> {
    let by_name = |n: &str| components.iter().find(|c| c.name == n);
    if let Some(c) = labels.get("component") {
        return by_name(c);
    }
    if let Some(c) = labels.get("job").and_then(|j| by_name(j)) {
        return Some(c);
    }
    let inst = labels.get("instance")?;
    by_name(inst).or_else(|| {
        components.iter().find(|c| match &c.check.kind {
            CheckKind::Http(h) => h.url.contains(&format!("//{inst}/")) || h.url.ends_with(&format!("//{inst}")),
            CheckKind::Tcp(t) => t.addr == *inst,
            CheckKind::Prometheus(p) => p.url.contains(&format!("//{inst}/")),
            _ => false,
        })
    })
}

/// `2026-11-28T14:50:13.123Z` / `…+01:00` → Unix ms. Alertmanager's zero time (year 1) → `None`.
pub fn parse_rfc3339(s: &str) -> Result<Option<i64>, String> {
    let bad = || format!("expected an RFC 3339 time like 2026-01-02T03:04:05Z, found `{s}`");
    let b = s.as_bytes();
    if b.len() < 20
        || b[4] != b'-'
        || b[7] != b'-'
        || !(b[10] == b'T' || b[10] == b't' || b[10] == b' ')
        || b[13] != b':'
        || b[16] != b':'
    {
        return Err(bad());
    }
    let num = |r: std::ops::Range<usize>| s.get(r).and_then(|x| x.parse::<i64>().ok()).ok_or_else(bad);
    let (y, mo, d, h, mi, se) = (num(0..4)?, num(5..7)?, num(8..10)?, num(11..13)?, num(14..16)?, num(17..19)?);
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 || se > 60 {
        return Err(bad());
    }
    let mut rest = &s[19..];
    let mut ms = 0i64;
    if let Some(frac) = rest.strip_prefix('.') {
        let digits: String = frac.chars().take_while(char::is_ascii_digit).collect();
        if digits.is_empty() {
            return Err(bad());
        }
        let padded = format!("{:0<3}", &digits[..digits.len().min(3)]);
        ms = padded.parse().map_err(|_| bad())?;
        rest = &frac[digits.len()..];
    }
    let offset_min = match rest {
        "Z" | "z" => 0,
        _ if rest.len() == 6 && (rest.starts_with('+') || rest.starts_with('-')) && &rest[3..4] == ":" => {
            let sign = if rest.starts_with('-') { -1 } else { 1 };
            sign * (rest[1..3].parse::<i64>().map_err(|_| bad())? * 60
                + rest[4..6].parse::<i64>().map_err(|_| bad())?)
        }
        _ => return Err(bad()),
    };
    if y <= 1 {
        return Ok(None);
    }
    // Days from civil (Howard Hinnant's algorithm).
    let (yy, m) = if mo <= 2 { (y - 1, mo + 9) } else { (y, mo - 3) };
    let era = yy.div_euclid(400);
    let yoe = yy - era * 400;
    let doy = (153 * m + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Ok(Some(((days * 86_400 + h * 3600 + mi * 60 + se) - offset_min * 60) * 1000 + ms))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn times() {
        let cases: &[(&str, Result<Option<i64>, ()>)] = &[
            ("1970-01-01T00:00:00Z", Ok(Some(0))),
            ("2026-11-28T14:50:13.123Z", Ok(Some(1_795_877_413_123))),
            ("2026-11-28T15:50:13.1+01:00", Ok(Some(1_795_877_413_100))),
            ("0001-01-01T00:00:00Z", Ok(None)),
            ("2026-13-01T00:00:00Z", Err(())),
            ("yesterday", Err(())),
        ];
        for (s, want) in cases {
            assert_eq!(parse_rfc3339(s).map_err(|_| ()), *want, "{s}");
        }
    }

    #[test]
    fn payloads() {
        let good = json!({"version": "4", "status": "firing", "alerts": [
            {"status": "firing", "labels": {"alertname": "Down", "component": "api"}, "startsAt": "2026-01-01T00:00:00Z", "endsAt": "0001-01-01T00:00:00Z", "fingerprint": "abc"},
            {"status": "resolved", "labels": {"alertname": "Down", "job": "db"}, "startsAt": "2026-01-01T00:00:00Z", "endsAt": "2026-01-01T00:01:00Z"}
        ]});
        let a = parse(&good).unwrap();
        assert_eq!(a.len(), 2);
        assert_eq!((a[0].status, a[0].ends_at_ms, a[0].fingerprint.as_str()), (AlertStatus::Firing, None, "abc"));
        assert_eq!(a[1].fingerprint, "alertname=Down,job=db");
        let bad: &[(Value, &str)] = &[
            (json!([]), "expected a JSON object"),
            (json!({"alerts": []}), "`version`: missing"),
            (json!({"version": "3", "alerts": []}), "`version`: expected \"4\""),
            (json!({"version": "4"}), "`alerts`: expected an array"),
            (json!({"version": "4", "alerts": [{"status": "on", "labels": {}}]}), "`alerts[0]`: `status`"),
            (json!({"version": "4", "alerts": [{"status": "firing"}]}), "`alerts[0]`: `labels`"),
            (json!({"version": "4", "alerts": [{"status": "firing", "labels": {"a": 1}}]}), "`labels.a`"),
            (json!({"version": "4", "alerts": [{"status": "firing", "labels": {}, "startsAt": "soon"}]}), "`startsAt`"),
        ];
        for (v, want) in bad {
            let e = parse(v).unwrap_err();
            assert!(e.contains(want), "{v}: {e}");
        }
    }

    #[test]
    fn stale_means_firing_with_a_past_end() {
        let mut a = parse(
            &json!({"version": "4", "alerts": [{"status": "firing", "labels": {}, "endsAt": "2026-01-01T00:00:00Z"}]}),
        )
        .unwrap()
        .remove(0);
        let end = a.ends_at_ms.unwrap();
        assert!(a.is_stale(end + 1) && !a.is_stale(end - 1));
        a.status = AlertStatus::Resolved;
        assert!(!a.is_stale(end + 1));
    }
}
