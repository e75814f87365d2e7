# What the engine's checks found and how supervised processes ended (crates/engine/src/check,
# guard.rs): component issues and the incident reasons built from them. URLs, commands,
# queries and what the peer or the OS said stay as they are, as arguments.

check-timed-out = la comprobación { $kind } agotó el tiempo tras { $after }
check-panicked = la comprobación falló de forma inesperada: { $detail }
check-http-timed-out = { $method } { $url }: tiempo de espera agotado
check-http-unreachable = { $method } { $url }: conexión rechazada o destino inalcanzable
check-http-error = { $method } { $url }: { $detail }
check-http-status = HTTP { $code } de { $url } (se esperaba { $expected })
check-http-body-missing = el cuerpo de la respuesta no contiene `{ $needle }`
check-http-slow = respuesta lenta: { $latency } ms (límite { $limit } ms)
check-command-empty = comando vacío
check-command-cannot-run = no se puede ejecutar `{ $program }`: { $detail }
check-command-exited = `{ $program }` terminó con el estado { $code }: { $output }
check-command-exited-silent = `{ $program }` terminó con el estado { $code }
check-command-killed = `{ $program }` fue terminado por una señal: { $output }
check-command-killed-silent = `{ $program }` fue terminado por una señal
check-command-wait-failed = falló la espera de `{ $program }`: { $detail }
check-process-not-running = el proceso { $pid } no se está ejecutando
check-process-none = el proceso supervisado no se está ejecutando
check-tcp-cannot-connect = no se puede conectar a { $addr }: { $detail }
check-scrape-read-failed = al leer { $url }: { $detail }
check-scrape-status = HTTP { $code } de { $url }
check-scrape-failed = al recolectar { $url }: { $detail }
check-node-scrape-failed = al recolectar { $exporter } en { $url }: { $detail }
check-metric-not-found = no se encontró la métrica `{ $metric }` con las etiquetas { $labels } en { $url }
check-metric-unhealthy = { $metric } = { $value } no cumple { $condition }
check-node-missing = { $url } no exporta: { $missing }
check-node-missing-memory = la memoria ({ $metrics })
check-node-missing-disk = el sistema de archivos montado en `{ $mountpoint }` ({ $metrics })
check-promql-no-series = `{ $query }` no devolvió ninguna serie
check-promql-all-nan = `{ $query }` dio { $nan } en todas las series (¿una proporción sin tráfico?)
check-promql-broken = { $series } = { $value } (saludable si { $condition })
check-promql-pending = { $series } = { $value } (saludable si { $condition }), pendiente: aún no durante { $for }
check-promql-held = { $series } = { $value } (saludable si { $condition }) durante { $for }
check-promql-held-labels = { $series } incumplió `{ $key }` durante { $for }
check-promql-for-failed = al comprobar `{ $key }`: { $detail }
check-issue-starting = arrancando: { $issue }
check-issue-restarting = reiniciando: { $issue }
check-issue-guard-stopped = el Guard se detuvo
check-issue-component-removed = el componente se quitó de la configuración
check-issue-list = { $issues }
check-issue-legacy = { $text }
notice-needs-operator = la reparación de `{ $component }` necesita un operador: { $reason }
notice-cannot-start = no se puede iniciar `{ $program }`: { $detail }; nuevo intento en { $delay }
process-exited-status = el proceso { $pid } terminó con el estado { $code }
process-killed-signal = el proceso { $pid } fue terminado por la señal { $signal }
process-exited = el proceso { $pid } terminó

finding-anomaly = anomalía en { $metric }: valor { $value } con puntuación { $score }
finding-predicted = { $metric } en { $level }, subiendo { $slope }/s, alcanzará previsiblemente { $limit } en { $eta } (margen { $band })
finding-band-range = { $low }–{ $high }
finding-band-min = ≥ { $low }
finding-threshold = { $rule } ({ $metric } = { $value })
finding-threshold-resolved = { $rule } ya no se cumple ({ $metric } = { $value })
finding-rule = { $expr }
finding-rule-held = { $expr } durante { $for }
finding-value-mb = { $value } MB
finding-value-ms = { $value } ms
finding-value = { $value }
