//! The configured channels as the window sees them: listed with every secret masked, tested
//! with a real message through the same `send` the workers use, and their delivery history
//! paged from `notification_deliveries` (migration 0008).
//!
//! What a [`ChannelView`] never carries: a webhook URL's path and query (Slack, Teams and most
//! webhook receivers put their token there), header values, SMTP passwords. It shows the
//! scheme, host and port, the header *names*, and whether a secret is set.

use std::sync::OnceLock;
use std::time::Instant;

use guard_i18n::Localizer;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::config::edit::FieldProblem;
use ts_rs::TS;

use super::settings::{ChannelKind, ChannelSettings, SmtpSecurity};
use super::store::DeliveryRow;
use super::{Notification, NotifyEvent, NotifySeverity, scrub};

/// One channel, secrets masked.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ChannelView {
    pub name: String,
    /// `webhook`, `slack`, `teams`, `email` or `desktop`.
    pub kind: String,
    /// Where it delivers without its secret parts: `https://hooks.slack.com/…`,
    /// `smtp.example.com:587 (starttls)`; empty for `desktop`.
    pub target: String,
    /// E-mail recipients (addresses are not secrets); empty for other kinds.
    pub recipients: Vec<String>,
    /// Names of the webhook's extra headers (their values are secrets and never shown).
    pub header_names: Vec<String>,
    /// Whether the channel holds a secret (a URL token, header values, an SMTP password).
    pub secret_set: bool,
    /// `info`, `warning` or `critical`.
    pub min_severity: String,
    /// Empty: every component.
    pub components: Vec<String>,
    /// Empty: every event.
    pub events: Vec<String>,
    /// The language its messages are written in (`de`, `pt-BR`, …).
    pub language: String,
    #[ts(type = "number")]
    pub dedup_window_ms: i64,
    /// The SMTP settings of an `email` channel (its password never).
    pub email: Option<EmailView>,
}

/// An `email` channel's settings without its password.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct EmailView {
    pub host: String,
    pub port: u16,
    /// `tls`, `starttls` or `none`.
    pub security: String,
    pub username: Option<String>,
    pub from: String,
}

/// `scheme://host[:port]/…`: a URL without the path and query that carry tokens.
pub fn mask_url(url: &str) -> String {
    match reqwest::Url::parse(url) {
        Ok(u) => {
            let host = u.host_str().unwrap_or("");
            let port = u.port().map(|p| format!(":{p}")).unwrap_or_default();
            let rest = if u.path().len() > 1 || u.query().is_some() { "/…" } else { "" };
            format!("{}://{host}{port}{rest}", u.scheme())
        }
        Err(_) => "…".into(),
    }
}

impl ChannelView {
    pub fn of(ch: &ChannelSettings) -> ChannelView {
        let mut recipients = Vec::new();
        let mut header_names = Vec::new();
        let mut email = None;
        let target = match &ch.kind {
            ChannelKind::Webhook { url, headers } => {
                header_names = headers.keys().cloned().collect();
                mask_url(&url.0)
            }
            ChannelKind::Slack { url } | ChannelKind::Teams { url } => mask_url(&url.0),
            ChannelKind::Email(e) => {
                recipients = e.to.clone();
                let sec = match e.smtp.security {
                    SmtpSecurity::Tls => "tls",
                    SmtpSecurity::StartTls => "starttls",
                    SmtpSecurity::None => "none",
                };
                email = Some(EmailView {
                    host: e.smtp.host.clone(),
                    port: e.smtp.port,
                    security: sec.into(),
                    username: e.smtp.username.clone(),
                    from: e.from.clone(),
                });
                format!("{}:{} ({sec})", e.smtp.host, e.smtp.port)
            }
            ChannelKind::Desktop => String::new(),
        };
        ChannelView {
            name: ch.name.clone(),
            kind: ch.kind.name().into(),
            target,
            recipients,
            header_names,
            secret_set: !ch.kind.secrets().is_empty(),
            min_severity: ch.filter.min_severity.as_str().into(),
            components: ch.filter.components.iter().cloned().collect(),
            events: ch.filter.events.iter().map(|e| e.as_str().to_string()).collect(),
            language: ch.language.code().into(),
            dedup_window_ms: ch.dedup_window.as_millis() as i64,
            email,
        }
    }
}

/// What a test message did.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ChannelTestResult {
    pub channel: String,
    pub delivered: bool,
    /// Why it was not delivered (secrets scrubbed); `None` when delivered.
    pub error: Option<String>,
    /// From the start of the attempt to the receiver's answer (or the failure).
    #[ts(type = "number")]
    pub latency_ms: i64,
    #[ts(type = "number")]
    pub at_ms: i64,
}

/// The component a test message names (the guard itself).
pub const TEST_COMPONENT: &str = "pipeline-guard";

fn localizer() -> &'static Localizer {
    static LOC: OnceLock<Localizer> = OnceLock::new();
    LOC.get_or_init(Localizer::embedded)
}

/// Send one test message through `ch` right now: one attempt (no retries, so the operator sees
/// the first answer), the channel's own language and payload format, the configured timeout.
pub(crate) async fn test_send(ch: &ChannelSettings, cx: &super::NotifyContext) -> (ChannelTestResult, DeliveryRow) {
    let at_ms = cx.clock.now_ms();
    let n = Notification {
        event: NotifyEvent::Test,
        severity: NotifySeverity::Info,
        component: TEST_COMPONENT.into(),
        incident_id: None,
        at_ms,
        kind: None,
        strategy: None,
        detail: "test message".into(),
        detail_message: None,
        duration_ms: None,
    };
    let text = super::message::render(localizer(), ch.language, &n);
    let started = Instant::now();
    let outcome = super::send(ch, &n, &text, cx).await;
    let latency_ms = started.elapsed().as_millis() as i64;
    let error = outcome.err().map(|f| scrub(&f.message, &ch.kind.secrets()));
    match &error {
        None => tracing::info!(channel = %ch.name, latency_ms, "test notification delivered"),
        Some(e) => tracing::warn!(channel = %ch.name, latency_ms, "test notification failed: {e}"),
    }
    let row = DeliveryRow::new(
        ch,
        &n,
        &format!("test:{}", ch.name),
        cx.clock.now_ms(),
        if error.is_none() { "sent" } else { "failed" },
        1,
        error.clone(),
    );
    (ChannelTestResult { channel: ch.name.clone(), delivered: error.is_none(), error, latency_ms, at_ms }, row)
}

/// A page of one channel's deliveries (`GET /api/notifications/channels/{name}/deliveries`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, TS)]
#[ts(export)]
pub struct DeliveriesPageQuery {
    /// Rows per page: default 20, 1 to 200.
    #[ts(optional, type = "number")]
    pub limit: Option<i64>,
    /// Rows to skip (newest first): default 0.
    #[ts(optional, type = "number")]
    pub offset: Option<i64>,
}

impl DeliveriesPageQuery {
    /// `(limit, offset)` with defaults; a negative offset or a limit outside 1..=200 is refused.
    pub fn resolve(&self) -> Result<(i64, i64), crate::heal::timeline::Msg> {
        use crate::heal::timeline::Msg;
        let limit = self.limit.unwrap_or(20);
        let offset = self.offset.unwrap_or(0);
        if !(1..=200).contains(&limit) {
            return Err(Msg::new("api-error-param-range")
                .text("param", "limit")
                .text("value", limit)
                .num("min", 1.0)
                .num("max", 200.0));
        }
        if offset < 0 {
            return Err(Msg::new("api-error-param-negative").text("param", "offset").text("value", offset));
        }
        Ok((limit, offset))
    }
}

/// One page of a channel's deliveries, newest first.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct DeliveriesPage {
    pub channel: String,
    pub rows: Vec<DeliveryRow>,
    /// Every delivery of the channel in the table.
    #[ts(type = "number")]
    pub total: i64,
    #[ts(type = "number")]
    pub offset: i64,
    #[ts(type = "number")]
    pub limit: i64,
}

/// Body of an add or an edit: the channel's entry as in the YAML (`name`, one of `webhook`,
/// `slack`, `teams`, `email`, `desktop`, and `filter`, `language`, `dedup_window`).
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct ChannelChange {
    #[ts(type = "Record<string, unknown>")]
    pub config: Value,
}

/// What a change did: applied (with the channel as it is now, `null` after a removal), or
/// refused with the validator's problems beside the fields (nothing written, nothing applied).
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ChannelChangeResult {
    pub applied: bool,
    pub problems: Vec<FieldProblem>,
    pub channel: Option<ChannelView>,
}
