//! Regions and data-operation checks at the boundary: what `GET /api/regions`,
//! `POST /api/regions/{region}/(de)activate` and `POST /api/compliance/validate` answer, and the
//! app's `regions` / `set_region_active` / `validate_data_operation` commands with them.
//! Restriction texts are left in English here; each shell localizes them (`locales/*/compliance.ftl`).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::api::{ApiError, ErrorCode};
use crate::compliance::{self, DataOperation, Operation, Standard};
use crate::guard::PipelineGuard;
use crate::heal::timeline::Msg;
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
        return Err(ApiError::said(ErrorCode::NotFound, unknown_region(region)));
    };
    let audit = g.audit().clone();
    match g.regions().set_active(g.history().pool(), r, active, crate::clock::unix_ms(), actor, &audit).await {
        Ok(changed) => Ok(RegionChange { region: r, active, changed, regions: regions(g) }),
        Err(RegionStoreError::Region(regions::RegionError::LastActiveRegion(r))) => {
            Err(ApiError::said(ErrorCode::Conflict, Msg::new("api-error-last-region").text("region", r.as_str())))
        }
        Err(RegionStoreError::Region(e)) => Err(ApiError::new(ErrorCode::Conflict, e.to_string())),
        Err(e) => {
            tracing::error!(error = %e, "region change failed");
            Err(ApiError::internal())
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

/// "unknown region `x`, expected one of …" (`api-error-unknown-region`).
fn unknown_region(value: &str) -> Msg {
    let all: Vec<&str> = Region::ALL.iter().map(|r| r.as_str()).collect();
    Msg::new("api-error-unknown-region").text("value", value).text("expected", all.join(", "))
}

/// A bad request about the request's `field`.
fn bad(field: &str, problem: Msg) -> ApiError {
    ApiError::said(ErrorCode::BadRequest, crate::api::field_problem(field, problem))
}

/// "unknown `x`, expected one of …" (`api-error-unknown-value`).
fn unknown_value(value: &str, expected: &[&str]) -> Msg {
    Msg::new("api-error-unknown-value").text("value", value).text("expected", expected.join(", "))
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
    let operation = Operation::parse(&req.operation)
        .ok_or_else(|| bad("operation", unknown_value(&req.operation, &Operation::ALL.map(|o| o.as_str()))))?;
    let data_type = DataCategory::parse(&req.data_type)
        .ok_or_else(|| bad("data_type", unknown_value(&req.data_type, &DataCategory::ALL.map(|c| c.as_str()))))?;
    let user_region =
        Region::parse(&req.user_region).ok_or_else(|| bad("user_region", unknown_region(&req.user_region)))?;
    let destination = match req.destination.as_deref().filter(|d| !d.is_empty()) {
        None => None,
        Some(d) => Some(Region::parse(d).ok_or_else(|| bad("destination", unknown_region(d)))?),
    };
    let standards = match &req.standards {
        Some(list) => Standard::parse_list(&list.join(",")).map_err(|e| bad("standards", e))?,
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
    // Each error carries its message too (region names as messages), so a window in another
    // language says it in its own.
    let said = |code: ErrorCode, msg: Msg| {
        let text = crate::heal::timeline::render(loc, lang, &msg).unwrap_or_default();
        ApiError::said_in(code, msg, text)
    };
    let names = |rs: &[Region]| rs.iter().map(|r| Msg::new(regions::info(*r).name_key)).collect::<Vec<_>>();
    if location.is_empty() {
        return Err(said(ErrorCode::UnknownLocation, Msg::new("region-optimal-missing-location")));
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
        Err(regions::RegionError::UnknownLocation(l)) => {
            Err(said(ErrorCode::UnknownLocation, Msg::new("region-optimal-unknown-location").text("location", l)))
        }
        Err(regions::RegionError::NoAllowedRegion { country, .. }) => {
            let active = m.active_regions();
            let msg = if active.is_empty() {
                Msg::new("region-optimal-none-active").text("country", country)
            } else {
                Msg::new("region-optimal-none-allowed").text("country", country).list("regions", names(&active))
            };
            Err(said(ErrorCode::NoEligibleRegion, msg))
        }
        Err(e) => {
            tracing::error!(error = %e, "optimal region failed");
            Err(ApiError::internal())
        }
    }
}
