//! Rendering a [`Report`] into each format. Every function returns the unsealed bytes with
//! exactly one seal placeholder in them; `lib.rs` seals.

use std::fmt::Write as _;
use std::io::Write as _;

use guard_i18n::{FluentValue, strip_bidi_isolates};

use crate::evaluate::Tr;
use crate::model::*;
use crate::{ReportError, charts, map, seal};

/// Fraction digits of an availability: the same on every surface (`guard_engine::availability`).
const AVAILABILITY_DIGITS: usize = guard_engine::availability::DISPLAY_DIGITS;

pub fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            c => o.push(c),
        }
    }
    o
}

fn css_string(s: &str) -> String {
    format!("\"{}\"", strip_bidi_isolates(s).replace('\\', "\\\\").replace('"', "\\\""))
}

/// Fonts by language (installed by scripts/setup.sh), so CJK and Arabic have glyphs.
///
/// Every font the PDF can reach first has TrueType (`glyf`) outlines: Chromium's PDF writer
/// embeds those as subset CID fonts (Type 0 / CIDFontType2), but draws CFF-outline fonts —
/// Noto Sans CJK — and synthesized bold as one unnamed Type 3 font per ~256 glyphs (not
/// archivable, twice the size). So CJK text comes from Droid Sans Fallback (kana and Han;
/// Han in its Chinese forms) and NanumGothic (Hangul), Latin from Noto Sans; Noto Sans CJK
/// stays last, for a browser that has neither. `font-synthesis: none` (see the CSS) keeps
/// bold CJK in the regular face instead of a synthesized Type 3 one.
/// `tests/report.rs` checks the Japanese and Arabic PDFs with `pdffonts`.
fn font_stack(lang: &str) -> &'static str {
    match lang {
        "ja" => "'Noto Sans', 'Droid Sans Fallback', 'NanumGothic', 'Noto Sans CJK JP', sans-serif",
        "zh-CN" => "'Noto Sans', 'Droid Sans Fallback', 'NanumGothic', 'Noto Sans CJK SC', sans-serif",
        "ko" => "'Noto Sans', 'NanumGothic', 'Droid Sans Fallback', 'Noto Sans CJK KR', sans-serif",
        "ar" => "'Noto Naskh Arabic', 'Noto Sans Arabic', 'Noto Sans', 'DejaVu Sans', sans-serif",
        _ => "'Noto Sans', 'DejaVu Sans', 'Liberation Sans', sans-serif",
    }
}

const SECTIONS: [(&str, &str); 8] = [
    ("summary", "report-section-summary"),
    ("controls", "report-section-controls"),
    ("availability", "report-section-availability"),
    ("incidents", "report-section-incidents"),
    ("healing", "report-section-healing"),
    ("regions", "report-section-regions"),
    ("retention", "report-section-retention"),
    ("integrity", "report-section-integrity"),
];

fn status_badge(s: ControlStatus, tr: &Tr) -> String {
    format!(r#"<span class="badge {}">{}</span>"#, s.as_str(), esc(&tr.t(s.key())))
}

fn region_name(id: &str, tr: &Tr) -> String {
    guard_engine::model::Region::parse(id).map(|r| tr.region(r)).unwrap_or_else(|| id.to_string())
}

fn opt_dur(ms: Option<i64>, tr: &Tr) -> String {
    ms.map(|m| tr.duration_ms(m)).unwrap_or_else(|| "—".into())
}

/// Self-contained HTML (no external resources; charts and map inline SVG). `for_pdf` leaves
/// the seal out (the PDF carries its own) and adds print page numbers.
pub fn html(r: &Report, tr: &Tr, for_pdf: bool) -> Result<String, ReportError> {
    let mut h = String::with_capacity(64 * 1024);
    let standards = head(&mut h, r, tr, for_pdf);
    summary(&mut h, r, tr);
    controls(&mut h, r, tr, &standards);
    availability(&mut h, r, tr)?;
    incidents(&mut h, r, tr);
    healing(&mut h, r, tr);
    regions(&mut h, r, tr);
    retention(&mut h, r, tr);
    integrity(&mut h, r, tr);
    h.push_str("</body>\n</html>\n");
    Ok(h)
}

/// The document head (styles, the seal placeholder), the title block and the table of
/// contents; returns the standards in the order the controls name them.
fn head<'r>(h: &mut String, r: &'r Report, tr: &Tr, for_pdf: bool) -> Vec<&'r str> {
    let t = |k: &str| esc(&tr.t(k));
    let dir = if r.rtl { "rtl" } else { "ltr" };
    let page = tr.loc.translate_with(
        "report-page",
        tr.lang,
        &[("page", FluentValue::from("\u{1}")), ("pages", FluentValue::from("\u{2}"))],
    );
    let page_css = strip_bidi_isolates(&page)
        .split_inclusive(['\u{1}', '\u{2}'])
        .flat_map(|part| {
            let (text, counter) = match part.strip_suffix('\u{1}') {
                Some(t) => (t, Some("counter(page)")),
                None => match part.strip_suffix('\u{2}') {
                    Some(t) => (t, Some("counter(pages)")),
                    None => (part, None),
                },
            };
            [(!text.is_empty()).then(|| css_string(text)), counter.map(str::to_string)]
        })
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    let _ = write!(
        *h,
        r#"<!DOCTYPE html>
<html lang="{lang}" dir="{dir}">
<head>
<meta charset="utf-8">
<meta name="generator" content="pipeline-guard">
<title>{title}</title>
<style>
:root {{ --font: {font}; }}
@page {{ size: A4; margin: 16mm 14mm 18mm 14mm; @bottom-center {{ content: {page_css}; font-family: var(--font); font-size: 9pt; color: #555; }} }}
* {{ box-sizing: border-box; }}
* {{ font-synthesis: none; }}
body {{ font-family: var(--font); color: #1b2733; margin: 0 auto; max-width: 60rem; padding: 1rem; font-size: 10.5pt; line-height: 1.45; }}
h1 {{ font-size: 20pt; margin: 0 0 .3rem; }}
h2 {{ font-size: 14pt; border-bottom: 2px solid #1f4fb4; padding-bottom: .2rem; margin-top: 1.6rem; break-after: avoid; }}
h3 {{ font-size: 11.5pt; margin: 1rem 0 .3rem; break-after: avoid; }}
.meta {{ color: #46556a; margin: .1rem 0; }}
nav ol {{ padding-inline-start: 1.4rem; }}
nav a {{ color: #1f4fb4; text-decoration: none; }}
table {{ border-collapse: collapse; width: 100%; margin: .4rem 0 .8rem; font-size: 9.5pt; }}
th, td {{ border: 1px solid #cfd6df; padding: .25rem .4rem; text-align: start; vertical-align: top; }}
th {{ background: #eef2f7; }}
tr {{ break-inside: avoid; }}
td.num {{ text-align: end; white-space: nowrap; }}
.badge {{ display: inline-block; padding: 0 .45rem; border-radius: .6rem; font-weight: 600; white-space: nowrap; }}
.badge.pass {{ background: #d9f2df; color: #146b2e; }}
.badge.fail {{ background: #fbdcdc; color: #a11d1d; }}
.badge.needs_attention {{ background: #fff0c9; color: #7a5400; }}
.cards {{ display: flex; gap: .8rem; margin: .6rem 0; }}
.card {{ flex: 1; border-radius: .4rem; padding: .5rem .8rem; }}
.card b {{ display: block; font-size: 20pt; }}
.card.pass {{ background: #d9f2df; }} .card.fail {{ background: #fbdcdc; }} .card.needs_attention {{ background: #fff0c9; }}
.req {{ color: #46556a; font-size: 9pt; }}
figure {{ margin: .6rem 0; break-inside: avoid; }}
figcaption {{ font-size: 10pt; font-weight: 600; color: #1b2733; margin-bottom: .2rem; }}
svg {{ max-width: 100%; height: auto; direction: ltr; }}
svg text {{ font-family: var(--font) !important; }}
svg text.halo {{ text-shadow: 0 0 .6px #fff, 0 0 .6px #fff, 0 0 .6px #fff; }}
svg.map {{ width: 100%; border: 1px solid #cfd6df; }}
code, .mono {{ font-family: 'DejaVu Sans Mono', monospace; font-size: 8.5pt; overflow-wrap: anywhere; unicode-bidi: isolate; direction: ltr; }}
section {{ break-before: auto; }}
#controls, #availability, #regions {{ break-before: page; }}
</style>
</head>
<body>
"#,
        lang = esc(&r.lang),
        title = t("report-title"),
        font = font_stack(&r.lang),
    );
    if !for_pdf {
        let _ = writeln!(*h, "<!-- {} -->", seal::placeholder(&r.integrity.public_key, &r.integrity.checkpoint));
    }
    let standards: Vec<&str> = r.controls.iter().map(|c| c.standard_title.as_str()).fold(Vec::new(), |mut v, s| {
        if !v.contains(&s) {
            v.push(s);
        }
        v
    });
    let _ = writeln!(
        *h,
        "<header><h1>{}</h1><p class=\"meta\">{}</p><p class=\"meta\">{}</p><p class=\"meta\">{}</p></header>",
        t("report-title"),
        esc(&tr.loc.translate_with(
            "report-subtitle",
            tr.lang,
            &[
                ("product", FluentValue::from(tr.t("product-name"))),
                ("standards", FluentValue::from(standards.join(", ")))
            ]
        )),
        esc(&tr.loc.translate_with(
            "report-period",
            tr.lang,
            &[
                ("from", FluentValue::from(tr.datetime(r.period.from_ms))),
                ("to", FluentValue::from(tr.datetime(r.period.to_ms)))
            ]
        )),
        esc(&tr.loc.translate_with(
            "report-generated",
            tr.lang,
            &[("when", FluentValue::from(tr.datetime(r.generated_at_ms)))]
        )),
    );
    let _ = write!(*h, "<nav id=\"toc\"><h2>{}</h2><ol>", t("report-toc"));
    for (id, key) in SECTIONS {
        let _ = write!(*h, "<li><a href=\"#{id}\">{}</a></li>", t(key));
    }
    h.push_str("</ol></nav>\n");
    standards
}

/// The summary: counts per status and every control's status.
fn summary(h: &mut String, r: &Report, tr: &Tr) {
    let t = |k: &str| esc(&tr.t(k));
    let _ = write!(*h, "<section id=\"summary\"><h2>{}</h2><div class=\"cards\">", t("report-section-summary"));
    for (cls, key, n) in [
        ("pass", "report-status-pass", r.summary.pass),
        ("fail", "report-status-fail", r.summary.fail),
        ("needs_attention", "report-status-needs-attention", r.summary.needs_attention),
    ] {
        let _ = write!(*h, "<div class=\"card {cls}\"><b>{}</b>{}</div>", tr.int(n as u64), t(key));
    }
    h.push_str("</div>");
    let _ = write!(
        *h,
        "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        t("report-col-standard"),
        t("report-col-reference"),
        t("report-col-control"),
        t("report-col-status")
    );
    for c in &r.controls {
        let _ = write!(
            *h,
            "<tr><td>{}</td><td><bdi dir=\"ltr\">{}</bdi></td><td>{}</td><td>{}</td></tr>",
            esc(&c.standard_title),
            esc(&c.reference),
            esc(&c.title),
            status_badge(c.status, tr)
        );
    }
    h.push_str("</tbody></table></section>\n");
}

/// Each standard's controls with their evidence.
fn controls(h: &mut String, r: &Report, tr: &Tr, standards: &[&str]) {
    let t = |k: &str| esc(&tr.t(k));
    let _ = write!(*h, "<section id=\"controls\"><h2>{}</h2>", t("report-section-controls"));
    for st in standards {
        let _ = write!(
            *h,
            "<h3>{}</h3><table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
            esc(st),
            t("report-col-reference"),
            t("report-col-control"),
            t("report-col-status"),
            t("report-col-evidence")
        );
        for c in r.controls.iter().filter(|c| &c.standard_title == st) {
            let ev: Vec<String> = c.evidence.iter().map(|e| esc(&e.text)).collect();
            let _ = write!(
                *h,
                "<tr><td><bdi dir=\"ltr\">{}</bdi></td><td>{}<div class=\"req\">{}</div></td><td>{}</td><td>{}</td></tr>",
                esc(&c.reference),
                esc(&c.title),
                esc(&c.requirement),
                status_badge(c.status, tr),
                ev.join("<br>")
            );
        }
        h.push_str("</tbody></table>");
    }
    h.push_str("</section>\n");
}

/// Availability per region (charts and table) and per component: the engine's figure, with the
/// engine's display precision.
fn availability(h: &mut String, r: &Report, tr: &Tr) -> Result<(), ReportError> {
    let t = |k: &str| esc(&tr.t(k));
    let _ = write!(*h, "<section id=\"availability\"><h2>{}</h2>", t("report-section-availability"));
    if r.regions.is_empty() {
        let _ = write!(*h, "<p>{}</p>", t("report-none"));
    } else {
        let bars = charts::region_bars(&r.regions, tr).map_err(ReportError::Chart)?;
        let lines = charts::daily_lines(&r.regions, r.period.from_ms, tr).map_err(ReportError::Chart)?;
        let _ = write!(
            *h,
            "<figure><figcaption>{}</figcaption>{}</figure>",
            t("report-chart-regions"),
            strip_xml_decl(&bars)
        );
        let _ = write!(
            *h,
            "<figure><figcaption>{}</figcaption>{}</figure>",
            t("report-chart-daily"),
            strip_xml_decl(&lines)
        );
        let _ = write!(
            *h,
            "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
            t("report-col-region"),
            t("report-col-count"),
            t("report-col-sla"),
            t("report-col-availability")
        );
        for g in &r.regions {
            let _ = write!(
                *h,
                "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
                esc(&region_name(&g.region, tr)),
                tr.int(g.components as u64),
                esc(&tr.pct(g.sla / 100.0, 3)),
                esc(&g.availability.map(|a| tr.pct(a, AVAILABILITY_DIGITS)).unwrap_or_else(|| "—".into()))
            );
        }
        h.push_str("</tbody></table>");
    }
    let _ = write!(
        *h,
        "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        t("report-col-component"),
        t("report-col-region"),
        t("report-col-sla"),
        t("report-col-availability"),
        t("report-col-downtime"),
        t("report-col-outages"),
        t("report-col-met")
    );
    for c in &r.availability {
        let met = match c.met {
            Some(true) => status_badge(ControlStatus::Pass, tr),
            Some(false) => status_badge(ControlStatus::Fail, tr),
            None => t("report-unknown"),
        };
        let _ = write!(
            *h,
            "<tr><td>{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\" data-availability>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{}</td></tr>",
            esc(&c.component),
            esc(&c.region.as_deref().map(|x| region_name(x, tr)).unwrap_or_else(|| tr.t("report-unknown"))),
            esc(&tr.pct(c.sla / 100.0, 3)),
            esc(&c.availability.map(|a| tr.pct(a, AVAILABILITY_DIGITS)).unwrap_or_else(|| "—".into())),
            esc(&tr.duration_ms(c.down_ms)),
            tr.int(c.outages as u64),
            met
        );
    }
    h.push_str("</tbody></table></section>\n");
    Ok(())
}

/// The incidents of the period.
fn incidents(h: &mut String, r: &Report, tr: &Tr) {
    let t = |k: &str| esc(&tr.t(k));
    let _ = write!(*h, "<section id=\"incidents\"><h2>{}</h2>", t("report-section-incidents"));
    if r.incidents.is_empty() {
        let _ = write!(*h, "<p>{}</p>", t("report-none"));
    } else {
        let _ = write!(
            *h,
            "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
            t("report-col-started"),
            t("report-col-component"),
            t("report-col-detect"),
            t("report-col-recover"),
            t("report-col-evidence")
        );
        for i in &r.incidents {
            let recover = match i.time_to_recover_ms {
                Some(ms) => esc(&tr.duration_ms(ms)),
                None => t("report-ongoing"),
            };
            let _ = write!(
                *h,
                "<tr><td>{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{}</td></tr>",
                esc(&tr.datetime(i.started_ms)),
                esc(&i.component),
                esc(&opt_dur(i.time_to_detect_ms, tr)),
                recover,
                esc(&i.summary)
            );
        }
        h.push_str("</tbody></table>");
    }
    h.push_str("</section>\n");
}

/// The healing actions of the period.
fn healing(h: &mut String, r: &Report, tr: &Tr) {
    let t = |k: &str| esc(&tr.t(k));
    let _ = write!(*h, "<section id=\"healing\"><h2>{}</h2>", t("report-section-healing"));
    if r.healing_actions.is_empty() {
        let _ = write!(*h, "<p>{}</p>", t("report-none"));
    } else {
        let _ = write!(
            *h,
            "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
            t("report-col-time"),
            t("report-col-component"),
            t("report-col-action"),
            t("report-col-result"),
            t("report-col-evidence")
        );
        for a in &r.healing_actions {
            let _ = write!(
                *h,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(&tr.datetime(a.ts_ms)),
                esc(&a.component),
                esc(&tr.t(&format!("action-{}", a.action.replace('_', "-")))),
                esc(&tr.t(&format!("result-{}", a.result))),
                esc(&a.detail)
            );
        }
        h.push_str("</tbody></table>");
    }
    h.push_str("</section>\n");
}

/// Where data lives: the map and the table of regions.
fn regions(h: &mut String, r: &Report, tr: &Tr) {
    let t = |k: &str| esc(&tr.t(k));
    let _ = write!(*h, "<section id=\"regions\"><h2>{}</h2>", t("report-section-regions"));
    let _ = write!(
        *h,
        "<figure>{}<p class=\"req\">{}</p></figure>",
        map::region_map(&r.data_locations, tr),
        t("report-map-caption")
    );
    let _ = write!(
        *h,
        "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        t("report-col-region"),
        t("report-col-jurisdiction"),
        t("report-col-count"),
        t("report-col-data")
    );
    for l in &r.data_locations {
        let cats: Vec<String> =
            l.data_categories.iter().map(|c| tr.t(&format!("data-{}", c.replace('_', "-")))).collect();
        let _ = write!(
            *h,
            "<tr><td>{}</td><td>{}</td><td class=\"num\">{}</td><td>{}</td></tr>",
            esc(&region_name(&l.region, tr)),
            esc(&tr.t(&format!("jurisdiction-{}", l.jurisdiction))),
            tr.int(l.components.len() as u64),
            esc(&cats.join(", "))
        );
    }
    h.push_str("</tbody></table></section>\n");
}

/// Retention per kind of data.
fn retention(h: &mut String, r: &Report, tr: &Tr) {
    let t = |k: &str| esc(&tr.t(k));
    let _ = write!(
        *h,
        "<section id=\"retention\"><h2>{}</h2><table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        t("report-section-retention"),
        t("report-col-kind"),
        t("report-col-retention"),
        t("report-col-time"),
        t("report-col-rows")
    );
    for k in &r.retention {
        let period = k.period_days.map(|d| tr.duration_ms((d * 86_400_000.0) as i64)).unwrap_or_else(|| "—".into());
        let _ = write!(
            *h,
            "<tr><td>{}</td><td class=\"num\">{}</td><td>{}</td><td class=\"num\">{}</td></tr>",
            esc(&tr.t(&format!("retention-{}", k.kind.replace('_', "-")))),
            esc(&period),
            esc(&k.last_run_ms.map(|m| tr.datetime(m)).unwrap_or_else(|| "—".into())),
            tr.int(k.rows)
        );
    }
    h.push_str("</tbody></table></section>\n");
}

/// The audit head, the checkpoint the report cites, the key and the content digest.
fn integrity(h: &mut String, r: &Report, tr: &Tr) {
    let t = |k: &str| esc(&tr.t(k));
    let head = if r.integrity.audit_head == "none" {
        t("report-integrity-no-audit")
    } else {
        format!("<code>{}</code>", esc(&r.integrity.audit_head))
    };
    let cp = &r.integrity.checkpoint;
    let checkpoint = tr
        .text(
            "report-integrity-checkpoint-value",
            &[("rows", tr.n(cp.rows.max(0) as u64)), ("at", tr.datetime(cp.ts_ms).into())],
        )
        .text;
    let _ = writeln!(
        *h,
        "<section id=\"integrity\"><h2>{}</h2><p>{}</p><table><tbody><tr><th>{}</th><td>{}</td></tr><tr><th>{}</th><td>{}<br><code>{}</code></td></tr><tr><th>{}</th><td><code>{}</code></td></tr><tr><th>{}</th><td><code>{}</code></td></tr></tbody></table></section>",
        t("report-section-integrity"),
        // The commands as code (left to right, kept together inside right-to-left text).
        esc(&tr
            .text("report-integrity-signed", &[("command", "@@COMMAND@@".into()), ("export", "@@EXPORT@@".into())])
            .text)
        .replace("@@COMMAND@@", "<code style=\"white-space: nowrap\">pipeline-guard verify FILE --key KEY</code>")
        .replace("@@EXPORT@@", "<code style=\"white-space: nowrap\">pipeline-guard key export</code>"),
        t("report-integrity-head"),
        head,
        t("report-integrity-checkpoint"),
        esc(&checkpoint),
        esc(&cp.head),
        t("report-integrity-key"),
        esc(&r.integrity.public_key),
        t("report-integrity-content"),
        esc(&r.integrity.content_digest)
    );
}

fn strip_xml_decl(svg: &str) -> &str {
    match svg.find("<svg") {
        Some(i) => &svg[i..],
        None => svg,
    }
}

/// The report's JSON with the seal as the last field.
pub fn json(r: &Report) -> Result<Vec<u8>, ReportError> {
    #[derive(serde::Serialize)]
    struct Sealed<'a> {
        #[serde(flatten)]
        report: &'a Report,
        seal: String,
    }
    let mut v = serde_json::to_vec_pretty(&Sealed {
        report: r,
        seal: seal::placeholder(&r.integrity.public_key, &r.integrity.checkpoint),
    })
    .map_err(|e| ReportError::Render(e.to_string()))?;
    v.push(b'\n');
    Ok(v)
}

/// One CSV cell, quoted when needed. A cell a spreadsheet would read as a formula — starting
/// with `=`, `+`, `-`, `@`, a tab or a carriage return — gets a leading `'` (OWASP, CSV
/// injection), unless it is a plain number (`-77.04`, a longitude), which no spreadsheet runs.
pub(crate) fn csv_field(s: &str) -> String {
    let mut s = strip_bidi_isolates(s);
    let plain_number = s.parse::<f64>().is_ok_and(f64::is_finite)
        && s.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | 'e' | 'E'));
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) && !plain_number {
        s.insert(0, '\'');
    }
    if s.contains([',', '"', '\n', '\r']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s }
}

fn csv_table(header: &[&str], rows: impl Iterator<Item = Vec<String>>) -> Vec<u8> {
    let mut out = String::new();
    out.push_str(&header.join(","));
    out.push_str("\r\n");
    for r in rows {
        out.push_str(&r.iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out.into_bytes()
}

fn iso(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .map(|d| d.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string())
        .unwrap_or_default()
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map(|x| x.to_string()).unwrap_or_default()
}

/// One CSV per table (RFC 4180, UTF-8, ISO 8601 UTC times, ratios as plain decimals), zipped;
/// the seal is the archive comment.
pub fn csv_zip(r: &Report) -> Result<Vec<u8>, ReportError> {
    let mut files: Vec<(&str, Vec<u8>)> = Vec::new();
    files.push((
        "report.csv",
        csv_table(
            &["field", "value"],
            [
                vec!["schema_version".into(), r.schema_version.to_string()],
                vec!["generated_at".into(), r.generated_at.clone()],
                vec!["lang".into(), r.lang.clone()],
                vec!["period_from".into(), r.period.from.clone()],
                vec!["period_to".into(), r.period.to.clone()],
                vec!["standards".into(), r.standards.join(" ")],
                vec!["pass".into(), r.summary.pass.to_string()],
                vec!["fail".into(), r.summary.fail.to_string()],
                vec!["needs_attention".into(), r.summary.needs_attention.to_string()],
                vec!["audit_head".into(), r.integrity.audit_head.clone()],
                vec!["content_digest".into(), r.integrity.content_digest.clone()],
            ]
            .into_iter(),
        ),
    ));
    files.push((
        "controls.csv",
        csv_table(
            &["id", "standard", "reference", "measurement", "status", "title", "requirement", "evidence"],
            r.controls.iter().map(|c| {
                vec![
                    c.id.clone(),
                    c.standard.clone(),
                    c.reference.clone(),
                    c.measurement.clone(),
                    c.status.as_str().into(),
                    c.title.clone(),
                    c.requirement.clone(),
                    c.evidence.iter().map(|e| e.text.as_str()).collect::<Vec<_>>().join(" | "),
                ]
            }),
        ),
    ));
    files.push((
        "availability.csv",
        csv_table(
            &["component", "region", "sla_percent", "availability", "up_ms", "down_ms", "outages", "met"],
            r.availability.iter().map(|c| {
                vec![
                    c.component.clone(),
                    c.region.clone().unwrap_or_default(),
                    c.sla.to_string(),
                    opt(c.availability),
                    c.up_ms.to_string(),
                    c.down_ms.to_string(),
                    c.outages.to_string(),
                    opt(c.met),
                ]
            }),
        ),
    ));
    files.push((
        "regions.csv",
        csv_table(
            &["region", "components", "sla_percent", "availability"],
            r.regions
                .iter()
                .map(|g| vec![g.region.clone(), g.components.to_string(), g.sla.to_string(), opt(g.availability)]),
        ),
    ));
    let mut daily_rows = Vec::new();
    for g in &r.regions {
        for (d, a) in g.daily.iter().enumerate() {
            daily_rows.push(vec![
                g.region.clone(),
                iso(r.period.from_ms + d as i64 * 86_400_000)[..10].to_string(),
                opt(*a),
            ]);
        }
    }
    files.push(("daily_availability.csv", csv_table(&["region", "day", "availability"], daily_rows.into_iter())));
    files.push((
        "incidents.csv",
        csv_table(
            &[
                "id",
                "component",
                "kind",
                "severity",
                "started",
                "detected",
                "recovered",
                "time_to_detect_ms",
                "time_to_recover_ms",
                "actions",
                "escalated",
                "summary",
            ],
            r.incidents.iter().map(|i| {
                vec![
                    i.id.clone(),
                    i.component.clone(),
                    opt(i.kind.clone()),
                    opt(i.severity.clone()),
                    iso(i.started_ms),
                    opt(i.detected_ms.map(iso)),
                    opt(i.recovered_ms.map(iso)),
                    opt(i.time_to_detect_ms),
                    opt(i.time_to_recover_ms),
                    i.actions.to_string(),
                    i.escalated.to_string(),
                    i.summary.clone(),
                ]
            }),
        ),
    ));
    files.push((
        "healing_actions.csv",
        csv_table(
            &["id", "time", "component", "action", "trigger", "incident", "result", "duration_ms", "detail"],
            r.healing_actions.iter().map(|a| {
                vec![
                    a.id.clone(),
                    iso(a.ts_ms),
                    a.component.clone(),
                    a.action.clone(),
                    opt(a.trigger.clone()),
                    opt(a.incident.clone()),
                    a.result.clone(),
                    opt(a.duration_ms),
                    a.detail.clone(),
                ]
            }),
        ),
    ));
    files.push((
        "data_locations.csv",
        csv_table(
            &["region", "jurisdiction", "lon", "lat", "active", "components", "data_categories"],
            r.data_locations.iter().map(|l| {
                vec![
                    l.region.clone(),
                    l.jurisdiction.clone(),
                    l.lon.to_string(),
                    l.lat.to_string(),
                    l.active.to_string(),
                    l.components.join(" "),
                    l.data_categories.join(" "),
                ]
            }),
        ),
    ));
    files.push((
        "retention.csv",
        csv_table(
            &["kind", "period_days", "last_run", "rows", "action"],
            r.retention.iter().map(|k| {
                vec![
                    k.kind.clone(),
                    opt(k.period_days),
                    opt(k.last_run_ms.map(iso)),
                    k.rows.to_string(),
                    k.action.clone(),
                ]
            }),
        ),
    ));

    let mut zw = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default())
        .unix_permissions(0o644);
    for (name, data) in files {
        zw.start_file(name, opts).map_err(|e| ReportError::Render(e.to_string()))?;
        zw.write_all(&data).map_err(|e| ReportError::Render(e.to_string()))?;
    }
    zw.set_comment(seal::placeholder(&r.integrity.public_key, &r.integrity.checkpoint));
    let cur = zw.finish().map_err(|e| ReportError::Render(e.to_string()))?;
    Ok(cur.into_inner())
}
