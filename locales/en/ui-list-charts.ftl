# The components list (heartbeat strip, 24 h / 30 d availability, status chips, tags, groups),
# the component page's charts (custom range, zoom, crosshair, marker legend, 1 s live mode),
# and the config's `tags:` problems (crates/engine/src/config/validate.rs). Issue 20.

## `tags:` in the config, printed as FILE:LINE:COL: message

config-tag-invalid = invalid tag `{ $tag }`: a tag uses letters, digits, `-`, `_`, `.`, `/` and `:`, at most { $max } characters
config-tag-duplicate = tag `{ $tag }` is listed twice
config-tag-not-text = a tag is text (quote numbers and booleans)
config-tags-shape = expected { $key } as a list of labels ({ $list }) or a map of keyed tags ({ $map })

## The components list

ui-list-heartbeat = Last checks
# A tick of the heartbeat strip: when the check ended, its outcome and its latency.
ui-list-beat = { $time }: { $status }, { $latency }
ui-list-beat-none = No check yet
ui-list-avail-24h = 24 h
ui-list-avail-30d = 30 days
ui-list-chips = Filter by status
ui-list-chip-all = All
ui-list-chip-healthy = Healthy
ui-list-chip-degraded = Degraded
ui-list-chip-failed = Down
ui-list-chip-unknown = Unknown
ui-list-tag = Tag
ui-list-tag-any = All tags
ui-list-tag-filter = Show only components tagged { $tag }
ui-list-group-by = Group by
ui-list-group-none = No grouping
ui-list-group-region = Region
ui-list-group-tag = Tag
ui-list-untagged = Untagged
ui-list-group-count =
    { $count ->
        [one] { $count } component
       *[other] { $count } components
    }
ui-list-group-toggle = Show or hide { $group }

## The component page's charts

ui-chart-from = From
ui-chart-to = To
ui-chart-apply = Apply
ui-chart-range-invalid = The start must be before the end.
ui-chart-range-shown = { $from } – { $to }
ui-chart-live = Live (1 s)
ui-chart-live-hint = The last 5 minutes, one point per second from the event stream
ui-chart-zoom-hint = Drag across a chart to zoom in, double-click to reset
ui-chart-reset = Reset zoom
ui-chart-legend = Markers
ui-chart-marker-failed = Down (incident)
ui-chart-marker-degraded = Degraded
ui-chart-marker-healthy = Recovered
ui-chart-marker-restart = Process started
ui-chart-marker-action = Healing action
