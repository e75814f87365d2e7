# Rarer problems in a config file (crates/engine/src/config/validate.rs), printed as
# FILE:LINE:COL: message by `validate`, `serve` and the desktop app. Keys, values, names and
# examples from the file stay as written, in backquotes.

config-x-session-longer-than-ttl = una sessione non può durare più di api_token_max_ttl ({ $max })
config-x-min-above-max = min_instances è maggiore di max_instances
config-x-file-empty = `{ $path }` è vuoto o non è un file
config-x-file-unreadable = impossibile leggere `{ $path }`: { $detail }
config-x-listen-needs-security = `{ $listen }` non è un indirizzo di loopback: con la sicurezza disattivata il server ascolta solo su loopback (chiunque lo raggiungesse agirebbe come amministratore anonimo); imposta `{ $setting }` per ascoltare sulla rete
config-x-listen-needs-tls = `{ $listen }` non è un indirizzo di loopback: ascoltare fuori da loopback richiede `{ $setting }`
config-x-listed-twice = `{ $value }` compare due volte
config-x-status-page-empty = la pagina di stato è attiva ma non elenca alcun componente: aggiungi i loro nomi sotto `components`
config-x-status-page-title = atteso un titolo da { $min } a { $max } { $max ->
        [one] carattere
       *[other] caratteri
    }
config-x-allowed-host = atteso un nome host o un indirizzo con porta facoltativa ({ $examples }), trovato `{ $value }`
config-x-port-needs-scale-command = `{ $placeholder }` nel comando richiede `{ $setting }` sul componente
config-x-port-needs-scale-check = `{ $placeholder }` nel controllo richiede `{ $setting }` sul componente
config-x-scale-bounds = atteso 1 ≤ min_instances ≤ max_instances
config-x-scale-command = attesa una lista argv non vuota con `{ $placeholder }`
config-x-http-method = atteso uno tra { $expected }
config-x-process-check-needs-block = un controllo `process` richiede un blocco `process:` sul componente
config-x-node-url = attesa l'URL delle metriche di node_exporter, come `{ $example }`, trovato `{ $value }`
config-x-node-mountpoint = atteso un punto di montaggio assoluto, come `/` o `/data`, trovato `{ $value }`
config-x-promql-url = attesa l'URL di base del server Prometheus, come `{ $example }`, trovato `{ $value }`
config-x-sample-name = atteso un nome di serie con lettere, cifre e `_`, trovato `{ $value }`
config-x-unknown-host-none = host sconosciuto `{ $name }`: dichiaralo sotto `hosts:` (name, address, user, key_file, known_hosts)
config-x-unknown-host = host sconosciuto `{ $name }`, atteso uno tra { $expected }
config-x-hosts-list = attesa una lista di host (name, address, port, user, key_file, known_hosts)
config-x-host-name = i nomi host usano lettere, cifre, `-`, `_` e `.`; trovato `{ $value }`
config-x-host-duplicate = nome host duplicato `{ $name }`
config-x-host-address = atteso un nome host o un indirizzo IP, trovato `{ $value }`
config-x-host-user = atteso un nome utente, trovato `{ $value }`
config-x-step-host = atteso il nome di un host di `hosts:`
config-x-step-run-argv = `run:` deve essere una lista non vuota di stringhe (un array argv, mai una stringa di shell)
config-x-rule-metric = atteso un nome di metrica come `{ $example }`
config-x-finite-number = atteso un numero finito
config-x-rule-number = atteso un numero, una dimensione come `200MB` o una durata come `500ms`, trovato `{ $value }`

# Auto-scaling settings of a component (crates/engine/src/config/autoscale.rs) and comparisons
# such as `healthy_if`.
config-x-autoscale-mode = modalità sconosciuta `{ $value }`, attesa una tra { $expected }
config-x-autoscale-rules-both = indica una regola in linea (`metric`, `threshold_up`, `threshold_down`, `scale_factor`) o una lista sotto `rules:`, non entrambe
config-x-autoscale-rules-empty = attesa almeno una regola, ad es. `{ $example }`
config-x-autoscale-rule-missing = attesa una regola: `metric`, `threshold_up`, `threshold_down` (e `scale_factor`), o una lista sotto `rules:`
config-x-autoscale-metric-twice = `{ $metric }` ha due regole; dai a ogni metrica una sola regola
config-x-autoscale-min-zero = attesa almeno 1 istanza
config-x-autoscale-min-max = atteso min_instances ({ $min }) ≤ max_instances ({ $max })
config-x-autoscale-above-scale-max = { $value } supera `scale.max_instances` ({ $max }), dove `scale_up` si ferma
config-x-autoscale-below-scale-min = { $value } è sotto `scale.min_instances` ({ $min }), dove `scale_down` si ferma
config-x-autoscale-not-scalable = autoscale richiede un componente che possa scalare: un `process.command` supervisionato con `{"{"}port{"}"}` e `scale: {"{"} port: N {"}"}`, oppure `scale.command` con `{"{"}replicas{"}"}`
config-x-autoscale-horizon = `horizon` vale per `mode: hybrid` (scalare in base alla previsione)
config-x-autoscale-metric-empty = attesa una metrica dei campioni del componente, ad es. `cpu_usage`, `response_time_seconds` o la metrica di un controllo Prometheus
config-x-autoscale-metric-state = `{ $metric }` è uno stato, non una misura del carico; scala su `cpu_usage`, `memory_bytes`, `response_time_seconds` o sulla metrica di un controllo
config-x-autoscale-metric-unsupervised = `{ $metric }` è misurato solo per un processo supervisionato dal Guard (`process:`)
config-x-missing-key = manca `{ $key }`
config-x-finite-number-found = atteso un numero finito, trovato { $value }
config-x-autoscale-thresholds = atteso threshold_down ({ $down }) sotto threshold_up ({ $up }), altrimenti lo scaling oscillerebbe
config-x-autoscale-factor = atteso uno scale_factor maggiore di 1 (1,5 = metà in più), trovato { $value }
config-x-comparison = attesa un confronto come `< 0.05` o `>= 1`, trovato `{ $value }`

# Notification channels (crates/engine/src/config/validate/notifications.rs): URLs are never
# echoed (they may carry a token).
config-x-unknown-language = lingua sconosciuta `{ $value }`, attesa una tra { $expected }
config-x-channel-https-token = attesa una URL https:// (http:// semplice è ammesso solo verso 127.0.0.1/localhost: la URL contiene un token)
config-x-channel-https = attesa una URL https://
config-x-channel-headers-webhook = `headers` esiste solo per un canale `webhook` generico
config-x-channel-header-name = `{ $name }` non è un nome di intestazione HTTP valido
config-x-channel-header-value = valore di intestazione HTTP non valido
config-x-smtp-security = sicurezza SMTP sconosciuta `{ $value }`, attesa una tra { $expected }
config-x-smtp-host = atteso il nome host del relay SMTP
config-x-smtp-clear-text = `security: none` invia posta e password in chiaro: ammesso solo verso un relay su 127.0.0.1/localhost; usa tls o starttls
config-x-smtp-password-user = una `password` richiede uno `username`
config-x-email = atteso un indirizzo e-mail come `{ $example }`, trovato `{ $value }`
config-x-email-recipients = atteso almeno un destinatario
config-x-channel-kind-missing = atteso un tipo di canale: { $kinds }
config-x-channel-kind-many = atteso esattamente un tipo di canale, trovati { $found }
config-x-severity = gravità sconosciuta `{ $value }`, attesa una tra { $expected }
config-x-unknown-component = componente sconosciuto `{ $name }`
config-x-unknown-event = evento sconosciuto `{ $value }`, atteso uno tra { $expected }
config-x-channel-name = atteso un nome di canale non vuoto
config-x-retry-attempts = attesi da { $min } a { $max } { $max ->
        [one] tentativo
       *[other] tentativi
    }
config-x-channel-duplicate = nome di canale duplicato `{ $name }` (già usato dal canale { $first })

# The zero-downtime front of a component (`front:`, crates/engine/src/config/front.rs).
config-x-front-listen = atteso un indirizzo come `{ $example }`, trovato `{ $value }`
config-x-front-loopback = un front ascolta solo su loopback (`127.0.0.1` o `::1`) a meno che `{ $setting }` sia true, trovato `{ $value }`
config-x-front-port-zero = attesa una porta fissa, non 0
config-x-front-port-taken = la porta { $port } del front è la porta base delle istanze (`scale.port`); scegline un'altra
config-x-front-balance = bilanciamento sconosciuto `{ $value }`, atteso uno tra { $expected }
config-x-front-weight = atteso un peso maggiore di 0, trovato { $value }
config-x-front-weights-count = { $count ->
        [one] { $count } peso
       *[other] { $count } pesi
    } per al massimo { $max ->
        [one] { $max } istanza
       *[other] { $max } istanze
    } (`scale.max_instances`)
config-x-front-needs-instances = un front ha bisogno di istanze supervisionate dal guardiano: `process.command` con `{ $placeholder }` e `{ $example }`
config-x-front-try-timeout-twice = indica il timeout per tentativo una sola volta: `retry.per_try_timeout` o `try_timeout`, non entrambi
config-x-front-failures-range = atteso un numero di errori da { $min } a { $max }, trovato { $value }
config-x-front-percent-range = attesa una percentuale da { $min } a { $max }, trovato { $value }
config-x-front-retries-range = atteso un numero di nuovi tentativi da { $min } a { $max }, trovato { $value }
config-x-front-ejection-times = `max_ejection_time` è più breve di `base_ejection_time`
config-x-front-method = atteso un metodo HTTP in maiuscolo come `PUT` o `DELETE`, trovato `{ $value }`
config-x-front-guard-address = `{ $listen }` è l'indirizzo HTTP del guardiano stesso (`{ $setting }`)
config-x-front-address-taken = il front di `{ $component }` ascolta già su `{ $listen }`

# A PromQL check's query, looked over before Prometheus sees it.
config-x-promql-empty = attesa un'espressione PromQL come `{ $example }`
config-x-promql-unterminated = stringa non chiusa che inizia al carattere { $at } della query
config-x-promql-mismatch = `{ $close }` al carattere { $at } della query non chiude `{ $open }` al carattere { $open_at }
config-x-promql-unmatched = `{ $close }` senza corrispondenza al carattere { $at } della query
config-x-promql-unclosed = `{ $open }` al carattere { $at } della query non viene mai chiuso
