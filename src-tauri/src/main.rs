//! Pipeline Guard desktop app: a thin Tauri 2 shell. The engine runs in the app's tokio runtime
//! (Tauri's async runtime) with its SQLite history; commands (`commands.rs`) are one-line
//! adapters over the engine API, each checked through the engine's security mechanism for the
//! OS user at the app (`operator.rs`); engine events reach the window from one place
//! (`events.rs`); errors reach the UI as `{code, message}`.
//!
//! Usage: `pipeline-guard-app [--config CONFIG] [--db PATH]` (or `PIPELINE_GUARD_CONFIG`).
//! Without a config it starts on the remembered choice, else it shows the welcome screen
//! (`welcome.rs`: the demo lab, a config file, or the starter config of `first_run.rs`). `pipeline-guard demo` starts it on the embedded demo lab.

mod commands;
mod events;
mod first_run;
#[cfg(test)]
mod generated;
mod notify;
mod operator;
mod welcome;

use std::path::PathBuf;

use guard_engine::{GuardOptions, PipelineGuard};
use tauri::RunEvent;

use crate::commands::AppState;

const USAGE: &str = "usage: pipeline-guard-app [--config CONFIG] [--db PATH] (or set PIPELINE_GUARD_CONFIG; default: the choice made on the welcome screen at the first start)";

struct Args {
    /// `None`: the default config of `first_run.rs`.
    config: Option<PathBuf>,
    db: Option<PathBuf>,
}

fn parse_args(args: impl IntoIterator<Item = std::ffi::OsString>) -> Result<Args, String> {
    let mut config = std::env::var_os("PIPELINE_GUARD_CONFIG").filter(|v| !v.is_empty()).map(PathBuf::from);
    let mut db = None;
    let mut it = args.into_iter();
    while let Some(a) = it.next() {
        match a.to_str() {
            Some("--config") => config = Some(it.next().ok_or("--config needs a path")?.into()),
            Some("--db") => db = Some(it.next().ok_or("--db needs a path")?.into()),
            Some("-h" | "--help") => return Err(USAGE.into()),
            _ => return Err(format!("unexpected argument {a:?}; {USAGE}")),
        }
    }
    Ok(Args { config, db })
}

/// WebKitGTK's accelerated compositing keeps a GL context and its buffers in the web process
/// (with Mesa's software renderer where there is no GPU, as under Xvfb): about 120 MB of the
/// app's memory for a dashboard that does not need it (BENCHMARKS.md, "First data on screen,
/// idle memory"). Off unless the operator asks for it with `PIPELINE_GUARD_GPU_COMPOSITING=1`
/// or has set WebKit's own variable.
fn webkit_environment() {
    let wants_gpu = std::env::var_os("PIPELINE_GUARD_GPU_COMPOSITING").is_some_and(|v| v == "1");
    if !wants_gpu && std::env::var_os("WEBKIT_DISABLE_COMPOSITING_MODE").is_none() {
        // SAFETY: called first thing in `main`, before any other thread exists.
        unsafe { std::env::set_var("WEBKIT_DISABLE_COMPOSITING_MODE", "1") };
    }
}

fn main() {
    webkit_environment();
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "warn".into()))
        .with_writer(std::io::stderr)
        .init();
    let args = parse_args(std::env::args_os().skip(1)).unwrap_or_else(|e| {
        eprintln!("pipeline-guard-app: {e}");
        std::process::exit(2);
    });
    let lang = guard_i18n::Lang::from_env();
    // With a config named: start on it (errors on stderr, like the CLI). Without: the remembered
    // start, or the welcome screen (`welcome.rs`), where a config that does not load is shown.
    let (welcome, started) = match args.config {
        Some(config_path) => {
            // The same loader as `serve` (size cap, text and YAML limits), messages in the OS language.
            let cfg = guard_engine::config::load_file_in(&config_path, lang).unwrap_or_else(|e| {
                eprintln!("{e}");
                std::process::exit(2);
            });
            // The engine's tasks live on Tauri's tokio runtime, next to the commands that call it.
            let guard = tauri::async_runtime::block_on(PipelineGuard::start(
                cfg,
                GuardOptions { db_path: args.db, log_dir: None },
            ))
            .unwrap_or_else(|e| {
                eprintln!("pipeline-guard-app: {e}");
                std::process::exit(1);
            });
            (welcome::Welcome::running(lang), Some((guard, config_path)))
        }
        None => {
            let paths = first_run::DefaultPaths::from_env(|k| std::env::var_os(k)).unwrap_or_else(|e| {
                eprintln!("pipeline-guard-app: {e}");
                std::process::exit(2);
            });
            match welcome::remembered(&paths) {
                None => (welcome::Welcome::waiting(paths, args.db, lang, None), None),
                Some(r) => match tauri::async_runtime::block_on(welcome::start(&r, &paths, args.db.clone(), lang)) {
                    Ok((guard, config)) => (welcome::Welcome::running(lang), Some((guard, config))),
                    Err(e) => {
                        tracing::warn!(file = %e.file, "the remembered config does not load: showing the welcome screen");
                        (welcome::Welcome::waiting(paths, args.db, lang, Some(e)), None)
                    }
                },
            }
        }
    };
    // The engine's state when one started here (its desktop-notification choice loaded before
    // the first event); installed in `setup`, or later by the welcome screen.
    let running = started.map(|(guard, config)| (tauri::async_runtime::block_on(welcome::prepare(guard)), config));
    let on_error = running.as_ref().map(|(state, _)| state.guard.clone());
    let app = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        // System notifications for critical incidents and failed healing (`notify.rs`), sent
        // from Rust: the window is granted none of the plugin's commands.
        .plugin(tauri_plugin_notification::init())
        .manage(welcome)
        .setup(move |app| {
            use tauri::Manager;
            match running {
                Some((state, config)) => welcome::install(app.handle(), state, &config),
                None => {
                    if let Some(w) = app.get_webview_window("main") {
                        let _ = w.set_title("Pipeline Guard");
                    }
                }
            }
            Ok(())
        })
        .invoke_handler(commands::handler())
        .build(tauri::generate_context!());
    let app = match app {
        Ok(a) => a,
        Err(e) => {
            eprintln!("pipeline-guard-app: cannot open the window: {e}");
            if let Some(guard) = on_error {
                let _ = tauri::async_runtime::block_on(guard.shutdown());
            }
            std::process::exit(1);
        }
    };
    app.run(move |app, event| {
        use tauri::Manager;
        // The engine, if one runs (started here or from the welcome screen).
        if let (RunEvent::Exit, Some(state)) = (event, app.try_state::<AppState>()) {
            // Stop the supervised children and flush the history before the process ends.
            if let Err(e) = tauri::async_runtime::block_on(state.guard.shutdown()) {
                eprintln!("pipeline-guard-app: shutdown: {e}");
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arguments() {
        let a = parse_args(["--config", "lab.yaml", "--db", "g.db"].map(Into::into)).unwrap();
        assert_eq!((a.config, a.db), (Some(PathBuf::from("lab.yaml")), Some(PathBuf::from("g.db"))));
        // No arguments is a start from the desktop menu: the default config.
        if std::env::var_os("PIPELINE_GUARD_CONFIG").is_none() {
            assert_eq!(parse_args(std::iter::empty()).unwrap().config, None);
        }
        for (bad, want) in [
            (&["--config"][..], "--config needs a path"),
            (&["--frobnicate"][..], "unexpected argument"),
            (&["--help"][..], "usage:"),
        ] {
            let e = parse_args(bad.iter().map(Into::into)).err().unwrap();
            assert!(e.contains(want), "{bad:?}: {e}");
        }
    }
}
