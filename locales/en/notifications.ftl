# Notifications for incidents and healing steps: generic webhook, Slack, Teams, e-mail and
# the desktop app. $detail is the healer's own record of what happened.

## Severities and labels

notification-severity-info = Info
notification-severity-warning = Warning
notification-severity-critical = Critical

notification-label-component = Component
notification-label-severity = Severity
notification-label-incident = Incident
notification-label-strategy = Healing step

## Incident kinds

notification-kind-down = down
notification-kind-crash = crashed
notification-kind-memory-limit = over its memory limit
notification-kind-memory-forecast = about to exceed its memory limit
notification-kind-alert = alert firing

## Events

notification-incident-opened-title = Incident #{ $incident }: { $component } has a problem
notification-incident-opened-body = { $component } is { $kind }: { $detail }
notification-step-started-title = Healing { $component }: { $strategy } started
notification-step-started-body = { $detail }
notification-step-succeeded-title = Healing { $component }: { $strategy } succeeded
notification-step-succeeded-body = Done in { $seconds } s: { $detail }
notification-step-failed-title = Healing { $component }: { $strategy } failed
notification-step-failed-body = Failed after { $seconds } s: { $detail }
notification-incident-escalated-title = Incident #{ $incident }: { $component } needs an operator
notification-incident-escalated-body = Automatic healing has stopped: { $detail }
notification-incident-resolved-title = Incident #{ $incident } resolved: { $component } is healthy again
notification-incident-resolved-body = { $detail }

## Envelope

notification-footer = Sent by Pipeline Guard
