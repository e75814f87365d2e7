//! Evidence an auditor can rely on (issue 16), with the real binary, a real guard and real
//! SQLite files: the signed checkpoints beside the database catch the two attacks of the issue
//! (every row and the head deleted; rows above the startup backup's head deleted and the head
//! restored from that backup) and a restored old database; every report format the guard exports
//! verifies with nothing but the exported public key, and an edited report whose SHA-256 was
//! recomputed the way the old seal did is called forged.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use guard_e2e::*;

const PW: &str = "admin-pass-0123456789";

/// `pipeline-guard serve` on a database prepared beforehand (`Guard::serve` makes a fresh one).
struct Served {
    child: Child,
    port: u16,
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(dir: &Path) -> Served {
    let port = free_port();
    let cfg = dir.join("guard.yaml");
    std::fs::write(
        &cfg,
        "pipeline:\n  compliance: { standards: [gdpr, soc2] }\ncomponents:\n  - name: api\n    region: eu-west\n    check: { tcp: { addr: \"127.0.0.1:9\" }, interval: 1s }\n",
    )
    .unwrap();
    let child = Command::new(bin("pipeline-guard"))
        .args(["serve", "--config"])
        .arg(&cfg)
        .arg("--db")
        .arg(dir.join("guard.db"))
        .args(["--listen", &format!("127.0.0.1:{port}")])
        .env("PIPELINE_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let s = Served { child, port };
    wait_until(Duration::from_secs(20), || get(port, "/health").is_ok_and(|(st, _)| st == 200));
    s
}

fn today() -> i64 {
    (std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() / 86_400) as i64
}

/// A copy of the database and the files beside it (keys, signing key, checkpoints) in `name/`.
fn copy_of(db: &Path, name: &str) -> PathBuf {
    let dir = db.parent().unwrap().join(name);
    std::fs::create_dir(&dir).unwrap();
    for ext in ["", ".keys", ".signing", ".checkpoints"] {
        std::fs::copy(format!("{}{ext}", db.display()), dir.join(format!("guard.db{ext}"))).unwrap();
    }
    dir.join("guard.db")
}

fn audit_verify(db: &Path) -> (i32, String, String) {
    cli(&["audit", "verify", "--db", &db.display().to_string()], "")
}

#[test]
fn checkpoints_and_signatures_hold_against_truncation_rollback_and_forgery() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("guard.db");
    let dbs = db.display().to_string();
    // Audit rows before the guard starts, so its startup backup holds a head to restore.
    let (code, _, err) = cli(&["user", "add", "ana", "--role", "admin", "--db", &dbs], &format!("{PW}\n"));
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = cli(&["user", "add", "bo", "--role", "viewer", "--db", &dbs], &format!("{PW}\n"));
    assert_eq!(code, 0, "{err}");
    for f in [format!("{dbs}.signing"), format!("{dbs}.checkpoints")] {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&f).unwrap().permissions().mode() & 0o777, 0o600, "{f}");
    }

    // The guard: its automatic backup at start, then one export per report format.
    let g = serve(dir.path());
    let backups = dir.path().join("guard.db.backups");
    // The copy is made as `*.db.partial` and renamed when complete: wait for the finished file.
    let finished = || -> Vec<std::path::PathBuf> {
        std::fs::read_dir(&backups)
            .map(|d| {
                d.filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|x| x == "db"))
                    .collect()
            })
            .unwrap_or_default()
    };
    wait_until(Duration::from_secs(15), || finished().len() == 1);
    let backup = finished().remove(0);
    // The backup's own audit row is written once the copy is made; reports come after it.
    wait_until(Duration::from_secs(15), || {
        sqlite(&db, "SELECT COUNT(*) FROM audit_log WHERE action = 'backup.created'") == "1"
    });
    let (from, to) = (ymd(today() - 1), ymd(today() + 1));
    let mut reports = Vec::new();
    for (format, ext) in [("json", "json"), ("html", "html"), ("csv", "zip"), ("pdf", "pdf")] {
        let (status, body) = http_bytes(g.port, &format!("/api/reports?from={from}&to={to}&format={format}"));
        assert_eq!(status, 200, "{format}: {}", String::from_utf8_lossy(&body[..body.len().min(300)]));
        let f = dir.path().join(format!("report.{ext}"));
        std::fs::write(&f, &body).unwrap();
        reports.push(f);
    }
    drop(g);
    sqlite(&db, "PRAGMA wal_checkpoint(TRUNCATE)");
    let rows: i64 = sqlite(&db, "SELECT COUNT(*) FROM audit_log").parse().unwrap();
    let backup_rows: i64 = sqlite(&backup, "SELECT COUNT(*) FROM audit_log").parse().unwrap();
    assert!(backup_rows >= 2 && rows > backup_rows + 3, "backup {backup_rows}, now {rows}");

    // Untouched: intact, and it matches the newest signed checkpoint.
    let (code, out, err) = audit_verify(&db);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.contains(&format!("Audit log intact: {rows} rows")) && out.contains("matches the newest signed checkpoint"),
        "{out}"
    );

    // Attack 1: every row and the head deleted.
    let a = copy_of(&db, "attack1");
    sqlite(&a, "DELETE FROM audit_log; DELETE FROM secrets WHERE name = 'audit.head';");
    let (code, out, err) = audit_verify(&a);
    assert_eq!(code, 1, "{out}{err}");
    assert!(err.contains(&format!("audit rows 1 to {rows} are missing: the log has 0 rows")), "{err}");

    // Attack 2: the rows above the backup's head deleted, the head restored from the backup.
    let r = copy_of(&db, "attack2");
    sqlite(
        &r,
        &format!(
            "ATTACH '{}' AS b; DELETE FROM audit_log WHERE id > {backup_rows}; \
             UPDATE secrets SET ciphertext = (SELECT ciphertext FROM b.secrets WHERE name = 'audit.head') WHERE name = 'audit.head';",
            backup.display()
        ),
    );
    let (code, out, err) = audit_verify(&r);
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        err.contains(&format!("audit rows {} to {rows} are missing: the log has {backup_rows} rows", backup_rows + 1)),
        "{err}"
    );

    // An old database restored beside the current checkpoint file.
    let o = copy_of(&db, "restored");
    std::fs::copy(&backup, &o).unwrap();
    let (code, out, err) = audit_verify(&o);
    assert_eq!(code, 1, "{out}{err}");
    assert!(err.contains("are missing") && err.contains("older database restored"), "{err}");

    // The checkpoint file removed while the signing key exists.
    let m = copy_of(&db, "no-checkpoints");
    std::fs::remove_file(format!("{}.checkpoints", m.display())).unwrap();
    let (code, _, err) = audit_verify(&m);
    assert_eq!(code, 1);
    assert!(err.contains("is missing or empty, but the signing key"), "{err}");

    // The auditor's side: the public key, and each untouched report verifies with it alone.
    let (code, key, err) = cli(&["key", "export", "--db", &dbs], "");
    assert_eq!(code, 0, "{err}");
    let key = key.trim().to_string();
    assert!(key.starts_with("ed25519:") && key.len() == 8 + 64, "{key}");
    let key_file = dir.path().join("guard.pub");
    std::fs::write(&key_file, format!("{key}\n")).unwrap();
    for f in &reports {
        let fs = f.display().to_string();
        let (code, out, err) = cli(&["verify", &fs, "--key", &key], "");
        assert_eq!(code, 0, "{fs}: {out}{err}");
        assert!(
            out.contains("authentic, signed by") && out.contains(&key) && out.contains("cites the audit checkpoint"),
            "{out}"
        );
        let (code, _, err) = cli(&["verify", &fs, "--key", &key_file.display().to_string()], "");
        assert_eq!(code, 0, "{fs}: {err}");
        // With the database: the cited checkpoint is in its history.
        let (code, out, err) = cli(&["verify", &fs, "--db", &dbs], "");
        assert_eq!(code, 0, "{fs}: {out}{err}");
        assert!(out.contains("is in the checkpoint history"), "{out}");
        // …and not in the history of the rolled-back copy.
        let (code, _, err) = cli(&["verify", &fs, "--key", &key, "--db", &r.display().to_string()], "");
        assert_eq!(code, 1, "{fs}: {err}");
        assert!(err.contains("is gone or no longer has the hash"), "{err}");
    }
    // Without a trusted key there is nothing to verify against.
    let (code, _, err) = cli(&["verify", &reports[1].display().to_string()], "");
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("trusted public key is needed"), "{err}");

    // Forgery: edit the HTML report, recompute its SHA-256 the way the old seal did (the file
    // with the digest zeroed) and write it in.
    let html = std::fs::read_to_string(&reports[1]).unwrap();
    let edited = html.replacen("<title>", "<title>Approved: ", 1);
    assert_ne!(edited, html);
    let prefix = "pipeline-guard-seal v2 sha256=";
    let at = edited.find(prefix).unwrap() + prefix.len();
    let zeroed = format!("{}{}{}", &edited[..at], "0".repeat(64), &edited[at + 64..]);
    let forged = dir.path().join("forged.html");
    std::fs::write(&forged, &zeroed).unwrap();
    let sum = Command::new("sha256sum").arg(&forged).output().unwrap();
    let digest = String::from_utf8_lossy(&sum.stdout).split_whitespace().next().unwrap().to_string();
    std::fs::write(&forged, format!("{}{}{}", &edited[..at], digest, &edited[at + 64..])).unwrap();
    let (code, _, err) = cli(&["verify", &forged.display().to_string(), "--key", &key], "");
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("forged"), "{err}");
    // The same with the signature zeroed too (the new seal's exact digest): still forged.
    let sig_at = at + 64 + " ed25519=".len();
    let both = format!("{}{}{}", &zeroed[..sig_at], "0".repeat(128), &zeroed[sig_at + 128..]);
    std::fs::write(&forged, &both).unwrap();
    let sum = Command::new("sha256sum").arg(&forged).output().unwrap();
    let digest = String::from_utf8_lossy(&sum.stdout).split_whitespace().next().unwrap().to_string();
    let resealed = format!("{}{}{}", &edited[..at], digest, &edited[at + 64..]);
    std::fs::write(&forged, resealed).unwrap();
    let (code, _, err) = cli(&["verify", &forged.display().to_string(), "--key", &key], "");
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("forged: the signature does not verify"), "{err}");
    // Another guard's key does not verify a genuine report.
    let other = tempfile::tempdir().unwrap();
    let odb = other.path().join("guard.db").display().to_string();
    let (code, _, err) = cli(&["user", "add", "cy", "--role", "admin", "--db", &odb], &format!("{PW}\n"));
    assert_eq!(code, 0, "{err}");
    let (_, other_key, _) = cli(&["key", "export", "--db", &odb], "");
    let (code, _, err) = cli(&["verify", &reports[0].display().to_string(), "--key", other_key.trim()], "");
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("forged"), "{err}");
}

/// `GET` returning the raw body bytes (reports are binary: zip, PDF).
fn http_bytes(port: u16, path: &str) -> (u16, Vec<u8>) {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(120))).unwrap();
    write!(s, "GET {path} HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: close\r\n\r\n").unwrap();
    let mut buf = Vec::new();
    s.read_to_end(&mut buf).unwrap();
    let end = buf.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
    let head = String::from_utf8_lossy(&buf[..end]).to_ascii_lowercase();
    let status = head.split_whitespace().nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
    let mut body = buf[end + 4..].to_vec();
    if head.contains("transfer-encoding: chunked") {
        let mut out = Vec::new();
        let mut rest = &body[..];
        loop {
            let nl = rest.windows(2).position(|w| w == b"\r\n").unwrap();
            let n = usize::from_str_radix(std::str::from_utf8(&rest[..nl]).unwrap().trim(), 16).unwrap();
            if n == 0 {
                break;
            }
            out.extend_from_slice(&rest[nl + 2..nl + 2 + n]);
            rest = &rest[nl + 2 + n + 2..];
        }
        body = out;
    }
    (status, body)
}
