//! A compliance report as the two shells hand it out: `GET`/`POST /api/reports` (crates/cli)
//! and the desktop app's `compliance_report` command both call [`export`], so the defaults,
//! the audit row of the export and the file name cannot drift apart.

use guard_engine::PipelineGuard;
use guard_engine::api::{ApiError, ErrorCode};
use guard_engine::compliance::Standard;
use guard_engine::heal::timeline::Msg;
use guard_i18n::{Lang, Localizer};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{Format, ReportError, ReportRequest};

/// Standards as a list or one comma-separated string.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(untagged)]
#[ts(export, rename = "ReportStandards")]
pub enum Standards {
    List(Vec<String>),
    Csv(String),
}

/// What report to build: `from`, `to` (YYYY-MM-DD or RFC 3339, `to` exclusive), `standards`
/// (default: the config's `compliance.standards`, else GDPR and SOC 2), `lang` (default `en`),
/// `format` (`json` default, `html`, `csv`, `pdf`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct ReportQuery {
    pub from: String,
    pub to: String,
    #[ts(optional)]
    pub standards: Option<Standards>,
    #[ts(optional)]
    pub lang: Option<String>,
    /// Parsed by `Format::parse` (an unknown one is a bad request naming the four).
    #[ts(optional, as = "Option<crate::Format>")]
    pub format: Option<String>,
}

/// A signed report file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExportedReport {
    pub bytes: Vec<u8>,
    /// `compliance-report-<from>-<to>.<ext>`.
    pub file_name: String,
    pub content_type: &'static str,
    /// SHA-256 of the content (signed with Ed25519; `pipeline-guard verify` checks both).
    pub digest: String,
}

/// A bad request: `msg` (about one field of the query, with [`field`]).
fn bad(msg: Msg) -> ApiError {
    ApiError::said(ErrorCode::BadRequest, msg)
}

fn field(name: &str, problem: Msg) -> Msg {
    guard_engine::api::field_problem(name, problem)
}

fn internal(msg: String) -> ApiError {
    tracing::error!(error = %msg, "report failed");
    ApiError::said(ErrorCode::Internal, Msg::new("report-error-internal"))
}

/// A report's cost grows with its period (a 0001–50000 report took 830 MB), so one report
/// covers at most `compliance.report_max_period` (default 400 days): a longer one is a 400
/// that says the limit, in the report's language. An inverted period is left to `build`.
pub fn period_within_cap(
    from_ms: i64,
    to_ms: i64,
    max: std::time::Duration,
    lang: Lang,
    localizer: &Localizer,
) -> Result<(), ApiError> {
    let span_ms = i128::from(to_ms) - i128::from(from_ms);
    if span_ms <= max.as_millis() as i128 {
        return Ok(());
    }
    const DAY_MS: i128 = 86_400_000;
    let days = (span_ms + DAY_MS - 1) / DAY_MS;
    let max_days = max.as_millis() as i128 / DAY_MS;
    let msg = Msg::new("report-period-too-long")
        .num("days", days as f64)
        .num("max", max_days as f64)
        .text("key", "pipeline.compliance.report_max_period");
    let text = guard_engine::heal::timeline::render(localizer, lang, &msg).unwrap_or_default();
    Err(ApiError::said_in(ErrorCode::BadRequest, msg, text))
}

/// The guard's signing key and a checkpoint of its audit chain as it is now.
pub async fn signing_of(g: &PipelineGuard) -> Result<crate::ReportSigner, ApiError> {
    let signer = g.security().signer().cloned().ok_or_else(|| internal("the guard has no signing key".into()))?;
    let checkpoint = g
        .audit()
        .checkpoint_now()
        .await
        .map_err(|e| internal(e.to_string()))?
        .ok_or_else(|| internal("the audit log has no checkpoints".into()))?;
    Ok(crate::ReportSigner { signer, checkpoint })
}

/// Build, render and sign a report from the guard's own database, audited as `actor`
/// (`report.exported` with its digest).
pub async fn export(
    g: &PipelineGuard,
    q: ReportQuery,
    actor: &str,
    localizer: &Localizer,
) -> Result<ExportedReport, ApiError> {
    let date = |name: &str, v: &str| {
        crate::parse_date(v).map_err(|_| bad(field(name, Msg::new("cli-error-invalid-date").text("value", v.trim()))))
    };
    let from_ms = date("from", &q.from)?;
    let to_ms = date("to", &q.to)?;
    let standards = match q.standards {
        None => g.config().pipeline.compliance.standards.iter().filter_map(|x| Standard::parse(x)).collect::<Vec<_>>(),
        Some(Standards::Csv(c)) => Standard::parse_list(&c).map_err(|e| bad(field("standards", e)))?,
        Some(Standards::List(l)) => Standard::parse_list(&l.join(",")).map_err(|e| bad(field("standards", e)))?,
    };
    let standards = if standards.is_empty() { vec![Standard::Gdpr, Standard::Soc2] } else { standards };
    let lang = match q.lang.as_deref() {
        None => Lang::En,
        Some(l) => l.parse::<Lang>().map_err(|_| bad(field("lang", guard_engine::api::unknown_language(l))))?,
    };
    let format_name = q.format.as_deref().unwrap_or("json");
    let format = Format::parse(format_name).map_err(|_| {
        bad(field(
            "format",
            Msg::new("cli-error-unknown-format")
                .text("value", format_name.trim())
                .text("expected", "pdf, html, csv, json"),
        ))
    })?;
    period_within_cap(from_ms, to_ms, g.config().pipeline.compliance.report_max_period, lang, localizer)?;
    let req = ReportRequest { from_ms, to_ms, standards, lang, generated_at_ms: guard_engine::clock::unix_ms() };
    let history = g.history();
    // Samples still pending in memory belong in the report.
    history.flush().await.map_err(|e| internal(e.to_string()))?;
    // The report cites a checkpoint of the audit chain as it is now, signed like the report.
    let signing = signing_of(g).await?;
    // The guard's own audit log verifies the chain (its key may come from the config).
    let audit = crate::audit::from_result(g.audit().verify().await);
    let report = crate::build_with_audit(history.pool(), history.path(), &req, localizer, Some(audit), &signing)
        .await
        .map_err(|e| match e {
            ReportError::Input(m) => bad(m),
            other => internal(other.to_string()),
        })?;
    let bytes =
        crate::render(&report, format, localizer, &signing.signer).await.map_err(|e| internal(e.to_string()))?;
    let digest = crate::verify(&bytes, &signing.signer.public())
        .map(|v| v.digest)
        .map_err(|e| internal(format!("the signed report does not verify: {e}")))?;
    let detail = serde_json::json!({ "sha256": digest, "from": report.period.from, "to": report.period.to, "standards": report.standards, "lang": report.lang });
    if let Err(e) = g.audit().append(actor, "report.exported", &format!("report.{}", format.extension()), detail).await
    {
        return Err(internal(format!("cannot audit the export: {e}")));
    }
    let file_name =
        format!("compliance-report-{}-{}.{}", &report.period.from[..10], &report.period.to[..10], format.extension());
    Ok(ExportedReport { bytes, file_name, content_type: format.content_type(), digest })
}
