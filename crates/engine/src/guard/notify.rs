//! `PipelineGuard`'s notification-channel operations (the boundary rows
//! `notification_channels`, `test_notification_channel`, `channel_deliveries`,
//! `desktop_notify_settings`, `set_desktop_notify`).

use std::sync::{Arc, OnceLock};

use guard_i18n::Localizer;
use serde_json::json;

use super::{GuardError, PipelineGuard};
use crate::notify::channels::{self, ChannelTestResult, ChannelView, DeliveriesPage, DeliveriesPageQuery};
use crate::notify::desktop::{DesktopAlerts, DesktopNotifyPrefs, DesktopNotifyStore};
use crate::notify::{ChannelSettings, DeliveryStore, NotifyContext};

fn shared_localizer() -> Arc<Localizer> {
    static LOC: OnceLock<Arc<Localizer>> = OnceLock::new();
    LOC.get_or_init(|| Arc::new(Localizer::embedded())).clone()
}

fn db(e: sqlx::Error) -> GuardError {
    GuardError::History(e.into())
}

impl PipelineGuard {
    /// The configured channels, secrets masked, in config order.
    pub fn notification_channels(&self) -> Vec<ChannelView> {
        self.config().pipeline.notifications.channels.iter().map(ChannelView::of).collect()
    }

    fn channel(&self, name: &str) -> Result<ChannelSettings, GuardError> {
        self.config()
            .pipeline
            .notifications
            .channels
            .iter()
            .find(|c| c.name == name)
            .cloned()
            .ok_or_else(|| GuardError::UnknownChannel(name.into()))
    }

    /// Send a real test message through channel `name` now (one attempt), record it in the
    /// channel's delivery history and audit it (`notification.test`, whatever the outcome).
    pub async fn test_notification_channel(&self, name: &str, actor: &str) -> Result<ChannelTestResult, GuardError> {
        let ch = self.channel(name)?;
        let inner = self.inner();
        let pool = inner.history.pool().clone();
        let cx = NotifyContext {
            clock: inner.healing.clock.clone(),
            http: inner.healing.http.clone(),
            localizer: shared_localizer(),
            desktop: inner.healing.desktop.clone(),
            store: None,
            retry: self.config().pipeline.notifications.retry,
        };
        let (result, row) = channels::test_send(&ch, &cx).await;
        DeliveryStore::new(pool).record(&row).await;
        let details = json!({ "delivered": result.delivered, "latency_ms": result.latency_ms, "error": result.error });
        self.audit().append(actor, "notification.test", name, details).await?;
        Ok(result)
    }

    /// One page of channel `name`'s delivery history, newest first.
    pub async fn channel_deliveries(&self, name: &str, q: &DeliveriesPageQuery) -> Result<DeliveriesPage, GuardError> {
        self.channel(name)?;
        let (limit, offset) = q.resolve().map_err(GuardError::BadRequest)?;
        let (rows, total) =
            DeliveryStore::new(self.inner().history.pool().clone()).page(name, limit, offset).await.map_err(db)?;
        Ok(DeliveriesPage { channel: name.into(), rows, total, offset, limit })
    }

    /// What turns engine events into the desktop notifications an operator chose.
    pub fn desktop_alerts(&self) -> DesktopAlerts {
        DesktopAlerts::new(self.config().components.iter().filter(|c| c.critical).map(|c| c.name.clone()).collect())
    }

    /// `account`'s saved choice of desktop notifications, if any.
    pub async fn desktop_notify_prefs(&self, account: &str) -> Result<Option<DesktopNotifyPrefs>, GuardError> {
        DesktopNotifyStore::new(self.inner().history.pool().clone()).get(account).await.map_err(db)
    }

    /// Save `account`'s choice (audited as `notification.desktop`); an unknown language is a
    /// bad request and changes nothing.
    pub async fn set_desktop_notify_prefs(
        &self,
        account: &str,
        prefs: &DesktopNotifyPrefs,
        actor: &str,
    ) -> Result<DesktopNotifyPrefs, GuardError> {
        prefs.lang().map_err(GuardError::BadRequest)?;
        let now = self.inner().healing.clock.now_ms();
        DesktopNotifyStore::new(self.inner().history.pool().clone()).set(account, prefs, now).await.map_err(db)?;
        let details = json!({ "critical_incidents": prefs.critical_incidents, "failed_healing": prefs.failed_healing, "language": prefs.language });
        self.audit().append(actor, "notification.desktop", account, details).await?;
        Ok(prefs.clone())
    }
}
