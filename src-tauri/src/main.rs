//! Pipeline Guard desktop app: a thin Tauri 2 shell. The engine runs in the app's tokio runtime;
//! every command is a one-line adapter over the engine; engine events reach the UI as the
//! `engine-event` Tauri event from one place ([`forward_events`]); errors reach it as
//! `{code, message}` ([`CmdError`]).
//!
//! Usage: `pipeline-guard-app --config CONFIG [--db PATH]` (or `PIPELINE_GUARD_CONFIG`).

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::path::PathBuf;

use guard_engine::api::{ApiError, ComponentView, ErrorCode, Overview, SamplesView, TimelineEntry};
use guard_engine::guard::GuardError;
use guard_engine::{GuardOptions, PipelineGuard};
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Emitter, Manager, RunEvent, State};

/// An engine error as the UI receives it: a typed code and a message.
#[derive(Debug, Serialize)]
#[serde(transparent)]
struct CmdError(ApiError);

impl From<GuardError> for CmdError {
    fn from(e: GuardError) -> Self {
        let code = match &e {
            GuardError::UnknownComponent(_) => ErrorCode::NotFound,
            GuardError::BadRequest(_) => ErrorCode::BadRequest,
            GuardError::History(_) => ErrorCode::Internal,
        };
        if code == ErrorCode::Internal {
            tracing::error!(error = %e, "command failed");
        }
        CmdError(ApiError { code, message: e.to_string() })
    }
}

type Guard<'a> = State<'a, PipelineGuard>;

#[tauri::command]
fn overview(g: Guard<'_>) -> Overview {
    g.overview()
}

#[tauri::command]
fn components(g: Guard<'_>) -> Vec<ComponentView> {
    g.components()
}

#[tauri::command]
fn component(g: Guard<'_>, name: String) -> Result<ComponentView, CmdError> {
    g.component(&name).map_err(Into::into)
}

#[derive(Debug, Deserialize)]
struct SamplesQuery {
    name: String,
    metric: String,
    from: i64,
    to: i64,
    step: i64,
}

#[tauri::command]
async fn samples(g: Guard<'_>, query: SamplesQuery) -> Result<SamplesView, CmdError> {
    g.samples(&query.name, &query.metric, query.from, query.to, query.step).await.map_err(Into::into)
}

#[tauri::command]
async fn timeline(g: Guard<'_>, name: String, limit: Option<i64>) -> Result<Vec<TimelineEntry>, CmdError> {
    g.timeline(&name, limit.unwrap_or(200).clamp(1, 5000)).await.map_err(Into::into)
}

/// The one place engine events become Tauri events.
fn forward_events(app: AppHandle, guard: &PipelineGuard) {
    let mut rx = guard.subscribe();
    tauri::async_runtime::spawn(async move {
        use tokio::sync::broadcast::error::RecvError;
        loop {
            match rx.recv().await {
                Ok(ev) => {
                    let _ = app.emit("engine-event", &ev);
                }
                Err(RecvError::Lagged(n)) => tracing::debug!(skipped = n, "UI event forwarding lagged"),
                Err(RecvError::Closed) => break,
            }
        }
    });
}

struct Args {
    config: PathBuf,
    db: Option<PathBuf>,
}

fn parse_args() -> Result<Args, String> {
    let mut config = std::env::var_os("PIPELINE_GUARD_CONFIG").map(PathBuf::from);
    let mut db = None;
    let mut it = std::env::args_os().skip(1);
    while let Some(a) = it.next() {
        match a.to_str() {
            Some("--config") => config = Some(it.next().ok_or("--config needs a path")?.into()),
            Some("--db") => db = Some(it.next().ok_or("--db needs a path")?.into()),
            Some("-h" | "--help") => return Err("usage: pipeline-guard-app --config CONFIG [--db PATH]".into()),
            _ => return Err(format!("unexpected argument {a:?}; usage: pipeline-guard-app --config CONFIG [--db PATH]")),
        }
    }
    let config = config.ok_or("usage: pipeline-guard-app --config CONFIG [--db PATH] (or set PIPELINE_GUARD_CONFIG)")?;
    Ok(Args { config, db })
}

fn main() {
    tracing_subscriber::fmt().with_env_filter(tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "warn".into())).with_writer(std::io::stderr).init();
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("pipeline-guard-app: {e}");
            std::process::exit(2);
        }
    };
    let cfg = match guard_engine::config::load_file(&args.config) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    let guard = match tauri::async_runtime::block_on(PipelineGuard::start(cfg, GuardOptions { db_path: args.db, log_dir: None })) {
        Ok(g) => g,
        Err(e) => {
            eprintln!("pipeline-guard-app: {e}");
            std::process::exit(1);
        }
    };
    let app = tauri::Builder::default()
        .manage(guard.clone())
        .setup(|app| {
            let guard = app.state::<PipelineGuard>();
            forward_events(app.handle().clone(), &guard);
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![overview, components, component, samples, timeline])
        .build(tauri::generate_context!());
    let app = match app {
        Ok(a) => a,
        Err(e) => {
            eprintln!("pipeline-guard-app: cannot start the window: {e}");
            let _ = tauri::async_runtime::block_on(guard.shutdown());
            std::process::exit(1);
        }
    };
    app.run(move |_app, event| {
        if let RunEvent::Exit = event {
            if let Err(e) = tauri::async_runtime::block_on(guard.shutdown()) {
                eprintln!("pipeline-guard-app: shutdown: {e}");
            }
        }
    });
}
