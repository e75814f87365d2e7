# Scalabilità automatica (pagina Riparazione, dettaglio componente), coda di riparazione e ricerca della regione ottimale (mappa delle regioni).

ui-as-title = Scalabilità automatica
ui-as-live = In diretta
ui-as-live-hint = Aggiornato dagli eventi di scalabilità del guardiano man mano che avvengono
ui-as-none = Nessun componente si scala da solo: assegna a un componente un blocco autoscale nella configurazione.
ui-as-mode-reactive = Reattiva
ui-as-mode-hybrid = Ibrida (previsione)
ui-as-dry-run = Simulazione
ui-as-paused = In pausa
ui-as-overridden = Modificata durante l'esecuzione
ui-as-runtime-note = Le modifiche restano valide anche dopo il riavvio del guardiano, finché non torni alla configurazione.
ui-as-override-not-applied = Una modifica salvata durante l'esecuzione non è in vigore: { $reason }
ui-as-col-instances = Istanze
ui-as-col-component = Componente
ui-as-col-cooldown = Raffreddamento
ui-as-col-metric = Metrica
ui-as-col-time = Ora
ui-as-col-change = Modifica
ui-as-col-result = Esito
ui-as-col-reason = Motivo
ui-as-range = consentite { $min }–{ $max }
ui-as-instances = { $instances } in esecuzione, consentite { $min }–{ $max }
ui-as-now = Attuale
ui-as-factor = fattore × { $factor }
ui-as-forecast = previsione
ui-as-cooldown-until = in raffreddamento fino alle { $time }
ui-as-holding = Trattenuta:
ui-as-decisions = Decisioni di scalabilità recenti
ui-as-no-decisions = Ancora nessuna decisione di scalabilità.
ui-as-result-succeeded = Scalato
ui-as-result-failed = Non riuscito
ui-as-result-held = Trattenuto
ui-as-result-dry_run = Solo simulazione
ui-as-feed-scaled = scalato da { $from } a { $to ->
        [one] { $to } istanza
       *[other] { $to } istanze
    }
ui-as-feed-dry = scalerebbe da { $from } a { $to ->
        [one] { $to } istanza
       *[other] { $to } istanze
    } (simulazione)
ui-as-feed-failed = scalabilità da { $from } a { $to ->
        [one] { $to } istanza
       *[other] { $to } istanze
    } non riuscita
ui-as-feed-held = scalabilità trattenuta a { $from ->
        [one] { $from } istanza
       *[other] { $from } istanze
    }

ui-as-queue-title = Coda di ripristino
ui-as-queue-slots = { $busy ->
        [one] { $busy } posto
       *[other] { $busy } posti
    } di ripristino { $busy ->
        [one] occupato
       *[other] occupati
    } su { $slots }
ui-as-queue-busy = In ripristino ora
ui-as-queue-idle = Nessun ripristino in corso.
ui-as-queue-next = In attesa, nell'ordine pianificato
ui-as-queue-empty = Nessuno attende un posto di ripristino.
ui-as-queue-weight = peso { $weight }
ui-as-queue-starts = inizio previsto tra { $duration }
ui-as-queue-waited = in attesa da { $duration }
ui-as-queue-planned-by = Ordine pianificato con { $method }, minimizzando il tempo di fermo atteso ponderato per criticità.
ui-as-queue-method-exact = ricerca esatta
ui-as-queue-method-annealed = ricottura simulata
ui-as-queue-last-plan = Ultimo ordine di ammissione: { $order }

ui-as-detail-title = Regola di scalabilità automatica
ui-as-edit = Modifica la regola di scalabilità automatica
ui-as-field-min = Istanze minime
ui-as-field-max = Istanze massime
ui-as-field-cooldown = Raffreddamento (secondi)
ui-as-field-up = Aumenta da
ui-as-field-down = Riduci da
ui-as-field-factor = Fattore
ui-as-field-paused = Sospendi la scalabilità automatica
ui-as-field-dry-run = Simulazione: decidi e registra, senza cambiare nulla
ui-as-bounds = Il blocco scale del componente consente da { $min } a { $max ->
        [one] { $max } istanza
       *[other] { $max } istanze
    }.
ui-as-save = Salva le modifiche
ui-as-reset = Torna alla configurazione
ui-as-saved = Salvato: la nuova regola vale dalla prossima valutazione.
ui-as-no-changes = Non è stato modificato nulla.
ui-as-forbidden = Per modificare la regola serve il permesso di gestire i componenti.
ui-as-confirm-title = Modificare la scalabilità automatica di { $component }?
ui-as-confirm-scale-now = Con questi limiti { $component } passa subito da { $from } a { $to ->
        [one] { $to } istanza
       *[other] { $to } istanze
    }.
ui-as-confirm-live = La simulazione si disattiva: la scalabilità automatica avvierà e fermerà istanze davvero.
ui-as-confirm-reset = La regola, i limiti e il raffreddamento tornano ai valori della configurazione.
ui-as-err-integer = Inserisci un numero intero.
ui-as-err-number = Inserisci un numero.
ui-as-err-min-low = Deve essere almeno { $min }.
ui-as-err-max-high = Deve essere al massimo { $max }.
ui-as-err-min-max = Non può essere inferiore al minimo ({ $min }).
ui-as-err-cooldown = Deve essere tra 0 e { $max ->
        [one] { $max } secondo
       *[other] { $max } secondi
    }.
ui-as-err-down-up = Deve essere inferiore alla soglia di aumento ({ $up }), altrimenti la scalabilità oscilla.
ui-as-err-negative = Non può essere negativo.
ui-as-err-factor = Deve essere maggiore di 1 (1,5 aggiunge la metà in più).
ui-as-err-server = Il guardiano ha rifiutato la modifica: { $message }

ui-optimal-title = Dove devono stare i dati di un utente?
ui-optimal-hint = La regione attiva più vicina che le regole di residenza dei dati consentono per i dati personali di un utente.
ui-optimal-location = Posizione dell'utente
ui-optimal-placeholder = Nome del paese o codice ISO, ad es. DE
ui-optimal-find = Trova la regione
ui-optimal-quick = Posizioni frequenti
ui-optimal-distance = a { $km } km da { $country }
ui-optimal-why-nearest = { $region } è la regione attiva più vicina a { $country }.
ui-optimal-why-excluded = { $rule } esclude regioni attive più vicine: { $regions }.
ui-optimal-why-allowed = { $region } è la regione attiva più vicina in cui possono essere conservati i dati personali di un utente in { $country }.
ui-optimal-why-jurisdiction = L'utente è soggetto a { $jurisdiction }; { $region } a { $regionJurisdiction }.
ui-optimal-why-unregulated = Nessuna regola di residenza degli standard in vigore riguarda gli utenti in { $country }; { $region } è soggetta a { $regionJurisdiction }.
ui-optimal-active = Regioni attive considerate: { $regions }
ui-optimal-standards = Standard in vigore: { $standards }
ui-optimal-no-standards = Nessuno standard di protezione dei dati configurato: conta solo la distanza.
ui-error-unknown_location = Posizione sconosciuta.
ui-error-no_eligible_region = Nessuna regione attiva può conservare questi dati.
