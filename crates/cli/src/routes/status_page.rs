//! The read-only status page: `GET /status` (and its stylesheet, `GET /status/style.css`),
//! public, off unless `pipeline.status_page.enabled` (then 404). Server-rendered HTML, no
//! script, a stylesheet from this origin (the CSP's `style-src 'self'`, no inline style),
//! refreshed by `<meta http-equiv="refresh">`. It shows what `guard_engine::status_page`
//! gathers — the selected components, their status and availability, their open incidents as
//! kind and time — in the visitor's language (`?lang=`, else `Accept-Language`; Arabic right to
//! left), texts from `locales/<lang>/status-page.ftl`. It links to nothing but itself in other
//! languages. The gate (routes/secure.rs) checks `Host` for it like for every route.

use std::sync::OnceLock;

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use guard_engine::availability::DISPLAY_DIGITS;
use guard_engine::model::Status;
use guard_engine::status_page::StatusPage;
use guard_i18n::{FluentValue, Lang, Localizer};
use serde::Deserialize;

use crate::routes::secure::SecureRouter;
use crate::server::{ApiQuery, AppState, HttpError};

/// Seconds between automatic reloads of the page.
pub const REFRESH_S: u32 = 60;

pub fn routes() -> SecureRouter {
    SecureRouter::new().op("status_page", page).op("status_page_css", stylesheet)
}

fn localizer() -> &'static Localizer {
    static LOC: OnceLock<Localizer> = OnceLock::new();
    LOC.get_or_init(Localizer::embedded)
}

#[derive(Deserialize)]
struct PageQuery {
    lang: Option<String>,
}

/// `?lang=` when it names one of the ten languages, else the best of `Accept-Language`.
fn visitor_lang(q: Option<&str>, headers: &HeaderMap) -> Lang {
    guard_engine::boundary::lang_param(q).ok().flatten().unwrap_or_else(|| crate::routes::site::lang_of(headers))
}

/// HTML-escaped text.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn html(status: StatusCode, body: String) -> Response {
    (status, [(header::CONTENT_TYPE, "text/html; charset=utf-8"), (header::CACHE_CONTROL, "no-store")], body)
        .into_response()
}

async fn page(
    State(s): State<AppState>,
    headers: HeaderMap,
    ApiQuery(q): ApiQuery<PageQuery>,
) -> Result<Response, HttpError> {
    let lang = visitor_lang(q.lang.as_deref(), &headers);
    let t = |key: &str| localizer().translate(key, lang);
    match s.guard.status_page().await? {
        None => Ok(html(
            StatusCode::NOT_FOUND,
            format!(
                "<!doctype html>\n<html lang=\"{}\" dir=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title></head><body><p>{}</p></body></html>\n",
                lang.code(),
                lang.dir(),
                esc(&t("status-page-title")),
                esc(&t("status-page-off"))
            ),
        )),
        Some(p) => Ok(html(StatusCode::OK, render(&p, lang, guard_engine::clock::unix_ms()))),
    }
}

async fn stylesheet(State(s): State<AppState>) -> Response {
    if !s.guard.config().pipeline.status_page.enabled {
        return (StatusCode::NOT_FOUND, [(header::CONTENT_TYPE, "text/css; charset=utf-8")], "").into_response();
    }
    (StatusCode::OK, [(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, "max-age=300")], CSS)
        .into_response()
}

fn status_key(s: Status) -> &'static str {
    match s {
        Status::Healthy => "healthy",
        Status::Degraded => "degraded",
        Status::Failed => "failed",
        Status::Unknown => "unknown",
    }
}

/// The page in `lang` at `now_ms` (times in UTC: the page has no script to learn the zone).
pub fn render(p: &StatusPage, lang: Lang, now_ms: i64) -> String {
    let loc = localizer();
    let t = |key: &str| loc.translate(key, lang);
    let tw = |key: &str, args: &[(&str, FluentValue<'_>)]| loc.translate_with(key, lang, args);
    let title = p.title.clone().unwrap_or_else(|| t("status-page-title"));
    let troubled = p.components.iter().filter(|c| c.status != Status::Healthy || !c.open_incidents.is_empty()).count();
    let (overall_class, overall) = if troubled == 0 {
        ("ok", t("status-page-overall-ok"))
    } else {
        ("issues", tw("status-page-overall-issues", &[("count", (troubled as i64).into())]))
    };
    let mut rows = String::new();
    for c in &p.components {
        let st = status_key(c.status);
        let availability = match c.availability.ratio {
            Some(r) => esc(&guard_i18n::format_percent(lang, r, DISPLAY_DIGITS)),
            None => esc(&t("status-page-no-data")),
        };
        let incidents = if c.open_incidents.is_empty() {
            format!("<span class=\"none\">{}</span>", esc(&t("status-page-no-incidents")))
        } else {
            let items: Vec<String> = c
                .open_incidents
                .iter()
                .map(|i| {
                    let key = format!("status-page-kind-{}", i.kind.replace('_', "-"));
                    let kind = if loc.has(&key, Lang::En) { t(&key) } else { t("status-page-kind-other") };
                    let since = guard_i18n::format_datetime(lang, i.since_ms / 1000, 0);
                    format!(
                        "<li>{}</li>",
                        esc(&tw("status-page-incident", &[("kind", kind.into()), ("since", since.into())]))
                    )
                })
                .collect();
            format!("<ul>{}</ul>", items.join(""))
        };
        rows.push_str(&format!(
            "<tr class=\"c-{st}\"><th scope=\"row\">{}</th><td><span class=\"status s-{st}\">{}</span></td><td class=\"num\">{availability}</td><td>{incidents}</td></tr>\n",
            esc(&c.name),
            esc(&t(&format!("status-page-status-{st}"))),
        ));
    }
    let langs: Vec<String> = Lang::ALL
        .iter()
        .map(|l| {
            let name = loc.translate("status-page-language-name", *l);
            if *l == lang {
                format!("<li><span aria-current=\"true\" lang=\"{}\">{}</span></li>", l.code(), esc(&name))
            } else {
                format!(
                    "<li><a href=\"/status?lang={}\" lang=\"{}\" hreflang=\"{}\">{}</a></li>",
                    l.code(),
                    l.code(),
                    l.code(),
                    esc(&name)
                )
            }
        })
        .collect();
    let updated = tw(
        "status-page-updated",
        &[("time", guard_i18n::format_datetime(lang, now_ms / 1000, 0).into()), ("seconds", (REFRESH_S as i64).into())],
    );
    format!(
        "<!doctype html>\n<html lang=\"{code}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta http-equiv=\"refresh\" content=\"{REFRESH_S}\">\n<meta name=\"robots\" content=\"noindex\">\n<title>{title}</title>\n<link rel=\"stylesheet\" href=\"/status/style.css\">\n</head>\n<body>\n<header>\n<h1>{title}</h1>\n<p class=\"overall o-{overall_class}\" role=\"status\">{overall}</p>\n</header>\n<main>\n<table>\n<thead><tr><th scope=\"col\">{h_component}</th><th scope=\"col\">{h_status}</th><th scope=\"col\">{h_availability}</th><th scope=\"col\">{h_incidents}</th></tr></thead>\n<tbody>\n{rows}</tbody>\n</table>\n</main>\n<footer>\n<p>{updated}</p>\n<nav aria-label=\"{h_languages}\"><ul class=\"langs\">{langs}</ul></nav>\n</footer>\n</body>\n</html>\n",
        code = lang.code(),
        dir = lang.dir(),
        title = esc(&title),
        overall = esc(&overall),
        h_component = esc(&t("status-page-heading-component")),
        h_status = esc(&t("status-page-heading-status")),
        h_availability = esc(&t("status-page-heading-availability")),
        h_incidents = esc(&t("status-page-heading-incidents")),
        h_languages = esc(&t("status-page-languages")),
        updated = esc(&updated),
        langs = langs.join(""),
    )
}

/// The page's stylesheet (served from this origin: the CSP allows no inline style from us).
const CSS: &str = r#":root { color-scheme: light dark; --bg: #f6f7f9; --fg: #1b1f24; --muted: #5b6470; --card: #fff; --line: #d8dde3; --ok: #1a7f37; --warn: #9a6700; --bad: #cf222e; --unk: #6e7781; }
@media (prefers-color-scheme: dark) { :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --card: #161b22; --line: #30363d; --ok: #3fb950; --warn: #d29922; --bad: #f85149; --unk: #8b949e; } }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem 1rem 3rem; background: var(--bg); color: var(--fg); font: 16px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans Arabic", "Noto Sans CJK JP", sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
.overall { margin: 0 0 1.5rem; padding: .75rem 1rem; border-radius: .5rem; font-weight: 600; border-inline-start: .35rem solid; background: var(--card); }
.o-ok { border-color: var(--ok); }
.o-issues { border-color: var(--bad); }
table { width: 100%; border-collapse: collapse; background: var(--card); border: 1px solid var(--line); border-radius: .5rem; }
th, td { text-align: start; padding: .6rem .8rem; border-bottom: 1px solid var(--line); vertical-align: top; }
thead th { font-size: .85rem; color: var(--muted); font-weight: 600; }
tbody th { font-weight: 600; }
td.num { font-variant-numeric: tabular-nums; white-space: nowrap; }
.status { display: inline-block; padding: .1rem .55rem; border-radius: 999px; font-size: .9rem; font-weight: 600; color: #fff; }
.s-healthy { background: var(--ok); }
.s-degraded { background: var(--warn); }
.s-failed { background: var(--bad); }
.s-unknown { background: var(--unk); }
ul { margin: 0; padding-inline-start: 1.1rem; }
.none { color: var(--muted); }
footer { margin-top: 1.5rem; color: var(--muted); font-size: .9rem; }
.langs { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem .9rem; }
.langs a { color: inherit; }
.langs [aria-current] { font-weight: 700; }
"#;
