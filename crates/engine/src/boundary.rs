//! What the two shells share at their boundary: the HTTP server (`crates/cli`) and the desktop
//! app (`src-tauri`). Request parameters with their defaults, and the typed `{code, message}`
//! each engine error or security denial becomes. Both shells are one-line adapters over these
//! functions and the `PipelineGuard` methods, so a default or an error code cannot drift apart
//! between the browser and the app.

use serde::Deserialize;

pub mod compliance;
pub mod heal;
pub mod ops;
pub mod scaling;
pub mod security;

use crate::api::{ApiError, ErrorCode, SamplesView, TimelineEntry};
use crate::clock::unix_ms;
use crate::detection::Finding;
use crate::guard::{GuardError, PipelineGuard};
use crate::heal::timeline::Msg;
use crate::heal::views::IncidentView;
use crate::security::Denied;

/// What the event stream (the SSE stream, the app's `engine-event`) sends where a subscriber too
/// slow for the bus lost `missed` events: the UI refetches everything.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Resync {
    #[serde(rename = "type")]
    pub kind: ResyncKind,
    #[ts(type = "number")]
    pub missed: u64,
}

/// The tag of a [`Resync`] (`"resync"`), so the UI tells it from an engine event by `type`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ResyncKind {
    Resync,
}

impl Resync {
    pub fn new(missed: u64) -> Self {
        Resync { kind: ResyncKind::Resync, missed }
    }
}

/// The one reading of a `lang` parameter (a query's `?lang=`, a command's argument): absent or
/// empty is `None` (the caller's default applies); one of the ten languages, as `Lang`'s
/// `FromStr` reads it (`de`, `pt-BR`, `pt_br`), is that language; anything else is a bad request
/// naming the ten.
pub fn lang_param(code: Option<&str>) -> Result<Option<guard_i18n::Lang>, ApiError> {
    match code.map(str::trim).filter(|l| !l.is_empty()) {
        None => Ok(None),
        Some(l) => {
            l.parse().map(Some).map_err(|_| ApiError::said(ErrorCode::BadRequest, crate::api::unknown_language(l)))
        }
    }
}

/// Parameters of a components listing (`GET /api/components`, the `components` command):
/// `names` (comma-separated) asks for just those components, in that order; without it, every
/// component. The UI asks for the few whose figures move between events (a status other than
/// healthy, an availability below 100 %) instead of the whole list every few seconds.
/// `heartbeat=false` leaves each view's heartbeat out: the UI keeps the strip current from the
/// event stream's samples, so its refetches need not carry it again.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct ComponentsQuery {
    #[ts(optional)]
    pub names: Option<String>,
    #[ts(optional)]
    pub heartbeat: Option<bool>,
}

/// The components a [`ComponentsQuery`] asks for; an unknown name is `not_found`, an empty one
/// (`names=a,,b`) a bad request.
pub fn components(g: &PipelineGuard, q: &ComponentsQuery) -> Result<Vec<crate::api::ComponentView>, GuardError> {
    let all = g.component_views(q.heartbeat != Some(false));
    let Some(names) = q.names.as_deref() else { return Ok(all) };
    if names.is_empty() {
        return Ok(Vec::new());
    }
    let mut by_name: std::collections::HashMap<&str, &crate::api::ComponentView> =
        all.iter().map(|c| (c.name.as_str(), c)).collect();
    let mut out = Vec::new();
    for n in names.split(',') {
        if n.is_empty() {
            return Err(GuardError::BadRequest(
                Msg::new("api-error-empty-name").text("param", "names").text("example", "a,b,c"),
            ));
        }
        match by_name.remove(n) {
            Some(c) => out.push(c.clone()),
            None if out.iter().any(|c: &crate::api::ComponentView| c.name == n) => {}
            None => return Err(GuardError::UnknownComponent(n.into())),
        }
    }
    Ok(out)
}

/// Parameters of a history read (`GET /api/components/{name}/samples`, the `samples`
/// command). Times are Unix seconds; everything is optional. Other query parameters (such as
/// `access_token`) are ignored.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct SamplesQuery {
    #[ts(optional)]
    pub metric: Option<String>,
    #[ts(optional, type = "number")]
    pub from: Option<i64>,
    #[ts(optional, type = "number")]
    pub to: Option<i64>,
    #[ts(optional, type = "number")]
    pub step: Option<i64>,
}

/// The latest time a query may name: 9999-12-31T23:59:59Z in Unix seconds. Together with 0 as
/// the earliest it keeps every `× 1000` and range sum far inside `i64`.
pub const MAX_TIME_S: i64 = 253_402_300_799;

/// A time parameter outside `0..=MAX_TIME_S` is a bad request, never wrapped or clamped.
fn check_time(name: &str, v: Option<i64>) -> Result<(), GuardError> {
    match v {
        // Times as the caller wrote them (no digit grouping).
        Some(t) if !(0..=MAX_TIME_S).contains(&t) => Err(GuardError::BadRequest(
            Msg::new("api-error-unix-time").text("param", name).text("value", t).text("max", MAX_TIME_S),
        )),
        _ => Ok(()),
    }
}

/// A [`SamplesQuery`] with its defaults applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SamplesRange {
    pub metric: String,
    pub from: i64,
    pub to: i64,
    pub step: i64,
}

impl SamplesQuery {
    /// Bad parameters are refused, not silently changed: `step` must be at least one second,
    /// `from` and `to` within `0..=MAX_TIME_S`.
    pub fn validate(&self) -> Result<(), GuardError> {
        check_time("from", self.from)?;
        check_time("to", self.to)?;
        match self.step {
            Some(s) if s < 1 => {
                Err(GuardError::BadRequest(Msg::new("api-error-step-min").text("param", "step").text("value", s)))
            }
            _ => Ok(()),
        }
    }

    /// Defaults: the response time, the last 15 minutes up to `now_s`, about 300 points.
    pub fn resolve(&self, now_s: i64) -> SamplesRange {
        let to = self.to.unwrap_or(now_s.saturating_add(1));
        let from = self.from.unwrap_or(to.saturating_sub(900));
        let step = self.step.unwrap_or((to.saturating_sub(from) / 300).max(1));
        SamplesRange { metric: self.metric.clone().unwrap_or_else(|| "response_time_seconds".into()), from, to, step }
    }
}

/// Samples of one component's metric over a range (defaults as in [`SamplesQuery::resolve`]).
pub async fn samples(g: &PipelineGuard, name: &str, q: &SamplesQuery) -> Result<SamplesView, GuardError> {
    q.validate()?;
    let r = q.resolve(unix_ms() / 1000);
    g.samples(name, &r.metric, r.from, r.to, r.step).await
}

/// The newest `limit` (default 200, at most 5,000) timeline entries of a component.
pub async fn timeline(g: &PipelineGuard, name: &str, limit: Option<i64>) -> Result<Vec<TimelineEntry>, GuardError> {
    g.timeline(name, timeline_limit(limit)).await
}

pub fn timeline_limit(limit: Option<i64>) -> i64 {
    limit.unwrap_or(200).clamp(1, 5000)
}

/// Parameters of an incident listing (`GET /api/incidents`, the `incidents` command); Unix
/// seconds.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct IncidentsQuery {
    #[ts(optional, type = "number")]
    pub from: Option<i64>,
    #[ts(optional, type = "number")]
    pub to: Option<i64>,
    #[ts(optional)]
    pub component: Option<String>,
    /// The language of reasons and timelines (`en`, `de`, `pt-BR`, …); see [`incidents_in`].
    #[ts(optional)]
    pub lang: Option<String>,
}

impl IncidentsQuery {
    /// `[from_ms, to_ms)`: by default the last 7 days up to a second after `now_ms`.
    pub fn range_ms(&self, now_ms: i64) -> (i64, i64) {
        let to = self.to.map(|t| t.saturating_mul(1000)).unwrap_or(now_ms.saturating_add(1000));
        let from = self.from.map(|f| f.saturating_mul(1000)).unwrap_or(to.saturating_sub(7 * 86_400_000));
        (from, to)
    }

    /// `from` and `to` within `0..=MAX_TIME_S`.
    pub fn validate(&self) -> Result<(), GuardError> {
        check_time("from", self.from)?;
        check_time("to", self.to)
    }
}

/// Incidents with their timelines (defaults as in [`IncidentsQuery::range_ms`]), said in the
/// query's `lang` or English.
pub async fn incidents(g: &PipelineGuard, q: &IncidentsQuery) -> Result<Vec<IncidentView>, GuardError> {
    incidents_in(g, q, guard_i18n::Lang::En).await
}

/// [`incidents`] in the query's `lang` when it names one of the ten languages (another value is
/// a bad request), else in `otherwise` (the shell's choice: the account's language,
/// `Accept-Language`).
pub async fn incidents_in(
    g: &PipelineGuard,
    q: &IncidentsQuery,
    otherwise: guard_i18n::Lang,
) -> Result<Vec<IncidentView>, GuardError> {
    let lang = match q.lang.as_deref() {
        None | Some("") => otherwise,
        Some(l) => l.parse().map_err(|_| GuardError::BadRequest(crate::api::unknown_language(l)))?,
    };
    q.validate()?;
    let (from, to) = q.range_ms(unix_ms());
    g.incidents_in(from, to, q.component.as_deref(), lang).await
}

/// Parameters of a findings listing (`GET /api/findings`, the `findings` command); Unix
/// seconds.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct FindingsQuery {
    #[ts(optional, type = "number")]
    pub from: Option<i64>,
    #[ts(optional, type = "number")]
    pub to: Option<i64>,
    #[ts(optional)]
    pub component: Option<String>,
    #[ts(optional, type = "number")]
    pub limit: Option<i64>,
}

impl FindingsQuery {
    /// `[from_ms, to_ms]`: by default the last hour up to `now_ms`; `to` includes its second.
    pub fn range_ms(&self, now_ms: i64) -> (i64, i64) {
        let to = self.to.map(|t| t.saturating_mul(1000).saturating_add(999)).unwrap_or(now_ms);
        let from = self.from.map(|f| f.saturating_mul(1000)).unwrap_or(to.saturating_sub(3_600_000));
        (from, to)
    }

    /// `from` and `to` within `0..=MAX_TIME_S`.
    pub fn validate(&self) -> Result<(), GuardError> {
        check_time("from", self.from)?;
        check_time("to", self.to)
    }
}

/// Detection findings, newest first (defaults as in [`FindingsQuery::range_ms`], at most
/// `limit`, default 1,000).
pub async fn findings(g: &PipelineGuard, q: &FindingsQuery) -> Result<Vec<Finding>, GuardError> {
    q.validate()?;
    let (from, to) = q.range_ms(unix_ms());
    g.findings(from, to, q.component.as_deref(), q.limit.unwrap_or(1000)).await
}

/// The `{code, message, msg}` an engine error becomes. Internal errors are logged here and
/// answered with a generic message (their text may name files or SQL).
pub fn guard_error(e: &GuardError) -> ApiError {
    let (code, msg) = match e {
        GuardError::UnknownComponent(n) => {
            (ErrorCode::NotFound, Msg::new("api-error-unknown-component").text("name", n))
        }
        GuardError::UnknownIncident(id) => (ErrorCode::NotFound, Msg::new("api-error-unknown-incident").text("id", id)),
        GuardError::UnknownChannel(n) => (ErrorCode::NotFound, Msg::new("api-error-unknown-channel").text("name", n)),
        GuardError::BadRequest(m) => (ErrorCode::BadRequest, m.clone()),
        GuardError::History(_) | GuardError::Security(_) | GuardError::Front(_) => {
            tracing::error!(error = %e, "request failed");
            return ApiError::internal();
        }
    };
    ApiError::said(code, msg)
}

/// The code of a refused call.
pub fn denied_code(d: &Denied) -> ErrorCode {
    match d {
        Denied::Missing
        | Denied::Invalid
        | Denied::Expired
        | Denied::Revoked
        | Denied::UnknownUser
        | Denied::BadCredentials => ErrorCode::Unauthorized,
        Denied::Forbidden(_) | Denied::LoopbackOnly => ErrorCode::Forbidden,
        Denied::Throttled(_) => ErrorCode::RateLimited,
        Denied::BadRequest(_) => ErrorCode::BadRequest,
        Denied::SetupRequired => ErrorCode::SetupRequired,
        Denied::Internal => ErrorCode::Internal,
    }
}

/// What a refusal says (`api-errors.ftl`).
pub fn denied_msg(d: &Denied) -> Msg {
    match d {
        Denied::Missing => Msg::new("api-denied-missing")
            .text("header", "Authorization: Bearer TOKEN")
            .text("route", "POST /api/login"),
        Denied::Invalid => Msg::new("api-denied-invalid"),
        Denied::Expired => Msg::new("api-denied-expired"),
        Denied::Revoked => Msg::new("api-denied-revoked"),
        Denied::UnknownUser => Msg::new("api-denied-unknown-user"),
        Denied::Forbidden(p) => Msg::new("api-denied-forbidden").text("permission", p),
        Denied::BadCredentials => Msg::new("api-denied-bad-credentials"),
        Denied::Throttled(secs) => Msg::new("api-denied-throttled").num("seconds", *secs as f64),
        Denied::SetupRequired => Msg::new("api-denied-setup-required")
            .text("command", "pipeline-guard user add NAME --role admin --db PATH")
            .text("route", "POST /api/setup"),
        Denied::LoopbackOnly => Msg::new("api-denied-loopback-only"),
        Denied::Internal => Msg::new("api-denied-internal"),
        Denied::BadRequest(m) => m.clone(),
    }
}

/// The `{code, message, msg}` a refused call becomes.
pub fn denied(d: &Denied) -> ApiError {
    ApiError::said(denied_code(d), denied_msg(d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn samples_defaults() {
        let cases = [
            (
                SamplesQuery::default(),
                SamplesRange { metric: "response_time_seconds".into(), from: 101, to: 1001, step: 3 },
            ),
            (
                SamplesQuery { to: Some(600), ..Default::default() },
                SamplesRange { metric: "response_time_seconds".into(), from: -300, to: 600, step: 3 },
            ),
            (
                SamplesQuery { metric: Some("memory_bytes".into()), from: Some(0), to: Some(30_000), step: None },
                SamplesRange { metric: "memory_bytes".into(), from: 0, to: 30_000, step: 100 },
            ),
            (
                SamplesQuery { from: Some(990), to: Some(1000), step: None, metric: None },
                SamplesRange { metric: "response_time_seconds".into(), from: 990, to: 1000, step: 1 },
            ),
        ];
        for (q, want) in cases {
            assert_eq!(q.resolve(1000), want, "{q:?}");
        }
    }

    #[test]
    fn incident_range_and_limits() {
        assert_eq!(
            IncidentsQuery::default().range_ms(10_000_000_000),
            (10_000_001_000 - 7 * 86_400_000, 10_000_001_000)
        );
        assert_eq!(
            IncidentsQuery { from: Some(5), to: Some(9), component: None, lang: None }.range_ms(0),
            (5000, 9000)
        );
        assert_eq!([None, Some(0), Some(7), Some(99_999)].map(timeline_limit), [200, 1, 7, 5000]);
        assert_eq!(FindingsQuery::default().range_ms(10_000_000), (6_400_000, 10_000_000));
        assert_eq!(FindingsQuery { from: Some(5), to: Some(9), ..Default::default() }.range_ms(0), (5000, 9999));
    }

    #[test]
    fn codes() {
        use crate::security::Permission;
        let cases = [
            (Denied::Missing, ErrorCode::Unauthorized),
            (Denied::Expired, ErrorCode::Unauthorized),
            (Denied::Revoked, ErrorCode::Unauthorized),
            (Denied::Invalid, ErrorCode::Unauthorized),
            (Denied::UnknownUser, ErrorCode::Unauthorized),
            (Denied::Forbidden(Permission::TriggerHealing), ErrorCode::Forbidden),
            (Denied::Throttled(3), ErrorCode::RateLimited),
            (Denied::SetupRequired, ErrorCode::SetupRequired),
            (Denied::Internal, ErrorCode::Internal),
        ];
        for (d, code) in cases {
            assert_eq!(denied(&d).code, code, "{d:?}");
        }
        assert_eq!(guard_error(&GuardError::UnknownComponent("x".into())).code, ErrorCode::NotFound);
        let e = guard_error(&GuardError::BadRequest(Msg::new("api-error-note-empty")));
        assert_eq!((e.code, e.message.as_str()), (ErrorCode::BadRequest, "a note needs some text"));
        assert_eq!(e.msg.map(|m| m.id), Some("api-error-note-empty".to_string()));
        let e = guard_error(&GuardError::UnknownComponent("x".into()));
        assert_eq!(e.msg.map(|m| m.id), Some("api-error-unknown-component".to_string()));
    }
}

#[cfg(test)]
mod lang_param_tests {
    use super::*;
    use guard_i18n::Lang;

    #[test]
    fn one_reading_of_lang_for_every_shell() {
        for absent in [None, Some(""), Some("  ")] {
            assert_eq!(lang_param(absent).unwrap(), None, "{absent:?}");
        }
        for (code, want) in [
            ("de", Lang::De),
            ("PT-br", Lang::PtBr),
            ("pt_BR", Lang::PtBr),
            (" ja ", Lang::Ja),
            ("zh-CN", Lang::ZhCn),
            ("ar", Lang::Ar),
        ] {
            assert_eq!(lang_param(Some(code)).unwrap(), Some(want), "{code}");
        }
        for bad in ["xx", "de-AT", "english"] {
            let e = lang_param(Some(bad)).unwrap_err();
            assert_eq!(e.code, ErrorCode::BadRequest);
            assert!(
                e.message.contains(&format!("`{bad}`"))
                    && e.message.contains("en, es, de, fr, it, pt-BR, ja, zh-CN, ko, ar"),
                "{}",
                e.message
            );
        }
    }
}
