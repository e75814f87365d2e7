//! `migrate`: move the component's role to a healthy peer in another region. Peers are the
//! components with the same `tags.service`; which of them may take over is decided by a
//! [`PlacementRule`] (the regions/data-residency work plugs its rule in here).

use crate::config::ComponentSpec;
use crate::model::Status;

use super::{StepCx, StepDone, Verify};

/// Decides whether `to` may take over `from`'s work (e.g. data-residency rules).
pub trait PlacementRule: Send + Sync + std::fmt::Debug {
    fn allows(&self, from: &ComponentSpec, to: &ComponentSpec) -> Result<(), String>;
}

/// The default rule: any other region will do.
#[derive(Debug, Default)]
pub struct AnyOtherRegion;

impl PlacementRule for AnyOtherRegion {
    fn allows(&self, from: &ComponentSpec, to: &ComponentSpec) -> Result<(), String> {
        if from.region == to.region { Err(format!("`{}` is in the same region", to.name)) } else { Ok(()) }
    }
}

/// Healthy peers allowed to take over, best (lowest latency) first.
pub(super) fn candidates(cx: &StepCx<'_>) -> Result<Vec<String>, String> {
    let Some(service) = cx.spec.tags.get("service") else {
        return Err(format!("`{}` has no `tags.service`, so it has no peers to migrate to", cx.spec.name));
    };
    let states = cx.inner.states.read();
    let mut found: Vec<(f64, String)> = Vec::new();
    let mut refused = Vec::new();
    for peer in cx.inner.config.components.iter().filter(|c| c.name != cx.spec.name && c.tags.get("service") == Some(service)) {
        let st = states.get(&peer.name);
        if !st.is_some_and(|s| matches!(s.status, Status::Healthy | Status::Degraded)) {
            refused.push(format!("{} is not healthy", peer.name));
            continue;
        }
        match cx.inner.healing.placement.allows(cx.spec, peer) {
            Ok(()) => found.push((st.and_then(|s| s.latency_ms).unwrap_or(f64::MAX), peer.name.clone())),
            Err(why) => refused.push(why),
        }
    }
    found.sort_by(|a, b| a.0.total_cmp(&b.0));
    if found.is_empty() {
        return Err(format!("no healthy peer of service `{service}` may take over ({})", refused.join("; ")));
    }
    Ok(found.into_iter().map(|(_, n)| n).collect())
}

pub(super) fn describe(cx: &StepCx<'_>) -> String {
    match candidates(cx) {
        Ok(c) => format!("move `{}` to `{}`", cx.spec.name, c[0]),
        Err(e) => format!("cannot migrate: {e}"),
    }
}

pub(super) async fn run(cx: &StepCx<'_>) -> Result<StepDone, String> {
    let target = candidates(cx)?.remove(0);
    cx.inner.healing.set_migrated(&cx.spec.name, Some(target.clone()));
    Ok(StepDone { detail: format!("traffic of `{}` moved to `{target}`", cx.spec.name), verify: Verify::Peer(target) })
}
