//! Helpers for end-to-end tests: find the built binaries, pick free loopback ports, run
//! `pipeline-guard` as a real child, and speak minimal HTTP/1.1 over loopback.

pub mod promlab;
pub mod sshd;

use std::io::{BufRead, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// `target/<profile>/` of the running test binary.
pub fn bin_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("test binary path");
    let deps = exe.parent().expect("deps dir");
    deps.parent().expect("profile dir").to_path_buf()
}

/// Path of a workspace binary; panics with a hint if it was not built.
pub fn bin(name: &str) -> PathBuf {
    let p = bin_dir().join(name);
    assert!(p.is_file(), "{} not built: run `cargo build --workspace` first", p.display());
    p
}

/// A loopback port that was free a moment ago.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// A `pipeline-guard` child that is killed on drop.
pub struct Guard {
    pub child: Child,
    pub port: u16,
    pub dir: tempfile::TempDir,
}

impl Guard {
    /// Start `pipeline-guard serve` on `config_text` (written to a temp dir, whose path replaces
    /// `{dir}` in the text) and wait for `/health`.
    pub fn serve(config_text: &str) -> Guard {
        Self::serve_in(tempfile::tempdir().unwrap(), config_text)
    }

    /// [`Guard::serve`] in a given directory (e.g. with a `guard.db` already in it).
    pub fn serve_in(dir: tempfile::TempDir, config_text: &str) -> Guard {
        let port = free_port();
        let text = config_text
            .replace("{dir}", &dir.path().display().to_string())
            .replace("{labsvc}", &bin("labsvc").display().to_string());
        let cfg = dir.path().join("guard.yaml");
        std::fs::write(&cfg, text).unwrap();
        let child = Self::spawn(&cfg, &dir.path().join("guard.db"), port, Stdio::piped());
        let g = Guard { child, port, dir };
        wait_until(Duration::from_secs(20), || get(g.port, "/health").is_ok_and(|(s, _)| s == 200));
        g
    }

    fn spawn(cfg: &Path, db: &Path, port: u16, stderr: Stdio) -> Child {
        Command::new(bin("pipeline-guard"))
            .args(["serve", "--config"])
            .arg(cfg)
            .arg("--db")
            .arg(db)
            .args(["--listen", &format!("127.0.0.1:{port}")])
            .env("PIPELINE_LOG", "warn")
            .stdout(Stdio::null())
            .stderr(stderr)
            .spawn()
            .unwrap()
    }

    /// Stop the guard (SIGTERM, or SIGKILL when `hard`: no shutdown work at all) and start it
    /// again on the same config and database, on a new port; waits for `/health`.
    pub fn restart(&mut self, hard: bool) {
        if hard {
            self.child.kill().unwrap();
        } else {
            self.signal(libc::SIGTERM);
        }
        let _ = self.child.wait();
        let port = free_port();
        self.child = Self::spawn(&self.dir.path().join("guard.yaml"), &self.db(), port, Stdio::null());
        self.port = port;
        wait_until(Duration::from_secs(20), || get(port, "/health").is_ok_and(|(s, _)| s == 200));
    }

    pub fn db(&self) -> PathBuf {
        self.dir.path().join("guard.db")
    }

    pub fn get_json(&self, path: &str) -> serde_json::Value {
        let (status, body) = get(self.port, path).unwrap();
        assert_eq!(status, 200, "{path}: {body}");
        serde_json::from_str(&body).unwrap_or_else(|e| panic!("{path}: {e}: {body}"))
    }

    pub fn signal(&self, sig: i32) {
        // SAFETY: plain kill(2) on our own child.
        unsafe { libc::kill(self.child.id() as i32, sig) };
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Poll `f` every 50 ms until it holds; panic after `timeout`.
pub fn wait_until(timeout: Duration, mut f: impl FnMut() -> bool) {
    let start = Instant::now();
    while !f() {
        assert!(start.elapsed() < timeout, "condition not met within {timeout:?}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn request(port: u16, method: &str, path: &str) -> std::io::Result<(u16, String)> {
    request_with_body(port, method, path, "")
}

fn request_with_body(port: u16, method: &str, path: &str, body: &str) -> std::io::Result<(u16, String)> {
    let mut s = TcpStream::connect_timeout(&format!("127.0.0.1:{port}").parse().unwrap(), Duration::from_secs(2))?;
    s.set_read_timeout(Some(Duration::from_secs(5)))?;
    let ct = if body.is_empty() { "" } else { "content-type: application/json\r\n" };
    write!(
        s,
        "{method} {path} HTTP/1.1\r\nhost: 127.0.0.1\r\n{ct}content-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    )?;
    let mut buf = Vec::new();
    s.read_to_end(&mut buf)?;
    let text = String::from_utf8_lossy(&buf).into_owned();
    let status = text.split_whitespace().nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
    let body = text.split_once("\r\n\r\n").map(|(_, b)| b.to_string()).unwrap_or_default();
    let body = if text.to_ascii_lowercase().contains("transfer-encoding: chunked") { dechunk(&body) } else { body };
    Ok((status, body))
}

fn dechunk(body: &str) -> String {
    let mut out = String::new();
    let mut rest = body;
    while let Some((size, after)) = rest.split_once("\r\n") {
        let Ok(n) = usize::from_str_radix(size.trim(), 16) else { break };
        if n == 0 || after.len() < n {
            break;
        }
        out.push_str(&after[..n]);
        rest = after[n..].trim_start_matches("\r\n");
    }
    out
}

/// One HTTP/1.1 request with an optional bearer token and JSON body; (status, body). Panics when
/// the server cannot be reached (the tests that use it expect a running guard).
pub fn http(port: u16, method: &str, path: &str, token: Option<&str>, body: Option<&str>) -> (u16, String) {
    let auth = token.map(|t| format!("Bearer {t}"));
    let headers: Vec<(&str, &str)> = auth.as_deref().map(|a| ("authorization", a)).into_iter().collect();
    http_with_headers(port, method, path, &headers, body.unwrap_or(""))
}

/// One HTTP/1.1 request with extra headers and a JSON body; (status, body).
pub fn http_with_headers(port: u16, method: &str, path: &str, headers: &[(&str, &str)], body: &str) -> (u16, String) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let extra: String = headers.iter().map(|(k, v)| format!("{k}: {v}\r\n")).collect();
    write!(s, "{method} {path} HTTP/1.1\r\nhost: 127.0.0.1\r\n{extra}content-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}", body.len()).unwrap();
    let mut buf = Vec::new();
    s.read_to_end(&mut buf).unwrap();
    let text = String::from_utf8_lossy(&buf).into_owned();
    let status = text.split_whitespace().nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
    let body = text.split_once("\r\n\r\n").map(|(_, b)| b.to_string()).unwrap_or_default();
    let body = if text.to_ascii_lowercase().contains("transfer-encoding: chunked") { dechunk(&body) } else { body };
    (status, body)
}

/// `YYYY-MM-DD` of a Unix day number.
pub fn ymd(days: i64) -> String {
    let (y, m, d) = guard_i18n::civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

/// `pipeline-guard ARGS` with `stdin`; (exit code, stdout, stderr).
pub fn cli(args: &[&str], stdin: &str) -> (i32, String, String) {
    let mut child = Command::new(bin("pipeline-guard"))
        .args(args)
        .env("PIPELINE_LOG", "warn")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

pub fn get(port: u16, path: &str) -> std::io::Result<(u16, String)> {
    request(port, "GET", path)
}

pub fn post(port: u16, path: &str) -> std::io::Result<(u16, String)> {
    request(port, "POST", path)
}

/// POST a JSON body.
pub fn post_json(port: u16, path: &str, body: &str) -> std::io::Result<(u16, String)> {
    request_with_body(port, "POST", path, body)
}

/// True while a process exists and is not a zombie.
pub fn alive(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .ok()
        .and_then(|s| s.rsplit_once(')').and_then(|(_, r)| r.trim_start().chars().next()))
        .is_some_and(|state| state != 'Z' && state != 'X')
}

/// Run SQL on a database file with the `sqlite3` shell (installed by the README's set-up).
pub fn sqlite(db: &Path, sql: &str) -> String {
    let out = Command::new("sqlite3")
        .arg(db)
        .arg(sql)
        .output()
        .expect("the sqlite3 shell is installed (apt-get install sqlite3)");
    assert!(out.status.success(), "sqlite3 failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// Clients sending `METHOD PATH` (through a front, usually) back to back until stopped, with
/// `pause` between requests; any answer but 200, or no answer, is a failure.
pub struct Hammer {
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
    ok: std::sync::Arc<std::sync::atomic::AtomicU64>,
    failed: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
    threads: Vec<std::thread::JoinHandle<()>>,
}

impl Hammer {
    pub fn start(port: u16, clients: usize, method: &'static str, path: &'static str, pause: Duration) -> Hammer {
        use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
        use std::sync::{Arc, Mutex};
        let stop = Arc::new(AtomicBool::new(false));
        let ok = Arc::new(AtomicU64::new(0));
        let failed = Arc::new(Mutex::new(Vec::new()));
        let threads = (0..clients)
            .map(|_| {
                let (stop, ok, failed) = (stop.clone(), ok.clone(), failed.clone());
                std::thread::spawn(move || {
                    while !stop.load(Ordering::SeqCst) {
                        let r = if method == "POST" { post(port, path) } else { get(port, path) };
                        match r {
                            Ok((200, _)) => {
                                ok.fetch_add(1, Ordering::Relaxed);
                            }
                            Ok((s, body)) => failed.lock().unwrap().push(format!("{s}: {body}")),
                            Err(e) => failed.lock().unwrap().push(e.to_string()),
                        }
                        std::thread::sleep(pause);
                    }
                })
            })
            .collect();
        Hammer { stop, ok, failed, threads }
    }

    /// Stop; (succeeded, failures).
    pub fn finish(self) -> (u64, Vec<String>) {
        use std::sync::atomic::Ordering;
        self.stop.store(true, Ordering::SeqCst);
        for t in self.threads {
            t.join().unwrap();
        }
        (self.ok.load(Ordering::SeqCst), self.failed.lock().unwrap().clone())
    }
}

/// Poll the front of `component` every 25 ms until `cond` holds over its view; panic with the
/// view after `within`.
pub async fn wait_front(
    guard: &guard_engine::PipelineGuard,
    component: &str,
    within: Duration,
    what: &str,
    cond: impl Fn(&guard_engine::front::FrontView) -> bool,
) {
    let end = Instant::now() + within;
    loop {
        let v = guard.front(component).expect("the component has a front");
        if cond(&v) {
            return;
        }
        assert!(Instant::now() < end, "{what}: not within {within:?}; front: {v:#?}");
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

/// A minimal HTTP/1.1 receiver on loopback (a webhook's far end): records each request's path
/// and JSON body, answers 200.
pub fn json_receiver() -> (u16, std::sync::Arc<std::sync::Mutex<Vec<(String, serde_json::Value)>>>) {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = l.local_addr().unwrap().port();
    let got: std::sync::Arc<std::sync::Mutex<Vec<(String, serde_json::Value)>>> = Default::default();
    let g = got.clone();
    std::thread::spawn(move || {
        for s in l.incoming() {
            let Ok(mut s) = s else { return };
            let mut r = std::io::BufReader::new(s.try_clone().unwrap());
            let mut line = String::new();
            r.read_line(&mut line).unwrap();
            let path = line.split_whitespace().nth(1).unwrap_or("").to_string();
            let mut len = 0;
            loop {
                let mut h = String::new();
                r.read_line(&mut h).unwrap();
                if h.trim().is_empty() {
                    break;
                }
                if let Some(v) = h.to_ascii_lowercase().strip_prefix("content-length:") {
                    len = v.trim().parse().unwrap();
                }
            }
            let mut body = vec![0; len];
            r.read_exact(&mut body).unwrap();
            g.lock().unwrap().push((path, serde_json::from_slice(&body).unwrap_or(serde_json::Value::Null)));
            let _ = s.write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\nconnection: close\r\n\r\n");
        }
    });
    (port, got)
}

/// `promtool check metrics` (Prometheus' own linter) over an exposition: (exit code, output).
pub fn promtool_check(text: &str) -> (Option<i32>, String) {
    let mut child = Command::new("promtool")
        .args(["check", "metrics"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("promtool (Debian package `prometheus`, installed by scripts/setup.sh)");
    child.stdin.take().unwrap().write_all(text.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    (out.status.code(), format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr)))
}
