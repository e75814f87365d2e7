//! The region map: an equirectangular world (Natural Earth 1:110m land, via the world-atlas
//! package, public domain) with a dot per region sized by its components, coloured by
//! jurisdiction, hollow when the region is inactive.

use std::fmt::Write;

use crate::evaluate::Tr;
use crate::model::DataLocation;
use crate::render::esc;

/// Land outlines pre-projected to x = lon + 180, y = 90 − lat (so the viewBox is 360 × 180).
const LAND: &str = include_str!("world_land_110m.svgpath");

fn color(jurisdiction: &str) -> &'static str {
    match jurisdiction {
        "eu" => "#1f4fb4",
        "us" => "#b8321f",
        "us-ca" => "#e0701a",
        "br" => "#198a3a",
        "sg" => "#7b3fa0",
        _ => "#555555",
    }
}

pub fn region_map(locations: &[DataLocation], tr: &Tr) -> String {
    let mut s = String::new();
    s.push_str(r##"<svg class="map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 180" role="img">"##);
    s.push_str(r##"<rect width="360" height="180" fill="#eef4fb"/>"##);
    for lon in (30..360).step_by(30) {
        let _ = write!(s, r##"<line x1="{lon}" y1="0" x2="{lon}" y2="180" stroke="#d5e1ee" stroke-width="0.3"/>"##);
    }
    for lat in (30..180).step_by(30) {
        let _ = write!(s, r##"<line x1="0" y1="{lat}" x2="360" y2="{lat}" stroke="#d5e1ee" stroke-width="0.3"/>"##);
    }
    let _ = write!(s, r##"<path d="{LAND}" fill="#d9dde3" stroke="#b9c0c9" stroke-width="0.25"/>"##);
    for l in locations {
        let (x, y) = (l.lon + 180.0, 90.0 - l.lat);
        let r = 2.2 + (l.components.len() as f64).sqrt().min(6.0);
        let c = color(&l.jurisdiction);
        let fill = if l.active { c } else { "none" };
        let _ = write!(
            s,
            r##"<circle cx="{x:.1}" cy="{y:.1}" r="{r:.1}" fill="{fill}" fill-opacity="0.8" stroke="{c}" stroke-width="0.6"/>"##
        );
        let name =
            guard_engine::model::Region::parse(&l.region).map(|x| tr.region(x)).unwrap_or_else(|| l.region.clone());
        let label = format!("{} ({})", name, tr.int(l.components.len() as u64));
        // The white halo that keeps a label readable over land is a text shadow (`.halo` in the
        // report's CSS): stroked text would reach the PDF as a Type 3 font.
        // Labels centred under the dot (above for eu-west and us-west, whose neighbours sit just east):
        // a middle anchor does not depend on the text direction, so Arabic places the same.
        let dy = if l.region == "eu-west" || l.region == "us-west" { -r - 1.8 } else { r + 5.5 };
        let _ = write!(
            s,
            r##"<text x="{x:.1}" y="{:.1}" font-size="5" text-anchor="middle" fill="#1b2733" class="halo">{}</text>"##,
            y + dy,
            esc(&label)
        );
    }
    s.push_str("</svg>");
    s
}
