//! Incident texts said in the reader's language. Every timeline entry, incident reason and
//! resolution is stored as a [`Msg`] — a Fluent id of `locales/<lang>/incidents.ftl` (or
//! `healing.ftl`) with its arguments, JSON in `incident_events.message_id/message_args` and
//! `incidents.reason_id/reason_args` (migration 0011) — next to its English text. Readers
//! ([`render`]) say it in any of the ten languages; rows written before the migration, or
//! whose id a catalogue no longer has, show the stored text.

use std::collections::BTreeMap;
use std::time::Duration;

use guard_i18n::{FluentValue, Lang, Localizer};
use serde::{Deserialize, Serialize};

/// One argument of a message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(untagged)]
#[ts(export, rename = "MsgArg")]
pub enum Arg {
    /// A number: formatted for the language, and what plural variants select on.
    Num(f64),
    /// Text shown as it is (a component name, a pid, a check's own words).
    Text(String),
    /// A duration, said with the language's unit words.
    Duration {
        #[ts(type = "number")]
        duration_ms: i64,
    },
    /// A moment (UTC), formatted for the language.
    Time {
        #[ts(type = "number")]
        at_ms: i64,
    },
    /// Another message, said in the same language first.
    Msg(Msg),
    /// Several messages, each said in the language, joined with `; ` (a rolling restart's
    /// instances, the peers a migration could not use).
    List(Vec<Msg>),
}

/// A Fluent message id and its arguments (the UI says it with `sayMsg`, `ui/src/lib/msg.ts`).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Msg {
    pub id: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    #[ts(optional, as = "Option<BTreeMap<String, Arg>>")]
    pub args: BTreeMap<String, Arg>,
}

impl Msg {
    pub fn new(id: &str) -> Msg {
        Msg { id: id.to_string(), args: BTreeMap::new() }
    }

    pub fn text(mut self, key: &str, value: impl std::fmt::Display) -> Msg {
        self.args.insert(key.into(), Arg::Text(value.to_string()));
        self
    }

    pub fn num(mut self, key: &str, value: f64) -> Msg {
        self.args.insert(key.into(), Arg::Num(value));
        self
    }

    pub fn duration(mut self, key: &str, d: Duration) -> Msg {
        // A duration too long for i64 milliseconds (a token lifetime of u64::MAX seconds) is said
        // as the longest one, never as a wrapped negative.
        let duration_ms = i64::try_from(d.as_millis()).unwrap_or(i64::MAX);
        self.args.insert(key.into(), Arg::Duration { duration_ms });
        self
    }

    pub fn duration_ms(mut self, key: &str, ms: i64) -> Msg {
        self.args.insert(key.into(), Arg::Duration { duration_ms: ms.max(0) });
        self
    }

    pub fn time(mut self, key: &str, at_ms: i64) -> Msg {
        self.args.insert(key.into(), Arg::Time { at_ms });
        self
    }

    pub fn msg(mut self, key: &str, m: Msg) -> Msg {
        self.args.insert(key.into(), Arg::Msg(m));
        self
    }

    pub fn list(mut self, key: &str, items: Vec<Msg>) -> Msg {
        self.args.insert(key.into(), Arg::List(items));
        self
    }

    /// Text that has no words of ours to translate (an OS error, a receiver's answer): the
    /// message `heal-text`, which says its `text` as it is.
    pub fn verbatim(text: impl std::fmt::Display) -> Msg {
        Msg::new("heal-text").text("text", text)
    }

    /// The arguments as stored (`incident_events.message_args`).
    pub fn args_json(&self) -> String {
        serde_json::to_string(&self.args).unwrap_or_else(|_| "{}".into())
    }

    /// A message read back from its stored columns; `None` for rows written before migration
    /// 0011 (or damaged arguments), which then show their stored text.
    pub fn from_columns(id: Option<String>, args: Option<String>) -> Option<Msg> {
        let id = id.filter(|i| !i.is_empty())?;
        let args = match args.as_deref() {
            None | Some("") => BTreeMap::new(),
            Some(a) => serde_json::from_str(a).ok()?,
        };
        Some(Msg { id, args })
    }

    /// The English text, stored next to the message (what old readers and logs show).
    pub fn english(&self) -> String {
        render(super::localizer(), Lang::En, self).unwrap_or_else(|| self.id.clone())
    }
}

impl From<String> for Msg {
    fn from(text: String) -> Msg {
        Msg::verbatim(text)
    }
}

/// A refusal of the healing gate as a message (`healing.ftl`), its time said per language.
pub fn refusal(r: &super::policy::Refusal) -> Msg {
    let m = Msg::new(r.message_id(super::hold::Held::Heal));
    match r.until_ms() {
        Some(until_ms) => m.time("until", until_ms),
        None => m,
    }
}

/// An argument ready for Fluent: a number (formats and selects plurals) or finished text.
enum Ready {
    Num(f64),
    Text(String),
}

fn ready(loc: &Localizer, lang: Lang, a: &Arg) -> Option<Ready> {
    Some(match a {
        Arg::Num(n) => Ready::Num(*n),
        Arg::Text(s) => Ready::Text(s.clone()),
        Arg::Duration { duration_ms } => {
            Ready::Text(loc.format_duration(lang, Duration::from_millis((*duration_ms).max(0) as u64)))
        }
        Arg::Time { at_ms } => Ready::Text(guard_i18n::format_datetime(lang, at_ms.div_euclid(1000), 0)),
        Arg::Msg(m) => Ready::Text(render(loc, lang, m)?),
        Arg::List(items) => {
            Ready::Text(items.iter().map(|m| render(loc, lang, m)).collect::<Option<Vec<_>>>()?.join("; "))
        }
    })
}

/// `m` in `lang`; `None` when the catalogue has no such message (or a nested one), so the
/// caller falls back to the stored text.
pub fn render(loc: &Localizer, lang: Lang, m: &Msg) -> Option<String> {
    if !loc.has(&m.id, Lang::En) {
        return None;
    }
    let mut values = Vec::with_capacity(m.args.len());
    for (k, a) in &m.args {
        values.push((k.as_str(), ready(loc, lang, a)?));
    }
    let args: Vec<(&str, FluentValue<'_>)> = values
        .iter()
        .map(|(k, v)| {
            (
                *k,
                match v {
                    Ready::Num(n) => FluentValue::from(*n),
                    Ready::Text(s) => FluentValue::from(s.as_str()),
                },
            )
        })
        .collect();
    Some(loc.translate_with(&m.id, lang, &args))
}

/// The text to show for a stored row: its message in `lang` when it has one the catalogue
/// knows, else the text stored with it.
pub fn say(loc: &Localizer, lang: Lang, msg: Option<&Msg>, stored: &str) -> String {
    msg.and_then(|m| render(loc, lang, m)).unwrap_or_else(|| stored.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn loc() -> &'static Localizer {
        super::super::localizer()
    }

    #[test]
    fn messages_round_trip_through_their_columns() {
        let m = Msg::new("incident-respawn-failed")
            .msg(
                "exit",
                Msg::new("incident-reason-exit-status").text("pid", 4242).text("code", 1).duration_ms("uptime", 1500),
            )
            .duration_ms("delay", 200);
        let back = Msg::from_columns(Some(m.id.clone()), Some(m.args_json())).unwrap();
        assert_eq!(back, m);
        assert_eq!(Msg::from_columns(None, None), None);
        assert_eq!(Msg::from_columns(Some("x".into()), Some("{not json".into())), None);
    }

    /// One message per kind of argument, in four languages (plurals, nested messages,
    /// durations, times), and the fallback to the stored text.
    #[test]
    fn rendering_in_languages() {
        let breaker = |n: f64| {
            Msg::new("incident-escalated-breaker").num("failures", n).duration("window", Duration::from_secs(60))
        };
        let exit =
            Msg::new("incident-reason-exit-status").text("pid", 4242).text("code", 1).duration_ms("uptime", 1500);
        let respawn = Msg::new("incident-respawn-failed").msg("exit", exit.clone()).duration_ms("delay", 200);
        let waiting = Msg::new("incident-waiting")
            .text("step", 2)
            .text("strategy", "restart")
            .msg("refusal", Msg::new("heal-refusal-breaker-open").time("until", 1_795_877_413_000));
        let cases: &[(&Msg, Lang, &[&str])] = &[
            (&breaker(1.0), Lang::En, &["One failed heal within 1 min"]),
            (&breaker(3.0), Lang::En, &["3 failed heals within 1 min"]),
            (&breaker(3.0), Lang::De, &["3 fehlgeschlagene Heilungen", "Schutzschalter"]),
            (&breaker(1.0), Lang::De, &["Eine fehlgeschlagene Heilung"]),
            (&breaker(3.0), Lang::Ja, &["3", "サーキットブレーカー"]),
            (&breaker(2.0), Lang::Ar, &["محاولتا إصلاح فاشلتان"]),
            (&exit, Lang::En, &["Process 4242 exited with status 1 after 1 s"]),
            (&respawn, Lang::Fr, &["Le processus 4242", "le superviseur le relance dans 200"]),
            (&respawn, Lang::ZhCn, &["进程 4242", "监管进程"]),
            (&waiting, Lang::Es, &["Esperando antes del paso 2 (restart)", "Disyuntor abierto", "2026"]),
        ];
        for (m, lang, want) in cases {
            let s = render(loc(), *lang, m).unwrap();
            for w in *want {
                assert!(s.contains(w), "{lang:?} {}: {s:?} lacks {w:?}", m.id);
            }
        }
        // Step details (`healing-steps.ftl`): lists of messages, a select on a text argument,
        // a nested step in a timeline entry, and words of the system kept verbatim.
        let inst = |i: u32, note: &str| {
            Msg::new("step-rolling-instance")
                .text("instance", i)
                .text("waited", 12)
                .num("in_flight", 2.0)
                .num("left", 0.0)
                .text("note", note)
        };
        let rolling = Msg::new("step-rolling-done")
            .num("instances", 2.0)
            .list("done", vec![inst(0, "none"), inst(1, "timed-out")]);
        let verified = Msg::new("incident-step-verified")
            .msg("detail", Msg::new("step-restart-done").text("old", 41).text("new", 42));
        let steps: &[(&Msg, Lang, &str)] = &[
            (
                &rolling,
                Lang::En,
                "rolling restart of 2 instances: instance 0 drained in 12 ms (2 in flight, 0 left), restarted; instance 1 drained in 12 ms (2 in flight, 0 left) (drain timed out), restarted",
            ),
            (
                &rolling,
                Lang::De,
                "rollierender Neustart von 2 Instanzen: Instanz 0 in 12 ms geleert (2 in Bearbeitung, 0 übrig), neu gestartet; Instanz 1 in 12 ms geleert (2 in Bearbeitung, 0 übrig) (Leeren hat das Zeitlimit überschritten), neu gestartet",
            ),
            (&verified, Lang::En, "restarted: pid 41 → 42; verified"),
            (&verified, Lang::Es, "reiniciado: pid 41 → 42; verificado"),
            (
                &Msg::new("step-run-exited")
                    .text("program", "deploy.sh")
                    .text("status", "exit status: 3")
                    .text("output", "disk full"),
                Lang::It,
                "deploy.sh è terminato con exit status: 3: disk full",
            ),
            (&Msg::verbatim("connection refused"), Lang::Ja, "connection refused"),
        ];
        for (m, lang, want) in steps {
            assert_eq!(render(loc(), *lang, m).as_deref(), Some(*want), "{lang:?} {}", m.id);
        }
        // A list with a message the catalogue lacks falls back to the stored text as a whole.
        assert_eq!(
            render(
                loc(),
                Lang::De,
                &Msg::new("step-rolling-done").num("instances", 1.0).list("done", vec![Msg::new("gone")])
            ),
            None
        );
        let back = Msg::from_columns(Some(rolling.id.clone()), Some(rolling.args_json())).unwrap();
        assert_eq!(back, rolling, "lists round-trip through the stored JSON");
        assert_eq!(render(loc(), Lang::De, &Msg::new("no-such-message")), None);
        assert_eq!(say(loc(), Lang::De, Some(&Msg::new("no-such-message")), "stored"), "stored");
        assert_eq!(say(loc(), Lang::De, None, "old English row"), "old English row");
        assert_eq!(
            say(loc(), Lang::De, Some(&Msg::new("incident-closed-check")), "x"),
            "Von einer Prüfung als gesund bestätigt"
        );
    }
}
