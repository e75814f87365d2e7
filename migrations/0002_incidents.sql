-- Healing: incidents with their timelines, and every healing action (the audit of what the
-- guard did, real or requested).
CREATE TABLE incidents (
    id            INTEGER PRIMARY KEY,
    component     TEXT    NOT NULL,
    root_cause    TEXT    NOT NULL,          -- the component whose failure explains this incident
    kind          TEXT    NOT NULL,          -- down | crash | memory_limit | memory_forecast | alert
    source        TEXT    NOT NULL,          -- check | supervisor | alertmanager
    reason        TEXT    NOT NULL,
    status        TEXT    NOT NULL,          -- open | resolved | merged
    escalated     INTEGER NOT NULL DEFAULT 0,
    affected      TEXT    NOT NULL DEFAULT '[]', -- JSON array of dependents folded into it
    onset_ms      INTEGER NOT NULL,          -- last moment the component was seen well (or alert startsAt)
    detected_ms   INTEGER NOT NULL,
    resolved_ms   INTEGER,
    merged_into   INTEGER,
    fingerprint   TEXT                       -- Alertmanager fingerprint, when an alert opened it
);
CREATE INDEX incidents_by_time ON incidents (detected_ms);
CREATE INDEX incidents_by_component ON incidents (component, detected_ms);

CREATE TABLE incident_events (
    id           INTEGER PRIMARY KEY,
    incident_id  INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    ts_ms        INTEGER NOT NULL,
    kind         TEXT    NOT NULL,          -- detected | action | verified | escalated | folded | note | closed
    action_id    INTEGER,
    strategy     TEXT,
    result       TEXT,                      -- succeeded | failed | skipped
    duration_ms  INTEGER,
    detail       TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX incident_events_by_incident ON incident_events (incident_id, ts_ms);

CREATE TABLE healing_actions (
    id           INTEGER PRIMARY KEY,
    component    TEXT    NOT NULL,
    incident_id  INTEGER,
    strategy     TEXT    NOT NULL,
    trigger      TEXT    NOT NULL,          -- ladder | manual | alert | memory
    started_ms   INTEGER NOT NULL,
    finished_ms  INTEGER,
    result       TEXT    NOT NULL,          -- running | succeeded | failed
    detail       TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX healing_actions_by_component ON healing_actions (component, started_ms);
