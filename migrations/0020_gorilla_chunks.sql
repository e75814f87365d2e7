-- Raw samples in Gorilla chunks (delta-of-delta times, XOR'd values: `history/gorilla.rs`),
-- appended to across flushes: a group's newest chunk stays open and its row is rewritten in
-- each commit until it is sealed (240 rows, 3 KiB or 2 hours). `enc` says how `data` is
-- encoded: 0 = 0006's 12-byte points (rows written before this migration, still read),
-- 1 = Gorilla, one series (pre-0006 `samples` rows converted at open), 2 = Gorilla, one
-- group: the series of one component (same tags) share one time column; `series_id` is then
-- the group's first series and `n` counts values, not rows (`history/chunk.rs`).
ALTER TABLE sample_chunks ADD COLUMN enc INTEGER NOT NULL DEFAULT 0;

-- 1-minute rollups the same way: one row per series per up to 240 minutes, a Gorilla stream
-- of (minute, [n, total, min, max]). `rollups_1m` (0001) keeps the rows written before this
-- migration and stays readable; nothing new is written there.
CREATE TABLE rollup_chunks (
    series_id INTEGER NOT NULL,
    start_min INTEGER NOT NULL, -- Unix minutes, earliest in the chunk
    end_min   INTEGER NOT NULL, -- Unix minutes, latest in the chunk
    n         INTEGER NOT NULL, -- minutes (rows) in the chunk
    data      BLOB    NOT NULL
);
CREATE INDEX rollup_chunks_by_series_end ON rollup_chunks (series_id, end_min);
