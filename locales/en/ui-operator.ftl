# What the operator sees of the engine's ids: strategies, results, triggers, incident states,
# live events, permissions and audit actions (ui/src/lib/words.ts), and page chrome.

## Healing strategies the engine reports beyond the ones in ui.ftl

ui-strategy-scale_down = Scale down
ui-strategy-notify = Notify
ui-strategy-respawn = Respawn by the supervisor
ui-strategy-other = Other step

## Results and triggers of healing actions

ui-op-result-running = Running
ui-op-result-succeeded = Succeeded
ui-op-result-failed = Failed
ui-op-result-skipped = Skipped
ui-op-result-other = Other result
ui-op-trigger-ladder = Recovery ladder
ui-op-trigger-manual = Manual
ui-op-trigger-supervisor = Process supervisor
ui-op-trigger-memory = Memory limit
ui-op-trigger-alert = Alert
ui-op-trigger-autoscale = Auto-scaling
ui-op-trigger-other = Other trigger
ui-op-col-started = Started
ui-op-col-component = Component
ui-op-col-strategy = Step
ui-op-col-trigger = Trigger
ui-op-col-result = Result
ui-op-col-duration = Duration
ui-op-no-attempts = No attempt yet

## Incidents

ui-op-incident-open = Open
ui-op-incident-resolved = Resolved
ui-op-incident-merged = Merged
ui-op-incident-number = Incident { $id }
ui-op-incident-merged-into = Joined incident { $id }
ui-op-incident-open-for = open for { $duration }
ui-op-incident-lasted = lasted { $duration }
ui-op-incident-kind-down = down
ui-op-incident-kind-crash = crashed
ui-op-incident-kind-memory_limit = over its memory limit
ui-op-incident-kind-memory_forecast = memory forecast to run out
ui-op-incident-kind-alert = alert firing

## Live events in the feed

ui-op-feed-incident-opened = incident { $id } opened: { $kind }
ui-op-feed-healing-step = healing step { $strategy }: { $phase }
ui-op-feed-incident-escalated = incident { $id } escalated
ui-op-feed-incident-closed = incident { $id } closed
ui-op-step-started = started
ui-op-step-succeeded = succeeded
ui-op-step-failed = failed
ui-op-step-skipped = skipped

## Permissions

ui-op-permission-admin-access = Administration
ui-op-permission-manage-components = Manage components
ui-op-permission-trigger-healing = Trigger healing
ui-op-permission-read-metrics = Read metrics
ui-op-permission-monitor-health = Monitor health
ui-op-permission-export-reports = Export reports
ui-op-permission-manage-users = Manage accounts
ui-op-permission-view-audit = View the audit log
ui-op-permission-other = Other permission
ui-op-token-role-scope = Everything the account's role allows

## Audit actions

ui-op-audit-heal = Healing: { $strategy }
ui-op-audit-account-language = Language changed
ui-op-audit-auth-invalid-token = Invalid token used
ui-op-audit-auth-revoked-token = Revoked token used
ui-op-audit-autoscale-change = Auto-scaling changed
ui-op-audit-config-change = Configuration changed
ui-op-audit-data-operation-blocked = Data operation blocked
ui-op-audit-healing-preferences = Recovery ladder changed
ui-op-audit-key-rotate = Key rotated
ui-op-audit-login = Signed in
ui-op-audit-login-failed = Sign-in failed
ui-op-audit-login-local = Signed in at this computer
ui-op-audit-login-locked = Account locked after failed sign-ins
ui-op-audit-permission-denied = Permission denied
ui-op-audit-region-activate = Region activated
ui-op-audit-region-deactivate = Region deactivated
ui-op-audit-report-exported = Report exported
ui-op-audit-retention-applied = Retention applied
ui-op-audit-role-define = Role defined
ui-op-audit-secret-put = Secret stored
ui-op-audit-security-finding = Security finding
ui-op-audit-subject-erased = Personal data erased
ui-op-audit-subject-erasure-requested = Erasure requested
ui-op-audit-subject-exported = Personal data exported
ui-op-audit-token-denied = Token refused
ui-op-audit-token-issue = Token issued
ui-op-audit-token-revoke = Token revoked
ui-op-audit-user-create = Account created
ui-op-audit-user-disable = Account disabled
ui-op-audit-user-enable = Account enabled
ui-op-audit-user-lock = Account locked
ui-op-audit-user-role = Role changed
ui-op-audit-other = Other action

## Page chrome

ui-op-skip-to-content = Skip to content
ui-op-report-hint = Choose a period and the standards, then build the report. Building it is recorded in the audit log.
ui-op-chart-label = { $metric } over the chosen range
