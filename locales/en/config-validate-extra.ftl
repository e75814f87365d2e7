# Rarer problems in a config file (crates/engine/src/config/validate.rs), printed as
# FILE:LINE:COL: message by `validate`, `serve` and the desktop app. Keys, values, names and
# examples from the file stay as written, in backquotes.

config-x-session-longer-than-ttl = a session may not last longer than api_token_max_ttl ({ $max })
config-x-min-above-max = min_instances is larger than max_instances
config-x-file-empty = `{ $path }` is empty or not a file
config-x-file-unreadable = cannot read `{ $path }`: { $detail }
config-x-listen-needs-security = `{ $listen }` is not a loopback address: with security disabled the server binds loopback only (anyone who can reach it would act as an anonymous admin); set `{ $setting }` to listen on the network
config-x-listen-needs-tls = `{ $listen }` is not a loopback address: listening off loopback needs `{ $setting }`
config-x-listed-twice = `{ $value }` is listed twice
config-x-status-page-empty = the status page is enabled but lists no components: add their names under `components`
config-x-status-page-title = expected a title of { $min } to { $max } { $max ->
        [one] character
       *[other] characters
    }
config-x-allowed-host = expected a host name or address with an optional port ({ $examples }), found `{ $value }`
config-x-port-needs-scale-command = `{ $placeholder }` in the command needs `{ $setting }` on the component
config-x-port-needs-scale-check = `{ $placeholder }` in the check needs `{ $setting }` on the component
config-x-scale-bounds = expected 1 ≤ min_instances ≤ max_instances
config-x-scale-command = expected a non-empty argv list with `{ $placeholder }`
config-x-http-method = expected one of { $expected }
config-x-process-check-needs-block = a `process` check needs a `process:` block on the component
config-x-node-url = expected node_exporter's metrics URL such as `{ $example }`, found `{ $value }`
config-x-node-mountpoint = expected an absolute mount point such as `/` or `/data`, found `{ $value }`
config-x-promql-url = expected the Prometheus server's base URL such as `{ $example }`, found `{ $value }`
config-x-sample-name = expected a sample name of letters, digits and `_`, found `{ $value }`
config-x-unknown-host-none = unknown host `{ $name }`: declare it under `hosts:` (name, address, user, key_file, known_hosts)
config-x-unknown-host = unknown host `{ $name }`, expected one of { $expected }
config-x-hosts-list = expected a list of hosts (name, address, port, user, key_file, known_hosts)
config-x-host-name = host names use letters, digits, `-`, `_` and `.`, found `{ $value }`
config-x-host-duplicate = duplicate host name `{ $name }`
config-x-host-address = expected a host name or IP address, found `{ $value }`
config-x-host-user = expected a user name, found `{ $value }`
config-x-step-host = expected the name of a host from `hosts:`
config-x-step-run-argv = expected `run:` to be a non-empty list of strings (an argv array, never a shell string)
config-x-rule-metric = expected a metric name such as `{ $example }`
config-x-finite-number = expected a finite number
config-x-rule-number = expected a number, a size such as `200MB` or a duration such as `500ms`, found `{ $value }`

# Auto-scaling settings of a component (crates/engine/src/config/autoscale.rs) and comparisons
# such as `healthy_if`.
config-x-autoscale-mode = unknown mode `{ $value }`, expected one of { $expected }
config-x-autoscale-rules-both = give one rule inline (`metric`, `threshold_up`, `threshold_down`, `scale_factor`) or a list under `rules:`, not both
config-x-autoscale-rules-empty = expected at least one rule, e.g. `{ $example }`
config-x-autoscale-rule-missing = expected a rule: `metric`, `threshold_up`, `threshold_down` (and `scale_factor`), or a list under `rules:`
config-x-autoscale-metric-twice = `{ $metric }` has two rules; give each metric one rule
config-x-autoscale-min-zero = expected at least 1 instance
config-x-autoscale-min-max = expected min_instances ({ $min }) ≤ max_instances ({ $max })
config-x-autoscale-above-scale-max = { $value } is above `scale.max_instances` ({ $max }), where `scale_up` stops
config-x-autoscale-below-scale-min = { $value } is below `scale.min_instances` ({ $min }), where `scale_down` stops
config-x-autoscale-not-scalable = autoscale needs a component that can scale: a supervised `process.command` with `{"{"}port{"}"}` and `scale: {"{"} port: N {"}"}`, or `scale.command` with `{"{"}replicas{"}"}`
config-x-autoscale-horizon = `horizon` is for `mode: hybrid` (scaling on the forecast)
config-x-autoscale-metric-empty = expected a metric of the component's samples, e.g. `cpu_usage`, `response_time_seconds` or a Prometheus check's metric
config-x-autoscale-metric-state = `{ $metric }` is a state, not a load measurement; scale on `cpu_usage`, `memory_bytes`, `response_time_seconds` or a check's metric
config-x-autoscale-metric-unsupervised = `{ $metric }` is measured only for a process the guard supervises (`process:`)
config-x-missing-key = missing `{ $key }`
config-x-finite-number-found = expected a finite number, found { $value }
config-x-autoscale-thresholds = expected threshold_down ({ $down }) below threshold_up ({ $up }), or scaling would flap
config-x-autoscale-factor = expected a scale_factor greater than 1 (1.5 = half as many again), found { $value }
config-x-comparison = expected a comparison like `< 0.05` or `>= 1`, found `{ $value }`

# Notification channels (crates/engine/src/config/validate/notifications.rs): URLs are never
# echoed (they may carry a token).
config-x-unknown-language = unknown language `{ $value }`, expected one of { $expected }
config-x-channel-https-token = expected an https:// URL (plain http:// is allowed only to 127.0.0.1/localhost: the URL carries a token)
config-x-channel-https = expected an https:// URL
config-x-channel-headers-webhook = `headers` is only for a generic `webhook` channel
config-x-channel-header-name = `{ $name }` is not a valid HTTP header name
config-x-channel-header-value = not a valid HTTP header value
config-x-smtp-security = unknown SMTP security `{ $value }`, expected one of { $expected }
config-x-smtp-host = expected the SMTP relay's host name
config-x-smtp-clear-text = `security: none` sends mail and password in clear text: allowed only to a relay on 127.0.0.1/localhost; use tls or starttls
config-x-smtp-password-user = a `password` needs a `username`
config-x-email = expected an e-mail address such as `{ $example }`, found `{ $value }`
config-x-email-recipients = expected at least one recipient
config-x-channel-kind-missing = expected one channel kind: { $kinds }
config-x-channel-kind-many = expected exactly one channel kind, found { $found }
config-x-severity = unknown severity `{ $value }`, expected one of { $expected }
config-x-unknown-component = unknown component `{ $name }`
config-x-unknown-event = unknown event `{ $value }`, expected one of { $expected }
config-x-channel-name = expected a non-empty channel name
config-x-retry-attempts = expected between { $min } and { $max } { $max ->
        [one] attempt
       *[other] attempts
    }
config-x-channel-duplicate = duplicate channel name `{ $name }` (first used by channel { $first })

# The zero-downtime front of a component (`front:`, crates/engine/src/config/front.rs). Ports
# and addresses are said as written.
config-x-front-listen = expected an address like `{ $example }`, found `{ $value }`
config-x-front-loopback = a front listens on loopback only (`127.0.0.1` or `::1`) unless `{ $setting }` is true, found `{ $value }`
config-x-front-port-zero = expected a fixed port, not 0
config-x-front-port-taken = the front's port { $port } is the instances' base port (`scale.port`); pick another
config-x-front-balance = unknown balance `{ $value }`, expected one of { $expected }
config-x-front-weight = expected a weight greater than 0, found { $value }
config-x-front-weights-count = { $count ->
        [one] { $count } weight
       *[other] { $count } weights
    } for at most { $max ->
        [one] { $max } instance
       *[other] { $max } instances
    } (`scale.max_instances`)
config-x-front-needs-instances = a front needs instances the guard supervises: `process.command` with `{ $placeholder }` and `{ $example }`
config-x-front-try-timeout-twice = give the per-try time-out once: `retry.per_try_timeout` or `try_timeout`, not both
config-x-front-failures-range = expected a number of failures from { $min } to { $max }, found { $value }
config-x-front-percent-range = expected a percentage from { $min } to { $max }, found { $value }
config-x-front-retries-range = expected a number of retries from { $min } to { $max }, found { $value }
config-x-front-ejection-times = `max_ejection_time` is shorter than `base_ejection_time`
config-x-front-method = expected an HTTP method in upper case like `PUT` or `DELETE`, found `{ $value }`
config-x-front-guard-address = `{ $listen }` is the guard's own HTTP address (`{ $setting }`)
config-x-front-address-taken = the front of `{ $component }` already listens on `{ $listen }`

# A PromQL check's query, looked over before Prometheus sees it; positions count characters
# from 1.
config-x-promql-empty = expected a PromQL expression such as `{ $example }`
config-x-promql-unterminated = unterminated string starting at character { $at } of the query
config-x-promql-mismatch = `{ $close }` at character { $at } of the query does not close `{ $open }` at character { $open_at }
config-x-promql-unmatched = unmatched `{ $close }` at character { $at } of the query
config-x-promql-unclosed = `{ $open }` at character { $at } of the query is never closed
