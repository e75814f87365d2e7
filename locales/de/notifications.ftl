# Benachrichtigungen zu Vorfällen und Heilungsschritten: Webhook, Slack, Teams, E-Mail und
# Desktop-App. $detail ist die eigene Aufzeichnung des Heilers.

## Schweregrade und Beschriftungen

notification-severity-info = Info
notification-severity-warning = Warnung
notification-severity-critical = Kritisch

notification-label-component = Komponente
notification-label-severity = Schweregrad
notification-label-incident = Vorfall
notification-label-strategy = Heilungsschritt

## Vorfallarten

notification-kind-down = ausgefallen
notification-kind-crash = abgestürzt
notification-kind-memory-limit = über seinem Speicherlimit
notification-kind-memory-forecast = kurz davor, sein Speicherlimit zu überschreiten
notification-kind-alert = durch einen Alarm gemeldet

## Ereignisse

notification-incident-opened-title = Vorfall #{ $incident }: { $component } hat ein Problem
notification-incident-opened-body = { $component } ist { $kind }: { $detail }
notification-step-started-title = Heilung von { $component }: { $strategy } gestartet
notification-step-started-body = { $detail }
notification-step-succeeded-title = Heilung von { $component }: { $strategy } erfolgreich
notification-step-succeeded-body = Fertig nach { $seconds } Sek.: { $detail }
notification-step-failed-title = Heilung von { $component }: { $strategy } fehlgeschlagen
notification-step-failed-body = Fehlgeschlagen nach { $seconds } Sek.: { $detail }
notification-incident-escalated-title = Vorfall #{ $incident }: { $component } braucht einen Operator
notification-incident-escalated-body = Die automatische Heilung wurde angehalten: { $detail }
notification-incident-resolved-title = Vorfall #{ $incident } behoben: { $component } ist wieder fehlerfrei
notification-incident-resolved-body = { $detail }

## Umschlag

notification-footer = Gesendet von Pipeline Guard
