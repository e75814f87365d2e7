# More human-readable output of the pipeline-guard command line (crates/cli): accounts, tokens,
# reports, the demo, detect, TLS and the server's own lines. Commands, options, paths and
# what the OS said stay as they are, as arguments.

## users, roles and tokens

cli-error-password-stdin = cannot read the password from stdin: { $detail }
cli-error-no-password = no password on stdin (pipe it in: { $example })
cli-error-erase-confirm = erasing “{ $name }” cannot be undone: add { $flag } to confirm
cli-user-list-disabled = disabled
cli-role-added = Role { $name }: { $permissions }
cli-error-bad-ttl = { $option }: invalid duration “{ $value }” (examples: 30m, 1h, 7d)
cli-token-issued-detail = Token { $jti } for { $user }, permissions { $permissions }, valid until { $until } UTC.
cli-token-revoked = Token { $jti } revoked.

## Files, databases and keys

cli-error-no-database = { $db }: no such database
cli-error-no-signing-key = the guard has no signing key
cli-error-no-checkpoints = the audit log has no checkpoints
cli-error-cannot-write = cannot write { $file }: { $detail }
cli-error-cannot-create = cannot create { $file }: { $detail }
cli-error-cannot-start = cannot start { $program }: { $detail }
cli-error-cannot-listen = cannot listen on { $addr }: { $detail }
cli-error-at-least-one = { $option }: expected at least 1
cli-error-bad-public-key = { $option }: not an Ed25519 public key (expected “ed25519:” and 64 hex digits, as “{ $export }” prints it)

## report

cli-error-export-unaudited = the report was written but its export could not be audited: { $detail }
cli-report-written-signed = { $file }: { $bytes ->
        [one] { $bytes } byte
       *[other] { $bytes } bytes
    }, SHA-256 { $digest }, signed by { $key }

## demo

cli-demo-labsvc-missing = the lab service binary was not found at { $path } (build it with “{ $command }”)
cli-demo-config-invalid = the embedded demo config is invalid:
cli-demo-port-busy = port { $port } is busy; choose other ports with { $option }
cli-demo-no-window = The desktop app could not open a window ({ $reason }); serving the web interface instead.
cli-demo-app-exited = the desktop app exited with { $status }
cli-demo-no-app = The desktop app is not built ({ $command }); serving the web interface instead.

## detect: FILE:LINE: problem

cli-detect-empty = { $file }:{ $line }: expected the header “{ $header }”, found the end of the file
cli-detect-bad-header = { $file }:{ $line }: expected the header “{ $header }”, found { $found }
cli-detect-field-count = { $file }:{ $line }: expected 2 fields “{ $header }”, found { $found }
cli-detect-bad-timestamp = { $file }:{ $line }: expected a timestamp “{ $format }” or RFC 3339, found { $found }
cli-detect-bad-value = { $file }:{ $line }: expected a finite number as the value, found { $found }

## TLS

cli-tls-cert-unreadable = cannot read the TLS certificate { $file }: { $detail }
cli-tls-no-cert = no PEM certificate in { $file }
cli-tls-key-unreadable = cannot read the TLS private key { $file }: { $detail }
cli-tls-setup = TLS setup failed: { $detail }
cli-tls-mismatch = the TLS certificate { $cert } and the key { $key } do not make a server identity: { $detail }

## serve

cli-serve-needs-tls = refusing to listen on { $addr }: only loopback addresses are allowed without TLS (use 127.0.0.1, or set { $key })
cli-serve-no-ui-index = { $option } { $dir }: no { $file } there (build the web interface with “{ $command }”)
cli-serve-no-embedded-ui = this binary was built without the web interface ({ $dir } was missing at build time); the page at / says how to build it
cli-serve-security-disabled = security is disabled ({ $key }): every local user of this machine can drive the API (web pages cannot: { $checks } checks); enable security on a shared machine
cli-serve-setup-banner =
    Security is enabled and no account exists. Until an admin is created, the API answers 503.
    Create the admin with either
      { $command }   (password on stdin)
    or, from this machine only,
      { $request }
cli-serve-closing-connections = Closing the connections still open after { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }.
