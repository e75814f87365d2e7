# Auto-scaling panels (Healing page, component detail), the healing queue and the optimal-region lookup (Region map).

ui-as-title = Auto-scaling
ui-as-live = Live
ui-as-live-hint = Updated from the guard's scaling events as they happen
ui-as-none = No component scales itself: give a component an autoscale block in the config.
ui-as-mode-reactive = Reactive
ui-as-mode-hybrid = Hybrid (forecast)
ui-as-dry-run = Dry run
ui-as-paused = Paused
ui-as-overridden = Changed at run time
ui-as-runtime-note = Changes are kept across restarts until you reset them to the configuration.
ui-as-override-not-applied = A saved run-time change is not in force: { $reason }
ui-as-col-instances = Instances
ui-as-col-component = Component
ui-as-col-cooldown = Cooldown
ui-as-col-metric = Metric
ui-as-col-time = Time
ui-as-col-change = Change
ui-as-col-result = Result
ui-as-col-reason = Why
ui-as-range = allowed { $min }–{ $max }
ui-as-instances = { $instances } running, allowed { $min }–{ $max }
ui-as-now = Now
ui-as-factor = factor × { $factor }
ui-as-forecast = forecast
ui-as-cooldown-until = cooling down until { $time }
ui-as-holding = Holding back:
ui-as-decisions = Recent scaling decisions
ui-as-no-decisions = No scaling decisions yet.
ui-as-result-succeeded = Scaled
ui-as-result-failed = Failed
ui-as-result-held = Held back
ui-as-result-dry_run = Dry run only
ui-as-feed-scaled = scaled from { $from } to { $to ->
        [one] { $to } instance
       *[other] { $to } instances
    }
ui-as-feed-dry = would scale from { $from } to { $to ->
        [one] { $to } instance
       *[other] { $to } instances
    } (dry run)
ui-as-feed-failed = scaling from { $from } to { $to ->
        [one] { $to } instance
       *[other] { $to } instances
    } failed
ui-as-feed-held = scaling held back at { $from ->
        [one] { $from } instance
       *[other] { $from } instances
    }

ui-as-queue-title = Healing queue
ui-as-queue-slots = { $busy } of { $slots ->
        [one] { $slots } healing slot
       *[other] { $slots } healing slots
    } in use
ui-as-queue-busy = Healing now
ui-as-queue-idle = No healing is running.
ui-as-queue-next = Waiting, in planned order
ui-as-queue-empty = Nothing waits for a healing slot.
ui-as-queue-weight = weight { $weight }
ui-as-queue-starts = expected to start in { $duration }
ui-as-queue-waited = waited { $duration }
ui-as-queue-planned-by = Order planned by { $method }, minimising expected downtime weighted by criticality.
ui-as-queue-method-exact = exact search
ui-as-queue-method-annealed = simulated annealing
ui-as-queue-last-plan = Last admission order: { $order }

ui-as-detail-title = Auto-scaling rule
ui-as-edit = Change the auto-scaling rule
ui-as-field-min = Minimum instances
ui-as-field-max = Maximum instances
ui-as-field-cooldown = Cooldown (seconds)
ui-as-field-up = Scale up at
ui-as-field-down = Scale down at
ui-as-field-factor = Factor
ui-as-field-paused = Pause auto-scaling
ui-as-field-dry-run = Dry run: decide and record, change nothing
ui-as-bounds = The component's scale block allows { $min } to { $max ->
        [one] { $max } instance
       *[other] { $max } instances
    }.
ui-as-save = Save changes
ui-as-reset = Back to the config
ui-as-saved = Saved: the new rule applies from the next evaluation.
ui-as-no-changes = Nothing was changed.
ui-as-forbidden = Changing the rule needs the permission to manage components.
ui-as-confirm-title = Change the auto-scaling of { $component }?
ui-as-confirm-scale-now = With these limits { $component } scales from { $from } to { $to ->
        [one] { $to } instance
       *[other] { $to } instances
    } right away.
ui-as-confirm-live = Dry run goes off: the auto-scaler will start and stop instances for real.
ui-as-confirm-reset = The rule, the limits and the cooldown go back to the values in the config.
ui-as-err-integer = Enter a whole number.
ui-as-err-number = Enter a number.
ui-as-err-min-low = Must be at least { $min }.
ui-as-err-max-high = Must be at most { $max }.
ui-as-err-min-max = Must not be below the minimum ({ $min }).
ui-as-err-cooldown = Must be between 0 and { $max ->
        [one] { $max } second
       *[other] { $max } seconds
    }.
ui-as-err-down-up = Must be below the scale-up threshold ({ $up }), or scaling would flap.
ui-as-err-negative = Must not be negative.
ui-as-err-factor = Must be greater than 1 (1.5 adds half as many again).
ui-as-err-server = The guard refused the change: { $message }

ui-optimal-title = Where should a user's data live?
ui-optimal-hint = The nearest active region that the data-residency rules allow for a user's personal data.
ui-optimal-location = User location
ui-optimal-placeholder = Country name or ISO code, e.g. DE
ui-optimal-find = Find region
ui-optimal-quick = Frequent locations
ui-optimal-distance = { $km } km from { $country }
ui-optimal-why-nearest = { $region } is the nearest active region to { $country }.
ui-optimal-why-excluded = Nearer active regions are ruled out by { $rule }: { $regions }.
ui-optimal-why-allowed = { $region } is the nearest active region where a user in { $country } may have personal data stored.
ui-optimal-why-jurisdiction = The user falls under { $jurisdiction }; { $region } under { $regionJurisdiction }.
ui-optimal-why-unregulated = No residency rule of the standards in force covers users in { $country }; { $region } is under { $regionJurisdiction }.
ui-optimal-active = Active regions considered: { $regions }
ui-optimal-standards = Standards in force: { $standards }
ui-optimal-no-standards = No data-protection standard is configured: only the distance counts.
ui-error-unknown_location = Unknown location.
ui-error-no_eligible_region = No active region may hold this data.
