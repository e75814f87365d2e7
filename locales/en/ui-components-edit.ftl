# Managing components from the window (add, edit, pause, resume, delete) and what the engine
# says when a change cannot be written to the config file.

comp-edit-err-syntax = The config file does not parse at line { $line }, column { $col }: { $detail }
comp-edit-err-not-a-list = “{ $path }” in the config file is not a list of entries
comp-edit-err-flow = “{ $path }” is written on one line ([ … ] or { "{" } … { "}" }); change it by hand in the file
comp-edit-err-not-found = There is no entry named “{ $name }” in the config file
comp-edit-err-missing-parent = The config file has no “{ $path }” section to add it to
comp-edit-err-not-a-mapping = A component must be a set of fields
comp-edit-err-no-file = The guard was started without a config file, so changes cannot be saved
comp-edit-err-needs-restart = “{ $field }” starts with the guard: change it in the config file and restart
comp-paused-issue = Paused: not checked and not healed

comp-edit-add = Add component
comp-edit-edit = Edit
comp-edit-pause = Pause
comp-edit-resume = Resume
comp-edit-delete = Delete
comp-edit-paused = Paused
comp-edit-title-add = New component
comp-edit-title-edit = Edit { $name }
comp-edit-save = Save
comp-edit-cancel = Cancel
comp-edit-saving = Saving…
comp-edit-saved = Saved to { $file } and applied.
comp-edit-refused = { $count ->
    [one] The change was not saved: one problem to fix.
   *[other] The change was not saved: { $count } problems to fix.
}
comp-edit-other-problems = Other problems
comp-edit-failed = The change failed: { $detail }

comp-edit-section-general = General
comp-edit-section-check = Check
comp-edit-section-process = Supervised process
comp-edit-section-healing = Limits and healing
comp-edit-section-more = More settings

comp-edit-field-name = Name
comp-edit-field-region = Region
comp-edit-region-default = Pipeline default
comp-edit-field-critical = Critical
comp-edit-field-depends-on = Depends on
comp-edit-list-hint = Separate names with commas.
comp-edit-field-sla = Availability objective (%)
comp-edit-field-check-kind = Kind of check
comp-edit-kind-http = HTTP request
comp-edit-kind-tcp = TCP connection
comp-edit-kind-command = Command
comp-edit-kind-process = Process is running
comp-edit-kind-prometheus = Prometheus metric
comp-edit-kind-promql = PromQL query
comp-edit-kind-node = Host (node exporter)
comp-edit-field-interval = Interval
comp-edit-field-timeout = Time-out
comp-edit-duration-hint = For example { $example }. Empty: the pipeline default.
comp-edit-field-url = URL
comp-edit-field-method = Method
comp-edit-field-expect-status = Expected status
comp-edit-field-body-contains = Body contains
comp-edit-field-degraded-after = Degraded after
comp-edit-field-tls-verify = Verify TLS certificates
comp-edit-field-addr = Address (host and port)
comp-edit-field-run = Command
comp-edit-argv-hint = One argument per line; no shell.
comp-edit-field-cwd = Working folder
comp-edit-field-on = On host
comp-edit-field-metric = Metric
comp-edit-field-healthy-if = Healthy if
comp-edit-healthy-if-hint = A comparison, for example { $example }.
comp-edit-field-query = Query
comp-edit-field-for = Broken for
comp-edit-field-mountpoint = Filesystem
comp-edit-field-supervised = The guard starts and supervises this process
comp-edit-field-command = Command
comp-edit-field-env = Environment
comp-edit-env-hint = One { $example } per line.
comp-edit-field-log-max = Log size cap
comp-edit-field-stop-grace = Stop grace period
comp-edit-field-memory = Memory limit
comp-edit-field-cpu = CPU limit (cores)
comp-edit-field-recovery = Recovery steps
comp-edit-recovery-hint = One step per line, in order: { $steps }.
comp-edit-field-raw = Other settings (JSON)
comp-edit-raw-hint = Settings without a field above ({ $keys }…), as JSON.
comp-edit-raw-invalid = This is not a JSON object: { $detail }

comp-edit-delete-title = Delete { $name }?
comp-edit-delete-body = The component is removed from the config file and is no longer checked. The audit log always keeps its entries.
comp-edit-delete-keep = Keep its history (samples, incidents, healing actions)
comp-edit-delete-purge = Delete its history too
comp-edit-delete-confirm = Delete
comp-edit-deleted = { $name } was deleted.
comp-edit-deleted-purged = { $name } was deleted with its history (records deleted: { $rows }).
comp-edit-pause-title = Pause { $name }?
comp-edit-pause-body = It is not checked and not healed until it is resumed. A supervised process keeps running.
comp-edit-pause-confirm = Pause

ui-op-audit-component-add = Component added
ui-op-audit-component-edit = Component edited
ui-op-audit-component-pause = Component paused
ui-op-audit-component-resume = Component resumed
ui-op-audit-component-delete = Component deleted
