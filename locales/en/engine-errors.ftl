# Errors of the engine's operations, said by the HTTP API (`{code, message, msg}`, said by the
# `localize` layer of crates/cli/src/routes/errors.rs) and by the desktop app's window (`sayMsg`).
# Names, values and parameters stay as the caller sent them, in backquotes; what a parser or
# the OS said stays `detail`.
api-error-internal = internal error; see the log
# Several problems of one request, each said on its own (joined with `; `).
api-error-problems = { $problems }
# A problem with one field of a request: the field's name, then the problem.
api-error-field = `{ $field }`: { $problem }
api-error-unknown-value = unknown `{ $value }`, expected one of { $expected }
api-error-empty-name = `{ $param }`: an empty component name (expected `{ $example }`)
api-error-unix-time = `{ $param }` ({ $value }) must be a Unix time in seconds between 0 and { $max }
api-error-step-min = `{ $param }` ({ $value }) must be at least one second
api-error-to-before-from = `to` ({ $to }) must be after `from` ({ $from })
api-error-to-not-before-from = `to` ({ $to }) must not be before `from` ({ $from })
api-error-too-many-buckets = too many buckets (more than { $max }): raise `{ $param }`
api-error-param-range = `{ $param }` ({ $value }) must be between { $min } and { $max }
api-error-param-negative = `{ $param }` ({ $value }) must not be negative
api-error-already-acknowledged = incident { $id } was already acknowledged by `{ $by }`
api-error-not-assignable = `{ $name }` is not an account incidents can be assigned to; expected one of { $expected }
api-error-note-empty = a note needs some text
api-error-note-too-long = a note may have at most { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }; this one has { $count }
api-error-no-step = `{ $name }` has no `{ $step }` step in its recovery ladder
api-error-maintenance-order = a maintenance window must end after it starts
api-error-no-autoscale = `{ $name }` has no `autoscale:` block in the config
api-error-not-promql = `{ $name }` has a `{ $kind }` check, not a `promql` one
api-error-promql-range = expected `from` < `to` and a `step` above zero
api-error-too-many-points = { $count ->
        [one] { $count } point
       *[other] { $count } points
    } per series is more than { $max }: use a larger `step`
api-error-file = { $file }: { $detail }
api-error-cooldown-range = expected 0 to { $max } ms (one day), found { $value } ms
api-error-rules-empty = expected at least one rule
api-error-rule-metric = `{ $metric }` is not a metric of this auto-scaler's config; expected one of { $expected }
api-error-not-negative = expected 0 or more, found { $value }
api-error-ladder-empty = a recovery ladder needs at least one step
api-error-ladder-no-step = `{ $name }` has no `{ $step }` step in its configured ladder (the API names steps; it never takes an argv or a URL)
api-error-unknown-step = unknown recovery step `{ $value }`, expected one of { $expected }
api-error-unknown-standard = unknown standard `{ $value }`, expected some of { $expected }
api-error-no-standard = expected at least one standard
api-error-last-region = region `{ $region }` cannot be deactivated: it is the last active region
api-error-stored-change = the stored change cannot be read: { $detail }

# Building a compliance report (crates/report).
report-error-empty-period = the period is empty: `{ $to_name }` ({ $to }) must be after `{ $from_name }` ({ $from })
report-error-no-database = { $file }: no such database
report-error-internal = cannot build the report; see the log

# The desktop app's own errors (src-tauri): commands, the welcome screen, saved reports.
app-error-no-account = no Pipeline Guard account is named like your OS user `{ $user }`; an administrator can create it with `{ $command }`
app-error-undeclared-command = command `{ $command }` declares no permission (add its row to `{ $table }`)
app-error-not-public-command = command `{ $command }` is not a public command of `{ $table }`
app-error-engine-running = the engine already runs: restart the app to choose another config
app-error-internal = internal error: { $detail }
app-error-no-downloads = no downloads folder: set `{ $var }` or `{ $home }` (or `{ $xdg }` in `{ $file }`)
app-error-save-report = cannot save the report in { $dir }: { $detail }
# An answer of the app's command layer that is not one of the app's errors (what it said).
app-error-invoke = the app could not run this command: { $detail }
