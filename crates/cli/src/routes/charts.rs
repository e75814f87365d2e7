//! `GET /api/components/{name}/chart.svg?metric=&range=&lang=&theme=`: a health chart of one
//! metric rendered on the server by `plotters` (SVG backend), with status changes marked, and
//! axis labels formatted for the language by `guard-i18n`.
//!
//! Results are cached in a `moka` cache (bounded, TinyLFU admission with LRU eviction, plus a
//! TTL). The key holds the time slot (the range's bucket width), so a chart is rendered at most
//! once per slot however many viewers ask for it. Capacity and TTL come from
//! `PIPELINE_CHART_CACHE_ENTRIES` (default 512) and `PIPELINE_CHART_CACHE_TTL_SECS` (default 600).

use std::sync::{Arc, LazyLock};
use std::time::Duration;

use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use guard_engine::api::{ErrorCode, TimelineEntry};
use guard_engine::clock::unix_ms;
use guard_engine::history::Bucket;
use guard_i18n::{BidiIsolation, FluentValue, Lang, Localizer};
use guard_i18n::{format_date, format_decimal, format_percent, format_time};
use moka::sync::Cache;
use plotters::prelude::*;
use serde::Deserialize;

use crate::server::{ApiQuery, AppState, HttpError};

/// The ranges the UI offers, in seconds.
pub const RANGES: [(&str, i64); 5] =
    [("15m", 900), ("1h", 3600), ("24h", 86_400), ("7d", 7 * 86_400), ("30d", 30 * 86_400)];
/// Buckets per chart.
const POINTS: i64 = 240;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Key {
    component: String,
    metric: String,
    range: i64,
    lang: Lang,
    dark: bool,
    slot: i64,
}

static CACHE: LazyLock<Cache<Key, Arc<String>>> = LazyLock::new(|| {
    let env = |name: &str, default: u64| std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default);
    Cache::builder()
        .max_capacity(env("PIPELINE_CHART_CACHE_ENTRIES", 512))
        .time_to_live(Duration::from_secs(env("PIPELINE_CHART_CACHE_TTL_SECS", 600)))
        .build()
});

#[derive(Debug, Deserialize)]
pub struct ChartQuery {
    metric: Option<String>,
    range: Option<String>,
    lang: Option<String>,
    theme: Option<String>,
}

/// How a metric's values read on the axis.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Unit {
    Seconds,
    Ratio,
    Bytes,
    Plain,
}

pub fn unit_of(metric: &str) -> Unit {
    match metric {
        "response_time_seconds" => Unit::Seconds,
        "cpu_usage" | "error_rate" | "up" => Unit::Ratio,
        "memory_bytes" => Unit::Bytes,
        _ => Unit::Plain,
    }
}

/// An axis label for `v` in `unit`, formatted for `lang`: the digits by ICU, the unit by the
/// catalogs' `unit-*` messages (`common.ftl`: "Sek." in German, "ث" in Arabic, 秒 in Japanese).
pub fn axis_label(lang: Lang, unit: Unit, v: f64) -> String {
    let with_unit = |id: &str, value: String| UNITS.translate_with(id, lang, &[("value", FluentValue::from(value))]);
    match unit {
        Unit::Seconds if v < 1.0 => {
            with_unit("unit-duration-milliseconds", format_decimal(lang, v * 1000.0, if v < 0.01 { 1 } else { 0 }))
        }
        Unit::Seconds => with_unit("unit-duration-seconds", format_decimal(lang, v, 1)),
        Unit::Ratio => format_percent(lang, v, 0),
        Unit::Bytes => with_unit("unit-size-megabytes", format_decimal(lang, v / 1_048_576.0, 0)),
        Unit::Plain => format_decimal(lang, v, 2),
    }
}

/// The catalogs for axis units, without bidi isolation marks (they would show in the SVG).
static UNITS: LazyLock<Localizer> = LazyLock::new(|| Localizer::embedded().with_bidi(BidiIsolation::Never));

pub async fn chart_svg(
    State(s): State<AppState>,
    Path(name): Path<String>,
    ApiQuery(q): ApiQuery<ChartQuery>,
) -> Result<Response, HttpError> {
    let metric = q.metric.unwrap_or_else(|| "response_time_seconds".into());
    let range_id = q.range.unwrap_or_else(|| "15m".into());
    let Some(&(_, range)) = RANGES.iter().find(|(id, _)| *id == range_id) else {
        let expected = RANGES.iter().map(|(id, _)| *id).collect::<Vec<_>>().join(", ");
        return Err(HttpError::new(
            StatusCode::BAD_REQUEST,
            ErrorCode::BadRequest,
            format!("unknown range `{range_id}` (expected one of: {expected})"),
        ));
    };
    let lang = q.lang.as_deref().map(Lang::from).unwrap_or(Lang::En);
    let dark = q.theme.as_deref() == Some("dark");
    let step = (range / POINTS).max(1);
    let now = unix_ms() / 1000;
    let slot = now / step;
    let key = Key { component: name.clone(), metric: metric.clone(), range, lang, dark, slot };
    let svg = match CACHE.get(&key) {
        Some(svg) => svg,
        None => {
            let to = (slot + 1) * step;
            let from = to - range;
            let samples = s.guard.samples(&name, &metric, from, to, step).await?;
            let timeline = s.guard.timeline(&name, 500).await?;
            let svg =
                Arc::new(render(&samples.buckets, &timeline, from, to, unit_of(&metric), lang, dark).map_err(|e| {
                    tracing::error!(error = %e, "chart rendering failed");
                    HttpError::new(
                        StatusCode::INTERNAL_SERVER_ERROR,
                        ErrorCode::Internal,
                        "chart rendering failed; see the server log",
                    )
                })?);
            CACHE.insert(key, svg.clone());
            svg
        }
    };
    Ok((
        [(header::CONTENT_TYPE, "image/svg+xml; charset=utf-8"), (header::CACHE_CONTROL, "private, max-age=2")],
        svg.as_str().to_owned(),
    )
        .into_response())
}

/// Draw the chart: min–max band, mean line, status changes as vertical lines.
pub fn render(
    buckets: &[Bucket],
    timeline: &[TimelineEntry],
    from: i64,
    to: i64,
    unit: Unit,
    lang: Lang,
    dark: bool,
) -> Result<String, String> {
    let (bg, fg, grid, line) = if dark {
        (RGBColor(0x15, 0x1d, 0x38), RGBColor(0x93, 0xa0, 0xc4), RGBColor(0x26, 0x32, 0x5a), RGBColor(0x81, 0x8c, 0xf8))
    } else {
        (RGBColor(0xff, 0xff, 0xff), RGBColor(0x5b, 0x67, 0x85), RGBColor(0xdd, 0xe3, 0xef), RGBColor(0x63, 0x66, 0xf1))
    };
    let mut ymax = buckets.iter().map(|b| b.max).fold(0.0f64, f64::max) * 1.15;
    if unit == Unit::Ratio {
        ymax = ymax.max(1.0);
    }
    if ymax <= 0.0 {
        ymax = 1.0;
    }
    let span = to - from;
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (640, 220)).into_drawing_area();
        root.fill(&bg).map_err(|e| e.to_string())?;
        let mut chart = ChartBuilder::on(&root)
            .margin(10)
            .x_label_area_size(24)
            .y_label_area_size(64)
            .build_cartesian_2d(from..to, 0f64..ymax)
            .map_err(|e| e.to_string())?;
        let label_style = ("sans-serif", 11).into_font().color(&fg);
        let x_fmt = |t: &i64| if span > 2 * 86_400 { format_date(lang, *t, 0) } else { format_time(lang, *t, 0) };
        let y_fmt = |v: &f64| axis_label(lang, unit, *v);
        chart
            .configure_mesh()
            .x_labels(5)
            .y_labels(5)
            .x_label_formatter(&x_fmt)
            .y_label_formatter(&y_fmt)
            .label_style(label_style)
            .bold_line_style(grid)
            .light_line_style(TRANSPARENT)
            .axis_style(grid)
            .draw()
            .map_err(|e| e.to_string())?;
        for e in timeline.iter().filter(|e| e.at_ms / 1000 >= from && e.at_ms / 1000 <= to) {
            let color = match e.kind.as_str() {
                "status_failed" | "process_exited" => RGBColor(0xef, 0x44, 0x44),
                "status_degraded" => RGBColor(0xf5, 0x9e, 0x0b),
                "status_healthy" => RGBColor(0x22, 0xc5, 0x5e),
                _ => continue,
            };
            let t = e.at_ms / 1000;
            chart
                .draw_series(std::iter::once(PathElement::new(
                    vec![(t, 0.0), (t, ymax)],
                    color.mix(0.7).stroke_width(1),
                )))
                .map_err(|e| e.to_string())?;
        }
        if !buckets.is_empty() {
            let band: Vec<(i64, f64)> =
                buckets.iter().map(|b| (b.ts, b.max)).chain(buckets.iter().rev().map(|b| (b.ts, b.min))).collect();
            chart
                .draw_series(std::iter::once(Polygon::new(band, line.mix(0.18).filled())))
                .map_err(|e| e.to_string())?;
            chart
                .draw_series(LineSeries::new(buckets.iter().map(|b| (b.ts, b.mean)), line.stroke_width(2)))
                .map_err(|e| e.to_string())?;
        }
        root.present().map_err(|e| e.to_string())?;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bucket(ts: i64, mean: f64) -> Bucket {
        Bucket { ts, mean, min: mean * 0.8, max: mean * 1.2, count: 1 }
    }

    #[test]
    fn renders_an_svg_with_the_series_and_markers() {
        let buckets: Vec<Bucket> = (0..60).map(|i| bucket(1_000 + i * 15, 0.002 + (i % 7) as f64 * 0.001)).collect();
        let tl = vec![TimelineEntry {
            at_ms: 1_300_000,
            kind: "status_failed".into(),
            detail: guard_engine::heal::timeline::Msg::new("status-failed"),
        }];
        let svg = render(&buckets, &tl, 1_000, 1_900, Unit::Seconds, Lang::En, false).unwrap();
        assert!(svg.starts_with("<svg"), "{}", &svg[..60.min(svg.len())]);
        assert!(svg.contains("<polyline"), "mean line drawn");
        assert!(svg.contains("ms"), "latency axis in milliseconds");
        assert!(svg.contains("#EF4444") || svg.contains("#ef4444"), "failure marker drawn");
    }

    #[test]
    fn axis_labels_follow_the_language() {
        let cases = [
            (Lang::En, Unit::Seconds, 0.0125, "12 ms"),
            (Lang::De, Unit::Seconds, 1.5, "1,5 Sek."),
            (Lang::Ja, Unit::Seconds, 2.0, "2.0 秒"),
            (Lang::Ar, Unit::Seconds, 0.25, "250 ملي ث"),
            (Lang::En, Unit::Bytes, 52_428_800.0, "50 MB"),
        ];
        for (lang, unit, v, want) in cases {
            assert_eq!(axis_label(lang, unit, v), want, "{lang:?} {unit:?} {v}");
        }
        assert!(axis_label(Lang::Fr, Unit::Ratio, 0.5).starts_with("50"));
    }

    #[test]
    fn empty_series_still_renders() {
        let svg = render(&[], &[], 0, 900, Unit::Ratio, Lang::Ja, true).unwrap();
        assert!(svg.contains("</svg>"));
    }
}
