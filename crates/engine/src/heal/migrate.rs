//! `migrate`: move the component's role to a healthy peer in another region. Peers are the
//! components with the same `tags.service`; which of them may take over is decided by a
//! [`PlacementRule`]; peers in a deactivated region (`regions`) are never chosen. The guard
//! uses [`ResidencyPlacement`]: a peer in a region where the
//! component's data (its `data` tag) may not be stored under the configured compliance
//! standards is never chosen (`regions::allowed_target_regions`).

use crate::compliance::Standard;
use crate::compliance::registry::data_categories;
use crate::config::{ComponentSpec, Config};
use crate::model::Status;
use crate::regions::allowed_target_regions;

use super::timeline::Msg;
use super::{StepCx, StepDone, Verify};

/// Decides whether `to` may take over `from`'s work (e.g. data-residency rules).
pub trait PlacementRule: Send + Sync + std::fmt::Debug {
    fn allows(&self, from: &ComponentSpec, to: &ComponentSpec) -> Result<(), String>;

    /// Why `to` may not take over, as a message said in the reader's language; a rule that
    /// only gives English words has them shown as they are.
    fn refusal(&self, from: &ComponentSpec, to: &ComponentSpec) -> Option<Msg> {
        self.allows(from, to).err().map(Msg::verbatim)
    }
}

/// The region's name in the reader's language (`common.ftl`).
fn region_name(r: crate::model::Region) -> Msg {
    Msg::new(&format!("region-{}", r.as_str()))
}

fn same_region(to: &ComponentSpec) -> Msg {
    Msg::new("step-migrate-peer-same-region").text("peer", &to.name).msg("region", region_name(to.region))
}

/// The default rule: any other region will do.
#[derive(Debug, Default)]
pub struct AnyOtherRegion;

impl PlacementRule for AnyOtherRegion {
    fn allows(&self, from: &ComponentSpec, to: &ComponentSpec) -> Result<(), String> {
        if from.region == to.region { Err(format!("`{}` is in the same region", to.name)) } else { Ok(()) }
    }

    fn refusal(&self, from: &ComponentSpec, to: &ComponentSpec) -> Option<Msg> {
        (from.region == to.region).then(|| same_region(to))
    }
}

/// Another region, and one where every data category the component holds may be stored under
/// the standards in force (GDPR keeps EU personal data in the EU, …).
#[derive(Debug, Clone, Default)]
pub struct ResidencyPlacement {
    pub standards: Vec<Standard>,
}

impl ResidencyPlacement {
    pub fn new(standards: Vec<Standard>) -> Self {
        ResidencyPlacement { standards }
    }

    /// The standards of `compliance.standards`.
    pub fn from_config(config: &Config) -> Self {
        ResidencyPlacement::new(
            config.pipeline.compliance.standards.iter().filter_map(|s| Standard::parse(s)).collect(),
        )
    }
}

impl PlacementRule for ResidencyPlacement {
    fn allows(&self, from: &ComponentSpec, to: &ComponentSpec) -> Result<(), String> {
        AnyOtherRegion.allows(from, to)?;
        for category in data_categories(from) {
            let verdicts = allowed_target_regions(from.region, category, &self.standards, &[to.region]);
            if let Some(v) = verdicts.into_iter().find(|v| v.region == to.region && !v.allowed) {
                return Err(format!("`{}` is in {}: {}", to.name, to.region.as_str(), v.reason));
            }
        }
        Ok(())
    }

    fn refusal(&self, from: &ComponentSpec, to: &ComponentSpec) -> Option<Msg> {
        if from.region == to.region {
            return Some(same_region(to));
        }
        data_categories(from).into_iter().find_map(|category| {
            let verdicts = allowed_target_regions(from.region, category, &self.standards, &[to.region]);
            let v = verdicts.into_iter().find(|v| v.region == to.region && !v.allowed)?;
            Some(
                Msg::new("step-migrate-peer-residency")
                    .text("peer", &to.name)
                    .msg("region", region_name(to.region))
                    .text("rule", v.rule.unwrap_or("-"))
                    .msg("category", Msg::new(&format!("data-{}", category.as_str().replace('_', "-"))))
                    .msg("from", region_name(from.region)),
            )
        })
    }
}

/// Healthy peers allowed to take over, best (lowest latency) first.
pub(super) fn candidates(cx: &StepCx<'_>) -> Result<Vec<String>, Msg> {
    let Some(service) = cx.spec.tags.get("service") else {
        return Err(Msg::new("step-migrate-no-service").text("component", &cx.spec.name));
    };
    let states = cx.inner.states.read();
    let mut found: Vec<(f64, String)> = Vec::new();
    let mut refused = Vec::new();
    for peer in
        cx.inner.config().components.iter().filter(|c| c.name != cx.spec.name && c.tags.get("service") == Some(service))
    {
        let st = states.get(&peer.name);
        if !st.is_some_and(|s| matches!(s.status, Status::Healthy | Status::Degraded)) {
            refused.push(Msg::new("step-migrate-peer-unhealthy").text("peer", &peer.name));
            continue;
        }
        if !cx.inner.regions.is_active(peer.region) {
            refused.push(
                Msg::new("step-migrate-peer-region-off")
                    .text("peer", &peer.name)
                    .msg("region", region_name(peer.region)),
            );
            continue;
        }
        match cx.inner.healing.placement.refusal(cx.spec, peer) {
            None => found.push((st.and_then(|s| s.latency_ms).unwrap_or(f64::MAX), peer.name.clone())),
            Some(why) => refused.push(why),
        }
    }
    found.sort_by(|a, b| a.0.total_cmp(&b.0));
    if found.is_empty() {
        return Err(Msg::new("step-migrate-no-peer").text("service", service).list("refused", refused));
    }
    Ok(found.into_iter().map(|(_, n)| n).collect())
}

pub(super) fn describe(cx: &StepCx<'_>) -> Msg {
    match candidates(cx) {
        Ok(c) => Msg::new("step-migrate-plan").text("component", &cx.spec.name).text("target", &c[0]),
        Err(e) => Msg::new("step-migrate-impossible-plan").msg("why", e),
    }
}

pub(super) async fn run(cx: &StepCx<'_>) -> Result<StepDone, Msg> {
    let target = candidates(cx)?.remove(0);
    cx.inner.healing.set_migrated(&cx.spec.name, Some(target.clone()));
    Ok(StepDone {
        detail: Msg::new("step-migrate-done").text("component", &cx.spec.name).text("target", &target),
        verify: Verify::Peer(target),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(name: &str, region: &str, data: Option<&str>) -> ComponentSpec {
        let yaml = format!(
            "components:\n  - name: {name}\n    region: {region}\n    tags: {{ service: api{} }}\n    check: {{ tcp: {{ addr: \"127.0.0.1:9\" }} }}\n",
            data.map(|d| format!(", data: \"{d}\"")).unwrap_or_default()
        );
        crate::config::load_str(&yaml, "t.yaml", std::path::Path::new("."), &Default::default())
            .unwrap()
            .components
            .remove(0)
    }

    #[test]
    fn residency_decides_which_peer_may_take_over() {
        let gdpr = ResidencyPlacement::new(vec![Standard::Gdpr]);
        let none = ResidencyPlacement::new(vec![]);
        let eu_personal = spec("api-eu", "eu-west", Some("personal_data"));
        let eu_metrics = spec("api-eu", "eu-west", None);
        let us = spec("api-us", "us-east", None);
        let eu_central = spec("api-de", "eu-central", None);
        // (rule, from, to, allowed)
        let cases = [
            (&gdpr, &eu_personal, &us, false),
            (&gdpr, &eu_personal, &eu_central, true),
            (&gdpr, &eu_metrics, &us, true),
            (&none, &eu_personal, &us, true),
            (&gdpr, &eu_personal, &eu_personal, false),
        ];
        for (i, (rule, from, to, allowed)) in cases.into_iter().enumerate() {
            let got = rule.allows(from, to);
            assert_eq!(got.is_ok(), allowed, "case {i}: {got:?}");
        }
        let why = gdpr.allows(&eu_personal, &us).unwrap_err();
        assert!(why.contains("GDPR Art. 44"), "{why}");
        // The same refusals as messages, in the reader's language; `None` where allowed.
        for (i, (rule, from, to, allowed)) in cases.into_iter().enumerate() {
            assert_eq!(rule.refusal(from, to).is_none(), allowed, "case {i}");
        }
        let loc = super::super::localizer();
        let say = |m: &Msg, lang| super::super::timeline::render(loc, lang, m).unwrap();
        let residency = gdpr.refusal(&eu_personal, &us).unwrap();
        assert_eq!(
            say(&residency, guard_i18n::Lang::En),
            "`api-us` is in US East: GDPR Art. 44 forbids moving this data (Personal data) out of Europe West"
        );
        assert_eq!(
            say(&residency, guard_i18n::Lang::De),
            "`api-us` liegt in USA Ost: GDPR Art. 44 verbietet, diese Daten (Personenbezogene Daten) aus Westeuropa zu verlagern"
        );
        assert_eq!(
            say(&none.refusal(&eu_personal, &eu_personal).unwrap(), guard_i18n::Lang::Fr),
            "`api-eu` est dans la même région (Europe de l’Ouest)"
        );
    }
}
