//! Regions and data-operation checks at the boundary: what `GET /api/regions`,
//! `POST /api/regions/{region}/(de)activate` and `POST /api/compliance/validate` answer, and the
//! app's `regions` / `set_region_active` / `validate_data_operation` commands with them.
//! Restriction texts are left in English here; each shell localizes them (`locales/*/compliance.ftl`).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::api::{ApiError, ErrorCode};
use crate::compliance::{self, DataOperation, Operation, Standard};
use crate::guard::PipelineGuard;
use crate::model::Region;
use crate::regions::{self, DataCategory, RegionStoreError};

/// One region as the Compliance page lists it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct RegionState {
    pub region: Region,
    /// `eu`, `us`, `us-ca`, `br`, `sg` or `other`.
    pub jurisdiction: String,
    pub lat: f64,
    pub lon: f64,
    pub active: bool,
}

/// The answer of a region (de)activation: whether it changed and every region after it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct RegionChange {
    pub region: Region,
    pub active: bool,
    pub changed: bool,
    pub regions: Vec<RegionState>,
}

/// The six regions with jurisdiction, map position and whether each is active.
pub fn regions(g: &PipelineGuard) -> Vec<RegionState> {
    let m = g.regions();
    regions::REGIONS
        .iter()
        .map(|r| RegionState {
            region: r.region,
            jurisdiction: r.jurisdiction.as_str().to_string(),
            lat: r.lat,
            lon: r.lon,
            active: m.is_active(r.region),
        })
        .collect()
}

/// `activate_region` / `deactivate_region` by name, kept across restarts and audited as `actor`.
pub async fn set_region_active(
    g: &PipelineGuard,
    region: &str,
    active: bool,
    actor: &str,
) -> Result<RegionChange, ApiError> {
    let Some(r) = Region::parse(region) else {
        let all: Vec<&str> = Region::ALL.iter().map(|r| r.as_str()).collect();
        return Err(ApiError {
            code: ErrorCode::NotFound,
            message: format!("unknown region `{region}`, expected one of {}", all.join(", ")),
        });
    };
    let audit = g.audit().clone();
    match g.regions().set_active(g.history().pool(), r, active, crate::clock::unix_ms(), actor, &audit).await {
        Ok(changed) => Ok(RegionChange { region: r, active, changed, regions: regions(g) }),
        Err(RegionStoreError::Region(e)) => Err(ApiError { code: ErrorCode::Conflict, message: e.to_string() }),
        Err(e) => {
            tracing::error!(error = %e, "region change failed");
            Err(ApiError { code: ErrorCode::Internal, message: "internal error; see the log".into() })
        }
    }
}

/// A data operation to check (`POST /api/compliance/validate`, the `validate_data_operation`
/// command). Names as in the API; `standards` defaults to the config's `compliance.standards`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct ValidateRequest {
    pub operation: String,
    pub data_type: String,
    pub user_region: String,
    #[ts(optional)]
    pub destination: Option<String>,
    #[ts(optional)]
    pub standards: Option<Vec<String>>,
    /// Language of the restriction texts (default `en`); each shell resolves it.
    #[ts(optional)]
    pub lang: Option<String>,
}

/// One restriction behind a verdict, its text in the requested language.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct RestrictionView {
    /// `gdpr`, `ccpa`, `soc2`, …
    pub standard: String,
    pub blocking: bool,
    pub key: String,
    pub text: String,
    pub articles: Vec<String>,
}

/// Whether a data operation is allowed, the restrictions and the articles behind them.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ValidationView {
    pub allowed: bool,
    pub restrictions: Vec<RestrictionView>,
    pub articles: Vec<String>,
    pub lang: String,
}

fn bad(message: String) -> ApiError {
    ApiError { code: ErrorCode::BadRequest, message }
}

/// `validate_data_operation`; a blocked operation is audited as `actor`.
/// `translate(key)` gives each restriction's text in the caller's language (`lang` is echoed).
pub async fn validate(
    g: &PipelineGuard,
    req: &ValidateRequest,
    lang: &str,
    actor: &str,
    translate: impl Fn(&str) -> String,
) -> Result<ValidationView, ApiError> {
    let operation = Operation::parse(&req.operation).ok_or_else(|| {
        bad(format!(
            "operation: unknown `{}`, expected one of {}",
            req.operation,
            Operation::ALL.map(|o| o.as_str()).join(", ")
        ))
    })?;
    let data_type = DataCategory::parse(&req.data_type).ok_or_else(|| {
        bad(format!(
            "data_type: unknown `{}`, expected one of {}",
            req.data_type,
            DataCategory::ALL.map(|c| c.as_str()).join(", ")
        ))
    })?;
    let user_region = Region::parse(&req.user_region)
        .ok_or_else(|| bad(format!("user_region: unknown region `{}`", req.user_region)))?;
    let destination = match req.destination.as_deref().filter(|d| !d.is_empty()) {
        None => None,
        Some(d) => Some(Region::parse(d).ok_or_else(|| bad(format!("destination: unknown region `{d}`")))?),
    };
    let standards = match &req.standards {
        Some(list) => Standard::parse_list(&list.join(",")).map_err(|e| bad(format!("standards: {e}")))?,
        None => g.config().pipeline.compliance.standards.iter().filter_map(|x| Standard::parse(x)).collect(),
    };
    let op = DataOperation { operation, data_type, user_region, destination, standards };
    let audit = g.audit().clone();
    let v = compliance::audit::validate_and_audit(&op, actor, &audit).await;
    Ok(ValidationView {
        allowed: v.allowed,
        restrictions: v
            .restrictions
            .into_iter()
            .map(|r| RestrictionView {
                standard: r.standard.as_str().to_string(),
                blocking: r.blocking,
                text: translate(&r.key),
                key: r.key,
                articles: r.articles,
            })
            .collect(),
        articles: v.articles,
        lang: lang.to_string(),
    })
}

/// One place a user can be in (`GET /api/regions/locations`): the UI names it in its own
/// language from the ISO code.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct LocationView {
    /// ISO 3166-1 alpha-2 (`US-CA` for California).
    pub code: String,
    /// English name (what the lookup also accepts).
    pub name: String,
    pub jurisdiction: String,
}

/// Every location [`optimal_region`] knows, by English name.
pub fn locations() -> Vec<LocationView> {
    let mut v: Vec<LocationView> = regions::COUNTRIES
        .iter()
        .map(|c| LocationView {
            code: c.iso2.to_string(),
            name: c.name.to_string(),
            jurisdiction: c.jurisdiction.as_str().to_string(),
        })
        .collect();
    v.sort_by(|a, b| a.name.cmp(&b.name));
    v
}

/// `get_optimal_region` at the boundary (`GET /api/regions/optimal?location=`).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct OptimalRegionView {
    /// The location as asked.
    pub location: String,
    /// ISO 3166-1 alpha-2 it resolved to, its English name and where it is (the country's centroid).
    pub country: String,
    pub country_name: String,
    pub lat: f64,
    pub lon: f64,
    /// The user's jurisdiction (`eu`, `us`, …) and the chosen region's.
    pub jurisdiction: String,
    pub region: Region,
    pub region_jurisdiction: String,
    /// Great-circle distance from the country's centroid to the region's data centre.
    pub distance_km: f64,
    /// The residency rule that ruled nearer regions out (e.g. `GDPR Art. 44`), if one did.
    pub rule: Option<String>,
    /// Nearer active regions the rules excluded, nearest first.
    pub excluded: Vec<Region>,
    /// The regions that were candidates (active now).
    pub active_regions: Vec<Region>,
    /// Standards in force (`compliance.standards`).
    pub standards: Vec<String>,
    /// Why, in the requested language.
    pub reason: String,
}

/// The nearest active region that may hold personal data of a user in `location` (a country
/// name or ISO code). Unknown location → `unknown_location`; nothing eligible →
/// `no_eligible_region`; both with a message in `lang` (`locales/*/regions-optimal.ftl`).
pub fn optimal_region(
    g: &PipelineGuard,
    location: &str,
    lang: guard_i18n::Lang,
) -> Result<OptimalRegionView, ApiError> {
    use guard_i18n::FluentValue;
    let loc = crate::heal::localizer();
    let region_name = |r: Region| loc.translate(regions::info(r).name_key, lang);
    let list = |rs: &[Region]| rs.iter().map(|r| region_name(*r)).collect::<Vec<_>>().join(", ");
    let m = g.regions();
    let location = location.trim();
    if location.is_empty() {
        return Err(ApiError {
            code: ErrorCode::UnknownLocation,
            message: loc.translate("region-optimal-missing-location", lang),
        });
    }
    let standards = m.standards().iter().map(|s| s.as_str().to_string()).collect();
    match m.get_optimal_region(location) {
        Ok(c) => {
            let country = regions::find_country(c.country).expect("resolved above");
            let km = (c.distance_km * 10.0).round() / 10.0;
            let mut args: Vec<(&str, FluentValue)> = vec![
                ("region", region_name(c.region).into()),
                ("country", country.name.into()),
                ("km", km.round().into()),
            ];
            let id = if c.excluded.is_empty() {
                "region-optimal-reason-nearest"
            } else {
                args.push(("rule", c.rule.unwrap_or("—").into()));
                args.push(("excluded", list(&c.excluded).into()));
                "region-optimal-reason-excluded"
            };
            Ok(OptimalRegionView {
                location: location.to_string(),
                country: country.iso2.to_string(),
                country_name: country.name.to_string(),
                lat: country.lat,
                lon: country.lon,
                jurisdiction: country.jurisdiction.as_str().to_string(),
                region: c.region,
                region_jurisdiction: regions::info(c.region).jurisdiction.as_str().to_string(),
                distance_km: km,
                rule: c.rule.map(str::to_string),
                excluded: c.excluded.clone(),
                active_regions: m.active_regions(),
                standards,
                reason: loc.translate_with(id, lang, &args),
            })
        }
        Err(regions::RegionError::UnknownLocation(l)) => Err(ApiError {
            code: ErrorCode::UnknownLocation,
            message: loc.translate_with("region-optimal-unknown-location", lang, &[("location", l.into())]),
        }),
        Err(regions::RegionError::NoAllowedRegion { country, .. }) => {
            let active = m.active_regions();
            let message = if active.is_empty() {
                loc.translate_with("region-optimal-none-active", lang, &[("country", country.into())])
            } else {
                loc.translate_with(
                    "region-optimal-none-allowed",
                    lang,
                    &[("country", country.into()), ("regions", list(&active).into())],
                )
            };
            Err(ApiError { code: ErrorCode::NoEligibleRegion, message })
        }
        Err(e) => Err(ApiError { code: ErrorCode::Internal, message: e.to_string() }),
    }
}
