//! The packaging under `deploy/` checked against itself and against the real server: the
//! Kubernetes manifests (ports, probe paths, mounts, the Secret and ConfigMap they name), the
//! Dockerfile's command, the shipped config (validated, then served over TLS and probed with
//! curl), the Prometheus scrape job and the Grafana dashboard (every metric it queries is one
//! the server exports).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use guard_e2e::*;
use yaml_rust2::{Yaml, YamlLoader};

fn deploy() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join("deploy")
}

fn load_yaml(path: &Path) -> Vec<Yaml> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    YamlLoader::load_from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every Kubernetes object under deploy/kubernetes by kind (kustomization excluded).
fn manifests() -> BTreeMap<String, Yaml> {
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(deploy().join("kubernetes")).unwrap() {
        let p = entry.unwrap().path();
        if p.file_name().unwrap() == "kustomization.yaml" {
            continue;
        }
        for doc in load_yaml(&p) {
            let kind = doc["kind"].as_str().unwrap_or_else(|| panic!("{}: no kind", p.display())).to_string();
            assert!(out.insert(kind.clone(), doc).is_none(), "two {kind} objects");
        }
    }
    out
}

fn s(y: &Yaml) -> &str {
    y.as_str().unwrap_or_else(|| panic!("expected a string, found {y:?}"))
}

fn strings(y: &Yaml) -> Vec<String> {
    y.as_vec().unwrap_or_else(|| panic!("expected a list, found {y:?}")).iter().map(|v| s(v).to_string()).collect()
}

/// The value after `flag` in an argv.
fn arg<'a>(argv: &'a [String], flag: &str) -> &'a str {
    let i = argv.iter().position(|a| a == flag).unwrap_or_else(|| panic!("{flag} missing from {argv:?}"));
    &argv[i + 1]
}

/// Dockerfile instructions (`EXPOSE`, `CMD`, …) of the final stage, continuation lines joined.
fn dockerfile() -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(deploy().join("Dockerfile")).unwrap();
    let joined = text.replace("\\\n", " ");
    let mut out = BTreeMap::new();
    for line in joined.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let (ins, rest) = line.split_once(' ').unwrap_or((line, ""));
        if ins == "FROM" {
            out.clear(); // only the last stage is the image
        }
        out.insert(ins.to_string(), rest.trim().to_string());
    }
    out
}

fn json_argv(text: &str) -> Vec<String> {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not an exec-form (JSON) argv: {text}: {e}"))
}

/// The shipped config (ConfigMap `guard.yaml`).
fn shipped_config(m: &BTreeMap<String, Yaml>) -> String {
    s(&m["ConfigMap"]["data"]["guard.yaml"]).to_string()
}

#[test]
fn kubernetes_manifests_the_dockerfile_and_the_scrape_job_agree() {
    let m = manifests();
    for kind in ["Namespace", "ConfigMap", "Secret", "PersistentVolumeClaim", "Deployment", "Service"] {
        assert!(m.contains_key(kind), "no {kind} under deploy/kubernetes");
    }
    // kustomization lists exactly the files there.
    let kust = &load_yaml(&deploy().join("kubernetes/kustomization.yaml"))[0];
    let listed: BTreeSet<String> = strings(&kust["resources"]).into_iter().collect();
    let files: BTreeSet<String> = std::fs::read_dir(deploy().join("kubernetes"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|f| f != "kustomization.yaml")
        .collect();
    assert_eq!(listed, files);

    let dep = &m["Deployment"];
    let pod = &dep["spec"]["template"]["spec"];
    assert_eq!(dep["spec"]["replicas"].as_i64(), Some(1), "one SQLite writer");
    let c = &pod["containers"][0];
    let port = &c["ports"][0];
    let (port_name, port_no) = (s(&port["name"]), port["containerPort"].as_i64().unwrap());

    // Probes: liveness /health, readiness /ready, on the container's port, over HTTPS.
    for (probe, path) in [("livenessProbe", "/health"), ("readinessProbe", "/ready")] {
        let g = &c[probe]["httpGet"];
        assert_eq!(s(&g["path"]), path, "{probe}");
        assert!(
            g["port"].as_str() == Some(port_name) || g["port"].as_i64() == Some(port_no),
            "{probe} port {:?}",
            g["port"]
        );
        assert_eq!(s(&g["scheme"]), "HTTPS", "{probe}: off loopback the server speaks TLS only");
    }

    // The container runs what the image runs, listening on the declared port.
    let args = strings(&c["args"]);
    let docker = dockerfile();
    assert_eq!(args, json_argv(&docker["CMD"]), "Deployment args and Dockerfile CMD differ");
    assert_eq!(json_argv(&docker["ENTRYPOINT"]), vec!["/usr/local/bin/pipeline-guard".to_string()]);
    assert_eq!(docker["EXPOSE"].parse::<i64>().unwrap(), port_no);
    assert_eq!(arg(&args, "--listen").rsplit(':').next().unwrap().parse::<i64>().unwrap(), port_no);
    let uid: i64 = docker["USER"].split(':').next().unwrap().parse().unwrap();
    assert_eq!(pod["securityContext"]["runAsUser"].as_i64(), Some(uid));

    // Mounts: the config file from the ConfigMap, the TLS files from their Secret, the database
    // on the claim.
    let volumes: BTreeMap<&str, &Yaml> = pod["volumes"].as_vec().unwrap().iter().map(|v| (s(&v["name"]), v)).collect();
    let mounts = c["volumeMounts"].as_vec().unwrap();
    let mount_of = |vol: &str| {
        mounts.iter().find(|mt| s(&mt["name"]) == vol).unwrap_or_else(|| panic!("no mount of volume {vol}"))
    };
    let cfg_mount = mount_of("config");
    assert_eq!(s(&cfg_mount["mountPath"]), arg(&args, "--config"));
    assert_eq!(s(&volumes["config"]["configMap"]["name"]), s(&m["ConfigMap"]["metadata"]["name"]));
    assert!(
        !m["ConfigMap"]["data"][s(&cfg_mount["subPath"])].is_badvalue(),
        "the ConfigMap has no key {:?}",
        cfg_mount["subPath"]
    );
    let data_mount = s(&mount_of("data")["mountPath"]);
    assert!(arg(&args, "--db").starts_with(&format!("{data_mount}/")), "the database is not on the data volume");
    assert_eq!(
        s(&volumes["data"]["persistentVolumeClaim"]["claimName"]),
        s(&m["PersistentVolumeClaim"]["metadata"]["name"])
    );
    let cfg = &YamlLoader::load_from_str(&shipped_config(&m)).unwrap()[0];
    let server = &cfg["pipeline"]["server"];
    assert_eq!(s(&server["listen"]), arg(&args, "--listen"));
    let tls_mount = s(&mount_of("tls")["mountPath"]);
    for f in ["cert", "key"] {
        assert!(s(&server["tls"][f]).starts_with(&format!("{tls_mount}/")), "tls.{f} is not on the TLS secret's mount");
    }
    assert_eq!(s(&cfg["pipeline"]["storage"]["path"]), arg(&args, "--db"));
    assert_eq!(cfg["pipeline"]["security"]["enabled"].as_bool(), Some(true), "a cluster deployment has security on");
    // The server refuses a Host it does not know (DNS rebinding): the probes and the Prometheus
    // target name one the config allows.
    let allowed = strings(&server["allowed_hosts"]);
    for probe in ["livenessProbe", "readinessProbe"] {
        let headers = c[probe]["httpGet"]["httpHeaders"].as_vec().map(Vec::as_slice).unwrap_or_default();
        let host = headers
            .iter()
            .find(|h| s(&h["name"]).eq_ignore_ascii_case("host"))
            .map(|h| s(&h["value"]))
            .unwrap_or_else(|| panic!("{probe} sends no Host header; the pod IP is no allowed host"));
        assert!(allowed.iter().any(|a| a == host), "{probe} Host {host} is not in allowed_hosts {allowed:?}");
    }
    let scrape = &load_yaml(&deploy().join("prometheus/scrape-pipeline-guard.yml"))[0][0];
    let target = s(&scrape["static_configs"][0]["targets"][0]);
    assert!(
        allowed.iter().any(|a| target.starts_with(&format!("{a}:"))),
        "the scrape target {target} is not in allowed_hosts {allowed:?}"
    );

    // The signing key comes from the Secret, which has that key.
    let env = c["env"]
        .as_vec()
        .unwrap()
        .iter()
        .find(|e| s(&e["name"]) == "PIPELINE_SECRET_KEY")
        .expect("PIPELINE_SECRET_KEY in env");
    let sref = &env["valueFrom"]["secretKeyRef"];
    assert_eq!(s(&sref["name"]), s(&m["Secret"]["metadata"]["name"]));
    assert!(!m["Secret"]["stringData"][s(&sref["key"])].is_badvalue(), "the Secret has no key {:?}", sref["key"]);

    // The Service selects the pod and targets its port.
    let svc = &m["Service"];
    let labels = &dep["spec"]["template"]["metadata"]["labels"];
    for (k, v) in svc["spec"]["selector"].as_hash().unwrap() {
        assert_eq!(&labels[s(k)], v, "Service selector {k:?}");
    }
    let sp = &svc["spec"]["ports"][0];
    assert!(sp["targetPort"].as_str() == Some(port_name) || sp["targetPort"].as_i64() == Some(port_no));

    // The Prometheus job scrapes /metrics over HTTPS at the Service's port, with a token.
    let job = &load_yaml(&deploy().join("prometheus/scrape-pipeline-guard.yml"))[0][0];
    assert_eq!(s(&job["metrics_path"]), "/metrics");
    assert_eq!(s(&job["scheme"]), "https");
    assert!(!job["authorization"]["credentials_file"].is_badvalue());
    let target = s(&job["static_configs"][0]["targets"][0]);
    assert_eq!(target.rsplit(':').next().unwrap().parse::<i64>().ok(), sp["port"].as_i64());
    assert!(target.starts_with(&format!(
        "{}.{}.svc:",
        s(&svc["metadata"]["name"]),
        s(&load_yaml(&deploy().join("kubernetes/kustomization.yaml"))[0]["namespace"])
    )));
}

fn openssl_cert(dir: &Path) -> (PathBuf, PathBuf) {
    let (cert, key) = (dir.join("tls.crt"), dir.join("tls.key"));
    let out = Command::new("openssl")
        .args([
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=pipeline-guard",
            "-addext",
            "subjectAltName=IP:127.0.0.1,DNS:localhost",
            "-keyout",
        ])
        .arg(&key)
        .arg("-out")
        .arg(&cert)
        .output()
        .expect("openssl is installed (scripts/setup.sh)");
    assert!(out.status.success(), "openssl: {}", String::from_utf8_lossy(&out.stderr));
    (cert, key)
}

/// `curl` over HTTPS trusting `ca`: (status, body), or None when the request failed.
fn curl(ca: &Path, url: &str) -> Option<(u16, String)> {
    curl_with(ca, url, &[])
}

/// [`curl`] with extra request headers.
fn curl_with(ca: &Path, url: &str, headers: &[&str]) -> Option<(u16, String)> {
    let mut cmd = Command::new("curl");
    cmd.args(["-sS", "--max-time", "5", "-w", "\n%{http_code}", "--cacert"]).arg(ca);
    for h in headers {
        cmd.args(["-H", h]);
    }
    let out = cmd.arg(url).output().expect("curl is installed");
    if !out.status.success() {
        return None;
    }
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let (body, code) = text.rsplit_once('\n')?;
    Some((code.trim().parse().ok()?, body.to_string()))
}

#[test]
fn the_shipped_config_validates_and_serves_its_probes_over_tls() {
    let m = manifests();
    let dir = tempfile::tempdir().unwrap();
    let tls = dir.path().join("tls");
    std::fs::create_dir_all(&tls).unwrap();
    let (cert, _) = openssl_cert(&tls);
    let port = free_port();
    // The config as shipped, with the pod's paths moved into the temp dir and the listen address
    // on loopback (a test sends nothing off this machine).
    let text = shipped_config(&m)
        .replace("/etc/pipeline-guard/tls", &tls.display().to_string())
        .replace("/var/lib/pipeline-guard", &dir.path().display().to_string())
        .replace("0.0.0.0:7878", &format!("127.0.0.1:{port}"));
    let cfg = dir.path().join("guard.yaml");
    std::fs::write(&cfg, &text).unwrap();
    let secret = s(&m["Secret"]["stringData"]["PIPELINE_SECRET_KEY"]).to_string();
    let out = Command::new(bin("pipeline-guard")).arg("validate").arg(&cfg).output().unwrap();
    assert!(out.status.success(), "the shipped config does not validate:\n{}", String::from_utf8_lossy(&out.stderr));

    let log = dir.path().join("guard.log");
    let mut child = Command::new(bin("pipeline-guard"))
        .args(["serve", "--config"])
        .arg(&cfg)
        .env("PIPELINE_SECRET_KEY", &secret)
        .env("PIPELINE_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&log).unwrap())
        .spawn()
        .unwrap();
    let base = format!("https://127.0.0.1:{port}");
    let start = Instant::now();
    let health = loop {
        if let Some(r) = curl(&cert, &format!("{base}/health")) {
            break r;
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "no TLS answer on {base}; log:\n{}",
            std::fs::read_to_string(&log).unwrap_or_default()
        );
        std::thread::sleep(Duration::from_millis(100));
    };
    assert_eq!(health.0, 200, "{health:?}");
    // The probes' Host passes; a foreign one does not.
    let probe_host =
        s(&m["Deployment"]["spec"]["template"]["spec"]["containers"][0]["livenessProbe"]["httpGet"]["httpHeaders"][0]
            ["value"])
        .to_string();
    assert_eq!(
        curl_with(&cert, &format!("{base}/health"), &[&format!("Host: {probe_host}:7878")]).map(|r| r.0),
        Some(200)
    );
    assert_eq!(curl_with(&cert, &format!("{base}/health"), &["Host: evil.example:7878"]).map(|r| r.0), Some(403));
    // Readiness once every component was checked (the cluster's services do not resolve here,
    // so their checks fail, but they were checked).
    wait_until(Duration::from_secs(30), || curl(&cert, &format!("{base}/ready")).is_some_and(|(c, _)| c == 200));
    // The API behind it wants a token; plain HTTP on the TLS port gets no answer.
    assert_eq!(
        curl(&cert, &format!("{base}/api/components")).map(|r| r.0),
        Some(503),
        "no admin yet: 503 until one exists"
    );
    assert!(get(port, "/health").map_or(true, |(c, _)| c != 200), "plain HTTP answered on the TLS port");
    let _ = child.kill();
    let _ = child.wait();
}

#[test]
fn the_grafana_dashboard_queries_only_metrics_the_server_exports() {
    let text = std::fs::read_to_string(deploy().join("grafana/pipeline-guard.json")).unwrap();
    let d: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(d["uid"], "pipeline-guard");
    let panels = d["panels"].as_array().unwrap();
    assert!(panels.len() >= 8);
    let mut ids = BTreeSet::new();
    let mut exprs = vec![d["templating"]["list"][1]["definition"].as_str().unwrap().to_string()];
    for p in panels {
        assert!(ids.insert(p["id"].as_i64().unwrap()), "duplicate panel id");
        let g = &p["gridPos"];
        assert!(
            g["x"].as_i64().unwrap() + g["w"].as_i64().unwrap() <= 24,
            "panel {} is wider than the grid",
            p["title"]
        );
        assert_eq!(p["datasource"]["uid"], "${datasource}");
        for t in p["targets"].as_array().unwrap() {
            exprs.push(t["expr"].as_str().unwrap().to_string());
        }
    }

    // The real server's families, with some healing done so every family has samples.
    let lab = free_port();
    let g = Guard::serve(&format!(
        "pipeline:\n  monitoring: {{ interval: 200ms }}\n  healing: {{ cooldown: 0s }}\ncomponents:\n  - name: web\n    process: {{ command: [\"{{labsvc}}\", \"--port\", \"{lab}\"] }}\n    check: {{ http: {{ url: \"http://127.0.0.1:{lab}/health\" }} }}\n"
    ));
    wait_until(Duration::from_secs(20), || g.get_json("/api/components/web")["status"] == "healthy");
    post(lab, "/fault/crash").unwrap();
    wait_until(Duration::from_secs(20), || {
        g.get_json("/api/incidents").as_array().is_some_and(|a| a.iter().any(|i| i["status"] == "resolved"))
    });
    let (code, exposition) = get(g.port, "/metrics").unwrap();
    assert_eq!(code, 200);
    let mut families = BTreeMap::new();
    for l in exposition.lines().filter_map(|l| l.strip_prefix("# TYPE ")) {
        let mut f = l.split_whitespace();
        families.insert(f.next().unwrap().to_string(), f.next().unwrap().to_string());
    }
    // A plain scrape is the text format 0.0.4: counters are declared under their `_total` name.
    let exported = |name: &str| families.get(name).is_some_and(|t| (t == "counter") == name.ends_with("_total"));
    let mut used = BTreeSet::new();
    for e in &exprs {
        let mut rest = e.as_str();
        while let Some(i) = rest.find("pipeline_guard_") {
            let name: String = rest[i..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
            rest = &rest[i + name.len()..];
            assert!(
                exported(&name),
                "the dashboard queries `{name}`, which /metrics does not export as such:\n{exposition}"
            );
            used.insert(name);
        }
    }
    // Every sample line of those families has a value, and the dashboard covers healing.
    for want in [
        "pipeline_guard_component_up",
        "pipeline_guard_checks_total",
        "pipeline_guard_healing_succeeded_total",
        "pipeline_guard_mttr_seconds",
    ] {
        assert!(used.contains(want), "the dashboard does not show {want}");
    }
    assert!(
        exposition.lines().any(|l| l.starts_with("pipeline_guard_healing_attempts_total{component=\"web\"} ")),
        "{exposition}"
    );
}
