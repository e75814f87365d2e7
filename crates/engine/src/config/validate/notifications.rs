//! `pipeline.notifications:` raw → typed, every problem located like the rest of the config.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use guard_i18n::Lang;

use super::Ctx;
use crate::config::Secret;
use crate::config::raw::{RawChannel, RawNotifications, RawWebhookChannel};
use crate::heal::notifications::settings::*;

const KINDS: &str = "webhook, slack, teams, email or desktop";

/// A language tag of the ten (`en`, `de`, `pt-BR`, …).
fn lang(cx: &mut Ctx, ptr: &str, v: Option<&str>, default: Lang) -> Lang {
    let Some(s) = v else { return default };
    match Lang::ALL.into_iter().find(|l| l.code().eq_ignore_ascii_case(s.trim())) {
        Some(l) => l,
        None => {
            let all: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
            let message =
                cx.t("config-x-unknown-language", &[("value", s.into()), ("expected", all.join(", ").into())]);
            cx.error_at(ptr, message);
            default
        }
    }
}

/// Is `host` this machine (so plain text never leaves it)?
pub(crate) fn is_loopback_host(host: &str) -> bool {
    let h = host.trim_start_matches('[').trim_end_matches(']');
    h.eq_ignore_ascii_case("localhost") || h.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// An http(s) URL; plain http only to loopback (the URL carries a token).
fn url(cx: &mut Ctx, ptr: &str, u: &str) -> Option<Secret> {
    match reqwest::Url::parse(u) {
        Ok(parsed) if parsed.scheme() == "https" => Some(Secret(u.to_string())),
        Ok(parsed) if parsed.scheme() == "http" && parsed.host_str().is_some_and(is_loopback_host) => {
            Some(Secret(u.to_string()))
        }
        Ok(parsed) if parsed.scheme() == "http" => {
            let message = cx.t("config-x-channel-https-token", &[]);
            cx.error_at(ptr, message);
            None
        }
        // Never echo the URL: it may carry a token.
        _ => {
            let message = cx.t("config-x-channel-https", &[]);
            cx.error_at(ptr, message);
            None
        }
    }
}

fn hook(
    cx: &mut Ctx,
    ptr: &str,
    h: &RawWebhookChannel,
    headers_allowed: bool,
) -> Option<(Secret, BTreeMap<String, Secret>)> {
    let u = url(cx, &format!("{ptr}/url"), &h.url);
    let mut headers = BTreeMap::new();
    if !headers_allowed && !h.headers.is_empty() {
        let message = cx.t("config-x-channel-headers-webhook", &[]);
        cx.key_error(&format!("{ptr}/headers"), message);
    }
    for (k, v) in &h.headers {
        let ok_name = reqwest::header::HeaderName::from_bytes(k.as_bytes()).is_ok();
        let ok_value = reqwest::header::HeaderValue::from_str(v).is_ok();
        if !ok_name {
            let message = cx.t("config-x-channel-header-name", &[("name", k.as_str().into())]);
            cx.key_error(&format!("{ptr}/headers/{k}"), message);
        } else if !ok_value {
            let message = cx.t("config-x-channel-header-value", &[]);
            cx.error_at(&format!("{ptr}/headers/{k}"), message);
        } else {
            headers.insert(k.clone(), Secret(v.clone()));
        }
    }
    Some((u?, headers))
}

fn channel(
    cx: &mut Ctx,
    ptr: &str,
    i: usize,
    raw: &RawChannel,
    defaults: (Duration, Lang),
    components: &BTreeSet<String>,
) -> Option<ChannelSettings> {
    let before = cx.errors.len();
    let mut kinds: Vec<(&str, Option<ChannelKind>)> = Vec::new();
    if let Some(h) = &raw.webhook {
        kinds.push((
            "webhook",
            hook(cx, &format!("{ptr}/webhook"), h, true).map(|(url, headers)| ChannelKind::Webhook { url, headers }),
        ));
    }
    if let Some(h) = &raw.slack {
        kinds.push(("slack", hook(cx, &format!("{ptr}/slack"), h, false).map(|(url, _)| ChannelKind::Slack { url })));
    }
    if let Some(h) = &raw.teams {
        kinds.push(("teams", hook(cx, &format!("{ptr}/teams"), h, false).map(|(url, _)| ChannelKind::Teams { url })));
    }
    if let Some(e) = &raw.email {
        let ep = format!("{ptr}/email");
        let security = match e.smtp.security.as_deref().map(|s| s.trim().to_ascii_lowercase()) {
            None => SmtpSecurity::StartTls,
            Some(s) if s == "starttls" => SmtpSecurity::StartTls,
            Some(s) if s == "tls" => SmtpSecurity::Tls,
            Some(s) if s == "none" => SmtpSecurity::None,
            Some(s) => {
                cx.error_at(
                    &format!("{ep}/smtp/security"),
                    cx.t("config-x-smtp-security", &[("value", s.into()), ("expected", "tls, starttls, none".into())]),
                );
                SmtpSecurity::StartTls
            }
        };
        if e.smtp.host.trim().is_empty() {
            let message = cx.t("config-x-smtp-host", &[]);
            cx.error_at(&format!("{ep}/smtp/host"), message);
        }
        if security == SmtpSecurity::None && !is_loopback_host(&e.smtp.host) {
            let message = cx.t("config-x-smtp-clear-text", &[]);
            cx.error_at(&format!("{ep}/smtp/security"), message);
        }
        if e.smtp.password.is_some() && e.smtp.username.is_none() {
            let message = cx.t("config-x-smtp-password-user", &[]);
            cx.key_error(&format!("{ep}/smtp/password"), message);
        }
        let timeout = cx.positive_duration(&format!("{ep}/smtp/timeout"), &e.smtp.timeout, Duration::from_secs(10));
        if e.from.parse::<lettre::message::Mailbox>().is_err() {
            cx.error_at(
                &format!("{ep}/from"),
                cx.t("config-x-email", &[("example", "guard@example.com".into()), ("value", e.from.as_str().into())]),
            );
        }
        if e.to.is_empty() {
            let message = cx.t("config-x-email-recipients", &[]);
            cx.error_at(&format!("{ep}/to"), message);
        }
        for (j, t) in e.to.iter().enumerate() {
            if t.parse::<lettre::message::Mailbox>().is_err() {
                cx.error_at(
                    &format!("{ep}/to/{j}"),
                    cx.t("config-x-email", &[("example", "ops@example.com".into()), ("value", t.as_str().into())]),
                );
            }
        }
        kinds.push((
            "email",
            Some(ChannelKind::Email(EmailSettings {
                smtp: SmtpSettings {
                    host: e.smtp.host.trim().to_string(),
                    port: e.smtp.port.unwrap_or(security.default_port()),
                    security,
                    username: e.smtp.username.clone(),
                    password: e.smtp.password.clone().map(Secret),
                    timeout,
                },
                from: e.from.clone(),
                to: e.to.clone(),
            })),
        ));
    }
    if raw.desktop.is_some() {
        kinds.push(("desktop", Some(ChannelKind::Desktop)));
    }
    let kind = match kinds.len() {
        0 => {
            let message = cx.t("config-x-channel-kind-missing", &[("kinds", KINDS.into())]);
            cx.error_at(ptr, message);
            None
        }
        1 => kinds.pop().and_then(|k| k.1),
        _ => {
            let names: Vec<&str> = kinds.iter().map(|k| k.0).collect();
            let message = cx.t("config-x-channel-kind-many", &[("found", names.join(", ").into())]);
            cx.error_at(ptr, message);
            None
        }
    };

    let mut filter = ChannelFilter::default();
    if let Some(f) = &raw.filter {
        let fp = format!("{ptr}/filter");
        if let Some(s) = &f.min_severity {
            match NotifySeverity::parse(s) {
                Some(sev) => filter.min_severity = sev,
                None => cx.error_at(
                    &format!("{fp}/min_severity"),
                    cx.t(
                        "config-x-severity",
                        &[("value", s.as_str().into()), ("expected", "info, warning, critical".into())],
                    ),
                ),
            }
        }
        for (j, c) in f.components.iter().flatten().enumerate() {
            if !components.contains(c) {
                let message = cx.t("config-x-unknown-component", &[("name", c.as_str().into())]);
                cx.error_at(&format!("{fp}/components/{j}"), message);
            }
            filter.components.insert(c.clone());
        }
        for (j, e) in f.events.iter().flatten().enumerate() {
            match NotifyEvent::parse(e) {
                Some(ev) => {
                    filter.events.insert(ev);
                }
                None => {
                    let all: Vec<&str> = NotifyEvent::ALL.iter().map(|e| e.as_str()).collect();
                    cx.error_at(
                        &format!("{fp}/events/{j}"),
                        cx.t(
                            "config-x-unknown-event",
                            &[("value", e.as_str().into()), ("expected", all.join(", ").into())],
                        ),
                    );
                }
            }
        }
    }
    let dedup_window = cx.duration(&format!("{ptr}/dedup_window"), &raw.dedup_window, defaults.0);
    let language = lang(cx, &format!("{ptr}/language"), raw.language.as_deref(), defaults.1);
    let name =
        raw.name.clone().unwrap_or_else(|| format!("{}-{}", kind.as_ref().map_or("channel", ChannelKind::name), i + 1));
    if name.trim().is_empty() {
        let message = cx.t("config-x-channel-name", &[]);
        cx.error_at(&format!("{ptr}/name"), message);
    }
    (cx.errors.len() == before).then_some(ChannelSettings { name, kind: kind?, filter, dedup_window, language })
}

/// Validate `pipeline.notifications`; `components` are the names written in the config.
pub(super) fn notifications(
    cx: &mut Ctx,
    raw: Option<&serde_json::Value>,
    components: &BTreeSet<String>,
) -> NotificationSettings {
    let mut out = NotificationSettings::default();
    let p = "/pipeline/notifications";
    let Some(raw) = raw.filter(|v| !v.is_null()) else { return out };
    let Some(raw) = cx.raw::<RawNotifications>(p, raw) else { return out };
    out.enabled = raw.enabled.unwrap_or(true);
    let window = cx.duration(&format!("{p}/dedup_window"), &raw.dedup_window, Duration::from_secs(300));
    let language = lang(cx, &format!("{p}/language"), raw.language.as_deref(), Lang::En);
    if let Some(r) = &raw.retry {
        let rp = format!("{p}/retry");
        let d = RetrySettings::default();
        let attempts = r.attempts.unwrap_or(d.attempts);
        if attempts == 0 || attempts > 20 {
            let message = cx.t("config-x-retry-attempts", &[("min", 1.into()), ("max", 20.into())]);
            cx.error_at(&format!("{rp}/attempts"), message);
        }
        out.retry = RetrySettings {
            attempts: attempts.clamp(1, 20),
            backoff: cx.duration(&format!("{rp}/backoff"), &r.backoff, d.backoff),
            max_backoff: cx.positive_duration(&format!("{rp}/max_backoff"), &r.max_backoff, d.max_backoff),
            timeout: cx.positive_duration(&format!("{rp}/timeout"), &r.timeout, d.timeout),
        };
    }
    let mut names: BTreeMap<String, usize> = BTreeMap::new();
    for (i, c) in raw.channels.iter().enumerate() {
        let ptr = format!("{p}/channels/{i}");
        let Some(c) = cx.raw::<RawChannel>(&ptr, c) else { continue };
        if let Some(ch) = channel(cx, &ptr, i, &c, (window, language), components) {
            if let Some(prev) = names.insert(ch.name.clone(), i) {
                cx.error_at(
                    &format!("{ptr}/name"),
                    cx.t(
                        "config-x-channel-duplicate",
                        &[("name", ch.name.as_str().into()), ("first", (prev + 1).into())],
                    ),
                );
                continue;
            }
            out.channels.push(ch);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;
    use std::path::Path;

    use super::*;
    use crate::config::load_str;

    const BASE: &str = "components:\n  - name: api\n    check: { tcp: { addr: \"127.0.0.1:9\" } }\n";

    fn load(notifications: &str) -> Result<NotificationSettings, Vec<String>> {
        let src = format!("pipeline:\n  notifications:\n{notifications}{BASE}");
        load_str(&src, "lab.yaml", Path::new("/lab"), &BTreeMap::new())
            .map(|c| c.pipeline.notifications)
            .map_err(|e| e.0.iter().map(|e| e.to_string()).collect())
    }

    #[test]
    fn a_full_block_is_read_into_channels() {
        let n = load(
            r#"    language: de
    dedup_window: 2m
    retry: { attempts: 5, backoff: 1s, max_backoff: 20s, timeout: 3s }
    channels:
      - name: ops
        webhook: { url: "https://hooks.example.com/abc", headers: { X-Token: "s3cret" } }
        filter: { min_severity: warning, components: [api], events: [incident_opened, incident_escalated] }
      - slack: { url: "https://hooks.slack.com/services/T/B/X" }
        language: ja
      - teams: { url: "http://127.0.0.1:9000/teams" }
        dedup_window: 0s
      - name: mail
        email:
          smtp: { host: smtp.example.com, username: guard, password: "pw" }
          from: "Pipeline Guard <guard@example.com>"
          to: [ops@example.com]
      - desktop: {}
"#,
        )
        .unwrap();
        assert_eq!(
            n.retry,
            RetrySettings {
                attempts: 5,
                backoff: Duration::from_secs(1),
                max_backoff: Duration::from_secs(20),
                timeout: Duration::from_secs(3)
            }
        );
        let names: Vec<(&str, &str, Lang)> =
            n.channels.iter().map(|c| (c.name.as_str(), c.kind.name(), c.language)).collect();
        assert_eq!(
            names,
            [
                ("ops", "webhook", Lang::De),
                ("slack-2", "slack", Lang::Ja),
                ("teams-3", "teams", Lang::De),
                ("mail", "email", Lang::De),
                ("desktop-5", "desktop", Lang::De)
            ]
        );
        assert_eq!(n.channels[0].filter.min_severity, NotifySeverity::Warning);
        assert_eq!(n.channels[0].dedup_window, Duration::from_secs(120));
        assert_eq!(n.channels[2].dedup_window, Duration::ZERO);
        let ChannelKind::Email(e) = &n.channels[3].kind else { panic!() };
        assert_eq!((e.smtp.port, e.smtp.security), (587, SmtpSecurity::StartTls));
        // Secrets do not print.
        let dbg = format!("{n:?}");
        assert!(!dbg.contains("s3cret") && !dbg.contains("hooks.example.com/abc") && !dbg.contains("\"pw\""), "{dbg}");
    }

    #[test]
    fn every_problem_is_reported_with_its_position() {
        let errs = load(
            r#"    language: klingon
    channels:
      - webhook: { url: "http://hooks.example.com/abc" }
        filter: { min_severity: loud, components: [nope], events: [exploded] }
      - slack: { url: "https://x.example/1" }
        teams: { url: "https://x.example/2" }
      - email:
          smtp: { host: smtp.example.com, security: none }
          from: "not an address"
          to: []
      - name: dup
        desktop: {}
      - name: dup
        desktop: {}
      - pager: {}
"#,
        )
        .unwrap_err();
        let want = [
            "lab.yaml:3:15: unknown language `klingon`",
            "lab.yaml:5:25: expected an https:// URL (plain http:// is allowed only to 127.0.0.1/localhost",
            "lab.yaml:6:33: unknown severity `loud`",
            "lab.yaml:6:52: unknown component `nope`",
            "lab.yaml:6:68: unknown event `exploded`",
            "lab.yaml:7:14: expected exactly one channel kind, found slack, teams",
            "lab.yaml:10:53: `security: none` sends mail and password in clear text",
            "lab.yaml:11:17: expected an e-mail address",
            "lab.yaml:12:15: expected at least one recipient",
            "lab.yaml:15:15: duplicate channel name `dup` (first used by channel 4)",
            "lab.yaml:17:9: unknown field `pager`",
        ];
        assert_eq!(errs.len(), want.len(), "{errs:#?}");
        for (got, want) in errs.iter().zip(want) {
            assert!(got.starts_with(want), "got {got}\nwant {want}…\nall: {errs:#?}");
        }
        assert!(!errs.iter().any(|e| e.contains("hooks.example.com/abc")), "a URL with a token is never echoed");
    }
}
