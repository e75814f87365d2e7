use super::*;

fn load(src: &str) -> Result<Config, ConfigErrors> {
    load_str(src, "lab.yaml", Path::new("/lab"), &BTreeMap::new())
}

fn load_env(src: &str, env: &[(&str, &str)]) -> Result<Config, ConfigErrors> {
    let env = env.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    load_str(src, "lab.yaml", Path::new("/lab"), &env)
}

/// Every error rendered as the CLI prints it.
fn errors(src: &str) -> Vec<String> {
    load(src).unwrap_err().0.iter().map(|e| e.to_string()).collect()
}

const CONTRACT_EXAMPLE: &str = r#"
pipeline:
  monitoring:
    interval: 1s                 # default check interval
    health_check_timeout: 500ms
    metrics_retention: 24h
  healing:
    enabled: true
    max_concurrent: 3
    strategies: [restart, scale_up, migrate]
  storage:
    path: guard.db
  security: { enabled: true, token_expiry: 1h }
  compliance: { standards: [gdpr, soc2], data_retention: 7y, audit_logging: true }

components:
  - name: api
    region: eu-west
    critical: true
    process:
      command: ["python3", "labsvc.py", "--port", "9001"]
      cwd: .
      env: { LOG_LEVEL: info }
    check:
      http: { url: "http://127.0.0.1:9001/health", expect_status: 200, timeout: 500ms }
      interval: 1s
    limits:
      memory: 300MB
    recovery: [restart, scale_up, migrate, {run: ["systemctl", "restart", "x"]}, {webhook: "http://127.0.0.1:1/hook"}]
  - name: db
    region: us-east
    check: { tcp: { addr: "127.0.0.1:5432" } }
"#;

#[test]
fn the_contract_example_is_valid() {
    let c = load(CONTRACT_EXAMPLE).unwrap();
    assert_eq!(c.pipeline.monitoring.interval, Duration::from_secs(1));
    assert_eq!(c.pipeline.monitoring.health_check_timeout, Duration::from_millis(500));
    assert_eq!(c.pipeline.storage.path, PathBuf::from("/lab/guard.db"));
    assert!(c.pipeline.security.enabled);
    assert_eq!(c.pipeline.compliance.data_retention, Duration::from_secs(7 * 365 * 86_400));
    let api = c.component("api").unwrap();
    assert_eq!(api.region, Region::EuWest);
    assert_eq!(api.limits.memory_bytes, Some(300_000_000));
    assert_eq!(api.check.timeout, Duration::from_millis(500));
    assert!(matches!(api.check.kind, CheckKind::Http(_)));
    assert_eq!(api.recovery.len(), 5);
    assert_eq!(api.recovery[3], RecoveryStep::Run { argv: vec!["systemctl".into(), "restart".into(), "x".into()], timeout: Duration::from_secs(30) });
    assert_eq!(c.summary(), (2, 2, 1));
}

#[test]
fn every_problem_is_reported_with_line_and_column() {
    let src = "pipeline:\n  monitoring:\n    interval: 5 parsecs\n  colour: blue\ncomponents:\n  - name: a\n    region: mars\n    check: { tcp: { addr: \"x:1\" } }\n  - name: b\n    check: { grpc: { addr: \"x:1\" } }\n  - name: a\n    check: { http: { url: \"ftp://x\" } }\n    depends_on: [ghost]\n";
    let errs = errors(src);
    let expected = [
        "lab.yaml:4:3: unknown field `colour`",
        "lab.yaml:7:13: unknown region `mars`",
        "lab.yaml:10:14: unknown field `grpc`",
        "lab.yaml:11:11: duplicate component name `a`",
        "lab.yaml:12:27: expected an http:// or https:// URL",
        "lab.yaml:13:18: unknown component `ghost`",
    ];
    for want in expected {
        assert!(errs.iter().any(|e| e.starts_with(want)), "missing `{want}` in {errs:#?}");
    }
    // The bad duration is inside `pipeline`, which failed on `colour` first: the unknown key is
    // the error reported for that section.
    assert!(errs.len() >= expected.len(), "{errs:#?}");
}

#[test]
fn semantic_errors_in_one_section_are_all_reported() {
    let src = "pipeline:\n  monitoring:\n    interval: 5 parsecs\n    health_check_timeout: 0s\n  healing:\n    strategies: [restart, pray]\n";
    let errs = errors(src);
    assert_eq!(errs.len(), 3, "{errs:#?}");
    assert!(errs[0].starts_with("lab.yaml:3:15: unknown duration unit `parsecs`"), "{}", errs[0]);
    assert!(errs[1].starts_with("lab.yaml:4:27: expected a duration greater than zero"), "{}", errs[1]);
    assert!(errs[2].starts_with("lab.yaml:6:27: unknown strategy `pray`"), "{}", errs[2]);
}

#[test]
fn table_of_single_errors() {
    let cases: &[(&str, &str)] = &[
        ("components:\n  - name: x\n", "lab.yaml:2:5: a component needs a `check:`"),
        ("components:\n  - name: x\n    check: {}\n", "lab.yaml:3:12: expected one check kind"),
        ("components:\n  - name: x\n    check: { tcp: {addr: \"a:1\"}, http: {url: \"http://a\"} }\n", "lab.yaml:3:12: expected exactly one check kind, found http and tcp"),
        ("components:\n  - name: x\n    check: { process: {} }\n", "lab.yaml:3:23: a `process` check needs a `process:` block"),
        ("components:\n  - name: x\n    process: { command: [] }\n", "lab.yaml:3:25: expected a non-empty argv list"),
        ("components:\n  - name: x\n    process: { command: [a] }\n    limits: { memory: 12XB }\n", "lab.yaml:4:23: unknown size unit `XB`"),
        ("components:\n  - name: x\n    process: { command: [a] }\n    recovery: [restart, reboot]\n", "lab.yaml:4:25: unknown recovery step `reboot`"),
        ("components:\n  - name: x\n    process: { command: [a] }\n    recovery: [{run: \"rm -rf /\"}]\n", "lab.yaml:4:22: expected `run:` to be a non-empty list"),
        ("components:\n  - name: x\n    critical: maybe\n    process: { command: [a] }\n", "lab.yaml:3:15: invalid type: string \"maybe\", expected a boolean"),
        ("components:\n  - name: a\n    process: { command: [a] }\n    depends_on: [b]\n  - name: b\n    process: { command: [b] }\n    depends_on: [a]\n", "dependency cycle: a → b → a"),
        ("pipeline:\n  server: { listen: nowhere }\n", "lab.yaml:2:21: expected an address like"),
        ("components: 3\n", "lab.yaml:1:13: expected a list of components"),
        ("pipeline: [1\n", "lab.yaml:2:1: invalid YAML"),
        ("extra: 1\n", "lab.yaml:1:1: unknown field `extra`"),
        ("pipeline:\n  security: { token_expiry: 100y }\n", "lab.yaml:2:29: a session may not last longer than api_token_max_ttl (30d)"),
        ("pipeline:\n  security: { token_expiry: 2d, api_token_max_ttl: 1d }\n", "lab.yaml:2:29: a session may not last longer than api_token_max_ttl (1d)"),
        ("pipeline:\n  security: { api_token_max_ttl: 0s }\n", "lab.yaml:2:34: expected a duration greater than zero"),
        ("components:\n  - name: x\n    tags: { data: personal_data, data_origin: atlantis }\n    check: { tcp: {addr: \"a:1\"} }\n", "lab.yaml:3:47: unknown region `atlantis`"),
    ];
    let mut bad = Vec::new();
    for (src, want) in cases {
        let errs = errors(src);
        if !errs.iter().any(|e| e.contains(want)) {
            bad.push(format!("case {src:?}: want `{want}`, got {errs:#?}"));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
    for (src, want) in cases {
        let errs = errors(src);
        assert!(errs.iter().any(|e| e.contains(want)), "case {src:?}: want `{want}`, got {errs:#?}");
    }
}

#[test]
fn environment_overrides_file_values() {
    let c = load_env(
        CONTRACT_EXAMPLE,
        &[
            ("PIPELINE_MONITORING_INTERVAL", "30"),
            ("PIPELINE_HEALING_ENABLED", "false"),
            ("PIPELINE_SECURITY_ENABLED", "false"),
            ("PIPELINE_SECRET_KEY", "s3cr3t"),
            ("PIPELINE_TOKEN_EXPIRY", "3600"),
            ("PIPELINE_MAX_WORKERS", "4"),
            ("PIPELINE_CACHE_SIZE_MB", "100"),
            ("PIPELINE_REGION", "us-east-1"),
            ("PIPELINE_COMPLIANCE_STANDARDS", "gdpr, ccpa"),
        ],
    )
    .unwrap();
    let p = &c.pipeline;
    assert_eq!(p.monitoring.interval, Duration::from_secs(30));
    assert!(!p.healing.enabled);
    assert!(!p.security.enabled);
    assert_eq!(p.security.secret_key, Some(Secret("s3cr3t".into())));
    assert_eq!(format!("{:?}", p.security.secret_key), "Some(Secret(***))");
    assert_eq!(p.security.token_expiry, Duration::from_secs(3600));
    assert_eq!(p.monitoring.max_workers, 4);
    assert_eq!(p.caching.max_size_bytes, 100_000_000);
    assert_eq!(p.region, Some(Region::UsEast));
    assert_eq!(p.compliance.standards, vec!["gdpr", "ccpa"]);
}

#[test]
fn bad_environment_values_name_the_variable() {
    let errs = load_env("", &[("PIPELINE_MONITORING_INTERVAL", "soon"), ("PIPELINE_REGION", "moon")]).unwrap_err().0;
    let text: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
    assert!(text.iter().any(|e| e.starts_with("lab.yaml: environment PIPELINE_MONITORING_INTERVAL: expected a duration")), "{text:#?}");
    assert!(text.iter().any(|e| e.starts_with("lab.yaml: environment PIPELINE_REGION: unknown region `moon`")), "{text:#?}");
}

#[test]
fn empty_file_gives_defaults() {
    let c = load("").unwrap();
    assert_eq!(c.pipeline.monitoring.interval, Duration::from_secs(30));
    assert_eq!(c.pipeline.server.listen.to_string(), "127.0.0.1:7878");
    assert!(c.components.is_empty());
}

#[test]
fn comparisons() {
    for (s, x, holds) in [("< 0.05", 0.01, true), (">= 1", 1.0, true), ("!= 0", 0.0, false), ("== 2", 2.0, true), ("> 3", 3.0, false)] {
        assert_eq!(Comparison::parse(s).unwrap().holds(x), holds, "{s} {x}");
    }
    assert!(Comparison::parse("about 3").is_err());
}

#[test]
fn detection_blocks_merge_pipeline_defaults_and_component_rules() {
    let c = load(
        r#"
pipeline:
  detection:
    horizon: 45s
    rules:
      - { metric: cpu_usage, op: gt, value: 0.9, severity: high, for: 30s }
components:
  - name: api
    check: { tcp: { addr: "127.0.0.1:1" } }
    detection:
      on_anomaly: heal
      anomaly_threshold: 0.7
      rules:
        - { metric: response_time_seconds, op: ge, value: 500ms, hysteresis: 50ms }
      limits: { disk_used_bytes: 10GB, connections: 1000 }
  - name: db
    check: { tcp: { addr: "127.0.0.1:2" } }
"#,
    )
    .unwrap();
    let api = &c.component("api").unwrap().detection;
    assert_eq!(api.horizon, Duration::from_secs(45));
    assert_eq!(api.on_anomaly, crate::detection::OnAnomaly::Heal);
    assert_eq!(api.anomaly_threshold, 0.7);
    let rules: Vec<String> = api.rules.iter().map(|r| r.describe()).collect();
    assert_eq!(rules, vec!["cpu_usage > 0.9 for 30s", "response_time_seconds >= 0.5"]);
    assert_eq!(api.rules[1].hysteresis, 0.05);
    assert_eq!(api.limits["disk_used_bytes"], 10e9);
    let db = &c.component("db").unwrap().detection;
    assert_eq!(db.rules.len(), 1);
    assert_eq!(db.on_anomaly, crate::detection::OnAnomaly::Alert);
}

#[test]
fn bad_detection_blocks_are_reported_with_their_position() {
    let errs = errors(
        r#"components:
  - name: api
    check: { tcp: { addr: "127.0.0.1:1" } }
    detection:
      on_anomaly: panic
      anomaly_threshold: 2
      horizon: soon
      rules:
        - { metric: cpu_usage, op: over, value: 0.9 }
        - { metric: cpu_usage, op: gt, value: lots, severity: dire }
        - { metric: cpu_usage, op: gt, value: 1, hysteresis: -1 }
"#,
    );
    let expect = [
        "lab.yaml:5:19: unknown value `panic`, expected alert or heal",
        "lab.yaml:6:26: expected a score threshold greater than 0 and at most 1",
        "lab.yaml:9:36: unknown operator `over`, expected gt, ge, lt, le, eq or ne",
        "lab.yaml:10:47: expected a number, a size such as `200MB` or a duration such as `500ms`, found `lots`",
        "lab.yaml:10:63: unknown severity `dire`, expected low, medium, high or critical",
        "lab.yaml:11:62: expected a hysteresis of 0 or more",
        "lab.yaml:7:16: expected a duration like",
    ];
    for e in expect {
        assert!(errs.iter().any(|x| x.contains(e)), "missing `{e}` in {errs:#?}");
    }
    let errs = errors("components:\n  - name: api\n    check: { tcp: { addr: \"127.0.0.1:1\" } }\n    detection: { rules: [{ metric: m, op: gt, value: 1, when: later }] }\n");
    assert!(errs[0].starts_with("lab.yaml:4:") && errs[0].contains("unknown field `when`"), "{errs:?}");
}

#[test]
fn listening_off_loopback_needs_tls_files_that_exist() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("tls.crt"), "pem").unwrap();
    std::fs::write(dir.path().join("tls.key"), "pem").unwrap();
    let l = |src: &str| load_str(src, "lab.yaml", dir.path(), &BTreeMap::new()).map_err(|e| e.0.iter().map(|e| e.to_string()).collect::<Vec<_>>());
    let errs = l("pipeline:\n  server: { listen: 0.0.0.0:7878, tls: { cert: tls.crt, key: tls.key } }\n").unwrap_err();
    assert!(errs[0].starts_with("lab.yaml:2:21: `0.0.0.0:7878` is not a loopback address: with security disabled the server binds loopback only"), "{errs:?}");
    let sec = "  security: { enabled: true, secret_key: \"0123456789abcdef0123456789abcdef\" }\n";
    let c = l(&format!("pipeline:\n{sec}  server: {{ listen: 0.0.0.0:7878, tls: {{ cert: tls.crt, key: tls.key }} }}\n")).unwrap();
    assert_eq!(c.pipeline.server.tls, Some(TlsFiles { cert: dir.path().join("tls.crt"), key: dir.path().join("tls.key") }));
    assert!(l("pipeline:\n  server: { listen: 127.0.0.1:7878 }\n").unwrap().pipeline.server.tls.is_none());
    let errs = l(&format!("pipeline:\n{sec}  server: {{ listen: 0.0.0.0:7878 }}\n")).unwrap_err();
    assert!(errs[0].starts_with("lab.yaml:3:21: `0.0.0.0:7878` is not a loopback address: listening off loopback needs `tls: { cert, key }`"), "{errs:?}");
    let errs = l(&format!("pipeline:\n{sec}  server: {{ listen: 0.0.0.0:7878, tls: {{ cert: nope.crt, key: tls.key }} }}\n")).unwrap_err();
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(errs[0].starts_with("lab.yaml:3:48: cannot read the TLS certificate"), "{errs:?}");
}

#[test]
fn server_limits_allowed_hosts_and_the_report_period_are_validated() {
    let dir = tempfile::tempdir().unwrap();
    let l = |src: &str| load_str(src, "lab.yaml", dir.path(), &BTreeMap::new()).map_err(|e| e.0.iter().map(|e| e.to_string()).collect::<Vec<_>>());
    let c = l("components: []\n").unwrap();
    assert_eq!(c.pipeline.server.limits, crate::config::ServerLimits::default());
    assert_eq!(c.pipeline.server.limits.header_timeout, std::time::Duration::from_secs(10));
    assert_eq!(c.pipeline.compliance.report_max_period, std::time::Duration::from_secs(400 * 86_400));
    let c = l("pipeline:\n  server:\n    allowed_hosts: [Guard.Lab.example, \"10.0.0.5:7878\", \"[fd00::5]\"]\n    limits: { header_timeout: 2s, request_timeout: 30s, tls_handshake_timeout: 3s, max_connections: 16 }\n  compliance: { report_max_period: 31d }\n").unwrap();
    assert_eq!(c.pipeline.server.allowed_hosts, ["guard.lab.example", "10.0.0.5:7878", "[fd00::5]"]);
    let lim = &c.pipeline.server.limits;
    assert_eq!((lim.header_timeout.as_secs(), lim.request_timeout.as_secs(), lim.tls_handshake_timeout.as_secs(), lim.max_connections), (2, 30, 3, 16));
    assert_eq!(c.pipeline.compliance.report_max_period.as_secs(), 31 * 86_400);
    let errs = l("pipeline:\n  server:\n    allowed_hosts: [\"*\", \"evil.example:99999\", \"a b\"]\n").unwrap_err();
    let all = errs.join("\n");
    assert_eq!(errs.len(), 3, "{all}");
    let errs = l("pipeline:\n  server:\n    limits: { bogus: 1 }\n").unwrap_err();
    assert!(errs[0].contains("unknown field `bogus`, expected one of `header_timeout`"), "{errs:?}");
    for want in ["lab.yaml:3:21: expected a host name", "lab.yaml:3:26: expected a host name", "lab.yaml:3:48: expected a host name"] {
        assert!(all.contains(want), "{want}: {all}");
    }
    let errs = l("pipeline:\n  server:\n    limits: { header_timeout: 0s, max_connections: 0 }\n  compliance: { report_max_period: 0s }\n").unwrap_err();
    let all = errs.join("\n");
    for want in ["lab.yaml:3:31: expected a duration greater than zero", "lab.yaml:3:52: expected between 1 and 65536 connections, found 0", "lab.yaml:4:36: expected a duration greater than zero"] {
        assert!(all.contains(want), "{want}: {all}");
    }
}
