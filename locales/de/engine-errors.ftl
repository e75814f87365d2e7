# Errors of the engine's operations, said by the HTTP API (`{code, message, msg}`, said by the
# `localize` layer of crates/cli/src/routes/errors.rs) and by the desktop app's window (`sayMsg`).
# Names, values and parameters stay as the caller sent them, in backquotes; what a parser or
# the OS said stays `detail`.
api-error-internal = interner Fehler; siehe Protokoll
# Several problems of one request, each said on its own (joined with `; `).
api-error-problems = { $problems }
# A problem with one field of a request: the field's name, then the problem.
api-error-field = `{ $field }`: { $problem }
api-error-unknown-value = unbekannter Wert `{ $value }`, erwartet wird einer von { $expected }
api-error-empty-name = `{ $param }`: ein leerer Komponentenname (erwartet wird `{ $example }`)
api-error-unix-time = `{ $param }` ({ $value }) muss eine Unix-Zeit in Sekunden zwischen 0 und { $max } sein
api-error-step-min = `{ $param }` ({ $value }) muss mindestens eine Sekunde betragen
api-error-to-before-from = `to` ({ $to }) muss nach `from` ({ $from }) liegen
api-error-to-not-before-from = `to` ({ $to }) darf nicht vor `from` ({ $from }) liegen
api-error-too-many-buckets = zu viele Intervalle (mehr als { $max }): erhöhen Sie `{ $param }`
api-error-param-range = `{ $param }` ({ $value }) muss zwischen { $min } und { $max } liegen
api-error-param-negative = `{ $param }` ({ $value }) darf nicht negativ sein
api-error-already-acknowledged = Vorfall { $id } wurde bereits von `{ $by }` bestätigt
api-error-not-assignable = `{ $name }` ist kein Konto, dem Vorfälle zugewiesen werden können; erwartet wird eines von { $expected }
api-error-note-empty = eine Notiz braucht etwas Text
api-error-note-too-long = eine Notiz darf höchstens { $max ->
        [one] { $max } Zeichen
       *[other] { $max } Zeichen
    } haben; diese hat { $count }
api-error-no-step = `{ $name }` hat keinen Schritt `{ $step }` in seiner Wiederherstellungsleiter
api-error-maintenance-order = ein Wartungsfenster muss nach seinem Beginn enden
api-error-no-autoscale = `{ $name }` hat keinen Block `autoscale:` in der Konfiguration
api-error-not-promql = `{ $name }` hat eine Prüfung vom Typ `{ $kind }`, nicht `promql`
api-error-promql-range = erwartet wird `from` < `to` und ein `step` größer als null
api-error-too-many-points = { $count ->
        [one] { $count } Punkt
       *[other] { $count } Punkte
    } pro Reihe sind mehr als { $max }: wählen Sie einen größeren `step`
api-error-file = { $file }: { $detail }
api-error-cooldown-range = erwartet werden 0 bis { $max } ms (ein Tag), gefunden: { $value } ms
api-error-rules-empty = erwartet wird mindestens eine Regel
api-error-rule-metric = `{ $metric }` ist keine Metrik der Konfiguration dieser automatischen Skalierung; erwartet wird eine von { $expected }
api-error-not-negative = erwartet wird 0 oder mehr, gefunden: { $value }
api-error-ladder-empty = eine Wiederherstellungsleiter braucht mindestens einen Schritt
api-error-ladder-no-step = `{ $name }` hat keinen Schritt `{ $step }` in seiner konfigurierten Leiter (die API nennt Schritte; sie nimmt nie ein argv oder eine URL an)
api-error-unknown-step = unbekannter Wiederherstellungsschritt `{ $value }`, erwartet wird einer von { $expected }
api-error-unknown-standard = unbekannter Standard `{ $value }`, erwartet werden einige von { $expected }
api-error-no-standard = erwartet wird mindestens ein Standard
api-error-last-region = die Region `{ $region }` kann nicht deaktiviert werden: sie ist die letzte aktive Region
api-error-stored-change = die gespeicherte Änderung kann nicht gelesen werden: { $detail }

# Building a compliance report (crates/report).
report-error-empty-period = der Zeitraum ist leer: `{ $to_name }` ({ $to }) muss nach `{ $from_name }` ({ $from }) liegen
report-error-no-database = { $file }: diese Datenbank gibt es nicht
report-error-internal = der Bericht kann nicht erstellt werden; siehe Protokoll

# The desktop app's own errors (src-tauri): commands, the welcome screen, saved reports.
app-error-no-account = kein Pipeline-Guard-Konto heißt wie Ihr Betriebssystembenutzer `{ $user }`; ein Administrator kann es mit `{ $command }` anlegen
app-error-undeclared-command = der Befehl `{ $command }` deklariert keine Berechtigung (fügen Sie seine Zeile zu `{ $table }` hinzu)
app-error-not-public-command = der Befehl `{ $command }` ist kein öffentlicher Befehl von `{ $table }`
app-error-engine-running = die Engine läuft bereits: starten Sie die App neu, um eine andere Konfiguration zu wählen
app-error-internal = interner Fehler: { $detail }
app-error-no-downloads = kein Download-Ordner: setzen Sie `{ $var }` oder `{ $home }` (oder `{ $xdg }` in `{ $file }`)
app-error-save-report = der Bericht kann nicht in { $dir } gespeichert werden: { $detail }
# An answer of the app's command layer that is not one of the app's errors (what it said).
app-error-invoke = die App konnte diesen Befehl nicht ausführen: { $detail }
