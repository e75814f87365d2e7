//! Localization for Pipeline Guard: Fluent messages in ten languages, language negotiation
//! from the OS locale, and locale-aware formatting of numbers, percentages, durations,
//! dates and times.
//!
//! Messages live in `locales/<lang>/<area>.ftl` at the repository root (`common.ftl`,
//! `cli.ftl`, `ui.ftl`, `reports.ftl`, …); `build.rs` embeds every one of them, so binaries
//! work from any directory. [`Localizer::from_dir`] loads the same layout from disk instead.
//!
//! ```
//! use guard_i18n::{Lang, Localizer, BidiIsolation};
//!
//! let loc = Localizer::embedded().with_bidi(BidiIsolation::Never); // CLI: no bidi marks
//! let lang = Lang::negotiate(&["de_DE.UTF-8"]);
//! assert_eq!(loc.translate("status-healthy", lang), "Fehlerfrei");
//! let line = loc.translate_with("cli-serve-listening", lang, &[("url", "http://127.0.0.1:7878".into())]);
//! assert_eq!(line, "Bereitgestellt unter http://127.0.0.1:7878");
//! ```
//!
//! **Architecture Invariant:** this crate knows nothing of the engine, the CLI, Tauri or
//! HTTP; they depend on it, never the reverse.

mod catalog;
mod error;
mod format;
mod lang;
mod localizer;
mod pseudo;

pub use catalog::{EmbeddedFile, embedded_files, source_locales_dir};
pub use error::I18nError;
pub use format::{
    civil_from_days, format_date, format_datetime, format_decimal, format_integer, format_number, format_percent,
    format_time,
};
pub use lang::Lang;
pub use localizer::{BidiIsolation, InternationalizationManager, Localizer, strip_bidi_isolates};
pub use pseudo::{PSEUDO_CLOSE, PSEUDO_OPEN, pseudo_english, set_pseudo_english};

/// Re-exported so callers can pass arguments without depending on Fluent themselves.
pub use fluent_bundle::{FluentArgs, FluentValue};
/// Re-exported for callers that already hold `unic-langid` identifiers.
pub use unic_langid::LanguageIdentifier;
