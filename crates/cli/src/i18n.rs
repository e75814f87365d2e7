//! Human-readable CLI output in the operator's language (`--lang`, else the OS locale), through
//! the same Fluent messages as the UI and reports (`locales/<lang>/cli.ftl`).

use std::sync::OnceLock;

use guard_i18n::{BidiIsolation, FluentValue, Lang, Localizer};

static CLI: OnceLock<(Localizer, Lang)> = OnceLock::new();

/// Choose the language once, at start-up. An unknown `--lang` is bad input.
pub fn init(requested: Option<&str>) -> Result<(), String> {
    let lang = match requested {
        // `pt-PT` → `pt-BR`, `zh-TW` → `zh-CN`; an unsupported language is an error.
        Some(code) => Lang::parse_lenient(code).ok_or_else(|| {
            let all: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
            format!("unknown language `{code}` for --lang; expected one of {}", all.join(", "))
        })?,
        None => Lang::from_env(),
    };
    let _ = CLI.set((Localizer::embedded().with_bidi(BidiIsolation::Never), lang));
    Ok(())
}

/// The language chosen for the CLI's output (also for pages the server renders itself,
/// e.g. `ui_assets.rs`).
pub fn lang() -> Lang {
    CLI.get_or_init(|| (Localizer::embedded().with_bidi(BidiIsolation::Never), Lang::from_env())).1
}

/// Translate a CLI message with arguments.
pub fn tr(key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let (l, lang) = CLI.get_or_init(|| (Localizer::embedded().with_bidi(BidiIsolation::Never), Lang::from_env()));
    l.translate_with(key, *lang, args)
}

/// An instant (Unix ms) as a UTC date and time in the CLI's language.
pub fn datetime_utc(ms: i64) -> String {
    let (_, lang) = CLI.get_or_init(|| (Localizer::embedded().with_bidi(BidiIsolation::Never), Lang::from_env()));
    guard_i18n::format_datetime(*lang, ms.div_euclid(1000), 0)
}
