# More human-readable output of the pipeline-guard command line (crates/cli): accounts, tokens,
# reports, the demo, detect, TLS and the server's own lines. Commands, options, paths and
# what the OS said stay as they are, as arguments.

cli-error-password-stdin = das Passwort kann nicht von der Standardeingabe gelesen werden: { $detail }
cli-error-no-password = kein Passwort auf der Standardeingabe (per Pipe übergeben: { $example })
cli-error-erase-confirm = das Löschen von „{ $name }“ kann nicht rückgängig gemacht werden: zum Bestätigen { $flag } angeben
cli-user-list-disabled = deaktiviert
cli-role-added = Rolle { $name }: { $permissions }
cli-error-bad-ttl = { $option }: ungültige Dauer „{ $value }“ (Beispiele: 30m, 1h, 7d)
cli-token-issued-detail = Token { $jti } für { $user }, Berechtigungen { $permissions }, gültig bis { $until } UTC.
cli-token-revoked = Token { $jti } widerrufen.
cli-error-no-database = { $db }: keine solche Datenbank
cli-error-no-signing-key = der Guard hat keinen Signaturschlüssel
cli-error-no-checkpoints = das Audit-Protokoll hat keine Checkpoints
cli-error-cannot-write = { $file } kann nicht geschrieben werden: { $detail }
cli-error-cannot-create = { $file } kann nicht angelegt werden: { $detail }
cli-error-cannot-start = { $program } kann nicht gestartet werden: { $detail }
cli-error-cannot-listen = auf { $addr } kann nicht gelauscht werden: { $detail }
cli-error-at-least-one = { $option }: mindestens 1 erwartet
cli-error-bad-public-key = { $option }: kein öffentlicher Ed25519-Schlüssel (erwartet: „ed25519:“ und 64 Hexadezimalziffern, wie „{ $export }“ sie ausgibt)
cli-error-export-unaudited = der Bericht wurde geschrieben, sein Export konnte aber nicht im Audit-Protokoll erfasst werden: { $detail }
cli-report-written-signed = { $file }: { $bytes ->
        [one] { $bytes } Byte
       *[other] { $bytes } Bytes
    }, SHA-256 { $digest }, signiert von { $key }
cli-demo-labsvc-missing = das Programm der Labordienste wurde unter { $path } nicht gefunden (bauen mit „{ $command }“)
cli-demo-config-invalid = die eingebettete Demo-Konfiguration ist ungültig:
cli-demo-port-busy = Port { $port } ist belegt; andere Ports mit { $option } wählen
cli-demo-no-window = Die Desktop-App konnte kein Fenster öffnen ({ $reason }); stattdessen wird die Weboberfläche bereitgestellt.
cli-demo-app-exited = die Desktop-App wurde mit { $status } beendet
cli-demo-no-app = Die Desktop-App ist nicht gebaut ({ $command }); stattdessen wird die Weboberfläche bereitgestellt.
cli-detect-empty = { $file }:{ $line }: erwartet wurde die Kopfzeile „{ $header }“, gefunden: Dateiende
cli-detect-bad-header = { $file }:{ $line }: erwartet wurde die Kopfzeile „{ $header }“, gefunden: { $found }
cli-detect-field-count = { $file }:{ $line }: erwartet wurden 2 Felder „{ $header }“, gefunden: { $found }
cli-detect-bad-timestamp = { $file }:{ $line }: erwartet wurde ein Zeitstempel „{ $format }“ oder RFC 3339, gefunden: { $found }
cli-detect-bad-value = { $file }:{ $line }: erwartet wurde eine endliche Zahl als Wert, gefunden: { $found }
cli-tls-cert-unreadable = das TLS-Zertifikat { $file } kann nicht gelesen werden: { $detail }
cli-tls-no-cert = kein PEM-Zertifikat in { $file }
cli-tls-key-unreadable = der private TLS-Schlüssel { $file } kann nicht gelesen werden: { $detail }
cli-tls-setup = TLS-Einrichtung fehlgeschlagen: { $detail }
cli-tls-mismatch = das TLS-Zertifikat { $cert } und der Schlüssel { $key } ergeben keine Serveridentität: { $detail }
cli-serve-needs-tls = Lauschen auf { $addr } abgelehnt: ohne TLS sind nur Loopback-Adressen erlaubt (127.0.0.1 verwenden oder { $key } setzen)
cli-serve-no-ui-index = { $option } { $dir }: dort gibt es keine { $file } (Weboberfläche bauen mit „{ $command }“)
cli-serve-no-embedded-ui = dieses Programm wurde ohne Weboberfläche gebaut ({ $dir } fehlte beim Bauen); die Seite unter / erklärt, wie man sie baut
cli-serve-security-disabled = die Sicherheit ist ausgeschaltet ({ $key }): jeder lokale Benutzer dieses Rechners kann die API bedienen (Webseiten nicht: Prüfungen von { $checks }); auf einem gemeinsam genutzten Rechner die Sicherheit einschalten
cli-serve-setup-banner =
    Die Sicherheit ist eingeschaltet und es gibt noch kein Konto. Bis ein Administrator angelegt ist, antwortet die API mit 503.
    Den Administrator entweder anlegen mit
      { $command }   (Passwort auf der Standardeingabe)
    oder, nur von diesem Rechner aus, mit
      { $request }
cli-serve-closing-connections = Die noch offenen Verbindungen werden nach { $seconds ->
        [one] { $seconds } Sekunde
       *[other] { $seconds } Sekunden
    } geschlossen.
