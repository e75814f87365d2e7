//! The report as data: what every format renders. Serialised as-is for the JSON format
//! (schema: `crates/report/report.schema.json`).

use serde::Serialize;
use ts_rs::TS;

/// Outcome of one control.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, rename = "ReportControlStatus")]
pub enum ControlStatus {
    Pass,
    Fail,
    NeedsAttention,
}

impl ControlStatus {
    pub fn key(self) -> &'static str {
        match self {
            ControlStatus::Pass => "report-status-pass",
            ControlStatus::Fail => "report-status-fail",
            ControlStatus::NeedsAttention => "report-status-needs-attention",
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            ControlStatus::Pass => "pass",
            ControlStatus::Fail => "fail",
            ControlStatus::NeedsAttention => "needs_attention",
        }
    }
}

/// A localized sentence with the message key and arguments behind it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, rename = "ReportText")]
pub struct Text {
    pub key: String,
    pub args: Vec<(String, String)>,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, rename = "ReportPeriod")]
pub struct Period {
    pub from: String,
    pub to: String,
    #[ts(type = "number")]
    pub from_ms: i64,
    #[ts(type = "number")]
    pub to_ms: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, rename = "ReportControlResult")]
pub struct ControlResult {
    pub id: String,
    pub standard: String,
    pub standard_title: String,
    pub reference: String,
    pub measurement: String,
    pub title: String,
    pub requirement: String,
    pub status: ControlStatus,
    pub evidence: Vec<Text>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, TS)]
#[ts(export, rename = "ReportSummary")]
pub struct Summary {
    pub pass: u32,
    pub fail: u32,
    pub needs_attention: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, rename = "ReportComponentAvailability")]
pub struct ComponentAvailability {
    pub component: String,
    pub region: Option<String>,
    /// Target in percent.
    pub sla: f64,
    /// Up time over observed time, 0–1 (`guard_engine::availability`: the figure the UI shows
    /// too); None without data.
    pub availability: Option<f64>,
    /// Time observed up (healthy or degraded) and down in the period, ms.
    #[ts(type = "number")]
    pub up_ms: i64,
    #[ts(type = "number")]
    pub down_ms: i64,
    /// Outages in the period (restart windows included).
    pub outages: u32,
    pub met: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, rename = "ReportRegionAvailability")]
pub struct RegionAvailability {
    pub region: String,
    pub components: u32,
    pub availability: Option<f64>,
    /// The lowest SLA target of its components, percent.
    pub sla: f64,
    /// Daily availability (UTC days from the period start), None for days without data.
    pub daily: Vec<Option<f64>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, rename = "ReportIncident")]
pub struct Incident {
    pub id: String,
    pub component: String,
    pub severity: Option<String>,
    #[ts(type = "number")]
    pub started_ms: i64,
    #[ts(type = "number | null")]
    pub detected_ms: Option<i64>,
    #[ts(type = "number | null")]
    pub recovered_ms: Option<i64>,
    #[ts(type = "number | null")]
    pub time_to_detect_ms: Option<i64>,
    #[ts(type = "number | null")]
    pub time_to_recover_ms: Option<i64>,
    /// `down`, `crash`, `memory_limit`, `memory_forecast`, `alert` (None when derived from status changes).
    pub kind: Option<String>,
    /// Healing actions taken for it.
    pub actions: u32,
    pub escalated: bool,
    /// Said in the report's language (the stored English for incidents without a message).
    pub summary: String,
    /// The summary as a Fluent message (id and arguments) where it has one, for readers of the
    /// JSON that say it themselves.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub summary_message: Option<guard_engine::heal::timeline::Msg>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, rename = "ReportHealingAction")]
pub struct HealingAction {
    pub id: String,
    pub component: String,
    #[ts(type = "number")]
    pub ts_ms: i64,
    /// `restart`, `supervisor_restart`, `scale_up`, `migrate`, …
    pub action: String,
    /// `succeeded`, `failed`, `running`.
    pub result: String,
    /// Said in the report's language (the stored English for actions without a message).
    pub detail: String,
    /// The detail as a Fluent message (id and arguments) where it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub detail_message: Option<guard_engine::heal::timeline::Msg>,
    /// `ladder`, `manual`, `alert`, `memory`, `supervisor`.
    pub trigger: Option<String>,
    /// The incident it was taken for.
    pub incident: Option<String>,
    #[ts(type = "number | null")]
    pub duration_ms: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, rename = "ReportDataLocation")]
pub struct DataLocation {
    pub region: String,
    pub jurisdiction: String,
    pub lon: f64,
    pub lat: f64,
    pub active: bool,
    pub components: Vec<String>,
    pub data_categories: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, rename = "ReportRetentionRow")]
pub struct RetentionRow {
    pub kind: String,
    pub period_days: Option<f64>,
    #[ts(type = "number | null")]
    pub last_run_ms: Option<i64>,
    #[ts(type = "number")]
    pub rows: u64,
    pub action: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, rename = "ReportIntegrity")]
pub struct Integrity {
    pub algorithm: &'static str,
    /// Head of the audit chain the report was built on (`none` without an audit log).
    pub audit_head: String,
    #[ts(type = "number")]
    pub audit_rows: u64,
    /// SHA-256 of the canonical JSON of everything above `integrity`.
    pub content_digest: String,
    /// The Ed25519 key that signed the file (`ed25519:<hex>`). An auditor verifies with the key
    /// the operator gave them (`pipeline-guard key export`), not with this copy.
    pub public_key: String,
    /// The signed audit checkpoint the report cites (rows, head, time, signature).
    pub checkpoint: guard_engine::security::Checkpoint,
}

/// The whole report.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Report {
    pub schema_version: u32,
    pub generated_at: String,
    #[ts(type = "number")]
    pub generated_at_ms: i64,
    pub lang: String,
    pub rtl: bool,
    pub period: Period,
    pub standards: Vec<String>,
    pub summary: Summary,
    pub controls: Vec<ControlResult>,
    pub availability: Vec<ComponentAvailability>,
    pub regions: Vec<RegionAvailability>,
    pub incidents: Vec<Incident>,
    pub healing_actions: Vec<HealingAction>,
    pub data_locations: Vec<DataLocation>,
    pub retention: Vec<RetentionRow>,
    pub integrity: Integrity,
}
