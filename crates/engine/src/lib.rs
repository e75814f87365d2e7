//! Pipeline Guard engine.
//!
//! Everything the product does, with no GUI and no HTTP server: configuration, health checks,
//! supervised child processes, the SQLite history, the event bus and the `PipelineGuard` that
//! ties them together. The `pipeline-guard` binary and the Tauri app are thin shells over it.
//!
//! Data flows check → sample → (detector) → incident → healing action → history; see
//! `ARCHITECTURE.md` at the repository root.

pub mod check;
pub mod compliance;
pub mod regions;
pub mod clock;
pub mod config;
pub mod events;
pub mod history;
pub mod model;
pub mod supervise;
pub mod units;
pub mod api;
pub mod availability;
pub mod guard;
pub mod manage;
pub mod scheduler;
pub mod starvation;
pub mod store_watch;
pub mod security;
pub mod heal;
pub mod detection;
pub mod remote;
pub mod front;
pub mod boundary;

pub use config::Config;
pub use guard::{GuardOptions, PipelineGuard};
pub use history::MetricsCollector;
