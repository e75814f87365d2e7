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
