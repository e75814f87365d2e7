//! `PipelineGuard`'s auto-scaling operations: status, decisions, run-time changes (`autoscale/`).

use super::{GuardError, PipelineGuard};
use crate::autoscale::*;

impl PipelineGuard {
    /// Every component's auto-scaler, texts in `lang` (`GET /api/autoscale`).
    pub fn autoscale_status(&self, lang: guard_i18n::Lang) -> Vec<AutoscaleView> {
        let mut v: Vec<AutoscaleView> = self
            .config()
            .components
            .iter()
            .filter(|c| c.autoscale.is_some())
            .filter_map(|c| self.autoscale_of(&c.name, lang))
            .collect();
        v.sort_by(|a, b| a.component.cmp(&b.component));
        v
    }

    /// One component's auto-scaler, if it has one (`GET /api/components/{name}/autoscale`).
    pub fn autoscale_of(&self, name: &str, lang: guard_i18n::Lang) -> Option<AutoscaleView> {
        let inner = &self.inner.scaler;
        let config_now = inner.config();
        let spec = config_now.component(name)?;
        let a = &effective(inner, name, spec.autoscale.as_ref()?);
        let now = inner.healing.now_ms();
        let vals = values(inner, spec, a, now);
        let fc = forecasts(inner, spec, a, now);
        let hold = gate(inner, spec, now).hold(now);
        let sc = inner.healing.autoscale.state.lock();
        let s = sc.get(name)?;
        let mut counts: Vec<ScalingCount> =
            s.counts.iter().map(|((d, r), n)| ScalingCount { direction: *d, result: *r, count: *n }).collect();
        counts.sort_by_key(|c| (c.direction.as_str(), c.result.as_str()));
        Some(AutoscaleView {
            component: name.into(),
            mode: a.mode,
            instances: instances(inner, spec),
            min_instances: a.min_instances,
            max_instances: a.max_instances,
            cooldown_ms: a.cooldown.as_millis() as i64,
            cooldown_until_ms: (s.cooldown_until_ms > now).then_some(s.cooldown_until_ms),
            interval_ms: a.interval.as_millis() as i64,
            sustain_ms: a.sustain.as_millis() as i64,
            horizon_ms: (a.mode == AutoscaleMode::Hybrid).then_some(a.horizon.as_millis() as i64),
            dry_run: s.dry_run.unwrap_or(a.dry_run),
            paused: s.paused,
            overridden: s.spec.is_some(),
            override_not_applied: s.not_applied.clone(),
            scale_min_instances: spec.scale.min_instances,
            scale_max_instances: spec.scale.max_instances,
            rules: a
                .rules
                .iter()
                .map(|r| RuleStatus {
                    rule: r.clone(),
                    value: vals.get(&r.metric).copied(),
                    predicted: fc.get(&r.metric).map(|f| f.predicted),
                    eta_ms: fc.get(&r.metric).and_then(|f| f.eta_ms).map(|e| e.max(0)),
                })
                .collect(),
            hold_message: hold.as_ref().map(|x| hold_text(x, lang)),
            hold,
            decisions: s
                .decisions
                .iter()
                .map(|d| {
                    let mut d = d.clone();
                    d.message = decision_text(&d, lang);
                    d
                })
                .collect(),
            counts,
        })
    }

    /// Stored decisions in `[from_ms, to_ms)`, newest first, texts in `lang`
    /// (`GET /api/autoscale/decisions`); they outlive restarts.
    pub async fn autoscale_decisions(
        &self,
        component: Option<&str>,
        from_ms: i64,
        to_ms: i64,
        limit: i64,
        lang: guard_i18n::Lang,
    ) -> Result<Vec<ScalingDecision>, GuardError> {
        if to_ms <= from_ms {
            return Err(GuardError::BadRequest(crate::api::to_before_from(to_ms, from_ms)));
        }
        if let Some(c) = component {
            self.inner().config().component(c).ok_or_else(|| GuardError::UnknownComponent(c.into()))?;
        }
        let store = DecisionStore::new(self.inner().history.pool().clone());
        let mut rows = store
            .list(component, from_ms, to_ms, limit.clamp(1, 5000))
            .await
            .map_err(|e| GuardError::History(e.into()))?;
        for d in &mut rows {
            d.message = decision_text(d, lang);
        }
        Ok(rows)
    }

    /// Pause or resume a component's auto-scaler, or override its `dry_run`; audited with
    /// `actor` (`PUT /api/components/{name}/autoscale`).
    pub async fn set_autoscale(
        &self,
        name: &str,
        change: AutoscaleChange,
        actor: &str,
    ) -> Result<AutoscaleView, GuardError> {
        let inner = self.inner();
        let config_now = inner.config();
        let spec = config_now.component(name).ok_or_else(|| GuardError::UnknownComponent(name.into()))?;
        let Some(configured) = spec.autoscale.as_ref() else {
            return Err(GuardError::BadRequest(
                crate::heal::timeline::Msg::new("api-error-no-autoscale").text("name", name),
            ));
        };
        let reset = change.reset == Some(true);
        // Validate and work out the new state, store it, then put it in force.
        let (next, paused, dry_run) = {
            let sc = inner.healing.autoscale.state.lock();
            let s = sc.get(name);
            let current = s.and_then(|s| s.spec.clone()).unwrap_or_else(|| configured.clone());
            let next = change::apply(configured, &current, spec.scale.min_instances, spec.scale.max_instances, &change)
                .map_err(|e| GuardError::BadRequest(crate::api::problems(e)))?;
            let paused = change.paused.unwrap_or(!reset && s.is_some_and(|s| s.paused));
            let dry_run = if change.dry_run.is_some() {
                change.dry_run
            } else if reset {
                None
            } else {
                s.and_then(|s| s.dry_run)
            };
            ((next != *configured).then_some(next), paused, dry_run.filter(|d| *d != configured.dry_run))
        };
        let stored = ScalerState { spec: next.clone(), paused, dry_run, ..Default::default() }.as_change();
        let json = stored.as_ref().map(|c| serde_json::to_string(c).expect("a change serialises"));
        if let Some(store) = &inner.healing.autoscale.overrides {
            store
                .save(name, json.as_deref(), inner.healing.now_ms(), actor)
                .await
                .map_err(|e| GuardError::History(e.into()))?;
        }
        {
            let mut sc = inner.healing.autoscale.state.lock();
            let s = sc.entry(name.to_string()).or_default();
            s.spec = next;
            s.paused = paused;
            s.dry_run = dry_run;
            s.not_applied = None;
        }
        let details = serde_json::json!({
            "paused": change.paused,
            "dry_run": change.dry_run,
            "min_instances": change.min_instances,
            "max_instances": change.max_instances,
            "cooldown_ms": change.cooldown_ms,
            "rules": change.rules,
            "reset": change.reset,
        });
        inner.security.audit().append(actor, "autoscale.change", name, details).await?;
        tracing::info!(component = name, paused = ?change.paused, dry_run = ?change.dry_run, "autoscale changed");
        Ok(self.autoscale_of(name, guard_i18n::Lang::En).expect("has autoscale"))
    }
}
