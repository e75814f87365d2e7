# The read-only status page served at /status (crates/cli/src/routes/status_page.rs).
status-page-title = Stato dei servizi
status-page-off = Questo server non ha una pagina di stato.
status-page-heading-component = Servizio
status-page-heading-status = Stato
status-page-heading-availability = Disponibilità (30 giorni)
status-page-heading-incidents = Incidenti aperti
status-page-status-healthy = Operativo
status-page-status-degraded = Degradato
status-page-status-failed = Non disponibile
status-page-status-unknown = Sconosciuto
status-page-overall-ok = Tutti i servizi sono operativi
status-page-overall-issues = { $count ->
    [one] Un servizio ha un problema
   *[other] { $count } servizi hanno problemi
}
status-page-no-incidents = Nessuno
status-page-no-data = Ancora nessun dato
status-page-incident = { $kind } dal { $since } UTC
status-page-kind-down = Non risponde
status-page-kind-crash = Arresto anomalo
status-page-kind-memory-limit = Limite di memoria raggiunto
status-page-kind-memory-forecast = Memoria in esaurimento
status-page-kind-alert = Allarme attivo
status-page-kind-other = Incidente
status-page-updated = Aggiornato { $time } UTC · si aggiorna ogni { $seconds } secondi
status-page-languages = Lingue
status-page-language-name = Italiano
