//! `validate` says the rarer config problems in the reader's language (issue 17): hosts,
//! files it cannot read, a listen address off loopback, the status page, scaling bounds, `{port}`
//! without `scale.port`, an HTTP method, node_exporter URLs and mount points, unknown hosts. The
//! real binary runs on one config with fifteen of them, in English, German, Japanese and the
//! pseudo-locale `en-XA`. A line said in German or Japanese must not be the English one, nor keep
//! three English words in a row of it (outside backquotes: names and values from the file); in
//! `en-XA` every problem is inside the pseudo-locale's markers.

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

#[test]
fn the_rarer_validate_problems_are_said_in_german_and_japanese() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bad.yaml");
    std::fs::write(&file, BAD).unwrap();
    let file = file.display().to_string();
    let en = problems(&file, "en");
    assert_eq!(en.len(), 16, "fifteen problems and the count: {en:#?}");
    // What the OS says about a missing file stays as it said it (an argument).
    let os = std::io::Error::from_raw_os_error(2).to_string();
    for lang in ["de", "ja"] {
        let said = problems(&file, lang);
        assert_eq!(said.len(), en.len(), "{lang}: {said:#?}");
        for ((en_pos, en_msg), (pos, msg)) in en.iter().zip(&said) {
            assert_eq!(pos, en_pos, "{lang}: the same problem at the same place");
            assert_ne!(msg, en_msg, "{lang}: said in English");
            let runs = english_runs(en_msg, msg, &os);
            assert!(runs.is_empty(), "{lang}: English words {runs:?} in {msg:?} (English: {en_msg:?})");
        }
    }
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

#[test]
fn every_rarer_validate_problem_is_inside_the_pseudo_locale_markers() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bad.yaml");
    std::fs::write(&file, BAD).unwrap();
    let file = file.display().to_string();
    let said = problems(&file, "en-XA");
    assert_eq!(said.len(), 16, "{said:#?}");
    for (_, msg) in &said {
        assert!(
            msg.starts_with(guard_i18n::PSEUDO_OPEN) && msg.ends_with(guard_i18n::PSEUDO_CLOSE),
            "outside Fluent: {msg:?}"
        );
    }
}
