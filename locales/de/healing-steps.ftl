# Details der Heilungsschritte: was ein Schritt tun würde und was er getan hat. Namen in
# Backticks und argv-Listen bleiben, wie sie sind; $error, $output und $status sind die Worte
# des Systems oder eines Befehls.

heal-text = { $text }

## Neustarts durch den Supervisor

step-respawn-plan = der Supervisor startet den Kindprozess neu
step-respawn-pending = { $exit }; der Supervisor startet ihn erneut
step-respawn-started = { $exit }; erneut gestartet als PID { $pid }

## restart

step-restart-rolling-plan = rollierender Neustart von `{ $component }` hinter seinem Front auf { $listen }: jede Instanz der Reihe nach leeren, neu starten und erneut prüfen
step-restart-plan = `{ $component }` neu starten (PID { $pid } stoppen, { $command } starten)
step-restart-start-plan = `{ $component }` erneut starten ({ $command })
step-restart-unsupervised-plan = `{ $component }` kann nicht neu gestartet werden: nicht überwacht (einen `run:`-Schritt mit seinem Neustartbefehl hinzufügen)
step-restart-unsupervised = `{ $component }` wird nicht vom Guard überwacht; mit einem `run:`-Schritt neu starten
step-restart-done = neu gestartet: PID { $old } → { $new }
step-restart-started = PID { $pid } gestartet
step-restart-pending = Neustart angefordert; der Kindprozess ist noch nicht gestartet

## Hinter einem Front

step-front-missing = `{ $component }` hat kein Front
step-front-unknown-component = unbekannte Komponente `{ $component }`
step-front-instance-error = Instanz { $instance }: { $error }
step-rolling-instance = Instanz { $instance } in { $waited } ms geleert ({ $in_flight } in Bearbeitung, { $left } übrig){ $note ->
    [uncovered] { " (keine andere Instanz war gesund: Anfragen können fehlgeschlagen sein)" }
    [timed-out] { " (Leeren hat das Zeitlimit überschritten)" }
   *[none] { "" }
}, neu gestartet
step-rolling-stopped = { $done }; Instanz { $instance } innerhalb von { $within } nicht gesund: rollierender Neustart abgebrochen
step-rolling-done = { $instances ->
    [one] rollierender Neustart einer Instanz: { $done }
   *[other] rollierender Neustart von { $instances } Instanzen: { $done }
}
step-retire-uncovered = Instanz { $instance } nicht gestoppt: keine andere Instanz von `{ $component }` ist gesund, um ihre Anfragen zu übernehmen
step-retire-not-stopped = Instanz { $instance } geleert, aber nicht gestoppt: { $error }
step-retire-done = Instanz { $instance } in { $waited } ms geleert ({ $in_flight } in Bearbeitung), gestoppt
step-retire-done-timed-out = Instanz { $instance } in { $waited } ms geleert ({ $in_flight } in Bearbeitung) (Zeitlimit beim Leeren, { $left } noch in Bearbeitung), gestoppt

## scale_up und scale_down

step-command-plan = { $argv } ausführen
step-scale-replicas = { $replicas ->
        [one] { $replicas } Replikat
       *[other] { $replicas } Replikate
    }: { $detail }
step-scale-up-full-plan = `{ $component }` kann nicht hochskaliert werden: bereits { $running } von höchstens { $max ->
        [one] { $max } Instanz
       *[other] { $max } Instanzen
    }
step-scale-up-plan = Instanz { $instance } von `{ $component }` starten ({ $command } auf dem nächsten freien Port)
step-scale-up-impossible-plan = `{ $component }` kann nicht skaliert werden: kein `{"{"}port{"}"}` im Befehl und kein `scale.command`
step-scale-up-full = bereits { $running } von höchstens { $max ->
        [one] { $max } Instanz
       *[other] { $max } Instanzen
    }
step-scale-up-no-port = kein freier Port nach dem Basisport { $port }
step-scale-up-started = Instanz { $instance } auf Port { $port } gestartet
step-scale-up-max-replicas = bereits beim Maximum von { $max ->
        [one] { $max } Replikat
       *[other] { $max } Replikaten
    }
step-scale-up-impossible = `{ $component }` kann nicht skalieren: `{"{"}port{"}"}` mit `scale: {"{"} port: N {"}"}` in den Befehl aufnehmen oder `scale.command` angeben
step-scale-down-drain-plan = Instanz { $instance } von `{ $component }` über ihr Front leeren und dann stoppen
step-scale-down-plan = Instanz { $instance } von `{ $component }` stoppen
step-scale-down-nothing-plan = bei `{ $component }` gibt es nichts herunterzuskalieren
step-scale-down-min-instances = bereits beim Minimum von { $min ->
        [one] { $min } Instanz
       *[other] { $min } Instanzen
    }
step-scale-down-stopped = Instanz { $instance } gestoppt
step-scale-down-min-replicas = bereits beim Minimum von { $min ->
        [one] { $min } Replikat
       *[other] { $min } Replikaten
    }
step-scale-down-no-extra = `{ $component }` hat keine zusätzliche Instanz zum Stoppen

## migrate

step-migrate-no-service = `{ $component }` hat kein `tags.service` und damit keine Partner für eine Migration
step-migrate-peer-unhealthy = { $peer } ist nicht gesund
step-migrate-peer-region-off = { $peer } liegt in der deaktivierten Region { $region }
step-migrate-peer-same-region = `{ $peer }` liegt in derselben Region ({ $region })
step-migrate-peer-residency = `{ $peer }` liegt in { $region }: { $rule } verbietet, diese Daten ({ $category }) aus { $from } zu verlagern
step-migrate-no-peer = kein gesunder Partner des Dienstes `{ $service }` darf übernehmen ({ $refused })
step-migrate-plan = `{ $component }` nach `{ $target }` verlagern
step-migrate-impossible-plan = Migration nicht möglich: { $why }
step-migrate-done = Datenverkehr von `{ $component }` nach `{ $target }` verlagert

## notify

step-notify-plan = eine Benachrichtigung für `{ $component }` erfassen (keine Änderung)
step-notify-done = Operator über `{ $component }` benachrichtigt

## run

step-run-plan = { $argv } ausführen (Zeitlimit { $timeout })
step-run-empty = leeres argv
step-run-cannot-start = { $program } kann nicht gestartet werden: { $error }
step-run-exited-ok = { $program } mit 0 beendet
step-run-exited = { $program } beendet mit { $status }: { $output }
step-run-error = { $program }: { $error }
step-run-timeout = { $program } wurde nicht innerhalb von { $timeout } fertig; beendet

## webhook

step-webhook-plan = den Vorfall als JSON per POST an { $url } senden
step-webhook-answered-attempt = { $url } antwortete { $status } (Versuch { $attempt })
step-webhook-answered = { $url } antwortete { $status }
step-webhook-error = { $url }: { $error }
step-webhook-gave-up = { $last } (nach { $attempts ->
        [one] { $attempts } Versuch
       *[other] { $attempts } Versuchen
    })
