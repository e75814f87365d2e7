//! `PipelineGuard`'s incident work: acknowledge, assign, notes (the store is `incident/work.rs`).

use super::{GuardError, PipelineGuard};
use crate::events::EngineEvent;
use crate::heal::views::IncidentView;
use crate::incident::work::*;

impl PipelineGuard {
    /// Who acts: the caller's account, or with security disabled the local operator.
    fn worker(&self, actor: &str) -> String {
        if self.security().enabled() { actor.to_string() } else { crate::security::os_user_name() }
    }

    /// The accounts an incident can be assigned to: the enabled accounts (security enabled), or
    /// the local operator alone (security disabled).
    pub async fn incident_assignees(&self) -> Result<Vec<String>, GuardError> {
        if !self.security().enabled() {
            return Ok(vec![crate::security::os_user_name()]);
        }
        Ok(self.security().list_users().await?.into_iter().filter(|u| !u.disabled).map(|u| u.name).collect())
    }

    async fn incident_component(&self, id: i64) -> Result<String, GuardError> {
        self.inner().healing.store.component_of(id).await?.ok_or(GuardError::UnknownIncident(id))
    }

    /// The incident as listings show it, said in `lang`.
    pub async fn incident_in(&self, id: i64, lang: guard_i18n::Lang) -> Result<IncidentView, GuardError> {
        let mut inc = self.inner().healing.store.get(id).await?.ok_or(GuardError::UnknownIncident(id))?;
        crate::incident::localize(std::slice::from_mut(&mut inc), crate::heal::localizer(), lang);
        Ok(inc)
    }

    fn worked(&self, id: i64, component: String, at_ms: i64, change: WorkChange, by: &str) {
        self.inner().bus.publish(EngineEvent::IncidentWorked {
            incident_id: id,
            component,
            at_ms,
            change,
            by: by.to_string(),
        });
    }

    /// `actor` acknowledges incident `id` (audited as `incident.acknowledge`). Acknowledging
    /// one that someone already acknowledged is a bad request that names them.
    pub async fn acknowledge_incident(
        &self,
        id: i64,
        actor: &str,
        lang: guard_i18n::Lang,
    ) -> Result<IncidentView, GuardError> {
        let component = self.incident_component(id).await?;
        let who = self.worker(actor);
        let now = crate::clock::unix_ms();
        if !self.inner().healing.store.acknowledge(id, &who, now).await? {
            let inc = self.incident_in(id, lang).await?;
            let by = inc.acknowledged.map(|a| a.by).unwrap_or_default();
            return Err(GuardError::BadRequest(
                crate::heal::timeline::Msg::new("api-error-already-acknowledged").text("id", id).text("by", by),
            ));
        }
        self.audit()
            .append(&who, "incident.acknowledge", &target(id), serde_json::json!({ "component": component }))
            .await?;
        self.worked(id, component, now, WorkChange::Acknowledged, &who);
        self.incident_in(id, lang).await
    }

    /// `actor` assigns incident `id` to `account` (one of [`Self::incident_assignees`]) or to
    /// nobody (audited as `incident.assign`).
    pub async fn assign_incident(
        &self,
        id: i64,
        account: Option<&str>,
        actor: &str,
        lang: guard_i18n::Lang,
    ) -> Result<IncidentView, GuardError> {
        let component = self.incident_component(id).await?;
        let account = account.map(str::trim).filter(|a| !a.is_empty());
        if let Some(a) = account {
            let all = self.incident_assignees().await?;
            if !all.iter().any(|x| x == a) {
                return Err(GuardError::BadRequest(
                    crate::heal::timeline::Msg::new("api-error-not-assignable")
                        .text("name", a)
                        .text("expected", all.join(", ")),
                ));
            }
        }
        let who = self.worker(actor);
        let now = crate::clock::unix_ms();
        self.inner().healing.store.assign(id, account, &who, now).await?;
        self.audit()
            .append(
                &who,
                "incident.assign",
                &target(id),
                serde_json::json!({ "component": component, "assignee": account }),
            )
            .await?;
        self.worked(id, component, now, WorkChange::Assigned, &who);
        self.incident_in(id, lang).await
    }

    /// `actor` adds a note to incident `id` (audited as `incident.note`; the audit row keeps
    /// the note's length, not its text). Empty notes and notes over [`NOTE_MAX_CHARS`]
    /// characters are bad requests.
    pub async fn add_incident_note(
        &self,
        id: i64,
        text: &str,
        actor: &str,
        lang: guard_i18n::Lang,
    ) -> Result<IncidentView, GuardError> {
        let component = self.incident_component(id).await?;
        let text = text.trim();
        if text.is_empty() {
            return Err(GuardError::BadRequest(crate::heal::timeline::Msg::new("api-error-note-empty")));
        }
        let chars = text.chars().count();
        if chars > NOTE_MAX_CHARS {
            return Err(GuardError::BadRequest(
                crate::heal::timeline::Msg::new("api-error-note-too-long")
                    .num("max", NOTE_MAX_CHARS as f64)
                    .num("count", chars as f64),
            ));
        }
        let who = self.worker(actor);
        let now = crate::clock::unix_ms();
        let note = self.inner().healing.store.add_note(id, &who, text, now).await?;
        self.audit()
            .append(
                &who,
                "incident.note",
                &target(id),
                serde_json::json!({ "component": component, "note": note, "chars": chars }),
            )
            .await?;
        self.worked(id, component, now, WorkChange::Note, &who);
        self.incident_in(id, lang).await
    }
}
