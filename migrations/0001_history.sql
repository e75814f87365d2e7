-- History: metric series, raw samples, 1-minute rollups, status changes and process events.
CREATE TABLE series (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL,
    tags  TEXT NOT NULL DEFAULT '',
    UNIQUE (name, tags)
);

CREATE TABLE samples (
    series_id INTEGER NOT NULL,
    ts_ms     INTEGER NOT NULL,
    value     REAL    NOT NULL
);
CREATE INDEX samples_by_series_time ON samples (series_id, ts_ms);

CREATE TABLE rollups_1m (
    series_id INTEGER NOT NULL,
    minute    INTEGER NOT NULL, -- Unix minutes
    n         INTEGER NOT NULL,
    total     REAL    NOT NULL,
    vmin      REAL    NOT NULL,
    vmax      REAL    NOT NULL,
    PRIMARY KEY (series_id, minute)
) WITHOUT ROWID;

CREATE TABLE status_changes (
    id         INTEGER PRIMARY KEY,
    component  TEXT    NOT NULL,
    ts_ms      INTEGER NOT NULL,
    from_status TEXT   NOT NULL,
    to_status  TEXT    NOT NULL,
    issues     TEXT    NOT NULL DEFAULT '[]'
);
CREATE INDEX status_changes_by_component ON status_changes (component, ts_ms);

CREATE TABLE process_events (
    id         INTEGER PRIMARY KEY,
    component  TEXT    NOT NULL,
    instance   INTEGER NOT NULL,
    ts_ms      INTEGER NOT NULL,
    kind       TEXT    NOT NULL, -- started | exited
    pid        INTEGER NOT NULL,
    exit_code  INTEGER,
    signal     INTEGER,
    uptime_ms  INTEGER
);
CREATE INDEX process_events_by_component ON process_events (component, ts_ms);
