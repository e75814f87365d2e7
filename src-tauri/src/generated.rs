//! Files generated from the boundary table (`guard_engine::boundary::ops::OPS`) and committed:
//! the app's build-time command list (`src/command_names.rs`, read by build.rs: a command not
//! listed cannot be granted to the window), the window's capability
//! (`capabilities/default.json`), the UI's operation map (`ui/src/lib/backend/ops.ts`: each
//! operation's HTTP route and whether the app has a command for it, so the UI's clients name
//! no route or command the engine does not declare) and the commands' signatures
//! (`ui/src/lib/backend/commands.ts`: arguments and answer of each command as ts-rs bindings,
//! checked against the command functions at compile time by `command_types!`). `cargo test --workspace` rewrites them
//! when the table changes (as ts-rs does the bindings); `scripts/check-bindings.sh` fails
//! `make test` when the committed copies are stale.

use guard_engine::boundary::ops::{self, Op};

#[allow(unused_imports)] // the types are named by `command_types!` below
use crate::commands::*;
#[allow(unused_imports)]
use guard_engine::api::{ComponentView, Overview, SamplesView, TimelineEntry};
#[allow(unused_imports)]
use guard_engine::boundary::compliance::{
    LocationView, OptimalRegionView, RegionChange, RegionState, ValidateRequest, ValidationView,
};
#[allow(unused_imports)]
use guard_engine::boundary::heal::MaintenanceRequest;
#[allow(unused_imports)]
use guard_engine::boundary::scaling::DecisionsQuery;
#[allow(unused_imports)]
use guard_engine::boundary::security::{AuditCheck, NewUser, TokenRequest};
#[allow(unused_imports)]
use guard_engine::boundary::{ComponentsQuery, FindingsQuery, IncidentsQuery, SamplesQuery};
#[allow(unused_imports)]
use guard_engine::detection::views::{ForecastView, RuleView};
#[allow(unused_imports)]
use guard_engine::front::FrontView;
#[allow(unused_imports)]
use guard_engine::heal::DryRun;
#[allow(unused_imports)]
use guard_engine::heal::autoscale::{AutoscaleChange, AutoscaleView, ScalingDecision};
#[allow(unused_imports)]
use guard_engine::heal::notifications::{
    ChannelChange, ChannelChangeResult, ChannelTestResult, ChannelView, DeliveriesPage, DeliveriesPageQuery,
    DeliveryRow, DesktopNotifyPrefs,
};
#[allow(unused_imports)]
use guard_engine::heal::plan_order::HealingQueueView;
#[allow(unused_imports)]
use guard_engine::heal::views::{ActionView, HealPlan, HealTicket, HealingOverview, HealingStats, IncidentView};
#[allow(unused_imports)]
use guard_engine::heal::work::{AssignRequest, NoteRequest};
#[allow(unused_imports)]
use guard_engine::manage::{ComponentChange, ComponentChangeResult, ComponentConfigView, ComponentDelete};
#[allow(unused_imports)]
use guard_engine::security::admin::ApiTokenView;
#[allow(unused_imports)]
use guard_engine::security::{
    AuditEntry, ErasureOutcome, Finding as SecurityFinding, IssuedToken, SessionView, UserView,
};
#[allow(unused_imports)]
use guard_report::boundary::ReportQuery;

/// The arguments and answer of every command, as the TypeScript client sees them: the types
/// are the ts-rs bindings of the Rust types. `signatures_match` makes the build fail when a
/// command function takes other arguments or answers another type than its line here.
macro_rules! command_types {
    ($($name:ident ( $($arg:ident : $ty:ty),* ) -> $ret:ty;)*) => {
        #[allow(dead_code, unreachable_code, unused_variables, clippy::diverging_sub_expression)]
        async fn signatures_match() {
            $( {
                let s: tauri::State<'static, AppState> = unreachable!();
                $( let $arg: $ty = unreachable!(); )*
                let _: Result<$ret, CmdError> = $name(s, $($arg),*).await;
            } )*
        }

        /// `(command, [(argument, TS type)], TS answer)` for every command but the two whose
        /// shapes are not JSON types (see [`command_signatures`]).
        fn typed_commands() -> Vec<(&'static str, Vec<(&'static str, String)>, String)> {
            vec![$( (stringify!($name), vec![$( (stringify!($arg), <$ty as ts_rs::TS>::name()) ),*], <$ret as ts_rs::TS>::name()) ),*]
        }
    };
}

command_types! {
    session() -> SessionView;
    overview() -> Overview;
    components(query: Option<ComponentsQuery>) -> Vec<ComponentView>;
    component(name: String) -> ComponentView;
    samples(name: String, query: SamplesQuery) -> SamplesView;
    timeline(name: String, limit: Option<i64>) -> Vec<TimelineEntry>;
    incidents(query: Option<IncidentsQuery>) -> Vec<IncidentView>;
    healing_stats() -> HealingStats;
    healing_actions(component: Option<String>, limit: Option<i64>, lang: Option<String>) -> Vec<ActionView>;
    plan(name: String, lang: Option<String>) -> HealPlan;
    heal(name: String, strategy: String, dry_run: Option<DryRun>, lang: Option<String>) -> HealTicket;
    set_healing_paused(paused: bool, component: Option<String>, lang: Option<String>) -> HealingOverview;
    findings(query: Option<FindingsQuery>) -> Vec<guard_engine::detection::Finding>;
    forecast(name: String) -> ForecastView;
    threshold_rules(name: String) -> Vec<RuleView>;
    regions() -> Vec<RegionState>;
    set_region_active(region: String, active: bool) -> RegionChange;
    validate_data_operation(request: ValidateRequest) -> ValidationView;
    save_report(query: ReportQuery) -> SavedReport;
    users() -> Vec<UserView>;
    add_user(user: NewUser) -> ();
    set_user_role(name: String, role: String) -> ();
    set_user_disabled(name: String, disabled: bool) -> ();
    erase_user(name: String) -> ErasureOutcome;
    api_tokens() -> Vec<ApiTokenView>;
    issue_token(request: TokenRequest) -> IssuedToken;
    revoke_token(jti: String) -> ();
    audit_log(limit: Option<i64>) -> Vec<AuditEntry>;
    audit_verify() -> AuditCheck;
    security_findings(limit: Option<i64>) -> Vec<SecurityFinding>;
    add_maintenance_window(request: MaintenanceRequest, lang: Option<String>) -> HealingOverview;
    notification_deliveries(limit: Option<i64>) -> Vec<DeliveryRow>;
    notification_channels() -> Vec<ChannelView>;
    test_notification_channel(name: String) -> ChannelTestResult;
    channel_deliveries(name: String, query: Option<DeliveriesPageQuery>) -> DeliveriesPage;
    desktop_notify_settings() -> DesktopNotifyPrefs;
    set_desktop_notify(prefs: DesktopNotifyPrefs) -> DesktopNotifyPrefs;
    add_notification_channel(change: ChannelChange, lang: Option<String>) -> ChannelChangeResult;
    replace_notification_channel(name: String, change: ChannelChange, lang: Option<String>) -> ChannelChangeResult;
    remove_notification_channel(name: String, lang: Option<String>) -> ChannelChangeResult;
    autoscale(lang: Option<String>) -> Vec<AutoscaleView>;
    component_autoscale(name: String, lang: Option<String>) -> AutoscaleView;
    set_component_autoscale(name: String, change: AutoscaleChange) -> AutoscaleView;
    autoscale_decisions(query: Option<DecisionsQuery>) -> Vec<ScalingDecision>;
    healing_queue() -> HealingQueueView;
    optimal_region(location: String, lang: Option<String>) -> OptimalRegionView;
    region_locations() -> Vec<LocationView>;
    front(name: String) -> FrontView;
    incident_assignees() -> Vec<String>;
    acknowledge_incident(id: i64, lang: Option<String>) -> IncidentView;
    assign_incident(id: i64, request: AssignRequest, lang: Option<String>) -> IncidentView;
    add_incident_note(id: i64, request: NoteRequest, lang: Option<String>) -> IncidentView;
    component_config(name: String) -> ComponentConfigView;
    add_component(change: ComponentChange, lang: Option<String>) -> ComponentChangeResult;
    replace_component(name: String, change: ComponentChange, lang: Option<String>) -> ComponentChangeResult;
    set_component_paused(name: String, paused: bool, lang: Option<String>) -> ComponentChangeResult;
    delete_component(name: String, delete: ComponentDelete, lang: Option<String>) -> ComponentChangeResult;
}

#[allow(dead_code, unreachable_code, unused_variables, clippy::diverging_sub_expression)]
async fn special_signatures_match() {
    let s: tauri::State<'static, AppState> = unreachable!();
    let app: tauri::AppHandle<tauri::test::MockRuntime> = unreachable!();
    let query: ReportQuery = unreachable!();
    let _: Result<tauri::ipc::Response, CmdError> = compliance_report(s, query).await;
    let _: Result<(), CmdError> = subscribe_events(app.clone(), s).await;
    let w: tauri::State<'static, crate::welcome::Welcome> = unreachable!();
    let choice: crate::welcome::WelcomeChoice = unreachable!();
    let _: Result<crate::welcome::WelcomeView, CmdError> = crate::welcome::welcome(w).await;
    let _: Result<crate::welcome::WelcomeView, CmdError> = crate::welcome::welcome_choose(app, w, choice).await;
}

/// Every command's arguments (camelCase, as Tauri takes them) and answer, as TypeScript.
/// `compliance_report` answers the report file's raw bytes; `subscribe_events` starts the
/// `engine-event` stream. JSON numbers: ts-rs says `bigint` for 64-bit integers, the IPC
/// carries them as numbers.
pub fn command_signatures() -> Vec<(&'static str, Vec<(String, String)>, String)> {
    let mut out: Vec<(&'static str, Vec<(String, String)>, String)> = typed_commands()
        .into_iter()
        .map(|(name, args, ret)| {
            (
                name,
                args.into_iter().map(|(a, t)| (camel(a), t.replace("bigint", "number"))).collect(),
                ret.replace("bigint", "number"),
            )
        })
        .collect();
    out.push(("compliance_report", vec![("query".into(), "ReportQuery".into())], "ArrayBuffer".into()));
    out.push(("subscribe_events", vec![], "null".into()));
    // The welcome screen's (`welcome.rs`): their state is the welcome screen's, not the engine's.
    out.push(("welcome", vec![], "WelcomeView".into()));
    out.push(("welcome_choose", vec![("choice".into(), "WelcomeChoice".into())], "WelcomeView".into()));
    out
}

fn camel(s: &str) -> String {
    let mut out = String::new();
    let mut up = false;
    for c in s.chars() {
        if c == '_' {
            up = true;
        } else if up {
            out.extend(c.to_uppercase());
            up = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// `src/command_names.rs`.
pub fn command_names() -> String {
    let mut out = String::from(
        "// Generated from guard_engine::boundary::ops::OPS by src/generated.rs (`cargo test --workspace`);\n\
         // do not edit. Every Tauri command of the app, by name: included by build.rs (the app\n\
         // manifest: a command not listed here cannot be granted to the window) and by the tests.\n\
         #[allow(dead_code)] // read by build.rs and by the tests\n\
         pub const COMMAND_NAMES: &[&str] = &[\n",
    );
    for o in ops::commands() {
        out.push_str(&format!("    \"{}\",\n", o.name));
    }
    out.push_str("];\n");
    out
}

/// `capabilities/default.json`: the main window may call every command (each still checks the
/// operator's permission in Rust) and listen to engine events; nothing else.
pub fn capability() -> String {
    let mut perms = vec!["core:event:allow-listen".to_string(), "core:event:allow-unlisten".to_string()];
    perms.extend(ops::commands().map(|o| ops::capability_permission(o.name)));
    let v = serde_json::json!({
        "$schema": "../gen/schemas/desktop-schema.json",
        "identifier": "default",
        "description": "The main window may call the app's own commands (each one still checks the operator's permission in Rust) and listen to engine events; nothing else (no file system, shell, HTTP or other plugins). Generated from guard_engine::boundary::ops::OPS by src/generated.rs; do not edit.",
        "windows": ["main"],
        "permissions": perms,
    });
    serde_json::to_string_pretty(&v).expect("json") + "\n"
}

fn ts_op(o: &Op) -> String {
    let http = match o.http {
        Some((m, p)) => format!("['{m}', '{p}']"),
        None => "null".into(),
    };
    format!("  {}: {{ http: {http}, command: {} }},\n", o.name, o.command)
}

/// `ui/src/lib/backend/ops.ts`.
pub fn ts_ops() -> String {
    let mut out = String::from(
        "// Generated from guard_engine::boundary::ops::OPS by src-tauri/src/generated.rs\n\
         // (`cargo test --workspace`); do not edit.\n\n\
         /** Every operation of the boundary: its HTTP route (method, path with `{param}`s) and whether\n\
         \x20*  the desktop app has a Tauri command of that name. */\n\
         export const OPS = {\n",
    );
    for o in ops::OPS {
        out.push_str(&ts_op(o));
    }
    out.push_str(
        "} as const;\n\n\
         export type OpName = keyof typeof OPS;\n\
         /** The Tauri commands. */\n\
         export type CommandName = { [K in OpName]: (typeof OPS)[K]['command'] extends true ? K : never }[OpName];\n\
         /** The operations the HTTP server offers. */\n\
         export type RouteName = { [K in OpName]: (typeof OPS)[K]['http'] extends null ? never : K }[OpName];\n\
         /** The path parameters of a route (`{name}` → `name`). */\n\
         export type RouteParams<K extends RouteName> = (typeof OPS)[K]['http'] extends readonly [string, infer P extends string] ? Params<P> : never;\n\
         type Params<P extends string> = P extends `${string}{${infer N}}${infer Rest}` ? { [k in N]: string } & Params<Rest> : {};\n",
    );
    out
}

/// `ui/src/lib/backend/commands.ts`: each command's arguments and answer.
pub fn ts_commands() -> String {
    let bindings = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/lib/bindings");
    let mut sigs = command_signatures();
    let order: Vec<&str> = ops::commands().map(|o| o.name).collect();
    sigs.sort_by_key(|(n, _, _)| order.iter().position(|o| o == n).unwrap_or(usize::MAX));
    let mut names = std::collections::BTreeSet::new();
    let mut body = String::new();
    for (name, args, ret) in &sigs {
        let fields: Vec<String> = args
            .iter()
            .map(|(a, t)| match t.strip_suffix(" | null") {
                Some(inner) => format!("{a}?: {inner} | null"),
                None => format!("{a}: {t}"),
            })
            .collect();
        for t in args.iter().map(|(_, t)| t).chain([ret]) {
            for w in t.split(|c: char| !c.is_alphanumeric()).filter(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
            {
                if bindings.join(format!("{w}.ts")).is_file() {
                    names.insert(w.to_string());
                }
            }
        }
        body.push_str(
            &format!("  {name}: {{ args: {{ {} }}; result: {ret} }};\n", fields.join("; ")).replace("{  }", "{}"),
        );
    }
    let mut out = String::from(
        "// Generated from the app's command signatures (src-tauri/src/generated.rs, `cargo test\n// --workspace`); do not edit. The types are the ts-rs bindings of the Rust types.\n",
    );
    for n in &names {
        out.push_str(&format!("import type {{ {n} }} from '../bindings/{n}';\n"));
    }
    out.push_str("\n/** Every Tauri command: its arguments (as Tauri takes them, camelCase) and its answer. */\nexport interface Commands {\n");
    out.push_str(&body);
    out.push_str("}\n");
    out
}

/// Each generated file, by its path from the workspace root.
pub fn files() -> Vec<(&'static str, String)> {
    vec![
        ("src-tauri/src/command_names.rs", command_names()),
        ("src-tauri/capabilities/default.json", capability()),
        ("ui/src/lib/backend/ops.ts", ts_ops()),
        ("ui/src/lib/backend/commands.ts", ts_commands()),
    ]
}

#[cfg(test)]
mod tests {
    /// Writes the generated files when they differ (the committed copies are then stale:
    /// `scripts/check-bindings.sh` reports them).
    #[test]
    fn generated_boundary_files_are_written_from_the_table() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        for (path, text) in super::files() {
            let file = root.join(path);
            if std::fs::read_to_string(&file).ok().as_deref() != Some(text.as_str()) {
                std::fs::write(&file, &text).unwrap_or_else(|e| panic!("{path}: {e}"));
            }
        }
        assert!(super::ts_ops().contains("  components: { http: ['GET', '/api/components'], command: true },"));
        assert!(super::capability().contains("\"allow-set-healing-paused\""));
        // Every command has its signature, and only commands do.
        let mut typed: Vec<&str> = super::command_signatures().iter().map(|(n, _, _)| *n).collect();
        let mut table: Vec<&str> = guard_engine::boundary::ops::commands().map(|o| o.name).collect();
        typed.sort();
        table.sort();
        assert_eq!(typed, table);
    }
}
