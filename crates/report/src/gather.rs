//! Reading the facts a report needs out of the SQLite history, in a handful of aggregate
//! queries (a 30-day report over 200 components reads ~8.6M rollup rows in one pass).

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use guard_engine::compliance::AuditVerification;
use guard_engine::compliance::registry::{self, RegisteredComponent};
use guard_engine::model::Region;
use guard_engine::regions::DataCategory;
use guard_engine::store;
use sqlx::SqlitePool;

use guard_engine::availability::ByDay;
use guard_engine::heal::timeline::Msg;

use crate::model::{HealingAction, Incident};

#[derive(Debug, Clone, Default)]
pub struct RetentionFacts {
    pub last_run_ms: Option<i64>,
    /// The period in force at the last run (its time minus its cutoff).
    pub period_ms: Option<i64>,
    pub rows: u64,
    pub action: String,
}

/// Everything read from the database for one period.
#[derive(Debug, Clone)]
pub struct Facts {
    pub components: Vec<RegisteredComponent>,
    /// True when the component registry (migration 0004) had rows.
    pub registry_known: bool,
    /// Each component's availability over the period and per day: the engine's one
    /// computation (`guard_engine::availability`), the figure the UI shows too.
    pub availability: BTreeMap<String, ByDay>,
    pub days: usize,
    pub incidents: Vec<Incident>,
    pub healing: Vec<HealingAction>,
    pub retention: BTreeMap<String, RetentionFacts>,
    pub retention_last_run_ms: Option<i64>,
    pub backup_last: Option<BackupFacts>,
    /// Backups taken in the period.
    pub backups_in_period: u64,
    pub requests: (u64, u64),
    pub audit: AuditVerification,
    pub access: Option<crate::audit::AccessFacts>,
    /// Volume encryption: (encrypted, device).
    pub encryption: (bool, String),
    pub secrets: crate::audit::SecretFacts,
    pub active_regions: Vec<Region>,
    /// Where incidents came from: `incidents` (the healer's table, migration 0002) or
    /// `status_changes` (databases where the healer never ran).
    pub incident_source: &'static str,
    /// Healing actions of the period (`healing`) that have their `heal.<strategy>` audit row
    /// (matched by `action_id`, whenever it was written).
    pub healing_audited: u64,
    /// Finished healing actions of the period without one (their ids, `act-N`).
    pub healing_unaudited: Vec<String>,
    /// Succeeded `migrate` actions of the period: where each moved a component's role.
    pub migrations: Vec<MigrationFacts>,
    /// Erasure requests the audit log recorded in the period (`subject.erasure.requested`)
    /// that were never carried out (no `erasure` row in `data_subject_requests`).
    pub erasures_unserved: u64,
    /// Incident id → its summary as a Fluent message (`incidents.ftl`), for saying it in the
    /// report's language; incidents without one keep their stored English summary.
    pub incident_summaries: HashMap<String, Msg>,
    /// Healing action id → its detail as a Fluent message (`healing-steps.ftl`, migration
    /// 0012); actions without one keep their stored English detail.
    pub action_details: HashMap<String, Msg>,
}

/// One succeeded `migrate` healing action: `component`'s role moved to the peer `target`.
#[derive(Debug, Clone, PartialEq)]
pub struct MigrationFacts {
    pub action: String,
    pub component: String,
    pub target: String,
    pub ts_ms: i64,
}

/// The peer a finished migration names (`step-migrate-done`'s `target`, nested in the step's result).
fn migrate_target(m: &Msg) -> Option<String> {
    use guard_engine::heal::timeline::Arg;
    if m.id == "step-migrate-done"
        && let Some(Arg::Text(t)) = m.args.get("target")
    {
        return Some(t.clone());
    }
    m.args.values().find_map(|a| match a {
        Arg::Msg(inner) => migrate_target(inner),
        Arg::List(list) => list.iter().find_map(migrate_target),
        _ => None,
    })
}

/// The newest backup recorded before the period's end, checked on disk.
#[derive(Debug, Clone)]
pub struct BackupFacts {
    pub ts_ms: i64,
    pub bytes: i64,
    pub path: String,
    /// The file exists and has the recorded SHA-256 (None: not checked, the file is missing).
    pub verified: Option<bool>,
}

/// Read the facts of `[from_ms, to_ms)`. `audit`: the audit chain's verification when the
/// caller already holds the audit log (the server); else it is verified here from the database
/// and its key file.
pub async fn gather(
    pool: &SqlitePool,
    db_path: &Path,
    from_ms: i64,
    to_ms: i64,
    now_ms: i64,
    audit: Option<AuditVerification>,
) -> Result<Facts, sqlx::Error> {
    let mut components = registry::load_components(pool).await?;
    let registry_known = !components.is_empty();
    let days = (((to_ms - from_ms) as f64) / 86_400_000.0).ceil().max(1.0) as usize;

    // Availability: the engine's definition over the stored status changes and outages.
    let availability = guard_engine::availability::compute_by_day(pool, from_ms, to_ms, now_ms).await?;
    // Components seen in the history but not registered (older databases): region unknown.
    for name in availability.keys() {
        if !components.iter().any(|c| &c.name == name) {
            components.push(RegisteredComponent {
                name: name.clone(),
                region: Region::UsEast,
                sla: 99.9,
                critical: false,
                data_categories: vec![DataCategory::OperationalMetrics],
                data_origin: None,
            });
        }
    }
    components.sort_by(|a, b| a.name.cmp(&b.name));
    components.dedup_by(|a, b| a.name == b.name);

    let critical: std::collections::HashSet<String> =
        components.iter().filter(|c| c.critical).map(|c| c.name.clone()).collect();
    let use_healer = store::has_rows(pool, "incidents").await?;
    let (incidents, incident_source, incident_summaries) = if use_healer {
        let (list, summaries) = incidents_from_healer(pool, from_ms, to_ms, &critical).await?;
        (list, "incidents", summaries)
    } else {
        let (list, summaries) = incidents_from_status_changes(pool, from_ms, to_ms).await?;
        (list, "status_changes", summaries)
    };
    let use_actions = store::has_rows(pool, "healing_actions").await?;
    let (healing, action_details) = if use_actions {
        healing_actions(pool, from_ms, to_ms).await?
    } else {
        supervisor_restarts(pool, from_ms, to_ms).await?
    };

    let mut retention = BTreeMap::new();
    for r in store::compliance::retention_by_kind_in(pool, from_ms, to_ms).await? {
        retention.insert(
            r.data_kind,
            RetentionFacts {
                last_run_ms: Some(r.last_run_ms),
                period_ms: Some(r.period_ms),
                rows: r.rows,
                action: r.action,
            },
        );
    }
    let retention_last_run_ms = store::compliance::last_retention_run_before(pool, to_ms).await?;
    let backup_last = match store::compliance::newest_backup_before(pool, to_ms).await? {
        Some(store::compliance::BackupRow { ts_ms, bytes, path, sha256: sha }) => {
            let p = std::path::PathBuf::from(&path);
            let p = if p.is_relative() { db_path.parent().map(|d| d.join(&p)).unwrap_or(p) } else { p };
            let verified = if p.is_file() {
                let (p, sha) = (p.clone(), sha.clone());
                tokio::task::spawn_blocking(move || {
                    guard_engine::compliance::backup::verify_file(&p, &sha).unwrap_or(false)
                })
                .await
                .ok()
            } else {
                None
            };
            Some(BackupFacts { ts_ms, bytes, path, verified })
        }
        None => None,
    };
    // One count of healing actions: the rows of `healing_actions` started in the period. Each
    // finished one has a `heal.<strategy>` audit row naming its `action_id` (written when it
    // finished, possibly after the period). `healing.*` rows (an operator's request, pause,
    // maintenance window, ladder change) are decisions, not actions, and are not counted.
    let audited_ids: std::collections::HashSet<String> = if use_actions {
        let ids = store::security::audited_healing_action_ids(pool, from_ms).await.unwrap_or_default();
        ids.into_iter().map(|i| format!("act-{i}")).collect()
    } else {
        Default::default()
    };
    let healing_audited = healing.iter().filter(|a| audited_ids.contains(&a.id)).count() as i64;
    let healing_unaudited: Vec<String> = if use_actions {
        healing.iter().filter(|a| a.result != "running" && !audited_ids.contains(&a.id)).map(|a| a.id.clone()).collect()
    } else {
        Vec::new()
    };
    let migrations: Vec<MigrationFacts> = healing
        .iter()
        .filter(|a| a.action == "migrate" && a.result == "succeeded")
        .filter_map(|a| {
            Some(MigrationFacts {
                action: a.id.clone(),
                component: a.component.clone(),
                target: migrate_target(action_details.get(&a.id)?)?,
                ts_ms: a.ts_ms,
            })
        })
        .collect();
    let backups_in_period = store::compliance::backups_in(pool, from_ms, to_ms).await?;
    let requests = store::compliance::subject_requests_in(pool, from_ms, to_ms).await?;
    let erasures_asked = store::security::audit_action_count(pool, "subject.erasure.requested", from_ms, to_ms).await?;
    let active = store::compliance::region_states(pool).await?;
    let mut active_regions: Vec<Region> = components.iter().map(|c| c.region).collect();
    for (r, on) in active {
        if let Some(r) = Region::parse(&r) {
            if on {
                active_regions.push(r);
            } else {
                active_regions.retain(|x| *x != r);
            }
        }
    }
    active_regions.sort();
    active_regions.dedup();

    Ok(Facts {
        components,
        registry_known,
        availability,
        days,
        incidents,
        healing,
        retention,
        retention_last_run_ms,
        backup_last,
        backups_in_period,
        requests: (requests.received, requests.done),
        audit: match audit {
            Some(a) => a,
            None => crate::audit::verify(pool, db_path).await?,
        },
        access: crate::audit::access_review(pool, to_ms).await?,
        encryption: storage_encryption(db_path),
        secrets: crate::audit::secret_facts(pool, db_path).await?,
        active_regions,
        incident_source,
        healing_audited: healing_audited as u64,
        healing_unaudited,
        migrations,
        erasures_unserved: erasures_asked.saturating_sub(requests.erasures_done),
        incident_summaries,
        action_details,
    })
}

/// The healer's incidents (migration 0002) detected in the period, merged ones left out (they
/// are folded into their root cause's incident). Time to detect: onset (the last moment the
/// component was seen well) to detection; time to recover: onset to resolution.
async fn incidents_from_healer(
    pool: &SqlitePool,
    from_ms: i64,
    to_ms: i64,
    critical: &std::collections::HashSet<String>,
) -> Result<(Vec<Incident>, HashMap<String, Msg>), sqlx::Error> {
    let rows = store::healing::incidents_detected_in(pool, from_ms, to_ms).await?;
    let counts = store::healing::action_counts_of_incidents_detected_in(pool, from_ms, to_ms).await?;
    let mut summaries = HashMap::new();
    let list = rows
        .into_iter()
        .map(
            |store::healing::IncidentRow {
                 id,
                 component,
                 root_cause,
                 kind,
                 reason,
                 escalated,
                 affected,
                 onset_ms: onset,
                 detected_ms: detected,
                 resolved_ms: resolved,
                 reason_message,
             }| {
                // English as stored, and the same as a message to say in the report's language.
                let mut message = reason_message;
                let mut summary = reason;
                if root_cause != component {
                    let m = Msg::new("incident-summary-root-cause").text("root", &root_cause);
                    message = Some(match message {
                        Some(r) => m.msg("reason", r),
                        None => m.text("reason", &summary),
                    });
                    summary = format!("{summary} (root cause: {root_cause})");
                }
                if !affected.is_empty() {
                    let m = Msg::new("incident-summary-affected").text("components", affected.join(", "));
                    message = Some(match message {
                        Some(r) => m.msg("summary", r),
                        None => m.text("summary", &summary),
                    });
                    summary = format!("{summary}; also affected: {}", affected.join(", "));
                }
                if let Some(m) = message {
                    summaries.insert(format!("inc-{id}"), m);
                }
                let severity = if escalated {
                    "critical"
                } else if critical.contains(&component) {
                    "high"
                } else {
                    "medium"
                };
                Incident {
                    id: format!("inc-{id}"),
                    component,
                    severity: Some(severity.into()),
                    kind: Some(kind),
                    started_ms: onset,
                    detected_ms: Some(detected),
                    recovered_ms: resolved,
                    time_to_detect_ms: Some((detected - onset).max(0)),
                    time_to_recover_ms: resolved.map(|r| (r - onset).max(0)),
                    actions: counts.get(&id).copied().unwrap_or(0),
                    escalated,
                    summary,
                    summary_message: None,
                }
            },
        )
        .collect();
    Ok((list, summaries))
}

/// Every healing action started in the period (migration 0002), supervisor respawns included.
/// With each one's detail as a message where it has one (migration 0012).
async fn healing_actions(
    pool: &SqlitePool,
    from_ms: i64,
    to_ms: i64,
) -> Result<(Vec<HealingAction>, HashMap<String, Msg>), sqlx::Error> {
    let rows = store::healing::actions_started_in(pool, from_ms, to_ms).await?;
    let mut details = HashMap::new();
    let list = rows
        .into_iter()
        .map(
            |store::healing::ActionRow {
                 id,
                 component,
                 incident_id: incident,
                 strategy,
                 trigger,
                 started_ms: started,
                 finished_ms: finished,
                 result,
                 detail,
                 detail_message,
             }| {
                if let Some(m) = detail_message {
                    details.insert(format!("act-{id}"), m);
                }
                HealingAction {
                    id: format!("act-{id}"),
                    component,
                    ts_ms: started,
                    // The supervisor's respawn is what older reports called a supervisor restart.
                    action: if strategy == "respawn" { "supervisor_restart".into() } else { strategy },
                    result,
                    detail,
                    trigger: Some(trigger),
                    incident: incident.map(|i| format!("inc-{i}")),
                    duration_ms: finished.map(|f| (f - started).max(0)),
                    detail_message: None,
                }
            },
        )
        .collect();
    Ok((list, details))
}

/// Incidents as episodes of the status history: from leaving `healthy` for `failed` or
/// `degraded` until the next return to `healthy`. Used for databases where the healer never
/// recorded an incident. Each one's summary is the check's issues at its start, as a message
/// (`check-issue-list`) to say in the report's language, and in English.
async fn incidents_from_status_changes(
    pool: &SqlitePool,
    from_ms: i64,
    to_ms: i64,
) -> Result<(Vec<Incident>, HashMap<String, Msg>), sqlx::Error> {
    let rows = store::history::status_changes_in(pool, from_ms, to_ms).await?;
    let mut out: Vec<Incident> = Vec::new();
    let mut summaries = HashMap::new();
    let mut open: HashMap<String, usize> = HashMap::new();
    for store::history::StatusChangeRow { id, component: comp, ts_ms: ts, to_status: to, issues, .. } in rows {
        let bad = to == "failed" || to == "degraded";
        match (bad, open.get(&comp).copied()) {
            (true, None) => {
                let summary = if issues.is_empty() {
                    String::new()
                } else {
                    let m = Msg::new("check-issue-list").list("issues", issues);
                    let english = m.english();
                    summaries.insert(format!("sc-{id}"), m);
                    english
                };
                open.insert(comp.clone(), out.len());
                out.push(Incident {
                    id: format!("sc-{id}"),
                    component: comp,
                    severity: Some(if to == "failed" { "high".into() } else { "medium".into() }),
                    started_ms: ts,
                    detected_ms: Some(ts),
                    recovered_ms: None,
                    time_to_detect_ms: None,
                    time_to_recover_ms: None,
                    kind: None,
                    actions: 0,
                    escalated: false,
                    summary,
                    summary_message: None,
                });
            }
            (true, Some(i)) if to == "failed" => {
                out[i].severity = Some("high".into());
            }
            (false, Some(i)) if to == "healthy" => {
                out[i].recovered_ms = Some(ts);
                out[i].time_to_recover_ms = Some(ts - out[i].started_ms);
                open.remove(&comp);
            }
            _ => {}
        }
    }
    out.sort_by(|a, b| a.started_ms.cmp(&b.started_ms).then(a.component.cmp(&b.component)));
    Ok((out, summaries))
}

/// The supervisor's restarts: a `started` event of an instance that had exited before, with
/// how it exited as a message (said in the report's language) and in English.
async fn supervisor_restarts(
    pool: &SqlitePool,
    from_ms: i64,
    to_ms: i64,
) -> Result<(Vec<HealingAction>, HashMap<String, Msg>), sqlx::Error> {
    let rows = store::history::process_events_in(pool, from_ms, to_ms).await?;
    let mut last_exit: HashMap<(String, i64), Msg> = HashMap::new();
    let mut out = Vec::new();
    let mut details = HashMap::new();
    for store::history::ProcessEventRow {
        id,
        component: comp,
        instance: inst,
        ts_ms: ts,
        kind,
        pid,
        exit_code: code,
        signal,
    } in rows
    {
        if kind == "exited" {
            let why = match (code, signal) {
                (_, Some(s)) => Msg::new("process-killed-signal").text("pid", pid).text("signal", s),
                (Some(c), None) => Msg::new("process-exited-status").text("pid", pid).text("code", c),
                _ => Msg::new("process-exited").text("pid", pid),
            };
            last_exit.insert((comp, inst), why);
        } else if kind == "started"
            && let Some(why) = last_exit.remove(&(comp.clone(), inst))
        {
            let id = format!("pe-{id}");
            out.push(HealingAction {
                id: id.clone(),
                component: comp,
                ts_ms: ts,
                action: "supervisor_restart".into(),
                result: "succeeded".into(),
                detail: why.english(),
                trigger: Some("supervisor".into()),
                incident: None,
                duration_ms: None,
                detail_message: None,
            });
            details.insert(id, why);
        }
    }
    Ok((out, details))
}

/// Is the database file on an encrypted (dm-crypt/LUKS) volume? Returns (encrypted, device).
pub fn storage_encryption(db_path: &Path) -> (bool, String) {
    let path = std::fs::canonicalize(db_path).unwrap_or_else(|_| db_path.to_path_buf());
    let Ok(info) = std::fs::read_to_string("/proc/self/mountinfo") else { return (false, "unknown".into()) };
    // mountinfo: id parent major:minor root mount-point options ... - fstype source superopts
    let mut best: Option<(usize, String, String)> = None;
    for line in info.lines() {
        let f: Vec<&str> = line.split(' ').collect();
        let Some(sep) = f.iter().position(|x| *x == "-") else { continue };
        let (Some(mp), Some(fstype), Some(src)) = (f.get(4), f.get(sep + 1), f.get(sep + 2)) else { continue };
        let mp = mp.replace("\\040", " ");
        if path.starts_with(&mp) && best.as_ref().is_none_or(|b| mp.len() >= b.0) {
            best = Some((mp.len(), src.to_string(), fstype.to_string()));
        }
    }
    let Some((_, src, fstype)) = best else { return (false, "unknown".into()) };
    let dev = std::fs::canonicalize(&src).unwrap_or_else(|_| src.clone().into());
    let name = dev.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
    let uuid = std::fs::read_to_string(format!("/sys/block/{name}/dm/uuid")).unwrap_or_default();
    (uuid.starts_with("CRYPT-"), format!("{src} ({fstype})"))
}
