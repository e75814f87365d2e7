//! `validate` says the rarer config problems in the reader's language (issue 17): hosts,
//! files it cannot read, a listen address off loopback, the status page, scaling bounds, `{port}`
//! without `scale.port`, an HTTP method, node_exporter URLs and mount points, unknown hosts. The
//! real binary runs on one config with fifteen of them, in English, German, Japanese and the
//! pseudo-locale `en-XA`. A line said in German or Japanese must not be the English one, nor keep
//! three English words in a row of it (outside backquotes: names and values from the file); in
//! `en-XA` every problem is inside the pseudo-locale's markers. The same holds for a config
//! whose `front:` blocks (and a PromQL query) have every problem `validate` knows there, and for
//! the YAML the reader refuses although YAML allows it (a duplicate key).

use std::process::Command;

use guard_e2e::bin;

const BAD: &str = r#"pipeline:
  server: { listen: "0.0.0.0:7878" }
  scaling: { min_instances: 5, max_instances: 2 }
  status_page: { enabled: true, title: "" }
hosts:
  - { name: "bad name", address: "-x", user: "-y", key_file: nokey, known_hosts: nohosts }
components:
  - name: web
    check: { http: { url: "http://127.0.0.1:{port}/", method: PATCH } }
  - name: node
    check: { node: { url: "ftp://x", mountpoint: "data" } }
  - name: cmd
    check: { command: { run: [x], on: nowhere } }
    scale: { min_instances: 3, max_instances: 1 }
"#;

/// Fronts with every problem of `front:` (crates/engine/src/config/front.rs): off loopback with
/// security off and on the instances' base port, an unknown balance, a weight of 0 and more
/// weights than instances, the per-try time-out twice, out-of-range counts, ejection times the
/// wrong way round, a method in lower case; a front without supervised instances on the
/// guard's own address, a second front on that address, port 0; and a PromQL query with an
/// unclosed bracket.
const FRONTS: &str = r#"pipeline:
  server: { listen: "127.0.0.1:7878" }
components:
  - name: api
    process: { command: ["./api", "--port", "{port}"] }
    scale: { port: 9101, min_instances: 2, max_instances: 2 }
    check: { http: { url: "http://127.0.0.1:{port}/health" } }
    front:
      listen: "0.0.0.0:9101"
      balance: random
      weights: [1, 0, 2]
      try_timeout: 1s
      retry: { per_try_timeout: 2s, budget_percent: 150, min_retries: -1, idempotent_methods: [PUT, "get it"] }
      outlier: { consecutive_5xx: 0, consecutive_gateway_failure: 5000, max_ejection_percent: 101, base_ejection_time: 10s, max_ejection_time: 5s }
  - name: ext
    check: { tcp: { addr: "127.0.0.1:5432" } }
    front: { listen: "127.0.0.1:7878" }
  - name: b
    process: { command: ["./b", "--port", "{port}"] }
    scale: { port: 9400 }
    front: { listen: "127.0.0.1:7878" }
  - name: c
    process: { command: ["./c", "--port", "{port}"] }
    scale: { port: 9500 }
    front: { listen: "127.0.0.1:0" }
  - name: q
    check: { promql: { url: "http://127.0.0.1:9090", query: "rate(x[1m]", healthy_if: "< 1" } }
"#;

/// A key given twice: YAML allows it, the reader does not.
const DUPLICATE: &str = "components:\n  - name: a\n    check: { tcp: { addr: \"127.0.0.1:9\" } }\n    name: b\n";

/// The problems `validate` prints for `file` in `lang`, as (position, message); the last line
/// (the count) has no position.
fn problems(file: &str, lang: &str) -> Vec<(String, String)> {
    let mut cmd = Command::new(bin("pipeline-guard"));
    for var in ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE", "PIPELINE_LANG"] {
        cmd.env_remove(var);
    }
    let out = cmd.args(["validate", file, "--lang", lang]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{lang}: {out:?}");
    String::from_utf8_lossy(&out.stderr)
        .lines()
        .map(|l| match l.strip_prefix(file).and_then(|r| r.strip_prefix(':')) {
            // FILE:LINE:COL: message
            Some(r) if r.split(':').take(2).all(|p| p.chars().all(|c| c.is_ascii_digit())) => {
                let mut parts = r.splitn(3, ':');
                let pos = format!("{}:{}", parts.next().unwrap(), parts.next().unwrap());
                (pos, parts.next().unwrap_or("").trim().to_string())
            }
            _ => (String::new(), l.replace(file, "FILE")),
        })
        .collect()
}

/// The words of a message outside backquotes, lower case; names in capitals (`GET`, `URL`)
/// are the same in every language and left out.
fn words(message: &str) -> Vec<String> {
    message
        .split('`')
        .step_by(2)
        .flat_map(|s| s.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '\'')))
        .filter(|w| !w.is_empty() && !w.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()))
        .map(str::to_lowercase)
        .collect()
}

/// Three English words in a row of `en` (not what the OS said) that `other` also has.
fn english_runs(en: &str, other: &str, os: &str) -> Vec<String> {
    let (en_w, other_w, os_w) = (words(en), words(other), words(os));
    let seq = |w: &[String]| w.windows(3).map(|t| t.join(" ")).collect::<Vec<_>>();
    let (other_runs, os_runs) = (seq(&other_w), seq(&os_w));
    seq(&en_w).into_iter().filter(|r| other_runs.contains(r) && !os_runs.contains(r)).collect()
}

/// `config` written to a file in `dir`, its path.
fn write(dir: &std::path::Path, name: &str, config: &str) -> String {
    let file = dir.join(name);
    std::fs::write(&file, config).unwrap();
    file.display().to_string()
}

/// `file`'s problems in German and Japanese: at the same places as in English, none said in
/// English, no three English words in a row (outside backquotes; what the OS said aside).
fn said_in_german_and_japanese(file: &str, en: &[(String, String)]) {
    // What the OS says about a missing file stays as it said it (an argument).
    let os = std::io::Error::from_raw_os_error(2).to_string();
    for lang in ["de", "ja"] {
        let said = problems(file, lang);
        assert_eq!(said.len(), en.len(), "{lang}: {said:#?}");
        for ((en_pos, en_msg), (pos, msg)) in en.iter().zip(&said) {
            assert_eq!(pos, en_pos, "{lang}: the same problem at the same place");
            assert_ne!(msg, en_msg, "{lang}: said in English");
            let runs = english_runs(en_msg, msg, &os);
            assert!(runs.is_empty(), "{lang}: English words {runs:?} in {msg:?} (English: {en_msg:?})");
        }
    }
}

#[test]
fn the_rarer_validate_problems_are_said_in_german_and_japanese() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "bad.yaml", BAD);
    let en = problems(&file, "en");
    assert_eq!(en.len(), 16, "fifteen problems and the count: {en:#?}");
    said_in_german_and_japanese(&file, &en);
    let os = std::io::Error::from_raw_os_error(2).to_string();
    // The check itself sees an English line.
    assert_eq!(english_runs("expected a user name, found `-y`", "erwartet: a user name", &os), ["a user name"]);
    assert!(
        english_runs(
            "cannot read `x`: No such file or directory",
            "`x` kann nicht gelesen werden: No such file or directory",
            &os
        )
        .is_empty()
    );
}

/// Every line `validate` prints for `file` in `en-XA` is inside the pseudo-locale's markers;
/// how many there are.
fn all_inside_the_markers(file: &str) -> usize {
    let said = problems(file, "en-XA");
    for (_, msg) in &said {
        assert!(
            msg.starts_with(guard_i18n::PSEUDO_OPEN) && msg.ends_with(guard_i18n::PSEUDO_CLOSE),
            "outside Fluent: {msg:?}"
        );
    }
    said.len()
}

#[test]
fn every_rarer_validate_problem_is_inside_the_pseudo_locale_markers() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "bad.yaml", BAD);
    assert_eq!(all_inside_the_markers(&file), 16);
}

/// The `front:` problems (issue 17's last English config texts), each where it is, in German,
/// Japanese and `en-XA`; a YAML duplicate key too.
#[test]
fn front_problems_are_said_in_german_japanese_and_the_pseudo_locale() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "fronts.yaml", FRONTS);
    let en = problems(&file, "en");
    let has = |text: &str| en.iter().any(|(p, m)| !p.is_empty() && m.starts_with(text));
    for text in [
        "a front listens on loopback only",
        "the front's port 9101 is the instances' base port",
        "unknown balance `random`, expected one of weighted, least_conn",
        "expected a weight greater than 0, found 0",
        "3 weights for at most 2 instances",
        "give the per-try time-out once",
        "expected a percentage from 0 to 100, found 150",
        "expected a number of retries from 0 to 10,000, found -1",
        "expected an HTTP method in upper case like `PUT` or `DELETE`, found `get it`",
        "expected a number of failures from 1 to 1,000, found 0",
        "expected a number of failures from 1 to 1,000, found 5,000",
        "expected a percentage from 0 to 100, found 101",
        "`max_ejection_time` is shorter than `base_ejection_time`",
        "a front needs instances the guard supervises",
        "`127.0.0.1:7878` is the guard's own HTTP address",
        "the front of `ext` already listens on `127.0.0.1:7878`",
        "expected a fixed port, not 0",
        "`(` at character 5 of the query is never closed",
    ] {
        assert!(has(text), "no `{text}`: {en:#?}");
    }
    said_in_german_and_japanese(&file, &en);
    assert_eq!(all_inside_the_markers(&file), en.len());
    let dup = write(dir.path(), "dup.yaml", DUPLICATE);
    let en = problems(&dup, "en");
    assert!(en.iter().any(|(p, m)| p == "4:5" && m == "invalid YAML: duplicate key `name`"), "{en:#?}");
    said_in_german_and_japanese(&dup, &en);
    assert_eq!(all_inside_the_markers(&dup), en.len());
}
