//! Content negotiation for `/metrics`, as Prometheus' exposition-format spec and
//! node_exporter / the official client libraries do it: OpenMetrics 1.0.0 only when the
//! client's `Accept` asks for it (Prometheus itself does), the text format 0.0.4 otherwise
//! (curl, `promtool check metrics`, older scrapers).
//!
//! `prometheus-client` encodes OpenMetrics only; [`to_text_004`] rewrites its output into the
//! 0.0.4 format: counters are declared under their `_total` sample name (so HELP and TYPE
//! belong to the samples), `# UNIT` and `# EOF` are dropped, `info`/`unknown`/`stateset` map to
//! `gauge`/`untyped`.

use axum::http::{HeaderMap, header};

pub const OPENMETRICS: &str = "application/openmetrics-text; version=1.0.0; charset=utf-8";
pub const TEXT_004: &str = "text/plain; version=0.0.4; charset=utf-8";

/// True when `Accept` prefers `application/openmetrics-text` over the text format: its
/// quality is above zero and at least that of `text/plain`, `text/*` or `*/*`. No header
/// (or one naming neither) means the text format.
pub fn wants_openmetrics(headers: &HeaderMap) -> bool {
    let mut om = 0.0f32;
    let mut text = 0.0f32;
    for value in headers.get_all(header::ACCEPT) {
        let Ok(value) = value.to_str() else { continue };
        for range in value.split(',') {
            let mut parts = range.split(';');
            let media = parts.next().unwrap_or("").trim().to_ascii_lowercase();
            let q = parts
                .filter_map(|p| p.split_once('='))
                .find(|(k, _)| k.trim().eq_ignore_ascii_case("q"))
                .and_then(|(_, v)| v.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            match media.as_str() {
                "application/openmetrics-text" => om = om.max(q),
                "text/plain" | "text/*" | "*/*" => text = text.max(q),
                _ => {}
            }
        }
    }
    om > 0.0 && om >= text
}

/// The OpenMetrics text `om` (as `prometheus_client::encoding::text::encode` writes it) in the
/// Prometheus text format 0.0.4.
pub fn to_text_004(om: &str) -> String {
    let mut out = String::with_capacity(om.len());
    // HELP comes before TYPE in a family; hold it until TYPE names the sample suffix.
    let mut help: Option<(&str, &str)> = None;
    for line in om.lines() {
        if line == "# EOF" || line.starts_with("# UNIT ") {
            continue;
        }
        if let Some(rest) = line.strip_prefix("# HELP ") {
            let (name, text) = rest.split_once(' ').unwrap_or((rest, ""));
            help = Some((name, text));
            continue;
        }
        if let Some(rest) = line.strip_prefix("# TYPE ") {
            let (name, kind) = rest.split_once(' ').unwrap_or((rest, "unknown"));
            let (sample, kind) = match kind {
                "counter" => (format!("{name}_total"), "counter"),
                "gauge" => (name.to_string(), "gauge"),
                "histogram" => (name.to_string(), "histogram"),
                "summary" => (name.to_string(), "summary"),
                "info" => (format!("{name}_info"), "gauge"),
                _ => (name.to_string(), "untyped"),
            };
            if let Some((_, text)) = help.take().filter(|(h, _)| *h == name) {
                out.push_str(&format!("# HELP {sample} {text}\n"));
            }
            out.push_str(&format!("# TYPE {sample} {kind}\n"));
            continue;
        }
        if let Some((h, text)) = help.take() {
            out.push_str(&format!("# HELP {h} {text}\n"));
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn accept(v: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(header::ACCEPT, HeaderValue::from_str(v).unwrap());
        h
    }

    #[test]
    fn negotiation_follows_accept() {
        assert!(!wants_openmetrics(&HeaderMap::new()), "no Accept: text format");
        assert!(!wants_openmetrics(&accept("*/*")), "curl");
        assert!(!wants_openmetrics(&accept("text/plain;version=0.0.4")));
        assert!(!wants_openmetrics(&accept("application/json")));
        // What Prometheus 2.x sends.
        assert!(wants_openmetrics(&accept(
            "application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1"
        )));
        assert!(wants_openmetrics(&accept("application/openmetrics-text")));
        assert!(!wants_openmetrics(&accept("text/plain, application/openmetrics-text;q=0.5")));
        assert!(!wants_openmetrics(&accept("application/openmetrics-text;q=0")));
    }

    #[test]
    fn counters_are_declared_under_their_sample_name() {
        let om = "# HELP x_checks Checks run.\n# TYPE x_checks counter\nx_checks_total{a=\"b\"} 3\n# HELP x_up Up.\n# TYPE x_up gauge\n# UNIT x_up seconds\nx_up 1\n# EOF\n";
        assert_eq!(
            to_text_004(om),
            "# HELP x_checks_total Checks run.\n# TYPE x_checks_total counter\nx_checks_total{a=\"b\"} 3\n# HELP x_up Up.\n# TYPE x_up gauge\nx_up 1\n"
        );
    }
}
