//! Human-readable CLI output in the operator's language (`--lang`, else the OS locale), through
//! the same Fluent messages as the UI and reports (`locales/<lang>/cli.ftl`).

use std::sync::OnceLock;

use guard_i18n::{BidiIsolation, FluentValue, Lang, Localizer};

static CLI: OnceLock<(Localizer, Lang)> = OnceLock::new();

/// Choose the language once, at start-up. An unknown `--lang` is bad input.
pub fn init(requested: Option<&str>) -> Result<(), String> {
    pseudo_from_env();
    // The pseudo-locale `en-XA` (accented English between ⟦ ⟧, see guard_i18n's `pseudo`): for
    // the tests that catch text bypassing Fluent; development builds only, never offered.
    if cfg!(debug_assertions) && requested.is_some_and(|r| r.eq_ignore_ascii_case("en-XA")) {
        guard_i18n::set_pseudo_english(true);
        let _ = CLI.set((Localizer::embedded().with_bidi(BidiIsolation::Never), Lang::En));
        return Ok(());
    }
    let lang = match requested {
        // `pt-PT` → `pt-BR`, `zh-TW` → `zh-CN`; an unsupported language is an error.
        // (said in the environment's language: the requested one is unknown)
        Some(code) => Lang::parse_lenient(code).ok_or_else(|| format!("--lang: {}", unknown_language(code)))?,
        None => Lang::from_env(),
    };
    let _ = CLI.set((Localizer::embedded().with_bidi(BidiIsolation::Never), lang));
    Ok(())
}

/// `PG_PSEUDO=1` in a development build: English is said as the pseudo-locale `en-XA` by the
/// whole process (the server's API texts, `?lang=en-XA`, and the UI's pseudo-locales, see
/// `routes/ops.rs`). Release builds ignore it.
fn pseudo_from_env() {
    if cfg!(debug_assertions) && std::env::var("PG_PSEUDO").is_ok_and(|v| v == "1") {
        guard_i18n::set_pseudo_english(true);
    }
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

/// A message of the engine (id and arguments, `guard_engine::heal::timeline::Msg`) in the CLI's
/// language.
pub fn say(msg: &guard_engine::heal::timeline::Msg) -> String {
    let (l, lang) = CLI.get_or_init(|| (Localizer::embedded().with_bidi(BidiIsolation::Never), Lang::from_env()));
    guard_engine::heal::timeline::render(l, *lang, msg).unwrap_or_else(|| msg.english())
}

/// The error for a file that could not be written (the OS's reason stays as it said it).
pub fn cannot_write(path: &std::path::Path, e: &std::io::Error) -> crate::CliError {
    crate::CliError::Runtime(tr(
        "cli-error-cannot-write",
        &[("file", path.display().to_string().into()), ("detail", e.to_string().into())],
    ))
}

/// The error for a language code the CLI does not know.
pub fn unknown_language(code: &str) -> String {
    let all: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
    tr("cli-error-unknown-language", &[("value", code.into()), ("expected", all.join(", ").into())])
}

/// An instant (Unix ms) as a UTC date and time in the CLI's language.
pub fn datetime_utc(ms: i64) -> String {
    let (_, lang) = CLI.get_or_init(|| (Localizer::embedded().with_bidi(BidiIsolation::Never), Lang::from_env()));
    guard_i18n::format_datetime(*lang, ms.div_euclid(1000), 0)
}
