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
    assert_eq!(
        api.recovery[3],
        RecoveryStep::Run {
            argv: vec!["systemctl".into(), "restart".into(), "x".into()],
            timeout: Duration::from_secs(30)
        }
    );
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
        (
            "components:\n  - name: x\n    check: { tcp: {addr: \"a:1\"}, http: {url: \"http://a\"} }\n",
            "lab.yaml:3:12: expected exactly one check kind, found http, tcp",
        ),
        (
            "components:\n  - name: x\n    check: { process: {} }\n",
            "lab.yaml:3:23: a `process` check needs a `process:` block",
        ),
        ("components:\n  - name: x\n    process: { command: [] }\n", "lab.yaml:3:25: expected a non-empty argv list"),
        (
            "components:\n  - name: x\n    process: { command: [a] }\n    limits: { memory: 12XB }\n",
            "lab.yaml:4:23: unknown size unit `XB`",
        ),
        (
            "components:\n  - name: x\n    process: { command: [a] }\n    recovery: [restart, reboot]\n",
            "lab.yaml:4:25: unknown recovery step `reboot`",
        ),
        (
            "components:\n  - name: x\n    process: { command: [a] }\n    recovery: [{run: \"rm -rf /\"}]\n",
            "lab.yaml:4:22: expected `run:` to be a non-empty list",
        ),
        (
            "components:\n  - name: x\n    critical: maybe\n    process: { command: [a] }\n",
            "lab.yaml:3:15: invalid value for “critical”: invalid type: string \"maybe\", expected a boolean",
        ),
        (
            "components:\n  - name: a\n    process: { command: [a] }\n    depends_on: [b]\n  - name: b\n    process: { command: [b] }\n    depends_on: [a]\n",
            "dependency cycle: a → b → a",
        ),
        ("pipeline:\n  server: { listen: nowhere }\n", "lab.yaml:2:21: expected an address like"),
        ("components: 3\n", "lab.yaml:1:13: expected a list of components"),
        ("pipeline: [1\n", "lab.yaml:2:1: invalid YAML"),
        ("extra: 1\n", "lab.yaml:1:1: unknown field `extra`"),
        (
            "pipeline:\n  security: { token_expiry: 100y }\n",
            "lab.yaml:2:29: a session may not last longer than api_token_max_ttl (30d)",
        ),
        (
            "pipeline:\n  security: { token_expiry: 2d, api_token_max_ttl: 1d }\n",
            "lab.yaml:2:29: a session may not last longer than api_token_max_ttl (1d)",
        ),
        ("pipeline:\n  security: { api_token_max_ttl: 0s }\n", "lab.yaml:2:34: expected a duration greater than zero"),
        (
            "components:\n  - name: x\n    tags: { data: personal_data, data_origin: atlantis }\n    check: { tcp: {addr: \"a:1\"} }\n",
            "lab.yaml:3:47: unknown region `atlantis`",
        ),
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
    let errs = load_env("pipeline:\n", &[("PIPELINE_MONITORING_INTERVAL", "soon"), ("PIPELINE_REGION", "moon")])
        .unwrap_err()
        .0;
    let text: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
    assert!(
        text.iter().any(|e| e.starts_with(
            "lab.yaml: invalid value in environment variable PIPELINE_MONITORING_INTERVAL: expected a duration"
        )),
        "{text:#?}"
    );
    assert!(
        text.iter()
            .any(|e| e
                .starts_with("lab.yaml: invalid value in environment variable PIPELINE_REGION: unknown region `moon`")),
        "{text:#?}"
    );
}

#[test]
fn a_bare_pipeline_key_gives_defaults() {
    let c = load("pipeline:\n").unwrap();
    assert_eq!(c.pipeline.monitoring.interval, Duration::from_secs(30));
    assert_eq!(c.pipeline.server.listen.to_string(), "127.0.0.1:7878");
    assert!(c.components.is_empty());
}

#[test]
fn comparisons() {
    for (s, x, holds) in
        [("< 0.05", 0.01, true), (">= 1", 1.0, true), ("!= 0", 0.0, false), ("== 2", 2.0, true), ("> 3", 3.0, false)]
    {
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
        "lab.yaml:5:19: unknown value `panic` for `on_anomaly`, expected one of alert, heal",
        "lab.yaml:6:26: expected a score threshold greater than 0 and at most 1",
        "lab.yaml:9:36: unknown value `over` for `op`, expected one of gt, ge, lt, le, eq, ne",
        "lab.yaml:10:47: expected a number, a size such as `200MB` or a duration such as `500ms`, found `lots`",
        "lab.yaml:10:63: unknown value `dire` for `severity`, expected one of low, medium, high, critical",
        "lab.yaml:11:62: expected a hysteresis of 0 or more",
        "lab.yaml:7:16: expected a duration like",
    ];
    for e in expect {
        assert!(errs.iter().any(|x| x.contains(e)), "missing `{e}` in {errs:#?}");
    }
    let errs = errors(
        "components:\n  - name: api\n    check: { tcp: { addr: \"127.0.0.1:1\" } }\n    detection: { rules: [{ metric: m, op: gt, value: 1, when: later }] }\n",
    );
    assert!(errs[0].starts_with("lab.yaml:4:") && errs[0].contains("unknown field `when`"), "{errs:?}");
}

#[test]
fn listening_off_loopback_needs_tls_files_that_exist() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("tls.crt"), "pem").unwrap();
    std::fs::write(dir.path().join("tls.key"), "pem").unwrap();
    let l = |src: &str| {
        load_str(src, "lab.yaml", dir.path(), &BTreeMap::new())
            .map_err(|e| e.0.iter().map(|e| e.to_string()).collect::<Vec<_>>())
    };
    let errs = l("pipeline:\n  server: { listen: 0.0.0.0:7878, tls: { cert: tls.crt, key: tls.key } }\n").unwrap_err();
    assert!(errs[0].starts_with("lab.yaml:2:21: `0.0.0.0:7878` is not a loopback address: with security disabled the server binds loopback only"), "{errs:?}");
    let sec = "  security: { enabled: true, secret_key: \"0123456789abcdef0123456789abcdef\" }\n";
    let c =
        l(&format!("pipeline:\n{sec}  server: {{ listen: 0.0.0.0:7878, tls: {{ cert: tls.crt, key: tls.key }} }}\n"))
            .unwrap();
    assert_eq!(
        c.pipeline.server.tls,
        Some(TlsFiles { cert: dir.path().join("tls.crt"), key: dir.path().join("tls.key") })
    );
    assert!(l("pipeline:\n  server: { listen: 127.0.0.1:7878 }\n").unwrap().pipeline.server.tls.is_none());
    let errs = l(&format!("pipeline:\n{sec}  server: {{ listen: 0.0.0.0:7878 }}\n")).unwrap_err();
    assert!(
        errs[0].starts_with(
            "lab.yaml:3:21: `0.0.0.0:7878` is not a loopback address: listening off loopback needs `tls: { cert, key }`"
        ),
        "{errs:?}"
    );
    let errs =
        l(&format!("pipeline:\n{sec}  server: {{ listen: 0.0.0.0:7878, tls: {{ cert: nope.crt, key: tls.key }} }}\n"))
            .unwrap_err();
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(errs[0].starts_with("lab.yaml:3:48: cannot read `"), "{errs:?}");
    assert!(errs[0].contains("nope.crt`: "), "{errs:?}");
}

#[test]
fn server_limits_allowed_hosts_and_the_report_period_are_validated() {
    let dir = tempfile::tempdir().unwrap();
    let l = |src: &str| {
        load_str(src, "lab.yaml", dir.path(), &BTreeMap::new())
            .map_err(|e| e.0.iter().map(|e| e.to_string()).collect::<Vec<_>>())
    };
    let c = l("components: []\n").unwrap();
    assert_eq!(c.pipeline.server.limits, crate::config::ServerLimits::default());
    assert_eq!(c.pipeline.server.limits.header_timeout, std::time::Duration::from_secs(10));
    assert_eq!(c.pipeline.compliance.report_max_period, std::time::Duration::from_secs(400 * 86_400));
    let c = l("pipeline:\n  server:\n    allowed_hosts: [Guard.Lab.example, \"10.0.0.5:7878\", \"[fd00::5]\"]\n    limits: { header_timeout: 2s, request_timeout: 30s, tls_handshake_timeout: 3s, max_connections: 16 }\n  compliance: { report_max_period: 31d }\n").unwrap();
    assert_eq!(c.pipeline.server.allowed_hosts, ["guard.lab.example", "10.0.0.5:7878", "[fd00::5]"]);
    let lim = &c.pipeline.server.limits;
    assert_eq!(
        (
            lim.header_timeout.as_secs(),
            lim.request_timeout.as_secs(),
            lim.tls_handshake_timeout.as_secs(),
            lim.max_connections
        ),
        (2, 30, 3, 16)
    );
    assert_eq!(c.pipeline.compliance.report_max_period.as_secs(), 31 * 86_400);
    let errs = l("pipeline:\n  server:\n    allowed_hosts: [\"*\", \"evil.example:99999\", \"a b\"]\n").unwrap_err();
    let all = errs.join("\n");
    assert_eq!(errs.len(), 3, "{all}");
    let errs = l("pipeline:\n  server:\n    limits: { bogus: 1 }\n").unwrap_err();
    assert!(errs[0].contains("unknown field `bogus`, expected one of `header_timeout`"), "{errs:?}");
    for want in [
        "lab.yaml:3:21: expected a host name",
        "lab.yaml:3:26: expected a host name",
        "lab.yaml:3:48: expected a host name",
    ] {
        assert!(all.contains(want), "{want}: {all}");
    }
    let errs = l("pipeline:\n  server:\n    limits: { header_timeout: 0s, max_connections: 0 }\n  compliance: { report_max_period: 0s }\n").unwrap_err();
    let all = errs.join("\n");
    for want in [
        "lab.yaml:3:31: expected a duration greater than zero",
        "lab.yaml:3:52: “max_connections” must be between 1 and 65,536",
        "lab.yaml:4:36: expected a duration greater than zero",
    ] {
        assert!(all.contains(want), "{want}: {all}");
    }
}

// ---- bounded input (issue 21): size cap, text, YAML limits, empty documents ----

/// The issue's bomb: `levels` anchors, each a list of nine aliases of the one before
/// (ten levels: 457 bytes that would expand to 9^10 ≈ 3.5 billion nodes).
fn alias_bomb(levels: usize) -> String {
    let names: Vec<char> = ('a'..='z').take(levels).collect();
    let mut s = format!("{}: &{} [{}]\n", names[0], names[0], ["\"lol\""; 9].join(", "));
    for w in names.windows(2) {
        let (prev, cur) = (w[0], w[1]);
        let refs = vec![format!("*{prev}"); 9].join(", ");
        s.push_str(&format!("{cur}: &{cur} [{refs}]\n"));
    }
    s
}

fn only_error(src: &str) -> ConfigError {
    let mut errs = load(src).unwrap_err().0;
    assert_eq!(errs.len(), 1, "{errs:#?}");
    errs.remove(0)
}

#[test]
fn a_ten_level_alias_bomb_fails_at_the_alias_that_crosses_the_limit() {
    let src = alias_bomb(10);
    assert!(src.len() < 478, "no larger than the issue's: {}", src.len());
    let e = only_error(&src);
    // Lines 2–5 copy 90 + 819 + 7,380 + 66,429 = 74,718 nodes; line 6's first alias would
    // copy 66,430 more, so the 100,000 bound stops it there, before the copy: nothing beyond
    // 100,000 copied nodes is ever built (bounded memory and time, whatever the depth).
    let pos = e.pos.expect("located");
    assert_eq!(pos.line, 6, "{e}");
    assert!(e.to_string().starts_with("lab.yaml:6:"), "{e}");
    assert!(e.message.contains("more than 100,000 nodes") && e.message.contains("alias bomb"), "{e}");
}

#[test]
fn a_seven_level_alias_bomb_fails_the_same_way() {
    let e = only_error(&alias_bomb(7));
    assert_eq!(e.pos.map(|p| p.line), Some(6), "{e}");
    assert!(e.message.contains("100,000 nodes"), "{e}");
}

#[test]
fn a_bomb_nested_under_a_component_env_fails_too() {
    let src = format!(
        "{}components:\n  - name: x\n    check: {{ tcp: {{ addr: \"127.0.0.1:1\" }} }}\n    process:\n      command: [x]\n      env: {{ A: *j }}\n",
        alias_bomb(10)
    );
    let e = only_error(&src);
    assert!(e.message.contains("alias bomb"), "{e}");
}

#[test]
fn many_small_aliases_stop_at_the_alias_count() {
    let mut src = String::from("pipeline:\n  x: &x 1\nhosts: [");
    src.push_str(&vec!["*x"; yaml::LIMITS.max_aliases + 1].join(","));
    src.push_str("]\n");
    let e = only_error(&src);
    assert!(e.message.contains("more than 10,000 aliases"), "{e}");
    assert_eq!(e.pos.map(|p| p.line), Some(3));
}

#[test]
fn reasonable_aliases_still_work() {
    let src = "pipeline:\n  monitoring: &m { interval: 5s }\ncomponents:\n  - name: a\n    check: &c { tcp: { addr: \"127.0.0.1:1\" }, interval: 2s }\n  - name: b\n    check: *c\n";
    let c = load(src).unwrap();
    assert_eq!(c.components[1].check.interval, Duration::from_secs(2));
}

#[test]
fn nesting_is_bounded() {
    let deep = format!("pipeline: {}1{}\n", "[".repeat(70), "]".repeat(70));
    let e = only_error(&deep);
    assert!(e.message.contains("more than 64 levels"), "{e}");
    assert_eq!(e.pos, Some(Pos { line: 1, col: 11 + 63 }), "{e}");
}

#[test]
fn empty_blank_and_comment_only_files_are_errors() {
    for src in ["", "   \n\n\t\n", "# just a comment\n\n   # another\n"] {
        let e = only_error(src);
        assert_eq!(e.pos, None, "{src:?}");
        assert!(e.message.contains("no YAML content"), "{src:?}: {e}");
        assert_eq!(e.to_string(), format!("lab.yaml: {}", e.message));
    }
}

#[test]
fn nul_bytes_are_an_error_with_their_position() {
    let e = only_error(&"\0".repeat(1000));
    assert_eq!(e.pos, Some(Pos { line: 1, col: 1 }));
    assert!(e.message.contains("zero byte"), "{e}");
    let e = only_error("pipeline:\n  x: a\0b\n");
    assert_eq!(e.pos, Some(Pos { line: 2, col: 7 }), "{e}");
}

#[test]
fn a_document_that_is_not_a_mapping_is_an_error() {
    for (src, found, line) in [
        ("hello world\n", "text", 1),
        ("- a\n- b\n", "a list", 1),
        ("42\n", "a number", 1),
        ("~\n", "an empty value", 1),
        ("---\n", "an empty value", 2),
    ] {
        let e = only_error(src);
        assert!(e.message.ends_with(&format!("found {found}")), "{src:?}: {e}");
        assert_eq!(e.pos.map(|p| p.line), Some(line), "{src:?}");
    }
}

#[test]
fn input_messages_are_in_the_readers_language() {
    let e = load_str_in(&alias_bomb(10), "lab.yaml", Path::new("/lab"), &BTreeMap::new(), guard_i18n::Lang::De)
        .unwrap_err();
    assert!(e.0[0].message.contains("Alias-Bombe"), "{e}");
    let e = load_str_in("", "lab.yaml", Path::new("/lab"), &BTreeMap::new(), guard_i18n::Lang::Ja).unwrap_err();
    assert!(e.0[0].message.contains("YAML の内容がありません"), "{e}");
}

/// A valid config padded with a comment to exactly `len` bytes.
fn config_of_len(len: usize) -> Vec<u8> {
    let mut s = b"pipeline:\n#".to_vec();
    s.resize(len - 1, b'x');
    s.push(b'\n');
    s
}

#[test]
fn files_up_to_the_size_cap_load_and_one_byte_more_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let at_cap = dir.path().join("at-cap.yaml");
    std::fs::write(&at_cap, config_of_len(MAX_CONFIG_BYTES)).unwrap();
    assert_eq!(std::fs::metadata(&at_cap).unwrap().len(), MAX_CONFIG_BYTES as u64);
    load_file(&at_cap).unwrap();

    let over = dir.path().join("over.yaml");
    std::fs::write(&over, config_of_len(MAX_CONFIG_BYTES + 1)).unwrap();
    let e = load_file(&over).unwrap_err();
    assert_eq!(e.0.len(), 1);
    assert_eq!(
        e.0[0].to_string(),
        format!("{}: the file is larger than 4,194,304 bytes, the most a config file may hold", over.display())
    );

    // The same bound for text handed over directly (demo, tests).
    let text = String::from_utf8(config_of_len(MAX_CONFIG_BYTES + 1)).unwrap();
    assert!(load(&text).unwrap_err().to_string().contains("larger than 4,194,304 bytes"));
    let text = String::from_utf8(config_of_len(MAX_CONFIG_BYTES)).unwrap();
    load(&text).unwrap();
}

#[test]
fn an_endless_file_is_read_no_further_than_the_cap() {
    // /dev/zero has no end: the reader stops at cap + 1 bytes and says the file is too large.
    let e = load_file(Path::new("/dev/zero")).unwrap_err();
    assert!(e.to_string().contains("larger than 4,194,304 bytes"), "{e}");
}

#[test]
fn binary_files_are_errors_with_the_position_of_the_first_bad_byte() {
    let dir = tempfile::tempdir().unwrap();
    let bin = dir.path().join("bin.yaml");
    std::fs::write(&bin, b"pipeline:\n  x: \xff\xfe\x00\x01").unwrap();
    let e = load_file(&bin).unwrap_err();
    assert_eq!(e.0[0].pos, Some(Pos { line: 2, col: 6 }));
    assert!(e.0[0].message.contains("not valid UTF-8"), "{e}");
    let nul = dir.path().join("nul.yaml");
    std::fs::write(&nul, vec![0u8; 1000]).unwrap();
    assert!(load_file(&nul).unwrap_err().to_string().contains("zero byte"));
    let empty = dir.path().join("empty.yaml");
    std::fs::write(&empty, b"").unwrap();
    assert!(load_file(&empty).unwrap_err().to_string().contains("no YAML content"));
}

fn nodes(v: &serde_json::Value) -> usize {
    1 + match v {
        serde_json::Value::Array(a) => a.iter().map(nodes).sum(),
        serde_json::Value::Object(m) => m.values().map(nodes).sum(),
        _ => 0,
    }
}

/// Stable-toolchain stand-in for the `config_aliases` fuzz target (same generator): documents
/// full of anchors and aliases never panic, never expand past the limits, and every error is
/// located inside the text. Smaller limits than `LIMITS` keep it quick in a debug build; the
/// code path is the same.
#[test]
fn generated_alias_documents_stay_within_the_limits() {
    let limits = yaml::Limits { max_aliases: 300, max_alias_nodes: 3_000, max_depth: 64 };
    let mut rng = fastrand::Rng::with_seed(21);
    let (mut parsed, mut limited) = (0, 0);
    for _ in 0..1500 {
        let bytes: Vec<u8> = (0..rng.usize(4..120)).map(|_| rng.u8(..)).collect();
        let text = aliasgen::alias_document(&bytes);
        match yaml::load_limited(&text, limits) {
            Ok(l) => {
                parsed += 1;
                assert!(nodes(&l.value) <= text.len() + limits.max_alias_nodes, "{text}");
                // Within the small limits, so within `LIMITS`: the whole loader answers.
                if let Err(errs) = load(&text) {
                    assert!(!errs.0.is_empty());
                    let _ = errs.to_string();
                }
            }
            Err(e) => {
                limited += usize::from(e.limit.is_some());
                // YAML breaks lines at CR too.
                assert!(e.pos.line <= text.split(['\n', '\r']).count() + 1, "{e:?} in {text}");
            }
        }
    }
    // The generator reaches both sides of the bound.
    assert!(parsed > 100 && limited > 100, "parsed {parsed}, stopped by a limit {limited}");
}

#[test]
fn every_strategy_name_round_trips_through_the_one_table() {
    let names: Vec<&str> = RecoveryStep::names().collect();
    assert_eq!(names, ["restart", "scale_up", "scale_down", "migrate", "run", "webhook", "notify"]);
    for n in &names {
        match RecoveryStep::from_plain_name(n) {
            Some(step) => assert_eq!(step.name(), *n),
            None => assert!(matches!(*n, "run" | "webhook"), "{n} should be a plain name"),
        }
    }
    assert_eq!(RecoveryStep::from_plain_name("reboot"), None);
}

/// `tags:` as labels (the components list's pills, filter and groups) or as keyed tags (as
/// before); every bad label is reported at its own position.
#[test]
fn tags_are_labels_or_keyed_and_bad_ones_are_located() {
    let ok = load("components:\n  - name: x\n    tags: [payments, eu/core, \"tier:1\"]\n    check: { tcp: {addr: \"a:1\"} }\n  - name: y\n    tags: { service: api }\n    check: { tcp: {addr: \"a:1\"} }\n  - name: z\n    check: { tcp: {addr: \"a:1\"} }\n").unwrap();
    assert_eq!(ok.components[0].labels, ["payments", "eu/core", "tier:1"]);
    assert!(ok.components[0].tags.is_empty());
    assert_eq!(ok.components[0].tag_labels(), ["payments", "eu/core", "tier:1"]);
    assert_eq!(ok.components[1].tags.get("service").map(String::as_str), Some("api"));
    assert_eq!(ok.components[1].tag_labels(), ["service:api"]);
    assert!(ok.components[2].tag_labels().is_empty());

    let long = "x".repeat(super::validate::TAG_MAX_CHARS + 1);
    let cases: Vec<(String, String)> = vec![
        (
            "components:\n  - name: x\n    tags: [ok, \"has space\"]\n    check: { tcp: {addr: \"a:1\"} }\n".into(),
            "lab.yaml:3:16: invalid tag `has space`".into(),
        ),
        (
            "components:\n  - name: x\n    tags: [a, a]\n    check: { tcp: {addr: \"a:1\"} }\n".into(),
            "lab.yaml:3:15: tag `a` is listed twice".into(),
        ),
        (
            "components:\n  - name: x\n    tags: [a, 5]\n    check: { tcp: {addr: \"a:1\"} }\n".into(),
            "lab.yaml:3:15: a tag is text".into(),
        ),
        (
            "components:\n  - name: x\n    tags: [\"\"]\n    check: { tcp: {addr: \"a:1\"} }\n".into(),
            "lab.yaml:3:12: invalid tag ``".into(),
        ),
        (
            format!("components:\n  - name: x\n    tags: [{long}]\n    check: {{ tcp: {{addr: \"a:1\"}} }}\n"),
            format!("lab.yaml:3:12: invalid tag `{long}`"),
        ),
        (
            "components:\n  - name: x\n    tags: payments\n    check: { tcp: {addr: \"a:1\"} }\n".into(),
            "lab.yaml:3:11: expected `tags:` as a list of labels".into(),
        ),
        (
            "components:\n  - name: x\n    tags: { tier: 1 }\n    check: { tcp: {addr: \"a:1\"} }\n".into(),
            "lab.yaml:3:19: a tag is text".into(),
        ),
    ];
    let mut bad = Vec::new();
    for (src, want) in &cases {
        let errs = errors(src);
        if !errs.iter().any(|e| e.starts_with(want.as_str())) {
            bad.push(format!("case {src:?}: want `{want}`, got {errs:#?}"));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn problems_are_listed_in_the_file_order() {
    // The validator finds these in another order (the front's rules run after its block's keys).
    let src = "components:\n  - name: api\n    check: { tcp: { addr: \"127.0.0.1:1\" } }\n    front: { listen: \"0.0.0.0:80\", weights: [1, 0, 2], balance: random }\n    scale: { port: 9000, max_instances: 2 }\n";
    let errs = load(src).unwrap_err().0;
    let at: Vec<(usize, usize)> = errs.iter().map(|e| e.pos.map(|p| (p.line, p.col)).unwrap()).collect();
    let mut sorted = at.clone();
    sorted.sort();
    assert!(at.len() >= 4, "{errs:?}");
    assert_eq!(at, sorted, "{errs:?}");
}
