//! Scaling routes: the healing queue (who holds the `max_concurrent` slots, who waits and in
//! which planned order). One-line adapters over `PipelineGuard` methods.

use axum::Json;
use axum::extract::State;
use guard_engine::heal::plan_order::HealingQueueView;

use crate::routes::secure::{Access, SecureRouter};
use crate::server::AppState;

/// The routes with their access.
pub fn routes() -> SecureRouter {
    use guard_engine::security::Permission::MonitorHealth;
    SecureRouter::new().get("/api/healing/queue", Access::Requires(MonitorHealth), queue)
}

async fn queue(State(s): State<AppState>) -> Json<HealingQueueView> {
    Json(s.guard.healing_queue())
}
