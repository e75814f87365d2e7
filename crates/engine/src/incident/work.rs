//! Working an incident (issue 20): acknowledge it, assign it to an account, add notes.
//!
//! Stored with the incident (migration 0022: columns of `incidents`, the append-only table
//! `incident_notes`), each change also becomes a timeline entry (`acknowledged`, `assigned`,
//! `note`, said in any language from `locales/<lang>/ui-incidents-work.ftl`), one audit row by
//! the person who did it (`incident.acknowledge`, `incident.assign`, `incident.note`, target
//! `incident:<id>`), and an [`EngineEvent::IncidentWorked`] on the bus so every open window
//! refetches.
//!
//! Who: the caller's account. With security disabled (the server then listens on loopback only)
//! nobody signs in, and the person at the machine is the local operator: the OS account running
//! the guard ([`crate::security::os_user_name`]); it is then the only account incidents can be
//! assigned to. With security enabled, incidents are assigned to enabled accounts of the
//! security module.

use std::collections::HashMap;

use serde::Deserialize;
use ts_rs::TS;

use super::{IncidentStore, TimelineEvent};
use crate::heal::timeline::Msg;
use crate::heal::views::{IncidentAck, IncidentAssignment, IncidentNote, IncidentView};
use crate::history::HistoryError;

/// The longest note, in characters.
pub const NOTE_MAX_CHARS: usize = 4000;

/// What changed on an incident ([`EngineEvent::IncidentWorked`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum WorkChange {
    Acknowledged,
    Assigned,
    Note,
}

/// `PUT /api/incidents/{id}/assignee`, the `assign_incident` command: `account` (`null`:
/// nobody).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct AssignRequest {
    pub account: Option<String>,
}

/// `POST /api/incidents/{id}/notes`, the `add_incident_note` command.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct NoteRequest {
    pub text: String,
}

type R<T> = Result<T, HistoryError>;

impl IncidentStore {
    /// Fill the acknowledgement, assignment and notes of `list` (incidents detected in
    /// `[from_ms, to_ms)`, of `component` when given): two queries whatever the count.
    pub(super) async fn add_work(
        &self,
        list: &mut [IncidentView],
        from_ms: i64,
        to_ms: i64,
        component: Option<&str>,
    ) -> R<()> {
        if list.is_empty() {
            return Ok(());
        }
        type Row = (i64, Option<String>, Option<i64>, Option<String>, Option<String>, Option<i64>);
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT id, acknowledged_by, acknowledged_ms, assignee, assigned_by, assigned_ms FROM incidents
             WHERE detected_ms >= ? AND detected_ms < ? AND (? IS NULL OR component = ?) AND (acknowledged_by IS NOT NULL OR assignee IS NOT NULL)",
        )
        .bind(from_ms)
        .bind(to_ms)
        .bind(component)
        .bind(component)
        .fetch_all(self.pool())
        .await?;
        let mut work: HashMap<i64, (Option<IncidentAck>, Option<IncidentAssignment>)> = HashMap::new();
        for (id, ack_by, ack_ms, account, by, at_ms) in rows {
            let ack = ack_by.zip(ack_ms).map(|(by, at_ms)| IncidentAck { by, at_ms });
            let assignment = account.map(|account| IncidentAssignment {
                account,
                by: by.unwrap_or_default(),
                at_ms: at_ms.unwrap_or_default(),
            });
            work.insert(id, (ack, assignment));
        }
        let notes: Vec<(i64, i64, i64, String, String)> = sqlx::query_as(
            "SELECT n.incident_id, n.id, n.at_ms, n.author, n.text FROM incident_notes n JOIN incidents i ON i.id = n.incident_id
             WHERE i.detected_ms >= ? AND i.detected_ms < ? AND (? IS NULL OR i.component = ?) ORDER BY n.at_ms, n.id",
        )
        .bind(from_ms)
        .bind(to_ms)
        .bind(component)
        .bind(component)
        .fetch_all(self.pool())
        .await?;
        let mut by_incident: HashMap<i64, Vec<IncidentNote>> = HashMap::new();
        for (incident, id, at_ms, author, text) in notes {
            by_incident.entry(incident).or_default().push(IncidentNote { id, at_ms, author, text });
        }
        for inc in list.iter_mut() {
            if let Some((ack, assignment)) = work.remove(&inc.id) {
                inc.acknowledged = ack;
                inc.assignment = assignment;
            }
            inc.notes = by_incident.remove(&inc.id).unwrap_or_default();
        }
        Ok(())
    }

    /// Record that `by` acknowledged incident `id` at `at_ms`; `false` when it already was
    /// (nothing changes then).
    pub async fn acknowledge(&self, id: i64, by: &str, at_ms: i64) -> R<bool> {
        let done = sqlx::query(
            "UPDATE incidents SET acknowledged_by = ?, acknowledged_ms = ? WHERE id = ? AND acknowledged_by IS NULL",
        )
        .bind(by)
        .bind(at_ms)
        .bind(id)
        .execute(self.pool())
        .await?
        .rows_affected();
        if done == 1 {
            self.event(
                id,
                at_ms,
                &TimelineEvent {
                    kind: "acknowledged",
                    msg: Msg::new("incident-work-acknowledged").text("by", by),
                    ..Default::default()
                },
            )
            .await?;
        }
        Ok(done == 1)
    }

    /// Assign incident `id` to `account` (`None`: nobody), as `by` at `at_ms`.
    pub async fn assign(&self, id: i64, account: Option<&str>, by: &str, at_ms: i64) -> R<()> {
        sqlx::query("UPDATE incidents SET assignee = ?, assigned_by = ?, assigned_ms = ? WHERE id = ?")
            .bind(account)
            .bind(by)
            .bind(at_ms)
            .bind(id)
            .execute(self.pool())
            .await?;
        let msg = match account {
            Some(a) => Msg::new("incident-work-assigned").text("account", a).text("by", by),
            None => Msg::new("incident-work-unassigned").text("by", by),
        };
        self.event(id, at_ms, &TimelineEvent { kind: "assigned", msg, ..Default::default() }).await
    }

    /// Append a note by `author`; its id.
    pub async fn add_note(&self, id: i64, author: &str, text: &str, at_ms: i64) -> R<i64> {
        let note: i64 = sqlx::query_scalar(
            "INSERT INTO incident_notes (incident_id, at_ms, author, text) VALUES (?, ?, ?, ?) RETURNING id",
        )
        .bind(id)
        .bind(at_ms)
        .bind(author)
        .bind(text)
        .fetch_one(self.pool())
        .await?;
        self.event(
            id,
            at_ms,
            &TimelineEvent::note(Msg::new("incident-work-note").text("author", author).text("text", text)),
        )
        .await?;
        Ok(note)
    }

    /// The component of incident `id`, if there is one.
    pub async fn component_of(&self, id: i64) -> R<Option<String>> {
        Ok(sqlx::query_scalar("SELECT component FROM incidents WHERE id = ?")
            .bind(id)
            .fetch_optional(self.pool())
            .await?)
    }
}

/// The audit target of incident `id`.
pub fn target(id: i64) -> String {
    format!("incident:{id}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::incident::NewIncident;

    #[tokio::test]
    async fn work_round_trips_and_notes_are_append_only() {
        let dir = tempfile::tempdir().unwrap();
        let pool = crate::history::open_pool(&dir.path().join("h.db")).await.unwrap();
        let s = IncidentStore::new(pool.clone());
        let reason = Msg::new("incident-reason-check").text("issues", "timed out");
        let id = s
            .open(&NewIncident {
                component: "api",
                root_cause: "api",
                kind: "down",
                source: "check",
                reason: &reason,
                onset_ms: 1_000,
                detected_ms: 1_000,
                fingerprint: None,
            })
            .await
            .unwrap();
        let other = s
            .open(&NewIncident {
                component: "db",
                root_cause: "db",
                kind: "down",
                source: "check",
                reason: &reason,
                onset_ms: 2_000,
                detected_ms: 2_000,
                fingerprint: None,
            })
            .await
            .unwrap();
        assert!(s.acknowledge(id, "olga", 1_100).await.unwrap());
        assert!(!s.acknowledge(id, "nina", 1_200).await.unwrap(), "a second acknowledgement changes nothing");
        s.assign(id, Some("nina"), "olga", 1_300).await.unwrap();
        s.add_note(id, "nina", "looking at the pool", 1_400).await.unwrap();
        s.add_note(id, "olga", "pool resized", 1_500).await.unwrap();
        let list = s.list(0, 10_000, None, 10).await.unwrap();
        let inc = list.iter().find(|i| i.id == id).unwrap();
        assert_eq!(inc.acknowledged, Some(IncidentAck { by: "olga".into(), at_ms: 1_100 }));
        assert_eq!(
            inc.assignment,
            Some(IncidentAssignment { account: "nina".into(), by: "olga".into(), at_ms: 1_300 })
        );
        assert_eq!(
            inc.notes.iter().map(|n| (n.author.as_str(), n.text.as_str())).collect::<Vec<_>>(),
            [("nina", "looking at the pool"), ("olga", "pool resized")]
        );
        let kinds: Vec<&str> = inc.timeline.iter().map(|e| e.kind.as_str()).collect();
        assert_eq!(kinds, ["detected", "acknowledged", "assigned", "note", "note"]);
        let o = list.iter().find(|i| i.id == other).unwrap();
        assert!(o.acknowledged.is_none() && o.assignment.is_none() && o.notes.is_empty());
        // Filtered by component and by time, the work comes along.
        assert_eq!(s.list(0, 10_000, Some("api"), 10).await.unwrap()[0].notes.len(), 2);
        assert!(s.list(1_500, 10_000, None, 10).await.unwrap().iter().all(|i| i.id == other));
        // Append-only: no edit of the text, no removal; the author's name may become a pseudonym.
        assert!(sqlx::query("UPDATE incident_notes SET text = 'x'").execute(&pool).await.is_err());
        assert!(sqlx::query("DELETE FROM incident_notes").execute(&pool).await.is_err());
        sqlx::query("UPDATE incident_notes SET author = 'p-1' WHERE author = 'nina'").execute(&pool).await.unwrap();
        s.assign(id, None, "olga", 1_600).await.unwrap();
        let inc = s.get(id).await.unwrap().unwrap();
        assert_eq!((inc.assignment, inc.notes[0].author.as_str()), (None, "p-1"));
    }
}
