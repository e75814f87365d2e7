//! `pipeline-guard demo`: the embedded default lab. Six real `labsvc` children, one per region,
//! guarded with HTTP checks, with a scripted fault injected every `--fault-every` seconds.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use guard_engine::config;

use crate::CliError;
use crate::i18n::tr;

const DEMO_CONFIG: &str = include_str!("../demo/demo.yaml");

/// The six services: name, region.
pub const SERVICES: [(&str, &str); 6] = [
    ("checkout-api", "us-east"),
    ("media-cdn", "us-west"),
    ("orders-db", "eu-west"),
    ("payments", "eu-central"),
    ("search", "asia-pacific"),
    ("inventory", "sa-east"),
];

/// The scripted faults, in order; each lasts `for` seconds where that applies.
const FAULTS: [(&str, &str); 6] = [
    ("crash", ""),
    ("http500", "for=20"),
    ("slow", "for=20&ms=1500"),
    ("hang", "for=15"),
    ("leak", "mb_per_s=5"),
    ("crashloop", "n=3"),
];

pub struct DemoOptions {
    pub headless: bool,
    pub listen: SocketAddr,
    pub db: Option<PathBuf>,
    pub port_base: u16,
    pub fault_every: u64,
    pub ui_dir: Option<PathBuf>,
    pub print_config: bool,
}

/// `labsvc` sits beside the `pipeline-guard` binary (a build), or in `../lib/pipeline-guard/`
/// (the installed packages: `/usr/lib/pipeline-guard/labsvc`, not on the PATH).
fn labsvc_path() -> Result<PathBuf, CliError> {
    let exe = std::env::current_exe().map_err(|e| CliError::Runtime(e.to_string()))?;
    let p = exe.with_file_name("labsvc");
    let installed = exe.parent().and_then(Path::parent).map(|usr| usr.join("lib/pipeline-guard/labsvc"));
    match installed {
        _ if p.is_file() => Ok(p),
        Some(i) if i.is_file() => Ok(i),
        _ => Err(CliError::Runtime(tr(
            "cli-demo-labsvc-missing",
            &[("path", p.display().to_string().into()), ("command", "cargo build --bin labsvc".into())],
        ))),
    }
}

fn data_dir() -> PathBuf {
    std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
        .unwrap_or_else(std::env::temp_dir)
        .join("pipeline-guard")
}

/// The demo config text for these ports and this `labsvc`.
pub fn demo_config_text(labsvc: &Path, port_base: u16, db: &Path) -> String {
    let mut text =
        DEMO_CONFIG.replace("{labsvc}", &labsvc.display().to_string()).replace("{db}", &db.display().to_string());
    for i in 0..6 {
        text = text.replace(&format!("{{port{i}}}"), &(port_base + i as u16).to_string());
    }
    text
}

pub async fn run(o: DemoOptions) -> Result<(), CliError> {
    let labsvc = labsvc_path()?;
    let db = o.db.clone().unwrap_or_else(|| data_dir().join("demo.db"));
    let text = demo_config_text(&labsvc, o.port_base, &db);
    if o.print_config {
        print!("{text}");
        return Ok(());
    }
    let base = std::env::temp_dir();
    let cfg =
        config::load_str_in(&text, "<embedded demo config>", &base, &std::env::vars().collect(), crate::i18n::lang())
            .map_err(|e| CliError::Runtime(format!("{}\n{e}", tr("cli-demo-config-invalid", &[]))))?;
    for i in 0..6u16 {
        let port = o.port_base + i;
        if std::net::TcpListener::bind(("127.0.0.1", port)).is_err() {
            return Err(CliError::Runtime(tr(
                "cli-demo-port-busy",
                &[("port", port.to_string().into()), ("option", "--port-base".into())],
            )));
        }
    }
    if !o.headless && (std::env::var_os("DISPLAY").is_some() || std::env::var_os("WAYLAND_DISPLAY").is_some()) {
        match app_path() {
            Some(app) => match run_desktop(&app, &text, &db, o.port_base, o.fault_every).await? {
                Desktop::Closed => return Ok(()),
                Desktop::NoWindow(why) => eprintln!("{}", tr("cli-demo-no-window", &[("reason", why.into())])),
            },
            None => eprintln!("{}", tr("cli-demo-no-app", &[("command", "cargo build -p pipeline-guard-app".into())])),
        }
    }
    let port_base = o.port_base;
    let fault_every = o.fault_every;
    let on_ready: Box<dyn FnOnce(&guard_engine::PipelineGuard, SocketAddr) + Send> = Box::new(move |_g, addr| {
        let url = format!("http://{addr}/");
        println!("{}", tr("cli-demo-open-browser", &[("url", url.as_str().into())]));
        if fault_every > 0 {
            tokio::spawn(inject_faults(port_base, Duration::from_secs(fault_every)));
        }
    });
    crate::server::serve(cfg, Some(db), o.listen, o.ui_dir, Some(on_ready)).await
}

/// The desktop app (`pipeline-guard-app`) beside this binary, if it was built.
fn app_path() -> Option<PathBuf> {
    let p = std::env::current_exe().ok()?.with_file_name("pipeline-guard-app");
    p.is_file().then_some(p)
}

enum Desktop {
    /// The user closed the window (or stopped this process).
    Closed,
    /// The app failed at once (no usable display, missing libraries): serve the web UI instead.
    NoWindow(String),
}

/// Open the desktop app on the demo lab: the app runs the engine (and so the lab services); this
/// process writes the config for it, injects the scripted faults and waits for the window to close.
async fn run_desktop(app: &Path, text: &str, db: &Path, port_base: u16, fault_every: u64) -> Result<Desktop, CliError> {
    let dir = db.parent().map(Path::to_path_buf).unwrap_or_else(std::env::temp_dir);
    std::fs::create_dir_all(&dir).map_err(|e| {
        CliError::Runtime(tr(
            "cli-error-cannot-create",
            &[("file", dir.display().to_string().into()), ("detail", e.to_string().into())],
        ))
    })?;
    let cfg_path = dir.join("demo.yaml");
    std::fs::write(&cfg_path, text).map_err(|e| crate::i18n::cannot_write(&cfg_path, &e))?;
    println!("{}", tr("cli-demo-open-desktop", &[]));
    let started = std::time::Instant::now();
    let mut child = tokio::process::Command::new(app)
        .arg("--config")
        .arg(&cfg_path)
        .arg("--db")
        .arg(db)
        .kill_on_drop(true)
        .spawn()
        .map_err(|e| {
            CliError::Runtime(tr(
                "cli-error-cannot-start",
                &[("program", app.display().to_string().into()), ("detail", e.to_string().into())],
            ))
        })?;
    let faults = (fault_every > 0).then(|| tokio::spawn(inject_faults(port_base, Duration::from_secs(fault_every))));
    let status = tokio::select! {
        s = child.wait() => s.map_err(|e| CliError::Runtime(e.to_string()))?,
        _ = crate::server::shutdown_signal() => {
            let _ = child.start_kill();
            child.wait().await.map_err(|e| CliError::Runtime(e.to_string()))?
        }
    };
    if let Some(f) = faults {
        f.abort();
    }
    match status.success() {
        true => Ok(Desktop::Closed),
        false if started.elapsed() < Duration::from_secs(10) => {
            Ok(Desktop::NoWindow(tr("cli-demo-app-exited", &[("status", status.to_string().into())])))
        }
        false => Err(CliError::Runtime(tr("cli-demo-app-exited", &[("status", status.to_string().into())]))),
    }
}

/// Every `every`, send the next scripted fault to the next service.
async fn inject_faults(port_base: u16, every: Duration) {
    let mut i = 0usize;
    loop {
        tokio::time::sleep(every).await;
        let svc = i % SERVICES.len();
        let (fault, query) = FAULTS[i % FAULTS.len()];
        let port = port_base + svc as u16;
        let path = if query.is_empty() { format!("/fault/{fault}") } else { format!("/fault/{fault}?{query}") };
        match post(port, &path).await {
            Ok(()) => tracing::info!(service = SERVICES[svc].0, fault, "demo: injected a fault"),
            Err(e) => tracing::warn!(service = SERVICES[svc].0, fault, error = %e, "demo: could not inject a fault"),
        }
        i += 1;
    }
}

/// A minimal HTTP/1.1 POST over loopback (no body).
async fn post(port: u16, path: &str) -> std::io::Result<()> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut s = tokio::time::timeout(Duration::from_secs(2), tokio::net::TcpStream::connect(("127.0.0.1", port)))
        .await
        .map_err(|_| std::io::Error::other("connect timed out"))??;
    s.write_all(
        format!("POST {path} HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-length: 0\r\nconnection: close\r\n\r\n").as_bytes(),
    )
    .await?;
    let mut buf = [0u8; 64];
    let _ = tokio::time::timeout(Duration::from_secs(2), s.read(&mut buf)).await;
    Ok(())
}
