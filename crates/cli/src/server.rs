//! The headless HTTP server (axum): the JSON API under `/api/`, a live event stream over SSE,
//! `/health`, `/ready`, `/metrics` (Prometheus text 0.0.4 or OpenMetrics by `Accept`, exposition.rs,
//! via `prometheus-client`, the Prometheus
//! project's own Rust client) and the built web UI. Loopback only unless configured otherwise.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::{Json, Router};
use futures_util::Stream;
use guard_engine::api::{ApiError, ErrorCode};
use guard_engine::boundary;
use guard_engine::clock::unix_ms;
use guard_engine::config::Config;
use guard_engine::guard::GuardError;
use guard_engine::{GuardOptions, PipelineGuard};
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::registry::Registry;
use serde::Deserialize;
use tokio_stream::StreamExt;
use tokio_stream::wrappers::BroadcastStream;
use tower_http::services::{ServeDir, ServeFile};

use crate::CliError;
use crate::routes::secure::{RouteTable, SecureRouter};
use crate::routes::site::SitePolicy;

/// Errors as the API answers them: a status and `{code, message, msg}`, `msg` the Fluent
/// message it says when there is one (`routes/errors.rs` says `message` from it).
pub struct HttpError(StatusCode, ApiError);

impl IntoResponse for HttpError {
    fn into_response(self) -> Response {
        crate::routes::errors::answer(self.0, self.1)
    }
}

impl HttpError {
    pub fn new(status: StatusCode, code: ErrorCode, message: impl Into<String>) -> Self {
        HttpError(status, ApiError::new(code, message))
    }

    /// An engine boundary's error with `status`.
    pub fn api(status: StatusCode, e: ApiError) -> Self {
        HttpError(status, e)
    }

    /// The error says `msg` in the caller's language.
    pub fn said(mut self, msg: guard_engine::heal::timeline::Msg) -> Self {
        self.1.msg = Some(msg);
        self
    }
}

impl From<GuardError> for HttpError {
    fn from(e: GuardError) -> Self {
        let body = guard_engine::boundary::guard_error(&e);
        let status = match body.code {
            ErrorCode::NotFound => StatusCode::NOT_FOUND,
            ErrorCode::BadRequest => StatusCode::BAD_REQUEST,
            _ => StatusCode::INTERNAL_SERVER_ERROR,
        };
        HttpError(status, body)
    }
}

/// `axum::extract::Query` whose rejection (a parameter that does not parse, such as
/// `step=abc` or a time past i64) answers 400 with the API's `{code, message}` instead of
/// axum's plain text.
pub struct ApiQuery<T>(pub T);

impl<T: serde::de::DeserializeOwned, S: Send + Sync> axum::extract::FromRequestParts<S> for ApiQuery<T> {
    type Rejection = HttpError;

    async fn from_request_parts(parts: &mut axum::http::request::Parts, state: &S) -> Result<Self, HttpError> {
        match Query::<T>::from_request_parts(parts, state).await {
            Ok(Query(q)) => Ok(ApiQuery(q)),
            Err(e) => Err(HttpError::new(StatusCode::BAD_REQUEST, ErrorCode::BadRequest, e.body_text())
                .said(crate::routes::errors::bad_query(&e.body_text()))),
        }
    }
}

#[derive(Clone)]
pub struct AppState {
    pub guard: PipelineGuard,
}

/// Every route of the server, each with its declared access (routes/secure.rs). Add routes
/// here or in an area module merged here; `SecureRouter` makes each one name its permission.
pub fn secure_routes() -> SecureRouter {
    SecureRouter::new()
        .op("health", health)
        .op("ready", ready)
        .op("metrics", metrics)
        .op("overview", overview)
        .op("components", components)
        .op("component", component)
        .op("samples", samples)
        .op("timeline", timeline)
        .op("chart_svg", crate::routes::charts::chart_svg)
        .op("events", events)
        .merge(crate::routes::detection::routes())
        .merge(crate::routes::security::routes())
        .merge(crate::routes::reports::routes())
        .merge(crate::routes::account::routes())
        .merge(crate::routes::compliance::routes())
        .merge(crate::routes::heal::routes())
        .merge(crate::routes::notify::routes())
        .merge(crate::routes::front::routes())
        .merge(crate::routes::ops::routes())
        .merge(crate::routes::autoscale::routes())
        .merge(crate::routes::status_page::routes())
        .merge(crate::routes::components::routes())
}

/// The router and the table of every route's access (tests enumerate it), for a server on
/// the config's `listen` address.
#[cfg(test)]
pub fn router_with_table(state: AppState, ui_dir: Option<PathBuf>) -> (Router, std::sync::Arc<RouteTable>) {
    let local = state.guard.config().pipeline.server.listen;
    router_for(state, ui_dir, local)
}

/// The router of a server listening on `local`: the gate (permissions, and before them the
/// Host / cross-site / JSON checks of routes/site.rs), the request timeout, and the security
/// headers on every response.
pub fn router_for(state: AppState, ui_dir: Option<PathBuf>, local: SocketAddr) -> (Router, std::sync::Arc<RouteTable>) {
    let site = SitePolicy::new(&state.guard.config().pipeline.server, local);
    let guard = state.guard.clone();
    let limit = site.request_timeout;
    // The UI: files from `--ui-dir` (UI development), else the copy built into the binary.
    let (app, table) = secure_routes().finish(state, site, |app| match ui_dir {
        Some(dir) => {
            let index = dir.join("index.html");
            app.fallback_service(ServeDir::new(dir).fallback(ServeFile::new(index)))
        }
        None => app.fallback(crate::ui_assets::serve),
    });
    let mut app = app
        .layer(axum::middleware::from_fn_with_state(guard, crate::routes::errors::localize))
        .layer(axum::middleware::from_fn_with_state(limit, crate::routes::site::request_timeout));
    for &(name, value) in crate::routes::site::SECURITY_HEADERS {
        app = app.layer(tower_http::set_header::SetResponseHeaderLayer::if_not_present(
            header::HeaderName::from_static(name),
            HeaderValue::from_static(value),
        ));
    }
    (app, table)
}

/// Run the engine and the server until SIGINT/SIGTERM, then stop children and flush history.
pub async fn serve(
    cfg: Config,
    db: Option<PathBuf>,
    listen: SocketAddr,
    ui_dir: Option<PathBuf>,
    on_ready: Option<Box<dyn FnOnce(&PipelineGuard, SocketAddr) + Send>>,
) -> Result<(), CliError> {
    if !listen.ip().is_loopback() && !cfg.pipeline.security.enabled {
        return Err(CliError::Input(crate::i18n::tr(
            "cli-serve-loopback-only",
            &[("addr", listen.to_string().into()), ("key", "pipeline.security.enabled: true".into())],
        )));
    }
    if !listen.ip().is_loopback() && cfg.pipeline.server.tls.is_none() {
        return Err(CliError::Input(crate::i18n::tr(
            "cli-serve-needs-tls",
            &[("addr", listen.to_string().into()), ("key", "pipeline.server.tls".into())],
        )));
    }
    let tls = match &cfg.pipeline.server.tls {
        Some(files) => Some(crate::tls::acceptor(files).map_err(CliError::Input)?),
        None => None,
    };
    let listener = tokio::net::TcpListener::bind(listen).await.map_err(|e| {
        CliError::Runtime(crate::i18n::tr(
            "cli-error-cannot-listen",
            &[("addr", listen.to_string().into()), ("detail", e.to_string().into())],
        ))
    })?;
    let local = listener.local_addr().map_err(|e| CliError::Runtime(e.to_string()))?;
    let guard = PipelineGuard::start(cfg, GuardOptions { db_path: db, log_dir: None }).await.map_err(|e| match e {
        // A database the guard cannot write is the operator's input to fix (exit 2).
        GuardError::History(guard_engine::history::HistoryError::Unwritable { .. }) => CliError::Input(e.to_string()),
        e => CliError::Runtime(e.to_string()),
    })?;
    if let Some(dir) = &ui_dir {
        if !dir.join("index.html").is_file() {
            let (dir, command) = (dir.display().to_string(), "npm --prefix ui run build");
            return Err(CliError::Input(crate::i18n::tr(
                "cli-serve-no-ui-index",
                &[
                    ("option", "--ui-dir".into()),
                    ("dir", dir.into()),
                    ("file", "index.html".into()),
                    ("command", command.into()),
                ],
            )));
        }
    } else if !crate::ui_assets::embedded() {
        tracing::warn!("{}", crate::i18n::tr("cli-serve-no-embedded-ui", &[("dir", "ui/dist".into())]));
    }
    let limits = guard.config().pipeline.server.limits.clone();
    let (app, _) = router_for(AppState { guard: guard.clone() }, ui_dir, local);
    let url = format!("http://{local}/");
    tracing::info!(db = %guard.history().path().display(), "{}", crate::i18n::tr("cli-serve-listening", &[("url", url.into())]));
    announce_security(&guard).await;
    if let Some(cb) = on_ready {
        cb(&guard, local);
    }
    crate::conn::serve(listener, tls, app, limits, shutdown_signal()).await;
    tracing::info!("{}", crate::i18n::tr("cli-serve-stopping", &[]));
    guard.shutdown().await.map_err(|e| CliError::Runtime(e.to_string()))
}

/// Say how the API is protected; on first run with security enabled, print the one-time setup
/// token to the terminal (never to the log).
async fn announce_security(guard: &PipelineGuard) {
    let sec = guard.security();
    if !sec.enabled() {
        tracing::warn!(
            "{}",
            crate::i18n::tr(
                "cli-serve-security-disabled",
                &[("key", "pipeline.security.enabled: false".into()), ("checks", "Host, Origin, JSON".into())]
            )
        );
        return;
    }
    if let Some(token) = sec.setup_token() {
        let db = guard.history().path().display().to_string();
        // The commands stay as typed; only the sentences around them are translated.
        let command = format!("pipeline-guard user add admin --role admin --db {db}");
        let request =
            format!("POST /api/setup {{\"setup_token\":\"{token}\",\"username\":\"admin\",\"password\":\"...\"}}");
        eprintln!(
            "\n{}\n",
            crate::i18n::tr("cli-serve-setup-banner", &[("command", command.into()), ("request", request.into())])
        );
    }
}

pub async fn shutdown_signal() {
    use tokio::signal::unix::{SignalKind, signal};
    let mut term = signal(SignalKind::terminate()).expect("SIGTERM handler");
    let mut int = signal(SignalKind::interrupt()).expect("SIGINT handler");
    tokio::select! {
        _ = term.recv() => {}
        _ = int.recv() => {}
    }
}

async fn health() -> impl IntoResponse {
    Json(serde_json::json!({ "status": "ok" }))
}

/// Ready once every component has been checked at least once and the history is being
/// written. Public (a Kubernetes readiness probe carries no token), so it tells how many
/// components wait, not which, and what keeps the history from being written, not where.
async fn ready(State(s): State<AppState>) -> Response {
    let health = s.guard.history().health();
    if let Some(p) = &health.problem {
        let kind = serde_json::to_value(p).ok().and_then(|v| v.get("kind").cloned()).unwrap_or_default();
        return (StatusCode::SERVICE_UNAVAILABLE, Json(serde_json::json!({ "status": "history_not_written", "problem": kind, "pending_points": health.pending_points, "dropped_points": health.dropped_points }))).into_response();
    }
    let pending = s.guard.components().into_iter().filter(|c| c.last_check_ms.is_none()).count();
    if pending == 0 {
        Json(serde_json::json!({ "status": "ready" })).into_response()
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, Json(serde_json::json!({ "status": "starting", "unchecked": pending })))
            .into_response()
    }
}

async fn overview(State(s): State<AppState>) -> impl IntoResponse {
    Json(s.guard.overview())
}

async fn components(
    State(s): State<AppState>,
    ApiQuery(q): ApiQuery<boundary::ComponentsQuery>,
) -> Result<impl IntoResponse, HttpError> {
    Ok(Json(boundary::components(&s.guard, &q)?))
}

async fn component(State(s): State<AppState>, Path(name): Path<String>) -> Result<impl IntoResponse, HttpError> {
    Ok(Json(s.guard.component(&name)?))
}

async fn samples(
    State(s): State<AppState>,
    Path(name): Path<String>,
    ApiQuery(q): ApiQuery<boundary::SamplesQuery>,
) -> Result<impl IntoResponse, HttpError> {
    Ok(Json(boundary::samples(&s.guard, &name, &q).await?))
}

#[derive(Deserialize)]
pub struct TimelineQuery {
    limit: Option<i64>,
}

async fn timeline(
    State(s): State<AppState>,
    Path(name): Path<String>,
    ApiQuery(q): ApiQuery<TimelineQuery>,
) -> Result<impl IntoResponse, HttpError> {
    Ok(Json(boundary::timeline(&s.guard, &name, q.limit).await?))
}

/// Live engine events as Server-Sent Events; each `data:` is one JSON `EngineEvent`. A
/// subscriber too slow for the bus gets a `resync` event (`{"type": "resync", "missed": n}`)
/// where events were lost, so it refetches instead of going on with a silently incomplete
/// picture. With security on, the stream ends when its session does (logout, revocation, the
/// account disabled or erased, expiry: `SecurityManager::session_ended`).
async fn events(
    State(s): State<AppState>,
    crate::routes::secure::Bearer(token): crate::routes::secure::Bearer,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let sec = s.guard.security().clone();
    let ended: std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send>> = match token {
        Some(token) if sec.enabled() => Box::pin(async move { sec.session_ended(token).await }),
        _ => Box::pin(std::future::pending()),
    };
    event_stream(s.guard.subscribe(), ended)
}

/// The SSE stream of one subscription until `ended` resolves (see [`events`]).
pub fn event_stream(
    rx: tokio::sync::broadcast::Receiver<guard_engine::events::EngineEvent>,
    ended: impl std::future::Future<Output = ()> + Send + 'static,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    use tokio_stream::wrappers::errors::BroadcastStreamRecvError;
    let stream = BroadcastStream::new(rx).filter_map(|ev| {
        let ev = match ev {
            Ok(ev) => ev,
            Err(BroadcastStreamRecvError::Lagged(missed)) => {
                return Event::default().event("resync").json_data(boundary::Resync::new(missed)).ok().map(Ok);
            }
        };
        let kind = serde_json::to_value(&ev).ok()?.get("type")?.as_str()?.to_string();
        Event::default().event(kind).json_data(&ev).ok().map(Ok)
    });
    Sse::new(futures_util::StreamExt::take_until(stream, ended))
        .keep_alive(KeepAlive::new().interval(Duration::from_secs(15)))
}

#[cfg(test)]
mod tests {
    use axum::response::IntoResponse;
    use guard_engine::events::EngineEvent;

    /// A subscriber that fell behind the bus gets a `resync` event where events were lost, then
    /// the events still held.
    #[tokio::test]
    async fn a_lagging_subscriber_gets_a_resync_event() {
        let (tx, rx) = tokio::sync::broadcast::channel(2);
        for i in 0..5 {
            tx.send(EngineEvent::Notice { at_ms: i, component: None, message: format!("n{i}"), msg: None }).unwrap();
        }
        drop(tx);
        let body =
            axum::body::to_bytes(super::event_stream(rx, std::future::pending()).into_response().into_body(), 1 << 20)
                .await
                .unwrap();
        let text = String::from_utf8(body.to_vec()).unwrap();
        let frames: Vec<&str> = text.split("\n\n").filter(|f| !f.is_empty()).collect();
        assert_eq!(frames.len(), 3, "{text}");
        assert!(frames[0].contains("event: resync") && frames[0].contains("\"missed\":3"), "{text}");
        assert!(frames[1].contains("event: notice") && frames[1].contains("n3"), "{text}");
        assert!(frames[2].contains("n4"), "{text}");
    }
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ComponentLabels {
    component: String,
    region: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct FindingLabels {
    kind: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct StatusLabels {
    status: String,
}

/// Prometheus text exposition of the guard's own state, built per scrape.
/// Text format 0.0.4 unless `Accept` asks for OpenMetrics (exposition.rs).
async fn metrics(State(s): State<AppState>, headers: axum::http::HeaderMap) -> impl IntoResponse {
    let mut reg = Registry::with_prefix("pipeline_guard");
    let up = Family::<ComponentLabels, Gauge>::default();
    let latency = Family::<ComponentLabels, Gauge<f64, std::sync::atomic::AtomicU64>>::default();
    let checks = Family::<ComponentLabels, Counter>::default();
    let failed = Family::<ComponentLabels, Counter>::default();
    let restarts = Family::<ComponentLabels, Counter>::default();
    let by_status = Family::<StatusLabels, Gauge>::default();
    let uptime = Gauge::<f64, std::sync::atomic::AtomicU64>::default();
    let availability = Family::<ComponentLabels, Gauge<f64, std::sync::atomic::AtomicU64>>::default();
    let comps = s.guard.components();
    for c in &comps {
        let l = ComponentLabels { component: c.name.clone(), region: c.region.to_string() };
        up.get_or_create(&l)
            .set(
                matches!(c.status, guard_engine::model::Status::Healthy | guard_engine::model::Status::Degraded) as i64
            );
        if let Some(ms) = c.latency_ms {
            latency.get_or_create(&l).set(ms / 1000.0);
        }
        checks.get_or_create(&l).inc_by(c.checks_total);
        failed.get_or_create(&l).inc_by(c.checks_failed);
        restarts.get_or_create(&l).inc_by(c.restarts as u64);
        if let Some(r) = c.availability.ratio {
            availability.get_or_create(&l).set(r);
        }
    }
    let ov = s.guard.overview();
    for (name, n) in [
        ("healthy", ov.counts.healthy),
        ("degraded", ov.counts.degraded),
        ("failed", ov.counts.failed),
        ("unknown", ov.counts.unknown),
    ] {
        by_status.get_or_create(&StatusLabels { status: name.into() }).set(n as i64);
    }
    uptime.set((unix_ms() - ov.started_at_ms) as f64 / 1000.0);
    reg.register("component_up", "1 when the component's last check found it up", up);
    reg.register("check_latency_seconds", "Latency of the component's last check", latency);
    reg.register("checks", "Checks run per component", checks);
    reg.register("checks_failed", "Checks that found the component down", failed);
    reg.register("process_restarts", "Exits of supervised processes", restarts);
    reg.register("components", "Components by current status", by_status);
    reg.register("uptime_seconds", "Seconds since the guard started", uptime);
    reg.register(
        "availability_ratio",
        "Availability over the last 30 UTC days (the engine's figure, as in the UI and the reports; ARCHITECTURE.md)",
        availability,
    );
    let h = s.guard.history().health();
    let writable = Gauge::<i64>::default();
    writable.set(h.ok() as i64);
    let pending = Gauge::<i64>::default();
    pending.set(h.pending_points as i64);
    let dropped = Counter::<u64>::default();
    dropped.inc_by(h.dropped_points);
    reg.register(
        "history_written",
        "1 while history commits succeed and the database file is the one opened",
        writable,
    );
    reg.register("history_pending_points", "Samples held in memory for the next commit", pending);
    reg.register(
        "history_dropped_points",
        "Samples dropped because the buffer was full while the database refused writes",
        dropped,
    );
    let damped = Counter::<u64>::default();
    damped.inc_by(s.guard.starvation_damped());
    reg.register(
        "latency_points_damped",
        "Check latencies kept from detection because the guard itself was starved of CPU when they were measured",
        damped,
    );
    let findings = Family::<FindingLabels, Counter>::default();
    for (kind, n) in s.guard.security().threats().counts() {
        findings.get_or_create(&FindingLabels { kind: kind.as_str().into() }).inc_by(n);
    }
    reg.register("security_findings", "Security findings (brute force, revoked or forged tokens, privilege escalation, destructive bursts) since start", findings);
    register_healing_metrics(&mut reg, &s.guard).await;
    crate::routes::front::register_metrics(&mut reg, &s.guard);
    crate::routes::autoscale::register_metrics(&mut reg, &s.guard);
    let mut body = String::new();
    if let Err(e) = prometheus_client::encoding::text::encode(&mut body, &reg) {
        return (StatusCode::INTERNAL_SERVER_ERROR, format!("encoding failed: {e}")).into_response();
    }
    if crate::exposition::wants_openmetrics(&headers) {
        ([(header::CONTENT_TYPE, crate::exposition::OPENMETRICS), (header::VARY, "accept")], body).into_response()
    } else {
        (
            [(header::CONTENT_TYPE, crate::exposition::TEXT_004), (header::VARY, "accept")],
            crate::exposition::to_text_004(&body),
        )
            .into_response()
    }
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct NameLabel {
    component: String,
}

/// Incidents and healing per component (from the incident store), for dashboards and alerts.
async fn register_healing_metrics(reg: &mut Registry, guard: &PipelineGuard) {
    let Ok(stats) = guard.get_healing_stats().await else { return };
    let incidents = Family::<NameLabel, Counter>::default();
    let open = Family::<NameLabel, Gauge>::default();
    let attempts = Family::<NameLabel, Counter>::default();
    let succeeded = Family::<NameLabel, Counter>::default();
    let mttr = Family::<NameLabel, Gauge<f64, std::sync::atomic::AtomicU64>>::default();
    for c in &stats.components {
        let l = NameLabel { component: c.component.clone() };
        incidents.get_or_create(&l).inc_by(c.stats.incidents);
        open.get_or_create(&l).set(c.stats.open_incidents as i64);
        attempts.get_or_create(&l).inc_by(c.stats.attempts);
        succeeded.get_or_create(&l).inc_by(c.stats.succeeded);
        if let Some(ms) = c.stats.mttr_ms {
            mttr.get_or_create(&l).set(ms / 1000.0);
        }
    }
    let active = Gauge::<i64>::default();
    active.set(guard.healing_overview().active_healings as i64);
    reg.register("incidents", "Incidents opened per component", incidents);
    reg.register("incidents_open", "Incidents open now per component", open);
    reg.register("healing_attempts", "Healing actions run per component", attempts);
    reg.register("healing_succeeded", "Healing actions verified to have helped per component", succeeded);
    reg.register(
        "mttr_seconds",
        "Mean time to recovery per component (last moment seen well to verified recovery)",
        mttr,
    );
    reg.register("healing_active", "Healing actions running now", active);
}
