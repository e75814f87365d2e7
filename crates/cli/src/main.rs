//! `pipeline-guard`: the command line and headless server over the engine.
//!
//! Errors go to stderr; exit 2 means bad input, 1 a runtime failure; never a backtrace.

mod conn;
mod demo;
mod exposition;
mod i18n;
mod report;
mod routes;
mod security_cmd;
mod server;
mod tls;
mod ui_assets;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use guard_engine::config;

/// jemalloc instead of glibc's malloc, with one arena and freed pages handed back within a
/// second by its background thread. At 10,000 components `serve` holds ~250 MB of live heap
/// in millions of small allocations that come and go with every check; glibc kept 50–80 MB
/// of freed chunks between them (`MALLOC_ARENA_MAX=2` did not help), jemalloc with its
/// defaults about as much, mimalloc more. This setting measured 20–25 MB below both
/// (BENCHMARKS.md, "Memory of `serve` at 10,000 components"). `_RJEM_MALLOC_CONF` in the
/// environment overrides it (e.g. `narenas:4` on a many-core host with heavy API traffic).
#[global_allocator]
static GLOBAL: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

/// jemalloc's `malloc_conf` (a C string it reads at its first allocation; the crate builds it
/// with the `_rjem_` symbol prefix).
#[unsafe(export_name = "_rjem_malloc_conf")]
static MALLOC_CONF: &u8 = &b"narenas:1,background_thread:true,dirty_decay_ms:1000,muzzy_decay_ms:0\0"[0];

#[derive(Parser, Debug)]
#[command(
    name = "pipeline-guard",
    version,
    about = "Keeps a lab cluster's services alive: checks, history, self-healing."
)]
struct Cli {
    /// Language of human-readable output (en, es, de, fr, it, pt-BR, ja, zh-CN, ko, ar).
    #[arg(long, global = true, env = "PIPELINE_LANG")]
    lang: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Check a config file and report every problem as FILE:LINE:COL.
    Validate {
        /// The YAML config.
        config: PathBuf,
    },
    /// Run the engine headless and serve the API, /metrics and the web UI.
    Serve {
        #[arg(long)]
        config: PathBuf,
        /// SQLite history file (default: the config's storage.path).
        #[arg(long)]
        db: Option<PathBuf>,
        /// Address to listen on (default: the config's server.listen, 127.0.0.1:7878).
        #[arg(long)]
        listen: Option<SocketAddr>,
        /// Serve the web UI from this directory instead of the copy built into the binary (UI development).
        #[arg(long, env = "PIPELINE_UI_DIR")]
        ui_dir: Option<PathBuf>,
    },
    /// Start the embedded demo lab (six services, scripted faults) under the guard.
    Demo {
        /// Serve the UI and print its URL instead of opening the desktop app.
        #[arg(long)]
        headless: bool,
        #[arg(long, default_value = "127.0.0.1:7878")]
        listen: SocketAddr,
        /// SQLite history file (default: pipeline-guard-demo.db in the data directory).
        #[arg(long)]
        db: Option<PathBuf>,
        /// First port of the six lab services.
        #[arg(long, default_value_t = 19101)]
        port_base: u16,
        /// Seconds between scripted faults (0 turns them off).
        #[arg(long, default_value_t = 30)]
        fault_every: u64,
        #[arg(long, env = "PIPELINE_UI_DIR")]
        ui_dir: Option<PathBuf>,
        /// Write the generated demo config here and exit.
        #[arg(long)]
        print_config: bool,
    },
    /// Operator accounts.
    #[command(subcommand)]
    User(UserCmd),
    /// Custom roles.
    #[command(subcommand)]
    Role(RoleCmd),
    /// API tokens for scripts and the Alertmanager receiver.
    #[command(subcommand)]
    Token(TokenCmd),
    /// The hash-chained audit log.
    #[command(subcommand)]
    Audit(AuditCmd),
    /// The data-encryption key (rotate) and the Ed25519 signing key (export).
    #[command(subcommand)]
    Key(KeyCmd),
    /// Regions: list, activate, deactivate (`activate_region` / `deactivate_region`).
    #[command(subcommand)]
    Region(RegionCmd),
    /// Back the database up now (`VACUUM INTO` a consistent copy; audited, keeps the newest N).
    Backup {
        #[command(flatten)]
        db: DbArgs,
        /// Directory of the copies (default: `<db>.backups`).
        #[arg(long)]
        dir: Option<PathBuf>,
        /// Copies to keep.
        #[arg(long, default_value_t = 7)]
        keep: usize,
    },
    /// Write the compliance report for a period (DATE is YYYY-MM-DD or RFC 3339; --to is exclusive).
    Report(report::ReportArgs),
    /// Check a report's Ed25519 signature with a trusted public key; prints the audit checkpoint
    /// it cites. Exit 1 when the report was changed or signed by another key.
    Verify {
        /// The report file (PDF, HTML, zipped CSV or JSON).
        report_file: PathBuf,
        /// The guard's public key as `pipeline-guard key export` printed it (`ed25519:<hex>`),
        /// or a file holding it.
        #[arg(long)]
        key: Option<String>,
        /// The guard's database: without --key, its signing key is trusted; and the checkpoint
        /// the report cites must be in its checkpoint history.
        #[arg(long)]
        db: Option<PathBuf>,
    },
    /// Run the streaming anomaly detector over a NAB-format `timestamp,value` CSV.
    Detect {
        #[arg(long)]
        input: PathBuf,
        /// Output CSV (default: standard output).
        #[arg(long)]
        output: Option<PathBuf>,
    },
}

/// Where the security state lives: the database, and optionally the config whose
/// `pipeline.security` (secret_key, encryption_key) the server uses.
#[derive(clap::Args, Debug)]
pub struct DbArgs {
    /// The guard's SQLite database.
    #[arg(long)]
    pub db: PathBuf,
    /// The config the server runs with (for `security.secret_key` / `encryption_key`).
    #[arg(long)]
    pub config: Option<PathBuf>,
}

#[derive(Subcommand, Debug)]
enum UserCmd {
    /// Create an account; the password is read from stdin (never from an argument).
    Add {
        name: String,
        /// admin, operator, viewer or a custom role.
        #[arg(long)]
        role: String,
        #[command(flatten)]
        db: DbArgs,
    },
    /// List accounts.
    List {
        #[command(flatten)]
        db: DbArgs,
    },
    /// Clear an account's sign-in back-off (every source) and its failure count; audited.
    Unlock {
        name: String,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Export everything kept about an account as JSON (right of access); audited.
    Export {
        name: String,
        /// Write the JSON here (default: standard output).
        #[arg(long)]
        out: Option<PathBuf>,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Erase an account (right to erasure): the account, its tokens and settings go; its audit
    /// entries keep only a pseudonym nobody can link back, so the chain still verifies. Audited.
    Erase {
        name: String,
        /// Confirm: erasure cannot be undone.
        #[arg(long)]
        yes: bool,
        #[command(flatten)]
        db: DbArgs,
    },
}

#[derive(Subcommand, Debug)]
enum RegionCmd {
    /// The six regions and whether each is active.
    List {
        #[command(flatten)]
        db: DbArgs,
    },
    /// Activate a region (kept across restarts; a running server picks it up at its next start).
    Activate {
        region: String,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Deactivate a region (the last active region stays).
    Deactivate {
        region: String,
        #[command(flatten)]
        db: DbArgs,
    },
}

#[derive(Subcommand, Debug)]
enum RoleCmd {
    /// Define a custom role: `role add auditor --permissions VIEW_AUDIT,READ_METRICS`.
    Add {
        name: String,
        #[arg(long, value_delimiter = ',')]
        permissions: Vec<String>,
        #[command(flatten)]
        db: DbArgs,
    },
}

#[derive(Subcommand, Debug)]
enum TokenCmd {
    /// Print a signed API token for NAME, limited to --permissions (default: the user's role).
    Issue {
        #[arg(long)]
        user: String,
        /// Lifetime: 30m, 1h, 7d…
        #[arg(long, default_value = "1h")]
        ttl: String,
        #[arg(long, value_delimiter = ',')]
        permissions: Option<Vec<String>>,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Revoke a token by its id (jti).
    Revoke {
        jti: String,
        #[command(flatten)]
        db: DbArgs,
    },
}

#[derive(Subcommand, Debug)]
enum AuditCmd {
    /// Walk the chain: exit 0 with the row count, or 1 naming the first edited/inserted/deleted row.
    Verify {
        #[command(flatten)]
        db: DbArgs,
    },
}

#[derive(Subcommand, Debug)]
enum KeyCmd {
    /// Rotate the data-encryption key (`<db>.keys`) and re-encrypt every stored secret, and the
    /// JWT signing key (tokens it signed stay valid until they expire).
    Rotate {
        #[command(flatten)]
        db: DbArgs,
    },
    /// Print the public half of the guard's Ed25519 signing key (`<db>.signing`): what an
    /// auditor needs to verify reports (`pipeline-guard verify FILE --key KEY`).
    Export {
        #[command(flatten)]
        db: DbArgs,
    },
}

/// How a command failed: bad input (exit 2) or a runtime failure (exit 1).
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error("{0}")]
    Input(String),
    #[error("{0}")]
    Runtime(String),
}

impl CliError {
    fn code(&self) -> u8 {
        match self {
            CliError::Input(_) => 2,
            CliError::Runtime(_) => 1,
        }
    }
}

fn main() -> ExitCode {
    // Clap prints its own errors and help; map its exit codes onto ours.
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    if let Err(e) = i18n::init(cli.lang.as_deref()) {
        eprintln!("{e}");
        return ExitCode::from(2);
    }
    std::panic::set_hook(Box::new(|info| {
        eprintln!("pipeline-guard: {}", i18n::tr("cli-error-internal", &[("detail", info.to_string().into())]));
    }));
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_env("PIPELINE_LOG").unwrap_or_else(|_| "info".into()))
        .with_writer(std::io::stderr)
        .with_target(false)
        .init();
    let result = match cli.command {
        Command::Validate { config } => validate(&config),
        Command::Detect { input, output } => detect(&input, output.as_deref()),
        cmd => run_async(cmd, cli.lang.clone()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(e.code())
        }
    }
}

fn run_async(cmd: Command, cli_lang: Option<String>) -> Result<(), CliError> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| CliError::Runtime(i18n::tr("cli-error-internal", &[("detail", e.to_string().into())])))?;
    rt.block_on(async move {
        match cmd {
            Command::Serve { config, db, listen, ui_dir } => {
                let cfg = load_config(&config)?;
                let listen = listen.unwrap_or(cfg.pipeline.server.listen);
                server::serve(cfg, db, listen, ui_dir, None).await
            }
            Command::Demo { headless, listen, db, port_base, fault_every, ui_dir, print_config } => {
                demo::run(demo::DemoOptions { headless, listen, db, port_base, fault_every, ui_dir, print_config })
                    .await
            }
            Command::User(c) => security_cmd::user(c).await,
            Command::Role(c) => security_cmd::role(c).await,
            Command::Token(c) => security_cmd::token(c).await,
            Command::Audit(c) => security_cmd::audit(c).await,
            Command::Key(c) => security_cmd::key(c).await,
            Command::Region(c) => security_cmd::region(c).await,
            Command::Backup { db, dir, keep } => security_cmd::backup(db, dir, keep).await,
            Command::Report(args) => report::run(args, cli_lang).await,
            Command::Verify { report_file, key, db } => report::verify(&report_file, key, db).await,
            Command::Validate { .. } | Command::Detect { .. } => unreachable!("handled synchronously"),
        }
    })
}

pub fn load_config(path: &std::path::Path) -> Result<config::Config, CliError> {
    // The one loader (size cap, text and YAML limits), with its messages in the CLI's language.
    config::load_file_in(path, i18n::lang()).map_err(|e| CliError::Input(e.to_string()))
}

fn validate(path: &std::path::Path) -> Result<(), CliError> {
    let cfg = config::load_file_in(path, i18n::lang()).map_err(|e| {
        // Every problem as FILE:LINE:COL: message, then how many there are.
        let count = e.0.len();
        CliError::Input(format!(
            "{e}\n{}",
            i18n::tr("cli-validate-failed", &[("file", path.display().to_string().into()), ("count", count.into())])
        ))
    })?;
    let (components, regions, _supervised) = cfg.summary();
    let file = path.display().to_string();
    println!(
        "{}",
        i18n::tr(
            "cli-validate-ok",
            &[("file", file.as_str().into()), ("components", components.into()), ("regions", regions.into())]
        )
    );
    Ok(())
}

fn detect(input: &std::path::Path, output: Option<&std::path::Path>) -> Result<(), CliError> {
    use std::io::{BufReader, BufWriter};
    let file = std::fs::File::open(input).map_err(|e| {
        CliError::Input(i18n::tr(
            "cli-error-io",
            &[("file", input.display().to_string().into()), ("detail", e.to_string().into())],
        ))
    })?;
    let reader = BufReader::new(file);
    let result = match output {
        Some(out) => {
            let f = std::fs::File::create(out).map_err(|e| {
                CliError::Runtime(i18n::tr(
                    "cli-error-cannot-create",
                    &[("file", out.display().to_string().into()), ("detail", e.to_string().into())],
                ))
            })?;
            guard_detect::detect_stream(reader, BufWriter::new(f), guard_detect::DetectorConfig::default())
        }
        None => guard_detect::detect_stream(
            reader,
            BufWriter::new(std::io::stdout().lock()),
            guard_detect::DetectorConfig::default(),
        ),
    };
    use guard_detect::DetectError as D;
    let file = input.display().to_string();
    let at = |key: &str, line: usize, found: String| {
        let args = [
            ("file", file.as_str().into()),
            ("line", line.into()),
            ("found", found.into()),
            ("header", "timestamp,value".into()),
            ("format", "YYYY-MM-DD HH:MM:SS".into()),
        ];
        CliError::Input(i18n::tr(key, &args))
    };
    result.map_err(|e| match e {
        D::Io(m) => {
            CliError::Runtime(i18n::tr("cli-error-io", &[("file", file.as_str().into()), ("detail", m.into())]))
        }
        D::Empty => at("cli-detect-empty", 1, String::new()),
        D::BadHeader { line, found } => at("cli-detect-bad-header", line, format!("{found:?}")),
        D::FieldCount { line, found } => at("cli-detect-field-count", line, found.to_string()),
        D::BadTimestamp { line, found } => at("cli-detect-bad-timestamp", line, format!("{found:?}")),
        D::BadValue { line, found } => at("cli-detect-bad-value", line, format!("{found:?}")),
    })
}
