# Lesbare Ausgabe der Befehlszeile pipeline-guard.

## validate

cli-validate-ok =
    { $file } ist gültig: { $components ->
        [one] { $components } Komponente
       *[other] { $components } Komponenten
    } in { $regions ->
        [one] { $regions } Region
       *[other] { $regions } Regionen
    }.
cli-validate-failed =
    { $file } ist ungültig: { $count ->
        [one] { $count } Problem
       *[other] { $count } Probleme
    } gefunden.

## Konfigurationsfehler

cli-config-syntax = ungültiges YAML: { $detail }
cli-config-unknown-key = unbekannter Schlüssel „{ $key }“
cli-config-missing-key = erforderlicher Schlüssel „{ $key }“ fehlt
cli-config-invalid-value = ungültiger Wert für „{ $key }“: { $detail }
cli-config-invalid-duration = ungültige Dauer „{ $value }“ (Beispiele: 250ms, 1s, 5m, 24h, 7d)
cli-config-invalid-size = ungültige Größe „{ $value }“ (Beispiele: 512KB, 100MB, 2GB)
cli-config-unknown-region = unbekannte Region „{ $value }“ (erlaubt: { $expected })
cli-config-unknown-check = unbekannte Prüfart „{ $value }“ (erlaubt: { $expected })
cli-config-unknown-strategy = unbekannte Wiederherstellungsstrategie „{ $value }“ (erlaubt: { $expected })
cli-config-duplicate-component = Komponente „{ $name }“ ist mehrfach definiert
cli-config-out-of-range = „{ $key }“ muss zwischen { $min } und { $max } liegen
cli-config-env-override = ungültiger Wert in der Umgebungsvariable { $var }: { $detail }

## serve und demo

cli-serve-starting = Pipeline Guard wird mit { $components ->
        [one] { $components } Komponente
       *[other] { $components } Komponenten
    } gestartet…
cli-serve-listening = Bereitgestellt unter { $url }
cli-serve-stopping = Wird beendet: Verlauf wird gespeichert…
cli-serve-stopped = Sauber beendet.
cli-demo-starting = Demo-Labor wird gestartet: { $services ->
        [one] { $services } lokaler Dienst
       *[other] { $services } lokale Dienste
    } mit geplanten Störungen…
cli-demo-open-browser = Öffnen Sie { $url } im Browser, um die Demo zu verfolgen.
cli-demo-open-desktop = Desktop-App wird geöffnet…
cli-demo-fault = Geplante Störung: { $fault } bei { $component }
cli-healing-action = { $component } wird geheilt: { $strategy }
cli-healing-dry-run = Probelauf: { $component } würde mit { $strategy } geheilt

## detect

cli-detect-summary =
    { $rows ->
        [one] { $rows } Zeile
       *[other] { $rows } Zeilen
    } aus { $input } bewertet: { $anomalies ->
        [0] keine Anomalien
        [one] { $anomalies } Anomalie
       *[other] { $anomalies } Anomalien
    } über { $threshold }.
cli-detect-written = Bewertungen in { $output } geschrieben.

## report, verify, audit

cli-report-written = Bericht in { $file } geschrieben.
cli-audit-ok =
    Audit-Protokoll intakt: { $rows ->
        [one] { $rows } Zeile
       *[other] { $rows } Zeilen
    } geprüft.
cli-audit-broken = Audit-Protokoll in Zeile { $row } beschädigt: { $reason }

## Benutzer und Tokens

cli-user-password-prompt = Passwort für { $name }:
cli-user-added = Benutzer { $name } mit der Rolle { $role } angelegt.
cli-token-issued = Token für { $user }, gültig für { $ttl }:

## Fehler

cli-error-prefix = Fehler
cli-error-file-not-found = { $file } kann nicht gelesen werden: Datei nicht gefunden
cli-error-io = { $file } kann nicht gelesen werden: { $detail }
cli-error-database = Datenbankfehler: { $detail }
cli-error-invalid-date = ungültiges Datum „{ $value }“ (erwartet: JJJJ-MM-TT oder RFC 3339)
cli-error-unknown-standard = unbekannter Compliance-Standard „{ $value }“ (erlaubt: { $expected })
cli-error-unknown-format = unbekanntes Ausgabeformat „{ $value }“ (erlaubt: { $expected })
cli-error-unknown-language = unbekannte Sprache „{ $value }“ (verfügbar: { $expected })
cli-error-address-in-use = Adresse { $addr } wird bereits verwendet
cli-error-permission-denied = Zugriff verweigert: { $detail }
cli-error-internal = interner Fehler: { $detail }
cli-hint-help = „pipeline-guard --help“ zeigt die Verwendung.
