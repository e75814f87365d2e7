//! Healing requests at the boundary: a maintenance window as `POST /api/healing/maintenance`
//! and the app's `add_maintenance_window` command take it.

use serde::Deserialize;
use ts_rs::TS;

use crate::api::{ApiError, ErrorCode};
use crate::heal::policy::MaintenanceWindow;

/// A maintenance window to add: `component` (none: every component), `from_ms` (default now)
/// and exactly one of `to_ms` and `duration_s`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct MaintenanceRequest {
    #[ts(optional)]
    pub component: Option<String>,
    #[ts(optional, type = "number")]
    pub from_ms: Option<i64>,
    #[ts(optional, type = "number")]
    pub to_ms: Option<i64>,
    #[ts(optional, type = "number")]
    pub duration_s: Option<i64>,
}

impl MaintenanceRequest {
    /// The window it asks for, starting `now_ms` unless it says otherwise.
    pub fn window(&self, now_ms: i64) -> Result<MaintenanceWindow, ApiError> {
        let from_ms = self.from_ms.unwrap_or(now_ms);
        let to_ms = match (self.to_ms, self.duration_s) {
            (Some(t), None) => t,
            (None, Some(d)) => from_ms + d * 1000,
            _ => {
                return Err(ApiError::said(
                    ErrorCode::BadRequest,
                    crate::heal::timeline::Msg::new("api-error-maintenance-end")
                        .text("to", "to_ms")
                        .text("duration", "duration_s"),
                ));
            }
        };
        Ok(MaintenanceWindow { component: self.component.clone().filter(|c| !c.is_empty()), from_ms, to_ms })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maintenance_windows() {
        let r =
            |to_ms, duration_s| MaintenanceRequest { component: Some(String::new()), from_ms: None, to_ms, duration_s };
        assert_eq!(
            r(None, Some(60)).window(1000).unwrap(),
            MaintenanceWindow { component: None, from_ms: 1000, to_ms: 61_000 }
        );
        assert_eq!(r(Some(5000), None).window(1000).unwrap().to_ms, 5000);
        for bad in [r(None, None), r(Some(5000), Some(60))] {
            assert_eq!(bad.window(1000).unwrap_err().code, ErrorCode::BadRequest);
        }
    }
}
