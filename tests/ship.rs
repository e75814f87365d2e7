//! Shipping the product (issue 18) with the real binaries: `/metrics` in the format a plain
//! scraper reads (checked by the real `promtool check metrics`), and the web UI served by a
//! copy of `pipeline-guard` outside the checkout.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::Duration;

use guard_e2e::*;

/// A raw GET with extra header lines; (head, body). The body is read whole (connection: close).
fn get_raw(port: u16, path: &str, headers: &str) -> (String, String) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(s, "GET {path} HTTP/1.1\r\nhost: 127.0.0.1\r\n{headers}connection: close\r\n\r\n").unwrap();
    let mut buf = Vec::new();
    s.read_to_end(&mut buf).unwrap();
    let text = String::from_utf8_lossy(&buf).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap();
    (head.to_ascii_lowercase(), body.to_string())
}

#[test]
fn metrics_pass_promtool_and_negotiate_openmetrics() {
    let p = free_port();
    let g = Guard::serve(&format!(
        r#"
pipeline:
  monitoring: {{ interval: 500ms, health_check_timeout: 500ms }}
components:
  - name: web
    region: eu-west
    process: {{ command: ["{{labsvc}}", "--port", "{p}", "--state-file", "{{dir}}/web.state"] }}
    check: {{ http: {{ url: "http://127.0.0.1:{p}/health" }} }}
  - name: gone
    region: us-east
    check: {{ tcp: {{ addr: "127.0.0.1:1" }} }}
"#
    ));
    wait_until(Duration::from_secs(20), || {
        let c = g.get_json("/api/components");
        c.as_array().unwrap().iter().all(|c| c["status"] == "healthy" || c["status"] == "failed")
            && c.as_array().unwrap().iter().all(|c| c["checks_total"].as_u64().unwrap_or(0) > 0)
    });

    // A plain scrape (no Accept, as curl without -H): the text format 0.0.4.
    for accept in ["", "accept: */*\r\n"] {
        let (head, body) = get_raw(g.port, "/metrics", accept);
        assert!(head.starts_with("http/1.1 200"), "{head}");
        assert!(head.contains("content-type: text/plain; version=0.0.4; charset=utf-8"), "{head}");
        assert!(!body.contains("# EOF"), "{body}");
        assert!(body.contains("# HELP pipeline_guard_checks_total "), "{body}");
        assert!(body.contains("# TYPE pipeline_guard_checks_total counter"), "{body}");
        assert!(body.contains("pipeline_guard_component_up{component=\"web\",region=\"eu-west\"} 1"), "{body}");
        assert!(body.contains("pipeline_guard_component_up{component=\"gone\",region=\"us-east\"} 0"), "{body}");
        let (code, report) = promtool_check(&body);
        assert_eq!(code, Some(0), "promtool check metrics failed:\n{report}\non:\n{body}");
        assert!(report.trim().is_empty(), "promtool reported problems:\n{report}\non:\n{body}");
    }

    // promtool does fail on what the server answered before (OpenMetrics to everyone): the
    // check above can fail.
    let (head, om) = get_raw(
        g.port,
        "/metrics",
        "accept: application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1\r\n",
    );
    assert!(head.contains("content-type: application/openmetrics-text; version=1.0.0; charset=utf-8"), "{head}");
    assert!(head.contains("vary: accept"), "{head}");
    assert!(om.ends_with("# EOF\n"), "{om}");
    assert!(om.contains("# TYPE pipeline_guard_checks counter"), "{om}");
    let (code, report) = promtool_check(&om);
    assert!(code != Some(0) || !report.trim().is_empty(), "promtool accepted OpenMetrics as text:\n{om}");
}

#[test]
fn a_copy_of_the_binary_outside_the_checkout_serves_the_built_ui() {
    let built = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/dist/index.html");
    let index = std::fs::read_to_string(&built).unwrap_or_else(|e| {
        panic!("{}: {e}: build the UI first (`npm --prefix ui run build`; make test does)", built.display())
    });
    // The binary alone in one directory, started from another: nothing of the checkout near.
    let home = tempfile::tempdir().unwrap();
    let cwd = tempfile::tempdir().unwrap();
    let exe = home.path().join("pipeline-guard");
    std::fs::copy(bin("pipeline-guard"), &exe).unwrap();
    let cfg = cwd.path().join("guard.yaml");
    std::fs::write(&cfg, "components:\n  - name: disk\n    check: { command: { run: [\"true\"] } }\n").unwrap();
    let port = free_port();
    let mut child = Command::new(&exe)
        .args(["serve", "--config", "guard.yaml", "--db", "guard.db", "--listen", &format!("127.0.0.1:{port}")])
        .current_dir(cwd.path())
        .env("PIPELINE_LOG", "warn")
        .env_remove("PIPELINE_UI_DIR")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    wait_until(Duration::from_secs(20), || get(port, "/health").is_ok_and(|(s, _)| s == 200));

    let (head, body) = get_raw(port, "/", "");
    assert!(head.starts_with("http/1.1 200"), "{head}");
    assert!(head.contains("content-type: text/html"), "{head}");
    assert_eq!(body, index, "GET / is not the built ui/dist/index.html");
    // The script the page loads, by its hashed name, and a browser-side route.
    let script = index.split("src=\"./").nth(1).and_then(|s| s.split('"').next()).expect("a script in index.html");
    let (head, js) = get_raw(port, &format!("/{script}"), "");
    assert!(head.starts_with("http/1.1 200") && head.contains("content-type: text/javascript"), "{head}");
    assert_eq!(js.len(), std::fs::metadata(built.parent().unwrap().join(script)).unwrap().len() as usize);
    assert!(head.contains("immutable"), "{head}");
    let (head, body) = get_raw(port, "/components/disk", "");
    assert!(head.starts_with("http/1.1 200"), "{head}");
    assert_eq!(body, index);
    // The API is still the API.
    assert_eq!(get(port, "/api/components/ghost").unwrap().0, 404);
    let _ = child.kill();
    let _ = child.wait();
}

/// The repository root (tests/ is one level down).
fn repo() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

#[test]
fn the_deb_bundle_is_configured_with_its_menu_entry_cli_and_service() {
    let conf: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(repo().join("src-tauri/tauri.conf.json")).unwrap()).unwrap();
    let b = &conf["bundle"];
    assert_eq!(b["active"], true);
    assert!(b["targets"].as_array().unwrap().iter().any(|t| t == "deb"), "{b}");
    for icon in b["icon"].as_array().unwrap() {
        assert!(repo().join("src-tauri").join(icon.as_str().unwrap()).is_file(), "{icon}");
    }
    let deb = &b["linux"]["deb"];
    let template =
        std::fs::read_to_string(repo().join("src-tauri").join(deb["desktopTemplate"].as_str().unwrap())).unwrap();
    for want in ["Exec={{exec}}", "Icon={{icon}}", "Name={{name}}", "Categories=System;Monitor;", "Type=Application"] {
        assert!(template.lines().any(|l| l == want), "`{want}` missing from the desktop entry:\n{template}");
    }
    // The CLI on the PATH (staged by `make package`) and the systemd unit.
    let files = deb["files"].as_object().unwrap();
    assert_eq!(files["/usr/bin/pipeline-guard"], "packaging/staged/pipeline-guard");
    // The demo's lab service, where `pipeline-guard demo` looks for it when installed.
    assert_eq!(files["/usr/lib/pipeline-guard/labsvc"], "packaging/staged/labsvc");
    // The .rpm carries the same menu entry, files and unit.
    assert!(b["targets"].as_array().unwrap().iter().any(|t| t == "rpm"), "{b}");
    assert_eq!(
        (&b["linux"]["rpm"]["files"], &b["linux"]["rpm"]["desktopTemplate"]),
        (&deb["files"], &deb["desktopTemplate"])
    );
    let unit = repo().join("src-tauri").join(files["/usr/lib/systemd/system/pipeline-guard.service"].as_str().unwrap());
    let text = std::fs::read_to_string(&unit).unwrap();
    assert!(text.contains("ExecStart=/usr/bin/pipeline-guard serve --config /etc/pipeline-guard/guard.yaml"), "{text}");
    // systemd's own checker on the unit (it needs the ExecStart binary: point it at the built one).
    let dir = tempfile::tempdir().unwrap();
    let probe = dir.path().join("pipeline-guard.service");
    std::fs::write(&probe, text.replace("/usr/bin/pipeline-guard", &bin("pipeline-guard").display().to_string()))
        .unwrap();
    let out = Command::new("systemd-analyze").arg("verify").arg(&probe).output().unwrap();
    let report = String::from_utf8_lossy(&out.stderr);
    let problems: Vec<&str> = report.lines().filter(|l| l.contains("pipeline-guard.service")).collect();
    assert!(problems.is_empty(), "systemd-analyze verify:\n{report}");
}

#[test]
fn the_menu_entry_comment_is_the_fluent_message_in_every_language() {
    use guard_i18n::{BidiIsolation, Lang, Localizer};
    let loc = Localizer::embedded().with_bidi(BidiIsolation::Never);
    let template = std::fs::read_to_string(repo().join("src-tauri/packaging/pipeline-guard.desktop")).unwrap();
    for lang in Lang::ALL {
        let key = if lang == Lang::En {
            "Comment".to_string()
        } else {
            format!("Comment[{}]", lang.code().replace('-', "_"))
        };
        let want = format!("{key}={}", loc.translate("ship-desktop-comment", lang));
        assert!(template.lines().any(|l| l == want), "`{want}` missing from the desktop entry:\n{template}");
    }
}
