//! Pipeline Guard engine.
//!
//! Everything the product does, with no GUI and no HTTP server: configuration, health checks,
//! supervised child processes, the SQLite history, the event bus and the `PipelineGuard` that
//! ties them together. The `pipeline-guard` binary and the Tauri app are thin shells over it.
//!
//! Data flows check → sample → (detector) → incident → healing action → history; see
//! `ARCHITECTURE.md` at the repository root.

pub mod api;
pub mod autoscale;
pub mod availability;
pub mod boundary;
pub mod check;
pub mod clock;
pub mod compliance;
pub mod config;
pub mod detection;
pub mod error;
pub mod events;
pub mod front;
pub mod guard;
pub mod heal;
pub mod history;
pub mod incident;
pub mod live;
pub mod manage;
pub mod model;
pub mod notify;
pub mod record;
pub mod regions;
pub mod remote;
pub mod scheduler;
pub mod security;
pub mod starvation;
pub mod status_page;
pub mod store;
pub mod store_watch;
pub mod supervise;
pub mod units;

pub use config::Config;
pub use guard::{GuardOptions, PipelineGuard};
pub use history::MetricsCollector;
