# Benachrichtigungskanäle im Fenster (Einstellungen) und die Desktop-Benachrichtigungen der App.

## Die Testnachricht, die ein Kanal bei „Test senden“ verschickt (Engine).

notification-test-title = Testnachricht von Pipeline Guard
notification-test-body = Dies ist ein Test des Benachrichtigungskanals. Wenn Sie dies lesen können, funktioniert die Zustellung.

## Kanäle

ui-channels-title = Benachrichtigungskanäle
ui-channels-hint = Wohin Vorfälle und Heilungsschritte gesendet werden. Geheimnisse (Tokens in URLs, Header-Werte, Passwörter) bleiben auf dem Server und werden nie angezeigt.
ui-channels-empty = Es sind keine Kanäle konfiguriert.
ui-channels-config-hint = Änderungen werden in die Konfigurationsdatei geschrieben (Kommentare und Reihenfolge bleiben erhalten) und gelten sofort.
ui-channels-col-name = Name
ui-channels-col-kind = Art
ui-channels-col-target = Ziel
ui-channels-col-filter = Filter
ui-channels-col-language = Sprache
ui-channels-kind-webhook = Webhook
ui-channels-kind-slack = Slack
ui-channels-kind-teams = Teams
ui-channels-kind-email = E-Mail
ui-channels-kind-desktop = Desktop-App
ui-channels-secret-set = Geheimnis gesetzt (verborgen)
ui-channels-headers = Header: { $names }
ui-channels-recipients = An: { $list }
ui-channels-min-severity = Schweregrad { $severity } oder höher
ui-channels-components = Komponenten: { $list }
ui-channels-events = Ereignisse: { $list }
ui-channels-all = alles
ui-channels-test = Test senden
ui-channels-testing = Wird gesendet …
ui-channels-test-ok = Zugestellt in { $ms } ms
ui-channels-test-failed = Nicht zugestellt ({ $ms } ms): { $error }
ui-channels-history = Zustellverlauf
ui-channels-history-hide = Verlauf ausblenden
ui-channels-history-empty = Über diesen Kanal wurde noch nichts gesendet.
ui-channels-col-time = Zeit
ui-channels-col-event = Ereignis
ui-channels-col-component = Komponente
ui-channels-col-status = Status
ui-channels-col-attempts = Versuche
ui-channels-col-error = Fehler
ui-channels-status-sent = gesendet
ui-channels-status-failed = fehlgeschlagen
ui-channels-status-dropped = verworfen
ui-channels-event-incident_opened = Vorfall eröffnet
ui-channels-event-step_started = Heilungsschritt gestartet
ui-channels-event-step_succeeded = Heilungsschritt erfolgreich
ui-channels-event-step_failed = Heilungsschritt fehlgeschlagen
ui-channels-event-incident_escalated = Vorfall eskaliert
ui-channels-event-incident_resolved = Vorfall behoben
ui-channels-event-test = Testnachricht
ui-channels-page = { $from }–{ $to } von { $total }
ui-channels-newer = Neuere
ui-channels-older = Ältere

## Die Desktop-Benachrichtigungen der App

ui-desktop-notify-title = Desktop-Benachrichtigungen
ui-desktop-notify-hint = Die App zeigt eine Systembenachrichtigung in der oben gewählten Sprache für:
ui-desktop-notify-critical = Neue Vorfälle kritischer Komponenten
ui-desktop-notify-failed = Fehlgeschlagene Heilung (ein fehlgeschlagener Schritt oder eine Eskalation)
ui-desktop-notify-none = Es wird nichts gemeldet.
ui-desktop-notify-saved = Gespeichert.

## Aktionen im Audit-Protokoll

ui-op-audit-notification-test = hat eine Testbenachrichtigung gesendet
ui-op-audit-notification-desktop = hat die Desktop-Benachrichtigungen geändert

## Adding, changing and removing channels

ui-channels-add = Kanal hinzufügen
ui-channels-edit = Bearbeiten
ui-channels-remove = Entfernen
ui-channels-remove-confirm = { $name } wirklich entfernen
ui-channels-save = Speichern
ui-channels-cancel = Abbrechen
ui-channels-form-add = Neuer Kanal
ui-channels-form-edit = { $name } bearbeiten
ui-channels-field-name = Name
ui-channels-field-min-severity = Mindestschweregrad
ui-channels-field-url = URL
ui-channels-field-url-keep = Leer lassen, um die gespeicherte URL zu behalten
ui-channels-field-smtp-host = SMTP-Server
ui-channels-field-smtp-port = Port
ui-channels-field-smtp-security = Verbindungssicherheit
ui-channels-field-smtp-username = Benutzername
ui-channels-field-smtp-password = Passwort
ui-channels-field-password-keep = Leer lassen, um das gespeicherte Passwort zu behalten
ui-channels-field-from = Absender
ui-channels-field-to = Empfänger (durch Kommas getrennt)
ui-channels-field-components = Komponenten (durch Kommas getrennt; leer: alle)
ui-channels-field-events = Ereignisse (durch Kommas getrennt; leer: alle)
ui-channels-saved = In der Konfigurationsdatei gespeichert und wirksam.
ui-channels-removed = Aus der Konfigurationsdatei entfernt.
ui-channels-problems = Die Konfigurationsdatei wurde nicht geändert:
ui-op-audit-notification-channel-add = hat einen Benachrichtigungskanal hinzugefügt
ui-op-audit-notification-channel-edit = hat einen Benachrichtigungskanal geändert
ui-op-audit-notification-channel-remove = hat einen Benachrichtigungskanal entfernt
