# Auto-scaling decisions and why scaling waits (the API's autoscale status, engine events).

autoscale-reason-above = { $metric } is { $value }, at or above { $threshold }
autoscale-reason-forecast = { $metric } is { $value } and is forecast to reach { $threshold } in { $seconds } s ({ $predicted } at the end of the horizon)
autoscale-reason-below = { $metric } is { $value }, at or below { $threshold }
autoscale-reason-below-min = { $instances ->
        [one] { $instances } instance runs
       *[other] { $instances } instances run
    }, fewer than the minimum of { $min }
autoscale-reason-above-max = { $instances ->
        [one] { $instances } instance runs
       *[other] { $instances } instances run
    }, more than the maximum of { $max }
autoscale-hold-disabled = Healing is disabled in the config
autoscale-hold-paused = Scaling is paused
autoscale-hold-maintenance = Maintenance window until { $until }
autoscale-hold-cooling-down = Cooling down after the last scaling until { $until }
autoscale-hold-at-max = Already at the maximum of { $max ->
        [one] { $max } instance
       *[other] { $max } instances
    }
autoscale-hold-at-min = Already at the minimum of { $min ->
        [one] { $min } instance
       *[other] { $min } instances
    }
autoscale-hold-no-samples = No fresh sample of { $metric }
autoscale-decision-up = Scale up from { $from } to { $to ->
        [one] { $to } instance
       *[other] { $to } instances
    }: { $reason }
autoscale-decision-down = Scale down from { $from } to { $to ->
        [one] { $to } instance
       *[other] { $to } instances
    }: { $reason }
autoscale-decision-held = Scaling from { $from ->
        [one] { $from } instance
       *[other] { $from } instances
    } held back: { $hold } ({ $reason })
autoscale-decision-blocked = No scaling from { $from ->
        [one] { $from } instance
       *[other] { $from } instances
    }: { $hold }
autoscale-decision-failed = Scaling from { $from } to { $to ->
        [one] { $to } instance
       *[other] { $to } instances
    } stopped at { $reached }: { $reason }
autoscale-dry-run = (dry run: nothing was changed)
