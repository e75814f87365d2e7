//! Compliance reports: for a period and a set of standards, gathered from the SQLite history
//! and rendered as PDF, HTML, CSV (zipped) or JSON, localized into the ten UI languages and
//! signed with the guard's Ed25519 key over the content and the audit checkpoint it cites (`pipeline-guard
//! report` and `pipeline-guard verify`).
//!
//! Flow: [`gather`] (a few aggregate SQL queries) → [`evaluate`] (statuses, evidence, all text
//! localized once) → [`model::Report`] → [`render`] (HTML/JSON/CSV; the PDF prints the HTML
//! with headless Chromium, see [`pdf`]) → [`seal`].

pub mod audit;
pub mod boundary;
pub mod charts;
pub mod evaluate;
pub use guard_engine::store::fixture;
pub mod gather;
pub mod map;
pub mod model;
pub mod pdf;
pub mod render;
pub mod seal;

use std::path::Path;

use guard_engine::compliance::Standard;
use guard_i18n::{Lang, Localizer};
use sha2::{Digest, Sha256};
use sqlx::SqlitePool;

pub use model::Report;
pub use seal::{ReportSigner, SealError, Verified, verify};

#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// Bad input (an empty period, no standard, no database), as a message the CLI and the
    /// shells say in their reader's language; `Display` is its English text.
    #[error("{}", .0.english())]
    Input(guard_engine::heal::timeline::Msg),
    #[error("cannot read the history database: {0}")]
    Db(#[from] sqlx::Error),
    #[error("cannot open the history database: {0}")]
    Open(String),
    #[error("cannot draw a chart: {0}")]
    Chart(String),
    #[error("cannot render the report: {0}")]
    Render(String),
    #[error("cannot make the PDF: {0}")]
    Pdf(String),
    #[error("{0}")]
    Seal(#[from] SealError),
}

/// Output formats (named in a report query's `format`, in lower case: `ReportFormat` in the UI).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
#[ts(export, rename = "ReportFormat")]
pub enum Format {
    Pdf,
    Html,
    Csv,
    Json,
}

impl Format {
    pub fn parse(s: &str) -> Result<Format, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "pdf" => Ok(Format::Pdf),
            "html" => Ok(Format::Html),
            "csv" | "zip" => Ok(Format::Csv),
            "json" => Ok(Format::Json),
            other => Err(format!("unknown report format `{other}`, expected pdf, html, csv or json")),
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Format::Pdf => "application/pdf",
            Format::Html => "text/html; charset=utf-8",
            Format::Csv => "application/zip",
            Format::Json => "application/json",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Html => "html",
            Format::Csv => "zip",
            Format::Json => "json",
        }
    }
}

/// What to report on.
#[derive(Debug, Clone)]
pub struct ReportRequest {
    pub from_ms: i64,
    /// Exclusive.
    pub to_ms: i64,
    pub standards: Vec<Standard>,
    pub lang: Lang,
    /// When the report is generated (injected so tests are reproducible).
    pub generated_at_ms: i64,
}

/// Parse a period bound: `YYYY-MM-DD` (midnight UTC) or RFC 3339. Returns Unix milliseconds.
pub fn parse_date(s: &str) -> Result<i64, String> {
    let t = s.trim();
    if let Ok(d) = chrono::NaiveDate::parse_from_str(t, "%Y-%m-%d") {
        return Ok(d.and_hms_opt(0, 0, 0).expect("midnight exists").and_utc().timestamp_millis());
    }
    chrono::DateTime::parse_from_rfc3339(t)
        .map(|d| d.timestamp_millis())
        .map_err(|_| format!("`{t}` is not a date: expected YYYY-MM-DD or RFC 3339 (e.g. 2026-01-31T12:00:00Z)"))
}

fn iso(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .map(|d| d.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
        .unwrap_or_default()
}

/// Build the report's data from an open database, verifying its audit chain with the key file
/// beside it.
pub async fn build(
    pool: &SqlitePool,
    db_path: &Path,
    req: &ReportRequest,
    loc: &Localizer,
    signing: &ReportSigner,
) -> Result<Report, ReportError> {
    build_with_audit(pool, db_path, req, loc, None, signing).await
}

/// [`build`], with the audit chain's verification supplied by a caller that holds the audit log
/// (the server, whose key may come from the config rather than the key file).
pub async fn build_with_audit(
    pool: &SqlitePool,
    db_path: &Path,
    req: &ReportRequest,
    loc: &Localizer,
    audit: Option<guard_engine::compliance::AuditVerification>,
    signing: &ReportSigner,
) -> Result<Report, ReportError> {
    if req.to_ms <= req.from_ms {
        return Err(ReportError::Input(
            guard_engine::heal::timeline::Msg::new("report-error-empty-period")
                .text("to_name", "--to")
                .text("to", iso(req.to_ms))
                .text("from_name", "--from")
                .text("from", iso(req.from_ms)),
        ));
    }
    if req.standards.is_empty() {
        return Err(ReportError::Input(guard_engine::heal::timeline::Msg::new("api-error-no-standard")));
    }
    let facts = gather::gather(pool, db_path, req.from_ms, req.to_ms, req.generated_at_ms, audit).await?;
    let tr = evaluate::Tr { loc, lang: req.lang };
    let (availability, regions) = evaluate::availability(&facts);
    let (controls, summary) = evaluate::controls(&req.standards, &facts, &availability, req.to_ms, &tr);
    let audit_head = match &facts.audit {
        guard_engine::compliance::AuditVerification::Intact(h) => (h.hash.clone(), h.rows),
        _ => ("none".to_string(), 0),
    };
    let mut report = Report {
        schema_version: 1,
        generated_at: iso(req.generated_at_ms),
        generated_at_ms: req.generated_at_ms,
        lang: req.lang.to_string(),
        rtl: req.lang.is_rtl(),
        period: model::Period { from: iso(req.from_ms), to: iso(req.to_ms), from_ms: req.from_ms, to_ms: req.to_ms },
        standards: req.standards.iter().map(|s| s.as_str().to_string()).collect(),
        summary,
        controls,
        availability,
        regions,
        // Summaries said in the report's language (stored English for incidents without a message).
        incidents: facts
            .incidents
            .iter()
            .map(|i| model::Incident {
                summary: guard_engine::heal::timeline::say(
                    loc,
                    req.lang,
                    facts.incident_summaries.get(&i.id),
                    &i.summary,
                ),
                summary_message: facts.incident_summaries.get(&i.id).cloned(),
                ..i.clone()
            })
            .collect(),
        // Step details said in the report's language (stored English for actions without a message).
        healing_actions: facts
            .healing
            .iter()
            .map(|a| model::HealingAction {
                detail: guard_engine::heal::timeline::say(loc, req.lang, facts.action_details.get(&a.id), &a.detail),
                detail_message: facts.action_details.get(&a.id).cloned(),
                ..a.clone()
            })
            .collect(),
        data_locations: evaluate::data_locations(&facts),
        retention: evaluate::retention_rows(&facts),
        integrity: model::Integrity {
            algorithm: "ed25519",
            audit_head: audit_head.0,
            audit_rows: audit_head.1,
            content_digest: String::new(),
            public_key: signing.signer.public().to_string(),
            checkpoint: signing.checkpoint.clone(),
        },
    };
    report.integrity.content_digest =
        hex::encode(Sha256::digest(serde_json::to_vec(&report).map_err(|e| ReportError::Render(e.to_string()))?));
    Ok(report)
}

/// Render a report in `format` and sign it with `signer` (the key it was built with).
pub async fn render(
    report: &Report,
    format: Format,
    loc: &Localizer,
    signer: &guard_engine::security::Signer,
) -> Result<Vec<u8>, ReportError> {
    let lang: Lang = report.lang.parse().unwrap_or_default();
    let tr = evaluate::Tr { loc, lang };
    let mut bytes = match format {
        Format::Html => render::html(report, &tr, false)?.into_bytes(),
        Format::Json => render::json(report)?,
        Format::Csv => render::csv_zip(report)?,
        Format::Pdf => {
            let html = render::html(report, &tr, true)?;
            let pdf = pdf::html_to_pdf(&html).await?;
            pdf::append_seal(pdf, &seal::placeholder(&report.integrity.public_key, &report.integrity.checkpoint))
        }
    };
    seal::seal(&mut bytes, signer)?;
    Ok(bytes)
}

/// Open the database at `db`, build and render: what `pipeline-guard report` does. `audit` is
/// the chain's verification when the caller holds the audit log (else it is verified here
/// with the key file beside the database).
pub async fn generate(
    db: &Path,
    req: &ReportRequest,
    format: Format,
    signing: &ReportSigner,
    audit: Option<guard_engine::compliance::AuditVerification>,
) -> Result<Vec<u8>, ReportError> {
    if !db.exists() {
        return Err(ReportError::Input(
            guard_engine::heal::timeline::Msg::new("report-error-no-database").text("file", db.display()),
        ));
    }
    let pool = guard_engine::history::open_pool(db).await.map_err(|e| ReportError::Open(e.to_string()))?;
    let loc = Localizer::embedded();
    let report = build_with_audit(&pool, db, req, &loc, audit, signing).await;
    pool.close().await;
    render(&report?, format, &loc, &signing.signer).await
}
