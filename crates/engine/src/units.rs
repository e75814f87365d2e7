//! Human units in the config: durations (`250ms`, `1s`, `5m`, `24h`, `7d`, `7y`) and sizes
//! (`512KB`, `100MB`, `2GB`). A bare number is seconds (durations) or bytes (sizes), which is
//! what environment variables (`PIPELINE_MONITORING_INTERVAL=30`) use.

use std::time::Duration;

/// Parse a duration such as `250ms`, `1.5s`, `5m`, `24h`, `7d`, `2w`, `7y`, or `30` (seconds).
pub fn parse_duration(s: &str) -> Result<Duration, String> {
    let t = s.trim();
    if t.is_empty() {
        return Err("expected a duration like `250ms`, `5s`, `10m`, `24h`, `7d` or `7y`, found an empty value".into());
    }
    let split = t.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let n: f64 = num
        .parse()
        .map_err(|_| format!("expected a duration like `250ms`, `5s`, `10m`, `24h`, `7d` or `7y`, found `{t}`"))?;
    let secs_per_unit = match unit.trim() {
        "" | "s" | "sec" | "secs" => 1.0,
        "ms" => 0.001,
        "us" | "µs" => 0.000_001,
        "m" | "min" | "mins" => 60.0,
        "h" => 3600.0,
        "d" => 86_400.0,
        "w" => 7.0 * 86_400.0,
        "y" => 365.0 * 86_400.0,
        other => {
            return Err(format!("unknown duration unit `{other}` in `{t}` (expected ms, s, m, h, d, w or y)"));
        }
    };
    let secs = n * secs_per_unit;
    if !secs.is_finite() || secs > 1.0e10 {
        return Err(format!("duration `{t}` is too large"));
    }
    Ok(Duration::from_secs_f64(secs))
}

/// Parse a size such as `512KB`, `100MB`, `2GB`, `64MiB` or `1048576` (bytes).
pub fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let split = t.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let n: f64 = num.parse().map_err(|_| format!("expected a size like `512KB`, `100MB` or `2GB`, found `{t}`"))?;
    let mult: f64 = match unit.trim().to_ascii_uppercase().as_str() {
        "" | "B" => 1.0,
        "KB" | "K" => 1e3,
        "MB" | "M" => 1e6,
        "GB" | "G" => 1e9,
        "TB" | "T" => 1e12,
        "KIB" => 1024.0,
        "MIB" => 1024.0 * 1024.0,
        "GIB" => 1024.0 * 1024.0 * 1024.0,
        other => {
            return Err(format!("unknown size unit `{other}` in `{t}` (expected B, KB, MB, GB, TB, KiB, MiB or GiB)"));
        }
    };
    let bytes = n * mult;
    if !bytes.is_finite() || bytes > 1.0e18 {
        return Err(format!("size `{t}` is too large"));
    }
    Ok(bytes.round() as u64)
}

/// Render a duration the way the config writes it (`1.5s`, `250ms`, `2h`).
pub fn format_duration(d: Duration) -> String {
    let ms = d.as_millis();
    if ms == 0 {
        return format!("{}us", d.as_micros());
    }
    for (unit, per) in [("d", 86_400_000u128), ("h", 3_600_000), ("m", 60_000), ("s", 1000)] {
        if ms >= per && ms.is_multiple_of(per) {
            return format!("{}{unit}", ms / per);
        }
    }
    if ms >= 1000 { format!("{:.1}s", d.as_secs_f64()) } else { format!("{ms}ms") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        let cases: &[(&str, Option<f64>)] = &[
            ("250ms", Some(0.25)),
            ("1s", Some(1.0)),
            ("1.5s", Some(1.5)),
            ("5m", Some(300.0)),
            ("24h", Some(86_400.0)),
            ("7d", Some(604_800.0)),
            ("7y", Some(7.0 * 365.0 * 86_400.0)),
            ("30", Some(30.0)),
            (" 2h ", Some(7200.0)),
            ("", None),
            ("abc", None),
            ("5 parsecs", None),
            ("-1s", None),
            ("1e400s", None),
        ];
        for (input, want) in cases {
            match (parse_duration(input), want) {
                (Ok(d), Some(w)) => assert!((d.as_secs_f64() - w).abs() < 1e-9, "{input}"),
                (Err(_), None) => {}
                (got, want) => panic!("{input}: got {got:?}, want {want:?}"),
            }
        }
    }

    #[test]
    fn sizes() {
        let cases: &[(&str, Option<u64>)] = &[
            ("512KB", Some(512_000)),
            ("100MB", Some(100_000_000)),
            ("2GB", Some(2_000_000_000)),
            ("64MiB", Some(64 * 1024 * 1024)),
            ("1048576", Some(1_048_576)),
            ("1.5MB", Some(1_500_000)),
            ("12XB", None),
            ("MB", None),
        ];
        for (input, want) in cases {
            assert_eq!(parse_size(input).ok(), *want, "{input}");
        }
    }

    #[test]
    fn format_round_trips() {
        for s in ["250ms", "1s", "5m", "2h", "7d", "1.5s"] {
            assert_eq!(format_duration(parse_duration(s).unwrap()), s);
        }
    }
}
