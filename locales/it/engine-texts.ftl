# What the engine's checks found and how supervised processes ended (crates/engine/src/check,
# guard.rs): component issues and the incident reasons built from them. URLs, commands,
# queries and what the peer or the OS said stay as they are, as arguments.

check-timed-out = il controllo { $kind } è scaduto dopo { $after }
check-panicked = il controllo si è bloccato in modo anomalo: { $detail }
check-http-timed-out = { $method } { $url }: tempo scaduto
check-http-unreachable = { $method } { $url }: connessione rifiutata o destinazione irraggiungibile
check-http-error = { $method } { $url }: { $detail }
check-http-status = HTTP { $code } da { $url } (atteso { $expected })
check-http-body-missing = il corpo della risposta non contiene `{ $needle }`
check-http-slow = risposta lenta: { $latency } ms (limite { $limit } ms)
check-command-empty = comando vuoto
check-command-cannot-run = impossibile eseguire `{ $program }`: { $detail }
check-command-exited = `{ $program }` è terminato con stato { $code }: { $output }
check-command-exited-silent = `{ $program }` è terminato con stato { $code }
check-command-killed = `{ $program }` è stato terminato da un segnale: { $output }
check-command-killed-silent = `{ $program }` è stato terminato da un segnale
check-command-wait-failed = attesa di `{ $program }` non riuscita: { $detail }
check-process-not-running = il processo { $pid } non è in esecuzione
check-process-none = il processo supervisionato non è in esecuzione
check-tcp-cannot-connect = impossibile connettersi a { $addr }: { $detail }
check-scrape-read-failed = lettura di { $url }: { $detail }
check-scrape-status = HTTP { $code } da { $url }
check-scrape-failed = raccolta da { $url }: { $detail }
check-node-scrape-failed = raccolta da { $exporter } su { $url }: { $detail }
check-metric-not-found = metrica `{ $metric }` con etichette { $labels } non trovata su { $url }
check-metric-unhealthy = { $metric } = { $value } non soddisfa { $condition }
check-node-missing = { $url } non esporta: { $missing }
check-node-missing-memory = la memoria ({ $metrics })
check-node-missing-disk = il file system montato su `{ $mountpoint }` ({ $metrics })
check-promql-no-series = `{ $query }` non ha restituito serie
check-promql-all-nan = `{ $query }` ha dato { $nan } per ogni serie (un rapporto senza traffico?)
check-promql-broken = { $series } = { $value } (operativo se { $condition })
check-promql-pending = { $series } = { $value } (operativo se { $condition }), in attesa: non ancora per { $for }
check-promql-held = { $series } = { $value } (operativo se { $condition }) per { $for }
check-promql-held-labels = { $series } ha violato `{ $key }` per { $for }
check-promql-for-failed = verifica di `{ $key }`: { $detail }
check-issue-starting = in avvio: { $issue }
check-issue-restarting = in riavvio: { $issue }
check-issue-guard-stopped = il Guard si è fermato
check-issue-component-removed = il componente è stato tolto dalla configurazione
check-issue-list = { $issues }
check-issue-legacy = { $text }
notice-needs-operator = il ripristino di `{ $component }` richiede un operatore: { $reason }
notice-cannot-start = impossibile avviare `{ $program }`: { $detail }; nuovo tentativo tra { $delay }
process-exited-status = il processo { $pid } è terminato con stato { $code }
process-killed-signal = il processo { $pid } è stato terminato dal segnale { $signal }
process-exited = il processo { $pid } è terminato

finding-anomaly = anomalia su { $metric }: valore { $value } con punteggio { $score }
finding-predicted = { $metric } a { $level }, in aumento di { $slope }/s, raggiungerà probabilmente { $limit } tra { $eta } (intervallo { $band })
finding-band-range = { $low }–{ $high }
finding-band-min = ≥ { $low }
finding-threshold = { $rule } ({ $metric } = { $value })
finding-threshold-resolved = { $rule } non vale più ({ $metric } = { $value })
finding-rule = { $expr }
finding-rule-held = { $expr } per { $for }
finding-value-mb = { $value } MB
finding-value-ms = { $value } ms
finding-value = { $value }
