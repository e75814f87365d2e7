//! Channels added, changed and removed from the window: the entry of
//! `pipeline.notifications.channels` is written to the config file first (`config::edit`, the
//! write-back of branch `comp`: one entry spliced, comments and order kept, the whole new file
//! validated by the one loader, written atomically), then put in force without a restart (the
//! running notifier reloads its channels: `Notifier::reload`), and audited with the account
//! (`notification.channel.add`, `.edit`, `.remove`; secrets masked in the row).
//!
//! Secrets never travel to the window, so an edit may leave them out: a webhook's, Slack's or
//! Teams' `url`, a header whose value is `null` (or every header when `headers` is absent) and
//! an SMTP `password` that the edit does not give keep the values written in the file (when the
//! channel keeps its kind). A new value replaces the old one.

use serde_json::{Value, json};

use super::{GuardError, PipelineGuard};
use crate::config::Config;
use crate::config::edit::{self, FieldProblem};
use crate::notify::channels::{ChannelView, mask_url};
use crate::notify::{ChannelChange, ChannelChangeResult};

/// Where channels live in the config.
const LIST: &str = "/pipeline/notifications/channels";
const KEY: &str = "name";
const KINDS: [&str; 5] = ["webhook", "slack", "teams", "email", "desktop"];

fn problem(field: Option<&str>, message: String) -> FieldProblem {
    FieldProblem::new(field, message)
}

fn kind_of(v: &Value) -> Option<&'static str> {
    KINDS.into_iter().find(|k| v.get(*k).is_some_and(|x| !x.is_null()))
}

fn missing(v: Option<&Value>) -> bool {
    v.is_none_or(|x| x.is_null() || x.as_str() == Some(""))
}

/// Fill the secrets an edit left out from the entry as written (same kind only).
pub fn keep_secrets(new: &mut Value, old: &Value) {
    let (Some(kind), Some(old_kind)) = (kind_of(new), kind_of(old)) else { return };
    if kind != old_kind {
        return;
    }
    let (Some(n), Some(o)) = (new.get_mut(kind).and_then(Value::as_object_mut), old.get(kind)) else { return };
    match kind {
        "webhook" | "slack" | "teams" => {
            if missing(n.get("url"))
                && let Some(u) = o.get("url")
            {
                n.insert("url".into(), u.clone());
            }
            if kind == "webhook" {
                if !n.contains_key("headers") {
                    if let Some(h) = o.get("headers") {
                        n.insert("headers".into(), h.clone());
                    }
                } else if let Some(h) = n.get_mut("headers").and_then(Value::as_object_mut) {
                    let names: Vec<String> = h.iter().filter(|(_, v)| v.is_null()).map(|(k, _)| k.clone()).collect();
                    for k in names {
                        match o.get("headers").and_then(|oh| oh.get(&k)) {
                            Some(v) => h.insert(k, v.clone()),
                            None => h.remove(&k),
                        };
                    }
                }
            }
        }
        "email" => {
            let old_pw = o.pointer("/smtp/password").cloned();
            if let (Some(smtp), Some(pw)) = (n.get_mut("smtp").and_then(Value::as_object_mut), old_pw)
                && missing(smtp.get("password"))
            {
                smtp.insert("password".into(), pw);
            }
        }
        _ => {}
    }
}

/// The entry for the audit row: URLs without their path, header values and passwords hidden.
fn redacted(v: &Value) -> Value {
    let mut v = v.clone();
    for kind in ["webhook", "slack", "teams"] {
        if let Some(o) = v.get_mut(kind).and_then(Value::as_object_mut) {
            if let Some(u) = o.get("url").and_then(Value::as_str).map(mask_url) {
                o.insert("url".into(), Value::String(u));
            }
            if let Some(h) = o.get_mut("headers").and_then(Value::as_object_mut) {
                for val in h.values_mut() {
                    *val = Value::String("***".into());
                }
            }
        }
    }
    if let Some(smtp) = v.pointer_mut("/email/smtp").and_then(Value::as_object_mut)
        && smtp.contains_key("password")
    {
        smtp.insert("password".into(), Value::String("***".into()));
    }
    v
}

fn entry_name(v: &Value) -> String {
    v.get(KEY).and_then(Value::as_str).unwrap_or_default().to_string()
}

impl PipelineGuard {
    /// Add a channel: written to the config, delivering at once.
    pub async fn add_notification_channel(
        &self,
        change: ChannelChange,
        lang: guard_i18n::Lang,
        actor: &str,
    ) -> Result<ChannelChangeResult, GuardError> {
        // A name already taken is the validator's `duplicate channel name`, said like any other.
        let name = entry_name(&change.config);
        let value = change.config.clone();
        let res = self.change_channels(&name, lang, |src| {
            edit::append(src, LIST, KEY, &value).map_err(|e| vec![problem(None, e.say(lang))])
        })?;
        self.finish_channel(
            res,
            Some(&name),
            actor,
            "notification.channel.add",
            &name,
            json!({ "config": redacted(&change.config) }),
        )
        .await
    }

    /// Replace channel `name` by the entry given (a rename when its name differs); secrets it
    /// leaves out are kept (see the module).
    pub async fn replace_notification_channel(
        &self,
        name: &str,
        change: ChannelChange,
        lang: guard_i18n::Lang,
        actor: &str,
    ) -> Result<ChannelChangeResult, GuardError> {
        self.known_channel(name)?;
        let new_name = entry_name(&change.config);
        let mut value = change.config.clone();
        let res = self.change_channels(&new_name, lang, |src| {
            if let Some(old) = edit::entry(src, LIST, KEY, name).map_err(|e| vec![problem(None, e.say(lang))])? {
                keep_secrets(&mut value, &old);
            }
            edit::upsert_named(src, LIST, KEY, name, &value).map_err(|e| vec![problem(None, e.say(lang))])
        })?;
        let details = json!({ "config": redacted(&change.config), "renamed_from": (new_name != name).then_some(name) });
        self.finish_channel(res, Some(&new_name), actor, "notification.channel.edit", name, details).await
    }

    /// Remove channel `name`; its delivery history stays.
    pub async fn remove_notification_channel(
        &self,
        name: &str,
        lang: guard_i18n::Lang,
        actor: &str,
    ) -> Result<ChannelChangeResult, GuardError> {
        self.known_channel(name)?;
        let res = self.change_channels(name, lang, |src| {
            edit::remove_named(src, LIST, KEY, name).map_err(|e| vec![problem(None, e.say(lang))])
        })?;
        self.finish_channel(res, None, actor, "notification.channel.remove", name, json!({})).await
    }

    fn known_channel(&self, name: &str) -> Result<(), GuardError> {
        self.config()
            .pipeline
            .notifications
            .channels
            .iter()
            .any(|c| c.name == name)
            .then_some(())
            .ok_or_else(|| GuardError::UnknownChannel(name.into()))
    }

    /// Edit the config file, validate the whole new text with the one loader, write it.
    /// `Ok(Err(_))`: refused, nothing written.
    fn change_channels(
        &self,
        name: &str,
        lang: guard_i18n::Lang,
        edit: impl FnOnce(&str) -> Result<String, Vec<FieldProblem>>,
    ) -> Result<Result<Config, Vec<FieldProblem>>, GuardError> {
        match edit::change_config(&self.config(), (LIST, KEY, name), lang, edit, |_| Ok(())) {
            Ok(cfg) => Ok(Ok(cfg)),
            Err(edit::ChangeError::Problems(p)) => Ok(Err(p)),
            Err(edit::ChangeError::Io { file, error }) => Err(GuardError::BadRequest(
                crate::heal::timeline::Msg::new("api-error-file").text("file", file).text("detail", error),
            )),
        }
    }

    /// Put the written channels in force (the config's notifications and the notifier), audit.
    async fn finish_channel(
        &self,
        res: Result<Config, Vec<FieldProblem>>,
        now_named: Option<&str>,
        actor: &str,
        action: &str,
        target: &str,
        details: Value,
    ) -> Result<ChannelChangeResult, GuardError> {
        let written = match res {
            Ok(c) => c,
            Err(problems) => return Ok(refused(problems)),
        };
        let inner = self.inner();
        let mut next = (*inner.config()).clone();
        next.pipeline.notifications.channels = written.pipeline.notifications.channels.clone();
        next.source = written.source.clone();
        let channels = next.pipeline.notifications.channels.clone();
        inner.set_config(next);
        if let Some(n) = inner.healing.notifier.lock().as_ref() {
            n.reload(&channels);
        }
        self.audit().append(actor, action, target, details).await?;
        tracing::info!(channel = target, action, actor, "notification channel changed");
        let channel = now_named.and_then(|n| channels.iter().find(|c| c.name == n)).map(ChannelView::of);
        Ok(ChannelChangeResult { applied: true, problems: Vec::new(), channel })
    }
}

fn refused(problems: Vec<FieldProblem>) -> ChannelChangeResult {
    ChannelChangeResult { applied: false, problems, channel: None }
}
