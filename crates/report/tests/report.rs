//! Compliance reports end to end over a real SQLite file: snapshots of the JSON and HTML,
//! tamper detection for every format, and the PDF rendered to PNG (pdftoppm) and read back
//! (pdftotext) in English, Japanese and Arabic.

use std::path::{Path, PathBuf};
use std::process::Command;

use guard_engine::compliance::Standard;
use guard_i18n::{Lang, Localizer};
use guard_report::{Format, Report, ReportRequest, fixture};

const FROM: &str = "2026-03-01";

async fn fixture_db(dir: &Path) -> (sqlx::SqlitePool, PathBuf) {
    let db = dir.join("guard.db");
    let pool = guard_engine::history::open_pool(&db).await.unwrap();
    let from_ms = guard_report::parse_date(FROM).unwrap();
    fixture::populate(
        &pool,
        &fixture::FixtureSpec {
            components: 12,
            from_ms,
            days: 3,
            checks_per_minute: 60,
            backup_dir: Some(dir.join("backups")),
        },
    )
    .await
    .unwrap();
    (pool, db)
}

fn request(lang: Lang) -> ReportRequest {
    let from_ms = guard_report::parse_date(FROM).unwrap();
    let to_ms = guard_report::parse_date("2026-03-04T00:00:00Z").unwrap();
    ReportRequest {
        from_ms,
        to_ms,
        standards: vec![Standard::Gdpr, Standard::Soc2, Standard::Iso27001, Standard::Ccpa],
        lang,
        generated_at_ms: to_ms + 3_600_000,
    }
}

/// A fixed signing key and checkpoint, so the snapshots are stable.
fn signing() -> guard_report::ReportSigner {
    let signer = guard_engine::security::Signer::from_secret([7; 32]);
    let checkpoint = signer.checkpoint(
        0,
        guard_engine::security::checkpoint::GENESIS,
        guard_report::parse_date("2026-03-04T00:00:00Z").unwrap(),
    );
    guard_report::ReportSigner { signer, checkpoint }
}

/// Where rendered artifacts are kept for a person to look at.
fn artifacts() -> PathBuf {
    let d = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/report-artifacts");
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Machine-dependent parts (the volume the database is on, the temporary directory) and the
/// digests that follow from them.
fn normalise(text: &str, report: &Report, dir: &Path) -> String {
    let mut t = text.to_string();
    t = t.replace(&dir.display().to_string(), "TMPDIR");
    if let Some(dev) = report
        .controls
        .iter()
        .flat_map(|c| &c.evidence)
        .flat_map(|e| &e.args)
        .find(|(k, _)| k == "device")
        .map(|(_, v)| v.clone())
    {
        t = t.replace(&dev, "DEVICE");
    }
    t = t.replace(&report.integrity.content_digest, "CONTENT-DIGEST");
    // The digest and signature follow from the machine-dependent parts.
    let re_seal = guard_report::seal::PREFIX;
    if let Some(i) = t.find(re_seal) {
        let end = i + re_seal.len() + 64 + " ed25519=".len() + 128;
        t.replace_range(i..end, "SEAL");
    }
    t
}

/// Compare with `tests/expected/NAME`. A mismatch or a missing file fails and writes the actual
/// output beside it (`NAME.actual`); only `UPDATE_EXPECT=1` rewrites an expected file.
fn check_expected(name: &str, actual: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/expected").join(name);
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let Ok(expected) = std::fs::read_to_string(&path) else {
        let got = path.with_file_name(format!("{name}.actual"));
        std::fs::write(&got, actual).unwrap();
        panic!(
            "{name}: no expected snapshot at {}; the output is in {} (UPDATE_EXPECT=1 to accept)",
            path.display(),
            got.display()
        );
    };
    if expected != actual {
        let got = path.with_file_name(format!("{name}.actual"));
        std::fs::write(&got, actual).unwrap();
        panic!("{name} differs from the expected snapshot; see {} (UPDATE_EXPECT=1 to accept)", got.display());
    }
}

#[tokio::test]
async fn json_and_html_match_their_snapshots_and_verify() {
    let dir = tempfile::tempdir().unwrap();
    let (pool, db) = fixture_db(dir.path()).await;
    let loc = Localizer::embedded();
    let report = guard_report::build(&pool, &db, &request(Lang::En), &loc, &signing()).await.unwrap();

    // Content checks that do not depend on the snapshot.
    assert_eq!(report.availability.len(), 12);
    let svc1 = report.availability.iter().find(|c| c.component == "svc-001").unwrap();
    assert_eq!(svc1.met, Some(false), "svc-001 had a 10-hour outage: {svc1:?}");
    let long = report
        .incidents
        .iter()
        .find(|i| i.component == "svc-001" && i.time_to_recover_ms.is_none_or(|t| t >= 600 * 60_000))
        .expect("svc-001's long outage is an incident");
    if let Some(ttr) = long.time_to_recover_ms {
        assert_eq!(ttr, 600 * 60_000 + 4_000, "onset (the exit) to resolution");
    }
    // Incidents and actions come from the healer's tables: each with time to detect and recover,
    // and both of its actions (the supervisor's respawn and the ladder's restart).
    assert!(report.incidents.iter().all(|i| i.id.starts_with("inc-")
        && i.kind.as_deref() == Some("crash")
        && i.time_to_detect_ms == Some(1_500)
        && i.actions == 2));
    // svc-001's long outage ends after the period, and so does the restart that ended it.
    assert_eq!(
        report.healing_actions.len(),
        2 * report.incidents.len() - 1,
        "{:#?}\n{:#?}",
        report.incidents,
        report.healing_actions
    );
    assert!(
        report.healing_actions.iter().all(|a| a.ts_ms < request(Lang::En).to_ms
            && report.incidents.iter().any(|i| Some(&i.id) == a.incident.as_ref()))
    );
    assert!(report.healing_actions.iter().any(|a| a.action == "supervisor_restart"
        && a.trigger.as_deref() == Some("supervisor")
        && a.result == "failed"));
    assert!(
        report
            .healing_actions
            .iter()
            .any(|a| a.action == "restart" && a.trigger.as_deref() == Some("ladder") && a.duration_ms == Some(4_000))
    );
    let status = |m: &str| report.controls.iter().find(|c| c.measurement == m).unwrap().status;
    let evidence = |m: &str| {
        report
            .controls
            .iter()
            .find(|c| c.measurement == m)
            .unwrap()
            .evidence
            .iter()
            .map(|e| e.text.clone())
            .collect::<Vec<_>>()
            .join(" ")
    };
    use guard_report::model::ControlStatus::*;
    assert_eq!(status("availability_sla"), NeedsAttention, "svc-001 is not critical");
    assert_eq!(status("retention_applied"), Pass);
    // The last backup is a real file whose SHA-256 is checked.
    assert_eq!(status("backups"), Pass, "{}", evidence("backups"));
    assert!(evidence("backups").contains("matches its recorded SHA-256"), "{}", evidence("backups"));
    assert_eq!(status("audit_chain"), NeedsAttention, "no audit log in the fixture");
    assert_eq!(status("healing_audited"), NeedsAttention, "the fixture's healing actions are not in an audit log");
    assert_eq!(status("data_residency"), Pass);
    assert_eq!(report.regions.len(), 6);
    assert!(report.regions.iter().all(|r| r.daily.len() == 3));

    for (format, name) in [(Format::Json, "report_en.json"), (Format::Html, "report_en.html")] {
        let bytes = guard_report::render(&report, format, &loc, &signing().signer).await.unwrap();
        let v = guard_report::verify(&bytes, &signing().signer.public()).unwrap();
        assert_eq!(v.checkpoint, signing().checkpoint);
        std::fs::write(artifacts().join(name), &bytes).unwrap();
        check_expected(name, &normalise(std::str::from_utf8(&bytes).unwrap(), &report, dir.path()));
    }
    // JSON parses and carries the documented top-level fields.
    let json: serde_json::Value =
        serde_json::from_slice(&guard_report::render(&report, Format::Json, &loc, &signing().signer).await.unwrap())
            .unwrap();
    let schema: serde_json::Value = serde_json::from_str(include_str!("../report.schema.json")).unwrap();
    for key in schema["required"].as_array().unwrap() {
        assert!(json.get(key.as_str().unwrap()).is_some(), "JSON lacks required `{key}`");
    }
    pool.close().await;
}

#[tokio::test]
async fn verify_detects_tampering_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let (pool, db) = fixture_db(dir.path()).await;
    let loc = Localizer::embedded();
    let report = guard_report::build(&pool, &db, &request(Lang::De), &loc, &signing()).await.unwrap();
    for format in [Format::Json, Format::Html, Format::Csv] {
        let bytes = guard_report::render(&report, format, &loc, &signing().signer).await.unwrap();
        guard_report::verify(&bytes, &signing().signer.public()).unwrap();
        // Change one availability figure / one byte in the middle.
        let mut t = bytes.clone();
        let mid = t.len() / 2;
        t[mid] = if t[mid] == b'9' { b'8' } else { b'9' };
        let err = guard_report::verify(&t, &signing().signer.public()).unwrap_err();
        assert!(err.to_string().contains("forged"), "{format:?}: {err}");
        // Only the signing key verifies it.
        let other = guard_engine::security::Signer::from_secret([8; 32]).public();
        assert!(
            matches!(guard_report::verify(&bytes, &other), Err(guard_report::SealError::Forged { .. })),
            "{format:?}"
        );
        // Strip the seal: named as missing.
        let s = String::from_utf8_lossy(&bytes).replace(guard_report::seal::PREFIX, "x");
        assert!(guard_report::verify(s.as_bytes(), &signing().signer.public()).is_err());
    }
    // The zip holds one CSV per table.
    let zip = guard_report::render(&report, Format::Csv, &loc, &signing().signer).await.unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(zip)).unwrap();
    let names: Vec<String> = archive.file_names().map(String::from).collect();
    for n in [
        "controls.csv",
        "availability.csv",
        "incidents.csv",
        "healing_actions.csv",
        "data_locations.csv",
        "retention.csv",
    ] {
        assert!(names.iter().any(|x| x == n), "{n} missing from {names:?}");
    }
    let mut s = String::new();
    std::io::Read::read_to_string(&mut archive.by_name("availability.csv").unwrap(), &mut s).unwrap();
    assert!(s.starts_with("component,region,sla_percent,availability,up_ms,down_ms,outages,met\r\n"), "{s}");
    assert_eq!(s.lines().count(), 13);
    pool.close().await;
}

fn have(tool: &str) -> bool {
    Command::new(tool).arg("-v").output().is_ok()
}

#[tokio::test]
async fn pdf_renders_in_english_japanese_and_arabic() {
    if guard_report::pdf::chromium().is_none() || !have("pdftoppm") {
        panic!("the PDF test needs chromium and poppler-utils (scripts/setup.sh installs both)");
    }
    let dir = tempfile::tempdir().unwrap();
    let (pool, db) = fixture_db(dir.path()).await;
    let loc = Localizer::embedded();
    // (language, words that must come back out of the PDF text)
    let cases: &[(Lang, &[&str])] = &[
        (
            Lang::En,
            &["Compliance report", "Contents", "Where data lives", "Needs attention", "Europe Central", "Page 1 of"],
        ),
        (Lang::Ja, &["コンプライアンスレポート", "目次", "データの所在", "要確認", "可用性"]),
        (Lang::Ar, &["الامتثال", "المحتويات", "التوافر"]),
        // Hangul (NanumGothic) and simplified Chinese (Droid Sans Fallback): no Type 3 either.
        (Lang::Ko, &[]),
        (Lang::ZhCn, &[]),
    ];
    for (lang, words) in cases {
        let report = guard_report::build(&pool, &db, &request(*lang), &loc, &signing()).await.unwrap();
        let pdf = guard_report::render(&report, Format::Pdf, &loc, &signing().signer).await.unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        let v = guard_report::verify(&pdf, &signing().signer.public()).unwrap();
        let path = artifacts().join(format!("report_{lang}.pdf"));
        std::fs::write(&path, &pdf).unwrap();

        let text = Command::new("pdftotext").args(["-layout"]).arg(&path).arg("-").output().unwrap();
        assert!(text.status.success(), "pdftotext failed on {}", path.display());
        let text = String::from_utf8_lossy(&text.stdout);
        for w in *words {
            assert!(text.contains(w), "{lang}: `{w}` not found in the PDF text:\n{}", &text[..text.len().min(1500)]);
        }
        // Fonts are embedded (no "no" in pdffonts' emb column), as named subset CID fonts
        // (Type 0 / CIDFontType2): never a Type 3 font, which archives and text extraction
        // handle badly (Chromium draws CFF-outline CJK fonts and synthesized bold that way).
        let fonts = Command::new("pdffonts").arg(&path).output().unwrap();
        assert!(fonts.status.success(), "pdffonts failed on {}", path.display());
        let fonts = String::from_utf8_lossy(&fonts.stdout);
        assert!(fonts.lines().count() > 2, "{lang}: no fonts in the PDF:\n{fonts}");
        for line in fonts.lines().skip(2) {
            let cols: Vec<&str> = line.split_whitespace().collect();
            let n = cols.len();
            assert!(n >= 5 && cols[n - 5] == "yes", "{lang}: font not embedded: {line}");
            assert!(!line.contains("Type 3"), "{lang}: a Type 3 font in the PDF:\n{fonts}");
            assert!(
                line.contains("CID TrueType") && cols[n - 4] == "yes",
                "{lang}: not a subset CID TrueType font: {line}\n{fonts}"
            );
        }
        let script_font = match lang {
            Lang::Ja | Lang::ZhCn => Some("DroidSansFallback"),
            Lang::Ko => Some("NanumGothic"),
            Lang::Ar => Some("Arabic"),
            _ => None,
        };
        if let Some(f) = script_font {
            assert!(fonts.contains(f), "{lang}: no {f} font:\n{fonts}");
        }
        // Several pages, each rendered to PNG.
        let prefix = artifacts().join(format!("report_{lang}"));
        let st = Command::new("pdftoppm").args(["-png", "-r", "60"]).arg(&path).arg(&prefix).status().unwrap();
        assert!(st.success());
        let pages: Vec<_> = std::fs::read_dir(artifacts())
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| {
                let n = e.file_name().to_string_lossy().to_string();
                n.starts_with(&format!("report_{lang}-")) && n.ends_with(".png")
            })
            .collect();
        assert!(pages.len() >= 3, "{lang}: only {} pages", pages.len());
        // Tampering with the PDF is detected.
        let mut t = pdf.clone();
        let mid = t.len() / 3;
        t[mid] ^= 0x20;
        assert!(guard_report::verify(&t, &signing().signer.public()).is_err());
        assert_eq!(v.checkpoint.rows, 0);
    }
    pool.close().await;
}

/// The security evidence comes from the real security state: the audit chain verified with the
/// audit log's own verifier, the accounts for the access review, how secrets are stored, and the
/// backup file on disk. Each control fails when its fact is broken.
#[tokio::test]
async fn security_and_backup_evidence_follow_the_real_facts() {
    use guard_engine::config::SecuritySettings;
    use guard_engine::security::{Keyring, SecurityManager};
    use guard_report::model::ControlStatus::*;
    let dir = tempfile::tempdir().unwrap();
    let (pool, db) = fixture_db(dir.path()).await;
    let settings = SecuritySettings {
        enabled: true,
        token_expiry: std::time::Duration::from_secs(3600),
        rate_limiting: false,
        ..SecuritySettings::default()
    };
    // A clock inside the period, so accounts and logins happen in it.
    let clock = std::sync::Arc::new(guard_engine::clock::ManualClock::new(
        guard_report::parse_date("2026-03-02T10:00:00Z").unwrap(),
    ));
    let sec = SecurityManager::open(pool.clone(), &settings, &Keyring::default_path(&db), clock).await.unwrap();
    sec.create_user("ana", "admin", "correct-horse-battery", "setup").await.unwrap();
    sec.create_user("bo", "viewer", "correct-horse-battery", "ana").await.unwrap();
    sec.authenticate("ana", "correct-horse-battery", "127.0.0.1").await.unwrap();
    sec.issue_api_token("bo", std::time::Duration::from_secs(600), None, "ana").await.unwrap();
    let loc = Localizer::embedded();
    let build = || async { guard_report::build(&pool, &db, &request(Lang::En), &loc, &signing()).await.unwrap() };
    let control = |r: &Report, m: &str| {
        let c = r.controls.iter().find(|c| c.measurement == m).unwrap();
        (c.status, c.evidence.iter().map(|e| e.text.clone()).collect::<Vec<_>>().join(" "))
    };

    let r = build().await;
    let (st, ev) = control(&r, "audit_chain");
    assert_eq!(st, Pass, "{ev}");
    assert!(ev.contains("Audit chain verified"), "{ev}");
    assert!(r.integrity.audit_rows >= 4 && r.integrity.audit_head != "none", "{:?}", r.integrity);
    let (st, ev) = control(&r, "access_review");
    assert_eq!(st, Pass, "{ev}");
    assert!(ev.contains("admin: 1") && ev.contains("viewer: 1"), "{ev}");
    // Secrets are encrypted; the verdict follows the volume (a clear volume leaves the rest
    // of the database readable, and says so).
    let (st, ev) = control(&r, "encryption_at_rest");
    assert!(ev.contains("are encrypted"), "{ev}");
    if guard_report::gather::storage_encryption(&db).0 {
        assert_eq!(st, Pass, "{ev}");
    } else {
        assert_eq!(st, NeedsAttention, "{ev}");
        assert!(ev.contains("is not encrypted") && ev.contains("Only the stored secrets are encrypted"), "{ev}");
    }

    // An edited audit row fails the audit-chain control and names the row.
    sqlx::query("UPDATE audit_log SET action = 'nothing' WHERE id = 2").execute(&pool).await.unwrap();
    let (st, ev) = control(&build().await, "audit_chain");
    assert_eq!(st, Fail, "{ev}");
    assert!(ev.contains("entry 2"), "{ev}");

    // A key file readable by others fails encryption at rest.
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(Keyring::default_path(&db), std::fs::Permissions::from_mode(0o644)).unwrap();
    let (st, ev) = control(&build().await, "encryption_at_rest");
    assert_eq!(st, Fail, "{ev}");
    std::fs::set_permissions(Keyring::default_path(&db), std::fs::Permissions::from_mode(0o600)).unwrap();
    // A secret stored in plain text fails it too.
    sqlx::query("INSERT INTO secrets (name, ciphertext, updated_ms) VALUES ('user.plain', CAST('hunter2' AS BLOB), 0)")
        .execute(&pool)
        .await
        .unwrap();
    let (st, ev) = control(&build().await, "encryption_at_rest");
    assert_eq!(st, Fail, "{ev}");
    assert!(ev.contains("not encrypted: 1"), "{ev}");

    // The backup's file is checked: corrupted fails, deleted needs attention.
    let path: String =
        sqlx::query_scalar("SELECT path FROM backups ORDER BY ts_ms DESC LIMIT 1").fetch_one(&pool).await.unwrap();
    let mut bytes = std::fs::read(&path).unwrap();
    let mid = bytes.len() / 2;
    bytes[mid] ^= 1;
    std::fs::write(&path, &bytes).unwrap();
    let (st, ev) = control(&build().await, "backups");
    assert_eq!(st, Fail, "{ev}");
    std::fs::remove_file(&path).unwrap();
    let (st, ev) = control(&build().await, "backups");
    assert_eq!(st, NeedsAttention, "{ev}");
    pool.close().await;
}

/// A cell a spreadsheet would run as a formula is neutralised (OWASP CSV injection): a leading
/// `'` for `=`, `+`, `-`, `@`, tab and carriage return; plain numbers (a negative longitude)
/// stay numbers.
#[tokio::test]
async fn csv_cells_that_start_a_formula_are_neutralised() {
    let dir = tempfile::tempdir().unwrap();
    let (pool, db) = fixture_db(dir.path()).await;
    let from_ms = guard_report::parse_date(FROM).unwrap();
    let evil = ["=HYPERLINK(\"http://x\",\"y\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", "\tTAB=1", "\rCR=1"];
    for (i, e) in evil.iter().enumerate() {
        sqlx::query("INSERT INTO healing_actions (component, incident_id, strategy, trigger, started_ms, finished_ms, result, detail) VALUES ('svc-002', NULL, 'run', 'manual', ?, ?, 'succeeded', ?)")
            .bind(from_ms + 3_600_000 + i as i64)
            .bind(from_ms + 3_600_100 + i as i64)
            .bind(*e)
            .execute(&pool)
            .await
            .unwrap();
    }
    let loc = Localizer::embedded();
    let report = guard_report::build(&pool, &db, &request(Lang::En), &loc, &signing()).await.unwrap();
    let zip = guard_report::render(&report, Format::Csv, &loc, &signing().signer).await.unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(zip)).unwrap();
    let mut csv = String::new();
    std::io::Read::read_to_string(&mut archive.by_name("healing_actions.csv").unwrap(), &mut csv).unwrap();
    let mut reader_cells: Vec<String> = Vec::new();
    // Every field of every record, unquoted (RFC 4180).
    let mut field = String::new();
    let (mut quoted, mut chars) = (false, csv.chars().peekable());
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => reader_cells.push(std::mem::take(&mut field)),
            (false, '\r') if chars.peek() == Some(&'\n') => {}
            (false, '\n') => reader_cells.push(std::mem::take(&mut field)),
            (false, c) => field.push(c),
        }
    }
    for e in evil {
        assert!(
            reader_cells.iter().any(|c| *c == format!("'{e}")),
            "`{}` is not neutralised in:\n{csv}",
            e.escape_debug()
        );
    }
    assert!(
        !reader_cells.iter().any(|c| c.starts_with(['=', '+', '-', '@', '\t', '\r'])),
        "a cell still starts a formula:\n{csv}"
    );
    // Numbers stay numbers.
    let mut loc_csv = String::new();
    std::io::Read::read_to_string(&mut archive.by_name("data_locations.csv").unwrap(), &mut loc_csv).unwrap();
    assert!(loc_csv.contains(",-77.49,"), "a negative longitude stays a number:\n{loc_csv}");
    pool.close().await;
}

/// With under two days of data, "Daily availability per region" still draws what there is: a
/// dot per region and day with data.
#[tokio::test]
async fn the_daily_chart_draws_a_single_day() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("guard.db");
    let pool = guard_engine::history::open_pool(&db).await.unwrap();
    let from_ms = guard_report::parse_date(FROM).unwrap();
    fixture::populate(
        &pool,
        &fixture::FixtureSpec { components: 6, from_ms, days: 1, checks_per_minute: 6, backup_dir: None },
    )
    .await
    .unwrap();
    let loc = Localizer::embedded();
    let mut req = request(Lang::En);
    req.to_ms = from_ms + 86_400_000;
    let report = guard_report::build(&pool, &db, &req, &loc, &signing()).await.unwrap();
    assert!(report.regions.iter().all(|r| r.daily.len() == 1 && r.daily[0].is_some()), "{:?}", report.regions);
    let html =
        String::from_utf8(guard_report::render(&report, Format::Html, &loc, &signing().signer).await.unwrap()).unwrap();
    std::fs::write(artifacts().join("report_one_day.html"), &html).unwrap();
    let caption = loc.translate("report-chart-daily", Lang::En);
    let start = html.find(&format!("<figcaption>{caption}</figcaption>")).expect("the daily chart is in the report");
    let figure = &html[start..start + html[start..].find("</figure>").unwrap()];
    assert_eq!(figure.matches("<circle").count(), report.regions.len(), "one dot per region:\n{figure}");
    // The day is labelled under the chart.
    assert!(figure.contains(&guard_i18n::format_date(Lang::En, from_ms / 1000, 0)), "{figure}");
    pool.close().await;
}
