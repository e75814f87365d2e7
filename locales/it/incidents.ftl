# Cronologie, cause e chiusure degli incidenti.

## Perché è stato aperto un incidente

incident-reason-exit-status = Il processo { $pid } è terminato con lo stato { $code } dopo { $uptime }
incident-reason-exit-signal = Il processo { $pid } è stato terminato dal segnale { $signal } dopo { $uptime }
incident-reason-exit = Il processo { $pid } è terminato dopo { $uptime }
incident-reason-check = Il controllo non è riuscito: { $issues }
incident-reason-check-plain = Il controllo non è riuscito
incident-reason-memory = La memoria residente di { $used } MB supera il limite di { $limit } MB
incident-reason-alert = Allarme `{ $alert }`: { $summary }
incident-reason-alert-plain = Allarme `{ $alert }`
incident-reason-finding = Rilevamento: { $finding }
incident-reason-root-down = `{ $root }` non è disponibile
incident-reason-still-down = Ancora non disponibile dopo il ripristino della causa principale `{ $root }`

## Voci della cronologia

incident-respawn-failed = { $exit }; il supervisore lo riavvia tra { $delay }
incident-respawn-up = Il processo riavviato dal supervisore è attivo e risponde
incident-respawn-not-up = Non attivo entro { $within }
incident-restart-skipped = Saltato: il supervisore sta già riavviando con attese crescenti questo processo figlio che si arresta in continuazione
incident-waiting = In attesa prima del passo { $step } ({ $strategy }): { $refusal }
incident-step-verified = { $detail }; verificato
incident-step-not-healthy = { $detail }; non integro entro { $within }
incident-step-result = { $detail }
incident-dependent-up = `{ $component }` è di nuovo disponibile
incident-dependent-folded = `{ $component }` non è disponibile a causa della causa principale di questo incidente; il suo allarme vi è accorpato
incident-merged-duplicate = Rilevamento duplicato
incident-merged-into = Accorpato all'incidente { $incident }: causa principale `{ $root }`
incident-alert-firing = Allarme `{ $alert }` attivo: { $summary }
incident-alert-firing-plain = Allarme `{ $alert }` attivo
incident-alert-resolved = Allarme `{ $alert }` risolto
incident-alert-resolved-late = Allarme `{ $alert }` risolto; l'incidente era già chiuso
incident-escalated-breaker = { $failures ->
    [one] Un ripristino non riuscito
   *[other] { $failures } ripristini non riusciti
} in { $window }: interruttore aperto; nessun altro tentativo finché non si semiapre
incident-escalated-ladder = La scala di ripristino ({ $steps ->
    [one] un passo
   *[other] { $steps } passi
}) è esaurita e `{ $component }` non è ancora disponibile
incident-still-escalated = Ancora in escalation: { $reason }

## Come è stato chiuso un incidente

incident-closed-check = Integrità confermata da un controllo
incident-closed-manual = Integrità confermata dopo un'azione manuale
incident-closed-respawn = Integrità confermata dopo il riavvio del supervisore
incident-closed-alone = Ripristinato da solo; nessuna azione eseguita
incident-closed-step = Integrità confermata dopo { $step ->
        [restart] un riavvio
        [scale_up] l'aumento delle istanze
        [scale_down] la riduzione delle istanze
        [migrate] una migrazione
        [run] il passo di comando
        [webhook] la chiamata al webhook
        [notify] la notifica
       *[other] `{ $step }`
    }
incident-closed-verified = Integrità confermata

## Riepiloghi degli incidenti nei report di conformità

incident-summary-root-cause = { $reason } (causa principale: { $root })
incident-summary-affected = { $summary }; interessati anche: { $components }

## Tipi di voci della cronologia (pagina degli incidenti)

incident-kind-detected = Rilevato
incident-kind-action = Azione
incident-kind-verified = Verificato
incident-kind-escalated = Inoltrato
incident-kind-folded = Accorpato
incident-kind-note = Nota
incident-kind-closed = Chiuso
