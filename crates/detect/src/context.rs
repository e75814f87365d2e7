//! Context-novelty channel, in the spirit of CAD OSE and HTM's sequence
//! memory: values are discretised into bins, and the anomaly is the share of
//! recent bin sequences (contexts of order 1..=K ending at the current
//! point) that have never been seen before. Predictable series, periodic or
//! flat, stop producing new contexts after one period; a new pattern does.
//!
//! Memory is bounded: contexts are remembered by a 16-bit fingerprint in a
//! set-associative table (a colliding context overwrites the older one,
//! which at worst makes an old context look new again; a fingerprint match
//! of two different contexts, about one lookup in 65,536, makes a new one
//! look old). Each set holds two contexts, most recently used first. The
//! set index already takes up to 12 bits of the hash, so 16 more bits of
//! fingerprint score the NAB development subset exactly as 32 bits did, at
//! half the memory. The table is kept sparse (only the sets in use) while
//! that is smaller, and dense beyond: a flat or slowly varying series uses a
//! few hundred bytes instead of the whole table, with the same contents.

/// Longest context (number of previous bins).
pub const MAX_ORDER: usize = 6;

/// Context-novelty detector for one series.
#[derive(Debug, Clone)]
pub struct ContextNovelty {
    order: usize,
    bins: usize,
    learn: u64,
    n: u64,
    lo: f64,
    hi: f64,
    origin: f64,
    width: f64,
    /// Last bins, most recent first.
    hist: [i64; MAX_ORDER + 1],
    table: Table,
    mask: usize,
}

/// The sets of the table (two `u16` fingerprints each, 0 = empty): only
/// those in use, sorted by set, until they would take as many bytes as the
/// dense table (8 bytes a set against 4), then all of them.
#[derive(Debug, Clone)]
enum Table {
    Sparse(Vec<(u32, [u16; 2])>),
    Dense(Box<[[u16; 2]]>),
}

impl Table {
    /// The set of `idx` (an even slot index), created empty if needed.
    fn set_mut(&mut self, idx: usize, size: usize) -> &mut [u16; 2] {
        if let Table::Sparse(v) = self {
            if v.len() * 2 >= size / 2 {
                let mut dense = vec![[0u16; 2]; size / 2].into_boxed_slice();
                for (set, slots) in v.iter() {
                    dense[*set as usize] = *slots;
                }
                *self = Table::Dense(dense);
            }
        }
        let set = idx / 2;
        match self {
            Table::Dense(d) => &mut d[set],
            Table::Sparse(v) => {
                let at = match v.binary_search_by_key(&(set as u32), |e| e.0) {
                    Ok(at) => at,
                    Err(at) => {
                        if v.len() == v.capacity() {
                            // Grow by a quarter, not double: the table is long-lived.
                            // Never beyond the dense table's bytes: it turns dense first.
                            let room = (size / 4).saturating_sub(v.len()).max(1);
                            v.reserve_exact((v.len() / 4).max(4).min(room));
                        }
                        v.insert(at, (set as u32, [0; 2]));
                        at
                    }
                };
                &mut v[at].1
            }
        }
    }

    fn bytes(&self) -> usize {
        match self {
            Table::Sparse(v) => v.capacity() * std::mem::size_of::<(u32, [u16; 2])>(),
            Table::Dense(d) => d.len() * std::mem::size_of::<[u16; 2]>(),
        }
    }
}

fn mix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

impl ContextNovelty {
    /// `order`: contexts of 1..=order previous bins (at most [`MAX_ORDER`]);
    /// `bins`: bins across the value range seen in the first `learn` points;
    /// `table_bits`: log2 of the number of remembered contexts.
    pub fn new(order: usize, bins: usize, learn: u64, table_bits: u32) -> Self {
        let size = 1usize << table_bits.clamp(4, 24);
        Self {
            order: order.clamp(1, MAX_ORDER),
            bins: bins.max(1),
            learn: learn.max(2),
            n: 0,
            lo: f64::INFINITY,
            hi: f64::NEG_INFINITY,
            origin: 0.0,
            width: 0.0,
            hist: [0; MAX_ORDER + 1],
            table: Table::Sparse(Vec::new()),
            mask: size - 1,
        }
    }

    /// Heap bytes of the context table now (at most the dense table's
    /// `2 << table_bits`).
    pub fn table_bytes(&self) -> usize {
        self.table.bytes()
    }

    /// Feeds one value; returns the share of its contexts never seen before
    /// (0 while the value range is being learned).
    pub fn update(&mut self, x: f64) -> f64 {
        self.n += 1;
        if self.n <= self.learn {
            self.lo = self.lo.min(x);
            self.hi = self.hi.max(x);
            if self.n < self.learn {
                return 0.0;
            }
            let range = self.hi - self.lo;
            let w = range / self.bins as f64;
            self.width = if w > 1e-12 * (1.0 + self.hi.abs()) { w } else { 1e-3 * (1.0 + self.hi.abs()) };
            self.origin = self.lo;
        }
        let b = ((x - self.origin) / self.width).floor().clamp(-1e15, 1e15) as i64;
        self.hist.copy_within(0..MAX_ORDER, 1);
        self.hist[0] = b;
        if self.n < self.learn + self.order as u64 {
            // Not enough history for full contexts yet: just remember them.
            self.scan();
            return 0.0;
        }
        self.scan()
    }

    fn scan(&mut self) -> f64 {
        let mut h = 0x9e37_79b9_7f4a_7c15u64;
        let mut new = 0.0;
        let mut total = 0.0;
        h = mix(h ^ self.hist[0] as u64);
        for k in 1..=self.order {
            h = mix(h ^ (self.hist[k] as u64).wrapping_add(k as u64 * 0x1000_0000_0000));
            // Two-way set with move-to-front: a hit in the second slot swaps
            // to the first, a miss evicts the second (least recently used).
            let idx = (h as usize) & self.mask & !1;
            let fp = ((h >> 48) as u16) | 1;
            let set = self.table.set_mut(idx, self.mask + 1);
            if set[0] != fp {
                if set[1] != fp {
                    new += 1.0;
                }
                set[1] = set[0];
                set[0] = fp;
            }
            total += 1.0;
        }
        new / total
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periodic_series_stops_being_novel_and_new_pattern_is() {
        let mut c = ContextNovelty::new(4, 16, 50, 12);
        let wave = |i: usize| (i % 20) as f64;
        let raw: Vec<f64> = (0..400).map(|i| c.update(wave(i))).collect();
        assert!(raw[100..].iter().all(|&r| r == 0.0), "a repeating pattern must be learned");
        // Same values, new order: novel contexts.
        let mut novel = 0.0;
        for i in 0..20 {
            novel += c.update(wave(19 - i));
        }
        assert!(novel > 5.0, "{novel}");
        // Flat line: novel once, then learned.
        let mut c = ContextNovelty::new(4, 16, 50, 12);
        let raw: Vec<f64> = (0..200).map(|_| c.update(3.0)).collect();
        assert!(raw.iter().all(|&r| r == 0.0));
        assert_eq!(c.update(30.0), 1.0);
    }

    #[test]
    fn sparse_table_answers_as_the_dense_one_and_stays_small_on_a_flat_series() {
        let mut seed = 1u64;
        let mut next = move || {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 11) as f64 / (1u64 << 53) as f64
        };
        for (order, bins, bits, spread) in [(2, 8, 12, 1.0), (4, 16, 8, 3.0), (6, 32, 10, 0.2)] {
            let mut sparse = ContextNovelty::new(order, bins, 50, bits);
            let mut dense = ContextNovelty::new(order, bins, 50, bits);
            dense.table = Table::Dense(vec![[0; 2]; dense.mask.div_ceil(2)].into_boxed_slice());
            for i in 0..20_000 {
                // Quiet, then wider and wider: the sparse table fills and turns dense.
                let x = next() * spread * (1.0 + i as f64 / 2_000.0);
                assert_eq!(
                    sparse.update(x).to_bits(),
                    dense.update(x).to_bits(),
                    "order {order} bins {bins} point {i}"
                );
            }
            assert!(matches!(sparse.table, Table::Dense(_)));
        }
        let mut flat = ContextNovelty::new(2, 8, 150, 12);
        for _ in 0..10_000 {
            flat.update(0.0);
        }
        assert!(flat.table_bytes() <= 64, "{}", flat.table_bytes());
    }
}
