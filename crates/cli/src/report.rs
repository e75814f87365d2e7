//! `pipeline-guard report` and `pipeline-guard verify` (CONTRACTS §1).

use std::path::{Path, PathBuf};

use clap::Args;
use guard_engine::compliance::Standard;
use guard_i18n::Lang;
use guard_report::{Format, ReportRequest};

use crate::CliError;

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
        Some(l) => Lang::parse_lenient(&l).ok_or_else(|| CliError::Input(format!("--lang: unknown language `{l}`, expected one of {}", Lang::ALL.map(|l| l.to_string()).join(", ")))),
        None => Ok(Lang::from_env()),
    }
}

pub async fn run(a: ReportArgs, lang: Option<String>) -> Result<(), CliError> {
    let from_ms = guard_report::parse_date(&a.from).map_err(|e| CliError::Input(format!("--from: {e}")))?;
    let to_ms = guard_report::parse_date(&a.to).map_err(|e| CliError::Input(format!("--to: {e}")))?;
    let standards = Standard::parse_list(&a.standard).map_err(|e| CliError::Input(format!("--standard: {e}")))?;
    let format = Format::parse(&a.format).map_err(|e| CliError::Input(format!("--format: {e}")))?;
    let lang = report_lang(lang)?;
    let req = ReportRequest { from_ms, to_ms, standards, lang, generated_at_ms: guard_engine::clock::unix_ms() };
    let bytes = guard_report::generate(&a.db, &req, format).await.map_err(|e| match e {
        guard_report::ReportError::Input(m) => CliError::Input(m),
        other => CliError::Runtime(other.to_string()),
    })?;
    write_atomically(&a.out, &bytes)?;
    let v = guard_report::verify(&bytes).map_err(|e| CliError::Runtime(e.to_string()))?;
    audit_export(&a.db, a.config, &a.out, &v.digest, &req).await?;
    println!("{}: {} bytes, sha256 {}", a.out.display(), bytes.len(), v.digest);
    Ok(())
}

/// Report exports are audited in the database's hash-chained audit log.
async fn audit_export(db: &Path, config: Option<PathBuf>, out: &Path, digest: &str, req: &ReportRequest) -> Result<(), CliError> {
    let sec = crate::security_cmd::open(&crate::DbArgs { db: db.to_path_buf(), config }).await?;
    let detail = serde_json::json!({ "sha256": digest, "from_ms": req.from_ms, "to_ms": req.to_ms, "standards": req.standards, "lang": req.lang.to_string() });
    sec.audit()
        .append(&crate::security_cmd::actor(), "report.exported", &out.display().to_string(), detail)
        .await
        .map_err(|e| CliError::Runtime(format!("the report was written but its export could not be audited: {e}")))?;
    Ok(())
}

fn write_atomically(out: &Path, bytes: &[u8]) -> Result<(), CliError> {
    let dir = out.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let tmp = dir.join(format!(".{}.tmp", out.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_else(|| "report".into())));
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
            .map_err(|e| CliError::Runtime(format!("{}: cannot write: {e}", tmp.display())))?;
        f.write_all(bytes).map_err(|e| CliError::Runtime(format!("{}: cannot write: {e}", tmp.display())))?;
    }
    std::fs::rename(&tmp, out).map_err(|e| CliError::Runtime(format!("{}: cannot write: {e}", out.display())))
}

pub fn verify(file: &Path) -> Result<(), CliError> {
    let bytes = std::fs::read(file).map_err(|e| CliError::Input(format!("{}: cannot read: {e}", file.display())))?;
    match guard_report::verify(&bytes) {
        Ok(v) => {
            println!("{}: OK sha256 {} audit-chain head {}", file.display(), v.digest, v.audit_head);
            Ok(())
        }
        Err(e) => Err(CliError::Runtime(format!("{}: {e}", file.display()))),
    }
}
