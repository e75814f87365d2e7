//! `pipeline-guard report` and `pipeline-guard verify`.

use std::path::{Path, PathBuf};

use clap::Args;
use guard_engine::compliance::Standard;
use guard_i18n::Lang;
use guard_report::{Format, ReportRequest};

use guard_engine::security::PublicKey;
use guard_engine::security::checkpoint::{self, InHistory, KeyFiles, read_public_key};
use guard_report::SealError;

use crate::CliError;
use crate::i18n::tr;

#[derive(Args, Debug)]
pub struct ReportArgs {
    /// The SQLite history database.
    #[arg(long)]
    db: PathBuf,
    /// First day or instant of the period (YYYY-MM-DD or RFC 3339).
    #[arg(long)]
    from: String,
    /// End of the period, exclusive (YYYY-MM-DD or RFC 3339).
    #[arg(long)]
    to: String,
    /// Standards, comma-separated: gdpr, ccpa, soc2, iso27001, lgpd, pdpa, hipaa.
    #[arg(long, default_value = "gdpr,soc2")]
    standard: String,
    /// pdf, html, csv (a zip with one CSV per table) or json.
    #[arg(long, default_value = "pdf")]
    format: String,
    /// Output file.
    #[arg(long)]
    out: PathBuf,
    /// The config the server runs with (for `security.encryption_key`, when the audit key is
    /// not protected by the `<db>.keys` file).
    #[arg(long)]
    config: Option<PathBuf>,
}

/// The report language: `--lang`, else the OS locale.
fn report_lang(lang: Option<String>) -> Result<Lang, CliError> {
    match lang {
        // `--lang en-XA` (development builds): the pseudo-locale, said through English.
        Some(_) if guard_i18n::pseudo_english() => Ok(Lang::En),
        Some(l) => Lang::parse_lenient(&l).ok_or_else(|| CliError::Input(crate::i18n::unknown_language(&l))),
        None => Ok(Lang::from_env()),
    }
}

pub async fn run(a: ReportArgs, lang: Option<String>) -> Result<(), CliError> {
    let date = |option: &str, value: &str| {
        guard_report::parse_date(value).map_err(|_| {
            CliError::Input(format!("{option}: {}", tr("cli-error-invalid-date", &[("value", value.into())])))
        })
    };
    let from_ms = date("--from", &a.from)?;
    let to_ms = date("--to", &a.to)?;
    let standards = Standard::parse_list(&a.standard).map_err(|_| {
        // The first name that is not a standard (or the empty list).
        let bad = a
            .standard
            .split(',')
            .map(str::trim)
            .find(|p| !p.is_empty() && Standard::parse(p).is_none())
            .unwrap_or_default();
        let expected = Standard::ALL.map(|s| s.as_str()).join(", ");
        CliError::Input(format!(
            "--standard: {}",
            tr("cli-error-unknown-standard", &[("value", bad.into()), ("expected", expected.into())])
        ))
    })?;
    let format = Format::parse(&a.format).map_err(|_| {
        CliError::Input(format!(
            "--format: {}",
            tr(
                "cli-error-unknown-format",
                &[("value", a.format.as_str().into()), ("expected", "pdf, html, csv, json".into())]
            )
        ))
    })?;
    let lang = report_lang(lang)?;
    let req = ReportRequest { from_ms, to_ms, standards, lang, generated_at_ms: guard_engine::clock::unix_ms() };
    if !a.db.exists() {
        return Err(CliError::Input(tr("cli-error-no-database", &[("db", a.db.display().to_string().into())])));
    }
    // The guard's keys: the report is signed with its Ed25519 key and cites a checkpoint of the
    // audit chain as it is now; the chain is verified by the audit log itself.
    let sec = crate::security_cmd::open(&crate::DbArgs { db: a.db.clone(), config: a.config.clone() }).await?;
    let signer = sec.signer().cloned().ok_or_else(|| CliError::Runtime(tr("cli-error-no-signing-key", &[])))?;
    let checkpoint = sec
        .audit()
        .checkpoint_now()
        .await
        .map_err(|e| CliError::Runtime(e.to_string()))?
        .ok_or_else(|| CliError::Runtime(tr("cli-error-no-checkpoints", &[])))?;
    let signing = guard_report::ReportSigner { signer, checkpoint };
    let audit = guard_report::audit::from_result(sec.audit().verify().await);
    let bytes = guard_report::generate(&a.db, &req, format, &signing, Some(audit)).await.map_err(|e| match e {
        guard_report::ReportError::Input(m) => CliError::Input(crate::i18n::say(&m)),
        other => CliError::Runtime(other.to_string()),
    })?;
    let v = guard_report::verify(&bytes, &signing.signer.public()).map_err(|e| CliError::Runtime(e.to_string()))?;
    write_atomically(&a.out, &bytes)?;
    let detail = serde_json::json!({ "sha256": v.digest, "from_ms": req.from_ms, "to_ms": req.to_ms, "standards": req.standards, "lang": req.lang.to_string() });
    sec.audit()
        .append(&crate::security_cmd::actor(), "report.exported", &a.out.display().to_string(), detail)
        .await
        .map_err(|e| CliError::Runtime(tr("cli-error-export-unaudited", &[("detail", e.to_string().into())])))?;
    println!(
        "{}",
        tr(
            "cli-report-written-signed",
            &[
                ("file", a.out.display().to_string().into()),
                ("bytes", bytes.len().into()),
                ("digest", v.digest.as_str().into()),
                ("key", v.key.to_string().into())
            ]
        )
    );
    Ok(())
}

fn write_atomically(out: &Path, bytes: &[u8]) -> Result<(), CliError> {
    let dir = out.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let tmp = dir.join(format!(
        ".{}.tmp",
        out.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_else(|| "report".into())
    ));
    // A report names accounts and components: only its owner may read it.
    {
        use std::io::Write;
        use std::os::unix::fs::OpenOptionsExt;
        let _ = std::fs::remove_file(&tmp);
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&tmp)
            .map_err(|e| crate::i18n::cannot_write(&tmp, &e))?;
        f.write_all(bytes).map_err(|e| crate::i18n::cannot_write(&tmp, &e))?;
    }
    std::fs::rename(&tmp, out).map_err(|e| crate::i18n::cannot_write(out, &e))
}

/// The key to trust: `--key` (the key itself or a file holding it), else the signing key beside
/// `--db`. Never the key written in the report: a forger writes their own.
fn trusted_key(key: Option<String>, db: Option<&Path>) -> Result<PublicKey, CliError> {
    if let Some(k) = key {
        let text = match std::fs::read_to_string(&k) {
            Ok(t) if !k.starts_with("ed25519:") => t,
            _ => k.clone(),
        };
        return text.trim().parse::<PublicKey>().map_err(|_| {
            CliError::Input(tr(
                "cli-error-bad-public-key",
                &[("option", "--key".into()), ("export", "pipeline-guard key export".into())],
            ))
        });
    }
    let Some(db) = db else {
        return Err(CliError::Input(tr(
            "cli-verify-need-key",
            &[("key", "--key".into()), ("db", "--db".into()), ("export", "pipeline-guard key export".into())],
        )));
    };
    let files = KeyFiles::for_db(db);
    read_public_key(&files.signing).map_err(|e| CliError::Runtime(e.to_string()))?.ok_or_else(|| {
        CliError::Input(tr(
            "cli-key-missing",
            &[("db", db.display().to_string().into()), ("file", files.signing.display().to_string().into())],
        ))
    })
}

/// A seal failure in the operator's language.
fn seal_error(e: &SealError) -> String {
    match e {
        SealError::Missing => tr("seal-missing", &[]),
        SealError::Duplicate => tr("seal-duplicate", &[]),
        SealError::Malformed => tr("seal-malformed", &[]),
        SealError::Unsigned => tr("seal-unsigned", &[]),
        SealError::Mismatch { expected, actual } => {
            tr("seal-digest-mismatch", &[("expected", expected.as_str().into()), ("actual", actual.as_str().into())])
        }
        SealError::Forged { key } => tr("seal-forged", &[("key", key.as_str().into())]),
        SealError::CheckpointForged { key } => tr("seal-checkpoint-forged", &[("key", key.as_str().into())]),
    }
}

/// `pipeline-guard verify FILE [--key PUB] [--db DB]`: exit 0 when the report is signed by the
/// trusted key (and, with `--db`, cites a checkpoint of that database's history), else 1.
pub async fn verify(file: &Path, key: Option<String>, db: Option<PathBuf>) -> Result<(), CliError> {
    let bytes = std::fs::read(file).map_err(|e| {
        CliError::Input(tr(
            "cli-error-io",
            &[("file", file.display().to_string().into()), ("detail", e.to_string().into())],
        ))
    })?;
    if let Some(d) = &db
        && !d.is_file()
    {
        return Err(CliError::Input(tr("cli-error-no-database", &[("db", d.display().to_string().into())])));
    }
    let key = trusted_key(key, db.as_deref())?;
    let v = guard_report::verify(&bytes, &key)
        .map_err(|e| CliError::Runtime(format!("{}: {}", file.display(), seal_error(&e))))?;
    let cp = &v.checkpoint;
    println!(
        "{}",
        tr(
            "cli-verify-signed",
            &[
                ("file", file.display().to_string().into()),
                ("key", v.key.to_string().into()),
                ("digest", v.digest.as_str().into()),
                ("rows", cp.rows.into()),
                ("at", cp.at().into()),
                ("head", cp.head.as_str().into()),
            ]
        )
    );
    if let Some(d) = &db {
        let ds = d.display().to_string();
        match checkpoint::in_history(d, cp).await.map_err(|e| CliError::Runtime(e.to_string()))? {
            InHistory::Yes => {
                println!("{}", tr("cli-verify-in-history", &[("db", ds.into()), ("rows", cp.rows.into())]))
            }
            InHistory::NotInFile { file: f } => {
                return Err(CliError::Runtime(tr(
                    "cli-verify-not-in-history",
                    &[
                        ("rows", cp.rows.into()),
                        ("at", cp.at().into()),
                        ("db", ds.into()),
                        ("file", f.display().to_string().into()),
                    ],
                )));
            }
            InHistory::RowChanged => {
                return Err(CliError::Runtime(tr(
                    "cli-verify-row-changed",
                    &[("rows", cp.rows.into()), ("db", ds.into())],
                )));
            }
        }
    }
    Ok(())
}
