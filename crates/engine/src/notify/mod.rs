//! Notifications for incidents and healing steps: generic webhook, Slack- and Teams-compatible
//! webhooks, e-mail over SMTP and the desktop app.
//!
//! ```text
//! EventBus ─► dispatcher: EngineEvent → Notification ─► per channel: filter → de-dup ─► bounded queue
//!                                                                                      │ (full: dropped, never waits)
//!                              one worker per channel: render (Fluent) → send, retry with back-off
//!                                                      → notification_deliveries (migration 0008)
//! ```
//!
//! The healer only publishes events; nothing here can block or slow it. A failing channel
//! retries on its own worker and never delays the others. Webhook URLs, headers and SMTP
//! passwords are [`Secret`](crate::config::Secret)s: error texts are scrubbed of them (and
//! reqwest's errors stripped of the URL) before they are logged or stored.
//!
//! The desktop app subscribes with `PipelineGuard::desktop_notifications()` and shows each
//! [`DesktopNotification`] (already localized) as a system notification.

#[cfg(test)]
mod channel_tests;
pub mod channels;
pub mod desktop;
mod email;
mod message;
mod payload;
pub mod settings;
mod store;
#[cfg(test)]
mod tests;

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use guard_i18n::Localizer;
use serde::Serialize;
use tokio::sync::{broadcast, mpsc};

use crate::clock::SharedClock;
use crate::events::{EngineEvent, EventBus, StepPhase};

pub use channels::{ChannelChange, ChannelChangeResult};
pub use channels::{ChannelTestResult, ChannelView, DeliveriesPage, DeliveriesPageQuery, EmailView};
pub use desktop::{DesktopAlerts, DesktopNotifyPrefs};
pub use message::Rendered;
pub use settings::{
    ChannelFilter, ChannelKind, ChannelSettings, NotificationSettings, NotifyEvent, NotifySeverity, RetrySettings,
};
pub use store::{DeliveryRow, DeliveryStore};

/// One thing worth telling an operator, before it is put into words for a channel.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Notification {
    pub event: NotifyEvent,
    pub severity: NotifySeverity,
    pub component: String,
    pub incident_id: Option<i64>,
    pub at_ms: i64,
    /// The incident's kind (`down`, `crash`, `memory_limit`, …) for incident events.
    pub kind: Option<String>,
    /// The strategy of a healing step.
    pub strategy: Option<String>,
    /// The reason, the step's result or the resolution, as the healer recorded it (English).
    pub detail: String,
    /// The same as a Fluent message, said in each channel's language when rendered.
    #[serde(skip)]
    pub detail_message: Option<crate::heal::timeline::Msg>,
    pub duration_ms: Option<i64>,
}

impl Notification {
    /// The notification an engine event deserves, if any. `critical` names the critical
    /// components (their incidents are critical from the start).
    pub fn from_event(ev: &EngineEvent, critical: &BTreeSet<String>) -> Option<Notification> {
        let n = |event,
                 severity,
                 component: &String,
                 incident_id,
                 at_ms,
                 detail: &String,
                 message: &Option<crate::heal::timeline::Msg>| Notification {
            event,
            severity,
            component: component.clone(),
            incident_id,
            at_ms,
            kind: None,
            strategy: None,
            detail: detail.clone(),
            detail_message: message.clone(),
            duration_ms: None,
        };
        Some(match ev {
            EngineEvent::IncidentOpened { incident_id, component, kind, reason, at_ms, message, .. } => {
                let sev = if critical.contains(component) { NotifySeverity::Critical } else { NotifySeverity::Warning };
                Notification {
                    kind: Some(kind.clone()),
                    ..n(NotifyEvent::IncidentOpened, sev, component, Some(*incident_id), *at_ms, reason, message)
                }
            }
            EngineEvent::HealingStep {
                incident_id,
                component,
                strategy,
                phase,
                at_ms,
                duration_ms,
                detail,
                message,
                ..
            } => {
                let (event, sev) = match phase {
                    StepPhase::Started => (NotifyEvent::StepStarted, NotifySeverity::Info),
                    StepPhase::Succeeded => (NotifyEvent::StepSucceeded, NotifySeverity::Info),
                    StepPhase::Failed => (NotifyEvent::StepFailed, NotifySeverity::Warning),
                    StepPhase::Skipped => return None,
                };
                Notification {
                    strategy: Some(strategy.clone()),
                    duration_ms: *duration_ms,
                    ..n(event, sev, component, *incident_id, *at_ms, detail, message)
                }
            }
            EngineEvent::IncidentEscalated { incident_id, component, at_ms, reason, message } => n(
                NotifyEvent::IncidentEscalated,
                NotifySeverity::Critical,
                component,
                Some(*incident_id),
                *at_ms,
                reason,
                message,
            ),
            // A dependent's incident folded into its root cause's is not a recovery: the root
            // cause's own notifications tell the story.
            EngineEvent::IncidentClosed { resolution, .. } if resolution.starts_with("folded into") => return None,
            EngineEvent::IncidentClosed { incident_id, component, at_ms, resolution, message } => n(
                NotifyEvent::IncidentResolved,
                NotifySeverity::Info,
                component,
                Some(*incident_id),
                *at_ms,
                resolution,
                message,
            ),
            _ => return None,
        })
    }

    /// Same incident (or component, for a step outside any incident), same event, same
    /// strategy: the same news.
    pub fn dedup_key(&self) -> String {
        let scope = match self.incident_id {
            Some(id) => format!("incident:{id}"),
            None => format!("component:{}", self.component),
        };
        format!("{scope}:{}:{}", self.event.as_str(), self.strategy.as_deref().unwrap_or(""))
    }
}

/// What the desktop app shows: texts already in the channel's language.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DesktopNotification {
    pub title: String,
    pub body: String,
    pub severity: NotifySeverity,
    pub event: NotifyEvent,
    pub component: String,
    pub incident_id: Option<i64>,
    pub at_ms: i64,
}

/// "Sent once per window": remembers when each (channel, key) was last let through.
#[derive(Debug, Default)]
pub struct Dedup {
    last: HashMap<(usize, String), i64>,
}

impl Dedup {
    /// True when this is the first `key` on `channel` within `window_ms` (and records it).
    pub fn first(&mut self, channel: usize, key: &str, now_ms: i64, window_ms: i64) -> bool {
        if self.last.len() > 10_000 {
            self.last.retain(|_, t| now_ms - *t < window_ms.max(1));
        }
        match self.last.get(&(channel, key.to_string())) {
            Some(t) if window_ms > 0 && now_ms - *t < window_ms => false,
            _ => {
                self.last.insert((channel, key.to_string()), now_ms);
                true
            }
        }
    }
}

/// Why one attempt failed; `permanent` failures are not retried (a 4xx answer, a bad address).
#[derive(Debug, Clone)]
pub(crate) struct Failure {
    pub permanent: bool,
    pub message: String,
}

impl Failure {
    fn retry(m: impl Into<String>) -> Self {
        Failure { permanent: false, message: m.into() }
    }
    fn permanent(m: impl Into<String>) -> Self {
        Failure { permanent: true, message: m.into() }
    }
}

/// Replace every secret in `text` with `***`.
pub fn scrub(text: &str, secrets: &[String]) -> String {
    let mut out = text.to_string();
    for s in secrets {
        if !s.is_empty() {
            out = out.replace(s.as_str(), "***");
        }
    }
    out
}

/// What the workers share.
pub struct NotifyContext {
    pub clock: SharedClock,
    pub http: reqwest::Client,
    pub localizer: Arc<Localizer>,
    pub desktop: broadcast::Sender<DesktopNotification>,
    pub store: Option<DeliveryStore>,
    pub retry: RetrySettings,
}

impl std::fmt::Debug for NotifyContext {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NotifyContext").field("retry", &self.retry).finish_non_exhaustive()
    }
}

/// Queue length per channel: beyond it notifications are dropped (and recorded), never awaited.
const QUEUE: usize = 256;

/// The channels in force, each with its worker's queue. Replaced as a whole when an operator
/// adds, changes or removes a channel (`manage.rs`): an unchanged channel keeps its worker (and
/// its queue), a new or changed one gets a new worker, a removed one's worker delivers what is
/// queued and stops (its sender is dropped).
#[derive(Debug, Default)]
pub struct LiveChannels {
    set: parking_lot::RwLock<Vec<LiveChannel>>,
    next_id: std::sync::atomic::AtomicUsize,
}

#[derive(Debug, Clone)]
struct LiveChannel {
    /// Stable while the channel is unchanged: the de-duplication key.
    id: usize,
    ch: ChannelSettings,
    tx: mpsc::Sender<Notification>,
}

impl LiveChannels {
    /// Put `channels` in force (see the type).
    pub fn install(&self, channels: &[ChannelSettings], cx: &Arc<NotifyContext>) {
        let mut set = self.set.write();
        let mut next = Vec::with_capacity(channels.len());
        for ch in channels {
            if let Some(l) = set.iter().find(|l| l.ch == *ch) {
                next.push(l.clone());
                continue;
            }
            let (tx, qrx) = mpsc::channel::<Notification>(QUEUE);
            tokio::spawn(worker(ch.clone(), qrx, cx.clone()));
            next.push(LiveChannel {
                id: self.next_id.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
                ch: ch.clone(),
                tx,
            });
        }
        *set = next;
    }

    fn snapshot(&self) -> Vec<LiveChannel> {
        self.set.read().clone()
    }
}

/// The running notifier of a guard: its channels and what their workers share.
#[derive(Debug)]
pub struct Notifier {
    pub channels: Arc<LiveChannels>,
    pub cx: Arc<NotifyContext>,
}

impl Notifier {
    /// Put `channels` in force now (the dispatcher reads them at the next event).
    pub fn reload(&self, channels: &[ChannelSettings]) {
        self.channels.install(channels, &self.cx);
        let names: Vec<String> = channels.iter().map(|c| format!("{} ({})", c.name, c.kind.name())).collect();
        tracing::info!(channels = %names.join(", "), "notification channels reloaded");
    }
}

/// Start the dispatcher and one worker per channel; they stop when the bus closes. `None` when
/// notifications are off (`enabled: false`).
pub fn spawn(
    settings: &NotificationSettings,
    rx: broadcast::Receiver<EngineEvent>,
    critical: BTreeSet<String>,
    cx: NotifyContext,
) -> Option<Notifier> {
    spawn_with(settings, rx, Arc::new(move || critical.clone()), cx)
}

/// The critical components now (a component edited at run time may become critical or stop
/// being so); asked only for a new incident.
pub type CriticalNow = Arc<dyn Fn() -> BTreeSet<String> + Send + Sync>;

fn spawn_with(
    settings: &NotificationSettings,
    rx: broadcast::Receiver<EngineEvent>,
    critical: CriticalNow,
    cx: NotifyContext,
) -> Option<Notifier> {
    if !settings.enabled {
        return None;
    }
    let cx = Arc::new(cx);
    let channels = Arc::new(LiveChannels::default());
    channels.install(&settings.channels, &cx);
    tokio::spawn(dispatch(rx, channels.clone(), critical, cx.clone()));
    Some(Notifier { channels, cx })
}

async fn dispatch(
    mut rx: broadcast::Receiver<EngineEvent>,
    live: Arc<LiveChannels>,
    critical: CriticalNow,
    cx: Arc<NotifyContext>,
) {
    let mut dedup = Dedup::default();
    loop {
        let ev = match rx.recv().await {
            Ok(ev) => ev,
            Err(broadcast::error::RecvError::Lagged(n)) => {
                tracing::warn!(missed = n, "notifications lagged behind the event bus");
                continue;
            }
            Err(_) => return,
        };
        let critical = if matches!(ev, EngineEvent::IncidentOpened { .. }) { critical() } else { BTreeSet::new() };
        let Some(n) = Notification::from_event(&ev, &critical) else { continue };
        let key = n.dedup_key();
        let now = cx.clock.now_ms();
        for LiveChannel { id, ch, tx } in live.snapshot() {
            if !ch.filter.admits(n.severity, &n.component, n.event) {
                continue;
            }
            if !dedup.first(id, &key, now, ch.dedup_window.as_millis() as i64) {
                tracing::debug!(channel = %ch.name, key = %key, "notification de-duplicated");
                continue;
            }
            if let Err(e) = tx.try_send(n.clone()) {
                let why = match e {
                    mpsc::error::TrySendError::Full(_) => "the channel's queue is full",
                    mpsc::error::TrySendError::Closed(_) => "the channel's worker has stopped",
                };
                tracing::warn!(channel = %ch.name, event = n.event.as_str(), "notification dropped: {why}");
                if let Some(s) = &cx.store {
                    s.record(&DeliveryRow::new(&ch, &n, &key, now, "dropped", 0, Some(why.into()))).await;
                }
            }
        }
    }
}

async fn worker(ch: ChannelSettings, mut rx: mpsc::Receiver<Notification>, cx: Arc<NotifyContext>) {
    let secrets = ch.kind.secrets();
    while let Some(n) = rx.recv().await {
        let text = message::render(&cx.localizer, ch.language, &n);
        let mut attempts = 0;
        let mut error = None;
        for a in 1..=cx.retry.attempts.max(1) {
            tokio::time::sleep(cx.retry.delay_before(a)).await;
            attempts = a;
            match send(&ch, &n, &text, &cx).await {
                Ok(()) => {
                    error = None;
                    break;
                }
                Err(f) => {
                    let msg = scrub(&f.message, &secrets);
                    tracing::warn!(channel = %ch.name, kind = ch.kind.name(), attempt = a, of = cx.retry.attempts, permanent = f.permanent, "notification delivery failed: {msg}");
                    error = Some(msg);
                    if f.permanent {
                        break;
                    }
                }
            }
        }
        let status = if error.is_none() { "sent" } else { "failed" };
        if error.is_none() {
            tracing::debug!(channel = %ch.name, event = n.event.as_str(), attempts, "notification sent");
        }
        if let Some(s) = &cx.store {
            s.record(&DeliveryRow::new(&ch, &n, &n.dedup_key(), cx.clock.now_ms(), status, attempts, error)).await;
        }
    }
}

/// One delivery attempt.
async fn send(ch: &ChannelSettings, n: &Notification, text: &Rendered, cx: &NotifyContext) -> Result<(), Failure> {
    let timeout = cx.retry.timeout;
    match &ch.kind {
        ChannelKind::Webhook { url, headers } => {
            let mut req = cx.http.post(&url.0).timeout(timeout).json(&payload::generic(n, text, ch.language));
            for (k, v) in headers {
                req = req.header(k.as_str(), v.0.as_str());
            }
            post(req).await
        }
        ChannelKind::Slack { url } => post(cx.http.post(&url.0).timeout(timeout).json(&payload::slack(n, text))).await,
        ChannelKind::Teams { url } => post(cx.http.post(&url.0).timeout(timeout).json(&payload::teams(n, text))).await,
        ChannelKind::Email(e) => email::send(e, n, text, timeout).await,
        ChannelKind::Desktop => {
            let d = DesktopNotification {
                title: text.title.clone(),
                body: text.body.clone(),
                severity: n.severity,
                event: n.event,
                component: n.component.clone(),
                incident_id: n.incident_id,
                at_ms: n.at_ms,
            };
            cx.desktop.send(d).map(|_| ()).map_err(|_| Failure::permanent("no desktop app is listening"))
        }
    }
}

/// POST and judge the answer: 2xx sent; 408, 429 and 5xx retried; other answers are final.
async fn post(req: reqwest::RequestBuilder) -> Result<(), Failure> {
    match req.send().await {
        Ok(r) if r.status().is_success() => Ok(()),
        Ok(r) => {
            let s = r.status();
            let m = format!("the receiver answered {}", s.as_u16());
            if s.is_server_error() || s.as_u16() == 429 || s.as_u16() == 408 {
                Err(Failure::retry(m))
            } else {
                Err(Failure::permanent(m))
            }
        }
        // reqwest's message names the URL, which carries the token: strip it.
        Err(e) => {
            let e = e.without_url();
            let mut m = e.to_string();
            let mut src = std::error::Error::source(&e);
            while let Some(s) = src {
                m.push_str(&format!(": {s}"));
                src = s.source();
            }
            Err(Failure::retry(m))
        }
    }
}

/// Start notifications for a running guard (called once by `PipelineGuard::start`); channels
/// added later at run time are put in force through the notifier kept in `Healing::notifier`.
pub(crate) fn start(
    config: &crate::live::LiveConfig,
    healing: &crate::heal::Healing,
    pool: sqlx::SqlitePool,
    bus: &EventBus,
) {
    let live = config.clone();
    let config = config.get();
    let settings = &config.pipeline.notifications;
    if !settings.enabled {
        return;
    }
    let critical: CriticalNow =
        Arc::new(move || live.get().components.iter().filter(|c| c.critical).map(|c| c.name.clone()).collect());
    let cx = NotifyContext {
        clock: healing.clock.clone(),
        http: healing.http.clone(),
        localizer: Arc::new(Localizer::embedded()),
        desktop: healing.desktop.clone(),
        store: Some(DeliveryStore::new(pool)),
        retry: settings.retry,
    };
    *healing.notifier.lock() = spawn_with(settings, bus.subscribe(), critical, cx);
    let names: Vec<String> = settings.channels.iter().map(|c| format!("{} ({})", c.name, c.kind.name())).collect();
    if !names.is_empty() {
        tracing::info!(channels = %names.join(", "), "notifications on");
    }
}
