# Report di conformità (crates/report): titoli, sezioni, colonne, stati, evidenze.
# I riferimenti come «Art. 44» o «CC7.2» non si traducono; provengono dalle tabelle dati.

report-title = Report di conformità
report-subtitle = { $product } — { $standards }
report-period = Periodo: dal { $from } al { $to } (fine esclusa)
report-generated = Generato il { $when }
report-toc = Indice
report-page = Pagina { $page } di { $pages }

report-section-summary = Riepilogo
report-section-controls = Controlli ed evidenze
report-section-availability = Disponibilità rispetto agli obiettivi SLA
report-section-incidents = Incidenti
report-section-healing = Azioni di ripristino
report-section-regions = Dove risiedono i dati
report-section-retention = Conservazione
report-section-integrity = Integrità

report-status-pass = Conforme
report-status-fail = Non conforme
report-status-needs-attention = Da verificare

report-col-control = Controllo
report-col-standard = Standard
report-col-reference = Riferimento
report-col-status = Stato
report-col-evidence = Evidenza
report-col-component = Componente
report-col-region = Regione
report-col-sla = Obiettivo SLA
report-col-availability = Disponibilità
report-col-checks = Controlli eseguiti
report-col-met = Obiettivo raggiunto
report-col-started = Inizio
report-col-detect = Tempo di rilevamento
report-col-recover = Tempo di ripristino
report-col-action = Azione
report-col-result = Esito
report-col-time = Data
report-col-jurisdiction = Giurisdizione
report-col-data = Categorie di dati
report-col-kind = Tipo di dati
report-col-retention = Periodo di conservazione
report-col-rows = Righe rimosse
report-col-count = Numero

report-chart-regions = Disponibilità per regione rispetto all’obiettivo SLA più basso
report-chart-daily = Disponibilità giornaliera per regione
report-chart-sla = Obiettivo SLA
report-map-caption = Regioni attive; la dimensione di un punto indica quanti componenti si trovano lì.
report-none = Nessuno in questo periodo.
report-yes = Sì
report-no = No
report-ongoing = In corso
report-unknown = Sconosciuto
report-components = { $count ->
        [one] { $count } componente
       *[other] { $count } componenti
    }

report-integrity-head = Testa della catena di audit
report-integrity-no-audit = Nessun registro di audit in questo database
report-integrity-content = Impronta del contenuto

## Controlli

control-audit-chain = Traccia di audit a prova di manomissione
control-audit-chain-req = Ogni azione rilevante per la sicurezza è registrata in un registro verificabile, solo in aggiunta.
control-encryption-at-rest = Cifratura dei dati a riposo
control-encryption-at-rest-req = I dati memorizzati sono cifrati su disco.
control-access-review = Revisione degli accessi
control-access-review-req = Gli account operatore e i loro ruoli vengono rivisti regolarmente.
control-retention-applied = Conservazione applicata
control-retention-applied-req = I dati vengono cancellati o anonimizzati alla scadenza del periodo di conservazione.
control-backups = Backup del database
control-backups-req = Il database viene salvato regolarmente per poterlo ripristinare.
control-availability-sla = Disponibilità
control-availability-sla-req = I servizi raggiungono i loro obiettivi di disponibilità.
control-incident-response = Risposta agli incidenti
control-incident-response-req = Gli incidenti vengono rilevati e risolti tempestivamente.
control-data-residency = Residenza dei dati
control-data-residency-req = I dati restano nelle giurisdizioni consentite dalle loro regole.
control-healing-audited = Modifiche controllate
control-healing-audited-req = Ogni azione di ripristino automatica è registrata e attribuibile.
control-data-subject-rights = Diritti di accesso e cancellazione
control-data-subject-rights-req = Le persone possono ottenere e far cancellare i propri dati personali su richiesta.

## Evidenze

evidence-audit-absent = In questo database non c’è ancora un registro di audit.
evidence-audit-intact = Catena di audit verificata: { $rows ->
        [one] { $rows } voce
       *[other] { $rows } voci
    }, testa { $head }.
evidence-audit-broken = Catena di audit interrotta alla voce { $row }: { $reason }.
evidence-encryption-on = Il database si trova su un volume cifrato ({ $device }).
evidence-encryption-off = Il volume del database { $device } non è cifrato.
evidence-users-absent = Nessun account operatore in questo database, quindi gli accessi non possono essere rivisti.
evidence-users = { $users ->
        [one] Rivisto { $users } account operatore
       *[other] Rivisti { $users } account operatore
    } in { $roles ->
        [one] { $roles } ruolo
       *[other] { $roles } ruoli
    }.
evidence-retention-last = Conservazione applicata l’ultima volta il { $when }; { $rows ->
        [one] { $rows } riga cancellata o anonimizzata
       *[other] { $rows } righe cancellate o anonimizzate
    } nel periodo.
evidence-retention-stale = Conservazione applicata l’ultima volta il { $when }, più di un giorno prima della fine del periodo.
evidence-retention-none = La conservazione non è stata applicata in questo periodo.
evidence-backup-last = Ultimo backup il { $when } ({ $size }).
evidence-backup-stale = Ultimo backup il { $when }, più di una settimana prima della fine del periodo.
evidence-backup-none = Nessun backup del database registrato in questo periodo.
evidence-sla-met = { $count ->
        [one] L’unico componente ha raggiunto il suo obiettivo SLA.
       *[other] Tutti i { $count } componenti hanno raggiunto i loro obiettivi SLA.
    }
evidence-sla-missed = { $missed } { $count ->
        [one] componente su { $count }
       *[other] componenti su { $count }
    } non { $missed ->
        [one] ha raggiunto il suo obiettivo SLA
       *[other] hanno raggiunto i loro obiettivi SLA
    }: { $names }.
evidence-sla-no-data = Nessun dato di disponibilità in questo periodo.
evidence-incidents-none = Nessun incidente in questo periodo.
evidence-incidents = { $count ->
        [one] { $count } incidente, risolto
       *[other] { $count } incidenti, tutti risolti
    }; tempo medio di ripristino { $mttr }.
evidence-incidents-open = { $open } { $count ->
        [one] incidente su { $count }
       *[other] incidenti su { $count }
    } { $open ->
        [one] era ancora aperto
       *[other] erano ancora aperti
    } alla fine del periodo.
evidence-residency = I dati di { $count ->
        [one] { $count } componente restano nella giurisdizione della sua regione
       *[other] { $count } componenti restano nella giurisdizione delle loro regioni
    }.
evidence-residency-unknown = Nessun registro dei componenti in questo database, quindi le regioni sono sconosciute.
evidence-healing-none = Nessuna azione di ripristino in questo periodo.
evidence-healing-unaudited = { $count ->
        [one] { $count } azione di ripristino, ma nessun registro di audit prova che sia stata registrata.
       *[other] { $count } azioni di ripristino, ma nessun registro di audit prova che siano state registrate.
    }
evidence-healing-audited = { $count ->
        [one] { $count } azione di ripristino, nel registro di audit.
       *[other] { $count } azioni di ripristino, ciascuna nel registro di audit.
    }
evidence-requests-none = Nessuna richiesta di accesso o cancellazione in questo periodo; entrambe sono disponibili.
evidence-requests = { $done ->
        [one] Evasa
       *[other] Evase
    } { $done } { $count ->
        [one] richiesta di accesso e cancellazione su { $count }
       *[other] richieste di accesso e cancellazione su { $count }
    }.

## Giurisdizioni e categorie di dati

jurisdiction-eu = Unione europea (GDPR)
jurisdiction-us = Stati Uniti
jurisdiction-us-ca = California (CCPA)
jurisdiction-br = Brasile (LGPD)
jurisdiction-sg = Singapore (PDPA)
jurisdiction-other = Altra
data-personal-data = Dati personali
data-health-data = Dati sanitari
data-operational-metrics = Metriche operative
data-audit-log = Registro di audit
data-credentials = Credenziali

## Azioni di ripristino e conservazione

action-restart = Riavvio
action-supervisor-restart = Riavvio da parte del supervisore
action-scale-up = Aumento delle istanze
action-migrate = Migrazione
action-run = Esecuzione di un comando
action-webhook = Chiamata webhook
result-succeeded = Riuscita
result-failed = Non riuscita
result-running = In corso
retention-samples = Campioni grezzi
retention-rollups = Aggregati al minuto
retention-events = Cambi di stato ed eventi di processo
retention-incidents = Incidenti
retention-healing-actions = Azioni di ripristino
retention-autoscale-decisions = Decisioni di scalabilità automatica
retention-data-subject-requests = Richieste di accesso e cancellazione
retention-audit = Registro di audit
