//! Notification channels in the window: list (secrets masked), send a test message, one
//! channel's delivery history page by page. One-line adapters over `PipelineGuard` methods
//! (`guard_engine::heal::notifications::guard_ops`).

use axum::extract::{Path, State};
use axum::response::IntoResponse;
use axum::Json;
use guard_engine::heal::notifications::DeliveriesPageQuery;

use crate::routes::secure::{Caller, SecureRouter};
use crate::server::{ApiQuery, AppState, HttpError};

pub fn routes() -> SecureRouter {
    SecureRouter::new().op("notification_channels", channels).op("test_notification_channel", test).op("channel_deliveries", deliveries)
}

async fn channels(State(s): State<AppState>) -> impl IntoResponse {
    Json(s.guard.notification_channels())
}

async fn test(State(s): State<AppState>, Caller(p): Caller, Path(name): Path<String>) -> Result<impl IntoResponse, HttpError> {
    Ok(Json(s.guard.test_notification_channel(&name, &p.user).await?))
}

async fn deliveries(State(s): State<AppState>, Path(name): Path<String>, ApiQuery(q): ApiQuery<DeliveriesPageQuery>) -> Result<impl IntoResponse, HttpError> {
    Ok(Json(s.guard.channel_deliveries(&name, &q).await?))
}
