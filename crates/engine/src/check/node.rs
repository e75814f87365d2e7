//! `node`: a lab host read from its node_exporter (`/metrics`), as a host source: memory, one
//! filesystem, load and network become samples, so the detector, the threshold rules and the
//! exhaustion forecasts see them (validation gives `disk_used_ratio` and `memory_used_ratio` a
//! forecast limit of 1.0: a disk filling up or memory running out is predicted before it
//! happens). An unreachable exporter is `failed` (the host or its exporter is down); missing
//! metrics are `unknown`.

use std::collections::BTreeMap;
use std::time::Instant;

use super::prometheus::{ExpositionSample, parse_exposition};
use super::{CheckContext, CheckOutcome, Msg};
use crate::config::NodeCheckSpec;
use crate::model::{Status, metric};

/// The samples recorded (all in base units).
pub const MEMORY_USED_BYTES: &str = "memory_used_bytes";
pub const MEMORY_TOTAL_BYTES: &str = "memory_total_bytes";
pub const MEMORY_USED_RATIO: &str = "memory_used_ratio";
pub const DISK_USED_BYTES: &str = "disk_used_bytes";
pub const DISK_TOTAL_BYTES: &str = "disk_total_bytes";
pub const DISK_USED_RATIO: &str = "disk_used_ratio";
pub const LOAD1_PER_CPU: &str = "load1_per_cpu";
pub const NETWORK_RECEIVE_BYTES: &str = "network_receive_bytes_total";
pub const NETWORK_TRANSMIT_BYTES: &str = "network_transmit_bytes_total";

/// Host figures from one node_exporter exposition; `None` for what it does not export.
pub fn host_metrics(samples: &[ExpositionSample], mountpoint: &str) -> BTreeMap<&'static str, f64> {
    let one = |name: &str, label: Option<(&str, &str)>| {
        samples
            .iter()
            .find(|s| s.name == name && label.is_none_or(|(k, v)| s.labels.get(k).map(String::as_str) == Some(v)))
            .map(|s| s.value)
    };
    let mut out = BTreeMap::new();
    if let (Some(total), Some(avail)) =
        (one("node_memory_MemTotal_bytes", None), one("node_memory_MemAvailable_bytes", None))
    {
        out.insert(MEMORY_TOTAL_BYTES, total);
        out.insert(MEMORY_USED_BYTES, total - avail);
        if total > 0.0 {
            out.insert(MEMORY_USED_RATIO, (total - avail) / total);
        }
    }
    let mp = Some(("mountpoint", mountpoint));
    if let (Some(size), Some(avail)) = (one("node_filesystem_size_bytes", mp), one("node_filesystem_avail_bytes", mp)) {
        // `avail` is what unprivileged users may still write; `size - avail` counts the reserved
        // blocks as used, which is when writes start failing.
        out.insert(DISK_TOTAL_BYTES, size);
        out.insert(DISK_USED_BYTES, size - avail);
        if size > 0.0 {
            out.insert(DISK_USED_RATIO, (size - avail) / size);
        }
    }
    let cpus = samples
        .iter()
        .filter(|s| s.name == "node_cpu_seconds_total" && s.labels.get("mode").map(String::as_str) == Some("idle"))
        .count();
    if let (Some(load), true) = (one("node_load1", None), cpus > 0) {
        out.insert(LOAD1_PER_CPU, load / cpus as f64);
    }
    let net = |name: &str| {
        let v: Vec<f64> = samples
            .iter()
            .filter(|s| s.name == name && s.labels.get("device").is_some_and(|d| d != "lo"))
            .map(|s| s.value)
            .collect();
        (!v.is_empty()).then(|| v.iter().sum::<f64>())
    };
    if let Some(rx) = net("node_network_receive_bytes_total") {
        out.insert(NETWORK_RECEIVE_BYTES, rx);
    }
    if let Some(tx) = net("node_network_transmit_bytes_total") {
        out.insert(NETWORK_TRANSMIT_BYTES, tx);
    }
    out
}

pub async fn run(spec: &NodeCheckSpec, cx: &CheckContext) -> CheckOutcome {
    let started = Instant::now();
    let text = match super::prometheus::scrape(cx, &spec.url, started).await {
        Ok(t) => t,
        Err(mut failed) => {
            // Say which program did not answer: the host's node_exporter.
            for issue in &mut failed.issues {
                if issue.id == "check-scrape-failed" {
                    issue.id = "check-node-scrape-failed".into();
                    issue.args.insert("exporter".into(), crate::heal::timeline::Arg::Text("node_exporter".into()));
                }
            }
            return failed;
        }
    };
    let latency = started.elapsed();
    let figures = host_metrics(&parse_exposition(&text), &spec.mountpoint);
    let mut out = CheckOutcome::healthy(latency).with_metric(metric::RESPONSE_TIME, latency.as_secs_f64());
    for (k, v) in &figures {
        out.metrics.insert((*k).to_string(), *v);
    }
    let mut missing = Vec::new();
    if !figures.contains_key(MEMORY_USED_RATIO) {
        missing.push(
            Msg::new("check-node-missing-memory")
                .text("metrics", "node_memory_MemTotal_bytes, node_memory_MemAvailable_bytes"),
        );
    }
    if !figures.contains_key(DISK_USED_RATIO) {
        missing.push(
            Msg::new("check-node-missing-disk")
                .text("mountpoint", &spec.mountpoint)
                .text("metrics", "node_filesystem_size_bytes, node_filesystem_avail_bytes"),
        );
    }
    if !missing.is_empty() {
        out.status = Status::Unknown;
        out.issues.push(Msg::new("check-node-missing").text("url", &spec.url).list("missing", missing));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "node_memory_MemTotal_bytes 8e+09\nnode_memory_MemAvailable_bytes 2e+09\n\
        node_filesystem_size_bytes{device=\"/dev/vda\",fstype=\"ext4\",mountpoint=\"/\"} 1000\n\
        node_filesystem_avail_bytes{device=\"/dev/vda\",fstype=\"ext4\",mountpoint=\"/\"} 250\n\
        node_filesystem_size_bytes{device=\"tmpfs\",fstype=\"tmpfs\",mountpoint=\"/run\"} 10\n\
        node_filesystem_avail_bytes{device=\"tmpfs\",fstype=\"tmpfs\",mountpoint=\"/run\"} 10\n\
        node_load1 3\nnode_cpu_seconds_total{cpu=\"0\",mode=\"idle\"} 5\nnode_cpu_seconds_total{cpu=\"0\",mode=\"user\"} 5\nnode_cpu_seconds_total{cpu=\"1\",mode=\"idle\"} 5\n\
        node_network_receive_bytes_total{device=\"lo\"} 99\nnode_network_receive_bytes_total{device=\"eth0\"} 10\nnode_network_receive_bytes_total{device=\"eth1\"} 5\n\
        node_network_transmit_bytes_total{device=\"eth0\"} 7\n";

    #[test]
    fn host_figures_from_an_exposition() {
        let m = host_metrics(&parse_exposition(TEXT), "/");
        for (k, want) in [
            (MEMORY_TOTAL_BYTES, 8e9),
            (MEMORY_USED_BYTES, 6e9),
            (MEMORY_USED_RATIO, 0.75),
            (DISK_TOTAL_BYTES, 1000.0),
            (DISK_USED_BYTES, 750.0),
            (DISK_USED_RATIO, 0.75),
            (LOAD1_PER_CPU, 1.5),
            (NETWORK_RECEIVE_BYTES, 15.0),
            (NETWORK_TRANSMIT_BYTES, 7.0),
        ] {
            assert_eq!(m.get(k), Some(&want), "{k}");
        }
        let run = host_metrics(&parse_exposition(TEXT), "/run");
        assert_eq!(run[DISK_USED_RATIO], 0.0);
        let none = host_metrics(&parse_exposition(TEXT), "/data");
        assert!(!none.contains_key(DISK_USED_RATIO));
        assert!(host_metrics(&[], "/").is_empty());
    }

    fn load(src: &str) -> Result<crate::config::Config, Vec<String>> {
        crate::config::load_str(src, "lab.yaml", std::path::Path::new("/lab"), &Default::default())
            .map_err(|e| e.0.iter().map(|e| e.to_string()).collect())
    }

    #[test]
    fn config_gives_host_sources_exhaustion_limits_and_locates_errors() {
        let c = load("components:\n  - name: h\n    check: { node: { url: \"http://10.0.0.5:9100/metrics\" } }\n  - name: k\n    check: { node: { url: \"http://10.0.0.6:9100/metrics\", mountpoint: /data } }\n    detection: { limits: { disk_used_ratio: 0.95 } }\n").unwrap();
        let crate::config::CheckKind::Node(n) = &c.components[0].check.kind else { panic!("not a node check") };
        assert_eq!(n.mountpoint, "/");
        assert_eq!(c.components[0].detection.limits.get(DISK_USED_RATIO), Some(&1.0));
        assert_eq!(c.components[0].detection.limits.get(MEMORY_USED_RATIO), Some(&1.0));
        assert_eq!(c.components[1].detection.limits.get(DISK_USED_RATIO), Some(&0.95), "the config's own limit wins");
        let errs = load("components:\n  - name: h\n    check: { node: { url: \"10.0.0.5:9100\", mountpoint: data, port: 9100 } }\n  - name: k\n    check: { node: { url: \"http://x/metrics\", mountpoint: data } }\n").unwrap_err();
        assert_eq!(errs.len(), 2, "{errs:#?}");
        assert!(errs[0].starts_with("lab.yaml:3:62: unknown field `port`"), "{errs:#?}");
        assert!(
            errs[1].starts_with("lab.yaml:5:59: expected an absolute mount point such as `/` or `/data`, found `data`"),
            "{errs:#?}"
        );
    }
}
