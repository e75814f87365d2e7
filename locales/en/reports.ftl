# Compliance reports (crates/report): titles, sections, columns, statuses, evidence.
# Citations such as "Art. 44" or "CC7.2" stay untranslated; they come from the data tables.

report-title = Compliance report
report-subtitle = { $product } — { $standards }
report-period = Period: { $from } to { $to } (end exclusive)
report-generated = Generated { $when }
report-toc = Contents
report-page = Page { $page } of { $pages }

report-section-summary = Summary
report-section-controls = Controls and evidence
report-section-availability = Availability against SLA targets
report-section-incidents = Incidents
report-section-healing = Healing actions
report-section-regions = Where data lives
report-section-retention = Retention
report-section-integrity = Integrity

report-status-pass = Pass
report-status-fail = Fail
report-status-needs-attention = Needs attention

report-col-control = Control
report-col-standard = Standard
report-col-reference = Reference
report-col-status = Status
report-col-evidence = Evidence
report-col-component = Component
report-col-region = Region
report-col-sla = SLA target
report-col-availability = Availability
report-col-checks = Checks
report-col-met = Target met
report-col-started = Started
report-col-detect = Time to detect
report-col-recover = Time to recover
report-col-action = Action
report-col-result = Result
report-col-time = Time
report-col-jurisdiction = Jurisdiction
report-col-data = Data categories
report-col-kind = Data kind
report-col-retention = Retention period
report-col-rows = Rows removed
report-col-count = Count

report-chart-regions = Availability per region against the lowest SLA target
report-chart-daily = Daily availability per region
report-chart-sla = SLA target
report-map-caption = Active regions; the size of a dot is the number of components there.
report-none = None in this period.
report-yes = Yes
report-no = No
report-ongoing = Ongoing
report-unknown = Unknown
report-components = { $count ->
        [one] { $count } component
       *[other] { $count } components
    }

report-integrity-head = Audit-chain head
report-integrity-no-audit = No audit log in this database
report-integrity-content = Content digest

## Controls: title and requirement of each kind of measurement.

control-audit-chain = Tamper-evident audit trail
control-audit-chain-req = Every security-relevant action is recorded in an append-only, verifiable log.
control-encryption-at-rest = Encryption at rest
control-encryption-at-rest-req = Stored data is encrypted on disk.
control-access-review = Access review
control-access-review-req = Operator accounts and their roles are reviewed regularly.
control-retention-applied = Retention applied
control-retention-applied-req = Data is deleted or anonymised when its retention period ends.
control-backups = Database backups
control-backups-req = The database is backed up regularly so it can be restored.
control-availability-sla = Availability
control-availability-sla-req = Services meet their availability targets.
control-incident-response = Incident response
control-incident-response-req = Incidents are detected and recovered promptly.
control-data-residency = Data residency
control-data-residency-req = Data stays in the jurisdictions its rules allow.
control-healing-audited = Changes are controlled
control-healing-audited-req = Every automatic healing action is recorded and attributable.
control-data-subject-rights = Access and erasure rights
control-data-subject-rights-req = People can obtain and erase their personal data on request.

## Evidence sentences.

evidence-audit-absent = No audit log in this database yet.
evidence-audit-intact = Audit chain verified: { $rows ->
        [one] { $rows } entry
       *[other] { $rows } entries
    }, head { $head }.
evidence-audit-broken = Audit chain broken at entry { $row }: { $reason }.
evidence-encryption-on = The database is on an encrypted volume ({ $device }).
evidence-encryption-off = The database volume { $device } is not encrypted.
evidence-users-absent = No operator accounts in this database, so access cannot be reviewed.
evidence-users = { $users ->
        [one] { $users } operator account
       *[other] { $users } operator accounts
    } in { $roles ->
        [one] { $roles } role
       *[other] { $roles } roles
    } reviewed.
evidence-retention-last = Retention last applied { $when }; { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    } deleted or anonymised in the period.
evidence-retention-stale = Retention last applied { $when }, more than a day before the end of the period.
evidence-retention-none = Retention was not applied in this period.
evidence-backup-last = Last backup { $when } ({ $size }).
evidence-backup-stale = Last backup { $when }, more than a week before the end of the period.
evidence-backup-none = No database backup recorded in this period.
evidence-sla-met = { $count ->
        [one] The only component met its SLA target.
       *[other] All { $count } components met their SLA targets.
    }
evidence-sla-missed = { $missed } of { $count ->
        [one] { $count } component
       *[other] { $count } components
    } missed { $missed ->
        [one] its SLA target
       *[other] their SLA targets
    }: { $names }.
evidence-sla-no-data = No availability data in this period.
evidence-incidents-none = No incidents in this period.
evidence-incidents = { $count ->
        [one] { $count } incident, recovered
       *[other] { $count } incidents, all recovered
    }; mean time to recover { $mttr }.
evidence-incidents-open = { $open } of { $count ->
        [one] { $count } incident
       *[other] { $count } incidents
    } { $open ->
        [one] was
       *[other] were
    } still open at the end of the period.
evidence-residency = Data of { $count ->
        [one] { $count } component stays within its region's jurisdiction
       *[other] { $count } components stays within its regions' jurisdictions
    }.
evidence-residency-unknown = No component registry in this database, so regions are unknown.
evidence-healing-none = No healing actions in this period.
evidence-healing-unaudited = { $count ->
        [one] { $count } healing action, but no audit log proves it was recorded.
       *[other] { $count } healing actions, but no audit log proves they were recorded.
    }
evidence-healing-audited = { $count ->
        [one] { $count } healing action, in the audit log.
       *[other] { $count } healing actions, each in the audit log.
    }
evidence-requests-none = No access or erasure requests in this period; both are available.
evidence-requests = { $done } of { $count ->
        [one] { $count } access and erasure request
       *[other] { $count } access and erasure requests
    } served.

## Jurisdictions and data categories.

jurisdiction-eu = European Union (GDPR)
jurisdiction-us = United States
jurisdiction-us-ca = California (CCPA)
jurisdiction-br = Brazil (LGPD)
jurisdiction-sg = Singapore (PDPA)
jurisdiction-other = Other
data-personal-data = Personal data
data-health-data = Health data
data-operational-metrics = Operational metrics
data-audit-log = Audit log
data-credentials = Credentials

## Healing actions and retention.

action-restart = Restart
action-supervisor-restart = Restart by the supervisor
action-scale-up = Scale up
action-migrate = Migrate
action-run = Run command
action-webhook = Webhook
result-succeeded = Succeeded
result-failed = Failed
result-running = Running
retention-samples = Raw samples
retention-rollups = One-minute rollups
retention-events = Status changes and process events
retention-incidents = Incidents
retention-healing-actions = Healing actions
retention-autoscale-decisions = Auto-scaling decisions
retention-data-subject-requests = Access and erasure requests
retention-audit = Audit log
