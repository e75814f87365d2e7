# Rarer problems in a config file (crates/engine/src/config/validate.rs), printed as
# FILE:LINE:COL: message by `validate`, `serve` and the desktop app. Keys, values, names and
# examples from the file stay as written, in backquotes.

config-x-session-longer-than-ttl = une session ne peut pas durer plus longtemps que api_token_max_ttl ({ $max })
config-x-min-above-max = min_instances est supérieur à max_instances
config-x-file-empty = `{ $path }` est vide ou n’est pas un fichier
config-x-file-unreadable = impossible de lire `{ $path }` : { $detail }
config-x-listen-needs-security = `{ $listen }` n’est pas une adresse de bouclage : la sécurité étant désactivée, le serveur n’écoute que sur le bouclage (quiconque l’atteindrait agirait en administrateur anonyme) ; définissez `{ $setting }` pour écouter sur le réseau
config-x-listen-needs-tls = `{ $listen }` n’est pas une adresse de bouclage : écouter hors du bouclage exige `{ $setting }`
config-x-listed-twice = `{ $value }` figure deux fois
config-x-status-page-empty = la page d’état est activée mais ne liste aucun composant : ajoutez leurs noms sous `components`
config-x-status-page-title = un titre de { $min } à { $max } { $max ->
        [one] caractère
       *[other] caractères
    } est attendu
config-x-allowed-host = un nom d’hôte ou une adresse avec un port facultatif est attendu ({ $examples }), trouvé : `{ $value }`
config-x-port-needs-scale-command = `{ $placeholder }` dans la commande exige `{ $setting }` sur le composant
config-x-port-needs-scale-check = `{ $placeholder }` dans la vérification exige `{ $setting }` sur le composant
config-x-scale-bounds = 1 ≤ min_instances ≤ max_instances est attendu
config-x-scale-command = une liste argv non vide contenant `{ $placeholder }` est attendue
config-x-http-method = une valeur parmi { $expected } est attendue
config-x-process-check-needs-block = une vérification `process` exige un bloc `process:` sur le composant
config-x-node-url = l’URL des métriques de node_exporter est attendue, par exemple `{ $example }`, trouvé : `{ $value }`
config-x-node-mountpoint = un point de montage absolu est attendu, par exemple `/` ou `/data`, trouvé : `{ $value }`
config-x-promql-url = l’URL de base du serveur Prometheus est attendue, par exemple `{ $example }`, trouvé : `{ $value }`
config-x-sample-name = un nom de série composé de lettres, de chiffres et de `_` est attendu, trouvé : `{ $value }`
config-x-unknown-host-none = hôte inconnu `{ $name }` : déclarez-le sous `hosts:` (name, address, user, key_file, known_hosts)
config-x-unknown-host = hôte inconnu `{ $name }`, valeurs attendues : { $expected }
config-x-hosts-list = une liste d’hôtes est attendue (name, address, port, user, key_file, known_hosts)
config-x-host-name = les noms d’hôte se composent de lettres, de chiffres, de `-`, `_` et `.` ; trouvé : `{ $value }`
config-x-host-duplicate = nom d’hôte en double `{ $name }`
config-x-host-address = un nom d’hôte ou une adresse IP est attendu, trouvé : `{ $value }`
config-x-host-user = un nom d’utilisateur est attendu, trouvé : `{ $value }`
config-x-step-host = le nom d’un hôte de `hosts:` est attendu
config-x-step-run-argv = `run:` doit être une liste non vide de chaînes (un tableau argv, jamais une chaîne shell)
config-x-rule-metric = un nom de métrique est attendu, par exemple `{ $example }`
config-x-finite-number = un nombre fini est attendu
config-x-rule-number = un nombre, une taille comme `200MB` ou une durée comme `500ms` est attendu, trouvé : `{ $value }`

# Auto-scaling settings of a component (crates/engine/src/config/autoscale.rs) and comparisons
# such as `healthy_if`.
config-x-autoscale-mode = mode inconnu `{ $value }`, valeurs attendues : { $expected }
config-x-autoscale-rules-both = donnez une règle en ligne (`metric`, `threshold_up`, `threshold_down`, `scale_factor`) ou une liste sous `rules:`, pas les deux
config-x-autoscale-rules-empty = au moins une règle est attendue, par exemple `{ $example }`
config-x-autoscale-rule-missing = une règle est attendue : `metric`, `threshold_up`, `threshold_down` (et `scale_factor`), ou une liste sous `rules:`
config-x-autoscale-metric-twice = `{ $metric }` a deux règles ; donnez une seule règle par métrique
config-x-autoscale-min-zero = au moins 1 instance est attendue
config-x-autoscale-min-max = min_instances ({ $min }) ≤ max_instances ({ $max }) est attendu
config-x-autoscale-above-scale-max = { $value } dépasse `scale.max_instances` ({ $max }), où `scale_up` s’arrête
config-x-autoscale-below-scale-min = { $value } est inférieur à `scale.min_instances` ({ $min }), où `scale_down` s’arrête
config-x-autoscale-not-scalable = autoscale exige un composant qui peut changer d’échelle : un `process.command` supervisé avec `{"{"}port{"}"}` et `scale: {"{"} port: N {"}"}`, ou `scale.command` avec `{"{"}replicas{"}"}`
config-x-autoscale-horizon = `horizon` sert à `mode: hybrid` (mise à l’échelle selon la prévision)
config-x-autoscale-metric-empty = une métrique des mesures du composant est attendue, par exemple `cpu_usage`, `response_time_seconds` ou la métrique d’une vérification Prometheus
config-x-autoscale-metric-state = `{ $metric }` est un état, pas une mesure de charge ; utilisez `cpu_usage`, `memory_bytes`, `response_time_seconds` ou la métrique d’une vérification
config-x-autoscale-metric-unsupervised = `{ $metric }` n’est mesuré que pour un processus supervisé par le Guard (`process:`)
config-x-missing-key = `{ $key }` manquant
config-x-finite-number-found = un nombre fini est attendu, trouvé : { $value }
config-x-autoscale-thresholds = threshold_down ({ $down }) doit être inférieur à threshold_up ({ $up }), sinon la mise à l’échelle oscillerait
config-x-autoscale-factor = un scale_factor supérieur à 1 est attendu (1,5 = moitié plus), trouvé : { $value }
config-x-comparison = une comparaison comme `< 0.05` ou `>= 1` est attendue, trouvé : `{ $value }`

# Notification channels (crates/engine/src/config/validate/notifications.rs): URLs are never
# echoed (they may carry a token).
config-x-unknown-language = langue inconnue `{ $value }`, valeurs attendues : { $expected }
config-x-channel-https-token = une URL https:// est attendue (http:// simple n’est permis que vers 127.0.0.1/localhost : l’URL contient un jeton)
config-x-channel-https = une URL https:// est attendue
config-x-channel-headers-webhook = `headers` n’existe que pour un canal `webhook` générique
config-x-channel-header-name = `{ $name }` n’est pas un nom d’en-tête HTTP valide
config-x-channel-header-value = valeur d’en-tête HTTP non valide
config-x-smtp-security = sécurité SMTP inconnue `{ $value }`, valeurs attendues : { $expected }
config-x-smtp-host = le nom d’hôte du relais SMTP est attendu
config-x-smtp-clear-text = `security: none` envoie le courrier et le mot de passe en clair : permis seulement vers un relais sur 127.0.0.1/localhost ; utilisez tls ou starttls
config-x-smtp-password-user = un `password` exige un `username`
config-x-email = une adresse électronique comme `{ $example }` est attendue, trouvé : `{ $value }`
config-x-email-recipients = au moins un destinataire est attendu
config-x-channel-kind-missing = un type de canal est attendu : { $kinds }
config-x-channel-kind-many = un seul type de canal est attendu, trouvé : { $found }
config-x-severity = gravité inconnue `{ $value }`, valeurs attendues : { $expected }
config-x-unknown-component = composant inconnu `{ $name }`
config-x-unknown-event = événement inconnu `{ $value }`, valeurs attendues : { $expected }
config-x-channel-name = un nom de canal non vide est attendu
config-x-retry-attempts = entre { $min } et { $max } { $max ->
        [one] tentative
       *[other] tentatives
    } sont attendues
config-x-channel-duplicate = nom de canal en double `{ $name }` (déjà utilisé par le canal { $first })

# The zero-downtime front of a component (`front:`, crates/engine/src/config/front.rs).
config-x-front-listen = une adresse comme `{ $example }` est attendue, trouvé : `{ $value }`
config-x-front-loopback = un front n’écoute que sur le bouclage (`127.0.0.1` ou `::1`) sauf si `{ $setting }` vaut true, trouvé : `{ $value }`
config-x-front-port-zero = un port fixe est attendu, pas 0
config-x-front-port-taken = le port { $port } du front est le port de base des instances (`scale.port`) ; choisissez-en un autre
config-x-front-balance = répartition de charge inconnue `{ $value }`, une valeur parmi { $expected } est attendue
config-x-front-weight = un poids supérieur à 0 est attendu, trouvé : { $value }
config-x-front-weights-count = { $count } poids pour au plus { $max ->
        [one] { $max } instance
       *[other] { $max } instances
    } (`scale.max_instances`)
config-x-front-needs-instances = un front a besoin d’instances supervisées par le gardien : `process.command` avec `{ $placeholder }` et `{ $example }`
config-x-front-try-timeout-twice = indiquez le délai par tentative une seule fois : `retry.per_try_timeout` ou `try_timeout`, pas les deux
config-x-front-failures-range = un nombre d’échecs de { $min } à { $max } est attendu, trouvé : { $value }
config-x-front-percent-range = un pourcentage de { $min } à { $max } est attendu, trouvé : { $value }
config-x-front-retries-range = un nombre de nouvelles tentatives de { $min } à { $max } est attendu, trouvé : { $value }
config-x-front-ejection-times = `max_ejection_time` est plus court que `base_ejection_time`
config-x-front-method = une méthode HTTP en majuscules comme `PUT` ou `DELETE` est attendue, trouvé : `{ $value }`
config-x-front-guard-address = `{ $listen }` est l’adresse HTTP du gardien lui-même (`{ $setting }`)
config-x-front-address-taken = le front de `{ $component }` écoute déjà sur `{ $listen }`

# A PromQL check's query, looked over before Prometheus sees it.
config-x-promql-empty = une expression PromQL comme `{ $example }` est attendue
config-x-promql-unterminated = chaîne non terminée à partir du caractère { $at } de la requête
config-x-promql-mismatch = `{ $close }` au caractère { $at } de la requête ne ferme pas `{ $open }` du caractère { $open_at }
config-x-promql-unmatched = `{ $close }` sans correspondance au caractère { $at } de la requête
config-x-promql-unclosed = `{ $open }` au caractère { $at } de la requête n’est jamais fermé
