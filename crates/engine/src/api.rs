//! DTOs at the boundary: what the HTTP API and the Tauri commands return. TypeScript types for
//! the UI are generated from these (`cargo test -p guard-engine export_bindings` writes them to
//! `ui/src/lib/bindings/`), never written by hand.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::history::Bucket;
use crate::model::{Region, Status};

/// One component as the overview and the components table show it.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ComponentView {
    pub name: String,
    pub region: Region,
    pub critical: bool,
    pub status: Status,
    /// When the current status began (Unix ms).
    #[ts(type = "number")]
    pub since_ms: i64,
    #[ts(type = "number | null")]
    pub last_check_ms: Option<i64>,
    pub latency_ms: Option<f64>,
    /// The last check's problems as messages, said in the reader's language (`sayMsg`).
    pub issues: Vec<crate::heal::timeline::Msg>,
    /// Latest value of each metric (`response_time_seconds`, `cpu_usage`, `memory_bytes`, …).
    pub metrics: BTreeMap<String, f64>,
    pub check_kind: String,
    #[ts(type = "number")]
    pub check_interval_ms: i64,
    pub supervised: bool,
    pub pid: Option<u32>,
    pub instances: u32,
    pub restarts: u32,
    #[ts(type = "number")]
    pub checks_total: u64,
    #[ts(type = "number")]
    pub checks_failed: u64,
    /// Availability over the default period (the last 30 UTC days, as the Compliance page's
    /// default report): `availability::compute`, the same figure as the reports.
    pub availability: crate::availability::Availability,
    /// Availability over the last 24 hours (`availability::compute_periods`, with the above).
    pub availability_24h: crate::availability::Availability,
    /// The config's `tags:`: the labels of a list, `key:value` for a map's entries.
    pub tags: Vec<String>,
    /// The last checks (the list's heartbeat strip); the event stream's samples extend it.
    /// Left out when asked (`ComponentsQuery.heartbeat = false`).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub heartbeat: Option<Heartbeat>,
    pub depends_on: Vec<String>,
    pub sla: f64,
    #[ts(type = "number | null")]
    pub memory_limit_bytes: Option<u64>,
    /// `paused: true` in the config: not checked nor healed (its status is then `unknown`).
    pub paused: bool,
}

/// How many checks a component's heartbeat keeps.
pub const HEARTBEAT_LEN: usize = 30;

/// One check in a component's heartbeat (kept in the engine's state, sent as [`Heartbeat`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Beat {
    pub at_ms: i64,
    pub status: Status,
    pub latency_ms: f32,
}

/// A component's last checks since the guard started, oldest first, as parallel columns
/// (compact: ~12 bytes of JSON a check instead of ~60 as objects; 10,000 components with full
/// heartbeats are one `GET /api/components`). The UI appends the event stream's samples and
/// keeps the last `cap`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Heartbeat {
    /// The most checks kept ([`HEARTBEAT_LEN`]).
    pub cap: u32,
    /// One letter a check: `h` healthy, `d` degraded, `f` failed, `u` unknown.
    pub statuses: String,
    /// When the newest check ended (Unix ms); 0 without checks.
    #[ts(type = "number")]
    pub last_ms: i64,
    /// Milliseconds between consecutive checks' ends (one fewer than the checks): check `i`
    /// ended `gaps_ms[i] + … + gaps_ms[n-2]` before `last_ms`.
    pub gaps_ms: Vec<u32>,
    /// Each check's latency in ms, to 0.1 ms.
    pub latency_ms: Vec<f64>,
}

impl Heartbeat {
    pub fn of<'a>(beats: impl IntoIterator<Item = &'a Beat>) -> Heartbeat {
        let mut h = Heartbeat { cap: HEARTBEAT_LEN as u32, ..Default::default() };
        for b in beats {
            if !h.statuses.is_empty() {
                h.gaps_ms.push(u32::try_from(b.at_ms - h.last_ms).unwrap_or(0));
            }
            h.statuses.push(b.status.letter());
            h.last_ms = b.at_ms;
            h.latency_ms.push((b.latency_ms as f64 * 10.0).round() / 10.0);
        }
        h
    }

    /// When each check ended (Unix ms), oldest first.
    pub fn times(&self) -> Vec<i64> {
        let mut at = vec![self.last_ms; self.statuses.len()];
        for i in (0..self.gaps_ms.len()).rev() {
            at[i] = at[i + 1] - self.gaps_ms[i] as i64;
        }
        at
    }
}

/// Health of one region: its worst component status and counts.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct RegionView {
    pub region: Region,
    pub worst: Status,
    pub components: u32,
    pub counts: StatusCounts,
    /// Availability of the region's components together (`availability::aggregate`).
    pub availability: crate::availability::Availability,
}

#[derive(Debug, Clone, Copy, Default, Serialize, TS)]
#[ts(export)]
pub struct StatusCounts {
    pub healthy: u32,
    pub degraded: u32,
    pub failed: u32,
    pub unknown: u32,
}

impl StatusCounts {
    pub fn add(&mut self, s: Status) {
        match s {
            Status::Healthy => self.healthy += 1,
            Status::Degraded => self.degraded += 1,
            Status::Failed => self.failed += 1,
            Status::Unknown => self.unknown += 1,
        }
    }
}

/// The pipeline as a whole (`get_pipeline_status`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum PipelineMode {
    Healthy,
    Degraded,
    Healing,
    Paused,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct Overview {
    pub mode: PipelineMode,
    pub counts: StatusCounts,
    pub components: u32,
    pub regions: Vec<RegionView>,
    /// Availability of all components together over the default period, time-weighted
    /// (`availability::aggregate`).
    pub availability: crate::availability::Availability,
    #[ts(type = "number")]
    pub started_at_ms: i64,
    #[ts(type = "number")]
    pub now_ms: i64,
    pub restarts: u32,
    /// Critical components that are failed.
    pub critical_failed: Vec<String>,
    /// Healing: pause state, open incidents, success rate, last actions, what cannot be healed.
    pub healing: crate::heal::views::HealingOverview,
}

/// `GET /api/components/{name}/samples` answer.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SamplesView {
    pub component: String,
    pub metric: String,
    #[ts(type = "number")]
    pub from: i64,
    #[ts(type = "number")]
    pub to: i64,
    #[ts(type = "number")]
    pub step: i64,
    pub buckets: Vec<Bucket>,
}

/// A status change or process event in a component's history.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct TimelineEntry {
    #[ts(type = "number")]
    pub at_ms: i64,
    pub kind: String,
    /// What happened, as a message said in the reader's language (`engine-timeline.ftl`).
    pub detail: crate::heal::timeline::Msg,
}

impl TimelineEntry {
    /// `healthy → failed: <the check's issues>` (statuses said by `status-*`; the issues are the
    /// messages the history row keeps, said in the same language).
    pub fn status_change(from: &str, to: &str, issues: &[crate::heal::timeline::Msg]) -> crate::heal::timeline::Msg {
        use crate::heal::timeline::Msg;
        let m =
            Msg::new(if issues.is_empty() { "component-timeline-status" } else { "component-timeline-status-issues" })
                .msg("from", Msg::new(&format!("status-{from}")))
                .msg("to", Msg::new(&format!("status-{to}")));
        if issues.is_empty() { m } else { m.list("issues", issues.to_vec()) }
    }

    /// A supervised process started, exited with a status, or was killed by a signal.
    pub fn process_event(kind: &str, pid: i64, code: Option<i64>, signal: Option<i64>) -> crate::heal::timeline::Msg {
        use crate::heal::timeline::Msg;
        match (kind, code, signal) {
            ("exited", Some(c), _) => Msg::new("component-timeline-exited").text("pid", pid).text("code", c),
            ("exited", None, Some(s)) => Msg::new("component-timeline-killed").text("pid", pid).text("signal", s),
            _ => Msg::new("component-timeline-started").text("pid", pid),
        }
    }
}

/// Errors at the boundary: a typed code the UI switches on, and a message for people. `msg` is
/// that message as a Fluent id with its arguments, on both paths: the UI says it in its own
/// language (`sayMsg`), the HTTP server's `localize` layer says `message` from it in the
/// request's; `message` is then the English text (or the one in the language the call asked
/// for), for logs and clients that do not read `msg`.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ApiError {
    pub code: ErrorCode,
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub msg: Option<crate::heal::timeline::Msg>,
}

impl ApiError {
    /// An error with no message of ours to translate (a peer's words, a developer's hint).
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        ApiError { code, message: message.into(), msg: None }
    }

    /// An error that says `msg` (its English text as `message`).
    pub fn said(code: ErrorCode, msg: crate::heal::timeline::Msg) -> Self {
        ApiError { code, message: msg.english(), msg: Some(msg) }
    }

    /// `said`, with `message` already in the language the call asked for.
    pub fn said_in(code: ErrorCode, msg: crate::heal::timeline::Msg, message: String) -> Self {
        ApiError { code, message, msg: Some(msg) }
    }

    /// The internal error every shell answers when its cause may name files or SQL (logged
    /// where it happened).
    pub fn internal() -> Self {
        Self::said(ErrorCode::Internal, crate::heal::timeline::Msg::new("api-error-internal"))
    }
}

/// "unknown language `x`, expected one of en, es, …" (`api-error-unknown-language`).
pub fn unknown_language(value: &str) -> crate::heal::timeline::Msg {
    crate::heal::timeline::Msg::new("api-error-unknown-language")
        .text("value", value)
        .text("expected", guard_i18n::Lang::ALL.map(|l| l.code()).join(", "))
}

/// "`to` (x) must be after `from` (y)" (`api-error-to-before-from`); times as the caller gave them.
pub fn to_before_from(to: impl std::fmt::Display, from: impl std::fmt::Display) -> crate::heal::timeline::Msg {
    crate::heal::timeline::Msg::new("api-error-to-before-from").text("to", to).text("from", from)
}

/// Several problems said together (`a; b`), or the one.
pub fn problems(mut list: Vec<crate::heal::timeline::Msg>) -> crate::heal::timeline::Msg {
    if list.len() == 1 {
        return list.remove(0);
    }
    crate::heal::timeline::Msg::new("api-error-problems").list("problems", list)
}

/// A problem with one field of a request: "`field`: problem".
pub fn field_problem(field: impl std::fmt::Display, problem: crate::heal::timeline::Msg) -> crate::heal::timeline::Msg {
    crate::heal::timeline::Msg::new("api-error-field").text("field", field).msg("problem", problem)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ErrorCode {
    NotFound,
    BadRequest,
    Unauthorized,
    Forbidden,
    Conflict,
    RateLimited,
    /// Security is enabled and no account exists: create the admin first.
    SetupRequired,
    /// A location the region catalogue does not know (`GET /api/regions/optimal`).
    UnknownLocation,
    /// No active region may hold the data (residency rules, or nothing active).
    NoEligibleRegion,
    /// The `Host` header names a host the server does not answer to (DNS rebinding).
    ForeignHost,
    /// A browser request from another origin or site (`Origin`, `Sec-Fetch-Site`).
    CrossSite,
    /// A request body that is not `application/json`.
    UnsupportedMediaType,
    /// The path exists but does not take this method.
    MethodNotAllowed,
    /// The request took longer than `pipeline.server.limits.request_timeout`.
    RequestTimeout,
    Internal,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_heartbeat_is_letters_gaps_and_latencies_that_give_back_the_times() {
        let beats = [(1_000, Status::Healthy, 1.26), (2_500, Status::Failed, 300.0), (2_600, Status::Degraded, 0.04)]
            .map(|(at_ms, status, latency_ms)| Beat { at_ms, status, latency_ms });
        let h = Heartbeat::of(&beats);
        assert_eq!(
            (h.cap, h.statuses.as_str(), h.last_ms, h.gaps_ms.as_slice(), h.latency_ms.as_slice()),
            (30, "hfd", 2_600, &[1_500, 100][..], &[1.3, 300.0, 0.0][..])
        );
        assert_eq!(h.times(), [1_000, 2_500, 2_600]);
        let none = Heartbeat::of(&[]);
        assert_eq!((none.statuses.as_str(), none.last_ms, none.times()), ("", 0, vec![]));
    }
}
