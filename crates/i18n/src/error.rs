//! Errors of this crate. Translation itself never fails (a missing message renders as its
//! visible id); only loading a catalog from disk and strict parsing report errors.

use std::path::PathBuf;

/// What can go wrong while loading messages or parsing a language code.
#[derive(Debug, thiserror::Error)]
pub enum I18nError {
    /// `--lang xx` and the like: not one of the ten supported codes.
    #[error("unsupported language {0:?} (supported: en, es, de, fr, it, pt-BR, ja, zh-CN, ko, ar)")]
    UnknownLanguage(String),
    /// A locales directory or file could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// One or more `.ftl` files have syntax errors or duplicate ids; every problem is listed.
    #[error("invalid Fluent messages:\n{}", .problems.join("\n"))]
    InvalidMessages { problems: Vec<String> },
}
