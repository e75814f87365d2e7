//! Domain values shared by every part of the engine: health status, regions, metric names.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Health of a component as a check saw it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Status {
    Healthy,
    Degraded,
    Failed,
    Unknown,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Healthy => "healthy",
            Status::Degraded => "degraded",
            Status::Failed => "failed",
            Status::Unknown => "unknown",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        Some(match s {
            "healthy" => Status::Healthy,
            "degraded" => Status::Degraded,
            "failed" => Status::Failed,
            "unknown" => Status::Unknown,
            _ => return None,
        })
    }

    /// The status as one letter (`h`, `d`, `f`, `u`: a heartbeat's columns, `api::Heartbeat`).
    pub fn letter(self) -> char {
        match self {
            Status::Healthy => 'h',
            Status::Degraded => 'd',
            Status::Failed => 'f',
            Status::Unknown => 'u',
        }
    }

    /// Severity order used to colour a region by its worst component.
    pub fn badness(self) -> u8 {
        match self {
            Status::Healthy => 0,
            Status::Unknown => 1,
            Status::Degraded => 2,
            Status::Failed => 3,
        }
    }
}

/// The six regions of the lab cluster.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum Region {
    UsEast,
    UsWest,
    EuWest,
    EuCentral,
    AsiaPacific,
    SaEast,
}

impl Region {
    pub const ALL: [Region; 6] =
        [Region::UsEast, Region::UsWest, Region::EuWest, Region::EuCentral, Region::AsiaPacific, Region::SaEast];

    pub fn as_str(self) -> &'static str {
        match self {
            Region::UsEast => "us-east",
            Region::UsWest => "us-west",
            Region::EuWest => "eu-west",
            Region::EuCentral => "eu-central",
            Region::AsiaPacific => "asia-pacific",
            Region::SaEast => "sa-east",
        }
    }

    /// Accepts the canonical names and cloud-style spellings such as `us-east-1`.
    pub fn parse(s: &str) -> Option<Region> {
        let s = s.trim().to_ascii_lowercase().replace('_', "-");
        let base = match s.rsplit_once('-') {
            Some((head, tail)) if tail.chars().all(|c| c.is_ascii_digit()) => head.to_string(),
            _ => s,
        };
        Region::ALL.into_iter().find(|r| r.as_str() == base)
    }
}

impl std::fmt::Display for Region {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Well-known metric names recorded for every component (`<component>` is the series tag).
pub mod metric {
    pub const UP: &str = "up";
    pub const RESPONSE_TIME: &str = "response_time_seconds";
    pub const ERROR_RATE: &str = "error_rate";
    pub const CPU: &str = "cpu_usage";
    pub const MEMORY: &str = "memory_bytes";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn region_aliases() {
        assert_eq!(Region::parse("us-east-1"), Some(Region::UsEast));
        assert_eq!(Region::parse("EU_CENTRAL"), Some(Region::EuCentral));
        assert_eq!(Region::parse("asia-pacific"), Some(Region::AsiaPacific));
        assert_eq!(Region::parse("mars-north"), None);
    }
}
