-- Healing, part 2: every notification delivery attempt's outcome (incidents and healing steps
-- sent to webhooks, Slack, Teams, e-mail and the desktop), and the recovery ladders operators
-- set at run time (`set_component_preferences`), which survive a restart.
CREATE TABLE notification_deliveries (
    id           INTEGER PRIMARY KEY,
    channel      TEXT    NOT NULL,          -- the channel's name in the config
    channel_kind TEXT    NOT NULL,          -- webhook | slack | teams | email | desktop
    event        TEXT    NOT NULL,          -- incident_opened | step_started | … | incident_resolved
    severity     TEXT    NOT NULL,          -- info | warning | critical
    component    TEXT    NOT NULL,
    incident_id  INTEGER,
    dedup_key    TEXT    NOT NULL,
    created_ms   INTEGER NOT NULL,          -- when the event happened
    finished_ms  INTEGER NOT NULL,          -- when delivery succeeded or was given up
    status       TEXT    NOT NULL,          -- sent | failed | dropped
    attempts     INTEGER NOT NULL,
    error        TEXT                       -- last error, secrets scrubbed
);
CREATE INDEX notification_deliveries_by_time ON notification_deliveries (created_ms);

CREATE TABLE component_preferences (
    component    TEXT    PRIMARY KEY,
    ladder       TEXT    NOT NULL,          -- JSON array of step names: ["restart", "migrate", "run"]
    updated_ms   INTEGER NOT NULL
);
