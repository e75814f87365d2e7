//! A notification put into words (Fluent, `locales/<lang>/notifications.ftl`).

use guard_i18n::{FluentValue, Lang, Localizer};

use super::{Notification, NotifyEvent};

/// The localized texts of one notification for one channel.
#[derive(Debug, Clone, PartialEq)]
pub struct Rendered {
    pub title: String,
    pub body: String,
    /// The severity's name in the language.
    pub severity: String,
    /// Labels for the facts channels list: component, severity, incident, strategy, duration.
    pub label_component: String,
    pub label_severity: String,
    pub label_incident: String,
    pub label_strategy: String,
    /// The healing step's strategy by its name in the language (`ui-strategy-*`).
    pub strategy: String,
    pub footer: String,
    /// The e-mail subject line.
    pub subject: String,
}

fn title_key(e: NotifyEvent) -> &'static str {
    match e {
        NotifyEvent::IncidentOpened => "notification-incident-opened-title",
        NotifyEvent::StepStarted => "notification-step-started-title",
        NotifyEvent::StepSucceeded => "notification-step-succeeded-title",
        NotifyEvent::StepFailed => "notification-step-failed-title",
        NotifyEvent::IncidentEscalated => "notification-incident-escalated-title",
        NotifyEvent::IncidentResolved => "notification-incident-resolved-title",
        NotifyEvent::Test => "notification-test-title",
    }
}

fn body_key(e: NotifyEvent) -> &'static str {
    match e {
        NotifyEvent::IncidentOpened => "notification-incident-opened-body",
        NotifyEvent::StepStarted => "notification-step-started-body",
        NotifyEvent::StepSucceeded => "notification-step-succeeded-body",
        NotifyEvent::StepFailed => "notification-step-failed-body",
        NotifyEvent::IncidentEscalated => "notification-incident-escalated-body",
        NotifyEvent::IncidentResolved => "notification-incident-resolved-body",
        NotifyEvent::Test => "notification-test-body",
    }
}

/// The incident kind's name in `lang` (unknown kinds as written).
fn kind_text(loc: &Localizer, lang: Lang, kind: &str) -> String {
    let key = format!("notification-kind-{}", kind.replace('_', "-"));
    if loc.has(&key, Lang::En) { loc.translate(&key, lang) } else { kind.to_string() }
}

/// A healing strategy's name in `lang` (`ui-strategy-restart` …), an unknown id as written.
pub fn strategy_text(loc: &Localizer, lang: Lang, id: &str) -> String {
    let key = format!("ui-strategy-{id}");
    if loc.has(&key, Lang::En) { loc.translate(&key, lang) } else { id.to_string() }
}

pub fn render(loc: &Localizer, lang: Lang, n: &Notification) -> Rendered {
    let incident = n.incident_id.map(|i| i.to_string()).unwrap_or_else(|| "–".into());
    let kind = n.kind.as_deref().map(|k| kind_text(loc, lang, k)).unwrap_or_default();
    // Seconds to a tenth, as a number: the language formats it (12,5 in de, Arabic digits in ar).
    let seconds: FluentValue<'_> =
        n.duration_ms.map(|d| FluentValue::from((d as f64 / 100.0).round() / 10.0)).unwrap_or_else(|| "".into());
    // The strategy's name in the language (`ui-strategy-*`), an unknown id as written.
    let strategy = n.strategy.as_deref().map(|s| strategy_text(loc, lang, s)).unwrap_or_default();
    // The healer's record in the channel's language (its English text when it has no message).
    let detail = crate::heal::timeline::say(loc, lang, n.detail_message.as_ref(), &n.detail);
    let args: Vec<(&str, FluentValue<'_>)> = vec![
        ("component", n.component.as_str().into()),
        ("incident", incident.as_str().into()),
        ("kind", kind.as_str().into()),
        ("strategy", strategy.as_str().into()),
        ("detail", detail.as_str().into()),
        ("seconds", seconds),
    ];
    let title = loc.translate_with(title_key(n.event), lang, &args);
    Rendered {
        subject: format!("[{}] {title}", loc.translate("product-name", lang)),
        title,
        body: loc.translate_with(body_key(n.event), lang, &args),
        severity: loc.translate(&format!("notification-severity-{}", n.severity.as_str()), lang),
        label_component: loc.translate("notification-label-component", lang),
        label_severity: loc.translate("notification-label-severity", lang),
        label_incident: loc.translate("notification-label-incident", lang),
        label_strategy: loc.translate("notification-label-strategy", lang),
        strategy: strategy.clone(),
        footer: loc.translate("notification-footer", lang),
    }
}
