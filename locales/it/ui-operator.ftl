# Ciò che l'operatore vede degli identificativi del motore: strategie, esiti, attivatori, stati
# degli incidenti, eventi in diretta, permessi e azioni di audit, ed elementi di pagina.

ui-strategy-scale_down = Riduci le istanze
ui-strategy-notify = Notifica
ui-strategy-respawn = Riavvio da parte del supervisore
ui-strategy-other = Altro passo

ui-op-result-running = In corso
ui-op-result-succeeded = Riuscito
ui-op-result-failed = Fallito
ui-op-result-skipped = Saltato
ui-op-result-other = Altro esito
ui-op-trigger-ladder = Scala di ripristino
ui-op-trigger-manual = Manuale
ui-op-trigger-supervisor = Supervisore
ui-op-trigger-memory = Limite di memoria
ui-op-trigger-alert = Allarme
ui-op-trigger-autoscale = Scalabilità automatica
ui-op-trigger-other = Altro attivatore
ui-op-col-started = Inizio
ui-op-col-component = Componente
ui-op-col-strategy = Passo
ui-op-col-trigger = Attivatore
ui-op-col-result = Esito
ui-op-col-duration = Durata
ui-op-no-attempts = Ancora nessun tentativo

ui-op-incident-open = Aperto
ui-op-incident-resolved = Risolto
ui-op-incident-merged = Unito
ui-op-incident-number = Incidente { $id }
ui-op-incident-merged-into = Confluito nell'incidente { $id }
ui-op-incident-open-for = aperto da { $duration }
ui-op-incident-lasted = è durato { $duration }
ui-op-incident-kind-down = non raggiungibile
ui-op-incident-kind-crash = arrestato in modo anomalo
ui-op-incident-kind-memory_limit = oltre il limite di memoria
ui-op-incident-kind-memory_forecast = memoria prevista in esaurimento
ui-op-incident-kind-alert = allarme attivo

ui-op-feed-incident-opened = incidente { $id } aperto: { $kind }
ui-op-feed-healing-step = passo di ripristino { $strategy }: { $phase }
ui-op-feed-incident-escalated = incidente { $id } inoltrato
ui-op-feed-incident-closed = incidente { $id } chiuso
ui-op-step-started = iniziato
ui-op-step-succeeded = riuscito
ui-op-step-failed = fallito
ui-op-step-skipped = saltato

ui-op-permission-admin-access = Amministrazione
ui-op-permission-manage-components = Gestire i componenti
ui-op-permission-trigger-healing = Avviare il ripristino
ui-op-permission-read-metrics = Leggere le metriche
ui-op-permission-monitor-health = Monitorare lo stato
ui-op-permission-export-reports = Esportare i report
ui-op-permission-manage-users = Gestire gli account
ui-op-permission-view-audit = Consultare il registro di audit
ui-op-permission-other = Altro permesso
ui-op-token-role-scope = Tutto ciò che il ruolo dell'account consente

ui-op-audit-heal = Ripristino: { $strategy }
ui-op-audit-account-language = Lingua cambiata
ui-op-audit-auth-invalid-token = Usato un token non valido
ui-op-audit-auth-revoked-token = Usato un token revocato
ui-op-audit-autoscale-change = Scalabilità automatica modificata
ui-op-audit-config-change = Configurazione modificata
ui-op-audit-data-operation-blocked = Operazione sui dati bloccata
ui-op-audit-healing-preferences = Scala di ripristino modificata
ui-op-audit-key-rotate = Chiave ruotata
ui-op-audit-login = Accesso eseguito
ui-op-audit-login-failed = Accesso non riuscito
ui-op-audit-login-local = Accesso da questo computer
ui-op-audit-login-locked = Account bloccato dopo accessi falliti
ui-op-audit-permission-denied = Permesso negato
ui-op-audit-region-activate = Regione attivata
ui-op-audit-region-deactivate = Regione disattivata
ui-op-audit-report-exported = Report esportato
ui-op-audit-retention-applied = Conservazione applicata
ui-op-audit-role-define = Ruolo definito
ui-op-audit-secret-put = Segreto salvato
ui-op-audit-security-finding = Rilievo di sicurezza
ui-op-audit-subject-erased = Dati personali cancellati
ui-op-audit-subject-erasure-requested = Cancellazione richiesta
ui-op-audit-subject-exported = Dati personali esportati
ui-op-audit-token-denied = Token rifiutato
ui-op-audit-token-issue = Token emesso
ui-op-audit-token-revoke = Token revocato
ui-op-audit-user-create = Account creato
ui-op-audit-user-disable = Account disattivato
ui-op-audit-user-enable = Account riattivato
ui-op-audit-user-lock = Account bloccato
ui-op-audit-user-role = Ruolo cambiato
ui-op-audit-other = Altra azione

ui-op-skip-to-content = Vai al contenuto
ui-op-report-hint = Scegli un periodo e gli standard, poi genera il report. La generazione viene annotata nel registro di audit.
ui-op-chart-label = { $metric } nel periodo scelto
