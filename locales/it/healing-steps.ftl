# Dettagli dei passi di ripristino: cosa farebbe un passo e cosa ha fatto. I nomi tra apici
# inversi e gli elenchi argv restano come sono; $error, $output e $status sono parole del
# sistema o di un comando.

heal-text = { $text }

## Riavvii del supervisore

step-respawn-plan = il supervisore riavvia il processo figlio
step-respawn-pending = { $exit }; il supervisore lo avvia di nuovo
step-respawn-started = { $exit }; avviato di nuovo con pid { $pid }

## restart

step-restart-rolling-plan = riavvio graduale di `{ $component }` dietro il suo front su { $listen }: svuotare, riavviare e ricontrollare ogni istanza a turno
step-restart-plan = riavviare `{ $component }` (fermare il pid { $pid }, avviare { $command })
step-restart-start-plan = avviare di nuovo `{ $component }` ({ $command })
step-restart-unsupervised-plan = impossibile riavviare `{ $component }`: non supervisionato (aggiungere un passo `run:` con il suo comando di riavvio)
step-restart-unsupervised = `{ $component }` non è supervisionato dal guard; riavviarlo con un passo `run:`
step-restart-done = riavviato: pid { $old } → { $new }
step-restart-started = avviato il pid { $pid }
step-restart-pending = riavvio richiesto; il processo figlio non è ancora partito

## Dietro un front

step-front-missing = `{ $component }` non ha un front
step-front-unknown-component = componente sconosciuto `{ $component }`
step-front-instance-error = istanza { $instance }: { $error }
step-rolling-instance = istanza { $instance } svuotata in { $waited } ms ({ $in_flight } in corso, { $left ->
        [one] { $left } rimasta
       *[other] { $left } rimaste
    }){ $note ->
    [uncovered] { " (nessun'altra istanza era sana: alcune richieste potrebbero essere fallite)" }
    [timed-out] { " (svuotamento scaduto)" }
   *[none] { "" }
}, riavviata
step-rolling-stopped = { $done }; l'istanza { $instance } non è sana entro { $within }: riavvio graduale interrotto
step-rolling-done = { $instances ->
    [one] riavvio graduale di un'istanza: { $done }
   *[other] riavvio graduale di { $instances } istanze: { $done }
}
step-retire-uncovered = istanza { $instance } non fermata: nessun'altra istanza di `{ $component }` è sana per gestire le sue richieste
step-retire-not-stopped = istanza { $instance } svuotata ma non fermata: { $error }
step-retire-done = istanza { $instance } svuotata in { $waited } ms ({ $in_flight } in corso), fermata
step-retire-done-timed-out = istanza { $instance } svuotata in { $waited } ms ({ $in_flight } in corso) (svuotamento scaduto con { $left } in corso), fermata

## scale_up e scale_down

step-command-plan = eseguire { $argv }
step-scale-replicas = { $replicas ->
        [one] { $replicas } replica
       *[other] { $replicas } repliche
    }: { $detail }
step-scale-up-full-plan = impossibile scalare `{ $component }`: già { $running ->
        [one] { $running } istanza
       *[other] { $running } istanze
    } su un massimo di { $max }
step-scale-up-plan = avviare l'istanza { $instance } di `{ $component }` ({ $command } sulla prossima porta libera)
step-scale-up-impossible-plan = impossibile scalare `{ $component }`: nessun `{"{"}port{"}"}` nel suo comando e nessuno `scale.command`
step-scale-up-full = già { $running ->
        [one] { $running } istanza
       *[other] { $running } istanze
    } su un massimo di { $max }
step-scale-up-no-port = nessuna porta libera dopo la porta base { $port }
step-scale-up-started = istanza { $instance } avviata sulla porta { $port }
step-scale-up-max-replicas = già al massimo di { $max ->
        [one] { $max } replica
       *[other] { $max } repliche
    }
step-scale-up-impossible = `{ $component }` non può scalare: inserire `{"{"}port{"}"}` nel suo comando con `scale: {"{"} port: N {"}"}`, oppure indicare `scale.command`
step-scale-down-drain-plan = svuotare l'istanza { $instance } di `{ $component }` tramite il suo front, poi fermarla
step-scale-down-plan = fermare l'istanza { $instance } di `{ $component }`
step-scale-down-nothing-plan = nulla da ridurre per `{ $component }`
step-scale-down-min-instances = già al minimo di { $min ->
        [one] { $min } istanza
       *[other] { $min } istanze
    }
step-scale-down-stopped = istanza { $instance } fermata
step-scale-down-min-replicas = già al minimo di { $min ->
        [one] { $min } replica
       *[other] { $min } repliche
    }
step-scale-down-no-extra = `{ $component }` non ha istanze aggiuntive da fermare

## migrate

step-migrate-no-service = `{ $component }` non ha `tags.service`, quindi non ha peer verso cui migrare
step-migrate-peer-unhealthy = { $peer } non è sano
step-migrate-peer-region-off = { $peer } è in { $region }, che è disattivata
step-migrate-peer-same-region = `{ $peer }` è nella stessa regione ({ $region })
step-migrate-peer-residency = `{ $peer }` è in { $region }: { $rule } vieta di spostare questi dati ({ $category }) fuori da { $from }
step-migrate-no-peer = nessun peer sano del servizio `{ $service }` può subentrare ({ $refused })
step-migrate-plan = spostare `{ $component }` su `{ $target }`
step-migrate-impossible-plan = migrazione impossibile: { $why }
step-migrate-done = traffico di `{ $component }` spostato su `{ $target }`

## notify

step-notify-plan = registrare una notifica per `{ $component }` (nessuna modifica)
step-notify-done = operatore avvisato riguardo a `{ $component }`

## run

step-run-plan = eseguire { $argv } (timeout { $timeout })
step-run-empty = argv vuoto
step-run-cannot-start = impossibile avviare { $program }: { $error }
step-run-exited-ok = { $program } è terminato con 0
step-run-exited = { $program } è terminato con { $status }: { $output }
step-run-error = { $program }: { $error }
step-run-timeout = { $program } non è terminato entro { $timeout }; terminato forzatamente

## webhook

step-webhook-plan = inviare l'incidente come JSON con POST a { $url }
step-webhook-answered-attempt = { $url } ha risposto { $status } (tentativo { $attempt })
step-webhook-answered = { $url } ha risposto { $status }
step-webhook-error = { $url }: { $error }
step-webhook-gave-up = { $last } (dopo { $attempts ->
        [one] { $attempts } tentativo
       *[other] { $attempts } tentativi
    })
