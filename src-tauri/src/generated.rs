//! Files generated from the boundary table (`guard_engine::boundary::ops::OPS`) and committed:
//! the app's build-time command list (`src/command_names.rs`, read by build.rs: a command not
//! listed cannot be granted to the window), the window's capability
//! (`capabilities/default.json`) and the UI's operation map (`ui/src/lib/backend/ops.ts`: each
//! operation's HTTP route and whether the app has a command for it, so the UI's clients name
//! no route or command the engine does not declare). `cargo test --workspace` rewrites them
//! when the table changes (as ts-rs does the bindings); `scripts/check-bindings.sh` fails
//! `make test` when the committed copies are stale.

use guard_engine::boundary::ops::{self, Op};

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

/// Each generated file, by its path from the workspace root.
pub fn files() -> Vec<(&'static str, String)> {
    vec![("src-tauri/src/command_names.rs", command_names()), ("src-tauri/capabilities/default.json", capability()), ("ui/src/lib/backend/ops.ts", ts_ops())]
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
    }
}
