//! End-to-end tests against the real monitoring programs a lab cluster already runs: a real
//! Prometheus scraping a real node_exporter, `labsvc` and the guard itself; PromQL checks; a
//! real Alertmanager fed by a Prometheus alert rule delivering to `POST /api/alertmanager`.
//! Every program is started here on 127.0.0.1 with a free port and a temp dir, never the
//! system services, and killed when the test ends.

use std::time::{Duration, Instant};

use guard_e2e::promlab::{self, Job};
use guard_e2e::*;
use serde_json::Value;

fn status_of(g: &Guard, name: &str) -> Value {
    g.get_json(&format!("/api/components/{name}"))
}

/// Poll a component until `pred` holds on its view; return the view.
fn wait_component(g: &Guard, name: &str, within: Duration, pred: impl Fn(&Value) -> bool) -> Value {
    let start = Instant::now();
    loop {
        let v = status_of(g, name);
        if pred(&v) {
            return v;
        }
        assert!(start.elapsed() < within, "{name} never reached the expected state within {within:?}; last: {v:#}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn status(v: &Value) -> &str {
    v["status"].as_str().unwrap_or("")
}

/// A component view's first issue in English: the view carries messages, said here as the
/// UI says them in English.
fn first_issue(v: &Value) -> String {
    let m: guard_engine::heal::timeline::Msg =
        serde_json::from_value(v["issues"][0].clone()).unwrap_or_else(|e| panic!("{e}: {v:#}"));
    m.english().replace(['\u{2068}', '\u{2069}'], "")
}

#[test]
fn promql_checks_judge_node_exporter_and_lab_series_through_a_real_prometheus() {
    let dir = tempfile::tempdir().unwrap();
    let node = promlab::node_exporter(dir.path());
    let lab = promlab::labsvc(dir.path());
    let prom_port = free_port();
    let url = format!("http://127.0.0.1:{prom_port}");
    let check = |query: &str, healthy_if: &str, extra: &str| {
        format!(
            "    check: {{ interval: 300ms, timeout: 2s, promql: {{ url: \"{url}\", query: '{query}', healthy_if: \"{healthy_if}\"{extra} }} }}\n"
        )
    };
    let config = format!(
        "pipeline:\n  monitoring: {{ interval: 1s }}\ncomponents:\n\
         \x20 - name: host\n{}\
         \x20 - name: lab-errors\n{}\
         \x20 - name: lab-leak\n{}\
         \x20 - name: bad-query\n{}\
         \x20 - name: no-series\n{}",
        check(
            "node_memory_MemAvailable_bytes{job=\"node\"} / node_memory_MemTotal_bytes{job=\"node\"}",
            "> 0.0001",
            ", metric: memory_available_ratio"
        ),
        check("rate(labsvc_errors_total{job=\"lab\"}[3s])", "< 0.5", ", metric: error_rate"),
        check("labsvc_leaked_bytes{job=\"lab\"}", "< 1000000", ", for: 3s"),
        check("rate(labsvc_requests_total)", "> 0", ""),
        check("nothing_is_called_this", "> 0", ""),
    );
    let g = Guard::serve(&config);
    let _prom = promlab::prometheus(
        dir.path(),
        prom_port,
        &[
            Job { name: "node", port: node.port, path: "/metrics" },
            Job { name: "lab", port: lab.port, path: "/metrics" },
        ],
        None,
        None,
    );

    // node_exporter's memory through PromQL: healthy, and the ratio is recorded as a sample.
    let host = wait_component(&g, "host", Duration::from_secs(20), |v| status(v) == "healthy");
    let ratio = host["metrics"]["memory_available_ratio"].as_f64().unwrap();
    assert!(ratio > 0.0 && ratio <= 1.0, "{host:#}");
    assert_eq!(host["check_kind"], "promql");
    wait_component(&g, "lab-errors", Duration::from_secs(20), |v| status(v) == "healthy");
    wait_component(&g, "lab-leak", Duration::from_secs(20), |v| status(v) == "healthy");

    // The same query over a range, read back from Prometheus for charts: a point per step.
    let unix_now = || std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
    let (mut range, mut now) = (Value::Null, 0);
    wait_until(Duration::from_secs(20), || {
        now = unix_now();
        range = g.get_json(&format!("/api/components/host/promql?from={}&to={now}&step=1", now - 30));
        range["series"][0]["points"].as_array().is_some_and(|p| p.len() >= 3)
    });
    assert!(range["error"].is_null(), "{range:#}");
    assert_eq!(range["series"][0]["labels"]["job"], "node", "{range:#}");
    for p in range["series"][0]["points"].as_array().unwrap() {
        let (t, v) = (p[0].as_f64().unwrap(), p[1].as_f64().unwrap());
        assert!(t >= (now - 30) as f64 && t <= now as f64 && v > 0.0 && v <= 1.0, "{p}");
    }
    let (code, body) =
        get(g.port, &format!("/api/components/host/promql?from={now}&to={}&step=0.001", now + 3600)).unwrap();
    assert_eq!(code, 400, "too many points: {body}");
    assert!(body.contains("use a larger `step`"), "{body}");

    // Prometheus's own error and an empty answer are `unknown`, with what Prometheus said.
    let bad = wait_component(&g, "bad-query", Duration::from_secs(10), |v| {
        status(v) == "unknown" && !v["issues"].as_array().unwrap().is_empty()
    });
    assert!(first_issue(&bad).contains("bad_data"), "{bad:#}");
    let none = wait_component(&g, "no-series", Duration::from_secs(10), |v| {
        status(v) == "unknown" && !v["issues"].as_array().unwrap().is_empty()
    });
    assert!(first_issue(&none).contains("returned no series"), "{none:#}");

    // 500s on the lab service: the error rate Prometheus computes fails `lab-errors`.
    assert_eq!(post(lab.port, "/fault/http500").unwrap().0, 200);
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let traffic = {
        let (stop, port) = (stop.clone(), lab.port);
        std::thread::spawn(move || {
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let _ = get(port, "/health");
                std::thread::sleep(Duration::from_millis(20));
            }
        })
    };
    let failed = wait_component(&g, "lab-errors", Duration::from_secs(20), |v| status(v) == "failed");
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    traffic.join().unwrap();
    let issue = first_issue(&failed);
    assert!(
        issue.contains("rate(labsvc_errors_total{job=\"lab\"}[3s])") && issue.contains("healthy if < 0.5"),
        "{issue}"
    );
    assert!(failed["metrics"]["error_rate"].as_f64().unwrap() >= 0.5, "{failed:#}");
    assert_eq!(post(lab.port, "/fault/none").unwrap().0, 200);
    wait_component(&g, "lab-errors", Duration::from_secs(20), |v| status(v) == "healthy");

    // A leak breaks `lab-leak`'s condition: `degraded` (pending) first, `failed` only after
    // `for: 3s` of it, as Prometheus would hold an alert.
    let t0 = Instant::now();
    assert_eq!(post(lab.port, "/fault/leak?mb_per_s=5").unwrap().0, 200);
    let pending = wait_component(&g, "lab-leak", Duration::from_secs(20), |v| status(v) != "healthy");
    assert_eq!(status(&pending), "degraded", "{pending:#}");
    assert!(first_issue(&pending).contains("pending: not yet for 3 s"), "{pending:#}");
    let held = wait_component(&g, "lab-leak", Duration::from_secs(20), |v| status(v) == "failed");
    // The breach cannot start before the fault was injected, and must last 3 s.
    assert!(
        t0.elapsed() >= Duration::from_secs(3),
        "failed {:?} after the leak began: `for` not honoured",
        t0.elapsed()
    );
    assert!(first_issue(&held).contains("for 3 s"), "{held:#}");
    assert!(held["metrics"]["promql_value"].as_f64().unwrap() >= 1_000_000.0, "{held:#}");
}

#[test]
fn prometheus_scrapes_the_guard_and_reads_its_series_back() {
    let dir = tempfile::tempdir().unwrap();
    let lab = promlab::labsvc(dir.path());
    let g = Guard::serve(&format!(
        "pipeline:\n  monitoring: {{ interval: 200ms }}\ncomponents:\n  - name: web\n    region: eu-west\n    check: {{ http: {{ url: \"http://127.0.0.1:{}/health\" }} }}\n",
        lab.port
    ));
    let prom_port = free_port();
    let _prom = promlab::prometheus(
        dir.path(),
        prom_port,
        &[Job { name: "guard", port: g.port, path: "/metrics" }],
        None,
        None,
    );

    assert_eq!(promlab::wait_value(prom_port, "up{job=\"guard\"}", Duration::from_secs(15)), 1.0);
    let up = promlab::wait_value(
        prom_port,
        "pipeline_guard_component_up{component=\"web\",region=\"eu-west\"}",
        Duration::from_secs(15),
    );
    assert_eq!(up, 1.0);
    // Counters end in `_total` and grow; durations are in seconds.
    let first =
        promlab::wait_value(prom_port, "pipeline_guard_checks_total{component=\"web\"}", Duration::from_secs(15));
    wait_until(Duration::from_secs(15), || {
        promlab::query(prom_port, "pipeline_guard_checks_total{component=\"web\"}")
            .first()
            .and_then(|s| s["value"][1].as_str()?.parse::<f64>().ok())
            .is_some_and(|v| v > first)
    });
    let rate = promlab::wait_value(
        prom_port,
        "rate(pipeline_guard_checks_total{component=\"web\"}[5s])",
        Duration::from_secs(15),
    );
    assert!(rate > 0.0, "{rate}");
    let latency = promlab::wait_value(
        prom_port,
        "pipeline_guard_check_latency_seconds{component=\"web\"}",
        Duration::from_secs(15),
    );
    assert!(latency > 0.0 && latency < 1.0, "latency {latency} s");
    assert!(promlab::wait_value(prom_port, "pipeline_guard_uptime_seconds", Duration::from_secs(15)) > 0.0);

    // Prometheus read the metric types from the exposition: counters are counters.
    wait_until(Duration::from_secs(10), || {
        let (_, body) = get(prom_port, "/api/v1/metadata").unwrap();
        serde_json::from_str::<Value>(&body).unwrap()["data"]["pipeline_guard_checks"].is_array()
    });
    let (_, body) = get(prom_port, "/api/v1/metadata").unwrap();
    let meta: Value = serde_json::from_str(&body).unwrap();
    for (m, want) in [
        ("pipeline_guard_checks", "counter"),
        ("pipeline_guard_checks_failed", "counter"),
        ("pipeline_guard_component_up", "gauge"),
        ("pipeline_guard_check_latency_seconds", "gauge"),
    ] {
        assert_eq!(meta["data"][m][0]["type"].as_str(), Some(want), "{m}: {}", meta["data"]);
    }
}

/// The sum of a counter family in a Prometheus text exposition, over lines containing `filter`.
fn counter_sum(text: &str, name: &str, filter: &str) -> f64 {
    text.lines()
        .filter(|l| l.starts_with(name) && l[name.len()..].starts_with(['{', ' ']) && l.contains(filter))
        .filter_map(|l| l.rsplit(' ').next()?.parse::<f64>().ok())
        .sum()
}

#[test]
fn alertmanager_delivers_a_prometheus_alert_the_guard_heals_and_the_resolved_one_triggers_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let web = free_port();
    // The guard's own check is only TCP, so the 500s are seen by the alert rule alone.
    let g = Guard::serve(&format!(
        "pipeline:\n  monitoring: {{ interval: 500ms }}\n  security: {{ enabled: true }}\n  healing: {{ cooldown: 0s, verify_within: 5s }}\n\
         components:\n  - name: web\n    process: {{ command: [\"{{labsvc}}\", \"--port\", \"{web}\"] }}\n    check: {{ tcp: {{ addr: \"127.0.0.1:{web}\" }} }}\n    recovery: [restart]\n"
    ));
    let dbs = g.db().display().to_string();
    let (code, _, err) = cli(&["user", "add", "ops", "--role", "admin", "--db", &dbs], "ops-pass-0123456789\n");
    assert_eq!(code, 0, "{err}");
    let (code, out, err) = cli(
        &[
            "token",
            "issue",
            "--db",
            &dbs,
            "--user",
            "ops",
            "--ttl",
            "1h",
            "--permissions",
            "TRIGGER_HEALING,MONITOR_HEALTH",
        ],
        "",
    );
    assert_eq!(code, 0, "{err}");
    let token = out.trim().to_string();
    let json = |path: &str| -> Value {
        let (s, b) = http(g.port, "GET", path, Some(&token), None);
        assert_eq!(s, 200, "{path}: {b}");
        serde_json::from_str(&b).unwrap()
    };
    wait_until(Duration::from_secs(20), || json("/api/components/web")["status"] == "healthy");
    let pid0 = json("/api/components/web")["pid"].as_u64().unwrap();

    // Unauthenticated deliveries are refused: the token is what lets Alertmanager in.
    assert_eq!(post_json(g.port, "/api/alertmanager", r#"{"version":"4","alerts":[]}"#).unwrap().0, 401);

    let am = promlab::alertmanager(dir.path(), &format!("http://127.0.0.1:{}/api/alertmanager", g.port), &token);
    let rules = "groups:\n  - name: lab\n    interval: 1s\n    rules:\n      - alert: WebErrors\n        expr: increase(labsvc_errors_total{job=\"web\"}[4s]) > 0\n        labels: { component: web, severity: page }\n        annotations: { summary: \"web answers 500s\" }\n";
    let prom_port = free_port();
    let prom = promlab::prometheus(
        dir.path(),
        prom_port,
        &[Job { name: "web", port: web, path: "/metrics" }],
        Some(rules),
        Some(am.port),
    );
    promlab::wait_value(prom_port, "up{job=\"web\"}", Duration::from_secs(15));

    // 500s on the lab service, with traffic: the rule fires, Alertmanager delivers, the guard
    // opens an incident from the alert and its ladder restarts the child.
    assert_eq!(post(web, "/fault/http500").unwrap().0, 200);
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let traffic = {
        let stop = stop.clone();
        std::thread::spawn(move || {
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let _ = get(web, "/health");
                std::thread::sleep(Duration::from_millis(50));
            }
        })
    };
    let mut incident = Value::Null;
    let t0 = Instant::now();
    while incident.is_null() {
        assert!(
            t0.elapsed() < Duration::from_secs(40),
            "no incident from the alert; prometheus log:\n{}\nalertmanager log:\n{}",
            prom.log_text(),
            am.log_text()
        );
        incident = json("/api/incidents")
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["component"] == "web")
            .cloned()
            .unwrap_or(Value::Null);
        std::thread::sleep(Duration::from_millis(100));
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    traffic.join().unwrap();
    assert_eq!(incident["source"], "alertmanager", "{incident:#}");
    assert!(
        incident["reason"].as_str().unwrap().contains("WebErrors")
            && incident["reason"].as_str().unwrap().contains("web answers 500s"),
        "{incident:#}"
    );
    let id = incident["id"].as_i64().unwrap();
    wait_until(Duration::from_secs(20), || json("/api/components/web")["pid"].as_u64().is_some_and(|p| p != pid0));
    let pid1 = json("/api/components/web")["pid"].as_u64().unwrap();
    wait_until(Duration::from_secs(20), || json("/api/components/web")["status"] == "healthy");
    assert_eq!(sqlite(&g.db(), "SELECT strategy || ':' || trigger FROM healing_actions"), "restart:alert");

    // The restarted child answers 200: the rule stops firing, Alertmanager sends `resolved`
    // (and no delivery fails: the bearer token was accepted).
    let am_metrics = || get(am.port, "/metrics").unwrap().1;
    wait_until(Duration::from_secs(40), || promlab::query(prom_port, "ALERTS{alertname=\"WebErrors\"}").is_empty());
    wait_until(Duration::from_secs(30), || {
        counter_sum(&am_metrics(), "alertmanager_notifications_total", "webhook") >= 2.0
    });
    assert_eq!(
        counter_sum(&am_metrics(), "alertmanager_notifications_failed_total", "webhook"),
        0.0,
        "{}",
        am.log_text()
    );
    // The resolved notification closes the incident (if the verified restart had not already)
    // and triggers nothing: no new incident, no action, the same child.
    wait_until(Duration::from_secs(10), || {
        json("/api/incidents").as_array().unwrap().iter().all(|i| i["status"] == "resolved")
    });
    std::thread::sleep(Duration::from_secs(2));
    let all = json("/api/incidents");
    let all = all.as_array().unwrap();
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(all[0]["id"].as_i64(), Some(id));
    assert_eq!(sqlite(&g.db(), "SELECT COUNT(*) FROM healing_actions"), "1");
    assert_eq!(json("/api/components/web")["pid"].as_u64(), Some(pid1));
}

#[test]
fn ssh_checks_and_recovery_steps_run_on_a_real_sshd_and_unverified_host_keys_run_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let sshd = guard_e2e::sshd::Sshd::start(dir.path());
    let work = dir.path().join("work");
    std::fs::create_dir_all(&work).unwrap();
    let flag = work.join("service-up");
    // An argument a remote shell would split and expand if it were not quoted.
    let odd = work.join("a file with 'quotes'; $HOME and *");
    std::fs::write(&odd, "").unwrap();
    let marker = work.join("impostor-ran-this");
    let g = Guard::serve(&format!(
        "hosts:\n{}{}pipeline:\n  monitoring: {{ interval: 300ms }}\n  healing: {{ cooldown: 0s, verify_within: 10s }}\ncomponents:\n\
         \x20 - name: remote-svc\n    check: {{ timeout: 5s, command: {{ run: [test, -e, \"{flag}\"], on: lab1 }} }}\n    recovery: [{{ run: [touch, \"{flag}\"], on: lab1, timeout: 10s }}]\n\
         \x20 - name: quoting\n    check: {{ timeout: 5s, command: {{ run: [test, -e, {odd:?}], on: lab1 }} }}\n\
         \x20 - name: impostor\n    check: {{ timeout: 5s, command: {{ run: [touch, \"{marker}\"], on: impostor }} }}\n",
        sshd.host_yaml("lab1", &sshd.known_hosts),
        sshd.host_yaml("impostor", &sshd.wrong_known_hosts),
        flag = flag.display(),
        odd = odd.display().to_string(),
        marker = marker.display(),
    ));

    // The odd path reached `test` intact: no word splitting, no `$HOME` or `*` expansion.
    let q = wait_component(&g, "quoting", Duration::from_secs(20), |v| status(v) != "unknown");
    assert_eq!(status(&q), "healthy", "{q:#}\nsshd log:\n{}", sshd.proc.log_text());

    // `remote-svc` is down on the host (no flag): the ladder runs `touch` there over SSH, the
    // remote check sees the flag and the incident closes.
    wait_until(Duration::from_secs(30), || marker_incident_resolved(&g, "remote-svc"));
    assert!(flag.is_file(), "the remote step created the flag");
    assert_eq!(status(&status_of(&g, "remote-svc")), "healthy");
    let actions =
        sqlite(&g.db(), "SELECT strategy || ':' || result FROM healing_actions WHERE component = 'remote-svc'");
    assert_eq!(actions, "run:succeeded", "{actions}");

    // A host whose key is not the one in its known_hosts file: refused, and nothing ran there.
    let imp = wait_component(&g, "impostor", Duration::from_secs(20), |v| status(v) == "failed");
    assert!(first_issue(&imp).contains("Host key verification failed"), "{imp:#}");
    assert!(!marker.exists(), "a host with an unverified key ran the command");
}

fn marker_incident_resolved(g: &Guard, component: &str) -> bool {
    g.get_json("/api/incidents")
        .as_array()
        .unwrap()
        .iter()
        .any(|i| i["component"] == component && i["status"] == "resolved")
}

#[test]
fn node_exporter_is_a_host_source_whose_disk_filling_up_is_forecast() {
    let dir = tempfile::tempdir().unwrap();
    // A real node_exporter over this machine: memory, filesystems (overlay roots included, as in
    // a container), load, CPU, network.
    let port = free_port();
    let real = promlab::Proc::spawn(
        "node_exporter",
        port,
        std::process::Command::new(promlab::program("/usr/bin/prometheus-node-exporter", "prometheus-node-exporter")).args([
            &format!("--web.listen-address=127.0.0.1:{port}"),
            "--collector.disable-defaults",
            "--collector.meminfo",
            "--collector.filesystem",
            "--collector.filesystem.fs-types-exclude=^(proc|sysfs|cgroup2?|devpts|mqueue|tracefs|debugfs|securityfs|pstore|bpf|autofs|binfmt_misc|fusectl|configfs|nsfs|hugetlbfs|rpc_pipefs)$",
            "--collector.loadavg",
            "--collector.cpu",
            "--collector.netdev",
        ]),
        dir.path().join("node-real.log"),
    )
    .wait_ready("/metrics", Duration::from_secs(10));
    // A second one serving a lab host's figures from its textfile collector, so the test can make
    // a disk fill up.
    let text_dir = dir.path().join("textfile");
    std::fs::create_dir_all(&text_dir).unwrap();
    let write_host = |used_ratio: f64| {
        let size = 100e9;
        let body = format!(
            "node_memory_MemTotal_bytes 8e9\nnode_memory_MemAvailable_bytes 6e9\n\
             node_filesystem_size_bytes{{device=\"/dev/vdb\",fstype=\"ext4\",mountpoint=\"/data\"}} {size}\n\
             node_filesystem_avail_bytes{{device=\"/dev/vdb\",fstype=\"ext4\",mountpoint=\"/data\"}} {}\n",
            size * (1.0 - used_ratio)
        );
        let tmp = text_dir.join("host.prom.tmp");
        std::fs::write(&tmp, body).unwrap();
        std::fs::rename(tmp, text_dir.join("host.prom")).unwrap();
    };
    write_host(0.5);
    let fport = free_port();
    let _fake = promlab::Proc::spawn(
        "node_exporter (textfile)",
        fport,
        std::process::Command::new("/usr/bin/prometheus-node-exporter").args([
            format!("--web.listen-address=127.0.0.1:{fport}"),
            "--collector.disable-defaults".into(),
            "--collector.textfile".into(),
            format!("--collector.textfile.directory={}", text_dir.display()),
        ]),
        dir.path().join("node-text.log"),
    )
    .wait_ready("/metrics", Duration::from_secs(10));

    let g = Guard::serve(&format!(
        "pipeline:\n  monitoring: {{ interval: 250ms }}\n  detection: {{ horizon: 60s, window: 30s }}\ncomponents:\n\
         \x20 - name: this-host\n    check: {{ node: {{ url: \"http://127.0.0.1:{port}/metrics\" }} }}\n\
         \x20 - name: lab-host\n    check: {{ node: {{ url: \"http://127.0.0.1:{fport}/metrics\", mountpoint: /data }} }}\n\
         \x20 - name: gone-host\n    check: {{ node: {{ url: \"http://127.0.0.1:{}/metrics\" }} }}\n",
        free_port()
    ));

    // This machine through its real exporter.
    let me = wait_component(&g, "this-host", Duration::from_secs(20), |v| {
        status(v) != "unknown" || !v["issues"].as_array().unwrap().is_empty()
    });
    assert_eq!(status(&me), "healthy", "{me:#}\nexporter: {}", real.log_text());
    let m = &me["metrics"];
    assert!(
        m["memory_total_bytes"].as_f64().unwrap() > 1e8
            && (0.0..=1.0).contains(&m["memory_used_ratio"].as_f64().unwrap()),
        "{m:#}"
    );
    assert!(
        m["disk_total_bytes"].as_f64().unwrap() > 0.0 && (0.0..=1.0).contains(&m["disk_used_ratio"].as_f64().unwrap()),
        "{m:#}"
    );
    assert!(m["load1_per_cpu"].as_f64().unwrap() >= 0.0, "{m:#}");
    // A host whose exporter does not answer is down.
    let gone = wait_component(&g, "gone-host", Duration::from_secs(10), |v| status(v) == "failed");
    assert!(first_issue(&gone).contains("scraping node_exporter at http://"), "{gone:#}");

    // The lab host's disk fills by 1 % of its size a second: the forecast predicts it full
    // before it is, with an ETA; its memory, flat, gets no prediction.
    let t0 = Instant::now();
    let mut used = 0.5;
    let mut finding = None;
    while finding.is_none() {
        assert!(
            t0.elapsed() < Duration::from_secs(40),
            "no disk forecast; findings: {:#}",
            g.get_json("/api/findings")
        );
        used += 0.0025;
        write_host(used);
        std::thread::sleep(Duration::from_millis(250));
        finding = g
            .get_json("/api/findings")
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["component"] == "lab-host" && f["kind"] == "predicted" && f["metric"] == "disk_used_ratio")
            .cloned();
    }
    let f = finding.unwrap();
    assert!(used < 0.9, "predicted only at {used}");
    assert_eq!(f["limit"].as_f64(), Some(1.0), "{f:#}");
    let eta = f["eta_ms"].as_i64().unwrap();
    assert!(eta > 0 && eta <= 60_000, "{f:#}");
    let findings = g.get_json("/api/findings");
    assert!(
        !findings
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["component"] == "lab-host" && f["metric"] == "memory_used_ratio"),
        "{findings:#}"
    );
}
