//! Where `.ftl` sources come from: the copy embedded at build time, or a directory on disk.
//!
//! Layout in both cases: `<root>/<lang>/<area>.ftl`, one folder per [`Lang`] code, any number
//! of `*.ftl` files per folder (`common.ftl`, `cli.ftl`, `ui.ftl`, `reports.ftl`, …). Folders
//! whose name is not a supported code are ignored.

use std::borrow::Cow;
use std::fs;
use std::path::{Path, PathBuf};

use crate::error::I18nError;
use crate::lang::Lang;

include!(concat!(env!("OUT_DIR"), "/embedded_locales.rs"));

/// One `.ftl` file compiled into the binary by `build.rs`.
#[derive(Debug, Clone, Copy)]
pub struct EmbeddedFile {
    /// Folder name, e.g. `"pt-BR"`.
    pub lang: &'static str,
    /// File name, e.g. `"cli.ftl"`.
    pub file: &'static str,
    /// The file's text.
    pub source: &'static str,
}

/// Every `.ftl` file embedded at build time, sorted by language then file name.
pub fn embedded_files() -> &'static [EmbeddedFile] {
    EMBEDDED
}

/// Absolute path of the repository's `locales/` directory the binary was built from. Handy
/// for development (`Localizer::from_dir(guard_i18n::source_locales_dir())` picks up edits
/// without a rebuild); it may not exist on the machine the binary runs on.
pub fn source_locales_dir() -> &'static Path {
    Path::new(LOCALES_DIR)
}

/// One source file of a catalog.
#[derive(Debug, Clone)]
pub(crate) struct FtlFile {
    pub lang: Lang,
    pub file: String,
    pub source: Cow<'static, str>,
}

pub(crate) fn embedded() -> Vec<FtlFile> {
    EMBEDDED
        .iter()
        .filter_map(|f| {
            let lang = f.lang.parse::<Lang>().ok()?;
            Some(FtlFile { lang, file: f.file.to_owned(), source: Cow::Borrowed(f.source) })
        })
        .collect()
}

pub(crate) fn from_dir(root: &Path) -> Result<Vec<FtlFile>, I18nError> {
    let io = |path: &Path| {
        let path: PathBuf = path.to_owned();
        move |source| I18nError::Io { path, source }
    };
    let mut files = Vec::new();
    for lang in Lang::ALL {
        let dir = root.join(lang.code());
        if !dir.is_dir() {
            continue;
        }
        for entry in fs::read_dir(&dir).map_err(io(&dir))? {
            let entry = entry.map_err(io(&dir))?;
            let path = entry.path();
            if path.is_file() && path.extension().is_some_and(|ext| ext == "ftl") {
                let source = fs::read_to_string(&path).map_err(io(&path))?;
                let file = entry.file_name().to_string_lossy().into_owned();
                files.push(FtlFile { lang, file, source: Cow::Owned(source) });
            }
        }
    }
    if files.is_empty() {
        return Err(I18nError::Io {
            path: root.to_owned(),
            source: std::io::Error::new(std::io::ErrorKind::NotFound, "no locales/<lang>/*.ftl files"),
        });
    }
    files.sort_by(|a, b| (a.lang, &a.file).cmp(&(b.lang, &b.file)));
    Ok(files)
}

/// 1-based line and column of a byte offset, for error messages.
pub(crate) fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let before = &source[..offset.min(source.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}
