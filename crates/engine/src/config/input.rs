//! The config file as untrusted input: bounded before it is parsed.
//!
//! Every way to obtain a config (`serve`, `validate`, the `user`/`token` commands that read
//! `--config`, the desktop app, and `demo`'s embedded text) goes through
//! [`super::load_file_in`] or [`super::load_str_in`], and so through these checks, in order:
//!
//! 1. size: at most [`MAX_CONFIG_BYTES`]; the file is read through a `take(cap + 1)`, so a huge
//!    file, a FIFO or `/dev/zero` costs at most cap + 1 bytes of memory;
//! 2. text: valid UTF-8 and no NUL byte (a binary file), with the position of the first bad byte;
//! 3. YAML within [`super::yaml::LIMITS`] (aliases, nodes added by aliases, depth);
//! 4. a document: not empty / blank / comments only, and a mapping at the top level.
//!
//! Messages are Fluent messages (`locales/<lang>/config-input.ftl`, and `cli-config-syntax`
//! from `cli.ftl`) in the reader's language.

use std::io::Read;
use std::path::Path;
use std::sync::OnceLock;

use guard_i18n::{BidiIsolation, FluentValue, Lang, Localizer};

use super::yaml::{LimitHit, Located, OwnProblem, Pos, YamlError};
use super::{ConfigError, ConfigErrors};

/// The largest config file accepted: 4 MiB. The 1,000-component lab config is ~0.3 MB.
pub const MAX_CONFIG_BYTES: usize = 4 << 20;

/// The keys a config is made of, as shown in messages.
const TOP_KEYS: &str = "`pipeline:`, `components:`";

pub(crate) fn localizer() -> &'static Localizer {
    static L: OnceLock<Localizer> = OnceLock::new();
    // Plain text for terminals and logs: no bidi isolation marks around file names.
    L.get_or_init(|| Localizer::embedded().with_bidi(BidiIsolation::Never))
}

pub(crate) fn tr(lang: Lang, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    localizer().translate_with(key, lang, args)
}

fn error(file: &str, pos: Option<Pos>, message: String) -> ConfigErrors {
    ConfigErrors(vec![ConfigError { file: file.to_string(), pos, env: None, message, pointer: None }])
}

/// Line and column (1-based, columns in characters) of byte `offset` of `text`.
fn pos_at(text: &str, offset: usize) -> Pos {
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    Pos { line, col: before[line_start..].chars().count() + 1 }
}

/// Read at most [`MAX_CONFIG_BYTES`] of a file as text.
pub(super) fn read(path: &Path, file: &str, lang: Lang) -> Result<String, ConfigErrors> {
    let unreadable =
        |e: std::io::Error| error(file, None, tr(lang, "config-input-unreadable", &[("detail", e.to_string().into())]));
    let f = std::fs::File::open(path).map_err(unreadable)?;
    let mut bytes = Vec::new();
    f.take(MAX_CONFIG_BYTES as u64 + 1).read_to_end(&mut bytes).map_err(unreadable)?;
    if bytes.len() > MAX_CONFIG_BYTES {
        return Err(too_large(file, lang));
    }
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let bytes = e.into_bytes();
        // Valid by construction: the prefix before the first invalid byte.
        let prefix = std::str::from_utf8(&bytes[..valid]).unwrap_or_default();
        error(file, Some(pos_at(prefix, valid)), tr(lang, "config-input-not-utf8", &[]))
    })
}

fn too_large(file: &str, lang: Lang) -> ConfigErrors {
    error(file, None, tr(lang, "config-input-too-large", &[("limit", MAX_CONFIG_BYTES.into())]))
}

/// Checks on the text before it is parsed.
pub(super) fn check_text(src: &str, file: &str, lang: Lang) -> Result<(), ConfigErrors> {
    if src.len() > MAX_CONFIG_BYTES {
        return Err(too_large(file, lang));
    }
    if let Some(i) = src.find('\0') {
        return Err(error(file, Some(pos_at(src, i)), tr(lang, "config-input-nul", &[])));
    }
    Ok(())
}

/// A YAML error (syntax or limit) as a located config error.
pub(super) fn yaml_error(e: YamlError, file: &str, lang: Lang) -> ConfigErrors {
    let message = match (e.limit, e.own) {
        (None, Some(OwnProblem::DuplicateKey(key))) => tr(lang, "config-input-duplicate-key", &[("key", key.into())]),
        (None, Some(OwnProblem::SecondDocument)) => tr(lang, "config-input-second-document", &[]),
        (None, Some(OwnProblem::AliasKey)) => tr(lang, "config-input-alias-key", &[]),
        (None, Some(OwnProblem::CollectionKey)) => tr(lang, "config-input-collection-key", &[]),
        // What the YAML parser said stays as it said it.
        (None, None) => tr(lang, "cli-config-syntax", &[("detail", e.message.into())]),
        (Some(LimitHit::Aliases(max)), _) => tr(lang, "config-input-too-many-aliases", &[("max", max.into())]),
        (Some(LimitHit::AliasNodes(max)), _) => tr(lang, "config-input-alias-nodes", &[("max", max.into())]),
        (Some(LimitHit::Depth(max)), _) => tr(lang, "config-input-too-deep", &[("max", max.into())]),
    };
    error(file, Some(e.pos), message)
}

/// Checks on the parsed document: something is there, and it is a mapping.
pub(super) fn check_document(located: &Located, file: &str, lang: Lang) -> Result<(), ConfigErrors> {
    if located.empty {
        return Err(error(file, None, tr(lang, "config-input-empty", &[("keys", TOP_KEYS.into())])));
    }
    let found = match &located.value {
        serde_json::Value::Object(_) => return Ok(()),
        serde_json::Value::String(_) => "string",
        serde_json::Value::Number(_) => "number",
        serde_json::Value::Bool(_) => "bool",
        serde_json::Value::Array(_) => "list",
        serde_json::Value::Null => "null",
    };
    Err(error(
        file,
        Some(located.pos_of("")),
        tr(lang, "config-input-not-mapping", &[("keys", TOP_KEYS.into()), ("found", found.into())]),
    ))
}
