//! `set_component_preferences`: a component's recovery ladder set at run time, validated like
//! the config's `recovery:`, kept in `component_preferences` (migration 0008) so it survives a
//! restart, and audited.
//!
//! The API names steps only: `restart`, `scale_up`, `scale_down`, `migrate`, `notify`, and
//! `run` / `webhook`, which stand for the component's own `run:` / `webhook:` step from its
//! configured ladder. It never takes an argv or a URL, so the permission to reorder a ladder is
//! not a permission to run commands.

use serde::Serialize;
use sqlx::SqlitePool;
use ts_rs::TS;

use crate::config::{ComponentSpec, Config, RecoveryStep};
use crate::heal::timeline::Msg;
use crate::history::HistoryError;

/// A component's ladder as the healer uses it now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct LadderView {
    pub component: String,
    /// Step names, in order.
    pub ladder: Vec<String>,
    /// `config` or `preferences` (set at run time).
    pub source: String,
    /// The config's own ladder, which `null` restores.
    pub config_ladder: Vec<String>,
}

const EXPECTED: &str = "restart, scale_up, scale_down, migrate, notify, run, webhook";

/// Step names → steps for `spec`, every problem reported (`recovery[i]: …`) as a message.
pub fn resolve(spec: &ComponentSpec, names: &[String]) -> Result<Vec<RecoveryStep>, Vec<Msg>> {
    if names.is_empty() {
        return Err(vec![Msg::new("api-error-ladder-empty")]);
    }
    let mut steps = Vec::new();
    let mut problems = Vec::new();
    for (i, n) in names.iter().enumerate() {
        let n = n.trim();
        if let Some(s) = RecoveryStep::from_plain_name(n) {
            steps.push(s);
        } else if n == "run" || n == "webhook" {
            match spec.recovery.iter().find(|s| s.name() == n) {
                Some(s) => steps.push(s.clone()),
                None => problems.push(crate::api::field_problem(
                    format!("recovery[{i}]"),
                    Msg::new("api-error-ladder-no-step").text("name", &spec.name).text("step", n),
                )),
            }
        } else {
            problems.push(crate::api::field_problem(
                format!("recovery[{i}]"),
                Msg::new("api-error-unknown-step").text("value", n).text("expected", EXPECTED),
            ));
        }
    }
    if problems.is_empty() { Ok(steps) } else { Err(problems) }
}

pub(crate) fn names(steps: &[RecoveryStep]) -> Vec<String> {
    steps.iter().map(|s| s.name().to_string()).collect()
}

/// The table behind the preferences.
#[derive(Debug, Clone)]
pub struct PreferenceStore {
    pool: SqlitePool,
}

impl PreferenceStore {
    pub fn new(pool: SqlitePool) -> Self {
        PreferenceStore { pool }
    }

    pub async fn save(&self, component: &str, ladder: Option<&[String]>, now_ms: i64) -> Result<(), HistoryError> {
        match ladder {
            Some(l) => {
                sqlx::query(
                    "INSERT INTO component_preferences (component, ladder, updated_ms) VALUES (?, ?, ?)
                     ON CONFLICT(component) DO UPDATE SET ladder = excluded.ladder, updated_ms = excluded.updated_ms",
                )
                .bind(component)
                .bind(serde_json::to_string(l).unwrap_or_else(|_| "[]".into()))
                .bind(now_ms)
                .execute(&self.pool)
                .await?;
            }
            None => {
                sqlx::query("DELETE FROM component_preferences WHERE component = ?")
                    .bind(component)
                    .execute(&self.pool)
                    .await?;
            }
        }
        Ok(())
    }

    pub async fn load(&self) -> Result<Vec<(String, Vec<String>)>, HistoryError> {
        let rows: Vec<(String, String)> =
            sqlx::query_as("SELECT component, ladder FROM component_preferences ORDER BY component")
                .fetch_all(&self.pool)
                .await?;
        Ok(rows.into_iter().map(|(c, l)| (c, serde_json::from_str(&l).unwrap_or_default())).collect())
    }
}

impl super::Healing {
    /// Apply the stored preferences of the components in `config` (at start). A stored ladder
    /// the config can no longer satisfy (a `run` step removed, …) is skipped with a warning.
    pub async fn load_preferences(&self, config: &Config) {
        let rows = match self.prefs.load().await {
            Ok(r) => r,
            Err(e) => {
                tracing::error!(error = %e, "cannot read the stored recovery ladders");
                return;
            }
        };
        for (component, ladder) in rows {
            let Some(spec) = config.component(&component) else { continue };
            match resolve(spec, &ladder) {
                Ok(steps) => {
                    if let Some(c) = self.state.lock().comps.get_mut(&component) {
                        c.preferences = Some(steps);
                    }
                    tracing::info!(component = %component, ladder = %ladder.join(", "), "recovery ladder from the stored preferences");
                }
                Err(p) => {
                    tracing::warn!(component = %component, "stored recovery ladder ignored: {}", crate::api::problems(p).english())
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_resolve_against_the_components_own_ladder() {
        let yaml = "components:\n  - name: api\n    check: { tcp: { addr: \"127.0.0.1:9\" } }\n    recovery: [restart, { run: [\"/bin/true\"] }]\n";
        let spec = crate::config::load_str(yaml, "t.yaml", std::path::Path::new("."), &Default::default())
            .unwrap()
            .components
            .remove(0);
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let ok = resolve(&spec, &s(&["migrate", "run", "restart"])).unwrap();
        assert_eq!(names(&ok), s(&["migrate", "run", "restart"]));
        assert!(matches!(&ok[1], RecoveryStep::Run { argv, .. } if argv == &s(&["/bin/true"])));
        // Every problem at once, each with its index.
        let err: Vec<String> = resolve(&spec, &s(&["restart", "reboot", "webhook", "rm -rf /"]))
            .unwrap_err()
            .iter()
            .map(Msg::english)
            .collect();
        assert_eq!(err.len(), 3, "{err:?}");
        assert!(err[0].starts_with("`recovery[1]`: unknown recovery step `reboot`"), "{err:?}");
        assert!(err[1].starts_with("`recovery[2]`: `api` has no `webhook` step"), "{err:?}");
        assert!(err[2].starts_with("`recovery[3]`: unknown recovery step `rm -rf /`"), "{err:?}");
        assert!(resolve(&spec, &[]).is_err());
    }
}
