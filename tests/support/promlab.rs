//! The real monitoring programs for end-to-end tests: Prometheus, Alertmanager, node_exporter
//! (Debian packages `prometheus`, `prometheus-alertmanager`, `prometheus-node-exporter`,
//! installed by `scripts/setup.sh`) and `labsvc`, each started by the test on 127.0.0.1 with a
//! free port and its own temp dir, never the system services, and killed on drop.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use super::{bin, free_port, get, wait_until};

/// A child process killed (and reaped) on drop, with its stderr kept in a file for failures.
pub struct Proc {
    pub child: Child,
    pub port: u16,
    pub name: &'static str,
    pub log: PathBuf,
}

impl Proc {
    pub fn spawn(name: &'static str, port: u16, cmd: &mut Command, log: PathBuf) -> Proc {
        let err = std::fs::File::create(&log).unwrap();
        let child = cmd
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(err)
            .spawn()
            .unwrap_or_else(|e| panic!("starting {name} ({cmd:?}): {e}; run scripts/setup.sh to install it"));
        Proc { child, port, name, log }
    }

    /// Wait until `path` answers 200 on the port, or panic with the program's log.
    pub fn wait_ready(self, path: &str, within: Duration) -> Proc {
        let start = std::time::Instant::now();
        loop {
            if get(self.port, path).is_ok_and(|(s, _)| s == 200) {
                return self;
            }
            if start.elapsed() > within {
                panic!(
                    "{} not ready on :{}{path} within {within:?}; its log:\n{}",
                    self.name,
                    self.port,
                    self.log_text()
                );
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for Proc {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The path of a system program, or a panic saying which package brings it.
pub fn program(path: &str, package: &str) -> PathBuf {
    let p = PathBuf::from(path);
    assert!(p.is_file(), "{path} is missing: `apt-get install {package}` (scripts/setup.sh installs it)");
    p
}

/// `labsvc` on a free port.
pub fn labsvc(dir: &Path) -> Proc {
    let port = free_port();
    Proc::spawn(
        "labsvc",
        port,
        Command::new(bin("labsvc")).args(["--port", &port.to_string()]),
        dir.join(format!("labsvc-{port}.log")),
    )
    .wait_ready("/health", Duration::from_secs(10))
}

/// `node_exporter` on a free port with a few collectors (CPU, memory, filesystems, network, load).
pub fn node_exporter(dir: &Path) -> Proc {
    let port = free_port();
    Proc::spawn(
        "node_exporter",
        port,
        Command::new(program("/usr/bin/prometheus-node-exporter", "prometheus-node-exporter")).args([
            &format!("--web.listen-address=127.0.0.1:{port}"),
            "--collector.disable-defaults",
            "--collector.cpu",
            "--collector.meminfo",
            "--collector.filesystem",
            "--collector.netdev",
            "--collector.loadavg",
        ]),
        dir.join("node_exporter.log"),
    )
    .wait_ready("/metrics", Duration::from_secs(10))
}

/// One scrape job: name, `127.0.0.1:port` target, metrics path.
pub struct Job<'a> {
    pub name: &'a str,
    pub port: u16,
    pub path: &'a str,
}

/// Prometheus with a 1 s scrape and rule interval, scraping `jobs`, with optional alert rules
/// (YAML text of a rule file) sent to an Alertmanager on `alertmanager_port`.
pub fn prometheus(dir: &Path, port: u16, jobs: &[Job], rules: Option<&str>, alertmanager_port: Option<u16>) -> Proc {
    let pdir = dir.join(format!("prometheus-{port}"));
    std::fs::create_dir_all(&pdir).unwrap();
    let mut cfg = String::from(
        "global:\n  scrape_interval: 1s\n  scrape_timeout: 900ms\n  evaluation_interval: 1s\nscrape_configs:\n",
    );
    for j in jobs {
        cfg += &format!(
            "  - job_name: {}\n    metrics_path: {}\n    static_configs:\n      - targets: ['127.0.0.1:{}']\n",
            j.name, j.path, j.port
        );
    }
    if let Some(r) = rules {
        std::fs::write(pdir.join("rules.yml"), r).unwrap();
        cfg += &format!("rule_files: ['{}']\n", pdir.join("rules.yml").display());
    }
    if let Some(am) = alertmanager_port {
        cfg += &format!("alerting:\n  alertmanagers:\n    - static_configs:\n        - targets: ['127.0.0.1:{am}']\n");
    }
    std::fs::write(pdir.join("prometheus.yml"), &cfg).unwrap();
    Proc::spawn(
        "prometheus",
        port,
        Command::new(program("/usr/bin/prometheus", "prometheus")).args([
            format!("--config.file={}", pdir.join("prometheus.yml").display()),
            format!("--storage.tsdb.path={}", pdir.join("data").display()),
            format!("--web.listen-address=127.0.0.1:{port}"),
            // Send firing alerts again every second instead of every minute.
            "--rules.alert.resend-delay=1s".into(),
            "--log.level=warn".into(),
        ]),
        pdir.join("prometheus.log"),
    )
    .wait_ready("/-/ready", Duration::from_secs(30))
}

/// Alertmanager (no clustering) delivering every alert to `webhook` with a bearer token, grouped
/// per alert with the shortest waits it accepts.
pub fn alertmanager(dir: &Path, webhook: &str, bearer: &str) -> Proc {
    let port = free_port();
    let adir = dir.join("alertmanager");
    std::fs::create_dir_all(&adir).unwrap();
    let cfg = format!(
        "route:\n  receiver: guard\n  group_by: ['alertname', 'component']\n  group_wait: 0s\n  group_interval: 1s\n  repeat_interval: 1h\n\
         receivers:\n  - name: guard\n    webhook_configs:\n      - url: '{webhook}'\n        send_resolved: true\n        http_config:\n          authorization:\n            type: Bearer\n            credentials_file: '{}'\n",
        adir.join("token").display()
    );
    std::fs::write(adir.join("token"), bearer).unwrap();
    std::fs::write(adir.join("alertmanager.yml"), cfg).unwrap();
    Proc::spawn(
        "alertmanager",
        port,
        Command::new(program("/usr/bin/prometheus-alertmanager", "prometheus-alertmanager")).args([
            format!("--config.file={}", adir.join("alertmanager.yml").display()),
            format!("--storage.path={}", adir.join("data").display()),
            format!("--web.listen-address=127.0.0.1:{port}"),
            // An empty address turns clustering (a listener on 0.0.0.0:9094) off.
            "--cluster.listen-address=".into(),
            "--log.level=warn".into(),
        ]),
        adir.join("alertmanager.log"),
    )
    .wait_ready("/-/ready", Duration::from_secs(30))
}

/// Percent-encode a query parameter.
pub fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// An instant PromQL query through Prometheus's HTTP API: the result list.
pub fn query(prom_port: u16, q: &str) -> Vec<serde_json::Value> {
    let (code, body) = get(prom_port, &format!("/api/v1/query?query={}", encode(q))).unwrap();
    assert_eq!(code, 200, "{q}: {body}");
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    v["data"]["result"].as_array().cloned().unwrap_or_default()
}

/// The first value of an instant query, once it has one.
pub fn wait_value(prom_port: u16, q: &str, within: Duration) -> f64 {
    let mut out = None;
    wait_until(within, || {
        out = query(prom_port, q).first().and_then(|s| s["value"][1].as_str().and_then(|v| v.parse().ok()));
        out.is_some()
    });
    out.unwrap()
}
