-- Working an incident (issue 20): who acknowledged it and when, the account it is assigned to
-- (and who assigned it, when), and notes. Add-only: new columns and a new table. Each change is
-- also a timeline entry (`incident_events`, kinds `acknowledged`, `assigned`, `note`) and an
-- audit row (`incident.acknowledge`, `incident.assign`, `incident.note`).
ALTER TABLE incidents ADD COLUMN acknowledged_by TEXT;
ALTER TABLE incidents ADD COLUMN acknowledged_ms INTEGER;
ALTER TABLE incidents ADD COLUMN assignee TEXT;
ALTER TABLE incidents ADD COLUMN assigned_by TEXT;
ALTER TABLE incidents ADD COLUMN assigned_ms INTEGER;

-- Notes are append-only: a note is never edited or removed. Only the author's name may change,
-- to the account's pseudonym when the account is erased (right to erasure, security/privacy.rs).
CREATE TABLE incident_notes (
    id           INTEGER PRIMARY KEY,
    incident_id  INTEGER NOT NULL REFERENCES incidents (id),
    at_ms        INTEGER NOT NULL,
    author       TEXT    NOT NULL,
    text         TEXT    NOT NULL
);
CREATE INDEX incident_notes_by_incident ON incident_notes (incident_id, at_ms);
CREATE TRIGGER incident_notes_append_only_update BEFORE UPDATE OF id, incident_id, at_ms, text ON incident_notes
BEGIN
    SELECT RAISE(ABORT, 'incident notes are append-only');
END;
CREATE TRIGGER incident_notes_append_only_delete BEFORE DELETE ON incident_notes
BEGIN
    SELECT RAISE(ABORT, 'incident notes are append-only');
END;
