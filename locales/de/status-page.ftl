# The read-only status page served at /status (crates/cli/src/routes/status_page.rs).
status-page-title = Dienststatus
status-page-off = Dieser Server hat keine Statusseite.
status-page-heading-component = Dienst
status-page-heading-status = Zustand
status-page-heading-availability = Verfügbarkeit (30 Tage)
status-page-heading-incidents = Offene Vorfälle
status-page-status-healthy = In Betrieb
status-page-status-degraded = Eingeschränkt
status-page-status-failed = Ausgefallen
status-page-status-unknown = Unbekannt
status-page-overall-ok = Alle Dienste sind in Betrieb
status-page-overall-issues = { $count ->
    [one] Ein Dienst hat ein Problem
   *[other] { $count } Dienste haben Probleme
}
status-page-no-incidents = Keine
status-page-no-data = Noch keine Daten
status-page-incident = { $kind } seit { $since } UTC
status-page-kind-down = Antwortet nicht
status-page-kind-crash = Abgestürzt
status-page-kind-memory-limit = Speichergrenze erreicht
status-page-kind-memory-forecast = Speicher wird knapp
status-page-kind-alert = Alarm aktiv
status-page-kind-other = Vorfall
status-page-updated = Aktualisiert { $time } UTC · lädt alle { $seconds } Sekunden neu
status-page-languages = Sprachen
status-page-language-name = Deutsch
