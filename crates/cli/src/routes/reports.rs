//! `POST /api/reports` (JSON body) and `GET /api/reports?…` (same fields as query): a
//! compliance report for the UI's Compliance page, built from the guard's own database.
//!
//! Body/query: `from`, `to` (YYYY-MM-DD or RFC 3339, `to` exclusive), `standards` (list or
//! comma-separated), `lang` (default en), `format` (`json` default, `html`, `csv`, `pdf`).
//! Answers the sealed file with its content type and `Content-Disposition: attachment`.

use std::sync::OnceLock;

use axum::extract::{Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use guard_engine::api::ErrorCode;
use guard_engine::compliance::Standard;
use guard_i18n::{Lang, Localizer};
use guard_report::{Format, ReportRequest};
use serde::Deserialize;

use crate::routes::secure::{Access, Caller, SecureRouter};
use crate::server::{AppState, HttpError};

/// Exporting a report needs `EXPORT_REPORTS` (routes/secure.rs enforces it).
pub fn routes() -> SecureRouter {
    use guard_engine::security::Permission::ExportReports;
    SecureRouter::new().get("/api/reports", Access::Requires(ExportReports), get_report).post("/api/reports", Access::Requires(ExportReports), post_report)
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Standards {
    List(Vec<String>),
    Csv(String),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportQuery {
    from: String,
    to: String,
    standards: Option<Standards>,
    lang: Option<String>,
    format: Option<String>,
}

fn localizer() -> &'static Localizer {
    static LOC: OnceLock<Localizer> = OnceLock::new();
    LOC.get_or_init(Localizer::embedded)
}

fn bad(msg: impl Into<String>) -> HttpError {
    HttpError::new(StatusCode::BAD_REQUEST, ErrorCode::BadRequest, msg)
}

async fn get_report(State(s): State<AppState>, Caller(p): Caller, Query(q): Query<ReportQuery>) -> Result<Response, HttpError> {
    make(s, &p.user, q).await
}

async fn post_report(State(s): State<AppState>, Caller(p): Caller, axum::Json(q): axum::Json<ReportQuery>) -> Result<Response, HttpError> {
    make(s, &p.user, q).await
}

async fn make(s: AppState, actor: &str, q: ReportQuery) -> Result<Response, HttpError> {
    let from_ms = guard_report::parse_date(&q.from).map_err(|e| bad(format!("from: {e}")))?;
    let to_ms = guard_report::parse_date(&q.to).map_err(|e| bad(format!("to: {e}")))?;
    let standards = match q.standards {
        None => s.guard.config().pipeline.compliance.standards.iter().filter_map(|x| Standard::parse(x)).collect::<Vec<_>>(),
        Some(Standards::Csv(c)) => Standard::parse_list(&c).map_err(|e| bad(format!("standards: {e}")))?,
        Some(Standards::List(l)) => Standard::parse_list(&l.join(",")).map_err(|e| bad(format!("standards: {e}")))?,
    };
    let standards = if standards.is_empty() { vec![Standard::Gdpr, Standard::Soc2] } else { standards };
    let lang = match q.lang.as_deref() {
        None => Lang::En,
        Some(l) => l.parse::<Lang>().map_err(|_| bad(format!("lang: unknown language `{l}`")))?,
    };
    let format = Format::parse(q.format.as_deref().unwrap_or("json")).map_err(|e| bad(format!("format: {e}")))?;
    let req = ReportRequest { from_ms, to_ms, standards, lang, generated_at_ms: guard_engine::clock::unix_ms() };
    let history = s.guard.history();
    // Samples still pending in memory belong in the report.
    history.flush().await.map_err(|e| internal(e.to_string()))?;
    // The guard's own audit log verifies the chain (its key may come from the config).
    let audit = guard_report::audit::from_result(s.guard.audit().verify().await);
    let report = guard_report::build_with_audit(history.pool(), history.path(), &req, localizer(), Some(audit)).await.map_err(|e| match e {
        guard_report::ReportError::Input(m) => bad(m),
        other => internal(other.to_string()),
    })?;
    let bytes = guard_report::render(&report, format, localizer()).await.map_err(|e| internal(e.to_string()))?;
    let digest = guard_report::verify(&bytes).map(|v| v.digest).unwrap_or_default();
    let detail = serde_json::json!({ "sha256": digest, "from": report.period.from, "to": report.period.to, "standards": report.standards, "lang": report.lang });
    if let Err(e) = s.guard.audit().append(actor, "report.exported", &format!("report.{}", format.extension()), detail).await {
        return Err(internal(format!("cannot audit the export: {e}")));
    }
    let name = format!("compliance-report-{}-{}.{}", &report.period.from[..10], &report.period.to[..10], format.extension());
    let mut resp = (StatusCode::OK, bytes).into_response();
    let h = resp.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(format.content_type()));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    if let Ok(v) = HeaderValue::from_str(&digest) {
        h.insert("x-report-sha256", v);
    }
    Ok(resp)
}

fn internal(msg: String) -> HttpError {
    tracing::error!(error = %msg, "report failed");
    HttpError::new(StatusCode::INTERNAL_SERVER_ERROR, ErrorCode::Internal, "cannot build the report; see the server log")
}
