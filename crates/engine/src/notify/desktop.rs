//! What the desktop app shows in the OS notification area, by the operator's choice: new
//! incidents of critical components, failed healing (a failed step, an escalation), both or
//! nothing. Independent of any `desktop:` channel in the config (that one follows the config's
//! filters); this is the operator's own setting, kept per account in `desktop_notify`
//! (migration 0024) with the language the texts are said in.

use std::collections::BTreeSet;

use guard_i18n::{Lang, Localizer};
use serde::{Deserialize, Serialize};
use sqlx::SqlitePool;
use ts_rs::TS;

use super::{DesktopNotification, Notification, NotifyEvent, NotifySeverity};
use crate::events::EngineEvent;

/// An operator's choice of desktop notifications.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct DesktopNotifyPrefs {
    /// A new incident of a critical component.
    pub critical_incidents: bool,
    /// A healing step failed, or an incident was escalated (healing gave up).
    pub failed_healing: bool,
    /// The texts' language (`de`, `pt-BR`, …; one of the ten).
    pub language: String,
}

impl DesktopNotifyPrefs {
    /// Both on, in `lang`: what an operator who never chose gets.
    pub fn default_in(lang: Lang) -> Self {
        DesktopNotifyPrefs { critical_incidents: true, failed_healing: true, language: lang.code().into() }
    }

    pub fn lang(&self) -> Result<Lang, crate::heal::timeline::Msg> {
        self.language
            .parse()
            .map_err(|_| crate::api::field_problem("language", crate::api::unknown_language(&self.language)))
    }

    /// Whether this notification is one the operator asked for.
    pub fn wants(&self, n: &Notification) -> bool {
        match n.event {
            NotifyEvent::IncidentOpened => self.critical_incidents && n.severity == NotifySeverity::Critical,
            NotifyEvent::StepFailed | NotifyEvent::IncidentEscalated => self.failed_healing,
            _ => false,
        }
    }
}

/// Turns engine events into the desktop notifications an operator asked for.
#[derive(Debug, Clone)]
pub struct DesktopAlerts {
    critical: BTreeSet<String>,
}

impl DesktopAlerts {
    pub fn new(critical: BTreeSet<String>) -> Self {
        DesktopAlerts { critical }
    }

    /// The notification `ev` deserves under `prefs`, its texts in `prefs`' language (Fluent:
    /// the same `notifications.ftl` messages the channels send).
    pub fn alert(&self, loc: &Localizer, ev: &EngineEvent, prefs: &DesktopNotifyPrefs) -> Option<DesktopNotification> {
        let n = Notification::from_event(ev, &self.critical)?;
        if !prefs.wants(&n) {
            return None;
        }
        let lang = prefs.lang().unwrap_or(Lang::En);
        let t = super::message::render(loc, lang, &n);
        Some(DesktopNotification {
            title: t.title,
            body: t.body,
            severity: n.severity,
            event: n.event,
            component: n.component,
            incident_id: n.incident_id,
            at_ms: n.at_ms,
        })
    }
}

/// `desktop_notify` (migration 0024).
#[derive(Debug, Clone)]
pub struct DesktopNotifyStore {
    pool: SqlitePool,
}

impl DesktopNotifyStore {
    pub fn new(pool: SqlitePool) -> Self {
        DesktopNotifyStore { pool }
    }

    pub async fn get(&self, account: &str) -> Result<Option<DesktopNotifyPrefs>, sqlx::Error> {
        let row: Option<(i64, i64, String)> =
            sqlx::query_as("SELECT critical_incidents, failed_healing, language FROM desktop_notify WHERE account = ?")
                .bind(account)
                .fetch_optional(&self.pool)
                .await?;
        Ok(row.map(|(c, f, language)| DesktopNotifyPrefs {
            critical_incidents: c != 0,
            failed_healing: f != 0,
            language,
        }))
    }

    pub async fn set(&self, account: &str, p: &DesktopNotifyPrefs, now_ms: i64) -> Result<(), sqlx::Error> {
        sqlx::query(
            "INSERT INTO desktop_notify (account, critical_incidents, failed_healing, language, updated_ms) VALUES (?, ?, ?, ?, ?)
             ON CONFLICT (account) DO UPDATE SET critical_incidents = excluded.critical_incidents, failed_healing = excluded.failed_healing,
             language = excluded.language, updated_ms = excluded.updated_ms",
        )
        .bind(account)
        .bind(p.critical_incidents as i64)
        .bind(p.failed_healing as i64)
        .bind(&p.language)
        .bind(now_ms)
        .execute(&self.pool)
        .await?;
        Ok(())
    }
}
