-- Incident texts in every language: each timeline entry and each incident's reason keeps the
-- Fluent message that says it (id in locales/<lang>/incidents.ftl or healing.ftl, arguments
-- as a JSON object; see crates/engine/src/heal/timeline.rs). `detail` and `reason` keep the
-- English text: rows written before this migration have no message and show that text.
ALTER TABLE incident_events ADD COLUMN message_id TEXT;
ALTER TABLE incident_events ADD COLUMN message_args TEXT;
ALTER TABLE incidents ADD COLUMN reason_id TEXT;
ALTER TABLE incidents ADD COLUMN reason_args TEXT;
