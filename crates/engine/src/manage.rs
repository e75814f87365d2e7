//! Components managed at run time (the UI's and the API's add / edit / pause / resume /
//! delete): the change is written to the config file first (`config::edit`: one entry spliced,
//! comments and order of everything else kept, the whole new file validated by the one loader,
//! then written atomically), then applied to the running guard without a restart — the
//! component's check loop, supervised child, healing and detection state are started, replaced
//! or dropped — and audited with the account (`component.add`, `component.edit`,
//! `component.pause`, `component.resume`, `component.delete`).
//!
//! A change the validator refuses is answered with its problems mapped to the entry's fields
//! ([`FieldProblem`]) and leaves the file and the guard untouched. Components with `front:` or
//! `autoscale:` (before or after) are refused: their listeners and scaling loops start with the
//! guard, so they change by editing the file and restarting.

use std::sync::Arc;

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use ts_rs::TS;

use crate::api::ComponentView;
use crate::clock::unix_ms;
use crate::config::edit::{self, EditError, FieldProblem};
use crate::config::{self, ComponentSpec, Config};
use crate::guard::{ComponentState, GuardError, GuardInner, PipelineGuard};
use crate::heal::timeline::Msg;
use crate::history::HistoryError;
use crate::model::Status;

/// Where components live in the config.
const LIST: &str = "/components";
const KEY: &str = "name";

/// A component's config as written in the file (no defaults filled in), for the edit form
/// (`GET /api/components/{name}/config`, the `component_config` command).
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ComponentConfigView {
    pub name: String,
    /// The entry of `components:` as JSON (the YAML's own shape).
    #[ts(type = "Record<string, unknown>")]
    pub config: Value,
    /// The config file changes are written to; `null` when the guard runs on text without a
    /// file (then changes are refused).
    pub file: Option<String>,
}

/// Body of an add or an edit: the whole entry, as in the YAML.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct ComponentChange {
    #[ts(type = "Record<string, unknown>")]
    pub config: Value,
}

/// Body of a delete: keep the component's history (samples, incidents, …) or purge it. The
/// audit log is never touched.
#[derive(Debug, Clone, Copy, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct ComponentDelete {
    pub purge: bool,
}

/// What a change did: applied (and the component as it is now, `null` after a delete), or
/// refused with the validator's problems beside the fields (nothing written, nothing applied).
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ComponentChangeResult {
    pub applied: bool,
    pub problems: Vec<FieldProblem>,
    pub component: Option<ComponentView>,
    /// Rows of history deleted by a purge.
    #[ts(type = "number")]
    pub purged_rows: u64,
}

impl ComponentChangeResult {
    fn refused(problems: Vec<FieldProblem>) -> Self {
        ComponentChangeResult { applied: false, problems, component: None, purged_rows: 0 }
    }
}

fn problem(field: Option<&str>, message: String) -> FieldProblem {
    FieldProblem::new(field, message)
}

impl PipelineGuard {
    /// The entry of `name` as written in the config file.
    pub fn component_config(&self, name: &str) -> Result<ComponentConfigView, GuardError> {
        let cfg = self.config();
        if cfg.component(name).is_none() {
            return Err(GuardError::UnknownComponent(name.into()));
        }
        let file = cfg.source.as_ref().map(|p| p.display().to_string());
        let config = match &cfg.source {
            Some(p) => {
                let text = std::fs::read_to_string(p).map_err(|e| {
                    GuardError::BadRequest(Msg::new("api-error-file").text("file", p.display()).text("detail", e))
                })?;
                edit::entry(&text, LIST, KEY, name).map_err(|e| GuardError::BadRequest(e.msg()))?.unwrap_or(Value::Null)
            }
            None => Value::Null,
        };
        Ok(ComponentConfigView { name: name.into(), config, file })
    }

    /// Add a component: written to the config, checked (and supervised) at once.
    pub async fn add_component(
        &self,
        change: ComponentChange,
        lang: guard_i18n::Lang,
        actor: &str,
    ) -> Result<ComponentChangeResult, GuardError> {
        let _one_change_at_a_time = self.inner().manage_lock.lock().await;
        let name = entry_name(&change.config);
        let value = change.config.clone();
        let res = self.change_file(None, &name, lang, |src| edit::append(src, LIST, KEY, &value))?;
        self.finish(res, None, Some(&name), actor, "component.add", json!({ "config": summary(&change.config) })).await
    }

    /// Replace the component `name` by the entry given (a rename when its name differs).
    pub async fn replace_component(
        &self,
        name: &str,
        change: ComponentChange,
        lang: guard_i18n::Lang,
        actor: &str,
    ) -> Result<ComponentChangeResult, GuardError> {
        let _one_change_at_a_time = self.inner().manage_lock.lock().await;
        self.known(name)?;
        let new_name = entry_name(&change.config);
        let value = change.config.clone();
        let res =
            self.change_file(Some(name), &new_name, lang, |src| edit::upsert_named(src, LIST, KEY, name, &value))?;
        self.finish(
            res,
            Some(name),
            Some(&new_name),
            actor,
            "component.edit",
            json!({ "config": summary(&change.config), "renamed_from": (new_name != name).then_some(name) }),
        )
        .await
    }

    /// Pause (no checks, no healing; `paused: true` in the file) or resume a component.
    pub async fn set_component_paused(
        &self,
        name: &str,
        paused: bool,
        lang: guard_i18n::Lang,
        actor: &str,
    ) -> Result<ComponentChangeResult, GuardError> {
        let _one_change_at_a_time = self.inner().manage_lock.lock().await;
        self.known(name)?;
        let value = paused.then_some(Value::Bool(true));
        let res = self.change_file(Some(name), name, lang, |src| {
            edit::set_field(src, LIST, KEY, name, "paused", value.as_ref())
        })?;
        let action = if paused { "component.pause" } else { "component.resume" };
        self.finish(res, Some(name), Some(name), actor, action, json!({ "paused": paused })).await
    }

    /// Remove a component: its checks and child stop, its state is dropped; with `purge` its
    /// samples, status changes, process events, incidents, healing actions, findings,
    /// deliveries, outages and stored preferences are deleted too. Audit rows stay.
    pub async fn delete_component(
        &self,
        name: &str,
        delete: ComponentDelete,
        lang: guard_i18n::Lang,
        actor: &str,
    ) -> Result<ComponentChangeResult, GuardError> {
        let _one_change_at_a_time = self.inner().manage_lock.lock().await;
        self.known(name)?;
        let res = self.change_file(Some(name), name, lang, |src| edit::remove_named(src, LIST, KEY, name))?;
        let mut out =
            self.finish(res, Some(name), None, actor, "component.delete", json!({ "purge": delete.purge })).await?;
        if out.applied && delete.purge {
            out.purged_rows = purge_history(self.inner(), name).await?;
        }
        Ok(out)
    }

    fn known(&self, name: &str) -> Result<(), GuardError> {
        self.config().component(name).map(|_| ()).ok_or_else(|| GuardError::UnknownComponent(name.into()))
    }

    /// Edit the config file with `edit`, validate the whole new text, write it. `Ok(Err(_))`:
    /// refused, nothing written.
    fn change_file(
        &self,
        old: Option<&str>,
        new_name: &str,
        lang: guard_i18n::Lang,
        edit: impl FnOnce(&str) -> Result<String, EditError>,
    ) -> Result<Result<Config, Vec<FieldProblem>>, GuardError> {
        let current = self.config();
        // Fronts and auto-scalers start with the guard: refuse rather than half-apply.
        let check = |cfg: &Config| {
            let live = [old.and_then(|o| current.component(o)), cfg.component(new_name)];
            for spec in live.into_iter().flatten() {
                for (on, field) in [(spec.front.is_some(), "/front"), (spec.autoscale.is_some(), "/autoscale")] {
                    if on {
                        return Err(vec![problem(
                            Some(field),
                            config::tr(
                                lang,
                                "comp-edit-err-needs-restart",
                                &[("field", field.trim_start_matches('/').into())],
                            ),
                        )]);
                    }
                }
            }
            Ok(())
        };
        let edit = |src: &str| edit(src).map_err(|e| vec![problem(None, e.say(lang))]);
        match edit::change_config(&current, (LIST, KEY, new_name), lang, edit, check) {
            Ok(cfg) => Ok(Ok(cfg)),
            Err(edit::ChangeError::Problems(p)) => Ok(Err(p)),
            Err(edit::ChangeError::Io { file, error }) => {
                Err(GuardError::BadRequest(Msg::new("api-error-file").text("file", file).text("detail", error)))
            }
        }
    }

    /// Apply a written change to the running guard, audit it, answer with the component.
    async fn finish(
        &self,
        res: Result<Config, Vec<FieldProblem>>,
        old: Option<&str>,
        new: Option<&str>,
        actor: &str,
        action: &str,
        details: Value,
    ) -> Result<ComponentChangeResult, GuardError> {
        let written = match res {
            Ok(c) => c,
            Err(problems) => return Ok(ComponentChangeResult::refused(problems)),
        };
        let inner = self.inner();
        let before = inner.config();
        let old_spec = old.and_then(|o| before.component(o)).cloned();
        let new_spec = new.and_then(|n| written.component(n)).cloned();
        // The config in force: the one component changed, everything else as it runs.
        let mut next = (*before).clone();
        next.source = written.source.clone();
        match (&old_spec, &new_spec) {
            (Some(o), Some(n)) => {
                if let Some(slot) = next.components.iter_mut().find(|c| c.name == o.name) {
                    *slot = n.clone();
                }
            }
            (None, Some(n)) => next.components.push(n.clone()),
            (Some(o), None) => next.components.retain(|c| c.name != o.name),
            (None, None) => {}
        }
        apply(inner, &next, old_spec.as_ref(), new_spec.as_ref()).await;
        let target = new.or(old).unwrap_or_default();
        self.audit().append(actor, action, target, details).await?;
        let kind = action.trim_start_matches("component.").to_string();
        inner.bus.publish(crate::events::EngineEvent::ComponentChanged {
            at_ms: unix_ms(),
            component: target.to_string(),
            action: kind,
        });
        tracing::info!(component = target, action, actor, "component changed");
        let component = new.and_then(|n| self.component(n).ok());
        Ok(ComponentChangeResult { applied: true, problems: Vec::new(), component, purged_rows: 0 })
    }
}

/// The entry's `name` (empty when missing: the validator then says so).
fn entry_name(v: &Value) -> String {
    v.get(KEY).and_then(Value::as_str).unwrap_or_default().to_string()
}

/// What the audit row keeps of an entry: its top-level keys and the SHA-256 of its JSON, never
/// the values (a child's environment, a webhook URL with its token, a URL with a password).
fn summary(v: &Value) -> Value {
    use sha2::Digest;
    let keys: Vec<&String> = v.as_object().map(|o| o.keys().collect()).unwrap_or_default();
    json!({ "keys": keys, "sha256": hex::encode(sha2::Sha256::digest(v.to_string().as_bytes())) })
}

/// Start, replace or drop one component's run-time parts; `config` is the config in force
/// after the change.
async fn apply(inner: &Arc<GuardInner>, config: &Config, old: Option<&ComponentSpec>, new: Option<&ComponentSpec>) {
    let now = unix_ms();
    let only_pause = matches!((old, new), (Some(o), Some(n)) if same_but_paused(o, n));
    if let Some(o) = old {
        inner.stop_loop(&o.name);
        let renamed_or_gone = new.is_none_or(|n| n.name != o.name);
        let process_changed =
            renamed_or_gone || new.is_some_and(|n| format!("{:?}", n.process) != format!("{:?}", o.process));
        if o.process.is_some() && process_changed {
            for i in inner.supervisor.instances(&o.name) {
                let _ = inner.supervisor.stop(&o.name, i).await;
            }
        }
        if renamed_or_gone {
            // Nobody watches it from now on: no data, not an outage (availability.rs).
            let from = inner.states.write().remove(&o.name).map(|st| st.status);
            if let Some(from) = from.filter(|s| *s != Status::Unknown) {
                inner.availability.status_changed(
                    &inner.history,
                    &o.name,
                    from,
                    Status::Unknown,
                    &[crate::check::Msg::new("check-issue-component-removed")],
                    now,
                );
            }
        }
        if !only_pause {
            inner.healing.remove_component(&o.name);
            inner.detection.remove_component(&o.name);
        }
    }
    inner.set_config(config.clone());
    let Some(n) = new else { return };
    if only_pause {
        if let Some(c) = inner.healing.state.lock().comps.get_mut(&n.name) {
            c.gate.paused = n.paused;
        }
    } else {
        inner.healing.add_component(n);
        inner.detection.set_component(n, config);
        let reg = vec![crate::compliance::registry::RegisteredComponent::from_spec(n)];
        if let Err(e) = crate::compliance::registry::record_components(inner.history.pool(), &reg, now).await {
            tracing::warn!(error = %e, "cannot record the component registry");
        }
    }
    let fresh = !inner.states.read().contains_key(&n.name);
    if fresh {
        inner.states.write().insert(n.name.clone(), ComponentState::new(now));
    }
    if let Some(p) = &n.process
        && inner.supervisor.instances(&n.name).is_empty()
    {
        if let Some(st) = inner.states.write().get_mut(&n.name) {
            st.starting_since_ms = Some(now);
        }
        if let Err(e) = inner.supervisor.start(&n.name, 0, p.clone()) {
            tracing::error!(component = %n.name, error = %e, "cannot supervise");
        }
    }
    if n.paused {
        inner.mark_unwatched(&n.name);
    } else {
        inner.spawn_loop(n);
        inner.nudge(&n.name);
    }
}

/// Two specs that differ only in `paused`.
fn same_but_paused(a: &ComponentSpec, b: &ComponentSpec) -> bool {
    let mut b2 = b.clone();
    b2.paused = a.paused;
    format!("{a:?}") == format!("{b2:?}")
}

/// Delete everything the history holds about `name` except the audit log (which stays whole:
/// its rows are hash-chained and signed).
async fn purge_history(inner: &Arc<GuardInner>, name: &str) -> Result<u64, GuardError> {
    // What is pending goes to the database first, so nothing of it comes back after the purge.
    if let Err(e) = inner.history.flush().await {
        tracing::warn!(error = %e, "purge without the pending rows");
    }
    let pool = inner.history.pool();
    let series = "SELECT id FROM series WHERE instr(',' || tags || ',', ',component=' || ?1 || ',') > 0";
    let statements = [
        format!("DELETE FROM samples WHERE series_id IN ({series})"),
        format!("DELETE FROM sample_chunks WHERE series_id IN ({series})"),
        format!("DELETE FROM rollups_1m WHERE series_id IN ({series})"),
        format!("DELETE FROM rollup_chunks WHERE series_id IN ({series})"),
        "DELETE FROM status_changes WHERE component = ?1".into(),
        "DELETE FROM process_events WHERE component = ?1".into(),
        "DELETE FROM incident_events WHERE incident_id IN (SELECT id FROM incidents WHERE component = ?1)".into(),
        "DELETE FROM healing_actions WHERE component = ?1".into(),
        "DELETE FROM incidents WHERE component = ?1".into(),
        "DELETE FROM detection_findings WHERE component = ?1".into(),
        "DELETE FROM notification_deliveries WHERE component = ?1".into(),
        "DELETE FROM component_preferences WHERE component = ?1".into(),
        "DELETE FROM autoscale_decisions WHERE component = ?1".into(),
        "DELETE FROM autoscale_overrides WHERE component = ?1".into(),
        "DELETE FROM downtime WHERE component = ?1".into(),
        "DELETE FROM component_registry WHERE name = ?1".into(),
    ];
    let mut tx = pool.begin().await.map_err(HistoryError::from)?;
    let mut rows = 0;
    for sql in &statements {
        rows += sqlx::query(sql).bind(name).execute(&mut *tx).await.map_err(HistoryError::from)?.rows_affected();
    }
    tx.commit().await.map_err(HistoryError::from)?;
    inner.availability_now.write().remove(name);
    Ok(rows)
}

#[cfg(test)]
#[path = "manage_tests.rs"]
mod tests;
