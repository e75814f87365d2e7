# What the engine's checks found and how supervised processes ended (crates/engine/src/check,
# guard.rs): component issues and the incident reasons built from them. URLs, commands,
# queries and what the peer or the OS said stay as they are, as arguments.

check-timed-out = a verificação { $kind } esgotou o tempo após { $after }
check-panicked = a verificação falhou de forma inesperada: { $detail }
check-http-timed-out = { $method } { $url }: tempo esgotado
check-http-unreachable = { $method } { $url }: conexão recusada ou destino inacessível
check-http-error = { $method } { $url }: { $detail }
check-http-status = HTTP { $code } de { $url } (esperado { $expected })
check-http-body-missing = o corpo da resposta não contém `{ $needle }`
check-http-slow = resposta lenta: { $latency } ms (limite { $limit } ms)
check-command-empty = comando vazio
check-command-cannot-run = não foi possível executar `{ $program }`: { $detail }
check-command-exited = `{ $program }` terminou com status { $code }: { $output }
check-command-exited-silent = `{ $program }` terminou com status { $code }
check-command-killed = `{ $program }` foi encerrado por um sinal: { $output }
check-command-killed-silent = `{ $program }` foi encerrado por um sinal
check-command-wait-failed = a espera por `{ $program }` falhou: { $detail }
check-process-not-running = o processo { $pid } não está em execução
check-process-none = o processo supervisionado não está em execução
check-tcp-cannot-connect = não foi possível conectar a { $addr }: { $detail }
check-scrape-read-failed = lendo { $url }: { $detail }
check-scrape-status = HTTP { $code } de { $url }
check-scrape-failed = coletando { $url }: { $detail }
check-node-scrape-failed = coletando { $exporter } em { $url }: { $detail }
check-metric-not-found = métrica `{ $metric }` com os rótulos { $labels } não encontrada em { $url }
check-metric-unhealthy = { $metric } = { $value } não satisfaz { $condition }
check-node-missing = { $url } não exporta: { $missing }
check-node-missing-memory = a memória ({ $metrics })
check-node-missing-disk = o sistema de arquivos montado em `{ $mountpoint }` ({ $metrics })
check-promql-no-series = `{ $query }` não retornou nenhuma série
check-promql-all-nan = `{ $query }` deu { $nan } em todas as séries (uma proporção sem tráfego?)
check-promql-broken = { $series } = { $value } (íntegro se { $condition })
check-promql-pending = { $series } = { $value } (íntegro se { $condition }), pendente: ainda não por { $for }
check-promql-held = { $series } = { $value } (íntegro se { $condition }) por { $for }
check-promql-held-labels = { $series } violou `{ $key }` por { $for }
check-promql-for-failed = verificando `{ $key }`: { $detail }
check-issue-starting = iniciando: { $issue }
check-issue-restarting = reiniciando: { $issue }
check-issue-guard-stopped = o Guard parou
check-issue-component-removed = o componente foi removido da configuração
check-issue-list = { $issues }
check-issue-legacy = { $text }
notice-needs-operator = a recuperação de `{ $component }` precisa de um operador: { $reason }
notice-cannot-start = não foi possível iniciar `{ $program }`: { $detail }; nova tentativa em { $delay }
process-exited-status = o processo { $pid } terminou com status { $code }
process-killed-signal = o processo { $pid } foi encerrado pelo sinal { $signal }
process-exited = o processo { $pid } terminou

finding-anomaly = anomalia em { $metric }: valor { $value } com pontuação { $score }
finding-predicted = { $metric } em { $level }, subindo { $slope }/s, deve atingir { $limit } em { $eta } (faixa { $band })
finding-band-range = { $low }–{ $high }
finding-band-min = ≥ { $low }
finding-threshold = { $rule } ({ $metric } = { $value })
finding-threshold-resolved = { $rule } não vale mais ({ $metric } = { $value })
finding-rule = { $expr }
finding-rule-held = { $expr } por { $for }
finding-value-mb = { $value } MB
finding-value-ms = { $value } ms
finding-value = { $value }
