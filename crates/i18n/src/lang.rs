//! The ten supported languages and how a requested locale is mapped onto one of them.
//!
//! Negotiation goes through `fluent-langneg` (filtering strategy, so the order of the
//! requested list is respected), after a small table of project-specific fallbacks that
//! plain subtag matching cannot express: every Chinese variant reads Simplified Chinese and
//! every Portuguese variant reads Brazilian Portuguese. Anything that matches nothing is
//! English.

use std::fmt;
use std::str::FromStr;

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

use crate::error::I18nError;

/// A language Pipeline Guard ships messages for. Each one is a folder `locales/<code>/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, serde::Serialize, serde::Deserialize)]
pub enum Lang {
    #[default]
    #[serde(rename = "en")]
    En,
    #[serde(rename = "es")]
    Es,
    #[serde(rename = "de")]
    De,
    #[serde(rename = "fr")]
    Fr,
    #[serde(rename = "it")]
    It,
    #[serde(rename = "pt-BR")]
    PtBr,
    #[serde(rename = "ja")]
    Ja,
    #[serde(rename = "zh-CN")]
    ZhCn,
    #[serde(rename = "ko")]
    Ko,
    #[serde(rename = "ar")]
    Ar,
}

impl Lang {
    /// Every supported language, English first.
    pub const ALL: [Lang; 10] =
        [Lang::En, Lang::Es, Lang::De, Lang::Fr, Lang::It, Lang::PtBr, Lang::Ja, Lang::ZhCn, Lang::Ko, Lang::Ar];

    /// The BCP 47 tag, which is also the folder name under `locales/`.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::It => "it",
            Lang::PtBr => "pt-BR",
            Lang::Ja => "ja",
            Lang::ZhCn => "zh-CN",
            Lang::Ko => "ko",
            Lang::Ar => "ar",
        }
    }

    /// The language's name in itself, for a language picker (shown untranslated on purpose).
    pub const fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::De => "Deutsch",
            Lang::Fr => "Français",
            Lang::It => "Italiano",
            Lang::PtBr => "Português (Brasil)",
            Lang::Ja => "日本語",
            Lang::ZhCn => "简体中文",
            Lang::Ko => "한국어",
            Lang::Ar => "العربية",
        }
    }

    /// True for right-to-left scripts (Arabic): the UI sets `dir="rtl"`.
    pub const fn is_rtl(self) -> bool {
        matches!(self, Lang::Ar)
    }

    /// `"rtl"` or `"ltr"`, ready for an HTML `dir` attribute.
    pub const fn dir(self) -> &'static str {
        if self.is_rtl() { "rtl" } else { "ltr" }
    }

    /// The tag as a `unic-langid` identifier.
    pub fn langid(self) -> LanguageIdentifier {
        self.code().parse().expect("the ten codes are valid BCP 47 tags")
    }

    /// The best supported language for a list of requested locales, most preferred first.
    ///
    /// Accepts BCP 47 (`de-AT`), POSIX (`de_AT.UTF-8@euro`) and `C`/`POSIX`. Fallbacks:
    /// `pt`, `pt-PT` → `pt-BR`; `zh`, `zh-TW`, `zh-HK`, `zh-Hant` → `zh-CN`; regional
    /// variants (`es-MX`, `fr-CA`, `ar-EG`) → the base language; anything else → `en`.
    pub fn negotiate(requested: &[&str]) -> Lang {
        let requested: Vec<LanguageIdentifier> = requested.iter().filter_map(|tag| normalize_requested(tag)).collect();
        let available: Vec<LanguageIdentifier> = Lang::ALL.iter().map(|l| l.langid()).collect();
        let default = Lang::En.langid();
        let chosen = negotiate_languages(&requested, &available, Some(&default), NegotiationStrategy::Filtering);
        chosen.first().and_then(|id| Lang::ALL.iter().copied().find(|l| l.langid() == **id)).unwrap_or(Lang::En)
    }

    /// A language the user asked for by name (`--lang`, an API `lang`): an exact code, else a
    /// regional variant or script of a supported language through [`Lang::negotiate`]
    /// (`pt-PT` → `pt-BR`, `zh-TW` → `zh-CN`, `de_AT.UTF-8` → `de`). `None` when the language
    /// itself is not one of the ten (`xx`, `sv-SE`), so callers can say so instead of silently
    /// answering in English.
    pub fn parse_lenient(tag: &str) -> Option<Lang> {
        if let Ok(l) = tag.parse::<Lang>() {
            return Some(l);
        }
        let id = normalize_requested(tag)?;
        let primary = id.language.as_str();
        if !Lang::ALL.iter().any(|l| l.langid().language.as_str() == primary) {
            return None;
        }
        Some(Lang::negotiate(&[tag]))
    }

    /// The language of the process's locale, read as POSIX does: the first non-empty of
    /// `LC_ALL`, `LC_MESSAGES`, `LANG`. `C`, `POSIX` or nothing at all gives English.
    pub fn from_env() -> Lang {
        let var = |name: &str| std::env::var(name).ok();
        Lang::from_posix_vars(var("LC_ALL"), var("LC_MESSAGES"), var("LANG"))
    }

    /// [`Lang::from_env`] without the environment: the values of `LC_ALL`, `LC_MESSAGES`
    /// and `LANG`, in that order of precedence.
    pub fn from_posix_vars(lc_all: Option<String>, lc_messages: Option<String>, lang: Option<String>) -> Lang {
        let effective = [lc_all, lc_messages, lang].into_iter().flatten().find(|value| !value.trim().is_empty());
        match effective {
            Some(value) => Lang::negotiate(&[value.as_str()]),
            None => Lang::En,
        }
    }
}

/// Turns one requested tag into a langid that `fluent-langneg` can match, applying the
/// project's fallback table. `None` for `C`/`POSIX` and unparsable input.
fn normalize_requested(raw: &str) -> Option<LanguageIdentifier> {
    // POSIX: language[_territory][.codeset][@modifier]
    let tag = raw.trim();
    let tag = tag.split(['.', '@']).next().unwrap_or("");
    if tag.is_empty() || tag.eq_ignore_ascii_case("C") || tag.eq_ignore_ascii_case("POSIX") {
        return None;
    }
    let tag = tag.replace('_', "-");
    let id: LanguageIdentifier = tag.parse().ok()?;
    match id.language.as_str() {
        "zh" => Some(Lang::ZhCn.langid()),
        "pt" => Some(Lang::PtBr.langid()),
        // Norwegian Bokmål and others stay as they are: langneg finds no match → English.
        _ => Some(id),
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Strict parsing of a supported code (case-insensitive, `_` accepted for `-`), for
/// command-line flags such as `--lang`: unlike [`Lang::negotiate`], an unsupported
/// language is an error rather than English.
impl FromStr for Lang {
    type Err = I18nError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim().replace('_', "-");
        // The pseudo-locale, when this process says English as `en-XA` (development only).
        if crate::pseudo::pseudo_english() && wanted.eq_ignore_ascii_case("en-XA") {
            return Ok(Lang::En);
        }
        Lang::ALL
            .iter()
            .copied()
            .find(|l| l.code().eq_ignore_ascii_case(&wanted))
            .ok_or_else(|| I18nError::UnknownLanguage(s.to_owned()))
    }
}

/// Lenient conversion: negotiates (`"de-AT"` → German, `"xx"` → English).
impl From<&str> for Lang {
    fn from(tag: &str) -> Self {
        Lang::negotiate(&[tag])
    }
}

/// Lenient conversion: negotiates (`"de-AT"` → German, `"xx"` → English).
impl From<&String> for Lang {
    fn from(tag: &String) -> Self {
        Lang::negotiate(&[tag.as_str()])
    }
}

/// Lenient conversion: negotiates.
impl From<&LanguageIdentifier> for Lang {
    fn from(id: &LanguageIdentifier) -> Self {
        Lang::negotiate(&[id.to_string().as_str()])
    }
}

impl From<Lang> for LanguageIdentifier {
    fn from(lang: Lang) -> Self {
        lang.langid()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(requested: &[&str], expected: &str) {
        assert_eq!(Lang::negotiate(requested).code(), expected, "requested {requested:?}");
    }

    #[test]
    fn negotiation_table() {
        let cases: &[(&[&str], &str)] = &[
            (&["en"], "en"),
            (&["en-US"], "en"),
            (&["en-GB"], "en"),
            (&["es"], "es"),
            (&["es-MX"], "es"),
            (&["es-419"], "es"),
            (&["de-AT"], "de"),
            (&["de-CH"], "de"),
            (&["fr-CA"], "fr"),
            (&["it-CH"], "it"),
            (&["pt"], "pt-BR"),
            (&["pt-PT"], "pt-BR"),
            (&["pt-BR"], "pt-BR"),
            (&["ja-JP"], "ja"),
            (&["zh"], "zh-CN"),
            (&["zh-TW"], "zh-CN"),
            (&["zh-HK"], "zh-CN"),
            (&["zh-Hant"], "zh-CN"),
            (&["zh-Hans-SG"], "zh-CN"),
            (&["ko-KR"], "ko"),
            (&["ar"], "ar"),
            (&["ar-EG"], "ar"),
            (&["ar-SA"], "ar"),
            (&["nl-NL"], "en"),
            (&["sw"], "en"),
            (&[], "en"),
            (&["not a tag!"], "en"),
            // Order of preference is kept; unsupported entries are skipped.
            (&["nl", "fr-BE", "de"], "fr"),
            (&["ko", "ja"], "ko"),
            // POSIX forms.
            (&["de_DE.UTF-8"], "de"),
            (&["pt_PT.UTF-8@euro"], "pt-BR"),
            (&["zh_TW.Big5"], "zh-CN"),
            (&["C"], "en"),
            (&["C.UTF-8"], "en"),
            (&["POSIX"], "en"),
        ];
        for (requested, expected) in cases {
            check(requested, expected);
        }
    }

    #[test]
    fn posix_precedence() {
        let s = |v: &str| Some(v.to_owned());
        let cases = [
            ((s("fr_FR.UTF-8"), s("de_DE.UTF-8"), s("ja_JP.UTF-8")), Lang::Fr),
            ((None, s("de_DE.UTF-8"), s("ja_JP.UTF-8")), Lang::De),
            ((s(""), None, s("ja_JP.UTF-8")), Lang::Ja),
            ((None, None, s("ko_KR.UTF-8")), Lang::Ko),
            ((None, None, s("C")), Lang::En),
            ((s("POSIX"), None, s("de_DE.UTF-8")), Lang::En),
            ((None, None, None), Lang::En),
        ];
        for ((all, msgs, lang), expected) in cases {
            assert_eq!(
                Lang::from_posix_vars(all.clone(), msgs.clone(), lang.clone()),
                expected,
                "{all:?} {msgs:?} {lang:?}"
            );
        }
    }

    #[test]
    fn strict_parse_and_codes() {
        for lang in Lang::ALL {
            assert_eq!(lang.code().parse::<Lang>().unwrap(), lang);
            assert_eq!(lang.to_string(), lang.code());
            assert_eq!(Lang::negotiate(&[lang.code()]), lang);
        }
        assert_eq!("pt_br".parse::<Lang>().unwrap(), Lang::PtBr);
        assert_eq!("ZH-cn".parse::<Lang>().unwrap(), Lang::ZhCn);
        assert!("pt-PT".parse::<Lang>().is_err());
        assert!("xx".parse::<Lang>().is_err());
    }

    #[test]
    fn lenient_parse_falls_back_within_a_language_only() {
        for (tag, want) in [
            ("de", Some(Lang::De)),
            ("pt-PT", Some(Lang::PtBr)),
            ("pt", Some(Lang::PtBr)),
            ("zh-TW", Some(Lang::ZhCn)),
            ("zh-Hant", Some(Lang::ZhCn)),
            ("de_AT.UTF-8", Some(Lang::De)),
            ("es-MX", Some(Lang::Es)),
            ("ar-EG", Some(Lang::Ar)),
            ("sv-SE", None),
            ("xx", None),
            ("", None),
        ] {
            assert_eq!(Lang::parse_lenient(tag), want, "{tag}");
        }
    }

    #[test]
    fn only_arabic_is_rtl() {
        assert!(Lang::Ar.is_rtl());
        assert_eq!(Lang::from("ar").dir(), "rtl");
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::Ar) {
            assert!(!lang.is_rtl(), "{lang}");
        }
    }

    #[test]
    fn serde_and_langid_use_the_code() {
        for lang in Lang::ALL {
            let json = serde_json::to_string(&lang).unwrap();
            assert_eq!(json, format!("\"{}\"", lang.code()));
            assert_eq!(serde_json::from_str::<Lang>(&json).unwrap(), lang);
            let id: LanguageIdentifier = lang.into();
            assert_eq!(Lang::from(&id), lang);
        }
    }
}
