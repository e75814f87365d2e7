# Healing page: one component's pause, maintenance windows, notification deliveries.

ui-healing-x-component-title = Heilung einer Komponente
ui-healing-x-pause-component-body = Der Wächter heilt diese Komponente nicht mehr, bis Sie fortsetzen; der Rest des Labors wird weiter geheilt.
ui-healing-x-maintenance = Wartungsfenster
ui-healing-x-all-components = Alle Komponenten
ui-healing-x-no-maintenance = Keine Wartungsfenster.
ui-healing-x-duration = Dauer
ui-healing-x-add-window = Fenster hinzufügen
ui-healing-x-deliveries = Zustellung von Benachrichtigungen
ui-healing-x-delivery-sent = Gesendet
ui-healing-x-delivery-failed = Fehlgeschlagen
ui-healing-x-delivery-dropped = Verworfen
ui-healing-x-no-deliveries = Noch keine Benachrichtigungen gesendet.
ui-healing-x-pause-component = Heilung von { $component } anhalten
ui-healing-x-resume-component = Heilung von { $component } fortsetzen
ui-healing-x-minutes = { $minutes } Min.
ui-healing-x-attempts = { $attempts ->
        [one] { $attempts } Versuch
       *[other] { $attempts } Versuche
    }
