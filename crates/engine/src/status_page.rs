//! The read-only status page (`pipeline.status_page`, served by `serve` at `/status`): what it
//! may show and nothing more. For each component the operator selected: its name, current
//! status, its availability (the engine's one figure, `availability.rs`, as the UI and reports
//! show it: the default period) and its open incidents, each as its kind and since when; never
//! reasons, timelines, notes, assignees or any other component.

use crate::availability::Availability;
use crate::guard::{GuardError, PipelineGuard};
use crate::model::Status;

/// The page's content; `None` from [`PipelineGuard::status_page`] while the page is off.
#[derive(Debug, Clone, PartialEq)]
pub struct StatusPage {
    /// The operator's title (`None`: the default title, said in the visitor's language).
    pub title: Option<String>,
    pub components: Vec<StatusComponent>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StatusComponent {
    pub name: String,
    pub status: Status,
    pub availability: Availability,
    pub open_incidents: Vec<StatusIncident>,
}

/// An open incident as the page shows it: what kind (`down`, `crash`, `memory_limit`,
/// `memory_forecast`, `alert`) and since when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusIncident {
    pub kind: String,
    pub since_ms: i64,
}

impl PipelineGuard {
    /// The status page, or `None` when `pipeline.status_page.enabled` is not `true`.
    pub async fn status_page(&self) -> Result<Option<StatusPage>, GuardError> {
        let settings = &self.config().pipeline.status_page;
        if !settings.enabled {
            return Ok(None);
        }
        let all = self.components();
        let open = self.inner().healing.store.open_summaries(&settings.components).await?;
        let components = settings
            .components
            .iter()
            .filter_map(|name| all.iter().find(|c| &c.name == name))
            .map(|c| StatusComponent {
                name: c.name.clone(),
                status: c.status,
                availability: c.availability,
                open_incidents: open
                    .iter()
                    .filter(|(n, _, _)| *n == c.name)
                    .map(|(_, kind, since)| StatusIncident { kind: kind.clone(), since_ms: *since })
                    .collect(),
            })
            .collect();
        Ok(Some(StatusPage { title: settings.title.clone(), components }))
    }
}
