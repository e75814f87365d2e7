-- Auto-scaling decisions (crates/engine/src/heal/autoscale): every decision the auto-scaler
-- made, acted on, held back or dry run. The steps themselves are healing_actions rows
-- (trigger 'autoscale'), named in action_ids.
CREATE TABLE autoscale_decisions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    component TEXT NOT NULL,
    at_ms INTEGER NOT NULL,
    direction TEXT NOT NULL,          -- up, down, hold
    from_instances INTEGER NOT NULL,
    to_instances INTEGER NOT NULL,
    reached INTEGER NOT NULL,
    result TEXT NOT NULL,             -- succeeded, failed, held, dry_run
    dry_run INTEGER NOT NULL,
    reason TEXT,                      -- JSON (ScalingReason), NULL for a hold without one
    hold TEXT,                        -- JSON (ScalingHold)
    action_ids TEXT NOT NULL,         -- JSON array of healing_actions ids
    message TEXT NOT NULL             -- English; the API says it again in ?lang=
);
CREATE INDEX autoscale_decisions_component_at ON autoscale_decisions (component, at_ms);
CREATE INDEX autoscale_decisions_at ON autoscale_decisions (at_ms);
