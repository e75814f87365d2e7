//! API routes by area (one file per area). Every route is registered through
//! [`secure::SecureRouter`], which makes each one declare its [`secure::Access`]; a route
//! without a declaration cannot be served.

pub mod account;
pub mod autoscale;
pub mod charts;
pub mod compliance;
pub mod components;
pub mod detection;
pub mod errors;
pub mod front;
pub mod heal;
pub mod notify;
pub mod ops;
pub mod reports;
pub mod secure;
pub mod security;
pub mod site;
pub mod status_page;

/// The answer to a change from the window (a component, a notification channel): 200 with the
/// result when applied, 422 with the validator's problems beside their fields when refused
/// (nothing written).
pub(crate) fn change_answer(applied: bool, result: impl serde::Serialize) -> axum::response::Response {
    use axum::response::IntoResponse;
    let code = if applied { axum::http::StatusCode::OK } else { axum::http::StatusCode::UNPROCESSABLE_ENTITY };
    (code, axum::Json(result)).into_response()
}
