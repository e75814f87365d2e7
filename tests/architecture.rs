//! The engine's layers hold: only the composition root (`guard/`) and the modules above it may
//! name the guard. Every subsystem below it (checks, detection, healing, fronts, auto-scaling,
//! notifications, history, the scheduler …) gets explicit handles from `guard/mod.rs` at
//! construction and never reaches back up, so the import cycle through the guard cannot come
//! back. This test reads every `.rs` file of `crates/engine/src` and fails on a file below the
//! guard that names `crate::guard`, `crate::PipelineGuard` / `crate::GuardOptions` (the
//! re-exports), `super::…::guard` or `GuardInner` — in a `use` line, a `use` group or an inline
//! path — or that names a module above the guard (`crate::manage` …), which would close the
//! cycle through it.

use std::path::{Path, PathBuf};

/// The modules allowed to name the guard, as paths under `crates/engine/src` (a trailing `/`
/// is a whole folder). The one table; ARCHITECTURE.md lists the same layers.
const ABOVE_GUARD: &[&str] = &[
    // The crate root declares the module and re-exports `PipelineGuard`.
    "lib.rs",
    // The composition root and its operations (`impl PipelineGuard` by area).
    "guard/",
    // The one boundary table the server and the app serve.
    "boundary.rs",
    "boundary/",
    // Operations that change the running guard or read it whole.
    "manage.rs",
    "status_page.rs",
];

/// Test modules (compiled under `#[cfg(test)]` only) may start a guard: a file named
/// `tests.rs` or `*_tests.rs`.
fn is_test_file(rel: &str) -> bool {
    let name = rel.rsplit('/').next().unwrap_or(rel);
    name == "tests.rs" || name.ends_with("_tests.rs")
}

fn allowed(rel: &str) -> bool {
    is_test_file(rel) || ABOVE_GUARD.iter().any(|a| if a.ends_with('/') { rel.starts_with(a) } else { rel == *a })
}

/// The text without `//` comments (doc comments may speak of the guard).
fn code_of(text: &str) -> String {
    text.lines()
        .map(|l| match l.find("//") {
            // Not `https://` inside a string.
            Some(i) if !l[..i].ends_with(':') => &l[..i],
            _ => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The first segments a path continues with after `crate::` at `rest` (`guard` for
/// `guard::X`, and every first segment of a `{a, b::c, d}` group).
fn first_segments(rest: &str) -> Vec<String> {
    let rest: String = rest.chars().filter(|c| !c.is_whitespace()).collect();
    if let Some(group) = rest.strip_prefix('{') {
        let mut depth = 0;
        let mut items = vec![String::new()];
        for c in group.chars() {
            match c {
                '{' => depth += 1,
                '}' if depth == 0 => break,
                '}' => depth -= 1,
                ',' if depth == 0 => items.push(String::new()),
                _ => {}
            }
            if depth == 0 && c != ',' && c != '{' && c != '}' {
                items.last_mut().unwrap().push(c);
            }
        }
        items
            .into_iter()
            .map(|i| i.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect())
            .filter(|s: &String| !s.is_empty())
            .collect()
    } else {
        vec![rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect()]
    }
}

/// The modules above the guard, by the name a path gives them (`boundary`, `manage` …).
fn above_names() -> Vec<String> {
    ABOVE_GUARD
        .iter()
        .filter(|a| !matches!(**a, "lib.rs" | "guard/"))
        .map(|a| a.trim_end_matches('/').trim_end_matches(".rs").to_string())
        .collect()
}

/// What in `text` names the guard or a module above it: one line per finding.
fn violations(text: &str) -> Vec<String> {
    let mut names: Vec<String> = ["guard", "PipelineGuard", "GuardOptions"].map(String::from).to_vec();
    names.extend(above_names());
    let code = code_of(text);
    let mut found = Vec::new();
    for (i, _) in code.match_indices("crate::") {
        let rest = &code[i + "crate::".len()..];
        // Whitespace inside a group spans lines: look at a bounded window.
        let window: String = rest.chars().take(2000).collect();
        for seg in first_segments(&window) {
            if names.contains(&seg) {
                found.push(format!("crate::{seg}"));
            }
        }
    }
    for (i, _) in code.match_indices("super::") {
        let mut rest = &code[i..];
        while let Some(r) = rest.strip_prefix("super::") {
            rest = r;
        }
        if first_segments(rest).iter().any(|s| s == "guard") {
            found.push("super::guard".into());
        }
    }
    if code.contains("GuardInner") {
        found.push("GuardInner".into());
    }
    found
}

fn engine_src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../crates/engine/src")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).expect("read the engine's sources") {
        let p = e.expect("a directory entry").path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn nothing_below_the_guard_names_it() {
    let root = engine_src();
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    files.sort();
    assert!(files.len() > 100, "expected the engine's sources under {}, found {} files", root.display(), files.len());
    let mut bad = Vec::new();
    for f in &files {
        let rel = f.strip_prefix(&root).unwrap().to_string_lossy().replace('\\', "/");
        if allowed(&rel) {
            continue;
        }
        let text = std::fs::read_to_string(f).unwrap();
        for v in violations(&text) {
            bad.push(format!("{rel}: {v}"));
        }
    }
    assert!(
        bad.is_empty(),
        "modules below the guard name it (give the subsystem a handle built in guard/mod.rs instead, \
         or add the module to ABOVE_GUARD if it truly is above the guard):\n{}",
        bad.join("\n")
    );
}

#[test]
fn the_table_names_modules_that_exist() {
    let root = engine_src();
    for a in ABOVE_GUARD {
        assert!(root.join(a.trim_end_matches('/')).exists(), "ABOVE_GUARD names `{a}`, which is not in the engine");
    }
    // The layers above do use the guard (else the table is stale and the test proves little).
    let guard_users = ["boundary.rs", "manage.rs", "status_page.rs"];
    for u in guard_users {
        let text = std::fs::read_to_string(root.join(u)).unwrap();
        assert!(!violations(&text).is_empty(), "`{u}` no longer names the guard: is it still above it?");
    }
}

#[test]
fn the_scan_finds_planted_violations() {
    let planted = [
        ("use crate::guard::GuardInner;", "crate::guard"),
        ("use crate::guard::{GuardError, PipelineGuard};", "crate::guard"),
        ("use crate::{config::Config, guard};", "crate::guard"),
        ("use crate::{\n    config::Config,\n    guard::PipelineGuard,\n};", "crate::guard"),
        ("fn f() -> Result<(), crate::guard::GuardError> { todo!() }", "crate::guard"),
        ("impl crate::PipelineGuard {}", "crate::PipelineGuard"),
        ("let o = crate::GuardOptions { db_path: None, log_dir: None };", "crate::GuardOptions"),
        ("use super::super::guard::PipelineGuard;", "super::guard"),
        ("pub(crate) async fn run(inner: Arc<GuardInner>) {}", "GuardInner"),
        ("let c = crate::manage::ComponentChange { config };", "crate::manage"),
        ("use crate::{boundary::ops::OPS, config::Config};", "crate::boundary"),
    ];
    for (code, what) in planted {
        let v = violations(code);
        assert!(v.iter().any(|x| x == what), "`{code}` should be found as {what}, found {v:?}");
    }
    let clean = [
        "use crate::heal::Healer;",
        "use crate::guarded::Thing;",
        "use crate::api::{Beat, HEARTBEAT_LEN};",
        "use crate::managed::Thing;",
        "use crate::{config::Config, heal::{Healer, Healing}};",
        "// Built by `crate::guard` (the composition root).",
        "/// See [`crate::guard::PipelineGuard::start`].",
        "let url = \"http://127.0.0.1:9/crate::nothing\";",
    ];
    for code in clean {
        assert!(violations(code).is_empty(), "`{code}` is not a violation, found {:?}", violations(code));
    }
    assert!(
        allowed("guard/healing.rs") && allowed("boundary/ops.rs") && allowed("heal/notifications/channel_tests.rs")
    );
    assert!(!allowed("heal/healer.rs") && !allowed("scheduler.rs") && !allowed("front/mod.rs"));
}
