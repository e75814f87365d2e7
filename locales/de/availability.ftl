# Verfügbarkeit (crates/engine/src/availability.rs): dieselbe Zahl auf der Komponentenseite,
# der Übersicht, der Komponentenliste und in den Berichten.
availability-label = Verfügbarkeit
availability-detail = { $outages ->
    [0] Kein Ausfall in den letzten { $days } Tagen
    [one] Ein Ausfall, { $down } nicht verfügbar, in den letzten { $days } Tagen
   *[other] { $outages } Ausfälle, { $down } nicht verfügbar, in den letzten { $days } Tagen
}
availability-overview-hint = Angezeigte Komponenten, zeitgewichtet, letzte { $days } Tage
availability-no-data = Noch keine Daten
report-col-downtime = Ausfallzeit
report-col-outages = Ausfälle
