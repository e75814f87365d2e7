//! Pure healing policy: the circuit breaker, the cooldown and the gate that combines them with
//! pause and maintenance windows. No I/O and no sleeping: every decision takes `now` (Unix ms)
//! from the injected [`Clock`](crate::clock::Clock), so these are tested with a `ManualClock`.

use std::collections::VecDeque;

use serde::Serialize;
use ts_rs::TS;

pub use super::hold::{Gate, Held, Hold};
use crate::config::BreakerSettings;

/// Where a component's breaker stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "state", rename_all = "snake_case")]
#[ts(export)]
pub enum BreakerState {
    /// Heals allowed.
    Closed,
    /// Too many failed heals: no attempts until `until_ms`.
    Open {
        #[ts(type = "number")]
        until_ms: i64,
    },
    /// Trial period after being open: one heal may run; success closes, failure reopens.
    HalfOpen,
}

/// N failed heals within a window open the breaker for a while; then it half-opens.
#[derive(Debug, Clone)]
pub struct CircuitBreaker {
    settings: BreakerSettings,
    failures: VecDeque<i64>,
    state: BreakerState,
}

impl CircuitBreaker {
    pub fn new(settings: BreakerSettings) -> Self {
        CircuitBreaker { settings, failures: VecDeque::new(), state: BreakerState::Closed }
    }

    /// The state at `now` (an expired open breaker reads as half-open).
    pub fn state(&mut self, now: i64) -> BreakerState {
        if let BreakerState::Open { until_ms } = self.state
            && now >= until_ms
        {
            self.state = BreakerState::HalfOpen;
        }
        self.state
    }

    pub fn allows(&mut self, now: i64) -> bool {
        !matches!(self.state(now), BreakerState::Open { .. })
    }

    /// A heal verified the component healthy.
    pub fn record_success(&mut self, now: i64) {
        if self.state(now) == BreakerState::HalfOpen {
            self.state = BreakerState::Closed;
        }
        self.failures.clear();
    }

    /// A heal did not help. Returns true when this failure opened the breaker.
    pub fn record_failure(&mut self, now: i64) -> bool {
        let window = self.settings.window.as_millis() as i64;
        let open_for = self.settings.open_for.as_millis() as i64;
        match self.state(now) {
            BreakerState::Open { .. } => false,
            BreakerState::HalfOpen => {
                self.state = BreakerState::Open { until_ms: now + open_for };
                true
            }
            BreakerState::Closed => {
                self.failures.push_back(now);
                while self.failures.front().is_some_and(|t| now - *t > window) {
                    self.failures.pop_front();
                }
                if self.failures.len() as u32 >= self.settings.failures {
                    self.failures.clear();
                    self.state = BreakerState::Open { until_ms: now + open_for };
                    true
                } else {
                    false
                }
            }
        }
    }
}

/// Why the gate refuses a heal right now: the one [`Hold`] type.
pub type Refusal = Hold;

/// A maintenance window `[from_ms, to_ms)`; `component: None` covers every component.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize, TS)]
#[ts(export)]
pub struct MaintenanceWindow {
    pub component: Option<String>,
    #[ts(type = "number")]
    pub from_ms: i64,
    #[ts(type = "number")]
    pub to_ms: i64,
}

impl MaintenanceWindow {
    pub fn covers(&self, component: &str, now: i64) -> bool {
        self.component.as_deref().is_none_or(|c| c == component) && self.from_ms <= now && now < self.to_ms
    }
}

/// Per-component admission state.
#[derive(Debug, Clone)]
pub struct ComponentGate {
    pub paused: bool,
    pub cooldown_until_ms: i64,
    pub breaker: CircuitBreaker,
}

impl ComponentGate {
    pub fn new(breaker: BreakerSettings) -> Self {
        ComponentGate { paused: false, cooldown_until_ms: 0, breaker: CircuitBreaker::new(breaker) }
    }

    /// Start a cooldown of `ms` from `now`.
    pub fn cool_down(&mut self, now: i64, ms: i64) {
        self.cooldown_until_ms = self.cooldown_until_ms.max(now + ms);
    }
}

/// Everything that decides whether a heal may start now, in order of precedence.
pub fn admit(
    enabled: bool,
    globally_paused: bool,
    windows: &[MaintenanceWindow],
    component: &str,
    gate: &mut ComponentGate,
    now: i64,
) -> Result<(), Refusal> {
    let gate = Gate {
        disabled: !enabled,
        paused: globally_paused || gate.paused,
        maintenance_until_ms: windows.iter().find(|w| w.covers(component, now)).map(|w| w.to_ms),
        breaker_open_until_ms: match gate.breaker.state(now) {
            BreakerState::Open { until_ms } => Some(until_ms),
            _ => None,
        },
        cooldown_until_ms: gate.cooldown_until_ms,
    };
    gate.hold(now).map_or(Ok(()), Err)
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_refusal_is_said_in_every_language() {
        use guard_i18n::{Lang, Localizer};
        let loc = Localizer::embedded();
        let at = 1_795_000_000_000;
        let all = [
            Refusal::Disabled,
            Refusal::Paused,
            Refusal::Maintenance { until_ms: at },
            Refusal::CoolingDown { until_ms: at },
            Refusal::BreakerOpen { until_ms: at },
        ];
        for r in &all {
            let en = r.localized(&loc, Lang::En);
            for lang in Lang::ALL {
                let t = r.localized(&loc, lang);
                assert!(!t.is_empty() && !t.contains('{'), "{lang:?} {r:?}: {t}");
                if lang != Lang::En {
                    assert_ne!(t, en, "{lang:?} {r:?} is not translated");
                }
            }
        }
        assert_eq!(Refusal::Paused.localized(&loc, Lang::De), "Die Heilung ist pausiert");
    }

    use std::time::Duration;

    use super::*;
    use crate::clock::{Clock, ManualClock};

    fn settings() -> BreakerSettings {
        BreakerSettings { failures: 3, window: Duration::from_secs(60), open_for: Duration::from_secs(30) }
    }

    #[test]
    fn breaker_opens_after_n_failures_in_the_window_then_half_opens() {
        let clock = ManualClock::new(1_000_000);
        let mut b = CircuitBreaker::new(settings());
        assert!(!b.record_failure(clock.now_ms()));
        clock.advance_ms(10_000);
        assert!(!b.record_failure(clock.now_ms()));
        clock.advance_ms(10_000);
        assert!(b.record_failure(clock.now_ms()), "third failure within 60 s opens");
        let opened = clock.now_ms();
        assert_eq!(b.state(opened), BreakerState::Open { until_ms: opened + 30_000 });
        assert!(!b.allows(opened + 29_999));
        clock.advance_ms(30_000);
        assert_eq!(b.state(clock.now_ms()), BreakerState::HalfOpen);
        assert!(b.allows(clock.now_ms()));
        // A failed trial reopens at once.
        assert!(b.record_failure(clock.now_ms()));
        assert!(!b.allows(clock.now_ms()));
        clock.advance_ms(30_000);
        b.record_success(clock.now_ms());
        assert_eq!(b.state(clock.now_ms()), BreakerState::Closed);
    }

    #[test]
    fn failures_outside_the_window_do_not_count() {
        let clock = ManualClock::new(0);
        let mut b = CircuitBreaker::new(settings());
        for _ in 0..10 {
            assert!(!b.record_failure(clock.now_ms()));
            clock.advance_ms(31_000); // at most two failures in any 60 s
        }
        assert_eq!(b.state(clock.now_ms()), BreakerState::Closed);
    }

    #[test]
    fn success_clears_the_count() {
        let mut b = CircuitBreaker::new(settings());
        b.record_failure(0);
        b.record_failure(1);
        b.record_success(2);
        assert!(!b.record_failure(3));
        assert!(!b.record_failure(4));
        assert!(b.record_failure(5));
    }

    #[test]
    fn gate_precedence_table() {
        let w = vec![MaintenanceWindow { component: Some("db".into()), from_ms: 100, to_ms: 200 }];
        let open = {
            let mut g = ComponentGate::new(settings());
            for t in 0..3 {
                g.breaker.record_failure(t);
            }
            g
        };
        let cooling = {
            let mut g = ComponentGate::new(settings());
            g.cool_down(0, 500);
            g
        };
        let paused = ComponentGate { paused: true, ..ComponentGate::new(settings()) };
        let plain = ComponentGate::new(settings());
        // (enabled, global pause, component, gate, now, expected)
        let cases: Vec<(bool, bool, &str, ComponentGate, i64, Result<(), Refusal>)> = vec![
            (false, false, "api", plain.clone(), 0, Err(Refusal::Disabled)),
            (true, false, "db", plain.clone(), 150, Err(Refusal::Maintenance { until_ms: 200 })),
            (true, false, "db", plain.clone(), 200, Ok(())),
            (true, false, "api", plain.clone(), 150, Ok(())),
            (true, true, "api", plain.clone(), 0, Err(Refusal::Paused)),
            (true, false, "api", paused.clone(), 0, Err(Refusal::Paused)),
            (true, false, "api", open.clone(), 10, Err(Refusal::BreakerOpen { until_ms: 30_002 })),
            (true, false, "api", open.clone(), 30_002, Ok(())),
            (true, false, "api", cooling.clone(), 499, Err(Refusal::CoolingDown { until_ms: 500 })),
            (true, false, "api", cooling.clone(), 500, Ok(())),
            (true, true, "db", paused, 150, Err(Refusal::Maintenance { until_ms: 200 })),
        ];
        for (i, (enabled, global, comp, mut gate, now, want)) in cases.into_iter().enumerate() {
            assert_eq!(admit(enabled, global, &w, comp, &mut gate, now), want, "case {i}");
        }
    }
}
