# L’applicazione desktop e l’interfaccia web (ui/).

## Navigazione e cornice

ui-nav-label = Navigazione principale
ui-nav-overview = Panoramica
ui-nav-map = Mappa delle regioni
ui-nav-components = Componenti
ui-nav-incidents = Incidenti
ui-nav-healing = Ripristino
ui-nav-compliance = Conformità
ui-nav-settings = Impostazioni
ui-live-connected = Aggiornamenti in tempo reale
ui-live-disconnected = Riconnessione in corso…
ui-live-events =
    { $count ->
        [one] { $count } evento in tempo reale
       *[other] { $count } eventi in tempo reale
    }
ui-filter-region = Regione: { $region }
ui-filter-clear = Rimuovi il filtro di regione
ui-error-backend = Il guardiano non risponde; nuovo tentativo in corso…
ui-feature-unavailable = Non disponibile in questa versione del motore

## Panoramica

ui-overview-title = Panoramica
ui-overview-running-for = In guardia da { $duration }
ui-overview-mode = Modalità della pipeline
ui-overview-components = Componenti
ui-overview-healing-rate = Tasso di successo del ripristino
ui-overview-healing-attempts =
    { $count ->
        [one] { $count } tentativo di ripristino
       *[other] { $count } tentativi di ripristino
    }
ui-overview-open-incidents = Incidenti aperti
ui-overview-restarts =
    { $count ->
        [one] { $count } riavvio di processo
       *[other] { $count } riavvii di processo
    }
ui-overview-last-actions = Ultimi eventi e azioni
ui-overview-regions = Regioni
ui-overview-attention = Richiede attenzione
ui-overview-all-good = Tutti i componenti sono in salute.

## Attività in tempo reale

ui-feed-empty = In attesa dei primi eventi…
ui-feed-status-changed = è passato da { $from } a { $to }
ui-feed-process-started = processo { $pid } avviato
ui-feed-process-exited = il processo { $pid } è terminato con codice { $code }
ui-feed-process-killed = il processo { $pid } è stato terminato dal segnale { $signal }
ui-feed-notice = avviso
ui-feed-other = evento del motore

## Mappa delle regioni

ui-map-title = Mappa delle regioni
ui-map-hint = Fai clic su una regione per filtrare tutte le pagine; fai di nuovo clic per annullare.
ui-map-region-label = { $region }: { $status }, { $count ->
        [one] { $count } componente
       *[other] { $count } componenti
    }
ui-map-in-region = Componenti in { $region }

## Componenti

ui-components-title = Componenti
ui-components-shown = { $shown } di { $total } visualizzati
ui-components-search = Cerca per nome, regione, stato…
ui-components-none-match = Nessun componente corrisponde alla ricerca.
ui-component-critical = Componente critico
ui-col-name = Nome
ui-col-region = Regione
ui-col-status = Stato
ui-col-latency = Latenza
ui-col-cpu = Processore
ui-col-memory = Memoria
ui-col-restarts = Riavvii

## Dettaglio del componente

ui-detail-since = da { $duration }
ui-detail-not-found = Non esiste alcun componente chiamato «{ $name }».
ui-detail-sla = Obiettivo: { $sla }
ui-detail-checks = Controlli
ui-detail-checks-failed =
    { $count ->
        [one] { $count } fallito
       *[other] { $count } falliti
    }
ui-detail-process = Processo
ui-detail-restarts =
    { $count ->
        [one] { $count } riavvio
       *[other] { $count } riavvii
    }
ui-detail-last-check = Ultimo controllo
ui-detail-issues = Problemi attuali:
ui-detail-range = Intervallo di tempo
ui-detail-timeline = Cronologia
ui-metric-latency = Tempo di risposta
ui-metric-cpu = Uso del processore
ui-metric-memory = Memoria
ui-metric-error-rate = Tasso di errore
ui-chart-no-data = Ancora nessun campione in questo intervallo
ui-chart-view = Vista del grafico
ui-chart-view-interactive = Interattivo
ui-chart-view-server = Generato dal server
ui-timeline-empty = Non è ancora successo nulla.
ui-timeline-status = Diventato { $status }
ui-timeline-process-started = Processo avviato
ui-timeline-process-exited = Processo terminato

## Incidenti

ui-incidents-title = Incidenti
ui-incidents-list = Elenco degli incidenti
ui-incidents-events = Cronologia degli eventi
ui-incidents-none = Nessun incidente corrisponde a questi filtri.
ui-incidents-unavailable = Il tracciamento degli incidenti non è disponibile in questa versione del motore; la cronologia qui sotto mostra ogni cambio di stato e ogni evento di processo.
ui-incident-open = Aperto
ui-incident-recovered = Risolto
ui-filter-component = Componente
ui-filter-all-components = Tutti i componenti
ui-filter-state = Stato
ui-filter-state-all = Tutti
ui-filter-state-open = Aperti
ui-filter-state-closed = Risolti
ui-filter-kind = Tipo di evento
ui-filter-kind-all = Tutti gli eventi
ui-filter-kind-status = Cambi di stato
ui-filter-kind-process = Eventi di processo

## Ripristino

ui-healing-title = Controlli di ripristino
ui-healing-unavailable = I controlli di ripristino non sono disponibili in questa versione del motore.
ui-healing-global = Ripristino automatico
ui-healing-active = Attivo
ui-healing-paused = In pausa
ui-healing-pause = Sospendi il ripristino
ui-healing-resume = Riprendi il ripristino
ui-healing-pause-body = Il ripristino automatico si ferma per tutti i componenti finché non lo riprendi. I guasti continuano a essere rilevati e registrati.
ui-healing-resume-body = Il ripristino automatico riparte per tutti i componenti.
ui-healing-attempts = Tentativi
ui-healing-successes = Successi
ui-healing-manual = Ripristino manuale
ui-healing-component = Componente interessato
ui-healing-plan = Anteprima del piano (simulazione)
ui-healing-history = Azioni di ripristino recenti
ui-healing-no-actions = Ancora nessuna azione di ripristino.
ui-heal-strategy = Strategia
ui-heal-confirm-title = Ripristinare { $component }?
ui-heal-confirm-body = Verrà eseguito «{ $strategy }» su { $component } adesso. Un riavvio interrompe brevemente il servizio.
ui-heal-accepted = Accettata; l’azione { $id } è in corso.
ui-strategy-restart = Riavvia
ui-strategy-scale_up = Aumenta le istanze
ui-strategy-migrate = Migra
ui-strategy-run = Esegui un comando
ui-strategy-webhook = Chiama un webhook

## Errori del guardiano

ui-error-not_found = Non trovato.
ui-error-bad_request = La richiesta è stata rifiutata perché non valida.
ui-error-unauthorized = Accedi di nuovo.
ui-error-forbidden = Non hai il permesso per farlo.
ui-error-conflict = Un’altra azione è già in corso.
ui-error-rate_limited = Troppe richieste; riprova tra poco.
ui-error-setup_required = Il guardiano va prima configurato: crea il primo account operatore.
ui-error-internal = Si è verificato un errore nel guardiano; consulta il suo registro.

## Conformità

ui-compliance-title = Conformità

## Impostazioni

ui-settings-title = Impostazioni
ui-settings-language-hint = L’interfaccia cambia subito e ricorda la tua scelta.
ui-settings-format-sample = Numeri e date:
ui-settings-theme = Tema
ui-settings-theme-system = Segui il sistema
ui-settings-theme-light = Chiaro
ui-settings-theme-dark = Scuro
ui-settings-about = Informazioni
ui-settings-backend = Connesso al guardiano tramite { $kind }.
