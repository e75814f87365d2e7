# Healing messages shown to users (the plan, refusals).

heal-refusal-disabled = Healing is disabled in the config
heal-refusal-paused = Healing is paused
heal-refusal-maintenance = Maintenance window until { $until }
heal-refusal-cooling-down = Cooling down after the last heal until { $until }
heal-refusal-breaker-open = Circuit breaker open after repeated failed heals, until { $until }
