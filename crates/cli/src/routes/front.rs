//! Zero-downtime front routes and metrics: one-line adapters over `PipelineGuard::fronts`.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use guard_engine::PipelineGuard;
use guard_engine::api::ErrorCode;
use guard_engine::front::FrontView;
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::registry::Registry;

use crate::routes::secure::SecureRouter;
use crate::server::{AppState, HttpError};

/// The front routes with their access.
pub fn routes() -> SecureRouter {
    SecureRouter::new().op("fronts", fronts).op("front", front)
}

async fn fronts(State(s): State<AppState>) -> Json<Vec<FrontView>> {
    Json(s.guard.fronts())
}

async fn front(State(s): State<AppState>, Path(name): Path<String>) -> Result<Json<FrontView>, HttpError> {
    s.guard.component(&name)?;
    s.guard
        .front(&name)
        .map(Json)
        .ok_or_else(|| HttpError::new(StatusCode::NOT_FOUND, ErrorCode::NotFound, format!("`{name}` has no front")))
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct FrontLabels {
    component: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct InstanceLabels {
    component: String,
    instance: String,
}

/// `pipeline_guard_front_*` series for `/metrics`.
pub fn register_metrics(reg: &mut Registry, guard: &PipelineGuard) {
    let requests = Family::<FrontLabels, Counter>::default();
    let failures = Family::<FrontLabels, Counter>::default();
    let retries = Family::<FrontLabels, Counter>::default();
    let ejections = Family::<FrontLabels, Counter>::default();
    let refused = Family::<FrontLabels, Counter>::default();
    let exhausted = Family::<FrontLabels, Counter>::default();
    let ejected = Family::<InstanceLabels, Gauge>::default();
    let routed = Family::<InstanceLabels, Counter>::default();
    let healthy = Family::<InstanceLabels, Gauge>::default();
    let in_flight = Family::<InstanceLabels, Gauge>::default();
    for f in guard.fronts() {
        let l = FrontLabels { component: f.component.clone() };
        requests.get_or_create(&l).inc_by(f.requests);
        failures.get_or_create(&l).inc_by(f.failures);
        retries.get_or_create(&l).inc_by(f.retries);
        ejections.get_or_create(&l).inc_by(f.ejections);
        refused.get_or_create(&l).inc_by(f.ejections_refused);
        exhausted.get_or_create(&l).inc_by(f.budget_exhausted);
        for i in &f.instances {
            let il = InstanceLabels { component: f.component.clone(), instance: i.instance.to_string() };
            routed.get_or_create(&il).inc_by(i.routed);
            healthy.get_or_create(&il).set(i.healthy as i64);
            in_flight.get_or_create(&il).set(i.in_flight as i64);
            ejected.get_or_create(&il).set(i.ejected as i64);
        }
    }
    reg.register("front_requests", "Requests received by a component's front", requests);
    reg.register("front_failures", "Requests a front answered with an error (no instance could serve them)", failures);
    reg.register("front_retries", "Attempts a front repeated on another instance", retries);
    reg.register(
        "front_ejections",
        "Instances a front ejected for failed answers in a row (passive outlier detection)",
        ejections,
    );
    reg.register(
        "front_ejections_refused",
        "Ejections a front did not make: max_ejection_percent or the last serving instance",
        refused,
    );
    reg.register(
        "front_retry_budget_exhausted",
        "Retries a front did not make because the retry budget was spent",
        exhausted,
    );
    reg.register("front_instance_ejected", "1 while the front has the instance ejected", ejected);
    reg.register("front_routed", "Attempts a front routed to each instance", routed);
    reg.register("front_instance_healthy", "1 when the front routes to the instance", healthy);
    reg.register("front_in_flight", "Requests in flight per instance", in_flight);
}
