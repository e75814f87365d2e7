# Refusals of the HTTP server's request checks (crates/cli/src/routes/site.rs), the report
# period cap (guard-report boundary) and `serve`'s refusal to listen off loopback without
# security. Header names, addresses and config keys are arguments.

http-foreign-host = This server does not answer to the host name { $host } (a page that reaches it under another name may be a DNS rebinding attack). It answers to { $allowed }; to reach it under another name, add that name to { $key }.
http-cross-site-origin = Refused: this request comes from the page at { $origin }, and from a browser only Pipeline Guard's own pages may use this address.
http-cross-site-fetch = Refused: the browser marked this request as coming from another site ({ $header }: { $value }).
http-json-only = Refused: a request body here must be JSON ({ $expected }), not { $found }.
http-method-not-allowed = { $method } is not allowed on this address; it accepts { $allowed }.
http-request-timeout = The request was stopped after { $seconds } s ({ $key }).
report-period-too-long = The report period spans { $days ->
        [one] { $days } day
       *[other] { $days } days
    }, more than the { $max } days one report may cover ({ $key }). Split it into shorter periods.
cli-serve-loopback-only = Refusing to listen on { $addr }: with security disabled the server listens on loopback only (127.0.0.1 or ::1), because anyone who could reach it would act as an anonymous admin. To listen on the network, set { $key } and create an admin account.
