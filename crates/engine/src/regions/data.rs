//! The region catalogue and the country centroids, as data.
//!
//! Coordinates are the data-centre metro of each region (longitude, latitude in degrees) and
//! the approximate geographic centroid of each country. Jurisdiction decides which
//! data-protection law governs data stored in a region or about a person in a country.

use crate::model::Region;

use super::Jurisdiction;

/// One row of the region catalogue.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RegionInfo {
    pub region: Region,
    /// Fluent key of the display name (`locales/*/common.ftl`).
    pub name_key: &'static str,
    /// Metro the region's data centre is in (a proper noun, not translated).
    pub metro: &'static str,
    /// ISO 3166-1 alpha-2 of the country the data centre is in.
    pub country: &'static str,
    pub lon: f64,
    pub lat: f64,
    pub jurisdiction: Jurisdiction,
}

pub const REGIONS: [RegionInfo; 6] = [
    RegionInfo {
        region: Region::UsEast,
        name_key: "region-us-east",
        metro: "Ashburn, VA",
        country: "US",
        lon: -77.49,
        lat: 39.04,
        jurisdiction: Jurisdiction::UnitedStates,
    },
    RegionInfo {
        region: Region::UsWest,
        name_key: "region-us-west",
        metro: "San Jose, CA",
        country: "US",
        lon: -121.89,
        lat: 37.34,
        jurisdiction: Jurisdiction::California,
    },
    RegionInfo {
        region: Region::EuWest,
        name_key: "region-eu-west",
        metro: "Dublin",
        country: "IE",
        lon: -6.26,
        lat: 53.35,
        jurisdiction: Jurisdiction::EuropeanUnion,
    },
    RegionInfo {
        region: Region::EuCentral,
        name_key: "region-eu-central",
        metro: "Frankfurt",
        country: "DE",
        lon: 8.68,
        lat: 50.11,
        jurisdiction: Jurisdiction::EuropeanUnion,
    },
    RegionInfo {
        region: Region::AsiaPacific,
        name_key: "region-asia-pacific",
        metro: "Singapore",
        country: "SG",
        lon: 103.82,
        lat: 1.35,
        jurisdiction: Jurisdiction::Singapore,
    },
    RegionInfo {
        region: Region::SaEast,
        name_key: "region-sa-east",
        metro: "São Paulo",
        country: "BR",
        lon: -46.63,
        lat: -23.55,
        jurisdiction: Jurisdiction::Brazil,
    },
];

/// One country: ISO alpha-2, English name, centroid, jurisdiction.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Country {
    pub iso2: &'static str,
    pub name: &'static str,
    pub lon: f64,
    pub lat: f64,
    pub jurisdiction: Jurisdiction,
}

use Jurisdiction::{
    Brazil as BR, California as CA, EuropeanUnion as EU, Other as OT, Singapore as SG, UnitedStates as US,
};

macro_rules! countries {
    ($( $iso:literal $name:literal $lat:literal $lon:literal $j:ident ;)*) => {
        pub const COUNTRIES: &[Country] = &[ $( Country { iso2: $iso, name: $name, lat: $lat, lon: $lon, jurisdiction: $j } ),* ];
    };
}

// iso2, name, latitude, longitude, jurisdiction. EEA members count as EU (GDPR applies).
countries! {
    "AR" "Argentina" -34.0 -64.0 OT;
    "AT" "Austria" 47.5 14.5 EU;
    "AU" "Australia" -25.3 133.8 OT;
    "BD" "Bangladesh" 23.7 90.4 OT;
    "BE" "Belgium" 50.5 4.5 EU;
    "BG" "Bulgaria" 42.7 25.5 EU;
    "BO" "Bolivia" -16.3 -63.6 OT;
    "BR" "Brazil" -10.8 -52.9 BR;
    "CA" "Canada" 56.1 -106.3 OT;
    "CH" "Switzerland" 46.8 8.2 OT;
    "CL" "Chile" -35.7 -71.5 OT;
    "CN" "China" 35.9 104.2 OT;
    "CO" "Colombia" 4.6 -74.3 OT;
    "CY" "Cyprus" 35.1 33.4 EU;
    "CZ" "Czechia" 49.8 15.5 EU;
    "DE" "Germany" 51.2 10.4 EU;
    "DK" "Denmark" 56.3 9.5 EU;
    "DZ" "Algeria" 28.0 1.7 OT;
    "EC" "Ecuador" -1.8 -78.2 OT;
    "EE" "Estonia" 58.6 25.0 EU;
    "EG" "Egypt" 26.8 30.8 OT;
    "ES" "Spain" 40.5 -3.7 EU;
    "FI" "Finland" 61.9 25.7 EU;
    "FR" "France" 46.2 2.2 EU;
    "GB" "United Kingdom" 55.4 -3.4 OT;
    "GR" "Greece" 39.1 21.8 EU;
    "HR" "Croatia" 45.1 15.2 EU;
    "HU" "Hungary" 47.2 19.5 EU;
    "ID" "Indonesia" -0.8 113.9 OT;
    "IE" "Ireland" 53.4 -8.2 EU;
    "IL" "Israel" 31.0 34.9 OT;
    "IN" "India" 20.6 79.0 OT;
    "IS" "Iceland" 65.0 -19.0 EU;
    "IT" "Italy" 41.9 12.6 EU;
    "JP" "Japan" 36.2 138.3 OT;
    "KE" "Kenya" -0.0 37.9 OT;
    "KR" "South Korea" 35.9 127.8 OT;
    "LI" "Liechtenstein" 47.2 9.6 EU;
    "LT" "Lithuania" 55.2 23.9 EU;
    "LU" "Luxembourg" 49.8 6.1 EU;
    "LV" "Latvia" 56.9 24.6 EU;
    "MA" "Morocco" 31.8 -7.1 OT;
    "MT" "Malta" 35.9 14.4 EU;
    "MX" "Mexico" 23.6 -102.6 OT;
    "MY" "Malaysia" 4.2 101.9 OT;
    "NG" "Nigeria" 9.1 8.7 OT;
    "NL" "Netherlands" 52.1 5.3 EU;
    "NO" "Norway" 60.5 8.5 EU;
    "NZ" "New Zealand" -40.9 174.9 OT;
    "PE" "Peru" -9.2 -75.0 OT;
    "PH" "Philippines" 12.9 121.8 OT;
    "PK" "Pakistan" 30.4 69.3 OT;
    "PL" "Poland" 51.9 19.1 EU;
    "PT" "Portugal" 39.4 -8.2 EU;
    "PY" "Paraguay" -23.4 -58.4 OT;
    "RO" "Romania" 45.9 25.0 EU;
    "RS" "Serbia" 44.0 21.0 OT;
    "RU" "Russia" 61.5 105.3 OT;
    "SA" "Saudi Arabia" 23.9 45.1 OT;
    "SE" "Sweden" 60.1 18.6 EU;
    "SG" "Singapore" 1.35 103.8 SG;
    "SI" "Slovenia" 46.2 15.0 EU;
    "SK" "Slovakia" 48.7 19.7 EU;
    "TH" "Thailand" 15.9 100.9 OT;
    "TR" "Turkey" 39.0 35.2 OT;
    "TW" "Taiwan" 23.7 121.0 OT;
    "UA" "Ukraine" 48.4 31.2 OT;
    "AE" "United Arab Emirates" 23.4 53.8 OT;
    "US" "United States" 39.8 -98.6 US;
    "US-CA" "California" 36.8 -119.4 CA;
    "UY" "Uruguay" -32.5 -55.8 OT;
    "VE" "Venezuela" 6.4 -66.6 OT;
    "VN" "Vietnam" 14.1 108.3 OT;
    "ZA" "South Africa" -30.6 22.9 OT;
}
