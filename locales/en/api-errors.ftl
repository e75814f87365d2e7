# Error answers of the HTTP API in the caller's language (`?lang=`, else Accept-Language;
# crates/cli/src/routes/errors.rs). `detail` is what the JSON or query parser said; names,
# ids and values stay as the caller sent them.
api-error-unknown-component = unknown component `{ $name }`
api-error-unknown-incident = unknown incident { $id }
api-error-unknown-channel = unknown notification channel `{ $name }`
api-error-bad-query = a query parameter is not valid: { $detail }
api-error-bad-json = invalid JSON body: { $detail }
api-error-bad-json-expected = invalid JSON body: { $detail }; expected { $expected }
api-error-unknown-language = unknown language `{ $value }`, expected one of { $expected }
api-error-no-account = security is disabled, so there is no operator account

# Refusals of the gate (crates/cli/src/routes/secure.rs): headers, routes and commands stay
# as they are.
api-denied-missing = authentication required: send `{ $header }` (get one from { $route })
api-denied-invalid = the token is malformed or its signature does not verify
api-denied-expired = the token expired; log in again
api-denied-revoked = the token was revoked
api-denied-unknown-user = the token's account no longer exists or is disabled
api-denied-forbidden = permission { $permission } required
api-denied-bad-credentials = wrong user name or password
api-denied-throttled = too many attempts; retry in { $seconds }s
api-denied-setup-required = security is enabled and no account exists yet: create the admin first (`{ $command }`, or { $route } from this machine with the setup token printed at startup)
api-denied-loopback-only = this route is only served to loopback clients
api-denied-internal = internal error; see the server log

# An account or a region named in the path that does not exist.
api-error-no-user = no user `{ $name }`
api-error-unknown-region = unknown region `{ $value }`, expected one of { $expected }

# A maintenance window with both or neither end; an Alertmanager webhook body the guard cannot read
# (what it found wrong stays an argument).
api-error-maintenance-end = give exactly one of `{ $to }` and `{ $duration }`
api-error-alertmanager-payload = the Alertmanager payload cannot be read: { $detail }
