//! Counts agree with their nouns: every message that puts a count in its text chooses its words
//! by that count (Fluent plural selectors), in English with `one`/`other` and in Arabic with all
//! six categories (`zero`, `one`, `two`, `few`, `many`, `other`), and says 0, 1, 2, 3, 11 and
//! 100 with the right form. The table is the list of issue 17 (reports, compliance evidence,
//! the CLI's erase/backup lines, the Healing and Security panels, the Compliance page).

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::PathBuf;

use fluent_syntax::ast;
use guard_i18n::{BidiIsolation, FluentValue, Lang, Localizer, format_integer};

/// `(message, the count variables that choose its words)`.
const COUNTED: &[(&str, &[&str])] = &[
    ("report-components", &["count"]),
    ("evidence-audit-intact", &["rows"]),
    ("evidence-users", &["users", "roles"]),
    ("evidence-retention-last", &["rows"]),
    ("evidence-sla-met", &["count"]),
    ("evidence-sla-missed", &["count", "missed"]),
    ("evidence-incidents", &["count"]),
    ("evidence-incidents-open", &["count", "open"]),
    ("evidence-residency", &["count"]),
    ("evidence-healing-unaudited", &["count"]),
    ("evidence-healing-audited", &["count"]),
    ("evidence-requests", &["count"]),
    ("evidence-secrets-encrypted", &["count"]),
    ("evidence-secrets-encrypted-passphrase", &["count"]),
    ("cli-user-erased", &["tokens", "rows"]),
    ("cli-backup-done", &["bytes"]),
    ("ui-healing-x-attempts", &["attempts"]),
    ("ui-security-verified", &["rows"]),
    ("ui-compliance-last-days", &["days"]),
    ("ui-compliance-audit-rows", &["rows"]),
];

/// Arabic-only: English says these with an invariant abbreviation ("{ $minutes } min") or had
/// its selector already; Arabic needs every form.
const ARABIC_ALSO: &[(&str, &[&str])] =
    &[("ui-healing-x-minutes", &["minutes"]), ("step-rolling-done", &["instances"])];

const ARABIC: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];
const COUNTS: [u64; 6] = [0, 1, 2, 3, 11, 100];

/// Message id → its AST, for one language.
fn messages(lang: &str) -> BTreeMap<String, ast::Message<String>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../locales").join(lang);
    let mut out = BTreeMap::new();
    for entry in fs::read_dir(dir).unwrap().flatten() {
        if entry.path().extension().is_some_and(|e| e == "ftl") {
            let text = fs::read_to_string(entry.path()).unwrap();
            let res = fluent_syntax::parser::parse(text).unwrap_or_else(|(r, _)| r);
            for e in res.body {
                if let ast::Entry::Message(m) = e {
                    out.insert(m.id.name.clone(), m);
                }
            }
        }
    }
    out
}

/// Variable → the variant keys of every select expression on it, anywhere in the pattern.
fn selectors(p: &ast::Pattern<String>, out: &mut BTreeMap<String, Vec<BTreeSet<String>>>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expr(expression, out);
        }
    }
}

fn expr(e: &ast::Expression<String>, out: &mut BTreeMap<String, Vec<BTreeSet<String>>>) {
    if let ast::Expression::Select { selector: ast::InlineExpression::VariableReference { id }, variants } = e {
        let keys = variants
            .iter()
            .map(|v| match &v.key {
                ast::VariantKey::Identifier { name } => name.clone(),
                ast::VariantKey::NumberLiteral { value } => value.clone(),
            })
            .collect();
        out.entry(id.name.clone()).or_default().push(keys);
        for v in variants {
            selectors(&v.value, out);
        }
    }
}

fn selectors_of(m: &ast::Message<String>) -> BTreeMap<String, Vec<BTreeSet<String>>> {
    let mut out = BTreeMap::new();
    selectors(m.value.as_ref().expect("a value"), &mut out);
    out
}

#[test]
fn english_and_arabic_choose_their_words_by_every_count() {
    let en = messages("en");
    let ar = messages("ar");
    let mut bad = Vec::new();
    for (id, vars) in COUNTED {
        let (e, a) = (selectors_of(&en[*id]), selectors_of(&ar[*id]));
        for var in *vars {
            match e.get(*var) {
                Some(sets) if sets.iter().all(|s| s.contains("one") && s.contains("other")) => {}
                other => bad.push(format!("en {id}: ${var} selectors {other:?}")),
            }
        }
        // Arabic: every count chosen with all six categories at least once (a count that only
        // repeats next to another, like "3 of 5", may follow it).
        if !vars
            .iter()
            .any(|v| a.get(*v).is_some_and(|sets| sets.iter().all(|s| ARABIC.iter().all(|c| s.contains(*c)))))
        {
            bad.push(format!("ar {id}: no six-category selector on {vars:?}: {a:?}"));
        }
    }
    for (id, vars) in ARABIC_ALSO {
        let a = selectors_of(&ar[*id]);
        if !a.get(vars[0]).is_some_and(|sets| sets.iter().all(|s| ARABIC.iter().all(|c| s.contains(*c)))) {
            bad.push(format!("ar {id}: {a:?}"));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn the_right_form_for_0_1_2_3_11_and_100() {
    let loc = Localizer::embedded().with_bidi(BidiIsolation::Never);
    let say = |id: &str, lang: Lang, var: &str, n: u64| {
        loc.translate_with(
            id,
            lang,
            &[(var, FluentValue::from(n as f64)), ("head", "ab12".into()), ("path", "/x".into()), ("sha", "ff".into())],
        )
    };
    let num = |lang: Lang, n: u64| format_integer(lang, n as i64);
    // English: "1 entry", "2 entries"; never "1 entries".
    for n in COUNTS {
        let want = if n == 1 { "1 entry,".to_string() } else { format!("{} entries,", num(Lang::En, n)) };
        assert!(
            say("evidence-audit-intact", Lang::En, "rows", n).contains(&want),
            "{n}: {}",
            say("evidence-audit-intact", Lang::En, "rows", n)
        );
        let attempts = say("ui-healing-x-attempts", Lang::En, "attempts", n);
        assert_eq!(attempts, if n == 1 { "1 attempt".to_string() } else { format!("{} attempts", num(Lang::En, n)) });
        let bytes = say("cli-backup-done", Lang::En, "bytes", n);
        assert!(
            bytes.contains(&if n == 1 { "(1 byte,".to_string() } else { format!("({} bytes,", num(Lang::En, n)) }),
            "{bytes}"
        );
    }
    // Arabic: one form per category, the numeral formatted for Arabic.
    let cases: &[(&str, &str, [&str; 6])] = &[
        (
            "ui-healing-x-attempts",
            "attempts",
            ["لا محاولات", "محاولة واحدة", "محاولتان", "{n} محاولات", "{n} محاولةً", "{n} محاولة"],
        ),
        ("report-components", "count", ["لا مكوّنات", "مكوّن واحد", "مكوّنان", "{n} مكوّنات", "{n} مكوّنًا", "{n} مكوّن"]),
        ("ui-compliance-audit-rows", "rows", ["لا صفوف", "صف واحد", "صفان", "{n} صفوف", "{n} صفًا", "{n} صف"]),
        (
            "ui-healing-x-minutes",
            "minutes",
            ["لا دقائق", "دقيقة واحدة", "دقيقتان", "{n} دقائق", "{n} دقيقةً", "{n} دقيقة"],
        ),
        (
            "ui-compliance-last-days",
            "days",
            ["لا أيام", "آخر يوم", "آخر يومين", "آخر {n} أيام", "آخر {n} يومًا", "آخر {n} يوم"],
        ),
    ];
    for (id, var, forms) in cases {
        for (n, form) in COUNTS.iter().zip(forms) {
            let want = form.replace("{n}", &num(Lang::Ar, *n));
            assert_eq!(say(id, Lang::Ar, var, *n), want, "ar {id} {n}");
        }
    }
    // Every counted message: the six counts give six different Arabic texts for its first
    // count (the categories are all there and chosen), and English 1 differs from 2 beyond the
    // digit.
    for (id, vars) in COUNTED.iter().chain(ARABIC_ALSO) {
        let texts: BTreeSet<String> = COUNTS.iter().map(|n| say(id, Lang::Ar, vars[0], *n)).collect();
        assert!(texts.len() >= 5, "ar {id}: {texts:#?}");
        if COUNTED.iter().any(|(c, _)| c == id) {
            let one = say(id, Lang::En, vars[0], 1).replace('1', "#");
            let two = say(id, Lang::En, vars[0], 2).replace('2', "#");
            assert_ne!(one, two, "en {id}: the same words for 1 and 2");
        }
    }
}
