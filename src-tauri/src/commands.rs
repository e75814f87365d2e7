//! The app's Tauri commands: one-line adapters over the same engine API the HTTP server uses
//! (`PipelineGuard` methods and `guard_engine::boundary`). Each command first passes
//! [`AppState::gate`], which looks its permission up in [`COMMANDS`] (the boundary table
//! `guard_engine::boundary::ops::OPS`) and asks
//! `SecurityManager::authorize` (the one mechanism the HTTP routes use too) on behalf of the
//! [`Operator`] sitting at the app. Errors reach the UI as `{code, message, msg}` ([`CmdError`]):
//! every error the app makes carries its Fluent message, which the window says in its own
//! language (`sayMsg`); `message` is the English text.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};

use guard_engine::PipelineGuard;
use guard_engine::api::{ApiError, ComponentView, ErrorCode, Overview, SamplesView, TimelineEntry};
use guard_engine::boundary::compliance::{
    self, LocationView, OptimalRegionView, RegionChange, RegionState, ValidateRequest, ValidationView,
};
use guard_engine::boundary::heal::MaintenanceRequest;
use guard_engine::boundary::scaling::{self, DecisionsQuery};
use guard_engine::boundary::security::{self, AuditCheck, NewUser, TokenRequest};
use guard_engine::boundary::{self, ComponentsQuery, FindingsQuery, IncidentsQuery, SamplesQuery};
use guard_engine::detection::Finding;
use guard_engine::detection::views::{ForecastView, RuleView};
use guard_engine::front::FrontView;
use guard_engine::guard::GuardError;
use guard_engine::heal::DryRun;
use guard_engine::heal::autoscale::{AutoscaleChange, AutoscaleView, ScalingDecision};
use guard_engine::heal::notifications::{
    ChannelChange, ChannelChangeResult, ChannelTestResult, ChannelView, DeliveriesPage, DeliveriesPageQuery,
    DeliveryRow, DesktopNotifyPrefs,
};
use guard_engine::heal::plan_order::HealingQueueView;
use guard_engine::heal::timeline::Msg;
use guard_engine::heal::views::{ActionView, HealPlan, HealTicket, HealingOverview, HealingStats, IncidentView};
use guard_engine::heal::work::{AssignRequest, NoteRequest};
use guard_engine::manage::{ComponentChange, ComponentChangeResult, ComponentConfigView, ComponentDelete};
use guard_engine::security::admin::ApiTokenView;
use guard_engine::security::{
    AuditEntry, Denied, ErasureOutcome, Finding as SecurityFinding, IssuedToken, Principal, SecurityError, SessionView,
    UserView,
};
use guard_i18n::{Lang, Localizer};
use guard_report::boundary::ReportQuery;
use serde::Serialize;
use tauri::{AppHandle, Runtime, State};

use crate::operator::Operator;

include!("command_names.rs");

/// Who may call a command, and one row of the boundary table.
pub use guard_engine::boundary::ops::Access;
#[cfg(test)]
pub use guard_engine::boundary::ops::Op;

/// Every command with its access, destructive flag and audit action: the command rows of
/// `guard_engine::boundary::ops::OPS`, which the HTTP routes are registered from too (a command
/// and its route share one row, so their permission is the same).
#[cfg(test)] // the gate looks rows up by name; the tests enumerate them
pub static COMMANDS: std::sync::LazyLock<Vec<&'static Op>> =
    std::sync::LazyLock::new(|| guard_engine::boundary::ops::commands().collect());

/// An error as the UI receives it: `{code, message, msg}` with a typed code.
#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct CmdError(pub ApiError);

impl From<GuardError> for CmdError {
    fn from(e: GuardError) -> Self {
        CmdError(boundary::guard_error(&e))
    }
}

impl CmdError {
    /// An error that says `msg` (`api-errors.ftl`).
    pub(crate) fn said(code: ErrorCode, msg: Msg) -> Self {
        CmdError(ApiError::said(code, msg))
    }
}

/// The app's state: the engine, who sits at the app, and whether events flow to the window.
pub struct AppState {
    pub guard: PipelineGuard,
    pub operator: Operator,
    forwarding: AtomicBool,
    /// Where `save_report` writes (`None`: no downloads folder could be found).
    downloads: Option<std::path::PathBuf>,
    /// The operator's choice of desktop notifications (`notify.rs`).
    pub desktop: std::sync::Arc<crate::notify::DesktopState>,
}

impl AppState {
    pub fn new(guard: PipelineGuard, operator: Operator) -> Self {
        AppState {
            guard,
            operator,
            forwarding: AtomicBool::new(false),
            downloads: downloads_dir(),
            desktop: std::sync::Arc::new(crate::notify::DesktopState::new()),
        }
    }

    /// Save reports in `dir` instead of the operator's downloads folder (the tests' own).
    #[cfg(test)]
    pub fn with_downloads(mut self, dir: std::path::PathBuf) -> Self {
        self.downloads = Some(dir);
        self
    }

    /// The one check every command makes before it runs: the operator, when the command needs
    /// a permission (`None` for public commands).
    pub async fn gate(&self, cmd: &str) -> Result<Option<Principal>, CmdError> {
        let Some(spec) = guard_engine::boundary::ops::op(cmd).filter(|o| o.command) else {
            tracing::error!(
                command = cmd,
                "command has no declared access; add its row to guard_engine::boundary::ops::OPS"
            );
            return Err(CmdError::said(
                ErrorCode::Internal,
                Msg::new("app-error-undeclared-command")
                    .text("command", cmd)
                    .text("table", "guard_engine::boundary::ops::OPS"),
            ));
        };
        let Access::Requires(need) = spec.access else {
            return Ok(None);
        };
        let action = format!("app {cmd}");
        self.operator.authorize(self.guard.security(), need, &action, spec.destructive).await.map(Some)
    }
}

type S<'a> = State<'a, AppState>;

/// Who the operator is and what they may do (like `GET /api/session`).
#[tauri::command]
pub async fn session(s: S<'_>) -> Result<SessionView, CmdError> {
    s.gate("session").await?;
    s.operator.session_view(s.guard.security()).await.map_err(|d| s.operator.explain(&d))
}

#[tauri::command]
pub async fn overview(s: S<'_>) -> Result<Overview, CmdError> {
    s.gate("overview").await?;
    Ok(s.guard.overview())
}

#[tauri::command]
pub async fn components(s: S<'_>, query: Option<ComponentsQuery>) -> Result<Vec<ComponentView>, CmdError> {
    s.gate("components").await?;
    Ok(boundary::components(&s.guard, &query.unwrap_or_default())?)
}

#[tauri::command]
pub async fn component(s: S<'_>, name: String) -> Result<ComponentView, CmdError> {
    s.gate("component").await?;
    Ok(s.guard.component(&name)?)
}

#[tauri::command]
pub async fn samples(s: S<'_>, name: String, query: SamplesQuery) -> Result<SamplesView, CmdError> {
    s.gate("samples").await?;
    Ok(boundary::samples(&s.guard, &name, &query).await?)
}

#[tauri::command]
pub async fn timeline(s: S<'_>, name: String, limit: Option<i64>) -> Result<Vec<TimelineEntry>, CmdError> {
    s.gate("timeline").await?;
    Ok(boundary::timeline(&s.guard, &name, limit).await?)
}

#[tauri::command]
pub async fn incidents(s: S<'_>, query: Option<IncidentsQuery>) -> Result<Vec<IncidentView>, CmdError> {
    s.gate("incidents").await?;
    Ok(boundary::incidents(&s.guard, &query.unwrap_or_default()).await?)
}

#[tauri::command]
pub async fn healing_stats(s: S<'_>) -> Result<HealingStats, CmdError> {
    s.gate("healing_stats").await?;
    Ok(s.guard.get_healing_stats().await?)
}

/// Healing actions, newest first, their details in `lang` (like `GET /api/healing/actions`).
#[tauri::command]
pub async fn healing_actions(
    s: S<'_>,
    component: Option<String>,
    limit: Option<i64>,
    lang: Option<String>,
) -> Result<Vec<ActionView>, CmdError> {
    s.gate("healing_actions").await?;
    Ok(s.guard
        .healing_actions_in(component.as_deref(), limit.unwrap_or(100).clamp(1, 5000), ui_lang(lang.as_deref())?)
        .await?)
}

#[tauri::command]
pub async fn plan(s: S<'_>, name: String, lang: Option<String>) -> Result<HealPlan, CmdError> {
    s.gate("plan").await?;
    Ok(s.guard.plan_in(&name, ui_lang(lang.as_deref())?)?)
}

/// The language the window asks texts in (`lang`, one of the ten; English when absent).
fn ui_lang(lang: Option<&str>) -> Result<Lang, CmdError> {
    Ok(guard_engine::boundary::lang_param(lang).map_err(CmdError)?.unwrap_or(Lang::En))
}

#[tauri::command]
pub async fn heal(
    s: S<'_>,
    name: String,
    strategy: String,
    dry_run: Option<DryRun>,
    lang: Option<String>,
) -> Result<HealTicket, CmdError> {
    let p = s.gate("heal").await?;
    Ok(s.guard.heal_in(&name, &strategy, dry_run.unwrap_or(DryRun::No), ui_lang(lang.as_deref())?, actor(&p)).await?)
}

/// Pause or resume healing, globally or for one component.
#[tauri::command]
pub async fn set_healing_paused(
    s: S<'_>,
    paused: bool,
    component: Option<String>,
    lang: Option<String>,
) -> Result<HealingOverview, CmdError> {
    let p = s.gate("set_healing_paused").await?;
    let lang = ui_lang(lang.as_deref())?;
    if paused {
        s.guard.pause_healing(component.as_deref(), actor(&p)).await?
    } else {
        s.guard.resume_healing(component.as_deref(), actor(&p)).await?
    }
    Ok(s.guard.healing_overview_in(lang))
}

/// Start the live `engine-event` stream to the window (once; later calls only check access).
#[tauri::command]
pub async fn subscribe_events<R: Runtime>(app: AppHandle<R>, s: S<'_>) -> Result<(), CmdError> {
    s.gate("subscribe_events").await?;
    if !s.forwarding.swap(true, Ordering::SeqCst) {
        crate::events::forward(app, &s.guard);
    }
    Ok(())
}

/// Detection findings, newest first.
#[tauri::command]
pub async fn findings(s: S<'_>, query: Option<FindingsQuery>) -> Result<Vec<Finding>, CmdError> {
    s.gate("findings").await?;
    Ok(boundary::findings(&s.guard, &query.unwrap_or_default()).await?)
}

#[tauri::command]
pub async fn forecast(s: S<'_>, name: String) -> Result<ForecastView, CmdError> {
    s.gate("forecast").await?;
    Ok(s.guard.forecast(&name)?)
}

#[tauri::command]
pub async fn threshold_rules(s: S<'_>, name: String) -> Result<Vec<RuleView>, CmdError> {
    s.gate("threshold_rules").await?;
    Ok(s.guard.threshold_rules(&name)?)
}

/// Who the audit log names for a command's action (`anonymous` with security off).
fn actor(p: &Option<Principal>) -> &str {
    p.as_ref().map_or("anonymous", |p| p.user.as_str())
}

/// Who acts, for the account commands that may not grant more than the caller holds.
fn caller(p: Option<Principal>) -> Principal {
    p.unwrap_or_else(Principal::anonymous)
}

fn localizer() -> &'static Localizer {
    static LOC: OnceLock<Localizer> = OnceLock::new();
    LOC.get_or_init(Localizer::embedded)
}

/// The six regions with jurisdiction and whether each is active (like `GET /api/regions`).
#[tauri::command]
pub async fn regions(s: S<'_>) -> Result<Vec<RegionState>, CmdError> {
    s.gate("regions").await?;
    Ok(compliance::regions(&s.guard))
}

/// `activate_region` / `deactivate_region` (like `POST /api/regions/{region}/(de)activate`).
#[tauri::command]
pub async fn set_region_active(s: S<'_>, region: String, active: bool) -> Result<RegionChange, CmdError> {
    let p = s.gate("set_region_active").await?;
    compliance::set_region_active(&s.guard, &region, active, actor(&p)).await.map_err(CmdError)
}

/// `validate_data_operation` (like `POST /api/compliance/validate`).
#[tauri::command]
pub async fn validate_data_operation(s: S<'_>, request: ValidateRequest) -> Result<ValidationView, CmdError> {
    let p = s.gate("validate_data_operation").await?;
    let lang = match request.lang.as_deref() {
        None => Lang::En,
        Some(l) => l.parse::<Lang>().map_err(|_| {
            CmdError::said(
                ErrorCode::BadRequest,
                guard_engine::api::field_problem("lang", guard_engine::api::unknown_language(l)),
            )
        })?,
    };
    compliance::validate(&s.guard, &request, lang.code(), actor(&p), |key| localizer().translate(key, lang))
        .await
        .map_err(CmdError)
}

/// A sealed compliance report file, its raw bytes (like `GET /api/reports`).
#[tauri::command]
pub async fn compliance_report(s: S<'_>, query: ReportQuery) -> Result<tauri::ipc::Response, CmdError> {
    let p = s.gate("compliance_report").await?;
    Ok(tauri::ipc::Response::new(
        guard_report::boundary::export(&s.guard, query, actor(&p), localizer()).await.map_err(CmdError)?.bytes,
    ))
}

/// Where `save_report` put a report.
#[derive(Debug, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct SavedReport {
    pub path: String,
    #[ts(type = "number")]
    pub bytes: u64,
    pub digest: String,
}

/// Build a report like `compliance_report` and save it in the operator's downloads folder
/// (see [`downloads_dir`]), never overwriting a file: a webview has no save
/// dialog of its own, and a blob "download" would land in a place the operator never learns.
#[tauri::command]
pub async fn save_report(s: S<'_>, query: ReportQuery) -> Result<SavedReport, CmdError> {
    let p = s.gate("save_report").await?;
    let report = guard_report::boundary::export(&s.guard, query, actor(&p), localizer()).await.map_err(CmdError)?;
    let dir = s.downloads.as_deref().ok_or_else(|| {
        CmdError::said(
            ErrorCode::Internal,
            Msg::new("app-error-no-downloads")
                .text("var", "PIPELINE_GUARD_DOWNLOADS")
                .text("home", "HOME")
                .text("xdg", "XDG_DOWNLOAD_DIR")
                .text("file", "user-dirs.dirs"),
        )
    })?;
    let path = write_new_file(dir, &report.file_name, &report.bytes).map_err(|e| {
        CmdError::said(
            ErrorCode::Internal,
            Msg::new("app-error-save-report").text("dir", dir.display()).text("detail", e),
        )
    })?;
    tracing::info!(path = %path.display(), bytes = report.bytes.len(), "report saved");
    Ok(SavedReport { path: path.display().to_string(), bytes: report.bytes.len() as u64, digest: report.digest })
}

/// `PIPELINE_GUARD_DOWNLOADS`, else the XDG downloads folder, else `~/Downloads`.
fn downloads_dir() -> Option<std::path::PathBuf> {
    std::env::var_os("PIPELINE_GUARD_DOWNLOADS")
        .filter(|v| !v.is_empty())
        .map(std::path::PathBuf::from)
        .or_else(dirs::download_dir)
        .or_else(|| dirs::home_dir().map(|h| h.join("Downloads")))
}

/// Write `bytes` to `dir/name`, or `dir/name (2)`, `(3)`… when taken (created atomically with
/// mode 0600, so two saves never overwrite each other); creates `dir` if needed.
pub(crate) fn write_new_file(dir: &std::path::Path, name: &str, bytes: &[u8]) -> std::io::Result<std::path::PathBuf> {
    use std::io::Write;
    std::fs::create_dir_all(dir)?;
    let (stem, ext) = name.rsplit_once('.').map_or((name, String::new()), |(s, e)| (s, format!(".{e}")));
    for n in 1..10_000 {
        let candidate = dir.join(if n == 1 { name.to_string() } else { format!("{stem} ({n}){ext}") });
        // Reports name accounts and components: only their owner may read them.
        match std::os::unix::fs::OpenOptionsExt::mode(std::fs::OpenOptions::new().write(true).create_new(true), 0o600)
            .open(&candidate)
        {
            Ok(mut f) => {
                f.write_all(bytes)?;
                f.sync_all()?;
                return Ok(candidate);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(std::io::Error::new(std::io::ErrorKind::AlreadyExists, format!("{name}: 9,999 copies already exist")))
}

fn sec_err(e: SecurityError) -> CmdError {
    CmdError(security::security_error(&e))
}

/// Every account with its role and state (like `GET /api/users`).
#[tauri::command]
pub async fn users(s: S<'_>) -> Result<Vec<UserView>, CmdError> {
    s.gate("users").await?;
    s.guard.security().list_users().await.map_err(sec_err)
}

#[tauri::command]
pub async fn add_user(s: S<'_>, user: NewUser) -> Result<(), CmdError> {
    let p = s.gate("add_user").await?;
    s.guard.security().create_user_by(&caller(p), &user.name, &user.role, &user.password).await.map_err(sec_err)
}

#[tauri::command]
pub async fn set_user_role(s: S<'_>, name: String, role: String) -> Result<(), CmdError> {
    let p = s.gate("set_user_role").await?;
    s.guard.security().set_role_by(&caller(p), &name, &role).await.map_err(sec_err)
}

#[tauri::command]
pub async fn set_user_disabled(s: S<'_>, name: String, disabled: bool) -> Result<(), CmdError> {
    let p = s.gate("set_user_disabled").await?;
    s.guard.security().set_disabled_by(&caller(p), &name, disabled).await.map_err(sec_err)
}

/// Right to erasure (like `POST /api/users/{name}/erase`).
#[tauri::command]
pub async fn erase_user(s: S<'_>, name: String) -> Result<ErasureOutcome, CmdError> {
    let p = s.gate("erase_user").await?;
    s.guard.security().erase_account(&name, actor(&p)).await.map_err(sec_err)
}

#[tauri::command]
pub async fn api_tokens(s: S<'_>) -> Result<Vec<ApiTokenView>, CmdError> {
    s.gate("api_tokens").await?;
    s.guard.security().list_tokens().await.map_err(sec_err)
}

/// A scoped API token; its secret is in this answer only (like `POST /api/tokens`).
#[tauri::command]
pub async fn issue_token(s: S<'_>, request: TokenRequest) -> Result<IssuedToken, CmdError> {
    let p = s.gate("issue_token").await?;
    s.guard
        .security()
        .issue_api_token_by(&caller(p), &request.user, request.ttl(), request.scope())
        .await
        .map_err(sec_err)
}

#[tauri::command]
pub async fn revoke_token(s: S<'_>, jti: String) -> Result<(), CmdError> {
    let p = s.gate("revoke_token").await?;
    s.guard.security().revoke(&jti, 0, actor(&p)).await.map_err(sec_err)
}

/// The newest audit rows (like `GET /api/audit`).
#[tauri::command]
pub async fn audit_log(s: S<'_>, limit: Option<i64>) -> Result<Vec<AuditEntry>, CmdError> {
    s.gate("audit_log").await?;
    s.guard.audit().recent(security::list_limit(limit)).await.map_err(sec_err)
}

#[tauri::command]
pub async fn audit_verify(s: S<'_>) -> Result<AuditCheck, CmdError> {
    s.gate("audit_verify").await?;
    security::audit_check(s.guard.security()).await.map_err(sec_err)
}

#[tauri::command]
pub async fn security_findings(s: S<'_>, limit: Option<i64>) -> Result<Vec<SecurityFinding>, CmdError> {
    s.gate("security_findings").await?;
    s.guard.security().findings(security::list_limit(limit)).await.map_err(sec_err)
}

/// A maintenance window (like `POST /api/healing/maintenance`).
#[tauri::command]
pub async fn add_maintenance_window(
    s: S<'_>,
    request: MaintenanceRequest,
    lang: Option<String>,
) -> Result<HealingOverview, CmdError> {
    let p = s.gate("add_maintenance_window").await?;
    let lang = ui_lang(lang.as_deref())?;
    s.guard
        .add_maintenance_window(request.window(guard_engine::clock::unix_ms()).map_err(CmdError)?, actor(&p))
        .await?;
    Ok(s.guard.healing_overview_in(lang))
}

/// Notification delivery outcomes, newest first (like `GET /api/notifications/deliveries`).
#[tauri::command]
pub async fn notification_deliveries(s: S<'_>, limit: Option<i64>) -> Result<Vec<DeliveryRow>, CmdError> {
    s.gate("notification_deliveries").await?;
    Ok(s.guard.notification_deliveries(limit.unwrap_or(100)).await?)
}

/// The accounts an incident can be assigned to (like `GET /api/incidents/assignees`).
#[tauri::command]
pub async fn incident_assignees(s: S<'_>) -> Result<Vec<String>, CmdError> {
    s.gate("incident_assignees").await?;
    Ok(s.guard.incident_assignees().await?)
}

/// Acknowledge an incident as the operator (like `POST /api/incidents/{id}/acknowledge`).
#[tauri::command]
pub async fn acknowledge_incident(s: S<'_>, id: i64, lang: Option<String>) -> Result<IncidentView, CmdError> {
    let p = s.gate("acknowledge_incident").await?;
    Ok(s.guard.acknowledge_incident(id, actor(&p), ui_lang(lang.as_deref())?).await?)
}

/// Assign an incident to an account or to nobody (like `PUT /api/incidents/{id}/assignee`).
#[tauri::command]
pub async fn assign_incident(
    s: S<'_>,
    id: i64,
    request: AssignRequest,
    lang: Option<String>,
) -> Result<IncidentView, CmdError> {
    let p = s.gate("assign_incident").await?;
    Ok(s.guard.assign_incident(id, request.account.as_deref(), actor(&p), ui_lang(lang.as_deref())?).await?)
}

/// Add a note to an incident (like `POST /api/incidents/{id}/notes`).
#[tauri::command]
pub async fn add_incident_note(
    s: S<'_>,
    id: i64,
    request: NoteRequest,
    lang: Option<String>,
) -> Result<IncidentView, CmdError> {
    let p = s.gate("add_incident_note").await?;
    Ok(s.guard.add_incident_note(id, &request.text, actor(&p), ui_lang(lang.as_deref())?).await?)
}

/// The configured notification channels, secrets masked (like `GET /api/notifications/channels`).
#[tauri::command]
pub async fn notification_channels(s: S<'_>) -> Result<Vec<ChannelView>, CmdError> {
    s.gate("notification_channels").await?;
    Ok(s.guard.notification_channels())
}

/// Send a real test message through a channel (like `POST /api/notifications/channels/{name}/test`).
#[tauri::command]
pub async fn test_notification_channel(s: S<'_>, name: String) -> Result<ChannelTestResult, CmdError> {
    let p = s.gate("test_notification_channel").await?;
    Ok(s.guard.test_notification_channel(&name, actor(&p)).await?)
}

/// One page of a channel's delivery history (like `GET /api/notifications/channels/{name}/deliveries`).
#[tauri::command]
pub async fn channel_deliveries(
    s: S<'_>,
    name: String,
    query: Option<DeliveriesPageQuery>,
) -> Result<DeliveriesPage, CmdError> {
    s.gate("channel_deliveries").await?;
    Ok(s.guard.channel_deliveries(&name, &query.unwrap_or_default()).await?)
}

/// Add a notification channel, written to the config (like `POST /api/notifications/channels`).
#[tauri::command]
pub async fn add_notification_channel(
    s: S<'_>,
    change: ChannelChange,
    lang: Option<String>,
) -> Result<ChannelChangeResult, CmdError> {
    let p = s.gate("add_notification_channel").await?;
    Ok(s.guard.add_notification_channel(change, ui_lang(lang.as_deref())?, actor(&p)).await?)
}

/// Change a channel; secrets left out are kept (like `PUT /api/notifications/channels/{name}`).
#[tauri::command]
pub async fn replace_notification_channel(
    s: S<'_>,
    name: String,
    change: ChannelChange,
    lang: Option<String>,
) -> Result<ChannelChangeResult, CmdError> {
    let p = s.gate("replace_notification_channel").await?;
    Ok(s.guard.replace_notification_channel(&name, change, ui_lang(lang.as_deref())?, actor(&p)).await?)
}

/// Remove a channel from the config (like `DELETE /api/notifications/channels/{name}`).
#[tauri::command]
pub async fn remove_notification_channel(
    s: S<'_>,
    name: String,
    lang: Option<String>,
) -> Result<ChannelChangeResult, CmdError> {
    let p = s.gate("remove_notification_channel").await?;
    Ok(s.guard.remove_notification_channel(&name, ui_lang(lang.as_deref())?, actor(&p)).await?)
}

/// What the app shows as desktop notifications for the operator, in which language.
#[tauri::command]
pub async fn desktop_notify_settings(s: S<'_>) -> Result<DesktopNotifyPrefs, CmdError> {
    s.gate("desktop_notify_settings").await?;
    Ok(s.desktop.get())
}

/// Choose what notifies (critical incidents, failed healing, both, none) and the language;
/// kept with the operator's account and applied at once.
#[tauri::command]
pub async fn set_desktop_notify(s: S<'_>, prefs: DesktopNotifyPrefs) -> Result<DesktopNotifyPrefs, CmdError> {
    let p = s.gate("set_desktop_notify").await?;
    let saved = s.guard.set_desktop_notify_prefs(s.operator.account(), &prefs, actor(&p)).await?;
    s.desktop.set(saved.clone());
    Ok(saved)
}

/// Every auto-scaler with its rules, hold and last decisions, texts in `lang` (like `GET /api/autoscale`).
#[tauri::command]
pub async fn autoscale(s: S<'_>, lang: Option<String>) -> Result<Vec<AutoscaleView>, CmdError> {
    s.gate("autoscale").await?;
    Ok(s.guard.autoscale_status(scaling::lang(lang.as_deref()).map_err(CmdError)?))
}

/// One component's auto-scaler (like `GET /api/components/{name}/autoscale`).
#[tauri::command]
pub async fn component_autoscale(s: S<'_>, name: String, lang: Option<String>) -> Result<AutoscaleView, CmdError> {
    s.gate("component_autoscale").await?;
    let l = scaling::lang(lang.as_deref()).map_err(CmdError)?;
    s.guard.component(&name)?;
    s.guard
        .autoscale_of(&name, l)
        .ok_or_else(|| CmdError::said(ErrorCode::NotFound, Msg::new("api-error-no-autoscale").text("name", &name)))
}

/// Pause/resume, dry-run, bounds, cooldown, thresholds at run time; audited (like `PUT /api/components/{name}/autoscale`).
#[tauri::command]
pub async fn set_component_autoscale(
    s: S<'_>,
    name: String,
    change: AutoscaleChange,
) -> Result<AutoscaleView, CmdError> {
    let p = s.gate("set_component_autoscale").await?;
    Ok(s.guard.set_autoscale(&name, change, actor(&p)).await?)
}

/// A component's entry as written in the config file (like `GET /api/components/{name}/config`).
#[tauri::command]
pub async fn component_config(s: S<'_>, name: String) -> Result<ComponentConfigView, CmdError> {
    s.gate("component_config").await?;
    Ok(s.guard.component_config(&name)?)
}

/// Add a component: written to the config file, applied live, audited (like `POST /api/components`).
#[tauri::command]
pub async fn add_component(
    s: S<'_>,
    change: ComponentChange,
    lang: Option<String>,
) -> Result<ComponentChangeResult, CmdError> {
    let p = s.gate("add_component").await?;
    Ok(s.guard.add_component(change, ui_lang(lang.as_deref())?, actor(&p)).await?)
}

/// Replace a component's entry (like `PUT /api/components/{name}`).
#[tauri::command]
pub async fn replace_component(
    s: S<'_>,
    name: String,
    change: ComponentChange,
    lang: Option<String>,
) -> Result<ComponentChangeResult, CmdError> {
    let p = s.gate("replace_component").await?;
    Ok(s.guard.replace_component(&name, change, ui_lang(lang.as_deref())?, actor(&p)).await?)
}

/// Pause or resume a component's checks and healing (like `POST /api/components/{name}/pause|resume`).
#[tauri::command]
pub async fn set_component_paused(
    s: S<'_>,
    name: String,
    paused: bool,
    lang: Option<String>,
) -> Result<ComponentChangeResult, CmdError> {
    let p = s.gate("set_component_paused").await?;
    Ok(s.guard.set_component_paused(&name, paused, ui_lang(lang.as_deref())?, actor(&p)).await?)
}

/// Delete a component, keeping or purging its history (like `DELETE /api/components/{name}`).
#[tauri::command]
pub async fn delete_component(
    s: S<'_>,
    name: String,
    delete: ComponentDelete,
    lang: Option<String>,
) -> Result<ComponentChangeResult, CmdError> {
    let p = s.gate("delete_component").await?;
    Ok(s.guard.delete_component(&name, delete, ui_lang(lang.as_deref())?, actor(&p)).await?)
}

/// Stored scaling decisions, newest first (like `GET /api/autoscale/decisions`).
#[tauri::command]
pub async fn autoscale_decisions(s: S<'_>, query: Option<DecisionsQuery>) -> Result<Vec<ScalingDecision>, CmdError> {
    s.gate("autoscale_decisions").await?;
    Ok(scaling::decisions(&s.guard, &query.unwrap_or_default()).await?)
}

/// Who holds the healing slots, who waits, in the planned order (like `GET /api/healing/queue`).
#[tauri::command]
pub async fn healing_queue(s: S<'_>) -> Result<HealingQueueView, CmdError> {
    s.gate("healing_queue").await?;
    Ok(s.guard.healing_queue())
}

/// `get_optimal_region` (like `GET /api/regions/optimal?location=&lang=`).
#[tauri::command]
pub async fn optimal_region(s: S<'_>, location: String, lang: Option<String>) -> Result<OptimalRegionView, CmdError> {
    s.gate("optimal_region").await?;
    compliance::optimal_region(&s.guard, &location, scaling::lang(lang.as_deref()).map_err(CmdError)?).map_err(CmdError)
}

/// The places `optimal_region` knows (like `GET /api/regions/locations`).
#[tauri::command]
pub async fn region_locations(s: S<'_>) -> Result<Vec<LocationView>, CmdError> {
    s.gate("region_locations").await?;
    Ok(compliance::locations())
}

/// One component's front: instances, ejections, retries, the retry budget, the config in force
/// (like `GET /api/components/{name}/front`).
#[tauri::command]
pub async fn front(s: S<'_>, name: String) -> Result<FrontView, CmdError> {
    s.gate("front").await?;
    s.guard.component(&name)?;
    s.guard
        .front(&name)
        .ok_or_else(|| CmdError::said(ErrorCode::NotFound, Msg::new("step-front-missing").text("component", &name)))
}

/// The invoke handler with every command (the mock-runtime tests use it too).
pub fn handler<R: Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        session,
        overview,
        components,
        component,
        samples,
        timeline,
        incidents,
        healing_stats,
        healing_actions,
        plan,
        heal,
        set_healing_paused,
        subscribe_events,
        findings,
        forecast,
        threshold_rules,
        regions,
        set_region_active,
        validate_data_operation,
        compliance_report,
        save_report,
        users,
        add_user,
        set_user_role,
        set_user_disabled,
        erase_user,
        api_tokens,
        issue_token,
        revoke_token,
        audit_log,
        audit_verify,
        security_findings,
        add_maintenance_window,
        notification_deliveries,
        autoscale,
        component_autoscale,
        set_component_autoscale,
        autoscale_decisions,
        healing_queue,
        optimal_region,
        region_locations,
        front,
        component_config,
        add_component,
        replace_component,
        set_component_paused,
        delete_component,
        incident_assignees,
        acknowledge_incident,
        assign_incident,
        add_incident_note,
        notification_channels,
        test_notification_channel,
        channel_deliveries,
        desktop_notify_settings,
        set_desktop_notify,
        add_notification_channel,
        replace_notification_channel,
        remove_notification_channel,
        crate::welcome::welcome,
        crate::welcome::welcome_choose
    ]
}

/// The message of a denial as the app says it.
pub fn denied(d: &Denied) -> CmdError {
    CmdError(boundary::denied(d))
}

#[cfg(test)]
mod tests;
