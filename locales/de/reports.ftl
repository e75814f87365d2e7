# Compliance-Berichte (crates/report): Titel, Abschnitte, Spalten, Status, Nachweise.
# Fundstellen wie „Art. 44“ oder „CC7.2“ bleiben unübersetzt; sie stammen aus den Datentabellen.

report-title = Compliance-Bericht
report-subtitle = { $product } — { $standards }
report-period = Zeitraum: { $from } bis { $to } (Ende ausgeschlossen)
report-generated = Erstellt am { $when }
report-toc = Inhalt
report-page = Seite { $page } von { $pages }

report-section-summary = Zusammenfassung
report-section-controls = Kontrollen und Nachweise
report-section-availability = Verfügbarkeit gegenüber SLA-Zielen
report-section-incidents = Vorfälle
report-section-healing = Heilungsmaßnahmen
report-section-regions = Wo die Daten liegen
report-section-retention = Aufbewahrung
report-section-integrity = Integrität

report-status-pass = Erfüllt
report-status-fail = Nicht erfüllt
report-status-needs-attention = Prüfen

report-col-control = Kontrolle
report-col-standard = Standard
report-col-reference = Fundstelle
report-col-status = Status
report-col-evidence = Nachweis
report-col-component = Komponente
report-col-region = Region
report-col-sla = SLA-Ziel
report-col-availability = Verfügbarkeit
report-col-checks = Prüfungen
report-col-met = Ziel erreicht
report-col-started = Beginn
report-col-detect = Zeit bis Erkennung
report-col-recover = Zeit bis Wiederherstellung
report-col-action = Maßnahme
report-col-result = Ergebnis
report-col-time = Zeitpunkt
report-col-jurisdiction = Rechtsraum
report-col-data = Datenkategorien
report-col-kind = Datenart
report-col-retention = Aufbewahrungsfrist
report-col-rows = Entfernte Zeilen
report-col-count = Anzahl

report-chart-regions = Verfügbarkeit je Region gegenüber dem niedrigsten SLA-Ziel
report-chart-daily = Tägliche Verfügbarkeit je Region
report-chart-sla = SLA-Ziel
report-map-caption = Aktive Regionen; die Größe eines Punkts entspricht der Zahl der Komponenten dort.
report-none = Keine in diesem Zeitraum.
report-yes = Ja
report-no = Nein
report-ongoing = Andauernd
report-unknown = Unbekannt
report-components = { $count ->
        [one] { $count } Komponente
       *[other] { $count } Komponenten
    }

report-integrity-head = Kopf der Audit-Kette
report-integrity-no-audit = Kein Audit-Protokoll in dieser Datenbank
report-integrity-content = Inhalts-Hash

## Kontrollen

control-audit-chain = Manipulationssichere Audit-Spur
control-audit-chain-req = Jede sicherheitsrelevante Aktion wird in einem nur erweiterbaren, prüfbaren Protokoll festgehalten.
control-encryption-at-rest = Verschlüsselung ruhender Daten
control-encryption-at-rest-req = Gespeicherte Daten sind auf dem Datenträger verschlüsselt.
control-access-review = Zugriffsüberprüfung
control-access-review-req = Bedienerkonten und ihre Rollen werden regelmäßig überprüft.
control-retention-applied = Aufbewahrung umgesetzt
control-retention-applied-req = Daten werden nach Ablauf ihrer Aufbewahrungsfrist gelöscht oder anonymisiert.
control-backups = Datenbanksicherungen
control-backups-req = Die Datenbank wird regelmäßig gesichert, damit sie wiederhergestellt werden kann.
control-availability-sla = Verfügbarkeit
control-availability-sla-req = Dienste erreichen ihre Verfügbarkeitsziele.
control-incident-response = Reaktion auf Vorfälle
control-incident-response-req = Vorfälle werden zügig erkannt und behoben.
control-data-residency = Datenresidenz
control-data-residency-req = Daten bleiben in den Rechtsräumen, die ihre Regeln erlauben.
control-healing-audited = Änderungen sind kontrolliert
control-healing-audited-req = Jede automatische Heilungsmaßnahme wird aufgezeichnet und ist zuordenbar.
control-data-subject-rights = Auskunfts- und Löschrechte
control-data-subject-rights-req = Personen können ihre personenbezogenen Daten auf Anfrage erhalten und löschen lassen.

## Nachweise

evidence-audit-absent = In dieser Datenbank gibt es noch kein Audit-Protokoll.
evidence-audit-intact = Audit-Kette geprüft: { $rows ->
        [one] { $rows } Eintrag
       *[other] { $rows } Einträge
    }, Kopf { $head }.
evidence-audit-broken = Audit-Kette bei Eintrag { $row } unterbrochen: { $reason }.
evidence-encryption-on = Die Datenbank liegt auf einem verschlüsselten Datenträger ({ $device }).
evidence-encryption-off = Der Datenträger der Datenbank { $device } ist nicht verschlüsselt.
evidence-users-absent = Keine Bedienerkonten in dieser Datenbank; der Zugriff kann nicht überprüft werden.
evidence-users = { $users ->
        [one] { $users } Bedienerkonto
       *[other] { $users } Bedienerkonten
    } in { $roles ->
        [one] { $roles } Rolle
       *[other] { $roles } Rollen
    } überprüft.
evidence-retention-last = Aufbewahrung zuletzt angewendet am { $when }; { $rows ->
        [one] { $rows } Zeile
       *[other] { $rows } Zeilen
    } im Zeitraum gelöscht oder anonymisiert.
evidence-retention-stale = Aufbewahrung zuletzt angewendet am { $when }, mehr als einen Tag vor Ende des Zeitraums.
evidence-retention-none = Die Aufbewahrung wurde in diesem Zeitraum nicht angewendet.
evidence-backup-last = Letzte Sicherung am { $when } ({ $size }).
evidence-backup-stale = Letzte Sicherung am { $when }, mehr als eine Woche vor Ende des Zeitraums.
evidence-backup-none = In diesem Zeitraum ist keine Datenbanksicherung verzeichnet.
evidence-sla-met = { $count ->
        [one] Die einzige Komponente hat ihr SLA-Ziel erreicht.
       *[other] Alle { $count } Komponenten haben ihre SLA-Ziele erreicht.
    }
evidence-sla-missed = { $missed } von { $count ->
        [one] { $count } Komponente
       *[other] { $count } Komponenten
    } { $missed ->
        [one] hat ihr SLA-Ziel verfehlt
       *[other] haben ihre SLA-Ziele verfehlt
    }: { $names }.
evidence-sla-no-data = Keine Verfügbarkeitsdaten in diesem Zeitraum.
evidence-incidents-none = Keine Vorfälle in diesem Zeitraum.
evidence-incidents = { $count ->
        [one] { $count } Vorfall, behoben
       *[other] { $count } Vorfälle, alle behoben
    }; mittlere Wiederherstellungszeit { $mttr }.
evidence-incidents-open = { $open } von { $count ->
        [one] { $count } Vorfall
       *[other] { $count } Vorfällen
    } { $open ->
        [one] war
       *[other] waren
    } am Ende des Zeitraums noch offen.
evidence-residency = Die Daten { $count ->
        [one] von { $count } Komponente bleiben im Rechtsraum ihrer Region
       *[other] von { $count } Komponenten bleiben im Rechtsraum ihrer Regionen
    }.
evidence-residency-unknown = Kein Komponentenverzeichnis in dieser Datenbank; die Regionen sind unbekannt.
evidence-healing-none = Keine Heilungsmaßnahmen in diesem Zeitraum.
evidence-healing-unaudited = { $count ->
        [one] { $count } Heilungsmaßnahme, aber kein Audit-Protokoll belegt ihre Aufzeichnung.
       *[other] { $count } Heilungsmaßnahmen, aber kein Audit-Protokoll belegt ihre Aufzeichnung.
    }
evidence-healing-audited = { $count ->
        [one] { $count } Heilungsmaßnahme, im Audit-Protokoll.
       *[other] { $count } Heilungsmaßnahmen, jede im Audit-Protokoll.
    }
evidence-requests-none = Keine Auskunfts- oder Löschanfragen in diesem Zeitraum; beide sind möglich.
evidence-requests = { $done } von { $count ->
        [one] { $count } Auskunfts- und Löschanfrage
       *[other] { $count } Auskunfts- und Löschanfragen
    } bearbeitet.

## Rechtsräume und Datenkategorien

jurisdiction-eu = Europäische Union (DSGVO)
jurisdiction-us = Vereinigte Staaten
jurisdiction-us-ca = Kalifornien (CCPA)
jurisdiction-br = Brasilien (LGPD)
jurisdiction-sg = Singapur (PDPA)
jurisdiction-other = Sonstige
data-personal-data = Personenbezogene Daten
data-health-data = Gesundheitsdaten
data-operational-metrics = Betriebsmetriken
data-audit-log = Audit-Protokoll
data-credentials = Zugangsdaten

## Heilungsmaßnahmen und Aufbewahrung

action-restart = Neustart
action-supervisor-restart = Neustart durch den Supervisor
action-scale-up = Hochskalieren
action-migrate = Migrieren
action-run = Befehl ausführen
action-webhook = Webhook-Aufruf
result-succeeded = Erfolgreich
result-failed = Fehlgeschlagen
result-running = Läuft
retention-samples = Rohmesswerte
retention-rollups = Minutenaggregate
retention-events = Statuswechsel und Prozessereignisse
retention-incidents = Vorfälle
retention-healing-actions = Heilungsmaßnahmen
retention-autoscale-decisions = Entscheidungen der automatischen Skalierung
retention-data-subject-requests = Auskunfts- und Löschanfragen
retention-audit = Audit-Protokoll
