-- Auto-scaling changes made at run time (PUT /api/components/{name}/autoscale,
-- set_component_autoscale; crates/engine/src/heal/autoscale): the override in force per
-- component, as the JSON of an AutoscaleChange applied on top of the config at start (bounds,
-- cooldown, rules, paused, dry_run). Written when a change is accepted, deleted when nothing
-- differs from the config any more (`reset`). A row the config no longer allows is kept, not
-- applied, and reported in GET /api/components/{name}/autoscale.
CREATE TABLE autoscale_overrides (
    component TEXT PRIMARY KEY,
    change TEXT NOT NULL,             -- JSON (AutoscaleChange)
    updated_ms INTEGER NOT NULL,
    actor TEXT NOT NULL
);
