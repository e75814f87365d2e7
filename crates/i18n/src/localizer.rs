//! [`Localizer`]: one Fluent bundle per language, built from every `.ftl` file of that
//! language, and the lookup rules shared by the CLI, the reports and the desktop app.
//!
//! Lookup of `key` in language `L`:
//! 1. `key` is `message-id` or `message-id.attribute`; the dotted style
//!    (`pipeline.healthy`) also resolves to the message `pipeline-healthy`.
//! 2. If `L` lacks the message, English is used and a warning is logged (the parity test
//!    makes this a development-only situation).
//! 3. If English lacks it too, the result is the key in braces, `{key}`: visible on screen
//!    and easy to grep for, as Fluent itself renders unknown references.
//!
//! Logs name the key, the language and Fluent's error kinds, never argument values.

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;
use std::sync::{Arc, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast::Pattern;
use intl_memoizer::Memoizable;
use intl_memoizer::concurrent::IntlLangMemoizer;
use unic_langid::LanguageIdentifier;

use crate::catalog::{self, FtlFile, line_col};
use crate::error::I18nError;
use crate::format;
use crate::lang::Lang;

/// First Strong Isolate / Pop Directional Isolate, which Fluent puts around placeables.
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// Where Fluent's Unicode bidi isolation marks (U+2068 … U+2069 around every placeable)
/// are kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum BidiIsolation {
    /// Only in right-to-left languages, where a Latin file name or URL inside Arabic text
    /// needs them. The default, and right for the webview and HTML/PDF reports.
    #[default]
    RtlOnly,
    /// In every language (Fluent's own default).
    Always,
    /// Never: for terminals and plain-text/CSV output, where the marks show up as garbage.
    /// Marks written literally in a message are stripped as well.
    Never,
}

/// Translates message ids into any of the ten languages. Cheap to share (`Send + Sync`) and
/// cheap to clone; the language is a per-call argument, so switching languages at runtime
/// needs no reload. The embedded catalog is parsed once per process (a second time only for
/// [`BidiIsolation::Always`]): every [`Localizer::embedded`] shares it (one parse of the ten
/// languages is ~6 MB).
#[derive(Clone)]
pub struct Localizer {
    langs: Arc<BTreeMap<Lang, LangCatalog>>,
    bidi: BidiIsolation,
    /// Built from the embedded catalog (so [`Localizer::with_bidi`] can share that one too).
    embedded: bool,
    /// English is said as the pseudo-locale `en-XA` (`crate::pseudo`).
    pseudo: bool,
}

/// Another name for [`Localizer`].
pub type InternationalizationManager = Localizer;

struct LangCatalog {
    bundle: FluentBundle<FluentResource>,
    files: Vec<(String, std::borrow::Cow<'static, str>)>,
}

impl Localizer {
    /// The messages compiled into the binary (see `build.rs`). Never fails: a broken entry
    /// is skipped and logged, and the tests guarantee there are none.
    pub fn embedded() -> Localizer {
        Localizer::embedded_with(BidiIsolation::default())
    }

    fn embedded_with(bidi: BidiIsolation) -> Localizer {
        // `Never` formats with the RTL-only bundles and strips the marks afterwards (see
        // `format`), so only `Always` needs bundles of its own.
        static PARSED: [OnceLock<Arc<BTreeMap<Lang, LangCatalog>>>; 2] = [OnceLock::new(), OnceLock::new()];
        let (slot, bundles) = match bidi {
            BidiIsolation::RtlOnly | BidiIsolation::Never => (0, BidiIsolation::RtlOnly),
            BidiIsolation::Always => (1, BidiIsolation::Always),
        };
        let langs = PARSED[slot]
            .get_or_init(|| {
                let (localizer, problems) = Localizer::build(catalog::embedded(), bundles);
                for problem in problems {
                    tracing::error!(target: "guard_i18n", "{problem}");
                }
                localizer.langs
            })
            .clone();
        Localizer { langs, bidi, embedded: true, pseudo: crate::pseudo::pseudo_english() }
    }

    /// Loads `root/<lang>/*.ftl` from disk, for development and translators. Strict: every
    /// syntax error or duplicate id in any file is reported, with file, line and column.
    pub fn from_dir(root: impl AsRef<Path>) -> Result<Localizer, I18nError> {
        let (localizer, problems) = Localizer::build(catalog::from_dir(root.as_ref())?, BidiIsolation::default());
        if problems.is_empty() { Ok(localizer) } else { Err(I18nError::InvalidMessages { problems }) }
    }

    /// [`Localizer::from_dir`] on `$PIPELINE_LOCALES_DIR` when that variable is set,
    /// else [`Localizer::embedded`].
    pub fn load() -> Result<Localizer, I18nError> {
        match std::env::var_os("PIPELINE_LOCALES_DIR") {
            Some(dir) if !dir.is_empty() => Localizer::from_dir(dir),
            _ => Ok(Localizer::embedded()),
        }
    }

    /// The same messages with another bidi isolation policy. The CLI uses
    /// `Localizer::embedded().with_bidi(BidiIsolation::Never)`.
    pub fn with_bidi(self, bidi: BidiIsolation) -> Localizer {
        if bidi == self.bidi {
            return self;
        }
        if self.embedded {
            return Localizer::embedded_with(bidi);
        }
        // Files loaded from disk: the same sources, bundles built for the other policy.
        let files = self
            .langs
            .iter()
            .flat_map(|(lang, c)| {
                c.files.iter().map(|(file, source)| FtlFile { lang: *lang, file: file.clone(), source: source.clone() })
            })
            .collect();
        Localizer::build(files, bidi).0
    }

    /// The isolation policy in force.
    pub fn bidi(&self) -> BidiIsolation {
        self.bidi
    }

    /// Languages that have at least one `.ftl` file loaded, in [`Lang::ALL`] order.
    pub fn available(&self) -> Vec<Lang> {
        self.langs.keys().copied().collect()
    }

    /// True when `lang` is written right to left (Arabic).
    pub fn is_rtl(&self, lang: impl Into<Lang>) -> bool {
        lang.into().is_rtl()
    }

    /// Best available language for a requested list, most preferred first; see
    /// [`Lang::negotiate`] for the fallback rules.
    pub fn negotiate(&self, requested: &[&str]) -> Lang {
        let lang = Lang::negotiate(requested);
        if self.langs.contains_key(&lang) { lang } else { Lang::En }
    }

    /// The message `key` (`id` or `id.attribute`) in `lang`, without arguments.
    ///
    /// `lang` may be a [`Lang`], a tag such as `"de-AT"` or a `&LanguageIdentifier`
    /// (tags are negotiated, so unsupported ones give English).
    pub fn translate(&self, key: &str, lang: impl Into<Lang>) -> String {
        self.format(key, lang.into(), None)
    }

    /// The message `key` in `lang` with Fluent arguments. Numbers are formatted for the
    /// language (ICU4X) and select plural variants.
    pub fn translate_args(&self, key: &str, lang: impl Into<Lang>, args: &FluentArgs) -> String {
        self.format(key, lang.into(), Some(args))
    }

    /// [`Localizer::translate_args`] with a slice:
    /// `loc.translate_with("cli-serve-listening", Lang::De, &[("url", url.into())])`.
    pub fn translate_with(&self, key: &str, lang: impl Into<Lang>, args: &[(&str, FluentValue<'_>)]) -> String {
        let args: FluentArgs = args.iter().map(|(k, v)| (*k, v.clone())).collect();
        self.format(key, lang.into(), Some(&args))
    }

    /// True when `key` resolves in `lang` itself (no English fallback).
    pub fn has(&self, key: &str, lang: Lang) -> bool {
        self.langs.get(&lang).is_some_and(|c| resolve(&c.bundle, key).is_some())
    }

    /// The `.ftl` sources loaded for `lang`, as `(file name, text)`, so the webview can
    /// build its own `@fluent/bundle` from the very same files.
    pub fn sources(&self, lang: Lang) -> Vec<(&str, &str)> {
        self.langs
            .get(&lang)
            .map(|c| c.files.iter().map(|(name, text)| (name.as_str(), text.as_ref())).collect())
            .unwrap_or_default()
    }

    fn format(&self, key: &str, lang: Lang, args: Option<&FluentArgs>) -> String {
        let found = self.langs.get(&lang).and_then(|c| Some((&c.bundle, resolve(&c.bundle, key)?))).or_else(|| {
            let english = &self.langs.get(&Lang::En)?.bundle;
            let pattern = resolve(english, key)?;
            tracing::warn!(target: "guard_i18n", key, lang = lang.code(), "message missing; using English");
            Some((english, pattern))
        });
        let Some((bundle, pattern)) = found else {
            tracing::warn!(target: "guard_i18n", key, lang = lang.code(), "message missing in every language");
            return format!("{{{key}}}");
        };
        let mut errors = Vec::new();
        let pseudo = self.pseudo && std::ptr::eq(bundle, &self.langs.get(&Lang::En).expect("English is loaded").bundle);
        let text = bundle.format_pattern(pattern, args, &mut errors);
        let text = if pseudo { std::borrow::Cow::Owned(crate::pseudo::wrap(text.into_owned())) } else { text };
        if !errors.is_empty() {
            let kinds: Vec<String> = errors.iter().map(error_kind).collect();
            tracing::warn!(target: "guard_i18n", key, lang = lang.code(), errors = ?kinds, "message formatted with errors");
        }
        match self.bidi {
            BidiIsolation::Never => strip_bidi_isolates(&text),
            _ => text.into_owned(),
        }
    }

    fn build(files: Vec<FtlFile>, bidi: BidiIsolation) -> (Localizer, Vec<String>) {
        let mut langs: BTreeMap<Lang, LangCatalog> = BTreeMap::new();
        let mut problems = Vec::new();
        for FtlFile { lang, file, source } in files {
            let catalog =
                langs.entry(lang).or_insert_with(|| LangCatalog { bundle: new_bundle(lang, bidi), files: Vec::new() });
            let resource = match FluentResource::try_new(source.to_string()) {
                Ok(resource) => resource,
                Err((resource, errors)) => {
                    for error in errors {
                        let (line, col) = line_col(&source, error.pos.start);
                        problems.push(format!("{}/{file}:{line}:{col}: {}", lang.code(), error.kind));
                    }
                    resource
                }
            };
            if let Err(errors) = catalog.bundle.add_resource(resource) {
                for error in errors {
                    problems.push(format!("{}/{file}: {}", lang.code(), error_kind(&error)));
                }
            }
            catalog.files.push((file, source));
        }
        (Localizer { langs: Arc::new(langs), bidi, embedded: false, pseudo: crate::pseudo::pseudo_english() }, problems)
    }
}

impl Default for Localizer {
    fn default() -> Self {
        Localizer::embedded()
    }
}

impl fmt::Debug for Localizer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Localizer").field("languages", &self.available()).field("bidi", &self.bidi).finish()
    }
}

/// Removes U+2068 / U+2069 (Fluent's isolation marks) from `text`.
pub fn strip_bidi_isolates(text: &str) -> String {
    text.chars().filter(|c| *c != FSI && *c != PDI).collect()
}

fn isolate(bidi: BidiIsolation, lang: Lang) -> bool {
    match bidi {
        BidiIsolation::RtlOnly => lang.is_rtl(),
        BidiIsolation::Always => true,
        BidiIsolation::Never => false,
    }
}

fn new_bundle(lang: Lang, bidi: BidiIsolation) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new_concurrent(vec![lang.langid()]);
    bundle.set_use_isolating(isolate(bidi, lang));
    bundle.set_formatter(Some(format_value));
    if lang == Lang::En && crate::pseudo::pseudo_english() {
        bundle.set_transform(Some(crate::pseudo::transform));
    }
    bundle.add_builtins().expect("NUMBER is registered once");
    bundle
}

/// `message-id`, `message-id.attribute`, or the dotted `a.b` for the message `a-b`.
fn resolve<'b>(bundle: &'b FluentBundle<FluentResource>, key: &str) -> Option<&'b Pattern<&'b str>> {
    let direct = match key.split_once('.') {
        None => bundle.get_message(key).and_then(|m| m.value()),
        Some((id, attr)) => bundle.get_message(id).and_then(|m| m.get_attribute(attr)).map(|a| a.value()),
    };
    direct.or_else(|| {
        key.contains('.').then(|| key.replace('.', "-")).and_then(|id| bundle.get_message(&id)).and_then(|m| m.value())
    })
}

fn error_kind(error: &fluent_bundle::FluentError) -> String {
    error.to_string()
}

/// Fluent's hook for rendering values: numbers go through ICU4X for the bundle's language.
fn format_value(value: &FluentValue, intls: &IntlLangMemoizer) -> Option<String> {
    match value {
        FluentValue::Number(number) => {
            let lang = intls.with_try_get::<BundleLang, _, _>((), |l| l.0).ok()?;
            Some(format::fluent_number(lang, number))
        }
        _ => None,
    }
}

/// Recovers the bundle's [`Lang`] inside the formatter hook, which only sees the memoizer.
struct BundleLang(Lang);

impl Memoizable for BundleLang {
    type Args = ();
    type Error = std::convert::Infallible;

    fn construct(lang: LanguageIdentifier, _args: ()) -> Result<Self, Self::Error> {
        Ok(BundleLang(Lang::from(&lang)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn localizer_is_shareable() {
        assert_send_sync::<Localizer>();
    }

    /// The embedded catalog is parsed once (twice with `Always`), however many localizers the
    /// engine, the reports, the CLI and the app make (each parse of ten languages is ~6 MB).
    #[test]
    fn embedded_localizers_share_one_parse_per_policy() {
        let (a, b) = (Localizer::embedded(), Localizer::embedded());
        assert!(Arc::ptr_eq(&a.langs, &b.langs));
        let never = Localizer::embedded().with_bidi(BidiIsolation::Never);
        assert!(Arc::ptr_eq(&a.langs, &never.langs), "the CLI strips the marks from the same bundles");
        let always = Localizer::embedded().with_bidi(BidiIsolation::Always);
        assert!(!Arc::ptr_eq(&a.langs, &always.langs));
        assert!(Arc::ptr_eq(&always.langs, &Localizer::embedded().with_bidi(BidiIsolation::Always).langs));
        // The policies stay apart: the shared RTL-only catalog still isolates in Arabic, the
        // CLI's never does.
        let args = [("url", FluentValue::from("http://127.0.0.1:7878"))];
        assert!(a.translate_with("cli-serve-listening", Lang::Ar, &args).contains(FSI));
        assert!(!never.translate_with("cli-serve-listening", Lang::Ar, &args).contains(FSI));
        assert!(a.translate_with("cli-serve-listening", Lang::Ar, &args).contains(PDI));
        assert!(Arc::ptr_eq(&a.clone().langs, &a.langs));
    }
}
