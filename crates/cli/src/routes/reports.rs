//! `POST /api/reports` (JSON body) and `GET /api/reports?…` (same fields as query): a
//! compliance report for the UI's Compliance page, built from the guard's own database.
//!
//! Body/query: `from`, `to` (YYYY-MM-DD or RFC 3339, `to` exclusive), `standards` (list or
//! comma-separated), `lang` (default en), `format` (`json` default, `html`, `csv`, `pdf`).
//! Answers the sealed file with its content type and `Content-Disposition: attachment`.

use std::sync::OnceLock;

use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use guard_engine::api::ErrorCode;
use guard_i18n::Localizer;
use guard_report::boundary::ReportQuery;

use crate::routes::secure::{Caller, SecureRouter};
use crate::server::{ApiQuery, AppState, HttpError};

/// Exporting a report needs `EXPORT_REPORTS` (routes/secure.rs enforces it).
pub fn routes() -> SecureRouter {
    SecureRouter::new().op("report", get_report).op("build_report", post_report)
}

fn localizer() -> &'static Localizer {
    static LOC: OnceLock<Localizer> = OnceLock::new();
    LOC.get_or_init(Localizer::embedded)
}

async fn get_report(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiQuery(q): ApiQuery<ReportQuery>,
) -> Result<Response, HttpError> {
    make(s, &p.user, q).await
}

async fn post_report(
    State(s): State<AppState>,
    Caller(p): Caller,
    body: Result<axum::Json<ReportQuery>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, HttpError> {
    // A body that does not parse is our `{code, message}` (400), like every other route's.
    let q = body.map_err(|e| {
        HttpError::new(StatusCode::BAD_REQUEST, ErrorCode::BadRequest, e.body_text())
            .said(crate::routes::errors::json_rejection(&e))
    })?;
    make(s, &p.user, q.0).await
}

async fn make(s: AppState, actor: &str, q: ReportQuery) -> Result<Response, HttpError> {
    let r = guard_report::boundary::export(&s.guard, q, actor, localizer()).await.map_err(|e| {
        let status =
            if e.code == ErrorCode::BadRequest { StatusCode::BAD_REQUEST } else { StatusCode::INTERNAL_SERVER_ERROR };
        HttpError::api(status, e)
    })?;
    let mut resp = (StatusCode::OK, r.bytes).into_response();
    let h = resp.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(r.content_type));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{}\"", r.file_name)) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    if let Ok(v) = HeaderValue::from_str(&r.digest) {
        h.insert("x-report-sha256", v);
    }
    Ok(resp)
}
