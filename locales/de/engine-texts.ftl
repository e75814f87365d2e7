# What the engine's checks found and how supervised processes ended (crates/engine/src/check,
# guard.rs): component issues and the incident reasons built from them. URLs, commands,
# queries and what the peer or the OS said stay as they are, as arguments.

check-timed-out = Prüfung { $kind } nach { $after } abgebrochen (Zeitüberschreitung)
check-panicked = die Prüfung ist abgestürzt: { $detail }
check-http-timed-out = { $method } { $url }: Zeitüberschreitung
check-http-unreachable = { $method } { $url }: Verbindung abgelehnt oder Ziel nicht erreichbar
check-http-error = { $method } { $url }: { $detail }
check-http-status = HTTP { $code } von { $url } (erwartet: { $expected })
check-http-body-missing = die Antwort enthält `{ $needle }` nicht
check-http-slow = langsame Antwort: { $latency } ms (Grenze { $limit } ms)
check-command-empty = leerer Befehl
check-command-cannot-run = `{ $program }` kann nicht ausgeführt werden: { $detail }
check-command-exited = `{ $program }` endete mit Status { $code }: { $output }
check-command-exited-silent = `{ $program }` endete mit Status { $code }
check-command-killed = `{ $program }` wurde durch ein Signal beendet: { $output }
check-command-killed-silent = `{ $program }` wurde durch ein Signal beendet
check-command-wait-failed = Warten auf `{ $program }` fehlgeschlagen: { $detail }
check-process-not-running = Prozess { $pid } läuft nicht
check-process-none = der überwachte Prozess läuft nicht
check-tcp-cannot-connect = keine Verbindung zu { $addr }: { $detail }
check-scrape-read-failed = Lesen von { $url }: { $detail }
check-scrape-status = HTTP { $code } von { $url }
check-scrape-failed = Abruf von { $url }: { $detail }
check-node-scrape-failed = Abruf von { $exporter } unter { $url }: { $detail }
check-metric-not-found = Metrik `{ $metric }` mit den Labels { $labels } nicht gefunden unter { $url }
check-metric-unhealthy = { $metric } = { $value } erfüllt nicht { $condition }
check-node-missing = { $url } liefert nicht: { $missing }
check-node-missing-memory = Arbeitsspeicher ({ $metrics })
check-node-missing-disk = das unter `{ $mountpoint }` eingehängte Dateisystem ({ $metrics })
check-promql-no-series = `{ $query }` lieferte keine Zeitreihe
check-promql-all-nan = `{ $query }` lieferte { $nan } für jede Zeitreihe (ein Verhältnis ohne Verkehr?)
check-promql-broken = { $series } = { $value } (fehlerfrei bei { $condition })
check-promql-pending = { $series } = { $value } (fehlerfrei bei { $condition }), ausstehend: noch nicht seit { $for }
check-promql-held = { $series } = { $value } (fehlerfrei bei { $condition }) seit { $for }
check-promql-held-labels = { $series } verletzt `{ $key }` seit { $for }
check-promql-for-failed = Prüfung von `{ $key }`: { $detail }
check-issue-starting = startet: { $issue }
check-issue-restarting = startet neu: { $issue }
check-issue-guard-stopped = der Guard wurde beendet
check-issue-component-removed = die Komponente wurde aus der Konfiguration entfernt
check-issue-list = { $issues }
check-issue-legacy = { $text }
notice-needs-operator = die Heilung von `{ $component }` braucht einen Bediener: { $reason }
notice-cannot-start = `{ $program }` kann nicht gestartet werden: { $detail }; neuer Versuch in { $delay }
process-exited-status = Prozess { $pid } endete mit Status { $code }
process-killed-signal = Prozess { $pid } wurde durch Signal { $signal } beendet
process-exited = Prozess { $pid } wurde beendet

finding-anomaly = Anomalie bei { $metric }: Wert { $value } mit Bewertung { $score }
finding-predicted = { $metric } bei { $level }, steigend um { $slope }/s, erreicht voraussichtlich { $limit } in { $eta } (Spanne { $band })
finding-band-range = { $low }–{ $high }
finding-band-min = ≥ { $low }
finding-threshold = { $rule } ({ $metric } = { $value })
finding-threshold-resolved = { $rule } gilt nicht mehr ({ $metric } = { $value })
finding-rule = { $expr }
finding-rule-held = { $expr } seit { $for }
finding-value-mb = { $value } MB
finding-value-ms = { $value } ms
finding-value = { $value }
