# Human-readable output of the pipeline-guard command line.
# Machine-readable output (CSV, JSON, Prometheus) is never translated.

## validate

cli-validate-ok =
    { $file } is valid: { $components ->
        [one] { $components } component
       *[other] { $components } components
    } in { $regions ->
        [one] { $regions } region
       *[other] { $regions } regions
    }.
cli-validate-failed =
    { $file } is invalid: { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    } found.

## Configuration errors, printed as CONFIG:LINE:COL: message

cli-config-syntax = invalid YAML: { $detail }
cli-config-unknown-key = unknown key “{ $key }”
cli-config-missing-key = missing required key “{ $key }”
cli-config-invalid-value = invalid value for “{ $key }”: { $detail }
cli-config-invalid-duration = expected a duration like `250ms`, `5s`, `10m`, `24h`, `7d` or `7y`, found `{ $value }`
cli-config-invalid-size = expected a size like `512KB`, `100MB` or `2GB`, found `{ $value }`
cli-config-unknown-region = unknown region `{ $value }`, expected one of { $expected }
cli-config-unknown-check = unknown check kind “{ $value }” (expected one of: { $expected })
cli-config-unknown-strategy = unknown strategy `{ $value }`, expected one of { $expected }
cli-config-duplicate-component = duplicate component name `{ $name }`
cli-config-out-of-range = “{ $key }” must be between { $min } and { $max }
cli-config-env-override = invalid value in environment variable { $var }: { $detail }

## serve and demo

cli-serve-starting = Starting Pipeline Guard with { $components ->
        [one] { $components } component
       *[other] { $components } components
    }…
cli-serve-listening = Serving on { $url }
cli-serve-stopping = Shutting down: saving history…
cli-serve-stopped = Stopped cleanly.
cli-demo-starting = Starting the demo lab: { $services ->
        [one] { $services } local service
       *[other] { $services } local services
    } with scripted faults…
cli-demo-open-browser = Open { $url } in your browser to watch the demo.
cli-demo-open-desktop = Opening the desktop app…
cli-demo-fault = Scripted fault: { $fault } on { $component }
cli-healing-action = Healing { $component }: { $strategy }
cli-healing-dry-run = Dry run: would heal { $component } with { $strategy }

## detect

cli-detect-summary =
    Scored { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    } from { $input }: { $anomalies ->
        [0] no anomalies
        [one] { $anomalies } anomaly
       *[other] { $anomalies } anomalies
    } above { $threshold }.
cli-detect-written = Scores written to { $output }.

## report, verify, audit

cli-report-written = Report written to { $file }.
cli-audit-ok =
    Audit log intact: { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    } verified.
cli-audit-broken = Audit log broken at row { $row }: { $reason }

## users and tokens

cli-user-password-prompt = Password for { $name }:
cli-user-added = User { $name } added with role { $role }.
cli-token-issued = Token for { $user }, valid for { $ttl }:

## Errors

cli-error-prefix = error
cli-error-file-not-found = cannot read { $file }: file not found
cli-error-io = cannot read { $file }: { $detail }
cli-error-database = database error: { $detail }
cli-error-invalid-date = invalid date “{ $value }” (expected YYYY-MM-DD or RFC 3339)
cli-error-unknown-standard = unknown compliance standard “{ $value }” (expected one of: { $expected })
cli-error-unknown-format = unknown output format “{ $value }” (expected one of: { $expected })
cli-error-unknown-language = unknown language “{ $value }” (available: { $expected })
cli-error-address-in-use = address { $addr } is already in use
cli-error-permission-denied = permission denied: { $detail }
cli-error-internal = internal error: { $detail }
cli-hint-help = Run “pipeline-guard --help” for usage.
