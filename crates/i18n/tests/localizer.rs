//! Behaviour of `Localizer` and the formatting functions, table-driven.

use std::time::Duration;

use guard_i18n::{
    BidiIsolation, FluentValue, InternationalizationManager, Lang, Localizer, format_date, format_datetime,
    format_decimal, format_integer, format_number, format_percent, format_time,
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
        ("status-unknown.description", Lang::En, "No check result yet."),
        ("status-unknown.description", Lang::De, "Noch kein Prüfergebnis."),
        // dotted keys
        ("pipeline.healthy", Lang::En, "The pipeline is healthy."),
        ("pipeline.healthy", Lang::Es, "La canalización está en buen estado."),
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
    assert_eq!(loc.translate("no-such-message", Lang::De), "{no-such-message}");
    assert_eq!(loc.translate("status-healthy.no-such-attr", Lang::Fr), "{status-healthy.no-such-attr}");
    assert!(!loc.has("no-such-message", Lang::En));
}

#[test]
fn plurals_follow_each_language() {
    let loc = cli();
    let validate = |lang: Lang, components: i64, regions: i64| {
        loc.translate_with(
            "cli-validate-ok",
            lang,
            &[("file", "guard.yaml".into()), ("components", components.into()), ("regions", regions.into())],
        )
    };
    let cases = [
        (Lang::En, 1, 1, "guard.yaml is valid: 1 component in 1 region."),
        (Lang::En, 12, 3, "guard.yaml is valid: 12 components in 3 regions."),
        (Lang::Fr, 0, 1, "guard.yaml est valide\u{a0}: 0 composant dans 1 région."),
        (Lang::De, 1234, 2, "guard.yaml ist gültig: 1.234 Komponenten in 2 Regionen."),
        (Lang::PtBr, 1, 6, "guard.yaml é válido: 1 componente em 6 regiões."),
        (Lang::Ja, 1, 1, "guard.yaml は有効です: 1 個のリージョンに 1 個のコンポーネントがあります。"),
        (Lang::Ar, 0, 1, "guard.yaml صالح: لا توجد مكوّنات في منطقة واحدة."),
        (Lang::Ar, 2, 2, "guard.yaml صالح: مكوّنان في منطقتين."),
        (Lang::Ar, 3, 11, "guard.yaml صالح: 3 مكوّنات في 11 منطقة."),
        (Lang::Ar, 11, 100, "guard.yaml صالح: 11 مكوّنًا في 100 منطقة."),
        (Lang::Ar, 100, 6, "guard.yaml صالح: 100 مكوّن في 6 مناطق."),
    ];
    for (lang, components, regions, expected) in cases {
        assert_eq!(validate(lang, components, regions), expected, "{lang} {components} {regions}");
    }
}

#[test]
fn bidi_marks_only_where_wanted() {
    let args = [("url", FluentValue::from("http://127.0.0.1:7878"))];
    let ui = Localizer::embedded();
    assert_eq!(ui.bidi(), BidiIsolation::RtlOnly);
    let ar_ui = ui.translate_with("cli-serve-listening", Lang::Ar, &args);
    assert!(ar_ui.contains('\u{2068}') && ar_ui.contains('\u{2069}'), "{ar_ui:?}");
    let en_ui = ui.translate_with("cli-serve-listening", Lang::En, &args);
    assert_eq!(en_ui, "Serving on http://127.0.0.1:7878");

    let ar_cli = cli().translate_with("cli-serve-listening", Lang::Ar, &args);
    assert_eq!(ar_cli, "الخدمة متاحة على http://127.0.0.1:7878");

    let always = Localizer::embedded().with_bidi(BidiIsolation::Always);
    let de = always.translate_with("cli-serve-listening", Lang::De, &args);
    assert_eq!(de, "Bereitgestellt unter \u{2068}http://127.0.0.1:7878\u{2069}");
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
    let names: Vec<&str> = loc.sources(Lang::Ko).into_iter().map(|(name, _)| name).collect();
    assert!(names.contains(&"common.ftl") && names.contains(&"cli.ftl"), "{names:?}");
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
        assert_eq!(format_percent(*lang, *ratio, *digits), *expected, "{lang} {ratio}");
    }
}

#[test]
fn durations_table() {
    let loc = cli();
    let hour_five = Duration::from_secs(3900);
    let cases = [
        (Lang::En, hour_five, "1 h 5 min"),
        (Lang::De, hour_five, "1 Std. 5 Min."),
        (Lang::Fr, Duration::from_secs(2 * 86_400 + 3 * 3600), "2 j 3 h"),
        (Lang::Ja, hour_five, "1 時間 5 分"),
        (Lang::ZhCn, hour_five, "1小时5分钟"),
        (Lang::Ko, hour_five, "1시간 5분"),
        (Lang::Ar, hour_five, "1 س و5 د"),
        (Lang::En, Duration::from_millis(250), "250 ms"),
        (Lang::En, Duration::ZERO, "0 s"),
        (Lang::De, Duration::from_secs(45), "45 Sek."),
    ];
    for (lang, duration, expected) in cases {
        assert_eq!(loc.format_duration(lang, duration), expected, "{lang} {duration:?}");
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
        assert_eq!(format_datetime(*lang, t, *offset), *expected, "{lang} {offset}");
    }
    assert_eq!(format_date(Lang::PtBr, t, 0), "15 de jan. de 2025");
    assert_eq!(format_time(Lang::De, t, 0), "16:09");
    assert_eq!(format_time(Lang::En, t, 0), "4:09\u{202f}PM");
}

#[test]
fn numbers_inside_messages_are_localized() {
    let loc = cli();
    let text = loc.translate_with("cli-audit-ok", Lang::Fr, &[("rows", 12345.into())]);
    assert_eq!(text, "Journal d’audit intact\u{a0}: 12\u{202f}345 lignes vérifiées.");
}

#[test]
fn from_dir_loads_and_reports_errors_with_positions() {
    let root = std::env::temp_dir().join(format!("guard-i18n-test-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(root.join("en")).unwrap();
    std::fs::create_dir_all(root.join("de")).unwrap();
    std::fs::write(root.join("en/ui.ftl"), "hello = Hello, { $name }!\n").unwrap();
    std::fs::write(root.join("de/ui.ftl"), "hello = Hallo, { $name }!\n").unwrap();
    let loc = Localizer::from_dir(&root).unwrap().with_bidi(BidiIsolation::Never);
    assert_eq!(loc.available(), vec![Lang::En, Lang::De]);
    assert_eq!(loc.translate_with("hello", Lang::De, &[("name", "Ada".into())]), "Hallo, Ada!");
    // A language without files falls back to English.
    assert_eq!(loc.translate_with("hello", Lang::Ja, &[("name", "Ada".into())]), "Hello, Ada!");

    std::fs::write(root.join("de/broken.ftl"), "ok = fine\n\nbad = { $x\n").unwrap();
    let err = Localizer::from_dir(&root).unwrap_err().to_string();
    assert!(err.contains("de/broken.ftl:4:1: Expected a token"), "{err}");
    std::fs::remove_dir_all(&root).unwrap();

    assert!(Localizer::from_dir(root.join("nowhere")).is_err());
    // The repository's own locales load strictly too.
    Localizer::from_dir(guard_i18n::source_locales_dir()).unwrap();
}

/// Counts before a noun or verb that agrees with them (auto-scaling texts, scaling step details,
/// the auto-scaling panels): the engine passes these counts as f64 numbers, so a select on the
/// plural category picks the form ("1 instance runs", "3 instances run"; Arabic dual and few).
#[test]
fn scaling_counts_agree_with_their_nouns() {
    let loc = cli();
    let say = |key: &str, lang: Lang, args: &[(&'static str, f64)]| {
        let args: Vec<(&str, FluentValue)> = args.iter().map(|(k, v)| (*k, (*v).into())).collect();
        loc.translate_with(key, lang, &args)
    };
    let reason = "r";
    let with_reason = |key: &str, lang: Lang, from: f64, to: f64| {
        loc.translate_with(
            key,
            lang,
            &[
                ("from", from.into()),
                ("to", to.into()),
                ("reached", to.into()),
                ("reason", reason.into()),
                ("hold", "h".into()),
            ],
        )
    };
    type Case = (&'static str, Lang, &'static [(&'static str, f64)], &'static str);
    let cases: &[Case] = &[
        (
            "autoscale-reason-below-min",
            Lang::En,
            &[("instances", 1.0), ("min", 2.0)],
            "1 instance runs, fewer than the minimum of 2",
        ),
        (
            "autoscale-reason-below-min",
            Lang::En,
            &[("instances", 3.0), ("min", 4.0)],
            "3 instances run, fewer than the minimum of 4",
        ),
        (
            "autoscale-reason-above-max",
            Lang::En,
            &[("instances", 3.0), ("max", 1.0)],
            "3 instances run, more than the maximum of 1",
        ),
        ("autoscale-hold-at-max", Lang::En, &[("max", 1.0)], "Already at the maximum of 1 instance"),
        ("autoscale-hold-at-max", Lang::En, &[("max", 3.0)], "Already at the maximum of 3 instances"),
        ("autoscale-hold-at-min", Lang::En, &[("min", 1.0)], "Already at the minimum of 1 instance"),
        ("step-webhook-gave-up", Lang::En, &[("attempts", 1.0)], "{$last} (after 1 attempt)"),
        ("step-scale-down-min-replicas", Lang::En, &[("min", 3.0)], "already at the minimum of 3 replicas"),
        ("ui-as-queue-slots", Lang::En, &[("busy", 1.0), ("slots", 1.0)], "1 of 1 healing slot in use"),
        ("ui-as-queue-slots", Lang::En, &[("busy", 1.0), ("slots", 3.0)], "1 of 3 healing slots in use"),
        (
            "autoscale-reason-below-min",
            Lang::De,
            &[("instances", 1.0), ("min", 2.0)],
            "Es läuft 1 Instanz, weniger als das Minimum von 2",
        ),
        (
            "autoscale-reason-below-min",
            Lang::De,
            &[("instances", 3.0), ("min", 4.0)],
            "Es laufen 3 Instanzen, weniger als das Minimum von 4",
        ),
        ("autoscale-hold-at-min", Lang::De, &[("min", 1.0)], "Bereits beim Minimum von 1 Instanz"),
        ("autoscale-hold-at-min", Lang::De, &[("min", 3.0)], "Bereits beim Minimum von 3 Instanzen"),
        ("step-scale-up-max-replicas", Lang::De, &[("max", 1.0)], "bereits beim Maximum von 1 Replikat"),
        ("step-scale-up-max-replicas", Lang::De, &[("max", 3.0)], "bereits beim Maximum von 3 Replikaten"),
        (
            "autoscale-reason-above-max",
            Lang::Fr,
            &[("instances", 1.0), ("max", 0.0)],
            "1 instance tourne, plus que le maximum de 0",
        ),
        (
            "autoscale-reason-above-max",
            Lang::Fr,
            &[("instances", 3.0), ("max", 2.0)],
            "3 instances tournent, plus que le maximum de 2",
        ),
        ("autoscale-hold-at-max", Lang::Fr, &[("max", 1.0)], "Déjà au maximum de 1 instance"),
        ("autoscale-hold-at-max", Lang::Fr, &[("max", 3.0)], "Déjà au maximum de 3 instances"),
        ("ui-as-err-cooldown", Lang::Fr, &[("max", 1.0)], "Doit être compris entre 0 et 1 seconde."),
        ("ui-as-err-cooldown", Lang::Fr, &[("max", 3.0)], "Doit être compris entre 0 et 3 secondes."),
        (
            "autoscale-reason-below-min",
            Lang::Ar,
            &[("instances", 1.0), ("min", 2.0)],
            "تعمل نسخة واحدة، أقل من الحد الأدنى البالغ 2",
        ),
        (
            "autoscale-reason-below-min",
            Lang::Ar,
            &[("instances", 2.0), ("min", 3.0)],
            "تعمل نسختان، أقل من الحد الأدنى البالغ 3",
        ),
        (
            "autoscale-reason-below-min",
            Lang::Ar,
            &[("instances", 3.0), ("min", 4.0)],
            "تعمل 3 نسخ، أقل من الحد الأدنى البالغ 4",
        ),
        (
            "autoscale-reason-above-max",
            Lang::Ar,
            &[("instances", 11.0), ("max", 10.0)],
            "تعمل 11 نسخةً، أكثر من الحد الأقصى البالغ 10",
        ),
        (
            "autoscale-reason-above-max",
            Lang::Ar,
            &[("instances", 100.0), ("max", 10.0)],
            "تعمل 100 نسخة، أكثر من الحد الأقصى البالغ 10",
        ),
        ("autoscale-hold-at-max", Lang::Ar, &[("max", 1.0)], "بلغ بالفعل الحد الأقصى البالغ نسخة واحدة"),
        ("autoscale-hold-at-max", Lang::Ar, &[("max", 2.0)], "بلغ بالفعل الحد الأقصى البالغ نسختين"),
        ("autoscale-hold-at-max", Lang::Ar, &[("max", 3.0)], "بلغ بالفعل الحد الأقصى البالغ 3 نسخ"),
        ("step-webhook-gave-up", Lang::Ar, &[("attempts", 2.0)], "{$last} (بعد محاولتين)"),
        ("step-webhook-gave-up", Lang::Ar, &[("attempts", 3.0)], "{$last} (بعد 3 محاولات)"),
    ];
    for (key, lang, args, expected) in cases {
        assert_eq!(say(key, *lang, args), *expected, "{key} in {lang} with {args:?}");
    }
    // Scaling decisions: the noun agrees with the count it follows.
    let decisions = [
        ("autoscale-decision-up", Lang::En, 1.0, 3.0, "Scale up from 1 to 3 instances: r"),
        ("autoscale-decision-down", Lang::En, 3.0, 1.0, "Scale down from 3 to 1 instance: r"),
        ("autoscale-decision-held", Lang::En, 1.0, 1.0, "Scaling from 1 instance held back: h (r)"),
        ("autoscale-decision-blocked", Lang::En, 3.0, 3.0, "No scaling from 3 instances: h"),
        ("autoscale-decision-down", Lang::De, 3.0, 1.0, "Herunterskalieren von 3 auf 1 Instanz: r"),
        ("autoscale-decision-up", Lang::De, 1.0, 3.0, "Hochskalieren von 1 auf 3 Instanzen: r"),
        ("autoscale-decision-blocked", Lang::De, 1.0, 1.0, "Keine Skalierung von 1 Instanz aus: h"),
        ("autoscale-decision-down", Lang::Fr, 3.0, 1.0, "Réduire de 3 à 1 instance\u{a0}: r"),
        ("autoscale-decision-up", Lang::Fr, 1.0, 3.0, "Passer de 1 à 3 instances\u{a0}: r"),
        ("autoscale-decision-blocked", Lang::Ar, 1.0, 1.0, "لا توسع من نسخة واحدة: h"),
        ("autoscale-decision-blocked", Lang::Ar, 2.0, 2.0, "لا توسع من نسختين: h"),
        ("autoscale-decision-blocked", Lang::Ar, 3.0, 3.0, "لا توسع من 3 نسخ: h"),
    ];
    for (key, lang, from, to, expected) in decisions {
        assert_eq!(with_reason(key, lang, from, to), expected, "{key} in {lang} from {from} to {to}");
    }
}
