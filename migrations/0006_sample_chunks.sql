-- Raw samples are stored in chunks: one row per series per writer batch, the points packed in a
-- blob (n × [u32 ms offset from start_ms, f64 value], little-endian). A row per point with a
-- (series, time) index cost a random B-tree insert per point and capped ingest far below what
-- the scheduler produces at scale; chunks make it one insert per series per batch.
-- The `samples` table of 0001 is no longer written; rows left in it are converted into chunks
-- when the history is opened.
CREATE TABLE sample_chunks (
    series_id INTEGER NOT NULL,
    start_ms  INTEGER NOT NULL,
    end_ms    INTEGER NOT NULL,
    n         INTEGER NOT NULL,
    data      BLOB    NOT NULL
);
CREATE INDEX sample_chunks_by_series_end ON sample_chunks (series_id, end_ms);
