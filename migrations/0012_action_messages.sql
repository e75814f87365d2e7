-- Healing step details in every language: each healing action keeps the Fluent message that
-- says its detail (id in locales/<lang>/healing-steps.ftl or incidents.ftl, arguments as a
-- JSON object; see crates/engine/src/heal/timeline.rs). `detail` keeps the English text:
-- actions written before this migration have no message and show that text.
ALTER TABLE healing_actions ADD COLUMN detail_id TEXT;
ALTER TABLE healing_actions ADD COLUMN detail_args TEXT;
