//! What the API asks of healing: heal now (or dry-run it), plan, incidents, stats, pause and
//! resume, maintenance windows, ladder preferences, Alertmanager alerts and the overview block.

use std::collections::BTreeSet;

use serde_json::Value;

use super::{GuardError, PipelineGuard};
use crate::config::{ComponentSpec, RecoveryStep};
use crate::heal::alertmanager::{self, AlertStatus};
use crate::heal::healer::{self, failed_roots, ladder_of};
use crate::heal::policy::{BreakerState, MaintenanceWindow, admit};
use crate::heal::preferences::{LadderView, names, resolve};
use crate::heal::timeline::Msg;
use crate::heal::views::{AlertReport, HealPlan, HealTicket, HealingOverview, HealingStats, IncidentView, PlannedStep};
use crate::heal::{DryRun, IncidentKind, StepCx, describe};
use crate::model::Status;

impl PipelineGuard {
    fn spec(&self, name: &str) -> Result<ComponentSpec, GuardError> {
        self.config().component(name).cloned().ok_or_else(|| GuardError::UnknownComponent(name.into()))
    }

    /// The step `strategy` names for this component: a plain strategy, or the component's own
    /// `run:` / `webhook:` step from its ladder (the API never takes an argv or URL).
    fn step_named(&self, spec: &ComponentSpec, strategy: &str) -> Result<RecoveryStep, GuardError> {
        if let Some(p) = RecoveryStep::from_plain_name(strategy) {
            return Ok(p);
        }
        if strategy == "run" || strategy == "webhook" {
            return ladder_of(&self.inner.healer, spec).into_iter().find(|s| s.name() == strategy).ok_or_else(|| {
                GuardError::BadRequest(
                    crate::heal::timeline::Msg::new("api-error-no-step")
                        .text("name", &spec.name)
                        .text("step", strategy),
                )
            });
        }
        Err(GuardError::BadRequest(
            crate::heal::timeline::Msg::new("cli-config-unknown-strategy")
                .text("value", strategy)
                .text("expected", "restart, scale_up, scale_down, migrate, run, webhook, notify"),
        ))
    }

    /// Heal `name` with `strategy` now (`POST /api/components/{name}/heal`), as `actor`. With
    /// [`DryRun::Yes`] it only says what it would do. A real action is recorded at once,
    /// audited as `healing.request` by `actor` (and its result as `heal.<strategy>` by `actor`
    /// too), and runs in the background; its id is in the ticket.
    pub async fn heal(
        &self,
        name: &str,
        strategy: &str,
        dry_run: DryRun,
        actor: &str,
    ) -> Result<HealTicket, GuardError> {
        self.heal_in(name, strategy, dry_run, guard_i18n::Lang::En, actor).await
    }

    /// [`Self::heal`] with the ticket's plan said in `lang` (`locales/<lang>/healing-steps.ftl`).
    pub async fn heal_in(
        &self,
        name: &str,
        strategy: &str,
        dry_run: DryRun,
        lang: guard_i18n::Lang,
        actor: &str,
    ) -> Result<HealTicket, GuardError> {
        let spec = self.spec(name)?;
        let step = self.step_named(&spec, strategy)?;
        let inner = self.inner.healer.clone();
        let incident = inner.healing.state.lock().comps.get(name).and_then(|c| c.incident.as_ref().map(|i| i.id));
        let plan = crate::heal::timeline::say(
            crate::heal::localizer(),
            lang,
            Some(&describe(
                &StepCx {
                    inner: &inner,
                    spec: &spec,
                    incident_id: incident,
                    reason: "requested by an operator".into(),
                },
                &step,
            )),
            "",
        );
        if dry_run == DryRun::Yes {
            return Ok(HealTicket {
                action_id: None,
                component: name.into(),
                strategy: step.name().into(),
                dry_run,
                plan,
            });
        }
        let t0 = inner.healing.now_ms();
        let action = inner.healing.store.start_action(name, incident, step.name(), "manual", t0).await?;
        // Audited before it runs: an operator's action never happens off the record (when the
        // row cannot be written, the action is closed as failed and never runs).
        if let Err(e) = self
            .audit()
            .append(
                actor,
                "healing.request",
                name,
                serde_json::json!({ "strategy": step.name(), "action_id": action, "incident_id": incident }),
            )
            .await
        {
            let why = Msg::verbatim(format!("not run: the audit log refused the request ({e})"));
            let _ = inner.healing.store.finish_action(action, "failed", inner.healing.now_ms(), &why).await;
            return Err(e.into());
        }
        let s = step.clone();
        let who = actor.to_string();
        tokio::spawn(async move {
            let ok = healer::run_action(
                &inner,
                &spec,
                &s,
                incident,
                IncidentKind::Down,
                "manual",
                "requested by an operator",
                action,
                t0,
                &who,
            )
            .await;
            if ok == Some(true) {
                let closable = inner
                    .healing
                    .state
                    .lock()
                    .comps
                    .get(&spec.name)
                    .and_then(|c| c.incident.as_ref())
                    .filter(|i| !i.ladder_running)
                    .map(|i| i.id);
                if let Some(id) = closable {
                    healer::resolve(&inner, &spec.name, id, &Msg::new("incident-closed-manual")).await;
                }
            }
        });
        Ok(HealTicket { action_id: Some(action), component: name.into(), strategy: step.name().into(), dry_run, plan })
    }

    /// What the ladder would do for `name` now, changing nothing (`GET …/plan`).
    pub fn plan(&self, name: &str) -> Result<HealPlan, GuardError> {
        self.plan_said(name, guard_i18n::Lang::En)
    }

    fn plan_said(&self, name: &str, lang: guard_i18n::Lang) -> Result<HealPlan, GuardError> {
        let spec = self.spec(name)?;
        let inner = &self.inner.healer;
        let h = &inner.healing;
        let now = h.now_ms();
        let (blocked, breaker, open_incident) = {
            let mut st = h.state.lock();
            let (paused, windows) = (st.paused, st.windows.clone());
            let c = st.comps.get_mut(name).ok_or_else(|| GuardError::UnknownComponent(name.into()))?;
            let mut gate = c.gate.clone();
            (
                admit(h.settings.enabled, paused, &windows, name, &mut gate, now).err(),
                gate.breaker.state(now),
                c.incident.as_ref().map(|i| i.id),
            )
        };
        let status = inner.states.read().get(name).map(|s| s.status).unwrap_or(Status::Unknown);
        let cx = StepCx { inner, spec: &spec, incident_id: open_incident, reason: "plan".into() };
        let steps = ladder_of(inner, &spec)
            .iter()
            .enumerate()
            .map(|(i, s)| PlannedStep {
                index: i as u32,
                strategy: s.name().into(),
                action: crate::heal::timeline::say(crate::heal::localizer(), lang, Some(&describe(&cx, s)), ""),
            })
            .collect();
        Ok(HealPlan {
            component: name.into(),
            dry_run: DryRun::Yes,
            status,
            blocked: blocked.as_ref().map(|r| r.to_string()),
            refusal: blocked,
            breaker,
            open_incident,
            heal_first: failed_roots(inner, name),
            steps,
        })
    }

    /// [`Self::plan`] with the refusal and the steps said in `lang` (Fluent,
    /// `locales/<lang>/healing.ftl` and `healing-steps.ftl`).
    pub fn plan_in(&self, name: &str, lang: guard_i18n::Lang) -> Result<HealPlan, GuardError> {
        let mut p = self.plan_said(name, lang)?;
        p.blocked = p.refusal.as_ref().map(|r| r.localized(crate::heal::localizer(), lang));
        Ok(p)
    }

    /// Incidents detected in `[from_ms, to_ms)` with their timelines (in English).
    pub async fn incidents(
        &self,
        from_ms: i64,
        to_ms: i64,
        component: Option<&str>,
    ) -> Result<Vec<IncidentView>, GuardError> {
        self.incidents_in(from_ms, to_ms, component, guard_i18n::Lang::En).await
    }

    /// [`Self::incidents`] with reasons and timelines said in `lang` (`locales/<lang>/incidents.ftl`).
    pub async fn incidents_in(
        &self,
        from_ms: i64,
        to_ms: i64,
        component: Option<&str>,
        lang: guard_i18n::Lang,
    ) -> Result<Vec<IncidentView>, GuardError> {
        if to_ms <= from_ms {
            return Err(GuardError::BadRequest(crate::api::to_before_from(to_ms, from_ms)));
        }
        let mut list = self.inner().healing.store.list(from_ms, to_ms, component, 5000).await?;
        // The guard's own incident while its history is not written lives in memory until it
        // can be stored (`store_watch.rs`).
        list.extend(crate::store_watch::open_incident_view(&self.inner.store_incident, from_ms, to_ms, component));
        crate::incident::localize(&mut list, crate::heal::localizer(), lang);
        Ok(list)
    }

    /// Attempts, success rate, MTTD and MTTR per component and overall (`get_healing_stats`).
    pub async fn get_healing_stats(&self) -> Result<HealingStats, GuardError> {
        Ok(self.inner().healing.store.stats().await?)
    }

    /// Healing actions, newest first (details in English).
    pub async fn healing_actions(
        &self,
        component: Option<&str>,
        limit: i64,
    ) -> Result<Vec<crate::heal::views::ActionView>, GuardError> {
        self.healing_actions_in(component, limit, guard_i18n::Lang::En).await
    }

    /// [`Self::healing_actions`] with each step's detail said in `lang`; actions recorded
    /// before migration 0012 keep their English text.
    pub async fn healing_actions_in(
        &self,
        component: Option<&str>,
        limit: i64,
        lang: guard_i18n::Lang,
    ) -> Result<Vec<crate::heal::views::ActionView>, GuardError> {
        let mut list = self.inner().healing.store.actions(component, limit).await?;
        list.iter_mut().for_each(|a| a.localize(crate::heal::localizer(), lang));
        Ok(list)
    }

    /// Pause healing globally (`None`) or for one component, as `actor` (audited as
    /// `healing.pause`, target the component or `*`). Incidents still open and close.
    pub async fn pause_healing(&self, component: Option<&str>, actor: &str) -> Result<(), GuardError> {
        self.set_paused(component, true, actor).await
    }

    /// Resume healing, as `actor` (audited as `healing.resume`).
    pub async fn resume_healing(&self, component: Option<&str>, actor: &str) -> Result<(), GuardError> {
        self.set_paused(component, false, actor).await
    }

    async fn set_paused(&self, component: Option<&str>, paused: bool, actor: &str) -> Result<(), GuardError> {
        let was = {
            let mut st = self.inner().healing.state.lock();
            match component {
                None => std::mem::replace(&mut st.paused, paused),
                Some(n) => std::mem::replace(
                    &mut st.comps.get_mut(n).ok_or_else(|| GuardError::UnknownComponent(n.into()))?.gate.paused,
                    paused,
                ),
            }
        };
        let action = if paused { "healing.pause" } else { "healing.resume" };
        self.audit()
            .append(actor, action, component.unwrap_or("*"), serde_json::json!({ "changed": was != paused }))
            .await?;
        tracing::info!(component = component.unwrap_or("*"), paused, "healing pause changed");
        Ok(())
    }

    /// No healing and no incidents for the component (or all) inside the window; audited as
    /// `healing.maintenance` by `actor` (target the component or `*`).
    pub async fn add_maintenance_window(&self, w: MaintenanceWindow, actor: &str) -> Result<(), GuardError> {
        if w.to_ms <= w.from_ms {
            return Err(GuardError::BadRequest(crate::heal::timeline::Msg::new("api-error-maintenance-order")));
        }
        if let Some(c) = &w.component {
            self.spec(c)?;
        }
        let (target, from_ms, to_ms) = (w.component.clone().unwrap_or_else(|| "*".into()), w.from_ms, w.to_ms);
        {
            let mut st = self.inner().healing.state.lock();
            let now = self.inner().healing.now_ms();
            st.windows.retain(|x| x.to_ms > now);
            st.windows.push(w);
        }
        self.audit()
            .append(
                actor,
                "healing.maintenance",
                &target,
                serde_json::json!({ "from_ms": from_ms, "to_ms": to_ms, "duration_s": (to_ms - from_ms) / 1000 }),
            )
            .await?;
        Ok(())
    }

    /// Take an Alertmanager webhook payload (version 4) sent by `actor` (the account of the
    /// token Alertmanager uses). Validates everything first: a malformed payload is a
    /// `BadRequest` and changes nothing. A taken payload is one `alertmanager.receive` audit
    /// row by `actor`, target `alertmanager`, with what it opened, updated and closed.
    pub async fn alertmanager(&self, payload: &Value, actor: &str) -> Result<AlertReport, GuardError> {
        // What the parser found wrong stays its words (Alertmanager's log reads them).
        let alerts = alertmanager::parse(payload).map_err(|detail| {
            GuardError::BadRequest(
                crate::heal::timeline::Msg::new("api-error-alertmanager-payload").text("detail", detail),
            )
        })?;
        let inner = &self.inner.healer;
        let h = &inner.healing;
        let now = h.now_ms();
        let mut report = AlertReport { opened: vec![], updated: vec![], closed: vec![], ignored: vec![] };
        for a in alerts {
            let config_now = inner.config();
            let Some(spec) = alertmanager::component_of(&a.labels, &config_now.components) else {
                report.ignored.push(format!("{} ({}): no component matches its labels", a.name, a.fingerprint));
                continue;
            };
            let name = spec.name.clone();
            let open = h.state.lock().comps.get(&name).and_then(|c| c.incident.clone());
            match a.status {
                // A resolved alert closes the incident it opened, if healing has not already,
                // and never triggers anything.
                AlertStatus::Resolved => match open.filter(|i| {
                    i.kind == IncidentKind::Alert && i.fingerprint.as_deref() == Some(a.fingerprint.as_str())
                }) {
                    Some(inc) => {
                        healer::resolve(
                            inner,
                            &name,
                            inc.id,
                            &Msg::new("incident-alert-resolved").text("alert", &a.name),
                        )
                        .await;
                        report.closed.push(inc.id);
                    }
                    None => match h.store.alert_incident(&name, &a.fingerprint).await? {
                        // Opened before the guard restarted: only the database knows it.
                        Some((id, status)) if status == "open" => {
                            let msg = Msg::new("incident-alert-resolved").text("alert", &a.name);
                            h.store.resolve(id, now, &msg).await?;
                            inner.bus.publish(crate::events::EngineEvent::IncidentClosed {
                                incident_id: id,
                                component: name.clone(),
                                at_ms: now,
                                resolution: msg.english(),
                                message: Some(msg),
                            });
                            report.closed.push(id);
                        }
                        // Healing closed it first: the timeline still says the alert ended.
                        Some((id, _)) => {
                            let msg = Msg::new("incident-alert-resolved-late").text("alert", &a.name);
                            h.store.event(id, now, &crate::incident::TimelineEvent::note(msg)).await?;
                            report.updated.push(id);
                        }
                        None => report
                            .ignored
                            .push(format!("{} ({}): resolved, no incident from it", a.name, a.fingerprint)),
                    },
                },
                AlertStatus::Firing if a.is_stale(now) => {
                    report.ignored.push(format!("{} ({}): stale (endsAt has passed)", a.name, a.fingerprint))
                }
                AlertStatus::Firing => match open {
                    Some(inc) => {
                        let msg = match &a.summary {
                            Some(s) => Msg::new("incident-alert-firing").text("summary", s),
                            None => Msg::new("incident-alert-firing-plain"),
                        }
                        .text("alert", &a.name);
                        h.store.event(inc.id, now, &crate::incident::TimelineEvent::note(msg)).await?;
                        report.updated.push(inc.id);
                    }
                    None => {
                        let reason = match &a.summary {
                            Some(s) => Msg::new("incident-reason-alert").text("summary", s),
                            None => Msg::new("incident-reason-alert-plain"),
                        }
                        .text("alert", &a.name);
                        match healer::open_incident(
                            inner,
                            &name,
                            IncidentKind::Alert,
                            "alertmanager",
                            reason,
                            a.starts_at_ms.unwrap_or(now).min(now),
                            now,
                            Some(&a.fingerprint),
                        )
                        .await
                        {
                            Some(id) => report.opened.push(id),
                            None => report.ignored.push(format!(
                                "{} ({}): `{name}` is in maintenance or folded into its root cause",
                                a.name, a.fingerprint
                            )),
                        }
                    }
                },
            }
        }
        let detail = serde_json::json!({ "receiver": payload.get("receiver"), "opened": &report.opened, "updated": &report.updated, "closed": &report.closed, "ignored": report.ignored.len() });
        self.audit().append(actor, "alertmanager.receive", "alertmanager", detail).await?;
        Ok(report)
    }

    /// The overview's healing block (step details in English).
    pub fn healing_overview(&self) -> HealingOverview {
        self.healing_overview_in(guard_i18n::Lang::En)
    }

    /// [`Self::healing_overview`] with the last actions' details said in `lang`.
    pub fn healing_overview_in(&self, lang: guard_i18n::Lang) -> HealingOverview {
        let mut o = self.healing_overview_said();
        o.last_actions.iter_mut().for_each(|a| a.localize(crate::heal::localizer(), lang));
        o
    }

    fn healing_overview_said(&self) -> HealingOverview {
        let inner = self.inner();
        let h = &inner.healing;
        let st = h.state.lock();
        let done: Vec<_> = st.recent.iter().filter(|a| a.result != "running").collect();
        let ok = done.iter().filter(|a| a.result == "succeeded").count();
        let mut affected: BTreeSet<String> = st.unhealable.clone();
        // Everything that depends (transitively) on an unhealable component is affected too.
        loop {
            let more: Vec<String> = inner
                .config()
                .components
                .iter()
                .filter(|c| !affected.contains(&c.name) && c.depends_on.iter().any(|d| affected.contains(d)))
                .map(|c| c.name.clone())
                .collect();
            if more.is_empty() {
                break;
            }
            affected.extend(more);
        }
        let mut paused_components: Vec<String> =
            st.comps.iter().filter(|(_, c)| c.gate.paused).map(|(n, _)| n.clone()).collect();
        paused_components.sort();
        let now = h.now_ms();
        HealingOverview {
            enabled: h.settings.enabled,
            paused: st.paused,
            paused_components,
            maintenance: st.windows.iter().filter(|w| w.to_ms > now).cloned().collect(),
            active_healings: st.active,
            open_incidents: st.comps.values().filter(|c| c.incident.is_some()).count() as u32,
            success_rate: (!done.is_empty()).then(|| ok as f64 / done.len() as f64),
            unhealable: st.unhealable.iter().cloned().collect(),
            affected: affected.into_iter().collect(),
            last_actions: st.recent.iter().take(10).cloned().collect(),
        }
    }

    /// Notifications for the desktop app: each one already in its channel's language. The
    /// Tauri shell subscribes and shows them as system notifications; a `desktop:` channel
    /// in `pipeline.notifications` decides which ones come (filters, de-duplication).
    pub fn desktop_notifications(&self) -> tokio::sync::broadcast::Receiver<crate::notify::DesktopNotification> {
        self.inner().healing.desktop.subscribe()
    }

    /// Notification deliveries (sent, failed, dropped), newest first.
    pub async fn notification_deliveries(&self, limit: i64) -> Result<Vec<crate::notify::DeliveryRow>, GuardError> {
        let store = crate::notify::DeliveryStore::new(self.inner().history.pool().clone());
        store.list(limit.clamp(1, 5000)).await.map_err(|e| GuardError::History(e.into()))
    }

    /// Breaker state of a component (for the UI and tests).
    pub fn breaker_state(&self, name: &str) -> Option<BreakerState> {
        let h = &self.inner().healing;
        let now = h.now_ms();
        h.state.lock().comps.get_mut(name).map(|c| c.gate.breaker.state(now))
    }
}

impl PipelineGuard {
    /// The ladder `name` uses now, and the config's.
    pub fn component_preferences(&self, name: &str) -> Result<LadderView, GuardError> {
        let config_now = self.config();
        let spec = config_now.component(name).ok_or_else(|| GuardError::UnknownComponent(name.into()))?;
        let prefs = self.inner().healing.state.lock().comps.get(name).and_then(|c| c.preferences.clone());
        Ok(LadderView {
            component: name.into(),
            ladder: names(prefs.as_deref().unwrap_or(&spec.recovery)),
            source: if prefs.is_some() { "preferences" } else { "config" }.into(),
            config_ladder: names(&spec.recovery),
        })
    }

    /// Replace `name`'s recovery ladder at run time (`None` restores the config's). Validated
    /// like the config (every problem at once, as `BadRequest`), stored so it survives a
    /// restart, and written to the audit log as `actor`'s.
    pub async fn set_component_preferences(
        &self,
        name: &str,
        ladder: Option<Vec<String>>,
        actor: &str,
    ) -> Result<LadderView, GuardError> {
        let config_now = self.config();
        let spec = config_now.component(name).ok_or_else(|| GuardError::UnknownComponent(name.into()))?;
        let steps = match &ladder {
            Some(l) => Some(resolve(spec, l).map_err(|p| GuardError::BadRequest(crate::api::problems(p)))?),
            None => None,
        };
        let h = &self.inner().healing;
        let stored = steps.as_deref().map(names);
        h.prefs.save(name, stored.as_deref(), h.now_ms()).await?;
        if let Some(c) = h.state.lock().comps.get_mut(name) {
            c.preferences = steps;
        }
        self.audit().append(actor, "healing.preferences", name, serde_json::json!({ "ladder": stored })).await?;
        tracing::info!(component = name, ladder = ?stored, "recovery ladder changed");
        self.component_preferences(name)
    }
}

impl PipelineGuard {
    /// Who holds the healing slots, who waits, and the order the last plan chose.
    pub fn healing_queue(&self) -> crate::heal::plan_order::HealingQueueView {
        self.inner.healing.slots.view()
    }
}
