//! Threat detection: turns what the security layer sees (failed logins, revoked-token use,
//! requests for permissions the caller lacks, bursts of destructive actions, forged tokens)
//! into security findings. Sliding windows run on the injected clock.

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicU64, Ordering};

use parking_lot::Mutex;
use serde::Serialize;
use ts_rs::TS;

use crate::clock::SharedClock;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum FindingKind {
    BruteForce,
    RevokedTokenUse,
    PrivilegeEscalation,
    DestructiveBurst,
    ForgedToken,
}

impl FindingKind {
    pub const ALL: [FindingKind; 5] = [
        FindingKind::BruteForce,
        FindingKind::RevokedTokenUse,
        FindingKind::PrivilegeEscalation,
        FindingKind::DestructiveBurst,
        FindingKind::ForgedToken,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            FindingKind::BruteForce => "brute_force",
            FindingKind::RevokedTokenUse => "revoked_token_use",
            FindingKind::PrivilegeEscalation => "privilege_escalation",
            FindingKind::DestructiveBurst => "destructive_burst",
            FindingKind::ForgedToken => "forged_token",
        }
    }

    pub fn severity(self) -> &'static str {
        match self {
            FindingKind::BruteForce | FindingKind::PrivilegeEscalation | FindingKind::ForgedToken => "high",
            FindingKind::RevokedTokenUse | FindingKind::DestructiveBurst => "medium",
        }
    }
}

/// A security finding as stored and served by `GET /api/security/findings`.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct Finding {
    pub id: i64,
    pub ts_ms: i64,
    pub kind: FindingKind,
    pub severity: String,
    pub actor: String,
    pub source: String,
    pub details: String,
}

/// Thresholds of the detector.
#[derive(Debug, Clone)]
pub struct ThreatSettings {
    /// Failed logins per user or per source address within `window_ms` that make a brute-force finding.
    pub failed_logins: usize,
    /// Destructive actions by one actor within `window_ms` that make a burst finding.
    pub destructive_actions: usize,
    pub window_ms: i64,
}

impl Default for ThreatSettings {
    fn default() -> Self {
        ThreatSettings { failed_logins: 5, destructive_actions: 10, window_ms: 60_000 }
    }
}

/// Sliding-window counters; reports a finding once per key and window.
#[derive(Debug)]
pub struct ThreatDetector {
    clock: SharedClock,
    settings: ThreatSettings,
    windows: Mutex<HashMap<(FindingKind, String), (VecDeque<i64>, i64)>>,
    counts: [AtomicU64; 5],
}

/// What a detector call decided: a finding to store, with its subject and details.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detected {
    pub kind: FindingKind,
    pub actor: String,
    pub source: String,
    pub details: String,
}

impl ThreatDetector {
    pub fn new(clock: SharedClock, settings: ThreatSettings) -> Self {
        ThreatDetector { clock, settings, windows: Mutex::new(HashMap::new()), counts: Default::default() }
    }

    /// Findings of each kind since start (for `/metrics`).
    pub fn counts(&self) -> Vec<(FindingKind, u64)> {
        FindingKind::ALL.iter().map(|k| (*k, self.counts[*k as usize].load(Ordering::Relaxed))).collect()
    }

    fn count(&self, d: Detected) -> Option<Detected> {
        self.counts[d.kind as usize].fetch_add(1, Ordering::Relaxed);
        Some(d)
    }

    /// Push an event into the window of `(kind, key)`; true when the threshold is crossed and no
    /// finding for that key was reported within the current window.
    fn crosses(&self, kind: FindingKind, key: &str, threshold: usize) -> bool {
        let now = self.clock.now_ms();
        let mut w = self.windows.lock();
        if w.len() > 10_000 {
            w.retain(|_, (q, _)| q.back().is_some_and(|t| now - t < self.settings.window_ms));
        }
        let (q, last_report) = w.entry((kind, key.to_string())).or_insert_with(|| (VecDeque::new(), i64::MIN / 2));
        q.push_back(now);
        while q.front().is_some_and(|t| now - t >= self.settings.window_ms) {
            q.pop_front();
        }
        if q.len() >= threshold && now - *last_report >= self.settings.window_ms {
            *last_report = now;
            true
        } else {
            false
        }
    }

    pub fn failed_login(&self, user: &str, source: &str) -> Option<Detected> {
        let n = self.settings.failed_logins;
        if self.crosses(FindingKind::BruteForce, &format!("user:{user}"), n) {
            return self.count(Detected {
                kind: FindingKind::BruteForce,
                actor: user.into(),
                source: source.into(),
                details: format!("{n} failed logins for `{user}` within {}s", self.settings.window_ms / 1000),
            });
        }
        if self.crosses(FindingKind::BruteForce, &format!("source:{source}"), n) {
            return self.count(Detected {
                kind: FindingKind::BruteForce,
                actor: user.into(),
                source: source.into(),
                details: format!("{n} failed logins from {source} within {}s", self.settings.window_ms / 1000),
            });
        }
        None
    }

    pub fn revoked_token_use(&self, user: &str, jti: &str, source: &str) -> Option<Detected> {
        self.crosses(FindingKind::RevokedTokenUse, jti, 1)
            .then(|| Detected {
                kind: FindingKind::RevokedTokenUse,
                actor: user.into(),
                source: source.into(),
                details: format!("revoked token {jti} was presented"),
            })
            .and_then(|d| self.count(d))
    }

    pub fn forged_token(&self, source: &str) -> Option<Detected> {
        self.crosses(FindingKind::ForgedToken, source, 1)
            .then(|| Detected {
                kind: FindingKind::ForgedToken,
                actor: "unknown".into(),
                source: source.into(),
                details: "a token with a bad signature was presented".into(),
            })
            .and_then(|d| self.count(d))
    }

    pub fn escalation(&self, user: &str, what: &str, source: &str) -> Option<Detected> {
        self.crosses(FindingKind::PrivilegeEscalation, &format!("{user}:{what}"), 1)
            .then(|| Detected {
                kind: FindingKind::PrivilegeEscalation,
                actor: user.into(),
                source: source.into(),
                details: format!("`{user}` attempted {what}"),
            })
            .and_then(|d| self.count(d))
    }

    pub fn destructive_action(&self, user: &str, action: &str, source: &str) -> Option<Detected> {
        let n = self.settings.destructive_actions;
        self.crosses(FindingKind::DestructiveBurst, user, n)
            .then(|| Detected {
                kind: FindingKind::DestructiveBurst,
                actor: user.into(),
                source: source.into(),
                details: format!(
                    "{n} destructive actions by `{user}` within {}s (last: {action})",
                    self.settings.window_ms / 1000
                ),
            })
            .and_then(|d| self.count(d))
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::clock::ManualClock;

    #[test]
    fn windows_thresholds_and_dedup() {
        let clock = ManualClock::new(1_000_000);
        let d = ThreatDetector::new(Arc::new(clock.clone()), ThreatSettings::default());
        for _ in 0..4 {
            assert_eq!(d.failed_login("ana", "10.0.0.1"), None);
        }
        let f = d.failed_login("ana", "10.0.0.1").expect("5th failure is brute force");
        assert_eq!(f.kind, FindingKind::BruteForce);
        // Reported once per window.
        assert_eq!(d.failed_login("ana", "10.0.0.2"), None);
        clock.advance_ms(61_000);
        // The window slid: the old failures no longer count.
        assert_eq!(d.failed_login("ana", "10.0.0.3"), None);
        // Spread-out failures never cross.
        let slow = ThreatDetector::new(Arc::new(clock.clone()), ThreatSettings::default());
        for _ in 0..20 {
            assert_eq!(slow.failed_login("bob", "h"), None);
            clock.advance_ms(15_000);
        }
        assert!(d.revoked_token_use("ana", "j1", "h").is_some());
        assert!(d.revoked_token_use("ana", "j1", "h").is_none(), "same jti again within the window");
        for i in 0..9 {
            assert!(d.destructive_action("op", &format!("heal {i}"), "h").is_none());
        }
        assert!(d.destructive_action("op", "heal 9", "h").is_some());
        let counts: HashMap<_, _> = d.counts().into_iter().collect();
        assert_eq!(counts[&FindingKind::BruteForce], 1);
        assert_eq!(counts[&FindingKind::RevokedTokenUse], 1);
        assert_eq!(counts[&FindingKind::DestructiveBurst], 1);
    }
}
