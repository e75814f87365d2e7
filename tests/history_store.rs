//! History that never goes missing quietly (issue 21), against the real `pipeline-guard serve`
//! and real file systems: a size-limited tmpfs that fills up and is freed, a database deleted
//! or replaced under the running guard, a read-only mount at start; and the API's edges
//! (invalid `step`, out-of-range times, query-parse errors as `{code, message}`).
//!
//! The tmpfs tests mount a file system of their own (as root, like CI) in a temporary
//! directory and unmount it on drop.

use std::ffi::CString;
use std::io::Write;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use guard_e2e::{bin, free_port, get, sqlite, wait_until};

/// A tmpfs of `size_kb` mounted on a temporary directory; unmounted (lazily) on drop.
struct Tmpfs {
    dir: tempfile::TempDir,
}

impl Tmpfs {
    fn new(size_kb: u64) -> Tmpfs {
        let dir = tempfile::tempdir().unwrap();
        mount(dir.path(), &format!("size={size_kb}k,mode=0755"), 0);
        Tmpfs { dir }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn remount(&self, read_only: bool) {
        let flags = libc::MS_REMOUNT | if read_only { libc::MS_RDONLY } else { 0 };
        mount(self.path(), "", flags);
    }
}

fn mount(at: &Path, data: &str, flags: libc::c_ulong) {
    let target = CString::new(at.as_os_str().as_bytes()).unwrap();
    let (src, fstype, data) =
        (CString::new("tmpfs").unwrap(), CString::new("tmpfs").unwrap(), CString::new(data).unwrap());
    // SAFETY: valid NUL-terminated strings; mount(2) only reads them.
    let rc = unsafe { libc::mount(src.as_ptr(), target.as_ptr(), fstype.as_ptr(), flags, data.as_ptr().cast()) };
    assert_eq!(
        rc,
        0,
        "mount tmpfs on {}: {} (these tests run as root, like CI)",
        at.display(),
        std::io::Error::last_os_error()
    );
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let target = CString::new(self.path().as_os_str().as_bytes()).unwrap();
        // SAFETY: as above.
        unsafe { libc::umount2(target.as_ptr(), libc::MNT_DETACH) };
    }
}

/// `pipeline-guard serve` on `cfg` with its database at `db`, stderr kept in a file.
struct Serve {
    child: Child,
    port: u16,
    log: PathBuf,
}

impl Serve {
    fn start(dir: &Path, db: &Path, components: usize, port: u16) -> Serve {
        let comps: String = (0..components)
            .map(|i| format!("  - name: c{i}\n    check: {{ http: {{ url: \"http://127.0.0.1:{port}/health\" }}, interval: 100ms }}\n"))
            .collect();
        Self::start_with(
            dir,
            db,
            &format!(
                "pipeline:\n  monitoring: {{ interval: 100ms, health_check_timeout: 500ms }}\ncomponents:\n{comps}"
            ),
            port,
        )
    }

    fn start_with(dir: &Path, db: &Path, config: &str, port: u16) -> Serve {
        let cfg = dir.join("guard.yaml");
        std::fs::write(&cfg, config.replace("{labsvc}", &bin("labsvc").display().to_string())).unwrap();
        let log = dir.join("serve.log");
        let child = Command::new(bin("pipeline-guard"))
            .args(["serve", "--config"])
            .arg(&cfg)
            .arg("--db")
            .arg(db)
            .args(["--listen", &format!("127.0.0.1:{port}")])
            .env("PIPELINE_LOG", "warn")
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).unwrap())
            .spawn()
            .unwrap();
        let s = Serve { child, port, log };
        wait_until(Duration::from_secs(20), || get(port, "/ready").is_ok_and(|(st, _)| st == 200));
        s
    }

    fn json(&self, path: &str) -> (u16, serde_json::Value) {
        let (st, body) = get(self.port, path).unwrap();
        (st, serde_json::from_str(&body).unwrap_or_else(|e| panic!("{path}: {e}: {body}")))
    }

    fn ready_problem(&self) -> Option<String> {
        let (st, v) = self.json("/ready");
        (st == 503).then(|| v["problem"].as_str().unwrap_or("").to_string()).filter(|p| !p.is_empty())
    }

    fn guard_incidents(&self, lang: &str) -> Vec<serde_json::Value> {
        let (st, v) = self.json(&format!("/api/incidents?component=pipeline-guard&lang={lang}"));
        assert_eq!(st, 200, "{v}");
        v.as_array().unwrap().clone()
    }

    fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// SIGTERM and wait; returns the exit code.
    fn stop(mut self) -> Option<i32> {
        // SAFETY: kill(2) on our own child.
        unsafe { libc::kill(self.child.id() as i32, libc::SIGTERM) };
        self.child.wait().unwrap().code()
    }
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Fill the file system holding `dir` with one file until it refuses more.
fn fill(dir: &Path) -> PathBuf {
    let path = dir.join("filler");
    let mut f = std::fs::File::create(&path).unwrap();
    let block = vec![0x5au8; 16 * 1024];
    loop {
        if let Err(e) = f.write_all(&block) {
            assert_eq!(e.raw_os_error(), Some(libc::ENOSPC), "{e}");
            break;
        }
    }
    let _ = f.sync_all();
    path
}

/// (last_check_ms, checks_total) of a component.
fn checks(s: &Serve, name: &str) -> (i64, u64) {
    let (st, v) = s.json(&format!("/api/components/{name}"));
    assert_eq!(st, 200, "{v}");
    (v["last_check_ms"].as_i64().unwrap(), v["checks_total"].as_u64().unwrap())
}

#[test]
fn a_full_disk_is_survived_and_every_buffered_sample_is_written_once_space_is_freed() {
    let fs = Tmpfs::new(6 * 1024);
    let db = fs.path().join("guard.db");
    let work = tempfile::tempdir().unwrap();
    let s = Serve::start(work.path(), &db, 10, free_port());
    std::thread::sleep(Duration::from_secs(2));
    assert!(s.guard_incidents("en").is_empty());

    let filler = fill(fs.path());
    let start = Instant::now();
    wait_until(Duration::from_secs(60), || s.ready_problem().as_deref() == Some("write_failed"));
    let failing_after = start.elapsed();
    // The guard's own incident, in the reader's language, while nothing can be stored.
    let open = s.guard_incidents("de");
    assert_eq!(open.len(), 1, "{open:?}");
    assert_eq!(open[0]["status"], "open");
    assert_eq!(open[0]["kind"], "history");
    let reason = open[0]["reason"].as_str().unwrap();
    assert!(reason.starts_with("Der Verlauf wird nicht geschrieben:") && reason.contains("disk is full"), "{reason}");
    let en = s.guard_incidents("en");
    assert!(en[0]["reason"].as_str().unwrap().starts_with("History is not being written:"), "{en:?}");

    // Samples taken while the buffer holds them.
    let (l1, k1) = checks(&s, "c0");
    std::thread::sleep(Duration::from_secs(4));
    let (l2, k2) = checks(&s, "c0");
    assert!(k2 - k1 >= 10, "checks went on: {k1} → {k2}");
    assert_eq!(s.ready_problem().as_deref(), Some("write_failed"), "still failing before space is freed");

    std::fs::remove_file(&filler).unwrap();
    let freed = Instant::now();
    wait_until(Duration::from_secs(15), || get(s.port, "/ready").is_ok_and(|(st, _)| st == 200));
    let resumed_after = freed.elapsed();
    // The incident is stored, opened when writes first failed and closed now.
    wait_until(Duration::from_secs(10), || s.guard_incidents("en").first().is_some_and(|i| i["status"] == "resolved"));
    let closed = &s.guard_incidents("en")[0];
    assert!(closed["id"].as_i64().unwrap() > 0, "{closed}");
    let last = closed["timeline"].as_array().unwrap().last().unwrap()["detail"].as_str().unwrap().to_string();
    assert!(last.contains("every sample kept in memory meanwhile was saved"), "{last}");
    let (_, metrics) = get(s.port, "/metrics").unwrap();
    assert!(metrics.contains("pipeline_guard_history_dropped_points_total 0"), "{metrics}");
    let log = s.log();
    assert!(log.contains("history is not being written") && log.contains("history writes resumed"), "{log}");
    // The cause of the old "locked forever": SQLite rolled back on its own, sqlx still counted a
    // transaction on that pooled connection; such a connection is now closed, never reused.
    assert!(!log.contains("database is locked"), "{log}");
    assert_eq!(s.stop(), Some(0), "the shutdown flush succeeds");

    assert_eq!(sqlite(&db, "PRAGMA integrity_check;"), "ok");
    let found = count_points(&db, "c0", l1 + 1, l2 + 1);
    assert_eq!(
        found,
        (k2 - k1) as i64,
        "every `up` sample of c0 taken while writes failed ({k1}..{k2} checks) is in the database"
    );
    eprintln!(
        "writes failed {failing_after:?} after the disk filled; resumed {resumed_after:?} after space was freed; {} samples of c0 kept",
        k2 - k1
    );
}

/// Healing does not wait for the database: with the disk full, a hung child is still
/// restarted by its ladder (the incident kept in memory only).
#[test]
fn healing_goes_on_while_the_disk_is_full() {
    let fs = Tmpfs::new(6 * 1024);
    let db = fs.path().join("guard.db");
    let work = tempfile::tempdir().unwrap();
    let (port, lab) = (free_port(), free_port());
    let cfg = format!(
        "pipeline:\n  monitoring: {{ interval: 500ms, health_check_timeout: 500ms }}\n  healing: {{ cooldown: 0s, verify_within: 5s }}\ncomponents:\n  - name: web\n    process: {{ command: [\"{{labsvc}}\", \"--port\", \"{lab}\"] }}\n    check: {{ http: {{ url: \"http://127.0.0.1:{lab}/health\" }} }}\n    recovery: [restart]\n"
    );
    let s = Serve::start_with(work.path(), &db, &cfg, port);
    wait_until(Duration::from_secs(20), || s.json("/api/components/web").1["status"] == "healthy");
    let pid = s.json("/api/components/web").1["pid"].as_u64().unwrap();
    let filler = fill(fs.path());
    wait_until(Duration::from_secs(60), || s.ready_problem().as_deref() == Some("write_failed"));
    guard_e2e::post(lab, "/fault/hang").unwrap();
    wait_until(Duration::from_secs(30), || {
        let (_, v) = s.json("/api/components/web");
        v["pid"].as_u64().is_some_and(|p| p != pid) && v["status"] == "healthy"
    });
    assert!(s.log().contains("healing goes on with it in memory only"), "{}", s.log());
    assert_eq!(s.ready_problem().as_deref(), Some("write_failed"), "the restart happened while writes failed");
    std::fs::remove_file(&filler).unwrap();
    wait_until(Duration::from_secs(15), || get(s.port, "/ready").is_ok_and(|(st, _)| st == 200));
    assert_eq!(s.stop(), Some(0));
}

/// Points of `component`'s `up` series with `from_ms <= ts < to_ms`, read with the engine's
/// own reader from the stopped guard's database.
fn count_points(db: &Path, component: &str, from_ms: i64, to_ms: i64) -> i64 {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(async {
        let h = guard_engine::history::MetricsCollector::open(db, Default::default()).await.unwrap();
        let id = h.find_series("up", &[("component", component)]).expect("series");
        let buckets = h.samples(id, from_ms, to_ms, 1).await.unwrap();
        let n = buckets.iter().map(|b| b.count).sum();
        h.close().await.unwrap();
        n
    })
}

#[test]
fn a_deleted_database_is_reported_within_seconds_and_never_silently_recreated() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("guard.db");
    let s = Serve::start(dir.path(), &db, 3, free_port());
    for suffix in ["", "-wal", "-shm"] {
        let mut p = db.as_os_str().to_owned();
        p.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(p));
    }
    let t = Instant::now();
    wait_until(Duration::from_secs(5), || s.ready_problem().as_deref() == Some("deleted"));
    eprintln!("deletion reported after {:?}", t.elapsed());
    let open = s.guard_incidents("fr");
    assert_eq!(open.len(), 1, "{open:?}");
    assert!(open[0]["reason"].as_str().unwrap().contains("a été supprimée"), "{open:?}");
    wait_until(Duration::from_secs(5), || s.log().contains("ERROR") && s.log().contains("was deleted"));
    std::thread::sleep(Duration::from_secs(2));
    assert!(!db.exists(), "no fresh database was created while running");
    let code = s.stop();
    assert_ne!(code, Some(0), "the lost history is an error at shutdown too");
    assert!(!db.exists(), "no fresh database was created at shutdown");
}

#[test]
fn a_replaced_database_is_reported_and_not_written() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("guard.db");
    let s = Serve::start(dir.path(), &db, 3, free_port());
    std::thread::sleep(Duration::from_millis(500));
    // Another file moved over the database (what a restore from backup does).
    let other = dir.path().join("other.db");
    sqlite(&other, "CREATE TABLE t (x); INSERT INTO t VALUES (1);");
    let before = std::fs::read(&other).unwrap();
    std::fs::rename(&other, &db).unwrap();
    let t = Instant::now();
    wait_until(Duration::from_secs(5), || s.ready_problem().as_deref() == Some("replaced"));
    eprintln!("replacement reported after {:?}", t.elapsed());
    assert_eq!(s.guard_incidents("en").len(), 1);
    std::thread::sleep(Duration::from_secs(2));
    let _ = s.stop();
    assert_eq!(std::fs::read(&db).unwrap(), before, "the file now at the path was not written");
}

/// Set or clear the immutable attribute (what `chattr +i` does) with the ioctl itself.
fn set_immutable(path: &Path, on: bool) {
    const FS_IOC_GETFLAGS: libc::c_ulong = 0x8008_6601;
    const FS_IOC_SETFLAGS: libc::c_ulong = 0x4008_6602;
    const FS_IMMUTABLE_FL: libc::c_int = 0x10;
    let f = std::fs::File::open(path).unwrap();
    use std::os::fd::AsRawFd;
    let mut flags: libc::c_int = 0;
    // SAFETY: FS_IOC_{GET,SET}FLAGS read/write one int through the pointer.
    unsafe {
        assert_eq!(libc::ioctl(f.as_raw_fd(), FS_IOC_GETFLAGS, &mut flags), 0, "{}", std::io::Error::last_os_error());
        flags = if on { flags | FS_IMMUTABLE_FL } else { flags & !FS_IMMUTABLE_FL };
        assert_eq!(libc::ioctl(f.as_raw_fd(), FS_IOC_SETFLAGS, &flags), 0, "{}", std::io::Error::last_os_error());
    }
}

#[test]
fn a_database_made_read_only_while_running_is_reported_and_writes_resume_after() {
    // tmpfs takes the immutable attribute (Linux 6.0+); root ignores permission bits, not it.
    let fs = Tmpfs::new(8 * 1024);
    let db = fs.path().join("guard.db");
    let work = tempfile::tempdir().unwrap();
    let s = Serve::start(work.path(), &db, 3, free_port());
    set_immutable(&db, true);
    let t = Instant::now();
    wait_until(Duration::from_secs(5), || s.ready_problem().as_deref() == Some("read_only"));
    eprintln!("read-only reported after {:?}", t.elapsed());
    let open = s.guard_incidents("ja");
    assert_eq!(open.len(), 1, "{open:?}");
    assert!(open[0]["reason"].as_str().unwrap().contains("読み取り専用"), "{open:?}");
    wait_until(Duration::from_secs(5), || s.log().contains("ERROR") && s.log().contains("is read-only"));
    let (_, k1) = checks(&s, "c0");
    std::thread::sleep(Duration::from_secs(2));
    let (l2, k2) = checks(&s, "c0");
    assert!(k2 - k1 >= 5, "checks went on: {k1} → {k2}");
    set_immutable(&db, false);
    wait_until(Duration::from_secs(10), || get(s.port, "/ready").is_ok_and(|(st, _)| st == 200));
    wait_until(Duration::from_secs(10), || s.guard_incidents("en").first().is_some_and(|i| i["status"] == "resolved"));
    assert_eq!(s.stop(), Some(0));
    assert_eq!(sqlite(&db, "PRAGMA integrity_check;"), "ok");
    // Nothing taken while the file was read-only is missing: every check of c0 up to the
    // last one seen then has its `up` sample.
    // (From an hour back: older ranges are read from the 1-minute rollups.)
    assert_eq!(count_points(&db, "c0", l2 - 3_600_000, l2 + 1), k2 as i64, "all {k2} checks of c0 are stored");
}

#[test]
fn a_read_only_database_is_refused_at_start_with_exit_2() {
    let fs = Tmpfs::new(4 * 1024);
    let db = fs.path().join("guard.db");
    let work = tempfile::tempdir().unwrap();
    let s = Serve::start(work.path(), &db, 1, free_port());
    assert_eq!(s.stop(), Some(0));
    fs.remount(true);
    for target in [db.clone(), fs.path().join("new.db")] {
        let out = Command::new(bin("pipeline-guard"))
            .args(["serve", "--config"])
            .arg(work.path().join("guard.yaml"))
            .arg("--db")
            .arg(&target)
            .args(["--listen", &format!("127.0.0.1:{}", free_port())])
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{}: {err}", target.display());
        assert!(err.contains("cannot be written") && err.contains(&target.display().to_string()), "{err}");
    }
    fs.remount(false);
    assert_eq!(sqlite(&db, "PRAGMA integrity_check;"), "ok");
}

#[test]
fn bad_query_parameters_are_json_400s() {
    let dir = tempfile::tempdir().unwrap();
    let s = Serve::start(dir.path(), &dir.path().join("guard.db"), 1, free_port());
    let max = i64::MAX;
    for path in [
        "/api/components/c0/samples?step=0".to_string(),
        "/api/components/c0/samples?step=-10".to_string(),
        format!("/api/components/c0/samples?to={max}"),
        format!("/api/components/c0/samples?from=-{max}"),
        "/api/components/c0/samples?step=abc".to_string(),
        "/api/components/c0/samples?to=99999999999999999999999".to_string(),
        format!("/api/incidents?to={max}"),
        "/api/incidents?from=-5".to_string(),
        "/api/incidents?to=soon".to_string(),
        format!("/api/findings?to={max}"),
    ] {
        let (st, body) = get(s.port, &path).unwrap();
        assert_eq!(st, 400, "{path}: {body}");
        let v: serde_json::Value =
            serde_json::from_str(&body).unwrap_or_else(|e| panic!("{path}: not JSON ({e}): {body}"));
        assert_eq!(v["code"], "bad_request", "{path}: {body}");
        let msg = v["message"].as_str().unwrap();
        assert!(!msg.is_empty() && !msg.contains("-1000"), "{path}: {msg}");
    }
    // Valid edges still answer.
    let (st, body) = get(s.port, "/api/components/c0/samples?from=0&to=253402300799&step=86400000").unwrap();
    assert_eq!(st, 200, "{body}");
}

/// API load on the guard must not turn into latency findings about the components: latencies
/// measured while the guard itself was starved are damped (`starvation.rs`).
#[test]
fn api_load_on_the_guard_produces_no_latency_findings() {
    let work = tempfile::tempdir().unwrap();
    let (port, lab) = (free_port(), free_port());
    let comps: String = (0..20)
        .map(|i| {
            format!(
                "  - name: c{i}\n    check: {{ http: {{ url: \"http://127.0.0.1:{lab}/health\" }}, interval: 200ms }}\n"
            )
        })
        .collect();
    let cfg = format!(
        "pipeline:\n  monitoring: {{ interval: 200ms, health_check_timeout: 500ms }}\ncomponents:\n  - name: lab\n    process: {{ command: [\"{{labsvc}}\", \"--port\", \"{lab}\"] }}\n    check: {{ http: {{ url: \"http://127.0.0.1:{lab}/health\" }}, interval: 200ms }}\n{comps}"
    );
    let s = Serve::start_with(work.path(), &work.path().join("guard.db"), &cfg, port);
    std::thread::sleep(Duration::from_secs(3));
    let hammers: Vec<guard_e2e::Hammer> = ["/api/components", "/metrics", "/api/overview"]
        .into_iter()
        .map(|p| guard_e2e::Hammer::start(port, 12, "GET", p, Duration::ZERO))
        .collect();
    std::thread::sleep(Duration::from_secs(20));
    let served: u64 = hammers.into_iter().map(|h| h.finish().0).sum();
    let (_, findings) = s.json("/api/findings?limit=10000");
    let latency: Vec<&serde_json::Value> =
        findings.as_array().unwrap().iter().filter(|f| f["metric"] == "response_time_seconds").collect();
    let (_, metrics) = get(port, "/metrics").unwrap();
    let damped =
        metrics.lines().find(|l| l.starts_with("pipeline_guard_latency_points_damped_total")).unwrap_or("").to_string();
    eprintln!("{served} API requests served in 20 s; {damped}; latency findings: {}", latency.len());
    assert!(latency.is_empty(), "{latency:#?}");
}
