# Gemeinsamer Wortschatz von Pipeline Guard.

## Produkt

product-name = Pipeline Guard

## Komponentenstatus

status-healthy = Fehlerfrei
    .description = Alle Prüfungen sind erfolgreich.
status-degraded = Beeinträchtigt
    .description = Einige Prüfungen sind langsam oder schlagen zeitweise fehl.
status-failed = Ausgefallen
    .description = Prüfungen schlagen fehl; eine Heilung ist nötig.
status-unknown = Unbekannt
    .description = Noch kein Prüfergebnis.

## Pipeline-Modi

mode-healthy = Fehlerfrei
mode-degraded = Beeinträchtigt
mode-healing = Wird geheilt
mode-paused = Pausiert

pipeline-healthy = Die Pipeline ist fehlerfrei.
pipeline-degraded = Die Pipeline ist beeinträchtigt.
pipeline-healing = Die Pipeline wird geheilt.
pipeline-paused = Die Pipeline ist pausiert.

## Schweregrade

severity-critical = Kritisch
severity-high = Hoch
severity-medium = Mittel
severity-low = Niedrig
severity-warning = Warnung
severity-info = Hinweis

## Regionen

region-us-east = USA Ost
region-us-west = USA West
region-eu-west = Westeuropa
region-eu-central = Mitteleuropa
region-asia-pacific = Asien-Pazifik
region-sa-east = Südamerika Ost

## Einheiten

unit-duration-days = { $value } T
unit-duration-hours = { $value } Std.
unit-duration-minutes = { $value } Min.
unit-duration-seconds = { $value } Sek.
unit-duration-milliseconds = { $value } ms
unit-duration-separator = { " " }
unit-size-kilobytes = { $value } KB
unit-size-megabytes = { $value } MB
unit-size-gigabytes = { $value } GB
unit-requests-per-second = { $value } Anfr./s
unit-components =
    { $count ->
        [one] { $count } Komponente
       *[other] { $count } Komponenten
    }
unit-incidents =
    { $count ->
        [one] { $count } Vorfall
       *[other] { $count } Vorfälle
    }

## Zeiträume

time-range-last-15-minutes = Letzte 15 Minuten
time-range-last-hour = Letzte Stunde
time-range-last-6-hours = Letzte 6 Stunden
time-range-last-24-hours = Letzte 24 Stunden
time-range-last-7-days = Letzte 7 Tage
time-range-last-30-days = Letzte 30 Tage
time-range-custom = Benutzerdefinierter Zeitraum

## Schaltflächen

button-save = Speichern
button-cancel = Abbrechen
button-close = Schließen
button-apply = Übernehmen
button-refresh = Aktualisieren
button-retry = Erneut versuchen
button-delete = Löschen
button-edit = Bearbeiten
button-confirm = Bestätigen
button-back = Zurück
button-next = Weiter
button-export = Exportieren
button-heal-now = Jetzt heilen
button-dry-run = Probelauf

## Allgemeine Wörter

generic-yes = Ja
generic-no = Nein
generic-loading = Wird geladen…
generic-none = Keine
generic-language = Sprache
