# Error answers of the HTTP API in the caller's language (`?lang=`, else Accept-Language;
# crates/cli/src/routes/errors.rs). `detail` is what the JSON or query parser said; names,
# ids and values stay as the caller sent them.
api-error-unknown-component = unbekannte Komponente `{ $name }`
api-error-unknown-incident = unbekannter Vorfall { $id }
api-error-unknown-channel = unbekannter Benachrichtigungskanal `{ $name }`
api-error-bad-query = ein Abfrageparameter ist ungültig: { $detail }
api-error-bad-json = der Anfragetext ist für diesen Vorgang ungültig: { $detail }
api-error-bad-json-expected = der Anfragetext ist für diesen Vorgang ungültig: { $detail }; erwartet wird { $expected }
api-error-unknown-language = unbekannte Sprache `{ $value }`, erwartet wird eine von { $expected }
api-error-no-account = die Sicherheit ist deaktiviert, daher gibt es kein Bedienerkonto

# Refusals of the gate (crates/cli/src/routes/secure.rs): headers, routes and commands stay
# as they are.
api-denied-missing = Authentifizierung erforderlich: senden Sie `{ $header }` (erhältlich über { $route })
api-denied-invalid = das Token ist fehlerhaft oder seine Signatur ist ungültig
api-denied-expired = das Token ist abgelaufen; melden Sie sich erneut an
api-denied-revoked = das Token wurde widerrufen
api-denied-unknown-user = das Konto des Tokens existiert nicht mehr oder ist deaktiviert
api-denied-forbidden = Berechtigung { $permission } erforderlich
api-denied-bad-credentials = falscher Benutzername oder falsches Passwort
api-denied-throttled = zu viele Versuche; erneut versuchen in { $seconds } { $seconds ->
        [one] Sekunde
       *[other] Sekunden
    }
api-denied-setup-required = die Sicherheit ist aktiviert und es gibt noch kein Konto: legen Sie zuerst den Administrator an (`{ $command }` oder { $route } von diesem Rechner mit dem beim Start ausgegebenen Einrichtungstoken)
api-denied-loopback-only = diese Route wird nur Loopback-Clients bereitgestellt
api-denied-internal = interner Fehler; siehe Serverprotokoll

# An account or a region named in the path that does not exist.
api-error-no-user = kein Benutzer `{ $name }`
api-error-unknown-region = unbekannte Region `{ $value }`, erwartet wird eine von { $expected }

# A maintenance window with both or neither end; an Alertmanager webhook body the guard cannot read
# (what it found wrong stays an argument).
api-error-maintenance-end = geben Sie genau eines von `{ $to }` und `{ $duration }` an
api-error-alertmanager-payload = die Alertmanager-Nutzdaten können nicht gelesen werden: { $detail }
