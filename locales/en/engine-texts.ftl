# What the engine's checks found and how supervised processes ended (crates/engine/src/check,
# guard.rs): component issues and the incident reasons built from them. URLs, commands,
# queries and what the peer or the OS said stay as they are, as arguments.

## Checks

check-timed-out = { $kind } check timed out after { $after }
check-panicked = the check panicked: { $detail }
check-http-timed-out = { $method } { $url }: timed out
check-http-unreachable = { $method } { $url }: connection refused or unreachable
check-http-error = { $method } { $url }: { $detail }
check-http-status = HTTP { $code } from { $url } (expected { $expected })
check-http-body-missing = response body does not contain `{ $needle }`
check-http-slow = slow response: { $latency } ms (limit { $limit } ms)
check-command-empty = empty command
check-command-cannot-run = cannot run `{ $program }`: { $detail }
check-command-exited = `{ $program }` exited with status { $code }: { $output }
check-command-exited-silent = `{ $program }` exited with status { $code }
check-command-killed = `{ $program }` was killed by a signal: { $output }
check-command-killed-silent = `{ $program }` was killed by a signal
check-command-wait-failed = waiting for `{ $program }` failed: { $detail }
check-process-not-running = process { $pid } is not running
check-process-none = the supervised process is not running
check-tcp-cannot-connect = cannot connect to { $addr }: { $detail }
check-scrape-read-failed = reading { $url }: { $detail }
check-scrape-status = HTTP { $code } from { $url }
check-scrape-failed = scraping { $url }: { $detail }
check-node-scrape-failed = scraping { $exporter } at { $url }: { $detail }
check-metric-not-found = metric `{ $metric }` with labels { $labels } not found at { $url }
check-metric-unhealthy = { $metric } = { $value } does not satisfy { $condition }
check-node-missing = { $url } does not export { $missing }
check-node-missing-memory = memory ({ $metrics })
check-node-missing-disk = the filesystem mounted at `{ $mountpoint }` ({ $metrics })
check-promql-no-series = `{ $query }` returned no series
check-promql-all-nan = `{ $query }` gave { $nan } for every series (a ratio over no traffic?)
check-promql-broken = { $series } = { $value } (healthy if { $condition })
check-promql-pending = { $series } = { $value } (healthy if { $condition }), pending: not yet for { $for }
check-promql-held = { $series } = { $value } (healthy if { $condition }) for { $for }
check-promql-held-labels = { $series } broke `{ $key }` for { $for }
check-promql-for-failed = checking `{ $key }`: { $detail }
check-issue-starting = starting: { $issue }
check-issue-restarting = restarting: { $issue }
# The guard itself stopped watching (a clean shutdown): stored as the issue of the change to unknown.
check-issue-guard-stopped = the guard stopped
# A component removed (or renamed) from the config at run time: the issue of its last change to unknown.
check-issue-component-removed = the component was removed from the config
# Several issues of one check, each said by its own message (joined with “; ”).
check-issue-list = { $issues }
# An issue stored before issues were kept as messages: its English text as stored.
check-issue-legacy = { $text }

## Notices in the live feed

notice-needs-operator = healing of `{ $component }` needs an operator: { $reason }
notice-cannot-start = cannot start `{ $program }`: { $detail }; retrying in { $delay }

## A supervised process ended on its own

process-exited-status = process { $pid } exited with status { $code }
process-killed-signal = process { $pid } was killed by signal { $signal }
process-exited = process { $pid } exited

## Detection findings (crates/engine/src/detection): measures as numbers with their unit

finding-anomaly = anomaly on { $metric }: value { $value } scored { $score }
finding-predicted = { $metric } at { $level } rising { $slope }/s is predicted to reach { $limit } in { $eta } (band { $band })
finding-band-range = { $low }–{ $high }
finding-band-min = ≥ { $low }
finding-threshold = { $rule } ({ $metric } = { $value })
finding-threshold-resolved = { $rule } no longer holds ({ $metric } = { $value })
finding-rule = { $expr }
finding-rule-held = { $expr } for { $for }
finding-value-mb = { $value } MB
finding-value-ms = { $value } ms
finding-value = { $value }
