# Was die Bedienerin von den Kennungen der Engine sieht: Strategien, Ergebnisse, Auslöser,
# Vorfallzustände, Live-Ereignisse, Berechtigungen und Audit-Aktionen, und Seitenelemente.

ui-strategy-scale_down = Herunterskalieren
ui-strategy-notify = Benachrichtigen
ui-strategy-respawn = Neustart durch den Überwachungsprozess
ui-strategy-other = Anderer Schritt

ui-op-result-running = Läuft
ui-op-result-succeeded = Erfolgreich
ui-op-result-failed = Fehlgeschlagen
ui-op-result-skipped = Übersprungen
ui-op-result-other = Anderes Ergebnis
ui-op-trigger-ladder = Wiederherstellungsleiter
ui-op-trigger-manual = Manuell
ui-op-trigger-supervisor = Überwachungsprozess
ui-op-trigger-memory = Speicherlimit
ui-op-trigger-alert = Alarm
ui-op-trigger-autoscale = Auto-Skalierung
ui-op-trigger-other = Anderer Auslöser
ui-op-col-started = Begonnen
ui-op-col-component = Komponente
ui-op-col-strategy = Schritt
ui-op-col-trigger = Auslöser
ui-op-col-result = Ergebnis
ui-op-col-duration = Dauer
ui-op-no-attempts = Noch kein Versuch

ui-op-incident-open = Offen
ui-op-incident-resolved = Behoben
ui-op-incident-merged = Zusammengeführt
ui-op-incident-number = Vorfall { $id }
ui-op-incident-merged-into = In Vorfall { $id } aufgegangen
ui-op-incident-open-for = seit { $duration } offen
ui-op-incident-lasted = dauerte { $duration }
ui-op-incident-kind-down = ausgefallen
ui-op-incident-kind-crash = abgestürzt
ui-op-incident-kind-memory_limit = über dem Speicherlimit
ui-op-incident-kind-memory_forecast = Speicher läuft laut Prognose aus
ui-op-incident-kind-alert = Alarm ausgelöst

ui-op-feed-incident-opened = Vorfall { $id } eröffnet: { $kind }
ui-op-feed-healing-step = Heilungsschritt { $strategy }: { $phase }
ui-op-feed-incident-escalated = Vorfall { $id } eskaliert
ui-op-feed-incident-closed = Vorfall { $id } geschlossen
ui-op-step-started = begonnen
ui-op-step-succeeded = erfolgreich
ui-op-step-failed = fehlgeschlagen
ui-op-step-skipped = übersprungen

ui-op-permission-admin-access = Verwaltung
ui-op-permission-manage-components = Komponenten verwalten
ui-op-permission-trigger-healing = Heilung auslösen
ui-op-permission-read-metrics = Metriken lesen
ui-op-permission-monitor-health = Zustand überwachen
ui-op-permission-export-reports = Berichte exportieren
ui-op-permission-manage-users = Konten verwalten
ui-op-permission-view-audit = Audit-Protokoll einsehen
ui-op-permission-other = Andere Berechtigung
ui-op-token-role-scope = Alles, was die Rolle des Kontos erlaubt

ui-op-audit-heal = Heilung: { $strategy }
ui-op-audit-account-language = Sprache geändert
ui-op-audit-auth-invalid-token = Ungültiges Token verwendet
ui-op-audit-auth-revoked-token = Widerrufenes Token verwendet
ui-op-audit-autoscale-change = Auto-Skalierung geändert
ui-op-audit-config-change = Konfiguration geändert
ui-op-audit-data-operation-blocked = Datenvorgang blockiert
ui-op-audit-healing-preferences = Wiederherstellungsleiter geändert
ui-op-audit-key-rotate = Schlüssel rotiert
ui-op-audit-login = Angemeldet
ui-op-audit-login-failed = Anmeldung fehlgeschlagen
ui-op-audit-login-local = An diesem Computer angemeldet
ui-op-audit-login-locked = Konto nach Fehlversuchen gesperrt
ui-op-audit-permission-denied = Berechtigung verweigert
ui-op-audit-region-activate = Region aktiviert
ui-op-audit-region-deactivate = Region deaktiviert
ui-op-audit-report-exported = Bericht exportiert
ui-op-audit-retention-applied = Aufbewahrung angewendet
ui-op-audit-role-define = Rolle festgelegt
ui-op-audit-secret-put = Geheimnis gespeichert
ui-op-audit-security-finding = Sicherheitsbefund
ui-op-audit-subject-erased = Personenbezogene Daten gelöscht
ui-op-audit-subject-erasure-requested = Löschung beantragt
ui-op-audit-subject-exported = Personenbezogene Daten exportiert
ui-op-audit-token-denied = Token abgelehnt
ui-op-audit-token-issue = Token ausgestellt
ui-op-audit-token-revoke = Token widerrufen
ui-op-audit-user-create = Konto angelegt
ui-op-audit-user-disable = Konto deaktiviert
ui-op-audit-user-enable = Konto aktiviert
ui-op-audit-user-lock = Konto gesperrt
ui-op-audit-user-role = Rolle geändert
ui-op-audit-other = Andere Aktion

ui-op-skip-to-content = Zum Inhalt springen
ui-op-report-hint = Wählen Sie einen Zeitraum und die Normen und erstellen Sie dann den Bericht. Das Erstellen wird im Audit-Protokoll vermerkt.
ui-op-chart-label = { $metric } im gewählten Zeitraum
