# Die Desktop-App und die Weboberfläche (ui/).

## Navigation und Rahmen

ui-nav-label = Hauptnavigation
ui-nav-overview = Übersicht
ui-nav-map = Regionenkarte
ui-nav-components = Komponenten
ui-nav-incidents = Vorfälle
ui-nav-healing = Selbstheilung
ui-nav-compliance = Regelkonformität
ui-nav-settings = Einstellungen
ui-live-connected = Live-Aktualisierung aktiv
ui-live-disconnected = Verbindung wird wiederhergestellt…
ui-live-events =
    { $count ->
        [one] { $count } Live-Ereignis
       *[other] { $count } Live-Ereignisse
    }
ui-filter-region = Regionsfilter: { $region }
ui-filter-clear = Regionsfilter entfernen
ui-error-backend = Der Wächter antwortet nicht; neuer Versuch läuft…
ui-feature-unavailable = In dieser Engine-Version nicht verfügbar

## Übersicht

ui-overview-title = Übersicht
ui-overview-running-for = Überwacht seit { $duration }
ui-overview-mode = Pipeline-Modus
ui-overview-components = Komponenten
ui-overview-healing-rate = Erfolgsquote der Heilung
ui-overview-healing-attempts =
    { $count ->
        [one] { $count } Heilungsversuch
       *[other] { $count } Heilungsversuche
    }
ui-overview-open-incidents = Offene Vorfälle
ui-overview-restarts =
    { $count ->
        [one] { $count } Prozessneustart
       *[other] { $count } Prozessneustarts
    }
ui-overview-last-actions = Neueste Ereignisse und Aktionen
ui-overview-regions = Regionen
ui-overview-attention = Braucht Aufmerksamkeit
ui-overview-all-good = Alle Komponenten sind gesund.

## Live-Verlauf

ui-feed-empty = Warte auf die ersten Ereignisse…
ui-feed-status-changed = wechselte von { $from } zu { $to }
ui-feed-process-started = Prozess { $pid } gestartet
ui-feed-process-exited = Prozess { $pid } beendet mit Code { $code }
ui-feed-process-killed = Prozess { $pid } durch Signal { $signal } beendet
ui-feed-notice = Hinweis
ui-feed-other = Engine-Ereignis

## Regionenkarte

ui-map-title = Regionenkarte
ui-map-hint = Klicken Sie auf eine Region, um alle Seiten darauf zu filtern; ein zweiter Klick hebt den Filter auf.
ui-map-region-label = { $region }: { $status }, { $count ->
        [one] { $count } Komponente
       *[other] { $count } Komponenten
    }
ui-map-in-region = Komponenten in { $region }

## Komponenten

ui-components-title = Komponenten
ui-components-shown = { $shown } von { $total } angezeigt
ui-components-search = Nach Name, Region, Zustand suchen…
ui-components-none-match = Keine Komponente passt zu dieser Suche.
ui-component-critical = Kritische Komponente
ui-col-name = Name
ui-col-region = Region
ui-col-status = Zustand
ui-col-latency = Latenz
ui-col-cpu = Prozessor
ui-col-memory = Speicher
ui-col-restarts = Neustarts

## Komponentendetails

ui-detail-since = seit { $duration }
ui-detail-not-found = Es gibt keine Komponente namens „{ $name }“.
ui-detail-sla = Ziel: { $sla }
ui-detail-checks = Prüfungen
ui-detail-checks-failed =
    { $count ->
        [one] { $count } fehlgeschlagen
       *[other] { $count } fehlgeschlagen
    }
ui-detail-process = Prozess
ui-detail-restarts =
    { $count ->
        [one] { $count } Neustart
       *[other] { $count } Neustarts
    }
ui-detail-last-check = Letzte Prüfung
ui-detail-issues = Aktuelle Probleme:
ui-detail-range = Zeitraum
ui-detail-timeline = Verlauf
ui-metric-latency = Antwortzeit
ui-metric-cpu = Prozessorauslastung
ui-metric-memory = Arbeitsspeicher
ui-metric-error-rate = Fehlerquote
ui-chart-no-data = Noch keine Messwerte in diesem Zeitraum
ui-chart-view = Diagrammansicht
ui-chart-view-interactive = Interaktiv
ui-chart-view-server = Vom Server gezeichnet
ui-timeline-empty = Bisher ist nichts passiert.
ui-timeline-status = Wurde { $status }
ui-timeline-process-started = Prozess gestartet
ui-timeline-process-exited = Prozess beendet

## Vorfälle

ui-incidents-title = Vorfälle
ui-incidents-list = Vorfallliste
ui-incidents-events = Ereignisverlauf
ui-incidents-none = Keine Vorfälle passen zu diesen Filtern.
ui-incidents-unavailable = Die Vorfallverfolgung ist in dieser Engine-Version nicht verfügbar; der Ereignisverlauf unten zeigt jede Zustandsänderung und jedes Prozessereignis.
ui-incident-open = Offen
ui-incident-recovered = Behoben
ui-filter-component = Komponente
ui-filter-all-components = Alle Komponenten
ui-filter-state = Zustand
ui-filter-state-all = Alle
ui-filter-state-open = Offen
ui-filter-state-closed = Behoben
ui-filter-kind = Ereignisart
ui-filter-kind-all = Alle Ereignisse
ui-filter-kind-status = Zustandsänderungen
ui-filter-kind-process = Prozessereignisse

## Heilung

ui-healing-title = Heilungssteuerung
ui-healing-unavailable = Die Heilungssteuerung ist in dieser Engine-Version nicht verfügbar.
ui-healing-global = Automatische Heilung
ui-healing-active = Aktiv
ui-healing-paused = Pausiert
ui-healing-pause = Heilung pausieren
ui-healing-resume = Heilung fortsetzen
ui-healing-pause-body = Die automatische Heilung stoppt für alle Komponenten, bis Sie sie fortsetzen. Ausfälle werden weiterhin erkannt und protokolliert.
ui-healing-resume-body = Die automatische Heilung läuft wieder für alle Komponenten.
ui-healing-attempts = Versuche
ui-healing-successes = Erfolge
ui-healing-manual = Manuelle Heilung
ui-healing-component = Betroffene Komponente
ui-healing-plan = Planvorschau (Probelauf)
ui-healing-history = Letzte Heilungsaktionen
ui-healing-no-actions = Noch keine Heilungsaktion.
ui-heal-strategy = Strategie
ui-heal-confirm-title = { $component } heilen?
ui-heal-confirm-body = Dies führt jetzt „{ $strategy }“ für { $component } aus. Ein Neustart unterbricht den Dienst kurz.
ui-heal-accepted = Angenommen; Aktion { $id } läuft.
ui-strategy-restart = Neu starten
ui-strategy-scale_up = Hochskalieren
ui-strategy-migrate = Migrieren
ui-strategy-run = Befehl ausführen
ui-strategy-webhook = Webhook aufrufen

## Fehler des Wächters

ui-error-not_found = Nicht gefunden.
ui-error-bad_request = Die Anfrage wurde als ungültig abgelehnt.
ui-error-unauthorized = Bitte melden Sie sich erneut an.
ui-error-forbidden = Dafür fehlt Ihnen die Berechtigung.
ui-error-conflict = Es läuft bereits eine andere Aktion.
ui-error-rate_limited = Zu viele Anfragen; bitte gleich noch einmal versuchen.
ui-error-setup_required = Der Wächter muss zuerst eingerichtet werden: Legen Sie das erste Bedienerkonto an.
ui-error-internal = Im Wächter ist ein Fehler aufgetreten; siehe sein Protokoll.

## Regelkonformität

ui-compliance-title = Regelkonformität

## Einstellungen

ui-settings-title = Einstellungen
ui-settings-language-hint = Die Oberfläche wechselt sofort und merkt sich Ihre Wahl.
ui-settings-format-sample = Zahlen und Daten:
ui-settings-theme = Farbschema
ui-settings-theme-system = Wie das System
ui-settings-theme-light = Hell
ui-settings-theme-dark = Dunkel
ui-settings-about = Über
ui-settings-backend = Mit dem Wächter verbunden über { $kind }.
