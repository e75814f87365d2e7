# Healing step details: what a step would do (plans, "started" events) and what it did (action
# details, timelines, notifications). Stored as message id + arguments and said in the reader's
# language by the API, the app, the UI, compliance reports and notifications. Names in
# backticks (components, services, config keys) and argv lists are shown as they are; $error,
# $output and $status are the words of the system or of a command, kept verbatim.

# Text with no words of ours (an OS error, a receiver's answer), shown as it is.
heal-text = { $text }

## Supervisor respawns ($exit says how the process exited)

step-respawn-plan = the supervisor respawns the child
step-respawn-pending = { $exit }; the supervisor starts it again
step-respawn-started = { $exit }; started again as pid { $pid }

## restart

step-restart-rolling-plan = rolling restart of `{ $component }` behind its front on { $listen }: drain, restart and re-check each instance in turn
step-restart-plan = restart `{ $component }` (stop pid { $pid }, start { $command })
step-restart-start-plan = start `{ $component }` again ({ $command })
step-restart-unsupervised-plan = cannot restart `{ $component }`: not supervised (add a `run:` step with its restart command)
step-restart-unsupervised = `{ $component }` is not supervised by the guard; restart it with a `run:` step
step-restart-done = restarted: pid { $old } → { $new }
step-restart-started = started pid { $pid }
step-restart-pending = restart requested; the child has not started yet

## Behind a front: rolling restarts and drained scale-downs

step-front-missing = `{ $component }` has no front
step-front-unknown-component = unknown component `{ $component }`
step-front-instance-error = instance { $instance }: { $error }
# $note: uncovered (no other instance could serve meanwhile), timed-out, none.
step-rolling-instance = instance { $instance } drained in { $waited } ms ({ $in_flight } in flight, { $left } left){ $note ->
    [uncovered] { " (no other instance was healthy: requests may have failed)" }
    [timed-out] { " (drain timed out)" }
   *[none] { "" }
}, restarted
step-rolling-stopped = { $done }; instance { $instance } not healthy within { $within }: stopped the rolling restart
step-rolling-done = { $instances ->
    [one] rolling restart of one instance: { $done }
   *[other] rolling restart of { $instances } instances: { $done }
}
step-retire-uncovered = instance { $instance } not stopped: no other instance of `{ $component }` is healthy to take its requests
step-retire-not-stopped = instance { $instance } drained but not stopped: { $error }
step-retire-done = instance { $instance } drained in { $waited } ms ({ $in_flight } in flight), stopped
step-retire-done-timed-out = instance { $instance } drained in { $waited } ms ({ $in_flight } in flight) (drain timed out with { $left } in flight), stopped

## scale_up and scale_down

step-command-plan = run { $argv }
step-scale-replicas = { $replicas ->
        [one] { $replicas } replica
       *[other] { $replicas } replicas
    }: { $detail }
step-scale-up-full-plan = cannot scale `{ $component }` up: already { $running } of at most { $max ->
        [one] { $max } instance
       *[other] { $max } instances
    }
step-scale-up-plan = start instance { $instance } of `{ $component }` ({ $command } on the next free port)
step-scale-up-impossible-plan = cannot scale `{ $component }`: no `{"{"}port{"}"}` in its command and no `scale.command`
step-scale-up-full = already { $running } of at most { $max ->
        [one] { $max } instance
       *[other] { $max } instances
    }
step-scale-up-no-port = no free port after the base port { $port }
step-scale-up-started = started instance { $instance } on port { $port }
step-scale-up-max-replicas = already at the maximum of { $max ->
        [one] { $max } replica
       *[other] { $max } replicas
    }
step-scale-up-impossible = `{ $component }` cannot scale: put `{"{"}port{"}"}` in its command with `scale: {"{"} port: N {"}"}`, or give `scale.command`
step-scale-down-drain-plan = drain instance { $instance } of `{ $component }` through its front, then stop it
step-scale-down-plan = stop instance { $instance } of `{ $component }`
step-scale-down-nothing-plan = nothing to scale down for `{ $component }`
step-scale-down-min-instances = already at the minimum of { $min ->
        [one] { $min } instance
       *[other] { $min } instances
    }
step-scale-down-stopped = stopped instance { $instance }
step-scale-down-min-replicas = already at the minimum of { $min ->
        [one] { $min } replica
       *[other] { $min } replicas
    }
step-scale-down-no-extra = `{ $component }` has no extra instance to stop

## migrate ($refused lists why each peer could not take over)

step-migrate-no-service = `{ $component }` has no `tags.service`, so it has no peers to migrate to
step-migrate-peer-unhealthy = { $peer } is not healthy
step-migrate-peer-region-off = { $peer } is in { $region }, which is deactivated
step-migrate-peer-same-region = `{ $peer }` is in the same region ({ $region })
step-migrate-peer-residency = `{ $peer }` is in { $region }: { $rule } forbids moving this data ({ $category }) out of { $from }
step-migrate-no-peer = no healthy peer of service `{ $service }` may take over ({ $refused })
step-migrate-plan = move `{ $component }` to `{ $target }`
step-migrate-impossible-plan = cannot migrate: { $why }
step-migrate-done = traffic of `{ $component }` moved to `{ $target }`

## notify

step-notify-plan = record a notification for `{ $component }` (no change)
step-notify-done = operator notified about `{ $component }`

## run (an argv; $output is the tail of what the command wrote to stderr)

step-run-plan = run { $argv } (timeout { $timeout })
step-run-empty = empty argv
step-run-cannot-start = cannot start { $program }: { $error }
step-run-exited-ok = { $program } exited 0
step-run-exited = { $program } exited with { $status }: { $output }
step-run-error = { $program }: { $error }
step-run-timeout = { $program } did not finish within { $timeout }; killed

## webhook

step-webhook-plan = POST the incident as JSON to { $url }
step-webhook-answered-attempt = { $url } answered { $status } (attempt { $attempt })
step-webhook-answered = { $url } answered { $status }
step-webhook-error = { $url }: { $error }
step-webhook-gave-up = { $last } (after { $attempts ->
        [one] { $attempts } attempt
       *[other] { $attempts } attempts
    })
