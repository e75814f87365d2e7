-- Availability: every outage of a component, from the moment the guard detected it (a check
-- found the component failed, its process exited, the guard restarted it) until a check verified
-- it up again (healthy or degraded). Written by the engine (`availability::Tracker`), read by
-- `availability::compute` (the one availability figure of the UI, the API and the reports).
CREATE TABLE downtime (
    id        INTEGER PRIMARY KEY,
    component TEXT    NOT NULL,
    start_ms  INTEGER NOT NULL,
    end_ms    INTEGER,           -- NULL: still down (not verified up yet)
    cause     TEXT    NOT NULL   -- failed | exit | restart
);
CREATE INDEX downtime_by_time ON downtime (start_ms);
CREATE INDEX downtime_open ON downtime (component) WHERE end_ms IS NULL;
-- `availability::compute` reads a period's status changes across components.
CREATE INDEX status_changes_by_time ON status_changes (ts_ms);
