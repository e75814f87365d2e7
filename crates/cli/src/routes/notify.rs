//! Notification channels in the window: list (secrets masked), send a test message, one
//! channel's delivery history page by page. One-line adapters over `PipelineGuard` methods
//! (`guard_engine::guard`, `notify.rs` and `channels.rs`).

use axum::Json;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use guard_engine::heal::notifications::{ChannelChangeResult, DeliveriesPageQuery};
use serde::Deserialize;

use crate::routes::heal::caller_lang;
use crate::routes::secure::{Caller, SecureRouter};
use crate::routes::site::JsonBytes;
use crate::server::{ApiQuery, AppState, HttpError};

pub fn routes() -> SecureRouter {
    SecureRouter::new()
        .op("notification_channels", channels)
        .op("test_notification_channel", test)
        .op("channel_deliveries", deliveries)
        .op("add_notification_channel", add)
        .op("replace_notification_channel", replace)
        .op("remove_notification_channel", remove)
}

#[derive(Deserialize)]
struct LangQuery {
    lang: Option<String>,
}

/// 200 with the channel when applied, 422 with the problems when refused (nothing written).
fn answer(r: ChannelChangeResult) -> Response {
    super::change_answer(r.applied, r)
}

async fn add(
    State(s): State<AppState>,
    Caller(p): Caller,
    headers: HeaderMap,
    ApiQuery(q): ApiQuery<LangQuery>,
    JsonBytes(b): JsonBytes,
) -> Result<Response, HttpError> {
    let lang = caller_lang(&s, &p, &headers, q.lang.as_deref()).await?;
    Ok(answer(s.guard.add_notification_channel(super::change_body(&b)?, lang, &p.user).await?))
}

async fn replace(
    State(s): State<AppState>,
    Caller(p): Caller,
    headers: HeaderMap,
    Path(name): Path<String>,
    ApiQuery(q): ApiQuery<LangQuery>,
    JsonBytes(b): JsonBytes,
) -> Result<Response, HttpError> {
    let lang = caller_lang(&s, &p, &headers, q.lang.as_deref()).await?;
    Ok(answer(s.guard.replace_notification_channel(&name, super::change_body(&b)?, lang, &p.user).await?))
}

async fn remove(
    State(s): State<AppState>,
    Caller(p): Caller,
    headers: HeaderMap,
    Path(name): Path<String>,
    ApiQuery(q): ApiQuery<LangQuery>,
) -> Result<Response, HttpError> {
    let lang = caller_lang(&s, &p, &headers, q.lang.as_deref()).await?;
    Ok(answer(s.guard.remove_notification_channel(&name, lang, &p.user).await?))
}

async fn channels(State(s): State<AppState>) -> impl IntoResponse {
    Json(s.guard.notification_channels())
}

async fn test(
    State(s): State<AppState>,
    Caller(p): Caller,
    Path(name): Path<String>,
) -> Result<impl IntoResponse, HttpError> {
    Ok(Json(s.guard.test_notification_channel(&name, &p.user).await?))
}

async fn deliveries(
    State(s): State<AppState>,
    Path(name): Path<String>,
    ApiQuery(q): ApiQuery<DeliveriesPageQuery>,
) -> Result<impl IntoResponse, HttpError> {
    Ok(Json(s.guard.channel_deliveries(&name, &q).await?))
}
