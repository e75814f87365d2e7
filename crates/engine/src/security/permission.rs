//! Permissions and the built-in roles (`Permission`).

use std::collections::BTreeSet;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What a principal may do. Every API route and command declares exactly one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[ts(export)]
pub enum Permission {
    AdminAccess,
    ManageComponents,
    TriggerHealing,
    ReadMetrics,
    MonitorHealth,
    ExportReports,
    ManageUsers,
    ViewAudit,
}

impl Permission {
    pub const ALL: [Permission; 8] = [
        Permission::AdminAccess,
        Permission::ManageComponents,
        Permission::TriggerHealing,
        Permission::ReadMetrics,
        Permission::MonitorHealth,
        Permission::ExportReports,
        Permission::ManageUsers,
        Permission::ViewAudit,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Permission::AdminAccess => "ADMIN_ACCESS",
            Permission::ManageComponents => "MANAGE_COMPONENTS",
            Permission::TriggerHealing => "TRIGGER_HEALING",
            Permission::ReadMetrics => "READ_METRICS",
            Permission::MonitorHealth => "MONITOR_HEALTH",
            Permission::ExportReports => "EXPORT_REPORTS",
            Permission::ManageUsers => "MANAGE_USERS",
            Permission::ViewAudit => "VIEW_AUDIT",
        }
    }

    /// Permissions whose use changes the lab or the accounts; bursts of them are a finding,
    /// and asking for them without holding them counts as a privilege-escalation attempt.
    pub fn is_sensitive(self) -> bool {
        matches!(
            self,
            Permission::AdminAccess | Permission::ManageUsers | Permission::ViewAudit | Permission::ManageComponents
        )
    }
}

impl fmt::Display for Permission {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "unknown permission `{0}` (expected one of ADMIN_ACCESS, MANAGE_COMPONENTS, TRIGGER_HEALING, READ_METRICS, MONITOR_HEALTH, EXPORT_REPORTS, MANAGE_USERS, VIEW_AUDIT)"
)]
pub struct UnknownPermission(pub String);

impl FromStr for Permission {
    type Err = UnknownPermission;
    /// Accepts `READ_METRICS`, `read_metrics` and `read-metrics`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let norm = s.trim().to_ascii_uppercase().replace('-', "_");
        Permission::ALL.into_iter().find(|p| p.as_str() == norm).ok_or_else(|| UnknownPermission(s.to_string()))
    }
}

/// A set of permissions, stored as comma-separated names.
pub type PermissionSet = BTreeSet<Permission>;

pub fn parse_set(s: &str) -> Result<PermissionSet, UnknownPermission> {
    s.split(',').map(str::trim).filter(|p| !p.is_empty()).map(Permission::from_str).collect()
}

pub fn format_set(set: &PermissionSet) -> String {
    set.iter().map(|p| p.as_str()).collect::<Vec<_>>().join(",")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_in_every_spelling() {
        for p in Permission::ALL {
            assert_eq!(p.as_str().parse::<Permission>().unwrap(), p);
            assert_eq!(p.as_str().to_lowercase().parse::<Permission>().unwrap(), p);
            assert_eq!(p.as_str().to_lowercase().replace('_', "-").parse::<Permission>().unwrap(), p);
            assert_eq!(serde_json::to_string(&p).unwrap(), format!("\"{}\"", p.as_str()));
        }
        assert!("root".parse::<Permission>().is_err());
        let set = parse_set("read_metrics, MONITOR_HEALTH").unwrap();
        assert_eq!(format_set(&set), "READ_METRICS,MONITOR_HEALTH");
    }
}
