//! Incidents, their timelines and every healing action, in the guard's SQLite file
//! (`migrations/0002_incidents.sql`). Written directly (incidents are rare), not through the
//! batched sample writer. Reasons and timeline entries are stored as Fluent messages with their
//! English text beside them (migration 0011, `timeline.rs`); readers say them in any language.

pub mod work;

use std::collections::BTreeMap;

use sqlx::SqlitePool;

use crate::heal::timeline::{Msg, say};
use crate::heal::views::{ActionView, ComponentStats, HealingStats, IncidentEventView, IncidentView, StatsRow};
use crate::history::HistoryError;

/// A new incident.
#[derive(Debug, Clone)]
pub struct NewIncident<'a> {
    pub component: &'a str,
    pub root_cause: &'a str,
    pub kind: &'a str,
    pub source: &'a str,
    pub reason: &'a Msg,
    pub onset_ms: i64,
    pub detected_ms: i64,
    pub fingerprint: Option<&'a str>,
}

/// One timeline entry to add.
#[derive(Debug, Clone, Default)]
pub struct TimelineEvent<'a> {
    pub kind: &'a str,
    pub action_id: Option<i64>,
    pub strategy: Option<&'a str>,
    pub result: Option<&'a str>,
    pub duration_ms: Option<i64>,
    /// What happened, said in any language when read.
    pub msg: Msg,
}

impl<'a> TimelineEvent<'a> {
    /// A healing action that ended: what ran, how it ended and in how long.
    pub fn action(action_id: i64, strategy: &'a str, result: &'a str, duration_ms: i64, msg: Msg) -> Self {
        TimelineEvent {
            kind: "action",
            action_id: Some(action_id),
            strategy: Some(strategy),
            result: Some(result),
            duration_ms: Some(duration_ms),
            msg,
        }
    }

    /// A note on the incident (what the healer decided or noticed).
    pub fn note(msg: Msg) -> Self {
        TimelineEvent { kind: "note", msg, ..Default::default() }
    }
}

#[derive(Debug, Clone)]
pub struct IncidentStore {
    pool: SqlitePool,
}

type R<T> = Result<T, HistoryError>;

type IncidentRow = (
    i64,
    String,
    String,
    String,
    String,
    String,
    String,
    i64,
    String,
    i64,
    i64,
    Option<i64>,
    Option<i64>,
    Option<String>,
    Option<String>,
    Option<String>,
);

impl IncidentStore {
    pub fn new(pool: SqlitePool) -> Self {
        IncidentStore { pool }
    }

    pub(super) fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    pub async fn open(&self, n: &NewIncident<'_>) -> R<i64> {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO incidents (component, root_cause, kind, source, reason, status, onset_ms, detected_ms, fingerprint, reason_id, reason_args)
             VALUES (?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?) RETURNING id",
        )
        .bind(n.component)
        .bind(n.root_cause)
        .bind(n.kind)
        .bind(n.source)
        .bind(n.reason.english())
        .bind(n.onset_ms)
        .bind(n.detected_ms)
        .bind(n.fingerprint)
        .bind(&n.reason.id)
        .bind(n.reason.args_json())
        .fetch_one(&self.pool)
        .await?;
        self.event(id, n.detected_ms, &TimelineEvent { kind: "detected", msg: n.reason.clone(), ..Default::default() })
            .await?;
        Ok(id)
    }

    pub async fn event(&self, incident: i64, ts_ms: i64, e: &TimelineEvent<'_>) -> R<()> {
        sqlx::query("INSERT INTO incident_events (incident_id, ts_ms, kind, action_id, strategy, result, duration_ms, detail, message_id, message_args) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(incident)
            .bind(ts_ms)
            .bind(e.kind)
            .bind(e.action_id)
            .bind(e.strategy)
            .bind(e.result)
            .bind(e.duration_ms)
            .bind(e.msg.english())
            .bind(&e.msg.id)
            .bind(e.msg.args_json())
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn start_action(
        &self,
        component: &str,
        incident: Option<i64>,
        strategy: &str,
        trigger: &str,
        started_ms: i64,
    ) -> R<i64> {
        Ok(sqlx::query_scalar(
            "INSERT INTO healing_actions (component, incident_id, strategy, trigger, started_ms, result) VALUES (?, ?, ?, ?, ?, 'running') RETURNING id",
        )
        .bind(component)
        .bind(incident)
        .bind(strategy)
        .bind(trigger)
        .bind(started_ms)
        .fetch_one(&self.pool)
        .await?)
    }

    /// Record how an action ended: its detail as a message (migration 0012) beside its English text.
    pub async fn finish_action(&self, id: i64, result: &str, finished_ms: i64, detail: &Msg) -> R<()> {
        sqlx::query("UPDATE healing_actions SET result = ?, finished_ms = ?, detail = ?, detail_id = ?, detail_args = ? WHERE id = ?")
            .bind(result)
            .bind(finished_ms)
            .bind(detail.english())
            .bind(&detail.id)
            .bind(detail.args_json())
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn resolve(&self, id: i64, ts_ms: i64, msg: &Msg) -> R<()> {
        sqlx::query("UPDATE incidents SET status = 'resolved', resolved_ms = ? WHERE id = ? AND status = 'open'")
            .bind(ts_ms)
            .bind(id)
            .execute(&self.pool)
            .await?;
        self.event(id, ts_ms, &TimelineEvent { kind: "closed", msg: msg.clone(), ..Default::default() }).await
    }

    pub async fn merge(&self, id: i64, into: i64, ts_ms: i64, msg: &Msg) -> R<()> {
        sqlx::query("UPDATE incidents SET status = 'merged', merged_into = ?, resolved_ms = ? WHERE id = ?")
            .bind(into)
            .bind(ts_ms)
            .bind(id)
            .execute(&self.pool)
            .await?;
        self.event(id, ts_ms, &TimelineEvent { kind: "folded", msg: msg.clone(), ..Default::default() }).await
    }

    pub async fn escalate(&self, id: i64, ts_ms: i64, msg: &Msg) -> R<()> {
        sqlx::query("UPDATE incidents SET escalated = 1 WHERE id = ?").bind(id).execute(&self.pool).await?;
        self.event(id, ts_ms, &TimelineEvent { kind: "escalated", msg: msg.clone(), ..Default::default() }).await
    }

    pub async fn add_affected(&self, id: i64, component: &str, ts_ms: i64) -> R<()> {
        let cur: String =
            sqlx::query_scalar("SELECT affected FROM incidents WHERE id = ?").bind(id).fetch_one(&self.pool).await?;
        let mut list: Vec<String> = serde_json::from_str(&cur).unwrap_or_default();
        if !list.iter().any(|c| c == component) {
            list.push(component.to_string());
            sqlx::query("UPDATE incidents SET affected = ? WHERE id = ?")
                .bind(serde_json::to_string(&list).unwrap_or_default())
                .bind(id)
                .execute(&self.pool)
                .await?;
        }
        let msg = Msg::new("incident-dependent-folded").text("component", component);
        self.event(id, ts_ms, &TimelineEvent { kind: "folded", msg, ..Default::default() }).await
    }

    /// The newest incident an alert (`fingerprint`) opened for `component`, with its status.
    pub async fn alert_incident(&self, component: &str, fingerprint: &str) -> R<Option<(i64, String)>> {
        Ok(sqlx::query_as("SELECT id, status FROM incidents WHERE component = ? AND fingerprint = ? AND kind = 'alert' ORDER BY detected_ms DESC, id DESC LIMIT 1")
            .bind(component)
            .bind(fingerprint)
            .fetch_optional(&self.pool)
            .await?)
    }

    /// Incidents detected in `[from_ms, to_ms)`, oldest first, with their timelines.
    pub async fn list(&self, from_ms: i64, to_ms: i64, component: Option<&str>, limit: i64) -> R<Vec<IncidentView>> {
        let rows: Vec<IncidentRow> = sqlx::query_as(
            "SELECT id, component, root_cause, kind, source, reason, status, escalated, affected, onset_ms, detected_ms, resolved_ms, merged_into, fingerprint, reason_id, reason_args
             FROM incidents WHERE detected_ms >= ? AND detected_ms < ? AND (? IS NULL OR component = ?) ORDER BY detected_ms, id LIMIT ?",
        )
        .bind(from_ms)
        .bind(to_ms)
        .bind(component)
        .bind(component)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        let mut out = Vec::with_capacity(rows.len());
        for (
            id,
            component,
            root_cause,
            kind,
            source,
            reason,
            status,
            escalated,
            affected,
            onset_ms,
            detected_ms,
            resolved_ms,
            merged_into,
            fingerprint,
            reason_id,
            reason_args,
        ) in rows
        {
            let timeline = self.timeline(id).await?;
            let reason_message = Msg::from_columns(reason_id, reason_args);
            out.push(IncidentView {
                reason_id: reason_message.as_ref().map(|m| m.id.clone()),
                reason_message,
                id,
                component,
                root_cause,
                kind,
                source,
                reason,
                status,
                escalated: escalated != 0,
                affected: serde_json::from_str(&affected).unwrap_or_default(),
                onset_ms,
                detected_ms,
                resolved_ms,
                merged_into,
                fingerprint,
                timeline,
                acknowledged: None,
                assignment: None,
                notes: Vec::new(),
            });
        }
        self.add_work(&mut out, from_ms, to_ms, component).await?;
        Ok(out)
    }

    /// `(component, kind, detected_ms)` of every open incident of `components`, oldest first:
    /// what the status page may show of them and nothing more.
    pub async fn open_summaries(&self, components: &[String]) -> R<Vec<(String, String, i64)>> {
        let rows: Vec<(String, String, i64)> = sqlx::query_as(
            "SELECT component, kind, detected_ms FROM incidents WHERE status = 'open' ORDER BY detected_ms, id",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().filter(|(c, _, _)| components.contains(c)).collect())
    }

    pub async fn get(&self, id: i64) -> R<Option<IncidentView>> {
        let det: Option<i64> = sqlx::query_scalar("SELECT detected_ms FROM incidents WHERE id = ?")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        let Some(det) = det else { return Ok(None) };
        Ok(self.list(det, det + 1, None, 10_000).await?.into_iter().find(|i| i.id == id))
    }

    async fn timeline(&self, id: i64) -> R<Vec<IncidentEventView>> {
        type Row = (
            i64,
            String,
            Option<i64>,
            Option<String>,
            Option<String>,
            Option<i64>,
            String,
            Option<String>,
            Option<String>,
        );
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT ts_ms, kind, action_id, strategy, result, duration_ms, detail, message_id, message_args FROM incident_events WHERE incident_id = ? ORDER BY ts_ms, id",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(at_ms, kind, action_id, strategy, result, duration_ms, detail, message_id, message_args)| {
                let message = Msg::from_columns(message_id, message_args);
                IncidentEventView {
                    at_ms,
                    kind,
                    action_id,
                    strategy,
                    result,
                    duration_ms,
                    detail,
                    message_id: message.as_ref().map(|m| m.id.clone()),
                    message,
                }
            })
            .collect())
    }

    pub async fn actions(&self, component: Option<&str>, limit: i64) -> R<Vec<ActionView>> {
        use crate::store::healing::{ACTION_COLUMNS, ActionColumns, ActionRow};
        let rows: Vec<ActionColumns> = sqlx::query_as(&format!(
            "SELECT {ACTION_COLUMNS} FROM healing_actions WHERE (? IS NULL OR component = ?) ORDER BY id DESC LIMIT ?"
        ))
        .bind(component)
        .bind(component)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|c| {
                let a = ActionRow::from(c);
                ActionView {
                    id: a.id,
                    component: a.component,
                    incident_id: a.incident_id,
                    strategy: a.strategy,
                    trigger: a.trigger,
                    started_ms: a.started_ms,
                    finished_ms: a.finished_ms,
                    result: a.result,
                    detail: a.detail,
                    detail_id: a.detail_message.as_ref().map(|m| m.id.clone()),
                    detail_message: a.detail_message,
                }
            })
            .collect())
    }

    /// Attempts, success rate, MTTD and MTTR per component and overall.
    pub async fn stats(&self) -> R<HealingStats> {
        let acts: Vec<(String, i64, i64)> = sqlx::query_as(
            "SELECT component, COUNT(*), SUM(result = 'succeeded') FROM healing_actions WHERE result != 'running' GROUP BY component",
        )
        .fetch_all(&self.pool)
        .await?;
        let incs: Vec<(String, String, i64, i64, Option<i64>)> = sqlx::query_as(
            "SELECT component, status, onset_ms, detected_ms, resolved_ms FROM incidents WHERE status != 'merged'",
        )
        .fetch_all(&self.pool)
        .await?;
        #[derive(Default)]
        struct Acc {
            row: StatsRow,
            mttd: (f64, u64),
            mttr: (f64, u64),
        }
        let mut by: BTreeMap<String, Acc> = BTreeMap::new();
        let mut all = Acc::default();
        for (c, n, ok) in acts {
            for a in [by.entry(c).or_default(), &mut all] {
                a.row.attempts += n as u64;
                a.row.succeeded += ok as u64;
            }
        }
        for (c, status, onset, detected, resolved) in incs {
            for a in [by.entry(c).or_default(), &mut all] {
                a.row.incidents += 1;
                a.row.open_incidents += (status == "open") as u64;
                a.mttd.0 += (detected - onset).max(0) as f64;
                a.mttd.1 += 1;
                if let Some(r) = resolved {
                    a.mttr.0 += (r - onset).max(0) as f64;
                    a.mttr.1 += 1;
                }
            }
        }
        let finish = |a: Acc| {
            let mut r = a.row;
            r.success_rate = (r.attempts > 0).then(|| r.succeeded as f64 / r.attempts as f64);
            r.mttd_ms = (a.mttd.1 > 0).then(|| a.mttd.0 / a.mttd.1 as f64);
            r.mttr_ms = (a.mttr.1 > 0).then(|| a.mttr.0 / a.mttr.1 as f64);
            r
        };
        Ok(HealingStats {
            components: by.into_iter().map(|(component, a)| ComponentStats { component, stats: finish(a) }).collect(),
            overall: finish(all),
        })
    }
}

/// Say every reason and timeline entry of `incidents` in `lang` (rows without a message keep
/// their stored English text).
pub fn localize(incidents: &mut [IncidentView], loc: &guard_i18n::Localizer, lang: guard_i18n::Lang) {
    for inc in incidents {
        inc.reason = say(loc, lang, inc.reason_message.as_ref(), &inc.reason);
        for e in &mut inc.timeline {
            e.detail = say(loc, lang, e.message.as_ref(), &e.detail);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn incidents_timelines_and_stats_round_trip_through_sqlite() {
        let dir = tempfile::tempdir().unwrap();
        let pool = crate::history::open_pool(&dir.path().join("h.db")).await.unwrap();
        let s = IncidentStore::new(pool);
        let id = s
            .open(&NewIncident {
                component: "api",
                root_cause: "api",
                kind: "down",
                source: "check",
                reason: &Msg::new("incident-reason-check").text("issues", "timed out"),
                onset_ms: 1_000,
                detected_ms: 1_400,
                fingerprint: None,
            })
            .await
            .unwrap();
        let a = s.start_action("api", Some(id), "restart", "ladder", 1_500).await.unwrap();
        s.finish_action(a, "failed", 1_600, &Msg::verbatim("still down")).await.unwrap();
        let b = s.start_action("api", Some(id), "run", "ladder", 1_700).await.unwrap();
        s.finish_action(b, "succeeded", 2_000, &Msg::verbatim("ok")).await.unwrap();
        s.event(
            id,
            1_600,
            &TimelineEvent::action(
                a,
                "restart",
                "failed",
                100,
                Msg::new("incident-step-not-healthy")
                    .text("detail", "restarted: pid 1 → 2")
                    .duration_ms("within", 5_000),
            ),
        )
        .await
        .unwrap();
        s.add_affected(id, "web", 1_650).await.unwrap();
        s.add_affected(id, "web", 1_660).await.unwrap();
        s.resolve(id, 3_000, &Msg::new("incident-closed-check")).await.unwrap();
        // A second, open incident elsewhere.
        s.open(&NewIncident {
            component: "db",
            root_cause: "db",
            kind: "crash",
            source: "supervisor",
            reason: &Msg::new("incident-reason-exit-status")
                .text("pid", 7)
                .text("code", 1)
                .duration_ms("uptime", 2_000),
            onset_ms: 5_000,
            detected_ms: 5_000,
            fingerprint: Some("fp"),
        })
        .await
        .unwrap();

        let list = s.list(0, 10_000, None, 100).await.unwrap();
        assert_eq!(list.len(), 2);
        let inc = &list[0];
        assert_eq!(
            (inc.status.as_str(), inc.resolved_ms, inc.affected.clone()),
            ("resolved", Some(3_000), vec!["web".to_string()])
        );
        let kinds: Vec<&str> = inc.timeline.iter().map(|e| e.kind.as_str()).collect();
        assert_eq!(kinds, ["detected", "action", "folded", "folded", "closed"]);
        assert_eq!(s.list(4_000, 10_000, None, 100).await.unwrap().len(), 1);

        let st = s.stats().await.unwrap();
        assert_eq!(
            (st.overall.attempts, st.overall.succeeded, st.overall.incidents, st.overall.open_incidents),
            (2, 1, 2, 1)
        );
        assert_eq!(st.overall.success_rate, Some(0.5));
        assert_eq!(st.overall.mttd_ms, Some(200.0)); // (400 + 0) / 2
        let api = st.components.iter().find(|c| c.component == "api").unwrap();
        assert_eq!(api.stats.mttr_ms, Some(2_000.0));
        assert_eq!(api.stats.success_rate, Some(0.5));
    }

    /// Stored as messages, read in any language; rows from before migration 0011 (no message)
    /// keep their English text.
    /// Step details are stored as messages and said in the reader's language; an action
    /// recorded before migration 0012 (no message) keeps its English text.
    #[tokio::test]
    async fn action_details_are_said_in_the_language_asked_for_and_old_rows_keep_their_text() {
        let dir = tempfile::tempdir().unwrap();
        let pool = crate::history::open_pool(&dir.path().join("h.db")).await.unwrap();
        let s = IncidentStore::new(pool.clone());
        let a = s.start_action("api", None, "restart", "manual", 1_000).await.unwrap();
        let detail = Msg::new("incident-step-verified")
            .msg("detail", Msg::new("step-restart-done").text("old", 41).text("new", 42));
        s.finish_action(a, "succeeded", 1_500, &detail).await.unwrap();
        sqlx::query("INSERT INTO healing_actions (component, strategy, trigger, started_ms, finished_ms, result, detail) VALUES ('api', 'restart', 'ladder', 500, 600, 'failed', 'an old English detail')").execute(&pool).await.unwrap();
        let english: (String, String) = sqlx::query_as("SELECT detail, detail_id FROM healing_actions WHERE id = ?")
            .bind(a)
            .fetch_one(&pool)
            .await
            .unwrap();
        assert_eq!(english, ("restarted: pid 41 → 42; verified".to_string(), "incident-step-verified".to_string()));
        let cases = [
            (guard_i18n::Lang::En, "restarted: pid 41 → 42; verified"),
            (guard_i18n::Lang::De, "neu gestartet: PID 41 → 42; geprüft"),
            (guard_i18n::Lang::Ja, "再起動しました: PID 41 → 42。確認済み"),
        ];
        for (lang, want) in cases {
            let mut v = s.actions(Some("api"), 10).await.unwrap();
            v.iter_mut().for_each(|x| x.localize(crate::heal::localizer(), lang));
            assert_eq!(v.len(), 2);
            // Newest first: the old row was inserted last.
            assert_eq!(
                (v[1].detail.as_str(), v[1].detail_id.as_deref()),
                (want, Some("incident-step-verified")),
                "{lang:?}"
            );
            assert_eq!((v[0].detail.as_str(), v[0].detail_id.as_deref()), ("an old English detail", None), "{lang:?}");
        }
    }

    #[tokio::test]
    async fn timelines_are_said_in_the_language_asked_for_and_old_rows_keep_their_text() {
        let dir = tempfile::tempdir().unwrap();
        let pool = crate::history::open_pool(&dir.path().join("h.db")).await.unwrap();
        let s = IncidentStore::new(pool.clone());
        let reason =
            Msg::new("incident-reason-exit-status").text("pid", 4242).text("code", 1).duration_ms("uptime", 1_500);
        let id = s
            .open(&NewIncident {
                component: "api",
                root_cause: "api",
                kind: "crash",
                source: "supervisor",
                reason: &reason,
                onset_ms: 1_000,
                detected_ms: 1_000,
                fingerprint: None,
            })
            .await
            .unwrap();
        s.escalate(id, 2_000, &Msg::new("incident-escalated-ladder").num("steps", 2.0).text("component", "api"))
            .await
            .unwrap();
        // A row as the guard wrote it before migration 0011.
        sqlx::query("INSERT INTO incident_events (incident_id, ts_ms, kind, detail) VALUES (?, 2500, 'note', 'an old English note')").bind(id).execute(&pool).await.unwrap();
        s.resolve(id, 3_000, &Msg::new("incident-closed-step").text("step", "restart")).await.unwrap();

        let stored = s.list(0, 10_000, None, 10).await.unwrap();
        // What is stored: English text beside the message id and its JSON arguments.
        let row: (String, String, String) = sqlx::query_as(
            "SELECT detail, message_id, message_args FROM incident_events WHERE incident_id = ? AND kind = 'escalated'",
        )
        .bind(id)
        .fetch_one(&pool)
        .await
        .unwrap();
        assert_eq!(row.0, "The recovery ladder (2 steps) is exhausted and `api` is still down");
        assert_eq!(
            (row.1.as_str(), serde_json::from_str::<serde_json::Value>(&row.2).unwrap()),
            ("incident-escalated-ladder", serde_json::json!({"steps": 2.0, "component": "api"}))
        );
        assert_eq!(stored[0].reason, "Process 4242 exited with status 1 after 1 s");

        let check = |lang: guard_i18n::Lang, want: [&str; 4]| {
            let mut v = stored.clone();
            localize(&mut v, crate::heal::localizer(), lang);
            // Arabic text isolates its placeables (U+2068 … U+2069); compare without them.
            let got: Vec<String> = v[0].timeline.iter().map(|e| guard_i18n::strip_bidi_isolates(&e.detail)).collect();
            for (g, w) in got.iter().zip(want) {
                assert!(g.contains(w), "{lang:?}: {g:?} lacks {w:?}");
            }
            assert_eq!(guard_i18n::strip_bidi_isolates(&v[0].reason), got[0]);
            assert_eq!(v[0].timeline[2].message_id, None);
        };
        check(
            guard_i18n::Lang::En,
            [
                "Process 4242 exited",
                "(2 steps) is exhausted",
                "an old English note",
                "Verified healthy after a restart",
            ],
        );
        check(
            guard_i18n::Lang::De,
            [
                "Prozess 4242 wurde nach 1 Sek. mit Status 1 beendet",
                "(2 Schritte) ist ausgeschöpft",
                "an old English note",
                "Nach einem Neustart als gesund bestätigt",
            ],
        );
        check(
            guard_i18n::Lang::Ja,
            ["プロセス 4242", "2 ステップ", "an old English note", "再起動の後に正常を確認しました"],
        );
        check(guard_i18n::Lang::Ar, ["العملية", "خطوتان", "an old English note", "بعد إعادة التشغيل"]);
    }
}
