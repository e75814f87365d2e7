# Availability (crates/engine/src/availability.rs): one figure on the component page, the
# overview, the components list and the reports.
availability-label = Availability
availability-detail = { $outages ->
    [0] No outage in the last { $days } days
    [one] One outage, { $down } down, in the last { $days } days
   *[other] { $outages } outages, { $down } down, in the last { $days } days
}
availability-overview-hint = Components shown, time-weighted, last { $days } days
availability-no-data = No data yet
report-col-downtime = Downtime
report-col-outages = Outages
