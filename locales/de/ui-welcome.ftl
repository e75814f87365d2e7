# Der Willkommensbildschirm der Desktop-App: der erste Start ohne Konfiguration.

ui-welcome-title = Willkommen bei Pipeline Guard
ui-welcome-intro = Pipeline Guard überwacht Ihre Dienste, erkennt Störungen und behebt sie. Wählen Sie, wie Sie beginnen möchten: Die App merkt sich Ihre Wahl und öffnet beim nächsten Start direkt das Dashboard.
ui-welcome-choices = Wie möchten Sie beginnen?
ui-welcome-demo = Das Demo-Labor starten
ui-welcome-demo-detail = Sechs kleine Labordienste, einer pro Region, laufen überwacht auf diesem Computer: Das Dashboard füllt sich sofort mit Live-Daten.
ui-welcome-open = Eine Konfigurationsdatei öffnen
ui-welcome-open-detail = Eine vorhandene Pipeline-Guard-Konfiguration (YAML) in einem Dateidialog auswählen.
ui-welcome-create = Eine Konfiguration aus der Vorlage erstellen
ui-welcome-create-detail = Schreibt eine kommentierte Startkonfiguration, die diesen Computer überwacht, nach { $path } (eine vorhandene Datei bleibt erhalten) und startet sie. Bearbeiten Sie sie später, um Ihre Dienste hinzuzufügen.
ui-welcome-starting = Wird gestartet…
ui-welcome-error-title = Diese Konfiguration kann nicht gestartet werden
ui-welcome-error-file = Datei: { $file }
ui-welcome-error-hint = Korrigieren Sie die Datei und wählen Sie sie erneut, oder wählen Sie einen anderen Start.
