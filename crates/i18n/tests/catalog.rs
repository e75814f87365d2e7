//! Guards the message catalogs in `locales/<lang>/*.ftl`, including files other crates add
//! (`ui.ftl`, `reports.ftl`, …): every file parses, every language has exactly English's
//! message ids, attributes and variables, every message formats without error, and
//! translations are not English copied over.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::PathBuf;

use fluent_syntax::ast;
use fluent_syntax::parser;
use guard_i18n::{FluentArgs, FluentValue, Lang, Localizer};

/// `lang → file → source`, read from the repository (not the embedded copy).
type Sources = BTreeMap<String, BTreeMap<String, String>>;

fn locales_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../locales")
}

fn read_sources() -> Sources {
    let mut sources = Sources::new();
    for dir in fs::read_dir(locales_dir()).expect("locales/ exists").flatten() {
        if !dir.path().is_dir() {
            continue;
        }
        let lang = dir.file_name().to_string_lossy().into_owned();
        let files = sources.entry(lang).or_default();
        for file in fs::read_dir(dir.path()).unwrap().flatten() {
            let name = file.file_name().to_string_lossy().into_owned();
            if name.ends_with(".ftl") {
                files.insert(name, fs::read_to_string(file.path()).unwrap());
            }
        }
    }
    sources
}

/// What one message exposes to callers: `id` or `id.attr` → variables it references.
type Shape = BTreeMap<String, BTreeSet<String>>;

/// The shape of all messages of one language (terms are language-private and not compared),
/// plus a problem for every syntax error and duplicate id.
fn shape_of(lang: &str, files: &BTreeMap<String, String>) -> (Shape, Vec<String>) {
    let mut shape = Shape::new();
    let mut problems = Vec::new();
    for (file, source) in files {
        let resource = match parser::parse(source.as_str()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                for e in errors {
                    let line = source[..e.pos.start.min(source.len())].matches('\n').count() + 1;
                    problems.push(format!("{lang}/{file}:{line}: syntax error: {}", e.kind));
                }
                resource
            }
        };
        for entry in resource.body {
            if let ast::Entry::Message(message) = entry {
                let id = message.id.name;
                if let Some(value) = &message.value {
                    insert(&mut shape, &mut problems, lang, file, id.to_owned(), vars_of(value));
                }
                for attr in &message.attributes {
                    let key = format!("{id}.{}", attr.id.name);
                    insert(&mut shape, &mut problems, lang, file, key, vars_of(&attr.value));
                }
            }
        }
    }
    (shape, problems)
}

fn insert(shape: &mut Shape, problems: &mut Vec<String>, lang: &str, file: &str, key: String, vars: BTreeSet<String>) {
    if shape.insert(key.clone(), vars).is_some() {
        problems.push(format!("{lang}/{file}: duplicate message {key}"));
    }
}

fn vars_of(pattern: &ast::Pattern<&str>) -> BTreeSet<String> {
    let mut vars = BTreeSet::new();
    walk_pattern(pattern, &mut vars);
    vars
}

fn walk_pattern(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(expression, vars);
        }
    }
}

fn walk_expression(expression: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, vars);
            for variant in variants {
                walk_pattern(&variant.value, vars);
            }
        }
        ast::Expression::Inline(inline) => walk_inline(inline, vars),
    }
}

fn walk_inline(inline: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                walk_inline(arg, vars);
            }
            for named in &arguments.named {
                walk_inline(&named.value, vars);
            }
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, vars),
        _ => {}
    }
}

/// Every difference between English and the other languages, as readable lines.
fn parity_problems(sources: &Sources) -> Vec<String> {
    let mut problems = Vec::new();
    let Some(en_files) = sources.get("en") else {
        return vec!["locales/en is missing".into()];
    };
    let (en, en_problems) = shape_of("en", en_files);
    problems.extend(en_problems);
    for (lang, files) in sources.iter().filter(|(l, _)| l.as_str() != "en") {
        let (shape, lang_problems) = shape_of(lang, files);
        problems.extend(lang_problems);
        let en_names: BTreeSet<&String> = en_files.keys().collect();
        let names: BTreeSet<&String> = files.keys().collect();
        for missing in en_names.difference(&names) {
            problems.push(format!("{lang}: file {missing} is missing"));
        }
        for extra in names.difference(&en_names) {
            problems.push(format!("{lang}: file {extra} has no English original"));
        }
        for (key, vars) in &en {
            match shape.get(key) {
                None => problems.push(format!("{lang}: missing message {key}")),
                Some(theirs) if theirs != vars => {
                    problems.push(format!("{lang}: {key} uses variables {theirs:?}, English uses {vars:?}"))
                }
                Some(_) => {}
            }
        }
        for key in shape.keys().filter(|k| !en.contains_key(*k)) {
            problems.push(format!("{lang}: extra message {key} (not in English)"));
        }
    }
    problems
}

#[test]
fn all_ten_languages_have_a_folder_and_no_other_folder_exists() {
    let sources = read_sources();
    let found: BTreeSet<&str> = sources.keys().map(String::as_str).collect();
    let expected: BTreeSet<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
    assert_eq!(found, expected);
    for (lang, files) in &sources {
        for name in ["common.ftl", "cli.ftl"] {
            assert!(files.contains_key(name), "{lang}/{name} missing");
        }
    }
}

#[test]
fn every_file_parses_and_every_language_matches_english() {
    let problems = parity_problems(&read_sources());
    assert!(problems.is_empty(), "{} problem(s):\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn the_parity_check_catches_missing_extra_and_changed_messages() {
    let file = |text: &str| BTreeMap::from([("common.ftl".to_owned(), text.to_owned())]);
    let mut sources = Sources::new();
    sources.insert("en".into(), file("a = A { $n }\nb = B\n    .title = T\nc = C\n"));
    sources.insert("de".into(), file("a = A { $m }\nb = B\nd = D\nd = D2\n"));
    sources.insert("fr".into(), file("a = { $n ->\n   *[other] x\n}\nb = B\n    .title = T\nc = C\nbroken = {\n"));
    let problems = parity_problems(&sources).join("\n");
    for expected in [
        "de: a uses variables",
        "de: missing message b.title",
        "de: missing message c",
        "de: extra message d",
        "de/common.ftl: duplicate message d",
        "syntax error: Expected an inline expression",
    ] {
        assert!(problems.contains(expected), "expected {expected:?} in:\n{problems}");
    }
    assert!(!problems.contains("fr: a uses"), "a selector variable counts as used:\n{problems}");
}

#[test]
fn the_embedded_copy_is_the_repository_copy() {
    let sources = read_sources();
    let embedded = guard_i18n::embedded_files();
    let on_disk: usize = sources.values().map(BTreeMap::len).sum();
    assert_eq!(embedded.len(), on_disk, "rebuild should re-embed locales/");
    for file in embedded {
        assert_eq!(sources[file.lang][file.file], file.source, "{}/{}", file.lang, file.file);
    }
}

#[test]
fn every_message_formats_without_errors_in_every_language() {
    let loc = Localizer::embedded();
    let sources = read_sources();
    let (en, _) = shape_of("en", &sources["en"]);
    for lang in Lang::ALL {
        for (key, vars) in &en {
            for n in [0.0, 1.0, 2.0, 3.0, 11.0, 100.0, 1.5] {
                let args: FluentArgs = vars.iter().map(|v| (v.as_str(), FluentValue::from(n))).collect();
                let text = loc.translate_args(key, lang, &args);
                assert!(loc.has(key, lang), "{lang}: {key} missing");
                assert!(
                    !text.contains("{$") && !text.contains("{-") && !text.trim().is_empty()
                        || key == "unit-duration-separator",
                    "{lang}: {key} rendered {text:?}"
                );
                assert!(!text.contains("{{"), "{lang}: {key} rendered {text:?}");
            }
        }
    }
}

/// Product names and words that really are spelled the same in that language.
const SAME_AS_ENGLISH: &[(&str, &str)] = &[
    ("*", "product-name"),
    // Notification channels (ui-channels.ftl): the kind's own name, and words these languages share.
    ("*", "ui-channels-kind-webhook"),
    ("de", "ui-channels-col-filter"),
    ("de", "ui-channels-col-status"),
    ("pt-BR", "ui-channels-col-status"),
    ("it", "ui-channels-field-smtp-password"),
    ("fr", "unit-incidents"),
    ("fr", "ui-nav-incidents"),
    ("fr", "ui-front-col-instance"),
    ("fr", "ui-incidents-title"),
    ("fr", "notification-label-incident"),
    ("de", "ui-col-region"),
    ("de", "ui-list-group-region"),
    // Compliance reports: the same word in these languages.
    ("de", "report-col-region"),
    ("de", "report-col-standard"),
    ("de", "report-col-status"),
    ("es", "report-col-control"),
    ("es", "jurisdiction-us-ca"),
    ("fr", "report-col-action"),
    ("fr", "report-section-incidents"),
    ("fr", "retention-incidents"),
    ("it", "report-col-standard"),
    ("it", "jurisdiction-us-ca"),
    ("it", "jurisdiction-sg"),
    ("pt-BR", "report-col-status"),
    ("it", "ui-session-password"),
    // Compliance page and security settings: the same word in these languages.
    ("de", "ui-compliance-region"),
    ("de", "ui-security-role-admin"),
    ("fr", "ui-compliance-destination"),
    ("it", "ui-security-password"),
    ("it", "ui-security-token-user"),
    // The name of a standard written the same everywhere (ui-standards.ftl).
    ("*", "ui-standard-iso27001"),
];

/// Letters of a pattern's text (all variants), with placeables removed.
fn letters(pattern: &ast::Pattern<&str>) -> String {
    let mut out = String::new();
    collect_text(pattern, &mut out);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn collect_text(pattern: &ast::Pattern<&str>, out: &mut String) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable { expression: ast::Expression::Select { variants, .. } } => {
                for variant in variants {
                    out.push(' ');
                    collect_text(&variant.value, out);
                }
            }
            ast::PatternElement::Placeable { .. } => out.push(' '),
        }
    }
}

fn texts(files: &BTreeMap<String, String>) -> BTreeMap<String, String> {
    let mut texts = BTreeMap::new();
    for source in files.values() {
        let resource = parser::parse(source.as_str()).unwrap_or_else(|(r, _)| r);
        for entry in resource.body {
            if let ast::Entry::Message(m) = entry {
                if let Some(value) = &m.value {
                    texts.insert(m.id.name.to_owned(), letters(value));
                }
                for attr in &m.attributes {
                    texts.insert(format!("{}.{}", m.id.name, attr.id.name), letters(&attr.value));
                }
            }
        }
    }
    texts
}

#[test]
fn translations_are_not_english_copied_over() {
    let sources = read_sources();
    let en = texts(&sources["en"]);
    let mut copied = Vec::new();
    for (lang, files) in sources.iter().filter(|(l, _)| l.as_str() != "en") {
        for (key, text) in texts(files) {
            let allowed = SAME_AS_ENGLISH.iter().any(|(l, k)| (*l == "*" || l == lang) && *k == key);
            let letter_count = text.chars().filter(|c| c.is_alphabetic()).count();
            if !allowed && letter_count >= 6 && en.get(&key) == Some(&text) {
                copied.push(format!("{lang}: {key} = {text:?}"));
            }
        }
    }
    assert!(copied.is_empty(), "identical to English:\n{}", copied.join("\n"));
}

#[test]
fn cjk_and_arabic_files_contain_no_english_words() {
    // Latin-script words allowed in scripts that don't use Latin letters.
    const TECHNICAL: &[&str] = &[
        // Notification channels (ui-channels.ftl): protocols and products by their names.
        "SMTP",
        "Webhook",
        "Slack",
        "Teams",
        "Pipeline",
        "Guard",
        "pipeline-guard",
        "--help",
        "YAML",
        "RFC",
        "UTC",
        "YYYY-MM-DD",
        "KB",
        "MB",
        "GB",
        "ms",
        "s",
        "m",
        "h",
        "d",
        "serve",
        "demo",
        "detect",
        "validate",
        "report",
        "verify",
        "audit",
        // Compliance reports: acronyms of laws and terms of art.
        "SLA",
        "SHA-256",
        "GDPR",
        "CCPA",
        "LGPD",
        "PDPA",
        // Compliance texts: the EU as a legal area, API tokens.
        "EU",
        "API",
        // Export formats and identifiers on the Compliance and Settings pages.
        "PDF",
        "HTML",
        "CSV",
        "JSON",
        "zip",
        "ID",
        // Distances (regions-optimal.ftl): the kilometre symbol, as CLDR writes it in ja.
        "km",
        // CLI output (cli-output.ftl): transport security and its file format.
        "TLS",
        "PEM",
        // Check issues (engine-texts.ftl): the protocol in "HTTP 500 from …".
        "HTTP",
        // Config errors (config-errors.ftl): "an http:// or https:// URL".
        "http",
        "https",
        "URL",
        "shell",
        // Component form (ui-components-edit.ftl): protocols and products by their names.
        "TCP",
        "CPU",
        "PromQL",
        "Prometheus",
        // API errors (api-errors.ftl): the product that posts alerts by its name.
        "Alertmanager",
        // Config problems (config-validate-extra.ftl) and the standards' names (ui-standards.ftl).
        "IP",
        "HIPAA",
        "ISO",
        "IEC",
        "SOC",
    ];
    let sources = read_sources();
    for lang in ["ja", "zh-CN", "ko", "ar"] {
        for (key, text) in texts(&sources[lang]) {
            // Between backquotes: keys and values as written in a config file, never translated.
            let outside: String = text.split('`').step_by(2).collect::<Vec<_>>().join(" ");
            for word in outside.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-')) {
                let latin = word.chars().any(|c| c.is_ascii_alphabetic());
                let technical = TECHNICAL.contains(&word) || word.chars().any(|c| c.is_ascii_digit()); // 250ms, 5m, 24h …
                assert!(!latin || technical, "{lang}: {key} has Latin word {word:?} in {text:?}");
            }
        }
    }
}
