//! The on-disk encoding of raw samples: one chunk per series per writer batch, points packed as
//! `[u32 LE ms offset from start][f64 LE value]` (12 bytes a point).

/// Most points in one chunk.
pub const MAX_POINTS: usize = 4096;
const POINT: usize = 12;

/// One encoded chunk of a series.
#[derive(Debug, Clone, PartialEq)]
pub struct Chunk {
    pub series: u32,
    pub start_ms: i64,
    pub end_ms: i64,
    pub n: i64,
    pub data: Vec<u8>,
}

/// Encode points (sorted by series, then time) into chunks.
pub fn encode(sorted: &[(u32, i64, f64)]) -> Vec<Chunk> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < sorted.len() {
        let (series, start, _) = sorted[i];
        let mut data = Vec::with_capacity(POINT * 16);
        let mut end = start;
        let mut n: usize = 0;
        while i < sorted.len() && sorted[i].0 == series && n < MAX_POINTS {
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
        out.push(Chunk { series, start_ms: start, end_ms: end, n: n as i64, data });
    }
    out
}

/// Decode a chunk's points as `(ts_ms, value)`; a truncated blob yields the whole points only.
pub fn decode(start_ms: i64, data: &[u8]) -> impl Iterator<Item = (i64, f64)> + '_ {
    data.chunks_exact(POINT).map(move |p| {
        let off = u32::from_le_bytes([p[0], p[1], p[2], p[3]]) as i64;
        let v = f64::from_le_bytes([p[4], p[5], p[6], p[7], p[8], p[9], p[10], p[11]]);
        (start_ms + off, v)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_splits() {
        let mut pts: Vec<(u32, i64, f64)> = (0..5000).map(|i| (1, 1_000 + i, i as f64 * 0.5)).collect();
        pts.extend([(2, 10, -1.0), (2, 10 + u32::MAX as i64 + 1, 2.0), (3, 7, f64::NAN)]);
        let chunks = encode(&pts);
        // 5000 points of series 1 → 4096 + 904; series 2 splits on the offset range.
        let sizes: Vec<(u32, i64)> = chunks.iter().map(|c| (c.series, c.n)).collect();
        assert_eq!(sizes, vec![(1, 4096), (1, 904), (2, 1), (2, 1), (3, 1)]);
        let back: Vec<(i64, f64)> = chunks[..2].iter().flat_map(|c| decode(c.start_ms, &c.data).collect::<Vec<_>>()).collect();
        assert_eq!(back.len(), 5000);
        assert_eq!(back[4999], (5999, 2499.5));
        assert_eq!(chunks[1].start_ms, 1_000 + 4096);
        assert_eq!(chunks[3].end_ms, 10 + u32::MAX as i64 + 1);
        assert!(decode(chunks[4].start_ms, &chunks[4].data).next().unwrap().1.is_nan());
        assert_eq!(decode(0, &[1, 2, 3]).count(), 0);
    }
}
