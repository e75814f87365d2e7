# The Compliance page of the UI (ui/src/pages/Compliance.svelte).

ui-compliance-report = Report di conformità
ui-compliance-report-forbidden = Non puoi esportare report: serve il permesso EXPORT_REPORTS.
ui-compliance-period = Periodo
ui-compliance-custom = Personalizzato
ui-compliance-from = Dal
ui-compliance-to = Al
ui-compliance-standards = Standard
ui-compliance-error-dates = Inserisci entrambe le date come anno-mese-giorno.
ui-compliance-error-order = La data di fine precede quella di inizio.
ui-compliance-build = Genera report
ui-compliance-export-pdf = Esporta PDF
ui-compliance-export-html = Esporta HTML
ui-compliance-export-csv = Esporta CSV (zip)
ui-compliance-export-json = Esporta JSON
ui-compliance-pass = Superati
ui-compliance-fail = Non superati
ui-compliance-needs-attention = Da verificare
ui-compliance-integrity = Sigillo
ui-compliance-audit-head = Testa della catena di audit
ui-compliance-digest = Impronta del report (SHA-256)
ui-compliance-controls = Controlli e relative evidenze
ui-compliance-status-pass = Superato
ui-compliance-status-fail = Non superato
ui-compliance-status-needs_attention = Da verificare
ui-compliance-regions = Regioni
ui-compliance-region = Regione
ui-compliance-jurisdiction = Giurisdizione
ui-compliance-state = Stato
ui-compliance-action = Azione
ui-compliance-active = Attiva
ui-compliance-inactive = Inattiva
ui-compliance-activate = Attiva regione
ui-compliance-deactivate = Disattiva
ui-compliance-activate-body = Componenti e dati potranno di nuovo essere collocati in questa regione.
ui-compliance-deactivate-body = Nessun nuovo componente o dato verrà collocato in questa regione; il ripristino migra altrove.
ui-compliance-validate = Verifica un'operazione sui dati
ui-compliance-operation = Operazione
ui-compliance-data-type = Tipo di dati
ui-compliance-user-region = Regione dell'utente
ui-compliance-destination = Destinazione
ui-compliance-no-destination = Nessuna destinazione
ui-compliance-check = Verifica
ui-compliance-allowed = Consentita
ui-compliance-blocked = Bloccata
ui-compliance-articles = Articoli e controlli
ui-compliance-op-export = Esportare
ui-compliance-op-share = Condividere
ui-compliance-op-sell = Vendere
ui-compliance-op-transfer = Trasferire
ui-compliance-op-migrate = Migrare
ui-compliance-op-replicate = Replicare
ui-compliance-op-process = Elaborare
ui-compliance-op-store = Archiviare
ui-compliance-op-delete = Eliminare
ui-compliance-op-modify = Modificare
ui-compliance-last-days = { $days ->
        [one] Ultimo giorno
       *[other] Ultimi { $days } giorni
    }
ui-compliance-exported = Salvato { $file }.
ui-compliance-audit-rows = { $rows ->
    [one] { $rows } riga
   *[other] { $rows } righe
}
ui-compliance-activate-title = Attivare { $region }?
ui-compliance-deactivate-title = Disattivare { $region }?
