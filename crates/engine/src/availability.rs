//! Availability: the one figure of "how available was this component over that period", for
//! the component page, the overview, the components list and the compliance reports alike.
//!
//! **Definition.** Over a period `[from, to)` (`to` capped at now), each moment of a
//! component's time is one of:
//! - **down** — inside an outage: from the moment the guard detected a failure (a check found the
//!   component `failed`, instance 0's process exited, or the guard restarted it on purpose: a
//!   restart window is downtime) until the first check after it that found the component
//!   `healthy` or `degraded` again (verified up); an outage stays open across a stop of the guard
//!   until that check; also any time the stored status is `failed` (databases from before the
//!   `downtime` table, migration 0017);
//! - **up** — otherwise, while the stored status is `healthy` or `degraded` (a degraded component
//!   answers, slowly or with warnings: it is available, and `degraded_ms` says for how long);
//! - **no data** — otherwise: before the component's first recorded status, while its status is
//!   `unknown` (the guard could not tell: a check that could not run, a stopped guard — a clean
//!   stop records `unknown` — or a child still starting). No data counts neither way.
//!
//! `ratio = up / (up + down)`, `None` when nothing was observed. Aggregates over components
//! ([`aggregate`]) are time-weighted the same way: `Σ up / Σ (up + down)`.
//!
//! Behind a `front:`, one instance's exit is no outage (the front routes around it); only
//! instance 0 of a component without a front counts.
//!
//! Only what the guard itself observes counts: an Alertmanager alert or a detection finding is
//! no outage unless the checks find the component failed.
//!
//! Written by [`Tracker`] (table `downtime`, migration 0017; status changes in `status_changes`),
//! read by [`compute`] from the stored history only, so every reader of the same database
//! gets the same figure for the same period.

use std::collections::{BTreeMap, HashSet};

use parking_lot::Mutex;
use serde::{Deserialize, Serialize};
use sqlx::SqlitePool;
use ts_rs::TS;

use crate::history::MetricsCollector;
use crate::model::Status;

const DAY_MS: i64 = 86_400_000;

/// Days of the default period: the Compliance page's default report ("last 30 days", UTC days,
/// today included).
pub const DEFAULT_PERIOD_DAYS: i64 = 30;

/// Fraction digits every surface shows an availability with (reports, UI).
pub const DISPLAY_DIGITS: usize = 3;

/// The default period at `now_ms`: the last [`DEFAULT_PERIOD_DAYS`] UTC days, today included
/// (`to` is tomorrow's midnight, capped at now by [`compute`]).
pub fn default_period(now_ms: i64) -> (i64, i64) {
    let today = now_ms.div_euclid(DAY_MS) * DAY_MS;
    (today - (DEFAULT_PERIOD_DAYS - 1) * DAY_MS, today + DAY_MS)
}

/// Availability of one component, or of several together, over a period.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Availability {
    /// Up time over observed time (up + down), 0–1; `null` when nothing was observed.
    pub ratio: Option<f64>,
    #[ts(type = "number")]
    pub from_ms: i64,
    /// End of the period: the requested end, or the time of computing when that is earlier.
    #[ts(type = "number")]
    pub to_ms: i64,
    #[ts(type = "number")]
    pub up_ms: i64,
    /// The part of `up_ms` the component was degraded.
    #[ts(type = "number")]
    pub degraded_ms: i64,
    #[ts(type = "number")]
    pub down_ms: i64,
    /// Outages (maximal down intervals) in the period.
    pub outages: u32,
}

impl Availability {
    pub fn empty(from_ms: i64, to_ms: i64) -> Self {
        Availability { from_ms, to_ms, ..Default::default() }
    }

    fn with_ratio(mut self) -> Self {
        let seen = self.up_ms + self.down_ms;
        self.ratio = (seen > 0).then(|| self.up_ms as f64 / seen as f64);
        self
    }
}

/// Time-weighted availability of several components over one period: `Σ up / Σ (up + down)`.
pub fn aggregate<'a>(from_ms: i64, to_ms: i64, items: impl IntoIterator<Item = &'a Availability>) -> Availability {
    let mut a = Availability::empty(from_ms, to_ms);
    for i in items {
        a.up_ms += i.up_ms;
        a.degraded_ms += i.degraded_ms;
        a.down_ms += i.down_ms;
        a.outages += i.outages;
    }
    a.with_ratio()
}

/// Classify `[from, end)` of one component's history (pure; see the module's definition).
/// `initial`: the status in force at `from` (the last change before it); `changes`: status
/// changes in the period, in time order; `outages`: `(start, end)` of the stored outages
/// overlapping the period (`end` already capped).
pub fn measure(
    initial: Option<Status>,
    changes: &[(i64, Status)],
    outages: &[(i64, i64)],
    from_ms: i64,
    end_ms: i64,
) -> Availability {
    let mut a = Availability::empty(from_ms, end_ms.max(from_ms));
    if end_ms <= from_ms {
        return a;
    }
    let mut downs: Vec<(i64, i64)> =
        outages.iter().map(|&(s, e)| (s.max(from_ms), e.min(end_ms))).filter(|(s, e)| e > s).collect();
    downs.sort_unstable();
    // Merged, so one pointer walks them with the cuts.
    let mut merged: Vec<(i64, i64)> = Vec::with_capacity(downs.len());
    for d in downs {
        match merged.last_mut() {
            Some(last) if d.0 <= last.1 => last.1 = last.1.max(d.1),
            _ => merged.push(d),
        }
    }
    let downs = merged;
    let mut cuts: Vec<i64> = vec![from_ms, end_ms];
    cuts.extend(changes.iter().map(|c| c.0).filter(|t| *t > from_ms && *t < end_ms));
    cuts.extend(downs.iter().flat_map(|&(s, e)| [s, e]));
    cuts.sort_unstable();
    cuts.dedup();
    let (mut status, mut ci, mut di) = (initial, 0, 0);
    let mut was_down = false;
    for w in cuts.windows(2) {
        let (t0, t1) = (w[0], w[1]);
        while ci < changes.len() && changes[ci].0 <= t0 {
            status = Some(changes[ci].1);
            ci += 1;
        }
        let len = t1 - t0;
        while di < downs.len() && downs[di].1 <= t0 {
            di += 1;
        }
        let down = status == Some(Status::Failed) || downs.get(di).is_some_and(|&(s, _)| s <= t0);
        if down {
            a.down_ms += len;
            if !was_down {
                a.outages += 1;
            }
        } else {
            match status {
                Some(Status::Healthy) => a.up_ms += len,
                Some(Status::Degraded) => {
                    a.up_ms += len;
                    a.degraded_ms += len;
                }
                _ => {}
            }
        }
        was_down = down;
    }
    a.with_ratio()
}

/// One component's stored history over a span: the status in force at its start, the status
/// changes and the outages in it.
#[derive(Debug, Default)]
struct History {
    initial: Option<Status>,
    changes: Vec<(i64, Status)>,
    outages: Vec<(i64, i64)>,
}

impl History {
    /// [`measure`] over `[from, end)` inside the loaded span.
    fn window(&self, from_ms: i64, end_ms: i64) -> Availability {
        let split = self.changes.partition_point(|c| c.0 < from_ms);
        let initial = self.changes[..split].last().map(|c| Some(c.1)).unwrap_or(self.initial);
        measure(initial, &self.changes[split..], &self.outages, from_ms, end_ms)
    }
}

async fn load(pool: &SqlitePool, from_ms: i64, end: i64) -> Result<BTreeMap<String, History>, sqlx::Error> {
    let mut by: BTreeMap<String, History> = BTreeMap::new();
    // The status in force at `from`: one indexed look-up per component (a `GROUP BY` over every
    // older change would read the whole retained history).
    let prior: Vec<(String, Option<String>)> = sqlx::query_as(
        "SELECT c.component, (SELECT to_status FROM status_changes s WHERE s.component = c.component AND s.ts_ms < ? ORDER BY s.ts_ms DESC, s.id DESC LIMIT 1)
         FROM (SELECT DISTINCT component FROM status_changes) c",
    )
    .bind(from_ms)
    .fetch_all(pool)
    .await?;
    for (c, s) in prior {
        if let Some(s) = s {
            by.entry(c).or_default().initial = Status::parse(&s);
        }
    }
    // Status as a number (no string per row to decode); in time order (the `ts_ms` index,
    // migration 0017), grouped per component here.
    let changes: Vec<(String, i64, i64)> = sqlx::query_as(
        "SELECT component, ts_ms, CASE to_status WHEN 'healthy' THEN 0 WHEN 'degraded' THEN 1 WHEN 'failed' THEN 2 WHEN 'unknown' THEN 3 ELSE -1 END
         FROM status_changes WHERE ts_ms >= ? AND ts_ms < ? ORDER BY ts_ms, id",
    )
    .bind(from_ms)
    .bind(end)
    .fetch_all(pool)
    .await?;
    const CODES: [Status; 4] = [Status::Healthy, Status::Degraded, Status::Failed, Status::Unknown];
    for (c, t, code) in changes {
        if let Some(&s) = usize::try_from(code).ok().and_then(|i| CODES.get(i)) {
            by.entry(c).or_default().changes.push((t, s));
        }
    }
    let has_table: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'downtime'")
            .fetch_one(pool)
            .await?;
    if has_table > 0 {
        // Unordered: `measure` sorts each component's outages.
        let rows: Vec<(String, i64, Option<i64>)> = sqlx::query_as(
            "SELECT component, start_ms, end_ms FROM downtime WHERE start_ms < ? AND (end_ms IS NULL OR end_ms > ?)",
        )
        .bind(end)
        .bind(from_ms)
        .fetch_all(pool)
        .await?;
        for (c, s, e) in rows {
            by.entry(c).or_default().outages.push((s, e.unwrap_or(end).min(end)));
        }
    }
    Ok(by)
}

/// Availability of every component with a stored history over `[from_ms, to_ms)`, `to` capped
/// at `now_ms`: the one computation behind every availability figure.
pub async fn compute(
    pool: &SqlitePool,
    from_ms: i64,
    to_ms: i64,
    now_ms: i64,
) -> Result<BTreeMap<String, Availability>, sqlx::Error> {
    let end = to_ms.min(now_ms).max(from_ms);
    Ok(load(pool, from_ms, end).await?.into_iter().map(|(c, h)| (c, h.window(from_ms, end))).collect())
}

/// The rolling period of the components list's 24 h column: the last 24 hours up to now.
pub fn last_day(now_ms: i64) -> (i64, i64) {
    (now_ms - DAY_MS, now_ms)
}

/// [`compute`] over several periods from one read of the stored history (the views' default
/// period and their last 24 hours): `out[i]` is `compute(periods[i])`, the same figures.
pub async fn compute_periods(
    pool: &SqlitePool,
    periods: &[(i64, i64)],
    now_ms: i64,
) -> Result<Vec<BTreeMap<String, Availability>>, sqlx::Error> {
    let spans: Vec<(i64, i64)> = periods.iter().map(|&(f, t)| (f, t.min(now_ms).max(f))).collect();
    let (Some(from), Some(end)) = (spans.iter().map(|p| p.0).min(), spans.iter().map(|p| p.1).max()) else {
        return Ok(Vec::new());
    };
    let all = load(pool, from, end).await?;
    Ok(spans.iter().map(|&(f, e)| all.iter().map(|(c, h)| (c.clone(), h.window(f, e))).collect()).collect())
}

/// A component's availability over a period and over each UTC-day-long slice of it.
#[derive(Debug, Clone, PartialEq)]
pub struct ByDay {
    pub whole: Availability,
    /// Slices of 24 h from `from_ms`, `ceil((to - from) / 24 h)` of them (the last one may be
    /// shorter; slices after now are empty).
    pub days: Vec<Availability>,
}

/// [`compute`], plus the same for each day of the period (reports' daily charts), from one read.
pub async fn compute_by_day(
    pool: &SqlitePool,
    from_ms: i64,
    to_ms: i64,
    now_ms: i64,
) -> Result<BTreeMap<String, ByDay>, sqlx::Error> {
    let end = to_ms.min(now_ms).max(from_ms);
    let days = ((to_ms - from_ms).max(1) + DAY_MS - 1) / DAY_MS;
    Ok(load(pool, from_ms, end)
        .await?
        .into_iter()
        .map(|(c, h)| {
            let slices = (0..days)
                .map(|d| {
                    let (f, t) = (from_ms + d * DAY_MS, (from_ms + (d + 1) * DAY_MS).min(end));
                    if t > f { h.window(f, t) } else { Availability::empty(f, f) }
                })
                .collect();
            (c, ByDay { whole: h.window(from_ms, end), days: slices })
        })
        .collect())
}

/// One write to the `downtime` table, committed with the history batch it came in.
#[derive(Debug, Clone)]
pub(crate) enum DowntimeOp {
    Open { component: String, start_ms: i64, cause: &'static str },
    Close { component: String, end_ms: i64 },
}

/// Records outages as the guard sees them (the writer side of [`compute`]). The guard calls it
/// for every status change, check and process exit; tests build histories with it.
#[derive(Debug, Default)]
pub struct Tracker {
    open: Mutex<HashSet<String>>,
}

impl Tracker {
    /// Components with an outage still open in the database (left open by a previous run: they
    /// stay down until a check verifies them up).
    pub async fn load(pool: &SqlitePool) -> Result<Tracker, sqlx::Error> {
        let open: Vec<String> =
            sqlx::query_scalar("SELECT DISTINCT component FROM downtime WHERE end_ms IS NULL").fetch_all(pool).await?;
        Ok(Tracker { open: Mutex::new(open.into_iter().collect()) })
    }

    fn open(&self, history: &MetricsCollector, component: &str, at_ms: i64, cause: &'static str) {
        if self.open.lock().insert(component.to_string()) {
            history.push_downtime(DowntimeOp::Open { component: component.to_string(), start_ms: at_ms, cause });
        }
    }

    /// A status change: stored, and a change to `failed` starts an outage.
    pub fn status_changed(
        &self,
        history: &MetricsCollector,
        component: &str,
        from: Status,
        to: Status,
        issues: &[crate::check::Msg],
        at_ms: i64,
    ) {
        history.push_status_change(crate::history::StatusChangeRow {
            component: component.to_string(),
            ts_ms: at_ms,
            from: from.as_str().into(),
            to: to.as_str().into(),
            issues: crate::check::issues_json(issues),
        });
        if to == Status::Failed {
            self.open(history, component, at_ms, "failed");
        }
    }

    /// A check's result: one that finds the component up (`healthy` or `degraded`) ends its
    /// outage — the failure is verified over.
    pub fn checked(&self, history: &MetricsCollector, component: &str, status: Status, at_ms: i64) {
        if matches!(status, Status::Healthy | Status::Degraded) && self.open.lock().remove(component) {
            history.push_downtime(DowntimeOp::Close { component: component.to_string(), end_ms: at_ms });
        }
    }

    /// Instance 0's process exited (`requested`: a restart the guard asked for): down until a
    /// check verifies the new one up.
    pub fn exited(&self, history: &MetricsCollector, component: &str, requested: bool, at_ms: i64) {
        self.open(history, component, at_ms, if requested { "restart" } else { "exit" });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Status::*;

    #[test]
    fn restarts_failures_degraded_and_unknown_are_classified_by_the_definition() {
        // 0..100: healthy from 0; outage 10..20 (restart window); failed 40..50 (check);
        // degraded 60..70; unknown 80..90 (no data); healthy again 90..100.
        let changes = [(40, Failed), (50, Healthy), (60, Degraded), (70, Healthy), (80, Unknown), (90, Healthy)];
        let a = measure(Some(Healthy), &changes, &[(10, 20), (40, 52)], 0, 100);
        // down: 10..20 and 40..52 (down until verified at 52 though the status said healthy at 50).
        assert_eq!((a.up_ms, a.down_ms, a.degraded_ms, a.outages), (68, 22, 10, 2));
        assert_eq!(a.ratio, Some(68.0 / 90.0));
    }

    #[test]
    fn no_history_is_no_data_and_periods_clip() {
        assert_eq!(measure(None, &[], &[], 0, 100).ratio, None);
        // First status at 50: the first half is no data.
        let a = measure(None, &[(50, Healthy)], &[], 0, 100);
        assert_eq!((a.up_ms, a.ratio), (50, Some(1.0)));
        // An outage open before the period and still open: all down.
        let a = measure(Some(Healthy), &[], &[(-10, 100)], 0, 100);
        assert_eq!((a.down_ms, a.outages, a.ratio), (100, 1, Some(0.0)));
        // Empty period.
        assert_eq!(measure(Some(Healthy), &[], &[], 10, 10).ratio, None);
    }

    #[test]
    fn aggregate_is_time_weighted() {
        let a = measure(Some(Healthy), &[], &[(0, 10)], 0, 100);
        let b = measure(None, &[(90, Healthy)], &[], 0, 100);
        let all = aggregate(0, 100, [&a, &b]);
        assert_eq!((all.up_ms, all.down_ms), (100, 10));
        assert_eq!(all.ratio, Some(100.0 / 110.0));
    }

    #[test]
    fn default_period_is_the_last_thirty_utc_days() {
        let now = 20_000 * DAY_MS + 3_600_000;
        assert_eq!(default_period(now), (19_971 * DAY_MS, 20_001 * DAY_MS));
    }
}
