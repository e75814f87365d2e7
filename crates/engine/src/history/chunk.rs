//! The on-disk encodings of chunks (`sample_chunks.enc`, migration 0020):
//! - [`ENC_FIXED`] (0): migration 0006's points, `[u32 LE ms offset from start][f64 LE value]`
//!   (12 bytes a point). Still read; no longer written.
//! - [`ENC_GORILLA`] (1): a Gorilla stream (`gorilla.rs`) of one value column. Still read;
//!   written only when pre-0006 `samples` rows are converted.
//! - [`ENC_GROUP`] (2): the series of one group (a component's metrics: same tags, sampled at
//!   the same instant) in one chunk, [`gorilla::GroupEncoder`]: one time column, one value
//!   column per series, a series absent from a row costs a presence code. The row's
//!   `series_id` is the group's first series, `n` counts values (samples), not rows.
//!
//! Rollup chunks (`rollup_chunks`) are Gorilla streams of `(minute, [n, total, min, max])`.
//!
//! A series' newest chunk stays open: the writer appends each flush's points to it and rewrites
//! its row in the same commit, until it is sealed by [`should_seal_group`] ([`should_seal`] for one-series chunks).

use super::gorilla::{self, Encoder, GroupEncoder};

pub const ENC_FIXED: i64 = 0;
pub const ENC_GORILLA: i64 = 1;
pub const ENC_GROUP: i64 = 2;

/// Points in a raw chunk before it is sealed (Prometheus seals at 120; more points spread the
/// row and index cost wider, and the open chunk still stays within one B-tree cell).
pub const MAX_POINTS: u32 = 240;
/// Bytes of a chunk's stream before it is sealed (noisy values: ~8 bytes a point). Kept below
/// SQLite's largest in-page cell for 4 KiB pages (~4 KB), so no overflow pages.
pub const MAX_BYTES: usize = 1024;
/// Bytes of a group chunk's stream before it is sealed: a row of five series is ~7 bytes, so
/// 240 rows fit; still one B-tree cell (no overflow pages).
pub const GROUP_MAX_BYTES: usize = 3072;
/// Series in one group: the first series with given tags starts a group, later series with the
/// same tags join it up to this many (then the next starts another).
pub const GROUP_MAX_SERIES: usize = 32;
/// Widest time span of one raw chunk.
pub const MAX_SPAN_MS: i64 = 2 * 3600 * 1000;
/// Minutes in a rollup chunk before it is sealed (4 hours).
pub const ROLLUP_MAX_MINUTES: u32 = 240;
/// Value columns of a rollup row: n, total, min, max.
pub const ROLLUP_COLS: usize = 4;

/// Whether a chunk holding `enc` must be sealed before a point at `t` goes in.
pub fn should_seal(enc: &Encoder, t: i64) -> bool {
    let (start, end) = enc.time_range();
    enc.len() >= MAX_POINTS
        || enc.bytes().len() >= MAX_BYTES
        || (enc.len() > 0 && (t.saturating_sub(start) >= MAX_SPAN_MS || end.saturating_sub(t) >= MAX_SPAN_MS))
}

/// Whether a group chunk must be sealed before a row at `t` with `new_cols` more series goes in.
pub fn should_seal_group(enc: &GroupEncoder, t: i64, new_cols: usize) -> bool {
    let (start, end) = enc.time_range();
    enc.rows() >= MAX_POINTS
        || enc.stream_len() >= GROUP_MAX_BYTES
        || enc.columns() + new_cols > gorilla::GROUP_MAX_COLS
        || (enc.rows() > 0 && (t.saturating_sub(start) >= MAX_SPAN_MS || end.saturating_sub(t) >= MAX_SPAN_MS))
}

/// A chunk's points per series, in stored order.
pub type Decoded = Vec<(u32, Vec<(i64, f64)>)>;

/// Decode a stored chunk of any encoding; `series_id` is the row's (the series of a one-series
/// chunk).
pub fn decode_all(enc: i64, series_id: u32, start_ms: i64, n: i64, data: &[u8]) -> Decoded {
    if enc == ENC_GROUP {
        let mut out: Decoded = Vec::new();
        gorilla::decode_group(data, |t, row| {
            for &(s, v) in row {
                match out.iter_mut().find(|(x, _)| *x == s) {
                    Some((_, pts)) => pts.push((t, v)),
                    None => out.push((s, vec![(t, v)])),
                }
            }
        });
        return out;
    }
    let mut pts = Vec::with_capacity(n.clamp(0, 4096) as usize);
    decode(enc, start_ms, n, data, |t, v| pts.push((t, v)));
    vec![(series_id, pts)]
}

/// One encoded chunk of a series, as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Chunk {
    pub series: u32,
    pub start_ms: i64,
    pub end_ms: i64,
    pub n: i64,
    pub data: Vec<u8>,
}

/// Encode points (sorted by series, then time) into sealed Gorilla chunks.
pub fn encode(sorted: &[(u32, i64, f64)]) -> Vec<Chunk> {
    let mut out = Vec::new();
    let mut cur: Option<(u32, Encoder)> = None;
    let finish = |(series, e): (u32, Encoder), out: &mut Vec<Chunk>| {
        let (start_ms, end_ms) = e.time_range();
        out.push(Chunk { series, start_ms, end_ms, n: e.len() as i64, data: e.bytes().to_vec() });
    };
    for &(series, ts, v) in sorted {
        match &mut cur {
            Some((s, e)) if *s == series && !should_seal(e, ts) => e.push(ts, &[v]),
            _ => {
                if let Some(done) = cur.take() {
                    finish(done, &mut out);
                }
                let mut e = Encoder::new(ts, 1);
                e.push(ts, &[v]);
                cur = Some((series, e));
            }
        }
    }
    if let Some(done) = cur {
        finish(done, &mut out);
    }
    out
}

/// Decode a stored chunk's points `(ts_ms, value)` in stored order; a truncated blob yields the
/// whole points only, an unknown encoding none.
pub fn decode(enc: i64, start_ms: i64, n: i64, data: &[u8], mut each: impl FnMut(i64, f64)) {
    match enc {
        ENC_FIXED => {
            for p in data.chunks_exact(12) {
                let off = u32::from_le_bytes([p[0], p[1], p[2], p[3]]) as i64;
                let v = f64::from_le_bytes([p[4], p[5], p[6], p[7], p[8], p[9], p[10], p[11]]);
                each(start_ms + off, v);
            }
        }
        ENC_GORILLA => gorilla::decode(data, n.max(0) as usize, 1, |t, v| each(t, v[0])),
        other => tracing::warn!(enc = other, "a sample chunk in an unknown encoding was skipped"),
    }
}

/// Migration 0006's encoding, kept to build old-format databases in tests.
#[cfg(test)]
pub fn encode_fixed(sorted: &[(u32, i64, f64)]) -> Vec<Chunk> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < sorted.len() {
        let (series, start, _) = sorted[i];
        let mut data = Vec::new();
        let mut end = start;
        let mut n = 0;
        while i < sorted.len() && sorted[i].0 == series && n < 4096 {
            let (_, ts, v) = sorted[i];
            let off = ts - start;
            if !(0..=u32::MAX as i64).contains(&off) {
                break;
            }
            data.extend_from_slice(&(off as u32).to_le_bytes());
            data.extend_from_slice(&v.to_le_bytes());
            end = end.max(ts);
            n += 1;
            i += 1;
        }
        out.push(Chunk { series, start_ms: start, end_ms: end, n, data });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn points(c: &Chunk, enc: i64) -> Vec<(i64, f64)> {
        let mut v = Vec::new();
        decode(enc, c.start_ms, c.n, &c.data, |t, x| v.push((t, x)));
        v
    }

    #[test]
    fn sealed_chunks_split_by_count_span_and_series() {
        let mut pts: Vec<(u32, i64, f64)> = (0..500).map(|i| (1, 1_000 + i * 1000, i as f64 * 0.5)).collect();
        pts.extend([(2, 10, -1.0), (2, 10 + MAX_SPAN_MS, 2.0), (3, 7, f64::NAN)]);
        let chunks = encode(&pts);
        let sizes: Vec<(u32, i64)> = chunks.iter().map(|c| (c.series, c.n)).collect();
        assert_eq!(sizes, vec![(1, 240), (1, 240), (1, 20), (2, 1), (2, 1), (3, 1)]);
        let back: Vec<(i64, f64)> = chunks[..3].iter().flat_map(|c| points(c, ENC_GORILLA)).collect();
        assert_eq!(back.len(), 500);
        assert_eq!(back[499], (1_000 + 499_000, 249.5));
        assert_eq!((chunks[1].start_ms, chunks[1].end_ms), (1_000 + 240_000, 1_000 + 479_000));
        assert!(points(&chunks[5], ENC_GORILLA)[0].1.is_nan());
    }

    #[test]
    fn the_fixed_format_of_0006_is_still_read() {
        let pts: Vec<(u32, i64, f64)> = (0..5000).map(|i| (1, 1_000 + i, i as f64 * 0.5)).collect();
        let chunks = encode_fixed(&pts);
        assert_eq!(chunks.len(), 2);
        let back: Vec<(i64, f64)> = chunks.iter().flat_map(|c| points(c, ENC_FIXED)).collect();
        assert_eq!(back.len(), 5000);
        assert_eq!(back[4999], (5999, 2499.5));
        let mut none = 0;
        decode(ENC_FIXED, 0, 1, &[1, 2, 3], |_, _| none += 1);
        decode(7, 0, 1, &chunks[0].data, |_, _| none += 1);
        assert_eq!(none, 0);
    }
}
