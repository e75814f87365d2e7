# The read-only status page served at /status (crates/cli/src/routes/status_page.rs).
status-page-title = Service status
status-page-off = This server has no status page.
status-page-heading-component = Service
status-page-heading-status = Status
status-page-heading-availability = Availability (30 days)
status-page-heading-incidents = Open incidents
status-page-status-healthy = Operational
status-page-status-degraded = Degraded
status-page-status-failed = Down
status-page-status-unknown = Unknown
status-page-overall-ok = All services are operational
status-page-overall-issues = { $count ->
    [one] One service has a problem
   *[other] { $count } services have problems
}
status-page-no-incidents = None
status-page-no-data = No data yet
status-page-incident = { $kind } since { $since } UTC
status-page-kind-down = Not responding
status-page-kind-crash = Crashed
status-page-kind-memory-limit = Memory limit reached
status-page-kind-memory-forecast = Running out of memory
status-page-kind-alert = Alert firing
status-page-kind-other = Incident
status-page-updated = Updated { $time } UTC · refreshes every { $seconds } seconds
status-page-languages = Languages
status-page-language-name = English
