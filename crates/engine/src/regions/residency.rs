//! Data-residency rules as data: where data of a jurisdiction may be stored under each standard.
//!
//! A rule says: under `standard`, `category` data originating in `origin` may only be stored
//! in the `allowed` jurisdictions. No matching rule means no restriction.

use serde::Serialize;

use crate::compliance::Standard;
use crate::model::Region;

use super::{DataCategory, Jurisdiction, REGIONS, great_circle_km, info};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ResidencyRule {
    pub standard: Standard,
    pub origin: &'static [Jurisdiction],
    pub categories: &'static [DataCategory],
    pub allowed: &'static [Jurisdiction],
    /// Article or section behind the rule.
    pub article: &'static str,
}

use DataCategory::{HealthData as HD, PersonalData as PD};
use Jurisdiction::{Brazil as BR, EuropeanUnion as EU, Singapore as SG};

/// Transfers outside these sets need an adequacy decision or safeguards the lab does not have,
/// so they are treated as forbidden. Destinations with an adequacy decision recognised by the
/// origin's law are listed as allowed (the EU for LGPD and PDPA).
pub const RESIDENCY_RULES: &[ResidencyRule] = &[
    ResidencyRule {
        standard: Standard::Gdpr,
        origin: &[EU],
        categories: &[PD, HD],
        allowed: &[EU],
        article: "GDPR Art. 44",
    },
    ResidencyRule {
        standard: Standard::Lgpd,
        origin: &[BR],
        categories: &[PD, HD],
        allowed: &[BR, EU],
        article: "LGPD Art. 33",
    },
    ResidencyRule {
        standard: Standard::Pdpa,
        origin: &[SG],
        categories: &[PD, HD],
        allowed: &[SG, EU],
        article: "PDPA s. 26",
    },
];

/// Whether data may move from one jurisdiction to another, and which rule decided.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Decision {
    pub allowed: bool,
    pub rule: Option<&'static str>,
}

pub(super) fn decide(
    origin: Jurisdiction,
    dest: Jurisdiction,
    category: DataCategory,
    standards: &[Standard],
) -> Decision {
    let mut restricted_by = None;
    for r in RESIDENCY_RULES {
        if standards.contains(&r.standard) && r.origin.contains(&origin) && r.categories.contains(&category) {
            if !r.allowed.contains(&dest) {
                return Decision { allowed: false, rule: Some(r.article) };
            }
            restricted_by = Some(r.article);
        }
    }
    Decision { allowed: true, rule: restricted_by }
}

/// One candidate target region for a migration, with the verdict.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ResidencyDecision {
    pub region: Region,
    pub allowed: bool,
    pub distance_km: f64,
    pub rule: Option<&'static str>,
    pub reason: String,
}

/// May `category` data stored in `source` move to `target` under `standards`?
pub fn residency_decision(
    source: Region,
    target: Region,
    category: DataCategory,
    standards: &[Standard],
) -> ResidencyDecision {
    let (s, t) = (info(source), info(target));
    let d = decide(s.jurisdiction, t.jurisdiction, category, standards);
    let km = great_circle_km(s.lat, s.lon, t.lat, t.lon);
    let reason = match (d.allowed, d.rule) {
        (true, None) => format!("no residency rule restricts {} from {source} to {target}", category.as_str()),
        (true, Some(a)) => format!("{a} allows {} from {source} in {target}", category.as_str()),
        (false, Some(a)) => format!("{a} forbids moving {} from {source} to {target}", category.as_str()),
        (false, None) => unreachable!("a refusal always names its rule"),
    };
    ResidencyDecision { region: target, allowed: d.allowed, distance_km: km, rule: d.rule, reason }
}

/// For the `migrate` healing strategy: every other region in `candidates` with the verdict,
/// allowed ones first, nearest first. The healer takes the first allowed entry.
pub fn allowed_target_regions(
    source: Region,
    category: DataCategory,
    standards: &[Standard],
    candidates: &[Region],
) -> Vec<ResidencyDecision> {
    let mut out: Vec<ResidencyDecision> = REGIONS
        .iter()
        .map(|r| r.region)
        .filter(|r| *r != source && candidates.contains(r))
        .map(|r| residency_decision(source, r, category, standards))
        .collect();
    out.sort_by(|a, b| b.allowed.cmp(&a.allowed).then(a.distance_km.total_cmp(&b.distance_km)));
    out
}
