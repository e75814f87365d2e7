//! Safe by default on a workstation (issue 15), against the real `pipeline-guard serve` on
//! loopback: a page from another loopback origin in headless Chromium cannot change anything
//! (checked in the SQLite database), slow clients are cut off by the header and request
//! timeouts, the connection cap holds, and with security off the server will not listen off
//! loopback. The per-route refusals are enumerated over the router's own table in
//! `crates/cli/src/routes/site/tests.rs`.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use guard_e2e::{Guard, bin, free_port, http, sqlite, wait_until};

const LAB: &str = "pipeline:
  monitoring: { interval: 500ms }
  server:
    limits: { header_timeout: 2s, request_timeout: 2s, max_connections: 6 }
components:
  - name: web
    region: eu-west
    check: { command: { run: [\"true\"] } }
    recovery: [{ run: [\"touch\", \"{dir}/healed\"] }]
";

/// What the attacks could have changed, read from the database.
fn db_state(g: &Guard) -> String {
    sqlite(
        &g.db(),
        "SELECT (SELECT count(*) FROM incidents), (SELECT count(*) FROM healing_actions), (SELECT count(*) FROM component_preferences), \
         (SELECT group_concat(region || '=' || active) FROM region_state), \
         (SELECT count(*) FROM audit_log WHERE action LIKE 'heal%' OR action LIKE 'region.%' OR action LIKE 'autoscale.%')",
    )
}

/// The guard's stderr, collected by a thread.
fn collect_stderr(g: &mut Guard) -> Arc<Mutex<String>> {
    let log = Arc::new(Mutex::new(String::new()));
    let stderr = g.child.stderr.take().expect("Guard::serve pipes stderr");
    let sink = log.clone();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            sink.lock().unwrap().push_str(&line);
            sink.lock().unwrap().push('\n');
        }
    });
    log
}

/// The attacker's page: `fetch` (a simple text/plain POST and a JSON one that needs a
/// preflight) and form POSTs (text/plain and urlencoded, into frames) against the guard, then
/// it reports what it saw to its own server.
fn attack_page(guard_port: u16) -> String {
    format!(
        r#"<!doctype html><meta charset="utf-8"><title>a page the operator visits</title><body><script>
const G = "http://127.0.0.1:{guard_port}";
const out = [];
const targets = [
  ["pause", "/api/healing/pause", "POST", "{{}}"],
  ["heal", "/api/components/web/heal", "POST", '{{"strategy":"run"}}'],
  ["maintenance", "/api/healing/maintenance", "POST", '{{"duration_s":600}}'],
  ["preferences", "/api/components/web/preferences", "PUT", '{{"recovery":["run"]}}'],
  ["region", "/api/regions/eu-west/deactivate", "POST", "{{}}"],
];
function attempt(label, path, init) {{
  return fetch(G + path, init).then(r => out.push(label + ": " + (r.type === "opaque" ? "opaque" : r.status)), e => out.push(label + ": " + e.name));
}}
function form(name, path, enctype, field, value) {{
  return new Promise(done => {{
    const frame = document.createElement("iframe");
    frame.name = name;
    frame.onload = () => {{
      frame.onload = () => {{ out.push(name + ": form answered"); done(); }};
      const f = document.createElement("form");
      f.method = "POST"; f.action = G + path; f.enctype = enctype; f.target = name;
      const i = document.createElement("input");
      i.type = "hidden"; i.name = field; i.value = value;
      f.appendChild(i); document.body.appendChild(f); f.submit();
    }};
    frame.src = "about:blank";
    document.body.appendChild(frame);
    setTimeout(() => {{ out.push(name + ": no answer"); done(); }}, 8000);
  }});
}}
(async () => {{
  const tries = [];
  for (const [name, path, method, body] of targets) {{
    tries.push(attempt(name + " no-cors text/plain", path, {{ method: method === "PUT" ? "POST" : method, mode: "no-cors", headers: {{ "Content-Type": "text/plain" }}, body }}));
    tries.push(attempt(name + " cors json", path, {{ method, headers: {{ "Content-Type": "application/json" }}, body }}));
  }}
  tries.push(form("pause-text", "/api/healing/pause", "text/plain", '{{"a":"', '"}}'));
  tries.push(form("heal-text", "/api/components/web/heal", "text/plain", '{{"strategy":"run","dry_run":"no","x":"', '"}}'));
  tries.push(form("pause-urlencoded", "/api/healing/pause", "application/x-www-form-urlencoded", "component", "web"));
  tries.push(form("heal-urlencoded", "/api/components/web/heal", "application/x-www-form-urlencoded", "strategy", "run"));
  tries.push(form("maintenance-urlencoded", "/api/healing/maintenance", "application/x-www-form-urlencoded", "duration_s", "600"));
  await Promise.all(tries);
  await fetch("/done", {{ method: "POST", body: out.join("\n") }});
}})();
</script>"#
    )
}

/// A one-page web server on another loopback port: serves the page, records `/done`.
fn attacker_server(page: String) -> (u16, Arc<Mutex<Option<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let report = Arc::new(Mutex::new(None));
    let sink = report.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut s) = stream else { continue };
            let _ = s.set_read_timeout(Some(Duration::from_secs(5)));
            let mut reader = BufReader::new(s.try_clone().unwrap());
            let mut first = String::new();
            if reader.read_line(&mut first).is_err() {
                continue;
            }
            let mut len = 0usize;
            loop {
                let mut l = String::new();
                if reader.read_line(&mut l).is_err() || l.trim().is_empty() {
                    break;
                }
                if let Some(v) = l.to_ascii_lowercase().strip_prefix("content-length:") {
                    len = v.trim().parse().unwrap_or(0);
                }
            }
            let mut body = vec![0; len];
            let _ = reader.read_exact(&mut body);
            let (ct, text) = if first.starts_with("POST /done") {
                *sink.lock().unwrap() = Some(String::from_utf8_lossy(&body).into_owned());
                ("text/plain", String::new())
            } else if first.starts_with("GET / ") {
                ("text/html; charset=utf-8", page.clone())
            } else {
                ("text/plain", String::new())
            };
            let status = if first.starts_with("GET /favicon") { "404 Not Found" } else { "200 OK" };
            let _ = write!(
                s,
                "HTTP/1.1 {status}\r\ncontent-type: {ct}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{text}",
                text.len()
            );
        }
    });
    (port, report)
}

#[test]
fn a_page_from_another_loopback_origin_in_chromium_changes_nothing() {
    let mut g = Guard::serve(LAB);
    let log = collect_stderr(&mut g);
    wait_until(Duration::from_secs(20), || g.get_json("/api/components/web")["status"] == "healthy");
    let before = db_state(&g);
    let (attacker, report) = attacker_server(attack_page(g.port));
    assert_ne!(attacker, g.port);

    let profile = tempfile::tempdir().unwrap();
    let mut chromium = Command::new(guard_report_chromium())
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("http://127.0.0.1:{attacker}/"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromium is installed (scripts/setup.sh)");
    let start = Instant::now();
    let outcome = loop {
        if let Some(r) = report.lock().unwrap().clone() {
            break r;
        }
        assert!(start.elapsed() < Duration::from_secs(60), "the attacker's page never reported back");
        std::thread::sleep(Duration::from_millis(100));
    };
    let _ = chromium.kill();
    let _ = chromium.wait();
    eprintln!("the page saw:\n{outcome}");
    // The page ran every attempt (10 fetches, 5 forms).
    assert_eq!(outcome.lines().count(), 15, "{outcome}");
    assert!(
        !outcome.lines().any(|l| l.ends_with(": 200") || l.ends_with(": 202")),
        "a request was answered with success to the page:\n{outcome}"
    );

    // Nothing changed: not in the database, not in the engine, no step ran.
    std::thread::sleep(Duration::from_millis(1500));
    assert_eq!(db_state(&g), before, "the database changed; page saw:\n{outcome}");
    let ov = g.get_json("/api/overview");
    let healing = &ov["healing"];
    assert_eq!(healing["paused"], false, "{healing}");
    assert_eq!(healing["paused_components"].as_array().map(Vec::len), Some(0), "{healing}");
    assert_eq!(healing["maintenance"].as_array().map(Vec::len), Some(0), "{healing}");
    assert!(!g.dir.path().join("healed").exists(), "the run step ran");
    // The requests did reach the guard, and the guard refused them (each refusal is logged).
    let text = log.lock().unwrap().clone();
    for path in [
        "/api/healing/pause",
        "/api/components/web/heal",
        "/api/healing/maintenance",
        "/api/regions/eu-west/deactivate",
        "/api/components/web/preferences",
    ] {
        assert!(
            text.lines().any(|l| l.contains("refused a cross-") && l.contains(path)),
            "no refusal of {path} in the log:\n{text}\npage saw:\n{outcome}"
        );
    }

    eprintln!("the guard logged:\n{text}");
    // Control: the same changes from a client that is no browser go through, and the checks
    // above see them.
    assert_eq!(http(g.port, "POST", "/api/components/web/heal", None, Some("{\"strategy\":\"run\"}")).0, 202);
    assert_eq!(http(g.port, "PUT", "/api/components/web/preferences", None, Some("{\"recovery\":[\"run\"]}")).0, 200);
    http(g.port, "POST", "/api/regions/eu-west/deactivate", None, None);
    assert_eq!(http(g.port, "POST", "/api/healing/maintenance", None, Some("{\"duration_s\":600}")).0, 200);
    assert_eq!(http(g.port, "POST", "/api/healing/pause", None, None).0, 200);
    wait_until(Duration::from_secs(10), || g.dir.path().join("healed").exists());
    wait_until(Duration::from_secs(10), || db_state(&g) != before);
    let ov = g.get_json("/api/overview");
    assert_eq!(ov["healing"]["paused"], true);
    assert_eq!(ov["healing"]["maintenance"].as_array().map(Vec::len), Some(1));
}

/// Chromium's path: the report crate's lookup (`PIPELINE_CHROMIUM`, then `PATH`).
fn guard_report_chromium() -> std::path::PathBuf {
    if let Some(p) = std::env::var_os("PIPELINE_CHROMIUM") {
        return p.into();
    }
    ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .iter()
        .map(std::path::PathBuf::from)
        .find(|p| p.is_file())
        .expect("chromium is installed (scripts/setup.sh)")
}

/// True once the server closed `s` (read returns 0 or an error other than a timeout).
fn closed_by_server(s: &mut TcpStream) -> bool {
    s.set_read_timeout(Some(Duration::from_millis(100))).unwrap();
    let mut buf = [0u8; 512];
    match s.read(&mut buf) {
        Ok(0) => true,
        Ok(_) => false,
        Err(e) => !matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut),
    }
}

#[test]
fn slow_header_and_idle_clients_are_closed_within_the_header_timeout() {
    let g = Guard::serve(LAB);
    // A client that sends its headers one byte a second (slowloris).
    let mut slow = TcpStream::connect(("127.0.0.1", g.port)).unwrap();
    let start = Instant::now();
    let request = format!("GET /health HTTP/1.1\r\nhost: 127.0.0.1:{}\r\nx-slow: {}\r\n\r\n", g.port, "a".repeat(60));
    let mut sent = 0;
    let closed_at = loop {
        if sent < request.len() {
            if slow.write_all(&request.as_bytes()[sent..sent + 1]).is_err() {
                break start.elapsed();
            }
            sent += 1;
        }
        if closed_by_server(&mut slow) {
            break start.elapsed();
        }
        std::thread::sleep(Duration::from_millis(900));
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "a slow-header client was still connected after {:?}",
            start.elapsed()
        );
    };
    assert!(sent < request.len(), "the headers were all sent before the server closed");
    assert!(
        closed_at >= Duration::from_millis(1500) && closed_at < Duration::from_secs(4),
        "closed after {closed_at:?} (header_timeout: 2s)"
    );

    // A kept-alive connection that goes quiet after one answer is closed after the same time.
    let mut idle = TcpStream::connect(("127.0.0.1", g.port)).unwrap();
    write!(idle, "GET /health HTTP/1.1\r\nhost: 127.0.0.1:{}\r\n\r\n", g.port).unwrap();
    idle.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let mut buf = [0u8; 1024];
    let n = idle.read(&mut buf).unwrap();
    assert!(String::from_utf8_lossy(&buf[..n]).starts_with("HTTP/1.1 200"));
    let start = Instant::now();
    while !closed_by_server(&mut idle) {
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "an idle keep-alive connection was still open after {:?}",
            start.elapsed()
        );
    }
    assert!(start.elapsed() >= Duration::from_millis(1500), "closed too early: {:?}", start.elapsed());
}

#[test]
fn a_slow_body_gets_a_request_timeout_and_the_connection_cap_holds() {
    let g = Guard::serve(LAB);
    // A body that never finishes: 503 `request_timeout` after request_timeout (2s).
    let mut s = TcpStream::connect(("127.0.0.1", g.port)).unwrap();
    let start = Instant::now();
    write!(s, "POST /api/healing/maintenance HTTP/1.1\r\nhost: 127.0.0.1:{}\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{{\"dur", g.port).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(6))).unwrap();
    let mut buf = vec![0u8; 4096];
    let n = s.read(&mut buf).unwrap();
    let answer = String::from_utf8_lossy(&buf[..n]).into_owned();
    assert!(answer.starts_with("HTTP/1.1 503"), "{answer}");
    assert!(
        answer.contains("\"code\":\"request_timeout\"") && answer.contains("pipeline.server.limits.request_timeout"),
        "{answer}"
    );
    let took = start.elapsed();
    assert!(took >= Duration::from_millis(1800) && took < Duration::from_secs(5), "{took:?}");
    drop(s);
    std::thread::sleep(Duration::from_millis(300));

    // max_connections: 6. Six silent clients hold every slot; a seventh is answered only once
    // the header timeout has closed them.
    let silent: Vec<TcpStream> = (0..6).map(|_| TcpStream::connect(("127.0.0.1", g.port)).unwrap()).collect();
    std::thread::sleep(Duration::from_millis(300));
    let start = Instant::now();
    let mut seventh = TcpStream::connect(("127.0.0.1", g.port)).unwrap();
    write!(seventh, "GET /health HTTP/1.1\r\nhost: 127.0.0.1:{}\r\nconnection: close\r\n\r\n", g.port).unwrap();
    seventh.set_read_timeout(Some(Duration::from_secs(8))).unwrap();
    let mut answer = String::new();
    seventh.read_to_string(&mut answer).unwrap();
    let waited = start.elapsed();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(waited >= Duration::from_millis(1200), "answered after {waited:?}: the cap did not hold");
    assert!(waited < Duration::from_secs(5), "answered after {waited:?}");
    drop(silent);
}

#[test]
fn with_security_off_the_server_refuses_to_listen_off_loopback() {
    let dir = tempfile::tempdir().unwrap();
    let (cert, key) = (dir.path().join("tls.crt"), dir.path().join("tls.key"));
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
            "/CN=guard",
            "-keyout",
        ])
        .arg(&key)
        .arg("-out")
        .arg(&cert)
        .output()
        .expect("openssl is installed");
    assert!(out.status.success());
    let port = free_port();
    let tls = format!("tls: {{ cert: {}, key: {} }}", cert.display(), key.display());
    let run = |listen_in_config: &str, flag: Option<&str>| {
        let cfg = dir.path().join("g.yaml");
        std::fs::write(
            &cfg,
            format!("pipeline:\n  server: {{ listen: \"{listen_in_config}\", {tls} }}\ncomponents: []\n"),
        )
        .unwrap();
        let mut cmd = Command::new(bin("pipeline-guard"));
        cmd.args(["--lang", "en", "serve", "--config"]).arg(&cfg).arg("--db").arg(dir.path().join("g.db"));
        if let Some(l) = flag {
            cmd.args(["--listen", l]);
        }
        let out = cmd.env("PIPELINE_LOG", "warn").output().unwrap();
        (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
    };
    // The config says so (even with TLS): a config error, exit 2.
    for listen in [format!("0.0.0.0:{port}"), format!("[::]:{port}")] {
        let (code, err) = run(&listen, None);
        assert_eq!(code, Some(2), "{listen}: {err}");
        assert!(err.contains("with security disabled the server binds loopback only"), "{err}");
    }
    // The command line says so: refused before anything listens.
    let (code, err) = run(&format!("127.0.0.1:{port}"), Some(&format!("0.0.0.0:{port}")));
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("Refusing to listen on 0.0.0.0") && err.contains("pipeline.security.enabled: true"), "{err}");
    assert!(TcpStream::connect(("127.0.0.1", port)).is_err(), "something listens on {port}");
}

#[test]
fn a_silent_tls_client_is_closed_within_the_handshake_timeout() {
    let dir = tempfile::tempdir().unwrap();
    let (cert, key) = (dir.path().join("tls.crt"), dir.path().join("tls.key"));
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
            "/CN=guard",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
            "-keyout",
        ])
        .arg(&key)
        .arg("-out")
        .arg(&cert)
        .output()
        .expect("openssl is installed");
    assert!(out.status.success());
    let port = free_port();
    let cfg = dir.path().join("g.yaml");
    std::fs::write(
        &cfg,
        format!("pipeline:\n  server:\n    tls: {{ cert: {}, key: {} }}\n    limits: {{ tls_handshake_timeout: 1s, header_timeout: 5s }}\ncomponents: []\n", cert.display(), key.display()),
    )
    .unwrap();
    let mut child = Command::new(bin("pipeline-guard"))
        .args(["serve", "--config"])
        .arg(&cfg)
        .arg("--db")
        .arg(dir.path().join("g.db"))
        .args(["--listen", &format!("127.0.0.1:{port}")])
        .env("PIPELINE_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let url = format!("https://127.0.0.1:{port}/health");
    let https_ok = || {
        Command::new("curl")
            .args(["-s", "-o", "/dev/null", "-w", "%{http_code}", "--max-time", "3", "--cacert"])
            .arg(&cert)
            .arg(&url)
            .output()
            .is_ok_and(|o| o.stdout == b"200")
    };
    wait_until(Duration::from_secs(20), https_ok);
    // Connected, and not a byte of ClientHello: closed after the handshake timeout (1s),
    // although the header timeout (5s) has not run out.
    let mut silent = TcpStream::connect(("127.0.0.1", port)).unwrap();
    let start = Instant::now();
    while !closed_by_server(&mut silent) {
        assert!(
            start.elapsed() < Duration::from_secs(4),
            "a silent TLS client was still connected after {:?}",
            start.elapsed()
        );
    }
    let took = start.elapsed();
    assert!(took >= Duration::from_millis(800) && took < Duration::from_millis(3000), "{took:?}");
    assert!(https_ok(), "the server still answers");
    let _ = child.kill();
    let _ = child.wait();
}
