//! Behaviour of `Localizer` and the formatting functions, table-driven.

use std::time::Duration;

use guard_i18n::{
    BidiIsolation, FluentValue, InternationalizationManager, Lang, Localizer, format_date,
    format_datetime, format_decimal, format_integer, format_number, format_percent, format_time,
};

fn cli() -> Localizer {
    Localizer::embedded().with_bidi(BidiIsolation::Never)
}

#[test]
fn translate_plain_messages() {
    let loc = cli();
    let cases = [
        ("status-healthy", Lang::En, "Healthy"),
        ("status-healthy", Lang::Es, "Saludable"),
        ("status-healthy", Lang::De, "Fehlerfrei"),
        ("status-failed", Lang::Fr, "En échec"),
        ("region-asia-pacific", Lang::It, "Asia-Pacifico"),
        ("region-sa-east", Lang::PtBr, "Leste da América do Sul"),
        ("mode-healing", Lang::Ja, "修復中"),
        ("severity-critical", Lang::ZhCn, "严重"),
        ("button-save", Lang::Ko, "저장"),
        ("status-healthy", Lang::Ar, "سليم"),
        // attributes
        (
            "status-unknown.description",
            Lang::En,
            "No check result yet.",
        ),
        (
            "status-unknown.description",
            Lang::De,
            "Noch kein Prüfergebnis.",
        ),
        // the brief's dotted keys
        ("pipeline.healthy", Lang::En, "The pipeline is healthy."),
        (
            "pipeline.healthy",
            Lang::Es,
            "La canalización está en buen estado.",
        ),
        ("pipeline.healthy", Lang::De, "Die Pipeline ist fehlerfrei."),
    ];
    for (key, lang, expected) in cases {
        assert_eq!(loc.translate(key, lang), expected, "{key} in {lang}");
    }
}

#[test]
fn lang_argument_accepts_tags_and_langids() {
    let loc: InternationalizationManager = cli();
    assert_eq!(loc.translate("status-failed", "de-AT"), "Ausgefallen");
    assert_eq!(loc.translate("status-failed", "pt-PT"), "Com falha");
    assert_eq!(loc.translate("status-failed", "zh-TW"), "故障");
    assert_eq!(loc.translate("status-failed", "xx"), "Failed");
    let id: guard_i18n::LanguageIdentifier = "es-MX".parse().unwrap();
    assert_eq!(loc.translate("status-failed", &id), "Con fallos");
}

#[test]
fn missing_keys_are_visible() {
    let loc = cli();
    assert_eq!(
        loc.translate("no-such-message", Lang::De),
        "{no-such-message}"
    );
    assert_eq!(
        loc.translate("status-healthy.no-such-attr", Lang::Fr),
        "{status-healthy.no-such-attr}"
    );
    assert!(!loc.has("no-such-message", Lang::En));
}

#[test]
fn plurals_follow_each_language() {
    let loc = cli();
    let validate = |lang: Lang, components: i64, regions: i64| {
        loc.translate_with(
            "cli-validate-ok",
            lang,
            &[
                ("file", "guard.yaml".into()),
                ("components", components.into()),
                ("regions", regions.into()),
            ],
        )
    };
    let cases = [
        (
            Lang::En,
            1,
            1,
            "guard.yaml is valid: 1 component in 1 region.",
        ),
        (
            Lang::En,
            12,
            3,
            "guard.yaml is valid: 12 components in 3 regions.",
        ),
        (
            Lang::Fr,
            0,
            1,
            "guard.yaml est valide\u{a0}: 0 composant dans 1 région.",
        ),
        (
            Lang::De,
            1234,
            2,
            "guard.yaml ist gültig: 1.234 Komponenten in 2 Regionen.",
        ),
        (
            Lang::PtBr,
            1,
            6,
            "guard.yaml é válido: 1 componente em 6 regiões.",
        ),
        (
            Lang::Ja,
            1,
            1,
            "guard.yaml は有効です: 1 個のリージョンに 1 個のコンポーネントがあります。",
        ),
        (
            Lang::Ar,
            0,
            1,
            "guard.yaml صالح: لا توجد مكوّنات في منطقة واحدة.",
        ),
        (Lang::Ar, 2, 2, "guard.yaml صالح: مكوّنان في منطقتين."),
        (Lang::Ar, 3, 11, "guard.yaml صالح: 3 مكوّنات في 11 منطقة."),
        (Lang::Ar, 11, 100, "guard.yaml صالح: 11 مكوّنًا في 100 منطقة."),
        (Lang::Ar, 100, 6, "guard.yaml صالح: 100 مكوّن في 6 مناطق."),
    ];
    for (lang, components, regions, expected) in cases {
        assert_eq!(
            validate(lang, components, regions),
            expected,
            "{lang} {components} {regions}"
        );
    }
}

#[test]
fn bidi_marks_only_where_wanted() {
    let args = [("url", FluentValue::from("http://127.0.0.1:7878"))];
    let ui = Localizer::embedded();
    assert_eq!(ui.bidi(), BidiIsolation::RtlOnly);
    let ar_ui = ui.translate_with("cli-serve-listening", Lang::Ar, &args);
    assert!(
        ar_ui.contains('\u{2068}') && ar_ui.contains('\u{2069}'),
        "{ar_ui:?}"
    );
    let en_ui = ui.translate_with("cli-serve-listening", Lang::En, &args);
    assert_eq!(en_ui, "Serving on http://127.0.0.1:7878");

    let ar_cli = cli().translate_with("cli-serve-listening", Lang::Ar, &args);
    assert_eq!(ar_cli, "الخدمة متاحة على http://127.0.0.1:7878");

    let always = Localizer::embedded().with_bidi(BidiIsolation::Always);
    let de = always.translate_with("cli-serve-listening", Lang::De, &args);
    assert_eq!(
        de,
        "Bereitgestellt unter \u{2068}http://127.0.0.1:7878\u{2069}"
    );
}

#[test]
fn is_rtl_and_available() {
    let loc = cli();
    assert!(loc.is_rtl("ar"));
    assert!(loc.is_rtl(Lang::Ar));
    assert!(!loc.is_rtl("he-IL")); // unsupported → English
    assert!(!loc.is_rtl("fr"));
    assert_eq!(loc.available(), Lang::ALL.to_vec());
    assert_eq!(loc.negotiate(&["pt-PT", "en"]), Lang::PtBr);
    assert_eq!(loc.negotiate(&["zh-HK"]), Lang::ZhCn);
}

#[test]
fn sources_for_the_webview() {
    let loc = cli();
    let names: Vec<&str> = loc
        .sources(Lang::Ko)
        .into_iter()
        .map(|(name, _)| name)
        .collect();
    assert!(
        names.contains(&"common.ftl") && names.contains(&"cli.ftl"),
        "{names:?}"
    );
}

#[test]
fn numbers_table() {
    let cases: &[(Lang, f64, &str)] = &[
        (Lang::En, 1234567.891, "1,234,567.891"),
        (Lang::En, 0.12345, "0.123"),
        (Lang::En, -2.5, "-2.5"),
        (Lang::De, 1234567.891, "1.234.567,891"),
        (Lang::Fr, 1234567.891, "1\u{202f}234\u{202f}567,891"),
        (Lang::Es, 1234.5, "1234,5"), // CLDR: Spanish groups only from five digits
        (Lang::Es, 12345.5, "12.345,5"),
        (Lang::PtBr, 1234.5, "1.234,5"),
        (Lang::Ja, 1234.5, "1,234.5"),
        (Lang::Ar, 1234.5, "1,234.5"),
    ];
    for (lang, value, expected) in cases {
        assert_eq!(format_number(*lang, *value), *expected, "{lang} {value}");
    }
    assert_eq!(format_decimal(Lang::De, 12.5, 2), "12,50");
    assert_eq!(format_decimal(Lang::En, 2.0 / 3.0, 2), "0.67");
    assert_eq!(format_integer(Lang::It, 9876543), "9.876.543");
}

#[test]
fn percentages_table() {
    let cases: &[(Lang, f64, usize, &str)] = &[
        (Lang::En, 0.256, 1, "25.6%"),
        (Lang::En, 0.999, 0, "100%"),
        (Lang::De, 0.256, 1, "25,6\u{a0}%"),
        (Lang::Es, 0.5, 0, "50\u{a0}%"),
        (Lang::Fr, 0.256, 1, "25,6\u{202f}%"),
        (Lang::It, 0.256, 1, "25,6%"),
        (Lang::ZhCn, 0.995, 1, "99.5%"),
        (Lang::Ar, 0.25, 0, "25\u{200e}%\u{200e}"),
    ];
    for (lang, ratio, digits, expected) in cases {
        assert_eq!(
            format_percent(*lang, *ratio, *digits),
            *expected,
            "{lang} {ratio}"
        );
    }
}

#[test]
fn durations_table() {
    let loc = cli();
    let hour_five = Duration::from_secs(3900);
    let cases = [
        (Lang::En, hour_five, "1 h 5 min"),
        (Lang::De, hour_five, "1 Std. 5 Min."),
        (
            Lang::Fr,
            Duration::from_secs(2 * 86_400 + 3 * 3600),
            "2 j 3 h",
        ),
        (Lang::Ja, hour_five, "1 時間 5 分"),
        (Lang::ZhCn, hour_five, "1小时5分钟"),
        (Lang::Ko, hour_five, "1시간 5분"),
        (Lang::Ar, hour_five, "1 س و5 د"),
        (Lang::En, Duration::from_millis(250), "250 ms"),
        (Lang::En, Duration::ZERO, "0 s"),
        (Lang::De, Duration::from_secs(45), "45 Sek."),
    ];
    for (lang, duration, expected) in cases {
        assert_eq!(
            loc.format_duration(lang, duration),
            expected,
            "{lang} {duration:?}"
        );
    }
}

#[test]
fn dates_and_times_table() {
    // 2025-01-15 16:09:35 UTC
    let t = 1_736_957_375;
    let cases: &[(Lang, i32, &str)] = &[
        (Lang::En, 0, "Jan 15, 2025, 4:09\u{202f}PM"),
        (Lang::De, 0, "15.01.2025, 16:09"),
        (Lang::Fr, 60, "15 janv. 2025, 17:09"),
        (Lang::Es, 0, "15 ene 2025, 16:09"),
        (Lang::Ja, 9 * 60, "2025/01/16 1:09"),
        (Lang::ZhCn, 8 * 60, "2025年1月16日 00:09"),
    ];
    for (lang, offset, expected) in cases {
        assert_eq!(
            format_datetime(*lang, t, *offset),
            *expected,
            "{lang} {offset}"
        );
    }
    assert_eq!(format_date(Lang::PtBr, t, 0), "15 de jan. de 2025");
    assert_eq!(format_time(Lang::De, t, 0), "16:09");
    assert_eq!(format_time(Lang::En, t, 0), "4:09\u{202f}PM");
}

#[test]
fn numbers_inside_messages_are_localized() {
    let loc = cli();
    let text = loc.translate_with("cli-audit-ok", Lang::Fr, &[("rows", 12345.into())]);
    assert_eq!(
        text,
        "Journal d’audit intact\u{a0}: 12\u{202f}345 lignes vérifiées."
    );
}

#[test]
fn from_dir_loads_and_reports_errors_with_positions() {
    let root = std::env::temp_dir().join(format!("guard-i18n-test-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(root.join("en")).unwrap();
    std::fs::create_dir_all(root.join("de")).unwrap();
    std::fs::write(root.join("en/ui.ftl"), "hello = Hello, { $name }!\n").unwrap();
    std::fs::write(root.join("de/ui.ftl"), "hello = Hallo, { $name }!\n").unwrap();
    let loc = Localizer::from_dir(&root)
        .unwrap()
        .with_bidi(BidiIsolation::Never);
    assert_eq!(loc.available(), vec![Lang::En, Lang::De]);
    assert_eq!(
        loc.translate_with("hello", Lang::De, &[("name", "Ada".into())]),
        "Hallo, Ada!"
    );
    // A language without files falls back to English.
    assert_eq!(
        loc.translate_with("hello", Lang::Ja, &[("name", "Ada".into())]),
        "Hello, Ada!"
    );

    std::fs::write(root.join("de/broken.ftl"), "ok = fine\n\nbad = { $x\n").unwrap();
    let err = Localizer::from_dir(&root).unwrap_err().to_string();
    assert!(err.contains("de/broken.ftl:4:1: Expected a token"), "{err}");
    std::fs::remove_dir_all(&root).unwrap();

    assert!(Localizer::from_dir(root.join("nowhere")).is_err());
    // The repository's own locales load strictly too.
    Localizer::from_dir(guard_i18n::source_locales_dir()).unwrap();
}
