//! Scaling routes: the auto-scalers (status with decisions, pause/resume and dry-run at run
//! time) and the healing queue (who holds the `max_concurrent` slots, who waits and in which
//! planned order), plus their `/metrics` families. One-line adapters over `PipelineGuard`.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use guard_engine::PipelineGuard;
use guard_engine::api::ErrorCode;
use guard_engine::heal::autoscale::{AutoscaleChange, AutoscaleView};
use guard_engine::heal::plan_order::HealingQueueView;
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::registry::Registry;
use serde::Deserialize;

use crate::routes::secure::{Caller, SecureRouter};
use crate::routes::site::JsonBytes;
use crate::server::{ApiQuery, AppState, HttpError};

/// The routes with their access.
pub fn routes() -> SecureRouter {
    SecureRouter::new()
        .op("healing_queue", queue)
        .op("autoscale", all)
        .op("autoscale_decisions", stored)
        .op("component_autoscale", one)
        .op("set_component_autoscale", change)
}

async fn queue(State(s): State<AppState>) -> Json<HealingQueueView> {
    Json(s.guard.healing_queue())
}

fn bad(msg: impl Into<String>) -> HttpError {
    HttpError::new(StatusCode::BAD_REQUEST, ErrorCode::BadRequest, msg)
}

#[derive(Deserialize)]
struct LangQuery {
    lang: Option<String>,
}

fn lang_of(q: &LangQuery) -> Result<guard_i18n::Lang, HttpError> {
    guard_engine::boundary::scaling::lang(q.lang.as_deref()).map_err(|e| {
        bad(e.message).said(crate::routes::errors::unknown_language(q.lang.as_deref().unwrap_or_default().trim()))
    })
}

/// `?lang=de`: decisions and holds in that language.
async fn all(
    State(s): State<AppState>,
    ApiQuery(q): ApiQuery<LangQuery>,
) -> Result<Json<Vec<AutoscaleView>>, HttpError> {
    Ok(Json(s.guard.autoscale_status(lang_of(&q)?)))
}

#[derive(Deserialize)]
struct DecisionQuery {
    component: Option<String>,
    /// Unix seconds.
    from: Option<i64>,
    to: Option<i64>,
    limit: Option<i64>,
    lang: Option<String>,
}

/// Stored decisions (`?component=&from=&to=&limit=&lang=`), newest first.
async fn stored(
    State(s): State<AppState>,
    ApiQuery(q): ApiQuery<DecisionQuery>,
) -> Result<Json<Vec<guard_engine::heal::autoscale::ScalingDecision>>, HttpError> {
    let lang = lang_of(&LangQuery { lang: q.lang.clone() })?;
    let from = q.from.map_or(0, |x| x.saturating_mul(1000));
    let to = q.to.map_or(i64::MAX, |x| x.saturating_mul(1000));
    Ok(Json(s.guard.autoscale_decisions(q.component.as_deref(), from, to, q.limit.unwrap_or(100), lang).await?))
}

async fn one(
    State(s): State<AppState>,
    Path(name): Path<String>,
    ApiQuery(q): ApiQuery<LangQuery>,
) -> Result<Json<AutoscaleView>, HttpError> {
    let lang = lang_of(&q)?;
    s.guard.component(&name)?;
    s.guard.autoscale_of(&name, lang).map(Json).ok_or_else(|| {
        HttpError::new(StatusCode::NOT_FOUND, ErrorCode::NotFound, format!("`{name}` has no `autoscale:` block"))
    })
}

/// `{"paused": true}` / `{"dry_run": true}`; audited with the caller.
async fn change(
    State(s): State<AppState>,
    Caller(p): Caller,
    Path(name): Path<String>,
    JsonBytes(body): JsonBytes,
) -> Result<Json<AutoscaleView>, HttpError> {
    let c: AutoscaleChange = serde_json::from_slice(&body).map_err(|e| {
        bad(format!("invalid JSON body: {e}; expected {{\"paused\": bool, \"dry_run\": bool}}"))
            .said(crate::routes::errors::bad_json_expected(&e, "{\"paused\": bool, \"dry_run\": bool}"))
    })?;
    Ok(Json(s.guard.set_autoscale(&name, c, &p.user).await?))
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ComponentLabel {
    component: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct DecisionLabels {
    component: String,
    direction: String,
    result: String,
}

/// `pipeline_guard_autoscale_*` and `pipeline_guard_healing_queue_*` series for `/metrics`.
pub fn register_metrics(reg: &mut Registry, guard: &PipelineGuard) {
    let decisions = Family::<DecisionLabels, Counter>::default();
    let instances = Family::<ComponentLabel, Gauge>::default();
    let min = Family::<ComponentLabel, Gauge>::default();
    let max = Family::<ComponentLabel, Gauge>::default();
    for v in guard.autoscale_status(guard_i18n::Lang::En) {
        let l = ComponentLabel { component: v.component.clone() };
        instances.get_or_create(&l).set(v.instances as i64);
        min.get_or_create(&l).set(v.min_instances as i64);
        max.get_or_create(&l).set(v.max_instances as i64);
        for c in &v.counts {
            decisions
                .get_or_create(&DecisionLabels {
                    component: v.component.clone(),
                    direction: c.direction.as_str().into(),
                    result: c.result.as_str().into(),
                })
                .inc_by(c.count);
        }
    }
    reg.register(
        "autoscale_decisions",
        "Auto-scaling decisions by direction (up, down, hold) and result (succeeded, failed, held, dry_run)",
        decisions,
    );
    reg.register("autoscale_instances", "Instances of an auto-scaled component now", instances);
    reg.register("autoscale_min_instances", "The auto-scaler's minimum instances", min);
    reg.register("autoscale_max_instances", "The auto-scaler's maximum instances", max);
    let q = guard.healing_queue();
    let waiting = Gauge::<i64>::default();
    waiting.set(q.queued.len() as i64);
    let busy = Gauge::<i64>::default();
    busy.set(q.busy.len() as i64);
    reg.register("healing_queue_waiting", "Healings waiting for a slot", waiting);
    reg.register("healing_queue_busy", "Healing slots in use", busy);
}
