# Shared vocabulary of Pipeline Guard: statuses, modes, severities, regions, units,
# time ranges and buttons. Used by the CLI, the reports and the desktop app.

## Product

product-name = Pipeline Guard

## Component status

status-healthy = Healthy
    .description = All checks are passing.
status-degraded = Degraded
    .description = Some checks are slow or failing intermittently.
status-failed = Failed
    .description = Checks are failing; healing is needed.
status-unknown = Unknown
    .description = No check result yet.

## Pipeline modes

mode-healthy = Healthy
mode-degraded = Degraded
mode-healing = Healing
mode-paused = Paused

# Sentences for notifications; also reachable with the brief's key style "pipeline.healthy".
pipeline-healthy = The pipeline is healthy.
pipeline-degraded = The pipeline is degraded.
pipeline-healing = The pipeline is healing.
pipeline-paused = The pipeline is paused.

## Severities

severity-critical = Critical
severity-high = High
severity-medium = Medium
severity-low = Low
severity-warning = Warning
severity-info = Informational

## Regions

region-us-east = US East
region-us-west = US West
region-eu-west = Europe West
region-eu-central = Europe Central
region-asia-pacific = Asia Pacific
region-sa-east = South America East

## Units
## $value is a number, formatted for the language by the caller.

unit-duration-days = { $value } d
unit-duration-hours = { $value } h
unit-duration-minutes = { $value } min
unit-duration-seconds = { $value } s
unit-duration-milliseconds = { $value } ms
# Placed between the parts of a duration: "1 h" + separator + "5 min".
unit-duration-separator = { " " }
unit-size-kilobytes = { $value } KB
unit-size-megabytes = { $value } MB
unit-size-gigabytes = { $value } GB
unit-requests-per-second = { $value } req/s
unit-components =
    { $count ->
        [one] { $count } component
       *[other] { $count } components
    }
unit-incidents =
    { $count ->
        [one] { $count } incident
       *[other] { $count } incidents
    }

## Time ranges

time-range-last-15-minutes = Last 15 minutes
time-range-last-hour = Last hour
time-range-last-6-hours = Last 6 hours
time-range-last-24-hours = Last 24 hours
time-range-last-7-days = Last 7 days
time-range-last-30-days = Last 30 days
time-range-custom = Custom range

## Buttons

button-save = Save
button-cancel = Cancel
button-close = Close
button-apply = Apply
button-refresh = Refresh
button-retry = Retry
button-delete = Delete
button-edit = Edit
button-confirm = Confirm
button-back = Back
button-next = Next
button-export = Export
button-heal-now = Heal now
button-dry-run = Dry run

## Generic words

generic-yes = Yes
generic-no = No
generic-loading = Loading…
generic-none = None
generic-language = Language
