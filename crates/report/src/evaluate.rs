//! Turning facts into the report: one status and its evidence per control, availability per
//! component and region, the data map. All text localized here, once.

use std::collections::BTreeMap;
use std::time::Duration;

use guard_engine::compliance::{self, AuditVerification, Measurement, Standard};
use guard_engine::model::Region;
use guard_engine::regions::{self, DataCategory};
use guard_i18n::{FluentValue, Lang, Localizer};

use crate::gather::Facts;
use crate::model::*;

/// An argument of a report sentence: text as it is, or a count.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Str(String),
    Num(u64),
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Str(s)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Str(s.to_string())
    }
}

/// Localizes for one language.
pub struct Tr<'a> {
    pub loc: &'a Localizer,
    pub lang: Lang,
}

impl Tr<'_> {
    pub fn t(&self, key: &str) -> String {
        self.loc.translate(key, self.lang)
    }

    /// A sentence with arguments. Counts go in as numbers ([`Tr::n`]): the language formats
    /// them and chooses the plural form by them ("1 component", Arabic's six forms); `Text.args`
    /// keeps them formatted for the language, like the other arguments.
    pub fn text(&self, key: &str, args: &[(&str, Arg)]) -> Text {
        let fa: Vec<(&str, FluentValue)> = args
            .iter()
            .map(|(k, v)| {
                (
                    *k,
                    match v {
                        Arg::Str(s) => FluentValue::from(s.clone()),
                        Arg::Num(n) => FluentValue::from(*n as f64),
                    },
                )
            })
            .collect();
        let shown = |v: &Arg| match v {
            Arg::Str(s) => s.clone(),
            Arg::Num(n) => self.int(*n),
        };
        Text {
            key: key.to_string(),
            args: args.iter().map(|(k, v)| (k.to_string(), shown(v))).collect(),
            text: self.loc.translate_with(key, self.lang, &fa),
        }
    }

    /// A count, passed to a message as a number.
    pub fn n(&self, n: u64) -> Arg {
        Arg::Num(n)
    }

    pub fn datetime(&self, ms: i64) -> String {
        guard_i18n::format_datetime(self.lang, ms.div_euclid(1000), 0)
    }

    pub fn date(&self, ms: i64) -> String {
        guard_i18n::format_date(self.lang, ms.div_euclid(1000), 0)
    }

    pub fn int(&self, n: u64) -> String {
        guard_i18n::format_integer(self.lang, n as i64)
    }

    pub fn pct(&self, ratio: f64, digits: usize) -> String {
        guard_i18n::format_percent(self.lang, ratio, digits)
    }

    pub fn duration_ms(&self, ms: i64) -> String {
        self.loc.format_duration(self.lang, Duration::from_millis(ms.max(0) as u64))
    }

    pub fn region(&self, r: Region) -> String {
        self.t(regions::info(r).name_key)
    }
}

pub fn availability(facts: &Facts) -> (Vec<ComponentAvailability>, Vec<RegionAvailability>) {
    let comps: Vec<ComponentAvailability> = facts
        .components
        .iter()
        .map(|c| {
            let a = facts.availability.get(&c.name).map(|a| a.whole);
            let ratio = a.and_then(|a| a.ratio);
            ComponentAvailability {
                component: c.name.clone(),
                region: facts.registry_known.then(|| c.region.to_string()),
                sla: c.sla,
                availability: ratio,
                up_ms: a.map(|a| a.up_ms).unwrap_or(0),
                down_ms: a.map(|a| a.down_ms).unwrap_or(0),
                outages: a.map(|a| a.outages).unwrap_or(0),
                met: ratio.map(|r| r * 100.0 + 1e-9 >= c.sla),
            }
        })
        .collect();
    let mut regions_out = Vec::new();
    for r in Region::ALL {
        let members: Vec<_> =
            facts.components.iter().filter(|c| c.region == r).filter_map(|c| facts.availability.get(&c.name)).collect();
        let count = facts.components.iter().filter(|c| c.region == r).count();
        if count == 0 {
            continue;
        }
        // Time-weighted over the members, the same aggregate as the overview's.
        let whole = guard_engine::availability::aggregate(0, 0, members.iter().map(|a| &a.whole));
        let daily = (0..facts.days)
            .map(|d| guard_engine::availability::aggregate(0, 0, members.iter().filter_map(|a| a.days.get(d))).ratio)
            .collect();
        regions_out.push(RegionAvailability {
            region: r.to_string(),
            components: count as u32,
            availability: whole.ratio,
            sla: facts.components.iter().filter(|c| c.region == r).map(|c| c.sla).fold(f64::INFINITY, f64::min),
            daily,
        });
    }
    (comps, regions_out)
}

pub fn data_locations(facts: &Facts) -> Vec<DataLocation> {
    regions::REGIONS
        .iter()
        .map(|info| {
            let members: Vec<_> =
                facts.components.iter().filter(|c| c.region == info.region && facts.registry_known).collect();
            let mut cats: Vec<DataCategory> = members.iter().flat_map(|c| c.data_categories.iter().copied()).collect();
            cats.sort();
            cats.dedup();
            DataLocation {
                region: info.region.to_string(),
                jurisdiction: info.jurisdiction.as_str().to_string(),
                lon: info.lon,
                lat: info.lat,
                active: facts.active_regions.contains(&info.region),
                components: members.iter().map(|c| c.name.clone()).collect(),
                data_categories: cats.iter().map(|c| c.as_str().to_string()).collect(),
            }
        })
        .collect()
}

const DAY_MS: i64 = 86_400_000;

/// Status and evidence of one kind of measurement (shared by every control measured that way).
fn measure(
    m: Measurement,
    facts: &Facts,
    comps: &[ComponentAvailability],
    to_ms: i64,
    standards: &[Standard],
    tr: &Tr,
) -> (ControlStatus, Vec<Text>) {
    use ControlStatus::*;
    match m {
        Measurement::AuditChain => match &facts.audit {
            AuditVerification::Absent => (NeedsAttention, vec![tr.text("evidence-audit-absent", &[])]),
            AuditVerification::Intact(h) => (
                Pass,
                vec![tr.text("evidence-audit-intact", &[("rows", tr.n(h.rows)), ("head", short(&h.hash).into())])],
            ),
            AuditVerification::Broken { row, reason } => (
                Fail,
                vec![tr.text("evidence-audit-broken", &[("row", tr.n(*row)), ("reason", reason.clone().into())])],
            ),
            AuditVerification::Unverifiable { reason } => {
                (NeedsAttention, vec![tr.text("evidence-audit-unverifiable", &[("reason", reason.clone().into())])])
            }
        },
        Measurement::EncryptionAtRest => {
            let (on, dev) = &facts.encryption;
            let volume = if *on {
                tr.text("evidence-encryption-on", &[("device", dev.clone().into())])
            } else {
                tr.text("evidence-encryption-off", &[("device", dev.clone().into())])
            };
            let s = &facts.secrets;
            if s.plaintext > 0 {
                return (Fail, vec![tr.text("evidence-secrets-plaintext", &[("count", tr.n(s.plaintext))]), volume]);
            }
            if let Some((path, mode)) = s.key_file.as_ref().filter(|(_, m)| m & 0o077 != 0) {
                return (
                    Fail,
                    vec![
                        tr.text(
                            "evidence-keyfile-open",
                            &[("path", path.clone().into()), ("mode", format!("{mode:o}").into())],
                        ),
                        volume,
                    ],
                );
            }
            let mut ev = Vec::new();
            if s.encrypted > 0 {
                ev.push(match &s.key_file {
                    Some((path, _)) => tr.text(
                        "evidence-secrets-encrypted",
                        &[("count", tr.n(s.encrypted)), ("path", path.clone().into())],
                    ),
                    None => tr.text("evidence-secrets-encrypted-passphrase", &[("count", tr.n(s.encrypted))]),
                });
            }
            ev.push(volume);
            // Encrypted secrets alone do not make the rest of the database (history, audit
            // rows, incidents) encrypted at rest: only an encrypted volume does.
            if *on {
                (Pass, ev)
            } else {
                if s.encrypted > 0 {
                    ev.push(tr.text("evidence-encryption-rest-clear", &[]));
                }
                (NeedsAttention, ev)
            }
        }
        Measurement::AccessReview => match &facts.access {
            None => (NeedsAttention, vec![tr.text("evidence-users-absent", &[])]),
            Some(a) if a.accounts.iter().all(|x| x.disabled) => {
                (NeedsAttention, vec![tr.text("evidence-users-absent", &[])])
            }
            Some(a) => {
                let enabled = a.accounts.iter().filter(|x| !x.disabled).count() as u64;
                let per_role: Vec<String> =
                    a.per_role().into_iter().map(|(r, n)| format!("{r}: {}", tr.int(n))).collect();
                let mut ev = vec![
                    tr.text("evidence-users", &[("users", tr.n(enabled)), ("roles", tr.n(a.roles))]),
                    tr.text("evidence-access-roles", &[("list", per_role.join(", ").into())]),
                ];
                let stale = a.stale(to_ms);
                if stale.is_empty() {
                    ev.push(tr.text("evidence-access-active", &[]));
                    return (Pass, ev);
                }
                let names: Vec<&str> = stale.iter().take(8).map(|x| x.name.as_str()).collect();
                ev.push(tr.text(
                    "evidence-access-stale",
                    &[("count", tr.n(stale.len() as u64)), ("names", names.join(", ").into())],
                ));
                // An unused administrator account is access nobody reviewed away: a failure.
                let admins: Vec<&str> =
                    stale.iter().filter(|x| x.role == "admin").take(8).map(|x| x.name.as_str()).collect();
                if admins.is_empty() {
                    (NeedsAttention, ev)
                } else {
                    ev.push(tr.text(
                        "evidence-access-stale-admin",
                        &[("count", tr.n(admins.len() as u64)), ("names", admins.join(", ").into())],
                    ));
                    (Fail, ev)
                }
            }
        },
        Measurement::RetentionApplied => {
            let rows: u64 = facts.retention.values().map(|r| r.rows).sum();
            match facts.retention_last_run_ms {
                None => (Fail, vec![tr.text("evidence-retention-none", &[])]),
                Some(t) if to_ms - t > DAY_MS => {
                    (NeedsAttention, vec![tr.text("evidence-retention-stale", &[("when", tr.datetime(t).into())])])
                }
                Some(t) => (
                    Pass,
                    vec![tr.text("evidence-retention-last", &[("when", tr.datetime(t).into()), ("rows", tr.n(rows))])],
                ),
            }
        }
        Measurement::Backups => match &facts.backup_last {
            None => (Fail, vec![tr.text("evidence-backup-none", &[])]),
            Some(b) if to_ms - b.ts_ms > 7 * DAY_MS => {
                (NeedsAttention, vec![tr.text("evidence-backup-stale", &[("when", tr.datetime(b.ts_ms).into())])])
            }
            Some(b) => {
                let last = tr.text(
                    "evidence-backup-last",
                    &[("when", tr.datetime(b.ts_ms).into()), ("size", format_size(tr, b.bytes).into())],
                );
                match b.verified {
                    Some(true) => (
                        Pass,
                        vec![
                            last,
                            tr.text(
                                "evidence-backup-verified",
                                &[("path", b.path.clone().into()), ("count", tr.n(facts.backups_in_period))],
                            ),
                        ],
                    ),
                    Some(false) => {
                        (Fail, vec![last, tr.text("evidence-backup-corrupt", &[("path", b.path.clone().into())])])
                    }
                    None => (
                        NeedsAttention,
                        vec![last, tr.text("evidence-backup-missing", &[("path", b.path.clone().into())])],
                    ),
                }
            }
        },
        Measurement::AvailabilitySla => {
            let with_data: Vec<_> = comps.iter().filter(|c| c.met.is_some()).collect();
            if with_data.is_empty() {
                return (NeedsAttention, vec![tr.text("evidence-sla-no-data", &[])]);
            }
            let missed: Vec<_> = with_data.iter().filter(|c| c.met == Some(false)).collect();
            if missed.is_empty() {
                (Pass, vec![tr.text("evidence-sla-met", &[("count", tr.n(with_data.len() as u64))])])
            } else {
                let critical_missed =
                    missed.iter().any(|c| facts.components.iter().any(|x| x.name == c.component && x.critical));
                let mut names: Vec<String> = missed.iter().take(8).map(|c| c.component.clone()).collect();
                if missed.len() > 8 {
                    names.push("…".into());
                }
                (
                    if critical_missed { Fail } else { NeedsAttention },
                    vec![tr.text(
                        "evidence-sla-missed",
                        &[
                            ("missed", tr.n(missed.len() as u64)),
                            ("count", tr.n(with_data.len() as u64)),
                            ("names", names.join(", ").into()),
                        ],
                    )],
                )
            }
        }
        Measurement::IncidentResponse => {
            let n = facts.incidents.len() as u64;
            if n == 0 {
                return (Pass, vec![tr.text("evidence-incidents-none", &[])]);
            }
            let open: Vec<_> = facts.incidents.iter().filter(|i| i.recovered_ms.is_none_or(|r| r >= to_ms)).collect();
            if !open.is_empty() {
                let mut ev =
                    vec![tr.text("evidence-incidents-open", &[("open", tr.n(open.len() as u64)), ("count", tr.n(n))])];
                // Open longer than the 72 hours GDPR Art. 33 allows for notifying a breach.
                let overdue: Vec<&str> = open
                    .iter()
                    .filter(|i| to_ms - i.detected_ms.unwrap_or(i.started_ms) > INCIDENT_DEADLINE_MS)
                    .take(8)
                    .map(|i| i.id.as_str())
                    .collect();
                if overdue.is_empty() {
                    return (NeedsAttention, ev);
                }
                ev.push(tr.text(
                    "evidence-incidents-overdue",
                    &[("count", tr.n(overdue.len() as u64)), ("ids", overdue.join(", ").into())],
                ));
                return (Fail, ev);
            }
            let mttr = facts.incidents.iter().filter_map(|i| i.time_to_recover_ms).sum::<i64>() / n as i64;
            let mut ev =
                vec![tr.text("evidence-incidents", &[("count", tr.n(n)), ("mttr", tr.duration_ms(mttr).into())])];
            let detect: Vec<i64> = facts.incidents.iter().filter_map(|i| i.time_to_detect_ms).collect();
            if !detect.is_empty() {
                let mttd = detect.iter().sum::<i64>() / detect.len() as i64;
                ev.push(tr.text(
                    "evidence-incidents-mttd",
                    &[
                        ("mttd", tr.duration_ms(mttd).into()),
                        ("actions", tr.n(facts.incidents.iter().map(|i| i.actions as u64).sum())),
                    ],
                ));
            }
            (Pass, ev)
        }
        Measurement::DataResidency => {
            if !facts.registry_known {
                return (NeedsAttention, vec![tr.text("evidence-residency-unknown", &[])]);
            }
            let v = residency_violations(facts, standards);
            let stores_bad = v
                .iter()
                .filter(|x| x.migration.is_none())
                .map(|x| x.component.as_str())
                .collect::<std::collections::BTreeSet<_>>()
                .len();
            let mut ev =
                vec![tr.text("evidence-residency", &[("count", tr.n((facts.components.len() - stores_bad) as u64))])];
            if !facts.migrations.is_empty() {
                ev.push(tr.text("evidence-residency-migrations", &[("count", tr.n(facts.migrations.len() as u64))]));
            }
            if v.is_empty() {
                return (Pass, ev);
            }
            for x in v.iter().take(8) {
                let mut args: Vec<(&str, Arg)> = vec![
                    ("component", x.component.clone().into()),
                    ("category", tr.t(&format!("data-{}", x.category.as_str().replace('_', "-"))).into()),
                    ("origin", tr.region(x.origin).into()),
                    ("region", tr.region(x.region).into()),
                    ("rule", x.rule.to_string().into()),
                ];
                match &x.migration {
                    None => ev.push(tr.text("evidence-residency-store-forbidden", &args)),
                    Some((target, at)) => {
                        args.push(("target", target.clone().into()));
                        args.push(("when", tr.datetime(*at).into()));
                        ev.push(tr.text("evidence-residency-migration-forbidden", &args));
                    }
                }
            }
            (Fail, ev)
        }
        Measurement::HealingAudited => {
            // One count: the healing actions started in the period (the table the Healing page
            // and the report's action list show), each matched to its `heal.<strategy>` audit
            // row by action id; see `gather`.
            let n = facts.healing.len() as u64;
            if n == 0 {
                return (Pass, vec![tr.text("evidence-healing-none", &[])]);
            }
            if facts.healing_audited == 0
                && (facts.audit == AuditVerification::Absent || facts.incident_source == "status_changes")
            {
                // No audit log at all (the audit-chain control says so), or a database the healer
                // never wrote (supervisor restarts, never audited): nothing to match against.
                return (NeedsAttention, vec![tr.text("evidence-healing-unaudited", &[("count", tr.n(n))])]);
            }
            let running = facts.healing.iter().filter(|a| a.result == "running").count() as u64;
            let mut ev = vec![tr.text(
                "evidence-healing-count",
                &[("count", tr.n(n)), ("audited", tr.n(facts.healing_audited.min(n))), ("running", tr.n(running))],
            )];
            if !facts.healing_unaudited.is_empty() {
                let ids: Vec<&str> = facts.healing_unaudited.iter().take(8).map(String::as_str).collect();
                ev.push(tr.text(
                    "evidence-healing-missing",
                    &[("missing", tr.n(facts.healing_unaudited.len() as u64)), ("ids", ids.join(", ").into())],
                ));
                return (Fail, ev);
            }
            if matches!(facts.audit, AuditVerification::Intact(_)) { (Pass, ev) } else { (NeedsAttention, ev) }
        }
        Measurement::DataSubjectRights => {
            let (n, done) = facts.requests;
            if facts.erasures_unserved > 0 {
                return (
                    Fail,
                    vec![
                        tr.text("evidence-requests", &[("done", tr.n(done)), ("count", tr.n(n))]),
                        tr.text("evidence-erasure-unserved", &[("count", tr.n(facts.erasures_unserved))]),
                    ],
                );
            }
            if n == 0 {
                (Pass, vec![tr.text("evidence-requests-none", &[])])
            } else {
                (
                    if done == n { Pass } else { NeedsAttention },
                    vec![tr.text("evidence-requests", &[("done", tr.n(done)), ("count", tr.n(n))])],
                )
            }
        }
    }
}

/// Incidents open longer than this at the period's end fail incident response (GDPR Art. 33:
/// a breach is notified within 72 hours).
pub const INCIDENT_DEADLINE_MS: i64 = 72 * 3_600_000;

/// Personal or health data stored, or moved by a migration, where a residency rule forbids it.
#[derive(Debug, Clone, PartialEq)]
pub struct ResidencyViolation {
    pub component: String,
    pub category: DataCategory,
    /// Where the data subjects live.
    pub origin: Region,
    /// Where the data is (the component's region, or the migration target's).
    pub region: Region,
    pub rule: &'static str,
    /// The migration's target component and time; `None` for the component's own store.
    pub migration: Option<(String, i64)>,
}

/// Check every store (a component's region, for each personal or health data category it
/// holds, from its data subjects' region) and every migration of the period (the target
/// peer's region) against the residency rules of `standards`.
pub fn residency_violations(facts: &Facts, standards: &[Standard]) -> Vec<ResidencyViolation> {
    let sensitive = |d: &&DataCategory| matches!(d, DataCategory::PersonalData | DataCategory::HealthData);
    let mut out = Vec::new();
    let check = |c: &guard_engine::compliance::registry::RegisteredComponent,
                 dest: Region,
                 migration: Option<(String, i64)>,
                 out: &mut Vec<ResidencyViolation>| {
        for cat in c.data_categories.iter().filter(sensitive) {
            let d = regions::residency_decision(c.origin(), dest, *cat, standards);
            if !d.allowed {
                out.push(ResidencyViolation {
                    component: c.name.clone(),
                    category: *cat,
                    origin: c.origin(),
                    region: dest,
                    rule: d.rule.unwrap_or("residency"),
                    migration: migration.clone(),
                });
            }
        }
    };
    for c in &facts.components {
        check(c, c.region, None, &mut out);
    }
    for m in &facts.migrations {
        let (Some(c), Some(t)) = (
            facts.components.iter().find(|c| c.name == m.component),
            facts.components.iter().find(|c| c.name == m.target),
        ) else {
            continue;
        };
        check(c, t.region, Some((m.target.clone(), m.ts_ms)), &mut out);
    }
    out
}

fn short(h: &str) -> String {
    h.chars().take(16).collect()
}

pub fn format_size(tr: &Tr, bytes: i64) -> String {
    let b = bytes.max(0) as f64;
    let (key, v) = if b >= 1e9 {
        ("unit-size-gigabytes", b / 1e9)
    } else if b >= 1e6 {
        ("unit-size-megabytes", b / 1e6)
    } else {
        ("unit-size-kilobytes", b / 1e3)
    };
    tr.loc.translate_with(key, tr.lang, &[("value", FluentValue::from(guard_i18n::format_decimal(tr.lang, v, 1)))])
}

pub fn controls(
    standards: &[Standard],
    facts: &Facts,
    comps: &[ComponentAvailability],
    to_ms: i64,
    tr: &Tr,
) -> (Vec<ControlResult>, Summary) {
    let mut cache: BTreeMap<Measurement, (ControlStatus, Vec<Text>)> = BTreeMap::new();
    let mut out = Vec::new();
    let mut s = Summary::default();
    for c in compliance::controls_for(standards) {
        let (status, evidence) = cache
            .entry(c.measurement)
            .or_insert_with(|| measure(c.measurement, facts, comps, to_ms, standards, tr))
            .clone();
        match status {
            ControlStatus::Pass => s.pass += 1,
            ControlStatus::Fail => s.fail += 1,
            ControlStatus::NeedsAttention => s.needs_attention += 1,
        }
        let key = c.measurement.title_key();
        out.push(ControlResult {
            id: c.id.clone(),
            standard: c.standard.as_str().to_string(),
            standard_title: c.standard.title().to_string(),
            reference: c.reference.clone(),
            measurement: c.measurement.as_str().to_string(),
            title: tr.t(&key),
            requirement: tr.t(&format!("{key}-req")),
            status,
            evidence,
        });
    }
    (out, s)
}

/// Retention table rows: every kind with its period and what the job did in the period.
pub fn retention_rows(facts: &Facts) -> Vec<RetentionRow> {
    guard_engine::compliance::retention::KINDS
        .iter()
        .map(|k| {
            let f = facts.retention.get(*k);
            RetentionRow {
                kind: k.to_string(),
                period_days: f.and_then(|f| f.period_ms).map(|ms| (ms as f64 / 86_400_000.0 * 10.0).round() / 10.0),
                last_run_ms: f.and_then(|f| f.last_run_ms),
                rows: f.map(|f| f.rows).unwrap_or(0),
                action: f.map(|f| f.action.clone()).unwrap_or_default(),
            }
        })
        .collect()
}

#[cfg(test)]
mod count_tests {
    use super::*;

    /// Counts reach Fluent as numbers, so the sentence agrees with them (and `Text.args` keeps
    /// them formatted for the language).
    #[test]
    fn evidence_sentences_agree_with_their_counts() {
        let loc = Localizer::embedded();
        let plain = |s: &str| s.replace(['\u{2068}', '\u{2069}'], "");
        let en = Tr { loc: &loc, lang: Lang::En };
        let one = en.text("evidence-audit-intact", &[("rows", en.n(1)), ("head", "ab12".into())]);
        assert_eq!(plain(&one.text), "Audit chain verified: 1 entry, head ab12.");
        let many = en.text("evidence-audit-intact", &[("rows", en.n(1234)), ("head", "ab12".into())]);
        assert_eq!(plain(&many.text), "Audit chain verified: 1,234 entries, head ab12.");
        assert_eq!(many.args[0], ("rows".to_string(), "1,234".to_string()));
        let ar = Tr { loc: &loc, lang: Lang::Ar };
        let two = ar.text("evidence-healing-audited", &[("count", ar.n(2))]);
        assert!(plain(&two.text).starts_with("إجراءا إصلاح،"), "{}", two.text);
        let de = Tr { loc: &loc, lang: Lang::De };
        assert_eq!(
            plain(&de.text("evidence-sla-met", &[("count", de.n(1))]).text),
            "Die einzige Komponente hat ihr SLA-Ziel erreicht."
        );
    }
}
