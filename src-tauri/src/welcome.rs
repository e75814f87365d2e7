//! The welcome screen: started without a config (no `--config`, no `PIPELINE_GUARD_CONFIG`) and
//! with no remembered choice, the app opens its window without an engine and the UI shows the
//! welcome screen (`ui/src/Welcome.svelte`) offering three starts: the demo lab (the embedded
//! config `pipeline-guard demo` runs), a config file picked in the native file dialog
//! (tauri-plugin-dialog, called from Rust: the window gets no dialog grant), or a new config
//! from the starter template in the XDG config folder (`first_run.rs`). The engine starts on
//! the chosen config in this process; only once it runs is the choice remembered
//! (`$XDG_CONFIG_HOME/pipeline-guard/start.json`), so the next start goes straight to the
//! dashboard. A config that does not load (then or at a later start) is shown in the window with
//! the validator's `FILE:LINE:COL` messages, and the welcome screen offers the three starts again.

use std::path::{Path, PathBuf};

use guard_engine::api::ErrorCode;
use guard_engine::boundary::ops::{self, Access};
use guard_engine::heal::timeline::Msg;
use guard_engine::{GuardOptions, PipelineGuard};
use guard_i18n::Lang;
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Manager, Runtime, State};

use crate::commands::{AppState, CmdError};
use crate::first_run::DefaultPaths;
use crate::operator::Operator;

/// The remembered start, `start.json` beside the default config.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "start", rename_all = "snake_case")]
pub enum Remembered {
    /// The embedded demo lab (its config and database in the XDG data folder).
    Demo,
    /// A config file.
    Config { path: PathBuf },
}

/// What the operator picked on the welcome screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum WelcomeChoice {
    /// Run the demo lab.
    Demo,
    /// Pick a config file in the native file dialog.
    Open,
    /// Write the starter config in the XDG config folder (kept if it exists) and run it.
    Create,
}

/// A start that failed: the config file and the validator's messages (`FILE:LINE:COL: …`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct StartError {
    pub file: String,
    pub message: String,
}

/// The welcome screen's state, as the window reads it.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct WelcomeView {
    /// `true`: no engine runs yet, the window shows the welcome screen; `false`: the dashboard.
    pub needed: bool,
    /// The system's language (`LC_ALL`, `LC_MESSAGES`, `LANG`), one of the ten.
    pub lang: String,
    /// Where "create" writes the starter config.
    pub template_path: String,
    /// Why the last start failed, if it did.
    pub error: Option<StartError>,
}

enum Phase {
    Welcome(Option<StartError>),
    Running,
}

/// Managed by the app in every start (with `--config` it is `Running` from the beginning).
pub struct Welcome {
    paths: Option<DefaultPaths>,
    db: Option<PathBuf>,
    lang: Lang,
    phase: tokio::sync::Mutex<Phase>,
}

impl Welcome {
    /// The engine already runs (started with `--config`).
    pub fn running(lang: Lang) -> Welcome {
        Welcome { paths: None, db: None, lang, phase: tokio::sync::Mutex::new(Phase::Running) }
    }

    /// No engine yet: the window shows the welcome screen, with `error` if a start failed.
    pub fn waiting(paths: DefaultPaths, db: Option<PathBuf>, lang: Lang, error: Option<StartError>) -> Welcome {
        Welcome { paths: Some(paths), db, lang, phase: tokio::sync::Mutex::new(Phase::Welcome(error)) }
    }

    /// The gate of the welcome commands: their rows are public (there is no engine, and so no
    /// account store, before a config is chosen; the window is the OS user's own).
    pub async fn gate(&self, cmd: &str) -> Result<(), CmdError> {
        match ops::op(cmd) {
            Some(o) if o.command && o.access == Access::Public => Ok(()),
            _ => Err(CmdError::said(
                ErrorCode::Internal,
                Msg::new("app-error-not-public-command")
                    .text("command", cmd)
                    .text("table", "guard_engine::boundary::ops::OPS"),
            )),
        }
    }

    fn view(&self, phase: &Phase) -> WelcomeView {
        let (needed, error) = match phase {
            Phase::Welcome(e) => (true, e.clone()),
            Phase::Running => (false, None),
        };
        WelcomeView {
            needed,
            lang: self.lang.code().to_string(),
            template_path: self.paths.as_ref().map(|p| p.config.display().to_string()).unwrap_or_default(),
            error,
        }
    }
}

/// `start.json` beside the default config.
pub fn remembered_path(paths: &DefaultPaths) -> PathBuf {
    paths.config.with_file_name("start.json")
}

/// The remembered start; an existing default config counts as chosen (it was written by an
/// earlier version, or by the operator). An unreadable `start.json` is ignored (logged).
pub fn remembered(paths: &DefaultPaths) -> Option<Remembered> {
    let file = remembered_path(paths);
    match std::fs::read_to_string(&file) {
        Ok(text) => match serde_json::from_str(&text) {
            Ok(r) => return Some(r),
            Err(e) => tracing::warn!(file = %file.display(), error = %e, "ignoring an unreadable remembered start"),
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => tracing::warn!(file = %file.display(), error = %e, "cannot read the remembered start"),
    }
    paths.config.is_file().then(|| Remembered::Config { path: paths.config.clone() })
}

fn remember(paths: &DefaultPaths, r: &Remembered) -> Result<(), String> {
    let file = remembered_path(paths);
    let dir = file.parent().expect("a folder");
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let tmp = file.with_extension("json.tmp");
    std::fs::write(&tmp, serde_json::to_string_pretty(r).expect("json") + "\n")
        .and_then(|_| std::fs::rename(&tmp, &file))
        .map_err(|e| format!("cannot write {}: {e}", file.display()))
}

/// The demo lab's config, written by the `pipeline-guard` CLI beside this binary (the one
/// definition of the demo, with `labsvc` found the way `pipeline-guard demo` finds it) to
/// `<data>/demo.yaml`, on six free loopback ports.
fn write_demo_config(paths: &DefaultPaths) -> Result<PathBuf, StartError> {
    let cfg = paths.data_dir.join("demo.yaml");
    let fail = |message: String| StartError { file: cfg.display().to_string(), message };
    let cli = std::env::current_exe().map_err(|e| fail(e.to_string()))?.with_file_name("pipeline-guard");
    std::fs::create_dir_all(&paths.data_dir)
        .map_err(|e| fail(format!("cannot create {}: {e}", paths.data_dir.display())))?;
    let base = free_port_run(6).ok_or_else(|| fail("no six free loopback ports in a row".into()))?;
    let out = std::process::Command::new(&cli)
        .args(["demo", "--print-config", "--port-base", &base.to_string(), "--db"])
        .arg(paths.data_dir.join("demo.db"))
        .output()
        .map_err(|e| fail(format!("cannot run {}: {e}", cli.display())))?;
    if !out.status.success() {
        return Err(fail(format!("{}: {}", cli.display(), String::from_utf8_lossy(&out.stderr).trim())));
    }
    std::fs::write(&cfg, &out.stdout).map_err(|e| fail(format!("cannot write {}: {e}", cfg.display())))?;
    Ok(cfg)
}

/// The first of `n` consecutive loopback ports that are free now.
fn free_port_run(n: u16) -> Option<u16> {
    (0..50).find_map(|_| {
        let p = std::net::TcpListener::bind("127.0.0.1:0").ok()?.local_addr().ok()?.port();
        let free =
            p.checked_add(n).is_some() && (p..p + n).all(|q| std::net::TcpListener::bind(("127.0.0.1", q)).is_ok());
        free.then_some(p)
    })
}

/// Load the remembered start's config (the validator's messages in `lang`) and start the engine.
pub async fn start(
    r: &Remembered,
    paths: &DefaultPaths,
    db: Option<PathBuf>,
    lang: Lang,
) -> Result<(PipelineGuard, PathBuf), StartError> {
    let path = match r {
        Remembered::Demo => write_demo_config(paths)?,
        Remembered::Config { path } => path.clone(),
    };
    let file = path.display().to_string();
    let cfg = guard_engine::config::load_file_in(&path, lang)
        .map_err(|e| StartError { file: file.clone(), message: e.to_string() })?;
    let guard = PipelineGuard::start(cfg, GuardOptions { db_path: db, log_dir: None })
        .await
        .map_err(|e| StartError { file, message: e.to_string() })?;
    Ok((guard, path))
}

/// The window's title names the config in use (the product name alone would hide which one).
pub fn title(config: &Path) -> String {
    format!("Pipeline Guard — {}", config.display())
}

/// The commands' state for a started engine, with the operator's saved choice of desktop
/// notifications loaded before the first event.
pub async fn prepare(guard: PipelineGuard) -> AppState {
    let state = AppState::new(guard, Operator::from_os());
    state.desktop.load(&state.guard, state.operator.account()).await;
    state
}

/// Hand a started engine to the commands, start its desktop notifications (`notify.rs`) and
/// name its config in the title.
pub fn install<R: Runtime>(app: &AppHandle<R>, state: AppState, config: &Path) {
    let (guard, desktop) = (state.guard.clone(), state.desktop.clone());
    app.manage(state);
    crate::notify::start(app.clone(), &guard, desktop);
    if let Some(w) = app.get_webview_window("main") {
        let _ = w.set_title(&title(config));
    }
}

/// The native file dialog (GTK) titled in the system's language, YAML files only; `None` when
/// cancelled.
async fn pick_file<R: Runtime>(app: &AppHandle<R>, lang: Lang) -> Option<PathBuf> {
    use tauri_plugin_dialog::DialogExt;
    let (tx, rx) = tokio::sync::oneshot::channel();
    let title = guard_i18n::Localizer::embedded()
        .with_bidi(guard_i18n::BidiIsolation::Never)
        .translate("ui-welcome-open", lang);
    let mut d = app.dialog().file().set_title(title).add_filter("YAML", &["yaml", "yml"]);
    if let Some(w) = app.get_webview_window("main") {
        d = d.set_parent(&w);
    }
    d.pick_file(move |p| {
        let _ = tx.send(p);
    });
    rx.await.ok().flatten().and_then(|p| p.into_path().ok())
}

/// Whether the welcome screen is needed, in which language, and why the last start failed.
#[tauri::command]
pub async fn welcome(s: State<'_, Welcome>) -> Result<WelcomeView, CmdError> {
    s.gate("welcome").await?;
    let phase = s.phase.lock().await;
    Ok(s.view(&phase))
}

/// Start on the operator's choice: the engine runs and the choice is remembered (`needed:
/// false`; the window then shows the dashboard), or the welcome screen stays with the error.
/// Cancelling the file dialog changes nothing. Once the engine runs, a choice is a conflict.
#[tauri::command]
pub async fn welcome_choose<R: Runtime>(
    app: AppHandle<R>,
    s: State<'_, Welcome>,
    choice: WelcomeChoice,
) -> Result<WelcomeView, CmdError> {
    s.gate("welcome_choose").await?;
    let mut phase = s.phase.lock().await;
    let (Phase::Welcome(_), Some(paths)) = (&*phase, s.paths.clone()) else {
        return Err(CmdError::said(ErrorCode::Conflict, Msg::new("app-error-engine-running")));
    };
    // What the OS or the runtime said stays an argument.
    let internal = |m: String| CmdError::said(ErrorCode::Internal, Msg::new("app-error-internal").text("detail", m));
    let r = match choice {
        WelcomeChoice::Demo => Remembered::Demo,
        WelcomeChoice::Create => Remembered::Config { path: paths.ensure().map_err(internal)?.0 },
        WelcomeChoice::Open => match pick_file(&app, s.lang).await {
            Some(path) => Remembered::Config { path },
            None => return Ok(s.view(&phase)),
        },
    };
    // The engine's start is driven on a blocking thread of the runtime (as `main` drives it with
    // `block_on`): its future is not `Send` for every lifetime, which a command's future must be.
    let (db, lang, chosen) = (s.db.clone(), s.lang, r.clone());
    let started = {
        let paths = paths.clone();
        tauri::async_runtime::spawn_blocking(move || tauri::async_runtime::block_on(start(&chosen, &paths, db, lang)))
            .await
            .map_err(|e| internal(e.to_string()))?
    };
    match started {
        Ok((guard, config)) => {
            if let Err(e) = remember(&paths, &r) {
                tracing::warn!(error = %e, "the choice is not remembered: the next start shows the welcome screen again");
            }
            tracing::info!(config = %config.display(), "welcome: started");
            install(&app, prepare(guard).await, &config);
            *phase = Phase::Running;
        }
        Err(e) => *phase = Phase::Welcome(Some(e)),
    }
    Ok(s.view(&phase))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paths(root: &Path) -> DefaultPaths {
        DefaultPaths { config: root.join("cfg/pipeline-guard/config.yaml"), data_dir: root.join("data/pipeline-guard") }
    }

    #[test]
    fn the_choice_is_remembered_next_to_the_config_and_an_existing_config_counts_as_chosen() {
        let dir = tempfile::tempdir().unwrap();
        let p = paths(dir.path());
        assert_eq!(remembered(&p), None);
        remember(&p, &Remembered::Demo).unwrap();
        assert_eq!(std::fs::read_to_string(remembered_path(&p)).unwrap(), "{\n  \"start\": \"demo\"\n}\n");
        assert_eq!(remembered(&p), Some(Remembered::Demo));
        let other = Remembered::Config { path: dir.path().join("lab.yaml") };
        remember(&p, &other).unwrap();
        assert_eq!(remembered(&p), Some(other));
        // Garbage is ignored; then the default config, once it exists, is the start.
        std::fs::write(remembered_path(&p), "{not json").unwrap();
        assert_eq!(remembered(&p), None);
        p.ensure().unwrap();
        assert_eq!(remembered(&p), Some(Remembered::Config { path: p.config.clone() }));
    }

    #[test]
    fn a_broken_config_fails_with_file_line_and_column_in_the_system_language() {
        let dir = tempfile::tempdir().unwrap();
        let p = paths(dir.path());
        let bad = dir.path().join("bad.yaml");
        std::fs::write(&bad, "components:\n  - name: api\n    check: { http: { url: 42 } }\n    frobnicate: yes\n")
            .unwrap();
        let r = Remembered::Config { path: bad.clone() };
        let Err(e) = tauri::async_runtime::block_on(start(&r, &p, None, Lang::De)) else {
            panic!("a broken config started")
        };
        assert_eq!(e.file, bad.display().to_string());
        let at = format!("{}:", bad.display());
        let line = e
            .message
            .lines()
            .find(|l| l.starts_with(&at))
            .unwrap_or_else(|| panic!("no FILE:LINE:COL in {}", e.message));
        let pos: Vec<&str> = line[at.len()..].splitn(3, ':').collect();
        assert!(pos.len() == 3 && pos[0].parse::<u32>().is_ok() && pos[1].parse::<u32>().is_ok(), "{line}");
        // A missing file is an error too, not a panic.
        let gone = Remembered::Config { path: dir.path().join("gone.yaml") };
        assert!(tauri::async_runtime::block_on(start(&gone, &p, None, Lang::En)).is_err());
    }
}
