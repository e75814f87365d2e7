//! Terminology: `locales/GLOSSARY.md` is the one source of the chosen word per product term and
//! language. For every message (and attribute) whose English text uses a term, the translation
//! with the same id must not use one of that language's banned variants. Reads every
//! `locales/<lang>/*.ftl` of the repository, so files other branches add are checked too.

use std::collections::BTreeMap;
use std::fs;
use std::path::PathBuf;

use fluent_syntax::ast;
use fluent_syntax::parser;

fn locales_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../locales")
}

/// One form of a term: `word`, `word*`, `*word`, `*word*` (see GLOSSARY.md).
#[derive(Debug, Clone)]
struct Form {
    /// As written in the glossary, for messages.
    shown: String,
    /// Normalized text to look for.
    text: String,
    /// Must start at a word edge.
    start_edge: bool,
    /// Must end at a word edge.
    end_edge: bool,
}

impl Form {
    fn parse(raw: &str) -> Form {
        let start_edge = !raw.starts_with('*');
        let end_edge = !raw.ends_with('*');
        Form { shown: raw.to_owned(), text: normalize(raw.trim_matches('*')), start_edge, end_edge }
    }

    /// Byte offsets in `text` (normalized) where this form matches.
    fn matches(&self, text: &str) -> Vec<usize> {
        let mut found = Vec::new();
        if self.text.is_empty() {
            return found;
        }
        for (at, _) in text.match_indices(&self.text) {
            let before = text[..at].chars().next_back();
            let after = text[at + self.text.len()..].chars().next();
            if self.start_edge && before.is_some_and(is_word_char) {
                continue;
            }
            if self.end_edge && after.is_some_and(is_word_char) {
                continue;
            }
            found.push(at);
        }
        found
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\'' || c == '’'
}

/// Lower case, Arabic diacritics (harakat, superscript alef) and tatweel removed, whitespace
/// (including no-break spaces) collapsed to one space.
fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if ('\u{064B}'..='\u{065F}').contains(&c) || c == '\u{0670}' || c == '\u{0640}' {
            continue;
        }
        if c.is_whitespace() || c == '\u{202F}' || c == '\u{00A0}' {
            if !space {
                out.push(' ');
            }
            space = true;
            continue;
        }
        space = false;
        out.extend(c.to_lowercase());
    }
    out
}

#[derive(Debug)]
struct Row {
    chosen: Vec<Form>,
    banned: Vec<Form>,
    allowed: Vec<Form>,
    line: usize,
}

#[derive(Debug)]
struct Term {
    name: String,
    english: Vec<Form>,
    except: Vec<Form>,
    rows: BTreeMap<String, Row>,
}

impl Term {
    /// Whether the (normalized) English text uses the term.
    fn used_in(&self, english: &str) -> bool {
        self.english.iter().any(|form| {
            form.matches(english).into_iter().any(|at| !self.except.iter().any(|ex| ex.matches(english).contains(&at)))
        })
    }
}

/// The backticked items of a table cell or line.
fn backticked(cell: &str) -> Vec<String> {
    cell.split('`').skip(1).step_by(2).map(str::to_owned).collect()
}

fn parse_glossary(source: &str) -> Result<Vec<Term>, Vec<String>> {
    let mut terms: Vec<Term> = Vec::new();
    let mut problems = Vec::new();
    for (n, line) in source.lines().enumerate() {
        let line_no = n + 1;
        if let Some(name) = line.strip_prefix("## ") {
            terms.push(Term {
                name: name.trim().to_owned(),
                english: Vec::new(),
                except: Vec::new(),
                rows: BTreeMap::new(),
            });
            continue;
        }
        let Some(term) = terms.last_mut() else {
            continue;
        };
        if let Some(rest) = line.strip_prefix("English:") {
            for item in backticked(rest) {
                match item.strip_prefix('!') {
                    Some(ex) => term.except.push(Form::parse(ex)),
                    None => term.english.push(Form::parse(&item)),
                }
            }
            continue;
        }
        if !line.starts_with('|') {
            continue;
        }
        let cells: Vec<&str> = line.trim().trim_matches('|').split('|').map(str::trim).collect();
        if cells.first().is_some_and(|c| *c == "lang" || c.starts_with("---")) {
            continue;
        }
        if cells.len() != 5 {
            problems.push(format!(
                "GLOSSARY.md:{line_no}: a row needs 5 cells (lang | chosen | banned | allowed | why), found {}",
                cells.len()
            ));
            continue;
        }
        let forms = |cell: &str| backticked(cell).iter().map(|f| Form::parse(f)).collect::<Vec<_>>();
        let row = Row { chosen: forms(cells[1]), banned: forms(cells[2]), allowed: forms(cells[3]), line: line_no };
        if row.chosen.is_empty() {
            problems.push(format!("GLOSSARY.md:{line_no}: no chosen term in backticks"));
        }
        if cells[4].is_empty() {
            problems.push(format!("GLOSSARY.md:{line_no}: no reason given"));
        }
        if term.rows.insert(cells[0].to_owned(), row).is_some() {
            problems.push(format!("GLOSSARY.md:{line_no}: `{}` has two rows for {}", term.name, cells[0]));
        }
    }
    for term in &terms {
        if term.english.is_empty() {
            problems.push(format!("GLOSSARY.md: term `{}` has no English forms", term.name));
        }
        for (lang, row) in &term.rows {
            for chosen in &row.chosen {
                for banned in &row.banned {
                    if !banned.matches(&chosen.text).is_empty() {
                        problems.push(format!(
                            "GLOSSARY.md:{}: `{}` {lang}: the chosen `{}` contains its own banned `{}`",
                            row.line, term.name, chosen.shown, banned.shown
                        ));
                    }
                }
            }
        }
    }
    if problems.is_empty() { Ok(terms) } else { Err(problems) }
}

fn read_glossary() -> Vec<Term> {
    let path = locales_dir().join("GLOSSARY.md");
    let source = fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    parse_glossary(&source).unwrap_or_else(|problems| panic!("{}", problems.join("\n")))
}

/// The text of a pattern (every variant of a selector, string literals included), other
/// placeables replaced by a space.
fn collect_text(pattern: &ast::Pattern<&str>, out: &mut String, placeable: char) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable { expression: ast::Expression::Select { variants, .. } } => {
                for variant in variants {
                    out.push(placeable);
                    collect_text(&variant.value, out, placeable);
                    out.push(placeable);
                }
            }
            ast::PatternElement::Placeable {
                expression: ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }),
            } => out.push_str(value),
            ast::PatternElement::Placeable { .. } => out.push(placeable),
        }
    }
}

/// `message id or id.attr → (file, text)` of one language's `*.ftl` source files.
type Texts = BTreeMap<String, (String, String)>;

fn texts_of(files: &[(String, String)]) -> Texts {
    texts_with(files, ' ')
}

/// Like `texts_of`, with `placeable` standing for each placeable.
fn texts_with(files: &[(String, String)], placeable: char) -> Texts {
    let mut texts = Texts::new();
    for (file, source) in files {
        let resource = parser::parse(source.as_str()).unwrap_or_else(|(r, _)| r);
        for entry in resource.body {
            if let ast::Entry::Message(m) = entry {
                let mut put = |key: String, pattern: &ast::Pattern<&str>| {
                    let mut text = String::new();
                    collect_text(pattern, &mut text, placeable);
                    texts.insert(key, (file.clone(), text));
                };
                if let Some(value) = &m.value {
                    put(m.id.name.to_owned(), value);
                }
                for attr in &m.attributes {
                    put(format!("{}.{}", m.id.name, attr.id.name), &attr.value);
                }
            }
        }
    }
    texts
}

fn read_languages() -> BTreeMap<String, Texts> {
    let mut languages = BTreeMap::new();
    for dir in fs::read_dir(locales_dir()).expect("locales/ exists").flatten() {
        if !dir.path().is_dir() {
            continue;
        }
        let lang = dir.file_name().to_string_lossy().into_owned();
        let mut files = Vec::new();
        for file in fs::read_dir(dir.path()).unwrap().flatten() {
            let name = file.file_name().to_string_lossy().into_owned();
            if name.ends_with(".ftl") {
                files.push((name, fs::read_to_string(file.path()).unwrap()));
            }
        }
        languages.insert(lang, texts_of(&files));
    }
    languages
}

/// Every use of a banned variant: `lang/file: id: ...` lines.
fn violations(terms: &[Term], languages: &BTreeMap<String, Texts>) -> Vec<String> {
    let mut out = Vec::new();
    let english = &languages["en"];
    for term in terms {
        for (lang, row) in &term.rows {
            let Some(texts) = languages.get(lang) else {
                out.push(format!(
                    "GLOSSARY.md:{}: `{}` has a row for {lang}, which has no locales/{lang}/ folder",
                    row.line, term.name
                ));
                continue;
            };
            for (id, (_, en_text)) in english {
                if !term.used_in(&normalize(en_text)) {
                    continue;
                }
                let Some((file, text)) = texts.get(id) else {
                    continue; // a missing translation is catalog.rs's finding
                };
                let mut text = normalize(text);
                for allowed in &row.allowed {
                    text = text.replace(&allowed.text, " ");
                }
                for banned in &row.banned {
                    if !banned.matches(&text).is_empty() {
                        let chosen: Vec<String> = row.chosen.iter().map(|c| format!("`{}`", c.shown)).collect();
                        out.push(format!(
                            "locales/{lang}/{file}: {id}: banned `{}` for \"{}\" (English: {:?}); use {} (GLOSSARY.md:{})",
                            banned.shown,
                            term.name,
                            en_text.split_whitespace().collect::<Vec<_>>().join(" "),
                            chosen.join(" / "),
                            row.line
                        ));
                        break; // one finding per message and term: the fix is the same
                    }
                }
            }
        }
    }
    out
}

#[test]
fn every_translation_uses_the_glossary_terms() {
    let terms = read_glossary();
    let languages = read_languages();
    let found = violations(&terms, &languages);
    assert!(found.is_empty(), "{} uses of a banned term (locales/GLOSSARY.md):\n{}", found.len(), found.join("\n"));
}

#[test]
fn the_glossary_covers_every_translated_language_and_the_core_terms() {
    let terms = read_glossary();
    let languages = read_languages();
    let translated: Vec<&String> = languages.keys().filter(|l| *l != "en").collect();
    assert_eq!(translated.len(), 9, "nine translated languages: {translated:?}");
    for term in &terms {
        let missing: Vec<&&String> = translated.iter().filter(|l| !term.rows.contains_key(l.as_str())).collect();
        assert!(missing.is_empty(), "term `{}` has no row for {missing:?}", term.name);
    }
    let names: Vec<&str> = terms.iter().map(|t| t.name.as_str()).collect();
    for core in [
        "healing",
        "recovery",
        "incident",
        "component",
        "pipeline",
        "notice",
        "alert",
        "finding",
        "anomaly",
        "forecast",
        "circuit breaker",
        "cooldown",
        "maintenance window",
        "region",
        "audit log",
        "availability",
        "degraded",
        "processing (GDPR)",
        "instance",
        "check",
        "control",
        "supervisor",
        "evidence",
    ] {
        assert!(names.contains(&core), "GLOSSARY.md has no `## {core}`: {names:?}");
    }
}

/// The check can fail: a catalog that says "Reparatur" for healing, معالجة for Arabic healing,
/// or 復旧 for Japanese healing is caught, with the file, the id, the banned and the chosen word;
/// the allowed Arabic pipeline phrase and English "health" are not.
#[test]
fn a_banned_variant_is_reported_with_file_id_and_chosen_term() {
    let terms = read_glossary();
    let catalogs = [
        ("en", "x.ftl", "heal-now = Heal now\nhealthy = Healthy\npipeline-healing = The pipeline is healing.\n"),
        (
            "de",
            "x.ftl",
            "heal-now = Jetzt reparieren\nhealthy = Fehlerfrei\npipeline-healing = Die Pipeline wird geheilt.\n",
        ),
        ("ar", "x.ftl", "heal-now = معالجة الآن\nhealthy = سليم\npipeline-healing = يجري إصلاح خط المعالجة.\n"),
        (
            "ja",
            "x.ftl",
            "heal-now = 今すぐ復旧\nhealthy = 修復不要\npipeline-healing = パイプラインを修復しています。\n",
        ),
    ];
    let mut languages = BTreeMap::new();
    for (lang, file, source) in catalogs {
        languages.insert(lang.to_owned(), texts_of(&[(file.to_owned(), source.to_owned())]));
    }
    let mut found: Vec<String> =
        violations(&terms, &languages).into_iter().filter(|v| v.starts_with("locales/")).collect();
    found.sort();
    assert_eq!(found.len(), 3, "{found:#?}");
    assert!(found[0].starts_with("locales/ar/x.ftl: heal-now: banned `*معالج*`"), "{}", found[0]);
    assert!(found[1].starts_with("locales/de/x.ftl: heal-now: banned `*reparier*` for \"healing\""), "{}", found[1]);
    assert!(found[1].contains("use `Heilung` / `Selbstheilung` / `heilen`"), "{}", found[1]);
    assert!(found[2].starts_with("locales/ja/x.ftl: heal-now: banned `*復旧*`"), "{}", found[2]);
    assert!(!found.iter().any(|v| v.contains("healthy") || v.contains("pipeline-healing")));
}

#[test]
fn the_glossary_table_is_checked() {
    let bad = "## healing\nEnglish: `heal*`\n| lang | chosen | banned | allowed | why |\n|---|---|---|---|---|\n| de | `Reparatur` | `*reparatur*` | — | x |\n| fr | `réparation` | — |\n";
    let problems = parse_glossary(bad).expect_err("a malformed glossary is refused");
    assert!(problems.iter().any(|p| p.contains("needs 5 cells")), "{problems:?}");
    assert!(problems.iter().any(|p| p.contains("contains its own banned")), "{problems:?}");
}

/// French typography, as `cli.ftl` does it: the typographic apostrophe (’, not '), and a
/// no-break space (U+00A0 or the narrow U+202F) before `: ; ? !` and inside « »: a plain
/// space there lets the punctuation wrap to the next line. Text between backticks (code,
/// config keys) and placeables are not prose and are skipped.
fn french_typography_problems(files: &[(String, String)]) -> Vec<String> {
    const PLACEABLE: char = '\u{E000}';
    let mut problems = Vec::new();
    for (id, (file, text)) in texts_with(files, PLACEABLE) {
        // Prose only: drop `code` spans.
        let prose: String =
            text.split('`').enumerate().map(|(i, part)| if i % 2 == 0 { part } else { "\u{E000}" }).collect();
        let chars: Vec<char> = prose.chars().collect();
        let mut found: Vec<String> = Vec::new();
        for (i, &c) in chars.iter().enumerate() {
            let before = if i > 0 { chars[i - 1] } else { '\n' };
            let after = chars.get(i + 1).copied().unwrap_or('\n');
            let ends = after.is_whitespace() || after == PLACEABLE || ")»\"".contains(after);
            let context: String = chars[i.saturating_sub(12)..(i + 12).min(chars.len())]
                .iter()
                .map(|&c| if c == PLACEABLE { '…' } else { c })
                .collect();
            let problem = match c {
                '\'' => Some("straight apostrophe ' (use ’)"),
                ':' | ';' | '?' | '!' if before == ' ' && ends => {
                    Some("plain space before the punctuation (use U+00A0 before :, U+202F before ; ? !)")
                }
                ';' | '?' | '!' if before.is_alphanumeric() && ends => {
                    Some("no space before the punctuation (use U+202F)")
                }
                '«' if after == ' ' => Some("plain space after « (use U+00A0)"),
                '»' if before == ' ' => Some("plain space before » (use U+00A0)"),
                _ => None,
            };
            if let Some(problem) = problem {
                found.push(format!("{problem} in “{}”", context.trim()));
            }
        }
        for f in found {
            problems.push(format!("locales/fr/{file}: {id}: {f}"));
        }
    }
    problems
}

fn french_files() -> Vec<(String, String)> {
    let mut files = Vec::new();
    for file in fs::read_dir(locales_dir().join("fr")).expect("locales/fr").flatten() {
        let name = file.file_name().to_string_lossy().into_owned();
        if name.ends_with(".ftl") {
            files.push((name, fs::read_to_string(file.path()).unwrap()));
        }
    }
    files
}

#[test]
fn french_uses_typographic_apostrophes_and_no_break_spaces() {
    let problems = french_typography_problems(&french_files());
    assert!(problems.is_empty(), "{} French typography problems:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn the_french_typography_check_can_fail() {
    let bad = "a = L'échelle : prête ? Oui !\nb = `run:` { $file }:{ $line }\u{a0}: « ok » et «\u{a0}bien\u{a0}»\u{202f}; fin\n";
    let problems = french_typography_problems(&[("x.ftl".to_owned(), bad.to_owned())]);
    let a: Vec<&String> = problems.iter().filter(|p| p.starts_with("locales/fr/x.ftl: a: ")).collect();
    let b: Vec<&String> = problems.iter().filter(|p| p.starts_with("locales/fr/x.ftl: b: ")).collect();
    assert_eq!(a.len(), 4, "{problems:#?}");
    assert!(a[0].contains("straight apostrophe"), "{}", a[0]);
    assert_eq!(b.len(), 2, "only the plain spaces inside « »: {problems:#?}");
}
