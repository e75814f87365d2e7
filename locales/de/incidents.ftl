# Zeitleisten, Gründe und Abschlüsse von Vorfällen.

## Warum ein Vorfall eröffnet wurde

incident-reason-exit-status = Prozess { $pid } wurde nach { $uptime } mit Status { $code } beendet
incident-reason-exit-signal = Prozess { $pid } wurde nach { $uptime } durch Signal { $signal } beendet
incident-reason-exit = Prozess { $pid } wurde nach { $uptime } beendet
incident-reason-check = Die Prüfung ist fehlgeschlagen: { $issues }
incident-reason-check-plain = Die Prüfung ist fehlgeschlagen
incident-reason-memory = Der residente Speicher von { $used } MB liegt über dem Limit von { $limit } MB
incident-reason-alert = Alarm `{ $alert }`: { $summary }
incident-reason-alert-plain = Alarm `{ $alert }`
incident-reason-finding = Erkennung: { $finding }
incident-reason-root-down = `{ $root }` ist ausgefallen
incident-reason-still-down = Weiterhin ausgefallen, nachdem sich die Ursache `{ $root }` erholt hat

## Einträge der Zeitleiste

incident-respawn-failed = { $exit }; der Supervisor startet ihn in { $delay } neu
incident-respawn-up = Der vom Supervisor neu gestartete Prozess läuft und antwortet
incident-respawn-not-up = Nicht innerhalb von { $within } verfügbar
incident-restart-skipped = Übersprungen: Der Supervisor startet diesen ständig abstürzenden Kindprozess bereits mit Wartezeiten neu
incident-waiting = Warten vor Schritt { $step } ({ $strategy }): { $refusal }
incident-step-verified = { $detail }; geprüft
incident-step-not-healthy = { $detail }; innerhalb von { $within } nicht gesund
incident-step-result = { $detail }
incident-dependent-up = `{ $component }` ist wieder verfügbar
incident-dependent-folded = `{ $component }` ist wegen der Ursache dieses Vorfalls ausgefallen; sein Alarm wird hier zusammengeführt
incident-merged-duplicate = Doppelte Erkennung
incident-merged-into = Zusammengeführt in Vorfall { $incident }: Ursache `{ $root }`
incident-alert-firing = Alarm `{ $alert }` ausgelöst: { $summary }
incident-alert-firing-plain = Alarm `{ $alert }` ausgelöst
incident-alert-resolved = Alarm `{ $alert }` aufgehoben
incident-alert-resolved-late = Alarm `{ $alert }` aufgehoben; der Vorfall war bereits geschlossen
incident-escalated-breaker = { $failures ->
    [one] Eine fehlgeschlagene Heilung
   *[other] { $failures } fehlgeschlagene Heilungen
} innerhalb von { $window }: Schutzschalter offen; keine weiteren Versuche, bis er halb öffnet
incident-escalated-ladder = Die Wiederherstellungsleiter ({ $steps ->
    [one] ein Schritt
   *[other] { $steps } Schritte
}) ist ausgeschöpft und `{ $component }` ist weiterhin ausgefallen
incident-still-escalated = Weiterhin eskaliert: { $reason }

## Wie ein Vorfall geschlossen wurde

incident-closed-check = Von einer Prüfung als gesund bestätigt
incident-closed-manual = Nach einer manuellen Aktion als gesund bestätigt
incident-closed-respawn = Nach dem Neustart durch den Supervisor als gesund bestätigt
incident-closed-alone = Von selbst erholt; keine Aktion ausgeführt
incident-closed-step = Nach { $step ->
        [restart] einem Neustart
        [scale_up] dem Hochskalieren
        [scale_down] dem Herunterskalieren
        [migrate] dem Migrieren
        [run] dem Befehlsschritt
        [webhook] dem Webhook-Aufruf
        [notify] der Benachrichtigung
       *[other] `{ $step }`
    } als gesund bestätigt
incident-closed-verified = Als gesund bestätigt

## Zusammenfassungen von Vorfällen in Compliance-Berichten

incident-summary-root-cause = { $reason } (Ursache: { $root })
incident-summary-affected = { $summary }; ebenfalls betroffen: { $components }

## Arten von Zeitleisteneinträgen (Seite „Vorfälle“)

incident-kind-detected = Erkannt
incident-kind-action = Aktion
incident-kind-verified = Bestätigt
incident-kind-escalated = Eskaliert
incident-kind-folded = Zusammengeführt
incident-kind-note = Notiz
incident-kind-closed = Geschlossen
