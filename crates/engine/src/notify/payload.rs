//! The JSON bodies: a generic webhook's, Slack's (`text` + Block Kit) and Teams' (a message
//! with an Adaptive Card, which Teams' incoming webhooks and Workflows both accept).

use guard_i18n::Lang;
use serde_json::{Value, json};

use super::{Notification, NotifySeverity, Rendered};

/// Everything, machine-readable, plus the localized texts.
pub fn generic(n: &Notification, t: &Rendered, lang: Lang) -> Value {
    json!({
        "source": "pipeline-guard",
        "version": 1,
        "event": n.event,
        "severity": n.severity,
        "component": n.component,
        "incident_id": n.incident_id,
        "kind": n.kind,
        "strategy": n.strategy,
        "detail": n.detail,
        "duration_ms": n.duration_ms,
        "at_ms": n.at_ms,
        "lang": lang.code(),
        "title": t.title,
        "body": t.body,
    })
}

fn emoji(s: NotifySeverity) -> &'static str {
    match s {
        NotifySeverity::Info => ":information_source:",
        NotifySeverity::Warning => ":warning:",
        NotifySeverity::Critical => ":rotating_light:",
    }
}

/// Slack's mrkdwn treats `&`, `<` and `>` as control characters.
fn slack_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// `text` is the fallback every Slack-compatible receiver (Mattermost, Rocket.Chat) shows.
pub fn slack(n: &Notification, t: &Rendered) -> Value {
    let mut facts = vec![
        format!("*{}:* {}", slack_escape(&t.label_severity), slack_escape(&t.severity)),
        format!("*{}:* {}", slack_escape(&t.label_component), slack_escape(&n.component)),
    ];
    if let Some(id) = n.incident_id {
        facts.push(format!("*{}:* #{id}", slack_escape(&t.label_incident)));
    }
    if n.strategy.is_some() {
        facts.push(format!("*{}:* {}", slack_escape(&t.label_strategy), slack_escape(&t.strategy)));
    }
    json!({
        "text": format!("{} {}", emoji(n.severity), slack_escape(&t.title)),
        "blocks": [
            { "type": "header", "text": { "type": "plain_text", "text": t.title, "emoji": true } },
            { "type": "section", "text": { "type": "mrkdwn", "text": slack_escape(&t.body) } },
            { "type": "section", "fields": facts.iter().map(|f| json!({ "type": "mrkdwn", "text": f })).collect::<Vec<_>>() },
            { "type": "context", "elements": [ { "type": "mrkdwn", "text": slack_escape(&t.footer) } ] }
        ]
    })
}

fn color(s: NotifySeverity) -> &'static str {
    match s {
        NotifySeverity::Info => "Good",
        NotifySeverity::Warning => "Warning",
        NotifySeverity::Critical => "Attention",
    }
}

/// A message carrying one Adaptive Card (schema 1.4).
pub fn teams(n: &Notification, t: &Rendered) -> Value {
    let mut facts = vec![
        json!({ "title": t.label_severity, "value": t.severity }),
        json!({ "title": t.label_component, "value": n.component }),
    ];
    if let Some(id) = n.incident_id {
        facts.push(json!({ "title": t.label_incident, "value": format!("#{id}") }));
    }
    if n.strategy.is_some() {
        facts.push(json!({ "title": t.label_strategy, "value": t.strategy }));
    }
    json!({
        "type": "message",
        "summary": t.title,
        "attachments": [{
            "contentType": "application/vnd.microsoft.card.adaptive",
            "contentUrl": null,
            "content": {
                "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
                "type": "AdaptiveCard",
                "version": "1.4",
                "body": [
                    { "type": "TextBlock", "text": t.title, "weight": "Bolder", "size": "Medium", "wrap": true, "color": color(n.severity) },
                    { "type": "TextBlock", "text": t.body, "wrap": true },
                    { "type": "FactSet", "facts": facts },
                    { "type": "TextBlock", "text": t.footer, "isSubtle": true, "size": "Small", "wrap": true }
                ]
            }
        }]
    })
}
