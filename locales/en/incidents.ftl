# Incident timelines, reasons and resolutions (stored as message id + arguments, said in the
# reader's language by the API, the UI and compliance reports). Names in backticks (components,
# alerts, steps) are shown as they are; $issues, $summary, $finding and $detail are the words of
# a check, an alert, a detector or a healing step.

## Why an incident opened

incident-reason-exit-status = Process { $pid } exited with status { $code } after { $uptime }
incident-reason-exit-signal = Process { $pid } was killed by signal { $signal } after { $uptime }
incident-reason-exit = Process { $pid } exited after { $uptime }
incident-reason-check = The check failed: { $issues }
incident-reason-check-plain = The check failed
incident-reason-memory = Resident memory of { $used } MB is over the limit of { $limit } MB
incident-reason-alert = Alert `{ $alert }`: { $summary }
incident-reason-alert-plain = Alert `{ $alert }`
incident-reason-finding = Detection: { $finding }
incident-reason-root-down = `{ $root }` is down
incident-reason-still-down = Still down after its root cause `{ $root }` recovered

## Timeline entries

incident-respawn-failed = { $exit }; the supervisor starts it again in { $delay }
incident-respawn-up = The supervisor's respawn is up and answering
incident-respawn-not-up = Not up within { $within }
incident-restart-skipped = Skipped: the supervisor is already restarting this crash-looping child with back-off
incident-waiting = Waiting before step { $step } ({ $strategy }): { $refusal }
incident-step-verified = { $detail }; verified
incident-step-not-healthy = { $detail }; not healthy within { $within }
# The step's own words (a command's output, a pid), as the step said them.
incident-step-result = { $detail }
incident-dependent-up = `{ $component }` is up again
incident-dependent-folded = `{ $component }` is down because of this incident's root cause; its alert is folded in
incident-merged-duplicate = Duplicate detection
incident-merged-into = Folded into incident { $incident }: root cause `{ $root }`
incident-alert-firing = Alert `{ $alert }` firing: { $summary }
incident-alert-firing-plain = Alert `{ $alert }` firing
incident-alert-resolved = Alert `{ $alert }` resolved
incident-alert-resolved-late = Alert `{ $alert }` resolved; the incident was already closed
incident-escalated-breaker = { $failures ->
    [one] One failed heal
   *[other] { $failures } failed heals
} within { $window }: circuit breaker open; no more attempts until it half-opens
incident-escalated-ladder = The recovery ladder ({ $steps ->
    [one] one step
   *[other] { $steps } steps
}) is exhausted and `{ $component }` is still down
incident-still-escalated = Still escalated: { $reason }

## How an incident closed

incident-closed-check = Verified healthy by a check
incident-closed-manual = Verified healthy after a manual action
incident-closed-respawn = Verified healthy after the supervisor's respawn
incident-closed-alone = Recovered on its own; no action taken
incident-closed-step = Verified healthy after { $step ->
        [restart] a restart
        [scale_up] scaling up
        [scale_down] scaling down
        [migrate] a migration
        [run] the command step
        [webhook] the webhook
        [notify] the notification
       *[other] `{ $step }`
    }
incident-closed-verified = Verified healthy

## Incident summaries in compliance reports

incident-summary-root-cause = { $reason } (root cause: { $root })
incident-summary-affected = { $summary }; also affected: { $components }

## Kinds of timeline entries (the incidents page)

incident-kind-detected = Detected
incident-kind-action = Action
incident-kind-verified = Verified
incident-kind-escalated = Escalated
incident-kind-folded = Folded in
incident-kind-note = Note
incident-kind-closed = Closed
