//! Gorilla compression (Pelkonen et al., "Gorilla: A Fast, Scalable, In-Memory Time Series
//! Database", VLDB 2015, §4.1): timestamps as delta-of-deltas, values XOR'd with the previous
//! value, both in a bit stream. Written here (about 200 lines) rather than taken from a crate:
//! the maintained Rust ones (`tsz`, `gorilla-tsc`) fix timestamps to seconds in `u64` and one
//! value per point, and cannot append to a stream decoded from bytes after a restart; ours needs
//! millisecond `i64` times (negative deltas, huge gaps), several value columns per row (rollups:
//! count, total, min, max) and a cheap clone of the encoder state to stage an append inside a
//! transaction.
//!
//! Blob: 64-bit base time, then per row one time code and one value code per column.
//! - Time: `dod = (t - prev) - prev_delta` (wrapping, so any `i64` round-trips), with the
//!   previous time starting at the base and the previous delta at 0:
//!   `0` → 0; `10`+7 bits → [-64, 63]; `110`+9 → [-256, 255]; `1110`+12 → [-2048, 2047];
//!   `11110`+20 → [-2^19, 2^19); `11111`+64 → anything. Buckets sized for milliseconds (the
//!   paper's are for seconds): a check's completion time jitters by a few to a few hundred ms
//!   (measured on `serve`: half the delta-of-deltas within ±64 ms, 95 % within ±256 ms).
//! - Value: `x = bits(v) ^ bits(prev)` with prev starting at 0.0: `0` → equal; `10` + the
//!   meaningful bits when they fit the previous window of leading/trailing zeros; `110` +
//!   5 bits leading zeros (capped at 31) + 6 bits length (64 written as 0) + the bits.
//!   One code added to the paper's, in the spirit of VictoriaMetrics' decimal conversion:
//!   `111` + 2 bits scale s ∈ {1, 10³, 10⁶, 10⁹} + the integer delta `round(v·s) − round(prev·s)`
//!   (`0`+10 bits, `10`+16, `110`+24, `1110`+32, `1111`+64), used only when `round(v·s)/s` gives `v` back bit
//!   for bit and it is shorter than the XOR code. Response times are `Duration::as_secs_f64`,
//!   i.e. whole nanoseconds / 10⁹: their XOR costs ~60 bits, the nanosecond delta ~30.
//!
//! NaN payloads, ±inf and -0.0 round-trip bit for bit. The number of rows is kept beside the
//! blob (the chunk row's `n`), so padding bits at the end are never read as a row.

/// A growable bit stream, most significant bit first.
#[derive(Debug, Clone, Default, PartialEq)]
struct Bits {
    buf: Vec<u8>,
    len: u64,
}

impl Bits {
    fn push(&mut self, value: u64, mut n: u32) {
        while n > 0 {
            let used = (self.len % 8) as u32;
            if used == 0 {
                self.buf.push(0);
            }
            let free = 8 - used;
            let take = free.min(n);
            let chunk = ((value >> (n - take)) & ((1u64 << take) - 1)) as u8;
            *self.buf.last_mut().expect("a byte was pushed") |= chunk << (free - take);
            self.len += take as u64;
            n -= take;
        }
    }
}

struct Reader<'a> {
    buf: &'a [u8],
    pos: u64,
}

impl Reader<'_> {
    fn read(&mut self, mut n: u32) -> Option<u64> {
        let mut out = 0u64;
        while n > 0 {
            let byte = *self.buf.get((self.pos / 8) as usize)?;
            let off = (self.pos % 8) as u32;
            let avail = 8 - off;
            let take = avail.min(n);
            let bits = (byte as u64 >> (avail - take)) & ((1u64 << take) - 1);
            out = if take == 64 { bits } else { (out << take) | bits };
            self.pos += take as u64;
            n -= take;
        }
        Some(out)
    }

    fn bit(&mut self) -> Option<bool> {
        self.read(1).map(|b| b == 1)
    }
}

/// Whether `v` fits `n` bits as a two's-complement number.
fn fits(v: i64, n: u32) -> bool {
    (-(1i64 << (n - 1))..(1i64 << (n - 1))).contains(&v)
}

/// `v` as an integer count of 1/scale: `Some(k)` when `k / scale` gives `v` back bit for bit.
fn as_decimal(v: f64, scale: f64) -> Option<i64> {
    let k = (v * scale).round();
    (k.abs() <= (1u64 << 53) as f64 && ((k as i64) as f64 / scale).to_bits() == v.to_bits()).then_some(k as i64)
}

/// The previous value in the same scale (saturating; NaN is 0): both sides compute it alike.
fn prev_decimal(prev: f64, scale: f64) -> i64 {
    (prev * scale).round() as i64
}

fn decimal_value(k: i64, scale: f64) -> f64 {
    k as f64 / scale
}

/// The decimal code of `v` after `prev`: the smallest scale that holds `v` exactly, the integer
/// delta, and its cost in bits.
fn decimal(v: f64, prev: f64) -> Option<(usize, i64, u32)> {
    let (i, k) = SCALES.iter().enumerate().find_map(|(i, s)| as_decimal(v, *s).map(|k| (i, k)))?;
    let dk = k.wrapping_sub(prev_decimal(prev, SCALES[i]));
    let body = DEC_BUCKETS.iter().find(|(_, _, n)| fits(dk, *n)).map_or(DEC_ALL.1 + 64, |(_, pn, n)| pn + n);
    Some((i, dk, 3 + 2 + body))
}

fn sign_extend(v: u64, n: u32) -> i64 {
    ((v << (64 - n)) as i64) >> (64 - n)
}

/// (prefix, prefix bits, payload bits) of the time buckets, smallest first.
const TIME_BUCKETS: [(u64, u32, u32); 4] = [(0b10, 2, 7), (0b110, 3, 9), (0b1110, 4, 12), (0b11110, 5, 20)];
/// The catch-all time code after the buckets: 64 bits.
const TIME_ALL: (u64, u32) = (0b11111, 5);
/// Decimal scales of the `111` value code.
const SCALES: [f64; 4] = [1.0, 1e3, 1e6, 1e9];
/// (prefix, prefix bits, payload bits) of the decimal code's integer delta.
const DEC_BUCKETS: [(u64, u32, u32); 4] = [(0b0, 1, 10), (0b10, 2, 16), (0b110, 3, 24), (0b1110, 4, 32)];
const DEC_ALL: (u64, u32) = (0b1111, 4);

#[derive(Debug, Clone, PartialEq)]
struct XorState {
    prev: u64,
    /// Leading and trailing zeros of the current window; `None` before the first `11` code.
    window: Option<(u32, u32)>,
}

/// An append-only encoder of `(time, [value; cols])` rows. Clone it to stage an append.
#[derive(Debug, Clone, PartialEq)]
pub struct Encoder {
    bits: Bits,
    n: u32,
    time: TimeState,
    cols: Vec<XorState>,
}

/// The time column's coder state: previous time and delta, and the range seen.
#[derive(Debug, Clone, PartialEq)]
struct TimeState {
    rows: u32,
    min_t: i64,
    max_t: i64,
    prev_t: i64,
    prev_delta: i64,
}

impl TimeState {
    fn new(base: i64) -> TimeState {
        TimeState { rows: 0, min_t: base, max_t: base, prev_t: base, prev_delta: 0 }
    }

    fn push(&mut self, bits: &mut Bits, t: i64) {
        let delta = t.wrapping_sub(self.prev_t);
        let dod = delta.wrapping_sub(self.prev_delta);
        if dod == 0 {
            bits.push(0, 1);
        } else if let Some(&(prefix, pn, n)) = TIME_BUCKETS.iter().find(|(_, _, n)| fits(dod, *n)) {
            bits.push(prefix, pn);
            bits.push(dod as u64 & ((1u64 << n) - 1), n);
        } else {
            bits.push(TIME_ALL.0, TIME_ALL.1);
            bits.push(dod as u64, 64);
        }
        self.prev_t = t;
        self.prev_delta = delta;
        if self.rows == 0 {
            (self.min_t, self.max_t) = (t, t);
        } else {
            self.min_t = self.min_t.min(t);
            self.max_t = self.max_t.max(t);
        }
        self.rows += 1;
    }
}

/// Append one value code for `v` after the column's previous value.
fn push_value(bits: &mut Bits, st: &mut XorState, v: f64) {
    let x = v.to_bits() ^ st.prev;
    let prev = f64::from_bits(st.prev);
    st.prev = v.to_bits();
    if x == 0 {
        bits.push(0, 1);
        return;
    }
    let lead = x.leading_zeros().min(31);
    let trail = x.trailing_zeros();
    let in_window = st.window.filter(|&(l, tr)| lead >= l && trail >= tr);
    let xor_cost = match in_window {
        Some((l, tr)) => 2 + 64 - l - tr,
        None => 3 + 5 + 6 + 64 - lead - trail,
    };
    if let Some((scale, dk, _)) = decimal(v, prev).filter(|d| d.2 < xor_cost) {
        bits.push(0b111, 3);
        bits.push(scale as u64, 2);
        match DEC_BUCKETS.iter().find(|(_, _, n)| fits(dk, *n)) {
            Some(&(prefix, pn, n)) => {
                bits.push(prefix, pn);
                bits.push(dk as u64 & ((1u64 << n) - 1), n);
            }
            None => {
                bits.push(DEC_ALL.0, DEC_ALL.1);
                bits.push(dk as u64, 64);
            }
        }
        return;
    }
    match in_window {
        Some((l, tr)) => {
            bits.push(0b10, 2);
            bits.push(x >> tr, 64 - l - tr);
        }
        None => {
            let len = 64 - lead - trail;
            bits.push(0b110, 3);
            bits.push(lead as u64, 5);
            bits.push((len & 63) as u64, 6);
            bits.push(x >> trail, len);
            st.window = Some((lead, trail));
        }
    }
}

impl Encoder {
    /// A stream whose times are coded from `base` (the first row's time is the natural choice).
    pub fn new(base: i64, cols: usize) -> Encoder {
        let mut bits = Bits::default();
        bits.push(base as u64, 64);
        Encoder { bits, n: 0, time: TimeState::new(base), cols: vec![XorState { prev: 0, window: None }; cols] }
    }

    /// Append a row; `values.len()` must be the column count.
    pub fn push(&mut self, t: i64, values: &[f64]) {
        debug_assert_eq!(values.len(), self.cols.len());
        self.time.push(&mut self.bits, t);
        for (st, v) in self.cols.iter_mut().zip(values) {
            push_value(&mut self.bits, st, *v);
        }
        self.n += 1;
    }

    pub fn len(&self) -> u32 {
        self.n
    }

    /// Earliest and latest time pushed (the base when empty).
    pub fn time_range(&self) -> (i64, i64) {
        (self.time.min_t, self.time.max_t)
    }

    pub fn bytes(&self) -> &[u8] {
        &self.bits.buf
    }
}

/// Decode `n` rows of `cols` values each; a truncated blob yields the whole rows it holds.
pub fn decode(data: &[u8], n: usize, cols: usize, mut each: impl FnMut(i64, &[f64])) {
    let mut r = Reader { buf: data, pos: 0 };
    let Some(base) = r.read(64) else { return };
    let mut prev_t = base as i64;
    let mut prev_delta = 0i64;
    let mut states = vec![XorState { prev: 0, window: None }; cols];
    let mut values = vec![0f64; cols];
    for _ in 0..n {
        let Some(dod) = read_dod(&mut r) else { return };
        let delta = prev_delta.wrapping_add(dod);
        let t = prev_t.wrapping_add(delta);
        prev_t = t;
        prev_delta = delta;
        for (st, out) in states.iter_mut().zip(values.iter_mut()) {
            let Some(bits) = read_value(&mut r, st) else { return };
            st.prev = bits;
            *out = f64::from_bits(bits);
        }
        each(t, &values);
    }
}

/// Most series in one group chunk (a row's presence mask is one `u64`).
pub const GROUP_MAX_COLS: usize = 64;

/// An append-only encoder of a group's rows: the series of one component sampled together
/// share one time column, so its delta-of-delta is paid once per row, not once per series.
///
/// Blob: varint rows, varint columns, per column varint series id and varint first row (a
/// series that appears later joins from that row on), then the bit stream: 64-bit base time,
/// and per row one time code, one presence code (`0`: the same series as in the previous row;
/// `1` + one bit per column joined so far, columns in order) and one value code per present
/// series, in column order, each column with its own XOR/decimal state. A column that joins is
/// absent in the "previous row", so its first row always carries the presence bits.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupEncoder {
    bits: Bits,
    time: TimeState,
    /// (series, first row, value state)
    cols: Vec<(u32, u32, XorState)>,
    prev_mask: u64,
    samples: u32,
}

impl GroupEncoder {
    pub fn new(base: i64) -> GroupEncoder {
        let mut bits = Bits::default();
        bits.push(base as u64, 64);
        GroupEncoder { bits, time: TimeState::new(base), cols: Vec::new(), prev_mask: 0, samples: 0 }
    }

    /// Columns a row of these series would add.
    pub fn new_columns(&self, series: impl Iterator<Item = u32>) -> usize {
        series.filter(|s| !self.cols.iter().any(|c| c.0 == *s)).count()
    }

    pub fn columns(&self) -> usize {
        self.cols.len()
    }

    /// Append a row: the values of some series at `t`, each series at most once. Series not yet
    /// in the chunk join it (the caller keeps the total within [`GROUP_MAX_COLS`]).
    pub fn push(&mut self, t: i64, values: &[(u32, f64)]) {
        debug_assert!(!values.is_empty());
        let row = self.time.rows;
        let mut mask = 0u64;
        let mut at = [usize::MAX; GROUP_MAX_COLS];
        for (i, &(s, _)) in values.iter().enumerate() {
            let c = match self.cols.iter().position(|c| c.0 == s) {
                Some(c) => c,
                None => {
                    self.cols.push((s, row, XorState { prev: 0, window: None }));
                    self.cols.len() - 1
                }
            };
            debug_assert!(c < GROUP_MAX_COLS && mask & (1 << c) == 0, "a series twice in one row");
            mask |= 1 << c;
            at[c] = i;
        }
        self.time.push(&mut self.bits, t);
        if mask == self.prev_mask {
            self.bits.push(0, 1);
        } else {
            self.bits.push(1, 1);
            for c in 0..self.cols.len() {
                self.bits.push((mask >> c) & 1, 1);
            }
            self.prev_mask = mask;
        }
        for (c, col) in self.cols.iter_mut().enumerate() {
            if mask & (1 << c) != 0 {
                push_value(&mut self.bits, &mut col.2, values[at[c]].1);
            }
        }
        self.samples += values.len() as u32;
    }

    /// Rows (timestamps) pushed.
    pub fn rows(&self) -> u32 {
        self.time.rows
    }

    /// Values pushed, over all series.
    pub fn samples(&self) -> u32 {
        self.samples
    }

    /// Earliest and latest time pushed (the base when empty).
    pub fn time_range(&self) -> (i64, i64) {
        (self.time.min_t, self.time.max_t)
    }

    /// Bytes of the bit stream (the blob adds a few bytes of header).
    pub fn stream_len(&self) -> usize {
        self.bits.buf.len()
    }

    /// The blob as stored.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.bits.buf.len() + 4 + self.cols.len() * 6);
        varint(&mut out, self.time.rows as u64);
        varint(&mut out, self.cols.len() as u64);
        for (s, first, _) in &self.cols {
            varint(&mut out, *s as u64);
            varint(&mut out, *first as u64);
        }
        out.extend_from_slice(&self.bits.buf);
        out
    }
}

fn varint(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

fn read_varint(data: &[u8], pos: &mut usize) -> Option<u64> {
    let mut v = 0u64;
    for shift in (0..64).step_by(7) {
        let b = *data.get(*pos)?;
        *pos += 1;
        v |= ((b & 0x7f) as u64) << shift;
        if b & 0x80 == 0 {
            return Some(v);
        }
    }
    None
}

/// Decode a [`GroupEncoder`] blob: `each(t, [(series, value)])` per row, in stored order. A
/// truncated or malformed blob yields the whole rows it holds.
pub fn decode_group(data: &[u8], mut each: impl FnMut(i64, &[(u32, f64)])) {
    let mut pos = 0usize;
    let Some(rows) = read_varint(data, &mut pos) else { return };
    let Some(ncols) = read_varint(data, &mut pos) else { return };
    if ncols as usize > GROUP_MAX_COLS {
        return;
    }
    let mut cols = Vec::with_capacity(ncols as usize);
    for _ in 0..ncols {
        let (Some(s), Some(first)) = (read_varint(data, &mut pos), read_varint(data, &mut pos)) else { return };
        cols.push((s as u32, first, XorState { prev: 0, window: None }));
    }
    let mut r = Reader { buf: &data[pos..], pos: 0 };
    let Some(base) = r.read(64) else { return };
    let mut prev_t = base as i64;
    let mut prev_delta = 0i64;
    let mut mask = 0u64;
    let mut row_vals: Vec<(u32, f64)> = Vec::with_capacity(cols.len());
    for row in 0..rows {
        let Some(dod) = read_dod(&mut r) else { return };
        let delta = prev_delta.wrapping_add(dod);
        let t = prev_t.wrapping_add(delta);
        prev_t = t;
        prev_delta = delta;
        let active = cols.iter().take_while(|c| c.1 <= row).count();
        match r.bit() {
            None => return,
            Some(false) => {}
            Some(true) => {
                mask = 0;
                for c in 0..active {
                    let Some(b) = r.bit() else { return };
                    mask |= (b as u64) << c;
                }
            }
        }
        row_vals.clear();
        for (c, col) in cols.iter_mut().enumerate().take(active) {
            if mask & (1 << c) != 0 {
                let Some(bits) = read_value(&mut r, &mut col.2) else { return };
                col.2.prev = bits;
                row_vals.push((col.0, f64::from_bits(bits)));
            }
        }
        each(t, &row_vals);
    }
}

fn read_dod(r: &mut Reader) -> Option<i64> {
    // `0`, then one more leading 1 per bucket.
    if !r.bit()? {
        return Some(0);
    }
    for &(_, _, n) in &TIME_BUCKETS {
        if !r.bit()? {
            return Some(sign_extend(r.read(n)?, n));
        }
    }
    Some(r.read(64)? as i64)
}

/// The next value's bits.
fn read_value(r: &mut Reader, st: &mut XorState) -> Option<u64> {
    if !r.bit()? {
        return Some(st.prev);
    }
    if !r.bit()? {
        let (l, tr) = st.window?;
        return Some(st.prev ^ (r.read(64 - l - tr)? << tr));
    }
    if !r.bit()? {
        let lead = r.read(5)? as u32;
        let len = match r.read(6)? as u32 {
            0 => 64,
            l => l,
        };
        let trail = 64u32.checked_sub(lead + len)?;
        st.window = Some((lead, trail));
        let bits = r.read(len)?;
        return Some(st.prev ^ if trail == 64 { 0 } else { bits << trail });
    }
    let scale = SCALES[r.read(2)? as usize];
    let mut dk = None;
    for &(_, _, n) in &DEC_BUCKETS {
        if !r.bit()? {
            dk = Some(sign_extend(r.read(n)?, n));
            break;
        }
    }
    let dk = match dk {
        Some(d) => d,
        None => r.read(64)? as i64,
    };
    let k = prev_decimal(f64::from_bits(st.prev), scale).wrapping_add(dk);
    Some(decimal_value(k, scale).to_bits())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(rows: &[(i64, Vec<f64>)], cols: usize) -> Vec<u8> {
        let mut e = Encoder::new(rows.first().map_or(0, |r| r.0), cols);
        for (t, v) in rows {
            e.push(*t, v);
        }
        let mut back = Vec::new();
        decode(e.bytes(), rows.len(), cols, |t, v| back.push((t, v.to_vec())));
        assert_eq!(back.len(), rows.len());
        for ((t0, v0), (t1, v1)) in rows.iter().zip(&back) {
            assert_eq!(t0, t1);
            let a: Vec<u64> = v0.iter().map(|v| v.to_bits()).collect();
            let b: Vec<u64> = v1.iter().map(|v| v.to_bits()).collect();
            assert_eq!(a, b, "at t={t0}");
        }
        if let Some(min) = rows.iter().map(|r| r.0).min() {
            assert_eq!(e.time_range(), (min, rows.iter().map(|r| r.0).max().unwrap()));
        }
        e.bytes().to_vec()
    }

    /// A small deterministic generator (xorshift64*): the property tests need no extra crate.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
        }
    }

    const EDGE_VALUES: [f64; 14] = [
        0.0,
        -0.0,
        1.0,
        -1.0,
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::MIN,
        f64::MAX,
        f64::MIN_POSITIVE,
        f64::EPSILON,
        5e-324,
        0.1,
        1e300,
    ];
    const EDGE_TIMES: [i64; 9] =
        [0, 1, -1, i64::MIN, i64::MAX, 1_700_000_000_000, -1_700_000_000_000, 1 << 40, -(1 << 19)];

    #[test]
    fn edge_values_round_trip_bit_for_bit() {
        let nan_payload = f64::from_bits(0x7ff8_dead_beef_0001);
        let mut vals: Vec<f64> = EDGE_VALUES.to_vec();
        vals.push(nan_payload);
        // Every value after every other value, and runs of equal ones.
        let mut rows = Vec::new();
        let mut t = 1_700_000_000_000;
        for a in &vals {
            for b in &vals {
                for v in [*a, *b, *b, *b] {
                    rows.push((t, vec![v]));
                    t += 1000;
                }
            }
        }
        round_trip(&rows, 1);
    }

    #[test]
    fn edge_times_round_trip_negative_deltas_and_huge_gaps() {
        let mut rows = Vec::new();
        for a in EDGE_TIMES {
            for b in EDGE_TIMES {
                rows.push((a, vec![1.0]));
                rows.push((b, vec![2.0]));
            }
        }
        round_trip(&rows, 1);
        // Every bucket boundary of the delta-of-delta, both signs.
        let mut rows = vec![(0, vec![0.0])];
        let mut t = 0i64;
        for n in [7u32, 12, 20] {
            for d in [(1i64 << (n - 1)) - 1, 1i64 << (n - 1), -(1i64 << (n - 1)), -(1i64 << (n - 1)) - 1] {
                // dod = d relative to a previous delta of 0: step back to delta 0 first.
                rows.push((t, vec![0.0]));
                t += d;
                rows.push((t, vec![0.0]));
                rows.push((t, vec![0.0]));
            }
        }
        round_trip(&rows, 1);
    }

    #[test]
    fn random_streams_round_trip() {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        for case in 0..300 {
            let n = (rng.next() % 400) as usize;
            let cols = 1 + (rng.next() % 4) as usize;
            let mut t = rng.next() as i64 >> (rng.next() % 64);
            let mut rows = Vec::with_capacity(n);
            let mut last = vec![0.0; cols];
            for _ in 0..n {
                t = match rng.next() % 6 {
                    0 => t.wrapping_add(1000),
                    1 => t.wrapping_add((rng.next() % 21) as i64 - 10 + 1000),
                    2 => t.wrapping_sub((rng.next() % 5000) as i64),
                    3 => rng.next() as i64,
                    4 => t,
                    _ => t.wrapping_add((rng.next() % (1 << 30)) as i64),
                };
                let vals: Vec<f64> = (0..cols)
                    .map(|c| match rng.next() % 8 {
                        0 => last[c],
                        6 => std::time::Duration::from_nanos(rng.next() % 3_000_000_000).as_secs_f64(),
                        7 => {
                            (rng.next() % 100_000) as f64 / 1000.0
                                * if rng.next().is_multiple_of(2) { 1.0 } else { -1.0 }
                        }
                        1 => f64::from_bits(rng.next()),
                        2 => EDGE_VALUES[(rng.next() % EDGE_VALUES.len() as u64) as usize],
                        3 => (rng.next() % 1000) as f64,
                        4 => last[c] + 0.001 * (rng.next() % 100) as f64,
                        _ => (rng.next() % 1_000_000) as f64 / 1e6,
                    })
                    .collect();
                last = vals.clone();
                rows.push((t, vals));
            }
            let _ = case;
            round_trip(&rows, cols);
        }
    }

    #[test]
    fn appending_to_a_clone_equals_encoding_at_once() {
        let rows: Vec<(i64, Vec<f64>)> = (0..50).map(|i| (1000 * i + i % 3, vec![(i % 7) as f64 * 0.25])).collect();
        let mut whole = Encoder::new(0, 1);
        for (t, v) in &rows {
            whole.push(*t, v);
        }
        let mut staged = Encoder::new(0, 1);
        for part in rows.chunks(7) {
            let mut next = staged.clone();
            for (t, v) in part {
                next.push(*t, v);
            }
            staged = next;
        }
        assert_eq!(staged, whole);
    }

    #[test]
    fn regular_series_cost_about_a_bit_or_two_per_point() {
        // Constant value every 10 s with a few ms of timer jitter: 1 bit of value, ≤ 9 bits of time.
        let mut e = Encoder::new(0, 1);
        for i in 0..240i64 {
            e.push(i * 10_000 + (i * 7919) % 5, &[1.0]);
        }
        let bytes = e.bytes().len() as f64 / 240.0;
        assert!(bytes <= 1.4, "{bytes} bytes per point");
    }

    #[test]
    fn nanosecond_latencies_use_the_decimal_code() {
        let mut rng = Rng(7);
        let mut e = Encoder::new(0, 1);
        let mut rows = Vec::new();
        for i in 0..240i64 {
            let lat = std::time::Duration::from_nanos(300_000 + rng.next() % 400_000).as_secs_f64();
            e.push(i * 10_000, &[lat]);
            rows.push((i * 10_000, vec![lat]));
        }
        round_trip(&rows, 1);
        let bytes = e.bytes().len() as f64 / 240.0;
        assert!(bytes <= 4.2, "{bytes} bytes per point (XOR alone: ~8)");
    }

    fn group_round_trip(rows: &[(i64, Vec<(u32, f64)>)]) -> GroupEncoder {
        let mut e = GroupEncoder::new(rows.first().map_or(0, |r| r.0));
        for (t, v) in rows {
            e.push(*t, v);
        }
        let mut back = Vec::new();
        decode_group(&e.to_bytes(), |t, v| {
            back.push((t, v.iter().map(|(s, x)| (*s, x.to_bits())).collect::<Vec<_>>()))
        });
        let want: Vec<(i64, Vec<(u32, u64)>)> = rows
            .iter()
            .map(|(t, v)| {
                // Stored in column order: the order the series first appeared in.
                let mut v: Vec<(u32, u64)> = v.iter().map(|(s, x)| (*s, x.to_bits())).collect();
                v.sort_by_key(|(s, _)| e.cols.iter().position(|c| c.0 == *s));
                (*t, v)
            })
            .collect();
        assert_eq!(back, want);
        assert_eq!(e.samples() as usize, rows.iter().map(|r| r.1.len()).sum::<usize>());
        e
    }

    #[test]
    fn group_rows_round_trip_with_series_joining_and_missing() {
        let mut rng = Rng(0x1234_5678_9abc_def1);
        for _ in 0..200 {
            let n = (rng.next() % 300) as usize;
            let universe = 1 + (rng.next() % 40) as u32;
            let mut t = rng.next() as i64 >> (rng.next() % 64);
            let mut rows = Vec::new();
            for _ in 0..n {
                t = match rng.next() % 4 {
                    0 => t.wrapping_add(10_000 + (rng.next() % 600) as i64 - 300),
                    1 => t,
                    2 => t.wrapping_sub((rng.next() % 5000) as i64),
                    _ => rng.next() as i64,
                };
                let mut vals: Vec<(u32, f64)> = Vec::new();
                for s in 0..universe {
                    if !rng.next().is_multiple_of(5) {
                        let v = match rng.next() % 4 {
                            0 => 1.0,
                            1 => f64::from_bits(rng.next()),
                            2 => std::time::Duration::from_nanos(rng.next() % 3_000_000_000).as_secs_f64(),
                            _ => EDGE_VALUES[(rng.next() % EDGE_VALUES.len() as u64) as usize],
                        };
                        vals.push((1000 + s * 7, v));
                    }
                }
                if vals.is_empty() {
                    vals.push((5, 0.5));
                }
                // Any order within the row.
                if rng.next().is_multiple_of(2) {
                    vals.reverse();
                }
                rows.push((t, vals));
            }
            group_round_trip(&rows);
        }
    }

    #[test]
    fn a_group_pays_the_time_once_per_row() {
        // Five series of one component every 10 s with ± 300 ms of scheduling jitter: four
        // steady ones and a latency; the time code is shared.
        let mut rng = Rng(99);
        let mut rows = Vec::new();
        let mut single = Encoder::new(0, 1);
        for i in 0..240i64 {
            let t = i * 10_000 + (rng.next() % 600) as i64;
            let lat = std::time::Duration::from_nanos(300_000 + rng.next() % 400_000).as_secs_f64();
            let mut v = vec![(1, 1.0), (2, 0.0), (3, 0.0), (5, lat)];
            if i % 3 != 0 {
                v.push((4, 200.0));
            }
            single.push(t, &[1.0]);
            rows.push((t, v));
        }
        let e = group_round_trip(&rows);
        let per_sample = e.to_bytes().len() as f64 / e.samples() as f64;
        assert!(per_sample < 1.6, "{per_sample} bytes a sample");
        // A constant series alone pays the jittered time in full.
        assert!(single.bytes().len() as f64 / 240.0 > 1.5);
    }

    #[test]
    fn a_truncated_group_blob_yields_whole_rows_only() {
        let rows: Vec<(i64, Vec<(u32, f64)>)> =
            (0..20).map(|i| (i * 1000, vec![(1, i as f64 * 1.5), (2, 0.25)])).collect();
        let bytes = group_round_trip(&rows).to_bytes();
        for cut in 0..bytes.len() {
            let mut got = Vec::new();
            decode_group(&bytes[..cut], |t, v| got.push((t, v.to_vec())));
            assert!(got.len() < 20);
            for (i, (t, v)) in got.iter().enumerate() {
                assert_eq!((*t, v.clone()), (i as i64 * 1000, vec![(1, i as f64 * 1.5), (2, 0.25)]));
            }
        }
    }

    #[test]
    fn a_truncated_blob_yields_whole_rows_only() {
        let rows: Vec<(i64, Vec<f64>)> = (0..20).map(|i| (i * 1000, vec![i as f64 * 1.5])).collect();
        let bytes = round_trip(&rows, 1);
        for cut in 0..bytes.len() {
            let mut got = Vec::new();
            decode(&bytes[..cut], 20, 1, |t, v| got.push((t, v[0])));
            assert!(got.len() < 20);
            for (i, (t, v)) in got.iter().enumerate() {
                assert_eq!((*t, *v), (i as i64 * 1000, i as f64 * 1.5));
            }
        }
    }
}
