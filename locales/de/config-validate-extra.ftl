# Rarer problems in a config file (crates/engine/src/config/validate.rs), printed as
# FILE:LINE:COL: message by `validate`, `serve` and the desktop app. Keys, values, names and
# examples from the file stay as written, in backquotes.

config-x-session-longer-than-ttl = eine Sitzung darf nicht länger dauern als api_token_max_ttl ({ $max })
config-x-min-above-max = min_instances ist größer als max_instances
config-x-file-empty = `{ $path }` ist leer oder keine Datei
config-x-file-unreadable = `{ $path }` kann nicht gelesen werden: { $detail }
config-x-listen-needs-security = `{ $listen }` ist keine Loopback-Adresse: Bei deaktivierter Sicherheit bindet der Server nur an Loopback (wer ihn erreicht, handelte als anonymer Administrator); setzen Sie `{ $setting }`, um im Netzwerk zu lauschen
config-x-listen-needs-tls = `{ $listen }` ist keine Loopback-Adresse: Lauschen außerhalb von Loopback erfordert `{ $setting }`
config-x-listed-twice = `{ $value }` ist doppelt aufgeführt
config-x-status-page-empty = die Statusseite ist aktiviert, nennt aber keine Komponenten: tragen Sie ihre Namen unter `components` ein
config-x-status-page-title = erwartet wird ein Titel mit { $min } bis { $max } { $max ->
        [one] Zeichen
       *[other] Zeichen
    }
config-x-allowed-host = erwartet wird ein Hostname oder eine Adresse mit optionalem Port ({ $examples }), gefunden: `{ $value }`
config-x-port-needs-scale-command = `{ $placeholder }` im Befehl erfordert `{ $setting }` an der Komponente
config-x-port-needs-scale-check = `{ $placeholder }` in der Prüfung erfordert `{ $setting }` an der Komponente
config-x-scale-bounds = erwartet wird 1 ≤ min_instances ≤ max_instances
config-x-scale-command = erwartet wird eine nicht leere argv-Liste mit `{ $placeholder }`
config-x-http-method = erwartet wird eines von { $expected }
config-x-process-check-needs-block = eine `process`-Prüfung erfordert einen `process:`-Block an der Komponente
config-x-node-url = erwartet wird die Metrik-URL von node_exporter wie `{ $example }`, gefunden: `{ $value }`
config-x-node-mountpoint = erwartet wird ein absoluter Einhängepunkt wie `/` oder `/data`, gefunden: `{ $value }`
config-x-promql-url = erwartet wird die Basis-URL des Prometheus-Servers wie `{ $example }`, gefunden: `{ $value }`
config-x-sample-name = erwartet wird ein Messreihenname aus Buchstaben, Ziffern und `_`, gefunden: `{ $value }`
config-x-unknown-host-none = unbekannter Host `{ $name }`: deklarieren Sie ihn unter `hosts:` (name, address, user, key_file, known_hosts)
config-x-unknown-host = unbekannter Host `{ $name }`, erwartet wird einer von { $expected }
config-x-hosts-list = erwartet wird eine Liste von Hosts (name, address, port, user, key_file, known_hosts)
config-x-host-name = Hostnamen bestehen aus Buchstaben, Ziffern, `-`, `_` und `.`, gefunden: `{ $value }`
config-x-host-duplicate = doppelter Hostname `{ $name }`
config-x-host-address = erwartet wird ein Hostname oder eine IP-Adresse, gefunden: `{ $value }`
config-x-host-user = erwartet wird ein Benutzername, gefunden: `{ $value }`
config-x-step-host = erwartet wird der Name eines Hosts aus `hosts:`
config-x-step-run-argv = erwartet wird für `run:` eine nicht leere Liste von Zeichenketten (ein argv-Array, nie eine Shell-Zeichenkette)
config-x-rule-metric = erwartet wird ein Metrikname wie `{ $example }`
config-x-finite-number = erwartet wird eine endliche Zahl
config-x-rule-number = erwartet wird eine Zahl, eine Größe wie `200MB` oder eine Dauer wie `500ms`, gefunden: `{ $value }`

# Auto-scaling settings of a component (crates/engine/src/config/autoscale.rs) and comparisons
# such as `healthy_if`.
config-x-autoscale-mode = unbekannter Modus `{ $value }`, erwartet wird einer von { $expected }
config-x-autoscale-rules-both = geben Sie eine Regel direkt an (`metric`, `threshold_up`, `threshold_down`, `scale_factor`) oder eine Liste unter `rules:`, nicht beides
config-x-autoscale-rules-empty = erwartet wird mindestens eine Regel, z. B. `{ $example }`
config-x-autoscale-rule-missing = erwartet wird eine Regel: `metric`, `threshold_up`, `threshold_down` (und `scale_factor`) oder eine Liste unter `rules:`
config-x-autoscale-metric-twice = `{ $metric }` hat zwei Regeln; geben Sie jeder Metrik eine Regel
config-x-autoscale-min-zero = erwartet wird mindestens 1 Instanz
config-x-autoscale-min-max = erwartet wird min_instances ({ $min }) ≤ max_instances ({ $max })
config-x-autoscale-above-scale-max = { $value } liegt über `scale.max_instances` ({ $max }), wo `scale_up` endet
config-x-autoscale-below-scale-min = { $value } liegt unter `scale.min_instances` ({ $min }), wo `scale_down` endet
config-x-autoscale-not-scalable = autoscale erfordert eine skalierbare Komponente: ein überwachtes `process.command` mit `{"{"}port{"}"}` und `scale: {"{"} port: N {"}"}` oder `scale.command` mit `{"{"}replicas{"}"}`
config-x-autoscale-horizon = `horizon` gilt für `mode: hybrid` (Skalieren nach der Prognose)
config-x-autoscale-metric-empty = erwartet wird eine Metrik aus den Messwerten der Komponente, z. B. `cpu_usage`, `response_time_seconds` oder die Metrik einer Prometheus-Prüfung
config-x-autoscale-metric-state = `{ $metric }` ist ein Zustand, kein Lastmaß; skalieren Sie nach `cpu_usage`, `memory_bytes`, `response_time_seconds` oder der Metrik einer Prüfung
config-x-autoscale-metric-unsupervised = `{ $metric }` wird nur für einen Prozess gemessen, den der Guard beaufsichtigt (`process:`)
config-x-missing-key = `{ $key }` fehlt
config-x-finite-number-found = erwartet wird eine endliche Zahl, gefunden: { $value }
config-x-autoscale-thresholds = erwartet wird threshold_down ({ $down }) unter threshold_up ({ $up }), sonst würde die Skalierung pendeln
config-x-autoscale-factor = erwartet wird ein scale_factor größer als 1 (1,5 = die Hälfte mehr), gefunden: { $value }
config-x-comparison = erwartet wird ein Vergleich wie `< 0.05` oder `>= 1`, gefunden: `{ $value }`

# Notification channels (crates/engine/src/config/validate/notifications.rs): URLs are never
# echoed (they may carry a token).
config-x-unknown-language = unbekannte Sprache `{ $value }`, erwartet wird eine von { $expected }
config-x-channel-https-token = erwartet wird eine https://-URL (einfaches http:// ist nur zu 127.0.0.1/localhost erlaubt: die URL enthält ein Token)
config-x-channel-https = erwartet wird eine https://-URL
config-x-channel-headers-webhook = `headers` gibt es nur für einen allgemeinen `webhook`-Kanal
config-x-channel-header-name = `{ $name }` ist kein gültiger HTTP-Header-Name
config-x-channel-header-value = kein gültiger HTTP-Header-Wert
config-x-smtp-security = unbekannte SMTP-Sicherheit `{ $value }`, erwartet wird eine von { $expected }
config-x-smtp-host = erwartet wird der Hostname des SMTP-Relays
config-x-smtp-clear-text = `security: none` sendet E-Mail und Passwort im Klartext: nur zu einem Relay auf 127.0.0.1/localhost erlaubt; verwenden Sie tls oder starttls
config-x-smtp-password-user = ein `password` erfordert einen `username`
config-x-email = erwartet wird eine E-Mail-Adresse wie `{ $example }`, gefunden: `{ $value }`
config-x-email-recipients = erwartet wird mindestens ein Empfänger
config-x-channel-kind-missing = erwartet wird eine Kanalart: { $kinds }
config-x-channel-kind-many = erwartet wird genau eine Kanalart, gefunden: { $found }
config-x-severity = unbekannter Schweregrad `{ $value }`, erwartet wird einer von { $expected }
config-x-unknown-component = unbekannte Komponente `{ $name }`
config-x-unknown-event = unbekanntes Ereignis `{ $value }`, erwartet wird eines von { $expected }
config-x-channel-name = erwartet wird ein nicht leerer Kanalname
config-x-retry-attempts = erwartet werden { $min } bis { $max } { $max ->
        [one] Versuch
       *[other] Versuche
    }
config-x-channel-duplicate = doppelter Kanalname `{ $name }` (zuerst von Kanal { $first } verwendet)

# The zero-downtime front of a component (`front:`, crates/engine/src/config/front.rs).
config-x-front-listen = erwartet wird eine Adresse wie `{ $example }`, gefunden: `{ $value }`
config-x-front-loopback = ein Front lauscht nur auf Loopback (`127.0.0.1` oder `::1`), außer wenn `{ $setting }` true ist, gefunden: `{ $value }`
config-x-front-port-zero = erwartet wird ein fester Port, nicht 0
config-x-front-port-taken = der Port { $port } des Fronts ist der Basisport der Instanzen (`scale.port`); wählen Sie einen anderen
config-x-front-balance = unbekannte Lastverteilung `{ $value }`, erwartet wird eines von { $expected }
config-x-front-weight = erwartet wird ein Gewicht größer als 0, gefunden: { $value }
config-x-front-weights-count = { $count ->
        [one] { $count } Gewicht
       *[other] { $count } Gewichte
    } für höchstens { $max ->
        [one] { $max } Instanz
       *[other] { $max } Instanzen
    } (`scale.max_instances`)
config-x-front-needs-instances = ein Front braucht Instanzen, die der Wächter überwacht: `process.command` mit `{ $placeholder }` und `{ $example }`
config-x-front-try-timeout-twice = geben Sie das Zeitlimit pro Versuch nur einmal an: `retry.per_try_timeout` oder `try_timeout`, nicht beides
config-x-front-failures-range = erwartet wird eine Anzahl Fehlschläge von { $min } bis { $max }, gefunden: { $value }
config-x-front-percent-range = erwartet wird ein Prozentsatz von { $min } bis { $max }, gefunden: { $value }
config-x-front-retries-range = erwartet wird eine Anzahl Wiederholungen von { $min } bis { $max }, gefunden: { $value }
config-x-front-ejection-times = `max_ejection_time` ist kürzer als `base_ejection_time`
config-x-front-method = erwartet wird eine HTTP-Methode in Großbuchstaben wie `PUT` oder `DELETE`, gefunden: `{ $value }`
config-x-front-guard-address = `{ $listen }` ist die eigene HTTP-Adresse des Wächters (`{ $setting }`)
config-x-front-address-taken = der Front von `{ $component }` lauscht bereits auf `{ $listen }`

# A PromQL check's query, looked over before Prometheus sees it.
config-x-promql-empty = erwartet wird ein PromQL-Ausdruck wie `{ $example }`
config-x-promql-unterminated = nicht abgeschlossene Zeichenkette ab Zeichen { $at } der Abfrage
config-x-promql-mismatch = `{ $close }` bei Zeichen { $at } der Abfrage schließt nicht `{ $open }` bei Zeichen { $open_at }
config-x-promql-unmatched = `{ $close }` ohne Gegenstück bei Zeichen { $at } der Abfrage
config-x-promql-unclosed = `{ $open }` bei Zeichen { $at } der Abfrage wird nie geschlossen
