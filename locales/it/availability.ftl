# Disponibilità (crates/engine/src/availability.rs): lo stesso valore nella pagina del
# componente, nella panoramica, nell’elenco dei componenti e nei report.
availability-label = Disponibilità
availability-detail = { $outages ->
    [0] Nessun disservizio negli ultimi { $days } giorni
    [one] Un disservizio, { $down } di inattività, negli ultimi { $days } giorni
   *[other] { $outages } disservizi, { $down } di inattività, negli ultimi { $days } giorni
}
availability-overview-hint = Componenti mostrati, ponderata sul tempo, ultimi { $days } giorni
availability-no-data = Ancora nessun dato
report-col-downtime = Inattività
report-col-outages = Disservizi
