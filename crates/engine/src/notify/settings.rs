//! The validated `pipeline.notifications:` block (raw → typed in `config/validate/notifications.rs`).

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use guard_i18n::Lang;
use serde::{Deserialize, Serialize};

use crate::config::Secret;

/// How bad a notification is; channels filter on a minimum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NotifySeverity {
    Info,
    Warning,
    Critical,
}

impl NotifySeverity {
    pub const ALL: [NotifySeverity; 3] = [NotifySeverity::Info, NotifySeverity::Warning, NotifySeverity::Critical];

    pub fn as_str(self) -> &'static str {
        match self {
            NotifySeverity::Info => "info",
            NotifySeverity::Warning => "warning",
            NotifySeverity::Critical => "critical",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|x| x.as_str() == s.trim().to_ascii_lowercase())
    }
}

/// What happened, as a channel filters it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NotifyEvent {
    IncidentOpened,
    StepStarted,
    StepSucceeded,
    StepFailed,
    IncidentEscalated,
    IncidentResolved,
    /// A test message an operator sent from the window (`PipelineGuard::test_notification_channel`);
    /// never produced by an engine event and not in [`NotifyEvent::ALL`] (a filter cannot name it).
    Test,
}

impl NotifyEvent {
    pub const ALL: [NotifyEvent; 6] = [
        NotifyEvent::IncidentOpened,
        NotifyEvent::StepStarted,
        NotifyEvent::StepSucceeded,
        NotifyEvent::StepFailed,
        NotifyEvent::IncidentEscalated,
        NotifyEvent::IncidentResolved,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            NotifyEvent::IncidentOpened => "incident_opened",
            NotifyEvent::StepStarted => "step_started",
            NotifyEvent::StepSucceeded => "step_succeeded",
            NotifyEvent::StepFailed => "step_failed",
            NotifyEvent::IncidentEscalated => "incident_escalated",
            NotifyEvent::IncidentResolved => "incident_resolved",
            NotifyEvent::Test => "test",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|x| x.as_str() == s.trim())
    }
}

/// Which notifications a channel takes. Empty sets mean "all".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChannelFilter {
    pub min_severity: NotifySeverity,
    pub components: BTreeSet<String>,
    pub events: BTreeSet<NotifyEvent>,
}

impl Default for ChannelFilter {
    fn default() -> Self {
        ChannelFilter { min_severity: NotifySeverity::Info, components: BTreeSet::new(), events: BTreeSet::new() }
    }
}

impl ChannelFilter {
    pub fn admits(&self, severity: NotifySeverity, component: &str, event: NotifyEvent) -> bool {
        severity >= self.min_severity
            && (self.components.is_empty() || self.components.contains(component))
            && (self.events.is_empty() || self.events.contains(&event))
    }
}

/// How an SMTP connection is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SmtpSecurity {
    /// TLS from the first byte (port 465).
    Tls,
    /// Plain connection upgraded with STARTTLS, required (port 587).
    StartTls,
    /// No TLS at all: allowed only for a loopback relay (a local MTA or a test sink).
    None,
}

impl SmtpSecurity {
    pub fn default_port(self) -> u16 {
        match self {
            SmtpSecurity::Tls => 465,
            SmtpSecurity::StartTls => 587,
            SmtpSecurity::None => 25,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SmtpSettings {
    pub host: String,
    pub port: u16,
    pub security: SmtpSecurity,
    pub username: Option<String>,
    pub password: Option<Secret>,
    pub timeout: Duration,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmailSettings {
    pub smtp: SmtpSettings,
    pub from: String,
    pub to: Vec<String>,
}

/// Where a channel delivers. URLs are secrets: webhook URLs carry their token in the path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChannelKind {
    /// POST the notification as JSON.
    Webhook { url: Secret, headers: BTreeMap<String, Secret> },
    /// A Slack-compatible incoming webhook (`text` + Block Kit blocks).
    Slack { url: Secret },
    /// A Microsoft Teams incoming webhook / workflow (an Adaptive Card message).
    Teams { url: Secret },
    /// E-mail over SMTP.
    Email(EmailSettings),
    /// Handed to the desktop app (`PipelineGuard::desktop_notifications`).
    Desktop,
}

impl ChannelKind {
    pub fn name(&self) -> &'static str {
        match self {
            ChannelKind::Webhook { .. } => "webhook",
            ChannelKind::Slack { .. } => "slack",
            ChannelKind::Teams { .. } => "teams",
            ChannelKind::Email(_) => "email",
            ChannelKind::Desktop => "desktop",
        }
    }

    /// Every secret value of the channel, to scrub from error texts before they are logged.
    pub fn secrets(&self) -> Vec<String> {
        let mut v = Vec::new();
        match self {
            ChannelKind::Webhook { url, headers } => {
                v.push(url.0.clone());
                v.extend(headers.values().map(|h| h.0.clone()));
            }
            ChannelKind::Slack { url } | ChannelKind::Teams { url } => v.push(url.0.clone()),
            ChannelKind::Email(e) => v.extend(e.smtp.password.iter().map(|p| p.0.clone())),
            ChannelKind::Desktop => {}
        }
        v.retain(|s| !s.is_empty());
        v
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChannelSettings {
    pub name: String,
    pub kind: ChannelKind,
    pub filter: ChannelFilter,
    pub dedup_window: Duration,
    pub language: Lang,
}

/// Delivery retries: `attempts` tries in all, waiting `backoff`, doubling up to `max_backoff`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetrySettings {
    pub attempts: u32,
    pub backoff: Duration,
    pub max_backoff: Duration,
    /// Per attempt.
    pub timeout: Duration,
}

impl Default for RetrySettings {
    fn default() -> Self {
        RetrySettings {
            attempts: 4,
            backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(30),
            timeout: Duration::from_secs(10),
        }
    }
}

impl RetrySettings {
    /// The wait before attempt `n` (1-based; attempt 1 has none).
    pub fn delay_before(&self, n: u32) -> Duration {
        if n <= 1 {
            return Duration::ZERO;
        }
        let factor = 1u32.checked_shl(n - 2).unwrap_or(u32::MAX);
        self.backoff.saturating_mul(factor).min(self.max_backoff)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotificationSettings {
    pub enabled: bool,
    pub channels: Vec<ChannelSettings>,
    pub retry: RetrySettings,
}

impl Default for NotificationSettings {
    fn default() -> Self {
        NotificationSettings { enabled: true, channels: Vec::new(), retry: RetrySettings::default() }
    }
}
