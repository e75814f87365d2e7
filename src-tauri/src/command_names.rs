// Every Tauri command of the app, by name. Included by build.rs (the app manifest: a command
// not listed here cannot be granted to the window) and by src/commands.rs (whose tests check
// that this list, the permission table and capabilities/default.json agree).
#[allow(dead_code)] // read by build.rs and by the tests
pub const COMMAND_NAMES: &[&str] = &[
    "session",
    "overview",
    "components",
    "component",
    "samples",
    "timeline",
    "incidents",
    "healing_stats",
    "plan",
    "heal",
    "set_healing_paused",
    "subscribe_events",
    "findings",
    "forecast",
    "threshold_rules",
    "regions",
    "set_region_active",
    "validate_data_operation",
    "compliance_report",
];
