-- Compliance and regions: which component lives in which region with which SLA (so reports
-- built from the database alone know it), which regions are active, what the retention job
-- did, database backups taken, and data-subject requests (access/erasure) served.
CREATE TABLE component_registry (
    name       TEXT PRIMARY KEY,
    region     TEXT    NOT NULL,
    sla        REAL    NOT NULL,          -- availability target, percent
    critical   INTEGER NOT NULL DEFAULT 0,
    data_categories TEXT NOT NULL DEFAULT '["operational_metrics"]', -- JSON array
    first_seen_ms INTEGER NOT NULL,
    updated_ms INTEGER NOT NULL
);

CREATE TABLE region_state (
    region     TEXT PRIMARY KEY,
    active     INTEGER NOT NULL,
    changed_ms INTEGER NOT NULL
);

CREATE TABLE retention_runs (
    id         INTEGER PRIMARY KEY,
    ts_ms      INTEGER NOT NULL,
    data_kind  TEXT    NOT NULL,          -- samples | rollups | events | incidents | healing_actions | audit
    action     TEXT    NOT NULL,          -- deleted | anonymised | kept
    cutoff_ms  INTEGER NOT NULL,
    rows       INTEGER NOT NULL
);
CREATE INDEX retention_runs_by_time ON retention_runs (ts_ms);

CREATE TABLE backups (
    id         INTEGER PRIMARY KEY,
    ts_ms      INTEGER NOT NULL,
    path       TEXT    NOT NULL,
    bytes      INTEGER NOT NULL,
    sha256     TEXT    NOT NULL
);

CREATE TABLE data_subject_requests (
    id         INTEGER PRIMARY KEY,
    ts_ms      INTEGER NOT NULL,
    subject    TEXT    NOT NULL,
    kind       TEXT    NOT NULL,          -- access | erasure
    outcome    TEXT    NOT NULL,          -- done | refused
    detail     TEXT    NOT NULL DEFAULT ''
);
