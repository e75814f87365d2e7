# The desktop app and web UI (ui/). Shared words (statuses, modes, regions, units, time ranges,
# buttons) live in common.ftl.

## Navigation and frame

ui-nav-label = Main navigation
ui-nav-overview = Overview
ui-nav-map = Region map
ui-nav-components = Components
ui-nav-incidents = Incidents
ui-nav-healing = Healing
ui-nav-compliance = Compliance
ui-nav-settings = Settings
ui-live-connected = Live updates on
ui-live-disconnected = Reconnecting…
ui-live-events =
    { $count ->
        [one] { $count } live event
       *[other] { $count } live events
    }
ui-filter-region = Region: { $region }
ui-filter-clear = Clear the region filter
ui-error-backend = The guard is not answering; retrying…
ui-feature-unavailable = Not available in this engine version

## Overview

ui-overview-title = Overview
ui-overview-running-for = Guarding for { $duration }
ui-overview-mode = Pipeline mode
ui-overview-components = Components
ui-overview-healing-rate = Healing success rate
ui-overview-healing-attempts =
    { $count ->
        [one] { $count } healing attempt
       *[other] { $count } healing attempts
    }
ui-overview-open-incidents = Open incidents
ui-overview-restarts =
    { $count ->
        [one] { $count } process restart
       *[other] { $count } process restarts
    }
ui-overview-last-actions = Latest events and actions
ui-overview-regions = Regions
ui-overview-attention = Needs attention
ui-overview-all-good = Every component is healthy.

## Live feed

ui-feed-empty = Waiting for the first events…
ui-feed-status-changed = changed from { $from } to { $to }
ui-feed-process-started = process { $pid } started
ui-feed-process-exited = process { $pid } exited with code { $code }
ui-feed-process-killed = process { $pid } killed by signal { $signal }
ui-feed-notice = notice
ui-feed-other = engine event

## Region map

ui-map-title = Region map
ui-map-hint = Click a region to filter every page to it; click it again to clear.
ui-map-region-label = { $region }: { $status }, { $count ->
        [one] { $count } component
       *[other] { $count } components
    }
ui-map-in-region = Components in { $region }

## Components

ui-components-title = Components
ui-components-shown = { $shown } of { $total } shown
ui-components-search = Search by name, region, status…
ui-components-none-match = No component matches this search.
ui-component-critical = Critical component
ui-col-name = Name
ui-col-region = Region
ui-col-status = Status
ui-col-latency = Latency
ui-col-cpu = Processor
ui-col-memory = Memory
ui-col-restarts = Restarts

## Component detail

ui-detail-since = for { $duration }
ui-detail-not-found = There is no component named “{ $name }”.
ui-detail-sla = Target: { $sla }
ui-detail-checks = Checks
ui-detail-checks-failed =
    { $count ->
        [one] { $count } failed
       *[other] { $count } failed
    }
ui-detail-process = Process
ui-detail-restarts =
    { $count ->
        [one] { $count } restart
       *[other] { $count } restarts
    }
ui-detail-last-check = Last check
ui-detail-issues = Current issues:
ui-detail-range = Time range
ui-detail-timeline = History
ui-metric-latency = Response time
ui-metric-cpu = Processor usage
ui-metric-memory = Memory
ui-metric-error-rate = Error rate
ui-chart-no-data = No samples in this range yet
ui-chart-view = Chart view
ui-chart-view-interactive = Interactive
ui-chart-view-server = Rendered on the server
ui-timeline-empty = Nothing has happened yet.
ui-timeline-status = Became { $status }
ui-timeline-process-started = Process started
ui-timeline-process-exited = Process exited

## Incidents

ui-incidents-title = Incidents
ui-incidents-list = Incidents
ui-incidents-events = Event timeline
ui-incidents-none = No incidents match these filters.
ui-incidents-unavailable = Incident tracking is not available in this engine version; the event timeline below shows every status change and process event.
ui-incident-open = Open
ui-incident-recovered = Recovered
ui-filter-component = Component
ui-filter-all-components = All components
ui-filter-state = State
ui-filter-state-all = All
ui-filter-state-open = Open
ui-filter-state-closed = Recovered
ui-filter-kind = Event kind
ui-filter-kind-all = All events
ui-filter-kind-status = Status changes
ui-filter-kind-process = Process events

## Healing

ui-healing-title = Healing controls
ui-healing-unavailable = Healing controls are not available in this engine version.
ui-healing-global = Automatic healing
ui-healing-active = Active
ui-healing-paused = Paused
ui-healing-pause = Pause healing
ui-healing-resume = Resume healing
ui-healing-pause-body = Automatic healing stops for every component until you resume it. Failures are still detected and recorded.
ui-healing-resume-body = Automatic healing starts again for every component.
ui-healing-attempts = Attempts
ui-healing-successes = Successes
ui-healing-manual = Manual healing
ui-healing-component = Component
ui-healing-plan = Plan preview (dry run)
ui-healing-history = Recent healing actions
ui-healing-no-actions = No healing action yet.
ui-heal-strategy = Strategy
ui-heal-confirm-title = Heal { $component }?
ui-heal-confirm-body = This runs “{ $strategy }” on { $component } now. A restart interrupts the service briefly.
ui-heal-accepted = Accepted; action { $id } is running.
ui-strategy-restart = Restart
ui-strategy-scale_up = Scale up
ui-strategy-migrate = Migrate
ui-strategy-run = Run a command
ui-strategy-webhook = Call a webhook

## Errors from the guard

ui-error-not_found = Not found.
ui-error-bad_request = The request was refused as invalid.
ui-error-unauthorized = Please sign in again.
ui-error-forbidden = You do not have permission for this.
ui-error-conflict = Another action is already running.
ui-error-rate_limited = Too many requests; try again shortly.
ui-error-setup_required = The guard must be set up first: create the first operator account.
ui-error-internal = Something went wrong in the guard; see its log.

## Compliance

ui-compliance-title = Compliance

## Settings

ui-settings-title = Settings
ui-settings-language-hint = The interface switches at once and remembers your choice.
ui-settings-format-sample = Numbers and dates:
ui-settings-theme = Theme
ui-settings-theme-system = Follow the system
ui-settings-theme-light = Light
ui-settings-theme-dark = Dark
ui-settings-about = About
ui-settings-backend = Connected to the guard through { $kind }.
