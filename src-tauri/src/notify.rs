//! The app's desktop notifications: new incidents of critical components and failed healing,
//! as the operator chose (`set_desktop_notify`, kept per account in the engine's
//! `desktop_notify` table), said in the operator's language by the engine's Fluent messages
//! (`DesktopAlerts`), shown through Tauri's notification plugin.
//!
//! Platform notes: the plugin's desktop side asks no permission (it answers `granted`; the
//! request is still made once at start so a platform that asks does it once). On Linux it sends
//! `org.freedesktop.Notifications.Notify` over the session bus through notify-rust and waits for
//! no action, so clicking a notification cannot bring the window to the incident there; the
//! notification names the incident number, and the window is raised (unminimized, focused)
//! only where the platform reports the click (not on Linux, Windows or macOS through this
//! plugin's desktop API today). A `desktop:` channel of the config is shown the same way.

use std::sync::{Arc, RwLock};

use guard_engine::PipelineGuard;
use guard_engine::events::EngineEvent;
use guard_engine::heal::notifications::{DesktopNotification, DesktopNotifyPrefs};
use guard_i18n::{Lang, Localizer};
use tauri::{AppHandle, Runtime};
use tokio::sync::broadcast::error::RecvError;

/// The operator's current choice, read by the notifier on every event.
pub struct DesktopState {
    prefs: RwLock<DesktopNotifyPrefs>,
}

impl DesktopState {
    /// Until the operator chooses (or their saved choice is loaded): both on, in the OS language.
    pub fn new() -> Self {
        DesktopState { prefs: RwLock::new(DesktopNotifyPrefs::default_in(Lang::from_env())) }
    }

    pub fn get(&self) -> DesktopNotifyPrefs {
        self.prefs.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    pub fn set(&self, p: DesktopNotifyPrefs) {
        *self.prefs.write().unwrap_or_else(|e| e.into_inner()) = p;
    }

    /// Load `account`'s saved choice, if there is one.
    pub async fn load(&self, guard: &PipelineGuard, account: &str) {
        match guard.desktop_notify_prefs(account).await {
            Ok(Some(p)) => self.set(p),
            Ok(None) => {}
            Err(e) => tracing::warn!(error = %e, "cannot read the desktop notification settings; using the defaults"),
        }
    }
}

/// Show one notification through the plugin.
fn show<R: Runtime>(app: &AppHandle<R>, n: &DesktopNotification) {
    use tauri_plugin_notification::NotificationExt;
    if let Err(e) = app.notification().builder().title(&n.title).body(&n.body).show() {
        tracing::warn!(error = %e, "cannot show a desktop notification");
    } else {
        tracing::info!(event = ?n.event, component = %n.component, incident = ?n.incident_id, "desktop notification shown");
    }
}

/// Ask for the permission once, then turn the operator's chosen events into notifications
/// until the engine's event bus closes.
pub fn start<R: Runtime>(app: AppHandle<R>, guard: &PipelineGuard, state: Arc<DesktopState>) {
    use tauri::Manager;
    use tauri::plugin::PermissionState;
    use tauri_plugin_notification::NotificationExt;
    // Without the plugin (the commands' tests build the app without it) there is no OS
    // notification area to reach.
    if app.try_state::<tauri_plugin_notification::Notification<R>>().is_none() {
        tracing::debug!("no notification plugin: desktop notifications off");
        return;
    }
    let allowed = match app.notification().permission_state() {
        Ok(PermissionState::Granted) => true,
        _ => matches!(app.notification().request_permission(), Ok(PermissionState::Granted)),
    };
    if !allowed {
        tracing::warn!("desktop notifications are not permitted by the system; none will be shown");
        return;
    }
    let guard = guard.clone();
    let mut events = guard.subscribe();
    // A `desktop:` channel of the config (its own filters, "Send test" in Settings) reaches the
    // OS notification area through the same plugin; what both would show is shown once.
    let mut channel = guard.desktop_notifications();
    tauri::async_runtime::spawn(async move {
        let loc = Localizer::embedded();
        let mut recent: std::collections::VecDeque<(String, Option<i64>, String)> = std::collections::VecDeque::new();
        loop {
            let n = tokio::select! {
                ev = events.recv() => match ev {
                    // The critical components now (they may change at run time), for the events that can notify.
                    Ok(ev @ (EngineEvent::IncidentOpened { .. } | EngineEvent::HealingStep { .. } | EngineEvent::IncidentEscalated { .. })) => guard.desktop_alerts().alert(&loc, &ev, &state.get()),
                    Ok(_) => None,
                    Err(RecvError::Lagged(n)) => {
                        tracing::warn!(missed = n, "desktop notifications lagged behind the event bus");
                        None
                    }
                    Err(RecvError::Closed) => break,
                },
                n = channel.recv() => match n {
                    Ok(n) => Some(n),
                    Err(RecvError::Lagged(_)) => None,
                    Err(RecvError::Closed) => break,
                },
            };
            let Some(n) = n else { continue };
            let key = (format!("{:?}", n.event), n.incident_id, n.component.clone());
            if n.incident_id.is_some() && recent.contains(&key) {
                continue;
            }
            if recent.len() >= 64 {
                recent.pop_front();
            }
            recent.push_back(key);
            show(&app, &n);
        }
    });
}
