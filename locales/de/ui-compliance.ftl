# The Compliance page of the UI (ui/src/pages/Compliance.svelte).

ui-compliance-report = Konformitätsbericht
ui-compliance-report-forbidden = Sie dürfen keine Berichte exportieren: dafür ist die Berechtigung EXPORT_REPORTS nötig.
ui-compliance-period = Zeitraum
ui-compliance-custom = Benutzerdefiniert
ui-compliance-from = Von
ui-compliance-to = Bis
ui-compliance-standards = Normen
ui-compliance-error-dates = Beide Daten als Jahr-Monat-Tag angeben.
ui-compliance-error-order = Das Enddatum liegt vor dem Startdatum.
ui-compliance-build = Bericht erstellen
ui-compliance-export-pdf = PDF exportieren
ui-compliance-export-html = HTML exportieren
ui-compliance-export-csv = CSV exportieren (zip)
ui-compliance-export-json = JSON exportieren
ui-compliance-pass = Bestanden
ui-compliance-fail = Nicht bestanden
ui-compliance-needs-attention = Prüfung nötig
ui-compliance-integrity = Siegel
ui-compliance-audit-head = Kopf der Audit-Kette
ui-compliance-digest = Berichts-Prüfsumme (SHA-256)
ui-compliance-controls = Kontrollen und ihre Nachweise
ui-compliance-status-pass = Bestanden
ui-compliance-status-fail = Nicht bestanden
ui-compliance-status-needs_attention = Prüfung nötig
ui-compliance-regions = Regionen
ui-compliance-region = Region
ui-compliance-jurisdiction = Rechtsraum
ui-compliance-state = Zustand
ui-compliance-action = Aktion
ui-compliance-active = Aktiv
ui-compliance-inactive = Inaktiv
ui-compliance-activate = Aktivieren
ui-compliance-deactivate = Deaktivieren
ui-compliance-activate-body = Komponenten und Daten dürfen wieder in dieser Region liegen.
ui-compliance-deactivate-body = Neue Komponenten und Daten kommen nicht mehr in diese Region; die Heilung migriert aus ihr heraus.
ui-compliance-validate = Datenvorgang prüfen
ui-compliance-operation = Vorgang
ui-compliance-data-type = Datenart
ui-compliance-user-region = Region des Nutzers
ui-compliance-destination = Ziel
ui-compliance-no-destination = Kein Ziel
ui-compliance-check = Prüfen
ui-compliance-allowed = Erlaubt
ui-compliance-blocked = Blockiert
ui-compliance-articles = Artikel und Kontrollen
ui-compliance-op-export = Exportieren
ui-compliance-op-share = Teilen
ui-compliance-op-sell = Verkaufen
ui-compliance-op-transfer = Übermitteln
ui-compliance-op-migrate = Migrieren
ui-compliance-op-replicate = Replizieren
ui-compliance-op-process = Verarbeiten
ui-compliance-op-store = Speichern
ui-compliance-op-delete = Löschen
ui-compliance-op-modify = Ändern
ui-compliance-last-days = { $days ->
        [one] Letzter Tag
       *[other] Letzte { $days } Tage
    }
ui-compliance-exported = { $file } gespeichert.
ui-compliance-audit-rows = { $rows ->
    [one] { $rows } Zeile
   *[other] { $rows } Zeilen
}
ui-compliance-activate-title = { $region } aktivieren?
ui-compliance-deactivate-title = { $region } deaktivieren?
