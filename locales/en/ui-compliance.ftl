# The Compliance page of the UI (ui/src/pages/Compliance.svelte).

ui-compliance-report = Compliance report
ui-compliance-report-forbidden = You may not export reports: building one needs the EXPORT_REPORTS permission.
ui-compliance-period = Period
ui-compliance-custom = Custom
ui-compliance-from = From
ui-compliance-to = To
ui-compliance-standards = Standards
ui-compliance-error-dates = Enter both dates as year-month-day.
ui-compliance-error-order = The end date is before the start date.
ui-compliance-build = Build report
ui-compliance-export-pdf = Export PDF
ui-compliance-export-html = Export HTML
ui-compliance-export-csv = Export CSV (zip)
ui-compliance-export-json = Export JSON
ui-compliance-pass = Passed
ui-compliance-fail = Failed
ui-compliance-needs-attention = Needs attention
ui-compliance-integrity = Seal
ui-compliance-audit-head = Audit-chain head
ui-compliance-digest = Report digest (SHA-256)
ui-compliance-controls = Controls and their evidence
ui-compliance-status-pass = Pass
ui-compliance-status-fail = Fail
ui-compliance-status-needs_attention = Needs attention
ui-compliance-regions = Regions
ui-compliance-region = Region
ui-compliance-jurisdiction = Jurisdiction
ui-compliance-state = State
ui-compliance-action = Action
ui-compliance-active = Active
ui-compliance-inactive = Inactive
ui-compliance-activate = Activate
ui-compliance-deactivate = Deactivate
ui-compliance-activate-body = Components and data may be placed in this region again.
ui-compliance-deactivate-body = No new components or data will be placed in this region; healing migrates away from it.
ui-compliance-validate = Check a data operation
ui-compliance-operation = Operation
ui-compliance-data-type = Data type
ui-compliance-user-region = User's region
ui-compliance-destination = Destination
ui-compliance-no-destination = No destination
ui-compliance-check = Check
ui-compliance-allowed = Allowed
ui-compliance-blocked = Blocked
ui-compliance-articles = Articles and controls
ui-compliance-op-export = Export
ui-compliance-op-share = Share
ui-compliance-op-sell = Sell
ui-compliance-op-transfer = Transfer
ui-compliance-op-migrate = Migrate
ui-compliance-op-replicate = Replicate
ui-compliance-op-process = Process
ui-compliance-op-store = Store
ui-compliance-op-delete = Delete
ui-compliance-op-modify = Modify
ui-compliance-last-days = { $days ->
        [one] Last day
       *[other] Last { $days } days
    }
ui-compliance-exported = Saved { $file }.
ui-compliance-audit-rows = { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
}
ui-compliance-activate-title = Activate { $region }?
ui-compliance-deactivate-title = Deactivate { $region }?
