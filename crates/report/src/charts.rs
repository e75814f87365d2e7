//! Charts as inline SVG (plotters' SVG backend). Text stays SVG `<text>`, so the browser
//! (and Chromium for the PDF) shapes every script with the page's fonts.

use plotters::prelude::*;

use crate::evaluate::Tr;
use crate::model::RegionAvailability;

const PALETTE: [RGBColor; 6] = [
    RGBColor(0x1f, 0x77, 0xb4),
    RGBColor(0xff, 0x7f, 0x0e),
    RGBColor(0x2c, 0xa0, 0x2c),
    RGBColor(0x94, 0x67, 0xbd),
    RGBColor(0x8c, 0x56, 0x4b),
    RGBColor(0x17, 0xbe, 0xcf),
];
const SLA_RED: RGBColor = RGBColor(0xd6, 0x27, 0x28);

fn y_floor(regions: &[RegionAvailability]) -> f64 {
    let lowest = regions
        .iter()
        .flat_map(|r| {
            r.availability
                .into_iter()
                .map(|a| a * 100.0)
                .chain(std::iter::once(r.sla))
                .chain(r.daily.iter().flatten().map(|a| a * 100.0))
        })
        .fold(100.0f64, f64::min);
    // A round floor a little below the lowest value, never above 99.
    ((lowest - 0.5).floor()).clamp(0.0, 99.0)
}

/// Bars of availability per region with each region's lowest SLA target as a red tick.
pub fn region_bars(regions: &[RegionAvailability], tr: &Tr) -> Result<String, String> {
    let mut svg = String::new();
    let n = regions.len().max(1);
    let y0 = y_floor(regions);
    {
        let root = SVGBackend::with_string(&mut svg, (760, 320)).into_drawing_area();
        root.fill(&WHITE).map_err(|e| e.to_string())?;
        let mut chart = ChartBuilder::on(&root)
            .margin(12)
            .margin_top(26)
            .x_label_area_size(48)
            .y_label_area_size(64)
            .build_cartesian_2d(0f64..n as f64, y0..100.0f64)
            .map_err(|e| e.to_string())?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .x_labels(0)
            .y_labels(6)
            .y_label_formatter(&|y| tr.pct(*y / 100.0, 1))
            .label_style(("sans-serif", 13))
            .draw()
            .map_err(|e| e.to_string())?;
        chart
            .draw_series(regions.iter().enumerate().filter_map(|(i, r)| {
                r.availability.map(|a| {
                    Rectangle::new(
                        [(i as f64 + 0.2, y0), (i as f64 + 0.8, (a * 100.0).max(y0))],
                        PALETTE[i % 6].filled(),
                    )
                })
            }))
            .map_err(|e| e.to_string())?;
        for (i, r) in regions.iter().enumerate() {
            chart
                .draw_series(LineSeries::new(
                    vec![(i as f64 + 0.1, r.sla), (i as f64 + 0.9, r.sla)],
                    SLA_RED.stroke_width(3),
                ))
                .map_err(|e| e.to_string())?;
        }
        let label_style = ("sans-serif", 13).into_font().color(&BLACK).pos(plotters::style::text_anchor::Pos::new(
            plotters::style::text_anchor::HPos::Center,
            plotters::style::text_anchor::VPos::Top,
        ));
        for (i, r) in regions.iter().enumerate() {
            let name =
                guard_engine::model::Region::parse(&r.region).map(|x| tr.region(x)).unwrap_or_else(|| r.region.clone());
            let (px, py) = chart.backend_coord(&(i as f64 + 0.5, y0));
            root.draw(&Text::new(name, (px, py + 8), label_style.clone())).map_err(|e| e.to_string())?;
            if let Some(a) = r.availability {
                let (px, py) = chart.backend_coord(&(i as f64 + 0.5, (a * 100.0).max(y0)));
                let s = ("sans-serif", 12).into_font().color(&BLACK).pos(plotters::style::text_anchor::Pos::new(
                    plotters::style::text_anchor::HPos::Center,
                    plotters::style::text_anchor::VPos::Bottom,
                ));
                root.draw(&Text::new(tr.pct(a, 2), (px, py - 4), s)).map_err(|e| e.to_string())?;
            }
        }
        root.present().map_err(|e| e.to_string())?;
    }
    Ok(svg)
}

/// Daily availability per region (one line each, a dot on every day with data) with a legend.
/// Days sit at the middle of their slot, so one day of data is a row of dots, not an empty
/// chart.
pub fn daily_lines(regions: &[RegionAvailability], from_ms: i64, tr: &Tr) -> Result<String, String> {
    let mut svg = String::new();
    let days = regions.iter().map(|r| r.daily.len()).max().unwrap_or(1).max(1);
    let y0 = y_floor(regions);
    {
        let root = SVGBackend::with_string(&mut svg, (760, 340)).into_drawing_area();
        root.fill(&WHITE).map_err(|e| e.to_string())?;
        let mut chart = ChartBuilder::on(&root)
            .margin(12)
            .margin_right(48)
            .x_label_area_size(40)
            .y_label_area_size(64)
            .build_cartesian_2d(-0.5f64..(days as f64 - 0.5), y0..100.0f64)
            .map_err(|e| e.to_string())?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .x_labels(0)
            .y_labels(6)
            .y_label_formatter(&|y| tr.pct(*y / 100.0, 1))
            .label_style(("sans-serif", 12))
            .draw()
            .map_err(|e| e.to_string())?;
        // One date under each day, at most about seven of them.
        let label_style = ("sans-serif", 12).into_font().color(&BLACK).pos(plotters::style::text_anchor::Pos::new(
            plotters::style::text_anchor::HPos::Center,
            plotters::style::text_anchor::VPos::Top,
        ));
        for d in (0..days).step_by(days.div_ceil(7)) {
            let (px, py) = chart.backend_coord(&(d as f64, y0));
            root.draw(&Text::new(tr.date(from_ms + d as i64 * 86_400_000), (px, py + 6), label_style.clone()))
                .map_err(|e| e.to_string())?;
        }
        for (i, r) in regions.iter().enumerate() {
            let color = PALETTE[i % 6];
            let pts: Vec<(f64, f64)> =
                r.daily.iter().enumerate().filter_map(|(d, a)| a.map(|a| (d as f64, (a * 100.0).max(y0)))).collect();
            let name =
                guard_engine::model::Region::parse(&r.region).map(|x| tr.region(x)).unwrap_or_else(|| r.region.clone());
            // Bigger dots when there are no lines between them to follow.
            let r = if days <= 2 { 5 } else { 3 };
            chart.draw_series(pts.iter().map(|p| Circle::new(*p, r, color.filled()))).map_err(|e| e.to_string())?;
            chart
                .draw_series(LineSeries::new(pts, color.stroke_width(2)))
                .map_err(|e| e.to_string())?
                .label(name)
                .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 18, y)], color.stroke_width(3)));
        }
        chart
            .configure_series_labels()
            .position(SeriesLabelPosition::LowerLeft)
            .background_style(WHITE.mix(0.85))
            .border_style(BLACK.mix(0.3))
            .label_font(("sans-serif", 12))
            .draw()
            .map_err(|e| e.to_string())?;
        root.present().map_err(|e| e.to_string())?;
    }
    Ok(svg)
}
