//! The real `pipeline-guard` binary speaks the reader's language: `validate` errors (with
//! FILE:LINE:COL kept), `user add`, `audit verify` and a missing database, in German, Japanese
//! and Arabic, chosen by `--lang` and by `LANG`. Every expected line is the catalog's own
//! rendering of the message the CLI must use, so a line printed in English (or through another
//! message) fails.

use std::process::{Command, Output};

use guard_e2e::bin;
use guard_i18n::{BidiIsolation, FluentValue, Lang, Localizer};

const LANGS: [Lang; 3] = [Lang::De, Lang::Ja, Lang::Ar];

fn loc() -> Localizer {
    Localizer::embedded().with_bidi(BidiIsolation::Never)
}

/// Run the CLI with a clean locale environment plus `env`.
fn run(args: &[&str], env: &[(&str, &str)], stdin: &str) -> Output {
    use std::io::Write;
    let mut cmd = Command::new(bin("pipeline-guard"));
    cmd.args(args);
    for var in ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE", "PIPELINE_LANG", "PIPELINE_SECRET_KEY"] {
        cmd.env_remove(var);
    }
    cmd.envs(env.iter().copied());
    cmd.stdin(std::process::Stdio::piped()).stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

const BAD: &str = "pipeline:\n  monitoring: { interval: soon }\n  healing: { strategies: [restart, pray] }\ncomponents:\n  - name: a\n    region: moon\n    check: { tcp: { addr: \"x:1\" } }\n  - name: a\n    check: { tcp: { addr: \"x:2\" } }\n";

/// What `validate BAD` must print, line by line, in `lang`.
fn expected_validate(l: &Localizer, lang: Lang, f: &str) -> Vec<String> {
    let tr = |key: &str, args: &[(&str, FluentValue<'_>)]| l.translate_with(key, lang, args);
    let all_regions: Vec<&str> = guard_engine::model::Region::ALL.iter().map(|r| r.as_str()).collect();
    vec![
        format!("{f}:2:27: {}", tr("cli-config-invalid-duration", &[("value", "soon".into())])),
        format!(
            "{f}:3:36: {}",
            tr(
                "cli-config-unknown-strategy",
                &[
                    ("value", "pray".into()),
                    ("expected", "restart, scale_up, scale_down, migrate, run, webhook, notify".into())
                ]
            )
        ),
        format!(
            "{f}:6:13: {}",
            tr("cli-config-unknown-region", &[("value", "moon".into()), ("expected", all_regions.join(", ").into())])
        ),
        format!("{f}:8:11: {}", tr("cli-config-duplicate-component", &[("name", "a".into()), ("first", 1.into())])),
        tr("cli-validate-failed", &[("file", f.into()), ("count", 4.into())]),
    ]
}

#[test]
fn validate_errors_are_in_the_chosen_language_with_their_position() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.yaml");
    std::fs::write(&bad, BAD).unwrap();
    let f = bad.display().to_string();
    let l = loc();
    let english = expected_validate(&l, Lang::En, &f);
    for lang in LANGS {
        // By --lang, and by the environment (LANG) with no --lang.
        let by_flag = run(&["validate", &f, "--lang", lang.code()], &[], "");
        let posix = match lang {
            Lang::De => "de_DE.UTF-8",
            Lang::Ja => "ja_JP.UTF-8",
            _ => "ar_EG.UTF-8",
        };
        let by_env = run(&["validate", &f], &[("LANG", posix)], "");
        let want = expected_validate(&l, lang, &f);
        for (how, out) in [("--lang", by_flag), ("LANG", by_env)] {
            assert_eq!(out.status.code(), Some(2), "{lang} by {how}: {}", text(&out.stderr));
            let got: Vec<String> = text(&out.stderr).lines().map(str::to_string).collect();
            assert_eq!(got, want, "{lang} by {how}");
            for (g, e) in got.iter().zip(&english) {
                assert_ne!(g, e, "{lang} by {how}: an English line");
            }
        }
    }
    // English stays the default with no locale at all.
    let out = run(&["validate", &f], &[], "");
    assert_eq!(text(&out.stderr).lines().map(str::to_string).collect::<Vec<_>>(), english);
    // The summary counts in Arabic choose the plural form of 4 (few), as a number.
    assert!(expected_validate(&l, Lang::Ar, &f)[4].contains('4'));
}

#[test]
fn user_add_and_audit_verify_speak_the_chosen_language() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("guard.db").display().to_string();
    let l = loc();
    let out =
        run(&["user", "add", "admin", "--role", "admin", "--db", &db, "--lang", "ja"], &[], "a long enough password\n");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout).trim_end(),
        l.translate_with("cli-user-added", Lang::Ja, &[("name", "admin".into()), ("role", "admin".into())])
    );

    // The head hash and row count, from the English line (the same for every language).
    let en = run(&["audit", "verify", "--db", &db, "--lang", "en"], &[], "");
    assert_eq!(en.status.code(), Some(0), "{}", text(&en.stderr));
    let first = text(&en.stdout).lines().next().unwrap().to_string();
    let head = first.rsplit("head ").next().unwrap().trim_end_matches('.').to_string();
    let rows: i64 =
        if first.contains("one row") { 1 } else { first.split_whitespace().find_map(|w| w.parse().ok()).unwrap() };
    assert_eq!(
        first,
        l.translate_with("cli-audit-intact", Lang::En, &[("rows", rows.into()), ("head", head.as_str().into())])
    );
    for lang in LANGS {
        let out = run(&["audit", "verify", "--db", &db, "--lang", lang.code()], &[], "");
        assert_eq!(out.status.code(), Some(0), "{lang}: {}", text(&out.stderr));
        let line = text(&out.stdout).lines().next().unwrap().to_string();
        assert_eq!(
            line,
            l.translate_with("cli-audit-intact", lang, &[("rows", rows.into()), ("head", head.as_str().into())]),
            "{lang}"
        );
        assert_ne!(line, first, "{lang}");

        // A database that is not there: the error too.
        let missing = dir.path().join("nope.db").display().to_string();
        let out = run(&["audit", "verify", "--db", &missing, "--lang", lang.code()], &[], "");
        assert_eq!(out.status.code(), Some(2), "{lang}");
        assert_eq!(
            text(&out.stderr).trim_end(),
            l.translate_with("cli-error-no-database", lang, &[("db", missing.as_str().into())]),
            "{lang}"
        );
    }
}

#[test]
fn an_unknown_language_is_refused_with_the_list() {
    let out = run(&["validate", "x.yaml", "--lang", "tlh"], &[("LANG", "de_DE.UTF-8")], "");
    assert_eq!(out.status.code(), Some(2));
    let all: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
    let want = format!(
        "--lang: {}",
        loc().translate_with(
            "cli-error-unknown-language",
            Lang::De,
            &[("value", "tlh".into()), ("expected", all.join(", ").into())]
        )
    );
    assert_eq!(text(&out.stderr).trim_end(), want);
}

/// What is left of a line of `en-XA` output once every message (`⟦ … ⟧`, innermost first) and
/// the data the test itself supplied are taken out: the words that bypassed Fluent.
fn leaks(line: &str, data: &[&str]) -> Vec<String> {
    let mut rest = line.to_string();
    // The innermost marked segment: an opening marker with no other opening before its close.
    while let Some(close) = rest.find(guard_i18n::PSEUDO_CLOSE) {
        let Some(open) = rest[..close].rfind(guard_i18n::PSEUDO_OPEN) else { break };
        rest.replace_range(open..close + guard_i18n::PSEUDO_CLOSE.len_utf8(), " ");
    }
    rest.split(|c: char| c.is_whitespace())
        .filter(|w| w.chars().any(|c| c.is_ascii_alphabetic()))
        // Paths and FILE:LINE:COL positions, option names (`--from:`), and the names and ids
        // the test chose.
        .filter(|w| {
            !w.contains('/')
                && !w.starts_with("--")
                && !data.iter().any(|d| w.trim_matches(|c: char| !c.is_alphanumeric()) == *d)
        })
        .map(str::to_string)
        .collect()
}

/// Every human-readable line the CLI prints in the pseudo-locale `en-XA` is inside the
/// markers: a line (or part of one) in plain English went around Fluent. Machine-readable
/// output (the token, the exported key, CSV) is skipped, as it is never translated.
#[test]
fn every_cli_line_in_the_pseudo_locale_is_inside_the_markers() {
    let dir = tempfile::tempdir().unwrap();
    let p = |name: &str| dir.path().join(name).display().to_string();
    let (db, bad, good, csv, report) = (p("guard.db"), p("bad.yaml"), p("good.yaml"), p("bad.csv"), p("report.json"));
    let (missing_db, missing_pdf) = (p("missing.db"), p("nothing.pdf"));
    std::fs::write(&bad, BAD).unwrap();
    std::fs::write(&good, format!("pipeline:\n  storage: {{ path: {db} }}\ncomponents:\n  - name: web\n    check: {{ tcp: {{ addr: \"127.0.0.1:9\" }} }}\n")).unwrap();
    std::fs::write(&csv, "timestamp,value\n2026-01-01 00:00:00,abc\n").unwrap();
    let today = (std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() / 86_400) as i64;
    let ymd = |days: i64| {
        let (y, m, d) = guard_i18n::civil_from_days(days);
        format!("{y:04}-{m:02}-{d:02}")
    };
    let (from, to) = (ymd(today - 1), ymd(today + 1));
    // (arguments, stdin, whether stdout is machine-readable, the data words it may show)
    let runs: Vec<(Vec<&str>, &str, bool)> = vec![
        (vec!["validate", &bad], "", false),
        (vec!["validate", &good], "", false),
        (vec!["user", "add", "vera", "--role", "admin", "--db", &db], "a long enough password\n", false),
        (vec!["user", "add", "vera", "--role", "admin", "--db", &db], "\n", false),
        (vec!["user", "erase", "vera", "--db", &db], "", false),
        (vec!["user", "list", "--db", &db], "", false),
        (vec!["token", "issue", "--user", "vera", "--db", &db], "", true),
        (vec!["token", "issue", "--user", "vera", "--ttl", "soon", "--db", &db], "", true),
        (vec!["audit", "verify", "--db", &db], "", false),
        (vec!["audit", "verify", "--db", &missing_db], "", false),
        (vec!["region", "list", "--db", &db], "", false),
        (vec!["region", "activate", "atlantis", "--db", &db], "", false),
        (vec!["backup", "--db", &db], "", false),
        (vec!["backup", "--db", &db, "--keep", "0"], "", false),
        (vec!["key", "export", "--db", &db], "", true),
        (
            vec![
                "report",
                "--db",
                &db,
                "--from",
                &from,
                "--to",
                &to,
                "--standard",
                "soc2",
                "--format",
                "json",
                "--out",
                &report,
            ],
            "",
            false,
        ),
        (
            vec![
                "report",
                "--db",
                &db,
                "--from",
                "31/01/2026",
                "--to",
                &to,
                "--standard",
                "soc2",
                "--format",
                "json",
                "--out",
                &report,
            ],
            "",
            false,
        ),
        (vec!["verify", &report, "--db", &db], "", false),
        (vec!["verify", &missing_pdf, "--db", &db], "", false),
        (vec!["detect", "--input", &csv], "", true),
        (vec!["serve", "--config", &good, "--listen", "0.0.0.0:7999"], "", false),
    ];
    // Names, ids and values the test gave the CLI, shown back as they are.
    let data = [
        "vera",
        "admin",
        "atlantis",
        "soon",
        "soc2",
        "abc",
        "us-east",
        "us-west",
        "eu-west",
        "eu-central",
        "asia-pacific",
        "sa-east",
    ];
    let mut found = Vec::new();
    let mut marked = 0;
    for (args, stdin, machine_stdout) in &runs {
        let mut all = args.clone();
        all.extend(["--lang", "en-XA"]);
        let out = run(&all, &[("PIPELINE_LOG", "warn")], stdin);
        let stdout = text(&out.stdout);
        let stderr = text(&out.stderr);
        let human = if *machine_stdout { stderr.clone() } else { format!("{stdout}{stderr}") };
        for line in human.lines().filter(|l| !l.trim().is_empty()) {
            marked += line.contains(guard_i18n::PSEUDO_OPEN) as usize;
            let words = leaks(line, &data);
            if !words.is_empty() {
                found.push(format!("{args:?}: {words:?} in {line:?}"));
            }
        }
    }
    assert!(found.is_empty(), "text outside Fluent:\n{}", found.join("\n"));
    // It did say things: at least one marked line per command.
    assert!(marked >= runs.len(), "{marked} marked lines for {} commands", runs.len());
    // The check itself sees an unmarked word.
    assert_eq!(leaks("⟦ȦȦŭŭḓīīŧ⟧ created user vera", &data), ["created", "user"]);
    assert!(leaks("/tmp/bad.yaml:3:3: ⟦ŭŭƞķƞǿǿẇƞ ⟦ƒīīḗḗŀḓ⟧ `colour`⟧", &data).is_empty());
}
