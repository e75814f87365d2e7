//! Regions and data residency: `MultiRegionManager`.
//!
//! The catalogue of the six regions (display-name key, map coordinates, jurisdiction) and the
//! country centroids are data ([`data`]). [`MultiRegionManager`] keeps which regions are active;
//! [`MultiRegionManager::get_optimal_region`] picks the nearest active region (great-circle
//! distance from the country's centroid) that the residency rules allow; the `migrate` healing
//! strategy asks [`allowed_target_regions`] where a component's data may go.

pub mod data;
mod residency;
mod store;

use std::collections::BTreeSet;

use parking_lot::RwLock;
use serde::{Deserialize, Serialize};

use crate::compliance::Standard;
use crate::model::Region;

pub use data::{COUNTRIES, Country, REGIONS, RegionInfo};
pub use residency::{RESIDENCY_RULES, ResidencyDecision, ResidencyRule, allowed_target_regions, residency_decision};
pub use store::RegionStoreError;

/// Which body of data-protection law governs data stored in a place or about a person there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Jurisdiction {
    /// The EU/EEA: GDPR.
    #[serde(rename = "eu")]
    EuropeanUnion,
    /// The United States outside California (HIPAA for health data).
    #[serde(rename = "us")]
    UnitedStates,
    /// California: CCPA/CPRA on top of US federal law.
    #[serde(rename = "us-ca")]
    California,
    /// Brazil: LGPD.
    #[serde(rename = "br")]
    Brazil,
    /// Singapore: PDPA.
    #[serde(rename = "sg")]
    Singapore,
    #[serde(rename = "other")]
    Other,
}

impl Jurisdiction {
    pub fn as_str(self) -> &'static str {
        match self {
            Jurisdiction::EuropeanUnion => "eu",
            Jurisdiction::UnitedStates => "us",
            Jurisdiction::California => "us-ca",
            Jurisdiction::Brazil => "br",
            Jurisdiction::Singapore => "sg",
            Jurisdiction::Other => "other",
        }
    }
}

/// What kind of data an operation or a migration moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DataCategory {
    /// Data about an identifiable person (operator accounts, end users of a service).
    PersonalData,
    /// Special-category personal data (GDPR Art. 9) and protected health information (HIPAA).
    HealthData,
    /// Metrics, checks, logs without personal data.
    OperationalMetrics,
    /// The hash-chained audit log.
    AuditLog,
    /// Password hashes, keys, tokens.
    Credentials,
}

impl DataCategory {
    pub const ALL: [DataCategory; 5] = [
        DataCategory::PersonalData,
        DataCategory::HealthData,
        DataCategory::OperationalMetrics,
        DataCategory::AuditLog,
        DataCategory::Credentials,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            DataCategory::PersonalData => "personal_data",
            DataCategory::HealthData => "health_data",
            DataCategory::OperationalMetrics => "operational_metrics",
            DataCategory::AuditLog => "audit_log",
            DataCategory::Credentials => "credentials",
        }
    }

    pub fn parse(s: &str) -> Option<DataCategory> {
        let s = s.trim().to_ascii_lowercase().replace('-', "_");
        DataCategory::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

/// The catalogue row of a region.
pub fn info(region: Region) -> &'static RegionInfo {
    REGIONS.iter().find(|r| r.region == region).expect("every region is in the catalogue")
}

/// Look a country up by ISO alpha-2 code (`DE`, `US-CA`) or English name (`Germany`), case-insensitively.
pub fn find_country(location: &str) -> Option<&'static Country> {
    let l = location.trim();
    COUNTRIES.iter().find(|c| c.iso2.eq_ignore_ascii_case(l) || c.name.eq_ignore_ascii_case(l))
}

/// Great-circle distance in kilometres (haversine, mean Earth radius 6371 km).
pub fn great_circle_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = (lat2 - lat1).to_radians();
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0 * a.sqrt().asin()
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum RegionError {
    #[error("unknown location `{0}`: expected a country name (e.g. `Germany`) or an ISO 3166 code (e.g. `DE`)")]
    UnknownLocation(String),
    #[error("no active region may hold personal data of a user in {country}: {why}")]
    NoAllowedRegion { country: String, why: String },
    #[error("region {0} cannot be deactivated: it is the last active region")]
    LastActiveRegion(Region),
}

/// The answer of [`MultiRegionManager::get_optimal_region`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RegionChoice {
    pub region: Region,
    pub distance_km: f64,
    /// Country the location resolved to (ISO alpha-2).
    pub country: &'static str,
    /// The residency rule that restricted the choice, if one did (e.g. `GDPR Art. 44`).
    pub rule: Option<&'static str>,
    /// Nearer active regions that the rules excluded.
    pub excluded: Vec<Region>,
    /// One English sentence; the UI builds its own from the fields above.
    pub reason: String,
}

/// Active regions and the standards in force. Cheap to share behind an `Arc`.
#[derive(Debug)]
pub struct MultiRegionManager {
    active: RwLock<BTreeSet<Region>>,
    standards: Vec<Standard>,
}

impl MultiRegionManager {
    /// No region active yet; activate the ones in use.
    pub fn new(standards: Vec<Standard>) -> Self {
        MultiRegionManager { active: RwLock::new(BTreeSet::new()), standards }
    }

    /// All six regions active.
    pub fn all_active(standards: Vec<Standard>) -> Self {
        MultiRegionManager { active: RwLock::new(Region::ALL.into_iter().collect()), standards }
    }

    pub fn activate_region(&self, region: Region) -> bool {
        self.active.write().insert(region)
    }

    /// Deactivate a region; the last active region stays (something must hold the data).
    pub fn deactivate_region(&self, region: Region) -> Result<bool, RegionError> {
        let mut a = self.active.write();
        if a.len() == 1 && a.contains(&region) {
            return Err(RegionError::LastActiveRegion(region));
        }
        Ok(a.remove(&region))
    }

    pub fn is_active(&self, region: Region) -> bool {
        self.active.read().contains(&region)
    }

    pub fn active_regions(&self) -> Vec<Region> {
        self.active.read().iter().copied().collect()
    }

    pub fn standards(&self) -> &[Standard] {
        &self.standards
    }

    /// The nearest active region that may hold personal data of a user in `user_location`
    /// (a country name or ISO code), by great-circle distance from the country's centroid.
    pub fn get_optimal_region(&self, user_location: &str) -> Result<RegionChoice, RegionError> {
        let country =
            find_country(user_location).ok_or_else(|| RegionError::UnknownLocation(user_location.to_string()))?;
        let mut candidates: Vec<(f64, &RegionInfo)> = REGIONS
            .iter()
            .filter(|r| self.is_active(r.region))
            .map(|r| (great_circle_km(country.lat, country.lon, r.lat, r.lon), r))
            .collect();
        candidates.sort_by(|a, b| a.0.total_cmp(&b.0));
        let mut excluded = Vec::new();
        let mut rule = None;
        for (km, r) in &candidates {
            let d =
                residency::decide(country.jurisdiction, r.jurisdiction, DataCategory::PersonalData, &self.standards);
            if d.allowed {
                let reason = match (&excluded.is_empty(), d.rule.or(rule)) {
                    (true, _) => {
                        format!("{} is the nearest active region to {} ({:.0} km)", r.region, country.name, km)
                    }
                    (false, Some(art)) => format!(
                        "{} is the nearest active region to {} ({:.0} km) where {} allows its personal data; nearer {} excluded",
                        r.region,
                        country.name,
                        km,
                        art,
                        excluded.iter().map(|x: &Region| x.as_str()).collect::<Vec<_>>().join(", ")
                    ),
                    (false, None) => {
                        format!("{} is the nearest allowed active region to {} ({:.0} km)", r.region, country.name, km)
                    }
                };
                return Ok(RegionChoice {
                    region: r.region,
                    distance_km: *km,
                    country: country.iso2,
                    rule: d.rule.or(rule),
                    excluded,
                    reason,
                });
            }
            rule = rule.or(d.rule);
            excluded.push(r.region);
        }
        let why = if candidates.is_empty() {
            "no region is active".to_string()
        } else {
            format!(
                "{} forbids every active region ({})",
                rule.unwrap_or("the residency rules"),
                excluded.iter().map(|r| r.as_str()).collect::<Vec<_>>().join(", ")
            )
        };
        Err(RegionError::NoAllowedRegion { country: country.name.to_string(), why })
    }
}

#[cfg(test)]
mod tests;
