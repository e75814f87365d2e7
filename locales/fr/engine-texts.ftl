# What the engine's checks found and how supervised processes ended (crates/engine/src/check,
# guard.rs): component issues and the incident reasons built from them. URLs, commands,
# queries and what the peer or the OS said stay as they are, as arguments.

check-timed-out = la vérification { $kind } a expiré après { $after }
check-panicked = la vérification a planté : { $detail }
check-http-timed-out = { $method } { $url } : délai dépassé
check-http-unreachable = { $method } { $url } : connexion refusée ou hôte injoignable
check-http-error = { $method } { $url } : { $detail }
check-http-status = HTTP { $code } de { $url } (attendu : { $expected })
check-http-body-missing = le corps de la réponse ne contient pas `{ $needle }`
check-http-slow = réponse lente : { $latency } ms (limite { $limit } ms)
check-command-empty = commande vide
check-command-cannot-run = impossible d’exécuter `{ $program }` : { $detail }
check-command-exited = `{ $program }` s’est terminé avec le code { $code } : { $output }
check-command-exited-silent = `{ $program }` s’est terminé avec le code { $code }
check-command-killed = `{ $program }` a été tué par un signal : { $output }
check-command-killed-silent = `{ $program }` a été tué par un signal
check-command-wait-failed = l’attente de `{ $program }` a échoué : { $detail }
check-process-not-running = le processus { $pid } ne tourne pas
check-process-none = le processus supervisé ne tourne pas
check-tcp-cannot-connect = impossible de se connecter à { $addr } : { $detail }
check-scrape-read-failed = lecture de { $url } : { $detail }
check-scrape-status = HTTP { $code } de { $url }
check-scrape-failed = collecte de { $url } : { $detail }
check-node-scrape-failed = collecte de { $exporter } à { $url } : { $detail }
check-metric-not-found = métrique `{ $metric }` avec les étiquettes { $labels } introuvable à { $url }
check-metric-unhealthy = { $metric } = { $value } ne respecte pas { $condition }
check-node-missing = { $url } n’exporte pas : { $missing }
check-node-missing-memory = la mémoire ({ $metrics })
check-node-missing-disk = le système de fichiers monté sur `{ $mountpoint }` ({ $metrics })
check-promql-no-series = `{ $query }` n’a renvoyé aucune série
check-promql-all-nan = `{ $query }` a donné { $nan } pour chaque série (un ratio sans trafic ?)
check-promql-broken = { $series } = { $value } (sain si { $condition })
check-promql-pending = { $series } = { $value } (sain si { $condition }), en attente : pas encore depuis { $for }
check-promql-held = { $series } = { $value } (sain si { $condition }) depuis { $for }
check-promql-held-labels = { $series } enfreint `{ $key }` depuis { $for }
check-promql-for-failed = vérification de `{ $key }` : { $detail }
check-issue-starting = démarrage : { $issue }
check-issue-restarting = redémarrage : { $issue }
check-issue-guard-stopped = le Guard s’est arrêté
check-issue-component-removed = le composant a été retiré de la configuration
check-issue-list = { $issues }
check-issue-legacy = { $text }
notice-needs-operator = la réparation de `{ $component }` a besoin d’un opérateur : { $reason }
notice-cannot-start = impossible de démarrer `{ $program }` : { $detail } ; nouvel essai dans { $delay }
process-exited-status = le processus { $pid } s’est terminé avec le code { $code }
process-killed-signal = le processus { $pid } a été tué par le signal { $signal }
process-exited = le processus { $pid } s’est terminé

finding-anomaly = anomalie sur { $metric } : valeur { $value }, score { $score }
finding-predicted = { $metric } à { $level }, en hausse de { $slope }/s, devrait atteindre { $limit } dans { $eta } (fourchette { $band })
finding-band-range = { $low }–{ $high }
finding-band-min = ≥ { $low }
finding-threshold = { $rule } ({ $metric } = { $value })
finding-threshold-resolved = { $rule } n’est plus vrai ({ $metric } = { $value })
finding-rule = { $expr }
finding-rule-held = { $expr } pendant { $for }
finding-value-mb = { $value } Mo
finding-value-ms = { $value } ms
finding-value = { $value }
