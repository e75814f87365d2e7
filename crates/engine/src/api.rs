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
    pub issues: Vec<String>,
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
    pub depends_on: Vec<String>,
    pub sla: f64,
    #[ts(type = "number | null")]
    pub memory_limit_bytes: Option<u64>,
    /// `paused: true` in the config: not checked nor healed (its status is then `unknown`).
    pub paused: bool,
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

/// The pipeline as a whole (the brief's `get_pipeline_status`).
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
    pub detail: String,
}

/// Errors at the boundary: a typed code the UI switches on, and a message for people.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ApiError {
    pub code: ErrorCode,
    pub message: String,
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
