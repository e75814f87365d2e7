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

/// The body of a change from the window (`{"config": {...}}`): a 400 naming the expected shape,
/// in the caller's language, when it does not parse.
pub(crate) fn change_body<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T, crate::server::HttpError> {
    serde_json::from_slice(bytes).map_err(|e| {
        crate::server::HttpError::new(
            axum::http::StatusCode::BAD_REQUEST,
            guard_engine::api::ErrorCode::BadRequest,
            format!("invalid JSON body: {e}; expected {{\"config\": {{\"name\": …}}}}"),
        )
        .said(crate::routes::errors::bad_json_expected(&e, "{\"config\": {\"name\": …}}"))
    })
}

/// The answer to a change from the window (a component, a notification channel): 200 with the
/// result when applied, 422 with the validator's problems beside their fields when refused
/// (nothing written).
pub(crate) fn change_answer(applied: bool, result: impl serde::Serialize) -> axum::response::Response {
    use axum::response::IntoResponse;
    let code = if applied { axum::http::StatusCode::OK } else { axum::http::StatusCode::UNPROCESSABLE_ENTITY };
    (code, axum::Json(result)).into_response()
}
