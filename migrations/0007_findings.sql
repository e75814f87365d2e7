-- Detection: findings from threshold rules, the anomaly detector and forecasts.
CREATE TABLE detection_findings (
    id          INTEGER PRIMARY KEY,
    component   TEXT    NOT NULL,
    metric      TEXT    NOT NULL,
    kind        TEXT    NOT NULL, -- threshold | anomaly | predicted
    severity    TEXT    NOT NULL, -- low | medium | high | critical
    action      TEXT    NOT NULL, -- alert | heal
    ts_ms       INTEGER NOT NULL,
    value       REAL    NOT NULL,
    score       REAL,
    eta_ms      INTEGER,
    limit_value REAL,
    message     TEXT    NOT NULL,
    resolved    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX detection_findings_by_time ON detection_findings (ts_ms);
CREATE INDEX detection_findings_by_component ON detection_findings (component, ts_ms);
