//! End-to-end tests of the engine foundation with the real binaries: config validation, the
//! headless server over real supervised children, crash recovery, clean shutdown, and a kill -9
//! in the middle of writing.

use std::process::Command;
use std::time::{Duration, Instant};

use guard_e2e::*;

fn lab_config(p1: u16, p2: u16) -> String {
    format!(
        r#"
pipeline:
  monitoring: {{ interval: 1s, health_check_timeout: 500ms }}
components:
  - name: web
    region: eu-west
    critical: true
    process: {{ command: ["{{labsvc}}", "--port", "{p1}", "--state-file", "{{dir}}/web.state"] }}
    check: {{ http: {{ url: "http://127.0.0.1:{p1}/health" }} }}
    recovery: [notify]   # watch the 500s below without the healer restarting them away
  - name: worker
    region: us-east
    process: {{ command: ["{{labsvc}}", "--port", "{p2}", "--state-file", "{{dir}}/worker.state"] }}
    check: {{ tcp: {{ addr: "127.0.0.1:{p2}" }}, interval: 500ms }}
  - name: disk
    region: asia-pacific
    check: {{ command: {{ run: ["test", "-d", "{{dir}}"] }} }}
  - name: scrape
    region: sa-east
    check: {{ prometheus: {{ url: "http://127.0.0.1:{p1}/metrics", metric: labsvc_errors_total, labels: {{ port: "{p1}" }}, healthy_if: "< 1" }} }}
"#
    )
}

fn status_of(g: &Guard, name: &str) -> String {
    let comps = g.get_json("/api/components");
    comps.as_array().unwrap().iter().find(|c| c["name"] == name).unwrap()["status"].as_str().unwrap().to_string()
}

#[test]
fn validate_reports_every_problem_and_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.yaml");
    std::fs::write(&bad, "pipeline:\n  monitoring: { interval: soon }\ncomponents:\n  - name: a\n    region: moon\n    check: { tcp: { addr: \"x:1\" } }\n  - name: b\n    check: { smtp: {} }\n").unwrap();
    let out = Command::new(bin("pipeline-guard")).arg("validate").arg(&bad).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    let f = bad.display().to_string();
    for want in [
        format!("{f}:2:27: expected a duration"),
        format!("{f}:5:13: unknown region `moon`"),
        format!("{f}:8:14: unknown field `smtp`"),
    ] {
        assert!(err.contains(&want), "missing `{want}` in:\n{err}");
    }
    assert!(!err.contains("panicked") && !err.contains("RUST_BACKTRACE"));

    let good = dir.path().join("good.yaml");
    std::fs::write(&good, lab_config(1, 2)).unwrap();
    let out = Command::new(bin("pipeline-guard")).args(["--lang", "en", "validate"]).arg(&good).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("is valid: 4 components in 4 regions."),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    // --lang switches the human-readable output; unknown languages are bad input.
    let out = Command::new(bin("pipeline-guard")).args(["--lang", "de", "validate"]).arg(&good).output().unwrap();
    let de = String::from_utf8_lossy(&out.stdout);
    assert!(de.contains("4 Komponenten") && !de.contains("is valid"), "{de}");
    let out = Command::new(bin("pipeline-guard")).args(["--lang", "ja", "validate"]).arg(&good).output().unwrap();
    assert!(!String::from_utf8_lossy(&out.stdout).contains("valid"), "{}", String::from_utf8_lossy(&out.stdout));
    let out = Command::new(bin("pipeline-guard")).args(["--lang", "tlh", "validate"]).arg(&good).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown language “tlh”"));

    let out =
        Command::new(bin("pipeline-guard")).arg("validate").arg(dir.path().join("missing.yaml")).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read the file"));
}

/// `validate` on hostile files (issue 21): each is refused with exit 2 and a located message,
/// and the ten-level alias bomb (17 GB before the bound) peaks at tens of MB.
#[test]
fn validate_refuses_alias_bombs_empty_and_binary_files_in_bounded_memory() {
    let dir = tempfile::tempdir().unwrap();
    let mut bomb = format!("a: &a [{}]\n", ["\"lol\""; 9].join(", "));
    for (p, c) in "abcdefghi".chars().zip("bcdefghij".chars()) {
        bomb.push_str(&format!("{c}: &{c} [{}]\n", vec![format!("*{p}"); 9].join(", ")));
    }
    let cases: [(&str, Vec<u8>, &str); 4] = [
        ("bomb.yaml", bomb.into_bytes(), ":6:8: aliases would expand to more than 100,000 nodes"),
        ("empty.yaml", Vec::new(), ": the file holds no YAML content"),
        ("nul.yaml", vec![0; 1000], ":1:1: not a text file"),
        ("big.yaml", vec![b'#'; 5 << 20], ": the file is larger than 4,194,304 bytes"),
    ];
    for (name, bytes, want) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        let err_path = dir.path().join(format!("{name}.stderr"));
        let child = Command::new(bin("pipeline-guard"))
            .args(["--lang", "en", "validate"])
            .arg(&path)
            .stderr(std::fs::File::create(&err_path).unwrap())
            .spawn()
            .unwrap();
        // wait4 gives the child's peak resident memory.
        let (mut status, mut usage) = (0, unsafe { std::mem::zeroed::<libc::rusage>() });
        // SAFETY: waits for the child just spawned, writing into the two locals.
        let waited = unsafe { libc::wait4(child.id() as i32, &mut status, 0, &mut usage) };
        assert_eq!(waited, child.id() as i32);
        std::mem::forget(child);
        assert!(libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 2, "{name}: status {status}");
        let err = std::fs::read_to_string(&err_path).unwrap();
        assert!(err.contains(&format!("{}{want}", path.display())), "{name}: {err}");
        let peak_mb = usage.ru_maxrss / 1024;
        assert!(peak_mb < 200, "{name}: validate peaked at {peak_mb} MB");
    }
}

#[test]
fn serve_watches_real_children_recovers_a_crash_and_stops_cleanly() {
    let (p1, p2) = (free_port(), free_port());
    let mut g = Guard::serve(&lab_config(p1, p2));
    wait_until(Duration::from_secs(15), || {
        ["web", "worker", "disk", "scrape"].iter().all(|n| status_of(&g, n) == "healthy")
    });
    assert_eq!(get(g.port, "/ready").unwrap().0, 200);
    // `?names=` answers just those components, in that order (the UI's refresh of the few whose
    // figures move between events); an unknown name is a 404, an empty one a 400.
    let some = g.get_json("/api/components?names=scrape,web");
    let names: Vec<&str> = some.as_array().unwrap().iter().map(|c| c["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["scrape", "web"], "{some}");
    assert_eq!(g.get_json("/api/components?names=").as_array().unwrap().len(), 0);
    assert_eq!(g.get_json("/api/components").as_array().unwrap().len(), 4);
    let (code, body) = get(g.port, "/api/components?names=web,nope").unwrap();
    assert!(code == 404 && body.contains("nope"), "{code} {body}");
    assert_eq!(get(g.port, "/api/components?names=web,,disk").unwrap().0, 400);
    let web = g.get_json("/api/components/web");
    let pid1 = web["pid"].as_u64().unwrap() as u32;
    assert_eq!(web["region"], "eu-west");
    assert!(web["metrics"]["memory_bytes"].as_f64().unwrap() > 100_000.0, "{web}");

    // 500s: the HTTP check and the Prometheus check both notice.
    post(p1, "/fault/http500").unwrap();
    wait_until(Duration::from_secs(5), || status_of(&g, "web") == "failed");
    get(p1, "/health").unwrap();
    wait_until(Duration::from_secs(5), || status_of(&g, "scrape") == "failed");
    post(p1, "/fault/none").unwrap();
    wait_until(Duration::from_secs(5), || status_of(&g, "web") == "healthy");

    // Crash: noticed at once, restarted, healthy again quickly.
    let t0 = Instant::now();
    post(p1, "/fault/crash").unwrap();
    wait_until(Duration::from_secs(5), || {
        let w = g.get_json("/api/components/web");
        w["status"] == "healthy" && w["pid"].as_u64().is_some_and(|p| p as u32 != pid1)
    });
    let recovered = t0.elapsed();
    assert!(recovered < Duration::from_secs(3), "recovered in {recovered:?}");
    assert!(!alive(pid1));

    // History: samples and the timeline of the crash.
    wait_until(Duration::from_secs(5), || {
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
        let s = g.get_json(&format!("/api/components/web/samples?metric=up&from={}&to={}&step=1", now - 60, now + 1));
        let b = s["buckets"].as_array().unwrap();
        // Up, then down during the 500s, then up again, one bucket per second.
        b.len() >= 3 && b.iter().any(|x| x["min"] == 0.0) && b.last().unwrap()["max"] == 1.0
    });
    let tl = g.get_json("/api/components/web/timeline");
    let kinds: Vec<&str> = tl.as_array().unwrap().iter().map(|e| e["kind"].as_str().unwrap()).collect();
    assert!(
        kinds.contains(&"process_exited") && kinds.contains(&"process_started") && kinds.contains(&"status_failed"),
        "{kinds:?}"
    );
    assert_eq!(get(g.port, "/api/components/ghost").unwrap().0, 404);
    let metrics = get(g.port, "/metrics").unwrap().1;
    assert!(metrics.contains("pipeline_guard_component_up{component=\"web\",region=\"eu-west\"} 1"), "{metrics}");
    assert!(metrics.contains("pipeline_guard_process_restarts_total{component=\"web\""));

    // SIGTERM: children stopped, history flushed, exit 0.
    let pid2 = g.get_json("/api/components/web")["pid"].as_u64().unwrap() as u32;
    g.signal(libc::SIGTERM);
    let start = Instant::now();
    let status = loop {
        if let Some(st) = g.child.try_wait().unwrap() {
            break st;
        }
        assert!(start.elapsed() < Duration::from_secs(15), "guard did not stop");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "{status:?}");
    assert!(!alive(pid2), "child {pid2} outlived the guard");
    assert_eq!(sqlite(&g.db(), "PRAGMA integrity_check;"), "ok");
    let exits: i64 = sqlite(&g.db(), "SELECT COUNT(*) FROM process_events WHERE component='web' AND kind='exited';")
        .parse()
        .unwrap();
    assert!(exits >= 2, "{exits}");
}

#[test]
fn kill_dash_nine_loses_at_most_the_last_second_and_never_corrupts() {
    let p1 = free_port();
    let cfg = format!(
        "pipeline:\n  monitoring: {{ interval: 100ms, health_check_timeout: 500ms }}\ncomponents:\n{}",
        (0..20)
            .map(|i| format!(
                "  - name: c{i}\n    check: {{ http: {{ url: \"http://127.0.0.1:{p1}/health\" }}, interval: 100ms }}\n"
            ))
            .collect::<String>()
            + &format!(
                "  - name: lab\n    process: {{ command: [\"{{labsvc}}\", \"--port\", \"{p1}\", \"--state-file\", \"{{dir}}/lab.state\"] }}\n    check: {{ http: {{ url: \"http://127.0.0.1:{p1}/health\" }}, interval: 100ms }}\n"
            )
    );
    let mut g = Guard::serve(&cfg);
    wait_until(Duration::from_secs(10), || status_of(&g, "lab") == "healthy");
    std::thread::sleep(Duration::from_secs(3));
    let lab_pid = g.get_json("/api/components/lab")["pid"].as_u64().unwrap() as u32;
    let killed_at_ms = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_millis() as i64;
    g.child.kill().unwrap(); // SIGKILL
    g.child.wait().unwrap();
    assert_eq!(sqlite(&g.db(), "PRAGMA integrity_check;"), "ok");
    let last: i64 = sqlite(&g.db(), "SELECT MAX(end_ms) FROM sample_chunks;").parse().unwrap();
    let n: i64 = sqlite(&g.db(), "SELECT SUM(n) FROM sample_chunks;").parse().unwrap();
    assert!(n > 200, "{n} samples");
    let lost_ms = killed_at_ms - last;
    assert!(lost_ms <= 1000, "the newest committed sample is {lost_ms} ms older than the kill");
    // The supervised child does not outlive its guard (PR_SET_PDEATHSIG).
    wait_until(Duration::from_secs(5), || !alive(lab_pid));
}

#[test]
fn a_corrupted_database_is_refused_with_a_clear_error_and_left_intact() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("guard.db");
    let junk = b"definitely not sqlite\n".repeat(500);
    std::fs::write(&db, &junk).unwrap();
    let cfg = dir.path().join("g.yaml");
    std::fs::write(&cfg, "components: []\n").unwrap();
    let out = Command::new(bin("pipeline-guard"))
        .args(["serve", "--config"])
        .arg(&cfg)
        .arg("--db")
        .arg(&db)
        .args(["--listen", &format!("127.0.0.1:{}", free_port())])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("not a database") && err.contains("left untouched"), "{err}");
    assert_eq!(std::fs::read(&db).unwrap(), junk);
}

#[test]
fn non_loopback_listen_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("g.yaml");
    std::fs::write(&cfg, "components: []\n").unwrap();
    let out = Command::new(bin("pipeline-guard"))
        .args(["serve", "--config"])
        .arg(&cfg)
        .args(["--listen", "0.0.0.0:7999"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("loopback only"));
}

#[test]
fn the_engine_has_no_gui_or_http_server_dependency() {
    let out = Command::new(env!("CARGO"))
        .args(["tree", "-p", "guard-engine", "-e", "normal,build", "--prefix", "none", "--offline"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let tree = String::from_utf8_lossy(&out.stdout);
    assert!(tree.contains("sqlx"), "unexpected tree:\n{tree}");
    for forbidden in ["tauri ", "wry ", "axum ", "gtk ", "webkit2gtk "] {
        assert!(!tree.lines().any(|l| l.starts_with(forbidden)), "guard-engine depends on {forbidden}");
    }
}

#[test]
fn detect_cli_scores_a_nab_style_file() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.csv");
    let mut csv = String::from("timestamp,value\n");
    for i in 0..2000 {
        let v = if i == 1500 { 500.0 } else { 10.0 + (i % 7) as f64 * 0.1 };
        csv.push_str(&format!("2014-07-01 {:02}:{:02}:00,{v}\n", (i / 60) % 24, i % 60));
    }
    std::fs::write(&input, csv).unwrap();
    let output = dir.path().join("out.csv");
    let st = Command::new(bin("pipeline-guard"))
        .args(["detect", "--input"])
        .arg(&input)
        .arg("--output")
        .arg(&output)
        .status()
        .unwrap();
    assert!(st.success());
    let text = std::fs::read_to_string(&output).unwrap();
    let rows: Vec<&str> = text.lines().collect();
    assert_eq!(rows[0], "timestamp,value,anomaly_score");
    assert_eq!(rows.len(), 2001);
    let score = |i: usize| rows[i + 1].rsplit(',').next().unwrap().parse::<f64>().unwrap();
    assert!(score(1500) > 0.5, "spike scored {}", score(1500));
    assert!((0..2000).all(|i| (0.0..=1.0).contains(&score(i))));

    std::fs::write(&input, "timestamp,value\n2014-07-01 00:00:00,abc\n").unwrap();
    let out = Command::new(bin("pipeline-guard")).args(["detect", "--input"]).arg(&input).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    // FILE:LINE: what was expected and what was found.
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with(&format!("{}:2: expected a finite number", input.display())) && err.contains("\"abc\""),
        "{err}"
    );
}

/// The report crate reads the engine's tables only through `guard_engine::store`'s typed
/// functions: no SQL of its own, so a schema change is made (and its readers found) in the
/// engine alone. The benchmark binary (`src/bin/report_bench.rs`) is left out: its raw rollup
/// scan is the baseline the report's time is compared with.
#[test]
fn the_report_crate_reads_through_the_store() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../crates/report/src");
    let mut offenders = Vec::new();
    let mut stack = vec![dir];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                if !p.ends_with("bin") {
                    stack.push(p);
                }
                continue;
            }
            if p.extension().is_some_and(|x| x == "rs") {
                let text = std::fs::read_to_string(&p).unwrap();
                for (n, line) in text.lines().enumerate() {
                    let code = line.split("//").next().unwrap_or("");
                    if ["sqlx::query", "SELECT ", "INSERT INTO", "UPDATE ", "DELETE FROM"]
                        .iter()
                        .any(|w| code.contains(w))
                    {
                        offenders.push(format!("{}:{}: {}", p.display(), n + 1, line.trim()));
                    }
                }
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "SQL in the report crate (read through guard_engine::store instead):\n{}",
        offenders.join("\n")
    );
}
